"""Brief → JSON (exactly the schema) or bilingual Markdown (one section per platform)."""
from __future__ import annotations

from .schema import Brief, ScaleItem

FORMATS = ("json", "md")


def to_json(b: Brief, indent: int | None = 2) -> str:
    return b.to_json(indent=indent)


def _scale_line(s: ScaleItem) -> str:
    value = int(s.value) if float(s.value).is_integer() else s.value
    return f"- **{value}{s.unit}**{('（' + s.qualifier + '）') if s.qualifier else ''}: {s.zh}  \n  {s.en}"


def to_markdown(b: Brief) -> str:
    out = [f"# {b.title.zh or '（无标题）'}", ""]
    if b.title.en:
        out += [f"*{b.title.en}*", ""]
    out += ["## 摘要 · Summary", "", b.summary.zh or "—", "", b.summary.en or "—", ""]
    if not b.platforms:
        out += ["_No platform found in this article._", ""]
    for n, p in enumerate(b.platforms, 1):
        out += [f"## {n}. {p.name.zh} · {p.name.en}", ""]
        out += ["| | 中文 | English |", "|---|---|---|"]
        out.append(f"| 目标 Goal | {_cell(p.goal.zh)} | {_cell(p.goal.en)} |")
        partners_zh = "、".join(x.zh for x in p.partners) or "—"
        partners_en = "; ".join(x.en for x in p.partners) or "—"
        out.append(f"| 合作方 Partners | {_cell(partners_zh)} | {_cell(partners_en)} |")
        out.append("")
        if p.scale:
            out += ["**规模 Scale**", ""] + [_scale_line(s) for s in p.scale] + [""]
    if b.meta.warnings:
        out += ["---", ""] + [f"> ⚠ {w}" for w in b.meta.warnings] + [""]
    out += ["---", f"<sub>engine: {b.meta.engine} · id: {b.id} · schema {b.schema_version}</sub>", ""]
    return "\n".join(out)


def _cell(s: str) -> str:
    return (s or "—").replace("|", "\\|").replace("\n", " ")


def render(b: Brief, fmt: str = "json") -> str:
    if fmt == "json":
        return to_json(b)
    if fmt in ("md", "markdown"):
        return to_markdown(b)
    raise ValueError(f"unknown format {fmt!r}; choose from {', '.join(FORMATS)}")

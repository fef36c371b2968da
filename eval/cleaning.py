"""How much of each article cleaning keeps, and whether it cuts away what the gold brief names.

    python -m summarizer.eval.cleaning --refs ../shared/corpus/real_briefs_dev.jsonl ../shared/corpus/real_briefs_train.jsonl

"Before" is the page as the cleaning rules read it (after decoding, HTML → text, width normalisation and
traditional → simplified); "after" is the Article's text (title and kept paragraphs). Characters are counted
without whitespace. A gold string (platform name, partner, scale phrase, in Chinese) is "cut" when it occurs
in the text before cleaning and no longer after it.

`--one-line` measures the same pages flattened to one line (as some sites and copy-pastes deliver them);
`--label 原标题:` opens each page with that label too. Either way no cleaning rule may take the article.
"""
from __future__ import annotations

import argparse
import re
import sys

from summarizer.errors import SummarizerError
from summarizer.text import build_article
from summarizer.text.clean import page_lines

from .harness import load_references

_SPACE = re.compile(r"\s+")


def _squeeze(s: str) -> str:
    return _SPACE.sub("", s)


def _gold_strings(ref) -> list[tuple[str, str]]:
    """(kind, zh) for every platform name, partner and scale phrase of a reference brief."""
    out = []
    for p in ref.platforms:
        out.append(("name", p.name.zh))
        out += [("partner", x.zh) for x in p.partners]
        out += [("scale", x.zh) for x in p.scale]
    return [(k, _squeeze(z)) for k, z in out if z and z.strip()]


def measure(records, one_line: bool = False, label: str = "") -> dict:
    """Per article: share of characters kept, EmptyInput, gold strings cut. `records`: (id, article, Brief);
    `one_line`: the page's lines joined by spaces; `label`: text put before the page."""
    rows = []
    for rid, article, ref in records:
        if one_line or label:
            lines = page_lines(article)[1]
            article = label + (" ".join(lines) if one_line else "\n".join(lines))
        title, lines, _, _ = page_lines(article)
        before = _squeeze("\n".join([title] + lines))
        try:
            after = _squeeze(build_article(article).text)
            empty = False
        except SummarizerError:  # EmptyInput above all: the page was cleaned away
            after, empty = "", True
        gold = [(k, z) for k, z in _gold_strings(ref) if z in before]
        cut = [(k, z) for k, z in gold if z not in after]
        rows.append({"id": rid, "before": len(before), "after": len(after), "empty": empty,
                     "kept": len(after) / len(before) if before else 1.0, "gold": len(gold), "cut": cut})
    return {"rows": rows}


def _percentile(values: list[float], q: float) -> float:
    """Nearest-rank percentile (q in 0..100) of a non-empty list."""
    v = sorted(values)
    return v[max(0, min(len(v) - 1, int(round(q / 100 * len(v) + 0.5)) - 1))]


def format_report(report: dict, worst: int = 5) -> str:
    rows = report["rows"]
    if not rows:
        return "no articles"
    kept = [r["kept"] for r in rows]
    cut = [c for r in rows for c in r["cut"]]
    lines = [
        f"articles: {len(rows)}",
        f"share of characters kept: min {min(kept):.3f}  p5 {_percentile(kept, 5):.3f}  "
        f"mean {sum(kept) / len(kept):.3f}",
        f"reduced to nothing (refused, e.g. EmptyInput, or no text): {sum(r['empty'] or r['after'] == 0 for r in rows)}",
        f"gold strings cut away by cleaning: {len(cut)} of {sum(r['gold'] for r in rows)} "
        f"(names {sum(k == 'name' for k, _ in cut)}, partners {sum(k == 'partner' for k, _ in cut)}, "
        f"scale {sum(k == 'scale' for k, _ in cut)})",
    ]
    if worst > 0:
        lines.append("lowest kept shares:")
    for r in sorted(rows, key=lambda r: r["kept"])[:max(worst, 0)]:
        lines.append(f"  {r['id']}: {r['kept']:.3f} ({r['after']} of {r['before']} chars)"
                     + (" refused" if r["empty"] else ""))
    if cut:
        lines.append("gold strings cut away:")
    for r in rows:
        for k, z in r["cut"]:
            lines.append(f"  {r['id']} {k}: {z}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m summarizer.eval.cleaning", description=__doc__.split("\n\n")[0])
    ap.add_argument("--refs", nargs="+", required=True, help="references JSONL files (article + gold brief)")
    ap.add_argument("--worst", type=int, default=5, help="how many lowest kept shares to list")
    ap.add_argument("--one-line", action="store_true", help="flatten each page to a single line first")
    ap.add_argument("--label", default="", help="text to open each page with (e.g. 原标题:)")
    args = ap.parse_args(argv)
    records = []
    try:
        for path in args.refs:
            recs, errors = load_references(path)
            for e in errors:
                print(f"{path}: {e}", file=sys.stderr)
            records += recs
        print(format_report(measure(records, args.one_line, args.label), args.worst))
    except SummarizerError as e:
        print(f"error: {e}", file=sys.stderr)
        return 1
    except BrokenPipeError:  # `| head`: the reader has what it wanted
        sys.stderr.close()
        return 0
    return 0


if __name__ == "__main__":
    sys.exit(main())

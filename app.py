"""Gradio app: the bilingual brief in a browser. `python app.py` or `summarizer serve`.

UI only: every result comes from the public API (an engine's `brief`, `render`, the archive reader and the
batch per-record function). Text typed or pasted is passed on as bytes, never as a str, so nothing a user
types can name a file on the server; uploads are read from Gradio's own temporary files.

Limits: a request body over a few times the article limit is refused before it is read (RequestGuard);
an article over the limit (2 MB, SUMMARIZER_MAX_BYTES) gets a sentence; each article runs in a worker
process within a time budget (60 s, SUMMARIZER_TIME_BUDGET or --time-budget), so a heavy one cannot hold
a worker for minutes. Never shared through Gradio's tunnel; basic security headers on every response.
"""
from __future__ import annotations

import argparse
import html
import json
import logging
import os
import shutil
import tempfile
import threading
import time
import zipfile
from pathlib import Path

os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")  # no calls home: the machine may be offline

import gradio as gr  # noqa: E402

from summarizer import Brief, SummarizerError  # noqa: E402
from summarizer.archives.records import iter_records  # noqa: E402
from summarizer.archives.runs import JobSpec, TimedWorkers, safe_name  # noqa: E402
from summarizer.render import render  # noqa: E402
from summarizer.errors import TooLarge  # noqa: E402
from summarizer.text.decode import max_bytes, read_path  # noqa: E402

HERE = Path(__file__).resolve().parent
EXAMPLES = sorted((HERE / "examples").glob("*.txt"))
MAX_UPLOAD = "5mb"  # Gradio refuses larger uploads; an article over max_bytes() (2 MB) is refused by us
MAX_BATCH_RECORDS = 1000  # the web app's batch is for a handful of files; archives go to `summarizer batch`
WORKERS = 2  # articles briefed at once; each worker process holds its own engines
DEFAULT_TIME_BUDGET_S = 60.0
log = logging.getLogger("summarizer.app")

_lock = threading.Lock()
_workers: TimedWorkers | None = None
# Options of the seq2seq engine (model, translator_model, device, quantize), set by `summarizer serve
# --model … --translator-model …`; the engine is offered only when they are set.
SEQ2SEQ: dict = {}


def time_budget_s() -> float:
    try:
        return float(os.environ.get("SUMMARIZER_TIME_BUDGET") or DEFAULT_TIME_BUDGET_S)
    except ValueError:
        raise SummarizerError("SUMMARIZER_TIME_BUDGET must be a number of seconds") from None


def workers() -> TimedWorkers:
    """The worker processes, started once (at launch) and shared by every request."""
    global _workers
    with _lock:
        if _workers is None:
            _workers = TimedWorkers(WORKERS, time_budget_s(), SEQ2SEQ or None, max_bytes())
        return _workers


def check_engine(name: str) -> str:
    if name not in ("embedded", "seq2seq") or (name == "seq2seq" and not SEQ2SEQ):
        raise SummarizerError(f"engine {name!r} is not offered by this server")
    return name


# ---- rendering ----------------------------------------------------------------------------------------
def _spans(ev) -> str:
    return ",".join(f"{s}-{e}" for s, e in ev)


def _ev(text: str, ev, cls: str = "") -> str:
    """A value the user can click to see where it came from."""
    if not text:
        return '<span class="muted">—</span>'
    attr = f' data-spans="{_spans(ev)}" tabindex="0" role="button" title="点击查看原文 · show source"' if ev else ""
    return f'<span class="ev {cls}"{attr}>{html.escape(text)}</span>'


def cards_html(b: Brief) -> str:
    parts = [f'<div class="brief"><h2 class="title">{html.escape(b.title.zh or "（无标题）")}</h2>',
             f'<p class="title-en">{html.escape(b.title.en)}</p>',
             '<div class="summary"><div class="lang">摘要</div>', _ev(b.summary.zh, b.summary.evidence, "zh"),
             '<div class="lang">Summary</div>', f'<span class="en">{html.escape(b.summary.en)}</span></div>']
    if not b.platforms:
        parts.append('<p class="empty">No platform (center, laboratory, institute, park …) was found in this article.</p>')
    for n, p in enumerate(b.platforms, 1):
        scale_rows = "".join(
            f'<li>{_ev(f"{s.value:g}{s.unit}" + (f"（{s.qualifier}）" if s.qualifier else ""), s.evidence, "fig")} '
            f'{_ev(s.zh, s.evidence, "zh")}<br><span class="en">{html.escape(s.en)}</span></li>' for s in p.scale)
        partners_zh = "、".join(_ev(x.zh, x.evidence, "zh") for x in p.partners) or '<span class="muted">—</span>'
        partners_en = "; ".join(html.escape(x.en) for x in p.partners) or "—"
        parts.append(f"""
<div class="card platform">
  <div class="card-head"><span class="num">{n}</span>
    <div><div class="pname">{_ev(p.name.zh, p.name.evidence, "zh")}</div>
         <div class="pname-en">{html.escape(p.name.en)}</div></div></div>
  <table>
    <tr class="goal"><th>目标 Goal</th><td>{_ev(p.goal.zh, p.goal.evidence, "zh")}</td><td class="en">{html.escape(p.goal.en) or "—"}</td></tr>
    <tr class="partners"><th>合作方 Partners</th><td>{partners_zh}</td><td class="en">{partners_en}</td></tr>
  </table>
  <div class="scale-h">规模 Scale</div>
  <ul class="scale">{scale_rows or '<li class="muted">—</li>'}</ul>
</div>""")
    parts.append("</div>")
    return "".join(parts)


def article_html(b: Brief) -> str:
    return (f'<div id="article" class="article" data-text="{html.escape(b.text, quote=True)}">'
            f"{html.escape(b.text)}</div>")


def message_html(msg: str) -> str:
    return f'<div class="error-msg" role="alert">⚠ {html.escape(msg)}</div>'


# Clicking a value highlights its evidence in the cleaned article (spans are offsets into it).
HEAD = """
<script>
document.addEventListener('click', function (e) {
  const el = e.target.closest('[data-spans]');
  if (!el) return;
  const art = document.getElementById('article');
  if (!art) return;
  const text = art.dataset.text || '';
  const spans = el.dataset.spans.split(',').map(s => s.split('-').map(Number))
    .filter(p => p.length === 2 && p[0] < p[1]).sort((a, b) => a[0] - b[0]);
  const esc = s => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  let out = '', pos = 0;
  for (const [s, t] of spans) {
    if (s < pos) continue;
    out += esc(text.slice(pos, s)) + '<mark class="hl">' + esc(text.slice(s, t)) + '</mark>';
    pos = t;
  }
  art.innerHTML = out + esc(text.slice(pos));
  document.querySelectorAll('.ev.selected').forEach(x => x.classList.remove('selected'));
  el.classList.add('selected');
  const m = art.querySelector('mark');
  if (m) m.scrollIntoView({block: 'center', behavior: 'smooth'});
});
</script>
"""

CSS = """
.brief .title { margin: 0 0 2px; font-size: 1.35rem; }
.brief .title-en { margin: 0 0 12px; color: #667085; font-style: italic; }
.brief .summary { background: #f5f8ff; border-left: 4px solid #3b6fe0; padding: 10px 14px; border-radius: 6px; margin-bottom: 14px; line-height: 1.6; }
.brief .lang { font-size: .75rem; text-transform: uppercase; color: #3b6fe0; font-weight: 600; margin-top: 6px; }
.card.platform { border: 1px solid #e4e7ec; border-radius: 10px; padding: 12px 14px; margin-bottom: 12px; box-shadow: 0 1px 2px rgba(16,24,40,.05); }
.card-head { display: flex; gap: 10px; align-items: center; margin-bottom: 8px; }
.card-head .num { background: #3b6fe0; color: #fff; border-radius: 50%; width: 26px; height: 26px; display: inline-flex; align-items: center; justify-content: center; font-weight: 700; flex: none; }
.pname { font-size: 1.1rem; font-weight: 700; }
.pname-en { color: #475467; }
.card table { width: 100%; border-collapse: collapse; font-size: .92rem; border: none !important; }
.card tr { border: none !important; }
.card th, .card td { border: none !important; border-top: 1px solid #eaecf0 !important; vertical-align: top; padding: 6px 8px !important; background: transparent !important; }
.card th { text-align: left; width: 118px; color: #475467; font-weight: 600; white-space: nowrap; }
.card td { width: 44%; }
.card td.en, .brief .en { color: #344054; }
.scale-h { margin-top: 8px; font-weight: 600; color: #475467; font-size: .9rem; }
.scale { margin: 4px 0 0 18px; padding: 0; font-size: .92rem; }
.scale li { margin-bottom: 4px; }
.ev[data-spans] { cursor: pointer; border-bottom: 1px dotted #98a2b3; }
.ev[data-spans]:hover { background: #fff7d6; }
.ev.selected { background: #ffe58f; }
.ev.fig { font-weight: 700; color: #1d4ed8; }
.muted { color: #98a2b3; }
.article { white-space: pre-wrap; line-height: 1.7; max-height: 520px; overflow-y: auto; padding: 10px 12px; border: 1px solid #e4e7ec; border-radius: 8px; background: #fcfcfd; }
.article mark.hl { background: #ffe58f; padding: 1px 0; }
.error-msg { background: #fef3f2; color: #b42318; border: 1px solid #fecdca; padding: 10px 12px; border-radius: 8px; }
.empty { color: #667085; }
.reg-platform h3 { margin: 4px 0; }
.reg-facts { color: #344054; }
.reg-table th { text-align: left; width: 130px; color: #475467; vertical-align: top; }
.reg-figs { font-size: .9rem; margin-bottom: 8px; }
.reg-figs .fig { font-weight: 700; color: #1d4ed8; }
.reg-source { border: 1px solid #e4e7ec; border-radius: 8px; padding: 8px 10px; margin: 10px 0; }
.reg-why { color: #475467; font-size: .88rem; margin: 4px 0; }
.reg-article { white-space: pre-wrap; line-height: 1.7; max-height: 260px; overflow-y: auto; background: #fcfcfd; padding: 6px 8px; }
mark.hl-name { background: #c7d7fe; } mark.hl-goal { background: #d1fadf; }
mark.hl-partner { background: #fedf89; } mark.hl-fig { background: #fecdca; }
"""


# ---- actions ------------------------------------------------------------------------------------------
def _read_upload(path: str | None) -> bytes | None:
    if not path:
        return None
    try:
        return read_path(Path(path))  # never more than the article limit
    except TooLarge:
        raise TooLarge(f"the file is too large: one article may be at most {max_bytes():,} bytes") from None


def make_brief(text: str, upload: str | None, engine_name: str = "embedded"):
    """(cards, article, json file, markdown file, status): one article, from the upload or the text box."""
    try:
        data = _read_upload(upload)
        if data is None:
            if not text or not text.strip():
                raise SummarizerError("paste an article or upload a file first")
            data = text.encode("utf-8")  # bytes: never read as a path on the server
        if len(data) > max_bytes():
            raise SummarizerError(f"the text is {len(data):,} bytes; one article may be at most {max_bytes():,} bytes")
        b = Brief.from_json(workers().brief(data, Path(upload).stem if upload else "", check_engine(engine_name)))
    except SummarizerError as e:
        return message_html(str(e)), "", None, None, f"Error: {e}"
    except Exception:  # the server stays up and the user sees a sentence, not a trace
        log.exception("brief failed")
        return message_html("something went wrong with this input; the server log has the details"), "", None, None, "Error"
    out = _out_dir("brief-")
    name = safe_name(b.id or "brief")
    (out / f"{name}.json").write_text(render(b, "json"), encoding="utf-8")
    (out / f"{name}.md").write_text(render(b, "md"), encoding="utf-8")
    status = f"{len(b.platforms)} platform(s) · {len(b.text):,} characters · engine {b.meta.engine}"
    if b.meta.warnings:
        status += " · " + "; ".join(b.meta.warnings)
    return cards_html(b), article_html(b), str(out / f"{name}.json"), str(out / f"{name}.md"), status


def run_batch(files, engine_name: str = "embedded", progress=gr.Progress()):
    """(JSONL file, zip of Markdown, error rows, status) for uploaded articles or one JSONL/CSV/Parquet file."""
    if not files:
        return None, None, [], "Upload articles (.txt .html .md) or one .jsonl / .csv / .parquet file first."
    paths = [Path(f if isinstance(f, str) else f.name) for f in files]
    try:
        spec = JobSpec("brief", check_engine(engine_name))
    except SummarizerError as e:
        return None, None, [], f"**Error:** {e}"
    out = _out_dir("batch-")
    jsonl, zpath, errors, ok, n = out / "briefs.jsonl", out / "briefs-markdown.zip", [], 0, 0
    with jsonl.open("w", encoding="utf-8") as f, zipfile.ZipFile(zpath, "w", zipfile.ZIP_DEFLATED) as z:
        for path in progress.tqdm(paths, desc="files"):
            try:  # records are read as they are processed: a big archive is never held whole
                for rec in iter_records(path):
                    if n >= MAX_BATCH_RECORDS:
                        break
                    n += 1
                    key, status, line = workers().record(spec, rec)  # within the time budget
                    if status == "fatal":  # the server's disk or permissions: say so, as for one record
                        errors.append([key, "brief", "EnvironmentFault", line])
                    elif status == "ok":
                        f.write(line + "\n")
                        z.writestr(safe_name(key) + ".md", render(Brief.model_validate_json(line), "md"))
                        ok += 1
                    else:
                        e = json.loads(line)
                        errors.append([e["id"], e["stage"], e["error_type"], e["message"]])
            except Exception as e:  # a file that cannot be read at all (not Parquet, say) is one error row
                errors.append([path.name, "read", type(e).__name__, str(e)[:300]])
    more = f" (stopped at the {MAX_BATCH_RECORDS}-record limit of the web app; use `summarizer batch`)" if n >= MAX_BATCH_RECORDS else ""
    return str(jsonl), str(zpath), errors, f"{ok} brief(s), {len(errors)} failed, of {n} record(s){more}"


def _out_dir(prefix: str) -> Path:
    """A fresh folder for one request's downloads, under one root whose folders older than an hour go."""
    root = Path(tempfile.gettempdir()) / "summarizer-app"
    root.mkdir(exist_ok=True)
    now = time.time()
    for old in root.iterdir():
        try:
            if now - old.stat().st_mtime > 3600:
                shutil.rmtree(old, ignore_errors=True)
        except OSError:
            pass
    return Path(tempfile.mkdtemp(prefix=prefix, dir=root))


# ---- registry ----------------------------------------------------------------------------------------
# The Registry tab reads a registry database through summarizer.registry.open() only. A typed path must lie
# under the folder the server runs in, the app's own output folder, or a folder named in
# SUMMARIZER_REGISTRY_ROOTS (os.pathsep-separated): a visitor cannot make the server open any file it likes.
REGISTRY_COLUMNS = ["id", "名称 Name", "English", "Kind", "City", "Province", "Articles", "Dates", "Partners"]
REGISTRY_MAX_ROWS = 500


def registry_roots() -> list[Path]:
    roots = [Path.cwd(), Path(tempfile.gettempdir()) / "summarizer-app"]
    roots += [Path(x) for x in os.environ.get("SUMMARIZER_REGISTRY_ROOTS", "").split(os.pathsep) if x.strip()]
    return [r.resolve() for r in roots]


def _registry_path(text: str) -> Path:
    if not text or not text.strip():
        raise SummarizerError("type the path of a registry database (or of a run directory) first")
    p = Path(text.strip()).expanduser()
    p = (p if p.is_absolute() else Path.cwd() / p).resolve()
    if not any(p == r or r in p.parents for r in registry_roots()):
        raise SummarizerError("that path is outside the folders this server may read registries from "
                              "(its working folder, or SUMMARIZER_REGISTRY_ROOTS)")
    if p.is_dir():
        p = p / "registry.sqlite"
    if not p.is_file():
        raise SummarizerError(f"no registry database at {p.name} (build one: summarizer registry build RUN_DIR)")
    return p


def _open_registry(db: str | None):
    import summarizer.registry as registry

    if not db:
        raise SummarizerError("load a registry first")
    return registry.open(db)


def _dates(row: dict) -> str:
    a, b = (row.get("first_date") or "")[:10], (row.get("last_date") or "")[:10]
    return a if a == b else f"{a}–{b}"


def _none():
    return gr.update(choices=[], value=None)


def registry_rows(db: str | None, search: str = "", province: str | None = None, kind: str | None = None,
                  year: str | None = None, partner: str = ""):
    """(table rows, platform choices, status) for the filters."""
    try:
        if year and not str(year).strip().isdigit():
            raise SummarizerError(f"the year must be a number such as 2024, not {str(year)[:20]!r}")
        with _open_registry(db) as reg:
            rows = reg.platforms(search=search or "", province=province or None, kind=kind or None,
                                 year=int(year) if year else None, partner=(partner or "").strip() or None,
                                 limit=REGISTRY_MAX_ROWS + 1)
    except SummarizerError as e:
        return [], _none(), f"**Error:** {e}"
    except Exception:  # the database went bad under us: a sentence, never a trace
        log.exception("registry query failed")
        return [], _none(), "**Error:** the registry could not be read; the server log has the details"
    more = len(rows) > REGISTRY_MAX_ROWS
    rows = rows[:REGISTRY_MAX_ROWS]
    table = [[r["platform_id"], r["name_zh"], r["name_en"], r["kind"] or "", r["city"] or "", r["province"] or "",
              r["n_articles"], _dates(r), "、".join(r["partners"][:3]) + (" …" if len(r["partners"]) > 3 else "")]
             for r in rows]
    choices = [(f"{r['platform_id']} · {r['name_zh']}", r["platform_id"]) for r in rows]
    status = f"{len(rows)} platform(s)" + (f" (the first {REGISTRY_MAX_ROWS}; narrow the search)" if more else "")
    return table, gr.update(choices=choices, value=choices[0][1] if choices else None), status


def registry_load(path_text: str, upload: str | None):
    """Open a registry (a typed path, or an uploaded .sqlite): (db state, filters, table, choices, status)."""
    try:
        db = str(Path(upload)) if upload else str(_registry_path(path_text))
        with _open_registry(db) as reg:
            f = reg.facets()
    except SummarizerError as e:
        return None, _none(), _none(), _none(), [], _none(), f"**Error:** {e}"
    except Exception:  # not an SQLite file at all, say: a sentence, never a trace
        log.exception("registry load failed")
        return None, _none(), _none(), _none(), [], _none(), "**Error:** that file could not be read as a registry"
    table, choices, status = registry_rows(db)
    return (db, gr.update(choices=[""] + f["provinces"], value=""), gr.update(choices=[""] + f["kinds"], value=""),
            gr.update(choices=[""] + f["years"], value=""), table, choices, f"Loaded `{Path(db).name}` · {status}")


def registry_from_batch(jsonl: str | None):
    """Build a registry from the Batch tab's briefs.jsonl (in a fresh folder of the app's), then load it."""
    import summarizer.registry as registry

    if not jsonl:
        return None, _none(), _none(), _none(), [], _none(), "Run a batch first (Batch tab): its briefs become the registry."
    run = _out_dir("registry-")
    shutil.copyfile(jsonl, run / "briefs.jsonl")
    try:
        res = registry.build(run)
    except SummarizerError as e:
        return None, _none(), _none(), _none(), [], _none(), f"**Error:** {e}"
    out = registry_load(str(registry.default_db(run)), None)
    return (*out[:-1], f"Built from the batch run: {res.line()} · {out[-1]}")


def _marked(text: str, spans: list[tuple[int, int, str]]) -> str:
    """The article with each evidence span in a <mark> of its kind (overlaps: the earlier span wins)."""
    out, pos = [], 0
    for s, e, cls in sorted(spans):
        if s < pos or e <= s or e > len(text):
            continue
        out += [html.escape(text[pos:s]), f'<mark class="{cls}">', html.escape(text[s:e]), "</mark>"]
        pos = e
    out.append(html.escape(text[pos:]))
    return "".join(out)


def _figure_row(f: dict) -> str:
    esc = html.escape
    value = f"{f['value']:g}{esc(f['unit'])}" + (f"（{esc(f['qualifier'])}）" if f["qualifier"] else "")
    a, b = (f["first_date"] or "")[:10], (f["last_date"] or "")[:10]
    return (f"<tr><td>{esc(f['what'] or '—')}</td><td class='fig'>{value}</td><td>{esc(a if a == b else a + '–' + b)}</td>"
            f"<td>{esc(', '.join(f['article_ids']))}</td></tr>")


def _source_html(src: dict) -> str:
    esc = html.escape
    spans = [(x["start"], x["end"], "hl-name") for x in src["name_evidence"]]
    spans += [(x["start"], x["end"], "hl-goal") for x in src["goal_evidence"]]
    spans += [(x["start"], x["end"], "hl-partner") for pa in src["partners"] for x in pa["evidence"]]
    spans += [(x["start"], x["end"], "hl-fig") for f in src["figures"] for x in f["evidence"]]
    url = src.get("url") or ""
    link = (f' · <a href="{esc(url, quote=True)}" rel="noopener noreferrer" target="_blank">source</a>'
            if url.startswith(("http://", "https://")) else "")
    return (f'<div class="reg-source" data-article="{esc(src["article_id"], quote=True)}">'
            f'<div class="reg-src-head"><b>{esc(src["article_id"])}</b> · {esc((src["date"] or "no date")[:10])} · '
            f'{esc(src["title_zh"] or "")}{link}</div>'
            f'<div class="reg-why">as <b>{esc(src["name_zh"])}</b> · why this platform: '
            f'{esc(src["reason"] or "first mention")}</div>'
            f'<div class="reg-article">{_marked(src["text"] or "", spans)}</div></div>')


def platform_html(p: dict) -> str:
    """One platform: its facts, every figure with its articles and dates, then each source article with the
    evidence of its values highlighted."""
    esc = html.escape
    figs = "".join(_figure_row(f) for f in p.get("all_figures", [])) or '<tr><td colspan="4" class="muted">—</td></tr>'
    partners = "、".join(esc(x) for x in p["partners"]) or '<span class="muted">—</span>'
    head = (f'<div class="reg-platform" data-platform="{p["platform_id"]}">'
            f'<h3>{esc(p["name_zh"])} <span class="pname-en">{esc(p["name_en"] or "")}</span></h3>'
            f'<p class="reg-facts"><b>Kind</b> {esc(p["kind"] or "—")} · <b>Place</b> {esc(p["city"] or "—")}, '
            f'{esc(p["province"] or "—")} · <b>Articles</b> {p["n_articles"]} · <b>Names</b> '
            f'{"、".join(esc(n) for n in p["names"])}</p>'
            f'<table class="reg-table"><tr><th>目标 Goal</th><td>{esc(p["goal_zh"] or "—")}<br>'
            f'<span class="en">{esc(p["goal_en"] or "")}</span></td></tr>'
            f'<tr><th>合作方 Partners</th><td>{partners}</td></tr></table>'
            f'<div class="scale-h">规模 Figures (every value, with its articles and dates)</div>'
            f'<table class="reg-figs"><tr><th>What</th><th>Value</th><th>Dates</th><th>Articles</th></tr>{figs}</table>'
            '<div class="reg-legend">Evidence: <mark class="hl-name">name</mark> <mark class="hl-goal">goal</mark> '
            '<mark class="hl-partner">partner</mark> <mark class="hl-fig">figure</mark></div>')
    decisions = "".join(
        f'<li>#{d["decision_id"]} {esc(d["action"])} · {esc((d["created_at"] or "")[:10])}'
        f'{" · " + esc(d["note"]) if d["note"] else ""}{" · undone" if d["undone_at"] else ""}</li>'
        for d in p.get("decisions", []))
    if decisions:  # the user's merges and splits touching this platform (undo: summarizer registry undo ID)
        head += f'<div class="reg-decisions"><b>Your decisions</b><ul>{decisions}</ul></div>'
    return head + "".join(_source_html(s) for s in p["sources"]) + "</div>"


def registry_open_platform(db: str | None, pid) -> str:
    if pid in (None, ""):
        return '<p class="muted">Choose a platform.</p>'
    try:
        with _open_registry(db) as reg:
            return platform_html(reg.platform(int(pid)))
    except (SummarizerError, ValueError) as e:
        return message_html(str(e))
    except Exception:
        log.exception("registry platform failed")
        return message_html("the registry could not be read; the server log has the details")


def registry_pick(db: str | None, table, evt: gr.SelectData):
    """A click on a table row opens its platform."""
    try:
        pid = table.iloc[evt.index[0], 0] if hasattr(table, "iloc") else table[evt.index[0]][0]
    except (IndexError, KeyError, TypeError):
        return gr.update(), gr.update()
    return gr.update(value=int(pid)), registry_open_platform(db, pid)


# ---- layout -------------------------------------------------------------------------------------------
def build() -> gr.Blocks:
    # Gradio's own copies of uploads and downloads are deleted after an hour.
    with gr.Blocks(title="summarizer · bilingual briefs", delete_cache=(3600, 3600)) as demo:
        gr.Markdown("## summarizer — 科技新闻双语简报 · bilingual briefs of Chinese S&T news\n"
                    "Every platform the article describes, with its goal, scale and partners in Chinese and English. "
                    "Click a value to see the sentence it came from.")
        with gr.Tab("Article"):
            with gr.Row(equal_height=False):
                with gr.Column(scale=4, min_width=320):
                    text = gr.Textbox(label="Article (paste)", lines=14, max_lines=30, elem_id="article-input",
                                      placeholder="粘贴一篇中文科技新闻（简体或繁体，纯文本或 HTML）…")
                    upload = gr.File(label="…or upload .txt / .html / .md (any encoding)", file_types=[".txt", ".html", ".htm", ".md"],
                                     type="filepath")
                    engine_name = gr.Dropdown(["embedded"] + (["seq2seq"] if SEQ2SEQ else []), value="embedded",
                                              label="Engine",
                                              info="embedded: no model download. seq2seq: the models this server was "
                                                   "started with (summarizer serve --model/--translator-model).")
                    go = gr.Button("Make brief · 生成简报", variant="primary", elem_id="make-brief")
                    status = gr.Markdown(elem_id="status")
                    if EXAMPLES:
                        gr.Examples([[p.read_text(encoding="utf-8")] for p in EXAMPLES], inputs=[text],
                                    example_labels=[p.stem for p in EXAMPLES], label="Examples (one click)")
                with gr.Column(scale=6, min_width=420):
                    cards = gr.HTML(elem_id="cards")
                    with gr.Row():
                        json_file = gr.File(label="Brief (JSON)", interactive=False)
                        md_file = gr.File(label="Brief (Markdown)", interactive=False)
            gr.Markdown("#### Cleaned article · 原文 (evidence highlighted)")
            article = gr.HTML(elem_id="article-pane")
            go.click(make_brief, [text, upload, engine_name], [cards, article, json_file, md_file, status],
                     api_name="brief", concurrency_limit=2)
        with gr.Tab("Batch"):
            files = gr.File(label="Articles (.txt .html .md) or one .jsonl / .csv / .parquet", file_count="multiple",
                            file_types=[".txt", ".html", ".htm", ".md", ".jsonl", ".csv", ".parquet"], type="filepath")
            bgo = gr.Button("Run batch", variant="primary", elem_id="run-batch")
            bstatus = gr.Markdown()
            with gr.Row():
                out_jsonl = gr.File(label="briefs.jsonl", interactive=False)
                out_zip = gr.File(label="Markdown briefs (zip)", interactive=False)
            errs = gr.Dataframe(headers=["id", "stage", "error", "message"], label="Records that failed", interactive=False)
            bgo.click(run_batch, [files, engine_name], [out_jsonl, out_zip, errs, bstatus], api_name="batch",
                      concurrency_limit=1)
        with gr.Tab("Registry"):
            gr.Markdown("One row per platform across every article of a registry (`summarizer registry build RUN_DIR`). "
                        "Open a platform to see its facts and the evidence in each source article.")
            reg_db = gr.State(None)  # the database's path, kept on the server
            with gr.Row():
                reg_path = gr.Textbox(label="Registry database or run directory (on the server)", scale=4,
                                      elem_id="registry-path", placeholder="runs/2024/registry.sqlite")
                reg_upload = gr.File(label="…or upload a registry .sqlite", file_types=[".sqlite", ".db"],
                                     type="filepath", scale=2, height=120)
            with gr.Row():
                reg_load = gr.Button("Load registry", variant="primary", elem_id="registry-load")
                reg_build = gr.Button("Build from the last batch run", elem_id="registry-from-batch")
            reg_status = gr.Markdown(elem_id="registry-status")
            with gr.Row():
                reg_search = gr.Textbox(label="Search names", elem_id="registry-search", scale=3)
                reg_prov = gr.Dropdown([], label="Province", elem_id="registry-province")
                reg_kind = gr.Dropdown([], label="Kind", elem_id="registry-kind")
                reg_year = gr.Dropdown([], label="Year", elem_id="registry-year")
                reg_partner = gr.Textbox(label="Partner", elem_id="registry-partner", scale=2)
            reg_filter = gr.Button("Filter", elem_id="registry-filter")
            reg_table = gr.Dataframe(headers=REGISTRY_COLUMNS, label="Platforms", interactive=False,
                                     elem_id="registry-table", wrap=True)
            with gr.Row():
                reg_pick = gr.Dropdown([], label="Platform", elem_id="registry-platform", scale=4)
                reg_open = gr.Button("Open platform", elem_id="registry-open", scale=1)
            reg_detail = gr.HTML(elem_id="registry-detail")
            loaded = [reg_db, reg_prov, reg_kind, reg_year, reg_table, reg_pick, reg_status]
            reg_load.click(registry_load, [reg_path, reg_upload], loaded, api_name="registry_load")
            reg_build.click(registry_from_batch, [out_jsonl], loaded, concurrency_limit=1)
            filters = [reg_db, reg_search, reg_prov, reg_kind, reg_year, reg_partner]
            for trigger in (reg_filter.click, reg_search.submit, reg_partner.submit, reg_prov.input, reg_kind.input,
                            reg_year.input):
                trigger(registry_rows, filters, [reg_table, reg_pick, reg_status])
            reg_open.click(registry_open_platform, [reg_db, reg_pick], reg_detail)
            reg_table.select(registry_pick, [reg_db, reg_table], [reg_pick, reg_detail])
    demo.queue(default_concurrency_limit=2)
    return demo


# ---- the HTTP edge -------------------------------------------------------------------------------------
SECURITY_HEADERS = [(b"x-content-type-options", b"nosniff"), (b"x-frame-options", b"SAMEORIGIN"),
                    (b"content-security-policy", b"frame-ancestors 'self'"), (b"referrer-policy", b"same-origin"),
                    (b"permissions-policy", b"camera=(), microphone=(), geolocation=()")]


def request_limit() -> int:
    """The largest request body: an article at the limit, JSON-escaped (\\uXXXX: 6 bytes for a Chinese
    character's 3), with room for the rest of the request. Uploads stream to disk under Gradio's own limit."""
    return 2 * max_bytes() + 64_000


class RequestGuard:
    """ASGI middleware: refuses a request body over `limit` bytes before reading it (Content-Length) or as
    soon as it passes the limit (chunked), so a 600 MB text box never reaches JSON parsing; and adds basic
    security headers to every response."""

    def __init__(self, app, limit: int) -> None:
        self.app, self.limit = app, limit

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)

        async def send_with_headers(message):
            if message["type"] == "http.response.start":
                names = {k.lower() for k, _ in message.get("headers", [])}
                message["headers"] = list(message.get("headers", [])) + [h for h in SECURITY_HEADERS if h[0] not in names]
            await send(message)

        if scope["method"] in ("POST", "PUT", "PATCH") and not scope["path"].endswith("/upload"):
            length = dict(scope["headers"]).get(b"content-length")
            if length is not None and (not length.isdigit() or int(length) > self.limit):
                return await self._refuse(send_with_headers)
            if length is None:  # chunked: read up to the limit here, then hand the body on
                body, more = [], True
                size = 0
                while more:
                    message = await receive()
                    if message["type"] != "http.request":
                        return await self.app(scope, _replay([message], receive), send_with_headers)
                    size += len(message.get("body", b""))
                    if size > self.limit:
                        return await self._refuse(send_with_headers)
                    body.append(message)
                    more = message.get("more_body", False)
                receive = _replay(body, receive)
        await self.app(scope, receive, send_with_headers)

    async def _refuse(self, send) -> None:
        text = json.dumps({"error": f"the request is over {self.limit:,} bytes; one article may be at most "
                                    f"{max_bytes():,} bytes"}).encode()
        await send({"type": "http.response.start", "status": 413,
                    "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(text)).encode()),
                                (b"connection", b"close")]})
        await send({"type": "http.response.body", "body": text})


def _replay(messages: list, receive):
    """A `receive` that gives these messages first, then what the client sends next (its disconnect)."""
    pending = list(messages)

    async def replay():
        return pending.pop(0) if pending else await receive()

    return replay


def launch(host: str = "127.0.0.1", port: int = 7860, seq2seq: dict | None = None, time_budget: float | None = None,
           **kw) -> None:
    """`seq2seq`: options of the seq2seq engine; the workers load the model now, so a model that is missing
    or will not load fails here, at start. `time_budget`: seconds one article may take (default 60)."""
    from starlette.middleware import Middleware

    from summarizer.generation.weights import check_available

    if time_budget:
        os.environ["SUMMARIZER_TIME_BUDGET"] = str(time_budget)
    if seq2seq:
        SEQ2SEQ.update(seq2seq)
        check_available(**seq2seq)
    pool = workers()  # the worker processes start now, before the server's threads
    if seq2seq:
        pool.ready("seq2seq")
    build().launch(server_name=host, server_port=port, share=False, max_file_size=MAX_UPLOAD, head=HEAD, css=CSS,
                   footer_links=["api"], app_kwargs={"middleware": [Middleware(RequestGuard, limit=request_limit())]},
                   **kw)


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description="summarizer web app")
    ap.add_argument("--host", default="127.0.0.1")
    ap.add_argument("--port", type=int, default=7860)
    ap.add_argument("--time-budget", type=float, default=None, help="Seconds one article may take (default 60).")
    a = ap.parse_args()
    launch(a.host, a.port, time_budget=a.time_budget)

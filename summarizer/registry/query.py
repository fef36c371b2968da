"""Reading the registry: platform rows (the export's), one platform in full with its sources and evidence,
finding platforms by name, and the user's merges and splits (recorded in the decisions table)."""
from __future__ import annotations

import json
from datetime import datetime, timezone
from typing import Iterator, Optional

from ..errors import SummarizerError
from .build import apply_decisions, refresh_platforms, _recluster, BATCH_LINES
from .records import normalise
from .store import dumps, transaction

EXPORT_COLUMNS = ["platform_id", "name_zh", "name_en", "kind", "city", "province", "names", "article_ids",
                  "goal_zh", "goal_en", "figures", "partners", "partners_en", "n_articles", "first_date", "last_date"]
JSON_COLUMNS = {"names", "article_ids", "figures", "partners", "partners_en"}


def platform_rows(db, where: str = "", params: Optional[list] = None) -> Iterator[dict]:
    """One dict per platform (EXPORT_COLUMNS; list columns as Python lists), by platform_id; streamed."""
    last = 0
    while True:
        chunk = db.execute(f"SELECT * FROM platforms WHERE platform_id > ? {('AND ' + where) if where else ''} "
                           "ORDER BY platform_id LIMIT 1000", [last, *(params or [])]).fetchall()
        if not chunk:
            return
        cols = [d[0] for d in db.execute("SELECT * FROM platforms LIMIT 0").description]
        for r in chunk:
            p = dict(zip(cols, r))
            yield _row(db, p)
        last = chunk[-1][0]


def _row(db, p: dict) -> dict:
    pid = p["platform_id"]
    names = [r[0] for r in db.execute("SELECT name_zh FROM mentions WHERE platform_id = ? GROUP BY name_zh "
                                      "ORDER BY count(*) DESC, min(mention_id)", [pid])]
    articles = [r[0] for r in db.execute(
        "SELECT m.article_id FROM mentions m JOIN articles a USING (article_id) WHERE m.platform_id = ? "
        "GROUP BY m.article_id ORDER BY a.date IS NULL, a.date, min(m.mention_id)", [pid])]
    partners = db.execute("SELECT x.name_zh, max(x.name_en) FROM partners x JOIN mentions m USING (mention_id) "
                          "WHERE m.platform_id = ? AND x.name_zh != '' GROUP BY x.name_zh "
                          "ORDER BY count(*) DESC, min(x.mention_id)", [pid]).fetchall()
    return {"platform_id": pid, "name_zh": p["name_zh"], "name_en": p["name_en"], "kind": p["kind"],
            "city": p["city"], "province": p["province"], "names": names, "article_ids": articles,
            "goal_zh": p["goal_zh"], "goal_en": p["goal_en"], "figures": latest_figures(db, pid),
            "partners": [x[0] for x in partners], "partners_en": [x[1] or "" for x in partners],
            "n_articles": p["n_articles"], "first_date": p["first_date"], "last_date": p["last_date"]}


def figures(db, pid: int) -> list[dict]:
    """Every distinct figure of a platform (what, value, unit) with its sources and dates, oldest first."""
    rows = db.execute("SELECT what, value, unit, qualifier, n_sources, article_ids, first_date, last_date, last_mention "
                      "FROM platform_figures WHERE platform_id = ? ORDER BY what, unit, last_date IS NULL, last_date, "
                      "last_mention", [pid]).fetchall()
    return [{"what": r[0], "value": r[1], "unit": r[2], "qualifier": r[3], "sources": r[4],
             "article_ids": json.loads(r[5]), "first_date": r[6], "last_date": r[7]} for r in rows]


def latest_figures(db, pid: int) -> list[dict]:
    """Per (what, unit), the figure of the latest article (the last built on equal or unknown dates); a
    changed figure shows its latest value, `registry show` and figures() keep every one."""
    latest: dict[tuple, dict] = {}
    for f in figures(db, pid):  # oldest first: later ones replace earlier
        latest[(f["what"], f["unit"])] = f
    return [{"what": f["what"], "value": f["value"], "unit": f["unit"], "qualifier": f["qualifier"],
             "date": f["last_date"], "sources": f["sources"]} for f in latest.values()]


def find(db, name: str) -> list[int]:
    """Platforms named `name`: its platform_id, a name any article gave it (normalised), else names that
    contain it."""
    if name.strip().isdigit():
        hit = db.execute("SELECT platform_id FROM platforms WHERE platform_id = ?", [int(name)]).fetchone()
        if hit:
            return [hit[0]]
    norm = normalise(name)
    exact = [r[0] for r in db.execute("SELECT DISTINCT platform_id FROM mentions WHERE norm = ? AND platform_id IS NOT "
                                      "NULL ORDER BY platform_id", [norm])]
    if exact or not norm:
        return exact
    return [r[0] for r in db.execute(
        "SELECT DISTINCT platform_id FROM mentions WHERE (instr(norm, ?) > 0 OR instr(lower(name_en), ?) > 0) "
        "AND platform_id IS NOT NULL ORDER BY platform_id LIMIT 50", [norm, name.strip().lower()])]


def platform(db, pid: int) -> dict:
    """One platform in full: its row, every figure with sources, and each article it came from with the
    values that article gave and their evidence (spans into the article's text, and the text they cover)."""
    p = db.execute("SELECT * FROM platforms WHERE platform_id = ?", [pid]).fetchone()
    if p is None:
        raise SummarizerError(f"no platform {pid} in the registry")
    cols = [d[0] for d in db.execute("SELECT * FROM platforms LIMIT 0").description]
    out = _row(db, dict(zip(cols, p)))
    out["all_figures"] = figures(db, pid)
    sources = []
    for m in db.execute(
            "SELECT m.mention_id, m.ref, m.article_id, a.title_zh, a.title_en, a.date, a.url, m.name_zh, m.name_en, "
            "m.name_evidence, m.goal_zh, m.goal_en, m.goal_evidence, m.city, m.province, m.reason, m.engine, a.models, "
            "a.text FROM mentions m JOIN articles a USING (article_id) WHERE m.platform_id = ? "
            "ORDER BY a.date IS NULL, a.date, m.mention_id", [pid]).fetchall():
        text = m[18] or ""

        def spans(ev: str) -> list[dict]:
            return [{"start": s, "end": e, "text": text[s:e]} for s, e in json.loads(ev or "[]")]

        sources.append({
            "ref": m[1], "article_id": m[2], "title_zh": m[3], "title_en": m[4], "date": m[5], "url": m[6],
            "name_zh": m[7], "name_en": m[8], "name_evidence": spans(m[9]), "goal_zh": m[10], "goal_en": m[11],
            "goal_evidence": spans(m[12]), "city": m[13], "province": m[14], "reason": m[15], "engine": m[16],
            "models": json.loads(m[17] or "{}"), "text": text,
            "figures": [{"what": f[0], "value": f[1], "unit": f[2], "qualifier": f[3], "clause_zh": f[4],
                         "clause_en": f[5], "evidence": spans(f[6])} for f in db.execute(
                "SELECT what, value, unit, qualifier, clause_zh, clause_en, evidence FROM figures WHERE mention_id = ? "
                "ORDER BY idx", [m[0]])],
            "partners": [{"zh": x[0], "en": x[1], "evidence": spans(x[2])} for x in db.execute(
                "SELECT name_zh, name_en, evidence FROM partners WHERE mention_id = ? ORDER BY idx", [m[0]])]})
    out["sources"] = sources
    out["decisions"] = [d for d in decisions(db) if set(d["refs"]) & {s["ref"] for s in sources}]
    return out


# ---- the user's decisions ----------------------------------------------------------------------------------
def decisions(db) -> list[dict]:
    return [{"decision_id": r[0], "action": r[1], "refs": json.loads(r[2]), "note": r[3], "created_at": r[4],
             "undone_at": r[5]} for r in db.execute("SELECT * FROM decisions ORDER BY decision_id")]


def _refs_of(db, pid: int, articles: Optional[list[str]] = None) -> list[str]:
    sql = "SELECT ref FROM mentions WHERE platform_id = ?"
    params: list = [pid]
    if articles:
        sql += f" AND article_id IN ({','.join('?' * len(articles))})"
        params += articles
    return [r[0] for r in db.execute(sql + " ORDER BY mention_id", params)]


def merge(db, pids: list[int], note: str = "") -> int:
    """Record and apply "these platforms are one" (every mention they hold now). Returns the decision id."""
    pids = sorted(set(pids))
    if len(pids) < 2:
        raise SummarizerError("merge needs two or more different platforms")
    refs = []
    for pid in pids:
        got = _refs_of(db, pid)
        if not got:
            raise SummarizerError(f"no platform {pid} in the registry")
        refs += got
    return _decide(db, "merge", refs, note)


def split(db, pid: int, articles: list[str], note: str = "") -> int:
    """Record and apply "the mentions of platform `pid` in these articles are another platform"."""
    refs = _refs_of(db, pid, articles)
    if not refs:
        raise SummarizerError(f"platform {pid} has no mention in {', '.join(articles)}")
    if len(refs) == len(_refs_of(db, pid)):
        raise SummarizerError(f"those are all the articles of platform {pid}: nothing would be split off")
    return _decide(db, "split", refs, note)


def _decide(db, action: str, refs: list[str], note: str) -> int:
    with transaction(db):
        did = db.execute("INSERT INTO decisions (action, refs, note, created_at) VALUES (?, ?, ?, ?)",
                         [action, dumps(refs), note, _now()]).lastrowid
        refresh_platforms(db, apply_decisions(db, refs))
    return did


def undo(db, decision_id: int, batch_lines: int = BATCH_LINES) -> None:
    """Mark a decision undone and put every mention in a platform again without it."""
    row = db.execute("SELECT undone_at FROM decisions WHERE decision_id = ?", [decision_id]).fetchone()
    if row is None:
        raise SummarizerError(f"no decision {decision_id} (`summarizer registry decisions` lists them)")
    if row[0]:
        raise SummarizerError(f"decision {decision_id} was undone already ({row[0]})")
    with transaction(db):
        db.execute("UPDATE decisions SET undone_at = ? WHERE decision_id = ?", [_now(), decision_id])
        _recluster(db, batch_lines)


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")

"""`summarizer registry show`: one platform as text: its facts, every figure with its sources and dates,
and each source article with the evidence behind what it said."""
from __future__ import annotations


def _fig(f: dict) -> str:
    q = f.get("qualifier") or ""
    return f"{f['what'] or '?'} {f['value']:g}{q}{f['unit']}"


def render(p: dict) -> str:
    lines = [f"[{p['platform_id']}] {p['name_zh']}" + (f"  ({p['name_en']})" if p["name_en"] else "")]
    place = ", ".join(x for x in (p["city"], p["province"] if p["province"] != p["city"] else None) if x)
    lines.append(f"kind: {p['kind'] or 'unknown'} · place: {place or 'unknown'} · {p['n_articles']} article(s)"
                 f" · {p['first_date'] or '?'} – {p['last_date'] or '?'}")
    if len(p["names"]) > 1:
        lines.append("names: " + " / ".join(p["names"]))
    if p["goal_zh"]:
        lines.append(f"goal: {p['goal_zh']}" + (f"  ({p['goal_en']})" if p["goal_en"] else ""))
    if p["all_figures"]:
        lines.append("figures:")
        for f in p["all_figures"]:
            dates = f["first_date"] if f["first_date"] == f["last_date"] else f"{f['first_date']} – {f['last_date']}"
            lines.append(f"  {_fig(f)}  [{dates or 'date unknown'}; {', '.join(f['article_ids'])}]")
    if p["partners"]:
        lines.append("partners: " + "、".join(p["partners"]))
    lines.append("sources:")
    for s in p["sources"]:
        lines.append(f"  {s['article_id']}  {s['date'] or 'date unknown'}  {s['title_zh'] or ''}" +
                     (f"  <{s['url']}>" if s["url"] else ""))
        ev = next((e["text"] for e in s["name_evidence"]), "")
        lines.append(f"    as {s['name_zh']}" + (f" (evidence: “{ev}”)" if ev else "") +
                     f" · {s['engine'] or 'engine?'} · why here: {s['reason'] or '-'}")
        for f in s["figures"]:
            lines.append(f"    figure {_fig(f)}: “{f['clause_zh']}”")
    for d in p["decisions"]:
        state = f"undone {d['undone_at']}" if d["undone_at"] else "active"
        lines.append(f"decision {d['decision_id']}: {d['action']} ({state}) {d['note'] or ''}".rstrip())
    return "\n".join(lines)

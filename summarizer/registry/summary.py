"""A platform's summary: what its row shows (name, English name, place, kind, latest goal, article count and
dates) and what identity compares it on (names, partners, declared-name keys), folded from its mentions one by
one and stored in `platform_summaries`, so a platform that gains mentions is updated from the new ones only:
the work per new mention is bounded, however many articles the platform already has.

Value counts are space-saving summaries of a fixed size (a value not among the kept ones, arriving when the
list is full, takes the place of the least counted one and its count plus one): any value seen in more than
1/CAP of the mentions is kept, and the counts of a platform with no more distinct values than CAP are exact. A platform that loses
mentions (a replaced brief, a user's split or merge, dates read later) is folded again from all of them, in
mention order, which gives what the additions gave.
"""
from __future__ import annotations

import json
from typing import Iterable, Optional

from .records import PlatformRecord
from .store import dumps

CAP_NAMES = 12  # distinct Chinese names kept per platform (and offered to identity)
CAP_PARTNERS = 20  # partners kept per platform (and offered to identity)
CAP_VALUES = 8  # English names, places, kinds
CAP_KEYS = 40  # declared-name keys offered to identity (n:, s:, f:), first seen first

_MENTION_ROW = ("SELECT m.mention_id, m.article_id, m.name_zh, m.name_en, m.city, m.province, m.kind, m.goal_zh, "
                "m.goal_en, a.date, m.keys FROM mentions m JOIN articles a USING (article_id) ")


def empty() -> dict:
    return {"names": [], "en": [], "places": [], "kinds": [], "partners": [], "keys": [], "goal": None,
            "n_articles": 0, "first_date": None, "last_date": None}


def _count(entries: list, value: list, mid: int, cap: int) -> None:
    """Count `value` (a list of fields) in `entries` ([*value, n, first mention_id]), space-saving style."""
    for e in entries:
        if e[:-2] == value:
            e[-2] += 1
            return
    if len(entries) < cap:
        entries.append([*value, 1, mid])
        return
    low = min(range(len(entries)), key=lambda i: (entries[i][-2], -entries[i][-1]))  # the least, the latest
    entries[low] = [*value, entries[low][-2] + 1, mid]


def _top(entries: list) -> list:
    """Entries most frequent first, the earliest seen on ties."""
    return sorted(entries, key=lambda e: (-e[-2], e[-1]))


def fold(db, s: dict, pid: int, row) -> None:
    """Add one mention (a _MENTION_ROW row, assigned to `pid`) to summary `s`."""
    mid, article, name_zh, name_en, city, province, kind, goal_zh, goal_en, date, keys = row
    _count(s["names"], [name_zh], mid, CAP_NAMES)
    if name_en:
        _count(s["en"], [name_en, name_zh], mid, CAP_VALUES)
    if province is not None:
        _count(s["places"], [city, province], mid, CAP_VALUES)
    if kind is not None:
        _count(s["kinds"], [kind], mid, CAP_VALUES)
    for (p,) in db.execute("SELECT name_zh FROM partners WHERE mention_id = ? ORDER BY idx", [mid]):
        if p:
            _count(s["partners"], [p], mid, CAP_PARTNERS)
    for k in json.loads(keys or "[]"):
        if k[:2] in ("n:", "s:", "f:") and k not in s["keys"] and len(s["keys"]) < CAP_KEYS:
            s["keys"].append(k)
    if goal_zh:  # the latest: dated before undated, then the later date, then the later mention
        rank = [date is not None, date or "", mid]
        if s["goal"] is None or rank > s["goal"][2:]:
            s["goal"] = [goal_zh, goal_en, *rank]
    # an article already counted when an earlier mention of it is in this platform
    if not db.execute("SELECT 1 FROM mentions WHERE article_id = ? AND platform_id = ? AND mention_id < ? LIMIT 1",
                      [article, pid, mid]).fetchone():
        s["n_articles"] += 1
    if date is not None:
        s["first_date"] = min(s["first_date"] or date, date)
        s["last_date"] = max(s["last_date"] or date, date)


def load(db, pid: int) -> Optional[dict]:
    row = db.execute("SELECT summary FROM platform_summaries WHERE platform_id = ?", [pid]).fetchone()
    return json.loads(row[0]) if row else None


def update(db, pid: int, new_mentions: Optional[Iterable[int]], canonical) -> bool:
    """Fold `new_mentions` (mention ids just assigned to `pid`, ascending) into its stored summary, or, when
    None or there is none stored, all of its mentions; then write its summary and platforms row. False when
    the platform has no mention left (its rows are deleted)."""
    s = load(db, pid) if new_mentions is not None else None
    if s is None:
        s = empty()
        rows = _all_rows(db, pid)
    else:
        rows = (r for mid in new_mentions for r in db.execute(_MENTION_ROW + "WHERE m.mention_id = ?", [mid]))
    for r in rows:
        fold(db, s, pid, r)
    if not s["names"]:  # never empty once a mention was folded in
        db.execute("DELETE FROM platforms WHERE platform_id = ?", [pid])
        db.execute("DELETE FROM platform_keys WHERE platform_id = ?", [pid])
        db.execute("DELETE FROM platform_summaries WHERE platform_id = ?", [pid])
        return False
    names = [(e[0], e[1]) for e in sorted(s["names"], key=lambda e: e[-1])]  # first seen first: ties
    top = canonical(names) if canonical else max(names, key=lambda x: (x[1], len(x[0])))[0]
    en = sorted(s["en"], key=lambda e: (e[1] != top, -e[-2], e[-1]))
    place = _top(s["places"])
    place = sorted(place, key=lambda e: e[0] is None)[0][:2] if place else [None, None]  # a city first
    kind = _top(s["kinds"])
    goal = s["goal"] or [None, None]
    db.execute("INSERT OR REPLACE INTO platforms VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
               [pid, top, en[0][0] if en else None, kind[0][0] if kind else None, place[0], place[1],
                goal[0], goal[1], s["n_articles"], s["first_date"], s["last_date"]])
    db.execute("INSERT OR REPLACE INTO platform_summaries VALUES (?, ?)", [pid, dumps(s)])
    return True


def _all_rows(db, pid: int):
    """Every mention of `pid` in mention order, read in chunks (a cursor must not stay open over the writes)."""
    last = 0
    while True:
        chunk = db.execute(_MENTION_ROW + "WHERE m.platform_id = ? AND m.mention_id > ? ORDER BY m.mention_id "
                           "LIMIT 1000", [pid, last]).fetchall()
        if not chunk:
            return
        yield from chunk
        last = chunk[-1][0]


def record(db, pid: int) -> Optional[PlatformRecord]:
    """The platform as identity compares it, from its row and summary (one indexed read each)."""
    p = db.execute("SELECT name_en, city, province, kind, n_articles FROM platforms WHERE platform_id = ?",
                   [pid]).fetchone()
    s = load(db, pid)
    if p is None or s is None:
        return None
    return PlatformRecord(platform_id=pid, names=[e[0] for e in _top(s["names"])], name_en=p[0] or "", city=p[1],
                          province=p[2], kind=p[3], partners=[e[0] for e in _top(s["partners"])],
                          articles=p[4] or 0, keys=sorted(s["keys"]))

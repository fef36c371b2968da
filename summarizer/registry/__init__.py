"""The registry: every platform across the briefs of one or more runs, once, in an SQLite database.

    reg = summarizer.registry.open("run/registry.sqlite")   # read-only
    reg.platforms(province="湖北")        # plain dicts, one per platform (the export's columns)
    reg.dataframe()                       # the same as a pandas DataFrame (pandas: the `registry` extra)
    reg.platform(12)                      # one platform with its figures, sources and evidence
    reg.find("武汉人工智能计算中心")        # platform ids by name

Building (`build`), the tables and the merge rules: build.py, store.py, identity.py; README "Registry".
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import Optional

from .build import BuildResult, _build_lock, build, default_db, recluster
from .store import SCHEMA_VERSION, open_db, translate_errors

__all__ = ["open", "Registry", "build", "recluster", "default_db", "BuildResult", "SCHEMA_VERSION"]


class Registry:
    """A registry database opened for reading (or, with write=True, for merges, splits and undo)."""

    def __init__(self, path: str | os.PathLike, write: bool = False) -> None:
        p = Path(path)
        if p.is_dir():  # a run directory
            p = default_db(p)
        self.path = p
        # merges, splits and undo wait for no build: they are refused while one runs (its candidates would go stale)
        self._lock = _build_lock(p) if write else None
        try:
            self.db = open_db(p, write=write)
        except BaseException:
            if self._lock:
                self._lock.close()
            raise

    @translate_errors
    def platforms(self, search: str = "", province: Optional[str] = None, kind: Optional[str] = None,
                  year: Optional[int] = None, partner: Optional[str] = None, limit: Optional[int] = None) -> list[dict]:
        """Platform rows (query.EXPORT_COLUMNS), filtered: `search` in any name (zh or en), province, kind,
        a year in which an article mentions it, a partner's name containing `partner`."""
        from .query import platform_rows
        from .records import normalise

        where, params = [], []
        if search:
            where.append("platform_id IN (SELECT platform_id FROM mentions WHERE instr(norm, ?) > 0 "
                         "OR instr(lower(name_en), ?) > 0)")
            params += [normalise(search), search.strip().lower()]
        if province:
            where.append("province = ?")
            params.append(province)
        if kind:
            where.append("kind = ?")
            params.append(kind)
        if year:
            where.append("platform_id IN (SELECT m.platform_id FROM mentions m JOIN articles a USING (article_id) "
                         "WHERE substr(a.date, 1, 4) = ?)")
            params.append(str(year))
        if partner:
            where.append("platform_id IN (SELECT m.platform_id FROM partners x JOIN mentions m USING (mention_id) "
                         "WHERE instr(x.name_zh, ?) > 0 OR instr(lower(x.name_en), ?) > 0)")
            params += [partner, partner.lower()]
        out = []
        for row in platform_rows(self.db, " AND ".join(where), params):
            out.append(row)
            if limit and len(out) >= limit:
                break
        return out

    @translate_errors
    def dataframe(self):
        """Every platform as a pandas DataFrame (list columns hold Python lists)."""
        try:
            import pandas as pd
        except ImportError:
            from ..errors import MissingExtra

            raise MissingExtra("a DataFrame needs pandas: pip install -c constraints.txt -e '.[registry]'") from None
        from .query import EXPORT_COLUMNS, platform_rows

        return pd.DataFrame(list(platform_rows(self.db)), columns=EXPORT_COLUMNS)

    @translate_errors
    def platform(self, platform_id: int) -> dict:
        from .query import platform

        return platform(self.db, platform_id)

    @translate_errors
    def find(self, name: str) -> list[int]:
        from .query import find

        return find(self.db, name)

    @translate_errors
    def facets(self) -> dict:
        """The values to filter by: provinces, kinds, years (for the web app's filters)."""
        q = self.db.execute
        return {"provinces": [r[0] for r in q("SELECT DISTINCT province FROM platforms WHERE province IS NOT NULL ORDER BY 1")],
                "kinds": [r[0] for r in q("SELECT DISTINCT kind FROM platforms WHERE kind IS NOT NULL ORDER BY 1")],
                "years": [r[0] for r in q("SELECT DISTINCT substr(date, 1, 4) FROM articles WHERE date IS NOT NULL ORDER BY 1")]}

    @translate_errors
    def decisions(self) -> list[dict]:
        from .query import decisions

        return decisions(self.db)

    @translate_errors
    def merge(self, platform_ids: list[int], note: str = "") -> int:
        from .query import merge

        return merge(self.db, platform_ids, note)

    @translate_errors
    def split(self, platform_id: int, article_ids: list[str], note: str = "") -> int:
        from .query import split

        return split(self.db, platform_id, article_ids, note)

    @translate_errors
    def undo(self, decision_id: int) -> None:
        from .query import undo

        undo(self.db, decision_id)

    def close(self) -> None:
        self.db.conn.close()
        if self._lock:
            self._lock.close()

    def __enter__(self) -> "Registry":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def open(path: str | os.PathLike, write: bool = False) -> Registry:  # noqa: A001 (the API the issue names)
    """The registry at `path` (a database file, or a run directory holding registry.sqlite)."""
    return Registry(path, write=write)

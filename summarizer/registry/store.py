"""The registry's SQLite database: opening it (read-only or for writing), its schema and migrations.

The schema is kept by sqlite-utils' Migrations (named migrations recorded in `_sqlite_migrations`, each in
its own transaction); the schema version is the number of this set's migrations applied. A database with a
migration this code does not know was written by a newer summarizer and is refused; an older one is
migrated when opened for writing. The connection is in autocommit mode: every write happens inside an
explicit transaction (`transaction()`), so a killed process leaves the last committed state.
"""
from __future__ import annotations

import json
import sqlite3
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from ..errors import EnvironmentFault, InputNotFound, SummarizerError

MIGRATION_SET = "summarizer-registry"
migrations = Migrations(MIGRATION_SET)

_SCHEMA_V1 = [
    # One row per brief (article); content_hash tells a changed brief from the same one built again.
    """CREATE TABLE articles (
        article_id TEXT PRIMARY KEY, content_hash TEXT NOT NULL, line INTEGER, run_dir TEXT,
        title_zh TEXT, title_en TEXT, date TEXT, url TEXT, summary_zh TEXT, summary_en TEXT,
        engine TEXT, models TEXT, brief_schema TEXT, text TEXT)""",
    # The archive records' own fields (date, link), read from the run's input when it is still there.
    "CREATE TABLE sources (article_id TEXT PRIMARY KEY, date TEXT, url TEXT, title TEXT)",
    """CREATE TABLE platforms (
        platform_id INTEGER PRIMARY KEY, name_zh TEXT, name_en TEXT, kind TEXT, city TEXT, province TEXT,
        goal_zh TEXT, goal_en TEXT, n_articles INTEGER, first_date TEXT, last_date TEXT)""",
    # A platform's blocking keys (identity.keys of its mentions), to find candidates for a new mention.
    "CREATE TABLE platform_keys (key TEXT NOT NULL, platform_id INTEGER NOT NULL, PRIMARY KEY (key, platform_id)) WITHOUT ROWID",
    "CREATE INDEX platform_keys_platform ON platform_keys (platform_id)",
    # One row per platform of each brief: the values as that brief gave them, the platform it was put in and why.
    """CREATE TABLE mentions (
        mention_id INTEGER PRIMARY KEY, ref TEXT NOT NULL UNIQUE,
        article_id TEXT NOT NULL REFERENCES articles (article_id) ON DELETE CASCADE, idx INTEGER NOT NULL,
        platform_id INTEGER, name_zh TEXT NOT NULL, name_en TEXT, norm TEXT, name_evidence TEXT,
        goal_zh TEXT, goal_en TEXT, goal_evidence TEXT, city TEXT, province TEXT, kind TEXT,
        keys TEXT, reason TEXT, engine TEXT)""",
    "CREATE INDEX mentions_platform ON mentions (platform_id)",
    "CREATE INDEX mentions_article ON mentions (article_id)",
    """CREATE TABLE partners (
        mention_id INTEGER NOT NULL REFERENCES mentions (mention_id) ON DELETE CASCADE, idx INTEGER NOT NULL,
        name_zh TEXT, name_en TEXT, evidence TEXT, PRIMARY KEY (mention_id, idx))""",
    # One row per figure of each mention; `what` is what it measures (总投资, 建筑面积 …), from its clause.
    """CREATE TABLE figures (
        mention_id INTEGER NOT NULL REFERENCES mentions (mention_id) ON DELETE CASCADE, idx INTEGER NOT NULL,
        what TEXT, value NUMERIC, unit TEXT, qualifier TEXT, clause_zh TEXT, clause_en TEXT, evidence TEXT,
        PRIMARY KEY (mention_id, idx))""",
    # The user's merges and splits, by mention refs (stable across rebuilds); undone ones keep undone_at.
    """CREATE TABLE decisions (
        decision_id INTEGER PRIMARY KEY, action TEXT NOT NULL CHECK (action IN ('merge', 'split')),
        refs TEXT NOT NULL, note TEXT, created_at TEXT NOT NULL, undone_at TEXT)""",
    # Inputs whose dates and links are in `sources` already (path|size|mtime).
    "CREATE TABLE imports (stamp TEXT PRIMARY KEY, imported_at TEXT)",
    """CREATE TABLE builds (
        build_id INTEGER PRIMARY KEY, run_dir TEXT, started_at TEXT, finished_at TEXT, added INTEGER,
        replaced INTEGER, unchanged INTEGER, bad_lines INTEGER)""",
    # The same figure (what, value, unit) of a platform across articles is one row with its sources.
    """CREATE VIEW platform_figures AS
        SELECT m.platform_id, f.what, f.value, f.unit, f.qualifier,
               count(DISTINCT m.article_id) AS n_sources, json_group_array(DISTINCT m.article_id) AS article_ids,
               min(a.date) AS first_date, max(a.date) AS last_date, max(m.mention_id) AS last_mention
        FROM figures f JOIN mentions m USING (mention_id) JOIN articles a USING (article_id)
        GROUP BY m.platform_id, f.what, f.value, f.unit, f.qualifier""",
]


@migrations(name="m001_registry")
def _m001(db: Database) -> None:
    for stmt in _SCHEMA_V1:
        db.execute(stmt)


@migrations(name="m002_platform_summaries")
def _m002(db: Database) -> None:
    # Each platform's summary (summary.py: its counted names, partners, places …, JSON), folded from its
    # mentions as they come; a registry of m001 gets them as its platforms are next touched.
    db.execute("CREATE TABLE platform_summaries (platform_id INTEGER PRIMARY KEY, summary TEXT NOT NULL)")


SCHEMA_VERSION = len(migrations._migrations)  # the number of migrations this code knows
_APPLICATION_ID = 0x53524731  # "SRG1": tells our file from another SQLite database


def _connect(path: Path, readonly: bool) -> sqlite3.Connection:
    uri = f"file:{path}?mode={'ro' if readonly else 'rwc'}"
    conn = sqlite3.connect(uri, uri=True, isolation_level=None, timeout=5, check_same_thread=False)
    conn.execute("PRAGMA foreign_keys = ON")
    return conn


def open_db(path: str | Path, write: bool = False) -> Database:
    """The registry at `path`: created and migrated when `write`, else opened read-only (it must exist).
    SummarizerError, one line, for a file that is not a registry, one of a newer schema, a locked or a
    read-only database."""
    path = Path(path)
    if not write and not path.exists():
        raise InputNotFound(f"no registry database at {path} (build one with `summarizer registry build RUN_DIR`)")
    try:
        conn = _connect(path, readonly=not write)
        db = Database(conn)
        _check(db, path)
        if write:
            conn.execute("PRAGMA journal_mode = WAL")  # readers (the web app) go on while a build writes
            conn.execute("PRAGMA synchronous = NORMAL")
            conn.execute("PRAGMA cache_size = -32768")  # 32 MB of pages: the indexes' upper levels stay in memory
            if not db.table_names():
                conn.execute(f"PRAGMA application_id = {_APPLICATION_ID}")
            migrations.apply(db)
        return db
    except sqlite3.Error as e:
        raise db_error(e, path) from None


def db_error(e: sqlite3.Error, path: Path) -> SummarizerError:
    """One line for a database error."""
    msg = str(e)
    if "locked" in msg or "busy" in msg:
        return SummarizerError(f"{path} is locked by another process (a build?); wait for it to finish and try again")
    if "readonly" in msg or "read-only" in msg:
        return EnvironmentFault(f"{path} is read-only: the registry cannot be written there (nothing was changed); "
                                "use --db to build into another file")
    if "not a database" in msg or "malformed" in msg:
        return SummarizerError(f"{path} is not a registry database ({msg})")
    if "unable to open" in msg:
        return EnvironmentFault(f"cannot open {path} ({msg}): check the folder exists and is writable")
    return SummarizerError(f"{path}: database error: {msg}")


def _check(db: Database, path: Path) -> None:
    tables = db.table_names()
    if not tables:
        return
    app_id = db.execute("PRAGMA application_id").fetchone()[0]
    if app_id != _APPLICATION_ID:
        raise SummarizerError(f"{path} is an SQLite database but not a summarizer registry; use another --db")
    applied = [m.name for m in migrations.applied(db)]
    known = [m.name for m in migrations._migrations]
    unknown = [n for n in applied if n not in known]
    if unknown:
        raise SummarizerError(f"{path} has registry schema version {len(applied)} (written by a newer summarizer); "
                              f"this one reads up to version {SCHEMA_VERSION}: upgrade summarizer or use another --db")


def translate_errors(method):
    """A Registry method whose database errors (locked, read-only …) come out as one-line SummarizerErrors."""
    import functools

    @functools.wraps(method)
    def wrapper(self, *args, **kwargs):
        try:
            return method(self, *args, **kwargs)
        except sqlite3.Error as e:
            raise db_error(e, self.path) from None

    return wrapper


def schema_version(db: Database) -> int:
    return len(migrations.applied(db))


@contextmanager
def transaction(db: Database) -> Iterator[Database]:
    """BEGIN IMMEDIATE … COMMIT: the write lock is taken at the start, so two builds into one database
    take turns batch by batch instead of failing half-way; any exception rolls back."""
    db.conn.execute("BEGIN IMMEDIATE")
    try:
        yield db
    except BaseException:
        db.conn.execute("ROLLBACK")
        raise
    db.conn.execute("COMMIT")


def dumps(obj) -> str:
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":"))


def spans(evidence) -> str:
    """Evidence spans as JSON ("[[3,9],[20,31]]"), without json.dumps' cost (the build writes hundreds of
    thousands)."""
    return "[" + ",".join(f"[{int(a)},{int(b)}]" for a, b in evidence) + "]"

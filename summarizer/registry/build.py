"""Build a registry from a run directory's briefs.jsonl: stream the lines, batch by batch, each batch one
transaction (so a killed build leaves the last committed batch, and the same command goes on from there).

Idempotent: an article is keyed by its brief id; a line whose content hash is already in the database is
skipped, a brief that changed (same id, other hash) replaces the old one. Batches are fixed windows of
lines, so a build resumed after a kill makes exactly the database an uninterrupted build makes.

Which mentions are one platform is decided by identity.py (`keys` and `cluster`, pure functions over
records.MentionRecord); candidates come from the platform_keys index, a bounded number per key, each read
with its summary (summary.py) in one row, and a platform's row and summary are updated from its new mentions
only: the work per new mention is bounded however large the registry and however often a platform is
reported, and memory stays flat (bounded caches). The user's merges and splits (decisions table) are
applied again after every batch that holds their mentions, so they survive later builds and `--recluster`.
"""
from __future__ import annotations

import fcntl
import functools
import hashlib
import json
import os
import re
import sqlite3
import time
from collections import OrderedDict
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable, Iterator, Optional

from pydantic import ValidationError

from ..errors import InputNotFound, SummarizerError
from ..schema import SCHEMA_VERSION as BRIEF_SCHEMA, Brief
from . import summary
from .records import Assignment, MentionRecord, PlatformRecord, context_of, mention_records
from .store import db_error, dumps, open_db, spans, transaction

BATCH_LINES = 500  # lines per transaction: a checkpoint every few seconds, memory a few MB
MAX_CANDIDATES = 20  # existing platforms offered to cluster() per key of a mention, the newest first
# … per partner key (p:partner@city|kind): only the partners+place rule uses them, and one city has many
# platforms of one kind built with the same university; the newest few are the ones a new name continues
MAX_PARTNER_CANDIDATES = 5
RECORD_CACHE = 4000  # PlatformRecords (with identity's profiles) kept between batches, dropped when they change
_KEY = re.compile(rb'^\{(?:"schema_version": ?"([^"]*)", ?)?"id": ?("(?:[^"\\]|\\.)*")')


@dataclass
class BuildResult:
    db: str = ""
    added: int = 0  # articles new to the registry
    replaced: int = 0  # articles whose brief changed since the last build
    unchanged: int = 0  # already there with the same content
    bad: list[str] = field(default_factory=list)  # why lines of briefs.jsonl were not built (the first 1,000)
    n_bad: int = 0  # how many were not built
    platforms: int = 0
    seconds: float = 0.0

    def not_built(self, why: str) -> None:
        self.n_bad += 1
        if len(self.bad) < 1000:  # memory flat however many lines are bad
            self.bad.append(why)

    def line(self) -> str:
        return (f"added {self.added} · replaced {self.replaced} · unchanged {self.unchanged} · not built "
                f"{self.n_bad} · {self.platforms} platforms · {self.seconds:.1f} s · {self.db}")


def default_db(run_dir: str | os.PathLike) -> Path:
    return Path(run_dir) / "registry.sqlite"


def build(run_dir: str | os.PathLike, db_path: Optional[str | os.PathLike] = None, follow: bool = False,
          batch_lines: int = BATCH_LINES, poll_s: float = 2.0,
          on_batch: Optional[Callable[[BuildResult], None]] = None) -> BuildResult:
    """Build RUN_DIR/briefs.jsonl into the registry at `db_path` (default RUN_DIR/registry.sqlite).
    `follow`: while a `summarizer batch` run is still writing the directory, wait for its new lines and
    build them as they land; stop when the run has ended and every line is built."""
    run = Path(run_dir)
    briefs = run / "briefs.jsonl"
    if not briefs.is_file():
        raise InputNotFound(f"no briefs.jsonl in {run} (is it the --out of `summarizer batch`?)")
    dbp = Path(db_path) if db_path else default_db(run)
    lock = _build_lock(dbp)
    db = open_db(dbp, write=True)
    res = BuildResult(db=str(dbp))
    t0 = time.perf_counter()
    try:
        build_id = _start(db, run)
        _import_sources(db, run)
        builder = _Builder(db)
        for lines in _batches(briefs, batch_lines, follow, run, poll_s, res):
            with transaction(db):
                builder.add_lines(lines, run, res)
                db.execute("UPDATE builds SET added=?, replaced=?, unchanged=?, bad_lines=? WHERE build_id=?",
                           [res.added, res.replaced, res.unchanged, res.n_bad, build_id])
            if on_batch:
                on_batch(res)
        with transaction(db):
            db.execute("UPDATE builds SET finished_at=? WHERE build_id=?", [_now(), build_id])
        res.platforms = db.execute("SELECT count(*) FROM platforms").fetchone()[0]
    except sqlite3.Error as e:
        raise db_error(e, dbp) from None
    finally:
        db.conn.close()
        lock.close()
    res.seconds = time.perf_counter() - t0
    return res


def _build_lock(dbp: Path):
    """One build per database at a time (DB.build-lock, flock): two would cluster against each other's
    half-written batches."""
    try:
        lock = open(dbp.with_name(dbp.name + ".build-lock"), "w")
    except OSError:
        return open(os.devnull, "w")  # a folder we cannot write: opening the database says why
    try:
        fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        lock.close()
        raise SummarizerError(f"another build is writing {dbp}; wait for it to finish") from None
    return lock


def recluster(db_path: str | os.PathLike, batch_lines: int = BATCH_LINES) -> int:
    """Put every mention in a platform again (identity.py improved, a decision undone), in the order the
    articles were built, with the user's decisions applied as in a build. One transaction. Returns the
    number of platforms."""
    lock = _build_lock(Path(db_path))
    db = open_db(db_path, write=True)
    try:
        with transaction(db):
            _recluster(db, batch_lines)
        return db.execute("SELECT count(*) FROM platforms").fetchone()[0]
    except sqlite3.Error as e:
        raise db_error(e, Path(db_path)) from None
    finally:
        db.conn.close()
        lock.close()


def _recluster(db, batch_lines: int) -> None:
    db.execute("UPDATE mentions SET platform_id = NULL, reason = NULL")
    db.execute("DELETE FROM platform_keys")
    db.execute("DELETE FROM platforms")
    db.execute("DELETE FROM platform_summaries")
    builder = _Builder(db)
    last = 0
    while True:  # in chunks of mentions by mention_id (the build order), each to the end of its article
        rows = db.execute("SELECT mention_id, article_id FROM mentions WHERE mention_id > ? ORDER BY mention_id "
                          "LIMIT ?", [last, batch_lines]).fetchall()
        if not rows:
            break
        end = db.execute("SELECT max(mention_id) FROM mentions WHERE article_id = ?", [rows[-1][1]]).fetchone()[0]
        mentions = [_mention_from_row(db, r) for r in db.execute(
            "SELECT m.mention_id, m.ref, m.article_id, m.name_zh, m.name_en, m.norm, m.city, m.province, m.kind, "
            "a.date FROM mentions m JOIN articles a USING (article_id) WHERE m.mention_id > ? AND m.mention_id <= ? "
            "ORDER BY m.mention_id", [last, end]).fetchall()]
        builder.assign(mentions)
        last = end


def _mention_from_row(db, r) -> MentionRecord:
    mid = r[0]
    partners = [x[0] for x in db.execute("SELECT name_zh FROM partners WHERE mention_id=? ORDER BY idx", [mid])]
    ctx = db.execute("SELECT a.text, m.name_evidence FROM mentions m JOIN articles a USING (article_id) "
                     "WHERE mention_id=?", [mid]).fetchone()
    return MentionRecord(ref=r[1], article_id=r[2], name_zh=r[3], name_en=r[4] or "", norm=r[5] or "",
                         context=context_of(ctx[0] or "", json.loads(ctx[1] or "[]")), partners=partners,
                         city=r[6], province=r[7], kind=r[8], date=r[9])


# ---- reading briefs.jsonl ------------------------------------------------------------------------------
def _batches(path: Path, size: int, follow: bool, run: Path, poll_s: float,
             res: BuildResult) -> Iterator[list[tuple[int, bytes]]]:
    """Fixed windows of `size` whole lines (line number, bytes). A last line without its newline is a
    write in progress (or one a kill tore): followed, it is waited for; else it is reported, not built
    (the batch run cuts and redoes it when resumed)."""
    buf: list[tuple[int, bytes]] = []
    n = 0
    with path.open("rb") as f:
        while True:
            pos = f.tell()
            line = f.readline()
            if line.endswith(b"\n"):
                n += 1
                buf.append((n, line))
                if len(buf) == size:
                    yield buf
                    buf = []
                continue
            # end of file, or a line still being written
            if follow and _run_is_writing(run):
                f.seek(pos)
                if buf:  # build what has landed instead of waiting for a full window
                    yield buf
                    buf = []
                time.sleep(poll_s)
                continue
            if buf:
                yield buf
                buf = []
            if line:
                res.not_built(f"line {n + 1}: torn (no newline at the end: a batch run was killed while writing "
                               "it); not built: run the batch again to finish it, then build again")
            break
    if buf:
        yield buf


def _run_is_writing(run: Path) -> bool:
    """A `summarizer batch` run holds RUN_DIR/.lock while it writes."""
    try:
        with open(run / ".lock", "a") as lock:
            try:
                fcntl.flock(lock, fcntl.LOCK_SH | fcntl.LOCK_NB)
            except OSError:
                return True
            fcntl.flock(lock, fcntl.LOCK_UN)
            return False
    except OSError:
        return False


# ---- the archive's own fields (dates, links) -------------------------------------------------------------
_DATE_FIELDS = ("published", "date", "pub_date", "publish_date", "publish_time", "pubdate", "time", "datetime")
_URL_FIELDS = ("url", "link", "source_url", "source")
_DATE = re.compile(r"(\d{4})\s*[-/.年]\s*(\d{1,2})(?:\s*[-/.月]\s*(\d{1,2}))?")


def parse_date(value) -> Optional[str]:
    """YYYY-MM-DD (or YYYY-MM) from what an archive writes as a date; None when there is none."""
    if value in (None, ""):
        return None
    m = _DATE.search(str(value))
    if not m or not 1 <= int(m.group(2)) <= 12:
        return None
    y, mo, d = m.group(1), int(m.group(2)), m.group(3)
    return f"{y}-{mo:02d}-{int(d):02d}" if d and 1 <= int(d) <= 31 else f"{y}-{mo:02d}"


def _import_sources(db, run: Path) -> None:
    """The date and link of each record of the run's input archive (JSONL, CSV, Parquet), read once per
    input (its size and mtime are remembered), keyed as `summarizer batch` keys records. Briefs carry
    neither; an input that is gone or a directory of files gives none (dates unknown)."""
    from ..archives.records import Fields, detect_format, iter_records
    from ..archives.runs import RunDir

    job = RunDir(run, "brief").read_manifest().get("job") or {}
    inp = Path(job.get("input") or "")
    if not job.get("input") or not inp.is_file():
        return
    try:
        fmt = detect_format(inp)
    except SummarizerError:
        return
    if fmt not in ("jsonl", "csv", "parquet"):
        return
    stamp = f"{inp.resolve()}|{inp.stat().st_size}|{inp.stat().st_mtime_ns}"
    if db.execute("SELECT 1 FROM imports WHERE stamp = ?", [stamp]).fetchone():
        return
    fields = Fields(**{k: v for k, v in (job.get("fields") or {}).items() if k in ("id", "text", "title")})
    rows = _raw_rows(inp, fmt)
    batch = []
    with transaction(db):
        # iter_records gives each record its key (ids, line-N, ~2 for repeats); _raw_rows the same records'
        # other fields, one for one.
        for rec, raw in zip(iter_records(inp, fields), rows):
            if not isinstance(raw, dict):
                continue
            date = next((d for k in _DATE_FIELDS if (d := parse_date(raw.get(k)))), None)
            url = next((str(raw[k]) for k in _URL_FIELDS if isinstance(raw.get(k), str) and raw[k].strip()), None)
            if date or url:
                batch.append((rec.key, date, url, rec.title or None))
            if len(batch) >= 5000:
                db.conn.executemany("INSERT OR REPLACE INTO sources VALUES (?, ?, ?, ?)", batch)
                batch = []
        db.conn.executemany("INSERT OR REPLACE INTO sources VALUES (?, ?, ?, ?)", batch)
        db.execute("INSERT INTO imports VALUES (?, ?)", [stamp, _now()])
        # articles built before their input was readable get its dates now (and their platforms their dates)
        redated = {r[0] for r in db.execute(
            "SELECT DISTINCT m.platform_id FROM sources s JOIN articles a USING (article_id) JOIN mentions m "
            "USING (article_id) WHERE a.date IS NOT s.date AND m.platform_id IS NOT NULL")}
        db.execute("UPDATE articles SET date = s.date, url = coalesce(s.url, articles.url) FROM sources s "
                   "WHERE s.article_id = articles.article_id AND articles.date IS NOT s.date")
        refresh_platforms(db, redated)


def _raw_rows(path: Path, fmt: str) -> Iterator[Optional[dict]]:
    """The records of an archive as dicts (None for an unreadable JSONL line), in iter_records' order."""
    if fmt == "jsonl":
        from ..archives.records import _LINE_SLACK, _lines
        from ..text.decode import max_bytes

        with path.open("rb") as f:
            for line, _ in _lines(f, max_bytes() * _LINE_SLACK):  # as iter_records reads them, as long
                if not line.strip():
                    continue
                try:
                    obj = json.loads(line)
                except ValueError:
                    obj = None
                yield obj if isinstance(obj, dict) else None
    elif fmt == "csv":
        import csv

        csv.field_size_limit(1 << 30)
        with path.open(encoding="utf-8-sig", errors="replace", newline="") as f:
            yield from csv.DictReader(f, delimiter="\t" if path.suffix.lower() == ".tsv" else ",")
    else:
        import pyarrow.parquet as pq

        for b in pq.ParquetFile(path).iter_batches(batch_size=256, columns=None):
            yield from b.to_pylist()


# ---- building a batch ------------------------------------------------------------------------------------
class _Builder:
    def __init__(self, db) -> None:
        self.db = db
        self.identity = _identity()
        # candidates' records between batches: most candidates of a batch were candidates of the last one
        self.records: "OrderedDict[int, PlatformRecord]" = OrderedDict()

    def add_lines(self, lines: list[tuple[int, bytes]], run: Path, res: BuildResult) -> None:
        new: list[MentionRecord] = []
        touched: set[int] = set()
        for n, raw in lines:
            raw = raw.rstrip(b"\r\n")
            m = _KEY.match(raw)
            if m and m.group(1) is not None and m.group(1).decode() != BRIEF_SCHEMA:
                res.not_built(f"line {n}: a brief of schema version {m.group(1).decode()}; this registry reads "
                               f"version {BRIEF_SCHEMA}: not built")
                continue
            digest = hashlib.sha1(raw).hexdigest()
            if m:
                try:
                    aid = json.loads(m.group(2))
                except ValueError:
                    aid = None
                old = self.db.execute("SELECT content_hash FROM articles WHERE article_id = ?", [aid]).fetchone()
                if old and old[0] == digest:
                    res.unchanged += 1
                    continue
            try:
                brief = Brief.model_validate_json(raw)
            except ValidationError as e:
                err = e.errors()[0]
                where = ".".join(str(x) for x in err["loc"])
                kind = "not JSON" if err["type"] == "json_invalid" else f"not a brief ({where}: {err['msg']})"
                res.not_built(f"line {n}: {kind}: not built")
                continue
            if not brief.id:
                res.not_built(f"line {n}: a brief without an id: not built")
                continue
            if brief.schema_version != BRIEF_SCHEMA:
                res.not_built(f"line {n}: a brief of schema version {brief.schema_version}; this registry reads "
                               f"version {BRIEF_SCHEMA}: not built")
                continue
            old = self.db.execute("SELECT content_hash FROM articles WHERE article_id = ?", [brief.id]).fetchone()
            if old:
                if old[0] == digest:
                    res.unchanged += 1
                    continue
                touched |= {r[0] for r in self.db.execute(
                    "SELECT DISTINCT platform_id FROM mentions WHERE article_id = ? AND platform_id IS NOT NULL",
                    [brief.id])}
                self.db.execute("DELETE FROM articles WHERE article_id = ?", [brief.id])  # cascades
                res.replaced += 1
            else:
                res.added += 1
            new += self._insert(brief, digest, n, run)
        self.assign(new, touched)

    def _insert(self, b: Brief, digest: str, line: int, run: Path) -> list[MentionRecord]:
        src = self.db.execute("SELECT date, url, title FROM sources WHERE article_id = ?", [b.id]).fetchone()
        date, url = (src[0], src[1]) if src else (None, None)
        self.db.execute(
            "INSERT INTO articles VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [b.id, digest, line, str(run), b.title.zh, b.title.en, date, url, b.summary.zh, b.summary.en,
             b.meta.engine, dumps(b.meta.models), b.schema_version, b.text])
        records = mention_records(b, date)
        by_index = {int(r.ref.rsplit("#", 1)[1]): r for r in records}
        for i, p in enumerate(b.platforms):
            r = by_index.get(i)
            if r is None:  # a platform without a Chinese name cannot be named in the registry
                continue
            cur = self.db.execute(
                "INSERT INTO mentions (ref, article_id, idx, name_zh, name_en, norm, name_evidence, goal_zh, goal_en, "
                "goal_evidence, city, province, kind, keys, engine) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [r.ref, b.id, i, r.name_zh, r.name_en, r.norm, spans(p.name.evidence), p.goal.zh, p.goal.en,
                 spans(p.goal.evidence), r.city, r.province, r.kind, None, b.meta.engine])
            mid = cur.lastrowid
            self.db.conn.executemany("INSERT INTO partners VALUES (?, ?, ?, ?, ?)",
                                     [(mid, j, x.zh, x.en, spans(x.evidence)) for j, x in enumerate(p.partners)])
            self.db.conn.executemany(
                "INSERT INTO figures VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [(mid, j, figure_what(s.zh, s.unit), s.value, s.unit, s.qualifier, s.zh, s.en, spans(s.evidence))
                 for j, s in enumerate(p.scale)])
        return records

    def assign(self, mentions: list[MentionRecord], touched: Optional[set[int]] = None) -> None:
        """Put each mention in a platform (identity.cluster), apply the user's decisions on them, refresh
        the platforms: those that only gained mentions from these (bounded work each), the `touched` ones
        (which lost mentions) from all of theirs."""
        touched = set(touched or ())
        grown: dict[int, list[int]] = {}
        if mentions:
            # sorted: identity's sets iterate in a per-process hash order, the database must not depend on it
            keys = {m.ref: sorted(set(self.identity.keys(m))) for m in mentions}
            lookup = getattr(self.identity, "lookup_keys", None)
            existing = self._candidates(mentions, {m.ref: sorted(set(lookup(m))) for m in mentions} if lookup else keys)
            assignments: list[Assignment] = self.identity.cluster(mentions, existing)
            labels: dict[str, int] = {}
            updates, new_keys = [], []
            mids = dict(_in(self.db, "SELECT ref, mention_id FROM mentions WHERE ref IN ({})", [a.ref for a in assignments]))
            for a in assignments:
                pid = a.platform_id
                if pid is None:
                    label = a.new_label or a.ref
                    if label not in labels:
                        labels[label] = self.db.execute("INSERT INTO platforms (name_zh) VALUES (NULL)").lastrowid
                    pid = labels[label]
                updates.append((pid, a.reason, dumps(keys.get(a.ref, [])), a.ref))
                new_keys += [(k, pid) for k in keys.get(a.ref, ())]
                grown.setdefault(pid, []).append(mids[a.ref])
            self.db.conn.executemany("UPDATE mentions SET platform_id = ?, reason = ?, keys = ? WHERE ref = ?", updates)
            self.db.conn.executemany("INSERT OR IGNORE INTO platform_keys VALUES (?, ?)", new_keys)
            touched |= apply_decisions(self.db, [m.ref for m in mentions])
        refresh_platforms(self.db, touched, grown)
        for pid in touched | grown.keys():
            self.records.pop(pid, None)

    def _record(self, pid: int) -> Optional[PlatformRecord]:
        rec = self.records.pop(pid, None)
        if rec is None:
            rec = summary.record(self.db, pid)
            if rec is None and self.db.execute("SELECT 1 FROM platforms WHERE platform_id = ?", [pid]).fetchone():
                # a registry built before platform summaries were kept: this one's summary, once
                summary.update(self.db, pid, None, getattr(self.identity, "canonical_name_counted", None))
                rec = summary.record(self.db, pid)
            if rec is None:
                return None
        self.records[pid] = rec  # most recently used last
        while len(self.records) > RECORD_CACHE:
            self.records.popitem(last=False)
        return rec

    def _candidates(self, mentions: list[MentionRecord], keys: dict[str, list[str]]) -> list[PlatformRecord]:
        """The platforms sharing a key with a mention, the MAX_CANDIDATES newest per key (each read from the
        key's index, so a key many platforms share costs no more), less those whose place rules out every
        mention that found them: work per mention is bounded, however large the registry."""
        by_key = {k: [r[0] for r in self.db.execute(
            "SELECT platform_id FROM platform_keys WHERE key = ? ORDER BY platform_id DESC LIMIT ?",
            [k, MAX_PARTNER_CANDIDATES if k.startswith("p:") else MAX_CANDIDATES])]
            for k in sorted({k for ks in keys.values() for k in ks})}
        may_match = getattr(self.identity, "may_match", None)
        out: dict[int, PlatformRecord] = {}
        for m in mentions:
            for pid in sorted({pid for k in keys[m.ref] for pid in by_key[k]}):
                if pid in out:
                    continue
                rec = self._record(pid)
                if rec is not None and (may_match is None or may_match(m, rec)):
                    out[pid] = rec
        return [out[pid] for pid in sorted(out)]


# ---- decisions and platform rows -------------------------------------------------------------------------
def apply_decisions(db, refs: Optional[list[str]] = None) -> set[int]:
    """Apply the active decisions (in the order they were made) that name any of `refs` (all when None).
    Returns the platforms changed."""
    touched: set[int] = set()
    rows = db.execute("SELECT decision_id, action, refs FROM decisions WHERE undone_at IS NULL "
                      "ORDER BY decision_id").fetchall()
    wanted = set(refs) if refs is not None else None
    for did, action, drefs in rows:
        drefs = json.loads(drefs)
        if wanted is not None and not wanted.intersection(drefs):
            continue
        touched |= _apply(db, did, action, drefs)
    return touched


def _apply(db, did: int, action: str, refs: list[str]) -> set[int]:
    pids = sorted({r[0] for r in _in(db, "SELECT DISTINCT platform_id FROM mentions WHERE ref IN ({})", refs)
                   if r[0] is not None})
    if not pids:
        return set()
    if action == "merge":
        target = pids[0]
        for pid in pids[1:]:
            db.execute("UPDATE mentions SET platform_id = ?, reason = ? WHERE platform_id = ?",
                       [target, f"merged by the user (decision {did})", pid])
            db.execute("INSERT OR IGNORE INTO platform_keys SELECT key, ? FROM platform_keys WHERE platform_id = ?",
                       [target, pid])
            db.execute("DELETE FROM platform_keys WHERE platform_id = ?", [pid])
        return set(pids)
    # split: these mentions become a platform of their own (unless they already are one)
    rest = _in(db, "SELECT count(*) FROM mentions WHERE platform_id IN ({}) AND ref NOT IN ({})", pids, refs)
    if len(pids) == 1 and rest.fetchone()[0] == 0:
        return set()
    new = db.execute("INSERT INTO platforms (name_zh) VALUES (NULL)").lastrowid
    _in(db, "UPDATE mentions SET platform_id = ?, reason = ? WHERE ref IN ({})", refs,
        head=[new, f"split off by the user (decision {did})"])
    for pid in [*pids, new]:
        rekey(db, pid)
    return {*pids, new}


def rekey(db, pid: int) -> None:
    """A platform's keys again from its mentions' keys."""
    db.execute("DELETE FROM platform_keys WHERE platform_id = ?", [pid])
    db.execute("INSERT OR IGNORE INTO platform_keys SELECT j.value, m.platform_id FROM mentions m, json_each(m.keys) j "
               "WHERE m.platform_id = ?", [pid])


def refresh_platforms(db, pids: set[int], grown: Optional[dict[int, list[int]]] = None) -> None:
    """Each platform's row and summary (summary.py): those in `grown` (platform → mention ids it just gained)
    from their new mentions, those in `pids` from all of theirs; a platform left without mentions is deleted."""
    canonical = getattr(_identity(), "canonical_name_counted", None)
    grown = grown or {}
    for pid in sorted(set(pids) | grown.keys()):
        summary.update(db, pid, None if pid in pids else sorted(grown[pid]), canonical)


# ---- what a figure measures ------------------------------------------------------------------------------
_MEASURES = sorted(("总投资", "投资额", "算力规模", "总规模", "投资", "总面积", "建筑面积", "占地面积", "占地", "面积", "算力", "总算力",
                    "产值", "年产值", "营收", "营业收入", "交易额", "成交额", "交易总额", "规模", "资金", "注册资本",
                    "人才", "员工", "研发人员", "企业", "项目", "合同", "签约额", "总额", "容量", "产能", "机柜",
                    "服务器", "存储", "带宽", "经费", "补贴", "奖励", "融资", "估值", "销售额", "收入", "利润", "税收"),
                   key=len, reverse=True)
_NUM_CHARS = set("0123456789.,，零〇一二三四五六七八九十百千万亿两余多约近超逾 ")
_LEADS = re.compile(r"(?:为|达|达到|约|超|超过|逾|近|共|计|合计|总计|累计|是|有|将|可|预计|已|已经|突破|高达|的|:|：|\s)+$")
_SEP = re.compile(r"[，,、；;。：:（(）)“”\"\s]")


@functools.lru_cache(maxsize=8192)  # generated and syndicated news repeat their clauses
def figure_what(clause: str, unit: str) -> str:
    """What a figure measures, from the clause that states it: the known measure just before the number
    (总投资 in "项目总投资约50亿元"), else the last few characters before it; "" when the clause says nothing."""
    end = clause.find(unit) if unit else -1
    if end < 0:
        end = len(clause)
    start = end
    while start > 0 and clause[start - 1] in _NUM_CHARS:
        start -= 1
    prefix = _LEADS.sub("", clause[:start])
    prefix = _SEP.split(prefix)[-1] if prefix else ""
    for m in _MEASURES:
        if prefix.endswith(m):
            return m
    return prefix[-4:]


# ---- helpers ---------------------------------------------------------------------------------------------
def _identity():
    """identity.py (the merge rules) when present; else the simplest rule: one platform per normalised
    name and city."""
    try:
        from . import identity
    except ModuleNotFoundError as e:
        if e.name != f"{__package__}.identity":
            raise
        return _NameAndCity
    return identity


class _NameAndCity:
    @staticmethod
    def keys(m: MentionRecord) -> list[str]:
        return [m.norm]

    @staticmethod
    def cluster(mentions: list[MentionRecord], existing: list[PlatformRecord]) -> list[Assignment]:
        from .records import normalise

        by_name: dict[str, list[PlatformRecord]] = {}
        for p in existing:
            for n in p.names:
                by_name.setdefault(normalise(n), []).append(p)
        out = []
        for m in mentions:
            hit = next((p for p in by_name.get(m.norm, ())
                        if m.city is None or p.city is None or m.city == p.city), None)
            if hit:
                out.append(Assignment(m.ref, hit.platform_id, None, f"same name {m.name_zh} (and city) as platform {hit.platform_id}"))
            else:
                out.append(Assignment(m.ref, None, f"{m.norm}@{m.city or ''}", f"name {m.name_zh}"))
        return out


def _start(db, run: Path) -> int:
    with transaction(db):
        return db.execute("INSERT INTO builds (run_dir, started_at, added, replaced, unchanged, bad_lines) "
                          "VALUES (?, ?, 0, 0, 0, 0)", [str(run.resolve()), _now()]).lastrowid


def _qs(xs) -> str:
    return ",".join("?" * len(xs))


def _in(db, sql: str, *lists, head: Optional[list] = None):
    """Run `sql` with one "?, ?, …" per {} for each list (and `head` parameters first)."""
    return db.execute(sql.format(*(_qs(x) for x in lists)), [*(head or []), *(v for x in lists for v in x)])


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")

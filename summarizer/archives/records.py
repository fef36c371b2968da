"""Archives in: a directory of articles, JSONL, CSV or Parquet, read as a stream of records.

Nothing is loaded whole: directories are walked, JSONL and CSV read line by line, Parquet by row
batches (pyarrow). Every record gets a key that is unique and the same on every run over the same
input, so a resumed run knows what it has done:

- the record's id (``--id-field``, default ``id``), else its place: the file's path relative to the
  directory, ``line-N`` (JSONL, 1-based), ``row-N`` (CSV, Parquet; 1-based, header not counted);
- a repeated id is kept once under its own name; later records with the same id get ``ID~2``, ``ID~3`` …

A record that cannot be read (a malformed JSONL line, a row without text, a file too large) is still
yielded, with `error` set, so the run reports it instead of losing it.
"""
from __future__ import annotations

import csv
import functools
import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator, Optional

from ..errors import InputNotFound, SummarizerError
from ..text.decode import DEFAULT_MAX_BYTES, max_bytes as default_max_bytes

ARTICLE_SUFFIXES = (".txt", ".html", ".htm", ".md")
TEXT_FIELDS = ("text", "article", "content", "body")
TITLE_FIELDS = ("title", "headline")
MAX_BYTES = DEFAULT_MAX_BYTES  # larger records are refused (the article limit: text.decode.max_bytes())
_LINE_SLACK = 8  # a JSONL/CSV line may be this many times the limit (escapes) before it is not even parsed


@dataclass
class Record:
    key: str  # unique within the run
    id: str  # as the input gave it ("" when it had none)
    data: Optional[bytes] = None  # the article, as bytes (never a str: a short str could be read as a path)
    path: Optional[str] = None  # or the file that holds it (directory inputs: read by the worker)
    title: str = ""
    error: str = ""  # why it cannot be processed, when it cannot
    error_type: str = ""

    def source(self):
        """What the engine reads: the file, or the bytes with the title as first line when it is not there."""
        if self.path is not None:
            return Path(self.path)
        data = self.data or b""
        if self.title and not data.lstrip().startswith(self.title.encode("utf-8")):
            data = self.title.encode("utf-8") + b"\n" + data
        return data


@dataclass
class Fields:
    id: str = "id"
    text: str = ""  # "" = the first of TEXT_FIELDS present
    title: str = ""  # "" = the first of TITLE_FIELDS present


def detect_format(path: Path) -> str:
    if path.is_dir():
        return "dir"
    suffix = path.suffix.lower()
    if suffix in (".jsonl", ".ndjson", ".json"):
        return "jsonl"
    if suffix in (".csv", ".tsv"):
        return "csv"
    if suffix in (".parquet", ".pq"):
        return "parquet"
    if suffix in ARTICLE_SUFFIXES:
        return "file"
    raise SummarizerError(f"{path}: unknown archive format (give a directory, .jsonl, .csv or .parquet)")


def count_records(path: Path) -> Optional[int]:
    """How many records, when that is cheap to know (for the progress bar); None otherwise."""
    fmt = detect_format(path)
    if fmt == "dir":
        return sum(1 for _ in _walk(path))
    if fmt == "file":
        return 1
    if fmt == "jsonl":
        with path.open("rb") as f:
            return sum(1 for line, _ in _lines(f, DEFAULT_MAX_BYTES) if line.strip())
    if fmt == "parquet":
        import pyarrow.parquet as pq

        return pq.ParquetFile(path).metadata.num_rows
    return None


def iter_records(path: str | os.PathLike, fields: Fields = Fields(), max_bytes: Optional[int] = None) -> Iterator[Record]:
    """The records of an archive, in order; `max_bytes` (default: the article limit) refuses larger ones."""
    max_bytes = max_bytes or default_max_bytes()
    p = Path(path)
    if not p.exists():
        raise InputNotFound(f"no such file or directory: {path}")
    fmt = detect_format(p)
    raw = {"dir": _from_dir, "file": _from_dir, "jsonl": functools.partial(_from_jsonl, max_bytes=max_bytes),
           "csv": functools.partial(_from_csv, max_bytes=max_bytes), "parquet": _from_parquet}[fmt]
    seen: dict[str, int] = {}
    used: set[str] = set()
    for rec in raw(p, fields):
        base = rec.key
        n = seen.get(base, 0) + 1
        # ids "a", "a", "a~2": the second is a~2, so the third must not be a~2 too
        while (base if n == 1 else f"{base}~{n}") in used:
            n += 1
        seen[base] = n
        if n > 1:
            rec.key = f"{base}~{n}"
        used.add(rec.key)
        size = len(rec.data) if rec.data is not None else (_size(rec.path) if rec.path else 0)
        if not rec.error and size > max_bytes:
            rec.error, rec.error_type = f"{size:,} bytes is over the {max_bytes:,}-byte limit for one article", "TooLarge"
            rec.data = None
        yield rec


def _size(path: str) -> int:
    try:
        return os.stat(path).st_size
    except OSError:
        return 0


def _walk(root: Path) -> Iterator[Path]:
    if root.is_file():
        yield root
        return
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames.sort()  # a stable order: the same keys in the same order on every run
        for name in sorted(filenames):
            if name.lower().endswith(ARTICLE_SUFFIXES) and not name.startswith("."):
                yield Path(dirpath) / name


def _from_dir(root: Path, fields: Fields) -> Iterator[Record]:
    for f in _walk(root):
        key = f.name if root.is_file() else f.relative_to(root).as_posix()
        yield Record(key=key, id=key, path=str(f))


def _pick(obj: dict, name: str, defaults: tuple[str, ...]):
    if name:
        return obj.get(name)
    return next((obj[k] for k in defaults if obj.get(k) not in (None, "")), None)


def _clean(s: str) -> str:
    """A str that can be written as UTF-8: lone surrogates (from JSON "\\ud800") become escapes."""
    return s.encode("utf-8", "backslashreplace").decode("utf-8")


def _record(obj: dict, place: str, fields: Fields) -> Record:
    rid = obj.get(fields.id)
    rid = "" if rid is None else _clean(str(rid).strip())
    text = _pick(obj, fields.text, TEXT_FIELDS)
    title = _pick(obj, fields.title, TITLE_FIELDS)
    rec = Record(key=rid or place, id=rid, title=_clean(str(title).strip()) if title else "")
    if text is None or (isinstance(text, str) and not text.strip()):
        wanted = fields.text or " / ".join(TEXT_FIELDS)
        rec.error, rec.error_type = f"no article text (field {wanted})", "EmptyInput"
    elif isinstance(text, bytes):
        rec.data = text
    else:
        rec.data = str(text).encode("utf-8", "replace")
    return rec


def _lines(f, cap: int) -> Iterator[tuple[bytes, int]]:
    """(line, its length) for each line of a binary file; a line longer than `cap` comes cut to `cap`,
    the rest read past in chunks, so one huge line costs `cap` bytes of memory, not its size."""
    while line := f.readline(cap + 1):
        size = len(line)
        if size > cap and not line.endswith(b"\n"):
            while (rest := f.readline(1 << 20)) and not rest.endswith(b"\n"):
                size += len(rest)
            size += len(rest)
            line = line[:cap]
        yield line, size


def _from_jsonl(path: Path, fields: Fields, max_bytes: int = MAX_BYTES) -> Iterator[Record]:
    with path.open("rb") as f:
        n = 0
        for line, size in _lines(f, max_bytes * _LINE_SLACK):
            if not line.strip():
                continue
            n += 1
            place = f"line-{n}"
            if size > max_bytes * _LINE_SLACK:  # far over the limit: not even parsed (its id is not read)
                yield Record(key=place, id="", error=f"line {n} is {size:,} bytes, over the limit for one article",
                             error_type="TooLarge")
                continue
            try:
                obj = json.loads(line)
                if not isinstance(obj, dict):
                    raise ValueError("not a JSON object")
                rec = _record(obj, place, fields)
            except Exception as e:  # a bad line (bad JSON, bad UTF-8, nested too deep) is one error, not the end
                yield Record(key=place, id="", error=f"line {n} is not a readable JSON object ({type(e).__name__}: {e})"[:300],
                             error_type="MalformedRecord")
                continue
            yield rec


def _from_csv(path: Path, fields: Fields, max_bytes: int = MAX_BYTES) -> Iterator[Record]:
    csv.field_size_limit(_LINE_SLACK * max_bytes)  # articles are longer than csv's 128 KB default; dumps are refused
    # A bad byte becomes U+FFFD in that row rather than ending the run.
    with path.open(encoding="utf-8-sig", errors="replace", newline="") as f:
        reader = csv.DictReader(f, delimiter="\t" if path.suffix.lower() == ".tsv" else ",")
        n = 0
        while True:
            n += 1
            try:
                row = next(reader)
            except StopIteration:
                return
            except csv.Error as e:
                yield Record(key=f"row-{n}", id="", error=f"row {n}: {e}", error_type="MalformedRecord")
                continue
            yield _record(row, f"row-{n}", fields)


def _from_parquet(path: Path, fields: Fields) -> Iterator[Record]:
    import pyarrow.parquet as pq

    pf = pq.ParquetFile(path)
    n = 0
    for batch in pf.iter_batches(batch_size=256):
        for row in batch.to_pylist():
            n += 1
            yield _record(row, f"row-{n}", fields)

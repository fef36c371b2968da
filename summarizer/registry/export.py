"""The registry as a table: one row per platform (query.EXPORT_COLUMNS), lists as JSON arrays in their
cells, written as CSV, XLSX (openpyxl, the `registry` extra) or Parquet (pyarrow), streamed in row order so
memory stays flat however many platforms there are."""
from __future__ import annotations

import csv
import json
import os
from pathlib import Path
from typing import Iterator

from ..errors import MissingExtra, SummarizerError
from .query import EXPORT_COLUMNS, JSON_COLUMNS, platform_rows

FORMATS = ("csv", "xlsx", "parquet")


def cells(rows: Iterator[dict]) -> Iterator[list]:
    """Rows as flat cells: lists as JSON arrays, None as empty."""
    for r in rows:
        yield [json.dumps(r[c], ensure_ascii=False) if c in JSON_COLUMNS else r[c] for c in EXPORT_COLUMNS]


def export(db, fmt: str, out: str | os.PathLike) -> int:
    """Write every platform to `out` in `fmt`; returns the number of rows. Written to OUT.tmp, then renamed:
    a failed export leaves no half file."""
    if fmt not in FORMATS:
        raise SummarizerError(f"unknown export format {fmt!r} (one of {', '.join(FORMATS)})")
    if fmt == "xlsx":
        try:
            import openpyxl  # noqa: F401
        except ImportError:
            raise MissingExtra("--format xlsx needs openpyxl: pip install -c constraints.txt -e '.[registry]'") from None
    out = Path(out)
    tmp = out.with_name(out.name + ".tmp")
    try:
        n = {"csv": _csv, "xlsx": _xlsx, "parquet": _parquet}[fmt](cells(platform_rows(db)), tmp)
        os.replace(tmp, out)
    finally:
        tmp.unlink(missing_ok=True)
    return n


def _csv(rows: Iterator[list], path: Path) -> int:
    n = 0
    with path.open("w", encoding="utf-8-sig", newline="") as f:  # with a BOM: spreadsheets then read UTF-8
        w = csv.writer(f)
        w.writerow(EXPORT_COLUMNS)
        for r in rows:
            w.writerow(["" if v is None else v for v in r])
            n += 1
    return n


def _xlsx(rows: Iterator[list], path: Path) -> int:
    from openpyxl import Workbook

    wb = Workbook(write_only=True)  # rows go to disk as they come
    ws = wb.create_sheet("platforms")
    ws.append(EXPORT_COLUMNS)
    n = 0
    for r in rows:
        ws.append(r)
        n += 1
    wb.save(path)
    return n


def _parquet(rows: Iterator[list], path: Path) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    ints = {"platform_id", "n_articles"}
    schema = pa.schema([(c, pa.int64() if c in ints else pa.string()) for c in EXPORT_COLUMNS])
    n = 0
    with pq.ParquetWriter(path, schema) as w:
        buf: list[list] = []
        for r in rows:
            buf.append(r)
            n += 1
            if len(buf) == 5000:
                w.write_table(_table(buf, schema))
                buf = []
        if buf or n == 0:
            w.write_table(_table(buf, schema))
    return n


def _table(buf: list[list], schema):
    import pyarrow as pa

    return pa.table({c: [r[i] for r in buf] for i, c in enumerate(schema.names)}, schema=schema)

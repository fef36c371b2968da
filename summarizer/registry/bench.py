"""`summarizer bench registry`: build time and peak RSS of `summarizer registry build` by run size.

Run directories are generated from real-looking briefs: a few generated regional-news articles
(bench.generate_article, written for this project) are briefed once by the embedded engine, then each
generated brief is one of them with its cities (and the fields in its platforms' names) swapped for others of
the same length, consistently in the text, names, partners, figures and English (pinyin), so evidence spans
stay valid and the registry sees many platforms each reported by several articles. Each build runs in a
fresh process (its own peak RSS)."""
from __future__ import annotations

import json
import random
import shutil
import tempfile
import time
from pathlib import Path
from typing import Optional


def seed_briefs(n: int = 24, seed: int = 7) -> list[str]:
    """Briefs (JSON lines) of `n` generated articles, by the embedded engine."""
    from ..bench import generate_article
    from ..pipeline import get_engine

    rng = random.Random(seed)
    engine = get_engine("embedded")
    out = []
    for i in range(n):
        b = engine.brief(generate_article(rng, target_chars=1200), id=f"seed-{i}")
        if b.platforms:
            out.append(b.to_json(indent=None))
    return out


def _swaps(words: list[str]) -> dict[int, list[str]]:
    by_len: dict[int, list[str]] = {}
    for w in words:
        by_len.setdefault(len(w), []).append(w)
    return by_len


def generate_run(out: Path, n: int, seeds: list[str], seed: int = 11) -> Path:
    """A run directory with `n` briefs varied from `seeds`, its input archive (ids, dates, links) and manifest."""
    from pypinyin import lazy_pinyin

    from ..bench import FIELDS, PLACES
    from .places import lexicon

    rng = random.Random(seed)
    cities = sorted({p.city for p in lexicon().places.values() if p.city and p.city.isalpha()})
    city_by_len, field_by_len = _swaps(cities), _swaps(FIELDS)
    pinyin = {c: "".join(lazy_pinyin(c)).capitalize() for c in cities}
    out.mkdir(parents=True, exist_ok=True)
    archive = out / "input.jsonl"
    with (out / "briefs.jsonl").open("w", encoding="utf-8") as bf, archive.open("w", encoding="utf-8") as af:
        for i in range(n):
            line = seeds[i % len(seeds)]
            for c in PLACES:
                if c in line:
                    new = rng.choice(city_by_len.get(len(c), [c]))
                    line = line.replace(c, new).replace(pinyin.get(c, "\0"), pinyin.get(new, c))
            for f in FIELDS:
                if f in line and rng.random() < 0.5:
                    line = line.replace(f, rng.choice(field_by_len[len(f)]))
            obj = json.loads(line)
            obj["id"] = f"art-{i:07d}"
            bf.write(json.dumps(obj, ensure_ascii=False) + "\n")
            date = f"{rng.randint(2019, 2025)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
            af.write(json.dumps({"id": obj["id"], "published": date, "url": f"https://news.example.cn/{i}.html",
                                 "title": obj["title"]["zh"], "text": "…"}, ensure_ascii=False) + "\n")
    manifest = {"job": {"input": str(archive.resolve()), "kind": "brief", "engine": "embedded", "glossary": None,
                        "fields": {"id": "id", "text": "", "title": ""}},
                "started_at": "2026-01-01T00:00:00+00:00", "runs": [], "status": "complete"}
    (out / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    return out


def run_registry_bench(sizes: tuple[int, ...] = (1000, 10000, 100000), json_out: Optional[str] = None,
                       workdir: Optional[str] = None) -> dict:
    import shutil as _sh

    exe = _sh.which("summarizer")
    if exe is None:
        from ..errors import SummarizerError

        raise SummarizerError("the `summarizer` command is not on PATH (activate the virtual environment)")
    t = time.perf_counter()
    seeds = seed_briefs()
    print(f"{len(seeds)} seed briefs in {time.perf_counter() - t:.1f} s", flush=True)
    results = []
    base = Path(tempfile.mkdtemp(prefix="registry-bench-", dir=workdir))
    try:
        for n in sizes:
            run = generate_run(base / f"run-{n}", n, seeds)
            size_mb = (run / "briefs.jsonl").stat().st_size / 1e6
            seconds, cpu, rss, code = _child_run([exe, "registry", "build", str(run), "--no-progress"])
            db = run / "registry.sqlite"
            platforms = _count(db, "platforms")
            mentions = _count(db, "mentions")
            r = {"briefs": n, "briefs_mb": round(size_mb, 1), "seconds": round(seconds, 1), "cpu_seconds": round(cpu, 1),
                 "briefs_per_s": round(n / seconds), "cpu_ms_per_brief": round(1000 * cpu / n, 2),
                 "peak_rss_mb": round(rss), "exit": code,
                 "platforms": platforms, "mentions": mentions, "db_mb": round(db.stat().st_size / 1e6, 1)}
            # a second build of the same run: nothing to add (idempotent), and how long the check takes
            s2, _, _, _ = _child_run([exe, "registry", "build", str(run), "--no-progress"])
            r.update(rebuild_seconds=round(s2, 1), rebuild_platforms=_count(db, "platforms"))
            results.append(r)
            print(f"{n:>7} briefs ({size_mb:.0f} MB): {seconds:7.1f} s (CPU {cpu:.1f} s, {1000 * cpu / n:.2f} ms/brief)  "
                  f"{n / seconds:6.0f} briefs/s  peak RSS "
                  f"{rss:4.0f} MB  {platforms} platforms, {mentions} mentions, DB {r['db_mb']} MB  "
                  f"(again: {s2:.1f} s, {r['rebuild_platforms']} platforms)", flush=True)
            shutil.rmtree(run)
    finally:
        shutil.rmtree(base, ignore_errors=True)
    if len(results) > 1:
        a, b = results[0], results[-1]
        print(f"{a['briefs']} → {b['briefs']} briefs: time ×{b['seconds'] / a['seconds']:.1f}, CPU "
              f"×{b['cpu_seconds'] / max(a['cpu_seconds'], 0.01):.1f} "
              f"(size ×{b['briefs'] / a['briefs']:.0f}), peak RSS {a['peak_rss_mb']} → {b['peak_rss_mb']} MB")
    if json_out:
        Path(json_out).write_text(json.dumps(results, indent=2), encoding="utf-8")
    return {"runs": results}


def _child_run(cmd: list[str]) -> tuple[float, float, float, int]:
    """(wall seconds, CPU seconds, peak RSS in MB, exit code) of one command."""
    import subprocess
    import sys

    from ..bench import _MEASURE

    out = subprocess.run([sys.executable, "-c", _MEASURE, *cmd], capture_output=True, text=True).stdout
    wall, kb, code, cpu = out.split()
    return float(wall), float(cpu), int(kb) / 1024, int(code)


def _count(db: Path, table: str) -> int:
    import sqlite3

    with sqlite3.connect(db) as c:
        return c.execute(f"SELECT count(*) FROM {table}").fetchone()[0]

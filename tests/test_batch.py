"""Archive runs: every format, bad records reported not fatal, exactly-once across SIGKILL, Ray = local."""
import errno
import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from summarizer.archives.records import Fields, iter_records
from summarizer.archives.runs import JobSpec, run
from summarizer.bench import generate_article

CLI = [sys.executable, "-m", "summarizer.cli"]


def _articles(n, seed=3, chars=(600, 1200)):
    rng = random.Random(seed)
    return [generate_article(rng, rng.randint(*chars)) for _ in range(n)]


def _bad_jsonl(path: Path, n_good: int) -> set[str]:
    """An archive with good articles and every kind of bad record; returns the keys a run must account for."""
    lines = [json.dumps({"id": f"g{i}", "text": t}, ensure_ascii=False) for i, t in enumerate(_articles(n_good))]
    lines += ['{"id": "torn', json.dumps({"id": "empty", "text": "  \n "}),
              json.dumps({"id": "huge", "text": "湘江实验室揭牌。" * 300_000}, ensure_ascii=False),  # ~7 MB
              json.dumps({"id": "g1", "text": "重复编号的另一篇文章，江州智能计算中心今日启用。"}, ensure_ascii=False),
              json.dumps({"id": "notext", "title": "只有标题"}, ensure_ascii=False)]
    lines.insert(n_good // 2, json.dumps({"id": "nan", "text": "\x00\x01\x02" * 50}))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return {r.key for r in iter_records(path)}


def _keys(path: Path) -> list[str]:
    if not path.exists():
        return []
    return [json.loads(line)["id"] for line in path.read_text(encoding="utf-8").splitlines()]


def test_bad_records_are_reported_and_the_run_goes_on(tmp_path):
    arch = tmp_path / "a.jsonl"
    keys = _bad_jsonl(arch, 6)
    res = run(arch, tmp_path / "out", JobSpec(), workers=1, progress=False)
    ok, errs = _keys(tmp_path / "out" / "briefs.jsonl"), _keys(tmp_path / "out" / "errors.jsonl")
    assert sorted(ok + errs) == sorted(keys) and not set(ok) & set(errs)
    by_key = {json.loads(x)["id"]: json.loads(x) for x in (tmp_path / "out" / "errors.jsonl").read_text().splitlines()}
    assert by_key["huge"]["error_type"] == "TooLarge" and by_key["empty"]["error_type"] == "EmptyInput"
    assert by_key["nan"]["error_type"] == "BinaryInput" and by_key["line-8"]["error_type"] == "MalformedRecord"
    assert "g1~2" in ok  # a repeated id is kept, under its own key
    assert not res.ok and res.failed == len(errs)
    manifest = json.loads((tmp_path / "out" / "manifest.json").read_text())
    assert manifest["status"] == "complete" and manifest["counts"] == {"results": len(ok), "failed": len(errs)}


def test_directory_csv_and_parquet_inputs(tmp_path):
    texts = _articles(3)
    d = tmp_path / "dir" / "sub"
    d.mkdir(parents=True)
    (d / "a.txt").write_bytes(texts[0].encode("gb18030"))
    (d / "b.html").write_text(f"<html><body><h1>标题</h1><p>{texts[1]}</p></body></html>", encoding="utf-8")
    (d / "c.md").write_bytes(texts[2].encode("big5", errors="ignore"))
    (d / "skip.png").write_bytes(b"\x89PNG....")
    res = run(tmp_path / "dir", tmp_path / "o1", JobSpec(), progress=False)
    assert sorted(_keys(tmp_path / "o1" / "briefs.jsonl")) == ["sub/a.txt", "sub/b.html", "sub/c.md"] and res.ok

    import csv

    import pyarrow as pa
    import pyarrow.parquet as pq

    with open(tmp_path / "a.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["doc", "headline", "body"])
        for i, t in enumerate(texts):
            w.writerow([f"d{i}", "某地创新平台建设提速", t])
    fields = Fields(id="doc", text="body", title="headline")
    run(tmp_path / "a.csv", tmp_path / "o2", JobSpec(), fields=fields, progress=False)
    briefs = [json.loads(x) for x in (tmp_path / "o2" / "briefs.jsonl").read_text().splitlines()]
    assert [b["id"] for b in briefs] == ["d0", "d1", "d2"] and briefs[0]["title"]["zh"] == "某地创新平台建设提速"

    pq.write_table(pa.table({"doc": ["p0", "p1"], "body": texts[:2]}), tmp_path / "a.parquet")
    run(tmp_path / "a.parquet", tmp_path / "o3", JobSpec(), fields=Fields(id="doc", text="body"), progress=False)
    assert _keys(tmp_path / "o3" / "briefs.jsonl") == ["p0", "p1"]


def test_sigkill_midway_then_rerun_covers_every_id_exactly_once(tmp_path):
    arch = tmp_path / "a.jsonl"
    keys = _bad_jsonl(arch, 300)
    out = tmp_path / "out"
    cmd = CLI + ["batch", str(arch), "--out", str(out), "--workers", "2", "--no-progress"]
    p = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    briefs = out / "briefs.jsonl"
    deadline = time.time() + 240
    while time.time() < deadline and (not briefs.exists() or briefs.stat().st_size < 400_000):
        time.sleep(0.2)
    os.killpg(p.pid, signal.SIGKILL)  # the run and its workers, mid-write perhaps
    p.wait()
    first = len(_keys_lenient(briefs))
    assert 0 < first < len(keys), "the run must be killed midway"
    q = subprocess.run(cmd, capture_output=True, text=True, timeout=600)
    assert q.returncode == 1, q.stderr  # some records are bad: not everything succeeded
    lines = briefs.read_text(encoding="utf-8").splitlines() + (out / "errors.jsonl").read_text(encoding="utf-8").splitlines()
    got = [json.loads(x)["id"] for x in lines]  # every line parses
    assert sorted(got) == sorted(keys)  # every id exactly once, in one file or the other
    assert json.loads((out / "manifest.json").read_text())["status"] == "complete"


def _keys_lenient(path: Path) -> list[str]:
    out = []
    for line in path.read_bytes().split(b"\n"):
        try:
            out.append(json.loads(line)["id"])
        except ValueError:
            pass
    return out


def test_translate_writes_sentence_pairs_and_markdown(tmp_path):
    arch = tmp_path / "a.jsonl"
    arch.write_text(json.dumps({"id": "t1", "text": "江州智能计算中心启用\n江州智能计算中心今日启用。总投资12亿元。"},
                               ensure_ascii=False) + "\n", encoding="utf-8")
    p = subprocess.run(CLI + ["translate", str(arch), "--out", str(tmp_path / "o"), "--markdown", "--no-progress"],
                       capture_output=True, text=True, timeout=300)
    assert p.returncode == 0, p.stderr
    (rec,) = [json.loads(x) for x in (tmp_path / "o" / "translations.jsonl").read_text().splitlines()]
    assert [s["zh"] for s in rec["sentences"]] == ["江州智能计算中心今日启用。", "总投资12亿元。"]
    assert "1.2 billion yuan" in rec["en"] and rec["meta"]["translator"] == "glossary" and "note" in rec["meta"]
    (md,) = (tmp_path / "o" / "markdown").glob("t1-*.md")
    assert md.read_text(encoding="utf-8").count("|") > 6


def test_a_run_directory_of_another_job_is_refused(tmp_path):
    a, b = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    for f in (a, b):
        f.write_text(json.dumps({"id": "x", "text": "江州智能计算中心今日启用。"}, ensure_ascii=False) + "\n", encoding="utf-8")
    run(a, tmp_path / "o", JobSpec(), progress=False)
    p = subprocess.run(CLI + ["batch", str(b), "--out", str(tmp_path / "o")], capture_output=True, text=True, timeout=120)
    assert p.returncode == 2 and "another job" in p.stderr
    assert subprocess.run(CLI + ["batch", str(b), "--out", str(tmp_path / "o"), "--force", "--no-progress"],
                          capture_output=True, timeout=120).returncode == 0


def test_ray_backend_gives_the_same_briefs_as_local(tmp_path):
    ray = pytest.importorskip("ray", reason="the ray extra is not installed")
    arch = tmp_path / "a.jsonl"
    _bad_jsonl(arch, 5)
    run(arch, tmp_path / "local", JobSpec(), progress=False)
    try:
        run(arch, tmp_path / "ray", JobSpec(), workers=2, backend="ray", progress=False)  # a local Ray instance
    finally:
        ray.shutdown()

    def load(d):
        return {json.loads(x)["id"]: json.loads(x) for x in (tmp_path / d / "briefs.jsonl").read_text().splitlines()}

    assert load("local") == load("ray")
    assert sorted(_keys(tmp_path / "local" / "errors.jsonl")) == sorted(_keys(tmp_path / "ray" / "errors.jsonl"))


def test_awkward_records_never_stop_a_run_and_keys_stay_unique(tmp_path):
    t = "江州智能计算中心今日正式启用，总投资12亿元。"
    lines = [json.dumps({"id": "a", "text": t}, ensure_ascii=False), json.dumps({"id": "a", "text": t}, ensure_ascii=False),
             json.dumps({"id": "a~2", "text": t}, ensure_ascii=False),
             '{"id": "\\ud800", "text": "' + t + '"}',  # a lone surrogate in the id
             "[" * 100_000 + "]" * 100_000,  # nested too deep for the JSON parser
             json.dumps({"id": "last", "text": t}, ensure_ascii=False)]
    arch = tmp_path / "a.jsonl"
    arch.write_text("\n".join(lines) + "\n", encoding="utf-8")
    run(arch, tmp_path / "o", JobSpec(), progress=False)
    keys = _keys(tmp_path / "o" / "briefs.jsonl") + _keys(tmp_path / "o" / "errors.jsonl")
    assert len(keys) == len(set(keys)) == 6 and {"a", "a~2", "a~2~2", "last", "line-5"} <= set(keys), keys
    assert json.loads((tmp_path / "o" / "manifest.json").read_text())["status"] == "complete"


def test_two_runs_cannot_share_a_run_directory(tmp_path):
    from summarizer.archives.runs import RunDir
    from summarizer.errors import SummarizerError

    first = RunDir(tmp_path / "o", "brief")
    first.prepare(False, {"job": 1})
    with pytest.raises(SummarizerError, match="in use"):
        RunDir(tmp_path / "o", "brief").prepare(False, {"job": 1})
    first.release()


# ---- environment errors and untrustworthy run directories ---------------------------------------------
def _small_archive(path: Path, n: int) -> set[str]:
    path.write_text("\n".join(json.dumps({"id": f"r{i}", "text": t}, ensure_ascii=False)
                              for i, t in enumerate(_articles(n, seed=11, chars=(200, 400)))) + "\n", encoding="utf-8")
    return {f"r{i}" for i in range(n)}


def _all_keys(out: Path, results: str = "briefs.jsonl") -> list[str]:
    return _keys(out / results) + _keys(out / "errors.jsonl")


@pytest.mark.parametrize("err", [errno.ENOSPC, errno.EACCES, errno.EROFS])
def test_a_write_that_fails_stops_the_run_and_a_rerun_finishes_exactly_once(tmp_path, monkeypatch, err):
    """The disk fills (or turns read-only) midway, in the middle of a line: the run stops with one message,
    the manifest says so, nothing is recorded as a record's failure, and the same command finishes."""
    from summarizer.archives.runs import _Writer
    from summarizer.errors import EnvironmentFault

    keys = _small_archive(tmp_path / "a.jsonl", 8)
    real_write, calls = _Writer.write, []

    def failing_write(self, status, line):
        calls.append(line)
        if len(calls) == 4:  # half the line reaches the disk, then the disk refuses
            f = self.files[status]
            f.write(line.encode("utf-8")[: len(line) // 2])
            f.flush()
            raise OSError(err, os.strerror(err), str(tmp_path / "out" / "briefs.jsonl"))
        real_write(self, status, line)

    monkeypatch.setattr(_Writer, "write", failing_write)
    with pytest.raises(EnvironmentFault, match="stopped: .*run the same command again"):
        run(tmp_path / "a.jsonl", tmp_path / "out", JobSpec(), progress=False)
    manifest = json.loads((tmp_path / "out" / "manifest.json").read_text())
    assert manifest["status"] == "stopped" and os.strerror(err) in manifest["error"]
    assert not (tmp_path / "out" / "errors.jsonl").read_text()  # the machine's fault is no record's failure

    monkeypatch.setattr(_Writer, "write", real_write)
    res = run(tmp_path / "a.jsonl", tmp_path / "out", JobSpec(), progress=False)
    assert res.ok and res.skipped == 3
    assert sorted(_all_keys(tmp_path / "out")) == sorted(keys)  # the torn line was cut and redone, once
    assert json.loads((tmp_path / "out" / "manifest.json").read_text())["status"] == "complete"


def test_markdown_that_cannot_be_written_is_not_a_failed_translation(tmp_path, monkeypatch):
    """translate --markdown into a directory that turned read-only: the run stops, no translation goes to
    errors.jsonl, and once the directory is writable again the rerun writes every one."""
    import summarizer.archives.runs as batch
    from summarizer.errors import EnvironmentFault

    keys = _small_archive(tmp_path / "a.jsonl", 6)
    real, calls = batch._write_markdown, []

    def read_only(folder, key, out):
        calls.append(key)
        if len(calls) > 2:
            raise PermissionError(errno.EACCES, "Permission denied", str(folder / key))
        real(folder, key, out)

    monkeypatch.setattr(batch, "_write_markdown", read_only)
    spec = JobSpec("translate", markdown_dir=str(tmp_path / "out" / "markdown"))
    with pytest.raises(EnvironmentFault, match="Permission denied"):
        run(tmp_path / "a.jsonl", tmp_path / "out", spec, progress=False)
    assert not (tmp_path / "out" / "errors.jsonl").read_text()
    monkeypatch.setattr(batch, "_write_markdown", real)
    assert run(tmp_path / "a.jsonl", tmp_path / "out", spec, progress=False).ok
    assert sorted(_all_keys(tmp_path / "out", "translations.jsonl")) == sorted(keys)
    assert len(list((tmp_path / "out" / "markdown").glob("*.md"))) == len(keys)


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only directories; the tests above inject the error")
def test_a_read_only_run_directory_is_one_line(tmp_path):
    _small_archive(tmp_path / "a.jsonl", 2)
    (tmp_path / "out").mkdir()
    (tmp_path / "out").chmod(0o500)
    try:
        p = subprocess.run(CLI + ["batch", str(tmp_path / "a.jsonl"), "--out", str(tmp_path / "out"), "--no-progress"],
                           capture_output=True, text=True, timeout=300)
    finally:
        (tmp_path / "out").chmod(0o700)
    assert p.returncode == 2 and p.stderr.count("\n") == 1 and p.stderr.startswith("error: ")


def test_the_cli_stops_on_an_environment_error_with_one_line(tmp_path):
    """The same through the command line: exit 2, one line, no traceback."""
    keys = _small_archive(tmp_path / "a.jsonl", 4)
    inject = ("import errno, sys, summarizer.archives.runs as b\n"
              "def boom(self, status, line): raise OSError(errno.ENOSPC, 'No space left on device')\n"
              "b._Writer.write = boom\n"
              "from summarizer.cli import main\n"
              "sys.argv = ['summarizer'] + sys.argv[1:]\n"
              "main()\n")
    args = ["batch", str(tmp_path / "a.jsonl"), "--out", str(tmp_path / "out"), "--no-progress"]
    p = subprocess.run([sys.executable, "-c", inject] + args, capture_output=True, text=True, timeout=300)
    assert p.returncode == 2, p.stderr
    assert p.stderr.startswith("error: stopped: No space left on device") and p.stderr.count("\n") == 1, p.stderr
    q = subprocess.run(CLI + args, capture_output=True, text=True, timeout=300)
    assert q.returncode == 0, q.stderr
    assert sorted(_all_keys(tmp_path / "out")) == sorted(keys)


@pytest.mark.parametrize("manifest", [None, "[1, 2]", '{"job": "x"}', "{not json", ""])
def test_a_run_directory_without_a_trustworthy_manifest_is_refused(tmp_path, manifest):
    keys = _small_archive(tmp_path / "a.jsonl", 2)
    out = tmp_path / "out"
    out.mkdir()
    (out / "briefs.jsonl").write_text(json.dumps({"id": "other"}) + "\n", encoding="utf-8")
    if manifest is not None:
        (out / "manifest.json").write_text(manifest, encoding="utf-8")
    args = ["batch", str(tmp_path / "a.jsonl"), "--out", str(out), "--no-progress"]
    p = subprocess.run(CLI + args, capture_output=True, text=True, timeout=300)
    assert p.returncode == 2 and p.stderr.count("\n") == 1 and "--force" in p.stderr, p.stderr
    assert _keys(out / "briefs.jsonl") == ["other"]  # untouched
    q = subprocess.run(CLI + args + ["--force"], capture_output=True, text=True, timeout=300)
    assert q.returncode == 0, q.stderr
    assert sorted(_all_keys(out)) == sorted(keys)


def test_an_error_inside_the_engine_that_is_the_machines_stops_the_run(tmp_path):
    """An OSError from inside the per-record work (a model file that vanished, a full disk under a cache)
    is the machine's: the Processor says "fatal", never writes it as the record's failure."""
    from summarizer.archives.records import Record
    from summarizer.archives.runs import Processor

    class Broken:
        def brief(self, source, id=""):
            raise OSError(errno.EIO, "Input/output error")

    key, status, line = Processor(JobSpec(), engine=Broken())(Record(key="k", id="k", data="江州".encode()))
    assert status == "fatal" and "Input/output error" in line


def test_translate_names_platforms_and_partners_as_the_brief_does(tmp_path):
    from summarizer import EmbeddedEngine

    src = (Path(__file__).parent.parent / "examples" / "sample_article.txt").read_text(encoding="utf-8")
    (tmp_path / "a.jsonl").write_text(json.dumps({"id": "s", "text": src}, ensure_ascii=False) + "\n", encoding="utf-8")
    run(tmp_path / "a.jsonl", tmp_path / "o", JobSpec("translate"), progress=False)
    (rec,) = [json.loads(x) for x in (tmp_path / "o" / "translations.jsonl").read_text(encoding="utf-8").splitlines()]
    b = EmbeddedEngine().brief(src.encode("utf-8"))
    names = [x for p in b.platforms for x in [p.name, *p.partners]]
    assert len(names) >= 5
    assert [x.zh for x in names if x.en not in rec["en"]] == []


def test_the_runs_byte_limit_reaches_the_engine_and_stays_in_the_run(tmp_path, monkeypatch):
    """--max-bytes above the default lets a record through to the engine too; after the run the process's
    own limit is what it was."""
    from summarizer.text.decode import max_bytes

    monkeypatch.setenv("SUMMARIZER_MAX_BYTES", "300")
    keys = _small_archive(tmp_path / "a.jsonl", 2)  # records of 600–1200 bytes
    assert run(tmp_path / "a.jsonl", tmp_path / "o", JobSpec(), max_bytes=5000, progress=False).ok
    assert sorted(_keys(tmp_path / "o" / "briefs.jsonl")) == sorted(keys)
    assert max_bytes() == 300

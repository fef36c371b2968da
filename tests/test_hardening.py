"""Every command ends in one line on stderr and a documented exit code, for any input or environment we
can foresee: oversized or endless input, pipes, a full disk, missing extras, broken data files, a model
whose pickle holds code. (Exit codes: 0 done, 1 some records failed, 2 refused, 3 internal error.)"""
import json
import os
import subprocess
import sys
import threading

import pytest
from conftest import FIXTURES, SHARED

CLI = [sys.executable, "-m", "summarizer.cli"]
ARTICLE = (FIXTURES / "one_platform.txt").read_bytes()


def cli(*args, input=None, timeout=120, pre=""):
    """Run the CLI; `pre` is Python run first in the same process (to take a module away, say)."""
    cmd = [sys.executable, "-c", pre + "\nimport sys\nfrom summarizer.cli import main\nsys.argv = ['summarizer'] + "
           "sys.argv[1:]\nmain()\n", *args] if pre else CLI + list(args)
    return subprocess.run(cmd, input=input, capture_output=True, timeout=timeout)


def one_line(r, code: int = 2) -> str:
    err = r.stderr.decode("utf-8", "replace")
    assert r.returncode == code, err
    assert err.startswith("error: ") and err.count("\n") == 1 and "Traceback" not in err, err
    return err


def test_an_oversized_file_is_refused_before_the_engine_loads(tmp_path):
    p = tmp_path / "big.txt"
    p.write_bytes(ARTICLE * (2_300_000 // len(ARTICLE) + 1))
    # No engine can be built: a refusal that came after building one would be an internal error (exit 3).
    err = one_line(cli("brief", str(p), pre="import summarizer.pipeline as p; p.get_engine = None"))
    assert "at most 2,000,000 bytes" in err
    small = FIXTURES / "one_platform.txt"
    assert "at most 100 bytes" in one_line(cli("brief", str(small), "--max-bytes", "100"))
    # --max-bytes above the configured limit lets an article through, up to the engine.
    env = {**os.environ, "SUMMARIZER_MAX_BYTES": "100"}
    assert subprocess.run(CLI + ["brief", str(small)], env=env, capture_output=True, timeout=120).returncode == 2
    assert subprocess.run(CLI + ["brief", str(small), "--max-bytes", "100000"], env=env, capture_output=True,
                          timeout=120).returncode == 0


def test_endless_standard_input_is_refused_after_the_limit():
    with open("/dev/zero", "rb") as zero:
        r = subprocess.run(CLI + ["brief", "-"], stdin=zero, capture_output=True, timeout=120)
    assert "standard input holds more than 2,000,000 bytes" in one_line(r)


def test_a_pipe_or_a_device_is_read_not_called_missing(tmp_path):
    fifo = tmp_path / "article"
    os.mkfifo(fifo)
    writer = threading.Thread(target=lambda: fifo.write_bytes(ARTICLE))
    writer.start()
    r = cli("brief", str(fifo))
    writer.join()
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["id"] == "article"
    assert "/dev/zero holds more than" in one_line(cli("brief", "/dev/zero"))
    assert "is a directory" in one_line(cli("brief", str(tmp_path)))


@pytest.mark.parametrize("data,expect", [
    ("。。。！！\n？？……\n".encode("utf-8"), "no words"),
    (b"\xff\xfe" + ARTICLE, "byte-order mark"),
])
def test_text_that_is_not_an_article_is_one_line(tmp_path, data, expect):
    p = tmp_path / "a.txt"
    p.write_bytes(data)
    assert expect in one_line(cli("brief", str(p)))


def test_a_broken_yaml_glossary_is_one_line(tmp_path):
    g = tmp_path / "g.yaml"
    g.write_text("湘江实验室: [Xiangjiang\n  拓维信息: {en: Talkweb\n", encoding="utf-8")
    assert "glossary" in one_line(cli("brief", str(FIXTURES / "one_platform.txt"), "--glossary", str(g)))


@pytest.mark.parametrize("args,extra,missing", [
    (["eval", "--refs", "eval/data/references.jsonl"], "eval", ("rouge_score", "sacrebleu", "sumy", "jieba")),
    (["bench", "translate"], "seq2seq", ("torch", "transformers", "ctranslate2", "sentencepiece")),
    (["models", "convert", "some/model", "out"], "seq2seq", ("torch", "transformers", "ctranslate2", "sentencepiece")),
])
def test_a_missing_extra_is_one_line_naming_the_install(args, extra, missing):
    """As on the main install (`pip install -e .`): the extra's modules are not there."""
    take_away = "import sys\n" + "".join(f"sys.modules[{m!r}] = None\n" for m in missing)
    err = one_line(cli(*args, pre=take_away))
    assert f"pip install -c constraints.txt -e '.[{extra}]'" in err


def test_a_full_disk_and_a_closed_pipe(tmp_path):
    with open("/dev/full", "wb") as full:
        r = subprocess.run(CLI + ["brief", str(FIXTURES / "one_platform.txt")], stdout=full, capture_output=False,
                           stderr=subprocess.PIPE, timeout=120)
    assert "No space left on device" in one_line(r)
    p = subprocess.run(" ".join(CLI) + f" brief {FIXTURES / 'one_platform.txt'} | head -c 1", shell=True,
                       capture_output=True, timeout=120)
    assert p.stderr == b""


def test_a_bug_inside_the_engine_is_one_line_with_exit_code_3():
    boom = ("import summarizer.pipeline as p\n"
            "def find(self, doc): raise KeyError('surprise')\n"
            "p.PlatformFinder.find = find\n")
    err = one_line(cli("brief", str(FIXTURES / "one_platform.txt"), pre=boom), code=3)
    assert "KeyError" in err


def test_a_bug_outside_the_engine_is_one_line_with_exit_code_3():
    boom = ("import summarizer.pipeline as p\n"
            "def brief(self, source, id=''): raise KeyError('surprise')\n"
            "p.EmbeddedEngine.brief = brief\n")
    err = one_line(cli("brief", str(FIXTURES / "one_platform.txt"), pre=boom), code=3)
    assert "internal error (KeyError" in err and "SUMMARIZER_DEBUG=1" in err


# ---- models: safetensors first, and a pickle that holds code is never loaded ------------------------------
@pytest.fixture(scope="module")
def models(tmp_path_factory):
    """A tiny Marian three ways: safetensors beside a pickle that would run code; that pickle alone; the
    weights as a plain pickle of tensors (which loads)."""
    torch = pytest.importorskip("torch", reason="the seq2seq extra is not installed")
    from safetensors.torch import load_file

    from summarizer.generation.tiny import build_marian

    root = tmp_path_factory.mktemp("models")
    good = root / "both"
    build_marian(good, ["江州智能计算中心今日正式启用。"] * 8, ["Jiangzhou center opens."] * 8)
    evil = {"x": _Evil()}
    torch.save(evil, good / "pytorch_model.bin")  # never read while model.safetensors is there
    plain, bad = root / "plain", root / "bad"
    for d in (plain, bad):
        d.mkdir()
        for f in good.iterdir():
            if f.suffix != ".safetensors" and f.name != "pytorch_model.bin":
                (d / f.name).write_bytes(f.read_bytes())
    torch.save(load_file(good / "model.safetensors"), plain / "pytorch_model.bin")
    torch.save(evil, bad / "pytorch_model.bin")
    return {"both": good, "plain": plain, "bad": bad}


class _Evil:
    def __reduce__(self):
        return (print, ("UNSAFE PICKLE RAN",))


def test_a_pickle_that_holds_code_is_one_line_and_never_runs(models, tmp_path):
    for args in (["models", "convert", str(models["bad"]), str(tmp_path / "ct2")],
                 ["brief", str(FIXTURES / "one_platform.txt"), "--engine", "seq2seq", "--translator-model", str(models["bad"])]):
        r = cli(*args, timeout=300)
        err = one_line(r)
        assert "holds more than weights" in err and "weights_only" not in err and "trust_remote_code" not in err
        assert b"UNSAFE PICKLE RAN" not in r.stdout + r.stderr


def test_safetensors_are_preferred_and_a_plain_pickle_loads(models):
    for name in ("both", "plain"):
        r = cli("brief", str(FIXTURES / "one_platform.txt"), "--engine", "seq2seq", "--translator-model",
                str(models[name]), timeout=300)
        assert r.returncode == 0, r.stderr
        assert b"UNSAFE PICKLE RAN" not in r.stdout + r.stderr and r.stderr == b"", r.stderr


@pytest.mark.parametrize("args", [["brief"], ["brief", "--format", "xml", "a.txt"], ["nosuch"], ["batch", "x.jsonl"]])
def test_a_usage_error_is_one_line(args):
    assert "--help shows the usage" in one_line(cli(*args))


def test_help_is_help():
    for args in ([], ["models"], ["brief", "--help"]):
        r = cli(*args)
        assert r.returncode == 0 and r.stdout.startswith(b"Usage: ") and r.stderr == b""


REAL = [SHARED / "corpus" / "real_briefs_dev.jsonl", SHARED / "corpus" / "real_briefs_train.jsonl"]


@pytest.mark.skipif(not all(p.exists() for p in REAL), reason="../shared/corpus is not beside this checkout")
def test_no_field_of_a_real_article_is_lost_to_a_caught_failure(engine):
    """brief() turns a bug in a field's or the English's code into a warning and goes on (no article is lost);
    on the 94 real articles no such warning may stand, or a bug is hiding behind the safety net (a TypeError in
    the goal grammar once cost one article all its English, seen only as a dip in cross-validation)."""
    from summarizer.errors import CAUGHT_FAILURES

    caught = []
    for path in REAL:
        for line in path.read_text(encoding="utf-8").splitlines():
            r = json.loads(line)
            b = engine.brief(r["article"], id=r["id"])
            caught += [(r["id"], w) for w in b.meta.warnings if any(f in w for f in CAUGHT_FAILURES)]
    assert not caught, caught

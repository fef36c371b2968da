"""The README's sample output is what the command prints (a sample that drifted from the output misleads)."""
import json
import re
import subprocess
import sys

from conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")
CLI = [sys.executable, "-m", "summarizer.cli", "brief", str(ROOT / "examples" / "sample_short.txt")]
SECTION = README[README.index("## Sample output"):README.index("## Architecture")]


def _block(lang: str) -> str:
    return re.search(rf"```{lang}\n(.*?)\n```", SECTION, re.S).group(1)


def _matches(sample, real, where="brief") -> None:
    """Every value in the sample equals the real one, except "…" (left out); a list in the sample holds
    some of the real items, in order, with "…" where the rest stood; an object shows every key."""
    if sample == "…":
        return
    if isinstance(sample, dict):
        assert isinstance(real, dict) and set(sample) == set(real), (where, set(sample) ^ set(real))
        for k in sample:
            _matches(sample[k], real[k], f"{where}.{k}")
    elif isinstance(sample, list):
        assert isinstance(real, list), where
        shown = [x for x in sample if x != "…"]
        if len(shown) == len(sample):
            assert len(shown) == len(real), where
        items = iter(real)
        for i, x in enumerate(shown):
            assert any(_same(x, y) for y in items), f"{where}[{i}] is not in the output, in this order"
    else:
        assert sample == real, (where, sample, real)


def _same(sample, real) -> bool:
    try:
        _matches(sample, real)
        return True
    except AssertionError:
        return False


def test_the_json_sample_is_the_real_output():
    real = json.loads(subprocess.run(CLI, capture_output=True, check=True, timeout=120).stdout)
    _matches(json.loads(_block("json")), real)


def test_the_markdown_sample_is_the_real_output():
    real = subprocess.run(CLI + ["--format", "md"], capture_output=True, check=True, timeout=120).stdout.decode("utf-8")
    assert _block("markdown") in real

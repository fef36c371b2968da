"""`summarizer eval`: any references file in the documented format, bad lines reported, corpora optional."""
import json
import subprocess
import sys

import pytest
from conftest import ROOT, SHARED

from summarizer.eval.harness import load_references

CLI = [sys.executable, "-m", "summarizer.cli"]


def _run(*args, cwd=ROOT):
    return subprocess.run(CLI + list(args), capture_output=True, text=True, cwd=cwd, timeout=300)


def test_shipped_references_all_validate():
    refs, errors = load_references(ROOT / "eval" / "data" / "references.jsonl")
    assert not errors and len(refs) >= 15
    assert sum(len(r.platforms) > 1 for _, _, r in refs) >= 5


def test_an_unseen_references_file_is_scored(tmp_path):
    ref = {"title": {"zh": "江州智能计算中心启用"},
           "summary": {"zh": "江州智能计算中心今日启用，由江州大学与华为共建，算力规模300P。"},
           "platforms": [{"name": {"zh": "江州智能计算中心", "en": "Jiangzhou Intelligent Computing Center"},
                          "goal": {"zh": "为本地企业提供普惠算力服务"},
                          "scale": [{"zh": "算力规模达到300P", "value": 300, "unit": "P"}],
                          "partners": [{"zh": "江州大学", "en": "Jiangzhou University"}, {"zh": "华为", "en": "Huawei"}]}]}
    lines = [json.dumps({"id": "a1", "article": "江州智能计算中心启用\n江州智能计算中心今日正式启用，由江州大学与华为共建，"
                         "将为本地企业提供普惠算力服务，算力规模达到300P。", "reference": ref}, ensure_ascii=False),
             "{not json",
             json.dumps({"id": "a3", "article": "一篇文章。", "reference": {"platforms": [{"nme": {}}]}})]
    f = tmp_path / "refs.jsonl"
    f.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "report.json"
    p = _run("eval", "--refs", str(f), "--report", str(out))
    assert p.returncode == 0, p.stderr
    assert "platform_f1" in p.stdout and "error: line 2" in p.stdout and "a3: reference is not a Brief" in p.stdout
    report = json.loads(out.read_text(encoding="utf-8"))["references"]
    (art,) = report["articles"]
    assert art["id"] == "a1" and art["scores"]["platform_f1"] == 1.0 and art["scores"]["scale_recall"] == 1.0
    # --limit: the first N usable records of each references file
    p = _run("eval", "--refs", str(f), "--limit", "1", "--report", str(out))
    assert p.returncode == 0, p.stderr
    assert json.loads(out.read_text(encoding="utf-8"))["references"]["n_articles"] == 1


def test_missing_corpus_is_skipped_with_a_message(tmp_path):
    p = _run("eval", "--summaries", str(tmp_path / "absent.jsonl"), "--translations", str(tmp_path / "absent2.jsonl"))
    assert p.returncode == 0 and "skipped --summaries" in p.stderr and "skipped --translations" in p.stderr


def test_nothing_to_evaluate_is_an_error():
    p = _run("eval")
    assert p.returncode == 2 and p.stderr.startswith("error:")


@pytest.mark.skipif(not (SHARED / "corpus" / "news_summ.jsonl").exists(), reason="../shared/corpus is not beside this checkout")
def test_summaries_side_by_side_with_baselines():
    p = _run("eval", "--summaries", str(SHARED / "corpus" / "news_summ.jsonl"), "--id-prefix", "cltsplus-", "--limit", "3")
    assert p.returncode == 0, p.stderr
    rows = {line.split()[0] for line in p.stdout.splitlines()[2:]}
    assert {"ours", "lead", "textrank"} <= rows

"""eval.clauses: the goal grammar on real sentences with references (a tiny fixture written for this test)."""
import pytest
from conftest import ROOT

from summarizer.eval import clauses as C

pytest.importorskip("sacrebleu")
PAIRS = ROOT / "tests" / "fixtures" / "clause_pairs.jsonl"


def test_the_half_of_an_id_is_stable_and_both_halves_are_used():
    assert C.half_of("t-1") == C.half_of("t-1")
    assert {C.half_of(f"id-{i}") for i in range(20)} == {"dev", "test"}


def test_only_sentences_with_a_goal_cue_are_selected_and_halves_partition_them():
    rows = C.read_pairs(PAIRS)
    every = C.select(rows, "all")
    assert [r["id"] for r in every] == ["t-1", "t-2", "t-4", "t-5"]  # 今天天气很好 has no goal cue
    dev, test = C.select(rows, "dev"), C.select(rows, "test")
    assert sorted(r["id"] for r in dev + test) == sorted(r["id"] for r in every)


def test_each_sentence_is_written_as_the_brief_writes_a_goal_and_scored():
    rows = C.select(C.read_pairs(PAIRS), "all")
    written = {w.id: w for w in C.ClauseWriter().write(rows)}
    assert written["t-1"].status == "partly"  # the clause with a subject (江州将…) is left out
    assert "sustainable development of the regional economy" in written["t-1"].en
    assert written["t-2"].status == "partly"  # the reporting clause is left out, not glossed
    assert written["t-4"].status == "whole"
    assert written["t-5"].status == "none" and written["t-5"].en == ""  # unknown words: nothing, never a gloss
    f = C.figures(list(written.values()))
    assert f["sentences"] == 4
    assert f["whole"] == 0.25 and f["partly"] == 0.5 and f["none"] == 0.25
    assert 0 < f["content"] < 1 and 0 < f["cue_written"] < 1
    assert f["chrf_whole"] > f["chrf_all"] > 0  # what is written whole is closest to the reference


def test_the_command_prints_the_figures_of_a_half(capsys):
    C.main(["--pairs", str(PAIRS), "--half", "all"])
    out = capsys.readouterr().out
    assert out.startswith("dev: ") and "\ntest: " in out and "\nall: 4 sentences" in out

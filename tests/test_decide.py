"""The learned decisions: `summarizer train` from gold briefs, a JSON model that loads and decides the same,
cross-validation by article. Trained here on the project's own references (eval/data), never on ../shared."""
import json
import subprocess
import sys

import pytest
from conftest import ROOT

from summarizer.decide import Decisions, LinearModel, default_decisions
from summarizer.errors import ConfigError

REFS = ROOT / "eval" / "data" / "references.jsonl"
CLI = [sys.executable, "-m", "summarizer.cli"]


@pytest.fixture(scope="module")
def small_gold(tmp_path_factory):
    """Ten of the hand-written references: enough for every decision to have both labels."""
    lines = [x for x in REFS.read_text(encoding="utf-8").splitlines() if x.strip()][:10]
    f = tmp_path_factory.mktemp("gold") / "gold.jsonl"
    f.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return f


@pytest.fixture(scope="module")
def trained(small_gold, tmp_path_factory):
    out = tmp_path_factory.mktemp("model") / "decisions.json"
    p = subprocess.run(CLI + ["train", "--refs", str(small_gold), "--out", str(out), "--kinds", "platform,partner,scale,goal"],
                       capture_output=True, text=True, cwd=ROOT, timeout=600)
    assert p.returncode == 0, p.stderr
    assert "trained on 10 articles" in p.stdout
    return out


def test_a_saved_model_loads_and_gives_the_same_decisions(trained, small_gold, engine):
    from summarizer.decide import train
    from summarizer.eval.harness import load_references
    from summarizer.pipeline import EmbeddedEngine

    d = Decisions.load(trained)
    assert set(d.models) == {"platform", "partner", "scale", "goal"}
    assert json.loads(trained.read_text(encoding="utf-8"))["format"] == "summarizer-decisions/1"  # JSON data, no pickle
    refs, _ = load_references(small_gold)
    # The same training, in this process, gives the same weights: training is deterministic.
    again = train.fit(train.examples(EmbeddedEngine(decisions=Decisions(), tagger=engine.tagger), refs),
                      kinds=("platform", "partner", "scale", "goal"))
    for kind, m in d.models.items():
        assert again.models[kind].to_dict() == m.to_dict(), kind
    # The loaded model decides each candidate as the in-memory one does.
    eng = EmbeddedEngine(decisions=trained, tagger=engine.tagger)
    text = (ROOT / "tests" / "fixtures" / "articles" / "four_platforms.txt").read_bytes()
    for f in eng.candidates(text):
        for kind, cands in (("partner", [x for _, x in f.partners]), ("scale", [x for _, x in f.scale]),
                            ("goal", [x for _, x in f.goals])):
            assert [d.get(kind).keep(x) for x in cands] == [again.get(kind).keep(x) for x in cands]
    assert any(f.goals for f in eng.candidates(text))
    b1 = eng.brief(text)
    eng.use_decisions(again)
    assert eng.brief(text).model_dump() == b1.model_dump()


def test_the_model_decides(trained, engine):
    """Not a constant: the trained platform model keeps described platforms and drops passing mentions."""
    from summarizer.pipeline import EmbeddedEngine

    eng = EmbeddedEngine(decisions=trained, tagger=engine.tagger)
    b = eng.brief("江州智能计算中心今日在江州高新区正式启用。江州智能计算中心由江州大学与华为共同建设，总投资6.8亿元，"
                  "算力规模达到300P，将为本地企业提供普惠算力服务。仪式上，市科技局负责人还介绍了全市科技工作。")
    assert [p.name.zh for p in b.platforms] == ["江州智能计算中心"]


def test_the_shipped_model_is_used_by_default(engine):
    d = default_decisions()
    assert d.get("platform") is not None and d.info.get("articles", 0) >= 90
    assert engine.finder.decide is not None


def test_a_broken_model_file_is_one_clear_error(tmp_path):
    f = tmp_path / "m.json"
    f.write_text("{\"format\": \"something else\"}", encoding="utf-8")
    with pytest.raises(ConfigError, match="cannot read the decision models"):
        Decisions.load(f)
    f.write_text("not json", encoding="utf-8")
    with pytest.raises(ConfigError):
        Decisions.load(f)


def test_sign_constraints_drop_features_that_point_the_wrong_way():
    from summarizer.decide.train import fit_one

    # "noise" is as often on positives as negatives but correlated with the label through "good": with a
    # required positive sign for "bad", a negative weight there is refused and the feature dropped.
    rows = [({"good": 1.0, "bad": 1.0}, 1), ({"good": 1.0, "bad": 0.0}, 1), ({"good": 0.0, "bad": 1.0}, 0),
            ({"good": 0.0, "bad": 1.0}, 0), ({"good": 1.0, "bad": 1.0}, 1), ({"good": 0.0, "bad": 0.0}, 0)] * 3
    m = fit_one(rows, c=1.0, signs={"bad": 1})
    assert "bad" not in m.coef and m.coef["good"] > 0
    assert isinstance(m, LinearModel) and m.probability({"good": 1.0}) > m.probability({"good": 0.0})


def test_cross_validation_scores_every_article_once_by_a_model_that_never_saw_it(small_gold):
    p = subprocess.run(CLI + ["eval", "--refs", str(small_gold), "--cv", "2", "--worst", "0"],
                       capture_output=True, text=True, cwd=ROOT, timeout=600)
    assert p.returncode == 0, p.stderr
    assert "10 articles" in p.stdout and "cross-validated, 2 folds by article" in p.stdout
    assert "fold1" in p.stdout and "fold2" in p.stdout and "platform_f1" in p.stdout


def test_folds_are_by_article_and_deterministic():
    from summarizer.decide.train import folds_of

    ids = [f"a{i}" for i in range(23)]
    f1, f2 = folds_of(ids, 5), folds_of(list(reversed(ids)), 5)
    assert dict(zip(ids, f1)) == dict(zip(reversed(ids), f2))  # a fold is the article's, whatever the order
    assert sorted(set(f1)) == [0, 1, 2, 3, 4] and max(f1.count(k) for k in range(5)) - min(f1.count(k) for k in range(5)) <= 1

"""Metrics on hand-computed cases (eval/README.md states the rules these follow)."""
import pytest

from summarizer import schema
from summarizer.eval import metrics
from summarizer.eval.metrics import figures_match, names_match, partner_key, rouge


def test_rouge_chinese_by_character():
    # pred 湘江实验 (4 chars) against ref 湘江实验室揭牌 (7): unigram P=1, R=4/7 → F=8/11;
    # bigrams 3 of 6 → F=2/3; LCS 4 → F=8/11.
    r = rouge("湘江实验", "湘江实验室揭牌", "zh")
    assert r["rouge1"] == pytest.approx(8 / 11)
    assert r["rouge2"] == pytest.approx(2 / 3)
    assert r["rougeL"] == pytest.approx(8 / 11)


def test_rouge_english_by_word_without_stemming():
    # [the lab opens] vs [the lab opened today]: 2 shared words, P=2/3, R=1/2 → F=4/7; "opens" ≠ "opened".
    r = rouge("The lab opens.", "the lab opened today", "en")
    assert r["rouge1"] == pytest.approx(4 / 7)
    assert r["rouge2"] == pytest.approx(2 * (1 / 2) * (1 / 3) / (1 / 2 + 1 / 3))


def test_rouge_identical_empty_and_punctuation_only():
    assert rouge("湘江实验室揭牌成立。", "湘江实验室揭牌成立", "zh") == {k: 1.0 for k in metrics.ROUGE_TYPES}
    assert rouge("", "湘江实验室", "zh") == {k: 0.0 for k in metrics.ROUGE_TYPES}
    assert rouge("湘江实验室", "", "zh") == {k: 0.0 for k in metrics.ROUGE_TYPES}
    assert rouge("", "", "zh")["rougeL"] == 1.0
    assert rouge("，。！？“”", "湘江实验室", "zh")["rougeL"] == 0.0  # punctuation carries no token
    assert rouge("，。！", "、；", "zh")["rougeL"] == 1.0


def test_chrf():
    assert metrics.chrf("Xiangjiang Laboratory", "Xiangjiang Laboratory") == pytest.approx(1.0)
    assert metrics.chrf("", "Xiangjiang Laboratory") == 0.0
    assert 0 < metrics.chrf("Xiangjiang Lab", "Xiangjiang Laboratory") < 1


def test_matching_rules():
    assert names_match("湘江实验室", "湖南湘江实验室") and not names_match("湘江实验室", "岳麓山实验室")
    assert partner_key("华为技术有限公司") == partner_key("华为公司") == partner_key("华为")
    assert figures_match(4.6, "万平方米", 46000, "平方米")
    assert figures_match(24, "家企业", 24, "家") and not figures_match(24, "家企业", 25, "家企业")
    assert not figures_match(7, "所高校", 7, "家企业")


def _brief(platforms, summary=""):
    return schema.Brief(summary=schema.Field_(zh=summary), platforms=[
        schema.Platform(name=schema.Field_(zh=n, en=en),
                        partners=[schema.Field_(zh=z, en=e) for z, e in partners],
                        scale=[schema.ScaleItem(value=v, unit=u) for v, u in scale])
        for n, en, partners, scale in platforms])


def test_field_scores_of_a_brief():
    ref = _brief([("湘江实验室", "Xiangjiang Laboratory", [("华为", "Huawei"), ("中南大学", "Central South University")],
                   [(24, "家企业"), (7, "所高校")]),
                  ("长沙人工智能创新中心", "Changsha AI Innovation Center", [("中科曙光", "Sugon")], [(1024, "P")])])
    pred = _brief([("湖南湘江实验室", "Xiangjiang Laboratory", [("华为公司", "Huawei Co.")], [(24, "家"), (3, "大中心")]),
                   ("岳麓山工业创新中心", "Yuelushan Industrial Innovation Center", [("百度", "Baidu")], [])])
    s = metrics.score_brief(pred, ref).scores
    assert (s["platform_p"], s["platform_r"]) == (0.5, 0.5)
    # partners: 华为公司 ~ 华为 is the only hit; 2 predicted, 3 in the reference (the missed platform's count too)
    assert s["partner_p"] == 0.5 and s["partner_r"] == pytest.approx(1 / 3)
    assert s["scale_recall"] == pytest.approx(1 / 3) and s["scale_precision"] == 0.5
    # English names: the platform matches exactly, the partner does not ("Huawei Co." ≠ "Huawei")
    assert s["name_en_exact"] == 0.5


def test_empty_prediction_scores_zero_not_an_error():
    ref = _brief([("湘江实验室", "Xiangjiang Laboratory", [("华为", "Huawei")], [(24, "家企业")])], "湘江实验室揭牌。")
    s = metrics.score_brief(schema.Brief(), ref).scores
    assert s["platform_r"] == 0 and s["partner_r"] == 0 and s["scale_recall"] == 0
    assert s["summary_zh_rougeL"] == 0

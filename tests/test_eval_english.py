"""English field scores of `summarizer eval` on a tiny hand-made reference (eval/README.md states the rules)."""
import pytest

from summarizer import schema
from summarizer.eval import metrics


def _brief(title_en, platforms):
    return schema.Brief(title=schema.Field_(zh="标题", en=title_en), platforms=[
        schema.Platform(name=schema.Field_(zh=zh, en=en),
                        partners=[schema.Field_(zh=z, en=e) for z, e in partners],
                        scale=[schema.ScaleItem(zh=szh, en=sen, value=v, unit=u) for szh, sen, v, u in scale])
        for zh, en, partners, scale in platforms])


REF = _brief("Qingxi opens a digital farming lab", [
    ("青溪数字农业实验室", "Qingxi Digital Agriculture Laboratory",
     [("青溪市人民政府", "Qingxi Municipal People's Government")],
     [("总投资3亿元", "total investment of 300 million yuan", 3, "亿元"),
      ("面积2万平方米", "20,000 square metres", 2, "万平方米")])])


def test_name_word_f1():
    assert metrics.name_word_f1("The Qingxi Laboratory", "qingxi laboratory") == 1.0
    # 2 shared words of 3 and 4: F1 = 2*2/(3+4)
    assert metrics.name_word_f1("Qingxi Agriculture Laboratory", "Qingxi Digital Agriculture Lab") == pytest.approx(4 / 7)
    assert metrics.name_word_f1("", "Qingxi") == 0.0


def test_english_fields_of_a_brief():
    pred = _brief("Qingxi opens a digital farming lab", [
        ("青溪数字农业实验室", "Qingxi Digital Farming Laboratory",
         [("青溪市人民政府", "Qingxi Municipal People's Government")],
         [("总投资3亿元", "total investment of 300 million yuan", 3, "亿元"),
          ("投资5亿元", "investment of 500 million yuan", 5, "亿元")])])
    s = metrics.score_brief(pred, REF).scores
    assert s["name_en_exact"] == 0.5  # the partner is exact, the platform is not
    assert s["name_en_f1"] == pytest.approx((1.0 + 2 * 3 / 8) / 2)  # platform: 3 of 4 words shared
    # scale: only the 3亿元 figure is matched, and its English is the reference's; 2万平方米 is scale_recall's loss
    assert s["scale_en_chrf"] == pytest.approx(1.0)
    assert s["scale_recall"] == 0.5
    assert s["title_en_chrf"] == pytest.approx(1.0)


def test_english_fields_are_lower_for_worse_english():
    pred = _brief("Green stream lab", [
        ("青溪数字农业实验室", "Green Stream Numeral Farm Lab", [],
         [("总投资3亿元", "invest 3 hundred-million", 3, "亿元")])])
    s = metrics.score_brief(pred, REF).scores
    assert s["name_en_exact"] == 0.0 and s["name_en_f1"] < 0.5
    assert s["scale_en_chrf"] < 0.5 and s["title_en_chrf"] < 0.5

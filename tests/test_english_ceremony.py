"""A report with no platform of its own that tells a ceremony for a body (english/news.py _ceremony): what was
held for what, and who builds it, as far as the tagger and the knowledge base name them. Passages written for
these tests."""
import re

from summarizer import schema
from summarizer.english import EnglishWriter
from summarizer.english.news import news_headline


def _brief(zh: str) -> schema.Brief:
    return schema.Brief(title=schema.Text(zh=""), summary=schema.Field_(zh=zh), text=zh)


def test_a_ceremony_for_a_body_several_partners_build_is_the_reports_news_and_headline():
    zh = ("9月12日上午，由江州大学、江州航天研究中心、江州云帆科技有限公司联合建设的实验室签约揭牌仪式在江州大学举行。"
          "省科技厅有关负责同志出席仪式。")
    b = _brief(zh)
    EnglishWriter().write(b, {"江州大学": "Jiangzhou University", "江州云帆科技有限公司": "Jiangzhou Yunfan Technology Co., Ltd."},
                          {"江州大学": "org", "江州云帆科技有限公司": "org"})
    assert b.summary.en.startswith(
        "On 12 September a signing and unveiling ceremony was held for a laboratory built jointly by three partners, "
        "among them Jiangzhou University and Jiangzhou Yunfan Technology Co., Ltd., at Jiangzhou University.")
    assert b.title.en == "Signing and unveiling ceremony held for a laboratory built jointly by three partners"
    assert not re.search(r"[\u4e00-\u9fff]", b.summary.en + b.title.en)


def test_a_joint_body_two_named_partners_build_names_them_both():
    zh = "江州大学与江州云帆科技有限公司共建的联合实验室揭牌仪式举行。"
    b = _brief(zh)
    EnglishWriter().write(b, {"江州大学": "Jiangzhou University", "江州云帆科技有限公司": "Jiangzhou Yunfan Technology Co., Ltd."},
                          {"江州大学": "org", "江州云帆科技有限公司": "org"})
    assert b.summary.en.startswith("An unveiling ceremony was held for a joint laboratory built by Jiangzhou University "
                                   "and Jiangzhou Yunfan Technology Co., Ltd.")


def test_a_ceremony_whose_body_the_grammar_cannot_write_gives_no_sentence():
    b = _brief("江州嘁嚓喀嚓揭牌仪式举行。")
    EnglishWriter().write(b, {}, {})
    assert "ceremony" not in b.summary.en


def test_the_headline_of_a_ceremony_sentence():
    assert news_headline(["On 3 May an opening ceremony was held for a data centre."]) == \
        "Opening ceremony held for a data centre"

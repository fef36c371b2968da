"""The English summary tells the headline's news where the sentence grammar writes the headline whole and the
platform's facts have not said most of it; a headline written from the facts names the platform's site for an
event that happens where it stands. Passages written for these tests."""
import re

import pytest

from summarizer import schema
from summarizer.english import EnglishWriter

LAB = ("江州海洋实验室", "Jiangzhou Marine Laboratory")


def _write(title: str, body: str, platforms=(LAB,)) -> schema.Brief:
    text = f"{title}\n{body}" if title else body
    at = len(title) + 1 if title else 0
    ps = [schema.Platform(name=schema.Field_(zh=zh, en=en, evidence=[(at + body.find(zh), at + body.find(zh) + len(zh))]))
          for zh, en in platforms]
    b = schema.Brief(title=schema.Text(zh=title), summary=schema.Field_(zh=body), text=text, platforms=ps)
    EnglishWriter().write(b, dict(platforms), {})
    assert not re.search(r"[\u4e00-\u9fff]", b.summary.en + b.title.en)
    return b


@pytest.mark.parametrize("title,body,summary", [
    # news the facts do not tell opens the summary, in the past tense (a plan as "will")
    ("江州拟申报两个国家实验室", "江州海洋实验室将聚焦海洋工程。",
     "Jiangzhou will apply for two national laboratories. The Jiangzhou Marine Laboratory will focus on ocean engineering."),
    ("新疆大学获批国家级实验室", "江州海洋实验室将聚焦海洋工程。",
     "Xinjiang University won approval for a national-level laboratory. "
     "The Jiangzhou Marine Laboratory will focus on ocean engineering."),
    # what the platform's own sentence already tells is not said twice
    ("江州海洋实验室揭牌", "5月8日，江州海洋实验室在江州揭牌。", "On 8 May the Jiangzhou Marine Laboratory was unveiled in Jiangzhou."),
    # a headline that opens with a figure is the counted news's to tell
    ("12个科技创新项目落户江州", "江州海洋实验室将聚焦海洋工程。", "The Jiangzhou Marine Laboratory will focus on ocean engineering."),
])
def test_the_headlines_news_is_told_where_the_facts_do_not_tell_it(title, body, summary):
    assert _write(title, body).summary.en == summary


def test_a_headline_from_the_facts_names_the_site_of_a_building_event():
    b = _write("", "6月1日，江州海洋实验室开工。江州海洋实验室位于南京市江宁区。")
    assert b.title.en == "Construction starts on the Jiangzhou Marine Laboratory in Jiangning, Nanjing"


def test_a_headline_from_the_facts_does_not_place_an_unveiling_at_the_site():
    b = _write("", "6月1日，江州海洋实验室揭牌。江州海洋实验室位于南京市江宁区。")
    assert b.title.en == "Jiangzhou Marine Laboratory unveiled"
    b = _write("", "6月1日，江州海洋实验室在苏州揭牌。江州海洋实验室位于南京市江宁区。")
    assert b.title.en == "Jiangzhou Marine Laboratory unveiled in Suzhou"


@pytest.mark.parametrize("goal,title", [
    ("打造区域算力枢纽", "Jiangzhou Intelligent Computing Center to become a regional computing hub"),
    ("聚焦人工智能产业", "Jiangzhou Intelligent Computing Center to focus on AI industries"),
    ("", "Jiangzhou Intelligent Computing Center"),  # no aim: the name alone
])
def test_a_headline_for_a_platform_nothing_happened_to_says_what_it_is_for(goal, title):
    zh, en = "江州智算中心", "Jiangzhou Intelligent Computing Center"
    body = "江州智算中心位于江州高新区。"
    p = schema.Platform(name=schema.Field_(zh=zh, en=en, evidence=[(0, len(zh))]), goal=schema.Field_(zh=goal))
    b = schema.Brief(title=schema.Text(zh=""), summary=schema.Field_(zh=body), text=body, platforms=[p])
    EnglishWriter().write(b, {zh: en}, {})
    assert b.title.en == title


@pytest.mark.parametrize("title,name,title_en", [
    ("江州科技城开园 计划总投资200多亿元", ("江州科技城", "Jiangzhou Science and Technology City"),
     "Jiangzhou Science and Technology City opens with planned total investment of more than 20 billion yuan"),
    ("首日交易额超1.55亿元！江州数据交易所正式挂牌运营", ("江州数据交易所", "Jiangzhou Data Exchange"),
     "Jiangzhou Data Exchange officially opens with first-day turnover of more than 155 million yuan"),
    # a headline from the facts (the grammar cannot write the name) takes the figure too
    ("江州嘁嚓科技城开工 总投资60亿元", ("江州嘁嚓科技城", "Jiangzhou Qicha Science and Technology City"),
     "Construction starts on Jiangzhou Qicha Science and Technology City with total investment of 6 billion yuan"),
    # a rank is no amount the platform has
    ("江州科技城开园 总数位居全国第12位", ("江州科技城", "Jiangzhou Science and Technology City"),
     "Jiangzhou Science and Technology City opens"),
])
def test_an_amount_a_part_of_the_headline_gives_is_said_with_its_news(title, name, title_en):
    body = f"4月28日，{name[0]}{'开工' if '开工' in title else '开园'}。"
    assert _write(title, body, (name,)).title.en == title_en


def test_a_body_s_quoted_unit_is_its_possession():
    from summarizer.english.lexicon import Lexicon
    from summarizer.english.phrases import Grammar

    g = Grammar(Lexicon({"江州大学": "Jiangzhou University", "江州新材料重点实验室": "Jiangzhou Key Laboratory of New Materials"}))
    # 新疆大学“X实验室”获批 had read 'Xinjiang University "X" was approved': two names side by side
    assert g.sentence("江州大学“江州新材料重点实验室”正式获批") == \
        "Jiangzhou University's Jiangzhou Key Laboratory of New Materials was officially approved"
    assert g.sentence("江州新材料重点实验室正式揭牌") == "the Jiangzhou Key Laboratory of New Materials was officially unveiled"


def test_what_a_body_serves_as_is_said_in_the_present():
    from summarizer.english.lexicon import Lexicon
    from summarizer.english.phrases import Grammar

    g = Grammar(Lexicon({"江州新材料重点实验室": "Jiangzhou Key Laboratory of New Materials"}))
    # 作为…的重要组成部分 says what it is, not an event: "serves as", not "served as"
    assert g.sentence("江州新材料重点实验室作为国家重点实验室体系的重要组成部分").startswith(
        "the Jiangzhou Key Laboratory of New Materials serves as an important part of")


def test_an_event_told_twice_of_one_subject_is_said_once():
    from summarizer.english.writer import _said_once

    text = ("The Jiangzhou Laboratory was officially unveiled. The Jiangzhou Laboratory was unveiled. "
            "The Jiangzhou Energy Laboratory was also unveiled.")
    # the second sentence says nothing the first does not; the third names another laboratory
    assert _said_once(text) == ("The Jiangzhou Laboratory was officially unveiled. "
                                "The Jiangzhou Energy Laboratory was also unveiled.")
    # a body whose name's words another's holds is no repetition of it
    other = ("The Jiangzhou Rongchang Institute, built jointly by the Jiangzhou Institute, was established. "
             "The Jiangzhou Institute was also established.")
    assert _said_once(other) == other


def test_further_platforms_that_had_the_same_event_are_one_sentence():
    from summarizer.english.writer import _also_together

    sents = ["On 9 March the Jiangzhou Institute of Oncology was unveiled in Jiangzhou.",
             "The Jiangzhou Institute of Cardiology was also unveiled in Jiangzhou.",
             "The Jiangzhou Institute of Neurology was also unveiled in Jiangzhou.",
             "The Jiangzhou Institute of Pediatrics was also approved."]
    assert _also_together(sents) == [
        sents[0],
        "The Jiangzhou Institute of Cardiology and the Jiangzhou Institute of Neurology were also unveiled in Jiangzhou.",
        sents[3]]


def test_a_report_with_no_platform_and_no_one_named_is_titled_by_where_it_is_from():
    # no headline the grammar writes, no news shape, nobody named: "News from" the places its summary names,
    # never an empty title (a gloss of the headline is never one)
    import summarizer
    b = summarizer.brief("大熊猫下山喝水\n近日，四川雅安芦山县的护林员在巡护时发现一只野生大熊猫下山喝水。护林员用手机记录下了这一画面。")
    assert b.title.en == "News from Sichuan and Ya'an"
    assert "describes no platform" in b.summary.en

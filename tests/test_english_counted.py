"""Counted news (english/counted.py) and a title's batch of projects: a report or headline that counts the
bodies it tells of gets that count and what happened to them in English, never a list of names. Passages
written for these tests."""
import re

import pytest

from summarizer import schema
from summarizer.english import EnglishWriter
from summarizer.english.counted import counted_news
from summarizer.english.lexicon import Lexicon
from summarizer.english.phrases import Grammar

CJK = re.compile(r"[\u3400-\u9fff]")


@pytest.fixture(scope="module")
def grammar():
    return Grammar(Lexicon({}))


def _no_platform(zh: str, names: dict[str, str], kinds: dict[str, str]) -> schema.Brief:
    """A brief with no platform and no headline whose summary and text are `zh`, written in English."""
    b = schema.Brief(title=schema.Text(zh=""), summary=schema.Field_(zh=zh), text=zh)
    EnglishWriter().write(b, names, kinds)
    return b


@pytest.mark.parametrize("zh,headline", [
    ("浙江五家省级制造业创新中心获授牌", "Five provincial-level manufacturing innovation centres in Zhejiang receive plaques"),
    ("本澳两所全国重点实验室正式揭牌", "Two state key laboratories in Macao unveiled"),
    ("安徽高校3家国家重点实验室建设获批", "Three state key laboratories in Anhui approved"),
    ("12个项目集中开工", "12 projects break ground"),
    ("浙江1家国家重点实验室获批", ""),  # one is no count
    ("2024年新春走基层", ""),  # a year is no count
    ("浙江三家企业获授牌", ""),  # companies are not platforms
])
def test_a_headline_that_counts_bodies_says_how_many_of_what_and_what_happened(grammar, zh, headline):
    assert counted_news(zh, grammar, headline=True) == headline


def test_the_giver_of_plaques_and_an_approver_are_named_where_known(grammar):
    def who(zh):
        return "the Ministry of Science and Technology" if zh.endswith("科技部") else None

    assert counted_news("科技部为12所在港全国重点实验室授牌", grammar, who=who) == \
        "The Ministry of Science and Technology presented plaques to 12 state key laboratories in Hong Kong."
    assert counted_news("科技部批准在香港新建4间全国重点实验室", grammar, who=who) == \
        "The Ministry of Science and Technology approved four state key laboratories in Hong Kong."
    # an unknown giver: the plaques are told without one
    assert counted_news("某某为12所全国重点实验室授牌", grammar, who=who) == \
        "Twelve state key laboratories received plaques."


def test_a_report_with_no_platform_opens_with_its_counted_news_and_is_headlined_by_it():
    zh = "6月3日，浙江省科技厅厅长王立新为8家省级制造业创新中心授牌。"
    b = _no_platform(zh, {"王立新": "Wang Lixin", "浙江省科技厅": "Zhejiang Provincial Department of Science and Technology"},
                     {"王立新": "person", "浙江省科技厅": "org"})
    assert b.summary.en.startswith("Wang Lixin, director of the Zhejiang Provincial Department of Science and Technology, "
                                   "presented plaques to eight provincial-level manufacturing innovation centres.")
    assert b.title.en.startswith("Wang Lixin, director of the Zhejiang Provincial Department of Science and Technology, "
                                 "presents plaques to eight")
    assert not CJK.search(b.summary.en + b.title.en)


def test_a_title_that_counts_signed_projects_and_their_money_is_the_headline():
    title = "湖州二季度集中签约亿元以上项目32个 总投资156.4亿元"
    b = schema.Brief(title=schema.Text(zh=title), summary=schema.Field_(zh=""), text=title,
                     platforms=[schema.Platform(name=schema.Field_(zh="湖州材料实验室", en="Huzhou Materials Laboratory"))])
    EnglishWriter().write(b, {"湖州材料实验室": "Huzhou Materials Laboratory"})
    assert b.title.en == "Huzhou signs 32 projects worth 15.6 billion yuan"


@pytest.mark.parametrize("figure,name,said", [
    ("four laboratories", "Jiangzhou State Key Laboratory of Optics", False),  # the region's laboratories
    ("seven pilot-scale bases", "Jiangzhou Pilot-Scale Base", False),
    ("two lunar and planetary science", "Jiangzhou Laboratory", False),  # a noun cut short
    ("three laboratories", "Jiangzhou Innovation Center", True),
    ("4,000 server cabinets", "Jiangzhou Computing Center", True),
    ("26,000 square metres of pilot-scale space", "Jiangzhou Pilot-Scale Platform", True),
    ("59 research projects carried out", "Jiangzhou Laboratory", True),
    ("more than 90 projects under incubation", "Jiangzhou Incubation Centre", True),
    ("35 ping (about 120 square metres)", "Jiangzhou Base", True),
    ("a total investment of 2 billion yuan", "Jiangzhou Base", True),
])
def test_a_count_is_said_as_what_a_platform_has_only_where_it_counts_what_the_platform_holds(figure, name, said):
    from summarizer.english.writer import _its_own

    assert _its_own(figure, name) is said


def test_a_laboratory_is_not_said_to_have_the_laboratories_a_report_counts_beside_it():
    text = "江州的全国重点实验室增加到4个实验室。江州光学全国重点实验室正式揭牌。"
    b = schema.Brief(title=schema.Text(zh="江州光学全国重点实验室揭牌"), summary=schema.Field_(zh=""), text=text,
                     platforms=[schema.Platform(
                         name=schema.Field_(zh="江州光学全国重点实验室", en="Jiangzhou State Key Laboratory of Optics",
                                            evidence=[(text.find("江州光学"), text.find("江州光学") + 10)]),
                         scale=[schema.ScaleItem(zh="4个实验室", value=4.0, unit="个")])])
    EnglishWriter().write(b, {"江州光学全国重点实验室": "Jiangzhou State Key Laboratory of Optics"})
    assert b.platforms[0].scale[0].en == "4 laboratories"  # the scale item keeps it; the summary does not say it
    assert "laboratories" not in b.summary.en and "unveiled" in b.summary.en


def test_a_headline_with_two_subjects_takes_the_plural_verb():
    g = Grammar(Lexicon({"江州大学": "Jiangzhou University", "江州云帆公司": "Jiangzhou Yunfan Company"}))
    assert g.sentence("江州大学与江州云帆公司成立联合实验室", headline=True) == \
        "Jiangzhou University and Jiangzhou Yunfan Company establish a joint laboratory"
    assert g.sentence("江州大学成立联合实验室", headline=True) == "Jiangzhou University establishes a joint laboratory"


def test_a_headline_that_counts_selected_projects_takes_the_place_its_first_words_name(grammar):
    assert counted_news("浙江省级重点企业研究院再添新 12个项目入选名单", grammar, headline=True) == \
        "12 projects selected in Zhejiang"


def test_a_report_with_no_platform_names_no_kind_of_body_as_if_it_were_one():
    zh = "浙江省科技厅为8家全国重点实验室授牌，中央政府有关部门出席。"
    b = _no_platform(zh, {"全国重点实验室": "State Key Laboratory", "中央政府": "Central Government"},
                     {"全国重点实验室": "org", "中央政府": "org"})
    assert "names" not in b.summary.en and "Central Government" not in b.summary.en


def test_a_headline_count_the_summary_does_not_tell_opens_it():
    title = "江州三个全国重点实验室获授牌"
    text = title + "\n江州光学全国重点实验室将推动光学研究。"
    b = schema.Brief(title=schema.Text(zh=title), summary=schema.Field_(zh=""), text=text,
                     platforms=[schema.Platform(name=schema.Field_(zh="江州光学全国重点实验室", en="Jiangzhou State Key Laboratory of Optics",
                                                                   evidence=[(text.find("江州光学"), text.find("江州光学") + 10)]))])
    EnglishWriter().write(b, {"江州光学全国重点实验室": "Jiangzhou State Key Laboratory of Optics"})
    assert b.summary.en.startswith("Three state key laboratories in Jiangzhou received plaques.")
    assert b.title.en == "Three state key laboratories in Jiangzhou receive plaques"


def test_several_counts_of_kinds_and_where_they_were_unveiled(grammar):
    zh = "5月8日上午，3家中试基地和2个概念验证中心在湖南湘江新区揭牌"
    assert counted_news(zh, grammar) == \
        "Three pilot-scale bases and two proof-of-concept centres in Hunan Xiangjiang New Area were unveiled."


def test_a_page_without_a_headline_takes_its_counted_news_from_the_summarys_first_sentence():
    zh = "5月8日，3家中试基地和2个概念验证中心在湖南湘江新区揭牌。江州中试基地将服务装备产业。"
    b = schema.Brief(title=schema.Text(zh=""), summary=schema.Field_(zh=zh), text=zh,
                     platforms=[schema.Platform(name=schema.Field_(zh="江州中试基地", en="Jiangzhou Pilot-Scale Base",
                                                                   evidence=[(zh.find("江州中试基地"), zh.find("江州中试基地") + 6)]))])
    EnglishWriter().write(b, {"江州中试基地": "Jiangzhou Pilot-Scale Base"})
    assert b.title.en == "Three pilot-scale bases and two proof-of-concept centres in Hunan Xiangjiang New Area unveiled"


def test_a_counted_noun_phrase_is_plural_and_keeps_its_count_after_the():
    g = Grammar(Lexicon({}))
    assert g.noun_phrase("7家中试基地") == "seven pilot-scale bases"
    from summarizer.english.phrases import singular_head

    assert singular_head("seven pilot-scale bases") == "seven pilot-scale bases"
    assert singular_head("research institutes") == "research institute"


def test_a_batch_a_body_sets_up_or_names_is_its_news():
    g = Grammar(Lexicon({}))

    def who(zh):
        return "the Huzhou Municipal Government" if zh == "湖州市政府" else None

    assert counted_news("为实施创新驱动战略，湖州市政府决定组建首批湖州市产业研究院", g, headline=True, who=who) == \
        "The Huzhou Municipal Government sets up its first batch of Huzhou industrial research institutes"
    assert counted_news("湖州市政府决定组建首批湖州市产业研究院", g, who=who) == \
        "The Huzhou Municipal Government decided to set up its first batch of Huzhou industrial research institutes."
    assert counted_news("现确定第二批产业研究院名单如下", g, headline=True) == \
        "Second batch of industrial research institutes named"


def _signing(zh: str) -> schema.Brief:
    b = schema.Brief(title=schema.Text(zh=""), summary=schema.Field_(zh=zh), text=zh, platforms=[schema.Platform(
        name=schema.Field_(zh="江州太空中心", en="Jiangzhou Space Centre", evidence=[(zh.find("江州太空中心"), zh.find("江州太空中心") + 6)]),
        partners=[schema.Field_(zh="江州科技大学", en="Jiangzhou University of Technology"),
                  schema.Field_(zh="东州大学", en="Dongzhou University")])])
    EnglishWriter().write(b, {"江州太空中心": "Jiangzhou Space Centre", "江州科技大学": "Jiangzhou University of Technology",
                              "东州大学": "Dongzhou University"})
    return b


def test_the_other_side_of_a_platforms_own_agreement_is_not_said_to_build_it_and_a_lead_body_leads_it():
    b = _signing("3月8日，江州太空中心与东州大学签署合作备忘录。该中心由江州科技大学牵头成立，双方将携手开展研究。")
    assert b.summary.en == ("On 8 March the Jiangzhou Space Centre and Dongzhou University signed a memorandum of "
                            "cooperation. The centre is led by Jiangzhou University of Technology.")


def test_an_approval_and_the_plaques_for_the_same_bodies_are_two_sentences_naming_them_once():
    zh = "科技部批准在香港新建6间全国重点实验室。科技部部长王立新为6所在港全国重点实验室授牌。"
    b = _no_platform(zh, {"王立新": "Wang Lixin"}, {"王立新": "person"})
    assert b.summary.en.startswith(
        "The Ministry of Science and Technology approved six state key laboratories in Hong Kong. Wang Lixin, minister "
        "of the Ministry of Science and Technology, presented plaques to the state key laboratories.")


def test_a_designation_proposed_is_said_as_proposed_not_made():
    zh = "由江州大学牵头创建的江州智能装备创新中心拟认定为省级制造业创新中心。"
    b = schema.Brief(title=schema.Text(zh=""), summary=schema.Field_(zh=zh), text=zh, platforms=[schema.Platform(
        name=schema.Field_(zh="江州智能装备创新中心", en="Jiangzhou Intelligent Equipment Innovation Center",
                           evidence=[(zh.find("江州智能"), zh.find("江州智能") + 10)]),
        partners=[schema.Field_(zh="江州大学", en="Jiangzhou University")])])
    EnglishWriter().write(b, {"江州智能装备创新中心": "Jiangzhou Intelligent Equipment Innovation Center", "江州大学": "Jiangzhou University"})
    assert b.summary.en.startswith("The Jiangzhou Intelligent Equipment Innovation Center, led by Jiangzhou University, "
                                   "was proposed for designation as a provincial-level manufacturing innovation centre.")
    assert b.title.en == ("Jiangzhou Intelligent Equipment Innovation Center proposed as a provincial-level "
                          "manufacturing innovation centre")


def test_construction_of_a_part_named_after_a_platform_is_not_said_of_the_platform():
    zh = "3月2日上午，江州湾实验室东湖研发基地一期工程正式开工，标志着江州湾实验室建设进入新阶段。"
    b = schema.Brief(title=schema.Text(zh=""), summary=schema.Field_(zh=""), text=zh, platforms=[schema.Platform(
        name=schema.Field_(zh="江州湾实验室", en="Jiangzhou Bay Laboratory", evidence=[(zh.find("江州湾"), zh.find("江州湾") + 6)]))])
    EnglishWriter().write(b, {"江州湾实验室": "Jiangzhou Bay Laboratory"})
    assert "Construction began on the Jiangzhou Bay Laboratory" not in b.summary.en
    assert "construction began on the Jiangzhou Bay Laboratory" not in b.summary.en


def test_plaques_given_by_one_who_attended_name_that_person_once():
    zh = "授牌仪式昨日举行，科技部部长王立新出席仪式，向重组后的三所全国重点实验室授牌。"
    b = _no_platform(zh, {"王立新": "Wang Lixin"}, {"王立新": "person"})
    assert b.summary.en.startswith("Wang Lixin, minister of the Ministry of Science and Technology, presented plaques to "
                                   "three state key laboratories.")
    assert b.summary.en.count("Wang Lixin") == 1


def test_a_count_of_candidates_named_for_a_kind_of_platform(grammar):
    from summarizer.english.counted import candidates

    zh = "经专家评审，确定了江州大学牵头的“江州智能装备创新中心”等9个项目，作为新一批省级制造业创新中心培育对象，培育期为2年。"
    assert candidates(zh, grammar) == \
        "Nine projects were named as a new batch of provincial-level manufacturing innovation centres to be cultivated."
    assert candidates("确定了9个项目，作为首批嘁嚓喀嚓培育对象", grammar) == ""


def test_what_a_platform_added_is_its_headline_and_opens_the_summary():
    zh = "被称为“江州之心”的江州算力平台，新增东湖云算力中心等共五家数据中心。江州算力平台接入数据中心30个。"
    b = schema.Brief(title=schema.Text(zh=""), summary=schema.Field_(zh=zh), text=zh, platforms=[schema.Platform(
        name=schema.Field_(zh="江州算力平台", en="Jiangzhou Computing Power Platform", evidence=[(zh.find("江州算力平台"), zh.find("江州算力平台") + 6)]))])
    EnglishWriter().write(b, {"江州算力平台": "Jiangzhou Computing Power Platform"})
    assert b.title.en == "The Jiangzhou Computing Power Platform adds five data centres"
    assert b.summary.en.startswith("The Jiangzhou Computing Power Platform added five data centres.")
    assert b.summary.en.count("Jiangzhou Computing Power Platform") == 1


def test_a_place_that_adds_counted_platforms_is_the_headlines_subject(grammar):
    assert counted_news("好消息!浙江省新增4家省级制造业创新中心", grammar, headline=True) == \
        "Zhejiang adds four provincial-level manufacturing innovation centres"

"""Words of news at large (words.tsv's last sections) make goal clauses written, and what a subject-and-result
clause or a figure with an unknown unit would make of them stays out (sentences written for these tests)."""
import pytest

from summarizer.english.lexicon import Lexicon
from summarizer.english.phrases import Grammar


@pytest.fixture(scope="module")
def g():
    return Grammar(Lexicon({"江州": "Jiangzhou"}))


@pytest.mark.parametrize("zh, en", [
    ("继续加强科技创新平台建设", "continue to strengthen technology innovation platform construction"),  # 继续: continue to
    ("逐步形成新能源产业集群", "gradually form a new-energy industrial cluster"),  # 逐步: gradually
    ("扎实推进科技成果转化", "steadily advance technology transfer"),  # 扎实 before a verb: steadily
    ("强化顶层设计", "strengthen top-level design"),
    ("优化资源配置", "optimise resource allocation"),
    ("为中小企业提供解决方案", "provide solutions for SMEs"),
    ("着力补齐农村公共服务短板", "shore up rural public service weaknesses"),
    ("打造超高清视频产业集聚区", "build an ultra-high-definition video industry cluster"),
    ("推动构建人类命运共同体", "drive the building of a community with a shared future for mankind"),
    ("在控制温室气体排放等领域发挥重大作用", "play a major role in controlling greenhouse gas emissions"),
])
def test_news_words_make_goal_clauses(g, zh, en):
    assert g.clause(zh) == en


@pytest.mark.parametrize("zh", [
    "江州产业盈利能力显著增强",  # a subject and what happened to it: "… significant strengthening" is no goal
    "新能源汽车渗透率提升",
    "实现2000鬻元融资目标",  # the unit after a figure is never left out ("2,000 financing goals")
])
def test_what_would_read_wrong_stays_out(g, zh):
    assert g.clause(zh) is None


@pytest.mark.parametrize("zh, en", [
    ("开展水稻育种研究", "conduct rice breeding research"),
    ("推动湿法冶金技术产业化", "drive the industrialisation of hydrometallurgy technologies"),
    ("加强种质资源保护", "strengthen germplasm resource conservation"),
    ("研发新型压缩机和阀门", "develop new compressors and valves"),
    ("加强碳汇能力建设", "strengthen carbon sink capacity construction"),  # data/field_terms.tsv's running English
    ("发展海洋牧场", "develop marine ranches"),
])
def test_fields_of_science_and_farming_write_goals(g, zh, en):
    assert g.clause(zh) == en  # each had been left out: the lexicon lacked the field's word


def test_goal_words_write_goals_but_never_a_whole_sentence():
    from summarizer import schema
    from summarizer.english.lexicon import goal_only_words, running_words
    from summarizer.english.writer import EnglishWriter

    w = EnglishWriter()
    g = w.grammar(schema.Brief(), {})
    assert "决定" in goal_only_words() and "决定" in running_words()  # a goal word the lexicon reads
    assert "建设" not in goal_only_words()  # words.tsv's own words write sentences as before
    # a lead built on a goal word took a verb for its subject: "Zhengzhou decision carried out …"
    assert g.sentence("江州决定在全市开展新一轮检测") is None


def test_the_currency_and_expected_say_nothing_a_yuan_figure_does_not():
    from summarizer import schema
    from summarizer.english.scale import ScaleWriter
    from summarizer.english.writer import EnglishWriter

    sw = ScaleWriter(EnglishWriter().grammar(schema.Brief(), {}))
    assert sw.write("总投资额预计约人民币60亿元", 60, "亿元", "约") == "total investment of about 6 billion yuan"
    assert sw.write("投资人民币5亿元", 5, "亿元") == "investment of 500 million yuan"


def test_what_a_causative_makes_of_something_is_defined(g):
    # 让X成为Y的新基础设施: "make X the new infrastructure of Y" (a mass noun with "of" takes "the")
    assert g.clause("让数据成为江州产业转型的新基础设施") == "make data the new infrastructure of Jiangzhou industrial transformation"


@pytest.mark.parametrize("zh, en", [
    # fields joined by 和/暨 before one hub share it; an adjective before them is the hub's
    ("建设人工智能和大数据产业园", "build an industrial park for AI and big data"),  # had read "build AI and a big data …"
    ("成为重要资安暨智慧科技产业发展基地",
     "become an important industrial development base for cybersecurity and smart technology"),
])
def test_fields_before_one_hub_share_it(g, zh, en):
    assert g.clause(zh) == en


def test_what_is_counted_after_a_ranking_is_its_head():
    from summarizer import schema
    from summarizer.english.scale import ScaleWriter
    from summarizer.english.writer import EnglishWriter

    sw = ScaleWriter(EnglishWriter().grammar(schema.Brief(), {}))
    assert sw.write("香港5所世界百强高校", 5, "所") == "5 universities"  # had read "5 worlds"
    assert sw.write("3家世界500强企业", 3, "家") == "3 companies"
    assert sw.write("5所世界一流大学", 5, "所") == "5 world-class universities"


def test_verb_phrases_listed_before_a_hub_say_what_it_is_for(g):
    # 开展X、促进Y的重要基地 (its 成为 outside the clause) had read "… and promote the important base of Y"
    assert g.clause("开展高水平科学研究、促进国内外合作与学术交流的重要基地") == (
        "serve as an important base for conducting high-level scientific research and promoting domestic and "
        "international cooperation and academic exchanges")
    assert g.clause("打造全国一流的创新基地") == "become a first-class innovation base in China"  # no list: the verb's

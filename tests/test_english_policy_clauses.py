"""Goal clauses of the shapes policy and S&T news share (sentences written for these tests): the general words of
such news, a causative over a second verb or an adjective before the event, 坚持 before a verb, 将 as "will"; and
what stays out rather than be written wrong."""
import pytest

from summarizer.english.lexicon import Lexicon
from summarizer.english.phrases import Grammar


@pytest.fixture(scope="module")
def g():
    return Grammar(Lexicon({"江州": "Jiangzhou"}))


@pytest.mark.parametrize("zh, en", [
    ("推动区域经济可持续发展", "drive the sustainable development of the regional economy"),  # an adjective of the event
    ("促进产业绿色发展", "promote the green development of industries"),
    ("带动全球经济复苏", "drive the recovery of the global economy"),  # recovery is an event noun
    ("推进恢复生产", "advance the restoration of production"),  # a causative over a second verb
    ("坚持深化改革、扩大开放", "continue to deepen reform and expand openness"),  # 坚持 + verb: continue to
    ("将为中小企业提供算力服务", "provide computing services for SMEs"),  # 将 before 为 is "will"
    ("要加快构建完整的内需体系", "accelerate the building of a complete domestic demand system"),  # 要: a modal
    ("提升基层治理水平", "raise the level of grassroots governance"),  # grassroots stays plural as a modifier
    ("为劳动者提供多样的就业机会", "provide diverse job opportunities for workers"),
    ("加强市场监管", "strengthen market supervision"),
    # two aims side by side, the last a development with its own modifier: not "the green development of …"
    ("推动产业升级和绿色发展", "drive industrial upgrading and green development"),
    ("推动技术创新和高质量发展", "drive technological innovation and high-quality development"),
    # what one contributes in the set phrase is no object: not "contribute to smart and force to …"
    ("为绿色发展贡献智慧和力量", "contribute to green development"),
    ("为能源革命和绿色发展贡献积极力量", "contribute to energy revolution and green development"),
    # open to whom, not "serve national openness"
    ("面向全国开放共享", "be open to and shared with the whole country"),
    ("面向高校和企业开放", "be open to universities and companies"),
    # a count of the fields listed before areas whose own name joins two words: the fields alone
    ("围绕信息、材料、能源三大科学与技术方向", "focus on information, materials and energy"),
])
def test_policy_clauses_read_as_english(g, zh, en):
    assert g.clause(zh) == en


def test_an_unknown_word_right_before_an_abstract_head_is_not_dropped(g):
    # 鬻龘 is no word: "strengthen green construction" would say something else, so the clause stays out …
    assert g.clause("加强绿色鬻龘建设") is None
    assert g.clause("完善鬻龘结构") is None
    # … while a descriptor before a kind of place may still go ("a … centre")
    assert g.clause("建设江州鬻龘数据中心") is not None


def test_a_discourse_marker_is_no_goal(g):
    assert g.clause("一方面") is None


def test_a_time_is_never_a_sentence_subject():
    from summarizer import schema
    from summarizer.english.writer import EnglishWriter

    w = EnglishWriter()
    g = w.grammar(schema.Brief(), {})
    assert g.sentence("预计2025年底竣工") is None  # was "2025 the ends of the year was expected completed"
    assert g.sentence("江州实验室今年投入使用") != "This year was put into use"


def test_an_aim_is_never_told_as_a_past_event():
    from summarizer import schema
    from summarizer.english.writer import EnglishWriter

    g = EnglishWriter().grammar(schema.Brief(), {})
    assert g.sentence("江州力争建成国内重要的新能源汽车生产基地") is None  # was "Jiangzhou strive to completed …"


def test_an_event_of_another_part_of_the_sentence_is_not_the_platforms():
    from summarizer import EmbeddedEngine

    text = ("江州新闻\n江州力争到2025年建成江州新能源汽车生产基地；产业链体系基本建成，"
            "由江州大学牵头组建的江州储能技术研究中心已经揭牌。")
    b = EmbeddedEngine().brief(text)
    assert [p.name.zh for p in b.platforms] == ["江州新能源汽车生产基地"]
    assert "completed" not in b.summary.en  # the base is an aim; what is "largely completed" is the industry chain


def test_a_count_of_the_parties_after_their_list_is_not_said_again():
    g = Grammar(Lexicon({"江州大学": "Jiangzhou University", "青溪集团": "Qingxi Group", "江州新区": "Jiangzhou New Area"}))
    assert g.sentence("江州新区、江州大学、青溪集团三方签署战略合作协议") == \
        "the Jiangzhou New Area, Jiangzhou University and Qingxi Group signed a strategic cooperation agreement"


def test_a_subject_agrees_with_its_head_not_with_what_follows_for():
    g = Grammar(Lexicon({"江州大学": "Jiangzhou University"}))
    # the ceremony was held, however many institutes it was for
    assert g.sentence("江州大学江州研究院揭牌仪式在江州举行").split(" in ")[0].endswith("was held")

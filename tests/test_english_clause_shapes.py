"""Goal clause shapes the frames of the phrase grammar left out although every word is known (sentences written for
these tests): an enumeration's 一是, a purpose's 以/为 + verb, 让/使 X + verb, manner words before the verb, 是 +
what a platform is for, 在X方面 + verb, 加大X力度, 发挥X在Y中的作用; and what still stays out."""
import pytest

from summarizer.english.lexicon import Lexicon
from summarizer.english.phrases import Grammar, adverb


@pytest.fixture(scope="module")
def g():
    return Grammar(Lexicon({"江州": "Jiangzhou", "江州实验室": "Jiangzhou Laboratory"}))


@pytest.mark.parametrize("zh, en", [
    # an enumeration's 一是/二是: what follows is the aim
    ("一是加强合作", "strengthen cooperation"),
    ("二是提升基层治理水平", "raise the level of grassroots governance"),
    # a purpose: 以/为(了) + verb phrase is what the platform aims at
    ("为促进区域经济发展", "promote the development of the regional economy"),
    ("以加强市场监管", "strengthen market supervision"),
    ("为了推动产业绿色发展", "drive the green development of industries"),
    # 让/使 X + verb: "enable X to …", "make X Y" where the verb is 成为
    ("使江州实验室专注于基础研究", "enable the Jiangzhou Laboratory to focus on basic research"),
    ("让其成为区域创新的重要引擎", "make it an important engine of regional innovation"),
    # manner words before the verb: an adverb, or a phrase after the clause
    ("高标准建设创新平台", "build an innovation platform to high standards"),
    ("高水平高质量建设江州实验室", "build the Jiangzhou Laboratory to a high standard and with high quality"),
    ("广泛开展技术研发", "extensively conduct technology R&D"),
    # 是 + a verb phrase + a role head: what the platform serves as
    ("是推动区域经济发展的重要引擎", "serve as an important engine driving the development of the regional economy"),
    # 在X方面 + verb: the place word closes the 在-phrase whatever verbs it holds
    ("在人才培养方面开展合作", "cooperate in talent training"),
    # 加大X力度 with or without 的, and 加大对X支持力度
    ("加大财政资源统筹力度", "step up fiscal resource coordination"),
    ("加大对中小企业的支持力度", "step up support for SMEs"),
    # 发挥X在Y中的作用: whose role where
    ("发挥江州实验室在推动科技创新中的作用",
     "leverage the role of the Jiangzhou Laboratory in driving scientific innovation"),
])
def test_new_clause_shapes(g, zh, en):
    assert g.clause(zh) == en


def test_a_beneficiary_with_a_deed_of_its_own(g):
    # 为X打造Y提供Z: the beneficiary does the deed ("for Jiangzhou to build …"), never the platform
    assert g.clause("为江州建设国家中心城市提供人才支撑") == \
        "provide talent support for Jiangzhou's efforts to build a national centre city"
    assert g.clause("为江州培育新兴产业提供支撑") == "provide support for Jiangzhou to foster emerging industries"
    # a list of deeds or a second frame stays with the readings written before (or out)
    assert g.clause("为区域经济发展提供支撑") == "provide support for the regional economy's development"


def test_new_before_a_role_head_leads():
    g = Grammar(Lexicon({}))
    assert g.clause("打造绿色发展新标杆") == "become a new green development benchmark"
    assert g.clause("建设高性能新能源材料") == "build high-performance new-energy materials"  # 新能源 is one word's


def test_a_clause_retried_without_a_modifier_it_cannot_write():
    # the whole clause first; only where it fails, a 的-modifier before a place-like head is left out (the
    # writer retries leniently), never a negation, never before an action's head
    from summarizer.english.writer import EnglishWriter
    g = Grammar(Lexicon({}))
    zh = "打造可容纳300余家创新创业单位的双创示范园区"
    assert g.clause(zh) is None
    assert EnglishWriter().goal(g, zh) == ("build a demonstration park for innovation and entrepreneurship", 0)
    assert EnglishWriter().goal(g, "打造不具备容纳300余家单位条件的示范园区")[0] == ""
    # a manner word the lexicon lacks before the verb is left out on the retry, the deed kept
    assert EnglishWriter().goal(g, "优先引入知名优质企业")[0] == "bring in high-quality well-known companies"


def test_a_place_by_its_short_name_after_a_preposition_and_a_pivot_with_a_place():
    g = Grammar(Lexicon({}))
    # 在沪, 在京: a province's or city's one-character short name after 在/赴/来 is the place
    assert g.clause("引导企业在京设立研发机构") == "guide companies to set up an R&D institution in Beijing"
    assert g.clause("在沪设立研发中心") == "set up an R&D centre in Shanghai"


def test_a_plan_heads_with_its_noun_and_two_clauses_share_their_verb():
    from summarizer.english.writer import join_goal
    g = Grammar(Lexicon({}))
    assert g.clause("围绕特色产业规划") == "focus on distinctive industry planning"  # never "… industry planned"
    assert join_goal(["build a platform", "build a base"]) == "build a platform and a base"
    assert join_goal(["build X", "build Y", "build Z"]) == "build X, build Y and build Z"  # a longer list keeps each


def test_pivots_with_several_doers_places_and_set_phrases():
    g = Grammar(Lexicon({"江州": "Jiangzhou", "青溪": "Qingxi"}))
    assert g.clause("助力江州和青溪打造创新高地") == "help Jiangzhou and Qingxi build an innovation hub"
    # a list of deeds is no list of doers (an item that is an action does nothing)
    assert g.clause("进一步促进学校科技成果转化、高校服务地方经济") == \
        "further promote the university's technology transfer and university service to the local economy"
    assert g.clause("推动业务在海南落地生根") == "drive business to take root in Hainan"
    assert g.clause("助力江州奔小康") == "help Jiangzhou achieve moderate prosperity"
    assert g.clause("建设成为江州农业“硅谷”") == 'become Jiangzhou\'s agriculture "Silicon Valley"'
    # 为X提供Y的平台 says what the platform is
    assert g.clause("为企业提供服务的平台") == "serve as a platform providing services for companies"


def test_problems_in_the_course_of_two_actions():
    g = Grammar(Lexicon({}))
    assert g.clause("解决新型电力系统构建与运行中的重大科学与技术问题") == \
        "solve major science and technology problems in the building and operation of new-type power systems"


def test_a_listed_clause_retried_keeps_the_verb_phrases_it_can_write():
    from summarizer.english.writer import EnglishWriter
    g = Grammar(Lexicon({}))
    zh = "整合科研资源、搭建交流平台、架起全域合作的桥梁"  # the grammar cannot write the third whole
    assert g.clause(zh) is None
    assert EnglishWriter().goal(g, zh) == ("integrate research resources and build an exchange platform", 0)
    # a retried X的Y whose modifier is empty (建设的…: the verb went before) keeps its head
    assert EnglishWriter().goal(g, "建设的重大创新平台，打造国家实验室“预备队”")[0] == \
        'build a major innovation platform and a national laboratory "reserve team"'


def test_while_hangs_on_the_deed_after_it_and_never_stands_alone():
    from summarizer.english.writer import EnglishWriter
    g = Grammar(Lexicon({}))
    assert EnglishWriter().goal(g, "在服务国家战略的同时，推动地方发展")[0] == \
        "drive local development while serving national strategy"
    assert EnglishWriter().goal(g, "服务国家战略的同时，推动地方发展")[0] == \
        "drive local development while serving national strategy"
    assert EnglishWriter().goal(g, "在服务国家战略的同时，开展把脉问诊")[0] == ""  # what it goes with is left out


def test_two_centres_are_no_hub_for_a_field_and_a_platform_is_provided_with_its_article():
    g = Grammar(Lexicon({}))
    assert g.clause("打造科研中心和人才培养中心") == "become a research centre and a talent training centre"
    assert g.clause("为企业提供服务平台") == "provide a service platform for companies"


def test_two_actions_after_what_they_act_on(g):
    # X保护治理, 资源开发利用: two actions on what comes before them, each as its noun, joined by "and"
    assert g.clause("推进水资源保护利用") == "advance water resource protection and use"
    assert g.clause("推进海洋资源开发利用") == "advance marine resource development and use"


def test_focus_on_two_objects_each_with_its_own_verb(g):
    # 围绕X培育和Y提升: each object with its own verb, never one event over both ("the strengthening of X
    # fostering and Y"); one event after a list of plain objects is over all of them
    assert g.clause("围绕江州新兴产业培育和传统产业提升") == \
        "focus on fostering Jiangzhou emerging industries and the strengthening of traditional industries"
    assert g.clause("围绕产业链和创新链发展") == "focus on the development of industry chain and innovation chain"


@pytest.mark.parametrize("zh", [
    "三是出口快速增长",  # an enumeration of a state, not an aim
    "是江州数字城市运行服务系统的重要载体",  # a noun before 的: whose vehicle or of what, the grammar cannot tell
    "协同创新",  # a modifier and a verbal noun: a noun phrase, never "collaboratively innovate"
    "为中小企业提供",  # 为X提供 without its object stays the 为X提供Y frame's
])
def test_shapes_that_stay_out_or_keep_their_reading(g, zh):
    out = g.clause(zh)
    assert out is None or not out.startswith(("collaboratively", "enable", "serve as"))


def test_frames_written_before_are_unchanged(g):
    # the new shapes are tried only where the frames wrote nothing
    assert g.clause("推动区域经济可持续发展") == "drive the sustainable development of the regional economy"
    assert g.clause("在服务地方经济发展上取得成果") == "achieve results in serving the local economy development"


@pytest.mark.parametrize("adj, adv", [("extensive", "extensively"), ("sustainable", "sustainably"),
                                      ("systematic", "systematically"), ("steady", "steadily"),
                                      ("high-level", None), ("in-depth", None), ("friendly", None),
                                      ("concentrated", None)])
def test_adverb(adj, adv):
    assert adverb(adj) == adv


def test_the_head_after_a_list_of_fields_is_kept():
    from summarizer import schema
    from summarizer.english.writer import EnglishWriter

    w = EnglishWriter()
    g = w.grammar(schema.Brief(), {})
    # X等领域的Y is Y in X: "carry out AI" had lost what is carried out
    assert w.goal(g, "开展人工智能等领域的研究")[0] == "conduct research in AI"
    assert w.goal(g, "稳步推进钢铁等领域的节能改造")[0] == "steadily advance energy-saving upgrading in steel"


def test_a_clause_retried_without_an_opening_it_cannot_write_keeps_its_deed():
    from summarizer.english.writer import EnglishWriter
    g = Grammar(Lexicon({}))
    # 为X提供Y where X cannot be written: the deed alone; X's own verb (提升) is X's, never the deed
    zh = "为双盛橡胶提升创新能力提供支撑"
    assert g.clause(zh) is None
    assert EnglishWriter().goal(g, zh) == ("provide support", 0)
    assert EnglishWriter().goal(g, "面向传统产业升级改造和发展战略性新兴产业建设产业技术研发服务平台")[0] == \
        "build an industry technology R&D service platform"
    # a deed it cannot write either: the clause stays out
    assert EnglishWriter().goal(g, "为甘肃省新能源汽车产业发展提供“聚心、聚智、聚力”的协同创新大平台") == ("", 1)


def test_words_of_goals_found_missing_in_regional_news():
    g = Grammar(Lexicon({}))
    assert g.clause("锚定国家战略需求") == "target national strategic needs"
    assert g.clause("直击产业发展痛点、难点") == "directly address industrial development pain points and difficulties"


@pytest.mark.parametrize("zh, en", [
    # 以X为主导: "be led by X", as 以X为引领 reads; 以X为主导的Y: "Y led by X"
    ("以人工智能、物联网为主导", "be led by AI and IoT"),
    # 给X提供Y is 为X提供Y
    ("给企业提供服务", "provide services for companies"),
    # what research results do in a place: their commercialisation there
    ("推动江州大学的科研成果在江州转化",
     "drive the commercialisation of research results of Jiangzhou University in Jiangzhou"),
    # roles named by a place noun (试验田, 汇聚地), each with its own modifier, in one list
    ("打造改革的试验田、创新的策源地和人才高地", "build a reform testing ground, an innovation source and a talent hub"),
    # 具有特色的X: distinctive X; 全社会: society-wide
    ("开展具有特色的工程化研究和成果转化", "carry out distinctive engineering research and technology transfer"),
    ("进一步激发全社会创新创业活力", "further stimulate society-wide innovation and entrepreneurship vitality"),
])
def test_goal_shapes_read_sets_left_out(zh, en):
    g = Grammar(Lexicon({"江州大学": "Jiangzhou University", "江州": "Jiangzhou"}))
    assert g.clause(zh) == en


def test_two_places_as_the_two_sides_in_running_text():
    # "京冀双方签署…": the two sides are Beijing and Hebei (was "Beijing-Hebei the two sides")
    assert Grammar(Lexicon({})).noun_phrase("京冀双方") == "Beijing and Hebei"


def test_each_listed_strength_and_a_term_that_holds_its_head_are_said_once():
    g = Grammar(Lexicon({}))
    # 发挥A优势、B优势: "the strengths of A and B", never "strengths in A strengths"
    assert g.clause("发挥资源优势和产业优势") == "leverage the strengths of resources and industries"
    # 文化创意产业: one term, not "cultural and creative industry industries"
    assert g.clause("发展文化创意产业") == "develop cultural and creative industries"

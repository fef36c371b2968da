"""What a news sentence says about time and ability, and the goal shapes around a partner, a field, a means and a
count (sentences written for these tests): 已建成 "has built", 已揭牌 "has been unveiled", 可降低 "can lower",
将为X提供Y "will provide Y for X", 加强与X的合作 "cooperation with X" (never "of X"), 通过X推动Y "drive Y by X-ing",
建成9个实验室 "build nine laboratories" (a count is never what a platform becomes)."""
import pytest

from summarizer.english.lexicon import Lexicon
from summarizer.english.phrases import Grammar


@pytest.fixture(scope="module")
def g():
    return Grammar(Lexicon({"江州": "Jiangzhou", "江州实验室": "Jiangzhou Laboratory", "华为": "Huawei",
                            "江州中小企业联合会": "Jiangzhou Federation of Small and Medium Enterprises"}))


@pytest.mark.parametrize("zh, en", [
    # 已/已经: done by the time of the report, in the present perfect
    ("江州实验室已建成国家绿色数据中心", "the Jiangzhou Laboratory has built national green data centres"),
    ("江州实验室已实现零碳排放", "the Jiangzhou Laboratory has achieved zero carbon emissions"),
    ("江州实验室已正式投入运营", "the Jiangzhou Laboratory has been officially put into operation"),
    ("双方已签署战略合作协议", "the two sides have signed a strategic cooperation agreement"),
    # 可: what the subject can do, in the present (it had been told as a past event: "lowered")
    ("江州实验室可降低企业研发成本", "the Jiangzhou Laboratory can lower company R&D costs"),
    # 将/可 + a frame opened by a preposition: the goal grammar's verb phrase after the modal
    ("江州实验室将为企业提供检测服务", "the Jiangzhou Laboratory will provide testing services for companies"),
    ("江州实验室可为企业提供检测服务", "the Jiangzhou Laboratory can provide testing services for companies"),
    ("江州实验室将与华为开展合作", "the Jiangzhou Laboratory will cooperate with Huawei"),
    ("江州中小企业联合会将与华为开展合作",
     "the Jiangzhou Federation of Small and Medium Enterprises will cooperate with Huawei"),
])
def test_aspect_and_ability_in_sentences(g, zh, en):
    assert g.sentence(zh) == en


def test_a_dated_report_stays_in_the_past(g):
    # "On 5 March … has been unveiled" is no English: with a date the event is in the simple past
    assert g.sentence("3月5日，江州实验室已正式揭牌") == "On 5 March the Jiangzhou Laboratory was officially unveiled"


@pytest.mark.parametrize("zh, en", [
    # 与X的N: the partner of a cooperation is "with" it; the cooperation is not X's
    ("加强与高校的合作", "strengthen cooperation with universities"),
    ("深化与华为的合作", "deepen cooperation with Huawei"),
    ("加强与高校、科研院所的合作", "strengthen cooperation with universities and research institutes"),
    # 在X领域的N: where it happens
    ("加强在人工智能领域的合作", "strengthen cooperation in AI"),
    # 通过 + a deed: the means, after what it serves
    ("通过引进高端人才推动产业升级", "drive industrial upgrading by attracting high-end talent"),
    ("通过建设公共服务平台为企业提供技术服务",
     "provide technical services for companies by building a public service platform"),
    # a count after 建成 is built, and a team of N people
    ("建成9个实验室", "build nine laboratories"),
    ("建成101人专业技术团队及8条专业中试产线",
     "build a professional technical team of 101 people and eight specialised pilot-scale production lines"),
    ("实现零碳排放", "achieve zero carbon emissions"),
    # what a deed helps, and what money is for
    ("有助于提升企业创新能力", "help raise companies' capacity for innovation"),
    ("用于实验室建设", "be used for laboratory construction"),
    # 为 + deeds + 贡献力量: what it contributes to is the deeds, each its own gerund
    ("为推动能源行业进步和区域经济社会发展贡献力量",
     "contribute to driving energy industry progress and the economic and social development of the region"),
    # 推动X进步和Y发展: each thing has its own event (it had read "the economic and social development of energy
    # industry progress and region")
    ("推动传统产业转型升级和新兴产业发展",
     "drive the transformation and upgrading of traditional industries and emerging industrial development"),
])
def test_goal_shapes(g, zh, en):
    assert g.clause(zh) == en


@pytest.mark.parametrize("zh, en", [
    # 一个/一家 + a noun phrase: one thing ("an advanced … centre", never "one high-tech enterprises")
    ("构建一个先进且高效的算力中心", "build an advanced and efficient computing centre"),
    ("引进一家高新技术企业", "attract a high-tech enterprise"),
    # one word before 的 qualifies its head (it had been "a science and technology city of one modernisation")
    ("建设一座现代化的科技城", "build a modern science and technology city"),
    # a word that may be a verb qualifies the head before 的 (it had been "build and improve" with no object)
    ("构建完善的创新体系", "build a sound innovation system"),
])
def test_one_thing_and_its_quality(g, zh, en):
    assert g.clause(zh) == en


@pytest.mark.parametrize("zh, en", [
    # 为 + a deed + 提供Y: the frame's verb is the last one, and the deed is what the support is for
    ("为培育新质生产力提供核心支撑", "provide core support for fostering new quality productive forces"),
    # 以X为导向的Y: what Y is oriented to
    ("开展以市场需求为导向的技术研发", "carry out technology R&D oriented to market demand"),
    # 围绕X提供Y: support for X
    ("围绕数字经济提供支持", "provide support for the digital economy"),
    # what an activity costs is a noun phrase, not a verb and its object
    ("有效降低人工智能企业运营成本", "effectively lower AI company operation costs"),
    # 与X合作 + a verb: 合作 says "together" (it had read "… with the Huawei cooperation")
    ("与华为合作共建江州实验室", "jointly build the Jiangzhou Laboratory with Huawei"),
    ("开展深入合作", "pursue in-depth cooperation"),
    # 为 + deeds listed + 提供Y: one frame, not two clauses
    ("为促进中医药发展、提高人民健康水平提供科技支撑",
     "provide scientific and technological support for promoting the development of traditional Chinese medicine "
     "and raising public health level"),
    # 在X等领域的Y: Y in X
    ("打造在航空航天、生物医药等领域的国内一流创新平台",
     "build a leading domestic innovation platform in aerospace and biomedicine"),
])
def test_frames_of_support_aims_and_partners(g, zh, en):
    assert g.clause(zh) == en


def test_what_a_document_asks_for_is_no_event(g):
    # 《规划》要求…: had been 'The "planned" requirements strengthened a fiscal finance support level'
    assert g.sentence("《规划》要求加强财政金融支持力度") is None


def test_a_head_that_only_qualifies_is_no_noun_phrase(g):
    # X的全国一流的Y: had been "… hub of first-class the whole country of leading research conditions …"
    out = g.clause("成为科研条件领先、高端人才聚集的全国一流的现代农业科技创新高地")
    assert out is None or "the whole country of" not in out


def test_a_verb_sense_is_never_a_term(g):
    # terms.tsv had CC-CEDICT verb senses: 北方春播油料作物 read "northern to sow in spring oil crop …"
    from summarizer.translate.knowledge import KB_DIR
    rows = [line.split("\t") for line in (KB_DIR / "terms.tsv").read_text(encoding="utf-8").splitlines()[1:]]
    assert len(rows) > 4000 and not [r for r in rows if len(r) > 1 and r[1].startswith("to ")]
    assert "to sow" not in (g.clause("开展北方春播油料作物新品种选育") or "")


def test_a_finished_deed_is_never_glossed_as_a_noun_phrase(g):
    # 已 had been an unknown piece, and the clause read "the Jiangzhou Laboratory's completion national … centres"
    out = g.clause("江州实验室已建成国家绿色数据中心")
    assert out is None or "completion" not in out


def test_an_event_with_a_year_of_its_own_takes_no_report_date():
    # "On 31 August the … Laboratories was launched in 2018": the visit's date is not the launch's
    from summarizer.english.writer import _dated
    assert _dated("The Jiangzhou Laboratory was launched in 2018. It aims to lead.", "31 August") \
        == "The Jiangzhou Laboratory was launched in 2018. It aims to lead."
    assert _dated("The Jiangzhou Laboratory was unveiled. It aims to lead.", "31 August") \
        == "On 31 August the Jiangzhou Laboratory was unveiled. It aims to lead."


def test_a_figure_of_one_and_a_letter_that_labels_what_is_counted():
    from summarizer.english.lexicon import Lexicon
    from summarizer.english.scale import ScaleWriter
    w = ScaleWriter(Grammar(Lexicon({})))
    assert w.write("拓展区1平方公里", 1, "平方公里") == "1 square kilometre"  # not "1 square kilometres"
    assert w.write("由A、B、C三个地块组成", 3, "个") is None  # it had been "3 C"

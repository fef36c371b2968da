"""The embedded engine's English running text: written from the brief's facts by a phrase grammar, never a word
gloss; what the grammar cannot write is left out with a warning. And the seq2seq translator's repairs."""
import re

import pytest
from conftest import FIXTURES, ROOT

from summarizer import schema
from summarizer.english import EnglishWriter
from summarizer.english.lexicon import Lexicon
from summarizer.english.phrases import Grammar
from summarizer.english.scale import ScaleWriter
from summarizer.translate.glossary import GlossaryTranslator, jieba_words
from summarizer.translate.seq2seq import Seq2SeqTranslator

CJK = re.compile(r"[\u3400-\u9fff]")
# What the word-by-word gloss wrote for words of these articles (issue 16): none may appear.
GLOSS_ARTEFACTS = ("Salix", "many in", "1 period", "at long last", "wooden or bamboo pen", "a building used as",
                   "tackle key problems", "start using", "arts and crafts")

# An original article in the style of regional news (written for this test): figures of several kinds, a
# goal with a clause of invented words no lexicon has.
ARTICLE = """江州智算中心一期投入运营

江州日报讯 5月20日，江州智算中心一期在江州高新区正式投入运营。该中心由江州市人民政府与华为技术有限公司共同建设，总投资约6.8亿元，一期建设机柜4000个，算力达到800P，洁净厂房面积5000平方米，组建了一支120余人的专业运维团队。

江州智算中心将打造全国领先的智能算力枢纽，为人工智能、大数据等产业提供算力服务，推动数字经济高质量发展。据介绍，中心二期计划于2026年建成，届时总算力将不少于2000P。
"""


@pytest.fixture(scope="module")
def grammar():
    return Grammar(Lexicon({"江州智算中心": "Jiangzhou Intelligent Computing Center", "江州": "Jiangzhou"}))


def _news(text: str, platforms: dict[str, str]) -> schema.Brief:
    """A brief of `text` (title 江州新闻, no Chinese summary) whose platforms (zh → en) are named where the text
    first names them."""
    return schema.Brief(title=schema.Text(zh="江州新闻"), summary=schema.Field_(zh=""), text=text,
                        platforms=[schema.Platform(name=schema.Field_(zh=zh, en=en, evidence=[(text.find(zh), text.find(zh) + len(zh))]))
                                   for zh, en in platforms.items()])


def _english_fields(b: schema.Brief) -> list[tuple[str, str, str]]:
    out = [("title", b.title.zh, b.title.en), ("summary", b.summary.zh, b.summary.en)]
    for p in b.platforms:
        out.append(("name", p.name.zh, p.name.en))
        out.append(("goal", p.goal.zh, p.goal.en))
        out += [("scale", s.zh, s.en) for s in p.scale] + [("partner", x.zh, x.en) for x in p.partners]
    return out


@pytest.mark.parametrize("source", ["four_platforms.txt", "one_platform.txt", "alliance.txt", "chinese_numerals.txt",
                                    "no_platform.txt", "traditional.txt", "news_page.html", "sample_short.txt", "inline"])
def test_no_chinese_and_no_gloss_in_any_english_field(engine, source):
    if source == "inline":
        b = engine.brief(ARTICLE)
    else:
        path = ROOT / "examples" / source if source == "sample_short.txt" else FIXTURES / source
        b = engine.brief(path)
    gloss = GlossaryTranslator(segmenter=jieba_words)
    for field, zh, en in _english_fields(b):
        assert not CJK.search(en), (field, en)
        assert not any(a in en for a in GLOSS_ARTEFACTS), (field, en)
        if field in ("goal", "scale") and zh and en:
            assert en != gloss.translate(zh), (field, zh, en)  # the writer's English, not the word gloss


def test_the_article_reads_as_english(engine):
    b = engine.brief(ARTICLE)
    p = b.platforms[0]
    scale = {s.zh: s.en for s in p.scale}
    assert "total investment of about 680 million yuan" in scale.values()
    assert "5,000 square metres of clean workshops" in scale.values()
    assert "4,000 cabinets built in the first phase" in scale.values()
    assert any(v.startswith("computing power of 800P") for v in scale.values())
    # the centre itself is to be the hub (打造…枢纽): English says it is to "become" one
    assert p.goal.en.startswith("become a nationally leading") and "computing services for AI" in p.goal.en
    assert "On 20 May" in b.summary.en and "Huawei" in b.summary.en and "680 million yuan" in b.summary.en


@pytest.mark.parametrize("zh,value,en", [
    ("总投资约32亿元", 32, "total investment of about 3.2 billion yuan"),
    ("2.6万平方米中试空间", 2.6, "26,000 square metres of pilot-scale space"),
    ("4000个机柜", 4000, "4,000 cabinets"),
    ("洁净厂房面积5000平方米", 5000, "5,000 square metres of clean workshops"),
    ("一期算力800P", 800, "computing power of 800P in the first phase"),
    ("累计完成中试服务项目200余项", 200, "more than 200 pilot-scale service projects completed"),
    ("中试服务收入达5000余万元", 5000, "pilot-scale service revenue of more than 50 million yuan"),
    ("101人专业技术团队", 101, "a professional technical team of 101 people"),
    ("至2025年项目投资将达80亿元", 80, "investment of 8 billion yuan by 2025"),
    ("创造10亿至15亿元的产值", 10, "1 billion to 1.5 billion yuan"),
    ("建设2栋数据中心", 2, "2 data centre buildings"),
    # a floor-area unit readers outside Taiwan do not know, with its size in square metres; 过 before a figure;
    # money put in by a verb; a count of talent is of people; a brief's name counted is a kind (see below)
    ("总楼地板面积近千坪", 1000, "total floor area of nearly 1,000 ping (about 3,300 square metres)"),
    ("设有三百坪无尘室", 300, "300-ping (about 990 square metres) cleanroom"),
    ("园区入驻各类机构过百家", 100, "more than 100 institutions settled in"),
    ("卫星地面站计划占地约30亩", 30, "site area of about 30 mu"),  # never "ground station plan site area"
    ("通过5项", 5, "5 projects"),
    ("三年内再投20亿元用于成果转化", 20, "a further 2 billion yuan to be invested for technology transfer"),
    ("计划引进高端人才300人", 300, "300 high-end professionals attracted"),
    ("建设3000个8千瓦机柜", 3000, "3,000 8-kW cabinets"),
    ("可安装机柜5200台", 5200, "capacity for 5,200 cabinets"),  # what can be installed, not "installation cabinets"
    ("13个技术研究室", 13, "13 technology research labs"),
    ("规划建设6栋IDC数据中心", 6, "6 IDC data centre buildings"),
    ("由甲方协调园区提供2万平方米办公场所", 2, "20,000 square metres of office space"),
    # the parties to its agreements, not companies it has
    ("首批与15家环保企业签订了技术服务协议", 15, "first technical service agreements with 15 environmental companies"),
    # having what is counted says nothing; companies that became members are member companies
    ("已汇聚检测人员80余名", 80, "more than 80 testing personnel"),
    ("已有12家企业成为会员单位", 12, "12 member companies"),
    # a count of several is of a plural, a mass noun stays; the end of a year goes after the figure
    ("园区建有三大公共服务平台", 3, "3 public service platforms"),
    ("两栋大楼", 2, "2 buildings"),
    ("5项关键技术", 5, "5 key technologies"),
    ("2026年年底算力规模达到120P", 120, "computing power of 120P by the end of 2026"),
    ("预计年底总算力规模达1000P", 1000, "total computing power of 1,000P by the end of the year"),  # no year named
    # one person is no "1 people"; a plural before what qualifies it stays as it is
    ("将为孵化器提供园区顾问1名", 1, "1 person"),
    ("意向入驻企业2家", 2, "2 companies intending to move in"),
    ("综合楼设置办公室60间", 60, "60 offices set up"),  # counted, plural, whatever verb follows
    ("一期7个标准车间", 7, "7 standard workshops in the first phase"),
    # a kind of computing before a computing figure is what it measures, however far the verbs put it
    ("汇聚通算近640P", 640, "general-purpose computing power of nearly 640P"),
    ("智算规模将达到3000P", 3000, "intelligent computing power of 3,000P"),
    ("算力使用规模预计可超过248P", 248, "computing power of more than 248P"),
    # a kind of body the lexicon writes capitalised is still plural when counted
    ("园区已挂牌4个概念验证中心", 4, "4 Proof-of-Concept Centers"),
    # what a count counts has no determiner of its own; a list counted together is said whole
    ("已进驻40家香港企业和机构", 40, "40 Hong Kong companies and institutions"),
    ("吸引28家高校、科研院所和企业", 28, "28 universities, research institutes and companies"),
    ("联合7所高校和2家研究机构", 7, "7 universities"),
    ("10家战略联盟骨干单位", 10, "10 organisations"),  # the head is unknown: never its modifier as what is counted
    # two phases counted together
    ("一期、二期共26栋", 26, "26 buildings in the first and second phases"),
])
def test_scale_english_has_the_figure_its_unit_and_what_it_counts(grammar, zh, value, en):
    assert ScaleWriter(grammar).write(zh, value) == en


def test_a_count_with_nothing_known_to_count_has_no_english(grammar):
    assert ScaleWriter(grammar).write("7515个", 7515) is None


def test_what_a_count_counts_is_a_kind_even_where_the_brief_names_it():
    g = Grammar(Lexicon({"产业研究院": "Industrial Research Institute"}))  # a tagger took the kind for a name
    assert ScaleWriter(g).write("下设4个产业研究院", 4) == "4 industrial research institutes"
    assert ScaleWriter(g).write("1个产业研究院", 1) == "1 Industrial Research Institute"


def test_the_qualifier_the_figure_rules_read_is_kept_where_the_phrase_lost_it(grammar):
    assert ScaleWriter(grammar).write("机构100家", 100, "家", "余") == "more than 100 institutions"
    assert ScaleWriter(grammar).write("机构100家", 100, "家", "") == "100 institutions"


@pytest.mark.parametrize("zh,en", [
    ("打造全国领先的数据中心资源高地", "build a nationally leading data centre resource hub"),
    ("成为目前国内规模最大的智算中心", "become the largest intelligent computing centre in China"),
    ("为科技企业提供专业的技术研发服务", "provide specialised technology R&D services for tech firms"),
    ("围绕智能制造、工业设计等领域开展原创性基础研究", "conduct original basic research in intelligent manufacturing and industrial design"),
    ("建设成为示范性中试基地和技术转移机构", "become a demonstration pilot-scale base and a technology transfer institution"),
    ("聚焦汽车、新材料、新能源等产业", "focus on automobiles, new materials and new energy"),
    ("推动新能源汽车和新能源材料的发展", "drive the development of new-energy vehicles and new-energy materials"),
    ("加快推动锂电产业高质量发展", "accelerate the high-quality development of lithium battery industries"),
    ("打造嘁嚓喀嚓", None),
    # a quantity without a figure leads its noun and makes it plural; several bodies are built, not become
    ("作为新一批省级制造业创新中心", "serve as a number of provincial-level manufacturing innovation centres"),
    ("打造一批创新平台", "build a number of innovation platforms"),
    # 提升X水平 raises X's level; a clause that says what something is worth is no goal
    ("提升科研创新与产学研合作水平",
     "raise the level of research innovation and industry-university-research cooperation"),
    ("提高自主创新能力和水平", "raise independent innovation capacity"),
    ("推动我市高质量发展意义重大", None),
    # 牵头 before a verb leads what that verb does: one verb, not "take the lead forms"
    ("牵头组建产业创新联盟", "lead the formation of an industrial innovation alliance"),
    # 面向X前沿 serves the frontier of X
    ("面向先进材料的前沿领域", "serve the frontier of advanced materials"),
    ("面向世界科技前沿", "serve the frontier of world science and technology"),
    # a place scopes a superlative; X中的Y; 打造为/建成为; 为X不断提供Y; 聚焦 + a causative verb; a relative clause
    ("成为华东地区规模最大的数据中心", "become the largest data centre in East China"),
    ("解决产业发展中的关键技术问题", "solve key technology problems in industrial development"),
    ("建成为区域性数据中心", "become a regional data centre"),
    ("为江州经济社会发展不断提供创新驱动力",
     "continuously provide innovative driving force for Jiangzhou's economic and social development"),
    ("聚焦服务江州智算中心建设", "serve the construction of the Jiangzhou Intelligent Computing Center"),
    ("建设辐射华南地区的实时算力中心", "build a real-time computing centre serving South China"),
    ("为企业提供了统一的云计算服务", "provide unified cloud computing services for companies"),
    ("在服务地方经济发展上取得更多创新成果", "achieve more innovation results in serving the local economy development"),
    ("重点引进长三角、中外企业投资建设",
     "attract investment from the Yangtze River Delta and Chinese and foreign companies"),
    ("建设内容包括轻合金研发基地和中试线", "build an R&D base for light alloys and a pilot line"),
    ("辐射影响嘁嚓喀嚓的研究中心", None),  # two verbs before 的 and an unknown place: left out, never guessed
    # a list of problems named by their difficulty (X难); a list of 的-phrases, each with its own 的
    ("解决定价难、互信难等关键共性难题", "solve key generic problems such as pricing and mutual trust"),
    ("解决化工中试难的问题", "solve the difficulty of chemical pilot-scale testing"),
    ("打造技术研发的创新平台、创新人才的培育基地",
     "become an innovation platform for technology R&D and a base for fostering innovative talent"),
    ("建成面向世界的开放平台", "become an open platform serving the world"),
    ("重点引进人工智能、大数据等优质龙头、成长型企业",
     "attract high-quality leading and fast-growing companies in AI and big data"),
    ("提升双方在技术创新的能力", "raise the two sides' capacity for technological innovation"),
    ("科技创新引领产业发展", "drive industrial development through scientific innovation"),
    ("为长三角等区域提供算力服务", "provide computing services for regions such as the Yangtze River Delta"),
    ("打造东北亚地区的高端智算中心", "become a Northeast Asia high-end intelligent computing centre"),
    ("建成为区域技术、信息、人才嘁嚓集中的核心高地", None),  # a modifier that would lose an item: left out
    ("建设资金由嘁嚓银行、江州银行、华为等机构", None),  # the item that carries 由 is never the one left out
    ("打造人工智能、生命健康、新材料科创高地",
     "build an innovation hub for AI, life and health and new materials"),
    ("建设研发中心、检测中心", "build an R&D centre and a testing centre"),
    ("作为“东数西算”江州枢纽", 'serve as an "East Data, West Computing" Jiangzhou hub'),
    # 攻关 opening a clause; 面向X开放Y; drawing X to settle somewhere; a list after 提供 with its kind last
    ("重点攻关精密加工工艺和激光装备", "tackle key problems in precision machining processes and laser equipment"),
    ("面向中小企业开放检测服务", "open up testing services to SMEs"),
    ("带动更多上下游企业在江州集聚", "drive more upstream and downstream companies to cluster in Jiangzhou"),
    # a relative clause of two verb phrases; a causative verb before 建设/发展; a goal that is only what it is about
    ("打造立足江州、服务周边地区的智能制造基地",
     "build a base for intelligent manufacturing based in Jiangzhou and serving surrounding region"),
    ("推动建设数字化政府", "drive the construction of digital government"),
    ("推动发展数字经济", "drive the development of the digital economy"),
    ("江州数字化转型", "focus on Jiangzhou digital transformation"),
    ("为政府部门提供影像处理、灾害评估等数据服务",
     "provide data services such as image processing and disaster assessment for government departments"),
    # 具有X的 over a list: each item takes its article, the quality follows the list
    ("建设具有全球竞争力的产业集群和创新高地",
     "build an industrial cluster and an innovation hub with global competitiveness"),
    # a news word in its sense in economic news, not the everyday one
    ("布局新赛道", "deploy new sectors"),
    ("发展生物基新材料", "develop new bio-based materials"),
    # 将X V(Y): the object before its verb; 将 is no "will" here
    ("将人工智能融入各行各业", "integrate AI into all sectors"),
    ("将园区打造成国家级创新高地", "build the park into a national-level innovation hub"),
    ("协助初创企业将研发项目商品化", "help start-ups commercialise R&D projects"),
    ("推动科技成果产业化", "drive the industrialisation of research results"),
    # the means of a clause: 利用X …, 通过X，…
    ("利用本地科研资源推进智能制造产业的发展",
     "use local research resources to advance the development of intelligent manufacturing industries"),
    ("通过数字化策略，将人工智能融入各行各业", "integrate AI into all sectors through digital strategy"),
])
def test_goal_shapes(grammar, zh, en):
    assert grammar.clause(zh) == en


@pytest.mark.parametrize("zh,en", [
    # 与X合作 / 与X形成Y; 以X为目标 / 以X为基础 / 以X推动Y; 集A、B为一体; 向X目标迈进; X为己任
    ("与江州智算中心合作", "work with the Jiangzhou Intelligent Computing Center"),
    ("与省级研究中心合作", "work with the provincial-level research centre"),
    ("与江州智算中心共同打造算力网络", "jointly build a computing power network with the Jiangzhou Intelligent Computing Center"),
    ("以打造国家实验室为目标", "aim to become a national laboratory"),
    ("以新材料为基础", "build on new materials"),
    ("以工业设计推动产业升级", "drive industrial upgrading through industrial design"),
    ("集人才培养、科学研究、成果转化为一体", "integrate talent training, scientific research and technology transfer"),
    ("向“国内一流创新高地”目标迈进", 'advance towards "leading domestic innovation hub"'),
    ("推动江州数字经济高质量发展为己任", "make it its mission to drive the high-quality development of "
                                           "Jiangzhou's digital economy"),
    # a doer and a second verb after 助力/推动; the target of 为X…Y a list of things and what happens to them
    ("助力江州打造人工智能、新材料科创高地", "help Jiangzhou build an innovation hub for AI and new materials"),
    ("为传统产业提质赋能、新兴产业培育壮大提供科技支撑",
     "provide scientific and technological support for the quality improvement and empowerment of traditional "
     "industries and the fostering and expansion of emerging industries"),
    ("为推动江州产业转型升级注入新动能", "inject new momentum into the transformation and upgrading of Jiangzhou's industries"),
    ("加大科技成果转化的力度", "step up technology transfer"),
    ("充分善用两地资源及优势", "make full use of both sides' resources and strengths"),
    # quoted chains: each link a noun phrase, joined as the quote joins them; a count inside a compound is a slogan
    ("形成“研发—中试—产业化”全周期服务链", 'form a "R&D–pilot-scale testing–industrialisation" full-cycle service chain'),
    ("构建“众创空间+孵化器”孵化服务体系", 'build a "maker spaces + incubator" incubation service system'),
    ("形成“两地三中心”容灾格局", None),
    # 重点围绕X开展Y; X一体化的Y; 推动X向…方向转型升级; 引导X协同发展; 引进X等企业入驻
    ("重点围绕储能、氢能等领域开展技术开发", "carry out technology development in energy storage and hydrogen energy"),
    ("构建科研与产业一体化的创新体系", "build an innovation system integrating research and industries"),
    ("推动江州制造业加速向高端化、绿色化方向转型升级",
     "drive Jiangzhou's manufacturing to rapidly transform and upgrade towards high-end and green development"),
    ("引导产业链上中下游企业协同发展",
     "guide industry chain upstream, midstream and downstream companies to develop in coordination"),
    ("重点引进传感器、芯片等相关企业入驻", "attract related companies in sensors and chips"),
    ("为交通强省建设提供支撑", "provide support for the construction of a strong transport province"),
    # a kind of place named by what is done there; 集A、B“四位一体”的Y; quoted items side by side; 双方在X的A和B;
    # 推动X有序发展; a list of 的-phrases whose last item lost its head where the clause was cut
    ("形成数据汇聚中心和价值创造中心", "form a data gathering centre and a value creation centre"),
    ("构建集科研、产业、人才“三位一体”的创新生态系统", "build an innovation ecosystem integrating research, industries and talent"),
    ("服务“绿色发展”“健康中国”等国家战略", 'serve national strategies such as "green development" and "Healthy China"'),
    ("整合双方在生物医药的技术优势和研究资源",
     "integrate the two sides' technology strengths and research resources in biomedicine"),
    ("推动智算中心有序发展", "drive the development of the intelligent computing centre"),
    ("建成有国际影响力的研发基地、创新人才的培育基地、未来产业的重要组成部分及具有国际",
     "become an R&D base with international influence, a base for fostering innovative talent and an important part "
     "of future industries"),
    ("构建科技推动产业集群", None),  # a clause inside a compound: not a place named by what is done there
    # 作为X实施Y的Z (a subject and its verb before 的); 对X的Y; 促进X与Y交流; 依托X开展Y; a bare noun phrase that
    # names what the platform is; 国家及江州重大战略; 全省X: the province's X; 围绕X发展战略 is a compound
    ("作为江州实施数字经济战略的新载体", "serve as a new vehicle for Jiangzhou to carry out digital economy strategies"),
    ("提升对江州数字经济的算力支撑", "strengthen computing support for Jiangzhou's digital economy"),
    ("促进高校与科技企业交流", "promote exchanges between universities and tech firms"),
    ("依托平台开展人才培养", "carry out talent training through the platform"),
    ("东西部科技协作重要载体", "serve as an important eastern and western technology cooperation vehicle"),
    ("服务“健康中国”等国家及江州重大战略", 'serve national and Jiangzhou\'s major strategies such as "Healthy China"'),
    ("提升全省制造业创新能力", "raise the province's capacity for innovation in manufacturing"),
    ("围绕国家能源发展战略", "focus on national energy development strategies"),
    ("激活嘁嚓引擎", None),  # an unknown word left out of a bare noun phrase: no "serve as" around what is left
    # verb phrases before 的 modify its head (not a second clause); 围绕X部署Y
    ("建设成为组织和开展科学研究、培养优秀人才的重要基地",
     "become an important base for organising and conducting scientific research and training outstanding talent"),
    ("围绕产业链部署创新链", "deploy the innovation chain around industry chain"),
    # a base, park or hub named by the fields it is for reads head first; quality and scope words stay before it
    ("成为新兴产业孵化基地", "become an incubation base for emerging industries"),
    ("打造高新技术企业示范园区", "build a demonstration park for high-tech enterprises"),
    ("建设世界一流的先进材料研究基地", "build a world-class research base for advanced materials"),
    ("打造全球科教高地", "build a global hub for science and education"),
    ("建设江州新材料产业基地", "build Jiangzhou's new materials industrial base"),  # a place that leads stays
    # modifiers of several kinds before one head; X最为集中的Y; an adverb between 为X and its verb
    ("打造特色鲜明、具有国际影响力的创新平台", "build a distinctive innovation platform with international influence"),
    ("打造特色鲜明、集科研、孵化于一体的综合体", "build a distinctive complex integrating research and incubation"),
    ("建成为技术、人才最为集中的核心高地", "become a core hub with the highest concentration of technologies and talent"),
    ("为企业免费提供检测服务", "provide free testing services for companies"),
    # X领域Y: Y in X; a list after 领域 that cannot be written is never cut into the field's list
    ("攻克智能制造领域重大技术难题", "tackle major technology problems in intelligent manufacturing"),
    ("瞄准船舶与海洋工程领域嘁嚓学术与研发机构", None),
    # a counted object keeps its count and plural (十余座: more than ten); 等工作 says nothing English keeps
    ("建设十余座绿色数据中心", "build more than ten green data centres"),
    ("建设3个数据中心", "build three data centres"),
    ("开展人才培养、成果推广等工作", "carry out talent training and result promotion"),
    ("孵化和培育中小科技企业", "incubate and foster small and medium-sized tech firms"),  # two verbs, one object
    ("加快建设高水平创新型省份", "accelerate the construction of a high-level innovative province"),
])
def test_goal_frames_of_cooperation_means_and_aims(grammar, zh, en):
    assert grammar.clause(zh) == en


@pytest.mark.parametrize("zh,en", [
    ("江州智算中心揭牌仪式在苏州举行", "an unveiling ceremony for the Jiangzhou Intelligent Computing Center was held in Suzhou"),
    ("江州智算中心项目奠基仪式暨签约仪式在苏州举行",
     "a groundbreaking and signing ceremony for the Jiangzhou Intelligent Computing Center project was held in Suzhou"),
    ("江州智算中心于2023年8月获批", "the Jiangzhou Intelligent Computing Center was approved in August 2023"),
    ("江州智算中心12日在苏州揭牌", "the Jiangzhou Intelligent Computing Center was unveiled in Suzhou"),  # no month: no day
    ("10月12日，江州智算中心项目在苏州开工建设",
     "On 12 October construction began on the Jiangzhou Intelligent Computing Center project in Suzhou"),
    ("江州智算中心正式开园运行", "the Jiangzhou Intelligent Computing Center officially opened"),
])
def test_sentence_shapes(grammar, zh, en):
    assert grammar.sentence(zh) == en


@pytest.mark.parametrize("zh,en", [
    ("江州大学获批国家级实验室", "Jiangzhou University won approval for a national-level laboratory"),
])
def test_what_a_subject_won_approval_for_is_not_what_was_approved(zh, en):
    grammar = Grammar(Lexicon({"江州大学": "Jiangzhou University"}))
    assert grammar.sentence(zh) == en


@pytest.mark.parametrize("zh,en", [
    ("江州智算中心是江州大学和华为共同建设的国家级项目",
     "the Jiangzhou Intelligent Computing Center is a national-level project jointly built by Jiangzhou University and Huawei"),
    ("江州智算中心是江州发展数字经济的重要平台", None),  # a clause inside the object: left out
])
def test_what_a_platform_is(zh, en):
    grammar = Grammar(Lexicon({"江州智算中心": "Jiangzhou Intelligent Computing Center", "江州大学": "Jiangzhou University",
                               "华为": "Huawei", "江州": "Jiangzhou"}))
    assert grammar.sentence(zh) == en



def test_the_summary_is_dated_by_the_report_and_its_title_says_what_happened(engine):
    b = engine.brief(ARTICLE)
    assert b.summary.en.startswith("On 20 May ")
    assert b.title.en.endswith("put into operation")


def test_the_summary_says_what_the_article_says_happened_to_a_platform_beyond_its_summary():
    text = "江州日报\n江州市召开科技大会，发布一批政策。江州智算中心于2023年8月获批，由江州大学牵头建设。中心将继续推进。"
    b = schema.Brief(title=schema.Text(zh="江州召开科技大会"), summary=schema.Field_(zh="江州市召开科技大会，发布一批政策。"),
                     text=text,
                     platforms=[schema.Platform(name=schema.Field_(zh="江州智算中心", en="Jiangzhou Intelligent Computing Center",
                                                                   evidence=[(text.index("江州智算中心"), text.index("于2023"))]))])
    EnglishWriter().write(b, {"江州智算中心": "Jiangzhou Intelligent Computing Center"})
    assert "The Jiangzhou Intelligent Computing Center was approved in August 2023." in b.summary.en
    assert not CJK.search(b.summary.en)


def test_what_happened_to_a_platform_called_back_by_its_kind_is_its_news():
    # 该工程研究中心 is the only engineering research centre of the brief: its approval is the centre's
    text = ("江州日报\n江州大学申报了江州新材料工程研究中心。\n5月6日，省发展改革委正式发文批准该工程研究中心立项建设。")
    at = text.index("江州新材料工程研究中心")
    b = schema.Brief(title=schema.Text(zh="江州大学获批工程研究中心"), summary=schema.Field_(zh="江州大学申报了江州新材料工程研究中心。"),
                     text=text,
                     platforms=[schema.Platform(name=schema.Field_(zh="江州新材料工程研究中心", en="Jiangzhou New Materials "
                                                                   "Engineering Research Center", evidence=[(at, at + 11)]))])
    EnglishWriter().write(b, {"江州新材料工程研究中心": "Jiangzhou New Materials Engineering Research Center"})
    assert "the Jiangzhou New Materials Engineering Research Center was approved" in b.summary.en, b.summary.en


def test_a_figure_read_twice_is_listed_once_in_the_summary():
    scale = [schema.ScaleItem(zh="机柜1.8万个", value=1.8, unit="万个", en="18,000 cabinets"),
             schema.ScaleItem(zh="可容纳1.8万台服务器", value=1.8, unit="万台", en="capacity for 18,000 servers"),
             schema.ScaleItem(zh="2个实验室", value=2, unit="个", en="2 laboratories"),
             schema.ScaleItem(zh="2所高校", value=2, unit="所", en="2 universities")]
    b = schema.Brief(platforms=[schema.Platform(name=schema.Field_(zh="江州数据中心", en="Jiangzhou Data Center"),
                                                scale=scale)])
    EnglishWriter().write(b, {"江州数据中心": "Jiangzhou Data Center"})
    assert b.summary.en == "The Jiangzhou Data Center has 18,000 cabinets, two laboratories and two universities."


@pytest.mark.parametrize("zh,en", [
    ("3月2日，江州大学化学学院张华团队在《科学》上发表一项重磅成果",
     "On 2 March a team led by Zhang Hua at the School of Chemistry, Jiangzhou University published a major result in Science"),
    ("江州大学在《Nature》连发6篇论文", "Jiangzhou University published six papers in Nature"),
    ("相关成果发表在Nature", "the related results were published in Nature"),
])
def test_a_paper_and_where_it_was_published(zh, en):
    grammar = Grammar(Lexicon({"江州大学化学学院": "School of Chemistry, Jiangzhou University", "张华": "Zhang Hua",
                               "江州大学": "Jiangzhou University"}))
    assert grammar.sentence(zh) == en


def test_a_report_of_a_paper_with_no_platform_says_who_published_it_where():
    text = "江州大学新成果\n春天来了。江州大学张华团队在《自然》上发表论文，揭示了新机理。"
    b = schema.Brief(title=schema.Text(zh="江州大学新成果"), summary=schema.Field_(zh="春天来了。"), text=text)
    EnglishWriter().write(b, {"江州大学": "Jiangzhou University", "张华": "Zhang Hua"},
                          {"江州大学": "org", "张华": "person"})
    assert b.summary.en.startswith("A team led by Zhang Hua at Jiangzhou University published a paper in Nature.")
    assert "describes no platform" in b.summary.en


def test_a_target_year_goes_with_the_goal_clause_after_it():
    b = schema.Brief(platforms=[schema.Platform(name=schema.Field_(zh="江州智算中心", en="Jiangzhou Intelligent Computing Center"),
                                                goal=schema.Field_(zh="力争到2030年，建成国内最大的智算中心"))])
    EnglishWriter().write(b, {"江州智算中心": "Jiangzhou Intelligent Computing Center"})
    assert b.platforms[0].goal.en == "become the largest intelligent computing centre in China by 2030"


def test_a_goal_clause_the_grammar_cannot_write_is_left_out_with_a_warning():
    b = schema.Brief(title=schema.Text(zh="江州智算中心投入运营"),
                     platforms=[schema.Platform(name=schema.Field_(zh="江州智算中心", en="Jiangzhou Intelligent Computing Center"),
                                                goal=schema.Field_(zh="打造智能算力枢纽，推进嘁嚓喀嚓之事"))])
    EnglishWriter().write(b, {"江州智算中心": "Jiangzhou Intelligent Computing Center"})
    assert b.platforms[0].goal.en == "become an intelligent computing power hub"
    assert any("1 clause(s) of the goal of Jiangzhou Intelligent Computing Center" in w and "left out" in w
               for w in b.meta.warnings)


def test_an_article_with_no_platform_says_so_in_english_and_names_who_it_is_about(engine):
    b = engine.brief(FIXTURES / "no_platform.txt")
    assert not b.platforms
    assert "describes no platform" in b.summary.en and "Nanjing Agricultural University" in b.summary.en
    assert not re.search(r"[\u4e00-\u9fff]", b.summary.en)
    assert any("no platform" in w for w in b.meta.warnings)


def test_a_report_with_no_platform_names_whole_bodies_not_a_taggers_fragments():
    from summarizer.english.writer import _who

    b = schema.Brief(title=schema.Text(zh="江州大学研究成果发表"), summary=schema.Field_(zh="江州大学团队在全国率先发布成果，区政府表示祝贺。"),
                     text="x")
    names = {"江州大学": "Jiangzhou University", "全国": "Quanguo", "区政府": "District Government"}
    kinds = {"江州大学": "org", "全国": "org", "区政府": "org"}
    assert _who(b, names, kinds) == ["Jiangzhou University"]


def test_platforms_with_nothing_known_but_their_names_are_still_named_in_the_summary():
    from summarizer.english.writer import EnglishWriter

    facts = [{"name": n, "event": None, "when": "", "where": "", "partners": [], "joint": False, "scale": [],
              "goal": ""} for n in ("Alpha Laboratory", "Beta Research Institute")]
    assert EnglishWriter.summary(None, facts) == "The report covers the Alpha Laboratory and the Beta Research Institute."


def test_a_goal_that_opens_with_a_noun_phrase_never_reads_on_x_and_provide():
    from summarizer.english.writer import EnglishWriter

    facts = [{"name": "Alpha Computing Center", "event": None, "when": "", "where": "", "partners": [], "joint": False,
              "scale": [], "goal": "computing power support and provide services for small firms"}]
    summary = EnglishWriter.summary(None, facts)
    assert "focuses on computing power support and will provide services for small firms" in summary, summary


class FakeGen:
    """A stand-in generator: `fn(text, beam)` is the model."""
    name, model, model_type, max_input_tokens, quantize = "fake", "fake", "marian", 64, ""

    def __init__(self, fn) -> None:
        self.fn, self.calls = fn, []

    def count_tokens(self, texts):
        return [len(t) for t in texts]

    def generate(self, texts, *, beam=1, no_repeat_ngram=0, max_new_tokens=None, min_new_tokens=0):
        self.calls.append((list(texts), beam))
        return [self.fn(t, beam) for t in texts]


NAMES = {"湘江实验室": "Xiangjiang Laboratory", "长沙": "Changsha"}


def test_a_lost_name_is_retried_with_the_names_in_english_inline():
    def model(t, beam):  # loses the placeholder, but copies a name it is shown
        return "Xiangjiang Laboratory is located in Changsha." if "Xiangjiang" in t else "The laboratory is in the city."

    tr = Seq2SeqTranslator(FakeGen(model), GlossaryTranslator(segmenter=jieba_words))
    assert tr.translate("湘江实验室位于长沙。", NAMES) == "Xiangjiang Laboratory is located in Changsha."
    assert any("re-translated with the names in English" in w for w in tr.pop_warnings())


def test_a_name_lost_for_good_is_written_by_the_grammar_never_glossed():
    tr = Seq2SeqTranslator(FakeGen(lambda t, beam: "The laboratory is in the city."),
                           GlossaryTranslator(segmenter=jieba_words))
    out = tr.translate("湘江实验室位于长沙。", NAMES)
    assert out == "Xiangjiang Laboratory is located in Changsha."
    assert any("phrase grammar wrote" in w for w in tr.pop_warnings())


def test_what_neither_model_nor_grammar_can_write_is_left_out():
    tr = Seq2SeqTranslator(FakeGen(lambda t, beam: 1 / 0), GlossaryTranslator(segmenter=jieba_words))
    out = tr.translate("总投资5亿元，嘁嚓喀嚓。")
    assert out == "Total investment of 500 million yuan."
    warnings = tr.pop_warnings()
    assert any("left out" in w for w in warnings) and any("model failed" in w for w in warnings)


def test_chinese_the_model_left_in_becomes_the_grammars_english_or_goes():
    tr = Seq2SeqTranslator(FakeGen(lambda t, beam: "The 新材料 park and the 嘁嚓 hall opened."),
                           GlossaryTranslator(segmenter=jieba_words))
    out = tr.translate("新材料产业园和嘁嚓馆开园。")
    assert out == "The new materials park and the hall opened."


def test_a_tagger_name_cut_out_of_a_longer_word_is_not_a_name():
    grammar = Grammar(Lexicon({"东数": "Dongshu"}))  # LAC tags 东数 of 东数西算 as a place
    assert grammar.clause("作为“东数西算”枢纽") == 'serve as an "East Data, West Computing" hub'


@pytest.mark.parametrize("zh", ["立足江州、辐射全国", "平台 加快产业集聚"])
def test_clauses_whose_verb_is_only_an_adverb_or_a_preposition_do_not_break_the_grammar(grammar, zh):
    for write in (grammar.clause, grammar.sentence, grammar.noun_phrase):
        en = write(zh)
        assert en is None or not CJK.search(en)


def test_each_platform_is_told_in_one_event_sentence_with_its_builders_and_a_repeated_event_reads_also():
    from summarizer.english.writer import EnglishWriter

    unveiled = ("{name} was unveiled", "{name} unveiled")
    facts = [{"name": "Jiangzhou Intelligent Computing Center", "event": unveiled, "when": "3 March",
              "where": "Jiangzhou", "partners": ["Jiangzhou Municipal Government", "Huawei"], "joint": True,
              "scale": ["4,000 cabinets"], "goal": "build a computing power hub"},
             {"name": "Jiangzhou Materials Laboratory", "event": unveiled, "when": "3 March", "where": "",
              "partners": ["Jiangzhou University"], "joint": False, "scale": [], "goal": ""}]
    assert EnglishWriter.summary(None, facts) == (
        "On 3 March the Jiangzhou Intelligent Computing Center, built jointly by the Jiangzhou Municipal Government "
        "and Huawei, was unveiled in Jiangzhou. The centre has 4,000 cabinets. It will build a computing power hub. "
        "The Jiangzhou Materials Laboratory, built by Jiangzhou University, was also unveiled.")


def test_where_the_event_ends_in_the_name_the_place_goes_before_it_and_the_builders_after():
    from summarizer.english.writer import EnglishWriter

    began = ("construction began on {name}", "construction starts on {name}")
    facts = [{"name": "Jiangzhou Data Center", "event": began,
              "when": "", "where": "Jiangzhou", "partners": ["China Telecom"], "joint": False, "scale": [], "goal": ""}]
    assert EnglishWriter.summary(None, facts) == \
        "Construction began in Jiangzhou on the Jiangzhou Data Center, built by China Telecom."


def test_a_day_without_its_month_is_dated_by_the_reports_dateline_and_a_later_stamp_does_not_date_an_earlier_day():
    from summarizer.english.writer import _report_date

    text = "江州材料实验室揭牌\n江州材料实验室10日在江州高新区揭牌成立。该实验室由江州大学建设。"
    b = schema.Brief(title=schema.Text(zh="江州材料实验室揭牌"), text=text,
                     platforms=[schema.Platform(name=schema.Field_(zh="江州材料实验室", en="Jiangzhou Materials Laboratory",
                                                                   evidence=[(text.index("江州材料实验室10"),
                                                                              text.index("10日"))]))],
                     meta=schema.Meta(removed=[schema.Removed(text="江州日报讯 10月12日电", reason="dateline/byline")]))
    EnglishWriter().write(b, {"江州材料实验室": "Jiangzhou Materials Laboratory"})
    assert b.summary.en.startswith("On 10 October the Jiangzhou Materials Laboratory was unveiled")
    # a page's time stamp weeks after the day: a re-post, no month for the day
    body = text.split("\n", 1)[1]  # the article without its headline
    assert _report_date(body, (10, 30, False)) == ""
    assert _report_date(body, (10, 12, False)) == "10 October"
    # a day that dates another clause (透露) before a dated event is not the event's
    assert _report_date("江州大学21日透露，江州实验室于2024年10月获批建设。", (1, 21, True)) == ""


def test_a_platform_takes_the_event_verb_after_its_name_not_the_first_of_its_sentence():
    text = "江州日报\n7月1日，江州数据中心合作项目签约仪式举行，江州算力产业联盟宣布成立。"
    b = schema.Brief(title=schema.Text(zh="江州召开大会"), text=text,
                     platforms=[schema.Platform(name=schema.Field_(zh="江州算力产业联盟",
                                                                   en="Jiangzhou Computing Power Industry Alliance",
                                                                   evidence=[(text.index("江州算力"), text.index("宣布"))]))])
    EnglishWriter().write(b, {"江州算力产业联盟": "Jiangzhou Computing Power Industry Alliance"})
    # the headline's news (江州召开大会) first, with the report's date; the alliance's event is its own verb's
    assert b.summary.en == ("On 1 July Jiangzhou convened a conference. "
                            "The Jiangzhou Computing Power Industry Alliance was established.")


@pytest.mark.parametrize("verb,en", [("顺利通过验收", "The Jiangzhou Materials Laboratory passed acceptance."),
                                     ("7日上梁，预计年底竣工", "On the 7th the Jiangzhou Materials Laboratory was topped out."),
                                     ("列入省级平台组建计划", "The report covers the Jiangzhou Materials Laboratory."),
                                     ("拟于年底竣工", "The report covers the Jiangzhou Materials Laboratory."),
                                     ("力争早日建成", "The report covers the Jiangzhou Materials Laboratory."),
                                     ("举行动土典礼", "Construction began on the Jiangzhou Materials Laboratory."),
                                     ("通过竣工验收", "The Jiangzhou Materials Laboratory passed completion acceptance."),
                                     # once completed it will …: a condition, not an event
                                     ("项目建成后可容纳企业50家", "The report covers the Jiangzhou Materials Laboratory."),
                                     ("建成投产后，预计年产值10亿元", "The report covers the Jiangzhou Materials Laboratory."),
                                     ("投运后将服务全省企业", "The report covers the Jiangzhou Materials Laboratory."),
                                     # after an event that happened, what followed: still the event
                                     ("揭牌后，双方举行座谈", "The Jiangzhou Materials Laboratory was unveiled."),
                                     ("去年建成，可容纳企业50家", "The Jiangzhou Materials Laboratory was completed."),
                                     ("项目已顺利完工", "The Jiangzhou Materials Laboratory was completed."),
                                     ("项目已基本完成，现正进行竣工验收",
                                      "The Jiangzhou Materials Laboratory was essentially completed."),
                                     # another body's main works in the clause of the verb: not the platform's event
                                     ("所在园区看到，孵化中心主体工程已完工",
                                      "The report covers the Jiangzhou Materials Laboratory.")])
def test_more_kinds_of_event_a_report_tells(verb, en):
    text = f"江州日报\n江州材料实验室{verb}。"
    b = schema.Brief(title=schema.Text(zh="江州新闻"), text=text,
                     platforms=[schema.Platform(name=schema.Field_(zh="江州材料实验室", en="Jiangzhou Materials Laboratory",
                                                                   evidence=[(5, 12)]))])
    EnglishWriter().write(b, {"江州材料实验室": "Jiangzhou Materials Laboratory"})
    assert b.summary.en == en


def test_a_headline_from_the_facts_names_the_platform_the_title_names_and_another_the_same_event_happened_to():
    from summarizer.english.writer import EnglishWriter

    approved = ("{name} was approved", "{name} approved")
    facts = [{"name": n, "zh": zh, "event": approved, "when": "", "where": "", "partners": [], "joint": False,
              "scale": [], "goal": ""}
             for n, zh in (("Alpha Laboratory", "甲实验室"), ("Beta Center", "乙中心"), ("Gamma Institute", "丙研究院"))]
    b = schema.Brief(title=schema.Text(zh="乙中心等获批"))
    g = Grammar(Lexicon({}))
    assert EnglishWriter().title(b, g, facts) == "Beta Center and Alpha Laboratory approved"


def test_two_subjects_the_same_is_said_of_read_as_one_sentence_and_a_list_subject_takes_the():
    from summarizer.english.writer import _same_predicate

    assert _same_predicate(["The Alpha Laboratory was approved in August 2021.",
                            "The Beta Laboratory was approved in August 2021.", "It has 5 teams."]) == [
        "The Alpha Laboratory and the Beta Laboratory were approved in August 2021.", "It has 5 teams."]
    grammar = Grammar(Lexicon({"江州环保研究院": "Jiangzhou Environmental Protection Research Institute",
                               "江州环保联盟": "Jiangzhou Environmental Protection Alliance", "江州": "Jiangzhou"}))
    assert grammar.sentence("江州环保研究院暨江州环保联盟在江州成立") == (
        "the Jiangzhou Environmental Protection Research Institute and the Jiangzhou Environmental Protection Alliance "
        "were established in Jiangzhou")


def test_open_to_is_a_verb_of_the_serving_frame_not_an_adjective_of_its_object():
    grammar = Grammar(Lexicon({}))
    assert grammar.clause("面向中小企业开放实验设备") == "open up experiment equipment to SMEs"
    assert grammar.clause("打造开放平台") == "become an open platform"


@pytest.mark.parametrize("zh,en", [
    ("打造一流研究院", "become a first-class research institute"),  # the platform itself is to be the institute
    ("打造新型战略产业集群", "build a new strategic industrial cluster"),  # a cluster is built, not become
    ("助力浙江打造新材料创新平台", "help Zhejiang build a new materials innovation platform"),  # another's platform
    ("开展跨学科研究", "conduct interdisciplinary research"),
    ("开展全方位务实合作", "pursue all-round practical cooperation"),
    ("开展人才培养", "carry out talent training"),
])
def test_goal_verbs_read_as_english_news_writes_them(zh, en):
    assert Grammar(Lexicon({})).clause(zh) == en


@pytest.mark.parametrize("zh,en", [
    ("碳基能源资源高效利用", "efficient use of carbon-based energy resources"),  # an action with its own modifier
    ("贵金属纳米材料、贵金属合金材料、贵金属循环利用", "precious metal nanomaterials, alloy materials and recycling"),
    ("碳基功能材料、碳基膜材料、碳基能源材料", "carbon-based functional, carbon-based membrane and "
                                          "carbon-based energy materials"),  # an adjective English repeats; one head
    ("文旅、大健康产业示范园区", "demonstration park for culture and tourism and health industries"),
])
def test_noun_phrases_in_the_order_english_writes_them(zh, en):
    assert Grammar(Lexicon({})).noun_phrase(zh) == en


@pytest.mark.parametrize("zh,en", [
    ("构建一个先进且高效的算力中心", "build an advanced and efficient computing centre"),
    ("打造成为泗阳乃至苏北最大的科技企业孵化基地",
     "become the largest incubation base for tech firms in Siyang and all of northern Jiangsu"),
    ("攻克重大技术及培育产业集群", "tackle major technologies and foster an industrial cluster"),
    ("落实创新驱动及西部大开发两大国家战略", "implement the innovation-driven development and Western Development "
                                          "national strategies"),
    ("聚焦新材料和智能制造两大领域", "focus on new materials and intelligent manufacturing"),
    ("打造成为在国际上具有重要影响的一流科研机构",
     "become a first-class research institution with major influence in the world"),
])
def test_goal_clauses_with_scope_counts_and_second_verbs(zh, en):
    assert Grammar(Lexicon({})).clause(zh) == en


@pytest.mark.parametrize("zh,en", [
    ("增强企业技术创新能力", "strengthen companies' capacity for technological innovation"),
    ("提升全省硬质材料产业自主创新能力", "raise the province's capacity for independent innovation in hard materials industries"),
    ("增强金融服务保障能力", "strengthen finance service support capacity"),  # only a capacity to innovate is "for"
    ("提升算力支撑", "strengthen computing support"),  # raise a capacity or a level; strengthen support
    ("开展云计算、区块链等前沿技术领域研究", "conduct research on frontier technologies such as cloud computing and "
                                                "blockchain"),
])
def test_capacity_and_research_read_as_english_says_them(zh, en):
    assert Grammar(Lexicon({})).clause(zh) == en


@pytest.mark.parametrize("zh,en", [
    ("贵金属纳米材料、高纯金属材料", "focus on precious metal nanomaterials and high-purity metal materials"),  # a goal that lists fields
    ("承担纳米技术研发与孵化功能", "conduct nano technology R&D and incubation"),
    ("延伸环境监测产业链", "extend the environmental monitoring industry chain"),
    ("瞄准世界一流研究机构", "aim to become a world-class research institution"),
])
def test_goal_clauses_read_as_a_verb_phrase(zh, en):
    assert Grammar(Lexicon({})).clause(zh) == en


@pytest.mark.parametrize("zh,en", [
    ("创新成果的转化阵地", "base for commercialising innovation results"),
    ("技术研发的创新平台", "innovation platform for technology R&D"),
    ("江州的数据中心", "data centres of Jiangzhou"),  # a place that owns it is no activity
])
def test_a_base_named_by_what_is_done_there(zh, en):
    assert Grammar(Lexicon({})).noun_phrase(zh) == en


@pytest.mark.parametrize("zh,en", [
    ("推动节能与新能源汽车和新能源材料的发展",
     "drive the development of energy-saving and new-energy vehicles and new-energy materials"),
    ("促进学校成果转化", "promote the university's technology transfer"),
])
def test_shared_heads_and_owners_of_a_goal(zh, en):
    assert Grammar(Lexicon({})).clause(zh) == en


@pytest.mark.parametrize("zh,en", [
    ("服务湖南引擎", "engine serving Hunan"),  # a place of the knowledge base
    ("配合特区政府的政策目标", "policy objectives of the Government of the Hong Kong SAR"),
])
def test_what_serves_a_place_and_whose_objectives(zh, en):
    assert Grammar(Lexicon({"江州": "Jiangzhou", "特区政府": "Government of the Hong Kong SAR"})).noun_phrase(
        zh.removeprefix("配合")) == en


@pytest.mark.parametrize("zh,en", [
    ("聚焦深地储能关键技术攻关", "tackle key deep-earth energy storage technologies"),
    ("加快打造产业集群", "accelerate the building of an industrial cluster"),
])
def test_research_on_key_technologies_is_tackling_them(zh, en):
    assert Grammar(Lexicon({})).clause(zh) == en


@pytest.mark.parametrize("zh,en", [
    ("聚焦前沿技术和关键共性技术", "focus on frontier and key generic technologies"),
    ("围绕优化产业创新链", "optimise the industry innovation chain"),
    ("助力长三角数字经济发展", "support the development of the Yangtze River Delta's digital economy"),
])
def test_goal_lists_share_a_head_and_say_what_is_done(zh, en):
    assert Grammar(Lexicon({})).clause(zh) == en


def test_a_report_with_no_platform_and_no_headline_the_grammar_can_write_is_titled_by_who_it_names():
    b = schema.Brief(title=schema.Text(zh="嘁嚓喀嚓"), summary=schema.Field_(zh="江州大学张华教授嘁嚓喀嚓。"),
                     text="嘁嚓喀嚓\n江州大学张华教授嘁嚓喀嚓。")
    EnglishWriter().write(b, {"江州大学": "Jiangzhou University", "张华": "Zhang Hua"},
                          {"江州大学": "org", "张华": "person"})
    assert b.title.en == "Jiangzhou University and Professor Zhang Hua"  # the office the report gives him
    assert not any("title could not" in w for w in b.meta.warnings)


def _fact(name, event=None, partners=(), scale=(), plans=(), goal=""):
    return {"name": name, "event": event, "when": "", "where": "", "partners": list(partners), "joint": True,
            "scale": list(scale), "plans": list(plans), "goal": goal}


SIGNED = ("an agreement was signed for {name}", "agreement signed for {name}")


def test_figures_of_a_plan_are_what_a_platform_is_to_have_not_what_it_has():
    text = "江州日报\n江州研究院落户江州，计划5年内孵化高新技术企业20至30家，现有研发团队12个。"
    items = [schema.ScaleItem(zh="高新技术企业20至30家", value=20, unit="家", en="20 to 30 high-tech companies",
                              evidence=[(text.index("高新技术"), text.index("，现有"))]),
             schema.ScaleItem(zh="研发团队12个", value=12, unit="个", en="12 R&D teams",
                              evidence=[(text.index("研发团队"), text.index("。"))])]
    b = schema.Brief(title=schema.Text(zh="江州研究院落户"), text=text,
                     platforms=[schema.Platform(name=schema.Field_(zh="江州研究院", en="Jiangzhou Research Institute",
                                                                   evidence=[(5, 10)]), scale=items)])
    EnglishWriter().write(b, {"江州研究院": "Jiangzhou Research Institute"})
    assert "has 12 R&D teams" in b.summary.en and "is to have 20 to 30 high-tech" in b.summary.en
    assert "has 20 to 30" not in b.summary.en


def test_a_platform_that_builds_another_and_has_nothing_of_its_own_is_named_only_as_its_builder():
    facts = [_fact("Alpha Institute", SIGNED), _fact("Beta Laboratory", SIGNED),
             _fact("Joint Laboratory", SIGNED, partners=["Alpha Institute", "Beta Laboratory"], goal="train talent")]
    assert EnglishWriter.summary(None, facts) == (
        "An agreement was signed for the Joint Laboratory, built jointly by the Alpha Institute and the Beta "
        "Laboratory. The laboratory will train talent.")


def test_the_summary_opens_with_what_happened_and_a_lead_of_aims_follows_it():
    facts = [_fact("Alpha Institute", goal="build an innovation hub"), _fact("Beta Institute", SIGNED)]
    assert EnglishWriter.summary(None, facts) == (
        "An agreement was signed for the Beta Institute. The Alpha Institute will build an innovation hub.")
    b = schema.Brief(title=schema.Text(zh="江州大学与江州市合作"), summary=schema.Field_(zh="江州研究院将打造创新高地。"),
                     text="江州大学与江州市合作\n5月3日，江州材料实验室签约仪式举行。江州研究院将打造创新高地。",
                     platforms=[schema.Platform(name=schema.Field_(zh="江州研究院", en="Jiangzhou Research Institute")),
                                schema.Platform(name=schema.Field_(zh="江州材料实验室", en="Jiangzhou Materials Laboratory",
                                                                   evidence=[(16, 23)]))])
    EnglishWriter().write(b, {"江州研究院": "Jiangzhou Research Institute", "江州材料实验室": "Jiangzhou Materials Laboratory"})
    assert b.summary.en == ("On 3 May a signing ceremony for the Jiangzhou Materials Laboratory was held. "
                            "The Jiangzhou Research Institute will build an innovation hub.")


def test_a_place_and_its_government_are_one_builder():
    from summarizer.english.writer import _same_side

    assert _same_side("Bao'an District People's Government", "Shenzhen Bao'an District")
    assert _same_side("the Wuhu Municipal Government", "Wuhu")
    assert not _same_side("Yibin City", "Wuliangye Yibin")
    assert not _same_side("the Rongchang District Government", "Chongqing High-tech Industry Research Institute")


def test_what_people_named_with_their_office_did_is_told_and_an_office_or_act_unknown_leaves_them_out():
    from summarizer.english.people import people_sentences

    persons = {"王明": "Wang Ming", "李华": "Li Hua", "赵强": "Zhao Qiang", "陈静": "Chen Jing", "周文": "Zhou Wen"}
    bodies = {"江州": "Jiangzhou", "江州大学": "Jiangzhou University"}
    zh = ("副省长王明、江州大学常务副校长李华代表双方签署协议。江州市长赵强出席并致辞。"
          "陈静教授今日受邀考察江州实验室。周文嘁嚓喀嚓。")
    assert people_sentences(zh, persons, bodies.get, {"江州实验室": "Jiangzhou Laboratory"}) == [
        "Vice-Governor Wang Ming and Li Hua, executive vice-president of Jiangzhou University, signed for the two sides.",
        "Zhao Qiang, mayor of Jiangzhou, attended and spoke.",
        "Professor Chen Jing visited the Jiangzhou Laboratory."]


def test_a_title_that_counts_platforms_of_one_kind_reads_as_a_counted_headline():
    from summarizer.english.writer import _counted_headline

    approved = ("{name} was approved", "{name} approved")
    named = [_fact(n, approved) for n in ("Jiangzhou Materials Technology Business Incubator",
                                          "Hexi Technology Business Incubator")]
    g = Grammar(Lexicon({}))
    assert _counted_headline("新增3家国家级科技企业孵化器", named, g) == "Three technology business incubators approved"
    assert _counted_headline("30个重大项目集中开工", named, g) == ""  # the title counts something else
    assert _counted_headline("两家孵化器获批", named[:1], g) == ""
    # the title's count, where the brief found more of the kind than the title counts
    assert _counted_headline("江州新增2家国家级科技企业孵化器", named + [_fact("Hedong Technology Business Incubator", approved)],
                             g) == "Two technology business incubators approved in Jiangzhou"


def test_a_figure_the_lead_gives_is_listed_once_and_a_lead_of_figures_follows_the_event():
    text = "江州日报\n5月3日，江州数据中心开工。江州数据中心占地面积6.7万平方米。"
    b = schema.Brief(title=schema.Text(zh="江州新闻"), summary=schema.Field_(zh="江州数据中心占地面积6.7万平方米。"), text=text,
                     platforms=[schema.Platform(name=schema.Field_(zh="江州数据中心", en="Jiangzhou Data Center",
                                                                   evidence=[(text.index("江州数据中心开工"), text.index("开工"))]),
                                                scale=[schema.ScaleItem(zh="占地面积6.7万平方米", value=6.7, unit="万平方米",
                                                                        en="site area of 67,000 square metres")])])
    EnglishWriter().write(b, {"江州数据中心": "Jiangzhou Data Center"})
    assert b.summary.en.startswith("On 3 May construction began on the Jiangzhou Data Center.")
    assert b.summary.en.count("67,000") == 1


def test_a_section_of_a_park_is_not_where_an_event_took_place():
    from summarizer.english.writer import _place_en

    g = Grammar(Lexicon({"江州时尚产业园": "Jiangzhou Fashion Industrial Park"}))
    s = "上海宝山区江州时尚产业园项目启动仪式在江州时尚产业园东区举行。"
    assert _place_en(g, s, "江州时尚产业园", "Jiangzhou Fashion Industrial Park", ("启动仪式", "启动")) == ""


@pytest.mark.parametrize("zh,en", [
    ("为江州建设创新型城市提供有力的技术支撑",
     "provide strong technical support for Jiangzhou's efforts to build an innovative city"),
    ("为建设现代海洋城市提供技术支撑", "provide technical support for building a modern marine city"),
])
def test_support_for_what_someone_builds_names_the_builder_and_what_is_built(zh, en):
    assert Grammar(Lexicon({"江州": "Jiangzhou"})).clause(zh) == en


@pytest.mark.parametrize("zh,en", [
    ("对标国家实验室和服务江州重点产业发展",
     "benchmark against national laboratories and serve Jiangzhou's key industrial development"),
    ("提供研发和服务支撑", "provide R&D and service support"),  # no name after it: 服务 stays a noun
])
def test_a_verb_that_may_be_a_noun_opens_a_second_clause_before_a_name(zh, en):
    assert Grammar(Lexicon({"江州": "Jiangzhou"})).clause(zh) == en


def test_an_owned_object_takes_no_second_article():
    g = Grammar(Lexicon({}))
    assert g.clause("完善全省创新体系") == "improve the province's innovation system"
    assert g.clause("完善创新体系") == "improve the innovation system"


def test_a_headline_counts_only_a_count_of_the_kind_and_plurals_are_english():
    from summarizer.english.phrases import plural
    from summarizer.english.writer import _TITLE_COUNT

    assert [plural(x) for x in ("branch", "consortium", "laboratory")] == ["branches", "consortia", "laboratories"]
    assert _TITLE_COUNT.search("江州120家企业入选国家工程研究中心") is None  # 120 is no count of 20
    assert _TITLE_COUNT.search("江州十二家实验室揭牌") is None
    assert _TITLE_COUNT.search("江州3家入选国家工程研究中心").group(1) == "3"


def test_what_a_person_did_is_read_from_the_act_not_from_a_word_it_starts():
    from summarizer.english.people import people_sentences

    persons = {"李明": "Li Ming", "王芳": "Wang Fang"}
    assert people_sentences("副市长李明考察了江州数据中心。", persons, lambda z: None,
                            {"江州数据中心": "Jiangzhou Data Centre"}) == ["Vice-Mayor Li Ming visited the Jiangzhou Data Centre."]
    assert people_sentences("市长王芳说，李明教授说得对。", persons, lambda z: None, {}) == ["Mayor Wang Fang spoke."]


def test_a_count_of_one_reads_a_in_running_text_and_a_quantity_keeps_its_figure():
    from summarizer.english.writer import _a_measure

    assert _a_measure("1 laboratory headquarters") == "a laboratory headquarters"
    assert _a_measure("1 innovation centre") == "an innovation centre"
    assert _a_measure("1 billion yuan") == "1 billion yuan"
    assert _a_measure("1 mu") == "1 mu"


def test_a_goal_that_opens_with_a_verb_the_grammar_writes_itself_reads_will():
    facts = [{"name": "Alpha Institute", "event": None, "when": "", "where": "", "partners": [], "joint": False,
              "scale": [], "plans": [], "goal": "conduct technology R&D and serve local companies"}]
    assert EnglishWriter.summary(None, facts) == (
        "The Alpha Institute will conduct technology R&D and serve local companies.")


# ---- what a report with no platform tells (english/news.py) -----------------------------------------------
def _no_platform_summary(body: str, names: dict[str, str], kinds: dict[str, str], summary: str = "") -> str:
    text = "江州科技新闻\n" + body
    b = schema.Brief(title=schema.Text(zh="江州科技新闻"), summary=schema.Field_(zh=summary or body), text=text)
    EnglishWriter().write(b, names, kinds)
    return b.summary.en


def test_a_paper_by_a_team_is_told_with_its_date_leader_and_journal():
    en = _no_platform_summary(
        "北京时间3月5日，江州大学化学学院李明教授团队应邀在国际知名期刊《科学》发表评述文章，系统评述了新材料的进展。",
        {"江州大学化学学院": "School of Chemistry, Jiangzhou University", "李明": "Li Ming"},
        {"江州大学化学学院": "org", "李明": "person"}, summary="新材料研究取得进展。")
    assert en.startswith("On 5 March a team led by Professor Li Ming at the School of Chemistry, Jiangzhou "
                         "University published a review in Science.")


def test_a_journal_that_publishes_a_named_authors_paper_is_the_subject():
    en = _no_platform_summary("2023年4月2日，美国《国家科学院院刊》发表了江州大学副教授王芳等研究论文。",
                              {"江州大学": "Jiangzhou University", "王芳": "Wang Fang"},
                              {"江州大学": "org", "王芳": "person"}, summary="古人类研究有新说。")
    assert en.startswith("On 2 April 2023 the Proceedings of the National Academy of Sciences published a paper by "
                         "Associate Professor Wang Fang of Jiangzhou University and colleagues.")


def test_papers_by_a_countrys_scholars_and_a_journals_statement_is_no_paper():
    en = _no_platform_summary("《Nature》杂志发布消息称，去年全球发表了160多万篇论文。5月8日，中国学者在《Nature》连发3篇论文。",
                              {}, {}, summary="科研产出增长。")
    assert en.startswith("On 8 May Chinese scholars published three papers in Nature.")
    assert "1.6" not in en and "160" not in en


def test_a_launch_is_told_with_its_site_and_rocket_and_a_planned_one_is_not():
    names = {"酒泉卫星发射中心": "Jiuquan Satellite Launch Center"}
    en = _no_platform_summary("3月9日，我国在酒泉卫星发射中心用长征二号丁运载火箭，成功将遥感卫星三号发射升空，卫星顺利进入预定轨道。",
                              names, {"酒泉卫星发射中心": "org"}, summary="发射任务圆满成功。")
    assert en.startswith("On 9 March China launched Remote Sensing Satellite 3 from the Jiuquan Satellite Launch Center "
                         "on a Long March 2D rocket; the satellite entered its planned orbit.")
    en = _no_platform_summary("江州大学牵头研制的卫星将于今年在酒泉卫星发射中心发射升空。", names,
                              {"酒泉卫星发射中心": "org"}, summary="卫星研制进展顺利。")
    assert "launched" not in en


def test_a_delegation_visit_names_who_led_it_and_what_it_visited():
    en = _no_platform_summary("6月3日上午，芜湖市副市长王强一行来到位于江滨路的江州创新研究院进行实地调研。",
                              {"王强": "Wang Qiang", "江州创新研究院": "Jiangzhou Innovation Institute"},
                              {"王强": "person", "江州创新研究院": "org"}, summary="双方座谈交流。")
    assert en.startswith("On 3 June Wang Qiang, vice-mayor of Wuhu, led a delegation to visit the Jiangzhou "
                         "Innovation Institute.")


def test_a_report_with_no_platform_does_not_name_a_figure_likened_in_passing():
    en = _no_platform_summary("在神话里，孙悟空一个筋斗就能越过十万八千里。江州大学张华教授团队研究量子通信。",
                              {"孙悟空": "Sun Wukong", "江州大学": "Jiangzhou University", "张华": "Zhang Hua"},
                              {"孙悟空": "person", "江州大学": "org", "张华": "person"})
    assert "Sun Wukong" not in en
    assert "describes no platform" in en and "Jiangzhou University" in en and "Professor Zhang Hua" in en


def test_what_officials_did_is_told_from_the_reports_opening_too_and_each_person_once():
    text = "江州新闻\n5月3日，江州材料实验室揭牌。江州市长赵强出席并致辞。赵强出席仪式。"
    b = schema.Brief(title=schema.Text(zh="江州新闻"), summary=schema.Field_(zh="5月3日，江州材料实验室揭牌。"), text=text,
                     platforms=[schema.Platform(name=schema.Field_(zh="江州材料实验室", en="Jiangzhou Materials Laboratory"))])
    EnglishWriter().write(b, {"江州材料实验室": "Jiangzhou Materials Laboratory", "赵强": "Zhao Qiang"},
                          {"赵强": "person"})
    assert b.summary.en == ("On 3 May the Jiangzhou Materials Laboratory was unveiled. "
                            "Zhao Qiang, mayor of Jiangzhou, attended and spoke.")


def test_a_goal_that_says_its_own_aim_reads_aims_to():
    b = schema.Brief(platforms=[schema.Platform(name=schema.Field_(zh="江州数据中心", en="Jiangzhou Data Center"),
                                                goal=schema.Field_(zh="瞄准于世界一流研发机构"))])
    EnglishWriter().write(b, {"江州数据中心": "Jiangzhou Data Center"})
    assert b.platforms[0].goal.en == "aim to become a world-class R&D institution"
    assert b.summary.en == "The Jiangzhou Data Center aims to become a world-class R&D institution."


def test_a_bare_day_with_no_month_to_read_it_against_reads_as_an_ordinal():
    text = "江州新闻\n江州半导体研究中心南部基地17日在江州大学揭牌启用，将培育半导体人才。"
    at = text.index("江州半导体研究中心南部基地")
    b = schema.Brief(title=schema.Text(zh="江州新闻"), summary=schema.Field_(zh="江州半导体研究中心南部基地17日揭牌启用。"),
                     text=text,
                     platforms=[schema.Platform(name=schema.Field_(zh="江州半导体研究中心南部基地", en="Jiangzhou Semiconductor Research Center Southern Base",
                                                                   evidence=[(at, at + 13)]))])
    EnglishWriter().write(b, {"江州半导体研究中心南部基地": "Jiangzhou Semiconductor Research Center Southern Base"})
    assert b.summary.en.startswith("On the 17th the Jiangzhou Semiconductor Research Center Southern Base was ")
    assert b.summary.en.count("17th") == 1


def test_a_report_of_a_teams_work_with_no_paper_names_the_team_and_not_a_partner_team():
    names = {"江州大学": "Jiangzhou University", "张华": "Zhang Hua", "李明": "Li Ming"}
    kinds = {"江州大学": "org", "张华": "person", "李明": "person"}
    en = _no_platform_summary("几百年后，江州大学张华教授的研究团队在微观层面验证了这一设想。", names, kinds,
                              summary="古人曾有奇想。")
    assert en.startswith("The report tells of the work of a team led by Professor Zhang Hua at Jiangzhou University.")
    en = _no_platform_summary("李明与江州大学张华教授团队合作研究。", names, kinds, summary="古人曾有奇想。")
    assert "team led by" not in en


def test_a_small_count_of_things_is_spelled_out_and_a_quantity_keeps_its_figure():
    from summarizer.english.writer import _a_measure

    assert _a_measure("4 core sectors") == "four core sectors"
    assert _a_measure("1 laboratory headquarters") == "a laboratory headquarters"
    assert _a_measure("3 mu") == "3 mu"
    assert _a_measure("5 billion yuan") == "5 billion yuan"
    assert _a_measure("12 laboratories") == "12 laboratories"
    assert _a_measure("total floor area of about 110,000 square metres") == "about 110,000 square metres of floor space"
    assert _a_measure("planned construction area of 5,000 square metres") == "5,000 square metres of planned floor space"


def test_an_officials_visit_the_report_opens_with_takes_the_reports_date():
    text = "江州新闻\n5月7日，江州市长赵强调研江州智算中心。江州智算中心位于江州新区。"
    at = text.index("江州智算中心位于")
    b = schema.Brief(title=schema.Text(zh="江州新闻"), summary=schema.Field_(zh="5月7日，江州市长赵强调研江州智算中心。"), text=text,
                     platforms=[schema.Platform(name=schema.Field_(zh="江州智算中心", en="Jiangzhou Intelligent Computing Center",
                                                                   evidence=[(at, at + 6)]))])
    EnglishWriter().write(b, {"江州智算中心": "Jiangzhou Intelligent Computing Center", "赵强": "Zhao Qiang"},
                          {"赵强": "person"})
    assert b.summary.en.endswith("On 7 May Zhao Qiang, mayor of Jiangzhou, visited the Jiangzhou Intelligent Computing Center.")


def test_a_platforms_site_reads_covers_and_a_planned_site_is_planned_to_cover():
    def summary(site: str) -> str:
        scale = [schema.ScaleItem(zh=site, value=120, unit="亩"),
                 schema.ScaleItem(zh="总投资5亿元", value=5, unit="亿元", en="total investment of 500 million yuan")]
        b = schema.Brief(platforms=[schema.Platform(name=schema.Field_(zh="江州数据中心", en="Jiangzhou Data Center"),
                                                    scale=scale)])
        EnglishWriter().write(b, {"江州数据中心": "Jiangzhou Data Center"})
        return b.summary.en

    assert summary("占地120亩") == ("The Jiangzhou Data Center covers 120 mu and has a total investment of "
                                              "500 million yuan.")
    assert summary("规划占地120亩").startswith("The Jiangzhou Data Center is planned to cover 120 mu")


def test_an_official_who_toured_or_briefed_is_told():
    from summarizer.english.people import people_sentences

    persons = {"王明": "Wang Ming", "李华": "Li Hua"}
    zh = "副省长王明参观江州实验室。江州大学校长李华介绍，实验室已建成三个平台。"
    assert people_sentences(zh, persons, {"江州大学": "Jiangzhou University"}.get,
                            {"江州实验室": "Jiangzhou Laboratory"}) == [
        "Vice-Governor Wang Ming visited the Jiangzhou Laboratory.",
        "Li Hua, president of Jiangzhou University, spoke."]


def test_a_team_two_lead_is_named_with_both_and_results_without_a_doer_follow_the_team():
    names = {"江州大学": "Jiangzhou University", "张华": "Zhang Hua", "李明": "Li Ming"}
    kinds = {"江州大学": "org", "张华": "person", "李明": "person"}
    en = _no_platform_summary("确定这一年代的，是江州大学张华教授和李明院士团队。这个月初，相关成果发表在Nature。",
                              names, kinds, summary="古人类研究有新进展。")
    assert en.startswith("The report tells of the work of a team led by Professor Zhang Hua and Academician Li Ming "
                         "at Jiangzhou University. The results were published in Nature.")


@pytest.mark.parametrize("sentences,headline", [
    (["On 5 March a team led by Professor Zhang Hua at Jiangzhou University published a paper in Nature."],
     "Team led by Professor Zhang Hua at Jiangzhou University publishes paper in Nature"),
    (["On 2 June 2024 Chinese scientists published three papers in Science."],
     "Chinese scientists publish three papers in Science"),
    (["On 9 May the Journal of Jiangzhou Studies published a paper by Professor Li Ming and colleagues."],
     "Journal of Jiangzhou Studies publishes paper by Professor Li Ming and colleagues"),
    (["On 1 July China launched Jiangzhou-1 from the Jiuquan Satellite Launch Center; it entered orbit."],
     "China launches Jiangzhou-1 from the Jiuquan Satellite Launch Center"),
    (["The results were published in Nature.", "The report tells of the work of a team led by Li Ming at Q University."],
     "Team led by Li Ming at Q University"),
    (["The results were published in Nature."], ""),  # no doer: no headline
])
def test_a_report_with_no_platform_is_headlined_by_its_first_news(sentences, headline):
    from summarizer.english.news import news_headline

    assert news_headline(sentences) == headline


def test_a_paper_report_with_no_platform_gets_its_news_as_title_not_a_list_of_names():
    zh = "3月5日，江州大学化学学院张华教授团队在《Nature》发表论文，报道了一种新型催化材料。"
    b = schema.Brief(title=schema.Text(zh="江州大学张华教授团队研究成果发布"), summary=schema.Field_(zh=zh),
                     text="江州大学张华教授团队研究成果发布\n" + zh)
    EnglishWriter().write(b, {"江州大学": "Jiangzhou University", "张华": "Zhang Hua"},
                          {"江州大学": "org", "张华": "person"})
    assert b.title.en == "Team led by Professor Zhang Hua at Jiangzhou University publishes paper in Nature"


@pytest.mark.parametrize("event,names,partners,headline", [
    ("construction starts on {name}", ["Jiangzhou Data Center"], [], "construction starts on the Jiangzhou Data Center"),
    ("{name} unveiled", ["Jiangzhou Data Center"], [], "Jiangzhou Data Center unveiled"),
    ("agreement signed for {name}", ["Jiangzhou Joint Laboratory"], ["Jiangzhou University", "Q Group"],
     "Jiangzhou University and Q Group sign agreement on the Jiangzhou Joint Laboratory"),
    ("agreement signed for {name}", ["Jiangzhou Strategic Cooperation Agreement"], [],
     "Jiangzhou Strategic Cooperation Agreement signed"),
    ("agreement signed for {name}", ["Jiangzhou Strategic Cooperation Agreement", "Jiangzhou Joint Laboratory"], [],
     "agreement signed for the Jiangzhou Joint Laboratory"),
])
def test_an_event_headline_reads_as_a_headline(event, names, partners, headline):
    from summarizer.english.writer import _event_headline

    assert _event_headline(event, names, partners) == headline


@pytest.mark.parametrize("zh,en", [
    ("中国北方算力最大人工智能计算中心开工",
     "construction starts on the largest artificial intelligence computing centre in northern China by computing power"),
    ("全国规模最大人工智能计算中心开工", "construction starts on the largest artificial intelligence computing centre in China"),
])
def test_a_superlative_inside_a_compound_ranks_its_head_in_a_scope(zh, en):
    assert Grammar(Lexicon({})).sentence(zh, headline=True) == en


@pytest.mark.parametrize("zh,en", [
    ("江州算力联盟宣布成立", "the Jiangzhou Computing Power Alliance was established"),
    ("江州智算中心签约仪式隆重举行", "a signing ceremony for the Jiangzhou Intelligent Computing Center was held"),
])
def test_an_announced_founding_and_a_grand_ceremony_are_what_happened_to_the_subject(zh, en):
    g = Grammar(Lexicon({"江州算力联盟": "Jiangzhou Computing Power Alliance",
                         "江州智算中心": "Jiangzhou Intelligent Computing Center"}))
    assert g.sentence(zh) == en


def test_names_sharing_one_kind_name_it_in_the_plural():
    g = Grammar(Lexicon({"江州": "Jiangzhou", "青山": "Qingshan", "白水实验室": "Baishui Laboratory"}))
    assert g.noun_phrase("江州、青山、白水实验室") == "Jiangzhou, Qingshan and Baishui Laboratories"
    assert g.noun_phrase("清华大学、北京大学和中国科学院") == \
        "Tsinghua University, Peking University and Chinese Academy of Sciences"  # each its own kind
# ---- what a count lists (english/writer.py _members) -------------------------------------------------------
def _counted(body: str, figures: list[tuple[str, str]], names: dict[str, str]) -> str:
    """The English summary of one platform whose figures (Chinese as written in `body`, English) are stated there."""
    text = "江州新闻\n" + body
    scale = [schema.ScaleItem(zh=zh, value=float(en.split()[0]), unit="个", en=en,
                              evidence=[(text.find(zh), text.find(zh) + len(zh))]) for zh, en in figures]
    b = schema.Brief(title=schema.Text(zh="江州新闻"), summary=schema.Field_(zh=""), text=text,
                     platforms=[schema.Platform(name=schema.Field_(zh="江州新材料研究院", en="Jiangzhou New Materials Institute"),
                                                scale=scale)])
    EnglishWriter().write(b, {"江州新材料研究院": "Jiangzhou New Materials Institute", **names})
    return b.summary.en


def test_the_things_a_count_lists_are_said_after_it():
    en = _counted("江州新材料研究院布局公共技术平台、前沿研究板块等4个核心板块，下设江州化学研究所、江州大学材料学院等12个研发团队。",
                  [("4个核心板块", "4 core sectors"), ("12个研发团队", "12 R&D teams")],
                  {"江州化学研究所": "Jiangzhou Institute of Chemistry",
                   "江州大学材料学院": "School of Materials, Jiangzhou University"})
    assert en == ("The Jiangzhou New Materials Institute has four core sectors and 12 R&D teams. "
                  "The four core sectors include public technology platforms and frontier research sectors. "
                  "The 12 R&D teams include the Jiangzhou Institute of Chemistry and the School of Materials, "
                  "Jiangzhou University.")


def test_a_whole_list_is_said_whole_or_not_at_all_and_only_after_a_verb_of_having():
    en = _counted("江州新材料研究院布局公共技术平台、前沿研究板块两大核心板块。", [("两大核心板块", "2 core sectors")], {})
    assert en == ("The Jiangzhou New Materials Institute has two core sectors. "
                  "The two core sectors are public technology platforms and frontier research sectors.")
    # a member the grammar cannot write (a college named word by word) leaves a whole list unsaid
    en = _counted("江州新材料研究院下设公共技术平台、江州理学院两个研发单位。", [("两个研发单位", "2 R&D units")], {})
    assert en == "The Jiangzhou New Materials Institute has two R&D units."
    # 为A、B等10家高校提供: the list is whom it serves, not what it has
    en = _counted("江州新材料研究院为江州大学、江州理工学院等10家高校提供服务。", [("10家高校", "10 universities")],
                  {"江州大学": "Jiangzhou University", "江州理工学院": "Jiangzhou Institute of Technology"})
    assert en == "The Jiangzhou New Materials Institute has 10 universities."


# ---- where a platform is (english/writer.py _site) ---------------------------------------------------------
@pytest.mark.parametrize("body", [
    "位于江州高新区的江州数据中心已投入运营，机柜4000个。",
    "江州数据中心项目位于江州高新区，机柜4000个。",
    "江州数据中心投入运营。该项目位于江州高新区，机柜4000个。",
])
def test_where_a_platform_is_said_where_no_event_says_it(body):
    names = {"江州数据中心": "Jiangzhou Data Center", "江州高新区": "Jiangzhou High-tech Zone"}
    text = "江州新闻\n" + body
    b = _news(text, {"江州数据中心": "Jiangzhou Data Center"})
    EnglishWriter().write(b, names, {"江州高新区": "place"})
    assert b.summary.en.count(" is located in Jiangzhou High-tech Zone.") == 1  # said once (the grammar may say it)


def test_a_site_no_name_covers_is_not_said():
    # 天河路: a street the lexicon has no name for; 高新区内: a part of a place, not its name
    for body in ("江州数据中心项目位于天河路，机柜4000个。", "位于高新区内的江州数据中心已投入运营。"):
        text = "江州新闻\n" + body
        b = schema.Brief(title=schema.Text(zh="江州新闻"), summary=schema.Field_(zh=""), text=text,
                         platforms=[schema.Platform(name=schema.Field_(zh="江州数据中心", en="Jiangzhou Data Center"))])
        EnglishWriter().write(b, {"江州数据中心": "Jiangzhou Data Center"})
        assert "located" not in b.summary.en


def test_a_report_whose_first_line_is_its_news_is_dated_from_it():
    # no headline line: the first paragraph is the lead, and its date is the report's
    text = "5月18日上午，江州材料实验室在江州高新区隆重开工。\n江州市长赵强出席仪式。"
    b = schema.Brief(title=schema.Text(zh=""), summary=schema.Field_(zh="5月18日上午，江州材料实验室在江州高新区隆重开工。"),
                     text=text, platforms=[schema.Platform(name=schema.Field_(
                         zh="江州材料实验室", en="Jiangzhou Materials Laboratory", evidence=[(10, 17)]))])
    EnglishWriter().write(b, {"江州材料实验室": "Jiangzhou Materials Laboratory", "江州高新区": "Jiangzhou High-tech Zone"})
    assert b.summary.en.startswith("On 18 May construction began on the Jiangzhou Materials Laboratory")


def test_who_approved_a_platform_is_said_once_where_the_sentence_names_the_body():
    text = ("江州新闻\n近日，江西省科技厅公布了2024年度省级工程技术研究中心立项名单，江州大学牵头申报的江州新材料工程技术研究中心"
            "和江州节能工程技术研究中心获批。")
    names = {"江州新材料工程技术研究中心": "Jiangzhou New Materials Engineering Technology Research Center",
             "江州节能工程技术研究中心": "Jiangzhou Energy Saving Engineering Technology Research Center"}
    b = _news(text, names)
    EnglishWriter().write(b, dict(names))
    assert b.summary.en == (
        "The Jiangzhou New Materials Engineering Technology Research Center was approved by the Jiangxi Provincial "
        "Department of Science and Technology. The Jiangzhou Energy Saving Engineering Technology Research Center "
        "was also approved.")


def test_an_approver_the_lexicon_cannot_name_is_left_out():
    from summarizer.english.writer import _approver

    g = Grammar(Lexicon({}))
    assert _approver(g, "科技部批准江州实验室建设") == "Ministry of Science and Technology"
    assert _approver(g, "江州市茶叶办公室认定江州实验室") == ""  # a body no name covers: no guess


@pytest.mark.parametrize("clause,en", [
    ("预计2026年底竣工", "The laboratory is due for completion at the end of 2026."),
    ("计划于2027年6月建成投用", "The laboratory is due to open in June 2027."),
    ("预计今年下半年投入使用", "The laboratory is due to open in the second half of the year."),
    ("计划明年交付", "The laboratory is due for delivery next year."),
])
def test_when_a_platform_is_due_is_said_after_its_news(clause, en):
    text = f"江州新闻\n5月3日，江州材料实验室（以下简称“江材实验室”）开工。江材实验室一期{clause}。"
    b = _news(text, {"江州材料实验室": "Jiangzhou Materials Laboratory"})
    EnglishWriter().write(b, {"江州材料实验室": "Jiangzhou Materials Laboratory"})
    assert b.summary.en == f"On 3 May construction began on the Jiangzhou Materials Laboratory. {en}"


def test_a_due_date_of_another_platform_is_not_said():
    text = "江州新闻\n5月3日，江州材料实验室开工，江州数据中心预计2026年底竣工。"
    names = {"江州材料实验室": "Jiangzhou Materials Laboratory", "江州数据中心": "Jiangzhou Data Center"}
    b = _news(text, names)
    EnglishWriter().write(b, dict(names))
    assert b.summary.en.count("due for completion") == 1 and "The centre is due for completion at the end of 2026." in b.summary.en


def test_a_report_with_no_platform_names_the_bodies_its_whole_article_names_after_its_summarys():
    body = ("3月2日，江州大学化学学院团队在《科学》上发表论文。该研究与江州理工学院、海州大学合作完成。"
            "江州市市长赵强表示祝贺。")
    names = {"江州大学化学学院": "School of Chemistry, Jiangzhou University", "江州理工学院": "Jiangzhou Institute of Technology",
             "海州大学": "Haizhou University", "赵强": "Zhao Qiang"}
    kinds = {"江州大学化学学院": "org", "江州理工学院": "org", "海州大学": "org", "赵强": "person"}
    en = _no_platform_summary(body, names, kinds, summary="3月2日，江州大学化学学院团队在《科学》上发表论文。")
    assert en.endswith("Mayor Zhao Qiang spoke. The report describes no platform; it also names the Jiangzhou Institute "
                       "of Technology and Haizhou University.")  # the mayor once, where what he did is told


def test_a_whole_list_names_as_many_things_as_it_counts():
    en = _counted("江州新材料研究院包括公共技术平台、前沿研究板块和中试基地三大板块。", [("三大板块", "3 sectors")], {})
    assert "The three sectors are public technology platforms, frontier research sectors and pilot-scale base" in en
    en = _counted("江州新材料研究院包括公共技术平台、前沿研究板块四大板块。", [("四大板块", "4 sectors")], {})
    assert en == "The Jiangzhou New Materials Institute has four sectors."  # two named for four counted: not the list


def test_a_report_that_tells_nothing_of_its_platform_but_its_name_names_who_else_it_is_about():
    text = "江州新闻\n早上八点，江州大学海洋学院的王芳教授来到江州海洋环境国家重点实验室。她的团队研究珊瑚礁。"
    names = {"江州海洋环境国家重点实验室": "Jiangzhou State Key Laboratory of Marine Environment",
             "江州大学海洋学院": "College of Ocean Sciences, Jiangzhou University", "王芳": "Wang Fang"}
    zh = "江州海洋环境国家重点实验室"
    b = _news(text, {zh: names[zh]})
    EnglishWriter().write(b, names, {"江州大学海洋学院": "org", "王芳": "person"})
    assert b.summary.en == ("The report covers the Jiangzhou State Key Laboratory of Marine Environment; it also names "
                            "the College of Ocean Sciences, Jiangzhou University and Professor Wang Fang.")


@pytest.mark.parametrize("body,en", [
    ("江州材料实验室获批建设江州市制造业创新中心。",
     "The Jiangzhou Materials Laboratory was approved as a Jiangzhou manufacturing innovation centre."),
    ("5月3日，江州材料实验室揭牌成立，并被授予“江州市重点实验室”。",
     "On 3 May the Jiangzhou Materials Laboratory was unveiled. The laboratory was designated a Jiangzhou Key Laboratory."),
])
def test_what_a_platform_was_approved_or_designated_as_is_said_with_its_news(body, en):
    text = "江州新闻\n" + body
    names = {"江州材料实验室": "Jiangzhou Materials Laboratory", "江州市重点实验室": "Jiangzhou Key Laboratory", "江州市": "Jiangzhou"}
    b = _news(text, {"江州材料实验室": names["江州材料实验室"]})
    EnglishWriter().write(b, names)
    assert b.summary.en == en


def test_a_platform_approved_beside_another_of_the_brief_is_not_said_to_be_the_other():
    from summarizer.english.writer import _designation

    g = Grammar(Lexicon({"江州数据中心": "Jiangzhou Data Center"}))
    assert _designation(g, "获批建设江州数据中心。", ["江州材料实验室", "江州数据中心"]) == ""


@pytest.mark.parametrize("clause,en", [
    ("总投资超120亿元的24个产业项目集中签约", "Twenty-four industry projects with a total investment of more than 12 billion yuan were signed."),
    ("本次集中开工项目共15个，总投资达56.5亿元", "Construction began on 15 projects with a total investment of 5.65 billion yuan."),
])
def test_the_batch_of_projects_a_ceremony_signs_or_starts_is_said_after_the_news(clause, en):
    text = f"江州新闻\n5月3日，江州材料实验室揭牌。{clause}。"
    b = _news(text, {"江州材料实验室": "Jiangzhou Materials Laboratory"})
    EnglishWriter().write(b, {"江州材料实验室": "Jiangzhou Materials Laboratory"})
    assert b.summary.en == f"On 3 May the Jiangzhou Materials Laboratory was unveiled. {en}"


def test_a_count_of_projects_without_their_investment_is_not_a_batch():
    from summarizer.english.writer import _count_words, _projects

    g = Grammar(Lexicon({}))
    assert _projects(g, "5月3日，24个产业项目集中签约。") == ""
    assert [_count_words(n) for n in (7, 13, 40, 99, 120)] == ["seven", "thirteen", "forty", "ninety-nine", "a total of 120"]


def test_the_event_is_told_from_the_body_not_the_headline_that_repeats_it(engine):
    text = ("江州材料实验室揭牌\n6月3日,江州材料实验室揭牌成立,并被授予“江苏省实验室”。"
            "该实验室总投资20亿元,占地500亩,由江州市政府与江州大学共建。")
    b = engine.brief(text)
    assert b.summary.en.startswith("On 3 June ") and "designated" in b.summary.en, b.summary.en


def test_a_goal_clause_whose_verb_is_unknown_is_left_out_not_turned_into_a_noun_phrase(grammar):
    assert grammar.clause("厚植企业创新主体作用") is None  # never "company innovation entity role"


@pytest.mark.parametrize("zh,en", [
    ("充分发挥企业创新主体作用", "fully leverage the role of companies as the main actors in innovation"),
    ("发挥示范引领作用", "play a leading demonstration role"),
    ("发挥自身优势", "leverage its own strengths"),
    ("发挥科研优势", "leverage its research strengths"),
    ("加强自身竞争力", "strengthen its own competitiveness"),
    ("以基础研究为主", "focus mainly on basic research"),
    ("以应用技术研发为主", "focus mainly on applied technology R&D"),  # never "apply technology R&D"
    ("在关键部件上实现自主可控", "achieve independent control in key components"),
    ("推动关键技术自主可控", "drive the independent control of key technologies"),
    ("实现建设国家中心城市的目标", "aim to build a national centre city"),  # not "build a goal of …"
    ("为区域工业发展提供强有力的应用技术支撑",
     "provide strong applied technology support for regional industrial development"),
    ("支撑和推动江州经济和社会持续健康发展",
     "support and drive the sustained and healthy development of Jiangzhou's economy and society"),
    ("园区建设成为国家级高新区", "build the park into a national-level high-tech zone"),  # the topic first
    ("为江州经济社会发展作出更大贡献", "make greater contributions to Jiangzhou's economic and social development"),
    # a relative clause of two verb phrases joined by 与
    ("成为开拓AI应用场景与推动研究成果商业化的平台",
     "become a platform opening up AI application scenarios and driving the commercialisation of research results"),
])
def test_what_a_platform_puts_to_use_and_its_roles(grammar, zh, en):
    assert grammar.clause(zh) == en


@pytest.mark.parametrize("w,one", [("technologies", "technology"), ("product series", "product series"),
                                   ("species", "species"), ("new materials", "new materials")])
def test_a_modifier_is_singular_but_a_word_whose_plural_is_its_singular_stays(w, one):
    from summarizer.english.phrases import singular
    assert singular(w) == one


def test_striving_to_become_a_hub_node_reads_bid_to_become():
    from summarizer.english.writer import EnglishWriter

    g = Grammar(Lexicon())
    en, dropped = EnglishWriter().goal(g, "争创国家算力枢纽节点")
    assert en == "bid to become a national computing hub node" and dropped == 0, en


def test_a_goal_with_qualities_and_a_list_of_well_known_hubs_is_written():
    from summarizer.english.writer import EnglishWriter

    g, w = Grammar(Lexicon()), EnglishWriter()
    en, dropped = w.goal(g, "打造成一个具有标志性、示范性、引领性的科技创新平台")
    assert en == "become a landmark, demonstration and leading technology innovation platform" and not dropped, en
    en, dropped = w.goal(g, "打造全国重要的大型数据枢纽、全国知名的数字技术创新高地和全国领先的数字经济应用高地")
    assert not dropped and "well-known" in en and en.count(" hub") == 3, en


def test_using_a_means_to_reach_an_aim_reads_aim_with_means():
    from summarizer.english.writer import EnglishWriter

    en, dropped = EnglishWriter().goal(Grammar(Lexicon()), "借助大数据技术推动产业升级")
    assert en == "drive industrial upgrading with big data technologies" and not dropped, en


def test_fostering_for_a_place_and_contributing_to_a_national_aim_are_written():
    from summarizer.english.writer import EnglishWriter

    g, w = Grammar(Lexicon()), EnglishWriter()
    assert w.goal(g, "为江州培育一批高新技术企业")[0] == "foster a number of high-tech enterprises for Jiangzhou"
    assert w.goal(g, "贡献国家航天强国的建设")[0].startswith("contribute to the construction of ")


def test_a_plan_of_phases_says_how_it_is_built_not_what_it_has():
    facts = [_fact("Alpha Data Center", scale=["built in two phases", "floor area of 13,000 square metres"])]
    got = EnglishWriter.summary(None, facts)
    assert got.startswith("The Alpha Data Center is built in two phases. ") and " has built" not in got, got
    assert got.endswith(" has 13,000 square metres of floor space."), got


def test_a_lead_figure_the_platform_sentence_lists_in_other_words_is_not_said_again(engine):
    # the lead says "has 25,000 square metres of floor space"; the platform's figure is "floor area of 25,000 …"
    b = engine.brief("东陵孵化器开园\n6月2日，东陵孵化器开园仪式在东陵大厦举行。东陵孵化器建筑面积2.5万平方米，位于东陵高新区核心位置，"
                     "将构建新型双创服务平台。未来三年，东陵孵化器将孵化培育优质创业企业50余家。")
    assert b.summary.en.count("25,000 square metres") == 1, b.summary.en


def test_what_a_platform_signs_with_others_is_said_as_signing_not_building(engine):
    b = engine.brief("江州产业技术研究院成立\n12月8日，江州产业技术研究院正式成立。揭牌仪式上，江州产业技术研究院分别与清华大学、"
                     "东北大学签署合作意向协议。")
    assert "signed letters of intent with Tsinghua University and Northeastern University" in b.summary.en, b.summary.en
    assert "built jointly" not in b.summary.en and "co-built" not in b.summary.en, b.summary.en


def test_parties_that_sign_signed_an_agreement_and_projects_are_signed():
    g = Grammar(Lexicon({"江州能源研究院": "Jiangzhou Energy Institute", "东陵大学": "Dongling University",
                         "北城区政府": "Beicheng District Government"}))
    assert g.sentence("江州能源研究院、东陵大学与北城区政府签约") == \
        "the Jiangzhou Energy Institute, Dongling University and Beicheng District Government signed an agreement"
    assert g.sentence("江州数据中心项目正式签约").endswith("project was officially signed")


def test_who_organised_the_ceremony_is_said_as_such(engine):
    b = engine.brief("东陵孵化器开园\n6月2日，东陵孵化器开园仪式在东陵大厦举行。该活动由东陵国有控股集团有限公司主办。"
                     "东陵孵化器建筑面积2.5万平方米。")
    assert "organised by Dongling" in b.summary.en and "built jointly" not in b.summary.en, b.summary.en


def test_a_lead_body_is_named_as_the_lead_not_as_one_builder_among_equals():
    text = ("江州激光创新中心揭牌\n5月8日，江州激光创新中心揭牌。江州激光创新中心由江州光电股份有限公司牵头，"
            "联合江州大学共同组建，重点攻关超快激光器。")
    partners = [schema.Field_(zh="江州光电股份有限公司", en="Jiangzhou Optoelectronics Co., Ltd."),
                schema.Field_(zh="江州大学", en="Jiangzhou University")]
    b = schema.Brief(title=schema.Text(zh="江州激光创新中心揭牌"), text=text, platforms=[schema.Platform(
        name=schema.Field_(zh="江州激光创新中心", en="Jiangzhou Laser Innovation Center"), partners=partners)])
    EnglishWriter().write(b, {"江州激光创新中心": "Jiangzhou Laser Innovation Center"})
    assert "led by Jiangzhou Optoelectronics Co., Ltd. together with Jiangzhou University" in b.summary.en
    assert "jointly" not in b.summary.en


@pytest.mark.parametrize("zh,en,headline", [
    # 我国 before the people it qualifies is their nationality; a sea after a preposition takes "the"; a plural
    # head takes the plural verb in a headline's present
    ("我国科学家在南海发现新物种", "Chinese scientists discovered new species in the South China Sea", False),
    ("我国科学家在南海发现新物种", "Chinese scientists discover new species in the South China Sea", True),
])
def test_nationality_seas_and_plural_subjects(zh, en, headline):
    assert Grammar(Lexicon({})).sentence(zh, headline=headline) == en


def test_a_lead_body_in_a_relative_clause_is_said_as_the_lead():
    g = Grammar(Lexicon({"江州大学": "Jiangzhou University", "江州实验室": "Jiangzhou Laboratory"}))
    assert g.noun_phrase("由江州大学牵头建设的江州实验室") == "Jiangzhou Laboratory led by Jiangzhou University"


def test_a_list_run_together_under_one_article_is_left_out_of_a_goal():
    # "build a talent gathering platforms, frontier research …" is no English: the clause is dropped, not garbled
    g = Grammar(Lexicon({}))
    assert g.clause("构建具有国际影响力、引领国内先进计算和数字经济发展的人才聚集平台、前沿研究和转化平台") is None
    assert g.clause("构建人才聚集平台、前沿研究和转化平台").startswith("build a talent gathering platform, ")


def test_what_a_place_is_to_become_is_said_one_each_in_a_for_list():
    g = Grammar(Lexicon({}))
    assert g.clause("为全国领先的算法创新中心和全国先进的绿色算力枢纽提供重要支撑") == (
        "provide important support for a nationally leading algorithm innovation centre and an advanced green "
        "computing hub in China")
    assert g.clause("为中小企业和高校提供服务") == "provide services for SMEs and universities"


def test_an_organisation_ner_found_that_is_only_words_is_no_name_in_a_goal():
    from summarizer.pipeline import _descriptive_orgs

    tr = GlossaryTranslator()
    # LAC tags 普惠算力 an organisation; a goal had read it "make Inclusive Computing Power the new infrastructure …"
    found = _descriptive_orgs(tr, {"普惠算力": "org", "华为": "org", "江州智算中心": "org", "江州": "place"})
    assert found == frozenset({"普惠算力"})
    b = schema.Brief(title=schema.Text(zh="江州新闻"), summary=schema.Field_(zh=""), text="",
                     platforms=[schema.Platform(name=schema.Field_(zh="江州智算中心", en="Jiangzhou Intelligent Computing Center"),
                                                goal=schema.Field_(zh="打造普惠算力枢纽"))])
    names = {"江州智算中心": "Jiangzhou Intelligent Computing Center", "普惠算力": "Inclusive Computing Power"}
    EnglishWriter().write(b, names, {"普惠算力": "org"}, phrases=found)
    assert "Inclusive Computing Power" not in b.platforms[0].goal.en


@pytest.mark.parametrize("zh,en", [
    # three or more verb phrases are a list ("A, B and C"), not "A and B and C"
    ("规范行业发展、推动资源整合、带动产业发展", "regulate industry development, drive resource integration and "
                                          "drive industrial development"),
    # a manner word before a verb that may be a noun, with its object after it: the verb, said with its adverb
    ("高效服务科学研究和社会需求", "efficiently serve scientific research and social needs"),
    # 乃至 joins places as 和 does
    ("为全国乃至全球提供服务", "provide services for the whole country and the world"),
    # a superlative in one of China's regions; an adverb before the verb of a 将-clause goes after it
    ("打造中部最大的人工智能产业集群", "build the largest AI industrial cluster in central China"),
    ("将东部密集的计算需求有序引导至西部枢纽",
     "guide dense computing needs in eastern China to the western hub in an orderly way"),
    # 围绕X发展 says whose development, as 推动X发展 does
    ("围绕制造业高质量发展", "focus on the high-quality development of manufacturing"),
    # qualities listed before 的 are one thing's, never a second clause ("build an openness and share …")
    ("构建一个开放、共享、协同的算力生态系统", "build an open, shared and collaborative computing ecosystem"),
    # Y in the course of X (X中的Y)
    ("解决电力系统运行中的重大问题", "solve the major problems in the operation of power systems"),
    # two verbs joined by 并 share one object; words of regional news goals
    ("孵化并培育科技企业", "incubate and foster tech firms"),
    ("加速科技成果转化和招商引资", "accelerate technology transfer and investment attraction"),
    ("整合优质资源、增进优势互补", "integrate high-quality resources and enhance complementary strengths"),
    # the province (我省, 全省) before a compound is its owner, never inside it ("modern the province …")
    ("推进我省现代产业体系建设", "advance the construction of the province's modern industry system"),
])
def test_goal_lists_manners_and_even(zh, en):
    assert Grammar(Lexicon({})).clause(zh) == en


def test_duties_framed_by_yi_are_the_goal_and_related_work_is_none(engine):
    b = engine.brief("江州算力联盟日前成立。联盟由江州电信、江州大学等单位发起，以规范行业发展、推动资源整合、开展生态培育、"
                     "带动产业发展为职责。联盟成立后，将在标准规范、产业服务等方面开展相关工作。")
    goal = b.platforms[0].goal.zh
    assert goal.startswith("规范行业发展") and not goal.endswith("为职责") and "开展相关工作" not in goal, goal


def test_a_platform_named_without_its_bracketed_place_is_still_named_as_the_brief_names_it(engine):
    # the extractive summary drops the bracket: the English names the platform as the brief does, every time
    b = engine.brief("12月9日,江州大学产业创新发展(东湖)研究院签约仪式在江州高新区举行。签约后,双方将共建江州大学产业创新发展"
                     "研究院,加快科技成果转化,强化科创载体平台建设。江州大学副校长张明表示,将充分发挥科研优势。")
    name = b.platforms[0].name.en
    assert "(Donghu)" in name and b.summary.en.count(name) >= 2, (name, b.summary.en)
    assert "Development Research Institute" not in b.summary.en, b.summary.en


def test_a_measure_takes_the_article_its_sound_takes(engine):
    from summarizer.english.writer import _a_measure
    assert _a_measure("usable area of 2,200 square metres") == "a usable area of 2,200 square metres"
    assert _a_measure("area of 2,200 square metres") == "an area of 2,200 square metres"


def test_a_state_agrees_with_a_subject_of_several():
    g = Grammar(Lexicon({}))
    assert g.sentence("福清市3家企业入选院士工作站").startswith("Fuqing's three companies are ")
    assert "headquarters is located" in g.sentence("江州实验室总部位于江州高新区")



def test_two_people_named_in_a_row_are_a_list_of_them():
    # a headline runs two names together ("李江平赵东陵出席仪式"): two people, joined by "and", never "Li Jiangping Zhao …"
    g = Grammar(Lexicon({"李江平": "Li Jiangping", "赵东陵": "Zhao Dongling"}))
    assert g.sentence("李江平赵东陵出席仪式") == "Li Jiangping and Zhao Dongling attended a ceremony"


def test_a_kind_of_companies_is_those_companies():
    # "X类企业": companies of X ("smart terminal companies"); 各类企业 never "the all kinds of companies"
    w, g = EnglishWriter(), Grammar(Lexicon({}))
    assert w.goal(g, "吸引智能终端类企业入驻") == ("attract smart terminal companies", 0)
    assert w.goal(g, "吸引各类企业入驻") == ("attract all companies", 0)


def test_building_or_development_before_another_deed_is_no_deed_of_its_own():
    # 围绕X建设开展Y: Y is carried out for X's building (never "build and carry out Y"); 发展战略 is one noun
    w, g = EnglishWriter(), Grammar(Lexicon({}))
    en, _ = w.goal(g, "围绕能源发展战略开展研究")
    assert en == "conduct research in energy development strategies", en
    en, _ = w.goal(g, "围绕江州都市圈建设开展研究")
    assert en.startswith("conduct research") and not en.startswith("build"), en


def test_what_each_party_invests_is_said_of_each():
    # 各投资900万元: each side's investment, never "all investment"
    w = ScaleWriter(Grammar(Lexicon({"江州大学": "Jiangzhou University"})))
    assert w.write("江州大学各投资900万元", 9e6, "元") == "investment of 9 million yuan each"
    assert w.write("双方各出资500万元", 5e6, "元") == "5 million yuan invested by each"


def test_a_phase_numeral_is_no_figure_of_what_is_counted():
    # 一期一阶段1栋…楼: one building in the first phase, never "1 phase"; 分三期 is still three phases
    w = ScaleWriter(Grammar(Lexicon({})))
    assert w.write("一期一阶段1栋算力中心楼", 1, "") == "1 computing centre building in the first phase"
    assert w.write("项目分三期建设", 3, "") == "built in three phases"


def test_places_before_a_bare_kind_of_zone_name_that_zone():
    # 在河南洛阳工业园区: "in the Henan Luoyang Industrial Park", never "in Industrial Park, Luoyang, Henan"; a named area
    # keeps the address order
    g = Grammar(Lexicon({"江州数据中心": "Jiangzhou Data Center", "工业园区": "Industrial Park"}))
    assert g.sentence("江州数据中心在河南洛阳工业园区揭牌") == "the Jiangzhou Data Center was unveiled in the Henan Luoyang Industrial Park"
    assert g.sentence("江州数据中心在广东省江门市揭牌") == "the Jiangzhou Data Center was unveiled in Jiangmen, Guangdong"


def test_a_short_name_of_a_body_is_read_only_where_it_is_a_word():
    lex = Lexicon({})
    names = lambda t: [x.zh for x in lex.segment(t, unknown=True) if x.kind == "name"]
    assert "湖大" not in names("项目位于独墅湖大道以南")  # not Hunan University across 湖|大道
    assert "起步" not in names("科学城建设起步扎实")  # a listed company's stock name that is an everyday word
    assert "北大" in names("北大与江州市签署合作协议")  # a short name that is a word of its own stays a name


@pytest.mark.parametrize("zh,en", [
    ("研发和推广绿色生产技术", "develop and promote green production technologies"),
    ("研发和生产新能源汽车", "develop and produce new-energy vehicles"),
])
def test_two_verbs_that_open_a_goal_share_its_object(zh, en):
    assert EnglishWriter().goal(Grammar(Lexicon({})), zh) == (en, 0)


def test_a_summary_lists_no_figure_that_says_nothing_of_what_it_counts():
    from summarizer.english.writer import _distinct_figures
    items = [schema.ScaleItem(zh=z, en=e, value=v, unit=u) for z, e, v, u in [
        ("1.1公里", "1.1 kilometres", 1.1, "公里"), ("2.5千瓦", "2.5 kWs", 2.5, "千瓦"), ("服务器2000台", "2,000 servers", 2000, "台")]]
    assert _distinct_figures(items) == ["2,000 servers"]


def test_a_noun_in_eaus_is_singular_as_a_modifier():
    from summarizer.english.phrases import singular
    assert singular("plateaus") == "plateau" and singular("technologies") == "technology" and singular("campus") == "campus"


def test_a_summary_says_a_cue_once_and_lists_no_way_of_building_as_a_thing_it_has():
    from summarizer.english.writer import _clean, _distinct_figures
    assert _clean("A and B jointly jointly established C.") == "A and B jointly established C."
    items = [schema.ScaleItem(zh=z, en=e, value=v, unit=u) for z, e, v, u in [
        ("分两期建设", "built in two phases", 2, "期"), ("4栋厂房", "4 buildings", 4, "栋")]]
    assert _distinct_figures(items) == ["4 buildings"]


def test_a_goal_whose_modifier_list_the_grammar_cannot_write_keeps_its_head():
    # "从A、B到C的全链条、贯通式的创新平台": the modifier's list is no list of items; the head alone is true and English.
    b = schema.Brief(platforms=[schema.Platform(name=schema.Field_(zh="江州创新研究院", en="Jiangzhou Innovation Institute"),
                                                goal=schema.Field_(zh="打造从基础研究、技术研发、工程化研究、产业孵化到技术推广的"
                                                                      "全链条、贯通式的创新平台"))])
    EnglishWriter().write(b, {"江州创新研究院": "Jiangzhou Innovation Institute"})
    assert b.platforms[0].goal.en == "build an innovation platform"


def test_goal_words_of_policy_news_are_written_not_left_out():
    g = Grammar(Lexicon({}))
    w = EnglishWriter()
    assert w.goal(g, "减少入园企业的前期投入") == ("reduce the early-stage investment of resident companies", 0)
    assert w.goal(g, "聚焦破解智算领域卡点堵点") == ("solve intelligent computing bottlenecks", 0)


def test_a_name_ending_in_a_full_stop_ends_its_sentence_with_one():
    text = "江州新成果\n江州大学与江州种业有限公司合作培育的小麦新品种通过测产验收。"
    b = schema.Brief(title=schema.Text(zh="江州新成果"), summary=schema.Field_(zh="春天来了。"), text=text)
    EnglishWriter().write(b, {"江州大学": "Jiangzhou University", "江州种业有限公司": "Jiangzhou Seed Industry Co., Ltd."},
                          {"江州大学": "org", "江州种业有限公司": "org"})
    assert "Ltd.." not in b.summary.en and b.summary.en.endswith("Ltd."), b.summary.en

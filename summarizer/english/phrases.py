"""A phrase grammar from Chinese noun phrases and goal clauses to English.

Chinese and English both put modifiers before a compound's head ("洁净 厂房" → "clean workshops"), so a
compound is its pieces' English in order. What differs is handled by construction: X的Y ("Y of X", or "Y with
…" after 具有), lists (X、Y和Z等领域 → "X, Y and Z"), 集X于一体的Y ("Y integrating X"), and a clause's verb frame
(为X提供Y → "provide Y for X"; 推动X发展 → "promote the development of X"; 围绕X开展Y → "carry out Y in X").
Anything else returns None: the caller leaves the phrase out instead of writing a gloss.
"""
from __future__ import annotations

import functools
import re
from typing import Optional

from .lexicon import _CJK, Lexicon, Token, british_spelling, goal_only_words

# Heads after 等 that only say what kind the list is ("X、Y等领域"): English drops them.
GENERIC_HEADS = {"领域", "产业", "方向", "行业", "方面", "方向", "领域研究", "业务", "技术领域", "产业领域", "多个领域", "工作"}
# Counts as English writes them in running text (one to nine, ten in a phrase) and where a sentence opens with one.
_NUMBER_WORDS = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
_TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
_TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
_SMALL_NUM = {**dict(enumerate(_NUMBER_WORDS[1:], 1)), 10: "ten"}
# The count words of more than one the writer spells out in a phrase ("two" … "ten"), and every count a sentence
# may open with ("fifteen", "thirty-six"), as regular expressions: one table serves every reader of counts.
SEVERAL = "|".join(_SMALL_NUM[n] for n in range(2, 11))
COUNT_WORD = (r"(?:\d[\d,]*|" + "|".join(_NUMBER_WORDS[2:] + _TEENS) + "|(?:" + "|".join(_TENS[2:]) + r")(?:-[a-z]+)?)")
# An English noun phrase that opens with its count ("three data centres", "more than ten …").
_COUNTED = re.compile(r"^(?:more than |about |over )?(?:\d[\d,]*(?![\d,.]| (?:million|billion|trillion))|"
                      + SEVERAL + r"|a number of|a series of)\b")
_LIST_SEP = {"、", "和", "与", "及", "以及", "，", ",", "或", "暨", "且", "乃至"}  # 先进且高效: advanced and efficient
# Causatives before a second verb that read "the <noun> of X" (推动恢复X: drive the restoration of X).
_FURTHER = {"推动", "推进", "促进"}
# Verbs of keeping on with what the next verb does (坚持深化改革: continue to deepen reform).
_PERSIST = {"坚持", "坚持不懈", "始终坚持"}
# Verbs whose object reads "the <noun> of X" when the clause ends in a nominalisable verb (推动X发展).
_CAUSATIVE = {"推动", "促进", "加快", "带动", "助力", "助推", "推进", "引领", "支撑", "支持", "加速", "服务", "保障", "协助"}
# Verbs after which a singular count noun takes "a": "become a hub", "build a platform".
_ARTICLE_VERBS = {"become", "build", "serve as", "establish", "set up", "form", "jointly build", "develop into", "reach", "lay",
                  "be positioned as", "bid to become"}
# Singular count nouns an object of acting on one thing the reader knows of: "the" ("extend the industry chain").
_THE_KINDS = {"chain", "system", "mechanism", "ecosystem", "layout", "pattern"}
# Singular count nouns an object of creating may end in: they take "a" ("foster a cluster").
_COUNT_KINDS = {"cluster", "platform", "base", "center", "centre", "hub", "system", "network", "ecosystem", "park",
                "mechanism", "model", "chain", "corridor", "zone", "pattern", "complex", "laboratory", "institute"}
_MASS = {"research", "innovation", "support", "development", "talent", "equipment", "infrastructure", "data",
         "agriculture", "energy", "health", "finance", "industry", "manufacturing", "software", "transport", "food",
         "cooperation", "testing", "incubation", "industrialisation", "commercialisation", "storage", "momentum",
         "capacity", "scale", "space", "quality", "efficiency", "competitiveness", "influence", "culture", "economy",
         "intelligence", "computing", "power", "security", "protection", "transfer", "training", "technology",
         "engineering", "science", "medicine", "biomedicine", "R&D", "entrepreneurship", "carbon", "environment"}
# The verbs and nouns that end a causative frame (推动X发展 → promote the development of X).
_EVENT_VERBS = {"发展", "产业化", "商品化", "商业化", "市场化", "转型升级", "建设", "升级", "转型", "应用", "转化", "落地", "集聚", "壮大", "创新", "融合", "提升",
                "协同发展", "创新发展", "建设和发展", "深度融合"}
_EVENT_NOUNS = ("development", "upgrading", "transformation", "construction", "recovery", "growth")
# Scopes of a superlative (国内最大的X → the largest X in China).
_SCOPE = {"国内": "in China", "全国": "in China", "我国": "in China", "全省": "in the province", "全市": "in the city",
          "世界": "in the world", "全球": "in the world", "国际": "in the world", "省内": "in the province",
          # China's parts said as modifiers (中部最大的X: the largest X in central China; 华南 is a place's name)
          "中部": "in central China", "西部": "in western China", "东部": "in eastern China",
          "中西部": "in central and western China"}
_SUPERLATIVE = {"largest", "biggest", "highest", "first", "best", "fastest", "most", "highest-level"}
# Verbs that say what happened to their subject (X揭牌: X was unveiled).
_PASSIVE = {"投入运营", "举行", "举办", "召开", "揭牌", "挂牌", "揭牌成立", "启用", "成立", "正式成立", "开工", "奠基", "封顶", "竣工", "落成", "建成", "获批",
            "启动", "投入使用", "投用", "组建", "设立", "签约", "认定", "批准"}
_KIND_HEAD = re.compile(r"\b(Center|Centre|Laboratory|Institute|Park|Base|Platform|Zone|Alliance|Exchange|Hub|"
                        r"Academy|Station|Town|Harbour|Port|Area)( \([^)]*\))?$")
# A kind word anywhere in a name ("Guangdong Laboratory of Southern Marine Science"): the name takes "the".
_KIND_WORD = re.compile(r"\b(?:Center|Centre|Laboratory|Laboratories|Institute|Park|Base|Platform|Zone|Alliance|"
                        r"Exchange|Hub|Academy|Station|Town|Harbour|Port|Area|Industrial Park)\b")
_GROUNDBREAK = {"开工", "动工", "开工建设", "破土动工"}  # X开工: construction began on X
_INTRANSITIVE = {"参与建设", "开幕", "闭幕", "开园", "开业", "开馆", "挂牌运营", "运行", "投产"}
# An object that already has its determiner: an article, or an owner ("the province's innovation system").
_DETERMINED = re.compile(r"(?:the|a|an) |[^ ]+(?:'s|s') ")
_BUILD_VERBS = ("建设", "打造", "建成", "建立")  # "为X建设Y提供…": what X builds is what the support is for
# Verbs of the 为X…Y frame ("为X提供Y": provide Y for X).
_FOR_VERBS = {"提供", "免费提供", "奠定", "注入", "贡献", "贡献力量", "作出贡献", "做出贡献", "作出更大贡献", "培育", "孵化", "搭建", "打造", "培养", "输送",
              "提供强有力", "创造", "带来", "营造", "构建"}
# The deeds a clause opened by 围绕/聚焦/面向X names after X ("围绕X开展Y": carry out Y in X).
_OPENED_DEEDS = frozenset("开展 进行 从事 加强 推进 推动 实施 建设 打造 提供 发展 构建 开放 部署 布局".split())
# What 发展/建设 before it makes one noun of ("发展战略", "建设需求"): no deed of its own.
_OF_DEVELOPMENT = frozenset("战略 规划 需求 目标 方向 理念 模式 路径 水平 能力 空间 潜力 格局 环境 趋势 重点 任务 实际".split())
# What a goal clause may open with before its deed, whom or what the deed is for or what it rests on, and the
# deeds after it (Grammar.deed_after_opening). After 为 the deeds are those of a goal's 为X…Y (为X提供Y, 为X奠定Y),
# a list of its own: _FOR_VERBS above also has verbs of the whole frame (培育, 孵化, 带来) the retry does not take.
_ADJUNCT_OPENERS = frozenset("为 围绕 面向 针对 依托 通过 借助 立足 紧扣 紧密围绕 聚焦于 基于".split())
_FOR_DEEDS = frozenset("提供 注入 打造 搭建 奠定 作出 做出 贡献 输送 开辟 创造 营造 构建 提出 培养".split())
_DEEDS = _FOR_DEEDS | frozenset("开展 建设 推动 推进 实施 开发 研发 组织 加强 深化 布局 攻关 突破 形成 培育 发展 建立 "
                                "打通 引进 集聚 聚集 开拓".split())
# Heads that one list of fields shares (X、Y、Z科创高地: an innovation hub for X, Y and Z).
_HUB_HEADS = ("高地", "基地", "中心", "园区", "集群", "示范区", "先行区", "平台", "产业园", "科技园")
# Places named by what is done there (转化阵地, 创新平台): "a base for …", "a platform for …".
_KIND_OF_PLACE = ("基地", "阵地", "平台", "中心", "高地")
# Heads of a compound that may be named by what is done there (数据汇聚中心, 器件制备平台).
_KIND_HEADS = ("中心", "平台", "基地", "园区", "体系", "高地", "载体", "阵地", "系统", "机制", "网络", "实验室", "集群")
# What a platform is (the head of a goal that is a bare noun phrase: "serve as an important vehicle for …").
_ROLE_HEADS = _KIND_HEADS + ("载体", "引擎", "枢纽", "窗口", "示范", "担当", "标杆", "典范", "策源地", "聚集地", "新地", "试验田",
                             "汇聚地", "集中地", "集散地", "集聚地", "桥头堡")
# Heads named by the fields they are for ("incubation base for emerging industries"), and the words before them
# that say what kind of base it is (示范园区: demonstration park).
_FOR_HEADS = ("园区", "基地", "高地")
_HEAD_MODS = {"示范", "孵化", "研发", "中试", "研究", "创新", "科创", "转化", "培育", "产业化", "试验", "实训", "总部"}
_SCOPE_ADJ = {"全球", "国际", "全国", "国家", "区域", "区域性", "地方", "世界", "全省", "全市", "国内"}
# What a place has (江西锂产业: Jiangxi's lithium industry), as against what names a body (江州数据中心).
_OWNED = ("产业", "经济", "发展", "需求", "制造业", "行业", "企业", "优势", "资源", "创新能力", "竞争力")
# Who a compound's first word may name as the owner of the rest (学校科技成果转化: the university's technology transfer).
_OWNERS = ("the province", "the city", "the country", "the university")
# Research that ends a clause on key technologies (X关键技术攻关): English "tackles" them.
_TACKLE = {"攻关", "技术攻关", "科技攻关"}
# Verbs by which a thing drives another (科技创新引领产业发展: drive X through innovation).
_DRIVE = {"引领", "驱动", "带动", "支撑", "赋能"}
# Verbs of attracting investment (引进X投资: attract investment from X).
_ATTRACT = {"引进", "重点引进", "吸引", "招引", "引入"}
# 带动/吸引X在Y集聚: what the drawn companies do in the place
# 以X为核心的Y: "Y centred on X" (and the other frames a modifier of this shape takes)
_FRAMED_BY = {"导向": "oriented to", "目标": "aimed at", "核心": "centred on", "重点": "focused on", "主导": "led by",
              "引领": "led by", "特色": "featuring", "支撑": "supported by", "基础": "built on"}
# What research results do in a place (推动X在Y转化): their commercialisation there.
_LANDED = {"转化": "commercialisation", "落地": "commercialisation", "转化应用": "commercialisation",
           "应用转化": "application and commercialisation", "产业化": "industrialisation", "转移转化": "transfer"}
_ROOTED = {"立足": "based in", "扎根": "rooted in", "立足于": "based in"}  # a platform's home in a relative clause
_SETTLE = {"集聚": "cluster", "聚集": "cluster", "落户": "settle", "集群发展": "cluster", "发展": "grow", "扎根": "take root",
           "落地生根": "take root", "落地": "land"}
# 打造X where X is a kind of body the platform itself is (打造一流研究院, 打造国家级数据中心): English says the
# platform is to "become" X; a cluster, network or ecosystem it helps build stays "build".
_BECOME_HEADS = ("平台", "中心", "研究院", "研究所", "实验室", "机构", "基地", "枢纽", "窗口", "策源地", "聚集地", "创新地",
                 "标杆", "典范", "样板", "引擎", "载体", "智库", "中枢", "节点", "示范区", "先行区", "试验田", "汇聚地", "集中地",
                 "集散地", "集聚地", "桥头堡")
# The heads of an object English does, not carries out ("conduct research"), or pursues ("pursue cooperation").
_CONDUCT = {"research", "studies", "R&D", "experiments", "tests", "testing", "trials", "surveys"}
_PURSUE = {"cooperation", "collaboration"}
# Actions a compound may end in with a modifier of their own ("efficient use", "green manufacturing").
_ACTIONS = {"use", "utilisation", "application", "applications", "manufacturing", "synthesis", "processing",
            "preparation", "conversion", "extraction", "purification", "regeneration", "treatment", "production",
            "recycling", "protection", "restoration", "monitoring", "storage", "control"}
# Verbs of building that read "become" before 为 (打造为X: become X).
_BUILD = {"打造", "建成", "建设", "建", "打造成", "建设成", "发展", "培育"}
# 与X合作: the noun that ends the clause says what is done with X ("work with X").
_WITH_NOUNS = {"合作": "work", "交流": "carry out exchanges", "协作": "collaborate", "对接": "connect",
               "合作交流": "cooperate and carry out exchanges", "交流合作": "carry out exchanges and cooperation"}
# 以X为Y: what X is to the clause ("以膜技术为基础": build on membrane technology).
_TAKE_AS = {"目标": "pursue", "基础": "build on", "依托": "rely on", "支撑": "rely on", "核心": "centre on",
            "导向": "be guided by", "引领": "be led by", "重点": "focus on", "主线": "follow", "抓手": "work through",
            "纽带": "use as a link", "载体": "work through", "主": "focus mainly on", "主体": "focus mainly on",
            "主导": "be led by"}
# Words that make their object do what the next verb says (让其成为X: make it X; 使X专注于Y: enable X to focus on Y).
_MAKE = {"让", "使", "使得"}
# Manner words before a verb that English says after the clause ("build X to high standards").
_MANNER_AFTER = {"高水平": "to a high standard", "高标准": "to high standards", "高质量": "with high quality",
                 "高起点": "from a high starting point", "深度": "in depth"}
# 为己任, 为使命 at a clause's end: "make it its mission to …".
_MISSION = ("己任", "使命", "宗旨")
# 发挥X作用/优势: a platform puts its role or strengths to use ("leverage its research strengths", "play a leading role").
_LEVERAGE = {"发挥": "leverage", "发挥好": "leverage", "充分发挥": "fully leverage", "更好发挥": "better leverage"}
# 通过/利用X + a clause: how the clause's aim is reached ("use X to …", "… through X").
_MEANS = {"通过": "through", "利用": "use", "借助": "with", "依靠": "by relying on"}
# 将X V + preposition + Y (将X应用于Y "apply X to Y"), and verbs that say "into" by themselves (融入, 打造成).
_INTO = {"为": "into", "成": "into", "成为": "into", "到": "to", "于": "to", "至": "to", "进": "into"}
_INTO_VERBS = {"融入", "引入", "纳入", "注入", "转化为", "打造成", "打造为", "建设成", "建设成为", "建成", "培育成"}
# Verbs that take a doer and a second verb (助力浙江打造X: help Zhejiang build X).
_PIVOT = {"助力": "help", "帮助": "help", "协助": "help", "助推": "help", "支持": "help", "推动": "drive",
          "促进": "drive", "带动": "drive", "共推": "jointly drive", "引导": "guide", "鼓励": "encourage"}
# The preposition of a 为X…Y verb where it is not "for" (为X注入新动能: inject new momentum into X).
_FOR_PREP = {"注入": "into", "贡献": "to", "贡献力量": "to", "作出贡献": "to", "做出贡献": "to", "作出更大贡献": "to"}
# What one contributes in 为X贡献(积极/更大)力量, 为X贡献智慧和力量: the set phrase "contribute to X", no object of
# its own (word by word it read "contribute to smart and force to X").
_CONTRIBUTED = {"力量", "智慧", "积极", "更大", "更多", "重要", "应有", "新的", "的", "和", "积极力量", "智慧和力量"}
# Separators inside a quoted slogan ("研发—中试—产业化", "众创空间+孵化器"), written as English writes them.
_SLOGAN_SEP = {"—": "–", "–": "–", "-": "–", "+": " + ", "＋": " + "}
# 三位一体 …: "integrating" the items before it, as 于一体 does.
_IN_ONE = {"三位一体", "四位一体", "五位一体", "六位一体"}
# Words of quality that lead an English noun phrase.
_QUALITY = {"一流", "世界一流", "国际一流", "国内一流", "领先", "国际领先", "国内领先", "全国领先", "先进", "高水平", "关键",
            "核心", "关键核心", "关键共性",
            "高端", "重要", "重大", "新型", "标志性", "综合性", "大型", "强大", "优质", "现代", "全新", "国家级", "省级"}
# Leading what another verb does (牵头组建, 领衔承担): "lead the formation of".
_LEAD = {"牵头", "带头", "领衔"}
# Words of quantity without a figure (一批 "a number of"): in a compound they lead, and what they count is built.
_SEVERAL = {"一批", "一系列"}
# A clause that says what something is worth (意义重大, 具有重要意义): no goal.
_EVALUATION = {"意义重大", "意义深远", "重要意义", "具有重要意义", "十分重要", "至关重要"}
_MEASURE = {"大", "个", "家", "项", "类", "种", "条", "篇", "座", "所", "批", "栋", "幢", "台", "套"}  # measure words a compound's count may carry
# Verbs of change that close a clause of a subject and what happened to it (X明显提升, Y全面实现): read as a noun
# phrase they would give "profitability significant strengthening".
# 已建成, 已经揭牌: done by the time of the report (English's present perfect); 可为X提供Y: what the subject can
# do (a present "can"). The lexicon drops both words (a goal is a bare verb phrase); a sentence keeps what they say.
_ALREADY = {"已", "已经", "均已", "现已"}
_CAN = {"可", "可以", "能够"}

_RESULT_VERBS = {"提升", "提高", "增强", "加大", "增加", "改善", "上涨", "下降", "降低", "扩大", "加快", "加速", "建成",
                 "实现", "回升", "减少", "完成", "形成"}


class Grammar:
    """Renders noun phrases and goal clauses over a Lexicon (the brief's names, words, knowledge base)."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lex = lexicon
        self.dropped = 0  # list items left out because the grammar could not write them
        self.dropped_items = 0  # of which whole items of a list (not an unknown modifier inside a compound)
        self._other_subject = 0  # inside 助力X打造Y, 为X打造Y: what is built is another's, never what the platform becomes
        # Set by a caller retrying a clause the grammar could not write whole: a 的-modifier it cannot write before a
        # place-like head (中心, 基地, 园区 …) is left out, the head kept ("a … park", never a guessed sense)
        self.lenient = False

    def tokens(self, zh: str) -> Optional[list[Token]]:
        """The pieces of `zh`, a quoted stretch (“东数西算”) merged into one name-like piece."""
        toks = self.lex.segment(zh, unknown=True)
        if not toks:
            return toks
        out: list[Token] = []
        k = 0
        while k < len(toks):
            t = toks[k]
            if t.zh in ("“", "「", "《", "‘"):
                close = {"“": "”", "「": "」", "《": "》", "‘": "’"}[t.zh]
                j = next((j for j in range(k + 1, len(toks)) if toks[j].zh == close), None)
                if j is not None and j > k + 1:
                    inner = toks[k + 1:j]
                    title = "".join(x.zh for x in inner)
                    if t.zh == "《" and (title in _journals() or all(x.kind == "latin" for x in inner)):
                        # 《科学》, 《Nature》: a journal, named as English names it
                        out.append(Token("".join(x.zh for x in toks[k:j + 1]), "name", {"journal": ""},
                                         en=_journals().get(title) or " ".join(x.en for x in inner)))
                        k = j + 1
                        continue
                    seps = [x.zh for x in inner if x.zh in _SLOGAN_SEP]
                    if len(inner) == 1 and inner[0].zh in _IN_ONE:
                        out.append(inner[0])  # 集A、B“四位一体”的Y: the quote marks say nothing English keeps
                        k = j + 1
                        continue
                    if len(inner) == 1 and inner[0].kind == "name" and out and out[-1].kind == "name" \
                            and "place" not in out[-1].senses and "journal" not in out[-1].senses:
                        # 新疆大学“X实验室”: the body's own unit, "Xinjiang University's X" (not two names in a row)
                        owner = out.pop()
                        out.append(Token(owner.zh + "".join(x.zh for x in toks[k:j + 1]), "name", {},
                                         en=f"{owner.en}{_possessive(owner.en)} {inner[0].en}"))
                        k = j + 1
                        continue
                    if len(inner) == 1 and inner[0].kind in ("name", "term", "latin"):
                        en = inner[0].en
                    elif seps and len(set(_SLOGAN_SEP[x] for x in seps)) == 1:
                        en = self._slogan(inner, _SLOGAN_SEP[seps[0]])  # “研发—中试—产业化”: R&D–pilot–…
                    else:
                        items = self.np_items(inner)
                        en = join_list(items) if items else self.compound(inner, modifier=True)
                    if en is None:
                        return None
                    out.append(Token("".join(x.zh for x in toks[k:j + 1]), "term", en=f'"{en}"'))
                    k = j + 1
                    continue
                k += 1  # an unmatched quote mark says nothing
                continue
            if t.zh in ("”", "」", "》", "’"):
                k += 1
                continue
            out.append(t)
            k += 1
        for i in range(len(out) - 1, 0, -1):  # “绿色发展”“健康中国”: quoted items side by side are a list
            if out[i].kind == out[i - 1].kind == "term" and out[i].en[:1] == out[i - 1].en[:1] == '"':
                out.insert(i, Token("、", "punct"))
        for i in range(len(out) - 2, -1, -1):  # 牵头组建X: lead the formation of X (one verb, not two)
            v = _verb(out[i + 1]) if out[i].zh in _LEAD else None
            if v and v.count("|") == 2 and v.split("|")[1]:
                noun = v.split("|")[1]
                out[i:i + 2] = [Token(out[i].zh + out[i + 1].zh, "word", {
                    "v": f"lead the {noun} of|{noun}|led the {noun} of"})]
        return out

    def _slogan(self, inner: list[Token], sep: str) -> Optional[str]:
        """The parts of a quoted chain ("创业苗圃+孵化器+加速器") each as a noun phrase, joined as the quote joins them."""
        parts, cur = [], []
        for x in inner + [Token("+", "punct")]:
            if x.zh in _SLOGAN_SEP:
                if not cur:
                    return None
                if len(cur) == 1 and cur[0].kind == "num" and cur[0].zh.isdigit():
                    parts.append(cur[0].zh)  # “3+3+2”: figures stay figures
                    cur = []
                    continue
                en = self.compound(cur) if not any(t.zh in _LIST_SEP for t in cur) else None
                if en is None:
                    items = self.np_items(cur)
                    en = join_list(items) if items else None
                if en is None:
                    return None
                parts.append(en)
                cur = []
            else:
                cur.append(x)
        return sep.join(parts) if len(parts) > 1 else None

    def _building(self, toks: list[Token]) -> Optional[str]:
        """"(X)建设/打造Y", the target of 为…提供: "X's efforts to build Y" ("为青岛建设现代海洋城市提供支撑":
        support for Qingdao's efforts to build a modern marine city), or "building Y" with no X."""
        k = next((i for i, t in enumerate(toks) if t.zh in _BUILD_VERBS), None)
        if k is None or k == len(toks) - 1:
            return None
        if any(_pure_verb(t) for t in toks[k + 1:]):
            return None
        self._other_subject += 1  # X builds it, not the platform: "build", never "become"
        try:
            act = self.clause_tokens(toks[k:])
        finally:
            self._other_subject -= 1
        if not act or not act.startswith("build "):
            return None
        if k == 0:
            return "building " + act[len("build "):]
        owner = self.np_items(toks[:k])
        if not owner or len(owner) > 1 or any(_verb(t) for t in toks[:k]):
            return None
        return f"{possessive(place_np(owner[0]))} efforts to {act}"

    def _event_np(self, toks: list[Token]) -> Optional[str]:
        """A list of "thing + what happens to it" as nouns (传统产业提质赋能、新兴产业培育壮大: the quality
        improvement and empowerment of traditional industries and the fostering and expansion of emerging
        industries), the target of 为X提供Y."""
        out = []
        for g in _groups(toks):
            j = len(g)
            while j > 1 and _pure_verb(g[j - 1]):
                j -= 1
            if _verb(g[0]) and g[0].zh in _CAUSATIVE:  # 推动常州产业转型升级: the transformation … of …
                inner = self._frame(g)
                base = _verb(g[0]).split("|")[0]
                if not inner or not inner.startswith(base + " the "):
                    return None
                out.append(inner[len(base) + 1:])
                continue
            if j == len(g) or j == 0:
                return None
            what = self.np_items(g[:j])
            nouns = [_verb(t).split("|")[1] for t in g[j:]]
            if not what or not all(nouns):
                return None
            out.append(f"the {join_list(nouns)} of {join_list([with_article(x) for x in what])}")
        return join_list(out) if out else None

    # ---- noun phrases ------------------------------------------------------------------------------
    def noun_phrase(self, zh: str) -> Optional[str]:
        toks = self.tokens(zh)
        if not toks:
            return None
        items = self.np_items(toks)
        return join_list(items) if items else None

    def np_items(self, toks: list[Token]) -> Optional[list[str]]:
        """The English of a noun phrase as its list items (each may take its own article)."""
        one = _one_of(toks)
        if one:  # 一个先进的算力中心, 一家企业: "an advanced computing centre", "a company" (never "one …s")
            rest = self._np_items(toks[one:])
            if not rest or len(rest) != 1 or rest[0][:1].isupper() or _DETERMINED.match(rest[0]):
                return None
            return [_demonym(with_article(singular_head(rest[0])))]
        if len(toks) == 2 and toks[1].zh in ("双方", "两地") and len(toks[0].zh) == 2:
            sides = self.lex.kb.two_places(toks[0].zh)
            if sides:  # "京冀双方": the two places are the two sides, "Beijing and Hebei"
                return [sides]
        if len(toks) > 3 and toks[-1].zh in _PARTIES_TALLY and any(t.zh in _LIST_SEP for t in toks[:-1]):
            toks = toks[:-1]  # "A、B、C三方": the list names the parties, "the three parties" after it says it again
            if toks[-1].kind == "word" and re.fullmatch(r"[两二三四五六七八九十]", toks[-1].zh):
                toks = toks[:-1]
        items = self._np_items(toks)
        if not items and self.lenient and any(t.zh in ("的", "之") for t in toks):
            # a modifier whose list it cannot write ("从A、B到C的全链条、贯通式的创新平台"): the head alone, as _de
            # leaves a modifier out when lenient ("an innovation platform")
            items = self._de(toks)
        if items and len(items) > 1 and all(x[:1].isupper() and not _KIND_WORD.search(x) for x in items[:-1]):
            m = re.search(r"\b(Center|Centre|Laboratory|Institute|Park|Base|Platform|Academy|Station)$", items[-1])
            if m:  # 潇湘、麓山、洞庭实验室: names sharing one kind (Xiaoxiang, Lushan and Dongting Laboratories)
                items = items[:-1] + [items[-1][:m.start()] + plural(m.group(1).lower()).capitalize()]
        return [_demonym(_several_first(x)) for x in items] if items else items

    def _np_items(self, toks: list[Token]) -> Optional[list[str]]:
        toks = _strip(toks)
        if not toks:
            return None
        quoted = _unquote(toks)
        if quoted is not None:
            inner = self.np_items(quoted)
            return [f'"{join_list(inner)}"'] if inner else None
        # 集X于一体的Y: "Y integrating X"
        zhs = [t.zh for t in toks]
        if zhs[0] == "集" and ("于一体" in zhs or "一体" in zhs or _IN_ONE & set(zhs)):
            k = zhs.index("于一体") if "于一体" in zhs else zhs.index("一体") if "一体" in zhs else \
                next(i for i, z in enumerate(zhs) if z in _IN_ONE)
            inner = self.np_items(toks[1:k if zhs[k] == "于一体" or zhs[k] in _IN_ONE else k - 1])
            rest = toks[k + 1:]
            if rest and rest[0].zh == "的":
                rest = rest[1:]
            head = self.np_items(rest)
            if inner and head and len(head) == 1:
                return [f"{head[0]} integrating {join_list(inner)}"]
            return None
        # 开放、协同的X: qualities listed before 的 are one item's ("an open and collaborative X"), no list of items
        de = next((i for i, t in enumerate(toks) if t.zh == "的"), 0)
        if de > 2 and zhs.count("的") == 1 and any(z in _LIST_SEP for z in zhs[:de]) and toks[0].zh not in _LIST_SEP \
                and all(t.zh in _LIST_SEP or _qualifier(t) for t in toks[:de]):
            one = self._de(toks)
            if one:
                return one
        # X领域Y (no 的): "Y in X" (船舶与海洋工程领域学术与研发机构: academic and R&D institutions in …)
        k = next((i for i, t in enumerate(toks) if 0 < i < len(toks) - 1 and t.zh == "领域"), 0)
        if k and not any(t.zh in ("的", "之", "等", "等等") or t.kind == "fn" and t.zh.startswith("等") for t in toks):
            field, head = self.np_items(toks[:k]), self.np_items(toks[k + 1:])
            if field and head:
                return [f"{join_list(head)} in {join_list(field)}"]
            if any(t.zh in _LIST_SEP for t in toks[k + 1:]):
                return None  # a list after 领域 is the head's: never an item of one list with the field's
        # lists, and 等 + a head
        tail: list[Token] = []
        for k, t in enumerate(toks):
            if t.zh in ("等", "等等"):
                tail = toks[k + 1:]
                toks = toks[:k]
                break
            if t.zh.startswith("等") and t.kind == "fn":  # 等领域, 等方面 …
                after = toks[k + 1:]
                if len(after) > 1 and after[0].zh in ("的", "之"):
                    # X等领域的Y: Y in X ("开展人工智能等领域的研究" research in AI), never X alone
                    fields = self.np_items(toks[1:k] if toks[0].zh == "在" else toks[:k])  # (在)X等领域的Y
                    head = self.np_items(after[1:])
                    return [f"{join_list(head)} in {join_list(fields)}"] if fields and head and len(head) == 1 else None
                toks = toks[:k]
                break
        groups = _groups(toks)
        if tail and tail[-1].zh in ("难题", "问题", "难点", "痛点", "瓶颈"):
            groups = [self._without_difficulty(g) for g in groups]  # 定价难、互信难等难题: problems such as pricing
        if not groups:
            return None
        if len(groups) >= 2 and not tail and all(
                all(t.kind == "word" and "a" in t.senses for t in g) and "n" not in g[-1].senses for g in groups[:-1]):
            last = groups[-1]  # 基础性、前沿性和公益性研究: basic, frontier and public-interest research
            k = 0
            while k < len(last) - 1 and last[k].kind == "word" and "a" in last[k].senses and "n" not in last[k].senses:
                k += 1
            head = self.compound(last[k:]) if k else None
            mods = [self.compound(g, modifier=True) for g in groups[:-1]] + [self.compound(last[:k], modifier=True)]
            if head and all(mods):
                return [f"{join_list(mods)} {head}"]
            if not k and len(last) > 1:  # 国家及江州重大战略: national and Jiangzhou …; 学术与研发机构
                whole = self.compound(last)
                mods = [self.compound(g, modifier=True) for g in groups[:-1]]
                if whole and all(mods):
                    return [f"{join_list(mods + [whole])}"]
        lead: list[Token] = []  # 重要资安暨智慧科技产业发展基地: "important" is the hub's, before the fields
        if len(groups) >= 2 and len(groups[0]) >= 2:
            while len(lead) < len(groups[0]) - 1 and groups[0][len(lead)].kind == "word" \
                    and "a" in groups[0][len(lead)].senses and "n" not in groups[0][len(lead)].senses:
                lead.append(groups[0][len(lead)])
        heads = [groups[0][len(lead):]] + groups[1:]
        if len(groups) >= 2 and not tail and not any(t.zh in ("的", "之") for t in toks) and len(groups[-1]) >= 2 \
                and groups[-1][-1].kind in ("word", "term") and groups[-1][-1].zh.endswith(_HUB_HEADS) \
                and all(len(g) == 1 and not g[0].zh.endswith(_HUB_HEADS) for g in heads[:-1]):
            # “互联网+”、生命健康、新材料科创高地: one hub for the fields listed before it (科研中心和人才培养中心
            # are two centres: a field is no hub)
            fields = [self.compound(g) for g in heads[:-1]] + [self.compound(groups[-1][:1])]
            rest, kind = groups[-1][1:], ""
            if len(rest) > 1 and rest[0].zh in ("产业", "行业"):  # 文旅、大健康产业示范园区: … for the X and Y industries
                rest, kind = rest[1:], " industries"
            head = self.compound(lead + rest, modifier=True)
            if head and all(fields):
                return [f"{head} for {join_list(fields)}{kind}"]
        counted = self._counted_list(groups) if len(groups) >= 2 and not tail else None
        if not counted and len(groups) >= 2 and not tail:
            counted = self._counted_fields(toks)
        if counted:
            return counted
        has_de = any(t.zh in ("的", "之") for t in toks)
        des = [i for i, t in enumerate(toks) if t.zh in ("的", "之")]
        if len(des) > 1 and any(t.zh in _LIST_SEP for t in toks[des[0]:des[-1]]):
            has_de = False  # X的A和Y的B: a list of two 的-phrases, not one 的 over a list
        if has_de and not tail:
            return self._de(toks)  # one 的 over the phrase: a list split inside it would regroup its words
        if len(groups) > 2 and groups[-1][0].zh in ("具有", "有") and not any(t.zh in ("的", "之") for t in groups[-1]) \
                and all(any(t.zh in ("的", "之") for t in g) for g in groups[:-1]):
            groups = groups[:-1]  # X的A、Y的B及具有Z: the last item lost its head where the clause was cut
            self.dropped += 1
            self.dropped_items += 1
        items, failed, shared = [], 0, []
        for n, g in enumerate(groups):
            if n + 1 < len(groups) and all(t.kind == "word" and "a" in t.senses and "n" not in t.senses for t in g):
                mod = self.compound(g, modifier=True)  # 节能与新能源汽车: energy-saving and new-energy vehicles
                if mod:
                    shared.append(mod)
                    continue
            en = self.compound(g) if not any(t.zh in ("的", "之") for t in g) else None
            if en is not None and shared:
                en, shared = join_list(shared + [en]), []
            if en is None and any(t.zh in ("的", "之") for t in g):
                sub = self._de(g)
                en = sub[0] if sub and len(sub) == 1 else None
            if en is None:
                if any(t.zh in ("的", "之") for t in g) and not all(any(t.zh in ("的", "之") for t in x) for x in groups):
                    return None  # a 的 may govern the whole list: leaving one item out could change the sense
                if any(t.kind == "fn" for t in g):
                    return None  # an item with 由/在/为 in it carries the clause's structure: never left out
                failed += 1
                continue
            items.append(en)
        if not failed and len(groups) >= 3:
            items = _shared_modifier_once(groups, items, self)
        if not failed and len(items) >= 2 and not tail:
            items = _shared_head_once(items)
        if failed:
            if not items or failed * 2 > len(groups) or len(groups) < 3:
                return None  # only a long list may lose an item: in a short one the item may be the point
            self.dropped += failed
            self.dropped_items += failed
        if tail:
            tz = "".join(t.zh for t in tail)
            if tz in GENERIC_HEADS or all(t.zh in GENERIC_HEADS for t in tail):
                return items
            kinds = tail[:-1] if tail[-1].zh in ("研究", "研发") else []
            while kinds and kinds[-1].zh in ("领域", "方向", "方面"):
                kinds = kinds[:-1]
            kind = self.compound(kinds) if kinds else None
            if kind and all(x[:1] != '"' for x in items):  # X、Y等前沿技术研究: research on frontier technologies such as X
                what = "research on" if tail[-1].zh == "研究" else "R&D in"
                return [f"{what} {plural(kind)} such as {join_list([place_np(x) for x in items])}"]
            head = self.compound(tail)
            if head is None:  # 等优质龙头、成长型企业: the head may be a list of modifiers over one noun
                sub = self.np_items(tail) if any(t.zh in _LIST_SEP for t in tail) else None
                head = sub[0] if sub and len(sub) == 1 else None
            if head is None:
                return None
            if re.search(r"\b(?:companies|enterprises|firms|projects|talent|teams)$", head) and all(
                    x[:1].islower() or re.fullmatch(r"[A-Z][A-Z\d&]+", x.split()[0]) for x in items):  # AI, IoT: fields
                return [f"{head} in {join_list(items)}"]  # 人工智能等企业: companies in AI (not companies such as AI)
            return [f"{plural(head)} such as {join_list([place_np(x) for x in items])}"]
        return items

    def _counted_list(self, groups: list[list[Token]]) -> Optional[list[str]]:
        """A、B及C三大国家战略: the items name the members of a counted head ("the A, B and C national
        strategies"); the count English leaves to the list."""
        last = groups[-1]
        at = next((i for i, t in enumerate(last) if i and t.kind == "num"), 0)
        if not at or _int(last[at].zh) != len(groups) or at + 1 >= len(last) or any(
                t.zh in ("的", "之") for g in groups for t in g):
            return None
        rest = last[at + 1:]
        if rest[0].zh in _MEASURE or rest[0].kind == "unk" and rest[0].zh == "大":
            rest = rest[1:]
        if rest and rest[-1].zh.endswith(("领域", "方向", "方面")):  # X、Y两大领域: English names the fields alone
            fields = [self.compound(g) for g in groups[:-1] + [last[:at]]]
            return fields if all(fields) else None
        head = self.compound(rest) if rest else None
        items = [self.compound(g, modifier=True) for g in groups[:-1] + [last[:at]]]
        if not head or not all(items):
            return None
        return [f"the {join_list(items)} {plural(head)}"]

    def _counted_fields(self, toks: list[Token]) -> Optional[list[str]]:
        """信息、材料、能源三大科学与技术方向: a count of the items before it, then areas whose own name joins two
        words ("科学与技术"); the English names the fields alone ("information, materials and energy"), as it does
        for X、Y两大领域 (_counted_list), not "energy three major science and technology areas"."""
        at = next((i for i, t in enumerate(toks) if t.kind == "num"), None)
        if at is None or at + 1 >= len(toks) or not toks[-1].zh.endswith(("领域", "方向", "方面")):
            return None
        items = _split_on(toks[:at], "、")
        if len(items) != _int(toks[at].zh) or len(items) < 2 or not (toks[at + 1].zh in _MEASURE) \
                or any(t.zh in ("的", "之") for t in toks):
            return None
        fields = [self.compound(g) for g in items]
        return fields if all(fields) else None

    def _without_difficulty(self, g: list[Token]) -> list[Token]:
        """"定价难" in a list of problems: the problem is pricing (English says "problems such as pricing")."""
        if not g or not g[-1].zh.endswith("难") or g[-1].kind not in ("unk", "word"):
            return g
        if g[-1].zh == "难":
            return g[:-1]
        rest = self.lex.segment(g[-1].zh[:-1], unknown=True)
        return g[:-1] + rest if rest else g

    def _base_for(self, left: list[Token], right: list[Token]) -> Optional[str]:
        """创新成果的转化阵地, 技术研发的创新平台: a base or platform named by what is done there reads "base for
        commercialising innovation results", "innovation platform for technology R&D" (not a stack of nouns)."""
        if len(right) == 2 and right[0].kind == "word" and _verb(right[0]) and right[1].zh in _KIND_OF_PLACE:
            right = [Token(right[0].zh + right[1].zh, "word", {"n": f"{_verb(right[0]).split('|')[1]} "
                                                                  f"{right[1].sense('n') or ''}".strip()})]
        if len(right) != 1 or right[0].kind != "word" or not right[0].zh.endswith(_KIND_OF_PLACE) or not left \
                or any(t.kind not in ("word", "term") or t.zh in _LIST_SEP or _pure_verb(t)
                       for t in left):
            return None
        what = self.compound(left)
        if not what:
            return None
        kind_zh = next(k for k in _KIND_OF_PLACE if right[0].zh.endswith(k))
        act = self.lex.segment(right[0].zh[:-len(kind_zh)]) if len(right[0].zh) > len(kind_zh) else []
        kind = self.lex.segment(kind_zh)
        if act is None or not kind or len(kind) != 1 or not kind[0].sense("n"):
            return None
        place = singular(kind[0].sense("n"))
        if len(act) == 1 and _verb(act[0]) and act[0].zh not in ("示范", "创新", "研发", "服务", "发展"):
            return f"{place} for {gerund(_verb(act[0]).split('|')[0])} {what}"  # a base for commercialising X
        if re.search(r"\b(?:R&D|research|development|innovation|cooperation|incubation|training)$", what):
            return f"{singular_head(right[0].noun() or '')} for {what}"  # an innovation platform for technology R&D
        return None

    def _mixed_modifiers(self, left: list[Token], head: list[str]) -> Optional[str]:
        """特色鲜明、具有国际影响力、集A于一体的Y: modifiers of several kinds before one head, each where English puts
        it: adjectives before the head, "with X" and "integrating X" after it ("a distinctive health industry
        complex with international influence, integrating A, B and C"). None unless every part is one of these and
        at least one follows the head."""
        if len(head) != 1:
            return None
        pre, post, kinds = [], [], set()
        parts: list[list[Token]] = []
        for g in [g for g in _split_on(left, "、") if g]:  # 集A、B于一体 is one part, its 、 its own
            if parts and parts[-1][0].zh == "集" and parts[-1][-1].zh not in {"于一体", "一体"} | _IN_ONE:
                parts[-1] = parts[-1] + [Token("、", "punct")] + g
            else:
                parts.append(g)
        for g in parts:
            kinds.add("vp" if _pure_verb(g[0]) else "other")
            if all(t.kind == "word" and "a" in t.senses for t in g):
                m = self.compound(g, modifier=True)
                if not m:
                    return None
                pre.append(m)
            elif g[0].zh in ("具有", "有") and len(g) > 1:
                m = self.np_items(g[1:])
                if not m:
                    return None
                post.append(f"with {join_list(m)}")
            elif g[0].zh == "集" and g[-1].zh in {"于一体", "一体"} | _IN_ONE and len(g) > 2:
                m = self.np_items(g[1:-1] if g[-1].zh != "一体" else g[1:-2])
                if not m:
                    return None
                post.append(f"integrating {join_list(m)}")
            elif _pure_verb(g[0]) and len(g) > 1:
                m = self._gerund_vp(g)
                if not m:
                    return None
                post.append(m)
            elif len(g) == 1 and g[0].kind == "word" and (g[0].sense("n") or "").endswith(("ing", "ing the local economy")) \
                    and g[0].sense("n").split()[0].endswith("ing"):
                post.append(g[0].sense("n"))  # 服务地方: serving the local economy
            else:
                return None
        if not post or kinds == {"vp"}:
            return None  # verb phrases only: "a base for organising …" (_de)
        front = f"{join_list(pre)} {head[0]}" if pre else head[0]
        return f"{front} {join_list(post)}" if len(post) < 3 else f"{front} {', '.join(post[:-1])}, {post[-1]}"

    def _gerund_vp(self, g: list[Token]) -> Optional[str]:
        """A verb phrase as a gerund ("training outstanding talent"); two verbs sharing one object (组织和开展X)
        as "organising and carrying out X"."""
        if len(g) > 3 and g[1].zh in ("和", "与", "及") and _pure_verb(g[2]):
            rest = self._frame(g[2:])
            return f"{gerund(_verb(g[0]).split('|')[0])} and {gerund(rest)}" if rest else None
        rel = self._frame(g)
        return gerund(rel) if rel else None

    def _of_actions(self, toks: list[Token]) -> Optional[str]:
        """What a clause is in the course of (X运行, X构建与运行): "the operation of X", "the building and operation
        of X"; a noun phrase as it is."""
        k = len(toks)
        while k > 1 and (toks[k - 1].zh in ("与", "和", "及") or toks[k - 1].kind == "word" and _verb(toks[k - 1])
                         and toks[k - 2].kind in ("word", "fn", "name", "term")):
            k -= 1
        acts = [t for t in toks[k:] if t.zh not in ("与", "和", "及")]
        if not acts or k == len(toks):
            items = self.np_items(toks)
            return join_list([x if x[:1].isupper() else definite(x) for x in items]) if items else None
        what = self.np_items(toks[:k])
        nouns = [_verb(t).split("|")[1] for t in acts]
        if not what or not all(nouns) or toks[k].zh in ("与", "和", "及"):
            return None
        return f"the {join_list(nouns)} of {join_list(what)}"

    def _de(self, toks: list[Token]) -> Optional[list[str]]:
        """X的Y (the last 的 splits modifier and head): "Y of X", "X Y" for a short modifier, "Y with X" after 具有;
        when lenient, Y alone where X cannot be written and Y is a place-like head (可容纳300余家单位的示范园区:
        "a demonstration park")."""
        out = self._de_whole(toks)
        if out is not None or not self.lenient:
            return out
        i = max((i for i, t in enumerate(toks) if t.zh in ("的", "之")), default=-1)
        left, right = toks[:i], toks[i + 1:]
        if i < 0 or any(t.zh in _LIST_SEP for t in left) and any(t.kind == "name" for t in left):
            return None  # 打造X分院、Y的Z: a name listed before 的 may be an item of its own, not a modifier
        if not right or right[-1].kind not in ("word", "term") \
                or not right[-1].zh.endswith(_BECOME_HEADS + _HUB_HEADS + _KIND_HEADS + _ROLE_HEADS) \
                or any(c in t.zh for t in left for c in "不非无未反") or any(t.zh in ("的", "之") for t in right):
            return None  # a negation is never left out; an action's or a quality's head says nothing alone
        head = self.np_items(right)
        if not head:
            return None
        self.dropped += 1
        return head

    def _de_whole(self, toks: list[Token]) -> Optional[list[str]]:
        des = [i for i, t in enumerate(toks) if t.zh in ("的", "之")]
        if not des:
            return None
        i = des[-1]
        left, right = toks[:i], toks[i + 1:]
        if left and left[-1].zh.endswith("难") and [t.zh for t in right] in (["问题"], ["难题"]):
            what = self.np_items(self._without_difficulty(left))  # 化工中试难的问题: the difficulty of chemical …
            return [f"the difficulty of {join_list(what)}"] if what else None
        if right and right[-1].kind == "word" and set(right[-1].senses) == {"a"}:
            return None  # X的全国一流: what follows 的 only qualifies a head yet to come; it heads nothing
        based = self._base_for(left, right)
        if based:
            return [based]
        head = self.np_items(right)
        if not head or not left:
            return None
        if len(left) > 1 and left[-1].zh == "中":
            where = self._of_actions(left[:-1])  # 电力系统运行中的重大问题: major problems in power system operation
            return [f"{join_list(head)} in {where}"] if where else None  # (科学与技术问题: one list, one place)
        at = next((i for i, t in enumerate(left) if t.zh == "在"), 0)
        if at and len(head) > 1 and at < len(left) - 1:  # 双方在X的优势和资源: the two sides' strengths and …
            owner, field = self.np_items(left[:at]), self.np_items(_without_side(left[at + 1:]))
            if not owner or not field or len(owner) > 1:
                return None
            poss = possessive(owner[0])
            return [f"{poss} {join_list(head)} in {join_list(field)}"]
        if len(head) > 1:  # X的A和B: "A and B of X"; 专业的A和B: "specialised A and B"
            if left[0].zh in ("具有", "有") and len(left) > 1:  # 具有X的A和B: "A and B with X"
                mod = self.np_items(left[1:])
                return [f"{join_list([with_article(x) for x in head])} with {join_list(mod)}"] if mod else None
            if all(t.kind == "word" and "a" in t.senses and "n" not in t.senses for t in left):
                mod = self.compound(left, modifier=True)
                return [f"{mod} {join_list(head)}"] if mod else None
            mod = self.np_items(left)
            if not mod:
                return None
            prep = "in" if left[-1].zh in ("领域", "方面") else "of"
            return [f"{join_list(head)} {prep} {join_list([_body(x) for x in mod])}"]
        at = next((i for i, t in enumerate(left) if t.zh == "在"), 0)
        if at and len(head) == 1 and at < len(left) - 1:  # 双方在技术创新的能力: the two sides' capacity in …
            owner, field = self.np_items(left[:at]), self.np_items(_without_side(left[at + 1:]))
            if not owner or not field or len(owner) > 1:
                return None
            poss = possessive(owner[0])
            prep = "for" if head[0].endswith(("capacity", "capabilities")) else "in"  # capacity for innovation
            return [f"{poss} {head[0]} {prep} {join_list(field)}"]
        if len(left) > 1 and left[-1].zh in ("一体化", "融合", "相结合", "结合") and any(
                _nounish(t) or t.kind == "word" and "n" in t.senses for t in left[:-1]):
            mod = self.np_items(left[:-1])  # 产学研用一体化的X: X integrating industry, academia, research and application
            return [f"{head[0]} integrating {join_list(mod)}"] if mod else None
        if len(left) > 2 and len(head) == 1 and any(t.zh in _LIST_SEP for t in left) \
                and all(t.zh in _LIST_SEP or _qualifier(t) for t in left) and left[0].zh not in _LIST_SEP:
            # 开放、共享、协同的X: "an open, shared and collaborative X" (a verb that qualifies says its participle)
            adjs = [t.senses["a"] if "a" in t.senses else _verb(t).split("|")[2] for t in left if t.zh not in _LIST_SEP]
            return [f"{join_list(adjs)} {head[0]}"]
        if left[0].zh in ("具有", "有") and len(left) > 1:
            if all(t.zh in _LIST_SEP or t.kind == "word" and set(t.senses) == {"a"} for t in left[1:]):
                adjs = [t.senses["a"] for t in left[1:] if t.zh not in _LIST_SEP]  # 具有示范性、引领性的X: a model, leading X
                return [f"{join_list(adjs)} {head[0]}"] if adjs else None
            mod = self.np_items(left[1:])
            return [f"{head[0]} with {join_list(mod)}"] if mod else None
        if left[0].zh == "对" and len(left) > 1:  # 对江州数字经济的算力支撑: computing support for …
            mod = self.np_items(left[1:])
            return [f"{head[0]} for {join_list([_partner(x) if x[:1].islower() else x for x in mod])}"] if mod else None
        if len(left) > 3 and left[0].zh == "以" and left[-2].zh == "为" and left[-1].zh in _FRAMED_BY:
            aim = None  # 以解决X为导向的科学研究: scientific research oriented to solving X
            inner = left[1:-2]
            if _pure_verb(inner[0]):
                deed = self.clause_tokens(inner)
                aim = gerund(deed) if deed else None
            else:
                what = self.np_items(inner)
                aim = join_list(what) if what else None
            how = _FRAMED_BY[left[-1].zh]  # (a list shares it: "IoT, photonics and metaverse industries centred on X")
            return [f"{join_list(head)} {how} {aim}"] if aim else None
        if left[0].zh in ("与", "同") and len(left) > 1 and len(head) == 1:
            mod = self.np_items(left[1:])  # 加强与高校的合作: cooperation with universities (not "of" them)
            return [f"{head[0]} with {join_list([the_org(x) if x[:1].isupper() else x for x in mod])}"] \
                if mod else None
        if left[0].zh == "在" and len(left) > 1 and len(head) == 1:
            inner = left[1:-1] if left[-1].zh in ("等领域", "等方面", "领域", "方面") else _without_side(left[1:])
            field = self.np_items(inner) if inner else None  # 在X等领域的务实合作: practical cooperation in X
            return [f"{head[0]} in {join_list(field)}"] if field else None
        vi = next((i for i, t in enumerate(left) if i and _pure_verb(t)), 0)
        if vi and vi < len(left) - 1 and len(head) == 1 and all(_nounish(t) for t in left[:vi]) \
                and left[vi].zh not in ("共建", "共同建设", "建设", "联合", "投资"):
            who, rel = self.np_items(left[:vi]), self._frame(left[vi:])  # 江州实施X战略的载体: a vehicle for Jiangzhou to …
            return [f"{head[0]} for {join_list(who)} to {rel}"] if who and rel and len(who) == 1 else None
        if len(left) > 1 and _pure_verb(left[-1]) and not _verb(left[0]):
            agents = left[1:-1] if left[0].zh == "由" else left[:-1]  # (由)A和B共同建设的X: X jointly built by A and B
            who = self.np_items(agents) if agents and all(t.kind == "name" or t.zh in _LIST_SEP for t in agents) else None
            done = "led" if left[-1].zh.startswith("牵头") else _verb(left[-1]).split('|')[2]  # 由A牵头建设的X: led by A
            if done.endswith((" of", " for", " to", " in", " on", " with")):
                return None  # "X led the construction of by A": a participle that needs its object is no modifier
            return [f"{head[0]} {done} by {join_list(who)}"] if who else None
        where = ""
        if left[0].kind == "word" and left[0].senses.get("d", "").startswith("in the ") and len(left) > 2:
            where, left = " " + left[0].senses["d"], left[1:]  # 区域内开展X的基地: a base for … in the region
            if left[0].zh in ("具有", "有") and len(head) == 1:  # 在国际上具有重要影响的X: X with major influence in …
                mod = self.np_items(left[1:])
                return [f"{head[0]} with {join_list(mod)}{where}"] if mod else None
        if len(left) > 2 and left[-2].zh in ("最为", "最") and left[-1].zh in ("集中", "集聚", "密集") and len(head) == 1:
            what = self.np_items(left[:-2])  # 技术、人才最为集中的高地: the hub with the highest concentration of …
            return [f"{head[0]} with the highest concentration of {join_list(what)}"] if what else None
        mixed = self._mixed_modifiers(left, head) if "、" in [t.zh for t in left] else None
        if mixed:
            return [mixed + where]
        vps = [g for g in _split_verb_phrases(left)]
        if len(vps) > 1 and len(head) == 1:  # 开展X、培养Y、促进Z的重要基地: a base for carrying out X, training Y …
            rels = [self._gerund_vp(g) for g in vps]
            return [f"{head[0]} for {join_list(rels)}{where}"] if all(rels) else None
        if where:
            return None
        if _pure_verb(left[0]) and len(left) > 1:
            rel = self._frame(left)  # 解决X问题的公司: companies solving X problems
            return [f"{head[0]} {gerund(rel)}"] if rel else None
        scope = ""
        while left and left[0].zh in ("目前", "当前"):
            left = left[1:]
        if left and left[-1].zh == "中" and len(left) > 1 and left[-2].kind != "fn":  # 行业发展中的问题: problems in …
            mod = self.np_items(left[:-1])
            return [f"{head[0]} in {join_list(mod if len(mod) > 1 else [definite(mod[0])])}"] if mod else None
        if left and left[0].zh in _SCOPE and len(left) > 1:
            scope, left = _SCOPE[left[0].zh], left[1:]
        elif len(left) > 1 and _is_place(left[0]):
            # 长三角地区规模最大的X: the largest X in the Yangtze River Delta (a place scopes a superlative)
            k = 2 if left[1].zh in ("地区", "区域", "一带") else 1
            wider = ""
            if len(left) > k + 1 and left[k].zh == "乃至" and (_is_place(left[k + 1]) or left[k + 1].zh in _SCOPE):
                # 泗阳乃至苏北最大的X: the largest X in Siyang and all of northern Jiangsu
                nxt = left[k + 1]
                wider = " and all of " + (_SCOPE[nxt.zh][3:] if nxt.zh in _SCOPE else place_np(nxt.noun() or ""))
                k += 2 + (len(left) > k + 2 and left[k + 2].zh in ("地区", "区域", "一带"))
            rest = left[k:]
            if rest and all(t.kind == "word" and "a" in t.senses or t.zh in _LIST_SEP for t in rest) and any(
                    w in _SUPERLATIVE for t in rest if t.kind == "word" for w in t.senses["a"].split()):
                scope, left = f"in {place_np(left[0].noun() or '')}{wider}", rest
        if not left:
            return None
        groups = _groups(left)
        if all(all(t.kind == "word" and "a" in t.senses for t in g) for g in groups):
            mod = [g[0].sense("a") if len(g) == 1 else self.compound(g, modifier=True)  # 现代化的: modern
                   for g in groups]  # 全国领先的, 等级最高、规模最大的
            if not all(mod):
                return None
        else:
            dropped = self.dropped_items
            mod = self.np_items(left)
            if self.dropped_items != dropped:
                return None  # a modifier that lost an item could say something else of its head
        if not mod:
            return None
        if all(all(t.kind == "word" and "a" in t.senses for t in g) for g in groups) or (
                len(mod) == 1 and len(left) == 1 and left[0].kind != "name" and not re.search(r",| and ", mod[0])
                and not right[-1].zh.endswith(("部分", "窗口"))):  # a part, a window: "of" what
            out = f"{join_list(mod)} {head[0]}"
            if any(w in out.split() for w in _SUPERLATIVE):
                out = f"the {out}"
            return [f"{out} {scope}".strip()]
        if scope:
            return None
        prep = "in" if left[-1].zh in ("领域", "方面") else "of"
        return [f"{head[0]} {prep} {join_list([_body(x) for x in mod])}"]

    def _superlative(self, left: list[Token], sup: str, right: list[Token]) -> Optional[str]:
        """"the largest X in northern China by computing power": what a superlative inside a compound ranks
        (`right`), where (a place, a region, a direction of a place, 全国) and by what measure (`left`). None
        where `left` says anything else."""
        head = self.compound(right)
        if not head or not left:
            return None
        scope = ""
        if left[0].zh in _SCOPE:
            scope, left = _SCOPE[left[0].zh], left[1:]
            if left and left[0].zh in ("地区", "区域"):
                left = left[1:]  # 华南地区最大: the region is said once
        elif _is_place(left[0]):
            place = place_np(left[0].noun() or "")
            if len(left) > 1 and left[1].zh in _DIRECTION:  # 中国北方: northern China
                place, left = f"{_DIRECTION[left[1].zh]} {place}", left[1:]
            scope, left = f"in {place}", left[1:]
        if len(left) > 1 or not scope and not left:
            return None
        by = ""
        if left:
            if left[0].kind != "word" or not left[0].sense("n"):
                return None
            by = "" if left[0].zh == "规模" else f" by {left[0].sense('n')}"  # 规模最大: the largest says it
        return f"the {sup} {head} {scope}{by}".replace("  ", " ").strip()

    def compound(self, toks: list[Token], modifier: bool = False) -> Optional[str]:
        """A compound without 的 or a list in it: its pieces' English in order."""
        toks = _strip(toks)
        if not toks:
            return None
        quoted = _unquote(toks)
        if quoted is not None:
            inner = self.np_items(quoted)
            return f'"{join_list(inner)}"' if inner else None
        if len(toks) > 2 and toks[0].kind == "num" and toks[1].zh in ("人", "余人", "多人") \
                and toks[-1].zh.endswith(("团队", "队伍")) and not modifier:
            team = self.compound(toks[2:])  # 101人专业技术团队: a professional technical team of 101 people
            n = f"more than {toks[0].en}" if toks[1].zh != "人" else toks[0].en
            return f"{with_article(singular_head(team))} of {n} people" if team else None
        # Quality words lead in English ("海洋跨学科一流研究院" → "first-class interdisciplinary marine …");
        # a field word inside a compound says nothing English keeps ("跨学科领域研究院").
        toks = [Token(t.zh, "word") if t.kind == "unk" and (t.zh in _MEASURE or t.zh[:1] == "余" and (
                    len(t.zh) == 1 or t.zh[1:] in _MEASURE)) and i and toks[i - 1].kind == "num" else t
                for i, t in enumerate(toks)]  # 6篇论文, 十余座: the measure word after a count is the count's
        if any(t.kind == "unk" for t in toks):
            if toks[-1].kind == "unk" or toks[0].kind == "unk" and not modifier or len(toks) < 3 \
                    or sum(t.kind == "unk" for t in toks) > 1:
                return None  # the head, the word that opens it (发挥X作用: a verb), or too much of it is unknown
            if any(c in t.zh for t in toks if t.kind == "unk" for c in "非不无未反"):
                return None  # a negation is never left out (非实时 is not "real-time")
            if any(t.kind == "unk" and i and toks[i - 1].kind == "num" for i, t in enumerate(toks)):
                return None  # the unit after a figure (10万吨, 2000亿元) is what the figure counts: never left out
            if toks[-2].kind == "unk" and not toks[-1].zh.endswith(_KIND_HEADS):
                # before an action or an abstract head (绿色矿山建设, 股权结构, 核酸筛查工作) the piece is what the
                # head is of: only a kind of place (X数据中心) may lose a descriptor right before it
                return None
            self.dropped += 1  # an unknown modifier is left out: "a … hub", never a guessed sense
            toks = [t for t in toks if t.kind != "unk"]
        sup = next((i for i, t in enumerate(toks) if 0 < i < len(toks) - 1 and "最" in t.zh and t.kind == "word"
                    and t.sense("a") in _SUPERLATIVE), None)
        if sup is not None and not modifier:  # 中国北方算力最大人工智能计算中心: a scope and a measure before 最大
            return self._superlative(toks[:sup], toks[sup].sense("a"), toks[sup + 1:])
        if len(toks) == 3 and toks[0].kind == "word" and toks[0].zh in ("服务", "辐射", "带动", "引领") \
                and _is_place(toks[1]) and toks[2].kind == "word" and toks[2].sense("n") and not modifier:
            v = _verb(toks[0]).split("|")[0]  # 服务陕西引擎: an engine serving Shaanxi
            return f"{singular_head(toks[2].sense('n'))} {gerund(v)} {place_np(toks[1].noun() or '')}"
        toks = [t for i, t in enumerate(toks) if not (
            t.zh in ("地区", "区域") and i and (toks[i - 1].zh in _REGIONS or "place" in toks[i - 1].senses)
            and (i < len(toks) - 1 or len(toks) == 2))]  # 华南地区实时算力中心: "South China" says the region
        if len(toks) > 1 and toks[0].kind == "word" and (toks[0].sense("n") or "").startswith("the ") \
                and not (toks[0].sense("a") and len(toks) > 1):
            # 我省现代产业体系: "the province's modern industry system" (not "modern the province industry system")
            rest = self.compound(toks[1:])
            return f"{possessive(toks[0].sense('n'))} {rest}" if rest and not modifier else None
        several = next((i for i, t in enumerate(toks) if t.zh in _SEVERAL), None)
        if several:  # 省级一批X, 新一批X: the quantity leads in English (a number of provincial-level X)
            toks = [toks[several]] + [t for i, t in enumerate(toks) if i != several
                                      and not (t.zh == "新" and i == several - 1)]
        lead = toks[:1] if toks[0].kind == "name" else []  # 合肥综合性X: Hefei comprehensive X (the place stays first)
        toks = lead + [t for t in toks if t.zh in _QUALITY] + [
            t for i, t in enumerate(toks) if t.zh not in _QUALITY and not (lead and i == 0)
            and not (t.zh in ("领域", "方面") and i < len(toks) - 1)]
        if len(toks) > 1 and toks[-1].zh == "工作":
            toks = toks[:-1]  # 成果转化工作: the work is what the head already says
        if sum(t.kind == "num" for t in toks) > 1 or any(
                t.kind == "num" and i and toks[i - 1].kind == "word" and "a" in toks[i - 1].senses
                and (i + 1 == len(toks) or toks[i + 1].zh not in _MEASURE) for i, t in enumerate(toks)):
            return None  # 一中心两区六平台, 两地三中心: a slogan of numerals, not a phrase English can follow
        if len(toks) >= 3 and all(t.kind == "word" and (t.senses.get("v") or "").count("|") == 2
                                  and t.zh not in _CAUSATIVE for t in toks[-2:]) \
                and toks[-3].kind in ("word", "term", "name") and not _verb(toks[-3]):
            # X保护治理, 资源开发利用: two actions on what comes before them, each said as its noun ("Erhai Lake
            # protection and governance", "resource development and utilization"), never one modifying the other
            what = self.compound(toks[:-2], modifier=True)
            what = singular_head(what) if what and " of " not in what else what  # a noun before nouns is singular
            acts = [t.sense("n") or _verb(t).split("|")[1] for t in toks[-2:]]
            return f"{what} {acts[0]} and {acts[1]}" if what and all(acts) and acts[0] != acts[1] else None
        out: list[str] = []
        k = 0
        while k < len(toks):
            t = toks[k]
            if t.kind == "num":
                nxt = toks[k + 1] if k + 1 < len(toks) else None
                v = _int(t.zh)
                word = _SMALL_NUM.get(v, t.en) if v is not None else t.en
                if nxt is not None and nxt.zh in _MEASURE:
                    out.append(word + (" major" if nxt.zh == "大" else ""))
                    k += 2
                    continue
                if nxt is not None and nxt.kind == "word" and nxt.zh[:1] == "余":
                    out.append(f"more than {word}")  # 十余座: more than ten
                    k += 2
                    continue
                out.append(word)
                k += 1
                continue
            if t.kind in ("fn", "punct"):
                return None
            en = t.sense("a") if k < len(toks) - 1 and t.kind == "word" and "a" in t.senses else t.noun()
            if en is None:
                return None
            if en.strip():
                out.append(en)
            k += 1
        if len(out) > 1 and re.fullmatch(r"Phase [IVX]+", out[-1]):  # 江州智算中心一期: Phase I of the …
            rest = singular(" ".join(out[:-1]))  # X项目一期: Phase I of the X project
            return f"{out[-1]} of {'the ' if _KIND_HEAD.search(rest) else ''}{rest}"
        out = [singular(w) if i < len(out) - 1 else w for i, w in enumerate(out)]
        if toks[0].kind == "num" and (_int(toks[0].zh) or 0) > 1 and len(out) > 1:
            out[-1] = plural(out[-1])  # 7家中试基地: seven pilot-scale bases
        if len(out) > 2 and out[-2] == "new" and toks[-2].zh == "新" \
                and toks[-1].zh.endswith(_BECOME_HEADS + _HUB_HEADS + _ROLE_HEADS):  # (新|能源材料 is new energy's)
            out = out[:-2] + ["new " + out[-1]]  # 绿色发展新标杆: 新 before the head is the phrase's, as 新高地 is
        for q in ("new ", "important ", "major "):
            at = 1 if toks[0].kind == "name" and len(out) > 2 else 0  # after a place that leads: X's new …
            if len(out) > 1 and out[-1].startswith(q) and not out[at].startswith(q) and not (
                    q != "new " and out[at].split()[0] in ("first", "second", "third", "last", "key", "main", "leading")):
                out = out[:at] + [q + out[at]] + out[at + 1:-1] + [out[-1][len(q):]]  # 科技攻坚新力量: new … force
        last = toks[-1]
        if last.kind == "word" and not ({"n", "v"} & set(last.senses)) and not modifier:
            return None  # modifiers with no noun: not a noun phrase ("打造“专业、生态")
        if len(out) > 1 and not modifier and last.kind == "word" and "n" not in last.senses \
                and out[-1] == last.senses.get("a") and (last.senses.get("v") or "").count("|") == 2:
            out[-1] = last.senses["v"].split("|")[1]  # 产业规划 heads with its noun: "industry planning", not "… planned"
        verbs = [i for i, t in enumerate(toks[:-1]) if t.kind == "word" and "v" in t.senses
                 and not ({"n", "a"} & set(t.senses))]
        if len(verbs) == 1 and verbs[0] == len(toks) - 2 and toks[-1].zh in _ATTRIBUTE_HEADS and not modifier:
            verbs = []  # 运营成本, 管理经验: what an activity costs or needs is a noun phrase ("operation costs")
        if verbs and not (len(verbs) == 1 and 0 < verbs[0] and toks[-1].zh.endswith(_KIND_HEADS)
                          and toks[verbs[0]].zh not in _CAUSATIVE | _DRIVE | set(_PIVOT) | set(_BUILD_VERBS)
                          and all(_nounish(t) or t.kind == "word" and ({"n", "a"} & set(t.senses))
                                  for i, t in enumerate(toks) if i != verbs[0])):
            return None  # a verb inside: a clause, not a compound ("科技创新引领产业发展") …
        # … but a kind of place named by what is done there reads as one ("数据汇聚中心": data gathering center)
        inverted = self._for_fields(toks) if not modifier else None
        if inverted:
            return inverted
        acted = (self._action_of(toks) or self._capacity(toks)) if not modifier else None
        if acted:
            return acted
        if (len(toks) >= 3 and (toks[0].kind == "name" or out[0] in _OWNERS) and len(out) >= 3
                or len(toks) == 2 and toks[0].kind == "name" and len(out) == 2
                and not modifier and toks[1].kind == "word" and toks[1].zh.endswith(_OWNED)
                or len(out) == 2 and out[0] in _OWNERS and not modifier) and "'" not in out[0]:
            owner = place_np(out[0]) if toks[0].kind == "name" else out[0]  # the Yangtze River Delta's …
            out[0] = possessive(owner)  # 宜宾产业发展需求 → Yibin's industrial …
        s = british_spelling(" ".join(out))  # 新 + 能源材料: new-energy materials
        if not modifier and re.fullmatch(r"(?!.*\b(?:to|the|of|and|for|in)\b)(?:[a-z-]+ ){0,2}economy", s):
            s = "the " + s  # the digital economy, as "the economy"
        return _dedupe(s) if s else None

    def _action_of(self, toks: list[Token]) -> Optional[str]:
        """A compound ending in an action with its own modifier reads "efficient use of X" in English, not "X
        efficient use" (碳基能源资源高效利用, 膜材料绿色制造: green manufacturing of membrane materials)."""
        last = toks[-1]
        en = last.sense("n") if last.kind == "word" else last.en if last.kind == "term" else None
        if len(toks) < 2 or not en or len(en.split()) < 2 or en.split()[-1] not in _ACTIONS or any(
                t.kind not in ("word", "term") or t.zh in _QUALITY for t in toks[:-1]):
            return None
        what = self.compound(toks[:-1])
        return f"{en} of {what}" if what else None

    def _capacity(self, toks: list[Token]) -> Optional[str]:
        """Whose capacity for what, as English says it: 企业技术创新能力 → "companies' capacity for technological
        innovation"; 全省硬质材料产业自主创新能力 → "the province's capacity for independent innovation in hard
        materials industries" (a stack of owner, field and activity before "capacity" reads as a gloss)."""
        last = toks[-1]
        if last.kind != "word" or not last.zh.endswith("能力") or len(toks) < 2:
            return None
        if last.zh == "能力":
            act, rest = self.compound(toks[-2:-1]), toks[:-2]
        else:
            en = last.sense("n") or ""
            act, rest = (en[:-len(" capacity")] if en.endswith(" capacity") else None), toks[:-1]
            whole = self.lex.segment(rest[-1].zh + last.zh[:-2]) if act else None
            if whole and len(whole) == 1 and whole[0].kind == "word" and whole[0].sense("n"):
                act, rest = whole[0].sense("n"), rest[:-1]  # 技术 + 创新能力: technological innovation
        while act and rest and rest[-1].kind == "word" and "a" in rest[-1].senses and "n" not in rest[-1].senses:
            act, rest = f"{rest[-1].senses['a']} {act}", rest[:-1]  # 自主创新能力: independent innovation
        if not act or not rest or any(t.kind in ("num", "unk", "fn", "punct", "latin") for t in rest) \
                or act.split()[-1] not in ("innovation", "R&D", "research", "transfer"):
            return None  # 金融服务保障能力 stays "… support capacity": only a capacity to innovate is "capacity for"
        owner = ""
        first = rest[0].noun() or ""
        if rest[0].kind == "name" or first in ("the province", "the city", "the country"):
            owner, rest = possessive(first) + " ", rest[1:]
        elif len(rest) == 1 and re.search(r"\b(?:companies|enterprises|firms|SMEs|universities)$", first):
            return f"{first}' capacity for {act}"
        field = self.compound(rest) if rest else ""
        if field is None:
            return None
        return f"{owner}capacity for {act}" + (f" in {field}" if field else "")

    def _for_fields(self, toks: list[Token]) -> Optional[str]:
        """A base, park or hub named by the fields it is for reads head first in English: 新兴产业孵化基地 → "incubation
        base for emerging industries", 高新技术企业示范园区 → "demonstration park for high-tech companies" (a stack of
        nouns before the head reads as a gloss). Quality words stay before the head; a place that leads stays as is."""
        last = toks[-1].zh
        if len(toks) < 2 or toks[-1].kind != "word" or not last.endswith(_FOR_HEADS) \
                or not (last in _FOR_HEADS or last[:-2] in _HEAD_MODS | {"产业"}) \
                or any(t.kind in ("name", "num", "latin", "unk") for t in toks):
            return None
        q = 0
        while q < len(toks) and (toks[q].zh in _QUALITY or toks[q].zh in _SCOPE_ADJ):
            q += 1  # 全球科教高地: a global hub for science and education
        h = len(toks) - 1
        while h > q and toks[h - 1].zh in _HEAD_MODS:
            h -= 1  # 示范园区, 孵化基地: what kind of base it is belongs to the head
        fields = toks[q:h]
        if not fields or not all(t.kind == "term" or t.kind == "word" and "n" in t.senses for t in fields):
            return None
        what, head = self.compound(fields), self.compound(toks[:q] + toks[h:], modifier=True)
        return f"{head} for {what}" if what and head else None

    # ---- sentences ----------------------------------------------------------------------------------
    def sentence(self, zh: str, headline: bool = False) -> Optional[str]:
        """A news clause with its subject: [date] subject [在 place] [adverbs] verb [object], in the past tense
        ("On 30 September the exchange opened in Nansha"), or a headline's present ("Yuelu Summit opens")."""
        toks = self.tokens(zh)
        if not toks:
            return None
        toks = _strip(toks)
        if any(t.kind == "word" and t.zh in goal_only_words() for t in toks):
            return None  # a word of goal clauses only (goal_words.tsv): no subject-verb sentence is built on it
        dropped = self.dropped
        out = self._sentence(toks, headline)
        if self.dropped != dropped:
            return None  # a sentence that lost part of its subject or object could say something else
        if out and any(w in _participles() for w in re.findall(r"\bto (\w+)", out)):
            return None  # "Guangxi strive to completed …": an aim (力争建成) is no past event
        return _with_the_sea(_demonym(out)) if out else out

    def _sentence(self, toks: list[Token], headline: bool) -> Optional[str]:
        when, adv = "", []
        aspect = {t.zh for t in toks if t.kind == "word" and "d" in t.senses and t.zh in _ALREADY | _CAN}
        while toks and (toks[0].kind in ("date", "punct") or (toks[0].kind == "word" and "d" in toks[0].senses
                                                     and not _verb(toks[0]))):
            if toks[0].kind == "punct":
                pass
            elif toks[0].kind == "date":
                when = toks[0].en
            elif toks[0].senses["d"].strip() and toks[0].senses["d"] not in ("will", "also", "further"):
                adv.append(toks[0].senses["d"])
            toks = toks[1:]
        toks, when, when_in = _time_after_subject(toks, when)
        if any(t.zh in _PUBLISH for t in toks) and any(_is_journal(t) for t in toks) and not headline:
            out = self._published(toks)
            return f"On {when} {out}" if out and when else out
        if not headline and not when and not when_in:
            framed = self._modal_frame(toks)
            if framed:
                return framed
        cop = next((k for k, t in enumerate(toks) if t.zh == "是"), 0)
        if cop and not headline and not adv and not when_in:
            return self._copula(toks[:cop], toks[cop + 1:], when)
        for k in range(1, len(toks)):
            t = toks[k]
            if not _pure_verb(t) and t.zh != "在":
                continue
            head = toks[:k]
            while head and head[-1].kind == "word" and "d" in head[-1].senses and not _verb(head[-1]):
                if head[-1].senses["d"].strip():
                    adv.append(head[-1].senses["d"])
                head = head[:-1]
            if not head or not _nounish(head[-1]) or head[0].kind in ("fn", "punct") or any(
                    _pure_verb(t) for t in head):
                return None  # a subject ends in a noun or a name, and opens with neither 由/与/在 nor a verb
            if head[-1].zh in _TIME_NOUNS:
                return None  # "预计2024年底竣工": a time is when, never who ("2024 the end of the year was …")
            if any(t.zh.startswith("《") for t in head):
                return None  # 《规划》要求加大X: what a document asks for is no event ("The "planned" requirements …")
            ceremony = self._ceremony_of(head)  # X揭牌仪式在Y举行: an unveiling ceremony for X was held in Y
            subj = [ceremony] if ceremony else self.np_items(head)
            if not subj:
                return None
            rest, where = toks[k:], ""
            if rest[0].zh == "在":  # 在X举行: the place goes after the verb
                j = next((j for j in range(1, len(rest)) if _pure_verb(rest[j])), None)
                if j is None:
                    return None
                mid = rest[1:j]
                while mid and mid[-1].kind == "word" and "d" in mid[-1].senses:
                    if mid[-1].senses["d"].strip():
                        adv.append(mid[-1].senses["d"])
                    mid = mid[:-1]
                place = [_place_phrase(mid)] if mid and all(t.kind == "name" for t in mid) else self.np_items(mid)
                if not place:
                    return None
                at = len(place) == 1 and re.search(r"\b(?:University|Institute|Academy|Center|Centre|Hall)\b", place[0])
                where, rest = f"{'at' if at else 'in'} {join_list(place)}", rest[j:]
            while len(rest) > 1 and _verb(rest[0]) and rest[0].kind == "word" and "d" in rest[0].senses:
                rest = rest[1:]
            if len(rest) == 2 and rest[0].zh == "宣布" and rest[1].zh in _PASSIVE:
                rest = rest[1:]  # X宣布成立: X was established (the announcement is the event)
            while len(rest) > 1 and rest[-1].zh in ("建设", "运行", "运营", "投用") and (
                    rest[-2].zh in _PASSIVE or rest[-2].zh in _INTRANSITIVE):
                rest = rest[:-1]  # 开工建设, 开园运行: the second verb says no more than the first
            if not _verb(rest[0]):
                return None  # 加快产业集聚: the adverb-verb was the only verb
            v = _verb(rest[0]).split("|")
            if len(rest) > 1 and (not _nounish(rest[-1]) or any(_verb(t) and "n" not in t.senses for t in rest[1:])):
                return None  # an object ends in a noun, and holds no further verb (that is a second clause)
            obj = self.np_items(rest[1:]) if len(rest) > 1 else []
            if obj is None:
                return None
            if not obj and rest[0].zh not in _PASSIVE and rest[0].zh not in _INTRANSITIVE:
                return None  # "X jointly built.": a transitive verb with its object elsewhere
            if len(obj) == 1:
                obj = [with_article(singular_head(obj[0]) if obj[0].endswith("agreements") else obj[0])]
            if headline:
                subj = [re.sub(r"^an? ", "", x) for x in subj]  # a headline drops its articles
                if len(subj) == 1 and len(head) == 2 and head[0].kind == "name" and head[1].zh in ("项目", "工程"):
                    subj = [f"{head[0].en} project"]
            elif ceremony:
                pass
            elif len(subj) == 1 and head[0].kind != "name" and (subj[0][:1].islower() or subj[0][:1] == '"'):
                one = subj[0][:-1] if head[-1].zh == "项目" and subj[0].endswith(" projects") else subj[0] \
                    if any(t.zh in _LIST_SEP for t in head) else singular_head(subj[0])  # A楼、B楼均已竣工: several
                subj = [subj[0] if subj[0].startswith("the ") else "the " + one]  # 项目正式启动: the project …
            elif len(subj) > 1:
                subj = [("the " + singular_head(x)) if x[:1].islower() and not x.startswith("the ") else the_name(x)
                        for x in subj]  # 公司与X签约: the company and X; X暨Y成立: the X and the Y (named by kind)
            elif len(subj) == 1 and len(head) == 1 and _KIND_WORD.search(subj[0]) and not subj[0].startswith("The ") \
                    and not re.match(r"^[A-Z]{2,}\b", subj[0]):
                subj = [the_name(subj[0])]  # a platform named by its kind: "the Qingdao … Testing Center"
            elif len(subj) == 1 and len(head) == 2 and head[0].kind == "name" and head[1].zh in ("项目", "工程"):
                subj = [f"the {head[0].en} project"]  # X项目开工: the X project (one project, named)
            elif len(subj) == 1 and head[-1].zh == "项目" and subj[0].endswith(" projects"):
                subj = [subj[0][:-1]]  # X综合体项目举行仪式: one project, named by what it builds
            future = "will" in adv
            can = bool(aspect & _CAN) and not future and not headline
            done = bool(aspect & _ALREADY) and not future and not can and not headline and not when
            adv = sorted((a for a in adv if a != "will"), key=lambda a: a != "also")  # "also officially"
            adverbs = " ".join(adv)
            if future or can:  # 将打造: will build; 可提供: can provide
                verb = " ".join(x for x in ("will" if future else "can", adverbs,
                                            "be " + v[2] if rest[0].zh in _PASSIVE and not obj else v[0]) if x)
                parts = [join_list(subj), verb] + ([join_list(obj)] if obj else []) + ([where] if where else [])
                return " ".join(x for x in parts if x)
            if rest[0].zh in _GROUNDBREAK and not obj and not future and not ceremony:
                on = join_list(subj)  # 开工: construction began on X (as a report says it)
                out = " ".join(x for x in ("construction starts on" if headline else "construction began on",
                                           on[:1].lower() + on[1:] if on.startswith("The ") else on, where,
                                           "" if headline else when_in) if x)
                return f"On {when} {out}" if when and not headline else out
            if rest[0].zh == "签约" and not obj and len(subj) > 1 and not ceremony \
                    and not any(x.endswith(("project", "projects")) for x in subj):
                # A、B与C签约: the parties signed (projects are signed: "…项目签约")
                verb = " ".join(x for x in (adverbs, "sign an agreement" if headline else "signed an agreement") if x)
            elif rest[0].zh in _PASSIVE and not obj:  # 揭牌, 启用, 成立: what happens to the subject
                was = "were" if _plural_subject(subj) else "was"
                if done:  # 已揭牌: has been unveiled
                    was = "have been" if _plural_subject(subj) else "has been"
                verb = " ".join(x for x in ("" if headline else was, adverbs, "held" if ceremony else v[2]) if x)
            elif v[0].startswith("be "):  # 位于: a state, in the present ("is located in"; "are" for several)
                verb = " ".join(x for x in ("are" if _plural_subject(subj) else "is", adverbs, v[0][3:]) if x)
            elif rest[0].zh == "作为" and obj:  # 作为X的重要组成部分: what the subject is, in the present
                verb = " ".join(x for x in (adverbs, v[0] if _plural_subject(subj) else third_person(v[0])) if x)
            else:
                if rest[0].zh in _PASSIVE and obj:  # X获批Y: X won approval for a Y (its subject is not what was approved)
                    if rest[0].zh.startswith("获批"):
                        v = ["win approval for", "", "won approval for"]
                        obj = [with_article(singular_head(x)) for x in obj] if len(obj) == 1 else obj
                several = _plural_subject(subj)  # A and B open; Chinese scientists discover
                past = v[2]
                if done and rest[0].zh in _BUILD and obj:
                    past = "built"  # 已建成X: has built X (建成 alone is "completed")
                verb = " ".join(x for x in (("have" if several else "has") if done else "", adverbs,
                                            (v[0] if several else third_person(v[0])) if headline else past) if x)
            parts = [join_list(subj)] + [verb] + ([join_list(obj)] if obj else []) + ([where] if where else [])
            out = " ".join(x for x in parts + ([when_in] if not headline else []) if x)
            if when and not headline:
                out = f"On {when} {out[:1].lower() + out[1:] if out.startswith('The ') else out}"
            return out
        return None

    def _modal_frame(self, toks: list[Token]) -> Optional[str]:
        """Subject + 将/可 + a goal frame opened by a preposition (X将为Y提供Z, X可与Y开展合作, X将围绕Y开展Z):
        "X will provide Z for Y", "X can …". The frame is the goal grammar's clause, a bare verb phrase, which a
        modal takes as it is; without one the clause's verb would need a tense the goal grammar does not write."""
        k = next((i for i, t in enumerate(toks) if t.kind == "word" and "d" in t.senses and not _verb(t)), 0)
        if not k or toks[k].zh not in _CAN | {"将", "拟"}:
            return None
        modal = "can" if toks[k].zh in _CAN else "will"
        rest = _strip(toks[k + 1:])
        if len(rest) < 3 or rest[0].zh not in ("为", "与", "同", "围绕", "聚焦", "面向", "依托", "通过"):
            return None
        head = toks[:k]
        if not all(_nounish(t) or t.zh in _LIST_SEP for t in head) or head[-1].zh in _TIME_NOUNS:
            return None
        subj = self.np_items(head)
        clause = self.clause_tokens(rest)
        if not subj or not clause:
            return None
        if len(subj) == 1 and (subj[0][:1].islower() and not subj[0].startswith("the ")):
            subj = ["the " + singular_head(subj[0])]  # 中心将为X提供Y: the centre
        else:
            subj = [the_org(x) if x[:1].isupper() else x for x in subj]  # the Xiangjiang Laboratory, Huawei
        return f"{join_list(subj)} {modal} {clause}"

    def _published(self, toks: list[Token]) -> Optional[str]:
        """X在《J》上发表Y / X发表Y于《J》: "X published Y in J"; Y is "a paper" where the grammar cannot write it."""
        k = next(i for i, t in enumerate(toks) if t.zh in _PUBLISH)
        journal = next(t for t in toks if _is_journal(t))
        head = toks[:k]
        while head and (head[-1].zh in ("上", "中", "在", "于") or head[-1] is journal
                        or head[-1].kind == "word" and "d" in head[-1].senses):
            head = head[:-1]
        rest = [t for t in toks[k + 1:] if t is not journal and t.zh not in ("了", "在", "于", "上", "等", "系列", "期刊")]
        if head and not rest and head[-1].zh in ("成果", "研究成果", "论文", "研究论文"):
            what = self.np_items(head)  # 相关成果发表在Nature上: the results were published in Nature
            if not what or len(what) > 1:
                return None
            return f"{what[0] if what[0].startswith('the ') else 'the ' + what[0]} " \
                   f"{'were' if what[0].endswith('s') else 'was'} published in {journal.en}"
        who = self._author(head)
        while rest and (rest[0].zh in ("一", "一项", "一篇", "项", "篇", "个", "批")):
            rest = rest[1:]  # 一项成果: a result (a count of one says "a")
        what = self.np_items(rest) if rest and _nounish(rest[-1]) else None
        if not who:
            return None
        obj = (what[0] if rest[0].kind == "num" else with_article(singular_head(what[0]))) if what and len(what) == 1 \
            else "a paper"
        return f"{who} published {obj} in {journal.en}"

    def _author(self, head: list[Token]) -> Optional[str]:
        """Who published: "a team led by Li Jian at Nanjing University", "Professor Zhang Hua", an organisation."""
        if not head or any(t.kind not in ("name", "word") for t in head):
            return None
        if head[-1].zh in ("团队", "课题组", "研究团队") and len(head) >= 2 and head[-2].kind == "name":
            person, orgs = head[-2], [t for t in head[:-2] if t.kind == "name"]
            if len(orgs) != len(head) - 2:
                return None
            at = f" at {' and '.join(_the_of(t.en) for t in orgs)}" if orgs else ""
            return f"a team led by {person.en}{at}"
        if len(head) == 2 and head[0].kind == "name" and head[1].zh in ("教授", "研究员", "院士"):
            return f"{head[1].noun().removesuffix('s').capitalize()} {head[0].en}"  # 张华教授: Professor Zhang Hua
        if len(head) == 3 and head[0].kind == "name" and head[2].kind == "name" and head[1].zh in ("教授", "副教授",
                                                                                                  "研究员"):
            return f"{head[0].en} {head[1].noun()} {head[2].en}"  # 江州大学副教授张华
        if all(t.kind == "name" for t in head):
            return join_list([t.en for t in head])
        return None

    def _copula(self, head: list[Token], rest: list[Token], when: str) -> Optional[str]:
        """X是Y ("X is a national-level project jointly built by A and B"): a name, then what it is."""
        if not head or head[0].kind != "name" or len(head) > 1 or not rest or not _nounish(rest[-1]) or when:
            return None
        if rest[-1].zh in ("之一", "一"):
            return None
        if any(_verb(t) for i, t in enumerate(rest) if not (i + 1 < len(rest) and rest[i + 1].zh == "的")):
            return None  # 自贸港发展数字经济的载体: a clause inside the object, not a phrase the grammar writes
        obj = self.np_items(rest)
        if not obj or len(obj) > 1:
            return None
        return f"{the_name(head[0].en)} is {with_article(singular_head(obj[0]))}"

    def _ceremony_of(self, head: list[Token]) -> Optional[str]:
        """X揭牌仪式(暨项目签约仪式): "an unveiling (and signing) ceremony for the X"; None for any other subject."""
        def is_ceremony(t: Token) -> bool:
            return (t.noun() or "").endswith(" ceremony")
        if len(head) < 2 or not is_ceremony(head[-1]):
            return None
        k = next(i for i, t in enumerate(head) if is_ceremony(t))
        tail = head[k:]
        if k == 0 or any(t.zh not in ("暨", "及", "和", "项目") and not is_ceremony(t) for t in tail):
            return None
        of = self.np_items(head[:k])
        if not of:
            return None
        kinds = [t.noun().removesuffix(" ceremony") for t in tail if is_ceremony(t)]
        of = [the_name(x) for x in of] if len(of) == 1 else of  # 潇湘、麓山、洞庭实验室: the names share one head
        if len(of) == 1 and of[0].endswith(" projects") and head[k - 1].zh == "项目":
            of = [of[0][:-1]]  # X项目奠基仪式: one project
        if len(of) == 1 and (of[0][:1].islower() or of[0][:1] == '"') and not of[0].startswith("the "):
            of = ["the " + singular_head(of[0])]
        return with_article(f"{join_list(kinds)} ceremony") + f" for {join_list(of)}"

    # ---- goal clauses ------------------------------------------------------------------------------
    def clause(self, zh: str) -> Optional[str]:
        """A goal clause in English (verb first, as a goal reads: "build a national hub for …"), or None."""
        toks = self.tokens(zh)
        if not toks:
            return None
        if self.lenient and len(toks) > 2 and toks[0].kind == "unk" and _verb(toks[1]) \
                and not any(c in toks[0].zh for c in "不非无未反"):
            toks = toks[1:]  # 优先引入X (retried): a manner word the lexicon lacks is left out, the deed kept
            self.dropped += 1
        # 提供了, 瞄准于: an aspect particle or a preposition glued to a verb says nothing English keeps
        toks = [t for i, t in enumerate(toks) if not (t.zh == "了" and i and _verb(toks[i - 1])
                                                      and i + 1 < len(toks))]
        toks = _strip(toks)
        if len(toks) > 2 and toks[0].kind == "num" and toks[1].zh == "是" and (
                _verb(toks[2]) and not _nounish(toks[2]) or toks[2].kind == "word" and "d" in toks[2].senses):
            toks = toks[2:]  # 一是加强合作: an enumeration's aim (not 三是出口快速增长, a state it reports)
        zhs = [t.zh for t in toks]
        if "".join(zhs[-2:]) in _EVALUATION or "".join(zhs[-3:]) in _EVALUATION:
            return None  # 推动X发展意义重大: what a clause is worth, not what the platform aims at
        if len(toks) > 3 and zhs[-2:] == ["和", "水平"] and zhs[-3].endswith("能力"):
            toks = toks[:-2]  # 提高创新能力和水平: raise innovation capacity (the level is the capacity's)
        elif len(toks) > 2 and zhs[0] in ("提升", "提高") and zhs[-1] in ("水平", "能级"):
            what = self.np_items(toks[1:-1])  # 提升科研创新与产学研合作水平: raise the level of X
            return f"raise the level of {join_list(what)}" if what else None
        de = max((i for i, t in enumerate(toks) if t.zh == "的"), default=0)
        if de and _verb(toks[0]) and not toks[0].zh.startswith(tuple(_BUILD) + ("成为", "作为", "建立", "搭建", "构建")) \
                and toks[-1].zh.endswith(_HUB_HEADS + _KIND_OF_PLACE) \
                and all(t.kind == "word" and "a" in t.senses or t is toks[-1] for t in toks[de + 1:]) \
                and any(t.zh == "、" and _verb(toks[i + 1]) for i, t in enumerate(toks[:de - 1])):
            # 开展X、聚集Y、促进Z的重要基地: verb phrases listed before 的 say what the hub is for; the verb
            # that made the platform this hub (成为, 建成) is outside the clause
            np = self.noun_phrase("".join(t.zh for t in toks))
            if np and " for " in np:
                return f"serve as {with_article(np)}"
        out = self.clause_tokens(toks)
        if out and _ONE_OF_SEVERAL.search(out):
            return None  # "build a talent gathering platforms, …": a list the grammar ran together is left out
        return out

    def verb_phrases(self, zh: str) -> Optional[str]:
        """The verb phrases of a listed clause (整合X、搭建Y、把脉问诊) the grammar can write, each whole, the others
        left out; None unless it is a list of two or more and at least one is written."""
        toks = self.tokens(zh)
        parts = _split_verb_phrases(_strip(toks)) if toks else []
        if len(parts) < 2:
            return None
        said = [self.clause("".join(t.zh for t in p)) for p in parts]
        kept = [x for x in said if x and not _CJK.search(x)]
        if not kept:
            return None
        self.dropped += len(parts) - len(kept)
        return join_list(kept)

    def deed_after_opening(self, zh: str) -> Optional[str]:
        """A clause that opens with whom or what it is for (为X, 围绕X, 面向X, 针对X, 依托X …) and whose opening the
        grammar cannot write: the deed after it, which it can ("为区域资源合理利用…提供决策依据和技术支撑" →
        "provide a basis for decision-making and technical support"); the opening is left out, never guessed."""
        toks = self.tokens(zh)
        if not toks or len(toks) < 4 or toks[0].zh not in _ADJUNCT_OPENERS:
            return None
        deeds = _FOR_DEEDS if toks[0].zh == "为" else _DEEDS
        # the last deed verb: the opening's own words may hold verbs (为X提升创新能力提供支撑: X's 提升 is X's)
        for i in range(len(toks) - 2, 1, -1):
            if toks[i].zh in deeds and _verb(toks[i]) and toks[i - 1].zh not in ("的", "、", "和", "与", "及", "并"):
                en = self.clause("".join(t.zh for t in toks[i:]))
                if en and not _CJK.search(en):
                    self.dropped += 1
                    return en
                return None
        return None

    def clause_tokens(self, toks: list[Token], split: bool = True) -> Optional[str]:
        if toks and toks[0].zh == "给" and len(toks) > 2 and any(t.zh in _FOR_VERBS for t in toks[2:]):
            toks = [Token("为", toks[0].kind, toks[0].senses)] + toks[1:]  # 给X提供Y: as 为X提供Y, "provide Y for X"
        manner = self._manner(toks)
        if manner and (_pure_verb(toks[manner[2]]) or manner[2] == 1 and len(toks) > 3 and toks[2].kind == "word"
                       and "n" in toks[2].senses and not _verb(toks[2]) and "的" not in [t.zh for t in toks]):
            # (a verb that may be a noun too opens the clause where a noun follows it as its object: 高效服务科学研究
            # "efficiently serve scientific research", not "efficient service scientific research")
            # 高标准建设创新平台: a manner word before a verb that is only a verb opens a clause, never a compound
            # ("a high-standard construction innovation platform")
            rest = self.clause_tokens(toks[manner[2]:])
            if rest:
                return " ".join(x for x in (manner[0], rest, manner[1]) if x)
        out = self._clause_tokens(toks, split)
        if out is None and toks:
            out = self._wider(toks)  # shapes tried only where the frames above write nothing
        return out

    def _wider(self, toks: list[Token]) -> Optional[str]:
        """Clause shapes of policy and S&T news read only where the frames of `_clause_tokens` write nothing, so
        that no clause they write changes: a verb's 于 its English has (专注于X: focus on X), a purpose's 以/为 +
        verb (the purpose is the goal), 让/使 X + verb ("enable X to …", "make X Y"), a manner word before the verb
        (高标准建设X: build X to high standards), 是 + what the platform is (serve as …). Each part goes back
        through `clause_tokens`, so the shapes nest; each strictly shortens the clause."""
        toks = orig = _strip(toks)
        if len(toks) < 2:
            return None
        zhs = [t.zh for t in toks]
        if len(toks) > 2 and _verb(toks[0]) and zhs[1] == "于":  # 专注于科研: the verb's English has its preposition
            return self.clause_tokens(toks[:1] + toks[2:])
        lead: list[str] = []  # adverbs the frames above would keep (也是X: the clause is X)
        while len(toks) > 1 and toks[0].kind == "word" and "d" in toks[0].senses and not _verb(toks[0]):
            if toks[0].senses["d"].strip() and toks[0].senses["d"] not in ("will", "also"):
                lead.append(toks[0].senses["d"])
            toks = toks[1:]
            if toks[0].zh == "地" and len(toks) > 1:  # 更好地发挥: the adverb's 地
                toks = toks[1:]
        if len(toks) < len(orig):  # adverbs went (some say nothing: 深入, 大力)
            if len(toks) < 2 or toks[-1].zh in ("等", "等等"):
                return None  # 联合应对: a verb with no object; 节能管理服务等: a list, not a clause
            rest = self.clause_tokens(toks)
            return f"{' '.join(lead)} {rest}".strip() if rest else None
        zhs = [t.zh for t in toks]
        if zhs[0] in ("以", "为") and len(toks) > 1:
            rest = toks[2:] if zhs[1] == "了" else toks[1:]  # 为了推动X: in order to drive X
            if len(rest) > 1 and (_verb(rest[0]) or rest[0].kind == "word" and "d" in rest[0].senses) \
                    and not (zhs[0] == "以" and "为" in zhs[2:]) \
                    and not any(t.zh in _FOR_VERBS or t.zh in _FOR_PREP for t in rest[1:]):
                return self.clause_tokens(rest)  # 为促进科技城发展: the purpose is what the platform aims at
            return None
        if zhs[0] in _MAKE and len(toks) > 2:
            return self._make(toks)
        if zhs[0] == "是" and len(toks) > 3 and _pure_verb(toks[1]) and toks[-1].kind == "word" \
                and toks[-1].zh.endswith(_ROLE_HEADS) and not any(t.zh in ("等", "等等", "之一") for t in toks):
            # 是推动X的重要引擎: serve as an important engine driving X (what it is for is a verb phrase: a noun
            # before 的 may be whose it is or what it is of, which the grammar cannot tell)
            items = self.np_items(toks[1:])
            if not items or len(items) != 1:
                return None
            np = singular_head(items[0])
            m = re.search(r" [a-z]+ing\b", np)  # the article is the head's ("an engine driving …")
            return f"serve as {with_article(np[:m.start()])}{np[m.start():]}" if m else f"serve as {with_article(np)}"
        manner = self._manner(toks)
        if manner:
            pre, post, k = manner
            rest = self.clause_tokens(toks[k:])
            if rest:
                return " ".join(x for x in (pre, rest, post) if x)
        return None

    def _manner(self, toks: list[Token]) -> Optional[tuple[str, str, int]]:
        """The manner words before a clause's verb (高标准高质量建设X, 广泛开展X, 有力促进X) as English adverbs:
        (before the verb, after the clause, how many tokens). None where a modifier has no adverb English writes
        (a compound, "energy-saving"; a participle): such a word before a verb opens a noun phrase."""
        k, pre, post = 0, [], []
        while k < len(toks) - 1 and toks[k].kind == "word" and set(toks[k].senses) == {"a"}:
            zh, adj = toks[k].zh, toks[k].senses["a"]
            if zh in _MANNER_AFTER:
                post.append(_MANNER_AFTER[zh])
            else:
                adv = adverb(adj)
                if not adv:
                    return None  # 节能管理服务: "energy-saving" has no adverb; it is a noun phrase's modifier
                pre.append(adv)
            k += 1
            if toks[k].zh == "地" and k < len(toks) - 1:
                k += 1
        if not k or not _verb(toks[k]) or k == len(toks) - 1 or toks[k + 1].zh in ("的", "之") \
                or toks[-1].zh in ("等", "等等"):
            return None  # 协同创新, 绿色发展: a modifier and a verbal noun are a noun phrase, not a manner
        return " ".join(pre), " and ".join(post), k

    def _make(self, toks: list[Token]) -> Optional[str]:
        """让/使 X + verb phrase: "make X Y" where the verb is 成为 (让其成为X的引擎: make it an engine of X),
        else "enable X to …" (使产业研究院专注于科研: enable the industrial research institute to focus on research)."""
        k = next((i for i in range(2, len(toks)) if _pure_verb(toks[i]) or toks[i].zh in ("在", "为", "与", "向")
                  or toks[i].kind == "word" and "d" in toks[i].senses and not _verb(toks[i])), 0)
        if not k:
            return None
        whom = toks[1:k]
        if [t.zh for t in whom] == ["其"]:
            who = ["it"]
        elif all(_nounish(t) or t.kind == "word" and "a" in t.senses or t.zh in _LIST_SEP or t.zh in ("的", "之")
                 for t in whom):
            who = self.np_items(whom)
        else:
            return None
        if not who:
            return None
        whom_en = join_list([x if x == "it" else the_name(_the_kind(x)) if x[:1].isupper() or _DETERMINED.match(x)
                             else _the_kind(x) for x in who])
        self._other_subject += 1  # what X becomes is X's, never the platform's
        try:
            rest = self.clause_tokens(toks[k:])
        finally:
            self._other_subject -= 1
        if not rest:
            return None
        if rest.startswith("become "):
            what = rest[len("become "):]
            if what.split()[0] not in ("a", "an", "the") and " of " in what and what[:1].islower():
                what = "the " + what  # 让X成为Y的新基础设施: make X the new infrastructure of Y (a mass noun, defined)
            return f"make {whom_en} {what}"
        return f"enable {whom_en} to {rest}"

    def _clause_tokens(self, toks: list[Token], split: bool = True) -> Optional[str]:
        if len(toks) > 3 and toks[0].zh == "在" and toks[-1].zh == "同时" and toks[-2].zh == "的":
            inner = self._frame(toks[1:-2])  # 在服务国家战略的同时: while serving national strategy
            return f"while {gerund(inner)}" if inner and _verb(toks[1]) else None
        if len(toks) > 2 and _verb(toks[0]) and toks[-1].zh == "同时" and toks[-2].zh == "的":
            inner = self._frame(toks[:-2])  # 助力X奔小康的同时: the same, without 在
            return f"while {gerund(inner)}" if inner else None
        if len(toks) == 1 and _verb(toks[0]) and (len(toks[0].zh) >= 3 or " " in toks[0].senses["v"].split("|")[0]):
            return toks[0].senses["v"].split("|")[0]  # 加大研发投入: a verb phrase the lexicon has whole
        if split and len(toks) > 3 and toks[0].zh == "为" and _pure_verb(toks[1]) \
                and any(t.zh in _FOR_VERBS for t in toks[2:]) and any(t.zh in ("、", "和") for t in toks):
            whole = self._frame(toks)  # 为促进X、提高Y提供Z: the deeds listed are what Z is for, not two clauses
            if whole:
                return whole
        # 开展科学研究、提供科技服务: a verb after 、 starts a second clause; three or more are a list ("A, B and C")
        if split and self._vp_split(toks) is not None:
            parts, cur = [], toks
            while True:
                k = self._vp_split(cur)
                if k is None:
                    parts.append(self.clause_tokens(cur))
                    break
                if "的" in [t.zh for t in cur[k:]]:  # 建设成为开展X、培养Y的基地: verb phrases before 的 modify its head
                    whole = self.clause_tokens(cur, split=False)
                    d = next(i for i in range(k, len(cur)) if cur[i].zh == "的")
                    j = k
                    while j > 1 and (cur[j - 1].zh in _LIST_SEP or _qualifier(cur[j - 1])):
                        j -= 1
                    if whole or j < k and all(t.zh in _LIST_SEP or _qualifier(t) for t in cur[k + 1:d]):
                        # (开放、共享、协同的X: words that qualify X, no second clause; where the whole fails, no
                        # split writes it either, never "build an openness and share …")
                        parts.append(whole)
                        break
                a = self.clause_tokens(cur[:k])
                if a is None and k == 1 and cur[k].zh in ("和", "并", "及") and _verb(cur[0]):
                    a = _verb(cur[0]).split("|")[0]  # 孵化和培育X: two verbs, one object
                    rest = self.clause_tokens(cur[k + 1:])
                    if cur[k].zh != "和" and (not rest or rest.startswith(("become ", "serve as "))):
                        a = None  # (培育并打造X is no "foster and become X": left out)
                parts.append(a)
                cur = cur[k + 1:]
            return join_list(parts) if all(parts) else None
        if len(toks) > 3 and toks[0].zh == "在" and toks[-1].zh != "同时":
            # 在服务地方经济发展上取得成果: achieve results in serving the local economy (the place goes last)
            side = max((i for i in range(2, len(toks) - 1) if toks[i].zh in _SIDE + ("等方面",)), default=0)
            if side and _verb(toks[side + 1]) and not _nounish(toks[side + 1]):
                # 在中医药防治X、人才培养等方面开展合作: the place word closes the 在-phrase, whatever verbs it holds
                where = toks[1:side]
                field = self.np_items(where) if not _verb(where[0]) else None
                if field is None and _verb(where[0]):
                    inner = self._frame(where)
                    field = [gerund(inner)] if inner else None
                rest = self.clause_tokens(toks[side + 1:])
                return f"{rest} in {join_list(field)}" if field and rest else None
            for k in range(2, len(toks) - 1):
                if _pure_verb(toks[k]):
                    where = toks[1:k - 1] if toks[k - 1].zh in _SIDE else toks[1:k]
                    field = self.np_items(where) if not _verb(where[0]) else None
                    if field is None and _verb(where[0]):
                        inner = self._frame(where)
                        field = [gerund(inner)] if inner else None
                    rest = self.clause_tokens(toks[k:])
                    return f"{rest} in {join_list(field)}" if field and rest else None
            if toks[-1].zh in _SETTLE and all(_nounish(t) for t in toks[1:-1]):
                where = self.np_items(toks[1:-1])  # 在海南落地生根: take root in Hainan (the verb has no object)
                return f"{_SETTLE[toks[-1].zh]} in {join_list([place_np(x) for x in where])}" if where else None
            return None
        if len(toks) > 3 and toks[-1].zh in ("目标", "愿景") and toks[-2].zh == "的" and _pure_verb(toks[0]):
            body = toks[1:-2] if toks[0].zh in ("实现", "达成", "完成") and _pure_verb(toks[1]) else toks[:-2]
            inner = self.clause_tokens(body)  # (实现)建设X的目标: the aim is the deed, not a goal that is built
            return f"aim to {inner}" if inner else None
        if len(toks) > 2 and toks[0].zh == "将" and (toks[1].zh in ("为", "与", "同", "向", "以", "在") or (
                toks[1].kind == "word" and "d" in toks[1].senses and not _verb(toks[1]))):
            toks = toks[1:]  # 将为X提供Y, 将进一步…: 将 is "will" here, and a goal is a bare verb phrase
        if len(toks) > 2 and toks[0].zh in ("将", "把") and not _pure_verb(toks[1]):
            return self._ba(toks[1:])  # 将X融入Y: 将 moves the object before the verb (it is no "will" here)
        if len(toks) > 3 and _nounish(toks[0]) and toks[1].zh in ("打造", "建设", "建成", "打造成", "建设成") \
                and toks[2].zh in ("为", "成", "成为") or len(toks) > 2 and _nounish(toks[0]) \
                and toks[1].zh in ("打造成为", "建设成为", "打造为", "建设为"):
            return self._ba(toks)  # 孵化器打造为X: the topic is built into X, as after 将
        if len(toks) > 2 and toks[0].zh in _MEANS:
            deed = toks[0].zh in ("通过", "依靠") and _pure_verb(toks[1])  # the means is a deed: 通过引进人才…
            k = next((i for i in range(2, len(toks)) if _pure_verb(toks[i]) or (
                toks[i].zh in ("为", "与", "向") and i + 2 < len(toks) if deed  # 通过X为Y提供Z
                else toks[i].zh in ("将", "把") and i + 1 < len(toks) and not _pure_verb(toks[i + 1]))), 0)
            if k and deed:
                # 通过引进人才推动产业升级: drive industrial upgrading by attracting talent (the means is a deed)
                means_vp, rest = self._frame(_strip(toks[1:k])), self.clause_tokens(_strip(toks[k:]))
                return f"{rest} by {gerund(means_vp)}" if means_vp and rest else None
            if k:  # 利用X推进Y: use X to advance Y; 通过X，将Y融入Z: integrate Y into Z through X
                means, rest = self.np_items(_strip(toks[1:k])), self.clause_tokens(_strip(toks[k:]))
                if not means or not rest or len(means) > 3:
                    return None
                if _MEANS[toks[0].zh] == "use":
                    return f"use {join_list(means)} to {rest}"
                return f"{rest} {_MEANS[toks[0].zh]} {join_list([_the_kind(x) for x in means])}"
        if len(toks) > 2 and toks[0].zh in _PERSIST and (_pure_verb(toks[1]) or toks[1].zh == "以"):
            rest = self.clause_tokens(toks[1:])  # 坚持深化改革: continue to deepen reform (not "adhere to and deepen")
            return f"continue to {rest}" if rest else None
        adv: list[str] = []
        while toks and toks[0].kind == "word" and "d" in toks[0].senses and not _verb(toks[0]):
            if toks[0].senses["d"].strip() and toks[0].senses["d"] not in ("will", "also"):
                adv.append(toks[0].senses["d"])
            toks = toks[1:]
        if not toks:
            return None
        pre = " ".join(adv)
        out = self._frame(toks)
        if out is None:
            return None
        return f"{pre} {out}".strip()

    @staticmethod
    def _vp_split(toks: list[Token]) -> Optional[int]:
        """Where a second verb phrase starts (the 、 or 和 before it), or None."""
        for k in range(1, len(toks) - 1):
            if toks[k].zh in ("、", "和", "并", "及", "以及") and _verb(toks[k + 1]) \
                    and (not ({"n", "a"} & set(toks[k + 1].senses))
                         # 对标X和服务湖南…: a verb that may be a noun, but a name follows it and a verb opens the clause
                         or k + 2 < len(toks) and toks[k + 2].kind == "name" and _verb(toks[0])
                         and not ({"n", "a"} & set(toks[0].senses))
                         # 研发和推广X: two verbs that open the phrase share its object ("develop and promote X")
                         or k == 1 and toks[k].zh == "和" and _verb(toks[0]) and k + 2 < len(toks)):
                return k
        return None

    def _ba(self, toks: list[Token]) -> Optional[str]:
        """X V(Y) after 将 (or a topic before 打造为): the object X stands before its verb. 将X融入Y "integrate X
        into Y", 将X打造成Y "build X into Y", 将X商品化 "commercialise X"; None for any other shape. `toks` starts
        at the object."""
        k = next((i for i in range(1, len(toks)) if _verb(toks[i]) and (
            not ({"n", "a"} & set(toks[i].senses)) or i == len(toks) - 1 or toks[i + 1].zh in _INTO)), 0)
        manner = ""
        if k > 1 and toks[k - 1].kind == "word" and set(toks[k - 1].senses) == {"d"} and toks[k - 1].senses["d"]:
            manner = toks[k - 1].senses["d"]  # 将X有序引导至Y: guide X to Y in an orderly way
            toks = toks[:k - 1] + toks[k:]
            k -= 1
        if not k or not all(_nounish(t) or t.kind == "word" and ("a" in t.senses or "n" in t.senses)
                            or t.zh in _LIST_SEP or t.zh in ("的", "之") for t in toks[:k]):
            return None
        obj = self.np_items(toks[:k])
        verb, after = toks[k], _strip(toks[k + 1:])
        base = _verb(verb).split("|")[0]
        if not obj:
            return None
        if manner:
            out = self._ba(toks)
            return f"{out} {manner}" if out else None
        what = join_list([definite(_the_kind(x)) for x in obj])  # 将园区…: the park the article is about
        if not after:
            return f"{base} {what}"
        prep = _INTO.get(after[0].zh)
        if prep is None and verb.zh[-1:] in ("为", "成") or verb.zh in _INTO_VERBS:
            prep = "into"
        else:
            after = after[1:]
        if prep is None or not after:
            return None
        target = self.np_items(after)
        if not target:
            return None
        if prep == "into" and verb.zh.startswith(("打造", "建设", "建成", "培育", "发展")):
            base, target = "build" if not verb.zh.startswith(("培育", "发展")) else "develop", \
                [with_article(singular_head(x)) for x in target]
        return f"{base} {what} {prep} {join_list([place_np(x) if x[:1].isupper() else definite(x) for x in target])}"

    def _shapes(self, toks: list[Token]) -> Optional[str]:
        """Goal frames opened by a preposition (与X合作, 以X为基础, 以X推动Y, 向X迈进, 集A、B为一体) and a
        clause that ends in 为己任: their English, "" where the frame is this one but a part cannot be
        written, None where the clause has another shape."""
        first, zhs = toks[0], [t.zh for t in toks]
        if len(toks) > 2 and zhs[-2] == "为" and zhs[-1] in _MISSION:  # 促进X发展为己任: make it its mission to …
            rest = self.clause_tokens(_strip(toks[1:-2] if first.zh == "以" else toks[:-2]))
            return f"make it its mission to {rest}" if rest else ""
        if first.zh in _LEVERAGE and len(toks) > 1 and zhs[-1] in ("作用", "优势"):
            inner = _strip(toks[1:-1] if zhs[-2] != "的" else toks[1:-2])  # 发挥X作用, 充分发挥X优势
            lead = _LEVERAGE[first.zh]
            role = self._role_in(_strip(toks[1:-1])) if zhs[-1] == "作用" else None
            if role:  # 发挥资本市场在推动科技创新中的作用: leverage the role of the capital market in driving …
                return f"{lead} {role}"
            if inner and inner[-1].zh == "主体" and len(inner) > 2:  # 企业创新主体作用: companies as main actors
                who, field = self.np_items(inner[:1]), self.compound(inner[1:-1], modifier=True)
                return f"{lead} the role of {join_list(who)} as the main actors in {field}" if who and field else ""
            if zhs[-1] == "优势" and any(t.zh == "优势" for t in inner):
                # 发挥A资源优势、B平台优势和C产业优势: each item its own strength, "the strengths of A's resources, …"
                groups, cur = [], []
                for t in inner + [toks[-1]]:
                    if t.zh in ("、", "和", "及", "与", "以及") and cur and cur[-1].zh == "优势":
                        groups.append(cur[:-1])
                        cur = []
                    else:
                        cur.append(t)
                groups.append(cur[:-1] if cur and cur[-1].zh == "优势" else [])
                items = [self.np_items(x) if x else None for x in groups]
                if all(items):
                    return f"{lead} the strengths of {join_list([join_list(x) for x in items])}"
                return ""
            if zhs[-1] == "优势":
                if not inner or inner[0].zh in ("自身", "各自"):
                    mod = self.compound(inner[1:], modifier=True) if len(inner) > 1 else ""
                    return f"{lead} its own {mod + ' ' if mod else ''}strengths" if mod is not None else ""
                if inner[0].kind == "name" and len(inner) > 1:  # 发挥江州大学科研优势: Jiangzhou University's strengths in research
                    field = self.np_items(inner[1:])
                    return f"{lead} {possessive(inner[0].noun() or '')} strengths in {join_list(field)}" \
                        if field and inner[0].noun() else ""
                mod = self.compound(inner, modifier=True)
                return f"{lead} its {mod} strengths" if mod else ""
            mod = self.compound(inner, modifier=True) if inner else None
            return f"{'fully ' if lead.startswith('fully') else ''}play {with_article(mod + ' role')}" if mod else ""
        if first.zh in ("与", "同") and len(toks) > 2:
            if zhs[-1] in _WITH_NOUNS:  # 与内地主中心合作: work with the mainland parent center
                who = self.np_items(toks[1:-1])
                return f"{_WITH_NOUNS[zhs[-1]]} with {join_list([_partner(x) for x in who])}" if who else ""
            k = next((i for i in range(2, len(toks)) if _pure_verb(toks[i])
                      or (toks[i].kind == "word" and "d" in toks[i].senses)), 0)
            if not k:
                return None
            end = k - 1 if k > 2 and zhs[k - 1] in _WITH_NOUNS else k  # 与X合作共建Y: 合作 says "together", not X's
            who, rest = self.np_items(toks[1:end]), self.clause_tokens(toks[k:])
            return f"{rest} with {join_list([_partner(x) for x in who])}" if who and rest else ""  # 与X形成Y
        if first.zh == "以" and len(toks) > 2:
            if "为" in zhs[2:] and zhs[-1] in _TAKE_AS:  # 以X为目标: aim at X; 以打造X为目标: aim to build X
                k = len(zhs) - 1 - zhs[::-1].index("为")
                if k != len(zhs) - 2:
                    return ""
                what = toks[1:k]
                if _pure_verb(what[0]) and zhs[-1] == "目标":
                    rest = self.clause_tokens(what)
                    return f"aim to {rest}" if rest else ""
                obj = self.np_items(what)
                return f"{_TAKE_AS[zhs[-1]]} {join_list(obj)}" if obj else ""
            k = next((i for i in range(2, len(toks)) if _pure_verb(toks[i])), 0)
            if not k:
                return ""
            by, rest = self.np_items(toks[1:k]), self.clause_tokens(toks[k:])  # 以科技创新推动产业发展
            if rest and rest.startswith("lead "):
                rest = "drive " + rest[5:]
            return f"{rest} through {join_list(by)}" if by and rest else ""
        if first.zh == "集" and len(toks) > 3 and (zhs[-2:] == ["为", "一体"] or zhs[-1] == "于一体"):
            inner = self.np_items(toks[1:-2] if zhs[-1] == "一体" else toks[1:-1])  # 集A、B为一体: integrate A and B
            return f"integrate {join_list(inner)}" if inner else ""
        if first.zh == "向" and len(toks) > 2:  # 向X目标迈进: advance towards X
            k = max((i for i in range(2, len(toks)) if _verb(toks[i]) and (
                not ({"n", "a"} & set(toks[i].senses)) or i == len(toks) - 1)), default=0)
            if not k:
                return ""
            where = toks[1:k]
            while len(where) > 1 and where[-1].zh in ("目标", "迈进"):
                where = where[:-1]
            if all(t.zh in _LIST_SEP or t.kind == "word" and "a" in t.senses for t in where[:-1]) and \
                    where[-1].zh == "方向" and len(where) > 1:  # 向高端化、智能化方向: towards high-end and … development
                mods = [self.compound(g, modifier=True) for g in _groups(where[:-1])]
                to = [join_list(mods) + " development"] if all(mods) else None
            else:
                to = self.np_items(where)
            rest = _verb(toks[k]).split("|")[0] if k == len(toks) - 1 else self.clause_tokens(toks[k:])
            return f"{rest} towards {join_list(to)}" if to and rest else ""
        return None

    def _role_in(self, inner: list[Token]) -> Optional[str]:
        """What a 发挥…作用 clause says of whose role where: "X在Y中的(积极)" → "the (positive) role of X in Y";
        a list of bodies (北京、广州电力交易中心) → "the role of X and Y". None for any other shape."""
        zhs = [t.zh for t in inner]
        if "在" in zhs[1:] and "的" in zhs:
            at, de = zhs.index("在"), len(zhs) - 1 - zhs[::-1].index("的")
            adjs = [t for t in inner[de + 1:] if "a" in t.senses]  # 积极作用: an adverb-only word says little here
            before = inner[:de]
            if not (at < de - 1 and before[-1].zh in _SIDE) or not all(
                    t.kind == "word" and ({"a", "d"} & set(t.senses)) for t in inner[de + 1:]):
                return None
            who, where = self.np_items(inner[:at]), _strip(before[at + 1:-1])
            if not who or not where:
                return None
            if _verb(where[0]) and not _nounish(where[0]):
                inner_vp = self._frame(where)
                field = [gerund(inner_vp)] if inner_vp else None
            else:
                field = self.np_items(where)
            mod = " ".join(t.senses["a"] for t in adjs)
            return f"the {mod + ' ' if mod else ''}role of {join_list([_the_kind(x) for x in who])} in " \
                   f"{join_list(field)}" if field else None
        if any(t.zh in _LIST_SEP for t in inner) and all(t.kind in ("name", "term") if i % 2 == 0 else t.zh in _LIST_SEP
                                                          for i, t in enumerate(inner)):
            who = self.np_items(inner)
            return f"the role of {join_list([the_name(x) for x in who])}" if who else None
        return None

    def _frame(self, toks: list[Token]) -> Optional[str]:
        first = toks[0]
        if first.zh == "建成" and len(toks) > 2 and toks[1].kind == "num":
            # 建成9个实验室: build nine laboratories (what it becomes is one thing, not a count of them)
            toks = [Token(first.zh, "word", {"v": "build|construction|built"})] + toks[1:]
            first = toks[0]
        end = len(toks) - 1 if toks[-1].zh == "领域" and len(toks) > 3 and toks[-2].zh == "前沿" else len(toks)
        if first.zh == "面向" and end > 2 and toks[end - 1].zh in ("前沿", "前沿领域"):
            inner = toks[1:end - 2] if toks[end - 2].zh == "的" else toks[1:end - 1]  # 面向X(的)前沿: the frontier of X
            what = self.np_items(inner)
            return f"serve the frontier of {join_list(what)}" if what else None
        opens = next((k for k in range(2, len(toks)) if toks[k].zh in ("开放", "开放共享")), None)
        if first.zh == "面向" and opens is not None and all(t.zh in ("开放", "共享", "开放共享") for t in toks[opens:]):
            # 面向全国开放共享: the platform is open to X (it had read "serve national openness")
            who = self.np_items(toks[1:opens])
            shared = any("共享" in t.zh for t in toks[opens:])
            return f"be open to {'and shared with ' if shared else ''}{join_list(who)}" if who else None
        # 为X提供Y → provide Y for X
        d = max((i for i, t in enumerate(toks) if t.zh == "的"), default=0) if first.zh == "为" else 0
        if d > 2 and d < len(toks) - 1 and toks[-1].zh.endswith(_ROLE_HEADS + _HUB_HEADS) \
                and any(t.zh in _FOR_VERBS for t in toks[2:d]) and not any(t.zh == "的" for t in toks[:d]):
            # 为X提供Y的科创园区: what the platform is, a park providing Y for X (the 为-clause qualifies it)
            inner, head = self._frame(toks[:d]), self.np_items(toks[d + 1:])
            if inner and head and len(head) == 1:
                return f"serve as {with_article(singular_head(head[0]))} {gerund(inner)}"
            return None
        if first.zh == "为" and len(toks) > 2:
            last = next((k for k in range(len(toks) - 1, 2, -1) if toks[k].zh in _FOR_VERBS), None)
            act = next((k for k in range(2, last) if _pure_verb(toks[k]) or toks[k].zh in _BUILD and k + 1 < last),
                       None) if last and not _verb(toks[1]) else None
            if act and all(not _verb(x) and x.kind in ("name", "word", "term") for x in toks[1:act]) \
                    and not any(x.zh in _FOR_VERBS or x.zh in _FOR_PREP or x.zh in _LIST_SEP or x.zh in ("，", ",")
                                for x in toks[act + 1:last]):  # one deed, no list of deeds nor a second frame
                # 为平度打造X提供动力: the beneficiary does a deed of its own: "provide momentum for Pingdu's efforts
                # to build X" (as 为X建设Y提供Z reads below), else "for Pingdu to <deed>"
                self._other_subject += 1
                try:
                    ev = self._building(toks[1:last])
                    who = self.np_items(toks[1:act]) if not ev else None
                    deed = self.clause_tokens(toks[act:last]) if not ev else None
                    rest = self._frame(toks[last:]) if last < len(toks) - 1 else None
                finally:
                    self._other_subject -= 1
                if ev and rest:
                    return f"{rest} for {ev}"
                if who and deed and rest and not deed.startswith("become "):
                    return f"{rest} for {join_list(who)} to {deed}"
            order = range(1, len(toks))
            if _pure_verb(toks[1]):  # 为培育X提供支撑, 为打造X、争创Y提供Z: the frame's verb is the last, after the deeds
                order = [k for k in range(len(toks) - 1, 1, -1) if toks[k].zh in _FOR_VERBS][:1] or order
            for k in order:
                t = toks[k]
                if t.zh in _FOR_VERBS:
                    j = k  # 为X不断提供Y: the adverb belongs to the verb
                    while j > 2 and toks[j - 1].kind == "word" and "d" in toks[j - 1].senses and not _verb(toks[j - 1]):
                        j -= 1
                    ev = self._building(toks[1:j])
                    ev = ev or (self._event_np(toks[1:j]) if any(
                        _pure_verb(x) for x in toks[1:j]) else None)
                    target = [ev] if ev else self.np_items(toks[1:j])
                    if not target and _pure_verb(toks[1]):
                        parts = _split_verb_phrases(toks[1:j], loose=True)
                        deeds = [self.clause_tokens(x) for x in parts]
                        target = [gerund(x) for x in deeds] if all(deeds) else None  # 为推动X、保障Y贡献力量:
                        # contribute to promoting X and ensuring Y; 为培育X提供支撑: provide support for fostering X
                    self._other_subject += 1
                    set_phrase = t.zh == "贡献" and k < len(toks) - 1 and toks[-1].zh.endswith("力量") \
                        and all(x.zh in _CONTRIBUTED for x in toks[k + 1:])
                    try:  # 为X作出贡献: a verb with no object of its own ("contribute to X")
                        rest = self._frame(toks[k:]) if (k < len(toks) - 1 or t.zh not in _FOR_PREP) and not set_phrase \
                            else "contribute" if set_phrase else _verb(t) and _verb(t).split("|")[0]
                    finally:
                        self._other_subject -= 1
                    adv = " ".join(x.senses["d"] for x in toks[j:k] if x.senses["d"].strip() and x.senses["d"] != "will")
                    if adv and rest:
                        rest = f"{adv} {rest}"
                    common = [x for x in target or [] if x[:1].islower() and not _DETERMINED.match(x)]
                    several = [singular_head(x) != x for x in common]
                    if target and len(target) > 1 and any(several) and not all(several):
                        # 为全国领先的X中心和Y枢纽提供支撑: things the place is to become, one each ("for a … centre and
                        # an … hub"), not a plural beside a bare singular
                        target = [with_article(singular_head(x)) if x in common else x for x in target]
                    if target and rest:
                        prep = _FOR_PREP.get(t.zh, "for")
                        return f"{rest} {prep} {join_list([x if x[:1].islower() else place_np(x) for x in target])}"
                    return None
            return None
        if toks[-1].zh in _TACKLE and len(toks) > 1 and (not _verb(first) or first.zh in ("聚焦", "围绕", "聚焦于")) \
                and not any(_pure_verb(t) for t in toks[1:-1]):
            what = toks[1 if _verb(first) else 0:-1]  # (聚焦)X关键技术攻关: tackle key X technologies
            if toks[-1].zh != "攻关":
                what = what + [Token("技术", "word", {"n": "technologies"})]
            obj = self.np_items(what) if what else None
            return f"tackle {join_list(obj)}" if obj else None
        shaped = self._shapes(toks)
        if shaped is not None:
            return shaped or None
        # 围绕/聚焦/面向X开展Y → carry out Y in X; with no second verb: focus on X
        if first.zh in ("瞄准", "瞄准于") and len(toks) > 1 and toks[-1].kind == "word" \
                and toks[-1].zh.endswith(_BECOME_HEADS) and not any(_pure_verb(t)
                                                                   for t in toks[1:]):
            obj = self.np_items(toks[1:])  # 瞄准世界一流研究机构: aim to become a world-class research institution
            return f"aim to become {join_list([with_article(singular_head(x)) for x in obj])}" if obj else None
        if first.zh in ("围绕", "聚焦", "面向", "针对", "瞄准", "瞄准于", "立足", "聚焦于", "着眼", "重点围绕", "紧紧围绕", "主要围绕",
                        "重点聚焦", "重点面向", "依托") and _verb(first):
            for k in range(2, len(toks) - 1):  # a verb that ends the clause is its object's (X建设)
                t = toks[k]
                if _verb(t) and t.kind == "word" and t.zh in _OPENED_DEEDS \
                        and not (t.zh in ("发展", "建设") and k == len(toks) - 2) \
                        and not (t.zh in ("发展", "建设") and (toks[k + 1].zh in _OPENED_DEEDS
                                                                 or toks[k + 1].zh in _OF_DEVELOPMENT)):
                    # (围绕能源发展战略: a compound; 围绕X建设开展Y: X's building, and the deed is 开展's)
                    field = self.np_items(toks[1:k])
                    rest = self._frame(toks[k:])
                    if field and rest and first.zh == "依托":  # 依托平台开展X: carry out X through the platform
                        return f"{rest} through {join_list([_partner(x) for x in field])}"
                    if field and rest:
                        prep = "to" if first.zh == "面向" and t.zh == "开放" else "for" if first.zh in ("面向", "针对") \
                            else "around" if t.zh in ("部署", "布局") else "for" if t.zh == "提供" \
                            else "in"  # 面向X开放Y: open Y to X; 围绕X提供支持: provide support for X
                        return f"{rest} {prep} {join_list(field)}"
                    return None
            verb = _verb(first).split("|")[0]
            if len(toks) > 2 and _verb(toks[1]) and (not ({"n", "a"} & set(toks[1].senses))
                                                     or toks[1].zh in _CAUSATIVE):
                inner = self._frame(toks[1:])  # 聚焦解决X: focus on solving X; 聚焦服务X建设: serving the …
                if inner and first.zh in ("聚焦", "围绕", "聚焦于", "重点围绕", "紧紧围绕", "主要围绕", "重点聚焦"):
                    return inner  # 围绕优化X: English says what is done ("optimise X"), not that it is focused on
                if inner or not ({"n", "a"} & set(toks[1].senses)):
                    return f"{verb} {gerund(inner)}" if inner else None
            last = toks[-1]
            if len(toks) > 2 and first.zh in ("围绕", "聚焦", "聚焦于", "重点围绕", "紧紧围绕", "主要围绕", "重点聚焦") \
                    and last.kind == "word" and (last.zh in _EVENT_VERBS or (last.sense("n") or "").endswith(_EVENT_NOUNS)):
                # 围绕制造业高质量发展: focus on the high-quality development of manufacturing (as 推动X发展 says it);
                # 围绕X培育和Y提升 has two objects, each with its own verb: each is said with its own
                parts, cur = [], []
                for t in toks[1:]:
                    if t.zh in ("和", "与", "及", "以及", "、"):
                        parts.append(cur)
                        cur = []
                    else:
                        cur.append(t)
                parts.append(cur)
                drive = Token("推动", "word", {"v": "drive|driving|driven"})
                if not any(p and p[-1].kind == "word" and _verb(p[-1]) for p in parts[:-1]):
                    parts = [toks[1:]]  # 围绕产业链和创新链发展: one event over both
                said = []
                for part in parts:
                    end = part[-1] if part else None
                    if len(part) < 2 or end.kind != "word":
                        break
                    if end.zh in _EVENT_VERBS or (end.sense("n") or "").endswith(_EVENT_NOUNS):
                        of = self._frame([drive] + part)
                        if not (of and of.startswith("drive the ")):
                            break
                        said.append(of[len("drive "):])
                    elif len(parts) > 1 and _pure_verb(end):
                        act = self._frame([end] + part[:-1])  # 新兴产业培育: fostering emerging industries
                        if not act:
                            break
                        said.append(gerund(act))
                    else:
                        break
                else:
                    return f"{verb} {join_list(said)}"
                if len(parts) > 1:
                    return None  # an event over part of the objects only: left out, never one event over all
            obj = self.np_items(toks[1:])
            if not obj:
                return None
            return f"{verb} {join_list(obj)}"
        v = _verb(first)
        if v is not None and len(toks) > 3 and toks[1].zh == "内容" and toks[2].zh in ("包括", "主要包括", "涵盖"):
            return self._frame([first] + toks[3:])  # 建设内容包括X: build X
        if first.zh in _ATTRACT and len(toks) > 2 and toks[-1].zh in ("入驻", "落户", "入园", "落地") \
                and "在" not in [t.zh for t in toks]:
            toks = toks[:-1]  # 引进X等企业入驻: attract X (moving in is what attracting them means)
        end = len(toks) - 1 if toks[-1].zh in ("建设", "兴业") else len(toks)
        if v is not None and first.zh in _ATTRACT and end > 2 and toks[end - 1].zh in ("投资", "投资建设"):
            src = self.np_items(toks[1:end - 1])  # 引进X投资建设: attract investment from X
            return f"attract investment from {join_list([place_np(x) for x in src])}" if src else None
        if v is not None and len(toks) > 2 and toks[1].zh == "为" and first.zh in _BUILD:
            obj = self.np_items(toks[2:])  # 打造为X, 建成为X: become X
            return f"become {join_list([with_article(singular_head(x)) for x in obj])}" if obj else None
        if v is None:
            k = next((i for i, t in enumerate(toks) if i and t.zh in _DRIVE), 0)
            if k and k < len(toks) - 1:  # 科技创新引领产业发展: drive industrial development through innovation
                by, rest = self.np_items(toks[:k]), self._frame(toks[k:])
                if rest and rest.startswith("lead "):
                    rest = "drive " + rest[5:]  # what leads by means of X drives
                return f"{rest} through {join_list(by)}" if by and rest else None
            if len(toks) > 1 and toks[-1].kind == "word" and toks[-1].zh in _RESULT_VERBS:
                return None  # 盈利能力显著增强, 水质明显改善: a subject and what happened to it, not a goal's noun phrase
            # a bare noun phrase (a slogan: "国家使命担当、全球科教高地"); one that names what the platform is
            # (its last word a kind: 载体, 高地, 平台) says what it serves as
            dropped = self.dropped
            items = self.np_items(toks)
            if items and toks[-1].kind == "word" and toks[-1].zh.endswith(_ROLE_HEADS) and self.dropped == dropped \
                    and not any(t.zh in ("等", "等等") for t in toks):
                return "serve as " + join_list([with_article(singular_head(x)) for x in items])
            if items and all(x[:1].islower() or re.fullmatch(r"[A-Z][A-Z\d&]+", x.split()[0])
                             or re.match(r"(?:[A-Z][\w-]* )*[A-Z][\w-]*(?:'s?)? [a-z]", x) for x in items) \
                    and not toks[-1].zh.endswith(_ROLE_HEADS) and self.dropped == dropped:
                return "focus on " + join_list(items)  # a list of fields as a goal: what the platform works on
            return join_list(items) if items else None
        # 建设辐射华南的X: the second verb opens a relative clause ("build an X serving South China")
        if len(toks) > 3 and _verb(toks[1]) and toks[0].zh not in ("加快", "加速") and not (
                _verb(first).split("|")[0] in ("become", "serve as", "be positioned as")
                and "、" in [t.zh for t in toks]) and any(
                t.zh == "的" for t in toks[3:]) and toks[2].zh != "的":
            d = next(i for i in range(3, len(toks)) if toks[i].zh == "的")
            parts = _split_on(toks[1:d], "、")  # 立足江西、辐射中部地区的X: two verb phrases, each with its object
            if len(parts) == 1:
                parts = _split_verb_phrases(toks[1:d])  # 开拓X与推动Y的平台: joined by 与/和
            if len(parts) > 1 and all(len(p) > 1 and _verb(p[0]) and not _verb(p[1]) for p in parts):
                inners = []
                for p in parts:
                    if p[0].zh in _ROOTED and len(p) == 2 and p[1].kind == "name":
                        inners.append(f"{_ROOTED[p[0].zh]} {p[1].en}")  # 立足江西: based in Jiangxi
                    else:
                        verb_phrase = self._frame(p)
                        inners.append(gerund(verb_phrase) if verb_phrase else None)
                head = self.np_items(toks[d + 1:])
                if not head or len(head) != 1 or not all(inners):
                    return None
                base = _verb(first).split("|")[0]
                obj = with_article(singular_head(head[0])) if base in _ARTICLE_VERBS else head[0]
                return f"{base} {obj} {join_list(inners)}"
            if _verb(toks[2]) or any(_pure_verb(t) for t in toks[2:d]):
                return None  # 辐射影响X的Y: two verbs in the relative clause
            head = self.np_items(toks[d + 1:])
            inner = self._frame(toks[1:d])
            if not head or len(head) != 1 or not inner:
                return None
            base = _verb(first).split("|")[0]
            obj = with_article(singular_head(head[0])) if base in _ARTICLE_VERBS else head[0]
            return f"{base} {obj} {gerund(inner)}"
        # two verbs in a row: 加快推动, 积极探索 … the last one carries the object
        k = 1
        while k < len(toks) and _verb(toks[k]) and toks[k].kind == "word" and "n" not in toks[k].senses \
                and not ("a" in toks[k].senses and k + 1 < len(toks) and toks[k + 1].zh == "的") \
                and k < 3 and _verb(first).split("|")[0] not in ("become", "serve as", "be positioned as"):
            # (构建完善的X: a word that may be a verb qualifies the head before 的: "build a sound X")
            k += 1  # (what a platform becomes is a noun phrase: 成为开展X的基地)
        verbs = [_verb(t).split("|")[0] for t in toks[:k]]
        base = verbs[-1] if len(verbs) == 1 or toks[0].zh in ("加快", "加速", "积极", "大力") else " and ".join(verbs)
        if toks[0].zh in ("加快", "加速") and len(verbs) > 1 and toks[1].zh in _CAUSATIVE:
            inner = self._frame(toks[1:])
            if inner and inner.startswith(verbs[1] + " the "):
                return "accelerate" + inner[len(verbs[1]):]
        if (toks[0].zh in ("加快", "加速") or toks[0].zh in _CAUSATIVE and len(verbs) == 2
                and (toks[1].zh in _BUILD or toks[0].zh in _FURTHER and _pure_verb(toks[1]))
                and "|" in (_verb(toks[1]) or "") and _verb(toks[1]).split("|")[1]) and len(verbs) > 1:
            base = "accelerate" if toks[0].zh in ("加快", "加速") else verbs[0]  # 推动建设X: drive the construction of X
            # (推动恢复X: drive the restoration of X)
            obj_toks = toks[k:]
            last = toks[k - 1]
            obj = self.np_items(obj_toks)
            noun = _verb(last).split("|")[1]
            if obj and len(obj) == 1 and re.split(r" (?:of|for|in|with) ", obj[0])[0].split()[-1] in _COUNT_KINDS:
                obj = [with_article(obj[0])]  # accelerate the building of an industrial cluster
            return f"{base} the {noun} of {join_list(obj)}" if obj else None
        obj_toks = toks[k:]
        if not obj_toks:
            return None
        groups = _groups(obj_toks) if toks[k - 1].zh in _CAUSATIVE else []
        if len(groups) > 1 and all(len(g) > 1 and _is_event(g[-1]) for g in groups):
            # 推动能源行业进步和区域经济社会发展: each thing has its own event (not "the economic and social
            # development of energy industry progress and region")
            items = [self._frame([toks[k - 1]] + g) for g in groups]
            if all(items) and all(x.startswith(base + " ") for x in items):
                return f"{base} {join_list([x[len(base) + 1:] for x in items])}"
            return None
        if len(groups) > 1 and len(groups[-1]) == 1 and groups[-1][0].zh not in _EVENT_VERBS \
                and len(groups[-1][0].zh) > 2 and _is_event(groups[-1][0]) \
                and all(_is_event(g[-1]) or (g[-1].sense("n") or "").endswith(("innovation", "revolution")) for g in groups):
            # 推动产业升级和绿色发展: aims side by side, the last a development with its own modifier ("drive
            # industrial upgrading and green development", not "the green development of industrial upgrading")
            items = [self.np_items(g) for g in groups]
            if all(len(x) == 1 for x in items):
                return f"{base} {join_list([x[0] for x in items])}"
        # 推动X发展 → promote the development of X
        if toks[k - 1].zh in _CAUSATIVE and len(obj_toks) >= 3 and obj_toks[-2].zh in ("和", "与", "、"):
            j = len(obj_toks)  # 推动X转型升级和创新发展: promote the transformation … and innovative development of X
            while j > 1 and (obj_toks[j - 1].zh in _EVENT_VERBS or obj_toks[j - 1].zh in ("和", "与", "、")
                             or (obj_toks[j - 1].sense("n") or "").endswith(_EVENT_NOUNS)):
                j -= 1
            events = [t for t in obj_toks[j:] if t.zh not in ("和", "与", "、")]
            obj = self.np_items(_strip(obj_toks[:j]))
            if len(events) > 1 and obj:
                nouns = [t.sense("n") or _verb(t).split("|")[1] for t in events]
                return f"{base} the {join_list(nouns)} of {join_list(obj)}"
        if toks[k - 1].zh in _CAUSATIVE and len(obj_toks) >= 3 and obj_toks[-2].kind == "word" \
                and "d" in obj_toks[-2].senses and not _verb(obj_toks[-2]) and obj_toks[-1].zh in _EVENT_VERBS:
            obj_toks = obj_toks[:-2] + obj_toks[-1:]  # 推动X有序发展: promote the development of X
        how = ""
        if toks[k - 1].zh in _CAUSATIVE and len(obj_toks) >= 3 and obj_toks[-2].kind == "word" \
                and set(obj_toks[-2].senses) == {"a"} and obj_toks[-1].zh in _EVENT_VERBS \
                and obj_toks[-3].zh not in ("的", "之") and not obj_toks[-3].zh in _LIST_SEP:
            how = obj_toks[-2].senses["a"] + " "  # 推动行业可持续发展: the sustainable development of the industry
            obj_toks = obj_toks[:-2] + obj_toks[-1:]
        if toks[k - 1].zh in _CAUSATIVE and len(obj_toks) >= 2:
            last = obj_toks[-1]
            lv = _verb(last) if last.kind == "word" else None
            ln = last.sense("n") or ""
            if (lv and last.zh in _EVENT_VERBS) or (last.kind == "word" and ln.endswith(_EVENT_NOUNS)):
                lv = lv or "|" + ln
                obj = self.np_items(_strip(obj_toks[:-1] if obj_toks[-2].zh not in ("的", "之") else obj_toks[:-2]))
                if obj:
                    noun = last.sense("n") or lv.split("|")[1]
                    lead = "support" if base == "help" else base  # 助力X发展: support, never "help", a development
                    return f"{lead} the {how}{noun} of {join_list([the_name(x) if x[:1].isupper() or len(obj) > 1 else definite(x) for x in obj])}"
        if toks[k - 1].zh in _CAUSATIVE and len(obj_toks) > 3 and obj_toks[-1].zh in ("交流", "合作", "对接", "融合") \
                and sum(t.zh == "与" for t in obj_toks) == 1:
            m = next(i for i, t in enumerate(obj_toks) if t.zh == "与")  # 促进X与Y交流: exchanges between X and Y
            a, b = self.np_items(obj_toks[:m]), self.np_items(obj_toks[m + 1:-1])
            what = obj_toks[-1].sense("n") or ""
            if a and b and what:
                return f"{base} {what} between {join_list(a)} and {join_list(b)}"
        if (toks[k - 1].zh in _CAUSATIVE or toks[k - 1].zh in _ATTRACT) and len(obj_toks) > 3 \
                and obj_toks[-1].zh in _SETTLE and "在" in [t.zh for t in obj_toks[1:-2]]:
            m = next(i for i, t in enumerate(obj_toks) if i and t.zh == "在")  # 带动X在光谷集聚
            who, where = self.np_items(obj_toks[:m]), self.np_items(obj_toks[m + 1:-1])
            if who and where and len(where) == 1:  # draw X to cluster in Optics Valley
                return f"{base} {join_list(who)} to {_SETTLE[obj_toks[-1].zh]} in {place_np(where[0])}"
        landed = next((n for n in (2, 1) if len(obj_toks) > n + 2 and "".join(t.zh for t in obj_toks[-n:]) in _LANDED),
                      0) if toks[k - 1].zh in _CAUSATIVE else 0
        if landed and "在" in [t.zh for t in obj_toks[1:-landed - 1]]:
            m = next(i for i, t in enumerate(obj_toks) if i and t.zh == "在")  # 推动X的科研成果在襄阳转化
            what, where = self.np_items(obj_toks[:m]), self.np_items(obj_toks[m + 1:-landed])
            if what and where and len(where) == 1:  # the commercialisation of X's research results in Xiangyang
                how = _LANDED["".join(t.zh for t in obj_toks[-landed:])]
                return f"{base} the {how} of {join_list(what)} in {place_np(where[0])}"
        if toks[k - 1].zh in _PIVOT and len(verbs) == 1:
            j = next((i for i, t in enumerate(obj_toks) if i and (t.zh == "向" or t.zh == "在" and any(
                _pure_verb(x) for x in obj_toks[i + 1:]) or t.zh in ("将", "把") and i + 1 < len(
                obj_toks) and not _pure_verb(obj_toks[i + 1]) or _verb(t) and (
                not ({"n", "a"} & set(t.senses)) or i == len(obj_toks) - 1 and len(t.zh) > 2))), 0)
            listed = j and any(t.zh in _LIST_SEP for t in obj_toks[:j])
            if listed and (obj_toks[0].zh in _LIST_SEP or obj_toks[j - 1].zh in _LIST_SEP or any(
                    re.search(r"(?:tion|ment|transfer|sharing|ing)$", t.sense("n") or "")
                    for i, t in enumerate(obj_toks[:j]) if i + 1 == j or obj_toks[i + 1].zh in _LIST_SEP)):
                j = 0  # 促进X转化、高校服务Y, 推动X转化和服务Y: a list of deeds, not of doers (an item is an action)
            if j and all(_nounish(t) or t.kind == "word" and "a" in t.senses or t.zh in _LIST_SEP
                         for t in obj_toks[:j]):
                who = self.np_items(obj_toks[:j])
                if obj_toks[j].zh in ("加快", "加速") and j + 2 < len(obj_toks) and obj_toks[j + 1].zh == "向":
                    more = self.clause_tokens(obj_toks[j + 1:])  # 推动X加速向Y转型: drive X to rapidly transform …
                    rest = f"rapidly {more}" if more else None
                else:
                    self._other_subject += 1
                    try:
                        rest = self.clause_tokens(obj_toks[j:])
                    finally:
                        self._other_subject -= 1
                if who and rest:  # 助力浙江打造X: help Zhejiang build X; 推动A、B增强Y: drive A and B to strengthen Y
                    lead = _PIVOT[toks[k - 1].zh]
                    return f"{lead} {join_list([place_np(x) for x in who])} {'' if lead == 'help' else 'to '}{rest}"
        if len(obj_toks) > 1 and obj_toks[-1].zh == "力度" and base in ("increase", "strengthen", "step up", "intensify"):
            inner = obj_toks[:-2] if obj_toks[-2].zh == "的" else obj_toks[:-1]  # 加大X(的)力度: step up X
            if len(inner) > 2 and inner[0].zh == "对" and inner[-1].kind == "word" and (
                    inner[-1].sense("n") or (_verb(inner[-1]) or "").count("|") == 2):
                # 加大对X支持力度: step up support for X
                noun = inner[-1].sense("n") or _verb(inner[-1]).split("|")[1]
                whom = self.np_items(inner[1:-2] if inner[-2].zh == "的" else inner[1:-1])
                return f"step up {noun} for {join_list(whom)}" if whom and noun else None
            if obj_toks[-2].zh != "的" and any(t.zh in _LIST_SEP or t.zh.startswith("等") for t in inner):
                return None  # X、Y等领域反腐败力度: whose list is it, the fields' or the action's? Not told
            what = self.np_items(inner)
            return f"step up {join_list(what)}" if what else None
        if toks[k - 1].zh in _CAUSATIVE and len(verbs) == 1 and len(obj_toks) > 1 and obj_toks[0].zh in ("发展", "建设") \
                and _verb(obj_toks[0]) and not any(_pure_verb(t) for t in obj_toks[1:]):
            what = self.np_items(obj_toks[1:])  # 推动发展数字经济: drive the development of the digital economy
            noun = _verb(obj_toks[0]).split("|")[1]
            if what:
                return f"{base} the {noun} of {join_list([_the_kind(x) for x in what])}"
        # a verb, then a further verb inside the object ("引导X协同发展"): not a shape we write
        obj = self.np_items(obj_toks)
        if not obj:
            return None
        if base == "build" and toks[k - 1].zh == "打造" and not self._other_subject and all(
                g[-1].zh.endswith(_BECOME_HEADS) for g in _groups(obj_toks)) \
                and not any(t.zh in _SEVERAL for t in obj_toks):  # 打造一批X: several X are built, not become
            base = "become"
        if base == "strengthen" and toks[k - 1].zh == "提升" and re.search(
                r"\b(?:capacity|capabilities|level|levels|efficiency|quality|standards?)\b", obj[0].split(" of ")[0]):
            base = "raise"  # raise capacity, the level, efficiency; strengthen support, clustering
        if toks[k - 1].zh == "承担" and obj[-1].endswith(" functions"):
            base, obj = "carry out", obj[:-1] + [obj[-1][:-len(" functions")]]  # 承担研发与孵化功能: carry out R&D …
        if base == "carry out":  # conduct research, pursue cooperation; carry out projects, reforms
            heads = [re.split(r" (?:of|for|in|with|on|such as) ", x)[0].split()[-1] for x in obj]
            base = "conduct" if heads[0] in _CONDUCT else "pursue" if set(heads) <= _PURSUE else base
        if base in _ARTICLE_VERBS:
            obj = [x if " such as " in x and not re.search(r" (?:integrating|of|with|for|in) ", x.split(" such as ")[0])
                   or _COUNTED.match(x) else with_article(singular_head(x)) if the_name(x) == x else the_name(x)
                   for x in obj]  # a counted object keeps its count and its plural: "build more than ten …"
        elif len(obj) == 1 and the_name(obj[0]) != obj[0]:
            obj = [the_name(obj[0])]  # support the Zhongguancun Innovation Center
        elif len(obj) == 1 and base not in ("foster", "create", "develop") and not obj[0][:1].isupper() and \
                not _DETERMINED.match(obj[0]) and \
                re.split(r" (?:of|for|in|with|integrating) ", obj[0])[0].split()[-1] in _THE_KINDS:
            obj = ["the " + obj[0]]  # extend the industry chain, optimise the innovation system
        elif len(obj) == 1 and base in ("foster", "create", "develop", "provide") and not _DETERMINED.match(obj[0]) \
                and re.split(r" (?:of|for|in|with|integrating) ", obj[0])[0].split()[-1] in _COUNT_KINDS:
            obj = [with_article(obj[0])]  # foster a hard materials industrial cluster; provide a service platform
        elif len(obj) == 1 and base.endswith(" of") and obj[0][:1].islower():
            obj = [with_article(obj[0])]  # 加快建设创新型省份: accelerate the construction of an innovative province
        elif len(obj) == 1 and " of " in obj[0].split(" such as ")[0] and " and " not in obj[0].split(" of ")[0] \
                and not obj[0].startswith(("the ", "a ", "an ", '"')) and not obj[0][:1].isupper():
            obj = ["the " + obj[0]]  # improve the innovation capacity of X
        return f"{base} {join_list(obj)}"


def _the_kind(np: str) -> str:
    """"digital economy" → "the digital economy" where a kind of thing (economy, industry chain) is meant whole."""
    if np[:1].isupper() or _DETERMINED.match(np):
        return the_name(np)
    head = re.split(r" (?:of|for|in|with) ", np)[0].split()[-1]
    return "the " + np if head in _THE_KINDS | {"economy", "government"} else np


def third_person(base: str) -> str:
    """"open" → "opens", "carry out" → "carries out" (a headline's present tense)."""
    first, _, rest = base.partition(" ")
    if first == "be":
        first = "is"
    elif first == "have":
        first = "has"
    elif first.endswith("y") and first[-2:-1] not in "aeiou":
        first = first[:-1] + "ies"
    elif first.endswith(("s", "sh", "ch", "x", "o")):
        first += "es"
    else:
        first += "s"
    return f"{first} {rest}".strip()


def _the_of(name: str) -> str:
    """"School of Chemistry, Nanjing University" → "the School of …" (a body named "X of Y" takes "the")."""
    return "the " + name if re.match(r"^(?:School|College|Department|Institute|University|Academy|Faculty) of ", name) \
        else name


_PUBLISH = {"发表", "连发", "刊发", "刊登"}


def _is_journal(t: Token) -> bool:
    """《科学》, or a journal's Latin name written bare (相关成果发表在Nature上)."""
    return "journal" in t.senses or t.kind == "latin" and (t.en in _journals().values() or t.en.startswith("Nature"))


def _journals() -> dict[str, str]:
    from .grammar_data import grammar_data

    return {str(k): str(v) for k, v in (grammar_data().get("journals") or {}).items()}


@functools.lru_cache(maxsize=1)
def _participles() -> frozenset[str]:
    """The lexicon's past participles that differ from their verb's base ("completed", "built"): never after "to"."""
    from .lexicon import running_words

    out, bases = set(), set()
    for senses in running_words().values():
        forms = senses.get("v", "").split("|")
        if forms[0]:
            bases.add(forms[0].split()[0])
        if len(forms) == 3 and forms[2] and forms[2] != forms[0]:
            out.add(forms[2].split()[0])
    return frozenset(out - bases)  # "put", "set": a base form too


# Nouns of time: what they head is when something happens, not a subject
_TIME_NOUNS = frozenset("年底 年初 年末 年中 月底 月初 月末 上半年 下半年 今年 明年 去年 前年 当年 同期 期间 目前 当前 近期 "
                        "日前 此前 今后 未来 届时 年内 月内".split())


def _time_after_subject(toks: list[Token], when: str) -> tuple[list[Token], str, str]:
    """A time between subject and verb (X于2021年8月获批, X 10日在Y揭牌) taken out of the clause: (tokens, the
    date "On …" goes with, the month or year "in …" goes after the verb). A day without its month ("10日") is
    left out: the English names no day it cannot date."""
    out: list[Token] = []
    when_in = ""
    k = 0
    while k < len(toks):
        t = toks[k]
        if t.kind in ("month", "year", "date") and out:
            if out[-1].zh in ("于", "在"):
                out.pop()
            if t.kind == "date":
                when = t.en
            else:
                when_in = f"in {t.en}"
            k += 1
            continue
        if t.kind == "num" and out and k + 1 < len(toks) and toks[k + 1].zh in ("日", "号") and t.zh.isdigit() \
                and int(t.zh) <= 31:
            k += 2  # 10日: a day of a month the clause does not name
            continue
        out.append(t)
        k += 1
    return out, when, when_in


def _is_place(t: Token) -> bool:
    """A place name (from the knowledge base) or a region word of the lexicon (华南: South China)."""
    return t.kind == "name" and ("place" in t.senses or t.zh.endswith(("地区", "区域", "流域"))) or t.zh in _REGIONS


_DIRECTION = {"北方": "northern", "北部": "northern", "南方": "southern", "南部": "southern", "东部": "eastern",
              "西部": "western", "中部": "central"}
_REGIONS = {"华南", "华东", "华北", "华中", "华西", "西南", "西北", "东北", "长三角", "珠三角", "大湾区", "苏北", "苏南", "苏中",
            "皖北", "粤东", "粤西", "粤北"}
_REGION = re.compile(r"^Greater |\b(?:Delta|Region|Basin|Plateau|Bay Area|Economic Circle|Economic Belt)$")


def place_np(en: str) -> str:
    """A place as running text names it: regions take "the" ("the Yangtze River Delta"), cities do not."""
    return f"the {en}" if _REGION.search(en) and not en.startswith("the ") else en


def the_name(np: str) -> str:
    """"Jiangzhou Data Center" → "the Jiangzhou Data Center": a platform named by its kind takes "the"."""
    owner = re.match(r"^((?:\S+ ){1,5}?\S+?)(?:'s|(?<=s)') [A-Z]", np)
    if owner and not owner.group(1).endswith("People"):
        return the_name(owner.group(1)) + np[len(owner.group(1)):]  # "the" is the owner's: Xinjiang University's …
    return "the " + np if np[:1].isupper() and _KIND_WORD.search(np) and not np.startswith("The ") \
        and not re.match(r"^[A-Z]{2,}\b|^\S+'s? ", np) else np


_GOVERNING = re.compile(r"^(?:Government|Ministry|Administrative Committee|Management Committee|Commission|Bureau|"
                        r"Department|Office|Standing Committee)\b")


def _body(np: str) -> str:
    """A body's name after "of": "the Government of …", "the Jiangzhou Data Center" (a kind word takes "the")."""
    return "the " + np if _GOVERNING.match(np) else the_name(np)


# Organisations that English names with "the" in running text (the Wuhu Municipal Government, the Ministry of
# Education, the University of Macau), beside the platforms' kinds.
_THE_ORG = re.compile(r"\b(?:Government|Committee|Commission|Bureau|Council|Ministry|Department|Administration|"
                      r"Federation|Association|Academy|Society|Corporation|Office)\b|^(?:University|Bank|College|School|Faculty|"
                      r"Department) of\b")


def the_org(name: str) -> str:
    """A partner in running text: "the" where English names it so (not a company: Inspur, Huawei)."""
    if name.split()[0] in ("The", "the") or re.search(r"\b(?:Co\.|Ltd|Group|Company|Inc\.|Corp\.)", name):
        return name
    if _THE_ORG.search(name) or _KIND_WORD.search(name) and not re.match(r"^[A-Z]{2,}\b", name):
        return "the " + name
    return name


def _partner(np: str) -> str:
    """Whom a body works with: a name as running text names it, a common noun as one known body ("the … center")."""
    return the_org(np) if np[:1].isupper() else definite(singular_head(np))


def definite(np: str) -> str:
    """"national system" → "the national system": a singular count noun named once more takes "the"."""
    return "the " + np if with_article(np) != np else np


def _qualifier(t: Token) -> bool:
    """A word that may stand in a list of qualities before 的 (开放、共享、协同的X): a modifier, or a verb that is no
    noun."""
    return t.kind == "word" and ("a" in t.senses or bool(_verb(t)) and "n" not in t.senses)


def _nounish(t: Token) -> bool:
    """A token that can end a noun phrase as its head: a name, a term, a noun only."""
    return t.kind in ("name", "term", "latin") or (t.kind == "word" and "n" in t.senses and "v" not in t.senses)


def _verb(t: Token) -> Optional[str]:
    return t.senses.get("v") if t.kind == "word" else None


# The place word that closes a 在-phrase (在国际市场上, 在X方面): English's "in", not a word of its own.
_SIDE = ("上", "中", "方面")


def _without_side(toks: list[Token]) -> list[Token]:
    """在国际市场上: the 在-phrase without its closing place word (_SIDE)."""
    return toks[:-1] if len(toks) > 1 and toks[-1].zh in _SIDE else toks


def _pure_verb(t: Token) -> bool:
    """A verb that cannot be read as a noun or a modifier (研发 can: "R&D projects")."""
    return bool(_verb(t)) and not ({"n", "a"} & set(t.senses))


def _strip(toks: list[Token]) -> list[Token]:
    drop = {"了", "着", "，", ",", "。", "；", ";", "：", ":", "、", "“", "”"}
    a, b = 0, len(toks)
    if b > 1 and toks[0].zh == "一个":
        a = 1  # 构建一个X: the article is English's own ("build an X")
    while a < b and (toks[a].zh in drop and not (toks[a].zh == "“" and any(t.zh == "”" for t in toks[a:b]))):
        a += 1
    while b > a and toks[b - 1].zh in drop and not (toks[b - 1].zh == "”" and any(t.zh == "“" for t in toks[a:b - 1])):
        b -= 1
    return toks[a:b]


def _possessive(name: str) -> str:
    return "'" if name.endswith("s") else "'s"


def _unquote(toks: list[Token]) -> Optional[list[Token]]:
    if len(toks) >= 3 and toks[0].zh in ("“", '"', "《", "「") and toks[-1].zh in ("”", '"', "》", "」") \
            and not any(t.zh in ("“", "”", '"') for t in toks[1:-1]):
        return toks[1:-1]
    return None


def _int(zh: str) -> Optional[int]:
    from ..extract.numbers import parse_number

    v = parse_number(zh)
    return int(v) if v is not None and v == int(v) else None


def _count_words(n: int) -> str:
    """A count as a sentence may open with it: spelled out below 100 ("thirty-six"), else "a total of 120"."""
    if n < 10:
        return _NUMBER_WORDS[n] if n else "no"
    if n < 20:
        return _TEENS[n - 10]
    if n < 100:
        return _TENS[n // 10] + (f"-{_NUMBER_WORDS[n % 10]}" if n % 10 else "")
    return f"a total of {n:,}"


# 我国/中国 before the people or bodies it qualifies is their nationality: "Chinese scientists", not "China scientists".
_DEMONYM = re.compile(r"\bChina (?=(?:scientists|researchers|experts|scholars|companies|enterprises|firms|teams|"
                      r"universities|institutions|engineers|astronauts|students|people)\b)")
# A sea, an ocean, a river, a strait, a plateau or a basin named after a preposition takes "the": "in the South
# China Sea", "along the Yangtze River", "on the Tibetan Plateau".
_THE_SEA = re.compile(r"\b(in|into|to|from|across|along|on|of|near|off) (?=(?:[A-Z][\w'-]+ )+(?:Sea|Ocean|River|Strait|"
                      r"Gulf|Plateau|Basin|Delta)\b)")


# "a"/"an" before a plural that a comma follows: items of a list run together under one article.
_ONE_OF_SEVERAL = re.compile(r"\ban? (?!(?:\w+ ){0,3}of\b)(?:[\w-]+ ){0,3}[a-z-]+[^s']s, ")


def _plural_subject(subj: list[str]) -> bool:
    """A subject of several ("A and B", "three companies", "Chinese scientists"): its head is a plural common noun,
    not a name ("Jiangzhou Laboratories" is one body)."""
    head = re.split(r" (?:for|of|in|at|on|with) ", subj[-1])[0] if subj else ""  # "a ceremony for the institutes"
    if not head.split() or not head.split()[-1].islower():
        head = subj[-1] if subj else ""  # a name's own "of" ("State Grid Corporation of China's … institutes")
    last = head.split()[-1] if head.split() else ""
    return len(subj) > 1 or last.endswith("s") and last.islower() and not last.endswith(
        ("ss", "us", "is", "news", "series", "species", "headquarters"))


def _demonym(s: str) -> str:
    return _DEMONYM.sub("Chinese ", s)


def _with_the_sea(s: str) -> str:
    return _THE_SEA.sub(r"\1 the ", s)


def _dedupe(s: str) -> str:
    """"research research" → "research" (two pieces that both say it)."""
    return re.sub(r"\b(\w[\w&-]*)( \1\b)+", r"\1", s)


def _shared_modifier_once(groups: list[list[Token]], items: list[str], g: "Grammar") -> list[str]:
    """贵金属纳米材料、贵金属合金材料、贵金属循环利用: a modifier every item of a list opens with is written once, on
    the first ("precious metal nanomaterials, alloy materials and recycling"), as English lists go."""
    first = groups[0][0]
    if not (first.kind == "term" or first.kind == "word" and "a" not in first.senses) or any(
            len(x) < 2 or x[0].zh != first.zh for x in groups):
        return items  # an adjective ("carbon-based X, carbon-based Y") is repeated as English repeats it
    pref = singular(g.compound([first], modifier=True) or "")
    if not pref or not all(x.startswith(pref + " ") for x in items):
        return items
    return items[:1] + [x[len(pref) + 1:] for x in items[1:]]


def _shared_head_once(items: list[str]) -> list[str]:
    """前沿技术和关键共性技术: a plural head every item ends in is written once, on the last ("frontier and key
    generic technologies"), as English lists go."""
    heads = {x.split()[-1] for x in items}
    head = next(iter(heads))
    if len(heads) != 1 or not head.endswith("s") or head.endswith("ss") or any(
            len(x.split()) < 2 or re.search(r" (?:of|for|in|with|such as|and) |[\"',]", x) or x[:1].isupper()
            for x in items):
        return items
    return [join_list([x[:-len(head) - 1] for x in items]) + " " + head]


def join_list(items: list[str]) -> str:
    items = [x for x in items if x]
    if len(items) <= 1:
        return items[0] if items else ""
    return ", ".join(items[:-1]) + " and " + items[-1]


def _several_first(np: str) -> str:
    """"provincial-level a number of centre" → "a number of provincial-level centres": a quantity without a
    figure (一批) leads its noun phrase, and what it counts is plural."""
    m = re.search(r"(?:^| )(a number of|a series of) ", np)
    if not m:
        return np
    rest = (np[:m.start()] + " " + np[m.end():]).strip()
    return f"{m.group(1)} {plural(rest)}"


def plural(np: str) -> str:
    """"region" → "regions": the head of "X such as A and B" names a kind with several members."""
    m = re.match(r"^(.*?)( (?:of|for|with|in) .*)?$", np)
    core, rest = m.group(1), m.group(2) or ""
    last = core.split()[-1] if core else ""
    if not last or last[:1].isupper() or last.endswith(("s", "ing")) or last in _MASS or '"' in last:
        return np
    if last.endswith(("ch", "sh", "x")):
        return core + "es" + rest  # branches, boxes
    if last == "consortium":
        return core[:-2] + "a" + rest
    return (core[:-1] + "ies" if last.endswith("y") and last[-2:-1] not in "aeiou" else core + "s") + rest


def possessive(np: str) -> str:
    """"Jiangxi" → "Jiangxi's", "the Yangtze River Delta" → "the Yangtze River Delta's", "companies" → "companies'"."""
    return np + ("'" if np.endswith("s") else "'s")


def with_article(np: str) -> str:
    """"hub" → "a hub"; plural, mass nouns, names and quoted phrases stay bare."""
    if not np or np.split()[0] in ("a", "an", "the"):
        return np
    if np[:1] in '"\'':  # a quoted modifier before a common noun ("East Data, West Computing" hub) takes one too
        if np.count(np[0]) != 2 or np.endswith(np[0]) or not np.split()[-1][:1].islower():
            return np
        head = np.split()[-1]
        if head.endswith("s") and not head.endswith(("ss", "us")) or head in _MASS:
            return np
        return ("an " if np[1:2].lower() in "aeiou" else "a ") + np
    if np[:1].isupper() and (np.split()[-1][:1].isupper() or " " not in np or "'s " in np):
        return np  # a name ("Northeast Asia high-end center" is a common noun: it takes "a")
    head = re.split(r" (?:of|for|with|in|integrating|such as) ", np)[0].split()[-1]
    if head.endswith("s") and not head.endswith(("ss", "us")) or head in _MASS or head.endswith("ing"):
        return np
    low = np.lower()
    first = np.split()[0]
    if re.fullmatch(r"[A-Z][A-Z&\d-]*", first):  # an acronym is read letter by letter: an R&D base, a 5G hub
        return ("an " if first[0] in "AEFHILMNORSX" else "a ") + np
    return indefinite_article(low) + np


def indefinite_article(word: str) -> str:
    """"a " or "an " as the word after it sounds ("an area", "a usable area", "a unified …", "a one-stop …")."""
    low = word.lower()
    return "an " if low[:1] in "aeiou" and not low.startswith(("one", "uni", "eu", "use", "usu", "usa", "uti", "ure", "uro")) \
        else "a "


_NO_SINGULAR = ("ss", "us", "is", "ics", "news", "series", "equipment", "goods", "data", "ties", "headquarters", "grassroots", "overseas",
                "materials")  # "new materials industry", "materials science"


def singular(w: str) -> str:
    """The last word of a modifier in its singular form: "technologies" → "technology" (a compound's
    non-final nouns are singular in English: "data center cluster")."""
    head, _, last = w.rpartition(" ")
    if last.endswith("eaus") and len(last) > 5:  # plateaus, bureaus: the singular drops only the s
        return f"{head} {last[:-1]}".strip()
    if last.endswith(_NO_SINGULAR) and not last.endswith("ies") or last.endswith(("series", "species")) \
            or not last.endswith("s") or len(last) < 4 \
            or last[:1].isupper() or "'" in last or " of " in w:
        return w  # "internet of things" keeps its plural as a modifier
    if last.endswith("ies"):
        last = last[:-3] + "y"
    elif last.endswith(("ches", "shes", "xes", "sses")):
        last = last[:-2]
    else:
        last = last[:-1]
    return f"{head} {last}".strip()


def singular_head(np: str) -> str:
    """The head of a noun phrase singular ("research institutes" → "research institute"): the object of
    打造/建设成为 names one thing."""
    m = re.match(r"^(.*?)( (?:of|for|with|in|integrating|such as|(?:jointly |co-)?(?:built|established|set up|run) by) .*)?$",
                 np)
    core, rest = m.group(1), m.group(2) or ""
    if '"' in core or re.match(rf"(?:{SEVERAL}|\d+)\b(?! of\b)", core):
        return np  # "seven pilot-scale bases": a count of several
    return singular(core) + rest


# Heads that say what an activity costs, needs or reaches (运营成本, 管理水平): after an activity word they are a
# noun phrase, never a verb and its object.
_ATTRIBUTE_HEADS = {"成本", "费用", "水平", "能力", "效率", "效益", "模式", "场景", "经验", "标准", "规范", "流程", "周期",
                    "需求", "标杆", "案例", "环境", "质量", "风险", "支撑", "支持", "保障"}

_ONE = {"一个", "一家", "一座", "一所", "一支", "一条", "一套", "一种", "一项", "一栋", "一处", "一台"}


def _one_of(toks: list[Token]) -> int:
    """How many tokens say "one" before a noun phrase (一个, or 一 + a measure word): 0 where none do."""
    if len(toks) > 1 and toks[0].zh in _ONE:
        return 1
    if len(toks) > 2 and toks[0].kind == "num" and toks[0].zh == "一" and toks[1].zh in _MEASURE and toks[1].zh != "大":
        return 2
    return 0


# A count of the parties after a list of them (A、B、C三方): the list says who they are.
_PARTIES_TALLY = frozenset({"双方", "三方", "四方", "多方", "各方", "两方"})


def _is_event(t: Token) -> bool:
    """发展, 转型升级, 进步, 经济社会发展: a word for what happens to a thing (the head of 推动X发展)."""
    return t.kind == "word" and (t.zh in _EVENT_VERBS or (t.sense("n") or "").endswith(_EVENT_NOUNS + ("progress",)))


def _split_verb_phrases(toks: list[Token], loose: bool = False) -> list[list[Token]]:
    """组织和开展X、培养Y: the verb phrases of a list, cut where a separator is followed by a verb (two verbs
    joined by 和 share their object and stay one phrase). `loose` also cuts before a word that may be a noun too
    (推动X、保障Y: 保障 is "guarantee" as well) and after a one-word phrase; one phrase where any part opens with no
    verb."""
    out, cur = [], []
    opens = _verb if loose else _pure_verb
    for i, t in enumerate(toks):
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if (t.zh in ("、", "，", "以及", "并") + (("和", "及") if loose else ()) and cur
                or t.zh in ("与", "和") and len(cur) > 1) and nxt is not None and opens(nxt):
            out.append(cur)
            cur = []
            continue
        cur.append(t)
    out.append(cur)
    return out if all(g and opens(g[0]) for g in out) else [toks]


def _split_on(toks: list[Token], sep: str) -> list[list[Token]]:
    out, cur = [], []
    for t in toks:
        if t.zh == sep:
            out.append(cur)
            cur = []
        else:
            cur.append(t)
    return out + [cur]


def _groups(toks: list[Token]) -> list[list[Token]]:
    out, cur = [], []
    for t in toks:
        if t.zh in _LIST_SEP:
            if cur:
                out.append(cur)
            cur = []
        else:
            cur.append(t)
    return out + ([cur] if cur else [])


# Verbs two of which may share an object ("organise and carry out X"): gerund() turns both.
_VERB_LIKE = re.compile(r"organise|carry|build|develop|operate|promote|advance|strengthen|coordinate|"
                        r"integrate|cultivate|foster|attract|incubate|introduce|train|manage|implement")


def adverb(adj: str) -> Optional[str]:
    """The adverb of a one-word adjective ("extensive" → "extensively", "sustainable" → "sustainably",
    "systematic" → "systematically"); None for a compound or phrase ("high-level", "in-depth"), a participle
    or a word already ending in -ly."""
    if not re.fullmatch(r"[a-z]+", adj) or adj.endswith(("ly", "ed")) or len(adj) < 4:
        return None  # a participle ("concentrated") has no adverb English uses
    if adj.endswith("le") and not adj.endswith(("ile", "ole")):
        return adj[:-1] + "y"
    if adj.endswith("ic"):
        return adj + "ally"
    if adj.endswith("y"):
        return adj[:-1] + "ily"
    return adj + "ly"


def gerund(phrase: str) -> str:
    """"solve X" → "solving X" (the first word of a verb phrase)."""
    first, _, rest = phrase.partition(" ")
    m = re.match(r"and (\w+)\b ?(.*)", rest)
    if m and _VERB_LIKE.fullmatch(first) and _VERB_LIKE.fullmatch(m.group(1)):
        return f"{gerund(first)} and {gerund(m.group(1) + ' ' + m.group(2))}".strip()  # organising and carrying out X
    if first.endswith("ie"):
        g = first[:-2] + "ying"
    elif first.endswith("e") and not first.endswith(("ee", "ye")) and len(first) > 2:
        g = first[:-1] + "ing"
    elif first in ("set", "run", "plan", "put", "get", "cut", "stop", "control", "curb", "submit", "ship", "equip"):
        g = first + first[-1] + "ing"
    else:
        g = first + "ing"
    return f"{g} {rest}".strip()


_BARE_ZONES = frozenset("工业园区 工业园 产业园区 产业园 开发区 经开区 高新区 科技园 园区 工业区 产业新城".split())


def _place_phrase(toks: list[Token]) -> str:
    """广州 南沙 → "Nansha, Guangzhou" (the smaller place first, as English addresses go); places before a bare
    kind of zone (河南 洛阳 工业园区) name that zone, "Henan Luoyang Industrial Park"."""
    if len(toks) > 1 and toks[-1].zh in _BARE_ZONES:
        return "the " + " ".join(t.en for t in toks)
    return ", ".join(t.en for t in reversed(toks))

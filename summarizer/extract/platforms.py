"""Which platforms an article describes, where each is mentioned, and which sentences are about it.

1. Mentions: names built from LAC tokens that end in a platform kind (中心, 实验室, 研究院, 交易所, 产业园,
   孵化基地, 研发大楼 …; prompts/fields.yaml), extended over the parts real names have ("蜀山城投·环境经济
   产业园", "长三角(芜湖)智算中心", "华中科技大学国际教育科技创新园区(军山校区)", "真空冶金国家工程研究中心—
   昆明有色院分中心"), plus quoted names. Each mention records how its sentence treats it: built or opened
   there, introduced with its facts, or only a place, a party, a list item, a speaker's affiliation.
2. Candidates: mentions grouped by name, with aliases (a shorter name that ends the full one, an abbreviation
   whose characters run in order through it) and bare back-references (该中心, 该项目 …).
3. Selection: a candidate is a platform when the article treats it as a subject (named in the title, built
   or opened, introduced with its facts, or dwelt on), not when it is only where something else happens,
   who builds something else, a parent of the platform, or one item of a list. Section headings (名称：小标题)
   and caption lines ("建设中的X") name the platform their section is about.
4. Scopes: the sentences about each platform (its mentions, back-references, its section).
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Callable, Optional

from ..settings import fields_config
from .doc import Doc, alternation
from .ner import Token

_PROPER_TAGS = {"LOC", "ORG", "nz", "nw", "PER"}
_NAME_TAGS = _PROPER_TAGS | {"n", "vn", "an", "a", "ad", "v", "nr", "ns", "nt", "f", "m"}  # ad: 自动(驾驶)
_CONJ = {"与", "和", "及", "暨"}
_ADVERBS = set("将也还已再都正又均就才更最很仍便亦并曾共总不没未要会能可刚先另同即")
# What follows a platform's name when a sentence introduces it.
# "总投资30亿元的X在Y开工", "占地200亩的X": a figure of X's before it leaves X the subject of its clause.
_FIGURE_LEAD = re.compile(r"[^，,。]{0,10}?\d[\d.]*\s*(?:余|多)?(?:万|亿)?(?:元|亩|平方米|平方公里|P|PFLOPS)的")
_INTRODUCES = re.compile(r"[”」』\"]?(项目)?[，,]?(由|是|系|为|作为|位于|坐落|地处|选址|依托|总投资|计划总投资|拟投资|占地|总占地|总用地|用地|"
                         r"规划|总规划|建筑面积|总建筑面积|用地|首期|一期|于\d{4}年|将|已|现已|目前|共|下设|设有|拥有|建有|包括|"
                         r"聚焦|围绕|面向|主要|重点|以|定位|旨在|致力|负责|承担|"
                         # what a park or centre has gathered so far ("X推进和落地项目超过160个", "X累计孵化企业…")
                         r"累计|集聚|聚集|汇聚|吸引|引进|引入|推进|落地|孵化|已有|现有)")
# What a sentence says about a platform it opens with: a figure with a unit, a goal, a build or launch.
_FACTS = re.compile(r"\d+(\.\d+)?\s*(余|多)?(万|亿)?(平方米|平米|亩|元|P|PFLOPS|家|个|栋|幢|名|人|项|台|套|条|座|所|位)|"
                    r"[一二三四五六七八九十两百千]+(余|多)?(万|亿)?(平方米|亩|元|家|个|栋|名|项|条|座|所|大)|"
                    r"旨在|致力|聚焦|围绕|面向|打造|定位|建设成为|建成|提供|揭牌|成立|开工|投用|运营|启用|签约|获批|认定|"
                    r"共同建设|共建|组建|牵头|投资建设|承建")
_QUOTED = re.compile(r"[“「『\"]([^“”「」『』\"，。；,;]{4,32})[”」』\"]")
_PLACE_LEAD = re.compile(r"^([\u4e00-\u9fff]{2,3}?(省|市|自治区|区|县))")
# ("国家地方联合": the NDRC's national-local joint centres and labs, a programme; a bare 省 opening a name: "省工程技术
# 研究中心", "省企业技术中心" is the province's category, where "江苏省产业技术研究院" is one body)
_LEVEL_WORDS = re.compile(r"(国家地方联合|国家级|省级|市级|区级|国家|全国|中国|省部共建|制造业|重大|省|市|级)")
_PROVINCE_PROGRAMME = re.compile(r"(?:省|市|自治区|壮族自治区|回族自治区|维吾尔自治区)?(?:省级|市级)?(?:工程技术研究中心|工程研究中心|"
                                 r"重点实验室|实验室|技术创新中心|企业技术中心|制造业创新中心|工程实验室|临床医学研究中心|"
                                 r"国际科技合作基地|科技企业孵化器|众创空间|新型研发机构|院士工作站|工业设计中心)")
_STATUS_WORDS = re.compile(r"国家地方联合|国家级|省级|市级|区级|国家|全国|省部共建|制造业|^省(?!部)")
# A run of characters ending in 所 or 院 that may contract an institute's name ("温州生材所由…", "广纳院将…").
_CONTRACTION = re.compile(r"([\u4e00-\u9fff]{2,8}?[所院])(?=[由是为将已在于的和与及、，,。；;：:（(“”\"）)]|$)")
_NOT_CONTRACTION_START = set("该本我此其全各两三首每原新这那于在和与及")


def _contracted(run: str, head: str, last: str) -> str:
    """The longest tail of `run` that contracts `head` + `last` (see PlatformFinder._contracted_aliases), or ""."""
    if not run or run[-1] != last:
        return ""
    for n in range(min(6, len(run)), 2, -1):
        short = run[-n:]
        pre = short[:-1]
        if short[0] in _NOT_CONTRACTION_START or pre in head or len(set(pre)) < 2:
            continue
        it = iter(head)
        if all(c in it for c in pre):
            return short
    return ""


def _abbreviated_in(title: str, name: str, kind: str) -> bool:
    """Whether a headline names `name` by a contraction ("港深创科园" for 港深创新及科技园): a run of it from the name's
    first character to its last, whose characters appear in the name in order and which shortens the kind word
    too (so "湖南实验室", another lab, is no contraction of 湖南湘江实验室); not as a signer of the headline's deal."""
    if len(name) < 6 or len(kind) < 2:
        return False
    for i in (k for k, c in enumerate(title) if c == name[0]):
        for n in range(3, min(len(name) - 1, 8) + 1):
            run = title[i : i + n]
            if len(run) < n:
                break
            if run[-1] == name[-1] and kind not in run and len(set(run)) == n:
                it = iter(name)
                if all(c in it for c in run) and not _signs_in(title, i, i + n):
                    return True
    return False


# Short heads listed before a name that ends the run ("潇湘、麓山、洞庭实验室": the run up to 洞庭).
_SHARED_KIND_RUN = re.compile(r"(?:(?<![\u4e00-\u9fff])|(?<=[在的和与及]))(?:[\u4e00-\u9fff]{2,4}、)+(?=\Z)")
_CJK_CHAR = re.compile(r"[\u4e00-\u9fff]")
_LATIN_SHORT = re.compile(r"[(（]\s*([A-Za-z][A-Za-z0-9&.\- ]{1,24}?)\s*[)）]")
_BRACKETED = re.compile(r"[(（]([^()（），,。；;]{3,24})[)）]")
_NAMED_AS = re.compile(r"(?:命名为|更名为|定名为|命名[:：]|又称|亦称|别称|俗称)[“「『\"]?([^”」』\"，,。；;()（）]{3,24}?)(?=[”」』\"，,。；;()（）]|$)")
_INDEFINITE_BEFORE = re.compile(r"一(?:个|种|套|座|家|所|批)$")
_INDEFINITE = {"一个", "一家", "一座", "一所", "一批", "一种", "一类", "一项", "某", "某个", "一流", "首个", "首家"}
_COUNT_LEAD = re.compile(r"(?:\d+|[两二三四五六七八九十]+)(?:个|家|间|所|座)")
# A count or a series opening a name LAC read as one ("两个稀土基地", "一系列高能级创新平台"): the kind counted, no name.
_COUNTED_NAME = re.compile(r"(?:\d+|[一两二三四五六七八九十几]+)(?:个|家|间|所|座|批|项)|一系列|若干|数个")
# A count right before a name ("新建5间…"): the name is the kind counted.
_COUNT_BEFORE = re.compile(r"(?:\d+|[两二三四五六七八九十]+)(?:个|家|间|所|座|大)$")
# A sentence about several platforms at once ("三大平台", "各类创新平台", "这些中心").
COLLECTIVE = re.compile(r"(两|三|四|五|六|七|八|九|十|多|各|这些|这几|前述|上述|\d+)(大|个|家|所|类|间|座)?([^，,。；;、\d]{0,12}?)(平台|中心|实验室|研究院|园区|基地|项目)")
# A batch a notice sets up and then lists ("决定组建首批郑州市产业研究院"): its stated purpose is each one's aim.
_BATCH = re.compile(r"(?:组建|认定|设立|成立|建设|公布|确定)(?:了)?(?:首批|第一批|第二批|本批|新一批)")
# What a notice calls the bodies it lists, all of them ("希望试点单位…", "入选单位要…").
_LISTED_UNITS = re.compile(r"(?:试点|入选|获批|认定)(?:单位|平台|中心)")
# After a name, these make it the one who builds something else ("X与Y共同成立的Z").
_ACTS_AS_PARTY = re.compile(r"(共同|联合|携手|牵头|出资|合作|主导)(成立|共建|组建|建设|打造|设立|创办|发起|承建)|共建|组建|发起成立|"
                            r"牵头|承建|控股|投资建设|负责(建设|运营)")
_SPEAKER = re.compile(r"的?(一位|一名|多位|几位)?(有关|相关|主要)?(党委|党组)?(负责人|院长|主任|所长|总经理|董事长|专家|研究员|"
                      r"工作人员|代表|科学家|教授|工程师|书记|副院长|副主任|副所长|首席|团队|博士|学者|职工)")
# Before a name, these make it a party, a host or a place ("依托X", "由X牵头", "在X举行", "来自X的").
# "X、Y作为核心共建单位参与建设", "X为理事长单位": a party named with its role, whatever else the clause builds.
_AS_UNIT = re.compile(r"(?:[、和及与][\u4e00-\u9fffA-Za-z（）()]{2,24}){0,5}(?:等)?(?:将|也|还|均)?(?:作为|担任|为|是)"
                      r"[^，,。；;]{0,12}(?:单位|成员|伙伴|股东|方)(?![\u4e00-\u9fff]{0,2}(?:中心|实验室|平台))")
_PARTY_BEFORE = re.compile(r"(由|依托|联合|携手|来自|会同|委托|隶属|隶属于|属于|归属)$")
# After a name joined to another by 与/和, these make both parties to a deal ("A与B签署协议，共建C").
_COSIGNS = re.compile(r"(今|今日|今天|昨日|昨天|日前|近日|当天)?[\(（]?[\d]*[日\)）]*(签署|签订|签约|合作|共建|共同|联合|携手|达成|"
                      r"正式签|举行)")
# "X成立大会", "X揭牌仪式": the ceremony that founds X (not a batch's, "集中签约仪式").
_FOUNDING = re.compile(r"(成立|揭牌|开园|启用|落成|开业)(仪式|典礼|大会)")
# "X(合作协议签署及)揭牌仪式": the ceremony opens X.
_FOUNDED_BEFORE = re.compile(r"(成立|组建|设立|揭牌|建成|开园|启用|投用)的[“「『\"]?$")
_SINCE_OPENED = re.compile(r"(?:[(（][^()（）]{0,30}[)）])?自[^，,。；;：:]{0,12}?(?:成立|开园|揭牌|启用|投用|运营|开业|建成|落成)以来")
_CEREMONY = re.compile(r"[^，,。；;]{0,10}?(揭牌|开园|奠基|开工|启用|落成|成立|开业|上线|签约)(仪式|典礼|大会|活动)")
_PLACE_BEFORE = re.compile(r"(在|于|位于|落户|入驻|(?<![来走])到|赴|参观|考察|调研|地处|坐落于|设在|落地)$")
_BARE_KIND = re.compile(r"^([\u4e00-\u9fff]{2,4}?)(?=[以由将已是为于在与和共目还也则]|围绕|聚焦|面向|致力|主要|重点|着力|"
                        r"立足|瞄准|坚持|始终|先后|现有|目前|拥有|下设|设有|计划|积极|不断|通过|作为)")
# A trailing bracket that belongs to the name: a phase, a campus, "(筹)".
_PLACE_BRACKET = re.compile(r"[(（]([\u4e00-\u9fff]{2,6})[)）]")  # "(烟台)" in a name: where it is
_NAME_BRACKET = re.compile(r"[(（](?:[一二三四五六七八九十\d]+期(?:工程)?|[\u4e00-\u9fff]{1,6}(?:校区|园区|院区|基地|分部)|筹|筹建|试运行)[)）]"
                           r"|(?<![(（])[一二三四五六七八九十]期$")
_AND = re.compile("[与及和]")  # the joins of a name's fields, one for another
_DASHES = "—-–－"
# Level words LAC splits off a kind ("全国/重点/实验室", "国家/工程/研究中心"): the kind's, not a field's.
_KIND_LEVEL = {"全国", "国家", "国家级", "省级", "省部", "共建", "重点", "工程", "技术"}


def _is_branch(name: str) -> bool:
    """"X—Y分中心": a branch of X (X its parent, never its alias). A dash before a tagline ("X—智慧学镇") or
    between two builders' names joins one name."""
    k = max(name.rfind(d) for d in _DASHES)
    return k > 0 and "分" in name[k + 1 :]
# Words that open a collective or generic reference, never a name ("省级实验室", "各类研究院").
_NOT_NAME_ENDS = ("公园", "校园", "家园", "花园", "乐园", "幼儿园", "动物园", "植物园", "陵园", "购物中心", "会展中心",
                  "新闻中心", "指挥中心", "调度中心", "客服中心", "市中心", "副中心")  # (副中心: a city's role, 省域副中心)
# A dispatch centre of computing power is a platform (长三角示范区(吴江)算力调度中心), not a city's dispatch office.
_COMPUTING_DISPATCH = ("算力调度中心", "算网调度中心", "算力调度平台")
# "A与B" where A is a whole organisation's name: B is a name of its own.
_JOINED = re.compile(r"^.{2,30}?(大学|学院|公司|集团|政府|研究院|研究所|中心|实验室|医院|银行|管委会)(与|和|及|暨|、)"
                     # "竣工活动暨来宾…数据中心": an event joined to the name; "国际领先空天…产业园": praise, not name
                     r"|^.{0,16}?(活动|仪式|典礼|大会|会议)暨|^(国际|国内|全国|全球|世界|行业|业内)(领先|一流|知名)的?")
# "X有限公司建Y研究院", "X科技建设Y孵化器": an organisation and the verb that builds what follows it, in one token.
# (or the park it is built in: "东江湖大数据产业园建设云计算中心")
_BUILDER_GLUED = re.compile(r"^[\u4e00-\u9fff()（）]{2,30}?(?:有限责任公司|有限公司|公司|集团|科技|大学|学院|研究院|研究所|产业园|"
                            r"科技园|园区|开发区|高新区)"
                            r"(?:投资建设|牵头建设|建设|共建|打造|建)(?=[\u4e00-\u9fff]{4})")
# "西安理工大学检查省部共建国家重点实验室/ORG": a body, then a verb of visiting, glued to what is visited; the name
# starts after the verb (who is visited is a place, never part of the platform's name).
_VISIT_GLUED = re.compile(r"^[\u4e00-\u9fff()（）]{2,30}?(?:大学|学院|公司|集团|研究院|研究所|政府|医院|管委会|中心|实验室|基地|园区|"
                          r"局|厅|委)(?:检查|调研|考察|视察|参观|走访|察看|查看|督导|看望|慰问|观摩|巡视|莅临)(?=[\u4e00-\u9fff]{4})")
_FOUNDING_LEAD = re.compile(r"(?:合作|联合|共同|携手)?(?:共建|组建|筹建|新建|创建)")
# Numbered slogans shaped like names: "一室多中心", "一带四中心", "两院一中心".
_SLOGAN = re.compile(r"^[一二两三四五六七八九十多]?[\u4e00-\u9fff]?[一二两三四五六七八九十多][\u4e00-\u9fff]{0,2}"
                     r"(中心|平台|基地|园|院)$|[一二两三四五六七八九十][\u4e00-\u9fff]{1,3}[一二两三四五六七八九十多]")
# Nouns for kinds of organisation: a conjunction before a platform kind joins two fields ("技术与装备创新中心"),
# never a body and a platform ("研究机构和创新平台").
_BODIES = ("机构", "单位", "企业", "高校", "院所", "部门", "公司", "大学", "学院", "集团", "政府", "医院", "平台", "中心")
_SHORT_FOR = re.compile(r"(?:项目)?[”」』\"]?\s*[(（](?:以下)?简称[:：]?\s*[“「『\"]?([^”」』\"()（）]{2,16})[”」』\"]?[)）]")
_MODIFIES_NEXT = {"集群", "群", "产业", "产业链", "体系", "网络", "节点", "枢纽", "板块", "片区", "城市群", "经济", "建设者",
                  "企业", "公司", "集团", "模式", "机制", "政策", "标准", "名单"}
# What follows a founding verb in its own token when it is the verb's complement, not a name's head ("建成投用").
_VERB_REST = re.compile(r"[成为了的于在着过并及和与]|投用|投运|使用|运营|完成|起来|完毕|工作|仪式|协议")
# What a name is said to be, or the clause a tagger glued to it: "省级重点项目X", "在Y的带领下X"
_DESCRIBED_LEAD = re.compile(r"^(?:(?:省|市|区|县|国家)?级?(?:重点|重大)(?:建设)?项目|(?:在)?[^，,。]{0,12}?带领下)")
_GENERIC_LEAD = ("省级", "市级", "国家级", "区级", "各类", "各级", "相关", "多个", "一批", "新型", "这些", "其他", "该", "本",
                 "首批", "现有", "全省", "全市", "全国", "多家", "数个", "若干", "校级", "院级")


def _log_count(n: int, linear_to: int) -> float:
    """n itself up to `linear_to`, then one more for each doubling: min(n, 4) for an article, without a cap."""
    return float(n) if n <= linear_to else linear_to + math.log2(n / linear_to)


def is_collective(text: str, n_platforms: int) -> bool:
    """Whether a sentence speaks of the article's platforms together: "这些平台", "各类平台", or a count
    equal to the number of platforms ("三大平台" in a three-platform article, not a lab's "三大中心")."""
    from .numbers import parse_number

    if n_platforms > 1 and _LISTED_UNITS.search(text):
        return True
    for m in COLLECTIVE.finditer(text):
        w = m.group(1)
        if m.group(3) and not _LEVEL_WORDS.search(m.group(3)):
            continue  # "三个联合实验室": a platform's own units; "5间国家工程技术研究中心…": a recognised kind
        if w in ("多", "各", "这些", "这几", "前述", "上述"):
            return True
        if n_platforms > 1 and parse_number(w) == n_platforms:
            return True
    return False


@dataclass
class Mention:
    start: int
    end: int
    name: str
    sent: int
    specific: bool
    quoted: bool = False
    heading: bool = False  # in a section heading or a caption line
    # How the sentence treats it (set by PlatformFinder._context).
    built: bool = False  # built, opened, launched, approved right here
    introduced: bool = False  # a sentence (or clause) opens with it and goes on to say what it is
    party: bool = False  # named as who builds, hosts or leads something else, or as someone's affiliation
    place: bool = False  # named as where something else happens
    listed: bool = False  # one item of an enumeration of several names
    extension: bool = False  # "X研发平台" folded into X: counts as a mention, never names it


@dataclass
class Platform:
    name: str
    span: tuple[int, int]  # the mention that names it best (heading subject or first full mention)
    aliases: set[str] = field(default_factory=set)
    mentions: list[tuple[int, int]] = field(default_factory=list)
    scope: list[int] = field(default_factory=list)  # sentence indices about this platform
    shared: list[int] = field(default_factory=list)  # sentences about all the article's platforms ("前述项目资金由A提供")
    # sentences whose purpose is all the platforms' but whose parties are none's partners: a notice setting up a
    # batch ("为…,打造X,市政府决定组建首批Y")
    shared_aims: list[int] = field(default_factory=list)
    section: int = -1  # the section it heads, -1 if none
    slogan_span: tuple[int, int] | None = None
    score: float = 0.0
    features: dict[str, float] = field(default_factory=dict)  # what the decision model reads (see _select)
    mates: set[str] = field(default_factory=set)  # the kept platforms a notice lists with it (see _list_mates)
    listed_with: set[str] = field(default_factory=set)  # the kept platforms of its family in any one list with it
    soft_mentions: int = 0  # bare "该中心" / "该项目" mentions
    taken_up: int = 0  # sentences of facts that open with such a back-reference ("该中心由…建设，…")
    _ms: list[Mention] = field(default_factory=list, repr=False)

    def partner_scope(self) -> list[int]:
        """The sentences whose roles may name its partners: its own and those about all platforms together."""
        return sorted(set(self.scope) | set(self.shared)) if self.shared else self.scope

    def listed_sentences(self) -> set[int]:
        """Sentences that name it only as one item of a list of several."""
        by_sent: dict[int, list[Mention]] = {}
        for m in self._ms:
            by_sent.setdefault(m.sent, []).append(m)
        return {i for i, ms in by_sent.items() if i >= 0 and all(m.listed for m in ms)}


class PlatformFinder:
    # At most this many distinct candidate names are weighed per article: grouping compares names pairwise,
    # and no news article describes more; the rest are the rarest, latest names.
    MAX_NAMES = 150

    def __init__(self, is_proper: Callable[[str], bool] | None = None) -> None:
        """`is_proper(word)`: whether a word is a known place or organisation name (glossary, CC-CEDICT)."""
        cfg = fields_config()["platform"]
        self.is_proper = is_proper or (lambda w: False)
        self.suffixes = sorted(cfg["suffixes"], key=len, reverse=True)
        self.suffix_re = alternation(self.suffixes)
        self.suffix_end_re = re.compile("(" + "|".join(map(re.escape, self.suffixes)) + ")$")
        self.generic = set(cfg["generic_words"])
        self.specific_prefixes = tuple(cfg["specific_prefixes"])
        self.left_stops = set(cfg["left_stops"])
        self.anaphora = tuple(cfg["anaphora"])
        self.build_re = alternation(cfg["build_verbs"])
        self.max_platforms = int(cfg["max_platforms"])
        self.not_names = set(cfg.get("not_names", []))
        self.name_verbs = set(cfg["name_verbs"])
        self.region_words = set(cfg["region_words"])
        self.place_abbr = set(cfg["place_abbreviations"])
        self.provinces = set(cfg["provinces"])
        self._province_re = re.compile("^(" + "|".join(map(re.escape, sorted(self.provinces, key=len, reverse=True))) + ")")
        self.found_verbs = {"组建", "成立", "设立", "筹建", "建设", "共建", "揭牌", "挂牌", "打造", "新建", "创建", "启用", "获批",
                            "批准", "认定", "命名", "授牌"}
        # "…两所国家重点实验室": a count, its measure word and a kind (see _counted_heads).
        self._counted_kind_re = re.compile(r"(两|二|三|四|五|六|七|八|九|十|\d{1,2})(所|个|家|间|座)([\u4e00-\u9fff]{0,8}?(?:"
                                           + "|".join(map(re.escape, self.suffixes)) + "))")
        self._kinds: dict[str, str] = {}  # kind_of cache: names recur across an article's mentions
        # The decision: given the candidates (with `features`), the probability that each is a platform of the
        # article; None keeps the hand weights (summarizer.decide sets a trained model).
        self.decide: Callable[[list[Platform]], list[float]] | None = None
        self.threshold = 0.5  # the probability from which the model keeps a candidate
        self.anaphor_re = re.compile("(" + "|".join(map(re.escape, self.anaphora)) + ")(" + "|".join(
            map(re.escape, self.suffixes + ["项目"])) + ")")

    # ---- names ----------------------------------------------------------------------------------
    def suffix_of(self, name: str) -> str:
        m = self.suffix_end_re.search(name)
        return m.group(1) if m else ""

    def kind_word_list(self, name: str) -> list[str]:
        """The words a platform may be called back by: every kind its name ends with, longest first (数据中心, 中心),
        and 园区 for a park (软件园, 科技园)."""
        base = _NAME_BRACKET.sub("", name)
        words = {x for x in self.suffixes if base.endswith(x)}
        if self.kind_of(name).endswith("园") and self.kind_of(name) != "园区":
            words.add("园区")
        return sorted(words, key=len, reverse=True)

    def kind_words(self, name: str) -> str:
        """`kind_word_list` as a regular-expression alternation."""
        return "|".join(map(re.escape, self.kind_word_list(name)))

    def kind_of(self, name: str) -> str:
        """The bare noun a platform is referred back to by: 中心 for 创新中心, 联盟 for 创新联盟."""
        kind = self._kinds.get(name)
        if kind is None:
            if len(self._kinds) > 100_000:  # bounded: an archive run sees millions of names
                self._kinds.clear()
            base = _NAME_BRACKET.sub("", name)
            kind = self._kinds[name] = min((x for x in self.suffixes if base.endswith(x)), key=len, default="")
        return kind

    def _head(self, name: str) -> str:
        base = _NAME_BRACKET.sub("", name)
        sfx = self.suffix_of(base)
        return base[: len(base) - len(sfx)] if sfx else base

    def candidates(self, tokens: list[Token], text: str = "") -> list[tuple[int, int, str, bool]]:
        """(start, end, name, specific) for every name ending in a platform kind in a sentence; `text` is the
        article (to read brackets and joins around the tokens)."""
        out = []
        for j, tok in enumerate(tokens):
            sfx = self.suffix_of(tok.text)
            if not sfx and j > 0 and tokens[j - 1].end == tok.start:
                # A kind LAC cut in two ("研发/v 大楼/n"): the name ends here all the same.
                two = self.suffix_of(tokens[j - 1].text + tok.text)
                sfx = two if len(two) > len(tok.text) else ""
            if not sfx:
                continue
            nxt = tokens[j + 1] if j + 1 < len(tokens) else None
            if nxt is not None and nxt.start == tok.end and (
                    (self.suffix_of(nxt.text) and nxt.tag in ("n", "vn", "ORG", "nz"))
                    or nxt.text in ("分中心", "分院", "分部", "分所", "分园", "园区", "大楼", "分中", "楼")
                    or self.suffix_of(tok.text + nxt.text) == tok.text + nxt.text):
                continue  # "创新 中心 实验室", "…研究院 分院": let the longer name end later
            if nxt is not None and nxt.start == tok.end and nxt.text in _MODIFIES_NEXT:
                continue  # "数据中心 集群", "平台 经济": the kind word qualifies another noun
            if tok.tag == "m" and _COUNT_LEAD.match(tok.text):
                continue  # "两家工程技术研究中心/m": a count of a kind, whose names stand before it (_counted_heads)
            k = self._left_edge(tokens, j)
            # "共建贵金属实验室/v": LAC glued the verb that founds it to the name; the name starts after the verb.
            # (LAC may tag the whole "共建智能检测研究院" as one organisation: a name never opens with 共建/组建/筹建)
            glued = next((x for x in range(j, k - 1, -1) if (self._glued_verb(tokens[x].text) or x == k < j
                                                              and self._verb_and_head(tokens[x])) and (
                tokens[x].tag in ("v", "vn") or tokens[x].tag in ("ORG", "nz") and _FOUNDING_LEAD.match(tokens[x].text))), None)
            if glued is not None:
                k = glued
            first = tokens[k]
            start, end = first.start, tok.end
            name = "".join(t.text for t in tokens[k : j + 1])
            if glued is not None:
                cut = len(self._glued_verb(first.text) or self._glued_verb(first.text, 2))
                start, name = start + cut, name[cut:]
            if text:
                start, end, name = self._extend(tokens, k, j, start, end, name, text)
            # Blanks, and the 市/县 of a place cut in two ("运城|市铜基新材料…实验室"), are no part of a name.
            lead = re.match(r"\s+|[市县](?!场)", name)
            if lead and (lead.group(0).isspace() or bool(text) and start > 0 and _CJK_CHAR.match(text[start - 1])):
                start += lead.end()
                name = name[lead.end():]
            builder = _BUILDER_GLUED.match(name) or _VISIT_GLUED.match(name)
            if builder:  # "重庆某某科技有限公司建微生物科技研究院" read as one organisation: who builds (or visits), then the name
                start += builder.end()
                name = name[builder.end():]
            lead = _DESCRIBED_LEAD.match(name)
            if lead and len(name) - lead.end() > len(sfx) + 1:
                # "省级重点项目达州X产业园", "在Y的带领下青海省X实验室": what it is said to be, or the clause before it
                start += lead.end()
                name = name[lead.end():]
            both = re.match(r"^(.{3,30}?)暨(?=.{3})", name)
            if both and self.suffix_of(both.group(1)) and len(both.group(1)) > len(self.suffix_of(both.group(1))) + 1:
                # "X产业园暨Y算力中心揭牌": two platforms opened in one ceremony, glued into one token
                first_name = both.group(1)
                out.append((start, start + len(first_name), first_name,
                            self.is_specific(first_name) and not first_name.startswith(_GENERIC_LEAD)))
                start += both.end()
                name = name[both.end():]
            counted = _COUNTED_NAME.match(name)
            if counted and not any(d in name for d in _DASHES):
                continue  # "5间国家工程技术研究中心香港分中心": the kind counted; its members are named elsewhere
            if counted and len(name) - counted.end() > len(sfx):
                start += counted.end()  # "一系列高能级创新平台——X": X, introduced by the series it is one of
                name = name[counted.end():]
            if name[:1] in ("如", "像") and len(name) >= 5 and bool(text) and not self.is_proper(name[:2]) and (
                    text.count(name[1:]) > text.count(name) or start == 0 or text[start - 1] in "。，,；;：:！？\n"):
                # "如之江实验室由…": "for example" opening a clause, or before a name the text uses alone (not 如皋)
                start, name = start + 1, name[1:]
            joined = _JOINED.match(name)
            if joined:  # "国立成功大学与工业技术研究院" tagged as one organisation: two names, this one is the last
                start += joined.end()
                name = name[joined.end():]
            if len(name) > 40 or len(name) <= len(sfx) or name in self.not_names \
                    or name.endswith(_NOT_NAME_ENDS) and not name.endswith(_COMPUTING_DISPATCH) \
                    or _SLOGAN.search(name):
                continue
            # "开发了一个新型人工智能平台": an indefinite article introduces a description, not a name.
            specific = (self.is_specific(name, tokens[k : j + 1]) or self._place_bracket(tokens, j) and name.endswith(("）", ")"))) \
                and not (k > 0 and tokens[k - 1].text in _INDEFINITE) and not name.startswith(_GENERIC_LEAD) and not counted
            out.append((start, end, name, specific))
        return out

    def _glued_verb(self, word: str, min_rest: int = 3) -> str:
        """The founding verb a token opens with before a name of at least `min_rest` characters ("共建" of
        "共建贵金属实验室", "合作共建" of "合作共建钛金属实验室"), or ""."""
        lead = re.match(r"(?:合作|联合|共同|携手)?", word).group(0)  # "合作共建钛金属实验室/vn"
        verb = next((v for v in self.found_verbs if word.startswith(v, len(lead)) and len(word) >= len(lead) + len(v) + min_rest), "")
        return lead + verb if verb else ""

    def _verb_and_head(self, tok: Token) -> bool:
        """Whether a verb token is a founding verb glued to the first two to four characters of the name after
        it ("共建智造/v 未来/TIME 研究院", "共建智联未来/v 研究院": LAC's cut, the name is 智造未来研究院), not a verb and
        its complement ("建成投用", "打造成为")."""
        verb = self._glued_verb(tok.text, 2) if tok.tag == "v" else ""
        rest = tok.text[len(verb):]
        return bool(verb) and len(rest) <= 4 and not _VERB_REST.match(rest)

    def _left_edge(self, tokens: list[Token], j: int) -> int:
        k = j
        while k > 0:
            prev = tokens[k - 1]
            if prev.end != tokens[k].start:
                break  # a space or a line break between: not one name
            if prev.text in (")", "）") and k >= 3:
                # "雄安城市计算(超算云)中心": a short parenthesis inside a name
                o = next((x for x in range(k - 2, max(-1, k - 6), -1) if tokens[x].text in ("(", "（")), None)
                inside = tokens[o : k] if o is not None else []
                byline = any(t.tag == "PER" or t.text in ("记者", "通讯员", "摄", "报道", "电") for t in inside) \
                    or any(a.end != b.start for a, b in zip(inside, inside[1:]))  # "电（记者 俞敦平）X科技园"
                if o is not None and o > 0 and tokens[o - 1].tag in _NAME_TAGS and not byline:
                    k = o
                    continue
            if prev.text in ("”", "」") and k >= 3:
                # "江州“智造谷”产业园": a brand in quotes inside the name, a place or name right before it
                o = next((x for x in range(k - 2, max(-1, k - 5), -1) if tokens[x].text in ("“", "「")), None)
                if o is not None and o > 0 and all(t.tag in _NAME_TAGS for t in tokens[o + 1 : k - 1]) \
                        and tokens[o - 1].tag in ("LOC", "ORG", "nz") and tokens[o - 1].end == tokens[o].start \
                        and len("".join(t.text for t in tokens[o + 1 : k - 1])) <= 8:
                    k = o - 1
                    continue
                o = next((x for x in range(k - 2, max(-1, k - 8), -1) if tokens[x].text in ("“", "「")), None)
                quoted = "".join(t.text for t in tokens[o + 1 : k - 1]) if o is not None else ""
                if o is not None and 2 <= len(quoted) <= 12 and not re.search(r"[，,。；;：:！？、“”「」]", quoted) \
                        and (o == 0 or tokens[o - 1].end != tokens[o].start or tokens[o - 1].tag not in _NAME_TAGS) \
                        and (o == 0 or tokens[o - 1].text not in _CONJ | {"、"}):  # (not the last of a list: "“985工程”和“211工程”…")
                    k = o  # "“乌镇之光”超算中心", "“人工智能+绿色农药”联合实验室": a name that opens with its quoted brand
                    break
            if prev.text in ("机构", "单位", "载体") and tokens[k].tag in ("ORG", "LOC"):
                break  # "综合性稀土专业研发机构包头稀土研究院": a description of the body, then its name
            if prev.text == "·" and k >= 2 and tokens[k - 2].tag in _NAME_TAGS and not self.suffix_of(tokens[k - 2].text):
                k -= 2  # "蜀山城投·环境经济产业园", "南宁·中关村创新中心" (not "中子科学城·松山湖材料实验室")
                continue
            if prev.text.endswith(("公司", "集团")) and prev.tag != "ORG":
                break  # "参股子公司凌富药物研究院": the company is not part of the institute's name
            if prev.text in _CONJ:
                # "计算与数字经济研究院" joins two fields; "湖南大学和湘江实验室" joins two names.
                # Only two fields joined before one kind word ("创新及科技园", "计算与数字经济…"), never two names or
                # two kinds of body ("大数据与人工智能研究机构和创新平台").
                left = tokens[k - 2] if k >= 2 else None
                anchored = k >= 3 and tokens[k - 3].tag in ("LOC", "ORG", "nz") and tokens[k - 3].end == left.start
                if self._field_pair(tokens, k, j):
                    k -= 2  # "资源发掘与利用国家重点实验室": two field words joined, the name goes on to the left
                    continue
                if left is None or not (left.tag in ("vn", "an") or left.text.endswith(tuple(self.name_verbs))
                                        or left.tag in ("n", "nz", "a") and anchored) \
                        or self.suffix_of(left.text) or left.text in self.left_stops or left.text.endswith(_BODIES) \
                        or j - k > 1:
                    break
                k -= 1
                continue
            if prev.tag == "v" and k >= 4 and tokens[k - 2].text in _CONJ and self._field_pair(tokens, k - 1, j):
                k -= 3  # "…发掘与利用国家重点实验室": a field verb after the conjunction of two fields
                continue
            if prev.text == "全国" and "".join(t.text for t in tokens[k : j + 1]) == "重点实验室" and k >= 2 \
                    and tokens[k - 2].end == prev.start and tokens[k - 2].tag in _NAME_TAGS \
                    and tokens[k - 2].tag != "LOC" and len(tokens[k - 2].text) >= 2:  # not "在港全国重点实验室"
                k -= 1  # "智慧城市物联网全国重点实验室": 全国 is the kind's (a state key lab's name since 2022), not "全国首个"
                continue
            joint = prev.text == "联合" and prev.tag == "vn" and tokens[k].tag not in ("ORG", "LOC", "PER")
            if not joint and (prev.text in self.left_stops or prev.text in self.anaphora) or prev.tag in ("ORG", "LOC") and any(
                    prev.text.endswith(x) for x in self.found_verbs):  # ("重庆 联合/vn 产业 孵化基地": "joint", a name's word)
                break  # ("香港科学园成立/ORG 机械人研究中心": LAC glued the verb to the place)
            if prev.tag == "TIME" and prev.text in ("现代", "未来", "当代", "新时代"):
                k -= 1  # "深圳现代产业技术创新和育成中心": LAC reads 现代 as a time
                continue
            brand_number = prev.tag == "m" and re.fullmatch(r"\d{2,4}", prev.text) is not None and k >= 2 \
                and tokens[k - 2].tag in ("n", "nz", "ORG", "LOC") and tokens[k - 2].end == prev.start \
                and tokens[k - 2].text not in self.left_stops  # "半岛1919时尚产业园": a number inside a brand
            if prev.tag == "d" and len(prev.text) == 1 and prev.text not in _ADVERBS and tokens[k].tag in ("a", "ad"):
                k -= 1  # a field's first character read as an adverb ("郑州市 超/d 硬/a 材料…", "超/d 精密/ad 加工")
                continue
            if prev.tag in ("vd", "ad") and prev.text.startswith(("联合", "协同")) and len(prev.text) > 2 and k >= 2 \
                    and tokens[k - 2].tag in ("n", "nz", "vn") and tokens[k - 2].end == prev.start:
                k -= 1  # "跨国/n 企业/n 联合创新/vd 中心": LAC reads the field word 联合创新 as an adverb
                continue
            if prev.tag not in _NAME_TAGS or len(prev.text) > 14 \
                    or prev.tag == "m" and not brand_number \
                    and not re.fullmatch(r"第[一二三四五六七八九十〇零\d]+|[A-Za-z]+\d*|\d+[A-Za-z]+", prev.text):
                break
            # A verb inside a name is a field of work ("检测认证", "孵化"); any other verb ends it on the left
            # ("举行", "采用"), as does a verb right before a proper name ("服务 湖南…").
            if prev.tag == "v" and prev.text not in self.name_verbs and k >= 2 \
                    and tokens[k - 2].text + prev.text in self.name_verbs and tokens[k - 2].end == prev.start:
                k -= 2  # LAC cut a field word in two ("中/f 试/v 平台")
                continue
            if prev.tag == "v" and k == j and tokens[k].tag == "ORG" and len(tokens[k].text) > len(self.suffix_of(tokens[k].text)) + 1 \
                    and not self.is_category(tokens[k].text):
                break  # "座谈会研究/v 龙门实验室/ORG": a whole name after a verb; the verb is the sentence's
            sandwiched = k >= 2 and tokens[k - 2].tag in ("ORG", "LOC", "nz", "n") and tokens[k - 2].end == prev.start
            if prev.tag == "v" and prev.text not in self.name_verbs and sandwiched and len(prev.text) == 2 \
                    and tokens[k].tag in ("n", "vn") and prev.text not in self.left_stops:
                k -= 1  # an unknown field word between two nouns ("河套 青年 创科 孵化 基地")
                continue
            designation = tokens[k].text.startswith(("国家", "中国", "省级", "国际"))  # "精密传感 国家工程研究中心"
            if prev.tag == "v" and (prev.text not in self.name_verbs
                                    or tokens[k].tag in ("LOC", "ORG", "PER") and not sandwiched and not designation):
                # (a field word between two names belongs to the name: "中国电信云 计算 内蒙古信息园"). Right after
                # a verb that founds it, the whole run is the name ("组建 新发 突发 重大传染病检测…中心").
                if self._verb_and_head(prev):
                    k -= 1  # the verb's token carries the name's first characters: cut where the verb ends (candidates)
                    break
                bridge = next((x for x in range(k - 1, max(-1, k - 4), -1) if tokens[x].text in self.found_verbs), None)
                if bridge is not None and all(tokens[y].tag in _NAME_TAGS and tokens[y].end == tokens[y + 1].start
                                              and tokens[y].text not in self.left_stops for y in range(bridge + 1, k)):
                    k = bridge + 1
                break
            if prev.tag == "f" and len(prev.text) > 1 and prev.text not in self.region_words:
                break
            k -= 1
        # A leading time or counting word is no part of a name.
        while k < j and (tokens[k].tag in ("m", "f", "TIME") and not re.search(r"[A-Za-z]", tokens[k].text)
                         and not (tokens[k].tag == "f" and tokens[k].text in self.region_words)):  # "西南作物…"
            k += 1
        if k < j and tokens[k].text in ("工程", "项目") and k >= 1 and re.fullmatch(r"[一二三四五六七八九十首]期", tokens[k - 1].text):
            k += 1  # "二期工程湖北莲花山人工智能研究院": the phase's works, not the name's first word
        return k

    def _extend(self, tokens: list[Token], k: int, j: int, start: int, end: int, name: str, text: str):
        """Parts of a name that LAC leaves outside its tokens: a phase or campus in brackets after it, and a
        parent named before a dash ("X国家工程研究中心—Y分中心" is one branch, named in full)."""
        m = _NAME_BRACKET.match(text, end) or re.compile(r"[一二三四五六七八九十]期(?=项目|工程|[，,。]|$)").match(text, end)
        if m:
            end, name = m.end(), name + m.group(0)
        elif self._place_bracket(tokens, j):  # "人工智能计算中心(福州)": the city in brackets names which one
            end = tokens[j + 3].end
            name = text[start:end]
        if start >= 1 and text[start - 1] in _DASHES:
            left_end = start - 1
            while left_end > 0 and text[left_end - 1] in _DASHES:
                left_end -= 1
            # The parent: a token run ending right before the dash in a platform kind or an organisation.
            i = next((x for x in range(k - 1, -1, -1) if tokens[x].end == left_end), None)
            if i is not None and (self.suffix_of(tokens[i].text) or tokens[i].tag == "ORG"):
                k0 = self._left_edge(tokens, i)
                p0 = tokens[k0].start
                parent = _COUNTED_NAME.sub("", text[p0:left_end])
                # (a description before the dash introduces the name, it is no parent: "一系列高能级创新平台——X",
                # "人工智能计算中心——成都智算中心")
                if end - p0 <= 40 and (tokens[i].tag == "ORG" or self.is_specific(parent, tokens[k0 : i + 1])):
                    return p0, end, text[p0:end]
        return start, end, name

    @staticmethod
    def _place_bracket(tokens: list[Token], j: int) -> bool:
        """Whether a place in brackets follows the kind word tokens[j] ends with ("人工智能计算中心(福州)",
        "国家超级计算中心（深圳）"): part of the name, which it makes one platform's."""
        if j + 3 >= len(tokens):
            return False
        o, place, c = tokens[j + 1], tokens[j + 2], tokens[j + 3]
        return o.text in ("(", "（") and c.text in (")", "）") and place.tag == "LOC" and 2 <= len(place.text) <= 4 \
            and tokens[j].end == o.start and o.end == place.start and place.end == c.start

    def _field_pair(self, tokens: list[Token], k: int, j: int) -> bool:
        """Whether the conjunction before tokens[k] joins two fields of one name ("作物基因资源发掘与利用国家重点
        实验室", "轮胎先进装备与关键材料国家工程研究中心", "物质绿色创造与制造海河实验室"): LAC reads it as a
        conjunction (not the preposition of "湖南大学与湘江实验室"), a short field follows it up to the kind word,
        and a field of at least two words, no body's name, precedes it."""
        if k < 2 or tokens[k - 1].tag != "c":
            return False
        # The level words of the kind ("…质量全国重点实验室") are no part of the field after the conjunction.
        right = tokens[k:j]
        while right and right[-1].text in _KIND_LEVEL:
            right = right[:-1]
        # A province's name between the field and the kind belongs to the name ("生物制品科学与技术福建省创新实验室").
        right = [t for t in right if not (t.tag == "LOC" and t.text.rstrip("省") in self.provinces)] or right
        if not right or len(right) > 4:
            return False
        left = tokens[k - 2]
        before = tokens[k - 3] if k >= 3 else None
        if left.end != tokens[k - 1].start or tokens[k - 1].end != tokens[k].start:
            return False
        # "，模拟与混合信号集成电路全国重点实验室主任…": at a clause's start one field word may stand before it.
        # (So may it after a particle or preposition: "依托X建设的眼表与角膜病重点实验室".)
        one_word = before is None or before.end != left.start or before.tag in ("w", "u", "p") \
            or before.text in self.left_stops
        words = (left.text,) + (() if one_word else (before.text,)) + tuple(t.text for t in right)
        if any(w.endswith(_BODIES) or self.suffix_of(w) or w in self.left_stops for w in words):
            return False
        if one_word:  # ("脑与认知科学…": one character will do, a noun)
            return (left.tag in ("n", "vn", "nz") and len(left.text) >= 2 or left.tag == "n") and 2 <= len(right) <= 3 \
                and all(t.tag in ("n", "nz", "vn") for t in right)
        # A verb before the conjunction pairs with a verb after it ("发掘与利用"), not a noun ("聚集地/v和人工智能…").
        return (left.tag in ("n", "vn", "nz", "a") or left.tag == "v" and right[0].tag in ("v", "vn")) and len(left.text) >= 2 \
            and before.tag in ("n", "nz", "vn", "a", "f", "LOC") and all(t.tag in ("n", "nz", "vn", "v", "a", "ORG") for t in right)

    def is_specific(self, name: str, toks: list[Token] | None = None) -> bool:
        """A name, not a description: it carries a place or organisation (LAC's tags, the glossary,
        CC-CEDICT's proper nouns), a code (5G, 1024), a national prefix, or a long non-generic modifier
        ("储能电池安全检测公共服务中心" names one facility; "公共算力服务平台" describes any)."""
        head = self._head(name)
        if len(head) < 2 or head.rstrip("省") in self.provinces:
            return False  # "云南实验室", "广东省实验室": a province's programme, not one platform
        if toks:
            if any(t.tag in _PROPER_TAGS and len(t.text) >= 2 and (t.text != name or len(head) >= 2) for t in toks):
                return True
            if any(len(t.text) >= 2 and t.text != name and self.is_proper(t.text) for t in toks):
                return True
        # A code (5G, 1024) counts, not an abbreviation glossed in parentheses ("人工智能（AI）").
        if self.is_proper(head) or re.search(r"[A-Za-z0-9]{2,}", re.sub(r"[（(][^）)]*[）)]", "", head)):
            return True
        pre = next((x for x in self.specific_prefixes if head.startswith(x)), "")
        if pre and len(head) >= 4 and not self._all_generic(head[len(pre):]):
            return True
        if len(head) >= 3 and head[0] in self.place_abbr and head[1] in self.place_abbr:
            return True  # "港深创新及科技园", "中德产业创新与合作中心", "粤港澳…"
        return len(head) >= 6 and not self._all_generic(head)

    def is_category(self, name: str) -> bool:
        """A category, not one platform: what is left of the name after a province or city, level words
        (国家, 省级, 市级 …) and generic words is nothing ("江苏省实验室", "国家工程实验室", "潍坊市制造业创新中心")."""
        head = _LEVEL_WORDS.sub("", self._province_re.sub("", _PLACE_LEAD.sub("", self._head(name))))
        if len(head) == 1 and head in self.place_abbr and len(self._head(name)) > 1:
            return True  # "(在)港全国重点实验室": the state key labs in Hong Kong, a place's abbreviation and a level
        return not head or self._all_generic(head)

    def is_status(self, name: str) -> bool:
        """A level a platform is recognised at, not a platform: a category with a level word in it (国家级, 省级,
        全国, 省部共建, 制造业 …). A place with generic words ("长春新区智算中心") may still name one."""
        if _STATUS_WORDS.search(name) and self.is_category(name):
            return True
        # A province and a programme's kind and nothing else ("青海省工程技术研究中心", of 《青海省工程技术研究中心管理
        # 办法》 and its list of members) is the province's programme; no page of the 94 or the blind sets has one
        # as a platform. (A city's may be one facility: "长春新区智算中心".)
        base = _NAME_BRACKET.sub("", name)
        m = self._province_re.match(base)
        return m is not None and _PROVINCE_PROGRAMME.fullmatch(base[m.end():]) is not None

    def _all_generic(self, head: str) -> bool:
        i = 0
        while i < len(head):
            for j in range(min(len(head), i + 4), i, -1):
                if head[i:j] in self.generic:
                    i = j
                    break
            else:
                return False
        return True

    # ---- article level --------------------------------------------------------------------------
    def sentences_to_tag(self, doc: Doc) -> list[int]:
        return [i for i, s in enumerate(doc.sentences) if self.suffix_re.search(s.text)]

    def names_seen(self, doc: Doc) -> list[str]:
        """Every specific name of a platform kind the last `find` on this doc saw, kept or not (the institutes,
        parks and parents an article names are organisations to the partner step)."""
        return list(getattr(doc, "_platform_names", []))

    def find(self, doc: Doc) -> list[Platform]:
        need = self.sentences_to_tag(doc)
        doc.tag(need)
        mentions = self._mentions(doc, need)
        doc._platform_names = sorted({m.name for m in mentions if m.specific and len(m.name) >= 4
                                      and not any(v in m.name for v in self.found_verbs)}, key=len, reverse=True)
        cands = self._group(doc, mentions)
        headed = self._from_headings(doc, cands)
        platforms = self._fold_shared_heads(self._select(doc, cands, headed), cands)
        self._drop_nested(platforms)
        self._former_latter(doc, platforms)
        self._assign_scopes(doc, platforms)
        return platforms

    @staticmethod
    def _drop_nested(platforms: list[Platform]) -> None:
        """A mention inside another platform's longer mention names that one ("上海徐汇软件基地" inside
        "上海徐汇软件基地马鞍山软件园项目"): the sentence is about the park, not the base. A platform keeps its
        mentions where all of them are such (it is only ever named inside the other's name)."""
        spans = [(m.start, m.end, k) for k, p in enumerate(platforms) for m in p._ms if m.sent >= 0]

        def inside(k: int, a: int, b: int) -> bool:
            return any(j != k and s <= a and b <= e and e - s > b - a for s, e, j in spans)

        for k, p in enumerate(platforms):
            keep = [m for m in p._ms if not (m.sent >= 0 and inside(k, m.start, m.end))]
            if len(keep) != len(p._ms) and any(m.sent >= 0 for m in keep):
                p._ms = keep
                p.mentions = [x for x in p.mentions if not inside(k, *x)]

    @staticmethod
    def _former_latter(doc: Doc, platforms: list[Platform]) -> None:
        """"分别为P和Q。前者将以…为依托，…；后者则…": 前者 and 后者 opening a clause are mentions of the first and the
        second of the two platforms the sentence before (or the same one, earlier) names."""
        if len(platforms) < 2:
            return
        firsts: dict[int, list[tuple[int, int]]] = {}  # sentence → (first mention start, platform)
        for k, p in enumerate(platforms):
            for m in p._ms:
                if m.sent >= 0 and m.specific and not any(q == k for _, q in firsts.get(m.sent, [])):
                    firsts.setdefault(m.sent, []).append((m.start, k))
        for i, s in enumerate(doc.sentences):
            for x in _FORMER_LATTER.finditer(s.text):
                at = s.start + x.start(1)
                pair = next((sorted(firsts[j]) for j in (i, i - 1) if j >= 0 and len(firsts.get(j, [])) == 2
                             and all(a < at for a, _ in firsts[j])), None)
                if pair is None:
                    continue
                p = platforms[pair[0 if x.group(1) == "前者" else 1][1]]
                m = Mention(at, at + 2, x.group(1), i, True)
                p._ms.append(m)
                p.mentions.append((at, at + 2))

    @staticmethod
    def _fold_shared_heads(platforms: list[Platform], cands: list[Platform]) -> list[Platform]:
        """A name that ends two or more platforms' names ("在南宁、柳州及桂林分别建设中小企业创新创业示范园" beside
        "中国(南宁)中小企业创新创业示范园" …) speaks of them together: not a platform of its own, kept or not, its
        mentions are each of theirs (so who builds "them" builds each)."""
        shared = set()
        for p in cands:
            heirs = [q for q in platforms if q is not p and len(q.name) >= len(p.name) + 2 and q.name.endswith(p.name)]
            if len(heirs) < 2:
                continue
            shared.add(id(p))
            for q in heirs:
                q._ms.extend(m for m in p._ms if m.sent >= 0)
                q.mentions.extend((m.start, m.end) for m in p._ms if m.sent >= 0)
        return [p for p in platforms if id(p) not in shared]

    def _mentions(self, doc: Doc, idx: list[int]) -> list[Mention]:
        out: list[Mention] = []
        art = doc.article
        if art.title and self.suffix_re.search(art.title):
            # The headline names the article's subject: its names are mentions too (sentence -1).
            for c in self.candidates(doc.title_tokens(), doc.text):
                out.append(Mention(c[0], c[1], c[2], -1, c[3], heading=True))
        for i in idx:
            s = doc.sentences[i]
            cands = self.candidates(doc.tokens(i), doc.text)
            # A name in quotes is given as a name ("共同成立的「南部先进封装研究中心」"): the whole quoted
            # text, even where LAC would cut it, unless it describes ("“创新中心”").
            quoted = []
            for m in _QUOTED.finditer(s.text):
                name = m.group(1)
                sfx = self.suffix_of(name)
                if sfx and 4 <= len(name) <= 32 and not self._all_generic(name[: -len(sfx)]) \
                        and not name.startswith(_GENERIC_LEAD) and not _SLOGAN.search(name) and not re.search(r"[+＋/|]", name) \
                        and not _COUNTED_NAME.match(name):  # "“两个稀土基地”建设": a programme's slogan counts its kind
                    a = s.start + m.start(1)
                    cands = [c for c in cands if not (a <= c[0] and c[1] <= a + len(name))]
                    quoted.append((a, a + len(name), name, True))
            for c in cands:
                out.append(Mention(c[0], c[1], c[2], i, c[3], heading=s.is_heading))
            for c in quoted:
                out.append(Mention(c[0], c[1], c[2], i, True, quoted=True, heading=s.is_heading))
        out += self._shared_kind(doc, out)
        out += self._counted_heads(doc, idx)
        out += self._full_before_short(doc, idx, out)
        out = self._join_branches(doc, out)
        for m in out:
            self._context(doc, m)
        return out

    def _place_prefix(self, prefix: str) -> bool:
        """Whether what a headline's name adds before the body's is a place ("哈尔滨", "哈尔滨市"), not the part of
        the name the body's mention lost ("先进制造科学与" of "…与技术广东省实验室", a cut at 与)."""
        return bool(prefix) and (self.is_proper(prefix) or prefix.endswith(("省", "市", "区", "县"))
                                 and self.is_proper(prefix[:-1]))

    def _join_branches(self, doc: Doc, mentions: list[Mention]) -> list[Mention]:
        """"生物反应器工程全国重点实验室新疆基地": a name cut at its parent's kind word ("重点实验室新疆基地", the
        tagger's) is the parent's branch, named whole from the parent's start. Linear: mentions by sentence."""
        by_sent: dict[int, list[Mention]] = {}
        for m in mentions:
            by_sent.setdefault(m.sent, []).append(m)
        out, parents = [], set()
        for m in mentions:
            kind = next((k for k in self.suffixes if m.name.startswith(k) and len(m.name) > len(k) + 1), "")
            parent = next((p for p in by_sent.get(m.sent, ()) if kind and p is not m and p.start < m.start < p.end <= m.end
                           and doc.text[m.start:p.end] == kind and p.name.endswith(kind)), None) if kind else None
            if parent is not None:
                m = Mention(parent.start, m.end, doc.text[parent.start:m.end], m.sent, True, heading=m.heading)
                parents.add(id(parent))  # (named here only as the branch's parent: no mention of its own)
            out.append(m)
        return [m for m in out if id(m) not in parents]

    def _full_before_short(self, doc: Doc, idx: list[int], mentions: list[Mention]) -> list[Mention]:
        """"位于X区的<full name>项目(简称“Y中心”)": the article gives the full name once, before its short form; a
        long name the tagger cuts is still the name, from the clause's start (after 的 or a comma) to the bracket."""
        out = []
        for i in idx:
            s = doc.sentences[i]
            for a in _SHORT_FOR.finditer(s.text):
                if not self.suffix_of(a.group(1)):
                    continue
                left = s.text[max(0, a.start() - 40) : a.start()]
                cut = max(left.rfind(c) for c in "，,；;。：:的、") + 1
                cut = max([cut] + [left.rfind(q) + 1 for q in "“「『\""])  # a quoted name is the quoted text
                name = left[cut:].strip("“”「」『』\" ")
                name = name[:-2] if name.endswith("项目") else name
                name = self._after_actor(doc.tokens(i), s.start + a.start() - len(name), name)
                sfx = self.suffix_of(name)
                if len(name) < 6 or not sfx or self._all_generic(name[: -len(sfx)]) or name == a.group(1):
                    continue
                start = s.start + a.start() - len(left) + left.index(name, cut)
                if not any(m.start <= start and m.end >= start + len(name) for m in mentions):  # not a name already
                    out.append(Mention(start, start + len(name), name, i, True, heading=s.is_heading))
        return out

    def _after_actor(self, toks: list[Token], start: int, name: str) -> str:
        """"…成员隆刚同志召集市直部门统筹调度黄石(上海)离岸科创中心(以下简称…)": a clause that opens with who acts
        and what they do gives the name after the last person or acting verb (a left stop of two characters or more)."""
        end = start + len(name)
        cut = max((t.end for t in toks if start < t.end < end and t.start >= start
                   and (t.tag == "PER" or len(t.text) >= 2 and t.text in self.left_stops and t.tag in ("v", "vd", "p", "c", "d"))),
                  default=start)  # (a verb's: 全国 opens 全国一体化…分中心)
        return name[cut - start :]

    def _shared_kind(self, doc: Doc, mentions: list[Mention]) -> list[Mention]:
        """"潇湘、麓山、洞庭实验室揭牌": an enumeration of short proper heads before one name shares its kind word,
        so each head names a platform of that kind too (潇湘实验室, 麓山实验室). Not field words ("大数据、人工智能
        实验室"), nor heads that carry a kind of their own."""
        out = []
        for m in mentions:
            sfx = self.suffix_of(m.name)
            head = m.name[: len(m.name) - len(sfx)] if sfx else ""
            if not (2 <= len(head) <= 4) or self._all_generic(head):
                continue
            run = _SHARED_KIND_RUN.search(doc.text, max(0, m.start - 30), m.start)
            if run is None:
                continue
            at = run.start()
            for item in run.group(0).split("、")[:-1]:
                if item and not self._all_generic(item) and not self.suffix_of(item) and not self.is_category(item + sfx):
                    out.append(Mention(at, at + len(item), item + sfx, m.sent, m.specific, heading=m.heading))
                at += len(item) + 1
        return out

    def _counted_heads(self, doc: Doc, idx: list[int]) -> list[Mention]:
        """"设立智慧城市物联网和月球与行星科学两所国家重点实验室", "A、B两个工程研究中心": names listed before a
        count and one kind word (a level and generic words only) share it, each naming a platform of that kind
        ("智慧城市物联网国家重点实验室"). The count must match the items, split at 、 and then at the conjunction
        (和, 及 before 与, which also joins two fields inside one name)."""
        out: list[Mention] = []
        for i in idx:
            s = doc.sentences[i]
            for m in self._counted_kind_re.finditer(s.text):
                kind = re.sub(r"^(?:国家级|省级|市级|区级|县级)", "", m.group(3))  # "A、B两个省级…中心": A…中心
                if not kind or "级" in kind or not self.is_category(kind):
                    continue
                n = parse_count(m.group(1))
                clause = max(s.text.rfind(c, 0, m.start()) for c in "，,。；;：:“”「」") + 1
                heads = s.text[clause : m.start()]
                heads = heads[:-1] if heads.endswith("等") else heads  # "A、B和C等3个…"
                items = _split_items(heads, n)
                if not items:
                    continue
                # The first item's left edge is a name's: LAC's tokens up to where it ends.
                toks = doc.tokens(i)
                first_end = s.start + clause + heads.index(items[0]) + len(items[0])
                b = max(items[0].rfind("("), items[0].rfind("（"))
                probe = first_end - (len(items[0]) - b) if items[0].endswith((")", "）")) and b > 0 else first_end
                # ("福州闽都(光电信息)、厦门嘉庚(能源材料)等7家…": the name's edge is found before its bracket)
                j = next((x for x, t in enumerate(toks) if t.end == probe), None)
                if j is None:
                    continue
                a = toks[self._left_edge(toks, j)].start - s.start
                if a < clause or a >= probe - s.start:
                    continue
                items[0] = s.text[a : first_end - s.start]
                at = s.start + a
                for item in items:
                    at = doc.text.find(item, at)
                    name = item + kind
                    if len(item) < 2 or self._all_generic(item) or self.suffix_of(item) or item.endswith(_BODIES) \
                            or not self.is_specific(name):
                        break
                    out.append(Mention(at, at + len(item), name, i, True, heading=s.is_heading))
                    at += len(item)
        return out

    def _context(self, doc: Doc, m: Mention) -> None:
        """How the sentence treats a mention (see Mention)."""
        if m.sent < 0:  # the title names; the body says how. Only a count before it makes it a category there.
            a = doc.article.title_span[0]
            m.party = _signs_in(doc.text, m.start, m.end)  # "X与Y签署共建Z协议": X, Y sign; Z is the news
            if re.search(r"(\d+|[一二两三四五六七八九十]+)(个|家|所|大|类|批)$", doc.text[max(a, m.start - 4) : m.start]):
                m.specific = False
            return
        text, s = doc.text, doc.sentences[m.sent]
        q0 = m.start - 1 if m.quoted else m.start
        before = text[max(s.start, q0 - 6) : q0]
        after = text[m.end + (1 if m.quoted else 0) : min(s.end, m.end + 40)]
        after = re.sub(r"^[(（][^()（）]{0,30}[)）]", "", after)  # "X(创新中心载体:…)被认定为"
        after = re.sub(r"^([A-Za-z]{2,4}|[\u4e00-\u9fff]{2,8}?(新区|园区|开发区|高新区|经开区))?项目", "项目", after)[:14]
        after_t = re.sub(r"^(项目)?(今天|今日|昨天|昨日|日前|近日|正式|已经|已|将|也|均|于\d+月\d+日|\d+日|（\d+）日|\(\d+\)日|"
                         r"顺利|成功|隆重|率先|同步|同时|当天|首批|获批|被)*", "", after)
        clause_start = max(text.rfind(c, s.start, m.start) for c in "，,；;：:") + 1
        lead = text[max(s.start, clause_start) : q0].strip("“”「」『』\" ")
        m.built = bool(self.build_re.match(after_t)) or bool(
            re.search(r"(成立|共建|组建|建设|建成|打造|揭牌|设立|筹建|投建|开工建设|新建|获批建设|认定|入选|承建|兴建|建造|创建|创办|建设运营)(的|了)?"
                      r"[“「『\"]?$", before)) or bool(_CEREMONY.match(after)) or bool(_RECOGNISED_LIST.search(text, max(s.start, q0 - 40), q0))
        clause_end = min([x for x in (text.find(c, m.end, s.end) for c in "，,；;。") if x >= 0] or [s.end])
        opens = not lead or bool(re.fullmatch(r"(其中|此外|另外|同时|而|目前|据介绍|据了解|据悉|当前|如今|今年|去年|"
                                               r"\d+月\d+日|[^，,]{0,6}以来)?[，,]?", lead)) or bool(_FIGURE_LEAD.fullmatch(lead))
        # (not "X院长甲、Y市长乙代表双方签约": the people act, X is their affiliation)
        m.built = m.built or opens and not _SPEAKER.match(after) and bool(self.build_re.search(text, m.end, clause_end)
                                            or _SAYS_WHO_BUILDS.match(text, m.end, s.end) or _IS_BUILT_BY.match(text, m.end, s.end))
        m.introduced = (not lead or bool(re.fullmatch(r"(其中|此外|另外|同时|而|目前|据介绍|据了解|据悉|当前|如今|今年|去年|"
                                                      r"\d+月\d+日|[^，,]{0,6}以来)?[，,]?", lead))) \
            and bool(_INTRODUCES.match(after))
        # "X自2023年9月开园以来，已进驻…": the sentence dates X's opening.
        m.built = m.built or bool(_SINCE_OPENED.match(text, m.end, s.end))
        # "X主任王明介绍，该实验室由Y牵头建设": a later clause of its sentence takes X up by its kind and says who builds it.
        if not m.built and m.specific:
            words = self.kind_words(m.name)
            back = words and re.search(rf"[，,；;](?:该|这个|这家|本|此|这座|这所)(?:{words})", text[clause_end : s.end])
            if back:
                at = clause_end + back.end()
                m.built = bool(_SAYS_WHO_BUILDS.match(text, at, s.end) or self.build_re.match(text, at, s.end))
        # "与中试平台同步揭牌的，还有X": X opened too.
        if re.search(r"(还有|另有|以及)$", before) and self.build_re.search(text, s.start, m.start):
            m.built = True
        m.place = bool(_PLACE_BEFORE.search(before))
        m.built = m.built and not m.place  # "在X揭牌": X is where something else opens
        # "于2020年5月成立的X团队成员…": the clause tells X's founding, so its team is X's own, X no one's affiliation.
        speaker = bool(_SPEAKER.match(after)) and not _FOUNDED_BEFORE.search(before)
        m.introduced = m.introduced and not speaker
        cosigner = bool(re.search(r"(与|同|和|及|、)$", before)) and bool(_COSIGNS.match(after))
        signs = bool(_SIGNS_WITH.match(text, m.end + (1 if m.quoted else 0), s.end))
        m.party = speaker or bool(_PARTY_BEFORE.search(before) or _ACTS_AS_PARTY.match(after) or cosigner or signs) \
            and not m.introduced
        if _PARENT_OF_NEXT.match(text, m.end, s.end):
            m.party, m.built = True, False  # "X所属的Y", "X应用技术所、…": the parent of the body named next
        if _AS_UNIT.match(text, m.end, s.end):
            m.party, m.built = True, False  # what its clause builds is another's: it is named as one of the builders
        # "签署共建服务型制造研究院合作协议": what a founding verb creates is named, even by a short plain head (a
        # place-less name the founding sentence gives it); not a bare description ("共建创新中心") or a category.
        if not m.specific and re.search(r"(?:共建|组建|筹建|成立|设立|创建|创办)$", before):
            head = self._head(m.name)
            m.specific = len(head) >= 4 and not self._all_generic(head) and not self.is_category(m.name) \
                and not m.name.startswith(_GENERIC_LEAD)
        # "国家工程实验室之一", "第二批重庆市制造业创新中心": a category the platform belongs to, not a name.
        # "打造跨国合作研发基地": the object of a goal is a description unless it carries a proper name.
        if re.search(r"(打造|打造成为?|建设成为?|建成为?|成为|争创|创建)(一个|一家|一座|国内|全国|国际)?$", before) and not any(
                t.tag in ("LOC", "ORG") for t in doc.tokens(m.sent) if m.start <= t.start < m.end):
            m.specific = False
        # "科技创新平台集中推介会", "算力中心建设推进会": the name of an event, not of a platform; the ceremony that
        # founds or opens it, right after its name ("X成立大会", "X揭牌仪式"), is its own event.
        if not _FOUNDING.match(after) and re.match(r"[\u4e00-\u9fff]{0,4}(推介会|推进会|大会|论坛|峰会|发布会|对接会|座谈会|现场会|观摩会|交流会|研讨会|博览会|展会)"
                    r"|(集中|同步|统一|批量)(签约|揭牌|开工|推介|亮相|发布|授牌)", after):
            m.built = False
            m.specific = False
        if re.match(r"(之一|称号|名单|序列)", after) or re.search(r"(第[一二三四五六七八九十\d]+批|首批|一批|批次)(的)?$", before) \
                or re.search(r"(\d+|[一二两三四五六七八九十]+)(个|家|所|大|类|批)$", before):
            m.specific = False
        # One item of an enumeration: "A、B、C等…" or "A、B和C": a list puts names side by side, none its subject.
        near = text[max(s.start, m.start - 2) : m.start] + "|" + text[m.end : m.end + 2]
        m.listed = bool(re.search(r"、\||\|、|\|等(?![级同])", near))

    def _group(self, doc: Doc, mentions: list[Mention]) -> list[Platform]:
        """Mentions grouped by name, then shorter names folded into the longer ones they are aliases of."""
        by_name: dict[str, Platform] = {}
        for m in mentions:
            p = by_name.get(m.name)
            if p is None:
                p = by_name[m.name] = Platform(name=m.name, span=(m.start, m.end), aliases={m.name})
            p._ms.append(m)
            p.mentions.append((m.start, m.end))
        # "X(简称“Y”)", "X（以下简称Y）": Y is X's alias, whatever it looks like; so is a name of the same kind in
        # brackets right after X ("X实验室(Y实验室)") or one X is named as ("X…正式命名为Y", "又称Y").
        for m in mentions:
            at = m.end + (1 if m.quoted else 0)
            a = _SHORT_FOR.match(doc.text, at) or _BRACKETED.match(doc.text, at)
            if a and a.re is _BRACKETED and _kind_family(self.kind_of(a.group(1))) != _kind_family(self.kind_of(m.name)):
                a = None
            if a is None and m.sent >= 0:
                a = _NAMED_AS.search(doc.text, at, min(doc.sentences[m.sent].end, at + 30))
            short = by_name.get(a.group(1)) if a else None
            if short is not None and short is not by_name.get(m.name):
                full = by_name[m.name]
                full.aliases |= short.aliases
                full._ms += short._ms
                full.mentions += short.mentions
                del by_name[short.name]
        self._latin_aliases(doc, by_name)
        self._contracted_aliases(doc, by_name)
        plats = list(by_name.values())
        if len(plats) > self.MAX_NAMES:  # see MAX_NAMES: the most mentioned, then the earliest
            plats.sort(key=lambda p: (-len(p._ms), p._ms[0].start))
            plats = plats[: self.MAX_NAMES]
        # A name that ends a longer one, or abbreviates it, is an alias of it (湘江实验室 ⊂ 湖南湘江实验室;
        # 中科院赣江创新研究院 ~ 中国科学院赣江创新研究院). Shortest first, into its one longer owner.
        plats.sort(key=lambda p: len(p.name))
        merged: set[int] = set()
        for a, p in enumerate(plats):
            generic = not any(m.specific for m in p._ms)
            if generic and self._all_generic(self._head(p.name)):
                continue  # a bare generic form ("创新平台") is a back-reference only where the kind is unique (soft)
            owners = [q for q in plats[a + 1 :] if id(q) not in merged and self._alias_of(p.name, q.name)]
            # "X研发平台", "X项目平台": a longer name that only adds generic words is X itself; so is "X园区" for
            # the park "X园" (news says a park both ways: 示范园 … 示范园区总建筑面积).
            if not owners and not generic:
                owners = [q for q in plats[:a] if id(q) not in merged and p.name.startswith(q.name)
                          and (self._all_generic(self._head(p.name[len(q.name):]) or "项目")
                               or p.name == q.name + "区" and q.name.endswith("园"))
                          and any(m.specific for m in q._ms)]
                if len(owners) == 1 and self.kind_of(owners[0].name).endswith("谷") \
                        and self.suffix_of(p.name[len(owners[0].name):]):
                    # "江州云谷算力产业园": a valley's name is the brand of the park named after it; the park's
                    # full name is the platform's, the brand one of its aliases.
                    q = owners[0]
                    p.aliases |= q.aliases
                    p._ms += q._ms
                    p.mentions += q.mentions
                    merged.add(id(q))
                    continue
                if len(owners) == 1:
                    q = owners[0]
                    if p.name == q.name + "区":
                        q.aliases |= p.aliases  # "X园区" is a name of the park, not X with more words
                    for m in p._ms:
                        m.extension = True
                    q._ms += p._ms
                    q.mentions += p.mentions
                    merged.add(id(p))
                    continue
            if not owners:
                continue
            longest = max(len(q.name) for q in owners)
            owners = [q for q in owners if len(q.name) == longest] if len(owners) > 1 else owners
            if len(owners) == 1:
                q = owners[0]
                q.aliases |= p.aliases
                q._ms += p._ms
                q.mentions += p.mentions
                merged.add(id(p))
        out = [p for p in plats if id(p) not in merged]
        for p in out:
            p._ms.sort(key=lambda m: m.start)
            spans = set(p.mentions)  # a mention inside a longer one of the same platform (示范园 in 示范园区) is that one
            p.mentions = sorted(x for x in spans if not any(y != x and y[0] <= x[0] and x[1] <= y[1] for y in spans))
        out.sort(key=lambda p: p._ms[0].start)
        return out

    def _latin_aliases(self, doc: Doc, by_name: dict[str, "Platform"]) -> None:
        """"…創新中心(ABC Hub)": an English short name in brackets after a name is its alias, and where the body
        uses only that short name ("ABC Hub將…"), those are mentions of it too."""
        for p in list(by_name.values()):
            for m in list(p._ms):
                a = _LATIN_SHORT.match(doc.text, m.end)
                if not a or a.group(1) in p.aliases:
                    continue
                alias = a.group(1)
                p.aliases.add(alias)
                self._alias_mentions(doc, p, re.compile(rf"(?<![A-Za-z]){re.escape(alias)}(?![A-Za-z])"),
                                     lambda at, n, bracket=a.start(1): at == bracket or (at, at + n) in p.mentions)

    def _contracted_aliases(self, doc: Doc, by_name: dict[str, "Platform"]) -> None:
        """"温州生材所" for "中国科学院温州生物材料与工程研究所", "广纳院" for "…国家纳米科技创新研究院": a
        contraction ending in the last character of an institute's kind (所, 院), whose other characters
        (two to five) appear in order in the full name's head, starting with one of its characters. Its body
        mentions are the institute's. A contraction two institutes could own, a known organisation's name
        ("中科院") or one inside a longer name is no one's."""
        owners: dict[str, list[Platform]] = {}
        # The article's runs ending in 所/院, read once (linear in the text), each once in the order they first
        # come: a contraction found earlier claims a span before a shorter one inside it.
        runs: Optional[list[str]] = None
        for p in by_name.values():
            kind = self.kind_of(p.name)
            if len(p.name) < 7 or not kind.endswith(("研究所", "研究院", "创新院", "工程院", "技术院", "设计院")):
                continue
            if runs is None:
                runs = list(dict.fromkeys(x.group(1) for x in _CONTRACTION.finditer(doc.text)))
            head = p.name[: len(p.name) - len(kind)]
            for run in runs:
                short = _contracted(run, head, kind[-1])
                if short and short not in p.aliases:
                    owners.setdefault(short, [])
                    if p not in owners[short]:
                        owners[short].append(p)
        for short, ps in owners.items():
            if len(ps) != 1 or short in by_name or self.is_proper(short):
                continue
            p = ps[0]
            p.aliases.add(short)
            self._alias_mentions(doc, p, re.compile(re.escape(short)),
                                 lambda at, n, p=p: any(a <= at < b for a, b in p.mentions))

    def _alias_mentions(self, doc: Doc, p: "Platform", rx: re.Pattern, skip: Callable[[int, int], bool]) -> None:
        """Every body match of an alias of `p` becomes a mention of it (with its context), unless `skip(start,
        length)` says it is one already."""
        for i, s in enumerate(doc.sentences):
            for x in rx.finditer(s.text):
                at, n = s.start + x.start(), len(x.group(0))
                if skip(at, n):
                    continue
                extra = Mention(at, at + n, x.group(0), i, True, heading=s.is_heading)
                self._context(doc, extra)
                p._ms.append(extra)
                p.mentions.append((at, at + n))

    def _alias_of(self, short: str, full: str) -> bool:
        """"人工智能创新中心" for "长沙人工智能创新中心" (a tail longer than the bare suffix); also a shortened
        form of the same kind whose non-generic characters appear in order in the full name ("检测中心"
        for "储能电池安全检测公共服务中心", "中科院赣江创新研究院"). Bare generic forms ("创新中心") are nobody's."""
        if short == full:
            return False
        s0, f0 = _NAME_BRACKET.sub("", short), _NAME_BRACKET.sub("", full)
        if s0 == f0 or _AND.sub("与", s0) == _AND.sub("与", f0):
            return True  # (news joins a name's fields with 与, 及 or 和 as it pleases: 晶体生长设备与/及系统集成)
        b = _PLACE_BRACKET.search(full)
        if b and "(" not in short and "（" not in short and self.is_proper(b.group(1)):
            # the place in brackets said in the run of the name, with or without its owner: "山东建筑大学烟台产学研基地"
            # and "马鞍山协同创新工作站" for "山东建筑大学产学研基地(烟台)" and "上海第二工业大学(马鞍山)协同创新工作站"
            place, bare = b.group(1), full[: b.start()] + full[b.end():]
            if place in short and len(short) > len(place) + 3 and (
                    short.replace(place, "", 1) == bare or short == place + full[b.end():]):
                return True
        if f0.endswith(s0):
            return len(s0) >= len(self.suffix_of(f0)) + 2 and not f0[: len(f0) - len(s0)].endswith(("分", "—", "-"))
        if len(f0) > len(s0) and f0.startswith(s0) and f0[len(s0)] in _DASHES:
            return not _is_branch(f0)  # "X" for "X—智慧学镇"; but X is the parent of "X—Y分中心"
        if _is_branch(f0):
            return False  # a branch is not abbreviated by its parent's words
        if len(s0) < 4 or self.kind_of(s0) != self.kind_of(f0) and not (
                self.kind_of(s0) and f0.endswith(self.kind_of(s0))):
            return False
        k = next((x for x, (a, b) in enumerate(zip(s0, f0)) if a != b), len(s0))
        if 0 < k < len(s0) and f0.endswith(s0[k:]) and self.is_proper(f0[k : len(f0) - len(s0) + k]):
            return False  # "重庆高新技术产业研究院" in "重庆荣昌高新…研究院": a place put inside is a local branch, two bodies
        head = self._head(s0)
        if not head or self._all_generic(head) or self.is_category(s0) or (s0[0] != f0[0] and head not in f0):
            return False  # nor is a category ("国家实验室" in "…材料与器件国家重点实验室")
        it = iter(f0)
        return all(c in it for c in s0)

    def _from_headings(self, doc: Doc, cands: list[Platform]) -> dict[int, int]:
        """{section: candidate index} for sections whose heading names a candidate: "名称：小标题" headings,
        and caption-like lines that name exactly one ("建设中的盈科智谷产业园")."""
        out: dict[int, int] = {}
        in_headings: dict[int, list[tuple[int, int]]] = {}  # heading sentence → (candidate, mention start)
        for k, p in enumerate(cands):
            for m in p._ms:
                if m.heading and m.sent >= 0:
                    in_headings.setdefault(m.sent, []).append((k, m.start, m.end))
        heads = {s.section: i for i, s in enumerate(doc.sentences) if s.is_heading}
        for si, sec in enumerate(doc.article.sections):
            if not sec.heading_span:
                continue
            a, b = sec.heading_span
            found = [(k, at, e) for k, at, e in in_headings.get(heads.get(si, -1), []) if a <= at < b]
            hits = sorted({k for k, at, e in found})
            # A heading line that is only a name ("香港科学园深圳分园") names that one, not the names inside it.
            whole = {k for k, at, e in found if not doc.text[a:at].strip() and not doc.text[e:b].strip("　 \t\n\r：:")}
            if len(whole) == 1:
                hits = sorted(whole)
            if sec.subject_span:
                sa, sb = sec.subject_span
                sub = [k for k in hits if any(sa <= m.start < sb for m in cands[k]._ms)]
                if len(sub) == 1:
                    for m in cands[sub[0]]._ms:  # "甲乙光电创新中心：…" names its section: a name, however plain
                        m.specific = m.specific or (sa <= m.start < sb)
                hits = sub or hits
            if len(hits) == 1:
                out[si] = hits[0]
        return out

    def _select(self, doc: Doc, cands: list[Platform], headed: dict[int, int]) -> list[Platform]:
        title = doc.article.title
        n = max(1, len(doc.text))
        # Per kind, how many sentences name each specific candidate of it: the bare kind ("实验室由…共建") is the
        # only one's, or the one the article dwells on (3+ sentences, twice any other's: a lab described at length
        # beside a "联合创新实验室" someone will set up).
        kinds: dict[str, list[int]] = {}
        for p in cands:
            if any(m.specific for m in p._ms):
                kinds.setdefault(self.kind_of(p.name), []).append(len({m.sent for m in p._ms if m.sent >= 0}))
        heading_of = {k: si for si, k in headed.items()}
        # Hosts: "X揭牌，正式落户Y" — Y is where X is, an organisation that hosts it (a partner), not a platform.
        hosts = set()
        firsts: dict[int, list[tuple[int, int]]] = {}  # sentence → (start, candidate) of every mention: linear
        for k, p in enumerate(cands):
            for m in p._ms:
                firsts.setdefault(m.sent, []).append((m.start, k))
        for k, p in enumerate(cands):
            for m in p._ms:
                if m.sent >= 0 and re.search(r"(落户|设在|设于|入驻|落地|依托)$", doc.text[max(0, m.start - 4) : m.start]) \
                        and any(q != k and a < m.start for a, q in firsts.get(m.sent, ())):
                    hosts.add(k)
                    break
        # Names that are the parent part of another candidate's full name ("X" in "X—Y分中心").
        branches = [q.name for q in cands if _is_branch(q.name)]
        parents = {p.name for p in cands for b in branches
                   if len(b) > len(p.name) and b.startswith(p.name) and b[len(p.name)] in _DASHES}
        as_project = [k for k, p in enumerate(cands) if any(
            re.match(r"([A-Za-z]{2,4}|[\u4e00-\u9fff]{2,8}?(新区|园区|开发区|高新区|经开区))?项目", doc.text[m.end : m.end + 14])
            for m in p._ms if m.specific)]
        projects: dict[int, int] = {}
        if len(as_project) == 1:
            rx = re.compile(r"(?:^|[，,])(?:该|这个|此|整个)项目|^项目")
            projects[as_project[0]] = sum(1 for s in doc.sentences if not s.is_heading and rx.search(s.text))
        for k, p in enumerate(cands):
            ms = p._ms
            specific = any(m.specific for m in ms)
            kind = self.kind_of(p.name)
            soft = 0
            rivals = kinds.get(kind, [])
            mine = len({m.sent for m in ms if m.sent >= 0})
            owns_kind = len(rivals) == 1 or (mine >= 3 and len(rivals) > 1 and sorted(rivals)[-2] * 2 <= mine == max(rivals))
            if owns_kind and specific:
                # "该中心…", "该数据中心…", "产业园规划总面积…", a park's "园区…": later bare mentions of a platform
                # that is the only one of its kind, by any kind word its name ends with.
                words = self.kind_words(p.name)
                rx = re.compile(rf"(该|这个|这家|本|此|这座|这所)\s*(?:{words})|(^|[，,；;])(目前|如今|此外|同时)?[，,]?"
                                rf"(?:{words})(?![\u4e00-\u9fff]{{0,2}}(公司|集团|大学))")
                soft = sum(1 for s in doc.sentences if not s.is_heading and rx.search(s.text)
                           and not any(a in s.text for a in p.aliases))
            p.soft_mentions = soft
            soft_facts = 0
            if soft:
                # "该中心由…共同建设，…200余个检测项目": a back-reference that opens a sentence of facts.
                lead = re.compile(rf"^(据悉|据介绍|目前|其中|此外|同时)?[，,]?(该|这个|这家|本|此|这座|这所)\s*(?:{words})")
                soft_facts = sum(1 for s in doc.sentences if not s.is_heading and lead.match(s.text)
                                 and _FACTS.search(s.text, len(kind) + 1))
                p.taken_up = soft_facts
            body = [m for m in ms if m.sent >= 0 and not m.heading]
            n_sent = len({m.sent for m in body})
            if projects.get(k):
                # "X项目…", then "项目主要包括…": the project is this platform when no other is one.
                soft += projects[k]
                p.soft_mentions = soft
            # (a signer of the headline's deal is not what the headline is about: "X与Y签署共建Z合作协议")
            in_title = any(m.sent < 0 and not m.party for m in ms) or (
                bool(title) and any(_named_in(title, a) for a in p.aliases if len(self._head(a)) >= 2)) \
                or bool(title) and _abbreviated_in(title, p.name, self.kind_of(p.name))
            built = any(m.built for m in ms)
            facts = sum(1 for m in body if m.introduced and _FACTS.search(doc.text, m.end, doc.sentences[m.sent].end)) \
                + soft_facts
            introduced = any(m.introduced for m in body)
            only_party = bool(body) and all(m.party or m.place for m in body) and not in_title and not built
            party_first = bool(body) and body[0].party and not in_title
            party_share = sum(1 for m in body if m.party) / max(1, len(body))
            only_listed = bool(body) and all(m.listed for m in body) and not in_title and not built and not facts
            # Counts weigh by their logarithm: each doubling adds the same, so a long article (or the same one
            # pasted twice) keeps the gaps between its subject and its passing mentions.
            p.score = (_log_count(n_sent, 4) + 0.6 * _log_count(soft, 3) + 2.0 * in_title + 1.2 * built + 0.5 * introduced
                       + _log_count(facts, 2) + 1.5 * (k in heading_of) + 0.8 * any(m.quoted for m in ms)
                       + (1.0 - ms[0].start / n) - 2.0 * only_party - 1.5 * party_first - 1.0 * party_share - 1.0 * only_listed
                       - 2.5 * (k in hosts and not in_title))
            p.features = {
                "rule_score": p.score, "sentences": _log_count(n_sent, 4), "soft": _log_count(soft, 3),
                "in_title": float(in_title), "built": float(built), "introduced": float(introduced),
                "facts": _log_count(facts, 2), "heading": float(k in heading_of), "quoted": float(any(m.quoted for m in ms)),
                "position": 1.0 - ms[0].start / n, "only_party": float(only_party), "party_first": float(party_first),
                "party_share": party_share, "only_listed": float(only_listed), "host": float(k in hosts and not in_title),
                "specific": float(specific), "no_body": float(not (body or soft)), "parent": float(p.name in parents),
                "listed_share": sum(1 for m in body if m.listed) / max(1, len(body)),
                "place_share": sum(1 for m in body if m.place) / max(1, len(body)),
                "built_count": _log_count(sum(1 for m in ms if m.built), 2),
                "aliases": _log_count(len(p.aliases) - 1, 2), "extension": float(any(m.extension for m in ms)),
            }
            if not specific or not (body or soft) or p.name in parents:
                # A description ("创新中心"), a name only in the headline, or the parent of a branch is no platform.
                p.score = min(p.score - 3.0, 0.0)
            named = [m for m in ms if not m.extension] or ms
            # (the body's fullest name, not a headline's longer form of it: "哈尔滨香坊区X基地" heads a report whose
            # sentences say "香坊区X基地", the name the body gives it; a full name only the headline gives stays)
            body_names = {m.name for m in named if m.sent >= 0}
            named = [m for m in named if m.sent >= 0 or not any(
                m.name.endswith(b) and self._place_prefix(m.name[: -len(b)]) for b in body_names if b != m.name)] or named
            # (nor one that opens with a description ending in a kind word, in apposition to the name it also goes
            # by: "国内首个量子人工智能计算中心太湖量子智算中心" is "太湖量子智算中心")
            said = {m.name for m in named}
            named = [m for m in named if not (_APPOSITION_BEFORE.search(doc.text, max(0, m.start - 2), m.start) and any(
                o != m.name and m.name.endswith(o) and self.suffix_of(m.name[:-len(o)]) for o in said))] or named
            longest = max(len(x.name) for x in named)
            full = next(m for m in named if len(m.name) == longest)
            p.name = full.name
            p.span = (full.start, full.end)
            if k in heading_of:
                p.section = heading_of[k]
                sec = doc.article.sections[p.section]
                if sec.slogan:
                    s0 = doc.text.find(sec.slogan, sec.subject_span[1] if sec.subject_span else sec.start)
                    if s0 >= 0:
                        p.slogan_span = (s0, s0 + len(sec.slogan))
        self._relative_features(doc, cands)
        if self.decide is not None:
            # A model trained on real gold briefs decides (summarizer/decide): its probability is the score.
            for p, prob in zip(cands, self.decide(cands)):
                p.score = prob
            # An enumeration's items share their fate: where one of them is kept, a list-mate of the same family
            # needs half the evidence (a notice names each recognised centre once, in one list).
            sure = {k for k, p in enumerate(cands) if p.score >= self.threshold}
            mates, counted, numbered, whole = self._list_mates(doc, cands)
            # A notice's numbered list under the category it confers ("确定第一批X制造业创新中心名单如下：1、…",
            # "“X”等11个项目，作为省级制造业创新中心培育对象"): the category is no platform (is_status, below), the
            # members it lists or names for a count are.
            fams = {k: _kind_family(self.kind_of(cands[k].name)) for k in numbered}
            conferred = {_kind_family(self.kind_of(p.name)) for p in cands if self.is_status(p.name)}
            for k in mates.keys() - sure:
                # A list closed by its count or by 分别 ("P、Q、R等7家…中心", "P、Q分别获批") is the notice's subject:
                # every item stands with the one that is sure.
                share = 0.0 if k in counted else LIST_MATE_SHARE
                if cands[k].score >= self.threshold * share and mates[k] & sure:
                    cands[k].score = self.threshold
            for k in numbered - sure:
                if fams[k] in conferred:
                    cands[k].score = self.threshold
            for k in whole - sure:  # "X主任甲，Y主任乙分别代表两家实验室…": as many as the notice counts
                cands[k].score = self.threshold
            # A platform built or opened here that later sentences take up ("与中试平台同步揭牌的还有X。该中心由…
            # 建设，…200余个检测项目") is a subject of its own: a full article's second platform, introduced late,
            # which the gold excerpts (~700 characters) are too short to show the model.
            for p in cands:
                if p.score < self.threshold and p.taken_up and p.features.get("built") \
                        and p.score >= self.threshold * TAKEN_UP_SHARE:
                    p.score = self.threshold
            # A recognised level the headline names ("张某检查省部共建国家重点实验室工作进展", "新增2家国家重点实验室"):
            # the headline is about the members of it that the body names ("在甲大学X省部共建国家重点实验室(拟建)，张某
            # 考察了…"), however the body's sentences treat them; not a bare kind ("智算中心").
            levels = tuple({_NAME_BRACKET.sub("", m.name) for p in cands for m in p._ms
                            if m.sent < 0 and len(_NAME_BRACKET.sub("", m.name)) >= 4 and self.is_status(m.name)})
            for p in cands:
                if levels and self.threshold > p.score >= self.threshold * HEADLINE_MEMBER_SHARE \
                        and p.features.get("specific") and not p.features.get("no_body") \
                        and _NAME_BRACKET.sub("", p.name).endswith(levels) and not self.is_category(p.name):
                    p.score = self.threshold
            # A description ("开发了一个新型人工智能平台") names nothing, however its sentences treat it; nor does a
            # status ("河北省国家级科技企业孵化器", "潍坊市制造业创新中心": a level and generic words only).
            keep = [p for p in cands if p.score >= self.threshold and not self._indefinite(doc, p)
                    and not self.is_status(p.name) and not _headquarters(doc, p.name)]
            keep = [p for p in keep if not self._counted_kind(doc, p, keep)]
            keep = [p for p in keep if not _first_of_joint(p, keep)]
            if not keep:
                keep = self._best_named(doc, cands, mates)
            keep = self._fold_campuses(keep)
            # A notice's list (closed, numbered, or counted whole): its items may share what it says of them all.
            listed = counted | numbered | whole
            kept = {id(p) for p in keep}
            for k in listed & mates.keys():
                if id(cands[k]) in kept:
                    cands[k].mates = {cands[q].name for q in mates[k] & listed if id(cands[q]) in kept}
            for k, qs in mates.items():
                if id(cands[k]) in kept:
                    cands[k].listed_with = {cands[q].name for q in qs if id(cands[q]) in kept}
            keep.sort(key=lambda p: -p.score)
            keep = keep[: self.max_platforms]
        else:
            keep = [p for p in cands if p.score >= 2.5 and not _headquarters(doc, p.name)]
            keep.sort(key=lambda p: -p.score)
            keep = keep[: self.max_platforms]
            if keep:
                # A passing mention beside a well-described platform: far weaker than the article's subject.
                top = keep[0].score
                keep = [p for p in keep if p.score >= max(min(3.2, top - 2.5), top - 6.0) or p.section >= 0]
        keep.sort(key=lambda p: p._ms[0].start)
        return keep

    @staticmethod
    def _fold_campuses(keep: list[Platform]) -> list[Platform]:
        """"湛江湾实验室" beside "湛江湾实验室龙王湾研发基地一期": a platform's campus, base or phase is the platform
        itself (a branch, 分中心/分院, is another). The two are one, under the name mentioned most."""
        out = list(keep)
        for child in keep:
            parent = next((q for q in out if q is not child and child.name.startswith(_dash_head(q.name))
                           and _CAMPUS.fullmatch(child.name[len(_dash_head(q.name)):])), None)
            if parent is None or child not in out:
                continue
            one, other = (parent, child) if len(parent._ms) >= len(child._ms) else (child, parent)
            one._ms = sorted(one._ms + other._ms, key=lambda m: m.start)
            one.mentions = sorted(set(one.mentions) | set(other.mentions))
            one.aliases |= other.aliases
            out.remove(other)
        return out

    def _counted_kind(self, doc: Doc, p: Platform, keep: list[Platform]) -> bool:
        """Whether `p` is the kind a notice counts and then lists ("新建5间国家工程技术研究中心香港分中心：1. A大学
        国家…工程技术研究中心香港分中心 …", "新增5个湖南省工程技术研究中心，其中…(湖南省X工程技术研究中心、…)"): a
        count stands before it and two or more kept platforms end with it (less its level words), and open with its
        province where it has one."""
        prov = self._province_re.match(p.name)
        place = prov.group(0) if prov and self.is_category(p.name) else ""
        # "国家…工程技术研究中心": the level may stand before the field words
        core = _LEVEL_WORDS.sub("", p.name[len(place):])
        if len(core) < 4 or sum(1 for q in keep if len(q.name) > len(p.name) and q.name.endswith(core)
                                and q.name.startswith(place)) < 2:
            return False
        return any(_COUNT_BEFORE.search(doc.text, max(0, m.start - 4), m.start) for m in p._ms)

    def _best_named(self, doc: Doc, cands: list[Platform], mates: dict[int, set[int]]) -> list[Platform]:
        """Where the model keeps nothing, the article's likeliest specific platform and its list-mates, if it is
        likely enough (NOTHING_KEPT_SHARE of the threshold): a science-and-technology news page that names a
        platform is about it far more often than not."""
        ok = [k for k, p in enumerate(cands) if p.features.get("specific") and not p.features.get("no_body")
              and not self.is_status(p.name) and not self.is_category(p.name)
              and not self._indefinite(doc, p) and not _headquarters(doc, p.name)
              and p.score >= self.threshold * LIST_MATE_SHARE]
        best = max(ok, key=lambda k: cands[k].score, default=None)
        if best is None or cands[best].score < self.threshold * NOTHING_KEPT_SHARE:
            return []
        return [cands[k] for k in ok if k == best or k in mates.get(best, ())]  # (list-mates as above)

    def _list_mates(self, doc: Doc, cands: list[Platform]) -> tuple[dict[int, set[int]], set[int], set[int], set[int]]:
        """Per candidate, the others of its kind family listed with it in one enumeration ("依托A的P、B的Q",
        "P、Q、R等7家…", "P主任甲，Q主任乙…"): items joined by 、/和/及/与 with no clause end and little text (an
        item's host) between, or by a comma after an item's head or before the next's host; the candidates of
        enumerations closed by their count or by 分别; those of numbered lists or named alone for a count ("“X”等
        11个项目"); and those of a closed enumeration whose count ("分别代表三家实验室", or the headline's) is its
        length."""
        fams = [_kind_family(self.kind_of(p.name)) for p in cands]
        by_sent: dict[int, list[tuple[int, int, int]]] = {}  # sentence → (start, end, candidate) of its mentions
        items: list[tuple[int, int]] = []  # (sentence, candidate) of lines that are one list item ("1. …分中心")
        for k, p in enumerate(cands):
            if p.features.get("specific"):
                for m in p._ms:
                    if m.sent >= 0 and not m.extension:
                        by_sent.setdefault(m.sent, []).append((m.start, m.end, k))
                    if m.sent >= 0 and _LIST_ITEM.match(doc.sentences[m.sent].text):
                        items.append((m.sent, k))
        mates: dict[int, set[int]] = {}
        counted: set[int] = set()
        whole: set[int] = set()  # items of a closed list its count covers exactly (kept with the numbered lists)

        def join(ks: set[int], closed: bool = False) -> None:
            if len(ks) >= 2:
                for k in ks:
                    mates.setdefault(k, set()).update(ks - {k})
                if closed:
                    counted.update(ks)

        # A numbered or bulleted list, one item a line: consecutive items of one family are one run.
        items.sort()
        run: list[tuple[int, int]] = []
        for it in items:
            # an item may carry one labelled line of its own under it ("1、X创新中心" / "发起单位：Y公司" / "2、…")
            nxt = it[0] == run[-1][0] + 1 or it[0] == run[-1][0] + 2 and bool(
                _DETAIL_LINE.match(doc.sentences[run[-1][0] + 1].text)) if run else True
            if run and (not nxt or fams[it[1]] != fams[run[-1][1]]):
                join({k for _, k in run})
                run = []
            run.append(it)
        join({k for _, k in run})
        numbered = {k for k in mates if any(k == i for _, i in items)}  # and below, one named for a count
        for ms in by_sent.values():  # linear: each sentence's mentions once, in order
            ms.sort()
            seq = [ms[0]]
            for prev, cur in zip(ms, ms[1:] + [None]):
                gap = doc.text[prev[1] : cur[0]] if cur else ""
                # (a bare comma joins items a notice opens as a list: "分别为:P,Q,R")
                opened = re.fullmatch(r"\s*[，,；;]\s*", gap) and _RUN_OPEN.search(doc.text, max(0, seq[0][0] - 30), seq[0][0])
                if cur and self._one_family(cands, fams, prev[2], cur[2]) and len(gap) <= 30 and (
                        not _RUN_BREAK.search(gap) and _RUN_JOIN.search(gap) or _ITEM_GAP.fullmatch(gap) or opened):
                    seq.append(cur)
                    continue
                closed = bool(_RUN_CLOSE.match(doc.text, seq[-1][1]) or _RUN_CLOSE.match(doc.text, _past_person(doc.text, seq[-1][1]))
                              or len(seq) >= 2 and _RUN_OPEN.search(doc.text, max(0, seq[0][0] - 30), seq[0][0]))
                join({k for _, _, k in seq}, closed)
                if closed and len(seq) >= 2 and self._count_of(doc, seq[-1][1], fams[seq[0][2]]) == len({k for _, _, k in seq}):
                    whole.update(k for _, _, k in seq)
                if closed and len(seq) == 1:  # "“X”等11个项目": one named for a counted list
                    numbered.add(seq[0][2])
                if cur:
                    seq = [cur]
        return mates, counted, numbered, whole

    def _one_family(self, cands: list[Platform], fams: list[str], a: int, b: int) -> bool:
        """Whether two candidates may be items of one list: one kind family, or a province's research platforms of
        two ("山东省X工程研究中心、山东省Y工程实验室": a notice of one programme, 省级工程实验室(研究中心))."""
        if fams[a] == fams[b]:
            return True
        m = self._province_re.match(cands[a].name)
        return bool(m) and cands[b].name.startswith(m.group(0)) and {fams[a], fams[b]} <= _RESEARCH_FAMILIES

    def _count_of(self, doc: Doc, at: int, fam: str) -> int:
        """The count a notice gives a list ending at `at`, for platforms of kind family `fam`: "分别代表三家实验室"
        after it in its sentence, or "三个全国重点实验室获授牌" in the headline; 0 if neither says."""
        s = doc.sentences[doc.sentence_at(at)] if doc.sentences else None
        spans = [doc.text[at : s.end]] if s is not None and s.start <= at <= s.end else []
        spans.append(doc.article.title or "")
        for text in spans:
            for m in self._counted_kind_re.finditer(text):
                if _kind_family(self.kind_of(m.group(3))) == fam:
                    return parse_count(m.group(1))
        return 0

    @staticmethod
    def _indefinite(doc: Doc, p: Platform) -> bool:
        """Whether every mention of it follows an indefinite article ("一个", "一种"): a thing described, not named."""
        return all(_INDEFINITE_BEFORE.search(doc.text, max(0, m.start - 2), m.start) for m in p._ms)

    def _relative_features(self, doc: Doc, cands: list[Platform]) -> None:
        """Features that compare a candidate with the article's others (its rank, its gap to the best) and say
        what kind of name it is: a decision is about this article's subjects, not an absolute score."""
        if not cands:
            return
        top = max(p.score for p in cands)
        most = max(p.features["sentences"] for p in cands) or 1.0
        order = sorted(range(len(cands)), key=lambda k: -cands[k].score)
        rank = {k: r for r, k in enumerate(order)}
        names = [p.name for p in cands]
        fams = [_kind_family(self.kind_of(p.name)) for p in cands]
        specific_by_fam: dict[str, list[int]] = {}
        for k, p in enumerate(cands):
            if p.features.get("specific"):
                specific_by_fam.setdefault(fams[k], []).append(k)
        for k, p in enumerate(cands):
            f = p.features
            f["rule_final"] = p.score  # the hand weights' verdict, penalties included
            f["gap_to_top"] = max(p.score - top, -8.0)
            f["rank"] = min(rank[k], 5) / 5.0
            f["top"] = float(rank[k] == 0)
            f["sentence_share"] = f["sentences"] / most
            f["candidates"] = math.log2(1 + len(cands))
            f["traditional"] = float(doc.article.converted_from_traditional)
            f["inside_other"] = float(any(p.name != q and p.name in q for q in names))
            f["holds_other"] = float(any(p.name != q and q in p.name for q in names))
            f["name_chars"] = min(len(p.name), 30) / 10.0
            f["national"] = float(bool(re.search(r"国家|全国|国际|中国", p.name)))
            f["provincial"] = float(bool(re.search(r"省|市级|省级", p.name)))
            f["kind:" + fams[k]] = 1.0
            f["category"] = float(self.is_category(p.name))
            same = [q for q in specific_by_fam.get(fams[k], []) if q != k]
            f["same_kind"] = math.log2(1 + len(same))
            f["same_kind_listed"] = math.log2(1 + sum(1 for q in same if cands[q].features.get("listed_share", 0) > 0
                                                      or cands[q].features.get("sentences", 0) <= 1))

    def _anaphor(self, text: str, platforms: list[Platform], current: int | None = None) -> int | None:
        bare = _BARE_KIND.match(text)
        if bare:  # "实验室以…为目标": a sentence that opens with the bare kind of the only platform of that kind
            cands = [k for k, p in enumerate(platforms) if self.kind_of(p.name) == bare.group(1)]
            if len(cands) == 1:
                return cands[0]
        for m in self.anaphor_re.finditer(text):
            sfx = m.group(2)
            if sfx == "项目":
                if current is not None:
                    return current
                continue
            cands = [k for k, p in enumerate(platforms) if self.kind_of(p.name).endswith(sfx) or p.name.endswith(sfx)]
            if len(cands) == 1:
                return cands[0]
            if current in cands:
                return current
        return None

    def _assign_scopes(self, doc: Doc, platforms: list[Platform]) -> None:
        if not platforms:
            return
        sents = doc.sentences
        by_section = {p.section: k for k, p in enumerate(platforms) if p.section >= 0}
        # Mentions by sentence, once: the loop below must stay linear in the article.
        mention_at: dict[int, set[int]] = {}
        for k, p in enumerate(platforms):
            for m in p._ms:
                mention_at.setdefault(m.sent, set()).add(k)
        current: int | None = None
        item: int | None = None  # the platform a numbered item line just named
        last_section = max(by_section) if by_section else -1
        closing = False
        for i, s in enumerate(sents):
            if s.is_heading:
                named = mention_at.get(i, set())
                if len(named) == 1 and _LIST_ITEM.match(s.text):
                    # a numbered item line ("1、X创新中心"): the labelled line under it ("发起单位：Y") is X's
                    item = current = next(iter(named))
                    continue
                if item is not None and not named and _DETAIL_LINE.match(s.text):
                    platforms[item].scope.append(i)
                item = None
                current = by_section.get(s.section, current if s.section not in by_section else None)
                continue
            item = None
            hits = set(mention_at.get(i, ()))
            if not hits and len(platforms) > 1 and _BATCH.search(s.text):
                for p in platforms:
                    p.shared_aims.append(i)
            if not hits and is_collective(s.text, len(platforms)):
                # "为三大平台提供支持" speaks of all of them: who it says funds or builds them is each one's partner,
                # its figures and aims are nobody's own. In the last section it also opens the closing remarks,
                # which belong to no platform.
                if len(platforms) > 1:
                    for p in platforms:
                        p.shared.append(i)
                closing = closing or s.section == last_section
                continue
            if closing and not hits:
                continue
            lead_anaphor = self._anaphor(s.text[:8], platforms, current)
            if lead_anaphor is not None and s.section in by_section:
                lead_anaphor = by_section[s.section]  # "该产业园…" in a platform's own section is that platform
            if lead_anaphor is not None:  # "该平台由A与B共同建设": about the platform, A and B are partners
                hits = {lead_anaphor}
            if s.section in by_section:
                owner = by_section[s.section]
                # In a platform's own section every sentence is about it, unless it is only about another.
                if not hits or owner in hits or len(hits) > 1:
                    platforms[owner].scope.append(i)
                elif len(hits) == 1:
                    platforms[next(iter(hits))].scope.append(i)
                continue
            if len(hits) == 1:
                current = next(iter(hits))
            elif len(hits) > 1:
                # Several platforms in one sentence: it is the one's it opens with, if it opens with one; the field
                # extractors keep, of what it says, what stands nearest after that platform's mention (see
                # `nearest_platform`). Else it is nobody's: a sentence comparing or listing platforms.
                for k in sorted(hits):
                    platforms[k].scope.append(i)
                first = min(hits, key=lambda k: min((m[0] for m in platforms[k].mentions if s.start <= m[0] < s.end),
                                                    default=1 << 60))
                at = min((m[0] for m in platforms[first].mentions if s.start <= m[0] < s.end), default=s.end)
                current = first if at - s.start <= 12 else None  # what follows is about the one it opened with
                continue
            else:
                k = self._anaphor(s.text, platforms, current)
                if k is not None:
                    current = k
                elif len(by_section) >= 2 and s.section not in by_section:
                    continue  # lead-in or closing of an article in platform sections: only explicit mentions count
            if current is not None:
                platforms[current].scope.append(i)


_FAMILIES = (("实验室", "lab"), ("研究院", "institute"), ("研究所", "institute"), ("分院", "institute"), ("工程院", "institute"),
             ("科学院", "institute"), ("数据中心", "computing"), ("计算中心", "computing"), ("算力中心", "computing"),
             ("超算中心", "computing"), ("智算中心", "computing"), ("中心", "center"), ("联盟", "alliance"),
             ("联合体", "alliance"), ("共同体", "alliance"), ("交易所", "exchange"), ("平台", "platform"), ("基地", "base"),
             ("园", "park"), ("城", "park"), ("港", "park"), ("谷", "park"), ("镇", "park"), ("区", "park"),
             ("器", "incubator"), ("空间", "incubator"), ("楼", "building"), ("总部", "building"), ("站", "station"),
             ("装置", "facility"))
_RESEARCH_FAMILIES = {"lab", "center", "institute"}
# Before a description that stands in apposition to a name: "国内首个X中心Y中心", "全省唯一的…".
_APPOSITION_BEFORE = re.compile(r"(?:首个|首家|首座|唯一|一个|一家|一座)$")


# "P由A指导，B投资建设运营": a sentence that opens with the platform and says who builds it, past its first clause.
_SAYS_WHO_BUILDS = re.compile(r"[”」\"]?(?:[（(][^）)]{0,20}[）)])?(?:将|已|现)?由[^。；;！？]{2,50}?(?:投资建设|共同建设|建设|共建|组建|打造|承建|投建)")
# "X(以下简称…)与Y签署…协议", "X、Y签订战略合作协议": X signs a deal with another body, a party to it (the deal
# builds something else, if anything), never its subject. (Y, after 与, is a cosigner: see _COSIGNS.)
_SIGNS_WITH = re.compile(r"[”」\"]?\s*(?:[（(][^）)]{0,30}[）)])?\s*[,，]?\s*(?:与|同|和|、)[^。；;！？，,]{2,40}?(?:[（(][^）)]{0,30}[）)])?"
                         r"[^。；;！？，,]{0,12}?(?:签署|签订|签约)")
# "X所属的Y", "X下属Y", "X应用技术所、B签署…": a unit of X follows, X is its parent (not what the clause builds).
_PARENT_OF_NEXT = re.compile(r"(?:所属|下属|旗下|直属)的?|[\u4e00-\u9fff]{2,6}?所(?=[、与和及])")
# "X是A设立的创业平台": a copula that says who set X up describes X as built (its kind noun is no other platform).
_IS_BUILT_BY = re.compile(r"是(?:由)?[^，,。；;！？“”]{2,30}?(?:设立|建设|组建|成立|打造|共建|创办|创建|投资建设)的")
# What a notice recognised, listed after it ("入围的有依托A的P", "获批的包括P"): each is built, as 认定/入选 are.
_RECOGNISED_LIST = re.compile(r"(入围|入选|获批|认定|列入|批准)(建设|组建)?的?(有|包括|为|是)[:：]?(依托[^，,。；;]{0,30}?的)?[“「『\"]?$")
# Between two items of one enumeration: a separator, no clause end (an item's host may stand between: "依托A的").
# (a deal between them is no list: "A与X签署《…》，B与Y…")
_RUN_BREAK = re.compile(r"[，,。；;！？!?：:\n《》]|签署|签订|签约")
_RUN_JOIN = re.compile(r"、|和|及|与|”“|」「")
# What closes an enumeration as a notice does: "等7家…", "共4个…", "分别…" (a bare "5个…陆续建成" recaps background).
_RUN_CLOSE = re.compile(r"[”」\"]?(?:(?:等|共)[\d一二三四五六七八九十两]+[家个所项批大]|(?:等)?分别)")
# Between two items, with a comma: the first's head and its name ("X主任宋某，Y…") or the next's host ("，依托B建设的Y").
_HEAD_TITLE = r"(?:执行|常务)?(?:副)?(?:主任|院长|所长|理事长|负责人|首席科学家)"
_ITEM_GAP = re.compile(rf"{_HEAD_TITLE}[\u4e00-\u9fff·]{{2,4}}[，,、；;]|[，,；;](?:依托|由)[^，,。；;]{{2,30}}?的")
# What opens an enumeration as a notice does: "分别为依托A建设的P，依托B建设的Q".
_RUN_OPEN = re.compile(r"(?:分别为|分别是|依次为|分别)[:：]?(?:依托|由)?[^，,。；;：:]{0,30}$")


def _first_of_joint(p: Platform, keep: list[Platform]) -> bool:
    """Whether every mention of `p` opens a longer kept name that joins it to another facility ("绍兴市鉴水数智产业园"
    only ever in "绍兴市鉴水数智产业园及算力中心项目"): the first half of one project's joint name, not a platform apart."""
    body = [m for m in p._ms if m.sent >= 0 and m.specific]  # (its bare head, "数智产业园", may stand alone)
    if not body:
        return False
    for q in keep:
        if q is not p and all(any(n.start == m.start and n.name.startswith(m.name) and n.name[len(m.name) : len(m.name) + 1]
                                  in ("及", "和", "与") for n in q._ms) for m in body):
            return True
    return False


def _signs_in(text: str, start: int, end: int) -> bool:
    """Whether the name at [start, end) signs a deal with another body there: "X与Y签署…", "A与X签约…"."""
    return bool(_SIGNS_WITH.match(text, end)) or bool(re.search(r"[与和同及、]$", text[max(0, start - 1) : start])) \
        and bool(_COSIGNS.match(text, end))


def _named_in(title: str, alias: str) -> bool:
    """Whether a headline names `alias` other than as a signer of its deal (see _signs_in)."""
    at = title.find(alias)
    while at >= 0:
        if not _signs_in(title, at, at + len(alias)):
            return True
        at = title.find(alias, at + 1)
    return False


def _past_person(text: str, at: int) -> int:
    """Where the text goes on after a head's title and name right at `at` ("…实验室主任陈新分别代表…" → 分别), or `at`."""
    m = re.compile(_HEAD_TITLE + r"[\u4e00-\u9fff·]{2,3}?(?=分别|等)").match(text, at)
    return m.end() if m else at


_DETAIL_LINE = re.compile(r"\s*[\u4e00-\u9fff]{2,6}[:：]")  # "发起单位：…", "依托单位:…": a list item's own detail
_LIST_ITEM = re.compile(r"\s*(\d{1,2}[.、．)）]|[（(]\d{1,2}[)）]|[•·●▪■◆-])\s*")
_FORMER_LATTER = re.compile(r"(?:^|[，,；;：:])(?:据悉|据介绍|其中)?[，,]?(前者|后者)")
# What follows a platform's name in the name of its campus, base or phase ("…龙王湾研发基地一期", "…(南沙)园区").
_CAMPUS = re.compile(r"[(（]?[\u4e00-\u9fff]{2,6}?[)）]?(?:研发基地|科研基地|基地|园区|校区|院区)(?:[一二三四五六七八九十\d]期(?:工程)?)?")
# "X总部园区", "X总部基地": the seat of a body the article names on its own (X), where it works, not a platform
# of its own; the platform it belongs to is what is built around it (gold rules: sub-units stay inside).
_HQ = re.compile(r"^(?P<body>[\u4e00-\u9fffA-Za-z]{2,}?)总部(?:园区|基地|园|大楼|大厦|研发基地)?$")


def _headquarters(doc: Doc, name: str) -> bool:
    m = _HQ.match(name)
    if not m or m.group("body").endswith(("企业", "产业", "区域", "城市")):
        return False  # "企业总部基地": a park for firms' headquarters, no one body's seat
    body = m.group("body")
    return any(not doc.text.startswith("总部", x.end()) for x in re.finditer(re.escape(body), doc.text))


TAKEN_UP_SHARE = 0.5
NOTHING_KEPT_SHARE = 0.75
HEADLINE_MEMBER_SHARE = 0.5
LIST_MATE_SHARE = 0.3  # chosen by cross-validation by article: 0.5 and 0.3 gain only, 0 keeps passing lists


def _dash_head(name: str) -> str:
    """"中国西部科技创新港" of "中国西部科技创新港—智慧学镇": the name before a dash and its tagline."""
    k = min((name.find(d) for d in _DASHES if name.find(d) > 0), default=-1)
    return name[:k] if k > 0 else name


def parse_count(word: str) -> int:
    """2 for "两", 12 for "12": the count of a short enumeration."""
    from .numbers import parse_number

    return int(parse_number(word) or 0)


def _split_items(heads: str, n: int) -> list[str]:
    """The n items of "A、B和C": split at 、, then the last at one conjunction (和, 及, 以及 before 与); [] if the
    count does not come out."""
    items = heads.split("、")
    if len(items) == n:
        return items if all(items) else []
    if len(items) != n - 1:
        return []
    last = items[-1]
    for conj in ("以及", "和", "及", "与"):
        if last.count(conj) == 1:
            a, b = last.split(conj)
            return items[:-1] + [a, b] if a and b and all(items[:-1]) else []
    return []


@lru_cache(maxsize=512)
def _kind_family(kind: str) -> str:
    """A coarse family of a platform kind, for the decision model (a few weights, not one per suffix)."""
    return next((fam for end, fam in _FAMILIES if kind.endswith(end)), "other")


def nearest_platform(pos: int, own: list[tuple[int, int]], foreign: list[tuple[int, int]], start: int, end: int) -> bool:
    """In a sentence [start, end) that names several platforms, whether the text at `pos` is about this one:
    the nearest mention before it is this platform's (`own`), not another's (`foreign`); with none before it,
    the nearest after it. A sentence that does not name this one (it refers back to it) is all its own."""
    if not any(start <= a < end for a, _ in own):
        return True
    before = [(e, True) for a, e in own if start <= a and e <= pos] + [(e, False) for a, e in foreign if start <= a and e <= pos]
    if before:
        return max(before)[1]
    after = [(a, True) for a, e in own if pos <= a < end] + [(a, False) for a, e in foreign if pos <= a < end]
    return min(after)[1] if after else True

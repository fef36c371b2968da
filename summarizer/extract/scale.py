"""Scale: figures with units ("1024P", "24家企业", "20余名员工", "六个人才团队", "100倍以上").

The unit is kept as written, measure word plus the counted noun ("家企业"), as a reader would quote it;
the value is a number (Chinese numerals parsed). Dates, ranks and rates are not scale.
"""
from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass
from typing import Optional

from ..settings import fields_config
from .doc import Doc
from .numbers import NUM_PATTERN, clean_value, parse_number
from .platforms import nearest_platform

_CLAUSE_END = "，,；;。！？!?：:"
# A qualifier that is also the end of a verb: "过百家" is "over a hundred", "通过5项", "经过3年" are not.
_PRE_GUARD = {"过": "(?<![通经不越超度走])"}
_NOUN_TAGS = {"n", "nz", "vn", "nw", "an"}
_INDEFINITE = set("个种项批家位名所座支条块张套台栋艘辆架件颗门层间处")
_ASCII_UNIT = re.compile(r"[A-Za-z]")


@dataclass
class Figure:
    value: float
    unit: str
    qualifier: str
    start: int  # span of the figure itself
    end: int
    clause: tuple[int, int]  # span of the clause that states it


class ScaleExtractor:
    def __init__(self) -> None:
        cfg = fields_config()["scale"]
        units = sorted(cfg["units"], key=len, reverse=True)
        unit_alt = "|".join(re.escape(u) + (r"(?![A-Za-z])" if _ASCII_UNIT.search(u) else "") for u in units)
        pre = "|".join(_PRE_GUARD.get(q, "") + re.escape(q) for q in sorted(cfg["qualifiers_before"], key=len, reverse=True))
        post = "|".join(map(re.escape, sorted(cfg["qualifiers_after"], key=len, reverse=True)))
        self.qual_before = cfg["qualifiers_before"]
        self.qual_after = cfg["qualifiers_after"]
        self.rx = re.compile(
            rf"(?P<pre>{pre})?(?P<num>{NUM_PATTERN})(?P<mag>万亿|亿|万|千)?(?P<approx>余|多)?"
            rf"(?: (?=\S))?(?P<unit>{unit_alt})(?P<post>{post})?")  # "40 PFLOPS", "2000 平方米": one space before a unit
        self.skip_before = tuple(cfg["skip_before"])
        regions = "|".join(map(re.escape, cfg["region_subjects"]))
        self.not_its_own = re.compile("|".join(map(re.escape, cfg["not_its_own"]))
                                      + rf"|^((目前|当前|截至[^，,]{{0,12}}|据统计|其中)[，,]?)?({regions})")
        self.skip_after = tuple(cfg["skip_after"])
        self.noun_max = int(cfg["noun_max_chars"])
        self.abstract = tuple(cfg["abstract_nouns"])
        self.collective = re.compile("|".join(map(re.escape, cfg["collective_markers"])))
        self.fund = re.compile("|".join(map(re.escape, cfg["fund_markers"])))
        self.outputs = re.compile("|".join(map(re.escape, cfg["outputs_before"])))
        self.kinds = tuple(cfg["platform_kinds"])
        kinds = "|".join(map(re.escape, cfg["platform_kinds"]))
        self.kind_after = re.compile(rf"[^，,；;。：:（(]{{0,14}}?(?:{kinds})")
        self.kind_before = re.compile(rf"(?:{kinds})(?:总数|数量|数)?(?:达到|达|超过|为|已有|有)?$")
        self.tally = re.compile("|".join(map(re.escape, cfg["tally_words"])))
        self.measure_words = {u for u in units if len(u) == 1 and not _ASCII_UNIT.search(u) and u != "期"} \
            | {"余" + u for u in "家名人个所位项"}

    def sentences_to_tag(self, doc: Doc, sentence_idx: list[int]) -> list[int]:
        """The sentences that hold a figure: the only ones this extractor needs tokens for."""
        return [i for i in sentence_idx if self.rx.search(doc.sentences[i].text)]

    def figures(self, doc: Doc, sentence_idx: list[int], inside_names: re.Pattern | None = None) -> list[Figure]:
        """Figures in these sentences; `inside_names` finds names ("中电48所") whose digits are not figures."""
        out: list[Figure] = []
        cand = self.sentences_to_tag(doc, sentence_idx)
        doc.tag(cand)
        for i in cand:
            figs = self._in_sentence(doc, i)
            if inside_names is not None:
                s = doc.sentences[i]
                names = [(s.start + m.start(), s.start + m.end()) for m in inside_names.finditer(s.text)]
                figs = [f for f in figs if not any(a <= f.start < b for a, b in names)]
            out.extend(figs)
        return _without_floor_parts(doc, _without_short_names(doc, out))

    def of_platform(self, doc: Doc, scope: list[int], mentions: list[tuple[int, int]], listed: set[int],
                    refs: tuple[str, ...] = (), inside_names: re.Pattern | None = None,
                    foreign: list[tuple[int, int]] = (), decide=None, others: tuple[str, ...] = ()) -> list[Figure]:
        """The figures of one platform: of the candidates (see `candidates`), those `decide` keeps; without a
        model, those of its sentences less the figures of a list or a batch it is only part of ("包括A、P、C等
        30个重大项目集中开工，总投资391亿元"), funds someone else sets up unless their clause names it, and
        figures nearer another platform's mention or in a clause that opens with another's name (`others`)."""
        keep = decide or (lambda f: f["rule"] > 0)
        return [fig for fig, f in self.candidates(doc, scope, mentions, listed, refs, inside_names, foreign, others)
                if keep(f)]

    def candidates(self, doc: Doc, scope: list[int], mentions: list[tuple[int, int]], listed: set[int],
                   refs: tuple[str, ...] = (), inside_names: re.Pattern | None = None,
                   foreign: list[tuple[int, int]] = (), others: tuple[str, ...] = ()) -> list[tuple[Figure, dict[str, float]]]:
        """Every figure of the platform's sentences with the features a decision reads: the hand rules'
        verdicts, whose clause it is, what it measures (the words before it, its unit), where it stands."""
        out = []
        scope = _own_sentences(doc, scope, refs)
        subject_from: dict[int, Optional[int]] = {}  # per sentence, computed once
        other_heads = tuple(o for o in others if len(o) >= 3)  # "中心" opens other words too ("中心城区")
        own, other = doc.by_sentence(mentions), doc.by_sentence(foreign)  # per sentence: linear in the article
        n = max(1, len(doc.text))
        peers = self._peer_count(refs)
        figures = self.figures(doc, scope, inside_names)
        peer_counts = {f.start for f in figures if self._counts_peers(doc, f, peers)}
        # "共有285家工程研究中心参评，其中264家评价结果为合格以上，21家…": a count after its peers' tally counts them too
        tallied: dict[int, tuple[int, str]] = {}  # per sentence: where the first tally of its peers stands, its measure
        if peers is not None:
            for i in scope:
                s = doc.sentences[i]
                m = next((m for m in _BODY_COUNT.finditer(s.text) if peers.match(s.text, m.end())), None)
                if m is not None:
                    tallied[i] = (s.start + m.start(), m.group(1))
        for f in figures:
            if _is_output(doc.text, f):
                continue  # what is produced or sold (年产30万吨, 月产能2000万颗, 产销量100万辆): never a platform's size
            i = doc.sentence_at(f.start)
            s = doc.sentences[i]
            # a platform named in a role ("由X牵头", "依托X") is not what the sentence is about
            mentions_i = [x for x in own.get(i, []) if not _IN_ROLE.search(doc.text, max(0, x[0] - 2), x[0])]
            # nor another platform named as the site ("P选址Y地块内，占地31亩": P's figures, Y is where it stands)
            foreign_i = [x for x in other.get(i, []) if not _IN_ROLE.search(doc.text, max(0, x[0] - 2), x[0])
                         and not _AS_SITE.search(doc.text, max(0, x[0] - 3), x[0])]
            at, measure = tallied.get(doc.sentence_at(f.start), (f.start, ""))
            if f.start in peer_counts or at < f.start and f.unit.lstrip("余多").startswith(measure) \
                    and not _HAS_PARTS.search(doc.text, f.clause[0], f.start):
                continue  # "15家工程研究中心获评…", "通过验收的6家实验室": its batch or programme, never its size
            clause = doc.text[f.clause[0] : f.clause[1]]
            own_clause = any(f.clause[0] <= a < f.clause[1] for a, _ in mentions_i) or any(r in clause for r in refs)
            in_list = i in listed and (doc.text[f.start - 1 : f.start] == "等" or not own_clause) \
                or self._counts_names(doc.text, f, mentions_i + foreign_i)
            others_part = not own_clause and bool(self.collective.search(s.text) or self.fund.search(clause)
                                                  or _others_deal(doc.text, f, clause))
            named_in_role_only = bool(own.get(i)) and not mentions_i
            nearer_other = bool(foreign_i) and (named_in_role_only or not nearest_platform(
                f.start, mentions_i, foreign_i, s.start, s.end)) \
                and not (own_clause and not any(f.clause[0] <= a < f.clause[1] for a, _ in foreign_i))
            built = _built_as(doc.text, f.end, mentions_i, foreign_i)
            if built is not None:  # "A拟投资81亿元建设的P": the figure of the platform it builds, whichever is nearer
                nearer_other = not built
            elif _describes_other(doc, f.end, mentions_i, refs):
                nearer_other = True  # "占地1000亩以上的X产业园", "在3平方公里的X产业园里": the size of a place it names
            lead = doc.text[f.clause[0] : f.start]
            names_it_here = mentions_i or any(r in s.text for r in refs if len(r) > 3 or r.startswith(("该", "本")))
            if not names_it_here and self._tallies_list(lead) and self.kind_after.match(doc.text, f.start):
                in_list = True  # "还启动了A平台、B中心、C平台三个重大平台": a tally of others, in a sentence not about it
            if i not in subject_from:
                subject_from[i] = _subject_from(doc, i)
            other_subject = not names_it_here and subject_from[i] is not None and subject_from[i] < f.start
            others_clause = not own_clause and bool(other_heads) and _CONNECTIVE.sub("", clause, count=1).startswith(other_heads)
            feats = {"rule": float(not (in_list or others_part or nearer_other or other_subject or others_clause)),
                     "in_list": float(in_list), "other_subject": float(other_subject), "others_clause": float(others_clause),
                     "others_part": float(others_part), "nearer_other": float(nearer_other),
                     "own_clause": float(own_clause), "names_it": float(bool(mentions_i)), "foreign": float(bool(foreign_i)),
                     "qualifier": float(bool(f.qualifier)), "position": 1.0 - f.start / n,
                     "sentence_figures": 0.0, "clause_chars": min(len(clause), 80) / 40.0,
                     "unit:" + _unit_family(f.unit): 1.0,
                     "counted_noun": float(len(f.unit) > 1 and f.unit[-1] not in "元米亩P"),
                     "first_in_scope": float(i == min(scope) if scope else 0.0)}
            for w in _COUNTED_NOUNS:
                if w in f.unit:
                    feats["counts:" + w] = 1.0
            for w in _SCALE_CUES:
                if w in lead:
                    feats["lead:" + w] = 1.0
                elif w in clause:
                    feats["clause:" + w] = 1.0
            out.append((f, feats))
        per_sentence = Counter(doc.sentence_at(f.start) for f, _ in out)
        for f, feats in out:
            feats["sentence_figures"] = min(per_sentence[doc.sentence_at(f.start)], 8) / 4.0
        return out

    def _peer_count(self, refs: tuple[str, ...]) -> Optional["_PeerPattern"]:
        """What a count of the platform's own kind reads like ("N家工程研究中心", "N家实验室" for a lab): a tally of
        its peers in a batch, a programme or a region, never its size. None where its names end in no kind."""
        own = {k for r in refs if not r.startswith(("该", "本")) for k in self.kinds if r.endswith(k) and len(r) > len(k)}
        if not own:
            return None
        # (not its members: "10家战略联盟骨干单位" for an alliance)
        kinds = "|".join(map(re.escape, sorted(own, key=len, reverse=True)))
        rx = re.compile(r"[^，,；;。：:、（(\d]{0,6}?(?:" + kinds + r")(?!骨干|成员|会员|单位|企业|机构)")
        return _PeerPattern(rx, re.compile(r"(?:" + kinds + r")(?!骨干|成员|会员|单位|企业|机构)"))

    def _counts_peers(self, doc: Doc, f: Figure, peers: Optional["_PeerPattern"]) -> bool:
        """Whether a figure counts bodies of the platform's own kind (see `_peer_count`), other than its own parts:
        the kind after the count ("7家国家重点实验室") or, the count bare, before it ("国家重点实验室增至7家",
        "重点实验室已建成101家": the region's tally)."""
        counted = _PEER_MEASURE.match(f.unit)
        if peers is None or not counted:
            return False
        if peers.match(f.unit[counted.end():] + doc.text[f.end : f.end + 12]):
            return not _HAS_PARTS.search(doc.text, f.clause[0], f.start)
        if f.unit[counted.end():]:
            return False  # the count names what it counts after it ("5家分中心")
        lead = doc.text[max(f.clause[0], f.start - 16) : f.start]
        kind = next(peers.kinds.finditer(lead), None)
        return kind is not None and _TALLY_AFTER.fullmatch(lead[kind.end():]) is not None and not _OWN_PARTS.search(lead)

    def _counts_names(self, text: str, f: Figure, mentions: list[tuple[int, int]]) -> bool:
        """Whether a figure right after a list of names of platforms counts them ("A实验室、B实验室、C实验室(筹)3个省
        实验室陆续建成"): the tally of a list with a platform among its items, not a size (a platform's own
        parts listed after it are: "X将布局A平台、B板块、C中心等四大板块")."""
        lead = _AFTER_LIST.sub("", text[f.clause[0] : f.start])
        return lead.count("、") >= 2 and bool(self.kind_before.search(lead)) \
            and any(f.clause[0] <= a and e <= f.start and text[e : e + 1] == "、" for a, e in mentions)

    def _tallies_list(self, lead: str) -> bool:
        """Whether the words before a figure are a list of three or more platforms ("A平台、B中心、C平台"); it counts
        them where a platform kind follows the figure ("三个重大平台", not "六个人才团队": the centres are teams)."""
        lead = _AFTER_LIST.sub("", lead)
        return lead.count("、") >= 2 and bool(self.kind_before.search(lead))

    def phrase(self, text: str, f: Figure, names: tuple[str, ...] = ()) -> tuple[int, int]:
        """The short phrase that states a figure, as a span of `text`: from the words that describe it to the
        noun it counts ("总投资约7.85亿元", "建筑面积约4.5万平方米", "8条专业中试产线", "2.6万平方米中试空间"),
        without the platform's name (`names`), a connective or a list ahead of it, nor the rest of its clause."""
        a = f.clause[0]
        while True:  # the clause's subject and connectives
            lead = text[a : f.start]
            name = next((n for n in sorted(names, key=len, reverse=True) if n and lead.startswith(n)), "")
            m = _PHRASE_LEAD.match(lead)
            step = len(name) or (m.end() if m else 0)
            if not step:
                break
            a += step
        for m in _LIST_SEP.finditer(text, a, f.start + 1):  # the list item it stands in ("…团队及8条…", "…等34个团队")
            a = m.end()
        if f.start - a > _PHRASE_LEAD_MAX:  # a long run-up: keep its last words
            cut = max(text.rfind(c, a, f.start - 2) for c in "的在于，,")
            a = cut + 1 if cut >= a else f.start - _PHRASE_LEAD_MAX
        # The noun it measures, up to the next separator when that is near ("2.6万平方米中试空间").
        b = max(f.end, f.start)
        m = _PHRASE_TAIL.match(text, b)
        if m is None and f.unit in self.measure_words:  # "近50家粤港澳大湾区…产业链上下游企业": a long name of what it counts
            m = _COUNTED_TAIL.match(text, b)
        b = m.end() if m and not _VERBS.search(m.group(0)) else b
        scale_of = text.find("规模的", f.start, b)
        if scale_of >= 0:  # "1万机柜规模的数据中心": its size (1万机柜规模), not the thing it sizes
            b = scale_of + 2
        if text[a : f.start].endswith("与"):  # "与22家企业签订了服务协议": the count is of parties to its agreements
            deal = AGREEMENT.match(text, b)
            b = deal.end() if deal else b
        return a, b

    def _in_sentence(self, doc: Doc, i: int) -> list[Figure]:
        s = doc.sentences[i]
        return self.in_text(s.text, s.start, doc.tokens(i))

    def in_text(self, text: str, base: int = 0, tokens: list | None = None) -> list[Figure]:
        """Figures in one sentence (offsets from `base`). Without `tokens` (a reference's scale phrase) a measure
        word stands alone as the unit: the counted noun needs LAC's words."""
        out = []
        orgs = [(t.start - base, t.end - base) for t in tokens if t.tag == "ORG"] if tokens is not None else []
        tallied = bool(self.tally.search(text))  # the sentence approves, lists or tallies platforms
        for m in self.rx.finditer(text):
            num, unit = m.group("num"), m.group("unit")
            before = text[max(0, m.start() - 2) : m.start()]
            after = text[m.end() : m.end() + 3]
            if before.endswith(self.skip_before) or (not m.group("pre") and m.start() > 0 and text[m.start() - 1].isdigit()):
                continue
            if num.startswith("一") and before.endswith(("唯", "统", "逐", "专")):
                continue  # "唯一一个中央财政项目": the 一 of 唯一 is no digit (not "11")
            if num == "一" and not m.group("mag") and not m.group("pre") and before.endswith(("是", "为", "成为")) \
                    and unit in self.measure_words:
                continue  # "长研佳宁是一款疫苗", "成为一家…企业": an indefinite article ("is a …"), not a count
            if text.startswith("一体", m.end("unit")):
                continue  # "三位一体", "四个一体化": an idiom, not a count
            if before.endswith(_REST_OF):
                continue  # "其余八栋楼": the rest of a whole stated before, not a size of its own
            if not m.group("pre") and m.start() > 1 and text[m.start() - 1] in _INDEFINITE and text[m.start() - 2].isdigit():
                continue  # "7515个5千瓦机柜": the size of each thing counted, not a figure of its own
            if after.startswith(self.skip_after) and not m.group("mag"):
                continue
            if unit in ("%", "个百分点") or num in ("零", "〇"):
                continue  # rates and shares describe change, not size; "零件", "零部件" are no figures
            if unit == "期" and not text[max(0, m.start() - 1) : m.start()] == "分":
                continue  # "分三期建设" is a plan of the platform; "一期", "二期" name its phases
            if num in ("一", "两") and unit in _INDEFINITE and not m.group("approx"):
                if num == "一":
                    continue  # "一个重要举措", "一家企业": an article, not a count
            if re.fullmatch(r"[零〇一二两三四五六七八九十百千]+", num) and unit in ("万", "亿") and not m.group("mag"):
                continue  # "一万" inside idioms, "亿万": no unit follows
            if num[0] in "百千" and not m.group("pre"):
                continue  # "成百上千种", "数千万元": a bare 百/千 is a figure only as "近百家", "上千名", "超百亿元"
            if num[0] in "十百千" and text[max(0, m.start() - 1) : m.start()] in ("几", "数", "好"):
                continue  # "几十名工人", "数百家": some tens, hundreds — no figure a report can state
            value = parse_number(num)
            if value is None:
                continue
            if unit in ("万", "亿", "万亿", "千"):  # "4000万度": the unit after is not ours; "100亿亿次": a magnitude
                continue
            full_unit = (m.group("mag") or "") + unit
            end = m.end("unit")
            if tokens is not None and (unit in self.measure_words or unit == "大"):
                noun, noun_end, cut = self._counted_noun(tokens, base + end, text, end)
                if unit == "大" and not noun:
                    continue
                if unit == "大" and re.match(r"报告|精神|以来|代表|胜利|召开|提出|部署|期间", noun or text[end:end + 2]):
                    continue  # "十九大报告", "二十大精神": a party congress, no count
                if self._counts_ideas(noun, cut, unit, text[_clause(text, m.start(), m.start())[0] : m.start()]):
                    continue  # "三大亮点", "三种建设方案": counted ideas
                full_unit += noun
                end = noun_end - base if noun else end
            qualifier = self.qual_before.get(m.group("pre") or "", "") or ("余" if m.group("approx") else "") \
                or self.qual_after.get(m.group("post") or "", "")
            c0, c1 = _clause(text, m.start(), end)
            if unit in _LENGTHS and _DISTANCE.search(text, c0, m.start()):
                continue  # "距离机场30公里": how far it is from something, not its size
            fields = text.rfind("领域", c0, m.start())  # "降碳节能、减污等领域专家1000余名": fields it works in
            if self.not_its_own.search(text[c0:c1]) and (fields < 0 or self.not_its_own.search(text[fields:c1])):
                continue  # "全省集成电路产业规模超过1000亿元": the region's or the market's size, not the platform's
            if text.startswith("其中", c0) and c0 > 1 and self.not_its_own.search(text[_clause(text, c0 - 1, c0 - 1)[0] : c0 - 1]):
                continue  # "全省建成双创平台997家，其中科技企业孵化器326家": a part of the region's tally
            if self._counts_something_else(text, m, end, c0, c1, orgs, tallied):
                continue
            if _PROGRESS_AFTER.match(text, end) or _PROGRESS_BEFORE.search(text[c0 : m.start()]):
                continue  # "3栋封顶", "完成土方外运40万立方米": construction progress, not size
            out.append(Figure(value=clean_value(value), unit=full_unit, qualifier=qualifier, start=base + m.start(),
                              end=base + max(end, m.end()), clause=(base + c0, base + c1)))
        return _without_breakdowns(out, text, base)

    def _counts_something_else(self, text: str, m: re.Match, end: int, c0: int, c1: int,
                               orgs: list[tuple[int, int]], tallied: bool) -> bool:
        """Whether a figure (match `m` of `text`, its counted noun ending at `end`, its clause [c0, c1)) states
        something other than a platform's size: a comparison, an output, an audience, a tally of platforms, the
        bodies it rests on or is built by, a slogan, a relation, the count of items listed next, or a number
        inside a name. `orgs`: the spans of the sentence's organisation tokens; `tallied`: whether it tallies platforms."""
        unit = m.group("unit")
        if unit == "倍" and "比" in text[c0 : m.start()]:
            return True  # "比头发丝还小一百倍": a comparison
        if unit in ("件", "篇", "项") and self.outputs.search(text[c0 : m.start()]):
            return True  # "申请专利59项", "PCT国际专利申请量超1700件": what it produced, noun first
        if unit in _PEOPLE and (_ATTENDING.match(text, end) or _ATTENDING.match(text, m.end("unit"))
                                or _SERVED.search(text, c0, m.start())):
            # "负责人近60人出席了会议", "服务创业青年2600余名": an event's audience, people served ("一行六人出席签约
            # 仪式": also where the tagger reads the verb after the count as what it counts)
            return True
        if (unit in _PEOPLE or unit in _BODIES) and (_EVENT_AUDIENCE.search(text, end, c1)
                                                       or unit in _PEOPLE and _INVITED.search(text, c0, m.start())):
            # "来自省内外的150余家单位、350余名专家学者…参加本次大会", "特邀十多位国内外著名专家做大会报告": who
            # came to an event held there, not the platform's size
            return True
        if unit in _BODIES and (self.tally.search(text, c0, c1) and self.kind_after.match(text, m.end("unit"))
                                or tallied and self.kind_before.search(text, c0, m.start())):
            return True  # "批准香港新建5间国家工程技术研究中心", "现有国家重点实验室16个": a notice's or a region's tally
        if unit in _BODIES and text[max(0, m.start() - 2) : m.start()] in ("依托", "依靠"):
            return True  # "依托两所高校建设": the bodies it rests on (its partners), not its size
        if unit in _BODIES and self.tally.match(text, end):
            return True  # "最终有38家纳入新序列管理": how many of a kind a list takes in
        if m.start() > 0 and text[m.start() - 1] in "“「\"" and _QUOTE_CLOSES.match(text, end):
            return True  # "聚焦“四个面向”": a slogan
        if unit in _BODIES and _ITEMS_FOLLOW.match(text, end):
            return True  # "两个项目——A、B", "5个香港分中心包括：": the count of the items listed next
        if text.startswith(("之间", "间的"), end):
            return True  # "两个实验室之间的强强联合": a relation, not a size
        if unit in _BODIES and _BUILT_BY.match(text, m.end("unit")):
            return True  # "4家企业建设的X中心": the count of its builders, not its size
        if orgs and _inside(orgs, m.start()):
            return True  # "海洋三所", "航天五院": a number inside an organisation's short name
        return False

    def _counted_noun(self, tokens, abs_pos: int, text: str, rel_pos: int) -> tuple[str, int, str]:
        """The noun run right after a measure word ("家" → "企业", "家" → "涉海企业"), from LAC tokens, and the
        noun word where it was cut at `noun_max` ("" if none: "国家高新技术|企业" is headed by 企业).
        A verb, adjective or place may open it when a noun follows ("涉/v 海企业", "初创/v 企业", "香港/LOC 分中心")."""
        after = [t for t in tokens if t.start >= abs_pos]
        noun, end = "", abs_pos
        for k, t in enumerate(after):
            if t.start != end:
                break
            if len(noun) + len(t.text) > self.noun_max:
                return noun, end, t.text if t.tag in _NOUN_TAGS else ""
            nxt = after[k + 1] if k + 1 < len(after) else None
            if t.tag == "vn" and noun and text[rel_pos - 1 : rel_pos] in _INDEFINITE and after[k - 1].tag in ("n", "nz", "nw") and not (
                    nxt is not None and nxt.start == t.end and nxt.tag in _NOUN_TAGS):
                break  # "两个阶段|建设", "3个研发平台|建设": the verb of the clause, not part of what is counted
            opener = t.tag in ("v", "a", "f") and len(t.text) <= 2 or t.tag == "LOC" and len(t.text) <= 4
            if t.tag in _NOUN_TAGS or (k == 0 and opener and nxt is not None
                                       and nxt.start == t.end and nxt.tag in _NOUN_TAGS):
                noun += t.text
                end = t.end
            else:
                break
        return noun, end, ""

    def _counts_ideas(self, noun: str, cut: str, unit: str, lead: str) -> bool:
        """Whether a counted noun names ideas, not things ("三大亮点", "四大研究方向"). A noun cut short (`cut`: the
        noun word that did not fit) is headed by that word ("国家数据中心|集群", not "国家高新技术|企业"); directions
        the clause sets up ("设…5个研究方向") are its divisions."""
        if unit == "大" and noun in self.abstract or cut and (noun + cut).endswith(self.abstract):
            return True
        if cut and (noun + cut).endswith(self.kinds):
            return False  # a noun cut before a platform kind is headed by it ("国家重点|实验室" counts laboratories)
        if not noun.endswith(self.abstract) or cut and noun.endswith("技术"):
            return False
        return not (noun.endswith("方向") and _SETS_UP.search(lead))


class _PeerPattern:
    """The pattern of a count of the platform's own kind after the count (`match`), and its kind words alone, to
    find them before a bare count (`kinds`)."""

    def __init__(self, after: re.Pattern, kinds: re.Pattern) -> None:
        self.match, self.kinds = after.match, kinds


# Between a kind and a bare count of it: a tally's verb ("国家重点实验室增至7家", "重点实验室已建成101家", "基地42家").
_TALLY_AFTER = re.compile(r"(?:(?:已|共|累计|总数|数量|新增|达到|达|增至|增加到|获批|建成|认定|有)+)?(?:超过|超|近|约|逾)?")
# Words by which the figures before a count are its own parts ("下设", "拥有"): not a tally of peers.
_OWN_PARTS = re.compile(r"下设|设有|包括|包含|拥有|旗下")
_REST_OF = ("其余", "其他", "剩余", "剩下的")
_LENGTHS = ("公里", "千米", "米", "km")
_PEER_MEASURE = re.compile(r"(?:余|多)?[家个所座]")  # the unit of a count of bodies (the counted noun may follow in it)
_BODY_COUNT = re.compile(r"\d+(?:余|多)?([家个所座])")  # such a count in a sentence's text, its measure word
# A platform that sets up, holds or is made of units of its own kind ("下设4个研究院", "拥有5个实验室"): its parts.
_HAS_PARTS = re.compile(r"设|建|包括|包含|布局|组成|拥有|集聚|汇聚|整合|含有|引进|引入")
_DISTANCE = re.compile(r"距离?|相距|离[^开职任]")
_SETS_UP = re.compile(r"^设|下设|设有|设立|设置")  # "设…5个研究方向": directions as its divisions
_PEOPLE = ("人", "名", "位", "人次", "余人", "余名", "余位")
_BODIES = ("个", "家", "间", "所", "座", "余个", "余家", "余所")
_ABOVE_BELOW = re.compile(r"(?:其中)?(?:地上|地下)")
_QUOTE_CLOSES = re.compile(r"[^”」\"，,。]{0,4}[”」\"]")
_BUILT_BY = re.compile(r"[^，,。；;、]{0,8}?(?:牵头|共同|联合)?(?:建设|共建|组建|承建|打造|发起)的")
_ITEMS_FOLLOW = re.compile(r"(?:包括|分别为|分别是|为)?(?:——|—|：|:)")
_IN_ROLE = re.compile(r"(?:由|依托|联合)$")
_AS_SITE = re.compile(r"(?:选址|位于|地处|落户|坐落)(?:于|在)?$")
# A count of organisations that signs an agreement or gives or gets credit after it in its clause ("与4家高校签订
# “合作协议”", "5家金融机构为5家企业进行了融资授信"), unless they sign to move in (入驻企业签订协议: its tenants).
_AFTER_LIST = re.compile(r"(?:[（(][^）)]{0,4}[)）])?(?:等|共)?$")
_ORG_COUNTS = ("家", "所", "余家", "余所")
_ORG_NOUNS = ("企业", "公司", "单位", "机构")  # "1个品牌企业": organisations counted by another measure word
# ("…等15家企业分别与相山区签约": they sign with someone the clause names, the district, not with the platform)
_PARTIES = re.compile(r"(?:签订|签署)[^，,。；;]{0,24}?(?:协议|合同|备忘录)|授信|放贷|贷款|(?:分别)?[与同][^，,。；;]{1,12}?签约")
_JOINING = re.compile(r"入驻|进驻|落户|入园|入库")
_ELIDED = re.compile(r"^(?:已经|先后|累计|目前|同时|此外|另外|其中|首批|第一批|率先|[并且还已也共])*")
# A figure in the clause that says who builds a platform with it ("拟投资81亿元建设的P"): P's.
_BUILDS = re.compile(r"[^，,。；;、]{0,6}?(?:建设|打造|建成|兴建|筹建|投建|组建|新建)的")
_SERVED = re.compile(r"服务(?!团队|人员|队伍|专员)")  # "服务创业青年2600余名", not "服务团队30人"
_ATTENDING = re.compile(r"[^，,；;。]{0,4}?(出席|参加|参会|与会|列席|到场)")
# An event's audience, the verb later in the clause ("…350余名专家学者、工程技术人员参加本次大会"); its invited guests.
_EVENT_AUDIENCE = re.compile(r"(?:参加|出席|参会|与会|齐聚)了?(?:本次|此次|这次|本届|此届)?(?:大会|会议|论坛|活动|仪式|开幕式|年会|"
                             r"研讨会|峰会|座谈会|发布会|对接会)")
_INVITED = re.compile(r"特邀|邀请了?")
_LIST_SEP = re.compile(r"以及|及|、|等(?=[\d一二两三四五六七八九十百千])")
# Output, not size: the gold counts what a platform is and has (area, money, computing power, buildings, teams,
# firms, projects), never what it or its plants make or sell (corpus README, "Not counted"); none of the 94's gold
# figures is one.
_OUTPUT_BEFORE = re.compile(r"(?:年产|月产|日产|产能|产量|产销量|销量|销售量|出货量|吞吐量)[^，,；;。]{0,6}$")
_OUTPUT_AFTER = re.compile(r"\s*(?:/|每)(?:年|月|日|天)")
_OUTPUT_UNITS = ("吨", "辆")


def _is_output(text: str, f: Figure) -> bool:
    """A figure of what is produced or sold: a tonnage or a count of vehicles, a rate per year or month after it,
    or a word of output just before it."""
    return f.unit.lstrip("余多万").startswith(_OUTPUT_UNITS) or bool(_OUTPUT_AFTER.match(text, f.end)) \
        or bool(_OUTPUT_BEFORE.search(text, max(0, f.start - 12), f.start))


# The noun a figure measures after it, with Latin letters ("3栋IDC数据中心") and the size of each thing counted
# ("7515个5千瓦机柜").
_PHRASE_TAIL = re.compile(r"(?:\d+(?:\.\d+)?(?:千瓦|kW|KW))?(?:(?!及|和|与)[\u4e00-\u9fffA-Za-z（）()]){1,8}"
                          r"(?=[，,；;。！？!?、]|及|和|与|$)")
_COUNTED_TAIL = re.compile(r"[\u4e00-\u9fff]{2,16}?(?:企业|机构|院所|单位|高校|公司|团队|会员|成员)(?=[，,；;。！？!?、]|及|和|与|$)")
# Agreements signed with the parties a count counts ("与22家企业签订了检测服务协议"); `kind`: what they are for.
AGREEMENT = re.compile(r"(?:签订|签署|签约|达成)了?(?P<kind>[\u4e00-\u9fff]{0,10}?)(?:协议|合同|意向)")
_VERBS = re.compile(r"并|推进|实现|达到|正式|入驻|进驻|已|将|完成|投入|开展|建设|进行|用于|预计|计划|交付|上市|开工|竣工")
# What opens a clause before the words that describe a figure: connectives, back-references, "has".
_PHRASE_LEAD = re.compile(r"([”」』\"]|而|并|且|其中|同时|此外|另外|目前|截至目前|据了解|据悉|据介绍|该项目|项目|其|"
                          r"该[\u4e00-\u9fff]{1,3}?(?=[总占建规首共拥设配计可已将])|[和在]?[\u4e00-\u9fff]{1,8}?(新区|园区|开发区|高新区|经开区)项目|"
                          r"拥有|建有|设有|配有|配备|包括|涵盖|共有|现有|已有)[,，]?")
_PHRASE_LEAD_MAX = 16
# Progress right after a figure ("3栋封顶", "19栋也已全面开工建设") or before it in its clause ("完成土方外运").
_PROGRESS_AFTER = re.compile(r"[\u4e00-\u9fff]{0,3}?(也|已|均|全部|全面)*(封顶|竣工|完工|交付使用|开工建设|全面开工)")
_PROGRESS_BEFORE = re.compile(r"(土方|外运|封顶|竣工|完工|施工建设|正在施工|手续办理)[^，,；;]{0,6}$")


# Words before a figure that say what it measures, or whose it is: read by the scale decision.
_SCALE_CUES = ("总投资", "投资", "计划投资", "占地", "面积", "建筑", "用地", "算力", "机柜", "团队", "人才", "企业", "会员", "项目",
               "产值", "营收", "收入", "销售", "税收", "就业", "一期", "二期", "首期", "规划", "达到", "超过", "累计", "已",
               "将", "新增", "全市", "全省", "全区", "其中", "引进", "入驻", "聚集", "集聚", "孵化", "专利", "论文", "服务",
               "年", "每年", "基金", "资金", "补贴", "奖励", "签约", "合同", "拥有", "建有", "设有", "包括", "共有", "吸引")


# What a count counts ("5个研究方向", "3个实验室", "24家企业", "4000个机柜"): some are a platform's size, some ideas.
_COUNTED_NOUNS = ("方向", "领域", "实验室", "中心", "平台", "企业", "单位", "机构", "高校", "项目", "人才", "团队", "人员", "院士",
                  "专家", "机柜", "服务器", "节点", "成果", "技术", "专利", "产业", "集群", "楼", "栋", "产线", "生产线", "课程",
                  "会员", "成员", "园区", "基地", "部分", "板块", "功能区", "亮点", "任务", "协议", "合同")


def _others_deal(text: str, f: Figure, clause: str) -> bool:
    """Whether a count of organisations is a party to an agreement or a loan after it in its clause ("科技厅与4家高校
    签订合作协议", "5家金融机构为5家企业进行了融资授信"): in a clause that does not name the platform, another's deal.
    A clause without a subject ("…，并与15家企业签订合作备忘录") goes on about the platform: its own agreements."""
    lead = _ELIDED.sub("", text[f.clause[0] : f.start])
    return (f.unit.startswith(_ORG_COUNTS) or f.unit.endswith(_ORG_NOUNS)) and bool(_PARTIES.search(text, f.end, f.clause[1])) \
        and not _JOINING.search(clause) and not lead.startswith(("与", "同", "和"))


def _describes_other(doc: Doc, end: int, own: list[tuple[int, int]], refs: tuple[str, ...]) -> bool:
    """Whether the figure ending at `end` describes, through 的, a platform-like place the article names that is not
    this platform ("规划建设了占地面积1000亩以上的X产业园"; "在3平方公里的X产业园里" names it by the tail of its name)."""
    m = _OF_THING.match(doc.text, end)
    if not m:
        return False
    at = m.end()
    if any(a == at for a, _ in own) or any(r and doc.text.startswith(r, at) for r in refs):
        return False
    for n in getattr(doc, "_platform_names", ()):
        for k in range(0, max(0, len(n) - 3)):
            tail = n[k:]
            if doc.text.startswith(tail, at) and not _NAME_GOES_ON.match(doc.text, at + len(tail)):
                # not a tail this platform's names share ("…国家重点实验室" and "18000平米的重点实验室大楼")
                return not any(r.endswith(tail) for r in refs)
    return False


_OF_THING = re.compile(r"(?:以上|左右|多|余)?的")
_NAME_GOES_ON = re.compile(r"[\u4e00-\u9fff](?<![里内中])")


def _built_as(text: str, end: int, own: list[tuple[int, int]], foreign: list[tuple[int, int]]) -> Optional[bool]:
    """Whether the platform a figure ending at `end` is spent building ("拟投资81亿元建设的P") is this one (True),
    another (False), or none is named so (None)."""
    m = _BUILDS.match(text, end)
    if not m:
        return None
    at = m.end()
    if any(a == at for a, _ in own):
        return True
    if any(a == at for a, _ in foreign):
        return False
    return None


def _inside(spans: list[tuple[int, int]], pos: int) -> bool:
    """Whether `pos` falls strictly inside one of these sorted, disjoint spans (after its first character)."""
    k = bisect.bisect_left(spans, (pos, pos)) - 1
    return k >= 0 and spans[k][0] < pos < spans[k][1]


def _own_sentences(doc: Doc, scope: list[int], refs: tuple[str, ...]) -> list[int]:
    """The platform's sentences, the subheadings inside its account ("首日交易总额超1.55亿元" between two
    paragraphs about it: a subheading states the facts of the section it opens), and the sentences that open with
    one of its names or its kind noun when no other platform shares it ("实验室规划建设面积2000亩，选址…园区": its
    facts, whatever place follows)."""
    have = set(scope)
    # 该园区 may be another's; a two-character kind opens other words too ("中心城区")
    heads = tuple(r for r in refs if len(r) >= 3 and not r.startswith(("该", "本")))
    extra = [i for i in range(len(doc.sentences)) if i not in have and (
        0 < i < len(doc.sentences) - 1 and doc.sentences[i].is_heading and i - 1 in have and i + 1 in have
        or heads and _CONNECTIVE.sub("", doc.sentences[i].text, count=1).startswith(heads))]
    return sorted(have | set(extra)) if extra else scope


_CONNECTIVE = re.compile(r"^(?:其中|同时|此外|另外|目前|据悉|据了解|据介绍)?[，,]?")
_SUBJECT_TAGS = ("LOC",)
_SUBJECT_SKIP = {"TIME", "w", "d", "c", "t", "f", "ad", "vd"}
_LEADS = ("据了解", "据悉", "据介绍", "据统计", "近年来", "目前", "同时", "此外", "另外", "其中", "作为")


# A clause whose subject is a group of platforms counted ("此次新增的26家市级工程研究中心覆盖…，拥有研发场地近8万平方米",
# "四所实验室立足澳门"): what it has is the group's, however many of its members the article names.
_GROUP_SUBJECT = re.compile(r"(?:^|[，,；;。：:])(?:其中|同时|此外|另外|目前|据悉|据了解|据介绍)?[，,]?"
                            r"(?:此次|本次|这|这些|上述|该批|首批|新增的?|新获批的?|获批的?)*"
                            r"((?:两|二|三|四|五|六|七|八|九|十|\d{1,3})(?:个|家|所|间|座))[^，,。；;：:]{0,12}?"
                            r"(?:实验室|中心|研究院|研究所|平台|基地|孵化器|园区|产业园|联盟)")


# A sentence that opens with another project by name, then its figures ("贝兰圭公司新一代半导体芯片项目总投资3亿元").
_PROJECT_TOPIC = re.compile(r"(?:(?:其中|同时|此外|另外|目前|据悉|据了解|据介绍)[，,]?)?([\u4e00-\u9fffA-Za-z0-9·]{4,30}?项目)"
                            r"(?=(?:计划)?总投资|投资|占地|位于|选址|(?:总)?建筑面积|规划)")
_NOT_A_PROJECT_NAME = ("该", "本", "此", "这", "整个", "上述", "全部", "首期", "一期", "二期", "三期")


def _subject_from(doc: Doc, i: int) -> Optional[int]:
    """Where, in sentence `i`, a clause has opened with a place as its subject ("近年来乌兰察布市…先后引进落地11个
    数据中心", "据了解，榆阳区…认定高新技术企业99家") or named another body as its topic ("2019年成立的重庆高新技术
    产业研究院，…孵化项目53个"): in a sentence that never names the platform, the figures after it are that
    subject's. None if no clause does. One pass over the sentence's tokens."""
    s = doc.sentences[i]
    group = _GROUP_SUBJECT.search(s.text)
    if group is not None:
        return s.start + group.start(1) - 1  # the count itself is the group's, not a size
    project = _PROJECT_TOPIC.match(s.text)
    if project is not None and not project.group(1).startswith(_NOT_A_PROJECT_NAME):
        return s.start + project.end(1)  # "X公司新一代半导体芯片项目总投资3亿元，占地30亩": another project's figures
    toks = doc.tokens(i)
    at_start = True
    for k, t in enumerate(toks):
        if t.tag == "w" and t.text in _CLAUSE_END:
            if k > 1 and toks[k - 1].tag == "ORG" and toks[k - 2].text == "的":
                return t.start  # "2019年成立的X研究院，": a topic named before the comma
            at_start = True
            continue
        if at_start and t.tag in _SUBJECT_TAGS and k + 1 < len(toks) and toks[k + 1].tag not in _NOUN_TAGS | {"LOC", "ORG"}:
            return toks[k + 1].start  # a place that acts ("榆阳区启动…"), not one that names a thing ("X开发区化工中试基地")
        if at_start and (t.tag in _SUBJECT_SKIP or t.text in _LEADS or t.text in ("据", "了解", "来", "以来")):
            continue
        at_start = False
    return None


def _unit_family(unit: str) -> str:
    """A coarse family of a figure's unit for the decision model: money, area, computing, people, bodies …"""
    for ends, fam in (("元", "money"), ("平方米", "area"), ("平米", "area"), ("亩", "area"), ("公顷", "area"), ("坪", "area"),
                      ("P", "compute"), ("FLOPS", "compute"), ("OPS", "compute"), ("瓦", "power"), ("W", "power")):
        if ends in unit:
            return fam
    if re.search(r"[名人位]", unit[:2]):
        return "people"
    if re.search(r"[家所]", unit[:2]):
        return "bodies"
    if re.search(r"[个项套台条座栋幢]", unit[:2]):
        return "things"
    return "other"


def _without_breakdowns(figs: list[Figure], text: str, base: int) -> list[Figure]:
    """A breakdown of a whole lists parts, not the platform's size: dropped. Parts are four or more figures of one
    measure word joined by 、 ("涵盖国家级高新技术企业7家、专精特新2家、…规上企业18家"), three or more counts of
    people after 其中 ("人才100多人，其中院士7人，…专家2人，…专家3人": titles, where members by kind "其中高校12所、
    企业17家…" are its make-up), and the floors above and below ground of a total
    ("总建筑面积5万平方米，其中地上建筑面积4万平方米，地下1万平方米")."""
    k = text.find("其中")
    if k >= 0:
        people = sum(1 for f in figs if f.start - base > k and _unit_family(f.unit) == "people")
        figs = [f for f in figs if f.start - base < k or people < 3 or _unit_family(f.unit) != "people"]
    totals = {_unit_family(f.unit) for f in figs if "总" in text[f.clause[0] - base : f.start - base]}
    figs = [f for f in figs if not (_unit_family(f.unit) in totals and _ABOVE_BELOW.match(text, f.clause[0] - base))]
    # One list is the figures joined by 、 or 以及, however the items between them count ("1家A、3个B、4家C，以及4家D、
    # 6家E、12家F": five of 家 in one list).
    run_of, run = {}, 0
    for k, f in enumerate(figs):
        if k and not _LIST_JOIN.search(text[figs[k - 1].end - base : f.start - base]):
            run += 1
        run_of[id(f)] = run

    def word(f: Figure) -> str:
        return f.unit[:1] if f.unit[:1] in _INDEFINITE else f.unit

    per_word = Counter((run_of[id(f)], word(f)) for f in figs)
    out = []
    for f in figs:
        same = [g for g in figs if word(g) == word(f) and "、" in text[min(f.start, g.start) - base : max(f.end, g.end) - base]]
        if len(same) >= 4 or per_word[(run_of[id(f)], word(f))] >= 5:
            continue
        out.append(f)
    return out


_LIST_JOIN = re.compile(r"、|以及")


def _without_short_names(doc: Doc, figs: list[Figure]) -> list[Figure]:
    """A short name the article declares ("电子第五研究所(以下简称“五所”)") is a name wherever it stands: "五所副所长",
    "发挥五所…优势" count nothing."""
    short = {m.group(1) for m in _SHORT_NAME.finditer(doc.text) if re.search(NUM_PATTERN, m.group(1))}
    if not short or not figs:
        return figs
    spans = sorted((m.start(), m.end()) for n in short for m in re.finditer(re.escape(n), doc.text))
    starts = [a for a, _ in spans]

    def named(pos: int) -> bool:
        k = bisect.bisect_right(starts, pos) - 1
        return k >= 0 and pos < spans[k][1]

    return [f for f in figs if not named(f.start)]


_SHORT_NAME = re.compile(r"(?:简称|下称|以下称)[“\"「『]([^”\"」』]{1,12})[”\"」』]")


def _without_floor_parts(doc: Doc, figs: list[Figure]) -> list[Figure]:
    """The floor area above or below ground after an area stated in the same or the sentence before is a part of
    it, not a size of its own: "建筑面积10万平方米(地上6.8万平方米，地下3.2万平方米)", "总建筑面积5万平方米，包含…。其中，
    地上建筑面积…". (`_without_breakdowns` sees one sentence and a 总 total only.) One pass, in text order."""
    drop, last_whole = set(), -2  # the sentence of the last area that is not itself such a part
    for f in sorted(figs, key=lambda f: f.start):
        if _unit_family(f.unit) != "area":
            continue
        i = doc.sentence_at(f.start)
        if not _ABOVE_BELOW.search(_LEAD_TAIL.split(doc.text[f.clause[0] : f.start])[-1]):
            last_whole = i
        elif i - last_whole <= 1:
            drop.add(id(f))
    return [f for f in figs if id(f) not in drop] if drop else figs


_LEAD_TAIL = re.compile(r"[\d（(]")  # the words before a figure since the last number or bracket


def _clause(text: str, start: int, end: int) -> tuple[int, int]:
    """The clause around [start, end): bounded by commas, semicolons and sentence ends."""
    a = start
    while a > 0 and text[a - 1] not in _CLAUSE_END:
        a -= 1
    b = end
    while b < len(text) and text[b] not in _CLAUSE_END:
        b += 1
    if b < len(text) and text[b] in "。！？!?":
        pass
    while a < b and text[a] in " “”\"":
        a += 1
    return a, b


def compress_lists(s: str, keep: int = 2) -> str:
    """Shorten long enumerations clause by clause, keeping the count that closes them:
    "设在华为、百度、…、拓维信息等24家企业" → "设在华为、百度等24家企业";
    "A、B、C、D六个人才团队" → "A、B等六个人才团队". A list without such a close is left whole."""
    parts = re.split(r"([，,；;：:])", s)
    return "".join(_compress_clause(p, keep) for p in parts)


_COUNT = re.compile(rf"(?:{NUM_PATTERN})(?:余|多)?(?:[家所个位名项大类支条座种])")


def _compress_clause(clause: str, keep: int) -> str:
    items = clause.split("、")
    if len(items) <= keep + 1:
        return clause
    last = items[-1]
    k = last.find("等")
    if k < 0:
        m = _COUNT.search(last)
        if not m or m.start() == 0:
            return clause
        k = m.start()
        return "、".join(items[:keep]) + "等" + last[k:]
    return "、".join(items[:keep]) + last[k:]

"""Partners: organisations that build, fund, host, co-build or join a platform.

An organisation counts when one of the platform's sentences gives it a role there: the sentence is rewritten
as a skeleton (each organisation a placeholder, each mention of the platform another) and role patterns
(prompts/fields.yaml `partners.roles`) read it: "由A、B与C共同建设", "依托A", "A与B签署协议，共建P", "A控股",
"A负责运营", "A、B等首批加入". Organisations come from LAC's ORG tags, the glossary, enumerations "A、B、C等24家
企业", the platform-like names the article uses, and districts or cities where a pattern makes them parties.
Reporters, the press, people's affiliations ("中国科学院院士") and generic nouns ("高校", "政府") are not partners.
Aliases merge (华为 / 华为公司 / 华为技术有限公司).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Callable, Iterable, Optional

from ..settings import fields_config
from ..translate.glossary_data import Glossary
from .doc import Doc, alternation
from .ner import Token
from .numbers import NUM_PATTERN

_CORP_SUFFIX = re.compile(r"(股份有限公司|有限责任公司|有限公司|股份公司|公司)$")
# Suffixes by which an organisation names itself as a company, school or public body.
_BODY_SUFFIXES = ("有限公司", "公司", "集团", "大学", "学院", "人民政府", "政府", "管委会", "委员会", "银行", "医院",
                  "协会", "学会", "基金会", "局", "厅")
_SEATED_COMPANY = re.compile(r"(?P<head>[\u4e00-\u9fffA-Za-z]{2,20})[（(][\u4e00-\u9fff]{2,4}[）)][\u4e00-\u9fff]{0,8}?"
                             r"(股份有限公司|有限责任公司|有限公司|公司)")
_TRADES = {"半导体", "微电子", "科技", "电子", "信息", "材料", "新材料", "能源", "新能源", "医药", "生物", "智能", "软件",
           "通信", "制造", "装备", "汽车", "光电", "环保", "化工", "高端制造", "数字", "数据", "网络",
           "实业", "发展", "投资", "产业", "物流", "电气", "电力", "重工", "机械", "精密", "光学", "航空", "航天"}
_PARENT_BODIES = ("大学", "学院", "科学院", "研究院", "集团", "医院", "政府")
# A government's bureaus name themselves after it ("澳门特区政府经济及科技发展局").
_UNITS = ("研究所", "实验室", "重点实验室", "学院", "研究院", "研究中心", "系", "医院", "分院", "分公司", "局", "厅", "委员会", "办公室")


def _continues_brand(t: Token) -> bool:
    """A word glued after an ORG token that is still its name: a trade ("粤芯/ORG 半导体"), an X业 trade
    ("江远/ORG 印业", "东岭/ORG 纸业"), or a 和/与 word LAC takes for a conjunction though none is one
    ("恒远/ORG 和丰/c": a brand with 和 in it; a real conjunction is the one character)."""
    return (t.text in _TRADES or (t.tag == "n" and len(t.text) == 2 and t.text.endswith("业") and t.text not in _NOT_TRADES)
            or (t.tag == "c" and len(t.text) == 2 and t.text[0] in "和与" and t.text not in _CONJUNCTIONS))


# X业 words that are no company's trade: what follows a body's name, not part of it ("华为产业链", "腾讯创业营").
_NOT_TRADES = {"企业", "产业", "行业", "专业", "就业", "创业", "事业", "作业", "毕业", "营业", "商业", "工业", "农业",
               "物业", "学业", "职业", "伟业", "大业", "基业", "主业"}
# Two-character conjunctions opening with 和/与: these end a name ("A与其B").
_CONJUNCTIONS = {"与其", "和及", "与及", "和与"}


def _sub_unit_end(tokens: list[Token], j: int) -> int:
    """Where a sub-unit's name ends after its parent's (a field of study, 及/与 joining two, then a unit noun:
    研究所, 实验室, 学院 …, or a bare 所 before what the unit does: "X研究院有机材料与应用技术所共建"); `j` itself
    when no unit noun closes the run within a few words."""
    for x in range(j, min(len(tokens), j + 9)):
        t = tokens[x]
        if t.start != tokens[x - 1].end:
            return j
        if t.text.endswith(_UNITS) and x > j:
            return x + 1
        if t.text == "所" and x > j + 1 and _closes_unit(tokens, x + 1):
            return x + 1
        if t.tag in ("n", "vn", "nz", "an", "a", "ORG"):
            continue
        if t.text in ("及", "与", "和") and x + 1 < len(tokens) and tokens[x + 1].tag in ("n", "vn", "nz", "ORG"):
            continue
        return j
    return j


# After a bare 所 that ends a unit's name: punctuation, a conjunction, or the role it plays ("…技术所共建");
# elsewhere 所 is a particle ("团队所研发").
_AFTER_UNIT = ("共建", "共同", "建设", "牵头", "联合", "合作", "承建", "组建", "负责", "等", "的", "参与", "签")


_UNIT_OF_BODY = re.compile(r"(?:大学|学院|研究院|科学院)[\u4e00-\u9fff]{2,}所$")


def _closes_unit(tokens: list[Token], x: int) -> bool:
    return x >= len(tokens) or tokens[x].tag in ("w", "c") or tokens[x].text.startswith(_AFTER_UNIT)


_NUMBERED_UNIT = re.compile(r"第?(?:[一二三四五六七八九十]{1,3}|\d{1,3})(?:工程局|局|研究院|研究所|所|院|处|厂|分公司|公司)")


def _numbered_unit_end(tokens: list[Token], j: int) -> int:
    """Past a numbered unit right after an organisation's name (四局, 第三工程局, 38所), when it ends on a token
    boundary; `j` itself when there is none."""
    text, end = "", []
    for x in range(j, min(len(tokens), j + 4)):
        if tokens[x].start != tokens[x - 1].end:
            break
        text += tokens[x].text
        end.append(len(text))
    m = _NUMBERED_UNIT.match(text)
    return j + end.index(m.end()) + 1 if m and m.end() in end else j


def _campus_end(tokens: list[Token], j: int) -> int:
    """Past a campus in brackets right after a university's name ("中国石油大学（华东）": a place, LAC's LOC, not an
    abbreviation "(江大)"); `j` itself when there is none."""
    if j + 2 < len(tokens) and tokens[j].text in ("(", "（") and tokens[j + 1].tag == "LOC" and \
            tokens[j + 2].text in (")", "）") and tokens[j].start == tokens[j - 1].end:
        return j + 3
    return j


# A body's kind alone; and a count with its measure word right before a name (what follows is counted, not named).
_BARE_BODIES = {"管理委员会", "管委会", "委员会", "人民政府", "政府", "党工委", "工委"}
_COUNTED_BEFORE = re.compile(r"(?:\d+|[一二两三四五六七八九十百千]+)(?:余|多)?[家个所间]$")
_LEADING_NOUN = re.compile(r"^(企业|单位|公司|机构|龙头企业|高校|院校|行业|全球领先|旗下|下属|所属)")
_TRAILING_ADVERB = frozenset("将已也还均正曾拟")
_UNIT_END = frozenset("系院所部处室站局科厂队组会心校司团行社馆")  # a unit of a body ("清华大学电机系") is named whole
_PARENT_OF = re.compile(r"^[\u4e00-\u9fff]{2,12}?(?:所属|旗下|下属)(?=[\u4e00-\u9fffA-Za-z]{3})")
_COMPANY_END = re.compile(r"(?:公司|集团|企业|厂)$")
_TRAILING_VERB = re.compile(r"(?:共建|共同|建设|合作|牵头|联合|携手|投资|签约|签署|签订|举行|成立|打造|负责|提供|合资)了?$")
_LEADING_VERB = re.compile(r"^((?:合作|联合|共同)?(?:共建|组建|筹建)|联合|携手|会同|联手|依托|牵头|由|与|和|同)")
# Names that end like this are written in full, never as an abbreviation of a longer name.
_FULL_NAME_SUFFIXES = ("大学", "学院", "医院", "研究所", "研究院")
# Facilities named after the organisation that builds them: the organisation is the partner.
_CATEGORY_KINDS = ("中心", "实验室", "平台", "基地")
_FACILITY = ("中心", "平台", "基地", "园区", "集群", "工厂")


# Placeholders of the role skeleton (Unicode private use: never in an article).
_O, _P, _L, _X = "\ue000", "\ue001", "\ue002", "\ue003"  # an organisation, the platform, a party place, another platform
_LOOKBEHINDS = re.compile(r"^(?:\(\?<![^()]*(?:\([^()]*\)[^()]*)*\))+")
# After a signing verb: the deal is only an intent or a memorandum, or it is to build something else together
# ("…签约，合力打造能源领域研究平台"): its parties are no partners of the platform that signs.
_NOT_INTENT = (rf"(?![^，,。；;]{{0,12}}?(?:意向|备忘录|框架)|[^。；;{_P}]{{0,4}}?[，,](?:合力|共同|联合|携手|一起)*"
               rf"(?:打造|共建|建设|组建|成立)[^，,。；;{_O}{_L}{_P}{_X}]{{0,14}}?(?:平台|中心|实验室|研究院|基地)(?![{_P}]))")
_SEP = r"(?:[、，,与和及同跟]|以及|还有|旗下)"  # "A旗下B投资": the group and its company both
_ORGS = rf"[{_O}{_L}{_X}](?:{_SEP}[{_O}{_L}{_X}])*"  # organisations or places (由成都高新区、郫都区与华为公司共同建设)
_BODIES = rf"{_O}(?:{_SEP}{_O})*"  # organisations only (依托A, 落户A: never a region)


def _non_overlapping(orgs: list[tuple[str, int, int, bool]]) -> list[tuple[str, int, int, bool]]:
    """Longest mention wins where spans overlap (华为公司 over 华为)."""
    orgs = sorted(orgs, key=lambda x: (x[1], -(x[2] - x[1])))
    kept: list[tuple[str, int, int, bool]] = []
    for o in orgs:
        if kept and o[1] < kept[-1][2]:
            continue
        kept.append(o)
    return kept


@dataclass
class Partner:
    name: str
    key: str
    spans: list[tuple[int, int]] = field(default_factory=list)


class PartnerExtractor:
    def __init__(self, glossary: Glossary, org_finder: Optional[re.Pattern] = None,
                 is_descriptive: Optional[Callable[[str, bool], bool]] = None, facility_suffixes: tuple[str, ...] = (),
                 is_category: Optional[Callable[[str], bool]] = None) -> None:
        cfg = fields_config()["partners"]
        self.glossary = glossary
        self.contrast_re = alternation(cfg["contrast_cues"])
        self.trigger_re = alternation(cfg["role_words"])
        self.org_suffixes = tuple(sorted(cfg["org_suffixes"], key=len, reverse=True))
        self.admin_suffixes = tuple(cfg["admin_suffixes"])
        self.media_suffixes = tuple(cfg["media_suffixes"])
        self.affiliation = tuple(cfg["affiliation_followers"])
        self.generic = set(cfg["generic"])
        titles = alternation([t for t in cfg["affiliation_followers"]
                             if len(t) >= 2 and t not in ("党委", "常委", "党组", "首席", "专家", "相关人士", "工作人员")]).pattern
        self.named_title = re.compile(rf"[\u4e00-\u9fff]{{2,3}}(?:{titles})")
        nouns = "|".join(map(re.escape, sorted(cfg["list_nouns"], key=len, reverse=True)))
        self.list_re = re.compile(
            rf"((?:[^、，,；;。：:“”]{{1,20}}、)+[^、，,；;。：:“”]{{1,20}}?)(?:等|共)(?:{NUM_PATTERN})?(?:余|多)?[家所个位]?(?:{nouns})")
        self.org_finder = org_finder
        self.is_descriptive = is_descriptive or (lambda zh, place_ok: False)
        self.is_category = is_category or (lambda zh: False)
        self.facility_suffixes = tuple(sorted(facility_suffixes, key=len, reverse=True))
        self.party_places = tuple(cfg["party_places"])
        # Something that may name a party: an organisation's or a place's suffix, a glossary organisation.
        bodies = alternation(list(cfg["org_suffixes"]) + list(cfg["party_places"]) + ["双方", "三方", "两方"]).pattern
        self.body_re = re.compile(bodies + (("|" + org_finder.pattern) if org_finder is not None else ""))
        self.not_parties = tuple(cfg["not_parties"])
        macros = {"ORGS": _ORGS, "ORG": f"[{_O}{_L}{_X}]", "BODIES": _BODIES, "BODY": _O, "P": _P, "SEP": _SEP,
                  "BODYX": f"[{_O}{_X}]",  # an organisation or another platform (never a region)
                  "MARKS": _O + _L + _P + _X,  # MARKS: for use inside a character class
                  "NOT_INTENT": _NOT_INTENT}
        self.roles = [re.compile(r.format(**macros)) for r in cfg["roles"]]
        # "入驻中心的X": X moved in, even where a person of X speaks next ("…的X负责人说").
        # (a pattern is known by how it opens, past the lookbehinds that guard it)
        opens = [_LOOKBEHINDS.sub("", r) for r in cfg["roles"]]
        self.tenant_roles = {k for k, r in enumerate(opens) if r.startswith("(?:入园|入驻|进驻)")}
        # "A、B代表共同签署合作协议": parties of an agreement that need not name the platform in their clause.
        self.agreement_roles = {k for k, r in enumerate(opens) if r.startswith("(?P<o>{ORGS})(?:代表)?")}
        # "A与B签署协议，共建…": where the sentence names the platform, an agreement in a part of it (between
        # semicolons) that does not is another one's ("…；C与D签订X研究院共建协议").
        self.signing_roles = {k for k, r in enumerate(opens) if "(?:签署|签订|签约" in r and r.startswith("(?P<o>{ORG})")}

    def sentences_to_tag(self, doc: Doc, scope: list[int], names: Iterable[str] = ()) -> list[int]:
        """The sentences that may say someone builds, funds, hosts or joins the platform: its own (scope) and
        those naming it (`names`: its aliases, 该中心, 本实验室 …). A sentence that turns to other players
        ("例如美国政府透过晶片法案补助相关研发") counts only when it names the platform."""
        names = [n for n in names if n]
        own = set(scope)
        if names:
            own |= {i for i, s in enumerate(doc.sentences) if any(n in s.text for n in names)}
        out = []
        for i in sorted(own):
            t = doc.sentences[i].text
            if not (self.trigger_re.search(t) and (self.body_re.search(t) or names and any(n in t for n in names))) \
                    and not (i in scope and _opens_with_brand(t, names)):
                continue  # no role word, or nobody to play it: no pattern can match, and NER (the slow part) can wait
            if names and self.contrast_re.search(t) and not any(n in t for n in names):
                continue
            out.append(i)
        return out

    def extract(self, doc: Doc, scope: list[int], exclude: set[str], exclude_spans: list[tuple[int, int]],
                refs: Iterable[str] = (), others: Iterable[str] = (), kind: str = "",
                known: Iterable[str] = (), decide: Optional[Callable[[dict], bool]] = None) -> list[Partner]:
        """Partners of the platform named `exclude` (its aliases) and referred to by `refs` (aliases, 该中心 …):
        of the candidates (see `candidates`), those `decide` keeps; without a model, the organisations its
        sentences give a role in it (prompts/fields.yaml `partners.roles`: who builds, co-builds, funds, leads,
        hosts, controls, operates or joins it)."""
        cands = self.candidates(doc, scope, exclude, exclude_spans, refs, others, kind, known, describe=decide is not None)
        keep = decide or (lambda f: f["rule_keep"] > 0)
        return _merge_abbreviations([p for p, f in cands if keep(f)], lambda n: self.glossary.get(n) is not None,
                                    doc.text)

    def candidates(self, doc: Doc, scope: list[int], exclude: set[str], exclude_spans: list[tuple[int, int]],
                   refs: Iterable[str] = (), others: Iterable[str] = (), kind: str = "",
                   known: Iterable[str] = (), describe: bool = True) -> list[tuple[Partner, dict[str, float]]]:
        """Every organisation (or party place) in the platform's sentences, with the features a decision reads:
        whether a role pattern gives it a role here, the words between it and the platform, distances, what
        kind of body it is. `others`: the other platforms' names, whose sentences are theirs unless they name
        this one too; `kind`: the bare noun ("中心") that refers to it where it opens a clause of its own
        sentences ("中心已与A签订协议"); `known`: names of institutes and platforms the article uses,
        organisations even where LAC misses them. Without `describe`, only the hand rules' verdict is read
        ("rule_keep": a role pattern vouches for an acceptable name): the fast path when no model decides."""
        refs = [r for r in refs if r]
        # Another platform's name inside one of this one's is this one, unless it is the parent of this branch
        # ("X" of "X—Y分中心"): a sentence about X alone is X's.
        others = [o for o in others if o and o not in exclude and not any(o in r and not _branch_of(o, r) for r in refs)]
        # An institute registered as a company is the institute ("X研究院有限公司" is X); a park's company runs it.
        kind_is_company = kind.endswith(("院", "所", "室", "中心")) or any(
            a.endswith(("院", "所", "室", "中心")) for a in exclude)
        sents = self.sentences_to_tag(doc, scope, refs)
        doc.tag(sents)
        scope_set = set(scope)
        own = doc.by_sentence(exclude_spans)  # the platform's mentions, by sentence (linear however many)
        found: dict[str, tuple[Partner, dict[str, float]]] = {}
        role_spans: dict[str, list[tuple[int, int]]] = {}
        other_spans: dict[str, list[tuple[int, int]]] = {}
        seen_spans: set[tuple[int, int]] = set()
        pair: list[tuple[str, int, int, bool]] = []  # the parties of the last agreement: who "双方" are
        n = max(1, len(doc.text))
        for i in sents:
            s = doc.sentences[i]
            text = s.text
            spans = own.get(i, [])
            names_it = bool(spans) or any(r in text for r in refs)
            if not names_it and (i not in scope_set or any(o in text for o in others)):
                continue  # another platform's sentence
            orgs, listed = self.sentence_orgs(doc, i, exclude, spans, known, kind_is_company)
            hits, parties = self._with_roles(doc, i, orgs, spans, refs, kind, others)
            for o in self._owners_by_name(doc, i, orgs, exclude):
                if o not in hits:
                    hits = hits + [o]
                parties["why"].setdefault((o[1], o[2]), set()).add("owner")
            named_from = _tenants_named_from(doc, i, own, refs)
            if named_from is not None:  # "N个项目已入驻P。其中，A…；B的…": each body named next moved in
                hits = hits + [o for o in orgs if o[1] >= s.start + named_from and not o[3] and o not in hits]
            if parties.get("pair"):
                pair = parties["pair"]
            if parties.get("both"):
                hits = hits + [o for o in pair if o not in hits]
            hit_spans = {(o[1], o[2]) for o in hits}
            spans_and_refs = list(spans) + [(s.start + m.start(), s.start + m.end())
                                            for r in refs for m in re.finditer(re.escape(r), text)] if describe else []
            for name, a, e, place in list(orgs) + [o for o in hits if o not in orgs]:
                role = (a, e) in hit_spans
                if not describe and not role:
                    continue  # the hand rules read only the organisations a role pattern names
                key = self.key(name)
                got = found.get(key)
                if got is None:
                    base = _partner_base(self, name, doc, a, e, place, n) if describe else dict(_RULE_ONLY)
                    got = found[key] = (Partner(name=name, key=key, spans=[]), base)
                p, f = got
                if (a, e) not in seen_spans:
                    # Evidence: where it plays its role; where it plays none, where it is named.
                    ev = role_spans.setdefault(key, []) if role else other_spans.setdefault(key, [])
                    if len(ev) < _MAX_EVIDENCE:
                        ev.append((a, e))
                seen_spans.add((a, e))
                f["role"] = max(f["role"], float(role))
                if not f["acceptable"]:
                    tenant = bool(self.tenant_roles & parties["why"].get((a, e), set()))
                    f["acceptable"] = float(self._acceptable(name, doc.text, e, (a, e) in listed, role=role, tenant=tenant))
                if describe:
                    self._describe(f, doc, s, i, a, e, (a, e) in listed, role, names_it, scope_set, len(orgs), spans_and_refs)
                    for r in parties["why"].get((a, e), ()):
                        f[f"pattern:{r}"] = 1.0
        for key, (p, f) in found.items():
            p.spans = role_spans.get(key) or other_spans.get(key, [])
            f["rule_keep"] = float(f["role"] > 0 and f["acceptable"] > 0)  # the hand rules' verdict
            if describe:
                f["sentences"] = min(f["sentences"], 6.0) / 3.0
                f["role_count"] = min(f["role_count"], 4.0)
        return list(found.values())

    @staticmethod
    def _describe(f: dict[str, float], doc: Doc, s, i: int, a: int, e: int, listed: bool, role: bool, names_it: bool,
                  scope: set[int], n_orgs: int, marks: list[tuple[int, int]]) -> None:
        """What one more occurrence of an organisation in a platform sentence adds to its features."""
        text = s.text
        f["role_count"] += float(role)
        f["sentences"] += 1.0
        f["names_it"] = max(f["names_it"], float(names_it))
        f["listed"] = max(f["listed"], float(listed))
        f["in_scope"] = max(f["in_scope"], float(i in scope))
        f["orgs_in_sentence"] = min(f["orgs_in_sentence"], n_orgs / 5.0)
        if marks:
            gap, between = min(((a - y if y <= a else x - e), doc.text[y:a] if y <= a else doc.text[e:x]) for x, y in marks)
            f["distance"] = min(f["distance"], max(0, gap) / 20.0)
            f["before_platform"] = max(f["before_platform"], float(any(e <= x for x, _ in marks)))
            for w in _between_cues(between):
                f["between:" + w] = 1.0
        for w in _between_cues(_clause_around(text, a - s.start, e - s.start)):
            f["clause:" + w] = 1.0
        # The words right around it: "由A", "依托A", "A牵头", "A等", "A负责" (a role pattern's core, softly).
        for w in _between_cues(doc.text[max(s.start, a - 4) : a]):
            f["pre:" + w] = 1.0
        for w in _between_cues(doc.text[e : min(s.end, e + 6)]):
            f["post:" + w] = 1.0

    def sentence_orgs(self, doc: Doc, i: int, exclude: set[str], exclude_spans: list[tuple[int, int]],
                      known: Iterable[str] = (), own_company: bool = True
                      ) -> tuple[list[tuple[str, int, int, bool]], set[tuple[int, int]]]:
        """(name, start, end, is_place) of every organisation and party place in a sentence, not the platform
        itself (its mentions, its aliases, and with `own_company` its company "X有限公司"); and the spans an
        enumeration vouches for."""
        cache = doc.__dict__.setdefault("_partner_orgs", {})  # a sentence's organisations, once per article
        if i not in cache:
            found = self._orgs_in(doc, i)
            cache[i] = ({(o[1], o[2]) for o in found if o[3]},
                        _non_overlapping([(n, a, b, False) for n, a, b, _ in found] + self._parties_in(doc, i)
                                         + self._known_in(doc, i, known)))
        listed, orgs = cache[i]
        orgs = [o for o in orgs
                if not any(a <= o[1] and o[2] <= b for a, b in exclude_spans) and o[0] not in exclude
                and not (own_company and _CORP_SUFFIX.sub("", o[0]) in exclude)]
        return orgs, listed

    def _with_roles(self, doc: Doc, i: int, orgs: list[tuple[str, int, int, bool]], spans: list[tuple[int, int]],
                    refs: list[str], kind: str = "", others: Iterable[str] = ()):
        """The organisations of a sentence that stand in a role pattern, and {"pair": the two sides of an
        agreement, "both": [] when the sentence says 双方 builds it}. The sentence is rewritten with one
        placeholder per organisation (O), party place (L) and mention of the platform (P); the patterns read
        that skeleton."""
        s = doc.sentences[i]
        # An aside in brackets after an organisation ("A(下称“B”)", "A(江大)", "A(占股51%)") stands with it.
        marks: list[tuple[int, int, str, int]] = [(a - s.start, _past_aside(s.text, b - s.start), _L if place else _O, k)
                                                  for k, (_, a, b, place) in enumerate(orgs)]
        for a, b in spans:
            if s.start <= a and b <= s.end:
                marks.append((a - s.start, b - s.start, _P, -1))
        for r in refs:
            for m in re.finditer(re.escape(r), s.text):
                marks.append((m.start(), m.end(), _P, -1))
        if kind:
            bare = "|".join(map(re.escape, [kind] + (["园区"] if kind.endswith("园") and kind != "园区" else [])))
            for m in re.finditer(rf"(?:^|(?<=[，,；;：:与和同])|(?<=入驻|进驻|落户))(?:目前|如今|此外|同时|据悉|据介绍)?[，,]?"
                                 rf"({bare})(?![\u4e00-\u9fff]?(?:公司|集团|大学))", s.text):
                marks.append((m.start(1), m.end(1), _P, -1))
        # Other platforms: a party only where a pattern says so about this one, nearby (see _about_this); one
        # that is also an organisation of the sentence keeps its index ("P由X牵头成立": X is a party).
        org_at = {(a - s.start, b - s.start): k for k, (_, a, b, place) in enumerate(orgs) if not place}
        for o in others:
            for m in re.finditer(re.escape(o), s.text):
                marks.append((m.start(), m.end(), _X, org_at.get((m.start(), m.end()), -2)))
        # Platform marks win over an organisation on the same characters (this one's, then another's).
        marks.sort(key=lambda m: (m[0], -(m[1] - m[0]), {_P: 0, _X: 1}.get(m[2], 2)))
        # owner[x]: the organisation a skeleton character stands for (-1 text, -2 another platform not among them);
        # src[x]: where it starts in the sentence.
        skel, owner, src, pos = [], [], [], 0
        for a, b, ch, k in marks:
            if a < pos:
                continue
            skel.append(s.text[pos:a])
            owner.extend([-1] * (a - pos))
            src.extend(range(pos, a))
            skel.append(ch)
            owner.append(k)
            src.append(a)
            pos = b
        skel.append(s.text[pos:])
        owner.extend([-1] * (len(s.text) - pos))
        src.extend(range(pos, len(s.text)))
        sk = "".join(skel)
        hit: set[int] = set()
        parties: dict[str, list] = {}
        xs = _X in sk
        why: dict[int, set[int]] = {}  # organisation → the role patterns that name it (features of the decision)
        for r, rx in enumerate(self.roles):
            for m in rx.finditer(sk):
                groups = [m.span(g) for g in ("o", "o2", "b") if g in rx.groupindex and m.group(g)]
                if xs and not _about_this(sk, m.start(), m.end(), groups):
                    continue  # the role is another platform's, named nearer
                if r in self.agreement_roles and (_P not in sk or _names_platform_elsewhere(sk, m.start(), m.end())):
                    continue  # an agreement is this platform's where its part of the sentence names it (or 该中心)
                if r in self.signing_roles and _names_platform_elsewhere(sk, m.start(), m.end()):
                    continue
                for g in ("o", "o2", "b"):  # b: bodies only, never a place
                    if g in rx.groupindex and m.group(g):
                        ks = {owner[x] for x in range(m.start(g), m.end(g)) if sk[x] in ((_O, _X) if g == "b" else _MARK_CHARS)}
                        ks = _distributed(sk, m, g, owner) or ks
                        hit.update(ks)
                        for k in ks:
                            why.setdefault(k, set()).add(r)
                if "o2" in rx.groupindex and m.group("o2") and m.group("o"):
                    ks = [owner[x] for x in range(m.start("o"), m.end("o2")) if sk[x] in (_O, _L)]
                    parties["pair"] = [orgs[k] for k in ks if k >= 0]
                if "both" in rx.groupindex and m.group("both"):
                    parties["both"] = []
                if "n" in rx.groupindex and m.group("n") and not any(c in m.group("n") for c in _MARK_CHARS):
                    # A name by its place in the pattern only (plain text: it maps back to the sentence as is).
                    a = s.start + src[m.start("n")]
                    parties.setdefault("named", []).append((m.group("n"), a, a + len(m.group("n")), False))
        parties["why"] = {(orgs[k][1], orgs[k][2]): rs for k, rs in why.items() if k >= 0}
        return [orgs[k] for k in sorted(hit) if k >= 0] + parties.pop("named", []), parties


    def _owners_by_name(self, doc: Doc, i: int, orgs: list[tuple[str, int, int, bool]],
                        names: set[str]) -> list[tuple[str, int, int, bool]]:
        """A company or institute whose brand the platform's name carries ("江州云帆研发中心" and 云帆科技) and that
        the platform's sentence makes its subject ("云帆科技作为…企业，…", "云帆科技宣布成立…"): the platform is its
        own project. Named only inside the platform's name, as a speaker or a speaker's affiliation ("云帆科技表示",
        "云帆科技总经理表示") or as a modifier ("是云帆科技未来研发的主要载体"), it plays no stated role and is no
        partner (gold rules)."""
        s = doc.sentences[i]
        out = []
        for o in orgs:
            name, a, e, place = o
            brand = _brand(name)
            if place or len(brand) < 2 or name.endswith(self.admin_suffixes + self.party_places + _FACILITY + _AUTHORITIES) \
                    or brand.startswith(_PROVINCES) or not any(brand in n and brand != n for n in names):
                continue
            if any(t.start == a and t.tag == "LOC" for t in doc.tokens(i)) or _is_place(self.glossary, brand):
                continue  # a place's name is no brand ("长春新区" in "长春新区智算中心"; 沈阳航空产业集团 and 沈阳市…研究院)
            if not _CLAUSE_OPENING.search(s.text[: a - s.start]) or doc.text[e : e + 1] in _NOT_A_SUBJECT \
                    or self._affiliation(doc.text, e) or _ONLY_SAYS.match(doc.text, e):
                continue
            out.append(o)
        return out

    def _parties_in(self, doc: Doc, i: int) -> list[tuple[str, int, int, bool]]:
        """Places that act as parties when a role pattern says so ("由成都高新区、郫都区与华为公司共同建设"):
        administrative units (区, 市, 县, 省 …) from LAC's LOC tags."""
        out: list[tuple[str, int, int, bool]] = []
        for t in doc.tokens(i):
            if t.tag != "LOC":
                continue
            if out and out[-1][2] == t.start:  # "江西省赣州市": one place, named from the top
                n, a, _, _ = out.pop()
                out.append((n + t.text, a, t.end, True))
            else:
                out.append((t.text, t.start, t.end, True))
        return [o for o in out if o[0].endswith(self.party_places) and len(o[0]) >= 3]

    @staticmethod
    def _known_in(doc: Doc, i: int, known: Iterable[str]) -> list[tuple[str, int, int, bool]]:
        """Names the article uses for platforms and institutes (PlatformFinder's candidates): organisations
        too, where LAC does not tag them ("落户黑龙江省工业技术研究院")."""
        s = doc.sentences[i]
        out = []
        for n in known:
            g = _PARENT_OF.match(n)  # "国家电投所属国家电投研究院": the unit, not its parent (see _orgs_in)
            for m in re.finditer(re.escape(n), s.text):
                cut = len(g.group(0)) if g else 0
                out.append((n[cut:], s.start + m.start() + cut, s.start + m.end(), False))
        return out

    # ---- finding ------------------------------------------------------------------------------
    def _orgs_in(self, doc: Doc, i: int) -> list[tuple[str, int, int, bool]]:
        """(name, start, end, listed): organisations in a sentence; `listed` when an enumeration of
        organisations ("…等24家单位") vouches for the name."""
        s = doc.sentences[i]
        tokens = doc.tokens(i)
        out: list[tuple[str, int, int, bool]] = [(n, a, b, False) for n, a, b in self._from_tokens(tokens)]
        if self.org_finder is not None:
            bounds = {t.start for t in tokens} | {t.end for t in tokens}
            for m in self.org_finder.finditer(s.text):
                a, b = s.start + m.start(), s.start + m.end()
                if len(m.group(0)) <= 3 and not (a in bounds and b in bounds):
                    continue  # a short alias inside other words ("成电" in 制成电芯) is not that organisation
                out.append((m.group(0), a, b, False))
        for m in self.list_re.finditer(s.text):
            pos = m.start(1)
            for item in m.group(1).split("、"):
                a = s.start + pos
                pos += len(item) + 1
                item_start = self._trim_left(tokens, a, a + len(item))
                name = doc.text[item_start : a + len(item)].strip()
                if 2 <= len(name) <= 20:
                    out.append((name, item_start, a + len(item), True))
        # A company with its seat in brackets: "东软睿驰汽车技术（上海）有限公司", "鞍钢栗田（鞍山）水处理有限公司".
        for m in _SEATED_COMPANY.finditer(s.text):
            a = self._trim_left(tokens, s.start + m.start(), s.start + m.end("head"))
            out.append((doc.text[a : s.start + m.end()], a, s.start + m.end(), False))
        out = [part for o in out for part in self._split_joined(*o)]
        out += _this_body(doc, i, out) + _our_school(doc, i)
        # A generic noun before a name ("企业新石器公司"), or 旗下 ("A集团旗下B公司"), is no part of it; nor is
        # the parent a unit belongs to ("国家电投所属国家电投研究院": the institute is the body named).
        out = [(n[len(g.group(0)):], a + len(g.group(0)), b, listed) if g and len(n) - len(g.group(0)) >= 2
               else (n, a, b, listed) for n, a, b, listed in out for g in [_LEADING_NOUN.match(n) or _PARENT_OF.match(n)]]
        # "我市易邦生物工程有限公司": LAC gave the city of 我市 to the company; the company is the rest.
        out = [(n[1:], a + 1, b, listed) if n[:1] in "市省区县" and a > 0 and doc.text[a - 1] in "我本该"
               and _COMPANY_END.search(n) and len(n) >= 6 else (n, a, b, listed) for n, a, b, listed in out]
        # LAC sometimes glues the verb that follows to a name ("海州港务集团共建/ORG", "X学院签署了"): no part of it.
        out = [(n[: len(n) - len(v.group(0))], a, b - len(v.group(0)), listed) if v and len(n) - len(v.group(0)) >= 2
               else (n, a, b, listed) for n, a, b, listed in out for v in [_TRAILING_VERB.search(n)]]
        # … or the adverb of the verb that follows ("国防科大将/ORG 参与"), where the rest is a body's name
        out = [(n[:-1], a, b - 1, listed) if n[-1:] in _TRAILING_ADVERB and len(n) >= 4 and (
            self.glossary.get(n[:-1]) is not None or n[:-1].endswith(self.org_suffixes)) else (n, a, b, listed)
            for n, a, b, listed in out]
        # … or the first word of the noun it modifies ("依托上海大学综合/ORG 学科优势"): a known body's name and a short
        # word that ends no name is the body
        out = [(n[:k], a, a + k, listed) if k else (n, a, b, listed) for n, a, b, listed in out
               for k in [self._known_body_before(n)]]
        return _non_overlapping(out)

    def _known_body_before(self, name: str) -> int:
        """The length of a known body's name that `name` opens, where at most three characters follow it and they
        end no body's name; else 0."""
        if len(name) < 5 or name.endswith(self.org_suffixes) or name[-1] in _UNIT_END or self.glossary.get(name) is not None:
            return 0
        for k in range(len(name) - 1, max(3, len(name) - 4), -1):
            if name[:k].endswith(self.org_suffixes) and self.glossary.get(name[:k]) is not None:
                return k
        return 0

    def _split_joined(self, name: str, a: int, b: int, listed: bool) -> list[tuple[str, int, int, bool]]:
        """LAC sometimes tags a whole "A与B" or "联合A" as one organisation: drop a leading verb, and split
        at 与/和/及/、 when every part but the last ends like an organisation ("国立成功大学与工业技术研究院";
        not "计算与数字经济研究院", a field)."""
        m = _LEADING_VERB.match(name)
        # A one-character preposition leaves at least four ("与江州大学"): "同济大学", "和田县" are names.
        if m and len(name) - m.end() >= (3 if m.end() > 1 else 4) and self.glossary.get(name) is None:
            name, a = name[m.end():], a + m.end()
        parts = re.split(r"(与|和|及|、)", name)
        names, seps = parts[0::2], parts[1::2]
        if len(names) < 2 or any(len(x) < 2 for x in names) or not all(
                x.endswith(self.org_suffixes) or self.glossary.get(x) is not None for x in names[:-1]):
            return [(name, a, b, listed)]
        out, pos = [], a
        for x, sep in zip(names, seps + [""]):
            out.append((x, pos, pos + len(x), listed))
            pos += len(x) + len(sep)
        return out

    def _from_tokens(self, tokens: list[Token]) -> list[tuple[str, int, int]]:
        """ORG runs (ORG + 公司/集团/大学 …) and place runs ending in an administrative suffix."""
        out = []
        k = 0
        while k < len(tokens):
            t = tokens[k]
            if t.tag in ("ORG", "LOC"):
                j = k + 1
                while j < len(tokens) and (tokens[j].tag in ("ORG", "LOC") or
                                           (tokens[j].tag in ("n", "nz") and tokens[j].text.endswith(self.org_suffixes))):
                    j += 1
                is_org = any(x.tag == "ORG" for x in tokens[k:j])
                # A company's trade after its brand ("粤芯/ORG 半导体", "中铝高端/ORG 制造") is part of its name.
                while is_org and j < len(tokens) and tokens[j].start == tokens[j - 1].end and _continues_brand(tokens[j]):
                    j += 1
                if is_org:  # a numbered unit of it ("中国建筑/ORG 四局", "中电科/ORG 38 所") is the body named
                    j = _numbered_unit_end(tokens, j)
                if is_org and tokens[j - 1].text.endswith(_PARENT_BODIES):
                    j = _sub_unit_end(tokens, j)  # "澳门大学/ORG 应用 物理 及 材料 工程 研究所": one institute
                if is_org and tokens[j - 1].text.endswith(("大学", "学院")):
                    j = _campus_end(tokens, j)  # "中国矿业大学(北京)": the campus is part of the name
                name = "".join(x.text for x in tokens[k:j])
                is_org = is_org or name.endswith(self.org_suffixes)
                if (is_org or name.endswith(self.admin_suffixes)) and not self._located(tokens, k):
                    owner = self._owner_prefix(name)  # "华为人工智能算力中心" is built by 华为
                    if owner:
                        out.append((owner, tokens[k].start, tokens[k].start + len(owner)))
                    else:
                        out.append((name, tokens[k].start, tokens[j - 1].end))
                k = j
            else:
                k += 1
        return out

    def _owner_prefix(self, name: str) -> str:
        if not name.endswith(_FACILITY) or self.org_finder is None:
            return ""
        m = self.org_finder.match(name)
        return m.group(0) if m and len(m.group(0)) < len(name) - 2 else ""

    @staticmethod
    def _located(tokens: list[Token], k: int) -> bool:
        """A place after 在/于/位于 is where something is, not who builds it."""
        return k > 0 and tokens[k - 1].text in ("在", "于", "位于", "落户", "地处", "来到", "到")

    @staticmethod
    def _trim_left(tokens: list[Token], a: int, b: int) -> int:
        """First list item "创新中心设在华为" → "华为": start after the last verb/preposition in it."""
        start = a
        for t in tokens:
            if a <= t.start < b and t.tag in ("v", "p", "c", "u", "d", "r", "w", "vd") and t.end < b:
                start = t.end
        return start

    def _acceptable(self, name: str, text: str, end: int, listed: bool = False, role: bool = False,
                    tenant: bool = False) -> bool:
        """Whether a name found in a platform's sentence is an organisation; `role`: a role pattern vouches that
        it acts as one (so a district or a city may be a party); `tenant`: it is named as one that moved in."""
        if len(name) < 2 or name in self.generic:
            return False
        if name.endswith(self.not_parties):
            return False
        if name.endswith(_CATEGORY_KINDS) and self.is_category(name):
            return False  # "辽宁省专业技术创新中心", "国家重点实验室": a category of platforms, nobody (an institute is a body)
        if role and name.endswith(self.party_places) and len(name) >= 3 and not self.is_descriptive(name, True):
            return True
        if name.endswith(self.media_suffixes) and not name.endswith(("研究院", "学院")):
            return False
        if self._affiliation(text, end) and not tenant:
            return False  # "X负责人表示": a person's affiliation, unless X is named as a tenant ("入驻中心的X负责人")
        if re.search(r"\d{4}年|月|日$", name) or not re.search(r"[\u4e00-\u9fffA-Za-z]", name):
            return False
        if re.match(r"^(?:\d+|[一二两三四五六七八九十百千]+)(?:余|多)?[家个所位名]", name):
            return False  # "21家环保企业": a count of bodies, none named
        if name in _BARE_BODIES:
            return False  # "X开发区(以下简称…)管理委员会": the body's kind cut from its name names nobody
        if _COUNTED_BEFORE.search(text, max(0, end - len(name) - 5), end - len(name)):
            return False  # "已有16间创科公司进驻": a count of companies of a trade, none named
        e = self.glossary.get(name)
        if e is not None:
            return e.kind in ("org", "place")
        if listed:
            # An enumeration vouches for names, not for descriptions that share it ("区内智能驾驶、数字金融等企业").
            return len(name) < 4 or not self.is_descriptive(name, True)
        # Not a known organisation: its name must carry more than description. A company, university or
        # government body names itself by its suffix ("宜昌市城市发展投资集团有限公司"); a research unit or
        # facility needs a place or a proper name ("湖南省产商品质量检验研究院", not "工业智能研究中心");
        # a name without suffix must not be a place plus a term ("湖南算力").
        if _UNIT_OF_BODY.search(name):
            return True  # "X研究院有机材料与应用技术所": a unit named after its parent body
        corp = next((x for x in _BODY_SUFFIXES if name.endswith(x)), "")
        if corp == "学院" and self.is_descriptive(name[: -len(corp)], False):
            return False  # "机械工程学院": a school named by its field alone is a department of a university
        if corp:
            return len(name) - len(corp) >= 2
        sfx = next((x for x in self.org_suffixes + self.admin_suffixes + self.facility_suffixes if name.endswith(x)), "")
        if sfx:
            head = name[: len(name) - len(sfx)]
            return bool(head) and not self.is_descriptive(head, False)
        return not self.is_descriptive(name, True)

    def _affiliation(self, text: str, end: int) -> bool:
        """Whether a body is named as someone's affiliation: a title follows it ("X负责人表示"), or a person's
        name and a title ("北京航空航天大学蔡茂林教授")."""
        after = text[end : end + 10]
        return after.startswith(self.affiliation) or bool(self.named_title.match(after))

    # ---- naming -------------------------------------------------------------------------------
    def key(self, name: str) -> str:
        """Alias key: glossary canonical form, else the name without its corporate suffix."""
        e = self.glossary.get(name)
        if e is not None:
            return e.zh
        base = _CORP_SUFFIX.sub("", name)
        e = self.glossary.get(base)
        return e.zh if e is not None else base


_CUES = ("共建", "共同", "联合", "依托", "牵头", "投资", "出资", "运营", "承建", "建设", "入驻", "进驻", "落户", "签约",
         "签署", "合作", "主办", "承办", "指导", "支持", "由", "发起", "成立", "组建", "理事长", "会员", "成员", "控股",
         "管理", "打造", "携手", "参与", "院士", "教授", "记者", "主任", "董事长", "书记", "表示", "介绍", "出席", "参加",
         "调研", "考察", "领导", "设立", "与", "和", "在", "位于", "授牌", "批复", "认定", "获批", "提供", "负责", "引进",
         "孵化", "服务", "设在", "旗下", "下属", "子公司", "全资", "委托", "协议", "等")


# "100多个项目已入驻或即将入驻P", "已有30家企业签约入驻": a count of tenants, who are named next ("其中，A…").
_TENANT_COUNT = re.compile(r"(?:\d+|[一二三四五六七八九十百千两]+)(?:多|余)?[个家所位支][^，,。；;]{0,12}?"
                           r"(?:入驻|进驻|入园|落户)")
_THEN_NAMED = re.compile(r"(?:^|[，,])其中(?:包括|有)?[，,：:]?")


def _tenants_named_from(doc: Doc, i: int, own: dict, refs: list[str]) -> Optional[int]:
    """Where, in sentence `i`, the tenants of a count stated just before start to be named: after 其中 in the same
    sentence ("已有30家企业入驻P，其中包括A、B"), or from the start of a sentence that opens with 其中 after one
    that counts the platform's tenants. None when the sentence names no tenants that way."""
    text = doc.sentences[i].text
    m = _THEN_NAMED.search(text)
    if not m:
        return None
    if m.start() > 0:
        return m.end() if _TENANT_COUNT.search(text, 0, m.start()) else None
    if i == 0:
        return None
    prev = doc.sentences[i - 1].text
    names_it = bool(own.get(i - 1)) or any(r in prev for r in refs)
    return m.end() if names_it and _TENANT_COUNT.search(prev) else None


# A university's own news site names itself in its byline ("湖南师范大学新闻网", "江州大学党委宣传部"): its "我校"
# (本校) is that university. Not 我校区, 我校友, 本校长 …
_PUBLISHER = re.compile(r"([\u4e00-\u9fff]{2,12}?(?:大学|学院))(?:新闻网|新闻中心|新闻在线|官网|融媒体中心|党委宣传部|宣传部)")
_OUR_SCHOOL = re.compile(r"(?:我校|本校)(?![区友长园训庆史内外级])")


def _our_school(doc: Doc, i: int) -> list[tuple[str, int, int, bool]]:
    """"我校与A签约共建P": 我校 is the university whose news site the page is (its byline says so), a body the
    sentence names; nothing where the page names no such site."""
    s = doc.sentences[i]
    if "校" not in s.text:
        return []
    publisher = getattr(doc, "_publisher_school", 0)
    if publisher == 0:
        # (the byline is page furniture the cleaner took out of the text: it is among what it removed)
        m = next((m for t in [doc.text] + [x.text for x in doc.article.removed] for m in [_PUBLISHER.search(t)] if m), None)
        publisher = doc._publisher_school = m.group(1) if m else None
    if publisher is None:
        return []
    return [(publisher, s.start + m.start(), s.start + m.end(), False) for m in _OUR_SCHOOL.finditer(s.text)]


# "该校", "该公司": the body of that kind named last before it in the sentence ("X大学透露，P是由…该校…共建的").
_THIS_BODY = re.compile(r"(?:该|本)(校|公司|集团)")
_BODY_OF = {"校": ("大学", "学院", "学校"), "公司": ("公司",), "集团": ("集团", "集团有限公司")}


def _this_body(doc: Doc, i: int, orgs: list[tuple[str, int, int, bool]]) -> list[tuple[str, int, int, bool]]:
    s = doc.sentences[i]
    out = []
    for m in _THIS_BODY.finditer(s.text):
        a = s.start + m.start()
        named = [o for o in orgs if o[2] <= a and o[0].endswith(_BODY_OF[m.group(1)])]
        if named:
            last = max(named, key=lambda o: o[2])
            out.append((last[0], a, s.start + m.end(), False))
    return out


_ASIDE = re.compile(r"[（(][^（()），,。；;、]{1,14}[）)]")


def _past_aside(text: str, b: int) -> int:
    m = _ASIDE.match(text, b)
    return m.end() if m else b


def _between_cues(text: str) -> list[str]:
    """The role words in the text between an organisation and the platform (or in its clause)."""
    return [w for w in _CUES if w in text]


def _clause_around(text: str, a: int, b: int) -> str:
    lo = max([text.rfind(c, 0, a) for c in "，,；;：:"] + [-1]) + 1
    his = [x for x in (text.find(c, b) for c in "，,；;：:。") if x >= 0]
    return text[lo:a] + text[b:(min(his) if his else len(text))]


_RULE_ONLY = {"role": 0.0, "acceptable": 0.0}

# Public authorities: a ministry that unveils a lab or a bureau that approves it does not own it.
_AUTHORITIES = ("部", "局", "厅", "委", "委员会", "办", "办公室", "署")
# Where a clause's subject may stand: the sentence's or a clause's start, after an opener ("据悉，", "此外").
_CLAUSE_OPENING = re.compile(r"(?:^|[，,。；;：:]|(?:据悉|据了解|据介绍|此外|同时|目前|如今|其中)[，,]?)$")
# What it only says is no role it plays ("云帆科技表示…": the remarks of its people, as a speaker's affiliation).
_ONLY_SAYS = re.compile(r"(?:也|还|则|同时)?(?:表示|介绍|称|指出|认为|透露|说|强调|坦言|回应)")
# After a body that is no subject: a modifier (X的), or one item of a list.
_NOT_A_SUBJECT = ("的", "、", "和", "与", "及", "或")


def _branch_of(parent: str, name: str) -> bool:
    return name.startswith(parent) and name[len(parent) : len(parent) + 1] in "—–－-"


def _opens_with_brand(text: str, names: list[str]) -> bool:
    """Whether a clause of the sentence opens with two characters of the platform's name that are not its
    opening place: where a body whose brand it carries may be the subject (see _owners_by_name)."""
    pieces = {n[k : k + 2] for n in names for k in range(len(n) - 1)} - {n[:2] for n in names}
    return any(text[m.end() : m.end() + 2] in pieces for m in re.finditer(r"(?:^|[，,。；;：:])", text))


def _is_place(glossary: Glossary, zh: str) -> bool:
    entry = glossary.get(zh)
    return entry is not None and entry.kind == "place"


def _brand(name: str) -> str:
    """The proper name a company or institute goes by: its name less the corporate suffix and the trades after
    its brand ("云帆光电科技有限公司" → 云帆)."""
    core = _CORP_SUFFIX.sub("", name)
    core = re.sub(r"(?:控股)?集团$", "", core)
    while len(core) > 2:
        t = next((t for t in sorted(_TRADES | {"技术"}, key=len, reverse=True) if core.endswith(t) and len(core) - len(t) >= 2), "")
        if not t:
            break
        core = core[: -len(t)]
    return core


def _partner_base(ex: "PartnerExtractor", name: str, doc: Doc, a: int, e: int, place: bool, n: int) -> dict[str, float]:
    """The features of an organisation that do not depend on the sentence it was met in."""
    body = next((fam for ends, fam in _BODY_FAMILIES if name.endswith(ends)), "other")
    e_ = ex.glossary.get(name)
    return {"role": 0.0, "role_count": 0.0, "sentences": 0.0, "names_it": 0.0, "listed": 0.0, "acceptable": 0.0,
            "in_scope": 0.0, "orgs_in_sentence": 1.0, "distance": 10.0, "before_platform": 0.0,
            "place": float(place), "body:" + body: 1.0, "glossary_org": float(e_ is not None and e_.kind == "org"),
            "media": float(name.endswith(ex.media_suffixes)), "affiliation": float(ex._affiliation(doc.text, e)),
            "in_title": float(name in doc.article.title), "position": 1.0 - a / n, "chars": min(len(name), 20) / 10.0,
            "descriptive": float(ex.is_descriptive(name, True)), "platform_like": float(name.endswith(ex.facility_suffixes))}


_BODY_FAMILIES = ((("大学", "学院", "学校"), "school"), (("公司", "集团"), "company"), (("政府", "管委会", "委员会", "局", "厅", "部"),
                  "government"), (("科学院", "研究院", "研究所", "实验室", "中心"), "institute"), (("银行", "基金"), "finance"),
                  (("医院",), "hospital"), (("协会", "学会", "联合会", "商会", "联盟"), "association"),
                  (("区", "市", "县", "省", "镇"), "region"))


_DECLARED = re.compile(r"\s*[（(]\s*(?:(?:以下)?(?:简称|下称)[为:：]?)?\s*[“\"「『]?(?P<short>[^”\"」』)）]{1,12}?)[”\"」』]?\s*[)）]")


def _declares(text: str, full: str, short: str) -> bool:
    """Whether the article gives `short` as `full`'s short form: "中山大学(中大)", "香港科技大学（以下简称“科大”）".
    (One pattern for every pair, matched after each mention of `full`: a pattern per pair would be compiled for
    every pair of partners, more than the regex cache holds.)"""
    at = text.find(full)
    while at >= 0:
        m = _DECLARED.match(text, at + len(full))
        if m is not None and m.group("short") == short:
            return True
        at = text.find(full, at + 1)
    return False


def _merge_abbreviations(partners: list[Partner], known: Callable[[str], bool] = lambda n: False,
                         text: str = "") -> list[Partner]:
    """"广药集团" after "广州医药集团有限公司": a short form whose characters appear in order in a longer
    partner's name, starting with the same character, is the same organisation. Not when the short form
    is a full name in its own right: a glossary organisation, or a school named in full ("湖南大学" is
    not short for "湖南工商大学"; universities abbreviate as 湖大, 湖南师大). And a name with its province in front
    ("江西抚州高新区管委会") is the same body as without ("抚州高新区管委会"). A short form the article declares
    for a partner ("中山大学(中大)") is that partner, even a known body's nickname."""
    out: list[Partner] = []
    for p in sorted(partners, key=lambda p: -len(p.name)):
        if text and len(p.name) <= 6:
            host = next((q for q in out if _declares(text, q.name, p.name)), None)
            if host is not None:
                host.spans.extend(p.spans)
                continue
        # A body's name before its corporate suffix is the body, known short name or not ("中国大唐" of
        # "中国大唐集团有限公司").
        host = next((q for q in out if len(p.name) >= 2 and q.name.startswith(p.name)
                     and _GROUP_SUFFIX.fullmatch(q.name[len(p.name) :])), None)
        if host is None and not (known(p.name) or p.name.endswith(_FULL_NAME_SUFFIXES)):
            host = next((q for q in out if len(p.name) >= 3 and p.name[0] == q.name[0] and _subsequence(p.name, q.name)), None)
        if host is None and len(p.name) >= 4:
            host = next((q for q in out if q.name.endswith(p.name) and _PROVINCE.fullmatch(q.name[: -len(p.name)])), None)
        if host is None:
            host = next((q for q in out if _government_of(q.name, p.name) or _government_of(p.name, q.name)), None)
            if host is not None and _government_of(p.name, host.name):
                host.name = p.name  # the body acts: "宝安区人民政府" names the party "深圳市宝安区" signed for
        if host is None:
            out.append(p)
        else:
            host.spans.extend(p.spans)
    out.sort(key=lambda p: min(s for s, _ in p.spans))
    return out


_GROUP_SUFFIX = re.compile(r"(?:集团|控股)?(?:股份有限公司|有限责任公司|有限公司|股份公司|公司)|集团")
_GOVERNMENT = re.compile(r"^(?P<place>[\u4e00-\u9fff]{2,10}?(?:新区|区|市|县|省|自治区))(?:人民政府|政府)$")


def _government_of(gov: str, place: str) -> bool:
    """Whether `gov` is the government of the place `place` names, with or without the city or province before it
    ("宝安区人民政府" of "深圳市宝安区"): one party, that signs as the place and builds as its government."""
    m = _GOVERNMENT.match(gov)
    return bool(m) and place != gov and len(m.group("place")) >= 3 and place.endswith(m.group("place"))


_PROVINCES = tuple(fields_config()["platform"]["provinces"])
_PROVINCE = re.compile("(?:" + "|".join(map(re.escape, fields_config()["platform"]["provinces"])) + ")省?")


def _subsequence(short: str, long: str) -> bool:
    it = iter(long)
    return all(c in it for c in short)


def _about_this(sk: str, a: int, b: int, parties: list[tuple[int, int]] = ()) -> bool:
    """In a sentence that names several platforms, whether a role pattern matched at [a, b) is about this one:
    the nearest platform mark in its clause (after the match first, then before) is this platform's. Another
    platform that is itself the party (`parties`: the spans of the match's party groups) is not what it builds
    ("P，由X牵头，联合…共同成立")."""
    lo = max([sk.rfind(c, 0, a) for c in "，,；;"] + [-1]) + 1
    his = [x for x in (sk.find(c, b) for c in "，,；;") if x >= 0]
    hi = min(his) if his else len(sk)
    inside = "".join(" " if any(x <= k < y for x, y in parties) and sk[k] == _X else sk[k] for k in range(a, b))
    if _P in inside:
        return True
    # After the match: the first run of platform marks ("共建X、P、Y") decides.
    run = re.match(rf"[^{_P}{_X}]*?([{_P}{_X}](?:(?:[、与和及]|以及)[{_P}{_X}])*)", sk[b:hi])
    if run:
        return _P in run.group(1)
    if sk[a] == _X and inside[0] == " ":
        # Another platform as the subject of the verb: "P暨X成立" is its own founding; "P，由X牵头…" is this one's.
        before = [ch for ch in sk[:a] if ch in (_P, _X)]
        return a > 0 and sk[a - 1] == "由" and bool(before) and before[-1] == _P
    for ch in reversed(sk[lo:a]):
        if ch in (_P, _X):
            return ch == _P
    # No platform in its clause: where items stand between semicolons, the platform its item names ("A投资2亿元，
    # 在甲地建设的P；B投资3亿元，在乙地建设的X；…": A builds P, B builds X).
    part_lo = max([sk.rfind(c, 0, a) for c in "；;"] + [-1]) + 1
    his = [x for x in (sk.find(c, b) for c in "；;") if x >= 0]
    part_hi = min(his) if his else len(sk)
    if part_lo > 0 or part_hi < len(sk):
        after = [ch for ch in sk[b:part_hi] if ch in (_P, _X)]
        before = [ch for ch in sk[part_lo:a] if ch in (_P, _X)]
        if after or before:
            return (after or before[::-1])[0] == _P
    return _X not in inside


def _distributed(sk: str, m: re.Match, g: str, owner: list[int]) -> set[int]:
    """"A、B、C牵头建设的P、Q、R分别获批": as many builders as platforms, 分别 after the platforms: this platform's
    builder is the one at its place in the list. Empty when the sentence does not distribute."""
    run = _DISTRIBUTED.match(sk, m.end(g))
    if not run or _P not in run.group(1):
        return set()
    items = run.group(1).split("、")
    orgs = [owner[x] for x in range(m.start(g), m.end(g)) if sk[x] in (_O, _L)]
    at = [k for k, item in enumerate(items) if _P in item]
    if len(items) != len(orgs) or len(orgs) < 2 or len(at) != 1:
        return set()
    return {orgs[at[0]]}


# After the builders: what they build, up to 的, then the list of platforms (names found or not) and 分别.
_DISTRIBUTED = re.compile(r"[^，,。；;的]{0,16}?的([^，,。；;]{2,200}?)(?:等[^，,。；;]{0,8}?)?(?:分别|各自)")


def _names_platform_elsewhere(sk: str, a: int, b: int) -> bool:
    """Whether the sentence names the platform, but not in the part (between semicolons) where [a, b) stands:
    "…与X签订共建P协议；A与B签订合作协议；…" — that part's agreement is another one."""
    if _P not in sk:
        return False
    lo = max([sk.rfind(c, 0, a) for c in "；;"] + [-1]) + 1
    his = [x for x in (sk.find(c, b) for c in "；;") if x >= 0]
    return _P not in sk[lo : min(his) if his else len(sk)]


_MARK_CHARS = (_O, _P, _L, _X)
_MAX_EVIDENCE = 20  # evidence spans kept per partner: enough to check it, bounded on any article

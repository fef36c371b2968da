"""Which platform mentions across articles are the same platform.

Pure logic over records.MentionRecord / PlatformRecord (no database). Two mentions are one platform when they
share a name after normalisation and their places agree; names are compared in several forms, each a kind of
phrasing, never a per-platform entry:

- the name as written, simplified, without quotes and brackets, without a company suffix (…有限公司);
- without a phase or campus tail (一期/二期…工程|项目, <place>园区/校区/研发基地), which stays the same platform;
- a bracketed city "X（珠海）" is a branch: base name X, place 珠海 (a different city is a different platform);
- without a leading place ("湖南湘江实验室" ~ "湘江实验室" in 湖南): only where the other side is in that place;
- names the article declares for it: （简称X）, a bracketed formal name, 命名为/更名为/又称 X;
- a name cut short at the front ("生物医药广东省实验室" of "生命信息与生物医药广东省实验室") in one city.

Two weaker rules join different names, each needing the same known city:
- partners + place: two descriptive names (the field in words, not brands) of the same kind, a shared
  partner (not a government body) and a shared content word (a planning title and the final name, built by
  the same institute); a word that only names a field (海洋, 数据) counts only with a long institute name as
  the shared partner;
- a provincial laboratory's descriptive name (X广东省实验室, reported in 湛江) and the laboratory named after
  that city which its articles call a 省实验室 (湛江湾实验室), when each is the only one of its form there.

Places always gate: two mentions whose cities are both known and differ are never merged (two
"人工智能计算中心" in different cities stay two); a name made only of field and generic words merges only
within one known city; two platforms of one article are never merged unless a name rule joins them (one is a
phase, campus or short form of the other); two registry platforms are only joined by the user. The place that
gates is the one the name or the sentences holding it give (not a university or station named after a city).
Every merge keeps its reason (which names, which articles); user merges/splits are recorded and replayed by
the build.

Cost: profiles are memoised, blocks are keyed by names (and partners, city) with pairs only within one city,
a key held by more than _MAX_BLOCK nodes is skipped as uninformative: a batch is linear in its mentions.
The build finds a mention's registry candidates by lookup_keys (no platform that merely ends alike; partner
keys only where the partners+place rule could apply), a bounded number per key: work per mention stays
bounded as the registry grows.
Deterministic: blocks and pairs follow the mentions' order and sorted keys, never hash order.
"""
from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass, field
from typing import Iterable, Optional, Sequence

from .places import find_places, kind_of, lexicon
from .records import Assignment, MentionRecord, PlatformRecord, _t2s

__all__ = ["keys", "lookup_keys", "cluster", "may_match", "canonical_name", "canonical_name_counted", "declared_names", "name_forms", "profile", "Profile", "RULES"]

_SHORT = 4  # names this short are compared only within one known city
_MAX_BLOCK = 200  # a key shared by more nodes than this says nothing (e.g. a bare generic word)
_CACHE = 16384  # entries per memo of names: a few batches' worth, so memory stays flat however long the build

# Words that end a platform's name; a phase/campus tail is only cut where what is left ends in one of them.
_STEMS = ("实验室", "中心", "研究院", "研究所", "交易所", "平台", "基地", "园", "城", "港", "院", "所", "装置")
# Declared short forms too generic to identify anything across articles.
_GENERIC = {"中心", "实验室", "研究院", "研究所", "平台", "基地", "园区", "该中心", "该实验室", "本中心", "本实验室",
            "省实验室", "国家实验室", "数交所", "交易所", "项目", "公司", "集团"}

_DROP = re.compile(r"[\s·•・\"'“”‘’《》〈〉「」『』\[\]【】,，、.。:：;；!！?？\-—]+")
_CORP = re.compile(r"(?:股份)?有限(?:责任)?公司$|集团有限公司$|集团$")
_PHASE = re.compile(r"(?:[一二三四五六七八九十\d]+期)(?:工程|项目|建设项目|工程项目)?$|(?:建设项目|工程项目|建设工程|项目)$")
# Campus tails that are a separate undertaking of the platform, not a place: kept as their own platform.
_NOT_PLACE = re.compile(r"产业化|研发与|中试|转化|孵化|综合|示范|创新|产业")
_BRACKET = re.compile(r"^(.+?)[（(]([^（）()]{1,40})[）)]$")

# Declarations of another name of the platform, right after its name in the article.
_Q = r"[“\"「『]?"
_QE = r"[”\"」』]?"
_DECL_AFTER = re.compile(
    r"^\s*[（(]\s*(?:以下)?(?:简称|简称为|又称|全称|原名|原称)?[:：]?" + _Q + r"([^（）()“”\"「」]{2,40}?)" + _QE + r"\s*[）)]"
    r"|^\s*[，,]?\s*(?:以下)?(?:简称|又称|全称|原名|原称|也称|正式命名为|命名为|更名为|改名为|正式更名为|即)[为是]?"
    + _Q + r"([\u4e00-\u9fffA-Za-z0-9（）()]{2,40}?)" + _QE + r"(?=[，,。；;）)]|$)")
_DECL_HINT = re.compile(r"[（(]|简称|簡稱|命名|更名|改名|又称|又稱|全称|全稱|原名|原称|也称|即")
_DECL_BEFORE = re.compile(
    r"([\u4e00-\u9fffA-Za-z0-9]{4,40})" + _QE + r"\s*[，,]?\s*(?:正式)?(?:命名为|更名为|改名为|揭牌为|升级为)" + _Q + r"$")


@functools.lru_cache(maxsize=_CACHE)
def _simplify(s: str) -> str:  # noqa: D103 (NFKC, then traditional → simplified)
    return _t2s().convert(unicodedata.normalize("NFKC", s))


def _clean(s: str) -> str:
    return _DROP.sub("", s).lower()


def _place_word(s: str):
    """The place when `s` is wholly a place name (珠海, 珠海市, 南沙), else None."""
    p = lexicon().places.get(s)
    if p is None and s.endswith(("市", "省", "区")):
        p = lexicon().places.get(s[:-1])
    return p


def _ends_in_stem(s: str) -> bool:
    """The name ends in a platform word (实验室, 中心, 交易所 … or a kind suffix of data/kinds.tsv)."""
    return s.endswith(_STEMS) or s.endswith(tuple(k for k, _ in lexicon().kinds))


@dataclass
class NameForms:
    """The forms of one name: `full` (as written, cleaned), `base` (company/phase/campus tails cut), `branch`
    (a place in a trailing bracket), `stripped` ((place, remainder) when the base starts with a place),
    `rules` (which tails were cut, for the reason line)."""

    full: str
    base: str
    branch: Optional[str] = None
    branch_province: Optional[str] = None
    stripped: Optional[tuple[str, str, Optional[str]]] = None  # (place word, rest, its province)
    alias: Optional[str] = None  # a bracketed other name "深圳湾实验室(生命信息与生物医药广东省实验室)"
    rules: list[str] = field(default_factory=list)


_GLOSS = re.compile(r"[(（][a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,8}[)）]")  # pinyin glosses: 區(qū)
_DASH = re.compile(r"\s*(?:——|—|--|－－)\s*")
_ADMIN = ("国家高新区", "高新区", "新区", "市", "省", "区", "县")


@functools.lru_cache(maxsize=_CACHE)
def name_forms(name: str) -> NameForms:
    """The forms of a name (cached: the same names recur in every batch; callers must not change the result)."""
    return _name_forms(name)


def _name_forms(name: str) -> NameForms:
    s = _GLOSS.sub("", _simplify(name)).strip()
    parts = [x for x in _DASH.split(s) if x]
    if len(parts) > 1 and _ends_in_stem(_clean(parts[-1])):
        s = parts[-1]  # "designation——name": the name is the last part
    branch = branch_prov = alias = None
    rules: list[str] = []
    m = _BRACKET.match(s)
    if m:
        inner = _clean(m.group(2))
        p = _place_word(inner)
        if p is not None:
            branch, branch_prov, s = p.city or inner, p.province, m.group(1)
            rules.append(f"branch ({inner})")
        elif len(inner) >= 4 and _ends_in_stem(inner):
            alias, s = inner, m.group(1)
        else:
            s = m.group(1)
    full = _clean(s)
    base = full
    for _ in range(4):  # tails stack: 湛江湾实验室龙王湾研发基地一期工程
        cut = _CORP.sub("", base)
        if cut != base and len(cut) >= 4:
            base = cut
            rules.append("company suffix")
            continue
        cut = _PHASE.sub("", base)
        if cut != base and len(cut) >= 4 and (_ends_in_stem(cut) or _CAMPUS_END.search(cut)):
            base = cut
            rules.append("phase suffix")
            continue
        cut = _campus_cut(base)
        if cut:
            base = cut
            rules.append("campus suffix")
            continue
        break
    stripped = None
    rest, place = base, None
    for _ in range(3):  # 东湖高新区武汉人工智能计算中心 → 武汉人工智能计算中心 → 人工智能计算中心
        lead = _leading_places(rest)
        if not lead:
            break
        w, cut = lead[0]
        r = rest[cut:]
        for adm in _ADMIN:
            if r.startswith(adm) and len(r) - len(adm) >= 4:
                r = r[len(adm):]
                break
        if len(r) < 4 or not _ends_in_stem(r) or len(_core(r)) < 2:
            break
        p = _place_word(w)
        if place is None or (p.city and not place[0]):
            place = (p.city, p.province)
        rest = r
    if place is not None and rest != base:
        stripped = (place[0] or place[1], rest, place[1])
    return NameForms(full, base, branch, branch_prov, stripped, alias, rules)


_CAMPUS_END = re.compile(r"(?:园区|校区|院区|分部|研发基地|总部基地)$")


def _campus_cut(base: str) -> Optional[str]:
    """The platform's name without a "<place>园区/校区/研发基地" tail, or None."""
    m = _CAMPUS_END.search(base)
    if not m:
        return None
    for k in range(2, 5):
        head = base[: m.start() - k]
        place = base[m.start() - k: m.start()]
        if len(head) >= 4 and _ends_in_stem(head) and not _NOT_PLACE.search(place):
            return head
    return None


def _leading_places(s: str) -> list[tuple[str, int]]:
    """(place word, length of the prefix it ends) for each place the name starts with, longest first
    ("中国福建…" gives 福建 after 中国)."""
    out = []
    skip = 2 if s.startswith("中国") else 0
    lex = lexicon().places
    for n in range(min(8, len(s) - skip), 1, -1):
        if s[skip: skip + n] in lex:
            out.append((s[skip: skip + n], skip + n))
    return out


def declared_names(name: str, context: str) -> list[str]:
    """Other names the article declares for the platform next to any occurrence of `name` in `context`:
    （简称X） / a bracketed formal name / 命名为X / X命名为<name>. Cleaned and simplified."""
    if not name or not context or not _DECL_HINT.search(context):
        return []
    ctx = _simplify(context)
    nm = _simplify(name)
    out: list[str] = []
    start = 0
    while True:
        i = ctx.find(nm, start)
        if i < 0:
            break
        after = ctx[i + len(nm): i + len(nm) + 60]
        m = _DECL_AFTER.match(after)
        if m:
            out.append(m.group(1) or m.group(2))
        before = ctx[max(0, i - 60): i]
        m = _DECL_BEFORE.search(before)
        if m:
            cand = re.split(r"[的将把被在由是，,。、；;：:]", m.group(1))[-1]
            cand = re.sub(r"正式$", "", cand)
            if len(cand) >= 4 and _ends_in_stem(cand):
                out.append(cand)
        # X（<name>）: the name itself declared in brackets after another name
        if i > 0 and ctx[i - 1] in "（(" and ctx[i + len(nm): i + len(nm) + 1] in ("）", ")"):
            m = re.search(r"([\u4e00-\u9fff]{4,40})$", ctx[max(0, i - 41): i - 1])
            if m:
                out.append(m.group(1))
        start = i + len(nm)
    res = []
    for a in out:
        a = _clean(a)
        if a and a != _clean(nm) and a not in _GENERIC and len(a) >= 2 and _place_word(a) is None and a not in res:
            res.append(a)
    return res


@dataclass
class Profile:
    """What identity compares of a mention or an existing platform."""

    node: str  # "m:<ref>" or "p:<platform_id>"
    label: str  # the name shown in reasons
    names: list[str]  # long names (full, base, declared, bracketed alias)
    shorts: list[str]  # short declared forms (≤3 chars: 深数所), only compared within one city
    stripped: list[tuple[str, str, Optional[str]]]  # (place, rest, province)
    city: Optional[str]
    province: Optional[str]
    kind: Optional[str]
    partners: set[str]
    article: Optional[str]
    how: dict[str, str]  # name → how it was obtained ("declared in <article>", "phase suffix" …)
    provincial: bool = False  # called a 省实验室 (provincial laboratory) by its name or its sentence
    block_keys: dict[str, list[str]] = field(default_factory=dict)  # per rule, filled by _block_keys


_GOV = re.compile(r"(?:人民政府|政府|管委会|委员会|科技厅|科技局|发改委|市委|省委)$")


@functools.lru_cache(maxsize=_CACHE)
def _partner_key(p: str) -> str:
    """A partner for comparison: no glosses or company suffix, 中国科学院 → 中科院, no ministry in front."""
    k = _CORP.sub("", _clean(_GLOSS.sub("", _simplify(p))))
    k = k.replace("中国科学院", "中科院")
    k = re.sub(r"^(?:自然资源部|教育部|科技部|工信部|中国)", "", k)
    return k


def _specific(partner: str) -> bool:
    """A partner that tells platforms apart: not a government body, not a bare short word."""
    return len(partner) >= 4 and not _GOV.search(partner)


class _Names:
    """Names of one node: long ones compared anywhere, short ones (4 characters or fewer: 深数所, 国创中心,
    mostly abbreviations other cities' platforms use too) only within one city; `how` keeps where each came
    from, for the reason line."""

    def __init__(self) -> None:
        self.names: list[str] = []
        self.shorts: list[str] = []
        self.how: dict[str, str] = {}

    def add(self, n: Optional[str], why: str) -> None:
        if not n or n in _GENERIC or n in self.how:
            return
        (self.shorts if len(n) <= _SHORT else self.names).append(n)
        self.how[n] = why

    def add_forms(self, name: str, why: str) -> None:
        f = name_forms(name)
        self.add(f.full, why)
        self.add(f.base, why if f.base == f.full else ", ".join(f.rules))
        if f.alias:
            self.add(f.alias, "bracketed name")
            self.add(name_forms(f.alias).base, "bracketed name")


def profile(m: MentionRecord) -> Profile:
    """What identity compares of a mention (memoised on its content: the build calls keys() then cluster()
    on the same mentions)."""
    return _profile_cached(m.ref, m.article_id, m.name_zh, m.context, tuple(m.partners), m.kind,
                           tuple(getattr(m, "aliases", None) or ()))


@functools.lru_cache(maxsize=4096)
def _profile_cached(ref, article_id, name_zh, context, partners, kind, aliases) -> Profile:
    return _profile(MentionRecord(ref=ref, article_id=article_id, name_zh=name_zh, context=context,
                                  partners=list(partners), kind=kind), aliases)


def _profile(m: MentionRecord, aliases: tuple) -> Profile:
    forms = name_forms(m.name_zh)
    ns = _Names()
    ns.add_forms(m.name_zh, "name")
    for a in aliases:  # other forms a caller already knows (gold-fed evaluation)
        ns.add_forms(a, f"also called so in {m.article_id}")
    for d in declared_names(m.name_zh, m.context):
        ns.add_forms(d, f"declared in {m.article_id}")
    names, shorts, how = ns.names, ns.shorts, ns.how
    stripped = [f.stripped for f in (name_forms(n) for n in names) if f.stripped]
    # The place that gates merges comes from the name or the sentences that hold it; the build's fallbacks
    # (partners' and the whole article's places) name a partner's city too often (北京大学 → 北京) to gate.
    city, province = _city_of(m.context) or (None, None)
    if forms.branch:  # the bracketed city is the platform's place, whatever the article mentions
        city, province = forms.branch, forms.branch_province or province
    elif forms.stripped and forms.stripped[2]:
        pw = _place_word(forms.stripped[0])
        if pw is not None and pw.city:
            city, province = pw.city, pw.province
        elif pw is not None and province != pw.province:  # the name's province wins over the sentence's
            city, province = None, pw.province
    provincial = any(n.endswith("省实验室") for n in names) or _described_provincial(m.name_zh, m.context)
    return Profile(f"m:{m.ref}", m.name_zh, names, shorts, stripped, city, province,
                   m.kind or kind_of(forms.base), {_partner_key(p) for p in m.partners if p}, m.article_id, how,
                   provincial)


def _described_provincial(name: str, context: str) -> bool:
    """The sentence calls the platform a provincial laboratory: "湛江湾实验室作为…首个获批设立的广东省实验室",
    "…首批4家广东省实验室之一的季华实验室"."""
    ctx, nm = _simplify(context), _simplify(name)
    for sent in re.split(r"[。！？；;\n]", ctx):
        i = sent.find(nm)
        if i < 0:
            continue
        after, before = sent[i + len(nm): i + len(nm) + 40], sent[max(0, i - 40): i]
        if (re.search(r"^[^，,]{0,3}(?:是|作为|为|系)[^，,。]{0,30}省实验室", after)
                or re.search(r"省实验室(?:之一)?(?:的)?$", before)):
            return True
    return False


_NOT_THERE = re.compile(r"(?:[^，,。、\s]{0,4}?)(?:大学|学院|师范|医科|理工|日报|晚报|商报|电视台|广播|南站|北站|东站|西站|火车站|机场)")


@functools.lru_cache(maxsize=4096)
def _city_of(context: str) -> Optional[tuple[Optional[str], Optional[str]]]:
    """(city, province) a context sentence is about: place words scored 2 when written as an administrative
    name (佛山市, 在X揭牌/落户X), else 1; the earliest wins ties. (None, province) when it names only a
    province, None when it names no place."""
    score: dict[str, int] = {}
    prov: dict[str, str] = {}
    first: dict[str, int] = {}
    provinces: list[str] = []
    text = _simplify(context)
    for pos, word, place in find_places(text):
        after = text[pos + len(word): pos + len(word) + 4]
        if _NOT_THERE.match(after):
            continue  # 中山大学, 广州南站, 南方日报: an institution or station named after a place, not the place
        if not place.city:
            if place.province:
                provinces.append(place.province)
            continue
        pre = text[max(0, pos - 2): pos]
        w = 2 if (word.endswith("市") or after.startswith("市") or pre.endswith(("在", "落户", "位于", "于"))) else 1
        score[place.city] = score.get(place.city, 0) + w
        prov[place.city] = place.province or ""
        first.setdefault(place.city, pos)
    if not score:
        return (None, provinces[0]) if provinces else None
    best = max(score, key=lambda c: (score[c], -first[c]))
    return best, prov[best] or None


def profile_existing(p: PlatformRecord) -> Profile:
    """What identity compares of a registry platform, memoised on the record: the build keeps a platform's
    record (and so its profile and block keys) for as long as the platform does not change."""
    if p.profile is None:
        p.profile = _existing(p)
    return p.profile


def may_match(m: MentionRecord, p: PlatformRecord) -> bool:
    """False when no rule could put `m` in `p`: their known places differ (what every rule checks first)."""
    a = profile(m)
    return not ((a.city and p.city and a.city != p.city) or (a.province and p.province and a.province != p.province))


def _existing(p: PlatformRecord) -> Profile:
    ns = _Names()
    why = f"registry platform {p.platform_id}"
    for n in p.names:
        ns.add_forms(n, why)
    for k in p.keys:  # declared names of earlier articles live in the keys
        if k.startswith("n:"):
            ns.add(k[2:], why)
        elif k.startswith("s:"):
            ns.add(k[2:].split("@")[0], why)
    names, shorts, how = ns.names, ns.shorts, ns.how
    stripped = [f.stripped for f in (name_forms(n) for n in names) if f.stripped]
    provincial = any(n.endswith("省实验室") for n in names) or any(k.startswith("f:provincial@") for k in p.keys)
    return Profile(f"p:{p.platform_id}", p.names[0] if p.names else str(p.platform_id), names, shorts, stripped,
                   p.city, p.province, p.kind, {_partner_key(x) for x in p.partners if x}, None, how, provincial)


def keys(m: MentionRecord) -> list[str]:
    """Blocking keys of a mention (see the module docstring); a platform's keys are the union of its
    mentions' keys, and an existing platform is compared on them (declared names included)."""
    pr = profile(m)
    out = [f"n:{n}" for n in pr.names]
    out += [f"c:{rest}@{place}" for place, rest, _ in pr.stripped]
    if pr.city:
        out += [f"c:{n}@{pr.city}" for n in pr.names]
        out += [f"s:{s}@{pr.city}" for s in pr.shorts]
        out += _block_keys(pr, "evidence")  # partner@city|kind, only where the partners+place rule could apply
        if pr.provincial:
            out.append(f"f:provincial@{pr.city}")
        out += [f"t:{t}@{pr.city}" for t in _tails(pr.names)]
    if pr.province and pr.province != pr.city:
        out += [f"c:{n}@{pr.province}" for n in pr.names]
    return list(dict.fromkeys(out))


def lookup_keys(m: MentionRecord) -> list[str]:
    """The keys to look up a mention's candidates by: its keys, but of the endings of its names (t:) only its
    whole names (platforms whose name ends in this one), and for the other endings the platforms named so
    (c:<ending>@<city>: this name ends in theirs). Two names that merely end alike ("…制造创新中心") are never
    joined by the cut-short rule, so the many platforms of a city that share an ending are no candidates."""
    ks = keys(m)
    pr = profile(m)
    if not pr.city:
        return ks
    whole = {f"t:{n}@{pr.city}" for n in pr.names}
    out = [k for k in ks if not k.startswith("t:") or k in whole]
    out += [f"c:{k[2:]}" for k in ks if k.startswith("t:") and k not in whole]
    return list(dict.fromkeys(out))


# ---- matching -------------------------------------------------------------------------------------------
def _place_conflict(a: Profile, b: Profile) -> Optional[str]:
    if a.city and b.city and a.city != b.city:
        return f"{a.city} ≠ {b.city}"
    if a.province and b.province and a.province != b.province:
        return f"{a.province} ≠ {b.province}"
    return None


def _in_place(place: str, pr: Profile) -> bool:
    return place in (pr.city, pr.province)


def _src(pr: Profile) -> str:
    """Where a profile comes from, for a reason line: its article, or "platform 12" of the registry."""
    return pr.article or f"platform {pr.node[2:]}"


def name_match(a: Profile, b: Profile) -> Optional[str]:
    """Why a and b are one platform by name, or None. Places must not conflict."""
    if _place_conflict(a, b):
        return None
    shared = [n for n in a.names if n in b.names and (not _generic(n) or (a.city and a.city == b.city))]
    if shared:
        n = shared[0]
        why = {a.how.get(n, ""), b.how.get(n, "")} - {"name", ""}
        extra = f" ({'; '.join(sorted(why))})" if why else ""
        return f"same name '{n}' in {_src(a)} and {_src(b)}{extra}"
    for x, y in ((a, b), (b, a)):
        for place, rest, _ in x.stripped:
            if (rest in y.names or any(r == rest for _, r, _ in y.stripped)) and _in_place(place, y):
                return f"'{x.names[0]}' in {_src(x)} is '{rest}' of {place} in {_src(y)} (place prefix)"
    if a.city and a.city == b.city:
        s = [x for x in a.shorts if x in b.shorts]
        if s:
            return f"same short name '{s[0]}' in {a.city} in {_src(a)} and {_src(b)}"
        s = [x for x in a.shorts if x in b.names] + [x for x in b.shorts if x in a.names]
        if s:
            return f"short name '{s[0]}' in {a.city} in {_src(a)} and {_src(b)}"
        # a name cut short at the front ("生物医药广东省实验室" of "生命信息与生物医药广东省实验室") in one city
        for x, y in ((a, b), (b, a)):
            for n in x.names:
                if len(n) >= 6 and len(_core(n)) >= 4 and a.kind == b.kind:
                    for m in y.names:
                        head = m[: len(m) - len(n)]
                        # "国家…" / "江苏…" in front make another level of platform, not a longer name
                        if m.endswith(n) and head and not _LEVEL.match(head) and not _leading_places(head):
                            return f"'{n}' ({_src(x)}) ends '{m}' ({_src(y)}), both in {a.city}"
    return None


_LEVEL = re.compile(r"^(?:国家|中国|省|市|区|县)")
_GENERIC_PARTS = re.compile(r"科学与技术|科学与工程|科学技术|科学|技术|工程|创新|研究|广东省|省|国家|中国|实验室|中心|与|和|及")


# Fields named by platforms in every city: a name made of these and generic words names no one platform.
_FIELDS = re.compile(r"人工智能|大数据|云计算|数据|算力|智能|计算|超算|区块链|量子|生物医药|生物|医药|新材料|材料|新能源|能源|"
                     r"集成电路|半导体|芯片|工业互联网|互联网|物联网|智能制造|先进制造|制造|海洋|信息|网络|软件|数字|产业|开放|"
                     r"公共|服务|重点|工程|交易|检测|孵化|中试|转化|共享|示范|综合")


@functools.lru_cache(maxsize=_CACHE)
def _generic(name: str) -> bool:
    """A name any city may have (人工智能计算中心, 数据交易所, 省创新实验室, 能源材料实验室): a kind word, or
    nothing but generic and field words once the kind suffix and place are gone. Such a name merges only
    within one known city."""
    return name in _kind_words() or not _FIELDS.sub("", _distinct(name)).strip()


@functools.lru_cache(maxsize=1)
def _kind_words() -> frozenset[str]:
    return frozenset(k for k, _ in lexicon().kinds)


@functools.lru_cache(maxsize=_CACHE)
def _core(name: str) -> str:
    """A name without its kind suffix and leading place: what distinguishes it."""
    k = name
    for suf in ("广东省实验室", "省实验室", "实验室", "中心", "研究院", "研究所", "交易所"):
        if k.endswith(suf):
            k = k[: -len(suf)]
            break
    for _, cut in _leading_places(k):
        k = k[cut:]
        break
    return k


@functools.lru_cache(maxsize=_CACHE)
def _distinct(name: str) -> str:
    """The content words of a name: no kind suffix, place or generic words (科学与技术, 创新, 省 …)."""
    return _GENERIC_PARTS.sub(" ", _core(name))


@functools.lru_cache(maxsize=_CACHE)
def _described(name: str) -> bool:
    """A descriptive name (its field said in words: 海洋科学与技术…实验室), not a brand (天府永兴实验室)."""
    return _distinct(name) != _core(name)


def _has_word(s: str, n: int = 2) -> bool:
    """`s` has a run of `n` characters that _common_run could share."""
    return any(len(w) >= n for w in s.split())


def _common_run(a: str, b: str, n: int) -> Optional[str]:
    for w in a.split():
        for i in range(len(w) - n + 1):
            if w[i: i + n] in b:
                return w[i: i + n]
    return None


_COMPANY = re.compile(r"(?:分公司|公司|集团|银行|分行|股份)$")


def _strong(partner: str) -> bool:
    """A partner few platforms share by chance: a long name of an institute or university, not a company
    (one operator builds many data centres in one city) nor a government body."""
    return len(partner) >= 8 and _specific(partner) and not _COMPANY.search(partner)


def evidence_match(a: Profile, b: Profile) -> Optional[str]:
    """Different names, one platform: same kind in the same known city, a shared specific partner (not a
    government body) and a shared content word of the names (a planning title and the final name, built by
    the same partners: 广州海洋科学与技术广东省实验室 ~ 南方海洋科学与工程广东省实验室 in 广州). A shared word
    that only names a field (海洋, 数据) counts only with a strong partner (a long institute name)."""
    if not (a.city and a.city == b.city and a.kind and a.kind == b.kind) or _place_conflict(a, b):
        return None
    shared = sorted(x for x in a.partners & b.partners if _specific(x))
    if not shared:
        return None
    strong = any(_strong(x) for x in shared)
    for x in a.names:
        for y in b.names:
            if not (_described(x) and _described(y)):
                continue  # two brand names (天府永兴实验室, 天府锦城实验室) are two labs, whoever builds them
            run = _common_run(_FIELDS.sub(" ", _distinct(x)), _FIELDS.sub(" ", _distinct(y)), 2)
            if run is None and strong:
                run = _common_run(_distinct(x), _distinct(y), 2)
            if run:
                return (f"'{x}' ({_src(a)}) and '{y}' ({_src(b)}): same kind in {a.city}, shared partner "
                        f"{'、'.join(shared[:3])}, both names say '{run}'")
    return None


def _city_named(p: Profile) -> bool:
    """A laboratory named after its city (湛江湾实验室, 深圳湾实验室), not a descriptive 省实验室 name."""
    n = p.names[0] if p.names else ""
    return bool(p.city) and n.startswith(p.city) and n.endswith("实验室") and not n.endswith("省实验室")


def _descriptive(p: Profile) -> bool:
    n = p.names[0] if p.names else ""
    return n.endswith("省实验室") and not n.startswith(p.city or "\0")


def provincial_match(a: Profile, b: Profile, unique: set[str]) -> Optional[str]:
    """A provincial laboratory's descriptive name (南方海洋科学与工程广东省实验室, in 湛江) and the city-named
    laboratory the articles of that city call a 省实验室 (湛江湾实验室): one platform when each is the only one
    of its form in that city (`unique` holds those cities)."""
    if not (a.city and a.city == b.city and a.city in unique) or _place_conflict(a, b):
        return None
    for x, y in ((a, b), (b, a)):
        if _descriptive(x) and _city_named(y) and y.provincial:
            return (f"'{x.names[0]}' ({_src(x)}) is the provincial laboratory of {a.city}; '{y.names[0]}' "
                    f"({_src(y)}) is called a 省实验室 of {a.city}; each the only one of its form there")
    return None


class _Clusters:
    """Union-find with cannot-links: known different places stay apart; platforms of one article stay apart
    unless one name is a phase, campus or short form of the other (rule `same_article_ok`); two existing
    registry platforms are only joined by the user."""

    def __init__(self, profiles: Sequence[Profile]) -> None:
        self.parent = {p.node: p.node for p in profiles}
        self.members = {p.node: [p] for p in profiles}
        self.reason: dict[str, str] = {}

    def find(self, x: str) -> str:
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: Profile, b: Profile, why: str, same_article_ok: bool) -> bool:
        ra, rb = self.find(a.node), self.find(b.node)
        if ra == rb:
            return False
        ma, mb = self.members[ra], self.members[rb]
        if not same_article_ok:
            arts = {p.article for p in ma if p.article}
            if any(p.article in arts for p in mb if p.article):
                return False
        if sum(1 for p in ma + mb if p.node.startswith("p:")) > 1:
            return False
        for x in ma:
            for y in mb:
                if _place_conflict(x, y):
                    return False
        if rb.startswith("p:"):
            ra, rb = rb, ra  # an existing platform stays the root
        self.parent[rb] = ra
        self.members[ra] = ma + mb
        del self.members[rb]
        self.reason.setdefault(a.node, why)
        self.reason.setdefault(b.node, why)
        return True


def _tails(names: list[str]) -> set[str]:
    """Every ending of at least 6 characters of each name: a name cut short at the front shares one."""
    return {n[i:] for n in names for i in range(len(n) - 5)}


def _block_keys(p: Profile, rule: str) -> list[str]:
    """The keys that put `p` in a block for `rule`, sorted (the merge order, and so reasons and roots, never
    depends on hashing); kept on the profile, which is memoised across batches."""
    got = p.block_keys.get(rule)
    if got is not None:
        return got
    if rule == "name":
        ks = {f"n:{n}" for n in p.names} | {f"n:{r}" for _, r, _ in p.stripped}
        if p.city:
            ks |= {f"s:{s}@{p.city}" for s in p.shorts}
            ks |= {f"t:{t}@{p.city}" for t in _tails(p.names)}
    elif rule == "evidence":  # only what evidence_match could join: same kind and city, a shared partner and a
        # content word of a descriptive name (a word other than fields, or any word with a strong partner)
        ks = set()
        if p.city and p.kind:
            described = [n for n in p.names if _described(n)]
            words = any(_has_word(_FIELDS.sub(" ", _distinct(n))) for n in described)
            fields = words or any(_has_word(_distinct(n)) for n in described)
            ks = {f"p:{x}@{p.city}|{p.kind}" for x in p.partners if _specific(x) and (words or (fields and _strong(x)))}
    else:  # only what provincial_match could join
        ok = p.city and p.kind == "laboratory" and (_descriptive(p) or (_city_named(p) and p.provincial))
        ks = {f"f:{p.city}"} if ok else set()
    p.block_keys[rule] = got = sorted(ks)
    return got


def _blocks(profiles: Sequence[Profile], rule: str) -> dict[str, list[Profile]]:
    idx: dict[str, list[Profile]] = {}
    for p in profiles:
        for k in _block_keys(p, rule):
            idx.setdefault(k, []).append(p)
    return idx


def _pairs(block: list[Profile]):
    """The pairs of a block worth comparing: every rule needs the places not to conflict, so members of two
    different known cities are never paired (an unknown city pairs with all); two registry platforms are only
    joined by the user, so they are not paired either. Deterministic: block order within each group."""
    by_city: dict[Optional[str], list[Profile]] = {}
    for p in block:
        by_city.setdefault(p.city, []).append(p)
    unknown = by_city.pop(None, [])
    groups = list(by_city.values()) + ([unknown] if unknown else [])
    for g in groups:
        for i, a in enumerate(g):
            for b in g[i + 1:]:
                if not (a.node.startswith("p:") and b.node.startswith("p:")):
                    yield a, b
    for a in unknown:
        for g in groups[:-1]:
            for b in g:
                if not (a.node.startswith("p:") and b.node.startswith("p:")):
                    yield a, b


def _unique_cities(profiles: Sequence[Profile]) -> set[str]:
    """Cities with exactly one descriptive provincial-lab name and one city-named 省实验室 name."""
    desc: dict[str, set[str]] = {}
    named: dict[str, set[str]] = {}
    for p in profiles:
        if not p.city or not p.names:
            continue
        if _descriptive(p):
            desc.setdefault(p.city, set()).add(p.names[0])
        elif _city_named(p) and p.provincial:
            named.setdefault(p.city, set()).add(p.names[0])
    return {c for c in desc if len(desc[c]) == 1 and len(named.get(c, ())) == 1}


RULES = ("name", "evidence", "provincial")


def cluster(mentions: list[MentionRecord], existing: Iterable[PlatformRecord] = (),
            rules: Sequence[str] = RULES) -> list[Assignment]:
    """Assign each mention of a batch to an existing platform or a new one (same new_label = same new
    platform), with a one-line reason. Name rules first, then partners+place, then the provincial-lab rule
    (`rules` leaves some out, for measuring what each adds)."""
    ex = [profile_existing(p) for p in existing]
    ms = [profile(m) for m in mentions]
    allp = ex + ms
    uf = _Clusters(allp)
    unique = _unique_cities(allp)
    steps = (("name", name_match, True), ("evidence", evidence_match, False),
             ("provincial", lambda a, b: provincial_match(a, b, unique), False))
    for rule, match, same_article_ok in steps:
        if rule not in rules:
            continue
        for k, block in _blocks(allp, rule).items():
            if len(block) < 2 or len(block) > _MAX_BLOCK:
                continue
            for a, b in _pairs(block):
                if uf.find(a.node) == uf.find(b.node):
                    continue
                why = match(a, b)
                if why:
                    uf.union(a, b, why, same_article_ok)
    out = []
    for m, pr in zip(mentions, ms):
        root = uf.find(pr.node)
        why = uf.reason.get(pr.node, "")
        if root.startswith("p:"):
            out.append(Assignment(m.ref, platform_id=int(root[2:]), reason=why))
        else:
            out.append(Assignment(m.ref, new_label=root[2:], reason=why or f"new platform '{m.name_zh}'"))
    return out


def canonical_name(names: Iterable[str]) -> str:
    """The name to show for a platform, from the names (as written) of its mentions, repeats counted: the
    most frequent base form (no phase, campus or company tail: "青岚湖实验室" over "青岚湖实验室二期"), written
    as some article wrote it when one did; ties go to the earlier name."""
    return canonical_name_counted((n, 1) for n in names)


def canonical_name_counted(names: Iterable[tuple[str, int]]) -> str:
    """canonical_name of (name, how many mentions) pairs, first seen first (the build's platform summaries)."""
    count: dict[str, int] = {}
    written: dict[str, str] = {}
    for n, c in names:
        if not n or not n.strip():
            continue
        b = name_forms(n).base
        count[b] = count.get(b, 0) + c
        if name_forms(n).full == b:
            written.setdefault(b, n.strip())
    if not count:
        return ""
    best = max(count, key=lambda b: count[b])  # max keeps the first of equals: insertion order
    return written.get(best, best)

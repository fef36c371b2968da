"""News of a count of bodies and what happened to them, as a report or its headline tells it: "科技部为15所在港
全国重点实验室授牌" → "The Ministry of Science and Technology presented plaques to 15 state key laboratories in
Hong Kong"; "澳门四所全国重点实验室获授牌" → "Four state key laboratories in Macao receive plaques"; "科技部批准在
香港成立15间全国重点实验室" → "The Ministry of Science and Technology approved 15 state key laboratories in Hong
Kong".

A report that names no platform of its own (a ceremony for many, a list of those approved) or whose headline
counts what it tells of has this as its news. Only a count of two or more, of a noun phrase the phrase grammar
writes whole whose head is a kind of platform (or projects), and an act this module knows is written; the
giver or approver only where the knowledge base or the tagger names them. Anything else gives "" (never a
gloss).
"""
from __future__ import annotations

import re
from typing import Callable, Optional

from .phrases import Grammar, _count_words, join_list, plural
from .phrases import _int as _number

_CJK = re.compile(r"[\u3400-\u9fff]")
# A count and its measure word; a Chinese numeral may go without one in a headline (澳门四全国重点实验室).
_COUNT = re.compile(r"(?<![\d.零〇一二两三四五六七八九十百千万亿])(\d{1,3}|十[一二三四五六七八九]?|[两二三四五六七八九]十?"
                    r"[一二三四五六七八九]?)(个|家|所|间|项|座|批)?")
# What happened to them: (Chinese, the headline's verb, the report's past) — the verbs of a plural subject.
_ACTS = [
    (re.compile(r"(?:获|获得)?(?:正式)?授牌"), "receive plaques", "received plaques"),
    (re.compile(r"(?:正式)?揭牌(?:成立)?"), "unveiled", "were unveiled"),
    (re.compile(r"(?:集中)?(?:开工|动工)(?:建设)?"), "break ground", "broke ground"),
    (re.compile(r"(?:建设)?(?:获批|获得批准)(?:建设)?"), "approved", "were approved"),
    (re.compile(r"(?:正式)?(?:成立|组建)"), "established", "were established"),
    (re.compile(r"(?:成功)?入选"), "selected", "were selected"),
    (re.compile(r"(?:集中)?(?:投用|启用|投入使用|投运)"), "enter service", "were put into service"),
]
# Who gives the plaques: 科技部部长阴和俊为X授牌 (the giver before 为, the act after the count's noun phrase).
_GIVER = re.compile(r"^(.{2,30}?)(?:共同)?为$")
# An approval with its approver before the count: 科技部批准在香港成立15间X, 国科局批港新建5间X.
_APPROVAL = re.compile(r"^(.{2,20}?)(?:正式)?(?:批准|批复|同意)(?:在|于)?(.{0,6}?)(?:新建|成立|设立|建设|组建)$")
# What was added to a body (新增移动云算力中心等共六家): the body is the subject before, the examples are left out.
_ADDED = re.compile(r"(?:新增|新添|再添|增加)(?:了)?(?:[^，,]{0,30}?等)?(?:共|合计|共计)?$")
# Hong Kong and Macao as their own reports write them in one character (在港, 本澳, 港澳): the knowledge base
# holds only the full names.
_SAR = {"港": "Hong Kong", "澳": "Macao"}
_SAR_PLACE = re.compile(r"^(?:在|本|驻)?([港澳])(?:的)?")
_KINDS = re.compile(r"\b(?:laborator(?:y|ies)|cent(?:re|er)s?|institutes?|bases?|platforms?|parks?|incubators?|"
                    r"projects?|hubs?|alliances?|stations?|academ(?:y|ies))$")


def counted_news(zh: str, g: Grammar, headline: bool = False,
                 who: Optional[Callable[[str], Optional[str]]] = None) -> str:
    """The first count of bodies in `zh` and what happened to them, as a headline ("Four state key laboratories
    in Macao receive plaques") or a sentence of the report ("… received plaques."); `who(zh)`: the English of
    the giver or approver the text names before the count (a person with an office, a body), or None. ""
    where no clause tells a count, a kind the grammar writes and an act."""
    prev = ""
    for clause in re.split(r"[，,。；;！？!?\s]+", zh):
        en = _clause(clause, g, headline, who, subject=re.split(r"的", prev)[-1])
        prev = clause
        if en:
            if headline and not re.search(r" in [A-Z]", en):  # a headline's place is its first words' (湖北… 11个项目入选)
                first = [h for h in g.lex.kb.find_all(zh[:4], ("place",)) if h.entry.en and h.start == 0]
                en += f" in {first[0].entry.en}" if first and not zh.startswith(clause) else ""
            return en
    return ""


# A batch a body sets up or names (郑州市政府决定组建首批郑州市产业研究院, 现确定第一批试点创新中心名单如下).
_BATCH = re.compile(r"(?P<verb>组建|认定|确定|公布|发布|设立|成立|命名)(?:了)?(?P<which>首批|第一批|第二批|第三批|新一批)"
                    r"(?P<np>[^，,。；;：:、“”「」]{2,24}?)(?:名单|培育对象|如下|$)")
_WHICH = {"首批": "first", "第一批": "first", "第二批": "second", "第三批": "third", "新一批": "new"}
_BATCH_VERB = {"组建": ("sets up", "set up"), "设立": ("sets up", "set up"), "成立": ("sets up", "set up")}


def _batch(c: str, g: Grammar, headline: bool, who) -> str:
    """"The Zhengzhou Municipal Government sets up its first batch of … research institutes"; with no body
    named, "First batch of pilot innovation centres named"."""
    m = _BATCH.search(c)
    if not m:
        return ""
    np = _kind_np(g, m.group("np"))
    if not np:
        return ""
    which = _WHICH[m.group("which")]
    present, past = _BATCH_VERB.get(m.group("verb"), ("names", "named"))
    body = re.sub(r"(?:决定|正式|研究|经研究|今天|日前|近日|现)+$", "", c[:m.start()])
    if c[:m.start()].endswith("决定"):  # 决定组建: a decision to, as the notice says it
        past = "decided to " + {"set up": "set up", "named": "name"}[past]
    by = who(body) if who and body else None
    if by:
        own = "its " if which != "new" else "a "
        return _out(f"{by} {present if headline else past} {own}{which} batch of {plural(np)}", headline)
    if headline:
        return _out(f"{which} batch of {plural(np)} {past}", True)
    return _out(f"the {which} batch of {plural(np)} was {past}", False)


# A count of candidates named for a kind of platform (确定了…等11个项目，作为新一批省级制造业创新中心培育对象).
_CANDIDATES = re.compile(r"(?:确定|认定|遴选|评选|公布)(?:了)?(?:[^。；;]{0,80}?等)?(?P<n>\d{1,3}|[二两三四五六七八九十]{1,3})"
                         r"(?:个|家|项)(?P<what>项目|单位|企业)[，,]?(?:作为|列为|成为)(?P<which>新一批|首批|第一批|第二批)?"
                         r"(?P<np>[^，,。；;“”]{2,20}?)(?P<role>培育对象|培育单位|试点单位|试点)")
_WHAT = {"项目": "projects", "单位": "organisations", "企业": "companies"}


def candidates(zh: str, g: Grammar) -> str:
    """"Eleven projects were named as a new batch of provincial-level manufacturing innovation centres to be
    cultivated" (培育对象) or "… as pilot …" (试点); "" where the kind is not one the grammar writes whole."""
    m = _CANDIDATES.search(zh)
    np = _kind_np(g, m.group("np")) if m else ""
    if not np:
        return ""
    n = _int(m.group("n"))
    if n < 2:
        return ""
    w = _WHICH.get(m.group("which") or "")
    which = "" if not w else "a new batch of " if w == "new" else f"the {w} batch of "
    kinds = plural(np)
    role = f"{which}{kinds} to be cultivated" if "培育" in m.group("role") else f"{which}pilot {kinds}"
    return _out(f"{_count(n, start=True)} {_WHAT[m.group('what')]} were named as {role}", False)


def counted_sentences(zh: str, g: Grammar, who: Optional[Callable[[str], Optional[str]]] = None,
                      most: int = 2) -> list[str]:
    """Up to `most` sentences of counted news from the clauses of `zh`, in its order, each told once (a report
    of an approval and of the plaques given the same laboratories)."""
    out: list[str] = []
    prev = ""
    for clause in re.split(r"[，,。；;！？!?\s]+", zh):
        # X出席仪式，向四所Y授牌: the giver is the one who attended, in the clause before
        at = re.match(r"^(.{2,30}?)(?:出席|参加|莅临)", prev) if clause.startswith("向") else None
        en = _clause(clause, g, False, who, tuple(out), at.group(1) if at else "")
        prev = clause
        if en and en not in out:
            out.append(en)
        if len(out) >= most:
            break
    return out


def _clause(c: str, g: Grammar, headline: bool, who, said: tuple[str, ...] = (), attended: str = "",
            subject: str = "") -> str:
    """One clause's counted news; `said`: the sentences before; `attended`: who attended, in the clause before
    (the giver of 向N所X授牌); `subject`: the name the clause before ends with (X，新增N家Y: X added)."""
    batch = _batch(c, g, headline, who)
    if batch:
        return batch
    for m in _COUNT.finditer(c):
        n = _int(m.group(1))
        if n < 2 or not m.group(2) and m.group(1).isdigit():
            continue  # one, or a figure in digits with no measure word (a year, an amount)
        rest = c[m.end():]
        place = ""
        sar = _SAR_PLACE.match(rest)  # 15所在港全国重点实验室: "in Hong Kong"
        if sar and len(rest) > sar.end() + 2:
            place, rest = _SAR[sar.group(1)], rest[sar.end():]
        before = c[:m.start()]
        approval = _APPROVAL.match(before)
        added = _ADDED.search(before)
        x = next((x for a, _, _ in _ACTS for x in [a.search(rest)] if x and x.start() >= 2), None)
        act = next(((h, p) for a, h, p in _ACTS if x and a.match(rest, x.start())), None)
        if approval and not act:  # 批准在香港成立15间X: the approval is what happened
            act, x = ("approved", "were approved"), re.search(r"$", rest)
        elif added and not act:  # X新增Y等共六家Z: six Zs were added (to X)
            act, x = ("added", "were added"), re.search(r"$", rest)
        if not act:
            continue
        between = re.sub(r"(?:均|都|已|正式|建设)+$", "", rest[:x.start()])
        at = re.search(r"在([\u4e00-\u9fff]{2,12})$", between)  # 7家中试基地在湖南湘江新区揭牌
        if at and _place_of(g, at.group(1)):
            place, between = place or _place_of(g, at.group(1)), between[:at.start()]
        # 7家中试基地和4个概念验证中心: several counts of kinds, each its own
        parts = re.split(r"(?:和|及|以及|、)(?=(?:\d{1,3}|[两二三四五六七八九十]{1,3})(?:个|家|所|间|项|座))", between)
        counts = [(n, parts[0])] + [(_int(k.group(1)), p[k.end():]) for p in parts[1:] for k in [_COUNT.match(p)]]
        nps = [(k, _kind_np(g, zh)) for k, zh in counts]
        if not all(np and k >= 1 for k, np in nps):
            continue
        place = place or _place_before(g, before)
        giver = _GIVER.match(before) or (re.fullmatch(r"(向)(?:[^，,]{0,8}的)?", before) and attended and
                                          re.match(r"(.+)", attended))
        if approval and not place:
            place = _place_of(g, approval.group(2))
        start = not headline and not giver and not approval
        what = join_list([f"{_count(k, start=start and i == 0)} {plural(np) if k > 1 else np}"
                          for i, (k, np) in enumerate(nps)]) + (f" in {place}" if place else "")
        if approval and act[0] in ("established", "approved") and who:
            by = who(approval.group(1))
            if by:
                return _out(f"{by} {'approves' if headline else 'approved'} {what}", headline)
        if giver and act[0] == "receive plaques" and who:
            by = who(giver.group(1))
            if by and len(nps) == 1 and any(what in x for x in said):  # the same laboratories said again
                what = f"the {plural(nps[0][1])}"
            if by:
                return _out(f"{by} {'presents' if headline else 'presented'} plaques to {what}", headline)
        if added:
            # who added them: a place right before 新增 (河北省新增3家X: "Hebei adds three X"), else a body
            here = [h.entry.en for h in g.lex.kb.find_all(before[:added.start()], ("place",))
                    if h.entry.en and h.end == added.start()]
            by = here[-1] if here else who(before[:added.start()] or subject) if who else None
            if by:
                what = join_list([f"{_count(k, start=False)} {plural(np) if k > 1 else np}" for k, np in nps]) + (
                    f" in {place}" if place and place != by else "")
                return _out(f"{by} {'adds' if headline else 'added'} {what}", headline)
        if giver or approval or added:
            what = join_list([f"{_count(k, start=not headline and i == 0)} {plural(np) if k > 1 else np}"
                              for i, (k, np) in enumerate(nps)]) + (f" in {place}" if place else "")
        return _out(f"{what} {act[0] if headline else act[1]}", headline)
    return ""


def _kind_np(g: Grammar, zh: str) -> str:
    """The English of what is counted, where the grammar writes it whole and its head is a kind of platform."""
    if len(zh) < 2 or _CJK.search(zh[:1]) is None:
        return ""
    g.dropped = 0
    en = g.noun_phrase(zh)
    if en and re.fullmatch(r"(?:[A-Z][a-z-]*[a-z](?:-[A-Z][a-z]+)*\s?)+", en):  # a term the KB capitalises: a kind here
        place = next((h.entry.en for h in g.lex.kb.find_all(zh, ("place",)) if h.start == 0 and h.entry.en
                      and en.startswith(h.entry.en + " ")), "")  # a place that leads keeps its capitals
        en = place + re.sub(r"\bcenter\b", "centre", en[len(place):].lower())
    if not en or g.dropped or _CJK.search(en) or not _KINDS.search(en):
        return ""
    return en


def _place_before(g: Grammar, before: str) -> str:
    """A place the knowledge base knows at the end of the words before the count (澳门四所, 四川高校2家)."""
    hits = [h for h in g.lex.kb.find_all(before, ("place",)) if h.entry.en and len(before) - h.end <= 2]
    if hits:
        return hits[-1].entry.en
    sar = re.search(r"(?:本|在)?([港澳])$", before)
    return _SAR[sar.group(1)] if sar and (len(before) == 1 or before[-2:-1] in "本在批") else ""


def _place_of(g: Grammar, zh: str) -> str:
    zh = zh.strip()
    if not zh:
        return ""
    if zh in _SAR:
        return _SAR[zh]
    hit = g.lex.kb.lookup(zh, ("place",))
    if hit and hit.en:
        return hit.en
    hits = g.lex.kb.find_all(zh, ("place",))  # a place the knowledge base knows whole, in parts (湖南 + 湘江新区)
    if hits and hits[0].start == 0 and hits[-1].end == len(zh) and all(h.entry.en for h in hits) \
            and all(a.end == b.start for a, b in zip(hits, hits[1:])):
        return hits[-1].entry.en if len(hits) > 1 and hits[0].entry.en in hits[-1].entry.en else \
            " ".join(h.entry.en for h in hits)
    return ""


def _int(zh: str) -> int:
    return _number(zh) or 0  # 两, 十五, 12 (0: not a count)


def _count(n: int, start: bool) -> str:
    """One to nine spelled out; ten and more in figures except where it opens a sentence ("Fifteen …")."""
    return _count_words(n) if n < 10 or start else str(n)


def _out(s: str, headline: bool) -> str:
    s = s[:1].upper() + s[1:]
    return s if headline else s + "."

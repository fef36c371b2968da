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

from .phrases import Grammar, plural

_CJK = re.compile(r"[\u3400-\u9fff]")
_SMALL = {"一": 1, "两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_WORDS = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
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
    for clause in re.split(r"[，,。；;！？!?\s]+", zh):
        en = _clause(clause, g, headline, who)
        if en:
            if headline and not re.search(r" in [A-Z]", en):  # a headline's place is its first words' (湖北… 11个项目入选)
                first = [h for h in g.lex.kb.find_all(zh[:4], ("place",)) if h.entry.en and h.start == 0]
                en += f" in {first[0].entry.en}" if first and not zh.startswith(clause) else ""
            return en
    return ""


def _clause(c: str, g: Grammar, headline: bool, who) -> str:
    for m in _COUNT.finditer(c):
        n = int(m.group(1)) if m.group(1).isdigit() else _zh_int(m.group(1))
        if n < 2 or not m.group(2) and m.group(1).isdigit():
            continue  # one, or a figure in digits with no measure word (a year, an amount)
        rest = c[m.end():]
        place = ""
        sar = _SAR_PLACE.match(rest)  # 15所在港全国重点实验室: "in Hong Kong"
        if sar and len(rest) > sar.end() + 2:
            place, rest = _SAR[sar.group(1)], rest[sar.end():]
        before = c[:m.start()]
        approval = _APPROVAL.match(before)
        x = next((x for a, _, _ in _ACTS for x in [a.search(rest)] if x and x.start() >= 2), None)
        act = next(((h, p) for a, h, p in _ACTS if x and a.match(rest, x.start())), None)
        if approval and not act:  # 批准在香港成立15间X: the approval is what happened
            act, x = ("approved", "were approved"), re.search(r"$", rest)
        if not act:
            continue
        np = _kind_np(g, re.sub(r"(?:均|都|已|正式|建设)+$", "", rest[:x.start()]))
        if not np:
            continue
        place = place or _place_before(g, before)
        giver = _GIVER.match(before)
        if approval and not place:
            place = _place_of(g, approval.group(2))
        count = _count(n, start=not headline and not giver and not approval)
        what = f"{count} {plural(np)}" + (f" in {place}" if place else "")
        if approval and act[0] in ("established", "approved") and who:
            by = who(approval.group(1))
            if by:
                return _out(f"{by} {'approves' if headline else 'approved'} {what}", headline)
        if giver and act[0] == "receive plaques" and who:
            by = who(giver.group(1))
            if by:
                return _out(f"{by} {'presents' if headline else 'presented'} plaques to {what}", headline)
        if giver or approval:
            what = f"{_count(n, start=not headline)} {plural(np)}" + (f" in {place}" if place else "")
        return _out(f"{what} {act[0] if headline else act[1]}", headline)
    return ""


def _kind_np(g: Grammar, zh: str) -> str:
    """The English of what is counted, where the grammar writes it whole and its head is a kind of platform."""
    if len(zh) < 2 or _CJK.search(zh[:1]) is None:
        return ""
    g.dropped = 0
    en = g.noun_phrase(zh)
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
    if zh in _SAR or zh[-1:] in _SAR and len(zh) == 1:
        return _SAR[zh]
    hit = g.lex.kb.lookup(zh, ("place",))
    return hit.en if hit and hit.en else ""


def _zh_int(zh: str) -> int:
    if "十" in zh:
        tens, _, ones = zh.partition("十")
        return (_SMALL[tens] if tens else 1) * 10 + (_SMALL[ones] if ones else 0)
    return _SMALL.get(zh, 0)


def _count(n: int, start: bool) -> str:
    """One to nine spelled out; ten and more in figures except where it opens a sentence ("Fifteen …")."""
    if n < 10:
        return _WORDS[n]
    if start:
        from .writer import _count_words  # the writer's count words (writer imports this module)

        return _count_words(n)
    return str(n)


def _out(s: str, headline: bool) -> str:
    s = s[:1].upper() + s[1:]
    return s if headline else s + "."

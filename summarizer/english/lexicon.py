"""Words of running text, and cutting a Chinese phrase into them.

A phrase is cut only into pieces the writer knows: the brief's own names (their English from translate_name),
the knowledge base's organisations, places and domain terms, this package's running-text lexicon (words.tsv),
figures, dates, Latin runs and punctuation. Where one character is left that nothing covers, the phrase cannot
be written in English and `segment` returns None: the caller leaves it out instead of guessing a sense.
"""
from __future__ import annotations

import csv
import functools
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

from ..extract.numbers import parse_number

WORDS_FILE = Path(__file__).resolve().parent / "words.tsv"
# words found missing in goal clauses of news pools: written in goals and figures, never in a whole sentence
GOAL_WORDS_FILE = Path(__file__).resolve().parent / "goal_words.tsv"

# Function words the phrase grammar reads itself (their English depends on the construction).
FUNCTION = {"的", "之", "和", "与", "及", "以及", "、", "等", "等等", "为", "在", "对", "于", "中", "了", "着", "其",
            "把", "向", "从", "到", "至", "由", "以", "是", "有", "具有", "集", "一体", "于一体", "等方面", "等领域",
            "等方向", "等产业", "等行业", "相关", "方面", "之一", "各类", "一批", "多家", "一系列", "地", "所", "而",
            "并", "及其", "即", "或", "或者", "使", "让", "给", "被", "将", "且", "乃至", "一个"}
_NUM = re.compile(r"(?:\d+(?:,\d{3})*(?:\.\d+)?|[零〇一二两三四五六七八九十百千]+)(?:万亿|亿|万|千|百)?")
_LATIN = re.compile(r"[A-Za-z][A-Za-z0-9+\-.&/]*|\d+[A-Za-z][A-Za-z0-9]*")
_NUMERALS = frozenset("零〇一二两三四五六七八九十百千")
_PUNCT = "，,、；;：:。！？!?（）()“”\"‘’'《》「」—–-…·/ +＋"
_CJK = re.compile(r"[\u3400-\u9fff]")
DATE_ZH = re.compile(r"(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日")
_MONTH_YEAR = re.compile(r"((?:19|20)\d\d)年(?:(\d{1,2})月(?!\d))?(?!\d|底|末|前|以来)")
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"]


def _person(t: "Token") -> bool:
    """A name token that is a person's: two or three characters said as a family and a given name ("Hu Chunhua")."""
    return t.kind == "name" and 2 <= len(t.zh) <= 3 and re.fullmatch(r"[A-Z][a-z]+ [A-Z][a-z']+", t.en) is not None


@dataclass(frozen=True)
class Token:
    zh: str
    kind: str  # word, name, term, num, latin, punct, fn
    senses: dict = field(default_factory=dict, hash=False, compare=False)  # pos → English (words)
    en: str = ""  # names, terms, figures, Latin runs

    def sense(self, *pos: str) -> Optional[str]:
        for p in pos:
            if p in self.senses:
                return self.senses[p]
        return None

    @property
    def pos(self) -> set[str]:
        if self.kind in ("name", "term", "latin"):
            return {"n"}
        return set(self.senses)

    def noun(self) -> Optional[str]:
        """The English of this token inside a noun phrase."""
        if self.kind in ("name", "term", "latin", "num"):
            return self.en
        s = self.sense("n", "a")
        if s is not None:
            return s
        v = self.sense("v")
        return v.split("|")[1] if v else None


@functools.lru_cache(maxsize=1)
def running_words() -> dict[str, dict[str, str]]:
    """words.tsv, then goal_words.tsv, as zh → {pos: English}."""
    out: dict[str, dict[str, str]] = {}
    for rows in _tables():
        for zh, en, pos in rows:
            out.setdefault(zh, {})[pos] = en
    return out


@functools.lru_cache(maxsize=1)
def goal_only_words() -> frozenset[str]:
    """The words goal_words.tsv adds (not words.tsv's): the sentence grammar writes no whole sentence with them."""
    words, goal = _tables()
    known = {zh for zh, _, _ in words}
    return frozenset(zh for zh, _, _ in goal if zh not in known)


@functools.lru_cache(maxsize=1)
def _tables() -> tuple[list[tuple[str, str, str]], list[tuple[str, str, str]]]:
    """The rows of words.tsv, and of goal_words.tsv then the running English of the field terms neither file has
    (data/field_terms.tsv, nouns), each file read once."""
    words, goal = _rows(WORDS_FILE), _rows(GOAL_WORDS_FILE)
    known = {zh for zh, _, _ in words + goal}
    return words, goal + [(zh, en, "n") for zh, en in _field_words().items() if zh not in known]


@functools.lru_cache(maxsize=1)
def _field_words() -> dict[str, str]:
    from ..translate.knowledge import field_terms

    return {zh: t.text_en for zh, t in field_terms().items() if t.text_en}


def _rows(path: Path) -> list[tuple[str, str, str]]:
    with path.open(encoding="utf-8", newline="") as f:
        return [(row[0], row[1].strip(), row[2].strip()) for row in csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE)
                if len(row) >= 3 and not row[0].startswith("#") and row[0] != "zh"]


# Words after which a province's or city's one-character short name stands for the place (在沪, 赴京, 来渝, 驻港),
# and the short names that read so without doubt (宁 is Nanjing's as much as Ningxia's, 青 Qingdao's as much as
# Qinghai's; 云, 新, 台, 吉 open everyday words: 在云上, 在新的)
_TO_A_PLACE = set("在赴来驻回离抵")
_PLAIN_SHORT_NAMES = set("沪京渝港澳川粤苏浙甬榕蓉津鄂湘皖闽赣鲁豫冀晋陕琼黔滇")


def _kb():
    from ..translate.knowledge import knowledge_base

    return knowledge_base()


class Lexicon:
    """Lookups for the phrase grammar: the brief's names over the lexicon over the knowledge base."""

    MAX = 16  # longest piece looked up (names longer than this come through `names`, matched first)

    def __init__(self, names: Optional[dict[str, str]] = None) -> None:
        self.words = running_words()
        self.kb = _kb()
        self._static, self._prefixes = _static_pieces(id(self.kb))
        self.names = {k: v for k, v in (names or {}).items() if k and v and not _CJK.search(v)}
        self._names_rx = re.compile("|".join(map(re.escape, sorted(self.names, key=len, reverse=True)))) \
            if self.names else None
        self._name_prefixes = {k[:n] for k in self.names for n in range(1, min(len(k), self.MAX) + 1)}
        self._segments: dict[tuple[str, bool], Optional[list[Token]]] = {}  # one brief asks for a phrase often
        self._short_orgs = _short_orgs(id(self.kb))
        self._bounds: dict[str, set[int]] = {}

    def _entry(self, s: str) -> Optional[Token]:
        if s in self.names:
            return Token(s, "name", en=self.names[s])
        return self._static.get(s)

    def segment(self, text: str, unknown: bool = False) -> Optional[list[Token]]:
        """Fewest known pieces that cover `text` exactly, or None where some character is unknown. With
        `unknown`, a stretch nothing covers becomes one piece of kind "unk" (the grammar may leave a modifier
        it cannot write out of a compound, never its head)."""
        key = (text, unknown)
        if key not in self._segments:
            if len(self._segments) > 4096:
                self._segments.clear()
            self._segments[key] = self._segment(text, unknown)
        out = self._segments[key]
        return list(out) if out is not None else None

    def _segment(self, text: str, unknown: bool) -> Optional[list[Token]]:
        n = len(text)
        if n == 0:
            return []
        fixed: dict[int, tuple[int, Token]] = {}
        if self._names_rx is not None:  # the brief's own names win wherever they occur …
            for m in self._names_rx.finditer(text):
                if any(self._static.get(text[m.start():j]) is not None and self._static[text[m.start():j]].kind == "word"
                       for j in range(m.end() + 1, min(len(text), m.start() + self.MAX) + 1)):
                    continue  # … but a tagger's name cut out of a longer word of the lexicon (东数 of 东数西算) is not one
                fixed[m.start()] = (m.end(), Token(m.group(0), "name", en=self.names[m.group(0)]))
        best: list[Optional[tuple[int, int, Token]]] = [None] * (n + 1)  # (pieces, start, token) ending here
        best[0] = (0, 0, Token("", "fn"))
        for i in range(n):
            if best[i] is None:
                continue
            cands = self._candidates(text, i, fixed)
            if unknown and _CJK.match(text[i]):
                cands = cands + [(i + 1, Token(text[i], "unk"))]
            for j, tok in cands:
                cost = best[i][0] + (0 if tok.kind == "punct" else 4 if tok.kind == "unk" else 1)
                if best[j] is None or cost < best[j][0] or (cost == best[j][0] and tok.kind == "name"):
                    best[j] = (cost, i, tok)
        if best[n] is None:
            return None
        out, j = [], n
        while j > 0:
            _, i, tok = best[j]
            out.append(tok)
            j = i
        toks = [t for t in reversed(out) if not (t.kind == "punct" and t.zh == " ")]
        merged: list[Token] = []
        for t in toks:  # one piece per unknown stretch
            if t.kind == "unk" and merged and merged[-1].kind == "unk":
                merged[-1] = Token(merged[-1].zh + t.zh, "unk")
            else:
                if merged and _person(merged[-1]) and _person(t):
                    merged.append(Token("、", "punct"))  # "胡春华朱小丹出席": two people named in a row, a list of them
                merged.append(t)
        return merged

    def _candidates(self, text: str, i: int, fixed: dict[int, tuple[int, Token]]) -> list[tuple[int, Token]]:
        if i in fixed:
            return [fixed[i]]
        c = text[i]
        if c in _PUNCT:
            return [(i + 1, Token(c, "punct"))]
        m = _LATIN.match(text, i) if c.isascii() else None
        if m:
            return [(m.end(), Token(m.group(0), "latin", en=m.group(0)))]
        out = []
        m = DATE_ZH.match(text, i) if c.isdigit() else None
        if m and 1 <= int(m.group(2)) <= 12:  # 9月30日 → 30 September (as British newspapers date)
            return [(m.end(), Token(m.group(0), "date", en=date_match_en(m)))]
        m = _MONTH_YEAR.match(text, i) if c.isdigit() else None
        if m and (not m.group(2) or 1 <= int(m.group(2)) <= 12):  # 2021年8月 → August 2021; 2021年 → 2021
            kind, d = ("month", f"{MONTHS[int(m.group(2)) - 1]} {m.group(1)}") if m.group(2) else ("year", m.group(1))
            return [(m.end(), Token(m.group(0), kind, en=d))]
        m = _NUM.match(text, i) if c.isdigit() or c in _NUMERALS else None
        if m and m.end() > i:
            v = parse_number(m.group(0))
            if re.fullmatch(r"(19|20)\d\d", m.group(0)):
                out.append((m.end(), Token(m.group(0), "num", en=m.group(0))))  # a year: no thousands comma
            elif v == 0 and m.group(0) in ("零", "〇"):
                out.append((m.end(), Token(m.group(0), "num", en="zero")))  # 零碳排放: zero carbon emissions
            elif v is not None:
                out.append((m.end(), Token(m.group(0), "num", en=number_en(v))))
        abbr = self.kb.abbrevs.get(c) if i and text[i - 1] in _TO_A_PLACE and c in _PLAIN_SHORT_NAMES else None
        if abbr is not None and not (i + 1 < len(text) and text[i:i + 2] in self._static):
            out.append((i + 1, Token(c, "name", {"place": ""}, en=abbr[1])))  # 在沪设立: in Shanghai (沪 is its short name)
        prefixes, names = self._prefixes, self._name_prefixes
        for j in range(i + 1, min(len(text), i + self.MAX) + 1):
            piece = text[i:j]
            if piece not in prefixes and piece not in names:
                break  # no known piece goes on this way
            tok = self._entry(piece)
            if tok is not None and j - i == 2 and tok.kind == "name" and piece in self._short_orgs \
                    and piece not in self.names and not self._a_word(text, i, j):
                continue  # a body's two-character short name read across words (湖大 of 独墅湖大道, 南网 of 东南网)
            if tok is not None:
                out.append((j, tok))
        return out

    def _a_word(self, text: str, i: int, j: int) -> bool:
        """Whether text[i:j] is a word of its own there (the segmenter's cut, never an everyday word)."""
        from ..translate.glossary import cedict_sense, jieba_words  # (imported where used, as _kb's module is)

        bounds = self._bounds.get(text)
        if bounds is None:
            if len(self._bounds) > 1024:
                self._bounds.clear()
            bounds, k = {0}, 0
            for w in jieba_words(text):
                k += len(w)
                bounds.add(k)
            self._bounds[text] = bounds
        return i in bounds and j in bounds and cedict_sense(text[i:j]) is None


@functools.lru_cache(maxsize=2)
def _short_orgs(_kb_id: int) -> frozenset[str]:
    """Organisations the knowledge base names in two characters (北大, 中南, a listed company's stock name such as
    起步): in running text each is a name only where it is a word of its own, never an everyday word."""
    return frozenset(k for k, (e, _layer) in _kb()._merged.items() if len(k) == 2 and e.kind == "org")


@functools.lru_cache(maxsize=2)
def _static_pieces(_kb_id: int) -> tuple[dict[str, Token], frozenset[str]]:
    """Every piece but the brief's names, in one dict: the lexicon's words over function words over the
    knowledge base's terms, organisations and places (one lookup per substring when cutting a phrase)."""
    out: dict[str, Token] = {}
    kb = _kb()
    for k, (e, _layer) in kb._merged.items():
        if not e.en or _CJK.search(e.en) or len(k) > Lexicon.MAX:
            continue
        if e.kind == "term":
            out[k] = Token(k, "term", en=british_spelling(_term_case(e.en)))
        elif e.kind in ("org", "place") and len(k) >= 2:
            out[k] = Token(k, "name", {"place": ""} if e.kind == "place" else {}, en=e.en)
    for k in FUNCTION:
        out[k] = Token(k, "fn")
    fields = _field_words()
    for k, senses in running_words().items():
        if k in fields and k in out and senses == {"n": fields[k]}:
            continue  # a field term is written where nothing else knew it: the knowledge base's term stays
        out[k] = Token(k, "word", {p: british_spelling(v) for p, v in senses.items()})
    return out, frozenset(k[:n] for k in out for n in range(1, len(k) + 1))


def british_spelling(en: str) -> str:
    """Running text spells as British newspapers do, like the rest of the brief ("metres", "organisations"):
    "data centre", "new-energy vehicles". Names keep the spelling they are registered under ("Jiangzhou Data
    Center")."""
    en = re.sub(r"\bnew energy (?!and\b|or\b)(?=[a-z])", "new-energy ", en)  # a compound modifier: new-energy vehicles
    return re.sub(r"\bcenter(s?)\b", r"centre\1", en)


def _term_case(en: str) -> str:
    """A term as running text writes it: "Incubation" → "incubation"; "5G", "AI Plus", "R&D" stay."""
    words = en.split(" ")
    if all(w[:1].isupper() and w[1:].islower() or w.lower() in ("and", "of", "for", "the") for w in words) \
            and not (len(words) > 1 and all(w[:1].isupper() for w in words) and en.endswith(("Plus", "Initiative"))):
        return en.lower()  # a common noun in Title Case ("Characteristic Plant") reads lower case in a sentence
    return en


def date_match_en(m: re.Match) -> str:
    """A match of (year)?, month, day as British newspapers date: "30 September", "30 September 2023"."""
    return f"{int(m.group(3))} {MONTHS[int(m.group(2)) - 1]}" + (f" {m.group(1)}" if m.group(1) else "")


def number_en(v: float) -> str:
    """A count as an English newspaper writes it: 4,000; 1.5 million; 12 billion."""
    for scale, word in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million")):
        if v >= scale:
            q = v / scale
            return (f"{q:.3g}" if q < 1000 else f"{q:,.0f}") + f" {word}"
    return f"{v:,.0f}" if v == int(v) else f"{v:,.2f}".rstrip("0").rstrip(".")


def uncovered(lex: Lexicon, text: str) -> list[str]:
    """Where cutting `text` gets stuck: a reachable position no known piece starts at (for finding what the
    lexicon lacks)."""
    n, reach, out = len(text), [False] * (len(text) + 1), []
    reach[0] = True
    for i in range(n):
        if reach[i]:
            cands = lex._candidates(text, i, {})
            if not cands:
                out.append(text[i:i + 4])
            for j, _ in cands:
                reach[j] = True
    return out

"""Knowledge base: established English names of Chinese organisations and places, and a domain term lexicon.

The data are TSV files under ``data/kb/`` built from public lists (each file's source and licence is in
``data/kb/SOURCES.md``). Columns: ``zh<TAB>en<TAB>kind<TAB>aliases`` (aliases separated by ``|``), the format
of ``data/glossary.tsv``; ``places.tsv`` adds ``level`` and ``parent`` (the Chinese name of the province or
city it belongs to); ``place_abbrev.tsv`` is ``char<TAB>zh place<TAB>en``.

Layers, first hit wins for the same key: a user glossary > the curated built-in glossary (data/glossary.tsv)
> the KB files > derived keys (a company without its legal form: 兴业银行 from 兴业银行股份有限公司; an academy's
institute under the academy's short form: 中科院上海硅酸盐研究所).
Places' short forms (来宾 for 来宾市) are aliases in places.tsv, made when the file was built and left out
where the short form is an everyday word (通道县 does not make 通道 "passage" a place).

Matching inside a longer name (``longest_prefix``, ``longest_suffix``, ``find_all``) tries, longest first, only
the key lengths some key starting (ending) with that character has, over one merged dict: linear in the text and
no big regex.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator, NamedTuple, Optional

from ..errors import ConfigError
from ..settings import DATA_DIR
from .glossary_data import Entry, Glossary, builtin_glossary

KB_DIR = DATA_DIR / "kb"
# file → default kind; order matters only for keys two files share (an earlier file wins)
KB_FILES: tuple[tuple[str, str], ...] = (
    ("orgs.tsv", "org"),
    ("places.tsv", "place"),
    ("terms.tsv", "term"),
)
ABBREV_FILE = "place_abbrev.tsv"
DISCIPLINES_FILE = "disciplines.tsv"  # fields of study (化学 Chemistry): read only by the grammar of school names
# field words as organisations' names say them, learned from orgs.tsv (rebuild/learn_terms.py): read only by the
# name grammar, below every hand-written word and knowledge-base row, above CC-CEDICT's everyday senses
LEARNED_FILE = "learned_terms.tsv"

# Layer names, highest precedence first (Hit.layer says which one answered).
LAYERS = ("user", "builtin", "kb", "derived")

_LEGAL_FORMS = ("股份有限公司", "有限责任公司", "有限公司")  # longest first


@dataclass(frozen=True)
class Place:
    zh: str
    en: str
    level: str = ""    # province / prefecture / county / district … as the source list gives it
    parent: str = ""   # Chinese name of the enclosing division ("" for provinces)


@dataclass(frozen=True)
class Hit:
    """A key found in a text: text[start:end] == key."""
    start: int
    end: int
    key: str
    entry: Entry
    layer: str


class KnowledgeBase:
    """Layered zh → Entry lookups for names and terms, and the one-character place abbreviations."""

    def __init__(self, layers: Iterable[tuple[str, Glossary]], abbrevs: Optional[dict[str, tuple[str, str]]] = None,
                 places: Optional[dict[str, Place]] = None) -> None:
        self.layers: tuple[tuple[str, Glossary], ...] = tuple(layers)
        merged: dict[str, tuple[Entry, str]] = {}
        for name, g in reversed(self.layers):  # lowest first, so higher layers overwrite
            merged.update({k: (e, name) for k, e in g.entries.items()})
        self._merged = merged
        # key lengths by first and by last character, longest first: a scan tries only lengths some key has
        first: dict[str, set[int]] = {}
        last: dict[str, set[int]] = {}
        for k in merged:
            first.setdefault(k[:1], set()).add(len(k))
            last.setdefault(k[-1:], set()).add(len(k))
        self._by_first = {c: sorted(n, reverse=True) for c, n in first.items()}
        self._by_last = {c: sorted(n, reverse=True) for c, n in last.items()}
        self.abbrevs: dict[str, tuple[str, str]] = dict(abbrevs or {})  # char → (zh place, en)
        self.places: dict[str, Place] = dict(places or {})
        self._academy_units: dict[str, dict[str, list[tuple[str, Entry]]]] = {}  # built on first use, per academy

    def __len__(self) -> int:
        return len(self._merged)

    def __contains__(self, zh: str) -> bool:
        return zh in self._merged

    # ---- exact lookups ---------------------------------------------------------------------------------
    def lookup(self, zh: str, kinds: tuple[str, ...] = ()) -> Optional[Entry]:
        """The entry for `zh` (canonical name or alias) from the highest layer that has it, if of `kinds`."""
        hit = self._merged.get(zh)
        if hit is None or (kinds and hit[0].kind not in kinds):
            return None
        return hit[0]

    def layer_of(self, zh: str) -> Optional[str]:
        hit = self._merged.get(zh)
        return hit[1] if hit else None

    def academy_unit(self, zh: str) -> Optional[Entry]:
        """An academy's institute named by a short form the knowledge base lacks: the academy said in full or short
        (中国科学院 / 中科院), then the institute's name with characters left out but its place and kind kept, as
        news shortens them (中国科学院大连化物所 is 大连化学物理研究所; 中科院重庆绿色智能研究院 drops 技术). Only an
        institute the shortened name fits alone is taken."""
        for full, short in _ACADEMY_SHORT:
            prefix = full if zh.startswith(full) else short if zh.startswith(short) else ""
            if prefix:
                break
        else:
            return None
        rest = zh[len(prefix):]
        if len(rest) < 3 or rest[-1] not in "所院心室":
            return None
        e = self.lookup(full + rest, ("org",)) or self.lookup(short + rest, ("org",))
        if e is not None:
            return e
        units = self._academy_units.get(full)
        if units is None:  # the academy's institutes by the first two characters after it (their place)
            units = self._academy_units[full] = {}
            for k, (e, _) in self._merged.items():
                if k.startswith(full) and k == e.zh and e.kind == "org":
                    units.setdefault(k[len(full):len(full) + 2], []).append((k[len(full):], e))
        fits = {e.en: e for r, e in units.get(rest[:2], ()) if r[-1] == rest[-1] and len(r) > len(rest)
                and is_subsequence(rest, r)}
        return next(iter(fits.values())) if len(fits) == 1 else None

    def org(self, zh: str) -> Optional[Entry]:
        return self.lookup(zh, ("org",))

    def term(self, zh: str) -> Optional[str]:
        e = self.lookup(zh, ("term",))
        return e.en if e else None

    def place(self, zh: str) -> Optional[str]:
        e = self.lookup(zh, ("place",))
        return e.en if e else None

    def place_info(self, zh: str) -> Optional[Place]:
        """Level and parent of a KB place (by full name or short form); None for places the KB lacks."""
        e = self.lookup(zh, ("place",))
        return self.places.get(e.zh) if e else None

    def place_abbrev(self, ch: str) -> Optional[str]:
        """English of a one-character place abbreviation (甬 → Ningbo, 鲁 → Shandong)."""
        hit = self.abbrevs.get(ch)
        return hit[1] if hit else None

    def two_places(self, pair: str) -> Optional[str]:
        """Two places' abbreviations as the two sides of a deal ("京冀" of 京冀双方): "Beijing and Hebei"; None
        unless both characters are a place's abbreviation."""
        sides = [self.place_abbrev(c) for c in pair]
        return " and ".join(sides) if len(sides) == 2 and all(sides) else None

    # ---- matching inside a longer string ------------------------------------------------------------------
    def _fits(self, key: str, kinds: tuple[str, ...], min_len: int) -> Optional[tuple[Entry, str]]:
        hit = self._merged.get(key)
        if hit is None or len(key) < min_len or (kinds and hit[0].kind not in kinds):
            return None
        return hit

    def longest_prefix(self, text: str, kinds: tuple[str, ...] = (), min_len: int = 2) -> Optional[Hit]:
        """The longest key that `text` starts with."""
        return self._at(text, 0, kinds, min_len)

    def _at(self, text: str, i: int, kinds: tuple[str, ...], min_len: int) -> Optional[Hit]:
        """The longest key starting at text[i]."""
        room = len(text) - i
        for n in self._by_first.get(text[i:i + 1], ()):
            if n > room:
                continue
            if n < min_len:
                break
            hit = self._fits(text[i:i + n], kinds, min_len)
            if hit:
                return Hit(i, i + n, text[i:i + n], hit[0], hit[1])
        return None

    def longest_suffix(self, text: str, kinds: tuple[str, ...] = (), min_len: int = 2) -> Optional[Hit]:
        """The longest key that `text` ends with."""
        L = len(text)
        for n in self._by_last.get(text[-1:], ()):
            if n > L:
                continue
            if n < min_len:
                break
            hit = self._fits(text[L - n:], kinds, min_len)
            if hit:
                return Hit(L - n, L, text[L - n:], hit[0], hit[1])
        return None

    def find_all(self, text: str, kinds: tuple[str, ...] = (), min_len: int = 2) -> list[Hit]:
        """Known keys inside `text`, leftmost-longest and not overlapping."""
        return list(self._scan(text, kinds, min_len))

    def _scan(self, text: str, kinds: tuple[str, ...], min_len: int) -> Iterator[Hit]:
        i, L = 0, len(text)
        while i < L:
            hit = self._at(text, i, kinds, min_len)
            if hit:
                yield hit
                i = hit.end
            else:
                i += 1

    # ---- layering --------------------------------------------------------------------------------------
    def with_user(self, user: Optional[Glossary]) -> "KnowledgeBase":
        """This KB with a user glossary on top (the user's entries win)."""
        if not user or not len(user):
            return self
        layers = [(n, g) for n, g in self.layers if n != "user"]
        return KnowledgeBase([("user", user), *layers], self.abbrevs, self.places)


# ---- loading ---------------------------------------------------------------------------------------------
def _rows(path: Path) -> Iterator[tuple[int, list[str]]]:
    """Rows of a UTF-8 TSV without quoting (plain split: the csv module is 3x slower here)."""
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line or line[0] == "#" or (n == 1 and line.startswith(("zh\t", "char\t"))):
            continue
        yield n, line.split("\t")


def _load_kb(kb_dir: Path) -> tuple[Glossary, dict[str, Place]]:
    g, places = Glossary(), {}
    entries = g.entries  # filled directly: Glossary.add would clear its caches once per row
    for name, default_kind in KB_FILES:
        path = kb_dir / name
        if not path.is_file():
            continue
        try:
            for n, row in _rows(path):
                if len(row) < 2 or not row[0] or not row[1]:
                    raise ConfigError(f"{path}:{n}: expected 'zh<TAB>en', got {row!r}")
                zh = row[0]
                kind = row[2] if len(row) > 2 and row[2] else default_kind
                e = Entry(zh, row[1], kind)
                if zh not in entries:
                    entries[zh] = e
                if len(row) > 3 and row[3]:
                    for a in row[3].split("|"):
                        if a and a not in entries:
                            entries[a] = e
                if kind == "place" and zh not in places:
                    places[zh] = Place(zh, row[1], row[4] if len(row) > 4 else "", row[5] if len(row) > 5 else "")
        except UnicodeDecodeError as err:
            raise ConfigError(f"cannot read knowledge base file {path}: {err}") from None
    return g, places


def _load_abbrevs(kb_dir: Path) -> dict[str, tuple[str, str]]:
    path = kb_dir / ABBREV_FILE
    out: dict[str, tuple[str, str]] = {}
    if path.is_file():
        for n, row in _rows(path):
            if len(row) < 3 or len(row[0].strip()) != 1:
                raise ConfigError(f"{path}:{n}: expected 'char<TAB>zh place<TAB>en', got {row!r}")
            out.setdefault(row[0].strip(), (row[1].strip(), row[2].strip()))
    return out


_LEGAL_FORM = re.compile("(?:" + "|".join(_LEGAL_FORMS) + ")$")
# The academies' standard short forms, as news writes them before an institute's name: 中科院上海硅酸盐研究所 is
# 中国科学院上海硅酸盐研究所; with 研究所 cut to 所 too (中国农科院作物科学所).
_ACADEMY_SHORT = (("中国科学院", "中科院"), ("中国农业科学院", "中国农科院"), ("中国社会科学院", "中国社科院"),
                  ("中国医学科学院", "中国医科院"), ("中国林业科学研究院", "中国林科院"))


def _short_forms(k: str) -> list[str]:
    """Short forms of an organisation's full name that news uses: the legal form dropped (丙丁 for 丙丁有限公司),
    an academy's institute under the academy's short form (中科院X研究所, 中科院X所)."""
    out = []
    if "公司" in k:
        m = _LEGAL_FORM.search(k)
        if m and m.start() >= 2:
            out.append(k[: m.start()])
    for full, short in _ACADEMY_SHORT:
        rest = k[len(full):]
        if k.startswith(full) and len(rest) >= 2:
            out.append(short + rest)
            if rest.endswith("研究所") and len(rest) >= 5:
                out.append(short + rest[:-3] + "所")
    return out


def is_subsequence(short: str, full: str) -> bool:
    """Whether the characters of `short` appear in `full` in the same order (科大 in 香港科技大学)."""
    it = iter(full)
    return all(c in it for c in short)


def _derive(known: Iterable[tuple[str, Glossary]]) -> Glossary:
    """Short forms no layer has (``_short_forms`` of every organisation's full name)."""
    known = list(known)
    taken = set().union(*(g.entries for _, g in known))
    out = Glossary()
    for _, g in known:
        for k, e in g.entries.items():
            if e.kind != "org" or k != e.zh:
                continue
            for short in _short_forms(k):
                if short not in out.entries and short not in taken:
                    out.entries[short] = e
    return out


def load_knowledge_base(kb_dir: Path = KB_DIR, builtin: Optional[Glossary] = None,
                        user: Optional[Glossary] = None) -> KnowledgeBase:
    """Build a KB from the files in `kb_dir`; `builtin` defaults to the curated glossary (without common words)."""
    if builtin is None:
        base = builtin_glossary()
        builtin = Glossary({k: e for k, e in base.entries.items() if e.kind != "word"})
    kb, places = _load_kb(kb_dir)
    layers: list[tuple[str, Glossary]] = [("builtin", builtin), ("kb", kb)]
    layers.append(("derived", _derive(layers)))
    if user is not None and len(user):
        layers.insert(0, ("user", user))
    return KnowledgeBase(layers, _load_abbrevs(kb_dir), places)


@functools.lru_cache(maxsize=1)
def knowledge_base() -> KnowledgeBase:
    """The built-in KB (curated glossary + KB files + derived), loaded once. Add a user glossary with
    ``knowledge_base().with_user(glossary)``."""
    return load_knowledge_base()


@functools.lru_cache(maxsize=1)
def disciplines() -> dict[str, str]:
    """Fields of study → the English a university's school or department is named by (化学 Chemistry, 生命科学
    Life Sciences): the hand-written ``school_subjects`` of name_rules.yaml over kb/disciplines.tsv."""
    from ..settings import data_yaml

    out = {cells[0]: cells[1] for _, cells in _rows(KB_DIR / DISCIPLINES_FILE) if len(cells) >= 2}
    out.update(data_yaml("name_rules.yaml").get("school_subjects", {}))
    return out


FIELD_TERMS_FILE = DATA_DIR / "field_terms.tsv"


class FieldTerm(NamedTuple):
    name_en: str  # inside an organisation's name: "Hydrometallurgy", "Germplasm Resources" ("" where none)
    text_en: str  # in a goal's running English: "hydrometallurgy", "germplasm resources" ("" where none)


@functools.lru_cache(maxsize=1)
def field_terms() -> dict[str, FieldTerm]:
    """Fields of science and industry as platform names and goals say them (data/field_terms.tsv, hand-written:
    湿法冶金 Hydrometallurgy / hydrometallurgy). The name grammar reads name_en below name_rules.yaml's name_words;
    the phrase grammar reads text_en as a goal word."""
    return {cells[0]: FieldTerm(cells[1], cells[2] if len(cells) > 2 else "")
            for _, cells in _rows(FIELD_TERMS_FILE) if len(cells) >= 2 and cells[0] != "zh" and any(cells[1:3])}


class LearnedTerm(NamedTuple):
    en: str
    pinyin: int = 0  # organisations of the knowledge base that say the word in pinyin, as their brand (时代 Shidai)


def load_learned_terms(path: Path) -> dict[str, LearnedTerm]:
    """zh → (en, pinyin uses) of a learned-terms file (``zh<TAB>en<TAB>kind<TAB>support<TAB>pinyin``); {} where
    there is none."""
    if not path.is_file():
        return {}
    return {cells[0]: LearnedTerm(cells[1], int(cells[4]) if len(cells) > 4 and cells[4].isdigit() else 0)
            for _, cells in _rows(path) if len(cells) >= 2 and cells[0] and cells[1]}


@functools.lru_cache(maxsize=1)
def learned_terms() -> dict[str, LearnedTerm]:
    """Field words as organisations' names say them (矿机 Mining Machinery), learned from the knowledge base's
    parallel names (data/kb/learned_terms.tsv; SOURCES.md says how). Not knowledge-base rows: running text never
    reads them, and every hand-written word or row wins over them."""
    return load_learned_terms(KB_DIR / LEARNED_FILE)


__all__ = ["Entry", "FieldTerm", "Hit", "KnowledgeBase", "LAYERS", "LearnedTerm", "Place", "disciplines", "field_terms",
           "is_subsequence", "knowledge_base", "learned_terms", "load_knowledge_base", "load_learned_terms"]

"""Where a platform is and what kind it is, from small hand-written lexicons (data/places.tsv, areas.tsv,
kinds.tsv; data/SOURCES.md says where they come from).

Places are found by a scan of the text for every listed name (2 to 6 characters, a set lookup per position
and length: linear in the text). A city implies its province; a province alone gives no city.
"""
from __future__ import annotations

import functools
from collections import Counter
from dataclasses import dataclass
from importlib import resources
from typing import Iterable, Optional

@dataclass(frozen=True)
class Place:
    city: Optional[str]
    province: Optional[str]


@dataclass
class _Lexicon:
    places: dict[str, Place]  # a name as written → the place it names
    kinds: list[tuple[str, str]]  # (name suffix, kind), longest suffix first


def _rows(name: str) -> Iterable[list[str]]:
    text = resources.files(__package__).joinpath("data", name).read_text(encoding="utf-8")
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            yield line.split("\t")


@functools.lru_cache(maxsize=1)
def lexicon() -> _Lexicon:
    places: dict[str, Place] = {}
    cities: dict[str, str] = {}
    for prov, full, city_list in _rows("places.tsv"):
        for c in city_list.split(","):
            if c == "海南州":  # Hainan Prefecture (Qinghai) is written in full: 海南 is the province
                places[c] = Place(c, prov)
                continue
            cities[c] = prov
    for prov, full, _ in _rows("places.tsv"):
        # A municipality is its own city; a province that shares its name with a city (吉林) means the province
        # only when written 吉林省.
        places[full] = Place(prov if cities.get(prov) == prov else None, prov)
        if prov not in cities:
            places[prov] = Place(None, prov)
    for c, prov in cities.items():
        places[c] = Place(c, prov)
        places[c + "市"] = Place(c, prov)
    for area, city in _rows("areas.tsv"):
        places[area] = Place(city, places[city].province)
    kinds = sorted(((s, k) for s, k in _rows("kinds.tsv")), key=lambda x: -len(x[0]))
    return _Lexicon(places, kinds)


@functools.lru_cache(maxsize=64)  # an article's text is scanned once for all its platforms
def find_places(text: str) -> tuple[tuple[int, str, Place], ...]:
    """(position, name as written, place) of every listed place name in `text`, longest name first at
    each position, not overlapping. Only positions whose character starts some name are tried."""
    lex = lexicon().places
    starts = _starts()
    out = []
    i, n = 0, len(text)
    while i < n:
        lengths = starts.get(text[i])
        if lengths:
            for length in lengths:
                word = text[i : i + length]
                if word in lex:
                    out.append((i, word, lex[word]))
                    i += length
                    break
            else:
                i += 1
        else:
            i += 1
    return tuple(out)


@functools.lru_cache(maxsize=1)
def _starts() -> dict[str, tuple[int, ...]]:
    """First character → the lengths of the names it starts, longest first."""
    out: dict[str, set[int]] = {}
    for name in lexicon().places:
        out.setdefault(name[0], set()).add(len(name))
    return {c: tuple(sorted(ls, reverse=True)) for c, ls in out.items()}


def place_of(texts: Iterable[tuple[str, str]]) -> tuple[Place, str]:
    """The place of a platform from texts in order of trust: (where, text) pairs such as ("name", 名称),
    ("sentence", …), ("partners", …), ("article", …). The first text that names a city gives city and
    province (its most frequent city); failing every one, the first that names a province gives the
    province. Returns the place and where it was found ("" when nowhere)."""
    province_only: Optional[tuple[Place, str]] = None
    for where, text in texts:
        found = [p for _, _, p in find_places(text)]
        with_city = Counter(p for p in found if p.city)
        if with_city:
            # most frequent, the earliest on ties (Counter keeps first-seen order)
            return with_city.most_common(1)[0][0], where
        if province_only is None and found:
            province_only = (Counter(found).most_common(1)[0][0], where)
    return province_only or (Place(None, None), "")


def kind_of(name_zh: str) -> Optional[str]:
    """The platform's kind from its name's suffix (数据交易所 → data exchange), None when no suffix is listed."""
    name = name_zh.rstrip("）)")
    for suffix, kind in lexicon().kinds:
        if suffix in name[-len(suffix) - 4 :]:  # a suffix, or just before a phase/campus tail (一期, 南区 …)
            return kind
    return None

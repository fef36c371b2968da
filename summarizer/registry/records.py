"""The records the registry's build hands to the identity logic (identity.py): one normalised record per
platform mention, and the registry's platforms as candidates. Plain dataclasses: identity.py is pure and
never sees the database."""
from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass, field
from typing import Optional

from ..schema import Brief, Platform
from .places import kind_of, place_of


@dataclass
class MentionRecord:
    """One platform of one brief."""

    ref: str  # "<article_id>#<platform index in the brief>": stable across rebuilds
    article_id: str
    name_zh: str
    name_en: str = ""
    norm: str = ""  # normalise(name_zh)
    context: str = ""  # the sentences of the brief's text that hold the name's evidence
    partners: list[str] = field(default_factory=list)  # partner names (zh)
    city: Optional[str] = None
    province: Optional[str] = None
    kind: Optional[str] = None
    date: Optional[str] = None  # the article's date when its archive record had one


@dataclass
class PlatformRecord:
    """A platform already in the registry, offered to identity.cluster() as a candidate."""

    platform_id: int
    names: list[str]  # the zh names seen (up to 12), most frequent first
    name_en: str = ""
    city: Optional[str] = None
    province: Optional[str] = None
    kind: Optional[str] = None
    partners: list[str] = field(default_factory=list)  # up to 20, most frequent first
    articles: int = 0
    keys: list[str] = field(default_factory=list)  # identity.keys() of its mentions naming it (n:, s:, f:; up to 40)
    profile: Optional[object] = field(default=None, repr=False, compare=False)  # identity's, memoised on the record


@dataclass
class Assignment:
    """Where identity.cluster() puts one mention: an existing platform, or a new one shared by the mentions of
    the batch with the same new_label; reason says why in one line."""

    ref: str
    platform_id: Optional[int] = None
    new_label: Optional[str] = None
    reason: str = ""


_DROP = re.compile(r"[\s·•・\"'“”‘’《》〈〉「」『』()（）\[\]【】,，、.。:：;；!！?？-]+")


@functools.lru_cache(maxsize=1)
def _t2s():
    import opencc

    return opencc.OpenCC("t2s")


@functools.lru_cache(maxsize=8192)
def normalise(name: str) -> str:
    """A name for comparison: NFKC (full-width letters and digits), simplified Chinese, lower case, without
    spaces, quotes, brackets and punctuation."""
    s = unicodedata.normalize("NFKC", name)
    s = _t2s().convert(s)
    return _DROP.sub("", s).lower()


_SENT_END = "。！？!?；;\n"


def _sentence_around(text: str, start: int, end: int, limit: int = 300) -> str:
    a = max((text.rfind(c, max(0, start - limit), start) for c in _SENT_END), default=-1) + 1
    ends = [i for i in (text.find(c, end, end + limit) for c in _SENT_END) if i >= 0]
    b = min(ends) + 1 if ends else min(len(text), end + limit)
    return text[a:b].strip()


def mention_records(brief: Brief, date: Optional[str] = None) -> list[MentionRecord]:
    """The normalised mention of each platform of `brief`, with its place and kind."""
    out = []
    title = brief.title.zh
    for i, p in enumerate(brief.platforms):
        if not p.name.zh.strip():
            continue
        context = _context(brief, p)
        partners = [x.zh for x in p.partners if x.zh]
        place, _ = place_of([("name", p.name.zh), ("sentence", context), ("partners", " ".join(partners)),
                             ("title", title), ("article", brief.text[:5000])])
        out.append(MentionRecord(
            ref=f"{brief.id}#{i}", article_id=brief.id, name_zh=p.name.zh, name_en=p.name.en,
            norm=normalise(p.name.zh), context=context, partners=partners, city=place.city,
            province=place.province, kind=kind_of(normalise(p.name.zh)), date=date))
    return out


def _context(brief: Brief, p: Platform) -> str:
    return context_of(brief.text, p.name.evidence)


def context_of(text: str, evidence) -> str:
    """The sentences of `text` that hold the first three evidence spans, each once, in order (600 chars at most)."""
    return "".join(dict.fromkeys(s for a, b in list(evidence)[:3] if (s := _sentence_around(text, a, b))))[:600]

"""The Article: cleaned text with its paragraphs, sentences and sections, all as offsets into `text`.

Like spaCy's Doc, it is the one object the extraction steps read; nothing downstream re-cleans text.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..errors import EmptyInput
from ..schema import Removed
from .clean import clean
from .decode import Source, read_source

_END = "。！？!?"
_CLOSERS = "”’」』\"')）】》"
_OPENERS = {"“": "”", "「": "」", "『": "』"}
_ENUM = re.compile(r"^(?:[一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十\d]+[)）]|\d{1,2}[、.．]\s*|[【\[])")
# Heading "名称：小标题" / "名称:小标题": the part before the colon names the section's subject.
_HEADING_SPLIT = re.compile(r"[:：丨|]")
_LETTER = re.compile(r"[^\W\d_]")  # a letter of any script (a Chinese character is one)


@dataclass
class Sentence:
    start: int
    end: int
    text: str
    paragraph: int
    section: int  # index into Article.sections; 0 is the part before the first heading
    is_heading: bool = False


@dataclass
class Section:
    heading: str  # "" for the lead-in before the first heading
    subject: str  # heading text before its colon (the platform a section is about), "" if none
    slogan: str  # heading text after its colon
    start: int  # char offsets of the whole section in Article.text
    end: int
    heading_span: tuple[int, int] | None = None
    subject_span: tuple[int, int] | None = None


@dataclass
class Article:
    text: str
    title: str
    title_span: tuple[int, int]
    paragraphs: list[tuple[int, int]]
    sentences: list[Sentence]
    sections: list[Section]
    removed: list[Removed] = field(default_factory=list)
    encoding: str = "str"
    converted_from_traditional: bool = False
    was_html: bool = False
    cleaning_notes: list[str] = field(default_factory=list)  # cleaning rules not applied, and why

    def body_sentences(self) -> list[Sentence]:
        return [s for s in self.sentences if not s.is_heading]


def split_sentences(para: str) -> list[tuple[int, int]]:
    """Sentence spans within one paragraph. Ends at 。！？ (and ……), keeps closing quotes with their
    sentence, never splits inside a quotation shorter than 200 characters, and keeps 3.5 or 1,024 whole."""
    spans, start, i, n = [], 0, 0, len(para)
    quote_stack: list[tuple[str, int]] = []
    while i < n:
        c = para[i]
        if c in _OPENERS:
            quote_stack.append((_OPENERS[c], i))
        elif quote_stack and c == quote_stack[-1][0]:
            quote_stack.pop()
        end_here = c in _END or (c == "…" and i + 1 < n and para[i + 1] == "…")
        if end_here:
            j = i + 1
            while j < n and (para[j] in _END or para[j] == "…"):
                j += 1
            if quote_stack and j - quote_stack[-1][1] < 200:
                i = j
                continue
            while j < n and para[j] in _CLOSERS:
                if quote_stack and para[j] == quote_stack[-1][0]:
                    quote_stack.pop()
                j += 1
            # A closing quote followed by attribution ("……。”他说。") continues the sentence.
            if j < n and para[j - 1] in "”」』" and para[j] not in _END and _attribution_follows(para, j):
                i = j
                continue
            spans.append((start, j))
            start, i = j, j
            continue
        i += 1
    if start < n and para[start:].strip():
        spans.append((start, n))
    out = []
    for s, e in spans:  # trim whitespace inside the span
        while s < e and para[s].isspace():
            s += 1
        while e > s and para[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s, e))
    return out


def _attribution_follows(para: str, j: int) -> bool:
    """True when the text after a closing quote is a short attribution clause ending the sentence."""
    rest = para[j : j + 60]
    m = re.search(r"[。！？]", rest)
    return bool(m) and m.start() <= 45 and "，" not in rest[: m.start()] and "," not in rest[: m.start()] and any(
        v in rest[: m.start() + 1] for v in ("说", "介绍", "表示", "坦言", "指出", "称", "强调", "透露", "认为", "告诉")
    )


def is_heading(para: str) -> bool:
    """A short paragraph without end punctuation: a section heading (the title is handled apart)."""
    p = para.strip()
    last = p.rstrip("”\"’」』")
    return 4 <= len(p) <= 48 and bool(last) and last[-1] not in _END + "…，,；;：:" and p.count("，") + p.count(",") <= 2


def build_article(source: Source) -> Article:
    raw, encoding = read_source(source)
    ct = clean(raw)
    parts: list[str] = []
    pos = 0
    title_span = (0, 0)
    if ct.title:
        parts.append(ct.title)
        title_span = (0, len(ct.title))
        pos = len(ct.title) + 1
    paragraphs: list[tuple[int, int]] = []
    for p in ct.paragraphs:
        paragraphs.append((pos, pos + len(p)))
        parts.append(p)
        pos += len(p) + 1
    text = "\n".join(parts)

    sentences: list[Sentence] = []
    sections = [Section(heading="", subject="", slogan="", start=paragraphs[0][0] if paragraphs else 0, end=len(text))]
    for pi, (ps, pe) in enumerate(paragraphs):
        para = text[ps:pe]
        # A heading needs body text after it; a short last line is a closing remark, not a heading.
        if is_heading(para) and pi + 1 < len(paragraphs):
            sections[-1].end = ps
            m = _HEADING_SPLIT.search(para)
            body = _ENUM.sub("", para).strip("】]【[ ")
            offset = ps + para.index(body[:1]) if body else ps
            subject = slogan = ""
            subject_span = None
            if m:
                subject = para[: m.start()]
                subject = _ENUM.sub("", subject).strip("】]【[ ")
                slogan = para[m.end():].strip()
                if subject:
                    s0 = ps + para.index(subject)
                    subject_span = (s0, s0 + len(subject))
            sections.append(Section(heading=body, subject=subject, slogan=slogan, start=ps, end=len(text),
                                    heading_span=(offset, pe), subject_span=subject_span))
            sentences.append(Sentence(ps, pe, para, pi, len(sections) - 1, is_heading=True))
            continue
        for s, e in split_sentences(para):
            sentences.append(Sentence(ps + s, ps + e, para[s:e], pi, len(sections) - 1))
    if not text.strip() or not sentences:
        raise EmptyInput("no article text is left after removing page boilerplate")
    if not _LETTER.search(text):
        raise EmptyInput("the input has no words, only punctuation, figures or symbols")
    return Article(text=text, title=ct.title, title_span=title_span, paragraphs=paragraphs, sentences=sentences,
                   sections=sections, removed=ct.removed, encoding=encoding,
                   converted_from_traditional=ct.converted_from_traditional, was_html=ct.was_html,
                   cleaning_notes=ct.notes)

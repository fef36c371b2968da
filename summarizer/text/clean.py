"""Raw text → clean paragraphs: HTML to text, traditional → simplified, width, news-site boilerplate."""
from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass, field

from ..schema import Removed
from ..settings import data_yaml

_TERMINAL = "。！？!?…"
_HTML_HINT = re.compile(r"<\s*(html|body|p|div|br|span|h1|h2|article|section|table|meta|title)\b", re.I)
_BLOCK_TAGS = ["p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr", "article", "section",
               "header", "footer", "blockquote", "pre", "td", "dd", "dt", "figcaption", "title"]
_DROP_TAGS = ["script", "style", "noscript", "template", "svg", "iframe", "form", "button", "select",
              "nav", "footer", "aside", "head"]
# Site names glued to a page <title>: "标题_长沙晚报", "标题 - 新华网", "标题|人民网".
_TITLE_SITE = re.compile(r"\s*(?:[_|｜–—-]\s*[^_|｜–—-]{1,20}){1,3}$")


_COLUMN_TAG = re.compile(r"^[【\[][^】\]]{1,24}[】\]]$")


@dataclass
class CleanText:
    title: str
    paragraphs: list[str]
    removed: list[Removed] = field(default_factory=list)
    converted_from_traditional: bool = False
    was_html: bool = False
    notes: list[str] = field(default_factory=list)  # rules not applied, and why


def looks_like_html(text: str) -> bool:
    return len(_HTML_HINT.findall(text[:20000])) >= 2 or text.lstrip()[:15].lower().startswith(("<!doctype", "<html"))


def html_to_lines(html: str) -> tuple[str, list[str]]:
    """Visible text of a page, one block element per line, plus its best title guess (<h1>, else <title>).

    One pass over the parsed tree with an explicit stack: linear in the page, however deep it nests
    (inserting newline nodes into the tree instead costs a walk to the last descendant per block tag,
    quadratic in the nesting)."""
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(html, "lxml")
    page_title = " ".join(soup.title.get_text(" ", strip=True).split()) if soup.title else ""
    pieces, h1 = _visible_text(soup)
    title = h1 if h1 is not None else _TITLE_SITE.sub("", page_title[:_MAX_TITLE])
    lines = [ln.strip() for ln in "".join(pieces).split("\n")]
    return title, [ln for ln in lines if ln]


_BLOCK_SET, _DROP_SET = frozenset(_BLOCK_TAGS), frozenset(_DROP_TAGS)
_MAX_TITLE = 300  # a <title> longer than this is not a headline


def _visible_text(root) -> tuple[list[str], str | None]:
    """The text of `root` outside dropped tags, with a newline around every block tag, and the text of the
    first <h1> (its strings stripped and joined by spaces, as get_text(" ", strip=True) gives it)."""
    from bs4 import NavigableString, Tag

    pieces: list[str] = []
    h1_parts: list[str] | None = None
    h1_depth = 0  # > 0 while inside the first <h1>
    stack = [(root, iter(root.contents))]
    while stack:
        tag, children = stack[-1]
        child = next(children, None)
        if child is None:
            stack.pop()
            if tag.name in _BLOCK_SET:
                pieces.append("\n")
            if h1_depth:
                h1_depth -= 1
            continue
        if isinstance(child, Tag):
            if child.name in _DROP_SET:
                continue
            if child.name in _BLOCK_SET:
                pieces.append("\n")
            if h1_depth or (h1_parts is None and child.name == "h1"):
                h1_parts = h1_parts if h1_parts is not None else []
                h1_depth += 1
            stack.append((child, iter(child.contents)))
        elif type(child) is NavigableString or child.__class__.__name__ == "CData":  # not comments, doctypes
            pieces.append(str(child))
            if h1_depth and child.strip():
                h1_parts.append(child.strip())
    h1 = " ".join(h1_parts) if h1_parts is not None else None
    return pieces, h1


@functools.lru_cache(maxsize=1)
def _opencc():
    import opencc

    return opencc.OpenCC("t2s")


def t2s(text: str) -> str:
    """OpenCC t2s on any text, simplified or not (昇 → 升): what the gold's names were written with."""
    return _opencc().convert(text)


def to_simplified(text: str) -> tuple[str, bool]:
    """Convert traditional to simplified when the text is traditional. Simplified text is left alone
    (t2s is not a no-op on simplified text: it rewrites a few characters such as 著/着)."""
    converted = t2s(text)
    if len(converted) != len(text):  # phrase conversion changed lengths; fall back to char-level safety
        return converted, True
    changed = sum(1 for a, b in zip(text, converted) if a != b)
    cjk = sum(1 for c in text if "\u4e00" <= c <= "\u9fff") or 1
    if changed >= 3 and changed / cjk > 0.01:
        return converted, True
    return text, False


# Full-width ASCII letters, digits and symbols → half-width; Chinese punctuation (，：；！？（）) stays,
# because it is the article's own punctuation and reads better in the Chinese output.
_KEEP_FULLWIDTH = set("，：；！？（）")
_WIDTH = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F) if chr(cp) not in _KEEP_FULLWIDTH}
_WIDTH.update({0x3000: 0x20, 0xA0: 0x20, 0x200B: None, 0x200C: None, 0x200D: None, 0xFEFF: None, 0x2028: 0x0A,
               0x2029: 0x0A})


def normalise(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n").translate(_WIDTH)
    text = unicodedata.normalize("NFC", text)
    # Every run of horizontal space (em spaces included) is one space: no rule then meets a long run of it.
    return re.sub(r"[^\S\n]+", " ", text)


@functools.lru_cache(maxsize=1)
def _rules() -> dict[str, list[re.Pattern]]:
    raw = data_yaml("boilerplate.yaml")
    return {k: [re.compile(p) for p in raw.get(k, [])]
            for k in ("line", "tail", "prefix", "suffix", "not_headline", "headline_meta")}


def _is_sentence_like(line: str) -> bool:
    return len(line) >= 40 and any(c in line for c in _TERMINAL + "，,")


def _is_title_like(line: str) -> bool:
    return 4 <= len(line) <= 64 and line[-1] not in _TERMINAL + "，,；;：:"


def _not_headline(line: str, rules: dict[str, list[re.Pattern]]) -> bool:
    """Page furniture that opens a page and is never its headline (boilerplate.yaml `not_headline`)."""
    return any(p.search(line) for p in rules["not_headline"])


_HEADLINE_REACH = 12  # lines at the top of a page read for its headline
_DATE_LINE = re.compile(r"[\d\s年月日号时分秒:：/.\-]+(?:星期|周|礼拜)?[一二三四五六日天]?")


def _headline_at(lines: list[str], rules: dict[str, list[re.Pattern]]) -> int | None:
    """Where the headline is among the short lines that open a page, before its first sentence: the line a
    date or source line follows (past page furniture between them), else the first that can be a headline
    (not furniture: an image's file name, navigation, a byline; at least six Chinese characters). None
    where no line can be: the page opens with its text."""
    def meta(x: str) -> bool:
        return any(p.search(x) for p in rules["headline_meta"])

    top = []
    for ln in lines[:_HEADLINE_REACH]:
        if _is_sentence_like(ln) or ln.rstrip()[-1:] in _TERMINAL:
            break
        top.append(ln)
    can = [i for i, x in enumerate(top) if _is_title_like(x) and not _not_headline(x, rules) and not meta(x)
           and _cjk(x) >= 6]
    for i in can:
        nxt = next((x for x in top[i + 1:] if meta(x) or not _not_headline(x, rules)), "")
        if nxt and meta(nxt):
            return i
    if can and all(_not_headline(x, rules) or _DATE_LINE.fullmatch(x.strip()) or not x.strip() for x in top[:can[0]]):
        return can[0]  # (a line of a date alone above it, "2015年09月18日 星期五", dates the page: no headline)
    return 0 if lines and _is_title_like(lines[0]) and not _not_headline(lines[0], rules) else None


# A pinyin reading some re-posting sites gloss inside words: "协(xié)同", "内(nèi)蒙古", "创(chuàng)新". Only a
# bracket right after a Chinese character that holds one to three lowercase syllables, at least one with a tone
# mark, goes: names' English "(ITRI)", acronyms, "(拟建)", "(一期)" and plain Latin words "(beta)" never match.
_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ"
_SYLLABLE = f"[a-zü{_TONED}]{{1,6}}"
_PINYIN_GLOSS = re.compile(rf"(?<=[\u3400-\u4dbf\u4e00-\u9fff])[(（]\s*(?=[^()（）]*[{_TONED}])"
                           rf"{_SYLLABLE}(?:[ '’-]?{_SYLLABLE}){{0,2}}\s*[)）]")


# A betting site's link a hacked page injects into its sentences ("中国工程科技发展kaiyun官方入口战略云南研究院",
# "签订合作协议kaiyun官方入口,共建"): a Latin brand glued to 官方入口/官网入口/登录入口 between Chinese words. No
# sentence of news says it; the article is whole again without it.
_INJECTED_LINK = re.compile(r"(?<=[\u4e00-\u9fff，,。\n ])[A-Za-z][A-Za-z0-9]{2,11}(?:官方入口|官网入口|登录入口|官方网站入口)"
                            r"(?=[\u4e00-\u9fff，,。])")


def strip_pinyin_glosses(text: str) -> str:
    """The text without pinyin readings glossed after characters (see _PINYIN_GLOSS) and links a hacked page
    injected into its sentences (_INJECTED_LINK)."""
    return _INJECTED_LINK.sub("", _PINYIN_GLOSS.sub("", text))


def page_lines(raw: str) -> tuple[str, list[str], bool, bool]:
    """What the cleaning rules read: (page title, non-empty lines, converted from traditional, was HTML),
    after HTML → text, width normalisation, pinyin glosses stripped and traditional → simplified."""
    html_title = ""
    was_html = looks_like_html(raw)
    if was_html:
        html_title, lines = html_to_lines(raw)
        raw = "\n".join(lines)
    text, converted = to_simplified(strip_pinyin_glosses(normalise(raw)))
    if was_html and html_title:
        html_title = strip_pinyin_glosses(normalise(html_title))
        html_title = to_simplified(html_title)[0] if converted else html_title
    lines = [ln.strip() for ln in text.split("\n")]
    return html_title, [ln for ln in lines if ln], converted, was_html


# The guard that keeps boilerplate rules off the article. No line rule removes a line whole that carries
# content (see carries_content) or more than _TAIL_SHARE of the page's content: only the stretch its pattern
# matched in goes. A tail cut that would take more than _TAIL_SHARE of the page's content is not made; a
# cleaning that keeps under _FALLBACK_SHARE of it is redone lightly. Content is counted as the Chinese
# characters of lines that end a sentence somewhere (related-news lists, menus and footers rarely do).
_SENT_END = "。！？!?"
_SENTENCES = re.compile(r"[^。！？!?]*[。！？!?]+|[^。！？!?]+$")
_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")
_SENTENCE_CJK, _CONTENT_CJK, _LONG_SENTENCE_CJK = 10, 60, 100
_TAIL_SHARE, _FALLBACK_SHARE = 0.5, 0.2


def _cjk(text: str) -> int:
    return len(_CJK.findall(text))


def _content(line: str) -> int:
    return _cjk(line) if any(c in line for c in _SENT_END) else 0


def carries_content(text: str) -> bool:
    """Article text: ≥ 2 terminated sentences of ≥ 10 Chinese characters and ≥ 60 in all, or one terminated
    sentence of ≥ 100 (a site's notices are shorter; a paragraph of one long sentence is not)."""
    if _cjk(text) < _CONTENT_CJK:
        return False
    full = [n for n in (_cjk(m.group()) for m in _SENTENCES.finditer(text) if m.group()[-1] in _SENT_END)
            if n >= _SENTENCE_CJK]
    return (len(full) >= 2 and sum(full) >= _CONTENT_CJK) or any(n >= _LONG_SENTENCE_CJK for n in full)


_DELIM = re.compile(r"[\s。！？!?]")
_REACH = 80  # how far a stretch reaches beyond its match for a delimiter


def _matched_stretch(line: str, m: re.Match) -> tuple[int, int]:
    """The part of a content line that a line rule's match stands for: the match widened to the spaces or
    sentence ends around it ("原标题:X 正文…" → "原标题:X"; "…。皖ICP备12号" → "皖ICP备12号"); the match
    alone when that would take a piece of text ("原标题:近日,X揭牌。" → "原标题:")."""
    before = line[max(0, m.start() - _REACH):m.start()]
    delims = list(_DELIM.finditer(before))
    s = m.start() - len(before) + delims[-1].end() if delims else (0 if m.start() <= _REACH else m.start())
    after = _DELIM.search(line, m.end(), m.end() + _REACH)
    e = (after.end() if after and after.group() in _SENT_END else after.start()) if after else (
        len(line) if len(line) - m.end() <= _REACH else m.end())
    # A sentence of its own (≥ 10 characters besides the match) or a long run is text, not a label.
    outside = _cjk(line[s:m.start()]) + _cjk(line[m.end():e])
    if outside >= (_SENTENCE_CJK if e > 0 and line[e - 1] in _SENT_END else _CONTENT_CJK // 2):
        return m.start(), m.end()
    return s, e


def _apply_line_rules(line: str, rules: list[re.Pattern], removed: list[Removed], light: bool, page: int) -> str:
    """The line less what the line rules remove: the whole line, unless it carries content or most of the
    page's content (then only the stretches the rules matched in); in a light cleaning, only lines that end
    no sentence go."""
    hits = [m for m in (p.search(line) for p in rules) if m]
    if not hits:
        return line
    if light and any(c in line for c in _SENT_END):
        return line
    if not (carries_content(line) or _content(line) > _TAIL_SHARE * page):
        removed.append(Removed(text=line, reason="page furniture"))
        return ""
    out, pos = [], 0
    for s, e in sorted(_matched_stretch(line, m) for m in hits):
        if e <= pos:
            continue
        s = max(s, pos)
        out.append(line[pos:s])
        if line[s:e].strip():
            removed.append(Removed(text=line[s:e].strip(), reason="page furniture"))
        pos = e
    out.append(line[pos:])
    return " ".join(x.strip() for x in out if x.strip())


def _tail(lines: list[str], contents: list[int], rules: list[re.Pattern]) -> tuple[int, list[int]]:
    """Where the page tail starts (len(lines) when it has none): the first tail marker after which no real
    paragraph follows and whose cut leaves over half the page's content. Markers passed over for taking too
    much are listed to go alone, unless they carry content themselves."""
    last_sentence = max((i for i, ln in enumerate(lines) if _is_sentence_like(ln)), default=-1)
    suffix = [0] * (len(lines) + 1)
    for i in range(len(lines) - 1, -1, -1):
        suffix[i] = suffix[i + 1] + contents[i]
    alone = []
    for i in range(max(last_sentence, 0), len(lines)):  # the marker line itself may read like a sentence
        if any(p.search(lines[i]) for p in rules):
            if suffix[i] <= _TAIL_SHARE * suffix[0]:
                return i, alone
            if not carries_content(lines[i]):
                alone.append(i)
    return len(lines), alone


def clean(raw: str) -> CleanText:
    """Split raw article text into a title and content paragraphs, recording what was removed and why.

    No rule removes the article itself: a line that carries content loses only what a rule matched, a tail
    cut that would take most of the content is not made, and a cleaning that would leave (nearly) nothing of
    a page with content is redone lightly (no tail cut; only lines that end no sentence can go as furniture)."""
    html_title, lines, converted, was_html = page_lines(raw)
    contents = [_content(ln) for ln in lines]
    page = sum(contents)
    ct = _clean_lines(lines, contents, html_title, light=False)
    if page >= _CONTENT_CJK and not _reaches([ct.title, *ct.paragraphs], _FALLBACK_SHARE * page):
        ct = _clean_lines(lines, contents, html_title, light=True)
        ct.notes.append("the full cleaning would have left almost nothing of the article; a light one was used")
    ct.converted_from_traditional, ct.was_html = converted, was_html
    return ct


def _reaches(lines: list[str], amount: float) -> bool:
    """Whether the lines hold at least `amount` of content (stops counting there)."""
    total = 0
    for ln in lines:
        total += _content(ln)
        if total >= amount:
            return True
    return False


def _clean_lines(lines: list[str], contents: list[int], html_title: str, light: bool) -> CleanText:
    """The cleaning itself; `contents` gives each line's content (_content), `light` a light cleaning."""
    removed: list[Removed] = []
    rules = _rules()
    page = sum(contents)

    # Tail: the first tail marker after which no real paragraph follows; it and all after it go (see _tail).
    if not light:
        cut, alone = _tail(lines, contents, rules["tail"])
        skip = set(alone)
        removed += [Removed(text=lines[i], reason="page tail") for i in alone]
        removed += [Removed(text=x, reason="page tail") for x in lines[cut:]]
        lines = [ln for i, ln in enumerate(lines[:cut]) if i not in skip]

    kept = [_apply_line_rules(ln, rules["line"], removed, light, page) for ln in lines]
    lines = [ln for ln in kept if ln]

    # Title: the <h1>/<title> of a page, else a short first line without end punctuation.
    title = ""
    if html_title:
        title = html_title
        lines = [ln for ln in lines if ln != html_title]
    else:
        # Column tags above the headline ("【创新驱动·高质量发展】") are page header, not the title.
        n = 0
        while n < len(lines) - 1 and _COLUMN_TAG.match(lines[n]):
            n += 1
        removed += [Removed(text=x, reason="column tag") for x in lines[:n]]
        del lines[:n]
        k = _headline_at(lines, rules)
        if k is not None:
            removed += [Removed(text=x, reason="page header") for x in lines[:k]]
            title = lines[k]
            del lines[:k + 1]
        else:  # no headline: the furniture that opens the page goes all the same (an image's file name)
            n = 0
            while n < len(lines) - 1 and not _is_sentence_like(lines[n]) and _not_headline(lines[n], rules):
                n += 1
            removed += [Removed(text=x, reason="page header") for x in lines[:n]]
            del lines[:n]

    # Dateline/byline prefixes in the first paragraphs; short lines above the dateline are page header
    # (column names, channel tags), never article content.
    def unprefixed(ln: str) -> str:
        again = True
        while again:  # "date 2022-08 (X / Y 综合报导)正文": one prefix after another, in any order
            again = False
            for p in rules["prefix"]:
                m = p.match(ln)
                if m and m.end() > 0:
                    removed.append(Removed(text=m.group(0).strip(), reason="dateline/byline"))
                    ln, again = ln[m.end():], True
        return ln

    for i, ln in enumerate(lines[:8]):
        new = unprefixed(ln)
        if new != ln:
            header = [x for x in lines[:i] if not _is_sentence_like(x)]
            if header and not title and _is_title_like(header[-1]):
                title = header.pop()  # no title yet: the headline stands right above the dateline
            removed += [Removed(text=x, reason="page header") for x in header]
            above = [x for x in lines[:i] if _is_sentence_like(x)]
            rest = lines[i + 1:]
            if not _is_sentence_like(new) and rest:  # a dateline alone (or by a caption): the byline may open the next line
                rest = [unprefixed(rest[0])] + rest[1:]
            lines = above + ([new] if new.strip() else []) + [x for x in rest if x.strip()]
            break

    if lines:
        last = lines[-1]
        for p in rules["suffix"]:
            m = p.search(last)
            if m:
                removed.append(Removed(text=m.group(0).strip(), reason="byline"))
                last = last[: m.start()]
        lines[-1] = last
    lines = [ln.strip() for ln in lines if ln.strip()]
    return CleanText(title=title, paragraphs=lines, removed=removed)

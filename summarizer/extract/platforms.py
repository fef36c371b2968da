"""Which platforms an article describes, where each is mentioned, and which sentences are about it.

Two signals, in order of trust:
1. Section headings "名称：小标题" — each names the platform its section is about.
2. Otherwise, names built from LAC tokens ending in a platform suffix (中心, 实验室, 研究院 …) that are
   specific (carry a place or organisation, not just "创新中心"), merged across aliases (a shorter
   form that ends the full name, "该中心"), kept when the article dwells on them.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Callable

from ..settings import fields_config
from .doc import Doc, alternation
from .ner import Token

_PROPER_TAGS = {"LOC", "ORG", "nz", "nw", "PER"}
_NAME_TAGS = _PROPER_TAGS | {"n", "vn", "an", "a", "ad", "v", "nr", "ns", "nt", "f"}  # ad: 自动(驾驶)
_CONJ = {"与", "和", "及"}
# What follows a platform's name when a sentence introduces it.
_INTRODUCES = re.compile(r"(由|是|作为|位于|坐落|依托|总投资|计划总投资|占地|规划面积|建筑面积|首期|一期|于\d{4}年)")
_QUOTED = re.compile(r"[“「『\"]([^“”「」『』\"，。；]{4,32})[”」』\"]")
_INDEFINITE = {"一个", "一家", "一座", "一所", "一批", "一种", "一类", "一项", "某", "某个"}
# A sentence about several platforms at once ("三大平台", "各类创新平台", "这些中心").
COLLECTIVE = re.compile(r"(两|三|四|五|六|七|八|九|十|多|各|这些|这几|\d+)(大|个|家|所|类)?(创新)?(平台|中心|实验室|研究院|园区|基地)")


def is_collective(text: str, n_platforms: int) -> bool:
    """Whether a sentence speaks of the article's platforms together: "这些平台", "各类平台", or a count
    equal to the number of platforms ("三大平台" in a three-platform article, not a lab's "三大中心")."""
    from .numbers import parse_number

    for m in COLLECTIVE.finditer(text):
        w = m.group(1)
        if w in ("多", "各", "这些", "这几"):
            return True
        if n_platforms > 1 and parse_number(w) == n_platforms:
            return True
    return False
# After an organisation's name, these make it someone's affiliation ("X相关负责人说").
# After a name, these make it the one who builds something else ("X与Y共同成立的Z").
_ACTS_AS_PARTY = re.compile(r"(共同|联合|携手|牵头|出资|合作)(成立|共建|组建|建设|打造|设立|创办|发起)|共建|组建|发起成立")
_SPEAKER = re.compile(r"的?(一位|一名|多位|几位)?(有关|相关|主要)?(负责人|院长|主任|所长|总经理|董事长|专家|研究员|工作人员|"
                      r"代表|科学家|教授|工程师)")


@dataclass
class Platform:
    name: str
    span: tuple[int, int]  # the mention that names it best (heading subject or first full mention)
    aliases: set[str] = field(default_factory=set)
    mentions: list[tuple[int, int]] = field(default_factory=list)
    scope: list[int] = field(default_factory=list)  # sentence indices about this platform
    section: int = -1  # the section it heads, -1 if none
    slogan_span: tuple[int, int] | None = None
    score: float = 0.0
    soft_mentions: int = 0  # bare "该中心" / "联盟…" mentions, counted when the kind is unique


class PlatformFinder:
    def __init__(self, is_proper: Callable[[str], bool] | None = None) -> None:
        """`is_proper(word)`: whether a word is a known place or organisation name (glossary, CC-CEDICT)."""
        cfg = fields_config()["platform"]
        self.is_proper = is_proper or (lambda w: False)
        self.suffixes = sorted(cfg["suffixes"], key=len, reverse=True)
        self.suffix_re = alternation(self.suffixes)
        self.suffix_end_re = re.compile("(" + "|".join(map(re.escape, self.suffixes)) + ")$")
        self.generic = set(cfg["generic_words"])
        self.specific_prefixes = tuple(cfg["specific_prefixes"])
        self.left_stops = set(cfg["left_stops"])
        self.anaphora = tuple(cfg["anaphora"])
        self.build_re = alternation(cfg["build_verbs"])
        self.max_platforms = int(cfg["max_platforms"])
        self._kinds: dict[str, str] = {}  # kind_of cache: names recur across an article's mentions
        self.anaphor_re = re.compile("(" + "|".join(map(re.escape, self.anaphora)) + ")(" + "|".join(
            map(re.escape, self.suffixes)) + ")")

    # ---- candidates -----------------------------------------------------------------------------
    def suffix_of(self, name: str) -> str:
        m = self.suffix_end_re.search(name)
        return m.group(1) if m else ""

    def kind_of(self, name: str) -> str:
        """The bare noun a platform is referred back to by: 中心 for 创新中心, 联盟 for 创新联盟."""
        kind = self._kinds.get(name)
        if kind is None:
            if len(self._kinds) > 100_000:  # bounded: an archive run sees millions of names
                self._kinds.clear()
            kind = self._kinds[name] = min((x for x in self.suffixes if name.endswith(x)), key=len, default="")
        return kind

    def candidates(self, tokens: list[Token]) -> list[tuple[int, int, str, bool]]:
        """(start, end, name, specific) for every name ending in a platform suffix in a sentence."""
        out = []
        for j, tok in enumerate(tokens):
            sfx = self.suffix_of(tok.text)
            if not sfx:
                continue
            if j + 1 < len(tokens) and self.suffix_of(tokens[j + 1].text) and tokens[j + 1].tag in ("n", "vn", "ORG"):
                continue  # "创新 中心 实验室": let the longer name end later
            k = j
            while k > 0:
                prev = tokens[k - 1]
                if prev.text in (")", "）") and k >= 3:
                    # "雄安城市计算(超算云)中心": a short parenthesis inside a name
                    o = next((x for x in range(k - 2, max(-1, k - 6), -1) if tokens[x].text in ("(", "（")), None)
                    if o is not None and o > 0 and tokens[o - 1].tag in _NAME_TAGS:
                        k = o
                        continue
                if prev.text.endswith(("公司", "集团")) and prev.tag != "ORG":
                    break  # "参股子公司凌富药物研究院": the company is not part of the institute's name
                if prev.text in self.left_stops or prev.text in self.anaphora:
                    break
                if prev.text in _CONJ:
                    # "计算与数字经济研究院" joins two fields; "湖南大学和湘江实验室" joins two names.
                    left = tokens[k - 2] if k >= 2 else None
                    if left is None or left.tag not in _NAME_TAGS or self.suffix_of(left.text) \
                            or left.text.endswith(("大学", "公司", "集团", "政府")):
                        break
                    k -= 1
                    continue
                if prev.tag not in _NAME_TAGS or len(prev.text) > 12:
                    break
                # A verb right before a proper name stands outside the name ("还有 芜湖…", "服务 湖南…").
                if prev.tag == "v" and tokens[k].tag in ("LOC", "ORG", "PER"):
                    break
                if prev.tag == "f" and len(prev.text) > 1:
                    break
                k -= 1
            first = tokens[k]
            start, end = first.start, tok.end
            name = "".join(t.text for t in tokens[k : j + 1])
            if len(name) > 32:
                continue
            # "开发了一个新型人工智能平台": an indefinite article introduces a description, not a name.
            specific = self.is_specific(name, tokens[k : j + 1]) and not (k > 0 and tokens[k - 1].text in _INDEFINITE)
            out.append((start, end, name, specific))
        return out

    def is_specific(self, name: str, toks: list[Token] | None = None) -> bool:
        """A name, not a description: it carries a place or organisation (LAC's tags, the glossary,
        CC-CEDICT's proper nouns), a code (5G, 1024), a national prefix, or a long non-generic modifier
        ("储能电池安全检测公共服务中心" names one facility; "公共算力服务平台" describes any)."""
        sfx = self.suffix_of(name)
        head = name[: len(name) - len(sfx)] if sfx else name
        if len(head) < 2:
            return False
        if toks:
            if any(t.tag in _PROPER_TAGS and len(t.text) >= 2 and (t.text != name or len(head) >= 2) for t in toks):
                return True
            if any(len(t.text) >= 2 and t.text != name and self.is_proper(t.text) for t in toks):
                return True
        # A code (5G, 1024) counts, not an abbreviation glossed in parentheses ("人工智能（AI）").
        if self.is_proper(head) or re.search(r"[A-Za-z0-9]{2,}", re.sub(r"[（(][^）)]*[）)]", "", head)):
            return True
        if head.startswith(self.specific_prefixes) and len(head) >= 4:
            return True
        return len(head) >= 6 and not self._all_generic(head)

    def _all_generic(self, head: str) -> bool:
        i = 0
        while i < len(head):
            for j in range(min(len(head), i + 4), i, -1):
                if head[i:j] in self.generic:
                    i = j
                    break
            else:
                return False
        return True

    # ---- article level --------------------------------------------------------------------------
    def sentences_to_tag(self, doc: Doc) -> list[int]:
        return [i for i, s in enumerate(doc.sentences) if self.suffix_re.search(s.text)]

    def find(self, doc: Doc) -> list[Platform]:
        need = self.sentences_to_tag(doc)
        doc.tag(need)
        platforms = self._from_headings(doc)
        found = self._from_mentions(doc, need)
        if platforms:
            # Headings set the platforms; mentions only add aliases and mention spans.
            self._merge_mentions(platforms, found)
        else:
            platforms = self._select(doc, found)
        self._assign_scopes(doc, platforms)
        return platforms

    def _from_headings(self, doc: Doc) -> list[Platform]:
        out = []
        for si, sec in enumerate(doc.article.sections):
            if not sec.subject or not sec.subject_span:
                continue
            subject = sec.subject.strip("“”\"《》 ")
            if not self.suffix_of(subject) or len(subject) < 3 or len(subject) > 32:
                continue
            s0 = doc.text.index(subject, sec.subject_span[0])
            span = (s0, s0 + len(subject))
            slogan = None
            if sec.slogan:
                k = doc.text.index(sec.slogan, sec.subject_span[1])
                slogan = (k, k + len(sec.slogan))
            out.append(Platform(name=subject, span=span, aliases={subject}, mentions=[span], section=si,
                                slogan_span=slogan, score=10.0))
        return out

    def _from_mentions(self, doc: Doc, idx: list[int]) -> list[tuple[int, int, str, bool]]:
        out = []
        for i in idx:
            s = doc.sentences[i]
            if s.is_heading:
                continue
            cands = self.candidates(doc.tokens(i))
            # A name in quotes is given as a name ("共同成立的「南部先进封装研究中心」"): the whole quoted
            # text, even where LAC would cut it, unless it describes ("“创新中心”").
            for m in _QUOTED.finditer(s.text):
                name = m.group(1)
                if self.suffix_of(name) and 4 <= len(name) <= 32 and not self._all_generic(name[: -len(self.suffix_of(name))]):
                    a = s.start + m.start(1)
                    cands = [c for c in cands if not (a <= c[0] and c[1] <= a + len(name))]
                    cands.append((a, a + len(name), name, True))
            out.extend(cands)
        return out

    def _alias_of(self, short: str, full: str) -> bool:
        """"人工智能创新中心" for "长沙人工智能创新中心" (a tail longer than the bare suffix); also a shortened
        form of the same kind whose non-generic characters appear in order in the full name ("检测中心"
        for "储能电池安全检测公共服务中心"). Bare generic forms ("创新中心") are nobody's alias."""
        if short == full:
            return False
        if full.endswith(short):
            return len(short) >= len(self.suffix_of(full)) + 2
        kind = self.kind_of(full)
        if len(short) < 4 or self.kind_of(short) != kind:
            return False
        head = short[: len(short) - len(self.suffix_of(short))]
        if not head or self._all_generic(head):
            return False
        it = iter(full)
        return all(c in it for c in short)

    def _merge_mentions(self, platforms: list[Platform], found: list[tuple[int, int, str, bool]]) -> None:
        for s, e, name, _ in found:
            for p in platforms:
                if name == p.name or self._alias_of(name, p.name) or self._alias_of(p.name, name):
                    p.mentions.append((s, e))
                    p.aliases.add(name)
                    break

    def _select(self, doc: Doc, found: list[tuple[int, int, str, bool]]) -> list[Platform]:
        by_name: dict[str, Platform] = {}
        for s, e, name, specific in found:
            if specific and name not in by_name:
                by_name[name] = Platform(name=name, span=(s, e), aliases={name})
        # A specific name that ends a longer specific name is an alias of it (湘江实验室 ⊂ 湖南湘江实验室).
        for name in sorted(by_name, key=len):
            longer = [p for n, p in by_name.items() if n != name and self._alias_of(name, n)]
            if len(longer) == 1:
                longer[0].aliases.add(name)
                del by_name[name]
        plats = list(by_name.values())
        for s, e, name, _ in found:
            owners = [p for p in plats if name in p.aliases or any(self._alias_of(name, a) for a in p.aliases)]
            if len(owners) == 1:
                owners[0].mentions.append((s, e))
                owners[0].aliases.add(name)
        title = doc.article.title
        n = max(1, len(doc.text))
        suffix_count: dict[str, int] = {}
        for p in plats:
            sfx = self.kind_of(p.name)
            suffix_count[sfx] = suffix_count.get(sfx, 0) + 1
        for p in plats:
            sfx = self.kind_of(p.name)
            # "该联盟…", "联盟由…牵头": a later bare mention of a platform that is the only one of its kind.
            soft = 0
            if suffix_count[sfx] == 1:
                rx = re.compile(rf"^(该|这个|这家|本|此)?{re.escape(sfx)}|(该|这个|这家|本)\s*{re.escape(sfx)}")
                soft = sum(1 for s in doc.sentences if not s.is_heading and rx.search(s.text)
                           and not any(a in s.text for a in p.aliases))
            p.soft_mentions = soft
            first = min(m[0] for m in p.mentions)
            build = sum(1 for m in p.mentions if self.build_re.search(doc.sentences[doc.sentence_at(m[0])].text))
            # Named right where it is built, opened or launched ("共建的X今日启用", "X揭牌成立"): the news is
            # about it, even when it is named only once.
            # Only a name that carries a place or organisation, or is quoted: "宁德时代投资建设的动力电池模组基地
            # 去年投产" is a tenant's project inside the park the article is about.
            built_here = any(self._built_here(doc.text, m) and self._proper_name(doc, m) for m in p.mentions)
            # Or a sentence opens with it and goes on to say what it is ("X由A与B共建", "X总投资12亿元"): the
            # way each platform of a list is introduced in turn.
            introduced = any(self._introduced(doc, m) for m in p.mentions)
            in_title = any(a in title for a in p.aliases if len(a) > len(self.suffix_of(a)) + 1)
            p.score = len(set(p.mentions)) + 0.7 * min(p.soft_mentions, 3) + 2.0 * in_title + 0.5 * min(build, 3) \
                + 1.0 * (built_here or introduced) + (1.0 - first / n)
            p.span = min(p.mentions, key=lambda m: (m[0], -(m[1] - m[0])))
        keep = [p for p in plats if (len(set(p.mentions)) + p.soft_mentions >= 2 or p.score >= 2.5)
                and not self._only_as_party(doc, p, title)]
        keep.sort(key=lambda p: -p.score)
        keep = keep[: self.max_platforms]
        keep.sort(key=lambda p: p.span[0])
        return keep

    def _proper_name(self, doc: Doc, m: tuple[int, int]) -> bool:
        if doc.text[m[0] - 1 : m[0]] in ("“", "「", "『", '"'):
            return True
        i = doc.sentence_at(m[0])
        return any(t.tag in ("LOC", "ORG") and len(t.text) >= 2 and m[0] <= t.start < m[1] for t in doc.tokens(i))

    def _introduced(self, doc: Doc, m: tuple[int, int]) -> bool:
        s = doc.sentences[doc.sentence_at(m[0])]
        lead = doc.text[s.start : m[0]]
        if lead and not re.fullmatch(r"(其中|此外|另外|同时|而|目前|据介绍|据了解)?[，,]?", lead):
            return False
        return bool(_INTRODUCES.match(doc.text, m[1]))

    def _built_here(self, text: str, m: tuple[int, int]) -> bool:
        before, after = text[max(0, m[0] - 6) : m[0]], text[m[1] : m[1] + 8]
        if re.search(r"(在|于|位于|落户|入驻|来到|到)$", before):
            return False  # "在X正式启用": X is where something else opens
        after = re.sub(r"^[”」』\"]?(今天|今日|昨天|昨日|日前|近日|正式|已经|已|将|也|于\d+月\d+日|\d+日|（\d+）日)*", "", after)
        return bool(self.build_re.match(after) or re.search(r"(成立|共建|组建|建设|打造|揭牌|设立)的[“「『\"]?$", before))

    @staticmethod
    def _only_as_party(doc: Doc, p: Platform, title: str) -> bool:
        """Named only as the one who builds something else ("该中心由X与Y共同建设"), or as where a speaker
        comes from ("来自X的专家", "X的相关负责人表示"): a partner or an affiliation, not a platform."""
        if any(a in title for a in p.aliases):
            return False
        def as_party(m: tuple[int, int]) -> bool:
            before, after = doc.text[max(0, m[0] - 3) : m[0]], doc.text[m[1] : m[1] + 6]
            return bool(re.search(r"(由|与|和|及|联合|依托|携手|来自)$", before) or _SPEAKER.match(after)
                        or _ACTS_AS_PARTY.match(after))

        return all(as_party(m) for m in p.mentions)

    def _mentions_in(self, doc: Doc, platforms: list[Platform], i: int) -> set[int]:
        s = doc.sentences[i]
        hit = set()
        for k, p in enumerate(platforms):
            if any(s.start <= m[0] < s.end for m in p.mentions) or any(a in s.text for a in p.aliases):
                hit.add(k)
        return hit

    def _anaphor(self, text: str, platforms: list[Platform]) -> int | None:
        for m in self.anaphor_re.finditer(text):
            sfx = m.group(2)
            cands = [k for k, p in enumerate(platforms) if p.name.endswith(sfx)]
            if len(cands) == 1:
                return cands[0]
        return None

    def _assign_scopes(self, doc: Doc, platforms: list[Platform]) -> None:
        if not platforms:
            return
        sents = doc.sentences
        by_section = {p.section: k for k, p in enumerate(platforms) if p.section >= 0}
        current: int | None = None
        last_section = max(by_section) if by_section else -1
        closing = False
        for i, s in enumerate(sents):
            if s.is_heading:
                current = by_section.get(s.section)
                continue
            hits = self._mentions_in(doc, platforms, i)
            if not hits and is_collective(s.text, len(platforms)):
                # "为三大平台提供支持" speaks of all of them. In the last section it also opens the closing
                # remarks, which belong to no platform.
                closing = closing or s.section == last_section
                continue
            if closing and not hits:
                continue
            lead_anaphor = self._anaphor(s.text[:8], platforms)
            if lead_anaphor is not None:  # "该平台由A与B共同建设": about the platform, A and B are partners
                hits = {lead_anaphor}
            if s.section in by_section:
                owner = by_section[s.section]
                # In a platform's own section every sentence is about it, unless it is only about another.
                if not hits or owner in hits or len(hits) > 1:
                    platforms[owner].scope.append(i)
                elif len(hits) == 1:
                    platforms[next(iter(hits))].scope.append(i)
                continue
            if len(hits) == 1:
                current = next(iter(hits))
            elif len(hits) > 1:
                current = None
                continue
            else:
                k = self._anaphor(s.text, platforms)
                if k is not None:
                    current = k
                elif by_section and s.section not in by_section:
                    continue  # lead-in or closing of a sectioned article: only explicit mentions count
            if current is not None:
                platforms[current].scope.append(i)

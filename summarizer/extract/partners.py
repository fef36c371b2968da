"""Partners: organisations that build, fund, host, co-build or join a platform.

An organisation counts when it stands in one of the platform's sentences that says so (a cue such as
共建, 依托, 设在, 牵头, 入驻), found by LAC's ORG tags, the glossary's organisations, or an enumeration
"A、B、C等24家企业". Reporters, the press, people's affiliations ("中国科学院院士") and generic nouns
("高校", "政府") are not partners. Aliases merge (华为 / 华为公司 / 华为技术有限公司).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Callable, Iterable, Optional

from ..settings import fields_config
from ..translate.glossary_data import Glossary
from .doc import Doc, alternation
from .ner import Token
from .numbers import NUM_PATTERN

_CORP_SUFFIX = re.compile(r"(股份有限公司|有限责任公司|有限公司|股份公司|公司)$")
# Suffixes by which an organisation names itself as a company, school or public body.
_BODY_SUFFIXES = ("有限公司", "公司", "集团", "大学", "学院", "人民政府", "政府", "管委会", "委员会", "银行", "医院",
                  "协会", "学会", "基金会", "局", "厅")
_SEATED_COMPANY = re.compile(r"(?P<head>[\u4e00-\u9fffA-Za-z]{2,20})[（(][\u4e00-\u9fff]{2,4}[）)](股份有限公司|有限责任公司|有限公司|公司)")
_LEADING_VERB = re.compile(r"^(联合|携手|会同|联手|依托|牵头|由|与|和|同)")
# Names that end like this are written in full, never as an abbreviation of a longer name.
_FULL_NAME_SUFFIXES = ("大学", "学院", "医院", "研究所", "研究院")
# Facilities named after the organisation that builds them: the organisation is the partner.
_FACILITY = ("中心", "平台", "基地", "园区", "集群", "工厂")


@dataclass
class Partner:
    name: str
    key: str
    spans: list[tuple[int, int]] = field(default_factory=list)


class PartnerExtractor:
    def __init__(self, glossary: Glossary, org_finder: Optional[re.Pattern] = None,
                 is_descriptive: Optional[Callable[[str, bool], bool]] = None, facility_suffixes: tuple[str, ...] = ()) -> None:
        cfg = fields_config()["partners"]
        self.glossary = glossary
        self.cue_re = alternation(cfg["cues"])
        self.contrast_re = alternation(cfg["contrast_cues"])
        self.org_suffixes = tuple(sorted(cfg["org_suffixes"], key=len, reverse=True))
        self.admin_suffixes = tuple(cfg["admin_suffixes"])
        self.media_suffixes = tuple(cfg["media_suffixes"])
        self.affiliation = tuple(cfg["affiliation_followers"])
        self.generic = set(cfg["generic"])
        nouns = "|".join(map(re.escape, sorted(cfg["list_nouns"], key=len, reverse=True)))
        self.list_re = re.compile(
            rf"((?:[^、，,；;。：:“”]{{1,20}}、)+[^、，,；;。：:“”]{{1,20}}?)(?:等|共)(?:{NUM_PATTERN})?(?:余|多)?[家所个位]?(?:{nouns})")
        self.org_finder = org_finder
        self.is_descriptive = is_descriptive or (lambda zh, place_ok: False)
        self.facility_suffixes = tuple(sorted(facility_suffixes, key=len, reverse=True))

    def sentences_to_tag(self, doc: Doc, scope: list[int], names: Iterable[str] = ()) -> list[int]:
        """The sentences that say someone builds, funds, hosts or joins: the only ones searched. A sentence
        that turns to other players ("例如美国政府透过晶片法案补助相关研发", "深圳的研究院则在…") counts only
        when it names the platform (one of `names`: its aliases, 该中心, 本实验室 …)."""
        names = [n for n in names if n]
        out = []
        for i in scope:
            t = doc.sentences[i].text
            if not self.cue_re.search(t):
                continue
            if names and self.contrast_re.search(t) and not any(n in t for n in names):
                continue
            out.append(i)
        return out

    def extract(self, doc: Doc, scope: list[int], exclude: set[str], exclude_spans: list[tuple[int, int]],
                refs: Iterable[str] = ()) -> list[Partner]:
        """Partners of the platform named `exclude` (its aliases) and referred to by `refs` (aliases, 该中心 …)."""
        sents = self.sentences_to_tag(doc, scope, refs)
        doc.tag(sents)
        found: dict[str, Partner] = {}
        for i in sents:
            for name, s, e, listed in self._orgs_in(doc, i):
                if any(a <= s and e <= b for a, b in exclude_spans):
                    continue
                if not self._acceptable(name, doc.text, e, listed) or name in exclude:
                    continue
                key = self.key(name)
                p = found.get(key)
                if p is None:
                    found[key] = Partner(name=name, key=key, spans=[(s, e)])
                elif (s, e) not in p.spans:
                    p.spans.append((s, e))
        return _merge_abbreviations(list(found.values()), lambda n: self.glossary.get(n) is not None)

    # ---- finding ------------------------------------------------------------------------------
    def _orgs_in(self, doc: Doc, i: int) -> list[tuple[str, int, int, bool]]:
        """(name, start, end, listed): organisations in a sentence; `listed` when an enumeration of
        organisations ("…等24家单位") vouches for the name."""
        s = doc.sentences[i]
        tokens = doc.tokens(i)
        out: list[tuple[str, int, int, bool]] = [(n, a, b, False) for n, a, b in self._from_tokens(tokens)]
        if self.org_finder is not None:
            for m in self.org_finder.finditer(s.text):
                out.append((m.group(0), s.start + m.start(), s.start + m.end(), False))
        for m in self.list_re.finditer(s.text):
            pos = m.start(1)
            for item in m.group(1).split("、"):
                a = s.start + pos
                pos += len(item) + 1
                item_start = self._trim_left(tokens, a, a + len(item))
                name = doc.text[item_start : a + len(item)].strip()
                if 2 <= len(name) <= 20:
                    out.append((name, item_start, a + len(item), True))
        # A company with its seat in brackets: "东软睿驰汽车技术（上海）有限公司".
        for m in _SEATED_COMPANY.finditer(s.text):
            a = self._trim_left(tokens, s.start + m.start(), s.start + m.end("head"))
            out.append((doc.text[a : s.start + m.end()], a, s.start + m.end(), False))
        out = [part for o in out for part in self._split_joined(*o)]
        # Longest mention wins where spans overlap (华为公司 over 华为).
        out.sort(key=lambda x: (x[1], -(x[2] - x[1])))
        kept: list[tuple[str, int, int, bool]] = []
        for o in out:
            if kept and o[1] < kept[-1][2]:
                continue
            kept.append(o)
        return kept

    def _split_joined(self, name: str, a: int, b: int, listed: bool) -> list[tuple[str, int, int, bool]]:
        """LAC sometimes tags a whole "A与B" or "联合A" as one organisation: drop a leading verb, and split
        at 与/和/及/、 when every part but the last ends like an organisation ("国立成功大学与工业技术研究院";
        not "计算与数字经济研究院", a field)."""
        m = _LEADING_VERB.match(name)
        if m and len(name) - m.end() >= 3:
            name, a = name[m.end():], a + m.end()
        parts = re.split(r"(与|和|及|、)", name)
        names, seps = parts[0::2], parts[1::2]
        if len(names) < 2 or any(len(x) < 2 for x in names) or not all(
                x.endswith(self.org_suffixes) or self.glossary.get(x) is not None for x in names[:-1]):
            return [(name, a, b, listed)]
        out, pos = [], a
        for x, sep in zip(names, seps + [""]):
            out.append((x, pos, pos + len(x), listed))
            pos += len(x) + len(sep)
        return out

    def _from_tokens(self, tokens: list[Token]) -> list[tuple[str, int, int]]:
        """ORG runs (ORG + 公司/集团/大学 …) and place runs ending in an administrative suffix."""
        out = []
        k = 0
        while k < len(tokens):
            t = tokens[k]
            if t.tag in ("ORG", "LOC"):
                j = k + 1
                while j < len(tokens) and (tokens[j].tag in ("ORG", "LOC") or
                                           (tokens[j].tag in ("n", "nz") and tokens[j].text.endswith(self.org_suffixes))):
                    j += 1
                name = "".join(x.text for x in tokens[k:j])
                is_org = any(x.tag == "ORG" for x in tokens[k:j]) or name.endswith(self.org_suffixes)
                if (is_org or name.endswith(self.admin_suffixes)) and not self._located(tokens, k):
                    owner = self._owner_prefix(name)  # "华为人工智能算力中心" is built by 华为
                    if owner:
                        out.append((owner, tokens[k].start, tokens[k].start + len(owner)))
                    else:
                        out.append((name, tokens[k].start, tokens[j - 1].end))
                k = j
            else:
                k += 1
        return out

    def _owner_prefix(self, name: str) -> str:
        if not name.endswith(_FACILITY) or self.org_finder is None:
            return ""
        m = self.org_finder.match(name)
        return m.group(0) if m and len(m.group(0)) < len(name) - 2 else ""

    @staticmethod
    def _located(tokens: list[Token], k: int) -> bool:
        """A place after 在/于/位于 is where something is, not who builds it."""
        return k > 0 and tokens[k - 1].text in ("在", "于", "位于", "落户", "地处", "来到", "到")

    @staticmethod
    def _trim_left(tokens: list[Token], a: int, b: int) -> int:
        """First list item "创新中心设在华为" → "华为": start after the last verb/preposition in it."""
        start = a
        for t in tokens:
            if a <= t.start < b and t.tag in ("v", "p", "c", "u", "d", "r", "w", "vd") and t.end < b:
                start = t.end
        return start

    def _acceptable(self, name: str, text: str, end: int, listed: bool = False) -> bool:
        if len(name) < 2 or name in self.generic:
            return False
        if name.endswith(self.media_suffixes) and not name.endswith(("研究院", "学院")):
            return False
        if text[end : end + 8].startswith(self.affiliation):
            return False
        if re.search(r"\d{4}年|月|日$", name) or not re.search(r"[\u4e00-\u9fffA-Za-z]", name):
            return False
        e = self.glossary.get(name)
        if e is not None:
            return e.kind in ("org", "place")
        if listed:
            # An enumeration vouches for names, not for descriptions that share it ("区内智能驾驶、数字金融等企业").
            return len(name) < 4 or not self.is_descriptive(name, True)
        # Not a known organisation: its name must carry more than description. A company, university or
        # government body names itself by its suffix ("宜昌市城市发展投资集团有限公司"); a research unit or
        # facility needs a place or a proper name ("湖南省产商品质量检验研究院", not "工业智能研究中心");
        # a name without suffix must not be a place plus a term ("湖南算力").
        corp = next((x for x in _BODY_SUFFIXES if name.endswith(x)), "")
        if corp:
            return len(name) - len(corp) >= 2
        sfx = next((x for x in self.org_suffixes + self.admin_suffixes + self.facility_suffixes if name.endswith(x)), "")
        if sfx:
            head = name[: len(name) - len(sfx)]
            return bool(head) and not self.is_descriptive(head, False)
        return not self.is_descriptive(name, True)

    # ---- naming -------------------------------------------------------------------------------
    def key(self, name: str) -> str:
        """Alias key: glossary canonical form, else the name without its corporate suffix."""
        e = self.glossary.get(name)
        if e is not None:
            return e.zh
        base = _CORP_SUFFIX.sub("", name)
        e = self.glossary.get(base)
        return e.zh if e is not None else base


def _merge_abbreviations(partners: list[Partner], known: Callable[[str], bool] = lambda n: False) -> list[Partner]:
    """"广药集团" after "广州医药集团有限公司": a short form whose characters appear in order in a longer
    partner's name, starting with the same character, is the same organisation. Not when the short form
    is a full name in its own right: a glossary organisation, or a school named in full ("湖南大学" is
    not short for "湖南工商大学"; universities abbreviate as 湖大, 湖南师大)."""
    out: list[Partner] = []
    for p in sorted(partners, key=lambda p: -len(p.name)):
        host = None
        if not (known(p.name) or p.name.endswith(_FULL_NAME_SUFFIXES)):
            host = next((q for q in out if len(p.name) >= 3 and p.name[0] == q.name[0] and _subsequence(p.name, q.name)), None)
        if host is None:
            out.append(p)
        else:
            host.spans.extend(p.spans)
    out.sort(key=lambda p: min(s for s, _ in p.spans))
    return out


def _subsequence(short: str, long: str) -> bool:
    it = iter(long)
    return all(c in it for c in short)

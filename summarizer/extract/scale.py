"""Scale: figures with units ("1024P", "24家企业", "20余名员工", "六个人才团队", "100倍以上").

The unit is kept as written, measure word plus the counted noun ("家企业"), as a reader would quote it;
the value is a number (Chinese numerals parsed). Dates, ranks and rates are not scale.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..settings import fields_config
from .doc import Doc
from .numbers import NUM_PATTERN, clean_value, parse_number

_CLAUSE_END = "，,；;。！？!?：:"
_NOUN_TAGS = {"n", "nz", "vn", "nw", "an"}
_INDEFINITE = set("个种项批家位名所座支条块张套台栋艘辆架件颗门层间处")
_ASCII_UNIT = re.compile(r"[A-Za-z]")


@dataclass
class Figure:
    value: float
    unit: str
    qualifier: str
    start: int  # span of the figure itself
    end: int
    clause: tuple[int, int]  # span of the clause that states it


class ScaleExtractor:
    def __init__(self) -> None:
        cfg = fields_config()["scale"]
        units = sorted(cfg["units"], key=len, reverse=True)
        unit_alt = "|".join(re.escape(u) + (r"(?![A-Za-z])" if _ASCII_UNIT.search(u) else "") for u in units)
        pre = "|".join(map(re.escape, sorted(cfg["qualifiers_before"], key=len, reverse=True)))
        post = "|".join(map(re.escape, sorted(cfg["qualifiers_after"], key=len, reverse=True)))
        self.qual_before = cfg["qualifiers_before"]
        self.qual_after = cfg["qualifiers_after"]
        self.rx = re.compile(
            rf"(?P<pre>{pre})?(?P<num>{NUM_PATTERN})(?P<mag>万亿|亿|万|千)?(?P<approx>余|多)?"
            rf"(?:\s(?=[A-Za-z]))?(?P<unit>{unit_alt})(?P<post>{post})?")  # "40 PFLOPS": one space before a Latin unit
        self.skip_before = tuple(cfg["skip_before"])
        regions = "|".join(map(re.escape, cfg["region_subjects"]))
        self.not_its_own = re.compile("|".join(map(re.escape, cfg["not_its_own"]))
                                      + rf"|^((目前|当前|截至[^，,]{{0,12}}|据统计|其中)[，,]?)?({regions})")
        self.skip_after = tuple(cfg["skip_after"])
        self.noun_max = int(cfg["noun_max_chars"])
        self.measure_words = {u for u in units if len(u) == 1 and not _ASCII_UNIT.search(u)} | {"余" + u for u in "家名人个所位项"}

    @staticmethod
    def qualifier_tables() -> tuple[dict[str, str], dict[str, str]]:
        """The words before and after a figure that make it approximate or a bound ("约" → 约, "以上" → 以上)."""
        cfg = fields_config()["scale"]
        return cfg["qualifiers_before"], cfg["qualifiers_after"]

    def sentences_to_tag(self, doc: Doc, sentence_idx: list[int]) -> list[int]:
        """The sentences that hold a figure: the only ones this extractor needs tokens for."""
        return [i for i in sentence_idx if self.rx.search(doc.sentences[i].text)]

    def figures(self, doc: Doc, sentence_idx: list[int], inside_names: re.Pattern | None = None) -> list[Figure]:
        """Figures in these sentences; `inside_names` finds names ("中电48所") whose digits are not figures."""
        out: list[Figure] = []
        cand = self.sentences_to_tag(doc, sentence_idx)
        doc.tag(cand)
        for i in cand:
            figs = self._in_sentence(doc, i)
            if inside_names is not None:
                s = doc.sentences[i]
                names = [(s.start + m.start(), s.start + m.end()) for m in inside_names.finditer(s.text)]
                figs = [f for f in figs if not any(a <= f.start < b for a, b in names)]
            out.extend(figs)
        return out

    def _in_sentence(self, doc: Doc, i: int) -> list[Figure]:
        s = doc.sentences[i]
        text, base = s.text, s.start
        tokens = doc.tokens(i)
        out = []
        for m in self.rx.finditer(text):
            num, unit = m.group("num"), m.group("unit")
            before = text[max(0, m.start() - 2) : m.start()]
            after = text[m.end() : m.end() + 3]
            if before.endswith(self.skip_before) or (not m.group("pre") and m.start() > 0 and text[m.start() - 1].isdigit()):
                continue
            if after.startswith(self.skip_after) and not m.group("mag"):
                continue
            if unit in ("%", "个百分点") or num in ("零", "〇"):
                continue  # rates and shares describe change, not size; "零件", "零部件" are no figures
            if num in ("一", "两") and unit in _INDEFINITE and not m.group("approx"):
                if num == "一":
                    continue  # "一个重要举措", "一家企业": an article, not a count
            if re.fullmatch(r"[零〇一二两三四五六七八九十百千]+", num) and unit in ("万", "亿") and not m.group("mag"):
                continue  # "一万" inside idioms, "亿万": no unit follows
            value = parse_number(num)
            if value is None:
                continue
            full_unit = (m.group("mag") or "") + unit
            end = m.end("unit")
            if unit in self.measure_words or unit == "大":
                noun, noun_end = self._counted_noun(tokens, base + end, text, end)
                if unit == "大" and not noun:
                    continue
                full_unit += noun
                end = noun_end - base if noun else end
            qualifier = self.qual_before.get(m.group("pre") or "", "") or ("余" if m.group("approx") else "") \
                or self.qual_after.get(m.group("post") or "", "")
            c0, c1 = _clause(text, m.start(), end)
            if self.not_its_own.search(text[c0:c1]):
                continue  # "全省集成电路产业规模超过1000亿元": the region's or the market's size, not the platform's
            out.append(Figure(value=clean_value(value), unit=full_unit, qualifier=qualifier, start=base + m.start(),
                              end=base + max(end, m.end()), clause=(base + c0, base + c1)))
        return out

    def _counted_noun(self, tokens, abs_pos: int, text: str, rel_pos: int) -> tuple[str, int]:
        """The noun run right after a measure word ("家" → "企业", "家" → "涉海企业"), from LAC tokens.
        A verb or adjective may open it when a noun follows ("涉/v 海企业", "初创/v 企业")."""
        after = [t for t in tokens if t.start >= abs_pos]
        noun, end = "", abs_pos
        for k, t in enumerate(after):
            if t.start != end or len(noun) + len(t.text) > self.noun_max:
                break
            nxt = after[k + 1] if k + 1 < len(after) else None
            if t.tag in _NOUN_TAGS or (k == 0 and t.tag in ("v", "a", "f") and len(t.text) <= 2 and nxt is not None
                                       and nxt.start == t.end and nxt.tag in _NOUN_TAGS):
                noun += t.text
                end = t.end
            else:
                break
        return noun, end


def _clause(text: str, start: int, end: int) -> tuple[int, int]:
    """The clause around [start, end): bounded by commas, semicolons and sentence ends."""
    a = start
    while a > 0 and text[a - 1] not in _CLAUSE_END:
        a -= 1
    b = end
    while b < len(text) and text[b] not in _CLAUSE_END:
        b += 1
    if b < len(text) and text[b] in "。！？!?":
        pass
    while a < b and text[a] in " “”\"":
        a += 1
    return a, b


def compress_lists(s: str, keep: int = 2) -> str:
    """Shorten long enumerations clause by clause, keeping the count that closes them:
    "设在华为、百度、…、拓维信息等24家企业" → "设在华为、百度等24家企业";
    "A、B、C、D六个人才团队" → "A、B等六个人才团队". A list without such a close is left whole."""
    parts = re.split(r"([，,；;：:])", s)
    return "".join(_compress_clause(p, keep) for p in parts)


_COUNT = re.compile(rf"(?:{NUM_PATTERN})(?:余|多)?(?:[家所个位名项大类支条座种])")


def _compress_clause(clause: str, keep: int) -> str:
    items = clause.split("、")
    if len(items) <= keep + 1:
        return clause
    last = items[-1]
    k = last.find("等")
    if k < 0:
        m = _COUNT.search(last)
        if not m or m.start() == 0:
            return clause
        k = m.start()
        return "、".join(items[:keep]) + "等" + last[k:]
    return "、".join(items[:keep]) + last[k:]

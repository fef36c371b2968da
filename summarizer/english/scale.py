"""English of a scale figure: value + unit + what it counts or measures, as a newspaper writes it.

    总投资约32亿元          → total investment of about 3.2 billion yuan      (what it measures, then the figure)
    2.6万平方米中试空间      → 26,000 square metres of pilot-scale space       (a figure of a noun)
    4000个机柜             → 4,000 server cabinets                         (a count)
    累计完成中试服务项目200余项 → more than 200 pilot-scale service projects completed
    一期算力800P            → computing power of 800P in the first phase

The words come from the phrase grammar (lexicon + knowledge base); units, measure words and qualifiers from
prompts/english.yaml. A figure whose noun the grammar cannot write keeps only what it can say for sure (the
figure with its unit, or the measure word's usual noun); a bare count with nothing known to count is None.
"""
from __future__ import annotations

import re
from typing import Optional

from ..extract.numbers import parse_number
from ..extract.scale import AGREEMENT
from .grammar_data import grammar_data
from .lexicon import Lexicon, Token, number_en
from .phrases import Grammar, join_list, plural, singular

# What a platform can hold or deploy (可容纳1.8万台服务器, 可布置机柜): a figure after it is a capacity.
_CAN_HOLD = "可容纳|可部署|可布置|可承载"

_FIG = re.compile(
    r"(?P<num>\d+(?:,\d{3})*(?:\.\d+)?|[零〇一二两三四五六七八九十百千]+(?:点[零〇一二三四五六七八九]+)?)"
    r"(?:(?:万亿|亿|万|千)?(?:[至到—–~-])(?P<num2>\d+(?:\.\d+)?|[一二两三四五六七八九十百千]+))?"
    r"(?P<approx0>余|多)?(?P<mag>万亿|亿|万|千|百)?(?P<approx>余|多)?")
# What a figure measures (its English ends so): "total investment of …"; any other noun is what the figure
# is of: "66,000 square metres of workshops".
_MEASURES = ("area", "investment", "revenue", "output", "power", "capacity", "scale", "value", "turnover", "sales",
             "capital", "funds", "fund", "land", "space", "budget", "income")
_REACH = 14  # characters before a figure read for what it measures or counts
_WORDS = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight", 9: "nine"}
_MAG = {"百": 1e2, "千": 1e3, "万": 1e4, "亿": 1e8, "万亿": 1e12}
_PHASE = re.compile(r"(一期|首期|二期|三期|四期|五期|第一期|第二期|第三期)(?:工程|项目)?")
_TWO_PHASES = re.compile(_PHASE.pattern + r"(?:、|和|及|与)" + _PHASE.pattern.replace("(一期", "(?P<p2>一期", 1))  # 一期、二期
_PHASE_EN = {"一": "first", "首": "first", "二": "second", "三": "third", "四": "fourth", "五": "fifth"}
_YEAR = re.compile(r"(?:到|至|截至|预计到|力争到)?(\d{4})年(?:年?底|前|年?末)?")
_YEAR_END = re.compile(r"(?:预计|计划|力争|将于|到|至)?(?:今年|本年|当年)?年(?:底|末)")
# Modal and aspect words between what is measured and its figure (算力使用规模预计可超过248P).
# What ends the words before a figure and says nothing of what it measures: a modal (预计), a link (为, 达到, 约),
# the currency's name (人民币 before a yuan figure). One pattern: stripping the links as characters first cut 预计
# to 预 ("总投资额预计约60亿元" lost its "total investment").
_LEFT_FILLER = re.compile(r"(?:预计|计划|有望|力争|将会|将|可以|可|能够|能|已经|已|要|人民币|[为达到是约共计累将可已])+$")
# A qualifier that is the end of a longer word is none (通过, 经过 before a figure).
_QUAL_GUARD = {"过": ("通", "经", "不", "越", "度", "走", "超")}
# Money put in by a verb of investing, not measured by a noun (将投入55亿元用于X, 再投100亿元): "… to be invested".
_INVESTED = re.compile(r"(?P<fut>将|拟|计划|预计|还将|将再)?(?P<more>再)?(?:投入|投资|出资|注资|再投|追加投资)$")
_MONEY = ("yuan", "dollars", "euros")
# A count's size of each thing counted, between the measure word and the noun (7515个5千瓦机柜).
_EACH = re.compile(r"(\d+(?:\.\d+)?)(?:千瓦|kW|KW|kw)")
# Verbs of having before what a figure counts (已集聚研发人员150余名): no participle in English.
# Heads of a counted compound that may hold a verb (算力共享平台): the whole is what is counted.
_COUNTED_HEADS = ("平台", "中心", "基地", "实验室", "园区", "系统", "工作站", "站", "库", "线")
_HAVE = {"集聚", "聚集", "汇聚", "汇集", "拥有", "有"}
# X成为会员单位 after a count (9家企业成为会员单位): the X are members ("9 member companies").
# What a computing figure (800P, 5 EFLOPS) measures when the words before it are a kind of computing the grammar
# has no noun for (汇聚通算近640P, 智算2.6万P, 超算33.3P, 算力使用规模可超过248P): the nearest one, at most 10
# characters before the figure.
_COMPUTING = re.compile(r"(通算|智算|超算|算力)[\u4e00-\u9fff]{0,8}$")
_COMPUTING_EN = {"通算": "general-purpose computing power", "智算": "intelligent computing power",
                 "超算": "supercomputing power", "算力": "computing power"}
_MEMBER = re.compile(r"^(?P<what>[\u4e00-\u9fff]{1,6}?)(?:已)?成为(?:其|该\w{1,4})?(?P<role>会员|成员|理事)单位")




class ScaleWriter:
    def __init__(self, grammar: Grammar) -> None:
        self.g = grammar
        d = grammar_data()
        self.units: dict[str, str] = d["units"]
        self.measures: dict[str, str] = d["measure_words"]
        self.qualifiers: dict[str, str] = d["qualifiers"]
        self.subjects: set[str] = set(d["subjects"])
        self.item_qualifiers: dict[str, str] = {str(k): str(v or "") for k, v in (d.get("item_qualifiers") or {}).items()}
        self.conversions: dict[str, tuple[float, str]] = {
            str(k): (float(str(v).split(" ", 1)[0]), str(v).split(" ", 1)[1]) for k, v in (d.get("unit_conversions") or {}).items()}
        self._plain: Optional[Grammar] = None  # the grammar without the brief's names (what a count counts is a kind)
        self._unit_rx = re.compile("|".join(map(re.escape, sorted(self.units, key=len, reverse=True))))
        self._measure_rx = re.compile("|".join(map(re.escape, sorted(self.measures, key=len, reverse=True))))

    def write(self, zh: str, value: float, unit: str = "", qualifier: str = "") -> Optional[str]:
        m = self._figure(zh, value)
        if m is None:
            return None
        left, rest = zh[: m.start()], zh[m.end():]
        year = ""
        ym = None
        for ym in _YEAR.finditer(left):
            pass
        if ym is not None and ym.group(0).endswith(("底", "末")):  # 2024年年底算力规模80P: by the end of 2024
            year = f"by the end of {ym.group(1)}"
            left = left[: ym.start()] + left[ym.end():]
        elif ym is not None and ym.group(0).startswith(("到", "至", "预计到", "力争到")):
            year = f"by {ym.group(1)}"
            left = left[: ym.start()] + left[ym.end():]
        else:
            em = _YEAR_END.search(left)
            if em:  # 预计年底总算力规模达1000P: by the end of the year (no year named)
                year = "by the end of the year"
                left = left[: em.start()] + left[em.end():]
        phase = ""
        both = _TWO_PHASES.search(left)
        pm = _PHASE.search(left) or _PHASE.match(rest)
        if both and both.group(1)[0] in _PHASE_EN and both.group("p2")[0] in _PHASE_EN:  # 一期、二期共26栋
            phase = f"in the {_PHASE_EN[both.group(1)[0]]} and {_PHASE_EN[both.group('p2')[0]]} phases"
            left = left[: both.start()] + left[both.end():]
        elif pm:
            ch = pm.group(1)[-2] if pm.group(1).startswith("第") else pm.group(1)[0]
            phase = f"in the {_PHASE_EN[ch]} phase" if ch in _PHASE_EN else f"in Phase {ch}"
            if pm.string is left:
                left = left[: pm.start()] + left[pm.end():]
        # the qualifier, in front of the figure or after it (约32亿元, 200余项, 10个以上), also before the currency's
        # name (约人民币60亿元)
        left = left.removesuffix("人民币")
        qual = ""
        for zq, en in sorted(self.qualifiers.items(), key=lambda kv: -len(kv[0])):
            if left.endswith(zq) and not left[: -len(zq)].endswith(_QUAL_GUARD.get(zq, ())):
                qual, left = en, left[: -len(zq)]
                break
        if m.group("approx") or m.group("approx0"):
            qual = qual or "more than"
        qual = qual or self.item_qualifiers.get(qualifier, "")  # what the figure rules read (过百家 → 超过)
        v = parse_number(m.group("num")) or 0
        mag = _MAG.get(m.group("mag") or "", 1)
        v2 = parse_number(m.group("num2")) if m.group("num2") else None
        u = self._unit_rx.match(rest, 1 if rest[:1] == " " else 0)  # "3,000 m2", "2000 平方米": one space before it
        if u:
            unit_en = self.units[u.group(0)]
            after = rest[u.end():]
            if after.startswith(("以上", "多")):
                qual, after = qual or "more than", after[2 if after.startswith("以上") else 1:]
            conv = self.conversions.get(u.group(0))
            fig = _figure_en(v, v2, mag, unit_en)
            if conv and not v2:  # 近千坪: nearly 1,000 ping (about 3,300 square metres)
                fig = f"{fig} (about {_round2(v * mag * conv[0])} {conv[1]})"
            fig = f"{qual} {fig}".strip()
            cmp = re.search(r"([\u4e00-\u9fff]{1,6})是([^，。；]{2,20}?)的?$", left.lstrip("的")) if unit_en == "times" else None
            if cmp:  # 面积是香港科学园的四倍: 4 times the area of Hong Kong Science Park
                what, base = self.g.noun_phrase(cmp.group(1)), self.g.noun_phrase(cmp.group(2))
                if what and base:
                    return _finish(f"{fig} the {singular(what)} of {base}", phase, year)
            each = re.search(r"各(?=(?:投资|出资|投入|认缴|出资额)$)", left)
            if each:  # 双方各投资900万元: each side's, "investment of 9 million yuan each" (never "all investment")
                left = left[: each.start()] + left[each.end():]
                fig = f"{fig} each"
            what = self._head(left)
            comp = _COMPUTING.search(left) if unit_en.endswith(("P", "FLOPS")) else None
            if comp and not (what and what.split()[-1] == "power"):
                what = _COMPUTING_EN[comp.group(1)]
            noun = self._noun(after)
            of = self._area_of(left)
            if of and not noun:  # 洁净厂房面积5000平方米: 5,000 square metres of clean workshops
                noun = of
            if what and not noun and not what.split()[-1].endswith(_MEASURES):
                noun, what = what, None  # 厂房6.6万平方米: 66,000 square metres of workshops
            inv = _INVESTED.search(left) if unit_en.endswith(_MONEY) and not what else None
            if noun and conv and not v2:  # 二百坪半导体无尘室: a 200-ping (about 660 square metres) cleanroom
                out = re.sub(r"^((?:\S+ )*?[\d,.]+(?: \w+illion)?) ", r"\1-", fig, count=1) + f" {singular(noun)}"
            elif noun:  # 2.6万平方米中试空间: 26,000 square metres of pilot-scale space
                out = f"{fig} of {noun}"
            elif what:
                out = f"{what} of {fig}"
            elif inv:  # 将投入55亿元用于成果转化: 5.5 billion yuan to be invested for commercialisation of …
                out = ("a further " if inv.group("more") or left.endswith("再投") else "") + fig.removesuffix(" each") \
                    + (" to be invested" if inv.group("fut") or inv.group("more") or "再" in inv.group(0) else " invested") \
                    + (" by each" if each else "")
                use = re.match(r"用于([^，。；,;]{2,16})", after)
                target = self.g.noun_phrase(use.group(1)) if use and use.group(1) not in self.subjects else None
                if target:
                    out += f" for {target}"
            else:
                out = fig
            return _finish(out, phase, year)
        # a count: a measure word and what it counts
        deal = AGREEMENT.search(rest) if left.endswith("与") else None
        if deal:  # 首批与22家企业签订了检测服务协议: first testing service agreements with 22 companies
            counted = self.write(m.group(0) + rest[: deal.start()], value, unit, qualifier)
            kind = self.g.noun_phrase(deal.group("kind")) if deal.group("kind") else ""
            if kind:  # a noun before "agreements" modifies it: testing service agreements
                kind = re.sub(r"(\w+)$", lambda w: singular(w.group(1)), kind)
            if not counted:
                return None
            first = "first " if left[:-1].endswith("首批") else ""
            return f"{first}{kind + ' ' if kind else ''}agreements with {counted}"
        if re.match(r"位一体|大一|个一|大方面", rest):
            return None  # 四位一体, 一区三业: a slogan's numeral, not a count
        mw = self._measure_rx.match(rest)
        measure = mw.group(0) if mw else ""
        after = rest[mw.end():] if mw else rest
        if after.startswith(("的", "余的", "多的")):  # 30余人的专业检测团队
            after = after.lstrip("余多")[1:]
        if after.startswith(("以上", "多")):
            qual, after = qual or "more than", after[2 if after.startswith("以上") else 1:]
        if after.endswith("规模") and len(after) > 2:
            after = after[:-2]  # 1万机柜规模: a size of 10,000 cabinets, said as the count ("10,000 cabinets")
        each = _EACH.match(after)
        if each:  # 7515个5千瓦机柜: 7,515 5-kW cabinets
            after = after[each.end():]
        count = _count_en(v, v2, mag)
        pm2 = re.match(r"分([一二两三四五六七八九十\d]+)期", zh[max(0, m.start() - 1):])
        if pm2:  # 分三期: built in three phases
            return f"built in {_WORDS.get(int(v), number_en(v))} phases"
        member = _MEMBER.match(after)
        noun = self._noun(member.group("what") if member else after) if after else None
        if noun and member:
            noun = f"member {noun}"
        if noun and (v2 or v * mag > 1) and not member:  # 4个产业研究院: what is counted is a kind, not the body a brief names so
            noun = self._kind_noun(after) or noun
        participle = ""
        if not noun:
            noun, participle = self._left_noun(left)
        if not noun and measure:
            noun = self.measures.get(measure) or None
        if not noun:
            return None
        noun = _counted(noun)
        if measure in ("栋", "幢", "座") and not re.search(r"buildings?$", noun) and noun != "buildings":
            noun = f"{singular(noun)} buildings"  # 2栋数据中心: two data center buildings
        if re.search(rf"(?:满足|容纳|{_CAN_HOLD})$", left):  # 满足20万台服务器部署: capacity for …
            return _finish(f"capacity for {' '.join(x for x in (qual, count, noun) if x)}", phase, year)
        held = re.search(rf"(?:可安装|{_CAN_HOLD})([\u4e00-\u9fff]{{1,6}})$", left)
        if held:  # 可安装机柜5200台: capacity for 5,200 cabinets (what can be installed, not "installation cabinets")
            what = self._left_noun(held.group(1))[0]
            if what:
                return _finish(f"capacity for {' '.join(x for x in (qual, count, _counted(what)) if x)}", phase, year)
        if measure in ("人", "名") and noun.split()[-1] in ("team", "teams", "workforce"):
            return _finish(f"a {singular(noun)} of {' '.join(x for x in (qual, count) if x)} people", phase, year)
        if measure in ("人", "名", "位") or noun.endswith(" talent") or noun == "talent":
            noun = re.sub(r"\btalent$", "professionals", noun)  # 创新人才2300人: 2,300 innovative professionals
        if each:
            noun = f"{each.group(1)}-kW {noun}"
        if v == 1 and not v2 and mag == 1:
            noun = "person" if noun == "people" else singular(noun)  # 顾问1名: one person, never "1 people"
        else:  # 三大创新平台, 两栋大楼: a count of several is of a plural (3 innovation platforms, 60 offices set up)
            noun = _plural_counted(noun)
        if noun and re.fullmatch(r"[A-Za-z]", noun):
            return None  # A、B、C三个地块: a letter that labels the things counted is not what is counted ("3 C")
        out = " ".join(x for x in (qual, count, noun, participle) if x)
        if left.endswith("首批"):  # 首批47家企业: the first batch of 47 companies
            out = f"first batch of {out}"
        return _finish(out, phase, year)

    def _figure(self, zh: str, value: float) -> Optional[re.Match]:
        best = None
        for m in _FIG.finditer(zh):
            v = parse_number(m.group("num"))
            if v is None or zh[max(0, m.start() - 1):m.start()] == "第" or zh[m.end():m.end() + 1] in ("期", "阶") \
                    and not m.group("mag") and zh[max(0, m.start() - 1):m.start()] != "分":  # (分三期: three phases)
                continue  # "第一批约1亿千瓦", "一期一阶段1栋…": an ordinal or a phase is no figure, the figure comes after it
            if abs(v - value) < 1e-9 or (m.group("num2") and abs((parse_number(m.group("num2")) or -1) - value) < 1e-9):
                return m
            best = best or m
        return best

    def _head(self, left: str) -> Optional[str]:
        """What the figure measures: the longest end of the left context the grammar can write, without the
        platform it belongs to (项目总投资 → total investment)."""
        left = _LEFT_FILLER.sub("", left)[-_REACH:]  # what is measured stands next to its figure
        for k in range(0, len(left)):
            part = left[k:]
            toks = self.g.lex.segment(part)
            if not toks:
                continue
            toks = _drop_subjects(toks, self.subjects)
            if not toks or any(t.kind == "fn" for t in toks) or (_verb_tok(toks[0]) and "a" not in toks[0].senses):
                continue  # (规划 before 建筑面积 is "planned", not a verb)
            if any(t.zh == "计划" for t in toks[1:]):
                continue  # 地面站计划占地: the station's planned site, never "ground station plan site area"
            en = self.g.compound(toks)
            if en and "v" in toks[-1].senses and not en.split()[-1].endswith(_MEASURES):
                continue  # 由甲方协调信息产业园提供1.7万平方米: who provides it, not what is measured
            if en:
                return en
        return None

    def _kind_noun(self, after: str) -> Optional[str]:
        """What a count counts, read without the brief's names: a brief's name among the words counted
        (4个产业研究院) is a kind of body there, written in lower case and the plural."""
        if not any(t.kind == "name" for t in (self.g.lex.segment(after, unknown=True) or [])):
            return None
        if self._plain is None:
            self._plain = Grammar(Lexicon())
        return ScaleWriter._noun(self._with(self._plain), after)

    def _with(self, g: Grammar) -> "ScaleWriter":
        other = object.__new__(ScaleWriter)
        other.__dict__.update(self.__dict__)
        other.g = g
        return other

    def _noun(self, after: str) -> Optional[str]:
        """The noun after a count or a unit (4000个机柜 → server cabinets), up to where the grammar stops; a
        list of nouns counted together (28家高校、科研院所和企业) whole."""
        chunk = re.split(r"[，。；,;（(]|的|用于|以上", after)[0]
        if re.search(r"[、和及与]", chunk[1:]):
            toks = self.g.lex.segment(chunk, unknown=True) or []
            items = self.g.np_items(toks) if toks and not any(
                t.kind in ("unk", "num", "date") or _verb_tok(t) for t in toks) else None
            if items and len(items) > 1:
                return join_list([_counted(x) for x in items])
        after = re.split(r"[，。；、,;（(]|的|用于|以上", after)[0]
        toks = self.g.lex.segment(after, unknown=True) or []
        # up to the first verb, function word or unknown stretch: 42家入驻企业签订协议 → resident companies
        k = 0
        while k < len(toks) and toks[k].kind not in ("fn", "num", "unk", "punct", "date") and not (
                k > 0 and _verb_tok(toks[k])):
            k += 1
        rest = toks[k:]
        if rest and _verb_tok(rest[0]) and len(rest) > 1 and rest[-1].zh.endswith(_COUNTED_HEADS) \
                and not any(t.kind in ("fn", "num", "unk", "punct", "date") for t in rest):
            whole = self.g.compound(toks)  # 1个算力共享平台: a verb inside the compound (computing power sharing platform)
            if whole:
                return whole
        if len(rest) == 2 and rest[0].kind == "unk" and rest[1].kind == "word" and "n" in rest[1].senses \
                and not _verb_tok(rest[1]):
            return None  # 战略联盟骨干单位: what is counted is the unknown head's (units), not its modifier's
        if k and len(rest) >= 2 and rest[0].kind in ("num", "unk") and not _verb_tok(rest[-1]) \
                and (rest[-1].kind == "term" or rest[-1].kind == "word" and "n" in rest[-1].senses) \
                and not any(t.kind in ("fn", "punct", "date") or _verb_tok(t) for t in rest):
            # 5所世界百强高校: what is counted is the head after the ranking (universities), never "worlds"
            return self.g.compound(rest[-1:])
        toks = toks[:k]
        if toks and not _verb_tok(toks[-1]) and not _verb_tok(toks[0]) and not all("place" in t.senses for t in toks):
            return self.g.compound(toks)  # (a place alone is not what is counted: 2个省部 is not "two Shanghai")
        return None

    def _area_of(self, left: str) -> Optional[str]:
        """The noun of "X面积" when X is what the area is of (洁净厂房面积), not a kind of area (建筑面积)."""
        m = re.search(r"([\u4e00-\u9fff]{2,8}?)(?:总)?面积$", left)
        if not m or m.group(1).endswith(("建筑", "占地", "用地", "规划", "场地", "使用", "建设", "总", "规划建设", "办公")):
            return None
        for k in range(len(m.group(1)) - 1):
            toks = self.g.lex.segment(m.group(1)[k:])
            if toks:
                toks = _drop_subjects(toks, self.subjects)
                if toks and not any(t.kind in ("fn", "num") or _verb_tok(t) for t in toks):
                    return self.g.compound(toks)
        return None

    def _left_noun(self, left: str) -> tuple[Optional[str], str]:
        """A noun before the figure (专精特新企业2家), and the participle of a verb before it (累计完成X200项 →
        "… completed")."""
        left = re.sub(r"(总数|数量|数|规模)$", "", left.rstrip("达到为共计约有"))[-_REACH:]
        for k in range(0, len(left)):
            toks = self.g.lex.segment(left[k:])
            if not toks:
                continue
            participle = ""
            while len(toks) > 1 and toks[0].kind == "word" and "d" in toks[0].senses and "v" not in toks[0].senses:
                toks = toks[1:]  # 已孵化X166家: the adverb says nothing the figure keeps; the verb is next
            if toks[0].kind == "word" and "v" in toks[0].senses and len(toks) > 1:
                # 累计完成X200项: "… completed"; 已集聚研发人员150名: having them says nothing more
                participle = "" if toks[0].zh in _HAVE else toks[0].senses["v"].split("|")[2]
                toks = toks[1:]
            toks = _drop_subjects(toks, self.subjects)
            if len(toks) > 1 and toks[0].zh in ("各类", "各种", "各个", "各"):
                toks = toks[1:]  # 入驻各类机构过百家: more than 100 institutions (of every kind goes without saying)
            if not toks or any(t.kind == "fn" for t in toks) or _verb_tok(toks[-1]) or all("place" in t.senses for t in toks):
                continue
            en = self.g.compound(toks)
            if en:
                return en, participle
        return None, ""


# Nouns a count does not make plural ("80 testing personnel", "2,000 talent" is written as professionals above).
_UNCOUNTED = {"personnel", "staff", "people", "equipment", "data", "software", "hardware", "power", "capacity", "space",
              "research", "talent", "R&D", "infrastructure", "computing"}


def _counted(noun: str) -> str:
    """What a count counts takes no determiner of its own: "40 Hong Kong companies", not "40 Hong Kong's
    companies" or "50 the Greater Bay Area's firms"."""
    noun = re.sub(r"^the ", "", noun)
    return re.sub(r"^((?:[A-Z][\w.-]*)(?: [A-Z][\w.-]*)*)'s ", r"\1 ", noun)


def _plural_counted(noun: str) -> str:
    """The plural a count of several takes (3 innovation platforms, 2 buildings, 5 key technologies); a mass noun
    or a name stays as it is."""
    core = re.split(r" (?:of|for|with|in) | (?=\w+ing to )", noun, maxsplit=1)[0]  # (… intending to move in)
    last = core.split()[-1] if core else ""
    if last[:1].isupper() and last.lower() in _KINDS_COUNTED:
        cut = len(core) - len(last)  # a kind the lexicon writes as a name (4个概念验证中心): 4 Proof-of-Concept Centers
        return noun[:cut] + plural(last.lower()).capitalize() + noun[len(core):]
    if not last or last in _UNCOUNTED or last[:1].isupper():
        return noun
    if last.endswith("ing"):
        return noun + "s" if last == "building" and core == noun else noun  # buildings; testing stays
    if last in _PLURAL_OF:  # the grammar keeps these singular as mass nouns; counted they are plural
        return noun[:len(core) - len(last)] + _PLURAL_OF[last] + noun[len(core):]
    if core != noun and singular(last) != last:
        return noun  # already plural before what qualifies it ("companies intending to move in")
    return plural(noun)


# Kinds of body a count of several makes plural even where the lexicon writes them capitalised, as in a name.
_KINDS_COUNTED = {"center", "centre", "base", "platform", "laboratory", "institute", "park", "zone", "station", "hub",
                  "incubator", "academy"}
_PLURAL_OF = {"technology": "technologies", "industry": "industries"}


def _verb_tok(t: Token) -> bool:
    return t.kind == "word" and "v" in t.senses and "n" not in t.senses


def _drop_subjects(toks: list[Token], subjects: set[str]) -> list[Token]:
    """Names and subject nouns in front of what is measured (实验室/项目/园区 总投资): the item belongs to the
    platform already."""
    k = 0
    kinds = tuple(x for x in subjects if len(x) >= 2 and x[-1] in "心室院区地台")  # 创新中心总建设规模: the platform's
    while k < len(toks) - 1 and (toks[k].kind == "name" or toks[k].zh in subjects or toks[k].zh.endswith(kinds)):
        k += 1
    return toks[k:]


def _figure_en(v: float, v2: Optional[float], mag: float, unit_en: str) -> str:
    """3.2亿元 → "320 million yuan"; 800P → "800P"; 5000平方米 → "5,000 square metres"."""
    if unit_en.startswith("~"):  # a unit written onto the figure: 800P, 15%
        suffix = unit_en[1:]
        nums = [number_en(v * mag)] + ([number_en(v2 * mag)] if v2 else [])
        return " to ".join(n + suffix for n in nums)
    if "×" in unit_en:  # a unit that carries its own magnitude: 亿元 → × 1e8 yuan
        k, unit_en = unit_en.split("×", 1)
        mag *= float(k)
        unit_en = unit_en.strip()
    nums = [number_en(v * mag)] + ([number_en(v2 * mag)] if v2 else [])
    if v * mag == 1 and not v2 and unit_en.endswith(("metres", "kilometres", "hectares", "tonnes", "kilowatts")):
        unit_en = unit_en[:-1]  # 1平方公里: 1 square kilometre
    return f"{' to '.join(nums)} {unit_en}".strip()


def _round2(x: float) -> str:
    """A converted size to two significant figures: 661.16 → "660", 3305.8 → "3,300"."""
    from math import floor, log10

    if x <= 0:
        return number_en(x)
    k = floor(log10(x)) - 1
    return number_en(round(x / 10 ** k) * 10 ** k if k > 0 else round(x, -k))


def _count_en(v: float, v2: Optional[float], mag: float) -> str:
    nums = [number_en(v * mag)] + ([number_en(v2 * mag)] if v2 else [])
    return " to ".join(nums)


def _finish(out: str, phase: str, year: str) -> str:
    return " ".join(x for x in (out, phase, year) if x)

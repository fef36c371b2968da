"""Goal: what a platform is built to do, condensed from the sentences that say so.

Cue patterns (prompts/fields.yaml) pull the goal phrase out of its sentence ("以建设高水平新型研发机构为
目标" → "建设高水平新型研发机构"); the best one to three phrases are kept, each with the further aims its sentence
states in the same breath (",培养…人才"), never the whole paragraph. A
section heading's slogan ("夯实算力支撑，打通…全产业链") is the fallback.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Callable, Optional

from ..settings import fields_config
from .doc import Doc
from .platforms import is_collective, nearest_platform


@dataclass
class GoalPhrase:
    text: str
    start: int
    end: int
    score: float


class GoalExtractor:
    def __init__(self) -> None:
        cfg = fields_config()["goal"]
        self.patterns = [(re.compile(p["re"]), float(p["w"]), p.get("show", "g"), _open_cap(p["re"])) for p in cfg["patterns"]]
        self.max_chars = int(cfg["max_chars"])
        self.max_phrases = int(cfg["max_phrases"])
        self.phrase_chars = int(cfg.get("phrase_chars", 48))

    def extract(self, doc: Doc, scope: list[int], names: set[str],
                slogan: tuple[int, int] | None = None, own: list[tuple[int, int]] = (),
                foreign: list[tuple[int, int]] = (), decide: Optional[Callable[[dict], float]] = None,
                threshold: float = 0.5) -> list[GoalPhrase]:
        """Goal phrases from the platform's sentences; `own`/`foreign`: mention spans of this platform and of the
        others, so that in a sentence naming several only what follows this one's name is its goal. With
        `decide` (a trained model's probability that a candidate states the goal, summarizer/decide), its
        likeliest candidate from `threshold`; without, the hand weights' best one to three phrases."""
        if decide is not None:
            scored = [(decide(f), c) for c, f in self.candidates(doc, scope, names, slogan, own, foreign)]
            best = max(scored, key=lambda x: (x[0], -x[1].start), default=None)
            return [best[1]] if best is not None and best[0] >= threshold else []
        return self._by_rules(doc, self._aims(doc, scope, names, own, foreign), slogan, names)

    def shared_aim(self, doc: Doc, shared: list[int], names: set[str]) -> list[GoalPhrase]:
        """The aim the article states for all its platforms together ("新建的5个分中心期望与主中心合作…",
        "4家企业建设的创新中心力争成为…"), for a platform with none of its own: only what a strong cue says
        (期望, 力争, 旨在, 目标是 …), never a background sentence's "构建…体系"."""
        strong = [(c, f) for c, f in self._aims(doc, shared, names) if f["weight"] >= SHARED_AIM_WEIGHT]
        return self._by_rules(doc, strong, names=names) if strong else []

    def aim_of_all(self, doc: Doc, sentences: list[int], names: set[str], min_weight: float = 0.0) -> list[GoalPhrase]:
        """The aim of sentences that speak of a notice's platforms all together ("各中心将…开展X"): the phrase of
        the strongest cue (at least `min_weight`), the first of equals (their being about all of them is the point
        here, no penalty)."""
        phrases = [(c, f) for c, f in self._aims(doc, sentences, names) if f["weight"] >= min_weight]
        return [max(phrases, key=lambda cf: (cf[1]["weight"], -cf[0].start))[0]] if phrases else []

    def _with_aims_beside(self, doc: Doc, c: GoalPhrase, names: set[str] = frozenset()) -> GoalPhrase:
        """The phrase with the clauses beside it in its sentence that state further aims in the same breath
        ("整合双方优势，开展交叉学科研究，培养科研人才"): each opens with an aim verb and does not name the
        platform itself ("实现X一期建成" is its building's progress); at most `max_chars`."""
        i = doc.sentence_at(c.start)
        if i < 0:
            return c
        s = doc.sentences[i]
        start, end = c.start, c.end
        cut_off = _cut_off_at(doc)
        while True:  # rightwards: "，培养…" right after the phrase (not a clause the page's end cuts off)
            m = _NEXT_AIM.match(doc.text, end, s.end)
            if not m or m.end() - start > self.max_chars or not _aim_beside(m.group(1), names) or \
                    (m.end() >= cut_off and len(m.group(1)) < CUT_STUB):
                break
            end = m.end()
        while True:  # leftwards: "整合…，" right before it
            head = doc.text[s.start:start]
            m = _PREV_AIM.search(head)
            if not m or end - (s.start + m.start(1)) > self.max_chars or not _aim_beside(m.group(1), names):
                break
            start = s.start + m.start(1)
        if (start, end) == (c.start, c.end):
            return c
        return GoalPhrase(doc.text[start:end], start, end, c.score)

    def candidates(self, doc: Doc, scope: list[int], names: set[str], slogan: tuple[int, int] | None = None,
                   own: list[tuple[int, int]] = (), foreign: list[tuple[int, int]] = ()
                   ) -> list[tuple[GoalPhrase, dict[str, float]]]:
        """Every goal phrase a cue pattern finds in the platform's sentences, once per span, with the features a
        decision reads: which patterns found it and their weights, whether its sentence is about this
        platform, how early it comes, its length, and whether the hand rules choose it."""
        phrases = self._aims(doc, scope, names, own, foreign)
        # The rules choose from copies: their choice may be cut to the budget, the candidate stays whole.
        chosen = {(c.start, c.end) for c in self._by_rules(doc, [(replace(c), f) for c, f in phrases], slogan, names)}
        out: dict[tuple[int, int], tuple[GoalPhrase, dict[str, float]]] = {}
        for c, f in phrases:
            got = out.get((c.start, c.end))
            if got is None:
                out[(c.start, c.end)] = (c, f)
                continue
            g = got[1]
            for k, v in f.items():
                g[k] = max(g.get(k, 0.0), v)
        if slogan and slogan not in out:
            c = GoalPhrase(doc.text[slogan[0] : slogan[1]], slogan[0], slogan[1], 0.0)
            out[slogan] = (c, {"slogan": 1.0, "chars": min(len(c.text), 90) / 45.0})
        n = len(out)
        for (a, b), (c, f) in out.items():
            f["rule_choice"] = float((a, b) in chosen)
            f["candidates"] = min(n, 12) / 6.0
            f["clauses"] = min(c.text.count("，") + c.text.count(",") + 1, 4) / 2.0
        return sorted(out.values(), key=lambda x: x[0].start)

    def _aims(self, doc: Doc, scope: list[int], names: set[str], own: list[tuple[int, int]] = (),
              foreign: list[tuple[int, int]] = ()) -> list[tuple[GoalPhrase, dict[str, float]]]:
        """`_phrases`, where what the platform mostly does (以X为主) stands only where no other phrase does."""
        phrases = list(self._phrases(doc, scope, names, own, foreign))
        if any(not f.get("_mostly") for _, f in phrases):
            phrases = [(c, f) for c, f in phrases if not f.get("_mostly")]
        for _, f in phrases:
            f.pop("_mostly", None)
        return phrases

    def _phrases(self, doc: Doc, scope: list[int], names: set[str], own: list[tuple[int, int]] = (),
                 foreign: list[tuple[int, int]] = ()):
        """(phrase, features) for every match of every cue pattern, in scope order (see `candidates`)."""
        own_by, foreign_by = doc.by_sentence(own), doc.by_sentence(foreign)
        inside = set(scope)
        if own:  # a platform's own goal, not the aim shared by all (`shared_aim`)
            scope = self._with_named(doc, scope, names, own_by)
        n = max(1, len(scope))
        cut_off = _cut_off_at(doc)
        for rank, i in enumerate(scope):
            s = doc.sentences[i]
            if s.text.rstrip("”\"").endswith(("？", "?")):
                continue  # "建设目标是什么？" asks, the answer follows
            if _PARTY.search(s.text):
                continue  # what a party to the contract gives ("乙方将提供…")
            if _THANKS.search(s.text):
                continue  # "向为推进X付出辛勤劳动的…表示诚挚问候": thanks for a deed, not an aim
            about_it = any(a in s.text for a in names) or re.search(r"该|本|这个|其(?!中|他|余|次|实)", s.text[:12]) is not None
            # "把四大平台打造成…", "A和B旨在…": about all of them, not this one
            listed = _listed_together(doc.text, own_by.get(i, []), foreign_by.get(i, []))
            collective = is_collective(s.text, 2) or listed or _KIND_SUBJECT.match(s.text) is not None
            if not own_by.get(i) and not foreign_by.get(i) and not any(a in s.text for a in names) \
                    and not _KIND_NOUN.search(s.text) and _region_subject(s.text):
                continue  # "娄底正以打造钢铁全产业链为目标": the city's (or a university's) aim, not the platform's
            for k, (rx, w, show, cap) in enumerate(self.patterns):
                for m in rx.finditer(s.text):
                    phrase, g0 = self._phrase_of(s.text, m, show, cap, names)
                    if phrase is not None and s.start + g0 + len(phrase) >= cut_off:
                        # the page is cut off inside this phrase ("致力通过净终型创新设"): a short stub of a last
                        # clause goes (a long one still says what it is for: "打造集研发、孵化、金融等功")
                        k = max(phrase.rfind("，"), phrase.rfind(","))
                        if len(phrase) - k - 1 < CUT_STUB:
                            phrase = phrase[:k] if k >= 4 else None
                    after = _MEANS_AFTER.match(s.text, g0 + len(phrase)) if phrase is not None else None
                    if phrase is None or _NO_AIM.search(phrase) or after and after.group(0) != "为主":
                        continue  # (…研究院为主要力量: what it rests on, not what it is for)
                    mostly = bool(after) and s.text[g0 - 1 : g0] == "以"  # 以训练算力为主: what it mostly does
                    if foreign_by.get(i):  # in a sentence naming several platforms, only this one's goal
                        if not (listed or _its_aim(doc.text, s.start, s.end, s.start + g0, own_by.get(i, []), foreign_by[i])):
                            continue
                    if any(s.start + g0 <= a < s.start + g0 + len(phrase) for a, _ in foreign_by.get(i, [])):
                        continue  # "建设<another platform>": that one's building, not this one's aim
                    if i not in inside and all(s.start + g0 < a for a, _ in own_by.get(i, [])):
                        continue  # another's sentence that names it last ("研究院围绕…，牵头建设了X"): its aims are the
                        # subject's; only what follows the name can be this one's (`_with_named`)
                    f = {f"pattern:{k}": 1.0, "weight": w, "about_it": float(about_it), "early": 1 - rank / n,
                         "first_sentence": float(rank == 0),
                         "collective": float(collective or _KIND_COUNT.search(s.text, 0, g0) is not None),
                         "quote_opens": float("“" in s.text[:1]), "chars": min(len(phrase), 90) / 45.0,
                         "sentence_start": float(g0 < 12), "names_in_sentence": float(any(a in s.text for a in names))}
                    if mostly:
                        f["_mostly"] = 1.0
                    yield GoalPhrase(phrase, s.start + g0, s.start + g0 + len(phrase), w), f

    @staticmethod
    def _with_named(doc: Doc, scope: list[int], names: set[str], own_by: dict[int, list[tuple[int, int]]]) -> list[int]:
        """The scope and, after it, the sentences that name the platform outside it (a park's sentence that names
        the centre it hosts and says what the centre will be), with those names added to `own_by`."""
        inside, extra = set(scope), []
        for i, s in enumerate(doc.sentences):
            if i in inside or s.is_heading:
                continue
            spans = [(s.start + k, s.start + k + len(a)) for a in names if len(a) >= 4 for k in [s.text.find(a)] if k >= 0]
            if spans:
                extra.append(i)
                own_by.setdefault(i, []).extend(spans)
        return list(scope) + extra

    def _phrase_of(self, text: str, m: re.Match, show: str, cap: int, names: set[str]) -> tuple[Optional[str], int]:
        """The goal phrase of one pattern match in a sentence and where it starts, or (None, 0) when it is no goal."""
        lead = text[max(text.rfind(c, 0, m.start()) for c in "，,；;：:") + 1 : m.start()]
        if _OTHER_SUBJECT.match(lead) or _FIRM_SUBJECT.match(lead):
            return None, 0  # "公司致力于…", "作为一家致力于…的公司": a tenant's or a person's aim, not the platform's
        g0, g1 = m.span() if show == "match" else m.span("g")
        if cap and len(m.group("g")) >= cap and g1 < len(text) and text[g1] not in _STOPS:
            # The run stopped at its length cap, mid-word: back off to its last clause, else enumeration, comma.
            cut = max(text.rfind(",", g0, g1), text.rfind("，", g0, g1))
            cut = cut if cut - g0 >= 8 else text.rfind("、", g0, g1)
            if cut - g0 < 8:
                return None, 0
            g1 = cut
        if _ends_in_quotation(text, g0, g1):
            # a quotation opened after a clause ("引入X项目，“该基地计划…"): the clauses before it; cut inside a
            # quotation ("打造“专业、生态"): half a slogan is no goal
            q = text.rfind("“", g0, g1)
            cut = max(text.rfind(",", g0, q), text.rfind("，", g0, q))
            if cut - g0 < 8:
                return None, 0
            g1 = cut
        said = _SPEAKER.search(text, g0, g1)
        if said:  # "…，校方表示十分期待": a new speaker's clause ends the aim
            g1 = said.start()
        phrase = _first_clauses(_trim(text[g0:g1]), self.phrase_chars)
        start = text.index(phrase, g0)
        if start and text[start - 1] == "为" and (start == 1 or text[start - 2] in "，,；;：:") and _GIVES.search(phrase):
            start, phrase = start - 1, "为" + phrase  # "为推动X注入新动能": the 为 belongs to the verb at its end
        if _ends_in_quotation(text, start, start + len(phrase)) or _leaves_a_quotation(phrase):
            return None, 0
        if phrase.count("“") > phrase.count("”") and text[start + len(phrase) : start + len(phrase) + 1] == "”":
            phrase += "”"  # "打造“一中心四平台”": the quotation closes right after the run, and closes in it  # the clause cut ends inside a quotation, or starts inside one ("主导产业”，抓住…")
        if len(phrase) < 4 or any(a in phrase for a in names) or re.search(r"什么|哪些|如何|怎样", phrase):
            return None, 0
        if "、" in phrase and re.match(r"(?:建设|新建)", phrase) and text[max(0, start - 2) : start] == "主要":
            return None, 0  # "项目主要建设A、B、C": what the project is made of, not what it is for
        if _DESCRIPTOR.search(text, 0, start) and re.match(r"面向|聚焦|服务", phrase):
            return None, 0  # "全国首个面向产业多样性算力公共服务平台": what kind of thing it is, not what it is for
        if _DONE.search(phrase):
            return None, 0  # "开展了项目验收": what it has done, not what it is for
        if _PREMISE.match(text, start + len(phrase)) or _AGREED.search(phrase):
            return None, 0  # "在提供基础算力服务的基础上": a premise; "围绕X达成重要合作": what a signing agreed on
        if _COOPERATION_ONLY.fullmatch(phrase):
            return None, 0  # "开展全面合作": what the parties to an agreement do together, no aim of the platform
        if _SERVES_PLATFORM.match(phrase) or any(not _COUNTED_AIMS.match(phrase, m.end()) for m in _FIGURE.finditer(phrase)):
            return None, 0  # "为平台提供云存储": what a partner gives it; "建设2栋数据中心": a figure of its size
        if phrase.count("《") != phrase.count("》") or _SCHEDULE.search(phrase) \
                or _MADE_OF.match(text, start + len(phrase)):
            return None, 0  # half a document's title ("…实施方案(2023—2025年)》"), a schedule, a team's make-up
        if (phrase.startswith("作为") or _PUT_INTO_USE.match(phrase)) \
                and any(len(n) > 4 and n.endswith(phrase[-k:]) for n in names for k in (3, 4)):
            return None, 0  # "作为…园区首个建成投产的数据中心", said of a data centre: what it is, not what it is for
        if _SIGNIFICANCE.match(text, start + len(phrase)) or _SIGNIFICANCE_END.search(phrase):
            return None, 0  # "解决…瓶颈问题…的重要举措": what a kind of platform means, said of the kind
        return phrase, start

    def _by_rules(self, doc: Doc, phrases: list[tuple[GoalPhrase, dict[str, float]]],
                  slogan: tuple[int, int] | None = None, names: set[str] = frozenset()) -> list[GoalPhrase]:
        """The hand weights' choice among the cue phrases (see `_phrases`): the best one to three, else the section
        heading's slogan."""
        cands: list[GoalPhrase] = []
        for c, f in phrases:
            # The pattern's weight, more where the sentence is about it and early, less in a quotation or a
            # sentence about all of them ("把四大平台打造成…").
            c.score = f["weight"] + 0.8 * f["about_it"] + 0.6 * f["early"] - 0.5 * f["quote_opens"] - 2.0 * f["collective"]
            cands.append(c)
        cands.sort(key=lambda c: -c.score)
        chosen: list[GoalPhrase] = []
        total = 0
        for c in cands:
            if any(c.start < o.end and o.start < c.end for o in chosen) or any(c.text in o.text or o.text in c.text for o in chosen):
                continue
            if any(_restates(c.text, o.text) for o in chosen):
                continue  # "提升X竞争力" beside "提升X在…时代的核心竞争力": one aim said twice
            if total + len(c.text) > self.max_chars and chosen:
                continue
            if chosen and c.score < chosen[0].score - SECOND_MARGIN:
                break  # a second phrase only when it is nearly as good as the first
            chosen.append(c)
            total += len(c.text)
            if len(chosen) >= self.max_phrases:
                break
        if not chosen and slogan:
            text = doc.text[slogan[0] : slogan[1]]
            chosen = [GoalPhrase(text, slogan[0], slogan[1], 0.0)]
        kept: list[GoalPhrase] = []
        for c in sorted((self._with_aims_beside(doc, c, names) for c in chosen), key=lambda c: c.start - c.end):
            over = next((o for o in kept if o.start < c.end and c.start < o.end), None)
            if over is None:
                kept.append(c)
            elif not (over.start <= c.start and c.end <= over.end):  # two phrases grown into one overlap: their union
                over.start, over.end = min(over.start, c.start), max(over.end, c.end)
                over.text = doc.text[over.start : over.end]
        chosen = kept
        chosen.sort(key=lambda c: c.start)
        # boilerplate before the aim goes ("深入贯彻落实X精神，…"); a phrase that is nothing else is no aim
        chosen = [c for c in chosen if not _BOILERPLATE.fullmatch(c.text + "，") and not _VACUOUS.fullmatch(c.text)]
        for c in chosen:
            m = _BOILERPLATE.match(c.text)
            if m and m.end() < len(c.text):
                c.text, c.start = c.text[m.end():], c.start + m.end()
        for c in chosen:
            m = _DUTY.search(c.text)
            if m and not re.search(r"[，,；;]", c.text[: m.start()]) and not re.match(r"[，,；;]", c.text[m.end():]):
                # (a frame that closes the phrase, or modifies what follows: "以打造国家实验室为主要目的启动的…")
                # "以规范行业发展、…、带动产业发展为职责": the duties are the aim, said without their frame (a phrase
                # cut from inside the frame is made whole from its 以)
                yi = doc.text.rfind("以", max(0, c.start - 40), c.start + 1)
                if yi >= 0 and not re.search(r"[，,；;。]", doc.text[yi:c.start]):
                    c.start = yi + 1
                c.end -= len(c.text) - m.start()
                c.text = doc.text[c.start : c.end]
        for c in chosen:  # a phrase longer than the budget is cut at a clause boundary
            if len(c.text) > self.max_chars:
                cut = max(c.text.rfind(p, 0, self.max_chars) for p in "，,、；;")
                if cut > 10:
                    c.text, c.end = c.text[:cut], c.start + cut
        return chosen




_AIM_VERBS = (r"(?:开展|培养|推动|推进|促进|提升|提高|增强|打造|建设|建成|形成|服务|助力|加强|实现|构建|吸引|引进|聚焦|整合|"
              r"深化|加快|带动|支撑|引领|孵化|培育|壮大|统筹|完善|延伸|探索|满足|落实|攻克|招引|承接)")
# A whole clause (no quotation, no "建设的…" naming something) that opens with an aim verb; its objects may be an
# enumeration ("形成能源数据汇聚中心、价值创造中心和…").
_AIM_CLAUSE = "(" + _AIM_VERBS + r"(?!的)[^，,；;。！？!?“”「」\"]{2,30})"
_NEXT_AIM = re.compile(r"[，,]" + _AIM_CLAUSE + r"(?=[，,；;。！？!?]|$)")
_PREV_AIM = re.compile(r"(?:^|(?<=[，,]))" + _AIM_CLAUSE + r"[，,]$")
# How far below the first phrase's score a second may be (a goal is often two aims: "打造X，形成Y"). The 94 real
# articles' goal ROUGE-L / chrF by margin: 0.5 → 0.505/0.409, 1.0 → 0.547/0.449, 1.5 → 0.547/0.459,
# 1.75 → 0.552/0.459, 2.0 → 0.543/0.457, 3.0 → 0.534/0.457 (the middle of the flat top).
SECOND_MARGIN = 1.75
RESTATED = 0.6  # the share of a phrase's character pairs another holds from which it says the same aim again
CUT_STUB = 12  # a last clause the page's end cuts off shorter than this says too little to keep (dev-18 keeps 34)
SHARED_AIM_WEIGHT = 2.5  # the cue patterns' weight (prompts/fields.yaml) from which a shared sentence's aim is each one's
_OTHER_SUBJECT = re.compile(r"(?:公司|企业|团队|其团队|他们|我们|他|她|作为一家)")
# A firm or university named as the subject right before the cue ("洪申科技致力于…", "南昌大学始终坚持以…为使命").
_FIRM_SUBJECT = re.compile(r"^[^，,；;]{0,16}?(?:科技|集团|股份|公司|大学|学院)(?:$|始终|一直|也|还|则|正|将|坚持|致力|旨在|专注)")
_STOPS = set("，,；;。！？!?：:、）)”\"")


def _listed_together(text: str, own: list[tuple[int, int]], foreign: list[tuple[int, int]]) -> bool:
    """Whether this platform is named in one breath with another ("A和B", "A、B"): what follows is said of both."""
    for a, e in own:
        for fa, fe in foreign:
            gap = text[e:fa] if e <= fa else text[fe:a]
            if 0 < len(gap) <= 3 and _JOINED.fullmatch(gap):
                return True
    return False


_JOINED = re.compile(r"[”\"]?(和|与|及|以及|暨|、)[“\"]?")


def _its_aim(text: str, start: int, end: int, pos: int, own: list[tuple[int, int]], foreign: list[tuple[int, int]]) -> bool:
    """In a sentence [start, end) naming several platforms, whether the aim at `pos` is this one's: the nearest
    platform named before it (platforms.nearest_platform), unless a clause opens with one and names the other
    as what it draws on or takes in: "海东园区将依托南方实验室、中船重工等项目，重点发展…" is the park's aim, not
    the lab's; so is "平台新增X等六家数据中心，正全力构建…" the platform's, not X's."""
    subject = _subject(text, start, pos, own, foreign)
    if subject is not None:
        first, then = (own, foreign) if subject else (foreign, own)
        a = max(x for x, e in first if start <= x and e <= pos)
        if any(a < x < pos and _DRAWS_ON.search(text, a, x) for x, _ in then):
            return subject
    return nearest_platform(pos, own, foreign, start, end)


# Verbs whose object is a platform the subject draws on, takes in or adds ("依托南方实验室", "新增X等六家数据中心",
# "接入Y"): the clause's aim stays the subject's.
_DRAWS_ON = re.compile(r"依托|依靠|借助|背靠|新增|接入|下设|汇聚|集聚|引进|引入")


def _subject(text: str, start: int, pos: int, own: list[tuple[int, int]], foreign: list[tuple[int, int]]) -> Optional[bool]:
    """Whether the platform whose name last opened a clause before `pos` (its subject) is this one; None when no
    name opens a clause there. A name that ends the first clause ("被称为…的X，新增…") is its topic, a subject too."""
    def opens(a: int, e: int) -> bool:
        if text[e : e + 1] in "”\"":
            e += 1
        if text[e : e + 1] in "，," and not re.search(r"[，,；;：:]", text[start:a]):
            return True
        if a > start and text[a - 1] in "“\"":
            a -= 1
        return a == start or text[a - 1] in "，,；;：:"

    start = max([start] + [text.rfind(c, start, pos) + 1 for c in "；;"])  # "A…；B…": the clause group of pos
    before = sorted([(a, e, True) for a, e in own if start <= a and e <= pos] + [(a, e, False) for a, e in foreign if start <= a and e <= pos])
    subjects = [is_own for a, e, is_own in before if opens(a, e)]
    return subjects[-1] if subjects else None


def _cut_off_at(doc: Doc) -> int:
    """Where the article's text stops mid-sentence (a page excerpt cut off, "…致力通过净终型创新设"): the end
    of its last sentence when that has no closing mark, else past the end."""
    text = doc.text.rstrip()
    if not text or text[-1] in "。！？!?；;”\"…）)』」.":
        return len(doc.text) + 1
    return len(text)


def _restates(a: str, b: str) -> bool:
    """Whether most of phrase `a`'s character pairs are in phrase `b` (or b's in a): the same aim said again. A
    short phrase ("面向先进材料") says what it is about, not an aim of its own, and is not read so."""
    def pairs(s: str) -> set[str]:
        return {s[i : i + 2] for i in range(len(s) - 1)}
    pa, pb = pairs(a), pairs(b)
    return min(len(pa), len(pb)) >= 6 and len(pa & pb) >= RESTATED * min(len(pa), len(pb))


def _aim_beside(clause: str, names: set[str]) -> bool:
    """Whether a clause beside the goal phrase is a further aim: not the platform's own building ("实现X一期建成"),
    not a figure of its size ("满足20万台服务器部署"), not the subject of a verdict ("实现X将产生积极作用")."""
    if "、" in clause and re.match(r"建设|建成|构建|设立|设置", clause):
        return False  # "建设农业大数据平台、调度系统和…": the things it builds, not a further aim
    return not (any(a in clause for a in names) or _MEASURE.search(clause) or "将" in clause)


def _open_cap(pattern: str) -> int:
    """The length cap of a pattern whose group ends in an open run ("(?P<g>[^，]{4,50})"), else 0: a match of
    exactly that length may have been cut mid-word."""
    m = re.search(r"\{\d+,(\d+)\}\)$", pattern)
    return int(m.group(1)) if m else 0


_MEASURE = re.compile(r"\d+(\.\d+)?\s*(万|亿)?(平方米|亩|元|P|家|个|栋|幢|名|人|项|台|套|条|座|所|位)")
# "一个"/"一家" alone is the article "a" ("打造成一个具有…的平台"), not a count.
_FIGURE = re.compile(_MEASURE.pattern + r"|(?<![一二三四五六七八九十两])(?!一[个家])[一二三四五六七八九十两]+(个|家|栋|名|项|条|座|所)")
# What a party gives the platform: "为该中心提供…", "为实验室的建设和发展提供…保障".
# What a count of its fields or directions counts ("重点发展…等6个领域"): what it is for, not a figure of its size.
_COUNTED_AIMS = re.compile(r"(?:重点|主要|研究|研发|产业|新兴)?(?:领域|方向|方面|学科|板块)")
_SERVES_PLATFORM = re.compile(r"^(为|向)(该|本|各)?(平台|中心|实验室|研究院|研究所|基地|园区|联盟)(的[^，,；;。]{0,12})?提供")
_GIVES = re.compile(r"注入|提供|作出|做出")
_COOPERATION_ONLY = re.compile(r"(?:开展|加强|深化|推进|进行|展开)[^，,；;、]{0,4}(?:合作|交流)")
# "在X的基础上，…": X is what it already does, the aim follows.
_PREMISE = re.compile(r"的基础上")
_AGREED = re.compile(r"达成[^，,；;。]{0,6}(?:合作|共识|协议)$")
# A sentence whose subject is a kind of platform, not one ("省级工程技术研究中心坚持…，以…为目标"): said of the kind.
_KIND_SUBJECT = re.compile(r"(?:省级|市级|国家级|省|市|国家)(?:重点|示范)?(?:工程技术研究中心|工程研究中心|重点实验室|"
                           r"实验室|技术创新中心|制造业创新中心|企业技术中心|科技企业孵化器)(?:坚持|是|要|应|作为|以)")
# "使浙江省实验室数量达到6家，聚焦…": what follows a count of the kind is said of all of them.
_KIND_COUNT = re.compile(r"(?:数量|总数)(?:达到|增至|升至|增加到|达)[\d一二三四五六七八九十]+(?:家|个|所)[，,]")
# A platform kind noun: a sentence with one may speak of the platform under it ("市里将以该中心为载体…").
_KIND_NOUN = re.compile(r"中心|实验室|研究院|研究所|基地|园|平台|联盟|孵化器|工作站")
_LEAD_IN = re.compile(r"^(?:(?:近年来|近几年|当前|目前|今年以来|下一步|未来|同时|此外|其中|\d{4}年)[，,]?|作为[^，,；;。]{2,30}[，,]|"
                      r"[^，,；;。“”]{1,24}(?:表示|指出|说|介绍)[，,:：]“?)*")
_SUBJECT_VERB = re.compile(r"(?:市|县|区|省|自治区)?(?:[、和与及][^，,、；;。]{2,10}?)*(?:人民政府|政府|市委|县委|区委)?"
                           r"(?:正|将|要|坚持|认真|始终|一直|持续|积极|全力|加快|大力|深入|着力|也|还|已|则|以|把|围绕|立足)")
_ORG_SUBJECT = re.compile(r"^(?:[\u4e00-\u9fff]{2,10}(?:大学|学院|学校|集团)|学校|我校|该校|我院)"
                          r"(?:始终|一直|坚持|正|将|要|积极|也|还|锚定|立足)")


def _region_subject(sentence: str) -> bool:
    """Whether the sentence's subject is a region ("芜湖市认真贯彻…，积极推动…", "娄底正以…为目标") or a
    university or group speaking of itself ("南昌大学始终坚持以服务地方发展为使命"), after a time phrase or an
    "作为…，" lead-in."""
    from ..translate.knowledge import knowledge_base
    s = sentence[_LEAD_IN.match(sentence).end():]
    if _ORG_SUBJECT.match(s):
        return True
    kb = knowledge_base()
    for n in range(5, 1, -1):
        if kb.place(s[:n]) is not None and _SUBJECT_VERB.match(s, n):
            return True
    return False


# A clause that opens with someone speaking ("，校方表示…"): no longer the aim's clause.
_SPEAKER = re.compile(r"[，,][^，,；;。]{0,8}?(?:表示|指出|认为|强调|介绍说)")
# A classifier before "面向…平台": the phrase describes what it is ("首个面向X的平台").
_DESCRIPTOR = re.compile(r"(?:首个|首家|第一个|唯一的?|一个|一家|一座)$")
# An activity in the perfective ("开展了项目验收", "进行了大量研究"): a deed done, no aim ("提供了…服务" is what it
# does, and stays).
_DONE = re.compile(r"(?:开展|完成|举办|举行|进行|召开|组织)了")
# "…，提升…能力的重要举措": the clauses before it modify the noun (what a kind of platform means), no aim.
_SIGNIFICANCE = re.compile(r"[^；;。]{0,40}?的(重要|关键|有力|具体)?(举措|途径|手段|意义|组成部分|一步|体现)(?=[，,；;。]|$)")
_SIGNIFICANCE_END = re.compile(r"的(?:重要|关键|有力|具体)?(?:举措|途径|手段|意义|组成部分|一步|体现)$|的必然(?:选择|要求)$|之举$")
# What happens to the project and when ("项目计划于2023年12月全面完工"): a schedule, with nothing it is for
_SCHEDULE = re.compile(r"(?:完工|竣工|投用|投运|投产|开工|封顶|交付使用|建成投用|正式运营|施工|装修|吊装|浇筑|进场)$")
# (and works under way, "推进室内装修及园区道路管网施工": progress on site, not what it is for)
_PUT_INTO_USE = re.compile(r"建成(?:投产|投用|运营|使用)|投产|投用")  # "建成投产的数据中心": its state, said of its kind
# "以X为主组成科研团队": who its team is made of, not what it is for
_MADE_OF = re.compile(r"为主(?:组成|构成|组建)")
# A sentence of a contract's parties ("乙方将…提供必要的人员、技术支撑"): what each party gives, not the aim.
_PARTY = re.compile(r"作为[甲乙丙丁]方|[甲乙丙丁]方(将|负责|应)")


def _ends_in_quotation(text: str, a: int, b: int) -> bool:
    """Whether text[a:b] opens a quotation it does not close, and the text after it does not close it either."""
    return text.count("“", a, b) > text.count("”", a, b) and text[b : b + 1] != "”"


def _leaves_a_quotation(phrase: str) -> bool:
    """Whether the phrase closes a quotation it did not open: it starts inside a quoted slogan."""
    depth = 0
    for ch in phrase:
        if ch == "“":
            depth += 1
        elif ch == "”":
            depth -= 1
            if depth < 0:
                return True
    return False


# A 将 or 把 that moves its object before the verb (将X引导至Y, 把X打造成Y): part of the aim, not "will".
_BA = re.compile(r"^[将把](?![\u4e00-\u9fff]?(?:进一步|继续|全面|加快|重点|着力|大力|积极|持续))[^，,；;]{1,30}?"
                 r"(?:引导至|引向|打造成|打造为|建设成|建设为|建成|融入|纳入|转化为|推向|提升至|提升为|提高到|引入|发展成|培育成)")
# How, before the aim ("通过搭建这样一个平台，建设…高地"): a means, not part of the aim.
_MEANS = re.compile(r"^通过[^，,；;。]{2,20}[，,](?=[^，,；;。]{4})")
# Thanks or greetings for what was done; a phrase that reports a state (…情况, one of …), or a first or only
# approval ("成为此次我市唯一入围的基地", "成为我校首个获批的…中心"): none is what the platform is for.
_THANKS = re.compile(r"表示(?:(?:诚挚|衷心|热烈)的?)?(?:问候|感谢|谢意|祝贺|慰问)|致以")
_NO_AIM = re.compile(r"(?:情况|之一)$|^成为[^，,；;]{0,8}?(?:首个|首家|首批|唯一|第一个|第一家)"
                     # an operating principle (政府引导、市场运作); a role's nouns without their verb (支撑、带动和示范作用);
                     # this year's construction work (年内完成项目建设任务)
                     r"|政府引导|市场运作|^(?!发挥|起到|起)[^，,；;]{0,12}作用$|^(?:年内|今年|年底前)?完成[^，,；;]{0,10}建设任务")
# What a platform rests on (以X为主要力量, 以X为依托), or mostly does (以X为主), said right after a phrase.
_MEANS_AFTER = re.compile(r"为(?:主要力量|主体|依托|支撑|载体|龙头|基础|主)(?![\u4e00-\u9fff])")
# A deed that says nothing of what ("开展相关工作": carry out related work).
_VACUOUS = re.compile(r"(?:开展|推进|做好|落实|推动)(?:相关|有关|各项)?工作")
# A body's duties or mission framed as 以X为职责: X is what it is for.
_DUTY = re.compile(r"为(?:职责|己任|使命|宗旨|主要任务|主要职责|主要目的|目的|(?:发展|建设|奋斗)?目标)")
# A clause of political boilerplate before an aim ("深入贯彻落实市委工作会议精神"): it states no aim of the platform.
_BOILERPLATE = re.compile(r"^(?:深入|认真|全面)?贯彻(?:落实)?[^，,；;]{0,24}(?:精神|部署|要求|决策)[，,]")


def _trim(s: str) -> str:
    s = _strip_quotes(s.strip(" ,，、:：\""))
    s = _BOILERPLATE.sub("", s)
    s = _MEANS.sub("", s)
    s = re.sub(r"^(的|了|要|是|就是要?|为了|以|使)", "", s)
    if not _BA.match(s):  # 将 "will" says nothing a goal keeps; 将X引导至Y moves X before its verb and stays
        s = re.sub(r"^[将把]", "", s)
    s = re.sub(r"(?:…+|\.{3,})$", "", s)  # "……": the page breaks off its list, the goal ends before it
    s = re.sub(r"(的目标|等|为目标|为主要任务)$", "", s)
    return _strip_quotes(s.strip(" ,，、:：\""))


def _strip_quotes(s: str) -> str:
    """The phrase without the quotation marks at its ends that pair with nothing inside it: the closing mark of
    "打造国家实验室“预备队”" stays, else half a quotation is left open."""
    while s.startswith("“") and s.count("“") > s.count("”"):
        s = s[1:].strip(" ,，、:：\"")
    while s.endswith("”") and s.count("”") > s.count("“"):
        s = s[:-1].strip(" ,，、:：\"")
    if len(s) > 2 and s[0] in "“「" and s[-1] in "”」" and not re.search(r"[“”「」]", s[1:-1]):
        s = s[1:-1]  # one whole quoted slogan: its words, as the aim reads
    return s


def _first_clauses(s: str, limit: int) -> str:
    """The leading clauses of a phrase that fit in `limit` characters (at least the first clause)."""
    if len(s) <= limit:
        return s
    parts = re.split(r"(?<=[，,；;])", s)
    out = parts[0]
    for p in parts[1:]:
        if len(out) + len(p) > limit:
            break
        out += p
    return out.rstrip("，,；;")

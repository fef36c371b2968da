"""The English running text of a brief, written from the brief's own facts (the embedded engine's English).

    scale    each figure by the figure grammar (scale.py)
    goal     each clause by the phrase grammar (phrases.py); a clause it cannot write is left out, with a warning
    summary  the clauses of the Chinese summary the sentence grammar writes whole, and up to two clauses of the
             article that open with a platform and tell what happened to it; then, per platform in the brief's
             order, one sentence of what happened to it (the event verb after its name), when (a bare 10日 is
             dated by the report's dateline), where and who builds it ("On 1 May the X, built jointly by A and
             B, was unveiled in Y"; a second platform the same happened to "was also unveiled"; an approval
             with its approver and what it was approved as), then where it is ("is located in Y"), its main
             figures (a plan's figures: "is to have …"), what a count lists ("The six R&D units include A and
             B"), when it is due ("is due for completion at the end of 2024") and its goal, naming it by its
             kind ("The laboratory has …"); after the first sentence, the batch of projects a ceremony signed
             or started with them ("Thirty-six industry projects with a total investment of … were signed");
             the report's opening date on the first sentence that tells what happened, where no
             sentence has a date; news first (a lead that only says what a platform aims at or has goes after
             the sentences that tell what happened); then what the people the summary names with their
             office did (people.py), and who else it names that the knowledge base knows or whose office it
             gives ("The report also mentions the Ministry of Science and Technology and Academician X")
    title    the title's own words where the grammar can write them, else the count of bodies the headline (or,
             with none found, the summary's first sentence) tells and what happened to them (counted.py: "Four
             state key laboratories in Macao receive plaques"), or its signed batch of projects with their money,
             else a headline from the same facts: a title that counts platforms of one kind the brief has several
             of as a counted headline ("Three technology business incubators approved in Hebei"), else the
             platform the title names (else the first), and a second the same event happened to
    (a count is said as what a platform "has" only where it counts what the platform holds; the other side of
    an agreement the platform itself signed is not its builder; a body that 牵头 "leads" it)

Nothing here glosses word by word: what the grammar cannot write is left out. An article with no platform
has no facts to compose from: its English title is the title's phrase grammar where that can write it, else
its first paper, launch or visit (news.py) as a headline, else the headline of its summary's first clause the
grammar can write, else who it names ("Wuhan Institute of
Technology, Professor Hu Liuyong and Chen Yuanxing"); its English summary is what the grammar can
write of its summary and the papers, launches and visits its sentences tell (news.py; else the team whose work
it tells of, else the English title), then that it describes no platform and who else it names (organisations,
people with an office: its summary's, then the rest of the article's), and `meta.warnings` says so. A report
that tells nothing of its platforms but their names says who else it names the same way.
"""
from __future__ import annotations

import functools
import re
from typing import Optional

from .. import schema
from .counted import candidates, counted_news, counted_sentences
from .grammar_data import grammar_data
from .lexicon import DATE_ZH, MONTHS, Lexicon, date_match_en
from .news import news_headline, news_sentences
from .people import OFFICES, office_of, people_sentences
from .people import _title as _office_title
from .phrases import COUNT_WORD, SEVERAL, _KIND_WORD, _NUMBER_WORDS, Grammar, _int, the_org, _count_words, join_list, plural, singular, singular_head, \
    with_article, indefinite_article
from .scale import ScaleWriter

_CLAUSE = re.compile(r"[，,；;。！？]")
_SENT_END = re.compile(r"[。！？!?\n]")
_LEGAL_TAIL = re.compile(r",? (?:Co\., Ltd\.|Co\. Ltd\.|Ltd\.|Limited|Inc\.|Co\.)")
# What comes before an event verb that has not happened yet (预计2024年底竣工, 拟组建, 将于明年启用).
_PLANNED = re.compile(r"(?:预计|计划|将于|将|拟|力争|有望|争取|即将|早日|尽早|尽快|确保|加快|促)[^，,。；;]{0,8}$")
# What follows an event verb used as a modifier of a noun (组建计划 "a building plan", 启动区 "the start-up zone").
_AS_NOUN = re.compile(r"计划|名单|方案|区|工作|申请")
_TIME_OF_DAY = re.compile(r"(?<=日)(?:上午|下午|晚上|晚间|凌晨|中午|早上)$")
# An event verb + 后 and what it will then do or hold is a condition, not an event: 项目建成后可容纳… "once
# completed it will hold …", 投运后将… (a report of a plan, not of the completion).
_ONCE = re.compile(r"(?:投产|投用|使用|运营|运行)?后[，,]?[^，,。；;！？]{0,10}?(?:将|可|预计|有望|能够|能)")
_SENT_SPLIT = re.compile(r"(?<=\.) (?=[A-Z\"“])")  # English sentences (not after "Co., Ltd. and")
_CJK = re.compile(r"[\u3400-\u9fff]")
# A figure that says nothing of what it counts ("5.5 billion yuan"): not a sentence's object.
_AREA_UNIT = re.compile(r"\b(?:mu|square metres|square kilometres|hectares)\b")
_BARE_AREA = re.compile(r"^(?:about |nearly |more than |at least |over )?[\d.,]+(?: (?:million|billion))?"
                        r" (?:mu|square metres|square kilometres|hectares)$")
_BARE_FIGURE = re.compile(r"^(?:about |nearly |more than |at least |over )?[\d.,]+(?: (?:million|billion|trillion))?"
                          r"(?: (?:yuan|US dollars|mu|square metres|square kilometres|hectares|people|organisations|"
                          r"projects|times|kilometres|metres|kWs?|MWs?|kilowatts|megawatts|tonnes|per cent))?"
                          r"(?: in (?:Phase [IV]+|the \w+ phase))?$")  # (a length or a power alone: of what?)
# A sentence that says what happened to a platform, or where it is, or what it has (not what it will become:
# the grammar's past tense of 打造成 would state an aim as done).
_WHAT_HAPPENED = re.compile(r"\b(?:was|were|is located|has|have|held|signed|opened|began)\b")
# A platform called back by its kind: 该中心, 该工程研究中心 (本 is left out: 基本, 成本, 资本 end words).
_BACK_REFERENCE = re.compile(r"该([\u4e00-\u9fff]{0,4}?(?:中心|实验室|研究院|研究所|基地|联盟|园区))")
# A sentence that says what its subject is ("X is a national-level project …").
_IS_A = re.compile(r"\b(?:is|are) (?:an?|the)\b")
# A lead sentence that tells what happened to its subject (not where it is or what it has).
_WHAT_HAPPENED_TO = re.compile(r"\b(?:was|were|held|signed|opened|began|passed|launched|convened|established)\b")
# A clause that may say where a paper was published (the sentence grammar decides).
_PAPER = re.compile(r"(?:发表|连发|刊发).{0,12}(?:《|Nature|Science|Cell)|(?:《[^》]{1,12}》|Nature|Science|Cell).{0,6}(?:发表|连发|刊发)")
_BY_YEAR = re.compile(r"(?:力争|计划|预计)?[到至](\d{4})年(?:底|末)?")
_JOINT = ("共建", "联合", "合作", "携手", "共同")


class EnglishWriter:
    """Writes title, summary, goals and scale of a brief in English. Build once; `write` per brief."""

    def __init__(self) -> None:
        self.events = [(tuple(e["zh"]), e["past"], e["headline"]) for e in grammar_data()["events"]]
        Lexicon()  # load the lexicon and the knowledge base now, not inside the first brief

    def write(self, b: schema.Brief, names: dict[str, str], kinds: Optional[dict[str, str]] = None,
              phrases: frozenset[str] = frozenset()) -> None:
        """Fill the `en` of title, summary, goals and scale items; warnings for what was left out. `kinds`
        (name → person/place/org) are the article's further names: what a report without a platform is about;
        `phrases`, names NER found that a goal reads as words (普惠算力)."""
        g = self.grammar(b, names)
        goals = self.grammar(b, {k: v for k, v in names.items() if k not in phrases}) if phrases else g
        scale = ScaleWriter(g)
        dropped_goal, dropped_scale = 0, 0
        for p in b.platforms:
            p.goal.en, n = self.goal(goals, p.goal.zh)
            dropped_goal += n
            if n:
                b.meta.warnings.append(f"{n} clause(s) of the goal of {p.name.en or p.name.zh} could not be put into "
                                       "English by the phrase grammar and are left out of the English goal")
            for s in p.scale:
                s.en = scale.write(s.zh, s.value, s.unit, s.qualifier) or ""
                dropped_scale += not s.en
        if dropped_scale:
            b.meta.warnings.append(f"{dropped_scale} scale item(s) have no English: the figure grammar could not "
                                   "write what they count")
        pub = _published(b.meta.removed)
        untitled: tuple[list[str], list[str]] = ([], [])  # a report with no platform: who and which places it names
        self._giver = _giver(g, names, kinds or {}, {p.name.zh: p.name.en for p in b.platforms if p.name.en})
        facts = [self._facts(b, p, g, pub) for p in b.platforms]
        lead = self.lead(g, b.summary.zh)
        more = self.about_platforms(g, b, lead)
        lead = " ".join(x for x in (lead, more) if x)
        b.title.en = self.title(b, g, facts)
        told = [x for x in _SENT_SPLIT.split(lead) if _WHAT_HAPPENED_TO.search(x)]
        for f in facts:  # what the lead already says happened to a platform is not said twice
            if f["name"] and _names(f["name"], lead):
                f["in_lead"] = True
                if any(_names(f["name"], x) for x in told):
                    f["event"] = None
        if b.platforms:
            # A report opens with its news: a lead that only says what a platform aims at goes after the
            # sentences that tell what happened ("On 12 June an agreement was signed for X …", then the aims).
            sents = _SENT_SPLIT.split(lead) if lead else []
            events = [x for x in sents if _WHAT_HAPPENED_TO.search(x) or _IS_A.search(x)]
            news = events + [x for x in sents if _WHAT_HAPPENED.search(x) and x not in events]
            if news:  # what happened before where it is and what it has, and those before what is planned
                lead = " ".join(news + [x for x in sents if x not in news])
            if lead and not events and any(f["event"] for f in facts):
                # a figure of the lead the platform's own sentences list is said there, not again after them
                # (as listed, or as "has" writes it: "32,800 square metres of floor space" is "floor area of …")
                lead = " ".join(x for x in _SENT_SPLIT.split(lead) if not any(
                    m and (m.group(1) in f["scale"] or any(m.group(0)[5:-1] == _a_measure(y) for y in f["scale"]))
                    for f in facts for m in [re.search(r" has (?:an? )?(.+)\.$", x)]))
                body = self.summary(facts, lead, lead_after=True)
                # what the lead says a platform will do that its goal, said above, says too is said once
                lead = " ".join(x for x in _SENT_SPLIT.split(lead) if not any(
                    m and m.group(1).rstrip(".") in f["goal"] for f in facts
                    for m in [re.search(r" (?:will|aims to) (.+)$", x)]))
                text = " ".join(x for x in (body, lead) if x)
            else:
                text = " ".join(x for x in (lead, self.summary(facts, lead)) if x)
            # the headline's news, where the sentence grammar writes it whole and the facts above have not said
            # most of it ("上海拟申报两个国家实验室": "Shanghai will apply for two national laboratories"): told first
            told = self.headline_news(g, b.title.zh, text)
            text = " ".join(x for x in (told, text) if x)
            when = _report_date(_body(b), _published(b.meta.removed))
            b.summary.en = _dated(text, when)
            batch = _projects(g, _body(b))  # the batch of projects signed or started with the platforms
            if batch and batch.split(" with ")[-1].split(" worth ")[-1].rstrip(".") not in b.summary.en:
                sents = _SENT_SPLIT.split(b.summary.en) if b.summary.en else []
                b.summary.en = " ".join(sents[:1] + [batch] + sents[1:])
            counted = candidates(b.summary.zh, g) or counted_news(_news_zh(b), g, who=self._giver)  # the headline's count
            count = re.search(rf"\b{COUNT_WORD}\b", counted.lower()) if counted else None
            if counted and count and not re.search(r"\b" + count.group(0) + r"\b", b.summary.en.lower()) \
                    and not _WHAT_HAPPENED_TO.search(_SENT_SPLIT.split(b.summary.en)[0] if b.summary.en else ""):
                rest = b.summary.en
                for f in facts:  # the platform the count was added to, named again at once: by its kind
                    named = _sentence(_the(f["name"]))[:-1] if f["name"] else ""  # "The X", as a sentence opens
                    if named and f["name"] in counted and rest.startswith(named + " "):
                        rest = _pronoun(f["name"], []) + rest[len(named):]
                    if f["name"] and f["name"] in counted and rest == _sentence(f"the report covers {_the(f['name'])}"):
                        rest = ""  # nothing more of it than the count says
                b.summary.en = " ".join(x for x in (counted, rest) if x)
            people = self.people(g, b, names, kinds or {})
            if when and people and not _MONTH.search(b.summary.en) and not _ORDINAL_DAY.search(b.summary.en):
                # an official's visit the report opens with is its news: the report's date is the visit's
                k = next((i for i, x in enumerate(people) if " visited " in x), None)
                if k is not None:
                    people[k] = f"On {when} {people[k]}"
            b.summary.en = " ".join(x for x in [b.summary.en] + people if x)
            if re.fullmatch(r"The report covers [^.]+\.", b.summary.en.replace("Co., Ltd.", "Co Ltd")):
                # nothing known of its platforms but their names: who the report names, as a report with no
                # platform says it (its bodies and office-holders, not the platforms)
                own_en = {p.name.en for p in b.platforms} | {x.en for p in b.platforms for x in p.partners}
                who = [w for w in _who(b, names, kinds or {}, g.lex.kb, actors=True, body=True) if w not in own_en]
                if who:
                    b.summary.en = b.summary.en[:-1] + f"; it also names {_names_in_text(who[:6])}."
        else:
            news = self.news(g, b, names, kinds or {}, lead)
            # 为15所X授牌: a ceremony for many, and what the report says of them before (批准成立15间X)
            news[:0] = [x for x in counted_sentences(b.summary.zh, g, who=self._giver) if x.rstrip(".") not in lead]
            lead, news = _told_once(lead, news)
            papers = " ".join(news) or self.papers(g, b, lead)
            people = [x for x in self.people(g, b, names, kinds or {})  # who the news already names as its doer: once
                      if not re.match(r"[^,]+", x) or re.match(r"[^,]+", x).group(0) not in papers]
            lead = " ".join(x for x in [lead, papers] + people if x)
            lead = " ".join(x for x in (self.headline_news(g, b.title.zh, lead), lead) if x)
            who, places = self._no_platform_subjects(b, lead, names, kinds or {}, g.lex.kb)
            b.summary.en = self.without_platform(b, lead, who, places)
            untitled = (who, places)  # (for its title, where the grammar writes none: below)
            # its news as the headline where the title's own grammar writes none (a paper, a launch, a visit)
            b.title.en = self.title(b, g, facts, news_headline(_SENT_SPLIT.split(b.summary.en)))
            b.meta.warnings.append("no platform: the English summary says so and names who the report is about "
                                   "(the embedded engine writes facts only of platforms)")
        b.summary.en = " ".join(_also_together(_SENT_SPLIT.split(_said_once(b.summary.en)))) if b.summary.en else ""
        b.summary.en = _ONE_FULL_STOP.sub("", b.summary.en)  # "… Co., Ltd.." where a name ends a sentence
        if not b.title.en and not b.platforms:
            # No headline the grammar can write and no platform to name: who the report is about, as a
            # headline names its subject ("Wuhan Institute of Technology, Hu Liuyong and Chen Yuanxing").
            b.title.en = join_list(_who(b, names, kinds or {}, g.lex.kb)[:3])
        if not b.title.en and not b.platforms and b.summary.en:
            # nor anyone: the summary's own news where it opens with some ("Jiashan, Qingyuan and Jiuzhaigou jointly
            # signed a cooperation agreement"), else who it names, else where the report is from (the places it names)
            who, places = untitled
            first = _SENT_SPLIT.split(b.summary.en)[0].rstrip(".")
            opens_with_news = not first.startswith("The report describes no platform")
            named = _names_in_text(who[:6]) if who and not opens_with_news else ""
            if opens_with_news and len(first.split()) <= 14:
                b.title.en = first
            elif named and len(named.split()) <= 14:
                b.title.en = _NO_THE.sub("", named)  # who the report is about, as the title above names them
            elif places:
                b.title.en = "News from " + join_list([_NO_THE.sub("", x) for x in places[:2]])
        if not b.title.en and b.title.zh:
            b.meta.warnings.append("the title could not be put into English by the phrase grammar and is left empty")

    @staticmethod
    def grammar(b: schema.Brief, names: dict[str, str]) -> Grammar:
        """The phrase grammar over the lexicon with this brief's names."""
        own = {p.name.zh for p in b.platforms} | {x.zh for p in b.platforms for x in p.partners}
        # A name NER found that the lexicon knows as a word (国家实验室, 南部地区) reads as the word in a sentence.
        return Grammar(Lexicon({k: v for k, v in names.items() if k in own or not _known_word(k)}))

    # ---- goals -------------------------------------------------------------------------------------
    def goal(self, g: Grammar, zh: str) -> tuple[str, int]:
        """(English of the goal, number of clauses left out)."""
        parts = self.goal_clauses(g, zh)
        return join_goal([en for _, en, _ in parts if en]), sum(1 for _, en, _ in parts if not en)

    @staticmethod
    def goal_clauses(g: Grammar, zh: str) -> list[tuple[str, Optional[str], str]]:
        """The goal's clauses as (Chinese, the grammar's English or None where it cannot write it, the year a
        "到2030年" clause before it gives: "become X by 2030")."""
        if not zh.strip():
            return []
        out, by = [], ""
        for c in (c for c in _CLAUSE.split(zh) if c.strip()):
            m = _BY_YEAR.fullmatch(c.strip())
            if m:  # 到2030年，建成X: "become X by 2030" (the year is the next clause's)
                by = m.group(1)
                continue
            en = g.clause(c)
            if not en:  # retried leaving out a 的-modifier it cannot write before a place-like head, or the
                g.lenient = True  # verb phrases of a list it cannot write (整合X、搭建Y、把脉问诊: the first two), or
                # the opening (为X, 围绕X) before a deed it can write
                try:
                    en = g.clause(c) or g.verb_phrases(c) or g.deed_after_opening(c)
                finally:
                    g.lenient = False
            ok = bool(en) and not _CJK.search(en)
            out.append((c, (f"{en} by {by}" if by else en) if ok else None, by))
            by = ""
        return out


    # ---- facts, summary and title ------------------------------------------------------------------
    def _facts(self, b: schema.Brief, p: schema.Platform, g: Grammar,
               pub: Optional[tuple[int, int, bool]] = None) -> dict:
        name = p.name.en or ""
        sents = _sentences_of(b.text, p.name.evidence)
        # then the sentences that call it back by its kind (国家发改委批准该工程研究中心立项建设: it was approved),
        # where no other platform of the brief is of that kind
        sents += [x for x in _sentences_of(b.text, [(m.start(), m.end()) for m in _BACK_REFERENCE.finditer(b.text)
                                                    if p.name.zh.endswith(m.group(1)) and not any(
                                                        q is not p and q.name.zh.endswith(m.group(1)) for q in b.platforms)])
                  if x not in sents]
        # the headline's words last: the body tells the same event with its date and what more happened
        # (标题 "X揭牌"; 正文 "6月30日,X揭牌成立,并被授予“江苏省实验室”")
        heads = [x for x in sents if b.title.zh and x.strip() == b.title.zh.strip()]
        sents = [x for x in sents if x not in heads] + heads
        event, when, where, title = None, "", "", ""
        longer = [x.name.zh for x in b.platforms if p.name.zh and p.name.zh in x.name.zh and x.name.zh != p.name.zh]
        for s in sents:
            # a clause that names it only inside the name of a part of it or of another platform tells that one's
            # event (X龙王湾研发基地一期工程开工), not its own
            s = "".join(c for c in re.split(r"(?<=[，,；;])", s) if not (p.name.zh in c and all(
                any(c.startswith(x, k - x.find(p.name.zh)) for x in longer) or _PART_OF.match(c, k + len(p.name.zh))
                for k in [m.start() for m in re.finditer(re.escape(p.name.zh), c)])))
            # The event verb nearest after the name ("A签约仪式举行，X宣布成立": X was established), else the
            # first kind of event the sentence tells.
            at = s.find(p.name.zh)
            at = at + len(p.name.zh) if at >= 0 else 0
            # the name's own part of a sentence that semicolons divide: "广西力争建成X；产业链体系基本建成" tells
            # what happened to the industry chain, not to X
            seps = [m.start() for m in re.finditer(r"[；;]", s)] if at else []
            lo = max((k + 1 for k in seps if k < at), default=0)
            hi = min((k for k in seps if k >= at), default=len(s))
            found = []
            for order, (cues, past, headline) in enumerate(self.events):
                told = [(m.start(), -len(c)) for c in cues for m in re.finditer(re.escape(c), s)
                        if lo <= m.start() < hi
                        and not _PLANNED.search(s[max(0, m.start() - 12):m.start()])  # not 预计年底竣工, 拟组建
                        and not _AS_NOUN.match(s, m.end())  # nor 组建计划, 启动区
                        and not _ONCE.match(s, m.end())  # nor 建成后可容纳
                        and not _other_subject(s, m.start(), [x.name.zh for x in b.platforms])]
                after = [x for x in told if x[0] >= at]
                if told:  # at one place the longer cue (竣工验收, not 竣工)
                    found.append(((0, *min(after)) if after else (1, order, 0), cues, past, headline))
            if found:
                _, cues, past, headline = min(found, key=lambda x: x[0])
                # 获批建设潍坊市制造业创新中心, 被授予“江苏省实验室”
                title = _designation(g, s[at:], [x.name.zh for x in b.platforms])
                if past == "{name} was approved":  # as what, and by whom (科技部批准, 经省科技厅认定)
                    by = _approver(g, s)
                    past += (f" as {title}" if title else "") + (f" by {the_org(by)}" if by else "")
                elif title and past.endswith(("was unveiled", "was established", "was launched")):
                    past += f" and designated {title}"
                event = (past, headline)
                when = _date_en(s) or _day_of(s, pub, cues)
                where = _place_en(g, s, p.name.zh, name, cues)
                break
        if event is None:  # 拟认定为省级X: a designation proposed (the list is out for comment), not made
            for s in sents:
                at = s.find(p.name.zh)
                m = re.search(r"拟(?=(?:被)?(?:认定|命名)为)", s[at + len(p.name.zh):]) if at >= 0 else None
                title = _designation(g, s[at + len(p.name.zh) + m.end():], [x.name.zh for x in b.platforms]) if m else ""
                if title:
                    event, when = ("{name} was proposed for designation as " + title, "{name} proposed as " + title), ""
                    break
        partners = [x.en for x in p.partners if x.en and x.en not in name]
        # one body the article names twice ("China Datang Corporation", "China Datang Corporation Ltd."): once
        partners = [x for k, x in enumerate(partners) if x not in partners[:k]
                    and not any(y.startswith(x) and _LEGAL_TAIL.fullmatch(y[len(x):]) for y in partners)]
        # a place and its government ("Shenzhen Bao'an District", "the Bao'an District People's Government"):
        # one side, named once, as the article first names it
        partners = [x for k, x in enumerate(partners) if not any(_same_side(y, x) for y in partners[:k])][:8]
        joint = any(any(j in s for j in _JOINT) for s in sents)
        # 由X牵头(组建): X leads it (a lead body, said as such, not a builder among equals)
        led = {x.en for x in p.partners if x.en and x.zh and "牵头" in b.text and x.zh in b.text
               and re.search(re.escape(x.zh) + r"(?:[(（][^)）]{1,8}[)）])?(?:作为|为)?牵头", b.text)}
        members = {s.en: m for s in p.scale if s.en for m in [_members(g, b.text, s)] if m}
        called = [p.name.zh] + _aliases(b.text, p.name.zh)  # and the short name the article gives it
        site = next((x for zh in called for x in [_site(g, b.text, zh, name)] if x), "")
        others = [x.name.zh for x in b.platforms if x is not p and x.name.zh and x.name.zh not in p.name.zh]
        due = next((d for x in _SENT_END.split(b.text) for zh in called if zh and zh in x
                    for d in [_due(x, zh, others)] if d), "")
        return {"led": led, "members": members, "site": site, "due": due, "designated": title, "name": name, "zh": p.name.zh, "event": event, "when": when, "where": where, "partners": partners,
                "joint": joint, "scale": [x for x in _distinct_figures([s for s in p.scale if not _planned(b.text, s)])
                                          if _its_own(x, name)][:8],
                "plans": _distinct_figures([s for s in p.scale if _planned(b.text, s)])[:4], "goal": p.goal.en,
                "aim": next((en for _, en, _ in self.goal_clauses(g, p.goal.zh) if en), ""),
                "signed": _signed_with(g, b.text, p.name.evidence, partners),
                "organiser": _organiser(g, b.text, p.name.evidence, partners)}

    def summary(self, facts: list[dict], lead: str = "", lead_after: bool = False) -> str:
        """Per platform (up to six, in the brief's order: the article's): one sentence of what happened to it,
        when, where and who builds it ("On 1 May the X, built jointly by A and B, was unveiled in Y"), then its
        main figures and its goal. A platform the lead already told of is "It" where the lead's last sentence is
        about it alone (not where the lead goes after these sentences: `lead_after`); an event the platform
        before had too reads "also", its date not said twice. A platform that builds another of the brief and
        has nothing of its own to tell is named only as that one's builder."""
        out, quiet = [], []
        last = _SENT_SPLIT.split(lead)[-1] if lead else ""
        said_when = {m.group(0) for m in _DAY_MONTH.finditer(lead)}
        prev_event, prev_partners = None, None
        shown = [f for f in facts if f["name"]][:6]
        # News first: the platforms something happened to (or that the lead, before, told of), then the others.
        shown.sort(key=lambda f: not (f["event"] or f.get("in_lead") and not lead_after))
        builds = {(x, f["event"]) for f in shown if f["event"] for x in f["partners"]}
        for f in shown:
            if (f["name"], f["event"]) in builds | {(x, None) for x, _ in builds} \
                    and not (f["scale"] or f.get("plans") or f["goal"]):
                continue  # "An agreement was signed for A" beside "… for B, built jointly by A and C"
            others = [o["name"] for o in facts if o is not f and o["name"]]
            if f.get("in_lead") and (lead_after or not (not out and _names(f["name"], last)
                                                        and not any(_names(o, last) for o in others))):
                # the lead names it, but "It" would point elsewhere (or back, to a lead said after)
                f = dict(f, in_lead=False, named=True)
            name = _the(f["name"])
            # the other side of an agreement the platform itself signed is its partner in that, not its builder
            told = lead + " " + " ".join(out)
            signer = [x for x in f["partners"] if " signed" in told and re.search(  # (built per name: only where signed)
                rf"{re.escape(f['name'])} and (?:the )?{re.escape(x)} signed|{re.escape(x)} and (?:the )?"
                rf"{re.escape(f['name'])} signed", told, re.I)]
            built = _built_by(dict(f, partners=[x for x in f["partners"] if x not in signer]))
            if built and len(f["partners"]) > 1 and f["partners"] == prev_partners:
                built = "built jointly by the same partners"  # a list of several said once
            prev_partners = f["partners"]
            said = []
            if f["event"]:
                past = f["event"][0]
                also = past == prev_event
                prev_event = past
                # "was also approved": what as and by whom the sentence before said is not said again
                s = _event_sentence(_also(re.sub(r"(was approved)(?: as .+?)?(?: by .+)?$", r"\1", past)) if also else past,
                                    name, built, f["where"])
                when = f["when"]
                if when and when not in said_when:
                    said_when.add(when)
                    s = f"On {when} {s}"
                said.append(s)
                built = ""  # said in the event's sentence
            # 该活动由A主办: who held the ceremony (no builder), said last: "It" after it would be the ceremony
            held_by = f"The ceremony was organised by {f['organiser']}" if f.get("organiser") \
                and f["organiser"] not in lead and (f["event"] or f.get("in_lead") and not lead_after) else ""
            it = bool(said) or f.get("in_lead")  # the platform is the sentence before's subject
            parts = []
            if f.get("designated") and not f["event"] and f["designated"] not in lead:
                parts.append(f"was designated {f['designated']}")  # what the lead's news made it
            if f.get("site") and not f["where"] and f["site"] not in lead + " ".join(out + said) \
                    and " located in " not in lead:
                parts.append(f"is located in {f['site']}")  # where it is (not where a signing was held)
            # a figure the lead gave is not listed again ("10 companies" is not "110 companies")
            # (nor as "has" wrote it there: "25,000 square metres of floor space" is "floor area of 25,000 square metres")
            scale = [x for x in f["scale"] if not (x in lead and re.search(r"(?<![\d.,])" + re.escape(x) + r"(?!\w)", lead))
                     and not (_a_measure(x) in lead
                              and re.search(r"(?<![\d.,])" + re.escape(_a_measure(x)) + r"(?!\w)", lead))]
            # its site as a report gives it first: "covers 120 mu" ("is planned to cover" a planned one)
            site = next((m for x in scale for m in [_SITE_AREA.match(x)] if m), None)
            covers = ("is planned to cover " if "planned" in site.group(1) else "covers ") + site.string[site.end():] \
                if site else ""
            scale = [x for x in scale if not site or x != site.string]
            # a plan of phases (分两期建设: "built in two phases") says how it is built, not what it has
            phased = next((x for x in scale if x.startswith("built in ")), "")
            if phased:
                parts.append(f"is {phased}")
                scale = [x for x in scale if x != phased]
            if scale:
                parts.append((f"{covers} and " if covers else "") + f"has {join_list([_a_measure(x) for x in scale])}")
            elif covers:
                parts.append(covers)
            if f.get("due") and not (f["event"] and f["event"][0].endswith(" was completed")):
                parts.append(f["due"])  # 预计2024年底竣工: "is due for completion at the end of 2024"
            if f.get("plans"):  # figures of a plan (计划孵化20至30家, 建成后可入驻25个): what it is to have
                parts.append(f"is to have {join_list([_a_measure(x) for x in f['plans']])}")
            # what a count the article lists counts ("下设A、B等6个研发单位": "The six R&D units include A and B")
            listed = [f"the {_a_measure(x)} {'are' if complete else 'include'} {join_list(ms)}"
                      for x in scale + f.get("plans", []) for ms, complete in [f.get("members", {}).get(x, ([], 0))]
                      if ms and re.match(r"(?:about |more than |nearly |over )?[\d,.]+ [a-zA-Z]", x)]
            if f.get("signed") and f["signed"] not in lead:  # its agreements with others (not its builders)
                parts.append(f["signed"])
            if f["goal"] and f["goal"] not in " ".join(out) + lead:
                first = next((w for w in f["goal"].split() if not w.endswith("ly")), "")  # past "effectively"
                if f["goal"].startswith(("aim to ", "aims to ")):  # 瞄准于X: the goal says its own aim
                    parts.append(f"aims to {f['goal'].split(' ', 2)[2]}")
                elif first in _verb_starts() or first in ("further", "attract"):
                    parts.append(f"will {f['goal']}")
                else:  # a noun phrase first: "focuses on X", and a verb after it "aims to" (never "on X and provide")
                    m = _verb_after_np().search(f["goal"])
                    parts.append(f"focuses on {f['goal'][: m.start()]} and will {f['goal'][m.end():]}" if m
                                 else f"focuses on {f['goal']}")
            if built:  # who builds it, with the first thing said of it
                if not parts:
                    said.append(f"{_pronoun(f['name'], said) if it else name} is {built}")
                elif it:
                    said.append(f"{built[:1].upper() + built[1:]}, {_pronoun(f['name'], said).lower()} {parts.pop(0)}")
                else:
                    said.append(f"{name}, {built}, {parts.pop(0)}")
                it = True
            for part in parts:
                said.append(f"{_pronoun(f['name'], said) if it else name} {part}")
                it = True
            said.extend(listed)
            if held_by:
                said.append(held_by)
            if not said and not f.get("in_lead") and not f.get("named"):
                quiet.append(name)  # nothing known of it but its name: named once, with the others like it
            out.extend(_sentence(x) for x in said)
        named = [f["name"] for f in facts if f["name"]]
        quiet += [_the(n) for n in named[6:]]
        if quiet:
            out.append(_sentence(f"the report {'also ' if out else ''}covers {_join_names(quiet)}"))
        return " ".join(out)

    @staticmethod
    def _no_platform_subjects(b: schema.Brief, lead: str, names: dict[str, str], kinds: dict[str, str],
                              kb=None) -> tuple[list[str], list[str]]:
        """Who a report with no platform is about and the places it names that `lead` and they do not: the
        organisations and the people it gives an office (not one quoted or likened in passing), its summary's
        first, then the rest of the article's (the universities and institutes a report of research names are
        who it is about); the places `kb` knows."""
        who = [w for w in _who(b, names, kinds, kb, actors=True, body=True) if _bare_name(w) not in lead]
        return who, _places(b, kinds, kb, lead + " ".join(who)) if kb is not None else []

    @staticmethod
    def without_platform(b: schema.Brief, lead: str, who: list[str], places: list[str]) -> str:
        """A report with no platform (a paper, a launch, a visit): the clauses of its summary the grammar can
        write, else its English headline; then that it describes no platform, and who and which places it names
        (`_no_platform_subjects`). Facts only, never a gloss."""
        out = [lead or (_sentence(b.title.en) if b.title.en else "")]
        out.append("The report describes no platform" + (
            f"; it {'also ' if lead else ''}names {_names_in_text(who[:6])}." if who else "."))
        if places:
            out.append(f"It also mentions {join_list(places)}.")
        return " ".join(x for x in out if x)

    @staticmethod
    def people(g: Grammar, b: schema.Brief, names: dict[str, str], kinds: dict[str, str]) -> list[str]:
        """What the people the summary names with their office did ("Vice-Governor Gao Xingfu attended")."""
        persons = {zh: names[zh] for zh, k in kinds.items() if k == "person" and 2 <= len(zh) <= 3
                   and names.get(zh) and not _CJK.search(names[zh])}
        if not persons:
            return []

        def body_of(zh: str) -> Optional[str]:
            en = names.get(zh)
            if not en:
                hit = g.lex.kb.lookup(zh, ("org", "place"))
                en = hit.en if hit else None
            return the_org(en) if en and not _CJK.search(en) else None

        objects = {p.name.zh: p.name.en for p in b.platforms if p.name.en}
        body = _body(b)
        opening = [x for x in _SENT_END.split(body)[:6] if x.strip() and x.strip() not in b.summary.zh]
        return people_sentences("。".join([b.summary.zh] + opening), persons, body_of, objects)

    @staticmethod
    def headline_news(g: Grammar, title_zh: str, said: str) -> str:
        """The headline (or its first part the grammar writes) as a sentence of news in the past tense, where the
        sentence grammar writes it whole and at least half of its content words are not in `said`; else ""."""
        if not _CJK.search(title_zh):
            return ""
        for part in _title_parts(title_zh):
            g.dropped = 0
            en = g.sentence(part) if _CJK.search(part) else None
            if en and not _CJK.search(en) and len(en.split()) >= 3 and not g.dropped and not en[0].isdigit():
                if '"' in en or " And " in en:
                    return ""  # a quoted title it renders word by word, or two names it ran together: not told
                words = _content_words(en)
                new = words - _content_words(said)
                return _sentence(en) if words and 2 * len(new) >= len(words) else ""
        return ""

    def lead(self, g: Grammar, zh: str, most: int = 6) -> str:
        """The clauses of the Chinese summary that the sentence grammar can write whole (subject, verb, object),
        each as a sentence; the rest is left out."""
        out, when = [], ""
        for c in _CLAUSE.split(zh):
            if len(out) >= most:
                break
            day = _TIME_OF_DAY.sub("", c.strip())  # 5月18日上午: the day
            if DATE_ZH.fullmatch(day) or c.strip() in ("近日", "日前", "目前", "今年", "当天"):
                when = day if DATE_ZH.fullmatch(day) else c.strip()  # "4月9日，X在Y启用": the date is the next clause's
                continue
            c, when = when + c, ""
            en = (g.sentence(c) or self._named_figure(g, c)) if c.strip() else None
            if en and not _CJK.search(en) and len(en.split()) >= 3 and _sentence(en) not in out:
                out.append(_sentence(en))  # a clause the summary repeats is said once
        return " ".join(_same_predicate(out))

    def about_platforms(self, g: Grammar, b: schema.Brief, lead: str) -> str:
        """Clauses of the article beyond its summary that open with one of the brief's platforms (after a date)
        and that the sentence grammar writes whole ("云南X实验室于2021年8月获批" → "The Yunnan X Laboratory was
        approved in August 2021"): what happened to a platform, where it is or what it has, said where the
        summary's own clauses could not say it. Only clauses that open with a name are tried (the grammar's
        subject comes first)."""
        names = [p.name for p in b.platforms if p.name.en]

        def opens_with(c: str):
            bare = DATE_ZH.sub("", c, count=1)
            return next((n for n in names if bare.startswith(n.zh)), None)

        told = [x for x in _SENT_SPLIT.split(lead) if _WHAT_HAPPENED_TO.search(x)]

        def kept(c: str, en: str) -> bool:
            n = opens_with(c).en
            if _WHAT_HAPPENED_TO.search(en) and any(n in x for x in told):
                return False  # the lead already told what happened to it
            return n in en and bool(_WHAT_HAPPENED.search(en))

        return self._further(g, b, lead, lambda c: opens_with(c) is not None, kept)

    @staticmethod
    def news(g: Grammar, b: schema.Brief, names: dict[str, str], kinds: dict[str, str], lead: str) -> list[str]:
        """A report with no platform: the papers, launches and visits its sentences tell (news.py), each with
        actors the tagger or the knowledge base named; none the lead already says."""
        persons = {zh: names[zh] for zh, k in kinds.items() if k == "person" and 2 <= len(zh) <= 3
                   and names.get(zh) and not _CJK.search(names[zh])}
        orgs = {zh: names[zh] for zh, k in kinds.items() if k == "org" and names.get(zh)
                and not _CJK.search(names[zh]) and (_whole_body(zh, g.lex.kb) or len(zh) >= 3 and zh[:-1] not in _BARE_LEVELS)}

        def org_in(s: str, of: tuple[str, ...] = ("org",)) -> list[tuple[int, int, str]]:
            return [(h.start, h.end, h.entry.en) for h in g.lex.kb.find_all(s, of) if h.entry.en]

        def np(zh: str) -> Optional[str]:
            g.dropped = 0
            en = g.noun_phrase(zh)
            return en if en and not g.dropped else None

        body = _body(b)  # not the headline
        out = news_sentences(body, persons, orgs, grammar_data().get("journals") or {}, org_in, np)
        return [x for x in out if x.rstrip(".") not in lead]

    def papers(self, g: Grammar, b: schema.Brief, lead: str) -> str:
        """A report of research with no platform: the clauses of the article that say who published what in
        which journal and that the sentence grammar writes whole (tried only where a clause has 发表 or the like
        and a journal)."""
        return self._further(g, b, lead, lambda c: bool(_PAPER.search(c)), lambda c, en: True)

    def _further(self, g: Grammar, b: schema.Brief, lead: str, tried, kept, most: int = 2) -> str:
        """Up to `most` sentences of the article's clauses beyond its summary: those `tried` accepts, that the
        sentence grammar writes whole and `kept` accepts, and that the lead has not said."""
        out: list[str] = []
        for c, dated in _dated_clauses(_body(b)):
            if len(out) >= most:
                break
            if c in b.summary.zh or not tried(c):
                continue
            en = self.lead(g, dated, most=1)
            if en and kept(c, en) and en.rstrip(".") not in lead and en[:40] not in lead and en not in out:
                out.append(en)
        return " ".join(out)

    def _named_figure(self, g: Grammar, c: str) -> Optional[str]:
        """A name and a figure of it ("X总投资约32亿元" → "X has a total investment of about 3.2 billion yuan")."""
        toks = g.tokens(c)
        if not toks or toks[0].kind != "name" or len(toks) < 3 or "place" in toks[0].senses:
            return None
        rest = c[c.index(toks[0].zh) + len(toks[0].zh):]
        m = re.search(r"\d+(?:\.\d+)?", rest)
        head = g.lex.segment(rest[: m.start()]) if m else None
        if not m or not head or any(t.kind in ("name", "unk") for t in head):
            return None  # the words between the name and its figure say only what the figure measures
        fig = ScaleWriter(g).write(rest, float(m.group(0)))
        if not fig or not _MEASURE_HEAD.match(fig):
            return None
        return f"{_the(toks[0].en)} has {_a_measure(fig)}"

    def title(self, b: schema.Brief, g: Grammar, facts: list[dict], news: str = "") -> str:
        """The title's own words where the grammar can write them as a headline, else a headline from the
        facts; with no platform, the report's first news (`news`), else the title as a noun phrase, else the
        summary's first clause the grammar writes."""
        if _CJK.search(b.title.zh):  # a title with no Chinese is a file name or page furniture
            for part in _title_parts(b.title.zh):
                g.dropped = 0
                en = g.sentence(part, headline=True)
                if en and not _CJK.search(en) and len(en.split()) >= 3 and not g.dropped:
                    return en[:1].upper() + en[1:] + _headline_figure(g, b.title.zh, en)
        counted = counted_news(_news_zh(b), g, headline=True, who=getattr(self, "_giver", None)) or \
            _projects_headline(g, b.title.zh)
        if counted:  # the title counts what it tells of ("本澳四全国重点实验室获授牌", "签约项目55个")
            return counted
        named = [f for f in facts if f["name"]]
        counted = _counted_headline(b.title.zh, named, g)
        if counted:
            return counted
        if named:
            # The platform the title names, else the first; with the others the same event happened to.
            f = next((x for x in named if x.get("zh") and x["zh"] in b.title.zh), named[0])
            if f["event"]:
                same = [f] + [x for x in named if x is not f and x["event"] == f["event"]][:1]
                t = _event_headline(f["event"][1], [x["name"] for x in same], f["partners"])
                # where it happened, else where the platform is, for an event that happens where it stands
                # ("construction starts on X in Y"; not a signing or an approval, which may be elsewhere)
                where = f["where"] or (f.get("site") if f["event"][1].endswith(_AT_SITE) else "")
                if where:
                    t += f" in {where}"
                t += _headline_figure(g, b.title.zh, t)
            else:
                t = f["name"]
                if len(named) > 1:
                    t += f" and {named[1]['name']}"
                elif f.get("aim") and f["aim"].split()[0] in _verb_starts():
                    # nothing happened to it the grammar can tell: what it is for, as a headline says a plan
                    # ("Jiangzhou Computing Center to build a computing hub")
                    t += f" to {re.sub(r'^aims? to ', '', f['aim'])}"
            return t[:1].upper() + t[1:]
        if news:
            return news
        counted = counted_news(b.summary.zh, g, headline=True, who=getattr(self, "_giver", None))
        if counted:
            return counted
        g.dropped = 0
        zh = re.sub(r"^(.+?)\s+\1$", r"\1", b.title.zh.strip())  # "学术研究 学术研究": page furniture said twice
        en = g.noun_phrase(zh) if _CJK.search(zh) else None
        if en and not _CJK.search(en) and not g.dropped:
            return en[:1].upper() + en[1:]
        for c in _CLAUSE.split(b.summary.zh)[:4]:  # no title to write, no platform: the summary's first news
            g.dropped = 0
            en = g.sentence(c, headline=True) if _CJK.search(c) else None
            if en and not _CJK.search(en) and len(en.split()) >= 3 and not g.dropped:
                return en[:1].upper() + en[1:]
        return ""


# Words that carry no fact of their own: a sentence of only these and words an earlier one has says nothing new.
_NO_FACT = frozenset({"the", "a", "an", "of", "in", "on", "at", "for", "and", "was", "were", "is", "are", "has", "have",
                      "been", "be", "also", "officially", "formally", "it", "its", "to", "by", "with", "s"})


def _said_once(text: str) -> str:
    """The summary without a sentence whose every word of fact an earlier sentence says already ("The Yongjiang
    Laboratory was unveiled." after "The Yongjiang Laboratory was officially unveiled."): the lead, the headline's
    news and the platform's own event may tell one event twice."""
    kept, seen = [], []
    for s in _SENT_SPLIT.split(text) if text else []:
        words = {w for w in re.findall(r"[a-z0-9]+", s.lower()) if w not in _NO_FACT}
        subject = _SUBJECT.match(s)
        # (of the same subject only: "The Chongqing … Institute was also established" is another body than
        # "The Chongqing Rongchang … Institute, …, was established")
        if words and subject and any(words <= w and subj == subject.group(1).lower() for w, subj in seen):
            continue
        kept.append(s)
        seen.append((words, subject.group(1).lower() if subject else None))
    return " ".join(kept)


# A sentence's subject as the writer opens its event sentences: "[On <date>] [the] <subject>[, <apposition>,] was …".
_SUBJECT = re.compile(r"^(?:On [^A-Z]*?\d{4}|On \d{1,2} [A-Z][a-z]+(?: \d{4})?)?\s*(?:[Tt]he )?(.+?)(?:, [^,]+,)? (?:was|were|is|are) ")


def _headline_figure(g: Grammar, title: str, said: str) -> str:
    """" with planned total investment of more than 20 billion yuan": the amount a part of the headline gives
    ("X开园 计划总投资200多亿元"), as the figure grammar writes it with what it measures; "" where no part is
    such a figure or `said` already has it."""
    for part in _title_parts(title)[1:]:
        m = re.search(r"\d+(?:\.\d+)?", part)
        fig = ScaleWriter(g).write(part, float(m.group(0))) if m else None
        if fig and _MEASURE_HEAD.match(fig) and not _CJK.search(fig):
            number = re.search(r"\d[\d.,]*(?: (?:million|billion|trillion))?", fig)
            return "" if not number or number.group(0) in said else f" with {fig}"
    return ""


def _title_parts(title: str) -> list[str]:
    """A headline, then each of its parts between punctuation ("X揭牌，Y签约"): what the grammar tries in turn."""
    return [title] + [p for p in re.split(r"[，,!！?？:：|｜ ]+", title) if p]


def _names_in(g: Grammar, run: str) -> list[str]:
    """The English of the names the grammar knows in `run`, in order."""
    return [t.en for t in g.tokens(run) or () if t.kind == "name" and t.en and not _CJK.search(t.en)]


def _signed_with(g: Grammar, text: str, mentions: list[tuple[int, int]], partners: list[str]) -> str:
    """What the platform signed and with whom, where a sentence has it sign ("P分别与A、B签署合作意向协议":
    "signed letters of intent with A and B"): a signing partner is not a builder, and this is said instead. Empty
    where it names no one the grammar knows or only its partners (who "built jointly by" names already)."""
    for a, e in mentions[:12]:
        m = _SIGNS_WITH.match(text, e)
        if not m:
            continue
        who = _names_in(g, m.group("run"))
        who = [x for k, x in enumerate(who) if x not in who[:k]]
        if not who or all(x in partners for x in who):
            continue
        what = m.group("what")
        kind = next((en for zh, en in _AGREEMENTS if zh in what), "agreement")
        kind = ("a " + kind if len(who) == 1 else kind.replace("agreement", "agreements").replace("letter ", "letters ")
                .replace("memorandum", "memorandums"))
        return f"signed {kind} with {join_list([the_org(x) for x in who[:6]])}"
    return ""


def _organiser(g: Grammar, text: str, mentions: list[tuple[int, int]], partners: list[str]) -> str:
    """Who held the ceremony a sentence just after a mention of the platform names ("…开园仪式举行。该活动由A主办"),
    where the grammar knows the name and it is not a partner: empty otherwise."""
    for a, e in mentions[:12]:
        m = _ORGANISED.search(text, e, e + 120)
        if not m:
            continue
        who = _names_in(g, m.group("run"))
        if who and not any(x in partners for x in who):
            return join_list([the_org(x) for x in who[:3]])
    return ""


_ORGANISED = re.compile(r"(?:活动|仪式|典礼|开幕式|大会)由(?P<run>[^，,。；;]{2,40}?)(?:主办|承办)")
# "P(分别)与A、B…签署…协议": the bodies it signs with and what it signs, right after a mention of it.
_SIGNS_WITH = re.compile(r"[”」』\"]?(?:分别|已|还|也|正式|先后|同时)*(?:与|同|和)(?P<run>[^。；;！？]{2,160}?)(?:分别|共同|正式)*"
                         r"(?:签署|签订)了?(?P<what>[^，,。；;]{0,14}?(?:协议|备忘录|意向书|合同))")
_AGREEMENTS = (("意向", "letter of intent"), ("备忘录", "memorandum of understanding"),
               ("框架", "framework agreement"), ("战略合作", "strategic cooperation agreement"),
               ("合作", "cooperation agreement"))


def _event_headline(headline: str, names: list[str], partners: list[str]) -> str:
    """The event's headline of the platforms `names`: a name after the verb takes "the" ("Construction starts
    on the X"); an agreement two or three builders sign is said as theirs ("A and B sign agreement on the X");
    a name that is itself an agreement is what was signed ("X Agreement signed")."""
    if not headline.startswith("{name}"):
        if headline.startswith("agreement signed"):
            deal = re.compile(r"\b(?:Agreement|Memorandum|Contract)\b")
            if len(names) == 1 and deal.search(names[0]):
                return f"{names[0]} signed"
            names = [n for n in names if not deal.search(n)] or names  # what was agreed on, not the agreement
            if 2 <= len(partners) <= 3:
                return f"{join_list(partners)} sign agreement on {join_list([_the(n) for n in names])}"
        return headline.format(name=join_list([_the(n) for n in names]))
    return headline.format(name=join_list(names))


# A title that counts what it tells of ("山东3家入选…国家工程研究中心", "新增3家国家级科技企业孵化器").
_TITLE_COUNT = re.compile(r"(?<![\d.零〇一二两三四五六七八九十百千万])(\d{1,2}|[两二三四五六七八九十])(?:家|个|间|所|项|座)")
# What a kind of platform is called in Chinese: the title must count that kind.
_KIND_ZH = {"Center": "中心", "Centre": "中心", "Laboratory": "实验室", "Institute": "研究院|研究所", "Park": "园",
            "Base": "基地", "Platform": "平台", "Alliance": "联盟", "Incubator": "孵化器", "Academy": "研究院|学院",
            "Station": "站", "Zone": "区", "Hub": "枢纽", "Consortium": "联合体", "Project": "项目", "Branch": "分中心|分院"}


def _counted_headline(title_zh: str, named: list[dict], g: Grammar) -> str:
    """A headline for a title that counts platforms of one kind the brief has several of ("Three national
    engineering research centres approved in Shandong"): the count as the title gives it (a news headline
    spells out one to nine), the kind the platforms' names share, the event they share, and the place the
    title names before the count. The title's count, even where the brief found more of the kind (the title
    knows its own news). "" where the title counts nothing or fewer than two, or the platforms share no kind or
    event."""
    m = _TITLE_COUNT.search(title_zh)
    if not m or len(named) < 2:
        return ""
    n = _int(m.group(1)) or 0
    if n < 2 or re.match(r"[两二三四五六七八九十]", title_zh[m.end():]):  # "十二家": no count of one to ten
        return ""
    events = {f["event"] for f in named}
    if len(events) != 1:
        return ""
    heads = [re.split(r",| of | for ", re.sub(r"\s*\([^)]*\)", "", f["name"]))[0].split() for f in named]
    kind: list[str] = []
    while all(len(h) > len(kind) for h in heads) and len({h[-1 - len(kind)] for h in heads}) == 1:
        kind.insert(0, heads[0][-1 - len(kind)])
    if not kind or not _HEAD_NOUN.search(kind[-1]) or not re.search(
            _KIND_ZH.get(kind[-1], "^$"), title_zh[m.end():m.end() + 16]) or re.match(
            r"[\u4e00-\u9fff]{0,4}(?:企业|公司|单位|高校|项目|人)", title_zh[m.end():]):
        return ""  # the title counts something else ("30个重大项目" beside a laboratory)
    words = [w.lower() if w[:1].isupper() and w[1:].islower() and i < len(kind) - 1 else w for i, w in enumerate(kind)]
    last = {"Center": "centre", "Centre": "centre"}.get(kind[-1], kind[-1].lower())
    np = " ".join(words[:-1] + [plural(last)])
    count = _NUMBER_WORDS[n] if n < 10 else str(n)
    event = named[0]["event"]
    headline = event[1].format(name=f"{count} {np}") if event else f"{count} {np}"
    headline = re.sub(r"^(\w+ \w+.*?) (enters|opens|passes)\b", lambda x: f"{x.group(1)} {x.group(2)[:-1] if x.group(2) != 'passes' else 'pass'}", headline)
    places = [h for h in g.lex.kb.find_all(title_zh[: m.start()], ("place",)) if h.entry.en]
    if places:
        headline += f" in {places[-1].entry.en}"
    return headline[:1].upper() + headline[1:]


_DAY_MONTH = re.compile(r"\b\d{1,2} (?:%s)(?: \d{4})?" % "|".join(MONTHS))


def _places(b: schema.Brief, kinds: dict[str, str], kb, said: str, most: int = 3) -> list[str]:
    """The places the title and summary name that the knowledge base knows and `said` does not (not the
    country every report is about), in the order they name them, as running text names them."""
    text = b.title.zh + "。" + b.summary.zh
    places: list[str] = []
    for zh in sorted((zh for zh, k in kinds.items() if k == "place" and zh in text
                      and not re.search(re.escape(zh) + "学者", text)), key=text.find):  # 长江学者: a title
        en = kb.place(zh)
        if en and en != "China" and en not in said and en not in places:
            places.append(en)
    return [_the_place(x) for x in places[:most]]


_NO_THE = re.compile(r"^the ")  # a headline names a place or a body without its article


def _the_place(name: str) -> str:
    """"the Yangtze River Delta", "the Hainan Free Trade Port": a region named by its kind takes "the"."""
    return "the " + name if re.search(r"\b(?:Delta|[Bb]asin|Area|Region|Zone|Port|River|Plateau|Valley)\b", name) \
        else name


def _who(b: schema.Brief, names: dict[str, str], kinds: dict[str, str], kb=None, actors: bool = False,
         body: bool = False) -> list[str]:
    """The English names of the organisations and people the title and summary name (and, with `body`, the
    rest of the article after them), in the order they name them: people by their Chinese names (two or three
    characters: a longer "person" is a transliteration or a tagging slip); organisations without digits ("90后"
    is a generation, not a body) that are whole names (a body's ending after a name of its own, or one `kb`
    knows: a tagger's fragment, "全国" or "区政府", names nobody); each once."""
    text = b.title.zh + "。" + b.summary.zh + ("。" + _body(b) if body else "")
    found = sorted((text.find(zh), zh) for zh, k in kinds.items() if zh in text and not re.search(r"\d", zh)
                   and (k == "org" and _whole_body(zh, kb) or k == "person" and 2 <= len(zh) <= 3))
    who: list[str] = []
    for at, zh in found:
        en = names.get(zh, "")
        if en and not _CJK.search(en) and en not in who and not any(en in w for w in who):
            office = office_of(text, at, zh) if kinds[zh] == "person" else ""
            if actors and kinds[zh] == "person" and not office:
                continue  # a person the report names without an office may be quoted or likened in passing
            who.append(f"{office} {en}" if office else en)  # "Professor Hu Liuyong"
    return who


_BODY_ENDS = ("大学", "学院", "公司", "集团", "研究院", "研究所", "科学院", "工程院", "医院", "银行", "政府", "委员会",
              "管委会", "局", "厅", "部", "署", "办", "协会", "学会", "基金会", "联合会", "商会", "中心", "实验室", "学校")


def _other_subject(s: str, at: int, names: list[str]) -> bool:
    """Whether the clause an event verb stands in has a body of its own as subject, one no platform of the brief
    is ("记者在X园区看到，科技孵化中心主体工程已完工": the centre's event, not the park's): a kind noun right before
    the verb in a clause that names no platform, lists nothing and does not refer back to one (该中心)."""
    start = max(s.rfind(c, 0, at) for c in "，,：:") + 1
    clause = s[start:at]
    return not any(x in clause for x in names) and not re.search(r"[、和与及]", clause) \
        and not clause.startswith(("该", "这", "其", "此", "项目")) \
        and re.search(r"^[\u4e00-\u9fff]{2,12}(?:中心|基地|实验室|研究院|大楼|厂房|孵化器)主体工程(?:已|正式|顺利|全面)*$",
                      clause) is not None


# A part of a platform named after it (X龙王湾研发基地一期工程, X大楼, X二期): an event of the part, not of X.
_PART_OF = re.compile(r"(?:(?![在于位的和与及将已正是为对把被从])[\u4e00-\u9fff]){0,10}?(?:研发基地|基地|大楼|楼|园区|分中心|分院|分部|校区|"
                      r"孵化中心|服务中心|孵化器)(?:一期|二期|三期)?(?:主体工程|工程|项目)?"
                      r"|(?:一期|二期|三期)(?:工程|项目)?")


def _news_zh(b: schema.Brief) -> str:
    """Where a report says its news: its title, else (a page whose headline was not found) its summary's first
    sentence."""
    return b.title.zh if _CJK.search(b.title.zh) else _SENT_END.split(b.summary.zh)[0]


def _giver(g: Grammar, names: dict[str, str], kinds: dict[str, str], platforms: Optional[dict[str, str]] = None):
    """`who(zh)` for counted news: the English of the person with an office (and the body the office is of) or
    the body the knowledge base knows that `zh` ends with ("科技部部长阴和俊" → "Yin Hejun, minister of the
    Ministry of Science and Technology,"), or None."""
    persons = {zh: names[zh] for zh, k in kinds.items() if k == "person" and 2 <= len(zh) <= 3
               and names.get(zh) and not _CJK.search(names[zh])}
    orgs = {zh: names[zh] for zh, k in kinds.items() if k == "org" and names.get(zh) and not _CJK.search(names[zh])}
    orgs.update(platforms or {})  # the brief's platforms: what a count was added to

    def who(zh: str) -> Optional[str]:
        zh = re.sub(r"^(?:\d{1,2}月\d{1,2}[日号]|当天|当日|昨日|今日|日前|近日)[上下]?午?", "", zh.strip())
        p = next((p for p in persons if zh.endswith(p)), None)
        if p:
            office = re.search("(?:%s)$" % "|".join(sorted(OFFICES, key=len, reverse=True)), zh[:-len(p)])
            if not office:
                return None if zh[:-len(p)] else persons[p]
            rest = zh[:office.start()]
            body = org(rest)
            if not rest:
                return f"{_office_title(OFFICES[office.group(0)])} {persons[p]}"
            return f"{persons[p]}, {OFFICES[office.group(0)]} of {body}," if body else None
        return org(zh)

    def org(zh: str) -> Optional[str]:  # the whole of `zh` a body the tagger or the knowledge base names
        if orgs.get(zh):
            return the_org(orgs[zh])
        hits = [h for h in g.lex.kb.find_all(zh, ("org",)) if h.entry.en and h.end == len(zh)]
        if hits and zh[:hits[-1].start] in ("", "国家", "中国"):
            return the_org(hits[-1].entry.en)
        return None

    return who


def _told_once(lead: str, news: list[str]) -> tuple[str, list[str]]:
    """A paper the lead and the news both tell (published … in the same journal) told once: the news's
    sentence, which has its date, in the lead's place where the lead's has none."""
    sents = _SENT_SPLIT.split(lead) if lead else []
    kept = []
    for x in news:
        j = re.search(r" published .* in ([^.]+)\.$", x)
        k = next((i for i, y in enumerate(sents) if j and " published " in y and y.endswith(f" in {j.group(1)}.")), None)
        if k is None:
            kept.append(x)
        elif x.startswith(("On ", "In ")) and not sents[k].startswith(("On ", "In ")):
            sents[k] = x
    return " ".join(sents), kept


def _bare_name(who: str) -> str:
    """"Professor Hu Liuyong" → "Hu Liuyong": a name as another sentence may give it without its office."""
    for office in sorted(OFFICES.values(), key=len, reverse=True):
        t = " ".join("-".join(w[:1].upper() + w[1:] for w in x.split("-")) for x in office.split(" "))
        if who.startswith(t + " "):
            return who[len(t) + 1:]
    return who


def _whole_body(zh: str, kb=None) -> bool:
    """A body's whole name: a name of its own before its ending (江州大学, not 区政府), or a name `kb` knows."""
    if kb is not None and kb.lookup(zh, ("org",)):
        return True
    end = next((e for e in _BODY_ENDS if zh.endswith(e)), None)
    return end is not None and len(zh) - len(end) >= 2 and zh[: len(zh) - len(end)] not in _BARE_LEVELS


_BARE_LEVELS = ("市", "区", "县", "省", "镇", "市人民", "区人民", "县人民", "省人民", "全国", "国家", "特区", "中央", "地方",
                "全国重点", "国家重点", "省重点", "省级重点", "省级", "市级")  # a kind of body, not one body's name

_HEAD_NOUN = re.compile(r"\b(Center|Centre|Laboratory|Institute|Park|Base|Platform|Zone|Alliance|Exchange|Hub|Academy|"
                        r"Station|Town|City|Harbour|Port|Branch|Building|Consortium|Incubator|Project|Cluster)$")


_COUNT_OF = re.compile(r"^(?:about |nearly |more than |over |at least )?(?:\d[\d,]*|" + SEVERAL +
                       r")\b(?! (?:million|billion)\b)((?: [\w-]+)+)$")


_LINKS = {"of", "in", "for", "under", "with", "to", "at", "on", "by", "from", "per"}


def _its_own(figure: str, name: str) -> bool:
    """Whether a count is said as what the platform has ("The X has …"): not a count of its own kind (a
    laboratory that "has four laboratories" is a count of the region's, as is a base's "seven pilot-scale
    bases"), nor a count whose noun the figure grammar cut short ("two lunar and planetary science": no plural
    after a count of several)."""
    m = _COUNT_OF.match(re.sub(r"\s*\([^)]*\)", "", figure))
    if not m:
        return True  # an amount, an area, computing power: measured, not counted
    words = m.group(1).split()
    units = {w for u in grammar_data()["units"].values() for w in u.lstrip("~ ").split()} | {"units", "sets", "P", "mu"}
    if units & set(words) or set(words) & _LINKS or any(w.endswith("ed") for w in words):
        return True  # "26,000 square metres of space", "200 projects completed": it says what it counts
    last = words[-1]
    if not last.endswith("s") and not re.match(r"(?:1|one|a)\b", figure.split(" than ")[-1]):
        return False
    bare = re.sub(r"\s*\([^)]*\)", "", name)
    kind = _HEAD_NOUN.search(re.split(r",| of | for ", bare)[0].strip()) or _HEAD_NOUN.search(bare.split(",")[0])
    return not (kind and singular(last.lower()) in ({"centre", "center"} if kind.group(1) in ("Center", "Centre")
                                                     else {kind.group(1).lower()}))


def _pronoun(name: str, said: list[str]) -> str:
    """How a sentence after the first names the platform: by its kind ("The laboratory"), as a report does,
    where its name ends in one (before any "of"/"for"/"," that follows the head), and "It" after that."""
    head = re.split(r",| of | for ", re.sub(r"\s*\([^)]*\)", "", name))[0].strip()
    m = _HEAD_NOUN.search(head)
    if not m:
        return "It"
    word = {"Center": "centre"}.get(m.group(1), m.group(1).lower())  # British, as "metres"
    return "It" if any(f"the {word} " in x.lower() for x in said) else "The " + word


def _join_names(names: list[str]) -> str:
    """A list of names; with semicolons where a name has a comma of its own ("X Branch, Y University")."""
    if len(names) > 2 and any("," in n.replace("Co., Ltd.", "") for n in names):
        return "; ".join(names[:-1]) + " and " + names[-1]
    return join_list(names)


def _names_in_text(names: list[str]) -> str:
    """Names as a sentence lists them: "The X University" mid-sentence as "the X University"; with semicolons
    where a name has a comma of its own ("A; Changchun Institute of Applied Chemistry, Chinese Academy of
    Sciences and B")."""
    return _join_names([("the " + n[4:]) if n.startswith("The ") else the_org(n) if n[:1].isupper() else n
                        for n in names])  # "it names the Ministry of …", as running text names a body


def _names(name: str, text: str) -> bool:
    """Whether `text` names the platform itself, not a body named after it ("X Park Group Co., Ltd.")."""
    return name in text and bool(re.search(re.escape(name) + r"(?! [A-Z(])", text))  # (compiled only where it may match)


_GOVERNMENT = re.compile(r"^(?:the )?(.+?)(?: (?:Municipal|Provincial))?(?: People's)? (?:Government|Administrative Committee)$")


def _same_side(a: str, b: str) -> bool:
    """Whether two partners are a place and its government ("Shenzhen Bao'an District" and "Bao'an District
    People's Government", "Wuhu" and "the Wuhu Municipal Government")."""
    ga, gb = _GOVERNMENT.match(a), _GOVERNMENT.match(b)
    if bool(ga) == bool(gb):
        return False
    place, other = (ga.group(1), b) if ga else (gb.group(1), a)
    places = {place, re.sub(r" (?:District|County|City)$", "", place)}
    return any(other == p or other.endswith(" " + p) or p.endswith(" " + other) for p in places)


def _built_by(f: dict) -> str:
    """"built jointly by A and B", "co-built with A" (the article says it is joint), "built by A", "led by A
    together with B" (the article says A leads), or ""."""
    ps = [the_org(x) for x in f["partners"]]
    if not ps:
        return ""
    led = [x for x, p in zip(ps, f["partners"]) if p in f.get("led", ())]
    if len(led) == len(ps):
        return f"led by {_join_names(ps)}"
    if led:  # 由A牵头，联合B共同组建: the lead body first, not one builder among equals
        return f"led by {_join_names(led)} together with {_join_names([x for x in ps if x not in led])}"
    if len(ps) > 1:
        return f"built jointly by {_join_names(ps)}"
    return f"{'co-built with' if f['joint'] else 'built by'} {ps[0]}"


def _also(past: str) -> str:
    """The same event as the platform's before: "{name} was also unveiled", "construction also began on"."""
    if " was " in past:
        return past.replace(" was ", " was also ", 1)
    return re.sub(r"\b(began|opened|signed|passed)\b", r"also \1", past, count=1)


def _event_sentence(past: str, name: str, built: str, where: str) -> str:
    """What happened to a platform, with who builds it beside its name and where after the verb: "the X, built
    by A, was unveiled in Y"; where the name ends the event ("construction began on {name}") the place goes
    before its preposition: "construction began in Y on the X, built by A"."""
    pre, _, post = past.partition("{name}")
    if post.strip():
        np = f"{name}, {built}," if built else name
        return f"{pre}{np}{post}" + (f" in {where}" if where else "")
    if where:
        head, _, prep = pre.rstrip().rpartition(" ")
        pre = f"{head} in {where} {prep} " if head else f"{pre}in {where} "
    return f"{pre}{name}" + (f", {built}" if built else "")


_SUBJECT_WAS = re.compile(r"^((?:On [^A-Z]*?\d \w+(?: \d{4})? )?(?:[Tt]he )?[A-Z][^,]*?) (was|is) (.+)$")


def _same_predicate(sents: list[str]) -> list[str]:
    """Two sentences in a row that say the same of two subjects, as one ("The A was approved in 2021. The B was
    approved in 2021." → "The A and the B were approved in 2021.")."""
    out: list[str] = []
    for x in sents:
        a = _SUBJECT_WAS.match(out[-1]) if out else None
        b = _SUBJECT_WAS.match(x)
        if a and b and a.group(2) == b.group(2) and a.group(3) == b.group(3) and " and " not in a.group(1) \
                and not x.startswith("On "):
            second = b.group(1)[:1].lower() + b.group(1)[1:] if b.group(1).startswith("The ") else b.group(1)
            out[-1] = f"{a.group(1)} and {second} {'were' if a.group(2) == 'was' else 'are'} {a.group(3)}"
        else:
            out.append(x)
    return out


_ALSO = re.compile(r"^(The [A-Z][^,]*?) was also ([a-z][^,]*)\.$")


def _also_together(sents: list[str]) -> list[str]:
    """Sentences in a row that say the same of further platforms, as one: "The B was also unveiled in Xiangyang. The C
    was also unveiled in Xiangyang." → "The B and the C were also unveiled in Xiangyang." (a list of five institutes
    opened at one ceremony had read as five sentences)."""
    out: list[str] = []
    run: list[str] = []  # the subjects of the run, its predicate below
    pred = ""
    for x in sents + [""]:
        m = _ALSO.match(x)
        if m and run and m.group(2) == pred:
            run.append("the " + m.group(1)[4:])
            continue
        if run:
            out.append(f"{join_list(run)} were also {pred}." if len(run) > 1 else f"{run[0]} was also {pred}.")
        run, pred = ([m.group(1)], m.group(2)) if m else ([], "")
        if not m and x:
            out.append(x)
    return out


def _body(b: schema.Brief) -> str:
    """The article without its headline: the first line where it is the title (a report whose first line is
    already its news keeps it: its lead paragraph is what a summary tells first)."""
    first, nl, rest = b.text.partition("\n")
    return rest if nl and b.title.zh.strip() and first.strip() == b.title.zh.strip() else b.text


def _dated_clauses(body: str):
    """The clauses of an article's body (see _body), each with the date clause before it put back in front
    ("5月20日，X揭牌" → "5月20日X揭牌"): what the sentence grammar reads as one news item."""
    for sent in _SENT_END.split(body):
        when = ""
        for c in _CLAUSE.split(sent):
            c = c.strip()
            if DATE_ZH.fullmatch(c):
                when = c
                continue
            if c:
                yield c, when + c
            when = ""


# What opens a list of the things a figure counts: a verb of having or founding before its first member.
_LIST_OPENER = re.compile(r"(?:下设|设有|设立|设置|包括|包含|涵盖|布局|拥有|建有|建立了?|汇聚了?|聚集了?|集聚了?|吸引了?|引进了?|"
                          r"联合|依托|首批|第一批|其中|共有|由|以|设)")
# A member that is a body (研究所, 学院): listed only by its name.
_ONE_BODY = re.compile(r"(?:研究所|研究院|学院|大学|中心|实验室|公司|工厂|医院)$")


def _members(g: Grammar, text: str, s: schema.ScaleItem) -> Optional[tuple[list[str], bool]]:
    """The things a count's clause lists before it ("下设A、B以及C等6个研发单位", "布局A、B、C、D四大核心板块"), in
    English, and whether the list is whole (no 等): None where the clause lists none, or a member (or, for a
    whole list, any member) is one the grammar cannot write. The list opens after a verb of having or founding
    (下设, 包括, 联合, 以…为依托); a member with a figure of its own (4栋数据中心) is not listed."""
    if not s.evidence or not re.search(r"\d|[两二三四五六七八九十]", s.zh):
        return None
    at = s.evidence[0][0]
    if not 0 < at <= len(text):
        return None
    before = re.split(r"[，,；;。！？：:\n]", text[max(0, at - 120):at])[-1]
    # the figure's own clause may start before its span ("A、B等" + "6个研发单位")
    m = re.search(r"等(?:[^\d、]{0,16})$", before)
    whole = m is None
    if m:
        before = before[:m.start()]
    elif not re.search(r"[、]", before) or not re.search(r"[\u4e00-\u9fff]$", before):
        return None
    first = before.find("、")
    opener = None
    for opener in _LIST_OPENER.finditer(before, 0, first if first > 0 else len(before)):
        pass
    if opener is None:
        return None
    # members apart at 、 and a last 以及 (not 和/与, which join the words of one name: 材料与器件实验室)
    parts = [x for x in re.split(r"、|以及", before[opener.end():]) if x.strip()]
    if whole and len(parts) + 1 == s.value and len(re.split(r"和|及|与", parts[-1])) == 2:
        parts[-1:] = re.split(r"和|及|与", parts[-1])  # A、B和C三大平台: the last two joined by 和
    if whole and len(parts) != s.value or not parts:
        return None  # a whole list names as many things as it counts
    out = []
    for zh in parts:
        zh = zh.strip("“”「」\"")
        g.dropped = 0
        en = g.noun_phrase(zh) if not re.search(r"\d", zh) and len(zh) >= 2 else None
        if not en or g.dropped or _CJK.search(en) or _ONE_BODY.search(zh) and not en[:1].isupper():
            # a body is listed by its name (a college the grammar writes word by word may be misnamed)
            if whole:
                return None
            continue
        out.append(the_org(en) if en[:1].isupper() else en)
    return (out, whole) if out else None


# Where a platform is: 位于/坐落于/地处/选址/落户 and the place ("项目位于江州高新区", "位于江州高新区的X").
_SITE_VERB = r"(?:位于|坐落于|坐落在|地处|选址于?|落户于?|落户在|建在|设在)"
_SITE_END = r"(?=[，,。；;、的（(]|$)"
_SITE_CUE = re.compile(_SITE_VERB)
# What a sentence after the one naming the platform calls it (该项目位于…, 中心位于…).
_SITE_SUBJECT = r"(?:该|此)?(?:项目|中心|园区|基地|实验室|研究院|产业园|平台)(?:一期|二期|首期)?"


def _site(g: Grammar, text: str, name_zh: str, name_en: str) -> str:
    """Where the article says a platform is ("X位于Y", "位于Y的X", "X选址Y", or 该项目位于Y in the sentence after
    one naming it), as English names the place: a place or body the knowledge base or the tagger names, the
    smaller place first ("Beihu, Changchun New Area"); "" where it names none, or the place is the platform's
    own name or a part of a place no name covers (高新区内, 天狮路)."""
    if not name_zh:
        return ""
    sents = [x for x in re.split(r"(?<=[。！？\n])", text) if x.strip()]
    for k, sent in enumerate(sents):
        if name_zh not in sent or not _SITE_CUE.search(sent) and not (k + 1 < len(sents) and _SITE_CUE.search(sents[k + 1])):
            continue  # (the patterns below are built per name: only where a sentence has a site verb)
        n = re.escape(name_zh)
        found = re.search(rf"位于([^，,。；;、的]{{2,16}}?)的[^，,。；;]{{0,8}}{n}", sent) or re.search(
            rf"{n}(?:项目)?(?:一期|二期|首期)?(?:项目)?[^，,。；;]{{0,4}}?{_SITE_VERB}([^，,。；;、的]{{2,16}}?){_SITE_END}", sent)
        if not found and k + 1 < len(sents):
            found = re.match(rf"\s*{_SITE_SUBJECT}{_SITE_VERB}([^，,。；;、的]{{2,16}}?){_SITE_END}", sents[k + 1])
        if found:
            en = _place_name(g, found.group(1))
            if en and en not in name_en:
                return en
    return ""


def _place_name(g: Grammar, zh: str) -> str:
    """A place as a name: every piece of it a name the lexicon, the tagger or the knowledge base has."""
    toks = g.tokens(zh)
    if not toks or not all(t.kind == "name" and t.en and not _CJK.search(t.en) for t in toks):
        return ""
    return ", ".join(dict.fromkeys(t.en for t in reversed(toks)))


# A body that approves or lists platforms, and its verb ("科技部批准", "湖南省科技厅公布了…名单", "经X认定").
_APPROVER = re.compile(r"([\u4e00-\u9fff]{2,16}?(?:部|厅|委|局|委员会|办公室|政府|促进会|协会|联合会))"
                       r"(?:正式|近日|日前|已经|已|先后)?(?:批准|公布|发布|认定|批复|印发|同意|审定)")


# What a platform was approved or designated as: the kind of platform after 获批建设/认定为/授予 … ("潍坊市制造业
# 创新中心", "“江苏省实验室”").
_DESIGNATED = re.compile(r"(?:获批建设|获批成为|获批为|被认定为|认定为|被授予|授予|被命名为|命名为)(?:为)?[“「\"]?"
                         r"([^，,。；;、“”「」\"]{2,20}?(?:中心|实验室|平台|基地|孵化器|园区|研究院|示范区))[”」\"]?"
                         r"(?=[，,。；;]|$)")


def _designation(g: Grammar, s: str, platforms: list[str]) -> str:
    """What a sentence says a platform was approved or designated as, with its article ("a Jiangsu Provincial
    Laboratory", "a Weifang manufacturing innovation centre"); "" where it says none, names one of the brief's
    `platforms` (a platform of its own, not what this one became) or the grammar cannot write it whole."""
    m = _DESIGNATED.search(s)
    if not m or m.group(1) in platforms:
        return ""
    g.dropped = 0
    en = g.noun_phrase(m.group(1))
    if not en or g.dropped or _CJK.search(en):
        return ""
    if en.split()[-1][:1].isupper():  # a designation's own name (江苏省实验室): one of its kind
        return en if en.startswith(("a ", "an ", "the ")) else ("an " if en[:1] in "AEIOU" else "a ") + en
    return with_article(singular_head(en))


def _approver(g: Grammar, s: str) -> str:
    """Who approved what a sentence tells was approved: the body right before 批准/公布/认定 …, as the knowledge
    base or the tagger names it (a province before a provincial department: "Liaoning Provincial Department of
    Science and Technology"); "" where none is named or the name is not known."""
    for m in _APPROVER.finditer(s):
        zh = m.group(1)
        for i in range(len(zh) - 1):  # the longest known name that ends at the verb
            toks = g.tokens(zh[i:])
            if not toks or any(t.kind != "name" or not t.en or _CJK.search(t.en) for t in toks) or len(toks) > 2:
                continue
            if len(toks) == 1 and "place" not in toks[0].senses:
                return toks[0].en
            if len(toks) == 2 and "place" in toks[0].senses:  # 江西省 + 科技厅: the province's department
                level = {"省": "Provincial ", "市": "Municipal "}.get(toks[0].zh[-1], "")
                body = toks[1].en if toks[1].en.startswith(("Provincial ", "Municipal ")) else level + toks[1].en
                if body.startswith(("Provincial ", "Municipal ")):
                    return f"{toks[0].en} {body}"
    return ""


# When a platform is to be finished or opened: 预计/计划/将于 + a year (month, end, half) + the verb.
_DUE = re.compile(r"(?:预计|计划|将于|将在|力争|争取|拟于|有望|将)(?:于|在)?((?:(?:19|20)\d\d|今|明)年(?:(\d{1,2})月)?"
                  r"(底|末|年底|上半年|下半年)?)(?:前)?(?:全面|正式|基本|全部|可以|可|能)?"
                  r"(建成投用|建成投产|建成使用|建成|竣工|完工|投入使用|投用|投入运营|投运|交付|投产|开园|开业)")
_DUE_VERB = {"建成": "is due for completion", "竣工": "is due for completion", "完工": "is due for completion",
             "交付": "is due for delivery", "投产": "is due to start production", "建成投产": "is due to start production"}


def _aliases(text: str, name_zh: str) -> list[str]:
    """The short names an article gives a platform right after its full name ("X（以下简称“Y”）")."""
    if not name_zh or "简称" not in text:
        return []
    return [m.group(1) for m in re.finditer(re.escape(name_zh) + r"(?:项目)?[（(](?:以下)?简称[：:]?[“\"「]?"
                                            r"([^”\"」)）]{2,12})[”\"」]?[)）]", text)]


def _due(sent: str, name_zh: str, others: list[str]) -> str:
    """When a sentence says the platform is to be finished or opened ("X预计2024年底竣工" → "is due for completion
    at the end of 2024"; 投用, 开园: "is due to open"): the first such clause after its name with no other
    platform named between; "" where none."""
    at = sent.find(name_zh)
    if at < 0:
        return ""
    for m in _DUE.finditer(sent, at + len(name_zh)):
        if any(o in sent[at + len(name_zh):m.start()] for o in others):
            return ""
        year, month, part = m.group(1).split("年")[0], m.group(2), m.group(3) or ""
        year = {"今": "this year", "明": "next year"}.get(year, year)
        if month and 1 <= int(month) <= 12:
            when = f"in {MONTHS[int(month) - 1]}" + ("" if year in ("this year", "next year") else f" {year}")
            when = f"at the end of {MONTHS[int(month) - 1]}" + ("" if len(year) > 4 else f" {year}") if part in ("底", "末") \
                else when + (" this year" if year == "this year" else "")
        elif part in ("底", "末", "年底"):
            when = f"at the end of {'the year' if year == 'this year' else year}"
        elif part in ("上半年", "下半年"):
            when = f"in the {'first' if part == '上半年' else 'second'} half of {'the year' if year == 'this year' else year}"
        else:
            when = year if year in ("this year", "next year") else f"in {year}"
        return f"{_DUE_VERB.get(m.group(4), 'is due to open')} {when}"
    return ""


# A batch of projects a ceremony signs or starts, with their investment ("总投资超160亿元的36个产业项目集中签约",
# "30个重大项目集中开工，…总投资达391亿元", "签约项目共28个，签约投资金额111亿元").
_BATCH_COUNT = re.compile(r"(\d+)个([^，,。；;、\d]{0,6}?)项目|项目(?:共|总计|合计)?(\d+)个")
_BATCH_VERB = re.compile(r"开竣工|签约|开工|竣工|投产")
_BATCH_MONEY = re.compile(r"(?:计划总投资|总投资额|投资总额|签约投资金额|签约金额|投资金额|总投资)(?:约|超过|超|近|达|逾)?"
                          r"\d+(?:\.\d+)?(?:万|亿)元")
_BATCH_DONE = {"签约": "{n} were signed", "开工": "construction began on {n}", "竣工": "{n} were completed",
               "开竣工": "{n} were started or completed", "投产": "{n} went into production"}


def _projects(g: Grammar, body: str) -> str:
    """The batch of projects the report's opening sentences say a ceremony signed or started, with their total
    investment ("Thirty-six industry projects with a total investment of more than 16 billion yuan were
    signed"); "" where no sentence gives the count, the verb and the investment together."""
    for sent in _SENT_END.split(body)[:8]:
        count, verb, money = _BATCH_COUNT.search(sent), _BATCH_VERB.search(sent), _BATCH_MONEY.search(sent)
        if not (count and verb and money):
            continue
        n = int(count.group(1) or count.group(3))
        g.dropped = 0
        kind = g.noun_phrase(count.group(2) + "项目") if count.group(2) else None
        what = kind if kind and not g.dropped and not _CJK.search(kind) and kind.endswith("projects") else "projects"
        amount = re.search(r"(\d+(?:\.\d+)?)((?:万|亿)元)", money.group(0))
        fig = ScaleWriter(g).write(money.group(0), float(amount.group(1)), amount.group(2))
        if n < 2 or not fig:
            continue
        done = _BATCH_DONE[verb.group(0)]
        # a count opens a sentence in words ("Thirty-six projects …"); inside one, ten and more in figures
        count_en = _count_words(n) if done.startswith("{n}") or n < 10 else f"{n:,}"
        what = f"{count_en} {what}" + (f" with a {fig}" if fig.startswith("total investment of ") else f" worth {fig}")
        return _sentence(done.format(n=what))
    return ""


_BATCH_HEADLINE = {"签约": "{place} signs {n}", "开工": "{n} break ground in {place}", "竣工": "{n} completed in {place}",
                   "开竣工": "{n} started or completed in {place}", "投产": "{n} go into production in {place}"}


def _projects_headline(g: Grammar, title: str) -> str:
    """A title that counts the projects a place signed or started, with their money ("荣昌集中签约亿元以上项目55个
    揽金202.79亿元" → "Rongchang signs 55 projects worth 20.3 billion yuan"); "" where the title does not give the
    count, the verb, a place the knowledge base knows before the verb, and the amount."""
    count, verb = _BATCH_COUNT.search(title), _BATCH_VERB.search(title)
    money = re.search(r"(\d+(?:\.\d+)?)((?:万|亿)元)", title)
    if not (count and verb and money):
        return ""
    places = [h for h in g.lex.kb.find_all(title[:verb.start()], ("place",)) if h.entry.en]
    n = int(count.group(1) or count.group(3))
    fig = ScaleWriter(g).write(money.group(0), float(money.group(1)), money.group(2))
    if n < 2 or not places or not fig or not re.match(r"(?:about |over |more than |nearly )?[\d.,]+ (?:million |billion )?yuan$", fig):
        return ""
    what = f"{n if n >= 10 else _NUMBER_WORDS[n]} projects worth {fig}"
    t = _BATCH_HEADLINE[verb.group(0)].format(n=what, place=places[-1].entry.en)
    return t[:1].upper() + t[1:]


def _distinct_figures(scale: list[schema.ScaleItem]) -> list[str]:
    """The figures a summary sentence lists: each once (the same figure read twice, as "18,000 server cabinets"
    and "capacity for 18,000 servers", is said once), none that says nothing of what it counts, ends in a
    preposition (a phrase the figure grammar cut short) or tells how it is built ("built in two phases": no thing
    it has)."""
    out, seen = [], set()
    areas = [s.en for s in scale if s.en and _AREA_UNIT.search(s.en)]
    for s in scale:
        en = s.en
        if en and _BARE_AREA.match(en) and len(areas) == 1:
            # "8.5万平方米" the one area it has: an area, said as one ("has an area of 85,000 square metres"); beside
            # another (its site, its floor space) what a bare one measures is unknown
            en = f"area of {en}"
        if not en or _BARE_FIGURE.match(en) or en.split()[-1] in ("on", "in", "of", "for", "to", "with", "by") \
                or re.match(r"(?:built|constructed|developed|completed|divided|launched)\b", en) \
                or re.match(r"[\d.,]+ the\b", en):  # "5 the world": a phrase the figure grammar cut short
            continue
        figure = re.search(r"\d[\d,.]{2,}(?: (?:million|billion|trillion))?|\d+(?:\.\d+)? (?:million|billion|trillion)",
                           en)  # a small count (2 laboratories, 2 universities) may well be two figures
        key = figure.group(0) if figure else en
        if key in seen:
            continue
        seen.add(key)
        out.append(en)
    return out


# Words before a figure in its clause that make it a plan, not what exists (计划5年内孵化, 预计可引入, 建成后可入驻).
_PLAN_CUE = re.compile(r"计划|预计|拟|力争|争取|有望|将|规划建设|规划建成|建成后|达产后|未来|[到至]\d{4}年")
# An English figure that already says it is a plan ("planned total investment", "to be invested", "by 2025").
_SAYS_PLANNED = re.compile(r"\bplanned\b|\bto be\b|\bby \d{4}\b")


def _planned(text: str, s: schema.ScaleItem) -> bool:
    """Whether a figure is one of a plan: a plan's cue in its clause before the figure, and the figure's English
    does not already say so."""
    if not s.en or _SAYS_PLANNED.search(s.en):
        return False
    at = s.evidence[0][0] if s.evidence else -1
    before = text[max(0, at - 30):at] if 0 <= at <= len(text) else ""
    before = re.split(r"[，,；;。！？\n]", before)[-1] if before else ""
    figure = re.search(r"\d", s.zh)
    return bool(_PLAN_CUE.search(before + (s.zh[:figure.start()] if figure else s.zh)))


def _sentences_of(text: str, spans: list[tuple[int, int]]) -> list[str]:
    """The sentences of `text` that hold these spans, in article order, each once."""
    out, seen = [], set()
    for a, _ in sorted(spans)[:12]:
        if not (0 <= a < len(text)):
            continue
        s = max(text.rfind(c, 0, a) for c in "。！？!?\n") + 1  # 0 when none: the text's first sentence
        e = _SENT_END.search(text, a)
        e = e.end() if e else len(text)
        if s not in seen:
            seen.add(s)
            out.append(text[s:e])
    return out


def _report_date(body: str, pub: Optional[tuple[int, int, bool]] = None) -> str:
    """The date a news report opens with ("9月30日，X在Y揭牌"): the first day-and-month in the opening lines of
    its body (see _body), not a publication stamp (发布时间: 2023年07月18日, zero-padded as page furniture writes
    it); else a bare day ("10日在赣州揭牌") or 今天 read against the report's own date (`pub`, see _published)."""
    for m in DATE_ZH.finditer(body[:300]):
        before = body[max(0, m.start() - 8):m.start()]
        if re.search(r"(?:发布|时间|日期|更新)\S{0,3}[:：]?\s*$", before) or re.search(r"(?:^|年)0\d月|月0\d日", m.group(0)):
            continue
        return _date_en(m.group(0))
    cues = [c for e in grammar_data()["events"] for c in e["zh"]]
    for sent in _SENT_END.split(body[:300]):
        if any(c in sent for c in cues):  # the first sentence that tells of an event
            return _day_of(sent, pub, cues)
    return ""


_BARE_DAY = re.compile(r"(?<![\d月年号])(\d{1,2})日(?![内以起前后])")
_STAMP = re.compile(r"(?:19|20)\d\d[-/年](\d{1,2})[-/月](\d{1,2})")


def _published(removed: list[schema.Removed]) -> Optional[tuple[int, int, bool]]:
    """The report's own date from what cleaning took off its page: (month, day, from a dateline). A dateline
    ("中新网赣州10月10日电") dates the report; a page's time stamp ("2019-06-18 19:54") may be a later re-post's."""
    for r in removed:
        m = DATE_ZH.search(r.text)
        if "dateline" in r.reason and m:
            return int(m.group(2)), int(m.group(3)), True
    for r in removed:
        m = _STAMP.search(r.text)
        if m:
            return int(m.group(1)), int(m.group(2)), False
    return None


def _day_of(s: str, pub: Optional[tuple[int, int, bool]], cues) -> str:
    """The day of the event a sentence tells, where it names the day without its month ("17日，…动工仪式在X举行",
    "X10日在Y揭牌成立") or as 今天: in the report's month (`pub`), where the day is not after the report's
    (a dateline's), or within the week before it (a page stamp, which a re-post may have moved). The day must
    come before the first clause with an event verb (`cues`: 揭牌, 开工 …, not 启动区), with no other date between.
    Without the report's date the day reads as a report without a month gives it: "the 7th"."""
    if pub and not 1 <= pub[0] <= 12:
        return ""
    month, day, dateline = pub or (0, 31, False)
    clauses = _CLAUSE.split(s)
    k = next((i for i, c in enumerate(clauses) if any(x in c and re.search(re.escape(x) + "(?![区园])", c) for x in cues)),
             None)
    if k is None:
        return ""
    before = "，".join(clauses[:k + 1])
    cue = min((before.find(x, len(before) - len(clauses[k])) for x in cues if x in clauses[k]), default=len(before))
    before = before[:cue]
    found = list(_BARE_DAY.finditer(before))
    if found and not DATE_ZH.search(before[found[-1].end():]) and not re.search(r"\d{4}年", before[found[-1].end():]):
        d = int(found[-1].group(1))
        if not pub and 1 <= d <= 31:  # no month to read it against (7日在台南举行): "the 7th", as a report says it
            return f"the {_ordinal(d)}"
        if 1 <= d <= day and (dateline or day - d <= 7):
            return f"{d} {MONTHS[month - 1]}"
    elif not found and pub and dateline and re.search(r"今天|今日", before) and not DATE_ZH.search(before):
        return f"{day} {MONTHS[month - 1]}"
    return ""


_ORDINAL_DAY = re.compile(r"\bthe \d{1,2}(?:st|nd|rd|th)\b")


def _ordinal(d: int) -> str:
    return f"{d}{'th' if 10 <= d % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(d % 10, 'th')}"


_PAST_LEAD = re.compile(r"^(?:The |An? )?[^.]*? (?:was|were|signed|held|opened|began|passed|convened|established|"
                        r"launched)\b")
_MONTH = re.compile(r"\b(?:%s)\b" % "|".join(MONTHS))


def _dated(summary: str, when: str) -> str:
    """The report's date on the summary's first sentence where no sentence has one and the first tells what
    happened ("On 30 September the exchange was unveiled in Nansha")."""
    if not when or not summary or _MONTH.search(summary) or _ORDINAL_DAY.search(summary):
        return summary
    sents = _SENT_SPLIT.split(summary)
    k = next((i for i, x in enumerate(sents[:3])
              if _PAST_LEAD.match(x.replace("Co.,", "Co,").replace("Ltd.", "Ltd"))), None)  # "Co., Ltd." ends none
    if k is not None and re.search(r"\brecently\b|\bin (?:[A-Z][a-z]+ )?(?:19|20)\d\d\b", sents[k]):
        return summary  # 日前/近日, or a year of its own ("launched in 2018"): the report's date is not the event's
    if k is None:
        return summary
    first = sents[k][:1].lower() + sents[k][1:] if sents[k].startswith(("The ", "An ", "A ", "Construction ")) \
        else sents[k]
    sents[k] = f"On {when} {first}"
    return " ".join(sents)


def _date_en(s: str) -> str:
    m = DATE_ZH.search(s)
    if not m or not 1 <= int(m.group(2)) <= 12:
        return ""
    return date_match_en(m)


def _place_en(g: Grammar, s: str, name_zh: str, name_en: str, cues: tuple[str, ...] = ()) -> str:
    """Where the event took place: the places after 在/于 right before its verb (在广州南沙正式揭牌), or where
    its ceremony was held (开工仪式在东莞松山湖举行), outside the platform's own name."""
    s = s.replace(name_zh, "")
    cue = next((s.find(c) for c in cues if c in s), -1)
    m = None
    for m in re.finditer(r"[在于]([\u4e00-\u9fff]{2,12}?)(?:正式|隆重|举行|举办|顺利)*$", s[:cue] if cue > 0 else ""):
        pass
    if m is None and cue >= 0:  # X开工仪式在Y举行; 在Y举行…X揭牌仪式
        m = re.match(r"[^，,。；;在]{0,16}?(?:仪式|典礼|活动|大会)(?:近日|日前|当天|今天|今日|昨天|上午|下午)*在"
                     r"([\u4e00-\u9fff]{2,12}?)(?:隆重|正式|顺利)*(?:举行|举办|召开)", s[cue:]) or \
            re.search(r"在([\u4e00-\u9fff]{2,12}?)(?:隆重|正式|顺利)*(?:举行|举办)[^，,。；;在]{0,20}$", s[:cue])
    if m is None:
        return ""
    s = m.group(1)
    found = [h for h in g.lex.kb.find_all(s, ("place",)) if h.entry.en and h.entry.en not in name_en
             and not re.fullmatch(r"[东西南北中]区", s[h.start:h.end])]  # 园区东区: the park's eastern section
    if not found:
        return ""
    last = found[-1]
    prev = [h for h in found if h.end == last.start and h.entry.en != last.entry.en]
    en = last.entry.en
    return f"{en}, {prev[-1].entry.en}" if prev else en


def _the(name: str) -> str:
    """"the Guangzhou Data Exchange": a platform named by kind takes "the" in running text."""
    if name.split()[0] in ("The", "the") or re.match(r"^[A-Z]{2,}\b", name) and not _KIND_WORD.search(name):
        return name  # CNOOC, but the SME Innovation … Park
    return "the " + name


# Headline events that happen where the platform stands (its site is where they happened).
_AT_SITE = ("enters service", "opens", "construction starts on {name}", "completion acceptance", "topped out",
            "completed", "set up")
# A count a sentence spells out, read as its figure ("twenty-eight" → "28"), by the phrase grammar's count table.
_SPELLED = re.compile(rf"\b{COUNT_WORD}\b")
_COUNT_VALUE = {_count_words(k): str(k) for k in range(2, 100)}
_FUNCTION_WORDS = frozenset("the a an of and in to for on at by with its it is be as from into this that will was were "
                            "are has have which their they also more than about".split())


def _content_words(s: str) -> set[str]:
    """The lower-case words and figures of English text, less its function words."""
    s = _SPELLED.sub(lambda m: _COUNT_VALUE.get(m.group(0), m.group(0)), s.lower())  # "Twenty-eight projects": 28
    return {w for w in re.findall(r"[a-z0-9]+", s) if w not in _FUNCTION_WORDS}


_ONE_FULL_STOP = re.compile(r"(?<=\.)\.(?=\s|$)")


def _sentence(s: str) -> str:
    s = _clean(s)
    return (s[:1].upper() + s[1:] + ("" if s.endswith(".") else ".")) if s else ""


def _clean(s: str) -> str:
    s = re.sub(r"\s+", " ", s).strip()
    s = _SAID_TWICE.sub(r"\1", s)  # "jointly jointly established": two cues of one sense (联合…共同) said once
    return re.sub(r"\s+([,.;:])", r"\1", s)


# An adverb or verb said twice in a row (never a figure or a name: "that that" and "New New" stay as written)
_SAID_TWICE = re.compile(r"\b([a-z]{2,}ly|established|built|jointly) \1\b")


_MEASURE_HEAD = re.compile(r"^(?:total |planned |first-day |annual |registered |budgeted )*(?:[a-z-]+ )?"
                           r"(?:area|investment|investment scale|revenue|output|capital|computing power|turnover|"
                           r"scale|construction scale) of ")


_FLOOR_AREA = re.compile(r"(?:total )?((?:planned )?)(?:total )?(?:floor|construction|building|gross floor) area of "
                         r"(?=(?:about |nearly |more than |over )?[\d.,]+(?: million)? square metres$)")
_SITE_AREA = re.compile(r"((?:total |planned )*)(?:site|land) area of ")
# What follows a figure that is a quantity, not a count of things (1 mu, 5 billion yuan, 3 times).
_UNIT_AFTER = re.compile(r"(?:mu|square|cubic|kilo|metre|yuan|tonne|hectare|ton|gigawatt|megawatt|billion|million|"
                         r"thousand|times|[a-z]{1,2}\b)")


def _a_measure(en: str) -> str:
    """"total investment of …" → "a total investment of …" as the object of "has"; a count of one reads "a"
    ("has a laboratory headquarters", not "has 1 laboratory headquarters"); two to nine things are spelled out
    ("has four core sectors"), as news writes a small count."""
    if re.match(r"1 [a-z]", en) and not _UNIT_AFTER.match(en, 2):
        en = en[2:]
        return indefinite_article(en) + en
    m = _FLOOR_AREA.match(en)
    if m:  # "total floor area of 8,600 square metres" → "8,600 square metres of floor space", as a report says it
        return f"{en[m.end():]} of {m.group(1) or ''}floor space"
    if re.match(r"[2-9] (?:[a-z]|[A-Z][A-Z&]+[ -])", en) and not _UNIT_AFTER.match(en, 2):  # a count of things, as news spells it
        return _NUMBER_WORDS[int(en[0])] + en[1:]
    return indefinite_article(en) + en if _MEASURE_HEAD.match(en) else en


@functools.lru_cache(maxsize=1)
def _verb_after_np() -> re.Pattern:
    """Where a goal that opens with a noun phrase goes on with a verb ("X support and provide Y")."""
    verbs = "|".join(sorted(_verb_starts(), key=len, reverse=True))
    return re.compile(rf"(?:,| and) (?=(?:{verbs})\b)")


@functools.lru_cache(maxsize=1)
def _verb_starts() -> frozenset[str]:
    """First words of the verbs a goal may open with: the lexicon's, and those the phrase grammar writes itself
    ("conduct research", "pursue cooperation"): a goal that opens with one reads "will …" in the summary (as
    news writes a platform's aims, and the gold summaries three times as often as "aims to")."""
    from .lexicon import running_words

    return frozenset(v["v"].split("|")[0].split()[0] for v in running_words().values() if "v" in v) | frozenset(_GOAL_VERBS)


def _known_word(zh: str) -> bool:
    from .lexicon import running_words

    return zh in running_words()


# A model's goal is a sentence ("To build X.", "Conducting X, serving Y and becoming Z."); a goal in a brief is
# a verb phrase, as the phrase grammar writes it and as a report lists aims ("build X and serve Y").
_GOAL_OPENERS = re.compile(r"^(?:(?:the|its|their) (?:main |overall )?(?:goal|aim|objective|purpose) is (?:to )?|"
                           r"(?:it |they |the \w+ )?(?:aims?|aiming|strives?|striving|seeks?|plans?) to |"
                           r"with the (?:goal|aim) of |in order to |so as to |to )", re.I)
# Verbs a goal opens with besides the lexicon's (a model writes these for 开展, 致力于, 推进 …).
_GOAL_VERBS = ("conduct", "construct", "pursue", "advance", "accelerate", "cultivate", "facilitate", "realise",
               "realize", "nurture", "boost", "enable", "spur", "encourage", "offer", "turn", "bring", "keep",
               "continue", "position", "gather", "aggregate", "contribute", "achieve", "innovate", "leverage")


@functools.lru_cache(maxsize=1)
def _gerunds() -> dict[str, str]:
    """"building" → "build", over the lexicon's verbs and the goal verbs above."""
    from .phrases import gerund

    return {gerund(v).lower(): v for v in _verb_starts()}


def join_goal(clauses: list[str]) -> str:
    """Verb phrases of one goal as one ("build X, serve Y and become Z"); "while …-ing" hangs on the one before."""
    joined: list[str] = []
    waiting = ""  # a "while …" clause that opens the goal hangs on the clause after it
    for en in clauses:
        if en.startswith("while ") and joined:
            joined[-1] += f", {en}"
            continue
        if en.startswith("while "):
            waiting = f"{waiting}, {en}" if waiting else en
            continue
        if waiting:
            en, waiting = f"{en} {waiting}", ""
        verb = next((v for v in _SHARED_VERBS if en.startswith(v + " ")), None)
        if verb and len(clauses) == 2 and joined and joined[-1].startswith(verb + " ") \
                and " and " not in joined[-1] and " and " not in en:
            joined[-1] += " and " + en[len(verb) + 1:]  # "focus on X", "focus on Y": "focus on X and Y" (a goal of
            continue  # two clauses only: in a longer list a second "and" would blur which object is whose)
        joined.append(en)
    if waiting:
        return ""  # only "while …": what it goes with was left out
    return _clean(join_list(joined))


# Verbs two clauses of a goal may share, said once ("focus on X and Y", not "focus on X and focus on Y").
_SHARED_VERBS = ("focus on", "build", "drive", "promote", "serve", "strengthen", "carry out", "provide", "foster",
                 "attract", "advance")


def goal_phrase(en: str) -> str:
    """A model's English goal as a verb phrase: openers ("To", "The goal is to") and the final full stop dropped,
    a leading gerund and the gerunds of its list in base form ("Conducting X and serving Y" → "conduct X and
    serve Y"), the first letter lower-case unless it begins a name or acronym."""
    s = en.strip()
    if s.count("“") < s.count("”") or s.count('"') % 2:  # a quote the clause cut left open or closed alone
        s = s.rstrip('"”').strip()
    s = s.rstrip(".").strip()
    for _ in range(2):
        s = _GOAL_OPENERS.sub("", s, count=1)
    if not s:
        return ""
    first, _, rest = s.partition(" ")
    base = _gerunds().get(first.lower())
    if base:  # the verbs of the same list read in the same form
        s = " ".join([base] + [rest]) if rest else base
        s = re.sub(r"(,\s*(?:and\s+)?|\band\s+)([A-Za-z]+ing)\b",
                   lambda m: m.group(1) + _gerunds().get(m.group(2).lower(), m.group(2)), s)
        first = base
    if first[:1].isupper() and first[1:2].islower() and (
            first.lower() in _verb_starts() or first.lower() in _common_words()):
        s = s[0].lower() + s[1:]
    return s


@functools.lru_cache(maxsize=1)
def _common_words() -> frozenset[str]:
    """Lower-case single words of the running-text lexicon's English: such a first word is no name."""
    from .lexicon import running_words

    out = set()
    for senses in running_words().values():
        for en in senses.values():
            for w in re.split(r"[|\s]+", en):
                if w.isalpha() and w.islower():
                    out.add(w)
    return frozenset(out)

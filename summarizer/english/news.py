"""What a report with no platform tells, as English news says it, for its English summary: who published a
paper in which journal ("A team led by Professor Yuan Mingjian at Nankai University published a review in
Science"), what was launched from where ("China launched … from the Xichang Satellite Launch Center on a Long
March 3B rocket"), and who led a delegation to visit which body.

Each is a fixed shape of S&T news read off one sentence of the article; its actors are only the people and
bodies the tagger or the knowledge base named (`persons`, `orgs`), the journal only one the grammar data names
or the article writes in Latin letters. A sentence whose shape or actors cannot be read gives nothing (never a
gloss, never a guessed actor).
"""
from __future__ import annotations

import re
from typing import Callable, Optional

from .lexicon import MONTHS, date_match_en
from .people import OFFICES, office_of
from .phrases import join_list

_SENT = re.compile(r"[。！？!?\n；;]")
_CLAUSE = re.compile(r"[，,：:]")
_PUBLISH = re.compile(r"(?:在线)?(?:发表|刊发|刊登|连发|发文)")
# A journal: a title in book marks, or a Latin journal name the article writes bare ("发表在Nature上").
_JOURNAL = re.compile(r"《([^》]{1,24})》|(?<![A-Za-z])(Nature(?: [A-Z][a-z]+)?|Science(?: [A-Z][a-z]+)?|Cell|PNAS)"
                      r"(?![A-Za-z])")
# A report about a journal's statement (《Nature》发布消息称), not a paper in it.
_STATEMENT = re.compile(r"称|消息|据|报道|统计|数据显示|为题")
_NOT_DONE = re.compile(r"将于|将在|将|拟|计划|预计|有望|即将")
_PLANNED = re.compile(r"将于|将在|计划|拟|预计|有望|即将")  # 将 alone is also 成功将X发射: done
_DATE = re.compile(r"(?:(\d{4})年)?(\d{1,2})月(\d{1,2})[日号]")
_MONTH_ONLY = re.compile(r"(?:(\d{4})年|今年)?(\d{1,2})月(?:初|上旬|中旬|下旬|底|末)?(?![\d日号份])")
_TEAM = re.compile(r"^(?:研究团队|科研团队|团队|课题组|研究组)")
# Who published, where the report names no person: researchers of a country, as a kind of people.
_SCHOLARS = {"学者": "scholars", "科学家": "scientists", "研究人员": "researchers", "科研人员": "researchers"}
_OF_CHINA = ("中国", "我国")
_NUMBERS = {"一": 1, "两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
_WORDS = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
_ROCKET = re.compile(r"长征([一二三四五六七八九十]{1,2})号([甲乙丙丁])?")
_ROCKET_SUFFIX = {"甲": "A", "乙": "B", "丙": "C", "丁": "D"}
_SITE = re.compile(r"(?:在|从|于)([\u4e00-\u9fff]{2,14}?(?:发射中心|发射场|发射基地))")
_LAUNCHED = re.compile(r"(?:成功)?(?:发射升空|发射入轨|发射成功|成功发射|发射)")
_VISIT = re.compile(r"一行(?:\S{0,4}?)(?:来到|到|赴|莅临|走进|前往|深入)(.{2,60}?)(?:进行|开展)?(?:实地)?(?:调研|考察|参观|视察|走访)")


def news_sentences(text: str, persons: dict[str, str], orgs: dict[str, str], journals: dict[str, str],
                   org_in: Callable[..., list[tuple[int, int, str]]], np: Callable[[str], Optional[str]],
                   most: int = 3) -> list[str]:
    """Up to `most` English sentences of papers, launches and visits the article's sentences tell, in article
    order. `persons`, `orgs`: Chinese → English names the tagger found; `org_in(s, kinds)`: (start, end, English)
    of the bodies (or, given kinds, places) the knowledge base knows in `s`; `np(zh)`: the phrase grammar's English noun phrase or None."""
    out: list[str] = []
    said = ""
    for sent in _SENT.split(text):
        if len(out) >= most:
            break
        s = sent.strip()
        if not s:
            continue
        en = _paper(s, persons, orgs, journals, org_in, said) or _launch(s, orgs, org_in, np) or \
            _visit(s, persons, orgs, org_in) or _ceremony(s, orgs, org_in, np)
        if not en:
            continue
        key = _undated(en)
        same = next((k for k, x in enumerate(out) if _undated(x) == key), None)
        if same is None:
            out.append(en)
        elif en != key and out[same] == _cap(key):  # the same news told again with its date: the dated one
            out[same] = en
        if "team led by" in en:
            said = "team"
        elif re.search(r"\b(?:Professor|Academician|Fellow|colleagues)\b", en):
            said = said or "they"
    if all(_NO_ACTOR.match(x) for x in out):
        # no paper, launch or visit with its doer: the team whose work the report tells of, where it names one
        team = next((t for t in (_team(x.strip(), persons, orgs, org_in) for x in _SENT.split(text)) if t), "")
        if team:
            out.insert(0, f"The report tells of the work of {team}.")
    return out


_NO_ACTOR = re.compile(r"(?:(?:On|In) [^.]*? )?[Tt]he results were published")  # a paper told without its doer


def _team(s: str, persons, orgs, org_in) -> str:
    """"a team led by X at Y" where a sentence names a person's team as the doer of its clause (not a partner
    of another's: 与X团队合作)."""
    for p in sorted((p for p in persons if p in s), key=s.find):
        at = s.find(p)
        offices = "|".join(OFFICES)
        others = "|".join(map(re.escape, (q for q in persons if q != p))) or "(?!)"
        m = re.match(rf"(?:{offices})?(?:[和与、](?:{others})(?:{offices})?)?(?:的)?(?:研究团队|科研团队|团队|课题组)",
                     s[at + len(p):])  # 张华教授和李明院士团队: a team two lead
        clause = _CLAUSE.split(s[:at])[-1]
        if not m or re.search(r"[与和同跟]", clause[-14:]):
            continue
        team = s[at:at + len(p) + m.end()]  # this person and the one who leads the team with them
        who = _author(s[:at + len(p) + m.end()], {q: en for q, en in persons.items() if q in team}, orgs, org_in)
        if who and who.startswith("a team led by"):
            return who
    return ""


def tells_news(sentence: str) -> bool:
    """Whether a sentence may tell a paper, a launch or a visit (the pipeline tags its names for this module)."""
    return bool(_PUBLISH.search(sentence) and _JOURNAL.search(sentence) or _LAUNCHED.search(sentence)
                and _SITE.search(sentence) or _VISIT.search(sentence) or _CEREMONY.search(sentence))


def _undated(en: str) -> str:
    return _cap(re.sub(r"^(?:On|In) \d*\s?[A-Z][a-z]+(?: \d{4})? ", "", en))


# ---- papers -------------------------------------------------------------------------------------------------
def _journal_en(m: re.Match, journals: dict[str, str], clause: str = "") -> Optional[str]:
    if m.group(2):  # "Nature系列期刊", "Nature子刊": one of that family's journals
        return f"a {m.group(2)}-family journal" if re.match(r"(?:系列)?(?:期刊|子刊)", clause[m.end():]) else m.group(2)
    t = m.group(1).strip()
    if t in journals:
        return journals[t]
    return t if re.fullmatch(r"[A-Za-z][A-Za-z .&-]{2,40}", t) else None


def _paper(s: str, persons, orgs, journals, org_in, said: str) -> Optional[str]:
    """One sentence of a paper: "[When] A published [n papers] in J", "J published a paper by A", "the results
    were published in J"; `said`: "team" or "they" where a sentence before named the authors."""
    for verb in _PUBLISH.finditer(s):
        en = _paper_at(s, verb, persons, orgs, journals, org_in, said)
        if en:
            return en
    return None


def _paper_at(s: str, verb: re.Match, persons, orgs, journals, org_in, said: str) -> Optional[str]:
    if _NOT_DONE.search(s[max(0, verb.start() - 4):verb.start()]) or s[verb.end():verb.end() + 1] == "的":
        return None  # 将发表, 发表的文章: no paper published here
    at = 0
    for c in _CLAUSE.split(s):  # the clause that holds the verb
        if at + len(c) >= verb.end():
            break
        at += len(c) + 1
    clause = s[at:at + len(c)]
    js = [(m, _journal_en(m, journals, clause)) for m in _JOURNAL.finditer(clause)]
    js = [(m, j) for m, j in js if j]
    if not js or _STATEMENT.search(clause):
        return None
    # a journal named twice ("Nature子刊《自然·通讯》"): the more exact name
    names = [j for _, j in js]
    if any(n != o and o.startswith(n.replace("a ", "").split("-")[0]) for n in names for o in names):
        names = [n for n in names if not any(o != n and o.startswith(n.replace("a ", "").split("-")[0])
                                             for o in names)]
    journal = join_list(list(dict.fromkeys(names)))
    v = verb.start()
    before, after = s[:v], s[verb.end():at + len(clause)]
    when = _when(before)
    first_j = min(m.start() for m, _ in js) + at
    what = _what(after)
    who = _author(before, persons, orgs, org_in)
    if who:
        return _cap(f"{when} {who} published {what} in {journal}.")
    if first_j < v and not re.sub(r"美国|英国|德国|国际|期刊|杂志|[\s在上也还又]", "", s[at:first_j]):
        # the journal is the subject: 《J》发表了A等研究论文 → "J published a paper by A"
        by = _author(after, persons, orgs, org_in) or _scholars(after, whole=True)
        if by:
            return _cap(f"{when} {_the_journal(journal)} published {what} by {by}.")
    scholars = _scholars(before)
    if scholars:
        return _cap(f"{when} {scholars} published {what} in {journal}.")
    last = _CLAUSE.split(before)[-1]
    if re.search(r"(?:相关|研究|该项?)成果(?:已|也|均|分别)?(?:发表)?(?:在|于)?$", last.rstrip("了")):
        return _cap(f"{when} the results were published in {journal}.")
    if said and re.search(r"(?:他们|该团队|团队)(?:又|还|也|再次|先后)?(?:在)?", last):
        return _cap(f"{when} {'the team' if said == 'team' else 'they'} published {what} in {journal}.")
    return None


def _author(zh: str, persons, orgs, org_in) -> Optional[str]:
    """The first person `zh` names, as an English report names an author: "a team led by Professor X at Y",
    "Associate Professor X of Y and colleagues", or None where it names no person the tagger found."""
    found = sorted((zh.find(p), p) for p in persons if p in zh)
    if not found:
        return None
    at, p = found[0]
    office = office_of(zh, at, p)
    rest = zh[at + len(p):]
    late = re.match("(?:%s)" % "|".join(sorted(OFFICES, key=len, reverse=True)), rest)
    if late:
        rest = rest[late.end():]
    before = zh[:at]
    if office and not late:  # 副教授孙雪峰: the office is before the name
        before = re.sub("(?:%s)$" % "|".join(sorted(OFFICES, key=len, reverse=True)), "", before)
    org = _org_before(before, orgs, org_in)
    name = f"{office} {persons[p]}" if office else persons[p]
    offices = "|".join(sorted(OFFICES, key=len, reverse=True))
    second = next((re.match(rf"[和与、]{re.escape(q)}({offices})?", rest) for q in persons
                   if q != p and re.match(rf"[和与、]{re.escape(q)}", rest)), None)
    if second:  # 张华教授和李明院士团队: "a team led by Professor Zhang Hua and Academician Li Ming"
        q = rest[1:second.end() - len(second.group(1) or "")]
        name += f" and {office_of(rest, 1, q)} {persons[q]}".replace("and  ", "and ")
        rest = rest[second.end():]
    rest = rest.removeprefix("的")  # 胡华教授的研究团队
    if _TEAM.match(rest) or re.match(r"^(?:教授|研究员|院士)?团队", rest):
        return f"a team led by {name}" + (f" at {_the_body(org)}" if org else "")
    colleagues = " and colleagues" if rest.startswith("等") else ""
    return f"{name}" + (f" of {_the_body(org)}" if org else "") + colleagues


def _org_before(before: str, orgs: dict[str, str], org_in) -> str:
    """The body named at the end of `before` (its department after it, 化学学院, allowed): the knowledge base's
    names, then the tagger's; "" where none ends within a few characters of it."""
    best: tuple[int, int, str] = (-1, 0, "")
    for a, e, en in org_in(before):  # the knowledge base's name first: a department's composed name may read worse
        if len(before) - e <= 8 and (e, e - a) > best[:2]:
            best = (e, e - a, en)
    for zh, en in orgs.items() if best[0] < 0 else ():
        k = before.rfind(zh)
        if k >= 0 and len(before) - (k + len(zh)) <= 8 and (k + len(zh), len(zh)) > best[:2]:
            best = (k + len(zh), len(zh), en)
    if best[0] < 0:
        return ""
    tail = before[best[0]:]
    # what lies between the body and the person must be a department or a team's word, not another clause
    if tail and not re.fullmatch(r"[\u4e00-\u9fff]{0,8}?(?:学院|学系|系|研究所|研究院|中心|实验室|学部)?", tail):
        return ""
    return best[2]


def _scholars(before: str, whole: bool = False) -> str:
    """"中国学者" → "Chinese scholars": researchers a report names by their country, not by name, in the last
    two clauses of `before` (the subject, then 在《J》), or anywhere in it (`whole`)."""
    clause = before if whole else "，".join(_CLAUSE.split(before)[-2:])
    for zh, en in _SCHOLARS.items():
        k = clause.find(zh)
        if k >= 2 and clause[k - 2:k] in _OF_CHINA:
            return f"Chinese {en}"
    return ""


def _what(after: str) -> str:
    m = re.match(r"^(?:了|在|上)?[^，,]{0,6}?(\d+|[一两二三四五六七八九十])篇", after)
    if m:
        n = int(m.group(1)) if m.group(1).isdigit() else _NUMBERS[m.group(1)]
        return "a paper" if n == 1 else f"{_WORDS[n] if n < 10 else n} papers"
    if re.search(r"^[^，,]{0,8}(?:评述|综述)", after):
        return "a review"
    return "a paper"


def _when(before: str) -> str:
    """The date a clause gives before its verb: "On 16 January", "In March 2023", or ""."""
    ms = list(_DATE.finditer(before))
    if ms:
        m = ms[-1]
        if 1 <= int(m.group(2)) <= 12:
            return f"On {date_match_en(m)}"
    ms = list(_MONTH_ONLY.finditer(before))
    if ms:
        m = ms[-1]
        if 1 <= int(m.group(2)) <= 12:
            return f"In {MONTHS[int(m.group(2)) - 1]}" + (f" {m.group(1)}" if m.group(1) else "")
    return ""


# ---- launches -----------------------------------------------------------------------------------------------
def _launch(s: str, orgs, org_in, np) -> Optional[str]:
    """我国在X用Y运载火箭成功将Z发射升空: "China launched Z from X on a Y rocket" (a launch that is done)."""
    v = next((m for m in _LAUNCHED.finditer(s) if not re.match(r"中心|场|基地", s[m.end():])), None)
    if not v or not re.search(r"成功|升空|入轨", s) or _PLANNED.search(s[:v.start()]):
        return None
    site = _SITE.search(s[:v.start()])
    site_en = ""
    if site:
        site_en = orgs.get(site.group(1)) or next((en for a, e, en in org_in(site.group(1))
                                                   if e - a == len(site.group(1))), "")
    if not site_en:
        return None  # where it was launched from is the one fact every launch report gives
    rocket = _ROCKET.search(s)
    rocket_en = ""
    if rocket:
        n = _zh_number(rocket.group(1))
        rocket_en = f" on a Long March {n}{_ROCKET_SUFFIX.get(rocket.group(2) or '', '')} rocket"
    what = re.search(r"将([\u4e00-\u9fff\d]{2,20}?)(?:成功)?(?:发射|送入)", s)
    payload = ""
    if what:
        numbered = re.fullmatch(r"(.{2,14}?)卫星([一二三四五六七八九十]{1,2}|\d{1,2})号", what.group(1))
        kind = np(numbered.group(1)) if numbered else None
        if kind and not re.search(r"[\u3400-\u9fff]", kind):  # 通信技术试验卫星五号: a satellite's name
            n = numbered.group(2)
            n = n if n.isdigit() else str(_zh_number(n))
            payload = " ".join(w[:1].upper() + w[1:] for w in kind.split()) + f" Satellite {n}"
        else:
            en = np(what.group(1))
            payload = en if en and not re.search(r"[\u3400-\u9fff]", en) else (
                "a satellite" if "卫星" in what.group(1) else "")
    if not payload:
        return None
    subject = "China" if re.search(r"(?:^|[，,])[^，,]{0,12}?(?:我国|中国)(?=在|从|用|于|成功|利用)", s[:v.start()]) else ""
    when = _when(s[:v.start()])
    place = f"from {_the_body(site_en)}"
    orbit = "; the satellite entered its planned orbit" if "卫星" in s and "预定轨道" in s else ""
    if subject:
        return _cap(f"{when} {subject} launched {_the_body(payload)} {place}{rocket_en}{orbit}.")
    return _cap(f"{when} {_the_body(payload)} was launched {place}{rocket_en}{orbit}.")


def _zh_number(zh: str) -> int:
    """一 … 九十九 as written in a name (三号, 十二号)."""
    if "十" in zh:
        tens, _, ones = zh.partition("十")
        return (_NUMBERS[tens] if tens else 1) * 10 + (_NUMBERS[ones] if ones else 0)
    return _NUMBERS[zh]


# ---- visits -------------------------------------------------------------------------------------------------
def _visit(s: str, persons, orgs, org_in) -> Optional[str]:
    """X副市长Y一行来到Z调研: "Y, vice-mayor of X, led a delegation to visit Z" (Z a body the tagger or the
    knowledge base names)."""
    m = _VISIT.search(s)
    if not m:
        return None
    head = s[:m.start()]
    found = [(head.rfind(p), p) for p in persons if head.endswith(p)]
    if not found:
        return None
    at, p = found[0]
    raw = re.search("(?:%s)$" % "|".join(sorted(OFFICES, key=len, reverse=True)), head[:at])
    office = OFFICES[raw.group(0)] if raw else ""
    where = m.group(1)
    obj = max(((where.find(zh), en) for zh, en in orgs.items() if zh in where), default=None)
    if obj is None:
        hits = org_in(where)
        obj = (hits[-1][0], hits[-1][2]) if hits else None
    if obj is None:
        return None
    body = _office_body(head[:at], orgs, org_in)
    who = f"{persons[p]}, {office} of {body}," if office and body else (
        f"{office_of(s, at, p)} {persons[p]}" if office else persons[p])
    when = _when(head)
    return _cap(f"{when} {who} led a delegation to visit {_the_body(obj[1])}.")


def _office_body(before: str, orgs, org_in) -> str:
    """The place or body an office belongs to (永康市副市长: Yongkang), where the text names it right before."""
    before = re.sub("(?:%s)$" % "|".join(sorted(OFFICES, key=len, reverse=True)), "", before)
    hits = [(a, e, en) for a, e, en in org_in(before, ("org", "place")) if e == len(before)]
    if hits:
        return min(hits)[2]
    return next((en for zh, en in orgs.items() if before.endswith(zh)), "")


# ---- ceremonies ---------------------------------------------------------------------------------------------
_CEREMONY_ACTS = {"签约": "signing", "揭牌": "unveiling", "启动": "launch", "授牌": "plaque", "成立": "founding",
                  "开工": "groundbreaking", "奠基": "groundbreaking", "启用": "opening", "开园": "opening"}
_CEREMONY = re.compile(r"(?:(?:^|(?<=[，,\s]))由?(?P<by>[^，,。；;]{4,120}?)(?:联合|共同)?(?:建设|共建|组建|发起成立)的)?"
                       r"(?P<what>[^，,。；;的由在\s]{2,16}?)(?P<acts>(?:(?:%s)(?:暨|和|及|、)?){1,3})仪式"
                       r"(?:在(?P<where>[^，,。；;]{2,30}?))?(?:隆重|正式|顺利)?举行" % "|".join(_CEREMONY_ACTS))
_WORD_COUNT = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]


def _ceremony(s: str, orgs, org_in, np) -> Optional[str]:
    """由A、B、C联合建设的X签约揭牌仪式在Y举行: "A signing and unveiling ceremony was held for a laboratory built
    jointly by A, B and C at Y" — the builders the tagger or the knowledge base names (else how many there
    are, and those it names among them), the place only where it is a body it names."""
    m = _CEREMONY.search(s)
    if not m:
        return None
    what = np(m.group("what"))
    if not what or re.search(r"[\u3400-\u9fff]", what):
        return None
    from .phrases import singular_head, with_article

    what = with_article(singular_head(what)) if not what[:1].isupper() else _the_body(what)
    acts = list(dict.fromkeys(_CEREMONY_ACTS[a] for a in re.findall("|".join(_CEREMONY_ACTS), m.group("acts"))))
    by = ""
    if m.group("by"):
        parts = [x for x in re.split(r"[、，,]", m.group("by")) if x]
        pair = re.split(r"[和与及]", parts[-1])  # 浙江大学与阿里巴巴集团: two bodies where both are names
        if len(pair) == 2 and all(_whole_org(x, orgs, org_in) for x in pair):
            parts[-1:] = pair
        known = [en for x in parts for en in [_whole_org(x, orgs, org_in)] if en]
        if len(known) == len(parts):
            by = f" built jointly by {join_list([_the_body(x) for x in known])}" if len(parts) > 1 else \
                f" built by {_the_body(known[0])}"
        elif len(parts) > 1:
            n = _WORD_COUNT[len(parts)] if len(parts) < 10 else str(len(parts))
            by = f" built jointly by {n} partners" + (
                f", among them {join_list([_the_body(x) for x in known])}," if known else "")
    if " joint " in f" {what} ":
        by = by.replace(" built jointly by ", " built by ")  # "a joint laboratory built by A and B"
    where = _whole_org(m.group("where") or "", orgs, org_in)
    at = f" at {_the_body(where)}" if where else ""
    when = _when(s[:m.start()])
    kind = " and ".join(acts)
    art = "an" if kind[:1] in "aeiou" else "a"
    return _cap(f"{when} {art} {kind} ceremony was held for {what}{by}{at}.".replace(",.", "."))


def _whole_org(zh: str, orgs, org_in) -> str:
    """The English of a body `zh` names whole (the tagger's name, else the knowledge base's), or ""."""
    zh = zh.strip()
    if not zh:
        return ""
    if orgs.get(zh):
        return orgs[zh]
    return next((en for a, e, en in org_in(zh) if a == 0 and e == len(zh)), "")


# ---- English ------------------------------------------------------------------------------------------------
def _the_body(name: str) -> str:
    from .phrases import the_org

    return the_org(name)


def _the_journal(j: str) -> str:
    return "the " + j if j.startswith(("Proceedings", "Journal")) else j


def _cap(s: str) -> str:
    s = re.sub(r"\s+", " ", s).strip()
    return s[:1].upper() + s[1:]


# The verbs the news sentences above tell with, past → present as a headline tells (singular, plural subject).
_HEADLINE_VERB = {"published": ("publishes", "publish"), "launched": ("launches", "launch"),
                  "led": ("leads", "lead"), "visited": ("visits", "visit")}
_NEWS_VERB = re.compile(r"\b(%s)\b(?! by)" % "|".join(_HEADLINE_VERB))  # not "a team led by"
_LEADING_DATE = re.compile(r"^(?:On|In) (?:\d{1,2} )?[A-Z][a-z]+(?: \d{4})? ")
_CEREMONY_EN = re.compile(r"^[Aa]n? ([a-z ]+) ceremony was held for (.+)$")  # a sentence of _ceremony
_TEAM_WORK = re.compile(r"^The report tells of the work of (?:a )?(team led by .+?)\.?$")


def news_headline(sentences: list[str]) -> str:
    """The first news sentence (of `news_sentences`) as a headline: no date, the present tense, no "a" or
    "an" ("Team led by Professor Yuan Mingjian at Nankai University publishes review in Science"; "China
    launches … from the Xichang Satellite Launch Center"); the team whose work the report tells of as a noun
    phrase. "" where none tells a paper, a launch or a visit with its doer."""
    for s in sentences:
        s = s.split(";")[0].strip().rstrip(".")
        rite = _CEREMONY_EN.match(_LEADING_DATE.sub("", s))
        if rite:  # "Signing and unveiling ceremony held for a laboratory built jointly by four partners"
            return _cap(f"{rite.group(1)} ceremony held for {rite.group(2).split(', among them')[0]}")
        team = _TEAM_WORK.match(s)
        if team:
            return _cap(team.group(1))
        if _NO_ACTOR.match(s):
            continue
        s = _LEADING_DATE.sub("", s)
        m = _NEWS_VERB.search(s)
        if not m or m.start() == 0:
            continue
        subject = s[:m.start()].rstrip(", ")
        head = re.split(r",| of | at | led by ", subject)[0].split()[-1]  # a kind of people, not a name
        plural = bool(re.fullmatch(r"[a-z]+[^su]s", head)) and " and " not in subject
        verb = _HEADLINE_VERB[m.group(1)][plural]
        s = s[:m.start()] + verb + s[m.end():]
        s = re.sub(r"^(?:[Aa]n?|[Tt]he) |(?<= )(?:a|an) ", "", s)
        return _cap(s)
    return ""

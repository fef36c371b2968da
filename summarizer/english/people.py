"""Who did what at the event a report tells: the people its summary names with their office and what they did
("副省长高兴夫出席并致辞" → "Vice-Governor Gao Xingfu attended and spoke"), for the English summary.

Only a person the tagger found (two or three characters), right after an office the table below knows and
right before an act it knows, is written: an office or an act it does not know leaves the person out (never a
gloss). The office reads as English news writes it: before the name ("Professor Hu Liuyong"), or after it
with its body where the report names one ("Huang Weizhe, mayor of Tainan").
"""
from __future__ import annotations

import re
from typing import Callable, Optional

# Offices, longest first where one ends another (常务副校长 before 副校长 before 校长).
OFFICES = {
    "常务副校长": "executive vice-president", "副校长": "vice-president", "校长": "president",
    "常务副院长": "executive vice-president", "副院长": "vice-president", "院长": "president",
    "副部长": "vice-minister", "部长": "minister", "副省长": "vice-governor", "省长": "governor",
    "副市长": "vice-mayor", "市长": "mayor", "副区长": "deputy district head", "区长": "district head",
    "副县长": "deputy county magistrate", "县长": "county magistrate", "副主任": "deputy director", "主任": "director",
    "副局长": "deputy director", "局长": "director", "副厅长": "deputy director", "厅长": "director",
    "副司长": "deputy director-general", "司长": "director-general", "副所长": "deputy director", "所长": "director",
    "党工委书记": "Party secretary", "党委书记": "Party secretary", "市委书记": "Party secretary",
    "区委书记": "Party secretary", "县委书记": "Party secretary", "书记": "Party secretary",
    "董事长": "chairman", "副总经理": "deputy general manager", "总经理": "general manager",
    "高级副总裁": "senior vice-president", "副总裁": "vice-president", "总裁": "president",
    "行政总裁": "chief executive", "首席执行官": "chief executive", "首席科学家": "chief scientist",
    "总领事": "consul general", "理事长": "chairman", "秘书长": "secretary-general", "主席": "chairman",
    "副教授": "associate professor", "教授": "professor", "研究员": "research fellow", "院士": "academician",
}
# What they did, as the words right after the name say it (出席并致辞: attended and spoke).
ACTS = [("代表双方签署", "signed for the two sides"), ("签署", "signed"), ("出席", "attended"), ("参加", "attended"),
        ("见证签约", "witnessed the signing"), ("见证签署", "witnessed the signing"), ("致辞", "spoke"), ("讲话", "spoke"), ("率团", "led a delegation"),
        ("表示", "spoke"), ("指出", "spoke"), ("强调", "spoke"), ("说", "spoke"), ("调研", "visited"), ("考察", "visited"), ("视察", "visited"), ("参观", "visited"), ("介绍", "spoke"), ("主持", "presided"), ("揭牌", "unveiled")]
_OFFICE = re.compile("(?:%s)$" % "|".join(sorted(OFFICES, key=len, reverse=True)))
_BETWEEN = re.compile(r"^(?:等人|等|一行|同志)?(?:今日|今天|当日|当天|昨日|日前|近日)?(?:受邀)?(?:共同|一同|亲自|分别|先后)?")
_OFFICE_AFTER = re.compile("^(?:%s)" % "|".join(sorted(OFFICES, key=len, reverse=True)))


def people_sentences(zh: str, persons: dict[str, str], body_of: Callable[[str], Optional[str]],
                     objects: dict[str, str]) -> list[str]:
    """Sentences of what the people of `zh` did: `persons` (Chinese name → English), `body_of` (Chinese text
    before an office → the English of the body or place it ends with, or None), `objects` (the brief's
    platforms, Chinese → English: what a visit or an unveiling was of)."""
    out: list[tuple[str, str]] = []
    for sent in re.split(r"[。！？!?\n；;]", zh):
        pending: list[str] = []  # "A、B代表双方签署": A did what B did
        for name in sorted(persons, key=lambda n: sent.find(n) if n in sent else 1 << 30):
            at = sent.find(name)
            if at < 0:
                continue
            before = re.split(r"[，,]", sent[:at])[-1]
            after = sent[at + len(name):]
            m = _OFFICE.search(before)
            late = _OFFICE_AFTER.match(after)  # 周景隆副市长, 万贤纲教授: the office after the name
            if not m and not late:
                continue
            office = OFFICES[(m or late).group(0)]
            if late and not m:
                after, m = after[late.end():], None
            after = after[_BETWEEN.match(after).end():]
            acts = []
            while True:
                act = next(((zh_, en) for zh_, en in ACTS if after.startswith(zh_)
                            and (len(zh_) > 1 or re.match(r"[，,：:“「\"]", after[1:2] or "，"))), None)  # 说, not 说明
                if not act:
                    break
                acts.append(act[1])
                after = after[len(act[0]):]
                after = after[re.match(r"^(?:并|和|及|、)?", after).end():]
            body_zh = re.split(r"[、]", before[: m.start()])[-1] if m else ""
            body = body_of(body_zh) if body_zh else None
            who = f"{persons[name]}, {office} of {body}," if body else f"{_title(office)} {persons[name]}"
            if not acts:
                if re.match(r"^[、和与及]", after):
                    pending.append(who)
                continue
            if acts[-1] in ("visited", "unveiled"):  # what was visited or unveiled: a platform of the brief
                obj = next((en for z, en in objects.items() if after.startswith(z) or after[:1] == "了" and
                            after[1:].startswith(z)), None)
                if obj:
                    acts[-1] += f" the {obj}" if not obj.startswith("The ") else f" {obj}"
                elif len(acts) == 1:
                    continue
                else:
                    acts.pop()
            for w in pending + [who]:
                if not any(x[0] == w for x in out):  # one person told once (the summary and the opening may repeat)
                    out.append((w, " and ".join(acts)))
            pending = []
    sentences: list[str] = []
    for who, did in out:  # two people who did the same: one sentence
        if sentences and sentences[-1].endswith(f" {did}.") and " and " not in sentences[-1][: -len(did) - 2]:
            sentences[-1] = f"{sentences[-1][: -len(did) - 2]} and {who} {did}."
        else:
            sentences.append(f"{who} {did}.")
    return sentences


def _title(office: str) -> str:
    """"vice-governor" → "Vice-Governor", "Party secretary" → "Party Secretary": an office before a name."""
    return " ".join("-".join(w[:1].upper() + w[1:] for w in word.split("-")) for word in office.split(" "))


def office_of(text: str, at: int, name: str) -> str:
    """The office a text gives a person right before or after the name at `at`, as it reads before the name
    ("副教授孙雪峰", "胡六永教授" → "Associate Professor", "Professor"), or ""."""
    m = _OFFICE.search(text[max(0, at - 8):at]) or _OFFICE_AFTER.match(text[at + len(name):])
    return _title(OFFICES[m.group(0)]) if m else ""

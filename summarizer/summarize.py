"""Extractive summary: the sentences that best state the article's facts, covering every platform.

News puts its key facts first, so position counts; but a lead of scene-setting rhetoric ("放眼深蓝…")
is not a fact, so sentences are also scored for the platforms, figures and build verbs they carry.
Selection is greedy within a character budget: first the best sentence that names each platform,
then the best remaining sentences, in article order; long sentences are condensed (lists shortened,
trailing clauses dropped) rather than skipped.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .extract.scale import compress_lists
from .settings import fields_config
from .text.article import Article

# A photo's caption inside the text ("图为X揭牌仪式。", "▲X动土。"): it repeats what the text tells.
_CAPTION = re.compile(r"^(?:图为|图片为|上图|下图|左图|右图|▲|△)")
# A figure with a unit (dates and ordinals do not count).
_FIGURE = re.compile(r"(?<![第每])(\d+(\.\d+)?|[一二三四五六七八九十百千两]+)(余|多)?"
                     r"(P|PFLOPS|家|所|个|名|位|项|台|套|倍|%|亿|万|平方米|亩|大(?=[\u4e00-\u9fff]))")


@dataclass
class Summary:
    text: str
    spans: list[tuple[int, int]]


class ExtractiveSummarizer:
    name = "extractive"

    def __init__(self, max_chars: int | None = None, fill: bool = False) -> None:
        """`fill`: use the whole budget, as extractive baselines cut to a length do: after the chosen
        sentences, the next ones in article order, the last one cut. For comparisons at equal length."""
        cfg = fields_config()["summary"]
        self.max_chars = int(max_chars or cfg["max_chars"])
        self.fill = fill
        self.penalty = cfg["penalty_cues"]
        self.bonus = cfg["bonus_cues"]

    def score(self, art: Article, i: int, names: list[set[str]], pos: int | None = None) -> float:
        """How well sentence i states the article's facts; `pos`: its rank among the body sentences (the lead
        bias), which callers scoring every sentence pass in (counting it here each time is quadratic)."""
        s = art.sentences[i]
        if pos is None:
            body = [k for k, x in enumerate(art.sentences) if not x.is_heading]
            pos = body.index(i) if i in body else len(body)
        t = s.text
        sc = 1.5 / (1 + 0.25 * pos)  # lead bias, decaying
        sc += 0.8 * sum(1 for ns in names if any(a in t for a in ns))
        sc += 0.4 * min(2, len(_FIGURE.findall(t)))
        sc += 0.3 * sum(1 for b in self.bonus if b in t)
        sc -= 0.8 * sum(1 for p in self.penalty if p in t)
        if t.endswith(("？", "?")) or t.startswith("“"):
            sc -= 1.0
        if len(t) < 12:
            sc -= 1.0
        elif len(t) < 20:
            sc -= 0.5
        if not _FIGURE.search(t) and not any(b in t for b in self.bonus) and not any(a in t for ns in names for a in ns):
            sc -= 1.0  # states no fact: scene-setting or commentary
        if art.title and t in art.title:
            sc -= 2.0
        return sc

    def summarize(self, art: Article, platform_names: list[set[str]],
                  platform_scopes: list[list[int]] | None = None) -> Summary:
        cands = [i for i, s in enumerate(art.sentences) if not s.is_heading and len(s.text) >= 8
                 and not _CAPTION.match(s.text)]
        # A question ("那X的目标是什么?") introduces what follows; it states nothing a summary can keep.
        cands = [i for i in cands if not art.sentences[i].text.endswith(("？", "?"))] or cands
        if not cands:
            return Summary("", [])
        scopes = platform_scopes or [[] for _ in platform_names]
        all_names = set().union(*platform_names) if platform_names else set()
        rank = {k: r for r, k in enumerate(k for k, x in enumerate(art.sentences) if not x.is_heading)}
        scores = {i: self.score(art, i, platform_names, rank[i]) for i in cands}
        picks: list[int] = []
        owner: dict[int, set[str]] = {}
        # 1. The overview: the best of the leading sentences (news states its key facts first). With no
        # platform to weigh facts by, the lead itself: general news puts its point in the first sentence.
        lead = cands[: max(3, len(cands) // 6)]
        picks.append(max(lead, key=lambda i: scores[i] + 0.5 * (i == cands[0])) if platform_names else cands[0])
        # 2. For each platform, the sentence that best states a fact about it, so every platform is covered.
        scoped = {i: k for k, scope in enumerate(scopes) for i in scope}
        for k, (ns, scope) in enumerate(zip(platform_names, scopes)):
            # Its own sentences: those in its scope, or naming it outside any other platform's scope.
            own = [i for i in dict.fromkeys(scope + [i for i in cands if any(a in art.sentences[i].text for a in ns)])
                   if i in scores and i not in picks and scoped.get(i, k) == k
                   and sum(1 for other in platform_names if any(a in art.sentences[i].text for a in other)) <= 1]
            if own:
                rank = {i: r for r, i in enumerate(own)}
                best = max(own, key=lambda i: self._fact_score(art.sentences[i].text, ns, rank[i]))
                picks.append(best)
                owner[best] = ns
        # 3. Then the best remaining sentences while the budget lasts.
        # Without a platform, the fact scores have nothing to anchor them: news order (lead) is the better guide.
        rest = sorted((i for i in cands if i not in picks), key=(lambda i: -scores[i]) if platform_names else None)
        pieces: list[tuple[int, str, tuple[int, int]]] = []
        used = 0
        for rank, i in enumerate(picks + rest):
            s = art.sentences[i]
            text = condense(s.text, all_names)
            if i in owner:  # "该中心由…" read alone is ambiguous: name the platform
                full = max(owner[i], key=len)
                text = re.sub(r"^(该|这个|这家|此)?(中心|平台|实验室|研究院|研究所|基地|园区|联盟|产业园|科技园)(?=[由是将已在于与位])",
                              full, text)
            room = self.max_chars - used
            if rank < len(picks):  # the coverage sentences share what is left
                remaining = len(picks) - rank
                limit = max(24, room // remaining if rank else int(room * 1.6 / (remaining + 0.6)))
            else:
                limit = room
            if rank >= len(picks) and len(text) > limit:
                if not platform_names:
                    break  # in news order, a later sentence must not jump the queue
                continue  # filler sentences go in whole or not at all: a cut-off clause reads as noise
            if rank == 0 and len(text) > self.max_chars:
                # A budget smaller than the overview sentence (a headline-sized summary): its leading words,
                # up to the budget, carry more than its first clause alone.
                pieces.append((i, text[: self.max_chars], (s.start, s.end)))
                break
            if len(text) > limit:
                first = re.split(r"(?<=[，,；;])", text)[0]
                # The overview keeps at least its first clause: it is often the one that names every platform.
                text = shorten(text, max(limit, len(first) if rank == 0 and len(first) <= 90 else 0))
            if not text or used + len(text) > self.max_chars + 6:
                continue
            pieces.append((i, text, (s.start, s.end)))
            used += len(text) + 1
            if used >= self.max_chars - 10:
                break
        cut: set[int] = set()  # pieces cut at the budget: no full stop added
        if self.fill and pieces:
            chosen = {p[0] for p in pieces}
            room = self.max_chars - sum(len(_end(p[1])) for p in pieces)
            for i in (i for i in cands if i not in chosen and i > min(chosen)):
                if room <= 0:
                    break
                s = art.sentences[i]
                text = _end(condense(s.text, all_names))
                if len(text) > room:
                    text = text[:room]
                    cut.add(i)
                pieces.append((i, text, (s.start, s.end)))
                room -= len(text)
        if not pieces:  # the budget is shorter than any sentence: the overview's leading words
            i = picks[0]
            s = art.sentences[i]
            text = condense(s.text, all_names)
            pieces.append((i, shorten(text, self.max_chars) or text[: self.max_chars], (s.start, s.end)))
        pieces.sort()
        return Summary("".join(p[1] if p[0] in cut or len(p[1]) >= self.max_chars else _end(p[1]) for p in pieces),
                       [p[2] for p in pieces])

    def _fact_score(self, text: str, names: set[str], rank: int) -> float:
        """How well a sentence states a fact about one platform: named (or 该…) up front, with figures,
        build or goal cues; not rhetoric, not a question, not a quotation."""
        sc = 1.0 / (1 + 0.3 * rank)
        text = condense(text)
        head = text[:24]
        if any(a in head for a in names) or re.match(r"^(该|这个|这家|其)", text):
            sc += 1.0
        elif not any(a in text for a in names):
            sc -= 0.5
        sc += 0.5 * min(2, len(_FIGURE.findall(text)))
        if re.search(r"以.{2,40}为目标|旨在|致力于|揭牌|成立|共建|启动|建设|打造|落户|签约|投用", text):
            sc += 0.6
        elif not _FIGURE.search(text):
            sc -= 0.5  # names the platform but states nothing about it
        sc -= 0.8 * sum(1 for p in self.penalty if p in text)
        if text.rstrip("”").endswith(("？", "?")) or text.startswith("“"):
            sc -= 1.0
        if len(text) > 110:
            sc -= 0.4
        return sc


def condense(s: str, protect: set[str] = frozenset()) -> str:
    """Drop what a summary does not need: long lists (unless they list the platforms), parentheses,
    leading connectives."""
    if sum(1 for n in protect if n in s) < 2:
        s = compress_lists(s)
    s = re.sub(r"^(据了解|据悉|据介绍|记者了解到|目前|此外|同时|其中|另外|而且|当前)[,，]?", "", s)
    s = re.sub(r"[(（][^()（）]{0,30}[)）]", "", s)
    return s.strip()


def shorten(s: str, limit: int) -> str:
    """Keep whole leading clauses that fit in `limit` characters."""
    if len(s) <= limit:
        return s
    parts = re.split(r"(?<=[，,；;])", s)
    out = ""
    for p in parts:
        if len(out) + len(p) > limit:
            break
        out += p
    return out.rstrip("，,；;") if len(out) >= 10 else ""


def _end(s: str) -> str:
    s = s.rstrip("，,；;、 ")
    return s if s.endswith(("。", "！", "？", "”", "…", "!", "?")) else s + "。"

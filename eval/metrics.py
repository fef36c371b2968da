"""Metrics: ROUGE for Chinese (characters) and English (words), chrF/BLEU, and field scores of a brief.

Built on `rouge-score` and `sacrebleu`; only the tokenisation and the matching of fields are ours
(eval/README.md states both exactly). Every score is in [0, 1] (chrF and BLEU too, divided by 100).
"""
from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Iterable, Optional

from summarizer import schema

ROUGE_TYPES = ("rouge1", "rouge2", "rougeL")


# ---- tokenisation ------------------------------------------------------------------------------------
def _keep(c: str) -> bool:
    cat = unicodedata.category(c)
    return not (cat.startswith(("P", "S", "Z", "C")))


def zh_tokens(text: str) -> list[str]:
    """Chinese at character level: NFKC, lower case, every character that is not punctuation, a symbol,
    whitespace or a control character is one token ("1024P" gives 1 0 2 4 p)."""
    return [c for c in unicodedata.normalize("NFKC", text).lower() if _keep(c)]


def en_tokens(text: str) -> list[str]:
    """English at word level: NFKC, lower case, runs of [a-z0-9] (rouge-score's own rule), no stemming."""
    return re.findall(r"[a-z0-9]+", unicodedata.normalize("NFKC", text).lower())


class _Tokenizer:
    def __init__(self, fn) -> None:
        self.tokenize = fn


@lru_cache(maxsize=2)
def _scorer(lang: str):
    from rouge_score import rouge_scorer

    return rouge_scorer.RougeScorer(list(ROUGE_TYPES), tokenizer=_Tokenizer(zh_tokens if lang == "zh" else en_tokens))


def rouge(prediction: str, reference: str, lang: str = "zh") -> dict[str, float]:
    """ROUGE-1/2/L F1. Both texts empty (after tokenisation): 1.0, nothing was to be said; one empty: 0.0."""
    tok = zh_tokens if lang == "zh" else en_tokens
    p, r = tok(prediction), tok(reference)
    if not p or not r:
        v = 1.0 if not p and not r else 0.0
        return {k: v for k in ROUGE_TYPES}
    scores = _scorer(lang).score(reference, prediction)  # rouge-score takes (target, prediction)
    out = {k: scores[k].fmeasure for k in ROUGE_TYPES}
    if len(p) < 2 and len(r) < 2:  # no bigram on either side: ROUGE-2 follows the unigrams
        out["rouge2"] = 1.0 if p == r else 0.0
    return out


def chrf(prediction: str, reference: str) -> float:
    """Sentence chrF (sacrebleu defaults: character 6-grams, beta 2), in [0, 1]."""
    import sacrebleu

    if not prediction.strip() and not reference.strip():
        return 1.0
    return sacrebleu.sentence_chrf(prediction, [reference]).score / 100


def corpus_chrf(predictions: list[str], references: list[str]) -> float:
    """Corpus chrF (sacrebleu defaults), in [0, 100] as sacrebleu reports it."""
    import sacrebleu

    return sacrebleu.corpus_chrf(predictions, [references]).score


def corpus_chrf_bleu(predictions: list[str], references: list[str]) -> dict[str, float]:
    """Corpus chrF and BLEU (sacrebleu defaults, 13a tokenisation), in [0, 100] as sacrebleu reports them."""
    import sacrebleu

    return {"chrf": corpus_chrf(predictions, references),
            "bleu": sacrebleu.corpus_bleu(predictions, [references]).score}


# ---- normalising names and figures ---------------------------------------------------------------------
_CORP = re.compile(r"(股份有限公司|有限责任公司|集团有限公司|有限公司|股份公司|公司)$")


@lru_cache(maxsize=1)
def _glossary():
    from summarizer.translate.glossary_data import builtin_glossary

    return builtin_glossary()


@lru_cache(maxsize=4096)
def _t2s(text: str) -> str:
    """OpenCC t2s on every string, as the gold was written (its rules: zh converted with OpenCC t2s); a name is too
    short for the article-level test of whether a text is traditional ("北京昇腾…" is 升腾 in the gold)."""
    from summarizer.text.clean import t2s

    return t2s(text)


def norm_name(zh: str) -> str:
    """A Chinese name for matching: simplified, no quotes, spaces or brackets."""
    zh = unicodedata.normalize("NFKC", zh)
    return re.sub(r"[\s“”\"'《》「」『』()（）·]", "", _t2s(zh))


def partner_key(zh: str) -> str:
    """Alias normalisation: the built-in glossary's canonical name (华为公司, 华为技术有限公司 → 华为), else the
    name without its corporate suffix."""
    n = norm_name(zh)
    for cand in (n, _CORP.sub("", n)):
        e = _glossary().get(cand)
        if e is not None:
            return e.zh
    return _CORP.sub("", n) or n


def names_match(a: str, b: str) -> bool:
    """Equal, or one contains the other (at least two characters): "湘江实验室" ~ "湖南湘江实验室"."""
    a, b = norm_name(a), norm_name(b)
    if not a or not b:
        return False
    return a == b or (min(len(a), len(b)) >= 2 and (a in b or b in a))


_MAG = {"千": 1e3, "万": 1e4, "亿": 1e8, "万亿": 1e12}


def norm_figure(value: float, unit: str) -> tuple[float, str]:
    """(value, unit) with a leading magnitude folded into the value: (4.6, 万平方米) → (46000, 平方米);
    元 amounts keep 亿元/万元 as their unit's magnitude the same way."""
    unit = norm_name(unit)
    for mag in ("万亿", "亿", "万", "千"):
        if unit.startswith(mag) and len(unit) > len(mag) and not unit.startswith("千米"):
            value, unit = value * _MAG[mag], unit[len(mag):]
            break
    for other, same in _SAME_UNIT:  # one unit written several ways: 12000㎡ is 12000平方米
        if unit.startswith(other):
            return value, same + unit[len(other):]
    return value, unit


_SAME_UNIT = (("平方千米", "平方公里"), ("平米", "平方米"), ("㎡", "平方米"), ("m²", "平方米"), ("m2", "平方米"), ("千米", "公里"))


def figures_match(v1: float, u1: str, v2: float, u2: str) -> bool:
    """Same value (after folding magnitudes) and compatible units: equal, or one contains the other
    ("家" ~ "家企业", "名员工" ~ "名")."""
    a, ua = norm_figure(float(v1), u1)
    b, ub = norm_figure(float(v2), u2)
    if not (math.isfinite(a) and math.isfinite(b)):
        return False  # NaN or infinity equals nothing (NaN compares false both ways)
    if abs(a - b) > 1e-6 * max(1.0, abs(a), abs(b)):
        return False
    return ua == ub or (bool(ua) and bool(ub) and (ua in ub or ub in ua))


@lru_cache(maxsize=1)
def _figures():
    from summarizer.extract.scale import ScaleExtractor

    return ScaleExtractor()


def figure_of_phrase(zh: str) -> Optional[tuple[float, str, str]]:
    """(value, unit, qualifier) of the first figure in a reference's scale phrase, read by the engine's own
    figure rules ("首期规划建筑面积45万平方米" → 45, 万平方米; "200余名研究生" → 200, 名, 余), None if none.
    A measure word stands alone as the unit: the counted noun is matched by containment."""
    figs = _figures().in_text(unicodedata.normalize("NFKC", _t2s(zh)))
    return (figs[0].value, figs[0].unit, figs[0].qualifier) if figs else None


def norm_en(text: str) -> str:
    """English name for exact match: case-folded, punctuation dropped, spaces collapsed, leading "the" dropped."""
    t = re.sub(r"[^\w\s]", " ", unicodedata.normalize("NFKC", text).casefold())
    t = re.sub(r"\s+", " ", t).strip()
    return re.sub(r"^the ", "", t)


def name_word_f1(prediction: str, reference: str) -> float:
    """Word F1 of two English names: the words of `norm_en` (case-folded, no punctuation, no leading "the"),
    counted with multiplicity. Both empty: 1.0."""
    p, r = norm_en(prediction).split(), norm_en(reference).split()
    if not p or not r:
        return 1.0 if not p and not r else 0.0
    common = sum(min(p.count(w), r.count(w)) for w in set(p))
    return 2 * common / (len(p) + len(r))


# ---- field scores ----------------------------------------------------------------------------------------
def prf(tp: int, n_pred: int, n_ref: int) -> tuple[float, float, float]:
    """Precision, recall, F1; an empty side scores 1.0 when the other is empty too."""
    p = tp / n_pred if n_pred else (1.0 if n_ref == 0 else 0.0)
    r = tp / n_ref if n_ref else (1.0 if n_pred == 0 else 0.0)
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def _match(refs: list[str], preds: list[str], same) -> list[tuple[int, int]]:
    """Greedy one-to-one matching, most similar pairs first (character ROUGE-L between the names)."""
    pairs = []
    for i, r in enumerate(refs):
        for j, p in enumerate(preds):
            if same(r, p):
                pairs.append((rouge(p, r)["rougeL"], i, j))
    pairs.sort(reverse=True)
    used_r, used_p, out = set(), set(), []
    for _, i, j in pairs:
        if i not in used_r and j not in used_p:
            used_r.add(i)
            used_p.add(j)
            out.append((i, j))
    return out


@dataclass
class ArticleScore:
    id: str
    scores: dict[str, Optional[float]] = field(default_factory=dict)
    diff: dict[str, list] = field(default_factory=dict)

    @property
    def overall(self) -> float:
        """One number to rank articles by: the mean of the field scores that apply."""
        keys = ("platform_f1", "partner_f1", "scale_recall", "goal_rougeL", "name_en_exact")
        vals = [self.scores[k] for k in keys if self.scores.get(k) is not None]
        return sum(vals) / len(vals) if vals else 0.0


def score_brief(pred: schema.Brief, ref: schema.Brief, id: str = "") -> ArticleScore:
    """Field scores of one predicted brief against a hand-written reference (see eval/README.md)."""
    out = ArticleScore(id=id or ref.id or pred.id)
    s, d = out.scores, out.diff
    rp, pp = ref.platforms, pred.platforms
    m = _match([p.name.zh for p in rp], [p.name.zh for p in pp], names_match)
    s["platform_p"], s["platform_r"], s["platform_f1"] = prf(len(m), len(pp), len(rp))
    matched_r = {i for i, _ in m}
    matched_p = {j for _, j in m}
    d["platforms_missed"] = [rp[i].name.zh for i in range(len(rp)) if i not in matched_r]
    d["platforms_spurious"] = [pp[j].name.zh for j in range(len(pp)) if j not in matched_p]

    tp_partners = scale_hit = scale_ref = scale_tp_pred = 0
    goal_scores, goal_chrf, name_hits, name_total, plat_hits, part_hits, part_total = [], [], 0, 0, 0, 0, 0
    name_f1, scale_chrf = [], []
    d["partners_missed"], d["partners_spurious"], d["scale_missed"], d["names_en_wrong"] = [], [], [], []
    for i, j in m:
        r, p = rp[i], pp[j]
        name_total += 1
        name_f1.append(name_word_f1(p.name.en, r.name.en))
        if norm_en(p.name.en) == norm_en(r.name.en):
            name_hits += 1
            plat_hits += 1
        else:
            d["names_en_wrong"].append([r.name.zh, p.name.en, r.name.en])
        # partners
        rk = [partner_key(x.zh) for x in r.partners]
        pk = [partner_key(x.zh) for x in p.partners]
        pm = _match(rk, pk, names_match)
        tp_partners += len(pm)
        got_r = {a for a, _ in pm}
        got_p = {b for _, b in pm}
        d["partners_missed"] += [r.partners[a].zh for a in range(len(rk)) if a not in got_r]
        d["partners_spurious"] += [p.partners[b].zh for b in range(len(pk)) if b not in got_p]
        for a, b in pm:
            name_total += 1
            part_total += 1
            name_f1.append(name_word_f1(p.partners[b].en, r.partners[a].en))
            if norm_en(p.partners[b].en) == norm_en(r.partners[a].en):
                name_hits += 1
                part_hits += 1
            else:
                d["names_en_wrong"].append([r.partners[a].zh, p.partners[b].en, r.partners[a].en])
        # scale
        for x in r.scale:
            scale_ref += 1
            if any(figures_match(x.value, x.unit, y.value, y.unit) for y in p.scale):
                scale_hit += 1
            else:
                d["scale_missed"].append(f"{x.value:g} {x.unit}")
        hits = [y for y in p.scale if any(figures_match(x.value, x.unit, y.value, y.unit) for x in r.scale)]
        scale_tp_pred += len(hits)
        # English of the figures found: chrF between the en of each reference figure and the predicted item
        # matched to it (one-to-one, in reference order); a figure nothing matches is scale_recall's loss, not
        # counted here again.
        for a, b in _match_figures(r.scale, p.scale):
            if r.scale[a].en:
                scale_chrf.append(chrf(p.scale[b].en, r.scale[a].en))
        d.setdefault("scale_spurious", []).extend(f"{y.value:g} {y.unit}" for y in p.scale if y not in hits)
        # goal
        if r.goal.zh or p.goal.zh:
            goal_scores.append(rouge(p.goal.zh, r.goal.zh, "zh")["rougeL"])
        if r.goal.en:
            goal_chrf.append(chrf(p.goal.en, r.goal.en))
    # Partners and figures of unmatched platforms count too: missing a platform loses its partners.
    n_ref_partners = sum(len(p.partners) for p in rp)
    n_pred_partners = sum(len(p.partners) for p in pp)
    d["partners_missed"] += [x.zh for i in range(len(rp)) if i not in matched_r for x in rp[i].partners]
    s["partner_p"], s["partner_r"], s["partner_f1"] = prf(tp_partners, n_pred_partners, n_ref_partners)
    n_ref_scale = sum(len(p.scale) for p in rp)
    n_pred_scale = sum(len(p.scale) for p in pp)
    s["scale_recall"] = scale_hit / n_ref_scale if n_ref_scale else None
    s["scale_precision"] = scale_tp_pred / n_pred_scale if n_pred_scale else None
    s["goal_rougeL"] = _mean(goal_scores)
    s["name_en_exact"] = name_hits / name_total if name_total else None
    s["platform_en_exact"] = plat_hits / len(m) if m else None
    s["partner_en_exact"] = part_hits / part_total if part_total else None
    s["goal_en_chrf"] = _mean(goal_chrf)
    s["name_en_f1"] = _mean(name_f1)
    s["scale_en_chrf"] = _mean(scale_chrf)
    if ref.summary.zh:
        s.update({f"summary_zh_{k}": v for k, v in rouge(pred.summary.zh, ref.summary.zh, "zh").items()})
    if ref.summary.en:
        s["summary_en_rougeL"] = rouge(pred.summary.en, ref.summary.en, "en")["rougeL"]
        s["summary_en_chrf"] = chrf(pred.summary.en, ref.summary.en)
    if ref.title.en:
        s["title_en_chrf"] = chrf(pred.title.en, ref.title.en)
    return out


def _match_figures(ref: list, pred: list) -> list[tuple[int, int]]:
    """One-to-one pairs (reference index, predicted index) of scale items with the same figure, each reference
    item taking the first predicted item not yet taken."""
    used: set[int] = set()
    out = []
    for a, x in enumerate(ref):
        for b, y in enumerate(pred):
            if b not in used and figures_match(x.value, x.unit, y.value, y.unit):
                used.add(b)
                out.append((a, b))
                break
    return out


def _mean(xs: Iterable[float]) -> Optional[float]:
    xs = list(xs)
    return sum(xs) / len(xs) if xs else None

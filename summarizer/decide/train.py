"""Training the decision models from gold briefs, and cross-validating them by article.

    examples(engine, refs)            per article, every candidate's features and its gold label
    fit(examples)                     one logistic regression per decision (scikit-learn, deterministic)
    cross_validate(refs, folds=5)     every article scored by a model trained without it

Labels come from the gold the way `summarizer eval` matches it (eval/metrics.py): a candidate platform is
positive when it is the one-to-one match of a gold platform's name; the partner and scale candidates are
read with the gold-matched platforms kept (oracle selection), so each field learns from its own errors only.
Needs the `eval` extra (scikit-learn, rouge-score).
"""
from __future__ import annotations

import random
from dataclasses import dataclass, field
from typing import Callable, Iterable, Optional

from .. import schema
from ..errors import SummarizerError
from .model import KINDS, Decisions, LinearModel

Example = tuple[dict[str, float], int]
GOAL_MATCH = 0.5  # ROUGE-L from which a goal candidate counts as the gold goal's phrase


@dataclass
class ArticleExamples:
    id: str
    by_kind: dict[str, list[Example]] = field(default_factory=dict)


def _oracle(gold_names: list[str], record: list[Example]) -> Callable:
    """A stand-in platform decision: keeps the candidates that match the gold one-to-one, and records every
    candidate's features with that label."""
    from summarizer.eval import metrics

    def decide(cands) -> list[float]:
        pairs = metrics._match(gold_names, [p.name for p in cands], metrics.names_match)
        matched = {j for _, j in pairs}
        for j, p in enumerate(cands):
            record.append((dict(p.features), int(j in matched)))
        return [1.0 if j in matched else 0.0 for j in range(len(cands))]

    return decide


def article_examples(engine, rid: str, article: str, ref: schema.Brief) -> ArticleExamples:
    """The labelled candidates of one article under `engine` (an EmbeddedEngine)."""
    from summarizer.eval import metrics

    out = ArticleExamples(rid, {k: [] for k in KINDS})
    gold = [p.name.zh for p in ref.platforms]
    saved = engine.finder.decide
    engine.finder.decide = _oracle(gold, out.by_kind["platform"])
    try:
        fields = engine.candidates(article.encode("utf-8"))
    finally:
        engine.finder.decide = saved
    found = [f.platform for f in fields]
    pairs = dict((j, i) for i, j in metrics._match(gold, [p.name for p in found], metrics.names_match))
    for j, f in enumerate(fields):
        g = ref.platforms[pairs[j]] if j in pairs else None
        gold_partners = [metrics.partner_key(x.zh) for x in g.partners] if g else []
        for name, feats in f.partners:
            key = metrics.partner_key(name)
            out.by_kind["partner"].append((feats, int(any(metrics.names_match(key, k) for k in gold_partners))))
        for fig, feats in f.scale:
            ok = g is not None and any(metrics.figures_match(fig.value, fig.unit, s.value, s.unit) for s in g.scale)
            out.by_kind["scale"].append((feats, int(ok)))
        for phrase, feats in f.goals:  # a phrase states the goal where it overlaps the gold's as ROUGE-L reads it
            ok = g is not None and bool(g.goal.zh) and metrics.rouge(phrase.text, g.goal.zh, "zh")["rougeL"] >= GOAL_MATCH
            out.by_kind["goal"].append((feats, int(ok)))
    return out


def examples(engine, refs: Iterable[tuple[str, str, schema.Brief]], progress: bool = False) -> list[ArticleExamples]:
    refs = list(refs)
    if progress:
        from tqdm import tqdm

        refs = tqdm(refs, desc="candidates", unit="art")
    out = []
    for rid, article, ref in refs:
        try:
            out.append(article_examples(engine, rid, article, ref))
        except SummarizerError:
            out.append(ArticleExamples(rid, {k: [] for k in KINDS}))  # an article the engine refuses teaches nothing
    return out


# Per decision: regularisation, and which features it reads (a prefix excluded). Chosen by cross-validation by
# article (`summarizer eval --cv 5`): the platform decision does better without one weight per kind of name.
# The platform decision also goes without the count of an article's candidates: the gold articles are ~700-character
# excerpts, and a full-length article (dozens of candidates) would sit outside everything it was trained on.
SETTINGS = {"platform": {"c": 0.1, "exclude": ("kind:", "traditional", "candidates")}, "partner": {"c": 0.3, "exclude": ()},
            "scale": {"c": 0.1, "exclude": ()}, "goal": {"c": 0.1, "exclude": ()}}
# Evidence whose direction is known: a weight of the wrong sign is noise from correlated features on little data
# (a builder "由X建设" must never look more like a platform), so such a feature is dropped and the model refitted.
SIGNS = {"platform": {"only_party": -1, "party_first": -1, "party_share": -1, "host": -1, "only_listed": -1,
                      "parent": -1, "category": -1, "no_body": -1, "inside_other": -1, "place_share": -1,
                      "built": 1, "facts": 1, "introduced": 1, "in_title": 1, "heading": 1, "quoted": 1,
                      "rule_score": 1, "rule_final": 1, "gap_to_top": 1, "top": 1, "sentences": 1, "soft": 1,
                      "specific": 1, "built_count": 1},
         "partner": {"role": 1, "rule_keep": 1, "acceptable": 1, "media": -1, "affiliation": -1, "descriptive": -1},
         "scale": {"rule": 1, "in_list": -1, "others_part": -1, "nearer_other": -1, "other_subject": -1, "others_clause": -1,
                   "own_clause": 1}}
# The decisions `summarizer train` ships: those whose learned model scored at least as well as the hand rules
# in cross-validation by article (README, "Decisions"); `--kinds` trains others.
SHIPPED = ("platform",)


def fit_one(rows: list[Example], c: float = 0.5, exclude: tuple[str, ...] = (),
            signs: Optional[dict[str, int]] = None, bags: int = 15) -> Optional[LinearModel]:
    """A standardised, L2-regularised logistic regression (lbfgs: deterministic) over the union of features,
    bagged (see _bagged); features whose weight comes out against their known direction (`signs`) are dropped
    and the model refitted."""
    if not rows or len({y for _, y in rows}) < 2:
        return None
    import numpy as np
    from sklearn.linear_model import LogisticRegression

    names = sorted({f for x, _ in rows for f in x if not (exclude and f.startswith(exclude))})
    y = np.array([lab for _, lab in rows])
    for _ in range(10):
        X = np.array([[x.get(f, 0.0) for f in names] for x, _ in rows], dtype=float)
        mean, scale = X.mean(axis=0), X.std(axis=0)
        scale[scale == 0] = 1.0
        coef, intercept = _bagged((X - mean) / scale, y, c, bags)
        wrong = {f for f, w in zip(names, coef) if (signs or {}).get(f, 0) * w < 0}
        if not wrong:
            break
        names = [f for f in names if f not in wrong]
    return LinearModel(coef=dict(zip(names, map(float, coef))), intercept=float(intercept),
                       mean=dict(zip(names, map(float, mean))), scale=dict(zip(names, map(float, scale))))


def _bagged(Z, y, c: float, bags: int):
    """The mean weights of `bags` logistic regressions, one on all rows and the others on bootstrap samples
    (seeded: deterministic). A few hundred candidates give unstable weights; their mean decides a borderline
    candidate the same way whatever the last article added (cross-validated: partners and figures gain)."""
    import numpy as np
    from sklearn.linear_model import LogisticRegression

    rng = np.random.RandomState(0)
    coefs, intercepts = [], []
    for b in range(bags):
        idx = np.arange(len(y)) if b == 0 else rng.randint(0, len(y), len(y))
        if len(set(y[idx].tolist())) < 2:
            continue
        clf = LogisticRegression(C=c, max_iter=5000).fit(Z[idx], y[idx])
        coefs.append(clf.coef_[0])
        intercepts.append(clf.intercept_[0])
    return np.mean(coefs, axis=0), float(np.mean(intercepts))


def pick_threshold(arts: list[ArticleExamples], kind: str, folds: int = 5) -> float:
    """The keep threshold that gives the best F1 on held-out candidates, by an inner cross-validation over these
    articles only (so the outer `eval --cv` stays honest); 0.5 when there is too little to tell."""
    fold = folds_of([a.id for a in arts], folds, seed=1)
    scored: list[tuple[float, int]] = []
    for k in range(folds):
        m = fit_one([e for a, f in zip(arts, fold) if f != k for e in a.by_kind.get(kind, [])], **SETTINGS[kind],
                    signs=SIGNS.get(kind))
        if m is None:
            return 0.5
        scored += [(m.probability(x), y) for a, f in zip(arts, fold) if f == k for x, y in a.by_kind.get(kind, [])]
    grid = [x / 20 for x in range(3, 16)]  # 0.15 … 0.75
    f1 = []
    for t in grid:
        tp = sum(1 for p, y in scored if p >= t and y)
        fp = sum(1 for p, y in scored if p >= t and not y)
        fn = sum(1 for p, y in scored if p < t and y)
        f1.append(2 * tp / max(1, 2 * tp + fp + fn))
    # F1 is flat over a wide range on ~100 articles and its peak moves with one label: the threshold is the middle
    # of the best window of three steps, not the noisiest single point (a retrain must not swing it by 0.1).
    best, best_f = 0.5, -1.0
    for k in range(1, len(grid) - 1):  # 0.20 … 0.70
        if grid[k] > MAX_THRESHOLD.get(kind, 1.0):
            break
        f = sum(f1[k - 1 : k + 2]) / 3
        if f > best_f + 1e-9:
            best, best_f = grid[k], f
    return best


# The gold articles are ~700-character excerpts, where a platform first named late is mostly named in passing; in a
# full-length article a second platform described in its own paragraphs scores 0.4-0.5 (our fixtures). Above 0.4
# the excerpts' F1 is flat (within 0.01), so the platform threshold stays at or below it.
MAX_THRESHOLD = {"platform": 0.4}
# Below it the inner cross-validation cannot choose either: its candidate F1 is flat from 0.3 to 0.55 (within 0.02)
# and its peak moves with the inner split, so a training set now and then came out at 0.3, and that fold lost 0.03
# to 0.2 of platform F1 to names said in passing (cross-validated by article over fold seeds 0/1/2: never a gain).
# The platform threshold is therefore the cap itself; the other decisions keep the inner choice.
FIXED_THRESHOLD = {"platform": MAX_THRESHOLD["platform"]}


def fit(arts: list[ArticleExamples], info: Optional[dict] = None, kinds: tuple[str, ...] = KINDS) -> Decisions:
    """The decision models of `kinds` (the others are left to the hand rules) from these articles' examples,
    each with its threshold chosen by an inner cross-validation (the platform's is fixed: FIXED_THRESHOLD)."""
    models = {}
    for kind in kinds:
        m = fit_one([e for a in arts for e in a.by_kind.get(kind, [])], **SETTINGS[kind], signs=SIGNS.get(kind))
        if m is not None:
            m.threshold = FIXED_THRESHOLD.get(kind) or pick_threshold(arts, kind)
            models[kind] = m
    return Decisions(models=models, info=dict(info or {}, articles=len(arts)))


def folds_of(ids: list[str], k: int, seed: int = 0) -> list[int]:
    """A fold per article: a seeded shuffle of the ids in sorted order, dealt round-robin (deterministic)."""
    order = sorted(ids)
    random.Random(seed).shuffle(order)
    fold = {rid: n % k for n, rid in enumerate(order)}
    return [fold[rid] for rid in ids]

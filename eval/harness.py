"""The evaluation harness behind `summarizer eval`: references, human summaries, translations.

    evaluate_refs(engine, path)          field scores of briefs against hand-written reference briefs
    evaluate_summaries(engine, path)     our Chinese summary vs LEAD and TextRank, ROUGE at equal length
    evaluate_translations(tr, path)      corpus chrF and BLEU of a translator, sentences in file order

Each returns a plain dict (the --report JSON); `format_*` turn them into the tables the CLI prints.
A bad record is reported and skipped, never fatal.
"""
from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Iterator, Optional

from pydantic import ValidationError

from summarizer import schema
from summarizer.errors import CAUGHT_FAILURES, SummarizerError

from . import metrics
from .baselines import lead, textrank


class EvalDataError(SummarizerError):
    """A references / summaries / translations file that cannot be read at all."""


def read_jsonl(path: str | Path) -> Iterator[tuple[int, dict | None, str]]:
    """(line number, object or None, error) for every non-empty line."""
    p = Path(path)
    if not p.is_file():
        raise EvalDataError(f"no such file: {path}")
    with p.open("rb") as f:
        for n, raw in enumerate(f, 1):
            if not raw.strip():
                continue
            try:
                obj = json.loads(raw.decode("utf-8"))
            except Exception as e:  # bad UTF-8, bad JSON, nested too deep: this line only
                yield n, None, f"line {n}: not a JSON line ({type(e).__name__})"
                continue
            if not isinstance(obj, dict):
                yield n, None, f"line {n}: not a JSON object"
                continue
            yield n, obj, ""


_BRIEF_KEYS = ("title", "summary", "platforms")


def _reference_of(obj: dict) -> dict:
    """The reference brief of a record: its "reference", or its top-level title/summary/platforms (the shape
    of ../shared/corpus/real_briefs_dev.jsonl), with each scale item's value and unit read off its phrase
    where the record gives only zh/en ("总投资约113亿元" → 113, 亿元, 约)."""
    if "reference" in obj:
        ref = obj["reference"]
        if not isinstance(ref, dict):
            raise ValueError("reference is not an object")
    else:
        ref = {k: obj[k] for k in _BRIEF_KEYS if k in obj}
    platforms = ref.get("platforms")
    if isinstance(platforms, list):
        ref = dict(ref, platforms=[_with_figures(p) for p in platforms])
    return ref


def _with_figures(p):
    if not isinstance(p, dict) or not isinstance(p.get("scale"), list):
        return p
    scale = []
    for item in p["scale"]:
        if isinstance(item, dict) and "value" not in item and isinstance(item.get("zh"), str):
            # A phrase the figure pattern cannot read stays a reference figure that nothing matches (NaN).
            value, unit, qualifier = metrics.figure_of_phrase(item["zh"]) or (float("nan"), "", "")
            item = dict(item, value=value, unit=unit, qualifier=item.get("qualifier", qualifier))
        scale.append(item)
    return dict(p, scale=scale)


def load_references(path: str | Path) -> tuple[list[tuple[str, str, schema.Brief]], list[str]]:
    """[(id, article, reference Brief)], [errors]. Format: {"id", "article", "reference": Brief}, or the brief's
    fields at top level beside "article" (scale items may give only zh/en: value and unit are read off zh)."""
    out, errors = [], []
    for n, obj, err in read_jsonl(path):
        if obj is None:
            errors.append(err)
            continue
        rid = str(obj.get("id") or f"line-{n}")
        if not isinstance(obj.get("article"), str) or not obj["article"].strip():
            errors.append(f"{rid}: no article text")
            continue
        try:
            ref = schema.Brief.model_validate(_reference_of(obj))
        except ValidationError as e:
            errors.append(f"{rid}: reference is not a Brief: {e.errors()[0]['loc']} {e.errors()[0]['msg']}")
            continue
        except ValueError as e:
            errors.append(f"{rid}: reference is not a Brief: {e}")
            continue
        out.append((rid, obj["article"], ref))
    return out, errors


def _stats(values: list[float]) -> dict:
    vals = [v for v in values if v is not None]
    if not vals:
        return {"n": 0, "mean": None, "std": None, "min": None, "max": None}
    mean = sum(vals) / len(vals)
    std = math.sqrt(sum((v - mean) ** 2 for v in vals) / len(vals))
    return {"n": len(vals), "mean": mean, "std": std, "min": min(vals), "max": max(vals)}


FIELDS = ("platform_p", "platform_r", "platform_f1", "partner_p", "partner_r", "partner_f1", "scale_recall",
          "scale_precision", "goal_rougeL", "goal_en_chrf", "name_en_exact", "platform_en_exact", "partner_en_exact",
          "summary_zh_rouge1",
          "summary_zh_rouge2", "summary_zh_rougeL", "summary_en_rougeL", "summary_en_chrf",
          "name_en_f1", "scale_en_chrf", "title_en_chrf")


def _score_all(engine, refs: list[tuple[str, str, schema.Brief]], errors: list[str], progress: bool = False) -> list[dict]:
    """Every reference article briefed by `engine` and scored; a failure is scored as an empty brief."""
    articles = []
    it = refs
    if progress:
        from tqdm import tqdm

        it = tqdm(refs, desc="articles", unit="art")
    for rid, article, ref in it:
        try:
            pred = engine.brief(article.encode("utf-8", "replace"), id=rid)  # bytes: text, never a path
        except Exception as e:  # one article's failure is reported and scored as an empty brief; the evaluation goes on
            why = f"the engine refused the article: {e}" if isinstance(e, SummarizerError) else f"{type(e).__name__}: {e}"
            errors.append(f"{rid}: {why}")
            pred = schema.Brief(id=rid)
        errors.extend(f"{rid}: {w}" for w in pred.meta.warnings if any(x in w for x in CAUGHT_FAILURES))  # a caught bug is an error
        sc = metrics.score_brief(pred, ref, rid)
        articles.append({"id": rid, "overall": sc.overall, "scores": sc.scores, "diff": sc.diff})
    return articles


def _field_stats(articles: list[dict]) -> dict:
    return {k: _stats([a["scores"].get(k) for a in articles]) for k in FIELDS}


def load_all(paths, limit: Optional[int] = None) -> tuple[list[tuple[str, str, schema.Brief]], list[str]]:
    """The references of one file or several (ids must be unique across them); the first `limit` of each."""
    refs, errors = [], []
    for path in [paths] if isinstance(paths, (str, Path)) else paths:
        r, e = load_references(path)
        refs += r[:limit] if limit is not None else r
        errors += e
    return refs, errors


def evaluate_refs(engine, path, progress: bool = False, limit: Optional[int] = None) -> dict:
    """Run `engine` on every reference article (one file or several; the first `limit` of each) and score
    its brief field by field."""
    refs, errors = load_all(path, limit)
    articles = _score_all(engine, refs, errors, progress)
    halves = {name: {k: _stats([a["scores"].get(k) for a in articles[start::2]])["mean"] for k in FIELDS}
              for name, start in (("odd", 0), ("even", 1))}
    return {"kind": "references", "file": _names(path), "engine": getattr(engine, "name", "?"),
            "n_articles": len(articles), "errors": errors, "fields": _field_stats(articles), "halves": halves,
            "articles": articles}


def _names(path) -> str:
    return str(path) if isinstance(path, (str, Path)) else " + ".join(map(str, path))


def cross_validate_refs(engine, path, folds: int = 5, progress: bool = False, kinds: Optional[tuple[str, ...]] = None,
                        limit: Optional[int] = None) -> dict:
    """Cross-validation by article: the decision models (summarizer/decide) are trained on the gold of all
    folds but one and score that one, so every article is scored by a model that never saw it. The engine's
    own models are put back afterwards."""
    from summarizer.decide import train

    refs, errors = load_all(path, limit)
    ex = {a.id: a for a in train.examples(engine, refs, progress)}
    fold_of = dict(zip([r[0] for r in refs], train.folds_of([r[0] for r in refs], folds)))
    saved = engine.decisions
    per_fold, articles = [], []
    try:
        for k in range(folds):
            held = [r for r in refs if fold_of[r[0]] == k]
            engine.use_decisions(train.fit([ex[r[0]] for r in refs if fold_of[r[0]] != k], kinds=kinds or train.SHIPPED))
            arts = _score_all(engine, held, errors)
            per_fold.append({k2: v["mean"] for k2, v in _field_stats(arts).items()})
            articles += arts
    finally:
        engine.use_decisions(saved)
    return {"kind": "references", "file": _names(path), "engine": getattr(engine, "name", "?") + f" (cross-validated, {folds} folds by article)",
            "n_articles": len(articles), "errors": errors, "fields": _field_stats(articles), "folds": per_fold,
            "articles": articles}


def format_refs(report: dict, worst: int = 5) -> str:
    folds = report.get("folds")
    cols = [f"fold{k + 1}" for k in range(len(folds))] if folds else ["odd", "even"]
    lines = [f"{report['n_articles']} articles from {report['file']} · engine {report['engine']}",
             f"{'field':<20}{'mean':>8}{'std':>8}{'min':>8}{'max':>8}{'n':>5}" + "".join(f"{c:>8}" for c in cols)]
    halves = dict(enumerate(folds)) if folds else report.get("halves", {})
    keys = list(range(len(folds))) if folds else ["odd", "even"]
    for k, st in report["fields"].items():
        if st["n"]:
            h = [halves.get(x, {}).get(k) for x in keys]
            hs = "".join(f"{v:>8.3f}" if v is not None else f"{'-':>8}" for v in h)
            lines.append(f"{k:<20}{st['mean']:>8.3f}{st['std']:>8.3f}{st['min']:>8.3f}{st['max']:>8.3f}{st['n']:>5}{hs}")
    arts = sorted(report["articles"], key=lambda a: a["overall"])[:worst]
    if arts:
        lines.append(f"\nworst {len(arts)} (mean of platform F1, partner F1, scale recall, goal ROUGE-L, name EM):")
    for a in arts:
        lines.append(f"- {a['id']}  {a['overall']:.3f}")
        for key, items in a["diff"].items():
            if items:
                shown = ["“%s”: %s ≠ %s" % tuple(x) if isinstance(x, list) else str(x) for x in items[:8]]
                lines.append(f"    {key}: " + "; ".join(shown) + (" …" if len(items) > 8 else ""))
    for e in report["errors"]:
        lines.append(f"error: {e}")
    return "\n".join(lines)


# ---- summaries against people's summaries ------------------------------------------------------------
def _wanted(obj: dict, ids: Optional[set[str]], prefixes: tuple[str, ...]) -> bool:
    rid = str(obj.get("id"))
    return (ids is None or rid in ids) and (not prefixes or rid.startswith(prefixes))


def evaluate_summaries(engine, path: str | Path, ids: Optional[set[str]] = None, limit: Optional[int] = None,
                       progress: bool = False, prefixes: tuple[str, ...] = ()) -> dict:
    """ROUGE (Chinese, characters) of our summary, LEAD and TextRank against human summaries. Every system
    gets the same budget per article: the length of the human summary; every output is cut to it.
    Records are {id, article, summary}, or reference records {id, article, reference: Brief} (summary.zh)."""
    systems = ("ours", "lead", "textrank")
    per: dict[str, dict[str, list[float]]] = {s: {k: [] for k in metrics.ROUGE_TYPES} for s in systems}
    errors, rows = [], []
    records = [(n, o, e) for n, o, e in read_jsonl(path) if o is None or _wanted(o, ids, prefixes)]
    if limit:
        records = records[:limit]
    it = records
    if progress:
        from tqdm import tqdm

        it = tqdm(records, desc="articles", unit="art")
    for n, obj, err in it:
        if obj is None:
            errors.append(err)
            continue
        rid, article, human = str(obj.get("id", f"line-{n}")), obj.get("article"), obj.get("summary")
        if human is None and isinstance(obj.get("reference"), dict):
            human = (obj["reference"].get("summary") or {}).get("zh")
        if isinstance(human, dict):  # a reference with the brief's fields at top level: {"zh", "en"}
            human = human.get("zh")
        if not isinstance(article, str) or not isinstance(human, str) or not human.strip():
            errors.append(f"{rid}: needs 'article' and 'summary' text")
            continue
        budget = len(human.strip())
        try:
            ours, sentences = engine.summary_zh(article.encode("utf-8", "replace"), budget)
        except Exception as e:
            errors.append(f"{rid}: {type(e).__name__}: {e}")
            continue
        outs = {"ours": ours[:budget], "lead": lead(sentences, budget), "textrank": textrank(sentences, budget)}
        row = {"id": rid, "budget": budget}
        for s in systems:
            r = metrics.rouge(outs[s], human, "zh")
            row[s] = r
            for k in metrics.ROUGE_TYPES:
                per[s][k].append(r[k])
        rows.append(row)
    table = {s: {k: (sum(v) / len(v) if v else None) for k, v in per[s].items()} for s in systems}
    return {"kind": "summaries", "file": str(path), "n_articles": len(rows), "budget": "length of the human summary",
            "systems": table, "errors": errors, "articles": rows}


def format_summaries(report: dict, title: str = "") -> str:
    lines = [f"{title or report['file']}: {report['n_articles']} articles, budget = {report['budget']}",
             f"{'system':<10}{'ROUGE-1':>9}{'ROUGE-2':>9}{'ROUGE-L':>9}"]
    for s, r in report["systems"].items():
        if r["rougeL"] is not None:
            lines.append(f"{s:<10}{100 * r['rouge1']:>9.2f}{100 * r['rouge2']:>9.2f}{100 * r['rougeL']:>9.2f}")
    lines += [f"error: {e}" for e in report["errors"][:20]]
    return "\n".join(lines)


# ---- translation ---------------------------------------------------------------------------------------
def evaluate_translations(translator, path: str | Path, limit: Optional[int] = None, batch: int = 64) -> dict:
    """Corpus chrF and BLEU (sacrebleu) of `translator` on {"zh", "en"} pairs, sentences in file order."""
    pairs, errors = [], []
    for n, obj, err in read_jsonl(path):
        if obj is None:
            errors.append(err)
        elif isinstance(obj.get("zh"), str) and isinstance(obj.get("en"), str):
            pairs.append((obj["zh"], obj["en"]))
        else:
            errors.append(f"line {n}: needs 'zh' and 'en'")
        if limit and len(pairs) >= limit:
            break
    hyps: list[str] = []
    for k in range(0, len(pairs), batch):
        chunk = [zh for zh, _ in pairs[k : k + batch]]
        out = translator.translate_batch(chunk)
        if len(out) != len(chunk):
            raise EvalDataError(f"the translator returned {len(out)} sentences for {len(chunk)}")
        hyps.extend(out)
    scores = metrics.corpus_chrf_bleu(hyps, [en for _, en in pairs]) if pairs else {"chrf": None, "bleu": None}
    return {"kind": "translations", "file": str(path), "translator": getattr(translator, "name", "?"),
            "n_sentences": len(pairs), **scores, "errors": errors,
            "samples": [{"zh": zh, "ref": en, "hyp": h} for (zh, en), h in list(zip(pairs, hyps))[:5]]}


def format_translations(report: dict) -> str:
    if not report["n_sentences"]:
        return f"no sentence pairs in {report['file']}"
    return (f"{report['translator']} on {report['n_sentences']} sentences of {report['file']}: "
            f"chrF {report['chrf']:.2f} · BLEU {report['bleu']:.2f}")

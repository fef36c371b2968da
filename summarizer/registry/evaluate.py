"""Merge precision and recall of the registry's identity rules on the hand-labelled platform_merge set.

    python -m summarizer.registry.evaluate [--corpus ../shared/corpus] [--json OUT] [--show-errors]

Two runs over the same articles (platform_merge.jsonl; its README section says how it was labelled):

- engine: each article briefed by the embedded engine, its platforms made into mention records exactly as the
  registry build does (records.mention_records), clustered by identity.cluster() in one batch. A found platform
  is scored when it maps to a gold platform of its article by the eval's name rule (metrics.names_match against
  the gold name or one of its gold mentions); unmapped ones are counted and left out of the pairs.
- gold: the gold platforms fed in directly (gold name; its gold mentions as declared names; context, place and
  partners from the article as the build would find them), so extraction misses cannot hide merge errors.

Scored on PAIRS of mentions from different articles: a pair is positive when both carry the same gold cluster;
predicted positive when clustered together. Precision = TP / predicted pairs, recall = TP / gold pairs.
Pairs within one article are left out (identity never merges one article's platforms).
"""
from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass, field
from itertools import combinations
from pathlib import Path
from typing import Optional

from .identity import cluster
from .places import kind_of, place_of
from .records import MentionRecord, _sentence_around, mention_records, normalise


@dataclass
class GoldMention(MentionRecord):
    """A gold platform fed in directly; `aliases` are the other forms the article uses (hand-labelled)."""

    aliases: list[str] = field(default_factory=list)


@dataclass
class Scored:
    ref: str
    article: str
    name: str
    gold: str
    pred: str = ""
    reason: str = ""


def pair_scores(items: list[Scored]) -> dict:
    tp = fp = fn = 0
    errors = []
    for a, b in combinations(items, 2):
        if a.article == b.article:
            continue
        same_gold, same_pred = a.gold == b.gold, a.pred == b.pred
        tp += same_gold and same_pred
        fp += same_pred and not same_gold
        fn += same_gold and not same_pred
        if same_gold != same_pred:
            errors.append({"kind": "false merge" if same_pred else "missed merge", "a": f"{a.article} {a.name} ({a.gold})",
                           "b": f"{b.article} {b.name} ({b.gold})", "reason_a": a.reason, "reason_b": b.reason})
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return {"precision": round(p, 4), "recall": round(r, 4), "tp": tp, "fp": fp, "fn": fn,
            "gold_pairs": tp + fn, "predicted_pairs": tp + fp, "mentions": len(items), "errors": errors}


def _assign(records: list[MentionRecord], scored: list[Scored]) -> None:
    by_ref = {a.ref: a for a in cluster(records, [])}
    for s in scored:
        a = by_ref[s.ref]
        s.pred, s.reason = a.new_label or f"p{a.platform_id}", a.reason


def _gold_platform(name: str, gold: list[dict]) -> Optional[dict]:
    from summarizer.eval.metrics import names_match

    for g in gold:
        if any(names_match(name, n) for n in [g["name"], *g.get("mentions", [])]):
            return g
    return None


def run_engine(rows: list[dict]) -> dict:
    from summarizer import EmbeddedEngine

    engine = EmbeddedEngine()
    records, scored, unmapped, missed = [], [], [], 0
    for r in rows:
        brief = engine.brief(r["article"])
        brief.id = r["id"]
        ms = mention_records(brief, date=r.get("published") or None)
        found = set()
        for m in ms:
            records.append(m)
            g = _gold_platform(m.name_zh, r["platforms"])
            if g is None:
                unmapped.append(f"{r['id']} {m.name_zh}")
                continue
            found.add(g["cluster"])
            scored.append(Scored(m.ref, r["id"], m.name_zh, g["cluster"]))
        missed += sum(1 for g in r["platforms"] if g["cluster"] not in found)
    _assign(records, scored)
    out = pair_scores(scored)
    out.update(found_unmapped=len(unmapped), unmapped=unmapped, gold_platforms_not_found=missed,
               mentions_clustered=len(records))
    return out


def run_gold(rows: list[dict]) -> dict:
    """Gold names in; place and partners as the build finds them (partners from the engine's brief of the
    same platform when the engine found it, else none)."""
    from summarizer import EmbeddedEngine

    engine = EmbeddedEngine()
    records, scored = [], []
    for r in rows:
        brief = engine.brief(r["article"])
        text = brief.text or r["article"]
        for i, g in enumerate(r["platforms"]):
            ref = f"{r['id']}#g{i}"
            ctx = _context(text, [g["name"], *g.get("mentions", [])])
            partners = []
            for p in brief.platforms:
                if _gold_platform(p.name.zh, [g]) is not None:
                    partners = [x.zh for x in p.partners if x.zh]
                    break
            place, _ = place_of([("name", g["name"]), ("sentence", ctx), ("partners", " ".join(partners)),
                                 ("title", brief.title.zh), ("article", text[:5000])])
            records.append(GoldMention(ref=ref, article_id=r["id"], name_zh=g["name"], norm=normalise(g["name"]),
                                       context=ctx, partners=partners, city=place.city, province=place.province,
                                       kind=kind_of(normalise(g["name"])), date=r.get("published") or None,
                                       aliases=list(g.get("mentions", []))))
            scored.append(Scored(ref, r["id"], g["name"], g["cluster"]))
    _assign(records, scored)
    return pair_scores(scored)


def _context(text: str, names: list[str]) -> str:
    from .identity import _simplify

    simple = _simplify(text)
    seen: list[str] = []
    for n in names:
        i = simple.find(_simplify(n))
        if i >= 0:
            s = _sentence_around(text, i, i + len(n))
            if s not in seen:
                seen.append(s)
    return "".join(seen)[:600]


def main(argv: Optional[list[str]] = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m summarizer.registry.evaluate", description=__doc__.split("\n")[0])
    ap.add_argument("--corpus", default="../shared/corpus", help="folder holding platform_merge.jsonl")
    ap.add_argument("--json", help="write the full report (errors included) here")
    ap.add_argument("--show-errors", action="store_true", help="print every wrong pair")
    args = ap.parse_args(argv)
    path = Path(args.corpus) / "platform_merge.jsonl"
    try:
        rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    except (OSError, ValueError) as e:
        print(f"error: cannot read {path}: {e}", file=sys.stderr)
        return 1
    report = {"articles": len(rows), "engine": run_engine(rows), "gold": run_gold(rows)}
    for mode in ("engine", "gold"):
        s = report[mode]
        extra = (f"; found platforms not mapped to gold: {s['found_unmapped']}, gold platforms not found: "
                 f"{s['gold_platforms_not_found']}") if mode == "engine" else ""
        print(f"{mode:6s} precision {s['precision']:.3f}  recall {s['recall']:.3f}  (tp {s['tp']}, fp {s['fp']}, "
              f"fn {s['fn']}; {s['mentions']} scored mentions{extra})")
        if args.show_errors:
            for e in s["errors"]:
                print(f"  {e['kind']}: {e['a']}  <>  {e['b']}\n      {e['reason_a']} | {e['reason_b']}")
    if args.json:
        Path(args.json).write_text(json.dumps(report, ensure_ascii=False, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())

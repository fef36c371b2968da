"""Merge precision and recall of the registry's identity rules on the hand-labelled platform_merge set.

    python -m summarizer.registry.evaluate [--corpus ../shared/corpus | --data FILE.jsonl] [--rules name,...]
                                           [--no-registry] [--json OUT] [--show-errors]

Three runs over the same articles (platform_merge.jsonl; its README section says how it was labelled):

- engine: each article briefed by the embedded engine, its platforms made into mention records exactly as the
  registry build does (records.mention_records), clustered by identity.cluster() in one batch. A found platform
  is scored when it maps to a gold platform of its article by the eval's name rule (metrics.names_match against
  the gold name or one of its gold mentions); unmapped ones are counted and left out of the pairs.
- gold: the gold platforms fed in directly (gold name; its gold mentions as declared names; context, place and
  partners from the article as the build would find them), so extraction misses cannot hide merge errors.
- registry: the engine's briefs written to a run directory and built by the registry build itself
  (summarizer.registry.build, a few briefs per batch so later batches meet earlier platforms as candidates
  from the database), platforms read back from the database.

`--rules name` (or name,evidence) leaves rules out, to measure what each adds.

Scored on PAIRS of mentions from different articles: a pair is positive when both carry the same gold cluster;
predicted positive when clustered together. Precision = TP / predicted pairs, recall = TP / gold pairs.
Pairs within one article are left out (the task is across articles; identity joins two platforms of one
article only when one is a phase, campus or short form of the other).

What the rules were tuned on: this very set (no held-out part); `--rules` shows how much rests on the two
rules added after reading its errors (partners+place, provincial lab).
"""
from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass, field
from itertools import combinations
from pathlib import Path
from typing import Optional

from .identity import RULES, cluster
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


def _assign(records: list[MentionRecord], scored: list[Scored], rules) -> None:
    by_ref = {a.ref: a for a in cluster(records, [], rules)}
    for s in scored:
        a = by_ref[s.ref]
        s.pred, s.reason = a.new_label or f"p{a.platform_id}", a.reason


def _gold_platform(name: str, gold: list[dict]) -> Optional[dict]:
    from summarizer.eval.metrics import names_match

    for g in gold:
        if any(names_match(name, n) for n in [g["name"], *g.get("mentions", [])]):
            return g
    return None


def brief_all(rows: list[dict]) -> dict:
    """The embedded engine's brief of each article, by id."""
    from summarizer import EmbeddedEngine

    engine = EmbeddedEngine()
    out = {}
    for r in rows:
        b = engine.brief(r["article"])
        b.id = r["id"]
        out[r["id"]] = b
    return out


def _engine_mentions(rows: list[dict], briefs: dict):
    """(mention records, scored mentions, unmapped names, gold platforms the engine missed)."""
    records, scored, unmapped, missed = [], [], [], 0
    for r in rows:
        found = set()
        for m in mention_records(briefs[r["id"]], date=r.get("published") or None):
            records.append(m)
            g = _gold_platform(m.name_zh, r["platforms"])
            if g is None:
                unmapped.append(f"{r['id']} {m.name_zh}")
                continue
            found.add(g["cluster"])
            scored.append(Scored(m.ref, r["id"], m.name_zh, g["cluster"]))
        missed += sum(1 for g in r["platforms"] if g["cluster"] not in found)
    return records, scored, unmapped, missed


def run_engine(rows: list[dict], briefs: dict, rules=RULES) -> dict:
    records, scored, unmapped, missed = _engine_mentions(rows, briefs)
    _assign(records, scored, rules)
    out = pair_scores(scored)
    out.update(found_unmapped=len(unmapped), unmapped=unmapped, gold_platforms_not_found=missed,
               mentions_clustered=len(records))
    return out


def run_registry(rows: list[dict], briefs: dict, batch_lines: int = 4) -> dict:
    """The engine's briefs built into a registry by the build itself; platforms read from the database."""
    import sqlite3
    import tempfile

    from .build import build

    _, scored, _, _ = _engine_mentions(rows, briefs)
    with tempfile.TemporaryDirectory() as tmp:
        run = Path(tmp)
        with (run / "briefs.jsonl").open("w", encoding="utf-8") as f:
            for r in rows:
                f.write(briefs[r["id"]].to_json(indent=None) + "\n")
        res = build(run, batch_lines=batch_lines)
        with sqlite3.connect(res.db) as db:
            got = dict(db.execute("SELECT ref, platform_id FROM mentions"))
            why = dict(db.execute("SELECT ref, reason FROM mentions"))
    for s in scored:
        s.pred, s.reason = f"p{got.get(s.ref)}", why.get(s.ref) or ""
    out = pair_scores(scored)
    out.update(platforms=res.platforms, batch_lines=batch_lines)
    return out


def run_gold(rows: list[dict], briefs: dict, rules=RULES) -> dict:
    """Gold names in; place and partners as the build finds them (partners from the engine's brief of the
    same platform when the engine found it, else none)."""
    records, scored = [], []
    for r in rows:
        brief = briefs[r["id"]]
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
    _assign(records, scored, rules)
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
    ap.add_argument("--data", help="another hand-labelled file of the same form (instead of --corpus)")
    ap.add_argument("--rules", default=",".join(RULES), help=f"rules to use, of {','.join(RULES)}")
    ap.add_argument("--no-registry", action="store_true", help="skip the run through the registry build")
    ap.add_argument("--json", help="write the full report (errors included) here")
    ap.add_argument("--show-errors", action="store_true", help="print every wrong pair")
    args = ap.parse_args(argv)
    rules = tuple(x.strip() for x in args.rules.split(",") if x.strip())
    if not set(rules) <= set(RULES):
        print(f"error: --rules takes some of {','.join(RULES)}", file=sys.stderr)
        return 2
    path = Path(args.data) if args.data else Path(args.corpus) / "platform_merge.jsonl"
    try:
        rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    except (OSError, ValueError) as e:
        print(f"error: cannot read {path}: {e}", file=sys.stderr)
        return 1
    briefs = brief_all(rows)
    report = {"articles": len(rows), "rules": list(rules), "engine": run_engine(rows, briefs, rules),
              "gold": run_gold(rows, briefs, rules)}
    if not args.no_registry and rules == RULES:
        report["registry"] = run_registry(rows, briefs)
    for mode in ("engine", "gold", "registry"):
        if mode not in report:
            continue
        s = report[mode]
        extra = (f"; found platforms not mapped to gold: {s['found_unmapped']}, gold platforms not found: "
                 f"{s['gold_platforms_not_found']}") if mode == "engine" else ""
        if mode == "registry":
            extra = f"; built {s['batch_lines']} briefs per batch, {s['platforms']} platforms"
        print(f"{mode:8s} precision {s['precision']:.3f}  recall {s['recall']:.3f}  (tp {s['tp']}, fp {s['fp']}, "
              f"fn {s['fn']}; {s['mentions']} scored mentions{extra})")
        if args.show_errors:
            for e in s["errors"]:
                print(f"  {e['kind']}: {e['a']}  <>  {e['b']}\n      {e['reason_a']} | {e['reason_b']}")
    if args.json:
        Path(args.json).write_text(json.dumps(report, ensure_ascii=False, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Names as real news translators write them: organisations the NER finds in the Chinese of a zh→en news test set
(../shared/corpus/mt_zhen.jsonl, WMT21), translated by the name grammar, counted found when our English appears in
the human reference sentence.

    python -m summarizer.eval.names_in_news                      # both halves
    python -m summarizer.eval.names_in_news --half dev --show 40 # read errors on the dev half only

Why: the 94 gold articles' names are in the glossary by now, and the knowledge-base hold-out (names_holdout) asks
for rows of its own lists; these are hundreds of names of every kind (governments, companies, media, foreign
bodies) with English written by people who never saw our tool. The sentences are split into two halves by eval.clauses'
hash of their id: read the dev half's misses to find kinds of error, report the test half as the figure nobody tuned
on. "Found" is strict (a reference may name a body another way, or not at all: "the ministry"), so the figure
is a before/after on the same mentions, not a ceiling.
"""
from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Iterable, Optional

from .clauses import half_of  # one split of the WMT sentences for every tool: a test half stays unread
from .metrics import norm_en
from .names_holdout import _spelling

CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus" / "mt_zhen.jsonl"


def _norm(s: str) -> str:
    """As eval matches names (metrics.norm_en, one spelling of centre), padded so that only whole words match."""
    return f" {norm_en(_spelling(s))} "


def mentions(pairs: Iterable[dict], tagger=None) -> list[tuple[str, str, str]]:
    """(id, organisation, reference sentence): each ORG of three characters or more the NER finds, once a sentence."""
    from summarizer.extract.ner import default_tagger

    pairs = list(pairs)
    tags = (tagger or default_tagger()).tag([p["zh"] for p in pairs])
    out = []
    for p, toks in zip(pairs, tags):
        seen = set()
        for w, t in toks:
            if t == "ORG" and len(w) >= 3 and w not in seen:
                seen.add(w)
                out.append((p["id"], w, p["en"]))
    return out


def score(found: list[tuple[str, str, str]], translate) -> tuple[float, list[tuple[str, str, str]]]:
    """Share of mentions whose English (`translate(zh)`) is in the reference sentence, and the misses
    (zh, ours, reference)."""
    misses = []
    for _, zh, ref in found:
        en = translate(zh)
        if _norm(en) not in _norm(ref):
            misses.append((zh, en, ref))
    return 1 - len(misses) / max(len(found), 1), misses


def main(argv: Optional[list[str]] = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", default=str(CORPUS), help="JSONL of {id, zh, en} (default: ../shared/corpus/mt_zhen.jsonl)")
    ap.add_argument("--half", choices=("dev", "test", "all"), default="all")
    ap.add_argument("--show", type=int, default=0, help="print this many misses (dev half only)")
    args = ap.parse_args(argv)
    path = Path(args.corpus)
    if not path.exists():
        raise SystemExit(f"error: {path} not found (the shared corpus sits beside the repository)")
    from summarizer.translate.glossary import GlossaryTranslator, jieba_words

    tr = GlossaryTranslator(segmenter=jieba_words)
    with open(path, encoding="utf-8") as f:
        pairs = [json.loads(line) for line in f if line.strip()]
    for h in ("dev", "test") if args.half == "all" else (args.half,):
        found = mentions([p for p in pairs if half_of(str(p["id"])) == h])
        share, misses = score(found, tr.translate_name)
        print(f"{h}: {len(found)} organisation mentions, our English found in the human reference: {share:.3f}")
        if h == "dev":
            for zh, en, ref in misses[: args.show]:
                print(f"{zh}\n   ours      {en}\n   reference {ref[:200]}")


if __name__ == "__main__":
    main()

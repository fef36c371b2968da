"""Does the name grammar compose established English names it was never given? Each organisation of the knowledge
base (summarizer/data/kb/orgs.tsv) is translated with its own row hidden, so only the grammar, the other rows
(parents, places, terms) and pinyin can name it; the result is compared with the row's English.

    python -m summarizer.eval.names_holdout                      # research bodies (研究所/研究院/实验室/中心 …)
    python -m summarizer.eval.names_holdout --kinds companies --show 30
    python -m summarizer.eval.names_holdout --kinds all --half 1 --terms learned_A.tsv   # a lexicon learned
                                                 # from half 0 (learn_terms.py --half 0), scored on half 1

The 94 real articles hold a few hundred names, most of them now in the glossary; these thousands of names, read
blind, are what tells whether a change to the grammar generalises. Exact match and word F1 as `eval` scores
names (`metrics.norm_en`: case, punctuation, a leading "the"), with "centre" = "center". The rows are ROR's, the
universities', the exchanges' registered names (SOURCES.md): an established English that no grammar reaches
("Xidian University") is expected to fail, so the figure matters as a before/after on the same rows, not as a
ceiling.
"""
from __future__ import annotations

import argparse
import hashlib
import re
from pathlib import Path

from .metrics import name_word_f1, norm_en

KINDS = {
    "research": r"(研究所|研究院|实验室|研究中心|中心)$",
    "universities": r"(大学|学院)$",
    "companies": r"(有限公司)$",
    "all": r"(研究所|研究院|实验室|研究中心|中心|学院|大学|研究会|协会|有限公司)$",
}


def half_of(zh: str) -> int:
    """The hash half (0 or 1) of a knowledge-base row by its Chinese name: stable across runs and machines, so a
    lexicon learned from one half (data/kb/rebuild/learn_terms.py --half) is scored on the other."""
    return hashlib.sha1(zh.encode("utf-8")).digest()[0] & 1


def _spelling(s: str) -> str:
    """One spelling of "centre": the knowledge base's rows write both (ROR "Center", Hong Kong "Centre")."""
    return re.sub(r"(?i)centre", "center", s)


def rows(kind: str, half: int | None = None) -> list[tuple[str, str]]:
    """(zh, en) of the knowledge base's organisations of a kind: five characters or more, no acronym as English,
    no bracketed campus or site (their English repeats the bracket's own row); of one hash half where given."""
    from summarizer.translate.knowledge import KB_DIR

    out = []
    with open(Path(KB_DIR) / "orgs.tsv", encoding="utf-8") as f:
        next(f)
        for line in f:
            zh, en, *_ = line.rstrip("\n").split("\t")
            if re.search(KINDS[kind], zh) and len(zh) >= 5 and "(" not in zh and "（" not in zh \
                    and not re.fullmatch(r"[A-Z0-9&\- ]+", en) and (half is None or half_of(zh) == half):
                out.append((zh, en))
    return out


def score(pairs: list[tuple[str, str]], learned: dict[str, str] | None = None
          ) -> tuple[float, float, list[tuple[str, str, str]]]:
    """Exact share, mean word F1 and the misses (zh, established, composed), each name with its own row hidden;
    `learned`: the learned field words to name them with (default: the shipped data/kb/learned_terms.tsv)."""
    from summarizer.translate.glossary import GlossaryTranslator, jieba_words

    tr = GlossaryTranslator(segmenter=jieba_words)
    if learned is not None:
        tr.learned = learned
    kb = tr.kb
    exact, f1s, misses = 0, [], []
    for zh, en in pairs:
        hidden = kb._merged.pop(zh, None)  # the row itself, not its aliases: a short form may stay known
        glossed = tr.glossary.entries.pop(zh, None)
        tr._cache.clear()
        try:
            got = tr.translate_name(zh)
        finally:
            if hidden is not None:
                kb._merged[zh] = hidden
            if glossed is not None:
                tr.glossary.entries[zh] = glossed
        f1s.append(name_word_f1(_spelling(got), _spelling(en)))
        if norm_en(_spelling(got)) == norm_en(_spelling(en)):
            exact += 1
        else:
            misses.append((zh, en, got))
    n = max(len(pairs), 1)
    return exact / n, sum(f1s) / n, misses


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--kinds", choices=sorted(KINDS), default="research")
    ap.add_argument("--show", type=int, default=0, help="print this many misses")
    ap.add_argument("--half", type=int, choices=(0, 1), help="score only the rows of this hash half (half_of)")
    ap.add_argument("--terms", help="learned field words to use instead of data/kb/learned_terms.tsv "
                                    "(a file learn_terms.py wrote; 'none': no learned words)")
    args = ap.parse_args(argv)
    learned = None
    if args.terms:
        from summarizer.translate.knowledge import load_learned_terms

        learned = {} if args.terms == "none" else load_learned_terms(Path(args.terms))
        if args.terms != "none" and not learned:
            ap.error(f"no learned terms in {args.terms}")
    pairs = rows(args.kinds, args.half)
    exact, f1, misses = score(pairs, learned)
    half = "" if args.half is None else f" (half {args.half})"
    print(f"{args.kinds}{half}: {len(pairs)} names of the knowledge base, each with its own row hidden: "
          f"exact {exact:.3f}, word F1 {f1:.3f}")
    for zh, en, got in misses[: args.show]:
        print(f"{zh}\n   established {en}\n   composed    {got}")


if __name__ == "__main__":
    main()

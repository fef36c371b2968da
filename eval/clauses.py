"""How much of real news the goal grammar writes, and how well: the phrase grammar on many real sentences
with human English references, split into a half to tune on and a half to report.

    python -m summarizer.eval.clauses                      # the dev half
    python -m summarizer.eval.clauses --half test          # report only: never read its sentences
    python -m summarizer.eval.clauses --half dev --show 30 # examples (dev half only)

The sentences are those of `../shared/corpus/mt_zhen.jsonl` (WMT21 zh→en news, reference A) that hold a verb
a goal clause opens with (打造, 建设, 推动, 促进, 为…提供, 围绕, 聚焦, 开展, 助力, 实现 …): the shapes the goal
grammar is for. Each is written exactly as the brief writes a goal string (`EnglishWriter.goal_clauses`: cut at
its clauses, each clause by `Grammar.clause` or left out), over the names the brief would have: the LAC tagger's
people, places and organisations in the sentence, named by the glossary translator. The selection depends only
on the Chinese, so a change to the grammar is measured on the same sentences.

Figures per half (a sentence's half is a stable hash of its id):
  whole / partly / none   the share of sentences every clause, some clauses, or no clause of which is written
  cue clauses written     the share of the clauses that hold a cue verb that are written
  content                 the share of the sentences' Chinese characters in written clauses, less those of the
                          pieces the lexicon does not know (a modifier the grammar left out of a compound)
  chrF all                corpus chrF (sacrebleu) of the written English against the reference, a sentence
                          with nothing written scored as empty
  chrF written            the same over the sentences with at least one clause written
  chrF whole              the same over the sentences written whole
A reference translates the whole sentence (its subject, its reporting verb, its hedges) while a goal is a
verb phrase, so chrF is a before/after figure on the same sentences, not a ceiling.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Optional

from .metrics import corpus_chrf

DEFAULT = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus" / "mt_zhen.jsonl"
# The verbs a goal clause opens with (the goal cues of prompts/fields.yaml and the frames of english/phrases.py).
CUE = re.compile(r"打造|建设|建成|推动|促进|为[^，,；;。]{1,30}提供|围绕|聚焦|开展|助力|实现|加快|推进|加强|提升|构建|培育"
                 r"|提高|发挥|深化|完善|引领|带动|赋能|搭建")
_CJK = re.compile(r"[\u3400-\u9fff]")
_KINDS = {"PER": "person", "LOC": "place", "ORG": "org"}


def half_of(id_: str) -> str:
    """"dev" or "test": a stable hash of the id (not file order, not Python's salted hash)."""
    return "dev" if hashlib.sha1(id_.encode("utf-8")).digest()[0] % 2 == 0 else "test"


def read_pairs(path: Path | str) -> list[dict]:
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def select(rows: Iterable[dict], half: str = "all") -> list[dict]:
    """The rows of a half whose Chinese holds a goal cue."""
    return [r for r in rows if CUE.search(r.get("zh", "")) and r.get("en")
            and (half == "all" or half_of(r["id"]) == half)]


@dataclass
class Written:
    id: str
    zh: str
    ref: str
    en: str  # the goal grammar's English of the sentence ("" where no clause is written)
    clauses: list[tuple[str, Optional[str]]] = field(default_factory=list)  # (Chinese, English or None)
    chars: int = 0  # Chinese characters of the sentence
    kept: int = 0  # of which in written clauses, less the pieces the lexicon does not know

    @property
    def status(self) -> str:
        n = sum(1 for _, en in self.clauses if en)
        return "none" if not n else "whole" if n == len(self.clauses) else "partly"


class ClauseWriter:
    """Writes sentences as the brief writes a goal, with the names a brief of the sentence would have."""

    def __init__(self, tagger=None) -> None:
        from summarizer.english import EnglishWriter
        from summarizer.extract.ner import default_tagger
        from summarizer.translate import GlossaryTranslator
        from summarizer.translate.glossary import jieba_words
        from summarizer.translate.glossary_data import builtin_glossary

        self.writer = EnglishWriter()
        self.translator = GlossaryTranslator(builtin_glossary(), segmenter=jieba_words)
        self.tagger = tagger if tagger is not None else default_tagger()

    def names(self, tags: list[tuple[str, str]]) -> dict[str, str]:
        """The tagger's people, places and organisations with their English, as the pipeline's `_proper_names`."""
        return {w: self.translator.translate_name(w, _KINDS[t]) for w, t in tags
                if t in _KINDS and len(w) >= 2 and not w.isascii()}

    def write(self, rows: list[dict]) -> list[Written]:
        from summarizer import schema
        from summarizer.english.writer import join_goal

        tags = self.tagger.tag([r["zh"] for r in rows]) if rows else []
        out = []
        for r, tg in zip(rows, tags):
            g = self.writer.grammar(schema.Brief(), self.names(tg))
            parts = [(zh, en) for zh, en, _ in self.writer.goal_clauses(g, r["zh"])]
            kept = 0
            for zh, en in parts:
                if en:
                    toks = g.tokens(zh) or []
                    unknown = sum(len(_CJK.findall(t.zh)) for t in toks if t.kind == "unk")
                    kept += len(_CJK.findall(zh)) - unknown
            out.append(Written(r["id"], r["zh"], r["en"], join_goal([en for _, en in parts if en]), parts,
                               len(_CJK.findall(r["zh"])), kept))
        return out


def _chrf(items: list[Written]) -> Optional[float]:
    return corpus_chrf([w.en for w in items], [w.ref for w in items]) if items else None


def figures(items: list[Written]) -> dict:
    """The half's figures (see the module's doc)."""
    n = len(items)
    count = {k: sum(1 for w in items if w.status == k) for k in ("whole", "partly", "none")}
    cue = [(zh, en) for w in items for zh, en in w.clauses if CUE.search(zh)]
    return {
        "sentences": n,
        **{k: v / n if n else 0.0 for k, v in count.items()},
        "cue_clauses": len(cue),
        "cue_written": sum(1 for _, en in cue if en) / len(cue) if cue else 0.0,
        "content": sum(w.kept for w in items) / max(1, sum(w.chars for w in items)),
        "chrf_all": _chrf(items),
        "chrf_written": _chrf([w for w in items if w.status != "none"]),
        "chrf_whole": _chrf([w for w in items if w.status == "whole"]),
    }


def _pct(x: Optional[float]) -> str:
    return "-" if x is None else f"{100 * x:.1f}%"


def _num(x: Optional[float]) -> str:
    return "-" if x is None else f"{x:.1f}"


def report(name: str, f: dict) -> str:
    return (f"{name}: {f['sentences']} sentences; written whole {_pct(f['whole'])}, partly {_pct(f['partly'])}, "
            f"not at all {_pct(f['none'])}; cue clauses written {_pct(f['cue_written'])} of {f['cue_clauses']}; "
            f"content {_pct(f['content'])}; chrF all {_num(f['chrf_all'])}, written {_num(f['chrf_written'])}, "
            f"whole {_num(f['chrf_whole'])}")


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pairs", default=str(DEFAULT), help="JSONL of {id, zh, en} (default: the WMT21 pairs)")
    ap.add_argument("--half", choices=("dev", "test", "all"), default="dev")
    ap.add_argument("--show", type=int, default=0, help="print this many sentences of the dev half with their clauses")
    ap.add_argument("--json", action="store_true", help="the figures as one JSON object")
    args = ap.parse_args(argv)
    if not Path(args.pairs).exists():
        raise SystemExit(f"error: {args.pairs} is absent (the corpus lives in ../shared/corpus)")
    rows = read_pairs(args.pairs)
    cw = ClauseWriter()
    halves = ("dev", "test") if args.half == "all" else (args.half,)
    written = {h: cw.write(select(rows, h)) for h in halves}
    figs = {h: figures(written[h]) for h in halves}
    if args.half == "all":
        figs["all"] = figures(written["dev"] + written["test"])
    if args.json:
        print(json.dumps(figs, indent=1))
    else:
        for h, f in figs.items():
            print(report(h, f))
    if args.show:  # examples come from the dev half only: the test half is read as figures, never as text
        dev = written.get("dev") or cw.write(select(rows, "dev"))
        for w in dev[: args.show]:
            print(f"\n[{w.status}] {w.id}\n  zh  {w.zh}\n  ref {w.ref}\n  en  {w.en}")
            for zh, en in w.clauses:
                print(f"     {'+' if en else '-'} {zh}" + (f"  =>  {en}" if en else ""))


if __name__ == "__main__":
    main()

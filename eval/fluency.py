"""Does the brief's English read as English? Mean negative log-likelihood per token under a causal LM.

    python -m summarizer.eval.fluency --model qwen2.5-coder-1.5b-instruct-q4_k_m.gguf \
        --refs ../shared/corpus/real_briefs_train.jsonl --refs ../shared/corpus/real_briefs_dev.jsonl

By hand, never in CI: it needs the GGUF (≈1.1 GB, not in the repo) and `transformers`, `accelerate`, `gguf`.
chrF rewards word salad made of the right words; a language model does not, so this is the check that a
field reads as English. The figure that matters is the EXCESS: engine minus gold, on the same articles.

Recipe (the same for gold and engine, so only the text differs):
- fields: the English of the summary, of every platform's goal and of every scale item; title and names are
  left out (names are scored exactly by `summarizer eval`). Empty strings are skipped.
- each field is its own sequence: "<|endoftext|>" + the text, tokens of the text only are scored, so every
  token, the first included, is predicted from what precedes it in that field alone (Qwen has no BOS; its
  document separator is the context a text starts from in pretraining). No prompt, no chat template.
- a text is cut at --max-tokens (64) tokens, the same cut for gold and engine: on 2 shared cores the LM
  scores ~10 tokens/s, and a summary runs to ~120 tokens; 64 keeps its first sentence or two and every goal
  and scale item whole (almost all are shorter), so all 94 real articles take ~30 min, not ~1 h.
- float32 by default: transformers now keeps a GGUF's weights packed and computes in float32, so bfloat16 only adds
  casts (20 articles: ~2-10 s each in float32, minutes each in bfloat16 on 2 shared cores); --dtype bfloat16 remains.
- means are token-weighted: sum of NLL over all scored tokens / their number, per field and overall.
- an article the engine refuses is left out of BOTH sides and listed. A field the engine leaves empty
  costs nothing per token, so the token counts are printed beside the means, and "summary, paired"
  scores the summaries of only the articles where both sides have one.
"""
from __future__ import annotations

import hashlib
import json
import math
import sys
import time
from pathlib import Path
from typing import Optional

import click

from summarizer.errors import SummarizerError

FIELDS = ("summary", "goals", "scale")


def english_fields(brief) -> dict[str, list[str]]:
    """The English the measurement reads, per field, from a Brief (engine output or gold)."""
    out: dict[str, list[str]] = {f: [] for f in FIELDS}
    if brief.summary.en.strip():
        out["summary"].append(brief.summary.en.strip())
    for p in brief.platforms:
        if p.goal.en.strip():
            out["goals"].append(p.goal.en.strip())
        out["scale"].extend(s.en.strip() for s in p.scale if s.en.strip())
    return out


class Scorer:
    """Sum of NLL and token count of texts under a GGUF causal LM, loaded (dequantised) by Transformers."""

    def __init__(self, model_path: str | Path, threads: int = 2, dtype: str = "float32", max_tokens: int = 64,
                 batch_tokens: int = 1024, cache: Optional[Path] = None):
        try:
            import torch
            from transformers import AutoModelForCausalLM, AutoTokenizer
        except ImportError as e:
            raise SummarizerError(f"fluency needs transformers, accelerate and gguf ({e.name} is missing): "
                                  "pip install -c constraints.txt -e '.[seq2seq]' accelerate gguf") from None
        p = Path(model_path)
        if not p.is_file():
            raise SummarizerError(f"no such model file: {model_path}")
        torch.set_num_threads(threads)
        self.torch, self.path, self.dtype = torch, p, dtype
        self.max_tokens, self.batch_tokens = max_tokens, batch_tokens
        self.tok = AutoTokenizer.from_pretrained(str(p.parent), gguf_file=p.name)
        self.model = None  # loaded on the first text not in the cache (dequantising takes minutes)
        self.seconds_load = 0.0
        eos = self.tok.convert_tokens_to_ids("<|endoftext|>")
        self.start = eos if isinstance(eos, int) and eos >= 0 else self.tok.eos_token_id
        # Cached per text: the gold English does not change between runs, so a re-run scores only new text.
        self.cache_path = cache
        self.key = f"{p.name}:{p.stat().st_size}:{dtype}:{max_tokens}"
        self.cache: dict[str, list[float]] = {}
        if cache and cache.is_file():
            data = json.loads(cache.read_text())
            if data.get("key") == self.key:
                self.cache = data["texts"]

    def _load(self) -> None:
        from transformers import AutoModelForCausalLM

        t0 = time.perf_counter()
        self.model = AutoModelForCausalLM.from_pretrained(
            str(self.path.parent), gguf_file=self.path.name, dtype=getattr(self.torch, self.dtype)).eval()
        self.seconds_load = time.perf_counter() - t0

    @staticmethod
    def _h(text: str) -> str:
        return hashlib.sha1(text.encode("utf-8")).hexdigest()

    def score(self, texts: list[str], progress: bool = False) -> dict[str, tuple[float, int]]:
        """{text: (sum of NLL in nats, tokens scored)} for every distinct text."""
        todo = sorted({t for t in texts if self._h(t) not in self.cache})
        ids = {t: self.tok(t, add_special_tokens=False)["input_ids"][: self.max_tokens] for t in todo}
        todo.sort(key=lambda t: len(ids[t]))  # batches of similar length: little padding
        if todo and self.model is None:
            self._load()
        batches: list[list[str]] = []
        for t in todo:  # at most batch_tokens positions a batch, padding included
            if not batches or (len(batches[-1]) + 1) * (1 + len(ids[t])) > self.batch_tokens:
                batches.append([])
            batches[-1].append(t)
        if batches:
            from tqdm import tqdm

            for b in tqdm(batches, desc="scoring", unit="batch", file=sys.stderr, disable=not progress):
                self._run(b, ids)
                if self.cache_path:  # after every batch: an interrupted run keeps what it scored
                    self.cache_path.write_text(json.dumps({"key": self.key, "texts": self.cache}))
        return {t: tuple(self.cache[self._h(t)]) for t in texts}

    def _run(self, batch: list[str], ids: dict[str, list[int]]) -> None:
        torch = self.torch
        seqs = [[self.start] + ids[t] for t in batch]
        width = max(map(len, seqs))
        inp = torch.tensor([s + [self.start] * (width - len(s)) for s in seqs])
        mask = torch.tensor([[1] * len(s) + [0] * (width - len(s)) for s in seqs])
        with torch.inference_mode():
            # Right padding under a causal mask leaves real positions untouched; the LM head runs only on
            # the positions that predict a real token (it is 150k wide: most of the cost on short texts).
            hidden = self.model.get_decoder()(input_ids=inp, attention_mask=mask).last_hidden_state
            keep = mask[:, 1:].bool()
            logits = self.model.get_output_embeddings()(hidden[:, :-1][keep]).float()
            nll = torch.nn.functional.cross_entropy(logits, inp[:, 1:][keep], reduction="none")
        k = 0
        for t, s in zip(batch, seqs):
            n = len(s) - 1
            self.cache[self._h(t)] = [float(nll[k : k + n].sum()), n]
            k += n


def _mean(pairs: list[tuple[float, int]]) -> tuple[float, int]:
    s, n = sum(p[0] for p in pairs), sum(p[1] for p in pairs)
    return (s / n if n else math.nan), n


def measure(scorer: Scorer, engine, refs: list[str], limit: Optional[int] = None,
            progress: bool = True, worst: int = 5) -> dict:
    """Gold and engine English of the same articles, scored; per field and overall, with the worst lines."""
    from .harness import load_references

    records, errors = [], []
    for path in refs:
        recs, errs = load_references(path)
        records += recs
        errors += errs
    if limit:
        records = records[:limit]
    t0 = time.perf_counter()
    sides: dict[str, dict[str, list[str]]] = {"gold": {f: [] for f in FIELDS}, "engine": {f: [] for f in FIELDS}}
    it = records
    if progress:
        from tqdm import tqdm

        it = tqdm(records, desc="briefs", unit="art", file=sys.stderr)
    n, paired = 0, []  # (gold, engine) summaries of the articles where both have one
    for rid, article, ref in it:
        try:
            pred = engine.brief(article.encode("utf-8", "replace"), id=rid)
        except SummarizerError as e:  # left out of both sides: the comparison stays on the same articles
            errors.append(f"{rid}: the engine refused the article: {e}")
            continue
        n += 1
        fields = {}
        for side, brief in (("gold", ref), ("engine", pred)):
            fields[side] = english_fields(brief)
            for f, texts in fields[side].items():
                sides[side][f] += texts
        if fields["gold"]["summary"] and fields["engine"]["summary"]:
            paired.append((fields["gold"]["summary"][0], fields["engine"]["summary"][0]))
    t_engine = time.perf_counter() - t0
    all_texts = [t for side in sides.values() for texts in side.values() for t in texts]
    scores = scorer.score(all_texts, progress)
    t_score = time.perf_counter() - t0 - t_engine - scorer.seconds_load
    table = {}
    for side, fields in sides.items():
        table[side] = {f: _mean([scores[t] for t in fields[f]]) for f in FIELDS}
        table[side]["all"] = _mean([scores[t] for f in FIELDS for t in fields[f]])
        table[side]["texts"] = {f: len(fields[f]) for f in FIELDS}
        # A field the engine leaves empty costs nothing per token: the paired row compares like with like.
        table[side]["summary, paired"] = _mean([scores[p[side == "engine"]] for p in paired])
    eng = {t for f in FIELDS for t in sides["engine"][f]}
    worst = sorted(eng, key=lambda t: -scores[t][0] / max(scores[t][1], 1))[:worst]
    return {"n_articles": n, "errors": errors, "table": table, "seconds_engine": t_engine,
            "seconds_scoring": t_score, "worst": [(t, scores[t][0] / max(scores[t][1], 1)) for t in worst]}


def format_report(r: dict, engine_name: str) -> str:
    g, e = r["table"]["gold"], r["table"]["engine"]
    lines = [f"{r['n_articles']} articles · engine {engine_name} · mean NLL per token (nats)",
             f"{'field':<16}{'gold':>8}{'tokens':>8}{'engine':>8}{'tokens':>8}{'excess':>8}"]
    for f in FIELDS + ("all", "summary, paired"):
        lines.append(f"{f:<16}{g[f][0]:>8.3f}{g[f][1]:>8}{e[f][0]:>8.3f}{e[f][1]:>8}{e[f][0] - g[f][0]:>8.3f}")
    lines.append("texts: gold " + ", ".join(f"{f} {g['texts'][f]}" for f in FIELDS)
                 + " · engine " + ", ".join(f"{f} {e['texts'][f]}" for f in FIELDS))
    lines.append(f"time: briefs {r['seconds_engine']:.1f} s, scoring {r['seconds_scoring']:.1f} s "
                 f"({r['seconds_scoring'] / max(r['n_articles'], 1):.2f} s/article)")
    lines.append("least fluent engine lines:")
    lines += [f"  {nll:5.2f}  {t[:110]}" for t, nll in r["worst"]]
    lines += [f"error: {x}" for x in r["errors"]]
    return "\n".join(lines)


@click.command()
@click.option("--model", "model_path", required=True, type=click.Path(dir_okay=False),
              help="GGUF of the scoring LM (Qwen2.5-Coder-1.5B-Instruct Q4_K_M).")
@click.option("--refs", multiple=True, required=True, type=click.Path(dir_okay=False), help="reference JSONL (repeatable)")
@click.option("--engine", "engine_name", default="embedded", show_default=True)
@click.option("--translator-model", default=None, help="with --engine seq2seq: the engine's translator")
@click.option("--limit", type=int, default=None, help="the first N articles only (over all --refs in order)")
@click.option("--threads", type=int, default=2, show_default=True)
@click.option("--dtype", type=click.Choice(["float32", "bfloat16"]), default="float32", show_default=True,
              help="float32 is fastest for a GGUF's packed weights (bfloat16 only adds casts)")
@click.option("--max-tokens", type=int, default=64, show_default=True, help="cut of each text, in tokens")
@click.option("--cache", type=click.Path(dir_okay=False), default=None, help="JSON cache of per-text scores")
@click.option("--report", type=click.Path(dir_okay=False), default=None, help="write the figures as JSON")
@click.option("--worst", type=int, default=5, show_default=True, help="how many least fluent engine lines to list")
def main(model_path, refs, engine_name, translator_model, limit, threads, dtype, max_tokens, cache, report,
         worst) -> None:
    """Mean NLL per token of the brief's English (summary, goals, scale) vs the gold English of the same articles."""
    try:
        from summarizer.cli import _engine_options
        from summarizer.pipeline import get_engine

        engine = get_engine(engine_name, **_engine_options(engine_name, None, translator_model, None, "none"))
        scorer = Scorer(model_path, threads, dtype, max_tokens, cache=Path(cache) if cache else None)
        r = measure(scorer, engine, list(refs), limit, worst=worst)
        r["seconds_load"] = t_load = scorer.seconds_load
    except (SummarizerError, OSError) as e:
        click.echo(f"error: {e}", err=True)
        sys.exit(1)
    click.echo(format_report(r, engine_name) + f"\nmodel load {t_load:.1f} s")
    if report:
        Path(report).write_text(json.dumps(r, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()

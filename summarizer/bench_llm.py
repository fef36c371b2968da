"""`summarizer bench llm --model PATH.gguf`: an instruct LLM as our translator, measured by hand (never in CI:
it needs the real weights). On the first N sentences of the WMT21 zh→en set (../shared/corpus/mt_zhen.jsonl):
chrF/BLEU of Seq2SeqTranslator over the model vs the glossary translator on the same sentences, figures
changed and names lost in the final English, what each guard repaired, sentences/s, tokens/s, peak RSS; then
per-sentence prompting (one call per sentence, the slot's cached prompt reused) vs one batched call (the
runtime's parallel slots) on two further sets of a few sentences.
"""
from __future__ import annotations

import json
import re
import time
from pathlib import Path
from typing import Optional

CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus" / "mt_zhen.jsonl"


def _scores(hyps: list[str], refs: list[str]) -> dict[str, float]:
    import sacrebleu

    return {"chrf": round(sacrebleu.corpus_chrf(hyps, [refs]).score, 1),
            "bleu": round(sacrebleu.corpus_bleu(hyps, [refs]).score, 1)}


def _names_lost(tr, zh: str, en: str) -> int:
    """Glossary organisations and places of the Chinese whose English is not in the output."""
    low = re.sub(r"\s+", " ", en.lower())
    return sum(1 for _, _, name in tr._names_in(zh, {}, None) if name.lower() not in low)


def run_llm_bench(model: str, n_sentences: int = 200, compare: int = 12, corpus: Optional[str] = None,
                  json_out: Optional[str] = None, threads: Optional[int] = None) -> dict:
    from .bench import peak_rss_mb
    from .condense import template
    from .generation.backends import load_generator
    from .translate import GlossaryTranslator
    from .translate.seq2seq import Seq2SeqTranslator, figures_kept, _CJK

    path = Path(corpus) if corpus else CORPUS
    rows = [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]
    # After the measured sentences: a warm-up, then two distinct sets for per-sentence vs batched (the
    # same sentences twice would be served from llama.cpp's prompt cache the second time).
    extra = [r["zh"] for r in rows[n_sentences : n_sentences + 4 + 2 * compare]]
    rows = rows[:n_sentences]
    zh, refs = [r["zh"] for r in rows], [r["en"] for r in rows]
    glossary = GlossaryTranslator()
    t = time.perf_counter()
    gl = [glossary.translate(z) for z in zh]
    gl_s = time.perf_counter() - t

    t = time.perf_counter()
    gen = load_generator(model, threads=threads)
    load_s = time.perf_counter() - t
    tpl = template("translate", gen)

    def translator() -> Seq2SeqTranslator:  # a fresh one: no cache shared between runs
        return Seq2SeqTranslator(gen, glossary, tpl)

    # Every slot evaluates the shared system prompt and examples once: done before the clock starts.
    translator().translate_batch(extra[:4])
    extra = extra[4:]
    # Batched: one call for all sentences (the runtime decodes several at once).
    tr = translator()
    s0 = dict(gen.stats)
    t = time.perf_counter()
    ours = tr.translate_batch(zh)
    dt = time.perf_counter() - t
    warnings = tr.pop_warnings()
    toks = gen.stats["completion_tokens"] - s0["completion_tokens"]
    res = {
        "model": model, "model_type": gen.model_type, "backend": gen.name, "sentences": len(zh), "load_s": round(load_s, 1),
        "glossary": {**_scores(gl, refs), "sentences_per_s": round(len(zh) / max(gl_s, 1e-9), 1),
                     "figures_changed": sum(not figures_kept(z, e) for z, e in zip(zh, gl)),
                     "names_lost": sum(_names_lost(tr, z, e) for z, e in zip(zh, gl))},
        "ours": {**_scores(ours, refs), "seconds": round(dt, 1), "sentences_per_s": round(len(zh) / dt, 3),
                 "completion_tokens": toks, "tokens_per_s": round(toks / dt, 2),
                 "prompt_tokens": gen.stats["prompt_tokens"] - s0["prompt_tokens"],
                 "figures_changed": sum(not figures_kept(z, e) for z, e in zip(zh, ours)),
                 "names_lost": sum(_names_lost(tr, z, e) for z, e in zip(zh, ours)),
                 "chinese_left": sum(bool(_CJK.search(e)) for e in ours),
                 "guards": {k: v for k, v in tr.stats.items()}, "warnings": warnings},
    }
    res["ours"]["chrf_gain_over_glossary"] = round(res["ours"]["chrf"] - res["glossary"]["chrf"], 1)

    # Per-sentence (one call each; the slot's cached prompt prefix reused) vs batched, on sentences after the N.
    few, few2 = extra[:compare], extra[compare:]
    if few and len(few2) == len(few) and getattr(gen, "slots", 1) > 1:
        tr1 = translator()
        c0 = gen.stats["completion_tokens"]
        t = time.perf_counter()
        for z in few:
            tr1.translate_batch([z])
        d1 = time.perf_counter() - t
        k1 = gen.stats["completion_tokens"] - c0
        tr2 = translator()
        c0 = gen.stats["completion_tokens"]
        t = time.perf_counter()
        tr2.translate_batch(few2)
        d2 = time.perf_counter() - t
        k2 = gen.stats["completion_tokens"] - c0
        res["per_sentence_vs_batched"] = {
            "sentences": len(few),
            "per_sentence": {"seconds": round(d1, 1), "sentences_per_s": round(len(few) / d1, 3), "tokens_per_s": round(k1 / d1, 2)},
            "batched": {"slots": gen.slots, "seconds": round(d2, 1), "sentences_per_s": round(len(few) / d2, 3),
                        "tokens_per_s": round(k2 / d2, 2)}}
    res["peak_rss_mb"] = round(peak_rss_mb())
    res["examples"] = [{"zh": z, "ref": r, "ours": o, "glossary": g} for z, r, o, g in list(zip(zh, refs, ours, gl))[:20]]
    g, o = res["glossary"], res["ours"]
    print(f"{len(zh)} sentences · glossary chrF {g['chrf']} BLEU {g['bleu']} · ours ({gen.name}:{gen.model_type}) "
          f"chrF {o['chrf']} BLEU {o['bleu']} (gain {o['chrf_gain_over_glossary']:+})")
    print(f"ours: {o['sentences_per_s']} sentences/s, {o['tokens_per_s']} tokens/s, figures changed {o['figures_changed']} "
          f"(glossary {g['figures_changed']}), names lost {o['names_lost']} (glossary {g['names_lost']}), "
          f"Chinese left {o['chinese_left']}; guards {o['guards']}")
    if "per_sentence_vs_batched" in res:
        p = res["per_sentence_vs_batched"]
        print(f"{p['sentences']} sentences: per-sentence {p['per_sentence']['sentences_per_s']} sentences/s "
              f"({p['per_sentence']['tokens_per_s']} tokens/s) vs batched ({p['batched']['slots']} slots) "
              f"{p['batched']['sentences_per_s']} sentences/s ({p['batched']['tokens_per_s']} tokens/s)")
    print(f"load {res['load_s']} s · peak RSS {res['peak_rss_mb']} MB")
    if json_out:
        Path(json_out).write_text(json.dumps(res, ensure_ascii=False, indent=1), encoding="utf-8")
    return res

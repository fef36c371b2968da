"""Seq2seq condensing (--engine seq2seq --model M): the model writes the Chinese summary and each
platform's goal. Extract-then-abstract: the extractive summariser and the goal extractor choose what the
model reads, so a long article fits the model's window and the evidence spans stay those of the source.
An output that fails the checks (no Chinese, a loop, longer than its input, too short) is not used: the
extractive text stays, and the brief's meta.warnings says so.
"""
from __future__ import annotations

import re
from typing import Optional

from .generation.backends import Generator
from .settings import load_yaml, prompts_dir
from .translate.seq2seq import is_loop

_CJK = re.compile(r"[\u3400-\u9fff]")


def template(task: str, gen: Generator) -> str:
    """The prompt template of `task` (translate, summary, goal) for this model (prompts/templates.yaml)."""
    cfg = load_yaml(str(prompts_dir() / "templates.yaml"))[task]
    family = getattr(gen, "prompt_family", None)  # instruct LLMs (llm.py): chat transcripts, whatever the architecture
    if family and family in cfg:
        return cfg[family]
    name = f"{gen.model} {getattr(gen, 'path', '')}".lower()
    for key, tpl in (cfg.get("by_name") or {}).items():
        if key.lower() in name:
            return tpl
    return cfg.get(gen.model_type, cfg["default"])


def acceptable(out: str, source: str, min_chars: int = 4) -> Optional[str]:
    """Why a condensed text cannot be used, or None."""
    han = len(_CJK.findall(out))
    if han < min_chars:
        return "too short or not Chinese"
    if han < 0.5 * len(re.sub(r"[\W\d_]", "", out)):  # letters only: figures and punctuation are neutral
        return "mostly not Chinese"
    plain = re.sub(r"[\d.,]+", "#", out)  # 10000平方米 is no loop
    if is_loop(" ".join(plain)) or re.search(r"([^#]{2,20}?)\1{2,}", plain):
        return "a repetition loop"
    if len(out) > len(source):
        return "longer than what it condenses"
    return None


class Seq2SeqCondenser:
    def __init__(self, gen: Generator) -> None:
        self.gen = gen
        self.summary_tpl = template("summary", gen)
        self.goal_tpl = template("goal", gen)
        self.name = f"{gen.name}:{gen.model}"

    @property
    def window_chars(self) -> int:
        """How much Chinese the model reads at once (a Chinese character is about one token or less)."""
        overhead = len(self.summary_tpl.replace("{text}", ""))
        return max(64, self.gen.max_input_tokens - overhead - 8)

    def condense(self, texts: list[str], tpl: str, names: list[str], max_new_tokens: int) -> list[tuple[str, Optional[str]]]:
        """(output, why it was rejected or None) per text, one batched generate call."""
        prompts = [tpl.format(text=t, name=n) for t, n in zip(texts, names)]
        try:
            outs = self.gen.generate(prompts, beam=2, no_repeat_ngram=3, max_new_tokens=max_new_tokens)
        except Exception as e:  # the extracted text stands; the warning says why
            return [("", f"the model failed: {type(e).__name__}: {str(e)[:160]}")] * len(texts)
        return [(o.strip(), acceptable(o.strip(), t)) for o, t in zip(outs, texts)]

    def summary(self, text: str, max_chars: int) -> tuple[str, Optional[str]]:
        return self.condense([text], self.summary_tpl, [""], max(32, max_chars))[0]

    def goals(self, items: list[tuple[str, str]]) -> list[tuple[str, Optional[str]]]:
        """items: (platform name, the sentences its goal came from)."""
        if not items:
            return []
        return self.condense([t for _, t in items], self.goal_tpl, [n for n, _ in items], 64)

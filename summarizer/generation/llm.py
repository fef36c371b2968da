"""Decoder-only instruct models (a third Generator family beside `hf` and `ct2`): GGUF files on llama.cpp
(through xllamacpp) and Transformers `AutoModelForCausalLM` directories, both driven by chat prompts.

They sit behind the same Generator protocol (backends.py), so translation (translate/seq2seq.py: sentences,
placeholders, checks, retries, glossary fallback, cache) and condensing (condense.py) run on them unchanged.
What differs is kept here:

* The prompt. The template of prompts/templates.yaml (family `llm`) is a chat transcript written as data:
  turns introduced by `<|system|>`, `<|user|>`, `<|assistant|>` lines (few-shot examples are earlier
  turns). Seq2SeqTranslator/Seq2SeqCondenser fill in {text}/{name} as for any model; parse_chat turns the
  result into messages, and the model's own chat template (in the GGUF, or the tokenizer's) renders them.
* The output. An instruct model may add "Translation:", quotes, a code fence or a note: clean_output keeps
  the answer only (the translator's checks then catch Chinese left, loops, lost names and figures).
* Retries. Beam search and no-repeat n-grams do not suit a decoder that must copy names and figures from
  its prompt (an n-gram ban would forbid copying "Z1"); a retry raises the repeat penalty instead.

Which kind a model is comes from its files, never its name: the GGUF magic b"GGUF", or config.json
`architectures` ending in ForCausalLM.

Why xllamacpp for GGUF: it is a prebuilt manylinux wheel (AVX2, MIT) that installs offline in seconds and
exposes llama.cpp's server loop in-process (chat templates from the GGUF, prompt caching per slot, parallel
slots with continuous batching). llama-cpp-python is source-only here (a 10-13 minute build) and its
default build crashes on this CPU (AMX).
"""
from __future__ import annotations

import json
import math
import os
import re
import struct
import threading
import warnings
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Optional

from ..errors import SummarizerError

PROMPT_FAMILY = "llm"  # the key of these models' prompts in prompts/templates.yaml
MAX_INPUT_TOKENS = 1536  # what one prompt may hold: the translator cuts sentences below 200 tokens; a summary reads up to ~1,400 characters
GGUF_SLOTS = 4  # llama.cpp parallel sequences: decoding is memory-bound, 4 at once cost about what 1 does
REPEAT_PENALTY = 1.0  # first pass: plain greedy (a penalty would also discourage copying names and figures)
RETRY_PENALTY = 1.15  # a retry after a loop or a bad output (measured: stops greedy summaries looping)
_CJK = re.compile(r"[\u3400-\u9fff]")
_TURN = re.compile(r"^<\|(system|user|assistant)\|>[ \t]*\n?", re.MULTILINE)


def _need_llm(pkg: str) -> None:
    raise SummarizerError(f"GGUF models need {pkg}: pip install -c constraints.txt -e '.[llm]'")


# ---- what a model is, from its files ------------------------------------------------------------------
def is_gguf(path: Path) -> bool:
    try:
        with open(path, "rb") as f:
            return path.is_file() and f.read(4) == b"GGUF"
    except OSError:
        return False


def is_causal_dir(path: Path) -> bool:
    """A Transformers directory whose config.json names a ...ForCausalLM architecture."""
    try:
        cfg = json.loads((path / "config.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return any(str(a).endswith("ForCausalLM") for a in cfg.get("architectures") or [])


def is_llm(path: Path) -> bool:
    return is_gguf(path) or (path.is_dir() and is_causal_dir(path))


def gguf_metadata(path: Path, keys: tuple[str, ...] = ("general.architecture", "general.name")) -> dict[str, str]:
    """The string values of `keys` from a GGUF header (they come first; reading stops at the tokenizer's arrays)."""
    scalar = {0: "B", 1: "b", 2: "H", 3: "h", 4: "I", 5: "i", 6: "f", 7: "?", 10: "Q", 11: "q", 12: "d"}
    out: dict[str, str] = {}
    try:
        with open(path, "rb") as f:
            if f.read(4) != b"GGUF":
                return out
            _version, _n_tensors, n_kv = struct.unpack("<IQQ", f.read(20))

            def string() -> str:
                (n,) = struct.unpack("<Q", f.read(8))
                return f.read(n).decode("utf-8", "replace")

            for _ in range(min(n_kv, 64)):
                key = string()
                (typ,) = struct.unpack("<I", f.read(4))
                if typ == 8:
                    val = string()
                    if key in keys:
                        out[key] = val
                elif typ in scalar:
                    f.read(struct.calcsize("<" + scalar[typ]))
                else:  # an array: the tokenizer's vocabulary and later; nothing we want follows
                    break
                if len(out) == len(keys):
                    break
    except (OSError, struct.error):
        pass
    return out


# ---- prompts and outputs ------------------------------------------------------------------------------
def parse_chat(prompt: str) -> list[dict[str, str]]:
    """Chat messages from a transcript with <|role|> lines; text without any marker is one user turn."""
    marks = list(_TURN.finditer(prompt))
    if not marks:
        return [{"role": "user", "content": prompt.strip()}]
    msgs = []
    for k, m in enumerate(marks):
        end = marks[k + 1].start() if k + 1 < len(marks) else len(prompt)
        msgs.append({"role": m.group(1), "content": prompt[m.end():end].strip()})
    return msgs


_PREFIX = re.compile(r"^\s*(?:\*\*)?(?:english(?: translation)?|(?:the )?translation|translated text|answer|output|"
                     r"summary|goal|译文|英文|翻译|英译|概要|摘要|概括|目标|建设目标)(?:\*\*)?\s*[:：]\s*(?:\*\*)?\s*",
                     re.IGNORECASE)
_INTRO = re.compile(r"^(?:here is|here's|sure|certainly|好的|以下是).*[:：]\s*$", re.IGNORECASE)
_NOTE = re.compile(r"\s*[(（]?\s*(?:note|注|说明|备注)\s*[:：].*$", re.IGNORECASE | re.DOTALL)
_QUOTES = [('"', '"'), ("“", "”"), ("'", "'"), ("「", "」"), ("‘", "’"), ("`", "`")]


def clean_output(text: str) -> str:
    """The answer alone: no code fence, no "Here is the translation:" line, no "Translation:" prefix, no
    trailing note, no quotes around it; the first paragraph only (a segment or a summary is one)."""
    s = text.strip()
    s = re.sub(r"^```[\w-]*\s*\n?|\n?```\s*$", "", s).strip()
    lines = [x for x in s.split("\n")]
    while lines and (not lines[0].strip() or _INTRO.match(lines[0].strip())):
        lines.pop(0)
    s = "\n".join(lines).strip()
    s = re.split(r"\n\s*\n", s, maxsplit=1)[0].strip()
    for _ in range(2):
        s = _PREFIX.sub("", s, count=1).strip()
    s = _NOTE.sub("", s).strip()
    for a, b in _QUOTES:
        if len(s) >= 2 and s.startswith(a) and s.endswith(b) and s.count(a) + (s.count(b) if a != b else 0) <= 2:
            s = s[len(a):-len(b)].strip()
    return s


def estimate_tokens(text: str) -> int:
    """Tokens of `text` for a Qwen-style BPE, from above (a Chinese character is at most one token, an
    English word about 1.3): enough for budgets and clause cutting where no tokenizer is at hand (GGUF)."""
    han = len(_CJK.findall(text))
    rest = _CJK.sub(" ", text)
    words = re.findall(r"[A-Za-z]+|\d+|[^\sA-Za-z\d]", rest)
    return han + math.ceil(1.3 * sum(1 for w in words if w[0].isalpha())) + sum(1 for w in words if not w[0].isalpha())


def _budget(user_tokens: int) -> int:
    """New tokens allowed for an answer to a user turn of n tokens (English takes up to ~2x the tokens)."""
    return min(512, 2 * user_tokens + 24)


# ---- the generators -----------------------------------------------------------------------------------
class _LLMBase:
    name = "llm"
    prompt_family = PROMPT_FAMILY
    quantize = ""
    max_input_tokens = MAX_INPUT_TOKENS

    def __init__(self) -> None:
        self.stats = {"calls": 0, "prompt_tokens": 0, "completion_tokens": 0, "seconds": 0.0}

    def _requests(self, texts: list[str], max_new_tokens: Optional[int]) -> list[tuple[list[dict], int]]:
        out = []
        for t in texts:
            msgs = parse_chat(t)
            user = msgs[-1]["content"] if msgs else t
            out.append((msgs, max_new_tokens or _budget(self.count_tokens([user])[0])))
        return out

    def generate(self, texts: list[str], *, beam: int = 1, no_repeat_ngram: int = 0,
                 max_new_tokens: Optional[int] = None, min_new_tokens: int = 0) -> list[str]:
        """beam/no_repeat_ngram (the seq2seq engine's retry settings) become a repeat penalty here."""
        if not texts:
            return []
        penalty = RETRY_PENALTY if (beam > 1 or no_repeat_ngram) else REPEAT_PENALTY
        import time

        t0 = time.perf_counter()
        raw = self._chat(self._requests(texts, max_new_tokens), penalty)
        self.stats["seconds"] += time.perf_counter() - t0
        self.stats["calls"] += len(texts)
        return [clean_output(r) for r in raw]

    def _chat(self, requests: list[tuple[list[dict], int]], penalty: float) -> list[str]:
        raise NotImplementedError


def set_thread_env() -> None:
    """llama.cpp's OpenMP threads spin while waiting by default: on 2 shared vCPUs that drops generation from
    ~6 to under 1 token/s. libgomp reads these once, when it loads, so they are set in this process before
    xllamacpp is imported (a value the user set stays)."""
    os.environ.setdefault("OMP_WAIT_POLICY", "passive")
    os.environ.setdefault("GOMP_SPINCOUNT", "0")


class GGUFGenerator(_LLMBase):
    """A GGUF model on llama.cpp (xllamacpp's in-process server). `slots` requests decode together
    (continuous batching); each slot keeps its prompt's KV cache, so the shared system prompt and examples
    are evaluated once per slot, not per sentence."""

    def __init__(self, path: Path, model: str, threads: Optional[int] = None, slots: int = GGUF_SLOTS,
                 n_ctx_per_slot: int = 3072) -> None:
        super().__init__()
        set_thread_env()
        try:
            import xllamacpp as xlc
        except ImportError:
            _need_llm("xllamacpp")
        self.path, self.model = path, model
        meta = gguf_metadata(path)
        self.model_type = meta.get("general.architecture", "gguf")
        self.slots = max(1, slots)
        p = xlc.CommonParams()
        p.model.path = str(path)
        p.n_parallel = self.slots
        p.n_ctx = n_ctx_per_slot * self.slots
        p.cpuparams.n_threads = p.cpuparams_batch.n_threads = threads or os.cpu_count() or 1
        p.cache_prompt = True
        p.warmup = False
        try:
            p.verbosity = -1  # llama.cpp's per-request log lines
        except (AttributeError, TypeError, ValueError):
            pass
        try:
            self.server = xlc.Server(p)
        except Exception as e:
            raise SummarizerError(f"cannot load the GGUF model {path}: {type(e).__name__}: {e}") from None
        self._pool = ThreadPoolExecutor(self.slots) if self.slots > 1 else None

    def count_tokens(self, texts: list[str]) -> list[int]:
        return [estimate_tokens(t) for t in texts]

    def _one(self, req: tuple[list[dict], int], penalty: float) -> str:
        msgs, budget = req
        body = {"messages": msgs, "max_tokens": budget, "temperature": 0.0, "top_k": 1, "seed": 0,
                "repeat_penalty": penalty, "repeat_last_n": 64, "cache_prompt": True}
        r = self.server.handle_chat_completions(body)
        if not isinstance(r, dict) or "choices" not in r:
            raise RuntimeError(f"llama.cpp answered {str(r)[:200]}")
        usage = r.get("usage") or {}
        with _stats_lock:
            self.stats["prompt_tokens"] += int(usage.get("prompt_tokens", 0))
            self.stats["completion_tokens"] += int(usage.get("completion_tokens", 0))
        return r["choices"][0]["message"].get("content") or ""

    def _chat(self, requests: list[tuple[list[dict], int]], penalty: float) -> list[str]:
        if self._pool is None or len(requests) == 1:
            return [self._one(r, penalty) for r in requests]
        return list(self._pool.map(lambda r: self._one(r, penalty), requests))


_stats_lock = threading.Lock()


class CausalGenerator(_LLMBase):
    """A Transformers decoder (AutoModelForCausalLM) with its tokenizer's chat template; batches of up to
    `batch_size` prompts, left-padded, greedy."""

    def __init__(self, path: Path, model: str, device: str = "cpu", threads: Optional[int] = None,
                 batch_size: int = 8) -> None:
        super().__init__()
        try:
            import torch
            from transformers import AutoModelForCausalLM, AutoTokenizer
        except ImportError as e:
            raise SummarizerError(f"Transformers decoder models need {e.name or 'torch and transformers'}: "
                                  "pip install -c constraints.txt -e '.[seq2seq]'") from None
        if threads:
            torch.set_num_threads(threads)
        self.path, self.model, self.device, self.batch_size = path, model, device, batch_size
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                self.tok = AutoTokenizer.from_pretrained(str(path), local_files_only=True, trust_remote_code=False)
                self.net = AutoModelForCausalLM.from_pretrained(str(path), local_files_only=True,
                                                                trust_remote_code=False).to(device).eval()
        except Exception as e:
            raise SummarizerError(f"cannot load the model in {path}: {type(e).__name__}: {e}") from None
        if not getattr(self.tok, "chat_template", None):
            raise SummarizerError(f"{path}: the tokenizer has no chat template (an instruct model needs one)")
        self.tok.padding_side = "left"
        if self.tok.pad_token is None:
            self.tok.pad_token = self.tok.eos_token
        self.model_type = str(getattr(self.net.config, "model_type", "") or "causal")

    def count_tokens(self, texts: list[str]) -> list[int]:
        return [len(ids) for ids in self.tok(texts, add_special_tokens=False)["input_ids"]]

    def _chat(self, requests: list[tuple[list[dict], int]], penalty: float) -> list[str]:
        import torch

        prompts = [self.tok.apply_chat_template(m, tokenize=False, add_generation_prompt=True) for m, _ in requests]
        out = [""] * len(prompts)
        order = sorted(range(len(prompts)), key=lambda i: len(prompts[i]))
        for k in range(0, len(order), self.batch_size):
            idx = order[k : k + self.batch_size]
            enc = self.tok([prompts[i] for i in idx], return_tensors="pt", padding=True,
                           add_special_tokens=False).to(self.device)
            budget = max(requests[i][1] for i in idx)
            with torch.inference_mode():
                ids = self.net.generate(**enc, do_sample=False, max_new_tokens=budget, repetition_penalty=penalty,
                                        pad_token_id=self.tok.pad_token_id)
            new = ids[:, enc["input_ids"].shape[1]:]
            self.stats["prompt_tokens"] += int(enc["attention_mask"].sum())
            self.stats["completion_tokens"] += int((new != self.tok.pad_token_id).sum())
            for i, text in zip(idx, self.tok.batch_decode(new, skip_special_tokens=True)):
                out[i] = text
        return out


def load_llm(path: Path, model: str, device: str = "auto", quantize: Optional[str] = None,
             threads: Optional[int] = None) -> _LLMBase:
    """The generator for an instruct model at `path` (a GGUF file, or a ForCausalLM directory)."""
    if quantize not in (None, "", "none"):
        raise SummarizerError(f"--quantize does not apply to {model}: a GGUF file is quantised already, and "
                              "Transformers decoders run as saved")
    if is_gguf(path):
        if device == "cuda":
            raise SummarizerError("GGUF models run on the CPU here (the xllamacpp wheel is a CPU build)")
        return GGUFGenerator(path, model, threads)
    from .backends import resolve_device

    try:
        import torch
    except ImportError:
        raise SummarizerError("Transformers decoder models need torch: pip install -c constraints.txt -e '.[seq2seq]'") from None
    return CausalGenerator(path, model, resolve_device(device, torch.cuda.is_available), threads)

"""Seq2seq generation backends: `hf` (Transformers AutoModelForSeq2SeqLM) and `ct2` (CTranslate2).

A Generator turns a list of input strings into output strings, in order, batching by length itself.
It knows a model family's language codes (M2M100, NLLB) but nothing of sentences, names or prompts:
translation logic lives in translate/seq2seq.py and prompt templates in prompts/templates.yaml.
Models load from local directories only (models.resolve); `trust_remote_code` is never set.
"""
from __future__ import annotations

import os
import warnings
from pathlib import Path
from typing import Optional, Protocol

from ..errors import SummarizerError
from .weights import config_value, is_ct2_dir, load_error, model_type, quiet_transformers, resolve, weights_options

# Language codes per family: (tokenizer.src_lang, target token forced first).
LANG_CODES = {"m2m_100": ({"zh": "zh", "en": "en"}, lambda t: f"__{t}__"),
              "nllb": ({"zh": "zho_Hans", "en": "eng_Latn"}, lambda t: t)}
BATCH_SIZE = 32  # Transformers generate on the CPU: larger batches gain nothing on 2 cores
CUDA_BATCH_SIZE = 128  # on a GPU they do: 3.5x the sentences/s of 32 (H200, opus-mt-zh-en-sized Marian)
CT2_BATCH_SIZE = 64  # CTranslate2 int8: 64 measured faster than 32 on 2 cores


def _need(pkg: str) -> None:
    raise SummarizerError(f"the seq2seq engine needs {pkg}: pip install -c constraints.txt -e '.[seq2seq]'")


class Generator(Protocol):
    name: str  # hf | ct2 | llm (llm.py beside this: GGUF on llama.cpp, Transformers decoders)
    model: str  # what the user named
    model_type: str  # marian, t5, mt5, m2m_100, nllb …
    max_input_tokens: int

    def count_tokens(self, texts: list[str]) -> list[int]: ...

    def generate(self, texts: list[str], *, beam: int = 1, no_repeat_ngram: int = 0,
                 max_new_tokens: Optional[int] = None, min_new_tokens: int = 0) -> list[str]:
        """Outputs in input order. max_new_tokens None: twice the longest input of each batch, plus 10."""


def _family(mtype: str, path: Path) -> str:
    """NLLB checkpoints declare model_type m2m_100; their tokenizer tells them apart."""
    if mtype == "m2m_100":
        import json

        try:
            cfg = json.loads((path / "tokenizer_config.json").read_text(encoding="utf-8"))
        except (OSError, ValueError):
            cfg = {}
        if "nllb" in str(cfg.get("tokenizer_class", "")).lower() or (not cfg and "nllb" in str(path).lower()):
            return "nllb"
    return mtype


def _load_tokenizer(path: Path, family: str, src: str):
    try:
        from transformers import AutoTokenizer
    except ImportError:
        _need("transformers")
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # "Recommended: pip install sacremoses" and the like
            tok = AutoTokenizer.from_pretrained(str(path), local_files_only=True, trust_remote_code=False)
    except Exception as e:
        raise load_error("the tokenizer", path, e) from None
    if family in LANG_CODES:
        tok.src_lang = LANG_CODES[family][0][src]
    return tok


def _max_input(path: Path, tok, default: int = 512) -> int:
    n = getattr(tok, "model_max_length", None)
    if not n or n > 100_000:  # "unbounded" sentinel of tokenizers without a limit
        n = config_value(path, "max_position_embeddings", "n_positions")
    return int(min(n or default, default))


def _budget(n_input: int) -> int:
    """Output tokens allowed for an input of n tokens, rounded up to a power of two (so that CTranslate2
    calls group): English takes at most about twice the tokens of Chinese."""
    need = 2 * n_input + 10
    return min(512, 1 << (need - 1).bit_length())


def resolve_device(device: str, cuda_available) -> str:
    """auto → cuda when present, else cpu; cuda where there is none is an error, not a crash later."""
    if device not in ("auto", "cpu", "cuda"):
        raise SummarizerError(f"--device must be auto, cpu or cuda, not {device!r}")
    if device == "cpu":
        return "cpu"
    has = cuda_available()
    if device == "cuda" and not has:
        raise SummarizerError("--device cuda: no CUDA device is visible here (use --device cpu or auto)")
    return "cuda" if has else "cpu"


class _Backend:
    """What both backends share: the model directory, its family and its Transformers tokenizer."""

    def _setup(self, model: str | os.PathLike, ct2: bool, src: str, tgt: str, batch_size: int, option: str) -> None:
        path = resolve(model, option)
        if is_ct2_dir(path) != ct2:
            raise SummarizerError(f"{path} is a CTranslate2 model: use the ct2 backend for it" if not ct2 else
                                  f"{path} is not a CTranslate2 model; convert it first: summarizer models convert {model} OUT")
        self.model, self.path = str(model), path
        self.model_type = model_type(path)
        self.family = _family(self.model_type, path)
        self.tok = _load_tokenizer(path, self.family, src)
        self.max_input_tokens = _max_input(path, self.tok)
        self.batch_size = batch_size
        # The target language's token forced first (M2M100, NLLB), or None.
        self.target_token = LANG_CODES[self.family][1](LANG_CODES[self.family][0][tgt]) if self.family in LANG_CODES else None

    def count_tokens(self, texts: list[str]) -> list[int]:
        return [len(ids) for ids in self.tok(texts, add_special_tokens=True)["input_ids"]]


class HFGenerator(_Backend):
    """Transformers `generate`, on batches of up to 32 inputs sorted by length (padding is wasted work),
    optionally with torch dynamic int8 quantisation of every nn.Linear (CPU)."""

    name = "hf"

    def __init__(self, model: str | os.PathLike, device: str = "auto", quantize: Optional[str] = None,
                 src: str = "zh", tgt: str = "en", batch_size: Optional[int] = None, option: str = "--model",
                 threads: Optional[int] = None) -> None:
        try:
            import torch
            from transformers import AutoModelForSeq2SeqLM
        except ImportError as e:
            _need(e.name or "torch and transformers")
        self.device = resolve_device(device, torch.cuda.is_available)
        batch_size = batch_size or (CUDA_BATCH_SIZE if self.device == "cuda" else BATCH_SIZE)
        if threads:
            torch.set_num_threads(threads)  # one of several worker processes: its share of the cores
        self._setup(model, False, src, tgt, batch_size, option)
        path = self.path
        quiet_transformers()
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                m = AutoModelForSeq2SeqLM.from_pretrained(str(path), local_files_only=True, trust_remote_code=False,
                                                          **weights_options(path))
        except Exception as e:
            raise load_error("the model", path, e) from None
        m.eval()
        if quantize == "int8":
            if self.device != "cpu":
                raise SummarizerError("--quantize int8 is torch dynamic quantisation, for the CPU only")
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")  # torch.ao's deprecation notice: it still works, and is fastest here
                m = torch.ao.quantization.quantize_dynamic(m, {torch.nn.Linear}, dtype=torch.qint8)
        elif quantize not in (None, "", "none"):
            raise SummarizerError(f"--quantize takes int8 (or nothing), not {quantize!r}")
        self.quantize = quantize or ""
        try:
            self.net = m.to(self.device)
        except (RuntimeError, AssertionError) as e:  # out of GPU memory, a broken CUDA install
            raise SummarizerError(f"cannot put the model on {self.device}: {e}") from None
        self._gen_kwargs = {}
        if self.target_token:
            self._gen_kwargs["forced_bos_token_id"] = self.tok.convert_tokens_to_ids(self.target_token)

    def generate(self, texts: list[str], *, beam: int = 1, no_repeat_ngram: int = 0,
                 max_new_tokens: Optional[int] = None, min_new_tokens: int = 0) -> list[str]:
        import torch

        if not texts:
            return []
        lengths = self.count_tokens(texts)
        order = sorted(range(len(texts)), key=lambda i: lengths[i])
        out: list[str] = [""] * len(texts)
        for k in range(0, len(order), self.batch_size):
            idx = order[k : k + self.batch_size]
            enc = self.tok([texts[i] for i in idx], return_tensors="pt", padding=True, truncation=True,
                           max_length=self.max_input_tokens).to(self.device)
            budget = max_new_tokens or _budget(max(lengths[i] for i in idx))
            with torch.inference_mode():
                ids = self.net.generate(**enc, num_beams=beam, do_sample=False, max_new_tokens=budget,
                                        min_new_tokens=min_new_tokens, no_repeat_ngram_size=no_repeat_ngram,
                                        **self._gen_kwargs)
            for i, text in zip(idx, self.tok.batch_decode(ids, skip_special_tokens=True)):
                out[i] = text.strip()
        return out


class CT2Generator(_Backend):
    """CTranslate2 `translate_batch` over a converted model (`summarizer models convert`); it sorts by
    length and batches by itself. int8 on the CPU unless the model was converted otherwise."""

    name = "ct2"

    def __init__(self, model: str | os.PathLike, device: str = "auto", compute_type: str = "default",
                 src: str = "zh", tgt: str = "en", batch_size: int = CT2_BATCH_SIZE, option: str = "--model",
                 threads: Optional[int] = None) -> None:
        try:
            import ctranslate2
        except ImportError:
            _need("ctranslate2")
        self.device = resolve_device(device, lambda: ctranslate2.get_cuda_device_count() > 0)
        # Never CT2_USE_MKL=1 on AMD CPUs: int8 becomes 15x slower. We leave CTranslate2's own choice alone.
        self._setup(model, True, src, tgt, batch_size, option)
        path = self.path
        self._prefix = [self.target_token] if self.target_token else None
        try:
            self.net = ctranslate2.Translator(str(path), device=self.device, compute_type=compute_type,
                                              intra_threads=threads or os.cpu_count() or 1)
            if self.device == "cuda":  # CUDA libraries are loaded at the first call: fail here, with advice
                self.net.translate_batch(self.tokens(["测试一下"]), target_prefix=[self._prefix] if self._prefix else None,
                                         max_decoding_length=3)
        except Exception as e:
            hint = (" (CTranslate2 4.x wheels need CUDA 12's cuBLAS and cuDNN; use --device cpu, or the Transformers "
                    "backend with the unconverted model)" if self.device == "cuda" else "")
            raise SummarizerError(f"cannot load the CTranslate2 model in {path} on {self.device}: {e}{hint}") from None
        self.quantize = compute_type

    def tokens(self, texts: list[str]) -> list[list[str]]:
        return [self.tok.convert_ids_to_tokens(ids) for ids in self.tok(texts, add_special_tokens=True, truncation=True,
                                                                           max_length=self.max_input_tokens)["input_ids"]]

    def generate(self, texts: list[str], *, beam: int = 1, no_repeat_ngram: int = 0,
                 max_new_tokens: Optional[int] = None, min_new_tokens: int = 0) -> list[str]:
        if not texts:
            return []
        toks = self.tokens(texts)
        if max_new_tokens is not None:
            return self._translate(toks, beam, no_repeat_ngram, max_new_tokens, min_new_tokens)
        # CTranslate2 takes one length limit per call: group inputs of similar length so that a short
        # input's budget is not a long one's (a looping output runs to the limit).
        groups: dict[int, list[int]] = {}
        for i, t in enumerate(toks):
            groups.setdefault(_budget(len(t)), []).append(i)
        out = [""] * len(texts)
        for budget, idx in groups.items():
            for i, o in zip(idx, self._translate([toks[i] for i in idx], beam, no_repeat_ngram, budget, min_new_tokens)):
                out[i] = o
        return out

    def _translate(self, toks: list[list[str]], beam: int, no_repeat_ngram: int, max_new_tokens: int,
                   min_new_tokens: int) -> list[str]:
        res = self.net.translate_batch(
            toks, target_prefix=[self._prefix] * len(toks) if self._prefix else None,
            max_batch_size=self.batch_size, beam_size=beam, no_repeat_ngram_size=no_repeat_ngram,
            max_decoding_length=max_new_tokens + (1 if self._prefix else 0),
            min_decoding_length=min_new_tokens, return_scores=False)
        return [self.tok.decode(self.tok.convert_tokens_to_ids(r.hypotheses[0]), skip_special_tokens=True).strip()
                for r in res]


def load_generator(model: str | os.PathLike, backend: str = "auto", device: str = "auto",
                   quantize: Optional[str] = None, src: str = "zh", tgt: str = "en", option: str = "--model",
                   threads: Optional[int] = None) -> Generator:
    """`backend` auto: llm for an instruct decoder (a GGUF file, or config.json architectures …ForCausalLM;
    see llm.py), ct2 for a converted directory, hf otherwise. `threads`: cores this process may use."""
    from .llm import is_llm, load_llm

    if backend in ("auto", "llm"):
        path = resolve(model, option)
        if is_llm(path):
            return load_llm(path, str(model), device, quantize, threads)
        if backend == "llm":
            raise SummarizerError(f"{model} is not an instruct decoder (a .gguf file, or a directory whose "
                                  "config.json architectures end in ForCausalLM)")
        backend = "ct2" if is_ct2_dir(path) else "hf"
    if backend == "hf":
        return HFGenerator(model, device, quantize, src, tgt, option=option, threads=threads)
    if backend == "ct2":
        return CT2Generator(model, device, "default" if not quantize else quantize, src, tgt, option=option,
                            threads=threads)
    raise SummarizerError(f"unknown backend {backend!r}: hf, ct2, llm or auto")

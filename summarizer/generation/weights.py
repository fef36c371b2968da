"""Model weights for the seq2seq engine: where they are, how to get them, how to convert them.

Offline first. A model is named by a local directory or a hub id; a hub id resolves only to files already
on this machine (the Hugging Face cache, or SUMMARIZER_MODELS/<id>), never to a download at run time.
`summarizer models pull ID` is the one command that downloads, and only where a network exists.
A model that is not here raises ModelNotFound with one message naming it and the ways to provide it.
"""
from __future__ import annotations

import json
import os
import re
import shutil
import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

from ..errors import ConfigError, SummarizerError

DEFAULT_TRANSLATOR = "Helsinki-NLP/opus-mt-zh-en"


@dataclass(frozen=True)
class KnownModel:
    id: str
    role: str  # translate | condense
    note: str


# Defaults we document and test the code paths of (architectures: Marian, M2M100, NLLB, mT5/mT0).
KNOWN: tuple[KnownModel, ...] = (
    KnownModel(DEFAULT_TRANSLATOR, "translate", "Marian zh→en, 300 MB; the default --translator-model"),
    KnownModel("facebook/nllb-200-distilled-600M", "translate", "NLLB-200, 2.5 GB; zho_Hans → eng_Latn"),
    KnownModel("facebook/m2m100_418M", "translate", "M2M100, 1.9 GB; zh → en"),
    KnownModel("bigscience/mt0-base", "condense", "mT0 (instruction-tuned mT5), 2.3 GB; --model for summaries and goals"),
    KnownModel("csebuetnlp/mT5_multilingual_XLSum", "condense", "mT5 fine-tuned on XL-Sum (45 languages), 2.3 GB"),
)
TRANSLATION_TYPES = {"marian", "m2m_100", "nllb", "nllb-moe", "fsmt"}
# Files a tokenizer needs, copied beside a CTranslate2 model so the converted directory stands alone.
TOKENIZER_FILES = ("tokenizer_config.json", "special_tokens_map.json", "tokenizer.json", "vocab.json", "source.spm",
                   "target.spm", "spiece.model", "sentencepiece.bpe.model", "vocab.txt", "merges.txt",
                   "added_tokens.json", "generation_config.json")


class ModelNotFound(SummarizerError):
    """The named model is not on this machine."""


def weights_options(path: Path) -> dict:
    """from_pretrained options for a model directory: its safetensors whenever it has them, so a pickle
    beside them is never read (a pickle alone loads only as plain tensors: torch.load weights_only)."""
    return {"use_safetensors": True} if any(path.glob("*.safetensors")) else {}


_UNSAFE_ADVICE = re.compile(r"weights_only|trust_remote_code|add_safe_globals|safe_globals", re.I)


def load_error(what: str, path: Path, e: BaseException) -> SummarizerError:
    """One line for a model (or tokenizer) that will not load. A pickle that holds more than tensors is
    named as such: the advice libraries give for it (weights_only=False, trust_remote_code=True) is
    exactly what this tool never does."""
    msg = " ".join(str(e).split())
    if type(e).__name__ == "UnpicklingError" or _UNSAFE_ADVICE.search(msg):
        return SummarizerError(f"cannot load {what} in {path}: its PyTorch pickle holds more than weights (code or "
                               "objects), which this tool never loads; use a copy of the model in safetensors form")
    first = re.split(r"(?<=[.!?])\s", msg, maxsplit=1)[0][:300]
    return SummarizerError(f"cannot load {what} in {path}: {type(e).__name__}: {first}")


def quiet_transformers() -> None:
    """No progress bars from Transformers when it loads weights: the CLI's stderr is for what went wrong."""
    try:
        from transformers.utils import logging as hf_logging

        hf_logging.disable_progress_bar()
    except ImportError:
        pass


def models_home() -> Path:
    """Where `models pull` and `models convert` put models unless told otherwise."""
    return Path(os.environ.get("SUMMARIZER_MODELS") or Path.home() / ".cache" / "summarizer" / "models")


def not_found_message(name: str, option: str = "--model") -> str:
    return (f"model {name!r} is not on this machine (no download is attempted at run time). Provide it one of "
            f"these ways: {option} /path/to/model (a directory with config.json, a CTranslate2 directory with "
            f"model.bin, or an instruct model's .gguf file); `summarizer models pull {name}` where a network exists (it lands in the Hugging Face cache "
            f"or {models_home()}); or --engine embedded, which needs no model.")


def is_ct2_dir(path: Path) -> bool:
    return (path / "model.bin").is_file()


def _is_model_dir(path: Path) -> bool:
    return path.is_dir() and ((path / "config.json").is_file() or is_ct2_dir(path))


def _is_model(path: Path) -> bool:
    """A model directory, or a GGUF file (an instruct LLM for llama.cpp; told by its magic bytes)."""
    from .llm import is_gguf

    return _is_model_dir(path) or (path.suffix.lower() == ".gguf" and is_gguf(path))


def resolve(name: str | os.PathLike, option: str = "--model") -> Path:
    """A local directory holding the model `name` (a path or a hub id), or ModelNotFound. Never downloads."""
    from .llm import is_gguf

    p = Path(os.fspath(name)).expanduser()
    if _is_model_dir(p) or is_gguf(p):
        return p
    if p.is_file():
        raise ModelNotFound(f"{p} is not a GGUF file (it does not start with the GGUF magic bytes). "
                            + not_found_message(str(name), option))
    if p.exists():
        raise ModelNotFound(f"{p} is not a model directory (it has no config.json or model.bin). "
                            + not_found_message(str(name), option))
    sname = str(name)
    for cand in (models_home() / sname, models_home() / sname.replace("/", "--")):
        if _is_model(cand):
            return cand
    if sname.count("/") <= 1 and not sname.startswith((".", "/", "~")):
        try:
            from huggingface_hub import snapshot_download

            # local_files_only: looks in the cache, never on the network.
            snap = Path(snapshot_download(sname, local_files_only=True))
            if _is_model_dir(snap):
                return snap
        except Exception:  # not cached, or huggingface_hub absent: the message below says what to do
            pass
    raise ModelNotFound(not_found_message(sname, option))


def config_value(path: Path, *keys: str):
    """The first of `keys` set in the model's configuration: summarizer.json (what a converted CTranslate2
    directory recorded of its source at conversion), then config.json. None if none is."""
    for f in (path / "summarizer.json", path / "config.json"):
        if f.is_file():
            try:
                data = json.loads(f.read_text(encoding="utf-8"))
            except (OSError, ValueError) as e:
                raise ConfigError(f"unreadable {f}: {e}") from None
            for k in keys:
                if data.get(k):
                    return data[k]
    return None


def model_type(path: Path) -> str:
    """The Transformers model_type of a model directory (or of a converted one's source)."""
    return str(config_value(path, "model_type") or "")


def is_translation_model(name: str | os.PathLike) -> bool:
    try:
        return model_type(resolve(name)) in TRANSLATION_TYPES
    except ModelNotFound:
        return any(k.id == str(name) and k.role == "translate" for k in KNOWN)


def is_llm_model(name: str | os.PathLike) -> bool:
    from .llm import is_llm

    try:
        return is_llm(resolve(name))
    except ModelNotFound:
        return False


def choose(model: Optional[str], translator_model: Optional[str]) -> tuple[Optional[str], Optional[str]]:
    """(the condensing model or None, the translating model or None for the glossary) of the seq2seq engine:
    `model` condenses unless it is a translation model, in which case it translates; the translator is
    otherwise `translator_model`, or the default; "glossary" keeps the embedded translator."""
    condenses = bool(model) and not is_translation_model(model)
    # An instruct LLM (a GGUF file, a ForCausalLM directory) does both jobs unless told otherwise.
    tm = translator_model or (model if model and (not condenses or is_llm_model(model)) else DEFAULT_TRANSLATOR)
    return (model if condenses else None), (None if tm == "glossary" else tm)


def check_available(model: Optional[str] = None, translator_model: Optional[str] = None, **_: object) -> None:
    """ModelNotFound now, in this process, rather than from a worker that would load it later."""
    cm, tm = choose(model, translator_model)
    if cm:
        resolve(cm, "--model")
    if tm:
        resolve(tm, "--translator-model")


def list_models() -> list[dict]:
    """Known defaults and models under models_home(), each with whether (and where) it is present."""
    rows = []
    from .llm import gguf_metadata

    for k in KNOWN:
        try:
            where: Optional[str] = str(resolve(k.id))
        except ModelNotFound:
            where = None
        rows.append({"id": k.id, "role": k.role, "note": k.note, "present": where is not None, "path": where})
    home = models_home()
    if home.is_dir():
        for d in sorted(home.iterdir()):
            if _is_model(d) and not any(r["path"] == str(d) for r in rows):
                kind = ("gguf " + gguf_metadata(d).get("general.architecture", "?") if d.is_file() else
                        "ctranslate2" if is_ct2_dir(d) else model_type(d) or "?")
                rows.append({"id": d.name, "role": "local", "note": kind, "present": True, "path": str(d)})
    return rows


def pull(model_id: str) -> Path:
    """Download a model from the Hugging Face hub (the only networked operation of the tool)."""
    try:
        from huggingface_hub import snapshot_download
    except ImportError:
        raise SummarizerError("pulling models needs huggingface_hub: pip install -c constraints.txt -e '.[seq2seq]'") from None
    try:
        # Weights in safetensors or PyTorch form, tokenizer and configs; not the TF/Flax/ONNX copies.
        return Path(snapshot_download(model_id, allow_patterns=["*.json", "*.safetensors", "*.spm", "*.model", "*.txt",
                                                                "pytorch_model*.bin"]))
    except Exception as e:
        raise SummarizerError(f"could not download {model_id!r}: {type(e).__name__}: {str(e).splitlines()[0] if str(e) else ''}"
                              " (is there a network, and is the id right?)") from None


def convert(src: str | os.PathLike, out: str | os.PathLike, quantization: Optional[str] = "int8",
            force: bool = False) -> Path:
    """Convert a Transformers seq2seq model to CTranslate2 with CTranslate2's own converter, and copy the
    tokenizer files beside it, so `out` alone is enough to translate."""
    try:
        from ctranslate2.converters import TransformersConverter
    except ImportError:
        raise SummarizerError("conversion needs ctranslate2: pip install -c constraints.txt -e '.[seq2seq]'") from None
    src_dir = resolve(src)
    if is_ct2_dir(src_dir):
        raise SummarizerError(f"{src_dir} is already a CTranslate2 model")
    out = Path(out)
    a, b = out.resolve(), src_dir.resolve()
    if a == b or b in a.parents or a in b.parents:
        raise SummarizerError(f"OUT ({out}) must be outside the source model's directory ({src_dir}), and not contain it")
    if out.exists() and any(out.iterdir()):
        if not force:
            raise SummarizerError(f"{out} exists and is not empty (add --force to overwrite)")
        if not is_ct2_dir(out):  # CTranslate2 deletes OUT first: only ever a model it made
            raise SummarizerError(f"{out} is not a CTranslate2 model directory; refusing to overwrite it")
    quiet_transformers()
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # "Recommended: pip install sacremoses" and the like
            TransformersConverter(str(src_dir)).convert(str(out), quantization=quantization, force=True)
    except (ValueError, NotImplementedError, KeyError) as e:
        raise SummarizerError(f"CTranslate2 cannot convert {src}: {' '.join(str(e).split())[:300]}") from None
    except Exception as e:  # the source will not load (a pickle holding code, a broken file): one line
        raise load_error("the model", src_dir, e) from None
    for name in TOKENIZER_FILES:
        if (src_dir / name).is_file():
            shutil.copy(src_dir / name, out / name)
    # CTranslate2 writes its own config.json; what the tokenizer and our templates need of the source's goes here.
    src_cfg = json.loads((src_dir / "config.json").read_text(encoding="utf-8"))
    (out / "summarizer.json").write_text(json.dumps({
        "source": str(src), "model_type": src_cfg.get("model_type", ""), "quantization": quantization or "none",
        "max_position_embeddings": src_cfg.get("max_position_embeddings"),
        "n_positions": src_cfg.get("n_positions")}, indent=1), encoding="utf-8")
    return out

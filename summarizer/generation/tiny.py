"""Small seq2seq models built on this machine, with no hub: a sentencepiece tokenizer trained on given
text, a Marian or T5 with random weights (any size, up to opus-mt-zh-en's), saved with save_pretrained so
that they load through the same code path as real models. For the tests and `summarizer bench translate`;
`train_marian` teaches a tiny Marian a few dozen pairs by heart, so outputs can be asserted.
"""
from __future__ import annotations

import json
import random
import re
import shutil
import tempfile
import warnings
from pathlib import Path
from typing import Iterable, Optional

# opus-mt-zh-en's dimensions (the benchmark's model).
OPUS_DIMS = dict(d_model=512, layers=6, heads=8, ffn=2048, vocab=65001)


def _spm(lines: Iterable[str], dest: Path, vocab_size: int, ids: dict[str, int]) -> Path:
    """A sentencepiece model trained on `lines`, written to `dest` (its training files left in a temp dir)."""
    import sentencepiece as spm

    lines = list(lines)
    # Every character gets a piece (coverage 1.0), so the vocabulary is at least the character set.
    vocab_size = max(vocab_size, len(set("".join(lines))) + 8)
    with tempfile.TemporaryDirectory() as tmp:
        text = Path(tmp) / "lines.txt"
        text.write_text("\n".join(lines), encoding="utf-8")
        spm.SentencePieceTrainer.train(input=str(text), model_prefix=str(Path(tmp) / "m"), vocab_size=vocab_size,
                                       character_coverage=1.0, hard_vocab_limit=False, minloglevel=2,
                                       bos_id=-1, **ids)
        shutil.copy(Path(tmp) / "m.model", dest)
    return dest


def _vocab(specials: list[str], spm_files: list[Path]) -> dict[str, int]:
    """vocab.json as Marian and M2M100 tokenizers read it: the special tokens, then every piece of the
    sentencepiece models, each once."""
    import sentencepiece as spm

    vocab = {t: i for i, t in enumerate(specials)}
    for f in spm_files:
        sp = spm.SentencePieceProcessor(model_file=str(f))
        for i in range(sp.get_piece_size()):
            vocab.setdefault(sp.id_to_piece(i), len(vocab))
    return vocab


def build_marian(out: str | Path, zh: list[str], en: list[str], d_model: int = 32, layers: int = 1, heads: int = 2,
                 ffn: int = 64, vocab: Optional[int] = None, spm_vocab: int = 200, seed: int = 0) -> Path:
    """A MarianMT model directory laid out as Helsinki-NLP's are (source.spm, target.spm, one vocab.json
    with <pad> last). `vocab` pads the vocabulary to that size, as opus-mt-zh-en's 65,001."""
    import torch
    from transformers import MarianConfig, MarianMTModel, MarianTokenizer

    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    ids = dict(eos_id=0, unk_id=1, pad_id=-1)
    pieces = _vocab(["</s>", "<unk>"], [_spm(zh, out / "source.spm", spm_vocab, ids),
                                         _spm(en, out / "target.spm", spm_vocab, ids)])
    while vocab and len(pieces) < vocab - 1:
        pieces[f"▁filler{len(pieces)}"] = len(pieces)
    pieces["<pad>"] = len(pieces)
    (out / "vocab.json").write_text(json.dumps(pieces, ensure_ascii=False), encoding="utf-8")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        tok = MarianTokenizer(vocab=str(out / "vocab.json"), source_spm=str(out / "source.spm"),
                              target_spm=str(out / "target.spm"), source_lang="zh", target_lang="en")
    tok.save_pretrained(out)
    torch.manual_seed(seed)
    cfg = MarianConfig(vocab_size=len(pieces), d_model=d_model, encoder_layers=layers, decoder_layers=layers,
                       encoder_attention_heads=heads, decoder_attention_heads=heads, encoder_ffn_dim=ffn,
                       decoder_ffn_dim=ffn, max_position_embeddings=512, pad_token_id=pieces["<pad>"],
                       eos_token_id=0, decoder_start_token_id=pieces["<pad>"], forced_eos_token_id=0,
                       scale_embedding=True, activation_function="swish")  # as opus-mt's configs
    model = MarianMTModel(cfg)
    _zero_pad_row(model)
    model.save_pretrained(out)
    return out


def _zero_pad_row(model) -> None:
    """The decoder starts from <pad>, whose embedding is zero in real Marian checkpoints (CTranslate2
    relies on it: start_from_zero_embedding); random init would make the runtimes disagree."""
    import torch

    with torch.no_grad():
        model.get_input_embeddings().weight[model.config.pad_token_id].zero_()


def build_t5(out: str | Path, lines: list[str], d_model: int = 32, layers: int = 1, heads: int = 2, ffn: int = 64,
             spm_vocab: int = 300, seed: int = 0) -> Path:
    """A T5 (mT5-style, one sentencepiece vocabulary) with random weights."""
    import torch
    from transformers import T5Config, T5ForConditionalGeneration, T5Tokenizer

    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    _spm(lines, out / "spiece.model", spm_vocab, dict(pad_id=0, eos_id=1, unk_id=2))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        tok = T5Tokenizer(vocab_file=str(out / "spiece.model"), extra_ids=0)
    tok.save_pretrained(out)
    torch.manual_seed(seed)
    cfg = T5Config(vocab_size=len(tok), d_model=d_model, d_kv=d_model // heads, d_ff=ffn, num_layers=layers,
                   num_decoder_layers=layers, num_heads=heads, pad_token_id=0, eos_token_id=1,
                   decoder_start_token_id=0, feed_forward_proj="gated-gelu", tie_word_embeddings=False)
    T5ForConditionalGeneration(cfg).save_pretrained(out)
    return out


def build_m2m100(out: str | Path, lines: list[str], d_model: int = 32, layers: int = 1, heads: int = 2,
                 ffn: int = 64, spm_vocab: int = 300, seed: int = 0) -> Path:
    """An M2M100 (one sentencepiece vocabulary, language codes __zh__, __en__ …) with random weights."""
    import torch
    from transformers import M2M100Config, M2M100ForConditionalGeneration, M2M100Tokenizer

    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    spm_file = _spm(lines, out / "sentencepiece.bpe.model", spm_vocab, dict(pad_id=-1, eos_id=-1, unk_id=0))
    vocab = _vocab(["<s>", "<pad>", "</s>", "<unk>"], [spm_file])
    (out / "vocab.json").write_text(json.dumps(vocab, ensure_ascii=False), encoding="utf-8")
    args = dict(vocab_file=str(out / "vocab.json"), spm_file=str(out / "sentencepiece.bpe.model"), src_lang="zh",
                tgt_lang="en")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        # The language codes listed as special tokens, as in released checkpoints (CTranslate2 reads them).
        codes = list(M2M100Tokenizer(**args).lang_token_to_id)
        tok = M2M100Tokenizer(**args, additional_special_tokens=codes)
    tok.save_pretrained(out)
    torch.manual_seed(seed)
    cfg = M2M100Config(vocab_size=max(tok.lang_token_to_id.values()) + 9, d_model=d_model, encoder_layers=layers,
                       decoder_layers=layers, encoder_attention_heads=heads, decoder_attention_heads=heads,
                       encoder_ffn_dim=ffn, decoder_ffn_dim=ffn, max_position_embeddings=256, pad_token_id=1,
                       bos_token_id=0, eos_token_id=2, decoder_start_token_id=2)
    M2M100ForConditionalGeneration(cfg).save_pretrained(out)
    return out


def train_marian(model_dir: str | Path, pairs: list[tuple[str, str]], steps: int = 400, lr: float = 3e-3,
                 seed: int = 0) -> int:
    """Train the model in `model_dir` on `pairs` until greedy decoding has reproduced every pair for a
    while (or `steps` run out), and save it. Returns the steps taken."""
    import torch
    from transformers import AutoModelForSeq2SeqLM, AutoTokenizer

    torch.manual_seed(seed)
    random.seed(seed)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        tok = AutoTokenizer.from_pretrained(str(model_dir))
    model = AutoModelForSeq2SeqLM.from_pretrained(str(model_dir))
    enc = tok([z for z, _ in pairs], text_target=[e for _, e in pairs], return_tensors="pt", padding=True)
    labels = enc["labels"].masked_fill(enc["labels"] == tok.pad_token_id, -100)
    # Marian's positions are fixed sinusoids, rebuilt at load: training them would be lost on saving.
    params = [p for n, p in model.named_parameters() if "embed_positions" not in n]
    opt = torch.optim.Adam(params, lr=lr)
    want = [e for _, e in pairs]
    pad_row = model.get_input_embeddings().weight if model.config.model_type == "marian" else None
    step, ok_since = 0, None
    for step in range(1, steps + 1):
        model.train()
        loss = model(input_ids=enc["input_ids"], attention_mask=enc["attention_mask"], labels=labels).loss
        opt.zero_grad()
        loss.backward()
        if pad_row is not None:  # the output layer shares it: keep <pad>'s embedding zero, as real Marian's
            pad_row.grad[model.config.pad_token_id] = 0
        opt.step()
        if step % 25 == 0:
            model.eval()
            with torch.inference_mode():
                got = tok.batch_decode(model.generate(input_ids=enc["input_ids"], attention_mask=enc["attention_mask"],
                                                      max_new_tokens=40, num_beams=1), skip_special_tokens=True)
            ok_since = (ok_since or step) if got == want else None
            # Stop once every pair has come out right for a while: no output is then a near tie.
            if ok_since and step - ok_since >= max(50, ok_since // 4):
                break
    model.save_pretrained(model_dir)
    return step


# ChatML, as Qwen2's instruct models write it (the GGUF and the tokenizer of the real ones carry their own).
CHATML = ("{% for m in messages %}<|im_start|>{{ m['role'] }}\n{{ m['content'] }}<|im_end|>\n{% endfor %}"
          "{% if add_generation_prompt %}<|im_start|>assistant\n{% endif %}")


def build_causal(out: str | Path, lines: list[str], hidden: int = 32, layers: int = 1, heads: int = 2,
                 ffn: int = 64, vocab: int = 400, seed: int = 0) -> Path:
    """A Qwen2-architecture decoder (Qwen2ForCausalLM) with random weights and a byte-level BPE trained on
    `lines` (the `tokenizers` library), ChatML special tokens and chat template: an instruct model's layout."""
    import torch
    from tokenizers import Tokenizer, decoders, models, pre_tokenizers, trainers
    from transformers import PreTrainedTokenizerFast, Qwen2Config, Qwen2ForCausalLM

    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    specials = ["<|endoftext|>", "<|im_start|>", "<|im_end|>"]
    bpe = Tokenizer(models.BPE())
    bpe.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    bpe.decoder = decoders.ByteLevel()
    bpe.train_from_iterator(lines, trainers.BpeTrainer(vocab_size=vocab, special_tokens=specials, show_progress=False,
                                                       initial_alphabet=pre_tokenizers.ByteLevel.alphabet()))
    tok = PreTrainedTokenizerFast(tokenizer_object=bpe, eos_token="<|im_end|>", pad_token="<|endoftext|>",
                                  additional_special_tokens=specials[1:])
    tok.chat_template = CHATML
    tok.save_pretrained(out)
    torch.manual_seed(seed)
    cfg = Qwen2Config(vocab_size=len(tok), hidden_size=hidden, intermediate_size=ffn, num_hidden_layers=layers,
                      num_attention_heads=heads, num_key_value_heads=1, max_position_embeddings=2048,
                      eos_token_id=tok.convert_tokens_to_ids("<|im_end|>"), pad_token_id=tok.pad_token_id,
                      bos_token_id=None, tie_word_embeddings=True)
    Qwen2ForCausalLM(cfg).save_pretrained(out)
    return out


def causal_to_gguf(model_dir: str | Path, out: str | Path) -> Path:
    """The Qwen2 model of build_causal as a GGUF file (float32), written with the `gguf` package as llama.cpp's
    converter lays Qwen2 out: its byte-level BPE (tokens, merges, ChatML template) and its tensors by GGUF name."""
    import gguf
    import numpy as np
    from safetensors.numpy import load_file

    model_dir, out = Path(model_dir), Path(out)
    cfg = json.loads((model_dir / "config.json").read_text(encoding="utf-8"))
    tj = json.loads((model_dir / "tokenizer.json").read_text(encoding="utf-8"))
    vocab = dict(tj["model"]["vocab"])
    for t in tj.get("added_tokens", []):
        vocab[t["content"]] = t["id"]
    tokens = [t for t, _ in sorted(vocab.items(), key=lambda kv: kv[1])]
    specials = {t["content"] for t in tj.get("added_tokens", []) if t.get("special")}
    merges = [m if isinstance(m, str) else " ".join(m) for m in tj["model"]["merges"]]
    tc = json.loads((model_dir / "tokenizer_config.json").read_text(encoding="utf-8"))
    template = tc.get("chat_template") or CHATML

    w = gguf.GGUFWriter(str(out), "qwen2")
    w.add_name("tiny-qwen2")
    w.add_context_length(cfg["max_position_embeddings"])
    w.add_embedding_length(cfg["hidden_size"])
    w.add_block_count(cfg["num_hidden_layers"])
    w.add_feed_forward_length(cfg["intermediate_size"])
    w.add_head_count(cfg["num_attention_heads"])
    w.add_head_count_kv(cfg["num_key_value_heads"])
    w.add_rope_freq_base(float(cfg.get("rope_theta") or (cfg.get("rope_parameters") or {}).get("rope_theta", 10000.0)))
    w.add_layer_norm_rms_eps(cfg["rms_norm_eps"])
    w.add_file_type(gguf.LlamaFileType.ALL_F32)
    w.add_tokenizer_model("gpt2")
    w.add_tokenizer_pre("qwen2")
    w.add_token_list(tokens)
    w.add_token_types([gguf.TokenType.CONTROL if t in specials else gguf.TokenType.NORMAL for t in tokens])
    w.add_token_merges(merges)
    w.add_eos_token_id(cfg["eos_token_id"])
    w.add_pad_token_id(cfg["pad_token_id"])
    w.add_bos_token_id(vocab["<|endoftext|>"])
    w.add_add_bos_token(False)
    w.add_chat_template(template)
    names = {"self_attn.q_proj": "attn_q", "self_attn.k_proj": "attn_k", "self_attn.v_proj": "attn_v",
             "self_attn.o_proj": "attn_output", "mlp.gate_proj": "ffn_gate", "mlp.up_proj": "ffn_up",
             "mlp.down_proj": "ffn_down", "input_layernorm": "attn_norm", "post_attention_layernorm": "ffn_norm"}
    for key, arr in sorted(load_file(str(model_dir / "model.safetensors")).items()):
        if key == "model.embed_tokens.weight":
            name = "token_embd.weight"
        elif key == "model.norm.weight":
            name = "output_norm.weight"
        elif key == "lm_head.weight":
            name = "output.weight"
        else:
            m = re.match(r"model\.layers\.(\d+)\.(.+)\.(weight|bias)$", key)
            name = f"blk.{m.group(1)}.{names[m.group(2)]}.{m.group(3)}"
        w.add_tensor(name, np.ascontiguousarray(arr, dtype=np.float32))
    w.write_header_to_file()
    w.write_kv_data_to_file()
    w.write_tensors_to_file()
    w.close()
    return out

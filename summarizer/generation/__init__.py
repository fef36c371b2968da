"""Generators and model loading for the seq2seq engine: one place for every model the tool can run.

    backends.py   the Generator protocol; `hf` (Transformers seq2seq) and `ct2` (CTranslate2) backends; load_generator
    llm.py        decoder-only instruct models (GGUF on llama.cpp, Transformers causal LMs) behind the same protocol
    weights.py    where weights are (offline first), `models list|pull|convert`, the one-line "missing weights" error
    tiny.py       small models built on this machine for tests and benchmarks (no hub)

What uses a generator lives with its job: translate/seq2seq.py (English), condense.py (the Chinese summary/goals).
"""

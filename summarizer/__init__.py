"""summarizer: Chinese regional science & technology news → structured bilingual briefs.

    from summarizer import brief
    b = brief("article.txt")          # a path, the text itself, or bytes
    print(b.platforms[0].name.en)

For many articles build the engine once: ``engine = EmbeddedEngine(); engine.brief(text)``.
With local models: ``Seq2SeqEngine(model=..., translator_model=...)`` (README, "Seq2seq engine").
"""
from __future__ import annotations

import functools

from .errors import BinaryInput, ConfigError, EmptyInput, InputError, InputNotFound, SummarizerError, UndecodableInput
from .pipeline import EmbeddedEngine, Engine, Seq2SeqEngine, get_engine
from .schema import SCHEMA_VERSION, Brief
from .text.decode import Source

__version__ = "0.1.0"


@functools.lru_cache(maxsize=4)
def _engine(name: str) -> Engine:
    return get_engine(name)


def brief(source: Source, engine: str | Engine = "embedded", id: str = "") -> Brief:
    """The brief of one article. `engine` is a name ("embedded") or an engine object you built."""
    eng = _engine(engine) if isinstance(engine, str) else engine
    return eng.brief(source, id=id)


__all__ = ["brief", "Brief", "EmbeddedEngine", "Seq2SeqEngine", "Engine", "get_engine", "SCHEMA_VERSION", "SummarizerError",
           "InputError", "InputNotFound", "EmptyInput", "BinaryInput", "UndecodableInput", "ConfigError"]

"""Brief(zh) → Brief(zh+en). One Translator protocol; backends are looked up by name."""
from __future__ import annotations

from typing import Optional, Protocol, runtime_checkable

from .glossary import GlossaryTranslator
from .glossary_data import Glossary, builtin_glossary


@runtime_checkable
class Translator(Protocol):
    name: str

    def translate_batch(self, texts: list[str], names: Optional[dict[str, str]] = None) -> list[str]:
        """English for each text, in order; `names` maps Chinese names to the English they must keep."""

    def translate_name(self, zh: str, kind: str = "org") -> str:
        """English for an organisation/place/platform name (kind: org, place, person)."""


__all__ = ["Translator", "GlossaryTranslator", "Glossary", "builtin_glossary"]

"""English running text written from a brief's facts by a phrase grammar (no model, never a word gloss).

`EnglishWriter().write(brief, names)` fills the English title, summary, goals and scale items of a brief
whose names are already in English. Used by the embedded engine (pipeline.translate_brief); a seq2seq or
LLM translator writes these fields itself.
"""
from .writer import EnglishWriter

__all__ = ["EnglishWriter"]

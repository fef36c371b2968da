"""The Brief: the one contract shared by the CLI, the Python API, batch output and the UI.

Every extracted value carries `evidence`: half-open character ranges ``[start, end)`` into
``Brief.text`` (the cleaned article), so a reader can always see where a value came from.
"""
from __future__ import annotations

from typing import Optional, Union

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = "1.0"

Span = tuple[int, int]


class _Model(BaseModel):
    # Unknown keys are an error: a brief that does not match the schema must not pass silently.
    model_config = ConfigDict(extra="forbid")


class Text(_Model):
    """A value in Chinese and English."""

    zh: str = ""
    en: str = ""


class Field_(Text):
    """A bilingual value with the source spans it came from."""

    evidence: list[Span] = Field(default_factory=list)


class ScaleItem(Field_):
    """One figure: the clause that states it, its numeric value and its unit as written."""

    value: Union[int, float]  # int when whole, so JSON reads 24, not 24.0
    unit: str
    qualifier: str = ""  # 余 / 多 / 以上 / 近 / 超 … : the figure is approximate or a bound


class Platform(_Model):
    name: Field_
    goal: Field_ = Field(default_factory=Field_)
    scale: list[ScaleItem] = Field(default_factory=list)
    partners: list[Field_] = Field(default_factory=list)


class Removed(_Model):
    """Text dropped while cleaning (bylines, page furniture …), kept for debugging."""

    text: str
    reason: str


class Meta(_Model):
    engine: str = ""
    models: dict[str, str] = Field(default_factory=dict)
    warnings: list[str] = Field(default_factory=list)
    source_encoding: str = ""
    converted_from_traditional: bool = False
    removed: list[Removed] = Field(default_factory=list)


class Brief(_Model):
    schema_version: str = SCHEMA_VERSION
    id: str = ""
    title: Text = Field(default_factory=Text)
    summary: Field_ = Field(default_factory=Field_)
    platforms: list[Platform] = Field(default_factory=list)
    text: str = ""  # the cleaned article that every evidence span indexes into
    meta: Meta = Field(default_factory=Meta)

    def to_json(self, indent: Optional[int] = 2) -> str:
        return self.model_dump_json(indent=indent)

    @classmethod
    def from_json(cls, data: str | bytes) -> "Brief":
        return cls.model_validate_json(data)

    def span_text(self, span: Span) -> str:
        return self.text[span[0] : span[1]]


def json_schema() -> dict:
    """The JSON Schema of a Brief (for consumers in other languages)."""
    return Brief.model_json_schema()

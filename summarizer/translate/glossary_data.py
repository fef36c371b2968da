"""Glossaries: the built-in domain glossary, common news words, and user glossaries (TSV or YAML).

Precedence when merged: user glossary > built-in domain glossary > common words (then CC-CEDICT and
pinyin, which live in the translator).
"""
from __future__ import annotations

import csv
import functools
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

import yaml

from ..errors import ConfigError
from ..settings import DATA_DIR

KINDS = {"org", "place", "term", "person", "word"}


@dataclass(frozen=True)
class Entry:
    zh: str  # canonical Chinese form
    en: str
    kind: str = "term"


class Glossary:
    """zh (or alias) → Entry, with a regex that finds every known key in a text, longest first."""

    def __init__(self, entries: Optional[dict[str, Entry]] = None) -> None:
        self.entries: dict[str, Entry] = dict(entries or {})
        self._regex: dict[tuple, Optional[re.Pattern]] = {}
        self.derived: dict[str, object] = {}  # what callers compute from the entries once (cleared by add)

    def __len__(self) -> int:
        return len(self.entries)

    def get(self, zh: str) -> Optional[Entry]:
        return self.entries.get(zh)

    def add(self, zh: str, en: str, kind: str = "term", aliases: tuple[str, ...] = ()) -> None:
        e = Entry(zh, en, kind)
        for k in (zh, *aliases):
            if k:
                self.entries[k] = e
        self._regex.clear()
        self.derived.clear()

    def merged_over(self, base: "Glossary") -> "Glossary":
        """A new glossary: this one's entries win over `base`'s."""
        out = Glossary(base.entries)
        out.entries.update(self.entries)
        return out

    def finder(self, kinds: tuple[str, ...] = (), skip: frozenset[str] = frozenset()) -> Optional[re.Pattern]:
        """Regex matching any key (of the given kinds, not in `skip`), longest first; None if there are none."""
        if (kinds, skip) not in self._regex:
            keys = [k for k, e in self.entries.items()
                    if len(k) >= 2 and (not kinds or e.kind in kinds) and k not in skip]
            keys.sort(key=len, reverse=True)
            self._regex[(kinds, skip)] = re.compile("|".join(map(re.escape, keys))) if keys else None
        return self._regex[(kinds, skip)]

    # ---- loading -------------------------------------------------------------------------------
    @classmethod
    def from_file(cls, path: str | Path, default_kind: str = "org") -> "Glossary":
        """TSV (zh, en[, kind[, aliases]], header optional) or YAML (``zh: en`` or ``zh: {en, kind, aliases}``)."""
        p = Path(path)
        if not p.is_file():
            raise ConfigError(f"glossary file not found: {p}")
        g = cls()
        try:
            if p.suffix.lower() in (".yaml", ".yml"):
                data = yaml.safe_load(p.read_text(encoding="utf-8")) or {}
                if not isinstance(data, dict):
                    raise ConfigError(f"{p}: a YAML glossary is a mapping of Chinese → English")
                for zh, v in data.items():
                    if isinstance(v, str):
                        g.add(str(zh), v, default_kind)
                    elif isinstance(v, dict) and "en" in v:
                        g.add(str(zh), str(v["en"]), str(v.get("kind", default_kind)), tuple(v.get("aliases", []) or []))
                    else:
                        raise ConfigError(f"{p}: entry {zh!r} needs an English value")
            else:
                with p.open(encoding="utf-8-sig", newline="") as f:
                    for n, row in enumerate(csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE), 1):
                        if not row or not row[0].strip() or row[0].startswith("#"):
                            continue
                        if n == 1 and row[0].strip().lower() == "zh":
                            continue
                        if len(row) < 2:
                            raise ConfigError(f"{p}:{n}: expected 'zh<TAB>en', got {row!r}")
                        kind = row[2].strip() if len(row) > 2 and row[2].strip() else default_kind
                        aliases = tuple(a.strip() for a in row[3].split("|")) if len(row) > 3 and row[3] else ()
                        g.add(row[0].strip(), row[1].strip(), kind, aliases)
        except yaml.YAMLError as e:  # "FILE, line N, column M: problem", not PyYAML's whole text
            mark = getattr(e, "problem_mark", None)
            where = f", line {mark.line + 1}, column {mark.column + 1}" if mark is not None else ""
            raise ConfigError(f"cannot read glossary {p}{where}: {getattr(e, 'problem', None) or 'not valid YAML'}") from None
        except (UnicodeDecodeError, csv.Error) as e:
            raise ConfigError(f"cannot read glossary {p}: {e}") from None
        return g


@functools.lru_cache(maxsize=1)
def builtin_glossary() -> Glossary:
    common = Glossary.from_file(DATA_DIR / "common_words.tsv", default_kind="word")
    path = DATA_DIR / "glossary.tsv"
    domain = Glossary.from_file(path, default_kind="term") if path.is_file() else Glossary()
    return domain.merged_over(common)

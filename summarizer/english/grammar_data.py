"""prompts/english.yaml: units, measure words, qualifiers and event cues of the English writer."""
from __future__ import annotations

import functools

from ..errors import ConfigError
from ..settings import load_yaml, prompts_dir


@functools.lru_cache(maxsize=1)
def grammar_data() -> dict:
    d = load_yaml(str(prompts_dir() / "english.yaml"))
    for key in ("units", "measure_words", "qualifiers", "subjects", "events"):
        if key not in (d or {}):
            raise ConfigError(f"prompts/english.yaml lacks '{key}'")
    d["units"] = {str(k): str(v).replace("~ ", "~ ").strip() if str(v).startswith("~ ") else str(v)
                  for k, v in d["units"].items()}
    d["qualifiers"] = {str(k): str(v or "") for k, v in d["qualifiers"].items()}
    d["measure_words"] = {str(k): str(v or "") for k, v in d["measure_words"].items()}
    return d

"""Where the tool's data files live, in one place. Data is loaded lazily and cached, never at import."""
from __future__ import annotations

import functools
import os
from pathlib import Path
from typing import Any

import yaml

from .errors import ConfigError

PACKAGE_DIR = Path(__file__).resolve().parent
DATA_DIR = PACKAGE_DIR / "data"


def prompts_dir() -> Path:
    """`prompts/` (field definitions, cue phrases, templates). SUMMARIZER_PROMPTS overrides it;
    otherwise the repository's copy, or the copy installed inside the package."""
    env = os.environ.get("SUMMARIZER_PROMPTS")
    for cand in ([Path(env)] if env else []) + [PACKAGE_DIR.parent / "prompts", PACKAGE_DIR / "prompts"]:
        if (cand / "fields.yaml").is_file():
            return cand
    raise ConfigError("cannot find prompts/fields.yaml; set SUMMARIZER_PROMPTS to the prompts folder")


@functools.lru_cache(maxsize=None)
def load_yaml(path: str) -> Any:
    try:
        with open(path, encoding="utf-8") as f:
            return yaml.safe_load(f)
    except FileNotFoundError:
        raise ConfigError(f"missing data file: {path}") from None
    except yaml.YAMLError as e:
        raise ConfigError(f"malformed YAML in {path}: {e}") from None


def fields_config() -> dict:
    return load_yaml(str(prompts_dir() / "fields.yaml"))


def data_yaml(name: str) -> Any:
    return load_yaml(str(DATA_DIR / name))

"""The decision models as data: a logistic regression over named features, saved as JSON weights."""
from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Mapping, Optional

from ..errors import ConfigError

FORMAT = "summarizer-decisions/1"
DEFAULT_PATH = Path(__file__).resolve().parent.parent / "data" / "decisions.json"
KINDS = ("platform", "partner", "scale", "goal")


@dataclass
class LinearModel:
    """P(keep) = sigmoid(intercept + Σ coef[f] · (x[f] - mean[f]) / scale[f]); a feature the candidate does not
    have is 0. `threshold` is the probability from which a candidate is kept."""

    coef: dict[str, float]
    intercept: float
    mean: dict[str, float] = field(default_factory=dict)
    scale: dict[str, float] = field(default_factory=dict)
    threshold: float = 0.5

    def probability(self, x: Mapping[str, float]) -> float:
        z = self.intercept
        for f, w in self.coef.items():
            v = x.get(f, 0.0)
            z += w * (v - self.mean.get(f, 0.0)) / (self.scale.get(f, 1.0) or 1.0)
        return 1.0 / (1.0 + math.exp(-max(-50.0, min(50.0, z))))

    def keep(self, x: Mapping[str, float]) -> bool:
        return self.probability(x) >= self.threshold

    def explain(self, x: Mapping[str, float], top: int = 5) -> list[tuple[str, float]]:
        """The features that pushed this decision most, with their contribution to the log-odds."""
        parts = [(f, w * (x.get(f, 0.0) - self.mean.get(f, 0.0)) / (self.scale.get(f, 1.0) or 1.0))
                 for f, w in self.coef.items()]
        return sorted(parts, key=lambda p: -abs(p[1]))[:top]

    def to_dict(self) -> dict:
        r = lambda d: {k: round(v, 6) for k, v in sorted(d.items())}  # noqa: E731 - stable, diffable JSON
        return {"coef": r(self.coef), "intercept": round(self.intercept, 6), "mean": r(self.mean),
                "scale": r(self.scale), "threshold": self.threshold}

    @classmethod
    def from_dict(cls, d: dict) -> "LinearModel":
        return cls(coef=dict(d["coef"]), intercept=float(d["intercept"]), mean=dict(d.get("mean", {})),
                   scale=dict(d.get("scale", {})), threshold=float(d.get("threshold", 0.5)))


@dataclass
class Decisions:
    """One model per decision (KINDS); a decision without a model is left to the extractor's hand rules."""

    models: dict[str, LinearModel] = field(default_factory=dict)
    info: dict = field(default_factory=dict)  # how it was trained: files, articles, command

    def get(self, kind: str) -> Optional[LinearModel]:
        return self.models.get(kind)

    def save(self, path: str | Path) -> None:
        obj = {"format": FORMAT, "info": self.info, "models": {k: m.to_dict() for k, m in sorted(self.models.items())}}
        Path(path).write_text(json.dumps(obj, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")

    @classmethod
    def load(cls, path: str | Path) -> "Decisions":
        try:
            obj = json.loads(Path(path).read_text(encoding="utf-8"))
            if obj.get("format") != FORMAT:
                raise ValueError(f"not a {FORMAT} file")
            return cls(models={k: LinearModel.from_dict(v) for k, v in obj["models"].items() if k in KINDS},
                       info=obj.get("info", {}))
        except (OSError, ValueError, KeyError, TypeError, AttributeError) as e:
            raise ConfigError(f"cannot read the decision models in {path}: {e}") from None


@lru_cache(maxsize=1)
def default_decisions() -> Decisions:
    """The models shipped with the package (trained by `summarizer train`); none if the file is absent."""
    return Decisions.load(DEFAULT_PATH) if DEFAULT_PATH.is_file() else Decisions()

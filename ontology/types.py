"""The closed set of stance types, loaded from ontology/stance_types.jsonl (the single source)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ontology.errors import StancegraphError

TYPES_FILE = Path(__file__).resolve().parent / "stance_types.jsonl"
POLARITIES = ("cooperative", "neutral", "conflictual")


@dataclass(frozen=True)
class StanceType:
    id: str
    en: str
    ar: str
    cameo: str
    goldstein: float
    plover: str | None
    plover_score: float | None
    polarity: str
    group: str


@lru_cache(maxsize=1)
def stance_types() -> dict[str, StanceType]:
    """Every stance type by id, validated: polarity must follow the Goldstein value."""
    types: dict[str, StanceType] = {}
    for n, line in enumerate(TYPES_FILE.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            t = StanceType(**json.loads(line))
        except (ValueError, TypeError) as exc:
            raise StancegraphError(f"line {n}: {exc}", str(TYPES_FILE)) from None
        expected = (
            "cooperative" if t.goldstein >= 1 else "conflictual" if t.goldstein <= -1 else "neutral"
        )
        if t.polarity != expected:
            raise StancegraphError(f"line {n}: {t.id} polarity {t.polarity} != {expected}",
                                   str(TYPES_FILE))
        types[t.id] = t
    return types


def polarity(type_id: str) -> str:
    return stance_types()[type_id].polarity

"""The Stance record: the one thing that crosses from extract to graph."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, fields
from typing import Any


@dataclass(frozen=True)
class Stance:
    """One stance that an actor takes, with its evidence.

    ``holder`` and ``target`` are actor ids (ISO 3166-1 alpha-3 for states, short upper-case
    ids for organisations and groups). ``evidence`` is ``text[start:end]`` of the document.
    A record is an *edge* only when it is neither negated nor hypothetical and has a target.
    """

    holder: str
    stance_type: str
    target: str | None
    evidence: str
    start: int
    end: int
    doc_id: str
    lang: str
    rule: str
    topic: str = ""
    speaker: str | None = None
    speaker_id: str | None = None
    reported_by: str | None = None
    negated: bool = False
    hypothetical: bool = False
    date: str | None = None
    outlet: str | None = None
    url: str | None = None
    title: str | None = None
    confidence: float = 0.5
    path: str | None = None

    @property
    def is_edge(self) -> bool:
        return not self.negated and not self.hypothetical and self.target is not None

    @property
    def stance_id(self) -> str:
        """Stable id: the same stance from the same place of the same document."""
        key = "|".join(
            [self.doc_id, self.holder, self.stance_type, self.target or "", str(self.start),
             str(self.end), str(self.negated), str(self.hypothetical)]
        )
        return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]

    def to_dict(self) -> dict[str, Any]:
        # every field is a plain value: a shallow copy (asdict deep-copies, several times
        # slower, a sixth of a batch partition's time)
        d = {name: getattr(self, name) for name in _STANCE_FIELDS}
        d["id"] = self.stance_id
        d["is_edge"] = self.is_edge
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Stance:
        names = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in d.items() if k in names})


_STANCE_FIELDS = tuple(f.name for f in fields(Stance))


@dataclass(frozen=True)
class Document:
    """A document after reading: its full text and what is known about it."""

    doc_id: str
    text: str
    path: str | None = None
    title: str | None = None
    date: str | None = None
    outlet: str | None = None
    url: str | None = None
    lang: str | None = None

    @staticmethod
    def make_id(text: str) -> str:
        """Hash of the normalised text, so re-ingesting the same article is idempotent."""
        norm = " ".join(text.split())
        return hashlib.sha256(norm.encode("utf-8")).hexdigest()[:20]

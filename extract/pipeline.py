"""The extraction pipeline: the only place that fixes the order of the stages.

    paths ──► reader (files, manifest, encodings) ──► clean (article body) ──► nlp (tokens,
    normalisation, actors, cues) ──► rules (attribution, stance records)
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from extract.record import Document, Stance


@dataclass(frozen=True)
class Problem:
    """Something wrong with one input; ``fatal`` problems mean the document was skipped."""

    path: str
    message: str
    fatal: bool = True

    def __str__(self) -> str:
        return f"{'error' if self.fatal else 'warning'}: {self.path}: {self.message}"


@dataclass(frozen=True)
class Result:
    document: Document
    stances: list[Stance]


def extract_paths(
    paths: Sequence[str | Path],
    *,
    date: str | None = None,
    outlet: str | None = None,
    lang: str | None = None,
    on_problem: Callable[[Problem], None] | None = None,
) -> Iterator[Result]:
    """Read every document under ``paths`` and yield its stances, one Result per document.

    Bad inputs are reported through ``on_problem`` and skipped; the batch goes on.
    """
    from extract.reader import read_paths
    from extract.stances import extract_document

    for doc in read_paths(paths, date=date, outlet=outlet, lang=lang, on_problem=on_problem):
        yield Result(doc, extract_document(doc))


def extract_text(text: str, *, date: str | None = None, lang: str | None = None,
                 outlet: str | None = None) -> list[Stance]:
    """Stances of one text given directly (used by tests and the library API)."""
    from extract.reader import document_from_text
    from extract.stances import extract_document

    return extract_document(document_from_text(text, date=date, lang=lang, outlet=outlet))

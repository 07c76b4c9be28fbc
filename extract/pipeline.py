"""The extraction pipeline: the only place that fixes the order of the stages.

    paths ──► reader (files, manifest, encodings) ──► clean (article body) ──► nlp (tokens,
    normalisation, actors, cues) ──► rules (attribution, stance records)
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from extract.record import Document, Stance

_ESCAPES = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def printable(text: str) -> str:
    """``text`` safe to print on one line: line breaks, control characters, invisible format
    characters (ZWJ, bidi overrides such as RLO) and lone surrogates (undecodable bytes of a
    file name) are written as escapes, so a file name cannot split or reorder the line."""
    out = []
    for c in text:
        if c in _ESCAPES:
            out.append(_ESCAPES[c])
        elif unicodedata.category(c) in ("Cc", "Cf", "Cs", "Zl", "Zp"):
            code = ord(c)
            out.append(f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}")
        else:
            out.append(c)
    return "".join(out)


@dataclass(frozen=True)
class Problem:
    """Something wrong with one input; ``fatal`` problems mean the document was skipped,
    ``internal`` ones that the program failed on it (a bug, exit code 3)."""

    path: str
    message: str
    fatal: bool = True
    internal: bool = False

    def __str__(self) -> str:
        kind = "internal error" if self.internal else "error" if self.fatal else "warning"
        return printable(f"{kind}: {self.path}: {self.message}")


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

    Bad inputs are reported through ``on_problem`` and skipped; the batch goes on. A document
    the rules fail on (a bug) is reported as an internal error and skipped too.
    """
    from extract.chunks import extract_document
    from extract.reader import read_paths

    for doc in read_paths(paths, date=date, outlet=outlet, lang=lang, on_problem=on_problem):
        try:
            stances = extract_document(doc)
        except (MemoryError, RecursionError, ValueError, TypeError, KeyError, IndexError,
                AttributeError, AssertionError, UnicodeError) as exc:
            if on_problem is None:
                raise
            on_problem(Problem(doc.path or doc.doc_id, "the extractor failed on this document "
                               f"(a bug; please report it): {type(exc).__name__}: {exc}",
                               internal=True))
            continue
        yield Result(doc, stances)


def extract_text(text: str, *, date: str | None = None, lang: str | None = None,
                 outlet: str | None = None) -> list[Stance]:
    """Stances of one text given directly (used by tests and the library API)."""
    from extract.chunks import extract_document
    from extract.reader import document_from_text

    return extract_document(document_from_text(text, date=date, lang=lang, outlet=outlet))

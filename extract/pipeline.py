"""The extraction pipeline: the only place that fixes the order of the stages.

    paths ──► reader (files, manifest, encodings) ──► clean (article body) ──► spaCy pipeline:
    sg_normalize (readings) ──► sg_match (actors, cues, contents) ──► sg_stances (sentence
    rules: mentions, cues, clause arguments, frames, attribution) ──► sg_discourse (document
    conventions) ──► Stance records
"""

from __future__ import annotations

import gc
import unicodedata
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import spacy
from spacy.language import Language

from extract.record import Document, Stance
from ontology.errors import StancegraphError

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
    workers: int | None = 1,
    spare_cores: int = 0,
) -> Iterator[Result]:
    """Read every document under ``paths`` and yield its stances, one Result per document.

    Bad inputs are reported through ``on_problem`` and skipped; the batch goes on. A document
    the rules fail on (a bug) is reported as an internal error and skipped too. ``workers``
    > 1 extracts on that many processes, None as many as suit the input and the cores but
    ``spare_cores`` (extract/workers.py); the Results are the same, in the same order.
    """
    from extract.reader import count_documents, read_paths
    from extract.workers import auto_workers, extract_one, extract_outcomes

    documents = read_paths(paths, date=date, outlet=outlet, lang=lang, on_problem=on_problem)
    if workers is None:
        workers = auto_workers(count_documents(paths), spare_cores)
    # without a sink the failure of the rules is raised as it is (tests, tools/debug_doc.py)
    outcomes = extract_outcomes(documents, workers, spare_cores) if workers != 1 else \
        ((doc, extract_one(doc, catch=on_problem is not None)) for doc in documents)
    for doc, outcome in outcomes:
        if isinstance(outcome, str):
            if on_problem is None:
                raise StancegraphError(f"the extractor failed on this document: {outcome}",
                                       doc.path or doc.doc_id)
            on_problem(Problem(doc.path or doc.doc_id, "the extractor failed on this document "
                               f"(a bug; please report it): {outcome}", internal=True))
            continue
        yield Result(doc, outcome)


def extract_text(text: str, *, date: str | None = None, lang: str | None = None,
                 outlet: str | None = None) -> list[Stance]:
    """Stances of one text given directly (used by tests and the library API)."""
    from extract.chunks import extract_document
    from extract.reader import document_from_text

    return extract_document(document_from_text(text, date=date, lang=lang, outlet=outlet))


STAGES = ("sg_normalize", "sg_match", "sg_stances", "sg_discourse")


@lru_cache(maxsize=4)
def stage_pipeline(lang: str) -> Language:
    """The spaCy pipeline of a language: a blank tokenizer and our stages, in order."""
    # importing the stage modules registers their factories with spaCy
    import extract.discourse
    import extract.nlp
    import extract.stances  # noqa: F401

    nlp = spacy.blank(lang)
    _attach_punctuation_rules(nlp)
    for name in STAGES:
        nlp.add_pipe(name, config={"lang": lang})
    # the language data (lexicons, gazetteer, phrase tables) lives as long as the process:
    # kept out of the collector's scans, it stops costing a tenth of the extraction time
    gc.freeze()
    return nlp


TOKENIZER_FILE = Path(__file__).parent / "lexicons" / "common" / "tokenizer.json"


def _attach_punctuation_rules(nlp: Language) -> None:
    """Add the punctuation rules of lexicons/common/tokenizer.json to the tokenizer, so that
    quotes and full stops come off the words they are written against."""
    import json
    import re

    from spacy.tokenizer import Tokenizer
    from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex

    from ontology.errors import StancegraphError

    try:
        data = json.loads(TOKENIZER_FILE.read_text(encoding="utf-8")).get(nlp.lang)
        if data is None:
            return
        extra = {k: list(data[k]) for k in ("prefixes", "suffixes", "infixes")}
        for pats in extra.values():
            for p in pats:
                re.compile(p)
    except (ValueError, KeyError, TypeError, re.error) as exc:
        raise StancegraphError(f"bad tokenizer rules ({exc})", str(TOKENIZER_FILE)) from None
    d = nlp.Defaults
    tok = nlp.tokenizer
    assert isinstance(tok, Tokenizer)  # a blank pipeline's own tokenizer
    tok.prefix_search = compile_prefix_regex([*(d.prefixes or ()), *extra["prefixes"]]).search
    tok.suffix_search = compile_suffix_regex([*(d.suffixes or ()), *extra["suffixes"]]).search
    tok.infix_finditer = compile_infix_regex(
        [*(d.infixes or ()), *extra["infixes"]]).finditer


def run_stages(document: Document) -> list[Stance]:
    """Every stance record of one document: the article blocks of its text through the
    stages. One Doc spans the article (one pass of each component); the rules then take
    sentences only from its blocks, so captions between them stay out."""
    from extract.clean import article_blocks, dateline_start

    lang = document.lang if document.lang in ("ar", "en") else "ar"
    blocks = article_blocks(document.text)
    if not blocks:
        return []
    nlp = stage_pipeline(lang)
    # an Arabic Doc also spans a dateline line before the first block, read for its place
    # only (extract/stances.py: the wire's state); English reads datelines in clause_en
    dateline = dateline_start(document.text, blocks) if lang == "ar" else None
    base = blocks[0].start if dateline is None else min(blocks[0].start, dateline)
    text = document.text[base:blocks[-1].end]
    doc = nlp.make_doc(text)
    doc.user_data.update(sg_document=document, sg_base=base, sg_blocks=blocks, sg_text=text,
                         sg_dateline=None if dateline is None else dateline - base)
    doc = nlp(doc)
    out: list[Stance] = doc.user_data["sg_stances"]
    # the sentences the stages left in user_data point back at the Doc: emptied, the Doc and
    # its token lists go when this returns instead of waiting for (and costing) the collector
    doc.user_data.clear()
    return out

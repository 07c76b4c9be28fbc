"""The extraction pipeline: the only place that fixes the order of the stages.

    paths ──► reader (files, manifest, encodings) ──► clean (article body) ──► spaCy pipeline:
    sg_normalize (readings) ──► sg_match (actors, cues, contents) ──► sg_stances (sentence
    rules: mentions, cues, clause arguments, frames, attribution) ──► sg_discourse (document
    conventions) ──► Stance records
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import spacy
from spacy.language import Language

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
    return nlp


TOKENIZER_FILE = Path(__file__).parent / "lexicons" / "common" / "tokenizer.json"


def _attach_punctuation_rules(nlp: Language) -> None:
    """Add the punctuation rules of lexicons/common/tokenizer.json to the tokenizer, so that
    quotes and full stops come off the words they are written against."""
    import json
    import re

    from spacy.tokenizer import Tokenizer
    from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex

    from extract.errors import StancegraphError

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
    from extract.clean import article_blocks

    lang = document.lang if document.lang in ("ar", "en") else "ar"
    blocks = article_blocks(document.text)
    if not blocks:
        return []
    nlp = stage_pipeline(lang)
    base = blocks[0].start
    doc = nlp.make_doc(document.text[base:blocks[-1].end])
    doc.user_data.update(sg_document=document, sg_base=base, sg_blocks=blocks)
    doc = nlp(doc)
    out: list[Stance] = doc.user_data["sg_stances"]
    return out

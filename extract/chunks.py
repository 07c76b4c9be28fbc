"""Stage 2½ — long documents and invisible characters, between cleaning and the rules.

spaCy refuses a text over ``nlp.max_length`` (1,000,000 characters, error E088), and a 5 MB
report is a real input. :func:`extract_document` hands the rules
(:func:`extract.stances.extract_document`) the text they match on and puts every offset back
into the document as written:

1. invisible characters (zero-width joiners, bidi controls, soft hyphens) are removed and
   exotic spaces made plain (:func:`extract.normalize.strip_invisible`), so م‍صر with a ZWJ
   is still مصر;
2. a text longer than :data:`CHUNK_CHARS` is cut into chunks at paragraph breaks, else line
   breaks, else sentence ends, else spaces. The article body is found once on the whole text
   (:func:`extract.clean.article_blocks`) and every chunk sees only that body (the rest
   blanked, same length), so a chunk does not re-decide what is navigation or caption.

Each stance's ``start``/``end`` is mapped back to the original text and its ``evidence`` is
re-read there, so ``evidence == document.text[start:end]`` holds for every record. A chunk is
read on its own: a pronoun at the top of a chunk does not reach back into the previous one
(chunks end at paragraphs, where that rarely matters). Documents up to :data:`CHUNK_CHARS`
without invisible characters go to the rules untouched.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable

from extract.clean import article_blocks
from extract.normalize import OffsetMap, strip_invisible
from extract.record import Document, Stance

# Well below spaCy's 1,000,000: memory of a Doc grows with its length, and a news article is
# a few thousand characters, so only real reports are ever cut.
CHUNK_CHARS = 200_000
_SENTENCE_END = re.compile(r"[.!?؟。]['\"”’»)]*\s")

Extractor = Callable[[Document], list[Stance]]


def _cut(text: str, start: int, limit: int) -> int:
    """End of the chunk that starts at ``start``: the last paragraph break, line break,
    sentence end or space before ``start + limit`` (in that order of preference, and not in
    the first half of the chunk), else ``start + limit``."""
    stop = start + limit
    if stop >= len(text):
        return len(text)
    low = start + limit // 2
    for sep in ("\n\n", "\n"):
        i = text.rfind(sep, low, stop)
        if i >= 0:
            return i + len(sep)
    last = None
    for m in _SENTENCE_END.finditer(text, low, stop):
        last = m.end()
    if last is not None:
        return last
    i = text.rfind(" ", low, stop)
    return i + 1 if i >= 0 else stop


def chunk_spans(text: str, limit: int = CHUNK_CHARS) -> list[tuple[int, int]]:
    """(start, end) spans that cover ``text`` exactly, each at most ``limit`` characters."""
    spans = []
    start = 0
    while start < len(text):
        end = _cut(text, start, limit)
        spans.append((start, end))
        start = end
    return spans or [(0, 0)]


def _body_only(text: str) -> str:
    """``text`` with everything outside its article blocks blanked (newlines kept)."""
    blocks = article_blocks(text)
    out: list[str] = []
    pos = 0
    for b in blocks:
        gap = text[pos:b.start]
        out.append(re.sub(r"[^\n]", " ", gap))
        out.append(text[b.start:b.end])
        pos = b.end
    out.append(re.sub(r"[^\n]", " ", text[pos:]))
    return "".join(out)


def extract_document(document: Document, rules: Extractor | None = None,
                     limit: int = CHUNK_CHARS) -> list[Stance]:
    """Every stance record of ``document``, whatever its length; offsets and evidence point
    into ``document.text``. ``rules`` is the per-text extractor (default: the rule layer)."""
    if rules is None:
        from extract import stances

        rules = stances.extract_document
    text = document.text
    clean, offsets = strip_invisible(text)
    if len(clean) <= limit:
        if clean == text:
            return rules(document)
        return _mapped(rules(dataclasses.replace(document, text=clean)), 0, text, offsets)
    body = _body_only(clean)
    out: list[Stance] = []
    for a, b in chunk_spans(body, limit):
        if not body[a:b].strip():
            continue
        part = dataclasses.replace(document, text=body[a:b])
        out += _mapped(rules(part), a, text, offsets)
    return out


def _mapped(stances: list[Stance], base: int, text: str, offsets: OffsetMap) -> list[Stance]:
    out = []
    for s in stances:
        start = offsets.start(s.start + base) if offsets else s.start + base
        end = offsets.end(s.end + base) if offsets else s.end + base
        out.append(dataclasses.replace(s, start=start, end=end, evidence=text[start:end]))
    return out

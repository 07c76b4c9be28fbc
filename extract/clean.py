"""Stage 2 — page cleaning: from a page as a browser saved it, keep the article body only.

Navigation, the repeated headline caption, photo captions, the source line, the comments
marker and the lists of unrelated headlines after the body produce no stances. The result is
a list of (start, end) character spans of the original text, so offsets stay exact.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ontology.errors import StancegraphError

MARKERS_FILE = Path(__file__).parent / "lexicons" / "common" / "page_markers.json"
PROSE_WORDS = 8  # a line this long that ends a sentence is article prose


@dataclass(frozen=True)
class Block:
    start: int
    end: int
    headline: bool = False


@dataclass(frozen=True)
class _Markers:
    end: tuple[str, ...]
    caption: tuple[str, ...]
    sentence_end: tuple[str, ...]


@lru_cache(maxsize=1)
def _markers() -> _Markers:
    try:
        data = json.loads(MARKERS_FILE.read_text(encoding="utf-8"))
        return _Markers(tuple(data["end_markers"]), tuple(data["caption_marks"]),
                        tuple(data["sentence_end"]))
    except (OSError, ValueError, KeyError) as exc:
        raise StancegraphError(f"bad page-marker data: {exc}", str(MARKERS_FILE)) from None


def _lines(text: str) -> list[tuple[int, int, str]]:
    out = []
    pos = 0
    for raw in text.split("\n"):
        s = raw.strip()
        if s:
            lead = len(raw) - len(raw.lstrip())
            out.append((pos + lead, pos + lead + len(s), s))
        pos += len(raw) + 1
    return out


def _is_prose(s: str, m: _Markers) -> bool:
    words = len(s.split())
    return words >= 20 or (words >= PROSE_WORDS and s.endswith(m.sentence_end))


def _is_end_marker(s: str, m: _Markers) -> bool:
    head = s.rstrip(":： ").strip()
    if head in m.end:
        return True
    # "المصدر: RT + سانا", "Source: Al Jazeera and news agencies"
    if ":" not in s[:30] or len(s.split()) > 10:
        return False
    return s.split(":", 1)[0].strip() in m.end


def _is_navigation(s: str) -> bool:
    return s.startswith(("•", "·", "-", "|", "›", "»")) or "|" in s


def _is_caption(s: str, headline: str | None, m: _Markers) -> bool:
    if headline is not None and s == headline:
        return True
    words = len(s.split())
    if words <= 3 and not s.endswith(m.sentence_end):
        return True  # "Save", "Share", "Sputnik", bylines
    return words < 14 and not s.endswith((".", "؟", "?", "!", "\"", "”")) and \
        any(c in s for c in m.caption)


def _is_dateline(s: str) -> bool:
    words = s.split()
    return len(words) <= 6 and ("/" in s or " - " in s or "(" in s) and not s.endswith(".")


def _is_dated_dateline(s: str) -> bool:
    """«مسقط — العُمانية | الجمعة 26 مايو 2023», «عمّان - بترا | الأربعاء 1 تشرين الثاني 2023»: a
    place and an agency, then the date with its year, on the line before the body."""
    words = s.split()
    return len(words) <= 11 and not s.endswith(".") and \
        any(sep in s for sep in (" - ", " — ", " – ", " | ")) and \
        any(len(w) == 4 and w.isdigit() for w in words)


def dateline_start(text: str, blocks: list[Block]) -> int | None:
    """Where a wire's dateline may stand: on its own line right before the first body block
    («دمشق - سانا», «القاهرة (أ ش أ)»), which is no block, else at the start of that block
    («أبوظبي في 12 يونيو / وام / تلقى …»). None without a body block."""
    body = next((b for b in blocks if not b.headline), None)
    if body is None:
        return None
    before = [(a, s) for a, b, s in _lines(text[:body.start]) if b <= body.start]
    if before and (_is_dateline(before[-1][1]) or _is_dated_dateline(before[-1][1])):
        return before[-1][0]
    return body.start


def article_blocks(text: str) -> list[Block]:
    """The spans of ``text`` that are the article: headline, lead and body paragraphs."""
    m = _markers()
    lines = _lines(text)
    if not lines:
        return []
    first = next((i for i, (_, _, s) in enumerate(lines) if _is_prose(s, m)), None)
    if first is None:
        return [Block(a, b) for a, b, s in lines if not _is_end_marker(s, m)]
    headline_idx = None
    for j in range(first - 1, max(-1, first - 5), -1):
        s = lines[j][2]
        if len(s.split()) <= 3 or _is_dateline(s) or _is_navigation(s):
            continue
        if _is_end_marker(s, m):
            break
        headline_idx = j
        break
    headline = lines[headline_idx][2] if headline_idx is not None else None
    blocks: list[Block] = []
    if headline_idx is not None:
        a, b, _ = lines[headline_idx]
        blocks.append(Block(a, b, headline=True))
    last_prose = first
    for i in range(first, len(lines)):
        if _is_prose(lines[i][2], m):
            last_prose = i
        if _is_end_marker(lines[i][2], m):
            break
    for i in range(first, last_prose + 1):
        a, b, s = lines[i]
        if _is_end_marker(s, m):
            break
        if _is_caption(s, headline, m) or _is_navigation(s) and not _is_prose(s, m):
            # («عاجل | أعلنت وزارة الخارجية …»: a lead behind a label and a bar is prose)
            continue
        blocks.append(Block(a, b))
    return blocks

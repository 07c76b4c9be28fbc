"""Stage 0 — orthographic normalisation and clitic candidates (Arabic and English).

Normalisation works on single tokens and never changes the document text, so every offset
that later stages report points into the original.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

# Arabic diacritics (harakat, tanwin, shadda, sukun, dagger alef) and tatweel.
_DIACRITICS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
_TRANS = str.maketrans({
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا",
    "ى": "ي", "ة": "ه", "ؤ": "ء", "ئ": "ء",
    "ک": "ك", "ی": "ي", "ہ": "ه",
    "\u2019": "'", "\u2018": "'",
})
_ARABIC = re.compile("[\u0600-\u06ff]")

PROCLITIC_CONJ = ("و", "ف")
PROCLITIC_PREP = ("ب", "ل", "ك", "س")
ENCLITICS = ("هما", "كما", "هم", "هن", "كم", "ها", "نا", "ه", "ي")


def is_arabic(s: str) -> bool:
    return bool(_ARABIC.search(s))


def normalize_ar(s: str) -> str:
    """Hamza forms, alef maqsura, ta marbuta, tatweel and diacritics folded.

    Alef with hamza becomes bare alef; hamza on waw or yaa becomes the lone hamza, so that
    لقائه still ends in لقاء once the pronoun is stripped, and مسئول meets مسؤول.
    """
    return _DIACRITICS.sub("", s).translate(_TRANS)


def normalize(s: str) -> str:
    """Normalised form of a token in either language (English is lower-cased)."""
    if is_arabic(s):
        return normalize_ar(s)
    return s.lower().translate(_TRANS)


def _strip_article(s: str, after_lam: bool) -> Iterable[str]:
    if s.startswith("ال") and len(s) > 3:
        yield s[2:]
    if after_lam and s.startswith("ل") and len(s) > 2:
        # لل = ل + ال with the alef dropped: للأتراك -> الأتراك
        yield "ا" + s
        yield s[1:]


def candidates(norm: str) -> list[str]:
    """Readings of a normalised Arabic token with clitics stripped, least stripped first.

    وللأتراك -> [وللاتراك, للاتراك, الاتراك, اتراك, ...]; the caller keeps the first reading
    that its vocabulary knows.
    """
    out: list[str] = [norm]
    seen = {norm}

    def add(x: str) -> None:
        if len(x) >= 2 and x not in seen:
            seen.add(x)
            out.append(x)

    stems = [(norm, False)]
    if norm[:1] in PROCLITIC_CONJ and len(norm) >= 3:
        stems.append((norm[1:], False))
    layer2 = []
    for s, _ in stems:
        add(s)
        if s[:1] in PROCLITIC_PREP and len(s) > 3:
            layer2.append((s[1:], s[0] == "ل"))
    stems += layer2
    for s, after_lam in list(stems):
        add(s)
        for a in _strip_article(s, after_lam):
            add(a)
            stems.append((a, False))
    # Enclitic pronouns: اتهمها -> اتهم, ادانتها -> ادانه.
    for s, _ in list(stems):
        for enc in ENCLITICS:
            if s.endswith(enc) and len(s) - len(enc) >= 3:
                base = s[: -len(enc)]
                add(base)
                if base.endswith("ت"):
                    add(base[:-1] + "ه")
                break
    return out


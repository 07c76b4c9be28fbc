"""Stage 0 — orthographic normalisation and clitic candidates (Arabic and English).

Normalisation works on single tokens and never changes the document text, so every offset
that later stages report points into the original. The one exception is
:func:`strip_invisible`, which gives the text the rules match on (zero-width and bidi
control characters removed, exotic spaces made plain) together with an :class:`OffsetMap`
back to the original, so offsets still point into the document as written.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, field

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


_VOWELS = re.compile("[\u064b-\u0652]")  # harakat, tanwin, shadda, sukun


def is_vocalised(s: str) -> bool:
    """Whether an Arabic token carries a written vowel, shadda or sukun."""
    return bool(_VOWELS.search(s))


def strip_vowels(s: str) -> str:
    """An Arabic token without its written vowels, letters as written (ة stays ة)."""
    return _VOWELS.sub("", s) if is_vocalised(s) else s


def vowel_marks(s: str) -> list[tuple[str, frozenset[str]]]:
    """The letters of an Arabic token, normalised, each with the marks written on it."""
    out: list[tuple[str, set[str]]] = []
    for ch in s:
        if _VOWELS.match(ch):
            if out:
                out[-1][1].add(ch)
        elif not _DIACRITICS.match(ch):
            out.append((normalize_ar(ch), set()))
    return [(c, frozenset(m)) for c, m in out]


def is_arabic(s: str) -> bool:
    return bool(_ARABIC.search(s))


def normalize_ar(s: str) -> str:
    """Hamza forms, alef maqsura, ta marbuta, tatweel and diacritics folded.

    Alef with hamza becomes bare alef; hamza on waw or yaa becomes the lone hamza, so that
    لقائه still ends in لقاء once the pronoun is stripped, and مسئول meets مسؤول.
    """
    return _DIACRITICS.sub("", s).translate(_TRANS)


# a word that an outlet breaks on purpose (to slip past filters) ends its first piece with a
# tatweel, and may put a full stop after it: «الإسـ. رائيلي», «الإسرائيـ لي»
_BROKEN_MARK = "\u0640"
_BROKEN_GAPS = (".",)


def broken_words(texts: list[str]) -> list[tuple[int, int, str]]:
    """(first token, last token, joined word) of every Arabic word broken on purpose."""
    out = []
    free = 0  # a joined word's pieces start no other
    last = len(texts) - 1
    # only tokens that end in a tatweel are looked at (the test is a C-speed scan)
    for i in [i for i, t in enumerate(texts) if t.endswith(_BROKEN_MARK)]:
        if i < free or i >= last or not is_arabic(texts[i]):
            continue
        k = i + 1
        if texts[k] in _BROKEN_GAPS and k + 1 < len(texts):
            k += 1
        nxt = texts[k]
        if is_arabic(nxt) and nxt[:1].isalpha():
            out.append((i, k, texts[i].rstrip(_BROKEN_MARK) + nxt))
            free = k + 1
    return out


# the tokenizer cuts a hyphen between letters off as a token of its own («Guinea-Bissau» ->
# Guinea, -, Bissau; "de-escalate"); phrases of the language data are split the same way, or
# they could never match
_HYPHEN = re.compile(r"(?<=[^\W_])(-|–|—)(?=[^\W_])")


# and the possessive ending of an English word («People's Republic» -> People, 's, Republic)
_POSSESSIVE = re.compile(r"(?<=\w)(['’]s)$")


def split_words(raw: str) -> list[str]:
    """The words of a phrase of the language data as the tokenizer will see them."""
    return [q for w in raw.split() for p in _HYPHEN.split(w) for q in _POSSESSIVE.split(p)
            if q]


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
        if s[:1] in PROCLITIC_PREP and len(s) > 3 and (s[0] != "س" or s[1] in "تينا"):
            # (the future «س» comes only before an imperfect verb: «ستواصل», «سنعمل»; not
            # «سقطرى», read «قطري» without it)
            layer2.append((s[1:], s[0] == "ل"))
    stems += layer2
    for s, after_lam in list(stems):
        add(s)
        for a in _strip_article(s, after_lam):
            add(a)
            stems.append((a, False))
    # Enclitic pronouns: اتهمها -> اتهم, ادانتها -> ادانه, يرعاه -> يرعي.
    for s, _ in list(stems):
        for enc in ENCLITICS:
            if s.endswith(enc) and len(s) - len(enc) >= 2:
                base = s[: -len(enc)]
                add(base)
                if base.endswith("ت"):
                    add(base[:-1] + "ه")
                if base.endswith("ا") and len(base) >= 3:
                    # a final alif maqsura becomes alif before a pronoun: يرعاه -> يرعي,
                    # دعاها -> دعي (normalised ى)
                    add(base[:-1] + "ي")
                if base.endswith("و") and len(base) >= 3 and enc[:1] in ("ه", "ك", "ن"):
                    # the plural's written alif drops before a pronoun: طالبوها -> طالبوا
                    add(base + "ا")
                break
    return out



# Invisible characters that may sit inside a word (a name typed with ZWJ, a pasted RLO):
# removed before matching. Zero-width space/joiners, directional marks, embeddings,
# overrides and isolates, word joiner and invisible operators, BOM, soft hyphen, Mongolian
# vowel separator.
_INVISIBLE = re.compile(
    "[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]+")
# Spaces other than U+0020 (NBSP, narrow NBSP, en/em/thin spaces, ideographic space…) and
# the Unicode line/paragraph separators: one character for one, so no offset moves.
_SPACES = str.maketrans({c: " " for c in "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004"
                         "\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"}
                        | {"\u2028": "\n", "\u2029": "\n"})
# any character that strip_invisible changes: most texts have none, and one search is cheaper
# than a translation of the whole text
_ODD = re.compile("[" + "".join(chr(c) for c in _SPACES) + "]|" + _INVISIBLE.pattern)


@dataclass(frozen=True)
class OffsetMap:
    """Positions in a text with characters removed → positions in the original text.

    ``starts[k]`` is the first position of the stripped text after the k-th removed run and
    ``shifts[k]`` the number of characters removed before it.
    """

    starts: list[int] = field(default_factory=list)
    shifts: list[int] = field(default_factory=list)

    def start(self, i: int) -> int:
        """Original position of the character at ``i`` of the stripped text."""
        k = bisect_right(self.starts, i) - 1
        return i + (self.shifts[k] if k >= 0 else 0)

    def end(self, j: int) -> int:
        """Original end (exclusive) of a span of the stripped text that ends at ``j``."""
        return self.start(j - 1) + 1 if j > 0 else 0

    def __bool__(self) -> bool:
        return bool(self.starts)


def strip_invisible(text: str) -> tuple[str, OffsetMap]:
    """``text`` for matching: invisible characters removed, exotic spaces plain (see above),
    and the map from its offsets back to ``text``. Text without them comes back unchanged
    with an empty (false) map."""
    if not _ODD.search(text):
        return text, OffsetMap()
    text = text.translate(_SPACES)
    if not _INVISIBLE.search(text):
        return text, OffsetMap()
    parts: list[str] = []
    starts: list[int] = []
    shifts: list[int] = []
    pos = removed = 0
    for m in _INVISIBLE.finditer(text):
        parts.append(text[pos:m.start()])
        removed += m.end() - m.start()
        starts.append(m.start() - removed + (m.end() - m.start()))
        shifts.append(removed)
        pos = m.end()
    parts.append(text[pos:])
    return "".join(parts), OffsetMap(starts, shifts)

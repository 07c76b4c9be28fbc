"""Language data for the stance rules: cue lexicons, content classes and closed word lists.

Everything here is read from files under extract/lexicons/<lang>/ and validated at start-up;
no Arabic or English word lists live in Python code. Arabic verbs are written once as a
(past, present) pair of the third person masculine singular and conjugated here for gender,
person and number, so a lexicon line covers أدان، أدانت، يدين، تدين، ندين …
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from extract.errors import StancegraphError
from extract.normalize import normalize
from extract.stance_types import stance_types

LEXICON_DIR = Path(__file__).parent / "lexicons"
PSEUDO_LABELS = {"_appeal", "_ready", "_speech", "_aux"}
FRAMES = {"object", "with", "between", "appeal", "ready", "genitive", "concern", "speech",
          "obligation", "attributed", "agreement"}
CUE_KEYS = {"id", "label", "frame", "verbs", "nouns", "participles", "forms", "phrases",
            "requires_after", "requires_not_after", "requires_before", "window", "window_before",
            "genitive", "default", "confidence", "self_negating", "requires_between_parties",
            "inflect", "reach"}


@dataclass(frozen=True)
class Cue:
    """One lexicon entry: a stance (or attribution) cue and how to read its arguments."""

    id: str
    label: str
    frame: str
    genitive: str = "target"          # who a following genitive noun is: "holder" or "target"
    default: str | None = None        # type of an appeal whose content matches no class
    requires_after: frozenset[str] = frozenset()
    requires_not_after: frozenset[str] = frozenset()
    requires_before: frozenset[str] = frozenset()
    window: int = 4
    window_before: int = 2
    confidence: float = 0.8
    self_negating: bool = False
    requires_between_parties: bool = False
    reach: int = 0                    # tokens after the cue where its argument must start


@dataclass(frozen=True)
class CueForm:
    cue: Cue
    tag: str  # "3m" "3f" "3p" "1" verb forms; "n" noun; "p" participle; "x" phrase


@dataclass(frozen=True)
class ContentClass:
    label: str
    classes: frozenset[str]


@dataclass
class Lexicon:
    lang: str
    cues: dict[tuple[str, ...], list[CueForm]] = field(default_factory=dict)
    content: dict[tuple[str, ...], list[ContentClass]] = field(default_factory=dict)
    words: dict[str, frozenset[str]] = field(default_factory=dict)
    phrases: dict[str, frozenset[tuple[str, ...]]] = field(default_factory=dict)
    vocab: set[str] = field(default_factory=set)

    def word(self, name: str) -> frozenset[str]:
        return self.words.get(name, frozenset())


def _norm_phrase(s: str) -> tuple[str, ...]:
    return tuple(normalize(w) for w in s.split())


def conjugate_ar(past: str, present: str) -> dict[str, set[str]]:
    """Third and first person forms of an Arabic verb from its 3ms past and present."""
    p, pr = normalize(past), normalize(present)
    out: dict[str, set[str]] = defaultdict(set)
    out["3m"].add(p)
    weak = p.endswith(("ا", "ي"))
    stem = p[:-1] if weak else p
    out["3f"].update({stem + "ت", p + "تا" if not weak else stem + "تا"})
    out["3p"].add(stem + "وا")
    out["1"].add(p + "نا" if not weak else stem + ("ونا" if p.endswith("ا") else "ينا"))
    if pr.startswith("ي"):
        body = pr[1:]
        out["3m"].add(pr)
        out["3f"].add("ت" + body)
        out["1"].update({"ن" + body, "ا" + body})
        plural = pr[:-1] + "ون" if pr.endswith("و") else pr + "ون"
        out["3p"].update({plural, "ي" + body + "ان" if not pr.endswith("و") else plural})
        out["3f"].add("ت" + body + "ان")
    return out


def inflect_en(base: str) -> dict[str, set[str]]:
    """Regular English forms of a verb (irregular ones are listed in the data)."""
    b = base.lower()
    words = b.split()
    head, rest = words[0], words[1:]
    forms = {head}
    if head.endswith("e"):
        forms |= {head + "s", head + "d"}
        ing = head[:-1] + "ing"
    elif head.endswith("y") and head[-2:-1] not in "aeiou":
        forms |= {head[:-1] + "ies", head[:-1] + "ied"}
        ing = head + "ing"
    elif head.endswith(("s", "sh", "ch", "x", "z")):
        forms |= {head + "es", head + "ed"}
        ing = head + "ing"
    else:
        forms |= {head + "s", head + "ed"}
        ing = head + "ing"
    # the -ing form is a participle: «urging Ethiopia», «for hosting the talks»
    return {"3m": {" ".join([f, *rest]) for f in forms}, "p": {" ".join([ing, *rest])}}


def _error(path: Path, n: int, msg: str) -> StancegraphError:
    return StancegraphError(f"line {n}: {msg}", str(path))


def _load_cues(lex: Lexicon, path: Path) -> None:
    labels = set(stance_types()) | PSEUDO_LABELS
    ids: set[str] = set()
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            d: dict[str, Any] = json.loads(line)
        except json.JSONDecodeError as exc:
            raise _error(path, n, f"malformed JSON: {exc.msg}") from None
        unknown = set(d) - CUE_KEYS
        if unknown:
            raise _error(path, n, f"unknown keys {sorted(unknown)}")
        if d.get("label") not in labels:
            raise _error(path, n, f"unknown label {d.get('label')!r}")
        if d.get("frame") not in FRAMES:
            raise _error(path, n, f"unknown frame {d.get('frame')!r}")
        if not d.get("id") or d["id"] in ids:
            raise _error(path, n, f"missing or duplicate id {d.get('id')!r}")
        ids.add(d["id"])
        if d.get("default") is not None and d["default"] not in stance_types():
            raise _error(path, n, f"unknown default type {d['default']!r}")
        cue = Cue(
            id=d["id"], label=d["label"], frame=d["frame"], genitive=d.get("genitive", "target"),
            default=d.get("default"),
            requires_after=frozenset(normalize(w) for w in d.get("requires_after", [])),
            requires_not_after=frozenset(normalize(w) for w in d.get("requires_not_after", [])),
            requires_before=frozenset(normalize(w) for w in d.get("requires_before", [])),
            window=int(d.get("window", 4)), window_before=int(d.get("window_before", 2)),
            confidence=float(d.get("confidence", 0.8)),
            self_negating=bool(d.get("self_negating", False)),
            requires_between_parties=bool(d.get("requires_between_parties", False)),
            reach=int(d.get("reach", 0)),
        )
        forms: dict[str, set[str]] = defaultdict(set)
        for pair in d.get("verbs", []):
            if lex.lang == "ar":
                if not (isinstance(pair, list) and len(pair) == 2):
                    raise _error(path, n, "Arabic verbs are [past, present] pairs")
                conj = conjugate_ar(*pair)
            else:
                conj = inflect_en(pair)
            for tag, fs in conj.items():
                forms[tag] |= fs
        for tag, fs in d.get("forms", {}).items():
            forms[tag] |= {normalize(f) for f in fs}
        forms["n"] |= {normalize(f) for f in d.get("nouns", [])}
        forms["p"] |= {normalize(f) for f in d.get("participles", [])}
        for tag, fs in forms.items():
            for f in fs:
                _add_cue(lex, _norm_phrase(f), CueForm(cue, tag))
        for ph in d.get("phrases", []):
            words = ph if isinstance(ph, list) else ph.split()
            _add_cue(lex, tuple(normalize(w) for w in words), CueForm(cue, "x"))


def _add_cue(lex: Lexicon, key: tuple[str, ...], form: CueForm) -> None:
    entries = lex.cues.setdefault(key, [])
    if all((e.cue.id, e.tag) != (form.cue.id, form.tag) for e in entries):
        entries.append(form)  # جمع is a verb and a masdar: the rules choose in context
    lex.vocab.update(key)


def _load_content(lex: Lexicon, path: Path) -> None:
    types = set(stance_types())
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            d = json.loads(line)
        except json.JSONDecodeError as exc:
            raise _error(path, n, f"malformed JSON: {exc.msg}") from None
        if d.get("label") not in types:
            raise _error(path, n, f"unknown label {d.get('label')!r}")
        cc = ContentClass(d["label"], frozenset(d.get("classes", [])))
        for w in d.get("words", []):
            key = _norm_phrase(w)
            lex.content.setdefault(key, []).append(cc)
            lex.vocab.update(key)


def _load_words(lex: Lexicon, path: Path) -> None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise StancegraphError(f"malformed JSON: {exc.msg}", str(path)) from None
    for name, items in data.items():
        if name.startswith("_"):
            continue
        if not isinstance(items, list) or not all(isinstance(i, str) for i in items):
            raise StancegraphError(f"{name}: expected a list of strings", str(path))
        singles = {normalize(i) for i in items if " " not in i}
        multi = {_norm_phrase(i) for i in items if " " in i}
        lex.words[name] = frozenset(singles)
        lex.phrases[name] = frozenset(multi)
        lex.vocab |= singles
        for m in multi:
            lex.vocab.update(m)


@lru_cache(maxsize=4)
def load_lexicon(lang: str) -> Lexicon:
    folder = LEXICON_DIR / lang
    if not folder.is_dir():
        raise StancegraphError(f"no lexicon for language {lang!r}", str(folder))
    lex = Lexicon(lang)
    _load_cues(lex, folder / "cues.jsonl")
    _load_content(lex, folder / "content.jsonl")
    _load_words(lex, folder / "words.json")
    return lex

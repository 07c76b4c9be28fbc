"""Build extract/lexicons/{ar,en}/verb_forms.jsonl: every inflected form of the lexicon's verbs.

Usage:  .venv/bin/python tools/build_forms.py [--check]
        (needs the build extra: .venv/bin/pip install -e '.[build]')

A build-time tool, never run by the extractor: the loader (extract/lexicon.py) reads the
checked-in JSONL files only.

- Arabic: each verb of ar/cues.jsonl is a [past, present] pair of the 3rd person masculine
  singular, unvocalised.  Its vocalised readings are looked up in the Arramooz verb dictionary
  (arramooz-pysqlite; libqutrub's own table of triliteral verbs when Arramooz has none), and a
  reading is kept when libqutrub conjugates it back to the given pair once diacritics are
  stripped.  An unvocalised pair can have several readings (حذر/يحذر is حَذَّرَ and حَذِرَ);
  their unvocalised forms coincide except for a few imperatives, so all are kept and listed.
  Write a shadda or vowel in the lexicon (ذكّر) to keep only the readings that carry it.
  Tenses: past, present indicative, subjunctive and jussive (after لن/لم), imperative, and
  the passive of each where libqutrub gives one (only هو/هي for an intransitive verb).  The
  future with سـ is the present behind a clitic, which the normaliser strips.
  Tags: "3m" 3rd masc. sing.; "3f" 3rd fem. sing. and fem. dual; "3p" 3rd plural and masc.
  dual; "1" 1st person; "2" 2nd person; "imp" imperative; the groups "juss" (jussive, both
  voices) and "pass" (the other passive tenses) hold their forms by the same person tags.
  Forms are written without diacritics; "vocalised" keeps libqutrub's forms for readers.
  Which tags the extractor loads is its own choice (extract/lexicon.py, AR_TAGS and GROUPS).
- English: each verb of en/cues.jsonl is inflected with lemminflect (VB, VBZ, VBD, VBN, VBG);
  a multi-word verb inflects its first word ("call on" -> "called on").  Each noun of a cue's
  "nouns" gets its plural (NNS) when lemminflect knows the noun as singular and countable; a
  multi-word noun inflects its last word ("phone call"), or its first when the last is no noun
  ("call for").  Each noun of the word lists the extractor takes in both numbers
  (extract/lexicon.py, INFLECTED_LISTS: "strikes", "move") gets its singular and plural;
  each verb of the verb lists (INFLECTED_VERB_LISTS: "storm", "shell") and of
  act_nominals.jsonl ("adopt", "veto") is inflected as a cue's verb.

Every line records the library and version it came from; lines and forms are sorted, so the
output is deterministic.  With ``--check`` the script writes nothing and exits 1 when a file
differs from what it would write, naming the verbs that differ.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from collections.abc import Iterable
from importlib import metadata
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from extract.normalize import normalize_ar

LEXICONS = ROOT / "extract" / "lexicons"
BUILD_EXTRA = "install the build extra: .venv/bin/pip install -e '.[build]'"

# libqutrub's tense names -> (group of the output, kind); energetic (confirmed) forms are left
# out.  The jussive (active and passive) has its own group: its short forms of weak verbs are
# homographs of common words (يقل "is less", أشد "most", يدع "leaves", يدل "indicates").
AR_TENSES = {
    "الماضي المعلوم": ("", "finite"),
    "المضارع المعلوم": ("", "finite"),
    "المضارع المنصوب": ("", "finite"),
    "المضارع المجزوم": ("juss", "finite"),
    "الأمر": ("", "imp"),
    "الماضي المجهول": ("pass", "finite"),
    "المضارع المجهول": ("pass", "finite"),
    "المضارع المجهول المنصوب": ("pass", "finite"),
    "المضارع المجهول المجزوم": ("juss", "finite"),
}
# libqutrub's pronoun names -> the extractor's person tags (extract/stances.py)
AR_PERSONS = {
    "هو": "3m", "هي": "3f", "هما مؤ": "3f", "هما": "3p", "هم": "3p", "هن": "3p",
    "أنا": "1", "نحن": "1",
    "أنت": "2", "أنتِ": "2", "أنتما": "2", "أنتما مؤ": "2", "أنتم": "2", "أنتن": "2",
}
EN_VERB_TAGS = ("VB", "VBZ", "VBD", "VBN", "VBG")


class BuildError(Exception):
    """A lexicon entry the libraries cannot inflect; reported as one line."""


def _version(dist: str) -> str:
    return f"{dist} {metadata.version(dist)}"


def _rows(path: Path) -> Iterable[tuple[int, dict[str, Any]]]:
    """The JSON objects of a JSON Lines file with their line numbers, blank lines skipped; a
    malformed line or one that is no object is an error naming the file and the line."""
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            d = json.loads(line)
        except json.JSONDecodeError as exc:
            raise BuildError(f"{path}: line {n}: malformed JSON: {exc.msg}") from None
        if not isinstance(d, dict):
            raise BuildError(f"{path}: line {n}: expected a JSON object")
        yield n, d


def read_cues(lang: str) -> tuple[list[Any], list[str]]:
    """The distinct verbs and nouns of <lang>/cues.jsonl, in file order."""
    path = LEXICONS / lang / "cues.jsonl"
    verbs: list[Any] = []
    nouns: list[str] = []
    for n, d in _rows(path):
        for v in d.get("verbs", []):
            ok = (isinstance(v, list) and len(v) == 2 and all(isinstance(x, str) for x in v)
                  if lang == "ar" else isinstance(v, str))
            if not ok:
                shape = "a [past, present] pair" if lang == "ar" else "a string"
                raise BuildError(f"{path}: line {n}: verb {v!r} is not {shape}")
            if v not in verbs:
                verbs.append(v)
        for w in d.get("nouns", []):
            if w not in nouns:
                nouns.append(w)
    return verbs, nouns


# --- Arabic ---------------------------------------------------------------------------------

def _units(word: str) -> list[tuple[str, frozenset[str]]]:
    """Letters of a word, each with the set of diacritics written on it."""
    from pyarabic import araby

    out: list[tuple[str, frozenset[str]]] = []
    for ch in word:
        if araby.is_tashkeel(ch):
            if out:
                out[-1] = (out[-1][0], out[-1][1] | {ch})
        elif ch != araby.TATWEEL:
            out.append((normalize_ar(ch), frozenset()))
    return out


def _carries_marks(reading: str, given: str) -> bool:
    """True when every diacritic written in the lexicon's spelling is in the reading."""
    g, r = _units(given), _units(reading)
    return len(g) == len(r) and all(gl == rl and gm <= rm for (gl, gm), (rl, rm) in zip(g, r))


def _readings(past: str) -> list[tuple[str, str, bool]]:
    """(vocalised past, future vowel name, transitive) readings of an unvocalised past."""
    from arramooz.arabicdictionary import ArabicDictionary
    from pyarabic import araby

    bare = araby.strip_tashkeel(past)
    out = [(str(r["vocalized"]), str(r["future_type"]), bool(r["transitive"]))
           for r in ArabicDictionary("verbs").lookup(bare)]
    if not out:  # Arramooz leaves out auxiliaries such as كان
        import libqutrub.triverbtable as tri

        out = [(e["verb"], e["haraka"], e["transitive"] in ("م", "ك"))
               for e in tri.TriVerbTable.values()
               if normalize_ar(araby.strip_tashkeel(e["verb"])) == normalize_ar(bare)]
    return sorted(set(out))


def _conjugate(vocalised: str, future: str, transitive: bool) -> dict[str, dict[str, str]]:
    import libqutrub.mosaref_main as qutrub

    table = qutrub.do_sarf(vocalised, future or "فتحة", alltense=False, past=True, future=True,
                           passive=True, imperative=True, future_moode=True,
                           transitive=transitive, display_format="DICT")
    return {tense: dict(persons) for tense, persons in (table or {}).items()}


def arabic_line(past: str, present: str) -> dict[str, Any]:
    from pyarabic import araby

    readings = []
    for vocalised, future, transitive in _readings(past):
        if not _carries_marks(vocalised, past):
            continue
        table = _conjugate(vocalised, future, transitive)
        try:
            p3, f3 = table["الماضي المعلوم"]["هو"], table["المضارع المعلوم"]["هو"]
        except KeyError:
            continue
        if normalize_ar(p3) == normalize_ar(past) and normalize_ar(f3) == normalize_ar(present):
            readings.append((f"{p3} {f3}", table))
    if not readings:
        raise BuildError(
            f"{LEXICONS / 'ar' / 'cues.jsonl'}: verb [{past}, {present}]: no reading in "
            "Arramooz or libqutrub conjugates to this past/present pair; correct the pair or "
            "vocalise the past (write its shadda)")
    # group ("" for the active past, indicative and subjunctive; "juss"; "pass") -> tag -> forms
    plain: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    voc: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for _, table in readings:
        for tense, persons in table.items():
            if tense not in AR_TENSES:
                continue
            group, kind = AR_TENSES[tense]
            for pronoun, form in persons.items():
                if form:
                    tag = "imp" if kind == "imp" else AR_PERSONS[pronoun]
                    bare = araby.strip_tashkeel(form).replace(araby.TATWEEL, "")
                    plain[group][tag].add(bare)
                    voc[group][tag].add(form)

    def table_of(d: dict[str, dict[str, set[str]]]) -> dict[str, Any]:
        out: dict[str, Any] = {tag: sorted(fs) for tag, fs in d[""].items()}
        for group in ("juss", "pass"):
            out[group] = {tag: sorted(fs) for tag, fs in d[group].items()}
        return out

    return {"verb": [past, present],
            "source": f"{_version('libqutrub')}, readings from {_version('arramooz-pysqlite')}",
            "readings": sorted(r for r, _ in readings),
            "forms": table_of(plain),
            "vocalised": table_of(voc)}


# --- English --------------------------------------------------------------------------------

def _inflect(word: str, tag: str, oov: bool) -> list[str]:
    from lemminflect import getInflection

    return list(getInflection(word, tag=tag, inflect_oov=oov))


def english_verb_line(verb: str) -> dict[str, Any]:
    head, *rest = verb.lower().split()
    forms: dict[str, list[str]] = {}
    for tag in EN_VERB_TAGS:
        found = [head] if tag == "VB" else _inflect(head, tag, oov=True)
        if not found:
            raise BuildError(f"{LEXICONS / 'en' / 'cues.jsonl'}: verb {verb!r}: lemminflect "
                             f"gives no {tag} form of {head!r}")
        forms[tag] = sorted({" ".join([f, *rest]) for f in found})
    return {"verb": verb, "source": _version("lemminflect"), "forms": forms}


def _read_lists(lang: str, names: tuple[str, ...]) -> list[str]:
    """The distinct lower-cased words of the named lists of <lang>/words.json, in file order."""
    path = LEXICONS / lang / "words.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    words: list[str] = []
    for name in names:
        for w in data.get(name, []):
            if w.lower() not in words:
                words.append(w.lower())
    return words


def read_word_lists(lang: str) -> list[str]:
    """The words of the lists of <lang>/words.json that the extractor takes in both numbers
    (extract/lexicon.py, INFLECTED_LISTS), in file order."""
    from extract.lexicon import INFLECTED_LISTS

    return _read_lists(lang, INFLECTED_LISTS.get(lang, ()))


def read_verb_lists(lang: str) -> list[str]:
    """The verbs of the lists of <lang>/words.json that the extractor takes in every form
    (extract/lexicon.py, INFLECTED_VERB_LISTS), in file order."""
    from extract.lexicon import INFLECTED_VERB_LISTS

    return _read_lists(lang, INFLECTED_VERB_LISTS.get(lang, ()))


def read_nominal_verbs(lang: str) -> list[str]:
    """The verbs of <lang>/act_nominals.jsonl (a verb and the nouns that name its act), in
    file order; none for a language without the file."""
    path = LEXICONS / lang / "act_nominals.jsonl"
    if not path.is_file():
        return []
    verbs: list[str] = []
    for n, d in _rows(path):
        verb = d.get("verb")
        if not isinstance(verb, str):
            raise BuildError(f"{path}: line {n}: 'verb' is not a string")
        if verb not in verbs:
            verbs.append(verb)
    return verbs


def english_word_line(word: str) -> dict[str, Any]:
    """A noun of a word list in both numbers: its singular (lemminflect's lemma when the word
    is a plural it knows) and the singular's plural."""
    from lemminflect import getAllLemmas

    lemmas = getAllLemmas(word, upos="NOUN").get("NOUN", ())
    one = word if word in lemmas or not lemmas else lemmas[0]
    many = [p for p in _inflect(one, "NNS", oov=False)[:1] if p != one]
    return {"word": word, "source": _version("lemminflect"),
            "forms": {"NN": [one], "NNS": sorted(set(many) | ({word} - {one}))}}


def english_noun_line(noun: str) -> dict[str, Any]:
    from lemminflect import getAllLemmas

    words = noun.lower().split()
    head = len(words) - 1
    if len(words) > 1 and not getAllLemmas(words[head], upos="NOUN"):
        head = 0  # «call for»: the noun comes first
    lemmas = getAllLemmas(words[head], upos="NOUN").get("NOUN", ())
    plural: set[str] = set()
    if words[head] in lemmas:  # a singular noun lemminflect knows
        for p in _inflect(words[head], "NNS", oov=False)[:1]:
            if p != words[head]:  # «praise», «sovereignty»: no plural
                plural.add(" ".join(words[:head] + [p] + words[head + 1:]))
    return {"noun": noun, "source": _version("lemminflect"),
            "forms": {"NN": [noun.lower()], "NNS": sorted(plural)}}


# the suffixes of the regular numbers of an Arabic noun, by Arramooz's flag that allows them:
# the sound masculine plural and the dual in their cases and in construct (ممثلو الدول,
# مندوبي الدول); not the dual's nominative construct in «ا», which is written as the
# accusative of the singular («متحدثاً باسم الرابطة»: speaking for the bloc)
AR_NUMBER_SUFFIXES = {"masculin_plural": ("ون", "ين", "و", "ي"),
                      "dualable": ("ان", "ين", "ي")}


def arabic_word_line(word: str) -> dict[str, Any]:
    """A masculine singular noun of a word list in its other numbers, from what the Arramooz
    noun dictionary allows it (its flags for the regular plurals and the dual, its broken
    plural), each also with the article; construct forms take no article."""
    from arramooz.arabicdictionary import ArabicDictionary
    from pyarabic import araby

    rows = [r for r in ArabicDictionary("nouns").lookup(word)
            if r["unvocalized"] == word and r["number"] == "مفرد"]
    if not rows:
        raise BuildError(f"ar/words.json: Arramooz knows no singular noun {word!r}")
    forms: set[str] = set()
    for r in rows:
        for flag, suffixes in AR_NUMBER_SUFFIXES.items():
            if r[flag]:
                for suffix in suffixes:
                    forms.add(word + suffix)
                    if suffix not in ("و", "ي"):  # (a construct has no article)
                        forms.add("ال" + word + suffix)
        # («قادة;قواد»: the broken plurals Arramooz gives, separated by semicolons)
        for broken in araby.strip_tashkeel(str(r["broken_plural"] or "")).split(";"):
            if broken.strip():
                forms |= {broken.strip(), "ال" + broken.strip()}
    forms.add("ال" + word)
    return {"word": word, "source": _version("arramooz-pysqlite"),
            "forms": {"NN": [word], "NNS": sorted(forms - {word})}}


# --- output ---------------------------------------------------------------------------------

def build(lang: str) -> list[dict[str, Any]]:
    verbs, nouns = read_cues(lang)
    if lang == "ar":
        try:
            import arramooz  # noqa: F401
            import libqutrub  # noqa: F401
        except ImportError as exc:
            raise BuildError(f"{exc.name} is missing: {BUILD_EXTRA}") from None
        lines = [arabic_line(*v) for v in verbs]
        wlines = sorted((arabic_word_line(w) for w in read_word_lists(lang)),
                        key=lambda d: d["word"])
        return sorted(lines, key=lambda d: d["verb"]) + wlines
    try:
        import lemminflect  # noqa: F401
    except ImportError as exc:
        raise BuildError(f"{exc.name} is missing: {BUILD_EXTRA}") from None
    verbs += [v for v in read_verb_lists(lang) if v not in verbs]
    verbs += [v for v in read_nominal_verbs(lang) if v not in verbs]
    vlines = sorted((english_verb_line(v) for v in verbs), key=lambda d: d["verb"])
    nlines = sorted((english_noun_line(w) for w in nouns), key=lambda d: d["noun"])
    wlines = sorted((english_word_line(w) for w in read_word_lists(lang)),
                    key=lambda d: d["word"])
    return vlines + nlines + wlines


def render(lines: Iterable[dict[str, Any]]) -> str:
    return "".join(json.dumps(d, ensure_ascii=False, sort_keys=True) + "\n" for d in lines)


def _key(d: dict[str, Any]) -> str:
    return json.dumps(d.get("verb", d.get("noun", d.get("word"))), ensure_ascii=False)


def differences(path: Path, expected: str) -> list[str]:
    """What differs between the file on disk and what the libraries give now."""
    if not path.exists():
        return [f"{path}: missing"]
    have = path.read_text(encoding="utf-8")
    if have == expected:
        return []
    out: list[str] = []
    try:
        old = {_key(d): d for d in map(json.loads, have.splitlines()) if d}
    except json.JSONDecodeError:
        return [f"{path}: not valid JSON Lines"]
    new = {_key(d): d for d in map(json.loads, expected.splitlines())}
    for k in sorted(new.keys() - old.keys()):
        out.append(f"{path}: {k} is missing")
    for k in sorted(old.keys() - new.keys()):
        out.append(f"{path}: {k} is no longer in cues.jsonl")
    for k in sorted(old.keys() & new.keys()):
        if old[k] != new[k]:
            what = [f for f in ("source", "readings", "forms", "vocalised")
                    if old[k].get(f) != new[k].get(f)]
            out.append(f"{path}: {k} differs ({', '.join(what) or 'layout'})")
    return out or [f"{path}: differs in order or layout"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true",
                        help="write nothing; exit 1 if a verb_forms.jsonl is out of date")
    args = parser.parse_args(argv)
    problems: list[str] = []
    for lang in ("ar", "en"):
        path = LEXICONS / lang / "verb_forms.jsonl"
        try:
            text = render(build(lang))
        except BuildError as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 1
        if args.check:
            problems += differences(path, text)
        else:
            path.write_text(text, encoding="utf-8")
            shown = path.relative_to(ROOT) if path.is_relative_to(ROOT) else path
            print(f"wrote {shown} ({len(text.splitlines())} lines)")
    if problems:
        for p in problems:
            print(p, file=sys.stderr)
        print("run: .venv/bin/python tools/build_forms.py", file=sys.stderr)
        return 1
    if args.check:
        print("verb_forms.jsonl up to date (ar, en)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

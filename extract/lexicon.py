"""Language data for the stance rules: cue lexicons, content classes and closed word lists.

Everything here is read from files under extract/lexicons/<lang>/ and validated at start-up;
no Arabic or English word lists live in Python code. A verb is written once in cues.jsonl
(Arabic as a (past, present) pair of the third person masculine singular, English as its base
form); its inflected forms (أدانت، يدينون، ندين، لم يدن … ; urged, urging …) are read from
verb_forms.jsonl beside it, which tools/build_forms.py generates at build time with libqutrub
and lemminflect. A verb missing there is a load error that names the command to rerun.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from extract.normalize import normalize, split_words
from ontology.errors import StancegraphError
from ontology.types import stance_types

LEXICON_DIR = Path(__file__).parent / "lexicons"
PSEUDO_LABELS = {"_appeal", "_ready", "_speech", "_aux"}
FRAMES = {"object", "with", "between", "appeal", "ready", "genitive", "concern", "speech",
          "obligation", "attributed", "agreement", "charge", "predicate", "gathered"}
CUE_KEYS = {"id", "label", "frame", "verbs", "nouns", "participles", "forms", "phrases",
            "requires_after", "requires_not_after", "requires_not_next", "requires_before",
            "requires_not_before", "window", "window_before",
            "genitive", "default", "confidence", "self_negating", "requires_negation",
            "requires_between_parties",
            "inflect", "reach", "condition", "mutual", "clause_initial",
            "future", "partner", "hamza", "target", "heads", "objects", "modifiers",
            "not_forms", "performative", "inherit"}
FORMS_FILE = "verb_forms.jsonl"
# English word lists whose nouns are taken in both numbers, singular and plural, as generated at
# build time (tools/build_forms.py, lemminflect): «the strike» names the act «strikes» named
INFLECTED_LISTS: dict[str, tuple[str, ...]] = {"en": ("reported_acts", "bare_acts", "title_heads"),
                                                "ar": ("numbered_title_heads",)}
# English word lists of verbs, taken in every form generated at build time (lemminflect, as the
# verbs of cues.jsonl): «storm» -> «stormed», «storms», «storming».
INFLECTED_VERB_LISTS: dict[str, tuple[str, ...]] = {"en": ("force_verbs", "fulfil_verbs",
                                                              "help_verbs", "act_verbs",
                                                              "joint_work_verbs",
                                                              "continuing_verbs")}
REGENERATE = "python tools/build_forms.py"
NOMINALS_FILE = "act_nominals.jsonl"
# tags of verb_forms.jsonl -> tags of the cue table; None: kept in the data, not loaded.
# Arabic: the person tags the rules know. 2nd person forms are left out: the rules would give
# «تدينون» ("you condemn") to the speaker. Imperatives are left out: with the article stripped,
# «الاثنين» (Monday) is an imperative of أثنى and gave a false «welcomes» (dev d19).
AR_TAGS: dict[str, str | None] = {"3m": "3m", "3f": "3f", "3p": "3p", "1": "1", "2": None,
                                  "imp": None}
# groups of Arabic forms read by the same person tags (False: kept in the data, not loaded).
# The passive is left out as an active form: the rules read a 3m/3f verb as active, its subject the holder, but
# a passive's subject is the target («وأدينت إسرائيل دوليا» gave "ISR condemns"), and the
# passive forms that coincide with active ones are loaded as active anyway (no change on any
# corpus); passive-only forms also hide in names (فيدان -> يدان, بكين -> كين). The jussive is
# left out: the short forms of weak verbs are common words (أشد "most" of أشاد: «بأشد
# العبارات» cost a true condemns in dev d04; يقل "less" of قال; يدل "indicates" of أدلى).
GROUPS = {"pass": False, "juss": False}
# The passive of the 3rd person is loaded all the same, under its own tag "ps", for the one
# case where the text tells it apart: a vocalised form whose written vowels fit a passive form
# of the verb and no active one («دُعيت», «حُذِّرت», «أُدين»). The rules read such a form with
# its subject as the target and the agent named after it as the holder (clause_ar: passive);
# an unvocalised form is never read as a passive.
PASSIVE_TAG = "ps"
PASSIVE_PERSONS = ("3m", "3f", "3p")
# English: finite and past-participle forms are "3m", the -ing form is a participle
EN_TAGS: dict[str, str | None] = {"VB": "3m", "VBZ": "3m", "VBD": "3m", "VBN": "3m",
                                  "VBG": "p", "NN": "n", "NNS": "n"}
# the order in which one word's readings enter the cue table (the rules take the first of equals)
TAG_ORDER = ("3m", "3f", "3p", "1", "2", "imp", "p", "n", "ps")


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
    # words that may not come right after the cue («called on»), though later in its window
    # they may («called his counterpart on Monday»)
    requires_not_next: frozenset[str] = frozenset()
    requires_before: frozenset[str] = frozenset()
    requires_not_before: frozenset[str] = frozenset()
    window: int = 4
    window_before: int = 2
    confidence: float = 0.8
    self_negating: bool = False
    # litotes: a stance only under a negation, which it then contains («do not accept», «لن
    # نقبل»: a rejection)
    requires_negation: bool = False
    requires_between_parties: bool = False
    reach: int = 0                    # tokens after the cue where its argument must start
    condition: bool = False           # a condition set for an offer: only the demand counts
    mutual: bool = False              # the holder and its partner act toward each other
    # a verb whose bare past is also its masdar (عقد): read as a verb only where a clause opens
    clause_initial: bool = False
    future: bool = False              # only a verb in the future (سيدفع): a threat, not a fact
    # a stance that names no one is aimed at the holder's conflict partner in the article
    # («يعرف جيدا كيف يرد على أي عدوان»)
    partner: bool = False
    # Arabic: only where the text writes a hamza on the word («هنّأ», never «هنا» "here»):
    # for a form that normalising the hamza away makes a common word
    hamza: bool = False
    # the one actor the stance is always toward, named inside the cue itself («the one-China
    # principle»: China); a gazetteer id, checked at start-up
    target: str | None = None
    # an intent through which the speaker performs what follows («I want to thank …», «would
    # like to congratulate …»): a judgement or thanks after it is stated, not only intended
    performative: bool = False
    # a stance that names no one is aimed at whom the article's last stance of the same cue
    # was («Scholz congratulates the president», «Raisi sends congratulations» in a roundup of
    # congratulations to one winner)
    inherit: bool = False


@dataclass(frozen=True)
class CueForm:
    cue: Cue
    tag: str  # "3m" "3f" "3p" "1" "2" "imp" verb forms; "n" noun; "p" participle; "x" phrase


@dataclass(frozen=True)
class ContentClass:
    label: str
    classes: frozenset[str]


@dataclass
class GeneratedForms:
    """The contents of one verb_forms.jsonl: normalised forms by cue-table tag."""

    path: Path
    verbs: dict[Any, dict[str, frozenset[str]]] = field(default_factory=dict)
    nouns: dict[Any, dict[str, frozenset[str]]] = field(default_factory=dict)
    # Arabic: normalised unvocalised form -> (vocalised active forms, vocalised passive forms)
    vowels: dict[str, tuple[frozenset[str], frozenset[str]]] = field(default_factory=dict)
    # English: a word of an INFLECTED_LISTS list -> (its singular, all its forms)
    list_words: dict[str, tuple[str, frozenset[str]]] = field(default_factory=dict)


@dataclass
class Lexicon:
    lang: str
    cues: dict[tuple[str, ...], list[CueForm]] = field(default_factory=dict)
    content: dict[tuple[str, ...], list[ContentClass]] = field(default_factory=dict)
    words: dict[str, frozenset[str]] = field(default_factory=dict)
    phrases: dict[str, frozenset[tuple[str, ...]]] = field(default_factory=dict)
    vocab: set[str] = field(default_factory=set)
    # Arabic passive forms («دعيت»): kept out of vocab, so that no unvocalised token (فيدان ->
    # يدان) takes one as its reading; the normaliser tries them on vocalised tokens only
    passive_vocab: set[str] = field(default_factory=set)
    # the passive readings («ps»), apart from the cue table: only the matcher joins them in
    passive_cues: dict[tuple[str, ...], list[CueForm]] = field(default_factory=dict)
    vowels: dict[str, tuple[frozenset[str], frozenset[str]]] = field(default_factory=dict)
    # each list of words.json in its file order, for lists whose order means something
    # (month_names: the position is the month)
    ordered: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # English: each form of an INFLECTED_LISTS noun -> its singular («strikes» -> «strike»)
    singulars: dict[str, str] = field(default_factory=dict)
    # English: each form of an INFLECTED_VERB_LISTS verb -> the verb («stormed» -> «storm»)
    verb_lemmas: dict[str, str] = field(default_factory=dict)
    # English: each form of a verb of act_nominals.jsonl -> the nouns that name its act
    # («adopted» -> «adoption»: «The Council adopted … Egypt welcomed the adoption»)
    act_nominals: dict[str, tuple[str, ...]] = field(default_factory=dict)

    def word(self, name: str) -> frozenset[str]:
        return self.words.get(name, frozenset())

    def phrase_list(self, name: str) -> frozenset[tuple[str, ...]]:
        """A word list whose entries may be one word or several, every entry as a tuple of
        readings («من جانبه», «بدوره»; "provided that")."""
        return self.phrases.get(name, frozenset()) | {(w,) for w in self.word(name)}

    def in_order(self, name: str) -> tuple[str, ...]:
        return self.ordered.get(name, ())

    def match_cues(self) -> dict[tuple[str, ...], list[CueForm]]:
        """The cue table with the passive readings joined in, for the matcher."""
        out = {k: list(v) for k, v in self.cues.items()}
        for k, v in self.passive_cues.items():
            out.setdefault(k, []).extend(v)
        return out


def _norm_phrase(s: str) -> tuple[str, ...]:
    return tuple(normalize(w) for w in split_words(s))


def _generated_error(path: Path, word: Any, cues: Path, n: int) -> StancegraphError:
    return StancegraphError(
        f"no generated forms for {json.dumps(word, ensure_ascii=False)} of {cues.name} "
        f"line {n}; regenerate with: {REGENERATE}", str(path))


@lru_cache(maxsize=8)
def _read_generated(path: Path, lang: str) -> GeneratedForms:
    if not path.is_file():
        raise StancegraphError(f"generated verb forms are missing; create them with: "
                               f"{REGENERATE}", str(path))
    tags = EN_TAGS if lang == "en" else AR_TAGS
    out = GeneratedForms(path)
    vowels: dict[str, tuple[set[str], set[str]]] = defaultdict(lambda: (set(), set()))
    for n, d in _rows(path):
        word = d.get("verb", d.get("noun", d.get("word"))) if isinstance(d, dict) else None
        forms = d.get("forms") if isinstance(d, dict) else None
        if not (isinstance(word, str) or isinstance(word, list) and len(word) == 2) or \
                not isinstance(forms, dict):
            raise _error(path, n, "expected a \"verb\", \"noun\" or \"word\" and its \"forms\"")
        if "word" in d:  # a noun of a word list, in both numbers
            one, many = forms.get("NN"), forms.get("NNS")
            if not (isinstance(word, str) and isinstance(one, list) and len(one) == 1 and
                    isinstance(many, list) and all(isinstance(w, str) for w in [*one, *many])):
                raise _error(path, n, "expected one \"NN\" form and a list of \"NNS\" forms")
            out.list_words[normalize(word)] = (normalize(one[0]),
                                    frozenset(normalize(w) for w in [*one, *many]))
            continue
        table: dict[str, set[str]] = defaultdict(set)
        for tag, fs in forms.items():
            # a group («pass», «juss») holds its forms by the same person tags
            if tag in GROUPS and isinstance(fs, dict):
                if tag == "pass" and lang == "ar":
                    for t in PASSIVE_PERSONS:
                        words = fs.get(t, [])
                        if not isinstance(words, list) or \
                                not all(isinstance(w, str) for w in words):
                            raise _error(path, n, f"unknown tag {t!r} or not a list of forms")
                        table[PASSIVE_TAG] |= {normalize(w) for w in words}
                if not GROUPS[tag]:
                    continue
                groups = list(fs.items())
            else:
                groups = [(tag, fs)]
            for t, words in groups:
                if t not in tags or not isinstance(words, list) or \
                        not all(isinstance(w, str) for w in words):
                    raise _error(path, n, f"unknown tag {t!r} or not a list of forms")
                loaded = tags[t]
                if loaded is not None:
                    table[loaded] |= {normalize(w) for w in words}
        if lang == "ar":
            _add_vowels(vowels, d.get("vocalised"))
        key = tuple(word) if isinstance(word, list) else word
        frozen = {t: frozenset(fs) for t, fs in table.items()}
        (out.verbs if "verb" in d else out.nouns)[key] = frozen
    out.vowels = {k: (frozenset(a), frozenset(p)) for k, (a, p) in vowels.items()}
    return out


def _add_vowels(vowels: dict[str, tuple[set[str], set[str]]], vocalised: Any) -> None:
    """Index the vocalised forms of one verb by their unvocalised reading: every active form
    (all persons and tenses, the imperative and jussive included, so that «أُدين» "I condemn"
    keeps «أدين» from being read as a passive) and the passive forms of the 3rd person."""
    if not isinstance(vocalised, dict):
        return
    for tag, fs in vocalised.items():
        if isinstance(fs, dict):  # a group: «pass» or «juss», by person tags
            for t, words in fs.items():
                if not isinstance(words, list) or tag == "pass" and t not in PASSIVE_PERSONS:
                    continue
                for w in words:
                    vowels[normalize(w)][1 if tag == "pass" else 0].add(w)
        elif isinstance(fs, list):
            for w in fs:
                vowels[normalize(w)][0].add(w)


def generated_forms(lang: str) -> GeneratedForms:
    """The forms of <lang>/verb_forms.jsonl, written at build time by tools/build_forms.py.

    Only the file is read: the inflection libraries are build tools, never imported here.
    """
    return _read_generated(LEXICON_DIR / lang / FORMS_FILE, lang)


def conjugate_ar(past: str, present: str) -> dict[str, frozenset[str]]:
    """Normalised forms by loaded tag of an Arabic verb of the lexicon, as generated at build
    time by tools/build_forms.py (libqutrub); nothing is conjugated here."""
    gen = generated_forms("ar")
    try:
        return gen.verbs[(past, present)]
    except KeyError:
        raise StancegraphError(f"no generated forms for [{past}, {present}]; regenerate with: "
                               f"{REGENERATE}", str(gen.path)) from None


def _rows(path: Path) -> Iterator[tuple[int, Any]]:
    """The parsed lines of a JSON Lines file with their numbers, blank lines skipped; a
    malformed line is an error naming the file and the line."""
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            yield n, json.loads(line)
        except json.JSONDecodeError as exc:
            raise _error(path, n, f"malformed JSON: {exc.msg}") from None


def _error(path: Path, n: int, msg: str) -> StancegraphError:
    return StancegraphError(f"line {n}: {msg}", str(path))


def _load_cues(lex: Lexicon, path: Path, generated: GeneratedForms) -> None:
    labels = set(stance_types()) | PSEUDO_LABELS
    ids: set[str] = set()
    for n, d in _rows(path):
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
            requires_not_next=frozenset(normalize(w) for w in d.get("requires_not_next", [])),
            requires_before=frozenset(normalize(w) for w in d.get("requires_before", [])),
            requires_not_before=frozenset(normalize(w)
                                          for w in d.get("requires_not_before", [])),
            window=int(d.get("window", 4)), window_before=int(d.get("window_before", 2)),
            confidence=float(d.get("confidence", 0.8)),
            self_negating=bool(d.get("self_negating", False)),
            requires_negation=bool(d.get("requires_negation", False)),
            requires_between_parties=bool(d.get("requires_between_parties", False)),
            reach=int(d.get("reach", 0)),
            condition=bool(d.get("condition", False)),
            mutual=bool(d.get("mutual", False)),
            clause_initial=bool(d.get("clause_initial", False)),
            future=bool(d.get("future", False)),
            partner=bool(d.get("partner", False)),
            hamza=bool(d.get("hamza", False)),
            target=d.get("target"),
            performative=bool(d.get("performative", False)),
            inherit=bool(d.get("inherit", False)),
        )
        forms: dict[str, set[str]] = defaultdict(set)
        for verb in d.get("verbs", []):
            if lex.lang == "ar":
                if not (isinstance(verb, list) and len(verb) == 2):
                    raise _error(path, n, "Arabic verbs are [past, present] pairs")
                key: Any = tuple(verb)
            elif isinstance(verb, str):
                key = verb
            else:
                raise _error(path, n, "English verbs are strings")
            if key not in generated.verbs:
                raise _generated_error(generated.path, verb, path, n)
            for tag, fs in generated.verbs[key].items():
                forms[tag] |= fs
        # («commit»: not «committed», which another cue reads as «is committed to»)
        for tag in forms:
            forms[tag] -= {normalize(f) for f in d.get("not_forms", [])}
        for noun in d.get("nouns", []):
            if lex.lang == "en":  # the plural: «accusations», «phone calls»
                if noun not in generated.nouns:
                    raise _generated_error(generated.path, noun, path, n)
                forms["n"] |= generated.nouns[noun].get("n", frozenset())
        for tag, fs in d.get("forms", {}).items():
            forms[tag] |= {normalize(f) for f in fs}
        forms["n"] |= {normalize(f) for f in d.get("nouns", [])}
        forms["p"] |= {normalize(f) for f in d.get("participles", [])}
        for tag in sorted(forms, key=lambda t: (TAG_ORDER.index(t) if t in TAG_ORDER else 99, t)):
            for f in sorted(forms[tag]):
                _add_cue(lex, _norm_phrase(f), CueForm(cue, tag))
        if bool(d.get("heads")) != bool(d.get("objects")):
            raise _error(path, n, "'heads' and 'objects' go together")
        phrases = [ph if isinstance(ph, list) else split_words(ph) for ph in d.get("phrases", [])]
        # a family of phrases written once, as content.jsonl writes them: every head with
        # every object, with or without one modifier between them («تطابق» × «وجهات النظر،
        # المواقف، رؤيتيهما», «في»)
        for h in d.get("heads", []):
            for o in d.get("objects", []):
                phrases.append(split_words(f"{h} {o}"))
                phrases += [split_words(f"{h} {m} {o}") for m in d.get("modifiers", [])]
        for words in phrases:
            _add_cue(lex, tuple(normalize(w) for w in words), CueForm(cue, "x"))


def _add_cue(lex: Lexicon, key: tuple[str, ...], form: CueForm) -> None:
    table = lex.passive_cues if form.tag == PASSIVE_TAG else lex.cues
    entries = table.setdefault(key, [])
    if all((e.cue.id, e.tag) != (form.cue.id, form.tag) for e in entries):
        entries.append(form)  # جمع is a verb and a masdar: the rules choose in context
    if form.tag == PASSIVE_TAG:
        lex.passive_vocab.update(key)
    else:
        lex.vocab.update(key)


def _load_content(lex: Lexicon, path: Path) -> None:
    types = set(stance_types())
    for n, d in _rows(path):
        if d.get("label") not in types:
            raise _error(path, n, f"unknown label {d.get('label')!r}")
        unknown = set(d) - {"label", "words", "classes", "heads", "modifiers", "objects",
                            "determiners", "_note"}
        if unknown:
            raise _error(path, n, f"unknown keys {sorted(unknown)}")
        if bool(d.get("heads")) != bool(d.get("objects")):
            raise _error(path, n, "'heads' and 'objects' go together")
        if d.get("determiners") and not d.get("modifiers"):
            raise _error(path, n, "'determiners' go before 'modifiers'")
        cc = ContentClass(d["label"], frozenset(d.get("classes", [])))
        keys = [_norm_phrase(w) for w in d.get("words", [])]
        # a family written once: every head with every object, with or without one modifier
        # between them («وقف» × «ضرباتها، العمليات العسكرية»; «الوقف الفوري لـ…»), and a
        # determiner before the modifier («stop its renewed military operations»)
        mods = list(d.get("modifiers", []))
        mods += [f"{x} {m}" for x in d.get("determiners", []) for m in d.get("modifiers", [])
                 if m not in d.get("determiners", [])]
        for h in d.get("heads", []):
            for o in d.get("objects", []):
                keys.append(_norm_phrase(f"{h} {o}"))
                keys += [_norm_phrase(f"{h} {m} {o}") for m in mods]
        possessed = []
        for h in d.get("heads", []):
            for o in _possessed(d.get("objects", [])):
                possessed.append(_norm_phrase(f"{h} {o}"))
                possessed += [_norm_phrase(f"{h} {m} {o}") for m in d.get("modifiers", [])]
        for key in [*keys, *possessed]:
            entries = lex.content.setdefault(key, [])
            if cc not in entries:
                entries.append(cc)
        # (a possessed noun matches only where the normaliser already knows the noun: a
        # new word would change how others are read, «حمّله» as «حملة»)
        for key in keys:
            lex.vocab.update(key)


def _possessed(objects: list[str]) -> list[str]:
    """For each Arabic object of a family that is a definite noun with a definite adjective
    («الأنشطة العسكرية»), the noun without its article, as it stands with a possessive
    pronoun that the normaliser strips («أنشطتها العسكرية» → «أنشطة العسكرية»)."""
    out: list[str] = []
    for o in objects:
        words = o.split()
        if len(words) == 2 and all(w.startswith("ال") and len(w) > 4 for w in words):
            bare = f"{words[0][2:]} {words[1]}"
            if bare not in objects and bare not in out:
                out.append(bare)
    return out


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """A JSON object whose names are each given once (a second list of the same name would
    silently replace the first)."""
    out: dict[str, Any] = {}
    for k, v in pairs:
        if k in out:
            raise ValueError(f"{k!r} is given twice")
        out[k] = v
    return out


def _load_words(lex: Lexicon, path: Path) -> None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"), object_pairs_hook=_unique_keys)
    except json.JSONDecodeError as exc:
        raise StancegraphError(f"malformed JSON: {exc.msg}", str(path)) from None
    except ValueError as exc:
        raise StancegraphError(f"word list {exc}", str(path)) from None
    for name, items in data.items():
        if name.startswith("_"):
            continue
        if not isinstance(items, list) or not all(isinstance(i, str) for i in items):
            raise StancegraphError(f"{name}: expected a list of strings", str(path))
        singles = {normalize(i) for i in items if len(split_words(i)) == 1}
        multi = {_norm_phrase(i) for i in items if len(split_words(i)) > 1}
        lex.words[name] = frozenset(singles)
        lex.phrases[name] = frozenset(multi)
        lex.ordered[name] = tuple(normalize(i) for i in items)
        lex.vocab |= singles
        for m in multi:
            lex.vocab.update(m)


@lru_cache(maxsize=4)
def load_lexicon(lang: str) -> Lexicon:
    folder = LEXICON_DIR / lang
    if not folder.is_dir():
        raise StancegraphError(f"no lexicon for language {lang!r}", str(folder))
    lex = Lexicon(lang)
    generated = generated_forms(lang)
    _load_cues(lex, folder / "cues.jsonl", generated)
    lex.vowels = generated.vowels
    _load_content(lex, folder / "content.jsonl")
    _load_words(lex, folder / "words.json")
    _inflect_lists(lex, generated, folder / "words.json")
    if (folder / NOMINALS_FILE).is_file():
        _load_act_nominals(lex, folder / NOMINALS_FILE, generated)
    return lex


def _load_act_nominals(lex: Lexicon, path: Path, generated: GeneratedForms) -> None:
    """Each verb's generated forms -> the nouns that name the act it reports."""
    for n, d in _rows(path):
        if not isinstance(d, dict) or set(d) != {"verb", "nouns"}:
            raise _error(path, n, "expected the keys 'verb' and 'nouns'")
        verb, nouns = d["verb"], d["nouns"]
        if not isinstance(verb, str) or not isinstance(nouns, list) or not nouns or \
                not all(isinstance(x, str) and x for x in nouns):
            raise _error(path, n, "'verb' is a string and 'nouns' a list of strings")
        if verb not in generated.verbs:
            raise _error(path, n, f"no generated forms for {verb!r}; regenerate with: "
                                  f"{REGENERATE}")
        keys = tuple(normalize(x) for x in nouns)
        for fs in generated.verbs[verb].values():
            for f in fs:
                lex.act_nominals[f] = tuple(dict.fromkeys((*lex.act_nominals.get(f, ()), *keys)))
        lex.vocab.update(keys)


def _inflect_lists(lex: Lexicon, generated: GeneratedForms, path: Path) -> None:
    """Give each noun of the INFLECTED_LISTS its other number, from the generated forms."""
    for name in INFLECTED_LISTS.get(lex.lang, ()):
        forms = set(lex.words.get(name, frozenset()))
        for word in lex.ordered.get(name, ()):
            if word not in generated.list_words:
                raise StancegraphError(f"{name}: no generated forms for {word!r}; regenerate "
                                       f"with: {REGENERATE}", str(path))
            one, all_forms = generated.list_words[word]
            forms |= all_forms
            for f in all_forms:
                lex.singulars[f] = one
        lex.words[name] = frozenset(forms)
        lex.vocab |= forms
    for name in INFLECTED_VERB_LISTS.get(lex.lang, ()):
        verb_forms: set[str] = set()
        for verb in lex.ordered.get(name, ()):
            if verb not in generated.verbs:
                raise StancegraphError(f"{name}: no generated forms for {verb!r}; regenerate "
                                       f"with: {REGENERATE}", str(path))
            for fs in generated.verbs[verb].values():
                verb_forms |= fs
                lex.verb_lemmas.update((f, verb) for f in fs)
        lex.words[name] = frozenset(verb_forms)
        lex.vocab |= verb_forms

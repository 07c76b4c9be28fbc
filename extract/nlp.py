"""Stage 3 — spaCy pipelines per language: tokens, normalised clitic-free readings, matches.

spaCy has no trained Arabic pipeline, so the rules work on tokens and their normalised
readings: the ``sg_normalize`` component puts in ``token.norm_`` the least-stripped reading of
the token (clitics و ف ب ل ك س ال and pronoun suffixes) that the language data knows, and the
``sg_match`` component finds actors, stance cues and appeal contents with PhraseMatchers on
those readings. Both are registered with ``@Language.factory`` next to their classes.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import spacy
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from extract.gazetteer import Gazetteer, load_gazetteer
from extract.lexicon import ContentClass, CueForm, Lexicon, load_lexicon
from extract.normalize import candidates, normalize

if not Doc.has_extension("sg"):
    Doc.set_extension("sg", default=None)


@dataclass(frozen=True)
class ActorEntry:
    """What a gazetteer phrase names: an actor (by name, capital, seat or adjective) or a person."""

    kind: str            # "name" | "capital" | "seat" | "adj" | "person"
    ref: str             # actor id, or person id for kind "person"
    gender: str          # grammatical gender in Arabic: "f" | "m"
    raw: str             # the phrase as written in the gazetteer


def _adj_gender(norm: str) -> str:
    return "f" if norm.endswith("ه") else "m"


def actor_phrases(gaz: Gazetteer, lang: str,
                  not_names: frozenset[str] = frozenset()) -> dict[tuple[str, ...], list[ActorEntry]]:
    """Every phrase of the gazetteer in ``lang``, normalised, with what it names.

    A one-word alias of a person that is also an ordinary word (سريع "fast", Salam) is left
    out: the full name still matches.
    """
    table: dict[tuple[str, ...], list[ActorEntry]] = defaultdict(list)

    def add(raw: str, kind: str, ref: str, gender: str) -> None:
        words = raw.split()
        if lang == "en" and words and words[0].lower() == "the" and len(words) > 1:
            words = words[1:]
        key = tuple(normalize(w) for w in words)
        if not key or kind == "person" and len(key) == 1 and key[0] in not_names:
            return
        entry = ActorEntry(kind, ref, gender if kind != "adj" or lang != "ar"
                           else _adj_gender(key[-1]), raw)
        if entry not in table[key]:
            table[key].append(entry)

    for a in gaz.actors.values():
        g = a.gender_ar
        for raw in a.names(lang):
            add(raw, "name", a.id, g)
        for raw in (a.capitals_ar if lang == "ar" else a.capitals_en):
            add(raw, "capital", a.id, "f")
        for raw in (a.seats_ar if lang == "ar" else a.seats_en):
            add(raw, "seat", a.id, "m")
        for raw in (a.adj_ar if lang == "ar" else a.adj_en):
            add(raw, "adj", a.id, g)
    for p in gaz.people.values():
        names = (p.ar, *p.aliases_ar) if lang == "ar" else (p.en, *p.aliases_en)
        for raw in names:
            add(raw, "person", p.id, p.gender)
    return dict(table)


@dataclass
class Resources:
    """Language data shared by the components of one pipeline."""

    lang: str
    lexicon: Lexicon
    gazetteer: Gazetteer
    actors: dict[tuple[str, ...], list[ActorEntry]]
    vocab: frozenset[str]


@lru_cache(maxsize=4)
def resources(lang: str) -> Resources:
    lex = load_lexicon(lang)
    gaz = load_gazetteer()
    actors = actor_phrases(gaz, lang, lex.word("not_names"))
    vocab = set(lex.vocab)
    for key in actors:
        vocab.update(key)
    return Resources(lang, lex, gaz, actors, frozenset(vocab))


class Normalizer:
    """Sets ``token.norm_`` to the reading the language data knows (clitics stripped)."""

    def __init__(self, lang: str) -> None:
        self.res = resources(lang)
        self.cache: dict[str, str] = {}

    def reading(self, text: str) -> str:
        r = self.cache.get(text)
        if r is None:
            n = normalize(text)
            r = n
            if self.res.lang == "ar":
                for c in candidates(n):
                    if c in self.res.vocab:
                        r = c
                        break
            elif n.endswith("'s") and n[:-2] in self.res.vocab:
                r = n[:-2]
            if len(self.cache) < 200_000:
                self.cache[text] = r
        return r

    def __call__(self, doc: Doc) -> Doc:
        for t in doc:
            t.norm_ = self.reading(t.text)
        return doc


@Language.factory("sg_normalize", default_config={"lang": "ar"})
def make_normalizer(nlp: Language, name: str, lang: str) -> Normalizer:
    return Normalizer(lang)


@dataclass
class Matches:
    """What ``sg_match`` found in a doc; spans do not overlap within one kind."""

    actors: list[tuple[Span, list[ActorEntry]]]
    cues: list[tuple[Span, list[CueForm]]]
    content: list[tuple[Span, list[ContentClass]]]


class MatchComponent:
    """Finds gazetteer actors, stance cues and appeal contents by their normalised readings."""

    def __init__(self, nlp: Language, lang: str) -> None:
        self.res = resources(lang)
        self.tables: dict[str, dict[str, Any]] = {}
        self.matchers: dict[str, PhraseMatcher] = {}
        for kind, table in (("actors", self.res.actors), ("cues", self.res.lexicon.cues),
                            ("content", self.res.lexicon.content)):
            matcher = PhraseMatcher(nlp.vocab, attr="NORM")
            keyed: dict[str, Any] = {}
            patterns = []
            for key, entries in table.items():
                label = " ".join(key)
                keyed[label] = entries
                pdoc = Doc(nlp.vocab, words=list(key))
                for t, w in zip(pdoc, key, strict=True):
                    t.norm_ = w
                patterns.append((label, pdoc))
            for label, pdoc in patterns:
                matcher.add(label, [pdoc])
            self.matchers[kind] = matcher
            self.tables[kind] = keyed

    def _find(self, doc: Doc, kind: str) -> list[tuple[Span, Any]]:
        strings = doc.vocab.strings
        spans = [Span(doc, s, e, label=m) for m, s, e in self.matchers[kind](doc)]
        return [(sp, self.tables[kind][strings[sp.label]]) for sp in
                sorted(filter_spans(spans), key=lambda s: s.start)]

    def __call__(self, doc: Doc) -> Doc:
        doc._.sg = Matches(self._find(doc, "actors"), self._find(doc, "cues"),
                           self._find(doc, "content"))
        return doc


@Language.factory("sg_match", default_config={"lang": "ar"})
def make_matcher(nlp: Language, name: str, lang: str) -> MatchComponent:
    return MatchComponent(nlp, lang)


@lru_cache(maxsize=4)
def pipeline(lang: str) -> Language:
    """The spaCy pipeline of a language: blank tokenizer + our components."""
    nlp = spacy.blank(lang)
    nlp.add_pipe("sg_normalize", config={"lang": lang})
    nlp.add_pipe("sg_match", config={"lang": lang})
    return nlp

"""Stage 3 — spaCy pipelines per language: tokens, normalised clitic-free readings, matches.

spaCy has no trained Arabic pipeline, so the rules work on tokens and their normalised
readings: the ``sg_normalize`` component records the least-stripped reading of
the token (clitics و ف ب ل ك س ال and pronoun suffixes) that the language data knows, and the
``sg_match`` component finds actors, stance cues and appeal contents by longest match on
those readings. Both are registered with ``@Language.factory`` next to their classes.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from extract.gazetteer import Gazetteer, load_gazetteer
from extract.lexicon import ContentClass, CueForm, Lexicon, load_lexicon
from extract.normalize import broken_words, candidates, is_vocalised, normalize, split_words

# quotation marks a phrase may hold inside it («would "respond decisively"»)
QUOTE_MARKS = frozenset({'"', "«", "»", "“", "”"})

if not Doc.has_extension("sg"):
    Doc.set_extension("sg", default=None)


@dataclass(frozen=True)
class ActorEntry:
    """What a gazetteer phrase names: an actor (by name, capital, seat or adjective) or a person."""

    kind: str            # "name" | "capital" | "seat" | "adj" | "person" | "group" | "none"
    ref: str             # actor id, person id for kind "person", group id for "group"
    gender: str          # grammatical gender in Arabic: "f" | "m"
    raw: str             # the phrase as written in the gazetteer
    members: tuple[str, ...] = ()   # the actors a "group" names


def _adj_gender(norm: str) -> str:
    return "f" if norm.endswith("ه") else "m"


def actor_phrases(gaz: Gazetteer, lang: str,
                  not_names: frozenset[str] = frozenset()) -> dict[tuple[str, ...], list[ActorEntry]]:
    """Every phrase of the gazetteer in ``lang``, normalised, with what it names.

    A one-word alias of a person that is also an ordinary word (سريع "fast", Salam) is left
    out: the full name still matches.
    """
    table: dict[tuple[str, ...], list[ActorEntry]] = defaultdict(list)

    def add(raw: str, kind: str, ref: str, gender: str, members: tuple[str, ...] = ()
            ) -> None:
        words = split_words(raw)
        if lang == "en" and words and words[0].lower() == "the" and len(words) > 1:
            words = words[1:]
        key = tuple(normalize(w) for w in words)
        if not key or kind == "person" and len(key) == 1 and key[0] in not_names:
            return
        if lang == "ar" and kind == "name" and len(key) > 1 and \
                key[0].endswith(("ه", "ات")):
            # «المملكة الأردنية», «جماعة الحوثيين», «الجمهورية اللبنانية»: a long name
            # agrees as its head noun does, whatever the gender of the short one
            gender = "f"
        entry = ActorEntry(kind, ref, gender if kind != "adj" or lang != "ar"
                           else _adj_gender(key[-1]), raw, members)
        keys = [key]
        if lang == "ar" and key[0].startswith("ال") and len(key[0]) > 3:
            # «للأمم المتحدة»: لل + a name is kept whole as a reading wherever another phrase
            # holds that word («الجمعية العامة للأمم المتحدة»), so the name is listed so too
            keys.append(("لل" + key[0][2:], *key[1:]))
        for k in keys:
            if entry not in table[k]:
                table[k].append(entry)

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
    if lang == "ar":
        # «استقبل مبعوثاً مصرياً»: the indefinite accusative of a nisba adds an alif (its
        # tanween), unless that spelling is a name already («روسيا», «تركيا», «سوريا»)
        for a in gaz.actors.values():
            for raw in a.adj_ar:
                key = tuple(normalize(w) for w in split_words(raw))
                if len(key) == 1 and key[0].endswith("ي") and not key[0].startswith("ال") and \
                        not table.get((key[0] + "ا",)):
                    add(raw + "ا", "adj", a.id, a.gender_ar)
    for p in gaz.people.values():
        for raw in p.names(lang):
            add(raw, "person", p.id, p.gender)
    for group in gaz.groups.values():
        for raw in group.names(lang):
            add(raw, "group", group.id, "f", group.members)
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
    # «the West Bank», «the Peace and Security Council»: a longer name that holds an actor's
    # name; matched as a phrase of its own (greedy longest match), it names no actor
    for key in lex.phrase_list("non_actor_names"):
        actors.setdefault(key, [ActorEntry("none", "", "m", " ".join(key))])
    if lang == "ar":
        actors = _read_phrase_words(actors, set(lex.vocab))
    vocab = set(lex.vocab)
    for key in actors:
        vocab.update(key)
    return Resources(lang, lex, gaz, actors, frozenset(vocab))


def _read_phrase_words(actors: dict[tuple[str, ...], list[ActorEntry]], known: set[str]
                       ) -> dict[tuple[str, ...], list[ActorEntry]]:
    """Arabic: each word of a longer name read as a text word is read, its clitics stripped
    when the rest is a known word or a one-word name («المملكة المتحدة لبريطانيا العظمى
    وأيرلندا الشمالية»: «وايرلندا» → «ايرلندا»), so that the long name does not make
    «وأيرلندا» a word of its own and hide Ireland after «و» in any text."""
    base = known | {key[0] for key in actors if len(key) == 1}

    def read(word: str) -> str:
        return next((c for c in candidates(word) if c in base), word)

    out: dict[tuple[str, ...], list[ActorEntry]] = {}
    for key, entries in actors.items():
        new = key if len(key) == 1 else tuple(read(w) for w in key)
        have = out.setdefault(new, [])
        have.extend(e for e in entries if e not in have)
    return out


class Normalizer:
    """Puts the reading the language data knows (clitics stripped) of every token in
    ``doc.user_data["sg_norms"]``, beside the token texts and character offsets."""

    def __init__(self, lang: str) -> None:
        self.res = resources(lang)
        self.cache: dict[str, str] = {}
        self.full: dict[str, str] = {}  # token text -> normalised form (set by reading)

    def reading(self, text: str) -> str:
        r = self.cache.get(text)
        if r is None:
            n = normalize(text)
            r = n
            if self.res.lang == "ar":
                hamza_below = text.lstrip("وف")[:1] == "إ"
                for c in candidates(n):
                    if c in self.res.vocab:
                        r = c
                        if hamza_below and c.endswith("ت") and c[:-1] + "ه" in self.res.vocab:
                            # «إدانتها» is the masdar with a pronoun («her condemnation»),
                            # not the perfect «أدانتها» (a Form IV perfect is written with
                            # the hamza above): normalised, the two are one word
                            r = c[:-1] + "ه"
                        break
                else:
                    if self.res.lexicon.passive_vocab and is_vocalised(text):
                        # a vocalised token («ودُعيت») may be a passive of a cue verb
                        r = next((c for c in candidates(n)
                                  if c in self.res.lexicon.passive_vocab), n)
            elif n.endswith("'s") and n[:-2] in self.res.vocab:
                r = n[:-2]
            if len(self.cache) < 200_000:
                self.cache[text] = r
                self.full[text] = n
        return r

    def __call__(self, doc: Doc) -> Doc:
        # Readings, texts and offsets as plain lists for the later stages: indexing a Doc
        # creates a Token object each time, which would dominate the rule layer's cost.
        strings = doc.vocab.strings
        arr = doc.to_array(["ORTH", "IDX", "SPACY"]).tolist() if len(doc) else []
        texts = [strings[row[0]] for row in arr]
        starts = [row[1] for row in arr]
        ends = [b + len(t) for b, t in zip(starts, texts, strict=True)]
        if "sg_text" not in doc.user_data:  # run_stages puts the text the Doc was made of
            doc.user_data["sg_text"] = "".join(
                t + " " if row[2] else t for t, row in zip(texts, arr, strict=True))
        cache = self.cache
        norms = [cache.get(x) or self.reading(x) for x in texts]
        if self.res.lang == "ar" and "\u0640" in doc.user_data["sg_text"]:
            # «الإسـ. رائيلي»: the whole word is read on its first piece, the rest reads as
            # nothing a rule knows (only a text with a tatweel can hold one)
            for first, last, word in broken_words(texts):
                norms[first] = self.reading(word)
                for k in range(first + 1, last + 1):
                    norms[k] = "\u0640"
        full = self.full
        doc.user_data["sg_texts"] = texts
        doc.user_data["sg_norms"] = norms
        # normalised forms with their clitics (beyond the cache's bound, made again)
        doc.user_data["sg_fulls"] = [full.get(x) or normalize(x) for x in texts]
        doc.user_data["sg_starts"] = starts
        doc.user_data["sg_ends"] = ends
        return doc


@Language.factory("sg_normalize", default_config={"lang": "ar"})
def make_normalizer(nlp: Language, name: str, lang: str) -> Normalizer:
    return Normalizer(lang)


@dataclass(frozen=True)
class Match:
    """A matched phrase: tokens [start, end) and its text as written in the document."""

    start: int
    end: int
    text: str


@dataclass
class Matches:
    """What ``sg_match`` found in a doc; matches do not overlap within one kind."""

    actors: list[tuple[Match, list[ActorEntry]]]
    cues: list[tuple[Match, list[CueForm]]]
    content: list[tuple[Match, list[ContentClass]]]


class PhraseTable:
    """Greedy longest match of normalised phrases over a list of token readings.

    The phrases are kept as a word trie (nested dicts; a node's entries under the key None):
    a match costs one dictionary step per word it spans, which is several times faster than
    building spaCy Spans for every candidate or trying every phrase length at every token.
    The rules need only offsets.
    """

    def __init__(self, table: dict[tuple[str, ...], Any],
                 inserts: frozenset[str] = frozenset()) -> None:
        # words a phrase may hold inside it besides quotation marks («pay a very heavy price»)
        self.inserts = QUOTE_MARKS | inserts
        self.root: dict[str | None, Any] = {}
        for key, entries in table.items():
            node = self.root
            for word in key:
                node = node.setdefault(word, {})
            node[None] = entries

    def find(self, norms: list[str], text: str, starts: list[int], ends: list[int]
             ) -> list[tuple[Match, Any]]:
        out = []
        root = self.root
        n = len(norms)
        free = 0  # matches do not overlap: the next one starts at or after this token
        # only tokens that begin some phrase are tried (a dict lookup per token, at C speed)
        for i in [i for i, w in enumerate(norms) if w in root]:
            if i < free:
                continue
            node = root[norms[i]]
            j = i + 1
            found = node.get(None)
            last = j if found is not None else 0
            while j < n:
                nxt = node.get(norms[j])
                if nxt is None and norms[j] in self.inserts:
                    # «would "respond decisively"», «pay a very heavy price», «was
                    # "personally responsible" for» (two inserts in a row)
                    k = j + 1
                    while k < n and k - j < 3 and norms[k] in self.inserts and \
                            norms[k] not in node:
                        k += 1
                    if k < n and norms[k] in node:
                        j = k
                        nxt = node.get(norms[j])
                node = nxt
                if node is None:
                    break
                j += 1
                entries = node.get(None)
                if entries is not None:
                    found, last = entries, j
            if found is not None:
                out.append((Match(i, last, text[starts[i]:ends[last - 1]]), found))
                free = last
        return out


class MatchComponent:
    """Finds gazetteer actors, stance cues and appeal contents by their normalised readings."""

    def __init__(self, nlp: Language, lang: str) -> None:
        self.res = resources(lang)
        self.actors = PhraseTable(self.res.actors)
        inserts = self.res.lexicon.word("phrase_inserts")
        self.cues = PhraseTable(self.res.lexicon.match_cues(), inserts)
        self.content = PhraseTable(self.res.lexicon.content, inserts)
        # «press ahead with», «back down»: a verb and its particle, an idiom that is no
        # appeal content («urged them to press ahead with negotiations»)
        self.idioms = frozenset(p for p in self.res.lexicon.phrase_list("particle_readings")
                                if len(p) == 2)

    def __call__(self, doc: Doc) -> Doc:
        norms = doc.user_data["sg_norms"]
        starts = doc.user_data["sg_starts"]
        ends = doc.user_data["sg_ends"]
        text = doc.user_data["sg_text"]
        content = self.content.find(norms, text, starts, ends)
        if self.idioms:
            content = [(m, cc) for m, cc in content if not (
                m.end - m.start == 1 and m.end < len(norms) and
                (norms[m.start], norms[m.end]) in self.idioms)]
        doc._.sg = Matches(self.actors.find(norms, text, starts, ends),
                           self.cues.find(norms, text, starts, ends), content)
        # where each content match starts, for the rules' "is a content here?" tests
        doc.user_data["sg_content_starts"] = frozenset(m.start for m, _ in doc._.sg.content)
        return doc


@Language.factory("sg_match", default_config={"lang": "ar"})
def make_matcher(nlp: Language, name: str, lang: str) -> MatchComponent:
    return MatchComponent(nlp, lang)

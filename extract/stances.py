"""Stage 4 — attribution and stance rules: from matched tokens to Stance records.

For every stance cue in a sentence the rules decide
  * the holder: the cue's explicit subject (verb–subject order with gender agreement in
    Arabic, subject–verb order in both languages, a title phrase ending in a known official,
    a genitive after a noun such as استعداد دمشق), else the subject already named in the
    sentence, else the speaker carried over from earlier sentences (وأضاف، وتابع);
  * the target: the cue's argument (object, addressee, the parties after بين/between, the
    party after مع/with, the state whose forces must withdraw), lists expanded;
  * the type of an appeal (دعا/طالب/urged …) from what is asked for (annotation rule 10/20);
  * negation and hypotheticals (kept as records, not edges; uttered threats stay edges).
Officials are mapped to the actor they spoke for on the document date.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field
from typing import Any

from spacy.tokens import Doc

from extract.clean import article_blocks
from extract.lexicon import CueForm, Lexicon
from extract.nlp import ActorEntry, PhraseTable, Resources, pipeline, resources
from extract.normalize import PROCLITIC_CONJ, normalize
from extract.record import Document, Stance

FINITE = {"3m", "3f", "3p", "1"}
MUTUAL = {"holds_talks", "agrees_with", "expresses_intent_to_meet",
          "expresses_intent_to_cooperate"}
CONDITIONAL_OK = {"threatens", "warns"}
# A reading of one cue: (type, holders, targets) and the last token it used, if any.
Reading = tuple[tuple[str, tuple[str, ...], list[str]], int | None]
CONFLICT = {"threatens", "warns", "accuses", "condemns", "demands_withdrawal"}
SENT_END = {".", "!", "?", "؟", "؛", ";"}
QUOTES = {'"', "«", "»", "“", "”"}
TARGET_WINDOW = 14


@dataclass
class Mention:
    start: int
    end: int
    kind: str                  # name capital seat adj person self pair
    actors: tuple[str, ...]
    gender: str
    text: str
    person: str | None = None


@dataclass
class Holder:
    actors: tuple[str, ...]
    speaker: str | None = None
    person: str | None = None
    source: str = "context"    # how it was found: vso svo np genitive by sentence context
    np_end: int | None = None  # token after the subject phrase, when it follows the cue


@dataclass
class Context:
    """What the document has established so far: current speaker, the last pair of sides."""

    speaker: Holder | None = None
    pair: tuple[str, ...] | None = None
    acts: dict[str, tuple[str, ...]] = field(default_factory=dict)  # الضربات -> (USA, GBR)
    last_act: tuple[str, ...] | None = None
    stance_acts: dict[str, tuple[str, ...]] = field(default_factory=dict)  # دعوه -> (RUS,)
    conflict: dict[frozenset[str], int] = field(default_factory=dict)
    parties_allowed: bool = False   # set while reading a call or a concern

    def sides(self) -> tuple[str, ...]:
        """The sides of the conflict the article is about, for «all parties» (rule 12):
        actors linked by two or more conflictual stances, else the last named pair."""
        strong = [p for p, n in self.conflict.items() if n >= 2]
        if strong:
            return tuple(dict.fromkeys(a for p in strong for a in sorted(p)))
        return self.pair or ()


@dataclass
class Sentence:
    doc: Doc
    start: int
    end: int
    offset: int                # character offset of the block in the document
    mentions: dict[int, Mention] = field(default_factory=dict)
    norms: list[str] = field(default_factory=list)   # token readings (cached: Doc[i] is slow)
    texts: list[str] = field(default_factory=list)
    cues: list[Any] = field(default_factory=list)     # the cue matches within the sentence


class Extractor:
    def __init__(self, lang: str) -> None:
        self.lang = lang
        self.res: Resources = resources(lang)
        self.lex: Lexicon = self.res.lexicon
        self.nlp = pipeline(lang)
        w = self.lex.word
        self.negation = w("negation")
        self.neg_cancel = w("negation_cancel_after")
        self.neg_comp = w("negation_before_complementizer")  # «دون أن يطالب»
        self.hypo = w("hypothetical")
        self.heads = w("title_heads")
        self.fillers = w("title_fillers")
        self.non_actor = w("non_actor_heads")
        self.loc = w("location_preps")
        self.self_refs = w("self_refs")
        self.pair_refs = w("pair_refs")
        self.coord = w("coordinators")
        self.alternatives = w("alternatives")
        self.list_openers = w("list_openers")
        self.list_opener_links = w("list_opener_links")
        self.kana = w("kana")
        self.kana_particle = w("kana_particle")
        self.in_preps = w("in_preps")
        self.also = w("also")
        self.obligation_links = w("obligation_links")
        self.addressee_preps = w("addressee_preps")
        self.invite_preps = w("invite_preps")
        self.future = w("future")
        self.territory = w("territory_words")
        self.articles = w("articles")
        self.possessive = w("possessive")
        self.object_pronouns = w("object_pronouns")
        self.between = w("between")
        self.with_ = w("with")
        self.aux = w("aux")
        self.comp = w("complementizers")
        self.concern = w("concern_preps")
        self.passive_by = w("passive_by")
        self.prepositions = w("prepositions")
        self.relative = w("relative")
        self.counterparts = w("counterparts")
        self.circumstance = w("circumstance")
        self.openers = w("clause_openers")
        self.collective = w("collective_heads")
        self.events = w("event_nouns")
        self.with_pronoun = w("with_pronoun")
        self.clause_links = w("clause_links")
        self.demonstratives = w("demonstratives")
        # multi-word references to the sides («the two countries», «جميع الأطراف»)
        refs: dict[tuple[str, ...], str] = {k: "pair" for k in
                                            self.lex.phrases.get("pair_refs", ())}
        refs.update({k: "parties" for k in self.lex.phrases.get("all_parties", ())})
        refs.update({(w,): "parties" for w in self.lex.word("all_parties")})
        self.ref_table = PhraseTable(refs)

    # ----------------------------------------------------------------- mentions
    def _mentions(self, doc: Doc, date: str | None) -> dict[int, Mention]:
        gaz = self.res.gazetteer
        out: dict[int, Mention] = {}
        for span, entries in doc._.sg.actors:
            entry = self._choose(span.text, entries)
            if entry.kind == "person":
                person = gaz.people[entry.ref]
                actor = person.actor_on(date)
                if actor is None:
                    continue
                m = Mention(span.start, span.end, "person", (actor,), entry.gender, span.text,
                            person=entry.ref)
            else:
                m = Mention(span.start, span.end, entry.kind, (entry.ref,), entry.gender,
                            span.text)
                if entry.kind == "adj" and self._people_head(doc, span.start, span.end):
                    m.kind = "land"  # الشعب الفلسطيني، الأراضي السورية: not an actor
            out[span.start] = m
        covered = {i for m in out.values() for i in range(m.start, m.end)}
        norms = doc.user_data["sg_norms"]
        for i, n in enumerate(norms):
            if i in covered:
                continue
            if n in self.self_refs:
                out[i] = Mention(i, i + 1, "self", (), "f", doc[i].text)
            elif n in self.pair_refs:
                nxt = out.get(i + 1)
                if nxt is not None and nxt.kind == "adj":
                    continue  # الجانبين الإسرائيلي والفلسطيني: the adjectives name the sides
                out[i] = Mention(i, i + 1, "pair", (), "m", doc[i].text)
        text = doc.user_data["sg_text"]
        for match, kind in self.ref_table.find(norms, text, doc.user_data["sg_starts"],
                                               doc.user_data["sg_ends"]):
            if match.start not in out and match.start not in covered:
                out[match.start] = Mention(match.start, match.end, kind, (),
                                           "f" if kind == "parties" else "m", match.text)
        return out

    @staticmethod
    def _choose(text: str, entries: list[ActorEntry]) -> ActorEntry:
        if len(entries) > 1:
            for e in entries:
                if e.raw in text:
                    return e
        return entries[0]

    def _people_head(self, doc: Doc, start: int, end: int) -> bool:
        """An adjective that qualifies a people or a place (الشعب الفلسطيني) is no actor."""
        if self.lang == "ar":
            j = start - 1
            norms = doc.user_data["sg_norms"]
            while j >= 0 and norms[j] in self.coord:
                j -= 1
            return j >= 0 and norms[j] in self.non_actor
        norms = doc.user_data["sg_norms"]
        return end < len(norms) and norms[end] in self.non_actor

    # ----------------------------------------------------------------- helpers
    def _resolve(self, m: Mention, ctx: Context, speaker: Holder | None) -> tuple[str, ...]:
        if m.kind == "self":
            return speaker.actors if speaker else ()
        if m.kind == "pair":
            return ctx.pair or ()
        if m.kind == "parties":
            # rule 12: calls and concern addressed to «all parties» target each side
            return ctx.sides() if ctx.parties_allowed else ()
        return m.actors

    def _group(self, s: Sentence, first: Mention, limit: int) -> list[Mention]:
        """A mention and the ones coordinated with it (X و Y، Z / X, Y and Z).

        Mentions that merely stand side by side are one list only when they are adjectives
        (الأمريكية البريطانية) or a title adjective before a person (نظيره الروسي سيرغي
        لافروف); otherwise the second begins the next argument (اتهمت أنقرة واشنطن).
        """
        group = [first]
        i = first.end
        while i < limit:
            j = i
            while j < limit and (s.texts[j] in self.coord | self.alternatives or
                                 j > i and s.norms[j] in self.articles) and j - i < 3:
                j += 1
            m = s.mentions.get(j)
            if m is None or m.kind in ("self", "land", "parties"):
                break
            prev = group[-1]
            joined = j > i or self._conj_prefixed(s, m.start) or \
                (prev.kind == "adj" and m.kind in ("adj", "person")) or \
                (prev.kind == "person" and m.kind == "person" and False)
            if self.lang == "en" and j == i:
                joined = prev.kind == "adj" and m.kind == "person"
            if not joined:
                break
            group.append(m)
            i = m.end
        return group

    def _list_start(self, s: Sentence, last: Mention) -> Mention:
        """The first member of the coordinated list that ends with ``last``
        (روسيا وتركيا وإيران / Turkey, Finland and Sweden)."""
        first = last
        while True:
            gap_ok = self.coord
            prev = next((o for o in s.mentions.values()
                         if o.kind not in ("self", "pair", "land") and (
                             o.end == first.start and (self._conj_prefixed(s, first.start) or
                                                       o.kind == "adj" == first.kind) or
                             o.end == first.start - 1 and s.texts[o.end] in gap_ok or
                             o.end == first.start - 2 and s.texts[o.end] == "," and
                             s.texts[o.end + 1] == "and")), None)
            if prev is None or prev.start < s.start:
                return first
            first = prev

    def _object_pronoun(self, s: Sentence, i: int) -> bool:
        """Whether the verb at token i carries an object pronoun (اتهمها، واتهمهم)."""
        if self.lang != "ar":
            return False
        full, reading = normalize(s.texts[i]), s.norms[i]
        return full != reading and full.endswith(("ها", "هم", "هما", "ه")) and \
            not reading.endswith(("ها", "هم", "هما"))

    def _future(self, s: Sentence, i: int) -> bool:
        if self.lang == "en":
            return i > s.start and s.norms[i - 1] in self.future
        full, reading = normalize(s.texts[i]), s.norms[i]
        return i > s.start and s.norms[i - 1] in self.future or \
            full.endswith(reading) and full[: len(full) - len(reading)].endswith("س")

    def _conj_prefixed(self, s: Sentence, i: int) -> bool:
        """Whether token i carries the conjunction و as a clitic (وإسرائيل, not واشنطن)."""
        if self.lang != "ar":
            return False
        reading = s.norms[i]
        full = normalize(s.texts[i])
        if full == reading or not full.endswith(reading.removeprefix("ال")):
            return full != reading and full.startswith("و") and not reading.startswith("و")
        prefix = full[: len(full) - len(reading.removeprefix("ال"))]
        return prefix.startswith("و")

    def _next_mention(self, s: Sentence, i: int, limit: int) -> Mention | None:
        for k in range(i, limit):
            if k in s.mentions:
                return s.mentions[k]
        return None

    def _is_location(self, s: Sentence, m: Mention) -> bool:
        if m.kind not in ("name", "capital"):
            return False
        j = m.start - 1
        if j < s.start:
            return False
        return s.norms[j] in self.loc

    # ----------------------------------------------------------------- subjects
    def _agrees(self, tag: str, m: Mention) -> bool:
        if self.lang != "ar" or tag not in ("3m", "3f"):
            return True
        if m.kind in ("person",):
            return (tag == "3f") == (m.gender == "f")
        if m.kind == "adj":
            return (tag == "3f") == (m.gender == "f") or m.gender == "m" and tag == "3m"
        return (tag == "3f") == (m.gender == "f")

    def _title_np(self, s: Sentence, i: int, ctx: Context, tag: str = "") -> Holder | None:
        """A subject phrase that starts with a title (وزير الخارجية التركي هاكان فيدان).

        The phrase runs over titles, their fillers and adjectives up to a known official. A
        definite noun ends a genitive chain, so after المصدر a new definite noun or a name
        starts the object (وحمّل المصدر الحكومةَ التركية).
        """
        doc = s.doc
        if s.norms[i] not in self.heads or s.norms[i] in self.counterparts:
            return None  # نظيره البريطاني: the counterpart is the other party, never the subject
        limit = min(s.end, i + 13)
        first_actor: Mention | None = None
        k = i
        unknown = 0
        definite = False
        definite_unknown = False
        np_end = i
        closed = False  # the phrase can only be continued by a person name now
        while k < limit:
            tok_norm, tok_text = s.norms[k], s.texts[k]
            if tok_norm in SENT_END or tok_text in {"،", ",", ":"}:
                break
            m = s.mentions.get(k)
            if m is not None:
                if m.kind == "person":
                    if not self._agrees(tag, m):
                        return None
                    grp = [g for g in self._group(s, m, s.end) if g.kind == "person"]
                    actors = self._actors(grp)
                    return Holder(actors, doc[i:grp[-1].end].text, m.person, "np",
                                  grp[-1].end)
                if m.kind == "pair" and ctx.pair and first_actor is None and not closed:
                    # «ترسل السلطات في الدولتين إشارات …»
                    return Holder(tuple(ctx.pair), doc[i:m.end].text, None, "np", m.end)
                if m.kind in ("self", "pair", "land") or closed or (unknown and definite_unknown):
                    break
                if definite and m.kind != "adj":
                    break
                if first_actor is not None:
                    if k > 0 and s.norms[k - 1] in self.fillers and m.kind != "adj":
                        np_end = m.end  # البعثة الإيرانية لدى الأمم المتحدة
                        k = m.end
                        continue
                    break
                if first_actor is None:
                    if m.kind == "adj" and not self._agrees(tag, m) and k == i + 1:
                        return None
                    first_actor = m
                k = m.end
                definite = False
                continue
            if tok_text in QUOTES | {"(", ")"}:
                k += 1  # quotes keep the phrase as it was: «الوزير «قسد»» is title + object
                continue
            if tok_norm in self.fillers:
                definite = False
                k += 1
                continue
            if tok_norm in self.heads:
                if definite or first_actor is not None:
                    closed = True
                definite = tok_norm.startswith("ال")
                k += 1
                continue
            unknown += 1
            definite_unknown = definite_unknown or tok_norm.startswith("ال")
            if unknown > 3:
                break
            k += 1
        if first_actor is not None:
            grp = self._group(s, first_actor, s.end)
            actors = self._actors(grp)
            end = max(grp[-1].end, np_end)
            return Holder(actors, doc[i:end].text, None, "np", end)
        # A bare title (الوزير، المتحدث) refers back to the current speaker.
        end = i + 1
        while end < s.end and s.norms[end] in self.fillers:
            end += 1
        if ctx.speaker is not None:
            return Holder(ctx.speaker.actors, doc[i:end].text, ctx.speaker.person, "title",
                          end)
        return None

    def _vso(self, s: Sentence, span_end: int, tag: str, ctx: Context) -> Holder | None:
        doc = s.doc
        j = span_end
        if j < s.end and s.norms[j] in self.list_openers:
            j += 1
            if j < s.end and s.norms[j] in self.list_opener_links:
                j += 1
        if j >= s.end:
            return None
        m = s.mentions.get(j)
        if m is not None and m.kind not in ("self", "pair"):
            if not self._agrees(tag, m):
                return None
            if m.kind == "adj":
                return None  # an adjective right after a verb qualifies its object
            grp = self._group(s, m, s.end)
            if m.kind == "person" or len(grp) > 1 or tag in ("3m", "3f", "3p"):
                actors = self._actors(grp)
                return Holder(actors, doc[j:grp[-1].end].text, m.person, "vso", grp[-1].end)
        if m is not None and m.kind == "pair" and tag == "3p":
            return None
        return self._title_np(s, j, ctx, tag)

    def _kana(self, s: Sentence, start: int, tag: str, ctx: Context) -> Holder | None:
        """«وكان X قد التقى Y»: the subject stands between كان and قد; Y is the object."""
        if start - 1 < s.start or s.norms[start - 1] not in self.kana_particle:
            return None
        for k in range(start - 2, max(s.start, start - 18) - 1, -1):
            if s.norms[k] in self.kana:
                h = self._vso(s, k + 1, "3f" if s.norms[k].endswith("ت") else "3m", ctx)
                if h is not None and h.np_end is not None and h.np_end < start:
                    h.np_end = None
                    h.source = "vso"
                    return h
                return None
        return None

    def _svo(self, s: Sentence, start: int, tag: str,
             ctx_pair: tuple[str, ...] | None = None) -> Holder | None:
        doc = s.doc
        j = start - 1
        skipped = 0
        while j >= s.start and (s.norms[j] in self.aux or s.texts[j] in QUOTES) and \
                skipped < 3:
            j -= 1
            skipped += 1
        if j < s.start:
            return None
        for m in s.mentions.values():
            if m.end == j + 1 and m.kind == "pair" and ctx_pair:
                return Holder(tuple(ctx_pair), m.text, None, "svo")  # «الوفدين سيلتقيان»
            if m.end == j + 1 and m.kind not in ("pair", "land", "parties"):
                if m.kind == "self":
                    return Holder((), m.text, None, "self")
                if m.kind == "adj" and self.lang == "ar" and not (
                        m.start > s.start and (s.norms[m.start - 1] in self.heads or
                                               (m.start - 1) in s.mentions)) and \
                        not s.norms[m.start].endswith(("ون", "ين")):
                    return None  # «تدعم الوساطةَ الكويتية وتبدي»: the adjective is no subject
                if not self._agrees(tag, m) and m.kind != "person":
                    return None
                # walk back over a coordinated list: روسيا وتركيا وإيران تؤكد
                first = self._list_start(s, m)
                before = s.norms[first.start - 1] if first.start > s.start else ""
                titled = any(o.end == first.start for o in s.mentions.values())
                if first.start > s.start and not titled and not (
                        before in self.comp or before in self.heads or before in self.aux or
                        before in self.fillers or
                        s.texts[first.start - 1] in QUOTES | {"،", ",", ":", "("} or
                        s.texts[first.start - 1] in PROCLITIC_CONJ or
                        before in self.clause_links or before in self.in_preps):
                    return None  # «تشيد بخطوةِ دمشقَ وتطالب»: a genitive, not a subject
                authorities = before in self.in_preps and first.start - 1 > s.start and \
                    s.norms[first.start - 2] in self.heads  # «السلطات في تركيا وسوريا تبديان»
                if not authorities and (self._is_location(s, first) or
                                        before in self.prepositions | self.between):
                    return None
                grp = self._group(s, first, m.end)
                actors = self._actors(grp)
                return Holder(actors, doc[first.start:m.end].text, m.person, "svo")
        return None

    def _clause_subject_en(self, s: Sentence, start: int, ctx: Context | None = None
                           ) -> Holder | None:
        """English: the first actor of the clause that contains the verb.

        «X, which has positioned itself as a mediator, hosted …»: a relative clause is
        skipped; a verb inside it («which … mediated») takes the antecedent X as subject, and
        «… in which Turkey and the UN mediated» starts its clause after «which».
        """
        doc = s.doc
        c = s.start
        k = start - 1
        while k >= s.start:
            if s.texts[k] == ",":
                # «…, which has positioned itself as a mediator …, hosted»: jump over the
                # relative clause that ends at this comma
                j, opened = k - 1, None
                while j > s.start:
                    if s.norms[j] in self.relative and s.texts[j - 1] == ",":
                        opened = j - 1
                        break
                    if s.texts[j] == ",":
                        break
                    j -= 1
                if opened is not None:
                    k = opened - 1
                    continue
            n = s.norms[k]
            if n in self.comp or s.texts[k] in {";", ":"} or n in self.openers:
                if n in self.openers and all(s.norms[x] in self.articles
                                             for x in range(k + 1, start)):
                    k -= 1  # «as (a) mediator»: a preposition, not a clause opener
                    continue
                c = k + 1
                if n in self.relative and k - 1 >= s.start and s.texts[k - 1] == ",":
                    ante = [m for m in s.mentions.values() if m.end == k - 1 and
                            m.kind not in ("self", "land")]
                    inner = [x for x in range(k + 1, start)
                             if s.norms[x] in self.relative | self.openers and
                             not all(s.norms[y] in self.articles
                                     for y in range(x + 1, start))]
                    if ante and not inner:
                        first = self._list_start(s, ante[0])
                        grp = self._group(s, first, k)
                        actors = self._actors(grp)
                        return Holder(actors, doc[first.start:grp[-1].end].text, first.person,
                                      "svo")
                break
            k -= 1
        k = c
        while k < start:
            if s.texts[k] == "," and k + 1 < start and s.norms[k + 1] in self.relative:
                # skip a relative clause up to the next comma
                k += 2
                while k < start and s.texts[k] != ",":
                    k += 1
                k += 1
                continue
            m = s.mentions.get(k)
            if m is not None and not self._is_location(s, m) and m.kind != "land" and \
                    not (k > s.start and s.norms[k - 1] in self.loc):
                if m.kind == "self":
                    return Holder((), m.text, None, "self")
                if m.kind == "pair":
                    actors = ctx.pair if ctx is not None and ctx.pair else ()
                    if actors:
                        return Holder(tuple(actors), m.text, None, "svo")
                    k = m.end
                    continue
                grp = self._group(s, m, start)
                actors = self._actors(grp)
                return Holder(actors, doc[m.start:grp[-1].end].text, m.person, "svo")
            k += 1
        return None

    def _in_relative(self, s: Sentence, start: int) -> bool:
        """Whether token ``start`` sits in a «, which …» clause (English)."""
        for k in range(start - 1, s.start, -1):
            if s.texts[k] == ",":
                return False
            if s.norms[k] in self.relative and s.texts[k - 1] == ",":
                return True
        return False

    # ----------------------------------------------------------------- negation etc.
    def _negated(self, s: Sentence, start: int, cue_form: CueForm) -> bool:
        if cue_form.cue.self_negating:
            return False
        doc = s.doc
        for k in range(start - 1, max(s.start, start - 4) - 1, -1):
            n = s.norms[k]
            if n in self.comp or s.texts[k] in {"،", ","}:
                return n in self.comp and k > s.start and s.norms[k - 1] in self.neg_comp
            if n in self.negation:
                if k + 1 < len(doc) and s.norms[k + 1] in self.neg_cancel:
                    continue
                return True
        return False

    def _hypothetical(self, s: Sentence, start: int, end: int) -> bool:
        for k in range(max(s.start, start - 10), min(s.end, end + 10)):
            if s.norms[k] in self.hypo and k not in {i for m in s.mentions.values()
                                                      for i in range(m.start, m.end)}:
                return True
        return False

    # ----------------------------------------------------------------- targets
    def _targets(self, s: Sentence, begin: int, holder: tuple[str, ...], ctx: Context,
                 speaker: Holder | None, frame: str, stop: int) -> tuple[list[str], int | None]:
        limit = min(stop, begin + TARGET_WINDOW)
        if frame == "between":
            for k in range(begin, limit):
                if s.norms[k] in self.between:
                    if s.norms[k] in self.pair_refs and ctx.pair:
                        return list(ctx.pair), k  # «بينهما»
                    m = self._next_mention(s, k + 1, min(s.end, k + 3))
                    if m is not None:
                        if m.kind == "pair":
                            return list(ctx.pair or ()), k
                        grp = self._group(s, m, s.end)
                        return self._flatten(grp, ctx, speaker), k
            m = s.mentions.get(begin)
            if m is not None and m.kind not in ("self", "land"):
                grp = self._group(s, m, s.end)
                actors = self._flatten(grp, ctx, speaker)
                if len(actors) >= 2:  # «جمع بوتين وزيلينسكي حول طاولة واحدة»
                    return actors, grp[-1].end
            return [], None
        # «وأدان عبد اللهيان، في تصريحات أدلى بها في نيويورك …، هذه الضربات»
        after = self._after_circumstance(s, begin, 25)
        k = begin if after is None else after  # an unclosed clause: read on from the cue
        if k != begin:
            limit = min(stop, k + TARGET_WINDOW)
        while k < limit:
            m = s.mentions.get(k)
            if m is None:
                k += 1
                continue
            if m.kind in ("self", "land") or self._is_location(s, m):
                k = m.end
                continue
            resolved = self._resolve(m, ctx, speaker)
            if not resolved or set(resolved) <= set(holder):
                k = m.end
                continue
            grp = self._group(s, m, s.end)
            return self._flatten(grp, ctx, speaker), m.start
        return [], None

    def _after_circumstance(self, s: Sentence, j: int, reach: int) -> int | None:
        """Where the argument starts when token ``j`` opens a circumstance set off by commas
        («، في تصريحات أدلى بها …،»): the token after the closing comma, or None when no comma
        closes it within ``reach`` tokens. ``j`` itself when it opens no such clause."""
        if not (j + 1 < s.end and s.texts[j] in {"،", ","} and
                s.norms[j + 1] in self.circumstance):
            return j
        close = next((k for k in range(j + 2, min(s.end, j + reach))
                      if s.texts[k] in {"،", ","}), None)
        return None if close is None else close + 1

    @staticmethod
    def _actors(grp: list[Mention]) -> tuple[str, ...]:
        """The actors a list of mentions names, in order, each once."""
        return tuple(dict.fromkeys(a for g in grp for a in g.actors))

    def _previous_actor(self, s: Sentence, before: int, holder: tuple[str, ...],
                        start: int | None = None) -> list[str]:
        """The actors of the last mention before token ``before`` (from ``start``, default
        the sentence start) that is not the holder: what a pronoun or «معه» points back to."""
        first = s.start if start is None else start
        prev = [m for m in s.mentions.values() if first <= m.start < before and
                m.kind not in ("self", "pair", "land", "parties") and
                not set(m.actors) & set(holder) and not self._is_location(s, m)]
        return list(prev[-1].actors) if prev else []

    @staticmethod
    def _mutual(label: str, actors: tuple[str, ...]) -> list[Reading]:
        """A stance the holders take toward each other (rule 26)."""
        return [((label, (h,), [t for t in actors if t != h]), None) for h in actors]

    def _flatten(self, grp: list[Mention], ctx: Context, speaker: Holder | None) -> list[str]:
        out: list[str] = []
        for g in grp:
            for a in self._resolve(g, ctx, speaker):
                if a not in out:
                    out.append(a)
        return out

    def _addressee(self, s: Sentence, j: int) -> Mention | None:
        """The actor an appeal is addressed to: right after the cue, or an adjective after
        its head noun (الشركاء الأتراك، the Turkish side)."""
        # «ودعا الوزير، في مقابلة مع وكالة بلومبيرغ، دول مجلس التعاون …»
        after = self._after_circumstance(s, j, 20)
        if after is None:
            return None
        j = after
        while j < s.end and s.texts[j] in QUOTES:
            j += 1  # «وتطالب «قسد» بتسليم …»
        m = s.mentions.get(j)
        if m is not None:
            return m
        if j + 1 < s.end and s.norms[j] in self.collective:
            m = s.mentions.get(j + 1)
            if m is not None and m.kind == "name":
                return m  # «دول مجلس التعاون الخليجي»: the members' organisation
        if j < s.end and s.norms[j] in self.in_preps:
            # «دعا في بيان يوم الأحد السلطات السورية إلى …»: skip a short circumstance
            for k in range(j + 1, min(s.end, j + 6)):
                if s.norms[k] in self.prepositions or s.texts[k] in {"،", ","}:
                    break
                if s.norms[k] in self.heads and k + 1 < s.end:
                    m = s.mentions.get(k + 1)
                    if m is not None and m.kind == "adj":
                        return m
            return None
        contents = {sp.start for sp, _ in s.doc._.sg.content}
        for k in range(j, min(s.end, j + 3)):
            if k in contents or s.norms[k] in self.prepositions or \
                    s.texts[k] in {"،", ",", ":"}:
                return None
            m = s.mentions.get(k + 1)
            if m is not None:
                return m if m.kind in ("adj", "pair") or s.norms[k] in self.heads else None
        return None

    def _contents(self, s: Sentence, begin: int, stop: int, want: str) -> list[tuple[str, int]]:
        """Every distinct appeal content in the window: «تجنب التصعيد ومواصلة الحوار»."""
        found: list[tuple[str, int]] = []
        first_end: int | None = None
        for span, classes in s.doc._.sg.content:
            if span.start < begin or span.start >= stop:
                continue
            if first_end is not None and span.start > first_end + 6:
                break
            for c in classes:
                if want in c.classes and all(c.label != f for f, _ in found):
                    found.append((c.label, span.end))
                    first_end = span.end if first_end is None else first_end
                    break
        return found

    def _content(self, s: Sentence, begin: int, stop: int, want: str) -> tuple[str | None, int]:
        for span, classes in s.doc._.sg.content:
            if span.start < begin or span.start >= stop:
                continue
            for c in classes:
                if want in c.classes:
                    return c.label, span.end
        return None, begin

    # ----------------------------------------------------------------- main loop
    def extract(self, document: Document) -> list[Stance]:
        text = document.text
        blocks = article_blocks(text)
        if not blocks:
            return []
        ctx = Context()
        out: list[Stance] = []
        # One Doc for the whole article span (one pass of each component); sentences are then
        # taken only from the article's blocks, so captions between them stay out.
        base = blocks[0].start
        doc = self.nlp(text[base:blocks[-1].end])
        mentions = self._mentions(doc, document.date)
        norms = doc.user_data["sg_norms"]
        texts = doc.user_data["sg_texts"]
        starts = doc.user_data["sg_starts"]
        keys = sorted(mentions)
        cues = doc._.sg.cues
        cue_starts = [sp.start for sp, _ in cues]
        for block in blocks:
            t0 = bisect_left(starts, block.start - base)
            t1 = bisect_left(starts, block.end - base)
            for s0, s1 in self._sentences(texts, t0, t1):
                # the rules read one sentence: give it its own mentions and cues
                local = {k: mentions[k] for k in
                         keys[bisect_left(keys, s0):bisect_left(keys, s1)]}
                here = cues[bisect_left(cue_starts, s0):bisect_left(cue_starts, s1)]
                s = Sentence(doc, s0, s1, base, local, norms, texts, here)
                out.extend(self._sentence(s, document, ctx))
        return out

    def _sentences(self, texts: list[str], first: int, stop: int) -> list[tuple[int, int]]:
        out = []
        start = first
        for i in range(first, stop):
            t = texts[i]
            if t in SENT_END or (t in QUOTES and i > start and texts[i - 1] in SENT_END):
                if i + 1 < stop and texts[i + 1] in QUOTES | {")"}:
                    continue
                out.append((start, i + 1))
                start = i + 1
        if start < stop:
            out.append((start, stop))
        return [(self._after_dateline(texts, a, b), b) for a, b in out]

    @staticmethod
    def _after_dateline(texts: list[str], a: int, b: int) -> int:
        """Skip a dateline: «MADRID, June 28 (Reuters) -», «دمشق (أ ف ب) -»."""
        for k in range(a, min(b, a + 12)):
            if texts[k] in {"-", "—", "--", "–"} and k > a and texts[k - 1] == ")":
                return k + 1
        return a

    def _sentence(self, s: Sentence, document: Document, ctx: Context) -> list[Stance]:
        self._remember_acts(s, ctx)
        self._anaphora(s, ctx)
        cues = list(s.cues)
        cues = [(sp, [f for f in forms if self._cue_ok(s, sp.start, sp.end, f)])
                for sp, forms in cues]
        cues = [(sp, forms) for sp, forms in cues if forms]
        subject: Holder | None = None
        # A headline or lead of the form «X: …» speaks for X.
        m0 = s.mentions.get(s.start)
        if m0 is not None and m0.end < s.end and s.texts[m0.end] == ":":
            subject = Holder(m0.actors, m0.text, m0.person, "headline")
        if subject is None and self.lang == "ar":
            subject = self._opening_verb_subject(s, cues, ctx)
        out: list[Stance] = []
        finite_starts = [sp.start for sp, forms in cues if any(
            f.tag in FINITE and f.cue.label != "_speech" or
            f.cue.label == "_speech" and f.tag in ("p", "3m", "3f") and
            sp.start > s.start and s.texts[sp.start - 1] in {"،", ","} for f in forms)]
        consumed: set[int] = set()
        sentence_targets: list[str] = []
        last_subject: Holder | None = subject
        for sp, forms in cues:
            after_prep = sp.start > s.start and s.norms[sp.start - 1] in self.prepositions
            nxt_m = s.mentions.get(sp.end)
            genitive = nxt_m is not None and nxt_m.kind in ("name", "capital", "seat", "person")
            form = self._pick(forms, after_prep, genitive)
            cue = form.cue
            holder = self._holder(s, sp.start, sp.end, form, ctx, subject, last_subject)
            if holder is None:
                continue
            if holder.source in ("vso", "svo", "np", "by", "headline") and holder.actors:
                last_subject = holder
                if len(holder.actors) == 2:
                    ctx.pair = holder.actors
            if subject is None and holder.actors and \
                    holder.source in ("vso", "svo", "np", "headline", "by"):
                subject = holder  # the first explicit subject speaks for the sentence
            if cue.label in ("_speech", "_aux"):
                continue
            if not holder.actors:
                continue
            if sp.start in consumed and cue.label != "mediates":
                continue
            nxt = min([f for f in finite_starts if f > sp.start] + [s.end])
            begin = holder.np_end if holder.np_end is not None else sp.end
            recs = self._stance(s, sp, form, holder, ctx, subject, begin, nxt)
            recs = [((lab, hs, ts or ([sentence_targets[-1]] if lab == "demands_withdrawal" and
                                       sentence_targets else ts)), lst)
                    for (lab, hs, ts), lst in recs]
            if recs and form.tag == "n" and sp.end - sp.start == 1 and holder.actors:
                act = self._bare(s.norms[sp.start])
                ctx.acts.setdefault(act, holder.actors)
                ctx.stance_acts.setdefault(act, holder.actors)
            for r, last in recs:
                new = self._records(r, s, sp, form, holder, subject, ctx, document)
                out.extend(new)
                for rec in new:
                    if rec.target and rec.is_edge and rec.stance_type in CONFLICT:
                        pair = frozenset((rec.holder, rec.target))
                        ctx.conflict[pair] = ctx.conflict.get(pair, 0) + 1
                    if rec.target and rec.stance_type in MUTUAL and rec.is_edge:
                        ctx.pair = (rec.holder, rec.target)  # «… between the two countries»
                    if rec.target and rec.is_edge:
                        sentence_targets.append(rec.target)
                if last is not None:
                    for sp2, forms2 in cues:
                        if sp.end <= sp2.start < last and not any(f.tag in FINITE
                                                                   for f in forms2):
                            consumed.add(sp2.start)
        if subject is not None and subject.actors:
            ctx.speaker = subject
        self._remember_pair(s, ctx)
        return out

    @staticmethod
    def _bare(norm: str) -> str:
        return norm[2:] if norm.startswith("ال") and len(norm) > 4 else norm

    def _remember_acts(self, s: Sentence, ctx: Context) -> None:
        """Remember whose act a noun names, so later «هذه الضربات» or «رفض الدعوة» can
        point at that actor (rule 11: a stance toward an act targets the actor)."""
        for m in list(s.mentions.values()):
            if not (s.start < m.start < s.end) or m.kind != "adj":
                continue
            head = s.norms[m.start - 1]
            if head in self.heads or head in self.non_actor or head in self.fillers or \
                    (m.start - 1) in s.mentions or not s.texts[m.start - 1].isalpha():
                continue
            grp = self._group(s, m, s.end)
            actors = self._actors(grp)
            ctx.acts[self._bare(head)] = actors
            if head in self.events:
                ctx.last_act = actors

    def _anaphora(self, s: Sentence, ctx: Context) -> None:
        """Mentions for «هذه الضربات» / «الدعوة» that name an act remembered earlier."""
        if not ctx.acts:
            return
        doc = s.doc
        # «رفض الدعوة»: a definite noun right after a cue, naming an earlier stance's act
        cue_ends = {sp.end for sp, _ in s.cues}
        for k in cue_ends:
            if k < s.end and k not in s.mentions and s.norms[k].startswith("ال"):
                actors = ctx.stance_acts.get(self._bare(s.norms[k]))
                if actors:
                    s.mentions[k] = Mention(k, k + 1, "name", actors, "f", s.texts[k])
        for k in range(s.start, s.end - 1):
            if k in s.mentions or (k + 1) in s.mentions:
                continue
            n0, n1 = s.norms[k], s.norms[k + 1]
            if n0 in self.demonstratives and self._bare(n1) in ctx.acts:
                s.mentions[k] = Mention(k, k + 2, "name", ctx.acts[self._bare(n1)], "f",
                                        doc[k:k + 2].text)

    def _opening_verb_subject(self, s: Sentence, cues: list, ctx: Context) -> Holder | None:
        """«قطعت الجزائر علاقاتها مع المغرب واتهمته …»: a news sentence opens with its verb;
        when that verb is none of our cues, the actor right after it is still the subject."""
        j = s.start
        if j + 1 >= s.end or any(sp.start == j for sp, _ in cues) or j in s.mentions:
            return None
        first = s.norms[j]
        closed = (self.prepositions | self.comp | self.negation | self.clause_links |
                  self.circumstance | self.heads | self.fillers | self.aux | self.demonstratives)
        if not s.texts[j].isalpha() or first in closed or len(first) < 3:
            return None
        tag = "3f" if first.endswith("ت") else "3m"
        return self._vso(s, j + 1, tag, ctx)

    def _remember_pair(self, s: Sentence, ctx: Context) -> None:
        for k in range(s.start, s.end):
            if s.norms[k] in self.between:
                m = self._next_mention(s, k + 1, min(s.end, k + 3))
                if m is not None and m.kind not in ("pair", "self"):
                    grp = self._group(s, m, s.end)
                    actors = self._actors(grp)
                    if len(actors) >= 2:
                        ctx.pair = actors

    @staticmethod
    def _pick(forms: list[CueForm], after_preposition: bool = False,
              genitive: bool = False) -> CueForm:
        """The reading of an ambiguous cue: a stance before attribution, a finite verb before a
        noun — except after a preposition, where only a masdar can stand (يعمل على جمعِ …); and
        a form followed by a name is a masdar rather than a participle, which cannot take a
        genitive (مطالبةَ دمشقَ بانسحاب …)."""
        order = {"3f": 0, "3m": 0, "3p": 0, "1": 1, "p": 2, "x": 3, "n": 4}
        if after_preposition:
            order = {"n": 0, "x": 1, "p": 2, "3f": 3, "3m": 3, "3p": 3, "1": 4}
        elif genitive:
            order = {"3f": 0, "3m": 0, "3p": 0, "1": 1, "n": 2, "x": 3, "p": 4}
        labels = [f for f in forms if not f.cue.label.startswith("_")]
        return min(labels or forms, key=lambda f: order.get(f.tag, 5))

    def _cue_ok(self, s: Sentence, start: int, end: int, form: CueForm) -> bool:
        cue = form.cue
        if form.tag in FINITE and self.lang == "ar":
            raw = normalize(s.texts[start])
            if "ال" + s.norms[start] in raw or "لل" + s.norms[start] in raw:
                return False  # «التوصل» is the masdar, not the verb توصل
        if form.tag in FINITE and self.lang == "en" and start > s.start and \
                s.norms[start - 1] == "to":
            return False  # «ready to meet», «agreed to meet»: an intent, typed by its cue
        if form.tag == "n" and self.lang == "en" and end < s.end and \
                s.norms[end] in self.possessive:
            return False  # «the mediators' efforts»: the noun names someone, states nothing
        after = [s.norms[k] for k in range(end, min(s.end, end + cue.window))]
        if cue.requires_after and not (set(after) & cue.requires_after):
            return False
        if cue.requires_not_after and set(after[:max(1, cue.window)]) & cue.requires_not_after:
            return False
        if cue.requires_before:
            before = {s.norms[k] for k in range(max(s.start, start - cue.window_before), start)}
            if not before & cue.requires_before:
                return False
        return True

    def _holder(self, s: Sentence, start: int, end: int, form: CueForm, ctx: Context,
                subject: Holder | None, last: Holder | None = None) -> Holder | None:
        tag = form.tag
        cue = form.cue
        h: Holder | None = None
        if cue.frame == "attributed":
            base = subject or ctx.speaker
            if base is None or not base.actors:
                return None
            return Holder(base.actors, base.speaker, base.person, "sentence")
        if self.lang == "en":
            if end < s.end and s.norms[end] in self.passive_by:
                m = self._next_mention(s, end + 1, min(s.end, end + 10))
                if m is not None and m.kind not in ("self", "land"):
                    grp = self._group(s, m, s.end)
                    actors = self._actors(grp)
                    h = Holder(actors, m.text, m.person, "by", grp[-1].end)
            if h is None and start >= 2 and s.texts[start - 1] in {"-", "–"}:
                m = next((x for x in s.mentions.values() if x.end == start - 1), None)
                if m is not None:  # «Oman-hosted meeting»
                    h = Holder(m.actors, m.text, m.person, "by", start)
            if h is None and tag == "p" and start > s.start and s.norms[start - 1] == "for":
                m = next((x for x in s.mentions.values() if x.end == start - 1), None)
                if m is not None:  # «thanked Turkey for hosting the talks»
                    h = Holder(m.actors, m.text, m.person, "by", start)
            if h is None and (tag in FINITE - {"1"} or tag in ("n", "p") and (
                    self._in_relative(s, start) or cue.genitive == "holder")):
                h = self._clause_subject_en(s, start, ctx)
        else:
            if tag in FINITE - {"1"}:
                h = self._kana(s, start, tag, ctx)
                if h is None:
                    h = self._svo(s, start, tag, ctx.pair)
                also = last is not None and start > s.start and (
                    s.norms[start - 1] in self.also or
                    start > s.start + 1 and self._conj_prefixed(s, start))
                if h is None and not also:
                    h = self._vso(s, end, tag, ctx)
            elif tag == "p":
                h = self._svo(s, start, "")
        if h is None and tag in ("n", "p") and cue.genitive == "holder":
            m = s.mentions.get(end)
            if m is not None and (m.kind in ("name", "capital", "seat", "person") or
                                  m.kind == "adj" and cue.label == "mediates"):
                h = Holder(m.actors, m.text, m.person, "genitive", m.end)
            elif end + 2 < s.end and s.norms[end] in self.relative:
                k = end + 2
                while k < min(s.end, end + 6) and k not in s.mentions and \
                        (s.norms[k] in self.heads or s.norms[k] in self.fillers):
                    k += 1
                m = s.mentions.get(k)
                if m is not None and m.kind in ("name", "capital", "seat", "person", "adj"):
                    grp = self._group(s, m, s.end)
                    actors = self._actors(grp)
                    h = Holder(actors, m.text, m.person, "genitive", grp[-1].end)
        if h is not None and h.source == "self":
            base = subject or ctx.speaker
            h = Holder(base.actors if base else (), base.speaker if base else None,
                       base.person if base else None, "self")
        if h is None:
            base = last or subject or ctx.speaker
            if base is None:
                return None
            h = Holder(base.actors, base.speaker, base.person,
                       "sentence" if (last or subject) is not None else "context")
        return h

    def _stance(self, s: Sentence, sp, form: CueForm, holder: Holder, ctx: Context,
                subject: Holder | None, begin: int, nxt: int
                ) -> list[Reading]:
        """(type, holders, targets) readings of one cue, with the last token they used."""
        cue = form.cue
        frame = cue.frame
        label = cue.label
        speaker = subject or ctx.speaker
        ctx.parties_allowed = frame in ("appeal", "concern")
        if label == "holds_talks" and self._future(s, sp.start):
            label = "expresses_intent_to_meet"  # «سيلتقيان مجددا», «will meet»
        targets: list[str] = []
        last: int | None = None
        if frame == "appeal" or frame == "obligation":
            window_end = min(s.end, nxt)  # a following verb starts another clause
            kinds = self._contents(s, sp.end, window_end, "appeal")
            inv, iend = self._content(s, sp.end, window_end, "invite")
            kind, cend = kinds[0] if kinds else (None, sp.end)
            if inv is not None and (kind is None or iend <= cend):
                kinds = [(inv, iend)]
                kind, cend = inv, iend
            default = cue.default or ("demands" if form.tag != "n" else None)
            if frame == "obligation":
                j = sp.end
                while j < s.end and s.texts[j] in QUOTES:
                    j += 1
                m = s.mentions.get(j)
                if m is None or m.kind in ("self",):
                    return []
                grp = self._group(s, m, s.end)
                if grp[-1].end >= s.end or s.norms[grp[-1].end] not in self.obligation_links:
                    return []  # «على X أن …»: the obligation clause follows X at once
                targets = self._flatten(grp, ctx, speaker)
                last = grp[-1].end
            else:
                j = begin
                if j < s.end and s.norms[j] in self.addressee_preps:
                    j += 1
                if j < s.end and s.norms[j] in self.list_openers:
                    j += 1 + (j + 1 < s.end and s.norms[j + 1] in self.list_opener_links)
                m = self._addressee(s, j)
                if m is not None and m.kind != "self" and not self._is_location(s, m):
                    grp = self._group(s, m, s.end)
                    targets = self._flatten(grp, ctx, speaker)
                    last = grp[-1].end
                    # «دعا زيلينسكي إلى موسكو»: an invitation to a capital is an offer to meet
                    k = last
                    if k + 1 < s.end and s.norms[k] in self.invite_preps:
                        place = s.mentions.get(k + 1)
                        if place is not None and place.kind in ("capital", "seat") and \
                                set(place.actors) <= set(holder.actors):
                            kinds = [("expresses_intent_to_meet", k + 2)]
                elif kind is not None:
                    targets, last = self._targets(s, cend if kind != "urges_restraint"
                                                  else sp.end, holder.actors, ctx, speaker,
                                                  "between" if kind == "urges_restraint"
                                                  else "object", min(s.end, cend + 8))
            labels = [k for k, _ in kinds] or ([default] if default else [])
            if not labels:
                return []
            if not targets and kind == "demands_withdrawal":
                # «must begin with Turkish troop withdrawal»: the forces named before the word
                targets = self._previous_actor(s, cend, holder.actors, start=sp.end)
            # what is asked for is no stance of the holder's own («to end its support for …»)
            last = max(last or 0, window_end)
            return [((lab, holder.actors, targets), last) for lab in labels]
        elif frame == "ready":
            kind, cend = self._content(s, sp.end, min(s.end, sp.end + 6), "ready")
            if kind is None and cue.default:
                kind, cend = cue.default, sp.end
            if kind is None:
                return []
            ready_label = {"calls_for_dialogue": "expresses_intent_to_meet",
                           "urges_restraint": None, "demands_withdrawal": None}.get(kind, kind)
            if ready_label is None:
                return []
            label = ready_label
            comma = next((k for k in range(cend, min(s.end, cend + 10))
                          if s.texts[k] in {",", "،"}), min(s.end, cend + 10))
            targets, last = self._targets(s, cend, holder.actors, ctx, speaker, "object",
                                          comma)
            if not targets and cend > sp.end and self._object_pronoun(s, cend - 1):
                # «مبديا استعداده للقائه»: the one just named
                targets = self._previous_actor(s, sp.start, holder.actors)
            if not targets and len(holder.actors) >= 2:
                # «Russia and Ukraine agreed to exchange prisoners»: mutual (rule 26)
                return self._mutual(label, holder.actors)
        elif frame == "genitive" and self.lang == "en":
            pos = sp.start - 1
            if pos > s.start and s.norms[pos] == "'s":
                m = next((x for x in s.mentions.values() if x.end == pos), None)
            elif sp.end + 1 < s.end and s.norms[sp.end] == "of":
                m = s.mentions.get(sp.end + 1)
            else:
                m = None
            if m is not None and m.kind not in ("self", "land"):
                targets = list(self._resolve(m, ctx, speaker))
        elif frame == "genitive":
            j = sp.end
            while j < s.end and s.norms[j] in self.territory:
                j += 1
            m = s.mentions.get(j)
            if m is not None and m.kind not in ("self",):
                targets = list(self._resolve(m, ctx, speaker))
                last = m.end
        elif frame == "concern":
            for k in range(sp.end, min(s.end, sp.end + 5)):
                if s.norms[k] in self.concern:
                    targets, last = self._targets(s, k + 1, holder.actors, ctx, speaker,
                                                  "object", min(s.end, k + 10))
                    break
        elif frame == "with":
            stop = min(s.end, max(nxt, sp.end + 2))
            pronoun = False
            for k in range(begin, min(stop, begin + 8)):
                if s.norms[k] in self.with_pronoun:
                    pronoun = True  # «اتصال هاتفي أجراه معه»: the partner was named before
                    break
                if s.norms[k] in self.with_:
                    targets, last = self._targets(s, k, holder.actors, ctx, speaker, "object",
                                                  stop)
                    break
            if not targets and not pronoun:
                targets, last = self._targets(s, begin, holder.actors, ctx, speaker, "object",
                                              stop)
                if targets and label in MUTUAL and begin < s.end and \
                        s.norms[begin] in self.counterparts and self._conj_prefixed(s, begin):
                    # «بحث وزير الخارجية التركي ونظيره المصري …»: the two ministers
                    # discussed, so the talks go both ways (rule 15)
                    return self._mutual(label, (*holder.actors, *targets))
            if not targets and label in MUTUAL:
                if len(holder.actors) >= 2:
                    return self._mutual(label, holder.actors)
                targets = self._previous_actor(s, sp.start, holder.actors)
        elif frame == "between":
            targets, last = self._targets(s, sp.end, holder.actors, ctx, speaker, "between",
                                          min(s.end, sp.end + 10))
            if label == "holds_talks":
                if len(targets) == 2 and holder.source != "context" and \
                        not set(holder.actors) & set(targets):
                    # «Baghdad is working to arrange a meeting between Turkish and Syrian
                    # officials»: a third party arranging talks mediates (rule 9)
                    return [(("mediates", holder.actors, targets), last)]
                if len(targets) == 2:
                    # «the highest-level contact between the two countries»: mutual (rule 26)
                    a, b = targets
                    return [((label, (a,), [b]), last), ((label, (b,), [a]), last)]
                return []
            if cue.requires_between_parties and set(targets) & set(holder.actors):
                return []
            if not targets and label == "mediates" and not cue.requires_after:
                groups: list[list[Mention]] = []
                for m in sorted(s.mentions.values(), key=lambda x: x.start):
                    if s.start <= m.start < s.end and m.kind not in ("self", "land", "pair") \
                            and not (groups and m.start < groups[-1][-1].end):
                        groups.append(self._group(s, m, s.end))
                parties = [self._flatten(g, ctx, speaker) for g in groups]
                parties = [p for p in parties if len(p) >= 2 and not set(p) & set(holder.actors)]
                if parties and holder.source == "by":
                    # «delegations from Israel and Hamas … talks mediated by Egypt»
                    targets = parties[0]
                elif ctx.pair:
                    targets = list(ctx.pair)
        elif frame == "attributed":
            # "X يحاول استخدام …": the speaker attributes an intent to the clause's subject.
            h = self._svo(s, sp.start, "")
            targets = [a for a in (h.actors if h else ()) if a not in holder.actors]
        else:  # object
            targets, last = self._targets(s, begin, holder.actors, ctx, speaker, "object",
                                          min(s.end, max(nxt, begin + 1) + 2))
            if not targets and form.tag in FINITE and (
                    self._object_pronoun(s, sp.start) or self.lang == "en" and
                    sp.end < s.end and s.norms[sp.end] in self.object_pronouns):
                # «تقطع علاقاتها مع أبوظبي وتتهمها بدعم …»
                targets = self._previous_actor(s, sp.start, holder.actors)
            if label == "warns" and targets and last is not None and last > s.start and \
                    s.norms[last - 1] in self.between:
                # rule 14: a warning of the dangers of a situation between parties, addressed
                # to none of them («حذر من مخاطر التصعيد بين X وY») is concern toward each
                label = "expresses_concern"
        if label == "expresses_support" and last is not None and any(
                f.cue.label == "affirms_sovereignty" for sp2, forms2 in s.cues
                if sp.end <= sp2.start <= last + 3 for f in forms2):
            return []  # «support for Ukraine's territorial integrity» is affirms_sovereignty
        if label == "holds_talks" and ctx.pair and len(targets) == 2 and \
                set(targets) == set(ctx.pair) and not set(holder.actors) & set(targets):
            label = "mediates"
        if label.startswith("_"):
            return []
        if not targets:
            return [((label, holder.actors, []), last)]
        return [((label, holder.actors, targets), last)]

    def _records(self, r, s: Sentence, sp, form: CueForm, holder: Holder,
                 subject: Holder | None, ctx: Context, document: Document) -> list[Stance]:
        label, holders, targets = r
        doc = s.doc
        start = doc[s.start].idx + s.offset
        last = doc[s.end - 1]
        end = last.idx + len(last.text) + s.offset
        evidence = document.text[start:end]
        negated = self._negated(s, sp.start, form)
        hypothetical = label not in CONDITIONAL_OK and self._hypothetical(s, sp.start, sp.end)
        speaker = subject or ctx.speaker
        reported_by = None
        if speaker is not None and holder.source in ("vso", "svo", "np", "genitive", "by") \
                and speaker.actors and not set(speaker.actors) & set(holders):
            reported_by = speaker.actors[0]
        explicit = holder.source in ("vso", "svo", "np", "genitive", "by", "headline")
        # who voiced it: the holder's own official, else the person whose statement this is
        # («أعلن المبعوث … لافرينتييف أن روسيا تدعو …»)
        voice = holder
        if holder.person is None and speaker is not None and speaker.person is not None:
            voice = speaker
        confidence = round(form.cue.confidence * (1.0 if explicit else 0.85), 3)
        topic = doc[sp.end:min(s.end, sp.end + 8)].text if not targets else ""
        out = []
        for h in holders:
            for t in (targets or [None]):
                if t == h:
                    continue
                out.append(Stance(
                    holder=h, stance_type=label, target=t, evidence=evidence, start=start,
                    end=end, doc_id=document.doc_id, lang=self.lang,
                    rule=f"{form.cue.id}/{form.tag}/{holder.source}", topic=topic,
                    speaker=voice.speaker, speaker_id=voice.person, reported_by=reported_by,
                    negated=negated, hypothetical=hypothetical, date=document.date,
                    outlet=document.outlet, url=document.url, title=document.title,
                    confidence=confidence, path=document.path,
                ))
        return out


_EXTRACTORS: dict[str, Extractor] = {}


def extractor(lang: str) -> Extractor:
    if lang not in _EXTRACTORS:
        _EXTRACTORS[lang] = Extractor(lang)
    return _EXTRACTORS[lang]


def extract_document(document: Document) -> list[Stance]:
    """Every stance record of one document (edges and non-edges)."""
    lang = document.lang if document.lang in ("ar", "en") else "ar"
    return extractor(lang).extract(document)

"""Stage 4e — attribution: the sentence loop that carries the speaker from sentence to
sentence, maps officials to the actor they speak for, and writes Stance records."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from extract.frames import FrameRules
from extract.lexicon import PASSIVE_TAG, CueForm
from extract.normalize import normalize
from extract.record import Document, Stance
from extract.sentence import (
    CONDITIONAL_OK,
    CONFLICT,
    FINITE,
    MUTUAL,
    NAME_DASHES,
    OPEN_QUOTES,
    QUOTES,
    Context,
    Holder,
    Mention,
    Sentence,
)
from ontology.types import stance_types

# the Arabic nunation marks: a word that carries one is indefinite, never a construct head
TANWEEN = frozenset("\u064b\u064c\u064d")
# the possessive pronouns a stance masdar carries for its holder («رفضها», «إدانتهما»)
OWNER_SUFFIXES = ("ها", "ه", "هما", "هم", "نا")


# a sentence that ends with one asks (its records are hypothetical)
QUESTION_MARKS = frozenset({"?", "؟"})

# rule 24: the demands and calls that a two-party conversation addresses to its other side
CALL_TYPES = frozenset({"demands", "demands_withdrawal", "urges_restraint", "calls_for_dialogue"})
READOUT_CALLS = CALL_TYPES - {"urges_restraint"}
# a call to undo an act, whose author is asked (rule 11)
UNDONE_TYPES = frozenset({"demands"})
# stances toward what another did or proposed, whose author is their target (rule 11)
AUTHORED_TYPES = frozenset({"rejects", "condemns", "welcomes"})
CENSURES = frozenset({"rejects", "condemns"})
# the stances a noun names that the one who receives it does not hold: its sender does
# («تلقى برقيات تهنئة من …», "received messages of support from …")
RECEIVED_TYPES = frozenset({"welcomes", "expresses_support"})
WELCOMES = frozenset({"welcomes"})
# the stances that react to another's act: a headline or lead that states one has no act of its
# own for a later «welcomed the decision» to name back
REACTIONS = frozenset({"welcomes", "condemns", "rejects", "expresses_concern",
                       "expresses_support", "accuses"})
ASKED = frozenset({"demands", "demands_withdrawal"})
DEFINITE_PREFIXES = ("ال", "بال", "وال", "فال", "لل", "وبال", "ولل")
CENSURED_BY = CENSURES | {"accuses"}
AIMED = CENSURED_BY | {"demands", "demands_withdrawal", "warns", "threatens"}
WITHDRAWAL = frozenset({"demands_withdrawal"})
THREATS = frozenset({"threatens"})
WARNINGS = frozenset({"warns"})


def _last_censured(out: list[Stance], s: Sentence, holder: Holder) -> str | None:
    """The actor the holder last accused, condemned or rejected in this sentence."""
    return next((x.target for x in reversed(out) if x.is_edge and x.target and
                 x.start == s.first_char and x.stance_type in CENSURED_BY and
                 x.holder in holder.actors), None)


def _fill(recs: list, labels: frozenset[str], found: list[str]) -> list:
    """The readings of ``labels`` that have no target yet take ``found``; the others stay."""
    return [((lab, hs, ts or (found if lab in labels else ts)), lst)
            for (lab, hs, ts), lst in recs]


class AttributionRules(FrameRules):
    def _names_own_sides_en(self, s: Sentence) -> bool:
        """Whether the sentence names sides of its own after "between" («talks between Kinshasa
        and Kigali»); «talks between the two countries» names none: its sides are the
        article's."""
        for k in range(s.start, s.end):
            if s.norms[k] in self.between:
                m = self._next_mention(s, k + 1, min(s.end, k + 5))
                if m is None or m.kind != "pair":
                    return True
        return False

    @staticmethod
    def _coordinated_masdar(s: Sentence, sp: Any, forms: list, cues: list) -> bool:
        """«عن إدانة المملكة ورفضها التام للتصريحات»: a word that reads as a verb with its
        object pronoun or as a masdar with its holder's, coordinated with a masdar just before
        (its own holder's genitive between them), is the masdar: no clause of its own, so the
        first masdar shares its object."""
        if not s.fulls[sp.start].startswith("و") or not any(f.tag == "n" for f in forms):
            return False
        return any(sp2.end in (sp.start, sp.start - 1) and any(f.tag == "n" for f in forms2)
                   and all(f.tag == "n" for f in forms2) for sp2, forms2 in cues)

    @staticmethod
    def _sibling_masdar(s: Sentence, sp: Any, forms: list, cues: list) -> bool:
        """«أكدا رفضهما المطلق لأي محاولة للتهجير، وإدانتهما لاستهداف …»: after a comma, a
        masdar joined by «و» and carrying its holder's pronoun is the second thing the verb
        states, not a word of the first masdar's object: it bounds that object and holds
        its own."""
        k = sp.start
        if not (k - 1 > s.start and s.texts[k - 1] in {"،", ","} and
                s.fulls[k].startswith("و") and s.fulls[k].endswith(OWNER_SUFFIXES) and
                any(f.tag == "n" and not f.cue.label.startswith("_") for f in forms)):
            return False
        return any(sp2.start < k and any(f.tag == "n" and not f.cue.label.startswith("_")
                                         for f in forms2) and
                   s.fulls[sp2.start].endswith(OWNER_SUFFIXES) for sp2, forms2 in cues)

    def _sentence(self, s: Sentence, document: Document, ctx: Context) -> list[Stance]:
        self._remember_acts(s, ctx)
        self._visit_pair(s, ctx)
        self._anaphora(s, ctx)
        if self.lang == "en":
            self._earlier_acts_en(s)  # «Turkey condemned the strikes»
            self._titled_refs_en(s)  # «the Special Envoy's efforts»
            self._force_refs_en(s)  # type: ignore[attr-defined]  # «the security forces»
            if ctx.speaker is not None and ctx.speaker.actors:
                # «Pakistan said … . New Delhi dismissed those remarks»: who spoke last
                self._en_state(s.doc).setdefault("acts", {})["remarks"] = ctx.speaker.actors
            self._counted_pairs_en(s)  # «the three countries»
        ctx.current = s
        ctx.local_pairs = self._named_pairs(s) if self.lang == "en" else []
        ctx.local_between = self.lang == "en" and self._names_own_sides_en(s)
        # «انتقد تقرير الوكالة الدولية للطاقة الذرية … التعاون مع الوكالة»: a name earlier
        # in the sentence is an antecedent too (English: «Oman …, the Sultanate»)
        self._comprising_groups(s, ctx)
        self._issued_statements(s, ctx)
        self._statement_voice(s, ctx)  # «… وفي ما يلي أبرز ما جاء في البيان: «ندعو …»»
        self._remember_heads(s, ctx)
        self._head_anaphora(s, ctx)
        self._org_anaphora(s, ctx)
        self._summit_anaphora(s, ctx)
        if self.lang == "en":
            self._regime_refs_en(s, ctx)  # type: ignore[attr-defined]
            self._described_states_en(s)  # type: ignore[attr-defined]
            self._bare_titles_en(s, ctx)  # type: ignore[attr-defined]
        if self.lang == "ar":
            self._remember_honours(s, ctx)
            self._remember_bare_titles(s, ctx)
            self._bare_titles_ar(s, ctx)
            self._learn_titles_ar(s, ctx)
            self._dual_officials(s, ctx)
            self._declaration_preamble(s, ctx)
        if self.lang == "ar" and (
                # a pair mention is only ever made at a word of pair_refs
                not s.words().isdisjoint(self.pair_refs) and
                any(m.kind == "pair" for m in s.mentions.values()) or
                any(f.cue.label == "mediates" for _, forms in s.cues for f in forms)):
            # «وعلى خلفية الاشتباكات بين قرغيزستان وطاجيكستان، دعا الاتحاد الأوروبي
            # الطرفين …», «العلاقات السعودية الإيرانية … برعاية صينية»: the sides the
            # sentence itself names are those of its «الطرفين» and of its mediation
            self._remember_pair(s, ctx, record=False)
        cues = list(s.cues)
        cues = [(sp, [f for f in forms if self._cue_ok(s, sp.start, sp.end, f)])
                for sp, forms in cues]
        cues = [(sp, forms) for sp, forms in cues if forms]
        s.ok_cues = cues
        # the drafters this sentence names, else None (rule 22)
        drafted = self._drafters(s) if not s.words().isdisjoint(self.drafter_words) else None
        if drafted and not s.words().isdisjoint(self.resolution_nouns):
            ctx.drafters = tuple(drafted)  # «بإجماع أعضائه على مشروع قرار صاغته الولايات المتحدة»
            ctx.draft_vetoed = not s.words().isdisjoint(self.veto_words)
            if not self._indefinite_draft_en(s):
                ctx.drafter_sets.append(ctx.drafters)
        # «The text, put to a vote …, would have cut …. It condemned …»: a sentence the text
        # opens, and an «It» right after one, speak for the text
        text_before = ctx.text_subject
        ctx.text_subject = self.lang == "en" and s.start + 1 < s.end and (
            s.norms[s.start] in self.articles and s.norms[s.start + 1] in self.draft_nouns or
            text_before and s.norms[s.start] == "it")
        subject: Holder | None = None
        if self.lang == "en" and ctx.speaker is None and \
                all(s.texts[sp.start][:1].isupper() for sp, _ in cues):
            # «Ministry of Foreign Affairs of Japan, 7 April», «Press release of the …»
            ctx.speaker = self._byline_en(s)
        if ctx.meeting:
            self._met(s, s.start, ctx.meeting, ctx)
        if ctx.meeting and not s.words().isdisjoint(self.another_words):
            self._another_meeting(s, ctx)
        # A headline or lead of the form «X: …» speaks for X.
        # («16:55 — مسؤول في البيت الأبيض: …»: past a live blog's time)
        first = s.after_time()
        m0 = s.mentions.get(first)
        if m0 is not None and m0.end < s.end and s.texts[m0.end] == ":":
            subject = Holder(m0.actors, m0.text, m0.person, "headline")
        elif self.lang == "ar" and s.norms[first] in self.heads or \
                self.lang == "en" and ":" in s.texts[first + 1:first + 12]:
            subject = self._colon_speaker(s, ctx, cues, first)
        if subject is None and self.lang == "ar":
            subject = self._quoted_speaker_ar(s)  # «نقلت الوكالة عن بوتين قوله إن …»
        if subject is None and self.lang == "ar":
            subject = self._trailing_speaker_ar(s, cues, ctx)  # «"ندين …"، قال الوزير.»
        if subject is None and self.lang == "ar":
            subject = self._topic_subject(s, ctx)
        if subject is None and self.lang == "ar":
            subject = self._opening_verb_subject(s, cues, ctx)
        if subject is None and self.lang == "ar":
            subject = self._titled_present_subject(s, cues)
        if subject is None and self.lang == "ar":
            subject = self._named_verb_subject(s, cues)  # «عبد المهدي أجرى اتصالاً …»
        if subject is None and self.lang == "en":
            subject = self._reporting_subject_en(s, ctx)  # «…," the minister said.»
        opener = self._after_connective(s) if self.lang == "ar" else s.start
        if subject is None and s.norms[opener] in self.circumstance:
            subject = self._fronted_subject(s, cues, ctx, opener)
        out: list[Stance] = []
        # («demanded that the parties commit to a ceasefire»: what an appeal asks)
        asked_intents = {sp.start for sp, forms in cues
                         if self._asked_intent_en(s, sp.start, forms)}
        finite_starts = [sp.start for sp, forms in cues if any(
            f.tag in FINITE and f.cue.label != "_speech" or
            (f.cue.label == "_speech" or self.lang == "ar" or f.tag == "p") and
            f.tag in ("p", "3m", "3f") and
            sp.start > s.start and (s.texts[sp.start - 1] in {"،", ","} or
                                    # «accused India of …, and vowed that …», «… but said»
                                    self.lang == "en" and (
                                        s.norms[sp.start - 1] in self.coord or
                                        s.norms[sp.start - 1] in self.contrast_links_en or
                                        # «…, and Georgia expressed concern»: a new subject
                                        self._new_subject_en(s, sp.start)) or
                                    # «…، فيما أعربت الصين عن قلقها»: a new clause
                                    self.lang == "ar" and
                                    s.norms[sp.start - 1] in self.clause_links)
            for f in forms) and not (
            # «return to the EU-facilitated dialogue»: a compound modifier, no new clause
            self.lang == "en" and sp.start > s.start and s.texts[sp.start - 1] in {"-", "–"})
            and not self._plural_noun_en(s, sp.start) and \
            sp.start not in asked_intents and
            not (self.lang == "ar" and self._coordinated_masdar(s, sp, forms, cues)) or
            self.lang == "ar" and self._sibling_masdar(s, sp, forms, cues)]
        # («condemning the case and accusing Managua of …»: a participle that starts a
        # clause of its own is no word of the object before it)
        finite_set = set(finite_starts)
        # rule 18: «… وتقدم تعازيها لحكومة إيران», "offered condolences to Iran": the one
        # condoled with is no word of the stance's object before it
        condolences = [k for k in range(s.start, s.end) if s.norms[k] in self.condolence_nouns] \
            if not s.words().isdisjoint(self.condolence_nouns) else []
        aux_starts = {sp.start for sp, forms in cues
                      if all(f.cue.label == "_aux" for f in forms)}
        consumed: set[int] = set()
        linked: set[tuple[str, str, str]] = set()  # the sentence's conflictual edges
        sentence_targets: list[str] = []
        last_subject: Holder | None = subject
        said = False  # a stance whose holder is no genitive's («Qatari mediation») was found
        # the subject of a relative clause holds up to the clause's comma, then the one
        # before it comes back («الشروط التي أضافها نتنياهو …، متهمة إياه»)
        relative_until: tuple[int, Holder | None] | None = None
        for sp, forms in cues:
            if relative_until is not None and sp.start > relative_until[0]:
                last_subject = relative_until[1]
                relative_until = None
            after_prep = sp.start > s.start and s.norms[sp.start - 1] in self.prepositions
            nxt_m = s.mentions.get(sp.end)
            genitive = nxt_m is not None and nxt_m.kind in ("name", "capital", "seat", "person") \
                and not (self.lang == "ar" and TANWEEN & set(s.texts[sp.end - 1]))
            # («مطالبةً أنقرة»: a word written with tanween heads no genitive)
            form = self._pick(forms, after_prep, genitive)
            if self.lang == "ar" and form.tag == "n" and sp.start > s.start + 2 and \
                    s.texts[sp.start - 1] in {"،", ","} and s.texts[sp.start].endswith("ة") and \
                    not self._closes_aside(s, sp.start - 1) and \
                    (p := next((f for f in forms if f.tag == "p" and
                                f.cue.label == form.cue.label), None)) is not None and \
                    any(f.tag in FINITE for sp2, fs in cues if sp2.start < sp.start
                        for f in fs):
                # «وأدانت مصر الهجوم، مطالبة إسرائيل بـ…»: after a clause of a finite verb and
                # its comma, «مطالبة» is the subject's participle (a حال), not a masdar
                form = p
            cue = form.cue
            holder = self._holder(s, sp.start, sp.end, form, ctx, subject, last_subject)
            speaker_alone: Holder | None = None  # when others are spoken for
            if self.lang == "ar" and holder is not None and holder.actors and \
                    (behalf := self._on_behalf_ar(s, sp.start)):
                # rule 2: the states spoken for hold this stance (each cue of the sentence
                # finds them again); the speaker alone speaks on
                speaker_alone = holder
                holder = Holder(tuple(dict.fromkeys((*holder.actors, *behalf))),
                                holder.speaker, None, holder.source, holder.np_end)
            if self.lang == "ar" and holder is not None and holder.actors and \
                    (likewise := self._likewise_ar(s, sp.end, holder.actors)):
                # «وأدانت قطر التصعيد، وكذلك فعلت تركيا»: the one who did likewise holds the
                # stance too (rule 4)
                holder = Holder(tuple(dict.fromkeys((*holder.actors, *likewise))),
                                holder.speaker, holder.person, holder.source, holder.np_end)
            if self.lang == "en" and form.tag in ("p", "n") and \
                    not s.words().isdisjoint(self.veto_words) and (
                        form.tag == "n" or any(s.norms[k] in self.draft_nouns
                                               for k in range(max(s.start, sp.start - 3),
                                                              sp.start)) or
                        self._draft_sponsors(s, sp.start)) and \
                    any(s.norms[k] in self.veto_words and
                        not any(s.texts[x] in {",", ";"} for x in range(k, sp.start))
                        for k in range(max(s.start, sp.start - 16), sp.start - 1)):
                # rule 22: «vetoed a Security Council draft resolution demanding an immediate
                # ceasefire», «vetoes Security Council call for …»: what the vetoed draft asks
                # is its sponsors' stance, not the vetoer's (the sponsors, when the sentence
                # names them)
                drafters = self._draft_sponsors(s, sp.start) or list(ctx.drafters or ())
                if not drafters:
                    continue
                holder = Holder(tuple(drafters), s.texts[sp.start - 1], None, "np")
            sponsors = self._draft_sponsors(s, sp.start) if form.tag in FINITE else []
            if sponsors:
                # rule 22: «a draft resolution put forward by France and Norway that called
                # on …», «مشروع قرار قدمته فرنسا والنرويج يدعو …»: what a draft asks is its
                # sponsors' stance, not that of whoever reports or vetoes it
                council = ("UNSC",) if holder is not None and "UNSC" in holder.actors and not any(
                    s.norms[k] in self.draft_nouns and s.norms[k] not in self.resolution_nouns
                    for k in range(max(s.start, sp.start - 22), sp.start)) else ()
                # (an adopted resolution, «القرار 2735، الذي صاغته واشنطن ويطالب …», is the
                # Council's stance too; a draft is only its sponsors')
                holder = Holder((*council, *sponsors), s.texts[sp.start - 1], None, "np")
            if ctx.text_subject and ctx.draft_vetoed and ctx.drafters and form.tag in FINITE and \
                    (holder is None or holder.source in ("svo", "context", "nonactor")) and \
                    not s.quoted_at(sp.start):
                # rule 22: «The text … would have cut …. It condemned …»: what a vetoed draft
                # says is its drafters' stance alone (the body adopted nothing; those who
                # vetoed it hold none of it)
                holder = Holder(ctx.drafters, s.texts[s.start], None, "np")
            if holder is None or ctx.outlet_we and (
                    holder.source == "self" or
                    cue.label == "holds_talks" and not self.outlet_objects_en.isdisjoint(  # type: ignore[attr-defined]
                        s.norms[sp.end:min(s.end, sp.end + 2)])):
                # («We spoke to Kaja Kallas in her office», «Josep Borrell spoke to us»: the
                # interviewer)
                continue
            if ctx.protagonist is None and len(holder.actors) == 1 and holder.source != "context":
                ctx.protagonist = holder.actors[0]
            if self.lang == "ar" and holder.actors and holder.source != "context" and \
                    not s.words().isdisjoint(self.said_in_nouns):
                # «وجدد المجلس الوزاري في بيانه رفضه …»: the statement is the holder's act,
                # for a later «رفضت طهران البيان» (rule 11); the first issuer keeps it
                for k in range(s.start, s.end - 1):
                    if s.norms[k] == "في" and s.norms[k + 1] in self.said_in_nouns:
                        ctx.acts.setdefault(s.norms[k + 1], holder.actors)
            if holder.actors and (holder.source in ("vso", "svo", "np", "by", "headline") or
                                  # «…، قال المتحدث: "نرفض …"»: the one a title names
                                  # speaks on
                                  holder.source == "title" and cue.label == "_speech" and
                                  self.lang == "ar"):
                if self.lang == "ar" and sp.start > s.start and relative_until is None and (
                        s.norms[sp.start - 1] in self.relative or
                        # «أنه سيرى ما إذا كان بوتين وزيلينسكي سيتعاونان …، مضيفاً»: the
                        # subject of an embedded «إذا» clause holds up to its comma too
                        s.norms[sp.start - 1] in self.hypo and cue.label == "_aux"):
                    comma = next((k for k in range(sp.end, s.end)
                                  if s.texts[k] in {"،", ","}), s.end)
                    relative_until = (comma, last_subject)
                last_subject = speaker_alone or holder
                if len(holder.actors) == 2 and not (self.lang == "en" and
                                                    cue.label == "mediates") and \
                        not (sp.end + 1 < s.end and s.norms[sp.end] in self.list_openers and
                             s.norms[sp.end + 1] in self.list_opener_links):
                    # two mediators are not the two sides, nor «كل من X وY», each on its own
                    ctx.pair = ctx.agents = self._hosted_sides(ctx, *holder.actors) or \
                        holder.actors
            if subject is None and holder.actors and (
                    holder.source in ("vso", "svo", "np", "headline", "by") or
                    # «دمشق - سانا / أدانت وزارة الخارجية …»: the wire's own ministry
                    # speaks on for «الوزارة», «البيان» after it
                    holder.source == "title" and ctx.speaker is None and self.lang == "ar"
            ) and not (self.lang == "en" and form.tag == "p" and holder.source == "by" and
                       # (but «the joint statement issued by the leaders of …» is theirs)
                       cue.label != "_speech") and \
                    not (self.lang == "ar" and sp.start > s.start and
                         # «الرفض القاطع للعملية التي تلوّح إسرائيل بشنّها»: the subject of
                         # a relative clause does not speak for the sentence
                         s.norms[sp.start - 1] in self.relative) and \
                    not (self.lang == "en" and ctx.speaker is not None and
                         # «"Until Israel agrees to a lasting ceasefire, …" … he continued»:
                         # an actor inside the quotation a sentence opens with does not take
                         # over from the speaker
                         s.quoted_at(s.start + 1) and s.quoted_at(sp.start)):
                # the first explicit subject speaks for the sentence; the agent of a
                # participle («commends X for facilitating …», "talks brokered by Egypt»)
                # does not
                subject = speaker_alone or holder
            if self.lang == "en" and subject is None and holder.source == "nonactor" and \
                    form.tag in FINITE and holder.speaker and \
                    all(w[:1].isupper() for w in holder.speaker.split()[1:]) and \
                    len(holder.speaker.split()) >= 2:
                # «The Caribbean Community condemned … and reiterated …»: a body the
                # gazetteer does not know, named with capitals, is the subject of the verbs
                # coordinated with its own (not «the confederation», «All three»)
                subject = holder
            if cue.label in ("_speech", "_aux"):
                continue
            if self.lang == "ar" and holder.source == "nonactor" and form.tag in FINITE and \
                    sp.start in s.doc.user_data.get("sg_nonactor_ends", ()):
                # «كتائب حزب الله تتوعد …، وتطالب …»: the verbs after it are that subject's
                last_subject = holder
            if not holder.actors:
                continue
            if sp.start in consumed and cue.label != "mediates" and not (
                    # rule 23: «welcomed the agreement reached … between X and Y»: the
                    # parties' agreement inside the welcomed object still stands
                    self.lang == "en" and holder.source == "parties"):
                continue
            nxt = min([f for f in finite_starts if f > sp.start and not (
                # «هدد بأن إسرائيل ستواصل ضرب حزب الله»: an auxiliary inside a threat
                # carries its content on
                cue.label == "threatens" and self.lang == "ar" and f in aux_starts)] +
                [s.end] + [k for k in condolences if k > sp.end])
            begin = holder.np_end if holder.np_end is not None else sp.end
            if len(holder.actors) == 1 and holder.actors[0] in self.drafted_text_bodies and (
                    holder.speaker and
                    normalize(holder.speaker.split()[0]) in self.resolution_nouns or
                    # «ويحث القرار حكومتي …»: the resolution is the subject after the verb
                    self.lang == "ar" and form.tag in FINITE and sp.end < s.end and
                    s.norms[sp.end] in self.resolution_nouns or
                    # «Adopting resolution 2699, drafted by the United States and Ecuador, …,
                    # the Council welcomed …»
                    not s.words().isdisjoint(self.resolution_nouns) and
                    not s.words().isdisjoint(self.drafter_words) or
                    # «… adopting a text drafted by the United States and Panama …. The
                    # resolution condemns …»: a sentence the resolution opens as its subject
                    self.lang == "en" and s.start + 1 < s.end and
                    s.norms[s.start] in self.articles and
                    s.norms[s.start + 1] in self.resolution_nouns):
                # rule 22: «Resolution 2722, drafted by the United States and Japan,
                # demanded …», «القرار 2735، الذي صاغته واشنطن ويطالب …»: the drafters hold
                # the resolution's stance with the Council (no pair of sides for it)
                holder = Holder((holder.actors[0],
                                 *(drafted if drafted is not None else ctx.drafters)),
                                holder.speaker, None, holder.source, holder.np_end)
            recs = self._stance(s, sp, form, holder, ctx, subject, begin, nxt)
            recs = self._open_targets(recs, s, sp, form, holder, ctx, out, sentence_targets,
                                      subject)
            if self.lang == "en" and cue.label == "threatens" and form.tag != "x" and \
                    self._nonmilitary_en(s, sp.end):  # type: ignore[attr-defined]
                # rule 14: «threatened 25 percent tariffs on Mexican goods», «threatens further
                # economic sanctions on Iran»: a threat of non-military steps is a warning
                recs = [(("warns" if lab == "threatens" else lab, hs, ts), last)
                        for (lab, hs, ts), last in recs]
            if form.tag == "n" and cue.label in RECEIVED_TYPES and \
                    any(s.norms[k] in self.receive_verbs
                        for k in range(max(s.start, sp.start - 6), sp.start)):
                # «تلقى الرئيس المنتخب برقيات تهنئة من موسكو وبكين», "received congratulations
                # from Moscow": the sender welcomes the one who receives them
                recs = [((lab, tuple(ts), list(hs)), last) for (lab, hs, ts), last in recs
                        if ts and not set(ts) & set(hs)]
            if recs and form.tag == "n" and sp.end - sp.start == 1 and holder.actors:
                act = self._bare(s.norms[sp.start])
                ctx.acts.setdefault(act, holder.actors)
                ctx.stance_acts.setdefault(act, holder.actors)
            elif self.lang == "ar" and recs and holder.actors and \
                    any(ts for (_, _, ts), _ in recs):
                # «متهماً إيران بـ… . ورفضت طهران هذه الاتهامات»: the verb's stance, named
                # back by its noun, is the holder's act (rule 11)
                for noun in self.cue_nouns.get(cue.id, ()):
                    ctx.acts[noun] = holder.actors
            for r, last in recs:
                new = self._records(r, s, sp, form, holder, subject, ctx, document)
                if r[0] == "holds_talks" and r[2] and cue.id in self.summon_cues and \
                        not any(x.stance_type == "condemns" and x.target in r[2] for x in out):
                    # «استدعت الخارجية البولندية السفير الأوكراني», «Algeria summoned the French
                    # ambassador over comments made by …»: a summons is a protest, which
                    # condemns the envoy's state (named or not)
                    new += [replace(x, rule=x.rule + "/protest")
                            for x in self._records(("condemns", r[1], r[2]), s, sp, form, holder,
                                                   subject, ctx, document)]
                if self.lang == "en" and r[0] in ("holds_talks", "expresses_intent_to_meet") \
                        and (cond := self._concession_of_en(s, last or sp.end, r[1])):
                    # rule 13: «would meet his Beninese counterpart only once Benin had shut
                    # the warehouses»: an offer tied to a concession is coded only as the
                    # demand for that concession, typed by what it asks («only after
                    # Ukrainian forces had withdrawn»: a withdrawal)
                    asked, opened = cond
                    close = next((k for k in range(opened, s.end)
                                  if s.texts[k] in {",", ";", ":"}), s.end)
                    kinds = self._contents(s, opened, close, "appeal")
                    new = self._records((kinds[0][0] if kinds else "demands", r[1], asked), s,
                                        sp, form, holder, subject, ctx, document)
                out.extend(new)
                if new and holder.source != "genitive":
                    said = True
                for rec in new:
                    if rec.is_edge and rec.target and rec.stance_type in CENSURED_BY:
                        ctx.censured[rec.target] = ctx.censured.get(rec.target, 0) + 1
                    if rec.is_edge and rec.target and rec.stance_type in AIMED:
                        # who last took a stance toward each actor (for «dismissed the
                        # claims»), those of one sentence together
                        was, at = ctx.aimed_at.get(rec.target, ((), -1))
                        ctx.aimed_at[rec.target] = (
                            (*was, rec.holder) if at == s.start else (rec.holder,), s.start)
                        if rec.stance_type == "accuses":
                            ctx.accused_by[rec.target] = (rec.holder,)
                if self.lang == "ar" and r[0] in ("calls_for_dialogue", "urges_restraint") \
                        and len(set(r[2])) == 2 and any(rec.is_edge for rec in new):
                    # «دعا إيكواس ونيامي إلى حوار …، محذرا من أن القطيعة بين الجانبين»: the
                    # two addressees are the sides a later «الجانبين» names
                    ctx.pair = tuple(dict.fromkeys(r[2]))
                if r[0] == "holds_talks" and r[2] and any(rec.is_edge for rec in new) and \
                        not (self.lang == "en" and form.tag == "n" and any(
                            s.norms[k] in self.topic_preps
                            for k in range(max(s.start, sp.start - 3), sp.start))):
                    # («briefed the Emir on his telephone call with Raisi»: talks told as the
                    # topic of others are not the pair a later «the two sides» names)
                    self._met(s, sp.end, (*r[1], *r[2]), ctx)
                    ctx.meeting_sentence = s.first_char
                    if self.lang == "en":
                        # «X spoke with Y. They agreed to …»: «they» are the two who talked
                        met = tuple(dict.fromkeys((*r[1], *r[2])))
                        self._remember_group_en(s, Holder(met, None, None, "svo"))
                        if len(met) >= 3:  # «The three ministers discussed …»
                            self._en_state(s.doc).setdefault("lists", []).append(met)
                if self.lang == "en":
                    self._remember_acts_en(s, new)
                for rec in new:
                    if rec.target and rec.is_edge and rec.stance_type in CONFLICT and \
                            (rec.holder, rec.stance_type, rec.target) not in linked:
                        # each edge once a sentence: «condemned Kenya …, calling it a hostile
                        # act» is one conflictual stance of the pair, not two (but «اتهمت
                        # إسرائيل لبنان …، وهددت بيروت» is two)
                        linked.add((rec.holder, rec.stance_type, rec.target))
                        pair = frozenset((rec.holder, rec.target))
                        ctx.conflict[pair] = ctx.conflict.get(pair, 0) + 1
                    if rec.target and rec.stance_type == "mediates" and rec.is_edge:
                        ctx.mediated.add(rec.holder)
                    if rec.target and rec.stance_type in MUTUAL and rec.is_edge:
                        # «… between the two countries»; but the host's talks with a side of
                        # the talks it hosts («Albusaidi received Araghchi») leave the sides
                        # named before the pair
                        joint = tuple(dict.fromkeys(r[1]))
                        # («The two countries reaffirm their commitment to cooperating with
                        # Syria»: the two who act together stay the pair, not one of them and
                        # the third they act toward)
                        # («وأجرى الجانبان اتصالاً هاتفياً مشتركاً برئيس الوزراء اللبناني»:
                        # the pair that talks together with a third stays the pair)
                        ctx.pair = ctx.agents = joint if len(joint) == 2 and \
                            rec.target not in joint and (
                                r[0] != "holds_talks" or set(joint) == set(ctx.pair or ())) \
                            else \
                            self._hosted_sides(ctx, rec.holder, rec.target) or \
                            (rec.holder, rec.target)
                    if rec.target and rec.is_edge:
                        sentence_targets.append(rec.target)
                met = tuple(dict.fromkeys(rec.target for rec in new if rec.is_edge and
                                          rec.stance_type == "holds_talks" and rec.target))
                if len(met) == 2 and len(set(r[1])) == 1:
                    # «Putin discussed the clashes with the Kyrgyz and Tajik presidents. The
                    # two presidents later met …»: the two one side talked with are the pair
                    ctx.pair = ctx.agents = met
                if last is not None and (r[2] or not cue.label.startswith("_") or
                                         self.lang == "en"):
                    # «أكدت مصر ضرورة احترام سيادة سوريا»: a need stated to no one leaves
                    # the stance nouns inside it their own
                    for sp2, forms2 in cues:
                        if sp.end <= sp2.start < last and (
                                not any(f.tag in FINITE for f in forms2) and
                                sp2.start not in finite_set or sp2.start in asked_intents or
                                # «open to ministerial-level talks with»: after a compound
                                # modifier the word is a noun
                                self.lang == "en" and sp2.start - 2 > s.start and
                                s.texts[sp2.start - 2] in {"-", "–"}):
                            consumed.add(sp2.start)
        if subject is None and self.lang == "en" and not said:
            # «Within hours Algeria recalled its ambassador to France. The foreign ministry
            # condemned …»: the actor a sentence with no stance opens with, before a past
            # verb, is whom a later bare «the ministry» speaks for; an official who acts so
            # («U.S. Ambassador Linda Thomas-Greenfield called the strikes necessary») is the
            # next «she» (but «The Philippine vessels intruded …» in a briefing leaves «we»
            # the spokesman's)
            acting = self._acting_subject_en(s, ctx)
            if acting is not None and len(set(acting.actors)) == 2:
                # «Trump and Kim signed a joint statement … . The two leaders held a one-on-one
                # meeting»: two who act together are the pair a later «the two» names
                ctx.agents = tuple(dict.fromkeys(acting.actors))
            if acting is not None and acting.person:
                subject = acting
            elif acting is not None:
                ctx.acting = acting
        if subject is not None:
            ctx.acting = None
        s.spoke = subject is not None and bool(subject.actors)
        if subject is not None and subject.actors and not (
                # «… hosted by the Sultanate of Oman, which he thanked»: the agent of a
                # passive is no speaker for the next «he»
                self.lang == "en" and subject.source == "by" and ctx.speaker is not None) and \
                not (self.lang == "ar" and subject.speaker is not None and
                     normalize(subject.speaker) in self.resolution_nouns):
            # (nor is a resolution that «يطالب»: the next «بلاده» is no resolution's)
            ctx.speaker = subject
            if self.lang == "en":
                self._remember_group_en(s, subject)
                if subject.source != "self" and subject != self._en_state(s.doc).get("we"):
                    # another speaker: the «we» a joint text defined is over
                    self._en_state(s.doc).pop("we", None)
        if self.lang == "en":
            # what this sentence's stances were toward, by type, for a next «condemned it»
            state = self._en_state(s.doc)
            by_label: dict[str, list[str]] = {}
            for rec in out:
                if rec.target and rec.is_edge:
                    by_label.setdefault(rec.stance_type, []).append(rec.target)
            state["last_targets"] = (state.get("sentences", 0), by_label)
            self._sentence_end_en(s, ctx)
        self._note_analyst(s, ctx)
        self._remember_pair(s, ctx)
        self._remember_list(s, ctx)
        return out

    def _open_targets(self, recs: list, s: Sentence, sp: Any, form: CueForm, holder: Holder,
                      ctx: Context, out: list[Stance], sentence_targets: list[str],
                      subject: Holder | None = None) -> list:
        """The targets a cue's clause left open, from the rest of the sentence and the
        conversation: a passive's subject, the sentence's last target for a withdrawal or a
        detached pronoun, the other side of a two-party call (rule 24), the actor a threat's
        condition names (rule 13), the act «it» names, the author of the act a rejection,
        condemnation or welcome is about (rule 11), the addressee of the warning a participle
        goes on with (rule 14)."""
        if not recs or all(ts for (_, _, ts), _ in recs) and not (
                self.lang == "ar" and sp.end < s.end and s.norms[sp.end] in self.detached_pronouns):
            return recs  # every target found (only a detached pronoun changes one)
        cue = form.cue

        def open_for(labels: frozenset[str] | None) -> bool:
            return any(not ts and (labels is None or lab in labels) for (lab, _, ts), _ in recs)

        if form.tag == PASSIVE_TAG and not any(ts for (_, _, ts), _ in recs):
            # «إن إيران طُولبت بـ…»: a passive's subject before it is the target
            before = self._svo(s, sp.start, "")
            ts = [a for a in (before.actors if before else ()) if a not in holder.actors]
            if ts:
                recs = [((lab, hs, ts), lst) for (lab, hs, _), lst in recs]
        if sentence_targets:
            recs = _fill(recs, WITHDRAWAL, [sentence_targets[-1]])
        if self.lang == "ar" and sp.start > s.start and sp.end < s.end and \
                (form.tag in FINITE and self._conj_prefixed(s, sp.start) or form.tag == "p") and \
                (s.fulls[sp.end].startswith("ب") or s.norms[sp.end] in self.to_preps) and \
                not any(ts or lab == "urges_restraint" for (lab, _, ts), _ in recs) and \
                (accused := _last_censured(out, s, holder)):
            # «اتهم … خفر السواحل الصيني بـ…، وطالب بإعادة الأسلحة المصادرة»: a demand or
            # warning going on from the subject's accusation, with no addressee of its own
            # (not «ودعا المجتمع الدولي إلى …»), goes to the one accused; a threat may be
            # aimed at the adversary instead («متوعداً بأن … وعلى العدو أن …»)
            recs = _fill(recs, WARNINGS | ASKED, [accused])
        if self.lang == "en" and sp.start > s.start and s.norms[sp.start - 1] == "and" and \
                form.tag in FINITE and open_for(THREATS | WARNINGS | ASKED) and \
                (accused := _last_censured(out, s, holder)):
            # rule 14: «accused Ethiopia of violating its airspace and warned of serious
            # consequences»: a warning coordinated with the subject's accusation or
            # condemnation of an actor, naming no one, goes to that actor
            asked = "to" not in s.norms[sp.end:min(s.end, sp.end + 6)]
            # (not «urged partners to send more air defences»: an addressee of its own)
            recs = _fill(recs, THREATS | WARNINGS | (ASKED if asked else frozenset()),
                         [accused])
        if self.lang == "ar" and sentence_targets and sp.end < s.end and \
                s.norms[sp.end] in self.detached_pronouns and \
                not s.norms[sp.end].endswith("هما"):
            # «أدان المجلس استمرار ميليشيا الحوثي في احتجاز موظفي الأمم المتحدة، مطالباً
            # إياها بالإفراج عنهم»: the one the sentence's stance was toward, not the last
            # name before the pronoun
            last_target = sentence_targets[-1]
            recs = [((lab, hs, [last_target] if last_target not in hs else ts), lst)
                    for (lab, hs, ts), lst in recs]
        if open_for(CALL_TYPES) and (
                self.lang == "ar" and not s.words().isdisjoint(self.joint_conversation_refs) or
                # «held calls with his Lebanese and Syrian counterparts, urging them to …»
                self.lang == "en" and sp.end < s.end and
                s.norms[sp.end] in self.plural_pronouns_obj_en) and (  # type: ignore
                partners := list(
                    dict.fromkeys(r.target for r in out if r.stance_type == "holds_talks" and
                                  r.holder in holder.actors and r.target and r.is_edge))) and \
                len(partners) >= 2:
            # rule 24: «أجرى اتصالين بنظيريه اللبناني … والسوري …، دعا خلالهما إلى ضبط
            # النفس»: a call made in the conversations just reported is to each partner
            recs = _fill(recs, CALL_TYPES, partners)
        elif open_for(CALL_TYPES) and \
                (partner := self._conversation_partner(s, holder.actors, ctx)):
            # rule 24: «he urged restraint during the call», «ودعا خلال الاتصال إلى …»:
            # a call made in a two-party conversation with no addressee is to the other
            recs = _fill(recs, CALL_TYPES, [partner])
        elif open_for(READOUT_CALLS) and s.words().isdisjoint(self.settlement_outcomes) and \
                (partner := self._conversation_partner(s, holder.actors, ctx, readout=True)):
            # and in the readout of that one call; but a call for restraint there is about
            # the conflict the sides are in (rule 12), not the partner's, and a call for a
            # settlement is advocacy of an outcome (rule 23)
            recs = _fill(recs, READOUT_CALLS, [partner])
        if open_for(THREATS) and not s.words().isdisjoint(self.threat_conditions) and \
                (cond := self._condition_actor(s, holder.actors)):
            # rule 13: «"If Hezbollah tries to rebuild its forces …, we will act with full
            # force"», «إذا حاول حزب الله … فإن إسرائيل سترد بقوة»: the one the condition
            # names is threatened
            recs = _fill(recs, THREATS, [cond])
        if self.lang == "ar" and open_for(THREATS | WARNINGS) and \
                (warned := self._warned_before(s, sp.start, holder.actors)):
            # rule 14: «وحذر وزير الخارجية الإيراني إسرائيل من أن طهران سترد بحزم»: the one
            # warned is threatened (or warned, of steps that are no force)
            recs = _fill(recs, THREATS | WARNINGS, warned)
        if form.tag == "n" and any(s.norms[k] in self.concessive
                                   for k in range(max(s.start, sp.start - 6), sp.start)):
            # «أقر البرلمان البولندي القانون على الرغم من تحذيرات إسرائيلية وأميركية»: what
            # the clause went ahead despite was addressed to its subject
            went = subject if subject is not None and subject.actors else (
                self._initial_subject_en(s, sp.start, ctx, None) if self.lang == "en"
                else None)
            if went is not None and went.actors:
                recs = _fill(recs, frozenset(stance_types()),
                             [a for a in went.actors if a not in holder.actors])
        if self.lang == "en" and sp.end < s.end and (
                cue.id in self.act_pronoun_cues_en and s.norms[sp.end] in self.object_pronouns
                or self._act_it_en(s, sp.end, form)):
            # («Berlin rejects the plan, and France's foreign ministry condemned it», «The
            # UAE condemned the attack. Kuwait also condemned it»)
            # «slammed the U.S. arms sale, calling it reckless»: «it» is the act the
            # sentence (or the one before) has named, so its author is the target again
            acted = self._act_pronoun_targets_en(s, sentence_targets, cue.label)
            recs = [((lab, hs, ts or [a for a in acted if a not in hs]), lst)
                    for (lab, hs, ts), lst in recs]
        if self.lang == "en" and open_for(UNDONE_TYPES) and \
                (undone := self._undone_act_en(s, sp.end, sentence_targets)):  # type: ignore
            # rule 11: «condemned the Turkish decision and called for its immediate reversal»,
            # «called for the reversal of the Israeli decision»: a call to undo an act asks
            # its author
            recs = _fill(recs, UNDONE_TYPES, [a for a in undone if a not in holder.actors])
        if open_for(AUTHORED_TYPES) and (made := (
                # rule 11: «رفضت إيران المشروع الذي تطالب به أذربيجان»: what the relative
                # clause after the object says its author did; «Iraq designated the PKK a
                # banned organisation, a step Ankara welcomed»: the act in apposition is the
                # sentence's subject's
                self._relative_author(s, holder.np_end or sp.end, holder.actors)
                if self.lang == "ar" else
                self._apposed_act_en(s, sp.start, holder.actors, ctx))):
            recs = _fill(recs, AUTHORED_TYPES, made)
        if self.lang == "ar" and open_for(AUTHORED_TYPES) and holder.np_end is not None and \
                holder.np_end > sp.end + 1 and sp.end < s.end and \
                s.fulls[sp.end].startswith(("بال", "لل")) and \
                (act := self._act_of(ctx, s.norms[sp.end])):
            # «ورحبت بالمبادرة مصر والأردن»: the act named before the subject is the object
            recs = _fill(recs, AUTHORED_TYPES, [a for a in act if a not in holder.actors])
        if open_for(CENSURES) and (accusers := [
                a for h in holder.actors for a in ctx.accused_by.get(h, ())
                if a not in holder.actors]) and \
                self._act_named(s, sp.end, holder, self.charge_nouns):
            # rule 11: «ورفضت بشدة «الاتهامات التي لا أساس لها»»: the charges are those of
            # whoever last accused the one who answers them
            recs = _fill(recs, CENSURES, list(dict.fromkeys(accusers)))
        if open_for(CENSURES) and (answered := [
                a for h in holder.actors for a in ctx.aimed_at.get(h, ((), -1))[0]
                if a not in holder.actors] or ctx.answering and [
                a for a in ctx.asked if a not in holder.actors]) and (
                self._act_named(s, sp.end, holder, self.retort_nouns)):
            # rule 11: «Iran's representative dismissed the complaint», «رفضت الهند
            # الادعاءات»: claims, criticism or remarks named back with no author are those of
            # whoever last took a stance toward the one who answers them, or in a briefing's
            # answer those of the speaker its question reported
            recs = _fill(recs, CENSURES, list(dict.fromkeys(answered)))
        if self.lang == "en" and open_for(CENSURES) and ctx.headline_subject and \
                not set(ctx.headline_subject) & set(holder.actors) and \
                self._act_named(s, sp.end, holder, self.generic_act_nouns):
            # rule 11: «Analysis: Abbas tears up the Oslo-era rulebook …» and then «The State
            # Department said it regretted the decision»: a bare decision or step named back
            # is the act of the headline's subject
            recs = _fill(recs, CENSURES, list(ctx.headline_subject))
        if open_for(CENSURES) and ctx.lead_act and \
                self._act_named(s, sp.end, holder, self.generic_act_nouns |
                                self._bare_forms(ctx.lead_noun) |
                                # («الضربة الإسرائيلية على الدوحة» in the headline, then
                                # «أدان … الهجوم»: an act of force named back by another)
                                (self.force_nouns if "ال" + ctx.lead_noun in self.force_nouns
                                 else frozenset())):
            # rule 11: «توالت ردود الفعل المنددة بإقرار الكنيست الإسرائيلي تعديلاً …» and then
            # «دانت الخارجية الأردنية القرار», «رفضها القاطع للتعديل»: the act the lead gave an
            # author, named back by a generic act noun or by the lead's own noun («انتقدت
            # زاخاروفا الزيارة» after a lead about the visit)
            recs = _fill(recs, CENSURES, [a for a in ctx.lead_act if a not in holder.actors])
        if open_for(CENSURES) and ctx.censured and (
                self._act_named(s, sp.end, holder, self.main_act_nouns)):
            # rule 11: «دانت قطر الإعلان», «رفضت الرباط الخطوة»: a bare decision or step
            # named back with no author is the article's main act, whose author its stances
            # have censured most
            top = max(ctx.censured.values())
            most = [a for a, n in ctx.censured.items() if n == top and a not in holder.actors]
            if len(most) == 1:
                recs = _fill(recs, CENSURES, most)
        if open_for(WELCOMES) and (ctx.lead_act or ctx.lead_subject):
            # rule 11: «رحب وزير الخارجية بالقرار», "welcomed the vote": a bare decision, step
            # or vote named back is the act of the article's headline or lead: the author it
            # gave the same noun, else the lead's subject, else the author it gave an act
            lead = ctx.lead_act if ctx.lead_act and self._act_named(
                s, sp.end, holder, self._bare_forms(ctx.lead_noun)) else \
                (ctx.lead_subject or ctx.lead_act) if self._act_named(
                    s, sp.end, holder, self.generic_act_nouns) else ()
            if lead:
                recs = _fill(recs, WELCOMES, [a for a in lead if a not in holder.actors])
        warned = [r.target for r in out if r.stance_type == "warns" and r.target and
                  r.is_edge] if self.lang == "ar" and form.tag == "p" else []
        if warned:
            # rule 14: «وجّه تحذيرا إلى X، مهددا برد حازم»: the participle goes on with
            # the same utterance, toward the same addressee
            recs = _fill(recs, THREATS, [warned[-1]])
        return recs

    def _lead_act(self, lead: list[Sentence]) -> tuple[tuple[str, ...], str]:
        """The author of the first act of main_act_nouns that the article's first sentences
        (its headline and lead) name with its author: the genitive after it («بإعلان الرئيس
        الأمريكي دونالد ترامب», «قرار واشنطن»), an adjective («القرار الأمريكي»), in English
        a possessive or adjective before it («Washington's decision», «the US decision») or
        «by» after it; with the noun's bare reading."""
        for s in lead:
            # («وقّع الرئيسان إعلاناً مشتركاً»: an agreement is no one side's act, rule 23)
            signed = any(f.cue.frame == "agreement" for _, fs in s.cues for f in fs)
            for k in range(s.start, s.end):
                n = s.norms[k]
                if self.lang == "ar":
                    # (an act made by a verb or masdar of enactment: «بإقرار الكنيست
                    # الإسرائيلي تعديلاً»)
                    force = n.startswith("ال") and n in self.force_nouns and \
                        (a := s.mentions.get(k + 1)) is not None and a.kind == "adj"
                    if n not in self.main_act_nouns and "ال" + n not in self.main_act_nouns \
                            and (n not in self.enactment_words or signed) and not force:
                        # (nor an act of force its state's adjective names: «الضربة
                        # الإسرائيلية على الدوحة»)
                        continue
                    j = k + 1
                    while j < min(s.end, k + 4) and j not in s.mentions and (
                            s.norms[j] in self.heads or s.norms[j] in self.fillers):
                        j += 1
                    m = s.mentions.get(j)
                    # an indefinite noun in construct takes its author after titles («بإعلان
                    # الرئيس الأمريكي»); a definite one only an adjective right after it
                    if m is not None and m.kind in ("name", "capital", "adj", "person") and (
                            not n.startswith("ال") or m.kind == "adj" and j == k + 1):
                        # («إعلان إسبانيا وأيرلندا والنرويج الاعتراف …»: all of them)
                        return self._actors(self._group(s, m, s.end)), self._bare(n)
                else:
                    if n not in self.main_act_nouns:
                        continue
                    m = s.mention_ending_at(k)
                    if m is None and k - 1 > s.start and s.texts[k - 1] in ("'s", "'"):
                        m = s.mention_ending_at(k - 1)
                    if m is None and k - 2 > s.start and s.texts[k - 2] in ("'s", "'") and \
                            s.texts[k - 1][:1].isupper():
                        m = s.mention_ending_at(k - 2)  # «Trump's Gaza plan»
                    if m is None and k + 2 < s.end and s.norms[k + 1] == "by":
                        m = s.mentions.get(k + 2)
                    if m is None and k + 2 < s.end and s.norms[k + 1] in self.relative:
                        # «the 20-point plan that President Donald Trump unveiled»: the subject
                        # of the relative clause, right before its verb
                        m = next((s.mentions[x] for x in range(k + 2, min(s.end, k + 7))
                                  if x in s.mentions), None)
                        if m is not None and not (m.end < s.end and s.texts[m.end].isalpha() and
                                                  s.texts[m.end].islower()):
                            m = None
                    if m is not None and m.kind in ("name", "capital", "adj", "person"):
                        return m.actors, n
        return (), ""

    def _lead_subject(self, lead: list[Sentence]) -> tuple[str, ...]:
        """The actor that the headline or the lead has for its subject: in English the actor
        that opens the sentence (past a dateline, a time, an article) before a verb; in Arabic
        the actor of the titled subject after the verb that opens it («صادق برلمان مقدونيا
        الشمالية على …») or of a sentence that opens with it («برلمان مقدونيا الشمالية يقر
        …»)."""
        for s in lead:
            if any(f.cue.label in REACTIONS for _, fs in s.cues for f in fs) or \
                    not s.words().isdisjoint(self.agreement_acts):
                # «Erdoğan hails PKK dissolution»: a reaction's subject did no act; «اختتمت
                # القمة … بتوقيع إعلان العلا»: an agreement's welcome is no party's (rule 23)
                continue
            k = s.after_time()
            if self.lang == "en":
                if k + 2 < s.end and s.texts[k].isalpha() and s.texts[k][:1].isupper() and \
                        s.texts[k + 1] == ":" and k not in s.mentions:
                    # «LIVE: Libya's rival authorities announce ceasefire», «Analysis: Abbas
                    # tears up …»: a rubric (not «Iran: …», a reaction's actor)
                    k += 2
                while k < s.end and s.norms[k] in self.articles:
                    k += 1
                m = s.mentions.get(k)
                if m is None or m.kind not in ("name", "capital", "adj", "person") or \
                        len(m.actors) != 1:
                    continue
                j = m.end
                while j < s.end and j not in s.mentions and (
                        s.texts[j][:1].isupper() or s.norms[j] in self.heads):
                    j += 1  # «The U.S. Senate», «Iran's foreign ministry»
                if j + 1 < s.end and s.texts[j] in ("'s", "'") and s.texts[j + 1].islower():
                    j += 1  # «Libya's rival authorities announce ceasefire»
                if not (j < s.end and s.texts[j].isalpha() and s.texts[j].islower()):
                    continue
                group = self._group(s, m, s.end)
                if len(group) == 1:
                    return m.actors
                if s.words().isdisjoint(self.agreements) and not any(
                        f.cue.label in MUTUAL for _, fs in s.cues for f in fs) and \
                        all(len(g.actors) == 1 and g.kind in ("name", "capital", "person")
                            for g in group):
                    # «Saudi Arabia and Qatar to clear Syria's arrears»: a joint act toward
                    # a third is both authors'; not «Bahrain and Qatar agree to restore
                    # ties», whose welcome is no party's (rule 23)
                    return tuple(dict.fromkeys(a for g in group for a in g.actors))
                continue
            dash = [x for x in range(k, min(s.end, k + 30)) if s.texts[x] in NAME_DASHES]
            if dash and (first := s.mentions.get(k)) is not None and first.end in dash:
                k = dash[-1] + 1  # «سكوبيي - صحيفة … - 16 تموز 2022 - برلمان …»: the dateline
            j = k
            while j < min(s.end, k + 4) and j not in s.mentions and (
                    s.norms[j] in self.heads or s.norms[j] in self.fillers):
                j += 1  # «برلمان مقدونيا الشمالية يقر»
            m = s.mentions.get(j)
            if m is None and any(sp.start == k for sp, _ in s.cues) or \
                    m is None and k + 1 < s.end and s.texts[k].isalpha():
                m, _ = self._subject_phrase_ar(s, k + 1)  # «صادق برلمان …»
            if m is not None and m.kind in ("name", "capital", "adj", "person") and \
                    len(m.actors) == 1 and not self._prep_prefixed(s, m.start) and \
                    len(self._group(s, m, s.end)) == 1:
                return m.actors
        return ()

    def _bare_forms(self, noun: str) -> frozenset[str]:
        """A bare act noun as a definite object reads it («اعلان» → «الاعلان»)."""
        return frozenset({noun, "ال" + noun}) if self.lang == "ar" else frozenset({noun})

    def _act_named(self, s: Sentence, end: int, holder: Holder, nouns: frozenset[str]) -> bool:
        """Whether the object of the cue ending at token ``end`` is a bare act noun of
        ``nouns`` with no author named (in Arabic past a subject after the verb)."""
        if self.lang == "ar":
            return self._act_named_ar(s, max(end, holder.np_end or 0), nouns)
        return self._act_named_en(s, end, nouns)

    def _act_named_ar(self, s: Sentence, start: int, nouns: frozenset[str]) -> bool:
        """Arabic: whether the object from token ``start`` (past quotes, manner words and
        «بأشد العبارات») is a bare definite noun of ``nouns`` («الإعلان», «الخطوة»), with no
        author named after it (an adjective, a relative clause)."""
        for k in range(start, min(s.end, start + 6)):
            n = s.norms[k]
            if n in nouns:
                if not s.fulls[k].startswith(DEFINITE_PREFIXES):
                    return False  # «وجهت اتهامات»: an indefinite noun names a new act
                after = s.norms[k + 1] if k + 1 < s.end else ""
                return k not in s.mentions and not (k + 1 < s.end and (
                    k + 1 in s.mentions or
                    # («الادعاءات التي لا أساس لها»: a relative clause that only denies names
                    # no author)
                    after in self.relative and not (
                        k + 2 < s.end and s.norms[k + 2] in self.negation) or
                    # («البيان الأفريقي»: an adjective of relation names another author)
                    after.startswith("ال") and after.endswith(("ي", "يه")) and
                    after not in self.act_qualifiers and after not in self.relative))
            if s.texts[k].isalpha() and n not in self.manner and n not in self.strongest_terms \
                    and n not in self.stance_intensifiers and n not in self.demonstratives and \
                    s.fulls[k] not in self.asides and n not in self.asides and \
                    not (k == start and s.fulls[k].endswith(("اً", "ا")) and
                         any(sp.start == k for sp, _ in s.cues)):
                # («نرفض رفضاً قاطعاً هذه الادعاءات»: past the verb's own masdar)
                return False  # («ورحبت القاهرة بدورها بالقرار»: past the aside)
        return False

    def _act_named_en(self, s: Sentence, start: int, nouns: frozenset[str]) -> bool:
        """English: whether the object from token ``start`` is a noun of ``nouns`` after
        «the» and adjectives that name no author («the announcement», «this unilateral
        step»), with no author after it («by», «of», an actor)."""
        if start < s.end and s.texts[start] in QUOTES:
            start += 1  # «the bloc "deplores" the decision»: past the verb's closing quote
        k = start
        while k < min(s.end, start + 4) and s.norms[k] in self.act_qualifiers and \
                k not in s.mentions:
            k += 1
        if k == start or k >= s.end or s.norms[k] not in nouns or k in s.mentions:
            return False
        after = s.norms[k + 1] if k + 1 < s.end else ""
        return after not in ("by", "of") and k + 1 not in s.mentions

    @staticmethod
    def _quoted_question(s: Sentence, after: int) -> bool:
        """Whether the question that ends the sentence is a quotation of its own, opened past
        a comma or colon after token ``after`` («اتهم … مدريد بـ…، متسائلاً: «كيف يمكن
        لشريك أن …؟»»): the clause before it states its stance."""
        q = max(k for k in range(s.start, s.end) if s.texts[k] in QUESTION_MARKS)
        o = next((k for k in range(q - 1, after - 1, -1) if s.texts[k] in OPEN_QUOTES), None)
        return o is not None and any(s.texts[k] in {",", "،", ":"} for k in range(after, o))

    def _warned_before(self, s: Sentence, before: int, holder: tuple[str, ...]) -> list[str]:
        """Arabic: the actor a warning verb before token ``before`` names as its object,
        between the verb and «من أن» (the holder's own names skipped)."""
        for sp, forms in s.cues:
            if sp.start >= before or not any(f.cue.label == "warns" for f in forms):
                continue
            for k in range(sp.end, before):
                if s.norms[k] in self.comp:
                    break
                m = s.mentions.get(k)
                if m is not None and m.kind in ("name", "capital", "adj") and \
                        not set(m.actors) & set(holder) and not self._is_location(s, m):
                    groups = self.res.gazetteer.groups
                    # («العواصم الأوروبية الثلاث»: the group, not its members again)
                    return [a for a in m.actors if a in groups] or list(m.actors)
        return []

    def _closes_aside(self, s: Sentence, comma: int) -> bool:
        """Arabic: whether the comma at ``comma`` closes an aside that cites a source («وجدد
        الأسد، بحسب البيان، مطالبة دمشق بـ…»; words according), after which the sentence goes
        on with its verb's object, not with a new clause."""
        c = next((k for k in range(comma - 1, max(s.start, comma - 6) - 1, -1)
                  if s.texts[k] in {"،", ","}), None)
        return c is not None and c + 1 < comma and s.norms[c + 1] in self.according

    def _colon_speaker(self, s: Sentence, ctx: Context, cues: list, first: int
                       ) -> Holder | None:
        """«المتحدث باسم الخارجية الأمريكية ماثيو ميلر: «نشجعهما على …»», «متحدث باسم
        المفوضية الأوروبية: «…»»: a title phrase that opens the sentence and ends at a colon
        (a live blog's or a roundup's line) speaks what follows."""
        colon = next((k for k in range(first + 1, min(s.end, first + 12))
                      if s.texts[k] == ":"), None)
        if colon is None or any(sp.start < colon for sp, _ in cues):
            return None
        if self.lang == "en":
            # «A spokesperson for the European Commission: "…"»: a title phrase
            if not any(s.norms[k] in self.heads for k in range(first, colon)):
                return None
            h = self._np_holder_en(s, first, colon, ctx, None)  # type: ignore[attr-defined]
        else:
            h = self._title_np(s, first, ctx)
            h = h if h is not None and h.source == "np" else None
        return Holder(h.actors, h.speaker, h.person, "headline") \
            if h is not None and h.actors else None

    def _indefinite_draft_en(self, s: Sentence) -> bool:
        """English: whether the sentence names its drafters for «a» text («Russia and China
        had vetoed a US-drafted text»), perhaps not the one the article reports adopted."""
        if self.lang != "en":
            return False
        for k in range(s.start, s.end):
            if s.norms[k] in self.drafter_words:
                j = k - 1
                while j >= s.start and k - j <= 4 and s.texts[j] not in {",", ";", "("}:
                    if s.norms[j] in ("a", "an"):
                        return True
                    j -= 1
        return False

    def _drafters(self, s: Sentence) -> list[str]:
        """The actors the sentence names as a resolution's drafters («drafted by X and Y»,
        «الذي صاغته واشنطن»)."""
        out: list[str] = []
        for k in range(s.start, s.end - 1):
            if s.norms[k] not in self.drafter_words:
                continue
            if self.lang == "en" and k - 2 >= s.start and s.texts[k - 1] in {"-", "–"} and \
                    (m := s.mention_ending_at(k - 1)) is not None and \
                    m.kind in ("name", "capital", "adj"):
                # «a Tunisian-drafted resolution»
                out.extend(a for a in m.actors if a not in out and a != "UNSC")
                continue
            limit = s.end
            if k - 2 >= s.start and s.norms[k - 1] in self.relative and \
                    s.texts[k - 2] in {"،", ","}:
                # «ويدعو القرار، الذي صاغته الولايات المتحدة، المغرب والجزائر …»: the
                # relative clause in commas ends the drafters; the addressees follow it
                limit = next((x for x in range(k + 1, s.end) if s.texts[x] in {"،", ","}),
                             s.end)
            out.extend(a for a in self._actors(self._drafted_by(s, k, limit))
                       if a not in out and a != "UNSC")
        return out

    def _drafted_by(self, s: Sentence, k: int, limit: int) -> list[Mention]:
        """The list of actors the drafter word at token ``k`` names after it, up to ``limit``
        («drafted by the United States and Japan», «قدمته بريطانيا وسيراليون»), or none."""
        j = k + 1 + (self.lang == "en" and k + 1 < s.end and s.norms[k + 1] in self.passive_by)
        while j < limit and s.norms[j] in self.articles:
            j += 1
        m = s.mentions.get(j)
        return self._group(s, m, limit) \
            if m is not None and m.kind in ("name", "capital", "adj", "person") else []

    def _draft_sponsors(self, s: Sentence, start: int) -> list[str]:
        """The sponsors of a draft or resolution whose own verb is the one at ``start``: the
        actors after a drafter word («put forward by France and Norway», «قدمته بريطانيا
        وسيراليون») that end right before it or before the relative pronoun that opens it
        («… Norway that called on», «… وسيراليون يدعو»)."""
        lo = max(s.start, start - 14)
        k = next((x for x in range(start - 1, lo - 1, -1) if s.norms[x] in self.drafter_words),
                 None)
        if k is None or not any(s.norms[x] in self.draft_nouns
                                for x in range(max(s.start, k - 8), k)):
            return []
        group = self._drafted_by(s, k, start)
        if not group:
            return []
        end = group[-1].end
        while end < start and (s.norms[end] in self.relatives_en or s.norms[end] in self.relative
                               or s.norms[end] in self.aux or s.texts[end] in {",", "،"}):
            end += 1  # «… Norway, which would have demanded …»
        if end != start:
            return []
        return [a for a in self._actors(group) if a != "UNSC"]

    def _relative_author(self, s: Sentence, begin: int, holder: tuple[str, ...]) -> list[str]:
        """Arabic: the subject of a relative clause right after the object at ``begin``
        («المشروع الذي تطالب به باكو», «مشروع "ممر زنغزور" الذي تطرحه أذربيجان»)."""
        r = next((k for k in range(begin, min(s.end - 2, begin + 6))
                  if s.norms[k] in self.relative), None)
        if r is None or any(k in s.mentions or s.texts[k] in {"،", ","}
                            for k in range(begin, r)):
            return []
        j = r + 2  # past the clause's verb
        if j < s.end and s.fulls[j] in self.with_pronoun:
            j += 1  # «الذي تطالب به باكو»
        j = self._past_heads(s, j, min(s.end, j + 4), ())  # «التي بذلها الجانب الإماراتي»
        m = s.mentions.get(j)
        if m is None or m.kind not in ("name", "capital", "adj", "person", "seat") or \
                self._is_location(s, m) or self._victim(s, m):
            return []
        return [a for a in m.actors if a not in holder]

    def _records(self, r, s: Sentence, sp, form: CueForm, holder: Holder,
                 subject: Holder | None, ctx: Context, document: Document) -> list[Stance]:
        label, holders, targets = r
        # offsets from the token lists (indexing a Doc makes a Token each time)
        ends = s.doc.user_data["sg_ends"]
        start = s.first_char
        end = ends[s.end - 1] + s.offset
        evidence = document.text[start:end]
        negated = self._negated(s, sp.start, form)
        hypothetical = label not in CONDITIONAL_OK and self._hypothetical(s, sp.start, sp.end)
        if not hypothetical and not s.words().isdisjoint(self.question_openers):
            # «did not say whether the group would respond»: an open question, no threat
            hypothetical = any(s.norms[k] in self.question_openers
                               for k in range(max(s.start, sp.start - 8), sp.start))
        if not hypothetical and not QUESTION_MARKS.isdisjoint(s.texts[max(sp.end, s.end - 3):s.end]):
            # «Will President Xi meet the Philippine President at the APEC meeting?»: a
            # question asks; it states no stance
            hypothetical = not self._quoted_question(s, sp.end)
        if not hypothetical and s.words() & self.hope:
            hypothetical = self._hoped(s, sp.start, holders, holder.source == "genitive") \
                if self.lang == "ar" else \
                self._hoped_en(s, sp.start)
        if not hypothetical and (ctx.analyst_end is not None or
                                 not s.words().isdisjoint(self.analysts)):
            hypothetical = self._analysts_view(s, sp.start, ctx)
        if not hypothetical and label in MUTUAL:
            hypothetical = self._only_if(s, sp.start, sp.end)  # rule 13
        if not hypothetical and label in ("expresses_intent_to_meet",
                                          "expresses_intent_to_cooperate") and targets and \
                self._offer_on_condition(s, sp.end):
            # rule 13: «مستعد للقاء مادورو، شرط أن تبقى محكمة العدل الدولية الجهة المختصة»,
            # «مستعدة لإبرام الاتفاق متى أبدت واشنطن واقعية»: an offer tied to a concession
            # the holder insists on is coded only as that demand
            # (the two are still the article's pair)
            label = "demands"
            ctx.pair = (holders[0], targets[0])
        if self.lang == "en" and label == "holds_talks" and not hypothetical:
            hypothetical = self._conditioned_en(s, sp)  # «a meeting … is contingent on»
        speaker = subject or ctx.speaker
        reported_by = None
        if speaker is not None and holder.source in ("vso", "svo", "np", "genitive", "by") \
                and speaker.actors and not set(speaker.actors) & set(holders):
            reported_by = speaker.actors[0]
        explicit = holder.source in ("vso", "svo", "np", "genitive", "by", "headline",
                                     "passive", "joint")
        # who voiced it: the holder's own official, else the person whose statement this is
        # («أعلن المبعوث … لافرينتييف أن روسيا تدعو …»)
        voice = holder
        if holder.person is None and speaker is not None and speaker.person is not None:
            voice = speaker
        confidence = round(form.cue.confidence * (1.0 if explicit else 0.85), 3)
        topic = "" if targets else s.span(sp.end, min(s.end, sp.end + 8))
        out = []
        actors = self.res.gazetteer.actors
        for h in holders:
            for t in (targets or [None]):
                if t == h or t is not None and h in actors and actors[h].part_of == t:
                    continue  # rule 7 («the Council's support for MONUSCO», a UN mission)
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

    def _hoped(self, s: Sentence, start: int, holders: tuple[str, ...],
               named_after: bool = False) -> bool:
        """Whether the cue at ``start`` stands in a clause hoped for about another actor
        («أعرب عن أمله في أن تضطلع فرنسا بدور أكبر في الوساطة»): rule 19 gives no edge;
        a hope about the holder's own conduct («نأمل أن نستعيد …») stays its intent.
        ``named_after``: the cue names its holder after it («نأمل أن يجري ذلك برعاية الأمم
        المتحدة»), another actor than the one who hopes, even with no one named before it."""
        for k in range(start - 1, max(s.start, start - 10) - 1, -1):
            if s.texts[k] in {"،", ",", ".", "؛"}:
                return False
            if s.norms[k] not in self.comp:
                continue
            before = k
            if k - 1 > s.start and s.texts[k - 1] in {"،", ","}:
                # «وتمنى مسؤول أفغاني، طلب عدم ذكر اسمه، أن …»: past an aside in commas (and
                # the hoper's subject after its verb)
                before = next((x for x in range(k - 2, max(s.start, k - 9), -1)
                               if s.texts[x] in {"،", ","}), k)
            if k == s.start or not any(s.norms[h] in self.hope
                                       for h in range(max(s.start, before - (
                                           4 if before < k else 2)), k)):
                continue
            # the subject of the hoped clause: the first actor after its verb
            m = next((s.mentions[j] for j in range(k + 1, start) if j in s.mentions), None)
            if m is None:
                v = k + 1 + (k + 1 < start and s.texts[k + 1] in QUOTES)
                # («أن «تبادر دولة صديقة إلى التوسط»»: a subject no actor is named, after a verb
                # of the third person)
                return named_after or (
                    v + 1 < start and s.fulls[v].startswith(("ت", "ي")) and
                    s.texts[v + 1].isalpha() and s.norms[v + 1] not in self.prepositions and
                    s.norms[v + 1] not in self.demonstratives)
            return m.kind not in ("self", "pair") and not set(m.actors) & set(holders)
        return False

    def _analysts_view(self, s: Sentence, start: int, ctx: Context) -> bool:
        """Whether the cue at ``start`` stands in what analysts or observers say or expect
        («ويتوقع محللون أن تحذّر أنقرة واشنطن», «ويرى مراقبون أن موسكو تسعى إلى …», «ويقول
        الباحث الفلسطيني في الشؤون الإسرائيلية مهند عوّاد لـ"العربي الجديد" إن …», «Analysts
        said the timing … suggested Pyongyang wanted …»), or in what the analyst of the
        sentence before goes on to say («ويضيف … أن …»)."""
        return self._analyst_speaks(s, start) or (
            self._analyst_continues(s, ctx) and self._first_comp(s, start) is not None)

    def _first_comp(self, s: Sentence, before: int) -> int | None:
        return next((k for k in range(s.start, min(before, s.start + 16))
                     if s.norms[k] in self.comp), None)

    def _analyst_speaks(self, s: Sentence, start: int) -> bool:
        """An analyst is the subject of the sentence's verb of saying, before ``start``: named
        within the first tokens with no actor's name between it and the clause it says."""
        for k in range(s.start, min(start, s.start + 4)):
            if s.norms[k] not in self.analysts:
                continue
            comp = next((j for j in range(k + 1, min(start, k + 14))
                         if s.norms[j] in self.comp), None)
            stop = comp if comp is not None else start
            if self.lang == "en" and comp is None and k + 1 < s.end and \
                    any(f.cue.label == "_speech" for sp, fs in s.cues
                        if sp.start == k + 1 for f in fs):
                return True  # «Analysts said the timing … suggested …»
            # «… المقيم في لندن، أن»: a place after a preposition is no other speaker
            return comp is not None and not any(
                m.kind in ("name", "person") and s.norms[m.start - 1] not in self.prepositions
                for m in s.mentions.values() if k < m.start < stop)
        return False

    def _analyst_continues(self, s: Sentence, ctx: Context) -> bool:
        """The sentence goes on with the analyst's words of the sentence before it: it opens
        with a verb of saying whose subject is not named («ويضيف لـ"القدس العربي" أن …»)."""
        last = ctx.analyst_end
        if last is None or not 0 <= s.start - last <= 2:
            return False
        opens = any(f.cue.label == "_speech" for sp, fs in s.cues
                    if sp.start == s.start for f in fs)
        comp = self._first_comp(s, s.end)
        return opens and comp is not None and not any(
            s.start < m.start < comp and m.kind != "land" for m in s.mentions.values())

    def _note_analyst(self, s: Sentence, ctx: Context) -> None:
        """Remember whether this sentence is an analyst's words, for the one after it."""
        said = (not s.words().isdisjoint(self.analysts) and self._analyst_speaks(s, s.end)) \
            or ctx.analyst_end is not None and self._analyst_continues(s, ctx)
        ctx.analyst_end = s.end if said else None

    def _topic_subject(self, s: Sentence, ctx: Context) -> Holder | None:
        """«أما الاتحاد الأوروبي، فأعرب …», «أما باريس فنفت …», «أما رئيس وزراء كوسوفو
        فذهب أبعد …»: the actor named after أما, or the official its title names, is the
        subject of the sentence (and of the verbs coordinated with the first)."""
        k = s.start
        if k + 1 >= s.end or s.norms[k] not in self.topic_openers:
            return None
        j = self._past_heads(s, k + 1, min(s.end, k + 7), self.honorifics)
        m = s.mentions.get(j)
        if m is None and s.norms[j] not in self.heads:
            # «أما ما يُعرف بـ"المقاومة الإسلامية في العراق" فتوعدت …»: a topic the gazetteer
            # does not know is still the subject; its stances have no holder we can name
            f = next((x for x in range(k + 1, min(s.end, k + 12))
                      if s.fulls[x].startswith("ف") and s.fulls[x].isalpha() and
                      x not in s.mentions and any(sp.start == x for sp, _ in s.cues)), None)
            if f is not None and not any(x in s.mentions and s.norms[x - 1] not in self.loc
                                         for x in range(k + 1, f)):
                return Holder((), s.span(k + 1, f), None, "nonactor")
        if m is None or m.kind not in ("name", "capital", "seat", "person") and \
                not (m.kind == "adj" and j > k + 1):
            return None
        grp = self._group(s, m, s.end)
        f = next((x for x in range(grp[-1].end, min(s.end, grp[-1].end + 4))
                  if s.fulls[x].startswith("ف") and any(
                      sp.start == x and any(fm.cue.frame == "appeal" for fm in fs)
                      for sp, fs in s.cues)), None)
        if f is not None:
            after = self._past_heads(s, f + 1, min(s.end, f + 5), self.honorifics)
            addressee = s.mentions.get(after)
            # (only forces or the state itself: «فدعا المتحدث باسم وزارة الخارجية
            # الأمريكية …» after «أما في واشنطن» is the subject)
            if addressee is not None and set(addressee.actors) & set(self._actors(grp)) and \
                    all(s.norms[x] in self.force_heads for x in range(f + 1, after)):
                # «أما السودان، فدعا الجيش السوداني وقوات الدعم السريع إلى وقف القتال»: the
                # state named again as the one asked is the matter of the sentence, not its
                # speaker, who goes on from the sentence before
                last = ctx.speaker
                return Holder(last.actors, last.speaker, last.person, "topic") \
                    if last is not None and last.actors else None
        return Holder(self._actors(grp), s.span(m.start, grp[-1].end), m.person, "svo")

    def _acting_subject_en(self, s: Sentence, ctx: Context) -> Holder | None:
        """The subject of a sentence's first past verb, when no comma comes before it
        («Within hours Algeria recalled …», «U.S. Ambassador Linda Thomas-Greenfield called
        the strikes necessary»), past an adverb that opens it with its comma («Publicly,
        Riyadh has kept its heaviest language for Israel»)."""
        first = s.start
        if first + 2 < s.end and s.texts[first + 1] == "," and s.texts[first].isalpha() and \
                s.norms[first].endswith("ly"):
            first += 2
        for v in range(first + 1, min(s.end, first + 12)):
            t = s.texts[v]
            if t in {",", ":", ";"}:
                return None
            if v not in s.mentions and t.isalpha() and t.islower() and (
                    t.endswith("ed") and len(t) > 4 or s.norms[v] in self.act_verbs_en):
                h = self._subject_en(s, v, ctx, None)
                return h if h is not None and h.actors and h.source == "svo" else None
        return None

    def _quoted_speaker_ar(self, s: Sentence) -> Holder | None:
        """Arabic: «نقلت الوكالة عن الزعيم كيم جونغ أون قوله إن …»: the one a report quotes
        («عن X قوله»; words quoted_saying) speaks in the sentence, not the outlet."""
        if s.words().isdisjoint(self.quoted_saying):
            return None
        for k in range(s.start + 1, s.end - 2):
            if s.norms[k] != "عن":
                continue
            j = k + 1
            while j < s.end and j not in s.mentions and s.norms[j] in self.heads:
                j += 1  # («عن الزعيم كيم جونغ أون»)
            m = s.mentions.get(j)
            if m is not None and m.kind in ("person", "name", "capital") and m.actors and \
                    m.end < s.end and s.norms[m.end] in self.quoted_saying:
                return Holder(m.actors, m.text, m.person, "svo")
        return None

    def _trailing_speaker_ar(self, s: Sentence, cues: list, ctx: Context) -> Holder | None:
        """Arabic: «"ندين بشدة الغارات"، قال وزير الخارجية المصري.», «»، بحسب بيان
        للخارجية المصرية»: a sentence that opens with a quotation and names its speaker after
        it, by a verb of saying or by «بحسب/وفق» and the source, speaks for that speaker."""
        first = s.after_time()
        if first >= s.end or s.texts[first] not in OPEN_QUOTES:
            return None
        close = next((k for k in range(first + 1, s.end) if s.texts[k] in QUOTES), None)
        if close is None or close + 2 >= s.end or s.texts[close + 1] not in {"،", ","}:
            return None
        j = close + 2
        if any(sp.start == j and any(f.cue.label == "_speech" and f.tag in FINITE for f in fs)
               for sp, fs in cues):
            h = self._subject_after_verb_ar(s, j, s.norms[j], ctx)  # («قالت», «تقول», «قال»)
            return h if h is not None and h.actors else None
        if s.norms[j] in self.according:
            # «بحسب بيان للرئاسة المصرية», «وفق المتحدث باسم الخارجية»
            for k in range(j + 1, min(s.end, j + 5)):
                m = s.mentions.get(k)
                if m is not None:
                    return Holder(m.actors, m.text, m.person, "svo") if m.actors and \
                        m.kind in ("name", "adj", "person", "capital") else None
                if s.texts[k] in {"،", ",", "."}:
                    break
        return None

    def _fronted_subject(self, s: Sentence, cues: list, ctx: Context,
                         opener: int | None = None) -> Holder | None:
        """«وخلال لقائه ماكرون، أكد زيلينسكي …», "During his call with X, Y said …": a
        sentence that opens with a circumstance has its subject after the comma that closes
        it; the nouns of the circumstance (the meeting, the call) belong to that subject."""
        first = s.start if opener is None else opener
        comma = next((k for k in range(first, s.end) if s.texts[k] in {"،", ","}), None)
        if comma is None:
            return None
        if self.lang == "ar":
            # «وفي وقت لاحق، أجرى وزير الخارجية الفلبيني اتصالا …»: the verb after the
            # circumstance is none of our cues, but its subject speaks for the sentence
            h = self._verb_subject_at(s, comma + 1, cues, ctx)
            if h is not None and h.actors:
                return h
        for sp, forms in cues:
            if sp.start <= comma:
                continue
            finite = [f for f in forms if f.tag in FINITE - {"1"}]
            if not finite:
                continue
            h = self._holder(s, sp.start, sp.end, finite[0], ctx, None, None)
            if h is not None and h.actors and (h.source in ("vso", "svo", "np") or
                                               # «وعن تصريحات …، قال المتحدث: "نرفض …"»
                                               h.source == "title" and self.lang == "ar"):
                return h
            return None
        return None

    @staticmethod
    def _hosted_sides(ctx: Context, a: str, b: str) -> tuple[str, ...] | None:
        """The two sides named earlier that a mediator ``a`` hosts, when ``b`` is one of them
        (not a side ``a`` who receives the mediator ``b``: «استقبل روحاني رئيس الوزراء الياباني
        … وعقد الجانبان»: those two)."""
        if a not in ctx.mediated:
            return None
        return next((p for _, p in reversed(ctx.named_pairs)
                     if len(p) == 2 and b in p and a not in p), None)

    def _another_meeting(self, s: Sentence, ctx: Context) -> None:
        """«وفي اتصال هاتفي آخر مع وزير الخارجية المصري، بحث الوزيران …»: another call of
        the article's own side (its home, else its first holder) with the one named after
        «مع», who are now «الوزيران» (not the two of the last call)."""
        own = ctx.home or ctx.protagonist
        if own is None or ctx.meeting is None or own not in ctx.meeting:
            return
        nouns = [sp for sp, forms in s.cues
                 if any(f.cue.label == "holds_talks" and f.tag == "n" for f in forms)]
        for k in range(s.start, s.end - 2):
            if s.norms[k] not in self.another_words:
                continue
            # «اتصال هاتفي آخر مع», "another call, with"
            sp = next((sp for sp in nouns if sp.end in (k, k - 1) or sp.start == k + 1), None)
            if sp is None:
                continue
            after = max(k + 1, sp.end)
            w = after + (s.texts[after] in {",", "،"})
            if w >= s.end or s.norms[w] not in self.with_:
                continue
            m = next((s.mentions[x] for x in range(w + 1, min(s.end, w + 7))
                      if x in s.mentions), None)
            if m is not None and m.kind in ("name", "adj", "person", "capital") and \
                    own not in m.actors:
                self._met(s, k, (own, *m.actors), ctx)
                if len(ctx.meeting) == 2:
                    ctx.pair = ctx.agents = ctx.meeting  # «the two ministers»
            return

    def _met(self, s: Sentence, after: int, actors: tuple[str, ...], ctx: Context) -> None:
        """Remember who took part in the last meeting, and let «الجميع», «كلهم» after token
        ``after`` name them («… مع نظيريه التركي والإيراني: إن الجميع يؤكد …», rule 26), and
        «الوزيران», «الرئيسان» the two who met («اتصالا هاتفيا بنظيره السوداني، حيث توافق
        الوزيران …»)."""
        ctx.meeting = tuple(dict.fromkeys(actors))
        ctx.met_pairs.add(frozenset(ctx.meeting))
        if len(ctx.meeting) == 2:
            ctx.agents = self._hosted_sides(ctx, *ctx.meeting) or ctx.meeting
        for m in s.mentions.values():
            if m.kind == "all" and m.start >= after:
                m.actors = ctx.meeting
        if len(ctx.meeting) == 2 and self.lang == "ar" and \
                not self.official_duals.isdisjoint(s.norms[after:s.end]):
            self._name_duals(s, after, ctx.meeting)

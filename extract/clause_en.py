"""Stage 4b' — English clause analysis over tokens (no trained English pipeline is used).

Built on the cue stage and read by the argument stage when the language is English:
  * datelines («JAKARTA, July 14 (EFE).-», «KHARTOUM --») are never part of a sentence;
  * the subject of a verb is the noun phrase right before it, after skipping auxiliaries,
    adverbs, times («on Monday») and a parenthetical set off by commas («, speaking on state
    television,»); actors inside a modifier of that phrase («the US ambassador to Moscow»,
    «nations boycotting Qatar») are not its head, coordinated heads are each a holder;
  * pronouns, bare titles and institutions («he», «it», «the ministry», «the spokesperson»)
    are the current speaker, «they» the last group of holders;
  * a reporting clause after a quote («…," the minister said.») gives the speaker of the
    sentence, and of the earlier sentences of a quote that it closes;
  * a surname or given name already named in the document refers to that official again.
All words these rules read are in extract/lexicons/en/words.json.
"""

from __future__ import annotations

from typing import Any, NamedTuple

from spacy.tokens import Doc

from extract.cues import CueRules
from extract.lexicon import CueForm
from extract.nlp import PhraseTable
from extract.normalize import normalize, split_words
from extract.sentence import (
    ACT_MENTION,
    ANSWER_LABEL,
    FINITE,
    NAME_DASHES,
    OPEN_QUOTES,
    QUOTES,
    Context,
    Holder,
    Mention,
    Sentence,
)
from ontology.errors import StancegraphError

DASHES = {"-", "—", "--", "–"}
# where a phrase or a clause stops, made once (a union in a loop is a new set each time)
STOP_CS = frozenset({",", ";"} | QUOTES)
STOP_CSC = frozenset({",", ";", ":"} | QUOTES)
SENT_END_EN = frozenset({".", "!", "?", ")"})
# the judgements a subject can go on to state in an infinitive of its own («rushed to denounce»)
STATED_INFINITIVES = frozenset({"condemns", "rejects", "welcomes", "accuses", "warns",
                                "expresses_support", "expresses_concern"})


class _Span(NamedTuple):
    start: int
    end: int
STOP_CPS = frozenset({",", ".", ";"} | QUOTES)
STOP_CP = frozenset({",", "."} | QUOTES)
EXPELLED = "_expelled"  # a content: envoys told to leave, an act and no stance
FORCE_ACT = "@force"  # key of the act of force last given an author (``act_authors``)


class EnglishClauseRules(CueRules):
    """Clause structure of English sentences: datelines, subjects, speakers."""

    def __init__(self, lang: str) -> None:
        super().__init__(lang)
        w = self.lex.word
        self.pronouns_en = w("subject_pronouns")
        self.said_en = w("said_verbs")  # «Saudi Arabia said it rejected it»
        self.visit_calls_en = w("visit_call_verbs")  # «called on Speaker Berri at …»
        self.agreed_meetings_en = w("agreed_meetings")  # «agreed that the next session …»
        self.force_refs_en = w("force_refs")  # «the army», «the security forces»
        self.met_plurals_en = w("met_plurals")  # «The ministers condemned …» after a meeting
        self.stance_light_verbs_en = w("stance_light_verbs")  # «voiced support for»
        self.force_ref_modifiers_en = w("force_ref_modifiers")
        self.force_named_en = w("force_named")  # «the Myanmar military»: remembered only
        # «seize seizure»: the act noun of a verb of force, for a later «the seizure»
        self.force_verb_acts_en: dict[str, str] = {}
        for line in self.lex.in_order("force_verb_acts"):
            verb, _, noun = line.partition(" ")
            if not noun or verb not in self.lex.in_order("force_verbs"):
                raise StancegraphError(f"force_verb_acts: {line!r}: not a verb of force_verbs "
                                       "and its act noun", self.words_file)
            self.force_verb_acts_en[verb] = noun
        self.plural_pronouns_en = w("plural_pronouns")
        self.personal_pronouns_en = w("personal_pronouns")
        self.time_words_en = w("time_words")
        self.time_preps_en = w("time_preps")
        self.title_mods_en = w("title_modifiers")
        self.np_preps_en = w("np_prepositions")
        self.np_stops_en = w("np_stops")
        self.verb_mods_en = w("verb_modifiers")
        self.be_en = w("be_forms")
        self.victim_preps_en = w("victim_prepositions")
        self.release_words_en = w("release_words")
        self.captivity_acts_en = w("captivity_acts")
        self.reciprocal_en = w("reciprocal_pronoun_ends")
        self.person_object_cues_en = self.lex.word("person_object_cues")
        self.between_party_cues_en = self.lex.word("between_party_cues")
        self.force_verbs_en = w("force_verbs")
        self.ruling_nouns_en = w("ruling_nouns")  # «welcomed the order»
        self.regime_nouns_en = w("regime_nouns")  # «the junta»
        self.army_nouns_en = w("army_nouns")  # «the army», named before with its state
        self.group_meetings_en = w("group_meeting_nouns")  # «keep their meetings open»
        # «a Syrian government hungry for recognition … warned the new authorities»: a new
        # government named with its state before, then bare with «new», «transitional»
        self.new_rulers_en = w("new_ruler_nouns")
        self.resolution_ordinals_en = w("resolution_ordinals")  # «adopted its first resolution»
        self.personal_possessives_en = w("personal_possessives")  # «welcomed his condemnation»
        self.act_circumstances_en = w("act_circumstances")  # «… after a week of attacks»
        self.new_mods_en = w("new_ruler_modifiers")
        self.honorifics_en = w("honorific_nouns")  # «His Excellency called on …»
        self.forming_words_en = w("forming_words")  # «the formation of the government»
        self.prep_participles_en = w("prepositional_participles")  # «, including …»
        self.concession_openers_en = w("concession_openers")  # «only once …» (rule 13)
        self.bare_titles_en = self.lex.phrase_list("bare_titles")  # «the prime minister»
        self.plural_self_en = w("plural_self_refs")  # «we», «our»: a joint text's authors
        # «the court» after «the International Criminal Court»: heads that name it back bare
        self.lowercase_org_heads_en = w("lowercase_org_heads")
        self.place_preps_en = w("place_prepositions")  # «outside the court», «before the court»
        # «back to the table»: a verb of a cue read as an adverb before these words
        self.particle_readings_en = self.lex.phrase_list("particle_readings")
        # «The Heads of State», «the Parties»: a joint text's own names for its signatories
        self.defined_pair_phrases_en = frozenset(self.lex.phrase_list("defined_pairs"))
        self.undo_words_en = w("undo_words")  # «called for its reversal»
        self.bare_title_firsts_en = frozenset(x[0] for x in self.bare_titles_en)
        self.bare_title_longest_en = max((len(x) for x in self.bare_titles_en), default=0)
        self.name_honorifics_en = w("name_honorifics")
        # «Minister of Foreign Affairs» = «foreign minister» (both ways)
        self.regime_mods_en = w("regime_modifiers")
        self.act_pronouns_en = w("act_pronouns")  # «strongly condemns this.»
        self.act_pronoun_labels_en = w("act_pronoun_labels")
        self.as_did_en = w("as_did")  # «…, as did Egypt»
        self.figurative_particles_en = w("figurative_particles")  # «hit back»
        self.relatives_en = w("relative_pronouns")  # «measures that threaten …»
        self.session_nouns_en = w("session_nouns")  # «met in emergency session»
        self.request_nouns_en = w("request_nouns")  # «at Israel's request»
        self.official_plurals_en = w("official_plurals")  # «the two prime ministers»
        self.naming_verbs_en = w("naming_verbs")  # «what it called …»
        self.unnamed_sources_en = w("unnamed_sources")  # «diplomats expect …»
        # stance nouns whose maker may stand before them («the ECOWAS threat»)
        self.maker_before_noun_en = w("maker_before_noun")
        self.future_modals_en = w("future_modals")
        self.hedged_en = w("hedged_quantifiers")
        self.consent_subjects_en = w("consent_subjects")
        self.consent_verbs_en = w("consent_verbs")
        self.backer_participles_en = w("backer_participles")
        self.nonmilitary_en = w("nonmilitary_measures")
        self.force_measure_mods_en = w("force_measure_modifiers")
        self.joint_work_verbs_en = w("joint_work_verbs")  # «working with Egypt to broker …»
        # the nouns of act_nominals.jsonl («adoption», «veto»), in both numbers where given
        self.nominal_nouns_en = frozenset(n for ns in self.lex.act_nominals.values() for n in ns)
        self.list_skip_en = w("list_skip")
        self.determiners_en = w("determiners")
        self.noun_taking_verbs_en = w("noun_taking_verbs")
        self.modal_asks_en = w("modal_asks")  # «X must …», «X should …»
        self.subject_modals_en = w("subject_modals")  # «X has to …», «X needs to …»
        self.open_subjects_en = w("open_subjects")  # «the world must …»: no one in particular
        self.head_preps_en = w("head_prepositions")
        self.mediation_offers_en = w("mediation_offers")
        self.agreement_nouns_en = w("agreement_nouns")
        # «pull its troops back»: a verb's particle after its object, no verb of its own
        self.phrasal_particles_en = w("phrasal_particles")
        # «meet its treaty obligations»: fulfilling, no meeting
        self.fulfil_verbs_en = w("fulfil_verbs")
        self.help_verbs_en = w("help_verbs")  # «helped broker the deal»
        self.fulfilled_nouns_en = w("fulfilled_nouns")
        self.talk_nouns_en = w("talk_nouns")
        self.state_nouns_en = w("state_nouns")  # «the Central American country»
        self.state_descriptors_en = w("state_descriptors")
        self.region_prefixes_en = w("region_prefixes")  # «the Central American country»
        self.clause_links_before_en = w("clause_links_before")  # «after», «that» …
        self.sequel_adverbs_en = w("sequel_adverbs")  # «and afterwards with …»
        self.continuing_verbs_en = w("continuing_verbs")  # «will keep supporting …»
        self.outlet_objects_en = w("outlet_objects")  # «spoke to us» in an interview's lead
        self.process_nouns_en = w("process_nouns")
        self.role_verbs_en = w("role_verbs")
        self.bare_acts_en = w("bare_acts")
        self.threatened_things_en = w("threatened_things")  # «threaten the security of …»
        self.sovereignty_words_en = w("sovereignty_words")  # «Syria's sovereignty must be …»
        self.threat_sources_en = w("threat_sources")
        self.clause_adverbials_en = frozenset(self.lex.phrases.get("clause_adverbials", ()))
        self.clause_adverbial_ends_en = frozenset(p[-1] for p in self.clause_adverbials_en)
        self.copulas_en = w("copulas")
        self.contrast_links_en = w("contrast_links")
        self.plural_pronouns_obj_en = w("plural_object_pronouns")
        self.planned_en = w("planned_words")
        self.floated_en = w("floated_words")  # «A meeting … has been floated»: not held
        # «we stand with it», «stood by them»: the last word of a phrase cue before its object
        self.pronoun_preps_en = w("phrase_object_prepositions")
        self.indefinite_persons_en = w("indefinite_persons")  # «anyone who stands with …»
        # «calls the move …», «demands that …»: what follows a present-tense verb, never the
        # plural noun of an appeal
        self.verb_object_openers_en = w("verb_object_openers")
        self.act_pronoun_cues_en = w("act_pronoun_cues")
        self.country_nouns_en = w("country_nouns")
        self.met_obligations_en = w("met_obligations")
        self.position_nouns_en = w("position_nouns")
        self.guest_heads_en = w("guest_heads")
        self.purpose_en = w("purpose_words")
        self.pair_only_en = w("pair_only_cues")
        self.addressee_openers_en = w("addressee_openers")
        self.restraint_from_en = w("restraint_from")
        self.possessive_pronouns_en = w("possessive_pronouns")
        # «the exchange between Iran and Israel» in a sentence of strikes: fire, not talks
        self.violent_exchange_en = w("violent_exchange_words")
        self._org_heads_cache: dict[str, frozenset[str]] = {}
        self.act_nouns_en = {"accuses": w("act_nouns_accuses"),
                             "demands": w("act_nouns_demands"),
                             "remarks": w("act_nouns_remarks"),
                             "threats": w("act_nouns_threats")}
        self.number_value_en = {n: i for i, n in enumerate(self.lex.in_order("number_words"))}
        self.exchange_kinds_en = w("exchange_kinds")
        self.draw_verbs_en = w("draw_verbs")
        self.relation_heads_en = w("relation_heads")
        self.role_nouns_en = w("role_nouns")
        self.played_en = w("played_words")  # «the role Iraq has played in hosting …»
        # «the Secretary-General» alone is the UN's (gazetteer titles_en)
        self.title_actors_en = {
            tuple(normalize(x) for x in split_words(t) if normalize(x) not in self.articles): a.id
            for a in self.res.gazetteer.actors.values() for t in a.titles_en}
        self.group_ref_heads_en = w("group_ref_heads")
        self.armed_groups = frozenset(a.id for a in self.res.gazetteer.actors.values()
                                      if a.kind == "group")
        self.governors_en = w("mediation_governors")
        self.circ_preps_en = w("circumstance_preps")
        self.occasion_preps_en = self.lex.phrase_list("occasion_preps")
        self.occasion_ends_en = frozenset(p[-1] for p in self.occasion_preps_en)
        self.conditions_en = w("conditions")
        self.inverted_if_en = w("inverted_conditionals")
        self.object_acts_en = w("reported_acts") | w("object_acts")
        self.exchange_verbs_en = w("exchange_verbs")
        # the first words of titles that name their actor («Secretary-General»: the UN's)
        self.title_starts_en = frozenset(t[0] for t in self.title_actors_en)
        self.own_stance_nouns_en = w("own_stance_nouns")
        self.reported_acts_en = w("reported_acts")
        # the agreement nouns among them: any names back a signed agreement («the agreement»)
        self.reported_agreements_en = self.agreement_nouns_en & self.reported_acts_en
        self.claim_verbs_en = w("claim_verbs")
        self.claim_nouns_en = w("claim_nouns")
        self.force_acts_en = w("force_acts")
        self.solo_titles_en = w("solo_titles")  # «the Special Envoy»: the one named before
        # the same titles of several words, by their last («secretary - general»)
        self.solo_title_phrases_en = {p[-1]: p for p in self.lex.phrase_list("solo_titles")
                                      if len(p) > 1}
        # what a withdrawal is asked of («troops», or «diplomats», «this measure»)
        self.withdrawn_forces_en = w("withdrawn_forces")
        self.withdrawn_others_en = w("withdrawn_others")
        self.withdrawn_envoys_en = w("withdrawn_envoys")
        self.act_preps_en = w("act_prepositions")
        self.by_participles_en = w("by_participles")
        self.author_preps_en = w("author_prepositions")
        self.act_determiners_en = w("act_determiners")
        self.describe_cues_en = w("describe_cues")
        self.invitation_accept_cues_en = w("invitation_accept_cues")
        self.voicing_en = w("voicing_participles")
        self.byline_words_en = w("byline_words")
        self.host_verbs_en = w("host_verbs")
        self.hosted_en = w("hosted_for_mediation")
        self.conditional_modals_en = w("conditional_modals")
        self.condition_openers_en = w("condition_openers")
        self.time_clause_openers_en = w("time_clause_openers")
        self.patient_acts_en = w("patient_act_nouns")
        self.present_meeting_en = w("present_meeting_verbs")
        self.topic_preps_en = w("topic_prepositions")
        self.singular_objects_en = w("singular_object_pronouns")
        self.envoy_heads_en = w("envoy_heads")
        self.envoy_preps_en = w("envoy_prepositions")
        self.together_en = PhraseTable({k: True for k in self.lex.phrases.get("together_with", ())}
                                       | {(x,): True for x in w("together_with")})
        self.concern_nouns_en = w("concern_nouns")
        self.own_concern_preps_en = w("own_concern_prepositions")
        self.asking_en = w("asking_contents") | {" ".join(p) for p in
                                                 self.lex.phrases.get("asking_contents", ())}

    # ---- per-document state (the rule object is shared by all documents) -------------
    @staticmethod
    def _en_state(doc: Doc) -> dict[str, Any]:
        return doc.user_data.setdefault("sg_en", {})

    # ---- datelines ------------------------------------------------------------------
    def _dateline_en(self, doc: Doc, a: int, b: int) -> int:
        """The first token after a dateline at the start of a sentence, else ``a``."""
        texts = doc.user_data["sg_texts"]
        starts, ends = doc.user_data["sg_starts"], doc.user_data["sg_ends"]
        if a >= b or not texts[a][:1].isupper():
            return a
        # (up to 20 tokens: «ANTANANARIVO/ADDIS ABABA, Oct. 15, 2025 (Indian Ocean & Africa
        # Desk) —»; a lower-case word ends the search long before in a sentence)
        for k in range(a + 1, min(b - 1, a + 20)):
            t = texts[k]
            spaced = starts[k] > ends[k - 1]
            if t == ":" and all(x.isupper() or not x.isalpha() for x in texts[a:k]):
                return k + 1  # «NEW DELHI: …»
            if t in DASHES and spaced or len(t) > 1 and t.endswith("-") and not t[0].isalpha():
                if all(x.isdigit() or x.lower().rstrip(".") in self.time_words_en or
                       not x.isalnum() for x in texts[k + 1:b]):
                    return a  # «Federal Foreign Office, Germany — 3 June 2025»: a byline
                return k + 1
            if not (t[:1].isupper() or t[:1].isdigit() or t in {",", "(", ")", ".", "&"} or
                    t.startswith(("(", "/")) or t.lower().rstrip(".") in self.time_words_en):
                return a
        return a

    def _speaker_label_en(self, texts: list[str], norms: list[str],
                          mentions: dict[int, Mention], a: int, b: int) -> str | None:
        """The label a transcript paragraph opens with: «Spokesperson:», «Deputy Foreign
        Minister:» answer ("answer"); «Reuters:», «Vietnam News Agency:», «Q:» ask
        ("question"). A label naming an actor («Lavrov:», «NEW DELHI:») is neither."""
        k = next((x for x in range(a + 1, min(b, a + 5)) if texts[x] == ":"), None)
        if k is None or not all(texts[x][:1].isupper() and texts[x].replace("-", "").isalpha()
                                for x in range(a, k)):
            return None
        # «MR MILLER:» after «spokesperson Matthew Miller», «Wang Wenbin:» after «Spokesperson
        # Wang Wenbin»: the person named before answers
        named = [m for m in mentions.values() if m.kind == "person" and m.start < a and
                 normalize(m.text.split()[-1]) == norms[k - 1]]
        # («ROME … — State Department briefing … PRICE: We …»: the one named answers for
        # his own state, not for the place of the heading)
        answer = "answer" if not named or len(named[-1].actors) != 1 else \
            ANSWER_LABEL + named[-1].actors[0]
        if any(x in mentions for x in range(a, k)):
            return answer if named and all(
                mentions[x].kind == "person" for x in range(a, k) if x in mentions) else None
        if named or any(norms[x] in self.heads or norms[x] in self.answer_labels
                        for x in range(a, k)):
            return answer
        return "question"

    # ---- cues -------------------------------------------------------------------------
    def _determined_noun_en(self, s: Sentence, start: int) -> bool:
        """Whether the word at ``start`` ends a noun phrase that a determiner opens past at
        most three adjectives, state adjectives among them («On the central Russian demand,
        that …», «its main demand»): the noun, not the verb."""
        k = start - 1
        while k >= max(s.start, start - 3):
            t = s.texts[k]
            if s.norms[k] in self.determiners_en:
                return k < start - 1
            m = s.mention_ending_at(k + 1)
            if m is not None and m.kind == "adj":
                k = m.start - 1
                continue
            if not (t.isalpha() and t.islower()) or s.norms[k] in self.aux or \
                    s.norms[k] in self.be_en or s.norms[k] in self.prepositions or \
                    s.norms[k] in self.comp or s.norms[k] in self.coord or \
                    s.norms[k] in self.heads or k in s.finite_cue_tokens():
                return False  # (not «Kyrgyzstan's foreign ministry demands that …»)
            k -= 1
        return False

    def _modified_noun_en(self, s: Sentence, start: int) -> bool:
        """Whether the word at ``start`` is a noun with its own adjectives after a verb that
        takes it («held wide-ranging talks», «held frank and cordial talks», «conducted
        in-depth consultations»): lower-case words, hyphens and «and» back to it, at most
        four."""
        k = start - 1
        while k >= max(s.start, start - 5):
            t = s.texts[k]
            if s.norms[k] in self.noun_taking_verbs_en:
                return k < start - 1
            if not (t == "-" or t == "," or s.norms[k] == "and" or t.isalpha() and t.islower()) \
                    or s.norms[k] in self.comp or \
                    s.norms[k] in self.prepositions and s.texts[k + 1] != "-" or \
                    s.norms[k] in self.aux or s.norms[k] in self.be_en or \
                    k in s.mentions or any(sp.start == k for sp, _ in s.cues):
                return False
            k -= 1
        return False

    @staticmethod
    def _title_case_en(s: Sentence) -> bool:
        """Whether a sentence is a headline in title case («Security Council Demands
        Withdrawal …»): most of its words capitalised."""
        words = [t for t in s.texts[s.start:s.end] if t.isalpha() and len(t) > 3]
        return len(words) >= 3 and sum(t[:1].isupper() for t in words) > 0.6 * len(words)

    def _fulfils_en(self, s: Sentence, k: int) -> bool:
        """Whether the word at ``k`` is «meet» in the sense of fulfilling: an obligation, a
        demand or a deadline within four words after it («meet its treaty obligations», «met
        the deadline», «meeting Ukraine's needs»)."""
        if s.norms[k] not in self.fulfil_verbs_en:
            return False
        for x in range(k + 1, min(s.end, k + 5)):
            if s.norms[x] in self.fulfilled_nouns_en:
                return True
            if not s.texts[x].isalpha() and s.texts[x] not in ("'s", "'"):
                return False
        return False

    def _where_places_meet_en(self, s: Sentence, start: int) -> bool:
        """Whether the verb at ``start`` has for subject a list of places after «where»
        («the border triangle where Egypt, Libya and Sudan meet», «where the two borders
        meet»): lands that touch, no talks."""
        k = start - 1
        lands: set[int] = set()
        while k >= max(s.start, start - 12):
            m = next((m for m in s.mentions.values() if m.start <= k < m.end), None)
            if m is not None and m.kind in ("name", "capital", "land"):
                lands.add(m.start)
            elif m is not None or not (s.texts[k] == "," or s.norms[k] in self.coord):
                break  # («where the two presidents held talks»: people, who do talk)
            k -= 1
        return k >= s.start and len(lands) >= 2 and s.norms[k] == "where"

    def _after_subject_en(self, s: Sentence, k: int) -> bool:
        """Whether token ``k`` comes right after a named actor or a subject pronoun (past an
        opening quotation mark: «the Houthis "need to …"»)."""
        if k > s.start and s.texts[k - 1] in OPEN_QUOTES:
            k -= 1
        if k > s.start and s.mention_ending_at(k) is not None:
            return True
        # a pronoun that opens its clause (not «the argument they need to …», a relative
        # clause on the noun before it)
        return k > s.start and (s.norms[k - 1] in self.pronouns_en or
                                s.norms[k - 1] in self.plural_pronouns_en) and not (
            k - 1 > s.start and s.texts[k - 2].isalpha() and s.texts[k - 2].islower() and
            s.norms[k - 2] not in self.comp and s.norms[k - 2] not in self.clause_links_before_en)

    def _cue_ok_en(self, s: Sentence, start: int, end: int, form: CueForm) -> bool:
        """English readings a cue cannot have here: a verb right after a determiner («its
        support») is the noun; a word inside a content phrase that began before it («step
        back», «pull back») belongs to that phrase."""
        if form.cue.label == "mediates" and not s.words().isdisjoint(self.venue_nouns) and \
                any(s.norms[k] in self.venue_nouns for k in range(max(s.start, start - 12), start)):
            # «met on the sidelines of the APEC summit hosted by South Korea»: the host of the
            # gathering the two met beside brokered nothing between them
            return False
        if form.cue.frame == "appeal" and form.tag == "x" and end + 1 < s.end and \
                s.norms[end] == "have" and (s.norms[end + 1] == "been" or
                                            s.texts[end + 1].endswith(("ed", "en", "wn"))):
            # «France should have listened earlier», «must have known»: a reproach of what
            # was not done, no appeal
            return False
        if form.cue.frame == "appeal" and form.tag == "x" and \
                s.norms[start] in self.subject_modals_en and \
                not self._after_subject_en(s, start):
            # «the need to restore calm», «would have to leave»: a noun, or a consequence
            # foretold; «Israel has to stop …», «the Houthis "need to stop …"» ask
            return False
        if form.tag in FINITE and end < s.end and \
                (s.norms[end - 1], s.norms[end]) in self.particle_readings_en:
            # «to bring the Houthis and the government back to the negotiating table»: «back»
            # before «to» is the adverb, no backing
            return False
        if form.cue.label == "expresses_intent_to_cooperate" and self._works_to_mediate_en(s, end):
            # «was working with Egypt and Qatar to broker an agreement between Israel and
            # Hamas»: the partners of a mediation mediate with the subject (rule 16), no
            # cooperation of theirs is stated
            return False
        if start > s.start and end < s.end and s.texts[start][:1].isupper() and \
                s.texts[start - 1][:1].isupper() and s.texts[start - 1].isalpha() and \
                s.texts[end][:1].isupper() and s.texts[end].isalpha() and \
                not self._title_case_en(s):
            return False  # «the Rapid Support Forces», «the Peace Council»: a word of a name
        if form.cue.frame == "appeal" and form.tag == "n" and end < s.end and \
                s.texts[start].endswith("s") and s.norms[end] in self.verb_object_openers_en:
            # «calls the Turkish deployment "a flagrant aggression"», «demands that Turkish
            # forces leave»: a present-tense verb (live blogs), not the plural noun
            return False
        if form.cue.frame == "concern" and form.tag == "n" and end < s.end and \
                s.texts[start].endswith("s") and s.norms[end] != "that" and \
                s.norms[end] in self.verb_object_openers_en:
            # «Shipping through the Bab al-Mandab concerns the whole world»: the verb of
            # what something is about, not the plural noun («raised concerns that …»)
            return False
        if form.cue.label == "_speech" and (end >= s.end or s.texts[end] in {",", ".", ";"}) and \
                any(s.norms[k] in self.relatives_en
                    for k in range(max(s.start, start - 5), start)):
            # «the attack in Ankara, which the PKK claimed, and we support …»: a verb of saying
            # with its object before it in a relative clause reports nothing, and its subject
            # speaks for nothing after it
            return False
        if start - 2 >= s.start and s.norms[start - 2] in self.indefinite_persons_en and \
                (s.norms[start - 1] in self.relatives_en or s.norms[start - 1] == "who"):
            return False  # «to anyone who stands with them»: no one's stance
        if form.cue.label == "holds_talks" and form.tag in FINITE and \
                self._where_places_meet_en(s, start):
            return False  # «the border triangle where Egypt, Libya and Sudan meet»
        if form.cue.id == "en.appeal.must":
            k = start - 1
            while k >= max(s.start, start - 8) and s.texts[k] != "," and \
                    s.norms[k] not in ("that", "while", "but", "which"):
                if s.norms[k] in self.sovereignty_words_en:
                    # «Syria's sovereignty must be respected»: an affirmation, no demand
                    return False
                k -= 1
        if form.cue.id == "en.threatens" and form.tag != "n" and end < s.end:
            k = end
            while k < min(s.end, end + 3) and (s.norms[k] in self.articles or
                                               s.norms[k] in self.possessive_pronouns_en):
                k += 1
            if k < s.end and s.norms[k] in self.threatened_things_en:
                # «the attacks, which threaten the security of both countries», «the strikes
                # threaten the reconstruction conference»: a danger, no threat someone utters
                return False
        if form.cue.label == "holds_talks" and end < s.end and s.texts[end][:1].isdigit() and \
                s.norms[start].startswith("receiv"):
            return False  # «the draft received 13 votes»: no one received
        if form.cue.label == "holds_talks" and s.norms[start] in ("exchange", "exchanges") and \
                not s.words().isdisjoint(self.violent_exchange_en):
            return False  # «following the exchange between Iran and Israel» of missiles
        if start > s.start and s.texts[start - 1] == "-" and \
                s.norms[start] in self.backer_participles_en:
            # «the Iran-backed Houthis», «Turkish-backed factions»: the writer's description
            # of a group, no stance its backer states here
            return False
        if form.tag in FINITE and start > s.start and (
                s.norms[start - 1] in self.determiners_en or
                s.norms[start - 1] != "to" and s.norms[start - 1] in self.prepositions) and \
                not (start - 2 >= s.start and s.norms[start - 1] in self.verb_mods_en and
                     (s.norms[start - 2] in self.future_modals_en or
                      s.norms[start - 2] in self.aux or s.norms[start - 2] == "to")):
            # «its support», «ready for talks»: the noun; but «would further strengthen»
            return False
        if form.tag in FINITE and any(f.tag == "n" for sp2, fs in s.cues if sp2.start == start
                                      for f in fs) and (self._modified_noun_en(s, start) or
                                                        self._determined_noun_en(s, start)):
            return False  # «held wide-ranging talks», «held frank and cordial talks»: the noun
        if form.tag in FINITE and start > s.start and s.texts[start - 1].islower() and \
                s.texts[start - 1].endswith("ed") and s.norms[start - 1] not in self.aux and \
                s.norms[start - 1] not in self.be_en and \
                s.norms[start - 1] not in self.verb_mods_en and any(
                    f.tag == "n" for sp2, fs in s.cues if sp2.start == start for f in fs):
            return False  # «pledged support for Ukraine», «voiced backing»: the noun
        if form.tag == "x" and end == start + 1 and s.norms[start] in self.inverted_if_en and \
                end < s.end and (end in s.mentions or s.norms[end] in self.articles or
                                 s.norms[end] in self.pronouns_en or
                                 s.norms[end] in self.plural_pronouns_en):
            return False  # «should the two governments ask for it»: a condition, no demand
        if form.cue.label == "agrees_with" and form.tag in FINITE and self._own_concern_en(s, end):
            return False  # «the two ministers shared concerns over X»: their concern
        if form.cue.label == "holds_talks" and s.norms[start] in self.present_meeting_en and \
                self._time_clause_en(s, start):
            return False  # «… before the Security Council meets»: a session still to come
        inside = self._en_state(s.doc).get("inside_content")
        if inside is None:
            inside = {k for sp, _ in s.doc._.sg.content for k in range(sp.start + 1, sp.end)}
            self._en_state(s.doc)["inside_content"] = inside
        if start in inside:
            return False
        if form.cue.label == "holds_talks" and self._fulfils_en(s, start):
            return False  # «insisted that Mexico meet its treaty obligations»
        if s.norms[start] in self.phrasal_particles_en and form.cue.requires_not_before and any(
                s.norms[k] in form.cue.requires_not_before for k in range(max(s.start, start - 4),
                                                                       start)) and \
                all(s.texts[k].isalpha() for k in range(max(s.start, start - 4), start)):
            return False  # «must pull its troops back»: the particle of «pull … back»
        if form.cue.label == "expresses_support" and form.tag in FINITE and any(
                s.norms[k] in self.position_nouns_en for k in range(end, min(s.end, end + 4))):
            return False  # «backed Russia's position»: agreement (en.agrees.position)
        if form.cue.label == "expresses_support" and end < s.end and (
                s.norms[end] in self.articles and self._supported_process_en(s, end) or
                # «expressed support for the Luanda and Nairobi processes», «support for the
                # peace process led by the African Union»: a process is a topic (rule 23)
                form.tag == "n" and s.norms[end] == "for" and end + 1 < s.end and
                s.norms[end + 1] in self.articles and self._supported_process_en(s, end + 1)):
            return False
        if form.cue.frame == "appeal" and form.tag == "n" and end + 1 < s.end and \
                s.norms[end] == "from" and (end + 1 in s.mentions or end + 2 in s.mentions):
            return False  # «received a request from Israel»: the requester is no addressee
        if form.cue.frame == "appeal" and form.tag in FINITE and self._passive_en(s, start) and \
                not any(s.norms[k] in self.passive_by for k in range(end, min(s.end, end + 8))):
            # «the Council is expected to meet», «Iran was asked to explain»: the one asked is
            # the subject, and whoever asked is not named
            return False
        if form.cue.frame == "appeal" and form.tag == "n" and start > s.start and \
                s.norms[start - 1] in self.demonstratives:
            return False  # «these demands are meant to …»: the earlier demands, no new one
        guest = end < s.end and end in s.mentions and s.mentions[end].kind == "person"
        if form.cue.id in self.between_party_cues_en and self._background(s, _Span(start, end)):
            return False  # rule 23: an agreement the article recalls («signed in 2015»)
        if form.cue.id in self.person_object_cues_en and not (form.tag in FINITE and guest):
            return False  # «hosted Zelensky»: only a person right after the verb
        if form.cue.label == "mediates" and form.tag in FINITE and \
                not (end < s.end and s.norms[end] in self.passive_by) and (guest or any(
                s.norms[k] in self.guest_heads_en for k in range(end, min(s.end, end + 4)))):
            return False  # «hosted the Turkish president»: a visit (en.talks.host)
        if form.cue.label == "mediates" and s.norms[start] in self.host_verbs_en and \
                not (end < s.end and s.norms[end] in self.passive_by) and \
                not any(s.norms[k] in self.hosted_en or  # «…, which Muscat has been hosting»
                        k < start and start - k <= 4 and s.norms[k] in self.relative
                        for k in range(max(s.start, start - 6), min(s.end, end + 12))):
            # «against hosting what it called destabilisation networks»: hosting no talks
            return False
        if form.tag == "n" and s.norms[start] in self.request_nouns_en and \
                "at" in s.norms[max(s.start, start - 4):start]:
            return False  # «met … at Israel's request»: a circumstance, no appeal
        if form.cue.label == "holds_talks" and form.tag in FINITE and end + 1 < s.end and \
                s.norms[end] == "in" and any(s.norms[k] in self.session_nouns_en
                                             for k in range(end + 1, min(s.end, end + 4))):
            return False  # «The Security Council met in emergency session»: a body convened
        if form.cue.label == "holds_talks" and form.tag in FINITE and end < s.end and \
                s.norms[end] in self.with_ and self._passive_en(s, start):
            return False  # «would be met with a decisive response»: no meeting
        if form.cue.label == "holds_talks" and form.tag in FINITE and any(
                s.norms[k] in self.met_obligations_en for k in range(end, min(s.end, end + 4))
                if not any(m.start <= k < m.end for m in s.ending_at(k + 1))):
            return False  # «would meet its obligations»: no meeting
        if form.cue.label == "threatens" and form.tag == "x" and any(
                f.cue.label == "threatens" and (
                    f.cue.frame == "attributed" or
                    f.tag in FINITE and "with" in s.norms[max(sp.end, start - 3):start])
                and not any(s.texts[k] in {",", ";"} for k in range(sp.end, start))
                for sp, forms in s.cues if start - 8 <= sp.start < start for f in forms):
            # «would be met with a crushing response», «threatened Israel with a crushing
            # response»: one threat, its phrase
            return False
        if form.cue.frame == "attributed" and form.cue.label == "threatens" and any(
                f.cue.label == "warns" and f.tag in FINITE and sp.end in s.mentions
                for sp, forms in s.cues if start - 14 <= sp.start < start for f in forms):
            # «has warned Israel that any attack on Iranian soil will be met with a crushing
            # response»: the warning is the threat (rule 14), addressed to whom it names (with
            # no one named, «warned that any provocation would be met …», the phrase stays)
            return False
        if form.cue.label == "threatens" and form.tag == "n" and end < s.end and \
                s.norms[end] in self.threat_sources_en:
            return False  # «a right to defend itself against threats from Hezbollah»: theirs
        if form.cue.label == "threatens" and form.tag == "x" and self._nonmilitary_en(s, end):
            return False  # «would respond with sanctions»: the warning verb, if any, says it
        if form.cue.frame == "between" and start > s.start and \
                s.norms[start - 1] in self.exchange_kinds_en:
            return False  # «a prisoner exchange between …» is no talks
        if form.tag == "p" and start > s.start and s.norms[start - 1] in {"of", "for"} and \
                form.cue.label != "mediates":
            # «accused Zelensky of rejecting peace»: what the accusation says, no stance
            for sp, forms in s.cues:
                if start - 9 <= sp.start < start and any(
                        f.cue.label in ("accuses", "condemns") for f in forms):
                    return False
        if form.cue.frame in ("genitive", "attributed") and form.cue.label in ("accuses",
                                                                             "condemns"):
            # «condemned the Israeli aggression», «condemned the move as a violation of»: a
            # label inside the object of another stance adds no second type (rule 21)
            reach = 5 if form.cue.frame == "genitive" else 9
            named = next((k for k in range(max(s.start, start - 8), start - 1)
                          if s.norms[k] == "what" and s.norms[k + 2] in self.naming_verbs_en),
                         None) if start - 3 >= s.start else None
            if named is not None:
                # «condemned what he called Israel's "daily violations"»: past the naming
                reach += start - named
            elif start - 3 >= s.start and "as" in s.norms[start - 3:start]:
                # «rejected the Greek and Egyptian criticism as interference»
                reach = 12
            for sp, forms in s.cues:
                if start - reach <= sp.start < start and "," not in s.texts[sp.end:start] and any(
                        (f.tag in FINITE or f.tag == "n" and sp.end < s.end and
                         # («Syria's rejection of Israeli violations»)
                         s.norms[sp.end] == "of" and f.cue.label in ("rejects", "condemns")) and
                        not f.cue.label.startswith("_") and
                        # («called the raid "a flagrant violation of …"»: no phone call)
                        f.cue.label != "holds_talks" and (
                            # «described the move as …», «exchanged fire … in violation of»:
                            # a verb that needs a word after it is a stance only with it
                            not f.cue.requires_after or
                            self._cue_ok(s, sp.start, sp.end, f))  # type: ignore[attr-defined]
                        for f in forms):
                    return False
        return True

    def _supported_process_en(self, s: Sentence, k: int) -> bool:
        """Whether the noun phrase at the article ``k`` after «supported» is the two sides
        («supports the two sides in making progress») or a process, talks or an agreement
        named after an actor or a place («the Ankara process», «the Qatari-brokered deal»):
        support for a process is a topic (rule 23), not for its actor."""
        m = s.mentions.get(k) or s.mentions.get(k + 1)
        if m is not None and m.kind in ("pair", "parties"):
            return True
        j = m.end if m is not None else k + 1
        while j < s.end and j - k < 9:
            if j + 1 < s.end and s.texts[j] == "-":
                j += 2  # «-brokered», «-led»
            elif j in s.mentions and s.mentions[j].kind in ("name", "capital", "adj"):
                j = s.mentions[j].end  # «the African-led Luanda and Nairobi processes»
            elif j + 1 < s.end and s.texts[j].isalpha() and s.texts[j + 1] == "-":
                j += 1  # «African-led»
            elif s.texts[j][:1].isupper() and s.texts[j].isalpha() and j > k:
                j += 1  # «the Lome process»: a city that names no actor here
            elif s.texts[j].isalpha() and s.texts[j].islower() and \
                    s.norms[j] not in self.process_nouns_en and \
                    s.norms[j] not in self.agreement_nouns_en and \
                    s.norms[j] not in self.np_preps_en:
                j += 1  # «the peace process», «and»
            else:
                break
        return j < s.end and (s.norms[j] in self.process_nouns_en or
                              s.norms[j] in self.agreement_nouns_en)

    def _first_ask_untyped_en(self, s: Sentence, after: int, stop: int) -> bool:
        """Whether an appeal's addressee (ending at ``after``) is asked first to do something
        no content types («to fully comply with its obligations»), and only after «and» what
        a content types («and to resume dialogue»)."""
        k = after
        if k >= stop or s.norms[k] != "to":
            return False
        k += 1
        while k < stop and s.texts[k].islower() and s.texts[k].endswith("ly"):
            k += 1  # «to fully comply»
        if k >= stop or not (s.texts[k].isalpha() and s.texts[k].islower()):
            return False
        first = min((sp.start for sp, _ in s.contents if sp.end > k and sp.start < stop),
                    default=None)
        if first is None or first <= k:
            return False
        return any(s.norms[x] == "and" for x in range(k + 1, first)) and \
            not any(s.texts[x] in STOP_CSC and not (s.texts[x] == "," and x + 1 < first and
                                                    s.norms[x + 1] == "and") or
                    x in s.mentions for x in range(k, first))

    def _later_ask_untyped_en(self, s: Sentence, after: int, stop: int) -> bool:
        """Whether, after the last typed thing an appeal asks (ending at ``after``), «and to»
        asks for something no content types («to stop its military operations in Gaza and to
        let humanitarian aid in»): rule 10 types it as a demand."""
        for x in range(after, min(stop - 2, after + 10)):
            if s.texts[x] in STOP_CSC and s.texts[x] != "," or x in s.mentions and x > after:
                return False
            if s.norms[x] == "and" and s.norms[x + 1] == "to" and \
                    s.texts[x + 2].isalpha() and s.texts[x + 2].islower():
                # (a content further on, even past the window, types it: «and to address
                # their differences, including security concerns …, through dialogue»)
                return not any(x <= sp.start < s.end for sp, _ in s.contents)
        return False

    def _concession_of_en(self, s: Sentence, after: int, holder: tuple[str, ...]
                          ) -> tuple[list[str], int] | None:
        """English: the actor an offer's condition asks something of («… only once Benin had
        shut the warehouses», «only after Israel withdraws»; words concession_openers): the
        first actor named in the clause after it, not the holder; with where the condition
        opens."""
        for k in range(after, min(s.end - 2, after + 12)):
            if s.norms[k] == "only" and s.norms[k + 1] in self.concession_openers_en:
                m = s.mentions.get(k + 2) or s.mentions.get(k + 3)
                if m is not None and m.kind in ("name", "capital", "adj") and \
                        not set(m.actors) & set(holder):
                    return list(m.actors), k + 2
                return None
        return None

    def _plural_noun_en(self, s: Sentence, k: int) -> bool:
        """English: a verb form in -s at ``k`` that is a plural noun, after a preposition or an
        article and at most one adjective («to engage in genuine talks», «the talks»): no
        verb, so no new clause."""
        if self.lang != "en" or not s.texts[k].endswith("s") or k - 1 <= s.start:
            return False
        j = k - 1
        if s.texts[j].isalpha() and s.texts[j].islower() and j not in s.mentions and \
                s.norms[j] not in self.articles and s.norms[j] not in self.prepositions:
            j -= 1  # («genuine»)
        return s.norms[j] in self.articles or s.norms[j] in self.prepositions

    def _asked_intent_en(self, s: Sentence, k: int, forms: list) -> bool:
        """English: an intent verb at ``k`` inside the «that» clause of an appeal before it
        («demanded that the Libyan parties commit to a lasting ceasefire», «agree to»): what
        is asked, which the appeal's content types, not a clause of its own."""
        if self.lang != "en" or not all(f.cue.label == "_ready" for f in forms):
            return False
        for j in range(k - 1, max(s.start, k - 10), -1):
            if s.texts[j] in {",", ";", ":"}:
                return False
            if s.norms[j] == "that":
                return any(sp.end == j and any(
                    f.cue.frame == "appeal" and f.cue.label == "_appeal" for f in fs)
                    for sp, fs in s.cues)
        return False

    def _new_subject_en(self, s: Sentence, k: int) -> bool:
        """Whether the verb at ``k`` has a subject of its own that a coordination opens
        («Kazakhstan urged Armenia to withdraw, and Georgia expressed concern»): a new clause,
        where what the verb before asked or named ends."""
        m = s.mention_ending_at(k)
        return m is not None and m.kind in ("name", "capital", "person") and \
            m.start - 1 > s.start and s.norms[m.start - 1] in self.coord and \
            s.texts[m.start - 2] == ","

    def _further_intents_en(self, s: Sentence, after: int) -> list[str]:
        """The types of what a readiness or agreement goes on to name after «and to» in the
        same sentence («…, and to strengthen coordination within the UN»)."""
        out: list[str] = []
        for k in range(after, min(s.end - 2, after + 24)):
            if s.texts[k] in {";", ":"}:
                break
            if s.norms[k] == "and" and s.norms[k + 1] == "to":
                kind, _ = self._content(s, k + 2, min(s.end, k + 8), "ready")  # type: ignore
                if kind is None:
                    continue
                lab = {"calls_for_dialogue": "expresses_intent_to_meet"}.get(kind, kind)
                if lab in ("expresses_intent_to_meet", "expresses_intent_to_cooperate"):
                    out.append(lab)
        return out

    def _hoped_en(self, s: Sentence, start: int) -> bool:
        """Rule 19: whether the cue at ``start`` is what someone hopes another actor or thing
        will do («hope France will mediate between …», «hopes (that) the understanding will
        pave the way»), not a hope about the hoper's own conduct («hopes to restore»)."""
        for k in range(start - 1, max(s.start, start - 10) - 1, -1):
            if s.texts[k] in STOP_CSC or s.texts[k] in SENT_END_EN:
                return False
            if s.norms[k] in self.hope:
                j = k + 1
                if j < start and s.norms[j] in self.comp:
                    j += 1
                return j < start and s.norms[j] != "to" and not (
                    j in s.mentions and s.mentions[j].kind == "self")
        return False

    def _mediated_here_en(self, s: Sentence, talks: int) -> bool:
        """Whether the talks of the cue at ``talks`` are said to be hosted, brokered or
        mediated by someone: a participle with its agent in the same clause («in a meeting
        hosted by Egypt, X and Y held talks», «held talks brokered by Qatar», «Qatari-brokered
        talks»), not mediation of other talks in a relative clause («…, which Muscat has
        been hosting») or a thanks for hosting."""
        for sp, forms in s.cues:
            if sp.start == talks or not (
                    sp.end < s.end and s.norms[sp.end] in self.passive_by or
                    sp.start > s.start and s.texts[sp.start - 1] == "-"):
                continue
            a, b = sorted((sp.start, talks))
            if any(s.norms[k] in self.relative for k in range(a, b)):
                continue
            if any(f.cue.label == "mediates" and f.tag in ("3m", "p") and
                   self._cue_ok(s, sp.start, sp.end, f) for f in forms):  # type: ignore
                return True
        return False

    def _possessor_pronoun_en(self, s: Sentence, start: int, holder: tuple[str, ...]
                              ) -> list[str]:
        """The actor a possessive pronoun right before the noun at ``start`` points back to
        («its sovereignty», «his country's territorial integrity»): the last actor named
        before it in the sentence that is not the holder, or nothing."""
        k = start - 1
        if k - 2 >= s.start and s.norms[k] in self.possessive and \
                (s.norms[k - 1] in self.group_nouns or s.norms[k - 1] in self.country_nouns_en):
            k -= 2  # «his country's»
            if s.norms[k] in self.articles and s.norms[k + 1] in self.country_nouns_en:
                # «On Sudan, … preserving the country's sovereignty»: the state named last
                return self._previous_actor(s, k, holder)
        if k < s.start or s.norms[k] not in self.possessive_pronouns_en:
            return []
        return self._previous_actor(s, k, holder)

    def _own_concern_en(self, s: Sentence, end: int) -> bool:
        """«shared (grave) concerns over/about X» after a verb ending at ``end``: a concern
        the subject voices (jointly), not one it shares with another actor («shared Moldova's
        concern over …», «the concern of Chad»)."""
        for k in range(end, min(s.end - 1, end + 4)):
            if k in s.mentions:
                return False
            if s.norms[k] in self.concern_nouns_en:
                return s.norms[k + 1] in self.own_concern_preps_en
        return False

    def _in_relative(self, s: Sentence, start: int) -> bool:
        """Whether token ``start`` sits in a «, which …» clause (English)."""
        for k in range(start - 1, s.start, -1):
            if s.texts[k] == ",":
                return False
            if s.norms[k] in self.relative and s.texts[k - 1] == ",":
                return True
        return False

    def _infinitive_ok_en(self, s: Sentence, start: int, form: CueForm) -> bool:
        """A verb cue after «to» that still states a stance of its own: mediation someone
        works, tries or offers to do («worked to facilitate talks between …»), an appeal
        that an appeal asks for («urged the Council to call on X to …»), and a judgement
        the subject goes on to state when no cue before it governs the infinitive."""
        if start - 2 > s.start and s.norms[start - 2] in self.continuing_verbs_en:
            # «Washington continues to urge Israel to …», «continued to threaten»: the subject
            # goes on with the act, which states it as a finite verb would
            return True
        if form.cue.label == "mediates":
            return self._governor_en(s, start) is not None
        if form.cue.frame == "appeal":
            return any(sp.start < start and any(f.cue.frame == "appeal" and
                                                f.cue.label == "_appeal" and f.tag in FINITE
                                                for f in forms) for sp, forms in s.cues)
        # «Qatar rushed to denounce …», «took the opportunity to condemn …»: a judgement the
        # subject goes on to state, when no cue before it governs the infinitive (an intent,
        # «ready to welcome», or an appeal, «urged the Council to condemn», types it)
        # («phoned his Iraqi counterpart to congratulate him»: a call or visit governs no
        # infinitive; its purpose is the caller's stance)
        talk_before = any(sp.start < start and any(f.cue.label == "holds_talks" for f in fs)
                          for sp, fs in s.cues)
        return form.cue.label in STATED_INFINITIVES and start - 2 > s.start and \
            (s.texts[start - 2].isalpha() or s.texts[start - 2] == "," and talk_before) and \
            not any(
                sp.start < start and any(f.cue.label != "holds_talks" and
                                         not f.cue.performative and
                                         self._cue_ok(s, sp.start, sp.end, f)  # type: ignore
                                         for f in fs)
                for sp, fs in s.cues)

    def _subject_pair_en(self, s: Sentence, m: Mention, ctx: Context) -> tuple[str, ...]:
        """The two a pair word that opens a subject stands for: those who met, after a
        reported meeting («The two sides agreed …», whatever pair was last addressed); the
        ones the same words stood for as a subject within the last five sentences («3. The
        two sides express concern … a ceasefire between Israel and Hamas. 4. The two sides
        condemn …»: a joint text goes on in its own terms); else the last pair named."""
        state = self._en_state(s.doc)
        now = state.get("sentences", 0)
        if ctx.meeting and len(ctx.meeting) == 2:
            pair: tuple[str, ...] = tuple(ctx.meeting)
        elif ctx.agents and len(ctx.agents) == 2 and \
                m.text.lower().split()[-1] in self.official_plurals_en:
            # «Sánchez and De Croo condemned … . On Thursday the two prime ministers met …»:
            # two officials are the two who last acted together, not the conflict's sides
            pair = tuple(ctx.agents)
        else:
            same = state.get("subject_pair")
            key = m.text.lower()
            if same is not None and same[0] == key and now - same[2] <= 5:
                pair = same[1]
            else:
                pair = self._pair_before(m.start, ctx, m.text)  # type: ignore[attr-defined]
        if len(pair) == 2:
            state["subject_pair"] = (m.text.lower(), pair, now)
        return pair

    def _remember_defined_pair_en(self, s: Sentence) -> None:
        """«The Heads of State of Burkina Faso, the Republic of Mali and the Republic of Niger
        decide … . The Heads of State denounce …»: a joint text's own name for its signatories,
        opening a sentence before «of» and their list, names that list when it comes back
        alone as a subject (see _subject_pair_en)."""
        a = s.after_time()
        while a < s.end and not s.texts[a].isalpha():
            a += 1  # (past the quotation mark that opens a communiqué's text)
        of = next((k for k in range(a + 1, min(s.end - 1, a + 6)) if s.norms[k] == "of" and
                   tuple(s.norms[a:k]) in self.defined_pair_phrases_en), None)
        if of is None or (m := s.mentions.get(of + 1)) is None or \
                m.kind not in ("name", "capital"):
            return
        actors = self._actors(self._list_en(s, m, s.end))
        if len(actors) >= 2:
            state = self._en_state(s.doc)
            key = " ".join(s.texts[a:of]).lower()
            state["subject_pair"] = (key, actors, state.get("sentences", 0))

    def _of_unknown_body_en(self, s: Sentence, a: int, b: int) -> bool:
        """Whether the phrase from ``a`` to ``b`` is a title «of» a capitalised body that no
        actor mention names («of the Organization of American States», «of the
        Commonwealth»)."""
        k = next((k for k in range(a, b) if s.norms[k] == "of"), None)
        if k is None:
            return False
        k += 1
        while k < b and s.norms[k] in self.articles:
            k += 1
        # (a state's adjective inside the body's name, «of American States», names no one)
        return k < b and s.texts[k][:1].isupper() and \
            not any(a <= m.start < b and m.kind != "adj" for m in s.mentions.values())

    def _what_it_en(self, s: Sentence, k: int) -> bool:
        """Whether «what» and a pronoun stand at ``k`` («what it called», «what they described
        as»)."""
        return k + 1 < s.end and s.norms[k] == "what" and (
            s.norms[k + 1] in self.pronouns_en or s.norms[k + 1] == "they")

    def _described_in_object_en(self, s: Sentence, start: int) -> bool:
        """«condemned what it called the criminal nature of the Maduro government», «rejected
        what he described as interference»: a verb of naming after «what» and a pronoun,
        right after a stance verb, says how the holder named the object of that stance; it is
        no stance of its own (and its pronoun no new holder)."""
        k = start - 2
        if k - 1 < s.start or not self._what_it_en(s, k):
            return False
        return any(sp.end == k and any(not f.cue.label.startswith("_") for f in fs)
                   for sp, fs in s.cues)

    def _governor_en(self, s: Sentence, start: int) -> int | None:
        """The verb or noun that governs «to» + the verb at ``start`` when it is one of
        working, trying, offering to do it."""
        end = start - 2
        if end > s.start and s.texts[end] == ",":
            # «the efforts of the AU, including its High Representative, to facilitate»: past
            # an apposition set off by commas
            o = next((x for x in range(end - 1, max(s.start, end - 16) - 1, -1)
                      if s.texts[x] == ","), None)
            if o is None:
                return None
            end = o - 1
        for k in range(end, max(s.start, end - 6) - 1, -1):
            if s.texts[k] in STOP_CS:
                return None
            if s.norms[k] in self.governors_en:
                return k
        return None

    def _circumstance_en(self, s: Sentence, k: int) -> bool:
        """Whether the content word at token ``k`` sits in a circumstance («in an
        emergency meeting», «at the meeting»), not in what is asked for."""
        x = k - 1
        article = False
        while x >= s.start and x >= k - 3 and (s.norms[x] in self.articles or
                                                s.texts[x].isalpha() and s.texts[x].islower()
                                                and s.norms[x] not in self.circ_preps_en):
            article = article or s.norms[x] in self.articles
            x -= 1
        if article and x >= s.start and s.norms[x] in self.circ_preps_en:
            return True
        # «urged both sides to show restraint ahead of a planned round of peace talks»: the
        # talks date the appeal, they are not what it asks for
        for x in range(k - 1, max(s.start, k - 7) - 1, -1):
            if s.norms[x] in self.occasion_ends_en and any(
                    tuple(s.norms[x - n + 1:x + 1]) in self.occasion_preps_en for n in (1, 2, 3, 4)
                    if x - n + 1 >= s.start):
                return True
            if not s.texts[x].isalpha() or s.norms[x] in ("to", "and", "or"):
                return False
        return False

    def _conditioned_en(self, s: Sentence, sp: Any) -> bool:
        """A meeting the sentence makes conditional or merely possible («the meeting is
        contingent on …», «the possibility of a meeting will depend on …», «a meeting with
        him would be …»)."""
        if any(s.norms[k] in self.conditions_en for k in range(s.start, s.end)
               if not sp.start <= k < sp.end):
            return True
        noun = sp.end - sp.start == 1 and s.texts[sp.start].islower() and \
            s.norms[sp.start] in self.talk_nouns_en
        return noun and any(s.norms[k] in self.future for k in range(sp.end, min(s.end,
                                                                               sp.end + 8)))

    # ---- mentions ---------------------------------------------------------------------
    def _group_mentions_en(self, doc: Doc, out: dict[int, Mention]) -> None:
        """«the group said», «the militia rejected»: the armed group named last before."""
        norms = doc.user_data["sg_norms"]
        texts = doc.user_data["sg_texts"]
        refs = [i for i, n in enumerate(norms) if n in self.group_ref_heads_en]
        if not refs:
            return
        covered = {k for m in out.values() for k in range(m.start, m.end)}
        named = sorted((m for m in out.values()
                        if m.actors and all(a in self.armed_groups for a in m.actors)),
                       key=lambda m: m.start)
        for i in refs:
            if i == 0 or norms[i - 1] != "the" or i in covered or i - 1 in covered:
                continue
            before = [m for m in named if m.end <= i - 1]
            if before:
                m = before[-1]
                out[i - 1] = Mention(i - 1, i + 1, "name", m.actors, "f",
                                     texts[i - 1] + " " + texts[i])

    def _place_in_name_en(self, doc: Doc, out: dict[int, Mention]) -> None:
        """«the Lima Group», «the Paris Club», «the Astana format»: a capital that opens the
        name of a group or a process (words place_name_heads) names no state."""
        texts = doc.user_data["sg_texts"]
        norms = doc.user_data["sg_norms"]
        for k in [k for k, m in out.items() if m.kind == "capital"]:
            m = out[k]
            if m.end < len(texts) and norms[m.end] in self.place_name_heads_en and \
                    texts[m.end][:1].isupper():
                del out[k]

    def _name_mentions_en(self, doc: Doc, out: dict[int, Mention]) -> None:
        """«Wang met …» after «Wang Yi», «bin Salman said» after «Mohammed bin Salman»: a
        capitalised part of an official's name already seen names that official again."""
        texts = doc.user_data["sg_texts"]
        parts: dict[str, Mention] = {}
        covered: set[int] = set()
        for m in sorted(out.values(), key=lambda x: x.start):
            covered.update(range(m.start, m.end))
        self._doc_lists_en(doc, out)
        firsts = sorted(m.start for m in out.values() if m.kind == "person")
        if not firsts:
            self._introduced_names_en(doc, out)
            return
        for m in sorted(out.values(), key=lambda x: x.start):
            if m.kind != "person":
                continue
            for k in (m.start, m.end - 1):
                t = texts[k]
                if t[:1].isupper() and t.isalpha() and len(t) > 2 and \
                        t.lower() not in self.heads:
                    parts.setdefault(t, m)
        for i in [i for i in range(firsts[0] + 1, len(texts)) if texts[i] in parts]:
            if i in covered:
                continue
            named = parts[texts[i]]
            if named.start < i:
                out[i] = Mention(i, i + 1, "person", named.actors, named.gender, texts[i],
                                 named.person)
        self._introduced_names_en(doc, out)

    def _name_token_en(self, texts: list[str], norms: list[str], k: int) -> bool:
        """Whether token ``k`` may be part of a person's name: a capitalised word that is
        no title word, time word or function word."""
        t, n = texts[k], norms[k]
        return len(t) > 1 and t[:1].isupper() and t.replace("-", "").isalpha() and \
            n not in self.heads and n not in self.fillers and n not in self.title_mods_en and \
            n not in self.time_words_en and n not in self.np_stops_en and \
            n not in self.np_preps_en and n not in self.articles and n not in self.coord

    def _title_actors_en(self, texts: list[str], norms: list[str], a: int, b: int,
                         out: dict[int, Mention]) -> tuple[str, ...]:
        """The one actor a title phrase [a, b) names («Minister for Foreign Affairs of
        Japan», «Kenya's foreign minister», «the Ghanaian envoy»), else ()."""
        actors: tuple[str, ...] = ()
        head = envoy = False
        k = a
        while k < b:
            m = out.get(k)
            if m is not None:
                if m.kind not in ("name", "adj", "capital") or actors and m.actors != actors:
                    return ()
                actors = m.actors
                k = m.end
                continue
            t, n = texts[k], norms[k]
            if n in self.envoy_heads_en:
                envoy = True
            if envoy and n in self.envoy_preps_en:
                # «Special Envoy for Yemen»: sent to it; «Special Envoy of the
                # Secretary-General for Yemen»: the Secretary-General's
                break
            key = next((key for key in self.title_actors_en
                        if tuple(norms[k:k + len(key)]) == key), None) \
                if n in self.title_starts_en else None
            if key is not None:  # «of the Secretary-General»
                office = (self.title_actors_en[key],)
                if actors and actors != office:
                    return ()
                actors, head = office, True
                k += len(key)
                continue
            if n in self.heads:
                head = True
            elif not (n in self.fillers or n in self.title_mods_en or n in self.articles or
                      n in self.head_preps_en or n in self.coord or t in {"'s", "'", "(", ")"}
                      or t[:1].isupper() and t.isalpha()):
                return ()
            k += 1
        return actors if head and len(actors) == 1 else ()

    def _introduced_names_en(self, doc: Doc, out: dict[int, Mention]) -> None:
        """Officials the gazetteer does not know, introduced with their title: «Japanese
        Foreign Minister Kano Hiroshi», «Mr. KANO Hiroshi, Minister for Foreign Affairs of
        Japan,», «Kenya's foreign minister, Jane Doe,»: their names name that actor
        wherever the article writes them («Minister Kano stated …»)."""
        texts = doc.user_data["sg_texts"]
        norms = doc.user_data["sg_norms"]
        n_tok = len(texts)
        covered = {k for m in out.values() for k in range(m.start, m.end)}
        names: dict[str, tuple[str, ...]] = {}
        first: dict[str, int] = {}

        intro: set[int] = set()

        def register(a: int, b: int, actors: tuple[str, ...], named: bool = False) -> None:
            if not named:
                intro.update(range(a, b))  # the introduction itself: its title names it
            for k in range(a, b):
                n = norms[k]
                if len(n) > 2 and names.setdefault(n, actors) != actors:
                    names[n] = ()  # two officials of different actors share it
                first.setdefault(n, k)

        def name_run(k: int, step: int) -> int:
            """The token after (step 1) or before (step -1) a run of up to three name
            tokens starting at ``k``."""
            x = k
            count = 0
            while 0 <= x < n_tok and count < 3 and x not in covered:
                if self._name_token_en(texts, norms, x):
                    count += 1
                elif not (texts[x] == "-" and 0 < x < n_tok - 1 and texts[x - 1].isalpha()
                          and texts[x + 1].isalpha() or
                          texts[x].isalpha() and x > 0 and texts[x - 1] == "-"):
                    break  # «Seo-yeon»: a hyphen and the lower-case part after it
                x += step
            return x

        for k in [k for k, t in enumerate(texts) if t == ","]:
            if k == 0:
                continue
            # «Name Name, <title of X>,»: the name before the comma, the title after it
            a = name_run(k - 1, -1) + 1
            if a < k and (a == 0 or not self._name_token_en(texts, norms, a - 1)):
                b = next((x for x in range(k + 1, min(n_tok, k + 14))
                          if texts[x] in {",", ".", ";"}), None)
                if b is not None:
                    actors = self._title_actors_en(texts, norms, k + 1, b, out)
                    if actors:
                        register(a, k, actors, named=True)  # «Name, title of X,»
            # «<X's title>, Name Name,»: the title before the comma, the name after it
            e = name_run(k + 1, 1)
            if e > k + 1 and e < n_tok and texts[e] in {",", "."}:
                t0 = k - 1
                while t0 > 0 and k - t0 < 8 and texts[t0 - 1] not in {",", ".", ";"} and \
                        (t0 - 1 in covered or norms[t0 - 1] in self.heads or
                         norms[t0 - 1] in self.title_mods_en or norms[t0 - 1] in self.fillers
                         or texts[t0 - 1] in {"'s", "'"}):
                    t0 -= 1
                if norms[k - 1] in self.heads:
                    actors = self._title_actors_en(texts, norms, t0, k, out)
                    if actors:
                        register(k + 1, e, actors)
        # «Foreign Minister Maria Lopez of Chile»: title words, the name, «of» the actor
        for k in [k for k, n in enumerate(norms) if n == "of" and 2 <= k < n_tok - 1]:
            m = out.get(k + 1) or (out.get(k + 2) if norms[k + 1] in self.articles else None)
            if m is None or m.kind not in ("name", "adj"):
                continue
            a = name_run(k - 1, -1) + 1
            if a < k and a > 0 and norms[a - 1] in self.heads:
                register(a, k, m.actors)
        # «Japanese Foreign Minister Kano Hiroshi»: an actor, title words, then the name
        for m in list(out.values()):
            if m.kind not in ("name", "adj"):
                continue
            k = m.end + (m.end < n_tok and texts[m.end] in {"'s", "'"})
            t0 = k
            while k < n_tok and k - t0 < 5 and (norms[k] in self.heads or
                                                norms[k] in self.title_mods_en or
                                                norms[k] in self.fillers and k > t0):
                k += 1
            if k == t0 or not any(norms[x] in self.heads for x in range(t0, k)) or \
                    not texts[k - 1][:1].isupper():
                continue
            e = name_run(k, 1)
            if e > k:
                register(k, e, m.actors)
        names = {n: a for n, a in names.items() if a}
        if not names:
            return
        start = min(first[n] for n in names)
        covered |= intro
        k = start
        while k < n_tok:
            if k in covered or norms[k] not in names or not texts[k][:1].isupper():
                k += 1
                continue
            actors = names[norms[k]]
            e = k + 1
            while e < n_tok and e not in covered and names.get(norms[e]) == actors and \
                    texts[e][:1].isupper():
                e += 1
            out[k] = Mention(k, e, "person", actors, "m", " ".join(texts[k:e]))
            k = e

    def _doc_lists_en(self, doc: Doc, out: dict[int, Mention]) -> None:
        """Every list of three or more actors in the article («Saudi Arabia, the United Arab
        Emirates (UAE), Bahrain and Egypt»), for a bloc named before its members are."""
        texts = doc.user_data["sg_texts"]
        norms = doc.user_data["sg_norms"]
        lists: list[tuple[str, ...]] = []
        placed: list[tuple[int, tuple[str, ...]]] = []  # (first token, members)
        run: list[str] = []
        k = 0
        starts = sorted(out)
        i = 0
        while i < len(starts):
            m = out[starts[i]]
            if m.kind in ("self", "land", "pair", "parties"):
                i += 1
                continue
            run = list(m.actors)
            k = m.end
            j = i + 1
            while j < len(starts):
                nxt = out[starts[j]]
                if nxt.start - k > 3 or not all(texts[x] in {",", "(", ")"} or norms[x] in
                                                {"and", "the"} for x in range(k, nxt.start)):
                    break
                run += [a for a in nxt.actors if a not in run]
                k = nxt.end
                j += 1
            if len(run) >= 3:
                lists.append(tuple(run))
                placed.append((m.start, tuple(run)))
            i = j
        self._en_state(doc)["doc_lists"] = lists
        self._en_state(doc)["placed_lists"] = placed

    def _bloc_extend_en(self, s: Sentence, end: int, targets: list[str]) -> list[str]:
        """«asked Saudi Arabia and three other countries»: the members the article lists."""
        k = end
        if k + 2 >= s.end or s.norms[k] != "and":
            return targets
        k += 1
        n = self.number_value_en.get(s.norms[k])
        if n is None:
            return targets
        k += 1
        if k < s.end and s.norms[k] in self.list_skip_en:
            k += 1
        if k >= s.end or s.norms[k] not in self.bloc_heads_en:
            return targets
        for members in self._en_state(s.doc).get("doc_lists", []):
            if len(members) == len(targets) + n and set(targets) <= set(members):
                return targets + [a for a in members if a not in targets]
        return targets

    def _list_en(self, s: Sentence, first: Mention, limit: int) -> list[Mention]:
        """«Saudi Arabia, the United Arab Emirates (UAE), Bahrain and Egypt»: the mentions of
        a coordinated list; a parenthesised short name is the same member again."""
        grp = [first]
        i = first.end
        while i < limit:
            if i + 2 < limit and s.texts[i] == "(" and i + 1 in s.mentions and \
                    s.mentions[i + 1].end < limit and s.texts[s.mentions[i + 1].end] == ")":
                i = s.mentions[i + 1].end + 1
                continue
            j = i
            while j < limit and j - i < 3 and (s.texts[j] in self.coord or
                                                s.norms[j] in self.articles or
                                                s.norms[j] in self.list_skip_en):
                j += 1
            m = s.mentions.get(j)
            if m is None or j == i and not (grp[-1].kind == "adj" and m.kind == "person") or \
                    m.kind in ("self", "land", "parties") or \
                    ACT_MENTION in (m.gender, grp[-1].gender):
                break
            grp.append(m)
            i = m.end
        return grp

    # ---- subjects ---------------------------------------------------------------------
    @staticmethod
    def _span_text(s: Sentence, a: int, b: int) -> str:
        u = s.doc.user_data
        return str(u["sg_text"][u["sg_starts"][a]:u["sg_ends"][b - 1]])

    def _np_start_en(self, s: Sentence, j: int, by_end: dict[int, Mention]) -> int:
        """The first token of the noun phrase that ends at token ``j``."""
        verbs = s.finite_cue_tokens()
        k = j
        start = j + 1
        anded = False  # an «and» comes only before a list's last member
        comma_and: int | None = None  # that «and», when a comma comes right before it
        members_since = 0  # the members crossed since that «and»
        while k >= s.start and j - k < 16:
            m = by_end.get(k)
            if m is not None and m.gender == ACT_MENTION and k < j:
                break  # «rejects the plan and France condemned it»: an act is no member
            if m is not None:
                start = m.start
                k = m.start - 1
                members_since += 1
                continue
            t, n = s.texts[k], s.norms[k]
            if k in verbs or n in self.np_stops_en or t in QUOTES or t in {";", ":", "(", ")"}:
                break
            if n in self.time_words_en and t.islower() and start <= j and start in s.mentions:
                break  # «Earlier in the day Zelensky urged …»: a time adverbial before a name
            if t == ",":
                # «Saudi Arabia, the UAE and Egypt»: a comma inside a list of actors that
                # ends with «and»; «At the UN, Peru …» is a fronted place
                before = by_end.get(k - 1)
                after = s.mentions.get(k + 1) or s.mentions.get(k + 2)
                if before is None or after is None or before.gender == ACT_MENTION or not any(
                        s.texts[x] != "," and s.texts[x] in self.coord for x in range(k + 1, j + 1)):
                    break
                k -= 1
                continue
            if n == "and" and k + 1 <= j and (k + 1 in s.mentions or
                                               s.texts[k + 1][:1].isupper()) and not (
                    # «State Councillor and Foreign Minister Wang Yi», «Deputy Prime Minister
                    # and Foreign Minister»: one official's compound title, no list
                    k - 1 >= s.start and k - 1 not in by_end and k + 1 not in s.mentions and
                    s.texts[k - 1][:1].isupper() and s.norms[k - 1] in self.heads):
                # (not «Bahrain's crown prince and prime minister»: one official's titles)
                if anded:
                    if comma_and is not None and members_since == 1:
                        # «called for talks between Moscow and Kyiv, and Switzerland said
                        # …»: the comma before the later «and» was no list's; a new clause
                        # opens after it
                        start = comma_and + 1
                    break  # «with Kuwait, and Bahrain, Qatar and Oman issued …»
                anded = True
                comma_and = k if k - 1 >= s.start and s.texts[k - 1] == "," else None
                members_since = 0
            if t[:1].isupper() or t in {"'s", "'", "-", "&"} or n in self.articles or \
                    n in self.heads or n in self.fillers or n in self.title_mods_en or \
                    n in self.np_preps_en or n in self.coord or t[:1].isdigit() or \
                    t.isalpha() and t.islower():
                start = k
                k -= 1
                continue
            break
        # a phrase never begins with a preposition or a conjunction
        while start <= j and (s.norms[start] in self.np_preps_en or s.texts[start] in
                              self.coord or s.texts[start] == ","):
            start += 1
        return start

    def _np_holder_en(self, s: Sentence, a: int, b: int, ctx: Context,
                      subject: Holder | None) -> Holder | None:
        """The holder a noun phrase [a, b) names: each coordinated head actor, the speaker for
        a pronoun, a bare title or institution, and an empty holder for any other phrase."""
        text = self._span_text(s, a, b)
        norms = [s.norms[k] for k in range(a, b)]
        if b - a == 1 and (norms[0] in self.pronouns_en or norms[0] in self.plural_pronouns_en):
            return self._pronoun_en(s, a, ctx, subject)
        if ctx.meeting and len(ctx.meeting) == 2 and len(norms) == 2 and \
                norms[0] in self.articles and (self.number_value_en.get(norms[1]) == 2 or
                                               norms[1] in self.met_plurals_en):
            # «received his Somali counterpart in Cairo, where the two discussed …», «… met the
            # Minister of Foreign Affairs of Poland. The ministers condemned …»: the two who
            # met, who do not become the speaker of what follows («The Secretary …»)
            return Holder(tuple(ctx.meeting), text, None, "joint")
        m = s.mentions.get(a)
        if m is not None and m.kind == "self" and m.end == b:
            return Holder((), m.text, None, "self")  # «we»: the speaker
        if norms and norms[0] in self.possessive_pronouns_en and b - a <= 4 and \
                a > s.start and not any(k in s.mentions for k in range(a, b)) and \
                all(s.texts[k].isalpha() and s.texts[k].islower() for k in range(a + 1, b)):
            # «Turkey expressed its readiness to mediate»: «its» is the clause's subject
            base = subject or self._initial_subject_en(s, a, ctx, None)
            if base is not None and base.actors:
                return Holder(base.actors, text, base.person, "svo")
        if norms and norms[0] in self.hedged_en and (
                not any(k in s.mentions for k in range(a, b)) or
                (g := s.mentions.get(a + 1)) is not None and g.end == b and
                s.texts[b - 1].islower() and s.texts[b - 1].endswith("s")):
            # «Several speakers», «Several Western governments»: rule 11 (a group named in
            # the plural after a quantifier names no one among the several)
            return Holder((), text, None, "nonactor")
        heads: list[Mention] = []
        modifier = False
        conj_has = False
        person: str | None = None
        k = a
        while k < b:
            t, n = s.texts[k], s.norms[k]
            m = s.mentions.get(k)
            if n in self.coord or t == ",":
                modifier = False  # a new conjunct
                conj_has = False
                k += 1
                continue
            if m is not None and m.end <= b:
                usable = m.kind not in ("self", "land", "parties", "pair") and not modifier
                if m.kind == "pair" and not modifier:
                    pair = self._subject_pair_en(s, m, ctx)
                    if pair:
                        return Holder(pair, text, None, "svo")
                if usable and (not conj_has or m.kind == "person"):
                    if conj_has and heads and m.kind == "person":
                        heads[-1] = m  # «Chinese top diplomat Wang Yi»: the official
                    else:
                        heads.append(m)
                    conj_has = True
                    if m.kind == "person":
                        person = m.person
                k = m.end
                continue
            if n in self.envoy_preps_en and k > a and s.norms[k - 1] in self.envoy_heads_en:
                modifier = True  # «the Danish envoy to Sudan», «Special Envoy for Yemen»
            elif n in self.np_preps_en and not (n in self.head_preps_en and k > a and (
                    s.norms[k - 1] in self.heads or
                    n == "of" and self._titled_name_en(s, a, k) or  # «President Ali of Guyana»
                    n == "of" and s.norms[k - 1] in self.collective or  # «the members of»
                    s.norms[k - 1] in self.fillers and
                    any(s.norms[x] in self.heads for x in range(a, k - 1)))):
                # «ambassador to Moscow», «nations near Qatar»; but «a spokesperson for the
                # Chinese foreign ministry», «officials in Tehran» speak for that actor
                modifier = True
            elif t.isalpha() and t.islower() and t.endswith(("ing", "ed")) and \
                    not (k > a and s.texts[k - 1] == "-") and \
                    not (k + 1 < b and s.texts[k + 1].isalpha() and s.texts[k + 1].islower()
                         and s.norms[k + 1] not in self.np_preps_en and k + 1 not in s.mentions) \
                    and not (k + 1 < b and (m1 := s.mentions.get(k + 1)) is not None and
                             m1.kind == "adj"):
                # «nations boycotting Qatar»; not «the internationally recognised government
                # in Aden», «The internationally recognised Yemeni government», where the
                # participle stands before its noun
                modifier = True
            k += 1
        if heads:
            grp: list[Mention] = []
            for h in heads:
                grp.extend(self._list_en(s, h, b) if h.kind != "person" else [h])
            actors = self._actors(grp)
            if len(actors) >= 3:
                self._en_state(s.doc).setdefault("lists", []).append(actors)
            return Holder(actors, text, person if len(heads) == 1 else None, "svo")
        bloc = self._bloc_en(s, a, b)
        if bloc:
            return Holder(bloc, text, None, "svo")
        content = [k for k in range(a, b) if s.norms[k] not in self.articles]
        key = tuple(s.norms[k] for k in content)
        office = next((actor for title, actor in self.title_actors_en.items()
                       if key[-len(title):] == title and (len(key) == len(title) or
                                                          key[-len(title) - 1] in {"for", "of"})
                       # «the Under-Secretary-General for Peace Operations»
                       or key[:len(title)] == title and len(key) > len(title) and
                       key[len(title)] in {"for", "of"}),
                      None)
        if office is not None and self._of_unknown_body_en(s, a, b):
            # «The secretary-general of the Organization of American States»: the office of
            # a body the gazetteer does not know, no one we can name
            return Holder((), text, None, "nonactor")
        if office is not None:
            # «The Secretary-General urges …», «the Spokesperson for the Secretary-General»
            return Holder((office,), text, None, "svo")
        opener = self._en_state(s.doc).get("opener")
        if opener is not None and 0 <= s.start - opener[0] <= 2 and a == s.start and \
                s.norms[a] in self.possessive_pronouns_en and b - a <= 5 and \
                any(s.norms[k] in self.heads for k in range(a, b)):
            return Holder(opener[1], text, None, "svo")  # «Their chair's statement»
        if content and all(s.norms[k] in self.heads or s.norms[k] in self.fillers or
                           s.norms[k] in self.title_mods_en or s.texts[k][:1].isupper() and
                           s.texts[k].replace("-", "").isalpha() or
                           # «the Cabinet Secretary for Foreign and Diaspora Affairs»
                           k > content[0] and (s.norms[k] in self.head_preps_en or
                                               s.norms[k] in self.coord)
                           and k + 1 < b and s.texts[k + 1][:1].isupper()
                           for k in content) and \
                any(s.norms[k] in self.heads for k in content):
            # «the ministry», «Foreign Office spokesperson», «Defense Minister Y» (an official
            # the gazetteer does not know): the actor the current speaker speaks for, or the
            # one whose capital a fronted place names («In Moscow, the foreign ministry …»)
            place = self._fronted_place_en(s, a)
            if place:
                return Holder(place, text, None, "svo")
            # (in a transcript's answer, «The foreign minister» is the answerer's)
            base = subject or (ctx.answerer if ctx.answering else None) or ctx.acting or \
                ctx.speaker
            other = self._other_side(s, ctx) if subject is None else None
            if other is not None:  # «For his part, the minister said …»
                return Holder(other, text, None, "svo")
            if base is not None and base.actors:
                actors = base.actors if s.texts[b - 1].endswith("s") else \
                    self._one_of_joint_en(s, base.actors)
                return Holder(actors, text, base.person, "svo")
            if ctx.home is not None:
                # «ABUJA — The Federal Government on Tuesday rejected …»: the dateline's state
                return Holder((ctx.home,), text, None, "svo")
            if ctx.speaker is None:
                # «The Prime Minister spoke to President X of Ukraine»: a readout whose
                # publisher the article names only later (see _home_actor_en)
                self._en_state(s.doc)["untitled"] = True
            return None
        return Holder((), text, None, "nonactor")

    def _works_to_mediate_en(self, s: Sentence, k: int) -> bool:
        """Whether «with» (at token ``k`` - 1) and the list after it are followed by «to» and
        a mediation cue that holds there («working with Egypt and Qatar to broker …»)."""
        return k >= 1 and s.norms[k - 1] == "with" and any(
            sp.start > k and any(f.cue.label == "mediates" and
                                 self._cue_ok(s, sp.start, sp.end, f) for f in fs) and
            (partners := self._partners_before_en(s, sp.start)) is not None and
            partners[0] == k - 1 for sp, fs in s.cues)

    def _worked_with_en(self, s: Sentence, start: int) -> tuple[str, ...]:
        """The partners of a mediation cue at ``start`` named by «work with … to» before it
        («The United States was working with Egypt and Qatar to broker an agreement between
        Israel and Hamas»: Egypt and Qatar mediate too)."""
        partners = self._partners_before_en(s, start)
        if partners is None or partners[0] < 1 or \
                s.norms[partners[0] - 1] not in self.joint_work_verbs_en:
            return ()
        return partners[1]

    def _partners_before_en(self, s: Sentence, start: int
                            ) -> tuple[int, tuple[str, ...]] | None:
        """«with Egypt and Qatar to» right before the cue at ``start``: the token of «with»
        and the actors of the list between it and «to»; None when the cue has no such list
        before it."""
        if start < 3 or s.norms[start - 1] != "to":
            return None
        m = s.mention_ending_at(start - 1)
        if m is None or m.kind not in ("name", "capital", "adj"):
            return None
        grp = self._list_en(s, self._list_start(s, m), s.end)
        b = grp[0].start - (s.norms[grp[0].start - 1] in self.articles)
        if b < 1 or s.norms[b - 1] != "with":
            return None
        return b - 1, self._actors(grp)

    def _together_en(self, s: Sentence, end: int, enclosed: bool = True) -> tuple[str, ...]:
        """The actors of «, together with Qatar,» / «, along with Egypt and Jordan,» right
        after a subject that ends at token ``end``: they share the subject's stance.
        ``enclosed=False``: with no commas, after the sides of a mediation («mediated between
        Israel and Hamas alongside Qatar and the United States»)."""
        if end + 2 >= s.end or enclosed and s.texts[end] != ",":
            return ()
        node = self.together_en.root
        k = end + 1 if enclosed else end
        while k < s.end and s.norms[k] in node:
            node = node[s.norms[k]]
            k += 1
            if None in node:
                break
        if None not in node:
            return ()
        m = s.mentions.get(k) or (s.mentions.get(k + 1) if s.norms[k] in self.articles
                                  else None)
        if m is None or m.kind not in ("name", "capital", "adj", "person"):
            return ()
        grp = self._list_en(s, m, s.end)
        close = grp[-1].end
        return self._actors(grp) if not enclosed or close < s.end and s.texts[close] == "," \
            else ()

    def _byline_en(self, s: Sentence) -> Holder | None:
        """A line that names only an institution of one actor, maybe with a date («Ministry
        of Foreign Affairs of Japan, April 7, 2026», «Office of the Spokesperson, Kenya»): the
        publisher of a readout, whose unnamed officials («the Cabinet Secretary», «the
        Minister») speak for that actor until the article names another speaker."""
        actors: tuple[str, ...] = ()
        head = False
        k = s.start
        while k < s.end:
            m = s.mentions.get(k)
            if m is not None:
                if m.kind not in ("name", "adj") or actors and m.actors != actors:
                    return None
                actors = m.actors
                k = m.end
                continue
            t, n = s.texts[k], s.norms[k]
            if n in self.heads:
                head = True
            elif not (t[:1].isupper() or t[:1].isdigit() or not t[:1].isalnum() or
                      n in self.fillers or n in self.articles or n in self.head_preps_en or
                      n in self.coord or n.rstrip(".") in self.time_words_en or
                      n in self.title_mods_en or n in self.byline_words_en):
                return None
            k += 1
        if not head or len(actors) != 1:
            return None
        self._en_state(s.doc)["byline"] = actors
        return Holder(actors, s.span(s.start, s.end), None, "byline")

    def _nominal_agent_en(self, s: Sentence, start: int, end: int) -> Holder | None:
        """The holder of a stance noun that opens the sentence and is the subject of a
        passive of voicing («Concern over X was voiced by Finland», «Strong condemnation of
        the attack was expressed by Chile»)."""
        k = start - 1
        while k >= s.start and start - k <= 2 and s.texts[k].isalpha() and \
                k not in s.mentions and (s.norms[k] in self.articles or
                                         s.norms[k] not in self.np_stops_en and
                                         s.norms[k] not in self.prepositions):
            k -= 1
        if k >= s.start:
            return None
        for b in range(end, min(s.end - 3, end + 20)):
            if s.norms[b] in self.be_en and s.norms[b + 1] in self.voicing_en and \
                    s.norms[b + 2] in self.passive_by:
                m = s.mentions.get(b + 3) or (s.mentions.get(b + 4) if b + 4 < s.end and
                                              s.norms[b + 3] in self.articles else None)
                if m is None or m.kind in ("self", "land", "pair", "parties"):
                    return None
                grp = self._list_en(s, m, s.end)
                # the object is read from the noun on («of the Israeli strikes»)
                return Holder(self._actors(grp), s.span(m.start, grp[-1].end),
                              m.person if len(grp) == 1 else None, "by")
        return None

    def _titled_name_en(self, s: Sentence, a: int, k: int) -> bool:
        """Whether tokens [a, k) are a title and a name («Foreign Minister Maria Lopez»),
        so that «of X» after them says whose official it is."""
        return s.texts[k - 1][:1].isupper() and s.texts[k - 1].isalpha() and \
            any(s.norms[x] in self.heads for x in range(a, k)) and \
            all(s.norms[x] in self.heads or s.norms[x] in self.title_mods_en or
                s.norms[x] in self.articles or s.texts[x][:1].isupper() and
                s.texts[x].replace("-", "").isalpha() for x in range(a, k))

    def _fronted_place_en(self, s: Sentence, a: int) -> tuple[str, ...]:
        """The actor of a capital or state that a sentence opens with as the place of what
        follows, when the noun phrase at token ``a`` comes right after it («In Moscow, the
        foreign ministry …», «In Beijing, a spokesman …»)."""
        m = s.mentions.get(s.start + 1)
        if m is None or s.norms[s.start] not in self.circ_preps_en or \
                m.kind not in ("capital", "name") or m.end >= s.end or s.texts[m.end] != ",":
            return ()
        k = m.end + 1
        while k < a and s.norms[k] in self.articles:
            k += 1
        return m.actors if k == a else ()

    def _counted_pairs_en(self, s: Sentence) -> None:
        """«The three countries signed …» after «Brazil, Colombia and Mexico»: a reference to
        the sides that counts three or more is the last list of that many, not the last pair."""
        for m in [m for m in s.mentions.values() if m.kind == "pair" and self._counted(m.text)]:
            listed = self._bloc_en(s, m.start, m.end)
            if listed:
                s.add_mention(Mention(m.start, m.end, "name", listed, "m", m.text))
        # «the three governments», «the three military-led countries», «the three juntas»:
        # any determiner, a count of three or more, up to two modifiers and a bloc noun
        if s.words().isdisjoint(self.number_value_en):
            return
        for k in range(s.start, s.end - 2):
            if s.norms[k] not in self.act_determiners_en or k + 1 in s.mentions or \
                    self.number_value_en.get(s.norms[k + 1], 0) < 3:
                continue
            h = k + 2
            while h < min(s.end - 1, k + 4) and s.texts[h].islower() and \
                    s.norms[h] not in self.bloc_heads_en and h not in s.mentions:
                h += 1
            if s.norms[h] in self.bloc_heads_en and not any(x in s.mentions
                                                             for x in range(k, h + 1)):
                listed = self._bloc_en(s, k, h + 1)
                if listed:
                    s.add_mention(Mention(k, h + 1, "name", listed, "m", s.span(k, h + 1)))

    def _bloc_en(self, s: Sentence, a: int, b: int) -> tuple[str, ...]:
        """«the four countries»: the last list of that many actors named in the article."""
        count = next((self.number_value_en[s.norms[k]] for k in range(a, b)
                      if s.norms[k] in self.number_value_en), None)
        head = b - 3 if b - 3 > a and s.norms[b - 2] == "of" else b - 1  # «heads of state»
        if count is None or count < 3 or s.norms[head] not in self.bloc_heads_en:
            return ()
        for actors in reversed(self._en_state(s.doc).get("lists", [])):
            if len(actors) == count:
                return actors
        # («West African leaders approved the withdrawal of Mali, Burkina Faso and Niger …
        # The three governments …»: a list named anywhere before, not only as a subject)
        for start, actors in reversed(self._en_state(s.doc).get("placed_lists", [])):
            if start < a and len(actors) == count:
                return actors
        return ()

    def _pronoun_en(self, s: Sentence, k: int, ctx: Context,
                    subject: Holder | None) -> Holder | None:
        if s.norms[k] in self.plural_pronouns_en:
            if k > s.start + 1:
                # «The Saudi and Iranian delegations held a meeting, during which they …»:
                # the sentence's own plural subject before any group of earlier sentences
                own = self._initial_subject_en(s, k, ctx, None)
                if own is not None and (len(own.actors) >= 2 or len(own.actors) == 1 and (
                        # «The Group of Seven foreign ministers said they …»: a body, or
                        # one actor's officials in the plural
                        (a := self.res.gazetteer.actors.get(own.actors[0])) is not None and
                        a.kind in ("bloc", "organization", "group") or
                        own.speaker is not None and own.speaker.endswith("s"))):
                    return Holder(own.actors, s.texts[k], None, "svo")
            group = self._en_state(s.doc).get("group")
            if group:
                return Holder(group, s.texts[k], None, "svo")
        q = next((x for x in range(k - 1, s.start - 1, -1) if s.texts[x] in OPEN_QUOTES),
                 None) if s.norms[k] in self.pronouns_en and \
            s.norms[k] not in self.personal_pronouns_en else None
        if q is not None:
            named = [m for m in s.mentions.values() if q < m.start < k and
                     m.kind in ("name", "capital") and m.actors]
            if named:
                # «"Iran made a big mistake tonight, and it will pay for it"»: the state the
                # quotation named before «it»
                m = max(named, key=lambda x: x.start)
                return Holder(m.actors, m.text, None, "svo")
        # («Nigeria's information minister read out a list of grievances … . He accused
        # Ghana …»: with no speaker yet, the one a sentence with no stance opened with)
        # («Algeria's foreign ministry answered within hours. It said …»: an «it» after a
        # sentence with no stance that opened with an institution is that institution's)
        base = subject or (ctx.acting if ctx.acting is not None and s.norms[k] == "it" and
                           not ctx.answering else None) or ctx.speaker or ctx.acting
        say = self._saying_verb_before_en(s, k)
        if say is not None and s.norms[k] in self.pronouns_en and \
                (said := self._subject_en(s, say, ctx)) is not None and said.actors and (
                    s.norms[k] not in self.personal_pronouns_en or self._is_person_en(said)):
            # «…, and Saudi Arabia said it rejected it», «while Cyprus said in a statement
            # that it stood …»: the subject of «said» just before
            return Holder(said.actors, said.speaker, said.person, "svo")
        if subject is None and k > s.start + 1 and s.norms[k] in self.pronouns_en and \
                not any(s.texts[x] in QUOTES for x in range(s.start, k)):
            # «Blinken travelled to Cairo, where he met …», «Egypt's foreign minister was
            # in Asmara, where he held talks …»: the subject the sentence opened with, before
            # any speaker of earlier sentences (not after a quotation: «"If Hezbollah tries
            # …, we will act," he said» is the last speaker's)
            first = self._initial_subject_en(s, k, ctx, None)
            if first is not None and first.actors and (
                    s.norms[k] not in self.personal_pronouns_en or self._is_person_en(first)):
                base = first  # («Syria must stop …, he said»: «he» is no state)
        if base is None or not base.actors:
            return None
        if s.norms[k] not in self.plural_pronouns_en:
            return Holder(self._one_of_joint_en(s, base.actors), base.speaker, base.person,
                          "svo")
        return Holder(base.actors, base.speaker, base.person, "svo")

    def _saying_verb_before_en(self, s: Sentence, k: int) -> int | None:
        """The verb of saying whose reported clause the word at ``k`` opens: right before it
        («Saudi Arabia said it rejected it»), or before «that» past a phrase with no name or
        comma («Cyprus said in a statement that it stood …»); else None."""
        if k - 2 >= s.start and s.norms[k - 1] in self.said_en:
            return k - 1
        if k - 1 <= s.start or s.norms[k - 1] != "that":
            return None
        return next((x for x in range(k - 2, max(s.start, k - 8), -1)
                     if s.norms[x] in self.said_en and
                     not any(s.texts[y] in {",", ";", ":"} or y in s.mentions
                             for y in range(x + 1, k))), None)

    def _delegate_en(self, s: Sentence, close: int) -> Holder | None:
        """«Fu Cong (China) called on …», «Linda Thomas-Greenfield (United States) said»:
        a UN meeting's speaker, named with the delegation in parentheses after the name, speaks
        for the state in them (rule 8)."""
        m = s.mention_ending_at(close)
        if m is None or m.start - 2 < s.start or s.texts[m.start - 1] != "(" or \
                m.kind not in ("name", "adj") or not m.actors:
            return None
        name = m.start - 2
        if not s.texts[name][:1].isupper():
            return None
        first = name
        while first - 1 >= s.start and s.texts[first - 1][:1].isupper() and \
                s.texts[first - 1].replace("-", "").isalpha() and first - 1 not in s.mentions:
            first -= 1
        person = s.mention_ending_at(name + 1)
        return Holder(m.actors, self._span_text(s, first, close + 1),
                      person.person if person is not None and person.kind == "person" else None,
                      "svo")

    def _resolution_adopter_en(self, s: Sentence, start: int, ctx: Context) -> Holder | None:
        """«The Security Council adopted a resolution demanding that …», «adopted resolution
        2722, condemning …»: a participle after the resolution it qualifies states the stance
        of whoever adopted it (rule 22)."""
        k = start - 1
        while k > s.start and (s.texts[k] == "," or s.texts[k][:1].isdigit()):
            k -= 1
        if k <= s.start or s.norms[k] not in self.resolution_nouns:
            return None
        k -= 1
        while k > s.start and k > start - 6 and (
                s.norms[k] in self.articles or s.norms[k] in self.possessive_pronouns_en or
                s.norms[k] in self.resolution_ordinals_en):
            k -= 1  # «adopted its first resolution demanding …»
        if not (s.texts[k].isalpha() and s.texts[k].islower() and s.texts[k].endswith("ed")):
            return None
        h = self._subject_en(s, k, ctx)
        return Holder(h.actors, h.speaker, h.person, "svo") if h is not None and h.actors \
            else None

    def _is_person_en(self, h: Holder) -> bool:
        """Whether a holder is a person (a named one, or a title: «Iraq's ambassador»)."""
        return h.person is not None or any(normalize(w) in self.heads
                                           for w in (h.speaker or "").split())

    def _home_actor_en(self, sentences: list[Sentence]) -> tuple[str, ...]:
        """The actor whose unnamed officials open a readout («The Prime Minister spoke to
        …»), when the article names it later: «He reiterated the United Kingdom's steadfast
        support» (a bare title or pronoun stating its own state's support, commitment or
        position), or its seat of government as a subject («Downing Street said»)."""
        for s in sentences:
            first = s.norms[s.start]
            m0 = s.mentions.get(s.start) or (s.mentions.get(s.start + 1)
                                             if first in self.articles else None)
            if m0 is not None and m0.kind == "seat" and m0.end < s.end and \
                    s.texts[m0.end].isalpha() and s.texts[m0.end].islower():
                return m0.actors
            if not (first in self.pronouns_en or first in self.articles and
                    s.start + 1 < s.end and s.norms[s.start + 1] in self.heads):
                continue
            for k in range(s.start + 2, s.end - 1):
                if s.norms[k] not in self.possessive:
                    continue
                m = s.mention_ending_at(k)
                if m is None or m.kind != "name" or len(m.actors) != 1:
                    continue
                if any(s.norms[x] in self.own_stance_nouns_en
                       for x in range(k + 1, min(s.end, k + 4))):
                    return m.actors
        return ()

    def _one_of_joint_en(self, s: Sentence, actors: tuple[str, ...]) -> tuple[str, ...]:
        """«He», «the Cabinet Secretary» after «the two ministers discussed …»: one official
        of a joint speaker, in a readout the publisher's own («Ministry of Foreign Affairs of
        Kenya»); the joint speaker when there is no publisher among them."""
        own = self._en_state(s.doc).get("byline")
        return own if len(actors) > 1 and own and set(own) <= set(actors) else actors

    def _subject_en(self, s: Sentence, v: int, ctx: Context,
                    subject: Holder | None = None) -> Holder | None:
        """The subject of the verb at token ``v``: None when the clause shows none (the verb
        continues a coordination, or opens the sentence)."""
        j = v - 1
        time_next = False
        while j >= s.start:
            t, n = s.texts[j], s.norms[j]
            if (own := s.mention_ending_at(j + 1)) is not None and own.start < j:
                break  # «Theresa May condemned …»: the last word of a name, no month or modal
            if n in self.aux or n in self.negation or n in self.verb_mods_en or t in QUOTES or \
                    n in self.copulas_en or \
                    n.rstrip(".") in self.time_words_en or t[:1].isdigit() or \
                    t.isalpha() and t.islower() and t.endswith("ly") and len(t) > 4:
                time_next = n.rstrip(".") in self.time_words_en or t[:1].isdigit()
                j -= 1
                continue
            if time_next and n in self.time_preps_en:
                time_next = False
                j -= 1
                continue
            phrase = next((w for w in (3, 2) if j - w + 1 >= s.start and tuple(
                s.norms[j - w + 1:j + 1]) in self.clause_adverbials_en), 0) \
                if n in self.clause_adverbial_ends_en else 0
            if phrase:
                j -= phrase  # «rejected the accusations and in turn accused Pristina»
                continue
            break
        if j < s.start:
            return None
        if s.texts[j] == ")" and (delegate := self._delegate_en(s, j)) is not None:
            return delegate
        paren: tuple[int, int] | None = None
        if s.texts[j] == "," and (not s.words().isdisjoint(self.comprise_verbs) or
                                  not s.words().isdisjoint(self.comprise_participle_firsts)):
            # «The Quintet, which includes the United States, France, …, urged …», «The
            # mission, made up of …, has offered …»: past the clause of a group's members, to
            # the group
            r = next((x for x in range(j - 1, max(s.start, j - 30), -1)
                      if s.texts[x] == "," and x + 2 < j and
                      self.comprise_at(s, x + 1) is not None), None)
            if r is not None and r - 1 >= s.start:
                j = r - 1
        if s.texts[j] == ",":
            # «Defense Minister X, speaking on state television, accused …»
            o = next((k for k in range(j - 1, max(s.start, j - 30) - 1, -1)
                      if s.texts[k] == ","), None)
            if o is None or o <= s.start:
                return None
            by_last = s.by_last_token()
            while (first := s.mentions.get(o + 1)) is not None and first.kind == "person" and \
                    (name := by_last.get(o - 1)) is not None and name.kind == "person" and \
                    name.start - 1 > s.start and s.texts[name.start - 1] == ",":
                # «The Foreign Ministers of Egypt, Jordan and France, Badr Abdelatty, Ayman
                # Safadi and Jean-Noël Barrot, met»: the apposition is a list of names with
                # commas of its own; it opens before its first name
                o = name.start - 1
            o = self._list_apposition_open_en(s, o, by_last)
            paren = (o + 1, j)
            j = o - 1
            while j >= s.start and s.texts[j] in QUOTES:
                j -= 1
            if j < s.start:
                return None
        q = j
        while q >= s.start and j - q < 4 and s.texts[q].isalpha() and q not in s.mentions and \
                s.norms[q] not in self.coord:
            if s.norms[q] in self.hedged_en:
                # «Several speakers welcomed …»: a hedged reference names no actor (rule 11)
                return Holder((), self._span_text(s, q, j + 1), None, "nonactor")
            q -= 1
        if s.norms[j] in self.coord:
            # «Iran and the US held talks … and agreed to meet»: the clause's first subject;
            # after «that», the subject of the verb the reported clause began with («stated
            # that the two ministers discussed … and agreed to …»)
            # (a «that» right after a noun is a relative: «in waters that the International
            # Court of Justice ruled …, and demanded …» goes on with the main clause)
            comp = next((k for k in range(j - 1, s.start, -1) if s.norms[k] in self.comp), None)
            if comp is not None and s.norms[comp] == "that" and \
                    comp - 1 not in s.finite_cue_tokens() and \
                    not s.texts[comp - 1].endswith("ed"):
                comp = None  # (not after a verb of saying or a past verb: a relative)
            if comp is not None and any(sp.end == comp and any(f.cue.frame == "appeal"
                                                               for f in fs)
                                        for sp, fs in s.cues):
                # «insisted that the United States give written answers … and demanded
                # guarantees from NATO»: the clause an appeal asks for has no verb of its own
                # to go on with; «and» goes on with the appeal's subject
                comp = None
            if comp is not None:
                verb0 = next((k for k in sorted(s.finite_cue_tokens()) if comp < k < j), None)
                if verb0 is not None:
                    h = self._subject_en(s, verb0, ctx, subject)
                    if h is not None and h.actors:
                        return h
            return self._initial_subject_en(s, v, ctx, subject)
        if s.norms[j] in self.unnamed_sources_en and j not in s.mentions and (
                j == s.start or s.texts[j - 1] in STOP_CSC or s.norms[j - 1] in self.coord or
                s.norms[j - 1] in self.relatives_en):
            # «Should the treaty be signed, diplomats expect Turkey to …», «at which analysts
            # expect Kim to …»: unnamed diplomats, analysts or observers are no actor
            return Holder((), s.texts[j], None, "nonactor")
        if s.norms[j] in self.relatives_en and j > s.start and j - 1 not in s.mentions and \
                s.texts[j - 1].isalpha() and s.texts[j - 1].islower() and \
                s.norms[j - 1] not in self.heads and v == j + 1:
            # «any unilateral measures that threaten the security of …»: a relative clause
            # whose antecedent is a common noun has no actor for its subject
            return Holder((), self._span_text(s, j - 1, j + 1), None, "nonactor")
        if s.norms[j] in self.np_stops_en or s.norms[j] in self.np_preps_en:
            return None  # «… urged Congo and Rwanda to work with …»: an infinitive
        if s.norms[j] in self.pronouns_en or s.norms[j] in self.plural_pronouns_en:
            return self._pronoun_en(s, j, ctx, subject)  # «said on Monday it rejected»
        if s.norms[j] in self.honorifics_en and j - 1 >= s.start and \
                s.norms[j - 1] in self.personal_possessives_en:
            # «In this context, His Excellency called on …»: the official spoken of, as «he»
            base = subject or ctx.speaker
            if base is None or not base.actors:
                return None
            return Holder(self._one_of_joint_en(s, base.actors), base.speaker, base.person, "svo")
        by_end = s.by_last_token()
        if j in by_end and by_end[j].kind == "self" and j - 2 >= s.start and \
                s.norms[j - 1] == "and" and (other := by_end.get(j - 2)) is not None and \
                other.kind in ("name", "person", "capital", "adj") and other.actors and \
                (base := subject or ctx.speaker) is not None and base.actors and \
                not set(other.actors) & set(base.actors):
            # «Secretary Blinken and I met afterwards»: the one named and the speaker
            return Holder(tuple(dict.fromkeys((*base.actors, *other.actors))),
                          self._span_text(s, other.start, j + 1), None, "svo")
        if j in by_end and by_end[j].kind == "self":
            if paren is not None and \
                    (p := self._np_holder_en(s, paren[0], paren[1], ctx, subject)) is not None \
                    and p.actors:
                # «We, the Foreign Ministers of France, Germany and Italy, welcome …»: the
                # apposition says who «we» are, in this sentence and in the rest of their text
                if len(p.actors) >= 2:
                    self._en_state(s.doc)["we"] = p
                return Holder(p.actors, p.speaker, p.person, "svo")
            return Holder((), by_end[j].text, None, "self")  # «…, and we appreciate»
        # a phrase of common nouns needs a determiner, a possessive or an adjective before
        # it («the escalation», «Indian home minister's comments»); «Israel to step back» has
        # none: «step» is a verb
        k = j
        while k >= s.start and k not in by_end and s.texts[k].isalpha() and \
                s.texts[k].islower() and s.norms[k] not in self.heads and \
                s.norms[k] not in self.title_mods_en and \
                s.norms[k] not in self.determiners_en and s.norms[k] not in self.number_value_en:
            k -= 1
        if k < j and (k < s.start or s.norms[k] in self.np_preps_en or
                      s.texts[k] in STOP_CSC or k in s.finite_cue_tokens()):
            if s.texts[j].endswith("s") and any(
                    s.norms[x] in self.future_modals_en or s.norms[x] in self.conditional_modals_en
                    for x in range(j + 1, v)):
                # «(said) technical teams would meet again»: a plural common noun before a
                # modal is the subject, and it names no actor
                return Holder((), self._span_text(s, k + 1, j + 1), None, "nonactor")
            return None
        a = self._np_start_en(s, j, by_end)
        if a > j:
            return None
        if paren is not None and a > s.start and s.norms[a - 1] in self.np_preps_en and \
                not any(s.norms[x] in self.coord for x in range(*paren)) and \
                (opening := self._initial_subject_en(s, v, ctx, subject)) is not None:
            # «It calls on the Congolese armed forces to end all cooperation with the FDLR, a
            # militia …, reaffirms …»: a phrase after a preposition is an object; the verb
            # after its apposition goes on with the clause's own subject (not «co-chaired by
            # the EU, the UN and the OSCE, brings …»: a list, no apposition)
            return opening
        h = self._np_holder_en(s, a, j + 1, ctx, subject)
        he = next((k for k in range(max(s.start, a - 2), j) if s.norms[k] in self.pronouns_en
                   and s.norms[k + 1] in self.coord), None) if h is not None and h.actors \
            else None
        if he is not None and not any(k in s.mentions for k in range(a, he)):
            # «as he and the leaders of Senegal, Zambia and Egypt met the Russian president»:
            # the pronoun's actor is one of the subjects
            pr = self._pronoun_en(s, he, ctx, subject)
            if pr is not None and pr.actors and h is not None:
                h = Holder(tuple(dict.fromkeys((*pr.actors, *h.actors))), h.speaker, None,
                           h.source, h.np_end)
        if paren is not None and h is not None and h.actors and \
                (series := self._series_subject_en(s, paren, h, ctx, subject)) is not None:
            return series
        if paren is not None and h is not None and h.actors:
            more = self._together_en(s, paren[0] - 1)
            if more:  # «Cairo, together with Qatar, was continuing …»
                return Holder(tuple(dict.fromkeys((*h.actors, *more))), h.speaker, None,
                              h.source)
        if paren is not None and (h is None or not h.actors) and \
                s.norms[paren[0]] in self.member_apposition_openers_en:
            # («…, among them Saudi Arabia, Qatar, Egypt and Turkey, welcomed …»: the members
            # the apposition names)
            m = next((s.mentions[k] for k in range(*paren) if k in s.mentions and
                      s.mentions[k].kind in ("name", "capital", "adj")), None)
            if m is not None:
                grp = self._list_en(s, m, paren[1])
                return Holder(self._actors(grp), s.span(m.start, grp[-1].end), None, "svo")
        if paren is not None and (h is None or not h.actors) and \
                any(s.norms[k] in self.heads for k in range(*paren)):
            # «Jane Doe, the Kenyan foreign minister, said»: the apposition names the actor
            p = self._np_holder_en(s, paren[0], paren[1], ctx, subject)
            if p is not None and p.actors:
                return p
        if paren is not None and \
                (m := s.mentions.get(paren[0])) is not None and m.kind == "person" and \
                m.end == paren[1] and any(s.norms[k] in self.heads for k in range(a, j + 1)) and \
                not any(k in s.mentions for k in range(a, j + 1)):
            # «The Prime Minister of the Government of National Unity, Abdul Hamid Dbeibah,
            # held …»: a title that names no actor, then the official by name (not the last
            # official whose title the bare one might repeat)
            return Holder(m.actors, self._span_text(s, a, paren[1]), m.person, "svo")
        if paren is not None and (h is None or not h.actors):
            # «Kim Yo-jong, the powerful sister of leader Kim Jong-un, dismissed …», «X, an
            # adviser to Iran's supreme leader, said»: one who speaks for the actor named
            for k in range(paren[0], paren[1] - 1):
                if s.norms[k] in self.relation_heads_en and s.norms[k + 1] in self.prepositions:
                    m = next((s.mentions[x] for x in range(k + 2, min(paren[1], k + 6))
                              if x in s.mentions), None)
                    if m is not None and m.kind in ("person", "name", "adj", "capital"):
                        return Holder(m.actors, self._span_text(s, paren[0], paren[1]),
                                      m.person, "svo")
                    break
        return h

    def _series_subject_en(self, s: Sentence, paren: tuple[int, int], h: Holder, ctx: Context,
                           subject: Holder | None) -> Holder | None:
        """«France, Germany and Italy welcomed the agreement, commended the UN's role …»: what
        looked like an apposition after the list's first name holds the rest of the list and
        the series' first verb, so the verb after it shares that verb's whole subject."""
        m = s.mentions.get(paren[0] + (s.norms[paren[0]] == "the"))
        if m is None or m.kind not in ("name", "capital") or paren[0] - 2 not in s.by_last_token():
            return None  # (a list goes on after the comma: «France, Germany …»)
        if any(s.norms[x] in self.relatives_en for x in range(s.start, paren[0])):
            return None  # («ECOWAS, which Burkina Faso, Mali and Niger said they would leave,»)
        k = next((x for x in sorted(s.finite_cue_tokens()) if m.end <= x < paren[1]), None)
        if k is None:
            return None
        first = self._subject_en(s, k, ctx, subject)
        if first is None or not set(h.actors) < set(first.actors):
            return None
        return first

    def _initial_subject_en(self, s: Sentence, v: int, ctx: Context,
                            subject: Holder | None) -> Holder | None:
        """The noun phrase that opens the sentence (after a fronted «In a statement,»), when
        it is followed by a verb: the subject of verbs coordinated with the first one."""
        a = s.after_time()  # «15.10 GMT — Hezbollah has issued a statement saying it …»
        if a > v:
            a = s.start
        if a + 2 < v and s.texts[a + 1] == ":" and a not in s.mentions:
            a += 2  # «Reporter: Turkey closed …», «Q: …»: past the label of a transcript
        if s.norms[a] in self.np_preps_en or s.norms[a] in self.openers or \
                s.norms[a] in self.circumstance:
            c = next((k for k in range(a, v) if s.texts[k] == ","), None)
            if c is None:
                return None
            a = c + 1
            while a + 1 < v and (s.norms[a] in self.relative or s.norms[a] in
                                 self.prepositions and s.norms[a + 1] in self.relative):
                # «After the incident, in which X rammed a boat, the ministry …»: the
                # relative clause of the circumstance ends at the next comma
                c = next((k for k in range(a, v) if s.texts[k] == ","), None)
                if c is None:
                    return None
                a = c + 1
        if a + 1 < v and s.norms[a] in self.hedged_en and s.texts[a + 1].isalpha() and (
                s.texts[a + 1].islower() and a + 1 not in s.mentions or
                # «Some Western governments have expressed concern»: some of a bloc's members
                (m := s.mentions.get(a + 1)) is not None and m.kind == "name" and
                s.norms[m.end - 1].endswith("s")):
            return Holder((), self._span_text(s, a, a + 2), None, "nonactor")  # rule 11
        k = a
        before_relative: int | None = None
        while k < v:
            m = s.mentions.get(k)
            if m is not None:
                k = m.end
                continue
            t, n = s.texts[k], s.norms[k]
            if t == "," and before_relative is None and k > a and k + 1 < v and \
                    s.norms[k + 1] in self.relative:
                # «U.S. envoy Morgan Ortagus, who visited Beirut last month, held talks»: the
                # subject ends before its relative clause
                close = next((x for x in range(k + 2, v) if s.texts[x] == ","), None)
                if close is not None:
                    before_relative = k
                    k = close + 1
                    continue
            if t == "(":  # «the United Arab Emirates (UAE)»
                close = next((x for x in range(k + 1, min(v, k + 5)) if s.texts[x] == ")"), None)
                if close is None:
                    break
                k = close + 1
                continue
            if t[:1].isupper() or n in self.articles or n in self.heads or \
                    n in self.title_mods_en or n in self.fillers or t in {"'s", "-", "'"} or \
                    t in self.coord or n in self.head_preps_en and k + 1 in s.mentions and \
                    k > a and (s.norms[k - 1] in self.heads or s.norms[k - 1] in self.fillers):
                k += 1  # «the Department of Foreign Affairs in Manila lodged … and accused»
                continue
            break
        b = k if before_relative is None else before_relative
        while b > a and s.texts[b - 1] in self.coord:
            b -= 1
        if b <= a or k >= v or not s.texts[k].isalpha() or not s.texts[k].islower():
            return None
        comma = next((x for x in range(a, b) if s.texts[x] == ","), None)
        if comma is not None and comma > a and not any(
                s.texts[x] != "," and s.texts[x] in self.coord_alt for x in range(comma, b)):
            # «Turkey, Azerbaijan's closest ally, expressed … and criticised»: an apposition,
            # not a list; the subject is the phrase before it
            b = comma
        h = self._np_holder_en(s, a, b, ctx, subject)
        return h if h is not None and h.actors else None

    def _addressee_np_en(self, s: Sentence, j: int) -> Mention | None:
        """The actor a noun phrase right after an appeal names: «the US», «the government
        of India», «the Foreign Minister of Azerbaijan»."""
        k = j
        while k < s.end and k - j < 6 and k not in s.mentions and (
                s.norms[k] in self.articles or s.norms[k] in self.heads or
                k == j and s.norms[k] in self.addressee_openers_en or
                s.norms[k] in self.title_mods_en or s.norms[k] == "of" and k > j and
                s.norms[k - 1] in self.heads or
                # «called on the new interim executive to …»: a government named back
                k > j and s.norms[k] in self.regime_mods_en and
                s.norms[k - 1] in self.articles | self.regime_mods_en):
            k += 1
        if k - 1 >= j and (seat := self._seat_after(s, k - 1)) is not None:
            return seat  # «called on the authorities in Niamey to …»: the state seated there
        if k < s.end and k not in s.mentions and s.texts[k].isalpha() and s.texts[k].islower() \
                and (seat := self._seat_after(s, k + 1)) is not None:
            return seat  # «the military authorities in Niamey», «the transitional government in»
        if k + 1 < s.end and k > j and s.norms[k - 1] in self.articles and \
                k not in s.mentions and s.texts[k].isalpha() and \
                s.texts[k].islower() and (a := s.mentions.get(k + 1)) is not None and \
                a.kind == "adj":
            k += 1  # «urged the relevant Libyan authorities to …»: one modifier first
        m = s.mentions.get(k)
        if m is None or k > j and s.norms[k - 1] not in self.articles | \
                self.addressee_openers_en | self.regime_mods_en and \
                s.norms[k - 1] != "of" and m.kind not in ("adj", "person"):
            return None  # («pressed Prime Minister Benjamin Netanyahu to …»: titled person)
        return m

    def _that_clause_subject_en(self, s: Sentence, before: int, ctx: Context
                                ) -> Holder | None:
        """The subject that opens the clause holding token ``before`` («noted that X and Y
        have exchanged fire … in violation of …»)."""
        c = next((k for k in range(before - 1, s.start - 1, -1)
                  if s.norms[k] in self.comp), None)
        if c is None:
            return None
        k = c + 1
        while k < before and (k in s.mentions or s.texts[k][:1].isupper() or
                              s.norms[k] in self.articles or s.norms[k] in self.coord or
                              s.texts[k] in {",", "-", "'s"} or s.texts[k].isalpha() and
                              s.texts[k].islower() and s.norms[k] not in self.verb_mods_en):
            m = s.mentions.get(k)
            k = m.end if m is not None else k + 1
        h = self._np_holder_en(s, c + 1, k, ctx, None) if k > c + 1 else None
        return h if h is not None and h.actors else None

    def _passive_en(self, s: Sentence, v: int) -> bool:
        """Whether the verb at token ``v`` is a passive («was summoned», «is rejected»)."""
        k = v - 1
        while k >= s.start and s.norms[k] not in self.be_en and (
                s.norms[k] in self.verb_mods_en or
                s.texts[k].islower() and s.texts[k].endswith("ly")):
            k -= 1
        return k >= s.start and s.norms[k] in self.be_en

    # ---- speakers ---------------------------------------------------------------------
    def _reporting_subject_en(self, s: Sentence, ctx: Context) -> Holder | None:
        """The speaker a reporting clause gives the whole sentence: «…," X said», «…, the
        minister said», «…, said Wang»; for a quote left open, the clause that closes it."""
        h = self._trailing_speaker_en(s, ctx) or self._according_to_en(s, ctx)
        if h is not None:
            return h
        pending = self._en_state(s.doc).get("pending_quote", {})
        return pending.get(s.start)

    def _according_to_en(self, s: Sentence, ctx: Context) -> Holder | None:
        """«According to the Egyptian foreign ministry, …», «…, according to Egypt»."""
        if "according" not in s.words():
            return None
        for k in range(s.start, s.end - 2):
            if s.norms[k] == "according" and s.norms[k + 1] == "to":
                b = k + 2
                while b < s.end and s.texts[b] not in STOP_CPS:
                    b += 1
                h = self._np_holder_en(s, k + 2, b, ctx, None) if b > k + 2 else None
                if h is not None and h.actors:
                    return h
        return None

    def _trailing_speaker_en(self, s: Sentence, ctx: Context) -> Holder | None:
        for sp, forms in s.cues:
            if not any(f.cue.label == "_speech" for f in forms):
                continue
            v = sp.start
            adj = s.mention_ending_at(v)
            if v > s.start and (s.norms[v - 1] in self.possessive or
                                s.norms[v - 1] in self.determiners_en or
                                adj is not None and adj.kind == "adj"):
                continue  # «"rejects" Somalia's / the Somali claims»: a noun, no report
            # «…," Peskov told reporters»: subject between the quote or comma and the verb
            k = v - 1
            while k > s.start and s.texts[k] not in STOP_CP:
                k -= 1
            if k > s.start and s.texts[k] in STOP_CP and k >= v - 8 and \
                    any(s.texts[x] in QUOTES or s.texts[x] == "," for x in (k, k - 1)) and all(
                    s.texts[x][:1].isupper() or s.norms[x] in self.articles or
                    s.norms[x] in self.heads or s.norms[x] in self.title_mods_en or
                    s.norms[x] in self.fillers or s.texts[x] in {"'s", "-", "'"} or
                    s.norms[x] in self.pronouns_en or s.norms[x] in self.verb_mods_en
                    for x in range(k + 1, v)):
                h = self._subject_en(s, v, ctx)
                if h is not None and h.actors:
                    return h
            # «…," said Wang.»
            if v > s.start and (s.texts[v - 1] in QUOTES or s.texts[v - 1] == ","):
                m = s.mentions.get(sp.end)
                if m is not None and m.kind in ("person", "name", "adj"):
                    return Holder(m.actors, m.text, m.person, "svo")
        return None

    def _open_quotes_en(self, doc: Doc, sentences: list[Sentence], ctx: Context) -> None:
        """For a quote running over several sentences, the speaker named after it closes.
        Straight quotes are told apart by their parity («"» after a full stop may open the
        next sentence's quote: the splitter leaves it on the sentence before)."""
        pending: dict[int, Holder] = {}
        texts = doc.user_data["sg_texts"]
        inside = False
        run: list[int] = []
        for s in sentences:
            was_inside = inside
            closed = False
            for k in range(s.start, s.end):
                if texts[k] == '"' or texts[k] in {"“", "”"}:
                    opening = texts[k] == "“" or texts[k] == '"' and not inside
                    if inside and not opening:
                        closed = True
                    inside = opening
            if was_inside or s.start < s.end and texts[s.start] in OPEN_QUOTES:
                if closed:
                    h = self._trailing_speaker_en(s, ctx)
                    if h is not None:
                        for a in run:
                            pending[a] = h
                    run = []
                elif len(run) < 6:
                    run.append(s.start)
            if not inside:
                run = []
        self._en_state(doc)["pending_quote"] = pending

    def _mediation_noun_holder_en(self, s: Sentence, start: int, end: int, ctx: Context,
                                  subject: Holder | None) -> Holder | None:
        """Who mediates, for the noun «mediation», «mediator»: «Qatari mediation», «Egypt's
        mediation», «the mediation of Oman», «its mediation» (the clause's subject), «offered
        mediation»; the subject of «welcomed the mediation» is a party, never the
        mediator, so otherwise there is no holder."""
        if start - 3 >= s.start and s.norms[start - 1] in ("its", "their") and \
                s.norms[start - 2] == "for" and \
                (m := s.mention_ending_at(start - 2)) is not None and \
                m.kind in ("name", "capital", "person"):
            # «We thank the Sultanate for its mediation»: the one thanked owns «its»
            return Holder(m.actors, m.text, m.person, "genitive", start)
        k = start - 1
        while k >= s.start and s.norms[k] in self.articles:
            k -= 1
        m = s.mention_ending_at(k + 1) if k >= s.start \
            else None
        if m is not None and m.kind in ("adj", "name", "capital", "seat", "person"):
            first = self._list_start(s, m)
            grp = self._list_en(s, first, k + 1)
            return Holder(self._actors(grp), m.text, m.person, "genitive", start)
        if k > s.start and s.norms[k] in {"'s", "'"}:
            m = s.mention_ending_at(k)
            if m is not None:
                return Holder(m.actors, m.text, m.person, "genitive", start)
        if end + 2 < s.end and s.norms[end] in self.role_nouns_en:
            end += 1  # «the mediation efforts of Qatar»
        if end + 2 < s.end and s.norms[end] in self.relatives_en and \
                (m := s.mentions.get(end + 1)) is not None and \
                m.kind in ("name", "capital", "seat"):
            grp = self._list_en(s, m, s.end)
            after = grp[-1].end
            if after < s.end and s.texts[after].isalpha() and s.texts[after].islower() and \
                    after not in s.mentions:
                # «the mediation that Qatar, Egypt and the United States are conducting
                # between Israel and Hamas»: the subject of the relative clause mediates
                return Holder(self._actors(grp), s.span(m.start, after),
                              m.person if len(grp) == 1 else None, "genitive", after)
        if end + 2 < s.end and s.texts[end].isalpha() and s.texts[end].islower() and \
                s.texts[end].endswith("ed") and s.norms[end + 1] in self.passive_by:
            end += 1  # «the mediation launched by Türkiye»
        if end + 1 < s.end and s.norms[end] in {"of", "by"}:
            j = end + 1
            while j < s.end and s.norms[j] in self.articles:
                j += 1
            m = s.mentions.get(j)
            if m is not None and m.kind not in ("self", "land", "pair", "parties"):
                grp = self._list_en(s, m, s.end)
                return Holder(self._actors(grp), m.text, m.person, "genitive", grp[-1].end)
        m = s.mentions.get(end)
        if m is not None and m.kind in ("name", "capital", "person"):
            # «mediators Qatar, Egypt and the United States said»: the list in apposition
            grp = self._list_en(s, m, s.end)
            return Holder(self._actors(grp), s.span(m.start, grp[-1].end),
                          m.person if len(grp) == 1 else None, "genitive", grp[-1].end)
        g = next((x for x in range(start - 1, max(s.start, start - 4) - 1, -1)
                  if s.norms[x] in self.mediation_offers_en), None)
        if k >= s.start and (s.norms[k] in self.possessive_pronouns_en or g is not None or
                             self._role_as_en(s, k)):
            return self._clause_subject_en(s, start, ctx)  # type: ignore[attr-defined]
        return Holder((), s.texts[start], None, "nonactor")

    def _role_as_en(self, s: Sentence, k: int) -> bool:
        """Whether token ``k`` is the «as» of a role the clause's subject takes on («acting
        as a mediator», «ready to serve as facilitator»), not of a role an object has
        («welcomed Qatar's role as mediator», «join Brazil as a facilitator»: whose role?)."""
        if s.norms[k] != "as" or k <= s.start:
            return False
        for v in range(k - 1, max(s.start, k - 4) - 1, -1):
            # («worked tirelessly as mediators», «have worked without pause as mediators»:
            # past an adverb or a short adverbial phrase)
            if s.norms[v] in self.role_verbs_en:
                return True
            if v in s.mentions or not (s.texts[v].isalpha() and s.texts[v].islower()):
                return False
        return False

    def _first_actor_en(self, s: Sentence, before: int, holder: tuple[str, ...]) -> list[str]:
        for k in range(s.start, before):
            m = s.mentions.get(k)
            if m is not None and m.kind not in ("self", "pair", "land", "parties") and \
                    not set(m.actors) & set(holder) and not self._is_location(s, m):
                return list(m.actors)
        return []

    def _last_group_en(self, s: Sentence, before: int) -> tuple[str, ...]:
        """The last pair or list joined by «and» before token ``before`` («Chinese President
        Xi Jinping and US President Joe Biden … their meeting»)."""
        by_end = s.by_last_token()
        for k in range(before - 1, s.start, -1):
            if s.norms[k] != "and":
                continue
            left = next((by_end[x] for x in range(k - 1, max(s.start, k - 4) - 1, -1)
                         if x in by_end), None)
            right = next((s.mentions[x] for x in range(k + 1, min(before, k + 5))
                          if x in s.mentions), None)
            if left is None or right is None:
                continue
            first = self._list_start(s, left)
            actors = self._actors([*self._list_en(s, first, k), left, right])
            if len(actors) >= 2:
                return actors
        return ()

    def _remember_acts_en(self, s: Sentence, records: list[Any]) -> None:
        """Who made the accusations and demands the article reports, for «the allegation is
        rejected by Doha», «would not meet the demands»."""
        acts = self._en_state(s.doc).setdefault("acts", {})
        for family in ("accuses", "demands", "threats"):
            # «demanded that Russia withdraw …. Moscow rejected the demand»: a demand for a
            # withdrawal is a demand too; «we reject the language of threats»: a warning is
            # a threat too
            holders = tuple(dict.fromkeys(r.holder for r in records if r.is_edge and (
                r.stance_type == family or family == "demands" and
                r.stance_type in ("demands_withdrawal", "urges_restraint",
                                  "calls_for_dialogue") or
                family == "threats" and r.stance_type in ("threatens", "warns"))))
            if holders:
                acts[family] = holders

    def _remember_group_en(self, s: Sentence, h: Holder | None) -> None:
        if h is not None and len(h.actors) >= 2:
            self._en_state(s.doc)["group"] = h.actors

    # ---- holders ----------------------------------------------------------------------
    @staticmethod
    def _fronted_participle_en(s: Sentence, start: int) -> bool:
        """Whether token ``start`` lies in a participle clause that opens the sentence and
        ends at its first comma («Sounding the alarm that …, X urged …»)."""
        first = s.texts[s.start]
        if not (first[:1].isupper() and first.lower().endswith("ing") and len(first) > 5) or \
                s.start in s.mentions:
            return False
        comma = next((k for k in range(s.start, s.end) if s.texts[k] == ","), None)
        # «Rising sea levels threaten X, a report said»: a clause with a finite verb of its
        # own is the main clause
        return comma is not None and start < comma and \
            not any(k in s.finite_cue_tokens() for k in range(s.start, comma))

    def _by_after_time_en(self, s: Sentence, end: int) -> int:
        """The token after a time or place phrase that follows a verb («was condemned on
        Sunday by Jordan», «was received in Bamako by …»): ``end`` itself when none stands
        there."""
        k = end
        if k < s.end and s.norms[k] in self.time_preps_en:
            j = k + 1
            while j < s.end and j - k <= 3 and s.norms[j] in self.time_preps_en:
                j += 1
            if j < s.end and s.norms[j].rstrip(".") in self.time_words_en:
                j += 1
                while j < s.end and j - k <= 6 and (s.texts[j].isdigit() or s.texts[j] == ","):
                    j += 1  # «brokered in July 2022 by Turkey»
                if j < s.end and s.norms[j] in self.passive_by:
                    return j
        if k + 2 < s.end and s.norms[k] in self.loc and (m := s.mentions.get(k + 1)) is not None \
                and m.kind in ("capital", "name") and m.end < s.end and \
                s.norms[m.end] in self.passive_by:
            return m.end  # «was received in Bamako by Mali's authorities»: a place first
        return end

    def _passive_subject_en(self, s: Sentence, v: int, ctx: Context,
                            holder: Holder) -> list[str]:
        """The target of a passive whose agent follows «by» («Iran was accused by the US»,
        «Kuwait's efforts were praised by X»): the subject, or the author of the act that the
        subject names (rule 11), never a place the act happened in."""
        k = v - 1
        while k >= s.start and s.norms[k] not in self.be_en:
            k -= 1
        if k < s.start:
            return []
        a = k - 1
        verbs = {sp.start for sp, forms in s.cues
                 if any(f.cue.label == "_speech" for f in forms)}
        while a >= s.start and s.texts[a] not in STOP_CSC and s.norms[a] not in self.comp \
                and a not in verbs:
            a -= 1
        for j in range(a + 1, k):
            m = s.mentions.get(j)
            if m is not None and m.kind not in ("self", "pair", "land", "parties") and \
                    not self._is_location(s, m):
                grp = self._list_en(s, m, k)
                return [x for x in self._actors(grp) if x not in holder.actors]
        return []

    def _clause_actor_en(self, s: Sentence, before: int, holder: tuple[str, ...]
                         ) -> list[str] | None:
        """The first actor of the clause that ends at token ``before`` (after «that», a comma
        or a reporting verb), with the actors listed with it: «said any Israeli attack would be
        met with …», «any aggression against Iran by the US or Israel would …» (the holder
        itself, a place and a pronoun are passed over); None when the clause names only the
        side attacked («any attack on Lebanon»)."""
        verbs = s.finite_cue_tokens()
        a = before - 1
        while a >= s.start and s.texts[a] not in STOP_CSC and s.norms[a] not in self.comp \
                and a not in verbs:
            a -= 1
        victim = False
        for j in range(a + 1, before):
            m = s.mentions.get(j)
            if m is None or m.kind in ("self", "pair", "land", "parties") or \
                    set(m.actors) & set(holder) or self._is_location(s, m):
                continue
            p = j - 1
            while p > a and s.norms[p] in self.determiners_en:
                p -= 1
            if p > a and s.norms[p] in self.victim_preps_en:
                victim = True
                continue  # «any attack on Lebanon»: the side attacked, not the attacker
            grp = self._list_en(s, m, before)
            return [x for x in self._actors(grp) if x not in holder]
        return None if victim else []

    def _org_reference_en(self, s: Sentence, k: int, last: tuple[str, ...] | None,
                          ctx: Context) -> Mention | None:
        """English (see MentionRules._org_anaphora): «the alliance said», «In a statement
        issued by the ASEAN chair, the bloc's foreign ministers …» name ``last``; «In a letter
        to the board, the three repeated their demand» names the group of that many named
        before."""
        groups = self.res.gazetteer.groups
        if ctx.last_bloc is not None and k > s.start and \
                s.norms[k - 1] in self.articles and k + 1 < s.end and \
                s.texts[k + 1].isalpha() and s.texts[k + 1].islower() and \
                s.norms[k + 1] not in self.bloc_heads_en and \
                self.number_value_en.get(s.norms[k]) == len(groups[ctx.last_bloc[0]].members):
            return Mention(k - 1, k + 1, "name", ctx.last_bloc, "m",
                           s.texts[k - 1] + " " + s.texts[k])
        if last is not None and len(last) == 1 and s.norms[k] in self.bloc_name_refs_en and \
                k > s.start and s.norms[k - 1] in self.articles and s.texts[k].islower() and \
                (a := self.res.gazetteer.actors.get(last[0])) is not None and \
                any(s.norms[k] in n.lower().split() for n in a.names("en")):
            # «the Group of Seven … accused the group of …»: the organisation named last whose
            # own name has the word
            return Mention(k - 1, k + 1, "name", last, "m", s.texts[k - 1] + " " + s.texts[k])
        if ctx.last_bloc is not None and s.norms[k] in self.org_refs and k > s.start and \
                s.norms[k - 1] in self.articles and s.texts[k].islower() and \
                any(s.norms[k] in n.lower().split() for n in groups[ctx.last_bloc[0]].en):
            # «the Alliance of Sahel States … the confederation's alignment»: the bloc whose
            # name has the word
            return Mention(k - 1, k + 1, "name", ctx.last_bloc, "m",
                           s.texts[k - 1] + " " + s.texts[k])
        if last is not None and s.norms[k] in self.org_refs and k > s.start and \
                s.norms[k - 1] in self.articles and s.texts[k].islower() and \
                not (k + 1 < s.end and s.texts[k + 1][:1].isupper()) and \
                not (k > s.start + 1 and s.norms[k - 2] in self.membership_words):
            # («invited to join the alliance»: the membership, no stance toward it)
            return Mention(k - 1, k + 1, "name", last, "m", s.texts[k - 1] + " " + s.texts[k])
        if ctx.named_orgs and k > s.start and s.norms[k - 1] == "the" and \
                s.texts[k].isalpha() and (s.texts[k][:1].isupper() or
                                          s.norms[k] in self.lowercase_org_heads_en and
                                          # («negotiations outside the court»: a place)
                                          not (k - 2 >= s.start and
                                               s.norms[k - 2] in self.place_preps_en)) and \
                not (k + 1 < s.end and s.texts[k + 1][:1].isupper()):
            # «the Security Council … the Council's decisive action», «the International
            # Criminal Court … accused the court of …»: the last organisation named with that
            # head of its name
            org = next((a for a in reversed(ctx.named_orgs)
                        if s.norms[k] in self._org_heads_en(a)), None)
            if org is not None:
                return Mention(k - 1, k + 1, "name", (org,), "m",
                               s.texts[k - 1] + " " + s.texts[k])
        return None

    def _org_heads_en(self, actor: str) -> frozenset[str]:
        """The last words of an organisation's English names, as read («council» of «Security
        Council», «commission»)."""
        heads = self._org_heads_cache.get(actor)
        if heads is None:
            a = self.res.gazetteer.actors.get(actor)
            heads = frozenset() if a is None else frozenset(
                normalize(n.split()[-1]) for n in (a.en, *a.aliases_en)
                if len(n.split()) >= 2 and n.split()[-1].isalpha())
            self._org_heads_cache[actor] = heads
        return heads

    def _on_behalf_en(self, s: Sentence, start: int) -> tuple[str, ...]:
        """«Speaking on behalf of the "A3 plus" — Algeria, Sierra Leone, Somalia and Guyana —,
        the representative of Sierra Leone called for …», «Speaking also for Gabon and
        Mozambique, Ghana's representative …» (words behalf_openers): the states spoken for
        before the cue
        at ``start`` hold its stance with the speaker's own (rule 2)."""
        if s.words().isdisjoint(self.behalf_firsts):
            return ()
        for k in range(s.start, start - 2):
            if s.norms[k] not in self.behalf_firsts:
                continue
            j = self._phrase_end(s.norms, k, self.behalf_openers)
            if j is None:
                continue
            dash = next((x for x in range(j, min(start, j + 6)) if s.texts[x] in DASHES), None)
            if dash is not None:  # the members, set off by dashes after the group's name
                stop = next((x for x in range(dash + 1, start) if s.texts[x] in DASHES), start)
                found = [m for x, m in sorted(s.mentions.items()) if dash < x < stop]
            else:
                m = self._next_mention(s, j, min(start, j + 3))
                found = self._list_en(s, m, start) if m is not None else []
            return tuple(dict.fromkeys(a for m in found if m.kind in ("name", "adj", "capital")
                                       for a in m.actors))
        return ()

    def _as_did_en(self, s: Sentence, end: int) -> tuple[str, ...]:
        """«The GCC urged the two capitals to settle their differences through dialogue, as did
        Arab League chief Ahmed Aboul Gheit»: the actors after «as did» in the clause of the cue
        ending at ``end`` hold its stance too (rule 4)."""
        for k in range(end, s.end - 2):
            if s.texts[k] in {";", ":"}:
                break
            if s.norms[k] != "as" or s.norms[k + 1] not in self.as_did_en or \
                    s.texts[k - 1] != ",":
                continue
            # («as did the foreign ministry in Ankara», «as did the Secretary-General of the
            # Gulf Cooperation Council»: the actor a title phrase ends with)
            m = self._next_mention(s, k + 2, min(s.end, k + 9))
            if m is None or m.kind not in ("name", "adj", "capital", "person") or any(
                    s.texts[x] in STOP_CSC for x in range(k + 2, m.start)):
                return ()
            return tuple(dict.fromkeys(a for x in self._list_en(s, m, s.end)
                                       if x.kind in ("name", "adj", "capital", "person")
                                       for a in x.actors))
        return ()

    def _who_antecedent_en(self, s: Sentence, start: int, ctx: Context) -> Holder | None:
        """«German Foreign Minister Heiko Maas, who had spent weeks trying to bring Athens and
        Ankara back to talks, urged …»: a verb inside a relative clause opened by «, who» (no
        comma between) is the antecedent's, the official or actor named right before it."""
        if "who" not in s.words() and "which" not in s.words():
            return None
        k = start - 1
        while k > s.start and k > start - 12 and s.texts[k] not in {",", ";", ":"} and \
                s.norms[k] not in ("who", "which"):
            k -= 1
        if s.norms[k] not in ("who", "which") or k - 1 <= s.start or s.texts[k - 1] != ",":
            return None
        if s.norms[k] == "which":
            # «China's foreign ministry, which in May accused Washington of …»: an institution
            # that opens the sentence, as its subject
            if not s.finite_cue_tokens().isdisjoint(range(s.start, k)) or start - k > 5 or \
                    s.norms[k + 1] in self.be_en or \
                    not s.finite_cue_tokens().isdisjoint(range(k + 1, start)) or \
                    any(s.norms[x] in self.passive_by for x in range(s.start, k)):
                # (only the clause's first verb, and not «A draft resolution circulated by
                # Tunisia and Indonesia, which …»: a thing done by others)
                return None
            h = self._np_holder_en(s, self._np_start_en(s, k - 2, s.by_last_token()), k - 1,
                                   ctx, None)
            return Holder(h.actors, h.speaker, h.person, "np", None) \
                if h is not None and h.actors else None
        m = s.mention_ending_at(k - 1)
        if m is not None and m.kind != "person" and m.start > s.start and \
                s.norms[m.start - 1] in self.head_preps_en:
            # «Tom Barrack, the US ambassador to Turkey and special envoy for Syria, who …»:
            # the place of a title is no antecedent; the official the title follows is
            m = next((x for x in sorted(s.mentions.values(), key=lambda x: -x.start)
                      if x.end <= m.start and m.start - x.end <= 14 and x.kind == "person"),
                     None)
        if m is None or m.kind not in ("person", "name", "capital") or not m.actors or \
                not s.finite_cue_tokens().isdisjoint(range(s.after_time(), m.start)):
            # (only the sentence's subject: «held a meeting with Bourita, who invited him»
            # leaves the object's clause to the clause reader)
            return None
        # (what the clause's verb asks or targets follows the verb, not «who»; «the presidents
        # of Senegal and Togo, who have mediated …»: the whole list)
        actors = self._actors(self._list_en(s, self._list_start(s, m), k))
        return Holder(actors or m.actors, m.text, m.person, "np", None)

    def _who_is_antecedent_en(self, s: Sentence, start: int) -> Holder | None:
        """«the efforts of our French and German partners, who are hosting and facilitating
        this meeting», «the African Union envoy, who is mediating between …»: a participle
        after «, who is/are» (or coordinated with one) is the antecedent's act, the actor
        named right before the comma, or the state adjectives of a plural noun there."""
        k = start - 1
        if k > s.start and s.norms[k] in self.coord:  # «hosting and facilitating»
            k -= 1
            while k > s.start and not (s.norms[k] in self.be_en and s.norms[k - 1] == "who"):
                if not s.texts[k].isalpha() or start - k > 4:
                    return None
                k -= 1
        if k - 2 <= s.start or s.norms[k] not in self.be_en or s.norms[k - 1] != "who" or \
                s.texts[k - 2] != ",":
            return None
        e = k - 2  # the comma
        m = s.mention_ending_at(e)
        if m is None and e - 1 > s.start and s.texts[e - 1].isalpha() and \
                s.texts[e - 1].islower():
            # «German partners», «the African Union envoy»: the adjective, or the actor of a
            # title, before the noun
            m = s.mention_ending_at(e - 1)
            if m is not None and not (m.kind == "adj" or m.kind == "name" and
                                      s.norms[e - 1] in self.heads):
                m = None
        if m is None or m.kind in ("self", "pair", "land", "parties") or not m.actors:
            return None
        actors = self._actors(self._list_en(s, self._list_start(s, m), m.end))
        return Holder(actors or m.actors, m.text, m.person, "np", None)

    def _list_apposition_open_en(self, s: Sentence, o: int, by_last: dict[int, Mention]) -> int:
        """The comma an apposition before a verb opens with, when the comma ``o`` found
        first stands inside the apposition's own list of states: «We, the Foreign Ministers of
        France, Germany and Italy, welcome …» (back to the comma after «we»), «the foreign
        ministers of eight Arab and Muslim countries, among them Saudi Arabia, Qatar, Egypt
        and Turkey, welcomed …» (back to the comma before «among»; words
        member_apposition_openers). Else ``o``."""
        first = s.mentions.get(o + 1)
        if first is None and o + 2 < s.end and s.norms[o + 1] in self.articles:
            first = s.mentions.get(o + 2)  # «…, the Republic of Korea and …»
        if first is None or first.kind not in ("name", "capital"):
            return o
        name = by_last.get(o - 1)
        if name is not None and name.kind in ("name", "capital") and \
                (o2 := next((k for k in range(name.start - 1, max(s.start, o - 30) - 1, -1)
                             if s.texts[k] == ","), None)) is not None and o2 > s.start and \
                (we := s.mentions.get(o2 - 1)) is not None and we.kind == "self":
            return o2
        o2 = next((k for k in range(o - 1, max(s.start, o - 30) - 1, -1)
                   if s.texts[k] == "," and s.norms[k + 1] in self.member_apposition_openers_en),
                  None)
        if o2 is not None and o2 > s.start and \
                not any(o2 < x < o for x in s.finite_cue_tokens()):
            return o2
        return o

    def _holder_en(self, s: Sentence, start: int, end: int, form: CueForm, ctx: Context,
                   subject: Holder | None) -> Holder | None:
        """The explicit holder of an English cue, or None to take the sentence's speaker."""
        tag, cue = form.tag, form.cue
        h: Holder | None = None
        if tag == "x" and (own := self._contrast_clause_subject_en(s, start)) is not None:
            # «Britain said it was concerned, while Cuba backed Caracas, saying it stood
            # firmly with …»: the «it» of a participle of saying is the subject of the clause
            # the participle hangs on, not the sentence's first speaker
            return own
        if tag in FINITE and (who := self._who_antecedent_en(s, start, ctx)) is not None:
            return who
        if tag == "p" and (who := self._who_is_antecedent_en(s, start)) is not None:
            return who
        if tag == "p" and cue.requires_before and start - 1 > s.start and \
                s.texts[start - 1] == "," and \
                (before := self._np_holder_en(s, s.start, start - 1, ctx, None)) is not None \
                and before.actors:
            # «Japan's foreign minister, meeting Chinese Foreign Minister Wang Yi in New York,
            # raised this»: a participle set off after the subject is the subject's act
            return Holder(before.actors, before.speaker, before.person, "svo")
        if tag in FINITE and start - 2 > s.start:
            k = start - 1
            while k > s.start and s.norms[k] in self.aux:
                k -= 1  # «a Tunisian-drafted resolution that would require …»
            if s.norms[k] in self.relatives_en and s.norms[k - 1] in self.resolution_nouns:
                drafted = self._drafters(s)  # type: ignore[attr-defined]
                if drafted:
                    # rule 22: what the drafters' resolution asks is their stance, and the
                    # stance of those lobbying for it («Egypt and Sudan urged the Council to
                    # approve a Tunisian-drafted resolution that would require …»)
                    lobby = subject.actors if subject is not None else ()
                    return Holder(tuple(dict.fromkeys((*drafted, *lobby))), s.texts[k - 1],
                                  None, "np")
        if cue.id in self.between_party_cues_en:
            # «the agreement reached today in Istanbul between Afghanistan and Pakistan»: the
            # parties hold it, whoever reports or welcomes it (rule 23)
            b = next((k for k in range(end, min(s.end, end + cue.window))
                      if s.norms[k] in self.between), None)
            m = None if b is None or b + 1 >= s.end else (
                # «between the Government of Yemen and Ansar Allah»
                self._addressee_np_en(s, b + 1) or
                self._next_mention(s, b + 1, min(s.end, b + 4)))
            if m is None or m.kind in ("self", "land", "pair", "parties"):
                return None
            sides = self._actors(self._list_en(s, m, s.end))
            return Holder(sides, m.text, None, "parties") if len(sides) == 2 else None
        if tag == "p" and start - 3 > s.start and s.norms[start - 1] == "in" and \
                s.norms[start - 2] in self.role_nouns_en and s.texts[start - 3] in {"'s", "'"}:
            # «Egypt hailed Qatar's role in brokering the truce»: the one whose role it is
            m = s.mention_ending_at(start - 3)
            if m is not None and m.kind not in ("self", "land", "pair", "parties"):
                return Holder(m.actors, m.text, m.person, "genitive", start)
        if tag == "p" and start - 3 > s.start and s.norms[start - 1] == "in" and \
                (m := s.mention_ending_at(start - 1)) is not None and \
                m.kind not in ("self", "land", "pair", "parties"):
            # «commend the role of the Federative Republic of Brazil in facilitating contacts»
            k = m.start - 1
            while k > s.start and s.norms[k] in self.articles:
                k -= 1
            if k > s.start and s.norms[k] == "of" and s.norms[k - 1] in self.role_nouns_en:
                return Holder(m.actors, m.text, m.person, "genitive", start)
        if tag == "p" and start - 4 > s.start and s.norms[start - 1] == "in" and \
                s.norms[start - 2] in self.played_en:
            # «the constructive role Iraq has played in hosting the previous rounds»: the
            # one who played the role, between the role noun and its verb
            k = start - 3
            while k > s.start and s.norms[k] in self.aux:
                k -= 1
            m = s.mention_ending_at(k + 1)
            if m is not None and m.kind not in ("self", "land", "pair", "parties") and \
                    m.start > s.start and s.norms[m.start - 1] in self.role_nouns_en:
                return Holder(m.actors, m.text, m.person, "genitive", start)
        if tag == "p" and (adopter := self._resolution_adopter_en(s, start, ctx)) is not None:
            return adopter
        by = self._by_after_time_en(s, end) if tag in FINITE or tag == "p" else end
        if by < s.end and s.norms[by] in self.passive_by and cue.frame != "concern":
            # «talks brokered by Egypt»; «spoke by phone with …» names no agent
            k = by + 1
            while k < s.end and k - by <= 4 and k not in s.mentions and (
                    s.norms[k] in self.articles or s.norms[k] in self.heads or
                    s.norms[k] in self.title_mods_en or s.norms[k] in self.head_preps_en):
                k += 1
            m = s.mentions.get(k)
            if m is not None and m.kind not in ("self", "land"):
                grp = self._list_en(s, m, s.end)
                h = Holder(self._actors(grp), m.text, m.person, "by", grp[-1].end)
        if h is None and tag == "n" and any(
                s.norms[k] in self.draw_verbs_en
                for k in range(max(s.start, start - 4), start)):
            # «the strike drew a wave of condemnation (from X)»: the subject is criticised,
            # never the critic; the critics follow «from»
            k = end
            while k < s.end and k - end < 3 and (s.norms[k] in self.articles or
                                                 s.norms[k] in {"from", "by"}):
                k += 1
            m = s.mentions.get(k)
            if m is not None and k > end and s.norms[end] in {"from", "by"} and \
                    m.kind not in ("self", "land", "pair", "parties"):
                grp = self._list_en(s, m, s.end)
                return Holder(self._actors(grp), m.text, m.person, "by", grp[-1].end)
            return Holder((), s.texts[start], None, "nonactor")
        if h is None and tag == "n" and start > s.start + 1:
            # «Turkey condemned the attack, and Saudi Arabia voiced support for …»: a stance
            # noun right after a light verb (words stance_light_verbs) is held by that verb's
            # own subject, even in a clause after the sentence's first
            lv = start - 1
            while lv > s.start and start - lv <= 3 and s.texts[lv].isalpha() and \
                    s.texts[lv].islower() and s.norms[lv] not in self.stance_light_verbs_en:
                lv -= 1  # «voiced strong support», «expressed full solidarity»
            if s.norms[lv] in self.stance_light_verbs_en and lv - 1 > s.start and \
                    (s.mention_ending_at(lv) is not None or s.norms[lv - 1] in self.heads):
                # («A spokesperson for the German government voiced concern»)
                got = self._subject_en(s, lv, ctx, subject)
                if got is not None and (got.actors and got.source == "svo" or
                                        got.source == "nonactor"):
                    return got  # (also «Several Western governments voiced support»: no one)
        poss = start - 1
        while tag == "n" and poss > s.start and start - poss <= 4 and (
                s.texts[poss] in {'"', "“", "”"} or s.texts[poss].isalpha() and
                s.texts[poss].islower() and s.norms[poss] not in self.articles and
                s.norms[poss] not in self.coord):
            poss -= 1  # «Washington's "ironclad" commitment», «Tehran's full readiness»
        if h is None and tag == "n" and cue.frame in ("ready", "appeal", "concern", "object") \
                and poss > s.start and s.norms[poss] in {"'s", "'"}:
            # «Tehran's readiness to hold talks», «Israel's demand that …»: the possessor
            m = s.mention_ending_at(poss)
            if m is not None and m.kind not in ("self", "land", "pair", "parties"):
                return Holder(m.actors, m.text, m.person, "genitive", end)
        if h is None and tag == "n" and (cue.frame == "appeal" or
                                         cue.label in self.maker_before_noun_en) and \
                start > s.start:
            # «a French request to …», «the US demand», «the ECOWAS threat to use force»,
            # «the Qatari mediation»: the actor named before the noun
            m = s.mention_ending_at(start)
            if m is not None and m.kind in ("adj", "name", "capital") and m.start > s.start \
                    and s.norms[m.start - 1] in self.articles:
                return Holder(m.actors, m.text, m.person, "genitive", end)
            if tag == "n" and any(s.norms[k] in self.concessive
                                  for k in range(max(s.start, start - 6), start)):
                # «despite American and Israeli warnings», «despite warnings from Washington
                # and Israel»: those who warned, not the clause's subject (who is warned)
                if m is not None and m.kind == "adj":
                    first = self._list_start(s, m)
                    return Holder(self._actors(self._list_en(s, first, start)), m.text, None,
                                  "genitive", end)
                if end + 1 < s.end and s.norms[end] == "from" and \
                        (agent := s.mentions.get(end + 1)) is not None and \
                        agent.kind in ("name", "capital", "adj"):
                    grp = self._list_en(s, agent, s.end)
                    return Holder(self._actors(grp), agent.text, None, "genitive", grp[-1].end)
        if h is None and start > s.start and self._fronted_participle_en(s, start):
            # «Sounding the alarm that …, Guterres urged …»: the main clause's subject
            comma = next(k for k in range(s.start, s.end) if s.texts[k] == ",")
            v = next((sp.start for sp, forms in s.cues if sp.start > comma + 1 and
                      any(f.tag in FINITE for f in forms)), None)
            if v is not None:
                main = self._subject_en(s, v, ctx)
                if main is not None and main.actors:
                    return Holder(main.actors, main.speaker, main.person, "svo")
        if h is None and start >= 2 and s.texts[start - 1] in {"-", "–"}:
            m = s.mention_ending_at(start - 1)
            if m is not None:  # «Oman-hosted meeting»
                h = Holder(m.actors, m.text, m.person, "by", start)
        if h is None and start - 4 > s.start and s.norms[start - 1] == "in" and \
                s.norms[start - 2] in self.role_nouns_en and s.norms[start - 4] == "for" and \
                s.norms[start - 3] in self.possessive_pronouns_en:
            # «commended the UAE for its role in bringing the two sides together»: the one
            # commended for the role plays it
            m = s.mention_ending_at(start - 4)
            if m is not None and m.kind not in ("self", "land", "pair", "parties"):
                return Holder(m.actors, m.text, m.person, "by", start)
        if h is None and tag == "p" and start > s.start and s.norms[start - 1] == "for":
            m = s.mention_ending_at(start - 1)
            if m is None and start - 2 > s.start and s.norms[start - 2] in self.heads:
                # «to the Chinese leaders and government for hosting»
                m = next((x for x in s.mentions.values()
                          if x.end < start - 1 and x.end >= start - 6), None)
            if m is not None:  # «thanked Iraq and Oman for hosting the talks»
                first = self._list_start(s, m)
                grp = self._list_en(s, first, start)
                h = Holder(self._actors(grp), m.text, m.person, "by", start)
        if h is None and cue.label == "holds_talks" and tag in FINITE and \
                self._passive_en(s, start) and end < s.end and s.norms[end] == "to":
            # «the US ambassador was summoned to the Russian Foreign Ministry»
            k = end + 1
            while k < s.end and s.norms[k] in self.articles:
                k += 1
            m = s.mentions.get(k)
            subj = self._subject_en(s, start, ctx, subject)
            if m is not None and subj is not None and subj.actors:
                self._en_state(s.doc).setdefault("summoned", {})[start] = subj.actors
                return Holder(m.actors, m.text, m.person, "by", self._list_en(s, m, s.end)[-1].end)
        if h is None and cue.label == "holds_talks" and tag == "n" and \
                "their" in s.norms[max(s.start, start - 3):start]:
            # «during their meeting»: the pair just named held it together
            group = self._last_group_en(s, start)
            if group:
                self._en_state(s.doc)["group"] = group  # «they» next
                return Holder(group, None, None, "their")
        if h is None and tag in FINITE and start - 1 > s.start and \
                s.norms[start - 1] in self.help_verbs_en and \
                s.norms[start] == s.texts[start].lower() and s.texts[start].isalpha():
            # «A government source said Ankara had helped broker the deal»: the bare
            # infinitive is the act of the helper, the subject of «help»
            own = self._subject_en(s, start - 1, ctx, subject)
            if own is not None and own.actors:
                return Holder(own.actors, own.speaker, own.person, "clause")
        if h is None and tag in FINITE and start > s.start and s.norms[start - 1] == "to":
            g = self._governor_en(s, start) if cue.label == "mediates" else None
            going_on = start - 2 > s.start and s.norms[start - 2] in self.continuing_verbs_en
            if g is None and (cue.frame not in ("appeal", "attributed") or going_on) and not any(
                    sp.start < start and any(f.cue.frame in ("appeal", "obligation") or
                                             f.cue.label in ("_appeal", "_ready") and
                                             not f.cue.performative
                                             for f in fs)
                    for sp, fs in s.cues) and start - 2 > s.start and \
                    s.texts[start - 2].isalpha():
                # «Qatar rushed to denounce …», «used his address to the Assembly to denounce
                # …», «took the opportunity to condemn …»: with no appeal before it, the
                # infinitive's subject is the clause's
                own = self._initial_subject_en(s, start, ctx, subject)
                if own is not None and own.actors and own.source in ("svo", "np", "vso") and \
                        any(m.start < start and set(m.actors) & set(own.actors)
                            for m in s.mentions.values()):
                    # (an actor the clause names: not «Governments across Latin America»,
                    # which a dateline's home state would stand for)
                    return Holder(own.actors, own.speaker, own.person, "clause")
            if g is None:
                return None  # a nested appeal: the holder of the appeal that asks for it
            if s.norms[g] in self.governors_en and g > s.start and s.norms[g - 1] in {"'s", "'"}:
                m = s.mention_ending_at(g - 1)
                return Holder(m.actors, m.text, m.person, "genitive") if m else None
            if g + 2 < start - 1 and s.norms[g + 1] in self.agent_links:
                # «the efforts of the African Union to facilitate dialogue …»; «…, including
                # its High Representative for the Horn of Africa, to facilitate …»
                m = s.mention_ending_at(start - 1)
                if m is None and s.texts[start - 2] == ",":
                    a = g + 2 + (s.norms[g + 2] in self.articles)
                    m = s.mentions.get(a)
                    if m is not None and (m.end >= s.end or s.texts[m.end] != ","):
                        m = None
                if m is not None and m.start >= g + 2 and \
                        m.kind not in ("self", "land", "pair", "parties"):
                    return Holder(m.actors, m.text, m.person, "genitive")
            m = s.mention_ending_at(g)
            if m is not None and m.kind == "adj":
                return Holder(m.actors, m.text, m.person, "genitive")  # «Qatari efforts to»
            got = self._subject_en(s, g, ctx, subject)
            if (got is None or not got.actors) and g - 2 > s.start and \
                    s.norms[g - 1] in self.possessive_pronouns_en:
                # «he will continue his efforts to mediate»: whoever makes their own
                # efforts is the subject of the verb before them
                return self._subject_en(s, g - 2, ctx, subject) or got
            return got
        if h is None and tag == "p" and start - 2 > s.start and s.texts[start - 1].isalpha() \
                and s.texts[start - 1].islower() and s.texts[start - 2] in ("'s", "'", "’s") and \
                (m := s.mention_ending_at(start - 2)) is not None and \
                m.kind in ("name", "person", "capital"):
            # «Blinken's message congratulating the new Taiwanese president»: a participle
            # that modifies a noun is its owner's
            return Holder(m.actors, m.text, m.person, "genitive")
        if h is None and tag == "p" and start > s.start and (
                s.texts[start - 1] == "," or
                # «Iran denied any deal, while hailing …»: the same past a subordinator
                start - 1 > s.start and s.texts[start - 2] == "," and
                (s.norms[start - 1] in self.participle_subordinators_en or
                 # «…, formally accusing Moscow of …»: past an adverb
                 s.texts[start - 1].islower() and s.texts[start - 1].endswith("ly"))) and \
                not self._in_relative(s, start) and \
                not any(s.texts[k] in QUOTES for k in range(s.start, start)):
            # «X severed ties with Y on June 5, accusing it of …»: the clause's subject (not
            # past a quotation: «"Israel must withdraw," he said, urging …» is the speaker's)
            h = self._initial_subject_en(s, start, ctx, subject)
            if h is not None:
                return h
        if h is None and start - 3 >= s.start and s.norms[start - 1] == "to":
            # «a tendency of India to cast blame on Pakistan»: X does it
            m = s.mention_ending_at(start - 1)
            if m is not None and m.start > s.start and s.norms[m.start - 1] == "of" and \
                    m.kind not in ("self", "land", "pair", "parties"):
                return Holder(m.actors, m.text, m.person, "clause")
        if h is None and start - 2 > s.start and s.norms[start - 1] == "to" and \
                s.norms[start - 2] in self.own_intent_verbs_en and \
                cue.frame not in ("appeal", "attributed", "genitive"):
            # «Canada wants to work with India»: the subject of the verb of intent
            h = self._subject_en(s, start - 2, ctx, subject)
            if h is not None and h.actors:
                return Holder(h.actors, h.speaker, h.person, "clause")
            h = None
        if h is None and tag == "x" and cue.frame not in ("appeal", "attributed", "genitive") and \
                s.norms[start] not in self.be_en and not self._in_relative(s, start):
            # «Turkey lashed out at Greece», «Sudan would respond»
            h = self._subject_en(s, start, ctx, subject)
            if h is not None and h.source == "self":
                return h
            if h is not None and h.actors:
                # the subject of a phrase in an embedded clause is no speaker of the sentence
                return Holder(h.actors, h.speaker, h.person, "clause")
            h = None
        nominal = tag == "n" or tag == "x" and start > s.start and \
            s.norms[start - 1] in self.determiners_en
        if h is None and nominal and subject is not None and cue.frame != "between" and \
                (v := next((k for k in range(start - 1, max(s.start, start - 4) - 1, -1)
                            if s.norms[k] in self.noun_taking_verbs_en or
                            s.norms[k] in self.stance_light_verbs_en), None)) is not None \
                and v - 1 > s.start and v - 1 not in s.mentions and \
                (own := self._subject_en(s, v, ctx, subject)) is not None and own.actors and \
                own.source == "svo" and not set(own.actors) & set(subject.actors):
            # «Hamas hailed the Jordanian step, and the Palestinian foreign ministry voiced its
            # solidarity with Amman»: the noun's verb has a subject of its own
            return own
        if h is None and nominal and subject is None and cue.frame != "between":
            # «…, and the two sides held official talks»: the subject of the verb that takes
            # the noun, in its own clause
            v = next((k for k in range(start - 1, max(s.start, start - 6) - 1, -1)
                      if s.norms[k] in self.noun_taking_verbs_en), None)
            if v is not None and v > s.start:
                h = self._subject_en(s, v, ctx, subject)
                if h is not None and h.actors:
                    return h
                h = None
            # «Egypt voiced deep concern over …»: the subject of the clause's verb
            h = self._initial_subject_en(s, start, ctx, subject)
            if h is not None:
                return h
        if h is None and tag == "p" and start - 1 > s.start and \
                s.norms[start - 1] in self.continuing_verbs_en and \
                not any(s.norms[k] in self.hypo for k in range(max(s.start, start - 6), start)):
            # «Estonia will keep supporting Ukraine»: the subject of the verb that goes on
            # (not in a condition: «warned that if the SDF kept threatening Turkey's border»)
            h = self._subject_en(s, start - 1, ctx, subject)
            if h is not None and not h.actors:
                h = None
        progressive = tag == "p" and start > s.start and s.norms[start - 1] in self.be_en
        if h is None and progressive:
            h = self._subject_en(s, start, ctx, subject)  # «which Muscat has been hosting»
            if h is not None and not h.actors:
                h = None
        if h is None and (tag in FINITE - {"1"} or progressive):
            # «X, who has been carrying messages between …»: a progressive is a finite verb
            if self._in_relative(s, start):
                h = self._clause_subject_en(s, start, ctx)  # type: ignore[attr-defined]
            else:
                h = (self._contrast_clause_subject_en(s, start) if tag in FINITE else None) \
                    or self._subject_en(s, start, ctx, subject)
        elif h is None and tag == "p" and self._passive_en(s, start):
            h = self._subject_en(s, start, ctx, subject)  # «Kuwait is mediating»
        elif h is None and tag == "n" and cue.label == "mediates":
            return self._mediation_noun_holder_en(s, start, end, ctx, subject)
        elif h is None and tag == "n" and cue.genitive == "holder" and end + 1 < s.end and \
                s.norms[end] in self.agent_links and (
                    (gm := s.mentions.get(end + 1 + (s.norms[end + 1] in self.articles)))
                    is not None) and gm.kind in ("name", "capital", "seat"):
            # «the ironclad commitment of the United States to the defense of Japan»
            return Holder(gm.actors, gm.text, None, "genitive", gm.end)
        elif h is None and tag in ("n", "p") and (
                self._in_relative(s, start) or cue.genitive == "holder"):
            h = self._clause_subject_en(s, start, ctx)  # type: ignore[attr-defined]
        if h is None and tag == "n" and cue.label == "holds_talks" and cue.frame == "between" \
                and subject is None and ctx.speaker is None and not any(
                    f.cue.label == "mediates" for _, forms in s.cues for f in forms):
            # «A phone call between the Saudi and Qatari ministers focused on …» with no one
            # reporting it: the two sides are its holders (rule 15)
            m = self._next_mention(s, end + 1, min(s.end, end + 4)) \
                if end < s.end and s.norms[end] in self.between else None
            if m is not None and m.kind not in ("self", "land", "pair", "parties"):
                sides = self._actors(self._list_en(s, m, s.end))
                if len(sides) == 2:
                    return Holder(sides, m.text, None, "parties")
        return h

    # ---- frames (English) -------------------------------------------------------------
    def _withdrawn_what_en(self, s: Sentence, after: int, kinds: list[tuple[str, int]]
                           ) -> list[tuple[str, int]]:
        """«must withdraw this unjust measure»: a withdrawal asked of a decision is a demand,
        not a demand of withdrawal (rule 10: that is of forces); «ordered 20 Czech diplomats
        to leave»: an expulsion of envoys is an act, none of the stance types (EXPELLED)."""
        out = []
        for k, e in kinds:
            words = {s.norms[x] for x in range(after, min(s.end, e + 4))} \
                if k == "demands_withdrawal" else set()
            if words and words.isdisjoint(self.withdrawn_forces_en):
                if not words.isdisjoint(self.withdrawn_envoys_en):
                    k = EXPELLED
                elif not words.isdisjoint(self.withdrawn_others_en):
                    k = "demands"
            out.append((k, e))
        return out

    def _nested_appeal_en(self, s: Sentence, kinds: list[tuple[str, int]]
                          ) -> list[tuple[str, int]]:
        """«urged the Council to call on X and Y to pull back»: what the Council is asked is
        itself an appeal, so the contents after it belong to that appeal (rule 20: a demand
        that the addressee press a third party stays demands)."""
        ends = {sp.end: sp for sp, _ in s.contents}
        for i, (_, end) in enumerate(kinds):
            sp = ends.get(end)
            if sp is not None and " ".join(s.norms[sp.start:sp.end]) in self.asking_en:
                return kinds[: i + 1]
        return kinds

    def _time_clause_en(self, s: Sentence, verb: int) -> bool:
        """Whether the verb at ``verb`` has its subject right after a conjunction of time
        («before the Security Council meets», «once the two sides meet»)."""
        k = verb - 1
        while k >= s.start and verb - k <= 8:
            m = s.by_last_token().get(k)
            if m is not None:
                k = m.start - 1
                continue
            n = s.norms[k]
            if n in self.time_clause_openers_en:
                return True
            if not (n in self.articles or n in self.heads or n in self.fillers or
                    n in self.title_mods_en or n in self.plural_pronouns_en or
                    n in self.pronouns_en or s.texts[k][:1].isupper() or
                    n in self.number_value_en or n in self.coord):
                return False
            k -= 1
        return False

    def _would_any_en(self, s: Sentence, start: int, end: int) -> bool:
        """«would welcome any Chinese gesture», «could support any such move»: a stance
        toward an act that may never happen is hypothetical (rule 6)."""
        return start > s.start and s.norms[start - 1] in self.conditional_modals_en and \
            end < s.end and s.norms[end] in self.any_words

    def _asked_contents_en(self, s: Sentence, kinds: list[tuple[str, int]]
                           ) -> list[tuple[str, int]]:
        """What an appeal asks for, without what only frames it: a condition («must first
        dismantle … before any dialogue can take place»: rule 13 codes the demand only) and
        the topic of the talks asked for («resume dialogue on the withdrawal of …»)."""
        if not kinds:
            return kinds
        starts = {sp.end: sp.start for sp, _ in s.contents}
        out: list[tuple[str, int]] = []
        for label, end in kinds:
            st = starts.get(end)
            if st is not None:
                k = st - 1
                while k > s.start and (s.norms[k] in self.determiners_en or
                                       s.norms[k] in self.hedged_en or s.norms[k] == "any"):
                    k -= 1
                if s.norms[k] in self.condition_openers_en:
                    continue
                if out and out[-1][0] == "calls_for_dialogue" and st > out[-1][1] and all(
                        s.norms[x] in self.topic_preps_en or s.norms[x] in self.articles
                        for x in range(out[-1][1], st)):
                    continue
            out.append((label, end))
        return out

    def _modal_target_en(self, s: Sentence, sp: Any, form: CueForm, holder: Holder,
                         ctx: Context) -> list[str]:
        """«Armenia should stop …», «the Council should not be involved»: the subject of a
        modal of obligation is the one the speaker makes demands of."""
        if form.tag != "x" or form.cue.frame != "appeal" or form.cue.label != "_appeal":
            return []
        k = sp.start - 1
        if k >= s.start and (s.norms[k] in self.pronouns_en or
                             s.norms[k] in self.plural_pronouns_en):
            # «Armenia should stop … . They should focus on talks»: the last actor other
            # than the speaker named before
            other = self._en_state(s.doc).get("last_other", ())
            return [a for a in other if a not in holder.actors]
        h = self._subject_en(s, sp.start, ctx)
        if h is None or h.source != "svo" or \
                not set(h.actors).isdisjoint(holder.actors) and \
                s.norms[sp.start] in self.modal_asks_en:
            return []  # (a subject that holds the speaker: its own intent, _own_modal_en)
        return [a for a in h.actors if a not in holder.actors]

    def _own_modal_en(self, s: Sentence, sp: Any, form: CueForm, holder: Holder,
                      ctx: Context) -> list[str]:
        """«China and Russia should keep deepening their cooperation» said by China: the others
        of a modal's subject that holds the speaker too."""
        if form.tag != "x" or form.cue.frame != "appeal" or form.cue.label != "_appeal" or \
                s.norms[sp.start] not in self.modal_asks_en:
            return []  # (not «a meeting … is contingent on …»: a condition, rule 13)
        h = self._subject_en(s, sp.start, ctx)
        if h is None or h.source != "svo" or set(h.actors).isdisjoint(holder.actors):
            return []
        return [a for a in h.actors if a not in holder.actors]

    def _purpose_contents_en(self, s: Sentence, sp: Any) -> list[tuple[str, int]]:
        """«in order to de-escalate the situation, Washington should …»: what the modal is
        for, stated before its subject."""
        out: list[tuple[str, int]] = []
        for c, classes in s.contents:
            if s.start <= c.start < sp.start and c.start >= s.start + 2 and \
                    s.norms[c.start - 1] == "to" and s.norms[c.start - 2] in self.purpose_en:
                out.extend((cl.label, c.end) for cl in classes if "appeal" in cl.classes)
        return out

    def _sentence_end_en(self, s: Sentence, ctx: Context) -> None:
        # («ABC: Australia's Prime Minister today called …»: past a briefing's label)
        first = s.start + 2 if s.start + 2 < s.end and s.texts[s.start + 1] == ":" and \
            s.start not in s.mentions else s.start
        cues = s.ok_cues if s.ok_cues is not None else s.cues
        opener = first + 1 if first + 1 < s.end and s.norms[first] in self.articles and \
            first not in s.mentions else first
        if (not cues or not s.spoke) and opener in s.mentions and \
                s.mentions[opener].kind in ("adj", "name"):
            # «Saudi Foreign Minister Prince Faisal addressed the summit. He denounced …», «The
            # US deputy representative hoped for a transition. He condemned …»: an official
            # who opens a sentence that names no speaker is who «he» is next
            h = self._initial_subject_en(s, s.end, ctx, None)
            words = (h.speaker or "").split() if h is not None else []
            named = len(words) >= 3 and words[-1][:1].isupper() and \
                any(normalize(w) in self.heads for w in words[1:-1])
            titled = opener > first and bool(words) and normalize(words[-1]) in self.heads
            if h is not None and h.actors and (h.person is not None or named or titled):
                ctx.speaker = h
        if not cues and first + 1 < s.end and opener in s.mentions:
            # «The three governments had tried to pre-empt the decision. … they rejected»:
            # a group that opens a sentence with no stance is who «they» are next
            self._remember_group_en(s, self._initial_subject_en(s, s.end, ctx, None))
        self._remember_act_authors_en(s, ctx)
        self._remember_titled_en(s)
        if self.defined_pair_nouns.intersection(s.texts[s.start:s.start + 4]):
            self._remember_defined_pair_en(s)
        state = self._en_state(s.doc)
        state["sentences"] = state.get("sentences", 0) + 1
        state["last_sentence"] = (state["sentences"], s, ctx)  # for «the move» (read lazily)
        if s.texts[s.end - 1] != "?":
            state["last_statement"] = state["last_sentence"]
        elif state.get("last_statement") is not None:
            # «Japan began discharging … What is China's response?» — «We condemn this»: a
            # question does not replace the statement the answer's «this» points back to
            state["last_statement"] = (state["sentences"], *state["last_statement"][1:])
        m0 = s.mentions.get(s.start)
        h0 = m0.end if m0 is not None else s.end
        while h0 < s.end and s.norms[h0] in self.title_mods_en:
            h0 += 1
        if m0 is not None and m0.kind in ("name", "adj") and h0 < s.end and \
                (s.norms[h0] in self.heads or
                 # «France, which has emerged as one of Armenia's closest partners, went
                 # further. Its foreign ministry …», «Iran framed the barrage as retaliation.
                 # Its mission to the United Nations said …»
                 m0.kind == "name" and (s.texts[m0.end] == "," or
                                        s.texts[m0.end].isalpha() and
                                        s.texts[m0.end].islower())) and \
                all(f.cue.label.startswith("_") or f.tag not in FINITE  # «went further»
                    for sp, fs in (s.ok_cues if s.ok_cues is not None else s.cues) for f in fs):
            # «ASEAN foreign ministers, meeting in Vientiane, were more cautious. Their
            # chair's statement called on …»: whose «their» is next
            self._en_state(s.doc)["opener"] = (s.end, m0.actors)
        speaker = set(ctx.speaker.actors) if ctx.speaker else set()
        others = [m for m in s.mentions.values() if m.kind not in ("self", "land", "pair",
                                                                  "parties", "person") and
                  not set(m.actors) & speaker and not self._is_location(s, m)]
        if others:
            self._en_state(s.doc)["last_other"] = others[-1].actors

    def _remember_act_authors_en(self, s: Sentence, ctx: Context | None = None) -> None:
        """Whose acts the sentence names, for a later «condemned the strikes» (rule 11): the
        actor before the noun («Israeli strikes», «Russia's drills»), else the actor that
        opens the sentence as its subject («Israel launched new strikes on Syria»)."""
        nouns = [k for k in range(s.start, s.end) if s.norms[k] in self.reported_acts_en]
        made: dict[int, tuple[str, ...]] = {}
        for k in range(s.start + 2, s.end) if not s.words().isdisjoint(self.bare_acts_en) \
                else ():
            if s.norms[k] not in self.bare_acts_en:
                continue
            by = self._act_by_en(s, k)
            if by:
                made[k] = by  # «the Middle East plan unveiled by US President Donald Trump»
                continue
            v = k - 2 if s.norms[k - 1] in self.articles or \
                s.norms[k - 1] in self.number_value_en else k - 1  # («passed two laws»)
            if v <= s.start or not (s.texts[v].isalpha() and s.texts[v].islower()) or \
                    v in s.finite_cue_tokens() and not any(
                        f.cue.frame == "agreement" for sp, fs in s.cues
                        if sp.start <= v < sp.end for f in fs):
                # «the representative of the United Kingdom said the resolution sent …»: a
                # verb of saying or of a stance does not make the act it names («signed a
                # law» does)
                continue
            m = s.mention_ending_at(v)
            if m is not None and m.kind in ("name", "person", "capital"):
                made[k] = m.actors  # «after Maduro signed a law creating …»
            elif ctx is not None and s.texts[v].endswith("ed"):
                # «The Security Council this morning unanimously adopted resolution 2811»
                h = self._subject_en(s, v, ctx)
                if h is not None and h.actors and h.source == "svo":
                    made[k] = h.actors
        ruled = self._ruling_body_en(s, ctx) if ctx is not None else ()
        if ctx is not None:
            made.update(self._signed_documents_en(s, ctx))
        state = self._en_state(s.doc)
        body = next((a for m in s.mentions.values() for a in m.actors
                     if a in self.resolution_bodies), None)
        if body is not None:
            state["resolution_body"] = (body,)
        if state.get("resolution_body") and not s.words().isdisjoint(self.resolution_nouns) \
                and not any(s.norms[k] in self.resolution_nouns for k in made):
            # «The Security Council renewed …. Resolution 2624, drafted by the UAE, …. The
            # Houthis dismissed the resolution»: the body's act, whoever drafted it, unless
            # the article gave the resolution another author first («Israel's Knesset adopted
            # a resolution …»)
            for w in self.resolution_nouns:
                state.setdefault("act_authors", {}).setdefault(self._singular_en(w),
                                                              state["resolution_body"])
        nominal = self._nominal_acts_en(s, ctx) if ctx is not None else {}
        if not nouns and not made and not ruled and not nominal and \
                s.words().isdisjoint(self.force_verbs_en):
            return  # (an act of force may be named by its verb: «Israel struck …»)
        authors = state.setdefault("act_authors", {})
        authors.update(nominal)
        for w in self.ruling_nouns_en if ruled else ():
            # «The International Court of Justice ordered Israel to …»: a later «the order»,
            # «the ruling» is the court's (rule 22)
            authors[self._singular_en(w)] = ruled
        for k, actors in made.items():
            # the act is its maker's («Guyana rejected the law», «welcomed the resolution»)
            if s.norms[k] in self.resolution_nouns and state.get("resolution_body") and \
                    set(actors) <= set(self._drafters(s)):  # type: ignore[attr-defined]
                actors = state["resolution_body"]  # (its drafters': the body's resolution)
            authors[self._singular_en(s.norms[k])] = actors
            if s.norms[k] in self.agreement_nouns_en:
                # «signed a mutual defence treaty … concerns about the agreement»: any
                # agreement noun names it back
                for w in self.reported_agreements_en:
                    authors[self._singular_en(w)] = actors
        # «17:20 — Iran's Revolutionary Guards claim the barrage»: past a live blog's time
        t0 = s.after_time()
        if t0 + 1 < s.end and s.norms[t0] in self.articles:
            t0 += 1  # «The Israeli military says …»
        first = s.mentions.get(t0)
        after = first.end if first is not None else s.end
        if after < s.end and s.norms[after] in ("'s", "'"):
            after += 1  # «Iran's Revolutionary Guards claim …»: the possessor's men act for it
            while after < s.end and (s.texts[after][:1].isupper() and s.texts[after].isalpha()
                                     or s.norms[after] == "of" and after + 1 < s.end and
                                     s.texts[after + 1][:1].isupper()):
                after += 1  # («Joint Chiefs of Staff»)
        if first is not None and first.kind == "adj" and after < s.end and \
                s.norms[after] in self.side_heads:
            after += 1  # «The Israeli military says it is carrying out strikes …»: its forces
            opener = first.actors
        else:
            opener = first.actors if first is not None and first.kind in ("name", "capital") \
                and after < s.end and s.texts[after].isalpha() and s.texts[after].islower() \
                else ()
        reports_only: bool | None = None  # the sentence states no stance (found when needed)
        before = dict(authors)
        for k, actors in self._claimed_acts_en(s, ctx).items():
            authors[self._singular_en(s.norms[k])] = actors
        for k in nouns:
            by = self._act_by_en(s, k)
            if by:  # «the missile strikes launched by Iran's Revolutionary Guard Corps»
                authors[self._singular_en(s.norms[k])] = by
                continue
            j = k - 1
            while j > s.start and s.texts[j].isalpha() and s.texts[j].islower() and \
                    s.norms[j] not in self.articles and s.norms[j] not in self.np_preps_en and \
                    k - j < 3 and j not in s.mentions and j not in s.finite_cue_tokens():
                j -= 1
            owned = j > s.start and s.norms[j] in self.possessive
            if owned:
                j -= 1
            m = s.mention_ending_at(j + 1)
            if m is not None and m.kind in ("name", "adj", "capital") and not (
                    # («against the backdrop of Israel's strikes»: the owner of the act,
                    # whatever preposition stands before it)
                    m.kind != "adj" and j + 1 < k and m.start > s.start and not owned and
                    s.norms[m.start - 1] in self.np_preps_en):
                # (not «a gunman who drove in from Jordan opened fire»: a place in a
                # phrase before the verb, no subject of it)
                actors = m.actors
                if j + 1 < k and m.kind in ("name", "capital"):
                    # «Britain, Canada, Australia, New Zealand and Norway imposed sanctions»:
                    # every subject of the verb
                    actors = self._actors(self._list_en(s, self._list_start(s, m), m.end))
                if m.start - 2 >= s.start and s.texts[m.start - 1] in NAME_DASHES and \
                        (left := s.mention_ending_at(m.start - 1)) is not None and \
                        left.kind in ("name", "adj"):
                    # «U.S.-British strikes»: the act of both
                    actors = tuple(dict.fromkeys((*left.actors, *m.actors)))
                authors[self._singular_en(s.norms[k])] = actors
            elif opener:
                one = self._singular_en(s.norms[k])
                if s.norms[k - 1] in self.act_determiners_en and (
                        one in before or one in self.force_acts_en and FORCE_ACT in before):
                    # «Mexico's president called the raid …»: the act an earlier sentence
                    # gave an author stays that author's
                    continue
                # a report of the act, no stance toward it; or the act right after the
                # opener's verb («Iran's Revolutionary Guards claim the barrage, … accusing
                # Israel of …»)
                if k - after <= 4 and not any(
                        after <= sp.start < k and not f.cue.label.startswith("_") and
                        self._cue_ok(s, sp.start, sp.end, f)  # type: ignore
                        for sp, fs in s.cues for f in fs):
                    authors[self._singular_en(s.norms[k])] = opener
                    continue
                if reports_only is None:
                    reports_only = all(f.cue.label.startswith("_") or
                                       not self._cue_ok(s, sp.start, sp.end, f)  # type: ignore
                                       for sp, fs in s.cues for f in fs)
                if reports_only and any(s.norms[x] in self.act_circumstances_en
                                        for x in range(max(after, k - 5), k)):
                    # «Nigeria will fly home citizens … after a week of attacks on foreign-owned
                    # shops»: the circumstance of the opener's act is no act of its own
                    continue
                if reports_only:
                    authors[self._singular_en(s.norms[k])] = opener
        done = self._force_verb_doer_en(s)
        for actors, lemma in done:
            if lemma in self.force_verb_acts_en and not set(actors) <= set(
                    authors.get(self.force_verb_acts_en[lemma], ())):
                # «Houthis seize cargo ship»: a later «the seizure» is theirs, whatever act
                # of force the article gives an author after it (one of the authors the
                # headline gave the act names no new one: «U.S.-British strikes», then
                # «British warplanes struck»)
                authors[self.force_verb_acts_en[lemma]] = actors
        force = [authors[w] for w in authors if w in self.force_acts_en and
                 authors[w] != before.get(w)] or [actors for actors, _ in done]
        if force and s.words().isdisjoint(self.hypo):
            # the act of force the article last gave an author («the attack»), not one that
            # may happen («if the regime allows attacks on Israel»)
            authors[FORCE_ACT] = force[-1]

    def _signed_documents_en(self, s: Sentence, ctx: Context) -> dict[int, tuple[str, ...]]:
        """«Egypt and the European Union signed a joint declaration», «Kyrgyzstan and
        Tajikistan reached an agreement», «signed a "comprehensive strategic partnership"
        treaty»: the document an agreement verb names (within eight words after it) is its
        subjects' act, for a later «rejected the declaration» (rule
        11; a welcome of it goes to no party, rule 23)."""
        out: dict[int, tuple[str, ...]] = {}
        for sp, fs in s.cues:
            if not any(f.cue.frame == "agreement" and f.tag in FINITE for f in fs):
                continue
            k = next((k for k in range(sp.end, min(s.end, sp.end + 8))
                      if s.norms[k] in self.agreement_nouns_en), None)
            if k is None or any(j in s.mentions for j in range(sp.end, k)):
                continue
            h = self._subject_en(s, sp.start, ctx)
            if h is not None and len(h.actors) >= 2 and h.source == "svo":
                out[k] = h.actors
        return out

    def _ruling_body_en(self, s: Sentence, ctx: Context) -> tuple[str, ...]:
        """The organisation (a court, a council) that opens the sentence as the subject of a
        stance it states with a finite verb («The International Court of Justice on Friday
        ordered Israel to …»), else ()."""
        if not s.words().isdisjoint(self.ruling_nouns_en) or not any(
                m.actors and set(m.actors) <= self.org_ids for m in s.mentions.values()):
            return ()  # «the bloc expected Israel to comply with the order»: another's order
        first = next((sp.start for sp, fs in s.cues if any(
            f.tag in FINITE and f.cue.label not in ("_speech", "_aux") for f in fs)), None)
        if first is None:
            return ()
        h = self._initial_subject_en(s, first, ctx, None)
        return h.actors if h is not None and h.actors and \
            set(h.actors) <= self.org_ids else ()

    def _regime_refs_en(self, s: Sentence, ctx: Context) -> None:
        """«Niger's military rulers», «the Nigerien junta», «the junta in Niamey»: the state
        whose rulers a regime noun (words regime_nouns) names; a later bare «the junta», «the
        putschists» is that state (rule 5: a government stands for its state). The same for
        an army (words army_nouns: «the Sudanese army … talks between the army and the
        RSF»), kept apart from the regime."""
        words = s.words()
        for nouns, attr in ((self.regime_nouns_en, "regime"), (self.army_nouns_en, "army"),
                            (self.new_rulers_en, "new_rulers")):
            if not words.isdisjoint(nouns):
                self._state_refs_en(s, ctx, nouns, attr)
        if not words.isdisjoint(self.coup_nouns):
            self._coup_refs_en(s, ctx)
            self._en_state(s.doc)["coup"] = True

    def _described_states_en(self, s: Sentence) -> None:
        """«threatened the Central American country with tariffs», «the Gulf state's
        decision», «the island nation»: a state named back by a description (a capitalised or
        hyphenated modifier, or one of words state_descriptors, before a noun of words
        state_nouns) is the state named last before it, in the sentence or the four before,
        but for the actors of its own clause («China accused the island nation», «after Trump
        threatened the Central American country»). «the Gulf state of Qatar» names itself."""
        if s.words().isdisjoint(self.state_nouns_en):
            return
        covered = {i for m in s.mentions.values() for i in range(m.start, m.end)}
        for k in range(s.start + 2, s.end):
            if s.norms[k] not in self.state_nouns_en or k in covered or \
                    k + 2 < s.end and s.norms[k + 1] == "of" and (
                        k + 2 in s.mentions or s.norms[k + 2] in self.articles):
                continue  # («the Gulf state of Qatar»: named after it)
            j, described = k - 1, False
            if (m := s.mentions.get(j)) is not None and m.kind == "adj" and m.end == k and \
                    j - 1 > s.start and j - 1 not in covered and \
                    s.norms[j - 1] in self.region_prefixes_en and s.texts[j - 1][:1].isupper():
                # «the Central American country», «Latin American states»: a region, not
                # the United States
                s.remove_mention(j)
                covered.difference_update(range(m.start, m.end))
            while j > s.start and k - j <= 3 and j not in covered and (
                    s.texts[j][:1].isupper() or "-" in s.texts[j] or
                    s.norms[j] in self.state_descriptors_en):
                described = True
                j -= 1
            if not described or s.norms[j] != "the" or j in covered:
                continue
            # the actors of its own clause are others (its subject does not name itself so)
            c = next((x for x in range(j - 1, s.start - 1, -1)
                      if s.texts[x] in {",", ";"} or s.norms[x] in self.clause_links_before_en),
                     s.start)
            own = {a for m in s.mentions.values() if c <= m.start < j for a in m.actors}
            state = self._last_state_en(s, j, own)
            if state is not None:
                s.add_mention(Mention(j + 1, k + 1, "name", (state,), "f", s.span(j + 1, k + 1)))

    def _last_state_en(self, s: Sentence, before: int, skip: set[str]) -> str | None:
        """The state of the last mention before token ``before`` in the sentence or in the
        four before it (by name, capital or adjective), that is not in ``skip``."""
        actors = self.res.gazetteer.actors
        sentence: Sentence | None = s
        for _ in range(5):
            if sentence is None:
                return None
            found = [m for m in sentence.mentions.values()
                     if (sentence is not s or m.start < before) and
                     m.kind in ("name", "capital", "adj") and len(m.actors) == 1 and
                     m.actors[0] not in skip and
                     (a := actors.get(m.actors[0])) is not None and a.kind == "state"]
            if found:
                return max(found, key=lambda m: m.start).actors[0]
            sentence = sentence.previous
        return None

    def _coup_refs_en(self, s: Sentence, ctx: Context) -> None:
        """«condemned the coup», «the military takeover» with no state named with it: the
        state whose junta, army or new rulers the article named (rules 5, 11: a coup is the
        act of the forces that stand for their state)."""
        known = ctx.regime or ctx.army or ctx.new_rulers
        if known is None:
            return
        for k in range(s.start + 1, s.end):
            if s.norms[k] not in self.coup_nouns or k in s.mentions:
                continue
            j = k - 1
            while j > s.start and s.norms[j] in self.regime_mods_en:
                j -= 1  # «the military coup»
            if s.norms[j] not in self.articles or s.mention_ending_at(j + 1) is not None or \
                    k + 2 < s.end and s.norms[k + 1] in ("in", "of") and k + 2 in s.mentions:
                continue  # («Niger's coup», «the coup in Niger»: the state named with it)
            s.add_mention(Mention(k, k + 1, "name", known, "f", s.texts[k]))

    def _state_refs_en(self, s: Sentence, ctx: Context, nouns: frozenset[str],
                       attr: str) -> None:
        for k in range(s.start + 1, s.end):
            if s.norms[k] not in nouns or k in s.mentions:
                continue
            j = k - 1
            while j > s.start and s.norms[j] in self.regime_mods_en:
                j -= 1  # «military rulers», «ruling junta»
            owner = s.mention_ending_at(j) if s.norms[j] in self.possessive else \
                s.mention_ending_at(j + 1)
            if owner is None and k + 2 < s.end and s.norms[k + 1] in ("in", "of"):
                owner = s.mentions.get(k + 2)
            forming = [s.norms[x] for x in range(max(s.start, j - 5), j + 1)
                       if s.norms[x] in self.forming_words_en] if attr == "new_rulers" else []
            if owner is None and forming and "formation" not in forming:
                # «Aoun has signed the decrees forming a 24-member government»: the state of
                # the one who forms it, named first in the sentence (not «France welcomes
                # the formation of the government»: the one who welcomes it)
                first = min((m for m in s.mentions.values() if m.start < k and
                             m.kind in ("person", "name", "adj") and len(m.actors) == 1),
                            key=lambda m: m.start, default=None)
                if first is not None and first.kind == "person":
                    setattr(ctx, attr, first.actors)
                    self._en_state(s.doc)[attr] = self._en_state(s.doc).get("sentences", 0)
                    continue
                owner = first
            known = getattr(ctx, attr)
            if known is None and ctx.home is not None and self._en_state(s.doc).get("coup"):
                # «ANTANANARIVO … — African Union suspends Madagascar after military takeover»
                # and then «called on the military authorities», «demanded that the armed
                # forces hand power back»: in an article about a coup datelined in a state,
                # its unnamed rulers and forces are that state's (rule 5)
                known = (ctx.home,)
            now = self._en_state(s.doc).get("sentences", 0)
            if owner is not None and owner.kind in ("name", "adj", "capital") and \
                    len(owner.actors) == 1 and not self._is_location(s, owner):
                setattr(ctx, attr, owner.actors)
                self._en_state(s.doc)[attr] = now
            elif owner is None and known is not None and \
                    s.norms[j] in self.articles and (j == k - 1 or attr == "new_rulers") and \
                    (attr != "new_rulers" or bool(forming) or
                     any(s.norms[x] in self.new_mods_en for x in range(j + 1, k))) and (
                        # (an army only from the sentence before: «Turkey condemned the
                        # Syrian army. … Italy urged the army to stand down» names none)
                        attr != "army" or now - self._en_state(s.doc).get(attr, now) <= 1):
                s.add_mention(Mention(k, k + 1, "name", known, "f", s.texts[k]))

    def _bare_titles_en(self, s: Sentence, ctx: Context) -> None:
        """«Iraqi Prime Minister Mohammed Shia al-Sudani», «Saudi Crown Prince Mohammed bin
        Salman», «the Kenyan president»: a title (words bare_titles) named with one actor's
        adjective or name stands for that actor when it comes back bare («welcomed the prime
        minister's pledge», «met the crown prince»), unless officials of two actors were named
        with it."""
        if self.bare_title_firsts_en.isdisjoint(s.words()) and \
                self.election_nouns.isdisjoint(s.words()):
            return  # (most sentences name no such title)
        lowered = [x.lower() for x in s.texts[s.start:s.end]]
        longest = self.bare_title_longest_en

        def key_at(lo: int, n: int) -> tuple[str, ...]:
            return tuple(lowered[lo - s.start:lo - s.start + n]) if lo >= s.start else ()

        def note(key: tuple[str, ...], actors: tuple[str, ...], weak: bool = False) -> None:
            # («Sudan's prime minister» after «Prime Minister Abiy»: a weak naming)
            self._note_owner(ctx.titles_en, (key, self.title_synonyms.get(key)), actors, weak)

        elections = not self.election_nouns.isdisjoint(s.words())
        for m in sorted(s.mentions.values(), key=lambda x: x.start):
            if elections and len(m.actors) == 1 and m.kind in ("adj", "name", "capital") and \
                    self._election_of_en(s, m):
                # «won Taiwan's presidential election»: a later bare «the president-elect»
                for key in self.bare_titles_en:
                    if key[-1] == "elect":
                        note(key, m.actors, weak=True)
            if m.kind == "person" and len(m.actors) == 1:
                # «Prime Minister Mohammed Shia al-Sudani», «Badr Albusaidi, Minister of
                # Foreign Affairs,»: the official's own actor
                after = (m.end + 1,) if m.end < s.end and s.texts[m.end] == "," else ()
                b = m.start
                while b - 1 > s.start and s.norms[b - 1] in self.name_honorifics_en:
                    b -= 1  # «Foreign Minister Dr. Badr Abdelatty»
                for n in range(longest, 0, -1):
                    for lo in (b - n, m.start, *after):
                        if (key := key_at(lo, n)) in self.bare_titles_en:
                            note(key, m.actors)
            elif m.kind in ("adj", "name") and len(m.actors) == 1:
                p = s.mentions.get(m.end)
                lo = m.end if p is None else p.start  # «Crown Prince Mohammed bin Salman»
                owned = p is None and lo < s.end and s.texts[lo] in ("'s", "'", "’s")
                if owned:
                    # «Paraguay's new president»: a weaker naming, which does not make a
                    # title named with an official's name ambiguous
                    lo += 1
                    while lo < s.end and s.norms[lo] in self.title_mods_en and \
                            (lo + 1 - s.start) < len(lowered) and \
                            lowered[lo + 1 - s.start] in self.bare_title_firsts_en:
                        lo += 1
                key = next((found for n in range(longest, 0, -1)
                            if (found := key_at(lo, n)) in self.bare_titles_en), ())
                if key:
                    note(key, m.actors, weak=owned)
                # «the speaker of the US House of Representatives», «the president of
                # Kenya»: the title before «of» and the actor
                o = m.start - 1 - (m.start - 1 > s.start and s.norms[m.start - 1] in self.articles)
                if o > s.start and s.norms[o] == "of":
                    key = next((found for n in range(longest, 0, -1)
                                if (found := key_at(o - n, n)) in self.bare_titles_en), ())
                    if key:
                        note(key, m.actors, weak=True)
        for k in range(s.start, s.end - 1):
            if lowered[k - s.start] != "the" or lowered[k + 1 - s.start] not in \
                    self.bare_title_firsts_en or k in s.mentions or k + 1 in s.mentions:
                continue
            for n in range(longest, 0, -1):
                key = key_at(k + 1, n)
                end = k + 1 + n
                if key in self.bare_titles_en and ctx.titles_en.get(key) and end <= s.end and \
                        (end == s.end or s.norms[end] not in {"of", "for"} and
                         end not in s.mentions):
                    # («the president of the Commission», «the prime minister Mustafa …»)
                    s.add_mention(Mention(k + 1, end, "person", ctx.titles_en[key], "m",
                                          s.span(k + 1, end)))
                    break

    def _election_of_en(self, s: Sentence, m: Mention) -> bool:
        """English: whether ``m`` names the state of an election: «Taiwan's presidential
        election», «the Taiwanese election», «the election in Taiwan»."""
        k = m.end + (m.end < s.end and s.texts[m.end] in ("'s", "'", "’s"))
        while k < min(s.end, m.end + 4) and s.texts[k].isalpha() and s.texts[k].islower() and \
                s.norms[k] not in self.election_nouns:
            k += 1  # («presidential», «parliamentary»)
        if k < s.end and s.norms[k] in self.election_nouns:
            return True
        b = m.start - 1
        return b - 1 >= s.start and s.norms[b] == "in" and s.norms[b - 1] in self.election_nouns

    def _force_verb_doer_en(self, s: Sentence) -> list[tuple[tuple[str, ...], str]]:
        """«Ecuadorian police stormed the Mexican embassy», «Israel struck targets near
        Damascus»: the actor whose forces (words side_heads) or who itself does the act of
        force a verb names (words force_verbs), for a later «condemned the raid»."""
        if s.words().isdisjoint(self.force_verbs_en):
            return []
        for k in range(s.start + 1, s.end - 1):
            if s.norms[k] not in self.force_verbs_en or not s.texts[k].islower():
                continue
            v = k - 1
            while v > s.start and s.texts[v].islower() and s.texts[v].endswith("ly"):
                v -= 1  # «Israeli jets repeatedly struck»
            if s.mention_ending_at(v + 1) is None:  # (not «Israel struck»: the doer itself)
                if s.norms[v] in self.side_heads:
                    v -= 1  # «Ecuadorian police», «Israel's forces»
                    if v > s.start and s.norms[v] in self.possessive:
                        v -= 1
                else:
                    # «Iran's Revolutionary Guards seized …»: a named force of the possessor
                    w = v
                    while w > s.start and v - w < 3 and s.texts[w][:1].isupper() and \
                            s.texts[w].isalpha() and s.mention_ending_at(w + 1) is None:
                        w -= 1
                    if w < v and w > s.start and s.norms[w] in self.possessive:
                        v = w - 1
            if s.norms[k + 1] in self.figurative_particles_en or any(
                    s.norms[j] in self.agreement_nouns_en for j in range(k + 1, min(s.end, k + 4))):
                continue  # «Islamabad hit back», «struck a deal»
            m = s.mention_ending_at(v + 1)
            if m is not None and m.kind in ("name", "adj", "capital", "seat") and \
                    not self._is_location(s, m):
                # («American and British jets struck …»: every doer of the list)
                return [(self._actors(self._list_en(s, self._list_start(s, m), m.end)),
                         self.lex.verb_lemmas.get(s.norms[k], s.norms[k]))]
        return []

    def _claimed_acts_en(self, s: Sentence, ctx: Context | None) -> dict[int, tuple[str, ...]]:
        """«A Houthi military spokesman claimed responsibility for the attack», «the group
        claimed the bombing in a statement»: whoever claims an act is its author (rule 11),
        for a later «Egypt condemned the attack». Keyed by the act noun's token. (Not «claimed
        the strikes were defensive»: a claim about the act, whose noun a verb follows.)"""
        found: dict[int, tuple[str, ...]] = {}
        if ctx is None or s.words().isdisjoint(self.claim_verbs_en):
            return found
        for v in range(s.start + 1, s.end - 2):
            if s.norms[v] not in self.claim_verbs_en:
                continue
            k = v + 1
            if s.norms[k] in self.claim_nouns_en:
                if s.norms[k + 1] != "for":
                    continue
                k += 2
            while k < s.end and s.norms[k] in self.act_determiners_en:
                k += 1
            if k >= s.end or s.norms[k] not in self.reported_acts_en and \
                    self._singular_en(s.norms[k]) not in self.force_acts_en:
                continue
            nxt = s.norms[k + 1] if k + 1 < s.end else ""
            if nxt in self.be_en or nxt in self.aux or nxt in self.copulas_en or \
                    nxt.endswith("ed") and s.texts[k + 1].islower():
                continue  # «claimed the strikes were defensive», «… targeted civilians»
            h = self._subject_en(s, v, ctx)
            if h is not None and h.actors:
                found[k] = h.actors
        return found

    def _act_by_en(self, s: Sentence, k: int) -> tuple[str, ...]:
        """The actor an act noun at ``k`` names with «by», past a participle and its
        adverbs («strikes launched by Iran», «the raid carried out overnight by Israel»)."""
        j = k + 1
        while j < s.end and j - k <= 4 and s.texts[j].isalpha() and s.texts[j].islower() and \
                s.norms[j] != "by" and j not in s.mentions and \
                (j > k + 1 or s.texts[j].endswith("ed") or s.norms[j] in self.by_participles_en):
            j += 1
        if j + 1 >= s.end or s.norms[j] != "by":
            return ()
        m = s.mentions.get(j + 1) or (s.mentions.get(j + 2) if s.norms[j + 1] in self.articles
                                      else None)
        if m is None or m.kind not in ("name", "adj", "capital"):
            return ()
        # («a resolution drafted by Britain, France and Germany»: every author of the list)
        return self._actors(self._list_en(s, m, s.end)) or m.actors

    def _apposed_act_en(self, s: Sentence, v: int, holder: tuple[str, ...],
                        ctx: Context) -> list[str]:
        """«…, a step Ankara welcomed», «…, accusations Rabat rejected as absurd»: the subject
        of the sentence made the act that an apposition names before the clause of the verb
        at ``v`` (its subject between them)."""
        k = v - 1
        while k > s.start and (k in s.mentions or s.norms[k] in self.aux or
                               s.norms[k] in self.verb_mods_en or
                               s.texts[k][:1].isupper() and s.texts[k].isalpha()):
            k -= 1  # past the clause's subject
        if k < v - 1 and k - 1 > s.start and s.norms[k] in self.relatives_en:
            return self._relative_act_author_en(s, k, holder, ctx)
        if k == v - 1 or not (s.norms[k] in self.bare_acts_en or
                              s.norms[k] in self.reported_acts_en or
                              self._act_family_en(s, k, k + 1)):
            return []
        j = k - 1 if s.norms[k - 1] in self.articles else k
        if j - 1 <= s.start or s.texts[j - 1] not in {",", "—", "–"}:
            return []
        h = self._initial_subject_en(s, j - 1, ctx, None)
        return [a for a in (h.actors if h is not None else ()) if a not in holder]

    def _relative_act_author_en(self, s: Sentence, r: int, holder: tuple[str, ...],
                                ctx: Context) -> list[str]:
        """«… fired missiles at the bases, strikes that Baghdad condemned», «Israel struck
        Damascus, raids which Egypt condemned», «the bombing in Kabul, which Pakistan
        condemned»: the act an object relative at ``r`` («that», «which») is about is its
        author's, the actor named with «by», an earlier sentence's author of that act, else
        the subject of the clause that reports the act (none when that clause states a stance
        itself: «Egypt condemned the bombing, which Iran also denounced»)."""
        end = r - 1 if s.texts[r - 1] == "," else r
        act = None
        for k in range(end - 1, max(s.start, end - 5) - 1, -1):
            if s.norms[k] in self.bare_acts_en or s.norms[k] in self.reported_acts_en:
                act = k  # (before the verb test: «strikes» may read as a verb)
                break
            if s.texts[k] in STOP_CSC or k in s.finite_cue_tokens():
                break
        if act is None:
            return []
        by = self._act_by_en(s, act)
        if not by:
            known = (self._en_state(s.doc).get("act_authors") or {}).get(
                self._singular_en(s.norms[act]))
            stance_before = any(sp.start < act and any(
                not f.cue.label.startswith("_") and self._cue_ok(s, sp.start, sp.end, f)
                for f in fs) for sp, fs in s.cues)
            if known:
                by = known
            elif not stance_before:
                h = self._initial_subject_en(s, act, ctx, None)
                by = h.actors if h is not None else ()
        return [a for a in by if a not in holder]

    def _nominal_acts_en(self, s: Sentence, ctx: Context) -> dict[str, tuple[str, ...]]:
        """«The Security Council adopted resolution 2735 … . The Palestinian observer welcomed
        the adoption»: the act a verb of act_nominals.jsonl reports is its subject's, named
        back by the verb's noun (rule 11); not an act asked, planned, denied or undergone
        («urged Mali to reopen», «would veto», «was expelled»)."""
        out: dict[str, tuple[str, ...]] = {}
        for v in range(s.start + 1, s.end):
            nouns = self.lex.act_nominals.get(s.norms[v])
            if not nouns or not s.texts[v].islower():
                continue
            p = s.norms[v - 1]
            if p == "to" or p in self.be_en or p in self.future_modals_en or \
                    p in self.conditional_modals_en or p in self.modal_asks_en or \
                    p in self.negation:
                continue
            h = self._subject_en(s, v, ctx)
            if h is not None and h.actors and h.source == "svo":
                for n in nouns:
                    out[self._singular_en(n)] = h.actors
        return out

    def _singular_en(self, norm: str) -> str:
        """The singular of a noun of the act lists («strikes» -> «strike»), else the word."""
        return self.lex.singulars.get(norm, norm)

    def _earlier_acts_en(self, s: Sentence) -> None:
        """«Turkey condemned the strikes»: a definite act noun right after a cue names the
        actor an earlier sentence gave as its author; «Jordan condemned the move», «the
        European move»: a bare act names the subject of the sentence just before."""
        state = self._en_state(s.doc)
        authors = state.get("act_authors") or {}
        last = state.get("last_sentence")
        words = s.words()
        force = authors.get(FORCE_ACT)

        def author(w: str) -> tuple[str, ...] | None:
            one = self._singular_en(w)
            return authors.get(one) or (force if one in self.force_acts_en else None)

        act_words = words & (self.reported_acts_en | self.nominal_nouns_en)
        if words.isdisjoint(self.bare_acts_en) and words.isdisjoint(self.act_pronouns_en) and (
                not act_words or all(author(w) is None for w in act_words)):
            return
        doer: tuple[str, ...] | None = None  # found when first needed
        # («called for an end to these attacks»: the act after what is asked, too)
        asked: list[tuple[Any, list[Any]]] = [
            (_Span(x, x), []) for sp, classes in s.contents
            if any(c.label == "urges_restraint" for c in classes)
            for x in range(sp.start + 1, sp.end - 1) if s.norms[x] in self.act_determiners_en]
        for sp, fs in [*s.cues, *asked]:
            if fs and all(f.cue.label == "holds_talks" for f in fs):
                continue  # «discussed the seizures by phone with …»: a topic, no partner
            k = sp.end
            if k + 1 < s.end and s.norms[k] in self.act_pronouns_en and \
                    not s.texts[k + 1].isalpha() and k not in s.mentions and \
                    any(f.tag in FINITE and f.cue.label in self.act_pronoun_labels_en
                        for f in fs):
                # «The Chinese government firmly opposes and strongly condemns this.»: the
                # act the statement before reported (a question between them aside)
                actors = self._doer_en(state.get("last_statement"), state.get("sentences", 0))
                if actors:
                    s.add_mention(Mention(k, k + 1, "name", actors, ACT_MENTION, s.texts[k]))
                continue
            if k + 3 < s.end and s.texts[k] in QUOTES:
                k += 1  # «was "alarmed" by the raid»
            if k + 2 < s.end and s.norms[k] in self.act_preps_en:
                k += 1  # «alarmed by the strikes», «concerned about the shelling»
            if k > sp.end and s.texts[k - 1] in QUOTES and (close := next(
                    (x for x in range(k, min(s.end, k + 5)) if s.texts[x] in QUOTES),
                    None)) is not None and close + 1 < s.end and s.norms[close + 1] == "what":
                k = close + 1  # «rejected "in its entirety" what he called …»
            named = k + 3 < s.end and self._what_it_en(s, k) and \
                s.norms[k + 2] in self.naming_verbs_en
            if named:
                # «rejected what it called an irresponsible resolution», «what it described as
                # …»: the act named so
                k += 4 if s.norms[k + 3] == "as" else 3
            if k + 1 >= s.end or (s.norms[k] not in self.act_determiners_en and
                                  not (named and s.norms[k] in self.articles)) or \
                    k in s.mentions or k + 1 in s.mentions:
                continue
            n = k + 1
            reach = 9 if named else 5  # («what he called an "irresponsible and politically
            # motivated" resolution»: the name's adjectives)
            while n < s.end and n - k < reach and author(s.norms[n]) is None and \
                    s.norms[n] not in self.bare_acts_en and n not in s.mentions and (
                    s.texts[n].isalpha() and (s.texts[n].islower() or n == k + 1) or
                    s.texts[n] in QUOTES):  # «condemned the "reckless" strikes»
                n += 1
            if n >= s.end or n in s.mentions or \
                    n + 1 < s.end and s.norms[n + 1] in self.between:
                continue  # («the exchange of strikes between Iran and Pakistan»: its sides)
            if self._act_by_en(s, n):
                continue  # «the resolution tabled by Britain, France and Germany»: its own
            act = authors.get(self._singular_en(s.norms[n]))
            if act is None and (n + 1 >= s.end or s.norms[n + 1] not in self.author_preps_en or
                                # «the targeting of Iran», «the shelling of Kharkiv»: after a
                                # gerund «of» names what is struck, not who strikes
                                s.norms[n + 1] == "of" and s.norms[n].endswith("ing")):
                act = author(s.norms[n])  # not «the attack by Hamas»: it names its own
            if act is not None:
                s.add_mention(Mention(k, n + 1, "name", act, ACT_MENTION, s.span(k, n + 1)))
            elif s.norms[n] in self.bare_acts_en and \
                    not (n + 1 < s.end and s.norms[n + 1] in self.np_preps_en):
                # the act of the previous sentence's subject, unless the noun names its own
                # author or object («the decision of the AU», «the move by Israel»)
                if doer is None:
                    doer = self._doer_en(last, state.get("sentences", 0))
                if doer:
                    s.add_mention(Mention(k, n + 1, "name", doer, ACT_MENTION, s.span(k, n + 1)))
                    state["bare_act"] = (state.get("sentences", 0), doer)

    def _remember_titled_en(self, s: Sentence) -> None:
        """«UN Special Envoy Hans Grundberg»: an official named after a title that an article
        has one of (an envoy, a mediator), for a later «the Special Envoy», «the envoy»."""
        titled = self._en_state(s.doc).setdefault("titled", {})
        for m in s.mentions.values():
            if m.kind != "person" or not m.actors:
                continue
            before = range(m.start - 1, max(s.start, m.start - 4) - 1, -1)
            # («Hans Grundberg, Special Envoy of the Secretary-General for Yemen»)
            after = range(m.end + 1, min(s.end, m.end + 4)) \
                if m.end < s.end and s.texts[m.end] == "," else range(0)
            k = next((x for x in (*before, *after) if s.norms[x] in self.solo_titles_en or
                      self._solo_title_phrase_en(s, x)), None)
            if k is not None:
                titled[s.norms[k]] = m.actors

    def _solo_title_phrase_en(self, s: Sentence, k: int) -> bool:
        """Whether token ``k`` ends a solo title of several words («Secretary - General»)."""
        p = self.solo_title_phrases_en.get(s.norms[k])
        return p is not None and k - len(p) + 1 >= s.start and \
            tuple(s.norms[k - len(p) + 1:k + 1]) == p

    def _titled_refs_en(self, s: Sentence) -> None:
        """«The United Kingdom's delegate commended the Special Envoy's efforts»: «the» and a
        title the article gave one official before, with no name after it, is that official."""
        titled = self._en_state(s.doc).get("titled")
        if not titled or s.words().isdisjoint(titled):
            return
        for k in range(s.start + 1, s.end):
            actors = titled.get(s.norms[k])
            if actors is None or k in s.mentions or \
                    k + 1 < s.end and (k + 1 in s.mentions or s.texts[k + 1][:1].isupper()):
                continue
            if s.norms[k] in self.solo_title_phrases_en and not self._solo_title_phrase_en(s, k):
                continue  # «general» alone is no «secretary - general»
            a = k - 1 - (len(self.solo_title_phrases_en.get(s.norms[k], ("",))) - 1)
            while a > s.start and a not in s.mentions and s.texts[a][:1].isupper() and \
                    s.norms[a] not in self.articles:
                a -= 1  # «the Special Envoy», «the UN envoy»
            if s.norms[a] in self.articles and not any(x in s.mentions for x in range(a, k)):
                s.add_mention(Mention(a, k + 1, "name", actors, "m", s.span(a, k + 1)))

    def _contrast_clause_subject_en(self, s: Sentence, start: int) -> Holder | None:
        """«Egypt welcomed the decision, while Turkey's foreign ministry described it as "an
        important step" and urged Israel to …»: a verb after «and» whose clause opened with a
        contrast link («while», «but», «whereas») has the actor that opens that clause as its
        subject, not the sentence's first. So for a phrase after «, saying it»: «Britain said
        it was concerned, while Cuba backed Caracas, saying it stood firmly with …»."""
        if start - 1 <= s.start:
            return None
        if s.norms[start - 1] in self.coord:
            last = start - 1  # the link's clause ends before the «and»
        elif start - 3 > s.start and s.texts[start - 3] == "," and \
                s.norms[start - 2] in self.comp and s.norms[start - 2].endswith("ing") and \
                s.norms[start - 1] in self.pronouns_en:
            last = start - 3  # … before «, saying it»
        else:
            return None
        c = next((k for k in range(last - 1, s.start, -1)
                  if s.norms[k] in self.contrast_links_en or s.texts[k] == ";"), None)
        if c is None or s.quoted_at(c):
            return None  # («… "will not stand idle while Israel kills our people", and accused …»)
        a = c + 1
        while a < start and s.norms[a] in self.articles:
            a += 1
        m = s.mentions.get(a)
        if m is None or m.kind not in ("name", "adj", "capital", "person") or \
                not m.actors or m.end >= last:
            return None
        grp = self._list_en(s, m, last)
        return Holder(self._actors(grp), m.text, m.person, "svo")

    def _force_refs_en(self, s: Sentence) -> None:
        """«The United States condemned the actions of Sudanese military forces. We urge the
        security forces to refrain …»: «the» and the forces of a state named in this or the
        two sentences before («the army», «the security forces», «the junta»; words
        force_refs, force_ref_modifiers) are that state's; forces named with their state are
        remembered for later («Sudanese military forces», «Sudan's army»)."""
        state = self._en_state(s.doc)
        state["force_sentences"] = n = state.get("force_sentences", 0) + 1
        named: dict[int, tuple[str, ...]] = {}
        for m in list(s.mentions.values()):
            if m.kind not in ("adj", "name") or len(m.actors) != 1 or m.end >= s.end:
                continue
            k = m.end + (s.texts[m.end] == "'s")
            while k < s.end and s.norms[k] in self.force_ref_modifiers_en:
                k += 1
            if k < s.end and s.norms[k] in self.force_refs_en:
                named[k] = m.actors
            elif k > m.end and s.norms[k - 1] in self.force_named_en:
                named[k - 1] = m.actors  # «the Myanmar military in Sagaing»
        if named or not s.words().isdisjoint(self.force_refs_en):
            for k in range(s.start, s.end):
                if k in named:
                    state["forces"] = (n, named[k])
                    continue
                if s.norms[k] not in self.force_refs_en or k in s.mentions or \
                        "forces" not in state or state["forces"][0] < n - 2 or \
                        k + 1 < s.end and (s.norms[k + 1] == "of" or k + 1 in s.mentions or
                                           s.texts[k + 1][:1].isupper()):
                    continue
                a = k - 1
                while a > s.start and s.norms[a] in self.force_ref_modifiers_en and \
                        a not in s.mentions:
                    a -= 1
                if s.norms[a] == "the" and not any(x in s.mentions for x in range(a, k)):
                    s.add_mention(Mention(a, k + 1, "name", state["forces"][1], "m",
                                          s.span(a, k + 1)))

    def _doer_en(self, last: tuple[int, Sentence, Context] | None, now: int
                 ) -> tuple[str, ...]:
        """The subject of the sentence just read when it reports an act, not a stance («The
        UN warned of famine» is no move of the UN's)."""
        if last is None or last[0] != now:
            return ()
        _, s, ctx = last
        said = next((f.cue.label for sp, fs in s.cues for f in fs if f.tag in FINITE and (
            not f.cue.requires_after or  # «so-called» is no verb of calling
            self._cue_ok(s, sp.start, sp.end, f))), "_")  # type: ignore[attr-defined]
        if said not in ("_", "_speech", "_aux") or any(
                # «Saudi Arabia's foreign ministry expressed the kingdom's "categorical
                # rejection" of …»: a stance stated by its noun is no act either («called on
                # Israel to reverse the decision»: nor an appeal)
                f.tag == "n" and not f.cue.label.startswith("_")
                for _, fs in s.ok_cues or () for f in fs):
            return ()
        h = self._initial_subject_en(s, s.end, ctx, None)
        return h.actors if h is not None else ()

    def _act_it_en(self, s: Sentence, k: int, form: CueForm) -> bool:
        """Whether «it» at ``k`` is the object of a verb of judging an act («condemned it»,
        «Berlin rejects the plan, and France condemned it»), which names the act, not an
        actor (a state is named by its name or «they»)."""
        return (form.tag in FINITE or form.tag == "x") and \
            form.cue.label in self.act_pronoun_labels_en and \
            s.norms[k] == "it" and (k + 1 >= s.end or not s.texts[k + 1].isalpha() or
                                    s.norms[k + 1] in self.prepositions or
                                    s.norms[k + 1] in self.coord or s.norms[k + 1] == "as")

    def _undone_act_en(self, s: Sentence, end: int, sentence_targets: list[str]) -> list[str]:
        """The author of the act a call after token ``end`` asks to undo (words undo_words):
        «called for its immediate reversal» (the act the sentence just judged), «called for
        the reversal of the Israeli decision» (the act's adjective or possessor)."""
        k = next((x for x in range(end, min(s.end, end + 5)) if s.norms[x] in self.undo_words_en),
                 None)
        if k is None:
            return []
        b = k - 1
        while b > end and s.texts[b].isalpha() and s.texts[b].islower() and \
                s.norms[b] not in self.possessive_pronouns_en:
            b -= 1  # «its immediate reversal»
        if s.norms[b] in self.possessive_pronouns_en:
            return self._act_pronoun_targets_en(s, sentence_targets)
        if k + 2 < s.end and s.norms[k + 1] == "of":
            x = k + 2 + (s.norms[k + 2] in self.articles)
            m = s.mentions.get(x)
            if m is not None and m.kind in ("adj", "name", "capital") and m.end < s.end and (
                    s.norms[m.end] in self.bare_acts_en or s.norms[m.end] in self.possessive):
                return list(m.actors)
        return []

    def _act_pronoun_targets_en(self, s: Sentence, sentence_targets: list[str],
                                label: str | None = None) -> list[str]:
        """What «it» in «calling it reckless», «condemned it» names: the act this sentence
        named (its author, the last target), else the act the sentence before judged the same
        way («The UAE condemned the attack. Kuwait also condemned it.»), else the bare act
        («the move») the sentence before named."""
        if sentence_targets:
            return [sentence_targets[-1]]
        # «The Brazilian draft received 13 votes, with Russia voting against it»: an act
        # this sentence names with its author's adjective
        for k in range(s.start + 1, s.end):
            if s.norms[k] in self.bare_acts_en and (m := s.mention_ending_at(k)) is not None \
                    and m.kind == "adj":
                return list(m.actors)
        state = self._en_state(s.doc)
        last = state.get("last_targets")
        if label is not None and last is not None and \
                last[0] == state.get("sentences", 0) - 1 and last[1].get(label):
            return list(dict.fromkeys(last[1][label]))
        act = state.get("bare_act")
        return list(act[1]) if act is not None and act[0] == state.get("sentences", 0) - 1 \
            else []

    def _shared_object_en(self, s: Sentence, sp: Any, nxt: int, stop: int) -> int:
        """«We reject and condemn the attacks of X»: verbs joined by «and» share the object
        of the last one."""
        if nxt < s.end and nxt > sp.end and all(s.texts[k] in self.coord or
                                                s.norms[k] in self.verb_mods_en
                                                for k in range(sp.end, nxt)):
            return min(s.end, nxt + 14)
        # «denounced the attack, blaming the PKK»: the participle clause has its own object
        for k in range(sp.end, min(stop, s.end - 1)):
            w = s.texts[k + 1]
            if s.texts[k] == "," and w.isalpha() and w.islower() and w.endswith("ing"):
                return k
        return stop

    def _act_family_en(self, s: Sentence, a: int, b: int) -> str | None:
        for k in range(max(s.start, a), min(s.end, b)):
            for family, words in self.act_nouns_en.items():
                if s.norms[k] in words:
                    return family
        return None

    def _relative_act_en(self, s: Sentence, v: int) -> str | None:
        """The act family of the noun a relative clause hangs on when the verb at ``v`` is
        that clause's («…, a charge that Tehran rejected as baseless»)."""
        k = v - 1
        while k > s.start and (s.norms[k] in self.aux or s.norms[k] in self.verb_mods_en or
                               s.texts[k].islower() and s.texts[k].endswith("ly")):
            k -= 1
        m = s.mention_ending_at(k + 1)
        if m is None or m.start - 2 < s.start or s.norms[m.start - 1] not in self.comp:
            return None
        return self._act_family_en(s, max(s.start, m.start - 3), m.start - 1)

    def _describer_en(self, s: Sentence, start: int, ctx: Context) -> Holder | None:
        """«Mexico's president called the raid "a flagrant violation of …"»: the subject of a
        verb of describing (words describe_cues) just before a label, in a sentence with no
        stance of its own before it."""
        for sp, forms in s.cues:
            if start - 10 <= sp.start < start and any(
                    f.cue.id in self.describe_cues_en and f.tag in FINITE for f in forms) and \
                    (s.norms[sp.end] in self.act_determiners_en or sp.end in s.mentions) and \
                    s.norms[sp.start - 1] not in self.determiners_en:
                # («called the raid …»; not «during his first term and …»)
                h = self._subject_en(s, sp.start, ctx)
                if h is not None and h.actors and h.source == "svo":
                    return Holder(h.actors, h.speaker, h.person, "sentence")
        return None

    def _act_subject_en(self, s: Sentence, sp: Any, holder: Holder) -> list[str]:
        k = sp.start - 1
        while k >= s.start and s.texts[k] not in STOP_CSC and \
                s.norms[k] not in self.comp:
            k -= 1
        family = self._act_family_en(s, k + 1, sp.start)
        acts = self._en_state(s.doc).get("acts", {})
        return [a for a in acts.get(family, ()) if a not in holder.actors] if family else []

    def _as_well_as_objects_en(self, s: Sentence, after: int, stop: int,
                               holder: tuple[str, ...], ctx: Context, speaker: Holder | None,
                               targets: list[str]) -> list[str]:
        """«praised Saudi Arabia for its leadership, as well as Oman and Egypt for their
        roles»: the list after «, as well as» within the clause, objects too."""
        for k in range(after, min(stop, after + 14) - 3):
            if s.texts[k] in {";", ":"} or k in s.finite_cue_tokens():
                break
            nxt = self._past_as_well_as_en(s, k, stop) if s.texts[k] == "," else k
            if nxt > k and (m := s.mentions.get(nxt)) is not None and \
                    m.kind in ("name", "capital", "adj"):
                more = self._flatten(self._group(s, m, stop), ctx, speaker)
                return targets + [a for a in more if a not in targets and a not in holder]
        return targets

    def _second_object_en(self, s: Sentence, after: int, stop: int,
                          holder: tuple[str, ...], targets: list[str],
                          reach: int = 14) -> list[str]:
        """A second coordinated object that names its actor: «… and the decision of the
        African Union», «… and Rwanda's presence»: its actor is a target too."""
        for k in range(after, min(stop, after + reach) - 2):
            if s.norms[k] != "and" or s.norms[k + 1] not in self.articles:
                continue
            j = k + 2
            while j < stop and j - k < 5 and s.texts[j].isalpha() and s.texts[j].islower() \
                    and s.norms[j] != "of":
                j += 1
            if j + 1 < stop and j > k + 2 and s.norms[j] == "of" and \
                    s.norms[j - 1] in self.object_acts_en:
                m = s.mentions.get(j + 1) or (s.mentions.get(j + 2) if s.norms[j + 1] in
                                              self.articles else None)
                if m is not None and m.kind in ("name", "capital", "adj"):
                    return targets + [a for a in m.actors if a not in targets and
                                      a not in holder]
            break
        return targets

    def _object_en(self, s: Sentence, sp: Any, label: str, holder: Holder, ctx: Context,
                   targets: list[str]) -> list[str]:
        state = self._en_state(s.doc)
        summoned = state.get("summoned", {}).get(sp.start)
        if summoned is not None:
            return [a for a in summoned if a not in holder.actors]
        if holder.source == "by" and label not in ("mediates", "holds_talks") and \
                self._passive_en(s, sp.start):
            passive = self._passive_subject_en(s, sp.start, ctx, holder)
            if passive:
                return passive
        # «rejected the allegations»: the act a stance is about names its author (rule 11);
        # «the allegations made by India» teaches the article whose allegations they are
        if self._passive_en(s, sp.start):
            family = self._act_family_en(s, max(s.start, sp.start - 5), sp.start)
        else:
            family = self._act_family_en(s, sp.end, sp.end + 6) or \
                self._relative_act_en(s, sp.start)
            if family is not None and any(
                    s.texts[k] in ("'s", "'", "’s") or
                    # «rejects Western accusations»: an owner named by its adjective
                    s.texts[k][:1].isupper() and s.texts[k].isalpha() and
                    k + 1 < s.end and s.norms[k + 1] in self.act_nouns_en[family]
                    for k in range(sp.end, min(s.end, sp.end + 4))):
                family = None  # «rejected the junta's demand»: its owner is named, not the
                # last demand's
        if family is not None:
            acts = state.setdefault("acts", {})
            if targets:
                acts[family] = tuple(targets)
            elif acts.get(family):
                targets = [a for a in acts[family] if a not in holder.actors]
        if targets and label in ("welcomes", "expresses_support") and any(
                s.norms[k] in self.agreement_nouns_en
                for k in range(sp.end, min(s.end, sp.end + 4))):
            # praise for an agreement is not for its parties (rule 23)
            b = next((k for k in range(sp.end, min(s.end, sp.end + 8))
                      if s.norms[k] in self.between), None)
            m = self._next_mention(s, b + 1, min(s.end, b + 4)) if b is not None else None
            if m is not None:
                parties = self._actors(self._list_en(s, m, s.end))
                targets = [a for a in targets if a not in parties]
        if targets and sp.end < s.end and (s.norms[sp.end] == "to" or s.norms[sp.end] in self.with_) or \
                targets and any(s.norms[k] in {"to"} for k in range(sp.end, min(s.end,
                                                                           sp.end + 6))):
            # «gratitude to Iraq and Oman for hosting …, and to the Chinese leaders for …»
            for k in range(sp.end + 1, s.end - 2):
                if s.norms[k] == "and" and s.norms[k + 1] == "to":
                    m = self._addressee_np_en(s, k + 2)
                    if m is not None and m.kind not in ("self", "land", "pair", "parties"):
                        targets = targets + [a for a in m.actors if a not in targets and
                                             a not in holder.actors]
                    break
        if not targets and s.norms[sp.start] in self.be_en:
            # «American bases are the legitimate target»: the subject of the copula
            h = self._subject_en(s, sp.start, ctx)
            if h is not None and h.actors:
                return [a for a in h.actors if a not in holder.actors]
        if not targets and label == "threatens" and not any(
                f.tag == "n" for _, forms in s.cues if _.start == sp.start for f in forms
                if f.cue.label == label):
            # «reserves the right to respond to the aggression»: the actor the holder has
            # already accused or condemned in this article
            return self._conflict_partner_en(holder, ctx)
        return targets

    def _threat_follows_en(self, s: Sentence, sp: Any, holder: tuple[str, ...]) -> bool:
        """Whether the clause a warning verb introduces states a threat of force (a phrase of
        the threatens cues: «would be met with force», «will pay a heavy price»; or the holder
        itself «would strike» someone)."""
        stop = next((k for k in range(sp.end, s.end) if s.texts[k] == ";"), s.end)
        if any(sp.end < sp2.start < stop and any(
                f.cue.label == "threatens" and f.tag == "x" for f in forms) and
                not self._nonmilitary_en(s, sp2.end) for sp2, forms in s.cues):
            return True
        k = next((x for x in range(sp.end, min(stop, sp.end + 8)) if s.norms[x] in self.comp),
                 None)
        if k is None or k + 3 >= stop:
            return False
        m = s.mentions.get(k + 1)
        if m is not None and set(m.actors) and set(m.actors) <= set(holder):
            j = m.end
        elif s.norms[k + 1] in {"it", "we"}:
            j = k + 2
        else:
            return False
        if j >= stop or s.norms[j] not in self.future_modals_en:
            return False
        j += 1
        while j < stop and s.texts[j].isalpha() and s.texts[j].endswith("ly"):
            j += 1  # «would swiftly strike»
        return j < stop and s.norms[j] in self.force_verbs_en and \
            not self._nonmilitary_en(s, j + 1)

    def _agent_before_en(self, s: Sentence, start: int, holder: tuple[str, ...]) -> list[str]:
        """The agent named by «by» just before a label («weapons supplied by Iran in violation
        of the embargo»): the author of the act so labelled."""
        by_end = s.by_last_token()
        m = by_end.get(start - 1)
        if m is None or m.start - 1 < s.start or s.norms[m.start - 1] not in self.passive_by \
                or m.kind in ("self", "land", "pair", "parties"):
            return []
        return [a for a in m.actors if a not in holder]

    def _act_author_en(self, s: Sentence, a: int, stop: int, holder: tuple[str, ...],
                       adjective: bool) -> list[str]:
        """Who carries out the act an appeal wants stopped, named in the phrase after the
        content: by «by» («hostages held by Hamas») or, for military acts, by an adjective or
        a possessive («the Israeli bombardment», «Azerbaijan's offensive»); never a place the
        act happens in («strikes on Gaza»)."""
        k = a
        while k < stop and s.texts[k] not in STOP_CSC:
            m = s.mentions.get(k)
            if m is not None:
                if m.kind in ("self", "land", "pair", "parties") or set(m.actors) & set(holder):
                    return []
                agent = k > a and s.norms[k - 1] in self.passive_by
                poss = m.end < s.end and s.norms[m.end] in {"'s", "'"}
                if agent or adjective and (m.kind == "adj" or poss):
                    return list(m.actors)
                return []
            if s.norms[k] in self.victim_preps_en:
                return []
            k += 1
        return []

    def _detainer_en(self, s: Sentence, begin: int, stop: int,
                     holder: tuple[str, ...]) -> list[str]:
        """«demanded the immediate release of all detained personnel», «demanded that the
        staff be freed»: with no addressee, a demand to free captives is on the actor the
        article gave as the author of their detention (rule 11)."""
        if not any(s.norms[k] in self.release_words_en for k in range(begin, stop)):
            return []
        authors = self._en_state(s.doc).get("act_authors") or {}
        for act in self.captivity_acts_en:
            if act in authors:
                return [a for a in authors[act] if a not in holder]
        return []

    def _that_subject_en(self, s: Sentence, end: int, holder: tuple[str, ...]) -> list[str]:
        """The actor that opens a «that» clause right after token ``end`` («concern that Iran
        had …», «concern that the Israeli army was …»), or nothing."""
        if end >= s.end or s.norms[end] not in self.comp:
            return []
        k = end + 1
        while k < s.end and s.norms[k] in self.articles:
            k += 1
        m = s.mentions.get(k)
        if m is None or m.kind in ("self", "land", "pair", "parties") or self._is_location(s, m):
            return []
        return [a for a in self._actors(self._list_en(s, m, s.end)) if a not in holder]

    def _list_tail_en(self, s: Sentence, end: int) -> int:
        """The token after the common nouns coordinated with a cue noun that ends at ``end``
        («sovereignty, independence, unity and territorial integrity| of Syria»), or ``end``
        when none follow."""
        k = end
        while k < s.end and (s.texts[k] == "," or s.norms[k] in self.coord):
            j = k + 1
            while j < s.end and s.norms[j] in self.coord:
                j += 1  # «, and»
            n = 0
            while j < s.end and n < 3 and s.texts[j].isalpha() and s.texts[j].islower() and \
                    s.norms[j] != "of" and s.norms[j] not in self.coord and j not in s.mentions:
                j += 1
                n += 1
            if n == 0:
                return end
            k = j
        return k if k < s.end and s.norms[k] == "of" else end

    def _backer_en(self, s: Sentence, m: Mention) -> bool:
        """Whether mention ``m`` only qualifies the group after it: «the Iran-backed Houthis»,
        «the U.S.-backed SDF», «Pakistan-based militants» (a stance toward them is toward the
        group, not its backer or its base)."""
        return m.end + 1 < s.end and s.texts[m.end] == "-" and \
            s.norms[m.end + 1] in self.backer_participles_en

    def _reporter_after_en(self, s: Sentence, k: int) -> bool:
        """Whether a reporting clause put after what it reports starts at token ``k`` (after a
        comma): an actor or an official with titles and name, then a verb of saying («, the
        United States said», «, Britain's foreign secretary said on Monday»)."""
        j = k + (k < s.end and s.norms[k] in self.articles)
        if j >= s.end or j not in s.mentions and s.norms[j] not in self.heads:
            return False
        while j < min(s.end, k + 10):
            if j in s.mentions:
                j = s.mentions[j].end
            elif s.texts[j][:1].isupper() or s.norms[j] in self.heads or \
                    s.norms[j] in self.fillers or s.texts[j] == "'s":
                j += 1
            else:
                break
        return j < s.end and (s.norms[j] in self.said_en or s.norms[j] == "told")

    def _consent_if_en(self, s: Sentence, k: int) -> bool:
        """Whether the «if» at token ``k`` only asks for the parties' consent and ends there
        («if they so wish», «if both parties asked», «if requested»): rule 13."""
        j = k + 1
        while j < s.end and j - k <= 6:
            m = s.mentions.get(j)
            if m is not None and m.kind in ("name", "capital", "pair", "parties"):
                j = m.end  # «if Baku and Yerevan wish»
            elif s.norms[j] in self.consent_subjects_en or s.norms[j] == "and" and j > k + 1:
                j += 1
            else:
                break
        if j >= s.end or s.norms[j] not in self.consent_verbs_en:
            return False
        j += 1
        # «if asked to do so», «if both sides asked it to»: only pronouns and particles may
        # follow before the clause ends («if asked to mediate» asks for more than consent)
        tail = 0
        while j < s.end and tail < 3 and s.norms[j] in {"to", "for", "it", "them", "so", "do"}:
            j += 1
            tail += 1
        return j >= s.end or s.texts[j] in STOP_CSC or s.texts[j] in SENT_END_EN

    def _nonmilitary_en(self, s: Sentence, end: int) -> bool:
        """Whether sanctions or other non-military steps follow token ``end`` closely («would
        respond with further sanctions»): a warning, not a threat of force (rule 14)."""
        return any(s.norms[k] in self.nonmilitary_en and not any(
            s.norms[j] in self.force_measure_mods_en for j in range(max(end, k - 3), k))
            for k in range(end, min(s.end, end + 7)))

    @staticmethod
    def _conflict_partner_en(holder: Holder, ctx: Context, ties: bool = False) -> list[str]:
        """The actor the holder has most often accused, condemned or warned in the article."""
        best = [(n, p) for p, n in ctx.conflict.items() if set(holder.actors) & p]
        if best and ties:
            # «… العواصم الثلاث»: every adversary named as often as the most named one
            top = max(n for n, _ in best)
            return sorted({a for n, pair in best if n == top for a in pair
                           if a not in holder.actors})
        if best:
            _, pair = max(best, key=lambda x: x[0])
            return [a for a in sorted(pair) if a not in holder.actors]
        return []

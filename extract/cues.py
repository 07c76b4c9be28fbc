"""Stage 4b — cues: which reading of a matched cue holds in its context (verb or noun,
required neighbours), and whether it is negated, hypothetical or future."""

from __future__ import annotations

from typing import Any

from extract.lexicon import PASSIVE_TAG, Cue, CueForm
from extract.mentions import MentionRules
from extract.normalize import is_vocalised, strip_vowels, vowel_marks
from extract.sentence import (
    FINITE,
    QUOTES,
    SENT_END,
    Sentence,
)

HAMZAS = frozenset("أإئؤء")
HAMZA_BELOW = "إ"  # «إلا» (except), against «ألا» (an lā: that … not)
# the order in which _pick prefers the readings of a cue, by tag: plain, after a
# preposition, before a genitive name
# (a passive reading survives only where the written vowels show it: «وطُلب» is no noun)
# (language, token as written, reading) → whether its vowels make it a passive
_PASSIVE_MEMO: dict[tuple[str, str, str], bool] = {}
_ORDER = {"3f": 0, "3m": 0, "3p": 0, "1": 1, PASSIVE_TAG: 1, "p": 2, "x": 3, "n": 4}
_ORDER_AFTER_PREPOSITION = {"n": 0, "x": 1, "p": 2, "3f": 3, "3m": 3, "3p": 3, "1": 4}
_ORDER_GENITIVE = {"3f": 0, "3m": 0, "3p": 0, "1": 1, "n": 2, "x": 3, "p": 4}

TANWEEN = frozenset("\u064b\u064c\u064d")  # the three tanween marks
# stance nouns that, after «اتهم X بـ», are the charge («برعايته», «بدعم الجماعات»)
CHARGED = frozenset({"mediates", "expresses_support", "welcomes", "expresses_intent_to_cooperate"})
# in a cue's requires_after: an official named by name («called Vladimir Putin on Tuesday»)
PERSON_WORD = "<person>"
# the prepositions an Arabic word carries as clitics, as a cue's requires_after names them
PREP_CLITICS = frozenset({"ب", "ل"})


class CueRules(MentionRules):
    def _background(self, s: Sentence, sp: Any) -> bool:
        """Whether the clause of a cue dates it before the article: «agreed last year»,
        «under which … agreed in 2018», «سبق أن اتفق» («had signed» is no clue: reported
        speech shifts the tense back)."""
        a, b = max(s.start, sp.start - 8), min(s.end, sp.end + 8)
        if any(tuple(s.norms[k:k + len(p)]) == p for k in range(a, b)
               for p in self.background_times if s.norms[k] == p[0]):
            return True
        # «وقّعت … مذكرة تفاهم بشأنه في أبريل (نيسان) الماضي»: a month called past, in the
        # cue's clause (up to its comma)
        for k in range(a, min(s.end, sp.end + 16)):
            if k >= sp.end and s.texts[k] in {"،", ",", ".", "؛"}:
                break
            if s.norms[k] in self.month_names and any(
                    s.norms[j] in self.past_markers for j in range(k + 1, min(s.end, k + 4))):
                return True
        day = s.doc.user_data["sg_document"].date
        year = int(day[:4]) if day else None
        if year is None:
            return False
        if self.lang == "en":
            # «The two neighbours signed a peace agreement in Washington in June» in a
            # November article: a month of the year gone by, in the cue's clause
            months = self.month_order_en
            for k in range(sp.end, min(s.end, sp.end + 16)):
                if s.texts[k] in {",", ";", "."}:
                    break
                if s.norms[k] in months and s.texts[k][:1].isupper() and \
                        not (k + 1 < s.end and s.texts[k + 1].isdigit() and
                             len(s.texts[k + 1]) == 4) and \
                        months[s.norms[k]] < int(day[5:7]):
                    return True
        # «which signed a mutual-defence treaty with Pyongyang in June 2024»: an earlier
        # year in the cue's clause, up to its comma
        clause_end = next((k for k in range(sp.end, min(s.end, sp.end + 16))
                           if s.texts[k] in {"،", ",", ".", "؛", ";"}), min(s.end, sp.end + 16))
        return any(
            s.texts[k].isdigit() and len(s.texts[k]) == 4 and 1900 < int(s.texts[k]) < year
            for k in range(a, max(b, clause_end)))

    @staticmethod
    def _pick(forms: list[CueForm], after_preposition: bool = False,
              genitive: bool = False) -> CueForm:
        """The reading of an ambiguous cue: a stance before attribution, a finite verb before a
        noun — except after a preposition, where only a masdar can stand (يعمل على جمعِ …); and
        a form followed by a name is a masdar rather than a participle, which cannot take a
        genitive (مطالبةَ دمشقَ بانسحاب …)."""
        if len(forms) == 1:
            return forms[0]
        order = _ORDER_AFTER_PREPOSITION if after_preposition else \
            _ORDER_GENITIVE if genitive else _ORDER
        labels = [f for f in forms if not f.cue.label.startswith("_")]
        return min(labels or forms, key=lambda f: order.get(f.tag, 5))

    def _owner_after(self, s: Sentence, end: int) -> bool:
        """Arabic: a noun's adjectives then an actor joined by «ل» («المخاوف الأمنية المشروعة
        لإسرائيل»): the actor owns it."""
        k = end
        while k < min(s.end, end + 3) and k not in s.mentions and s.fulls[k].startswith("ال"):
            k += 1
        m = s.mentions.get(k)
        return m is not None and m.kind in ("name", "capital", "person") and \
            s.fulls[k].startswith("ل") and not s.norms[k].startswith("ل")

    @staticmethod
    def _inside_a_name_en(s: Sentence, k: int) -> bool:
        """English: a capitalised word between two capitalised words that name no actor, or
        after two of them («the Kenya-led Multinational Security Support mission»: a name's
        last word), inside a sentence in running text (a title-case headline capitalises its
        verbs)."""
        if k == s.start or not s.texts[k][:1].isupper():
            return False  # (most cues: a lower-case word, decided at once)

        def capital(i: int) -> bool:
            return s.start <= i < s.end and s.texts[i][:1].isupper() and \
                s.texts[i].isalpha() and not any(m.start <= i < m.end
                                                 for m in s.mentions.values())
        if not (capital(k - 1) and capital(k) and (
                capital(k + 1) or k - 2 > s.start and capital(k - 2))):
            return False
        if k - 1 == s.start:
            return False  # («Support Forces» opening a sentence: too little to tell)
        named = {i for m in s.mentions.values() for i in range(m.start, m.end)}
        words = [s.texts[i] for i in range(s.start, s.end)
                 if i not in named and s.texts[i].isalpha() and len(s.texts[i]) > 3]
        return sum(t[:1].isupper() for t in words) * 5 < len(words) * 4

    def _cue_ok(self, s: Sentence, start: int, end: int, form: CueForm) -> bool:
        cue = form.cue
        if cue.requires_negation and not self._negation_before(s, start, form):
            return False  # «we accept the offer» is no rejection; «we do not accept» is
        if cue.label == "expresses_concern" and form.tag == "n" and end < s.end and \
                (m := s.mentions.get(end)) is not None and m.kind == "pair":
            return False  # «عملية تفاوض تعالج مخاوف الطرفين»: the two sides' own concerns
        if self.lang == "ar" and cue.label == "expresses_concern" and form.tag == "n" and \
                s.texts[start].endswith("ف") and self._owner_after(s, end):
            return False  # «تتفهم المخاوف الأمنية المشروعة لإسرائيل»: Israel's own concerns
        if self.lang == "en" and start > s.start and any(
                m.kind in ("parties", "pair") and m.start < start < m.end
                for m in s.ending_at(end)):
            return False  # «the parties concerned»: part of the reference, no concern
        if self.lang == "en" and start - 2 >= s.start and s.norms[start - 2] == "what" and \
                self._described_in_object_en(s, start):
            return False  # «condemned what it called the criminal nature of …»
        if self.lang == "en" and form.tag == "p" and cue.frame == "ready" and \
                start > s.start and s.norms[start - 1] == "to" and any(
                    sp.start < start and any(f.cue.frame == "appeal" for f in fs)
                    for sp, fs in s.cues):
            # «invite the three governments to open a dialogue»: what the invitees are asked
            # to do (the verb «open»), no readiness of theirs
            return False
        if self.lang == "ar" and form.tag == "p" and start > s.start and \
                s.norms[start - 1] in self.vote_nouns:
            return False  # «ونال المشروع ثلاثة أصوات مؤيدة»: votes in favour, no one's stance
        if self.lang == "ar" and start in s.inside_person_names():
            # «رحب نصر الله بـ…»: a word of a person's name of two words or more («نصر», «we
            # insist»); a name of one word is a reading that may be wrong («رأب الصدع»)
            return False
        if self.lang == "en" and form.tag in ("n", "p") and \
                cue.label == "expresses_support" and start > s.start and \
                s.norms[start - 1] in self.articles and end < s.end and s.norms[end] == "of":
            # «with the support of the United Nations», «with the backing of Turkey» (a gerund
            # after an article is a noun): theirs, a circumstance
            return False
        if self.lang == "en" and end - start == 1 and s.texts[start][:1].isupper() and \
                self._inside_a_name_en(s, start):
            return False  # «the Rapid Support Forces», «the Peace and Security Council»
        if self.lang == "ar" and cue.label == "_speech" and end - start == 1 and \
                s.norms[start] in self.via_homographs and (
                    not any(s.norms[k] == "عن" for k in range(end, min(s.end, end + 8))) or
                    # «وأعرب غوتيريش، عبر المتحدث باسمه، عن قلقه»: the «عن» is the first verb's
                    end + 1 < s.end and s.fulls[end + 1].startswith("باسم") and
                    s.fulls[end + 1] != "باسم"):
            return False  # «دعا الأمين العام، عبر المتحدث باسمه، …»: "via", no «عبّر عن»
        if self.lang == "ar" and cue.label == "threatens" and form.tag == "x" and any(
                f.cue.label == "threatens" and f.tag != "x" and start - 12 <= sp.end <= start and
                not any(s.texts[k] in {"،", ","} for k in range(sp.end, start))
                for sp, fs in s.cues for f in fs):
            return False  # «توعّد الولايات المتحدة برد قاسٍ»: one threat, its verb's object
        if self.lang == "ar" and cue.label == "threatens" and form.tag in FINITE and \
                start > s.start and start - 1 not in s.mentions and \
                not s.norms[start - 1].startswith("ال") and (
                    (definite := "ال" + s.norms[start - 1]) in self.events or
                    definite in self.force_nouns):
            return False  # «في خطوة تهدد مستقبل …»: an act that endangers, no one threatens
        if self.lang == "ar" and form.tag == "n" and cue.label == "holds_talks" and \
                start > s.start and s.norms[start - 1] in self.hospitality:
            return False  # «امتنانهم للمملكة على حسن الاستقبال»: hospitality, no talks (rule 18)
        if self.lang == "ar" and form.tag == "n" and end < s.end and \
                (s.texts[end].strip("()").isdigit() or s.norms[end] in self.count_words):
            return False  # «بتأييد 13 عضواً ومعارضة اثنين»: a vote's count, no stance
        if self.lang == "ar" and cue.label == "threatens" and form.tag == "n" and \
                s.fulls[start].startswith(("ك", "وك")) and \
                not s.norms[start].startswith("ك"):
            return False  # «معاملة الصين كتهديد»: "as a threat", a view of someone, no threat
        if self.lang == "ar" and end - start == 1 and form.tag in FINITE and \
                not TANWEEN.isdisjoint(s.texts[start]):
            return False  # «ورداً على سؤال»: a word written with tanween is a noun, no verb
        if cue.hamza and not any(c in s.texts[start] for c in HAMZAS):
            return False  # «هنا» ("here") is no «هنّأ» (congratulated)
        if self.lang == "ar" and cue.label == "expresses_support" and start > s.start and \
                s.norms[start - 1] in self.ways:
            return False  # «سبل دعمها وتطويرها»: ways to support the relations, no stance
        if cue.label == "expresses_support" and self._reported_support(s, start, form):
            return False
        if self.lang == "ar" and form.tag == "n" and cue.label in CHARGED and \
                s.fulls[start].startswith("ب") and any(
                    sp.end <= start and start - sp.end <= 4 and
                    any(f.cue.label == "accuses" and f.tag != "n" and
                        self._cue_ok(s, sp.start, sp.end, f) for f in fs)
                    for sp, fs in s.cues):
            return False  # «واتهمت حزب الله برعايته»: the charge, no mediation of the holder's
        if self.lang == "ar" and cue.label == "mediates" and form.tag == "n" and any(
                s.norms[k] in self.necessity for k in range(max(s.start, start - 2), start)):
            return False  # «ضرورة استئناف المفاوضات بين X وY»: a call, no mediation
        # a passive only where the written vowels say so («دُعيت», «حُذِّرت»), and then never
        # the active of the same letters
        if self.lang == "ar" and (form.tag == PASSIVE_TAG or form.tag in FINITE) and \
                (form.tag == PASSIVE_TAG) != self._passive_voice(s, start):
            return False
        if form.tag in FINITE and self.lang == "ar":
            raw = s.fulls[start]
            if "ال" + s.norms[start] in raw or "لل" + s.norms[start] in raw:
                return False  # «التوصل» is the masdar, not the verb توصل
            reading = s.norms[start]
            if raw != reading and raw.endswith(reading) and raw[:-len(reading)].endswith("ب"):
                return False  # «بدعم»: a preposition takes the masdar, never the verb دعم
            if raw.endswith(reading + "ي"):
                return False  # «اتصال هاتفي»: a verb's «me» is ني; ي ends a noun or nisba
            if start > s.start and s.norms[start - 1] in self.prepositions and \
                    not reading.endswith("ت"):
                # «دعا إلى عقد اجتماع»: after a preposition, the masdar (a reading in ت is
                # a masdar's ta marbuta before its pronoun, «عن إدانتها», read as a verb)
                return False
            p = start - 1
            while p > s.start and s.texts[p] in QUOTES:
                p -= 1
            if p >= s.start and s.norms[p] in self.prepositions and s.norms[p] != "من" and \
                    any(f.tag == "n" for sp, fs in s.cues if sp.start == start for f in fs):
                # «الشكر إلى فرنسا على "دعمها"»: so too past quotation marks, and a word in ت
                # that the cue also reads as a noun (not «من»: «من يدعم», who supports)
                return False
            if start > s.start and s.norms[start - 1] in self.masdar_takers:
                return False  # «مؤكدا دعمه لوحدة الأراضي»: the masdar object, not a verb
            if self._masdar_after_subject(s, start) or cue.genitive == "holder" and \
                    start - 2 >= s.start and s.norms[start - 1] in self.heads and \
                    s.norms[start - 2] in self.masdar_takers and start + 1 in s.mentions:
                # «أكدت الخارجية الروسية دعمها للسلطات في مالي»: the masdar; so too after a
                # title that names no state when the masdar's genitive is its holder («أكد
                # الرئيس تضامن مصر مع …»)
                return False
            if cue.future and not self._future(s, start):
                return False  # «ستدفع ثمنا باهظا» threatens, «تدفع ثمن الحرب» tells a fact
            if cue.clause_initial and form.tag == "3m" and \
                    not self._opens_clause(s, start, raw, reading):
                return False
        if form.tag in FINITE and self.lang == "en" and start > s.start and \
                s.norms[start - 1] == "to" and not self._infinitive_ok_en(s, start, form):
            return False  # «ready to meet», «agreed to meet»: an intent, typed by its cue
        if self.lang == "en" and cue.label == "_appeal" and end + 1 < s.end and \
                s.norms[start] in self.own_intent_verbs_en and s.norms[end] == "to" and \
                s.norms[end + 1] not in self.perception_verbs_en:
            return False  # «We want to work with India»: the subject's own intent, no appeal
        if self.lang == "ar" and cue.label == "holds_talks" and form.tag in FINITE and \
                start - 2 >= s.start and s.norms[start - 1] in self.comp and \
                s.norms[start - 2] in self.scheduled_words:
            return False  # «ومن المقرر أن يلتقي …»: a meeting scheduled, no talks held
        if cue.label == "mediates" and form.tag in FINITE and start - 2 >= s.start and \
                s.norms[start - 1] in self.relative and any(
                    s.norms[k] in self.summit_words for k in range(max(s.start, start - 6),
                                                                  start - 1)):
            # «قمة مجموعة العشرين التي تستضيفها إندونيسيا»: the host of a summit brokers
            # nothing between those who meet on its margins (rule 15)
            return False
        if self.lang == "en" and cue.performative:
            # «wants to meet», «would like to»: «to» right after the verb (not «wants Ukraine
            # to withdraw», an appeal), nor a verb of seeing after it («We want to see Rafah
            # reopened», en.appeal.want)
            verb = end if s.norms[end - 1] == "to" else end + 1
            if verb > s.end or s.norms[verb - 1] != "to" or \
                    verb < s.end and s.norms[verb] in self.perception_verbs_en:
                return False
        if start > s.start and s.texts[start - 1] in self.what_relatives and \
                self.lang == "ar" and cue.id.endswith(".describe") and any(
                    sp.end <= start - 1 for sp, _ in s.cues if sp.start >= s.start):
            # «ندّد … بما وصفه بـ«العدوان الإسرائيلي»»: what a stance verb before it is about,
            # in the speaker's words; the description is that verb's object, no stance of its own
            return False
        if form.tag == "n" and self.lang == "ar" and start > s.start and \
                s.norms[start - 1] in self.report_back and s.fulls[start].startswith("ال"):
            return False  # «وجاء التحذير في بيان مشترك»: the earlier warning, reported back
        if form.tag == "n" and self.lang == "en" and end < s.end and \
                s.norms[end] in self.possessive:
            return False  # «the mediators' efforts»: the noun names someone, states nothing
        if self.lang == "en" and not self._cue_ok_en(s, start, end, form):  # type: ignore
            return False
        look = self._past_attribution_en(s, end) if self.lang == "en" else end
        after = s.norms[look:min(s.end, look + cue.window)]
        if cue.requires_after and not (self._words_at(s, look, len(after), cue.requires_after) &
                                        cue.requires_after) and \
                not self._quoted_label_en(s, look, cue):
            # the window starts after a subject that follows the verb («بحث رئيس الوزراء
            # العراقي محمد شياع السوداني مع …»)
            subj = s.mentions.get(end) if form.tag in FINITE else None
            subj_end = subj.end if subj is not None and subj.kind != "self" else None
            if subj_end is None and self.lang == "ar" and form.tag in FINITE:
                subj, subj_end = self._subject_phrase_ar(s, end)
            if subj_end is not None:
                if self.lang == "ar" and subj is not None and subj.kind != "self":
                    subj_end = max(subj_end, self._group(s, subj, s.end)[-1].end)
                    while (same := s.mentions.get(subj_end)) is not None and \
                            same.kind == "person" and same.actors == subj.actors:
                        subj_end = same.end  # «العاهل الأردني الملك عبد الله الثاني»
                if self.lang == "ar" and subj_end < s.end and s.texts[subj_end] in {"،", ","}:
                    # «وقّعت إثيوبيا والصومال، مساء الاثنين في أنقرة، اتفاقاً»: an aside
                    # between commas after the subject
                    close = next((k for k in range(subj_end + 1, min(s.end, subj_end + 12))
                                  if s.texts[k] in {"،", ","}), None)
                    if close is not None:
                        subj_end = close + 1
                tail = range(subj_end, min(s.end, subj_end + cue.window))
                after = s.norms[tail.start:tail.stop]
            e = end + 1 if end < s.end and s.fulls[end] in self.verb_asides else end
            # a joint subject stands in for the partner after مع, never for the talks noun
            # that «عقد/أجرى» need («سيجرون المنطقة إلى …» is «drag», no talks)
            joint = cue.label in ("holds_talks", "agrees_with") and (
                (form.tag == "3p" or e < s.end and s.norms[e] in self.joint_heads) and
                (self.lang != "ar" or bool(cue.requires_after & self.with_)) and not (
                    # «اتفق الجانبان التركي والعراقي على تشكيل لجنة»: an act agreed on is
                    # an agreement reached (rule 23), no shared view
                    self.lang == "ar" and cue.label == "agrees_with" and any(
                        s.norms[k] in self.on and s.norms[k + 1] not in self.agree_that
                        for k in range(e, min(s.end - 1, e + 6)))) or
                # «توافقت أنقرة وموسكو على …»: the verb agrees with the first of two; «بحث
                # تبون ورئيس المجلس الرئاسي الليبي …»: officials too
                self.lang == "ar" and subj is not None and
                subj.kind in ("name", "capital", "person", "adj") and
                bool(cue.requires_after & self.with_) and subj_end is not None and
                len(self._actors(self._group(s, subj, s.end))) >= 2 and
                not self._on_act(s, subj_end))
            took_place = self.lang == "ar" and self._took_place_ar(s, start) and \
                not set(s.norms[end:min(s.end, end + 4)]).isdisjoint(self.between)
            if not joint and self.lang == "en" and form.tag == "n" and \
                    cue.label == "holds_talks" and cue.frame != "between":
                # «The two sides held official talks»: a pair that holds the talks needs no
                # partner after them
                joint = any(m.kind == "pair" and m.end <= start and any(
                    s.norms[v] in self.noun_taking_verbs_en  # type: ignore[attr-defined]
                    for v in range(m.end, start)) for m in s.mentions.values())
            if not joint and not took_place and not (
                    self._words_at(s, tail.start if subj_end is not None else end, len(after),
                                   cue.requires_after) & cue.requires_after):
                # «ناقش الوزيران …», «اتفق الرئيسان على أن …», "the two sides discussed": a
                # joint subject needs no مع; nor talks that took place («جرت مباحثات بين …»)
                return False
        if self.lang == "en" and cue.id in self.object_only_cues and end < s.end and \
                s.norms[end] == "to":
            return False  # «declined to comment on the Russian proposal»: no refusal of it
        if cue.requires_not_next and end < s.end and s.norms[end] in cue.requires_not_next:
            return False  # «called on»
        if cue.requires_not_after and (
                set(after[:max(1, cue.window)]) & cue.requires_not_after or
                # «استدعاء سفيرها»: a word the reading strips of its pronoun («سفير»)
                self.lang == "ar" and
                set(s.fulls[end:min(s.end, end + max(1, cue.window))]) & cue.requires_not_after):
            return False
        if self.lang == "ar" and cue.label == "holds_talks" and cue.requires_after and \
                form.tag in FINITE:
            # «ويعقد المجلس الوزاري اجتماعه المقبل»: one actor's own meeting, no talks with
            # another («اجتماعهم», «اجتماعهما» are theirs together)
            k = next((x for x in range(end, min(s.end, end + 16))
                      if s.norms[x] in cue.requires_after), None)
            k = None if k is None or s.norms[k] in self.counterparts else k  # «ونظيره»
            if k is not None and s.fulls[k] != s.norms[k] and \
                    s.fulls[k].endswith(("ه", "ها")) and not s.fulls[k].endswith(("هما", "هم")):
                return False
        if cue.requires_before:
            first = self._list_head(s, start) if self.lang == "en" and cue.frame == "genitive" \
                else start
            reach = cue.window_before
            if self.lang == "ar" and cue.frame == "genitive" and \
                    s.texts[start].startswith("و") and s.texts[start].endswith(("ها", "ه")):
                reach += 3  # «التزام الجامعة بأمن قطر وسيادتها»: the list's first noun's
            before = {s.norms[k] for k in range(max(s.start, first - reach), first)}
            if self.lang == "ar" and (subj := s.mention_ending_at(start)) is not None and \
                    subj.kind in ("name", "adj", "person", "capital"):
                # «وأبدت وزارة الخارجية التركية أسفها»: the verb before the subject between
                j = subj.start
                while j > s.start and start - j < 7 and j - 1 not in s.mentions and \
                        (s.norms[j - 1] in self.heads or s.norms[j - 1] in self.fillers):
                    j -= 1
                before |= {s.norms[k] for k in range(max(s.start, j - 1), j)}
            if self.lang == "ar":
                # «واحترام سلامة أراضيها»: the word with its conjunction clitic is the word
                before |= {n[1:] for n in before if n.startswith("و") and len(n) > 4}
            if not before & cue.requires_before:
                return False
        # «side by side with»: the word before makes it another phrase (English: past an
        # article, «ignoring an invitation to meet»)
        p = start - 1
        while self.lang == "en" and p > s.start and s.norms[p] in self.articles:
            p -= 1
        return not (cue.requires_not_before and start > s.start and
                    s.norms[p] in cue.requires_not_before)

    def _reported_support(self, s: Sentence, start: int, form: CueForm) -> bool:
        """Whether the support noun at ``start`` is another actor's, told as the reason or
        means of what the sentence says («بسبب دعمها المطلق لإسرائيل», "because of its
        military support for Israel") or as what a charge or condemnation before it is about
        («ويدين دعمها للميليشيات», «اتهم فرنسا بتقديم دعم لوجستي», "accused France of
        providing support to"): no stance of the holder's, and none of its owner's either
        (rule 21: a label inside the object of another stance adds nothing)."""
        lo = max(s.start, start - 8)
        comma = next((k for k in range(start - 1, lo - 1, -1) if s.texts[k] in {",", "،", ";"}),
                     None)
        lo = comma + 1 if comma is not None else lo
        if any(s.norms[k] in self.support_reasons for k in range(max(lo, start - 4), start)):
            return True
        if form.tag in FINITE and (self._conj_prefixed(s, start) or
                                   start > s.start and s.norms[start - 1] in {"and", "or"}):
            return False  # «أدان الهجوم ودعم الإجراءات», "condemned … and supported …"
        return any(
            lo <= sp.start and sp.end <= start and
            # (not past a conjunction: «استنكرت الاقتحام وأعلنت وقوفها إلى جانب المكسيك»,
            # "condemned the attack and expressed solidarity with", "as Washington backs")
            not any(s.norms[k] in {"and", "as", "while"} or self._conj_prefixed(s, k)
                    for k in range(sp.end, start)) and
            any(f.cue.label in ("accuses", "condemns") and f.tag != "n" and
                self._cue_ok(s, sp.start, sp.end, f) for f in fs)
            for sp, fs in s.cues)

    def _quoted_label_en(self, s: Sentence, look: int, cue: Cue) -> bool:
        """English: whether a description cue's label stands in the first quotation after
        the token ``look`` («called Moscow's withdrawal from the grain deal "a stab in the back"»),
        with no quotation or clause break before it."""
        if self.lang != "en" or not cue.id.endswith(".describe"):
            return False
        q = next((x for x in range(look, min(s.end, look + 14)) if s.texts[x] in QUOTES), None)
        if q is None or any(s.texts[x] in QUOTES or s.texts[x] in {",", ";"}
                            for x in range(look, q)):
            return False
        return not set(s.norms[q + 1:min(s.end, q + 6)]).isdisjoint(cue.requires_after)

    @staticmethod
    def _list_head(s: Sentence, start: int) -> int:
        """English: the first noun of a list the word at ``start`` ends («support for Syria's
        security, stability, unity and sovereignty»), else ``start``."""
        k = start
        if k - 2 < s.start or s.norms[k - 1] not in ("and", "or"):
            return start
        k -= 2  # the noun before «and»
        while k - 2 >= s.start and s.texts[k - 1] == "," and s.texts[k - 2].isalpha() and \
                s.texts[k - 2].islower():
            k -= 2
        if not (s.texts[k].isalpha() and s.texts[k].islower()):
            return start
        if k - 1 > s.start and s.norms[k - 1] in ("'s", "'") and \
                (m := s.mention_ending_at(k - 1)) is not None:
            return m.start  # «Syria's security, stability, …»: the possessor opens the phrase
        return k

    def _masdar_after_subject(self, s: Sentence, start: int) -> bool:
        """Arabic: a word right after the subject of a verb that takes a masdar («أكدت روسيا
        دعمها», «جددت الخارجية الروسية رفضها»): the masdar, the verb's object."""
        m = s.mention_ending_at(start)  # (a mention's end is the token after it)
        if m is None or m.kind == "pair":
            return False  # («أكد الجانبان رفضهما» is read as before)
        j = m.start - 1
        while j > s.start and j > m.start - 4 and j not in s.mentions and \
                (s.norms[j] in self.heads or s.norms[j] in self.fillers):
            j -= 1  # «الخارجية» before «الروسية»
        if j < s.start:
            return False
        # «انتقدت الصين دعم الولايات المتحدة لتايوان»: a stance verb's object is a masdar too
        return s.norms[j] in self.masdar_takers or j in s.finite_cue_tokens()

    def _opens_item(self, s: Sentence, start: int) -> bool:
        """Whether token ``start`` opens the sentence, or an item of an enumerated text past
        its label («ثانياً: مطالبة …», «2. Demanding …», «- …»): a nominal clause of the text
        its issuers state, whose masdar has no subject of its own."""
        label = range(s.start, start)
        return start == s.start or len(label) <= 2 and \
            s.texts[start - 1] in {":", "-", "–", ".", ")"} and \
            all(not s.texts[k].isalpha() or s.norms[k] in self.list_ordinals for k in label[:-1])

    def _on_act(self, s: Sentence, begin: int) -> bool:
        """«اتفقا على عقد جولة» (agreed to do something) rather than «اتفقا على أن …»,
        «على ضرورة …» (agreed that), past an Arabic aside between commas («اتفقت روسيا
        وتركيا، خلال قمة …، على زيادة …»)."""
        if self.lang == "ar" and begin < s.end and s.texts[begin] in {"،", ","}:
            close = next((k for k in range(begin + 1, min(s.end, begin + 14))
                          if s.texts[k] in {"،", ","}), None)
            if close is not None:
                begin = close + 1
        for k in range(begin, min(s.end - 1, begin + 3)):
            if s.norms[k] in self.on:
                return s.norms[k + 1] not in self.agree_that
        return False

    @staticmethod
    def _past_attribution_en(s: Sentence, end: int) -> int:
        """English: the token after «, according to …,» right after a cue («The two ministers
        agreed, according to the Russian readout, that …»), where what the cue requires after
        it stands; else ``end``."""
        if end + 3 < s.end and s.texts[end] == "," and s.norms[end + 1] == "according" and \
                s.norms[end + 2] == "to":
            close = next((k for k in range(end + 3, min(s.end, end + 12)) if s.texts[k] == ","),
                         None)
            if close is not None:
                return close + 1
        return end

    def _words_at(self, s: Sentence, start: int, n: int, wanted: frozenset[str]) -> set[str]:
        """The readings of the n tokens from ``start``, with the Arabic prepositions ب and ل
        that they carry as clitics («اتصل … بالرئيس اللبناني» has its «ب») when ``wanted``
        asks for one."""
        words = set(s.norms[start:start + n])
        if self.lang == "ar":
            # the written nisba too: «استفزازي» reads as «استفزاز» with «my» once the
            # vocabulary knows the noun, and the lists name the adjective
            for k in range(start, min(s.end, start + n)):
                full = s.fulls[k]
                if full[-1:] == "ي" and full[:-1] == s.norms[k]:
                    words.add(full)
        if self.lang == "ar" and not PREP_CLITICS.isdisjoint(wanted):
            words.update(c for k in range(start, start + n) if (c := self._prep_clitic(s, k)))
        if PERSON_WORD in wanted and any((m := s.mentions.get(k)) is not None and
                                         m.kind == "person" for k in range(start, start + n)):
            words.add(PERSON_WORD)  # «called Vladimir Putin»: an official named by name
        return words

    def _subject_phrase_ar(self, s: Sentence, end: int) -> tuple[Any, int | None]:
        """The first actor named in the titled subject that follows an Arabic verb at
        ``end`` («وزير الخارجية المصري سامح شكري») and the token after that subject (after
        its titles alone when it names no actor)."""
        k, first, last = end, None, None
        while k < min(s.end, end + 8):
            if k > end and (s.norms[k] in self.counterparts or self._prep_prefixed(s, k)):
                break  # «اتصل الرئيس المصري عبد الفتاح السيسي بنظيره اللبناني»: the partner
            m = s.mentions.get(k)
            if m is not None and m.kind != "self":
                first = first or m
                last = m.end
                k = m.end
            elif s.norms[k] in self.heads or s.norms[k] in self.fillers or \
                    s.norms[k] in self.honorifics:
                k += 1  # «عقد صاحب السمو الملكي الأمير …»: the style of address too
            else:
                break
        if last is None and k > end:
            last = k  # «وحمّلت وزارة الخارجية، في بيان، …»: a title that names no state
        return first, last

    def _passive_voice(self, s: Sentence, i: int) -> bool:
        """Whether the vowels written on the Arabic verb at token ``i`` fit a passive form of
        a lexicon verb and no active one; an unvocalised token is never passive. The last
        letter's marks (the mood ending) are not compared. The answer depends on the token's
        letters and reading alone, so it is worked out once per pair (a cue word is asked
        once per reading it has)."""
        key = (self.lang, s.texts[i], s.norms[i])
        known = _PASSIVE_MEMO.get(key)
        if known is None:
            known = self._passive_letters(key[1], key[2])
            if len(_PASSIVE_MEMO) < 100_000:
                _PASSIVE_MEMO[key] = known
        return known

    def _passive_letters(self, raw: str, reading: str) -> bool:
        if not is_vocalised(raw):
            return False
        active, passive = self.lex.vowels.get(reading, ((), ()))
        if not passive:
            return False
        letters = vowel_marks(raw)
        at = "".join(c for c, _ in letters).find(reading)
        if at < 0:
            return False
        marks = [m for _, m in letters[at:at + len(reading)]]

        def fits(form: str) -> bool:
            cand = vowel_marks(form)
            return len(cand) == len(marks) and all(
                m <= c for m, (_, c) in zip(marks[:-1], cand[:-1], strict=True))

        return any(fits(f) for f in passive) and not any(fits(f) for f in active)

    def _opens_clause(self, s: Sentence, start: int, raw: str, reading: str) -> bool:
        """Whether an Arabic verb whose bare past is also its masdar (عقد) stands where a verb
        opens a clause: first in the sentence, behind و/ف, after punctuation, a relative or a
        word of ``verb_openers`` (قد، حيث، ثم). «قبل عقد لقاء», «يستبعد عقد قمة», «لعقد
        جولة» are the masdar."""
        prefix = raw[:-len(reading)] if raw.endswith(reading) else ""
        if prefix.endswith("ل") and not reading.startswith(("ي", "ت", "ن", "أ")):
            return False  # ل before a past form: the masdar (لعقد), never the verb
        if prefix.startswith(("و", "ف")) or start == s.start:
            return True
        prev = s.norms[start - 1]
        item = s.texts[start - 1].rstrip("-–.)")
        if item != s.texts[start - 1] and item.isdigit():
            return True  # «1- أجرى الوزيران محادثات»: a numbered item opens a clause
        return s.texts[start - 1] in {"،", ",", "؛", ";", ":"} or prev in self.relative or \
            prev in self.verb_openers or \
            s.texts[start - 1] in QUOTES and (start - 1 == s.start or s.texts[start - 2] == ":")
        # («"عقد وزراء …», «وجاء في البيان: "عقد …»: a quotation opens a clause)

    def _negated(self, s: Sentence, start: int, cue_form: CueForm) -> bool:
        if cue_form.cue.self_negating or cue_form.cue.requires_negation:
            return False
        return self._negation_before(s, start, cue_form)

    def _negation_before(self, s: Sentence, start: int, cue_form: CueForm) -> bool:
        """Whether a negation governs the cue at ``start``."""
        if start > s.start and s.norms[start - 1] in self.neg_phrase_ends:
            for phrase in self.neg_phrases:
                # «stopped short of condemning», «refrained from criticising»
                if start - len(phrase) >= s.start and \
                        tuple(s.norms[start - len(phrase):start]) == phrase:
                    return True
        if cue_form.tag == "n" and not s.words().isdisjoint(self.any_words):
            # «ولم تعلن أنقرة، التي …، حتى الآن عن أي مبادرة للوساطة»: «any» under a negation
            # earlier in the sentence
            for k in range(start - 1, max(s.start, start - 3) - 1, -1):
                if s.norms[k] in self.any_words:
                    if any(s.norms[j] in self.negation for j in range(max(s.start, k - 15), k)):
                        return True
                    break
        if not s.words().isdisjoint(self.denials) and not (
                # «نفى أن … واتهم …», "denied that … and accused …": a verb coordinated
                # with the denial is the subject's own clause
                cue_form.tag in FINITE and self._conj_prefixed(s, start)):
            # «ونفى المسؤول أن تكون واشنطن تؤدي دور الوسيط», "denied that Doha was mediating":
            # what a denial's clause says is denied (rule 6)
            for k in range(start - 1, max(s.start, start - 10) - 1, -1):
                if s.texts[k] in {"،", ","} or s.norms[k] in SENT_END or \
                        self.lang == "en" and s.norms[k] in self.coord:
                    break
                if s.norms[k] in self.comp and any(
                        s.norms[j] in self.denials for j in range(max(s.start, k - 4), k)):
                    return True
        doc = s.doc
        for k in range(start - 1, max(s.start, start - 4) - 1, -1):
            n = s.norms[k]
            if n in self.comp or s.texts[k] in {"،", ","}:
                return n in self.comp and k > s.start and s.norms[k - 1] in self.neg_comp
            if (n in self.negation or n in self.negation_written) and \
                    (own := s.mention_ending_at(k + 1)) is not None and own.start < k:
                continue  # «تيريزا ماي»: the last word of a name, no «ما»
            if n in self.negation or self.lang == "ar" and n in self.negation_written and \
                    HAMZA_BELOW not in s.texts[k]:
                if k + 1 < len(doc) and s.norms[k + 1] in self.neg_cancel:
                    continue
                return True
        return False

    def _only_if(self, s: Sentence, start: int, end: int) -> bool:
        """Arabic: whether an offer at ``start`` is made only on a condition that follows it
        («سيلتقي أردوغان فقط عندما …», «لن يلتقيه إلا بعد انسحاب …»): rule 13 codes only
        the demand for that concession."""
        return self.lang == "ar" and bool(s.words() & self.only_words) and any(
            s.norms[k] in self.only_words and s.norms[k + 1] in self.when_words
            for k in range(start, min(s.end - 1, end + 8)))

    def _offer_on_condition(self, s: Sentence, end: int) -> bool:
        """Whether an offer ending at token ``end`` is tied to a condition the holder states
        after it in the same sentence («مستعد للقاء مادورو، شرط أن تبقى محكمة العدل الدولية …»,
        "ready to meet Maduro provided that …"): rule 13 codes only the demand."""
        for k in range(end, min(s.end, end + 14)):
            if self._phrase_at(s.norms, k, self.offer_conditions):
                # a concession someone must make: an actor in the condition (not «بشرط أن يتم
                # التحضير الجيد», good preparation)
                stop = next((j for j in range(k + 1, s.end) if s.texts[j] in {",", "،"}), s.end)
                return any(m.kind not in ("self", "land") for x, m in s.mentions.items()
                           if k < x < min(stop, k + 12))
        return False

    def _hypothetical(self, s: Sentence, start: int, end: int) -> bool:
        if self.lang == "en" and self._would_any_en(s, start, end):  # type: ignore[attr-defined]
            return True  # «we would welcome any gesture», «would condemn any attack» (rule 6)
        if not s.words() & self.hypo:
            return False
        first = max(s.start, start - 10)
        if self.lang == "ar" and start > s.start and s.texts[start - 1] in {"،", ","}:
            # «…، إذا لم تتوقف الهجمات، متهماً إيران …»: a cue that opens a clause after a
            # comma is outside the condition before it
            first = start
        for k in range(first, min(s.end, end + 10)):
            if s.norms[k] in self.hypo and k not in {i for m in s.mentions.values()
                                                      for i in range(m.start, m.end)}:
                if k < start <= k + 7:
                    return True  # the consent asked for itself («if both sides asked»)
                if self.lang == "en" and self._consent_if_en(s, k):  # type: ignore[attr-defined]
                    continue  # rule 13: «if both parties ask» leaves an offer standing
                if self.lang == "en" and k > end and self._past_fact_en(s, start):
                    # «said he had spoken to both leaders and offered to help "if both our
                    # friends find it useful"»: a condition after a verb in the past or the
                    # perfect belongs to what follows; what was done stays done
                    continue
                if self.lang == "ar" and self._consent_if_ar(s, k):
                    continue  # rule 13: «إذا طلب الجانبان ذلك» leaves an offer standing
                return True
        return False

    def _past_fact_en(self, s: Sentence, start: int) -> bool:
        """English: whether the verb cue at ``start`` reports a done act: after «had», «has»,
        «have» (words perfect_auxiliaries) or in a regular past form (not after a modal)."""
        if start > s.start and s.norms[start - 1] in self.perfect_aux_en:
            return True
        return s.texts[start].endswith("ed") and not (
            start > s.start and (s.norms[start - 1] in self.aux or
                                 s.norms[start - 1] in self.future))

    def _consent_if_ar(self, s: Sentence, k: int) -> bool:
        """Whether the «إذا» at token ``k`` only asks for the parties' consent and ends there
        («إذا طلب الجانبان ذلك», «إذا وافق الطرفان على ذلك», «إن طُلب منها»): rule 13."""
        j = k + 1
        if j >= s.end or s.norms[j] not in self.consent_verbs:
            return False
        j += 1
        while j < s.end and j - k <= 6 and (
                s.norms[j] in self.pair_refs or s.norms[j] in self.consent_objects or
                any(m.start == j and m.kind == "pair" for m in s.ending_at(j + 1))):
            j += 1
        return j >= s.end or s.texts[j] in {"،", ",", ".", "؛", "»", '"', "”"}

    def _future(self, s: Sentence, i: int) -> bool:
        if self.lang == "en":
            return i > s.start and s.norms[i - 1] in self.future
        full, reading = s.fulls[i], s.norms[i]
        return i > s.start and s.norms[i - 1] in self.future or \
            full.endswith(reading) and full[: len(full) - len(reading)].endswith("س")

    def _not_asked_en(self, s: Sentence, span: Any) -> bool:
        """English: whether a content match in an appeal's window is no thing asked: a
        circumstance («urged the Council in an emergency meeting to …») or «meet» as
        fulfilling («urged Mexico to meet its obligations»)."""
        return self.lang == "en" and (
            self._circumstance_en(s, span.start) or  # type: ignore[attr-defined]
            any(self._fulfils_en(s, x)  # type: ignore[attr-defined]
                for x in range(span.start, span.end)))

    def _truce_named(self, s: Sentence, before: int) -> bool:
        """Whether a truce is named before token ``before``, in the sentence or the one before
        it: «… called the truce fragile and urged all parties to adhere to it»."""
        prev = s.previous
        return any(s.norms[k] in self.truce_words for k in range(s.start, before)) or \
            prev is not None and not prev.words().isdisjoint(self.truce_words)

    def _contents(self, s: Sentence, begin: int, stop: int, want: str) -> list[tuple[str, int]]:
        """Every distinct appeal content in the window: «تجنب التصعيد ومواصلة الحوار»."""
        found: list[tuple[str, int]] = []
        first_end: int | None = None
        talk_ends: set[int] = set()
        for span, classes in self._contents_from(s, begin, stop):
            if span.start < begin and not self._infinitive_content_en(s, span.start, begin) or \
                    span.start >= stop:
                continue
            if self._not_asked_en(s, span):
                continue
            if self._time_of_ar(s, span.start):
                continue  # «اتفقا خلال الزيارة على تشكيل لجان»: the visit is when, not what
            if self._in_name(s, span.start):
                continue  # «دعت القمة العربية إسرائيل إلى …»: a word of the holder's name
            if self.lang == "en" and span.start > s.start and \
                    s.texts[span.start][:1].isupper() and s.texts[span.start - 1].isalpha() \
                    and s.texts[span.start - 1][:1].isupper():
                continue  # «the Rwanda Defence Force»: a word of a name, not what is asked
            if span.end - span.start == 1 and span.start > s.start and \
                    s.norms[span.start] in self.adjective_contents and \
                    s.norms[span.start - 1].startswith("ال") and \
                    s.norms[span.start - 1] not in self.prepositions:
                continue  # «ضمان أمن البعثات الدبلوماسية»: diplomatic missions, no diplomacy
            if first_end is not None and span.start > first_end + 6 and not (
                    # «to exercise restraint, avoid actions that may escalate tensions, and
                    # address each other's concerns through meaningful dialogue»: a list of
                    # things asked runs on past its «and»
                    span.start <= first_end + 12 and
                    any(s.norms[k] in self.coord for k in range(first_end, span.start)) and
                    # (the sides of «ومعالجة الخلافات بين لبنان والسعودية عبر الحوار» are
                    # no new addressee)
                    not any(k in s.mentions and not any(s.norms[b] in self.between
                                                        for b in range(first_end, k)) and
                            # («the UN-led political process»: a compound modifier)
                            not (s.mentions[k].end < s.end and
                                 s.texts[s.mentions[k].end] in {"-", "–"})
                            for k in range(first_end, span.start))):
                break
            for c in classes:
                if want in c.classes and c.label == "urges_restraint" and (
                        self.lang == "en" and s.norms[span.end - 1] in ("them", "it") or
                        s.norms[span.end - 1] in self.pronoun_halts) and not any(
                            s.norms[k] in self.force_nouns for k in range(s.start, span.start)) \
                        and not self._truce_named(s, span.start):
                    # «urged Israel to stop them», «وتدعو إلى وقفها»: restraint when «them»
                    # are strikes (not «محاكمة …، مطالباً بوقفها»)
                    continue
                if want in c.classes and c.label == "urges_restraint" and \
                        span.end < s.end and s.norms[span.end] in self.civil_operations:
                    continue  # «بوقف عمليات الترحيل الجماعي»: civil operations, no fighting
                if want in c.classes and c.label == "urges_restraint" and self.lang == "en" and \
                        span.end - span.start == 1 and s.norms[span.start] in self.bare_halts_en \
                        and not any(s.norms[k] in self.force_nouns or s.norms[k] in self.military_en
                                    for k in range(span.end, min(s.end, span.end + 6))):
                    continue  # «to halt the discharge», «halt settlement activity»: no fighting
                if want in c.classes and c.label == "demands_withdrawal" and \
                        span.end < s.end and s.norms[span.end] in self.withdrawn_nonforces:
                    continue  # «بسحب تصريحات رئيسة الوزراء»: a retraction, no withdrawal
                if want in c.classes and c.label == "urges_restraint" and self.lang == "ar" and \
                        any(f == "calls_for_dialogue" and span.start - e <= 3 for f, e in found) \
                        and strip_vowels(s.texts[span.start]).startswith("ل"):
                    continue  # «مفاوضات شاملة لإنهاء النزاع»: what the talks are for, not asked
                if want in c.classes and c.label == "urges_restraint" and self.lang == "en" and \
                        span.start in talk_ends and s.norms[span.start + (
                            s.norms[span.start] in self.articles)] in self.settlement_heads_en:
                    continue  # «negotiate an end to this war»: what the talks are to settle
                if want in c.classes:
                    if c.label == "calls_for_dialogue":
                        talk_ends.add(span.end)
                    if all(c.label != f for f, _ in found):
                        found.append((c.label, span.end))
                    # «to refrain from further destabilising actions and to engage in
                    # serious and sustained diplomacy»: the window runs on from the last
                    # thing asked
                    first_end = span.end if first_end is None else max(first_end, span.end)
                    break
        return found

    @staticmethod
    def _contents_from(s: Sentence, begin: int, stop: int) -> list[Any]:
        """The content matches to look at for a window: the sentence's own when the window
        lies within it, else every match of the document."""
        return s.contents if s.start <= begin and stop <= s.end else s.doc._.sg.content

    def _content(self, s: Sentence, begin: int, stop: int, want: str) -> tuple[str | None, int]:
        for span, classes in self._contents_from(s, begin, stop):
            if span.start < begin and not self._infinitive_content_en(s, span.start, begin) or \
                    span.start >= stop:
                continue
            if self._not_asked_en(s, span) or self._time_of_ar(s, span.start) or \
                    self._in_name(s, span.start):
                continue
            for c in classes:
                if want in c.classes:
                    return c.label, span.end
        return None, begin

    def _took_place_ar(self, s: Sentence, start: int) -> bool:
        """Arabic: whether a verb of taking place stands right before token ``start``, past
        adverbs of time or manner («جرى أمس اتصال هاتفي بين …»)."""
        k = start - 1
        while k > s.start and s.norms[k] in self.manner:
            k -= 1
        return k >= s.start and s.norms[k] in self.took_place

    def _infinitive_content_en(self, s: Sentence, k: int, begin: int) -> bool:
        """English: whether a content phrase at ``k`` opens with the «to» that ends the cue
        before ``begin`` («have to meet»: the content «to meet»)."""
        return self.lang == "en" and k == begin - 1 and k >= s.start and s.norms[k] == "to"

    @staticmethod
    def _in_name(s: Sentence, k: int) -> bool:
        """Whether token ``k`` lies inside an actor's name of two words or more («القمة
        العربية», "the Arab League summit"): a content word there names, it asks nothing."""
        for start in range(k, max(s.start, k - 5) - 1, -1):
            m = s.mentions.get(start)
            if m is not None:
                return m.kind == "name" and m.end - m.start >= 2 and m.end > k
        return False

    def _time_of_ar(self, s: Sentence, k: int) -> bool:
        """Arabic: whether the content at token ``k`` is an act named after a preposition of
        time («خلال الزيارة», «عقب الاجتماع»): when the stance was taken, not what it asks,
        agrees or offers."""
        return self.lang == "ar" and k > s.start and s.norms[k - 1] in self.time_preps

    def _infinitive_ok_en(self, s: Sentence, start: int, form: CueForm) -> bool:
        """Whether a verb cue after «to» still states a stance of its own; the English clause
        stage (extract/clause_en.py) knows the cases."""
        return False

    def _described_in_object_en(self, s: Sentence, start: int) -> bool:
        """Whether a verb cue only describes the object of the stance before it («condemned
        what it called …»); the English clause stage knows the cases."""
        return False

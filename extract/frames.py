"""Stage 4d — frames: how each kind of cue (appeal, readiness, talks, mediation, concern,
object) turns its arguments into typed readings (annotation rules 9, 10, 14, 20, 26)."""

from __future__ import annotations

from typing import Any

from extract.arguments import ArgumentRules
from extract.clause_en import EXPELLED
from extract.lexicon import CueForm
from extract.normalize import normalize, strip_vowels
from extract.sentence import (
    FINITE,
    MUTUAL,
    QUOTES,
    SENT_END,
    TARGET_WINDOW,
    Context,
    Holder,
    Mention,
    Reading,
    Sentence,
)

# the marks that end what an Arabic appeal asks for before a conjunct could go on with it
ASK_ENDS = frozenset({".", ":", "؛", ";"})
# the number of participants from which a meeting is a forum, not talks between its members
# (rule 15: a trilateral or four-way meeting of ministers is annotated as talks, a five-party
# consultation is not)
FORUM_SIZE = 5
# Arabic: the stances whose verb's object pronoun («اتهمها», «أدانه») is the one they are
# toward, whatever actor the rest of the sentence names
OBJECT_PRONOUN_TYPES = frozenset({"accuses", "condemns", "warns", "threatens"})


class FrameRules(ArgumentRules):

    def _titled_mention(self, s: Sentence, k: int) -> bool:
        """Arabic: an actor named at token ``k``, or after up to three title words there
        («الرئيس السوري», «نظيره الإيراني», «وزير الخارجية الإيراني»)."""
        end = min(s.end, k + 4)
        while k < end and k not in s.mentions and (
                self._definite(s.norms[k]) in self.heads or s.norms[k] in self.counterparts):
            k += 1
        return k < end and k in s.mentions

    def _helped_actor(self, s: Sentence, k: int) -> bool:
        """Whether an actor, not two sides, is named at token ``k`` (past an article), as the
        one a bare «help» is offered to («ready to help Morocco», «لمساعدة المغرب»)."""
        while k < s.end and s.norms[k] in self.articles:
            k += 1
        m = s.mentions.get(k)
        if m is None or m.kind in ("self", "land", "pair", "parties") or \
                self._is_location(s, m):
            return False
        grp = self._group(s, m, s.end)
        after = grp[-1].end
        # «ready to help Algiers and Bamako overcome their differences»: two helped to do
        # something between them is mediation, not aid
        return len(self._actors(grp)) < 2 or after >= s.end or not (
            s.texts[after].isalpha() and s.texts[after].islower() and
            s.norms[after] not in self.prepositions and s.norms[after] not in self.coord)

    def _meeting_agreed_en(self, s: Sentence, end: int) -> bool:
        """English: whether «agreed» at token ``end`` goes on with «that» and a meeting of
        theirs that «will be held» («agreed that the next session … will be held in …»)."""
        if end >= s.end or s.norms[end] != "that":
            return False
        window = s.norms[end + 1:min(s.end, end + 14)]
        return "held" in window and any(w in self.agreed_meetings_en  # type: ignore[attr-defined]
                                        for w in window[:window.index("held")])

    def _others_relations(self, s: Sentence, end: int, holder: Holder, ctx: Context,
                          speaker: Holder | None) -> tuple[list[str], int] | None:
        """The two or more sides named after «between» within four words after a cue of
        cooperation that ends at token ``end``, none of them the holder («to mend relations
        between the bloc and the three countries»), with the last token read."""
        b = next((k for k in range(end, min(s.end, end + 4)) if s.norms[k] in self.between),
                 None)
        if b is None or not holder.actors or any(x in s.mentions for x in range(end, b)):
            return None
        sides, last = self._targets(s, b + 1, holder.actors, ctx, speaker, "between",
                                    min(s.end, b + 12))
        if len(sides) < 2 or set(sides) & set(holder.actors) or last is None:
            return None
        return sides, last

    def _relative_passive_en(self, s: Sentence, k: int, ctx: Context,
                             speaker: Holder | None) -> tuple[str, ...] | None:
        """English: the actors of the antecedent when the cue at ``k`` is a passive in a
        relative clause («the movement, which is backed by Kigali», «a group that has been
        supported by Iran»; () when the antecedent is no actor), else None."""
        j = k - 1
        while j > s.start and (s.norms[j] in self.be_en or  # type: ignore[attr-defined]
                               s.norms[j] in self.aux):
            j -= 1
        if j == k - 1 or s.norms[j] not in self.relative or j <= s.start:
            return None
        e = j - 1 if s.texts[j - 1] == "," else j
        m = s.mention_ending_at(e)
        return self._resolve(m, ctx, speaker) if m is not None else ()

    def _stance(self, s: Sentence, sp, form: CueForm, holder: Holder, ctx: Context,
                subject: Holder | None, begin: int, nxt: int
                ) -> list[Reading]:
        """(type, holders, targets) readings of one cue, with the last token they used."""
        cue = form.cue
        frame = cue.frame
        label = cue.label
        speaker = subject or ctx.speaker
        if cue.target is not None:
            # «reaffirmed its commitment to the one-China principle»: toward the actor the
            # cue itself names
            return [((label, holder.actors, [cue.target] if cue.target not in holder.actors
                      else []), sp.end)]
        ctx.parties_allowed = frame in ("appeal", "concern")
        if label == "condemns" and (
                frame == "predicate" and self._judged_proposal(s, sp.start - 7, sp.start) or
                frame == "object" and cue.requires_after and
                self._judged_proposal(s, sp.end, sp.end + 3)):
            # rule 21: «said Russia's position was "not acceptable"», «called the demands
            # unacceptable»: judging what another proposed or demanded so rejects it
            label = "rejects"
        if label == "holds_talks" and (self._future(s, sp.start) or
                                       self.lang == "ar" and self._intended(s, sp.start)):
            # «سيلتقيان مجددا», «will meet», «نأمل أن نلتقي», «مستعدة للانخراط في محادثات»;
            # but «says it will summon the Iranian ambassador» announces a protest, no meeting
            label = "condemns" if cue.id in self.summon_cues else "expresses_intent_to_meet"
        if label == "agrees_with" and self.lang == "en" and sp.end < s.end and \
                s.norms[sp.end] == "that" and any(
                    c.label == "expresses_intent_to_cooperate" and "ready" in c.classes
                    for sp2, classes in self._contents_from(s, sp.end, s.end)
                    if sp.end <= sp2.start < min(s.end, sp.end + 20) for c in classes):
            # «agreed that the meeting would mark a beginning for the development of bilateral
            # relations»: what they agree on is their cooperation (rule 23)
            label = "expresses_intent_to_cooperate"
        if label == "warns" and self.lang == "ar" and any(
                f.cue.label == "threatens" and f.tag == "x" and not self._nonmilitary_ar(s, sp2.end)
                and self._cue_ok(s, sp2.start, sp2.end, f)  # type: ignore[attr-defined]
                for sp2, forms in s.cues if sp.end <= sp2.start < min(s.end, sp.end + 16)
                for f in forms):
            return []  # rule 14: «حذّر من أن إيران سترد بحزم»: the warning is a threat of force
            # (not «سترد بإجراءات مضادة»: a warning still)
        if label == "warns" and cue.id in self.step_warning_cues and any(
                s.norms[k] in self.retaliation_words
                for k in range(sp.end, min(s.end, sp.end + 4))):
            # «ستتخذ كل الإجراءات اللازمة للرد على هذا التصعيد», «will take all necessary
            # steps to respond»: steps of retaliation are a threat (rule 14)
            label = "threatens"
        if label == "threatens" and self.lang == "ar" and \
                self._nonmilitary_ar(s, max(sp.end, begin)):
            label = "warns"  # rule 14: «هدد بفرض رسوم جمركية»: sanctions or other steps
        targets: list[str] = []
        last: int | None = None
        if self.lang == "en" and label == "holds_talks" and form.tag == "n" and \
                cue.frame != "between" and any(
                f.cue.frame == "ready" and sp.start - 4 <= sp2.end <= sp.start
                for sp2, forms2 in s.cues for f in forms2):
            return []  # «agreed to keep their meetings open»: meetings intended, not held
        if self.lang == "en" and holder.source == "their":
            return self._mutual(label, holder.actors)  # «during their meeting»
        if self.lang == "en" and holder.source == "by" and \
                (antecedent := self._relative_passive_en(s, sp.start, ctx, speaker)) is not None:
            # «The rebel movement, which is backed by Kigali, also blamed Kinshasa»: the
            # passive's subject is the relative's antecedent, never an actor past the clause
            return [((label, holder.actors,
                      [a for a in antecedent if a not in holder.actors]), sp.end)]
        if self.lang == "en" and label == "holds_talks" and form.tag == "p" and \
                holder.source in ("sentence", "context"):
            return []  # «after talking to Zelensky»: whose talk the clause does not say
        if self.lang == "en" and label == "holds_talks" and form.tag == "n" and any(
                s.norms[k] in self.planned_en  # type: ignore[attr-defined]
                for k in range(max(s.start, sp.start - 4), sp.start)):
            return []  # «plans for a trilateral meeting with Japan»: not held
        if self.lang == "en" and label == "holds_talks" and form.tag == "n" and \
                sp.start - s.start <= 2 and any(
                    s.norms[k] in self.floated_en  # type: ignore[attr-defined]
                    for k in range(sp.end, min(s.end, sp.end + 24))):
            # «A meeting between the two presidents … has also been floated», «A meeting
            # with the SDF commander is being considered»: an idea, not held
            return []
        if self.lang == "en" and label == "holds_talks" and cue.frame != "between" and \
                self._mediated_here_en(s, sp.start):  # type: ignore[attr-defined]
            # rule 9: «in a meeting hosted by Egypt, X and Y held talks», «held talks brokered
            # by Qatar»: the host's mediation, no talks between the sides
            return []
        if self.lang == "en" and frame in ("object", "with") and \
                (ante := self._whom_antecedent_en(s, sp.start, holder.actors)):
            # «the Government of National Unity of Abdul Hamid Dbeibah, whom they each
            # received last month»: the relative's antecedent is the verb's object
            return [((label, holder.actors, ante), sp.end)]
        if frame == "appeal" or frame == "obligation":
            window_end = min(s.end, nxt)  # a following verb starts another clause
            if self.lang == "en":
                # «urged the Council to reject the plan …, holding up a map that he said
                # would leave …»: a participle after a comma is the subject's next act
                window_end = next((k for k in range(sp.end + 2, window_end - 1)
                                   if s.texts[k] == "," and s.texts[k + 1].islower() and
                                   s.texts[k + 1].endswith("ing") and
                                   # (not «…, including the exchange of prisoners, …»)
                                   s.norms[k + 1] not in self.prep_participles_en),
                                  window_end)
                # «as long as the Iraqi government asks us to," he said after holding talks
                # …»: a bare «to» asks nothing more (its verb is left out)
                window_end = next((k for k in range(sp.end, window_end - 1)
                                   if s.norms[k] == "to" and s.texts[k + 1] in {",", ".", ";"}),
                                  window_end)
            # (the window still ends the cue's reach: «، وقد قبل … الدعوة» names it back)
            asked_end = self._asked_clause_end_ar(s, sp.end, window_end) \
                if self.lang == "ar" else window_end
            kinds = self._contents(s, sp.end, asked_end, "appeal")
            colon = next((k for k in range(sp.end, min(s.end, asked_end + 2))
                          if s.texts[k] == ":"), None)
            if colon is not None and all(k == "demands" for k, _ in kinds):
                # «دعت روسيا وأوكرانيا إلى الالتزام بـ«المبادئ الثلاثة»: عدم توسيع ساحة
                # المعركة، وعدم تصعيد القتال»: what is asked, spelled out after the colon
                kinds += [(k, e) for k, e in self._contents(s, colon + 1,
                                                             min(s.end, colon + 20), "appeal")
                          if all(k != k2 for k2, _ in kinds)]
            if self.lang == "ar" and any(k == "demands_withdrawal" for k, _ in kinds) and \
                    self._envoys_told_to_leave(s, sp.end, kinds):
                return []  # «طلبت من السفير اللبناني مغادرة أراضيها»: an expulsion, an act
            if self.lang == "en" and (appos := self._addressee_apposition_en(
                    s, sp.end, window_end)) is not None:
                # «calls on the United States and France, the sponsors of the arrangement
                # for the cessation of hostilities …, to assume their responsibilities»: what
                # the apposition says of the addressees is not what is asked of them
                kinds = [(k, e) for k, e in kinds if not appos[0] < e <= appos[1]]
            if self.lang == "en":
                kinds = self._nested_appeal_en(s, kinds)  # «urged X to call on Y to …»
                kinds = self._asked_contents_en(s, kinds)  # type: ignore[attr-defined]
                kinds = self._withdrawn_what_en(s, sp.end, kinds)  # type: ignore[attr-defined]
                if kinds and all(k == EXPELLED for k, _ in kinds):
                    return []  # «ordered Sweden's ambassador to leave»: an expulsion, an act
            inv, iend = self._content(s, sp.end, asked_end, "invite")
            if self.lang == "en" and not kinds and inv is None and \
                    s.norms[sp.start] in self.visit_calls_en and sp.start + 1 < s.end and \
                    s.norms[sp.start + 1] in ("on", "upon") and \
                    not any(s.norms[k] in ("to", "for")
                            for k in range(sp.end, min(s.end, sp.end + 16))):
                return []  # «The Minister also called on Speaker Nabih Berri at Ain al-Tineh»
            if inv is not None and self.lang == "en" and any(
                    s.norms[k] == "not" and s.norms[k + 1] == "to"
                    for k in range(sp.end, min(asked_end - 1, sp.end + 6))):
                # «urged Beijing not to use the visit as a pretext for …»: what one is asked
                # not to do invites no one
                inv = None
            kind, cend = kinds[0] if kinds else (None, sp.end)
            if cue.condition:
                # rule 13: «يشترط للقاء أردوغان خروج …»: an offer tied to a concession is
                # coded only as the demand for that concession
                kinds = [(k, e) for k, e in kinds if k != "expresses_intent_to_meet"]
                kind, cend = kinds[0] if kinds else (None, sp.end)
            elif inv is not None and (kind is None or iend < cend or
                                      iend == cend and self.lang != "en"):
                # English «called on X and Y to resume talks» is a call for dialogue (rule
                # 10); an invitation only when no appeal content reaches as far
                kinds = [(inv, iend)]
                kind, cend = inv, iend
            default = cue.default or ("demands" if form.tag != "n" else None)
            if frame == "obligation":
                j = self._past_quotes(s, sp.end)
                m = s.mentions.get(j)
                if m is None and self.lang == "ar" and j + 1 < s.end and \
                        s.norms[j] in self.heads:
                    m = s.mentions.get(j + 1)  # «أن على تنظيم قسد إلقاء السلاح»
                if m is None or m.kind in ("self",):
                    return []
                grp = self._group(s, m, s.end)
                after = grp[-1].end
                # «يجب على X …», «لافروف: على تركيا تسوية الأمر», «أكد أن على X وقف …»: an
                # explicit obligation may go on with any verbal noun
                explicit = s.norms[sp.start] in self.must or \
                    sp.start > s.start and (s.texts[sp.start - 1] == ":" or
                                            self.lang == "ar" and
                                            s.norms[sp.start - 1] in self.comp)
                if after >= s.end or s.norms[after] not in self.obligation_links and \
                        after not in s.doc.user_data["sg_content_starts"] and \
                        not (explicit and s.fulls[after].isalpha()):
                    # «على X أن …», «يتعين على X وقف التصعيد»: what X must do follows X
                    return []
                targets = self._flatten(grp, ctx, speaker)
                last = grp[-1].end
            else:
                j = begin
                if self.lang == "ar" and form.tag in FINITE and j + 1 < s.end and \
                        holder.np_end is None and (
                            j + 1 in s.mentions or s.texts[j + 1] in {"،", ","}) and (
                            s.norms[j] in self.resolution_nouns or
                            s.norms[j] in self.statement_nouns):
                    # «ويطالب القرار إسرائيل بـ…», «ويدعو القرار، الذي صاغته …، المغرب …»:
                    # the resolution, then who is asked
                    j += 1
                if self.lang == "ar" and form.tag == "n" and j + 2 < s.end and \
                        j not in s.mentions and s.norms[j + 1] in self.addressee_preps and \
                        self._titled_mention(s, j + 2) and \
                        j not in s.doc.user_data["sg_content_starts"]:
                    # «دعوة صريحة إلى موسكو وكييف», «دعوة رسمية إلى الرئيس السوري», «إلى نظيره
                    # الإيراني»: an adjective of the noun first
                    j += 1
                if self.lang == "ar" and form.tag in FINITE and j + 2 < s.end and \
                        j not in s.mentions and s.norms[j] in self.occasion_preps and \
                        s.norms[j + 1] in self.occasion_nouns:
                    # «دعا مجلس الأمن في ختام جلسة مغلقة قوات حفتر إلى …», «خلال جلسة طارئة»:
                    # when the subject spoke, with no commas; the one asked follows it
                    k = j + 2
                    while k < min(s.end, j + 5) and k not in s.mentions and \
                            s.texts[k].isalpha() and s.norms[k] not in self.addressee_preps \
                            and s.norms[k] not in self.venue_preps:
                        k += 1  # (not «في كلمة أمام مجلس الأمن»: where it was said)
                    if k in s.mentions and s.mentions[k].kind in ("name", "adj", "person"):
                        j = k
                if j < s.end and s.norms[j] in self.addressee_preps:
                    j += 1
                if j < s.end and s.norms[j] in self.list_openers:
                    j += 1 + (j + 1 < s.end and s.norms[j + 1] in self.list_opener_links)
                modal = self._modal_target_en(s, sp, form, holder, ctx) \
                    if self.lang == "en" else []
                if self.lang == "en" and not modal and \
                        (own := self._own_modal_en(s, sp, form, holder, ctx)):
                    # «Xi said China and Russia should keep deepening their cooperation»: a
                    # modal whose subject holds the speaker states the speaker's own intent
                    # toward the others, typed by what it says; no appeal
                    return [((k, holder.actors, own), e) for k, e in kinds
                            if k in ("expresses_intent_to_cooperate", "expresses_intent_to_meet")]
                b = sp.start - 1
                if self.lang == "en" and form.tag == "x":
                    # «The international community, he said, "must act now …"»: past the
                    # quote and the reporting clause to the modal's subject
                    while b > s.start and s.texts[b] in QUOTES:
                        b -= 1
                    if b > s.start and s.texts[b] == ",":
                        c = next((x for x in range(b - 1, max(s.start, b - 6), -1)
                                  if s.texts[x] == ","), None)
                        if c is not None and any(c < sp2.start < b and
                                                 any(f.cue.label == "_speech" for f in fs)
                                                 for sp2, fs in s.cues):
                            b = c - 1
                if not modal and self.lang == "en" and form.tag == "x" and \
                        s.norms[sp.start] in self.modal_asks_en and \
                        b >= s.start and b not in s.mentions and (
                            s.texts[b][:1].isupper() or
                            s.norms[b] in self.open_subjects_en):  # type: ignore
                    # «Europe must step up pressure on Moscow»: the one a modal asks stands
                    # before it, never after; an open-ended subject is no addressee (rule 12)
                    return []
                m = self._addressee(s, j) if not modal else None
                if self.lang == "ar" and not modal and (m is None or not m.actors) and \
                        (j > begin or form.tag in ("x", "n")) and not cue.condition and \
                        j + 1 < s.end and j not in s.mentions and s.texts[j].isalpha() and \
                        s.norms[j] not in self.prepositions and s.norms[j] not in self.heads and \
                        s.norms[j] not in self.events and "ال" + s.norms[j] not in self.events and \
                        s.norms[j] not in self.resolution_nouns and \
                        not s.fulls[j].startswith("ب") and \
                        (agent := s.mentions.get(j + 1)) is not None and \
                        agent.kind in ("name", "capital") and \
                        s.norms[agent.start] not in self.resolution_nouns and \
                        not set(agent.actors) & set(holder.actors):
                    # «على ضرورة التزام العراق بتنفيذ الاتفاقية»: the one whose act the verbal
                    # noun asks for, its genitive, is asked (not «تنفيذ قرار مجلس الأمن»: an
                    # act noun's genitive is its author; nor «المطالبة بتطبيق القرار 2254»:
                    # after «ب» the verbal noun is what is asked, its genitive the object)
                    m = agent
                if not modal and (m is None or not m.actors) and \
                        (singled := self._specified_addressee(s, j)) is not None:
                    # «أدعو جميع الأطراف السياسية، وأخص بالذكر حزب الله، إلى …», «called on
                    # all parties, in particular Hezbollah, to …»: the one singled out
                    m = singled
                if m is None and not modal and self._unknown_addressee(s, j, form):
                    # «تدعو الخليج وإيران …»: an addressee the gazetteer does not know is
                    # still an addressee, so the call is not one to every side (rule 12)
                    ctx.addressed.add((s.first_char, holder.actors))
                if modal:  # «Washington should …»: the subject of the modal is asked
                    targets, last = modal, sp.end
                    for lab, e in self._purpose_contents_en(s, sp):
                        if all(lab != k for k, _ in kinds):
                            kinds.append((lab, e))
                    if kind == "demands_withdrawal":
                        more, _ = self._targets(s, cend, holder.actors, ctx, speaker, "object",
                                                min(s.end, cend + 8))
                        left = self._left_place(s, cend)
                        targets += [a for a in more if a not in targets and a not in left]
                elif m is not None and m.kind != "self" and not self._is_location(s, m) and \
                        not (form.tag == "n" and m.actors and
                             set(self._actors(self._group(s, m, s.end))) <= set(holder.actors)):
                    # («جدد الوزير الأردني دعوة الأردن إلى حوار مع …»: the holder's own call,
                    # its addressee in what it asks)
                    grp = self._group(s, m, s.end)
                    targets = self._flatten(grp, ctx, speaker, holder.actors)
                    last = grp[-1].end
                    if self.lang == "en":
                        targets = self._bloc_extend_en(s, last, targets)
                        if len(targets) >= 2:  # for a later «called on both to …»
                            self._en_state(s.doc)["addressed"] = (s.start, tuple(targets))
                    # «دعا زيلينسكي إلى موسكو»: an invitation to a capital is an offer to meet
                    k = last
                    if k + 1 < s.end and s.norms[k] in self.invite_preps:
                        place = s.mentions.get(k + 1)
                        if place is not None and place.kind in ("capital", "seat") and \
                                set(place.actors) <= set(holder.actors):
                            kinds = [("expresses_intent_to_meet", k + 2)]
                elif self.lang == "en" and j + 1 < s.end and \
                        s.norms[j] in self.joint_heads and s.norms[j + 1] == "to" and \
                        self._en_state(s.doc).get("addressed", (None,))[0] == s.start:
                    # «urged Moscow and Chisinau to … and called on both to resume dialogue»
                    targets = list(self._en_state(s.doc)["addressed"][1])
                    last = j + 1
                elif kind is not None:
                    targets, last = self._targets(s, cend if kind != "urges_restraint"
                                                  else sp.end, holder.actors, ctx, speaker,
                                                  "between" if kind == "urges_restraint"
                                                  else "object", min(s.end, cend + 8))
                    if kind == "demands_withdrawal" and (left := self._left_place(s, cend)):
                        targets = [a for a in targets if a not in left]
                    if targets and last is not None and any(
                            sp2.end <= last <= sp2.end + 3 and cend <= sp2.start and
                            any(f.cue.label == "mediates" and f.tag == "n" for f in fs2)
                            for sp2, fs2 in s.cues):
                        # «دعا إلى استئناف الحوار برعاية الأمم المتحدة»: the sponsor of the
                        # talks asked for is no one asked (rule 16 gives it its own edges)
                        targets = []
                    if not targets and self.lang == "ar" and kind == "urges_restraint":
                        # «وقف العدوان الإسرائيلي», «ضرورة وقف الحرب الإسرائيلية على القطاع»:
                        # the author of the military act that is to stop (rules 11, 20)
                        targets = self._act_author_ar(s, cend, holder.actors, ctx)
                    if not targets and self.lang == "en" and kind in ("urges_restraint",
                                                                      "demands"):
                        # «a halt to the Israeli bombardment», «the release of the hostages
                        # held by Hamas»: the author of the act that is to stop
                        targets = self._act_author_en(s, cend, min(s.end, cend + 8),
                                                      holder.actors, kind == "urges_restraint")
                    if not targets and self.lang == "en" and kind == "urges_restraint":
                        # «called for an end to these attacks» (after «Turkish jets bombarded
                        # …»): the author of the act named inside what is asked
                        targets = next(
                            ([a for a in m.actors if a not in holder.actors]
                             for k2, m in sorted(s.mentions.items()) if sp.end <= k2 < cend and
                             m.kind in ("name", "adj") and not self._is_location(s, m)), [])
                    if not targets and self.lang == "en" and kind == "urges_restraint" and \
                            cend < s.end and s.norms[cend] in self.restraint_from_en:
                        # «called for restraint from Ethiopia and Somalia»
                        targets, last = self._targets(s, cend, holder.actors, ctx, speaker,
                                                      "object", min(s.end, cend + 5))
            if not targets and self.lang == "en" and not modal and form.tag in FINITE and \
                    j < s.end and s.norms[j] in self.singular_objects_en:  # type: ignore[attr-defined]
                # «condemned Israel's raids and urged it to halt them»: the actor just named
                targets = self._previous_actor(s, sp.start, holder.actors)
                last = j + 1 if targets else last
            if not targets and self.lang == "en" and not modal and form.tag in FINITE and \
                    j < s.end and s.norms[j] in self.plural_pronouns_obj_en and \
                    self._en_state(s.doc).get("addressed", (None,))[0] == s.start:
                # «calls on both sides to exercise restraint, and encourages them to …»: the
                # addressees of the sentence's earlier appeal
                targets = [a for a in self._en_state(s.doc)["addressed"][1]
                           if a not in holder.actors]
                last = j + 1 if targets else last
            if self.lang == "en" and not modal and form.tag in FINITE and j < s.end and \
                    s.norms[j] in self.plural_pronouns_obj_en and \
                    (listed := self._previous_list(s, sp.start, holder.actors)) and \
                    set(targets) <= set(listed):
                # «condemns air strikes by the Syrian regime and by Russia, calls on them to
                # stop the offensive»: the list just named (not only the offensive's author)
                targets = listed
                last = j + 1
            if self.lang == "en" and len(targets) >= 2 and kinds and \
                    kinds[0][0] == "expresses_intent_to_meet" and \
                    not set(targets) & set(holder.actors) and \
                    not self.each_other_meeting_words.isdisjoint(s.norms[sp.end:kinds[0][1]]):
                # «urging the two leaders to meet face to face», «urged Paris and Rome to talk
                # to each other»: those asked are to meet each other, a call for dialogue
                # (rule 10), not a meeting with the holder
                kinds = [("calls_for_dialogue", kinds[0][1]), *kinds[1:]]
            if not kinds and self.lang == "ar" and form.tag == "n" and targets and \
                    m is not None and m.kind == "person" and \
                    s.norms[m.start - 1] in self.addressee_preps:
                # «سنوجه دعوتنا إلى الأسد»: a call to a leader that asks nothing is an
                # invitation (CAMEO 036)
                kinds = [("expresses_intent_to_meet", m.end)]
            labels = [k for k, _ in kinds] or ([default] if default else [])
            if not labels and targets and self.lang == "ar" and form.tag == "n" and \
                    last is not None and last < s.end and s.fulls[last].startswith("ل") and \
                    s.fulls[last].isalpha() and last not in s.mentions:
                # «وجّه دعوة إلى طهران للسماح بعودة المفتشين»: a call on an addressee to
                # do something (rule 10: anything else is a demand)
                labels = ["demands"]
            if not labels:
                return []
            if not targets and self.lang == "en":
                # «demanded an explanation from Israel»
                src = next((x for x in range(sp.end, min(s.end, sp.end + 8))
                            if s.norms[x] == "from" and x + 1 in s.mentions), None)
                if src is not None and not self._is_location(s, s.mentions[src + 1]):
                    targets, last = self._targets(s, src + 1, holder.actors, ctx, speaker,
                                                  "object", min(s.end, src + 4))
            if not targets and self.lang == "en" and "demands" in labels:
                # «demanded the immediate release of all detained personnel»
                targets = self._detainer_en(s, sp.end, min(s.end, sp.end + 8), holder.actors)
            if not targets and self.lang == "en" and holder.source == "by" and \
                    sp.start > s.start and s.norms[sp.start - 1] in self.be_en:
                # «Hamas was urged by Egypt to accept …»: the passive's subject is asked
                asked = self._subject_en(s, sp.start, ctx)  # type: ignore[attr-defined]
                if asked is not None:
                    targets = [a for a in asked.actors if a not in holder.actors]
            if not targets and kind == "demands_withdrawal":
                # «must begin with Turkish troop withdrawal»: the forces named before the word
                targets = self._previous_actor(s, cend, holder.actors, start=sp.end)
            if self.lang == "ar" and form.tag in FINITE and (
                    not targets or self._third_party_at(s, last)) and \
                    self._object_pronoun(s, sp.start):
                # «وتطالبها بالوقف الفوري …», «حثّهما على ضبط النفس»: the addressee is the
                # verb's object pronoun, the actor (or, for «هما», the two) just named; an
                # actor after a preposition is a third party («طالبته بالتدخل لدى لوكاشينكو»,
                # rule 20)
                targets = self._pronoun_antecedents(s, sp.start, holder.actors) or targets
            # what is asked for is no stance of the holder's own («to end its support for …»)
            addressee_end = last
            if self.lang == "en" and kinds and addressee_end is not None and \
                    "demands" not in labels and (
                        self._first_ask_untyped_en(  # type: ignore[attr-defined]
                            s, addressee_end, window_end) or
                        self._later_ask_untyped_en(  # type: ignore[attr-defined]
                            s, max(e for _, e in kinds), window_end)):
                # rule 10: «to honour their commitments and settle their differences through
                # dialogue», «to stop its operations and to let aid in»: a thing asked that
                # is typed by nothing is a demand
                labels = [*labels, "demands"]
            if self.lang == "ar" and kinds and targets and addressee_end is not None and \
                    "demands" not in labels and (
                        self._first_ask_untyped_ar(s, addressee_end, window_end) or
                        self._later_ask_untyped_ar(s, max(e for _, e in kinds), window_end)):
                # «بتقديم اعتذار رسمي، وسحب قواتها», «بوقف هجماتها فوراً، وبرفع الحصار»
                labels = [*labels, "demands"]
            if targets and addressee_end is not None and any(
                    s.norms[k] in self.compel or self.lang == "ar" and s.fulls[k] in self.compel
                    for k in range(sp.end, addressee_end) if k not in s.mentions):
                # rule 20: «called on the international community to compel Israel to end its
                # occupation»: the actor found is the one to be compelled; the addressee
                # asked is none the gazetteer knows, so the demand has no edge
                return []
            last = max(last or 0, window_end)
            compelled = self._compelled(s, addressee_end, window_end, ctx, speaker,
                                        tuple(targets)) \
                if targets and addressee_end is not None else []
            if compelled:
                # rule 20: asking the addressee to compel a third party («تطالب مجلس الأمن
                # بإلزام تركيا بسحب قواتها») is a demand toward the addressee; what the
                # third party must do is asked of it
                readings: list[Reading] = [(("demands", holder.actors, targets), last)]
                return readings + [((lab, holder.actors, compelled), last) for lab in labels
                                   if lab != "demands"]
            partners = self._dialogue_partners(s, addressee_end, holder, targets, ctx,
                                               speaker) \
                if self.lang == "ar" and "calls_for_dialogue" in labels and targets and \
                addressee_end is not None else []
            return [((lab, holder.actors, targets + (partners if lab == "calls_for_dialogue"
                                                     else [])), last) for lab in labels]
        elif frame == "ready":
            # «ready to meet», «prepared to hold a new round of direct talks with»: the
            # content within the clause (a comma ends it)
            reach = next((k for k in range(sp.end, min(s.end, sp.end + 10))
                          if s.texts[k] in {",", "،"}), min(s.end, sp.end + 10))
            if self.lang == "ar":
                for k in range(sp.end, min(reach, sp.end + 4)):
                    if s.norms[k] in self.with_ and \
                            (every := self._all_sides(s, k + 1, holder, ctx)) is not None:
                        # «على استعداد للعمل مع جميع الأطراف لوقف التصعيد»: an offer to
                        # work with every side is an offer to mediate (rules 11, 16)
                        return [(("mediates", holder.actors, every), k + 2)]
            if self.lang == "en" and len(set(holder.actors)) >= 3 and any(
                    s.norms[k] in self.group_meetings_en for k in range(sp.end, reach)):
                return []  # «and agreed to keep their meetings open»: a group's own forum
            if self.lang == "ar":
                # «لا تسعى إلى الحرب وأنها مستعدة للجلوس مع بكين»: the next readiness has its
                # own content (among the cues that hold: «تسعى» is one)
                reach = self._next_ready(s, s.ok_cues or [], sp.end, reach)
            if cue.default and self._shared_view(s, sp.end, reach):
                return []  # «اتفقا على أهمية …»: a view they share, no agreement reached
            kind, cend = self._content(s, sp.end, reach, "ready")
            if kind is not None and s.norms[cend - 1] in self.bare_help and \
                    cend - 1 in s.doc.user_data["sg_content_starts"] and \
                    not self._helped_actor(s, cend):
                return []  # «ready to help resolve the dispute»: no one helped is named
            if kind is None and cue.default:
                kind, cend = cue.default, sp.end
            if kind is None:
                return []
            ready_label = {"calls_for_dialogue": "expresses_intent_to_meet",
                           "urges_restraint": None, "demands_withdrawal": None}.get(kind, kind)
            if ready_label is None:
                return []
            label = ready_label
            if label == "expresses_intent_to_cooperate" and self._background(s, sp):
                return []  # rule 23: an agreement the article recalls, not one of its news
            comma = next((k for k in range(cend, min(s.end, cend + 10))
                          if s.texts[k] in {",", "،"}), min(s.end, cend + 10))
            if self.lang == "en":
                # «ready to sign the treaty and was prepared to meet Aliyev»: the next
                # readiness has its own content and partner
                comma = self._next_ready(s, s.cues, cend, comma)
            targets, last = self._targets(s, cend, holder.actors, ctx, speaker, "object",
                                          comma)
            if self.lang == "en" and len(set(holder.actors)) == 1 and cend > sp.end and \
                    s.norms[cend - 1] in self.together_words_en:
                # «congratulates Erdoğan and says he looks forward to working together ahead of
                # the alliance's Vilnius summit»: together with the one just named, never an
                # actor after («as NATO allies», a summit's venue)
                targets, last = self._previous_actor(s, sp.start, holder.actors), None
            if not targets:
                # «على استعداد للانخراط مع إيران في حوار جاد», "ready to engage with Iran in
                # serious dialogue": the partner named with «مع» before what is offered
                w = next((k for k in range(sp.end, cend - 1) if s.norms[k] in self.with_ and
                          k + 1 in s.mentions), None)
                if w is not None:
                    targets, _ = self._partner(s, w + 1, cend, holder.actors, ctx, speaker)
            if targets and self.lang == "ar":
                # «اتفقت X وY على استئناف الحوار برعاية تركية / برعاية المبعوث التركي»: the
                # sponsor named after a noun of mediation is no partner (rule 16 gives it
                # its own edges)
                named = {a for sp2, forms2 in s.cues if cend <= sp2.start < comma and
                            any(f.cue.label == "mediates" for f in forms2)
                            for k in range(sp2.end, min(s.end, sp2.end + 3))
                            if (m := s.mentions.get(k)) is not None for a in m.actors}
                targets = [a for a in targets if a not in named]
            if targets and len(holder.actors) >= 2 and label in MUTUAL and \
                    last is not None and any(s.norms[k] in self.topic_preps
                                             for k in range(cend, last)):
                # «Trump and Putin agreed to start negotiations on Ukraine»: an actor past
                # «on», «about» is what the two will meet about (rule 17), not a partner
                targets = []
            if not targets and cend > sp.end and self._object_pronoun(s, cend - 1):
                # «مبديا استعداده للقائه»: the one just named
                targets = self._previous_actor(s, sp.start, holder.actors)
            if not targets and self.lang == "en" and kind == "calls_for_dialogue" and \
                    s.words().isdisjoint(self.hypo) and \
                    not any(s.norms[k] in self.with_ for k in range(sp.end, comma)):
                # «Doha offered instead "a proper condition for a dialogue"»: an offer of
                # dialogue that names no one is made to those the holder is at odds with
                # in this article (rule 12)
                targets = self._conflict_partner_en(holder, ctx, ties=True)  # type: ignore
            if label == "expresses_intent_to_meet" and s.norms[sp.start] in self.hope and \
                    targets and not set(targets) & set(holder.actors) and any(
                        s.norms[k] in self.between or s.norms[k] in self.gather_verbs
                        for k in range(cend, last if last is not None else comma)):
                # rules 16, 19: «تأمل في عقد قمة بين قادة دول الخليج وإيران», «أمله في عقد قمة
                # تجمع الطرفين»: a hope that others meet is a wish, neither talks nor an offer
                return []
            if (label == "expresses_intent_to_meet" or
                    label == "expresses_intent_to_cooperate" and (
                        self._agreement_content(s, cend) or
                        self._named_between(s, cend, comma, holder.actors))) \
                    and targets and not set(targets) & set(holder.actors) and (len(targets) >= 2 and any(
                        s.norms[k] in self.between or s.norms[k] in self.host_verbs
                        for k in range(sp.end, comma) if last is None or k < last) and
                        # («proposed consultations between border agencies»: sides the
                        # sentence does not name are not whom it offers to bring together)
                        any(k in s.mentions for k in range(sp.end, comma)) or
                        # «to facilitate a dialogue between the bloc and the military
                        # authorities»: one side that maps to an actor (rule 12)
                        self.lang == "en" and last is not None and last > s.start and any(
                            s.norms[k] in self.between
                            for k in range(max(sp.end, last - 3), last))):
                # "ready to facilitate talks between X and Y», «مستعدة لاستضافة محادثات بين
                # X وY», «prepared to host the foreign ministers of the two countries»: talks
                # between others that the holder offers to bring about (rules 9, 11); so too
                # an agreement between others («ترغب في التوصل إلى اتفاق بين الجانبين»)
                label = "mediates"
            if not targets and len(holder.actors) >= 2 and label in MUTUAL:
                # «Russia and Ukraine agreed to exchange prisoners»: mutual (rule 26), not
                # «Canada and Japan pledged to enforce the sanctions»
                if cue.default == label and self.lang == "ar":
                    # «اتفقتا على وقف إطلاق النار … بوساطة قطرية»: the parties of the
                    # agreement are the sides of its mediation (rule 16)
                    ctx.named_pairs.append((s.first_char, tuple(holder.actors)))
                out = self._mutual(label, holder.actors)
                if self.lang == "en":
                    # «agreed to hold the next round of their dialogue …, and to strengthen
                    # coordination»: each thing agreed to, typed by itself
                    for lab in self._further_intents_en(s, cend):  # type: ignore[attr-defined]
                        if lab != label:
                            out += self._mutual(lab, holder.actors)
                return out
        elif frame == "genitive" and self.lang == "en" and len(holder.actors) >= 2 and \
                sp.start - 3 >= s.start and s.norms[sp.start - 1] in ("'s", "'") and \
                self._reciprocal(s, sp.start - 3):
            # rule 26: «affirmed their respect for each other's sovereignty»
            return self._mutual(label, holder.actors)
        elif frame == "genitive" and self.lang == "en":
            head = self._list_head(s, sp.start)
            owner = s.mentions.get(head) if head < sp.start else None
            if owner is not None and owner.end < s.end and s.norms[owner.end] in ("'s", "'"):
                # «Syria's security, stability, unity and sovereignty»: the list's possessor
                pos = owner.end
            else:
                pos = sp.start - 1
            while pos > s.start + 1 and pos >= sp.start - 3 and s.fulls[pos].isalpha() and \
                    s.texts[pos].islower() and s.norms[pos] not in self.articles and \
                    s.norms[pos - 1] != "of":
                pos -= 1  # «Washington's continued involvement in hostilities»
            if not (pos > s.start and s.norms[pos] == "'s"):
                pos = sp.start - 1
            of = self._list_tail_en(s, sp.end)  # type: ignore[attr-defined]
            of_each = of + 2 < s.end and s.norms[of] == "of" and \
                s.norms[of + 2] in self.reciprocal_en and s.norms[of + 1] in ("each", "one")
            if of_each or pos > s.start + 2 and s.norms[pos] == "'s" and \
                    s.norms[pos - 1] in self.reciprocal_en:
                # «(said that) Armenia and Azerbaijan recognised each other's territorial
                # integrity», «respect for the sovereignty of each other»: the two subjects
                # of the verb, each toward the other (rule 26)
                sides = holder.actors
                if len(sides) < 2:
                    h2 = self._subject_en(s, (sp.start if of_each else pos) - 3, ctx)
                    sides = h2.actors if h2 is not None else ()
                if len(sides) >= 2:
                    return self._mutual(label, sides)
            if pos > s.start and s.norms[pos] == "'s":
                m = s.mention_ending_at(pos)
            elif of + 1 < s.end and s.norms[of] == "of":
                m = s.mentions.get(of + 1) or (  # «the aggressive course of the US»
                    s.mentions.get(of + 2) if s.norms[of + 1] in self.articles
                    else None)
            else:
                # «Lebanese sovereignty», «Armenian provocations»
                m = next((x for x in s.mentions.values() if x.end == sp.start and
                          x.kind in ("adj", "land")), None)
                if m is not None and m.kind == "land":
                    m = Mention(m.start, m.end, "adj", m.actors, m.gender, m.text)
                if m is None and label == "accuses" and \
                        (so_called := self._named_object_en(s, sp.start, holder.actors)):
                    # «called the low-altitude flight of a Japanese patrol plane "a clear
                    # provocation"»: the actor of what is so named
                    targets = so_called
                elif m is None and label == "accuses":
                    # «Armenia preferred provocations»: the subject of the verb before
                    v = sp.start - 1
                    while v > s.start and s.norms[v] in self.determiners_en:
                        v -= 1
                    if v > s.start and s.texts[v].isalpha() and s.texts[v].islower() and \
                            s.norms[v] not in self.prepositions and v not in s.mentions:
                        h = self._subject_en(s, v, ctx)
                        if h is not None and h.source == "svo":
                            targets = [a for a in h.actors if a not in holder.actors]
            if m is not None and m.kind not in ("self", "land") and m.start > sp.start:
                # «the sovereignty of Syria and Lebanon»: each of the list (rule 4)
                grp = self._group(s, m, s.end)
                targets = self._flatten(grp, ctx, speaker)
                last = grp[-1].end
            elif m is not None and m.kind not in ("self", "land"):
                targets = list(self._resolve(m, ctx, speaker))
            elif m is None and label == "affirms_sovereignty":
                # «stood with Guyana and supported its sovereignty», «his country's
                # sovereignty»: the actor the pronoun points back to, never the holder
                targets = self._possessor_pronoun_en(  # type: ignore[attr-defined]
                    s, sp.start, holder.actors)
        elif frame == "genitive":
            j = sp.end
            while j < s.end and s.norms[j] in self.territory:
                j += 1
            if len(holder.actors) >= 2 and self._reciprocal(s, j):
                # rule 26: «يؤكد الطرفان احترامهما لسيادة كل منهما», "each other's
                # sovereignty": each holder toward the other
                return self._mutual(label, holder.actors)
            m = s.mentions.get(j)
            if m is not None and m.kind not in ("self",):
                grp = self._group(s, m, s.end)  # «سيادة سوريا ولبنان»: each (rule 4)
                targets = self._flatten(grp, ctx, speaker)
                last = grp[-1].end
            elif self.lang == "ar" and j - 1 not in s.mentions and \
                    s.texts[j - 1].endswith(("ها", "ه")) and \
                    (j > sp.end or strip_vowels(s.texts[sp.start]).startswith("و")):
                # «وقوف بلاده إلى جانب سوريا ودعمها لوحدة أراضيها»: the territory's
                # pronoun points back to the state just named, as does the noun's own in a
                # list («التزام الجامعة بأمن قطر وسيادتها»); when that is the holder itself
                # («اعتداء على سيادة الصومال ووحدة أراضيه», said by Somalia), no one else
                fem = s.texts[j - 1].endswith("ها")
                prev = [m for m in s.mentions.values() if s.start <= m.start < sp.start and
                        m.kind in ("name", "capital", "adj") and m.actors and
                        (m.gender == "f") == fem and not self._is_location(s, m)]
                # (the pronoun's gender picks its antecedent: «حدود إسبانيا هي حدود الاتحاد،
                # واحترام سلامة أراضيها»)
                if prev:
                    targets = [a for a in max(prev, key=lambda m: m.start).actors
                               if a not in holder.actors]
                else:
                    targets = self._previous_actor(s, sp.start, holder.actors)
                last = j
        elif frame == "concern" and self.lang == "en" and sp.end + 1 < s.end and \
                s.norms[sp.end] == "to" and sp.start > s.start and s.norms[sp.start - 1] != "of":
            # «had conveyed its concern to India»: the state it was conveyed to (not «a matter of
            # concern to Iran», Iran's own; a body it was voiced to is a forum)
            targets, last = self._targets(s, sp.end + 1, holder.actors, ctx, speaker, "object",
                                          min(s.end, sp.end + 6))
            targets = [t for t in targets if t not in self.org_ids]
        elif frame == "concern":
            for k in range(sp.end, min(s.end, sp.end + 5)):
                if s.norms[k] in self.concern:
                    # what the concern is about ends where an adjunct begins («إزاء تصاعد
                    # التوتر في المنطقة عقب الضربات …»: the strikes are the occasion)
                    stop = next((j for j in range(k + 2, min(s.end, k + 10))
                                 if s.norms[j] in self.circumstance - self.in_preps or
                                 s.texts[j] in {"،", ","}), min(s.end, k + 10))
                    # «concern over the violence in Tripoli and urges X to …»: a situation
                    # in a place (rule 17) is no act of the one a coordinated verb then asks
                    # (but «concerned by the strikes and urged Israel to stop them»: the
                    # strikes' author is the one asked)
                    cue_starts = {sp2.start for sp2, _ in s.cues}
                    verb = next((j for j in range(k + 2, stop) if s.norms[j] in self.coord
                                 and j + 1 in cue_starts), None)
                    if verb is not None and any(
                            k < m.start < verb and self._is_location(s, m)
                            for m in s.mentions.values()):
                        stop = verb
                    targets, last = self._targets(s, k + 1, holder.actors, ctx, speaker,
                                                  "object", stop)
                    break
            else:
                if self.lang == "en" and sp.start > s.start and s.norms[sp.start - 1] == "with":
                    # «noted with concern a tendency of India to …», «note with deep concern
                    # the resignation of the prime minister and the continued use of lethal
                    # force by the Sudanese security forces»: what is noted, up to a comma
                    reach = next((k for k in range(sp.end, min(s.end, sp.end + 16))
                                  if s.texts[k] in {",", ";", ":"}), min(s.end, sp.end + 16))
                    targets, last = self._targets(s, sp.end, holder.actors, ctx, speaker,
                                                  "object", reach)
                    if not targets:
                        # rule 14: «was following the exchange of fire between the two
                        # countries with concern»: the sides of what is followed
                        targets, _ = self._targets(s, max(s.start, sp.start - 14),
                                                   holder.actors, ctx, speaker, "between",
                                                   sp.start - 1)
                elif self.lang == "en":
                    # «voiced concern that Iran had enriched uranium»: the clause's subject
                    targets = self._that_subject_en(s, sp.end, holder.actors)
        elif frame == "with" and label == "agrees_with" and self.lang == "en" and \
                len(holder.actors) >= 2 and self._meeting_agreed_en(s, sp.end):
            # «agreed that the next session of the commission will be held in Harare»: an
            # agreement to meet again (rule 26), not a shared view
            return self._mutual("expresses_intent_to_meet", holder.actors)
        elif frame == "with" and label == "agrees_with" and self.lang == "en" and \
                len(holder.actors) >= 2 and sp.end < s.end and s.norms[sp.end] == "that" and \
                not set(s.norms[sp.end + 1:min(s.end, sp.end + 8)]).isdisjoint(
                    self.future_modals_en):  # type: ignore[attr-defined]
            # «The two presidents agreed that our trade teams will keep working on a deal»: a
            # course of action agreed on (rule 23), not a shared view
            return self._mutual("expresses_intent_to_cooperate", holder.actors)
        elif frame == "with" and self.lang == "en" and cue.id in self.pair_only_en and \
                not set(s.norms[sp.start:min(s.end, sp.end + 4)]) & self.with_:
            # «the two ministers discussed …» (rule 15): talks only between a pair of holders
            return self._mutual(label, holder.actors) if len(holder.actors) >= 2 else []
        elif frame == "with" and cue.reach:
            # a meeting named in passing («خلال لقائه ماكرون», «في مؤتمر صحفي مشترك مع
            # نظيره»): its partner follows at once, or after مع; a place right after the
            # noun («مباحثات أستانا») names where, not with whom
            # «عقب اجتماع مجلس محافظي الوكالة»: a body's own session names no partner
            body = self.lang == "ar" and self._body_session(s, sp.end)
            targets, last = ([], None) if body else self._partner(
                s, begin, min(s.end, begin + cue.reach), holder.actors, ctx, speaker)
            if not targets:
                # «بعد اجتماع صيغة أستانا في الدوحة حول التسوية مع نظيريه …»: the partner
                # after مع further on in the same clause
                w = next((j for j in range(begin, min(s.end, begin + 12))
                          if s.norms[j] in self.with_ or s.texts[j] in {"،", ","}), None)
                if w is not None and s.norms[w] in self.with_:
                    targets, last = self._partner(s, w + 1, min(s.end, w + 4),
                                                  holder.actors, ctx, speaker)
            if not targets and body:
                return []
            if not targets and len(holder.actors) >= 2:
                full = s.fulls[sp.end - 1]
                if self.lang == "ar" and full.endswith(("ها", "ه")) and \
                        not full.endswith(("هما", "هم")) and full != s.norms[sp.end - 1]:
                    # «التي أقرتها إيكواس في قمتها الأخيرة»: one actor's own meeting, not
                    # talks among the sentence's subjects
                    return []
                return self._mutual(label, holder.actors)  # «خلال محادثاتهما»
        elif frame == "with" and label == "expresses_intent_to_cooperate" and \
                (between := self._others_relations(s, sp.end, holder, ctx, speaker)):
            # rule 16: «seeking to mend relations between Rwanda and Congo», «يسعى إلى تحسين
            # العلاقات بين الرباط ونواكشوط»: mending the relations of two others is mediation
            return [(("mediates", holder.actors, between[0]), between[1])]
        elif frame == "with" and self.lang == "en" and label == "holds_talks" and \
                holder.source == "by" and form.tag in FINITE and \
                (received := self._subject_en(s, sp.start, ctx)) is not None and \
                self.pair_ref_openers.isdisjoint(
                    normalize(w) for w in (received.speaker or "").split()) and \
                len(guest := [a for a in received.actors if a not in holder.actors]) == 1:
            # «Russia's deputy foreign minister was received by Araghchi …, and the two sides
            # discussed …»: the one received is the passive's subject, before the verb (one
            # actor: «The two ministers were received by …» is left to the reading after it)
            return [((label, holder.actors, guest), sp.end)]
        elif frame == "with":
            stop = min(s.end, max(nxt, sp.end + 2))
            if self.lang == "ar":
                # «مؤكدين تطابق موقفي بلديهما إزاء الأزمة، كما جددا التأكيد على … السودان»:
                # the partner is never sought past the next clause
                stop = next((k for k in range(begin + 1, stop) if s.norms[k] in self.clause_links
                             and s.texts[k - 1] in {"،", ","}), stop)
            pronoun = False
            reach = 14 if self.lang == "en" else 8  # «discussed X on the border with Y»
            if self.lang == "ar":
                # «تريد علاقات طيبة مع جارتها" وإنها "مستعدة للجلوس مع …»: a clause joined
                # by «وإن», «وأن» is another's
                stop = next((k for k in range(begin + 1, stop) if s.fulls[k].startswith("و") and
                             (s.norms[k] in self.comp or s.norms[k][1:] in self.comp)), stop)
            for k in range(begin, min(stop, begin + reach)):
                if s.norms[k] in self.with_pronoun and not (
                        # («received the Philippine ambassador and informed him of …»: the
                        # object of another verb)
                        self.lang == "en" and k > begin and s.norms[k - 1] not in self.with_
                ) and not (
                        self.lang == "en" and k + 1 < s.end and (
                            k + 1 in s.mentions or s.norms[k + 1] in self.counterparts or
                            s.norms[k + 1] in self.heads)):  # «her Peruvian counterpart»
                    pronoun = True  # «اتصال هاتفي أجراه معه»: the partner was named before
                    break
                if s.norms[k] in self.with_ and label == "holds_talks" and \
                        (every := self._all_sides(s, k + 1, holder, ctx)) is not None:
                    # «تواصل مصر وقطر اتصالاتهما مع الطرفين»: contacts with every side of
                    # a dispute are mediation (rule 16)
                    return [(("mediates", holder.actors, every), k + 2)]
                if s.norms[k] in self.with_ and self.lang == "en" and k - 1 > sp.end and \
                        s.norms[k - 1] in self.talk_nouns_en and \
                        set(s.norms[sp.end:k - 1]).isdisjoint(cue.requires_after):
                    # («held a second round of talks with Somalia»: the talks the verb holds)
                    # «discussed plans for a meeting with Japan»: the meeting's partner, not
                    # the verb's; the partner of the verb is not found after it
                    pronoun = True
                    break
                if s.norms[k] in self.with_:
                    partner_stop = stop
                    if self.lang == "ar" and k + 1 < s.end and k + 1 not in s.mentions and \
                            s.norms[k + 1] not in self.counterparts:
                        # «ستتشاور مع شركائها الدوليين بشأن البرنامج النووي الإيراني»: a
                        # partner no actor names; the topic after it names none
                        partner_stop = next((x for x in range(k + 2, stop)
                                             if s.norms[x] in self.topic_preps and
                                             s.norms[x] != "من"), stop)
                        if any(x in s.mentions for x in range(k + 1, partner_stop)):
                            partner_stop = stop  # («مع رئيس الوزراء الإسرائيلي بشأن …»)
                    targets, last = self._targets(s, k, holder.actors, ctx, speaker, "object",
                                                  partner_stop)
                    if not targets and partner_stop < stop:
                        return []
                    if targets and self.lang == "en" and label == "holds_talks":
                        targets += [a for a in self._later_partners_en(s, k + 1, holder.actors,
                                                                       ctx, speaker)
                                    if a not in targets]
                    if not targets and label in MUTUAL and (
                            holder.source == "context" or self.lang == "en" and
                            k <= sp.end + 1 and k + 1 < s.end and
                            s.norms[k + 1] in self.articles):
                        # «keep cooperating with the technical secretariat»: an English
                        # partner after «with» that names no actor is not the holders' own
                        # «after a heated exchange with a Saudi commentator»: a partner with
                        # no id; the holder of the article's context did not talk among itself
                        return []
                    break
            if not targets and not pronoun and self.lang == "ar" and (
                    label == "holds_talks" or label == "agrees_with" and
                    # «توافق الوزيران على رفض …»: a view the two share
                    self._shared_view(s, sp.end, min(s.end, sp.end + 8))) and \
                    len(holder.actors) >= 2 and holder.source in ("vso", "svo", "np", "parties"):
                # «بحث خلاله الجانبان آخر التطورات في …», «تبادل الجانبان وجهات النظر حول
                # أزمة أوكرانيا»: a joint subject with no partner after مع talks together
                # (rule 15); an actor in the topic is no partner; «بحث الوزيران الصفدي وفيدان
                # …، وأكدا ضرورة وقف التصعيد بين X وY»: nor are the sides of a later clause
                if label == "holds_talks" and not s.words().isdisjoint(self.sponsor_links):
                    # «بوساطة أمريكية، عقد وزيرا خارجية …», "met in Luanda under the
                    # chairmanship of the President of Angola, mediator …": brokered (rule 9)
                    return []
                return self._mutual(label, holder.actors)
            if not targets and not pronoun and self.lang == "en" and label == "holds_talks" \
                    and len(holder.actors) >= 2 and form.tag in FINITE and begin < s.end and \
                    s.texts[begin].isalpha() and s.texts[begin].islower() and \
                    s.norms[begin] not in self.articles and begin not in s.mentions and \
                    s.norms[begin] not in self.with_pronoun and \
                    not set(s.norms[sp.end:stop]) & self.with_:
                # «Lithuanian and Polish foreign ministers meet on Belarus border security»,
                # «met on Monday to discuss …»: a joint subject whose verb takes no object met
                # each other; what follows is the topic (rule 15); not under a chair or a
                # mediator (rule 9)
                if not s.words().isdisjoint(self.sponsor_links):
                    return []
                return self._mutual(label, holder.actors)
            if not targets and not pronoun:
                targets, last = self._targets(s, begin, holder.actors, ctx, speaker, "object",
                                              stop)
                if targets and label in MUTUAL and begin < s.end and \
                        s.norms[begin] in self.counterparts and self._conj_prefixed(s, begin):
                    # «بحث وزير الخارجية التركي ونظيره المصري …»: the two ministers
                    # discussed, so the talks go both ways (rule 15)
                    return self._mutual(label, (*holder.actors, *targets))
            if targets and label in ("agrees_with", "holds_talks") and len(holder.actors) >= 2 and \
                    last is not None and any(s.norms[k] in self.topic_preps
                                             for k in range(sp.end, last)):
                # «سجل الوزيران تطابق وجهات نظر البلدين إزاء الأوضاع في منطقة الساحل ومالي»:
                # an actor past «إزاء/حول/بشأن», "on", is the topic the two agree about (rule 17);
                # so for talks («held two days of discussions in Cairo, covering … Libya, Syria»)
                targets = []
            if not targets and label in MUTUAL:
                if label == "agrees_with" and self._agreed_to_act(s, begin):
                    return []  # «اتفقا على عقد جولة ثانية»: an agreement to act, typed by it
                if len(holder.actors) >= 2:
                    if label == "holds_talks" and \
                            not s.words().isdisjoint(self.sponsor_links):
                        return []  # «بوساطة أمريكية، عقد الوزيران …»: brokered (rule 9)
                    return self._mutual(label, holder.actors)
                if label == "agrees_with" and not set(s.norms[sp.end:stop]) & self.with_:
                    return []  # «اتفقا على …» with no joint subject named: agreed with whom?
                if not (self.lang == "en" and label == "holds_talks" and
                        holder.source != "by"):
                    # «received by Syria's leader»: the guest named before; but «Paris would
                    # study the text before the Security Council meets» names no partner
                    targets = self._previous_actor(s, sp.start, holder.actors)
        elif frame == "between":
            # «بوساطة قطرية وإماراتية»: the mediators named after the noun are no sides
            after = max(sp.end, holder.np_end or 0) if holder.source == "genitive" else sp.end
            targets, last = self._targets(s, after, holder.actors, ctx, speaker, "between",
                                          min(s.end, sp.end + 10))
            if not targets and self.lang == "ar" and cue.id in self.carried_between_cues:
                # «نقلت إلى بيروت رسالة من الجانب الإسرائيلي»: the message goes from one side
                # to the other
                targets = list(dict.fromkeys(
                    a for m in sorted(s.mentions.values(), key=lambda m: m.start)
                    if m.start > sp.end and (s.norms[m.start - 1] in self.from_to or
                                             s.norms[m.start - 1] in self.heads and
                                             s.norms[m.start - 2] in self.from_to)
                    and m.kind in ("name", "capital", "adj", "seat") for a in m.actors
                    if a not in holder.actors))
                if len(targets) < 2:
                    targets = []
            if not targets and label == "mediates" and self.lang == "en":
                # rules 9, 16: «hosted his third trilateral meeting with Azerbaijan's President
                # … and Armenia's Prime Minister …»: the two the host met together
                targets, last = self._trilateral_sides_en(s, sp.end, holder, ctx, speaker)
            if label == "mediates" and self.lang == "en" and len(targets) >= 2 and \
                    last is not None:
                # «mediated between Israel and Hamas alongside Qatar and the United States»:
                # the co-mediators named after the sides
                side = next((s.mentions[x] for x in range(last, min(s.end, last + 8))
                             if x in s.mentions), None)
                end = self._group(s, side, s.end)[-1].end if side is not None else last
                co = [a for a in (*self._together_en(s, end, enclosed=False),  # type: ignore
                                  *self._worked_with_en(s, sp.start))  # type: ignore
                      if a not in targets and a not in holder.actors]
                co = list(dict.fromkeys(co))
                if co:
                    return [((label, holder.actors, targets), last),
                            ((label, tuple(co), targets), last)]
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
                if label != "mediates":
                    return []
                # «وسيطاً بين الجارين» after the mediator's own visit: the last pair holds the
                # mediator, so the sides are the discourse stage's (rule 16)
                targets = []
            if not targets and cue.id in self.sides_as_object_cues:
                return []  # «would convene a meeting of the bloc»: no sides, no mediation
            if not targets and label == "mediates" and cue.requires_after and \
                    self.lang == "en" and sp.end < s.end and s.norms[sp.end] == "them":
                # «If Baku and Yerevan wish, Iran is ready to help them finalise their peace
                # treaty»: those the sentence named just before, else the article's pair
                group = [a for a in self._last_group_en(s, sp.start)  # type: ignore
                         if a not in holder.actors]
                targets = group if len(group) >= 2 else [
                    a for a in (ctx.pair or ()) if a not in holder.actors]
            if not targets and label == "mediates" and not cue.requires_after:
                groups: list[list[Mention]] = []
                # «وأشادت مصر والأردن بوساطة قطر»: those who praise or speak of a mediation
                # right after their verb are no parties of it
                praise_ends = {sp2.end for sp2, fs2 in s.cues if any(
                    f.tag in FINITE and f.cue.label in ("welcomes", "expresses_support")
                    for f in fs2)}
                if self.lang == "ar":
                    # «ودعا الوزراء إلى استئناف الحوار برعاية الأمم المتحدة»: those who call
                    # for the talks right after their verb are no parties of them either
                    praise_ends |= {sp2.end for sp2, fs2 in s.cues if sp2.end <= sp.start and
                                    any(f.tag in FINITE and f.cue.label == "_appeal"
                                        for f in fs2)}
                # English: «The United States, Britain and Norway issued a joint statement
                # praising the African Union and Ethiopian mediators»: the subject before a
                # word of praise that comes before the mediation is no party of it either
                praise_starts = [sp2.start for sp2, fs2 in s.cues if sp2.start < sp.start and any(
                    f.cue.label in ("welcomes", "expresses_support") for f in fs2)] \
                    if self.lang == "en" else []
                for m in sorted(s.mentions.values(), key=lambda x: x.start):
                    if s.start <= m.start < s.end and m.kind not in ("self", "land", "pair") \
                            and not (groups and m.start < groups[-1][-1].end) and \
                            not (self.lang == "en" and self._is_location(s, m)) and \
                            not (m.start < sp.start and self._pair_speaks(s, m.start, sp.start)) \
                            and not (m.start < sp.start and m.start in praise_ends):
                        # «hosted by X in Muscat, Araghchi and Witkoff held talks»: the
                        # place is no first member of the parties' list; «رحّب الوزيران بجهود
                        # الوساطة التي تبذلها مصر»: the pair that speaks is none either
                        groups.append(self._group(s, m, s.end))
                # a list after a preposition is an addressee or a place, not the parties
                # whose exchange or talks were mediated («… للحوار مع الرياض وأبوظبي»)
                asked_at = {sp2.end for sp2, forms2 in s.cues
                            if any(f.cue.frame == "appeal" for f in forms2)} \
                    if self.lang == "en" and holder.source == "by" else set()
                groups = [g for g in groups if g[0].start == s.start or
                          s.norms[g[0].start - 1] not in self.addressee_preps and
                          s.norms[g[0].start - 1] not in self.with_ or
                          # «called on Belgrade and Pristina to return to the EU-facilitated
                          # dialogue»: those asked to talk are the parties of the talks
                          g[0].start in asked_at]
                groups = [g for g in groups if not any(g[0].start < p for p in praise_starts)
                          or len(g) < 2]
                parties = [self._flatten(g, ctx, speaker) for g in groups]
                parties = [p for p in parties if len(p) >= 2 and not set(p) & set(holder.actors)]
                local = [a for x, a in ctx.local_pairs if x < sp.start and len(a) == 2 and
                         not set(a) & set(holder.actors)] if self.lang == "en" else []
                if parties and holder.source in ("by", "genitive"):
                    # «delegations from Israel and Hamas … talks mediated by Egypt»,
                    # «بوساطة قطرية، تبادلت روسيا وأوكرانيا …»
                    targets = parties[0]
                elif local:
                    # «concern over the tensions between Algeria and Mali … and offered its good
                    # offices»: the sides the sentence named before the offer
                    targets = list(local[-1])
                elif ctx.pair and self._placed_elsewhere(s, sp.start, ctx.pair):
                    return []  # (the sides of a truce in a third state are that state's)
                elif ctx.pair and not set(ctx.pair) & set(holder.actors) and \
                        not any(self._pair_speaks(s, k, sp.start)
                                for k in range(s.start, sp.start)) and \
                        not set(ctx.pair) <= {a for e in praise_ends if e in s.mentions
                                              for a in self._actors(
                                                  self._group(s, s.mentions[e], s.end))}:
                    # a side of the pair is no mediator of it, nor is a mediation the pair
                    # that speaks welcomes one between them
                    targets = list(self._sides_not_met(sp.start, ctx.pair, ctx, holder.actors))
        elif frame == "predicate":
            # «said the Israeli army's targeting of UNIFIL positions was unacceptable», «قال إن
            # استهداف الجيش الإسرائيلي لمواقع اليونيفيل «أمر مدان»»: a judgement of an act
            # stated of it as its predicate condemns the act's author (rule 11)
            targets = self._predicate_subject(s, sp.start, holder.actors, ctx, speaker,
                                              lands=label == "threatens")
            if (judged := self._judged_for_en(s, sp.end, holder.actors, ctx, speaker)
                    if self.lang == "en" else
                    self._judged_clause_ar(s, sp.end, holder.actors, ctx, speaker)):
                # «it was "not acceptable" for Vance to compare …», «من غير المقبول أن تهدد
                # روسيا جيرانها»
                targets = judged
            last = sp.end
        elif frame == "charge":
            # rule 21: a wrongdoing asserted of its author in a relative clause («الإبادة
            # الجماعية التي يمارسها الاحتلال الإسرائيلي»)
            for k in range(sp.end, min(s.end, sp.end + 3)):
                if s.norms[k] in self.relative:
                    m = s.mentions.get(
                        self._past_heads(s, k + 2, min(s.end, k + 6), self.occupation))
                    if m is not None and m.kind not in ("self", "land", "pair", "parties"):
                        targets = [a for a in self._flatten(self._group(s, m, s.end), ctx,
                                                            speaker)
                                   if a not in holder.actors]
                        last = m.end
                    break
        elif frame == "gathered":
            # rule 15: «اللقاء الذي جمعه بولي العهد السعودي»: both ways (rule 9: not a
            # meeting «بوساطة» or «برعاية» another, its mediation)
            if not s.words().isdisjoint(self.sponsor_links):
                return []
            _, partner = self._gathered(s, sp.start, sp.end, ctx)
            return self._mutual(label, (*holder.actors, *partner)) if partner else []
        elif frame == "agreement":
            if self._background(s, sp):
                return []  # rule 23: an agreement the article recalls, not one of its news
            return self._agreement(s, sp, holder, ctx, speaker)
        elif frame == "attributed" and self.lang == "en" and subject is None and \
                not ctx.answering and \
                not any(f.cue.label == "_speech" for _, forms in s.cues for f in forms) and \
                self._describer_en(s, sp.start, ctx) is None:  # type: ignore[attr-defined]
            return []  # «Israeli forces shelled the town»: narration, nobody's accusation
        elif frame == "attributed":
            # "X يحاول استخدام …": the speaker attributes an intent to the clause's subject.
            h = self._subject_en(s, sp.start, ctx) if self.lang == "en" else \
                self._svo(s, sp.start, "")
            threat = self.lang == "en" and label == "threatens" and form.tag == "x"
            first = self._clause_actor_en(s, sp.start, holder.actors) if threat else []
            if first is None or first:
                # «any attack on Lebanon by Israel would be met with force»: the attacker,
                # never the side attacked
                h = Holder(tuple(first or ()), None, None, "clause")
            elif self.lang == "en" and (h is None or not h.actors):
                h = self._that_clause_subject_en(s, sp.start, ctx)
            targets = [a for a in (h.actors if h else ()) if a not in holder.actors]
            if not targets and self.lang == "ar" and cue.requires_before and \
                    sp.start - 1 > s.start and s.norms[sp.start - 1] in cue.requires_before:
                # «السفن الإسرائيلية ستبقى أهدافا مشروعة»: the subject before the copula,
                # an adjective after its head noun included (and before a quotation mark
                # that opens on the copula: «السفن الإسرائيلية "ستبقى هدفاً مشروعاً"»)
                c = sp.start - 1
                c -= c - 1 > s.start and s.texts[c - 1] in QUOTES
                targets = [a for m in s.ending_at(c)
                           if m.kind in ("name", "capital", "seat", "adj")
                           for a in m.actors if a not in holder.actors]
            if not targets and threat:
                # «warned that any further provocation would be met with force»: the actor
                # the holder is in conflict with in this article
                targets = self._conflict_partner_en(holder, ctx)
                if first is None:
                    return [((label, holder.actors, targets), None)]
            if not targets and self.lang == "ar" and form.tag in FINITE and \
                    (m := s.mentions.get(sp.end)) is not None and \
                    m.kind in ("name", "capital", "seat", "person"):
                # «سيدفع حزب الله ثمنا باهظا»: the subject after the verb
                targets = [a for a in m.actors if a not in holder.actors]
            if not targets and self.lang == "en":
                # «these demands are meant to infringe the sovereignty of Qatar»: the act's
                # authors named earlier in the article
                targets = self._act_subject_en(s, sp, holder)
            spoken = any(f.cue.label == "_speech" for _, forms in s.cues for f in forms)
            if not targets and self.lang == "en" and holder.source != "context" and (
                    spoken or holder.source != "sentence"):
                # «described the Israeli move as a flagrant violation of …»: the first actor
                # of the clause whose act is so labelled; «… , committing crimes»: the last
                targets = self._agent_before_en(s, sp.start, holder.actors) or (
                    self._first_actor_en(s, sp.start, holder.actors) if form.tag == "x"
                    else self._previous_actor(s, sp.start, holder.actors))
        elif len(holder.actors) >= 2 and not label.startswith("_") and \
                self._reciprocal(s, begin):
            return self._mutual(label, holder.actors)  # «accused each other», rule 26
        else:  # object
            if self._phrase_at(s.norms, begin, self.negative_objects):
                return []  # «Syria threatens no one»: no one is its object
            # the object may run a little past a verb inside it («الجهود التي بذلتها مصر»,
            # «بأن يرد … إذا انتهكت حماس») but not into a coordinated clause of its own
            # («ترحب بالحوار وتدعو اليابان …»)
            shared = 0 if nxt > begin and nxt < s.end and (
                self._conj_prefixed(s, nxt) or
                self.lang == "ar" and (s.texts[nxt - 1] in {"،", ","} or
                                       s.norms[nxt - 1] in self.clause_links)) else 2
            stop = min(s.end, max(nxt, begin + 1) + shared)
            if not s.words().isdisjoint(self.condolence_nouns):
                # rule 18: «… وقدمت العزاء لإيران»: the one condoled with is no object
                stop = next((k for k in range(begin + 1, stop)
                             if s.norms[k] in self.condolence_nouns), stop)
            if self.lang == "en":
                # («stood "fully behind" its neighbour and accused Russia of …»: the next verb
                # after «and» has its own object)
                reach = 0 if label in ("expresses_support", "welcomes") and \
                    begin < nxt < s.end and s.norms[nxt - 1] in self.coord else 2
                stop = self._shared_object_en(s, sp, nxt,
                                              min(s.end, max(nxt, begin + 1) + reach))
                # «said the US condemned the launch and that its commitment to Japan remains
                # ironclad»: a second complement clause is no part of the object
                stop = next((k for k in range(begin, stop - 1) if s.norms[k] in self.coord
                             and s.norms[k + 1] in self.comp), stop)
                # «welcomed the step and "stands with Syria …"»: a quoted verb phrase after
                # «and» is a predicate of its own
                stop = next((k for k in range(begin, stop - 2) if s.norms[k] in self.coord
                             and s.texts[k + 1] in QUOTES and
                             any(sp2.start == k + 2 for sp2, _ in s.cues)), stop)
                for v in sorted({nxt, *(sp2.start for sp2, fs in s.cues if begin < sp2.start < stop
                                        and any(f.tag in FINITE for f in fs))}):
                    if begin < v < s.end and (subj := s.mention_ending_at(v)) is not None and \
                            (lead := self._list_start(s, subj)).start > begin and \
                            (s.norms[lead.start - 1] in self.coord or
                             s.norms[lead.start - 1] in self.contrast_links_en):  # type: ignore
                        # «Turkey condemned the attack, and Saudi Arabia called for calm», «…,
                        # and Egypt said …»: the next clause's subject is no word of the object
                        stop = min(stop, lead.start)
                        break
                # «welcomed the decision, while Turkey's foreign ministry described it …»: a
                # clause a contrast link opens has a subject of its own
                stop = next((k for k in range(begin + 1, stop) if k in s.mentions and
                             s.norms[k - 1] in self.contrast_links_en), stop)  # type: ignore
            # «إن بلاده "تدين بشدة هذا الهجوم الإرهابي"، وإن الوزير أجرى اتصالين بالصفدي
            # وكاتس»: a second complement clause after a comma is no part of the object
            # (the cue inside a complement itself: «… بأن "كل سفينة أمريكية …"» after a
            # circumstance is the first)
            if any(s.norms[j] in self.comp for j in range(max(s.start, sp.start - 4), sp.start)):
                stop = next((k for k in range(begin + 1, stop - 1)
                             if s.texts[k] in {"،", ","} and s.norms[k + 1] in self.comp), stop)
            targets, last = self._targets(s, begin, holder.actors, ctx, speaker, "object",
                                          stop)
            if label == "expresses_support" and last is not None and \
                    self._stability_topic(s, last):
                targets, last = [], None  # rule 17: «دعمه لأمن العراق واستقراره»
            if label == "expresses_support" and targets:
                # «its support in the fight against ISIS»: the one fought is no target
                fought = self._fought(s, begin, stop if last is None else last)
                targets = [a for a in targets if a not in fought]
            if self.lang == "en" and sp.end < s.end and \
                    self._act_it_en(s, sp.end, form):  # type: ignore[attr-defined]
                # «Russia voting against it and China abstaining»: «it» is the act, filled in
                # from it (attribution); no actor after it is the object
                targets, last = [], None

            if self.lang == "en":
                targets = self._object_en(s, sp, label, holder, ctx, targets)
                if label in ("accuses", "condemns") and sp.end + 1 < s.end and \
                        s.norms[sp.end] in self.object_pronouns and \
                        s.norms[sp.end + 1] in ("of", "for") and \
                        (before := self._previous_actor(s, sp.start, holder.actors)):
                    # «accused him of spreading Russian propaganda», «accusing it of being too
                    # close to Iran»: the pronoun is the one accused, named before; actors in
                    # the charge are not
                    targets = before
                if not targets and form.tag in FINITE and sp.end + 1 < s.end and \
                        s.norms[sp.end] == "its" and s.texts[sp.end + 1].isalpha() and \
                        s.texts[sp.end + 1].islower() and \
                        (before := self._previous_actor(s, sp.start, holder.actors)):
                    # «shared Chile's assessment and backed its demand for justice»: the
                    # owner is the actor just named
                    targets = before
                if not targets and form.tag in FINITE and sp.end + 1 < s.end and \
                        s.norms[sp.end] in self.personal_possessives_en and \
                        any(sp2.start == sp.end + 1 for sp2, _ in s.cues) and \
                        ctx.speaker is not None and ctx.speaker.person is not None and \
                        set(ctx.speaker.actors).isdisjoint(holder.actors):
                    # «Ramaphosa … condemned the attacks …. Nigeria's presidency welcomed his
                    # condemnation»: the stance of the official who spoke last
                    targets = list(ctx.speaker.actors)
                if label == "welcomes" and targets and last is not None and \
                        self._parties_of_agreement_en(s, last):
                    # rule 23: «welcomed the Russian–Turkish agreement»: a third party's
                    # welcome of an agreement goes to its mediators, not to its parties
                    targets = []
                if label in ("welcomes", "condemns") and (targets and last is not None or
                                                          not targets):
                    # «welcomed the facilitation of Angola … and the decision of the AU»;
                    # «condemned the offensive in North Kivu and the presence of Rwandan
                    # units»: the second object names its actor though the first does not
                    targets = self._second_object_en(  # type: ignore[attr-defined]
                        s, last if targets and last is not None else begin, min(s.end, nxt),
                        holder.actors, targets, 14 if targets else TARGET_WINDOW + 6)
                if label in ("welcomes", "condemns", "accuses") and targets and \
                        last is not None:
                    # «praised Saudi Arabia for its leadership, as well as Oman, Jordan and
                    # Egypt for the roles they played»: more objects after the first's
                    # complement
                    targets = self._as_well_as_objects_en(  # type: ignore[attr-defined]
                        s, last, min(s.end, nxt), holder.actors, ctx, speaker, targets)
            if self.lang == "ar" and label in ("welcomes", "condemns", "rejects") and \
                    targets and last is not None:
                # «رحبت … بـ«التزام الرئيس الصربي …» وبـ«تطمينات رئيس وزراء كوسوفو»»: a second
                # act joined by «وبـ» names its own author, a target too
                targets = self._second_act_ar(s, last, min(s.end, nxt), holder.actors, targets)
            if targets and label in ("condemns", "rejects") and \
                    (victims := self._attacked(s, begin, stop)):
                # «أدانت مصر الهجوم على السفارة السعودية»: the one attacked is no target; the
                # attack's author is, if an earlier sentence named it (rule 11)
                targets = [a for a in targets if a not in victims]
                if not targets and self.lang == "ar":
                    targets = [a for a in self._act_before_ar(s, stop, holder.actors, ctx)
                               if a not in victims]
            if not targets and self.lang == "ar" and sp.end < s.end and \
                    s.norms[sp.end] in self.pronoun_preps_ar:
                # «أما المشروع الروسي فلم يؤيده سوى الصين، وصوتت ضده الولايات المتحدة»: the
                # preposition's pronoun is the act named before in the sentence, its author
                # the target (rule 11)
                targets = self._act_before_ar(s, sp.start, holder.actors, ctx)
            if not targets and self.lang == "en" and holder.source == "by" and \
                    form.tag == "n" and (d := next(
                        (k for k in range(sp.start - 1, max(s.start, sp.start - 4) - 1, -1)
                         if s.norms[k] in self.draw_verbs_en), None)) is not None:  # type: ignore[attr-defined]
                # «North Korea fired a missile, drawing condemnation from Seoul»: the
                # subject of the clause that drew it is condemned
                drawer = self._initial_subject_en(s, d, ctx, None)  # type: ignore[attr-defined]
                targets = [a for a in (drawer.actors if drawer else ())
                           if a not in holder.actors]
            if not targets and self.lang == "ar" and label in ("rejects", "condemns") and \
                    any(s.norms[k] in self.demonstratives
                        for k in range(begin, min(s.end, begin + 5))):
                # «رفض مصر الكامل لمثل تلك الاعتداءات»: acts named back that no earlier
                # sentence tied to an author are those of the holder's adversary here
                targets = self._conflict_partner_en(holder, ctx)
            if label in ("warns", "threatens") and targets:
                # «warned that Warsaw would push for a new package of EU sanctions»: who would
                # impose the measure is not warned
                imposers = {a for m in s.mentions.values() if begin <= m.start < stop and
                            m.end < s.end and s.norms[m.end] in self.imposed_measures
                            for a in m.actors}
                targets = [a for a in targets if a not in imposers]
            if not targets and label == "warns" and any(
                    (m := s.mentions.get(k)) is not None and (
                        m.kind == "self" or m.actors and set(m.actors) <= set(holder.actors))
                    for k in range(sp.end, min(s.end, sp.end + 4))) and \
                    any(s.norms[k] in self.comp for k in range(sp.end, min(s.end, sp.end + 3))):
                # «وحذّر عراقجي من أن بلاده "ستعيد النظر في عضويتها" إذا اعتُمد القرار»,
                # «warned that Warsaw would push for new sanctions if …»: a warning of the
                # holder's own step is aimed at the side it is in conflict with in this
                # article (rule 14), each of them when several are so
                targets = self._conflict_partner_en(holder, ctx, ties=True)
            if not targets and self.lang == "en" and \
                    cue.id in self.invitation_accept_cues_en:  # type: ignore[attr-defined]
                # «President al-Burhan invited President el-Sisi to visit Port Sudan, and
                # President el-Sisi accepted the invitation»: the inviter named before
                targets = self._previous_actor(s, sp.start, holder.actors)
            if not targets and cue.partner:
                # «يعرف جيدا كيف يرد على أي عدوان»: a threat of the holder's own that names
                # no one is aimed at the actor it is in conflict with in this article
                targets = self._conflict_partner_en(holder, ctx)
            if cue.inherit and sp.end < s.end and s.norms[sp.end] in self.with_pronoun:
                # «sent Maduro a message congratulating him»: the one just named
                targets = self._previous_actor(s, sp.start, holder.actors)
            if cue.inherit and targets:
                ctx.inherited[cue.id] = tuple(targets)
            elif cue.inherit and cue.id in ctx.inherited:
                # «Raisi sends congratulations», «Scholz congratulates the president»: in an
                # article of congratulations, to whom the last ones went
                targets = [a for a in ctx.inherited[cue.id] if a not in holder.actors]
            if not targets and self.lang == "ar" and label in ("accuses", "condemns") and \
                    cue.id.endswith(".describe"):
                # «وصف وزير الدفاع الفلبيني ما جرى بأنه "عمل عدواني متعمد" من جانب خفر
                # السواحل الصيني»: the act described is the agent's named after «من جانب»
                targets = self._agent_after_ar(s, sp.end, min(s.end, sp.end + 16),
                                               holder.actors)
            if not targets and self.lang == "ar" and form.tag in FINITE | {"p"} and \
                    sp.end < s.end and s.norms[sp.end] in self.detached_pronouns:
                # «محمّلاً إياها مسؤولية …»: the actor just named
                targets = self._pronoun_antecedents(s, sp.start, holder.actors) \
                    if s.norms[sp.end].endswith("هما") else \
                    self._previous_actor(s, sp.start, holder.actors)
            if self.lang == "ar" and form.tag in FINITE and holder.source == "vso" and \
                    self._object_pronoun(s, sp.start) and \
                    not s.fulls[sp.start].endswith(("هما", "هم")) and \
                    (act := self._pronoun_act_ar(s, sp.start, holder.actors, ctx)) is not None:
                # «ولم يحصل النص إلا على صوتين، فيما عارضته روسيا والصين، وامتنع …، بينهم
                # فرنسا»: the pronoun is the act named last before the verb, its author the
                # target, not an actor past the subject
                targets = act
            if not targets and (form.tag in FINITE or self.lang == "en" and (
                    form.tag == "p" or
                    # «we stand with it», «stood by them»: a phrase ending in its preposition
                    form.tag == "x" and sp.end - 1 > sp.start and
                    s.norms[sp.end - 1] in self.pronoun_preps_en)) and (  # type: ignore
                    self._object_pronoun(s, sp.start) and not (
                        # «ورفضها أي تدخل خارجي»: a masdar with its owner, its object after it
                        sp.end < s.end and s.norms[sp.end] in self.quantifiers) or
                    self.lang == "en" and
                    sp.end < s.end and s.norms[sp.end] in self.object_pronouns and
                    cue.id not in self.act_pronoun_cues_en and  # type: ignore[attr-defined]
                    not self._act_it_en(s, sp.end, form)):  # type: ignore[attr-defined]
                # «تقطع علاقاتها مع أبوظبي وتتهمها بدعم …»
                targets = self._pronoun_antecedents(s, sp.start, holder.actors) \
                    if self.lang == "ar" else self._previous_actor(s, sp.start, holder.actors)
                if not targets and self.lang == "en" and s.norms[sp.end] in ("him", "her") and \
                        s.previous is not None:
                    # «Kenya … thanked the Emir; the Somali government also thanked him»: the
                    # official named last in the sentence before
                    targets = self._previous_person_en(s.previous, holder.actors)
            elif targets and self.lang == "ar" and form.tag in FINITE and \
                    label in OBJECT_PRONOUN_TYPES and self._object_pronoun(s, sp.start) and \
                    not s.fulls[sp.start].endswith(("هما", "هم")) and \
                    (before := self._pronoun_antecedents(s, sp.start, holder.actors)) and \
                    not set(before) & set(targets):
                # «هاجمت المتحدثة جنوب أفريقيا، واتهمتها باستغلال رئاسة مجموعة العشرين»: the
                # pronoun is the one accused; an actor inside the charge is no target
                targets = before
            if not targets and self.lang == "ar" and form.tag in FINITE and \
                    speaker is not None and self._us_object(s, sp.start):
                # «فرنسا تشاركنا الرأي», «تدعونا»: «us» is the speaker's side
                targets = [a for a in speaker.actors if a not in holder.actors]
            if not targets and self.lang == "en" and form.tag == "n" and any(
                    s.norms[k] in self.likeness_en
                    for k in range(max(s.start, sp.start - 2), sp.start)):
                # «Bahrain and the UAE issued similar condemnations»: toward whom the sentence
                # before took that stance
                targets = [a for a in self._act_pronoun_targets_en(  # type: ignore[attr-defined]
                    s, [], label) if a not in holder.actors]
            if label == "accuses" and targets:
                # rule 21: what the accused is charged with («بدعم جماعات …», "of
                # supporting …") is the charge, no stance of the accuser's own
                last = max(last or 0, min(s.end, nxt))
            if label == "warns" and targets and last is not None and \
                    self._between_before(s, last):
                # rule 14: a warning of the dangers of a situation between parties, addressed
                # to none of them («حذر من مخاطر التصعيد بين X وY», «بين الجانبين الفلسطيني
                # والإسرائيلي») is concern toward each
                label = "expresses_concern"
            elif label == "warns" and self.lang == "en" and \
                    self._threat_follows_en(s, sp, holder.actors):
                # rule 14: «warned (the US) that any attack would be met with a decisive
                # response» utters a threat of force by the holder itself
                label = "threatens"
            elif label == "expresses_intent_to_meet" and targets and last is not None and \
                    cue.id in self.invitation_cues and \
                    self._content(s, last, min(s.end, last + 8), "appeal")[0] == \
                    "calls_for_dialogue":
                # rule 10: «invited Algeria's leaders to open a dialogue without conditions»
                # asks for talks, typed by what it asks (an invitation to visit stays an
                # offer to meet)
                label = "calls_for_dialogue"
        signed = self._signing(s, begin) \
            if label in ("welcomes", "expresses_support") and self.lang == "ar" else None
        if signed is not None:
            # rule 23: «رحبت السعودية بتوقيع أذربيجان وأرمينيا اتفاق السلام»: the signing
            # welcomed is news, so the signers intend to cooperate, each toward the other;
            # the welcome goes to the sponsors named after the agreement, never the signers
            k_agr, signers = signed
            sponsors = self._sponsors(s, k_agr, min(s.end, k_agr + 12), holder.actors)
            upto: int | None = min(s.end, k_agr + 1)
            agreed: list[tuple[tuple[str, tuple[str, ...], list[str]], int | None]] = [
                (("expresses_intent_to_cooperate", (a,), [b]), upto)
                for a in signers for b in signers if a != b]
            if sponsors:
                agreed.append(((label, holder.actors, sponsors), upto))
            return agreed
        if label in ("welcomes", "expresses_support") and any(
                s.norms[k] in self.agreements for k in range(begin, min(s.end, begin + 2))):
            # rule 23: welcoming an agreement («بالاتفاق», «بإعلان وقف إطلاق النار»)
            # welcomes the mediators or sponsors it names («الذي رعته الولايات المتحدة»,
            # "the deal brokered by Qatar"), never its parties
            targets = self._sponsors(s, begin, min(s.end, begin + 12), holder.actors)
            last = begin + 1  # a praise that follows («مشيدا بجهود …») is read on its own
        if label == "welcomes" and self.lang == "ar" and targets and \
                self._on_agreement_ar(s, last if last is not None else sp.end) and \
                not (last is not None and any(
                    # «أشاد ترامب بالتزام أنقرة بالهدنة»: the party's own commitment to the
                    # agreement, a stance noun in construct with it, is praised (rule 22)
                    sp2.end == last and any(f.tag == "n" for f in fs2) for sp2, fs2 in s.cues)):
            # rule 23: «هنأه فيه بتوقيع الاتفاقية», «هنأت مصر قيرغيزستان على إبرام
            # المعاهدة»: congratulating a party on an agreement welcomes no party
            targets = []
        if label == "affirms_sovereignty":
            # «احترام سيادة الدول واستقلالها» after «ميثاق الأمم المتحدة»: an organisation
            # has no sovereignty to affirm
            targets = [t for t in targets if t not in self.org_ids]
        if label == "welcomes" and self.lang == "ar" and targets and last is not None:
            # rule 23: «رحب بما تحقق من تقدم في العلاقات السعودية الإيرانية»: praise of the
            # relations of two welcomes neither of them (as praise of their agreement does not)
            # (the first adjective may be a name that reads as one: «السعودية»)
            related = {a for k in range(begin, last) if s.norms[k] in self.relation_nouns
                       for x in (k + 1, k + 2) if (m := s.mentions.get(x)) is not None and
                       (m.kind == "adj" or x == k + 1 and self._adjective_like(s, m))
                       for a in m.actors}
            targets = [a for a in targets if a not in related]
        if label == "expresses_support" and last is not None and any(
                f.cue.label == "affirms_sovereignty" for sp2, forms2 in s.cues
                if sp.end <= sp2.start <= last + 3 for f in forms2):
            return []  # «support for Ukraine's territorial integrity» is affirms_sovereignty
        if label == "holds_talks" and self.lang == "ar" and ctx.pair and len(targets) == 2 and \
                set(targets) == set(ctx.pair) and not set(holder.actors) & set(targets) and \
                not any(s.norms[k] in self.separate_talks for k in range(sp.start, s.end)):
            # talks with both sides are mediation, but «اتصالين منفصلين مع X وY» and «استقبل
            # كلاً من X وY …، كلاً على حدة» are two conversations, each with one side
            label = "mediates"
        if label == "mediates":
            # a party to the talks never mediates them («Saudi Arabia and Iran … hosting»)
            targets = [t for t in targets if t not in holder.actors]
            if not targets and len(holder.actors) >= 2 and holder.source != "genitive":
                return []  # («mediators Qatar and Egypt» are no parties: the sides come later)
        if label.startswith("_"):
            return []
        if cue.mutual:
            # «تبادل الجانبان الاتهامات», "Armenia traded accusations with Azerbaijan": each
            # side holds the stance toward the other (rule 26)
            sides = tuple(dict.fromkeys((*holder.actors, *targets)))
            if len(sides) >= 2:
                # the noun of the charge («الاتهامات», "accusations") is part of the cue
                end = min(s.end, sp.end + cue.window)
                return [(r, max(last or 0, end)) for r, _ in self._mutual(label, sides)]
        if not targets:
            return [((label, holder.actors, []), last)]
        if label == "holds_talks" and frame == "object" and self.lang == "en" and \
                (first_m := min((m for m in s.mentions.values()
                                 if sp.end <= m.start and set(m.actors) & set(targets)),
                                key=lambda m: m.start, default=None)) is not None and \
                any(s.norms[x] in self.topic_preps for x in range(sp.end, first_m.start)):
            # «spoke to the Aldwych Affairs Weekly about Pakistan, China …»: what they spoke
            # about, after «about», «on», «over», is no one spoken to
            return [((label, holder.actors, []), last)]
        if label == "holds_talks" and frame == "object" and len(targets) == 2 and \
                s.norms[sp.start] in self.host_verbs and \
                (ctx.conflict.get(frozenset(targets), 0) or
                 ctx.pair is not None and set(ctx.pair) == set(targets)):
            # «Chancellor Olaf Scholz hosted Pashinyan and Aliyev in Munich»: the host of the
            # two sides of the article's dispute brokers between them (rules 9, 16)
            label = "mediates"
        return [((label, holder.actors, targets), last)]

    def _whom_antecedent_en(self, s: Sentence, start: int, holder: tuple[str, ...]
                            ) -> list[str]:
        """English: the actors a «whom» right before the subject of the verb at ``start``
        points back to («…, whom they each received»): the mention right before it (past a
        comma); else none."""
        for k in range(start - 1, max(s.start, start - 5), -1):
            if s.norms[k] == "whom":
                break
            if s.norms[k] in self.coord or s.texts[k] in {",", ";", ":"}:
                return []
        else:
            return []
        j = k - 1 if k - 1 > s.start and s.texts[k - 1] == "," else k
        m = s.mention_ending_at(j)
        if m is None or m.kind not in ("name", "person", "capital", "adj", "seat"):
            return []
        return [a for a in m.actors if a not in holder]

    def _all_sides(self, s: Sentence, k: int, holder: Holder, ctx: Context
                   ) -> list[str] | None:
        """Arabic: the sides that «الطرفين», «الطرفين، إسرائيل وحماس» or «جميع الأطراف» at
        token ``k`` names (those of «جميع الأطراف» are found by the discourse stage: an
        empty list), or None when no such reference stands there."""
        m = s.mentions.get(k)
        if self.lang != "ar" or m is None:
            return None
        if m.kind == "parties":
            return []
        if m.kind == "pair":
            sides = list(ctx.pair or ())
        elif s.norms[k] in self.pair_refs and len(m.actors) >= 2:
            sides = list(m.actors)  # «الطرفين، إسرائيل وحماس»
        else:
            return None
        sides = [a for a in sides if a not in holder.actors]
        return sides if len(sides) >= 2 else None

    @staticmethod
    def _next_ready(s: Sentence, cues: list[Any], begin: int, stop: int) -> int:
        """Where the first cue of readiness among ``cues`` starts in [begin, stop), else
        ``stop``: the end of the content of the readiness before it."""
        return min([sp.start for sp, forms in cues if begin <= sp.start < stop and
                    any(f.cue.frame == "ready" for f in forms)] + [stop])

    def _named_between(self, s: Sentence, begin: int, stop: int,
                       holders: tuple[str, ...]) -> bool:
        """Whether «between» / «بين» in [begin, stop) is followed by actors named by their
        names, none of them the holder («تحسين العلاقات بين رواندا والكونغو»; not a pair word,
        «بين البلدين», "the two neighbours", which may take in the holder itself)."""
        k = next((k for k in range(begin, stop) if s.norms[k] in self.between), None)
        if k is None or (m := s.mentions.get(k + 1)) is None or \
                m.kind not in ("name", "capital", "adj"):
            return False
        return not any(set(x.actors) & set(holders) for x in s.mentions.values()
                       if k < x.start < stop)

    def _agreement_content(self, s: Sentence, cend: int) -> bool:
        """Whether the content ending at ``cend`` is an agreement to be reached or signed
        («التوصل إلى اتفاق», "sign a trade deal"; words agreement_heads), not relations or
        cooperation, which the holder may offer between itself and another."""
        return any(sp.end == cend and s.norms[sp.start] in self.agreement_heads
                   for sp, _ in s.contents)

    def _intended(self, s: Sentence, start: int) -> bool:
        """Whether the talks cue at ``start`` is what the holder hopes or is ready for, a few
        words before it in the same clause («نأمل أن نلتقي», «أبدى استعداده لزيارة بيروت
        وإجراء محادثات»)."""
        first = max(s.start, start - 6)
        for k in range(start - 1, first - 1, -1):
            if s.texts[k] in {"،", ",", ".", "؛"}:
                first = k + 1
                break
            if s.norms[k] in self.hope:
                return True
        return any(f.cue.frame == "ready" for sp2, forms in
                   (s.ok_cues if s.ok_cues is not None else s.cues)
                   if first <= sp2.start < start for f in forms)

    def _body_session(self, s: Sentence, k: int) -> bool:
        """Whether the genitive at token ``k``, right after a meeting noun, names the body
        that meets rather than a partner: a council or group of officials («اجتماع مجلس
        الأمن», «اجتماع وزراء الخارجية العرب») or an international organisation
        («قمة الاتحاد الأفريقي»)."""
        if k >= s.end:
            return False
        m = s.mentions.get(k)
        if m is not None:
            gaz = self.res.gazetteer.actors
            return m.kind == "name" and all(
                a in gaz and gaz[a].kind == "organization" for a in m.actors)
        return s.norms[k] in self.session_bodies

    def _reciprocal(self, s: Sentence, begin: int) -> bool:
        """Whether the object of a cue is «each other» / «بعضهما», perhaps after a
        preposition ("lashed out at each other")."""
        if self.lang == "en":
            # «traded blame», «exchanged accusations»: each side toward the other
            c = next((sp for sp, _ in s.cues if sp.end == begin), None)
            if c is not None and c.start > s.start and \
                    s.norms[c.start - 1] in self.exchange_verbs_en:  # type: ignore[attr-defined]
                return True
        for k in range(begin, min(s.end, begin + 2)):
            if s.norms[k] in self.reciprocals or any(
                    tuple(s.norms[k:k + len(p)]) == p for p in self.reciprocal_phrases):
                return True
            if s.norms[k] not in self.prepositions:
                return False
        return False

    def _stability_topic(self, s: Sentence, k: int) -> bool:
        """Whether the actor named at ``k`` is the owner of a security or stability that a
        stance is for (words stability_heads): «لأمن العراق واستقراره», «for Iraq's security
        and stability», «the security of Iraq» — a topic, no actor (rule 17)."""
        m = s.mentions.get(k)
        if m is None:
            return False
        if k > s.start and s.norms[k - 1] in self.stability_heads:
            return True  # «لأمن العراق», «استقرار لبنان»
        if self.lang == "en":
            if k > s.start + 1 and s.norms[k - 1] in ("of", "the") and \
                    s.norms[k - 2] in self.stability_heads:
                return True  # «the security of Iraq»
            j = m.end + (m.end < s.end and s.texts[m.end] in ("'s", "'", "’s"))
            return m.end < j < s.end and s.norms[j] in self.stability_heads
        return False

    @staticmethod
    def _mutual(label: str, actors: tuple[str, ...]) -> list[Reading]:
        """A stance the holders take toward each other (rule 26); not talks among a forum's
        many members («Representatives of the United States, France, Saudi Arabia, Qatar and
        Egypt met in Doha»: a multilateral meeting, rule 15)."""
        if label == "holds_talks" and len(set(actors)) >= FORUM_SIZE:
            return []
        return [((label, (h,), [t for t in actors if t != h]), None) for h in actors]

    def _unknown_addressee(self, s: Sentence, j: int, form: CueForm) -> bool:
        """Whether a finite appeal verb is followed by a noun phrase that names no known
        actor where its addressee stands (not a preposition, quote, clause or content)."""
        contents = s.doc.user_data["sg_content_starts"]
        if j > s.start and s.norms[j - 1] in self.content_preps:
            return False  # «called for …», «دعا إلى …»: what follows is what is asked
        while j < s.end and (s.norms[j] in self.articles or s.norms[j] in self.manner) and \
                j not in contents:
            j += 1  # "called for an end to …": the content may start with its article
        if form.tag not in FINITE or j >= s.end or not (
                s.fulls[j].isalpha() or s.texts[j][:1].isupper() and s.texts[j].isalnum()):
            return False  # («the M23 armed group»: a name with a digit is a name)
        n = s.norms[j]
        # «the parties»: the article skipped above may open a mention that holds the noun
        return j not in contents and n not in self.not_addressee and \
            not any(m.start <= j < m.end for m in s.mentions.values())

    def _between_before(self, s: Sentence, k: int) -> bool:
        """Whether the mention at token ``k`` follows «بين»/"between", perhaps through a
        word for the sides («بين الجانبين الفلسطيني …», "between the two sides, X and Y")."""
        j = k - 1
        while j > s.start and (s.norms[j] in self.pair_refs or s.norms[j] in self.articles):
            j -= 1
        if self.lang == "ar" and j > s.start + 1 and j not in s.mentions and \
                s.norms[j] in self.force_heads:
            j -= 1  # «بين القوات الأمريكية والفصائل»: the side's forces before its adjective
        return j >= s.start and s.norms[j] in self.between

    def _agreement(self, s: Sentence, sp, holder: Holder, ctx: Context,
                   speaker: Holder | None) -> list[Reading]:
        """Rule 23: an agreement reached or signed in the news binds its parties to each
        other: a coordinated subject («وقّعت السعودية وإيران اتفاقاً», "Armenia and
        Azerbaijan signed"), the holder and the party after مع/with, or the parties after
        بين/between («الاتفاق الذي تم التوصل إليه بين X وY»)."""
        parties: list[str] = []
        stop = min(s.end, sp.end + 12)
        sides = self._one_side(s, sp.end, stop)
        if sides is not None:
            # «بين دولة قطر وكلٍّ من السعودية والإمارات والبحرين ومصر», «بين قطر من جهة،
            # والسعودية … من جهة أخرى»: one side and each of the others, not all with all
            one, others = sides
            label = "expresses_intent_to_cooperate"
            return [((label, (one,), others), None),
                    *[((label, (a,), [one]), None) for a in others]]
        between, _ = self._targets(s, sp.end, (), ctx, speaker, "between", stop)
        if len(between) >= 2:
            # (before the subject: «شهد أردوغان والسوداني توقيع مذكرة بين العراق وتركيا
            # وقطر والإمارات»: the witnesses are not the parties)
            parties = between
        elif len(holder.actors) >= 2 and holder.source != "context":
            parties = list(holder.actors)
        elif holder.actors and holder.source != "context":
            for k in range(sp.end, stop):
                if s.norms[k] in self.with_:
                    other, _ = self._targets(s, k, holder.actors, ctx, speaker,
                                             "object", min(s.end, k + 4))
                    parties = [*holder.actors, *other] if other else []
                    break
        if len(parties) < 2:
            return []
        return self._mutual("expresses_intent_to_cooperate", tuple(parties))

    def _one_side(self, s: Sentence, begin: int, stop: int
                  ) -> tuple[str, list[str]] | None:
        """Arabic: the first side after «بين» and the others, when they are set against it as
        a group: «بين X وكلٍّ من A وB», «بين X من جهة، وA وB من جهة أخرى»; else None."""
        k = next((x for x in range(begin, stop) if s.norms[x] in self.between), None)
        if self.lang != "ar" or k is None or k + 1 >= s.end:
            return None
        j = k + 1
        while j < min(s.end, k + 3) and j not in s.mentions and s.norms[j] in self.heads:
            j += 1  # («بين دولة قطر»)
        m = s.mentions.get(j)
        if m is None or len(m.actors) != 1 or m.end + 2 >= s.end:
            return None
        j = m.end
        if s.norms[j] in self.list_openers and s.norms[j + 1] in self.list_opener_links:
            j += 2
        elif s.norms[j] == "من" and s.norms[j + 1] in self.side_words:
            j += 2 + (j + 2 < s.end and s.texts[j + 2] in {"،", ","})
        else:
            return None
        while j < s.end and j not in s.mentions and s.norms[j] in self.heads:
            j += 1
        first = s.mentions.get(j)
        if first is None or first.kind not in ("name", "capital", "adj"):
            return None
        others = [a for a in self._actors(self._group(s, first, s.end)) if a != m.actors[0]]
        return (m.actors[0], others) if others else None

    def _on_agreement_ar(self, s: Sentence, k: int) -> bool:
        """Arabic: whether the reason given within three words of token ``k`` is an
        agreement or its signing, as ب or على gives it («بتوقيع الاتفاقية», «على الاتفاق»),
        past the pronoun of the occasion («هنأه فيه»)."""
        if (m := s.mentions.get(k)) is not None:
            k = m.end  # past the one congratulated
        for x in range(k, min(s.end, k + 3)):
            if not s.texts[x].isalpha():
                return False
            if s.norms[x] in self.on:
                continue
            if s.norms[x] in self.agreement_acts or s.norms[x] in self.agreements:
                return self._prep_clitic(s, x) == "ب" or \
                    x > s.start and s.norms[x - 1] in self.on
            if x > k or not strip_vowels(s.texts[x]).endswith(("ه", "ها")):
                return False
        return False

    def _signing(self, s: Sentence, begin: int) -> tuple[int, list[str]] | None:
        """Arabic: an object that is the act of making an agreement by named parties, «توقيع
        X وY اتفاق / إعلانا / معاهدة …» (the parties, then what they signed within ten words,
        no comma between): (the token of what was signed, its signers)."""
        if begin >= s.end or s.norms[begin] not in self.agreement_acts:
            return None
        parties: list[str] = []
        k = begin + 1
        while k < min(s.end, begin + 10):
            if s.texts[k] in {"،", ",", ".", "؛"}:
                return None
            if s.norms[k] in self.signed:
                return (k, parties) if parties else None
            m = s.mentions.get(k)
            if m is not None and m.kind in ("name", "capital", "adj"):
                parties += [a for a in m.actors if a not in parties]
                k = m.end
                continue
            k += 1
        return None

    def _agent_after_ar(self, s: Sentence, begin: int, stop: int,
                        holder: tuple[str, ...]) -> list[str]:
        """The actor after «من جانب» / «من قبل» in the window, not past a comma."""
        for k in range(begin, stop - 2):
            if s.texts[k] in {"،", ","}:
                return []
            if s.norms[k] == "من" and s.norms[k + 1] in self.agent_sides:
                j = k + 2
                while j < min(stop, k + 6) and j not in s.mentions and s.texts[j].isalpha():
                    j += 1  # «خفر السواحل الصيني», «قوات الاحتلال الإسرائيلي»
                m = s.mentions.get(j)
                # (a capital right after «من جانب» is the agent; after other words, a place)
                kinds = ("name", "adj", "capital") if j == k + 2 else ("name", "adj")
                if m is not None and m.kind in kinds and not set(m.actors) & set(holder):
                    return list(m.actors)
                return []
        return []

    def _nonmilitary_ar(self, s: Sentence, end: int) -> bool:
        """Whether sanctions, tariffs, aid or other non-military steps follow a threat verb
        within its clause («هدد بفرض عقوبات», «لوّح بأن واشنطن قد تعيد النظر في برامج
        المساعدات»): a warning, not a threat of force (rule 14)."""
        for k in range(end, min(s.end, end + 9)):
            if s.texts[k] in {"،", ",", "؛"}:
                return False
            if s.norms[k] in self.nonmilitary or s.fulls[k] in self.nonmilitary:
                # («بإجراءات عسكرية»: measures of force)
                return not (k + 1 < s.end and s.norms[k + 1] in self.military_modifiers)
        return False

    def _shared_view(self, s: Sentence, begin: int, stop: int) -> bool:
        """Arabic: what two sides agreed on («اتفقا على …») is a view, not an act, when it
        starts with one of the ``agree_that`` words («أن», «أهمية», «ضرورة», «رفض») or is
        itself an agreement of views («اتفق الوزيران على "تطابق الرؤى"»: rule 26)."""
        k = next((k for k in range(begin, stop) if s.norms[k] in self.on), None)
        if k is None or k + 1 >= s.end:
            return False
        v = k + 1 + (s.texts[k + 1] in QUOTES)
        return s.norms[k + 1] in self.agree_that or s.fulls[k + 1] in self.agree_that or \
            any(sp.start == v and any(f.cue.label == "agrees_with" for f in forms)
                for sp, forms in s.cues)

    def _predicate_subject(self, s: Sentence, cue: int, holder: tuple[str, ...], ctx: Context,
                           speaker: Holder | None, lands: bool = False) -> list[str]:
        """The author of the act that a predicate judgement at token ``cue`` is said of: the
        first actor of the clause before it (after «that» / «أن», «إن»), not a place nor the
        victim after «on» / «على» («Israel's strikes on Beirut»). ``lands``: a state's land or
        interests stand for it («all American interests had become legitimate targets»)."""
        first = cue - 1
        while first > s.start and cue - first < 16 and s.norms[first - 1] not in self.comp and \
                s.texts[first - 1] not in {",", "،", ";", ":"}:
            first -= 1
        for k in range(first, cue):
            m = s.mentions.get(k)
            if m is None or m.kind in ("self", "pair", "parties") or \
                    m.kind == "land" and not lands or \
                    self._is_location(s, m) or self._victim(s, m):
                continue
            # «that all American and British interests had become "legitimate targets"»
            grp = self._group(s, m, cue)
            found = [a for x in grp for a in self._resolve(x, ctx, speaker) if a not in holder]
            if found or first > s.start and s.norms[first - 1] in self.comp:
                return found
            # «وأكدت واشنطن حق إسرائيل في الدفاع عن نفسها»: with no «that», the holder that
            # opens the clause is no subject of the predicate; the next actor is
        if self.lang == "ar" and first - 1 > s.start and s.fulls[first - 1].startswith("بان"):
            # «يصف ماكرون الضربات الإسرائيلية بأنها "غير مقبولة"»: what is so described, the
            # object before «بأنها»
            for k in range(first - 2, max(s.start, first - 8), -1):
                m = s.mentions.get(k)
                if m is not None and m.kind in ("adj", "name") and not self._victim(s, m) and \
                        not self._is_location(s, m):
                    return [a for a in self._resolve(m, ctx, speaker) if a not in holder]
        return []

    def _named_object_en(self, s: Sentence, start: int, holder: tuple[str, ...]) -> list[str]:
        """English: the actor named in the object of a verb of naming (words naming_verbs)
        before the label at ``start`` («called the flight of a Japanese patrol plane "a
        provocation"»), not a place or a victim; else []."""
        v = next((k for k in range(start - 1, max(s.start, start - 18), -1)
                  if s.norms[k] in self.naming_verbs_en or s.texts[k] in {",", ";"}), None)
        if v is None or s.norms[v] not in self.naming_verbs_en or \
                v > s.start and s.texts[v - 1] in {"-", "so"} or \
                "what" in s.norms[max(s.start, v - 3):v]:
            # (not «the so-called Mutual Defense Treaty»; nor «concern over what he called
            # Turkey's "provocations"»: a label inside another stance's object, rule 21)
            return []
        for k in range(v + 1, start):
            m = s.mentions.get(k)
            if m is not None and m.kind in ("adj", "name", "capital") and \
                    not self._is_location(s, m) and not self._victim(s, m):
                return [a for a in m.actors if a not in holder]
        return []

    def _trilateral_sides_en(self, s: Sentence, end: int, holder: Holder, ctx: Context,
                             speaker: Holder | None) -> tuple[list[str], int | None]:
        """English: the two or more actors after «with» that a trilateral meeting noun right
        after a host's verb names («hosted a trilateral meeting with X and Y»)."""
        for k in range(end, min(s.end - 1, end + 6)):
            if s.texts[k] in {",", ";"}:
                break
            if s.norms[k] not in self.with_ or not any(
                    s.norms[x] in self.trilateral_words for x in range(end, k)):
                continue
            # («with Azerbaijan's President Ilham Aliyev and Armenia's Prime Minister Nikol
            # Pashinyan»: each side's possessive and official, up to a comma or preposition)
            sides: list[str] = []
            last = k + 1
            x = k + 1
            while x < min(s.end, k + 16) and s.texts[x] not in {",", ";", "."} and \
                    (x == k + 1 or s.norms[x] == "of" or s.norms[x] not in self.prepositions):
                m = s.mentions.get(x)
                if m is not None:
                    if m.kind in ("self", "land", "pair", "parties") or self._is_location(s, m):
                        break
                    sides += [a for a in self._flatten([m], ctx, speaker)
                              if a not in holder.actors and a not in sides]
                    last = x = m.end
                    continue
                x += 1
            if len(sides) >= 2:
                if len(sides) == 2:
                    ctx.pair = tuple(sides)  # the sides a later «brokered the ceasefire» names
                return sides, last
            break
        return [], None

    def _judged_for_en(self, s: Sentence, end: int, holder: tuple[str, ...], ctx: Context,
                       speaker: Holder | None) -> list[str]:
        """English: «it was "not acceptable" for Vance to compare …», «unacceptable for Russia
        to threaten its neighbours»: the one named after «for» and before «to» does what is
        judged."""
        k = self._past_quotes(s, end)
        if k + 2 >= s.end or s.norms[k] != "for":
            return []
        m = s.mentions.get(k + 1) or (s.mentions.get(k + 2) if s.norms[k + 1] in self.articles
                                      else None)
        if m is None or m.kind in ("self", "pair", "parties", "land"):
            return []
        grp = self._group(s, m, s.end)
        e = grp[-1].end
        while e < min(s.end, grp[-1].end + 2) and s.texts[e].isalpha() and \
                s.texts[e].islower() and s.norms[e] != "to":
            e += 1  # («for the Russian army to …»)
        if e >= s.end or s.norms[e] != "to":
            return []
        return [a for a in self._flatten(grp, ctx, speaker) if a not in holder]

    def _judged_clause_ar(self, s: Sentence, end: int, holder: tuple[str, ...], ctx: Context,
                          speaker: Holder | None) -> list[str]:
        """Arabic: «من غير المقبول أن تهدد روسيا جيرانها», «… أن روسيا تهدد …»: the subject
        of the «أن» clause after a predicate judgement does what is judged."""
        k = self._past_quotes(s, end)
        if k + 2 >= s.end or s.norms[k] not in self.comp:
            return []
        m = s.mentions.get(k + 1) or (s.mentions.get(k + 2) if s.texts[k + 1].isalpha() and
                                      k + 1 not in s.mentions else None)
        if m is None or m.kind not in ("name", "capital", "person", "adj") or \
                self._is_location(s, m):
            return []
        stop = next((x for x in range(k, s.end) if s.texts[x] in {"،", ",", "."}), s.end)
        if not any(k < sp.start < stop for sp, _ in (*s.cues, *s.contents)):
            return []  # («أن تبقى أوكرانيا بلا كهرباء»: a state suffered, no act judged)
        return [a for a in self._flatten(self._group(s, m, s.end), ctx, speaker)
                if a not in holder]

    def _judged_proposal(self, s: Sentence, a: int, b: int) -> bool:
        """Whether tokens [a, b) — what a judgement is said of — name a position, proposal,
        demand or condition."""
        return any(s.norms[k] in self.proposals for k in range(max(s.start, a), min(s.end, b)))

    def _third_party_at(self, s: Sentence, last: int | None) -> bool:
        """Whether the addressee found for an appeal (its mention starts or ends at ``last``)
        stands after a preposition of intercession («بالتدخل لدى لوكاشينكو»): a third party."""
        if last is None or last <= s.start:
            return False
        m = s.mention_ending_at(last)
        k = m.start if m is not None else last
        return k > s.start and s.norms[k - 1] in self.third_party_preps

    def _condition_actor(self, s: Sentence, holder: tuple[str, ...]) -> str | None:
        """The actor a condition of the sentence names first («if Hezbollah attacks», «إذا
        حاول حزب الله», «في حال أقدمت إسرائيل»), other than the holder; none when the
        condition is a positive step («if Damascus takes a positive step, Ankara will respond
        in kind»: rule 13, a hypothetical stance, no threat)."""
        if not s.words().isdisjoint(self.positive_steps):
            return None
        for k in range(s.start, s.end - 1):
            if s.norms[k] not in self.threat_conditions:
                continue
            for j in range(k + 1, min(s.end, k + 4)):
                m = s.mentions.get(j)
                if m is not None and m.kind in ("name", "capital", "adj", "person", "seat"):
                    actor = next((a for a in m.actors if a not in holder), None)
                    if actor is not None:
                        return actor
                    break
                if s.texts[j] in {",", "،"}:
                    break
        return None

    def _act_author_ar(self, s: Sentence, a: int, holder: tuple[str, ...],
                       ctx: Context) -> list[str]:
        """The state whose adjective (masculine or feminine, which the mention stage may read
        as «land») or name follows the act an appeal wants stopped (from
        token ``a``, the act's noun and its other adjectives first): «وقف العدوان
        الإسرائيلي», «وقف الهجمات العسكرية الإسرائيلية»; never a place or victim after a
        preposition («وقف الحرب على غزة»); else the author an earlier sentence gave the
        act («أدانت الغارات التي شنها الاحتلال … وطالبت بالوقف الفوري للغارات»)."""
        for k in range(a, min(s.end, a + 4)):
            m = s.mentions.get(k)
            if m is not None:
                if m.kind in ("adj", "name", "land") and not set(m.actors) & set(holder):
                    return list(m.actors)
                return []
            if not s.texts[k].isalpha() or s.norms[k] in self.prepositions or \
                    s.norms[k] in self.loc:
                break
        for k in range(max(s.start, a - 2), a):
            actors = self._act_of(ctx, s.norms[k]) if s.norms[k] in self.events else None
            if actors and not set(actors) & set(holder):
                return list(actors)
        return []

    def _pair_speaks(self, s: Sentence, k: int, cue: int) -> bool:
        """Whether «الوزيران» at token ``k`` is who speaks at the cue at ``cue``: no other
        speaker is named between them («… ورحّبا بجهود الوساطة», but not «…، فيما أثنى
        عراقجي على الدور الصيني في رعاية ذلك الاتفاق»)."""
        return s.norms[k] in self.official_duals and not any(
            (m := s.mentions.get(j)) is not None and m.kind in ("person", "name", "capital")
            and not self._is_location(s, m) for j in range(k + 1, cue))

    def _sponsors(self, s: Sentence, begin: int, stop: int,
                  holder: tuple[str, ...]) -> list[str]:
        """Actors named as sponsors or mediators of what is at ``begin``: after «رعته»,
        «برعاية», «بوساطة», "brokered by" within the window."""
        out: list[str] = []
        for k in range(begin, stop):
            if s.norms[k] in self.sponsor_links:
                j = k + 1
                while j < stop and (s.norms[j] in self.agent_links or s.norms[j] in self.articles):
                    j += 1
                m = s.mentions.get(self._past_style(s, j, stop))
                if m is not None and m.kind not in ("self", "land", "pair", "parties"):
                    for a in self._actors(self._group(s, m, s.end)):
                        if a not in out and a not in holder:
                            out.append(a)
        return out

    def _parties_of_agreement_en(self, s: Sentence, k: int) -> bool:
        """English: whether the mention at token ``k`` is a state's adjective (or two joined
        by a dash) right before a noun of agreement («the Russian–Turkish agreement», «the
        Turkish-Libyan memorandum»): the agreement's parties."""
        m = s.mentions.get(k)
        if m is None or m.kind != "adj":
            return False
        end = m2.end if (m2 := self._dash_partner(s, m)) is not None else m.end
        return end < s.end and s.norms[end] in self.agreement_nouns_en  # type: ignore[attr-defined]

    def _previous_person_en(self, s: Sentence, holder: tuple[str, ...]) -> list[str]:
        """The actors of the last official named in sentence ``s`` (by name, or by title:
        «the Emir of Qatar») that speaks for none of ``holder``."""
        people = [m for m in s.mentions.values()
                  if m.actors and set(m.actors).isdisjoint(holder) and (
                      m.kind == "person" or m.start - 2 >= s.start and
                      s.norms[m.start - 1] == "of" and s.norms[m.start - 2] in self.heads)]
        return list(max(people, key=lambda m: m.start).actors) if people else []

    def _later_partners_en(self, s: Sentence, begin: int, holder: tuple[str, ...],
                           ctx: Context, speaker: Holder | None) -> list[str]:
        """English: the partners of a second «with» that the same talks verb governs after
        «and» and an adverb of sequence («spoke by phone with Zelensky on the flight home, and
        afterwards with NATO's Rutte»), within the clause."""
        for j in range(begin, min(s.end - 1, begin + 12)):
            if s.texts[j] in {";", ":"} or s.norms[j] in SENT_END:
                return []
            if s.norms[j] in self.coord and s.norms[j + 1] in self.sequel_adverbs_en and \
                    j + 2 < s.end and s.norms[j + 2] in self.with_:
                return self._targets(s, j + 3, holder, ctx, speaker, "object", s.end)[0]
        return []

    def _partner(self, s: Sentence, begin: int, stop: int, holder: tuple[str, ...],
                 ctx: Context, speaker: Holder | None) -> tuple[list[str], int | None]:
        """The other side of a meeting noun: a mention within ``stop`` that is not a place,
        reached without crossing a comma (titles and مع may stand before it)."""
        k = begin
        while k < stop:
            if s.texts[k] in {"،", ",", ":"} or s.norms[k] in SENT_END:
                break
            m = s.mentions.get(k)
            if m is not None:
                if m.kind in ("capital", "self", "land") or self._is_location(s, m):
                    break
                actors = self._flatten(self._group(s, m, s.end), ctx, speaker)
                actors = [a for a in actors if a not in holder]
                return (actors, m.end) if actors else ([], None)
            k += 1
        return [], None

    def _compelled(self, s: Sentence, begin: int, stop: int, ctx: Context,
                   speaker: Holder | None, addressees: tuple[str, ...] = ()) -> list[str]:
        """The actor right after a word of compelling («بإلزام تركيا», "to force Israel")
        within a few tokens of the addressee."""
        if begin + 1 < stop and s.texts[begin] in {",", "،"} and not (
                # «وطالب السيسي، خلال اللقاء، الإدارة الأمريكية …»: a circumstance
                self.lang == "ar" and (s.norms[begin + 1] in self.prepositions or
                                       s.norms[begin + 1].startswith("خلال"))):
            # «the US and France, which guarantee the truce, to compel Israel …», «الولايات
            # المتحدة وفرنسا، العضوين في لجنة الإشراف …، إلى إلزام إسرائيل …»
            close = next((k for k in range(begin + 1, min(stop, begin + 12))
                          if s.texts[k] in {",", "،"}), None)
            if close is not None:
                begin = close + 1
        # Arabic: «إلى تحمّل مسؤولياته واتخاذ إجراءات تُلزم إسرائيل …»: the compelling verb
        # may close the asked-for clause
        reach = 8 if self.lang == "ar" else 3
        if self.lang == "en" and any(s.norms[k] in self.leverage_nouns
                                     for k in range(begin, min(stop, begin + 6))):
            reach = 9  # «to use its considerable influence to make Israel end this war»
        for k in range(begin, min(stop, begin + reach)):
            if self.lang == "ar" and s.texts[k] in {"،", ","}:
                break
            if self.lang == "en" and s.norms[k] in self.compel and not (
                    k > s.start and s.norms[k - 1] == "to" or s.norms[k].endswith("ing")):
                continue  # («the security forces»: a noun; «to force», «pressing» compel)
            if s.norms[k] in self.compel or self.lang == "ar" and s.fulls[k] in self.compel:
                if self.lang == "ar" and s.fulls[k] != s.norms[k] and \
                        s.fulls[k].endswith(("ها", "هم", "ه")) and \
                        (before := self._previous_actor(s, begin, addressees)):
                    # «مطالباً المجلس بـ«إلزامها بوقف اعتداءاتها»» after «إن إسرائيل ارتكبت
                    # …»: the compelled is the pronoun's, the actor named before the addressee
                    return before
                j = k + 1
                while j < stop and s.norms[j] in self.articles:
                    j += 1
                if self.lang == "ar" and j not in s.mentions:
                    # «ممارسة ضغط حقيقي على الحكومة الإسرائيلية»: pressure bears on the
                    # actor after «على», past its adjective
                    # (past a closing quote too: «بممارسة "ضغط حقيقي" على الميليشيات …»)
                    quoted = any(s.texts[x] in QUOTES for x in range(j, min(stop, j + 2)))
                    j = next((x for x in range(j, min(stop, j + 4 + quoted))
                              if x in s.mentions or s.texts[x] in {"،", ","}), j)
                m = s.mentions.get(j)
                if m is not None and m.kind not in ("self", "land", "pair", "parties"):
                    return self._flatten(self._group(s, m, s.end), ctx, speaker)
                return []
        return []

    def _dialogue_partners(self, s: Sentence, begin: int, holder: Holder, targets: list[str],
                           ctx: Context, speaker: Holder | None) -> list[str]:
        """«دعا X إلى الحوار مع Y», «حان الوقت كي تبدأ X المحادثات مع Y»: the call for talks
        targets each side (rule 12), the partner after مع as well as the addressee."""
        for k in range(begin, min(s.end - 1, begin + 8)):
            if s.texts[k] in {"،", ",", ".", "؛"}:
                return []
            if s.norms[k] in self.with_:
                m = s.mentions.get(k + 1)
                if m is None or m.kind not in ("name", "capital", "seat", "adj") or \
                        self._is_location(s, m):
                    return []
                return [a for a in self._flatten(self._group(s, m, s.end), ctx, speaker)
                        if a not in targets and a not in holder.actors]
        return []

    def _agreed_to_act(self, s: Sentence, begin: int) -> bool:
        """«اتفقا على عقد جولة» (agreed to do something) rather than «اتفقا على أن …»,
        «على ضرورة …» (agreed that): the first is the act's own stance, not agrees_with."""
        return self._on_act(s, begin)

    def _specified_addressee(self, s: Sentence, j: int) -> Mention | None:
        """The actor a call singles out among those it addresses («جميع الأطراف، ولا سيما
        حزب الله، إلى …», "all parties, in particular Hezbollah, to …"; words specifiers),
        within a few words after the addressee at token ``j``."""
        for k in range(j, min(s.end - 1, j + 8)):
            n = next((n for n in (4, 3, 2, 1) if tuple(s.norms[k + 1:k + 1 + n]) in
                      self.specifiers), 0) if s.texts[k] in {",", "،"} else 0
            if not n:
                continue
            x = k + 1 + n
            while x < s.end and x not in s.mentions and (s.norms[x] in self.articles or
                                                         s.norms[x] in self.heads):
                x += 1
            m = s.mentions.get(x)
            return m if m is not None and m.kind in ("name", "capital", "adj") else None
        return None

    def _asked_clause_end_ar(self, s: Sentence, begin: int, stop: int) -> int:
        """Arabic: where what an appeal asks ends. Once the act asked is opened («بتقديم
        اعتذار», «إلى وقف …»), a comma before a word joined by «و» that opens no further act
        asked («، وقررت استدعاء سفيرتها للتشاور») starts the subject's next clause; a list of
        acts asked («، وبوقف …», «، وإلى …», «، ووقف الهجمات», «، والتوقف عن …») runs on, and
        so does one whose first item names what is asked (the caller checks the list itself)."""
        opened = False
        for k in range(begin, stop - 1):
            full = s.fulls[k]
            if not opened:
                opened = s.norms[k] in self.asked_act_preps or \
                    full.startswith("ب") and len(full) > 3 and k not in s.mentions
                continue
            if s.texts[k] not in {"،", ","}:
                continue
            if s.norms[k + 1] in self.clause_subordinators:
                return k  # «…، بعدما أمرت الوزارة موظفيها بمغادرة نجامينا»: what happened
            nxt = s.fulls[k + 1]
            if nxt.startswith("و") and len(nxt) > 2 and not nxt.startswith(("وب", "وال")) and \
                    nxt[1:] not in self.asked_act_preps and \
                    k + 1 not in s.doc.user_data["sg_content_starts"] and \
                    not self._contents(s, begin, k, "appeal"):
                return k
        return stop

    def _envoys_told_to_leave(self, s: Sentence, after: int, kinds: list[tuple[str, int]]
                              ) -> bool:
        """Arabic: whether the withdrawal an appeal after token ``after`` asks is of envoys
        («طلبت من السفير اللبناني مغادرة أراضيها», «القائم بالأعمال»), not of forces: an
        expulsion is an act, none of the stance types (as English EXPELLED)."""
        end = max(e for k, e in kinds if k == "demands_withdrawal")
        words = {s.norms[x] for x in range(after, min(s.end, end + 4))}
        return not words.isdisjoint(self.withdrawn_envoys_ar) and \
            words.isdisjoint(self.withdrawn_forces_ar)

    def _first_ask_untyped_ar(self, s: Sentence, after: int, stop: int) -> bool:
        """Arabic: whether an appeal's addressee (ending at ``after``) is asked first, after
        «ب» or «إلى», to do something no content types («بتقديم اعتذار رسمي»، «إلى إعادة
        تقييم سياستها»), and only in a conjunct after it what a content types («وسحب
        قواتها»): rule 10 types the first as a demand (as English «to comply … and to …»)."""
        k = after
        if k >= stop:
            return False
        if s.norms[k] in self.asked_act_preps and s.fulls[k] == s.norms[k]:
            k += 1  # «إلى إعادة …»
        elif not (s.fulls[k].startswith("ب") and (s.norms[k] != s.fulls[k] or
                                                   len(s.fulls[k]) > 4)):
            return False  # «بتقديم …», «بتوضيح …» (a verbal noun the lexicon does not know)
        if k >= stop or k in s.mentions or not s.texts[k].isalpha() or \
                k in s.doc.user_data["sg_content_starts"]:
            return False
        first = min((sp.start for sp, _ in s.contents if sp.end > k and sp.start < stop),
                    default=None)
        if first is None or first <= k or first - k > 10:
            return False
        coordinated = s.fulls[first].startswith("و") and s.norms[first] != s.fulls[first] or \
            s.texts[first - 1] == "و" or any(
                # the conjunct may open before the content's word («، والتوقف عن الأعمال
                # الاستفزازية», «وإلى حوار …»), not within a noun phrase («الآلية السياسية
                # والأمنية … للحوار»)
                s.fulls[x].startswith("و") and s.norms[x] != s.fulls[x] and
                (s.texts[x - 1] in {"،", ","} or s.fulls[x][1:] in self.asked_act_preps)
                for x in range(k + 1, first))
        return coordinated and not any(s.texts[x] in ASK_ENDS or x in s.mentions and
                                       s.mentions[x].kind == "name" and
                                       s.texts[x - 1] != "ل" and
                                       not s.fulls[x].startswith("ل")
                                       for x in range(k + 1, first))

    def _left_place(self, s: Sentence, cend: int) -> tuple[str, ...]:
        """The actors of the place a withdrawal asked for leaves («must leave Libya», «leave
        Libyan territory», «withdraw its forces from Lebanon», «pull out of Syria»): the
        territory, not whose forces are to go (words departure_words, departure_preps;
        «the withdrawal of Russian forces» names the forces)."""
        out: list[str] = []
        k = cend
        while k < min(s.end, cend + 8):
            if k == cend and s.norms[k - 1] in self.departure_words or \
                    s.norms[k] in self.departure_preps or \
                    s.norms[k] in self.out_of and s.norms[k - 1] == "out":
                x = k if k == cend and s.norms[k - 1] in self.departure_words else k + 1
                while x < s.end and (s.norms[x] in self.articles or
                                     s.norms[x] in self.region_modifiers):
                    x += 1  # («withdraw from southern Lebanon»: a part of the territory)
                m = s.mentions.get(x)
                if m is not None and m.kind in ("name", "capital", "adj"):
                    out += m.actors
                    k = m.end
                    continue
            k += 1
        return tuple(out)

    def _later_ask_untyped_ar(self, s: Sentence, after: int, stop: int) -> bool:
        """Arabic: whether, after the last typed thing an appeal asks (ending at ``after``),
        a conjunct «وب…» asks for something no content types («بوقف هجماتها على القطاع فوراً،
        وبرفع الحصار»): rule 10 types it as a demand."""
        for x in range(after, min(stop, after + 8)):
            if s.texts[x] in ASK_ENDS or x in s.mentions:
                return False
            if s.fulls[x].startswith("وب") and s.norms[x] != s.fulls[x] and \
                    s.texts[x].isalpha() and x not in s.doc.user_data["sg_content_starts"]:
                return True
        return False

    def _placed_elsewhere(self, s: Sentence, before: int, pair: tuple[str, ...]) -> bool:
        """Whether the sentence places what was mediated in a state outside the article's
        pair before the mediation noun («رحب الجانبان بالهدنة التي أُعلنت في اليمن … برعاية
        الأمم المتحدة», «the truce announced in Yemen under UN auspices»): the sides of that
        mediation are that state's, not the pair's (rule 16)."""
        for k, m in s.mentions.items():
            if s.start < k < before and m.kind == "name" and \
                    not set(m.actors) & set(pair) and s.norms[k - 1] in self.in_preps:
                return True
        return False

    def _fought(self, s: Sentence, begin: int, end: int) -> set[str]:
        """The actors named from ``begin`` to ``end`` (inclusive) right after a preposition of
        opposition, past an article («in the fight against ISIS»; words opponent_preps)."""
        out: set[str] = set()
        for m in s.mentions.values():
            if not begin <= m.start <= end or m.start <= s.start:
                continue
            k = m.start - 1
            if k > s.start and s.norms[k] in self.articles:
                k -= 1
            if s.norms[k] in self.opponent_preps:
                out.update(m.actors)
        return out

    def _second_act_ar(self, s: Sentence, after: int, stop: int, holder: tuple[str, ...],
                       targets: list[str]) -> list[str]:
        """Arabic: the author of an act noun joined by «وبـ» after the first object («وبتطمينات
        رئيس وزراء كوسوفو», «وبـ«تطمينات …»»), named right after it past titles; ``targets``
        with that author added."""
        for k in range(after, min(stop, after + 12)):
            quoted = s.texts[k].rstrip("ـ") == "وب" and k + 1 < stop and s.texts[k + 1] in QUOTES
            if not s.fulls[k].startswith("وب") or not (quoted or self._names_event(s.norms[k])):
                continue
            j = k + 3 if quoted else k + 1  # (past the quote and the act noun in it)
            m = s.mentions.get(self._past_heads(s, j, min(stop, j + 5), ()))
            if m is not None and m.kind in ("name", "capital", "adj", "person"):
                return targets + [a for a in m.actors if a not in targets and a not in holder]
            return targets
        return targets

    def _addressee_apposition_en(self, s: Sentence, start: int, stop: int
                                 ) -> tuple[int, int] | None:
        """English: the span between the commas of an apposition after an appeal's addressee
        («calls on the United States and France, the sponsors of the arrangement …, to
        assume …»): a comma, an article, no verb, then a comma right before «to»."""
        a = next((k for k in range(start, stop - 1) if s.texts[k] == ","), None)
        if a is None or s.norms[a + 1] not in self.articles:
            return None
        finite = s.finite_cue_tokens()
        for b in range(a + 2, stop - 1):
            if b in finite:
                return None
            if s.texts[b] == "," and s.norms[b + 1] == "to":
                return a, b
        return None

    def _pronoun_act_ar(self, s: Sentence, i: int, holder: tuple[str, ...],
                        ctx: Context) -> list[str] | None:
        """Arabic: when the nearest noun before the verb at ``i`` (in its sentence) that may be
        its object pronoun's antecedent is an act or a draft's text, not an actor, the author
        of that act: named right after it, else the one an earlier sentence gave it, else,
        for a draft or its text («النص»), the author of the act the lead names; None when an
        actor is nearer."""
        if i - 2 > s.start and s.norms[i - 1] in self.relative:
            # «رفضت المقترح السوداني، الذي أيدته مصر»: the relative's antecedent, an act
            # and its author's adjective
            e = i - 2 if s.texts[i - 2] in {"،", ","} else i - 1  # (past its comma)
            m = s.mention_ending_at(e)
            if m is not None and m.kind == "adj" and m.start > s.start and (
                    self._names_event(s.norms[m.start - 1]) or
                    s.norms[m.start - 1] in self.draft_nouns):
                return [a for a in m.actors if a not in holder]
        covered = {x for m in s.mentions.values() for x in range(m.start, m.end)}
        for k in range(i - 1, s.start - 1, -1):
            if k in covered:
                return None
            n = s.norms[k]
            draft = n in self.draft_nouns or n in self.draft_texts
            if not (draft or self._names_event(n)):
                continue
            m = s.mentions.get(k + 1)
            actors = m.actors if m is not None and m.kind in ("adj", "name", "capital") else \
                self._act_of(ctx, n) or (ctx.lead_act if draft else None)
            return [a for a in actors or () if a not in holder]
        return None

    def _act_before_ar(self, s: Sentence, before: int, holder: tuple[str, ...],
                       ctx: Context) -> list[str]:
        """Arabic: the author of the last act noun before token ``before`` in the sentence
        («المشروع الروسي» -> Russia), named by the adjective or name right after it, else the
        author an earlier sentence gave that noun; [] when there is none."""
        for k in range(before - 1, s.start - 1, -1):
            if k in s.mentions or not self._names_event(s.norms[k]):
                continue
            m = s.mentions.get(k + 1)
            actors = m.actors if m is not None and m.kind in ("adj", "name", "capital") \
                else self._act_of(ctx, s.norms[k])
            return [a for a in actors or () if a not in holder]
        return []

    def _attacked(self, s: Sentence, begin: int, stop: int) -> set[str]:
        """The actors a noun of force between ``begin`` and ``stop`` names as attacked
        («الهجوم على السفارة السعودية», «الاعتداء على الموقع التشادي», «the attack on the
        Saudi embassy»: «على», «on», «against» right after the noun, then the place and its
        state; words force_nouns, on_preps)."""
        out: set[str] = set()
        for k in range(begin, min(stop, s.end) - 2):
            if "ال" + self._bare(s.norms[k]) not in self.force_nouns and \
                    s.norms[k] not in self.force_nouns:
                continue
            if s.norms[k + 1] not in self.on_preps:
                continue
            for x in range(k + 2, min(s.end, k + 5)):
                m = s.mentions.get(x)
                if m is not None:
                    e = m.end
                    if self.lang == "ar" or m.kind == "adj" or e < s.end and (
                            s.texts[e] in {"'s", "'"} or s.texts[e].isalpha() and
                            s.texts[e].islower() and s.norms[e] not in self.coord and
                            s.norms[e] not in self.prepositions and
                            s.norms[e] not in self.articles):
                        # «the attack on the Saudi embassy», «on Saudi Arabia's oil
                        # facilities»: a place of the state; «the attack on Israel» names the
                        # one attacked as a target too
                        out.update(m.actors)
                    break
                if not s.texts[x].isalpha():
                    break
        return out

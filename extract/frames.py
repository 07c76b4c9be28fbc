"""Stage 4d — frames: how each kind of cue (appeal, readiness, talks, mediation, concern,
object) turns its arguments into typed readings (annotation rules 9, 10, 14, 20, 26)."""

from __future__ import annotations

from extract.arguments import ArgumentRules
from extract.lexicon import CueForm
from extract.sentence import (
    FINITE,
    MUTUAL,
    QUOTES,
    Context,
    Holder,
    Mention,
    Reading,
    Sentence,
)


class FrameRules(ArgumentRules):
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
        if self.lang == "en" and holder.source == "their":
            return self._mutual(label, holder.actors)  # «during their meeting»
        if self.lang == "en" and label == "holds_talks" and form.tag == "p" and \
                holder.source in ("sentence", "context"):
            return []  # «after talking to Zelensky»: whose talk the clause does not say
        if frame == "appeal" or frame == "obligation":
            window_end = min(s.end, nxt)  # a following verb starts another clause
            kinds = self._contents(s, sp.end, window_end, "appeal")
            if self.lang == "en":
                kinds = self._nested_appeal_en(s, kinds)  # «urged X to call on Y to …»
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
                modal = self._modal_target_en(s, sp, form, holder, ctx) \
                    if self.lang == "en" else []
                m = self._addressee(s, j) if not modal else None
                if modal:  # «Washington should …»: the subject of the modal is asked
                    targets, last = modal, sp.end
                    for lab, e in self._purpose_contents_en(s, sp):
                        if all(lab != k for k, _ in kinds):
                            kinds.append((lab, e))
                    if kind == "demands_withdrawal":
                        more, _ = self._targets(s, cend, holder.actors, ctx, speaker, "object",
                                                min(s.end, cend + 8))
                        targets += [a for a in more if a not in targets]
                elif m is not None and m.kind != "self" and not self._is_location(s, m):
                    grp = self._group(s, m, s.end)
                    targets = self._flatten(grp, ctx, speaker)
                    last = grp[-1].end
                    if self.lang == "en":
                        targets = self._bloc_extend_en(s, last, targets)
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
                    if not targets and self.lang == "en" and kind == "urges_restraint" and \
                            cend < s.end and s.norms[cend] in self.restraint_from_en:
                        # «called for restraint from Ethiopia and Somalia»
                        targets, last = self._targets(s, cend, holder.actors, ctx, speaker,
                                                      "object", min(s.end, cend + 5))
            labels = [k for k, _ in kinds] or ([default] if default else [])
            if not labels:
                return []
            if not targets and self.lang == "en":
                # «demanded an explanation from Israel»
                k = next((x for x in range(sp.end, min(s.end, sp.end + 8))
                          if s.norms[x] == "from" and x + 1 in s.mentions), None)
                if k is not None and not self._is_location(s, s.mentions[k + 1]):
                    targets, last = self._targets(s, k + 1, holder.actors, ctx, speaker,
                                                  "object", min(s.end, k + 4))
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
            while pos > s.start + 1 and pos >= sp.start - 3 and s.texts[pos].isalpha() and \
                    s.texts[pos].islower() and s.norms[pos] not in self.articles and \
                    s.norms[pos - 1] != "of":
                pos -= 1  # «Washington's continued involvement in hostilities»
            if not (pos > s.start and s.norms[pos] == "'s"):
                pos = sp.start - 1
            if pos > s.start and s.norms[pos] == "'s":
                m = next((x for x in s.mentions.values() if x.end == pos), None)
            elif sp.end + 1 < s.end and s.norms[sp.end] == "of":
                m = s.mentions.get(sp.end + 1) or (  # «the aggressive course of the US»
                    s.mentions.get(sp.end + 2) if s.norms[sp.end + 1] in self.articles
                    else None)
            else:
                # «Lebanese sovereignty», «Armenian provocations»
                m = next((x for x in s.mentions.values() if x.end == sp.start and
                          x.kind in ("adj", "land")), None)
                if m is not None and m.kind == "land":
                    m = Mention(m.start, m.end, "adj", m.actors, m.gender, m.text)
                if m is None and label == "accuses":
                    # «Armenia preferred provocations»: the subject of the verb before
                    v = sp.start - 1
                    while v > s.start and s.norms[v] in self.determiners_en:
                        v -= 1
                    if v > s.start and s.texts[v].isalpha() and s.texts[v].islower() and \
                            s.norms[v] not in self.prepositions and v not in s.mentions:
                        h = self._subject_en(s, v, ctx)
                        if h is not None and h.source == "svo":
                            targets = [a for a in h.actors if a not in holder.actors]
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
            else:
                if self.lang == "en" and sp.start > s.start and s.norms[sp.start - 1] == "with":
                    # «noted with concern a tendency of India to …»
                    targets, last = self._targets(s, sp.end, holder.actors, ctx, speaker,
                                                  "object", min(s.end, sp.end + 8))
        elif frame == "with" and self.lang == "en" and cue.id in self.pair_only_en and \
                not set(s.norms[sp.start:min(s.end, sp.end + 4)]) & self.with_:
            # «the two ministers discussed …» (rule 15): talks only between a pair of holders
            return self._mutual(label, holder.actors) if len(holder.actors) >= 2 else []
        elif frame == "with":
            stop = min(s.end, max(nxt, sp.end + 2))
            pronoun = False
            reach = 14 if self.lang == "en" else 8  # «discussed X on the border with Y»
            for k in range(begin, min(stop, begin + reach)):
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
                if parties and (holder.source == "by" or self.lang == "en" and
                                holder.source == "genitive"):  # «under Qatari mediation»
                    # «delegations from Israel and Hamas … talks mediated by Egypt»
                    targets = parties[0]
                elif ctx.pair:
                    targets = list(ctx.pair)
        elif frame == "attributed" and self.lang == "en" and subject is None and \
                not any(f.cue.label == "_speech" for _, forms in s.cues for f in forms):
            return []  # «Israeli forces shelled the town»: narration, nobody's accusation
        elif frame == "attributed":
            # "X يحاول استخدام …": the speaker attributes an intent to the clause's subject.
            h = self._subject_en(s, sp.start, ctx) if self.lang == "en" else \
                self._svo(s, sp.start, "")
            if self.lang == "en" and (h is None or not h.actors):
                h = self._that_clause_subject_en(s, sp.start, ctx)
            targets = [a for a in (h.actors if h else ()) if a not in holder.actors]
            if not targets and self.lang == "en":
                # «these demands are meant to infringe the sovereignty of Qatar»: the act's
                # authors named earlier in the article
                targets = self._act_subject_en(s, sp, holder)
            spoken = any(f.cue.label == "_speech" for _, forms in s.cues for f in forms)
            if not targets and self.lang == "en" and holder.source != "context" and (
                    spoken or holder.source != "sentence"):
                # «described the Israeli move as a flagrant violation of …»: the first actor
                # of the clause whose act is so labelled; «… , committing crimes»: the last
                targets = self._first_actor_en(s, sp.start, holder.actors) if \
                    form.tag == "x" else self._previous_actor(s, sp.start, holder.actors)
        else:  # object
            stop = min(s.end, max(nxt, begin + 1) + 2)
            if self.lang == "en":
                stop = self._shared_object_en(s, sp, nxt, stop)  # «reject and condemn X»
            targets, last = self._targets(s, begin, holder.actors, ctx, speaker, "object",
                                          stop)

            if self.lang == "en":
                targets = self._object_en(s, sp, label, holder, ctx, targets)
            if not targets and (form.tag in FINITE or self.lang == "en" and form.tag == "p") and (
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

    @staticmethod
    def _mutual(label: str, actors: tuple[str, ...]) -> list[Reading]:
        """A stance the holders take toward each other (rule 26)."""
        return [((label, (h,), [t for t in actors if t != h]), None) for h in actors]

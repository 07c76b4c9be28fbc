"""Stage 4a — mentions: actors, references to the sides and acts named in a sentence,
and lists of coordinated actors."""

from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Doc

from extract.nlp import ActorEntry
from extract.normalize import normalize, strip_vowels
from extract.sentence import (
    ACT_MENTION,
    FINITE,
    NAME_DASHES,
    OPEN_QUOTES,
    QUOTES,
    Context,
    Holder,
    Mention,
    RuleBase,
    Sentence,
)

# the stances toward an agreement that are toward its signatories (rule 11); a welcome of
# it is toward no party (rule 23)
CENSURE_LABELS = frozenset({"rejects", "condemns", "accuses", "warns", "expresses_concern"})


class MentionRules(RuleBase):
    def _mentions(self, doc: Doc, date: str | None) -> dict[int, Mention]:
        gaz = self.res.gazetteer
        out: dict[int, Mention] = {}
        groups: list[tuple[int, tuple[str, ...]]] = []
        nonactor_ends: set[int] = set()
        doc.user_data["sg_nonactor_ends"] = nonactor_ends
        none_spans: list[tuple[int, int]] = []
        for span, entries in doc._.sg.actors:
            entry = self._choose(span.text, entries)
            if self.lang == "en" and span.text.islower() and any(c.isupper() for c in entry.raw):
                continue  # «north-west Syria»: a common word, not «the West»
            if entry.kind == "none":
                nonactor_ends.add(span.end)  # (a subject that is no actor, for _svo)
                none_spans.append((span.start, span.end))
                continue  # «West Bank»: a name that holds an actor's name
            if entry.kind == "person":
                if self.lang == "ar" and strip_vowels(span.text).endswith("ة") and \
                        not entry.raw.endswith("ة"):
                    continue  # «مطار السليمانية»: a ta marbuta is no pronoun after «سليماني»
                person = gaz.people[entry.ref]
                actor = person.actor_on(date)
                if actor is None:
                    continue
                end = self._lineage_end(doc, span.end)
                m = Mention(span.start, end, "person", (actor,), entry.gender,
                            span.text if end == span.end else doc[span.start:end].text,
                            person=entry.ref)
            elif entry.kind == "group":  # «the E3», «the Baltic states»: see _group_members
                m = Mention(span.start, span.end, "name", (entry.ref,), entry.gender,
                            span.text)
                groups.append((span.start, entry.members))
            else:
                if self.lang == "ar" and entry.kind == "name" and span.end - span.start == 1 and \
                        span.start > 0 and \
                        doc.user_data["sg_norms"][span.start - 1] in self.financial_heads and \
                        normalize(entry.raw) in self.financial_names:
                    continue  # «وزير المالية», «حزمة دعم مالي»: "financial", not Mali
                if self.lang == "ar" and entry.kind == "name" and span.end < len(doc) and \
                        doc.user_data["sg_norms"][span.end] in self.bilateral_body_tails and \
                        tuple(doc.user_data["sg_norms"][span.start:span.end]) in \
                        self.bilateral_body_names:
                    continue  # «مجلس التعاون رفيع المستوى بين البلدين»: a two states' body
                if self.lang == "ar" and entry.kind == "capital" and span.start > 0 and \
                        doc.user_data["sg_norms"][span.start - 1] in self.document_heads:
                    continue  # «اتفاقية فيينا», «مسار أستانا»: the treaty's, not the state's
                if self.lang == "en" and entry.kind == "capital" and span.end < len(doc) and \
                        doc.user_data["sg_norms"][span.end] in self.document_tails:
                    continue  # «the Vienna Convention», «the Doha Agreement»: the same
                if entry.kind == "name" and self._summit_attended(doc, span.start, span.end):
                    continue  # «لحضور القمة العربية», "at the Arab summit": where, not who
                if self.lang == "ar" and self._abstainer(doc, span.start, span.end):
                    continue  # «مقابل اعتراض روسيا وامتناع الصين عن التصويت»: a vote's tally
                m = Mention(span.start, span.end, entry.kind, (entry.ref,), entry.gender,
                            span.text)
                if entry.kind == "adj" and self._people_head(doc, span.start, span.end) or \
                        entry.kind == "name" and span.end < len(doc) and \
                        doc.user_data["sg_norms"][span.end] in self.private_people:
                    # الشعب الفلسطيني، الأراضي السورية, «a Saudi commentator» («Saudi» is also
                    # a name): not an actor
                    m.kind = "land"
                elif entry.kind == "adj" and self.lang == "en" and span.text.endswith("s") and \
                        span.start > 0 and (
                            doc.user_data["sg_norms"][span.start - 1] == "of" or
                            # «called on all Ecuadorians», «its support for Syrians»
                            span.text.endswith(("ns", "is")) and
                            doc.user_data["sg_norms"][span.start - 1] in self.people_quantifiers):
                    m.kind = "land"  # «the displacement of Palestinians»: a people (rule 25)
                elif entry.kind == "name" and self.lang == "en" and span.start > 1 and \
                        doc.user_data["sg_norms"][span.start - 1] == "of" and \
                        doc.user_data["sg_norms"][span.start - 2] in self.people_of_en and \
                        not (span.start > 3 and
                             doc.user_data["sg_norms"][span.start - 3] == "and" and
                             doc.user_data["sg_norms"][span.start - 4] in self.authorities_in):
                    # «stands with the people of Sudan»: a people (rule 25); not «the
                    # government and people of Iraq», whose government is named too
                    m.kind = "land"
            out[span.start] = m
        if self.lang == "ar":
            self._affiliated_bodies(out, none_spans, doc.user_data["sg_norms"], nonactor_ends)
        self._group_members(out, groups)
        if self.lang == "en":
            self._possessed_groups(out, doc.user_data["sg_norms"])
            self._ambiguous_demonyms(out, doc.user_data["sg_norms"], doc.user_data["sg_texts"])
        covered = {i for m in out.values() for i in range(m.start, m.end)}
        norms = doc.user_data["sg_norms"]
        texts = doc.user_data["sg_texts"]
        self._ambiguous_names(out, covered, doc)
        if self.lang == "ar":  # (English reads «the junta» in clause_en: _regime_refs_en)
            self._regime_refs(out, covered, doc)
            self._surnames(out, covered, norms, texts, doc)
        else:
            self._given_names(out, covered, norms, texts)
        refs = self.one_word_refs
        for i in [i for i, n in enumerate(norms) if n in refs]:
            if i in covered:
                continue
            n = norms[i]
            if n in self.self_refs:
                out[i] = Mention(i, i + 1, "self", (), "f", texts[i])
            elif n in self.joint_refs:
                out[i] = Mention(i, i + 1, "all", (), "m", texts[i])  # «الجميع»
            elif n in self.pair_refs:
                nxt = out.get(i + 1)
                if nxt is not None and nxt.kind == "adj":
                    # الجانبين الإسرائيلي والفلسطيني: the adjectives name the sides
                    if self.lang == "ar":
                        self._pair_adjectives(out, i, texts, doc.user_data["sg_fulls"])
                    continue
                out[i] = Mention(i, i + 1, "pair", (), "m", texts[i])
        bare = [i for i, n in enumerate(norms[:-1]) if n in self.bare_pair_refs] \
            if self.lang == "en" and not self.bare_pair_refs.isdisjoint(norms) else []
        for i in bare:
            if i not in covered and i not in out and norms[i + 1] == "to":
                out[i] = Mention(i, i + 1, "pair", (), "m", texts[i])  # «urged both to …»
        if self.lang == "en" and not self.pair_ref_openers.isdisjoint(norms):
            self._modified_pair_refs(out, covered, norms, texts)
        text = doc.user_data["sg_text"]
        for match, kind in self.ref_table.find(norms, text, doc.user_data["sg_starts"],
                                               doc.user_data["sg_ends"]):
            if match.start not in out and match.start not in covered:
                out[match.start] = Mention(match.start, match.end, kind, (),
                                           "f" if kind == "parties" else "m", match.text)
        if self.lang == "en" and any(w in text for w in self.defined_pair_nouns):
            for match, kind in self.defined_pairs.find(norms, text, doc.user_data["sg_starts"],
                                                       doc.user_data["sg_ends"]):
                noun = match.text.split()[-1]
                old = out.get(match.start)
                of = {norms[x] for x in (match.start - 1, match.end)
                      if 0 <= x < len(norms)} & {"of"}
                if noun[:1].isupper() and not of and (
                        old is None and match.start not in covered or
                        old is not None and old.kind == "parties"):
                    # «The Parties reaffirmed …»: a joint statement's own two
                    out[match.start] = Mention(match.start, match.end, kind, (), "m",
                                               match.text)
        self._numbered_resolutions(out, norms, texts)
        if self.lang == "ar":
            apposed = [i for i, n in enumerate(norms) if n in self.apposed_pair_refs and
                       i not in out and i not in covered]
            for i in apposed:
                out[i] = Mention(i, i + 1, "pair", (), "m", texts[i])
            self._pair_apposition(out, texts, doc.user_data["sg_fulls"])
            for i in apposed:
                if out[i].kind == "pair":
                    del out[i]  # («طرفي النزاع» alone: no apposition names its sides)
            for i, m in list(out.items()):
                nxt = out.get(m.end)
                if m.kind == "parties" and nxt is not None and nxt.kind == "adj" and \
                        len(nxt.actors) == 1 and nxt.end - nxt.start == 1 and \
                        not (nxt.end in out and out[nxt.end].kind == "adj"):
                    # «الأطراف الليبية كافة», «جميع الأطراف السودانية»: one state's own
                    # parties are that state (rule 5), not the sides of a conflict
                    out[i] = Mention(m.start, nxt.end, "name", nxt.actors, "f",
                                     f"{m.text} {nxt.text}")
                    del out[nxt.start]
        return out

    def _modified_pair_refs(self, out: dict[int, Mention], covered: set[int],
                            norms: list[str], texts: list[str]) -> None:
        """English: «thanked the two Gulf states», «commended both member states»: a number
        (after «the») or «both», one or two modifiers (words pair_ref_modifiers, or capitalised
        words that name no actor) and a noun of pair_ref_nouns are the sides named before, as
        «the two countries» is (which the phrase table reads); so is «The two» opening a
        sentence before a verb of the cues («The two discussed the incident and agreed to …»)."""
        for i, n in enumerate(norms):
            if n not in self.pair_ref_openers:
                continue
            start = i if n == "both" else i - 1
            if start < 0 or norms[start] not in ("both", "the"):
                continue
            j = i + 1
            while j < len(norms) and j - i <= 2 and j not in covered and j not in out and (
                    norms[j] in self.pair_ref_modifiers or texts[j][:1].isupper() and
                    texts[j].replace("-", "").isalpha()):
                j += 1
            if j == i + 1 and n != "both" and texts[start] == "The" and j < len(norms) and \
                    texts[j].islower() and \
                    (norms[j],) in self.lex.cues and \
                    not any(x in out or x in covered for x in range(start, j)):
                # «The two discussed the incident and agreed to …»: «the two» as the subject
                # of a verb of the cues
                out[start] = Mention(start, j, "pair", (), "m", " ".join(texts[start:j]))
                continue
            if j == i + 1 or j >= len(norms) or norms[j] not in self.pair_ref_nouns or \
                    any(x in out or x in covered for x in range(start, j + 1)):
                continue
            out[start] = Mention(start, j + 1, "pair", (), "m", " ".join(texts[start:j + 1]))

    def _numbered_resolutions(self, out: dict[int, Mention], norms: list[str],
                              texts: list[str]) -> None:
        """«resolution 2722», «القرار 2735», «القرار رقم 833»: a numbered resolution is the
        Security Council's act and stance (rule 22), unless another body is named right
        before it («General Assembly resolution ES-10/24»)."""
        if "UNSC" not in self.res.gazetteer.actors:
            return
        nouns = self.resolution_nouns
        for i in [i for i, n in enumerate(norms) if n in nouns]:
            if i in out:
                continue
            j = i + 1 + (i + 1 < len(norms) and norms[i + 1] in self.number_words_before)
            if j >= len(texts) or not texts[j][:1].isdigit():
                continue
            if any(k in out and out[k].end == i and out[k].actors != ("UNSC",) and
                   self.org_ids.issuperset(out[k].actors) for k in range(max(0, i - 4), i)):
                continue  # «General Assembly resolution ES-10/24» is another body's
            out[i] = Mention(i, j + 1, "name", ("UNSC",), "m", " ".join(texts[i:j + 1]))

    @staticmethod
    def _group_members(out: dict[int, Mention],
                       groups: list[tuple[int, tuple[str, ...]]]) -> None:
        """A named group of actors is one actor («the E3 demanded …» → E3), as the West is,
        when the article introduces it by that name («the European troika, France, Britain
        and Germany»). An article that first names each member («Britain, France and
        Germany, known as the E3», «Estonia, Latvia and Lithuania, the three Baltic states»)
        uses the group's name as short for those states: there it stands for each of them."""
        decided: dict[str, bool] = {}
        for start, members in groups:
            group = out[start].actors[0]
            if group not in decided:
                named = {a for k, m in out.items() if k < start and m.kind != "person"
                         for a in m.actors}
                decided[group] = named.issuperset(members)
            if decided[group]:
                out[start].actors = members

    def _ambiguous_demonyms(self, out: dict[int, Mention], norms: list[str],
                            texts: list[str]) -> None:
        """«the Dominican closure» in an article that names the Dominican Republic (or Santo
        Domingo) and not Dominica: a demonym of several states is the one the article names,
        when it names exactly one of them."""
        demonyms = self.ambiguous_demonyms_en
        if not demonyms or demonyms.keys().isdisjoint(norms):  # (English norms: lower case)
            return
        named = {a for m in out.values() if m.kind in ("name", "capital", "seat", "adj")
                 for a in m.actors}
        covered = {i for m in out.values() for i in range(m.start, m.end)}
        for k, t in enumerate(texts):
            states = demonyms.get(norms[k]) if t[:1].isupper() else None
            if states is None or k in covered:
                continue
            found = named & states
            if len(found) == 1:
                out[k] = Mention(k, k + 1, "adj", (found.pop(),), "m", t)

    def _ambiguous_names(self, out: dict[int, Mention], covered: set[int], doc: Doc) -> None:
        """«Government of National Unity», «حكومة الوحدة الوطنية» in an article that names
        Libya (Tripoli, «الليبية») and not South Sudan: a name that several actors bear (words
        ambiguous_names) is the one the article names otherwise, when it names exactly one."""
        found = self.ambiguous_names.find(doc.user_data["sg_norms"], doc.user_data["sg_text"],
                                          doc.user_data["sg_starts"], doc.user_data["sg_ends"])
        if not found:
            return
        named = {a for m in out.values() if m.kind in ("name", "capital", "seat", "adj")
                 for a in m.actors}
        for match, ids in found:
            one = named & ids
            if len(one) != 1 or any(k in covered for k in range(match.start, match.end)):
                continue
            out[match.start] = Mention(match.start, match.end, "name", (one.pop(),),
                                       "f" if self.lang == "ar" else "m", match.text)
            covered.update(range(match.start, match.end))

    def _regime_refs(self, out: dict[int, Mention], covered: set[int], doc: Doc) -> None:
        """Arabic: «السلطات العسكرية», «المجلس العسكري» with no state named after them (words
        regime_refs): the state the article gave such a government elsewhere («المجلس
        العسكري في النيجر», «المجلس العسكري النيجري»), when it gave it one state (rule 5),
        as English «the junta» is read (clause_en, _regime_refs_en). (Taking the state
        the article or the paragraph names most was measured and gave as many false alarms
        as edges: a briefing's other topics, a resolution's drafter.)"""
        found = self.regime_refs.find(doc.user_data["sg_norms"], doc.user_data["sg_text"],
                                      doc.user_data["sg_starts"], doc.user_data["sg_ends"])
        if not found:
            return
        actors = self.res.gazetteer.actors
        norms = doc.user_data["sg_norms"]
        heads = {norms[match.end - 1] for match, _ in found}
        own: dict[str, set[str]] = {}
        for k, n in enumerate(norms):
            if n not in heads:
                continue
            # (a name right before the definite head is no owner of it in Arabic: «ودعت
            # فرنسا الجيش»: the verb's subject and its object)
            prep = k + 1 < len(norms) and norms[k + 1] in self.in_preps
            nxt = k + 1 + prep
            m = out.get(nxt)
            # (the state's adjective, or a place after «في»: not a name right after, which
            # is the verb's object in «حذّر مستشار … في الحكومة الانتقالية نيودلهي»)
            if m is not None and (m.kind == "adj" or prep and m.kind in ("name", "capital")) and \
                    len(m.actors) == 1 and (a := actors.get(m.actors[0])) is not None and \
                    a.kind == "state":
                own.setdefault(n, set()).add(a.id)
        # («السلطات العسكرية في بيساو … المجلس العسكري الحاكم»: one military government,
        # whatever the article calls it; «الجيش» is the army's own)
        military = set().union(*(v for k, v in own.items() if k not in self.force_heads))
        for match, _ in found:
            after = match.end + (match.end < len(norms) and norms[match.end] in self.in_preps)
            head = norms[match.end - 1]
            states = own.get(head, set()) if head in self.force_heads else \
                own.get(head, set()) or military
            if not states and norms[match.start] in self.coup_nouns:
                # «ودان ميشيل الانقلاب» after «الجيش في ميانمار»: a coup is the army's act
                states = set().union(*(v for k, v in own.items() if k in self.force_heads))
            if any(k in covered for k in range(match.start, match.end)) or after in out or \
                    len(states) != 1:
                continue  # («المجلس العسكري في النيجر»: its own)
            first = match.text.split()[0]
            out[match.start] = Mention(match.start, match.end, "name", (next(iter(states)),),
                                       "f" if first.endswith(("ة", "ات")) else "m", match.text)
            covered.update(range(match.start, match.end))

    def _affiliated_bodies(self, out: dict[int, Mention], spans: list[tuple[int, int]],
                           norms: list[str], nonactor_ends: set[int]) -> None:
        """Arabic: «مجلس السلم والأمن التابع للاتحاد الأفريقي», «مكتب حقوق الإنسان التابع
        للأمم المتحدة»: a body the gazetteer keeps as no actor of its own, said to belong to
        an organisation (words affiliation_words), is that organisation."""
        for start, end in spans:
            if end + 1 >= len(norms) or norms[end] not in self.affiliation_words:
                continue
            org = out.get(end + 1)
            if org is None or org.kind != "name" or len(org.actors) != 1:
                continue
            del out[end + 1]
            nonactor_ends.discard(end)
            out[start] = Mention(start, org.end, "name", org.actors, org.gender,
                                 " ".join(norms[start:org.end]))

    def _possessed_groups(self, out: dict[int, Mention], norms: list[str]) -> None:
        """«Yemen's Houthis», «Lebanon's Hezbollah»: a state that owns an armed group's or
        movement's name only says where it is; the group is the actor."""
        actors = self.res.gazetteer.actors
        for start, m in list(out.items()):
            k = m.end
            nxt = out.get(k + 1) if k + 1 < len(norms) and norms[k] in ("'s", "'") else None
            if m.kind == "name" and nxt is not None and nxt.kind == "name" and \
                    all(a in actors and actors[a].kind == "group" for a in nxt.actors) and \
                    all(a in actors and actors[a].kind == "state" for a in m.actors):
                del out[start]  # (one mention from the possessor on: «and Yemen's Houthis»)
                del out[nxt.start]
                out[start] = Mention(start, nxt.end, "name", nxt.actors, nxt.gender,
                                     f"{m.text}'s {nxt.text}", nxt.person)

    @staticmethod
    def _pair_adjectives(out: dict[int, Mention], i: int, texts: list[str],
                         fulls: list[str]) -> None:
        """«الجانبان الأوكراني والأمريكي», «الطرفين الهندي والصيني»: a dual followed by the
        coordinated adjectives of its sides is one mention of those actors, so that it can
        be a subject as well as an addressee."""
        k = i + 1
        members: list[Mention] = []
        while (m := out.get(k)) is not None and m.kind == "adj" and \
                (not members or fulls[k].startswith("و")):
            members.append(m)
            k = m.end
        if len(members) != 2:
            return
        for m in members:
            del out[m.start]
        out[i] = Mention(i, k, "name", tuple(a for m in members for a in m.actors), "m",
                         " ".join(texts[i:k]))

    @staticmethod
    def _pair_apposition(out: dict[int, Mention], texts: list[str], fulls: list[str]) -> None:
        """«البلدان، مصر والأردن، …», «الطرفان، الهندي والصيني، …»: a dual whose sides an
        apposition between commas names is one mention of the listed actors."""
        for i in sorted(k for k, m in out.items() if m.kind == "pair"):
            c = i + 1
            if c + 1 < len(texts) and texts[c] != "،" and texts[c + 1] == "،" and \
                    fulls[c].isalpha() and fulls[c].startswith("ال") and c not in out:
                c += 1  # «الجارتين النوويتين، الهند وباكستان،»: one adjective of the dual
            if c >= len(texts) or texts[c] != "،":
                continue
            k = c + 1
            members: list[Mention] = []
            while (m := out.get(k)) is not None and m.kind in ("name", "capital", "adj") and \
                    (not members or fulls[k].startswith("و")):
                members.append(m)
                k = m.end
            if len(members) < 2 or k >= len(texts) or texts[k] != "،":
                continue
            for m in members:
                del out[m.start]
            pair = out[i]
            out[i] = Mention(i, k + 1, "name", tuple(a for m in members for a in m.actors),
                             "f" if fulls[i].endswith(("تان", "تين")) else pair.gender,
                             " ".join(texts[i:k + 1]))  # الدولتان: feminine

    @staticmethod
    def _choose(text: str, entries: list[ActorEntry]) -> ActorEntry:
        if len(entries) > 1:
            for e in entries:
                if e.raw in text:
                    return e
        return entries[0]

    def _people_head(self, doc: Doc, start: int, end: int) -> bool:
        """An adjective that qualifies a people or a place (الشعب الفلسطيني) is no actor; nor
        is a masculine plural demonym that stands as a noun (rule 25: «دعمه للسوريين», «دعت
        جميع الإكوادوريين», after a preposition or «جميع/كل»): the people."""
        if self.lang == "ar":
            j = start - 1
            norms = doc.user_data["sg_norms"]
            if end == start + 1 and strip_vowels(doc[start].text).endswith(("يين", "يون")) and (
                    strip_vowels(doc[start].text).startswith(("لل", "بال")) or
                    j >= 0 and (norms[j] in self.people_quantifiers or
                                norms[j] in self.prepositions)):
                return True
            while j >= 0 and norms[j] in self.coord:
                j -= 1
            if j > 0 and norms[j] in self.fillers and norms[j - 1] in self.heads:
                return False  # «مجلس النواب الليبي»: the chamber's adjective, not the members'
            if j >= 0 and norms[j] in self.war_heads and end < len(norms) and \
                    norms[end] in self.against_preps:
                return False  # «الحرب الروسية على أوكرانيا»: the war's author, waged on another
            return j >= 0 and norms[j] in self.non_actor
        norms = doc.user_data["sg_norms"]
        return end < len(norms) and norms[end] in self.non_actor

    def _past_heads(self, s: Sentence, j: int, stop: int, also: Collection[str]) -> int:
        """The first token from ``j`` (before ``stop``) that starts a mention or is neither a
        head noun, a filler nor one of ``also``: where an actor after «عن الحكومة …» stands."""
        while j < stop and j not in s.mentions and (
                s.norms[j] in self.heads or s.norms[j] in self.fillers or s.norms[j] in also):
            j += 1
        return j

    def _lineage_end(self, doc: Doc, end: int) -> int:
        """Arabic: where a name known to the gazetteer ends when its lineage follows it
        («محمد بن سلمان» in «محمد بن سلمان بن عبدالعزيز آل سعود»)."""
        if self.lang != "ar":
            return end
        norms = doc.user_data["sg_norms"]
        texts = doc.user_data["sg_texts"]
        while end + 1 < len(norms) and norms[end] in self.patronymics and \
                texts[end + 1].isalpha():
            end += 2
        return end

    def _given_names(self, out: dict[int, Mention], covered: set[int], norms: list[str],
                     texts: list[str]) -> None:
        """English: after an official is named, a style and the given name alone («Sayyid
        Badr», «Prince Faisal», «Sheikh Mohammed») name the same official."""
        styled = [i + 1 for i, n in enumerate(norms[:-1]) if n in self.styles]
        if not styled:
            return
        first: dict[str, Mention] = {}
        for m in sorted(out.values(), key=lambda m: m.start):
            if m.kind == "person" and m.person is not None:
                given = self.res.gazetteer.people[m.person].en.split()[0]
                first.setdefault(given, m)
        for i in styled:
            named = first.get(texts[i])
            if named is None or i in covered or i <= named.start or \
                    not texts[i - 1][:1].isupper():
                continue
            out[i - 1] = Mention(i - 1, i + 1, "person", named.actors, named.gender,
                                 f"{texts[i - 1]} {texts[i]}", person=named.person)
            covered.update((i - 1, i))

    def _own_name_words(self) -> frozenset[str]:
        """Arabic readings that are a word of exactly one official's names in the gazetteer
        (not «محمد», «عبد»), and no common word: a short form may start with one alone."""
        if self._name_words is None:
            count: dict[str, int] = {}
            for p in self.res.gazetteer.people.values():
                for w in {normalize(w) for name in (p.ar, *p.aliases_ar) for w in name.split()}:
                    count[w] = count.get(w, 0) + 1
            self._name_words = frozenset(w for w, n in count.items()
                                         if n == 1 and w not in self.lex.word("not_names"))
        return self._name_words

    def _surnames(self, out: dict[int, Mention], covered: set[int], norms: list[str],
                  texts: list[str], doc: Doc) -> None:
        """Arabic: an official named in full («الرئيس اللبناني جوزاف عون») is named later by
        the last word of the name alone, right after a verb of ours («ودعا عون …»); a word
        that is also a common word («عون», «سلام»: not_names) only there."""
        first: dict[str, Mention] = {}
        people = self.res.gazetteer.people
        for m in out.values():
            if m.kind == "person" and m.end - m.start >= 2:
                # the last word of the name, and the first word of each short form the
                # gazetteer gives («لولا دا سيلفا»: «اتهم لولا …»)
                short = [w for a in people[m.person].aliases_ar if len(a.split()) >= 2
                         if (w := normalize(a.split()[0])) in self._own_name_words()] \
                    if m.person in people else []
                for last in (norms[m.end - 1], *short):
                    if len(last) > 2 and (last not in first or m.start < first[last].start):
                        first[last] = m
        if not first:
            return
        after: list[int] = []
        for sp, _ in doc._.sg.cues:
            k = sp.end
            while k < len(norms) and k - sp.end < 2 and norms[k] in self.heads:
                k += 1  # «أكد الوزير حسين …»
            if k < len(norms) and norms[k] in first:
                after.append(k)
        for m in list(out.values()):
            k = m.end
            if m.kind == "person" and k < len(norms) and norms[k] in first and \
                    texts[k].startswith("و"):
                after.append(k)  # «شهد أردوغان والسوداني توقيع …»: coordinated with an official
            if m.kind == "adj" and m.end == m.start + 1 and norms[m.start] in first and \
                    m.start > 0 and (norms[m.start - 1] in self.prepositions or
                                     norms[m.start - 1] in self.comp):
                # «دعوة إلى السوداني لزيارة دمشق», «رسالة من السوداني», «إن السوداني أكد»: an
                # adjective stands after its noun, never right after a preposition or «إن/أن»;
                # there it is the surname
                after.append(m.start)
        own = self._own_name_words()
        common = self.lex.word("not_names")
        for i in range(1, len(norms)):
            if norms[i] in first and i not in covered and (
                    norms[i - 1] in self.events and norms[i] in own or
                    norms[i] not in common and (
                        norms[i - 1] in self.prepositions or
                        self._definite(norms[i - 1]) in self.heads and i - 1 not in covered or
                        strip_vowels(texts[i]).startswith(("ب", "ل")) and
                        strip_vowels(texts[i])[1:] == norms[i])):
                # «تصريحات لولا»: a word of one official's names alone after an act noun;
                # «تضامنهما مع لولا», «اتصالاً هاتفياً بخان», «للرئيس لولا»: the surname of an
                # official named in full (no common word) after a preposition, its clitic one
                # too, or a bare title
                after.append(i)
        for i in after:
            f = first[norms[i]]
            if i >= f.end and i in out and out[i].kind == "adj" and out[i].end == i + 1:
                # «قال السوداني»: the surname of an official named in full, which is also a
                # state's adjective («السوداني», «المصري»), names the official where a verb's
                # subject stands, not the state
                del out[i]
                covered.discard(i)
            if i >= f.end and i not in covered and i not in out:
                out[i] = Mention(i, i + 1, "person", f.actors, f.gender, texts[i],
                                 person=f.person)
                covered.add(i)

    def _resolve(self, m: Mention, ctx: Context, speaker: Holder | None,
                 holder: tuple[str, ...] = ()) -> tuple[str, ...]:
        """The actors mention ``m`` stands for; ``holder``, when given, are those of the stance
        it is an argument of (a pair word then never means them)."""
        if m.kind == "self":
            return speaker.actors if speaker else ()
        if m.kind == "pair":
            if not any(x < m.start for x, _ in ctx.local_pairs) and \
                    not self._counted(m.text) and (self.lang == "en" or ctx.parties_allowed and
                                                   not self._pair_in_sentence(m.start, ctx)):
                # «Rubio spoke with Jaishankar … Beijing called on both sides to exercise
                # restraint»: the sides of the article's conflict, stated twice or more,
                # before the last pair that merely talked
                strong = ctx.sides(None, frozenset(), strong_only=True)
                if len(strong) == 2:
                    return strong
                ranked = sorted(ctx.conflict.items(), key=lambda x: -x[1])
                if self.lang == "ar" and len(strong) > 2 and ranked[0][1] > ranked[1][1]:
                    # Arabic: the conflict stated most often, when one is («دعت المنسقة
                    # الطرفين» after Israel and Lebanon's quarrel and one French condemnation)
                    return tuple(sorted(ranked[0][0]))
            pair = self._pair_before(m.start, ctx, m.text)  # «the three countries»: a list
            if holder and pair and not set(pair).isdisjoint(holder):
                # «spoke with Cambodia's prime minister and urged both sides to exercise
                # restraint»: the sides of the article's quarrel, when it has one apart from
                # the holder, not the pair that just talked (and never the holders alone)
                apart = self._pair_apart(m.start, ctx, holder)
                return apart if apart or set(pair) <= set(holder) else pair
            if holder:
                pair = self._sides_not_met(m.start, pair, ctx, holder)
            if not pair and ctx.parties_allowed and self.lang == "en":
                # «clashes between the Libyan army and the Radaa militia … urged both sides
                # to …»: no pair named before, so the sides are those of the conflict the
                # article reports, as for «all parties» (rule 12: each that maps to an actor)
                ctx.parties_addressed.add(m.start)
            return pair
        if m.kind == "parties":
            s = ctx.current
            # (past a closing quote: «"الأطراف المعنية" في الغابون»)
            e = m.end + (s is not None and m.end < s.end and s.texts[m.end] in QUOTES)
            if s is not None and e + 1 < s.end and s.norms[e] in self.in_preps and \
                    (place := s.mentions.get(e + 1)) is not None and \
                    place.kind in ("name", "capital") and place.actors:
                # «all parties in Libya», «الأطراف في ميانمار»: the parties of a strife
                # inside one state, whose one side that maps to an actor is that state
                return place.actors
            # rule 12: calls and concern addressed to «all parties» target each side the
            # article names; the discourse stage knows them all, so the record goes on
            # without a target here and the context notes where the parties were addressed
            if ctx.parties_allowed:
                ctx.parties_addressed.add(m.start)
            return ()
        if m.gender == ACT_MENTION and len(m.actors) >= 2 and not set(holder).isdisjoint(m.actors):
            # «Bennett hailed the Dubai declaration» that Israel and Jordan signed: a joint
            # act's author speaks of its own act, not of its partner in it
            return ()
        return m.actors

    def _group(self, s: Sentence, first: Mention, limit: int) -> list[Mention]:
        """A mention and the ones coordinated with it (X و Y، Z / X, Y and Z).

        Mentions that merely stand side by side are one list only when they are adjectives
        (الأمريكية البريطانية) or a title adjective before a person (نظيره الروسي سيرغي
        لافروف); otherwise the second begins the next argument (اتهمت أنقرة واشنطن).
        """
        group = [first]
        i = first.end
        closed = False  # English: a list ends with its «and» member
        while i < limit:
            if self.lang == "en" and group[-1].kind == "adj":
                # «Japanese Foreign Minister Kamikawa Yoko and Republic of Korea Foreign
                # Minister Cho»: the official's title and name after the member's adjective
                k = i
                regime: frozenset[str] = getattr(self, "regime_nouns_en", frozenset())
                while k < limit and k - i < 7 and k not in s.mentions and (
                        s.norms[k] in self.heads or s.norms[k] in regime or
                        s.texts[k][:1].isupper() and s.texts[k].replace("-", "").isalpha()):
                    k += 1
                # («the Syrian regime and Russia»: a regime noun after the adjective too)
                if i < k < limit and s.texts[k] in self.coord_alt and \
                        any(s.norms[x] in self.heads or s.norms[x] in regime
                            for x in range(i, k)):
                    i = k
                elif i < k < limit and (p := s.mentions.get(k)) is not None and \
                        p.kind == "person" and any(s.norms[x] in self.heads for x in range(i, k)):
                    # «French President Emmanuel Macron and German Chancellor Angela Merkel»:
                    # the adjective's official, named after the title, then the next member
                    i = k
            if self.lang == "en" and group[-1].kind == "person" and i + 1 < limit and \
                    s.norms[i] == "of" and (o := s.mentions.get(i + 1)) is not None and \
                    o.actors == group[-1].actors:
                i = o.end  # «Prime Minister Shehbaz Sharif of Pakistan and …»
            if i + 2 < limit and s.texts[i] == "(" and (o := s.mentions.get(i + 1)) is not None \
                    and o.actors == group[-1].actors and o.end < limit and s.texts[o.end] == ")":
                i = o.end + 1  # «the United Arab Emirates (UAE), Bahrain and Egypt»
            if self.lang == "ar" and group[-1].kind == "person" and i < limit and \
                    (s.texts[i] in {"،", ","} or s.norms[i] in self.heads):
                # «الأمير محمد بن سلمان، ولي العهد رئيس مجلس الوزراء، وفخامة الرئيس
                # الأوزبكي»: the official's titles between commas, then the next member;
                # also right after the name («عبد الفتاح السيسي رئيس جمهورية مصر العربية،
                # وجلالة الملك …»)
                k = i + 1 if s.texts[i] in {"،", ","} else i
                while k < limit and k - i < 9:
                    own = s.mentions.get(k)
                    if own is not None and own.actors == group[-1].actors:
                        k = own.end  # «، سلطان عمان،»: a title naming the official's state
                    elif own is None and (s.norms[k] in self.heads or
                                          s.norms[k] in self.fillers):
                        k += 1
                    else:
                        break
                if k > i + (s.texts[i] in {"،", ","}) and k + 1 < limit and \
                        s.texts[k] in {"،", ","} and self._conj_prefixed(s, k + 1):
                    i = k + 1
            if self.lang == "ar" and group[-1].kind in ("person", "adj") and \
                    i + 2 < limit and s.texts[i] in {"،", ","} and \
                    self._conj_prefixed(s, i + 1) and s.norms[i + 1] in self.heads:
                # «أحمد عطاف، ووزير الخارجية والهجرة المصري بدر عبد العاطي»: the next
                # member's title, its portfolio words, then its state or name
                t = i + 2
                while t < limit and t - i < 7 and t not in s.mentions and s.texts[t].isalpha():
                    t += 1
                if (p := s.mentions.get(t)) is not None and p.kind in ("adj", "person"):
                    i = t
            if self.lang == "ar" and i + 2 < limit and s.norms[i] == "من" and \
                    s.norms[i + 1] in self.side_words and self._conj_prefixed(s, i + 2):
                i += 2  # «بين الحوثيين من جهة والرياض والحكومة اليمنية من جهة أخرى»
            linked = False
            if self.lang == "ar" and i + 2 < limit and (i + 2) in s.mentions and \
                    s.norms[i + 1] in self.with_ and s.fulls[i].startswith(("بال", "وبال")) and \
                    self._bare(s.norms[i]) in self.joint_links:
                # «الجهود التي تبذلها مصر بالتعاون مع قطر والولايات المتحدة»: together
                i += 2
                linked = True
            j = i
            if self.lang == "en":
                j = self._past_as_well_as_en(s, i, limit)  # «Saudi Arabia, as well as Oman»
            while j < limit and (s.texts[j] in self.coord_alt or
                                 j > i and s.norms[j] in self.articles or
                                 # «الحكومة السورية و«قوات سوريا الديمقراطية»»
                                 j > i and s.texts[j] in QUOTES) and j - i < 3:
                j += 1
            if self.lang == "en" and group[-1].kind == "person" and j > i and \
                    s.texts[j - 1] in self.coord_alt and j not in s.mentions:
                # «… and External Affairs Minister Subrahmanyam Jaishankar of India»: a
                # title before the next official of the list
                t = j
                while t < limit and t - j < 5 and t not in s.mentions and (
                        s.norms[t] in self.heads or s.norms[t] in self.fillers or
                        s.texts[t][:1].isupper() and s.texts[t].replace("-", "").isalpha()):
                    t += 1
                if t > j and (p := s.mentions.get(t)) is not None and p.kind == "person":
                    j = t
            q = first.start - 1
            while self.lang == "en" and q > s.start and s.norms[q] in self.articles:
                q -= 1
            if self.lang == "en" and j > i and j + 1 < limit and q >= s.start and \
                    s.norms[j] == s.norms[q] and s.norms[j] in self.list_preps:
                # «air strikes by the Syrian regime and by Russia»: the preposition of the
                # first member said again before the next
                j += 1
                while j < limit and s.norms[j] in self.articles and j - i < 4:
                    j += 1
            heads_of = self.lang == "en" and j > i and j + 2 < limit and \
                j not in s.mentions and s.norms[j] in self.bloc_heads_en and \
                s.norms[j + 1] == "of" and (j + 2) in s.mentions
            if heads_of:
                j += 2  # «Qatar and the governments of Oman, Switzerland and South Korea»
            if self.lang == "en" and len(group) == 1 and j - i >= 2 and s.texts[i] == "," \
                    and s.texts[i + 1] in self.coord_alt:
                break  # «with Estonia, and German Foreign Minister …»: a new clause, no list
            if self.lang == "ar" and j == i and j not in s.mentions and j + 1 < limit and \
                    self._conj_prefixed(s, j) and s.norms[j] in self.group_heads:
                # «يدعو القرار المغرب وجبهة البوليساريو والجزائر وموريتانيا إلى …»: a group
                # the gazetteer does not know («وجبهة …», «وحركة …») keeps the list going
                k = j + 1
                while k < limit and k - j < 4 and k not in s.mentions and \
                        s.texts[k].isalpha() and not self._conj_prefixed(s, k):
                    k += 1
                if k > j + 1 and k < limit and k in s.mentions and self._conj_prefixed(s, k):
                    i = k
                    continue
            if self.lang == "en" and j > i and j not in s.mentions and \
                    all(s.texts[x] == "," for x in range(i, j) if s.texts[x] in self.coord_alt):
                # «calls on Morocco, the Polisario Front, Algeria and Mauritania to …»: a
                # member the gazetteer does not know, between commas, keeps the list going
                k = j + (s.norms[j] in self.articles)
                while k < limit and k - j < 5 and k not in s.mentions and \
                        s.texts[k][:1].isupper() and s.texts[k].replace("-", "").isalpha():
                    k += 1
                if k > j + (s.norms[j] in self.articles) and k + 1 < limit and \
                        s.texts[k] == "," and (k + 1 in s.mentions or
                                               s.norms[k + 1] in self.articles and
                                               k + 2 in s.mentions):
                    i = k
                    continue
            if self.lang == "en" and closed and s.texts[i] == ",":
                break  # «between Islamabad and New Delhi, the Iranian ministry said»: ended
            closed = closed or any(s.texts[x] != "," and s.texts[x] in self.coord_alt
                                   for x in range(i, j))
            if heads_of:
                closed = False  # (a list of its own follows «the governments of»)
            if j == i and j + 1 < limit and group[-1].kind == "adj" and \
                    s.texts[j] in self.adj_links:
                nxt = s.mentions.get(j + 1)
                if nxt is not None and nxt.kind == "adj":
                    j += 1  # «برعاية أمريكية - فرنسية»: two adjectives joined by a dash
            m = s.mentions.get(j)
            if m is None and self.lang == "ar" and j + 1 < limit and \
                    (s.norms[j] in self.heads or s.norms[j] in self.honorifics or
                     s.norms[j] in self.state_styles) and self._conj_prefixed(s, j):
                # «بين دمشق والحكومة التركية», «والجانب الباكستاني», «ورئيس الوزراء
                # الأرميني», «وفخامة الرئيس الأوزبكي»: a title (style, head and its
                # fillers) and its state adjective or its holder's name, coordinated
                styled = s.norms[j] in self.honorifics
                k = j + 1
                while k < limit and k - j < 3 + styled and k not in s.mentions and \
                        (s.norms[k] in self.heads or s.norms[k] in self.fillers or
                         s.norms[k] in self.honorifics):
                    k += 1
                m = s.mentions.get(k)
                # («وحكومات سلطنة عمان وسويسرا», «ووزير خارجية مصر»: a name after the head)
                if m is None or m.kind not in ("adj", "name") and \
                        not (m.kind == "person" and k > j):
                    break
                j = k
            if m is None or m.kind in ("self", "land", "parties") or \
                    ACT_MENTION in (m.gender, group[-1].gender):
                break  # («rejects the plan, and France condemned it»: an act is no member)
            prev = group[-1]
            joined = j > i or linked or self._conj_prefixed(s, m.start) or \
                (self._adjective_like(s, prev) and m.kind == "adj") or \
                (prev.kind == "adj" and (m.kind == "adj" or m.kind == "person" and (
                    # «نظيره الروسي سيرغي لافروف»; not «الرئيس اللبناني أمير قطر»
                    bool(set(m.actors) & set(prev.actors)) or self.lang == "en"))) or \
                (self.lang == "ar" and prev.kind == "name" and m.kind == "person" and
                 m.actors == prev.actors)
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
                         if o.kind not in ("self", "pair", "land") and
                         ACT_MENTION not in (o.gender, first.gender) and (
                             o.end == first.start and (self._conj_prefixed(s, first.start) or
                                                       self._adjective_like(s, o) and
                                                       first.kind == "adj") or
                             o.end == first.start - 1 and s.texts[o.end] in gap_ok or
                             o.end == first.start - 2 and s.texts[o.end] == "," and
                             s.texts[o.end + 1] == "and" or
                             # «Qatar and the United States»
                             self.lang == "en" and o.end == first.start - 2 and
                             s.texts[o.end] in gap_ok and s.norms[o.end + 1] in self.articles)),
                        None)
            if prev is None or prev.start < s.start:
                return first
            first = prev

    @staticmethod
    def _past_as_well_as_en(s: Sentence, i: int, limit: int) -> int:
        """English: the token after «as well as» (with a comma before it) at ``i``, a
        coordinator of a list («praised Saudi Arabia, as well as Oman and Jordan»); else
        ``i``."""
        k = i + (i < limit and s.texts[i] == ",")
        if k + 3 <= limit and [s.norms[x] for x in range(k, k + 3)] == ["as", "well", "as"]:
            return k + 3
        return i

    def _adjective_like(self, s: Sentence, m: Mention) -> bool:
        """Whether mention ``m`` can be the first of adjectives side by side: an adjective,
        or in Arabic a one-word name that reads as one («اللجنة الثلاثية السعودية الصينية
        الإيرانية»: «السعودية» is Saudi Arabia and «Saudi»)."""
        if m.kind == "adj":
            return True
        n = s.norms[m.start]
        return self.lang == "ar" and m.kind == "name" and m.end - m.start == 1 and \
            n.startswith("ال") and n.endswith("يه")

    def _conj_prefixed(self, s: Sentence, i: int) -> bool:
        """Whether token i carries the conjunction و as a clitic (وإسرائيل, not واشنطن)."""
        if self.lang != "ar":
            return False
        reading = s.norms[i]
        full = s.fulls[i]
        if full == reading or not full.endswith(reading.removeprefix("ال")):
            return full != reading and full.startswith("و") and not reading.startswith("و")
        prefix = full[: len(full) - len(reading.removeprefix("ال"))]
        return prefix.startswith("و")

    def _prep_clitic(self, s: Sentence, i: int) -> str:
        """The preposition, ب or ل, that Arabic token i carries as a clitic, after an
        optional و or ف (بالرئيس، وبنظيره، للعراق; not بغداد, لبنان), else ""."""
        if self.lang != "ar":
            return ""
        reading = s.norms[i].removeprefix("ال")
        full = s.fulls[i]
        if full == s.norms[i] or not reading:
            return ""
        if not full.endswith(reading):
            # «بنظيرتها» read «نظيره»: the stem after the preposition, its pronoun stripped
            bare = full.lstrip("وف")
            return bare[0] if len(reading) > 3 and bare[:1] in ("ب", "ل") and \
                bare[1:].startswith(reading[:-1]) else ""
        prefix = full[: len(full) - len(reading)].removesuffix("ال").removesuffix("ل")
        letter = prefix.lstrip("وف")[:1]
        return letter if letter in ("ب", "ل") else ""

    def _prep_prefixed(self, s: Sentence, i: int) -> bool:
        """Whether Arabic token i carries the preposition ب or ل as a clitic."""
        return bool(self._prep_clitic(s, i))

    def _between_first(self, s: Sentence, k: int) -> Mention | None:
        """The first side after «between» / «بين» at token ``k``; in English also after the
        title of the sides' officials («between the foreign ministers of X and Y»)."""
        m = self._next_mention(s, k + 1, min(s.end, k + 3))
        if self.lang == "en" and (m is None or m.kind == "self"):
            j = k + 1
            while j < min(s.end, k + 6) and j not in s.mentions and (
                    s.norms[j] in self.articles or s.norms[j] in self.heads or
                    s.norms[j] in self.fillers):
                j += 1
            if j > k + 1 and s.norms[j - 1] == "of":
                m = s.mentions.get(j)
            if m is None or m.kind == "self":
                # «between our two neighbours, Pakistan and Afghanistan»: the sides named in
                # an apposition after a reference to them
                c = next((x for x in range(k + 2, min(s.end - 1, k + 6))
                          if s.texts[x] == ","), None)
                if c is not None and all(s.texts[x].isalpha() and s.texts[x].islower()
                                         for x in range(k + 1, c)) and \
                        any(s.norms[x] in self.pair_ref_openers for x in range(k + 1, c)):
                    m = s.mentions.get(c + 1)
        elif m is None and self.lang == "ar":
            # «بين وزيري خارجية السعودية وإيران»: past the titles of the sides
            j = k + 1
            while j < min(s.end, k + 5) and j not in s.mentions and \
                    (s.norms[j] in self.heads or s.norms[j] in self.fillers or
                     "ال" + s.norms[j] in self.fillers):
                j += 1
            m = s.mentions.get(j)
        return m

    def _next_mention(self, s: Sentence, i: int, limit: int) -> Mention | None:
        for k in range(i, limit):
            if k in s.mentions:
                return s.mentions[k]
        return None

    def _counted(self, text: str) -> bool:
        """Whether a pair word says how many («the three countries»): a list, not two sides."""
        return any(normalize(w) in self.numbers for w in text.split())

    def _pair_in_sentence(self, k: int, ctx: Context) -> bool:
        """Whether the sentence names both actors of the last pair before token ``k``
        («دعت فنزويلا وغيانا إلى الحوار، بينما أعربت كولومبيا عن قلقها من التوتر بين
        البلدين»): the pair word then means them."""
        s = ctx.current
        named = {a for x, m in s.mentions.items() if x < k for a in m.actors} if s else set()
        return bool(ctx.pair) and set(ctx.pair or ()) <= named

    def _pair_before(self, k: int, ctx: Context, text: str = "") -> tuple[str, ...]:
        """The sides «the two countries» at token ``k`` stands for: the last pair the sentence
        names before it, else the last pair of the article."""
        local = [a for x, a in ctx.local_pairs if x < k]
        if local or ctx.pair:
            return local[-1] if local else (ctx.pair or ())
        if ctx.conflict and not ctx.local_between and \
                not self._counted(text):
            # «The DRC accused Rwanda … The US urged both governments to …»: with no pair
            # named or met, the two sides of the article's most stated conflict (not where
            # the sentence names its own sides after «between»)
            return tuple(sorted(max(ctx.conflict.items(), key=lambda x: x[1])[0]))
        return ()

    def _sides_not_met(self, k: int, pair: tuple[str, ...], ctx: Context,
                       holder: tuple[str, ...]) -> tuple[str, ...]:
        """English: the sides a pair word at ``k`` addressed by ``holder`` stands for when the
        last pair, ``pair``, only met or talked (neither named as sides, «between X and Y»,
        nor in a quarrel the article states): the last pair named as sides apart from the
        holder («Fighting between Armenian and Azerbaijani forces … Macron said he had spoken
        with the Armenian prime minister. … Pompeo called on both sides»); else ``pair``."""
        key = frozenset(pair)
        if self.lang != "en" or len(pair) != 2 or key not in ctx.met_pairs or \
                key in ctx.conflict or \
                any(frozenset(a) == key for x, a in ctx.local_pairs if x < k) or \
                any(frozenset(a) == key for _, a in ctx.named_pairs):
            return pair
        named = [a for _, a in ctx.named_pairs if len(a) == 2 and set(a).isdisjoint(holder)]
        return named[-1] if named else pair

    def _pair_apart(self, k: int, ctx: Context, holder: tuple[str, ...]) -> tuple[str, ...]:
        """«Russia and Iran urged both sides to show restraint»: the sides a pair word at
        ``k`` addresses are never the stance's holders; the last pair named apart from them in
        the sentence, else the article's most stated conflict between others, else the last
        pair an earlier sentence named."""
        others = [a for x, a in ctx.local_pairs if x < k and set(a).isdisjoint(holder)]
        if others:
            return others[-1]
        best = sorted(((n, tuple(sorted(p))) for p, n in ctx.conflict.items()
                       if p.isdisjoint(holder)), reverse=True)
        if best:
            return best[0][1]
        # «Indonesia offered to facilitate talks between Thailand and Cambodia … urged both
        # sides»: the last pair an earlier sentence named
        named = [a for _, a in ctx.named_pairs if len(a) == 2 and set(a).isdisjoint(holder)]
        return named[-1] if named else ()

    def _coup_before(self, s: Sentence, j: int) -> bool:
        """Whether a coup noun ends right before token ``j`` (past an Arabic adjective of it:
        «الانقلاب العسكري»)."""
        k = j - 1
        if self.lang == "ar" and k > s.start and k not in s.mentions and \
                s.norms[k].startswith("ال") and s.norms[k] not in self.coup_nouns:
            k -= 1
        return k >= s.start and s.norms[k] in self.coup_nouns

    def _is_location(self, s: Sentence, m: Mention) -> bool:
        if self.lang == "en" and m.kind == "adj" and m.end + 1 < s.end and \
                s.norms[m.end] in self.place_nouns_en and s.norms[m.end + 1] == "of":
            return True  # «in the Uzbek city of Samarkand», «the Tajik enclave of Vorukh»
        if m.kind not in ("name", "capital", "seat"):
            return False
        j = m.start - 1
        if j < s.start:
            return False
        if j > s.start and s.norms[j - 1] in self.counterparts:
            return False  # «نظرائه في روسيا وإيران»: the counterparts of those states
        if j > s.start and s.norms[j - 1] in self.authorities_in:
            return False  # «السلطات في باماكو»: the authorities of that state
        if self.lang == "ar" and j > s.start + 1 and s.norms[j - 1] in self.authority_modifiers:
            # «السلطات الانتقالية في نيامي», «المجلس العسكري الحاكم في نيامي»
            k = j - 1
            while k > s.start and j - k <= 2 and s.norms[k] in self.authority_modifiers:
                k -= 1
            if s.norms[k] in self.authority_bodies:
                return False
        if s.norms[j] in self.loc and self._coup_before(s, j):
            return False  # «الانقلاب العسكري في ميانمار», "the coup in Myanmar": its author
        if self.lang == "ar" and j > s.start and s.norms[j - 1] in self.contained_in:
            return False  # «الإملاءات الواردة في البيان»: the text that holds them, no place
        if self.lang == "ar" and m.kind == "name" and s.norms[j] in self.loc and any(
                s.norms[k] in self.heads for k in range(max(s.start, j - 6), j)) and all(
                k not in s.mentions and s.texts[k].isalpha() for k in range(max(s.start, j - 6), j)):
            # «وزير الخارجية في جمهورية العراق», «وزير الخارجية وشؤون المغتربين في المملكة
            # الأردنية الهاشمية»: that state's minister, the portfolio's words between
            return False
        if self.lang == "ar" and m.kind == "capital" and s.norms[j] == "من" and \
                m.end < s.end and (s.norms[m.end] in self.comp or s.norms[m.end] == "من" and
                                   m.end + 1 < s.end and s.norms[m.end + 1] in self.comp):
            # «ماكرون يحذر من تيرانا من أن الأوروبيين …», «قال من باريس إن …»: where the
            # speaker speaks from, before what is said
            return True
        if self.lang == "en":
            # «lashed out at Greece», «alarm at China's …»: the cue's preposition; «met in
            # Copenhagen» says where. Past a closing quote and a coordinated noun: «expressed
            # "deep concern and dismay" at Israel's announcement»
            q = j
            while q > s.start and s.texts[q - 1] in QUOTES:
                q -= 1
            ends = {j, q}
            if q - 2 > s.start and s.norms[q - 2] == "and" and s.texts[q - 1].isalpha():
                ends.add(q - 2)
            if any(sp.end == m.start or sp.end in ends and s.norms[j] != "in"
                   for sp, _ in s.cues):
                return False
        if self.lang == "en" and j - 2 >= s.start:
            # «on the margins of the ASEAN meeting», «on the sidelines of the AU summit»
            k = j - 1 if s.norms[j] in self.articles else j
            if s.norms[k] == "of" and s.norms[k - 1] in self.venue_nouns:
                return True
        if self.lang == "en" and (s.norms[j] in self.region_modifiers or s.texts[j] == "-"):
            # «in north-west Syria», «in eastern Ukraine»: a part of the place
            k = j
            while k > s.start and (s.norms[k] in self.region_modifiers or s.texts[k] == "-"):
                k -= 1
            if s.norms[k] in self.articles and k > s.start:
                k -= 1
            return s.norms[k] in self.loc
        if self.lang == "en" and j > s.start and s.norms[j] in self.articles and \
                m.kind == "name" and s.norms[j - 1] in self.loc:
            # «the situation in the Democratic Republic of the Congo»; but «the accusations
            # in the US statement»: a name before an act or document noun is its author
            return not (m.end < s.end and
                        s.norms[m.end] in self.object_acts_en)  # type: ignore[attr-defined]
        if self.lang == "en" and (s.norms[j] in ("and", "or") or s.texts[j] == ",") and \
                (prev := s.mention_ending_at(j)) is not None and \
                prev.kind in ("name", "capital", "seat") and self._is_location(s, prev):
            return True  # «attacks carried out by Al-Shabaab in Somalia and Kenya»: both places
        return s.norms[j] in self.loc

    @staticmethod
    def _actors(grp: list[Mention]) -> tuple[str, ...]:
        """The actors a list of mentions names, in order, each once."""
        return tuple(dict.fromkeys(a for g in grp for a in g.actors))

    def _flatten(self, grp: list[Mention], ctx: Context, speaker: Holder | None,
                 holder: tuple[str, ...] = ()) -> list[str]:
        out: list[str] = []
        for g in grp:
            for a in self._resolve(g, ctx, speaker, holder):
                if a not in out:
                    out.append(a)
        return out

    def _previous_actor(self, s: Sentence, before: int, holder: tuple[str, ...],
                        start: int | None = None) -> list[str]:
        """The actors of the last mention before token ``before`` (from ``start``, default
        the sentence start) that is not the holder: what a pronoun or «معه» points back to."""
        prev = [m for m in self._antecedents(s, before, holder, start) if not (
                # («Turkey is our NATO ally and we stand with it»: a name that qualifies
                # the noun after a possessive is no one pointed back to)
                m.start > s.start and s.norms[m.start - 1] in self.modifier_possessives and
                m.end < s.end and s.texts[m.end].isalpha() and s.texts[m.end].islower())]
        # (by position: a mention added late, «the strikes» of an earlier author, sits
        # last in the table)
        return list(max(prev, key=lambda m: m.start).actors) if prev else []

    def _antecedents(self, s: Sentence, before: int, holder: tuple[str, ...],
                     start: int | None = None) -> list[Mention]:
        """The mentions before token ``before`` (from ``start``, default the sentence start)
        that a pronoun may point back to: actors, not the holder, no place."""
        first = s.start if start is None else start
        return [m for m in s.mentions.values() if first <= m.start < before and
                m.kind not in ("self", "pair", "land", "parties") and
                not set(m.actors) & set(holder) and not self._is_location(s, m)]

    def _previous_list(self, s: Sentence, before: int, holder: tuple[str, ...]) -> list[str]:
        """The actors of the last list of two or more named before token ``before`` that
        is not the holder: what a plural «them» points back to."""
        prev = self._antecedents(s, before, holder)
        if not prev:
            return []
        last = max(prev, key=lambda m: m.start)
        # the earliest mention whose list reaches the last one («by the Syrian regime and by
        # Russia»: the list reading knows the repeated preposition, _list_start does not)
        for first in sorted((m for m in prev if last.start - 16 <= m.start), key=lambda m: m.start):
            group = self._group(s, first, before)
            if last in group:
                actors = [a for a in self._actors(group) if a not in holder]
                return actors if len(actors) >= 2 else []
        return []

    def _pronoun_antecedents(self, s: Sentence, i: int, holder: tuple[str, ...]) -> list[str]:
        """What the object pronoun of the Arabic verb at token ``i`` points back to: the
        last actor named before it, or the last two for the dual «هما» («أجرى اتصالين مع
        علييف وباشينيان، حثّهما على …»)."""
        if not s.fulls[i].endswith("هما"):
            # («وحثها», «واتهمهم»: a plural may be the list just named; «وصفه» is one)
            return s.fulls[i].endswith(("ها", "هم")) and self._previous_list(s, i, holder) or \
                self._previous_actor(s, i, holder) or self._previous_sentence_actor(s, i, holder)
        out: list[str] = []
        for m in sorted(s.mentions.values(), key=lambda x: -x.start):
            if m.start >= i or m.kind in ("self", "pair", "land", "parties") or \
                    self._is_location(s, m):
                continue
            for a in m.actors:
                if a not in holder and a not in out:
                    out.append(a)
            if len(out) >= 2:
                break
        return out[::-1] if len(out) == 2 else []

    def _previous_sentence_actor(self, s: Sentence, i: int,
                                 holder: tuple[str, ...]) -> list[str]:
        """«انتقد الوزير الولايات المتحدة. وحثها على …»: a pronoun on a verb that opens its
        sentence (after «و» alone) points back to the last actor, or list, of the sentence
        before."""
        prev = s.previous
        if prev is None or i > s.start:
            return []
        return self._previous_list(prev, prev.end, holder) or \
            self._previous_actor(prev, prev.end, holder)

    def _object_pronoun(self, s: Sentence, i: int) -> bool:
        """Whether the verb at token i carries an object pronoun (اتهمها، واتهمهم)."""
        if self.lang != "ar":
            return False
        full, reading = s.fulls[i], s.norms[i]
        # a ta marbuta («دعاة») reads as ه once normalised, but is no pronoun
        # (the pronoun the reading does not keep: «وتتهمها» reads «تتهم», whose root ends
        # in «هم» too)
        return full != reading and any(full.endswith(p) and not reading.endswith(p)
                                       for p in ("ها", "هم", "هما", "ه")) and \
            not reading.endswith(("ها", "هما")) and \
            not strip_vowels(s.texts[i]).endswith("ة")

    def _us_object(self, s: Sentence, i: int) -> bool:
        """Whether the Arabic verb at token i carries the object pronoun «نا» (تشاركنا),
        not the ending of a 1st person past (شاركنا: "we shared")."""
        full, reading = s.fulls[i], s.norms[i]
        return self.lang == "ar" and full != reading and full.endswith("نا") and \
            not reading.endswith("نا")

    @staticmethod
    def _definite(norm: str) -> str:
        """The reading with its article of a noun written with «لل» («للرئيس»: «الرئيس»)."""
        return "ال" + norm[2:] if norm.startswith("لل") else norm

    @staticmethod
    def _bare(norm: str) -> str:
        return norm[2:] if norm.startswith("ال") and len(norm) > 4 else norm

    def _event_key(self, norm: str) -> str:
        """The bare key of an act noun, also of its indefinite accusative («أصدر بياناً» is
        the «البيان» rejected later)."""
        bare = self._bare(norm)
        if bare.endswith("ا") and ("ال" + bare[:-1] in self.events or bare[:-1] in self.events):
            return bare[:-1]
        if self.lang == "ar" and bare.endswith("ات") and len(bare) > 4:
            # «تصريح الوزير …» then «التصريحات الهمجية», «الضربة» then «الضربات»: a sound
            # feminine plural names the act of its singular
            for one in (bare[:-2], bare[:-2] + "ه"):
                if "ال" + one in self.events or one in self.events:
                    return one
        return bare

    def _names_act(self, norm: str) -> bool:
        """An act noun, or an agreement's noun («اتفاقاً»): what an actor signs is its act
        too (rule 11: «أعلنت رفضها للاتفاق» is toward its signatories)."""
        return self._names_event(norm) or self._act_key(norm) in self.agreement_keys

    def _act_key(self, norm: str) -> str:
        """The key of an act or agreement noun in ``ctx.acts`` («اتفاقاً», «الاتفاق»:
        «اتفاق»)."""
        bare = self._bare(norm)
        if bare.endswith("ا") and bare[:-1] in self.agreement_keys:
            return bare[:-1]
        return bare if bare in self.agreement_keys else self._event_key(norm)

    def _names_event(self, norm: str) -> bool:
        """Whether a reading is an act noun of the list or its indefinite accusative
        («قرارا», «بيانا»)."""
        if norm in self.events:
            return True
        return norm.endswith("ا") and self._event_key(norm) != self._bare(norm)

    def _any_event(self, words: frozenset[str] | set[str]) -> bool:
        """Whether any of the readings ``words`` names an act: each reading is judged once
        and remembered, as every sentence asks it of all its words."""
        new = words - self.event_asked
        if new:
            self.event_named.update(w for w in new if self._names_event(w))
            self.event_asked.update(new)
        return not self.event_named.isdisjoint(words)

    def _act_of(self, ctx: Context, norm: str) -> tuple[str, ...] | None:
        """Whose act the noun ``norm`` names: the author an earlier sentence gave that noun,
        else, for an act of force («الهجمات» after «الغارات التي نفذتها القوات الأمريكية»),
        the one author the article gave to acts of force, if it gave them only one."""
        bare = self._bare(norm)
        if bare in ctx.acts:
            return ctx.acts[bare]
        key = self._event_key(norm)
        if key in ctx.acts:  # «التصريحات» after «تصريح الوزير»
            return ctx.acts[key]
        if "ال" + bare not in self.force_nouns and bare not in self.force_nouns:
            return None
        found = {ctx.acts[k] for k in ctx.acts if k in self.force_nouns or
                 "ال" + k in self.force_nouns}
        return found.pop() if len(found) == 1 else None

    def _other_kind(self, s: Sentence, j: int) -> bool:
        """Whether the act noun at ``j`` (words kinded_act_nouns) is another act of its kind
        by the adjective of relation after it («رحبت مصر بالعملية السياسية» after «العملية
        العسكرية التي نفذتها القوات الإسرائيلية»; not «العملية العسكرية», words
        act_qualifiers)."""
        if j + 1 >= s.end or s.norms[j] not in self.kinded_act_nouns:
            return False
        after = s.norms[j + 1]
        return after.startswith("ال") and after.endswith(("ي", "يه")) and \
            after not in self.act_qualifiers

    def _titled_event(self, s: Sentence, m: Mention) -> int | None:
        """The act noun whose doer is the official the state adjective ``m`` ends: the noun,
        a title right after it, and the title's own complements («اقتحام وزير الأمن القومي
        الإسرائيلي», «تصريحات المتحدث باسم الخارجية الإيرانية»); None when the adjective
        qualifies no title right after an act noun."""
        for k in range(m.start - 1, max(s.start, m.start - 5), -1):
            if not s.texts[k].isalpha() or k in s.mentions:
                return None
            if s.norms[k] in self.heads and s.norms[k - 1] in self.events and \
                    not s.norms[k - 1].startswith("ال"):
                return k - 1  # (a definite noun is in construct with nothing after it)
        return None  # (past the title's complements: «الأمن القومي», «باسم الخارجية»)

    def _enacted_acts(self, s: Sentence, ctx: Context) -> None:
        """«إقرار الكنيست الإسرائيلي قانونين …», «أصدرت الحكومة السودانية قراراً»: the actor
        named right after a verb or masdar of enactment (past its body's noun) made the act
        noun right after it, for a later «ترفض القانونين» (rule 11)."""
        for m in list(s.mentions.values()):
            if m.kind not in ("name", "adj", "capital") or m.end >= s.end:
                continue
            grp = [m]
            end = m.end
            if not self._names_act(s.norms[end]):
                # «توقيع مصر واليونان، الخميس في القاهرة، اتفاقاً»: the signatories' list,
                # then an aside between commas, then the act
                grp = self._group(s, m, s.end)
                end = grp[-1].end
                if end < s.end and s.texts[end] in {"،", ","}:
                    close = next((k for k in range(end + 1, min(s.end, end + 9))
                                  if s.texts[k] in {"،", ","}), None)
                    end = close + 1 if close is not None else end
                while end < s.end - 1 and s.norms[end] in self.manner:
                    end += 1  # «… والأردن أيمن الصفدي اليوم بياناً مشتركاً»
                if len(grp) < 2 or end >= s.end or not self._names_act(s.norms[end]):
                    continue
            j = m.start - 1
            while j > s.start and j not in s.mentions and m.start - j <= 3 and \
                    s.norms[j] not in self.enactment_words and s.texts[j].isalpha():
                j -= 1  # past the body: «الكنيست», «الحكومة»
            if j >= s.start and s.norms[j] in self.enactment_words:
                ctx.acts[self._act_key(s.norms[end])] = self._actors(grp)

    def _claimed_acts(self, s: Sentence, ctx: Context) -> None:
        """«أعلن المتحدث العسكري باسم جماعة الحوثيين تبني الهجوم», «تبنت الجماعة الهجوم»,
        «أعلنت X مسؤوليتها عن الهجوم»: whoever claims an act is its author (rule 11), for a
        later «أدانت مصر الهجوم». The claimant is the actor named between a claiming verb
        and the act, else the one named last before the claim word."""
        first = s.after_time()
        named = sorted((m for m in s.mentions.values() if m.actors and
                        m.kind in ("name", "adj", "person", "capital")), key=lambda m: m.start)
        for k in range(first, s.end - 1):
            if s.norms[k] not in self.claim_words:
                continue
            act = next((j for j in range(k + 1, min(s.end, k + 4))
                        if self._names_event(s.norms[j])), None)
            if act is None:
                # «تبنى مجلس الأمن الدولي بالإجماع، مساء الأربعاء، القرار رقم 2452»: a
                # resolution farther on, past the body and the time
                act = next((j for j in range(k + 1, min(s.end, k + 12))
                            if s.norms[j] in self.resolution_nouns and
                            s.fulls[j].startswith("ال")), None)
            if act is None:
                continue
            claimant = next((m for m in named if k < m.start < act), None)
            if claimant is None and s.norms[act] not in self.resolution_nouns and \
                    "ال" + s.norms[act] not in self.resolution_nouns:
                # (a resolution is adopted by the body that is the verb's subject, «تبنى مجلس
                # الأمن … القرار»; «رحب مندوب اليمن بتبني القرار» names no adopter)
                claimant = next((m for m in reversed(named) if first <= m.start < k), None)
            if claimant is not None:
                ctx.acts[self._event_key(s.norms[act])] = \
                    self._actors(self._group(s, claimant, s.end))

    def _remember_bare_titles(self, s: Sentence, ctx: Context) -> None:
        """Arabic: «الدكتور عبد اللطيف الزياني وزير الخارجية»: the bare title an official
        is named with (a head and its fillers, no state's adjective after them) stands for
        that official's actor when it comes back alone, whoever spoke in between (a wire's
        own minister after «القائم بأعمال وزير الخارجية الإيراني»). The first official named
        so keeps it. So does a title named before an organisation in a «لـ» genitive
        («المبعوث الخاص للأمين العام للأمم المتحدة», then «مكتب المبعوث الخاص»)."""
        for m in s.mentions.values():
            if m.kind == "name" and len(m.actors) == 1 and m.start > s.start and \
                    s.fulls[m.start].startswith("ل") and s.fulls[m.start] != s.norms[m.start]:
                first = m.start
                while first > s.start and first - 1 not in s.mentions and (
                        s.norms[first - 1] in self.heads or s.norms[first - 1] in self.fillers):
                    first -= 1
                # (up to the first «لـ» of the chain: «المبعوث الخاص» of «… للأمين العام»)
                end = next((x for x in range(first + 1, m.start)
                            if s.fulls[x].startswith("لل")), m.start)
                if end - first >= 2 and s.norms[first] in self.heads:
                    key = tuple(s.norms[first:end])
                    ctx.bare_titles.setdefault(key, m.actors)
                    # (a title two organisations were named with, «الأمين العام لمجلس التعاون
                    # … الأمين العام لجامعة الدول العربية», stands for neither)
                    self._note_owner(ctx.org_titles, (key,), m.actors)
                    if s.norms[first] not in self.spokesman_words and all(
                            s.norms[x] in self.fillers and s.norms[x].startswith("ال")
                            for x in range(first + 1, end)):
                        # («المبعوث الخاص …», then «إحاطة المبعوث»: the head alone too)
                        ctx.bare_titles.setdefault(key[:1], m.actors)
                        self._note_owner(ctx.org_titles, (key[:1],), m.actors)
            if m.kind != "person" or not m.actors:
                continue
            b = next((x for x in range(m.start - 1, max(s.start, m.start - 5) - 1, -1)
                      if s.norms[x] in self.spokesman_links), None)
            if b is not None and b + 1 < m.start and all(
                    s.norms[x] in self.heads or s.norms[x] in self.fillers
                    for x in range(b + 1, m.start)) and s.norms[b + 1] in self.heads:
                # «المتحدث باسم الأمين العام ستيفان دوجاريك»: the title the spokesman speaks
                # for is the same actor's, for a later «إن الأمين العام يتابع …»
                ctx.bare_titles.setdefault(tuple(s.norms[b + 1:m.start]), m.actors)
            k = m.end + (m.end < s.end and s.texts[m.end] in {"،", ","})
            j = k
            while j < s.end and j not in s.mentions and \
                    (s.norms[j] in self.heads or j > k and s.norms[j] in self.fillers):
                j += 1
            if j > k and s.norms[k] in self.heads and \
                    (j >= s.end or j not in s.mentions or s.mentions[j].kind != "adj"):
                ctx.bare_titles.setdefault(tuple(s.norms[k:j]), m.actors)

    def _bare_titles_ar(self, s: Sentence, ctx: Context) -> None:
        """Arabic: «رئيس مجلس الوزراء مصطفى الكاظمي», «رئيس الوزراء العراقي»: a title (words
        bare_titles) named right before one actor's official or adjective stands for that
        actor when it comes back bare («استقبل الرئيس الإيراني حسن روحاني رئيس الوزراء»),
        as does its synonym (words title_synonyms), unless officials of two actors were
        named with it; so does a title learnt before an organisation's name (``org_titles``,
        see ``_remember_bare_titles``). Titles the sentence itself names are learnt after it
        is read."""
        firsts = self.bare_title_firsts_ar | {t[0] for t in ctx.org_titles}
        if not firsts or firsts.isdisjoint(s.words()):
            return
        covered = {x for m in s.mentions.values() for x in range(m.start, m.end)}
        for k in range(s.start, s.end):
            if k in covered or s.norms[k] not in firsts:
                continue
            end = self._phrase_end(s.norms, k, self.bare_titles_ar)
            actors = ctx.titles_ar.get(tuple(s.norms[k:end])) if end is not None else None
            if actors is None:
                # «بـ«مساعي المبعوث الخاص»» after «المبعوث الخاص للأمين العام للأمم المتحدة»
                end, actors = next(((k + len(t), a) for t, a in ctx.org_titles.items()
                                    if tuple(s.norms[k:k + len(t)]) == t), (None, None))
                if end is not None and end < s.end and s.fulls[end].startswith("ل"):
                    continue  # (the title's own genitive again: the full name)
            if end is None or not actors or end < s.end and (
                    end in s.mentions or s.norms[end] in self.heads or
                    s.fulls[end].startswith("ال") and self._nisba(s, end)):
                continue  # («رئيس الوزراء الليبي»: another's; «رئيس الوزراء بالإنابة»)
            s.add_mention(Mention(k, end, "person", actors, "m", s.span(k, end)))
            covered.update(range(k, end))

    def _learn_titles_ar(self, s: Sentence, ctx: Context) -> None:
        """The titles the sentence names with one actor's official or adjective (see
        ``_bare_titles_ar``)."""
        if not self.bare_title_firsts_ar or self.bare_title_firsts_ar.isdisjoint(s.words()) \
                and self.election_nouns.isdisjoint(s.words()):
            return
        elections = not self.election_nouns.isdisjoint(s.words())
        for m in s.mentions.values():
            if elections and len(m.actors) == 1 and m.kind in ("name", "adj", "capital") and \
                    self._election_of(s, m):
                # «انتخابات تايوان», «الانتخابات الرئاسية في تايوان»: the elected one of a
                # later bare «الرئيس المنتخب» is that state's (an official named with
                # another state's adjective comes first)
                for title in self.bare_titles_ar:
                    if title[-1] in self.elect_modifiers:
                        self._note_owner(ctx.titles_ar, (title,), m.actors, weak=True)
            if m.kind not in ("person", "adj") or len(m.actors) != 1:
                continue
            if m.kind == "adj" and m.start > s.start and m.end < s.end and \
                    s.norms[m.end] in self.elect_modifiers:
                # «الرئيس الإيراني المنتخب»: a later «الرئيس المنتخب» is that official
                elect = (s.norms[m.start - 1], s.norms[m.end])
                if elect in self.bare_titles_ar:
                    self._note_owner(ctx.titles_ar, (elect,), m.actors)
            for k in range(max(s.start, m.start - 4), m.start):
                end = self._phrase_end(s.norms, k, self.bare_titles_ar)
                if end != m.start:
                    continue
                key = tuple(s.norms[k:end])
                self._note_owner(ctx.titles_ar, (key, self.title_synonyms.get(key)), m.actors)
                break

    def _election_of(self, s: Sentence, m: Mention) -> bool:
        """Arabic: whether ``m`` names the state of an election: «انتخابات تايوان», «الانتخابات
        الرئاسية التايوانية», «الانتخابات الرئاسية في تايوان» (an adjective of the noun, or
        «في», between them)."""
        k = m.start - 1
        while k > s.start and k > m.start - 4 and s.norms[k] not in self.election_nouns and \
                s.fulls[k].startswith("ال") and k not in s.mentions or \
                k > s.start and s.norms[k] in self.in_preps:
            k -= 1
        return k >= s.start and s.norms[k] in self.election_nouns

    @staticmethod
    def _note_owner(table: dict[tuple[str, ...], tuple[str, ...]],
                    keys: tuple[tuple[str, ...] | None, ...], actors: tuple[str, ...],
                    weak: bool = False) -> None:
        """Note ``actors`` as the owner of each title in ``keys`` (None skipped): () once two
        owners were named with it; ``weak``: only where no owner is noted yet."""
        for key in keys:
            if not key:
                continue
            had = table.get(key)
            if weak and had is not None:
                continue
            table[key] = actors if had in (None, actors) else ()

    def _remember_acts(self, s: Sentence, ctx: Context) -> None:
        """Remember whose act a noun names, so later «هذه الضربات» or «رفض الدعوة» can
        point at that actor (rule 11: a stance toward an act targets the actor)."""
        ctx.acts.update(ctx.later_acts)
        ctx.later_acts = {}
        for m in list(s.mentions.values()):
            if self.lang == "ar" and m.kind in ("name", "capital") and \
                    s.start < m.start < s.end and len(m.actors) == 1 and \
                    s.norms[m.start - 1] in self.construct_events and \
                    not s.fulls[m.start - 1].startswith("ال"):
                # «قرار البرلمان الأوروبي تعليق …», «خطة إسرائيل»: the act noun in construct
                # with a name is that actor's, for a later «هذا القرار»
                ctx.acts[self._event_key(s.norms[m.start - 1])] = m.actors
            if not (s.start < m.start < s.end) or m.kind != "adj":
                continue
            head = s.norms[m.start - 1]
            if head in self.heads and self.lang == "ar" and len(m.actors) == 1 and \
                    head.startswith("ال"):
                ctx.titled[head] = m.actors  # «استقبل … المبعوثة الأمريكية»
            if self.lang == "ar" and head in self.force_heads and m.start - 2 >= s.start and \
                    s.norms[m.start - 2] in self.events:
                # «اقتحام الشرطة الإكوادورية مقر السفارة»: the act of the forces it names
                ctx.acts[self._bare(s.norms[m.start - 2])] = \
                    self._actors(self._group(s, m, s.end))
            elif self.lang == "ar" and (event := self._titled_event(s, m)) is not None:
                # «اقتحام وزير الأمن القومي الإسرائيلي باحات المسجد»: the act of the official's
                # state, for a later «أدانت قطر الاقتحام»
                ctx.acts[self._bare(s.norms[event])] = m.actors
            if self.lang == "ar" and len(m.actors) == 1 and not self._names_event(head):
                # «قرار المجلس الوزاري الإسرائيلي المصغر»: the act noun before the body whose
                # adjective names the state (the body and its adjectives in between)
                for k in range(m.start - 2, max(s.start, m.start - 5) - 1, -1):
                    if self._names_event(s.norms[k]) or "ال" + s.norms[k] in self.events:
                        if k + 1 not in s.mentions and s.fulls[k + 1].startswith("ال"):
                            ctx.acts.setdefault(self._event_key(s.norms[k]), m.actors)
                        break
                    if k in s.mentions or not s.fulls[k].startswith("ال"):
                        break
            if head in self.heads or head in self.non_actor or head in self.fillers or \
                    (m.start - 1) in s.mentions or not s.fulls[m.start - 1].isalpha():
                continue
            grp = self._group(s, m, s.end)
            actors = self._actors(grp)
            ctx.acts[self._bare(head)] = actors
        if self.lang == "ar" and self._any_event(s.words()) and \
                s.words().isdisjoint(self.denials) and \
                all(f.cue.label.startswith("_") and not (f.cue.label == "_appeal" and
                                                          f.tag in FINITE) or
                    # «أجرت الصين مناورات …»: a verb of holding with no talks after it
                    not self._cue_ok(s, sp.start, sp.end, f)  # type: ignore[attr-defined]
                    for sp, fs in s.cues for f in fs):
            # «أعلنت جماعة الحوثي مسؤوليتها عن استهداف ناقلة …، في هجوم بزورق مسيّر»: a
            # report of an act, no stance toward it: the act is its opening subject's (a verb
            # of appeal makes a stance: «وطالبت قطر بالوقف الفوري للغارات»; a denial makes
            # no act: «نفت الحكومة العراقية انطلاق أي هجوم من أراضيها»)
            opener = next((s.mentions[k] for k in range(s.start, min(s.end, s.start + 3))
                           if k in s.mentions), None)
            if opener is not None and opener.kind in ("name", "capital", "person"):
                for k in range(opener.end, s.end):
                    # («أصدر مجلس الجامعة … قراراً»: its indefinite accusative too)
                    # (not an act in construct with another actor: «لبحث إطلاق كوريا
                    # الشمالية صاروخاً» is North Korea's launch, not the Council's)
                    if self._names_event(s.norms[k]) and not (
                            k + 1 in s.mentions and
                            s.mentions[k + 1].kind in ("adj", "name", "capital")):
                        ctx.acts[self._event_key(s.norms[k])] = opener.actors
        if self.lang == "ar" and not s.words().isdisjoint(self.events) and \
                not s.words().isdisjoint(self.relative):
            # «الغارات التي شنها الاحتلال الإسرائيلي على …»: the subject of the relative
            # clause after the act carries it out; known from the next sentence on (in its
            # own, the act noun stays a noun: «وأدانت الوزارة الهجوم الذي شنته …»)
            for k in range(s.start, s.end - 3):
                if s.norms[k] not in self.events:
                    continue
                r = k + 1
                while r < min(s.end - 2, k + 4) and r not in s.mentions and \
                        s.norms[r].startswith(("ال", "وال")) and s.norms[r] not in self.relative and \
                        s.texts[r].isalpha():
                    r += 1  # «الغارات الجوية والصاروخية التي نفذتها …»: past its adjectives
                if s.norms[r] not in self.relative or r + 1 in s.mentions:
                    continue
                j = r + 2
                while j < s.end - 1 and j not in s.mentions and \
                        strip_vowels(s.texts[j]).startswith("و") and \
                        strip_vowels(s.texts[j]).endswith(("ه", "ها")) and s.texts[j].isalpha():
                    j += 1  # «القرار الذي صاغته وقدمته الولايات المتحدة …»: a verb coordinated
                while j < min(s.end, r + 5) and j not in s.mentions and s.texts[j].isalpha() \
                        and s.norms[j] not in self.prepositions and s.norms[j] not in self.loc \
                        and (s.norms[j] in self.occupation or s.norms[j] in self.heads or
                             s.fulls[j].startswith("لل") and
                             "ال" + s.fulls[j][2:] in self.occupation):
                    # («الهجوم الذي استهدف موقعاً للجيش التشادي»: the object of the relative
                    # verb, and the army it belongs to, are its victim, not its author)
                    # «الاحتلال», «قوات», «جيش» before the state's adjective (not the place
                    # after «استهدفت مواقع في …», the act's object)
                    j += 1
                author = s.mentions.get(j)
                if author is not None and author.kind in ("name", "adj", "capital", "person"):
                    # «القوات الأمريكية والبريطانية»: all the authors coordinated
                    ctx.later_acts[self._bare(s.norms[k])] = \
                        self._actors(self._group(s, author, s.end))
        if self.lang == "ar" and not s.words().isdisjoint(self.claim_words):
            self._claimed_acts(s, ctx)
        if self.lang == "ar" and not s.words().isdisjoint(self.enactment_words):
            self._enacted_acts(s, ctx)
        if self.lang == "ar" and not s.words().isdisjoint(self.events):
            # «صعّدت إسرائيل غاراتها على جنوب لبنان»: the subject's own acts (the noun right
            # after it, with its pronoun), for a later «ندّد عون بالغارات»
            for m in list(s.mentions.values()):
                k = m.end
                if m.kind in ("name", "capital", "person") and k < s.end and \
                        s.norms[k] in self.events and s.fulls[k].endswith(("ها", "ه", "هم")) and \
                        not strip_vowels(s.texts[k]).endswith("ة"):  # (a ta marbuta reads «ه»)
                    ctx.acts[self._bare(s.norms[k])] = m.actors

    def _anaphora(self, s: Sentence, ctx: Context) -> None:
        """Mentions for «هذه الضربات» / «الدعوة» that name an act remembered earlier, and for
        «هذه الدول», «الدول الأربع», "these countries", "the four states" that name the last
        list of actors."""
        if (ctx.list_sentences or self.lang == "ar") and s.words() & self.group_nouns and \
                self._group_reference_possible(s):
            actors = self._last_list(ctx) if ctx.list_sentences else None
            if actors or self.lang == "ar":  # (a list of the sentence itself, see below)
                self._group_anaphora(s, actors or (), ctx)
        if self.lang == "en" and not s.words().isdisjoint(self.numbers):
            self._bare_number_en(s, ctx)
        if self.lang == "en" and any(m.kind == "pair" for m in s.mentions.values()):
            self._listed_pair_en(s, ctx)
        if "(" in s.words():
            self._apposed_lists(s)
        if self.lang == "ar" and ctx.list_sentences and s.words() & self.faction_nouns:
            self._faction_anaphora(s, ctx)
        if self.lang == "ar":
            self._resolution_body(s, ctx)
        if self.lang == "ar" and s.words() & self.numbers:
            # «الدول الثلاث», «الأطراف الثلاثة»: the last list of three or more, not the
            # last pair of sides (in this sentence: «ضد بولندا والمجر وسلوفاكيا، متهمة الدول
            # الثلاث بـ…»)
            for m in [m for m in s.mentions.values() if m.kind == "pair" and
                      any(s.norms[k] in self.numbers for k in range(m.start, m.end))]:
                listed = self._list_in(s, m.start, 3) or (
                    self._last_list(ctx, 3) if ctx.list_sentences else None)
                if listed:
                    s.add_mention(Mention(m.start, m.end, "name", listed, "f", m.text))
        if not ctx.acts:
            return
        # «رفض الدعوة»: a definite noun right after a cue, naming an earlier stance's act;
        # «رفض الرئيس الصربي الاتهامات»: after the subject that follows the verb, also the
        # noun of an earlier verb's stance («اتهمت كوسوفو بلغراد بـ…»)
        cue_ends = {sp.end for sp, _ in s.cues}
        # an agreement is its signatories' act only for a censure of it («رفضها للاتفاق»);
        # a welcome of it goes to no party (rule 23)
        censure_ends = {sp.end for sp, fs in s.cues
                        if any(f.cue.label in CENSURE_LABELS for f in fs)}
        stance_named = bool(ctx.stance_acts) or not s.words().isdisjoint(self.stance_nouns)
        for k in cue_ends if stance_named else ():
            cue_end = k
            subject = s.mentions.get(k)
            if self.lang == "ar" and subject is not None and subject.kind != "self" and \
                    subject.end < s.end and s.texts[subject.end].isalpha():
                k = subject.end
            elif self.lang == "ar" and k < s.end and s.norms[k] in self.heads:
                # «رفض المتحدث باسم الخارجية الأرمينية …»: past the title
                k = self._past_heads(s, k, min(s.end, k + 5), ())
                subject = s.mentions.get(k)
                k = subject.end if subject is not None and subject.kind == "adj" else -1
            if not s.start <= k < s.end or k in s.mentions or \
                    not (s.norms[k].startswith("ال") or s.fulls[k].startswith("ال")):
                continue
            bare = self._bare(s.norms[k])
            if bare in self.agreement_keys and cue_end not in censure_ends:
                continue
            actors = ctx.stance_acts.get(bare) or \
                (ctx.acts.get(bare) if bare in self.stance_nouns and not any(
                    # «الاتهامات الموجهة إلى إيران», «الاتهامات الغربية»: other accusations
                    x in s.mentions for x in range(k + 1, min(s.end, k + 4))) else None)
            if actors:
                s.add_mention(Mention(k, k + 1, "name", actors, "f", s.texts[k]))
        # «وشجبت قطر التوغل» after «للتوغل الإسرائيلي الجديد»: a definite noun of an act of
        # force after a cue names the author an earlier sentence gave it
        named_acts = [n for n in s.words() & (self.events | self.agreements)
                      if n.startswith("ال") and self._act_of(ctx, n)] \
            if self.lang == "ar" and not (s.words().isdisjoint(self.events) and
                                          s.words().isdisjoint(self.agreements)) else []
        # («وطالب البيان بـ…»: a statement right after a masculine verb is its subject)
        masculine_ends = {sp.end for sp, fs in s.cues if any(f.tag == "3m" for f in fs)} \
            if named_acts else set()
        for k in cue_ends if named_acts else ():
            j = k
            stop = min(s.end, k + 12) if not (
                k in masculine_ends and k < s.end and s.norms[k] in self.statement_nouns) else k
            while j < stop:
                if j in s.mentions:
                    j = s.mentions[j].end  # the subject after the verb («شجبت قطر التوغل»)
                    continue
                n = s.norms[j]
                if n.startswith("ال") and n in named_acts and (
                        n not in self.agreements or k in censure_ends) and \
                        (act := self._act_of(ctx, n)) \
                        and not (j + 1 < s.end and (j + 1 in s.mentions or
                                                    s.norms[j + 1] in self.relative)) and \
                        not self._other_kind(s, j):
                    # (before the titles: «رفضت طهران البيان» — «البيان» also heads a speaker;
                    # «الهجوم الذي شنته جماعة الحوثي» names its own author)
                    s.add_mention(Mention(j, j + 1, "name", act, "f", s.texts[j]))
                    break
                if n in self.heads or n in self.fillers or n in self.manner or \
                        n in self.act_wrappers or s.texts[j] in QUOTES or \
                        n in self.stance_intensifiers or n in self.strongest_terms:
                    # «ندد الأمين العام لجامعة الدول العربية … بالتوغل», «بشدة», «عملية
                    # الإطلاق», «ورفضها التام للتصريحات», «أدانت «بأشد العبارات» التصريح»
                    j += 1
                    continue
                if j + 3 < stop and s.norms[j + 1] in self.contained_in and \
                        s.norms[j + 2] == "في":
                    j += 3  # «ترفض الإملاءات الواردة في البيان»: the text that holds them
                    continue
                if n == "كل" and j + 1 < stop and s.norms[j + 1] == "من":
                    j += 2  # «دانت كل من قطر والكويت الاقتحام»
                    continue
                described = next((sp.end for sp, fs in s.cues if sp.start == j + 1 and any(
                    f.cue.id.endswith(".describe") for f in fs)), None) \
                    if n in self.what_relatives else None
                if described is not None:
                    # «ندد الصفدي بما وصفه بـ«التصريحات الهمجية»»: the act, in his words
                    j = described + (described < s.end and s.texts[described] in ("ب", "بـ"))
                    continue
                if n == "في" and j + 1 in s.mentions and j > k:
                    j = s.mentions[j + 1].end  # «دان مكتب الرئاسة في تايوان المناورات»
                    continue
                break
        for j in range(s.start + 1, s.end) if named_acts else ():
            # «أعربت اليابان عن قلقها إزاء المناورات»: the act a concern is about, after its
            # preposition, is its author's
            # («عن قلقه البالغ من إقرار القانونين»: past the masdar of its enactment too)
            n = s.norms[j]
            if n in named_acts and j not in s.mentions and \
                    (n not in self.agreements or censure_ends) and (
                    s.norms[j - 1] in self.about_preps or
                    s.norms[j - 1] in self.enactment_words) and \
                    not (j + 1 < s.end and (j + 1 in s.mentions or
                                            s.norms[j + 1] in self.relative)) and \
                    (act := self._act_of(ctx, n)):
                s.add_mention(Mention(j, j + 1, "name", act, "f", s.texts[j]))
        if not s.words() & self.demonstratives:
            return
        norms = s.norms
        for k in [k for k in range(s.start, s.end - 1) if norms[k] in self.demonstratives]:
            if k in s.mentions or (k + 1) in s.mentions:
                continue
            act = self._act_of(ctx, norms[k + 1])
            if act:
                s.add_mention(Mention(k, k + 2, "name", act, "f", s.span(k, k + 2)))

    def _home_heads(self, ctx: Context) -> None:
        """Arabic: a wire dated from the home state's capital («الرياض - واس») may call that
        state by the head of its long name before naming it («ثمّن الجهود التي تبذلها
        المملكة», «السلطنة»): the first antecedent of that head is the home state."""
        actor = self.res.gazetteer.actors.get(ctx.home) if ctx.home else None
        if actor is None:
            return
        for name in (actor.ar, *actor.aliases_ar):
            words = name.split()
            head = normalize(words[0]) if len(words) >= 2 else ""
            head = head if head.startswith("ال") or not head else "ال" + head  # «سلطنة عمان»
            if head in self.anaphoric_heads and head not in ctx.named_heads:
                self._note_head(ctx, head, (actor.id,))

    def _comprising_groups(self, s: Sentence, ctx: Context) -> None:
        """«اللجنة الخماسية التي تضم الولايات المتحدة وفرنسا والسعودية وقطر ومصر», "the
        Quintet, which includes the United States, France, …": a group the article names by
        its members is those actors (rule 4) — its noun phrase there, and its last word alone
        or with its head later («داخل الخماسية», «بيان اللجنة الخماسية»)."""
        if s.words().isdisjoint(self.comprise_verbs) and \
                s.words().isdisjoint(self.comprise_participle_firsts):
            return
        for k in range(s.start + 1, s.end - 2):
            after = self.comprise_at(s, k)
            if after is None:
                continue
            first = s.mentions.get(after) or (s.mentions.get(after + 1)
                                              if s.norms[after] in self.articles else None)
            if first is None and self.lang == "en":
                # «made up of the presidents of South Africa, Senegal and Zambia»
                j = after
                while j < min(s.end, after + 4) and j not in s.mentions and (
                        s.norms[j] in self.articles or s.norms[j] in self.heads or
                        s.norms[j] == "of"):
                    j += 1
                first = s.mentions.get(j) if j > after and s.norms[j - 1] == "of" else None
            if first is None or first.kind in ("self", "pair", "land", "parties"):
                continue
            grp = self._group(s, first, s.end)
            actors = self._actors(grp)
            end = k - 1 if self.lang == "en" and s.texts[k - 1] == "," else k
            start = end
            while start - 1 >= s.start and end - start < 3 and start - 1 not in s.mentions and \
                    s.texts[start - 1].replace("-", "").isalpha() and (
                        s.norms[start - 1].startswith("ال") if self.lang == "ar" else
                        s.norms[start - 1] not in self.articles):
                start -= 1
            if len(actors) < 2 or start == end or any(x in s.mentions for x in range(start, end)):
                continue
            # (the phrase with its relative clause: the verb's object comes after the list)
            s.add_mention(Mention(start, grp[-1].end if self.lang == "ar" else end, "name",
                                  actors, "f", s.span(start, end)))
            self._note_head(ctx, s.norms[end - 1], actors)

    def comprise_at(self, s: Sentence, k: int) -> int | None:
        """Where the members begin when a relative and a verb of comprising start at ``k``
        («التي تضم», «which includes»), or in English a participle of comprising after a
        comma («, made up of», «, comprising»; words comprise_participles); else None."""
        if k + 2 < s.end and s.norms[k] in self.relative and s.norms[k + 1] in self.comprise_verbs:
            return k + 2
        if self.lang == "en" and k > s.start and s.texts[k - 1] == "," and \
                s.norms[k] in self.comprise_participle_firsts:
            j = self._phrase_end(s.norms, k, self.comprise_participles)
            if j is not None and j < s.end:
                return j
        return None

    def _issued_statements(self, s: Sentence, ctx: Context) -> None:
        """Arabic: «البيان، الصادر عن أول قمة تجمع قادة دول مجلس التعاون الخليجي والاتحاد
        الأوروبي، قد دعا إيران …»: a statement named with its issuer stands for the issuer;
        «اختتم وزراء خارجية الأردن … ومصر … وفرنسا … وألمانيا … اجتماعاً …، وأصدروا في ختامه
        البيان المشترك الآتي»: the statement its issuers' verb names is their act, for a later
        «رحب … بالبيان» (rule 11)."""
        if self.lang != "ar":
            return
        if not s.words().isdisjoint(self.issue_verbs):
            for k in range(s.start, s.end - 1):
                if s.norms[k] not in self.issue_verbs:
                    continue
                noun = next((x for x in range(k + 1, min(s.end, k + 5))
                             if s.norms[x] in self.statement_nouns), None)
                # (the subject list, before the first comma: not the sides of an agreement
                # a clause after it names)
                comma = next((x for x in range(s.start, k) if s.texts[x] in {"،", ","}), k)
                listed = self._list_in(s, comma, 2) if noun is not None and k > s.start \
                    else None
                after = s.mentions.get(k + 1)
                before_verb = bool(listed)
                if not listed and after is not None and after.kind in ("name", "capital") and \
                        after.actors:
                    # «أصدرت فرنسا وألمانيا والمملكة المتحدة مساء السبت بياناً مشتركاً»: the
                    # subject after the verb, its statement a few words on
                    grp = self._group(s, after, s.end)
                    noun = next((x for x in range(grp[-1].end, min(s.end, grp[-1].end + 5))
                                 if s.norms[x] in self.statement_nouns), None)
                    listed = self._actors(grp) if noun is not None else None
                if noun is not None and listed:
                    key = self._bare(s.norms[noun])
                    if key.endswith("ا") and key[:-1] in self.statement_nouns:
                        key = key[:-1]  # («بياناً», the «البيان» named back)
                    if before_verb or key not in ctx.acts or set(ctx.acts[key]) < set(listed):
                        ctx.acts[key] = listed
                    # (else a later statement named after its verb does not take the name
                    # «البيان» from the first; the one this sentence named with its first
                    # issuer alone gets the others)
                    ctx.issuers = tuple(listed)
        if s.words().isdisjoint(self.issued_words):
            return
        for k in range(s.start, s.end - 3):
            if s.norms[k] not in self.statement_nouns or k in s.mentions:
                continue
            j = k + 1 + (s.texts[k + 1] in {"،", ","}) + (
                k + 2 < s.end and s.norms[k + 1] == "الختامي")
            if j + 1 >= s.end or s.norms[j] not in self.issued_words or s.norms[j + 1] != "عن":
                continue
            first = next((s.mentions[x] for x in range(j + 2, min(s.end, j + 10))
                          if x in s.mentions), None)
            if first is None or first.kind not in ("name", "adj", "capital") or any(
                    s.texts[x] in {"،", ","} for x in range(j + 2, first.start)):
                continue
            actors = self._actors(self._group(s, first, s.end))
            if actors:
                s.add_mention(Mention(k, k + 1, "name", actors, "m", s.texts[k]))

    def _statement_voice(self, s: Sentence, ctx: Context) -> None:
        """Arabic: «وفي ما يلي أبرز ما جاء في البيان:» after a statement's issuers are named
        («أصدرت فرنسا وألمانيا والمملكة المتحدة … بياناً مشتركاً»), then the statement quoted:
        the «we» of the quotation («ندعو إيران …», «نحذّر …») is its issuers, whatever actors
        its sentences name, until the quotation closes."""
        if self.lang != "ar":
            return
        if ctx.voice_closes:
            ctx.voice, ctx.voice_closes = (), False
        first = s.after_time()
        opens = first < s.end and s.texts[first] in OPEN_QUOTES
        if ctx.voice_pending and opens:
            ctx.voice = ctx.voice_pending
        ctx.voice_pending = ()
        if ctx.voice:
            marks = [s.texts[k] for k in range(s.start, s.end) if s.texts[k] in QUOTES]
            if marks.count("»") + marks.count("”") > marks.count("«") + marks.count("“") or \
                    marks and marks[-1] in ("»", "”") or \
                    marks.count('"') % 2 == 1 and not opens or \
                    opens and marks.count('"') % 2 == 0 and marks.count('"') > 0:
                ctx.voice_closes = True  # (the quotation closes in this sentence)
        elif ctx.issuers and not s.words().isdisjoint(self.text_follows) and (
                s.texts[s.end - 1] == ":" or
                not s.words().isdisjoint(self.statement_nouns)):
            ctx.voice_pending = ctx.issuers

    def _remember_heads(self, s: Sentence, ctx: Context) -> None:
        """Arabic: remember the head noun of each long name of one actor («مجلس التعاون
        الخليجي», «حزب الله», «الوكالة الدولية للطاقة الذرية») when it is one of the
        ``anaphoric_heads``, so that a later bare «المجلس», «الحزب», «الوكالة» names it."""
        if self.lang != "ar":
            # English: «Oman … We thank the Sultanate»: a state named (by its name, capital or
            # adjective) is the latest antecedent of the head of its long name
            for m in s.mentions.values():
                if len(m.actors) == 1 and m.actors[0] in self.state_heads and \
                        m.kind in ("name", "capital", "adj", "person"):
                    for head in self.state_heads[m.actors[0]]:
                        self._note_head(ctx, head, m.actors, at=m.start)
            return
        if not self.anaphoric_heads:
            return
        for m in s.mentions.values():
            # «الأردن»، «الأردنية»: a state named however is the latest antecedent of the head
            # of its long name («المملكة الأردنية الهاشمية» → «المملكة»)
            if len(m.actors) == 1 and m.actors[0] in self.state_heads and \
                    m.kind in ("name", "capital", "adj", "person"):
                for head in self.state_heads[m.actors[0]]:
                    self._note_head(ctx, head, m.actors, derived=True, at=m.start)
        for m in s.mentions.values():
            if m.kind != "name" or m.end - m.start < 2 or len(m.actors) != 1:
                continue
            nxt = m.end
            if nxt < s.end and nxt not in s.mentions and s.fulls[nxt].isalpha() and (
                    self._conj_prefixed(s, nxt) or self._nisba(s, nxt)):
                continue  # «مجلس الأمن والدفاع في السودان», «… القومي»: a longer name
            head = s.norms[m.start]
            heads = [head if head.startswith("ال") else "ال" + head]
            before = m.start - 1
            if before - 1 >= s.start and s.fulls[m.start].startswith("ل") and \
                    s.fulls[m.start] != s.norms[m.start] and s.norms[before].startswith("ال") and \
                    self._nisba(s, before) and \
                    (body := self._definite(s.norms[before - 1])) in self.anaphoric_heads:
                # «الدورة الرابعة والأربعون للمجلس الأعلى لمجلس التعاون»: the body and its
                # adjective are the named actor's, for a later «يدين المجلس الأعلى»
                ctx.head_phrases[(body, s.norms[before])] = m.actors
                self._note_head(ctx, body, m.actors, at=m.start)  # and the bare «المجلس»
            if before >= s.start and before not in s.mentions and \
                    not s.norms[before].startswith("ال"):
                # «مجلس جامعة الدول العربية»: a body of the named organisation, whose
                # «المجلس» is the organisation's
                heads.append("ال" + s.norms[before])
            for head in heads:
                if head in self.anaphoric_heads:
                    self._note_head(ctx, head, m.actors, at=m.start)

    @staticmethod
    def _note_head(ctx: Context, head: str, actors: tuple[str, ...],
                   derived: bool = False, at: int = -1) -> None:
        """Make ``actors`` the latest antecedent of the bare head noun ``head`` (and of its
        «لل» form); ``derived``: the article named the state otherwise than by that long
        name (Arabic keeps those apart, after the long names); ``at``: the token of the
        mention that named it (-1: the dateline), for a head named back before it."""
        ctx.head_words.update((head, "لل" + head[2:]))
        ctx.head_at.setdefault((head, actors), at)  # (the token of its first naming)
        seen = (ctx.derived_heads if derived else ctx.named_heads).setdefault(head, [])
        if actors in seen:
            seen.remove(actors)
        seen.append(actors)

    def _head_anaphora(self, s: Sentence, ctx: Context) -> None:
        """Arabic: «وأدان المجلس …», «واتهم الحزب …», «حذّر الجماعة»: a bare definite head
        noun names the actor whose long name it headed earlier in the article — the current
        speaker's when it is one of them, else the last named. A nisba adjective after it
        («المجلس العسكري», «الحزب الجمهوري») makes it another body."""
        heads = ctx.named_heads
        if not (heads or ctx.derived_heads or ctx.head_phrases) or \
                s.words().isdisjoint(ctx.head_words):
            return
        covered = {i for m in s.mentions.values() for i in range(m.start, m.end)}
        for k in range(s.start, s.end):
            n = s.norms[k]
            key = self._definite(n)
            # (an antecedent named later in the same sentence is none: «ويطالب المجلس مجلس
            # الأمن الدولي» after «المجلس الوزاري لجامعة الدول العربية»)
            antecedents = [a for a in heads.get(key, []) if ctx.head_at.get((key, a), -1) < k]
            derived = [a for a in ctx.derived_heads.get(key, [])
                       if ctx.head_at.get((key, a), -1) < k]
            if k in covered or not (antecedents or derived or ctx.head_phrases):
                continue
            nxt = k + 1
            if self.lang == "en" and (nxt < s.end and s.norms[nxt] == "of" or
                                      k == s.start or s.norms[k - 1] != "the" or
                                      k - 2 >= s.start and s.norms[k - 2] in self.outside_en):
                # «the Kingdom of …» names itself; «a kingdom» names none; «negotiations
                # outside the court» says where, no one
                continue
            if n in self.compass_heads and not (
                    s.texts[k][:1].isupper() and
                    (nxt >= s.end or not s.texts[nxt][:1].isupper())):
                continue  # «the north of the country», «the South China Sea»
            if self.lang == "ar" and nxt < s.end and nxt not in s.mentions and \
                    (phrase := ctx.head_phrases.get((key, s.norms[nxt]))) is not None:
                s.add_mention(Mention(k, nxt + 1, "name", phrase, "m", s.span(k, nxt + 1)))
                continue
            if not (antecedents or derived):
                continue
            if self.lang == "ar" and nxt < s.end and (
                    nxt in s.mentions and s.mentions[nxt].kind == "adj" or
                    nxt not in covered and self._nisba(s, nxt) and not (
                        # «حمّل كاتس الحزب المسؤولية»: a feminine word after a masculine
                        # head is no adjective of it (its object, here)
                        not n.endswith(("ه", "ات")) and s.norms[nxt].endswith("يه"))):
                continue
            speaker = ctx.speaker.actors if ctx.speaker is not None else None
            # («Saudi Arabia's foreign ministry expressed the kingdom's rejection»: the
            # owner's own, one of them named just before in the sentence, comes first; not
            # «Bahrain … expressed solidarity with the kingdom»; Arabic: «أعربت وزارة
            # الخارجية السعودية عن إدانة المملكة»: the state whose body the sentence named
            # before it, by its adjective or name, not by its capital: «وأدانت المنامة …،
            # وأكد البلدان وقوفهما إلى جانب المملكة»)
            if self.lang == "ar":
                here = [m.actors for m in sorted(s.mentions.values(), key=lambda m: m.start)
                        if m.start < k and m.kind in ("adj", "name") and
                        (m.actors in antecedents or m.actors in derived)] \
                    if n in self.state_head_words else []
            else:
                here = [m.actors for m in sorted(s.mentions.values(), key=lambda m: m.start)
                        if m.start < k and m.actors in antecedents] \
                    if nxt < s.end and s.norms[nxt] in ("'s", "'") else []
            # a long name the article used comes before a state named otherwise
            # («المملكة العربية السعودية» before «البحرين», whose long name is a kingdom's)
            pool = antecedents or derived
            actors = here[-1] if here else speaker if speaker in pool else pool[-1]
            s.add_mention(Mention(k, k + 1, "name", actors,
                                  "f" if s.norms[k].endswith("ه") else "m", s.texts[k]))

    def _name_duals(self, s: Sentence, after: int, actors: tuple[str, ...]) -> None:
        """Arabic: «الوزيران», «الرئيسان» from token ``after`` on name ``actors``, the two
        officials the article means (a meeting this sentence states before them names them
        again: «أجرى … اتصالاً بنظيره التركي، بحث خلاله الوزيران …»)."""
        for k in range(after, s.end):
            if s.norms[k] not in self.official_duals:
                continue
            old = s.mentions.get(k)
            if old is not None and old.end == k + 1 and old.kind == "name" and \
                    old.actors != actors:
                s.remove_mention(k)
                old = None
            if old is None:
                s.add_mention(Mention(k, k + 1, "name", actors,
                                      "f" if s.norms[k].endswith(("تان", "تين")) else "m",
                                      s.texts[k]))  # «الوزيرتان»: feminine

    def _conversation_partner(self, s: Sentence, holder: tuple[str, ...],
                              ctx: Context, readout: bool = False) -> str | None:
        """Rule 24: the other side of the two-party call or meeting the article just reported,
        when this sentence says the stance was stated in it («during the call», «خلال
        الاتصال», «خلاله»), or (``readout``) when the article reports that one call and
        the sentence names no one else («The Minister stressed that relations must be
        founded on …»), else None."""
        meeting = ctx.meeting
        if not meeting or len(meeting) != 2 or len(holder) != 1 or holder[0] not in meeting:
            return None
        if readout:
            said = len(ctx.met_pairs) == 1 and s.names_only(meeting)
        else:
            # («Pompeo says he spoke with the prime minister and urged an end to the
            # fighting»: the call made in the conversation this sentence reports)
            said = ctx.meeting_sentence == s.first_char and s.names_only(meeting) or \
                any(self._phrase_at(s.norms, k, self.conversation_refs)
                    for k in range(s.start, s.end) if s.norms[k] in self.conversation_starts)
        return next(a for a in meeting if a != holder[0]) if said else None

    @staticmethod
    def _honour_key(reading: str) -> str:
        """«السمو», «سمو», «سموه» → «سمو»: one key for an honorific and its pronoun form."""
        return reading.removeprefix("ال")

    def _remember_honours(self, s: Sentence, ctx: Context) -> None:
        """Arabic: «صاحب السمو الأمير فيصل بن فرحان», «معالي وزير الخارجية المصري»: who each
        honorific styled first, for a later «سموه», «معاليه» (see ``_honoured``)."""
        if s.words().isdisjoint(self.honorifics):
            return
        for k in range(s.start, s.end):
            if s.norms[k] not in self.honorifics or k in s.mentions or \
                    strip_vowels(s.texts[k]).endswith(("ه", "ها")):
                continue
            m = next((s.mentions[x] for x in range(k + 1, min(s.end, k + 8))
                      if x in s.mentions), None)
            if m is not None and m.kind in ("person", "name", "adj") and len(m.actors) == 1:
                # the first so styled: a wire's «معاليه» is its own protagonist, not the
                # counterparts it styles the same way later («مع معالي محمد إسحاق دار»)
                ctx.honoured.setdefault(self._honour_key(s.norms[k]), m.actors)

    def _honoured(self, s: Sentence, j: int, ctx: Context) -> tuple[str, ...]:
        """Arabic: the actor of the official an honorific with a pronoun at token ``j`` points
        back to («كما تلقى سموه اتصالاً»: the one first styled «سمو»), or nothing."""
        if s.norms[j] not in self.honorifics or \
                not strip_vowels(s.texts[j]).endswith(("ه", "ها")):
            return ()
        return ctx.honoured.get(self._honour_key(s.norms[j]), ())

    def _org_anaphora(self, s: Sentence, ctx: Context) -> None:
        """«متهمةً المنظمة الإقليمية بـ…», "the alliance said", "the bloc's foreign ministers":
        a word for an organisation (org_refs) that heads no name of its own is the
        organisation or bloc named last, in this sentence or before it (English also «the
        three» for the group of three named last); the language's reading of such a word is
        _org_reference."""
        orgs = self.org_ids
        last = ctx.last_org
        if self.lang == "ar" and s.words().isdisjoint(self.org_refs):
            named = [m for m in s.mentions.values() if m.actors and orgs.issuperset(m.actors)]
            if named:
                ctx.last_org = max(named, key=lambda m: m.start).actors
            return
        groups = self.res.gazetteer.groups
        words = s.words()
        # the tokens a reference may stand at, besides the mentions (most sentences have none)
        refs = not words.isdisjoint(self.org_refs) or (
            self.lang == "en" and ctx.last_bloc is not None and
            not words.isdisjoint(self.number_value_en)) or (  # type: ignore[attr-defined]
            self.lang == "en" and not words.isdisjoint(self.bloc_name_refs_en)) or (
            # «the Council» after «the Security Council»: the head of the last one's name
            self.lang == "en" and any(not words.isdisjoint(self._org_heads_en(a))  # type: ignore[attr-defined]
                                      for a in ctx.named_orgs))
        for k in range(s.start, s.end) if refs else sorted(s.mentions):
            m = s.mentions.get(k)
            if m is not None:
                if m.actors and orgs.issuperset(m.actors) and not (
                        self.lang == "en" and (s.norms[m.start] in self.resolution_nouns or
                                               m.end < s.end and
                                               s.norms[m.end] in self.resolution_nouns)):
                    # («under Security Council resolution 2254»: a text cited, no actor of
                    # the article's)
                    last = m.actors
                    if self.lang == "en" and len(m.actors) == 1:
                        if m.actors[0] in ctx.named_orgs:
                            ctx.named_orgs.remove(m.actors[0])
                        ctx.named_orgs.append(m.actors[0])
                if self.lang == "en" and len(m.actors) == 1 and m.actors[0] in groups:
                    ctx.last_bloc = m.actors  # «the E3 …; the three repeated …»
                continue
            ref = self._org_reference(s, k, last, ctx)
            if ref is not None:
                s.add_mention(ref)
        ctx.last_org = last

    def _abstainer(self, doc: Doc, start: int, end: int) -> bool:
        """Arabic: an actor named after «امتناع» with «عن التصويت» after it («وامتناع
        بريطانيا وسويسرا عن التصويت»): who abstained in a vote, named in its tally, never the
        one a stance in the sentence is toward."""
        norms = doc.user_data["sg_norms"]
        opened = next((k for k in range(start - 1, max(-1, start - 7), -1)
                       if norms[k].removeprefix("و") in self.abstention_nouns), None)
        return opened is not None and \
            any(norms[x] in self.vote_words for x in range(end, min(len(norms), end + 6)))

    def _summit_attended(self, doc: Doc, start: int, end: int) -> bool:
        """An organisation's alias that holds a summit word («القمة العربية», "the Arab League
        summit") right after a preposition, a word of circumstance or of attending («لحضور»,
        «في», "attend", "at"): the meeting someone goes to or speaks at, no actor."""
        norms = doc.user_data["sg_norms"]
        if not any(norms[x] in self.summit_words for x in range(start, end)):
            return False
        b = start
        while self.lang == "en" and b > 0 and norms[b - 1] in self.articles:
            b -= 1
        return b > 0 and (norms[b - 1] in self.prepositions or norms[b - 1] in self.circumstance
                          or norms[b - 1] in self.summit_attend)

    def _summit_anaphora(self, s: Sentence, ctx: Context) -> None:
        """«القمة العربية», "the Arab summit" (an organisation's alias that holds a summit word)
        makes a later bare «القمة», "the summit" that organisation («وأكدت القمة دعمها …»:
        the summit's declaration is its stance)."""
        if s.words().isdisjoint(self.summit_words):
            return
        for k in range(s.start, s.end):
            m = s.mentions.get(k)
            if m is not None:
                if m.actors and self.org_ids.issuperset(m.actors) and any(
                        s.norms[x] in self.summit_words for x in range(m.start, m.end)):
                    ctx.summit = m.actors
                continue
            b = k - (self.lang == "en")  # (English: before «the»)
            if ctx.summit is not None and s.norms[k] in self.summit_words and \
                    (k + 1 >= s.end or k + 1 not in s.mentions) and \
                    (self.lang == "ar" or k > s.start and s.norms[k - 1] == "the") and \
                    not (b > s.start and (s.norms[b - 1] in self.prepositions or
                                          s.norms[b - 1] in self.circumstance or
                                          s.fulls[k] != s.norms[k])):
                # (only the summit that speaks: «عقب القمة», "at the summit", «للقمة» are
                # when and where, no partner of talks)
                s.add_mention(Mention(k, k + 1, "name", ctx.summit, "f", s.texts[k]))

    def _org_reference(self, s: Sentence, k: int, last: tuple[str, ...] | None,
                       ctx: Context) -> Mention | None:
        """Arabic: «المنظمة», «الحلف» at token ``k``, heading no name, is ``last``."""
        if self.lang == "en":
            return self._org_reference_en(s, k, last, ctx)  # type: ignore[attr-defined]
        if last is not None and s.norms[k] in self.org_refs and \
                (k + 1 >= s.end or k + 1 not in s.mentions) and not (
                    # «الجريمة المنظمة»: after a definite feminine noun it is its adjective
                    k > s.start and k - 1 not in s.mentions and
                    s.fulls[k - 1].startswith(("ال", "وال")) and
                    strip_vowels(s.texts[k - 1]).endswith("ة") and
                    s.norms[k - 1] not in self.heads):
            return Mention(k, k + 1, "name", last, "f", s.texts[k])
        return None

    def _dual_officials(self, s: Sentence, ctx: Context) -> None:
        """Arabic: «وأشاد الزعيمان …» in a sentence that names no one: the two officials named
        last by name in the article («استقبل محمد بن زايد كلاً من الرئيس الأذربيجاني إلهام علييف
        ورئيس الوزراء الأرميني نيكول باشينيان»: Aliyev and Pashinyan), when they speak for two
        actors; then the officials this sentence names are remembered."""
        named = [m for m in s.mentions.values() if m.kind == "person"]
        if not named and len(ctx.persons) >= 2 and \
                not s.words().isdisjoint(self.official_duals):
            last = list(dict.fromkeys(reversed(ctx.persons)))[:2]
            if len(last) == 2:
                self._name_duals(s, s.start, tuple(reversed(last)))
        if named:
            ctx.persons.extend(a for m in sorted(named, key=lambda m: m.start)
                               for a in m.actors)

    def _declaration_preamble(self, s: Sentence, ctx: Context) -> None:
        """Arabic: «إن ممثلي جمهورية إيران الإسلامية والاتحاد الروسي والجمهورية التركية، بصفتهم
        ضامني صيغة أستانا:» before a joint text's numbered points: a sentence that opens with
        «إن» (words declaration_openers), states no stance and ends with a colon names the
        subject of the points' verbs after it («1. يؤكدون …، 2. يدينون …»), who speaks next."""
        a = s.start
        while a < s.end and not s.fulls[a].isalpha():
            a += 1  # (past the quotation mark that opens the text)
        if a >= s.end - 2 or s.norms[a] not in self.declaration_openers or s.cues or \
                s.texts[s.end - 1] != ":":
            return
        m = next((s.mentions[k] for k in range(a + 1, min(s.end, a + 5)) if k in s.mentions),
                 None)
        if m is None or m.kind not in ("name", "adj", "capital") or any(
                k not in s.mentions and s.norms[k] not in self.heads
                for k in range(a + 1, m.start)):
            return
        actors = self._actors(self._group(s, m, s.end))
        if actors:
            ctx.speaker = Holder(actors, s.span(a, m.end), None, "svo")

    def _nisba(self, s: Sentence, k: int) -> bool:
        """Whether Arabic token ``k`` reads as a definite nisba adjective («العسكري»,
        «القومية»), not a function word that happens to end so («إلى», «التي»)."""
        n = s.norms[k]
        return len(n) > 4 and n.startswith("ال") and n.endswith(("ي", "يه")) and \
            n not in self.prepositions and n not in self.relative and s.fulls[k].isalpha()

    def _group_reference_possible(self, s: Sentence) -> bool:
        """Whether a group noun of the sentence may name a list back: not when each is a
        plural of officials in construct after a title («رئيس الوزراء», «مجلس الوزراء»), the
        commonest case, which would not be worth reading the article's lists for."""
        return any(s.norms[k] in self.group_nouns and not (
                       self.lang == "ar" and s.norms[k] in self.leader_groups and
                       k > s.start and s.norms[k - 1] in self.heads)
                   for k in range(s.start, s.end))

    def _group_anaphora(self, s: Sentence, actors: tuple[str, ...], ctx: Context) -> None:
        n = s.norms
        for k in range(s.start, s.end - 1):
            if self.lang == "en" and s.start < k and k + 2 < s.end and n[k] in self.numbers \
                    and s.texts[k + 1][:1].isupper() and n[k + 2] in self.group_nouns and \
                    (n[k - 1] in self.articles or n[k - 1] in self.demonstratives) and \
                    k not in s.mentions and (k + 2) not in s.mentions:
                # "the four European capitals": the adjective describes the listed members
                inner = s.mentions.get(k + 1)
                if inner is None or inner.kind == "adj" and inner.end == k + 2:
                    if inner is not None:
                        s.remove_mention(k + 1)
                    s.add_mention(Mention(k, k + 3, "name", actors, "f", s.span(k, k + 3)))
                    continue
            if k in s.mentions or (k + 1) in s.mentions:
                continue
            end = None
            if n[k] in self.demonstratives and n[k + 1] in self.group_nouns:
                end = k + 2  # «هذه الدول», "these countries"
                if end < s.end and n[end] in self.numbers:
                    end += 1  # «هذه الدول الأربع»
            elif n[k] in self.group_nouns and n[k + 1] in self.numbers and self.lang == "ar":
                end = k + 2  # «الدول الأربع»
            elif self.lang == "ar" and k + 2 < s.end and n[k] in self.group_nouns and \
                    n[k + 2] in self.numbers and self._nisba(s, k + 1):
                end = k + 3  # «العواصم الأوروبية الثلاث»
            elif self.lang == "ar" and n[k] in self.leader_groups and k > s.start and \
                    s.fulls[k].startswith("ال") and s.texts[k - 1].isalpha() and \
                    not s.fulls[k - 1].startswith("ال") and n[k - 1] not in self.heads and \
                    n[k - 1] not in self.prepositions and n[k - 1] not in self.honorifics and \
                    not self._nisba(s, k + 1) and (k + 1) not in s.mentions:
                # «يجدّد الوزراء التزام بلدانهم …» after the three ministers were named: the
                # subject of a verb (not «رئيس الوزراء», «مجلس الوزراء», «الوزراء العرب»);
                # those who took part in the last meeting, else the last list; an Arabic
                # plural counts three or more (two would be a dual, «الوزيران»)
                if ctx.meeting and len(ctx.meeting) >= 3:
                    s.add_mention(Mention(k, k + 1, "name", ctx.meeting, "m", s.texts[k]))
                    continue
                if len(actors) < 3:
                    continue
                end = k + 1
            elif self.lang == "en" and n[k] in self.leader_groups and k > s.start and (
                    n[k - 1] in self.articles or
                    k - 1 > s.start and n[k - 1] == "foreign" and n[k - 2] in self.articles) \
                    and not (k + 1 < s.end and (n[k + 1] in ("of", "'s", "'") or
                                                (k + 1) in s.mentions)) and \
                    (k - 1 not in s.mentions and k - 2 not in s.mentions):
                # «The ministers and the Secretary-General affirmed …» after «The foreign
                # ministers of … — Jordan, Saudi Arabia, Iraq, Lebanon and Egypt — met»: those
                # who took part in the last meeting (not the last list: «West African leaders
                # approved the withdrawal of Mali, Burkina Faso and Niger … The leaders also
                # thanked …»)
                listed = ctx.meeting if ctx.meeting and len(ctx.meeting) >= 3 else \
                    self._apposed_officials_en(ctx)
                if listed:
                    s.add_mention(Mention(k, k + 1, "name", listed, "m", s.texts[k]))
                continue
            elif self.lang == "en" and n[k] in self.numbers and n[k + 1] in self.group_nouns \
                    and k > s.start and (n[k - 1] in self.articles or n[k - 1] in self.demonstratives) \
                    and self._count_fits_en(n[k], actors):
                end = k + 2  # "the four countries" (not «the three governments» for a pair)
            if end is not None:
                # («وأجرى القادة الثلاثة مباحثات»: men, whose verb is masculine)
                gender = "m" if n[k] in self.leader_groups else "f"
                count = next((self.number_values[n[x]] for x in range(k, end)
                              if n[x] in self.number_values), None)
                listed = actors
                same = self._list_in(s, k, count, exact=True) \
                    if count is not None and self.lang == "ar" else None
                if same:
                    # «عقدت اللجنة الثلاثية الروسية التركية الإيرانية …، حيث بحثت الوفود
                    # الثلاثة …»: the list of that many the sentence named before
                    listed = same
                elif count is not None and len(actors) != count:
                    # «الوزراء الأربعة» after a list of two: the last list of four
                    listed = self._last_list(ctx, count, exact=True) or ()
                if not listed:
                    continue
                s.add_mention(Mention(k, end, "name", listed, gender, s.span(k, end)))

    def _apposed_lists(self, s: Sentence) -> None:
        """«وأشادت دول الترويكا (الولايات المتحدة والمملكة المتحدة والنرويج) …», "The
        Troika (the United States, the United Kingdom and Norway) welcomed …": a noun phrase
        of one to three words the gazetteer does not know, followed by a list of two or more
        actors in parentheses and nothing else, is those actors (the list becomes one mention
        from the noun to the closing parenthesis)."""
        for o in range(s.start + 1, s.end - 3):
            if s.texts[o] != "(" or o - 1 in s.mentions or not s.texts[o - 1].isalpha():
                continue
            close = next((k for k in range(o + 1, min(s.end, o + 16)) if s.texts[k] == ")"),
                         None)
            if close is None:
                continue
            inner = [s.mentions[k] for k in range(o + 1, close) if k in s.mentions]
            covered = {k for m in inner for k in range(m.start, m.end)}
            if len(inner) < 2 or any(
                    k not in covered and not (s.texts[k] == "," or s.norms[k] in self.coord or
                                              s.norms[k] in self.articles)
                    for k in range(o + 1, close)) or \
                    any(m.kind not in ("name", "adj", "capital") for m in inner):
                continue
            actors = self._actors(inner)
            if len(actors) < 2:
                continue
            head = o - 1
            while head - 1 >= s.start and o - head < 3 and s.texts[head - 1].isalpha() and \
                    head - 1 not in s.mentions and s.norms[head - 1] not in self.articles and \
                    not any(sp.start <= head - 1 < sp.end for sp, _ in s.cues):
                head -= 1
            for m in inner:
                s.remove_mention(m.start)
            s.add_mention(Mention(head, close + 1, "name", actors, "f", s.span(head, close + 1)))

    def _resolution_body(self, s: Sentence, ctx: Context) -> None:
        """Arabic: remember the body that adopts resolutions the sentence names (words
        resolution_bodies), for a later bare «القرار» that speaks (arguments, _vso). (Making
        «القرار» the body's act for a later «رحب … باعتماد القرار», as English does, was
        measured: an Arabic «القرار» is as often a state's decision, and it cost more than it
        gave.)"""
        body = next((a for m in s.mentions.values() if m.kind == "name" for a in m.actors
                     if a in self.resolution_bodies), None)
        if body is not None:
            ctx.resolution_body = (body,)

    def _faction_anaphora(self, s: Sentence, ctx: Context) -> None:
        """Arabic: «إن الفصائل اتفقت على …» after «بمشاركة وفود من حركتي فتح وحماس وحركة
        الجهاد الإسلامي»: the bare definite noun of factions (words faction_nouns; not «الفصائل
        الفلسطينية», which is all of them) is the last list of two or more groups the article
        named."""
        groups = None
        ends = {sp.end - 1 for sp, fs in s.cues if any(f.tag in FINITE for f in fs)}
        for k in range(s.start, s.end):
            if s.norms[k] not in self.faction_nouns or k in s.mentions or \
                    not s.fulls[k].startswith(("ال", "وال", "فال", "بال", "لل")) or \
                    k + 1 < s.end and self._nisba(s, k + 1) or k == s.start:
                continue
            p = k - 1
            if not (s.norms[p] in self.comp or p in ends and not self._object_pronoun(s, p)):
                # the subject after «إن» or after its verb («طالبت الفصائل»), not «بين
                # الفصائل» nor the subject of a relative verb («الاتفاق الذي وقّعته الفصائل»)
                continue
            if groups is None:
                groups = next((a for a in (self._list_in(x, x.end, 2)
                                           for x in reversed(ctx.list_sentences))
                               if a and not any(i in self.state_ids for i in a)), ())
            if groups:
                s.add_mention(Mention(k, k + 1, "name", groups, "f", s.texts[k]))

    def _bare_number_en(self, s: Sentence, ctx: Context) -> None:
        """English: «called on the three to lift the bans» after «Poland, Hungary and
        Slovakia»: «the» and a number word with no noun after it name the last list of that
        many actors."""
        words = self.lex.in_order("number_words")
        for k in range(s.start + 1, s.end):
            n = s.norms[k]
            if n not in words or s.norms[k - 1] != "the" or k in s.mentions or \
                    k + 1 < s.end and s.texts[k + 1].isalpha() and \
                    s.norms[k + 1] not in self.bare_number_followers_en:
                continue
            count = words.index(n)
            # («… against Poland, Hungary and Slovakia, accusing the three of …»: the list
            # the sentence itself named before, first)
            listed = self._list_in(s, k - 1, count, exact=True) or \
                self._last_list(ctx, count, exact=True)
            if listed:
                s.add_mention(Mention(k - 1, k + 1, "name", listed, "f", s.span(k - 1, k + 1)))

    def _listed_pair_en(self, s: Sentence, ctx: Context) -> None:
        """English: «Turkey would not approve Sweden's and Finland's applications, accusing
        both countries of …», «Sweden and Finland applied to join NATO. Turkey accused the two
        countries …»: «both countries», «the two men» name the two actors listed just before
        them in their sentence (not the subjects of a verb: «Russia and Iran urged both sides»),
        else, when the article has no pair of sides yet, the last two listed in the sentences
        before (words listed_pair_nouns)."""
        for m in [m for m in s.mentions.values() if m.kind == "pair" and
                  s.norms[m.end - 1] in self.listed_pair_nouns_en and
                  not self.listed_pair_counts_en.isdisjoint(s.norms[m.start:m.end])]:
            listed = self._list_in(s, m.start, 2, exact=True)
            if listed:
                after = max((x.end for x in s.mentions.values() if x.end <= m.start and
                             x.kind in ("name", "capital", "adj", "person") and
                             set(x.actors) <= set(listed)), default=s.end)
                if after < m.start and s.texts[after].isalpha() and \
                        s.texts[after].islower() and s.norms[after] not in self.prepositions:
                    # («…, as Russia and Iran urged both sides to …»: the subjects of the verb
                    # are not the sides)
                    continue
            elif ctx.pair is None and ctx.list_sentences:
                listed = self._list_in(ctx.list_sentences[-1], ctx.list_sentences[-1].end, 2,
                                       exact=True)
            if listed:
                s.add_mention(Mention(m.start, m.end, "name", listed, "f", m.text))

    def _count_fits_en(self, number: str, actors: tuple[str, ...]) -> bool:
        """Whether a list of ``actors`` is as many as the English number word says (a list
        of another size is left to the clause stage, which finds one of that size)."""
        words = self.lex.in_order("number_words")
        return number not in words or words.index(number) == len(actors)

    def _remember_list(self, s: Sentence, ctx: Context) -> None:
        """Keep a sentence that may name a list of two or more actors («السعودية والإمارات
        والبحرين ومصر») for a later «هذه الدول» / "these countries"; the list itself is
        read only when such a reference comes (see _last_list)."""
        if sum(1 for m in s.mentions.values() if m.kind in ("name", "capital", "adj")) >= 2:
            ctx.list_sentences.append(s)

    def _apposed_officials_en(self, ctx: Context) -> tuple[str, ...] | None:
        """English: the last list of three or more actors set off by a dash, colon or bracket
        after a plural of officials in its sentence («The foreign ministers of the contact
        group — Jordan, Saudi Arabia, Iraq, Lebanon and Egypt — met»): whom those officials
        are; else None."""
        for s in reversed(ctx.list_sentences[-3:]):
            for m in sorted(s.mentions.values(), key=lambda x: x.start):
                if m.start <= s.start or s.texts[m.start - 1] not in {"—", "–", "-", ":", "("} \
                        or not any(s.norms[x] in self.leader_groups
                                   for x in range(s.start, m.start)):
                    continue
                actors = self._actors(self._group(s, m, s.end))
                if len(actors) >= 3:
                    return actors
        return None

    def _last_list(self, ctx: Context, least: int = 2,
                   exact: bool = False) -> tuple[str, ...] | None:
        """The last list of ``least`` (two) or more actors named in the sentences kept so
        far (``exact``: of ``least`` actors, «الوزراء الأربعة» after the four ministers and
        then two of them)."""
        for s in reversed(ctx.list_sentences):
            found = self._list_in(s, s.end, least, exact)
            if found:
                return found
        return None

    def _list_in(self, s: Sentence, before: int, least: int,
                 exact: bool = False) -> tuple[str, ...] | None:
        """The last list of ``least`` or more actors sentence ``s`` names before token
        ``before`` (``exact``: of ``least`` actors)."""
        found: tuple[str, ...] | None = None
        seen: set[int] = set()
        for m in sorted(s.mentions.values(), key=lambda x: x.start):
            if m.start >= before:
                break
            if m.start in seen or m.kind not in ("name", "capital", "adj", "person"):
                continue
            grp = [g for g in self._group(s, m, before) if g.end <= before]
            seen.update(g.start for g in grp)
            actors = self._actors(grp)
            if len(actors) == least if exact else len(actors) >= least:
                found = actors
        return found

    def _other_side(self, s: Sentence, ctx: Context) -> tuple[str, ...] | None:
        """«من جانبه، شدّد سمو وزير الخارجية على …», "For his part, the minister said …": a
        bare title after a turn to the other side is the official of the pair's side that did
        not speak last."""
        if ctx.speaker is None or len(ctx.speaker.actors) != 1 or not ctx.pair or \
                len(ctx.pair) != 2 or ctx.speaker.actors[0] not in ctx.pair:
            return None
        norms = [n.rstrip("،,") for n in s.norms[s.start:s.start + 4]]
        if not self._phrase_at(norms, 0, self.for_his_part):
            return None
        return tuple(a for a in ctx.pair if a != ctx.speaker.actors[0])

    def _visit_pair(self, s: Sentence, ctx: Context) -> None:
        """«President el-Sisi of Egypt arrived in Riyadh on an official visit», «بدأ الرئيس
        المصري زيارة رسمية إلى السعودية»: a visit that names exactly two actors, the visitor
        and the host, makes them the pair that a later «the two sides» / «الجانبان» stands for
        (no edge of its own), unless the article already has a pair (a visit in the middle of a
        quarrel does not make the visitor one of its sides)."""
        if ctx.pair is not None or s.words().isdisjoint(self.visit_words):
            return
        actors = {a for m in s.mentions.values() if m.kind in ("name", "capital", "adj", "person")
                  for a in m.actors}
        if len(actors) == 2:
            ctx.pair = tuple(sorted(actors))

    def _remember_pair(self, s: Sentence, ctx: Context, record: bool = True) -> None:
        """The sides a sentence names: «بين X وY» / "between X and Y", and a dispute noun
        with two state adjectives («الصراع الفلسطيني الإسرائيلي», "the Israeli-Palestinian
        conflict"). ``record=False``: only made the current pair (for the sentence's own
        «الطرفين»), not yet recorded for the discourse stage."""
        start = s.first_char
        # English read them when the sentence began (ctx.local_pairs); Arabic reads them here
        found = ctx.local_pairs if self.lang == "en" else self._named_pairs(s)
        for k, actors in found:
            if len(actors) >= 2:
                ctx.pair = actors
            if record:
                ctx.named_pairs.append((start, actors))
        if record and self.lang == "ar" and s.words() & self.events:
            for k in range(s.start, s.end):
                if s.norms[k] in self.events:
                    attack = self._attack(s, k)
                    if attack is not None:
                        ctx.attack_pairs.append((start, attack))

    def _named_pairs(self, s: Sentence) -> list[tuple[int, tuple[str, ...]]]:
        """The pairs of sides the sentence names, each with the token that opens it."""
        openers = self.pair_openers
        keys = s.words() & self.pair_keys
        texts = s.texts
        # only the tokens that can open a pair are looked at: a pair cue, or a dash
        if not keys and NAME_DASHES.isdisjoint(texts[s.start:s.end]):
            return []
        out: list[tuple[int, tuple[str, ...]]] = []
        norms = s.norms
        candidates = [k for k in range(s.start, s.end) if norms[k] in keys or texts[k] in NAME_DASHES]
        for k in candidates:
            m = None
            if s.norms[k] in openers:
                m = s.mentions.get(k + 1)
                if m is None or not any(s.norms[x] in self.coord for x in range(
                        m.end, min(s.end, m.end + 2))):
                    m = None
            elif s.norms[k] in self.between:
                m = self._between_first(s, k)
            elif s.norms[k] in self.disputes:
                m = s.mentions.get(k + 1) if self.lang == "ar" else None
                if m is None and self.lang == "ar" and k + 2 < s.end and \
                        s.norms[k + 1].startswith("ال") and s.texts[k + 1].isalpha() and \
                        (k + 2) in s.mentions and s.mentions[k + 2].kind == "adj":
                    # «الاجتماعات الوزارية الأردنية السورية»: past an adjective of its own
                    m = s.mentions[k + 2]
                if m is None and self.lang == "en" and k > s.start:
                    m = next((x for x in s.mentions.values() if x.end == k and
                              x.kind == "adj"), None)
                    m = self._list_start(s, m) if m is not None else None
                if m is not None and self.lang == "ar" and m.kind in ("name", "land") and \
                        (nxt := s.mentions.get(m.end)) is not None and \
                        nxt.kind in ("adj", "land"):
                    # «العلاقات السعودية الإيرانية», «العلاقات المصرية التركية»: two state
                    # adjectives (the first may read as a name) after a relations noun
                    sides = tuple(dict.fromkeys((*m.actors, *nxt.actors)))
                    if len(sides) == 2:
                        out.append((k, sides))
                    m = None
                elif m is not None and m.kind != "adj":
                    m = None
            elif s.norms[k] in self.bring_together:
                together = self._brought_together(s, k)
                if together:
                    out.append((k, together))
            elif s.texts[k] in NAME_DASHES and k + 1 < s.end and (k + 1) in s.mentions:
                # "the Azerbaijan-Armenia border", "the Israel–Hezbollah conflict"
                left = s.mention_ending_at(k)
                right = s.mentions[k + 1]
                if left is not None and (
                        left.start - 1 >= s.start and texts[left.start - 1] in NAME_DASHES or
                        right.end < s.end and texts[right.end] in NAME_DASHES):
                    continue  # «the Uzbekistan–Afghanistan–Pakistan railway»: three, no pair
                if right.end < s.end and (norms[right.end] in self.force_nouns or
                                          norms[right.end] in self.events):
                    continue  # «U.S.-British strikes»: the act's two authors, no two sides
                if left is not None and {left.kind, right.kind} <= {"name", "adj", "capital"} \
                        and not (self.lang == "ar" and
                                 s.norms[left.start - 1] in self.sponsor_links):
                    # («برعاية أمريكية - فرنسية»: two sponsors, no sides)
                    pair = tuple(dict.fromkeys((*left.actors, *right.actors)))
                    if len(pair) == 2:
                        out.append((k, pair))
            if m is not None and m.kind not in ("pair", "self", "land", "parties"):
                actors = self._actors(self._group(s, m, s.end))
                if len(actors) < 2 and self.lang == "en" and s.norms[k] in self.between:
                    actors = self._sides_with_heads(s, m) or actors
                if len(actors) >= 2:
                    out.append((k, actors))
                    continue
            if s.norms[k] in self.between:
                side = self._one_actor_side(s, k)
                if side is not None:
                    out.append((k, side))
        return out

    def _brought_together(self, s: Sentence, k: int) -> tuple[str, ...]:
        """Arabic: the two a verb at ``k`` brings together: «اجتماع جمع الرئيس التركي برئيس
        الوزراء السويدي», «لقاء جمعه بنظيره الأمريكي» (its pronoun: the official named last
        before it), the second after «بـ»."""
        kinds = ("name", "adj", "person", "capital")
        if s.fulls[k] != s.norms[k] and s.fulls[k].endswith(("ه", "ها")):
            first = next((m for m in sorted(s.mentions.values(), key=lambda x: -x.start)
                          if m.end <= k and m.kind == "person"), None)
            after = k + 1
        else:
            j = k + 1
            if j < s.end and s.texts[j] in {"،", ","}:
                # «القمة التي جمعت، بوساطة فرنسية ألمانية، الرئيس الروسي …»: past an aside
                j = next((x + 1 for x in range(j + 1, min(s.end, j + 8))
                          if s.texts[x] in {"،", ","}), j)
            first = next((s.mentions[x] for x in range(j, min(s.end, j + 5))
                          if x in s.mentions), None)
            after = first.end if first is not None else k + 1
        if first is not None and first.kind in kinds and after < s.end and \
                not s.fulls[after].startswith("ب"):
            # «جمعت الرئيس الروسي فلاديمير بوتين والرئيس الأوكراني …»: the two objects of a
            # list (not «لقاء يجمع الرئيسين»: a pair named back)
            grp = self._group(s, first, s.end)
            listed = tuple(dict.fromkeys(a for g in grp for a in g.actors))
            return listed if len(grp) >= 2 and len(listed) == 2 and \
                all(g.kind in kinds for g in grp) else ()
        if first is None or first.kind not in kinds or after >= s.end or \
                not s.fulls[after].startswith("ب"):
            return ()
        second = next((s.mentions[x] for x in range(after, min(s.end, after + 4))
                       if x in s.mentions), None)
        if second is None or second.kind not in kinds:
            return ()
        pair = tuple(dict.fromkeys((*first.actors, *second.actors)))
        return pair if len(pair) == 2 else ()

    def _sides_with_heads(self, s: Sentence, m: Mention) -> tuple[str, ...] | None:
        """English: «between US forces and Ansar Allah», «between ECOWAS and the military
        authorities in Niamey»: each side named by an actor and a noun of its forces after
        it, or by its government's seat."""
        j = m.end
        if j < s.end and s.norms[j] in self.side_heads:
            j += 1
        if j + 1 >= s.end or s.norms[j] not in self.coord:
            return None
        k = j + 1
        while k < min(s.end, j + 5) and k not in s.mentions and s.norms[k] in self.articles:
            k += 1
        # «and the military authorities in Niamey»: a government named by its seat
        a = k
        while a < min(s.end, k + 3) and a not in s.mentions and s.texts[a].islower() and \
                s.norms[a] not in self.authorities_in:
            a += 1
        if (seat := self._seat_after(s, a)) is not None:
            k = seat.start
        elif j == m.end:
            return None  # «between X and Y» itself is read by _group
        other = s.mentions.get(k)
        if other is None or other.kind not in ("name", "adj", "capital"):
            return None
        if other.kind == "adj" and not (other.end < s.end and s.norms[other.end] in
                                        self.side_heads):
            return None
        if other.kind in ("name", "capital") and k > j + 1 and s.norms[k - 1] == "in" and \
                s.norms[k - 2] not in self.authorities_in:
            return None  # «between US forces and militias in Syria»: a place
        pair = tuple(dict.fromkeys((*m.actors, *other.actors)))
        return pair if len(pair) == 2 else None

    def _seat_after(self, s: Sentence, a: int) -> Mention | None:
        """English: the capital or state of «authorities in Niamey», «government in Bamako»
        when the word at token ``a`` is one for a government: the seat's mention."""
        if a + 2 < s.end and s.norms[a] in self.authorities_in and s.norms[a + 1] == "in":
            seat = s.mentions.get(a + 2)
            if seat is not None and seat.kind in ("capital", "name"):
                return seat
        return None

    def _one_actor_side(self, s: Sentence, k: int) -> tuple[str, ...] | None:
        """Rule 12, one edge per side that maps to an actor: «between the M23 and the Armed
        Forces of the DRC», «بين الجيش السوداني وقوات الدعم السريع» name two sides of which
        only one is an actor. That one side (of this sentence only: the discourse stage never
        takes a single side for the whole article), when the phrase after «between» holds
        exactly one coordinator and one actor before the clause ends."""
        stop = min(s.end, k + 16)
        coords = 0
        actors: list[str] = []
        j = k + 1
        while j < stop:
            if s.texts[j] in {",", "،", ".", ";", "؛"} or self.lang == "en" and s.norms[j] == "to":
                break
            m = s.mentions.get(j)
            if m is not None:
                if m.kind not in ("name", "adj", "capital") or self._is_location(s, m):
                    return None
                actors += [a for a in m.actors if a not in actors]
                j = m.end
                continue
            if s.norms[j] in self.coord or self._conj_prefixed(s, j):
                coords += 1
            j += 1
        return tuple(actors) if coords == 1 and len(actors) == 1 else None

    def _attack(self, s: Sentence, k: int) -> tuple[str, ...] | None:
        """«الهجوم الإيراني على إسرائيل», «ضربات أمريكية وإسرائيلية على إيران»: an act of
        force with its author and its object names the two sides (rule 12)."""
        m = s.mentions.get(k + 1)
        if m is None or m.kind not in ("adj", "name", "capital"):
            return None
        grp = self._group(s, m, s.end)
        j = grp[-1].end
        if j + 1 >= s.end or s.norms[j] not in self.against:
            return None
        target = s.mentions.get(j + 1)
        if target is None or target.kind not in ("name", "capital", "adj"):
            return None
        authors = self._actors(grp)
        victims = [a for a in self._actors(self._group(s, target, s.end)) if a not in authors]
        return (*authors, *victims) if victims else None

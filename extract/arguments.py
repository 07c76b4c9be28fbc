"""Stage 4c — clause arguments: the holder (subject, title phrase, genitive, by-agent,
clause subject) and the target (object, addressee, parties) of a cue."""

from __future__ import annotations

from extract.clause_en import EnglishClauseRules
from extract.lexicon import PASSIVE_TAG, CueForm
from extract.normalize import PROCLITIC_CONJ, normalize, strip_vowels
from extract.sentence import (
    FINITE,
    NAME_DASHES,
    QUOTES,
    SENT_END,
    TARGET_WINDOW,
    Context,
    Holder,
    Mention,
    Sentence,
)

# the pronoun endings of a noun its subject owns («دعمه», «أسفها», «تقديرهم»)
OWN_SUFFIXES = ("ه", "ها", "هم", "هما")


# stance nouns whose maker the subject of a relative clause after them names
RELATIVE_MAKERS = frozenset({"mediates", "accuses", "threatens", "warns", "demands"})


class ArgumentRules(EnglishClauseRules):
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
            if tok_norm in SENT_END or tok_text in {"،", ",", ":"} or \
                    self.lang == "ar" and k > i and tok_norm in self.with_:
                break  # («بحث الأمين العام مع رئيس المفوضية»: the partner after «مع»)
            m = s.mentions.get(k)
            if m is not None:
                if m.kind == "person" and first_actor is not None and any(
                        s.norms[x] not in self.fillers and s.texts[x] not in QUOTES and
                        not any(y.start <= x < y.end for y in s.mentions.values())
                        for x in range(first_actor.end, k)):
                    # «ندد الناطق باسم الحكومة الجزائرية بزيارة غانتس»: past the title's
                    # state, a word of the object («بزيارة») comes before the person
                    break
                if m.kind == "person" and first_actor is not None and \
                        first_actor.kind == "adj" and not set(m.actors) & set(first_actor.actors):
                    # «وشكر الرئيس اللبناني أمير قطر»: an official of another state after
                    # the title's adjective is the object
                    break
                if m.kind == "person":
                    if not self._agrees(tag, m) and not (
                            # «أدانت حكومة الرئيس البرازيلي لولا»: the verb agrees with the
                            # body that heads the phrase, not with the person it is named for
                            tag == "3f" and k > i + 1 and s.texts[i].endswith("ة")):
                        return None
                    # (and a coordinated official named by title and state adjective only:
                    # «رئيس الوزراء الإثيوبي آبي أحمد والرئيس الإريتري»)
                    full = self._group(s, m, s.end)
                    grp = [g for i_, g in enumerate(full)
                           if g.kind == "person" or
                           self.lang == "ar" and g.kind == "adj" and i_ > 0 and
                           not set(g.actors) & set(full[i_ - 1].actors) and
                           g.start > s.start and s.norms[g.start - 1] in self.heads and
                           s.norms[g.start - 1] not in self.counterparts and
                           self._conj_prefixed(s, g.start - 1)]
                    actors = self._actors(grp)
                    return Holder(actors, s.span(i, grp[-1].end), m.person, "np",
                                  grp[-1].end)
                if m.kind == "pair" and ctx.pair and first_actor is None and not closed:
                    # «ترسل السلطات في الدولتين إشارات …»
                    return Holder(tuple(ctx.subject_pair() or ()), s.span(i, m.end), None,
                                  "np", m.end)
                # «المجلس الوزاري لمجلس التعاون», «المدير العام للوكالة»: a body or officer
                # of an organisation, joined to it by the genitive lam
                lam = k - 1
                while lam > i and s.texts[lam] in QUOTES:
                    lam -= 1
                of_body = self.lang == "ar" and m.kind == "name" and unknown <= 2 and \
                    first_actor is None and (
                        s.fulls[k].startswith("ل") and
                        (not s.norms[k].startswith("ل") or s.norms[k].startswith("لل")) or
                        s.texts[lam].rstrip("\u0640") == "ل")  # «الأمين العام لـ«حزب الله»»
                # «المجلس العسكري الحاكم في مالي», «رئيس الوزراء في الحكومة الانتقالية
                # بالنيجر»: a body in a country is the country's
                in_country = self.lang == "ar" and m.kind in ("name", "capital") and (
                    s.norms[k - 1] in self.in_preps or
                    s.fulls[k].startswith("ب") and not s.norms[k].startswith("ب"))
                if m.kind in ("self", "pair", "land") or closed or (
                        unknown and definite_unknown and not of_body and not (
                            in_country and unknown <= 2) and not (
                            # «وزير الموارد المائية العراقي»: a masculine adjective after a
                            # feminine portfolio word agrees with the masculine title only
                            self.lang == "ar" and m.kind == "adj" and unknown <= 2 and
                            not strip_vowels(s.texts[i]).endswith("ة") and
                            not strip_vowels(s.texts[k]).endswith("ة") and
                            strip_vowels(s.texts[k - 1]).endswith("ة")) and not (
                            # «وزير الاقتصاد السوري»: after one masculine portfolio word, the
                            # adjective is the title's state whichever noun it qualifies
                            self.lang == "ar" and m.kind == "adj" and unknown == 1 and
                            k == i + 2 and not strip_vowels(s.texts[i]).endswith("ة") and
                            not strip_vowels(s.texts[k]).endswith("ة")) and not (
                            # «وزارة الانتقال الطاقي المغربية»: a feminine adjective after the
                            # portfolio of a feminine body in construct agrees with the body
                            self.lang == "ar" and m.kind == "adj" and unknown <= 2 and
                            not s.fulls[i].startswith("ال") and
                            strip_vowels(s.texts[i]).endswith("ة") and
                            strip_vowels(s.texts[k]).endswith("ة"))):
                    break
                if definite and m.kind != "adj" and not of_body and not in_country and \
                        not (m.kind == "name" and m.end == m.start + 1 and
                             s.norms[k] in self.adjective_names):
                    break  # («الخارجية السعودية»: the name that is also the adjective)
                if first_actor is not None:
                    if k > 0 and s.norms[k - 1] in self.fillers and m.kind != "adj" and \
                            not s.ending_at(k) and not (
                                # «مندوب سوريا الدائم إسرائيل»: after the title's adjective
                                # (not after «إلى», read «الي») the name is the object
                                self.lang == "ar" and s.norms[k - 1].startswith("ال") and
                                s.norms[k - 1] not in self.prepositions):
                        # «مندوب السودان لدى الأمم المتحدة»; but a name right after
                        # «الأمم المتحدة» is the object («… الأمم المتحدة الإمارات»)
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
            if tok_text in QUOTES or tok_text in {"(", ")"}:
                k += 1  # quotes keep the phrase as it was: «الوزير «قسد»» is title + object
                continue
            if tok_norm in self.fillers and self.lang == "ar" and k > i and \
                    strip_vowels(tok_text).endswith(("ها", "هم", "هما")) and \
                    s.fulls[k] != tok_norm:
                # «فقد اتهم وزير خارجيتها الحوثيين»: a title word with its owner's pronoun
                # ends the title; the name after it is the verb's object, and the owner is
                # the topic the sentence opened with («أما الحكومة اليمنية، فقد …»)
                closed = True
                topic = next((m for x, m in sorted(s.mentions.items()) if x < i and
                              any(s.norms[y] in self.topic_openers
                                  for y in range(max(s.start, x - 3), x))
                              and m.kind in ("name", "adj", "capital")), None)
                if topic is not None and first_actor is None:
                    named = s.mentions.get(k + 1)
                    if named is not None and named.kind == "person" and \
                            set(named.actors) & set(topic.actors):
                        # «أما الصين، فقد دعا المتحدث باسم خارجيتها وانغ ون بين …»: the
                        # topic's own official, named after the title, is who the title is
                        return Holder(topic.actors, s.span(i, named.end), named.person, "np",
                                      named.end)
                    return Holder(topic.actors, s.span(i, k + 1), None, "np", k + 1)
            if tok_norm in self.fillers:
                if self.lang == "ar" and definite and not tok_norm.startswith("ال") and \
                        tok_norm in self.heads and s.norms[k - 1] in self.fillers and \
                        not (s.fulls[k].startswith("ل") and not tok_norm.startswith("ل")):
                    # «الأمين العام حكومتي السودان»: a construct noun after a definite
                    # title and its adjective starts the object (not «المستشار الدبلوماسي
                    # لرئيس دولة الإمارات»: «لـ» joins the next title to it)
                    closed = True
                # «الأمين العام»: a definite adjective keeps the title definite; a definite head
                # that is also a filler opens it so («وطالبت الوزارة موسكو»: Moscow the object)
                definite = self.lang == "ar" and tok_norm.startswith("ال") and (
                    definite and s.norms[k - 1] in self.heads or k == i)
                if first_actor is not None and self.lang == "ar" and tok_norm.startswith("ال") \
                        and tok_norm not in self.prepositions and \
                        k == max(np_end, first_actor.end):
                    np_end = k + 1  # «مندوب سوريا الدائم»: the title's adjective after its state
                k += 1
                continue
            if tok_norm in self.heads:
                if (definite or first_actor is not None) and not (
                        # «الممثلة الخاصة للأمين العام للأمم المتحدة»: a title joined to the
                        # one before by the genitive lam continues the phrase
                        self.lang == "ar" and first_actor is None and
                        s.fulls[k].startswith("لل") and any(
                            x in s.mentions and s.fulls[x].startswith("ل")
                            for x in range(k + 1, min(s.end, k + 3)))):
                    closed = True
                definite = tok_norm.startswith("ال")
                k += 1
                continue
            if k > i and k + 1 < s.end and s.norms[k] in self.list_openers and \
                    s.norms[k + 1] in self.list_opener_links:
                break  # «وطالب المتحدث باسم الوزارة كلاً من كولومبيا وتشيلي»: the object
            if self.lang == "ar" and s.texts[k].endswith(OWN_SUFFIXES) and \
                    any(sp.start == k for sp, _ in s.cues):
                # «وجدد المجلس دعمه الثابت لدولة فلسطين»: a stance noun with its owner's
                # pronoun ends the title («استعداد الجزائر» goes on to its owner)
                break
            unknown += 1
            definite_unknown = definite_unknown or tok_norm.startswith("ال")
            if unknown > 3:
                break
            k += 1
        if first_actor is None and self.lang == "ar" and i < k < limit and \
                (place := s.mentions.get(k)) is not None and \
                place.kind in ("name", "capital") and s.norms[k - 1] in self.prepositions and \
                (p := s.mentions.get(place.end)) is not None and p.kind == "person" and \
                self._agrees(tag, p):
            # «المبعوث الخاص للأمين العام إلى اليمن هانس غروندبرغ»: the official named right
            # after the title's place is who the title is (not the last speaker)
            grp = [g for g in self._group(s, p, s.end) if g.kind == "person"]
            return Holder(self._actors(grp), s.span(i, grp[-1].end), p.person, "np",
                          grp[-1].end)
        if first_actor is not None:
            grp = self._group(s, first_actor, s.end)
            actors = self._actors(grp)
            end = max(grp[-1].end, np_end)
            return Holder(actors, s.span(i, end), None, "np", end)
        if self.lang == "ar" and s.norms[i] in self.party_heads and i not in s.mentions:
            return Holder((), s.span(i, i + 2), None, "nonactor")  # «حزب القوات اللبنانية»
        if self.lang == "ar" and s.norms[i] in self.group_heads and i + 1 < s.end and \
                i + 1 not in s.mentions and (s.texts[i + 1] in QUOTES or
                                             s.texts[i + 1].isalpha() and
                                             s.norms[i + 1] not in self.fillers):
            # «توعّدت جماعة «جيش العدل»», «رحبت جبهة البوليساريو»: a group the gazetteer
            # does not know is the subject, no one we can name (not the last speaker)
            return Holder((), s.span(i, i + 2), None, "nonactor")
        # A bare title (الوزير، المتحدث) refers back to the current speaker.
        end = i + 1
        while end < s.end and s.norms[end] in self.fillers and end not in s.mentions:
            end += 1  # («ودعا الناطق مجلس الأمن»: a filler that opens a name is the object)
        if self.lang == "ar" and ctx.home is not None and i + 1 < s.end and \
                s.norms[i + 1] in self.home_state_words:
            # «وأشاد صاحب السمو رئيس الدولة …» in a wire from Abu Dhabi: the head of the
            # wire's own state, whoever spoke last
            return Holder((ctx.home,), s.span(i, i + 2), None, "title", i + 2)
        if self.lang == "ar" and s.start + 1 < i and s.texts[s.start + 1] in {"،", ","} and \
                (adverb := self.adverb_actors.get(s.norms[s.start])):
            # «أممياً، حذّرت الممثلة الخاصة للأمين العام …»: the actor the section opens with
            return Holder(adverb, s.span(i, end), None, "np", end)
        if self.lang == "ar" and s.norms[i] in self.home_heads and \
                (placed := self._opening_place(s, i)):
            # «وفي الجزائر، أكدت وزارة الخارجية …», «وفي موسكو، أدانت الخارجية …»: the
            # ministry of the place the sentence opens with, whoever spoke last
            return Holder(placed, s.span(i, end), None, "title", end)
        bare = ctx.bare_titles.get(tuple(s.norms[i:end])) if self.lang == "ar" else None
        if bare is not None and end - i >= 2 and (ctx.speaker is None or
                                                  set(bare) != set(ctx.speaker.actors)):
            # «والتقى وزير الخارجية …» after «الزياني وزير الخارجية» and another state's
            # acting minister: the official named with that bare title
            return Holder(bare, s.span(i, end), None, "np", end)
        if ctx.speaker is not None:
            other = self._other_side(s, ctx)
            if other is not None:  # a new speaker, who speaks on for the participles after
                return Holder(other, s.span(i, end), None, "np", end)
            return Holder(ctx.speaker.actors, s.span(i, end), ctx.speaker.person, "title",
                          end)
        if ctx.home is not None and s.norms[i] in self.home_heads:
            # «دمشق - سانا / أدانت وزارة الخارجية …»: the wire's own state
            return Holder((ctx.home,), s.span(i, end), None, "title", end)
        return None

    def _opening_place(self, s: Sentence, before: int) -> tuple[str, ...]:
        """Arabic: the state of the capital or state a sentence opens with before a comma
        («وفي الجزائر،», «وفي موسكو،»), when it opens so before token ``before``."""
        k = s.start
        if k + 2 >= before or s.norms[k] not in self.loc:
            return ()
        m = s.mentions.get(k + 1)
        if m is None or m.kind not in ("capital", "name") or m.end >= before or \
                s.texts[m.end] not in {"،", ","}:
            return ()
        return m.actors

    def _vso(self, s: Sentence, span_end: int, tag: str, ctx: Context) -> Holder | None:
        j = span_end
        listed = False  # «أيد كلُّ من الكويت وعمان»: the verb agrees with «كل», not the names
        if j < s.end and s.norms[j] in self.list_openers:
            j += 1
            if j < s.end and s.norms[j] in self.list_opener_links:
                j += 1
                listed = True
        if j < s.end and s.fulls[j] in self.verb_asides and j not in s.mentions:
            j += 1  # «بحث خلاله الجانبان …»
        if self.lang == "ar" and j + 1 < s.end and s.norms[j] in self.honorifics and \
                s.texts[j].endswith(("ه", "ها")) and ctx.speaker is not None and \
                ctx.speaker.actors and self._conj_prefixed(s, j + 1):
            # «وشدد سموه والرئيس المصري على …»: His Highness, the one who speaks, and the
            # one coordinated with him (rule 26)
            other = self._title_np(s, j + 1, ctx, "")
            if other is not None and other.source == "np" and other.actors:
                actors = tuple(dict.fromkeys((*ctx.speaker.actors, *other.actors)))
                return Holder(actors, s.span(j, other.np_end or j + 2), None, "vso",
                              other.np_end)
        if self.lang == "ar" and j < s.end and (styled := self._honoured(s, j, ctx)) and \
                not self._conj_prefixed(s, j + 1):
            # «كما تلقى سموه اتصالاً هاتفياً من …»: the official first styled «سمو», whoever
            # spoke in between
            return Holder(styled, s.texts[j], None, "vso", j + 1)
        while j < s.end and s.norms[j] in self.honorifics and j not in s.mentions and \
                self.lang == "ar":
            j += 1  # «تلقى صاحب السمو الشيخ محمد بن زايد …»: past the style of address
        if j >= s.end:
            return None
        if self.lang == "ar" and j + 1 < s.end and j not in s.mentions and \
                s.norms[j] in self.collective and \
                (listed_m := s.mentions.get(j + 1)) is not None and \
                listed_m.kind in ("name", "capital"):
            j += 1  # «أعلنت حكومات كولومبيا وتشيلي والمكسيك تضامنها»: the states listed
        if self.lang == "ar" and ctx.resolution_body and j < s.end and j not in s.mentions and \
                s.norms[j] in self.resolution_nouns and s.norms[j].startswith("ال") and \
                tag == "3m" and (s.norms[span_end - 1] in self.provision_verbs or any(
                    sp.end == span_end and any(
                        not f.cue.label.startswith("_") or f.cue.label == "_appeal" for f in fs)
                    for sp, fs in s.cues)) and not (j + 1 < s.end and (
                    self._nisba(s, j + 1) or
                    (o := s.mentions.get(j + 1)) is not None and o.kind == "adj")):
            # «صوّت مجلس الأمن … على قرار …. وينص القرار على …، ويدعو …»: the resolution of
            # the body the article named that adopts them (rule 22 adds its drafters)
            return Holder(ctx.resolution_body, s.texts[j], None, "vso", j + 1)
        m = s.mentions.get(j)
        if m is not None and m.kind == "pair" and self.lang == "ar" and m.end + 1 < s.end and \
                s.texts[m.end] in {"،", ","} and (first := s.mentions.get(self._past_heads(
                    s, m.end + 1, min(s.end, m.end + 4), self.authority_bodies))) is not None \
                and first.kind in ("name", "capital", "person"):
            # «وأكدت الدولتان، السعودية والإمارات، دعمهما …», «توصل الطرفان، حكومة الجمهورية
            # اليمنية وأنصار الله، إلى اتفاق»: the two named in apposition
            grp = self._group(s, first, s.end)
            actors = self._actors(grp)
            if len(actors) >= 2:
                return Holder(actors, s.span(m.start, grp[-1].end), None, "vso", grp[-1].end)
        if m is not None and m.kind == "pair" and self.lang == "ar" and \
                s.fulls[m.start].endswith("ين"):
            return None  # «دعا خلالهما البلدين إلى …»: a dual in -ين is the object
        if m is not None and m.kind == "pair" and tag in ("3m", "3f") and self.lang == "ar":
            named = self._actors([x for x in sorted(s.mentions.values(), key=lambda x: x.start)
                                  if s.start <= x.start < m.start and
                                  x.kind in ("name", "capital", "seat")])
            if len(named) == 2:
                # «وأدانت المنامة …، فيما أعربت الكويت عن استنكارها …، وأكد البلدان وقوفهما
                # إلى جانب المملكة»: the two the sentence named before them
                return Holder(tuple(named), m.text, None, "vso", m.end)
        if m is not None and m.kind == "pair" and ctx.pair and tag in ("3m", "3f") and \
                self.lang == "ar":
            # «بحث الجانبان …»: the two sides just named (a dual verb would say «بحثا»)
            return Holder(tuple(ctx.subject_pair() or ()), m.text, None, "vso", m.end)
        if m is not None and m.kind not in ("self", "pair"):
            if not listed and not self._agrees(tag, m):
                return None
            if self.lang == "ar" and s.fulls[m.start].startswith("ل") and \
                    not s.norms[m.start].startswith("ل"):
                return None  # «دعما لهايتي»: after a preposition, no subject
            if self._named_act(s, m):
                return None  # «إذ استنكرت الاقتحام»: an act named for its author is the object
            if m.kind == "adj":
                return None  # an adjective right after a verb qualifies its object
            grp = self._group(s, m, s.end)
            if m.kind == "person" or len(grp) > 1 or tag in ("3m", "3f", "3p"):
                actors = self._actors(grp)
                end = grp[-1].end
                if self.lang == "ar" and grp[-1].kind == "person":
                    # «استقبل الشيخ … آل ثاني رئيس مجلس الوزراء وزير الخارجية، في …»: the
                    # name's own titles, closed by a comma, are part of the subject
                    after = self._past_heads(s, end, min(s.end, end + 7), ())
                    if after > end and after < s.end and s.texts[after] in {"،", ","}:
                        end = after
                return Holder(actors, s.span(j, end), m.person, "vso", end)
        if m is not None and m.kind == "pair" and tag == "3p":
            return None
        if self.lang == "ar" and m is None and s.norms[j] in self.civil_heads:
            # «وانتقدت منظمات حقوقية ومعارضون إيرانيون في المنفى الصفقة»: people and bodies
            # that are no actor
            return Holder((), s.span(j, j + 1), None, "nonactor")
        if self.lang == "ar" and m is None and s.norms[j] in self.party_heads:
            # «انتقد حزب القوات اللبنانية الخطوة»: a party the gazetteer does not know
            return Holder((), s.span(j, j + 2), None, "nonactor")
        if self.lang == "ar" and m is None and j + 1 < s.end and \
                s.norms[j] in self.group_heads and s.texts[j + 1] in QUOTES and \
                j + 2 not in s.mentions:
            # «في حين اتهمت منظمة «هيومن رايتس ووتش» قوات الأمن …»: a body the gazetteer
            # does not know, named in quotes after the verb, is its subject
            return Holder((), s.span(j, j + 2), None, "nonactor")
        h = self._title_np(s, j, ctx, tag)
        if h is None and m is None:
            h = self._apposition(s, j, ctx, tag)
        if h is None and m is None and self.lang == "ar" and s.norms[j] in self.heads:
            h = self._title_then_name(s, j, tag)
        return h

    def _title_then_name(self, s: Sentence, j: int, tag: str) -> Holder | None:
        """«أجرى وزير الشؤون الخارجية والتعاون الإفريقي والمغاربة المقيمين بالخارج، السيد
        ناصر بوريطة، …»: a title that names no state, then the official's name between
        commas: the official is the subject."""
        for k in range(j + 1, min(s.end - 1, j + 12)):
            if k in s.mentions and s.mentions[k].kind != "adj":
                return None  # a title that names its actor is _title_np's («والمغاربة»: a people)
            if s.texts[k] in {"،", ","}:
                i = k + 1
                while i < s.end and s.norms[i] in self.honorifics and i not in s.mentions:
                    i += 1
                m = s.mentions.get(i)
                if m is None or m.kind != "person" or not self._agrees(tag, m):
                    return None
                return Holder(m.actors, s.span(j, m.end), m.person, "vso", m.end)
            if not s.fulls[k].isalpha():
                return None
        return None

    def _apposition(self, s: Sentence, j: int, ctx: Context, tag: str) -> Holder | None:
        """«قال وانج وينبن، المتحدث باسم وزارة الخارجية الصينية، إن …»: a name the
        gazetteer does not know, then its title between commas, speaks for the title's actor."""
        for k in range(j, min(s.end - 1, j + 4)):
            if s.texts[k] in {"،", ","}:
                if k == j or s.norms[k + 1] not in self.heads:
                    return None
                h = self._title_np(s, k + 1, ctx, tag)
                if h is None or h.source != "np":
                    return None
                return Holder(h.actors, s.span(j, h.np_end or k + 1), h.person, "np",
                              h.np_end)
            if k in s.mentions or not s.fulls[k].isalpha() or s.norms[k] in self.comp:
                return None
        return None

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
        if self.lang == "ar" and s.fulls[start][:1] in ("و", "ف") and \
                s.norms[start][:1] != s.fulls[start][:1] and start > s.start and \
                s.texts[start - 1].isalpha():
            # «اتصل … بنظيره الإيراني ودعا إلى …»: a verb joined by و/ف goes on with the
            # clause before, so the name right before it ends that clause, no subject
            return None
        j = start - 1
        skipped = 0
        while j >= s.start and (s.norms[j] in self.aux or s.texts[j] in QUOTES) and \
                skipped < 3:
            j -= 1
            skipped += 1
        commas = j > s.start + 1 and s.texts[j] in {"،", ","} and \
            s.norms[j - 1] in self.asides
        if commas:
            j -= 1  # «الرئيس الموريتاني، من جهته، ثمّن …»: the aside set off by commas
        if j > s.start and s.norms[j] in self.asides:
            # «طهران من جهتها اتهمت …», «وموسكو بدورها رفضت …»
            j -= 2 if s.norms[j - 1] in self.agent_links else 1
            if commas and j > s.start and s.texts[j] in {"،", ","}:
                j -= 1
        for k in range(j, max(s.start, j - 3), -1):
            if s.norms[k] in self.according:
                j = k - 1  # «لكن الأسد وبحسب الصحيفة اشترط …»
                break
        if j < s.start:
            return None
        if self.lang == "ar" and not s.ending_at(j + 1) and \
                j + 1 in s.doc.user_data.get("sg_nonactor_ends", ()):
            # «كتائب حزب الله تتوعد …»: a name that holds an actor's name but names none
            return Holder((), s.texts[j], None, "nonactor")
        for m in s.ending_at(j + 1):
            if m.kind == "pair" and ctx_pair:
                return Holder(tuple(ctx_pair), m.text, None, "svo")  # «الوفدين سيلتقيان»
            if m.kind not in ("pair", "land", "parties"):
                if m.kind == "self":
                    return Holder((), m.text, None, "self")
                if self._named_act(s, m):
                    return None  # «أدانت المنظمة الاقتحام ووصفته»: an act is no subject
                if m.kind == "adj" and self.lang == "ar" and not (
                        m.start > s.start and (s.norms[m.start - 1] in self.heads or
                                               (m.start - 1) in s.mentions)) and \
                        not s.norms[m.start].endswith(("ون", "ين")):
                    return None  # «تدعم الوساطةَ الكويتية وتبدي»: the adjective is no subject
                b = m.start - 1
                if self.lang == "ar" and b - 2 >= s.start and s.norms[b] in self.posted_at and \
                        s.norms[b - 2] in self.heads and (adj := s.mentions.get(b - 1)) is not None \
                        and adj.kind == "adj" and adj.end == b and self._agrees(tag, adj):
                    # «البعثة الجزائرية لدى الاتحاد الأوروبي رفضت»: the mission's state, not
                    # the body it is accredited to
                    return Holder(adj.actors, s.span(b - 2, m.end), None, "svo")
                if self.lang == "ar" and b - 2 >= s.start and s.norms[b] in self.posted_at:
                    c = b - 1
                    while c > s.start and c not in s.mentions and s.norms[c] in self.fillers:
                        c -= 1  # «الدائم»
                    owner = s.mention_ending_at(c + 1)
                    if owner is not None and owner.kind in ("name", "adj", "capital") and \
                            owner.start > s.start and s.norms[owner.start - 1] in self.heads:
                        # «مندوب اليمن الدائم لدى الأمم المتحدة رفض»: the envoy's state, not
                        # the body he is accredited to
                        return Holder(owner.actors, s.span(owner.start - 1, m.end), None, "svo")
                if not self._agrees(tag, m) and m.kind != "person" and \
                        self._list_start(s, m) is m and not (
                            # «متحدث باسم الخارجية الأمريكية يؤكد»: the adjective agrees with
                            # the ministry, the verb with the spokesman who heads the title
                            m.kind == "adj" and self.lang == "ar" and m.start > s.start and
                            s.norms[m.start - 1] in self.heads and
                            any(s.norms[k] in self.heads and not s.norms[k].endswith("ه")
                                for k in range(max(s.start, m.start - 4), m.start - 1))) and \
                        not self._titled_owner_ar(s, m):
                    return None  # («إثيوبيا والصومال اتفقتا»: a list agrees as a whole)
                # walk back over a coordinated list: روسيا وتركيا وإيران تؤكد
                first = self._list_start(s, m)
                b = first.start - 1
                while self.lang == "ar" and b > s.start and len(s.fulls[b]) == 1 and \
                        s.fulls[b].isalpha() and s.fulls[b] not in PROCLITIC_CONJ:
                    b -= 1  # «أن ن الصين تدعو»: a stray letter (a typing slip) is no word
                before = s.norms[b] if first.start > s.start else ""
                if self.lang == "ar" and first.start > s.start:
                    t = first.start - 1
                    while t > s.start and (s.norms[t] in self.fillers or
                                           s.norms[t] in self.heads) and \
                            not self._prep_prefixed(s, t):
                        t -= 1
                    if self._prep_clitic(s, t) == "ب" and (
                            s.norms[t] in self.heads or s.norms[t] in self.counterparts):
                        # «اتصالا هاتفيا بنظيره القيرغيزي هنأه فيه …», «برئيس الوزراء
                        # العراقي، هنأه»: the partner of the call, no subject
                        return None
                titled = bool(s.ending_at(first.start))
                if first.start > s.start and not titled and not (
                        before in self.comp or before in self.heads or before in self.aux or
                        before in self.fillers or
                        s.texts[b] in QUOTES or
                        s.texts[b] in {"،", ",", ":", "(", "—", "–", "-"} or  # «13:30 — X يطالب»
                        s.texts[b] in PROCLITIC_CONJ or
                        before in self.clause_links or before in self.in_preps or
                        first.kind == "person" and self._opening_title(s, first.start)):
                    return None  # «تشيد بخطوةِ دمشقَ وتطالب»: a genitive, not a subject
                authorities = before in self.in_preps and first.start - 1 > s.start and \
                    s.norms[first.start - 2] in self.heads  # «السلطات في تركيا وسوريا تبديان»
                if not authorities and (self._is_location(s, first) or
                                        before in self.prepositions or before in self.between):
                    return None
                grp = self._group(s, first, m.end)
                actors = self._actors(grp)
                return Holder(actors, s.span(first.start, m.end), m.person, "svo")
        if self.lang == "ar" and not s.ending_at(j + 1):
            return self._title_with_unknown_name(s, j)
        return None

    def _named_act(self, s: Sentence, m: Mention) -> bool:
        """Arabic: whether ``m`` is an act noun the mention stage named for its author
        («الاقتحام» after «اقتحام وزير الأمن القومي الإسرائيلي»), which is never a verb's
        subject — unlike a statement named with its issuer («البيان الصادر عن …»), which
        speaks."""
        if self.lang != "ar" or m.end - m.start != 1 or s.norms[m.start] not in self.events:
            return False
        k = m.end + (m.end < s.end and s.texts[m.end] in {"،", ","})
        k += k < s.end and s.norms[k] == "الختامي"
        return not (k < s.end and s.norms[k] in self.issued_words)

    def _opening_title(self, s: Sentence, end: int) -> bool:
        """Arabic: whether the tokens from the sentence's start (past a live blog's time) up to
        ``end`` are an official's title: heads, their fillers, actors, and the portfolio words
        joined by ل («المفوض السامي للأمم المتحدة لحقوق الإنسان» before «فولكر تورك»)."""
        a = s.after_time()
        if a >= end or s.norms[a] not in self.heads:
            return False
        k = a
        while k < end:
            if (m := s.mentions.get(k)) is not None and m.kind != "person":
                k = m.end
            elif (p := self._past_portfolio(s, k, end)) > k:
                k = p
            elif s.texts[k].isalpha() and (s.norms[k] in self.heads or
                                           s.norms[k] in self.fillers):
                k += 1
            else:
                return False
        return True

    def _past_portfolio(self, s: Sentence, k: int, stop: int) -> int:
        """Arabic: the token after a portfolio joined by ل at ``k`` and the definite word of
        its genitive («لحقوق الإنسان», «لشؤون الأطفال»), before ``stop``; ``k`` when none
        starts there."""
        if k >= stop or k in s.mentions or not s.texts[k].isalpha() or \
                not s.fulls[k].startswith("ل") or s.norms[k] in self.heads:
            return k
        k += 1
        if k < stop and k not in s.mentions and s.texts[k].isalpha() and \
                s.norms[k].startswith("ال"):
            k += 1
        return k

    def _title_with_unknown_name(self, s: Sentence, j: int) -> Holder | None:
        """Arabic: «وزير الخارجية المصري بدر عبد العاطي يجري اتصالاً …» (a live blog's
        entry, a headline): a sentence that opens with an official's title and its state,
        then a name the gazetteer does not know, up to the verb after token ``j``; past a
        live blog's time, and past the portfolio after an organisation («23:55 – المفوض السامي
        للأمم المتحدة لحقوق الإنسان فولكر تورك يعرب …»)."""
        a = s.after_time()
        if s.norms[a] not in self.heads:
            return None
        k = self._past_heads(s, a, j + 1, self.honorifics)
        m = s.mentions.get(k)
        if m is None or m.kind not in ("adj", "name") or not m.end <= j:
            return None
        # «لحقوق الإنسان», «للشؤون السياسية»: the portfolio after an organisation
        name = self._past_portfolio(s, m.end, min(j + 1, m.end + 3)) if m.kind == "name" \
            else m.end
        if j - name >= 3:
            return None
        if any(x in s.mentions or not s.texts[x].isalpha() or s.norms[x] in self.heads or
               s.norms[x] in self.fillers or s.norms[x] in self.prepositions or
               s.norms[x] in self.aux for x in range(name, j + 1)):
            return None
        return Holder(m.actors, s.span(a, j + 1), None, "svo")

    def _relative_own_subject_en(self, s: Sentence, r: int, verb: int
                                 ) -> list[Mention] | None:
        """The actors (a coordinated list) that open an object relative at ``r`` and are the
        subject of its verb at ``verb`` («, which Pakistan condemned», «, which the Egyptian
        government has rejected»), else None (a subject relative: «, which condemned …»)."""
        k = r + 1
        while k < verb and s.norms[k] in self.articles:
            k += 1
        m = s.mentions.get(k)
        if m is None or m.kind in ("self", "land", "pair", "parties") or \
                self._is_location(s, m):
            return None
        grp = self._group(s, m, verb)
        return grp if all(s.norms[x] in self.aux or s.norms[x] in self.verb_mods_en or
                          s.norms[x] in self.negation
                          for x in range(grp[-1].end, verb)) else None

    def _clause_subject_en(self, s: Sentence, start: int, ctx: Context | None = None
                           ) -> Holder | None:
        """English: the first actor of the clause that contains the verb.

        «X, which has positioned itself as a mediator, hosted …»: a relative clause is
        skipped; a verb inside it («which … mediated») takes the antecedent X as subject, and
        «… in which Turkey and the UN mediated» starts its clause after «which».
        """
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
                if n in self.openers and n not in self.relative and all(
                        s.norms[x] in self.articles for x in range(k + 1, start)):
                    k -= 1  # «as (a) mediator»: a preposition, not a clause opener
                    continue
                c = k + 1
                if n in self.relative and k - 1 >= s.start and s.texts[k - 1] == ",":
                    ante = [m for m in s.mentions.values() if m.end == k - 1 and
                            m.kind not in ("self", "land")]
                    inner = [x for x in range(k + 1, start)
                             if (s.norms[x] in self.relative or s.norms[x] in self.openers) and
                             not all(s.norms[y] in self.articles
                                     for y in range(x + 1, start))]
                    if ante and not inner and ante[0].start > s.start and \
                            s.norms[ante[0].start - 1] in self.prepositions:
                        # «Tom Barrack, the US ambassador to Turkey and special envoy for
                        # Syria, who brokered …»: the name after «for» is no antecedent; the
                        # apposition's own actor is
                        o = next((x for x in range(ante[0].start - 1, s.start - 1, -1)
                                  if s.texts[x] == ","), s.start - 1)
                        head = [m for m in sorted(s.mentions.values(), key=lambda m: m.start)
                                if o < m.start < ante[0].start and
                                m.kind not in ("self", "land") and not (
                                    m.start > s.start and
                                    s.norms[m.start - 1] in self.prepositions)][:1]
                        ante = head or ante  # «held in Oman, which has mediated»: Oman
                    own = self._relative_own_subject_en(s, k, start)
                    if own is not None:
                        # «the bombing in Kabul, which Pakistan condemned»: an object
                        # relative has its own subject
                        return Holder(self._actors(own), s.span(own[0].start, own[-1].end),
                                      own[0].person, "svo")
                    if ante and not inner:
                        first = self._list_start(s, ante[0])
                        grp = self._group(s, first, k)
                        actors = self._actors(grp)
                        return Holder(actors, s.span(first.start, grp[-1].end), first.person,
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
                    actors = (ctx.subject_pair() or ()) if ctx is not None else ()
                    if actors:
                        return Holder(tuple(actors), m.text, None, "svo")
                    k = m.end
                    continue
                grp = self._group(s, m, start)
                actors = self._actors(grp)
                more = self._together_en(s, grp[-1].end)  # type: ignore[attr-defined]
                if more:  # «Cairo, together with Qatar, was continuing its mediation»
                    actors = tuple(dict.fromkeys((*actors, *more)))
                return Holder(actors, s.span(m.start, grp[-1].end), m.person, "svo")
            k += 1
        return None

    def _past_style(self, s: Sentence, j: int, stop: int) -> int:
        """Arabic: past a style of address at ``j`` and the title after it («برعاية فخامة
        الرئيس الأمريكي»: the actor), within five tokens and before ``stop``; else ``j``."""
        if self.lang != "ar" or j >= stop or j in s.mentions or \
                s.norms[j] not in self.honorifics:
            return j
        return self._past_heads(s, j, min(stop, j + 5), self.honorifics)

    @staticmethod
    def _verb_fits(tag: str, holder: Holder) -> bool:
        """Arabic: whether a singular verb (3m, 3f) can have ``holder`` as its subject: not
        two actors or more (its gender is the surface subject's — «وزارة الخارجية
        السودانية» is feminine, «السودان» masculine — so it is not compared here)."""
        return tag not in ("3m", "3f") or len(holder.actors) < 2

    def _passive_agent(self, s: Sentence, end: int, subject: Holder | None) -> Holder | None:
        """The holder of an Arabic passive («دُعيت X، في بيان صادر عن Y، إلى …»): the actor
        after an agent link of the clause (عن، من قبل، بيان، وجّهتها), else the speaker of
        the sentence. Its subject, right after the verb, is read as the object."""
        for k in range(end, s.end):
            if s.texts[k] in {".", "؟", "?", "!"}:
                break
            if s.norms[k] not in self.passive_agent_links and \
                    s.fulls[k] not in self.passive_agent_links:
                continue  # («وجّهتها» reads as the verb وجّه: its written form is the link)
            m = s.mentions.get(self._past_heads(s, k + 1, min(s.end, k + 4), self.agent_links))
            if m is not None and m.kind in ("name", "capital", "seat", "person", "adj"):
                grp = self._group(s, m, s.end)
                return Holder(self._actors(grp), s.span(m.start, grp[-1].end),
                              m.person if len(grp) == 1 else None, "passive")
        if subject is not None and subject.actors:
            return Holder(subject.actors, subject.speaker, subject.person, "sentence")
        return None

    def _clause_subject_of_masdar(self, s: Sentence, start: int,
                                  ctx: Context) -> Holder | None:
        """Arabic: «…، بينما عرض وزير الخارجية الجزائري رمطان لعمامرة استضافة لقاء …»: a
        stance noun right after the subject of a verb that opens a clause (after a clause
        link or a comma) and is none of our cues is held by that subject."""
        m = s.mention_ending_at(start)
        if m is None or m.kind not in ("person", "adj", "name"):
            return None
        j = m.start  # back over the title: its heads, fillers and state adjective
        while j - 1 > s.start:
            a = s.mention_ending_at(j)
            if a is not None and a.kind == "adj":
                j = a.start
            elif s.norms[j - 1] in self.heads or s.norms[j - 1] in self.fillers:
                j -= 1
            else:
                break
        v = j - 1
        if v <= s.start or not (s.norms[v - 1] in self.clause_links or
                                s.texts[v - 1] in {"،", ","}):
            return None
        h = self._verb_subject_at(s, v, s.cues, ctx)
        return h if h is not None and h.actors and h.np_end in (None, start) else None

    def _subject_list_end(self, s: Sentence, d: Mention) -> int:
        """The token after the names coordinated from ``d`` on, when they are two or more
        names or capitals with a name after them (the verb's object); else after ``d``."""
        grp = self._group(s, d, s.end)
        if len(grp) >= 2 and all(m.kind in ("name", "capital") for m in grp) and \
                (o := s.mentions.get(grp[-1].end)) is not None and \
                o.kind in ("person", "name", "capital") and \
                not s.fulls[o.start].startswith("و"):
            return grp[-1].end
        return d.end

    def _holder(self, s: Sentence, start: int, end: int, form: CueForm, ctx: Context,
                subject: Holder | None, last: Holder | None = None) -> Holder | None:
        tag = form.tag
        cue = form.cue
        if self.lang == "ar" and tag == "x" and end - start > 1 and \
                (verb := next((f.tag for f in self.lex.cues.get((s.norms[start],), ())
                               if f.tag in ("3m", "3f")), None)) is not None:
            # «غير أن مندوب اليمن … رفض الاعتراف بالخطوة»: a phrase that opens with a verb of
            # the lexicon has that verb's subject
            tag = verb
        h: Holder | None = None
        if cue.frame == "gathered":
            return self._gathered(s, start, end, ctx)[0]
        if subject is not None and subject.source == "topic" and cue.frame == "appeal" and \
                tag in FINITE:
            # «أما السودان، فدعا الجيش السوداني …»: the one asked follows the verb; the
            # speaker goes on (attribution, _topic_subject)
            return Holder(subject.actors, subject.speaker, subject.person, "sentence")
        if cue.frame in ("attributed", "predicate"):
            # («X said Y's strikes were unacceptable»: the one who says it judges)
            base = subject or (self._describer_en(s, start, ctx)  # type: ignore[attr-defined]
                               if self.lang == "en" else None) or ctx.speaker
            if base is None or not base.actors:
                return None
            return Holder(base.actors, base.speaker, base.person, "sentence")
        if tag in ("n", "p") and cue.label != "welcomes" and \
                (thanked := self._thanked_owner(s, start)) is not None:
            # «شكرت طهران العراق على وساطته», "praised Iraq for its mediating role": the one
            # thanked for it holds the stance its own pronoun gives it
            return thanked
        if self.lang == "en":
            h = self._holder_en(s, start, end, form, ctx, subject)
            if h is not None and h.source == "nonactor":
                # «the escalation threatens …», «Someone should …»: no actor (the empty
                # holder goes on to the verbs coordinated with it: «The Caribbean Community
                # condemned … and reiterated its support»)
                return h
            if h is not None and h.actors and h.source in ("svo", "np", "vso"):
                behalf = self._on_behalf_en(s, start) + \
                    self._as_did_en(s, end)  # type: ignore[attr-defined]
                if behalf:
                    h = Holder(tuple(dict.fromkeys((*h.actors, *behalf))), h.speaker, None,
                               h.source, h.np_end)
        else:
            if tag in FINITE and start - 2 >= s.start and \
                    s.norms[start - 1] in self.indefinite_resolutions and \
                    (m := s.mention_ending_at(start - 1)) is not None and \
                    m.kind in ("name", "capital", "seat"):
                # «واعتمد مجلس الأمن الدولي قرارا يطالب الحوثيين …»: a verb right after an
                # indefinite resolution describes it; its adopter, just named, holds the stance
                # (rule 22)
                return Holder(m.actors, m.text, None, "vso")
            if tag in FINITE and start - 4 >= s.start and s.texts[start - 1] in {"،", ","} and \
                    (r := next((x for x in range(start - 2, max(s.start, start - 24), -1)
                                if s.norms[x] in self.indefinite_resolutions), None)) is not None \
                    and r + 1 < start and normalize(s.texts[r + 1]).startswith(
                        ("باغلبيه", "بالاجماع", "باجماع")) and \
                    not any(s.texts[x] in {"،", ","} for x in range(r + 1, start - 1)) and \
                    (m := s.mention_ending_at(r)) is not None and \
                    m.kind in ("name", "capital", "seat"):
                # «غداة اعتماد الجمعية العامة قرارا بأغلبية 141 صوتا مقابل 7 …، يطالب روسيا
                # …»: the same past the vote that adopted it (rule 22)
                return Holder(m.actors, m.text, None, "vso")
            if cue.label == "holds_talks" and tag == "3f" and start > s.start and \
                    strip_vowels(s.texts[start]).startswith("ت") and start - 1 not in s.mentions \
                    and s.fulls[start - 1].isalpha() and not s.fulls[start - 1].startswith("ال") \
                    and s.fulls[start - 1].endswith("ه") and len(s.fulls[start - 1]) > 3:
                # «تشكيل لجنة فنية مشتركة تجتمع بصفة دورية»: a present verb right after an
                # indefinite feminine noun describes it; the committee meets, no actor
                return None
            if tag == "n" and cue.genitive == "target" and end < s.end and \
                    s.texts[start].startswith("ال") and \
                    (own := s.mentions.get(end)) is not None and own.kind == "adj" and \
                    own.start == end and s.texts[end].startswith("ال"):
                # «استغلال الدعم الأمريكي»: a state's adjective right after a definite
                # stance noun is its owner, the one who holds it, not its target
                return Holder(own.actors, s.span(start, own.end), None, "genitive",
                              own.end)
            if tag == "n" and cue.label == "mediates" and \
                    (owner := self._efforts_owner(s, start)) is not None:
                # «ثمنت السعودية جهود مصر في الوساطة بين …», «جهود الأردن ومصر في رعايته»:
                # the one whose efforts they are acts, not the one who praises them
                return owner
            if tag == "n" and start - 2 > s.start and s.norms[start - 1] in self.to_preps and \
                    start - 2 not in s.mentions and s.fulls[start - 2].isalpha() and \
                    not s.fulls[start - 2].startswith("ال") and \
                    (v := self._svo(s, start - 2, "3f" if s.fulls[start - 2].endswith("ت")
                                    else "3m")) is not None and v.actors:
                # «لكن البعثة الجزائرية … سارعت إلى رفض البيان»: the subject of the verb
                # that the masdar completes
                return v
            if tag == "n" and (v := self._clause_subject_of_masdar(s, start, ctx)) is not None:
                return v
            lat = end + 1 if end + 1 < s.end and s.norms[end].startswith("خلال") else end
            if tag in FINITE - {"1"} and not s.words().isdisjoint(self.latter_refs) and \
                    lat < s.end and s.norms[lat] in self.latter_refs:
                # «اتصالاً هاتفياً بالدبيبة، ثمّن خلاله الأخير …»: the latter, named last
                m = next((x for x in sorted(s.mentions.values(), key=lambda x: -x.start)
                          if x.end <= start and x.kind in ("person", "name", "capital", "adj")),
                         None)
                return Holder(m.actors, m.text, m.person, "vso") if m is not None else None
            if tag in FINITE - {"1"}:
                h = self._kana(s, start, tag, ctx)
                if h is None:
                    h = self._svo(s, start, tag, ctx.subject_pair())
                if h is None and self.lang == "ar" and subject is not None and subject.actors \
                        and s.norms[s.start] in self.topic_openers and \
                        (s.fulls[start].startswith("ف") or
                         s.fulls[start - 1].startswith("ف") and
                         s.norms[start - 1] in self.perfect_particles) and \
                        start - s.start < 16 and end < s.end and \
                        (m_after := s.mentions.get(end)) is not None and \
                        m_after.kind in ("name", "capital", "person") and \
                        s.norms[end] not in self.heads and \
                        not strip_vowels(s.fulls[start]).endswith(("ها", "هم", "هما")):
                    # (not «أما غينيا فطالبتها القمة …»: the topic is the object there)
                    # «أما الرئيس التركي، الذي حضر القمة، فالتقى بوتين»: the verb that answers
                    # «أما» has the topic for subject; the name after it is its object
                    h = subject
                if h is None and self.lang == "ar":
                    # «الرئيس فلاديمير بوتين، الذي استقبل العاهل الأردني»: right after a
                    # relative, the antecedent is the subject (before the name after the verb
                    # is taken for one; English reads it last, below)
                    h = self._relative_antecedent(s, start, tag, ctx)
                if h is None and self.lang == "ar":
                    h = self._bare_title_before(s, start, ctx)
                if h is None and start > s.start and s.fulls[start - 1] in self.comp_pronouns:
                    # «إنه سيلتقي بالمبعوث الأمريكي»: the pronoun is the subject, the one
                    # who speaks (a name after the verb is its object)
                    h = Holder((), s.texts[start - 1], None, "self")
                if h is None and self.lang == "ar" and end + 1 < s.end and \
                        (end not in s.mentions or s.norms[end] in self.events) and \
                        s.texts[end].isalpha() and \
                        s.fulls[end].startswith(("بال", "لل")) and \
                        not ((m1 := s.mentions.get(end + 1)) is not None and m1.kind == "adj") and \
                        (v := self._vso(s, end + 1, tag, ctx)) is not None and v.actors:
                    # «ورحبت بالمبادرة مصر والأردن», «كما رحب بالقرار المبعوث الأممي»: the
                    # verb's object before its subject (not «بالمبادرة السعودية»)
                    h = v
                also = last is not None and start > s.start and (
                    s.norms[start - 1] in self.also or
                    start > s.start + 1 and self._conj_prefixed(s, start))
                if h is None and self.lang == "ar" and self._conj_prefixed(s, start):
                    # «القرار 2735، الذي صاغته واشنطن ويطالب حماس …»: a verb coordinated
                    # inside a relative clause has the relative's antecedent for subject
                    r = next((k for k in range(start - 1, max(s.start, start - 7), -1)
                              if s.norms[k] in self.relative or s.texts[k] in {"،", ","}), None)
                    if r is not None and s.norms[r] in self.relative:
                        ante = self._relative_antecedent(s, r + 1, tag, ctx)
                        if ante is not None and ante.actors and \
                                s.mention_ending_at(r - (s.texts[r - 1] in {"،", ","})) \
                                is not None:
                            h = ante
                if h is None and also and last is not None and (
                        not self._verb_fits(tag, last) or
                        # «…، كما أيد كل من الأردن والبحرين الموقف المصري»: «كلُّ من» (not
                        # the accusative «كلاً من») heads a subject list
                        end + 1 < s.end and s.norms[end] in self.list_openers and
                        s.norms[end + 1] == "من" and not s.texts[end].endswith(("ا", "ً")) or
                        # «…، وأكد الوزيران تطابق الرؤى»: a nominative dual right after the
                        # verb is a subject of its own
                        (d := s.mentions.get(end)) is not None and d.end == end + 1 and
                        (d.kind == "pair" or s.norms[end] in self.official_duals) and
                        s.fulls[end].endswith("ان") or
                        # «…، وهنأت وزارة الخارجية العراقية الأردن»: a title phrase of another
                        # actor right after the verb, with an object after it, is its subject
                        self.lang == "ar" and s.norms[end] in self.heads and
                        (tn := self._title_np(s, end, ctx, tag)) is not None and
                        tn.source == "np" and bool(tn.actors) and
                        not set(tn.actors) & set(last.actors) and tn.np_end is not None and
                        tn.np_end < s.end and (
                            tn.np_end in s.mentions or
                            # («…، ونددت حكومة نيكاراغوا بما وصفته …»: its «ب» object)
                            s.fulls[tn.np_end].startswith("ب") and
                            (s.fulls[tn.np_end] != s.norms[tn.np_end] or
                             s.norms[tn.np_end] in self.what_relatives) and
                            cue.label in ("welcomes", "condemns", "expresses_support")) or
                        # «…، وأدانت تركيا تصريحات ليبية»: a name right after the verb with
                        # the verb's object after it is the verb's own subject (an appeal's
                        # addressee stands there: «وطالبت روما بالاعتذار»)
                        # («وحمّل حلف الناتو مسؤولية …»: two objects)
                        self.lang == "ar" and cue.frame not in ("appeal", "obligation") and
                        cue.label != "accuses" and
                        (d := s.mentions.get(end)) is not None and
                        d.kind in ("name", "capital") and
                        # («كما هنأت الصين وإيران وكوبا مادورو»: a list of names, then the
                        # object, a name too)
                        (e := self._subject_list_end(s, d)) < s.end and
                        s.fulls[e].isalpha() and (e not in s.mentions or e != d.end or
                                                  # («كما دان الاتحاد الأوروبي التفجيرين»:
                                                  # an act named back is no name)
                                                  s.norms[e] in self.events) and
                        s.norms[e] not in self.prepositions and
                        not s.fulls[e].startswith(("ل", "و", "ف")) and
                        # («وهددت بيروت بالرد»: a threat's «ب» goes with its object)
                        not (s.fulls[e].startswith("ب") and
                             cue.label not in ("welcomes", "condemns", "expresses_support")) and
                        s.norms[e] not in self.comp or
                        # «…، ودعت واشنطن رواندا إلى …»: two names after a verb of appeal,
                        # the second not coordinated, are its subject and its addressee
                        self.lang == "ar" and cue.frame == "appeal" and
                        (d := s.mentions.get(end)) is not None and
                        d.kind in ("name", "capital") and
                        (a2 := s.mentions.get(d.end)) is not None and
                        a2.kind in ("name", "capital") and
                        not s.fulls[d.end].startswith("و") and
                        not set(a2.actors) & set(d.actors)):
                    # «أعربت طوكيو وكانبرا عن قلقهما، كما انتقد الاتحاد الأوروبي …»: a verb
                    # that does not agree with the last subject has one of its own
                    h = self._vso(s, end, tag, ctx)
                if h is None and self.lang == "ar" and end + 1 < s.end and \
                        s.fulls[end] in self.resumptive_preps:
                    # «تصريحات أدلى بها الرئيس الغاني في واشنطن، اتهم فيها السلطات
                    # البوركينية …»: the statement's author, named before it, says what the
                    # verb after «فيها» says, when the noun after it cannot be the verb's
                    # subject (not «أكدت فيها الجزائر …»)
                    after = next((s.mentions[x] for x in range(end + 1, min(s.end, end + 4))
                                  if x in s.mentions), None)
                    if after is not None and not self._agrees(tag, after):
                        h = self._resumed_author(s, start)
                if h is None and not also:
                    h = self._vso(s, end, tag, ctx)
                    if h is not None and cue.label == "accuses" and h.np_end is not None and \
                            h.np_end < s.end and h.np_end not in s.mentions and \
                            s.fulls[h.np_end].startswith("ب") and (
                                len(s.fulls[h.np_end]) > 3 and s.fulls[h.np_end].isalpha() or
                                s.texts[h.np_end].rstrip("ـ") == "ب" and start == s.start and
                                h.np_end + 1 < s.end and s.texts[h.np_end + 1] in QUOTES) and \
                            (last or subject or ctx.speaker) is not None:
                        # «واتهم الجانب الأذربيجاني بمواصلة خرق …», «واتهم حلف شمال الأطلسي
                        # بـ«المشاركة الفعلية»» (a sentence of its own: «دافع حزب "فوكس" عن
                        # ضيفه واتهم سانشيز بـ"استغلال"…» is the party's): one accuses someone
                        # of something; the only actor before the charge is the accused, and
                        # the speaker goes on
                        h = None
                if h is None and self.lang == "en":
                    h = self._relative_antecedent(s, start, tag, ctx)
            elif tag == "p":
                h = self._svo(s, start, "")
            elif tag == PASSIVE_TAG:
                return self._passive_agent(s, end, subject)
            elif tag == "x" and cue.label == "threatens" and \
                    s.fulls[start].startswith(("ست", "سي")):
                # «من أن إسلام آباد «سترد بقوة»»: a future verb's own subject threatens
                h = self._svo(s, start, "")
        if tag == "n" and self.lang == "ar" and (announcer := self._announcer(s, start)):
            # «بعد إعلان الرئيس التركي رجب طيب أردوغان استعداده للقاء …»: the one whose
            # announcement it is owns the pronoun of the stance noun, whoever speaks
            return announcer
        if h is None and tag == "n" and self.lang == "ar" and start - 2 >= s.start and \
                strip_vowels(s.texts[start]).endswith(OWN_SUFFIXES) and \
                s.norms[start - 2] in self.relative and start - 1 not in s.mentions:
            # «فريق الاتحاد الأفريقي رفيع المستوى، الذي يواصل وساطته بين الخرطوم وجوبا»: the
            # masdar's pronoun is the relative clause's subject, the noun before it
            h = self._relative_owner(s, start - 2)
        if h is None and tag == "n" and self.lang == "ar" and cue.label in RELATIVE_MAKERS and \
                cue.frame != "charge" and \
                cue.genitive != "holder" and end + 2 < s.end and s.norms[end] in self.relative:
            # (a charge's relative names the accused: «الجرائم التي ترتكبها القوات …»)
            # «للجهود التي تبذلها مصر وقطر في الوساطة», «الاتهامات التي وجهتها إثيوبيا إلى
            # مصر»: the subject of the relative that follows the noun makes the efforts or the
            # charge (a genitive right after it may be the sides, «جمع بوتين وزيلينسكي»)
            m = s.mentions.get(self._past_heads(s, end + 2, min(s.end, end + 6), ()))
            if m is not None and m.kind in ("name", "capital", "seat", "person", "adj"):
                grp = self._group(s, m, s.end)
                h = Holder(self._actors(grp), m.text, m.person, "genitive", grp[-1].end)
        if h is None and tag == "n" and self.lang == "ar" and cue.genitive == "target" and \
                cue.label in ("accuses", "threatens", "warns", "condemns", "mediates") and \
                (m := s.mentions.get(end)) is not None and m.kind == "adj":
            # «نفت موسكو الاتهامات الأوكرانية», «ثمّنت الكويت الجهود العمانية لتقريب …»: the
            # state of the nisba after an accusation, threat, condemnation or mediation made it
            # («تحذيرات إسرائيلية وأميركية»: every nisba coordinated with it)
            grp = self._group(s, m, s.end)
            h = Holder(self._actors(grp), m.text, m.person, "genitive", grp[-1].end)
        if h is None and tag == "n" and self.lang == "ar" and cue.genitive == "target" and \
                (m := s.mentions.get(end)) is not None and \
                m.kind in ("name", "capital", "seat", "person") and m.end < s.end and \
                s.fulls[m.end].startswith("ل") and s.fulls[m.end].isalpha() and \
                s.norms[m.end] not in self.prepositions:
            # «مؤكداً دعم المملكة لكل جهد …», «دعم روسيا لأوكرانيا»: a genitive followed by
            # what the stance is for («لـ…») is its holder, the masdar's subject
            h = Holder(m.actors, m.text, m.person, "genitive", m.end)
        if h is None and tag == "n" and self.lang == "en":
            # «Concern over the build-up was voiced by Finland»: the agent of the passive
            h = self._nominal_agent_en(s, start, end)  # type: ignore[attr-defined]
        if h is None and (tag in ("n", "p") or tag == "x" and cue.label == "mediates") and \
                cue.genitive == "holder" and not (
                # («برئاسة مشتركة من فرنسا والولايات المتحدة»: a phrase names its holder after
                # it too)
                # «جدّد مطالبته يريفان بتعديل …», «جددت أذربيجان مطالبة أرمينيا بتعديل …»: a
                # masdar of appeal that has its owner (a pronoun) or whose actor is followed by
                # what is asked («بـ…») names its addressee after it, not its holder
                tag == "n" and self.lang == "ar" and cue.frame == "appeal" and (
                    strip_vowels(s.texts[start]).endswith(OWN_SUFFIXES) or
                    self._asked_after(s, end, subject) and (
                        # (the holder's own, renewed: «رفضت مطالبة أرمينيا بـ…» is Armenia's)
                        s.norms[start - 1] in self.masdar_takers or
                        self._masdar_after_subject(s, start) or
                        # «ثانياً: مطالبة إسرائيل بفتح المعابر»: an item of a statement's text
                        # is what its issuers say
                        self._opens_item(s, start)))) and not (
                # «مطالبا مجلس الأمن»: an accusative participle's actor is its object
                tag == "p" and self.lang == "ar" and (
                    s.fulls[start].endswith("ا") or s.texts[end - 1].endswith("\u064b") or
                    # «وأدانت مصر الهجوم، مطالبة إسرائيل بـ…»: a participle after a comma
                    start > s.start and s.texts[start - 1] in {"،", ","})):
            k = end
            while k < min(s.end, end + 2) and k not in s.mentions and \
                    s.norms[k] in self.agent_links:
                k += 1  # «بوساطة من الاتحاد الأفريقي», «من قبل مصر»
            k = self._past_style(s, k, s.end)
            if self.lang == "ar" and cue.label == "mediates" and k + 1 < s.end and \
                    k not in s.mentions and s.norms[k] in self.numbers and \
                    s.texts[k + 1] in {"،", ","}:
                k += 2  # «الوسطاء الثلاثة، قطر ومصر والولايات المتحدة»: the list in apposition
            elif self.lang == "ar" and cue.label == "mediates" and k == end and \
                    k + 1 < s.end and s.texts[k] in {"،", ","}:
                # «أن الوسطاء، دولة قطر وجمهورية مصر العربية والولايات المتحدة، يواصلون …»
                k = self._past_style(s, k + 1, s.end)
            if self.lang == "ar" and cue.label == "mediates" and k not in s.mentions and \
                    k + 1 < s.end and s.norms[k] in self.heads and \
                    (t := s.mentions.get(k + 1)) is not None and t.kind == "adj":
                k += 1  # «برعاية المبعوث الأمريكي الخاص إلى سوريا»: the envoy's state
            m = s.mentions.get(k)
            if self.lang == "ar" and cue.label == "mediates" and m is None and k < s.end and \
                    s.norms[k] in self.heads and \
                    (titled := self._title_np(s, k, ctx)) is not None and titled.actors and \
                    titled.source == "np":
                # «بوساطة الأمين العام للناتو ينس ستولتنبرغ»: the official a title names
                h = Holder(titled.actors, titled.speaker, titled.person, "genitive",
                           titled.np_end)
            elif m is not None and (m.kind in ("name", "capital", "seat", "person") or
                                    m.kind == "adj" and cue.label == "mediates"):
                # «mediators Qatar, Egypt and the United States»: the whole list (of nisbas
                # up to a comma: «جمعت، بوساطة فرنسية ألمانية، الرئيس الروسي …» names the
                # sides after it)
                grp = self._group(s, m, s.end)
                if m.kind == "adj" and self.lang == "ar":
                    grp = grp[:next((n for n in range(1, len(grp)) if any(
                        s.texts[x] in {"،", ","} for x in range(grp[n - 1].end, grp[n].start))),
                        len(grp))]
                h = Holder(self._actors(grp), s.span(m.start, grp[-1].end),
                           m.person if len(grp) == 1 else None, "genitive", grp[-1].end)
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
        if h is None and tag == "n" and self.lang == "ar" and cue.label == "mediates":
            if any(sp.start == end and any(f.cue.label == "mediates" for f in forms)
                   for sp, forms in s.cues):
                return None  # «بجهود الوساطة التي تبذلها قطر»: the second noun tells whose
            h = self._praised_mediator(s, start)
        if h is None and tag == "n" and self.lang == "ar" and cue.label == "holds_talks" and (
                self._took_place_ar(s, start) or
                # «16:00 — اتصال هاتفي بين وزير الخارجية الأردني ونظيره المصري»: a live
                # blog's entry that opens with the talks noun
                start == s.after_time()) and \
                not any(f.cue.label == "mediates" for _, forms in s.cues for f in forms):
            h = self._talks_between(s, end)
        if h is not None and h.source == "self":
            base = subject or ctx.speaker
            we = self._en_state(s.doc).get("we") if self.lang == "en" else None
            if we is not None and (h.speaker or "").lower() in self.plural_self_en:
                base = we  # «We, the leaders of Japan, the Republic of Korea and …» before
            h = Holder(base.actors if base else (), base.speaker if base else None,
                       base.person if base else None, "self")
        if h is None and self.lang == "ar" and form.tag in ("n", "x") and \
                (clause := self._clause_subject_ar(s, start)) is not None:
            # «وقال مصدر مصري إن قطر والأمم المتحدة شاركتا في نقل الرسائل بين الجانبين»: a
            # noun governed by the verb of a clause after «إن» is that clause's subject's
            return clause
        if h is None and tag == "1" and ctx.voice:
            # «… أبرز ما جاء في البيان: «… ندعو إيران إلى …»»: the statement's issuers
            return Holder(ctx.voice, None, None, "context")
        if h is None and tag == "1" and subject is None and \
                ctx.answering and ctx.answerer is not None:
            # «المتحدثة: … تواصل السلطات السعودية وضع العراقيل … نطالب الجانب السعودي …»:
            # in an answer, «we» is the one who answers, not the last subject named (in the
            # sentence too: «لقد أثبتت أديس أبابا أنها …، ونحن ننتقد بشدة هذا التعنت»)
            return Holder(ctx.answerer.actors, ctx.answerer.speaker, ctx.answerer.person,
                          "context")
        if h is None:
            base = last or subject or ctx.speaker
            if base is None:
                return None
            h = Holder(base.actors, base.speaker, base.person,
                       "sentence" if (last or subject) is not None else "context")
        return h

    def _clause_subject_ar(self, s: Sentence, start: int) -> Holder | None:
        """Arabic: the actors named between a complementizer and the verb that governs the
        noun at ``start`` through «في» («إن قطر شاركت في نقل الرسائل»): the verb right before
        the preposition, its subject right before the verb, «إن» right before the subject."""
        k = start - 1
        if k - 2 <= s.start or s.norms[k] != "في" or k - 1 in s.mentions:
            return None
        v = k - 1  # the verb
        m = s.mention_ending_at(v)
        if m is None or m.kind not in ("name", "capital", "person", "adj"):
            return None
        first = self._list_start(s, m)
        if first.start - 1 < s.start or s.norms[first.start - 1] not in self.comp:
            return None
        grp = self._group(s, first, v)
        return Holder(self._actors(grp), s.span(first.start, v), first.person, "svo")

    def _relative_owner(self, s: Sentence, rel: int) -> Holder | None:
        """Arabic: the actor the noun phrase before the relative pronoun at ``rel`` names
        (past its comma and a few modifiers: «فريق الاتحاد الأفريقي رفيع المستوى، الذي»)."""
        k = rel - 1
        if k > s.start and s.texts[k] in {"،", ","}:
            k -= 1
        for j in range(k, max(s.start, k - 5) - 1, -1):
            if s.texts[j] in {"،", ","} or j in s.finite_cue_tokens():
                return None
            m = s.mention_ending_at(j + 1)
            if m is not None:
                if m.kind not in ("name", "person", "adj") or self._is_location(s, m):
                    return None
                return Holder(m.actors, m.text, m.person, "genitive")
        return None

    def _announcer(self, s: Sentence, start: int) -> Holder | None:
        """Arabic: the actor between a masdar of announcing («إعلان», «تأكيد», «إبداء») and
        a stance noun at ``start`` that carries its pronoun («إعلان أردوغان استعداده»)."""
        if not s.fulls[start].endswith(OWN_SUFFIXES) or start - 2 < s.start:
            return None
        m = s.mention_ending_at(start)
        if m is None or m.kind not in ("person", "name", "adj", "capital"):
            return None
        k = m.start - 1
        while k > s.start and m.start - k <= 6 and (k in s.mentions or s.norms[k] in self.heads
                                                     or s.norms[k] in self.fillers):
            k -= 1
        if s.norms[k] not in self.announcing and self._bare(s.norms[k]) not in self.announcing:
            return None
        grp = self._group(s, s.mentions.get(k + 1) or m, start)
        return Holder(self._actors(grp) or m.actors, s.span(k + 1, start), m.person, "genitive",
                      start)

    def _asked_after(self, s: Sentence, end: int, subject: Holder | None) -> bool:
        """Arabic: the actor right after an appeal noun at ``end`` is followed by what it is
        asked to do («مطالبة أرمينيا بتعديل دستورها»): it is the addressee; not the subject's
        own capital («جدد الرئيس السوري مطالبة دمشق بانسحاب …»: Damascus's demand)."""
        m = s.mentions.get(end)
        if m is None or m.kind in ("self", "pair", "parties") or \
                subject is not None and set(m.actors) <= set(subject.actors):
            return False
        grp = self._group(s, m, s.end)
        k = grp[-1].end
        return k < s.end and k not in s.mentions and s.texts[k].startswith("ب") and \
            len(s.norms[k]) >= 3 and s.norms[k] not in self.between  # («بفتح»: a 3-letter masdar)

    def _talks_between(self, s: Sentence, end: int) -> Holder | None:
        """Arabic: «جرى اتصال هاتفي اليوم بين وزير الخارجية … بدر عبد العاطي ونائب رئيس الوزراء
        … الأردني أيمن الصفدي»: talks that took place between exactly two actors, named with
        their titles up to the clause's end, are held by both (rule 15); not talks that might
        happen, nor mediated ones (rule 9)."""
        k = next((k for k in range(end, min(s.end, end + 4)) if s.norms[k] in self.between),
                 None)
        if k is None:
            return None
        actors: list[str] = []
        last = k
        for j in range(k + 1, s.end):
            if s.texts[j] in {"،", ",", ":", "؛"}:
                break
            m = s.mentions.get(j)
            if m is None or m.kind not in ("person", "name", "adj", "capital") or \
                    self._is_location(s, m):
                continue
            actors += [a for a in m.actors if a not in actors]
            last = m.end
        if len(actors) != 2:
            return None
        return Holder(tuple(actors), s.span(k + 1, last), None, "parties", last)

    def _praised_mediator(self, s: Sentence, start: int) -> Holder | None:
        """Arabic: the mediator named in the role or effort that a mediation noun at ``start``
        completes, right before it («الدور الذي تقوم به سلطنة عمان في استضافة المحادثات»,
        «المساعي الأمريكية لتيسير المحادثات»), not the one who praises it (rules 16, 22)."""
        stop = start - 1 if start - 1 > s.start and s.norms[start - 1] in self.prepositions \
            else start
        for r in range(stop - 1, max(s.start, stop - 9) - 1, -1):
            if s.texts[r] in {"،", ","} or s.norms[r] not in self.role_heads and \
                    any(sp.start == r for sp, _ in s.cues):
                return None  # (a role head may be a stance noun itself: «المساعي»)
            if s.norms[r] in self.relative:
                k = r + 2  # past the relative's verb and its «به»
                while k < stop and k not in s.mentions and s.norms[k] in self.with_pronoun:
                    k += 1
                kinds: tuple[str, ...] = ("name", "capital", "seat", "person", "adj")
            elif s.norms[r] in self.role_heads:
                k = r + 1
                kinds = ("adj",)
            else:
                continue
            m = s.mentions.get(self._past_heads(s, k, stop, ()))
            if m is None or m.kind not in kinds:
                return None
            grp = self._group(s, m, stop)
            if grp[-1].end != stop:
                return None
            return Holder(self._actors(grp), s.span(m.start, stop), m.person, "genitive", stop)
        return None

    def _bare_title_before(self, s: Sentence, start: int, ctx: Context) -> Holder | None:
        """Arabic: «إن الأمين العام «يدعو قوات …»»: a bare title between a complementizer and
        the verb (past a quote) is the verb's subject, the current speaker; the actor after
        the verb is its object."""
        j = start - 1
        while j > s.start and s.texts[j] in QUOTES:
            j -= 1
        end = j + 1
        while j >= s.start and j not in s.mentions and (
                s.norms[j] in self.heads or s.norms[j] in self.fillers):
            j -= 1
        first = j + 1
        if first < end and s.norms[first] in self.heads and j >= s.start and (
                s.norms[j] in self.comp or s.norms[j] in self.clause_links) and any(
                    s.norms[x] in self.fillers and s.fulls[x] != s.norms[x] and
                    strip_vowels(s.texts[x]).endswith(("ها", "ه"))
                    for x in range(first + 1, end)):
            # «ولم تشارك كوريا الشمالية في الجلسة، لكن وزارة خارجيتها قالت …»: a title with
            # its owner's pronoun is the owner's, the actor the sentence named last before it
            owner = next((m for x, m in sorted(s.mentions.items(), reverse=True)
                          if x < first and m.kind in ("name", "capital") and len(m.actors) == 1),
                         None)
            if owner is not None:
                return Holder(owner.actors, s.span(first, end), None, "np")
        if first >= end or s.norms[first] not in self.heads or j < s.start or \
                s.norms[j] not in self.comp:
            return None
        if first + 1 == end and s.norms[first] in ctx.titled:
            # «وأفادت مصادر رئاسية بأن المبعوثة نقلت …» after «المبعوثة الأمريكية»: the
            # title named before with its state, not the speaker
            return Holder(ctx.titled[s.norms[first]], s.span(first, end), None, "title")
        if (bare := ctx.bare_titles.get(tuple(s.norms[first:end]))) is not None and \
                end - first >= 2:
            # «قال المتحدث باسم الأمين العام … إن الأمين العام يتابع …»: the official that
            # title was named for
            return Holder(bare, s.span(first, end), None, "title")
        if ctx.speaker is None or not ctx.speaker.actors:
            return None
        return Holder(ctx.speaker.actors, s.span(first, end), ctx.speaker.person, "title")

    def _resumed_author(self, s: Sentence, start: int) -> Holder | None:
        """The last actor named in the twelve words before a verb that a resumptive «فيها»
        follows (a person or a name, no place), the author of the text it refers to."""
        m = max((m for m in s.mentions.values()
                 if max(s.start, start - 12) <= m.start and m.end <= start and
                 m.kind in ("person", "name", "adj") and m.actors and
                 not self._is_location(s, m)), key=lambda m: m.start, default=None)
        if m is None:
            return None
        k = m.start - 1
        while k > s.start and s.norms[k] in self.heads:
            k -= 1
        # («أدلى بها الرئيس الغاني», «ألقاها الوزير», «وجّهها السفير»: the one the text's own
        # verb names; not «رسالة إلى مجلس الأمن يتهم فيها …», its addressee)
        if k >= s.start and strip_vowels(s.fulls[k]).endswith("ها"):
            return Holder(m.actors, m.text, m.person, "svo")
        return None

    def _relative_antecedent(self, s: Sentence, start: int, tag: str,
                             ctx: Context | None = None) -> Holder | None:
        """«اتصالا هاتفيا بنظيرته اليابانية، التي أكدت …»: a verb right after a relative
        pronoun has the noun before the relative (and its comma) as its subject."""
        j = start - 1
        if j <= s.start or s.norms[j] not in self.relative:
            return None
        j -= 1
        if s.texts[j] in {"،", ","}:
            j -= 1
        m = s.mention_ending_at(j + 1)
        if m is None and ctx is not None and self.lang == "ar":
            # «وكيل الأمين العام للأمم المتحدة للشؤون السياسية، الذي أعرب …»: a title whose
            # portfolio follows its organisation
            for k in range(j, max(s.start, j - 8) - 1, -1):
                if s.texts[k] in {"،", ","} or any(sp.start == k for sp, _ in s.cues):
                    break
                if s.norms[k] in self.heads and (k == s.start or s.norms[k - 1] not in self.heads):
                    h = self._title_np(s, k, ctx, tag)
                    if h is not None and h.actors and h.source == "np":
                        return Holder(h.actors, h.speaker, h.person, "svo")
                    break
        if m is None or m.kind in ("self", "pair", "land", "parties") or \
                not self._agrees(tag, m) or self._is_location(s, m) and not (
                    # «وفي الرباط، التي رحبت …»: a capital named as the place is still the
                    # one who acts in the relative clause about it
                    self.lang == "ar" and m.kind == "capital" and s.texts[j + 1] in {"،", ","}):
            return None
        if m.kind == "adj" and not (s.norms[m.start - 1] in self.heads or
                                    s.norms[m.start - 1] in self.counterparts):
            return None  # «الهجوم الإيراني الذي …»: the act's author, not the clause's subject
        return Holder(m.actors, m.text, m.person, "svo")

    def _opening_verb_subject(self, s: Sentence, cues: list, ctx: Context) -> Holder | None:
        """«قطعت الجزائر علاقاتها مع المغرب واتهمته …»: a news sentence opens with its verb;
        when that verb is none of our cues, the actor right after it is still the subject
        («كما تلقى سموه اتصالاً …»: after a particle that links it to the last sentence)."""
        j = self._after_connective(s)  # «في المقابل، أجرى وزير الخارجية العراقي اتصالاً …»
        j = j + 1 if s.norms[j] in self.clause_links else j
        if j + 1 < s.end and strip_vowels(s.fulls[j]) in self.perfect_particles:
            j += 1  # «فقد أجرى وزير الخارجية …»: past the particle of the perfect
        return self._verb_subject_at(s, j, cues, ctx)

    def _after_connective(self, s: Sentence) -> int:
        """Arabic: the first token after a connective that opens the sentence with its own
        comma («ومع ذلك، وبعد مكالمة هاتفية مع بوتين، افترض ترامب …»), else its start."""
        for n in (1, 2, 3):
            k = s.start + n
            if k + 1 < s.end and s.texts[k] in {"،", ","} and (
                    n > 1 and tuple(s.norms[s.start:k]) in self.connectives or
                    # «من جهته، اكتفى الأمين العام …»: for his part, then the clause
                    tuple(s.norms[s.start:k]) in self.for_his_part or
                    # «عربياً، أجرى وزير الخارجية السعودي …», «دولياً، …»: a roundup's adverb
                    n == 1 and strip_vowels(s.texts[s.start]).endswith("يا") and
                    s.texts[s.start] != strip_vowels(s.texts[s.start])):
                return k + 1
        if s.norms[s.start] in self.according:
            # «وبحسب ما نشرته الصحيفة، شكك ماكرون …»: past the source the sentence cites
            comma = next((k for k in range(s.start + 1, min(s.end - 1, s.start + 8))
                          if s.texts[k] in {"،", ","}), None)
            if comma is not None and not any(x in s.mentions for x in range(s.start, comma)):
                return comma + 1
        for k in (s.start + 1, s.start + 2):
            # «للتذكير: تقدمت أوكرانيا …»: a label that names no one, set off by a colon
            if k + 1 < s.end and s.texts[k] == ":" and \
                    not any(x in s.mentions for x in range(s.start, k)) and \
                    all(s.texts[x].isalpha() for x in range(s.start, k)):
                return k + 1
        return s.after_time()  # «11:30 — أجرى وزير الخارجية الأمريكي …»: past a live blog's time

    def _thanked_owner(self, s: Sentence, start: int) -> Holder | None:
        """The actors that a verb of thanks or praise before them thanks for the stance noun at
        ``start`` that their own pronoun owns: «شكرت طهران العراق على وساطته», «ونشكر الحكومة
        العراقية على وساطتها», "thanked Iraq for its mediation", "praised Qatar and Egypt for
        their mediating role"; else None."""
        if self.lang == "ar":
            if not strip_vowels(s.texts[start]).endswith(("ه", "ها", "هم", "هما")):
                return None
            k = start - 1
            if strip_vowels(s.texts[start]).startswith("ل") and \
                    not s.norms[start].startswith("ل"):
                k = start  # «شكرهما للعراق وعُمان لاستضافتهما …»: «ل» written on the noun
            elif not (k > s.start and s.norms[k] in self.on):
                return None
        else:
            k = start - 2
            if k > s.start and s.texts[k] == "," and s.norms[k + 1] == "whose" and \
                    (m := s.mention_ending_at(k)) is not None and \
                    m.kind not in ("self", "land", "pair", "parties") and m.actors:
                # «praised Egypt, Qatar and Türkiye, whose mediation had made the ceasefire
                # … possible»: the relative's antecedent owns the noun
                first = self._list_start(s, m)
                return Holder(self._actors(self._group(s, first, m.end)),
                              s.span(first.start, m.end), first.person, "genitive", m.end)
            if k <= s.start or s.norms[k] != "for" or \
                    s.norms[k + 1] not in self.possessive_pronouns_en:  # type: ignore[attr-defined]
                return None
        m = s.mention_ending_at(k)
        if m is None or m.kind in ("self", "land", "pair", "parties") or not m.actors:
            return None
        first = self._list_start(s, m)
        if not any(sp.end <= first.start and first.start - sp.end <= 8 and
                   any(f.cue.label == "welcomes" for f in fs) for sp, fs in s.cues):
            return None
        grp = self._group(s, first, m.end)
        return Holder(self._actors(grp), s.span(first.start, m.end), first.person, "genitive",
                      m.end)

    def _efforts_owner(self, s: Sentence, start: int) -> Holder | None:
        """Arabic: the actors whose efforts or role a verbal noun at ``start`` completes
        («جهود مصر في الوساطة», «جهود الأردن ومصر والولايات المتحدة في رعايته», «دور قطر
        في تسهيل …»: words effort_nouns), else None."""
        own = s.mentions.get(start + 1)
        if self._bare(s.norms[start]) in self.effort_nouns and own is not None and \
                own.kind in ("name", "capital") and own.actors:
            # «ثمنت السعودية جهود مصر …»: the efforts named are the genitive's
            grp = self._group(s, own, s.end)
            return Holder(self._actors(grp), s.span(start, grp[-1].end), None, "genitive",
                          grp[-1].end)
        k = start - 1
        if k > s.start and s.norms[k] in self.in_preps and s.fulls[k] == s.norms[k]:
            k -= 1  # «… في الوساطة»
        elif not (s.fulls[start].startswith("ل") and s.norms[start] != s.fulls[start]):
            return None  # «… للوساطة»
        m = s.mention_ending_at(k + 1)
        if m is None or m.kind not in ("name", "capital", "adj") or not m.actors:
            return None
        first = self._list_start(s, m)
        b = first.start - 1
        if b < s.start or self._bare(s.norms[b]) not in self.effort_nouns:
            return None
        grp = self._group(s, first, m.end)
        return Holder(self._actors(grp), s.span(b, m.end), None, "genitive", m.end)

    def _named_verb_subject(self, s: Sentence, cues: list) -> Holder | None:
        """«عبد المهدي أجرى اتصالاً هاتفياً بالرئيس ترامب», «ترامب يعود إلى تويتر: …» (a live
        blog's entry, past its time and a label that names no one before a colon): a sentence
        that opens with an actor's name and then a verb that is none of our cues has that actor
        as its subject."""
        j = s.after_time()
        colon = next((k for k in range(j + 1, min(s.end, j + 6)) if s.texts[k] == ":"), None)
        if colon is not None and not any(x in s.mentions for x in range(j, colon)) and \
                all(s.texts[x].isalpha() for x in range(j, colon)):
            j = colon + 1  # «مكتب رئيس الوزراء: عبد المهدي أجرى …»
        m = s.mentions.get(j)
        if m is None or m.kind not in ("name", "person", "capital") or not m.actors or \
                m.end + 1 >= s.end:
            return None
        v = m.end
        if v in s.mentions or not s.texts[v].isalpha() or s.fulls[v].startswith(("ال", "و")) \
                or s.norms[v] in self.not_opening_verb or len(s.norms[v]) < 3 or \
                any(sp.start <= v < sp.end for sp, _ in cues) or \
                not any(sp.start > v for sp, _ in cues):
            return None
        grp = self._group(s, m, s.end)
        return Holder(self._actors(grp), m.text, m.person, "svo", grp[-1].end)

    def _titled_present_subject(self, s: Sentence, cues: list) -> Holder | None:
        """«وزير الخارجية المصري بدر عبد العاطي يجري اتصالاً هاتفياً بنظيره …» (a live blog's
        entry, a headline): an official's title, its state and name, then a present verb that
        is none of our cues, before the sentence's stance nouns: the official is the
        subject."""
        first = s.after_time()  # «16:30 – متحدث باسم الخارجية الأمريكية يؤكد …»
        if not cues or s.norms[first] not in self.heads:
            return None
        for v in range(first + 2, min(s.end, first + 12)):
            if s.fulls[v].startswith(("ي", "ت")) and s.fulls[v].isalpha() and \
                    not any(sp.start == v for sp, _ in cues) and \
                    any(sp.start > v for sp, _ in cues):
                h = self._svo(s, v, "3m" if s.fulls[v].startswith("ي") else "3f")
                if h is not None and h.actors:
                    return h
            elif s.fulls[v].isalpha() and v not in s.mentions and \
                    not s.fulls[v].startswith(("ال", "و", "ب", "ل", "ف")) and \
                    s.norms[v] not in self.not_opening_verb and len(s.norms[v]) >= 3 and \
                    not any(sp.start <= v < sp.end for sp, _ in cues) and \
                    any(sp.start > v for sp, _ in cues) and v - 1 in s.by_last_token() and \
                    not any(first <= sp.start < v for sp, _ in cues) and \
                    not any(s.texts[x] in {":", "،", ","} for x in range(first, v)):
                # «وزير الخارجية المولدوفي أجرى اتصالاً هاتفياً بنظيره …»: a past verb right
                # after the title's state or the official's name
                h = self._svo(s, v, "3f" if s.norms[v].endswith("ت") else "3m")
                if h is not None and h.actors and h.np_end in (None, v):
                    return h
        return None

    def _verb_subject_at(self, s: Sentence, j: int, cues: list, ctx: Context) -> Holder | None:
        """The actor right after the verb at token ``j`` that opens a clause, when that verb
        is none of our cues (see _opening_verb_subject)."""
        if j + 1 >= s.end or j in s.mentions or any(
                # («وطلب مندوب تشاد الكلمة»: a masdar reading of the opening verb is no cue)
                sp.start == j and any(f.tag != "n" for f in fs) for sp, fs in cues):
            return None
        first = s.norms[j]
        if j == s.after_time() and first == s.fulls[j] and first[:1] in PROCLITIC_CONJ and \
                len(first) > 4:
            # «وتقطع الحكومة …»: a verb the vocabulary does not know keeps its «و» in its
            # reading; its person is that of the verb after it
            first = first[1:]
        closed = self.not_opening_verb
        if not s.fulls[j].isalpha() or first in closed or \
                len(first) < 3 and "\u0651" not in s.texts[j]:
            return None  # a two-letter verb only with its shadda written («وردّ»)
        return self._subject_after_verb_ar(s, j, first, ctx)

    def _subject_after_verb_ar(self, s: Sentence, j: int, verb: str, ctx: Context
                               ) -> Holder | None:
        """Arabic: the subject right after the verb at token ``j`` whose reading is
        ``verb``, in the person the verb's form gives."""
        # «قطعت الجزائر …» (past) and «تنظر الجزائر …» (present) are feminine
        tag = "3f" if verb.endswith("ت") or verb.startswith("ت") and len(verb) > 3 else "3m"
        h = self._vso(s, j + 1, tag, ctx)
        if h is None and tag == "3f" and not verb.endswith("ت"):
            # «تلقى», «تعهّد»: the past of a تفعّل/تفاعل verb is masculine, not a present
            h = self._vso(s, j + 1, "3m", ctx)
        return h

    def _government_and_side_en(self, s: Sentence, k: int, ctx: Context,
                                speaker: Holder | None, holder: tuple[str, ...]
                                ) -> tuple[list[str], int] | None:
        """English: «between the government and the Houthis», «to bring the government and
        the Houthis together» (``k`` the token before the first side): a bare government named
        first is the speaker's («Al-Alimi praised the efforts of Oman to bring …»), when the
        speaker is no mediator and not the other side; the sides, then the token after them."""
        m = self._next_mention(s, k + 1, min(s.end, k + 6))
        if m is None or m.kind not in ("name", "adj", "capital"):
            return None
        words = [s.norms[x] for x in range(k + 1, m.start)]
        while words and words[-1] in self.articles:
            words.pop()  # «and the Houthis»
        if len(words) < 2 or words[-1] not in self.coord or \
                not any(w in self.new_rulers_en for w in words[:-1]) or \
                not all(w in self.articles or w in self.new_rulers_en for w in words[:-1]):
            return None
        # (not the dateline's state: «DOHA — … talks between the government and the Taliban»)
        own = speaker.actors[0] if speaker is not None and len(speaker.actors) == 1 else None
        if own is None or own in holder or own in m.actors:
            return None
        grp = self._group(s, m, s.end)
        return [own, *[a for a in self._flatten(grp, ctx, speaker) if a != own]], grp[-1].end

    def _targets(self, s: Sentence, begin: int, holder: tuple[str, ...], ctx: Context,
                 speaker: Holder | None, frame: str, stop: int) -> tuple[list[str], int | None]:
        limit = min(stop, begin + TARGET_WINDOW)
        if frame == "between":
            for k in range(begin, limit):
                if self.lang == "en" and s.norms[k] == "of" and k > begin and \
                        s.norms[k - 1] in self.meeting_of_nouns_en and \
                        (m := self._between_first(s, k)) is not None and m.kind != "pair":
                    # «hosted a meeting of the Congolese and Rwandan presidents»: two who
                    # meet (a meeting of three or more is a forum, rule 15)
                    sides = self._flatten(self._group(s, m, s.end), ctx, speaker)
                    if len(sides) == 2 and set(sides).isdisjoint(holder):
                        ctx.pair = tuple(sides)  # («… the two leaders thanked the emir»)
                        return sides, k
                if s.norms[k] in self.between:
                    if s.norms[k] in self.pair_refs and ctx.pair:
                        return list(ctx.pair), k  # «بينهما»
                    m = self._between_first(s, k)
                    if m is None and self.lang == "en" and (
                            gov := self._government_and_side_en(s, k, ctx, speaker, holder)):
                        return gov[0], k  # «between the government and the Houthis»
                    if m is not None:
                        if m.kind == "pair":  # «mediated between the two countries»
                            pair = self._resolve(m, ctx, speaker)
                            if set(pair).isdisjoint(holder):  # (not «talks between the two»)
                                pair = self._sides_not_met(m.start, pair, ctx, holder)
                            return list(pair), k
                        grp = self._group(s, m, s.end)
                        sides = self._flatten(grp, ctx, speaker)
                        if len(sides) < 2 and self.lang == "en":
                            # «between ECOWAS and the military authorities in Niamey»
                            sides = list(self._sides_with_heads(s, m) or sides)
                        return sides, k
            m = s.mentions.get(begin)
            if m is None and self.lang == "en" and (
                    gov := self._government_and_side_en(s, begin - 1, ctx, speaker, holder)):
                return gov  # «to bring the government and the Houthis together»
            if m is None and self.lang == "en":
                m = self._between_first(s, begin - 1)  # «convene the Government of Yemen and …»
            elif m is None and begin + 1 < limit and s.norms[begin] in self.heads:
                m = s.mentions.get(begin + 1)  # «لجمع الحكومة الإثيوبية والحكومة الإريترية»
            if m is not None and m.kind not in ("self", "land"):
                grp = self._group(s, m, s.end)
                # «دعا الوزيران إلى …»: the holders right after the verb are no sides
                actors = [a for a in self._flatten(grp, ctx, speaker) if a not in holder]
                if len(actors) < 2 and self.lang == "en":
                    # «brought together the Yemeni government and the Houthis»
                    actors = [a for a in self._sides_with_heads(s, m) or () if a not in holder]
                if len(actors) >= 2:  # «جمع بوتين وزيلينسكي حول طاولة واحدة»
                    return actors, grp[-1].end
            return [], None
        if self.lang == "ar" and begin + 1 < stop and s.norms[begin] in self.patronymics:
            # «استقبل الأمير فيصل بن فرحان بن عبدالله وزير الخارجية، في مقر الوزارة …،
            # معالي وزير خارجية …»: the rest of the subject's name and its title
            while begin + 1 < stop and s.norms[begin] in self.patronymics:
                begin += 2
            while begin < stop and begin not in s.mentions and (
                    s.norms[begin] in self.heads or s.norms[begin] in self.fillers):
                begin += 1
            limit = min(stop, begin + TARGET_WINDOW)
        # «وأدان عبد اللهيان، في تصريحات أدلى بها في نيويورك …، هذه الضربات»
        after = self._after_circumstance(s, begin, 25)
        k = begin if after is None else after  # an unclosed clause: read on from the cue
        if k != begin:
            limit = min(stop, k + TARGET_WINDOW)
        while k < limit:
            m = s.mentions.get(k)
            if m is None:
                if self.lang == "en" and k > begin and s.norms[k - 1] == "with" and \
                        s.norms[k] in ("it", "them") and \
                        (before := self._previous_actor(s, k, holder)):
                    # «Algeria is our strategic partner, and we intend to deepen cooperation
                    # with it»: the actor just named
                    return before, k
                if self.lang == "en" and s.norms[k] in self.patient_acts_en and k + 2 < s.end and \
                        s.norms[k + 1] == "to" and k + 2 not in s.mentions:
                    # «rejected any attempt to displace the Palestinian population»: who
                    # comes after the act is its patient (its agent stands before: «Israeli
                    # plans to …»)
                    break
                if self.lang == "en" and k > begin and s.texts[k - 1] == "," and (
                        s.norms[k] in self.relatives_en or
                        # «Doha condemned the plan, as did the foreign ministry in Ankara»
                        s.norms[k] == "as" and k + 1 < s.end and
                        s.norms[k + 1] in self.as_did_en):
                    # «condemned the bombing, which Iran also denounced»: a relative clause
                    # about the object names no one the stance is toward (its subject holds
                    # a stance of its own; a victim is none)
                    break
                if self.lang == "en" and k > begin and s.texts[k] == "," and \
                        self._reporter_after_en(s, k + 1):  # type: ignore[attr-defined]
                    # «Ukraine has every right to strike targets in Russia, the United States
                    # said»: the one who reports the clause is none of its objects
                    break
                if self.lang == "en" and k > begin + 1 and s.texts[k] == "," and \
                        k + 2 < s.end and s.norms[k + 1] in ("and", "but", "while") and \
                        (k + 2) in s.mentions and s.texts[begin].isalpha() and \
                        not any(x in s.mentions for x in range(begin, k)) and \
                        self._clause_subject_at_en(s, s.mentions[k + 2]):
                    # «welcomed the reopening, and African Union Commission chairperson …
                    # praised …»: past the object, «, and» with a new actor opens a clause
                    break
                k += 1
                continue
            if m.kind in ("self", "land") or self._is_location(s, m) or \
                    self.lang == "en" and self._backer_en(s, m) or self._victim(s, m) or \
                    self.lang == "ar" and self._portfolio(s, m) or self._requester(s, m):
                k = m.end
                continue
            if self._forum(s, m):
                # «strengthen cooperation within BRICS, the SCO and the G20», «في إطار مجموعة
                # بريكس»: the forum where they cooperate is no partner, nor the ones listed
                # with it
                k = self._group(s, m, s.end)[-1].end
                continue
            resolved = self._resolve(m, ctx, speaker, holder)
            if not resolved or set(resolved) <= set(holder):
                k = m.end
                continue
            grp = self._group(s, m, s.end)
            found = self._flatten(grp, ctx, speaker)
            if m.start == begin and found and set(found) <= set(holder):
                # «ومعلنا تضامن البلدين الكامل مع …» (holders: the two): the holders' own
                # mention right after the cue is its subject, no target; the object is
                # further on
                k = grp[-1].end
                continue
            if len(found) < 2 and self.lang == "en" and m.start > s.start and \
                    s.norms[m.start - 1] in self.between:
                found = list(self._sides_with_heads(s, m) or found)  # «between X and the …»
            if self.lang == "en" and m.kind in ("adj", "name") and \
                    (m2 := self._dash_partner(s, m)) is not None and m2.end < s.end and (s.norms[m2.end] in self.draft_nouns or
                                        s.norms[m2.end] in self.reported_acts_en):  # type: ignore[attr-defined]
                # «rejected the French–Emirati draft», «condemned the US-Israeli strikes»: the
                # act of both
                found += [a for a in m2.actors if a not in found and a not in holder]
            return found, m.start
        return [], None

    @staticmethod
    def _dash_partner(s: Sentence, m: Mention) -> Mention | None:
        """The state adjective joined to mention ``m`` by a dash right after it («the
        French–Emirati draft», «the US-Israeli strikes», «the Russian–Turkish agreement»)."""
        if m.end + 1 < s.end and s.texts[m.end] in NAME_DASHES and \
                (m2 := s.mentions.get(m.end + 1)) is not None and m2.kind == "adj":
            return m2
        return None

    def _requester(self, s: Sentence, m: Mention) -> bool:
        """Whether ``m`` is the one who asked for the meeting or session («met in closed
        consultations at the request of the United Kingdom», «بطلب من»: words
        requester_links): no partner or target of the stance."""
        end = m.start - (m.start > s.start and s.norms[m.start - 1] in self.articles)
        return any(tuple(s.norms[end - n:end]) in self.requester_links
                   for n in (2, 3, 4) if end - n >= s.start)

    def _clause_subject_at_en(self, s: Sentence, m: Mention) -> bool:
        """English: whether the actor ``m`` is followed, past an official's title and name
        (capitalised words), by a stance verb of our cues: the subject of a new clause."""
        k = m.end
        while k < min(s.end, m.end + 8) and (s.texts[k][:1].isupper() or
                                             s.norms[k] in self.heads or
                                             s.norms[k] in self.fillers or s.texts[k] == "'s"):
            k += 1
        return any(sp.start == k for sp, _ in s.cues)

    def _gathered(self, s: Sentence, start: int, end: int, ctx: Context
                  ) -> tuple[Holder | None, list[str]]:
        """Arabic rule 15: «فاللقاء الذي جمعه بولي العهد السعودي», «لقاء جمع الرئيس
        اللبناني بنظيره السوري»: a meeting that brought one actor together with another
        (the verb's object, or its pronoun's antecedent, and the one after «ب» or «مع»):
        the first as holder, the second as partner (the talks go both ways)."""
        pronoun = self._object_pronoun(s, start)
        k = end
        if pronoun:
            first = self._previous_actor(s, start, ())
        else:
            while k < min(s.end, end + 4) and k not in s.mentions and (
                    s.norms[k] in self.heads or s.norms[k] in self.fillers):
                k += 1
            m = s.mentions.get(k)
            first = list(m.actors) if m is not None and m.kind in (
                "name", "capital", "adj", "person") else []
            k = m.end if m is not None else k
        second: list[str] = []
        for j in range(k, min(s.end, k + 8)):
            if s.fulls[j].startswith("ب") and s.norms[j] != s.fulls[j] or \
                    s.norms[j] in self.with_:
                x = j + 1 if s.norms[j] in self.with_ else j
                while x < min(s.end, j + 5) and x not in s.mentions and (
                        s.norms[x] in self.heads or s.norms[x] in self.fillers):
                    x += 1  # «بولي العهد السعودي»
                m2 = s.mentions.get(x)
                if m2 is not None and m2.kind in ("name", "capital", "adj", "person"):
                    second = [a for a in m2.actors if a not in first]
                break
        if pronoun and not first and second:
            # «… جوزاف عون … . فاللقاء الذي جمعه بولي العهد السعودي»: the official named
            # last before this sentence's partner
            first = next(([a] for a in reversed(ctx.persons) if a not in second), [])
        if not first or not second:
            return None, []
        return Holder(tuple(first), s.texts[start], None, "gathered"), second

    def _likewise_ar(self, s: Sentence, end: int, holder: tuple[str, ...]) -> tuple[str, ...]:
        """Arabic: «وأدانت قطر التصعيد، وكذلك فعلت تركيا», «كما فعلت مصر»: the actors
        right after a verb of doing likewise (words likewise_words before did_verbs) later in
        the sentence hold the cue's stance too (rule 4)."""
        if s.words().isdisjoint(self.did_verbs):
            return ()
        for k in range(end + 1, s.end - 1):
            if s.norms[k] not in self.did_verbs or s.norms[k - 1] not in self.likewise_words:
                continue
            m = s.mentions.get(k + 1)
            if m is None or m.kind not in ("name", "capital", "adj", "person"):
                return ()
            return tuple(a for a in self._actors(self._group(s, m, s.end)) if a not in holder)
        return ()

    def _on_behalf_ar(self, s: Sentence, start: int) -> tuple[str, ...]:
        """«وتلت المندوبة الأمريكية بياناً مشتركاً باسم ألبانيا وفرنسا واليابان …، أدان …»,
        «نيابة عن المجموعة العربية»: the actors listed right after a behalf opener (words
        behalf_openers) before the cue at ``start``, or in an aside after it («وحذّر ممثل
        مالي، متحدثا أيضا باسم بوركينا فاسو، …»: words behalf_speakers), hold its stance with
        the speaker (rule 2); not the body after a spokesman's «باسم» («المتحدث باسم حماس»)."""
        if s.words().isdisjoint(self.behalf_firsts):
            return ()
        for k in range(s.start + 1, min(s.end - 1, start + 12)):
            if s.norms[k] not in self.behalf_firsts or s.norms[k - 1] in self.heads:
                continue
            if k > start and not (s.norms[k - 1] in self.behalf_speakers or
                                  s.norms[k - 2] in self.behalf_speakers):
                continue  # after the cue, only an aside «، متحدثا (أيضا) باسم …،»
            j = self._phrase_end(s.norms, k, self.behalf_openers)
            m = s.mentions.get(j) if j is not None else None
            if m is None and j is not None:
                # «باسم مجموعة "A3 بلس" التي تضم الجزائر وموزمبيق وسيراليون وغيانا»: a group
                # the gazetteer does not know, its members listed after a verb of containing
                c = next((x for x in range(j, min(s.end - 1, j + 8))
                          if s.norms[x] in self.containing_verbs), None)
                m = s.mentions.get(c + 1) if c is not None else None
            if m is None or m.kind not in ("name", "capital", "adj"):
                continue
            grp = self._group(s, m, start)
            if not any(self._conj_prefixed(s, g.start) for g in grp[1:]):
                # «متحدثا أيضا باسم بوركينا فاسو، المجموعة الاقتصادية …»: with no «و» in
                # it, what follows a comma is no member of the list
                grp = grp[:1]
            return tuple(dict.fromkeys(a for g in grp if g.kind in ("name", "capital", "adj")
                                       for a in g.actors))
        return ()

    def _portfolio(self, s: Sentence, m: Mention) -> bool:
        """Whether the organisation ``m`` is part of an official's portfolio, in a title that
        a state's adjective closes: «وزير الشؤون الخارجية والاتحاد الأوروبي والتعاون
        الإسباني» is Spain's minister, not the EU."""
        if m.kind != "name" or not m.text.startswith("و") or m.start - 2 < s.start:
            return False  # a portfolio coordinated with one before it («والاتحاد الأوروبي»)
        j = m.start - 2
        while j >= max(s.start, m.start - 4) and j not in s.mentions and s.fulls[j].isalpha():
            if s.norms[j] in self.heads:
                break
            j -= 1
        else:
            return False
        if j < s.start or s.norms[j] not in self.heads:
            return False
        for k in range(m.end, min(s.end, m.end + 4)):
            if not s.fulls[k].isalpha() or not s.fulls[k].startswith(("و", "ال")):
                return False
            if k in s.mentions:
                return s.mentions[k].kind == "adj" and s.mentions[k].actors != m.actors
        return False

    def _forum(self, s: Sentence, m: Mention) -> bool:
        """Whether the organisation ``m`` is named as the forum of the stance («within BRICS»,
        «ضمن مجموعة بريكس», «في إطار منظمة شنغهاي»)."""
        j = m.start - 1
        while j > s.start and s.norms[j] in self.articles and self.lang == "en":
            j -= 1
        if j < s.start or not self.org_ids.issuperset(m.actors):
            return False
        if s.norms[j] in self.forum_preps:
            return True
        return j > s.start and (s.norms[j - 1], s.norms[j]) in self.forum_pairs

    def _victim(self, s: Sentence, m: Mention) -> bool:
        """Whether the actor ``m`` is named as the victim of an act of force right before it
        («the attack on Israel», «strikes on Syria», «الهجوم على إسرائيل», «الغارات
        الإسرائيلية على سوريا»): a stance toward the act is toward its author (rule 11)."""
        j = m.start - 1
        if j > s.start and s.norms[j] in self.targeting_verbs and s.norms[j - 1] in self.relative:
            return True  # «الهجوم الذي استهدف إسرائيل», "the attack that targeted Israel"
        if self._harmed(s, j):
            return True  # «the killing of Iranian diplomats», «مقتل دبلوماسيين إيرانيين»
        if any(s.norms[k] in self.interference_words and
               not any(s.texts[x] in {",", "،", ";"} for x in range(k, m.start)) and
               any(s.norms[x] in self.in_preps for x in range(k + 1, m.start))
               for k in range(max(s.start, m.start - 6), m.start)):
            # «rejection of any interference in Syria's internal affairs», «رفض أي تدخل خارجي
            # في الشؤون الداخلية للسودان»: the state interfered with, not the interferer
            return True
        if any(s.norms[k] in self.violation_nouns and
               not any(s.texts[x] in {",", "،", ";"} or x in s.mentions
                       for x in range(k + 1, m.start)) and
               # (what is violated comes after «ل» or «of»; «انتهاك روسيا للمجال الجوي» and
               # «Russia's violation» name the violator)
               any(s.norms[x] == "of" if self.lang == "en" else
                   s.fulls[x].startswith("ل") and len(s.fulls[x]) > 3
                   for x in range(k + 1, m.start + 1))
               for k in range(max(s.start, m.start - 4), m.start)):
            # «بوصفها انتهاكاً لقرارات مجلس الأمن», "a violation of Security Council
            # resolutions": the one whose resolutions or rights are violated
            return True
        if j <= s.start or s.norms[j] not in self.against:
            return False
        # the act noun, perhaps followed by its author's adjective or a word of manner
        for k in range(j - 1, max(s.start, j - 4) - 1, -1):
            if s.norms[k] in self.force_nouns or s.norms[k] in self.force_phrase_ends:
                return True
            if k in s.mentions and s.mentions[k].kind != "adj" or \
                    s.texts[k] in {",", "،", ".", ";"}:
                return False
        return False

    def _harmed(self, s: Sentence, j: int) -> bool:
        """Whether the actor after token ``j`` is the one a noun of killing or abduction
        (words harm_nouns) harms: «the killing of (the) Iranian diplomats», «مقتل المواطنين
        الإيرانيين», «اغتيال دبلوماسيين أتراك»; a stance toward the act is toward its author
        (rule 11), never the victim."""
        k = j
        if self.lang == "en":
            while k > s.start and s.norms[k] in self.articles:
                k -= 1
            if k > s.start and s.norms[k] == "of" and s.norms[k - 1] in self.harm_nouns:
                return True
            # «the assassination in Tehran last month of the head of Hamas's political
            # bureau»: the one harmed may follow a place, a time and a title
            if k <= s.start or s.norms[k] != "of":
                return False  # («the killing of civilians by Israeli forces»: its author)
            h = next((x for x in range(k - 1, max(s.start, k - 12) - 1, -1)
                      if s.norms[x] in self.harm_nouns), None)
            return h is not None and not any(
                s.texts[x] in {",", ";", ":"} or x in s.finite_cue_tokens()
                for x in range(h + 1, k + 1))
        if k >= s.start and s.norms[k] in self.harm_nouns:
            return True
        if k - 1 >= s.start and k not in s.mentions and s.norms[k - 1] in self.harm_nouns:
            return True
        # «اغتيال رئيس المكتب السياسي لحركة حماس»: past the title of the one killed
        lo = max(s.start, k - 5)
        while k > lo and k not in s.mentions and (
                s.norms[k] in self.heads or s.fulls[k].startswith("ال")):
            k -= 1
        return k < j and s.norms[k] in self.harm_nouns

    def _after_circumstance(self, s: Sentence, j: int, reach: int) -> int | None:
        """Where the argument starts when token ``j`` opens a circumstance set off by commas
        («، في تصريحات أدلى بها …،»): the token after the closing comma, or None when no comma
        closes it within ``reach`` tokens. ``j`` itself when it opens no such clause."""
        if not (j + 1 < s.end and s.texts[j] in {"،", ","}):
            return j
        if j + 2 < s.end and s.norms[j + 1] in self.manner and s.texts[j + 2] in {"،", ","}:
            return j + 3  # «طالبت الحكومة الأردنية، الاثنين، إسرائيل بـ…»
        if s.norms[j + 1] not in self.circumstance and not (
                # «ويدعو القرار، الذي صاغته الولايات المتحدة، المغرب …»: a relative clause
                # on the subject, set off by commas
                self.lang == "ar" and s.norms[j + 1] in self.relative):
            return j
        close = next((k for k in range(j + 2, min(s.end, j + reach))
                      if s.texts[k] in {"،", ","}), None)
        return None if close is None else close + 1

    def _asked_of_en(self, s: Sentence, j: int) -> Mention | None:
        """English: «demanded an apology from the Chinese government», «sought assurances
        from Tehran»: the one a thing is asked of, named after «from»."""
        k = j + (j < s.end and s.norms[j] in self.articles)
        if k + 2 >= s.end or s.norms[k] not in self.asked_of_nouns_en:
            return None
        k += 1
        if s.norms[k] != "from":
            return None
        k += 1
        while k < s.end and s.norms[k] in self.articles:
            k += 1
        if k < s.end and k not in s.mentions and s.texts[k].isalpha() and \
                s.texts[k][:1].isupper() and k + 1 in s.mentions:
            k += 1  # («from Beijing», «from the Chinese government»)
        m = s.mentions.get(k)
        return m if m is not None and m.kind in ("name", "adj", "capital", "person") else None

    @staticmethod
    def _past_quotes(s: Sentence, k: int) -> int:
        """The first token from ``k`` that is no quotation mark."""
        while k < s.end and s.texts[k] in QUOTES:
            k += 1
        return k

    def _past_date_ar(self, s: Sentence, j: int) -> int:
        """Arabic: the token after a date of two words at ``j`` («يوم الاثنين», «مساء أمس»,
        «الشهر الماضي», «الأسبوع الجاري»), else ``j``."""
        if self.lang != "ar" or j + 1 >= s.end:
            return j
        if s.norms[j] in self.time_heads and s.norms[j + 1] in self.manner or \
                s.norms[j] in self.period_nouns and s.norms[j + 1] in self.period_markers:
            return j + 2
        return j

    def _titled_owner_ar(self, s: Sentence, m: Mention) -> bool:
        """Arabic: whether ``m`` is the body a title before it belongs to, joined by «ل»
        («الأمين العام للأمم المتحدة يدين», «الأمين العام لجامعة الدول العربية يدعو»): the
        verb agrees with the title, not with the body."""
        # («لجامعة الدول العربية»: a name the vocabulary reads whole, its «ل» kept)
        return self.lang == "ar" and m.kind == "name" and (
            self._prep_clitic(s, m.start) == "ل" or s.fulls[m.start].startswith("ل")) and \
            any(s.norms[k] in self.heads for k in range(max(s.start, m.start - 3), m.start))

    def _asked_before_act(self, s: Sentence, m: Mention) -> bool:
        """Arabic: whether the names of ``m`` (and those listed with it) stand right before
        what is asked of them, «إلى …» or a masdar with «ب» («إسرائيل بالإفراج عن …»)."""
        if m.kind not in ("name", "capital"):
            return False
        e = self._past_quotes(s, self._group(s, m, s.end)[-1].end)
        return e < s.end and (s.norms[e] in self.asked_act_preps or s.fulls[e].startswith("ب") and (
            s.norms[e] != s.fulls[e] or s.fulls[e].startswith("بال")))

    def _addressee(self, s: Sentence, j: int) -> Mention | None:
        """The actor an appeal is addressed to: right after the cue, or an adjective after
        its head noun (الشركاء الأتراك، the Turkish side)."""
        # «ودعا الوزير، في مقابلة مع وكالة بلومبيرغ، دول مجلس التعاون …»
        after = self._after_circumstance(s, j, 20)
        if after is None:
            return None
        j = after
        while j < s.end:
            # «وتطالب «قسد» بتسليم …», «نحث بشدة جميع الأطراف», «طالب الشهر الماضي واشنطن»
            dated = self._past_date_ar(s, j)
            if dated > j:
                j = dated
            elif s.texts[j] in QUOTES or s.norms[j] in self.manner:
                j += 1
            else:
                break
        if self.lang == "en":
            m = self._addressee_np_en(s, j)  # «urged the US», «the government of India»
            if m is not None:
                return m
            m = self._asked_of_en(s, j)  # «demanded an apology from the Chinese government»
            if m is not None:
                return m
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
                if (m := s.mentions.get(k)) is not None and \
                        s.norms[k - 1] not in self.venue_preps and self._asked_before_act(s, m):
                    # «ودعت كينيا في بيان رواندا وأوغندا إلى مواصلة الحوار»: the names right
                    # before what is asked are the ones asked
                    return m
            if j + 1 < s.end and s.norms[j + 1] in self.said_in_nouns:
                # «دعت تركيا في بيان صادر عن وزارة الخارجية إسرائيل إلى ضبط النفس»: past the
                # statement's issuer, the names right before what is asked
                for k in range(j + 2, min(s.end, j + 12)):
                    if s.texts[k] in {"،", ",", ":"} or k in s.doc.user_data["sg_content_starts"]:
                        break
                    if (m := s.mentions.get(k)) is not None and \
                            s.norms[k - 1] not in self.venue_preps and \
                            self._asked_before_act(s, m):
                        return m
            return None
        if self.lang == "en":
            return None  # an English adjective stands before its noun («after Israeli attack»)
        if j + 2 < s.end and s.norms[j] in self.comp and j + 1 not in s.mentions:
            # «شدد على ضرورة أن توقف الولايات المتحدة …»: the subject of the clause that
            # says what must be done is the one asked to do it
            m = s.mentions.get(j + 2)
            if m is not None and m.kind not in ("self", "land"):
                return m
        if j + 2 < s.end and (s.norms[j] in self.heads or s.norms[j] in self.authority_bodies):
            # «السلطات في باماكو», «المسؤولين في دمشق», «السلطات الانتقالية في نيامي»,
            # «قادة الانقلاب في النيجر»: the state's
            k = j + 1
            while k < min(s.end, j + 3) and s.norms[k] in self.authority_modifiers:
                k += 1
            if (k > j + 1 or s.norms[j] in self.heads) and k + 1 < s.end and \
                    s.norms[k] in self.in_preps:
                m = s.mentions.get(k + 1)
                if m is not None and m.kind in ("name", "capital", "seat"):
                    return m
        contents = s.doc.user_data["sg_content_starts"]
        for k in range(j, min(s.end, j + 3)):
            if k in contents or s.norms[k] in self.prepositions or \
                    s.texts[k] in {"،", ",", ":"}:
                return None
            m = s.mentions.get(k + 1)
            if m is not None:
                # «الجانب التركي», «الأمين العام للأمم المتحدة»: a title and its actor
                return m if m.kind in ("adj", "pair") or \
                    s.norms[k] in self.heads or s.norms[k] in self.fillers else None
        return None

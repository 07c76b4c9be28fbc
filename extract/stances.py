"""Stage 4 — the sentence rules as one spaCy component (``sg_stances``).

The stages of the rule layer are mixins, each in its own module and each building on the one
before: mentions (extract/mentions.py) → cues (extract/cues.py) → English clauses
(extract/clause_en.py) → clause arguments (extract/arguments.py) → frames (extract/frames.py)
→ attribution (extract/attribution.py).
This module runs them sentence by sentence over the article blocks of a Doc and leaves the
records, the sentences and the document context in ``doc.user_data`` for the discourse stage
(extract/discourse.py). extract/pipeline.py fixes the order of the components.

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
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from extract.attribution import AttributionRules
from extract.clean import Block
from extract.normalize import normalize
from extract.record import Document, Stance
from extract.sentence import (
    ACTOR_LABEL,
    ANSWER_LABEL,
    OPEN_QUOTES,
    QUOTES,
    SENT_END,
    Context,
    Holder,
    Mention,
    Sentence,
)

# the dashes of a wire's dateline («دمشق - سانا», «MADRID, June 28 (Reuters) -»)
DATELINE_DASHES = frozenset({"-", "–", "—", "--"})
QUESTION_MARKS = frozenset({"?", "؟"})  # the end of an interview's question


class Extractor(AttributionRules):
    """The sentence rules of one language."""

    def run(self, doc: Doc, document: Document, base: int, blocks: list[Block]) -> None:
        """Read every sentence of the article blocks of ``doc`` (which starts at character
        ``base`` of the document) and leave records, sentences and context in user_data."""
        ctx = Context()
        out: list[Stance] = []
        sentences: list[Sentence] = []
        mentions = self._mentions(doc, document.date)
        if self.lang == "en":
            self._name_mentions_en(doc, mentions)
            self._group_mentions_en(doc, mentions)
            self._place_in_name_en(doc, mentions)
        norms = doc.user_data["sg_norms"]
        texts = doc.user_data["sg_texts"]
        starts = doc.user_data["sg_starts"]
        fulls = doc.user_data["sg_fulls"]
        keys = sorted(mentions)
        cues = doc._.sg.cues
        cue_starts = [sp.start for sp, _ in cues]
        contents = doc._.sg.content
        content_starts = [sp.start for sp, _ in contents]
        # a briefing transcript: «Spokesperson: …» answers for the host the heading names,
        # «Reuters: …» asks; sentence index → the kind of label its block opens with
        labels: dict[int, str] = {}
        host: str | None = None
        guest = self._guest_en(mentions, keys, norms) if self.lang == "en" else \
            self._interviewee(mentions, keys, norms)
        asked = False  # the block before ended with a question (an interview's)
        for block in blocks:
            t0 = bisect_left(starts, block.start - base)
            t1 = bisect_left(starts, block.end - base)
            raw = t0  # where the sentence began before its dateline was skipped
            if self.lang == "en":
                if block is blocks[0] and t1 > t0 and (block.headline or
                                                       texts[t1 - 1] not in SENT_END):
                    # the heading: «Foreign Ministry Spokesperson's Regular Press
                    # Conference, Beijing, June 13»
                    host = next((m.actors[0] for k in keys[bisect_left(keys, t0):
                                                           bisect_left(keys, t1)]
                                 if (m := mentions[k]).kind in ("capital", "name") and
                                 len(m.actors) == 1), None)
                label = self._speaker_label_en(texts, norms, mentions, t0, t1)
                if label:
                    labels[len(sentences)] = label
            elif t0 + 1 < t1 and texts[t0 + 1] == ":" and (
                    norms[t0] in self.answer_labels or norms[t0] in self.question_labels):
                # «س: … ما تعليقكم؟» asks, «ج: نحن نرفض …» answers for the wire's state
                labels[len(sentences)] = "answer" if norms[t0] in self.answer_labels \
                    else "question"
            elif t0 + 1 < t1 and texts[t0 + 1] == ":" and (
                    (t0 not in mentions or mentions[t0].kind == "person") and
                    (who := self._named_answerer(mentions, keys, norms[t0], t0)) is not None or
                    # «بروس:» after «… تامي بروس»: the written name, which its clitic-free
                    # reading would make a state («بـ» + «روس»)
                    self.lang == "ar" and t0 in mentions and
                    (who := self._named_answerer(mentions, keys, normalize(texts[t0]), t0))
                    is not None):
                if t0 in mentions and mentions[t0].kind != "person":
                    del mentions[t0]  # (the label is the answerer's name, no state named)
                    keys.remove(t0)
                # «وانغ: نرفض …» after «المتحدث باسم الخارجية الصينية وانغ ون بين»: the
                # spokesman named before answers for his state
                labels[len(sentences)] = ANSWER_LABEL + who
            question = guest is not None and t1 > t0 and texts[t1 - 1] in QUESTION_MARKS
            if guest is not None and t1 > t0 and len(sentences) not in labels:
                # an interview without labels: a paragraph that ends with a question asks;
                # the paragraph after it is the guest's answer
                if question:
                    labels[len(sentences)] = "question"
                elif asked:
                    labels[len(sentences)] = ANSWER_LABEL + guest
            asked = question
            in_question = False  # English: a question inside the block, its answer after it
            opened_before = False  # the sentence before ended with the answer's opening mark
            for s0, s1 in self._sentences(texts, t0, t1):
                if self.lang == "en" and guest is not None and s1 - s0 > 1:
                    # «Was Friday's deal worth the price? "Yes. …"»: a question and its
                    # quoted answer in one paragraph of an interview (the answer's opening
                    # mark may close the question's sentence)
                    opened = texts[s1 - 1] in OPEN_QUOTES and texts[s1 - 2] in QUESTION_MARKS
                    if in_question and (opened_before or texts[s0] in OPEN_QUOTES):
                        labels.setdefault(len(sentences), ANSWER_LABEL + guest)
                        in_question = False
                    if (texts[s1 - 1] in QUESTION_MARKS or opened) and \
                            texts[s0] not in OPEN_QUOTES:
                        labels.setdefault(len(sentences), "question")
                        in_question = True
                    opened_before = opened
                if self.lang == "en":
                    d0 = self._dateline_en(doc, s0, s1)
                    named = next((m.actors[0] for k in
                                  keys[bisect_left(keys, raw):bisect_left(keys, d0)]
                                  if (m := mentions[k]).kind in ("capital", "name")
                                  and len(m.actors) == 1), None) if d0 > raw else None
                    if ctx.home is None and d0 > raw and len(sentences) < 3:
                        # «NEW DELHI: …», «ABUJA — …»: the wire's own state, which its
                        # unnamed ministry and government speak for
                        ctx.home = named
                    elif named is not None and raw == t0 and sentences:
                        # a roundup's paragraph «PAKISTAN - The foreign office accused …»:
                        # the state its label names speaks for the paragraph's bare titles
                        labels[len(sentences)] = ACTOR_LABEL + named
                    s0 = d0
                raw = s1
                # the rules read one sentence: give it its own mentions and cues
                local = {k: mentions[k] for k in
                         keys[bisect_left(keys, s0):bisect_left(keys, s1)]}
                here = cues[bisect_left(cue_starts, s0):bisect_left(cue_starts, s1)]
                said = contents[bisect_left(content_starts, s0):bisect_left(content_starts, s1)]
                sentences.append(Sentence(doc, s0, s1, base, local, norms, texts, here,
                                          starts[s0] + base, fulls, said,
                                          previous=sentences[-1] if sentences else None))
        if self.lang == "en":
            self._open_quotes_en(doc, sentences, ctx)
        elif doc.user_data["sg_dateline"] is not None:
            first = bisect_left(starts, doc.user_data["sg_dateline"])
            ctx.home = self._dateline_home(texts, mentions, first, norms)
            self._home_heads(ctx)
        # (who a spokesman named first is matters only to a transcript's unnamed answers)
        # (an interview's guest before a spokesman its questions quote: «سؤال: المتحدثة باسم
        # الخارجية الروسية ماريا زاخاروفا وصفت قراركم …» asks the Polish minister; «Interview:
        # Kallas says …» then «A: …» answers for the EU)
        briefer = (guest or self._briefer(mentions, keys, norms, texts)) \
            if "answer" in labels.values() else None
        host = briefer or ctx.home or host
        if not any(v == "answer" or v.startswith(ANSWER_LABEL) for v in labels.values()):
            # «Note:», «Update:» alone make no transcript (a roundup's actor labels stay)
            labels = {k: v for k, v in labels.items() if v.startswith(ACTOR_LABEL)}
        out.extend(self._read(sentences, document, ctx, labels, host,
                              interview=guest is not None))
        if self.lang == "en" and self._en_state(doc).get("untitled"):
            home = self._home_actor_en(sentences)
            if home:
                # a readout whose publisher is named only later: read it again with that
                # publisher as the speaker its unnamed officials stand for
                state = self._en_state(doc)
                kept = ("doc_lists", "placed_lists", "pending_quote")
                keep: dict[str, Any] = {k: state[k] for k in kept if k in state}
                state.clear()
                state.update(keep, byline=home)
                ctx = Context(speaker=Holder(home, None, None, "byline"))
                out = self._read(sentences, document, ctx, labels, host)
        doc.user_data["sg_stances"] = out
        doc.user_data["sg_sentences"] = sentences
        doc.user_data["sg_context"] = ctx


    def _read(self, sentences: list[Sentence], document: Document, ctx: Context,
              labels: dict[int, str], host: str | None, interview: bool = False
              ) -> list[Stance]:
        """The records of the sentences, in order (``interview``: the article is an
        interview, whose lead before the first question is the outlet's)."""
        out: list[Stance] = []
        ctx.lead_act, ctx.lead_noun = self._lead_act(sentences[:2])
        ctx.lead_subject = self._lead_subject(sentences[:2])
        if self.lang == "en" and sentences and sentences[0].texts[sentences[0].end - 1] not in \
                SENT_END - {";"}:
            # (a headline of two halves, «Putin offers ceasefire …; Kyiv and its allies
            # dismiss an "ultimatum"», has its subject in the first)
            ctx.headline_subject = self._lead_subject(sentences[:1])
        lead = interview and "question" in labels.values()
        for i, s in enumerate(sentences):
            label = labels.get(i)
            lead = lead and label != "question"
            ctx.outlet_we = lead
            answers = host or ctx.protagonist  # («ج:» after a briefing the wire names no
            # place for: the actor of its first stance, the spokesman's state)
            if label is not None and label.startswith(ANSWER_LABEL):
                answers = label[len(ANSWER_LABEL):]
                label = "answer"
            if label == "answer" and answers is not None:
                ctx.asked = ctx.speaker.actors if ctx.speaker and not ctx.answering else ()
                # «Spokesperson: We reject …»: the host of the briefing speaks again
                ctx.speaker = Holder((answers,), s.texts[s.start], None, "byline")
                ctx.answering = True
                ctx.answerer = ctx.speaker
            elif label == "question":
                ctx.speaker = None  # «Reuters: … What is China's response?»
                ctx.answering = False
                ctx.answerer = None
            elif label is not None and label.startswith(ACTOR_LABEL):
                actor = label[len(ACTOR_LABEL):]  # «PAKISTAN - The foreign office …»
                ctx.speaker = Holder((actor,), s.texts[s.start], None, "byline")
            elif ctx.answering and ctx.answerer is not None:
                # every sentence of an answer is the answerer's word: a third party that
                # one of them had for subject («The U.S. has … used the treaty to threaten
                # China») is no new speaker
                ctx.speaker = ctx.answerer
            out.extend(self._sentence(s, document, ctx))
        return out

    def _briefer(self, mentions: dict[int, Mention], keys: list[int], norms: list[str],
                 texts: list[str]) -> str | None:
        """Arabic: the state or body of the first person the article names next to a
        spokesman's word («خصص ستيفان دوجاريك، المتحدث باسم الأمين العام …، إحاطته»): whom
        a transcript's unnamed «ج:» answers for, before the dateline's state (a UN briefing
        dated New York)."""
        if self.lang != "ar":
            return None
        for k in keys:
            m = mentions[k]
            if m.kind == "person" and len(m.actors) == 1 and any(
                    norms[x] in self.spokesman_words and
                    self._titled_by(m, x, mentions, keys, texts)
                    for x in range(max(0, m.start - 7), min(len(norms), m.end + 3))):
                return m.actors[0]
        return None

    def _guest_en(self, mentions: dict[int, Mention], keys: list[int],
                  norms: list[str]) -> str | None:
        """English: the actor of the first official named after a word of interview in the
        article's first lines («Interview: Kaja Kallas on …»; words interview_words): whom
        an interview's answers speak for, with «A:» labels or without."""
        k = next((i for i, n in enumerate(norms[:80]) if n in self.interview_words), None)
        if k is None:
            return None
        return next((mentions[j].actors[0] for j in keys if k < j < k + 40 and
                     len(mentions[j].actors) == 1 and (
                         mentions[j].kind == "person" or
                         # «Interview: Qatar's foreign minister on …»
                         mentions[j].kind in ("name", "adj") and any(
                             norms[x] in self.heads for x in range(
                                 mentions[j].end, min(len(norms), mentions[j].end + 4))))),
                    None)

    def _interviewee(self, mentions: dict[int, Mention], keys: list[int],
                     norms: list[str]) -> str | None:
        """Arabic: the actor of the first official the article names when its first lines
        call it an interview («حوار», «مقابلة»; words interview_words): whom the unnamed «ج:»
        answers speak for («التقت المجلة رئيس مفوضية الاتحاد الأفريقي محمود علي يوسف …»),
        before the dateline's state."""
        if self.lang != "ar" or not any(n in self.interview_words for n in norms[:60]):
            return None
        return next((mentions[k].actors[0] for k in keys if k < 120 and
                     mentions[k].kind == "person" and len(mentions[k].actors) == 1), None)

    @staticmethod
    def _titled_by(m: Mention, x: int, mentions: dict[int, Mention], keys: list[int],
                   texts: list[str]) -> bool:
        """Whether the word at ``x`` belongs to the title of the person ``m``: after the
        name, an apposition in the same paragraph («ستيفان دوجاريك، المتحدث باسم …»); before
        it, a title of words with no other actor named in it («المتحدث الرسمي باسم وزارة
        الخارجية القطرية ماجد الأنصاري»: past the ministry and its state's adjective)."""
        if x > m.start:
            return all(texts[j].isalpha() or texts[j] in {"،", ","} for j in range(m.end, x))
        return all(mentions[j].actors == m.actors for j in keys if x < j < m.start) and \
            all(texts[j].isalpha() for j in range(x + 1, m.start))

    @staticmethod
    def _named_answerer(mentions: dict[int, Mention], keys: list[int], word: str,
                        label: int) -> str | None:
        """The state of the person named before the label ``word`` at token ``label`` whose
        family name it is, first or last («وانغ:» after «وانغ ون بين», «زاخاروفا:» after
        «ماريا زاخاروفا»): a transcript's answer."""
        for k in keys[:bisect_left(keys, label)]:
            m = mentions[k]
            names = m.text.split()
            if m.kind == "person" and len(m.actors) == 1 and names and \
                    word in (normalize(names[0]), normalize(names[-1])):
                return m.actors[0]
        return None

    def _sentences(self, texts: list[str], first: int, stop: int) -> list[tuple[int, int]]:
        out = []
        start = first
        for i in range(first, stop):
            t = texts[i]
            # («الأردن وسوريا يتفقان على آلية.. وإسرائيل ترفض»: a headline's two dots end a
            # clause of its own)
            if t in SENT_END or t == ".." or \
                    (t in QUOTES and i > start and texts[i - 1] in SENT_END):
                if i + 1 < stop and (texts[i + 1] in QUOTES or texts[i + 1] == ")"):
                    continue
                out.append((start, i + 1))
                start = i + 1
        if start < stop:
            out.append((start, stop))
        return [(self._after_dateline(texts, a, b), b) for a, b in out]

    def _dateline_home(self, texts: list[str], mentions: dict[int, Mention],
                       first: int, norms: list[str]) -> str | None:
        """The state of a wire's dateline: a capital (or a state's name) among the first
        words where a dateline may stand (token ``first``), followed within five tokens by a
        dateline mark («دمشق - سانا», «القاهرة (أ ش أ)», «أبوظبي في 12 يونيو / وام /»).
        A dateline that opens with its outlet's name («نشرة أفريقيا الوسطى الإخبارية —
        كينشاسا، …») has its place after the dash."""
        if first < len(norms) and norms[first] in self.outlet_nouns:
            dash = next((j for j in range(first + 1, min(len(texts), first + 8))
                         if texts[j] in DATELINE_DASHES), None)
            if dash is None:
                return None
            first = dash + 1
        for k in range(first, min(len(texts), first + 4)):
            m = mentions.get(k)
            if m is None:
                continue
            if m.kind in ("capital", "name") and len(m.actors) == 1 and any(
                    texts[j] in self.dateline_marks
                    for j in range(m.end, min(len(texts), m.end + 5))):
                return m.actors[0]
            return None
        return None

    @staticmethod
    def _after_dateline(texts: list[str], a: int, b: int) -> int:
        """Skip a dateline: «MADRID, June 28 (Reuters) -», «دمشق (أ ف ب) -», «أبوظبي في 12
        يونيو / وام /»."""
        for k in range(a, min(b, a + 12)):
            if texts[k] in DATELINE_DASHES and k > a and texts[k - 1] == ")":
                return k + 1
            if texts[k] == ":" and a < k <= a + 4 and \
                    any(texts[j] in DATELINE_DASHES for j in range(a + 1, k - 1)):
                return k + 1  # «عمّان - بترا: أجرى …»: the agency after a dash, then a colon
            if texts[k] == "/" and k > a and k + 2 < b and texts[k + 1] != "/":
                # the agency's name between two slashes (one to three words)
                close = next((j for j in range(k + 2, min(b, k + 5)) if texts[j] == "/"), None)
                if close is not None:
                    return close + 1
        return a


class StanceComponent:
    """``sg_stances``: the sentence rules over a Doc made by ``extract.pipeline``."""

    def __init__(self, lang: str) -> None:
        self.rules = Extractor(lang)

    def __call__(self, doc: Doc) -> Doc:
        u = doc.user_data
        self.rules.run(doc, u["sg_document"], u["sg_base"], u["sg_blocks"])
        return doc


@Language.factory("sg_stances", default_config={"lang": "ar"})
def make_stances(nlp: Language, name: str, lang: str) -> StanceComponent:
    return StanceComponent(lang)


def extract_document(document: Document) -> list[Stance]:
    """Every stance record of one document (edges and non-edges)."""
    from extract.pipeline import run_stages

    return run_stages(document)

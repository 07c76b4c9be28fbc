"""What the sentence stages share: the sentence, its mentions, holders, the document
context, and the closed word lists every rule reads (loaded once per language)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from spacy.tokens import Doc

from extract.lexicon import Lexicon
from extract.nlp import PhraseTable, Resources, resources
from extract.normalize import normalize
from ontology.errors import StancegraphError

FINITE = {"3m", "3f", "3p", "1"}
MUTUAL = {"holds_talks", "agrees_with", "expresses_intent_to_meet",
          "expresses_intent_to_cooperate"}
CONDITIONAL_OK = {"threatens", "warns"}
# A reading of one cue: (type, holders, targets) and the last token it used, if any.
Reading = tuple[tuple[str, tuple[str, ...], list[str]], int | None]
CONFLICT = {"threatens", "warns", "accuses", "condemns", "demands_withdrawal"}
SENT_END = {".", "!", "?", "؟", "؛", ";"}
QUOTES = {'"', "«", "»", "“", "”"}
OPEN_QUOTES = {'"', "“", "«"}  # the marks a quotation may open with
# the label of a roundup paragraph that names its actor («PAKISTAN - …»), and of a
# transcript's answer by a named speaker («PRICE: …»), each then the actor id
ACTOR_LABEL = "actor:"
ANSWER_LABEL = "answer:"
TARGET_WINDOW = 14


NAME_DASHES = frozenset({"-", "–", "—"})  # a dash between two names: «the X-Y border»

# the gender field of a mention made of an act noun («the strikes» -> their author): it stands
# for its author as an object, and is coordinated with no actor («rejects the plan, and France
# condemned it»: the plan is no second subject)
ACT_MENTION = "act"


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
    # the last two actors that acted together (a dual subject, two who met or called): the
    # sides a pair word as subject stands for («أكد الجانبان» in a joint statement) after
    # another pair was named only as the object of their words («الوساطة بين روسيا وأوكرانيا»)
    agents: tuple[str, ...] | None = None
    acts: dict[str, tuple[str, ...]] = field(default_factory=dict)  # الضربات -> (USA, GBR)
    stance_acts: dict[str, tuple[str, ...]] = field(default_factory=dict)  # دعوه -> (RUS,)
    conflict: dict[frozenset[str], int] = field(default_factory=dict)
    parties_allowed: bool = False   # set while reading a call or a concern
    # the pairs of sides named in each sentence («بين X وY», «the X-Y conflict»), by the
    # character offset where the sentence starts: the discourse stage reads them (rule 12)
    named_pairs: list[tuple[int, tuple[str, ...]]] = field(default_factory=list)
    # the same for an act of force with its author and object («الهجوم الإيراني على إسرائيل»)
    attack_pairs: list[tuple[int, tuple[str, ...]]] = field(default_factory=list)
    # sentences that may name a list of actors, for a later «هذه الدول» (read lazily)
    list_sentences: list[Sentence] = field(default_factory=list)
    meeting: tuple[str, ...] | None = None    # who took part in the last talks, for «الجميع»
    met_pairs: set[frozenset[str]] = field(default_factory=set)  # every meeting's parties
    # the state of a wire's dateline («دمشق - سانا», «القاهرة (أ ش أ)»): an unqualified
    # ministry or government before any speaker is named is that state's
    home: str | None = None
    # English: inside a transcript's answer («Spokesperson: …», «MR MILLER: …») until the next
    # question, where every sentence is the speaker's word, not the writer's narration
    answering: bool = False
    # English: the lead of an interview, before its first question: «We spoke to …» is the
    # outlet's «we», no actor's
    outlet_we: bool = False
    # who answers in a transcript's answer («ج:», «المتحدثة:», "A:"): the one «we» is, whoever
    # the answer's sentences have for subject
    answerer: Holder | None = None
    # the speaker the transcript's last question reported («قال ترودو إن …», "Trudeau said
    # …"), whose claims an answer's «these allegations» names back (rule 11)
    asked: tuple[str, ...] = ()
    # who last accused each actor, for its «rejected the allegations» (rule 11)
    accused_by: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # the actor the article's first stance names as its holder (a wire's protagonist)
    protagonist: str | None = None
    # the pairs of sides the current sentence names, by the token that opens each: «concern
    # over the clashes between X and Y … urged the two neighbours» names X and Y (English)
    local_pairs: list[tuple[int, tuple[str, ...]]] = field(default_factory=list)
    # whether the current English sentence says «between» (its sides are there, whether or
    # not the gazetteer knows both)
    local_between: bool = False
    current: Sentence | None = None  # the sentence being read
    # Arabic: who issued the last statement the article reports («أصدرت فرنسا وألمانيا …
    # بياناً»); after «وفي ما يلي أبرز ما جاء في البيان:» its text, quoted, is their voice:
    # «ندعو …», «نحذّر …» in it are theirs until the quotation closes
    issuers: tuple[str, ...] = ()
    voice_pending: tuple[str, ...] = ()
    voice: tuple[str, ...] = ()
    voice_closes: bool = False  # the quotation of the voice closed in the last sentence
    # English: the actor the last sentence with no stance opened with («Algeria recalled its
    # ambassador»), for a bare «the foreign ministry» after it
    acting: Holder | None = None
    # where the last sentence ended when it was an analyst's words (attribution, for «ويضيف»)
    analyst_end: int | None = None
    parties_addressed: set[int] = field(default_factory=set)  # tokens of «جميع الأطراف»
    # Arabic: the head noun of each long name named so far («المجلس» of «مجلس التعاون»), with
    # the actors it named, oldest first, for a later bare «المجلس», «الحزب», «الوكالة»
    named_heads: dict[str, list[tuple[str, ...]]] = field(default_factory=dict)
    # Arabic: the same for states the article named otherwise than by that long name
    # («الأردن» for «المملكة»), used after the long names
    derived_heads: dict[str, list[tuple[str, ...]]] = field(default_factory=dict)
    head_words: set[str] = field(default_factory=set)  # those heads, also after لل
    # where each (head, actors) was first named: the token its mention starts at (-1: before
    # the text, from the dateline)
    head_at: dict[tuple[str, tuple[str, ...]], int] = field(default_factory=dict)
    # Arabic: a head and its adjective that named a body of an actor before the actor's name
    # in a «لـ» genitive («المجلس الأعلى لمجلس التعاون»), for a later «المجلس الأعلى»
    head_phrases: dict[tuple[str, str], tuple[str, ...]] = field(default_factory=dict)
    # Arabic: a title named with a state's adjective («المبعوثة الأمريكية»), for a later bare
    # «المبعوثة» after a complementizer
    titled: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # Arabic: a bare title (no state's adjective) an official was named with («الزياني وزير
    # الخارجية»), by its readings, for a later bare «وزير الخارجية» after another speaker
    bare_titles: dict[tuple[str, ...], tuple[str, ...]] = field(default_factory=dict)
    # (sentence start, holders) of appeals addressed to someone the gazetteer does not know
    addressed: set[tuple[int, tuple[str, ...]]] = field(default_factory=set)
    # English: the organisation or bloc named last, for a later «the bloc», «the alliance»
    last_org: tuple[str, ...] | None = None
    # the organisation whose summit the article named («القمة العربية», "the Arab summit"),
    # for a later bare «القمة», "the summit"
    summit: tuple[str, ...] | None = None
    # the first character of the sentence that reported the last meeting (``meeting``)
    meeting_sentence: int = -1
    # English: the state whose junta or regime the article named («Niger's military rulers»),
    # for a later bare «the junta»
    regime: tuple[str, ...] | None = None
    army: tuple[str, ...] | None = None  # English: the state whose army the article named
    # English: the state whose government the article named, for «the new authorities»
    new_rulers: tuple[str, ...] | None = None
    # English: «Iraqi Prime Minister …», then «the prime minister»: the title's actor, or ()
    # when officials of two actors were named with it
    titles_en: dict[tuple[str, ...], tuple[str, ...]] = field(default_factory=dict)
    # Arabic: the same («رئيس مجلس الوزراء مصطفى الكاظمي», then «رئيس الوزراء»)
    titles_ar: dict[tuple[str, ...], tuple[str, ...]] = field(default_factory=dict)
    # Arabic: a title named before an organisation in a «لـ» genitive («المبعوث الخاص للأمين
    # العام للأمم المتحدة»), for a later bare «المبعوث الخاص»
    org_titles: dict[tuple[str, ...], tuple[str, ...]] = field(default_factory=dict)
    # the drafters of the resolution the article last named them for (rule 22: «مشروع قرار
    # صاغته الولايات المتحدة … ويحث القرار …»)
    drafters: tuple[str, ...] = ()
    # the targets of the last stance of each cue that is inherited (cue key «inherit»)
    inherited: dict[str, tuple[str, ...]] = field(default_factory=dict)
    drafter_sets: list[tuple[str, ...]] = field(default_factory=list)  # every one named
    draft_vetoed: bool = False  # the sentence that named the drafters says it was vetoed
    text_subject: bool = False  # the sentence opens with «the text», «the draft» (or «It» after)
    # the body that adopts resolutions the article named last (words resolution_bodies):
    # a bare «القرار» that speaks is its resolution
    resolution_body: tuple[str, ...] = ()
    # English: each organisation named so far, last last, for «the League» after «the Arab
    # League» when another has been named since
    named_orgs: list[str] = field(default_factory=list)
    last_bloc: tuple[str, ...] | None = None  # English: the named group last named («the E3»)
    # Arabic: the actors of the officials named by name so far, last last, for «الزعيمان»
    persons: list[str] = field(default_factory=list)
    # Arabic: the actor of the official first styled with each honorific («صاحب السمو الأمير
    # فيصل», «فخامة الرئيس …»), by its bare reading, for a later «سموه», «فخامته»
    honoured: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # Arabic: acts whose author a relative clause named («الغارات التي شنها …»), for the
    # sentences after it
    later_acts: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # how many condemnations, rejections and accusations so far were toward each actor: the
    # most censured is the author of the article's main act («دانت قطر الإعلان»)
    censured: dict[str, int] = field(default_factory=dict)
    # the author of the act the article's headline or lead names with its author («بإعلان
    # الرئيس الأمريكي …», "the US decision to …"), whom a bare «رحب بالقرار», "welcomed the
    # decision" welcomes
    lead_act: tuple[str, ...] = ()
    lead_noun: str = ""  # the noun that names it («إعلان», "decision")
    # the subject of the headline or the lead («صادق برلمان مقدونيا الشمالية …», "The U.N.
    # General Assembly voted …"), whose act a bare «بالتصويت», "the vote" names back
    lead_subject: tuple[str, ...] = ()
    # English: the subject of a headline of its own (no full stop), whose bare decision a
    # later censure names («Analysis: Abbas tears up …», «… regretted the decision»)
    headline_subject: tuple[str, ...] = ()
    # who took the last stances toward each actor (their holders, the sentence's start), for
    # a later «dismissed the claims» by that actor
    aimed_at: dict[str, tuple[tuple[str, ...], int]] = field(default_factory=dict)
    # who mediated so far («Oman hosted talks between Iran and the US»): a mediator's own
    # talks with one of the sides named no new pair of sides
    mediated: set[str] = field(default_factory=set)

    def subject_pair(self) -> tuple[str, ...] | None:
        """The two a pair word as subject stands for: the last two that acted together,
        else the last pair named."""
        return self.agents or self.pair

    def sides(self, caller: str | None = None,
              not_sides: frozenset[str] = frozenset(), strong_only: bool = False
              ) -> tuple[str, ...]:
        """The sides of the conflict the article is about, for «all parties» (rule 12):
        actors linked by two or more conflictual stances, else the last named pair. The
        caller's own quarrels are left out (a council that demands a withdrawal and urges all
        parties to calm is not one of the parties), and so are those of ``not_sides``, the
        organisations whose condemnations and demands judge a conflict, not wage it."""
        strong = [p for p, n in self.conflict.items()
                  if n >= 2 and caller not in p and not p & not_sides]
        top = max((self.conflict[p] for p in strong), default=0)
        if sum(self.conflict[p] == top for p in strong) == 1 and \
                any(self.conflict[p] < top for p in strong):
            # «Russia and Ukraine» stated three times, «the US and Russia» twice: the
            # conflict the article states most (a quarrel over it is no side of it)
            strong = [p for p in strong if self.conflict[p] == top]
        if strong:
            return tuple(dict.fromkeys(a for p in strong for a in sorted(p)))
        return () if strong_only else self.pair or ()


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
    first_char: int = 0        # where the sentence starts in the document text
    fulls: list[str] = field(default_factory=list)   # normalised forms, clitics kept
    contents: list[Any] = field(default_factory=list)  # content matches starting within it
    # the cue readings the sentence rules accepted (attribution sets them, later stages read)
    ok_cues: list[Any] | None = None
    # whether the sentence named a speaker of its own (attribution sets it)
    spoke: bool = False
    previous: Sentence | None = field(default=None, repr=False)  # the sentence before it

    _words: frozenset[str] | None = field(default=None, repr=False)
    _by_end: dict[int, list[Mention]] | None = field(default=None, repr=False)
    _by_last: dict[int, Mention] | None = field(default=None, repr=False)
    _finite: set[int] | None = field(default=None, repr=False)
    _named: frozenset[int] | None = field(default=None, repr=False)

    def span(self, a: int, b: int) -> str:
        """The text of tokens [a, b) as written (a Doc slice would build a Span)."""
        if b <= a:
            return ""
        u = self.doc.user_data
        return u["sg_text"][u["sg_starts"][a]:u["sg_ends"][b - 1]]

    def ending_at(self, k: int) -> Sequence[Mention]:
        """The mentions that end at token k, in the order of ``mentions`` (indexed once; a
        mention added through add_mention makes the index again)."""
        if self._by_end is None:
            by_end: dict[int, list[Mention]] = {}
            for m in self.mentions.values():
                by_end.setdefault(m.end, []).append(m)
            self._by_end = by_end
        return self._by_end.get(k, ())

    def mention_ending_at(self, k: int) -> Mention | None:
        """The first mention that ends at token k, or None."""
        found = self.ending_at(k)
        return found[0] if found else None

    def by_last_token(self) -> dict[int, Mention]:
        """Mentions by their last token (of two that end together, the later in
        ``mentions``); made once, like ending_at. Do not change the dict returned."""
        if self._by_last is None:
            self._by_last = {m.end - 1: m for m in self.mentions.values()}
        return self._by_last

    def add_mention(self, m: Mention) -> None:
        self.mentions[m.start] = m
        self._by_end = self._by_last = self._named = None

    def remove_mention(self, start: int) -> None:
        del self.mentions[start]
        self._by_end = self._by_last = self._named = None

    def inside_person_names(self) -> frozenset[int]:
        """The tokens of person mentions of two words or more («نصر الله»), made once."""
        if self._named is None:
            self._named = frozenset(k for m in self.mentions.values()
                                    if m.kind == "person" and m.end - m.start >= 2
                                    for k in range(m.start, m.end))
        return self._named

    def finite_cue_tokens(self) -> set[int]:
        """The tokens of the cues that have a finite-verb reading (made once)."""
        if self._finite is None:
            out: set[int] = set()
            for sp, forms in self.cues:
                if sp.start - 2 >= self.start and self.texts[sp.start - 1] in NAME_DASHES and \
                        self.texts[sp.start - 2].isascii() and self.texts[sp.start - 2].isalpha():
                    continue  # «Sudan's army-backed government», «the US-brokered truce»
                if any(f.tag in FINITE for f in forms):
                    out.update(range(sp.start, sp.end))
            self._finite = out
        return self._finite

    def after_time(self) -> int:
        """The first token after a live blog's time and its dash at the sentence's start
        («15.10 GMT — Hezbollah …», «16:30 – متحدث باسم …»), else the start."""
        if self.texts[self.start][:1].isdigit():
            return next((k + 1 for k in range(self.start + 1, min(self.end, self.start + 4))
                         if self.texts[k] in NAME_DASHES), self.start)
        return self.start

    def names_only(self, actors: set[str] | tuple[str, ...]) -> bool:
        """Whether the sentence names no actor but ``actors``."""
        allowed = set(actors)
        return all(set(m.actors) <= allowed for m in self.mentions.values())

    def quoted_at(self, k: int) -> bool:
        """Whether token ``k`` lies inside a quotation opened earlier in its paragraph (a
        quotation may open at the end of the sentence before: «… he said. "Until …»)."""
        j, n = k - 1, 0
        while j >= 0 and "\n" not in self.texts[j]:
            n += self.texts[j] in QUOTES
            j -= 1
        return n % 2 == 1

    def words(self) -> frozenset[str]:
        """The sentence's readings as a set, for a quick look before a scan (made once)."""
        if self._words is None:
            self._words = frozenset(self.norms[self.start:self.end])
        return self._words


class RuleBase:
    """The language data of one language, as the rule stages read it."""

    def __init__(self, lang: str) -> None:
        self.lang = lang
        self.res: Resources = resources(lang)
        self.lex: Lexicon = self.res.lexicon
        # where a malformed entry of a word list is reported
        self.words_file = f"extract/lexicons/{lang}/words.json"
        w = self.lex.word
        self.negation = w("negation")
        self.neg_cancel = w("negation_cancel_after")
        self.negation_written = w("negation_written")  # «ألا تنتظر دعماً»: «ألا», not «إلا»
        # «stopped short of», «refrained from»: phrases before a cue that negate it
        self.neg_phrases = self.lex.phrases.get("negation_phrases", frozenset())
        self.neg_phrase_ends = frozenset(p[-1] for p in self.neg_phrases)
        self.neg_comp = w("negation_before_complementizer")  # «دون أن يطالب»
        self.denials = w("denial_verbs")  # «نفى أن …», "denied that …": its clause is denied
        self.hypo = w("hypothetical")
        self.threat_conditions = w("threat_conditions")  # «if Hezbollah attacks, …» (rule 13)
        self.positive_steps = w("positive_steps")  # «if Damascus takes a positive step»
        self.question_openers = w("question_openers")
        # (Arabic: with the officials' nouns in every number, «ممثلو», «مندوبي», «النائب»)
        self.heads = w("title_heads") | w("numbered_title_heads")
        self.home_heads = w("home_heads")
        self.dateline_marks = w("dateline_marks")
        self.outlet_nouns = w("outlet_nouns")  # «نشرة … — كينشاسا»: no place inside
        self.fillers = w("title_fillers")
        self.non_actor = w("non_actor_heads") | w("private_people")
        self.private_people = w("private_people")
        self.people_of_en = w("people_of_nouns")
        self.loc = w("location_preps")
        self.self_refs = w("self_refs")
        self.latter_refs = w("latter_refs")
        self.patronymics = w("patronymics")
        self.from_to = w("from_to")
        self.carried_between_cues = w("carried_between_cues")
        self.sides_as_object_cues = w("sides_as_object_cues")
        self.object_only_cues = w("object_only_cues")
        self.comprise_verbs = w("comprise_verbs")  # «اللجنة الخماسية التي تضم …»
        # English «The mission, made up of …, has offered …»
        self.comprise_participles, self.comprise_participle_firsts = \
            self._longest_first("comprise_participles")
        self.statement_nouns = w("statement_nouns")  # «البيان الصادر عن …»
        self.indefinite_resolutions = w("indefinite_resolutions")  # «قرارا يطالب …»
        self.agent_sides = w("agent_sides")  # «من جانب خفر السواحل الصيني»
        # "Dominican" -> {DOM, DMA}: read when the article names one of them (mentions.py)
        self.ambiguous_demonyms_en: dict[str, frozenset[str]] = {}
        for line in self.lex.in_order("ambiguous_demonyms"):
            form, *lowered = line.split()  # (English word lists are read in lower case)
            if not lowered:
                raise StancegraphError(f"ambiguous_demonyms: {line!r}: no actors",
                                       self.words_file)
            self.ambiguous_demonyms_en[form] = frozenset(self.res.gazetteer.known_ids(
                lowered, f"ambiguous_demonyms: {line!r}", self.words_file))
        # «Government of National Unity» -> {LBY, SSD}: a name of several actors, read when
        # the article names exactly one of them (mentions.py)
        names: dict[tuple[str, ...], frozenset[str]] = {}
        for line, phrase, ids in self._equations("ambiguous_names", "name = IDS"):
            names[phrase] = frozenset(self.res.gazetteer.known_ids(
                ids, f"ambiguous_names: {line!r}", self.words_file))
        self.ambiguous_names = PhraseTable(names)
        # «السلطات العسكرية»: the state the article gave such a government elsewhere
        # (mentions.py, _regime_refs)
        self.regime_refs = PhraseTable({k: True for k in self.lex.phrase_list("regime_refs")})
        # a cue's fixed target must be an actor of the gazetteer
        self.res.gazetteer.known_ids(
            sorted({f.cue.target for forms in self.lex.cues.values() for f in forms
                    if f.cue.target}), "cue target", f"extract/lexicons/{lang}/cues.jsonl")
        self.issued_words = w("issued_words")
        self.civil_operations = w("civil_operations")  # «وقف عمليات الترحيل»
        self.withdrawn_nonforces = w("withdrawn_nonforces")  # «سحب التصريحات»
        # a briefing transcript's labels: «ج:» answers, «س:» asks
        self.answer_labels = w("answer_labels")
        self.question_labels = w("question_labels")
        self.spokesman_words = w("spokesman_words")  # «دوجاريك، المتحدث باسم …»: the briefer
        # Arabic: titles that stand for their official's actor when they come back bare
        # («رئيس الوزراء» after «رئيس مجلس الوزراء مصطفى الكاظمي»)
        self.bare_titles_ar, self.bare_title_firsts_ar = \
            self._longest_first("bare_titles") if lang == "ar" else ([], frozenset())
        self.elect_modifiers = w("elect_modifiers") if lang == "ar" else frozenset()
        # «جميع الإكوادوريين», «كل السوريين»: a people, counted whole (rule 25)
        self.people_quantifiers = w("people_quantifiers")
        # «الحرب الروسية على أوكرانيا»: a war with its author's adjective and its object
        self.war_heads = w("war_heads") if lang == "ar" else frozenset()
        self.against_preps = w("against_preps") if lang == "ar" else frozenset()
        # «…، بعدما …», «…، فيما …»: a clause of time or circumstance after a comma ends what
        # an Arabic appeal asks
        self.clause_subordinators = w("clause_subordinators") if lang == "ar" else frozenset()
        # «حوار», «مقابلة»: an interview, whose answers are its interviewee's
        self.interview_words = w("interview_words")
        # «وامتناع الصين عن التصويت»: those who abstained in a vote's tally
        self.abstention_nouns = w("abstention_nouns") if lang == "ar" else frozenset()
        self.vote_words = w("vote_words") if lang == "ar" else frozenset()
        # the other name of the same office, both ways («minister of foreign affairs = foreign
        # minister», «رءيس مجلس الوزراء = رءيس الوزراء»)
        self.title_synonyms: dict[tuple[str, ...], tuple[str, ...]] = {}
        for _, title, other in self._equations("title_synonyms", "title = title"):
            self.title_synonyms[title] = other
            self.title_synonyms[other] = title
        self.pair_refs = w("pair_refs")
        self.apposed_pair_refs = w("apposed_pair_refs")  # «طرفي الحرب، إسرائيل وحماس،»
        self.bare_pair_refs = w("bare_pair_refs")  # English: «urged both to …»
        # English: «the two Gulf states», «both member states»
        self.pair_ref_openers = w("pair_ref_openers")
        self.pair_ref_nouns = w("pair_ref_nouns")
        self.pair_ref_modifiers = w("pair_ref_modifiers")
        self.coord = w("coordinators")
        self.alternatives = w("alternatives")
        self.list_openers = w("list_openers")
        self.list_opener_links = w("list_opener_links")
        self.kana = w("kana")
        self.kana_particle = w("kana_particle")
        self.in_preps = w("in_preps")
        self.venue_preps = w("venue_preps")  # «في كلمة أمام مجلس الأمن»
        self.violation_nouns = w("violation_nouns")  # «انتهاكاً لقرارات مجلس الأمن»
        self.election_nouns = w("election_nouns")  # «انتخابات تايوان»: its «الرئيس المنتخب»
        self.condolence_nouns = w("condolence_nouns")  # rule 18: «تعازيها», "condolences"
        self.also = w("also")
        self.obligation_links = w("obligation_links")
        self.addressee_preps = w("addressee_preps")
        self.invite_preps = w("invite_preps")
        self.asked_act_preps = w("asked_act_preps")  # «دعت روسيا إلى إعادة …»
        self.departure_words = w("departure_words")  # «must leave Libya»: the place left
        self.departure_preps = w("departure_preps")  # «withdraw from Lebanon»
        self.act_wrappers = w("act_wrappers")  # «عملية الإطلاق»: the act is the noun after
        self.effort_nouns = w("effort_nouns")  # «جهود مصر في الوساطة»: Egypt mediates
        self.spokesman_links = w("spokesman_links")  # «المتحدث باسم الأمين العام»
        # «on behalf of», «speaking for», «باسم», «نيابة عن»: the states a speaker speaks for
        self.behalf_openers, self.behalf_firsts = self._longest_first("behalf_openers")
        self.behalf_speakers = w("behalf_speakers")  # «، متحدثا أيضا باسم …،»
        # English «Syria threatens no one»: an object that denies the stance
        self.negative_objects = self.lex.phrase_list("negative_objects")
        self.stability_heads = w("stability_heads")  # «لأمن العراق», «Iraq's security»
        self.act_verbs_en = w("act_verbs")  # English: «read out», «met», «held»
        self.each_other_meeting_words = w("each_other_meeting_words")  # «urged X and Y to talk»
        self.listed_pair_nouns_en = w("listed_pair_nouns")  # «both countries»
        self.listed_pair_counts_en = w("listed_pair_counts")  # «both», «two»
        self.member_apposition_openers_en = w("member_apposition_openers")  # «among them»
        self.participle_subordinators_en = w("participle_subordinators")  # «while hailing»
        self.bloc_heads_en = w("bloc_heads")  # English: «the governments of …»
        # «at the request of the United Kingdom», «بطلب من»: the one who asked
        self.requester_links = self.lex.phrase_list("requester_links")
        self.pronoun_preps_ar = w("pronoun_preps")  # «وصوتت ضده»: the act named before
        self.on_preps = w("on_preps")  # «الهجوم على السفارة السعودية»: the one attacked
        self.joint_conversation_refs = w("joint_conversation_refs")  # «دعا خلالهما إلى …»
        self.out_of = w("out_of")  # «pull out of Syria»
        self.future = w("future")
        self.scheduled_words = w("scheduled_words")  # «من المقرر أن يلتقي …»
        self.resumptive_preps = w("resumptive_preps")  # «اتهم فيها …»
        self.territory = w("territory_words")
        self.articles = w("articles")
        self.side_words = w("side_words")  # «بين X من جهة، و… من جهة أخرى»
        self.concessive = w("concessive_words")  # «على الرغم من تحذيرات …», "despite"
        self.summon_cues = w("summon_cues")
        self.list_ordinals = w("list_ordinals")  # «ثانياً:», "Second," labelling items
        self.bare_help = w("bare_help_contents")  # «ready to help Morocco»
        self.possessive = w("possessive")
        self.object_pronouns = w("object_pronouns")
        self.between = w("between")
        self.host_verbs = w("host_verbs")  # «ready to host …», «استعدادها لاستضافة …»
        self.gather_verbs = w("gather_verbs")  # «قمة تجمع الطرفين»: those who will meet
        self.visit_words = w("visit_words")
        # rule 24: the words that place a stance in the conversation just reported
        self.conversation_refs = self.lex.phrase_list("conversation_refs")
        self.conversation_starts = frozenset(p[0] for p in self.conversation_refs)
        self.org_refs = w("org_refs")  # «the bloc's foreign ministers»: the last organisation
        # the organisations and blocs of the gazetteer, whose mentions «the bloc» points back to
        self.org_ids = frozenset(a.id for a in self.res.gazetteer.actors.values()
                                 if a.kind in ("organization", "bloc"))
        # the bodies that adopt resolutions: a stance toward «the resolution» is toward the
        # body (rule 11), whoever drafted it (rule 22 gives the drafter the text's stances)
        self.resolution_bodies = frozenset(self.res.gazetteer.known_ids(
            self.lex.in_order("resolution_bodies"), "resolution_bodies",
            f"extract/lexicons/{lang}/words.json"))
        # the bodies whose adopted texts take their drafters' stances too (rule 22)
        self.drafted_text_bodies = frozenset(self.res.gazetteer.known_ids(
            self.lex.in_order("drafted_text_bodies"), "drafted_text_bodies",
            f"extract/lexicons/{lang}/words.json"))
        self.membership_words = w("membership_words")  # «to join the alliance»: no actor
        # «وزير المالية», «حزمة دعم مالي»: a name that is also the word "financial"
        self.financial_heads = w("financial_heads")
        self.financial_names = w("financial_names")
        # «اتفاقية فيينا», «مسار أستانا»: a capital that names a treaty or a process
        self.document_heads = w("document_heads")
        self.document_tails = w("document_tails")  # «the Vienna Convention»
        # «تلقى برقيات تهنئة من …», "received congratulations from …": the sender's stance
        self.receive_verbs = w("receive_verbs")
        # «لحضور القمة العربية», "to attend the Arab summit": the summit one goes to, an event
        self.summit_attend = w("summit_attend_words")
        self.what_relatives = w("what_relatives")  # «ندّد بما وصفه بـ…»: what he called …
        # «مستعد للقاء مادورو، شرط أن …», "ready to meet him provided that …" (rule 13)
        self.offer_conditions = self.lex.phrase_list("offer_conditions")
        self.took_place = w("took_place")  # «جرى اتصال هاتفي بين …»
        # «من جانبه،», "For his part,": the other side of the pair speaks now
        self.for_his_part = self.lex.phrase_list("for_his_part")
        self.with_ = w("with")
        self.aux = w("aux")
        # English: «had spoken», «has condemned»: a done act (a later «if» is not its condition)
        self.perfect_aux_en = w("perfect_auxiliaries")
        # Arabic: «إن ممثلي … :» opening a joint text's numbered points
        self.declaration_openers = w("declaration_openers")
        self.comp = w("complementizers")
        self.concern = w("concern_preps")
        # «أعربت اليابان عن قلقها إزاء المناورات»: the prepositions of what a concern is about
        self.about_preps = w("about_prepositions")
        # «تطابق وجهات النظر حول …», "views on …": what a shared view is about
        self.topic_preps = w("topic_prepositions")
        self.passive_by = w("passive_by")
        self.prepositions = w("prepositions")
        # «طالبته بالتدخل لدى لوكاشينكو»: the one to be pressed, a third party (rule 20)
        self.third_party_preps = w("third_party_preps")
        # styles of address before a name («صاحب السمو», «فخامة», «معالي»)
        self.honorifics = w("honorifics")
        self.state_styles = w("state_styles")  # «وجمهورية الأرجنتين»: a long form's style
        self.opponent_preps = w("opponent_preps")  # «support in the fight against ISIS»
        self.joint_links = w("joint_links")  # «مصر بالتعاون مع قطر»: together
        self.vote_nouns = w("vote_nouns")  # «أصوات مؤيدة»: votes, no stance
        self.quoted_saying = w("quoted_saying")  # «نقلت عن بوتين قوله»: who speaks
        self.any_words = w("any_words")  # «لم … أي مبادرة», «not … any mediation»
        self.styles = w("styles")  # English: «Sayyid Badr», «Prince Faisal»
        self.side_heads = w("side_heads")  # English: «between US forces and Ansar Allah»
        self.relative = w("relative")
        self.counterparts = w("counterparts")
        self.circumstance = w("circumstance")
        self.time_preps = w("time_preps")  # Arabic: «خلال الزيارة»: when, not what
        self.openers = w("clause_openers")
        self.collective = w("collective_heads")
        self.events = w("event_nouns")
        # the act nouns without their article, as in construct («قرار البرلمان الأوروبي»)
        self.construct_events = frozenset(
            e[2:] for e in self.events if e.startswith("ال") and len(e) > 4) | \
            frozenset(e for e in self.events if not e.startswith("ال"))
        # readings of exactly one official's names (mentions._own_name_words, made once)
        self._name_words: frozenset[str] | None = None
        self.claim_words = w("claim_words")  # «تبنت الهجوم», "claimed responsibility for"
        self.enactment_words = w("enactment_words")  # «إقرار الكنيست الإسرائيلي قانونين»
        # readings already asked whether they name an act, and those that do
        # (mentions._names_event)
        self.event_asked: set[str] = set()
        self.event_named: set[str] = set()
        # «Russia's position was unacceptable»: what a predicate judgement rejects (rule 21)
        self.proposals = w("proposal_nouns")
        # «إعلان أردوغان استعداده …»: the masdar of announcing before a stance's owner
        self.announcing = w("announcing_masdars")
        # «within BRICS», «ضمن …», «في إطار …»: the forum of a stance, no partner of it
        self.forum_preps = w("forum_prepositions")
        self.force_heads = w("force_heads")  # «بين القوات الأمريكية و…»
        # «الهجوم الذي استهدف إسرائيل»: after a relative, the one an act hit is its victim
        self.targeting_verbs = w("targeting_verbs")
        # «resolution 2722», «القرار رقم 833»: a numbered resolution (the Council's, rule 22)
        self.resolution_nouns = w("resolution_nouns")
        self.number_words_before = w("number_words_before")
        self.drafter_words = w("drafter_words")  # «drafted by X», «الذي صاغته X»
        self.said_in_nouns = w("said_in_nouns")  # «قالت الوزارة في بيان»
        self.main_act_nouns = w("main_act_nouns")  # «دانت قطر الإعلان»
        # a decision, step or announcement: any act of the article may be named back so
        self.generic_act_nouns = w("generic_act_nouns")
        self.retort_nouns = w("retort_nouns")  # «dismissed the claims»
        self.charge_nouns = w("charge_nouns")  # «rejected the allegations»
        self.pronoun_halts = w("pronoun_halts")  # «وتدعو إلى وقفها»
        self.truce_words = w("truce_words")  # "urged all parties to adhere to it"
        self.step_warning_cues = w("step_warning_cues")  # «ستتخذ كل الإجراءات اللازمة»
        self.retaliation_words = w("retaliation_words")  # «… للرد على هذا التصعيد»
        self.strongest_terms = w("strongest_terms")  # «بأشد العبارات»
        self.stance_intensifiers = w("stance_intensifiers")  # «رفضها القاطع»
        self.act_qualifiers = w("act_qualifiers")  # «القرار الأحادي»
        self.kinded_act_nouns = w("kinded_act_nouns")  # «العملية السياسية»
        self.veto_words = w("veto_words")  # «vetoed a U.S.-drafted resolution»
        self.draft_nouns = w("draft_nouns")  # «a draft put forward by X that calls on …»
        self.draft_texts = w("draft_texts")  # «ولم يحصل النص إلا على صوتين»: a draft's text
        self.summit_words = w("summit_words")  # «القمة», "summit"
        self.harm_nouns = w("harm_nouns")  # «the killing of …», «مقتل …»
        self.interference_words = w("interference_words")  # «interference in X's affairs»
        self.invitation_cues = w("invitation_cues")  # «invited X to a dialogue»
        self.likeness_en = w("likeness_words")  # «similar condemnations»
        self.withdrawn_envoys_ar = w("envoys_told_to_leave")  # «طلب من السفير مغادرة»
        self.withdrawn_forces_ar = w("forces_told_to_leave")
        self.bare_halts_en = w("bare_halts")  # «halt» alone: rule 20 only for fighting
        self.military_en = w("military_words")  # «military operations», «the operation»
        self.specifiers = self.lex.phrase_list("specifiers")  # «ولا سيما», "in particular"
        self.bilateral_body_tails = w("bilateral_body_tails")  # «مجلس التعاون رفيع المستوى»
        self.bilateral_body_names = self.lex.phrase_list("bilateral_body_names")
        self.forum_pairs = self.lex.phrase_list("forum_phrases")
        self.with_pronoun = w("with_pronoun")
        self.clause_links = w("clause_links")
        self.demonstratives = w("demonstratives")
        self.disputes = w("dispute_nouns")
        self.manner = w("manner_adverbs")
        # «يوم الاثنين», «الشهر الماضي»: a date between a verb and its argument
        self.time_heads = w("time_heads")
        self.period_nouns = w("period_nouns")
        self.period_markers = w("period_markers")
        self.agent_links = w("agent_links")
        self.agreements = w("agreement_nouns")
        # their bare forms, the keys of ``Context.acts`` («الاتفاق», «اتفاقاً»: «اتفاق»)
        self.agreement_keys = frozenset(
            a[2:] if a.startswith("ال") and len(a) > 4 else a for a in self.agreements)
        # the act of making one («بتوقيع X وY اتفاق السلام», «بإبرام», «بالتوصل إلى»)
        self.agreement_acts = w("agreement_acts")
        # what is signed besides an agreement: a declaration, a treaty, a charter, a protocol
        self.signed = self.agreements | w("signed_documents")
        self.venue_nouns = w("venue_nouns")
        self.sponsor_links = w("sponsor_links")
        self.joint_heads = w("joint_heads")
        # «الدور الذي تقوم به X في …», «المساعي الأمريكية لـ…»: a role or effort whose
        # mediator is named before the mediation noun it leads to
        self.role_heads = w("mediation_role_heads")
        self.adj_links = w("adjective_links")
        # «هدد بفرض عقوبات»: a threat of non-military steps is a warning (rule 14)
        self.nonmilitary = w("nonmilitary_measures")
        self.military_modifiers = w("military_modifiers")  # «إجراءات عسكرية»
        # «أكد دعمه», «مجددا رفضه»: an affirming verb takes a masdar, never a second verb
        self.masdar_takers = w("masdar_takers")
        # «سبل دعمها»: the ways of supporting something are a topic, not support
        self.ways = w("ways_nouns")
        # «our NATO ally»: a name between a possessive and its noun qualifies the noun
        self.modifier_possessives = w("modifier_possessives")
        # «by the Syrian regime and by Russia»: a preposition said again inside a list
        self.list_preps = w("list_prepositions")
        # «بسبب دعمها لإسرائيل», "because of its support for": another's support, a reason
        self.support_reasons = w("support_reasons")
        self.via_homographs = w("via_homographs")  # «عبر المتحدث باسمه»: via, not «عبّر»
        # «الوزيران», «الرئيسان»: the two officials who just met or talked
        self.official_duals = w("official_duals")
        # «رئيس الدولة»: in a wire, the head of the wire's own state
        self.home_state_words = w("home_state_words")
        # «ومع ذلك، …», «وفي المقابل، …»: a connective that opens a sentence with its comma
        self.connectives = self.lex.phrases.get("sentence_connectives", frozenset())
        self.verb_openers = w("verb_openers")
        self.perfect_particles = w("perfect_particles")  # «فقد أجرى …»
        self.passive_agent_links = w("passive_agent_links")
        self.authorities_in = w("authorities_in")
        self.authority_modifiers = w("authority_modifiers")
        self.authority_bodies = w("authority_bodies")
        self.asides = w("subject_asides")
        self.group_nouns = w("group_nouns")
        self.faction_nouns = w("faction_nouns")  # «إن الفصائل اتفقت»: the groups listed
        self.provision_verbs = w("provision_verbs")  # «وينص القرار على …»: what it says
        self.likewise_words = w("likewise_words")  # «وكذلك فعلت تركيا»
        # «في ختام جلسة مغلقة», «خلال جلسة طارئة»: when an appeal was made
        self.occasion_preps = w("occasion_prepositions")
        self.occasion_nouns = w("occasion_nouns")
        self.did_verbs = w("did_verbs")
        self.state_ids = frozenset(a.id for a in self.res.gazetteer.states())
        self.anaphoric_heads = w("anaphoric_heads")
        # Arabic: «أممياً، حذّرت الممثلة الخاصة …», «مصرياً، أكد الوزير …»: an adverb made of an
        # actor's indefinite adjective opens the part of a roundup that actor speaks in
        adverbs: dict[str, set[str]] = {}
        # Arabic: a state's name that is also its feminine adjective («السعودية»): after a
        # feminine title noun it is the adjective («الخارجية السعودية»)
        self.adjective_names = frozenset(
            n for a in self.res.gazetteer.actors.values() if lang == "ar"
            for n in {normalize(x) for x in (a.ar, *a.aliases_ar)} & {normalize(x) for x in a.adj_ar})
        for a in self.res.gazetteer.actors.values() if lang == "ar" else ():
            for adj in a.adj_ar:
                n = normalize(adj)
                if not n.startswith("ال") and n.endswith("ي"):
                    adverbs.setdefault(n + "ا", set()).add(a.id)
        self.adverb_actors = {k: tuple(v) for k, v in adverbs.items() if len(v) == 1}
        # English: «the Sultanate», «the Kingdom»: the heads of the states' long names
        # («Sultanate of Oman», «Hashemite Kingdom of Jordan»; not «United Kingdom of …»)
        state_heads = w("state_anaphoric_heads")
        org_heads = w("org_anaphoric_heads")  # English: «the court», «the agency»
        self.outside_en = w("outside_prepositions")  # «outside the court»: a place
        self.bare_number_followers_en = w("bare_number_followers")  # «called on the three to»
        # «the North», «the South»: the first word of a two-word name, capitalised
        self.compass_heads = w("compass_heads")
        self.region_modifiers = w("region_modifiers")  # «in north-west Syria»: a place
        self.place_nouns_en = w("place_nouns")  # «the Uzbek city of Samarkand»: a place
        self.state_heads: dict[str, frozenset[str]] = {}
        for a in self.res.gazetteer.actors.values() if state_heads or self.compass_heads or \
                org_heads else ():
            found: set[str] = set()
            if self.lang == "ar":
                # «المملكة الأردنية الهاشمية», «سلطنة عمان» (not «المملكة المتحدة»); an armed
                # group's «جماعة الحوثي», «ميليشيا الحوثي»: the heads of its long names
                heads = state_heads if a.kind == "state" else \
                    self.anaphoric_heads if a.kind == "group" else frozenset()
                for name in (a.ar, *a.aliases_ar):
                    words = [normalize(x) for x in name.split()]
                    head = words[0] if words[0].startswith("ال") else "ال" + words[0]
                    if len(words) >= 2 and head in heads and words[1] != "المتحده":
                        found.add(head)
                if found:
                    self.state_heads[a.id] = frozenset(found)
                continue
            for name in (a.en, *a.aliases_en):
                words = name.lower().split()
                found.update(x for i, x in enumerate(words[:-1]) if x in state_heads and
                             words[i + 1] == "of" and (i == 0 or words[i - 1] != "united"))
                if len(words) == 2 and words[0] in self.compass_heads:
                    found.add(words[0])  # «North Korea … the North»
                if a.kind != "state" and len(words) >= 2 and words[-1] in org_heads:
                    found.add(words[-1])  # «International Criminal Court … the court»
            if found:
                self.state_heads[a.id] = frozenset(found)
        self.state_head_words = frozenset(
            h for a, hs in self.state_heads.items() for h in hs
            if (entry := self.res.gazetteer.actors.get(a)) is not None and entry.kind == "state")
        self.separate_talks = w("separate_talks")
        self.relation_nouns = w("relation_nouns")  # «العلاقات السعودية الإيرانية»
        self.meeting_of_nouns_en = w("meeting_of_nouns")  # «a meeting of X and Y leaders»
        # «بحث خلاله الجانبان»: a pronoun-carrying adverb between a verb and its subject
        self.verb_asides = w("verb_asides")
        # «أما فرنسا، فأعلنت …»: the topic named after أما is the subject of what follows ف
        self.topic_openers = w("topic_openers")
        # «محمّلا إياها المسؤولية»: an object pronoun written as a word of its own
        self.detached_pronouns = w("detached_pronouns")
        # «وجاء التحذير في بيان …»: a verb that reports an earlier stance noun back
        self.report_back = w("report_back_verbs")
        # «إذا طلب الجانبان ذلك», «إذا وافق الطرفان على ذلك»: a condition that only asks
        # for the parties' consent (rule 13)
        self.consent_verbs = w("consent_verbs")
        # «أعرب عن أمله في أن تضطلع فرنسا بدور في الوساطة»: a hope about another actor's
        # act is no stance (rules 16, 19)
        self.hope = w("hope_words")
        self.agreement_heads = w("agreement_heads")  # «التوصل إلى اتفاق», "sign a deal"
        # «قال زيلينسكي إنه سيلتقي …»: a complementizer whose pronoun is the verb's subject
        self.comp_pronouns = w("comp_pronouns")
        # «سيلتقي أردوغان فقط عندما …», «لن نلتقي إلا بعد …»: an offer tied to a concession
        # (rule 13) is no stance of its own
        self.only_words = w("only_words")
        self.when_words = w("when_words")
        # «ضرورة استئناف المفاوضات بين …», «السبيل الوحيد لتسوية الخلاف بين …»: a settlement
        # or resumption called necessary, not one the holder works for
        self.necessity = w("necessity_words")
        # «ويرى مراقبون أن موسكو تسعى إلى الوساطة»: what analysts think an actor does is
        # no stance of the actor's
        self.analysts = w("analyst_nouns")
        self.consent_objects = w("consent_objects")
        # «اجتماع مجلس …», «قمة قادة …»: the genitive of a meeting noun that names who meets
        self.session_bodies = w("session_bodies")
        # the one-word nouns of each cue («اتهامات» of اتهم), so that a verb's stance can
        # be named back later («هذه الاتهامات»)
        nouns: dict[str, set[str]] = {}
        for key, forms in self.lex.cues.items():
            if len(key) == 1:
                for f in forms:
                    if f.tag == "n":  # kept bare of the article, as acts are
                        bare = key[0][2:] if key[0].startswith("ال") and len(key[0]) > 4 \
                            else key[0]
                        nouns.setdefault(f.cue.id, set()).add(bare)
        self.cue_nouns = {k: frozenset(v) for k, v in nouns.items()}
        self.stance_nouns = frozenset(n for v in nouns.values() for n in v)
        self.against = w("against")
        self.force_nouns = w("force_nouns")
        self.coup_nouns = w("coup_nouns")  # «الانقلاب في ميانمار»: its author
        self.posted_at = w("posted_at")  # «البعثة الجزائرية لدى الاتحاد الأوروبي»
        self.to_preps = w("to_prepositions")  # «سارعت إلى رفض …»
        self.affiliation_words = w("affiliation_words")  # «التابع للاتحاد الأفريقي»
        self.group_heads = w("group_heads")  # «جماعة «جيش العدل»»: a group by its name
        self.contained_in = w("contained_in")  # «الإملاءات الواردة في البيان»
        self.party_heads = w("party_heads")  # «حزب القوات اللبنانية»: a party, no actor
        self.civil_heads = w("civil_heads")  # «منظمات حقوقية»: no actor
        # English: «want to work with», «expect to meet»: verbs of appeal that with «to» right
        # after them state the subject's own intent (not «want to see X stop …»)
        self.own_intent_verbs_en = w("own_intent_verbs")
        self.perception_verbs_en = w("perception_verbs")
        self.settlement_heads_en = w("settlement_heads")  # «negotiate an end to …»
        self.together_words_en = w("together_words")  # «looks forward to working together»
        self.bloc_name_refs_en = w("bloc_name_refs")  # «the group» after «the Group of Seven»
        self.place_name_heads_en = w("place_name_heads")  # «the Lima Group», «Paris Club»
        # «البعثات الدبلوماسية»: a content word that after a definite noun is its adjective
        self.adjective_contents = w("adjective_contents")
        self.imposed_measures = w("imposed_measures")
        self.force_phrase_ends = frozenset(p[-1] for p in self.lex.phrases.get("force_nouns", ()))
        self.joint_refs = w("joint_refs")
        # words that may open the naming of a pair of sides (see MentionRules._remember_pair)
        self.pair_cues = self.between | self.disputes | self.events
        # «both X and Y» (English) opens a pair too
        self.pair_openers = w("pair_openers")
        # Arabic: «لقاء جمع الرئيس التركي برئيس الوزراء السويدي»: a verb that brings two
        # together names a pair
        self.bring_together = w("bring_together")
        self.asked_of_nouns_en = w("asked_of_nouns")  # «an apology from X»
        self.leader_groups = w("leader_groups")  # «القادة الثلاثة»: a group of men
        self.settlement_outcomes = w("settlement_outcomes")  # rule 23: «تسوية سياسية»
        self.another_words = w("another_words")  # «في اتصال هاتفي آخر مع …», "in another call"
        self.pair_keys = self.pair_cues | self.pair_openers | self.bring_together
        # the preposition of an appeal that opens what is asked («called for», «دعا إلى»)
        self.content_preps = w("content_preps")
        # «agreed last year», «العام الماضي»: an agreement of the past (rule 23: background)
        self.background_times = self.lex.phrase_list("background_times")
        # «في أبريل (نيسان) الماضي»: a month called past dates what is told in it
        self.month_names = w("month_names")
        self.month_order_en = {m: i + 1 for i, m in enumerate(
            self.lex.in_order("month_names"))} if self.lang == "en" else {}
        self.past_markers = w("past_markers")
        # «accused each other», «اتهم الطرفان بعضهما»: the holders are each other's target
        self.reciprocals = w("reciprocals")
        self.reciprocal_phrases = self.lex.phrases.get("reciprocals", frozenset())
        # unions the rules test per token, made once
        self.coord_alt = self.coord | self.alternatives
        self.not_opening_verb = (self.prepositions | self.comp | self.negation |
                                 self.clause_links | self.circumstance | self.heads |
                                 self.fillers | self.aux | self.demonstratives)
        self.not_addressee = (self.prepositions | self.addressee_preps | self.comp |
                              self.negation | self.aux | self.heads | self.fillers)
        self.occupation = w("occupation_heads")
        self.according = w("according")
        self.compel = w("compel")
        self.trilateral_words = w("trilateral_words")  # «a trilateral meeting with X and Y»
        self.leverage_nouns = w("leverage_nouns")  # «use its influence to make Israel …»
        self.must = w("must_verbs")
        self.on = w("agree_on")
        self.agree_that = w("agree_that")
        self.numbers = w("group_numbers")
        self.count_words = w("count_words")  # «تأييد عشرة أعضاء»: a vote's count
        self.hospitality = w("hospitality_words")  # «حسن الاستقبال»
        self.quantifiers = w("object_quantifiers")  # «ورفضها أي تدخل»
        self.issue_verbs = w("issue_verbs")  # «وأصدروا في ختامه البيان المشترك»
        self.text_follows = w("text_follows")  # «وفي ما يلي أبرز ما جاء في البيان:»
        self.containing_verbs = w("containing_verbs")  # «مجموعة … التي تضم الجزائر و…»
        # «الوزراء الأربعة»: how many a group noun's number counts (three to seven)
        self.number_values = {n: 3 + i for name in ("group_number_values",
                                                    "group_number_values_m")
                              for i, n in enumerate(self.lex.in_order(name))}
        # multi-word references to the sides («the two countries», «جميع الأطراف»)
        refs: dict[tuple[str, ...], str] = {k: "pair" for k in
                                            self.lex.phrases.get("pair_refs", ())}
        refs.update({k: "parties" for k in self.lex.phrase_list("all_parties")})
        self.ref_table = PhraseTable(refs)
        # English: «The Parties», «the Sides», «The Heads of State» of a joint statement
        self.defined_pairs = PhraseTable({k: "pair" for k in self.lex.phrase_list("defined_pairs")})
        # their head nouns capitalised («Parties», «Sides», «Heads»): a quick look at the text
        self.defined_pair_nouns = frozenset(
            next(w for w in k if w not in self.articles and w not in self.numbers).capitalize()
            for k in self.lex.phrase_list("defined_pairs"))
        # the one-word references a mention is made of: «نحن», «الجميع», «الطرفين»
        self.one_word_refs = self.self_refs | self.joint_refs | self.pair_refs

    def _equations(self, name: str, shape: str
                   ) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
        """The lines «left = right» of the word list ``name``, each with the words of its two
        sides; one error naming the list, the line and its ``shape`` when a side is empty."""
        out = []
        for line in self.lex.in_order(name):
            left, _, right = line.partition("=")
            if not left.split() or not right.split():
                raise StancegraphError(f"{name}: {line!r}: expected «{shape}»", self.words_file)
            out.append((line, tuple(left.split()), tuple(right.split())))
        return out

    def _longest_first(self, name: str) -> tuple[list[tuple[str, ...]], frozenset[str]]:
        """The phrases of the word list ``name``, longest first (for ``_phrase_end``), and
        the words they start with (a quick test that none can start at a token)."""
        phrases = sorted(self.lex.phrase_list(name), key=len, reverse=True)
        return phrases, frozenset(p[0] for p in phrases)

    @staticmethod
    def _phrase_end(norms: Sequence[str], k: int, phrases: Sequence[tuple[str, ...]]
                    ) -> int | None:
        """The index just past the first of ``phrases`` (sorted longest first) that starts at
        index ``k``, or None."""
        return next((k + len(p) for p in phrases if tuple(norms[k:k + len(p)]) == p), None)

    @staticmethod
    def _phrase_at(norms: Sequence[str], k: int, phrases: frozenset[tuple[str, ...]]) -> bool:
        """Whether one of ``phrases`` (of at most four words) starts at index ``k``."""
        return any(tuple(norms[k:k + n]) in phrases for n in (1, 2, 3, 4))

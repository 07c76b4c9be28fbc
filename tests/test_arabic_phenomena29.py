"""Arabic constructions traced in the fourteenth session of 2026-12-07 (fresh41_ar, then the
blind pair written during the session), each tested on sentences written for this file.

- Rule 21: «واعتبرت الخارجية الأردنية الغارات "استفزازية"»: judging an act with a word of
  censure after «اعتبر» (the words of «وصف»'s censure) condemns its author, as «وصف» does.
- «عن إدانة المملكة ورفضها التام للغارات»: a word that reads as a verb with its object
  pronoun or as a masdar with its owner's, coordinated with a masdar right before it (past
  that masdar's own genitive), is the masdar; the first masdar shares its object.
- «رحب نصر الله بتشكيل الحكومة»: a word of a person's name is no cue («نصر», «we insist»),
  so it opens no clause that would cut the object short.
- «انتقد حزب القوات اللبنانية الخطوة»: a party's head noun (words party_heads) at which no
  gazetteer name starts is a subject no one can name, not the state its own name holds.
- Rule 11: «ترفض الإملاءات الواردة في البيان»: what a text contains (words contained_in) is
  its author's, past «في», which names no place here.
- «الوصاية الهاشمية», "Hashemite custodianship": the Hashemite adjective is Jordan's.
- «تصريحات لولا», «تضامنهما مع لولا»: a word of one official's names that is no common word,
  after an act noun or a preposition, is that official once the article named him in full.
- «كما هنأت الصين وإيران وكوبا مادورو»: after «كما», a list of names right after the verb
  with a name after it (the object) is the verb's own subject, not the last subject's object.
- Rules 5 and 11: a coup is the act of the forces that stand for their state: «الانقلاب
  العسكري في ميانمار» names its author after «في» (no place); «دان الانقلاب» after «الجيش
  في ميانمار» is the state whose army the article named.
- A dateline that opens with its outlet's name («نشرة أفريقيا الوسطى الإخبارية — كينشاسا»;
  words outlet_nouns) has its place after the dash, not inside the name: a briefing's
  «الناطق:» answers for the Congo.
- «فقد أجرى وزير الخارجية أنتوني بلينكن اتصالاً …»: past the particle of the perfect (words
  perfect_particles), the opening verb's subject is the sentence's, also inside an answer.
- «…، ودعت واشنطن رواندا إلى …»: two names after a verb of appeal, the second not
  coordinated, are its subject and its addressee.
- «أجرى ولي عهد أبوظبي … اتصالاً هاتفياً بخان»: the surname of an official named in full,
  no common word, after a preposition written as its clitic, is that official.
- «ونال المشروع تأييد عشرة أعضاء»: a stance noun before a cardinal written as a word (words
  count_words) counts a vote, as before digits.
- Rule 22: «أشاد ترامب بالتزام تركيا بالهدنة»: a party's own commitment to an agreement, a
  stance noun in construct with it, is praised; congratulating a party on an agreement
  («هنأ … تركيا بتوقيع الاتفاق») still welcomes no party (rule 23).
- «حمّل كاتس الحزب المسؤولية» after «حزب الله»: a feminine word after a masculine bare head
  («الحزب») is no nisba adjective of it, so the head still names the party named before.
- Rule 16: «يواصل اتصالاته بين بيروت وتل أبيب»: one's own contacts between two sides (the
  noun with its possessive pronoun) are mediation; «اتصالات بين دكا وجيش أراكان» (no owner)
  and «تيسير الاتصالات بين المنامة وطهران» stay as they were read.
- Rule 16: «شكرهما للعراق وعُمان لاستضافتهما جولات الحوار التي جرت بينهما»: the hosting
  noun with its pronoun, thanked for with «ل» written on it, is the thanked ones' mediation
  between those who thank them (a hosting's rounds, meetings: words of the host cue).
- Rule 11: «القرار الذي صاغته وقدمته الولايات المتحدة وبريطانيا …»: the subject of a relative
  clause past verbs coordinated in it is the act's author, for a later «نرفض هذا القرار».
- Rule 11: «أصدر وزراء خارجية مصر سامح شكري وفرنسا … والأردن أيمن الصفدي اليوم بياناً
  مشتركاً»: the list of issuers after the verb of enactment and the officials' title (three
  words), past a word of time, made the statement, for a later «رحّب … بالبيان».
- «للرئيس لولا», «الرئيس لولا» after «لويس إيناسيو لولا دا سيلفا»: the short name after a bare
  title is the official (not «لولا», "were it not for", which made the sentence
  hypothetical); a common word that is also a name's word («قوة»; words not_names) is not.
- Rule 11: «استخدمت روسيا والصين حق النقض ضد مشروعين قدمتهما ألمانيا وبلجيكا», «لاستخدام
  الولايات المتحدة حق النقض ضد مشروع القرار الجزائري»: using the veto against a draft
  rejects its sponsors; the verb's subject or the masdar's genitive vetoes.
- «بروس: نندد …» after «المتحدثة باسم وزارة الخارجية الأمريكية تامي بروس»: a transcript's
  label is the answerer's written name even where its clitic-free reading names a state
  («بـ» + «روس»); the label then names no state in its sentence.
- Rule 11: «عواصم عربية تدين الضربة الإسرائيلية على الدوحة» in the headline, then «وأدان
  وزير الخارجية المصري الهجوم»: an act of force the lead names with its state's adjective is
  the article's main act, named back by another noun of force (also where the article gave
  acts of force to another author too).
"""

from __future__ import annotations

import pytest

from tests.edge_cases import Edge
from tests.edge_cases import edges_ar as edges

FILLER = "\n\nولم تتوفر تفاصيل إضافية حتى مساء يوم الاثنين بحسب التقرير الذي نشر اليوم."
CASES: list[tuple[str, str, set[Edge]]] = [
    ("considered_an_act_provocative",
     ("خبر عاجل\n\nشنت إسرائيل غارات على ريف دمشق. واعتبرت الخارجية الأردنية الغارات "
      "\"استفزازية\"." + FILLER),
     {("JOR", "condemns", "ISR")}),
    ("considered_as_plain_speech_is_no_stance",
     ("خبر عاجل\n\nواعتبر وزير الخارجية المصري أن الحوار بين الأطراف الليبية ضروري." + FILLER),
     set()),
    ("masdar_with_its_holder_then_a_coordinated_masdar",
     ("خبر عاجل\n\nوأعربت وزارة الخارجية السعودية عن إدانة المملكة ورفضها التام للهجمات "
      "الإيرانية." + FILLER),
     {("SAU", "condemns", "IRN"), ("SAU", "rejects", "IRN")}),
    ("two_masdars_each_with_a_pronoun",
     ("خبر عاجل\n\nوأعلنت الخارجية المصرية إدانة القاهرة واستنكارها الشديد للقصف التركي."
      + FILLER),
     {("EGY", "condemns", "TUR")}),
    ("a_name_word_opens_no_clause",
     ("خبر عاجل\n\nكما رحب نصر الله بتشكيل الحكومة الجديدة برئاسة نجيب ميقاتي، ودعاها إلى "
      "معالجة أزمة الكهرباء." + FILLER),
     {("HEZBOLLAH", "welcomes", "LBN"), ("HEZBOLLAH", "demands", "LBN")}),
    ("a_party_the_gazetteer_does_not_know",
     ("خبر عاجل\n\nودانت الحكومة الإسرائيلية الهجوم. وفي بيروت، انتقد حزب القوات اللبنانية "
      "الخطوة الإيرانية." + FILLER),
     set()),
    ("a_party_the_gazetteer_knows",
     ("خبر عاجل\n\nودان حزب الله الغارات الإسرائيلية على الجنوب." + FILLER),
     {("HEZBOLLAH", "condemns", "ISR")}),
    ("what_the_statement_contains",
     ("خبر عاجل\n\nاختتم وزراء خارجية الأردن ومصر وفرنسا اجتماعا في عمّان، وأصدروا في ختامه "
      "البيان المشترك الآتي. وقال مسؤول إسرائيلي إن إسرائيل \"ترفض الإملاءات الواردة في البيان "
      "بشأن الاستيطان\"." + FILLER),
     {("ISR", "rejects", "JOR"), ("ISR", "rejects", "EGY"), ("ISR", "rejects", "FRA")}),
    ("the_hashemite_adjective",
     ("خبر عاجل\n\nوثمّن وزير الخارجية المصري دور الوصاية الهاشمية في حماية المقدسات." + FILLER),
     {("EGY", "welcomes", "JOR")}),
    ("a_short_name_after_an_act_noun",
     ("خبر عاجل\n\nقال الرئيس البرازيلي لويس إيناسيو لولا دا سيلفا إن ما يجري حرب. ووصف "
      "رئيس الوزراء الإسرائيلي تصريحات لولا بأنها \"مخزية\"." + FILLER),
     {("ISR", "condemns", "BRA")}),
    ("a_list_subject_after_kama",
     ("خبر عاجل\n\nهنأ الرئيس الروسي نظيره الفنزويلي بإعادة انتخابه، كما هنأت الصين وإيران "
      "وكوبا نيكولاس مادورو بفوزه." + FILLER),
     {("RUS", "welcomes", "VEN"), ("CHN", "welcomes", "VEN"), ("IRN", "welcomes", "VEN"),
      ("CUB", "welcomes", "VEN")}),
    ("the_coup_in_a_state",
     "خبر عاجل\n\nودان الاتحاد الأوروبي الانقلاب العسكري في ميانمار." + FILLER,
     {("EU", "condemns", "MMR")}),
    ("a_bare_coup_after_the_army_was_named",
     ("خبر عاجل\n\nأعلن الجيش في ميانمار استيلاءه على السلطة. ودان الاتحاد الأوروبي الانقلاب."
      + FILLER),
     {("EU", "condemns", "MMR")}),
    ("concern_for_a_situation_in_a_state_stays_a_place",
     "خبر عاجل\n\nوأعرب الاتحاد الأوروبي عن قلقه إزاء الوضع في ميانمار." + FILLER,
     set()),
    ("a_dateline_that_opens_with_its_outlet",
     ("نشرة أفريقيا الوسطى الإخبارية — كينشاسا، 31 تشرين الأول/أكتوبر 2022: مؤتمر صحفي\n\n"
      "عقد الناطق باسم الحكومة الكونغولية مؤتمراً صحفياً في كينشاسا.\n\n"
      "سؤال: ما موقفكم من المواقف الدولية؟\n"
      "الناطق: نثمّن موقف الولايات المتحدة." + FILLER),
     {("COD", "welcomes", "USA")}),
    ("the_particle_of_the_perfect_before_the_verb",
     ("خبر عاجل\n\nوقال وزير الخارجية الكونغولي إن بلاده ترحب بالموقف الأمريكي. فقد أجرى "
      "وزير الخارجية أنتوني بلينكن اتصالاً هاتفياً بالرئيس الكونغولي." + FILLER),
     {("COD", "welcomes", "USA"), ("USA", "holds_talks", "COD")}),
    ("two_names_after_a_verb_of_appeal",
     ("خبر عاجل\n\nوقد أجرى وزير الخارجية أنتوني بلينكن اتصالاً هاتفياً بالرئيس الكونغولي، "
      "ودعت واشنطن رواندا إلى وقف دعمها للمتمردين." + FILLER),
     {("USA", "holds_talks", "COD"), ("USA", "demands", "RWA")}),
    ("a_surname_after_a_clitic_preposition",
     ("خبر عاجل\n\nقال رئيس الوزراء الباكستاني عمران خان إن بلاده ستفرج عن الطيار. وأجرى وزير "
      "الخارجية الإماراتي اتصالاً هاتفياً بخان." + FILLER),
     {("ARE", "holds_talks", "PAK")}),
    ("a_vote_counted_in_words",
     ("خبر عاجل\n\nوانتقد المندوب الروسي مشروع القرار. ونال المشروع تأييد عشرة أعضاء، فيما "
      "امتنعت الصين والهند والبرازيل عن التصويت." + FILLER),
     set()),
    ("praise_for_a_partys_commitment_to_a_truce",
     "خبر عاجل\n\nوأشاد الرئيس الأمريكي بالتزام تركيا بالهدنة." + FILLER,
     {("USA", "welcomes", "TUR")}),
    ("congratulating_a_party_on_an_agreement",
     "خبر عاجل\n\nوهنأ الرئيس الأمريكي تركيا بتوقيع الاتفاق." + FILLER,
     set()),
    ("a_feminine_word_after_a_masculine_head",
     ("خبر عاجل\n\nأعلن حزب الله أنه استهدف موقعاً إسرائيلياً. وحمّل وزير الخارجية الإسرائيلي "
      "الحزب المسؤولية الكاملة عن الهجوم." + FILLER),
     {("ISR", "accuses", "HEZBOLLAH")}),
    ("ones_own_contacts_between_two_sides",
     ("خبر عاجل\n\nوأضاف أن المبعوث الرئاسي الأمريكي آموس هوكشتاين يواصل اتصالاته بين بيروت "
      "وتل أبيب لمنع اتساع رقعة الحرب." + FILLER),
     {("USA", "mediates", "LBN"), ("USA", "mediates", "ISR")}),
    ("thanks_for_hosting_rounds_between_them",
     ("خبر عاجل\n\nويعرب الجانبان السعودي والإيراني عن تقديرهما وشكرهما لجمهورية العراق "
      "وسلطنة عمان لاستضافتهما جولات الحوار التي جرت بينهما." + FILLER),
     {("SAU", "welcomes", "IRQ"), ("SAU", "welcomes", "OMN"), ("IRN", "welcomes", "IRQ"),
      ("IRN", "welcomes", "OMN"), ("IRQ", "mediates", "SAU"), ("IRQ", "mediates", "IRN"),
      ("OMN", "mediates", "SAU"), ("OMN", "mediates", "IRN")}),
    ("the_author_past_coordinated_relative_verbs",
     ("مؤتمر صحفي\n\nعقد المتحدث باسم وزارة الخارجية الإيرانية مؤتمره الصحفي الأسبوعي.\n\n"
      "س: ما ردكم على القرار الذي صاغته وقدمته الولايات المتحدة وبريطانيا؟\n\n"
      "ج: نرفض هذا القرار رفضاً قاطعاً." + FILLER),
     {("IRN", "rejects", "USA"), ("IRN", "rejects", "GBR")}),
    ("a_statement_issued_by_a_list_past_a_word_of_time",
     ("خبر عاجل\n\nأصدر وزراء خارجية مصر سامح شكري وفرنسا والأردن أيمن الصفدي اليوم بياناً "
      "مشتركاً بشأن خطط الضم. ورحّب المتحدث باسم الرئاسة الفلسطينية بالبيان." + FILLER),
     {("PSE", "welcomes", "EGY"), ("PSE", "welcomes", "FRA"), ("PSE", "welcomes", "JOR")}),
    ("a_short_name_after_a_bare_title",
     ("خبر عاجل\n\nأجرى الرئيس الأمريكي اتصالاً هاتفياً بنظيره البرازيلي لويس إيناسيو لولا دا "
      "سيلفا. وأعرب الرئيس الأرجنتيني عن دعمه غير المشروط للرئيس لولا." + FILLER),
     {("USA", "holds_talks", "BRA"), ("ARG", "expresses_support", "BRA")}),
    ("a_veto_used_against_a_draft",
     ("خبر عاجل\n\nوجاء التصويت بعد أسبوع من المفاوضات، استخدمت خلاله روسيا والصين حق النقض ضد "
      "مشروعين قدمتهما ألمانيا وبلجيكا." + FILLER),
     {(a, "rejects", b) for a in ("RUS", "CHN") for b in ("DEU", "BEL")}),
    ("regret_for_a_veto_used",
     ("خبر عاجل\n\nوأعرب المجلس الوزاري عن أسفه لاستخدام الولايات المتحدة حق النقض ضد مشروع "
      "القرار الجزائري." + FILLER),
     {("USA", "rejects", "DZA")}),
    ("a_label_whose_reading_names_a_state",
     ("إحاطة صحفية\n\nعقدت المتحدثة باسم وزارة الخارجية الأمريكية تامي بروس إحاطتها الصحفية "
      "اليومية.\n\nسؤال: ما تعليقكم على قرار إيران؟\n"
      "بروس: «نندد بقرار إيران تعليق تعاونها مع الوكالة»." + FILLER),
     {("USA", "condemns", "IRN")}),
    ("the_leads_act_of_force_named_back",
     ("عواصم عربية تدين الضربة الإسرائيلية على الدوحة\n\nتوالت ردود الفعل على الضربة التي "
      "استهدفت مقراً في الدوحة. وكانت الغارات الروسية على حلب قد أثارت غضباً واسعاً. وأدان "
      "وزير الخارجية المصري الهجوم." + FILLER),
     {("EGY", "condemns", "ISR")}),
]


@pytest.mark.parametrize(("case", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_phenomenon(case: str, text: str, expected: set[Edge]) -> None:
    assert edges(text) == expected

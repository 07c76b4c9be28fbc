"""Arabic constructions traced in fresh19_ar and fresh20_ar (24 articles written for the
project by helpers who read only the ontology and the gazetteer ids, scored blind in the fifth
session of 2026-12-06 and traced in the sixth), each tested on sentences written for this file.

- A charge stated as what an actor goes on doing, in reported speech: «قال المتحدث باسم
  الحكومة السورية إن إسرائيل "تواصل العدوان"», «أن الولايات المتحدة تشن عدواناً» accuse the
  actor of aggression (rule 21; cue ar.accuses.continues), not a journalist's narrative
  «وتواصل إسرائيل عدوانها على غزة» nor «ستواصل جهودها».
- Drafts and their sponsors (rule 22): «مشروع قرار قدمته فرنسا والنرويج يدعو …»: the verb right
  after the sponsors states their stance, not that of whoever reports or vetoes the draft
  (words draft_nouns); an adopted resolution («القرار 2735، الذي صاغته واشنطن ويطالب …») stays
  the Council's as well; «أسقطت الصين مشروع قرار قدمته فرنسا» rejects its sponsors (rule 11;
  cue ar.rejects.veto).
- Mediation by bringing the sides together (rule 16): «لجمع الحكومة الإثيوبية والحكومة
  الإريترية حول طاولة واحدة» (cue ar.mediates.gather; the sides are its object, past a head
  noun), and talks «برئاسة مشتركة من فرنسا والولايات المتحدة» (cue ar.mediates.cochair, its
  holders after «من»); «وفد برئاسة وزير الخارجية» is no mediation.
- Sovereignty in a list of a state's attributes: «التزام الجامعة بأمن قطر وسيادتها», «دعم
  لأمن قطر واستقرارها وسيادتها»: a sovereignty noun after «و» with its own pronoun takes the
  word before the list's first noun (التزام، دعم) and the state it names (rule 1).
- Advice is an appeal: «ننصح واشنطن بالكف عن …» (cue ar.appeal.daa); advice to one's own
  citizens names no addressee.
- «جدد وزير الخارجية الأردني دعوة الأردن إلى حوار مع الحكومة السورية»: a call whose genitive
  is the holder's own state is its own call, so the addressee is in what it asks.
- A live blog's entry «13:30 — المقداد يطالب إسرائيل بالانسحاب …»: a name after the time
  stamp's dash is the verb's subject, as after a comma or colon.
- A headline's two dots end a clause: «مصر وتركيا تتفقان على ….. وإيران تدين …» (the agreement
  is between the first two only, and Iran holds its own condemnation); a numbered item «1-
  أجرى الوزيران محادثات» opens a clause, so its verb is the past, not the first person.
- Summits: «القمة العربية», «القمة الخليجية», «القمة الإسلامية» are the organisation that holds
  them (gazetteer aliases), and a later bare «القمة» that speaks («وأكدت القمة دعمها …») is that
  organisation (words summit_words); «عقب القمة» is when, no partner of talks.
- Victims of killing and abduction (rule 11): «أدانت قطر مقتل دبلوماسيين إيرانيين» is no
  condemnation of Iran (words harm_nouns).
- «مجلس التعاون رفيع المستوى بين البلدين»: the generic name «مجلس التعاون» followed by
  «رفيع»، «الاستراتيجي» names a body of two states, not the Gulf Cooperation Council (words
  bilateral_body_names, bilateral_body_tails).
- «قرار المجلس الوزاري الإسرائيلي المصغر»: an act noun before a body whose adjective names the
  state is that state's act, so a later «دان … القرار» condemns it (rule 11).
- «أجرى وزير الخارجية التركي اتصالاً هاتفياً بنظيره الإيراني ودعا إلى ضبط النفس»: a verb
  joined by و/ف goes on with the clause before, so the name right before it is no subject;
  and a call with no addressee made in the conversation the same sentence reports is to the
  other side (rule 24).
"""

from __future__ import annotations

import pytest

from tests.edge_cases import Edge
from tests.edge_cases import edges_ar as edges

CASES: list[tuple[str, str, set[Edge]]] = [
    ("a_charge_of_continued_aggression",
     'وقال المتحدث باسم الحكومة السورية إن إسرائيل "تواصل العدوان على الأراضي السورية".',
     {("SYR", "accuses", "ISR")}),
    ("waging_aggression",
     "وأكد الرئيس الإيراني أن الولايات المتحدة تشن عدواناً اقتصادياً على الشعب الإيراني.",
     {("IRN", "accuses", "USA")}),
    ("narrative_aggression_is_no_stance",
     "وتواصل إسرائيل عدوانها على غزة لليوم العاشر على التوالي وسط دعوات دولية.",
     set()),
    ("continued_efforts_are_no_charge",
     "وقال وزير الخارجية المصري إن بلاده ستواصل جهودها لدعم الحوار في ليبيا.",
     set()),
    ("a_vetoed_draft_and_its_sponsors",
     ("أسقطت الصين مشروع قرار في مجلس الأمن قدمته فرنسا والنرويج يدعو الحكومة الإثيوبية "
      "والحكومة الإريترية إلى وقف الأعمال العدائية فوراً."),
     {("CHN", "rejects", "FRA"), ("CHN", "rejects", "NOR"),
      ("FRA", "urges_restraint", "ETH"), ("FRA", "urges_restraint", "ERI"),
      ("NOR", "urges_restraint", "ETH"), ("NOR", "urges_restraint", "ERI")}),
    ("an_adopted_resolution_is_the_councils_too",
     ("وتبنى مجلس الأمن القرار 2735، الذي صاغته واشنطن ويطالب حركة حماس بقبول المقترح دون "
      "تأخير."),
     {("UNSC", "demands", "HAMAS"), ("USA", "demands", "HAMAS")}),
    ("bringing_two_governments_to_one_table",
     ("وقال المبعوث الأممي إنه سيواصل جهوده لجمع الحكومة الإثيوبية والحكومة الإريترية حول "
      "طاولة واحدة."),
     {("UN", "mediates", "ETH"), ("UN", "mediates", "ERI")}),
    ("talks_co_chaired_by_two_states",
     "وتعقد المحادثات بين أرمينيا وأذربيجان برئاسة مشتركة من فرنسا والولايات المتحدة.",
     {(h, "mediates", t) for h in ("FRA", "USA") for t in ("ARM", "AZE")}),
    ("a_delegation_headed_by_a_minister_is_no_mediation",
     "ووصل إلى القاهرة وفد سعودي برئاسة وزير الخارجية لبحث العلاقات الثنائية مع مصر.",
     set()),
    ("sovereignty_with_its_pronoun_in_a_list",
     "وأكد الأمين العام للجامعة العربية التزام الجامعة بأمن الكويت واستقرارها وسيادتها.",
     {("ARL", "affirms_sovereignty", "KWT")}),
    ("advising_a_state_is_an_appeal",
     "وقالت المتحدثة باسم الخارجية الصينية: ننصح طوكيو بالكف عن التدخل في شؤون تايوان.",
     {("CHN", "demands", "JPN")}),
    ("advising_citizens_names_no_addressee",
     "ونصحت الخارجية الكويتية مواطنيها بتجنب السفر إلى لبنان في الوقت الراهن.",
     set()),
    ("the_holders_own_call_by_its_state",
     "وجدد وزير الخارجية الأردني دعوة الأردن إلى حوار مباشر مع الحكومة العراقية.",
     {("JOR", "calls_for_dialogue", "IRQ")}),
    ("a_subject_after_a_time_stamp_dash",
     ("13:30 — المقداد يطالب إسرائيل بالانسحاب من الجولان المحتل.\n\n"
      "14:10 — وصل الوفد العراقي إلى القاعة."),
     {("SYR", "demands_withdrawal", "ISR")}),
    ("a_headlines_two_dots_end_a_clause",
     "مصر وتركيا تتفقان على تعزيز التعاون الاقتصادي.. وإيران تدين الهجوم على سفارتها",
     {("EGY", "expresses_intent_to_cooperate", "TUR"),
      ("TUR", "expresses_intent_to_cooperate", "EGY")}),
    ("a_numbered_item_opens_a_clause",
     ("التقى وزير الخارجية الأردني نظيره السوري في عمّان، وصدر عنهما البيان التالي:\n\n"
      "«1- أجرى الوزيران محادثات معمقة تناولت العلاقات الثنائية."),
     {("JOR", "holds_talks", "SYR"), ("SYR", "holds_talks", "JOR")}),
    ("an_arab_summit_and_its_bare_summit",
     "افتتحت القمة العربية في الجزائر. وأكدت القمة دعمها لوحدة ليبيا وسيادتها.",
     {("ARL", "affirms_sovereignty", "LBY")}),
    ("after_the_summit_is_no_partner",
     ("افتتحت القمة الخليجية في الرياض. وفي مؤتمر صحفي عقب القمة، أعلن وزير الخارجية "
      "السعودي استعداد بلاده لاستئناف الحوار."),
     set()),
    ("the_victims_of_a_killing_are_no_target",
     "وأدانت قطر مقتل دبلوماسيين إيرانيين في كابول.",
     set()),
    ("a_high_level_cooperation_council_is_no_gcc",
     ("وصل الرئيس التركي إلى أثينا حيث استقبله رئيس الوزراء اليوناني، قبل أن يترأس "
      "الزعيمان اجتماع مجلس التعاون رفيع المستوى بين البلدين."),
     {("GRC", "holds_talks", "TUR")}),
    ("the_decision_of_a_states_body",
     ("توالت ردود الفعل على قرار المجلس الوزاري الإسرائيلي المصغر السيطرة على مدينة غزة. "
      "وفي عمّان، دان وزير الخارجية الأردني القرار."),
     {("JOR", "condemns", "ISR")}),
    ("a_joined_verb_after_the_partner_and_rule_24",
     "أجرى وزير الخارجية التركي اتصالاً هاتفياً بنظيره الإيراني ودعا إلى ضبط النفس.",
     {("TUR", "holds_talks", "IRN"), ("TUR", "urges_restraint", "IRN")}),
    ("a_victim_past_a_title",
     "وأدانت قطر اغتيال رئيس المكتب السياسي لحركة حماس في طهران، وحملت إسرائيل المسؤولية.",
     {("QAT", "condemns", "ISR"), ("QAT", "accuses", "ISR")}),
    ("a_hoped_for_sponsor_is_no_mediator",
     ("وقال الرئيس اللبناني: \"لبنان مستعد للتفاوض غير المباشر مع إسرائيل، ونأمل أن يجري ذلك "
      "برعاية الأمم المتحدة\"."),
     {("LBN", "expresses_intent_to_meet", "ISR")}),
    ("a_call_that_singles_out_one_addressee",
     "ودعا الرئيس اللبناني جميع القوى، ولا سيما حزب الله، إلى تسليم السلاح إلى الجيش.",
     {("LBN", "demands", "HEZBOLLAH")}),
    ("envoys_told_to_leave_are_expelled",
     "وطلبت البحرين من السفير اللبناني مغادرة أراضيها خلال ثمان وأربعين ساعة.",
     set()),
    ("forces_told_to_leave_are_a_withdrawal",
     "وطالبت بغداد القوات الأمريكية بمغادرة البلاد في أقرب وقت.",
     {("IRQ", "demands_withdrawal", "USA")}),
    ("the_state_interfered_with_is_no_target",
     "وأكد المندوب الصيني رفض بلاده أي تدخل خارجي في الشؤون الداخلية للسودان.",
     set()),
    ("the_interferer_stays_the_target",
     "ورفضت مصر التدخل التركي في ليبيا.",
     {("EGY", "rejects", "TUR")}),
    ("stopping_shelling_across_the_border",
     "وطالبت بنغلاديش سلطات ميانمار بوقف إطلاق القذائف عبر الحدود.",
     {("BGD", "urges_restraint", "MMR")}),
    ("keeping_clashes_away_from_civilians",
     ("ودعا رئيس الوزراء العراقي كلاً من تركيا وحزب العمال الكردستاني إلى إبعاد المواجهات "
      "بينهما عن المناطق المدنية."),
     {("IRQ", "urges_restraint", "TUR"), ("IRQ", "urges_restraint", "PKK")}),
    ("stopping_these_strikes",
     "وطالبت إيران واشنطن بوقف هذه الضربات فوراً.",
     {("IRN", "urges_restraint", "USA")}),
]


@pytest.mark.parametrize(("case", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_phenomenon(case: str, text: str, expected: set[Edge]) -> None:
    assert edges(text) == expected

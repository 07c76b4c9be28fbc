"""Arabic constructions found by counting errors across all the traced sets in the eighth
session of 2026-12-06, each tested on sentences written for this file.

- Rule 10 types an appeal by what it asks: «طالبت ألمانيا إثيوبيا بوقف دعمها للمتمردين وسحب
  قواتها», «دعت فرنسا روسيا إلى إعادة تقييم سياستها وسحب قواتها» ask first for something no
  content types, then for a withdrawal: a demand and a demand of withdrawal (words
  asked_act_preps). Not when the first thing asked is itself typed («إلى الالتزام بوقف إطلاق
  النار»).
- Stopping bloodshed («وقف إراقة الدماء»، «سفك الدماء»، «الاقتتال») is a call for restraint.
- Describing an act as cruel, unfit, a show or propaganda («وصف الفيتو الروسي بأنه "عمل قاسٍ"»،
  «بأنها "مسرحية دعائية"»، «"غير لائقة"») is a negative judgement of its actor, a
  condemnation (rule 21; cue ar.condemns.describe).
- Working with an actor in the future («ستعمل مع الجانب الكويتي على …»، «سنعمل معهم») is an
  intent to cooperate (cue ar.cooperate.work_with; not «عملت فرنسا مع ألمانيا على …», done).
- An agreement announced as reached («أعلن التوصل إلى اتفاق مع الجانب الإيراني») binds both
  sides (rule 23; cue ar.agreement.announced_reached), as «تم التوصل إلى اتفاق» did.
- A launch named with its author («لبحث إطلاق كوريا الشمالية صاروخاً») is that actor's act,
  not the act of the sentence's subject, for a later «دانت فرنسا عملية الإطلاق» (words
  event_nouns, main_act_nouns; «عملية» before the act noun is passed over: words
  act_wrappers), also past a closing quote («"يدين بشدة" عملية الإطلاق»).
- «مجلس النواب الليبي»: the adjective after «مجلس النواب» is the chamber's, an actor, not the
  members' people (words title_fillers before a head), also «قوات الأمن التونسية».
- «في حين اتهمت منظمة «هيومن رايتس ووتش» قوات الأمن …»: a body the gazetteer does not know,
  named in quotes after the verb, is the subject (words group_heads), not the last speaker.
- «من جهته، اكتفى الأمين العام لجامعة الدول العربية … بالتعبير عن قلقه»: after «من جهته،» a
  verb that is none of our cues still opens the clause, and the title after it is its subject.
- «رعاية المقر», «رعاية المصالح»: custody of a mission's premises is no mediation.
- «وطالب المتحدث باسم الوزارة كلاً من كولومبيا وتشيلي بـ…»: a list opener after a title
  starts the object; the title is the subject.
- «تطالب إسرائيل بوقف هجماتها على القطاع فوراً، وبرفع الحصار»: a conjunct «وب…» after the
  typed things an appeal asks, asking for something no content types, is a demand too (rule
  10); not «وبالعودة إلى المفاوضات», typed.
- «وبحسب ما نشرته الصحيفة، شكك ماكرون …، واتهم …»: past the source a sentence opens with
  (words according), the verb that is none of our cues opens the clause and the actor after
  it is the subject.
- «لقاء مع شباب من أصول جزائرية»: people of a state's origin are no actor (words
  non_actor_heads).
- «عبد المهدي أجرى اتصالاً هاتفياً بالرئيس ترامب», «16:30 — ترامب يعود إلى تويتر: "…
  فستدفع إيران ثمناً باهظاً"»: a sentence that opens (past a live blog's time and a label
  before a colon) with an actor's name and then a verb that is none of our cues has that
  actor as its subject, not the last speaker.
- «كتائب حزب الله» (Kata'ib Hezbollah, an Iraqi militia) is not Hezbollah and has no id
  (words non_actor_names); as a subject before its verb it holds the verbs after it, so
  «…، وتطالب بطرد القوات الأمريكية» is no one's we can name, not the last speaker's.
- Praised efforts: «ثمنت السعودية جهود مصر في الوساطة بين …», «جهود الأردن ومصر في رعايته»,
  «بدور قطر في تسهيل المحادثات»: the mediation is the one whose efforts or role they are
  (words effort_nouns), not the one who praises them; support for efforts («دعمه لجهود
  الأمم المتحدة») stays the supporter's.
- Rule 16: a mediation whose object the sentence places in a third state by its name
  («رحب الجانبان بالهدنة التي أُعلنت في اليمن … برعاية الأمم المتحدة») is not between the
  article's pair; its sides are that state's, which the sentence does not name (not a
  capital where talks were held: «الاتفاق الذي جرى التوصل إليه في بكين برعاية صينية»).
- «أما المشروع الروسي فلم يؤيده سوى الصين، وصوتت ضده الولايات المتحدة»: the pronoun of «ضده»
  is the act named before in the sentence, whose author is the target (rule 11; words
  pronoun_preps).
- «حكومة الوفاق (الوطني)», the Government of National Accord, is Libya (gazetteer overlay
  aliases; rule 8: the government the state was represented by then).
- «وجدد الأسد، بحسب البيان، مطالبة دمشق بخروج القوات …»: a comma that closes an aside citing
  a source leaves the verbal noun after it the verb's object, not a participle of a new clause
  (words according).
- The one attacked is no target: «أدانت مصر الهجوم على السفارة السعودية» does not condemn
  Saudi Arabia (a noun of force, «على», then the place and its state; words force_nouns,
  on_preps); nor is the army a relative clause's verb struck its author («الهجوم الذي استهدف
  موقعاً للجيش التشادي»: only «الاحتلال», «قوات», «جيش» before an adjective name the author).
- «وأشاد الأمين العام لجامعة الدول العربية … بالخطوة، وهنأت وزارة الخارجية العراقية الأردن
  باستعادة أراضيه»: a title phrase of another actor right after a verb joined by و, with the
  verb's object after it, is that verb's own subject, not the subject before it.
- «ولم تشارك كوريا الشمالية في الجلسة، لكن وزارة خارجيتها قالت … متهمة واشنطن …»: a title
  with its owner's pronoun before the verb, after «لكن» or a complementizer, is the owner's,
  the actor the sentence named last before it (not the last speaker).
- «أفريقيا الوسطى» without «جمهورية» is the Central African Republic (gazetteer overlay).
- Proposing is a readiness typed by what is proposed (cue ar.ready.propose): «اقترحت بانغي
  تشكيل لجنة تحقيق مشتركة مع تشاد» is an intent to cooperate, «اقترحت مصر عقد قمة ثلاثية مع
  السودان وإثيوبيا» an intent to meet.
- A roundup's adverb and its comma («عربياً،», «دولياً،») open no clause: the verb after them
  opens it, and its subject after it («عربياً، أجرى وزير الخارجية السعودي …») holds the
  sentence, not the last speaker.
- Two calls reported at once («أجرى اتصالين بنظيريه اللبناني … والسوري …»; cue forms with the
  dual counterpart) are talks with each, and «دعا خلالهما إلى …» calls on both (rule 24; words
  joint_conversation_refs).
- «ودعت كينيا في بيان رواندا وأوغندا إلى مواصلة الحوار»: past a short circumstance, the names
  right before what is asked are the ones asked (found in fresh26_ar after it was scored).
- Recalling one's ambassador from a state («استدعت الجزائر سفيرها من مدريد للتشاور») is a
  protest that condemns it (cue ar.condemns.recall), as English.
"""

from __future__ import annotations

import pytest

from tests.edge_cases import Edge
from tests.edge_cases import edges_ar as edges

FILLER = "\n\nولم تتوفر تفاصيل إضافية حتى مساء يوم الأحد بحسب التقرير الذي نشر اليوم."

CASES: list[tuple[str, str, set[Edge]]] = [
    ("an_untyped_ask_before_a_withdrawal_after_b",
     "طالبت وزيرة الخارجية الألمانية إثيوبيا بوقف دعمها للمتمردين وسحب قواتها من الإقليم." + FILLER,
     {("DEU", "demands", "ETH"), ("DEU", "demands_withdrawal", "ETH")}),
    ("an_untyped_ask_before_a_withdrawal_after_ila",
     "دعت فرنسا روسيا إلى إعادة تقييم سياستها وسحب قواتها من أوكرانيا." + FILLER,
     {("FRA", "demands", "RUS"), ("FRA", "demands_withdrawal", "RUS")}),
    ("an_untyped_ask_before_restraint_in_a_quote",
     ("وقال وزير الخارجية الإيراني: \"نطالب الحكومة الإماراتية بتقديم اعتذار رسمي، ووقف "
      "الهجمات على سفننا\"." + FILLER),
     {("IRN", "demands", "ARE"), ("IRN", "urges_restraint", "ARE")}),
    ("a_typed_first_ask_adds_no_demand",
     "دعت فرنسا روسيا إلى سحب قواتها من أوكرانيا ووقف الهجمات على المدن." + FILLER,
     {("FRA", "demands_withdrawal", "RUS"), ("FRA", "urges_restraint", "RUS")}),
    ("keeping_to_a_ceasefire_is_restraint_only",
     "دعت مصر إسرائيل وحماس إلى الالتزام بوقف إطلاق النار." + FILLER,
     {("EGY", "urges_restraint", "ISR"), ("EGY", "urges_restraint", "HAMAS")}),
    ("stopping_bloodshed_is_restraint",
     "دعت روسيا أذربيجان وأرمينيا إلى وقف إراقة الدماء والعودة إلى طاولة المفاوضات." + FILLER,
     {("RUS", "urges_restraint", "AZE"), ("RUS", "urges_restraint", "ARM"),
      ("RUS", "calls_for_dialogue", "AZE"), ("RUS", "calls_for_dialogue", "ARM")}),
    ("a_veto_described_as_cruel",
     "وصفت المندوبة الأمريكية الفيتو الروسي بأنه \"عمل قاس وغير مسؤول\"." + FILLER,
     {("USA", "condemns", "RUS")}),
    ("a_case_described_as_propaganda",
     ("من جانبه، وصف وزير الخارجية الإسرائيلي الدعوى التي رفعتها نيكاراغوا بأنها \"مسرحية "
      "دعائية\"." + FILLER),
     {("ISR", "condemns", "NIC")}),
    ("remarks_described_as_unfit",
     ("اتهمت إيران حركة طالبان بحجز المياه. ووصف المتحدث باسم الحركة تصريحات الرئيس الإيراني "
      "بأنها \"غير لائقة\"." + FILLER),
     {("IRN", "accuses", "TALIBAN"), ("TALIBAN", "condemns", "IRN")}),
    ("working_with_an_actor_later",
     ("وقال وزير الخارجية العراقي إن الحكومة ستعمل مع الجانب الكويتي على إيجاد مخرج قانوني."
      + FILLER),
     {("IRQ", "expresses_intent_to_cooperate", "KWT")}),
    ("having_worked_with_an_actor_is_no_intent",
     "عملت فرنسا مع ألمانيا على صياغة المقترح." + FILLER,
     set()),
    ("an_agreement_announced_as_reached",
     ("أعلن رئيس الوزراء العراقي التوصل إلى اتفاق مع الجانب الإيراني يقضي بمقايضة النفط "
      "بالغاز." + FILLER),
     {("IRQ", "expresses_intent_to_cooperate", "IRN"),
      ("IRN", "expresses_intent_to_cooperate", "IRQ")}),
    ("a_launch_condemned_is_its_authors",
     ("عقد مجلس الأمن جلسة لبحث إطلاق كوريا الشمالية صاروخاً باليستياً فوق اليابان. وقال "
      "الأمين العام للأمم المتحدة إنه \"يدين بشدة\" عملية الإطلاق. كما دانت المملكة المتحدة "
      "وفرنسا عملية الإطلاق." + FILLER),
     {("UN", "condemns", "PRK"), ("GBR", "condemns", "PRK"), ("FRA", "condemns", "PRK")}),
    ("an_act_in_construct_is_not_the_subjects",
     ("عقد مجلس الأمن جلسة لبحث إطلاق كوريا الشمالية صاروخاً باليستياً. ودانت فرنسا الإطلاق."
      + FILLER),
     {("FRA", "condemns", "PRK")}),
    ("the_chambers_adjective_is_an_actor",
     ("أعربت مصر عن قلقها من المذكرة التركية. وفي طبرق، رفض مجلس النواب الليبي المذكرة "
      "التركية." + FILLER),
     {("EGY", "expresses_concern", "TUR"), ("LBY", "rejects", "TUR")}),
    ("a_quoted_unknown_body_is_the_subject",
     ("أشادت رئيسة الوزراء الإيطالية بالتعاون الذي أبدته تونس، في حين اتهمت منظمة «هيومن "
      "رايتس ووتش» قوات الأمن التونسية بارتكاب انتهاكات." + FILLER),
     {("ITA", "welcomes", "TUN")}),
    ("a_verb_after_for_his_part_opens_the_clause",
     ("أعرب الاتحاد الأوروبي عن قلقه. من جهته، اكتفى الأمين العام لجامعة الدول العربية أحمد "
      "أبو الغيط بالتعبير عن قلقه من التدخل التركي في ليبيا." + FILLER),
     {("ARL", "expresses_concern", "TUR")}),
    ("custody_of_premises_is_no_mediation",
     ("أدانت الأرجنتين حصار فنزويلا للسفارة، واتهمت كاراكاس بانتهاك اتفاقية فيينا. ورفضت "
      "البرازيل القرار الفنزويلي، مؤكدة أنها ستواصل رعاية المقر حتى تعيّن الأرجنتين دولة "
      "أخرى." + FILLER),
     {("ARG", "condemns", "VEN"), ("ARG", "accuses", "VEN"), ("BRA", "rejects", "VEN")}),
    ("a_list_opener_after_a_title_starts_the_object",
     ("انتقدت وزارة الخارجية الإسرائيلية القرار البوليفي. وطالب المتحدث باسم الوزارة كلاً من "
      "كولومبيا وتشيلي بإدانة الهجوم." + FILLER),
     {("ISR", "condemns", "BOL"), ("ISR", "demands", "COL"), ("ISR", "demands", "CHL")}),
    ("an_untyped_conjunct_after_a_halt_is_a_demand",
     ("قال نائب وزير الخارجية البوليفي إن حكومته تطالب إسرائيل بوقف هجماتها على القطاع فوراً، "
      "وبرفع الحصار المفروض عليه." + FILLER),
     {("BOL", "urges_restraint", "ISR"), ("BOL", "demands", "ISR")}),
    ("a_typed_conjunct_adds_no_demand",
     "دعت مصر إسرائيل إلى وقف الهجمات وبالعودة إلى المفاوضات." + FILLER,
     {("EGY", "urges_restraint", "ISR"), ("EGY", "calls_for_dialogue", "ISR")}),
    ("past_the_cited_source_the_verb_opens",
     ("استدعت الجزائر سفيرها لدى فرنسا. وبحسب ما نشرته الصحيفة، شكك ماكرون في وجود أمة "
      "جزائرية، واتهم السلطات الجزائرية بتوظيف ملف الذاكرة." + FILLER),
     {("DZA", "condemns", "FRA"), ("FRA", "accuses", "DZA")}),
    ("people_of_a_states_origin_are_no_actor",
     "التقى الرئيس الفرنسي شباباً من أصول جزائرية في باريس." + FILLER,
     set()),
    ("a_name_then_a_verb_that_is_no_cue",
     ("أدانت روسيا الضربات الأمريكية. مكتب رئيس الوزراء: عبد المهدي أجرى اتصالاً هاتفياً "
      "بالرئيس ترامب." + FILLER),
     {("RUS", "condemns", "USA"), ("IRQ", "holds_talks", "USA")}),
    ("a_live_blog_name_then_a_verb_speaks_the_quote",
     ("15:00 — المتحدث باسم الخارجية الإيرانية يدين الغارات الأمريكية.\n\n16:30 — ترامب يعود "
      "إلى تويتر: \"إذا أصيب أي أمريكي بأذى فستدفع إيران ثمناً باهظاً جداً\"." + FILLER),
     {("IRN", "condemns", "USA"), ("USA", "threatens", "IRN")}),
    ("kataib_hezbollah_is_not_hezbollah",
     ("أدانت الحكومة العراقية الضربات الأمريكية.\n\n13:00 — كتائب حزب الله تتوعد في بيان "
      "بـ\"رد قاسٍ\" على الضربات الأمريكية، وتطالب بطرد القوات الأمريكية من العراق." + FILLER),
     {("IRQ", "condemns", "USA")}),
    ("praised_efforts_mediate_for_their_owner",
     "ثمنت السعودية جهود مصر في الوساطة بين إسرائيل وحماس." + FILLER,
     {("SAU", "welcomes", "EGY"), ("EGY", "mediates", "ISR"), ("EGY", "mediates", "HAMAS")}),
    ("praised_efforts_in_sponsoring_it",
     ("عقد مسؤولون فلسطينيون وإسرائيليون اجتماعاً في العقبة برعاية أردنية ومصرية. ورحبت "
      "السعودية بمخرجات الاجتماع، مثمّنة جهود الأردن ومصر في رعايته." + FILLER),
     {("JOR", "mediates", "PSE"), ("JOR", "mediates", "ISR"), ("EGY", "mediates", "PSE"),
      ("EGY", "mediates", "ISR"), ("SAU", "welcomes", "JOR"), ("SAU", "welcomes", "EGY")}),
    ("a_truce_in_a_third_state_is_not_between_the_pair",
     ("استقبل الملك سلمان الرئيس التركي في جدة. ورحب الجانبان بالهدنة التي أُعلنت في اليمن "
      "برعاية الأمم المتحدة." + FILLER),
     {("SAU", "holds_talks", "TUR"), ("SAU", "welcomes", "UN"), ("TUR", "welcomes", "UN")}),
    ("a_capital_where_talks_were_held_keeps_the_pair",
     ("رحب المجلس بالتقدم في العلاقات السعودية الإيرانية منذ الاتفاق الذي جرى التوصل إليه في "
      "بكين برعاية صينية." + FILLER),
     {("CHN", "mediates", "SAU"), ("CHN", "mediates", "IRN")}),
    ("voting_against_the_draft_named_before",
     ("أما المشروع الروسي فلم يؤيده سوى الصين، وصوتت ضده الولايات المتحدة وبريطانيا وفرنسا."
      + FILLER),
     {("USA", "rejects", "RUS"), ("GBR", "rejects", "RUS"), ("FRA", "rejects", "RUS")}),
    ("the_government_of_national_accord_is_libya",
     ("أطلق السيسي إعلان القاهرة، وهي مبادرة رفضتها حكومة الوفاق وأنقرة. ورفض المجلس الرئاسي "
      "لحكومة الوفاق تصريحات السيسي." + FILLER),
     {("LBY", "rejects", "EGY"), ("TUR", "rejects", "EGY")}),
    ("a_demand_after_an_aside_citing_the_source",
     ("وجدد الأسد، بحسب البيان، مطالبة دمشق بخروج القوات الأمريكية والتركية من الأراضي "
      "السورية." + FILLER),
     {("SYR", "demands_withdrawal", "USA"), ("SYR", "demands_withdrawal", "TUR")}),
    ("a_participle_after_a_clause_stays",
     "وأدانت مصر الهجوم، مطالبة إسرائيل بوقف العدوان." + FILLER,
     {("EGY", "urges_restraint", "ISR")}),
    ("the_one_attacked_is_no_target",
     "أدانت مصر الهجوم على السفارة السعودية في الخرطوم." + FILLER,
     set()),
    ("the_attackers_adjective_stays_the_target",
     "أدانت مصر الهجوم الإسرائيلي على غزة." + FILLER,
     {("EGY", "condemns", "ISR")}),
    ("the_struck_army_is_no_author",
     ("لم تكد تمر أيام على الهجوم الذي استهدف موقعاً للجيش التشادي. وأدان الاتحاد الأفريقي "
      "الهجوم." + FILLER),
     set()),
    ("a_title_after_a_wa_verb_is_its_subject",
     ("أعلن الملك عبد الله الثاني انتهاء العمل بالملحقين. وأشاد الأمين العام لجامعة الدول "
      "العربية أحمد أبو الغيط بالخطوة، وهنأت وزارة الخارجية العراقية الأردن باستعادة أراضيه."
      + FILLER),
     # (the step praised is the lead subject's act: rule 11, since the ninth session of
     # 2026-12-06)
     {("IRQ", "welcomes", "JOR"), ("ARL", "welcomes", "JOR")}),
    ("a_title_with_its_owners_pronoun_before_the_verb",
     ("أدانت روسيا العقوبات. ولم تشارك كوريا الشمالية في الجلسة، لكن وزارة خارجيتها قالت في "
      "بيان إن الإطلاق إجراء مشروع، متهمة واشنطن بانتهاج سياسة عدائية." + FILLER),
     {("PRK", "accuses", "USA")}),
    ("central_africa_without_republic",
     "أعرب الأمين العام للأمم المتحدة عن قلقه إزاء التوتر بين تشاد وأفريقيا الوسطى." + FILLER,
     {("UN", "expresses_concern", "TCD"), ("UN", "expresses_concern", "CAF")}),
    ("a_joint_inquiry_proposed",
     "واقترحت بانغي تشكيل لجنة تحقيق مشتركة مع تشاد لكشف ملابسات الحادث." + FILLER,
     {("CAF", "expresses_intent_to_cooperate", "TCD")}),
    ("a_summit_proposed",
     "اقترحت مصر عقد قمة ثلاثية مع السودان وإثيوبيا." + FILLER,
     {("EGY", "expresses_intent_to_meet", "SDN"), ("EGY", "expresses_intent_to_meet", "ETH")}),
    ("a_roundup_adverb_opens_no_clause",
     ("أعربت روسيا عن قلقها من التوتر. عربياً، أجرى وزير الخارجية السعودي اتصالاً هاتفياً "
      "بنظيره اللبناني." + FILLER),
     {("SAU", "holds_talks", "LBN")}),
    ("two_calls_and_an_appeal_during_them",
     ("أجرى وزير الخارجية السعودي الأمير فيصل بن فرحان اتصالين بنظيريه اللبناني يوسف رجي "
      "والسوري أسعد الشيباني، دعا خلالهما إلى ضبط النفس." + FILLER),
     {("SAU", "holds_talks", "LBN"), ("SAU", "holds_talks", "SYR"),
      ("SAU", "urges_restraint", "LBN"), ("SAU", "urges_restraint", "SYR")}),
    ("the_addressee_after_in_a_statement",
     "ودعت كينيا في بيان رواندا وأوغندا إلى مواصلة الحوار البناء." + FILLER,
     {("KEN", "calls_for_dialogue", "RWA"), ("KEN", "calls_for_dialogue", "UGA")}),
    ("recalling_ones_ambassador_condemns",
     "وكانت الجزائر قد استدعت سفيرها من مدريد للتشاور في مارس." + FILLER,
     {("DZA", "condemns", "ESP")}),
]


@pytest.mark.parametrize(("case", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_phenomenon(case: str, text: str, expected: set[Edge]) -> None:
    assert edges(text) == expected

"""Arabic constructions found by tracing fresh29_ar in the tenth session of 2026-12-06, each
tested on sentences written for this file.

- «حكومة الوحدة الوطنية» is a name of Libya's government and of South Sudan's (words
  ambiguous_names): in an article that names exactly one of them otherwise (Tripoli, «الليبية»)
  it is that state; with neither or both named it is no actor.
- United Nations missions with names of their own («اليونيفيل», «يونامي», «قوة الأمم المتحدة
  المؤقتة في لبنان») are the United Nations (gazetteer aliases of UN); a mission named by a
  description («بعثة الأمم المتحدة للدعم في ليبيا») is read through «الأمم المتحدة» inside it
  (an alias holding a word with a clitic, «للدعم», would make that word's whole form a known
  reading everywhere and hide «الدعم» from the cues).
- Rule 2: «تلت بياناً مشتركاً باسم ألبانيا وفرنسا واليابان، أدان …», «متحدثا أيضا باسم
  بوركينا فاسو»: the states listed after «باسم», «نيابة عن» (words behalf_openers, now shared
  with English) hold the stance with the speaker; a list with no «و» ends at its comma, and
  «المتحدث باسم حماس» is a spokesman's title, no one spoken for besides.
- «قال إن بلاده "تدين بشدة هذا الهجوم"، وإن الوزير أجرى اتصالين بالصفدي وكاتس»: a cue inside
  a complement clause has no object past a comma that opens a second complement; a first
  complement after a circumstance («توعدت …، في بيان …، بأن …») is still the cue's.
- Rule 25: a demonym after a number or a quantity noun («مليون ومئتي ألف سوداني», «آلاف
  السوريين»; words non_actor_heads) is a people, so receiving them is no meeting.
- Rule 5: «المجلس العسكري», «السلطات العسكرية» with no state after them (words regime_refs)
  are the state the article gave such a government elsewhere («المجلس العسكري في النيجر»);
  with none given they are no actor.
- «حالة الطوارئ» is «حالة», kept whole by the normaliser (words whole_words), not the
  conditional «حال» with a suffix that made the sentence hypothetical.
- Rule 15: «اللقاء الذي جمع الرئيس اللبناني بولي العهد السعودي», «فاللقاء الذي جمعه …
  بولي العهد»: a meeting that brought one actor together with another (cue ar.talks.gathered,
  «جمع» after a meeting noun; a new frame, «gathered») is talks both ways, the pronoun's
  antecedent found in the sentence or among the officials named before it; not a meeting
  «بوساطة» another (rule 9: its mediation).
- «استغلال الدعم الأمريكي»: a state's adjective right after a definite stance noun owns
  it (the one who holds it), so it is no target of the speaker's stance.
- Rules 12, 17: a call with no addressee in a sentence that names by name another state than
  the article's sides («جدد الجانبان حرصهما على وحدة السودان …، ودعوا إلى وقف القتال») is
  about that state's situation; the article's sides (Iran and Israel) are not borrowed for it
  (a mediation still takes its parties from anywhere, rule 16).
- Rule 17: support for a state's security or stability («دعمه لأمن العراق واستقراره»; words
  stability_heads, also English «support for Iraq's security and stability») is a topic.
- «اعتداء سافر على سيادة الصومال ووحدة أراضيه», said by Somalia: the territory's pronoun
  points to the state its gender agrees with, and when that is the holder there is no edge
  (not the next actor back, the one accused).
- Rule 22: «يقدر الموقف القبرصي», «قدّرت مصر الجهود القطرية»: appreciating a stance, efforts, a
  role or a step is welcoming it (cue ar.welcomes.qaddar, forms generated; only before such a
  noun, since «تقدر الأمم المتحدة عدد اللاجئين» estimates).
- Rule 4: «أمير دولة قطر الشيخ تميم … وحكومات سلطنة عمان وسويسرا وكوريا الجنوبية»: a state's
  name with its official named after it goes on as one member of a list, and a coordinated
  plural head («وحكومات»; now in title_heads) before names continues the list.
- The Houthis in the nominative («الحوثيون») and the masculine adjective of their acts («الهجوم
  الحوثي») are the group (gazetteer; the leader «عبد الملك الحوثي» stays a person).
- «أما السودان، فدعا الجيش السوداني وقوات الدعم السريع إلى وقف القتال»: a topic after «أما»
  named again right after an appeal verb (the state or its forces) is the matter and the one
  asked, not the speaker, who goes on from the sentence before (and goes on after it); «أما
  الرياض، فقد دعت وزارة الخارجية السعودية …» keeps the official after the verb as subject.
- Rule 20: «طالب مجلس الأمن بممارسة "ضغط حقيقي" على الميليشيات الحوثية لوقف تصعيدها»: the
  one pressed is found past a quote around the pressure, so the Council is asked (a demand),
  not urged to restraint.
- Rule 26: «يؤكد الطرفان احترامهما لسيادة كل منهما», «respect for each other's sovereignty»:
  each holder affirms the other's sovereignty («كل منهما» among the reciprocals; the dual
  «احترامهما، التزامهما …» before the cue).
"""

from __future__ import annotations

import pytest

from tests.edge_cases import Edge
from tests.edge_cases import edges_ar as edges

FILLER = "\n\nولم تتوفر تفاصيل إضافية حتى مساء يوم الأحد بحسب التقرير الذي نشر اليوم."

CASES: list[tuple[str, str, set[Edge]]] = [
    ("national_unity_government_in_a_libyan_article",
     ("اندلعت اشتباكات عنيفة في طرابلس بين قوات تابعة لحكومة الوحدة الوطنية وجهاز الردع.\n\n"
      "ودعت مصر حكومة الوحدة الوطنية إلى العودة للحوار." + FILLER),
     {("EGY", "calls_for_dialogue", "LBY")}),
    ("national_unity_government_in_a_south_sudanese_article",
     ("جوبا - أعلنت السلطات في جنوب السودان تأجيل الانتخابات.\n\n"
      "ودعت كينيا حكومة الوحدة الوطنية إلى العودة للحوار." + FILLER),
     {("KEN", "calls_for_dialogue", "SSD")}),
    ("national_unity_government_with_no_state_named",
     "ودعت مصر حكومة الوحدة الوطنية إلى العودة للحوار." + FILLER,
     set()),
    ("the_un_support_mission_in_libya",
     "ودعت بعثة الأمم المتحدة للدعم في ليبيا مصر إلى ضبط النفس." + FILLER,
     {("UN", "urges_restraint", "EGY")}),
    ("unifil",
     "وأدانت قوات اليونيفيل إسرائيل بعد استهداف أحد مواقعها." + FILLER,
     {("UN", "condemns", "ISR")}),
    ("a_joint_statement_read_for_a_list",
     ("وتلت المندوبة الأمريكية بياناً مشتركاً باسم ألبانيا وفرنسا واليابان، أدان عملية الإطلاق "
      "الكورية الشمالية بوصفها «انتهاكاً صارخاً» لقرارات المجلس." + FILLER),
     {("USA", "condemns", "PRK"), ("ALB", "condemns", "PRK"), ("FRA", "condemns", "PRK"),
      ("JPN", "condemns", "PRK")}),
    ("speaking_also_for_one_state_before_a_comma",
     ("وحذّر ممثل مالي، متحدثا أيضا باسم بوركينا فاسو، مجموعة إيكواس من أي تدخل "
      "عسكري في النيجر." + FILLER),
     {("MLI", "warns", "ECOWAS"), ("BFA", "warns", "ECOWAS")}),
    ("a_spokesman_of_a_movement_speaks_for_it_alone",
     "وقال المتحدث باسم حماس إن الحركة تدين الهجوم الإسرائيلي على المخيم." + FILLER,
     {("HAMAS", "condemns", "ISR")}),
    ("the_holders_own_dual_after_the_verb_is_no_target",
     ("وحذّر ممثل مالي، متحدثا أيضا باسم بوركينا فاسو، مجموعة إيكواس من أي تدخل عسكري، "
      "ومعلنا تضامن البلدين الكامل مع النيجر." + FILLER),
     {("MLI", "warns", "ECOWAS"), ("BFA", "warns", "ECOWAS"),
      ("MLI", "expresses_support", "NER"), ("BFA", "expresses_support", "NER")}),
    ("a_second_complement_is_no_object",
     ("وقال المتحدث باسم الخارجية الأمريكية إن بلاده «تدين بشدة هذا الهجوم الإرهابي»، وإن "
      "الوزير أجرى اتصالين منفصلين بالصفدي وكاتس." + FILLER),
     {("USA", "holds_talks", "JOR"), ("USA", "holds_talks", "ISR")}),
    ("a_threat_in_the_first_complement_after_a_circumstance",
     ("وتوعّدت جماعة الحوثيين، في بيان لمتحدثها العسكري، بأن \"كل سفينة أمريكية ستكون هدفاً "
      "مشروعاً لقواتنا\"." + FILLER),
     {("HOUTHIS", "threatens", "USA")}),
    ("a_demonym_after_a_number_is_a_people",
     "واستقبلت مصر أكثر من مليون ومئتي ألف سوداني فروا من القتال." + FILLER,
     set()),
    ("thousands_of_a_people",
     "واستقبل الأردن آلاف السوريين الفارين من الحرب." + FILLER,
     set()),
    ("a_junta_the_article_gave_a_state",
     ("أعلن المجلس العسكري في النيجر إلغاء الاتفاقيات العسكرية مع فرنسا.\n\nوفي نيامي، اتهم "
      "المجلس العسكري، في بيان تلاه التلفزيون الرسمي، فرنسا بالتخطيط لتدخل عسكري." + FILLER),
     {("NER", "accuses", "FRA")}),
    ("a_junta_with_no_state_given_is_no_actor",
     "واتهم المجلس العسكري، في بيان تلاه التلفزيون الرسمي، فرنسا بالتخطيط لتدخل عسكري." + FILLER,
     set()),
    ("the_state_of_emergency_is_no_condition",
     ("وأعربت مصر عن قلقها العميق إزاء استمرار حالة الطوارئ التي فرضها الجيش السوداني."
      + FILLER),
     {("EGY", "expresses_concern", "SDN")}),
    ("a_meeting_that_brought_two_together",
     ("واللقاء الذي جمع الرئيس اللبناني بولي العهد السعودي في الرياض كان إيجابيا." + FILLER),
     {("LBN", "holds_talks", "SAU"), ("SAU", "holds_talks", "LBN")}),
    ("a_meeting_that_brought_him_together_with_another",
     ("وصل الرئيس اللبناني جوزاف عون إلى الرياض أمس. فاللقاء الذي جمعه، مطلع الأسبوع، بولي "
      "العهد السعودي أعاد وصل ما انقطع منذ سنوات." + FILLER),
     {("LBN", "holds_talks", "SAU"), ("SAU", "holds_talks", "LBN")}),
    ("a_brokered_meeting_that_brought_two_together",
     ("وعقد اجتماع ثلاثي جمع الرئيس التركي برئيس الوزراء السويدي بوساطة الأمين العام لحلف "
      "الناتو." + FILLER),
     {("NATO", "mediates", "TUR"), ("NATO", "mediates", "SWE")}),
    ("a_states_adjective_after_a_stance_noun_owns_it",
     ("وقال المتحدث الصيني إن سلطات الجزيرة تحاول استغلال الدعم الأمريكي لتحقيق أهدافها "
      "الانفصالية." + FILLER),
     set()),
    ("a_call_in_a_sentence_about_another_state_borrows_no_sides",
     ("واتهمت إيران إسرائيل بشن الهجوم على أراضيها.\n\nوفي بيان مشترك، جدد "
      "الجانبان العماني والإماراتي حرصهما على وحدة السودان وسيادته، ودعوا إلى وقف القتال."
      + FILLER),
     {("IRN", "accuses", "ISR"),
      ("OMN", "affirms_sovereignty", "SDN"), ("ARE", "affirms_sovereignty", "SDN")}),
    ("support_for_a_states_security_is_a_topic",
     "والجانب الأمريكي أكد دعمه لأمن العراق واستقراره." + FILLER,
     set()),
    ("an_attack_on_the_holders_own_sovereignty",
     ("وأعلنت إسرائيل الاعتراف بأرض الصومال.\n\nووصفت الحكومة الصومالية الخطوة الإسرائيلية "
      "بأنها \"اعتداء سافر على سيادة الصومال ووحدة أراضيه\"." + FILLER),
     {("SOM", "condemns", "ISR")}),
    ("the_territorys_pronoun_agrees_with_its_state",
     ("وأكد رئيس المجلس الأوروبي أن «حدود إسبانيا هي حدود الاتحاد، واحترام سلامة أراضيها "
      "مسؤولية أوروبية مشتركة»." + FILLER),
     {("EU", "affirms_sovereignty", "ESP")}),
    ("appreciating_a_stance_is_welcoming_it",
     "وقال وزير الخارجية إن لبنان \"يقدر الموقف القبرصي الداعي إلى التهدئة\"." + FILLER,
     {("LBN", "welcomes", "CYP")}),
    ("estimating_is_no_appreciation",
     "وتقدر الأمم المتحدة عدد اللاجئين السوريين في لبنان بنحو مليون ونصف." + FILLER,
     set()),
    ("an_official_after_his_states_name_and_the_governments_of_a_list",
     ("وشكر الرئيس الأمريكي أمير دولة قطر الشيخ تميم بن حمد آل ثاني وحكومات سلطنة عمان "
      "وسويسرا وكوريا الجنوبية على مساعدتهم." + FILLER),
     {("USA", "welcomes", "QAT"), ("USA", "welcomes", "OMN"), ("USA", "welcomes", "CHE"),
      ("USA", "welcomes", "KOR")}),
    ("the_houthis_in_the_nominative",
     "وهدد الحوثيون إسرائيل بالرد على أي هجوم." + FILLER,
     {("HOUTHIS", "threatens", "ISR")}),
    ("the_houthi_adjective_of_an_act",
     "وأدانت مصر الهجوم الحوثي على السفينة التجارية." + FILLER,
     {("EGY", "condemns", "HOUTHIS")}),
    ("turkish_cypriots_are_not_turkey",
     "وأكد وزير الخارجية التركي أن أنقرة ستواصل الوقوف إلى جانب القبارصة الأتراك." + FILLER,
     set()),
    ("a_topic_named_again_as_the_one_asked",
     ("وفي الملف الليبي، دعا الرئيس الجزائري «جميع الأطراف الليبية» إلى الحوار. أما السودان، "
      "فدعا الجيش السوداني وقوات الدعم السريع إلى وقف القتال." + FILLER),
     {("DZA", "calls_for_dialogue", "LBY"), ("DZA", "urges_restraint", "SDN")}),
    ("a_topic_whose_official_is_the_subject",
     "أما الرياض، فقد دعت وزارة الخارجية السعودية إيران إلى ضبط النفس." + FILLER,
     {("SAU", "urges_restraint", "IRN")}),
    ("pressure_in_quotes_on_a_third_party",
     "وطالب مندوب اليمن مجلس الأمن بممارسة \"ضغط حقيقي\" على الميليشيات الحوثية لوقف تصعيدها."
     + FILLER,
     {("YEM", "demands", "UNSC"), ("YEM", "urges_restraint", "HOUTHIS")}),
    ("each_ones_sovereignty",
     "ثانياً: يؤكد الطرفان السوداني والإيراني احترامهما لسيادة كل منهما ووحدة أراضيه." + FILLER,
     {("SDN", "affirms_sovereignty", "IRN"), ("IRN", "affirms_sovereignty", "SDN")}),
]


@pytest.mark.parametrize(("case", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_phenomenon(case: str, text: str, expected: set[Edge]) -> None:
    assert edges(text) == expected

"""Arabic constructions traced in fresh3_ar (12 articles written for the project, scored unseen
in the session of 2026-12-04, developed against from 2026-12-05), each tested on sentences
written for this file.

- What an analyst or researcher says is no actor's stance, however long the phrase that names
  him («ويقول الباحث في الشؤون الإسرائيلية فلان لـ"الصحيفة" إن …»), and neither is what he
  goes on to say in the next sentence («ويضيف … أن …»). An official who goes on speaking keeps
  his stances.
- The subject of a relative clause («الشروط التي أضافها نتنياهو») holds up to the clause's
  comma; a participle after it («، متهمة إياه بـ…») is the main subject's again.
- «الوسطاء الثلاثة، قطر ومصر والولايات المتحدة»: the list in apposition are the mediators.
- «حذّر X من أن بلاده ستعيد النظر … إذا …»: a warning of the holder's own step is aimed at
  the sides it is in conflict with in the article, each of them when several are (rule 14).
- «برعاية المبعوث الأمريكي الخاص إلى سوريا»: the sponsor is the envoy's state, and a sponsor
  named after a noun of mediation is no partner of the agreement it sponsors (rules 16, 23).
- The actor after «على/ضد» that follows a noun of force («الهجوم على إسرائيل») is its victim,
  never the target of a stance toward the act (rule 11).
- Wire datelines «عمّان 14 حزيران (بترا)- …» (the dash written against the bracket) and «عمّان -
  بترا: …» are no part of the first sentence.
- «بحث الوزيران الصفدي وفيدان …» (a pair word with the two names) talk together; the sides
  named after «بين» in a later clause («، وأكدا ضرورة وقف التصعيد بين X وY») are no partners.
- A definite noun of an act after a cue («وشجبت قطر التوغل», «ندد الأمين العام … بالتوغل»)
  names the author an earlier sentence gave that act («للتوغل الإسرائيلي»), past the subject
  and its titles (rule 11); an act a sentence only reports («أعلنت جماعة الحوثي مسؤوليتها عن
  استهداف ناقلة …، في هجوم بزورق مسيّر») is its opening subject's; the subject's own acts («صعّدت إسرائيل غاراتها») are read back so
  too.
- «تنقل رسائل بين الجانبين»: carrying messages between parties is mediation (rule 11).
- «نقلت إلى بيروت رسالة من الجانب الإسرائيلي»: with no «بين», the sides of carried messages are
  the actors after «من/إلى».
- A bare title after a complementizer («بأن المبعوثة نقلت …») is the one named before with that
  title and a state's adjective («المبعوثة الأمريكية»), not the sentence's speaker.
- «السفارة الأمريكية» is a title head like «الوزارة»: the embassy speaks for its state.
- An apposition between the addressee and what it is asked («الولايات المتحدة وفرنسا، العضوين
  في لجنة الإشراف …، إلى إلزام إسرائيل …») does not hide the compelling (rule 20).
- An official named in full («الرئيس اللبناني جوزاف عون») is named later by his surname alone
  right after a verb («ودعا عون …», «أكد الوزير حسين …»), even when the surname is also a
  common word.
- «وزير الخارجية في جمهورية العراق»: a title before «في» and a state's name is that state's
  official, not a place.
- The rest of a chain of names and the title after it («الأمير فيصل بن فرحان بن عبدالله وزير
  الخارجية، في مقر الوزارة …، معالي وزير خارجية …») stand before the verb's object.
- A name in quotes after «و» («الحكومة السورية و«قوات سوريا الديمقراطية»») is still a member of
  the list.
- «وأدانت مصر الهجوم، مطالبة إسرائيل بـ…»: after a finite clause and its comma, a feminine
  «مطالبة» is the subject's participle (a حال) and the actor after it its object; inside a
  that-clause («أن مطالبة إسرائيل بالانسحاب حق») it stays a masdar.
- «أعرب عن اتفاقه مع تقييم واشنطن»: the masdar with its pronoun and «مع» agrees (not the
  noun of an agreement signed: «اتفاقها مع قطر على تمديد الهدنة» is none).
- «الأخير» (the latter) as the subject is the actor named last before it («اتصالاً بالدبيبة،
  ثمّن خلاله الأخير …»).
"""

from __future__ import annotations

import pytest

from tests.edge_cases import Edge
from tests.edge_cases import edges_ar as edges

CASES: list[tuple[str, str, set[Edge]]] = [
    ("researcher_with_a_long_title",
     ("ويقول الباحث الفلسطيني في الشؤون الإسرائيلية سامر عودة لـ«الصحيفة» إن «إسرائيل ترفض "
      "الوساطة القطرية بين الطرفين»."),
     set()),
    ("researcher_living_in_a_capital",
     ("ويرى الباحث في الشؤون التركية كمال يلدز، المقيم في باريس، أن «أنقرة تهدد الأكراد "
      "بعملية جديدة»."),
     set()),
    ("analyst_goes_on_in_the_next_sentence",
     ("ويرى الباحث في الشؤون الإيرانية حسن مرادي أن «الأوروبيين يريدون الضغط». ويضيف "
      "لـ«الصحيفة» أن «طهران تهدد الغرب بالانسحاب من المعاهدة»."),
     set()),
    ("official_goes_on_in_the_next_sentence",
     ("وقال وزير الخارجية الإيراني إن طهران تدين الهجوم الإسرائيلي. ويضيف أن إيران ترفض "
      "التهديدات الأمريكية."),
     {("IRN", "condemns", "ISR"), ("IRN", "rejects", "USA")}),
    ("analyst_then_an_official",
     ("ويرى الباحث حسن مرادي أن «الأوروبيين يريدون الضغط». وأضاف وزير الخارجية الإيراني أن "
      "طهران ترفض التهديدات الأمريكية."),
     {("IRN", "rejects", "USA")}),
    ("participle_after_a_relative_clause",
     ("وقالت حركة حماس إنها ترفض «الشروط الجديدة التي أضافها نتنياهو» إلى المقترح، متهمة إياه "
      "بتعطيل الاتفاق."),
     {("HAMAS", "rejects", "ISR"), ("HAMAS", "accuses", "ISR")}),
    ("noun_inside_the_relative_clause",
     ("وأجرى وزير الخارجية الفلبيني اتصالاً هاتفياً بنظيرته اليابانية، التي أكدت دعم بلادها "
      "لموقف مانيلا."),
     {("PHL", "holds_talks", "JPN"), ("JPN", "expresses_support", "PHL")}),
    ("three_mediators_in_apposition",
     ("ويشارك في الجولة الوسطاء الثلاثة، قطر ومصر والولايات المتحدة، وسط خلافات عميقة بين "
      "حركة حماس وإسرائيل."),
     {("QAT", "mediates", "HAMAS"), ("QAT", "mediates", "ISR"), ("EGY", "mediates", "HAMAS"),
      ("EGY", "mediates", "ISR"), ("USA", "mediates", "HAMAS"), ("USA", "mediates", "ISR")}),
    ("warning_of_own_step",
     ("ونددت إيران بخطوة فرنسا وألمانيا. وحذّر عراقجي من أن بلاده «ستعيد النظر في عضويتها في "
      "المعاهدة» إذا اعتُمد القرار."),
     {("IRN", "condemns", "FRA"), ("IRN", "condemns", "DEU"), ("IRN", "warns", "FRA"),
      ("IRN", "warns", "DEU")}),
    ("sponsor_is_no_partner_adjective",
     "اتفقت إثيوبيا والصومال على استئناف الحوار برعاية تركية.",
     {("ETH", "expresses_intent_to_meet", "SOM"), ("SOM", "expresses_intent_to_meet", "ETH"),
      ("TUR", "mediates", "ETH"), ("TUR", "mediates", "SOM")}),
    ("sponsor_is_the_envoys_state",
     "اتفقت إثيوبيا والصومال على استئناف الحوار برعاية المبعوث التركي.",
     {("ETH", "expresses_intent_to_meet", "SOM"), ("SOM", "expresses_intent_to_meet", "ETH"),
      ("TUR", "mediates", "ETH"), ("TUR", "mediates", "SOM")}),
    ("victim_of_the_attack",
     "أدانت فرنسا الهجوم على إسرائيل.",
     set()),
    ("victim_after_the_authors_adjective",
     "أدانت قطر الغارات الإسرائيلية على سوريا.",
     {("QAT", "condemns", "ISR")}),
    ("dateline_dash_against_the_bracket",
     "عمّان 14 حزيران (بترا)- أجرى أيمن الصفدي اتصالا هاتفيا مع عراقجي.",
     {("JOR", "holds_talks", "IRN")}),
    ("dateline_with_a_colon",
     "عمّان - بترا: أجرى أيمن الصفدي اتصالا هاتفيا مع عراقجي.",
     {("JOR", "holds_talks", "IRN")}),
    ("two_ministers_named_talk_together",
     ("وبحث الوزيران الصفدي وفيدان الجهود المبذولة لاحتواء الأزمة، وأكدا ضرورة وقف التصعيد "
      "العسكري بين إسرائيل وإيران فوراً."),
     {("JOR", "holds_talks", "TUR"), ("TUR", "holds_talks", "JOR"),
      ("JOR", "urges_restraint", "ISR"), ("JOR", "urges_restraint", "IRN"),
      ("TUR", "urges_restraint", "ISR"), ("TUR", "urges_restraint", "IRN")}),
    ("act_named_back_after_the_subject",
     "توالت الإدانات العربية للتوغل الإسرائيلي الجديد في ريف القنيطرة. وشجبت قطر التوغل.",
     {("QAT", "condemns", "ISR")}),
    ("act_named_back_after_a_long_title",
     ("توالت الإدانات للتوغل الإسرائيلي. وندد الأمين العام لجامعة الدول العربية أحمد أبو "
      "الغيط بالتوغل."),
     {("ARL", "condemns", "ISR")}),
    ("carrying_messages_between",
     "وكشف مصدر أن واشنطن تنقل رسائل بين دمشق وتل أبيب.",
     {("USA", "mediates", "SYR"), ("USA", "mediates", "ISR")}),
    ("bare_title_named_before",
     ("واستقبل الرئيس اللبناني جوزاف عون المبعوثة الأمريكية. وأفادت مصادر رئاسية بأن المبعوثة "
      "تنقل رسائل بين بيروت وتل أبيب."),
     {("LBN", "holds_talks", "USA"), ("USA", "mediates", "LBN"), ("USA", "mediates", "ISR")}),
    ("embassy_speaks_for_its_state",
     "وحثت السفارة الأمريكية السلطات الليبية على ضبط النفس.",
     {("USA", "urges_restraint", "LBY")}),
    ("the_latter_after_a_call",
     ("وأجرى الرئيس التركي أردوغان اتصالاً هاتفياً بالدبيبة، ثمّن خلاله الأخير «الموقف التركي "
      "الداعم للاستقرار في ليبيا»."),
     {("TUR", "holds_talks", "LBY"), ("LBY", "welcomes", "TUR")}),
    ("the_latter_is_the_counterpart",
     "والتقى وزير الخارجية المصري نظيره الأردني، وأدان الأخير الهجوم الإسرائيلي.",
     {("EGY", "holds_talks", "JOR"), ("JOR", "condemns", "ISR")}),
    ("own_acts_read_back",
     "صعّدت إسرائيل غاراتها على جنوب لبنان. وندّد الرئيس اللبناني جوزاف عون بالغارات.",
     {("LBN", "condemns", "ISR")}),
    ("apposition_before_compelling",
     ("ودعا الرئيس اللبناني جوزاف عون الولايات المتحدة وفرنسا، العضوين في لجنة الإشراف على "
      "تنفيذ وقف إطلاق النار، إلى «إلزام إسرائيل بوقف اعتداءاتها فوراً»."),
     {("LBN", "demands", "USA"), ("LBN", "demands", "FRA"), ("LBN", "urges_restraint", "ISR")}),
    ("surname_after_the_full_name",
     ("وندد الرئيس اللبناني جوزاف عون بالغارات. ودعا عون الولايات المتحدة وفرنسا إلى "
      "الضغط على إسرائيل."),
     {("LBN", "demands", "USA"), ("LBN", "demands", "FRA")}),
    ("minister_in_a_state_is_its_minister",
     ("استقبل وزير الخارجية الكويتي عبدالله علي اليحيا اليوم نائب رئيس مجلس الوزراء وزير "
      "الخارجية في جمهورية العراق فؤاد حسين."),
     {("KWT", "holds_talks", "IRQ")}),
    ("chain_of_names_before_the_object",
     ("استقبل صاحب السمو الأمير فيصل بن فرحان بن عبدالله وزير الخارجية، في مقر الوزارة "
      "بالرياض اليوم، معالي وزير خارجية الجمهورية العربية السورية أسعد حسن الشيباني."),
     {("SAU", "holds_talks", "SYR")}),
    ("message_from_one_side_to_the_other",
     ("واستقبل الرئيس اللبناني جوزاف عون المبعوثة الأمريكية. وأفادت مصادر رئاسية بأن المبعوثة "
      "نقلت إلى بيروت رسالة من الجانب الإسرائيلي."),
     {("LBN", "holds_talks", "USA"), ("USA", "mediates", "LBN"), ("USA", "mediates", "ISR")}),
    ("quoted_name_in_a_list",
     ("توصلت الحكومة السورية و«قوات سوريا الديمقراطية» إلى اتفاق لوقف إطلاق النار برعاية "
      "أمريكية."),
     {("SYR", "expresses_intent_to_cooperate", "SDF"),
      ("SDF", "expresses_intent_to_cooperate", "SYR"),
      ("USA", "mediates", "SYR"), ("USA", "mediates", "SDF")}),
    ("reported_act_read_back",
     ("أعلنت جماعة الحوثي، الثلاثاء، مسؤوليتها عن استهداف ناقلة نفط في البحر الأحمر، في هجوم "
      "بزورق مسيّر. في المقابل، ندّد البيت الأبيض بالهجوم."),
     {("USA", "condemns", "HOUTHIS")}),
    ("feminine_participle_after_a_comma",
     "وأدانت مصر الهجوم الإسرائيلي، مطالبة إسرائيل بالوقف الفوري للاعتداءات.",
     {("EGY", "condemns", "ISR"), ("EGY", "urges_restraint", "ISR")}),
    ("surname_after_a_title",
     ("استقبل وزير الخارجية الكويتي عبدالله علي اليحيا وزير الخارجية العراقي فؤاد حسين. ومن "
      "جهته أكد الوزير حسين حرص الحكومة العراقية على تطوير العلاقات مع دولة الكويت."),
     {("KWT", "holds_talks", "IRQ"), ("IRQ", "expresses_intent_to_cooperate", "KWT")}),
    ("agreement_with_an_assessment",
     "وأعرب وزير الخارجية البريطاني عن اتفاقه مع تقييم واشنطن للأحداث.",
     {("GBR", "agrees_with", "USA")}),
]


@pytest.mark.parametrize(("case", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_phenomenon(case: str, text: str, expected: set[Edge]) -> None:
    assert edges(text) == expected

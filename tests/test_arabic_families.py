"""Arabic constructions and word families met in published text (issue 11): each case is a
sentence written for this test, with every edge it should give, so that a family that adds a
false alarm fails as well as one that misses. Grouped by the phenomenon they check."""

from __future__ import annotations

import pytest

from tests.edge_cases import Edge
from tests.edge_cases import edges_ar as edges

CASES: list[tuple[str, str, set[Edge]]] = [
    # the Gulf states as a bloc: «دول الخليج (العربية)», «الدول الخليجية» are the GCC
    ("gcc.dual_xalij",
     "وأبدت سلطنة عمان استعدادها للتوسط بين دول الخليج العربية وإيران.",
     {("OMN", "mediates", "GCC"), ("OMN", "mediates", "IRN")}),
    ("gcc.khalijiya",
     "ودعت الكويت الدول الخليجية وإيران إلى الحوار.",
     {("KWT", "calls_for_dialogue", "GCC"), ("KWT", "calls_for_dialogue", "IRN")}),
    # an obligation clause after a complementizer or a colon: «أن على X + masdar»
    ("obligation.comp_masdar",
     "وأكد الوزير التركي أن على إسرائيل وقف عملياتها في جنوب لبنان.",
     {("TUR", "urges_restraint", "ISR")}),
    ("obligation.comp_masdar_demand",
     "وقال وزير الخارجية الفرنسي إن على إيران إطلاق سراح الرعايا الأوروبيين.",
     {("FRA", "demands", "IRN")}),
    ("obligation.headline",
     "أردوغان: على اليونان احترام الاتفاقات\n\nوقال الرئيس التركي إن الأمر مهم.",
     {("TUR", "demands", "GRC")}),
    ("obligation.head_before_name",
     "وأكد المتحدث التركي أن على تنظيم حزب العمال الكردستاني تسليم سلاحه.",
     {("TUR", "demands", "PKK")}),
    # ending one's presence is a withdrawal
    ("withdrawal.end_presence",
     "وقال رئيس الوزراء العراقي إن على تركيا إنهاء وجودها العسكري في شمال العراق.",
     {("IRQ", "demands_withdrawal", "TUR")}),
    ("obligation.place_is_no_addressee",
     "وقال المسؤول إن على الحدود مع سوريا حشودا كبيرة.",
     set()),
    # a word broken on purpose at a tatweel, with or without a full stop: one word
    ("broken.full_stop",
     "أدانت الخارجية الأردنية الهجوم الإسـ. رائيلي على لبنان.",
     {("JOR", "condemns", "ISR")}),
    ("broken.space",
     "وحذرت القاهرة من التصعيد الإسرائيـ لي المتكرر في الضفة.",
     {("EGY", "warns", "ISR")}),
    # a coordinated side given as «و + title head + state adjective»
    ("group.head_adjective",
     "ودعت موسكو إلى الحوار بين دمشق والحكومة التركية.",
     {("RUS", "calls_for_dialogue", "SYR"), ("RUS", "calls_for_dialogue", "TUR")}),
    ("group.head_adjective_side",
     "وحثت بكين على التفاوض بين الهند والجانب الباكستاني.",
     {("CHN", "calls_for_dialogue", "IND"), ("CHN", "calls_for_dialogue", "PAK")}),
    # agreement stated as matching views or positions, with an indefinite noun
    ("agrees.views_indefinite",
     "وأكد وزيرا خارجية المغرب والأردن توافق رؤى البلدين حيال القضايا الإقليمية.",
     {("MAR", "agrees_with", "JOR"), ("JOR", "agrees_with", "MAR")}),
    ("agrees.positions_indefinite",
     "وأكد الرئيسان الفرنسي والإيطالي تقارب مواقف البلدين من الأزمة.",
     {("FRA", "agrees_with", "ITA"), ("ITA", "agrees_with", "FRA")}),
    # «قلق X»: the concern of the actor named after the noun, not the speaker's
    ("concern.genitive_holder",
     "وقال الوزير الروسي إن موسكو تتفهم قلق أنقرة. ودعا إلى الحوار بين دمشق والحكومة التركية.",
     {("RUS", "calls_for_dialogue", "SYR"), ("RUS", "calls_for_dialogue", "TUR")}),
    # support: «ساعد» (helps), «لن يتخلى عن» (will not abandon: litotes of support)
    ("support.saad",
     "وقال الوزير إن الصين تساعد باكستان اقتصاديا وعسكريا.",
     {("CHN", "expresses_support", "PAK")}),
    ("support.not_abandon",
     "وأكد الرئيس الإيراني أن طهران لن تتخلى عن العراق.",
     {("IRN", "expresses_support", "IRQ")}),
    ("support.not_forsake",
     "وأكد وزير الخارجية المصري أن القاهرة لن تخذل السودان.",
     {("EGY", "expresses_support", "SDN")}),
    ("support.help_in_is_no_support",
     "وقالت الوزارة إن قطر ساعدت في الإفراج عن الرهائن الإسرائيليين.",
     set()),
    # support for an actor's efforts or initiative is support for that actor
    ("support.efforts_adjective",
     "وقال وزير الخارجية الأردني إن بلاده تؤيد جهود الوساطة العمانية لإنهاء الأزمة.",
     {("JOR", "expresses_support", "OMN")}),
    ("support.efforts_genitive",
     "وأعرب الرئيس الصيني عن دعمه لجهود الحكومة العراقية في إعادة الإعمار.",
     {("CHN", "expresses_support", "IRQ")}),
    ("support.efforts_of_nobody",
     "وأكدت الجزائر دعمها للجهود الدولية لإنهاء الحرب في السودان.",
     set()),
    ("support.abandon_is_no_support",
     "وقال المتحدث إن الولايات المتحدة تخلت عن أفغانستان.",
     set()),
    # a light verb and an appeal noun with its adjective: «وجّه دعوة صريحة إلى X وY»
    ("appeal_noun.adjective_then_addressee",
     "ووجّه الاتحاد الأوروبي دعوة صريحة إلى موسكو وكييف للانخراط في مفاوضات مباشرة.",
     {("EU", "calls_for_dialogue", "RUS"), ("EU", "calls_for_dialogue", "UKR")}),
    ("appeal_noun.adjective_then_content",
     "ووجّه الاتحاد الأوروبي دعوة صريحة إلى الحوار.", set()),
    # second round
    # a dual whose sides an apposition between commas names: «البلدان، X وY، …»
    ("pair_apposition.holder",
     "وأعرب البلدان، الأردن والعراق، عن قلقهما من الهجمات الإسرائيلية.",
     {("JOR", "expresses_concern", "ISR"), ("IRQ", "expresses_concern", "ISR")}),
    ("pair_apposition.holder_then_addressee",
     "وطالب البلدان، قطر والكويت، إيران بوقف هجماتها على السفن.",
     {("QAT", "urges_restraint", "IRN"), ("KWT", "urges_restraint", "IRN")}),
    ("pair_apposition.feminine_dual",
     "وأكدت الدولتان، تركيا وأذربيجان، دعمهما للحكومة العراقية.",
     {("TUR", "expresses_support", "IRQ"), ("AZE", "expresses_support", "IRQ")}),
    ("pair_apposition.addressee",
     "وحثت الصين البلدين، أرمينيا وأذربيجان، على ضبط النفس.",
     {("CHN", "urges_restraint", "ARM"), ("CHN", "urges_restraint", "AZE")}),
    ("pair_apposition.adjectives",
     "وأبدى الطرفان، الروسي والأوكراني، استعدادهما لاستئناف المحادثات.",
     {("RUS", "expresses_intent_to_meet", "UKR"), ("UKR", "expresses_intent_to_meet", "RUS")}),
    # «الجارتين» (the two neighbours) is a dual of the sides, and one adjective may follow it
    ("pair_apposition.neighbours_adjective",
     "وحثت الصين الجارتين النوويتين، الهند وباكستان، على ضبط النفس.",
     {("CHN", "urges_restraint", "IND"), ("CHN", "urges_restraint", "PAK")}),
    ("pair_apposition.holder_adjective",
     "وأعرب البلدان الشقيقان، مصر والسودان، عن قلقهما من الهجمات الإسرائيلية.",
     {("EGY", "expresses_concern", "ISR"), ("SDN", "expresses_concern", "ISR")}),
    # a comma after a dual that starts no list of actors changes nothing
    ("pair_apposition.no_list",
     "وأعرب البلدان، في بيان مشترك، عن قلقهما من الهجمات الإسرائيلية.",
     set()),
    # rule 20: «ضرورة أن توقف/تمتنع X …»: a call that X stop or refrain, the addressee
    # between the verb and its object
    ("darura_an.stop",
     "وشددت فرنسا على ضرورة أن توقف إسرائيل غاراتها على لبنان.",
     {("FRA", "urges_restraint", "ISR")}),
    ("darura_an.refrain",
     "وأكدت مصر ضرورة أن تمتنع إيران عن أي هجوم على السفن.",
     {("EGY", "urges_restraint", "IRN")}),
    ("darura_an.other_act_is_demand",
     "وشددت قطر على ضرورة أن تفرج إسرائيل عن الأسرى.",
     {("QAT", "demands", "ISR")}),
    # «تكف عن التدخل» (stop interfering) is no call for restraint
    ("darura_an.stop_interfering_is_demand",
     "وقال المتحدث الصيني إن على اليابان أن تكف عن التدخل في شؤون الصين الداخلية.",
     {("CHN", "demands", "JPN")}),
    # rule 14: a threat of force without a threat verb, «X ستبقى/ستكون أهدافا مشروعة»: the
    # subject before the copula is the target
    ("legitimate_targets.copula",
     "وقال المتحدث باسم الحوثيين إن السفن الأمريكية ستبقى أهدافا مشروعة لقواتنا.",
     {("HOUTHIS", "threatens", "USA")}),
    ("legitimate_targets.narration_is_no_threat",
     "وقال الجيش الإسرائيلي إنه قصف أهدافا مشروعة في جنوب لبنان.",
     set()),
]


@pytest.mark.parametrize(("family", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_family(family: str, text: str, expected: set[Edge]) -> None:
    assert edges(text) == expected

"""Arabic constructions traced in fresh10_ar (12 articles written for the project by a helper
who read only the ontology and the gazetteer ids, scored unseen in the session of 2026-12-05
late and developed against from the session of 2026-12-06), each tested on sentences written
for this file.

- «أدانت حكومة الرئيس البرازيلي لولا دا سيلفا …»: a feminine verb agrees with the body that
  heads the subject phrase, not with the man the body is named for.
- «بخرق اتفاقية فيينا», «مسار أستانا»: a capital that names a treaty or a process is no actor.
- «ضمان أمن البعثات الدبلوماسية»: «الدبلوماسية» after a definite noun is its adjective
  (diplomatic missions), not diplomacy asked for; «بالطرق الدبلوماسية» still is.
- «اقتحام الشرطة الإكوادورية مقر السفارة … ونَدّد الرئيس المكسيكي بالاقتحام»: a masdar of an
  act before forces and their state's adjective is that state's act, for a later condemnation
  of the act; and an act named for its author right after a verb («إذ استنكرت الاقتحام») is
  the verb's object, never its subject.
- «أن السلطات الإسبانية «انتهكت التزاماتها»», «انتهك الهدنة»: violating obligations,
  pledges, a treaty or a truce accuses the one who violated them (as «violated its
  obligations» in English).
- «وجاء في بيان الرئاسة الجزائرية أن …، وحمّلها مسؤولية …، منتقداً …»: «جاء/ورد في بيان X»
  makes X the speaker of the sentence, whose verbs and participles go on with it.
- «لكن البعثة الجزائرية لدى الاتحاد الأوروبي سارعت إلى رفض البيان»: a mission's state holds
  its stances, not the body it is posted to; a masdar after «إلى» completes the verb before
  it, whose subject holds it.
- «وفي الرباط، التي رحبت …»: a capital named as a place is still the one who acts in the
  relative clause about it.
- «توعّدت جماعة «جيش العدل»», «رحبت جبهة البوليساريو»: a group the gazetteer does not know,
  named after its group noun, is the subject; no one we can name, not the last speaker.
- «قرار الرياض استدعاء سفيرها في بيروت وإمهال السفير اللبناني»: recalling one's own
  ambassador is no summons of another's (the pronoun is read on the full word).
- «وكانت إسلام آباد قد نددت بما وصفته بـ«الانتهاك الصارخ» لمجالها الجوي» in an article
  whose two states accuse and warn each other: a condemnation that names no one, by one side
  of a quarrel stated twice or more, is of the other side (discourse stage; measured on the
  other stance types, accusations, rejections, warnings and threats, it added more false
  alarms than edges, so they keep no target).
- «وحثت الخارجية الأفغانية جارتيها على ضبط النفس»: «its two neighbours» (feminine, with the
  pronoun) is a pair word for the sides named (not «الجارية», "ongoing").
- «ووصفت طهران الاتفاق الإماراتي بأنه «طعنة في الظهر»», «بأنها «خيانة للقدس»»: a move
  described as a betrayal, a stab in the back or a disgrace is condemned.
"""

from __future__ import annotations

import pytest

from tests.edge_cases import Edge
from tests.edge_cases import edges_ar as edges

CASES: list[tuple[str, str, set[Edge]]] = [
    ("a_government_named_for_its_president",
     "أدانت حكومة الرئيس الأرجنتيني خافيير ميلي بشدة الاعتداء الفنزويلي.",
     {("ARG", "condemns", "VEN")}),
    ("a_treaty_named_for_a_capital",
     "اتهمت الوزيرة المكسيكية الشرطة بخرق اتفاقية فيينا.",
     set()),
    ("a_treaty_named_for_a_capital_beside_an_accused_state",
     "اتهمت إيران بريطانيا بانتهاك اتفاقية فيينا للعلاقات الدبلوماسية.",
     {("IRN", "accuses", "GBR")}),
    ("diplomatic_missions_are_no_diplomacy",
     "ودعا وزير الخارجية الأوكراني طهران إلى «ضمان أمن البعثات الدبلوماسية على أراضيها».",
     {("UKR", "demands", "IRN")}),
    ("diplomatic_means_are_dialogue",
     "دعا الاتحاد الأوروبي قرغيزستان وطاجيكستان إلى حل النزاع بالطرق الدبلوماسية.",
     {("EU", "calls_for_dialogue", "KGZ"), ("EU", "calls_for_dialogue", "TJK")}),
    ("a_return_to_diplomacy",
     "دعت مصر إثيوبيا إلى العودة إلى الدبلوماسية.",
     {("EGY", "calls_for_dialogue", "ETH")}),
    ("a_raid_by_forces_of_a_state",
     "أثار اقتحام الجيش الإسرائيلي مخيم جنين موجة غضب. وندد الأردن بالاقتحام.",
     {("JOR", "condemns", "ISR")}),
    ("an_act_after_its_verb_is_the_object",
     ("أدانت فرنسا الهجوم الذي شنته القوات الروسية على خاركيف. وحذت بولندا حذوها، إذ "
      "استنكرت الهجوم ودعت إلى محاسبة المسؤولين."),
     {("FRA", "condemns", "RUS"), ("POL", "condemns", "RUS")}),
    ("violating_pledges",
     "وقالت الخارجية الكينية إن الحكومة الصومالية انتهكت تعهداتها.",
     {("KEN", "accuses", "SOM")}),
    ("said_in_a_letter_that_a_truce_was_violated",
     "وورد في رسالة المندوب السوداني أن الجيش الإثيوبي انتهك الهدنة.",
     {("SDN", "accuses", "ETH")}),
    ("said_in_a_statement_and_its_verbs",
     ("وجاء في بيان الخارجية الأردنية أن إسرائيل تتحمل المسؤولية، وحمّلها مسؤولية التصعيد، "
      "منتقداً قرار تل أبيب."),
     {("JOR", "accuses", "ISR"), ("JOR", "condemns", "ISR")}),
    ("a_mission_posted_to_a_body",
     "لكن البعثة الجزائرية لدى الاتحاد الأوروبي رفضت البيان الفرنسي.",
     {("DZA", "rejects", "FRA")}),
    ("a_masdar_after_ila_completes_the_verb",
     "وأصدرت فرنسا بياناً شديد اللهجة. لكن قطر سارعت إلى إدانة الهجوم الإسرائيلي.",
     {("QAT", "condemns", "ISR")}),
    ("a_capital_before_a_relative",
     "وفي الرباط، التي رحبت في مارس الماضي بالموقف الإسباني، التزمت الحكومة الصمت.",
     {("MAR", "welcomes", "ESP")}),
    ("an_unknown_group_is_no_last_speaker",
     ("استدعت الخارجية الإيرانية القائم بالأعمال الباكستاني. من جهتها، توعّدت جماعة «جيش "
      "العدل» بالرد على «العدوان» الإيراني."),
     # (the summons condemns Pakistan too since the seventh session of 2026-12-06)
     {("IRN", "holds_talks", "PAK"), ("IRN", "condemns", "PAK")}),
    ("recalling_ones_own_ambassador",
     ("أعلنت الكويت سحب دبلوماسييها. وتأتي الخطوة غداة قرار الرياض استدعاء سفيرها في بيروت "
      "وإمهال السفير اللبناني 48 ساعة لمغادرة أراضيها."),
     set()),
    ("a_sides_condemnation_with_no_target",
     ("شنت باكستان ضربات داخل إيران. واتهمت طهران إسلام آباد بانتهاك سيادتها، فيما حذرت "
      "باكستان إيران من العواقب. وكانت إسلام آباد قد نددت، مساء الثلاثاء، بما وصفته "
      "بـ«الانتهاك الصارخ» لمجالها الجوي."),
     {("IRN", "accuses", "PAK"), ("PAK", "warns", "IRN"), ("PAK", "condemns", "IRN")}),
    ("a_third_partys_condemnation_keeps_no_target",
     ("شنت باكستان ضربات داخل إيران. واتهمت طهران إسلام آباد بانتهاك سيادتها، فيما حذرت "
      "باكستان إيران من العواقب. ونددت الصين بما وصفته بالتصعيد الخطير."),
     {("IRN", "accuses", "PAK"), ("PAK", "warns", "IRN")}),
    ("its_two_neighbours",
     ("اندلعت اشتباكات حدودية بين إيران وباكستان مساء أمس. وحثت الخارجية الأفغانية جارتيها "
      "على ضبط النفس."),
     {("AFG", "urges_restraint", "IRN"), ("AFG", "urges_restraint", "PAK")}),
    ("ongoing_contacts_name_no_pair",
     ("اندلعت اشتباكات حدودية بين إيران وباكستان. ويأمل مسؤولون سوريون أن تسهم الاتصالات "
      "الجارية مع عدد من العواصم في لجم التصعيد."),
     set()),
    ("described_as_a_stab_in_the_back",
     "ووصفت طهران الاتفاق الإماراتي بأنه «طعنة في الظهر».",
     {("IRN", "condemns", "ARE")}),
    ("described_as_a_betrayal",
     "ووصف المتحدث باسم الرئاسة الفلسطينية الخطوة الإماراتية بأنها «خيانة للقدس».",
     {("PSE", "condemns", "ARE")}),
    ("an_administration_named_for_its_president",
     "أدانت إدارة الرئيس الأمريكي دونالد ترامب الهجوم الإيراني.",
     {("USA", "condemns", "IRN")}),
]


@pytest.mark.parametrize(("case", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_phenomenon(case: str, text: str, expected: set[Edge]) -> None:
    assert edges(text) == expected

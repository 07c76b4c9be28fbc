"""Arabic constructions of the sixth round, each a class met while tracing fresh2_ar (a07–a12
first) and tested on sentences written for this file: the mediator named inside a praised
role or effort («الدور الذي تقوم به X في استضافة المحادثات بين …», «المساعي الأمريكية
لتيسير …», «جهود الوساطة التي تبذلها X»), never the one who praises it, and sponsors joined by
a dash («برعاية سعودية - إماراتية»)."""

from __future__ import annotations

import pytest

from tests.edge_cases import Edge
from tests.edge_cases import edges_ar as edges

# rules 16 and 22: the one who praises a mediation welcomes the mediator; the mediation is the
# mediator's, named in the relative clause or the adjective of the role or effort praised
PRAISED_MEDIATION: list[tuple[str, str, set[Edge]]] = [
    ("role_relative_hosting",
     ("وأشاد الأردن بالدور الذي تقوم به سلطنة عمان في استضافة المحادثات بين إيران "
     "والولايات المتحدة."),
     {("JOR", "welcomes", "OMN"), ("OMN", "mediates", "IRN"), ("OMN", "mediates", "USA")}),
    ("role_relative_mediation",
     "وثمنت الكويت الدور الذي تضطلع به مصر في الوساطة بين إسرائيل وحركة حماس.",
     {("KWT", "welcomes", "EGY"), ("EGY", "mediates", "ISR"), ("EGY", "mediates", "HAMAS")}),
    ("effort_adjective",
     "ورحب الاتحاد الأوروبي بالمساعي الأمريكية لتيسير المحادثات بين أرمينيا وأذربيجان.",
     {("EU", "welcomes", "USA"), ("USA", "mediates", "ARM"), ("USA", "mediates", "AZE")}),
    ("efforts_of_mediation_relative",
     "وأشادت الجزائر بجهود الوساطة التي تبذلها قطر بين رواندا والكونغو الديمقراطية.",
     {("DZA", "welcomes", "QAT"), ("QAT", "mediates", "RWA"), ("QAT", "mediates", "COD")}),
    ("two_adjectives_joined_by_dash",
     "وتوصلت الهند وباكستان إلى هدنة برعاية سعودية - إماراتية.",
     {("IND", "expresses_intent_to_cooperate", "PAK"),
      ("PAK", "expresses_intent_to_cooperate", "IND"),
      ("SAU", "mediates", "IND"), ("SAU", "mediates", "PAK"),
      ("ARE", "mediates", "IND"), ("ARE", "mediates", "PAK")}),
    # «كل من X وY» lists those who welcome, each on its own: they are not «البلدين»
    ("each_of_two_welcomers",
     ("واستضافت مسقط جولة محادثات بين إيران والولايات المتحدة. ورحبت كل من الكويت والأردن "
     "بالدور الذي تؤديه سلطنة عمان في تسهيل الحوار بين البلدين."),
     {("OMN", "mediates", "IRN"), ("OMN", "mediates", "USA"),
      ("KWT", "welcomes", "OMN"), ("JOR", "welcomes", "OMN")}),
    # a capital stands for its state (Kigali)
    ("effort_adjective_capitals",
     ("ورحب الأمين العام للأمم المتحدة بالمساعي الأمريكية لتيسير المحادثات بين كينشاسا "
     "وكيغالي."),
     {("UN", "welcomes", "USA"), ("USA", "mediates", "COD"), ("USA", "mediates", "RWA")}),
    # the holder's own effort keeps the holder as mediator
    ("own_effort",
     "وأكدت قطر أنها ستواصل جهودها للوساطة بين إيران والولايات المتحدة.",
     {("QAT", "mediates", "IRN"), ("QAT", "mediates", "USA")}),
]


@pytest.mark.parametrize(("case", "text", "expected"), PRAISED_MEDIATION,
                         ids=[c[0] for c in PRAISED_MEDIATION])
def test_praised_mediation_is_the_mediators(case: str, text: str,
                                            expected: set[Edge]) -> None:
    assert edges(text) == expected


# a bare title of a body or officer («المجلس», «الأمين العام») after the body is named speaks
# for that body: its phrase ends at a stance noun («المجلس دعمه … لدولة فلسطين») or at a new
# construct noun after a definite title and its adjective («الأمين العام حكومتي …»), and an
# accusative participle's actor («مطالبا مجلس الأمن») is asked, it does not ask
BARE_TITLES: list[tuple[str, str, set[Edge]]] = [
    ("council_then_stance_noun",
     ("أدان مجلس جامعة الدول العربية الهجمات الإسرائيلية على لبنان. وجدد المجلس دعمه "
      "الثابت لدولة فلسطين."),
     {("ARL", "condemns", "ISR"), ("ARL", "expresses_support", "PSE")}),
    ("council_regret_then_demand_participle",
     ("أدان مجلس جامعة الدول العربية الهجمات الإسرائيلية على لبنان. وأعرب المجلس عن تقديره "
      "لموقف النرويج، مطالبا مجلس الأمن بالتحرك الفوري. وأكد المجلس احترامه لسيادة "
      "السودان ووحدة أراضيه."),
     {("ARL", "condemns", "ISR"), ("ARL", "welcomes", "NOR"), ("ARL", "demands", "UNSC"),
      ("ARL", "affirms_sovereignty", "SDN")}),
    ("secretary_general_then_addressee",
     ("أدان الأمين العام للأمم المتحدة الهجوم على قوات حفظ السلام. وحث الأمين العام "
      "حكومتي السودان وجنوب السودان على ضبط النفس."),
     {("UN", "urges_restraint", "SDN"), ("UN", "urges_restraint", "SSD")}),
    # a body named after its title is still the holder
    ("title_of_body",
     "وطالب الأمين العام لجامعة الدول العربية إسرائيل بوقف الاستيطان.",
     {("ARL", "demands", "ISR")}),
    ("title_of_body_after_detached_lam",
     "ورفض الأمين العام لـ«حزب الله» الشيخ نعيم قاسم الورقة الأمريكية.",
     {("HEZBOLLAH", "rejects", "USA")}),
    ("council_of_body",
     "ورحب المجلس الوزاري لمجلس التعاون بقرار الولايات المتحدة.",
     {("GCC", "welcomes", "USA")}),
]


@pytest.mark.parametrize(("case", "text", "expected"), BARE_TITLES,
                         ids=[c[0] for c in BARE_TITLES])
def test_bare_title_speaks_for_the_named_body(case: str, text: str,
                                              expected: set[Edge]) -> None:
    assert edges(text) == expected


# a Gulf wire's call readout: the agency between slashes is part of the dateline («أبوظبي في
# 3 مايو / وام /»), a style of address stands before the subject («تلقى صاحب السمو الشيخ …»),
# and the two sides' concern about «the situation» somewhere takes no sides named elsewhere
# (rules 12, 17)
READOUTS: list[tuple[str, str, set[Edge]]] = [
    ("slash_dateline_and_style",
     ("أبوظبي في 3 مايو / وام / تلقى صاحب السمو الشيخ محمد بن زايد آل نهيان رئيس الدولة "
      "اتصالا هاتفيا من الرئيس التونسي قيس سعيد."),
     {("ARE", "holds_talks", "TUN")}),
    ("style_before_named_subject",
     "واستقبل صاحب السمو الشيخ محمد بن زايد وزير الخارجية الهندي في أبوظبي.",
     {("ARE", "holds_talks", "IND")}),
    # the name's own titles, closed by a comma, belong to the subject: the guest comes after
    ("titles_after_named_host",
     ("استقبل معالي الشيخ محمد بن عبدالرحمن آل ثاني رئيس مجلس الوزراء وزير الخارجية، في "
      "الدوحة اليوم، معالي السيد جون سميث وزير خارجية الجمهورية الإسلامية الإيرانية."),
     {("QAT", "holds_talks", "IRN")}),
    ("joint_sides_after_call",
     ("تلقى صاحب السمو الشيخ محمد بن زايد اتصالا هاتفيا من الرئيس التونسي. وأكد الجانبان "
      "حرصهما على تعزيز التعاون بين البلدين."),
     {("ARE", "holds_talks", "TUN"), ("ARE", "expresses_intent_to_cooperate", "TUN"),
      ("TUN", "expresses_intent_to_cooperate", "ARE")}),
    ("concern_about_the_situation",
     ("أجرى وزير الخارجية المصري اتصالا هاتفيا بنظيره السوداني. وأعرب الجانبان عن قلقهما "
      "إزاء تدهور الأوضاع الإنسانية في مدينة الفاشر. وتطرق الاتصال إلى المواجهات بين "
      "إسرائيل وحركة حماس."),
     {("EGY", "holds_talks", "SDN")}),
    # a concern about the sides named in its own sentence keeps them
    ("concern_with_own_sides",
     "وأعربت الصين عن قلقها إزاء تدهور الأوضاع بين باكستان وأفغانستان.",
     {("CHN", "expresses_concern", "PAK"), ("CHN", "expresses_concern", "AFG")}),
]


@pytest.mark.parametrize(("case", "text", "expected"), READOUTS, ids=[c[0] for c in READOUTS])
def test_wire_readout(case: str, text: str, expected: set[Edge]) -> None:
    assert edges(text) == expected


# «الموفد» (envoy) and «الوفد» (delegation) are titles like «المبعوث»: their state adjective,
# past other adjectives («الرئاسي»), names the holder
ENVOYS: list[tuple[str, str, set[Edge]]] = [
    ("presidential_envoy",
     "وأكد الموفد الرئاسي الفرنسي، خلال زيارته بيروت، دعم فرنسا الكامل للجيش اللبناني.",
     {("FRA", "expresses_support", "LBN")}),
    ("delegation",
     "ورفض الوفد الإيراني المقترح الأمريكي.",
     {("IRN", "rejects", "USA")}),
    ("head_of_delegation",
     "وأدان رئيس الوفد السوري الغارات الإسرائيلية.",
     {("SYR", "condemns", "ISR")}),
    ("un_envoy",
     "وأعرب الموفد الأممي عن قلقه من التصعيد بين إثيوبيا وإريتريا.",
     {("UN", "expresses_concern", "ETH"), ("UN", "expresses_concern", "ERI")}),
    # a delegation received is the guest, not the host
    ("delegation_received",
     "واستقبل وزير الخارجية المصري وفدا من حركة حماس.",
     {("EGY", "holds_talks", "HAMAS")}),
]


@pytest.mark.parametrize(("case", "text", "expected"), ENVOYS, ids=[c[0] for c in ENVOYS])
def test_envoy_and_delegation_titles(case: str, text: str, expected: set[Edge]) -> None:
    assert edges(text) == expected


# rule 23: two sides that «agreed on» an act («اتفقتا على وقف إطلاق النار», «على تبادل
# الأسرى») reached an agreement, so each intends to cooperate with the other, and its
# mediators, named by two adjectives, mediate toward them (rule 16); agreeing on a view
# («على رفض …», «على أهمية …») stays agrees_with, and a recalled or hypothetical agreement is no
# edge
AGREED_ON: list[tuple[str, str, set[Edge]]] = [
    ("agreed_on_an_exchange",
     "واتفقت إثيوبيا والصومال على تبادل الأسرى.",
     {("ETH", "expresses_intent_to_cooperate", "SOM"),
      ("SOM", "expresses_intent_to_cooperate", "ETH")}),
    ("agreed_on_a_ceasefire_reported",
     "وأعلنت قطر أن إثيوبيا والصومال اتفقتا على وقف إطلاق النار.",
     {("ETH", "expresses_intent_to_cooperate", "SOM"),
      ("SOM", "expresses_intent_to_cooperate", "ETH")}),
    ("agreed_with_two_mediators",
     ("واتفقت إثيوبيا والصومال على وقف فوري لإطلاق النار، في ختام جولة مفاوضات استضافتها "
      "أنقرة بوساطة تركية وقطرية."),
     {("ETH", "expresses_intent_to_cooperate", "SOM"),
      ("SOM", "expresses_intent_to_cooperate", "ETH"),
      ("TUR", "mediates", "ETH"), ("TUR", "mediates", "SOM"),
      ("QAT", "mediates", "ETH"), ("QAT", "mediates", "SOM")}),
    ("two_mediators_of_an_exchange",
     "وتبادلت روسيا وأوكرانيا الأسرى بوساطة قطرية وإماراتية.",
     {("QAT", "mediates", "RUS"), ("QAT", "mediates", "UKR"),
      ("ARE", "mediates", "RUS"), ("ARE", "mediates", "UKR")}),
    ("agreed_on_a_view",
     "واتفقت إثيوبيا والصومال على رفض التدخل الخارجي.",
     {("ETH", "agrees_with", "SOM"), ("SOM", "agrees_with", "ETH")}),
    ("recalled_agreement",
     "وكانت إثيوبيا والصومال قد اتفقتا عام 2019 على تبادل الأسرى.",
     set()),
    ("hypothetical_agreement",
     "وإذا اتفقت إثيوبيا والصومال على تبادل الأسرى فستبدأ مرحلة جديدة.",
     set()),
]


@pytest.mark.parametrize(("case", "text", "expected"), AGREED_ON,
                         ids=[c[0] for c in AGREED_ON])
def test_agreed_on_an_act(case: str, text: str, expected: set[Edge]) -> None:
    assert edges(text) == expected


# rule 14: a threat whose step is sanctions, tariffs, aid or another non-military measure is a
# warning; a threat of force stays a threat
NONMILITARY: list[tuple[str, str, set[Edge]]] = [
    ("tariffs", "وهدد الرئيس الأمريكي بفرض رسوم جمركية قاسية على الصين.",
     {("USA", "warns", "CHN")}),
    ("sanctions", "وهددت إيران بفرض عقوبات على الشركات الأمريكية.",
     {("IRN", "warns", "USA")}),
    ("aid_reviewed",
     ("ولوّح وزير الخارجية الفرنسي بأن باريس قد تعيد النظر في المساعدات المخصصة للحكومة "
     "المالية."),
     {("FRA", "warns", "MLI")}),
    ("earlier_threat",
     "وكان ترامب قد هدد الأسبوع الماضي بفرض رسوم جمركية «قاسية جداً» على روسيا.",
     {("USA", "warns", "RUS")}),
    ("force_stays_a_threat", "وهدد وزير الدفاع الإسرائيلي بضرب حزب الله بكل قوة.",
     {("ISR", "threatens", "HEZBOLLAH")}),
    ("vow_stays_a_threat", "وتوعدت إيران إسرائيل برد قاس.",
     {("IRN", "threatens", "ISR")}),
]


@pytest.mark.parametrize(("case", "text", "expected"), NONMILITARY,
                         ids=[c[0] for c in NONMILITARY])
def test_nonmilitary_threat_is_a_warning(case: str, text: str, expected: set[Edge]) -> None:
    assert edges(text) == expected


# a connective with its own comma («ومع ذلك،», «وفي المقابل،») before a fronted circumstance
# («وبعد اتصال هاتفي مع …،») leaves the circumstance's call to the subject after it
CONNECTIVES: list[tuple[str, str, set[Edge]]] = [
    ("however_after_a_call",
     ("ومع ذلك، وبعد اتصال هاتفي مع الرئيس الروسي، أعلن الرئيس الأمريكي أن القمة ستعقد "
      "قريبا."),
     {("USA", "holds_talks", "RUS")}),
    ("meanwhile_during_a_meeting",
     ("وفي المقابل، وخلال لقائه وزير الخارجية التركي، أكد وزير الخارجية الإيراني دعم بلاده "
      "للحوار."),
     {("IRN", "holds_talks", "TUR")}),
    ("however_alone",
     "ومع ذلك، أكد الرئيس الأمريكي دعمه لأوكرانيا.",
     {("USA", "expresses_support", "UKR")}),
]


@pytest.mark.parametrize(("case", "text", "expected"), CONNECTIVES,
                         ids=[c[0] for c in CONNECTIVES])
def test_connective_before_circumstance(case: str, text: str, expected: set[Edge]) -> None:
    assert edges(text) == expected


# a wire's own ministry («دمشق - سانا / أدانت وزارة الخارجية …») speaks on for «الوزارة» and
# «البيان» in the sentences after it; a participle written with tanween («مطالبةً أنقرة») is
# no construct noun, so the actor after it is asked
WIRE_SPEAKER: list[tuple[str, str, set[Edge]]] = [
    ("ministry_then_statement",
     ("دمشق - سانا\n\nأدانت وزارة الخارجية الهجوم الإسرائيلي على درعا. وقالت الوزارة في "
      "بيان إن الهجوم خرق للقانون الدولي، محمّلةً الحكومة الإسرائيلية المسؤولية الكاملة عن "
      "الضحايا. وطالب البيان بانسحاب القوات الإسرائيلية الفوري من المناطق الجنوبية."),
     {("SYR", "condemns", "ISR"), ("SYR", "accuses", "ISR"),
      ("SYR", "demands_withdrawal", "ISR")}),
    ("participle_with_tanween",
     ("جددت وزارة الخارجية العراقية رفضها للتوغل التركي، مطالبةً أنقرة بسحب قواتها من "
      "المواقع التي أقامتها."),
     {("IRQ", "rejects", "TUR"), ("IRQ", "demands_withdrawal", "TUR")}),
    # a noun in construct keeps its genitive as the one who demands
    ("demand_noun_in_construct",
     "وأعربت مصر عن رفضها لمطالبة إسرائيل بتهجير السكان.",
     {("EGY", "rejects", "ISR")}),
]


@pytest.mark.parametrize(("case", "text", "expected"), WIRE_SPEAKER,
                         ids=[c[0] for c in WIRE_SPEAKER])
def test_wire_ministry_speaks_on(case: str, text: str, expected: set[Edge]) -> None:
    assert edges(text) == expected


# support for a state's territorial unity is affirms_sovereignty only (rule 21: the label
# inside the object adds no second type): after «مؤكدا», «دعمه» is the masdar, not the verb
# «he supported him»; the pronoun of «أراضيها» points back to the state just named
TERRITORIAL_UNITY: list[tuple[str, str, set[Edge]]] = [
    ("support_for_unity_after_participle",
     ("ورحب مجلس التعاون بقرار الاتحاد الأوروبي رفع العقوبات المفروضة على سوريا، مؤكداً "
      "دعمه لوحدة الأراضي السورية وسيادتها."),
     {("GCC", "welcomes", "EU"), ("GCC", "affirms_sovereignty", "SYR")}),
    ("territory_pronoun",
     ("وأكد الوزير التركي وقوف بلاده إلى جانب سوريا ودعمها الثابت لوحدة أراضيها وسلامتها "
      "الإقليمية."),
     {("TUR", "expresses_support", "SYR"), ("TUR", "affirms_sovereignty", "SYR")}),
    ("own_territory_is_no_edge",
     "وأكدت تركيا التزامها بوحدة أراضيها.",
     set()),
    ("support_for_a_government_stays",
     "وأكدت مصر دعمها للحكومة الليبية.",
     {("EGY", "expresses_support", "LBY")}),
]


@pytest.mark.parametrize(("case", "text", "expected"), TERRITORIAL_UNITY,
                         ids=[c[0] for c in TERRITORIAL_UNITY])
def test_support_for_territorial_unity(case: str, text: str, expected: set[Edge]) -> None:
    assert edges(text) == expected


# rule 14: a warning whose content is the holder's own forceful response («حذّر من أن إيران
# سترد بحزم») is a threat, held by the state that will respond, toward the one whose attack it
# answers; a threat's auxiliary («ستواصل ضرب …») carries its content on to the target
THREATS_OF_FORCE: list[tuple[str, str, set[Edge]]] = [
    ("warning_of_own_response",
     ("وحذّر وزير الخارجية الإيراني من أن إيران «سترد بحزم وبشكل فوري» على أي اعتداء "
      "إسرائيلي يستهدف منشآتها."),
     {("IRN", "threatens", "ISR")}),
    ("warning_of_capital_response",
     ("وحذّر وزير الدفاع الباكستاني من أن إسلام آباد سترد بقوة على أي هجوم ينطلق من "
      "أفغانستان."),
     {("PAK", "threatens", "AFG")}),
    ("threat_through_auxiliary",
     "وهدد وزير الدفاع الإسرائيلي بأن إسرائيل «ستواصل ضرب حزب الله بكل قوة».",
     {("ISR", "threatens", "HEZBOLLAH")}),
    ("warning_of_consequences_stays",
     "وحذر الرئيس الفرنسي روسيا من أن أي هجوم على مولدوفا ستكون له عواقب وخيمة.",
     {("FRA", "warns", "RUS")}),
    ("warning_addressed_stays",
     "وحذرت مصر إثيوبيا من مغبة المضي في الملء الأحادي.",
     {("EGY", "warns", "ETH")}),
]


@pytest.mark.parametrize(("case", "text", "expected"), THREATS_OF_FORCE,
                         ids=[c[0] for c in THREATS_OF_FORCE])
def test_warning_of_force_is_a_threat(case: str, text: str, expected: set[Edge]) -> None:
    assert edges(text) == expected


# «الوزيران», «الرئيسان» after a two-party call or meeting are the two who talked (rule 26: a
# joint stance is each one's, a shared view agrees both ways); a joint subject that agreed on
# an act reached an agreement (rule 23), on a view agrees
TWO_OFFICIALS: list[tuple[str, str, set[Edge]]] = [
    ("ministers_after_call",
     ("أجرى وزير الخارجية المصري اتصالاً هاتفياً بنظيره السوداني، حيث توافق الوزيران على "
      "رفض الإجراءات الإثيوبية الأحادية."),
     {("EGY", "holds_talks", "SDN"), ("EGY", "agrees_with", "SDN"),
      ("SDN", "agrees_with", "EGY"), ("EGY", "rejects", "ETH"), ("SDN", "rejects", "ETH")}),
    ("presidents_after_meeting",
     "والتقى الرئيس الفرنسي نظيره المصري في باريس. وبحث الرئيسان سبل تعزيز التعاون.",
     {("FRA", "holds_talks", "EGY"), ("EGY", "holds_talks", "FRA"),
      ("FRA", "expresses_intent_to_cooperate", "EGY"),
      ("EGY", "expresses_intent_to_cooperate", "FRA")}),
    ("two_sides_agreed_on_an_act",
     "واتفق الجانبان التركي والعراقي على تشكيل لجنة أمنية مشتركة.",
     {("TUR", "expresses_intent_to_cooperate", "IRQ"),
      ("IRQ", "expresses_intent_to_cooperate", "TUR")}),
    ("two_sides_agreed_on_a_view",
     "واتفق الجانبان التركي والعراقي على أهمية التنسيق الأمني.",
     {("TUR", "agrees_with", "IRQ"), ("IRQ", "agrees_with", "TUR")}),
    ("two_sides_agreed_on_a_meeting",
     "واتفقت روسيا وتركيا على عقد جولة جديدة الشهر المقبل.",
     {("RUS", "expresses_intent_to_meet", "TUR"), ("TUR", "expresses_intent_to_meet", "RUS")}),
]


@pytest.mark.parametrize(("case", "text", "expected"), TWO_OFFICIALS,
                         ids=[c[0] for c in TWO_OFFICIALS])
def test_two_officials_who_talked(case: str, text: str, expected: set[Edge]) -> None:
    assert edges(text) == expected


# «إن الأمين العام «يدعو X إلى …»»: a bare title between the complementizer and the verb is
# the verb's subject (the current speaker), and the actor after the verb is asked; after «وقف»
# a cue word is the masdar («وقف دعمها»), so the call goes on to its next content
TITLE_BEFORE_VERB: list[tuple[str, str, set[Edge]]] = [
    ("secretary_general_calls_in_quote",
     ("أدان الأمين العام للأمم المتحدة الهجوم على قوات حفظ السلام. وقال المتحدث باسمه إن "
      "الأمين العام «يدعو القوات الرواندية إلى الانسحاب فوراً من أراضي الكونغو "
      "الديمقراطية»."),
     {("UN", "demands_withdrawal", "RWA")}),
    ("stop_support_then_withdraw",
     ("أدان الأمين العام للأمم المتحدة الهجوم على قوات حفظ السلام. وقال المتحدث باسمه إن "
      "الأمين العام «يدعو رواندا إلى وقف دعمها للمتمردين والانسحاب فوراً من أراضي الكونغو "
      "الديمقراطية»."),
     # rule 10: stopping support is asked too, a demand (gold of fresh2_ar and fresh14_ar)
     {("UN", "demands_withdrawal", "RWA"), ("UN", "demands", "RWA")}),
]


@pytest.mark.parametrize(("case", "text", "expected"), TITLE_BEFORE_VERB,
                         ids=[c[0] for c in TITLE_BEFORE_VERB])
def test_bare_title_before_verb(case: str, text: str, expected: set[Edge]) -> None:
    assert edges(text) == expected


# rule 13: an offer whose only condition is the parties' consent stands, also when the consent
# takes «في» («إذا رغب الطرفان في ذلك»); a stance that is itself hypothetical does not
CONSENT: list[tuple[str, str, set[Edge]]] = [
    ("consent_with_fi",
     ("وأكدت سلطنة عمان استعدادها لاستضافة جولات مقبلة من المحادثات بين إيران والولايات "
      "المتحدة إذا رغب الطرفان في ذلك."),
     {("OMN", "mediates", "IRN"), ("OMN", "mediates", "USA")}),
    ("hypothetical_condemnation",
     "وقالت مصر إنها ستدين أي هجوم إسرائيلي إذا وقع في غزة.",
     set()),
]


@pytest.mark.parametrize(("case", "text", "expected"), CONSENT, ids=[c[0] for c in CONSENT])
def test_offer_on_consent(case: str, text: str, expected: set[Edge]) -> None:
    assert edges(text) == expected


# a Gulf wire's own head: «رئيس الدولة» is the head of the wire's state whoever spoke last,
# and «سموه» coordinated with another leader is the one who speaks and that leader (rule 26)
OWN_HEAD: list[tuple[str, str, set[Edge]]] = [
    ("head_of_state_after_joint_talks",
     ("أبوظبي في 3 مايو / وام / تلقى صاحب السمو الشيخ محمد بن زايد آل نهيان رئيس الدولة "
      "اتصالا هاتفيا من الرئيس التونسي. وبحث الجانبان العلاقات الثنائية. وأشاد صاحب السمو "
      "رئيس الدولة بالجهود التي تبذلها تونس في مكافحة الإرهاب."),
     {("ARE", "holds_talks", "TUN"), ("TUN", "holds_talks", "ARE"), ("ARE", "welcomes", "TUN")}),
    ("his_highness_and_a_president",
     ("أبوظبي في 3 مايو / وام / تلقى صاحب السمو الشيخ محمد بن زايد آل نهيان رئيس الدولة "
      "اتصالا هاتفيا من الرئيس التونسي. وشدد سموه والرئيس التونسي على ضرورة الوقف الفوري "
      "لإطلاق النار بين الجيش الليبي والجماعات المسلحة."),
     {("ARE", "holds_talks", "TUN"), ("ARE", "urges_restraint", "LBY"),
      ("TUN", "urges_restraint", "LBY")}),
]


@pytest.mark.parametrize(("case", "text", "expected"), OWN_HEAD, ids=[c[0] for c in OWN_HEAD])
def test_wire_own_head(case: str, text: str, expected: set[Edge]) -> None:
    assert edges(text) == expected


# rule 20: asking an addressee to put pressure on a third party («إلى ممارسة ضغط حقيقي على
# الحكومة الإسرائيلية لوقف الحرب») is a demand toward the addressee; stopping the war is asked
# of the third party
PRESSURE: list[tuple[str, str, set[Edge]]] = [
    ("pressure_with_adjective",
     ("ودعا وزير الخارجية الأردني الإدارة الأمريكية إلى ممارسة ضغط حقيقي على الحكومة "
      "الإسرائيلية لوقف الحرب فوراً."),
     {("JOR", "demands", "USA"), ("JOR", "urges_restraint", "ISR")}),
    ("pressure_on",
     ("ودعا وزير الخارجية الأردني الإدارة الأمريكية إلى الضغط على الحكومة الإسرائيلية لوقف "
     "الحرب فوراً."),
     {("JOR", "demands", "USA"), ("JOR", "urges_restraint", "ISR")}),
    ("no_third_party",
     "ودعا وزير الخارجية الأردني إسرائيل إلى وقف الحرب فوراً.",
     {("JOR", "urges_restraint", "ISR")}),
]


@pytest.mark.parametrize(("case", "text", "expected"), PRESSURE, ids=[c[0] for c in PRESSURE])
def test_pressure_on_a_third_party(case: str, text: str, expected: set[Edge]) -> None:
    assert edges(text) == expected


# a speech verb after a clause link («فيما أعربت …», «حيث أكد …») starts a clause of its own:
# the call before it ends there and does not swallow the stance after it
CLAUSE_LINKS: list[tuple[str, str, set[Edge]]] = [
    ("while_china_expressed_concern",
     ("واندلعت اشتباكات بين الهند وباكستان. ودعت السعودية البلدين إلى ضبط النفس، فيما أعربت "
      "وزارة الخارجية الصينية عن قلقها إزاء المواجهات بين البلدين."),
     {("SAU", "urges_restraint", "IND"), ("SAU", "urges_restraint", "PAK"),
      ("CHN", "expresses_concern", "IND"), ("CHN", "expresses_concern", "PAK")}),
    ("where_he_affirmed",
     ("واستقبل أمير قطر وزير الخارجية الإيراني، وجرى خلال اللقاء استعراض العلاقات الثنائية "
      "وسبل دعمها، حيث أكد الأمير حرص قطر على تعزيز التعاون مع إيران."),
     {("QAT", "holds_talks", "IRN"), ("QAT", "expresses_intent_to_cooperate", "IRN")}),
]


@pytest.mark.parametrize(("case", "text", "expected"), CLAUSE_LINKS,
                         ids=[c[0] for c in CLAUSE_LINKS])
def test_clause_link_starts_a_clause(case: str, text: str, expected: set[Edge]) -> None:
    assert edges(text) == expected


# rule 21: regret at an actor's act («أعرب عن أسفه لاستخدام الولايات المتحدة حق النقض») is
# condemns; regret at a death is condolence (rule 18) and «للأسف» (unfortunately) no stance
REGRET: list[tuple[str, str, set[Edge]]] = [
    ("regret_at_a_veto",
     "وأعربت مصر عن أسفها لاستخدام الولايات المتحدة حق النقض ضد مشروع القرار.",
     {("EGY", "condemns", "USA")}),
    ("deep_regret_at_a_decision",
     "وأعربت مصر عن بالغ أسفها لقرار إسرائيل إغلاق المعبر.",
     {("EGY", "condemns", "ISR")}),
    ("regret_at_a_death", "وأعرب الرئيس الفرنسي عن أسفه لوفاة الرئيس الإيراني.", set()),
    ("unfortunately", "وللأسف لم تتمكن إيران من الحضور.", set()),
]


@pytest.mark.parametrize(("case", "text", "expected"), REGRET, ids=[c[0] for c in REGRET])
def test_regret_condemns(case: str, text: str, expected: set[Edge]) -> None:
    assert edges(text) == expected

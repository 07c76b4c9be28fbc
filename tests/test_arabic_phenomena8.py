"""Arabic constructions traced in fresh5_ar (12 articles written for the project, scored unseen
in the morning session of 2026-12-05 and developed against from the afternoon), each tested on
sentences written for this file.

- «السيد», «الدكتور», «الشيخ» before an official's name are styles of address, like «معالي».
- «أجرى وزير الشؤون الخارجية والتعاون الإفريقي، السيد ناصر بوريطة، …»: a title that names no
  state, then the official's name between commas: the official is the subject.
- «مع وزير الشؤون الخارجية والاتحاد الأوروبي والتعاون الإسباني»: an organisation coordinated
  inside a title that a state's adjective closes is a portfolio; the minister is that state's.
- «دعا الوزيران إلى تثبيت وقف إطلاق النار في غزة»: the two who speak are never the sides of
  their own call; «ورحّبا بجهود الوساطة التي تبذلها مصر وقطر» welcomes a mediation of others,
  not one between them; but «…، فيما أثنى عراقجي على الدور الصيني في رعاية ذلك الاتفاق»,
  said by one of them of their own agreement, is the pair's mediation (rule 16).
- A visit that names exactly the visitor and the host («وصل الرئيس المصري إلى الرياض في زيارة
  رسمية») makes them the pair a later «الجانبان» stands for, unless the article already has one
  (a visit amid a quarrel makes no new sides). Shared with English («visited Saudi Arabia»).
- «أكدت مصر ضرورة احترام سيادة سوريا»: a need stated to no one leaves the stance nouns inside
  it their own (an appeal with an addressee still takes them in).
- «سيادة سوريا ولبنان», "the sovereignty of Syria and Lebanon": each of the list (rule 4).
- «من جانبه، شدّد سمو وزير الخارجية على …»: after a turn to the other side («من جانبه»,
  «من جهته», «بدوره»; "For his part"), a bare title is the official of the side of the pair
  that did not speak last, and speaks on for the participles after it.
- «الكفّ عن استهداف السفن»: to stop targeting is restraint (rule 20).
- «جرى اتصال هاتفي اليوم بين وزير الخارجية … بدر عبد العاطي ونائب رئيس الوزراء … أيمن الصفدي»:
  talks that took place between exactly two actors are held by both (rule 15); not talks that
  might happen («احتمال إجراء محادثات بين …») nor the topic of a discussion («جرى بحث
  المفاوضات بين …»).
- «وزير المالية», «حزمة دعم مالي»: "finance", "financial" after such a head, not Mali;
  «وزارة الخارجية المالية» is still Mali's ministry.
- «أكدت روسيا دعمها للسلطات في مالي», «أكدت الخارجية الروسية دعمها …»: after the subject of a
  verb that takes a masdar, the word is the masdar (Russia's support), not a verb whose
  subject follows.
- «أعرب عن تقدير حكومته / طهران لـ…»: appreciation with its owner after it welcomes (a bare
  «تقدير» is also an estimate, so only after «عن»).
- «ندّد … بما وصفه بـ«العدوان الإسرائيلي»»: the description is the object of the verb before
  it (condemns), no accusation of its own; «وصفت مصر الهجوم بأنه عدوان» still accuses.
- «قال إن استهداف الجيش الإسرائيلي لمواقع اليونيفيل «أمر مدان»», «غير مقبول», «مرفوض»: a
  judgement stated of an act as its predicate condemns the act's author (rule 11; new frame
  "predicate", shared with English «… was unacceptable»); not when hypothetical (rule 13), nor
  of a situation with no author.
- «استقبل كلاً من X وY …، كلاً على حدة»: receiving each side separately is talks with each,
  not mediation between them (anywhere after the cue in the sentence, as «اتصالين منفصلين»).
- «وأشاد الزعيمان …» in a sentence that names no one: the two officials named last by name
  (after a host received both, the two guests), when they speak for two actors.
- «جدّد مطالبته يريفان بتعديل الدستور», «جددت أذربيجان مطالبة أرمينيا بتعديل دستورها»: a masdar
  of appeal with its owner's pronoun, or renewed by its holder with what is asked after the
  actor («بـ…»), names its addressee after it, not its holder; «رفضت مطالبة أرمينيا بـ…» stays
  Armenia's demand.
- «مستعد للقاء نظيره الفنزويلي، شرط أن تبقى محكمة العدل الدولية الجهة المختصة»: an offer tied
  to a concession by an actor is coded only as the demand (rule 13); «لا يمانع لقاء زيلينسكي
  بشرط أن يتم التحضير الجيد» (good preparation, no one's concession) stays an offer.
- «حذّر مادورو الحكومة الغويانية»: the regular adjectives of each one-word spelling of a state's
  name («غويانا» → «الغويانية»), generated in tools/build_states.py like those of the name.
"""

from __future__ import annotations

import pytest

from tests.edge_cases import Edge
from tests.edge_cases import edges_ar as edges

CASES: list[tuple[str, str, set[Edge]]] = [
    ("sayyid_before_the_subject",
     "أجرى السيد ناصر بوريطة مباحثات مع نظيره الإسباني.",
     {("MAR", "holds_talks", "ESP")}),
    ("doctor_before_the_subject",
     "وأدان الدكتور فؤاد حسين الهجوم التركي على دهوك.",
     {("IRQ", "condemns", "TUR")}),
    ("title_without_a_state_then_the_name",
     ("أجرى وزير الشؤون الخارجية والتعاون الإفريقي، السيد ناصر بوريطة، اليوم في الرباط، "
      "مباحثات مع السيد خوسيه مانويل ألباريس."),
     {("MAR", "holds_talks", "ESP")}),
    ("portfolio_in_the_addressee_title",
     ("استقبل وزير الخارجية المصري، أمس في القاهرة، وزير الشؤون الخارجية والاتحاد الأوروبي "
      "والتعاون الإسباني."),
     {("EGY", "holds_talks", "ESP")}),
    ("an_organisation_after_a_title_is_still_one",
     "التقى وزير الخارجية المصري بممثل الاتحاد الأوروبي.",
     {("EGY", "holds_talks", "EU")}),
    ("joint_holders_are_not_the_sides_of_their_call",
     ("أجرى ناصر بوريطة مباحثات مع خوسيه مانويل ألباريس في الرباط. ودعا الوزيران إلى تثبيت "
      "وقف إطلاق النار في غزة."),
     {("MAR", "holds_talks", "ESP")}),
    ("joint_holders_welcome_a_mediation_of_others",
     ("أجرى ناصر بوريطة مباحثات مع خوسيه مانويل ألباريس في الرباط. ورحّب الوزيران بجهود "
      "الوساطة التي تبذلها مصر وقطر."),
     {("MAR", "holds_talks", "ESP"), ("MAR", "welcomes", "EGY"), ("MAR", "welcomes", "QAT"),
      ("ESP", "welcomes", "EGY"), ("ESP", "welcomes", "QAT")}),
    ("one_of_the_pair_praises_the_sponsor_of_their_agreement",
     ("أجرى عباس عراقجي اتصالا هاتفيا بنظيره السعودي. وأكد الوزيران التزامهما بتنفيذ اتفاق "
      "بكين، فيما أثنى عراقجي على الدور الصيني في رعاية ذلك الاتفاق."),
     {("IRN", "holds_talks", "SAU"), ("CHN", "mediates", "IRN"), ("CHN", "mediates", "SAU"),
      ("IRN", "welcomes", "CHN")}),
    ("a_visit_names_the_two_sides",
     "وصل الرئيس المصري عبد الفتاح السيسي إلى الرياض في زيارة رسمية. وعقد الجانبان مباحثات رسمية.",
     {("EGY", "holds_talks", "SAU"), ("SAU", "holds_talks", "EGY")}),
    ("a_visit_amid_a_quarrel_makes_no_new_sides",
     ("اتهم الصومال إثيوبيا بانتهاك سيادته. وفي ختام زيارة الرئيس الصومالي للقاهرة، دعا "
      "الاتحاد الأفريقي الطرفين إلى الحوار."),
     {("SOM", "accuses", "ETH"), ("AU", "calls_for_dialogue", "SOM"),
      ("AU", "calls_for_dialogue", "ETH")}),
    ("a_need_stated_to_no_one_keeps_the_sovereignty",
     "وأكدت مصر ضرورة احترام سيادة سوريا.",
     {("EGY", "affirms_sovereignty", "SYR")}),
    ("sovereignty_of_a_list",
     "وأكد الجانبان ضرورة احترام سيادة سوريا ولبنان ووحدة أراضيهما.",
     set()),
    ("sovereignty_of_a_list_with_a_holder",
     "وأكدت مصر احترام سيادة سوريا ولبنان.",
     {("EGY", "affirms_sovereignty", "SYR"), ("EGY", "affirms_sovereignty", "LBN")}),
    ("for_his_part_the_other_side",
     ("استقبل وزير الخارجية السعودي نظيره الإيراني في الرياض. وأعرب الوزير الإيراني عن "
      "ارتياحه. من جانبه، شدّد سمو وزير الخارجية على أهمية خفض التصعيد، داعياً جماعة الحوثي "
      "إلى الكفّ عن استهداف السفن."),
     {("SAU", "holds_talks", "IRN"), ("SAU", "urges_restraint", "HOUTHIS")}),
    ("without_a_turn_the_last_speaker",
     ("استقبل وزير الخارجية السعودي نظيره الإيراني في الرياض. وأعرب الوزير الإيراني عن "
      "ارتياحه. وشدّد الوزير على أهمية خفض التصعيد، داعياً جماعة الحوثي إلى الكفّ عن استهداف "
      "السفن."),
     {("SAU", "holds_talks", "IRN"), ("IRN", "urges_restraint", "HOUTHIS")}),
    ("talks_took_place_between_two",
     ("جرى اتصال هاتفي اليوم بين وزير الخارجية والهجرة وشؤون المصريين بالخارج الدكتور بدر "
      "عبد العاطي ونائب رئيس الوزراء وزير الخارجية وشؤون المغتربين الأردني أيمن الصفدي، تناول "
      "تطورات الأوضاع في غزة."),
     {("EGY", "holds_talks", "JOR"), ("JOR", "holds_talks", "EGY")}),
    ("talks_that_might_happen",
     "وأشار الوزير القطري إلى احتمال إجراء محادثات بين الولايات المتحدة وإيران.",
     set()),
    ("discussion_of_talks_between_others",
     ("استقبل وزير الخارجية القطري نظيره الإيراني. كما جرى بحث مستجدات المفاوضات غير "
      "المباشرة بين إيران والولايات المتحدة."),
     {("QAT", "holds_talks", "IRN")}),
    ("finance_minister_is_not_mali",
     "وأدانت مصر تصريحات وزير المالية الإسرائيلي.",
     {("EGY", "condemns", "ISR")}),
    ("financial_support_is_not_mali",
     "ورحّب الوزير المصري بقرار الاتحاد الأوروبي تخصيص حزمة دعم مالي لمصر.",
     {("EGY", "welcomes", "EU")}),
    ("malian_foreign_ministry",
     "وأدانت وزارة الخارجية المالية التدخل الجزائري.",
     {("MLI", "condemns", "DZA")}),
    ("masdar_after_the_subject",
     "وأكدت روسيا دعمها للسلطات في مالي.",
     {("RUS", "expresses_support", "MLI")}),
    ("masdar_after_a_titled_subject",
     "وجددت الخارجية الروسية دعمها للحكومة السورية.",
     {("RUS", "expresses_support", "SYR")}),
    ("appreciation_of_his_government",
     "وأعرب مندوب لبنان عن تقدير حكومته للجهود التي تبذلها فرنسا والولايات المتحدة.",
     {("LBN", "welcomes", "FRA"), ("LBN", "welcomes", "USA")}),
    ("appreciation_of_a_capital",
     "وأعرب الوزير الإيراني عن تقدير طهران للدور الذي تضطلع به السعودية.",
     {("IRN", "welcomes", "SAU")}),
    ("an_estimate_is_no_welcome",
     "وقال الوزير المصري إن تقدير الموقف في غزة صعب.",
     set()),
    ("condemned_what_he_called",
     "من جهته، ندّد مندوب الجزائر بما وصفه بـ«العدوان الإسرائيلي المتواصل».",
     {("DZA", "condemns", "ISR")}),
    ("described_as_aggression_accuses",
     "ووصفت مصر الهجوم الإسرائيلي بأنه عدوان.",
     {("EGY", "accuses", "ISR")}),
    ("predicate_condemnable",
     "وقال الأمين العام للأمم المتحدة إن استهداف الجيش الإسرائيلي لمواقع اليونيفيل «أمر مدان».",
     {("UN", "condemns", "ISR")}),
    ("predicate_unacceptable",
     "واعتبرت فرنسا أن استهداف الجيش الإسرائيلي لجنود اليونيفيل غير مقبول.",
     {("FRA", "condemns", "ISR")}),
    ("predicate_of_a_hypothesis",
     "وقالت فرنسا إنه إذا صحت التقارير فإن استهداف الجيش الإسرائيلي لليونيفيل غير مقبول.",
     set()),
    ("predicate_of_a_situation",
     "وقالت مصر إن هذا الوضع غير مقبول.",
     set()),
    ("received_each_separately",
     ("وقّعت أذربيجان وأرمينيا اتفاقاً لترسيم الحدود بين البلدين، برعاية إماراتية. وكان رئيس "
      "الدولة الشيخ محمد بن زايد آل نهيان قد استقبل كلاً من الرئيس الأذربيجاني ورئيس الوزراء "
      "الأرميني قبيل مراسم التوقيع، كلاً على حدة."),
     {("AZE", "expresses_intent_to_cooperate", "ARM"),
      ("ARM", "expresses_intent_to_cooperate", "AZE"), ("ARE", "mediates", "AZE"),
      ("ARE", "mediates", "ARM"), ("ARE", "holds_talks", "AZE"), ("ARE", "holds_talks", "ARM")}),
    ("the_two_leaders_named_last",
     ("استقبل الشيخ محمد بن زايد آل نهيان كلاً من الرئيس الأذربيجاني إلهام علييف ورئيس الوزراء "
      "الأرميني نيكول باشينيان، كلاً على حدة. وأشاد الزعيمان بالدور الذي اضطلعت به الإمارات."),
     {("ARE", "holds_talks", "AZE"), ("ARE", "holds_talks", "ARM"), ("AZE", "welcomes", "ARE"),
      ("ARM", "welcomes", "ARE")}),
    ("his_demand_of_yerevan",
     "وأكد علييف احترام باكو لسيادة أرمينيا، لكنه جدّد مطالبته يريفان بتعديل الدستور الأرميني.",
     {("AZE", "affirms_sovereignty", "ARM"), ("AZE", "demands", "ARM")}),
    ("renewed_demand_of_armenia",
     "وجددت أذربيجان مطالبة أرمينيا بتعديل دستورها.",
     {("AZE", "demands", "ARM")}),
    ("offer_on_condition_is_a_demand",
     ("وقال رئيس غيانا إنه مستعد للقاء نظيره الفنزويلي نيكولاس مادورو، شرط أن تبقى محكمة العدل "
      "الدولية الجهة المختصة بالفصل في النزاع."),
     {("GUY", "demands", "VEN")}),
    ("offer_on_condition_of_preparation",
     ("وأكد الكرملين أن الرئيس الروسي لا يمانع لقاء نظيره الأوكراني، بشرط أن يتم التحضير الجيد "
      "لذلك."),
     {("RUS", "expresses_intent_to_meet", "UKR")}),
    ("adjective_of_a_spelling_variant",
     "في المقابل، حذّر مادورو الحكومة الغويانية من السماح بإقامة قواعد عسكرية أمريكية على أراضيها.",
     {("VEN", "warns", "GUY")}),
    ("an_accused_organisation_before_a_state_adjective",
     "واتهم المتحدث الروسي الاتحاد الأوروبي بتشجيع السلطات الأوكرانية على القتال.",
     {("RUS", "accuses", "EU")}),
]


@pytest.mark.parametrize(("case", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_phenomenon(case: str, text: str, expected: set[Edge]) -> None:
    assert edges(text) == expected

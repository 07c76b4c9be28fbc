"""Arabic constructions found by tracing fresh26_ar, fresh27_ar and fresh28_ar in the ninth
session of 2026-12-06, each tested on sentences written for this file.

- «اتصل الرئيس المصري عبد الفتاح السيسي بنظيره اللبناني», «اتصل العاهل الأردني الملك عبد
  الله الثاني بالرئيس اللبناني»: the subject after a verb of calling stops at the counterpart
  or at a word that carries the preposition ب or ل, runs over the official's name after the
  title, and the verb's «ب» is found on the partner's word itself.
- «اتصالا هاتفيا بنظيره القيرغيزي هنأه فيه …»: the partner of a call, after «ب», is no
  subject of the verb that follows; «وشكر الرئيس اللبناني أمير قطر»: an official of another
  state after the title's adjective is the object, not part of the subject.
- Rule 23: congratulating a party on an agreement («هنأه بتوقيع الاتفاقية») welcomes no
  party.
- Rule 14: a warning in a participle after an appeal to one actor («دعت ألمانيا بيلاروسيا إلى
  …، محذرة من عقوبات إضافية») is addressed to the one asked; not after an appeal to several
  sides (a danger between them), nor a warning stated on its own before the appeal.
- Rule 11: a bare decision, step or announcement welcomed («رحب الوزير بالقرار»، «رحبت القاهرة
  بدورها بالإعلان») is the act the headline or lead named with its author («بإعلان الرئيس
  الأمريكي …»); another act named back («بالتصويت») is not (words generic_act_nouns). A
  generic act («بالتصويت», «بالقرار») with no act named with its author in the lead is the
  act of the lead's subject («صادق البرلمان الكيني على …»), unless the lead is a reaction
  or an agreement (rule 23).
- «سجل الوزيران تطابق وجهات نظر البلدين إزاء الأوضاع في منطقة الساحل ومالي»: an actor past a
  preposition of the topic (words topic_prepositions: «إزاء، حول، بشأن، من» …) is what a
  joint subject's shared view is about, so the two agree with each other (rule 17); and the
  phrases of a shared view are written as a family (heads × objects, cue ar.agrees.views),
  which adds «توافق رؤيتيهما», «تقارب في المواقف».
- A live blog's entry that opens with an organisation's official, the portfolio after it and
  perhaps a name («10:20 – الممثل الخاص للأمم المتحدة لشؤون الأطفال يعرب عن قلقه …», «…
  لحقوق الإنسان فولكر تورك يعرب …»): the title, past the time and the portfolio, is the
  subject (not the last entry's speaker), also when the name is a known official.
- «ورحب المراقب الدائم لفلسطين لدى الأمم المتحدة بالقرار»: «المراقب» (a permanent observer)
  is a title (words title_heads), so the observer's state holds the welcome, not the last
  speaker; so too a rapporteur, a prosecutor, a consul, a negotiator, a mediator, a leader
  and an assistant («المقررة الخاصة للأمم المتحدة», «مساعد وزير الخارجية الأمريكي»); and
  the leaders or presidents of a list of states («اجتمع قادة المغرب ومالي والنيجر»), as
  their ministers were, whom a later «القادة» names back.
- «ويطالب القرار إسرائيل، بوصفها القوة القائمة بالاحتلال، بإلغاء …»: a resolution or a
  statement right after the verb is its subject, and the actor after it is the one asked.
- Rule 21: describing what another said as false («وصف الاتهامات الأمريكية بأنها "عارية عن
  الصحة"», «باطلة», «ملفقة») dismisses it, a rejection (cue ar.rejects.describe), as English
  «called them baseless»; describing it as provocative stays a condemnation.
- «ودعت مصر في بيان "جميع الأطراف الليبية" إلى ضبط النفس»: past a short circumstance the
  addressee is found also when it is quoted (its closing quote before what is asked).
- «وشكرت أوكرانيا بولندا على دعمها لمولدوفا»: the stance noun that the thanked actor's own
  pronoun owns is that actor's, not the thanker's.
"""

from __future__ import annotations

import pytest

from tests.edge_cases import Edge
from tests.edge_cases import edges_ar as edges

FILLER = "\n\nولم تتوفر تفاصيل إضافية حتى مساء يوم الأحد بحسب التقرير الذي نشر اليوم."

CASES: list[tuple[str, str, set[Edge]]] = [
    ("called_past_the_name_to_the_counterpart",
     "واتصل رئيس الوزراء الأردني بشر الخصاونة بنظيره العراقي." + FILLER,
     {("JOR", "holds_talks", "IRQ")}),
    ("called_past_a_title_and_name_with_bi",
     "واتصل الرئيس التونسي قيس سعيد بالرئيس الجزائري، معربا عن تعازيه." + FILLER,
     {("TUN", "holds_talks", "DZA")}),
    ("called_the_king_and_name_as_one_subject",
     "واتصل العاهل المغربي الملك محمد السادس بالرئيس الموريتاني." + FILLER,
     {("MAR", "holds_talks", "MRT")}),
    ("a_call_to_an_office_is_no_talks",
     "واتصل الوزير التونسي بالسفارة لمعرفة مصير المواطنين." + FILLER,
     set()),
    ("the_partner_after_bi_is_no_subject",
     ("وأجرى رئيس الوزراء الياباني اتصالا هاتفيا بنظيره الهندي هنأه فيه بفوز حزبه في "
      "الانتخابات." + FILLER),
     {("JPN", "holds_talks", "IND"), ("JPN", "welcomes", "IND")}),
    ("another_states_official_after_the_adjective_is_the_object",
     "وشكر الرئيس التونسي أمير قطر على مساعداته الإنسانية." + FILLER,
     {("TUN", "welcomes", "QAT")}),
    ("the_same_states_official_stays_the_subject",
     "والتقى وزير الخارجية الهندي نظيره الروسي سيرغي لافروف." + FILLER,
     {("IND", "holds_talks", "RUS")}),
    ("congratulated_on_an_agreement_welcomes_no_party",
     "وهنأت اليابان الفلبين بتوقيع الاتفاقية." + FILLER,
     set()),
    ("a_warning_after_an_appeal_warns_the_one_asked",
     "ودعت ألمانيا بيلاروسيا إلى وقف دفع المهاجرين نحو الحدود، محذرة من عقوبات إضافية." + FILLER,
     {("DEU", "demands", "BLR"), ("DEU", "warns", "BLR")}),
    ("a_warning_after_an_appeal_to_two_sides_warns_neither",
     ("ودعت اليابان كوريا الشمالية وكوريا الجنوبية إلى ضبط النفس، محذرة من خطر اندلاع نزاع "
      "أوسع." + FILLER),
     {("JPN", "urges_restraint", "PRK"), ("JPN", "urges_restraint", "KOR")}),
    ("a_warning_before_the_appeal_is_its_own",
     "وحذرت تركيا من عواقب وخيمة، ودعت اليونان إلى نزع سلاح الجزر." + FILLER,
     {("TUR", "demands", "GRC")}),
    ("a_decision_welcomed_is_the_leads",
     ("ترحيب عربي بإعلان الرئيس الفرنسي الاعتراف بدولة فلسطين\n"
      "رحب وزير الخارجية الأردني بالقرار. ورحبت القاهرة بدورها بالإعلان." + FILLER),
     {("JOR", "welcomes", "FRA"), ("EGY", "welcomes", "FRA")}),
    ("another_act_welcomed_is_not_the_leads",
     ("ترحيب عربي بإعلان الرئيس الفرنسي الاعتراف بدولة فلسطين\n"
      "ورحبت تونس بالتصويت." + FILLER),
     set()),
    ("a_vote_welcomed_is_the_lead_subjects",
     ("البرلمان الكيني يصادق على معاهدة الحدود\n"
      "صادق البرلمان الكيني، الثلاثاء، على معاهدة الحدود مع أوغندا. ورحبت تنزانيا "
      "بالتصويت." + FILLER),
     {("TZA", "welcomes", "KEN")}),
    ("a_shared_view_about_a_region_and_a_state",
     ("استقبل الرئيس الموريتاني وزير الخارجية الجزائري. وسجل الوزيران تطابق وجهات نظر البلدين "
      "إزاء الأوضاع في منطقة الساحل ومالي." + FILLER),
     {("MRT", "holds_talks", "DZA"), ("MRT", "agrees_with", "DZA"),
      ("DZA", "agrees_with", "MRT")}),
    ("a_shared_view_in_a_dual_with_its_pronoun",
     "وأكد الجانبان المصري والسعودي توافق رؤيتيهما حول الأزمة في السودان." + FILLER,
     {("EGY", "agrees_with", "SAU"), ("SAU", "agrees_with", "EGY")}),
    ("a_live_blog_entry_opened_by_an_organisations_official",
     ("10:05 – وزير الخارجية الأردني يدين الهجوم.\n"
      "10:20 – الممثل الخاص للأمم المتحدة لشؤون الأطفال يعرب عن قلقه إزاء قصف إسرائيل "
      "للمدارس." + FILLER),
     {("UN", "expresses_concern", "ISR")}),
    ("a_live_blog_entry_opened_by_a_known_official_after_the_portfolio",
     ("10:05 – وزير الخارجية الأردني يدين الهجوم.\n"
      "10:20 – المفوض السامي للأمم المتحدة لحقوق الإنسان فولكر تورك يعرب عن قلقه إزاء "
      "قصف إسرائيل للمدارس." + FILLER),
     {("UN", "expresses_concern", "ISR")}),
    ("a_permanent_observer_is_a_title",
     ("أدانت مصر الهجوم. ورحب المراقب الدائم لفلسطين لدى الأمم المتحدة بالقرار، وشكر النرويج "
      "على موقفها." + FILLER),
     {("PSE", "welcomes", "NOR")}),
    ("a_rapporteur_is_a_title",
     ("أدانت مصر الهجوم. واتهمت المقررة الخاصة للأمم المتحدة إسرائيل بارتكاب جرائم "
      "حرب." + FILLER),
     {("UN", "accuses", "ISR")}),
    ("an_assistant_minister_is_a_title",
     "أدانت مصر الهجوم. وأجرى مساعد وزير الخارجية الأمريكي اتصالا بنظيره الأردني." + FILLER,
     {("USA", "holds_talks", "JOR")}),
    ("the_resolution_after_the_verb_then_the_one_asked",
     ("اعتمدت الجمعية العامة قرارا بشأن الحرب. ويطالب القرار روسيا، بصفتها طرفا في النزاع، "
      "بالإفراج عن الأسرى." + FILLER),
     {("UNGA", "demands", "RUS")}),
    ("accusations_described_as_false_are_rejected",
     "ووصف المتحدث الإيراني الاتهامات الأمريكية بأنها \"عارية عن الصحة\"." + FILLER,
     {("IRN", "rejects", "USA")}),
    ("remarks_described_as_provocative_are_condemned",
     "ووصفت الصين التصريحات اليابانية بأنها استفزازية." + FILLER,
     {("CHN", "condemns", "JPN")}),
    ("a_quoted_addressee_after_in_a_statement",
     "ودعت الجزائر في بيان \"جميع الأطراف الليبية\" إلى ضبط النفس." + FILLER,
     {("DZA", "urges_restraint", "LBY")}),
    ("the_leaders_of_a_list_of_states",
     ("اجتمع قادة المغرب ومالي والنيجر في مراكش. وأدان القادة الهجمات التي يشنها تنظيم "
      "داعش." + FILLER),
     {(a, "holds_talks", b) for a in ("MAR", "MLI", "NER") for b in ("MAR", "MLI", "NER")
      if a != b} | {(a, "condemns", "ISIL") for a in ("MAR", "MLI", "NER")}),
    ("thanked_for_its_support_for_a_third",
     "وشكرت أوكرانيا بولندا على دعمها لمولدوفا." + FILLER,
     {("UKR", "welcomes", "POL"), ("POL", "expresses_support", "MDA")}),
    ("thanked_for_its_mediation_between_the_two",
     ("وعقدت كينيا والصومال جولة من المحادثات في نيروبي. وشكرت أوغندا إثيوبيا على "
      "وساطتها." + FILLER),
     {("KEN", "holds_talks", "SOM"), ("SOM", "holds_talks", "KEN"), ("UGA", "welcomes", "ETH"),
      ("ETH", "mediates", "KEN"), ("ETH", "mediates", "SOM")}),
]


@pytest.mark.parametrize(("case", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_phenomenon(case: str, text: str, expected: set[Edge]) -> None:
    assert edges(text) == expected

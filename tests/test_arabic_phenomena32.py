"""Arabic constructions traced in the seventeenth session of 2026-12-07 (the blind sets written
during the session), each tested on sentences written for this file.

- Rules 12, 17: «ودعت قطر والعراق إلى الحوار لحل أزمات المنطقة»: a call or concern about a
  region's crises, conflicts or issues (words region_trouble_nouns next to region_words) is a
  topic and borrows no sides from the conflict the article reports elsewhere.
- Rule 11: «تصريح وزير الدفاع التركي الذي قال …» and then «أدانت الخارجية اليونانية «بأشد
  العبارات» التصريح», «ندد الوزير بما وصفه بـ«التصريحات الاستفزازية»»: a statement
  (التصريح، تصريح; words event_nouns) is an act its author's title gives it; a quoted «بأشد
  العبارات» (words strongest_terms) and «بما وصفه بـ» before the object do not hide it, and a
  sound feminine plural (التصريحات، الضربات) names the act of its singular.
- Rule 4: «اللجنة الرباعية السعودية الإماراتية الأمريكية البريطانية» and then «ودعت الدول
  الأربع الحوثيين …»: a one-word name that reads as an adjective («السعودية») begins a list
  of adjectives side by side, which a later «الدول الأربع» names.
- Rule 23: «رحب المجلس بما تحقق من تقدم في العلاقات المصرية التركية»: praise of the
  relations of two (words relation_nouns before their adjectives) welcomes neither.
- Rule 5: «احترام سيادة الدول واستقلالها» after «ميثاق الأمم المتحدة»: an organisation has
  no sovereignty to affirm (any language).
- Rules 15, 26: «عقدت اللجنة الثلاثية الروسية التركية الإيرانية اجتماعها …، حيث بحثت الوفود
  الثلاثة …»: delegations (الوفود; words group_nouns) with a number are the list of that many
  named before, in an earlier sentence or earlier in the same one, and their talks are mutual.
- Rule 2: «ودان المستشار الدبلوماسي لرئيس دولة الإمارات أنور قرقاش …»: a title joined by «لـ»
  to another title in construct with its state goes on to that state and the official's name
  (not the last speaker, whose title it would be alone); «الدبلوماسي» is a title's adjective
  (words title_fillers).
- «15:10 — وزير الخارجية المولدوفي أجرى اتصالاً هاتفياً بنظيره الأوكراني …»: a past verb that is
  none of our cues right after an official's title and state (or name), with no comma or
  colon before it, has that official for subject, as a present verb there does.
- Rules 13, 26: «وأكد الوزراء استعدادهم للانخراط مع إيران في حوار جاد», "ready to engage with
  Iran in dialogue": the partner named with «مع» / "with" before what is offered is its target
  (not the holders toward each other).
- «وأعربت مصر عن قلقها، بينما عرض وزير الخارجية الجزائري استضافة لقاء …»: a stance noun right
  after the subject of a verb that is none of our cues and opens a clause (after «بينما»,
  «فيما» or a comma) is held by that subject, not by the sentence's first.
- Rules 10, 20: «دعت كازاخستان أرمينيا وأذربيجان إلى احترام «القواعد الأربع»: عدم نقل الأسلحة
  …، وعدم تصعيد القتال»: what a call asks, spelled out after a colon right after it, types the
  call (any language).
- Rule 22: «رحب الوزير بالاتفاق، مثنياً على «العمل الدؤوب» للمبعوث الأممي»: the participle of
  «أثنى» (مثنياً، مثنية، مثنين) praises, like «مشيداً».
- Rule 4: «ويدعو القرار المغرب وجبهة البوليساريو والجزائر وموريتانيا إلى …»: a group the
  gazetteer does not know («وجبهة …», words group_heads) keeps the list of «و» going.
- Rules 10, 22: «ويدعو القرار، الذي صاغته بريطانيا، السودان وجنوب السودان إلى …»: a relative
  clause on the subject, set off by commas, is passed over to the one asked after it, it ends
  the list of drafters, and the resolution named before is its subject, not the one asked.
"""

from __future__ import annotations

import pytest

from tests.edge_cases import Edge
from tests.edge_cases import edges_ar as edges

FILLER = "\n\nولم تتوفر تفاصيل إضافية حتى مساء يوم الاثنين بحسب التقرير الذي نشر اليوم."

CASES: list[tuple[str, str, set[Edge]]] = [
    ("dialogue_to_solve_the_region's_crises",
     ("عنوان الخبر\n\nزار أمير قطر بغداد يوم الاثنين في أول زيارة له منذ سنوات، وأشاد بدور "
      "العراق في استضافة جولات الحوار بين السعودية وإيران خلال العامين الماضيين. ودعت قطر "
      "والعراق إلى الحوار لحل أزمات المنطقة." + FILLER),
     {("QAT", "welcomes", "IRQ"), ("IRQ", "mediates", "SAU"), ("IRQ", "mediates", "IRN")}),
    ("dialogue_between_the_named_sides_still_goes_to_them",
     ("عنوان الخبر\n\nتبادلت السعودية وإيران الاتهامات يوم الاثنين بشأن أمن الملاحة في الخليج. "
      "ودعت الكويت إلى الحوار بين الرياض وطهران لحل الخلافات." + FILLER),
     {("SAU", "accuses", "IRN"), ("IRN", "accuses", "SAU"), ("KWT", "calls_for_dialogue", "SAU"),
      ("KWT", "calls_for_dialogue", "IRN")}),
    ("the_statement_condemned_in_the_strongest_terms",
     ("عنوان الخبر\n\nتوالت اليوم ردود الفعل على تصريح وزير الدفاع التركي الذي قال في مقابلة "
      "تلفزيونية إن بلاده قد ترسل سفنها الحربية إلى محيط الجزر اليونانية.\n\nأثينا: أدانت "
      "وزارة الخارجية اليونانية «بأشد العبارات» التصريح، وقالت إنه «يهدد الاستقرار»." + FILLER),
     {("GRC", "condemns", "TUR")}),
    ("what_he_called_the_statements",
     ("عنوان الخبر\n\nتوالت اليوم ردود الفعل على تصريح وزير الدفاع التركي الذي قال في مقابلة "
      "تلفزيونية إن بلاده قد ترسل سفنها الحربية إلى محيط الجزر اليونانية.\n\nنيقوسيا: ندد وزير "
      "الخارجية القبرصي بما وصفه بـ«التصريحات الاستفزازية»." + FILLER),
     {("CYP", "condemns", "TUR")}),
    ("a_list_of_adjectives_that_opens_with_a_name",
     ("عنوان الخبر\n\nعقدت اللجنة الرباعية السعودية الإماراتية الأمريكية البريطانية بشأن اليمن "
      "اجتماعها في لندن أمس، وبحثت الوفود مسار التسوية. ودعت الدول الأربع الحوثيين إلى وقف "
      "هجماتهم على السفن فوراً." + FILLER),
     {("SAU", "urges_restraint", "HOUTHIS"), ("ARE", "urges_restraint", "HOUTHIS"),
      ("USA", "urges_restraint", "HOUTHIS"), ("GBR", "urges_restraint", "HOUTHIS")}),
    ("progress_in_the_relations_of_two",
     ("عنوان الخبر\n\nأعرب مجلس التعاون الخليجي عن ترحيبه بما تحقق من تقدم في العلاقات "
      "المصرية التركية منذ تبادل السفراء في العام الماضي، مثمناً الدور الذي اضطلعت به قطر في "
      "هذا الإطار." + FILLER),
     {("GCC", "welcomes", "QAT")}),
    ("the_sovereignty_of_states_in_the_charter",
     ("عنوان الخبر\n\nاختتم وزراء خارجية روسيا وتركيا وإيران اجتماعهم في طهران أمس. وأكدت "
      "الدول الثلاث التزامها بمبادئ ميثاق الأمم المتحدة، بما فيها احترام سيادة الدول "
      "واستقلالها." + FILLER),
     set()),
    ("the_three_delegations_discussed",
     ("عنوان الخبر\n\nعقدت اللجنة الثلاثية الروسية التركية الإيرانية اجتماعها الخامس في طهران أمس "
      "برئاسة نائب وزير الخارجية الإيراني، حيث بحثت الوفود الثلاثة مسار التسوية في سوريا."
      + FILLER),
     {("RUS", "holds_talks", "TUR"), ("RUS", "holds_talks", "IRN"), ("TUR", "holds_talks", "RUS"),
      ("TUR", "holds_talks", "IRN"), ("IRN", "holds_talks", "RUS"),
      ("IRN", "holds_talks", "TUR")}),
    ("the_adviser_to_the_president_of_a_state",
     ("عنوان الخبر\n\nأعلنت وزارة الخارجية الإيرانية اليوم رفضها القاطع لقرار مجلس محافظي الوكالة "
      "الدولية للطاقة الذرية.\n\nودان المستشار الدبلوماسي لرئيس دولة الإمارات أنور قرقاش "
      "الهجمات الحوثية على السفن." + FILLER),
     {("IRN", "rejects", "IAEA"), ("ARE", "condemns", "HOUTHIS")}),
    ("a_title_then_a_past_verb",
     ("عنوان الخبر\n\nتواصلت التفجيرات في الإقليم الانفصالي لليوم الثاني على التوالي.\n\n15:10 — "
      "وزير الخارجية الروماني أجرى اتصالاً هاتفياً بنظيره المولدوفي، وبحث الوزيران الوضع الأمني على "
      "الحدود." + FILLER),
     {("ROU", "holds_talks", "MDA"), ("MDA", "holds_talks", "ROU")}),
    ("ready_to_engage_with_a_partner_in_dialogue",
     ("عنوان الخبر\n\nأصدر وزراء خارجية فرنسا وألمانيا وبريطانيا بياناً مشتركاً اليوم بشأن الاتفاق "
      "النووي. وأكد الوزراء استعدادهم للانخراط مع إيران في حوار جاد." + FILLER),
     {("FRA", "expresses_intent_to_meet", "IRN"), ("DEU", "expresses_intent_to_meet", "IRN"),
      ("GBR", "expresses_intent_to_meet", "IRN")}),
    ("what_is_asked_after_a_colon",
     ("عنوان الخبر\n\nتبادلت القوات الأرمينية والأذربيجانية إطلاق النار على الحدود أمس.\n\nودعت "
      "الخارجية الكازاخية أرمينيا وأذربيجان إلى احترام «القواعد الأربع» المتفق عليها: عدم نقل "
      "الأسلحة الثقيلة إلى الحدود، وعدم بناء تحصينات جديدة، وعدم تصعيد القتال." + FILLER),
     {("KAZ", "urges_restraint", "ARM"), ("KAZ", "urges_restraint", "AZE")}),
    ("praising_with_the_participle_of_athna",
     ("عنوان الخبر\n\nأعلنت إثيوبيا وإريتريا اليوم استئناف الرحلات الجوية بينهما.\n\nوفي القاهرة، "
      "تحدث وزير الخارجية المصري للصحفيين، مثنياً على «الخطوة الشجاعة» التي اتخذتها أديس أبابا."
      + FILLER),
     {("EGY", "welcomes", "ETH")}),
    ("a_list_past_a_group_with_no_id",
     ("عنوان الخبر\n\nجدد مجلس الأمن الدولي ولاية بعثة الأمم المتحدة في الصحراء الغربية لمدة عام."
      "\n\nويدعو القرار المغرب وجبهة البوليساريو والجزائر وموريتانيا إلى استئناف المشاورات مع "
      "المبعوث الشخصي دون شروط مسبقة." + FILLER),
     {("UNSC", "calls_for_dialogue", "MAR"), ("UNSC", "calls_for_dialogue", "DZA"),
      ("UNSC", "calls_for_dialogue", "MRT")}),
    ("the_resolution_its_drafter_in_commas_then_those_asked",
     ("عنوان الخبر\n\nاعتمد مجلس الأمن الدولي أمس القرار 2810 بشأن منطقة أبيي.\n\nويدعو القرار، "
      "الذي صاغته بريطانيا، السودان وجنوب السودان إلى استئناف الحوار حول الوضع النهائي للمنطقة."
      + FILLER),
     {("UNSC", "calls_for_dialogue", "SDN"), ("UNSC", "calls_for_dialogue", "SSD"),
      ("GBR", "calls_for_dialogue", "SDN"), ("GBR", "calls_for_dialogue", "SSD")}),
]


@pytest.mark.parametrize(("case", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_phenomenon(case: str, text: str, expected: set[Edge]) -> None:
    assert edges(text) == expected


def test_the_subject_of_a_clause_verb_holds_the_masdar_after_it() -> None:
    text = ("عنوان الخبر\n\nاندلعت اشتباكات عنيفة في الخرطوم أمس.\n\nوأعربت مصر عن قلقها، بينما "
            "عرض وزير الخارجية التونسي التوسط بين الجيش السوداني وقوات الدعم السريع." + FILLER)
    mediators = {h for h, t, _ in edges(text) if t == "mediates"}
    assert mediators == {"TUN"}

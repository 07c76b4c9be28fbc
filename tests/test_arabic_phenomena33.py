"""Arabic constructions traced in the eighteenth session of 2026-12-07 (the blind sets written
during the session), each tested on sentences written for this file.

- Rules 2, 4: «أما ممثلو فرنسا والمملكة المتحدة وألمانيا فأعربوا …», «وأعرب مندوبو مصر والأردن
  …», «وقّع ممثلو الصين ونيكاراغوا …», «أعربت مفوضية إيكواس …»: the nouns of officials are
  title heads in every number the Arramooz noun dictionary allows them (words
  numbered_title_heads, generated at build time by tools/build_forms.py: the sound plural and
  the dual, in their cases, in construct and with the article, and the broken plural); not the
  dual's nominative construct in «ا», written as the singular's accusative («متحدثاً باسم
  الرابطة»: speaking for the bloc), and not nouns whose construct in «ي» is a common word once
  «ة» follows (مسؤولية، دبلوماسية).
- «استدعت فرنسا سفيريها»: the recall cue reads the dual construct the normaliser now keeps.
- Rules 2, 4: «إن ممثلي جمهورية مصر العربية والمملكة الأردنية الهاشمية، بصفتهم …:» and then
  numbered points «1. يؤكدون …، 2. يدينون …»: a sentence that opens with «إن» (words
  declaration_openers), states no stance and ends with a colon names who speaks in the points.
- Rule 5: bare «الكونغو» is either Congo (words ambiguous_names): the one the article names
  otherwise («كينشاسا», «برازافيل»).
"""

from __future__ import annotations

import pytest

from tests.edge_cases import Edge
from tests.edge_cases import edges_ar as edges

FILLER = "\n\nولم تتوفر تفاصيل إضافية حتى مساء يوم الاثنين بحسب التقرير الذي نشر اليوم."

CASES: list[tuple[str, str, set[Edge]]] = [
    ("representatives_of_a_list_after_amma",
     ("عنوان الخبر\n\nعقد مجلس الأمن جلسة حول البرنامج النووي الإيراني. أما ممثلو فرنسا والمملكة "
      "المتحدة وألمانيا فأعربوا عن قلقهم البالغ من تخلي إيران عن التزاماتها." + FILLER),
     {("FRA", "expresses_concern", "IRN"), ("GBR", "expresses_concern", "IRN"),
      ("DEU", "expresses_concern", "IRN")}),
    ("delegates_of_a_list",
     ("عنوان الخبر\n\nوأعرب مندوبو مصر والأردن عن قلقهم من التصعيد الإسرائيلي في رفح." + FILLER),
     {("EGY", "expresses_concern", "ISR"), ("JOR", "expresses_concern", "ISR")}),
    ("representatives_sign",
     ("عنوان الخبر\n\nوقّع ممثلو الصين ونيكاراغوا الجمعة في بكين بياناً مشتركاً يعلن إقامة "
      "العلاقات الدبلوماسية بين البلدين." + FILLER),
     {("CHN", "expresses_intent_to_cooperate", "NIC"),
      ("NIC", "expresses_intent_to_cooperate", "CHN")}),
    ("a_commission_of_a_bloc",
     ("عنوان الخبر\n\nوأعربت مفوضية إيكواس عن استعدادها للحوار مع مالي والنيجر." + FILLER),
     {("ECOWAS", "expresses_intent_to_meet", "MLI"),
      ("ECOWAS", "expresses_intent_to_meet", "NER")}),
    ("recalls_its_two_ambassadors",
     ("عنوان الخبر\n\nواستدعت فرنسا سفيريها لدى الولايات المتحدة وأستراليا للتشاور." + FILLER),
     {("FRA", "condemns", "USA"), ("FRA", "condemns", "AUS")}),
    ("a_joint_texts_numbered_points",
     ("عنوان الخبر\n\nأعلنت الأمم المتحدة اليوم أن قوافل المساعدات لم تدخل قطاع غزة منذ أسبوع. "
      "وصدر مساء اليوم في مدينة العقبة بيان مشترك في ختام مباحثات استمرت يومين كاملين، "
      "وفي ما يلي نصه:\n\n"
      "«إن ممثلي جمهورية مصر العربية والمملكة الأردنية الهاشمية، بصفتهم رئيسي اللجنة الوزارية "
      "المشتركة المعنية بالأوضاع في الأراضي الفلسطينية المحتلة:\n\n"
      "1. يدينون الهجمات العسكرية الإسرائيلية المستمرة على قطاع غزة وما تخلفه من دمار واسع في "
      "المنازل والمستشفيات والمدارس.\n\n"
      "2. يؤكدون دعمهم الكامل لجهود الأمم المتحدة الرامية إلى إيصال المساعدات الإنسانية إلى "
      "جميع سكان القطاع دون أي عوائق.»" + FILLER),
     {("EGY", "condemns", "ISR"), ("JOR", "condemns", "ISR"),
      ("EGY", "expresses_support", "UN"), ("JOR", "expresses_support", "UN")}),
    ("congo_with_kinshasa",
     ("عنوان الخبر\n\nاتهمت الكونغو رواندا بدعم متمردي حركة إم 23 في بيان رسمي. وطالبت "
      "كينشاسا بانسحاب القوات الرواندية من أراضيها." + FILLER),
     {("COD", "accuses", "RWA"), ("COD", "demands_withdrawal", "RWA")}),
]


@pytest.mark.parametrize(("case", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_phenomenon(case: str, text: str, expected: set[Edge]) -> None:
    assert edges(text) == expected


def test_a_speaking_participle_is_no_title() -> None:
    """«متحدثاً باسم الرابطة» is a circumstance of the one who speaks, not a dual «متحدثا»."""
    from extract.lexicon import load_lexicon
    from extract.normalize import normalize

    heads = load_lexicon("ar").word("numbered_title_heads")
    assert {normalize(w) for w in ("ممثلو", "ممثلي", "الممثلين", "مندوبو", "النائب")} <= heads
    assert normalize("متحدثا") not in heads

"""Arabic constructions found by tracing fresh26_ar in the first session of 2026-12-07,
each tested on sentences written for this file.

- «اتصل الرئيس المصري عبد الفتاح السيسي بنظيره اللبناني», «اتصل العاهل الأردني الملك عبد
  الله الثاني بالرئيس اللبناني»: the subject after a verb of calling stops at the counterpart
  or at a word that carries the preposition ب or ل, runs over the official's name after the
  title, and the verb's «ب» is found on the partner's word itself.
- «اتصالا هاتفيا بنظيره القيرغيزي هنأه فيه …»: the partner of a call, after «ب», is no
  subject of the verb that follows; «وشكر الرئيس اللبناني أمير قطر»: an official of another
  state after the title's adjective is the object, not part of the subject.
- Rule 23: congratulating a party on an agreement («هنأه بتوقيع الاتفاقية») welcomes no
  party.
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
]


@pytest.mark.parametrize(("case", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_phenomenon(case: str, text: str, expected: set[Edge]) -> None:
    assert edges(text) == expected

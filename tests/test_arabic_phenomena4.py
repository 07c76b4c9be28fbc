"""Arabic constructions of the fourth round: each case is a sentence written for this test,
with every edge it should give (so that a false alarm fails as well as a miss). Grouped by
the phenomenon they check."""

from __future__ import annotations

import pytest

from tests.edge_cases import Edge
from tests.edge_cases import edges_ar as edges

CASES: list[tuple[str, str, set[Edge]]] = [
    # a long name agrees as its head noun does: «المملكة/الجمهورية/جماعة …» is feminine
    # whatever the gender of the short name («الأردن», «الحوثيون»)
    ("name_gender.kingdom",
     "وأدانت المملكة المغربية الهجوم الإيراني على الإمارات.",
     {("MAR", "condemns", "IRN")}),
    ("name_gender.republic",
     "ورحبت الجمهورية اللبنانية بالقرار الفرنسي.",
     {("LBN", "welcomes", "FRA")}),
    ("name_gender.group",
     "واتهمت جماعة الحوثي الولايات المتحدة بقصف ميناء الحديدة.",
     {("HOUTHIS", "accuses", "USA")}),
    # a bare definite head noun («المجلس», «الحزب», «الجماعة», «الوكالة», «المملكة») names
    # the actor whose long name it headed earlier in the article, as subject or object
    ("head_anaphora.party_subject",
     "قصفت إسرائيل مواقع لحزب الله في الجنوب. واتهم الحزب إسرائيل بخرق الهدنة.",
     {("HEZBOLLAH", "accuses", "ISR")}),
    ("head_anaphora.agency_object",
     ("وصل وفد من الوكالة الدولية للطاقة الذرية إلى طهران. واتهمت إيران الوكالة بتسريب "
     "معلومات سرية."),
     {("IRN", "accuses", "IAEA")}),
    ("head_anaphora.group_warned",
     "تعرضت سفن تجارية لهجمات من جماعة الحوثيين. وحذرت بريطانيا الجماعة من مواصلة الهجمات.",
     {("GBR", "warns", "HOUTHIS")}),
    ("head_anaphora.kingdom_in_clause",
     ("أدانت المملكة الأردنية الهاشمية القصف الإسرائيلي. وقال الناطق باسم الخارجية إن "
     "المملكة تحمّل إسرائيل المسؤولية الكاملة."),
     {("JOR", "condemns", "ISR"), ("JOR", "accuses", "ISR")}),
    ("head_anaphora.council_statement",
     "عقد مجلس التعاون الخليجي اجتماعه في مسقط. وأدان المجلس الهجوم الإيراني على ناقلة نفط.",
     {("GCC", "condemns", "IRN")}),
    # a nisba adjective after the head makes it another body
    ("head_anaphora.other_body",
     ("وأدان مجلس التعاون الخليجي الهجوم الإيراني. ورفض المجلس العسكري في مالي العقوبات "
     "الفرنسية."),
     {("GCC", "condemns", "IRN"), ("MLI", "rejects", "FRA")}),
]


@pytest.mark.parametrize(("case", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_phenomenon(case: str, text: str, expected: set[Edge]) -> None:
    assert edges(text) == expected

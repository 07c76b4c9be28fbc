"""Arabic constructions traced in the sixteenth session of 2026-12-07 (the blind sets written
during the session), each tested on sentences written for this file.

- A transcript's unnamed «ج:» answers for the spokesman the article names first with his full
  title before his name («المتحدث الرسمي باسم وزارة الخارجية القطرية ماجد الأنصاري»: past the
  ministry and its state's adjective, no other actor between), not for a person the headline
  names last before the body's first paragraph, nor for one a «الناطق:» label introduces.
"""

from __future__ import annotations

import pytest

from tests.edge_cases import Edge
from tests.edge_cases import edges_ar as edges

FILLER = "\n\nولم تتوفر تفاصيل إضافية حتى مساء يوم الاثنين بحسب التقرير الذي نشر اليوم."

CASES: list[tuple[str, str, set[Edge]]] = [
    ("the_spokesman_with_his_full_title",
     ("صحيفة الخليج — الدوحة، 30 كانون الثاني/يناير 2024: الأنصاري: لن ننجرّ إلى سجال مع "
      "نتنياهو\n\nعقد المتحدث الرسمي باسم وزارة الخارجية القطرية ماجد الأنصاري، الثلاثاء، "
      "إحاطته الإعلامية الأسبوعية في الدوحة، بعدما اتهم وزير المالية الإسرائيلي الدوحة "
      "بتمويل الإرهاب.\n\n"
      "س: وماذا عن اتهامات وزير المالية الإسرائيلي؟\n\n"
      "ج: نرفض هذه الاتهامات جملة وتفصيلاً، وندعو إسرائيل إلى وقف الحرب فوراً." + FILLER),
     {("ISR", "accuses", "QAT"), ("QAT", "rejects", "ISR"), ("QAT", "urges_restraint", "ISR")}),
]


@pytest.mark.parametrize(("case", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_phenomenon(case: str, text: str, expected: set[Edge]) -> None:
    assert edges(text) == expected

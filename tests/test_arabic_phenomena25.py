"""Arabic constructions found by tracing fresh29_ar in the tenth session of 2026-12-06, each
tested on sentences written for this file.

- «حكومة الوحدة الوطنية» is a name of Libya's government and of South Sudan's (words
  ambiguous_names): in an article that names exactly one of them otherwise (Tripoli, «الليبية»)
  it is that state; with neither or both named it is no actor.
- United Nations missions with names of their own («اليونيفيل», «يونامي», «قوة الأمم المتحدة
  المؤقتة في لبنان») are the United Nations (gazetteer aliases of UN); a mission named by a
  description («بعثة الأمم المتحدة للدعم في ليبيا») is read through «الأمم المتحدة» inside it
  (an alias holding a word with a clitic, «للدعم», would make that word's whole form a known
  reading everywhere and hide «الدعم» from the cues).
"""

from __future__ import annotations

import pytest

from tests.edge_cases import Edge
from tests.edge_cases import edges_ar as edges

FILLER = "\n\nولم تتوفر تفاصيل إضافية حتى مساء يوم الأحد بحسب التقرير الذي نشر اليوم."

CASES: list[tuple[str, str, set[Edge]]] = [
    ("national_unity_government_in_a_libyan_article",
     ("اندلعت اشتباكات عنيفة في طرابلس بين قوات تابعة لحكومة الوحدة الوطنية وجهاز الردع.\n\n"
      "ودعت مصر حكومة الوحدة الوطنية إلى العودة للحوار." + FILLER),
     {("EGY", "calls_for_dialogue", "LBY")}),
    ("national_unity_government_in_a_south_sudanese_article",
     ("جوبا - أعلنت السلطات في جنوب السودان تأجيل الانتخابات.\n\n"
      "ودعت كينيا حكومة الوحدة الوطنية إلى العودة للحوار." + FILLER),
     {("KEN", "calls_for_dialogue", "SSD")}),
    ("national_unity_government_with_no_state_named",
     "ودعت مصر حكومة الوحدة الوطنية إلى العودة للحوار." + FILLER,
     set()),
    ("the_un_support_mission_in_libya",
     "ودعت بعثة الأمم المتحدة للدعم في ليبيا مصر إلى ضبط النفس." + FILLER,
     {("UN", "urges_restraint", "EGY")}),
    ("unifil",
     "وأدانت قوات اليونيفيل إسرائيل بعد استهداف أحد مواقعها." + FILLER,
     {("UN", "condemns", "ISR")}),
]


@pytest.mark.parametrize(("case", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_phenomenon(case: str, text: str, expected: set[Edge]) -> None:
    assert edges(text) == expected

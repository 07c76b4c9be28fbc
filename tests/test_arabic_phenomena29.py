"""Arabic constructions traced in the fourteenth session of 2026-12-07 (fresh41_ar, then the
blind pair written during the session), each tested on sentences written for this file.

- Rule 21: «واعتبرت الخارجية الأردنية الغارات "استفزازية"»: judging an act with a word of
  censure after «اعتبر» (the words of «وصف»'s censure) condemns its author, as «وصف» does.
- «عن إدانة المملكة ورفضها التام للغارات»: a word that reads as a verb with its object
  pronoun or as a masdar with its owner's, coordinated with a masdar right before it (past
  that masdar's own genitive), is the masdar; the first masdar shares its object.
"""

from __future__ import annotations

import pytest

from tests.edge_cases import Edge
from tests.edge_cases import edges_ar as edges

FILLER = "\n\nولم تتوفر تفاصيل إضافية حتى مساء يوم الاثنين بحسب التقرير الذي نشر اليوم."
CASES: list[tuple[str, str, set[Edge]]] = [
    ("considered_an_act_provocative",
     ("خبر عاجل\n\nشنت إسرائيل غارات على ريف دمشق. واعتبرت الخارجية الأردنية الغارات "
      "\"استفزازية\"." + FILLER),
     {("JOR", "condemns", "ISR")}),
    ("considered_as_plain_speech_is_no_stance",
     ("خبر عاجل\n\nواعتبر وزير الخارجية المصري أن الحوار بين الأطراف الليبية ضروري." + FILLER),
     set()),
    ("masdar_with_its_holder_then_a_coordinated_masdar",
     ("خبر عاجل\n\nوأعربت وزارة الخارجية السعودية عن إدانة المملكة ورفضها التام للهجمات "
      "الإيرانية." + FILLER),
     {("SAU", "condemns", "IRN"), ("SAU", "rejects", "IRN")}),
    ("two_masdars_each_with_a_pronoun",
     ("خبر عاجل\n\nوأعلنت الخارجية المصرية إدانة القاهرة واستنكارها الشديد للقصف التركي."
      + FILLER),
     {("EGY", "condemns", "TUR")}),
]


@pytest.mark.parametrize(("case", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_phenomenon(case: str, text: str, expected: set[Edge]) -> None:
    assert edges(text) == expected

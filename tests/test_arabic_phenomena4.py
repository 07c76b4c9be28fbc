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
]


@pytest.mark.parametrize(("case", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_phenomenon(case: str, text: str, expected: set[Edge]) -> None:
    assert edges(text) == expected

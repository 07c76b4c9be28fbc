"""A wire's dateline names its state: an unqualified ministry, government or presidency that
speaks before any speaker is named («دمشق - سانا / أدانت وزارة الخارجية …») is that state's.
Texts written for this test."""

from __future__ import annotations

import pytest

from tests.edge_cases import Edge
from tests.edge_cases import edges_ar as edges

CASES: list[tuple[str, str, set[Edge]]] = [
    ("own_line_dash",
     "عمّان - بترا\n\nأدانت وزارة الخارجية بأشد العبارات الهجوم الإسرائيلي على مخيم جنين.",
     {("JOR", "condemns", "ISR")}),
    ("own_line_parenthesis",
     "الرباط (و م ع)\n\nرحبت الحكومة بقرار مجلس الأمن الدولي تمديد ولاية البعثة الأممية.",
     {("MAR", "welcomes", "UNSC")}),
    ("inline_with_date",
     "الدوحة في 3 مارس / قنا / أدانت وزارة الخارجية الهجوم الإيراني على السفن التجارية.",
     {("QAT", "condemns", "IRN")}),
    # the ministry is another state's: its adjective says so
    ("qualified_ministry",
     "الرباط (و م ع)\n\nأدانت وزارة الخارجية الفرنسية الهجوم الإيراني على السفن التجارية.",
     {("FRA", "condemns", "IRN")}),
    # no dateline: no state to give the ministry
    ("no_dateline",
     "أدانت وزارة الخارجية بأشد العبارات الهجوم الإسرائيلي على مخيم جنين.",
     set()),
    # a place that opens a sentence is no dateline
    ("place_in_prose",
     "عمّان تستضيف اليوم مؤتمرا إقليميا.\n\nأدانت وزارة الخارجية الهجوم الإسرائيلي على جنين.",
     set()),
]


@pytest.mark.parametrize(("case", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_dateline_state(case: str, text: str, expected: set[Edge]) -> None:
    assert edges(text) == expected

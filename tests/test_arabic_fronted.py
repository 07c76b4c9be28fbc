"""An Arabic clause behind a fronted phrase of circumstance closed by a comma («وفي سياق متصل،»,
«وعلى صعيد آخر،», «وفي القاهرة،»): the verb after the comma opens the clause, so its subject
is found as at the start of a sentence. Sentences written for this test."""

from __future__ import annotations

import pytest

from tests.edge_cases import Edge
from tests.edge_cases import edges_ar as edges

CASES: list[tuple[str, str, set[Edge]]] = [
    ("related_context",
     "وفي سياق متصل، أجرى وزير الخارجية الأردني اتصالاً هاتفياً مع نظيره الكويتي.",
     {("JOR", "holds_talks", "KWT")}),
    ("other_level",
     "وعلى صعيد آخر، أجرى الرئيس الكيني اتصالا هاتفيا مع نظيره التنزاني.",
     {("KEN", "holds_talks", "TZA")}),
    ("this_frame",
     "وفي هذا الإطار، تلقى ملك الأردن اتصالاً هاتفياً من الرئيس الفرنسي.",
     {("JOR", "holds_talks", "FRA")}),
    # a place after في is circumstance too
    ("place",
     "وفي نيويورك، أجرى وزير الخارجية المغربي اتصالا هاتفيا مع نظيره الإسباني.",
     {("MAR", "holds_talks", "ESP")}),
    # an actor inside the fronted phrase keeps it out: it may be what the clause is about
    ("actor_inside_is_not_skipped",
     "وفي رد على تصريحات إيران، أجرى مسؤولون محادثات غير رسمية.",
     set()),
]


@pytest.mark.parametrize(("case", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_fronted_phrase(case: str, text: str, expected: set[Edge]) -> None:
    assert edges(text) == expected


# «ملك X» is a title as «العاهل X» is. Honorific styles before a subject («صاحب السمو»,
# «فخامة», «معالي», «جلالة») should be part of the subject phrase; skipping them was tried on
# 2026-12-04 and left out (issue 11 note): on fresh2_ar it exposed two other faults (rule 12
# giving a Sudan ceasefire call to the article's Gaza pair, «سبل دعمها» typed as support).
_STYLE_GAP = pytest.mark.xfail(reason="honorific styles before a subject (issue 11): skipping "
                                      "them cost fresh2_ar more false alarms than it found",
                               strict=True)
STYLES: list = [
    pytest.param("highness",
                 "تلقى صاحب السمو الشيخ محمد بن زايد اتصالاً هاتفياً من رئيس الوزراء الهندي.",
                 {("ARE", "holds_talks", "IND")}, marks=_STYLE_GAP, id="highness"),
    pytest.param("excellency",
                 "وأدان معالي وزير الخارجية العماني الهجوم على السفينة الإيرانية.",
                 {("OMN", "condemns", "IRN")}, marks=_STYLE_GAP, id="excellency"),
    pytest.param("majesty",
                 "واستقبل صاحب الجلالة الملك عبدالله الثاني رئيس الوزراء الكندي.",
                 {("JOR", "holds_talks", "CAN")}, marks=_STYLE_GAP, id="majesty"),
    ("king_of",
     "وتلقى ملك البحرين اتصالاً هاتفياً من الرئيس الفرنسي.",
     {("BHR", "holds_talks", "FRA")}),
]


@pytest.mark.parametrize(("case", "text", "expected"), STYLES)
def test_honorific_styles(case: str, text: str, expected: set[Edge]) -> None:
    assert edges(text) == expected

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
# «فخامة», «معالي», «جلالة») are skipped to the subject phrase (tried first on 2026-12-04 and
# left out then: on fresh2_ar it exposed rule 12 spreading a concern about the situation in a
# Sudanese city to the article's Gaza pair, now held back by discourse's situation nouns, and
# «سبل دعمها» typed as support, now a topic after ways_nouns).
STYLES: list = [
    ("highness",
     "تلقى صاحب السمو الشيخ محمد بن زايد اتصالاً هاتفياً من رئيس الوزراء الهندي.",
     {("ARE", "holds_talks", "IND")}),
    ("excellency",
     # (the attacker is the target; the ship attacked, «على السفينة الإيرانية», is not: its
     # state is the victim, since the eighth session of 2026-12-06)
     "وأدان معالي وزير الخارجية العماني الهجوم الإسرائيلي على السفينة الإيرانية.",
     {("OMN", "condemns", "ISR")}),
    ("majesty",
     "واستقبل صاحب الجلالة الملك عبدالله الثاني رئيس الوزراء الكندي.",
     {("JOR", "holds_talks", "CAN")}),
    ("king_of",
     "وتلقى ملك البحرين اتصالاً هاتفياً من الرئيس الفرنسي.",
     {("BHR", "holds_talks", "FRA")}),
]


@pytest.mark.parametrize(("case", "text", "expected"), STYLES)
def test_honorific_styles(case: str, text: str, expected: set[Edge]) -> None:
    assert edges(text) == expected

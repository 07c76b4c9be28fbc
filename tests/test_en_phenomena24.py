"""English constructions found by tracing fresh26_en in the first session of 2026-12-07,
each tested on sentences written for this file.

- Rule 14: a warning in a participle after an appeal to one actor («urged Belarus to stop
  …, warning of further sanctions») is addressed to the one asked; not after an appeal to
  several sides (a danger between them), nor a warning stated on its own before the appeal.
"""

from __future__ import annotations

import pytest

from tests.edge_cases import Edge, edges_en

FILLER = "\n\nFurther details were not immediately available on Sunday evening, the report said."

CASES: list[tuple[str, str, set[Edge]]] = [
    ("a_warning_after_an_appeal_warns_the_one_asked",
     ("Germany urged Belarus to stop pushing migrants toward the border, warning of further "
      "sanctions." + FILLER),
     {("DEU", "demands", "BLR"), ("DEU", "warns", "BLR")}),
    ("a_warning_after_an_appeal_to_two_sides_warns_neither",
     ("Japan called on North Korea and South Korea to exercise restraint, warning of the danger "
      "of a wider conflict." + FILLER),
     {("JPN", "urges_restraint", "PRK"), ("JPN", "urges_restraint", "KOR")}),
    ("a_warning_before_the_appeal_is_its_own",
     ("Turkey warned of serious consequences and called on Greece to demilitarise the "
      "islands." + FILLER),
     {("TUR", "demands", "GRC")}),
]


@pytest.mark.parametrize(("case", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_phenomenon(case: str, text: str, expected: set[Edge]) -> None:
    assert edges_en(text) == expected

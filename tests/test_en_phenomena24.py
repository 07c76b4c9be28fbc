"""English constructions found by tracing fresh26_en in the first session of 2026-12-07,
each tested on sentences written for this file.

- Rule 14: a warning in a participle after an appeal to one actor («urged Belarus to stop
  …, warning of further sanctions») is addressed to the one asked; not after an appeal to
  several sides (a danger between them), nor a warning stated on its own before the appeal.
- «welcomed the reopening, and African Union Commission chairperson … praised …»: past an
  object that names no actor, «, and» with an actor whose verb (past its official's title
  and name) is a stance cue opens a new clause; the actor is no target. A list goes on
  («stands with its partners, and Bahrain first among them»).
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
    ("a_new_clause_after_the_object_is_no_target",
     ("Kenya's foreign ministry welcomed the decision, and African Union Commission "
      "chairperson Moussa Faki praised Togo for its restraint." + FILLER),
     {("AU", "welcomes", "TGO")}),
    ("a_new_clause_with_an_officials_title_after_the_object",
     ("Kenya's foreign ministry welcomed the decision, and Ethiopia's foreign minister "
      "condemned Togo." + FILLER),
     {("ETH", "condemns", "TGO")}),
    ("a_list_after_the_object_goes_on",
     "Japan stands with its partners, and the Philippines first among them." + FILLER,
     {("JPN", "expresses_support", "PHL")}),
]


@pytest.mark.parametrize(("case", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_phenomenon(case: str, text: str, expected: set[Edge]) -> None:
    assert edges_en(text) == expected

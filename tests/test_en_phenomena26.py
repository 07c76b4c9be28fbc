"""English constructions found by tracing the blind sets fresh29_en–fresh32_en in the eleventh
session of 2026-12-06, each tested on sentences written for this file.

- Rule 12, one edge per side that maps to an actor: «clashes between the Libyan army and the
  Radaa militia … urged both sides to …». «Both sides» with no pair named before it stands for
  the sides of the conflict the article reports, as «all parties» does, so the one side that
  is an actor is the target.
- Rule 12 again: a call for restraint with no addressee («called for an immediate halt to
  the fighting») in an article whose conflict has one side that maps to an actor targets that
  side. Only restraint: concern and calls for dialogue with no addressee were measured to
  take wrong sides that way.
- «the Rapid Support Forces», «the Peace and Security Council»: a capitalised word between two
  capitalised words that name no actor is a word of a name, never a cue («Support» is no
  support), unless the sentence is a title-case headline (four in five of its longer words
  outside names capitalised).
"""

from __future__ import annotations

import pytest

from tests.edge_cases import Edge, edges_en

FILLER = "\n\nFurther details were not immediately available on Sunday evening, the report said."

CASES: list[tuple[str, str, set[Edge]]] = [
    ("both_sides_with_one_side_an_actor",
     ("Clashes broke out in Tripoli on Monday between the Libyan army and the Radaa militia.\n\n"
      "Egypt urged both sides to stop fighting immediately." + FILLER),
     {("EGY", "urges_restraint", "LBY")}),
    ("both_sides_of_a_pair_named_before",
     ("Clashes broke out on the border between Kyrgyzstan and Tajikistan.\n\n"
      "Russia urged both sides to stop fighting." + FILLER),
     {("RUS", "urges_restraint", "KGZ"), ("RUS", "urges_restraint", "TJK")}),
    ("a_call_for_restraint_with_no_addressee",
     ("Fighting resumed in Khartoum between the Sudanese army and the paramilitary Rapid "
      "Support Forces.\n\n"
      "The African Union renewed its call for an immediate halt to the fighting." + FILLER),
     {("AU", "urges_restraint", "SDN")}),
    ("a_concern_with_no_addressee_takes_no_single_side",
     ("Fighting resumed in Khartoum between the Sudanese army and the paramilitary Rapid "
      "Support Forces.\n\n"
      "Kenya expressed deep concern over the humanitarian situation." + FILLER),
     set()),
    ("support_inside_a_name_is_no_cue",
     "Chad denied arming the Rapid Support Forces in Darfur, Sudan." + FILLER,
     set()),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_english_construction(text: str, expected: set[Edge]) -> None:
    assert edges_en(text) == expected

"""English constructions traced in the fifteenth session of 2026-12-07 (the blind sets written
during the session), each tested on sentences written for this file.

- Rule 12: «both sides», «the two countries», «its two neighbours» addressed by a third party
  after two who only met or talked («Macron said he had spoken with the Kyrgyz president»)
  are not those two but the last pair named as sides before («clashes between Kyrgyz and
  Tajik forces»): a call, an offer to mediate or mediation «between the two countries».
"""

from __future__ import annotations

import pytest

from tests.edge_cases import Edge, edges_en

FILLER = "\n\nNo further details were available by Monday evening, the report said."
CLASH = ("Headline\n\nClashes between Kyrgyz and Tajik forces went on for a third day on Friday. "
         "President Macron said he had spoken with the Kyrgyz president by telephone. ")

CASES: list[tuple[str, str, set[Edge]]] = [
    ("both_sides_after_a_call_are_the_sides_named_before",
     CLASH + "Secretary of State Antony Blinken called on both sides to respect the ceasefire."
     + FILLER,
     {("FRA", "holds_talks", "KGZ"), ("USA", "urges_restraint", "KGZ"),
      ("USA", "urges_restraint", "TJK")}),
    ("mediate_between_its_two_neighbours",
     CLASH + "Kazakhstan's foreign ministry said it was ready to mediate between its two "
     "southern neighbours." + FILLER,
     {("FRA", "holds_talks", "KGZ"), ("KAZ", "mediates", "KGZ"), ("KAZ", "mediates", "TJK")}),
    ("mediate_between_the_two_countries",
     CLASH + "Kazakhstan said it was ready to mediate between the two countries." + FILLER,
     {("FRA", "holds_talks", "KGZ"), ("KAZ", "mediates", "KGZ"), ("KAZ", "mediates", "TJK")}),
    ("talks_between_the_two_sides_are_theirs",
     ("Headline\n\nClashes between Kyrgyz and Tajik forces went on for a third day. Egypt and "
      "Jordan held talks in Cairo on Sunday. Egypt said the talks between the two countries "
      "were fruitful." + FILLER),
     {("EGY", "holds_talks", "JOR"), ("JOR", "holds_talks", "EGY")}),
]


@pytest.mark.parametrize(("case", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_phenomenon(case: str, text: str, expected: set[Edge]) -> None:
    assert edges_en(text) == expected

"""English constructions traced in the fourteenth session of 2026-12-07 (the blind sets written
during the session), each tested on sentences written for this file.

- Rules 5 and 11: a coup is the act of the forces that stand for their state. «condemned the
  coup in Myanmar»: the state after «in» right after a coup noun (words coup_nouns) is its
  author, not the place where it happened; «condemned the coup» with no state named with it
  is the state whose junta, army or new rulers the article named.
"""

from __future__ import annotations

import pytest

from tests.edge_cases import Edge, edges_en

FILLER = "\n\nNo further details were available by Monday evening, the report said."

CASES: list[tuple[str, str, set[Edge]]] = [
    ("the_coup_in_a_state",
     "Headline\n\nThe European Union condemned the coup in Myanmar." + FILLER,
     {("EU", "condemns", "MMR")}),
    ("the_military_takeover_in_a_state",
     ("Headline\n\nCanada condemned the military takeover in Gabon and called for the release "
      "of the detained president." + FILLER),
     {("CAN", "condemns", "GAB"), ("CAN", "demands", "GAB")}),
    ("a_bare_coup_after_the_junta_was_named",
     ("Headline\n\nNiger's junta closed the country's airspace on Sunday. The African Union "
      "condemned the coup." + FILLER),
     {("AU", "condemns", "NER")}),
    ("a_bare_coup_with_no_army_named_is_no_one",
     "Headline\n\nThe African Union condemned the coup." + FILLER,
     set()),
    ("a_situation_in_a_state_stays_a_place",
     "Headline\n\nThe European Union voiced concern about the situation in Myanmar." + FILLER,
     set()),
]


@pytest.mark.parametrize(("case", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_phenomenon(case: str, text: str, expected: set[Edge]) -> None:
    assert edges_en(text) == expected

"""English constructions traced in fresh6_en (12 articles written for the project, scored
unseen in the afternoon session of 2026-12-05 and developed against from the evening), each
tested on sentences written for this file.

- «Russia and Iran urged both sides to show restraint», «They called on both parties to …»:
  the sides a pair word addresses are never the stance's own holders; the last pair named
  apart from them, else the article's most stated conflict (rule 12).
- «urged restraint ahead of / prior to / on the eve of the peace talks»: the occasion dates the
  appeal; it is not what is asked (no calls_for_dialogue).
- «France, which has emerged as …, went further. Its foreign ministry called on …»: «its»
  after a sentence that opens with a name and no stance of its own is that name's.
"""

from __future__ import annotations

import pytest

from tests.edge_cases import Edge, edges_en

DATE = "2025-04-14"
QUARREL = "Azerbaijan accused Armenia of firing on its positions. "

CASES: list[tuple[str, str, set[Edge]]] = [
    ("joint_holders_urge_both_sides",
     ("Azerbaijan accused Armenian forces of firing on its positions, a charge Yerevan denied, "
      "as Russia and Iran urged both sides to show restraint."),
     {("AZE", "accuses", "ARM"), ("RUS", "urges_restraint", "ARM"),
      ("RUS", "urges_restraint", "AZE"), ("IRN", "urges_restraint", "ARM"),
      ("IRN", "urges_restraint", "AZE")}),
    ("they_called_on_both_parties",
     ("Venezuela accused Guyana of provocation. The foreign ministers of Brazil and Colombia "
      "met in Bogota. They called on both parties to refrain from the use of force."),
     {("VEN", "accuses", "GUY"), ("BRA", "holds_talks", "COL"), ("COL", "holds_talks", "BRA"),
      ("BRA", "urges_restraint", "VEN"), ("BRA", "urges_restraint", "GUY"),
      ("COL", "urges_restraint", "VEN"), ("COL", "urges_restraint", "GUY")}),
    ("a_pair_with_one_holder_is_still_that_pair",
     ("Egypt accused Ethiopia of stalling. Egypt urged the two countries to return to "
      "negotiations."),
     {("EGY", "accuses", "ETH"), ("EGY", "calls_for_dialogue", "ETH")}),
    ("restraint_ahead_of_talks_is_no_call_for_talks",
     QUARREL + "Kazakhstan urged both sides to show restraint ahead of a planned round of peace talks.",
     {("AZE", "accuses", "ARM"), ("KAZ", "urges_restraint", "ARM"),
      ("KAZ", "urges_restraint", "AZE")}),
    ("restraint_on_the_eve_of_the_summit",
     QUARREL + "Turkey urged Armenia to exercise restraint on the eve of the negotiations.",
     {("AZE", "accuses", "ARM"), ("TUR", "urges_restraint", "ARM")}),
    ("urged_to_resume_talks_still_a_call",
     QUARREL + "Kazakhstan urged both sides to resume peace talks.",
     {("AZE", "accuses", "ARM"), ("KAZ", "calls_for_dialogue", "ARM"),
      ("KAZ", "calls_for_dialogue", "AZE")}),
    ("its_after_an_opening_name_with_a_relative_clause",
     (QUARREL + "Russia said it was ready to help. France, which has emerged as one of "
      "Armenia's closest partners, went further. Its foreign ministry called on Azerbaijan to "
      "withdraw its troops from Armenian territory."),
     {("AZE", "accuses", "ARM"), ("FRA", "demands_withdrawal", "AZE")}),
]


@pytest.mark.parametrize(("case", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_phenomenon(case: str, text: str, expected: set[Edge]) -> None:
    assert edges_en(text, DATE) == expected

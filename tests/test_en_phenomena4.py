"""English phenomena, fourth round: short sentences written for these tests, one table per
construction. Each row is (text, edges that must be there, edges that must not)."""

import pytest

from tests.edge_cases import Edge
from tests.edge_cases import check_en as check

NAMES_INSIDE_NAMES = [
    # a place or body whose name holds an actor's name is not that actor
    ("Jordan condemned the expansion of settlements in the West Bank.",
     set(), {("JOR", "condemns", "WEST")}),
    ("Qatar and Jordan criticised West Bank raids by Israel.",
     {("QAT", "condemns", "ISR")}, {("QAT", "condemns", "WEST"), ("JOR", "condemns", "WEST")}),
    (("The African Union's Peace and Security Council urged Sudan and Chad to settle their "
     "quarrel through dialogue."),
     {("AU", "calls_for_dialogue", "SDN"), ("AU", "calls_for_dialogue", "TCD")},
     {("UNSC", "calls_for_dialogue", "SDN"), ("AU", "calls_for_dialogue", "UNSC")}),
]


@pytest.mark.parametrize("text,want,never", NAMES_INSIDE_NAMES)
def test_names_inside_names(text: str, want: set[Edge], never: set[Edge]) -> None:
    check(text, want, never)


CONDITIONAL_INVERSION = [
    # «should X ask»: a condition, not an obligation of X
    (("Norway said it stood ready to host talks between Colombia and Venezuela should the two "
     "governments ask for it."),
     {("NOR", "mediates", "COL"), ("NOR", "mediates", "VEN")},
     {("NOR", "demands", "COL"), ("NOR", "demands", "VEN")}),
    ("Ghana offered to facilitate contacts between Mali and Niger, should they wish.",
     {("GHA", "mediates", "MLI"), ("GHA", "mediates", "NER")},
     {("GHA", "demands", "MLI"), ("GHA", "demands", "NER")}),
    # the modal of obligation itself stays a demand
    ("Chile said Bolivia should return to the table.",
     {("CHL", "calls_for_dialogue", "BOL")}, set()),
]


@pytest.mark.parametrize("text,want,never", CONDITIONAL_INVERSION)
def test_conditional_inversion(text: str, want: set[Edge], never: set[Edge]) -> None:
    check(text, want, never)


PAIR_OF_THE_SENTENCE = [
    # «the two neighbours» after «between X and Y» in the same sentence: X and Y, not the
    # pair an earlier sentence named
    (("Kenya and Uganda agreed to cooperate on trade. The African Union voiced concern over the "
     "clashes between Sudan and Chad and called on the two neighbours to return to talks."),
     {("AU", "calls_for_dialogue", "SDN"), ("AU", "calls_for_dialogue", "TCD")},
     {("AU", "calls_for_dialogue", "KEN"), ("AU", "calls_for_dialogue", "UGA")}),
    (("Peru held talks with Chile on Monday. Citing the dispute between Guyana and Venezuela, "
     "Brazil urged both countries to show restraint."),
     {("BRA", "urges_restraint", "GUY"), ("BRA", "urges_restraint", "VEN")},
     {("BRA", "urges_restraint", "PER"), ("BRA", "urges_restraint", "CHL")}),
]


@pytest.mark.parametrize("text,want,never", PAIR_OF_THE_SENTENCE)
def test_pair_of_the_sentence(text: str, want: set[Edge], never: set[Edge]) -> None:
    check(text, want, never)

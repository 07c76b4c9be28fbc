"""English constructions of the fifth round, each a class met in the held-out fresh2_en
(e01–e06, the half traced), tested on sentences written for this file. Rule 13: an offer whose
only condition is the parties' consent stands, however the consent is worded («if both sides
asked it to»), and the asking inside that condition is nobody's stance. A group described as
«<actor>-backed» is the target of what is said of it, and the description is no stance of the
backer's. Rule 12's «between X and Y» where only one side is an actor gives that side, in
its own sentence only (the same class in Arabic: «بين الجيش الصومالي وحركة الشباب»)."""

from __future__ import annotations

import pytest

from tests.edge_cases import Edge, edges_en

CASES: list[tuple[str, str, set[Edge]]] = [
    ("consent_asked_it_to",
     ("Norway said it was ready to host talks between Serbia and Kosovo if both sides asked "
     "it to."),
     {("NOR", "mediates", "SRB"), ("NOR", "mediates", "XKX")}),
    ("consent_asked_them_to",
     "Qatar is prepared to mediate between Chad and Sudan if the two governments ask them to.",
     {("QAT", "mediates", "TCD"), ("QAT", "mediates", "SDN")}),
    # «the Iran-backed Houthis»: the backer only qualifies the group; no stance of its own
    ("backed_group_is_the_target",
     "Iraq held the Iran-backed Houthis responsible for the raid on the tanker.",
     {("IRQ", "accuses", "HOUTHIS")}),
    ("backed_is_no_support_stance",
     "Officials said Russian-backed fighters of the Wagner group had crossed into Mali.",
     set()),
    # rule 12, one edge per side that maps to an actor: «between an armed group and a state's
    # army» names one side that is an actor
    ("one_actor_side",
     ("Norway called on all parties to the fighting between al-Shabaab and the Somali army to "
      "cease hostilities."),
     {("NOR", "urges_restraint", "SOM")}),
    ("two_actor_sides",
     "Norway called on all parties to the fighting between Israel and Hamas to cease hostilities.",
     {("NOR", "urges_restraint", "ISR"), ("NOR", "urges_restraint", "HAMAS")}),
    # the single side is the sentence's own: a later call to all parties takes the article's
    # pair, not it
    ("one_side_stays_in_its_sentence",
     ("Norway urged Israel and Hamas to agree a truce. It called on all parties to the "
      "fighting between al-Shabaab and the Somali army to cease hostilities. It later urged "
      "all parties to show restraint."),
     {("NOR", "urges_restraint", "ISR"), ("NOR", "urges_restraint", "HAMAS"),
      ("NOR", "urges_restraint", "SOM")}),
    # rule 10, typed by each thing asked: to stop supporting a group is a demand, beside a
    # withdrawal asked in the same breath
    ("cease_support_and_withdraw",
     ("The European Union demanded that Rwanda cease its support to the rebels and withdraw "
      "its troops from Congolese territory."),
     {("EU", "demands", "RWA"), ("EU", "demands_withdrawal", "RWA")}),
    # a condition that asks for more than consent keeps the offer hypothetical
    ("condition_beyond_consent",
     ("Norway said it was ready to host talks between Serbia and Kosovo if asked to draft a "
     "new framework."),
     set()),
]


@pytest.mark.parametrize(("case", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_phenomenon(case: str, text: str, expected: set[Edge]) -> None:
    assert edges_en(text) == expected

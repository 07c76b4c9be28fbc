"""English constructions met in fresh2_en's untraced half (e07–e12), tested on sentences
written for this file. A list of states followed by an apposition that is itself a list of
their officials' names («The foreign ministers of A, B and C, X, Y and Z, met …»): the
apposition opens before its first name, so the subject is the whole list of states, and a
later «The Ministers» speaks for all of them. A body that «meets» in a clause of time («before
the Security Council meets», «once the two sides meet») is a session still to come: no talks,
and the speaker of the sentence is no partner of it. Who comes after the infinitive of a
rejected or condemned act («any attempt to displace the Palestinian population») is the act's
patient, never the stance's target; its agent stands before it («Israeli plans to …»)."""

from __future__ import annotations

import pytest

from tests.edge_cases import Edge, edges_en

DATE = "2025-03-25"
TRIO = {("EGY", "holds_talks", "JOR"), ("EGY", "holds_talks", "FRA"),
        ("JOR", "holds_talks", "EGY"), ("JOR", "holds_talks", "FRA"),
        ("FRA", "holds_talks", "EGY"), ("FRA", "holds_talks", "JOR")}

CASES: list[tuple[str, str, set[Edge]]] = [
    ("names_after_a_list_of_states",
     ("The foreign ministers of Egypt, Jordan and France, Badr Abdelatty, Ayman Safadi and "
      "Jean-Noel Barrot, met in Amman on Tuesday."),
     TRIO),
    ("the_ministers_then_speak_for_all",
     ("The foreign ministers of Egypt, Jordan and France, Badr Abdelatty, Ayman Safadi and "
      "Jean-Noel Barrot, met in Amman on Tuesday. The ministers condemned the Israeli raid on "
      "Jenin."),
     TRIO | {("EGY", "condemns", "ISR"), ("JOR", "condemns", "ISR"),
             ("FRA", "condemns", "ISR")}),
    ("two_names_after_two_states",
     ("The foreign ministers of Jordan and France, Ayman Safadi and Jean-Noel Barrot, urged "
      "Israel to pull its forces out of southern Syria."),
     {("JOR", "demands_withdrawal", "ISR"), ("FRA", "demands_withdrawal", "ISR")}),
    # one name between commas stays the apposition it was
    ("one_name_apposition",
     "Jordan's foreign minister, Ayman Safadi, condemned the Israeli raid on Jenin.",
     {("JOR", "condemns", "ISR")}),
    # a list of names that is the subject itself, with no states before it
    ("names_as_the_subject",
     "Ayman Safadi, Jean-Noel Barrot and Badr Abdelatty condemned the Israeli raid on Jenin.",
     {("JOR", "condemns", "ISR"), ("FRA", "condemns", "ISR"), ("EGY", "condemns", "ISR")}),
    ("meets_after_before",
     "A Belgian diplomat said Brussels would wait before the Security Council meets.",
     set()),
    ("meets_after_once",
     "Turkey said it would decide once Russia and Ukraine meet in Istanbul.",
     set()),
    ("meets_after_after",
     "The ministry said Ankara would answer after the European Union meets next week.",
     set()),
    ("patient_of_rejected_attempt",
     "Jordan rejected any attempt to displace Palestinians from the West Bank.",
     set()),
    ("patient_of_condemned_attempts",
     "Egypt condemned attempts to starve the Sudanese population.",
     set()),
    ("agent_before_the_act",
     "Egypt rejected Israeli plans to displace the Palestinian population.",
     {("EGY", "rejects", "ISR")}),
    ("agent_after_by",
     "Turkey rejected plans by Israel to annex the West Bank.",
     {("TUR", "rejects", "ISR")}),
    # a past meeting in a clause of time is a meeting
    ("met_after_after",
     "After Russia and Turkey met in Sochi, the two sides agreed to extend the truce.",
     {("RUS", "holds_talks", "TUR"), ("TUR", "holds_talks", "RUS"),
      ("RUS", "expresses_intent_to_cooperate", "TUR"),
      ("TUR", "expresses_intent_to_cooperate", "RUS")}),
]


@pytest.mark.parametrize(("case", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_phenomenon(case: str, text: str, expected: set[Edge]) -> None:
    assert edges_en(text, DATE) == expected

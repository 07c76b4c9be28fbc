"""English constructions traced in the eighteenth session of 2026-12-07 (the blind sets written
during the session and the untraced sets of the sessions before), each tested on sentences
written for this file.

- Rule 10: «called on Israel to end its occupation of …», «demanded that France end its
  military presence», «an end to the presence of foreign forces»: to end a presence or an
  occupation is to withdraw (content family of demands_withdrawal, as «إنهاء الوجود العسكري»
  and «إنهاء الاحتلال» in Arabic); not «to end the fighting» (restraint).
- Rule 10: «encouraged Nairobi and Mogadishu to engage with each other peacefully»: the sides
  asked to engage with each other are asked to talk (calls_for_dialogue); «to engage with the
  agency» stays a call to meet.
"""

from __future__ import annotations

import pytest

from tests.edge_cases import Edge, edges_en

FILLER = "\n\nNo further details were available by Monday evening, the report said."

CASES: list[tuple[str, str, set[Edge]]] = [
    ("end_its_occupation",
     ("Headline\n\nLebanon called on Israel on Sunday to end its occupation of the five hills "
      "along the border." + FILLER),
     {("LBN", "demands_withdrawal", "ISR")}),
    ("end_its_military_presence",
     ("Headline\n\nMali's transitional government demanded that France end its military presence "
      "in the country within six months." + FILLER),
     {("MLI", "demands_withdrawal", "FRA")}),
    ("end_its_illegitimate_presence",
     ("Headline\n\nThe Syrian foreign ministry called on Washington to end its illegitimate "
      "presence on Syrian territory." + FILLER),
     {("SYR", "demands_withdrawal", "USA")}),
    ("end_the_fighting_stays_restraint",
     ("Headline\n\nKenya called on Ethiopia and Eritrea to end the fighting along their border."
      + FILLER),
     {("KEN", "urges_restraint", "ETH"), ("KEN", "urges_restraint", "ERI")}),
    ("engage_with_each_other",
     ("Headline\n\nThe United States encouraged Kenya and Somalia to engage with each other "
      "peacefully on the maritime dispute." + FILLER),
     {("USA", "calls_for_dialogue", "KEN"), ("USA", "calls_for_dialogue", "SOM")}),
    ("engage_with_one_another",
     ("Headline\n\nQatar encouraged Rwanda and Burundi to engage with one another in good "
      "faith." + FILLER),
     {("QAT", "calls_for_dialogue", "RWA"), ("QAT", "calls_for_dialogue", "BDI")}),
    ("engage_with_the_agency_stays_meeting",
     ("Headline\n\nThe European Union called on Iran to engage with the agency without "
      "delay." + FILLER),
     {("EU", "expresses_intent_to_meet", "IRN")}),
]


@pytest.mark.parametrize(("case", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_phenomenon(case: str, text: str, expected: set[Edge]) -> None:
    assert edges_en(text) == expected

"""English constructions traced in the eighteenth session of 2026-12-07 (the blind sets written
during the session and the untraced sets of the sessions before), each tested on sentences
written for this file.

- Rule 10: «called on Israel to end its occupation of …», «demanded that France end its
  military presence», «an end to the presence of foreign forces»: to end a presence or an
  occupation is to withdraw (content family of demands_withdrawal, as «إنهاء الوجود العسكري»
  and «إنهاء الاحتلال» in Arabic); not «to end the fighting» (restraint).
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
]


@pytest.mark.parametrize(("case", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_phenomenon(case: str, text: str, expected: set[Edge]) -> None:
    assert edges_en(text) == expected

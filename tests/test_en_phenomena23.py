"""English constructions found by counting errors across all the traced sets in the eighth
session of 2026-12-06, each tested on sentences written for this file.

- Calling an act cruel, unjust, a stunt or propaganda is a negative judgement of its actor,
  a condemnation (rule 21; cue en.condemns.describe; not «offensive», a military noun too).
- «…, condemning the case and accusing Managua of …»: a participle after «and» starts a
  clause of its own, so the object of the stance before it does not swallow it.
"""

from __future__ import annotations

import pytest

from tests.edge_cases import Edge, edges_en

FILLER = "\n\nFurther details were not immediately available on Sunday evening, the report said."

CASES: list[tuple[str, str, set[Edge]]] = [
    ("an_act_called_cruel",
     "The US ambassador called the Russian veto \"a cruel and cynical act\"." + FILLER,
     {("USA", "condemns", "RUS")}),
    ("a_case_called_a_stunt",
     "Israel's foreign minister described Nicaragua's case as a propaganda stunt." + FILLER,
     {("ISR", "condemns", "NIC")}),
    ("an_offensive_is_no_judgement",
     ("The Security Council condemned in the strongest terms the ongoing offensive in the "
      "east and the presence of Rwandan troops on Congolese soil." + FILLER),
     {("UNSC", "condemns", "RWA")}),
    ("a_participle_after_and_keeps_its_stance",
     ("The Israeli spokesman weighed in, condemning the case and accusing Managua of acting "
      "on behalf of Hamas." + FILLER),
     {("ISR", "condemns", "NIC"), ("ISR", "accuses", "NIC")}),
    ("a_participle_after_a_describe_keeps_its_stance",
     ("The Israeli spokesman weighed in, calling the case \"cynical\" and accusing Managua of "
      "acting on behalf of Hamas." + FILLER),
     {("ISR", "condemns", "NIC"), ("ISR", "accuses", "NIC")}),
    ("open_to_talks_after_a_compound_modifier",
     ("Australia demanded an apology from the Chinese government, while saying Canberra "
      "remained open to ministerial-level talks with Beijing." + FILLER),
     {("AUS", "demands", "CHN"), ("AUS", "expresses_intent_to_meet", "CHN")}),
]


@pytest.mark.parametrize(("case", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_phenomenon(case: str, text: str, expected: set[Edge]) -> None:
    assert edges_en(text) == expected

"""English constructions traced while fresh14 (written for the project by helpers who read
only the ontology and the gazetteer ids, scored unseen in the session after the late one of
2026-12-06) was traced in that session, each tested on sentences written for this file.

- «The Quintet, which includes the United States, France, Saudi Arabia, Qatar and Egypt,
  urged …», later «the threats of the Quintet»: a group the article names by its members is
  those actors (rule 4), as the subject past its relative clause and by its name later.
- «Washington was "very concerned" about the violence in Sweida»: concern about strife named
  only by where it happens takes no sides from the rest of the article (rule 12); concern
  about «the fighting between Israel and Syria in Sweida» names its own.
"""

from __future__ import annotations

import pytest

from tests.edge_cases import Edge, edges_en

CASES: list[tuple[str, str, set[Edge]]] = [
    ("a_group_named_by_its_members_speaks",
     ("The Quintet, which includes the United States, France, Saudi Arabia, Qatar and Egypt, "
      "urged Lebanon to elect a president."),
     {("USA", "demands", "LBN"), ("FRA", "demands", "LBN"), ("SAU", "demands", "LBN"),
      ("QAT", "demands", "LBN"), ("EGY", "demands", "LBN")}),
    ("a_group_named_by_its_members_is_named_again",
     ("Envoys of the Astana trio, which groups Russia, Turkey and Iran, held talks in Geneva "
      "on Monday.\n\nWashington rejected the statement of the trio, calling it detached from "
      "reality."),
     {("USA", "rejects", "RUS"), ("USA", "rejects", "TUR"), ("USA", "rejects", "IRN")}),
    ("concern_about_violence_in_a_place",
     ("Israeli warplanes struck the Syrian defence ministry in Damascus on Wednesday.\n\n"
      "Riyadh condemned the \"blatant Israeli attacks\" on Syrian territory.\n\n"
      "Secretary of State Marco Rubio said Washington was \"very concerned\" about the violence "
      "in Sweida. Officials said envoy Tom Barrack had spent the day carrying messages between "
      "the Israeli and Syrian governments."),
     {("SAU", "condemns", "ISR"), ("USA", "mediates", "ISR"), ("USA", "mediates", "SYR")}),
    ("concern_about_fighting_between_two_sides",
     ("Israeli warplanes struck the Syrian defence ministry in Damascus on Wednesday.\n\n"
      "Secretary of State Marco Rubio said Washington was \"very concerned\" about the fighting "
      "between Israel and Syria in Sweida."),
     {("USA", "expresses_concern", "ISR"), ("USA", "expresses_concern", "SYR")}),
    ("a_state_owning_a_group_name",
     ("Oman said it had brokered a ceasefire between the United States and Yemen's Houthis. "
      "Washington later condemned Lebanon's Hezbollah for its attacks."),
     {("OMN", "mediates", "USA"), ("OMN", "mediates", "HOUTHIS"),
      ("USA", "condemns", "HEZBOLLAH")}),
    ("the_signing_by_two_of_an_agreement",
     ("The meeting in Jeddah concluded with the signing by the Kenyan and Somali ministers of "
      "an agreement on border security."),
     {("KEN", "expresses_intent_to_cooperate", "SOM"),
      ("SOM", "expresses_intent_to_cooperate", "KEN")}),
    ("a_resolution_demanding_of_a_state",
     "The Security Council adopted a resolution demanding that Israel halt its strikes on Gaza.",
     {("UNSC", "urges_restraint", "ISR")}),
]


@pytest.mark.parametrize(("case", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_phenomenon(case: str, text: str, expected: set[Edge]) -> None:
    assert edges_en(text) == expected

"""English constructions traced in fresh8_en (12 articles written for the project, scored
unseen in the night session of 2026-12-05 and developed against from the session of
2026-12-05 late), each tested on sentences written for this file.

- «Within hours Algeria recalled its ambassador to France. The foreign ministry condemned …»:
  the actor a sentence with no stance opens with, before a past verb, is whom a later bare
  «the foreign ministry» speaks for; an official who acts so («U.S. Ambassador … called the
  strikes necessary») is the next «she»; a non-official actor («The Philippine vessels
  intruded …», in a spokesman's answer) leaves «we» the spokesman's.
- «Washington's "ironclad" commitment to the defence of South Korea», «Tehran's full
  readiness»: the possessor of a stance noun is its holder past quotation marks and
  lower-case modifiers between them.
- «urged the Houthis to stop harassing commercial ships», «must cease these attacks», «to
  keep the fighting away from villages»: a call to stop harassment or attacks is a call for
  restraint (rule 20), with determiners such as «these», «further», «continued» inside the
  phrase.
"""

from __future__ import annotations

import pytest

from tests.edge_cases import Edge, edges_en

CASES: list[tuple[str, str, set[Edge]]] = [
    ("the_ministry_of_the_state_that_acted",
     ("Within hours Tunisia recalled its ambassador to Italy. The foreign ministry condemned "
      "the Italian decision and accused Rome of interference."),
     {("TUN", "condemns", "ITA"), ("TUN", "accuses", "ITA")}),
    ("she_is_the_official_who_acted",
     ("Russia's envoy condemned the US strikes. U.S. Ambassador Linda Thomas-Greenfield called "
      "the strikes necessary. \"The Houthis must cease these attacks,\" she said."),
     {("RUS", "condemns", "USA"), ("USA", "urges_restraint", "HOUTHIS")}),
    ("we_stays_the_spokesmans_after_an_act",
     ("Beijing, April 17, 2025 - Foreign Ministry Spokesperson Guo Jiakun's Regular Press "
      "Conference\n\nReuters: What is your comment on the incident?\n\nGuo Jiakun: The "
      "Philippine vessels intruded into the waters near the shoal. We urge the Philippines to "
      "withdraw its vessels."),
     {("CHN", "accuses", "PHL"), ("CHN", "demands_withdrawal", "PHL")}),
    ("a_possessor_past_quotation_marks",
     ("The envoy reaffirmed Washington's \"ironclad\" commitment to the defence of South "
      "Korea and Japan."),
     {("USA", "expresses_support", "KOR"), ("USA", "expresses_support", "JPN")}),
    ("a_possessor_past_a_modifier",
     "Pakistan welcomed Tehran's full readiness to hold talks with Islamabad.",
     {("IRN", "expresses_intent_to_meet", "PAK"), ("PAK", "welcomes", "IRN")}),
    ("stop_harassing_is_restraint",
     "China urged the Houthis to stop harassing commercial ships.",
     {("CHN", "urges_restraint", "HOUTHIS")}),
    ("cease_these_attacks_is_restraint",
     "Britain said the Houthis must cease these attacks immediately.",
     {("GBR", "urges_restraint", "HOUTHIS")}),
    ("keep_the_fighting_away_is_restraint",
     "Iraq urged both Turkey and the PKK to keep the fighting away from villages.",
     {("IRQ", "urges_restraint", "TUR"), ("IRQ", "urges_restraint", "PKK")}),
    ("stop_providing_weapons_stays_a_demand",
     "France urged Iran to stop supplying weapons to Russia.",
     {("FRA", "demands", "IRN")}),
]


@pytest.mark.parametrize(("case", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_phenomenon(case: str, text: str, expected: set[Edge]) -> None:
    assert edges_en(text, "2025-04-17") == expected

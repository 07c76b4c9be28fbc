"""English constructions traced in fresh10_en (12 articles written for the project by a helper
who read only the ontology and the gazetteer ids, scored unseen in the session of 2026-12-05
late and developed against from the session of 2026-12-06), each tested on sentences written
for this file.

- «Oman hosted talks between Iran and the United States … the Omani foreign minister received
  the Iranian foreign minister … Guterres encouraged both sides …»: a mediator's own talks
  with one of the sides it brings together make no new pair of sides; «both sides» are still
  the two it hosts.
"""

from __future__ import annotations

import pytest

from tests.edge_cases import Edge, edges_en

CASES: list[tuple[str, str, set[Edge]]] = [
    ("a_host_meeting_one_side_is_no_pair",
     ("Oman hosted talks between Iran and the United States in Muscat on Saturday. Before the "
      "talks opened, the Omani foreign minister received the Iranian foreign minister at his "
      "ministry. UN Secretary-General Antonio Guterres encouraged both sides to stay on the "
      "path of negotiations."),
     {("OMN", "mediates", "IRN"), ("OMN", "mediates", "USA"), ("OMN", "holds_talks", "IRN"),
      ("UN", "calls_for_dialogue", "IRN"), ("UN", "calls_for_dialogue", "USA")}),
    ("two_who_met_are_the_pair_without_a_host",
     ("The Omani foreign minister received the Iranian foreign minister in Muscat. The "
      "Secretary-General encouraged both sides to continue their dialogue."),
     {("OMN", "holds_talks", "IRN"), ("UN", "calls_for_dialogue", "OMN"),
      ("UN", "calls_for_dialogue", "IRN")}),
]


@pytest.mark.parametrize(("case", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_phenomenon(case: str, text: str, expected: set[Edge]) -> None:
    assert edges_en(text) == expected

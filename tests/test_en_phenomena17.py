"""English constructions traced while fresh14 (written for the project by helpers who read
only the ontology and the gazetteer ids, scored unseen in the session after the late one of
2026-12-06) was traced in that session, each tested on sentences written for this file.

- «The Quintet, which includes the United States, France, Saudi Arabia, Qatar and Egypt,
  urged …», later «the threats of the Quintet»: a group the article names by its members is
  those actors (rule 4), as the subject past its relative clause and by its name later.
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
]


@pytest.mark.parametrize(("case", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_phenomenon(case: str, text: str, expected: set[Edge]) -> None:
    assert edges_en(text) == expected

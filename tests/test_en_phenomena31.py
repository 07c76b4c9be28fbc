"""English constructions traced in the sixteenth session of 2026-12-07 (the blind sets written
during the session and the untraced sets of the session before), each tested on sentences
written for this file.

- Rule 11: «welcomed the ruling», «hailed the advisory opinion», «welcomed the findings»: what
  a court decides (ruling, opinion, verdict, judgment, findings; words generic_act_nouns),
  named back bare after an article and an adjective that names no author («advisory»,
  «landmark», «unanimous»; words act_qualifiers), is the act of the article's lead.
"""

from __future__ import annotations

import pytest

from tests.edge_cases import Edge, edges_en

FILLER = "\n\nNo further details were available by Monday evening, the report said."
COURT = ("Headline\n\nThe International Court of Justice said on Friday that the occupation of the "
         "territory was unlawful. Here is how governments responded.\n\n")

CASES: list[tuple[str, str, set[Edge]]] = [
    ("welcomed_the_ruling",
     COURT + "Egypt welcomed the ruling on Friday evening." + FILLER,
     {("EGY", "welcomes", "ICJ")}),
    ("hailed_the_advisory_opinion",
     COURT + "Jordan hailed the advisory opinion as a victory for international law." + FILLER,
     {("JOR", "welcomes", "ICJ")}),
    ("welcomed_the_landmark_findings",
     COURT + "Ireland also welcomed the landmark findings." + FILLER,
     {("IRL", "welcomes", "ICJ")}),
    ("an_opinion_of_another_is_not_the_courts",
     COURT + "Turkey welcomed the opinion of the committee." + FILLER,
     set()),
]


@pytest.mark.parametrize(("case", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_phenomenon(case: str, text: str, expected: set[Edge]) -> None:
    assert edges_en(text) == expected

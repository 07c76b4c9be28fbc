"""English phenomena, third round: short sentences written for these tests, one table per
construction. Each row is (text, edges that must be there, edges that must not)."""

import pytest

from extract.pipeline import extract_text

Edge = tuple[str, str, str]


def edges(text: str, date: str = "2024-05-01") -> set[Edge]:
    return {(s.holder, s.stance_type, s.target) for s in extract_text(text, date=date, lang="en")
            if s.is_edge and s.target}


def check(text: str, want: set[Edge], never: set[Edge]) -> None:
    got = edges(text)
    assert want <= got, (want - got, got)
    assert not (never & got), (never & got, got)


PASSIVE_AGENT = [
    # the agent after «by» holds the stance, the passive subject is its target
    ("Peru was criticised by Chile over the fishing dispute.",
     {("CHL", "condemns", "PER")}, {("PER", "condemns", "CHL")}),
    # a time phrase may stand between the verb and «by»
    ("The Kenyan plan was rejected on Thursday by Somalia.",
     {("SOM", "rejects", "KEN")}, {("KEN", "rejects", "SOM")}),
    # the subject names an act: its author is the target (rule 11), not what follows the agent
    ("Norway's decision to expel the envoys was welcomed by Sweden as overdue.",
     {("SWE", "welcomes", "NOR")}, set()),
    ("Ghana's efforts to bring Mali and Niger together were praised by Nigeria.",
     {("NGA", "welcomes", "GHA")}, {("NGA", "welcomes", "MLI"), ("NGA", "welcomes", "NER")}),
    ("Bolivia was accused by Chile of sheltering smugglers from Peru.",
     {("CHL", "accuses", "BOL")}, {("CHL", "accuses", "PER")}),
    # a list of agents
    ("Serbia was warned by France and Germany that further steps would bring penalties.",
     {("FRA", "warns", "SRB"), ("DEU", "warns", "SRB")}, set()),
]


@pytest.mark.parametrize("text,want,never", PASSIVE_AGENT)
def test_passive_agent(text: str, want: set[Edge], never: set[Edge]) -> None:
    check(text, want, never)


THREAT_ANSWERED = [
    # «X would be met / answered with force»: a threat of the speaker toward X's author
    ("Armenia said any Azerbaijani incursion would be met with a swift and firm response.",
     {("ARM", "threatens", "AZE")}, set()),
    ("Pakistan said any strike on its soil by India would be answered with full force.",
     {("PAK", "threatens", "IND")}, {("IND", "threatens", "PAK")}),
    # the side attacked is not the target, and «met with» is no meeting
    ("Hezbollah said any attack on Lebanon would be met with force.",
     set(), {("HEZBOLLAH", "threatens", "LBN"), ("LBN", "holds_talks", "HEZBOLLAH")}),
    ("The Kenyan proposal was met with scepticism in Somalia.", set(),
     {("SOM", "holds_talks", "KEN"), ("KEN", "holds_talks", "SOM")}),
    # a warning whose clause is a threat of force is threatens (rule 14) ...
    ("Egypt warned Ethiopia that any move against its water share would be met with force.",
     {("EGY", "threatens", "ETH")}, {("EGY", "warns", "ETH")}),
    # ... but sanctions keep it a warning
    ("Norway warned Russia that it would respond with new sanctions.",
     {("NOR", "warns", "RUS")}, {("NOR", "threatens", "RUS")}),
]


@pytest.mark.parametrize("text,want,never", THREAT_ANSWERED)
def test_threat_answered(text: str, want: set[Edge], never: set[Edge]) -> None:
    check(text, want, never)

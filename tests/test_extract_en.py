"""English clause analysis and word families: short sentences written for these tests, one
table per phenomenon (issue 12). Each row is (text, edges that must be there, edges that
must not)."""

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


SUBJECTS = [
    # a time or a parenthetical between the subject and its verb
    ("Norway on Friday sharply condemned the Serbian move.",
     {("NOR", "condemns", "SRB")}, set()),
    ("Chile's foreign minister, speaking to a radio station in Lima, condemned Bolivia.",
     {("CHL", "condemns", "BOL")}, {("PER", "condemns", "BOL")}),
    # coordinated subjects with possessors: each is a holder
    ("Ghana's foreign minister and Togo's foreign minister jointly condemned Mali.",
     {("GHA", "condemns", "MLI"), ("TGO", "condemns", "MLI")}, set()),
    # an actor inside a modifier of the subject is not its head
    ("The Polish ambassador to Minsk, a career diplomat, condemned the Belarusian decision.",
     {("POL", "condemns", "BLR")}, set()),
    ("A spokesman for the Kenyan foreign ministry condemned Somalia's decision.",
     {("KEN", "condemns", "SOM")}, set()),
    # a fronted place is not merged into the subject
    ("At the United Nations, Peru condemned Chile.", {("PER", "condemns", "CHL")},
     {("UN", "condemns", "CHL")}),
    # a clause opened by «after» has its own subject
    ("Ecuador condemned Colombia on Monday, after Brazil criticised Venezuela.",
     {("ECU", "condemns", "COL"), ("BRA", "condemns", "VEN")}, {("ECU", "condemns", "VEN")}),
    # «step back»: «back» is no verb of support, «Israel» is the addressee, not a subject
    ("Norway appealed to Israel to step back from the offensive, and called on Hamas to "
     "release the hostages.", {("NOR", "demands", "HAMAS")},
     {("ISR", "demands", "HAMAS"), ("ISR", "expresses_support", "HAMAS")}),
    # «its support» is the noun, never a verb with a subject of its own
    ("Cuba urged Washington to end its support for Israel.", {("CUB", "demands", "USA")},
     {("USA", "expresses_support", "ISR")}),
]


@pytest.mark.parametrize(("text", "want", "never"), SUBJECTS, ids=[c[0][:30] for c in SUBJECTS])
def test_subject_is_the_noun_phrase_before_the_verb(text: str, want: set[Edge],
                                                    never: set[Edge]) -> None:
    check(text, want, never)


SPEAKERS = [
    # pronouns and bare titles are the current speaker
    ("Hungarian Foreign Minister Peter Szijjarto said talks were needed. He condemned Ukraine.",
     {("HUN", "condemns", "UKR")}, set()),
    ("Kenya's foreign ministry said talks were needed. The ministry condemned Sudan.",
     {("KEN", "condemns", "SDN")}, set()),
    ("Mexico said on Monday it rejected the US tariffs.", {("MEX", "rejects", "USA")}, set()),
    # a reporting clause after the quote names the speaker of the quote
    ('"We condemn the attack by Azerbaijan," the Armenian foreign ministry said.',
     {("ARM", "condemns", "AZE")}, set()),
    # … and of the earlier sentences of a quote that it closes
    ('Serbia spoke first. "We reject what Kosovo did. It is wrong," Croatia\'s minister said.',
     {("HRV", "rejects", "XKX")}, {("SRB", "rejects", "XKX")}),
    # a name seen before names the same official again
    ("Chinese Foreign Minister Wang Yi met reporters. Wang condemned the Philippines.",
     {("CHN", "condemns", "PHL")}, set()),
    # a subject that is no actor gives no holder («the escalation threatens …»)
    ("Sudan said the escalation in the region threatens Egypt.", set(),
     {("SDN", "threatens", "EGY")}),
    # datelines are never holders
    ("NAIROBI, May 3 (Wire) - Kenya condemned Somalia.", {("KEN", "condemns", "SOM")}, set()),
    ("ABUJA -- Nigeria condemned Niger.", {("NGA", "condemns", "NER")}, set()),
]


@pytest.mark.parametrize(("text", "want", "never"), SPEAKERS, ids=[c[0][:30] for c in SPEAKERS])
def test_institutional_and_carried_speakers(text: str, want: set[Edge],
                                            never: set[Edge]) -> None:
    check(text, want, never)

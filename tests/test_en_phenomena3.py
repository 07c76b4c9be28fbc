"""English phenomena, third round: short sentences written for these tests, one table per
construction. Each row is (text, edges that must be there, edges that must not)."""

import pytest

from tests.edge_cases import Edge
from tests.edge_cases import check_en as check

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


JOINT_AGREEMENT = [
    # a joint subject that «agreed that …» or shares a view agrees with each other (rule 26)
    ("Kenya and Tanzania agreed that the regional bloc needed a stronger secretariat.",
     {("KEN", "agrees_with", "TZA"), ("TZA", "agrees_with", "KEN")}, set()),
    ("Ghana and Togo noted a convergence of views on coastal security.",
     {("GHA", "agrees_with", "TGO"), ("TGO", "agrees_with", "GHA")}, set()),
    # an actor inside the agreed clause is not a party to the agreement
    ("Kenya and Tanzania agreed that Uganda must pull its troops back from the border.",
     {("KEN", "agrees_with", "TZA")}, {("KEN", "agrees_with", "UGA"), ("UGA", "agrees_with", "KEN")}),
    # one holder alone agrees with nobody; «agreed on Friday to» is an agreement, not a view
    ("Kenya agreed that Somalia must hold elections soon.", set(),
     {("KEN", "agrees_with", "SOM"), ("SOM", "agrees_with", "KEN")}),
    ("Chile and Peru agreed on Monday to reopen their consulates.", set(),
     {("CHL", "agrees_with", "PER"), ("PER", "agrees_with", "CHL")}),
]


@pytest.mark.parametrize("text,want,never", JOINT_AGREEMENT)
def test_joint_agreement(text: str, want: set[Edge], never: set[Edge]) -> None:
    check(text, want, never)


MEETING_PAIR = [
    # after a reported meeting, «the two sides» as a subject are those who met, even when
    # a call on «both sides» of another conflict came in between
    (("Kenyan President William Ruto held talks with Tanzanian President Samia Suluhu Hassan "
      "in Nairobi. Ruto said Kenya, as a neighbour of both Ethiopia and Somalia, calls on both "
      "sides to exercise restraint. The two sides agreed that the regional bloc must be "
      "strengthened."),
     {("KEN", "agrees_with", "TZA"), ("TZA", "agrees_with", "KEN")},
     {("ETH", "agrees_with", "SOM"), ("SOM", "agrees_with", "ETH")}),
]


@pytest.mark.parametrize("text,want,never", MEETING_PAIR)
def test_meeting_pair(text: str, want: set[Edge], never: set[Edge]) -> None:
    check(text, want, never)


CONSENT_CONDITION = [
    # rule 13: an offer whose only condition is the parties' consent is an edge ...
    ("Qatar said it was ready to mediate between Chad and Sudan if both parties asked.",
     {("QAT", "mediates", "TCD"), ("QAT", "mediates", "SDN")}, set()),
    ("Ghana is ready to mediate between Mali and Niger if requested.",
     {("GHA", "mediates", "MLI"), ("GHA", "mediates", "NER")}, set()),
    # ... but a condition on another act keeps it hypothetical
    ("Ghana is ready to mediate between Mali and Niger if Mali lifts its blockade first.",
     set(), {("GHA", "mediates", "MLI"), ("GHA", "mediates", "NER")}),
]


@pytest.mark.parametrize("text,want,never", CONSENT_CONDITION)
def test_consent_condition(text: str, want: set[Edge], never: set[Edge]) -> None:
    check(text, want, never)


COUNCIL_MEETING = [
    # a delegation speaks for its state: «the representative of X», «X's delegate»
    ("The representative of the Russian Federation criticized the raids by Ukraine on Belgorod.",
     {("RUS", "condemns", "UKR")}, set()),
    ("The delegate of Chile, speaking for the second time, rejected the Bolivian claim.",
     {("CHL", "rejects", "BOL")}, set()),
    # hedged speakers name no actor, even after another speaker (rule 11)
    (("Chile condemned Peru. Several speakers expressed support for the envoy and welcomed "
      "the role of Ecuador."), {("CHL", "condemns", "PER")},
     {("CHL", "welcomes", "ECU"), ("CHL", "expresses_support", "ECU")}),
    ("Chile condemned Peru. Many delegations expressed support for Bolivia.",
     {("CHL", "condemns", "PER")}, {("CHL", "expresses_support", "BOL")}),
    # a violation committed by the agent named just before it
    (("The representative of Chile, penholder on Haiti, said the rifles were supplied by Peru "
      "in violation of the embargo."), {("CHL", "accuses", "PER")}, {("CHL", "accuses", "HTI")}),
]


@pytest.mark.parametrize("text,want,never", COUNCIL_MEETING)
def test_council_meeting(text: str, want: set[Edge], never: set[Edge]) -> None:
    check(text, want, never)


SOVEREIGNTY_LIST = [
    # the actor after a list of sovereignty nouns («sovereignty, independence, unity and
    # territorial integrity of X»)
    (("Kenya, Uganda and Tanzania reaffirmed their commitment to the sovereignty, "
      "independence, unity and territorial integrity of Somalia."),
     {("KEN", "affirms_sovereignty", "SOM"), ("UGA", "affirms_sovereignty", "SOM"),
      ("TZA", "affirms_sovereignty", "SOM")}, set()),
]


@pytest.mark.parametrize("text,want,never", SOVEREIGNTY_LIST)
def test_sovereignty_list(text: str, want: set[Edge], never: set[Edge]) -> None:
    check(text, want, never)


HALT_TO_ACT = [
    # a call to stop an act with no addressee targets the act's author (rules 11, 20)
    ("Kenya called for an immediate halt to the Ethiopian shelling of border villages.",
     {("KEN", "urges_restraint", "ETH")}, set()),
    ("Chile demanded a halt to Peruvian air strikes on the disputed islands.",
     {("CHL", "urges_restraint", "PER")}, set()),
    # the place the act happens in is no author
    ("Ghana called for an end to the fighting in Sudan.", set(),
     {("GHA", "urges_restraint", "SDN")}),
]


@pytest.mark.parametrize("text,want,never", HALT_TO_ACT)
def test_halt_to_act(text: str, want: set[Edge], never: set[Edge]) -> None:
    check(text, want, never)


INTENT_WORDINGS = [
    # readiness and appeals worded as sitting down, looking forward, partnership
    ("Chile said it was willing to sit down with Peru to discuss fishing rights.",
     {("CHL", "expresses_intent_to_meet", "PER")}, set()),
    ("The Kenyan foreign minister said he looked forward to meeting his Ugandan counterpart.",
     {("KEN", "expresses_intent_to_meet", "UGA")}, set()),
    ("Ghana said it was committed to deepening its energy partnership with Nigeria.",
     {("GHA", "expresses_intent_to_cooperate", "NGA")}, set()),
    ("Norway called on Serbia and Kosovo to sit down at the negotiating table.",
     {("NOR", "calls_for_dialogue", "SRB"), ("NOR", "calls_for_dialogue", "XKX")},
     {("NOR", "demands", "SRB")}),
    ("Chile appealed to Peru and Bolivia to silence their weapons.",
     {("CHL", "urges_restraint", "PER"), ("CHL", "urges_restraint", "BOL")},
     {("CHL", "demands", "PER")}),
]


@pytest.mark.parametrize("text,want,never", INTENT_WORDINGS)
def test_intent_wordings(text: str, want: set[Edge], never: set[Edge]) -> None:
    check(text, want, never)


OWN_FORCE = [
    # a warning that the holder itself will strike is a threat of force (rule 14)
    ("Defence Minister Yoav Gallant warned that Israel would strike Hezbollah across Lebanon.",
     {("ISR", "threatens", "HEZBOLLAH")}, {("ISR", "warns", "HEZBOLLAH")}),
    ("Chile warned Peru that it would strike any vessel entering its waters.",
     {("CHL", "threatens", "PER")}, {("CHL", "warns", "PER")}),
    # another actor's attack, or sanctions, stay a warning
    ("Chile warned Peru that it would impose sanctions.", {("CHL", "warns", "PER")},
     {("CHL", "threatens", "PER")}),
]


@pytest.mark.parametrize("text,want,never", OWN_FORCE)
def test_own_force(text: str, want: set[Edge], never: set[Edge]) -> None:
    check(text, want, never)


COMPEL_PAST_RELATIVE = [
    # rule 20: asking an addressee to compel a third party is a demand toward the addressee,
    # even with a relative clause between them
    (("Ghana called on Nigeria and Togo, which guarantee the truce, to compel Burkina Faso "
      "to halt its attacks."), {("GHA", "demands", "NGA"), ("GHA", "demands", "TGO")},
     {("GHA", "urges_restraint", "NGA"), ("GHA", "urges_restraint", "TGO")}),
]


@pytest.mark.parametrize("text,want,never", COMPEL_PAST_RELATIVE)
def test_compel_past_relative(text: str, want: set[Edge], never: set[Edge]) -> None:
    check(text, want, never)


CAPITALS = [
    # capitals stand for their state (rule 5)
    ("Kigali accused Kinshasa of arming the rebels.", {("RWA", "accuses", "COD")}, set()),
    ("Brazil offered to host talks between Caracas and Georgetown.",
     {("BRA", "mediates", "VEN"), ("BRA", "mediates", "GUY")},
     {("BRA", "expresses_intent_to_meet", "VEN")}),
    ("Vilnius condemned Minsk for the balloon incursions.", {("LTU", "condemns", "BLR")}, set()),
]


@pytest.mark.parametrize("text,want,never", CAPITALS)
def test_capitals(text: str, want: set[Edge], never: set[Edge]) -> None:
    check(text, want, never)


APPEAL_TO_TALK = [
    # «called on X and Y to resume talks» is a call for dialogue (rule 10), not an invitation
    ("Kenya called on Ethiopia and Eritrea to resume talks.",
     {("KEN", "calls_for_dialogue", "ETH"), ("KEN", "calls_for_dialogue", "ERI")},
     {("KEN", "expresses_intent_to_meet", "ETH")}),
    # readiness to resume talks stays an intent to meet
    ("Kenya said it was ready to resume talks with Ethiopia.",
     {("KEN", "expresses_intent_to_meet", "ETH")}, {("KEN", "calls_for_dialogue", "ETH")}),
]


@pytest.mark.parametrize("text,want,never", APPEAL_TO_TALK)
def test_appeal_to_talk(text: str, want: set[Edge], never: set[Edge]) -> None:
    check(text, want, never)


HOSTING_AND_CALLS = [
    # «X hosted <person>»: a visit, holds_talks from the host (rule 15), no mediation
    ("Erdogan hosted Putin in Ankara.", {("TUR", "holds_talks", "RUS")},
     {("TUR", "mediates", "RUS")}),
    # hosting talks between others stays mediation
    ("Ghana hosted talks between Mali and Niger.",
     {("GHA", "mediates", "MLI"), ("GHA", "mediates", "NER")}, {("GHA", "holds_talks", "MLI")}),
    # «a call between X and Y» reported by no one: the two sides talked
    ("A phone call between the Chilean and Peruvian foreign ministers focused on fishing.",
     {("CHL", "holds_talks", "PER"), ("PER", "holds_talks", "CHL")}, set()),
    # but talks a third party brokered are that party's mediation (rule 9)
    ("Talks between Mali and Niger, mediated by Ghana, resumed in Accra.",
     {("GHA", "mediates", "MLI")}, {("MLI", "holds_talks", "NER"), ("NER", "holds_talks", "MLI")}),
]


@pytest.mark.parametrize("text,want,never", HOSTING_AND_CALLS)
def test_hosting_and_calls(text: str, want: set[Edge], never: set[Edge]) -> None:
    check(text, want, never)


CONCERN_WORDINGS = [
    # concern stated as «troubled/disturbed by» an actor's act, or about what a «that» clause
    # says an actor did
    ("Ghana was deeply troubled by Togo's decision to close the border.",
     {("GHA", "expresses_concern", "TGO")}, set()),
    ("Chile voiced serious concern that Peru was massing troops on the border.",
     {("CHL", "expresses_concern", "PER")}, set()),
    # a clause about no actor gives no target
    ("Chile voiced concern that the border talks could collapse.", set(),
     {("CHL", "expresses_concern", "PER")}),
]


@pytest.mark.parametrize("text,want,never", CONCERN_WORDINGS)
def test_concern_wordings(text: str, want: set[Edge], never: set[Edge]) -> None:
    check(text, want, never)


CLAUSE_AFTER_COMMA_AND = [
    # «…with X, and <Y's official> said …»: a new clause, not a list of the addressees
    (("Chile expressed solidarity with Peru, and Bolivian Foreign Minister Celinda Sosa said "
      "La Paz stood firmly by Peru."),
     {("CHL", "expresses_support", "PER"), ("BOL", "expresses_support", "PER")},
     {("CHL", "expresses_support", "BOL")}),
    # a list of three with a serial comma is still a list
    ("Chile condemned Peru, Bolivia, and Ecuador.",
     {("CHL", "condemns", "PER"), ("CHL", "condemns", "BOL"), ("CHL", "condemns", "ECU")},
     set()),
]


@pytest.mark.parametrize("text,want,never", CLAUSE_AFTER_COMMA_AND)
def test_clause_after_comma_and(text: str, want: set[Edge], never: set[Edge]) -> None:
    check(text, want, never)


AGREEMENT_BETWEEN = [
    # an agreement reported as reached between two parties binds them both ways (rule 23),
    # whoever reports or welcomes it, and the welcome is not for the parties
    (("Ghana welcomed the agreement reached today in Lome between Togo and Benin on border "
      "patrols."), {("TGO", "expresses_intent_to_cooperate", "BEN"),
                  ("BEN", "expresses_intent_to_cooperate", "TGO")},
     {("GHA", "welcomes", "TGO"), ("GHA", "expresses_intent_to_cooperate", "TGO")}),
    # an agreement the article dates before itself is background
    ("The deal signed in 2015 between Chile and Peru still holds, Bolivia said.", set(),
     {("CHL", "expresses_intent_to_cooperate", "PER")}),
]


@pytest.mark.parametrize("text,want,never", AGREEMENT_BETWEEN)
def test_agreement_between(text: str, want: set[Edge], never: set[Edge]) -> None:
    check(text, want, never)


SIGNED_DOCUMENTS = [
    # a declaration, pact or protocol signed by two parties is an agreement (rule 23)
    ("Ghana and Togo signed a joint declaration on maritime security in Accra on Tuesday.",
     {("GHA", "expresses_intent_to_cooperate", "TGO"),
      ("TGO", "expresses_intent_to_cooperate", "GHA")}, set()),
    ("Chile and Peru signed a fisheries pact.",
     {("CHL", "expresses_intent_to_cooperate", "PER")}, set()),
]


@pytest.mark.parametrize("text,want,never", SIGNED_DOCUMENTS)
def test_signed_documents(text: str, want: set[Edge], never: set[Edge]) -> None:
    check(text, want, never)


REJECTED_CHARGE = [
    # «…, a charge that X rejected»: the rejection points at whoever made the charge (rule 11)
    ("Chile accused Peru of spying, a charge that Lima rejected as baseless.",
     {("CHL", "accuses", "PER"), ("PER", "rejects", "CHL")}, set()),
    ("Ghana was accused by Togo of harbouring rebels, an allegation that Accra dismissed.",
     {("TGO", "accuses", "GHA"), ("GHA", "rejects", "TGO")}, set()),
]


@pytest.mark.parametrize("text,want,never", REJECTED_CHARGE)
def test_rejected_charge(text: str, want: set[Edge], never: set[Edge]) -> None:
    check(text, want, never)


TURNED_DOWN_REQUEST = [
    # «Y turned down X's request»: X asked Y, and Y rejects X
    ("Norway turned down Poland's request for more artillery shells.",
     {("NOR", "rejects", "POL"), ("POL", "demands", "NOR")}, set()),
    ("Chile rejected the Peruvian request for compensation.",
     {("CHL", "rejects", "PER"), ("PER", "demands", "CHL")}, set()),
    # a request received from someone is no demand of the receiver
    ("Ghana said it had received a request from Togo to extradite the suspects.", set(),
     {("GHA", "demands", "TGO")}),
]


@pytest.mark.parametrize("text,want,never", TURNED_DOWN_REQUEST)
def test_turned_down_request(text: str, want: set[Edge], never: set[Edge]) -> None:
    check(text, want, never)


OFFICIAL_INTRODUCED = [
    # an official who opens a sentence with no stance is who «he» is in the next one
    (("Chilean President Gabriel Boric addressed the Organization of American States on "
      "Monday. He called on Peru and Bolivia to resume talks."),
     {("CHL", "calls_for_dialogue", "PER"), ("CHL", "calls_for_dialogue", "BOL")}, set()),
]


@pytest.mark.parametrize("text,want,never", OFFICIAL_INTRODUCED)
def test_official_introduced(text: str, want: set[Edge], never: set[Edge]) -> None:
    check(text, want, never)


EACH_OTHERS_SOVEREIGNTY = [
    # «X and Y recognised each other's territorial integrity»: each toward the other (rule 26),
    # also inside a reported clause
    ("Chile and Peru respect one another's sovereignty.",
     {("CHL", "affirms_sovereignty", "PER"), ("PER", "affirms_sovereignty", "CHL")}, set()),
    (("Erdogan told reporters that under the accord Chile and Bolivia recognised each other's "
      "territorial integrity."),
     {("CHL", "affirms_sovereignty", "BOL"), ("BOL", "affirms_sovereignty", "CHL")}, set()),
]


@pytest.mark.parametrize("text,want,never", EACH_OTHERS_SOVEREIGNTY)
def test_each_others_sovereignty(text: str, want: set[Edge], never: set[Edge]) -> None:
    check(text, want, never)

"""English phenomena, fourth round: short sentences written for these tests, one table per
construction. Each row is (text, edges that must be there, edges that must not)."""

import pytest

from tests.edge_cases import Edge
from tests.edge_cases import check_en as check

NAMES_INSIDE_NAMES = [
    # a place or body whose name holds an actor's name is not that actor
    ("Jordan condemned the expansion of settlements in the West Bank.",
     set(), {("JOR", "condemns", "WEST")}),
    ("Qatar and Jordan criticised West Bank raids by Israel.",
     {("QAT", "condemns", "ISR")}, {("QAT", "condemns", "WEST"), ("JOR", "condemns", "WEST")}),
    (("The African Union's Peace and Security Council urged Sudan and Chad to settle their "
     "quarrel through dialogue."),
     {("AU", "calls_for_dialogue", "SDN"), ("AU", "calls_for_dialogue", "TCD")},
     {("UNSC", "calls_for_dialogue", "SDN"), ("AU", "calls_for_dialogue", "UNSC")}),
]


@pytest.mark.parametrize("text,want,never", NAMES_INSIDE_NAMES)
def test_names_inside_names(text: str, want: set[Edge], never: set[Edge]) -> None:
    check(text, want, never)


CONDITIONAL_INVERSION = [
    # «should X ask»: a condition, not an obligation of X
    (("Norway said it stood ready to host talks between Colombia and Venezuela should the two "
     "governments ask for it."),
     {("NOR", "mediates", "COL"), ("NOR", "mediates", "VEN")},
     {("NOR", "demands", "COL"), ("NOR", "demands", "VEN")}),
    ("Ghana offered to facilitate contacts between Mali and Niger, should they wish.",
     {("GHA", "mediates", "MLI"), ("GHA", "mediates", "NER")},
     {("GHA", "demands", "MLI"), ("GHA", "demands", "NER")}),
    # the modal of obligation itself stays a demand
    ("Chile said Bolivia should return to the table.",
     {("CHL", "calls_for_dialogue", "BOL")}, set()),
]


@pytest.mark.parametrize("text,want,never", CONDITIONAL_INVERSION)
def test_conditional_inversion(text: str, want: set[Edge], never: set[Edge]) -> None:
    check(text, want, never)


PAIR_OF_THE_SENTENCE = [
    # «the two neighbours» after «between X and Y» in the same sentence: X and Y, not the
    # pair an earlier sentence named
    (("Kenya and Uganda agreed to cooperate on trade. The African Union voiced concern over the "
     "clashes between Sudan and Chad and called on the two neighbours to return to talks."),
     {("AU", "calls_for_dialogue", "SDN"), ("AU", "calls_for_dialogue", "TCD")},
     {("AU", "calls_for_dialogue", "KEN"), ("AU", "calls_for_dialogue", "UGA")}),
    (("Peru held talks with Chile on Monday. Citing the dispute between Guyana and Venezuela, "
     "Brazil urged both countries to show restraint."),
     {("BRA", "urges_restraint", "GUY"), ("BRA", "urges_restraint", "VEN")},
     {("BRA", "urges_restraint", "PER"), ("BRA", "urges_restraint", "CHL")}),
]


@pytest.mark.parametrize("text,want,never", PAIR_OF_THE_SENTENCE)
def test_pair_of_the_sentence(text: str, want: set[Edge], never: set[Edge]) -> None:
    check(text, want, never)


INTRODUCED_OFFICIALS = [
    # an official the gazetteer does not know, introduced with a title that names the actor,
    # speaks for that actor wherever the article names them again
    (("Mr. OTA Kenji, Minister for Foreign Affairs of Japan, held a telephone talk with "
      "Ms. LEE Min-ji, Minister of Foreign Affairs of the Republic of Korea. Minister Lee "
      "condemned the launch by North Korea. Minister Ota demanded that Pyongyang comply with "
      "the resolutions."),
     {("JPN", "holds_talks", "KOR"), ("KOR", "condemns", "PRK"), ("JPN", "demands", "PRK")},
     {("JPN", "condemns", "PRK"), ("KOR", "demands", "PRK")}),
    (("Ghanaian Foreign Minister Kwame Asante met Togo's foreign minister, Ama Mensah, in "
      "Accra. Asante urged Mali to release the detainees. Mensah criticised Niger."),
     {("GHA", "holds_talks", "TGO"), ("GHA", "demands", "MLI"), ("TGO", "condemns", "NER")},
     {("TGO", "demands", "MLI"), ("GHA", "condemns", "NER")}),
    (("Lars Holm, the Danish envoy, met officials in Riga. Separately, the Estonian minister "
      "spoke. Holm later praised Latvia."),
     {("DNK", "welcomes", "LVA")}, {("EST", "welcomes", "LVA")}),
    # a capitalised phrase after a comma with no title is no introduction
    ("Turkey, Azerbaijan's closest ally, expressed solidarity with Baku.",
     {("TUR", "expresses_support", "AZE")}, set()),
]


@pytest.mark.parametrize("text,want,never", INTRODUCED_OFFICIALS)
def test_introduced_officials(text: str, want: set[Edge], never: set[Edge]) -> None:
    check(text, want, never)


SHARED_CONCERN = [
    # «shared concerns over X»: a concern the subjects voice together (rule 26), not agreement
    (("Japan and South Korea shared concerns over the growing military ties between North "
     "Korea and Russia."),
     {("JPN", "expresses_concern", "PRK"), ("KOR", "expresses_concern", "RUS")},
     {("JPN", "agrees_with", "PRK"), ("KOR", "agrees_with", "RUS")}),
    ("Chile and Peru shared deep concern about Bolivian troop movements.",
     {("CHL", "expresses_concern", "BOL"), ("PER", "expresses_concern", "BOL")},
     {("CHL", "agrees_with", "BOL")}),
    # another actor's concern, shared: agreement with that actor
    ("Canada said it shared Denmark's concern over the exercises.",
     {("CAN", "agrees_with", "DNK")}, set()),
]


@pytest.mark.parametrize("text,want,never", SHARED_CONCERN)
def test_shared_concern(text: str, want: set[Edge], never: set[Edge]) -> None:
    check(text, want, never)


NEVER_ACCEPT = [
    ("Seoul said it would never accept North Korea's nuclear programme.",
     {("KOR", "rejects", "PRK")}, set()),
    ("Morocco will never accept the Algerian plan, its foreign minister said.",
     {("MAR", "rejects", "DZA")}, set()),
]


@pytest.mark.parametrize("text,want,never", NEVER_ACCEPT)
def test_never_accept(text: str, want: set[Edge], never: set[Edge]) -> None:
    check(text, want, never)


PLACED_OFFICIALS = [
    # «In <capital>, the foreign ministry …»: the fronted place names whose ministry it is,
    # not the actor of the sentence before
    (("Kazakhstan hosted the last round of talks. In Moscow, the foreign ministry urged "
      "Armenia and Azerbaijan to show restraint."),
     {("RUS", "urges_restraint", "ARM"), ("RUS", "urges_restraint", "AZE")},
     {("KAZ", "urges_restraint", "ARM")}),
    (("Chile criticised the decision. In Lima, a government spokeswoman rejected the "
      "Bolivian proposal."),
     {("PER", "rejects", "BOL")}, {("CHL", "rejects", "BOL")}),
    # the head or chair of an organisation's body speaks for the organisation
    (("Ukraine accused Russia of aggression. The head of the OSCE mission to Moldova urged "
      "Moscow and Chisinau to avoid any escalation."),
     {("OSCE", "urges_restraint", "RUS"), ("OSCE", "urges_restraint", "MDA")},
     {("UKR", "urges_restraint", "RUS")}),
    ("The chair of the African Union Commission condemned the coup attempt in Niger.",
     set(), {("NER", "condemns", "AU")}),
]


@pytest.mark.parametrize("text,want,never", PLACED_OFFICIALS)
def test_placed_officials(text: str, want: set[Edge], never: set[Edge]) -> None:
    check(text, want, never)


READOUT_PUBLISHER = [
    # a readout's byline names the publisher: its unnamed officials speak for it
    (("Ministry of Foreign Affairs, Republic of Ghana — 3 March 2025\n\n"
      "The Minister for Foreign Affairs and Regional Integration today received the Foreign "
      "Minister of Togo in Accra. The two ministers discussed the security situation. The "
      "Minister condemned the attack on Benin. He called on Burkina Faso to release the "
      "detained officials."),
     # «the attack on Benin» names Benin as its victim, not its author: no condemnation of
     # Benin (rule 11; the author is unnamed)
     {("GHA", "holds_talks", "TGO"), ("TGO", "holds_talks", "GHA"), ("GHA", "demands", "BFA")},
     {("TGO", "condemns", "BEN"), ("GHA", "condemns", "BEN"), ("TGO", "demands", "BFA")}),
    (("Ministry of Foreign Affairs of Norway, 12 May 2025\n\n"
      "The State Secretary met the Ambassador of Chile. The two sides agreed to strengthen "
      "cooperation with each other."),
     {("NOR", "holds_talks", "CHL")}, {("CHL", "holds_talks", "NOR")}),
    # a headline line with a verb is no byline
    (("Ghana criticises Togo over border closure\n\n"
      "The minister said the closure hurt traders."),
     {("GHA", "condemns", "TGO")}, set()),
]


@pytest.mark.parametrize("text,want,never", READOUT_PUBLISHER)
def test_readout_publisher(text: str, want: set[Edge], never: set[Edge]) -> None:
    check(text, want, never)


MEDIATION_NOMINALS = [
    # the sides after «between the foreign ministers of»
    ("Norway hosted a meeting on Tuesday between the foreign ministers of Serbia and Kosovo.",
     {("NOR", "mediates", "SRB")}, set()),
    (("Qatar's foreign ministry hosted talks between the envoys of Sudan and Chad in Doha."),
     {("QAT", "mediates", "SDN"), ("QAT", "mediates", "TCD")}, set()),
    # «the mediation launched / conducted by X between A and B»
    ("Peru praised the mediation conducted by Brazil between Chile and Bolivia.",
     {("BRA", "mediates", "CHL"), ("BRA", "mediates", "BOL"), ("PER", "welcomes", "BRA")},
     {("PER", "welcomes", "CHL")}),
    # «offered its good offices» is an offer to mediate
    (("Ghana's president offered Accra's good offices to ease tensions between Mali and "
      "Algeria."),
     {("GHA", "mediates", "MLI"), ("GHA", "mediates", "DZA")}, set()),
]


@pytest.mark.parametrize("text,want,never", MEDIATION_NOMINALS)
def test_mediation_nominals(text: str, want: set[Edge], never: set[Edge]) -> None:
    check(text, want, never)


TOGETHER_WITH = [
    # «X, together with Y, …»: Y shares X's stance
    ("Egypt, together with Qatar, is continuing its mediation between Israel and Hamas.",
     {("EGY", "mediates", "ISR"), ("QAT", "mediates", "HAMAS")}, set()),
    ("Chile, along with Argentina and Uruguay, condemned the coup in Bolivia.",
     set(), {("BOL", "condemns", "CHL")}),
    ("Chile, along with Argentina and Uruguay, criticised Venezuela.",
     {("CHL", "condemns", "VEN"), ("ARG", "condemns", "VEN"), ("URY", "condemns", "VEN")},
     set()),
    # an apposition that is no co-holder
    ("Chile, a neighbour of Peru, criticised Venezuela.",
     {("CHL", "condemns", "VEN")}, {("PER", "condemns", "VEN")}),
]


@pytest.mark.parametrize("text,want,never", TOGETHER_WITH)
def test_together_with(text: str, want: set[Edge], never: set[Edge]) -> None:
    check(text, want, never)


VOWED_THAT = [
    # «vowed that its forces would respond»: a threat by the holder (rule 14), its target the
    # actor it has just accused when the clause names none
    (("Armenia accused Azerbaijan of shelling border villages and vowed that its army would "
      "respond to any further attack."),
     {("ARM", "accuses", "AZE"), ("ARM", "threatens", "AZE")}, set()),
    ("Egypt vowed that it would retaliate against any strike by Ethiopia.",
     {("EGY", "threatens", "ETH")}, set()),
    # a vow with no threat in it is none
    ("Kenya vowed that it would keep its embassy in Somalia open.",
     set(), {("KEN", "threatens", "SOM")}),
]


@pytest.mark.parametrize("text,want,never", VOWED_THAT)
def test_vowed_that(text: str, want: set[Edge], never: set[Edge]) -> None:
    check(text, want, never)


EARLIER_ACT = [
    # «the demand» after a demanded withdrawal points at the one who demanded it (rule 11)
    (("Georgia demanded that Russia withdraw its troops from the two regions. Moscow "
      "rejected the demand on Friday."),
     {("GEO", "demands_withdrawal", "RUS"), ("RUS", "rejects", "GEO")}, set()),
    (("Serbia called on Kosovo to pull its police out of the north. Pristina dismissed the "
      "demand as interference."),
     {("XKX", "rejects", "SRB")}, set()),
]


@pytest.mark.parametrize("text,want,never", EARLIER_ACT)
def test_earlier_act(text: str, want: set[Edge], never: set[Edge]) -> None:
    check(text, want, never)


APPEAL_TO_PRONOUN = [
    # «urged it to …» after naming an actor: that actor is asked
    ("Egypt criticised Ethiopia and called on it to return to talks.",
     {("EGY", "calls_for_dialogue", "ETH")}, set()),
    ("Jordan condemned Israel's raids on the camps and urged it to halt the operations.",
     {("JOR", "urges_restraint", "ISR")}, set()),
    # a noun «request» with «it» after it is no appeal to an actor
    ("Norway said it was ready to mediate between Chile and Peru should they request it.",
     set(), {("NOR", "demands", "PER"), ("NOR", "demands", "CHL")}),
]


@pytest.mark.parametrize("text,want,never", APPEAL_TO_PRONOUN)
def test_appeal_to_pronoun(text: str, want: set[Edge], never: set[Edge]) -> None:
    check(text, want, never)


WHAT_IS_ASKED = [
    # a word of a name is not what is asked («the Rwanda Defence Force withdraw»)
    (("Sweden demanded that the Rwanda Defence Force immediately withdraw from the territory "
      "of the Democratic Republic of the Congo."),
     {("SWE", "demands_withdrawal", "RWA")}, {("SWE", "demands", "RWA")}),
    # a condition is not asked for (rule 13: an offer tied to a concession is the demand)
    (("Serbia said Kosovo must first disband its new units before any talks could resume."),
     {("SRB", "demands", "XKX")}, {("SRB", "calls_for_dialogue", "XKX")}),
    # the topic of the dialogue asked for is no second demand
    (("Norway urged Sudan and Chad to resume talks on the withdrawal of troops from the "
      "border."),
     {("NOR", "calls_for_dialogue", "SDN"), ("NOR", "calls_for_dialogue", "TCD")},
     {("NOR", "demands_withdrawal", "SDN"), ("NOR", "demands_withdrawal", "TCD")}),
    # two things asked for stay two
    ("Norway urged Sudan to withdraw its troops and to return to talks with Chad.",
     {("NOR", "demands_withdrawal", "SDN"), ("NOR", "calls_for_dialogue", "SDN")}, set()),
]


@pytest.mark.parametrize("text,want,never", WHAT_IS_ASKED)
def test_what_is_asked(text: str, want: set[Edge], never: set[Edge]) -> None:
    check(text, want, never)


APPOSITION_NOT_LIST = [
    # «X, Y's ally, verb … and verb»: the apposition names no second holder
    ("Turkey, Azerbaijan's closest ally, expressed solidarity with Baku and criticised France.",
     {("TUR", "expresses_support", "AZE"), ("TUR", "condemns", "FRA")},
     {("AZE", "condemns", "FRA")}),
    ("Russia, Serbia's main backer, met Kosovo officials and rejected the plan by Albania.",
     {("RUS", "rejects", "ALB")}, {("SRB", "rejects", "ALB")}),
    # a real list still gives each member
    ("Egypt, Jordan and Qatar met on Monday and condemned Israel.",
     {("EGY", "condemns", "ISR"), ("JOR", "condemns", "ISR"), ("QAT", "condemns", "ISR")},
     set()),
]


@pytest.mark.parametrize("text,want,never", APPOSITION_NOT_LIST)
def test_apposition_not_list(text: str, want: set[Edge], never: set[Edge]) -> None:
    check(text, want, never)


WOULD_ANY = [
    # «would welcome any …»: a stance toward an act that may never happen (rule 6)
    ("Manila said it would welcome any Chinese gesture that eased tensions.",
     set(), {("PHL", "welcomes", "CHN")}),
    ("Ghana said it would condemn any coup attempt by Mali's army.",
     set(), {("GHA", "condemns", "MLI")}),
    # an uttered threat stays one (rule 13)
    ("Egypt warned that it would respond to any attack by Ethiopia.",
     {("EGY", "threatens", "ETH")}, set()),
]


@pytest.mark.parametrize("text,want,never", WOULD_ANY)
def test_would_any(text: str, want: set[Edge], never: set[Edge]) -> None:
    check(text, want, never)


HOSTING = [
    # hosting talks is mediation (rule 16) ...
    ("Oman hosted several rounds of talks between Iran and the United States.",
     {("OMN", "mediates", "IRN"), ("OMN", "mediates", "USA")}, set()),
    (("The last round of negotiations between Serbia and Kosovo, hosted by Norway, ended "
      "without a deal."),
     {("NOR", "mediates", "SRB"), ("NOR", "mediates", "XKX")}, set()),
    # ... hosting anything else is not
    (("Mali and Algeria traded accusations. Mali warned Niger against hosting what it called "
      "hostile networks."),
     {("MLI", "warns", "NER")}, {("MLI", "mediates", "DZA"), ("NER", "mediates", "MLI")}),
]


@pytest.mark.parametrize("text,want,never", HOSTING)
def test_hosting(text: str, want: set[Edge], never: set[Edge]) -> None:
    check(text, want, never)


MEMBERS_OF = [
    # «the members of the Security Council», «the member states of the EU» speak for the body
    ("The members of the Security Council welcomed the decision of the African Union.",
     {("UNSC", "welcomes", "AU")}, set()),
    ("The member states of the European Union condemned Belarus.",
     {("EU", "condemns", "BLR")}, set()),
    # a modifier after another noun still names no holder
    ("Citizens of Chile criticised Peru.", set(), {("CHL", "condemns", "PER")}),
]


@pytest.mark.parametrize("text,want,never", MEMBERS_OF)
def test_members_of(text: str, want: set[Edge], never: set[Edge]) -> None:
    check(text, want, never)


BOTH_X_AND_Y = [
    # «both X and Y» names the pair that a later «the two countries», «both sides» refers to
    (("Egypt held talks with Sudan on Monday. As a neighbour of both Ethiopia and Eritrea, "
      "Egypt hopes the two countries will settle their dispute, and it called on both sides "
      "to show restraint."),
     {("EGY", "urges_restraint", "ETH"), ("EGY", "urges_restraint", "ERI")},
     {("EGY", "urges_restraint", "SDN")}),
]


@pytest.mark.parametrize("text,want,never", BOTH_X_AND_Y)
def test_both_x_and_y(text: str, want: set[Edge], never: set[Edge]) -> None:
    check(text, want, never)


INSTITUTION_IN_CAPITAL = [
    # «the Department of Foreign Affairs in Manila … and accused»: the subject of a
    # coordinated verb is the institution of that capital
    (("The Department of Foreign Affairs in Manila lodged a protest and accused Vietnam of "
      "illegal fishing."),
     {("PHL", "accuses", "VNM")}, set()),
    # a fronted circumstance with its own relative clause
    (("After the clash, in which Indian troops crossed the line, the foreign ministry in "
      "Beijing summoned the envoy and accused India of provocation."),
     {("CHN", "accuses", "IND")}, set()),
]


@pytest.mark.parametrize("text,want,never", INSTITUTION_IN_CAPITAL)
def test_institution_in_capital(text: str, want: set[Edge], never: set[Edge]) -> None:
    check(text, want, never)


MORE_INTRODUCTIONS = [
    # «Foreign Minister X of Chile»: the official and whose
    (("Foreign Minister Maria Lopez of Chile met her Peruvian counterpart in Lima. Lopez "
      "later criticised Bolivia."),
     {("CHL", "holds_talks", "PER"), ("CHL", "condemns", "BOL")},
     {("PER", "condemns", "BOL")}),
    ("President Amadou Diallo of Senegal condemned the coup in Guinea-Bissau and Mali.",
     set(), {("GNB", "condemns", "SEN"), ("MLI", "condemns", "SEN")}),
    # bylines in other shapes: a dash and a date after the institution, a press release
    (("Federal Foreign Office, Germany — 3 June 2025\n\n"
      "The Federal Minister spoke with the Polish Foreign Minister. She welcomed Poland's "
      "decision."),
     {("DEU", "holds_talks", "POL"), ("DEU", "welcomes", "POL")}, set()),
    (("Press release of the Ministry of Foreign Affairs of Indonesia\n\n"
      "The Minister urged Myanmar to end the violence."),
     {("IDN", "urges_restraint", "MMR")}, set()),
]


@pytest.mark.parametrize("text,want,never", MORE_INTRODUCTIONS)
def test_more_introductions(text: str, want: set[Edge], never: set[Edge]) -> None:
    check(text, want, never)


KNOWN_CLASSES = [
    # «would be legitimate targets»: a threat toward the owner of what is named
    ("Tehran said American bases in the Gulf would be legitimate targets.",
     {("IRN", "threatens", "USA")}, set()),
    # «it is time for X to …»: an appeal to X, typed by what is asked (rules 10, 20)
    ("Chile said it was time for Bolivia to return to the negotiating table.",
     {("CHL", "calls_for_dialogue", "BOL")}, set()),
    ("It is high time for Russia to wind down its offensive, the Polish minister said.",
     {("POL", "urges_restraint", "RUS")}, set()),
    ("It is time for a new approach, Chile said.", set(), {("CHL", "demands", "BOL")}),
    # «Concern over X was voiced by Y»: the agent of the passive holds the stance
    ("Concern over the Serbian troop deployment was voiced by Croatia and Slovenia.",
     {("HRV", "expresses_concern", "SRB"), ("SVN", "expresses_concern", "SRB")}, set()),
    ("Sharp criticism of the Eritrean raids was expressed by Djibouti.",
     {("DJI", "condemns", "ERI")}, set()),
    # «identical to that of X»: shared positions are agreement (the ontology's تطابق المواقف)
    ("Ankara said its position on the corridor was identical to that of Baku.",
     {("TUR", "agrees_with", "AZE")}, set()),
]


@pytest.mark.parametrize("text,want,never", KNOWN_CLASSES)
def test_known_classes(text: str, want: set[Edge], never: set[Edge]) -> None:
    check(text, want, never)


ACT_NAMED_BEFORE = [
    # «X launched strikes … . Y condemned the strikes»: the act's author is the target
    (("Israel launched new strikes on Syria on Monday. Jordan condemned the strikes as a "
      "violation of international law."),
     {("JOR", "condemns", "ISR")}, {("JOR", "condemns", "SYR")}),
    (("Russia announced naval drills near Gotland. Sweden criticised the drills on "
      "Tuesday."),
     {("SWE", "condemns", "RUS")}, set()),
    (("Chinese coast guard exercises began near the atoll. Manila rejected the exercises as "
      "unlawful."),
     {("PHL", "rejects", "CHN")}, set()),
    # a stance declined is none
    (("Israel's seizure of the crossing drew protests. Washington stopped short of "
      "condemning the seizure."),
     set(), {("USA", "condemns", "ISR")}),
]


@pytest.mark.parametrize("text,want,never", ACT_NAMED_BEFORE)
def test_act_named_before(text: str, want: set[Edge], never: set[Edge]) -> None:
    check(text, want, never)


PUBLISHER_NAMED_LATER = [
    # a readout whose officials are unnamed («The Prime Minister spoke to …») and whose
    # state the text names only later, as its own («the United Kingdom's support»)
    (("The Prime Minister spoke to President Ruto of Kenya this morning. He condemned the "
      "attacks by al-Shabaab and reiterated Ireland's full support for Kenya. The two leaders "
      "agreed to meet again soon."),
     {("IRL", "holds_talks", "KEN"), ("IRL", "expresses_support", "KEN"),
      ("IRL", "expresses_intent_to_meet", "KEN")}, set()),
    (("The President received the Foreign Minister of Ghana. He praised Ghana's mediation "
      "in the Sahel. The Elysee said the talks were warm."),
     {("FRA", "holds_talks", "GHA"), ("FRA", "welcomes", "GHA")}, set()),
    # a wire story that names its subject at once is read as before
    ("Norway condemned the raid. The minister said Sweden's position was unclear.",
     set(), {("SWE", "condemns", "NOR")}),
]


@pytest.mark.parametrize("text,want,never", PUBLISHER_NAMED_LATER)
def test_publisher_named_later(text: str, want: set[Edge], never: set[Edge]) -> None:
    check(text, want, never)


ENVOYS_AND_AGENTS = [
    # an envoy of the Secretary-General is the UN's, whatever country the envoy is for
    (("Jane Okafor, Special Envoy of the Secretary-General for Sudan, arrived in Port Sudan. "
      "Okafor condemned Chad."),
     {("UN", "condemns", "TCD")}, {("SDN", "condemns", "TCD")}),
    ("The Danish envoy to Sudan criticised Chad.",
     {("DNK", "condemns", "TCD")}, {("SDN", "condemns", "TCD")}),
    # the agent of a passive is no speaker for the next «he»
    (("Ghana's president welcomed the truce between Mali and Niger. The talks were hosted "
      "by Togo, which he thanked for its support. He urged Mali to release the detainees."),
     {("GHA", "demands", "MLI")}, {("TGO", "demands", "MLI")}),
]


@pytest.mark.parametrize("text,want,never", ENVOYS_AND_AGENTS)
def test_envoys_and_agents(text: str, want: set[Edge], never: set[Edge]) -> None:
    check(text, want, never)


LIST_ENDS_AND_TABLE = [
    # a list ends with its «and» member: a comma after it opens something else
    (("Qatar offered its good offices to ease tensions between Islamabad and New Delhi, the "
      "Qatari foreign ministry said."),
     {("QAT", "mediates", "PAK"), ("QAT", "mediates", "IND")}, set()),
    (("Turkey offered to mediate between Russia and Ukraine, the Iranian news agency "
      "reported."),
     {("TUR", "mediates", "RUS"), ("TUR", "mediates", "UKR")}, {("TUR", "mediates", "IRN")}),
    # «bring them back to the negotiating table» is mediation between the sides just named
    (("Fighting broke out between Sudan and Chad on the border. Egypt said it was ready to "
      "help bring them back to the negotiating table."),
     {("EGY", "mediates", "SDN"), ("EGY", "mediates", "TCD")}, set()),
]


@pytest.mark.parametrize("text,want,never", LIST_ENDS_AND_TABLE)
def test_list_ends_and_table(text: str, want: set[Edge], never: set[Edge]) -> None:
    check(text, want, never)


TRADED_BLAME = [
    # «traded accusations / blame»: each side accuses the other (rule 26)
    ("Armenia and Azerbaijan traded accusations over the border shooting.",
     {("ARM", "accuses", "AZE"), ("AZE", "accuses", "ARM")}, set()),
    ("Serbia and Kosovo traded blame for the clashes as the EU urged calm.",
     {("SRB", "accuses", "XKX"), ("XKX", "accuses", "SRB")},
     {("SRB", "accuses", "EU"), ("XKX", "accuses", "EU")}),
]


@pytest.mark.parametrize("text,want,never", TRADED_BLAME)
def test_traded_blame(text: str, want: set[Edge], never: set[Edge]) -> None:
    check(text, want, never)


PROTEST_AND_READINESS = [
    # «lodged a protest with X» disapproves of X (rule 21)
    ("Seoul lodged a strong protest with Tokyo over the textbook.",
     {("KOR", "condemns", "JPN")}, set()),
    # «readiness / prepared to host talks between X and Y» offers mediation (rule 16)
    ("Egypt expressed its readiness to host a new round of talks between Sudan and Chad.",
     {("EGY", "mediates", "SDN"), ("EGY", "mediates", "TCD")}, set()),
    ("Kenya said it was prepared to facilitate talks between Ethiopia and Eritrea.",
     {("KEN", "mediates", "ETH"), ("KEN", "mediates", "ERI")}, set()),
]


@pytest.mark.parametrize("text,want,never", PROTEST_AND_READINESS)
def test_protest_and_readiness(text: str, want: set[Edge], never: set[Edge]) -> None:
    check(text, want, never)


QUOTED_VERB = [
    # a quoted verb with a noun after it: «claims» after «Somalia's» / «the Somali» is no
    # reporting verb whose subject would speak for the sentence
    ("Kenya said it \"firmly rejects\" Somalia's claims.", {("KEN", "rejects", "SOM")},
     {("SOM", "rejects", "KEN")}),
    ("Chile's foreign ministry said it \"rejects\" the Bolivian claims.",
     {("CHL", "rejects", "BOL")}, set()),
    # a reporting clause after a quote still names the speaker
    ("\"We reject the Bolivian claims,\" the Chilean minister said.",
     {("CHL", "rejects", "BOL")}, set()),
]


@pytest.mark.parametrize("text,want,never", QUOTED_VERB)
def test_quoted_verb(text: str, want: set[Edge], never: set[Edge]) -> None:
    check(text, want, never)


PEOPLES_AFTER_OF = [
    # «the displacement of Palestinians»: a people, not the state (rule 25)
    ("Egypt and Jordan warned against any displacement of Palestinians.",
     set(), {("EGY", "warns", "PSE"), ("JOR", "warns", "PSE")}),
    ("Turkey condemned the killing of Syrians by Israeli forces.",
     {("TUR", "condemns", "ISR")}, {("TUR", "condemns", "SYR")}),
]


@pytest.mark.parametrize("text,want,never", PEOPLES_AFTER_OF)
def test_peoples_after_of(text: str, want: set[Edge], never: set[Edge]) -> None:
    check(text, want, never)


STRENGTHEN_COOPERATION = [
    # «would (further) strengthen / deepen cooperation»: intent to cooperate, mutual for a
    # joint subject (rule 26), toward the partner after «with»
    ("Japan and South Korea would further strengthen bilateral cooperation.",
     {("JPN", "expresses_intent_to_cooperate", "KOR"),
      ("KOR", "expresses_intent_to_cooperate", "JPN")}, set()),
    ("Egypt will deepen its cooperation with Sudan on water.",
     {("EGY", "expresses_intent_to_cooperate", "SDN")}, set()),
    ("China said it would expand ties with Pakistan.",
     {("CHN", "expresses_intent_to_cooperate", "PAK")}, set()),
    # «further» as a determiner still makes a noun («further talks»)
    ("Peru proposed further talks with Chile.", set(),
     {("PER", "expresses_intent_to_cooperate", "CHL")}),
]


@pytest.mark.parametrize("text,want,never", STRENGTHEN_COOPERATION)
def test_strengthen_cooperation(text: str, want: set[Edge], never: set[Edge]) -> None:
    check(text, want, never)


SECOND_OBJECT = [
    # a second coordinated object that names its actor is a target too
    (("Norway welcomed the tireless facilitation of Kenya in the talks and the decision of "
      "the African Union to send observers."),
     {("NOR", "welcomes", "KEN"), ("NOR", "welcomes", "AU")}, set()),
    ("Chad condemned the offensive by Sudan and the presence of Libyan fighters.",
     {("TCD", "condemns", "SDN"), ("TCD", "condemns", "LBY")}, set()),
    # a second object with no actor adds none
    ("Chad condemned the offensive by Sudan and the killing of civilians.",
     {("TCD", "condemns", "SDN")}, set()),
]


@pytest.mark.parametrize("text,want,never", SECOND_OBJECT)
def test_second_object(text: str, want: set[Edge], never: set[Edge]) -> None:
    check(text, want, never)


BOTH_AGAIN = [
    # «called on both to …» after an appeal to two actors in the same sentence: those two
    (("The OSCE urged Moscow and Chisinau to avoid any escalation and called on both to "
      "resume dialogue."),
     {("OSCE", "calls_for_dialogue", "RUS"), ("OSCE", "calls_for_dialogue", "MDA")}, set()),
    (("Norway urged Chile and Peru to show restraint and asked both to return to talks."),
     {("NOR", "calls_for_dialogue", "CHL"), ("NOR", "calls_for_dialogue", "PER")}, set()),
]


@pytest.mark.parametrize("text,want,never", BOTH_AGAIN)
def test_both_again(text: str, want: set[Edge], never: set[Edge]) -> None:
    check(text, want, never)


THEIR_STATEMENT = [
    # «X ministers … were cautious. Their chair's statement called on …»: «their» is the
    # body the sentence before opened with, not the speaker of the sentence before that
    (("Iraq and Jordan criticised Iran. GCC foreign ministers, meeting in Riyadh, were more "
      "cautious. Their joint statement called on Iran and Bahrain to show restraint."),
     {("GCC", "urges_restraint", "IRN"), ("GCC", "urges_restraint", "BHR")},
     {("IRQ", "urges_restraint", "IRN"), ("JOR", "urges_restraint", "IRN")}),
]


@pytest.mark.parametrize("text,want,never", THEIR_STATEMENT)
def test_their_statement(text: str, want: set[Edge], never: set[Edge]) -> None:
    check(text, want, never)

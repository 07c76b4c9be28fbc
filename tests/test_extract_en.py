"""English clause analysis and word families: short sentences written for these tests, one
table per phenomenon (issue 12). Each row is (text, edges that must be there, edges that
must not)."""

import pytest

from tests.edge_cases import Edge
from tests.edge_cases import check_en as check

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
    (("Norway appealed to Israel to step back from the offensive, and called on Hamas to "
     "release the hostages."), {("NOR", "demands", "HAMAS")},
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
    # an office named alone is its organisation's (gazetteer titles_en); a qualified one is not
    (("The Secretary-General is deeply concerned by the fighting between Ethiopia and "
      "Eritrea. He urges both countries to exercise maximum restraint."),
     {("UN", "expresses_concern", "ETH"), ("UN", "urges_restraint", "ERI")}, set()),
    ("The NATO Secretary-General urged Russia to stop the strikes.",
     {("NATO", "urges_restraint", "RUS")}, {("UN", "urges_restraint", "RUS")}),
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


APPEALS = [
    # readiness reaches to the end of its clause («prepared to hold a new round of direct
    # talks with …»)
    ("The Kremlin said Russia was prepared to hold a new round of direct talks with Ukraine.",
     {("RUS", "expresses_intent_to_meet", "UKR")}, set()),
    # a passive appeal asks its subject («X was urged by Y to …»)
    ("Hamas was urged by Egypt and Qatar to accept the latest proposal.",
     {("EGY", "demands", "HAMAS"), ("QAT", "demands", "HAMAS")}, set()),
    ("Serbia was urged by the EU to show restraint.", {("EU", "urges_restraint", "SRB")}, set()),
    # «rather than force»: a call to settle without force is restraint, not a demand to use it
    (("Norway said Serbia and Kosovo should settle their differences through talks rather "
      "than force."), {("NOR", "calls_for_dialogue", "SRB"), ("NOR", "urges_restraint", "XKX")},
     {("NOR", "demands", "SRB"), ("NOR", "demands", "XKX")}),
    # the subject of a modal of obligation is the one the speaker makes demands of
    ('"Ukraine should stop the shelling now," the Hungarian minister said.',
     {("HUN", "urges_restraint", "UKR")}, set()),
    ("Peru said the Security Council should not be involved in the dispute.",
     {("PER", "demands", "UNSC")}, set()),
    ("Egypt said Israel must withdraw its forces from the border.",
     {("EGY", "demands_withdrawal", "ISR")}, {("ISR", "demands", "EGY")}),
    # an appeal that asks the addressee to appeal to others (rule 20)
    (("Chile urged the Security Council in an emergency session to call on Peru and Bolivia "
     "to pull back from the border."),
     {("CHL", "demands", "UNSC"), ("CHL", "urges_restraint", "PER"),
      ("CHL", "urges_restraint", "BOL")},
     {("CHL", "urges_restraint", "UNSC"), ("UNSC", "urges_restraint", "PER")}),
    # «the government of X» after the appeal verb is the addressee
    ("Nepal urged the government of India to return to talks.",
     {("NPL", "calls_for_dialogue", "IND")}, set()),
    # a withdrawal set as the condition of a meeting is the demand (rule 13), and the
    # conditional meeting is no talks
    (("A meeting between the Armenian and Azerbaijani leaders is contingent on the withdrawal "
     "of Azerbaijani troops, the Armenian foreign minister said."),
     {("ARM", "demands_withdrawal", "AZE")},
     {("ARM", "holds_talks", "AZE"), ("AZE", "holds_talks", "ARM")}),
]


@pytest.mark.parametrize(("text", "want", "never"), APPEALS, ids=[c[0][:30] for c in APPEALS])
def test_appeals_by_modal_nested_and_conditional(text: str, want: set[Edge],
                                                 never: set[Edge]) -> None:
    check(text, want, never)


TALKS = [
    # a list of officials, each «adjective + title + name»: every member is a partner
    (("Blinken met today with Japanese Foreign Minister Kamikawa Yoko and Republic of Korea "
      "Foreign Minister Cho Tae-yul in Vientiane."),
     {("USA", "holds_talks", "JPN"), ("USA", "holds_talks", "KOR")}, set()),
    # «the three ministers» after a three-way meeting are its participants
    (("Blinken met today with Japanese Foreign Minister Kamikawa Yoko and Republic of Korea "
      "Foreign Minister Cho Tae-yul. The three ministers condemned North Korea's launches."),
     {("USA", "condemns", "PRK"), ("JPN", "condemns", "PRK"), ("KOR", "condemns", "PRK")},
     set()),
    # without a title word between them, a name and the next actor are no list
    ("Blinken met Japanese students in Tokyo and Korea protested.",
     set(), {("USA", "holds_talks", "KOR")}),
    # «the group» after an armed group is named is that group; after a bloc it is nothing
    ("A Hamas official said the group was ready to resume negotiations with Israel.",
     {("HAMAS", "expresses_intent_to_meet", "ISR")}, set()),
    ("The G7 met in Rome. The group condemned the strikes on Kyiv.", set(),
     {("HAMAS", "condemns", "UKR")}),
    (("Kenya's foreign minister said he had discussed the border dispute in detail with the "
     "foreign minister of Uganda."), {("KEN", "holds_talks", "UGA")}, set()),
    ("Greece spoke by phone with Cyprus on Monday.", {("GRC", "holds_talks", "CYP")},
     {("CYP", "holds_talks", "GRC")}),
    # summons: the summoning state holds talks with the envoy's state, active or passive
    ("Poland summoned the Belarusian ambassador on Friday.", {("POL", "holds_talks", "BLR")},
     set()),
    ("The Belarusian ambassador was summoned to the Polish foreign ministry.",
     {("POL", "holds_talks", "BLR")}, {("BLR", "holds_talks", "POL")}),
    # «their meeting»: the two just named met each other
    (("Peru said the understanding reached by Chile and Bolivia during their meeting in Lima "
     "still held."), {("CHL", "holds_talks", "BOL"), ("BOL", "holds_talks", "CHL")}, set()),
    ("A Norwegian envoy travelled to Sudan for consultations.",
     {("NOR", "holds_talks", "SDN")}, set()),
    # a prisoner exchange is no talks
    ("A prisoner exchange between Russia and Ukraine took place on Friday.", set(),
     {("RUS", "holds_talks", "UKR")}),
    # the agent of a participle («for facilitating the talks») is no speaker of what follows
    (("Fighting between Afghanistan and Pakistan continued. He commends the Governments of "
      "Turkey and Qatar for facilitating the talks. He urges both sides to respect the "
      "ceasefire."), {("TUR", "mediates", "AFG"), ("QAT", "mediates", "PAK")},
     {("TUR", "urges_restraint", "QAT"), ("QAT", "urges_restraint", "TUR")}),
    # «they» after a call are the two who talked; agreeing to speak again is an intent to meet
    ("Starmer spoke with Zelensky on Monday. They agreed to speak again in the coming days.",
     {("GBR", "expresses_intent_to_meet", "UKR"), ("UKR", "expresses_intent_to_meet", "GBR")},
     {("GBR", "expresses_intent_to_cooperate", "UKR")}),
    # «met in Copenhagen» says where they met, not with whom
    ("Zelensky spoke with Putin. The two leaders met in Copenhagen in October.",
     {("UKR", "holds_talks", "RUS")}, {("UKR", "holds_talks", "DNK"),
                                       ("RUS", "holds_talks", "DNK")}),
]


@pytest.mark.parametrize(("text", "want", "never"), TALKS, ids=[c[0][:30] for c in TALKS])
def test_talks_and_meetings_in_varied_wording(text: str, want: set[Edge],
                                              never: set[Edge]) -> None:
    check(text, want, never)


NOUN_PHRASES = [
    # carrying messages or shuttling between two sides is mediation; a possessor holds the
    # readiness or demand it owns; a progressive in a relative clause has the antecedent
    ("Switzerland passed messages between Washington and Tehran.",
     {("CHE", "mediates", "USA"), ("CHE", "mediates", "IRN")}, set()),
    ("A US envoy shuttled between Lebanon and Israel to broker a ceasefire.",
     {("USA", "mediates", "LBN"), ("USA", "mediates", "ISR")}, set()),
    ("Iraq conveyed Tehran's readiness to hold direct talks with Riyadh.",
     {("IRN", "expresses_intent_to_meet", "SAU")}, {("IRQ", "expresses_intent_to_meet", "SAU")}),
    (("US envoy Tom Barrack, who has been carrying messages between Damascus and the SDF, "
      "urged the group to move faster."),
     {("USA", "mediates", "SYR"), ("USA", "mediates", "SDF")}, {("SDF", "mediates", "SYR")}),
    (("Officials discussed the talks between Iran and the United States, which Muscat has "
      "been hosting since April."),
     {("OMN", "mediates", "IRN"), ("OMN", "mediates", "USA")}, set()),
    # «X drew condemnation (from Y)»: X is condemned; the critics, if named, follow «from»
    ("The Israeli airstrike on Doha has drawn a wave of condemnations.", set(),
     {("ISR", "condemns", "QAT")}),
    ("The raid drew sharp criticism from Egypt and Jordan.", set(),
     {("ISR", "condemns", "EGY")}),
    # gratitude to hosts: welcomes them, and hosting is mediation (rule 11)
    ("Chile and Peru expressed their gratitude to Brazil and Uruguay for hosting the talks.",
     {("CHL", "welcomes", "BRA"), ("PER", "welcomes", "URY"), ("BRA", "mediates", "CHL"),
      ("URY", "mediates", "PER")}, {("CHL", "mediates", "PER")}),
    # an act noun with its author's possessor or adjective is an accusation
    ("Commenting on Eritrea's aggression on the border, Ethiopia said it was ready.",
     {("ETH", "accuses", "ERI")}, set()),
    # … but not inside the object of another stance (rule 21)
    ("Qatar condemned the Israeli aggression.", {("QAT", "condemns", "ISR")},
     {("QAT", "accuses", "ISR")}),
    # threats as idioms; a bare «respond to the aggression» points at the accused actor
    (("Sudan accused Chad of arming the rebels. Sudan reserves the right to respond to the "
     "aggression."), {("SDN", "threatens", "TCD")}, set()),
    ("Iran said that American bases are the legitimate target of its forces.",
     {("IRN", "threatens", "USA")}, set()),
    ("Bolivia said it regrets the decision by Chile.", {("BOL", "condemns", "CHL")}, set()),
    # verbs joined by «and» share the object
    ("Jordan rejects and condemns the Israeli decision.",
     {("JOR", "rejects", "ISR"), ("JOR", "condemns", "ISR")}, set()),
    # a participle after the clause takes the clause's subject; «it» is the one just named
    ("Chad, Niger and Mali cut ties with Algeria on Monday, accusing it of arming rebels.",
     {("TCD", "accuses", "DZA"), ("NER", "accuses", "DZA"), ("MLI", "accuses", "DZA")},
     set()),
    # «the three countries» is the list of three named before; «the allegation» is theirs
    (("Chad, Niger and Mali cut ties with Algeria, accusing it of arming rebels. Algeria "
     "rejected the allegations. Later the three countries gave Algiers an ultimatum."),
     {("DZA", "rejects", "TCD"), ("DZA", "rejects", "MLI"), ("NER", "demands", "DZA"),
      ("MLI", "demands", "DZA")}, set()),
    # infinitive mediation that the holders work at
    (("Qatari and Egyptian officials have worked for months to broker a deal between Israel "
     "and Hamas."), {("QAT", "mediates", "ISR"), ("EGY", "mediates", "HAMAS")}, set()),
]


@pytest.mark.parametrize(("text", "want", "never"), NOUN_PHRASES,
                         ids=[c[0][:30] for c in NOUN_PHRASES])
def test_stances_in_noun_phrases_and_idioms(text: str, want: set[Edge],
                                            never: set[Edge]) -> None:
    check(text, want, never)


PRECISION = [
    # «threat» as a noun with no target does not borrow one
    ("Egypt warned Ethiopia that the dam posed an existential threat.",
     {("EGY", "warns", "ETH")}, {("EGY", "threatens", "ETH")}),
    # topics are no actors
    ("China urged Vietnam to support ASEAN centrality.", {("CHN", "demands", "VNM")},
     {("CHN", "expresses_support", "ASEAN"), ("VNM", "expresses_support", "ASEAN")}),
    ("Saudi Arabia reaffirmed its support for Palestinian rights.", set(),
     {("SAU", "expresses_support", "PSE")}),
    # agreeing to a request is no commitment to cooperate with the requester
    ("Egypt agreed to a request by Sudan to delay the vote.", set(),
     {("EGY", "expresses_intent_to_cooperate", "SDN")}),
    ("Kenya had received a response by Somalia to its proposal.", set(),
     {("KEN", "holds_talks", "SOM")}),
]


@pytest.mark.parametrize(("text", "want", "never"), PRECISION, ids=[c[0][:30] for c in PRECISION])
def test_precision_of_english_readings(text: str, want: set[Edge], never: set[Edge]) -> None:
    check(text, want, never)


MEDIATION = [
    ("Israel and Hamas welcomed the Egyptian mediation.", set(),
     {("ISR", "mediates", "HAMAS"), ("HAMAS", "mediates", "ISR")}),
    ("Rwanda and the DR Congo resumed talks under Qatari mediation.",
     {("QAT", "mediates", "RWA"), ("QAT", "mediates", "COD")},
     {("RWA", "mediates", "COD")}),
    # two mediators are not the two sides of the talks they mediate
    (("Qatar and Turkey, which hosted the talks between Afghanistan and Pakistan, welcomed "
     "the truce."), {("QAT", "mediates", "AFG"), ("TUR", "mediates", "PAK")},
     {("QAT", "mediates", "TUR"), ("TUR", "mediates", "QAT")}),
]


@pytest.mark.parametrize(("text", "want", "never"), MEDIATION, ids=[c[0][:30] for c in MEDIATION])
def test_mediation_nouns_name_their_mediator(text: str, want: set[Edge],
                                             never: set[Edge]) -> None:
    check(text, want, never)


FAMILIES = [
    ("Ghana called for restraint from Togo and Benin.",
     {("GHA", "urges_restraint", "TGO"), ("GHA", "urges_restraint", "BEN")}, set()),
    ("Spain called on Morocco to de-escalate.", {("ESP", "urges_restraint", "MAR")}, set()),
    ("Italy urged both Serbia and Kosovo to avoid escalation.",
     {("ITA", "urges_restraint", "SRB"), ("ITA", "urges_restraint", "XKX")}, set()),
    ("Jordan voiced deep concern over Israel's military escalation.",
     {("JOR", "expresses_concern", "ISR")}, set()),
    ("Japan is deeply worried by China's actions.", {("JPN", "expresses_concern", "CHN")},
     {("CHN", "expresses_concern", "JPN")}),
    ("Greece lashed out at Turkey over the islands.", {("GRC", "condemns", "TUR")}, set()),
    ("Cyprus took issue with Turkey's remarks.", {("CYP", "condemns", "TUR")}, set()),
    ("Kenya said Somalia was responsible for the attack.", {("KEN", "accuses", "SOM")}, set()),
    ("Israel held Hezbollah responsible for the strike.", {("ISR", "accuses", "HEZBOLLAH")},
     set()),
    ("Belarus said it stands firmly with Russia.", {("BLR", "expresses_support", "RUS")},
     set()),
    ("Iran said it respects the sovereignty of Iraq.", {("IRN", "affirms_sovereignty", "IRQ")},
     set()),
    ("Vietnam and Laos pledged to deepen cooperation.",
     {("VNM", "expresses_intent_to_cooperate", "LAO"),
      ("LAO", "expresses_intent_to_cooperate", "VNM")}, set()),
    ("Erdogan and Putin held talks in Sochi.",
     {("TUR", "holds_talks", "RUS"), ("RUS", "holds_talks", "TUR")}, set()),
    # readiness «to hold talks» is an intent, not talks held
    ("Saudi Arabia expressed willingness to hold talks with Iran.",
     {("SAU", "expresses_intent_to_meet", "IRN")}, {("SAU", "holds_talks", "IRN")}),
    ("Egypt demanded an explanation from Israel.", {("EGY", "demands", "ISR")}, set()),
    # praise for an agreement goes to none of its parties (rule 23)
    ("Kenya hailed the agreement between Sudan and South Sudan.", set(),
     {("KEN", "welcomes", "SDN"), ("KEN", "welcomes", "SSD")}),
]


@pytest.mark.parametrize(("text", "want", "never"), FAMILIES, ids=[c[0][:30] for c in FAMILIES])
def test_word_families_and_idioms(text: str, want: set[Edge], never: set[Edge]) -> None:
    check(text, want, never)


MORE = [
    ("Algeria turned down Morocco's offer of talks.", {("DZA", "rejects", "MAR")}, set()),
    ("Egypt described the Israeli move as a flagrant violation of international law.",
     {("EGY", "accuses", "ISR")}, set()),
    # a label inside the object of another stance adds no second type (rule 21)
    ("Jordan condemned the Israeli raid as a flagrant violation of international law.",
     {("JOR", "condemns", "ISR")}, {("JOR", "accuses", "ISR")}),
    ("Russia charged that Ukraine had attacked civilians.", {("RUS", "accuses", "UKR")},
     set()),
    ("Putin invited Erdogan to visit Moscow.", {("RUS", "expresses_intent_to_meet", "TUR")},
     set()),
    ("Japan proposed a meeting with China.", {("JPN", "expresses_intent_to_meet", "CHN")},
     {("JPN", "holds_talks", "CHN")}),
    # what an accusation says is no stance of the accuser
    ("Serbia accused Kosovo of rejecting dialogue with Belgrade.", {("SRB", "accuses", "XKX")},
     {("SRB", "rejects", "XKX")}),
    # «their meeting» is mutual and names no third actor
    (("Chinese President Xi Jinping and US President Joe Biden reached an understanding during "
     "their meeting at the G20 summit."),
     {("CHN", "holds_talks", "USA"), ("USA", "holds_talks", "CHN")},
     {("CHN", "holds_talks", "G20")}),
    # a participle after «after» and a comma is the main clause's subject's: talks mentioned
    # in passing are talks (rule 15); a hypothetical meeting is none
    ("Iran said so, after talking to Iraq.", {("IRN", "holds_talks", "IRQ")}, set()),
    ("Assad said a meeting with Erdogan would be linked to a withdrawal.", set(),
     {("SYR", "holds_talks", "TUR")}),
    # an English adjective stands before its noun: no addressee after «calls for action»
    ("Kuwait calls for action after Iraqi attack on Syria.", set(),
     {("KWT", "demands", "IRQ")}),
    ("Iran is ready for talks with the United States.",
     {("IRN", "expresses_intent_to_meet", "USA")}, {("IRN", "holds_talks", "USA")}),
]


@pytest.mark.parametrize(("text", "want", "never"), MORE, ids=[c[0][:30] for c in MORE])
def test_more_english_constructions(text: str, want: set[Edge], never: set[Edge]) -> None:
    check(text, want, never)


FAMILIES_2 = [
    ("Egypt and Jordan expressed identical views on the crisis.",
     {("EGY", "agrees_with", "JOR"), ("JOR", "agrees_with", "EGY")}, set()),
    ("China backed Russia's position on Ukraine.", {("CHN", "agrees_with", "RUS")},
     {("CHN", "expresses_support", "RUS")}),
    ("India concurred with Japan on the need for talks.", {("IND", "agrees_with", "JPN")},
     set()),
    ("Saudi Arabia sided with Egypt in the dispute.", {("SAU", "expresses_support", "EGY")},
     set()),
    # «will pay a heavy price»: the one who pays is the target, the speaker threatens
    ("Hezbollah said Israel would pay a heavy price.", {("HEZBOLLAH", "threatens", "ISR")},
     {("ISR", "threatens", "HEZBOLLAH")}),
    ("Pakistan said it would give a befitting response to India.",
     {("PAK", "threatens", "IND")}, set()),
    # «vowed» threatens only with a retaliation; otherwise it is a pledge
    ("Iran vowed to retaliate against Israel.", {("IRN", "threatens", "ISR")}, set()),
    ("Russia and China vowed to expand cooperation.",
     {("RUS", "expresses_intent_to_cooperate", "CHN")}, {("RUS", "threatens", "CHN")}),
    ("Qatar encouraged Afghanistan and Pakistan to continue negotiating.",
     {("QAT", "calls_for_dialogue", "AFG"), ("QAT", "calls_for_dialogue", "PAK")}, set()),
    ("China told the Philippines to stop provocations.",
     {("CHN", "urges_restraint", "PHL")}, set()),
    ("Syria called for the departure of Turkish troops.",
     {("SYR", "demands_withdrawal", "TUR")}, set()),
    ("Australia expressed alarm at China's behaviour.", {("AUS", "expresses_concern", "CHN")},
     set()),
    # a host receiving a leader holds talks with the guest; hosting talks is mediation
    ("The Saudi crown prince hosted the Turkish president in Riyadh.",
     {("SAU", "holds_talks", "TUR")}, {("SAU", "mediates", "TUR")}),
    ("Oman hosted talks between Iran and the US.",
     {("OMN", "mediates", "IRN"), ("OMN", "mediates", "USA")}, set()),
]


@pytest.mark.parametrize(("text", "want", "never"), FAMILIES_2,
                         ids=[c[0][:30] for c in FAMILIES_2])
def test_more_word_families(text: str, want: set[Edge], never: set[Edge]) -> None:
    check(text, want, never)


CARRIED = [
    # «they» in a quote: the last actor other than the speaker named before
    (('"Greece should stop the attacks now. They should return to negotiations," the '
     "Turkish minister said."),
     {("TUR", "urges_restraint", "GRC"), ("TUR", "calls_for_dialogue", "GRC")}, set()),
    # what a modal of obligation is for, said before its subject
    (("Russia said that in order to de-escalate the situation, Washington should stop arms "
     "deliveries."), {("RUS", "urges_restraint", "USA")}, set()),
    # an act noun as the object of a verb accuses the verb's subject
    ("Greece preferred provocations to dialogue, the Turkish minister said.",
     {("TUR", "accuses", "GRC")}, set()),
    # «a tendency of X to blame Y»: X does the blaming
    ("Kenya noted a tendency of Somalia to cast blame on Kenya.",
     {("SOM", "accuses", "KEN")}, {("KEN", "accuses", "KEN")}),
    # a regret about an act whose author the article named before
    ("Chile rejected the allegations made by Peru. Chile regrets the unfounded assertion.",
     {("CHL", "rejects", "PER"), ("CHL", "condemns", "PER")}, set()),
    # «noted that X and Y … in violation of»: the subjects of that clause
    ("Norway noted that Sudan and Chad have exchanged fire, in violation of the truce.",
     {("NOR", "accuses", "SDN"), ("NOR", "accuses", "TCD")}, set()),
]


@pytest.mark.parametrize(("text", "want", "never"), CARRIED, ids=[c[0][:30] for c in CARRIED])
def test_carried_references_and_clause_subjects(text: str, want: set[Edge],
                                                never: set[Edge]) -> None:
    check(text, want, never)


FAMILIES_3 = [
    ("Washington urged restraint on both Israel and Iran.",
     {("USA", "urges_restraint", "ISR"), ("USA", "urges_restraint", "IRN")}, set()),
    ("Beijing urged Manila to refrain from actions that could escalate tensions.",
     {("CHN", "urges_restraint", "PHL")}, {("CHN", "demands", "PHL")}),
    # an attack reported by a speaker is an accusation; in narration it is nobody's
    ("Azerbaijan's defence ministry said Armenian forces had opened fire on its positions.",
     {("AZE", "accuses", "ARM")}, set()),
    ("Israeli forces shelled the town on Monday.", set(), {("ISR", "accuses", "ISR")}),
    ("Blinken phoned Wang Yi on Monday.", {("USA", "holds_talks", "CHN")}, set()),
    ("Lavrov and Blinken spoke by phone on Friday.",
     {("RUS", "holds_talks", "USA"), ("USA", "holds_talks", "RUS")}, set()),
]


@pytest.mark.parametrize(("text", "want", "never"), FAMILIES_3,
                         ids=[c[0][:30] for c in FAMILIES_3])
def test_restraint_attacks_and_calls(text: str, want: set[Edge], never: set[Edge]) -> None:
    check(text, want, never)


PAIRS = [
    # «the two ministers discussed …»: both directions (rule 15), «discussed X» alone is not
    ("Lavrov met Fidan in Moscow. The two ministers discussed the war in Syria.",
     {("RUS", "holds_talks", "TUR"), ("TUR", "holds_talks", "RUS")}, set()),
    ("Fidan and Lavrov discussed bilateral relations.",
     {("RUS", "holds_talks", "TUR"), ("TUR", "holds_talks", "RUS")}, set()),
    ("Erdogan discussed the war in Syria.", set(), {("TUR", "holds_talks", "SYR")}),
]


@pytest.mark.parametrize(("text", "want", "never"), PAIRS, ids=[c[0][:30] for c in PAIRS])
def test_the_two_sides_discussed(text: str, want: set[Edge], never: set[Edge]) -> None:
    check(text, want, never)


ACCUSATIONS = [
    # a participle after the object has its own object
    ("Turkey strongly denounced the attack, blaming the PKK.", {("TUR", "accuses", "PKK")},
     set()),
    ("Damascus said Ankara was supporting terrorists.", {("SYR", "accuses", "TUR")}, set()),
    ("Iran said so. He described Israel's actions as genocide.", {("IRN", "accuses", "ISR")},
     set()),
]


@pytest.mark.parametrize(("text", "want", "never"), ACCUSATIONS,
                         ids=[c[0][:30] for c in ACCUSATIONS])
def test_accusations_by_label_and_participle(text: str, want: set[Edge],
                                             never: set[Edge]) -> None:
    check(text, want, never)


ATTRIBUTION = [
    ("According to the Egyptian foreign ministry, Israel must withdraw from the crossing.",
     {("EGY", "demands_withdrawal", "ISR")}, set()),
    ("Israel must withdraw from the crossing, according to Egypt.",
     {("EGY", "demands_withdrawal", "ISR")}, set()),
    # a second stance after a comma is not inside the object of the first
    (("Iran's foreign ministry spokesman condemned the US strikes, saying Washington bore full "
     "responsibility."), {("IRN", "condemns", "USA"), ("IRN", "accuses", "USA")}, set()),
]


@pytest.mark.parametrize(("text", "want", "never"), ATTRIBUTION,
                         ids=[c[0][:30] for c in ATTRIBUTION])
def test_attribution_by_according_to(text: str, want: set[Edge], never: set[Edge]) -> None:
    check(text, want, never)


FAMILIES_4 = [
    ("Iran said it would not hesitate to strike Israel.", {("IRN", "threatens", "ISR")}, set()),
    ("Iran did not threaten Israel.", set(), {("IRN", "threatens", "ISR")}),
    # a shared view without «with» is between the holders, not toward a topic's actor
    ("Kenya and Uganda are on the same page regarding Somalia.",
     {("KEN", "agrees_with", "UGA"), ("UGA", "agrees_with", "KEN")},
     {("KEN", "agrees_with", "SOM")}),
    ("Russia wants Ukraine to withdraw from Kursk.", {("RUS", "demands_withdrawal", "UKR")},
     set()),
    ("Egypt urged Ethiopia to return to negotiations.",
     {("EGY", "calls_for_dialogue", "ETH")}, {("EGY", "demands", "ETH")}),
    ("France urged Serbia to halt its attacks.", {("FRA", "urges_restraint", "SRB")},
     {("FRA", "demands", "SRB")}),
]


@pytest.mark.parametrize(("text", "want", "never"), FAMILIES_4,
                         ids=[c[0][:30] for c in FAMILIES_4])
def test_threat_agreement_and_appeal_families(text: str, want: set[Edge],
                                              never: set[Edge]) -> None:
    check(text, want, never)


ACT_NOUNS = [
    ("Russia said so. It cited Washington's continued involvement in hostilities.",
     {("RUS", "accuses", "USA")}, set()),
    ("Russia said so. The envoy was told about the aggressive course of the United States.",
     {("RUS", "condemns", "USA")}, set()),
    # inside the object of another stance the label adds no second type (rule 21)
    ("China accused the US of hypocrisy.", {("CHN", "accuses", "USA")},
     {("CHN", "condemns", "USA")}),
]


@pytest.mark.parametrize(("text", "want", "never"), ACT_NOUNS, ids=[c[0][:30] for c in ACT_NOUNS])
def test_act_nouns_with_their_authors(text: str, want: set[Edge], never: set[Edge]) -> None:
    check(text, want, never)


COORDINATED_OBJECTS = [
    # «gratitude to X for …, and to Y for …»: both are thanked; «the talks» hosted are no
    # talks of the host's own
    (("Chile and Peru expressed their gratitude to Brazil for hosting the talks, and to the "
     "Argentine leaders and government for their support."),
     {("CHL", "welcomes", "BRA"), ("PER", "welcomes", "ARG"), ("BRA", "mediates", "CHL")},
     {("BRA", "holds_talks", "PER")}),
    ("Macron spoke to Zelensky on Tuesday.", {("FRA", "holds_talks", "UKR")}, set()),
]


@pytest.mark.parametrize(("text", "want", "never"), COORDINATED_OBJECTS,
                         ids=[c[0][:30] for c in COORDINATED_OBJECTS])
def test_coordinated_objects(text: str, want: set[Edge], never: set[Edge]) -> None:
    check(text, want, never)


BLOCS = [
    # a bloc named before its members are listed: the members the article lists
    (("Kuwait asked Chad and two other countries to wait. Chad, Niger and Mali cut ties with "
     "Algeria."), {("KWT", "demands", "TCD"), ("KWT", "demands", "NER"),
                  ("KWT", "demands", "MLI")}, set()),
]


@pytest.mark.parametrize(("text", "want", "never"), BLOCS, ids=[c[0][:30] for c in BLOCS])
def test_bloc_named_before_its_members(text: str, want: set[Edge], never: set[Edge]) -> None:
    check(text, want, never)


ANAPHORA = [
    # «these demands» refers back to the demands the article reported; an act said to
    # infringe the holder's sovereignty accuses their authors
    (("Chad, Niger and Mali gave Algeria an ultimatum. Algeria said these demands are meant "
     "to infringe the sovereignty of Algeria."),
     {("TCD", "demands", "DZA"), ("DZA", "accuses", "NER")}, {("DZA", "demands", "DZA")}),
]


@pytest.mark.parametrize(("text", "want", "never"), ANAPHORA, ids=[c[0][:30] for c in ANAPHORA])
def test_act_anaphora(text: str, want: set[Edge], never: set[Edge]) -> None:
    check(text, want, never)

"""English constructions traced in fresh7_en (12 articles written for the project, scored
unseen in the evening session of 2026-12-05 and developed against from the session of
2026-12-05 night), each tested on sentences written for this file.

- «The Parties reaffirmed …», «the Sides», «The Heads of State held talks»: the defined terms
  a joint statement capitalises are the two who issue it (the pair its visit or title names),
  not the sides of a conflict (rule 12 stays for «the parties» in lower case); not after or
  before «of» («the Conference of the Parties», «the Presidents of Venezuela and Guyana»).
- «Sayyid Badr», «Prince Faisal», «Sheikh Mohammed»: after an official is named, a style and
  the given name alone name the same official (not before: nobody is named yet).
- «between US forces and Ansar Allah», «between Thai forces and Cambodian troops»: each side
  is the actor before its forces; «… . Oman called on all parties to exercise restraint»: the
  conflict «all parties» refers to is the one the sentence before named, ahead of the
  article's most named pair (rule 12).
- «called on the parties concerned to exercise restraint»: «concerned» inside the reference to
  the parties is no concern, and leaves the call its content.
- «to exercise restraint, avoid actions that may escalate tensions, and address each other's
  concerns through meaningful dialogue»: a list of things asked runs on past its «and».
- «Will President Xi meet the Philippine President at the APEC meeting?», «Did China urge Russia
  to stop the war?»: a question asks and states no stance (also «؟» in Arabic).
- «rejected the ECOWAS threat to use force», «the Qatari mediation»: a threat, warning,
  accusation, condemnation or mediation noun after an article and an actor is that actor's,
  as an appeal's noun was («the US demand»).
- «to facilitate a dialogue between ECOWAS and the military authorities in Niamey»: a side
  named by its government's seat; an offer to facilitate talks between others mediates even
  when only one side maps to an actor (rule 12: one edge per side that maps).
- «commend the role of the Federative Republic of Brazil in facilitating contacts between
  Caracas and Georgetown»: the one whose role it is mediates, as with «Brazil's role in».
- «called on Belgrade and Pristina to return to the EU-facilitated dialogue»: a participle
  joined by a hyphen is a modifier and starts no clause (the call keeps its content), and those
  asked to talk are the parties of the talks the mediator facilitates (rule 16).
- «warned Ethiopia against steps which threaten its water security»: a relative clause after
  a common noun has no actor for subject («threaten» there is «endanger»); «diplomats expect
  Turkey to …»: unnamed diplomats, analysts or observers are no actor either.
- «condemned the overnight strike on a warehouse, which it blamed on Israel», «condemned a drone
  strike …, and its Defence Ministry held the SDF responsible for the attack» (and Arabic, in
  tests/test_arabic_phenomena10.py): a condemnation of an act with no author named, beside the same
  holder's accusation in the sentence, is of the accused (rule 11).
- «said it would "respond decisively" to any attack by Greece»: a quotation mark inside a
  phrase of the lexicon does not break it (every phrase table, both languages); nor does an
  intensifier («will pay a very heavy price»; phrase_inserts as data).
- Rule 13: «"If Hezbollah tries to rebuild its forces …, we will act with full force"», «If Iran
  attacks, Israel will retaliate»: a conditional threat that names no one threatens the actor
  its condition names (also «إذا حاول حزب الله …» in Arabic); not a positive step («if Damascus
  takes a positive step, Ankara will respond in kind»).
- «The three countries signed a memorandum …», «The three Presidents …» after «Brazil, Colombia
  and Mexico»: a reference to the sides that counts three or more is the last list of that
  many, not the last pair; «We agree to work together» is cooperation among «we» (rule 23).
- «We do not accept Japan's so-called protest», «Israel did not accept the Egyptian proposal»:
  a verb that is a stance only under a negation (litotes; the lexicon's requires_negation,
  every form from lemminflect) is a rejection; «accepted the offer» is none.
- «lodged a strong protest over four China Coast Guard ships …», «filed a protest»: a formal
  protest condemns (CAMEO 111).
- «The two countries agreed to halt all firing»: a truce the sides agree between them is an
  agreement reached, cooperation both ways (rule 23; held already, kept as a guard).
- A reactions roundup whose paragraphs open with their actor's name in capitals («PAKISTAN - The
  foreign office accused …»): the label's state speaks for the paragraph's bare titles, not
  the actor of the paragraph before.
- «We reject the groundless accusations in the US statement»: a name before an act or document
  noun after «in the» is that act's author, no place.
- «called on the military authorities in Niamey to release …», «the transitional government in
  Bamako»: the state seated there is the addressee; «rejected the junta's demand» names the
  demand's owner, not the article's last demander.
- «During the call, the two ministers reviewed the close relations … and affirmed their
  keenness to broaden cooperation»: «the two … reviewed» is talks both ways (rule 15), and
  keenness, eagerness and determination are readiness (every lemminflect form).
- «Turkey stands firmly behind Azerbaijan», «stood "fully behind" its neighbour»: standing
  behind or with is support (every lemminflect form; «fully», «firmly» inside a phrase); the
  verb after «and» has its own object («… its neighbour and accused Russia of …»).
"""

from __future__ import annotations

import pytest

from tests.edge_cases import Edge, edges_en

JOINT = ("Joint Statement of the Kingdom of Morocco and the Republic of Senegal\n\n"
         "The President of the Republic of Senegal paid an official visit to the Kingdom of "
         "Morocco on 3-4 March 2025.\n\n")

CASES: list[tuple[str, str, set[Edge]]] = [
    ("the_parties_of_a_joint_statement",
     JOINT + "The Parties reaffirmed their support for the territorial integrity of Mali.",
     {("MAR", "affirms_sovereignty", "MLI"), ("SEN", "affirms_sovereignty", "MLI")}),
    ("the_sides_of_a_joint_statement",
     JOINT + "The Sides called on Algeria to engage in dialogue.",
     {("MAR", "calls_for_dialogue", "DZA"), ("SEN", "calls_for_dialogue", "DZA")}),
    ("the_heads_of_state_held_talks",
     JOINT + "The Heads of State held talks in an atmosphere of mutual trust.",
     {("MAR", "holds_talks", "SEN"), ("SEN", "holds_talks", "MAR")}),
    ("the_parties_in_lower_case_are_a_conflict_s_sides",
     ("The UN envoy called on the parties to exercise restraint after fresh clashes between "
      "Armenia and Azerbaijan."),
     {("UN", "urges_restraint", "ARM"), ("UN", "urges_restraint", "AZE")}),
    ("a_style_and_the_given_name_in_a_readout",
     ("Muscat, 3 May 2025 - Ministry of Foreign Affairs\n\n"
      "His Excellency Sayyid Badr bin Hamad Albusaidi, Minister of Foreign Affairs, received a "
      "telephone call from His Excellency Abbas Araghchi, Minister of Foreign Affairs of Iran. "
      "The two ministers reviewed bilateral relations. Sayyid Badr reiterated the Sultanate's "
      "readiness to facilitate dialogue between Iran and the United States."),
     {("OMN", "holds_talks", "IRN"), ("IRN", "holds_talks", "OMN"), ("OMN", "mediates", "IRN"),
      ("OMN", "mediates", "USA")}),
    ("a_given_name_before_anyone_is_named",
     "Prince Faisal called on Israel to stop its attacks on Gaza.",
     set()),
    ("sides_named_with_their_forces",
     ("Qatar voiced concern over clashes between Thai forces and Cambodian troops along the "
      "border. Qatar called on both sides to exercise restraint."),
     {("QAT", "expresses_concern", "THA"), ("QAT", "expresses_concern", "KHM"),
      ("QAT", "urges_restraint", "THA"), ("QAT", "urges_restraint", "KHM")}),
    ("all_parties_of_the_conflict_just_named",
     ("Iran rejected the new US sanctions and demanded that Washington lift them. Iran said "
      "Washington must first end its maximum pressure. The ministers then discussed the "
      "exchange of attacks between US forces and Ansar Allah in Yemen. Oman called on all "
      "parties to exercise maximum restraint."),
     {("IRN", "rejects", "USA"), ("IRN", "demands", "USA"), ("OMN", "urges_restraint", "USA"),
      ("OMN", "urges_restraint", "HOUTHIS")}),
    ("the_parties_concerned_are_no_concern",
     ("Clashes erupted between Azerbaijan and Armenia. Kazakhstan called on the parties "
      "concerned to exercise restraint."),
     {("KAZ", "urges_restraint", "AZE"), ("KAZ", "urges_restraint", "ARM")}),
    ("a_list_of_things_asked_runs_past_its_and",
     ("Russia called on Serbia and Kosovo to exercise restraint, refrain from steps that "
      "could inflame the situation, and settle their disputes through political dialogue."),
     {("RUS", "urges_restraint", "SRB"), ("RUS", "urges_restraint", "XKX"),
      ("RUS", "calls_for_dialogue", "SRB"), ("RUS", "calls_for_dialogue", "XKX")}),
    ("a_question_states_no_meeting",
     "Will the Turkish president meet his Syrian counterpart in Moscow next month?",
     set()),
    ("a_question_states_no_appeal_the_answer_does",
     ("Reporter: Did China urge Russia to stop the war? Spokesperson: China has always called "
      "on Russia and Ukraine to resume talks."),
     {("CHN", "calls_for_dialogue", "RUS"), ("CHN", "calls_for_dialogue", "UKR")}),
    ("the_threat_of_the_actor_before_the_noun",
     "Algeria rejected the ECOWAS threat to use force against Niger.",
     {("DZA", "rejects", "ECOWAS"), ("ECOWAS", "threatens", "NER")}),
    ("the_mediation_of_the_actor_before_the_noun",
     "Egypt welcomed the Qatari mediation between Israel and Hamas.",
     {("EGY", "welcomes", "QAT"), ("QAT", "mediates", "ISR"), ("QAT", "mediates", "HAMAS")}),
    ("a_side_named_by_its_seat",
     "Algeria offered to facilitate a dialogue between ECOWAS and the military authorities in Niamey.",
     {("DZA", "mediates", "ECOWAS"), ("DZA", "mediates", "NER")}),
    ("an_offer_to_facilitate_talks_with_one_side_known",
     ("Algeria offered to facilitate a dialogue between ECOWAS and the rebels, its foreign "
      "minister said."),
     {("DZA", "mediates", "ECOWAS")}),
    ("the_role_of_a_state_in_facilitating",
     "Egypt praised the role of Qatar in brokering the truce between Israel and Hamas.",
     {("EGY", "welcomes", "QAT"), ("QAT", "mediates", "ISR"), ("QAT", "mediates", "HAMAS")}),
    ("the_role_of_the_republic_in_facilitating",
     ("Colombia and Mexico commend the role of the Federative Republic of Brazil in "
      "facilitating contacts between Caracas and Georgetown."),
     {("COL", "welcomes", "BRA"), ("MEX", "welcomes", "BRA"), ("BRA", "mediates", "VEN"),
      ("BRA", "mediates", "GUY")}),
    ("the_eu_facilitated_dialogue",
     "Germany called on Belgrade and Pristina to return to the EU-facilitated dialogue.",
     {("DEU", "calls_for_dialogue", "SRB"), ("DEU", "calls_for_dialogue", "XKX"),
      ("EU", "mediates", "SRB"), ("EU", "mediates", "XKX")}),
    ("the_qatar_brokered_talks",
     "The UN urged Israel and Hamas to return to the Qatar-brokered talks.",
     {("UN", "calls_for_dialogue", "ISR"), ("UN", "calls_for_dialogue", "HAMAS"),
      ("QAT", "mediates", "ISR"), ("QAT", "mediates", "HAMAS")}),
    ("no_mediation_initiative_announced",
     ("Ankara, which has close ties to both, has not so far announced any initiative to "
      "mediate between Ethiopia and Somalia."),
     set()),
    ("steps_which_threaten_are_no_threat",
     "Egypt warned Ethiopia against steps which threaten its water security.",
     {("EGY", "warns", "ETH")}),
    ("unnamed_diplomats_are_no_actor",
     ("Azerbaijan signed the deal. Should the treaty be signed, diplomats expect Turkey to "
      "open its border with Armenia within months."),
     set()),
    ("the_strike_it_blamed_on_israel",
     ("Syria's government condemned the overnight strike on a depot near Homs, which it "
      "blamed on Israel."),
     {("SYR", "condemns", "ISR"), ("SYR", "accuses", "ISR")}),
    ("the_attack_held_against_its_author",
     ("Iraq condemned a drone strike on a checkpoint near Erbil, and its foreign ministry held "
      "Turkey responsible for the attack."),
     {("IRQ", "condemns", "TUR"), ("IRQ", "accuses", "TUR")}),
    ("a_quotation_mark_inside_a_phrase",
     'Turkey said it would "respond decisively" to any attack by Greece.',
     {("TUR", "threatens", "GRC")}),
    ("an_intensifier_inside_a_phrase",
     'The Iranian foreign minister said Israel "will pay a very heavy price" for the strike.',
     {("IRN", "threatens", "ISR")}),
    ("a_conditional_threat_threatens_the_one_the_condition_names",
     ('"If Hezbollah tries to rebuild its forces south of the Litani, we will act with full '
      'force," the Israeli defence minister said.'),
     {("ISR", "threatens", "HEZBOLLAH")}),
    ("if_iran_attacks_israel_will_retaliate",
     "If Iran attacks, Israel will retaliate, the Israeli prime minister warned.",
     {("ISR", "threatens", "IRN")}),
    ("a_positive_step_is_no_threat",
     "If Damascus takes a positive step, Ankara will respond in kind, a Turkish official said.",
     set()),
    ("the_three_countries_are_the_last_three",
     ("The presidents of Brazil, Colombia and Mexico met in Bogota. The three countries "
      "signed a memorandum of understanding on the Amazon."),
     {(a, "holds_talks", b) for a in ("BRA", "COL", "MEX") for b in ("BRA", "COL", "MEX")
      if a != b} |
     {(a, "expresses_intent_to_cooperate", b) for a in ("BRA", "COL", "MEX")
      for b in ("BRA", "COL", "MEX") if a != b}),
    ("we_agree_to_work_together",
     ("Chile, Peru and Ecuador met in Lima. We agree to work together so that the next "
      "summit addresses the protection of fisheries."),
     {(a, k, b) for a in ("CHL", "PER", "ECU") for b in ("CHL", "PER", "ECU") if a != b
      for k in ("holds_talks", "expresses_intent_to_cooperate")}),
    ("did_not_accept_is_a_rejection",
     "Israel did not accept the Egyptian proposal.",
     {("ISR", "rejects", "EGY")}),
    ("accepted_is_no_rejection",
     "Iran accepted the Omani offer.",
     set()),
    ("a_protest_lodged_condemns",
     "Japan said it lodged a strong protest over four Chinese coast guard ships near the islands.",
     {("JPN", "condemns", "CHN")}),
    ("a_truce_agreed_between_the_sides",
     ("Thailand and Cambodia announced a ceasefire understanding on Saturday. The two "
      "countries agreed to halt all firing along the border."),
     {("THA", "expresses_intent_to_cooperate", "KHM"),
      ("KHM", "expresses_intent_to_cooperate", "THA")}),
    ("a_roundup_paragraph_label_names_its_speaker",
     ("ANKARA/ATHENS, May 3, 2025 (Wire) -\n\nREACTIONS: Aegean incident between Greece and "
      "Turkey\n\n"
      "UNITED STATES - The State Department urged both countries to show restraint.\n\n"
      "GREECE - The foreign ministry accused Turkey of violating Greek airspace and demanded "
      "that Ankara respect international law."),
     {("USA", "urges_restraint", "GRC"), ("USA", "urges_restraint", "TUR"),
      ("GRC", "accuses", "TUR"), ("GRC", "demands", "TUR")}),
    ("the_accusations_in_the_us_statement",
     "China said: We reject the groundless accusations in the US statement.",
     {("CHN", "rejects", "USA")}),
    ("the_situation_in_a_state_is_still_a_place",
     "Qatar voiced concern over the situation in the United States.",
     set()),
    ("the_military_authorities_in_a_capital",
     "The UN called on the military authorities in Niamey to release the detained President.",
     {("UN", "demands", "NER")}),
    ("the_transitional_government_in_a_capital",
     "The African Union called on the transitional government in Bamako to hold elections.",
     {("AU", "demands", "MLI")}),
    ("the_owner_of_a_rejected_demand_is_named",
     ("The UN called on the authorities in Niamey to free the President. France rejected the "
      "junta's demand that its troops leave."),
     {("UN", "demands", "NER")}),
    ("the_two_ministers_reviewed_and_were_keen",
     ("The Kuwaiti foreign minister received a call from his Omani counterpart. During the call, "
      "the two ministers reviewed bilateral relations and affirmed their keenness to broaden "
      "cooperation in trade."),
     {("KWT", "holds_talks", "OMN"), ("OMN", "holds_talks", "KWT"),
      ("KWT", "expresses_intent_to_cooperate", "OMN"),
      ("OMN", "expresses_intent_to_cooperate", "KWT")}),
    ("standing_firmly_behind",
     "Turkey stands firmly behind Azerbaijan.",
     {("TUR", "expresses_support", "AZE")}),
    ("support_stops_at_the_next_verb",
     ('Sweden stood "fully behind" its neighbour and accused Russia of waging hybrid warfare '
      "against the Nordic region."),
     {("SWE", "accuses", "RUS")}),
    ("not_standing_idly_by_is_no_support",
     "Egypt said it would not stand idly by.",
     set()),
]


@pytest.mark.parametrize(("case", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_phenomenon(case: str, text: str, expected: set[Edge]) -> None:
    assert edges_en(text) == expected

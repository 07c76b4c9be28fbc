"""English constructions traced in fresh19_en and fresh20_en (24 articles written for the
project by helpers who read only the ontology and the gazetteer ids, scored blind in the fifth
session of 2026-12-06 and traced in the sixth), each tested on sentences written for this file.

- Consequences: «warned the group's leaders that they would bear the consequences», «Israel
  would face severe consequences» do not say what the consequences are, so they are a warning,
  not a threat of force (rule 14; cue en.warns.consequences), as five independent annotators
  read them; «will pay a heavy price» stays a threat.
- «would be met with the full force of Libyan law»: the law, courts or a prosecution after a
  threat phrase make it a non-military warning (words nonmilitary_measures).
- Calls that limit military action (rule 20): «to stop all military actions», «to avoid harm
  to civilians during its operations», «not to use the attack as a pretext for military
  action» are urges_restraint whatever the verb (content urges_restraint).
- Drafts and their sponsors (rule 22): «a draft resolution put forward by France and Norway
  that called on …», «a draft, proposed by Britain, which would have demanded …»: the verb
  after the sponsors states their stance, not the vetoing or reporting subject's (words
  draft_nouns, drafter_words).
- Mediation by bringing the sides together (rule 16): «to bring Ethiopia and Eritrea to the same
  table», «bring X and Y together» (cue en.mediates.gather; the sides are its object), and
  talks «co-chaired by France and the United States», «will co-chair the next round of talks
  between …» (cues en.mediates.chair, en.mediates.chaired; «chair» alone is too often a noun).
- «Guterres said he will continue his efforts to mediate between …»: whoever makes their own
  efforts (his, her, its, their) is the subject of the verb before them.
- Refusals without «reject» (rule 21): «declined an Algerian invitation», «blocked a Russian
  draft statement» reject their author (rule 11; cue en.rejects.decline); «declined to comment
  on the proposal» and «blocked the aid convoy» do not (words object_only_cues).
- Bare titles: «Prime Minister Mohammed Shia al-Sudani», «Saudi Crown Prince …», «the Kenyan
  president» named once make a later «the prime minister's pledge», «met the crown prince»
  that official's actor (words bare_titles); not when officials of two actors had the title,
  nor «the president of the Commission».
- Advice is an appeal: «China advised Washington to stop …» (cue en.appeal.advise); «advised
  its citizens against travel to Lebanon» names no addressee.
- Summits: «the Arab summit», «the Gulf summit» are the organisation that holds them, and a
  later «the summit» that speaks is that organisation (words summit_words); «at the summit» is
  where, no actor.
- Victims of killing and abduction (rule 11): «condemned the killing of Iranian diplomats» is
  no condemnation of Iran (words harm_nouns); and «urged Turkey to end it» after «the
  offensive» asks to end the act of force, so it is urges_restraint (rule 20).
- «The commander of the Iranian navy said …», «the commander of the Revolutionary Guards»: a
  commander is a title (words title_heads), and the Revolutionary Guards (IRGC, «الحرس
  الثوري») speak for Iran (gazetteer seats, rule 5); «will meet "a crushing response"» is no
  meeting (words met_obligations).
- Invitations typed by what they ask (rule 10): «invited Algeria's leaders to open a dialogue»,
  «invited Algeria to a dialogue» call for dialogue; «invited the Syrian president to visit
  Cairo» stays an offer to meet (words invitation_cues).
- «Saudi Arabia condemned the Turkish offensive. Bahrain and the UAE issued similar
  condemnations»: a stance noun after «similar», «the same» is toward whom the sentence before
  took that stance (words likeness_words).
- Rule 24 in one sentence: «Blinken says he spoke with the prime minister and urged an end to
  the fighting»: a call with no addressee made in the conversation the same sentence reports,
  naming no one else, is to the other side.
"""

from __future__ import annotations

import pytest

from tests.edge_cases import Edge, edges_en

FILLER = "\n\nFurther details were not immediately available on Sunday evening, the report said."

CASES: list[tuple[str, str, set[Edge]]] = [
    ("bearing_the_consequences_is_a_warning",
     ("Britain and France warned Iran that it would bear the consequences if the seizures of "
      "tankers continued." + FILLER),
     {("GBR", "warns", "IRN"), ("FRA", "warns", "IRN")}),
    ("facing_severe_consequences_is_a_warning",
     "Japan said North Korea would face severe consequences for the launch." + FILLER,
     {("JPN", "warns", "PRK")}),
    ("a_heavy_price_stays_a_threat",
     "Iran said Israel would pay a heavy price for the assassination." + FILLER,
     {("IRN", "threatens", "ISR")}),
    ("the_full_force_of_the_law_is_a_warning",
     ("The Greek minister warned Ankara that further incursions would be met with \"the full "
      "force of international law\"." + FILLER),
     {("GRC", "warns", "TUR")}),
    ("a_crushing_response_stays_a_threat",
     ("The Greek minister warned Ankara that further incursions would be met with a crushing "
      "response." + FILLER),
     {("GRC", "threatens", "TUR")}),
    ("stopping_military_actions_is_restraint",
     "The Secretary-General urged India and Pakistan to stop all military actions." + FILLER,
     {("UN", "urges_restraint", "IND"), ("UN", "urges_restraint", "PAK")}),
    ("avoiding_harm_to_civilians_is_restraint",
     ("Baghdad called on Ankara to avoid harming civilians during its operations in the north "
      "of the country." + FILLER),
     {("IRQ", "urges_restraint", "TUR")}),
    ("no_pretext_for_military_action_is_restraint",
     ("Beijing urged Washington not to use the incident as a pretext for military action "
      "against Venezuela." + FILLER),
     {("CHN", "urges_restraint", "USA")}),
    ("military_action_asked_for_is_no_restraint",
     "Kyiv urged NATO to take military action against the drones." + FILLER,
     {("UKR", "demands", "NATO")}),
    ("a_vetoed_draft_and_its_sponsors",
     ("China vetoed a draft resolution put forward by France and Norway that called on "
      "Ethiopia and Eritrea to cease hostilities immediately." + FILLER),
     {("CHN", "rejects", "FRA"), ("CHN", "rejects", "NOR"),
      ("FRA", "urges_restraint", "ETH"), ("FRA", "urges_restraint", "ERI"),
      ("NOR", "urges_restraint", "ETH"), ("NOR", "urges_restraint", "ERI")}),
    ("a_proposed_draft_after_a_comma",
     ("The draft, proposed by Britain, would have demanded that Ethiopia withdraw its troops "
      "from the border area." + FILLER),
     {("GBR", "demands_withdrawal", "ETH")}),
    ("bringing_two_states_to_the_same_table",
     ("The UN envoy said he would continue his efforts to bring Ethiopia and Eritrea to the same "
      "table." + FILLER),
     {("UN", "mediates", "ETH"), ("UN", "mediates", "ERI")}),
    ("bringing_a_delegation_together_is_no_mediation",
     "The meeting will bring together ministers from Egypt, Jordan and Iraq." + FILLER,
     set()),
    ("continuing_ones_own_efforts_to_mediate",
     ("Guterres said he will continue his efforts to mediate between Ethiopia and Eritrea."
      + FILLER),
     {("UN", "mediates", "ETH"), ("UN", "mediates", "ERI")}),
    ("talks_co_chaired_by_two_states",
     ("The Geneva talks, in which Georgia and Russia take part, are co-chaired by the EU, the UN "
      "and the OSCE." + FILLER),
     {(h, "mediates", t) for h in ("EU", "UN", "OSCE") for t in ("GEO", "RUS")}),
    ("a_chair_s_statement_is_no_mediation",
     ("ASEAN foreign ministers, meeting in Jakarta on Monday, were cautious. Their chair's "
      "statement called on both China and Vietnam to exercise self-restraint." + FILLER),
     {("ASEAN", "urges_restraint", "CHN"), ("ASEAN", "urges_restraint", "VNM")}),
    ("declining_an_invitation",
     "Rabat declined an Algerian invitation to join the new grouping." + FILLER,
     {("MAR", "rejects", "DZA")}),
    ("blocking_a_draft_statement",
     ("China and Russia blocked a British draft statement on the shelling of the camp."
      + FILLER),
     {("CHN", "rejects", "GBR"), ("RUS", "rejects", "GBR")}),
    ("declining_to_comment_is_no_refusal",
     "The ministry declined to comment on the Russian proposal." + FILLER,
     set()),
    ("blocking_a_convoy_is_no_refusal",
     "Israel blocked the aid convoy at the crossing for a third day." + FILLER,
     set()),
    ("a_bare_prime_minister_after_his_name",
     ("When Prime Minister Mohammed Shia al-Sudani announced the committee, few expected it. "
      "Blinken spoke to al-Sudani by phone on Sunday and welcomed the prime minister's pledge "
      "to protect foreign embassies." + FILLER),
     {("USA", "holds_talks", "IRQ"), ("USA", "welcomes", "IRQ")}),
    ("a_bare_crown_prince_after_his_state",
     ("President Ebrahim Raisi arrived in Riyadh for a summit hosted by Saudi Crown Prince "
      "Mohammed bin Salman. Raisi met the crown prince on the sidelines of the summit."
      + FILLER),
     {("IRN", "holds_talks", "SAU")}),
    ("a_title_two_states_had_is_no_one",
     ("The Kenyan president and the Ugandan president arrived in Juba on Monday. Egypt "
      "welcomed the president's visit." + FILLER),
     set()),
    ("advising_a_state_is_an_appeal",
     "China advised Tokyo to stop interfering in the Taiwan question." + FILLER,
     {("CHN", "demands", "JPN")}),
    ("advising_citizens_names_no_addressee",
     "The UAE had advised its citizens against travel to Lebanon since 2021." + FILLER,
     set()),
    ("an_arab_summit_and_its_bare_summit",
     ("The Arab summit opened in Algiers on Tuesday. The summit welcomed the Egyptian plan "
      "for Gaza." + FILLER),
     {("ARL", "welcomes", "EGY")}),
    ("the_victims_of_a_killing_are_no_target",
     "Qatar condemned the killing of Iranian diplomats in Kabul." + FILLER,
     set()),
    ("ending_it_after_an_offensive_is_restraint",
     ("France and Germany condemned the offensive, and the German foreign minister urged "
      "Turkey to end it." + FILLER),
     {("FRA", "condemns", "TUR"), ("DEU", "condemns", "TUR"),
      ("DEU", "urges_restraint", "TUR")}),
    ("a_navy_commander_speaks_for_his_state",
     ("The commander of the Iranian navy said any British attempt to retake the ship would be "
      "met with a crushing response." + FILLER),
     {("IRN", "threatens", "GBR")}),
    ("the_revolutionary_guards_speak_for_iran",
     ("The commander of the Revolutionary Guards said any American attempt to seize the "
      "tanker would be met with a crushing response." + FILLER),
     {("IRN", "threatens", "USA")}),
    ("meeting_a_crushing_response_is_no_meeting",
     ("Tehran vowed that any Israeli strike will meet \"a crushing response\" from its "
      "forces." + FILLER),
     {("IRN", "threatens", "ISR")}),
    ("an_invitation_to_a_dialogue",
     ("King Mohammed VI invited Algeria's leaders to open a dialogue without conditions."
      + FILLER),
     {("MAR", "calls_for_dialogue", "DZA")}),
    ("an_invitation_to_visit",
     "Egypt invited the Syrian president to visit Cairo next month." + FILLER,
     {("EGY", "expresses_intent_to_meet", "SYR")}),
    ("similar_condemnations",
     ("Saudi Arabia condemned the Turkish offensive in northeast Syria. Bahrain and Kuwait "
      "issued similar condemnations." + FILLER),
     {("SAU", "condemns", "TUR"), ("BHR", "condemns", "TUR"), ("KWT", "condemns", "TUR")}),
    ("a_call_in_the_conversation_of_the_same_sentence",
     ("Prime Minister Abiy Ahmed will receive three envoys on Friday. Blinken says he spoke "
      "with the prime minister on Wednesday and urged an end to the fighting." + FILLER),
     {("USA", "holds_talks", "ETH"), ("USA", "urges_restraint", "ETH")}),
    ("a_victim_after_a_place_a_time_and_a_title",
     ("Iranian Foreign Minister Abbas Araghchi spoke by phone with his Iraqi counterpart Fuad "
      "Hussein on Tuesday. The two ministers condemned the assassination in Tehran last month "
      "of the head of Hamas's political bureau and held Israel responsible for the crime."
      + FILLER),
     {("IRN", "holds_talks", "IRQ"), ("IRN", "condemns", "ISR"), ("IRQ", "condemns", "ISR"),
      ("IRN", "accuses", "ISR"), ("IRQ", "accuses", "ISR")}),
    ("the_author_of_a_killing_after_by",
     "Jordan condemned the killing of civilians by Israeli forces in Jenin." + FILLER,
     {("JOR", "condemns", "ISR")}),
    ("a_call_that_singles_out_one_addressee",
     ("The Lebanese president called on all political parties, in particular Hezbollah, to "
      "hand over their weapons to the army." + FILLER),
     {("LBN", "demands", "HEZBOLLAH")}),
    ("a_call_for_its_reversal",
     ("The Security Council condemned the Turkish decision to reopen Varosha and called for "
      "its immediate reversal." + FILLER),
     {("UNSC", "condemns", "TUR"), ("UNSC", "demands", "TUR")}),
    ("a_call_for_the_reversal_of_a_states_decision",
     "Egypt called for the reversal of the Israeli decision." + FILLER,
     {("EGY", "demands", "ISR")}),
    ("halting_a_discharge_is_a_demand",
     "China urged Tokyo to halt the discharge of treated water without delay." + FILLER,
     {("CHN", "demands", "JPN")}),
    ("halting_settlement_activity_is_a_demand",
     "Jordan called on Israel to halt settlement activity in the West Bank." + FILLER,
     {("JOR", "demands", "ISR")}),
    ("a_halt_to_military_operations_is_restraint",
     ("Jordan called for an immediate halt to Israel's military operations in Gaza."
      + FILLER),
     {("JOR", "urges_restraint", "ISR")}),
    ("settling_through_consultation_is_dialogue",
     ("China encouraged Kenya and Uganda to settle the matter through consultation."
      + FILLER),
     {("CHN", "calls_for_dialogue", "KEN"), ("CHN", "calls_for_dialogue", "UGA")}),
    ("a_threat_phrase_after_with_is_the_verbs_own",
     "Iran threatened Israel with a crushing response." + FILLER,
     {("IRN", "threatens", "ISR")}),
    ("the_state_interfered_with_is_no_target",
     ("The Jordanian side reaffirmed its rejection of any interference in Syria's internal "
      "affairs." + FILLER),
     set()),
    ("an_end_to_cross_border_strikes",
     "Kabul also called on Pakistan to put an end to cross-border strikes." + FILLER,
     {("AFG", "urges_restraint", "PAK")}),
    ("keeping_a_conflict_away_from_civilians",
     ("Iraq urged both Turkey and the PKK to keep their conflict away from civilian areas."
      + FILLER),
     {("IRQ", "urges_restraint", "TUR"), ("IRQ", "urges_restraint", "PKK")}),
]


@pytest.mark.parametrize(("case", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_phenomenon(case: str, text: str, expected: set[Edge]) -> None:
    assert edges_en(text) == expected

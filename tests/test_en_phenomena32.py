"""English constructions traced in the seventeenth session of 2026-12-07 (the blind sets written
during the session and the untraced sets of the sessions before), each tested on sentences
written for this file.

- Rule 4: «France, Germany and Italy welcomed the agreement, commended the UN's facilitation and
  called on …»: a verb after a comma that follows the series' first verb shares that verb's
  whole list of subjects, not only the list's first name (the comma after «France» opens no
  apposition); a relative clause before the list («ECOWAS, which Mali and Niger said they
  would leave, called on …») keeps its own reading.
- Rule 26: «Russia and Ukraine agreed to exchange prisoners» is mutual, but a list that pledges,
  offers or agrees to something typed as no mutual stance («Canada, Japan and the Netherlands
  pledged to enforce the sanctions») does not take its own members for targets.
- Rule 5: «Libya's legitimate authorities» and then «called on the new interim executive to
  …», «ready to work with the new authorities»: a government the article named with its state
  (words new_ruler_nouns, now with «executive»; past the modifiers «legitimate», «interim»,
  «incoming» of words regime_modifiers) stands for that state when it comes back bare after
  «new», «interim» or «transitional», also as the addressee of an appeal.
- «President el-Sisi received … . In this context, His Excellency called on the Israeli side
  to …»: «His Excellency», «Her Majesty» (words honorific_nouns after personal_possessives) as
  a subject are the official the readout is about, like «he».
- Rules 10, 12: «stressed the importance of dialogue between Russia and Ukraine», «the need
  for restraint»: a call named by what it asks right after «the need for», «the necessity of»,
  «the importance of» (cue en.appeal.need.content), with no addressee, goes to the sides; not
  «the importance of the dialogue between Tehran and Riyadh, which Baghdad hosted» (support
  for talks going on, rule 23).
- Rules 12, 17: «stressed the importance of dialogue in resolving the region's crises»: a call
  or concern about a region's crises, conflicts or disputes (words region_trouble_nouns next to
  region_words) is a topic and borrows no sides from the conflict the article reports.
- «Kazakhstan urged Armenia to pull back, and Georgia expressed concern»: a verb of saying
  after a name that «, and» opens starts a new clause, so what the verb before asked ends
  there; «talks between Moscow and Kyiv, and Austria said …»: a comma before a later «and»
  after a pair joined by «and» is no list's, so the new subject is the name after it alone.
- «On the central Russian demand, that the alliance close its door to Ukraine, he was blunt
  …. He called on Russia to …»: a word that is a cue's noun and verb, after a determiner and
  at most three adjectives (a state's among them), is the noun, so its genitive state does not
  become the speaker whom «he» names; not after a title's head («Kyrgyzstan's foreign ministry
  demands that …», a live blog's present tense).
- «A spokesperson for the German government voiced concern …»: a stance noun after a light
  verb whose subject ends with a title's head (not only a name) is held by that subject.
- «France voiced concern …, while Cyprus said in a statement that it stood in solidarity with
  Greece»: «it» after «said … that» (past a phrase with no name or comma) is the subject of
  «said».
- Rules 9, 16: «Doha hosted a surprise meeting of the Congolese and Rwandan presidents»: «of»
  after a meeting noun (words meeting_of_nouns) joins it to the two who meet, as «between»
  does, and they are the pair a later «the two leaders» names; a meeting of three or more is a
  forum (rule 15).
- Rule 13: «Austria remained "ready to settle these differences together with Slovenia through
  talks"»: the partner named with «with» before what is offered is its target.
- Rule 4: «praised Saudi Arabia, as well as Oman and Jordan, for their roles», «praised Saudi
  Arabia for its leadership, as well as Oman, Jordan and Egypt for the roles they played»:
  «, as well as» goes on with a list, after the first object's complement too.
- Rules 5, 22: «President Aoun signed the decrees forming a 24-member government …. France
  welcomes the formation of the government … Saudi Arabia also welcomes the new cabinet»: a
  government formed by an official (words forming_words) is his state's, and it comes back
  bare after «the formation of» or «new» (words new_ruler_nouns, now with «cabinet»).
- Rule 14: «Israel would attack Iran at a time of its choosing», «will act against Hamas with
  increasing military strength», «will continue to act until …»: a modal and a verb of force
  the holder will use (cue en.threatens.modal_force: attack, hit, act against) is a threat of
  force, not before a pronoun the cue cannot resolve («will hit it»); «will strike» is left
  out, since the phrase would hide «strike a deal» (an agreement).
- Rule 4: «calls on Morocco, the Polisario Front, Algeria and Mauritania to resume talks»: a
  member the gazetteer does not know, capitalised between commas, keeps the list going.
"""

from __future__ import annotations

import pytest

from tests.edge_cases import Edge, edges_en

FILLER = "\n\nNo further details were available by Monday evening, the report said."

CASES: list[tuple[str, str, set[Edge]]] = [
    ("a_series_of_verbs_after_a_list",
     ("Headline\n\nThe rival Sudanese delegations signed a framework deal in Addis Ababa on "
      "Sunday after a month of talks. Norway, Sweden and Denmark "
      "welcomed the deal, praised the African Union's \"patient work\" and urged both camps "
      "to open the roads to aid convoys." + FILLER),
     {("NOR", "welcomes", "AU"), ("SWE", "welcomes", "AU"), ("DNK", "welcomes", "AU")}),
    ("a_series_of_verbs_after_a_list_with_the",
     ("Headline\n\nNorth Korea fired a ballistic missile over the sea on Tuesday. Canada, "
      "Japan and the Netherlands condemned the launch, urged Pyongyang to return to talks and "
      "said they would raise the matter at the United Nations." + FILLER),
     {("CAN", "condemns", "PRK"), ("JPN", "condemns", "PRK"), ("NLD", "condemns", "PRK"),
      ("CAN", "calls_for_dialogue", "PRK"), ("JPN", "calls_for_dialogue", "PRK"),
      ("NLD", "calls_for_dialogue", "PRK")}),
    ("the_new_interim_executive_addressed",
     ("Headline\n\nDelegates meeting in Geneva chose an interim executive on Friday, and "
      "Libya's legitimate authorities in Tripoli promised an orderly handover. Spain called on "
      "the new interim executive to hold elections before the end of the year." + FILLER),
     {("ESP", "demands", "LBY")}),
    ("working_with_the_new_authorities",
     ("Headline\n\nMali's transitional government named a new cabinet on Monday. Algeria said "
      "it was ready to work with the new authorities in every field." + FILLER),
     {("DZA", "expresses_intent_to_cooperate", "MLI")}),
    ("his_excellency_called_on",
     ("Headline\n\nPresident Abdel Fattah el-Sisi received the Israeli prime minister in Cairo on "
      "Monday for talks on regional issues. In this context, His Excellency called on the "
      "Israeli side to stop the demolition of homes in East Jerusalem." + FILLER),
     {("EGY", "holds_talks", "ISR"), ("EGY", "demands", "ISR")}),
    ("the_importance_of_dialogue_between",
     ("Headline\n\nArmenia and Azerbaijan traded fire along their border on Tuesday. Kazakhstan "
      "stressed the importance of dialogue between Armenia and Azerbaijan, and Georgia "
      "underlined the need for restraint." + FILLER),
     {("KAZ", "calls_for_dialogue", "ARM"), ("KAZ", "calls_for_dialogue", "AZE"),
      ("GEO", "urges_restraint", "ARM"), ("GEO", "urges_restraint", "AZE")}),
    ("the_importance_of_the_dialogue_going_on",
     ("Headline\n\nEgypt and Turkey held a fourth round of talks in Ankara on Tuesday. Jordan "
      "stressed the importance of the dialogue between Cairo and Ankara, which it said had "
      "eased tensions in the region." + FILLER),
     {("EGY", "holds_talks", "TUR"), ("TUR", "holds_talks", "EGY")}),
    ("dialogue_in_resolving_the_region's_crises",
     ("Headline\n\nThe emir of Qatar visited Baghdad on Monday. He welcomed the role Iraq had "
      "played in hosting rounds of talks between Saudi Arabia and Iran. Qatar and Iraq called "
      "for dialogue in resolving the region's crises." + FILLER),
     {("QAT", "welcomes", "IRQ"), ("IRQ", "mediates", "SAU"), ("IRQ", "mediates", "IRN")}),
    ("a_new_subject_after_comma_and",
     ("Headline\n\nArmenia and Azerbaijan traded fire along their border on Tuesday. Kazakhstan "
      "urged Armenia to pull its troops back, and Georgia expressed concern about the "
      "escalation between the two neighbours." + FILLER),
     {("KAZ", "demands_withdrawal", "ARM"), ("GEO", "expresses_concern", "ARM"),
      ("GEO", "expresses_concern", "AZE")}),
    ("a_pair_then_comma_and_a_new_subject",
     ("Headline\n\nFighting went on in the Donbas on Wednesday. Brazil called for negotiations "
      "between Moscow and Kyiv, and Austria said it stood ready to host talks between the two "
      "parties." + FILLER),
     {("BRA", "calls_for_dialogue", "RUS"), ("BRA", "calls_for_dialogue", "UKR"),
      ("AUT", "mediates", "RUS"), ("AUT", "mediates", "UKR")}),
    ("the_central_russian_demand_is_a_noun",
     ("Headline\n\nNATO allies and Russia met in Brussels on Wednesday for the first time in two "
      "years. On the central Russian demand, that the alliance close its door to Ukraine, "
      "Stoltenberg was blunt: \"We will not compromise on that.\"\n\nHe called on Russia to pull "
      "back the troops massed near Ukraine's borders." + FILLER),
     {("NATO", "holds_talks", "RUS"), ("RUS", "holds_talks", "NATO"),
      ("NATO", "demands_withdrawal", "RUS")}),
    ("a_ministry_demands_in_a_live_blog",
     ("Headline\n\nKyrgyzstan and Tajikistan traded fire along their border on Friday. "
      "Kyrgyzstan's foreign ministry demands that Tajikistan immediately withdraw its troops "
      "from Kyrgyz territory." + FILLER),
     {("KGZ", "demands_withdrawal", "TJK")}),
    ("a_spokesperson_for_a_government_voiced_concern",
     ("Headline\n\nTunisia's president received the Italian prime minister in Tunis on Sunday for "
      "talks on migration. A spokesperson for the Dutch government voiced concern over the "
      "detention of opposition politicians by the Tunisian authorities." + FILLER),
     {("TUN", "holds_talks", "ITA"), ("NLD", "expresses_concern", "TUN")}),
    ("said_in_a_statement_that_it",
     ("Headline\n\nTurkey detained two Greek fishing boats in the Aegean on Friday. Italy voiced "
      "concern over the Turkish move, while Cyprus said in a statement that it stood in solidarity "
      "with Greece." + FILLER),
     {("ITA", "expresses_concern", "TUR"), ("CYP", "expresses_support", "GRC")}),
    ("a_meeting_of_two_leaders_hosted",
     ("Headline\n\nRwanda cut diplomatic ties with Belgium on Monday. Meanwhile Doha hosted a "
      "surprise meeting of the Congolese and Rwandan presidents on Tuesday. In a joint "
      "statement, the two leaders said they had reached a common view on the need to continue "
      "the discussions." + FILLER),
     {("QAT", "mediates", "COD"), ("QAT", "mediates", "RWA"), ("COD", "agrees_with", "RWA"),
      ("RWA", "agrees_with", "COD")}),
    ("ready_to_settle_together_with_a_partner_through_talks",
     ("Headline\n\nSlovenia recalled its ambassador from Vienna on Monday over a border row. "
      "Austria said it regretted the step, but added that it remained \"ready to settle these "
      "differences together with Slovenia through talks\"." + FILLER),
     {("SVN", "condemns", "AUT"), ("AUT", "expresses_intent_to_meet", "SVN")}),
    ("as_well_as_in_a_list",
     ("Headline\n\nThe warring parties in Sudan agreed on Thursday to extend the truce by a "
      "month. Norway praised Kenya, as well as Ethiopia and Djibouti, for their roles." + FILLER),
     {("NOR", "welcomes", "KEN"), ("NOR", "welcomes", "ETH"), ("NOR", "welcomes", "DJI")}),
    ("as_well_as_after_a_complement",
     ("Headline\n\nThe warring parties in Sudan agreed on Thursday to extend the truce by a "
      "month. Norway praised Kenya for its \"patient diplomacy\", as well as Ethiopia and "
      "Djibouti for the roles they played." + FILLER),
     {("NOR", "welcomes", "KEN"), ("NOR", "welcomes", "ETH"), ("NOR", "welcomes", "DJI")}),
    ("the_formation_of_the_government_welcomed",
     ("Headline\n\nMaldivian President Mohamed Muizzu signed the decrees forming a 20-member "
      "government on Sunday. India welcomes the formation of the government and says New Delhi "
      "stands ready to help. Japan also welcomes the new cabinet." + FILLER),
     {("IND", "welcomes", "MDV"), ("JPN", "welcomes", "MDV")}),
    ("would_attack_at_a_time_of_its_choosing",
     ("Headline\n\nIran fired a barrage of missiles at Israel last week. Defence Minister Yoav "
      "Gallant said Israel would attack Iran at a time of its choosing." + FILLER),
     {("ISR", "threatens", "IRN")}),
    ("will_act_against_a_group",
     ("Headline\n\nRockets were fired from Gaza at southern Israel overnight. \"Israel will act "
      "against Hamas with increasing military strength,\" the prime minister's office said."
      + FILLER),
     {("ISR", "threatens", "HAMAS")}),
    ("a_list_past_a_member_with_no_id",
     ("Headline\n\nThe Security Council renewed the mandate of the UN mission in Western Sahara "
      "on Thursday. The resolution calls on Morocco, the Polisario Front, Algeria and "
      "Mauritania to resume talks with the personal envoy without preconditions." + FILLER),
     {("UNSC", "calls_for_dialogue", "MAR"), ("UNSC", "calls_for_dialogue", "DZA"),
      ("UNSC", "calls_for_dialogue", "MRT")}),
]


@pytest.mark.parametrize(("case", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_phenomenon(case: str, text: str, expected: set[Edge]) -> None:
    assert edges_en(text) == expected


def test_a_joint_pledge_of_another_type_is_not_mutual() -> None:
    text = ("Headline\n\nNorth Korea fired a ballistic missile over the sea on Tuesday. Canada, "
            "Japan and the Netherlands pledged to enforce the sanctions on trade in coal."
            + FILLER)
    members = {"CAN", "JPN", "NLD"}
    assert not {e for e in edges_en(text) if e[0] in members and e[2] in members}

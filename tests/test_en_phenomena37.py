"""English constructions found in the twenty-second session of 2026-12-08 (grids of one
intent or appeal in some twenty frames each, and the blind set fresh77_en), each tested on
sentences written for this file.

- Commitments: «ready to conclude a free trade agreement with», «hopes to finalise the trade
  deal with», «wants to seal a defence pact with»: to sign, conclude, finalise, seal, clinch,
  complete, ratify or reach an agreement of any kind (a family of content.jsonl: heads ×
  modifiers × agreement nouns) is cooperation; so is to deepen, expand or boost trade, ties,
  relations or investment with someone.
- Rule 23: «sealed a defence agreement», «finalised a trade deal»: «seal», «finalise»,
  «clinch» report an agreement reached, as «reach», «conclude» and «strike» do.
- Intent frames: «would like to meet», «would love to visit», «wants to meet», «wished to
  meet», «would be glad / happy / pleased / delighted to meet» (cues en.ready.want,
  en.ready.would_like, en.ready.glad) type their content as «ready to» does. «I want to
  thank», «would like to congratulate» perform the thanks or praise that follows (the new cue
  key `performative`), and «We want to see Rafah reopened» stays an appeal.
- Appeals: «Russia and Ukraine have to negotiate», «Israel has to stop the bombing», «the
  Houthis "need to stop these reckless attacks"», «ought to»: modals of obligation that are
  also other words (words subject_modals) ask only right after the actor they ask of or a
  pronoun that opens its clause; not «the need to restore calm», «would have to leave», «the
  argument they need to curtail».
- Rule 10: «negotiate an end to this war»: the end that talks are to reach (words
  settlement_heads) is what the talks settle, no call for restraint of its own; «negotiate
  and end the war» asks both.
- Rule 5: «Israel must withdraw from southern Lebanon»: a region word between «from» and the
  state (words region_modifiers) still makes the state the territory left, no addressee.
- Rules 9, 15: «Trump and Kim signed a joint statement … . The two leaders held a one-on-one
  meeting»: the two who open a sentence with no stance as its coordinated subject are the
  pair a later «the two leaders» names (not the list of capitals a headline named).
- Rule 22: congratulations (cue en.welcomes.congratulate, with the nouns «congratulations»,
  «felicitations») carry the new cue key `inherit`: in a roundup of congratulations to one
  winner, «Scholz congratulates the president», «Kristersson sends his congratulations too»,
  «Raisi sends congratulations, as does Orbán» go to whom the last ones went; «a message
  congratulating him» to the one just named; «congratulations did not come from Washington»
  names the holders, no target.
- «congratulates Erdoğan and says he looks forward to working together ahead of the
  alliance's Vilnius summit»: an intent that ends «together» (words together_words) is
  toward the actor just named, never an actor after it.
- Rule 15: «spoke to Erdoğan by phone about fighter jets and Sweden»: «phone» after «by»,
  «on», «over» is no verb of calling; «had spoken by phone … with» joins the forms of
  en.talks.byphone.
- Rules 9, 16: «Chancellor Olaf Scholz hosted Pashinyan and Aliyev in Munich»: the host of
  the two sides of the article's dispute (a conflict or the pair named before) mediates
  between them; hosting two others is no talks of the host's.
- Rule 21: «Chad and Senegal hit back at Macron»: to hit back at someone is a rebuke
  (condemns); «will hit back» stays a threat.
- Rule 10: «insisted that the last French soldiers must be gone from Chadian territory»: to
  be gone from or out of a territory is a withdrawal.
- «Foreign ministers of the Group of Seven … accused the group of grossly interfering»: «the
  group» (words bloc_name_refs) names back the organisation named last when its own name
  has the word.
- Rule 4: «spoke to French President Emmanuel Macron and German Chancellor Angela Merkel»: a
  state adjective, a title and its official, then «and» and the next member, is one list
  (it ended at the first member).
- «Theresa May condemned …»: the last word of a name is no month or modal for the subject
  search.
- Rule 15: «spoke to the Aldwych Affairs Weekly about Pakistan, China …»: an actor after
  «about», «on», «over» (words topic_prepositions) is what was spoken about, no one spoken to.
- Rule 10: «Pakistan must vacate it»: to vacate is to withdraw.
- Rule 2: an interview (words interview_words, with its guest named) whose paragraphs hold
  a question and then its quoted answer («Was the deal worth the price? "Yes. …"», the
  answer's opening mark closing the question's sentence): the answer is the guest's word,
  whatever actor the question named («The UN refugee agency has voiced concern … Is it
  wrong? "We stand with Athens."»).
- Rule 5: «The 14-nation Lima Group said …», «the Paris Club»: a capital that opens the name
  of a group or process (words place_name_heads) names no state; «Lima condemned …» does.
- Rule 10: «urged Canada and Saudi Arabia to resolve the dispute diplomatically», «need to
  diplomatically resolve this»: to resolve something diplomatically, amicably or peacefully
  is to talk.
- Rule 20: «stop these reckless attacks»: a demonstrative and an adjective of violence before
  the act of force still make the call one for restraint.
"""

from __future__ import annotations

import pytest

from tests.edge_cases import Edge, edges_en

FILLER = "\n\nNo further details were available by Monday evening, the report said."

CASES: list[tuple[str, str, set[Edge]]] = [
    ("ready_to_conclude_a_free_trade_agreement",
     ("Headline\n\nBrazil is ready to conclude a free trade agreement with the European Union "
      "before the end of the year." + FILLER),
     {("BRA", "expresses_intent_to_cooperate", "EU")}),
    ("hopes_to_finalise_the_deal",
     ("Headline\n\nIndonesia hopes to finalise the partnership deal with Australia by the end "
      "of the year, its trade minister said." + FILLER),
     {("IDN", "expresses_intent_to_cooperate", "AUS")}),
    ("determined_to_expand_trade",
     ("Headline\n\nKenya is determined to expand trade with Ethiopia, President Ruto told "
      "reporters in Nairobi." + FILLER),
     {("KEN", "expresses_intent_to_cooperate", "ETH")}),
    ("plans_to_boost_economic_ties",
     ("Headline\n\nVietnam plans to boost economic ties with South Korea, the foreign ministry "
      "said on Tuesday." + FILLER),
     {("VNM", "expresses_intent_to_cooperate", "KOR")}),
    ("sealed_a_defence_agreement",
     ("Headline\n\nJapan and the Philippines sealed a defence agreement in Manila on Monday."
      + FILLER),
     {("JPN", "expresses_intent_to_cooperate", "PHL"),
      ("PHL", "expresses_intent_to_cooperate", "JPN")}),
    ("would_like_to_meet",
     ("Headline\n\nPresident Cyril Ramaphosa said he would like to meet President Biden "
      "before the summit in Johannesburg." + FILLER),
     {("ZAF", "expresses_intent_to_meet", "USA")}),
    ("would_be_glad_to_meet",
     ("Headline\n\n\"I would be glad to meet Secretary Blinken before he leaves office,\" "
      "Ramaphosa said." + FILLER),
     {("ZAF", "expresses_intent_to_meet", "USA")}),
    ("wanted_to_visit",
     ("Headline\n\nThe Indian prime minister said he wanted to visit Moscow in July." + FILLER),
     {("IND", "expresses_intent_to_meet", "RUS")}),
    ("happy_to_host_talks_between",
     ("Headline\n\nEgypt was pleased to host the talks between Israel and Hamas, its foreign "
      "minister said." + FILLER),
     {("EGY", "mediates", "ISR"), ("EGY", "mediates", "HAMAS")}),
    ("want_to_thank_is_thanks",
     ("Headline\n\n\"I want to thank the Rwandan government for its partnership,\" Sunak said "
      "in Kigali." + FILLER),
     {("GBR", "welcomes", "RWA")}),
    ("would_like_to_congratulate",
     ("Headline\n\n\"I would like to congratulate Kenya on a peaceful election,\" the British "
      "foreign secretary said." + FILLER),
     {("GBR", "welcomes", "KEN")}),
    ("want_to_see_stays_an_appeal",
     ("Headline\n\nSecretary Blinken spoke with Egyptian Foreign Minister Sameh Shoukry on "
      "Monday. \"We want to see the Rafah crossing reopened,\" he said." + FILLER),
     {("USA", "holds_talks", "EGY"), ("USA", "demands", "EGY")}),
    ("have_to_negotiate",
     ("Headline\n\nSouth Africa said Russia and Ukraine have to sit down and negotiate an end "
      "to this war." + FILLER),
     {("ZAF", "calls_for_dialogue", "RUS"), ("ZAF", "calls_for_dialogue", "UKR")}),
    ("has_to_stop_the_bombing",
     ("Headline\n\n\"Israel has to stop the bombing of Gaza now,\" Erdogan told reporters."
      + FILLER),
     {("TUR", "urges_restraint", "ISR")}),
    ("needs_to_withdraw",
     ("Headline\n\n\"Israel needs to withdraw from southern Lebanon,\" Macron said." + FILLER),
     {("FRA", "demands_withdrawal", "ISR")}),
    ("withdraw_from_southern_lebanon",
     ("Headline\n\n\"Russia must withdraw from eastern Ukraine,\" the French president said."
      + FILLER),
     {("FRA", "demands_withdrawal", "RUS")}),
    ("two_who_act_together_are_the_two_leaders",
     ("Trump and Kim sign statement; Seoul, Tokyo, Beijing and Moscow respond\n\nPresident Joe "
      "Biden and Chinese President Xi Jinping signed a joint statement on Tuesday at a hotel on "
      "the island. The two leaders held a one-on-one meeting with only interpreters present."
      + FILLER),
     {("USA", "holds_talks", "CHN"), ("CHN", "holds_talks", "USA")}),
    ("congratulations_roundup_inherits_the_winner",
     ("Headline\n\nPresident Recep Tayyip Erdogan won Sunday's runoff with about 52 percent of "
      "the vote. French President Emmanuel Macron congratulated Erdogan in a message on Twitter."
      "\n\nGerman Chancellor Olaf Scholz congratulates the president.\n\nIranian President "
      "Ebrahim Raisi sends congratulations, as does Hungarian Prime Minister Viktor Orban."
      + FILLER),
     {("FRA", "welcomes", "TUR"), ("DEU", "welcomes", "TUR"), ("IRN", "welcomes", "TUR"),
      ("HUN", "welcomes", "TUR")}),
    ("congratulating_him",
     ("Headline\n\nPresident Vladimir Putin sent Maduro a message congratulating him on his "
      "victory, and his spokeswoman accused Washington of interfering in Venezuela's internal "
      "affairs." + FILLER),
     {("RUS", "welcomes", "VEN"), ("RUS", "accuses", "USA")}),
    ("congratulations_from_are_holders",
     ("Headline\n\nThe most eager congratulations did not come from Washington or from Mexico "
      "City." + FILLER),
     set()),
    ("working_together_with_the_one_named",
     ("Headline\n\nNATO Secretary General Jens Stoltenberg congratulates Erdogan and says he "
      "looks forward to working together ahead of the alliance's Vilnius summit." + FILLER),
     {("NATO", "welcomes", "TUR"), ("NATO", "expresses_intent_to_cooperate", "TUR")}),
    ("by_phone_about_is_no_partner",
     ("Headline\n\nBiden told reporters he had just spoken to Erdogan by phone about fighter "
      "jets and Sweden." + FILLER),
     {("USA", "holds_talks", "TUR")}),
    ("had_spoken_by_phone_with",
     ("Headline\n\nBaerbock said she had spoken by phone on Monday evening with her Israeli "
      "counterpart, Israel Katz." + FILLER),
     {("DEU", "holds_talks", "ISR")}),
    ("host_of_the_two_sides_mediates",
     ("Headline\n\nAzerbaijan accused Armenia of shelling its positions near the border."
      "\n\nChancellor Olaf Scholz hosted Pashinyan and Aliyev in Munich in February." + FILLER),
     {("AZE", "accuses", "ARM"), ("DEU", "mediates", "ARM"), ("DEU", "mediates", "AZE")}),
    ("host_of_two_others_not_at_odds_holds_talks",
     ("Headline\n\nChancellor Olaf Scholz hosted Macron and Meloni in Berlin in February."
      + FILLER),
     {("DEU", "holds_talks", "FRA"), ("DEU", "holds_talks", "ITA")}),
    ("hit_back_at_is_a_rebuke",
     ("Headline\n\nChad and Senegal hit back at Macron over his remark on Tuesday." + FILLER),
     {("TCD", "condemns", "FRA"), ("SEN", "condemns", "FRA")}),
    ("will_hit_back_threatens",
     ("Headline\n\nIran said it would hit back at Israel if attacked." + FILLER),
     {("IRN", "threatens", "ISR")}),
    ("must_be_gone_from",
     ("Headline\n\nChad insisted that the last French soldiers must be gone from Chadian "
      "territory by the end of January." + FILLER),
     {("TCD", "demands_withdrawal", "FRA")}),
    ("the_group_is_the_group_of_seven",
     ("Headline\n\nThe G7 foreign ministers issued a joint statement on Friday. China accused "
      "the group of grossly interfering in its internal affairs." + FILLER),
     {("CHN", "accuses", "G7")}),
    ("list_of_titled_officials_with_adjectives",
     ("Headline\n\nBritain urged French President Emmanuel Macron and German Chancellor Olaf "
      "Scholz to show restraint." + FILLER),
     {("GBR", "urges_restraint", "FRA"), ("GBR", "urges_restraint", "DEU")}),
    ("adjective_official_and_bare_name",
     ("Headline\n\nThe British foreign secretary spoke to French President Emmanuel Macron and "
      "Scholz on Monday." + FILLER),
     {("GBR", "holds_talks", "FRA"), ("GBR", "holds_talks", "DEU")}),
    ("spoke_to_a_paper_about_states",
     ("Headline\n\nIndia's External Affairs Minister Subrahmanyam Jaishankar spoke to the "
      "Aldwych Affairs Weekly about Pakistan, China and the war in Ukraine." + FILLER),
     set()),
    ("must_vacate",
     ("Headline\n\n\"Pakistan must vacate it,\" Jaishankar said of the territory." + FILLER),
     {("IND", "demands_withdrawal", "PAK")}),
    ("interview_answer_in_the_question_paragraph",
     ("Interview: Borrell says the deal is no magic wand\n\nEU foreign policy chief Josep "
      "Borrell spoke to the Ledger about the bargain. The interview has been edited for length."
      "\n\nThe UN refugee agency has voiced concern about the plan. Is it wrong? \"We stand "
      "with Athens, and I condemn Russia's bombing of civilians.\"" + FILLER),
     {("EU", "expresses_support", "GRC"), ("EU", "condemns", "RUS")}),
    ("capital_in_a_group_name",
     ("Headline\n\nThe 14-nation Lima Group condemned Venezuela on Monday." + FILLER),
     set()),
    ("capital_alone_is_its_state",
     ("Headline\n\nLima condemned Venezuela on Monday." + FILLER),
     {("PER", "condemns", "VEN")}),
    ("resolve_diplomatically",
     ("Headline\n\nThe State Department urged Canada and Saudi Arabia to resolve the dispute "
      "diplomatically." + FILLER),
     {("USA", "calls_for_dialogue", "CAN"), ("USA", "calls_for_dialogue", "SAU")}),
    ("quoted_need_to_stop_these_reckless_attacks",
     ("Headline\n\nState Department spokesman Matthew Miller said the Houthis \"need to stop "
      "these reckless attacks\"." + FILLER),
     {("USA", "urges_restraint", "HOUTHIS")}),
    ("the_need_to_is_a_noun",
     ("Headline\n\nThe Iraqi foreign minister spoke with his Iranian counterpart about the need "
      "to keep Iraq out of regional tensions." + FILLER),
     {("IRQ", "holds_talks", "IRN")}),
    ("would_have_to_foretells",
     ("Headline\n\nA Pentagon official said Turkish pilots training in the United States would "
      "have to leave by the end of the month." + FILLER),
     set()),
    ("relative_they_need_to",
     ("Headline\n\nFrance said a snapback would give Tehran's hardliners the argument they "
      "need to expel the inspectors." + FILLER),
     set()),
    ("negotiate_an_end_to_the_war",
     ("Headline\n\nFrance urged Russia and Ukraine to negotiate an end to the war." + FILLER),
     {("FRA", "calls_for_dialogue", "RUS"), ("FRA", "calls_for_dialogue", "UKR")}),
    ("negotiate_and_end_the_war",
     ("Headline\n\nFrance urged Russia and Ukraine to negotiate and end the war." + FILLER),
     {("FRA", "calls_for_dialogue", "RUS"), ("FRA", "calls_for_dialogue", "UKR"),
      ("FRA", "urges_restraint", "RUS"), ("FRA", "urges_restraint", "UKR")}),
]


@pytest.mark.parametrize(("case", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_phenomenon(case: str, text: str, expected: set[Edge]) -> None:
    assert edges_en(text) == expected


def test_name_ending_in_a_month_word() -> None:
    """«Theresa May condemned …» (on a date she was prime minister): «May» is the last word
    of her name, not the month nor the modal the subject search steps over."""
    text = "Headline\n\nTheresa May condemned France on Monday." + FILLER
    assert edges_en(text, "2018-03-14") == {("GBR", "condemns", "FRA")}

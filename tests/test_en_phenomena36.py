"""English constructions found in the twenty-first session of 2026-12-07 (a grid of one
stance sentence in some thirty frames, and the blind set fresh73_en once scored), each
tested on sentences written for this file.

- «Washington continues to urge Israel to show restraint», «continued to threaten», «will
  continue to hold talks with»: after a verb of going on (words continuing_verbs) the
  infinitive states the subject's stance as a finite verb would, appeals included.
- Rule 23: «reached a trade and cooperation agreement»: the agreement noun may stand six
  words after «reached» (a coordinated modifier before it).
- «Australia, India and Japan commit to deepening their cooperation», «recommit to»: the
  present of «commit» is a pledge, typed by what follows it; «committed» stays the
  participle of «remain committed to», which another cue reads.
- «… the envoys of the United States, Germany, France, …, Canada and New Zealand. … the ten
  embassies had urged Turkey to …»: a numbered plural of embassies, envoys, ambassadors,
  allies or delegations (words group_nouns), up to twelve (group_numbers), names back the
  last list of that many.
- Rules 11, 21: «it was "not acceptable" for Vance to compare …», «unacceptable for the
  Russian army to threaten …»: a predicate judgement followed by «for X to» judges X's act.
- Rule 21: «said the United States was interfering in its internal affairs», «had meddled in
  the elections»: interfering or meddling in another's affairs or elections, asserted of a
  subject, accuses it; not after «stop», «to» or «not».
- Rule 22: «vetoed a Security Council draft resolution demanding an immediate ceasefire»,
  «vetoes Security Council call for …»: what the vetoed text asks is its sponsors' stance
  (when named), never the vetoer's.
- Rule 20: «urge Washington to use its considerable influence to make Israel end this war»: a
  compelling verb («make», «persuade» joined the words compel) may follow the addressee's
  leverage (words leverage_nouns); asking so is a demand of the addressee.
- Rule 15: the host of a summit, conference or forum («Peru, which hosted the summit») is
  no mediator.
- «France should have listened earlier»: «should»/«must» before «have» and a participle is a
  reproach, no appeal.
- «Xi said China and Russia should keep deepening their cooperation»: a modal whose subject
  holds the speaker states the speaker's own intent, not an appeal to the others.
- Rules 9, 16: «hosted his third trilateral meeting with Azerbaijan's President Ilham Aliyev
  and Armenia's Prime Minister Nikol Pashinyan»: the host of a trilateral meeting (words
  trilateral_words) mediates between the two named after «with», who become the pair a
  later «brokered the ceasefire» names.
- «Lavrov insisted that the United States give written answers … and demanded guarantees
  from NATO»: the clause an appeal asks for ends before «and»; the next verb goes on with the
  appeal's subject, not the addressee's.
- «noted with concern the construction of the Qosh Tepa canal by the Afghan authorities»:
  what is noted with concern runs to its comma, so the act's author after «by» is reached.
- Rule 22: «won Taiwan's presidential election … congratulated the president-elect»:
  elections named with one state (words election_nouns) make a later bare
  «the president-elect» that state's.
- Rule 21: «called the low-altitude flight of a Japanese maritime patrol plane "a clear
  provocation"»: a charge noun after a verb of naming (words naming_verbs) targets the actor
  named in what is so called (not after «so-called», nor in «what he called …», a label inside
  another stance's object).
- «Jaishankar and Chinese State Councillor and Foreign Minister Wang Yi spoke by telephone»:
  an «and» between two words of one official's title («Councillor and Foreign Minister»,
  «Deputy Prime Minister and Foreign Minister») is no list's; «councillor» is a title word.
- Rule 10: «urged Yerevan and Baku to press ahead with negotiations»: a verb with its
  particle (words particle_readings: «press ahead», «push ahead», «press on») is an idiom,
  no appeal content of its own; what follows types the call.
- Rule 11: «condemned the launch as a violation of Security Council resolutions»: the body
  whose resolutions are violated, after «of» past a noun of violating, is no target.
- Rule 16: «praised Egypt, Qatar and Türkiye, whose mediation had made the ceasefire between
  Israel and Hamas possible», «Qatar, whose mediation …»: the antecedent of «, whose» owns the
  stance noun after it.
- Rule 10: «demanded that the Libyan parties commit to a lasting ceasefire», «agree to»: an
  intent verb in the «that» clause of an appeal is what is asked, typed by its object, and
  no intent of the ones asked.
"""

from __future__ import annotations

import pytest

from tests.edge_cases import Edge, edges_en

FILLER = "\n\nNo further details were available by Monday evening, the report said."

CASES: list[tuple[str, str, set[Edge]]] = [
    ("continues_to_urge",
     ("Headline\n\nThe United States continues to urge Israel to show restraint along the "
      "northern border." + FILLER),
     {("USA", "urges_restraint", "ISR")}),
    ("continued_to_press_for_withdrawal",
     ("Headline\n\nEgypt will continue to press Ethiopia to withdraw its troops from the "
      "disputed border area." + FILLER),
     {("EGY", "demands_withdrawal", "ETH")}),
    ("continued_to_threaten",
     ("Headline\n\nNorth Korea continued to threaten South Korea with a military response to "
      "the joint drills." + FILLER),
     {("PRK", "threatens", "KOR")}),
    ("continued_to_hold_talks",
     ("Headline\n\nQatar continued to hold talks with Iran on the release of the detained "
      "sailors." + FILLER),
     {("QAT", "holds_talks", "IRN")}),
    ("infinitive_of_purpose_stays_out",
     ("Headline\n\nFrance sent an envoy to Beirut to urge Lebanon's leaders to elect a "
      "president." + FILLER),
     set()),
    ("trade_and_cooperation_agreement",
     ("Headline\n\nThe European Union and Japan reached a trade and partnership agreement on "
      "Thursday after four years of negotiation." + FILLER),
     {("EU", "expresses_intent_to_cooperate", "JPN"),
      ("JPN", "expresses_intent_to_cooperate", "EU")}),
    ("three_commit_to_cooperation",
     ("Headline\n\nBrazil, Argentina and Chile commit to deepening their cooperation on "
      "lithium mining." + FILLER),
     {("BRA", "expresses_intent_to_cooperate", "ARG"),
      ("BRA", "expresses_intent_to_cooperate", "CHL"),
      ("ARG", "expresses_intent_to_cooperate", "BRA"),
      ("ARG", "expresses_intent_to_cooperate", "CHL"),
      ("CHL", "expresses_intent_to_cooperate", "BRA"),
      ("CHL", "expresses_intent_to_cooperate", "ARG")}),
    ("recommitted_to_working_with",
     ("Headline\n\nKenya recommitted to working with Somalia against al-Shabaab after the "
      "border attack." + FILLER),
     {("KEN", "expresses_intent_to_cooperate", "SOM")}),
    ("remain_committed_to_an_agreement",
     ("Headline\n\nGermany said it remained committed to the nuclear agreement with Iran."
      + FILLER),
     set()),
    ("commit_to_leave_is_no_cooperation",
     ("Headline\n\nDamascus said a meeting would only follow once Turkey commits to leave "
      "Syrian territory." + FILLER),
     set()),
    ("demanded_that_parties_commit_to_ceasefire",
     ("Headline\n\nBritain demanded that Armenia and Azerbaijan commit to a lasting ceasefire "
      "along the border." + FILLER),
     {("GBR", "urges_restraint", "ARM"), ("GBR", "urges_restraint", "AZE")}),
    ("demanded_that_parties_agree_to_talks",
     ("Headline\n\nThe African Union demanded that Sudan and South Sudan agree to direct "
      "talks on Abyei." + FILLER),
     {("AU", "calls_for_dialogue", "SDN"), ("AU", "calls_for_dialogue", "SSD")}),
    ("the_four_embassies",
     ("Headline\n\nThe ambassadors of Norway, Denmark, Finland and Iceland attended the "
      "hearing on Monday. The four embassies urged Russia to release the detained "
      "fishermen." + FILLER),
     {("NOR", "demands", "RUS"), ("DNK", "demands", "RUS"), ("FIN", "demands", "RUS"),
      ("ISL", "demands", "RUS")}),
    ("the_eight_envoys",
     ("Headline\n\nThe statement was signed by the envoys of France, Germany, Italy, Spain, "
      "Portugal, Belgium, Austria and Ireland. The eight envoys condemned Belarus for the "
      "forced landing of the airliner." + FILLER),
     {("FRA", "condemns", "BLR"), ("DEU", "condemns", "BLR"), ("ITA", "condemns", "BLR"),
      ("ESP", "condemns", "BLR"), ("PRT", "condemns", "BLR"), ("BEL", "condemns", "BLR"),
      ("AUT", "condemns", "BLR"), ("IRL", "condemns", "BLR")}),
    ("count_that_fits_no_list",
     ("Headline\n\nThe ambassadors of Norway and Denmark attended the hearing on Monday. "
      "The five embassies urged Russia to release the detained fishermen." + FILLER),
     set()),
    ("not_acceptable_for_x_to",
     ("Headline\n\nGermany's defence minister said it was \"not acceptable\" for Russia to "
      "threaten the Baltic states with its missiles." + FILLER),
     {("DEU", "condemns", "RUS")}),
    ("unacceptable_for_the_army_to",
     ("Headline\n\nPoland said it was unacceptable for the Belarusian army to push migrants "
      "towards the border." + FILLER),
     {("POL", "condemns", "BLR")}),
    ("unacceptable_for_a_victim_names_no_author",
     ("Headline\n\nThe minister said the decision was unacceptable for Poland and its "
      "farmers." + FILLER),
     set()),
    ("was_interfering_in_affairs",
     ("Headline\n\nIran said the United States was interfering in its internal affairs."
      + FILLER),
     {("IRN", "accuses", "USA")}),
    ("had_meddled_in_elections",
     ("Headline\n\nGermany said Russia had meddled in the elections in Moldova." + FILLER),
     {("DEU", "accuses", "RUS")}),
    ("stop_interfering_is_a_demand",
     ("Headline\n\nChina urged the United States to stop interfering in its internal affairs."
      + FILLER),
     {("CHN", "demands", "USA")}),
    ("vetoed_draft_demanding",
     ("Headline\n\nThe United States on Friday vetoed a Security Council draft resolution "
      "demanding an immediate humanitarian ceasefire in Gaza." + FILLER),
     {("USA", "rejects", "UNSC")}),
    ("vetoed_draft_sponsored",
     ("Headline\n\nRussia vetoed a draft resolution put forward by Albania and the United "
      "States demanding that Moscow withdraw its troops from Ukraine." + FILLER),
     {("RUS", "rejects", "ALB"), ("RUS", "rejects", "USA"),
      ("ALB", "demands_withdrawal", "RUS"), ("USA", "demands_withdrawal", "RUS")}),
    ("use_influence_to_make",
     ("Headline\n\nSouth Africa urged Washington to use its considerable influence to make "
      "Israel end the war." + FILLER),
     {("ZAF", "demands", "USA"), ("ZAF", "urges_restraint", "ISR")}),
    ("security_forces_are_no_compelling",
     ("Headline\n\nThe State Department urged the Sudanese security forces to refrain from "
      "violence against protesters." + FILLER),
     {("USA", "urges_restraint", "SDN")}),
    ("host_of_a_summit",
     ("Headline\n\nPeru, which hosted the summit, kept its distance from the talks between "
      "China and the United States." + FILLER),
     set()),
    ("should_have_listened",
     ("Headline\n\nMali's foreign minister said France should have listened to the region "
      "much earlier." + FILLER),
     set()),
    ("we_together_should",
     ("Headline\n\nXi said China and Russia should keep deepening their cooperation in a "
      "turbulent world." + FILLER),
     {("CHN", "expresses_intent_to_cooperate", "RUS"),
      ("RUS", "expresses_intent_to_cooperate", "CHN")}),
    ("host_of_a_trilateral_meeting",
     ("Headline\n\nEuropean Council President Charles Michel hosted a trilateral meeting with "
      "Azerbaijan's President Ilham Aliyev and Armenia's Prime Minister Nikol Pashinyan."
      + FILLER),
     {("EU", "mediates", "AZE"), ("EU", "mediates", "ARM")}),
    ("trilateral_then_broker",
     ("Headline\n\nThe EU hosted a trilateral meeting with the leaders of Serbia and Kosovo in "
      "Brussels. Washington, which brokered an economic deal last year, welcomed the talks."
      + FILLER),
     {("EU", "mediates", "SRB"), ("EU", "mediates", "XKX"), ("USA", "mediates", "SRB"),
      ("USA", "mediates", "XKX")}),
    ("appeal_clause_then_and",
     ("Headline\n\nLavrov insisted that the United States give written answers to Russia's "
      "proposals and demanded guarantees from NATO." + FILLER),
     {("RUS", "demands", "USA"), ("RUS", "demands", "NATO")}),
    ("noted_with_concern_a_long_object",
     ("Headline\n\nKazakhstan noted with concern the construction of the new hydroelectric "
      "dam on the upper river by the Chinese government." + FILLER),
     {("KAZ", "expresses_concern", "CHN")}),
    ("president_elect_after_the_election",
     ("Headline\n\nThe opposition candidate won Senegal's presidential election on Sunday. "
      "France's foreign minister congratulated the president-elect on his victory." + FILLER),
     {("FRA", "welcomes", "SEN")}),
    ("president_elect_election_in",
     ("Headline\n\nThe ruling party lost the election in Taiwan on Saturday. Japan "
      "congratulated the president-elect." + FILLER),
     {("JPN", "welcomes", "TWN")}),
    ("called_the_act_a_provocation",
     ("Headline\n\nSouth Korea called the flight of a Japanese patrol plane near its destroyer "
      "a clear provocation." + FILLER),
     {("KOR", "accuses", "JPN")}),
    ("so_called_is_no_naming",
     ("Headline\n\nChina said the United States had used the so-called defence treaty to "
      "embolden the Philippines' provocation." + FILLER),
     set()),
    ("compound_title_in_a_list",
     ("Headline\n\nJaishankar and Chinese State Councillor and Foreign Minister Wang Yi spoke "
      "by telephone on Thursday evening." + FILLER),
     {("IND", "holds_talks", "CHN"), ("CHN", "holds_talks", "IND")}),
    ("press_ahead_with_negotiations",
     ("Headline\n\nWashington urged Yerevan and Baku to press ahead with negotiations on a "
      "peace agreement." + FILLER),
     {("USA", "calls_for_dialogue", "ARM"), ("USA", "calls_for_dialogue", "AZE")}),
    ("violation_of_council_resolutions",
     ("Headline\n\nFrance condemned the launch as a violation of Security Council resolutions."
      + FILLER),
     set()),
    ("whose_mediation",
     ("Headline\n\nThe United States praised Egypt and Qatar, whose mediation had made the "
      "ceasefire between Israel and Hamas possible." + FILLER),
     {("USA", "welcomes", "EGY"), ("USA", "welcomes", "QAT"), ("EGY", "mediates", "ISR"),
      ("EGY", "mediates", "HAMAS"), ("QAT", "mediates", "ISR"), ("QAT", "mediates", "HAMAS")}),
]


@pytest.mark.parametrize(("case", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_phenomenon(case: str, text: str, expected: set[Edge]) -> None:
    assert edges_en(text) == expected

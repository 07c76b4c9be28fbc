"""English constructions traced in the nineteenth session of 2026-12-07 (the blind sets written
during the session), each tested on sentences written for this file.

- «It calls on the Congolese armed forces to end all cooperation with the FDLR, a Hutu
  militia, reaffirms …»: a phrase after a preposition is an object, so the apposition after it
  does not make it the subject of the next verb; the verb after the apposition goes on with
  the clause's own subject («It», the resolution). A list after «by» («co-chaired by the EU,
  the UN and the OSCE, brings …») is no apposition and stays as it was.
- Rule 22: «The Security Council … adopted a resolution demanding … . Resolution 2773, drafted
  by France, …»: the drafters hold the resolution's appeals, condemnations, concerns, welcomes
  and affirmations with the Council also where the article names them only after it reports
  the text (a discourse rule, extract/discourse.py resolution_drafters); not when the article
  names several sets of drafters, nor drafters of «a» text («vetoed a US-drafted text»).
- Rule 11: «Putin offers ceasefire if …» and then «Meloni denounced the speech», «Scholz
  rejected the proposal», «dismissed the offer»: an offer, a proposal, a speech, terms or an
  ultimatum named back with no author are the act of the headline's subject (words
  generic_act_nouns), as a bare decision or step already was; a headline of two halves
  («…; Kyiv and its allies dismiss an "ultimatum"») has its subject in the first.
- Rule 5: «dismissed the offer in Brussels»: an organisation's seat after a preposition of
  place is where, not whom, as a capital already was; «criticised Brussels» still names the
  EU.
- Rule 21: a label inside the object of another stance adds no second type, also past «what it
  called» («condemned what he called Israel's "daily violations"»), after «as» further from
  the verb («rejected the Greek and Egyptian criticism as interference») and after a noun of
  rejection («Syria's rejection of Israeli violations»).
- Rule 2: «Algeria's president-elect», then «President Kais Saied telephoned the
  president-elect»: «president-elect» is a title of its own (words bare_titles), so the
  presidents named with other states do not make it ambiguous.
- Rule 16: «The United States, Britain and Norway issued a joint statement praising the
  African Union and Ethiopian mediators»: the list that praises the mediation (its subject
  before a word of praise) is no party to it.
- «to bring the Houthis and the government back to the negotiating table», «back down»: «back»
  before «to», «down», «off» … is an adverb (words particle_readings), no backing.
- «The Biden administration expelled ten Russian diplomats, formally accusing Moscow of …»: a
  participle after a comma and an adverb is the clause subject's, as it is after the comma
  alone.
- Rules 2, 26: «"We, the leaders of Japan, the Republic of Korea and the United States, meet
  today …"»: the apposition's list may hold a name with its article («the Republic of Korea»),
  and the «we» it defines speaks for all of them in the rest of their text («We strongly
  condemn …»), until another speaker takes the floor.
- Rule 25: a plural demonym after «for», «all», «ordinary» … (words people_quantifiers: «its
  support for Syrians») is the people, no actor.
- «Germany stood by Denmark's territorial integrity»: standing by a
  state's sovereignty affirms it, as supporting it does.
- Rule 21: «called the Russian strike a dangerous escalation»: «escalation» is a judgement a
  description condemns with, as «reckless» and «escalatory» were («dangerous» alone is not:
  tests/test_en_phenomena28.py keeps a question's «called … dangerous» out).
- Rule 20: «to refrain from using lethal force», «to avoid violence», «to stop resorting to
  force»: violence, force and military intervention are acts of force to hold back from (the
  content families of extract/lexicons/en/content.jsonl); «to refrain from unilateral steps»
  stays a demand.
- Rule 14: «has threatened 25 percent tariffs on Mexican and Canadian goods»: a threat of
  sanctions or other non-military steps (words nonmilitary_measures) is a warning; «threatened
  to strike Israel» stays a threat.
- Rule 4: «the International Criminal Court's chief prosecutor …» and then «accused the court
  of …»: a lowercase «the court» or «the tribunal» (words lowercase_org_heads) names back the
  last organisation whose name ends so, as a capitalised «the Council» already did.
- Rule 21: «called Moscow's withdrawal from the grain deal "a stab in the back"»: the quoted
  label after a long object is the description too (its words within the quotation).
- Rule 11: «Israel's decision to declare the Secretary-General persona non grata drew
  criticism …» and, after Israel's charges against Iran, «France said it regretted the move»: a
  bare move or decision named back is the act the lead gave an author (now in English too)
  before it is the act of the actor the article censures most.
- Rules 15, 26: «Kristersson: Secretary Blinken and I met afterwards»: an official named and
  «I» together are the speaker's actor and the official's, who met each other.
- «China's foreign ministry, which in May accused Washington of …, had no comment»: the first
  verb of a relative clause opened by «, which» after the sentence's subject is that subject's
  (not «A draft circulated by Tunisia, which …»: a thing others did).
- Rule 16: «The meeting took place on the sidelines of the APEC summit hosted by South Korea»:
  the host of the gathering the two met beside (words venue_nouns) mediated nothing between
  them; «talks hosted by Oman» stay mediation.
- Rule 23: «The two presidents agreed that their trade teams will keep working on a deal»: a
  course of action the two agree on (a future in the clause) is an intent to cooperate, not a
  shared view; «agreed that the plan was a violation» stays a shared view.
"""

from __future__ import annotations

import pytest

from tests.edge_cases import Edge, edges_en

FILLER = "\n\nNo further details were available by Monday evening, the report said."

CONTEXT = ("Headline\n\nThe Security Council on Friday adopted a resolution on the war in the "
           "eastern provinces.\n\nResolution 2773, drafted by France, also demands that the "
           "rebels cease hostilities immediately. ")

CASES: list[tuple[str, str, set[Edge]]] = [
    ("apposition_after_a_preposition",
     (CONTEXT + "It calls on the Congolese armed forces to end all cooperation with the FDLR, "
      "a Hutu militia, and urges Kinshasa and Kigali to return to the negotiating table." + FILLER),
     {("UNSC", "demands", "COD"), ("FRA", "demands", "COD"),
      ("UNSC", "calls_for_dialogue", "COD"), ("UNSC", "calls_for_dialogue", "RWA"),
      ("FRA", "calls_for_dialogue", "COD"), ("FRA", "calls_for_dialogue", "RWA")}),
    ("apposition_after_a_preposition_then_a_verb",
     (CONTEXT + "It calls on the Congolese armed forces to end all cooperation with the FDLR, "
      "a Hutu militia, reaffirms the Council's commitment to peace." + FILLER),
     {("UNSC", "demands", "COD"), ("FRA", "demands", "COD")}),
    ("subject_then_apposition_then_verb",
     ("Headline\n\nRwanda, a close partner of Uganda, accused Kinshasa on Friday of arming the "
      "FDLR." + FILLER),
     {("RWA", "accuses", "COD")}),
    ("drafters_named_after_the_resolution",
     ("Headline\n\nThe Security Council on Friday adopted a resolution demanding that Rwandan "
      "troops withdraw from Congolese territory.\n\nResolution 2773, drafted by France, was "
      "adopted unanimously after two weeks of negotiations." + FILLER),
     {("UNSC", "demands_withdrawal", "RWA"), ("FRA", "demands_withdrawal", "RWA")}),
    ("drafters_of_another_text",
     ("Headline\n\nThe Security Council on Monday adopted a resolution demanding that Israel "
      "halt its offensive.\n\nOn Friday, Russia and China had vetoed a US-drafted text on the "
      "same war." + FILLER),
     {("UNSC", "urges_restraint", "ISR"), ("RUS", "rejects", "USA"), ("CHN", "rejects", "USA")}),
    ("the_speech_of_the_headlines_subject",
     ("Putin offers ceasefire if Ukraine quits four regions\n\nPresident Vladimir Putin said on "
      "Friday that Russia would stop fighting once Ukraine pulled out of the four regions.\n\n"
      "Italian Prime Minister Giorgia Meloni denounced the speech as propaganda." + FILLER),
     {("ITA", "condemns", "RUS")}),
    ("the_proposal_after_a_headline_in_two_halves",
     ("Putin offers ceasefire if Ukraine quits four regions; Kyiv dismisses an ultimatum\n\n"
      "President Vladimir Putin said on Friday that Russia would stop fighting once Ukraine "
      "pulled out of the four regions.\n\nItalian Prime Minister Giorgia Meloni denounced the "
      "speech as propaganda." + FILLER),
     {("ITA", "condemns", "RUS")}),
    ("a_seat_after_in_is_a_place",
     ("Putin offers ceasefire if Ukraine quits four regions\n\nPresident Vladimir Putin said on "
      "Friday that Russia would stop fighting once Ukraine pulled out of the four regions.\n\n"
      "NATO Secretary General Jens Stoltenberg dismissed the offer in Brussels on Friday."
      + FILLER),
     {("NATO", "rejects", "RUS")}),
    ("a_seat_as_object_is_the_body",
     ("Headline\n\nThe Hungarian prime minister criticised Brussels on Friday for its migration "
      "policy." + FILLER),
     {("HUN", "condemns", "EU")}),
    ("label_past_what_it_called",
     ("Headline\n\nSyria's president condemned what he called Israel's \"daily violations\" "
      "in the south." + FILLER),
     {("SYR", "condemns", "ISR")}),
    ("label_after_as",
     ("Headline\n\nThe Libyan foreign minister rejected the Greek and Egyptian criticism as "
      "interference in Libya's internal affairs." + FILLER),
     {("LBY", "rejects", "GRC"), ("LBY", "rejects", "EGY")}),
    ("a_charge_stays_a_charge",
     ("Headline\n\nJapan's prime minister said the crisis had been caused entirely by Russia's "
      "aggression against Ukraine." + FILLER),
     {("JPN", "accuses", "RUS")}),
    ("the_president_elect",
     ("Headline\n\nKing Mohammed VI sent a message of congratulations to Algeria's "
      "president-elect on Friday.\n\nPresident Kais Saied telephoned the president-elect to "
      "congratulate him." + FILLER),
     # (the message of congratulations is Morocco's, rule 22, read since the noun is a cue)
     {("TUN", "holds_talks", "DZA"), ("TUN", "welcomes", "DZA"), ("MAR", "welcomes", "DZA")}),
    ("those_who_praise_mediators_are_no_parties",
     ("Headline\n\nThe United States, Britain and Norway issued a joint statement praising the "
      "African Union and Ethiopian mediators for their persistence." + FILLER),
     {("USA", "welcomes", "AU"), ("USA", "welcomes", "ETH"), ("GBR", "welcomes", "AU"),
      ("GBR", "welcomes", "ETH"), ("NOR", "welcomes", "AU"), ("NOR", "welcomes", "ETH")}),
    ("back_down",
     ("Headline\n\nThe foreign minister said Iran would back down in its dispute with the "
      "United Arab Emirates." + FILLER),
     set()),
    ("backs_a_state",
     ("Headline\n\nJapan backs Ukraine in its talks with the International Monetary Fund."
      + FILLER),
     {("JPN", "expresses_support", "UKR")}),
    ("participle_after_an_adverb",
     ("Headline\n\nThe Biden administration expelled ten Russian diplomats, formally accusing "
      "Moscow of interfering in the election." + FILLER),
     {("USA", "accuses", "RUS")}),
    ("we_the_leaders_of_a_list",
     ("Headline\n\nPresident Joe Biden received the two leaders at Camp David on Friday.\n\n"
      "\"We, the leaders of Japan, the Republic of Korea and the United States, meet today at "
      "Camp David to open a new era of partnership.\n\nWe strongly condemn the ballistic "
      "missile launches carried out by North Korea.\"\n\nIn Beijing, a foreign ministry "
      "spokesperson said China firmly rejected the statement of the three." + FILLER),
     {("USA", "holds_talks", "JPN"), ("USA", "holds_talks", "KOR"),
      ("JPN", "holds_talks", "KOR"), ("JPN", "holds_talks", "USA"),
      ("KOR", "holds_talks", "JPN"), ("KOR", "holds_talks", "USA"),
      ("JPN", "condemns", "PRK"), ("KOR", "condemns", "PRK"), ("USA", "condemns", "PRK"),
      ("CHN", "rejects", "JPN"), ("CHN", "rejects", "KOR"), ("CHN", "rejects", "USA"),
      ("JPN", "expresses_intent_to_cooperate", "KOR"),
      ("JPN", "expresses_intent_to_cooperate", "USA"),
      ("KOR", "expresses_intent_to_cooperate", "JPN"),
      ("KOR", "expresses_intent_to_cooperate", "USA"),
      ("USA", "expresses_intent_to_cooperate", "JPN"),
      ("USA", "expresses_intent_to_cooperate", "KOR")}),
    ("support_for_syrians",
     ("Headline\n\nEgypt reaffirmed its support for Syrians in their ordeal." + FILLER),
     set()),
    ("stood_by_territorial_integrity",
     ("Headline\n\nChancellor Olaf Scholz said Germany stood by Denmark's territorial "
      "integrity." + FILLER),
     {("DEU", "affirms_sovereignty", "DNK")}),
    ("called_it_an_escalation",
     ("Headline\n\nChancellor Olaf Scholz called the Russian strike a dangerous escalation."
      + FILLER),
     {("DEU", "condemns", "RUS")}),
    ("refrain_from_lethal_force",
     ("Headline\n\nThe UN Secretary-General urged the Venezuelan authorities to refrain from "
      "using lethal force against demonstrators." + FILLER),
     {("UN", "urges_restraint", "VEN")}),
    ("stop_resorting_to_force",
     ("Headline\n\nChina urged Washington to stop resorting to force." + FILLER),
     {("CHN", "urges_restraint", "USA")}),
    ("refrain_from_unilateral_steps",
     ("Headline\n\nThe EU urged Turkey to refrain from unilateral steps in the eastern "
      "Mediterranean." + FILLER),
     {("EU", "demands", "TUR")}),
    ("threatened_tariffs",
     ("Headline\n\nThe U.S. president has threatened 25 percent tariffs on Mexican and "
      "Canadian goods." + FILLER),
     {("USA", "warns", "MEX"), ("USA", "warns", "CAN")}),
    ("threatened_to_strike",
     ("Headline\n\nIran threatened to strike Israel if it was attacked again." + FILLER),
     {("IRN", "threatens", "ISR")}),
    ("the_court_named_back",
     ("Headline\n\nU.S. sanctions on the International Criminal Court's chief prosecutor drew "
      "a wave of criticism on Thursday.\n\nThe U.S. secretary of state accused the court of "
      "illegitimate attempts to try Americans." + FILLER),
     {("USA", "accuses", "ICC")}),
    ("quoted_label_after_a_long_object",
     ("Headline\n\nKenya's foreign ministry called Moscow's withdrawal from the grain deal \"a "
      "stab in the back\"." + FILLER),
     {("KEN", "condemns", "RUS")}),
    ("the_leads_act_before_the_most_censured",
     ("Headline\n\nIsrael's decision to bar the U.N. Secretary-General drew criticism from many "
      "capitals on Thursday.\n\nIsrael's foreign minister accused Iran of firing ballistic "
      "missiles at Israel and said Tehran would pay a heavy price.\n\nFrance said it regretted "
      "the move." + FILLER),
     {("ISR", "accuses", "IRN"), ("ISR", "threatens", "IRN"), ("FRA", "condemns", "ISR")}),
    ("blinken_and_i_met",
     ("Interview\n\nQ: How did it feel yesterday?\n\nKristersson: Historic. Secretary Blinken and "
      "I met afterwards and talked about the spring." + FILLER),
     {("SWE", "holds_talks", "USA"), ("USA", "holds_talks", "SWE")}),
    ("which_in_may_accused",
     ("Headline\n\nChina's foreign ministry, which in May accused Washington of shirking its "
      "international responsibilities, had no immediate comment." + FILLER),
     {("CHN", "accuses", "USA")}),
    ("host_of_the_summit_on_whose_sidelines",
     ("Headline\n\nPresidents Trump and Xi met on Thursday. The meeting took place on the "
      "sidelines of the Asia-Pacific Economic Cooperation summit hosted by South Korea."
      + FILLER),
     {("USA", "holds_talks", "CHN"), ("CHN", "holds_talks", "USA")}),
    ("agreed_that_teams_will_work",
     ("Headline\n\nPresident Ramaphosa met President Biden at the White House on Wednesday. The "
      "two presidents agreed that their trade teams will keep working on a framework deal."
      + FILLER),
     {("ZAF", "holds_talks", "USA"), ("ZAF", "expresses_intent_to_cooperate", "USA"),
      ("USA", "expresses_intent_to_cooperate", "ZAF")}),
    ("agreed_that_the_plan_was",
     ("Headline\n\nJordan's foreign minister spoke with his Egyptian counterpart on Monday. The two "
      "ministers agreed that the plan was a flagrant violation of international law." + FILLER),
     {("JOR", "holds_talks", "EGY"), ("JOR", "agrees_with", "EGY"), ("EGY", "agrees_with", "JOR")}),
]


@pytest.mark.parametrize(("case", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_phenomenon(case: str, text: str, expected: set[Edge]) -> None:
    assert edges_en(text) == expected

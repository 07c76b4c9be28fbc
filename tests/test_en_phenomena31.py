"""English constructions traced in the sixteenth session of 2026-12-07 (the blind sets written
during the session and the untraced sets of the session before), each tested on sentences
written for this file.

- Rule 11: «welcomed the ruling», «hailed the advisory opinion», «welcomed the findings»: what
  a court decides (ruling, opinion, verdict, judgment, findings; words generic_act_nouns),
  named back bare after an article and an adjective that names no author («advisory»,
  «landmark», «unanimous»; words act_qualifiers), is the act of the article's lead.
- Rule 11: «Israeli forces fired on a delegation …. Spain condemned the shooting», «the
  shots», «the firing», «Ankara condemns the incident»: shooting and firing are acts of force
  (words force_verbs: fire, shoot, every form generated; force_acts, reported_acts: shooting,
  shots, firing, gunfire, incident), so a later bare one is the act of force the article last
  gave an author.
- «Israeli jets struck targets near Homs»: striking and attacking give «the strikes», «the
  attack» their author by name (words force_verb_acts), so a later act of force of another
  («U.S. forces shot down a drone») does not take them over; a verb whose doers are some of
  the authors the headline already gave the act («U.S.-British strikes», then «British
  warplanes struck») keeps the headline's list.
- «A gunman who drove in from Jordan opened fire at the crossing»: a name in a phrase of place
  before the verb («from Jordan») is not the subject that does the act the verb's object names.
- Rule 26: «Below is the joint statement issued in the evening by the leaders of the United
  States, Germany and Poland.» and the quoted paragraphs after it: a statement, communiqué or
  declaration issued, released, signed or adopted by its authors (cue
  en.speech.statement.issued_by) reports their words, so the «we» of the text is theirs.
- Rule 16: «the mediation that Qatar, Egypt and the United States are conducting between
  Israel and Hamas», «the mediation efforts of Oman between …»: the subject of a relative
  clause on the mediation noun, or the owner of its efforts, mediates.
- «Spokesperson Majed al-Ansari opened the briefing by saying the mediation that Qatar … was
  continuing. "We call on …"»: a stance whose holder is a genitive inside the sentence
  («Qatari mediation») does not hide the sentence's own subject, who speaks on for the «we»
  after it.
- «Shipping through the Bab al-Mandab concerns the whole world»: «concerns» before an object
  («the», «them»; words verb_object_openers, not «that») is the verb of what a thing is
  about, no concern.
- «Publicly, Riyadh has kept its heaviest language for Israel. The foreign ministry …»: an
  adverb with its comma before the subject of a sentence with no stance («Publicly,»,
  «Privately,») does not hide that subject, whom a later bare «the foreign ministry» speaks
  for.
- Rule 10: «urged Israel to keep its response proportionate», «a measured response», «a
  limited response»: asking for proportion is asking for restraint (content urges_restraint).
- Rule 10: «urged Paris and Rome to talk to each other»: two or more asked to talk, speak or
  sit together (words each_other_meeting_words), not with the one who asks, are asked for
  dialogue; «called for a calm dialogue» is a call for dialogue, no call for calm.
- Rule 11: «LIVE: Libya's rival authorities announce ceasefire» and then «Egypt hails the two
  announcements»: the headline's subject is found past a rubric («LIVE:») and a possessive
  («Libya's rival authorities»), and a bare act named back in the plural after a number
  («the two announcements», «both decisions») is its act.
- Rule 11: «Analysis: Abbas tears up the Oslo-era rulebook» and then «An Israeli official
  dismissed the announcement», «The State Department said it regretted the decision»: past a
  title-case rubric («Analysis:», not an actor's label «Iran:»), the subject of a headline of
  its own (no full stop) is the
  author of a bare decision, step or announcement that is censured later (words
  generic_act_nouns), before the actor the article censured most.
- Rules 10 and 13: «urged the Palestinians to discuss the plan directly with Israel», «ready to
  discuss the border with Armenia»: to discuss is to talk (content calls_for_dialogue), asked
  for or offered.
- Rule 11: «Britain, Canada, Australia, New Zealand and Norway imposed sanctions …» and then
  «the United States condemned the sanctions»: an act whose verb has a list of subjects is
  the act of each of them.
- «Turkey would not approve the applications of Sweden and Finland, accusing both countries
  of …», «Sweden and Finland applied to join NATO. Turkey accused the two countries …»: «both»
  or «the two» with a plural of states (words listed_pair_counts, listed_pair_nouns) names the
  two actors listed just before in its sentence (not the subjects of a verb: «as Russia and
  Iran urged both sides»), else, when no pair of sides is known, the last two listed before;
  not «the three countries».
- Rule 26: «We, the Foreign Ministers of France, Germany and Italy, welcome …»: the
  apposition after «we» says who «we» are, past the commas of its own list of states, and
  the «we» of the sentences after it are the same.
- «Iran's foreign ministry spokesman denied any uranium deal with Niger, while hailing what
  he described as Niamey's "independent decision"»: a participle after «while», «when»,
  «after» and a comma (words participle_subordinators) is the main clause's subject's, as a
  participle after the comma alone is.
- «Hamas hailed the Jordanian step, and the Palestinian foreign ministry voiced its
  solidarity with Amman»: a stance noun after a light verb («voiced», «expressed»; words
  stance_light_verbs) or a verb that takes it («held») with a subject of its own is that
  subject's, not the sentence's first subject's.
- «Serbia does not recognise Kosovo», «the EU does not recognise Israeli sovereignty over
  occupied territory»: not to recognise a state, its claim or its act is to reject it (cue
  en.rejects.not_recognise, only under a negation and only as a verb: «the internationally
  recognised government» is no cue).
- Rule 11: «Nicaragua's electoral council declared the incumbent the winner … Costa Rica said
  it would not recognise the election», «Spain did not recognise the results»: an election,
  its ballot and its results (words generic_act_nouns, main_act_nouns) named back bare are the
  main act of the article, whose author it censured most.
- Rule 10: «pressed Israel to agree to "humanitarian pauses" in the fighting»: a pause in the
  fighting asked for is restraint (content urges_restraint).
- «the foreign ministers of eight Arab and Muslim countries, among them Saudi Arabia, Qatar,
  Egypt and Turkey, welcomed …»: an apposition opened by «among», «including» (words
  member_apposition_openers) names who holds the stance, past the commas of its own list.
- Rule 11: «Arab and Muslim capitals embrace Trump's Gaza plan», «the 20-point plan that
  President Donald Trump unveiled»: the lead's act is found past a name between the possessive
  and the noun, and from the subject of a relative clause on it, for a later «welcomed the
  plan», «welcomed the initiative».
- Rule 22: «… adopting a text drafted by the United States and Panama. The resolution
  condemns … and commends Kenya»: a text or resolution drafted by some (words
  resolution_nouns: resolution, text) holds its stances with the body that adopts it, in a
  later sentence the resolution opens too, and for the IAEA board as for the Security Council
  (words resolution_bodies).
- «the Kenya-led Multinational Security Support mission»: a capitalised word after two
  capitalised words is the end of a name, no cue («Support»).
- «Pompeo said he was "disappointed" by Seoul's decision», «Egypt expressed its
  disappointment with the Ethiopian position», «dismayed at»: disappointment is disapproval
  (cue en.condemns.disappointed; CAMEO 111, PLOVER ACCUSE:disapprove).
"""

from __future__ import annotations

import pytest

from tests.edge_cases import Edge, edges_en

FILLER = "\n\nNo further details were available by Monday evening, the report said."
COURT = ("Headline\n\nThe International Court of Justice said on Friday that the occupation of the "
         "territory was unlawful. Here is how governments responded.\n\n")

CASES: list[tuple[str, str, set[Edge]]] = [
    ("welcomed_the_ruling",
     COURT + "Egypt welcomed the ruling on Friday evening." + FILLER,
     {("EGY", "welcomes", "ICJ")}),
    ("hailed_the_advisory_opinion",
     COURT + "Jordan hailed the advisory opinion as a victory for international law." + FILLER,
     {("JOR", "welcomes", "ICJ")}),
    ("welcomed_the_landmark_findings",
     COURT + "Ireland also welcomed the landmark findings." + FILLER,
     {("IRL", "welcomes", "ICJ")}),
    ("an_opinion_of_another_is_not_the_courts",
     COURT + "Turkey welcomed the opinion of the committee." + FILLER,
     set()),
    ("condemned_the_shooting_and_the_incident",
     ("Headline\n\nIsraeli forces fired on a delegation of foreign diplomats near Jenin on "
      "Wednesday. Spain firmly condemned the shooting. Ankara strongly condemns the incident. "
      "Egypt also condemned the firing." + FILLER),
     {("ESP", "condemns", "ISR"), ("TUR", "condemns", "ISR"), ("EGY", "condemns", "ISR")}),
    ("the_strikes_stay_theirs_after_a_drone_shot_down",
     ("Headline\n\nIraq summoned the Iranian ambassador after Iran's Revolutionary Guards struck "
      "targets near Erbil with missiles and drones. American forces shot down an Iranian drone "
      "that was heading toward the city. The head of the UN mission in Iraq condemned the "
      "strikes as reckless." + FILLER),
     {("IRQ", "holds_talks", "IRN"), ("IRQ", "condemns", "IRN"), ("UN", "condemns", "IRN")}),
    ("a_gunman_from_a_place_is_no_author",
     ("Headline\n\nA gunman who drove a truck in from Jordan opened fire at the Allenby crossing "
      "on Sunday, killing three Israeli civilians. Hamas praised the shooting." + FILLER),
     set()),
    ("the_joint_statement_issued_by_three_leaders",
     ("Headline\n\nBelow is the joint statement issued in the evening by the leaders of the "
      "United States, Germany and Poland, followed by reactions.\n\n\"Today, sixteen people who "
      "were unjustly detained are on their way home to their families.\n\nWe call on Belarus "
      "to release all those who remain wrongfully detained.\"" + FILLER),
     {("USA", "demands", "BLR"), ("DEU", "demands", "BLR"), ("POL", "demands", "BLR")}),
    ("a_statement_released_by_two_ministers",
     ("Headline\n\nThe communique released on Monday by the foreign ministers of Egypt and "
      "Jordan was read out in Amman.\n\n\"We reject any displacement of the Palestinian people "
      "and we call on Israel to withdraw its forces from Gaza.\"" + FILLER),
     {("EGY", "demands_withdrawal", "ISR"), ("JOR", "demands_withdrawal", "ISR")}),
    ("the_mediation_that_three_are_conducting",
     ("Headline\n\nOfficials said the mediation that Qatar, Egypt and the United States are "
      "conducting between Israel and Hamas was continuing day and night." + FILLER),
     {("QAT", "mediates", "ISR"), ("QAT", "mediates", "HAMAS"), ("EGY", "mediates", "ISR"),
      ("EGY", "mediates", "HAMAS"), ("USA", "mediates", "ISR"), ("USA", "mediates", "HAMAS")}),
    ("the_mediation_efforts_of_one",
     ("Headline\n\nThe mediation efforts of Oman between Iran and the United States will go on "
      "next month, officials said." + FILLER),
     {("OMN", "mediates", "IRN"), ("OMN", "mediates", "USA")}),
    ("the_speaker_after_a_genitive_mediation",
     ("Headline\n\nForeign ministry spokesperson Majed al-Ansari opened the weekly briefing by "
      "saying the mediation that Qatar is conducting between Israel and Hamas was continuing. "
      "\"We call on Israel to open all land crossings immediately,\" he said." + FILLER),
     {("QAT", "mediates", "ISR"), ("QAT", "mediates", "HAMAS"), ("QAT", "demands", "ISR")}),
    ("concerns_the_whole_world_is_no_concern",
     ("Headline\n\nThe fighting between Israel and Hamas concerns the whole region, the Qatari "
      "foreign ministry said on Monday." + FILLER),
     set()),
    ("an_adverb_before_the_acting_subject",
     ("Headline\n\nPublicly, Riyadh has kept its heaviest language for Israel. The foreign "
      "ministry this week again called on Israel to halt its offensive in Lebanon." + FILLER),
     {("SAU", "urges_restraint", "ISR")}),
    ("keep_its_response_proportionate",
     ("Headline\n\nU.S. officials said Washington had urged Israel to keep its response "
      "proportionate and away from energy sites." + FILLER),
     {("USA", "urges_restraint", "ISR")}),
    ("a_measured_response",
     ("Headline\n\nGermany called on Iran to limit itself to a measured response." + FILLER),
     {("DEU", "urges_restraint", "IRN")}),
    ("urged_two_to_talk_to_each_other",
     ("Headline\n\nGermany urged France and Italy to talk to each other rather than about each "
      "other." + FILLER),
     {("DEU", "calls_for_dialogue", "FRA"), ("DEU", "calls_for_dialogue", "ITA")}),
    ("invited_two_to_visit_is_still_an_invitation",
     ("Headline\n\nChina invited France and Italy to visit Beijing next month." + FILLER),
     {("CHN", "expresses_intent_to_meet", "FRA"), ("CHN", "expresses_intent_to_meet", "ITA")}),
    ("a_calm_dialogue",
     ("Headline\n\nSpain called on Morocco to hold a calm dialogue over the border."
      + FILLER),
     {("ESP", "calls_for_dialogue", "MAR")}),
    ("the_two_announcements_of_a_headline",
     ("LIVE: Libya's rival authorities announce ceasefire\n\nThe head of the Presidential "
      "Council ordered all forces under his command to cease fire immediately on Friday."
      "\n\nEgypt hails the two announcements as an important step." + FILLER),
     {("EGY", "welcomes", "LBY")}),
    ("the_headline_subjects_decision_censured",
     ("Analysis: Abbas tears up the Oslo-era agreements with Israel\n\nPalestinian President "
      "Mahmoud Abbas rejected the annexation plans of the Israeli government and accused Israel "
      "of burying the two-state solution.\n\nThe State Department said it regretted the "
      "decision." + FILLER),
     {("PSE", "rejects", "ISR"), ("PSE", "accuses", "ISR"), ("USA", "condemns", "PSE")}),
    ("urged_to_discuss",
     ("Headline\n\nThe State Department urged the Palestinians to discuss the plan directly with "
      "Israel." + FILLER),
     {("USA", "calls_for_dialogue", "PSE")}),
    ("ready_to_discuss",
     ("Headline\n\nAzerbaijan said on Monday it was ready to discuss the border with Armenia."
      + FILLER),
     {("AZE", "expresses_intent_to_meet", "ARM")}),
    ("sanctions_imposed_by_a_list",
     ("Five countries sanction two Israeli ministers\n\nBritain, Canada, Australia, New Zealand "
      "and Norway imposed sanctions on Tuesday on two Israeli ministers.\n\nSecretary of State "
      "Marco Rubio said the United States condemned the sanctions, calling them "
      "counterproductive." + FILLER),
     {("USA", "condemns", "GBR"), ("USA", "condemns", "CAN"), ("USA", "condemns", "AUS"),
      ("USA", "condemns", "NZL"), ("USA", "condemns", "NOR")}),
    ("both_countries_listed_before",
     ("Headline\n\nTurkey would not approve the applications of Sweden and Finland to join NATO, "
      "accusing both countries of harbouring members of the PKK." + FILLER),
     {("TUR", "accuses", "SWE"), ("TUR", "accuses", "FIN")}),
    ("the_two_countries_of_the_sentence_before",
     ("Headline\n\nSweden and Finland applied to join NATO on Sunday. Turkey accused the two "
      "countries of harbouring members of the PKK." + FILLER),
     {("TUR", "accuses", "SWE"), ("TUR", "accuses", "FIN")}),
    ("the_subjects_are_not_both_sides",
     ("Headline\n\nAzerbaijan accused Armenian forces of firing on its positions, as Russia and "
      "Iran urged both sides to show restraint." + FILLER),
     {("AZE", "accuses", "ARM"), ("RUS", "urges_restraint", "AZE"),
      ("RUS", "urges_restraint", "ARM"), ("IRN", "urges_restraint", "AZE"),
      ("IRN", "urges_restraint", "ARM")}),
    ("we_the_foreign_ministers_of_three",
     ("Headline\n\nWe, the Foreign Ministers of France, Germany and Italy, welcome the Libya "
      "Stabilization Conference convened today in Tripoli. We reaffirm our strong commitment "
      "to the sovereignty of Libya." + FILLER),
     {("FRA", "welcomes", "LBY"), ("DEU", "welcomes", "LBY"), ("ITA", "welcomes", "LBY"),
      ("FRA", "affirms_sovereignty", "LBY"), ("DEU", "affirms_sovereignty", "LBY"),
      ("ITA", "affirms_sovereignty", "LBY")}),
    ("while_hailing",
     ("Headline\n\nIran's foreign ministry spokesman, Nasser Kanaani, denied any uranium deal "
      "with Niger, while hailing what he described as Niamey's \"independent decision\"."
      + FILLER),
     {("IRN", "welcomes", "NER")}),
    ("a_second_subject_voiced_its_solidarity",
     ("Headline\n\nHamas hailed the Jordanian step as a principled position, and the "
      "Palestinian foreign ministry voiced its solidarity with Amman." + FILLER),
     {("HAMAS", "welcomes", "JOR"), ("PSE", "expresses_support", "JOR")}),
    ("does_not_recognise_a_state",
     ("Headline\n\nSerbia's president said on Sunday that Serbia does not recognise Kosovo and "
      "never will." + FILLER),
     {("SRB", "rejects", "XKX")}),
    ("the_recognised_government_is_no_cue",
     ("Headline\n\nThe internationally recognised government of Yemen accused the Houthis of "
      "attacking its forces near Marib." + FILLER),
     {("YEM", "accuses", "HOUTHIS")}),
    ("would_not_recognise_the_election",
     ("Headline\n\nThe United States condemned Nicaragua on Monday for jailing seven would-be "
      "challengers before the vote.\n\nCosta Rica said it would not recognise the election. "
      "Spain did not recognise the results either." + FILLER),
     {("USA", "condemns", "NIC"), ("CRI", "rejects", "NIC"), ("ESP", "rejects", "NIC")}),
    ("humanitarian_pauses",
     ("Headline\n\nSecretary of State Antony Blinken pressed Israel to agree to \"humanitarian "
      "pauses\" in the fighting." + FILLER),
     {("USA", "urges_restraint", "ISR")}),
    ("among_them_four_welcomed_the_plan",
     ("Arab and Muslim capitals embrace Trump's Gaza plan\n\nGovernments across the Middle East "
      "lined up behind the 20-point plan that President Donald Trump unveiled at the White House "
      "a day earlier.\n\nIn a joint statement, the foreign ministers of eight Arab and Muslim "
      "countries, among them Saudi Arabia, Qatar, Egypt and Turkey, welcomed the plan. "
      "Secretary-General António Guterres welcomed the initiative." + FILLER),
     {("SAU", "welcomes", "USA"), ("QAT", "welcomes", "USA"), ("EGY", "welcomes", "USA"),
      ("TUR", "welcomes", "USA"), ("UN", "welcomes", "USA")}),
    ("the_resolution_of_its_drafters",
     ("Headline\n\nThe Security Council on Tuesday authorised a new force to take over from the "
      "Kenya-led Multinational Security Support mission in Haiti, adopting a text drafted by the "
      "United States and Panama.\n\nThe resolution condemns the violence of armed gangs in the "
      "capital, and commends Kenya for leading the multinational mission since June 2024."
      + FILLER),
     {("UNSC", "welcomes", "KEN"), ("USA", "welcomes", "KEN"), ("PAN", "welcomes", "KEN")}),
    ("the_iaea_board_and_its_drafters",
     ("Headline\n\nThe IAEA board on Thursday declared Iran in breach of its obligations, "
      "adopting a resolution drafted by Britain, France, Germany and the United States."
      + FILLER),
     {("IAEA", "accuses", "IRN"), ("GBR", "accuses", "IRN"), ("FRA", "accuses", "IRN"),
      ("DEU", "accuses", "IRN"), ("USA", "accuses", "IRN")}),
    ("disappointed_by_a_decision",
     ("Headline\n\nPompeo, speaking to reporters in Ottawa, said he was \"disappointed\" by "
      "Seoul's decision. Egypt expressed its disappointment with the Ethiopian position."
      + FILLER),
     {("USA", "condemns", "KOR"), ("EGY", "condemns", "ETH")}),
]


@pytest.mark.parametrize(("case", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_phenomenon(case: str, text: str, expected: set[Edge]) -> None:
    assert edges_en(text) == expected

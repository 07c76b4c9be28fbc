"""English constructions traced in the fourteenth session of 2026-12-07 (the blind sets written
during the session), each tested on sentences written for this file.

- Rules 5 and 11: a coup is the act of the forces that stand for their state. «condemned the
  coup in Myanmar»: the state after «in» right after a coup noun (words coup_nouns) is its
  author, not the place where it happened; «condemned the coup» with no state named with it
  is the state whose junta, army or new rulers the article named.
- Rule 20: a call to keep a truce named by its pronoun («urged both to respect it fully») is
  a call for restraint where the sentence or the one before names a truce (words
  truce_words); elsewhere «respect it» asks nothing typed. «to avoid any further military
  action», «refrain from new attacks»: restraint, written as a family.
- «…, whom they each received last month»: the relative's antecedent is the object of the
  verb after «whom» and its subject.
- «Egyptian and Turkish diplomats sat at the same table», «sat down together»: talks (rule
  15), both ways for a joint subject.
- «held two days of discussions in Cairo, covering bilateral ties as well as Libya, Syria»:
  actors past a topic word (words topic_prepositions, now with «covering») are what joint
  holders talk about, no partners, as for agreeing.
- «the International Criminal Court issued arrest warrants … rejects the court's decision»,
  «stood behind the court»: the last word of an organisation's long name (words
  org_anaphoric_heads: court, agency, tribunal, league) stands for the organisation named
  last with it, as «the Kingdom» does for a state; after «outside», «inside» (words
  outside_prepositions) the head says where, no one.
- «We call on Israel and Hamas to resume urgent discussions»: resuming or continuing
  discussions is dialogue (rule 10), not bare «discussions» («keep the file separate from
  their border discussions»).
- «our three countries have worked without pause as mediators»: the role's «as» past an
  adverb or a short adverbial phrase; «without pause», «without delay», «no doubt» negate
  nothing (words negation_cancel_after).
- «The foreign ministers of the contact group — Jordan, Saudi Arabia, Iraq, Lebanon and Egypt
  — met … "The ministers affirmed …"»: a plural of officials (words leader_groups) as a
  subject, with no state named with it, is those who took part in the last meeting, else
  the last list of three or more set off by a dash or colon after a plural of officials;
  not any last list («West African leaders approved the withdrawal of Mali, Burkina Faso and
  Niger … The leaders also thanked …»).
- «agreed to keep their meetings open»: meetings a readiness or agreement governs are
  intended, not held; three or more agreeing about their own meetings (words
  group_meeting_nouns) make a forum of their own (rule 15), no cooperation among them.
- «a transition … with the support of the United Nations»: «the support of» names whose
  support it is, a circumstance, no stance of the sentence's holder.
- Rule 11: «after Israeli fire hit the mission's headquarters … France condemned the fire on
  UN positions»: fire is an act of force (words reported_acts, force_acts), its author the
  actor named with it.
- Rule 15: «Austin called Israeli Defence Minister Yoav Gallant to voice concern»: «called»
  with a title of an official after it (not «called on», not «called X's remarks …») is a
  phone call.
- «called on the three to lift the bans» after «Poland, Hungary and Slovakia»: «the» and a
  number word with no noun after it name the last list of that many actors, the one the
  sentence named before it first («… against Poland, Hungary and Slovakia, accusing the three
  of …»).
- «encouraged India and China to use existing bilateral channels»: talks through channels are
  dialogue (rule 10).
- «Germany said it was pleased that Egypt and Ethiopia had resumed talks», «was glad both
  sides had disengaged»: being glad, pleased or heartened by what actors did welcomes them
  (rule 22); «pleased to announce» welcomes no one.
- Rule 20: «an immediate halt to the use of force» is restraint (the use of force is an act
  of fighting, as strikes are).
- Rule 11: «Russia and China used their veto against a draft put forward by Germany and
  Belgium», «cast its veto against the Algerian draft»: using the veto rejects the draft's
  sponsors, as «vetoed» does.
- Rule 15: «Sisi and Erdoğan shook hands and held a brief conversation»: a handshake or a
  conversation held is a meeting.
- Rule 23: «the two presidents agreed that the meeting would mark "a beginning for the
  development of bilateral relations"»: agreeing on their own cooperation is an intent to
  cooperate, both ways, not a shared view; «agreed that a political solution was the only
  way out» stays one.
"""

from __future__ import annotations

import pytest

from tests.edge_cases import Edge, edges_en

FILLER = "\n\nNo further details were available by Monday evening, the report said."

CASES: list[tuple[str, str, set[Edge]]] = [
    ("the_coup_in_a_state",
     "Headline\n\nThe European Union condemned the coup in Myanmar." + FILLER,
     {("EU", "condemns", "MMR")}),
    ("the_military_takeover_in_a_state",
     ("Headline\n\nCanada condemned the military takeover in Gabon and called for the release "
      "of the detained president." + FILLER),
     {("CAN", "condemns", "GAB"), ("CAN", "demands", "GAB")}),
    ("a_bare_coup_after_the_junta_was_named",
     ("Headline\n\nNiger's junta closed the country's airspace on Sunday. The African Union "
      "condemned the coup." + FILLER),
     {("AU", "condemns", "NER")}),
    ("a_bare_coup_with_no_army_named_is_no_one",
     "Headline\n\nThe African Union condemned the coup." + FILLER,
     set()),
    ("a_situation_in_a_state_stays_a_place",
     "Headline\n\nThe European Union voiced concern about the situation in Myanmar." + FILLER,
     set()),
    ("keep_the_truce_named_before",
     ("Headline\n\nEgypt announced a truce between Israel and Islamic Jihad on Sunday. The "
      "U.N. envoy urged both to respect it fully." + FILLER),
     {("UN", "urges_restraint", "ISR"), ("UN", "urges_restraint", "PIJ")}),
    ("respect_it_with_no_truce_is_no_restraint",
     ("Headline\n\nFrance welcomed the court's ruling. The French minister urged Iran to "
      "respect it." + FILLER),
     {("FRA", "demands", "IRN")}),
    ("avoid_any_further_military_action",
     ("Headline\n\nThe U.S. secretary of state urged India and Pakistan to avoid any further "
      "military action." + FILLER),
     {("USA", "urges_restraint", "IND"), ("USA", "urges_restraint", "PAK")}),
    ("the_antecedent_of_whom",
     ("Headline\n\nEgypt and Turkey said they would work with Dbeibah, whom they each "
      "received last month." + FILLER),
     {("EGY", "expresses_intent_to_cooperate", "LBY"), ("TUR", "expresses_intent_to_cooperate",
                                                        "LBY"),
      ("EGY", "holds_talks", "LBY"), ("TUR", "holds_talks", "LBY")}),
    ("sat_at_the_same_table",
     ("Headline\n\nEgyptian and Turkish diplomats sat at the same table in Cairo this week."
      + FILLER),
     {("EGY", "holds_talks", "TUR"), ("TUR", "holds_talks", "EGY")}),
    ("what_joint_talks_covered",
     ("Headline\n\nThe Egyptian and Turkish delegations held two days of discussions in Cairo, "
      "covering bilateral ties as well as Libya, Syria and Iraq." + FILLER),
     {("EGY", "holds_talks", "TUR"), ("TUR", "holds_talks", "EGY")}),
    ("the_court_named_back",
     ("Headline\n\nThe International Criminal Court issued arrest warrants on Thursday. The "
      "White House said it rejects the court's decision, and Jordan's foreign minister said "
      "Amman stood behind the court." + FILLER),
     {("USA", "rejects", "ICC"), ("JOR", "expresses_support", "ICC")}),
    ("the_agency_named_back",
     ("Headline\n\nThe International Atomic Energy Agency reported new uranium traces. Iran's "
      "foreign ministry condemned the agency's report." + FILLER),
     {("IRN", "condemns", "IAEA")}),
    ("outside_the_court_is_a_place",
     ("Headline\n\nThe International Court of Justice ruled on the border case on Monday. "
      "Guyana rejected Caracas's call for bilateral negotiations outside the court." + FILLER),
     {("GUY", "rejects", "VEN")}),
    ("no_court_named_before",
     "Headline\n\nThe White House said it rejects the court's decision." + FILLER,
     set()),
    ("resume_urgent_discussions",
     ("Headline\n\nEgypt called on Israel and Hamas to resume urgent discussions in Cairo."
      + FILLER),
     {("EGY", "calls_for_dialogue", "ISR"), ("EGY", "calls_for_dialogue", "HAMAS")}),
    ("discussions_as_a_topic_ask_no_dialogue",
     ("Headline\n\nGhana called on Iraq and Kuwait to keep the humanitarian file separate from "
      "their border discussions." + FILLER),
     {("GHA", "demands", "IRQ"), ("GHA", "demands", "KWT")}),
    ("worked_without_pause_as_mediators",
     ("Headline\n\nThe leaders of the United States, Egypt and Qatar issued a joint statement. "
      "Our three countries have worked without pause as mediators between Israel and Hamas."
      + FILLER),
     {(a, "mediates", t) for a in ("USA", "EGY", "QAT") for t in ("ISR", "HAMAS")}),
    ("the_ministers_after_their_list",
     ("Headline\n\nThe foreign ministers of the contact group — Jordan, Saudi Arabia, Iraq, "
      "Lebanon and Egypt — met in Aqaba on Saturday. The ministers condemned the incursion "
      "of Israeli forces into the buffer zone." + FILLER),
     {(a, "condemns", "ISR") for a in ("JOR", "SAU", "IRQ", "LBN", "EGY")}),
    ("the_prime_minister_is_no_group",
     ("Headline\n\nJordan, Saudi Arabia and Egypt met in Aqaba on Saturday. The prime "
      "minister of Iraq condemned the incursion of Israeli forces." + FILLER),
     {("IRQ", "condemns", "ISR")} |
     {(a, "holds_talks", b) for a in ("JOR", "SAU", "EGY") for b in ("JOR", "SAU", "EGY")
      if a != b}),
    ("meetings_agreed_to_are_not_held",
     ("Headline\n\nJordan, Saudi Arabia, Iraq and Egypt condemned the incursion of Israeli "
      "forces, and agreed to keep their meetings open." + FILLER),
     {(a, "condemns", "ISR") for a in ("JOR", "SAU", "IRQ", "EGY")}),
    ("with_the_support_of_an_organisation",
     ("Headline\n\nJordan and Egypt backed a political transition in Syria with the support of "
      "the United Nations." + FILLER),
     set()),
    ("fire_is_an_act_of_force",
     ("Headline\n\nIsraeli fire hit the mission's headquarters in Naqoura on Friday. France "
      "condemned the fire on UN positions." + FILLER),
     {("FRA", "condemns", "ISR")}),
    ("called_an_official",
     ("Headline\n\nDefense Secretary Lloyd Austin called Israeli Defence Minister Yoav Gallant "
      "on Friday." + FILLER),
     {("USA", "holds_talks", "ISR")}),
    ("called_an_officials_remarks",
     ("Headline\n\nThe Turkish president called the Israeli prime minister's remarks "
      "unacceptable." + FILLER),
     {("TUR", "condemns", "ISR")}),
    ("the_three_with_no_noun",
     ("Headline\n\nThe bans imposed by Poland, Hungary and Slovakia remain in force. The "
      "European Commission called on the three to lift them." + FILLER),
     {("EU", "demands", "POL"), ("EU", "demands", "HUN"), ("EU", "demands", "SVK")}),
    ("the_two_of_a_list_of_three_is_no_one",
     ("Headline\n\nThe bans imposed by Poland, Hungary and Slovakia remain in force. The "
      "European Commission called on the two to lift them." + FILLER),
     set()),
    ("the_three_of_the_same_sentence",
     ("Headline\n\nKyiv filed complaints against Poland, Hungary and Slovakia, accusing the "
      "three of breaching their obligations." + FILLER),
     {("UKR", "accuses", "POL"), ("UKR", "accuses", "HUN"), ("UKR", "accuses", "SVK")}),
    ("bilateral_channels_are_dialogue",
     ("Headline\n\nA US spokesperson encouraged India and China to use existing bilateral "
      "channels." + FILLER),
     {("USA", "calls_for_dialogue", "IND"), ("USA", "calls_for_dialogue", "CHN")}),
    ("pleased_that_actors_acted",
     ("Headline\n\nGermany said it was pleased that Egypt and Ethiopia had resumed talks."
      + FILLER),
     {("DEU", "welcomes", "EGY"), ("DEU", "welcomes", "ETH")}),
    ("pleased_to_announce",
     "Headline\n\nThe Qatari minister said he was pleased to announce a new fund." + FILLER,
     set()),
    ("a_halt_to_the_use_of_force",
     ("Headline\n\nThe United States struck Houthi positions overnight. Russia's foreign "
      "minister urged Washington to agree to an immediate halt to the use of force." + FILLER),
     {("RUS", "urges_restraint", "USA")}),
    ("used_their_veto_against_a_draft",
     ("Headline\n\nRussia and China used their veto against a draft put forward by Germany and "
      "Belgium." + FILLER),
     {(a, "rejects", b) for a in ("RUS", "CHN") for b in ("DEU", "BEL")}),
    ("shook_hands",
     ("Headline\n\nThe Egyptian president shook hands with his Turkish counterpart in Doha on "
      "Sunday." + FILLER),
     {("EGY", "holds_talks", "TUR")}),
    ("agreed_on_their_cooperation",
     ("Headline\n\nEgypt and Turkey held talks. The two presidents agreed that the meeting "
      "would mark a beginning for the development of bilateral relations." + FILLER),
     {("EGY", "holds_talks", "TUR"), ("TUR", "holds_talks", "EGY"),
      ("EGY", "expresses_intent_to_cooperate", "TUR"),
      ("TUR", "expresses_intent_to_cooperate", "EGY")}),
    ("agreed_on_a_view",
     ("Headline\n\nEgypt and Turkey held talks. The two ministers agreed that a political "
      "solution was the only way out of the crisis." + FILLER),
     {("EGY", "holds_talks", "TUR"), ("TUR", "holds_talks", "EGY"),
      ("EGY", "agrees_with", "TUR"), ("TUR", "agrees_with", "EGY")}),
]


@pytest.mark.parametrize(("case", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_phenomenon(case: str, text: str, expected: set[Edge]) -> None:
    assert edges_en(text) == expected

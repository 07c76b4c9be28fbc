"""English constructions found by counting errors across all the traced sets in the eighth
session of 2026-12-06, each tested on sentences written for this file.

- Calling an act cruel, unjust, a stunt or propaganda is a negative judgement of its actor,
  a condemnation (rule 21; cue en.condemns.describe; not «offensive», a military noun too).
- «…, condemning the case and accusing Managua of …»: a participle after «and» starts a
  clause of its own, so the object of the stance before it does not swallow it.
- «France and Germany issued a joint statement. "We urge …," it says.»: issuing a statement
  is speech (cue en.speech.statement), so «it» and «we» are its issuers.
- «urged the relevant Libyan authorities to …»: one modifier between the article and the
  adjective of the addressee.
- The place a withdrawal leaves is no target («must leave Libya», «withdraw its forces from
  Ukraine», «pull out of Lebanon»; words departure_words, departure_preps); whose forces
  are to go is («the withdrawal of Russian forces»).
- Kataib Hezbollah, an Iraqi militia, is not Hezbollah (words non_actor_names).
- Rule 16: a mediation of something the sentence places in a third state («the agreement
  signed in Sudan …, praising the mediation of the African Union») is not between the
  article's pair.
- Forces named back: «… the actions of Sudanese military forces. We also urge the security
  forces to refrain …», «the Myanmar military … demanded that the junta allow …»: «the» and
  a force noun (words force_refs, force_ref_modifiers) are the forces of the state named with
  them in this or the two sentences before; a bare «the military» is not («the military
  authorities», «the military build-up»).
- «North Korea fired a ballistic missile over Japan … Japan condemned the launch»: a launch
  or test is an act of force (words force_acts), so it is the author the article last gave
  one.
- A seizure named back is its doer's whatever act of force came after («Houthis seize cargo
  ship … Iranian drones attacked a tanker … Japan condemned the seizure»): a verb of force
  names its act noun (words force_verb_acts: «seize seizure», «storm storming»); a force
  the possessor names («Iran's Revolutionary Guards seized …») acts for the possessor; and a
  discussion's topic («discussed the seizures by phone with …») is no partner.
- «… met the Minister of Foreign Affairs of the Republic of Poland. The ministers strongly
  condemned …»: «the ministers», «the presidents», «the leaders» after a meeting of two are
  those two (words met_plurals), as «the two ministers» were.
- «Lithuanian and Polish foreign ministers meet on Belarus border security», «met on Monday
  to discuss Belarus»: a joint subject whose verb of meeting takes no object met each other
  (rule 15); the state after it is the topic, no partner («met the Ukrainian president» is).
- «Turkey said it stood by the Syrian government, and Saudi Arabia, Jordan and Qatar voiced
  support for …»: a stance noun right after a light verb (words stance_light_verbs) is held by
  that verb's own subject, also in a clause after the sentence's first.
- «Turkey condemned the attack, and Saudi Arabia called for calm», «Turkey rejected the plan,
  and Egypt said …»: the subject of the next clause is no word of the object before it.
- «his Central African counterpart»: «Central African» is the Central African Republic's
  adjective (gazetteer overlay); the region's bodies and states are not («the Economic
  Community of Central African States»; words non_actor_names).
- Ready to receive a delegation is an intent to meet; a proposed joint investigation with an
  actor is an intent to cooperate with it (content words).
- «Egypt welcomed the decision, while Turkey's foreign ministry described it as "an important
  step" and urged Israel to …»: a verb after «and» in a clause a contrast link opened has that
  clause's first actor as subject, and the object before the link stops at it (not inside a
  quotation: «"… while Israel kills our people", and accused …»).
- «held calls with his Lebanese and Syrian counterparts, urging them to exercise restraint»:
  «them» after an appeal are the partners of the talks the sentence reports (rule 24).
- Recalling one's ambassador from a state («Morocco recalled its ambassador to Tunisia») is a
  protest that condemns it, as a summons of its envoy is (cue en.condemns.recall; «recalled
  that …» is memory, no cue).
- The one attacked is no target: «Egypt condemned the attack on the Saudi embassy» does not
  condemn Saudi Arabia (words force_nouns, on_preps), as in Arabic; the attacker's adjective
  stays the target («the Israeli attack on the Iranian consulate»).
"""

from __future__ import annotations

import pytest

from tests.edge_cases import Edge, edges_en

FILLER = "\n\nFurther details were not immediately available on Sunday evening, the report said."

CASES: list[tuple[str, str, set[Edge]]] = [
    ("an_act_called_cruel",
     "The US ambassador called the Russian veto \"a cruel and cynical act\"." + FILLER,
     {("USA", "condemns", "RUS")}),
    ("a_case_called_a_stunt",
     "Israel's foreign minister described Nicaragua's case as a propaganda stunt." + FILLER,
     {("ISR", "condemns", "NIC")}),
    ("an_offensive_is_no_judgement",
     ("The Security Council condemned in the strongest terms the ongoing offensive in the "
      "east and the presence of Rwandan troops on Congolese soil." + FILLER),
     {("UNSC", "condemns", "RWA")}),
    ("a_participle_after_and_keeps_its_stance",
     ("The Israeli spokesman weighed in, condemning the case and accusing Managua of acting "
      "on behalf of Hamas." + FILLER),
     {("ISR", "condemns", "NIC"), ("ISR", "accuses", "NIC")}),
    ("a_participle_after_a_describe_keeps_its_stance",
     ("The Israeli spokesman weighed in, calling the case \"cynical\" and accusing Managua of "
      "acting on behalf of Hamas." + FILLER),
     {("ISR", "condemns", "NIC"), ("ISR", "accuses", "NIC")}),
    ("open_to_talks_after_a_compound_modifier",
     ("Australia demanded an apology from the Chinese government, while saying Canberra "
      "remained open to ministerial-level talks with Beijing." + FILLER),
     {("AUS", "demands", "CHN"), ("AUS", "expresses_intent_to_meet", "CHN")}),
    ("a_statement_issued_speaks_as_it",
     ("France and Germany issued a joint statement. \"We urge the Libyan authorities to set a "
      "new date promptly,\" it said." + FILLER),
     {("FRA", "demands", "LBY"), ("DEU", "demands", "LBY")}),
    ("a_statement_issued_speaks_as_it_after",
     ("France issued a statement on Tuesday. It urged the Libyan authorities to set a new date "
      "promptly." + FILLER),
     {("FRA", "demands", "LBY")}),
    ("one_modifier_before_the_addressee",
     "France urged the relevant Libyan authorities to set a new date promptly." + FILLER,
     {("FRA", "demands", "LBY")}),
    ("the_place_left_is_no_target",
     "Turkey said that all foreign forces must leave Libya without delay." + FILLER,
     set()),
    ("the_place_withdrawn_from_is_no_target",
     "Turkey said that Russia must withdraw its forces from Ukraine." + FILLER,
     {("TUR", "demands_withdrawal", "RUS")}),
    ("whose_forces_withdraw_is_the_target",
     "Turkey called for the withdrawal of Russian forces from Ukraine." + FILLER,
     {("TUR", "demands_withdrawal", "RUS")}),
    ("a_verb_is_no_modifier_of_the_addressee",
     ("Opposition leaders in Islamabad demanded that the government expel Indian diplomats."
      + FILLER),
     set()),
    ("kataib_hezbollah_is_not_hezbollah",
     "Kataib Hezbollah accused the United States of violating Iraqi sovereignty." + FILLER,
     set()),
    ("a_mediation_in_a_third_state_is_not_between_the_pair",
     ("Saudi Arabia and Qatar held talks in Riyadh. Qatar's emir welcomed the agreement signed "
      "in Sudan, praising the mediation of the African Union." + FILLER),
     {("SAU", "holds_talks", "QAT"), ("QAT", "holds_talks", "SAU"), ("QAT", "welcomes", "AU")}),
    ("the_security_forces_named_back",
     ("The United States condemned the actions of Sudanese military forces. We also urge the "
      "security forces to release the prime minister." + FILLER),
     {("USA", "condemns", "SDN"), ("USA", "demands", "SDN")}),
    ("the_junta_after_the_military_named",
     ("Indonesia expressed concern over airstrikes by the Myanmar military and demanded that "
      "the junta allow humanitarian access." + FILLER),
     {("IDN", "expresses_concern", "MMR"), ("IDN", "demands", "MMR")}),
    ("forces_named_long_before_are_not_named_back",
     ("Turkey condemned the Syrian army. Germany welcomed the talks. France welcomed the "
      "election. Italy urged the army to stand down." + FILLER),
     {("TUR", "condemns", "SYR")}),
    ("a_launch_is_an_act_of_force",
     ("North Korea fired an intermediate-range ballistic missile over Japan on Tuesday. Japan's "
      "prime minister condemned the launch in the strongest terms." + FILLER),
     {("JPN", "condemns", "PRK")}),
    ("a_seizure_named_back_is_its_doers",
     ("Houthis seize cargo ship in the Red Sea. Iranian drones attacked a tanker off Oman. "
      "Japan condemned the seizure." + FILLER),
     {("JPN", "condemns", "HOUTHIS")}),
    ("the_possessors_guards_seize",
     ("Iran's Revolutionary Guards seized two Greek-flagged tankers on Friday. The Greek "
      "foreign ministry condemned the seizures and demanded the immediate release of both "
      "vessels." + FILLER),
     {("GRC", "condemns", "IRN"), ("GRC", "demands", "IRN")}),
    ("a_discussed_seizure_is_no_partner",
     ("Iran seized two Greek-flagged tankers on Friday. The Greek prime minister discussed the "
      "seizures by phone with European Council President Charles Michel." + FILLER),
     {("GRC", "holds_talks", "EU")}),
    ("the_ministers_after_a_meeting_are_the_two",
     ("On 7 August, the Minister of Foreign Affairs of Lithuania met the Minister of Foreign "
      "Affairs of the Republic of Poland. The ministers warned Minsk that they were ready to "
      "close the border." + FILLER),
     {("LTU", "holds_talks", "POL"), ("LTU", "warns", "BLR"), ("POL", "warns", "BLR")}),
    ("a_joint_subject_meets_on_a_topic",
     "The Lithuanian and Polish foreign ministers met on Monday to discuss Belarus." + FILLER,
     {("LTU", "holds_talks", "POL"), ("POL", "holds_talks", "LTU")}),
    ("a_joint_subject_meets_an_object",
     "France and Germany met the Ukrainian president in Kyiv." + FILLER,
     {("FRA", "holds_talks", "UKR"), ("DEU", "holds_talks", "UKR")}),
    ("a_light_verbs_own_subject_in_a_second_clause",
     ("Turkey said it stood by the Syrian government, and Saudi Arabia, Jordan and Qatar "
      "voiced support for the measures taken by Damascus." + FILLER),
     {("TUR", "expresses_support", "SYR"), ("SAU", "expresses_support", "SYR"),
      ("JOR", "expresses_support", "SYR"), ("QAT", "expresses_support", "SYR")}),
    ("the_next_clauses_subject_is_no_object",
     "Turkey condemned the attack, and Saudi Arabia called for calm." + FILLER,
     set()),
    ("the_next_clauses_speaker_is_no_object",
     "Turkey rejected the plan, and Egypt said it would study it." + FILLER,
     set()),
    ("a_coordinated_object_stays",
     "Turkey condemned Israel and Iran for the attacks." + FILLER,
     {("TUR", "condemns", "ISR"), ("TUR", "condemns", "IRN")}),
    ("central_african_is_the_republics_adjective",
     ("Chad's foreign minister spoke by phone on Sunday with his Central African counterpart."
      + FILLER),
     {("TCD", "holds_talks", "CAF")}),
    ("the_central_african_states_community_is_no_state",
     ("The Economic Community of Central African States urged Chad to exercise restraint."
      + FILLER),
     set()),
    ("ready_to_receive_a_delegation",
     "The Central African Republic said it was ready to receive a Chadian delegation." + FILLER,
     {("CAF", "expresses_intent_to_meet", "TCD")}),
    ("a_joint_investigation_proposed",
     "The Central African Republic proposed a joint investigation with Chad." + FILLER,
     {("CAF", "expresses_intent_to_cooperate", "TCD")}),
    ("a_contrast_clause_has_its_own_subject",
     ("Egypt welcomed the General Assembly's decision, while Turkey's foreign ministry described "
      "it as \"an important step\" and urged Israel to halt settlement expansion." + FILLER),
     {("EGY", "welcomes", "UNGA"), ("TUR", "demands", "ISR")}),
    ("a_contrast_link_inside_a_quote_opens_no_clause",
     ("Hezbollah's leader said the group \"will not stand idle while Israel kills our people\", "
      "and accused Washington of giving Israel cover." + FILLER),
     {("HEZBOLLAH", "accuses", "USA")}),
    ("urging_them_after_calls_with_two",
     ("The Saudi foreign minister held calls with his Lebanese and Syrian counterparts, urging "
      "them to exercise restraint." + FILLER),
     {("SAU", "holds_talks", "LBN"), ("SAU", "holds_talks", "SYR"),
      ("SAU", "urges_restraint", "LBN"), ("SAU", "urges_restraint", "SYR")}),
    ("recalling_ones_ambassador_condemns",
     "Morocco on Saturday recalled its ambassador to Tunisia for consultations." + FILLER,
     {("MAR", "condemns", "TUN")}),
    ("recalled_that_is_memory",
     "The minister recalled that Egypt had always supported the talks." + FILLER,
     set()),
    ("the_one_attacked_is_no_target",
     "Egypt condemned the attack on the Saudi embassy in Khartoum." + FILLER,
     set()),
    ("the_attackers_adjective_stays_the_target",
     "Egypt condemned the Israeli attack on the Iranian consulate." + FILLER,
     {("EGY", "condemns", "ISR")}),
]


@pytest.mark.parametrize(("case", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_phenomenon(case: str, text: str, expected: set[Edge]) -> None:
    assert edges_en(text) == expected

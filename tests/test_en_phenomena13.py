"""English constructions traced in fresh10_en (12 articles written for the project by a helper
who read only the ontology and the gazetteer ids, scored unseen in the session of 2026-12-05
late and developed against from the session of 2026-12-06), each tested on sentences written
for this file.

- «Oman hosted talks between Iran and the United States … the Omani foreign minister received
  the Iranian foreign minister … Guterres encouraged both sides …»: a mediator's own talks
  with one of the sides it brings together make no new pair of sides; «both sides» are still
  the two it hosts.
- «reaffirmed their respect for the sovereignty and territorial integrity of each other»: a
  reciprocal after «of» makes the stance each subject's toward the other (rule 26), as
  «each other's sovereignty» did.
- «the point where the three countries' borders meet», «failed to meet its obligations»:
  borders that meet and obligations met are no talks.
- «The three heads of state agreed to …»: a counted reference whose head has an «of» phrase
  is the last list of that many.
- «We want to work with the Government of India», «Canada wants to work with India»: a verb
  of wanting or expecting with «to» right after it states the subject's own intent, no appeal
  («France wants Iran to stop …», «want to see X stop …» stay appeals); and «at which
  analysts expect Kim to …»: unnamed analysts after a relative pronoun are no actor.
"""

from __future__ import annotations

import pytest

from tests.edge_cases import Edge, edges_en

CASES: list[tuple[str, str, set[Edge]]] = [
    ("a_host_meeting_one_side_is_no_pair",
     ("Oman hosted talks between Iran and the United States in Muscat on Saturday. Before the "
      "talks opened, the Omani foreign minister received the Iranian foreign minister at his "
      "ministry. UN Secretary-General Antonio Guterres encouraged both sides to stay on the "
      "path of negotiations."),
     {("OMN", "mediates", "IRN"), ("OMN", "mediates", "USA"), ("OMN", "holds_talks", "IRN"),
      ("UN", "calls_for_dialogue", "IRN"), ("UN", "calls_for_dialogue", "USA")}),
    ("sovereignty_of_each_other",
     ("Tajikistan and Kyrgyzstan reaffirmed their respect for the sovereignty and territorial "
      "integrity of each other."),
     {("TJK", "affirms_sovereignty", "KGZ"), ("KGZ", "affirms_sovereignty", "TJK")}),
    ("sovereignty_of_one_another_after_a_pair_word",
     ("The presidents of Laos and Vietnam met in Hanoi. The two leaders reaffirmed respect for "
      "the sovereignty of one another."),
     {("LAO", "holds_talks", "VNM"), ("VNM", "holds_talks", "LAO"),
      ("LAO", "affirms_sovereignty", "VNM"), ("VNM", "affirms_sovereignty", "LAO")}),
    ("borders_that_meet",
     ("The presidents of Tajikistan, Kyrgyzstan and Uzbekistan visited the point where the "
      "three countries' borders meet."),
     set()),
    ("obligations_met_are_no_talks",
     "France said Iran had failed to meet its obligations.",
     set()),
    ("three_heads_of_state",
     ("The presidents of Tajikistan, Kyrgyzstan and Uzbekistan signed a treaty on Monday. The "
      "three heads of state agreed to hold their next summit in Bishkek."),
     {("TJK", "expresses_intent_to_cooperate", "KGZ"),
      ("TJK", "expresses_intent_to_cooperate", "UZB"),
      ("KGZ", "expresses_intent_to_cooperate", "TJK"),
      ("KGZ", "expresses_intent_to_cooperate", "UZB"),
      ("UZB", "expresses_intent_to_cooperate", "TJK"),
      ("UZB", "expresses_intent_to_cooperate", "KGZ"),
      ("TJK", "expresses_intent_to_meet", "KGZ"), ("TJK", "expresses_intent_to_meet", "UZB"),
      ("KGZ", "expresses_intent_to_meet", "TJK"), ("KGZ", "expresses_intent_to_meet", "UZB"),
      ("UZB", "expresses_intent_to_meet", "TJK"), ("UZB", "expresses_intent_to_meet", "KGZ")}),
    ("wanting_to_work_with",
     "Canada wants to work with India on the investigation.",
     {("CAN", "expresses_intent_to_cooperate", "IND")}),
    ("wanting_to_work_with_in_a_quotation",
     "\"We want to work with the Government of India,\" the Canadian prime minister told reporters.",
     {("CAN", "expresses_intent_to_cooperate", "IND")}),
    ("wanting_someone_to_act_is_an_appeal",
     "France wants Iran to stop enriching uranium.",
     {("FRA", "demands", "IRN")}),
    ("analysts_after_a_relative_expect",
     ("Russia criticised the launch. The party meets later this month, at which analysts "
      "expect North Korea to set out its policy toward the South."),
     set()),
    ("concern_conveyed_to_a_state",
     "Japan conveyed its deep concern to China over the naval drills.",
     {("JPN", "expresses_concern", "CHN")}),
    ("a_matter_of_concern_to_a_state",
     "The drills are a matter of concern to Japan, Tokyo said.",
     set()),
    ("concern_voiced_to_a_body",
     "Japan expressed concern to the Security Council about the launches.",
     set()),
    ("critical_that_a_state_cooperate",
     ("A White House spokesman said it was \"critical\" that India cooperate with the Canadian "
      "investigation."),
     {("USA", "demands", "IND")}),
    ("essential_that_forces_withdraw",
     "France said it was essential that Russia withdraw its troops from Ukraine.",
     {("FRA", "demands_withdrawal", "RUS")}),
    ("allegations_linking_a_state",
     ("Canada's prime minister said there were credible allegations linking agents of the "
      "Indian government to the killing. India rejected the allegations as absurd."),
     {("CAN", "accuses", "IND"), ("IND", "rejects", "CAN")}),
    ("those_remarks_are_the_last_speakers",
     ("Pakistan said India's network of killings had gone global. New Delhi dismissed those "
      "remarks."),
     {("IND", "rejects", "PAK")}),
    ("condemning_the_remarks",
     "The Iranian foreign minister said Israel would pay. The US condemned the remarks.",
     {("USA", "condemns", "IRN")}),
    ("an_actor_inside_the_speakers_quotation",
     ("Turkish President Recep Tayyip Erdogan spoke to exporters in Istanbul.\n\n"
      "\"We had a trade volume of 9.5 billion dollars with Israel,\" he said. \"Until Israel "
      "agrees to a lasting ceasefire, this decision will stand.\"\n\n"
      "\"Netanyahu and his government are committing genocide before the eyes of the whole "
      "world,\" he continued."),
     {("TUR", "accuses", "ISR")}),
    ("the_council_after_the_security_council",
     ("The Security Council today adopted resolution 2699 on Haiti by 13 votes in favour, with "
      "China and Russia abstaining.\n\nKenya's representative welcomed the Council's "
      "\"decisive action\" and said his country was ready to lead the mission."),
     {("KEN", "welcomes", "UNSC")}),
    ("grateful_to_two_actors",
     ("Haiti's Foreign Minister said his country was grateful to Kenya for its leadership and "
      "to the Security Council for heeding Haiti's call."),
     {("HTI", "welcomes", "KEN"), ("HTI", "welcomes", "UNSC")}),
    ("drafters_of_a_resolution_the_council_adopts",
     ("Adopting resolution 2699, drafted by the United States and Ecuador, by 13 votes in "
      "favour, the Council expressed its support for the Haitian National Police."),
     {("UNSC", "expresses_support", "HTI"), ("USA", "expresses_support", "HTI"),
      ("ECU", "expresses_support", "HTI")}),
    ("violating_obligations",
     "Algeria said Spain had violated its obligations under the treaty.",
     {("DZA", "accuses", "ESP")}),
    ("a_sides_condemnation_with_no_target",
     ("Moldova accused Russia of blackmail over gas supplies. Chisinau also warned Moscow "
      "against interference in its elections. On Tuesday the Moldovan government condemned "
      "what it called a blatant violation of its airspace by a drone."),
     {("MDA", "accuses", "RUS"), ("MDA", "warns", "RUS"), ("MDA", "condemns", "RUS")}),
    ("drawing_all_the_consequences",
     ("Morocco would draw all the consequences of the Tunisian position, the Moroccan "
      "ministry said."),
     {("MAR", "warns", "TUN")}),
    ("open_to_engaging_with",
     "Pakistan remains open to engaging with Iran through all diplomatic channels.",
     {("PAK", "expresses_intent_to_meet", "IRN")}),
    ("calling_an_accord_a_stupidity",
     "Tehran called the accord \"an act of strategic stupidity by Abu Dhabi and Tel Aviv\".",
     {("IRN", "condemns", "ARE"), ("IRN", "condemns", "ISR")}),
    ("describing_a_move_as_a_betrayal",
     "The Palestinian spokesman described the Emirati move as \"a betrayal of Jerusalem\".",
     {("PSE", "condemns", "ARE")}),
    ("two_who_met_are_the_pair_without_a_host",
     ("The Omani foreign minister received the Iranian foreign minister in Muscat. The "
      "Secretary-General encouraged both sides to continue their dialogue."),
     {("OMN", "holds_talks", "IRN"), ("UN", "calls_for_dialogue", "OMN"),
      ("UN", "calls_for_dialogue", "IRN")}),
]


@pytest.mark.parametrize(("case", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_phenomenon(case: str, text: str, expected: set[Edge]) -> None:
    assert edges_en(text) == expected

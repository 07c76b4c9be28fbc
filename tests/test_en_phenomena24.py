"""English constructions found by tracing fresh26_en, fresh27_en and fresh28_en in the ninth
session of 2026-12-06, each tested on sentences written for this file.

- Rule 14: a warning in a participle after an appeal to one actor («urged Belarus to stop
  …, warning of further sanctions») is addressed to the one asked; not after an appeal to
  several sides (a danger between them), nor a warning stated on its own before the appeal.
- «welcomed the reopening, and African Union Commission chairperson … praised …»: past an
  object that names no actor, «, and» with an actor whose verb (past its official's title
  and name) is a stance cue opens a new clause; the actor is no target. A list goes on
  («stands with its partners, and Bahrain first among them»).
- «Norway took a different line, calling on Sudan and Chad to …», «urging Venezuela to …»:
  an appeal in a participle («calling on», «urging», «calling for»; cue en.appeal.urge's
  forms; so too «slamming», «concurring», «committing», the other -ing forms listed among
  finite ones) is held by the subject of the clause it goes on from, whatever that clause's verb,
  not by the last speaker; past a quotation («"…," the minister said, urging …») it is the
  speaker's.
- «must pull its troops back»: «back» after a verb that takes it as a particle (past the
  verb's object) is no verb of support (words phrasal_particles).
- Rule 11: a bare decision, move or announcement welcomed («welcomed the decision») is the
  act the headline or lead named with its author («the French decision to …»); another act
  named back («welcomed the vote») is not (words generic_act_nouns). A generic act («the
  vote», «the step») with no act named with its author in the lead is the act of the lead's
  subject («The Kenyan parliament voted …»), unless the lead is a reaction («Egypt welcomed
  the decision by Ethiopia …»: its act stays Ethiopia's) or a joint act of a list («Kenya and
  Somalia agreed …»: rule 23).
- «expressed "deep concern and dismay" at Israel's announcement»: the preposition of a
  concern is the cue's also past a closing quote and a noun coordinated with it, not a
  place.
- Rule 12: «The envoy urged Israel and Hamas to de-escalate. … He later urged both sides to
  …»: with no pair named elsewhere, «both sides» are the two an earlier call to hold back
  named.
- «insisted that Mexico meet its treaty obligations», «urged Mexico to meet its obligations»:
  «meet» with an obligation, a demand or a deadline after it is fulfilling, no meeting (words
  fulfil_verbs, in every form generated, and fulfilled_nouns), so the appeal is a demand.
- Rule 21: «called Erdogan's remarks unacceptable» is a negative judgement, a condemnation;
  «called them baseless» dismisses them, a rejection: describing remarks or statements is
  typed by what they are called, no longer a rejection whatever they are called.
- Rules 12, 16: «Fighting broke out between rival militias in Tripoli. Egypt's foreign
  minister and his Algerian counterpart discussed the situation by phone. The UN called on
  all parties to cease hostilities»: the last pair named, two who talked together, are no
  sides of the conflict, so a call to all parties (or a mediation) with no sides of its own
  takes none from them.
- Rule 2: «Speaking also for Gabon and Mozambique, Ghana's representative called on …» (or
  «…, speaking for …, called …»): the states spoken for hold the stance with the speaker's
  own, as after «on behalf of» (words behalf_openers); «Speaking for the first time» names
  no one.
- «Kyiv thanked Poland for its support», «praised Iraq for its mediating role»: the stance
  noun that the thanked actor's own pronoun owns is that actor's, not the thanker's (also in
  Arabic: «شكرت أوكرانيا بولندا على دعمها»).
- «Kenya and Somalia held a second round of talks in Nairobi»: holding rounds or sessions
  (cue en.talks.hold_rounds; not of voting, not «have held four rounds … since April», the
  background), with the partner after «talks with»; a mediation named after them with no
  parties is between the two (rule 16, as the pair the sentence's joint subject names).
"""

from __future__ import annotations

import pytest

from tests.edge_cases import Edge, edges_en

FILLER = "\n\nFurther details were not immediately available on Sunday evening, the report said."

CASES: list[tuple[str, str, set[Edge]]] = [
    ("a_warning_after_an_appeal_warns_the_one_asked",
     ("Germany urged Belarus to stop pushing migrants toward the border, warning of further "
      "sanctions." + FILLER),
     {("DEU", "demands", "BLR"), ("DEU", "warns", "BLR")}),
    ("a_warning_after_an_appeal_to_two_sides_warns_neither",
     ("Japan called on North Korea and South Korea to exercise restraint, warning of the danger "
      "of a wider conflict." + FILLER),
     {("JPN", "urges_restraint", "PRK"), ("JPN", "urges_restraint", "KOR")}),
    ("a_warning_before_the_appeal_is_its_own",
     ("Turkey warned of serious consequences and called on Greece to demilitarise the "
      "islands." + FILLER),
     {("TUR", "demands", "GRC")}),
    ("a_new_clause_after_the_object_is_no_target",
     ("Kenya's foreign ministry welcomed the decision, and African Union Commission "
      "chairperson Moussa Faki praised Togo for its restraint." + FILLER),
     {("AU", "welcomes", "TGO")}),
    ("a_new_clause_with_an_officials_title_after_the_object",
     ("Kenya's foreign ministry welcomed the decision, and Ethiopia's foreign minister "
      "condemned Togo." + FILLER),
     {("ETH", "condemns", "TGO")}),
    ("a_list_after_the_object_goes_on",
     "Japan stands with its partners, and the Philippines first among them." + FILLER,
     {("JPN", "expresses_support", "PHL")}),
    ("an_appeal_in_a_participle_after_another_verb",
     ("Britain's envoy condemned the raid. Norway took a different line, calling on Sudan and "
      "Chad to exercise restraint." + FILLER),
     {("NOR", "urges_restraint", "SDN"), ("NOR", "urges_restraint", "TCD")}),
    ("urging_after_another_verb",
     ("France's ambassador spoke first. Brazil's envoy struck a softer tone, urging Venezuela "
      "to return to talks." + FILLER),
     {("BRA", "calls_for_dialogue", "VEN")}),
    ("slamming_after_another_verb",
     ("Britain's envoy condemned the raid. Norway took the same line, slamming Sudan for the "
      "raid." + FILLER),
     {("NOR", "condemns", "SDN")}),
    ("urging_after_a_quotation_is_the_speakers",
     ("\"Rwanda must withdraw from every inch it occupies,\" the Congolese minister said, "
      "urging the Security Council to act." + FILLER),
     {("COD", "demands_withdrawal", "RWA"), ("COD", "demands", "UNSC")}),
    ("back_as_a_particle_is_no_support",
     "Kenya said Uganda must pull its troops back from the border area." + FILLER,
     {("KEN", "demands_withdrawal", "UGA")}),
    ("back_as_a_verb_is_support",
     "Kenya said it would back Uganda in the dispute." + FILLER,
     {("KEN", "expresses_support", "UGA")}),
    ("a_decision_welcomed_is_the_leads",
     ("Arab states hail the French decision to recognise Palestine\n"
      "Jordan's foreign minister welcomed the decision. Egypt also welcomed the move." + FILLER),
     {("JOR", "welcomes", "FRA"), ("EGY", "welcomes", "FRA")}),
    ("another_act_welcomed_is_not_the_leads",
     ("Arab states hail the French decision to recognise Palestine\n"
      "Tunisia welcomed the vote." + FILLER),
     set()),
    ("a_vote_welcomed_is_the_lead_subjects",
     ("The Kenyan parliament voted on Tuesday to ratify the border treaty.\n"
      "Uganda welcomed the vote." + FILLER),
     {("UGA", "welcomes", "KEN")}),
    ("a_reaction_lead_keeps_its_acts_author",
     ("Egypt welcomed the decision by Ethiopia to reopen the border.\n"
      "Sudan also welcomed the announcement." + FILLER),
     {("EGY", "welcomes", "ETH"), ("SDN", "welcomes", "ETH")}),
    ("a_joint_agreement_welcomed_is_no_partys",
     ("Kenya and Somalia agreed on Monday to reopen their border.\n"
      "Uganda welcomed the step." + FILLER),
     {("KEN", "expresses_intent_to_cooperate", "SOM"),
      ("SOM", "expresses_intent_to_cooperate", "KEN")}),
    ("an_agreement_brokered_binds_its_parties",
     ("Kenya and Somalia agreed on Friday to restore relations in a deal brokered by "
      "Qatar." + FILLER),
     {("QAT", "mediates", "KEN"), ("QAT", "mediates", "SOM"),
      ("KEN", "expresses_intent_to_cooperate", "SOM"),
      ("SOM", "expresses_intent_to_cooperate", "KEN")}),
    ("concern_and_dismay_at_an_act",
     "Japan expressed deep concern and dismay at China's announcement." + FILLER,
     {("JPN", "expresses_concern", "CHN")}),
    ("quoted_concern_at_an_act",
     ("The Security Council adopted a statement expressing \"grave concern\" at China's "
      "announcement." + FILLER),
     {("UNSC", "expresses_concern", "CHN")}),
    ("both_sides_of_an_earlier_call_for_restraint",
     ("The UN envoy urged Armenia and Azerbaijan to de-escalate. Two days later the UN envoy "
      "urged both sides to return to talks." + FILLER),
     {("UN", "urges_restraint", "ARM"), ("UN", "urges_restraint", "AZE"),
      ("UN", "calls_for_dialogue", "ARM"), ("UN", "calls_for_dialogue", "AZE")}),
    ("meeting_obligations_is_no_meeting",
     "Germany urged Poland to meet its obligations under the treaty." + FILLER,
     {("DEU", "demands", "POL")}),
    ("insisted_that_it_meet_its_commitments",
     ("Germany's foreign minister spoke by phone with his Polish counterpart and insisted that "
      "Poland meet its commitments." + FILLER),
     {("DEU", "holds_talks", "POL"), ("DEU", "demands", "POL")}),
    ("meeting_a_partner_is_still_a_meeting",
     "Germany's chancellor met Poland's prime minister in Warsaw." + FILLER,
     {("DEU", "holds_talks", "POL")}),
    ("remarks_called_unacceptable_are_condemned",
     ("Erdogan attacked Macron. Germany's foreign minister called the remarks "
      "unacceptable." + FILLER),
     {("DEU", "condemns", "TUR")}),
    ("remarks_called_baseless_are_rejected",
     "Erdogan attacked Macron. Germany called Erdogan's remarks baseless." + FILLER,
     {("DEU", "rejects", "TUR")}),
    ("the_two_who_talked_are_no_sides_of_the_fighting",
     ("Fighting broke out between rival militias in Tripoli. Egypt's foreign minister and his "
      "Algerian counterpart discussed the situation by phone. The UN called on all parties to "
      "cease hostilities." + FILLER),
     {("EGY", "holds_talks", "DZA"), ("DZA", "holds_talks", "EGY")}),
    ("speaking_also_for_states",
     ("Speaking also for Benin and Togo, Ghana's representative called on Mali and Niger to "
      "reopen the border." + FILLER),
     {(h, "demands", t) for h in ("GHA", "BEN", "TGO") for t in ("MLI", "NER")}),
    ("speaking_for_the_first_time_names_no_one",
     ("Speaking for the first time, Ghana's representative called on Mali and Niger to reopen "
      "the border." + FILLER),
     {("GHA", "demands", "MLI"), ("GHA", "demands", "NER")}),
    ("thanked_for_its_support_for_a_third",
     "Kyiv thanked Poland for its support for Moldova." + FILLER,
     {("UKR", "welcomes", "POL"), ("POL", "expresses_support", "MDA")}),
    ("a_round_of_talks_held_together",
     "Kenya and Somalia held a second round of talks in Nairobi on Monday." + FILLER,
     {("KEN", "holds_talks", "SOM"), ("SOM", "holds_talks", "KEN")}),
    ("a_round_of_talks_with_a_partner",
     "Kenya held a round of talks with Somalia on Monday." + FILLER,
     {("KEN", "holds_talks", "SOM")}),
    ("rounds_held_since_are_background",
     "Kenya and Somalia have held four rounds of talks since April." + FILLER,
     set()),
    ("a_round_of_voting_is_no_talks",
     "Kenya held a second round of voting on Sunday." + FILLER,
     set()),
    ("a_mediation_between_the_two_who_held_talks",
     ("Kenya and Somalia held a second round of talks in Nairobi on Monday. Uganda thanked "
      "Ethiopia for its mediation." + FILLER),
     {("KEN", "holds_talks", "SOM"), ("SOM", "holds_talks", "KEN"), ("UGA", "welcomes", "ETH"),
      ("ETH", "mediates", "KEN"), ("ETH", "mediates", "SOM")}),
]


@pytest.mark.parametrize(("case", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_phenomenon(case: str, text: str, expected: set[Edge]) -> None:
    assert edges_en(text) == expected

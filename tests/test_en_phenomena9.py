"""English constructions traced in fresh5_en (12 articles written for the project, scored
unseen in the morning session of 2026-12-05 and developed against from the afternoon), each
tested on sentences written for this file.

- «talks between the two countries», «mediated between the two neighbours»: a pair word after
  "between" names no sides of its own; it stands for the article's (rule 12).
- «ready / prepared to host the foreign ministers of the two countries», «ready to host or
  support any meeting that X and Y consider useful»: hosting others is mediation (rule 11);
  «ready to meet the leaders of X and Y» stays an intent to meet.
- «held wide-ranging / frank and cordial / in-depth talks with»: after a verb that takes the
  noun (hold, conduct, have, resume), the adjectives leave «talks» a noun, not a verb
  (lexicons/en/words.json noun_taking_verbs); «Pakistan talks with …» is still a verb.
- A wire's dateline («ABUJA — …», «NEW DELHI (Reuters) - …», «NEW DELHI: …») names the state
  that its unnamed ministry or government speaks for, when no speaker is known yet.
- «the military authorities in Niamey»: the authorities of that state, not a place.
- A visit that names only the visitor and the host makes them «the two sides» (shared with
  Arabic, see test_arabic_phenomena8.py).
- «the sovereignty of Syria and Lebanon»: each of the list (rule 4; shared with Arabic).
- «For his part, the minister urged …»: after a turn to the other side, a bare title is the
  official of the side of the pair that did not speak last (shared with Arabic «من جانبه»).
- «to stop attacking / targeting / firing on»: restraint (rule 20).
- «in the Democratic Republic of the Congo»: a name after «in the» is a place too, as after
  «in» («met to consider the situation in the DRC» is no meeting with it).
- «Speaking on behalf of the "A3 plus" — Algeria, Sierra Leone, Somalia and Guyana — the
  representative of Sierra Leone called for …»: the states spoken for hold the stance with the
  speaker's own (rule 2).
- «the bloc's foreign ministers», «the alliance condemned …»: «the» and a word for an
  organisation name the organisation or bloc named last; not in «to join the alliance».
- «urged X and Y to resume direct communication»: talks (calls_for_dialogue).
- «said Israel's strikes on Beirut were unacceptable»: a judgement stated of an act as its
  predicate condemns the act's author, not the victim after «on» (rule 11); «would be
  unacceptable» after «If …» is hypothetical (rule 13).
- «replied that …, but said he remained ready to meet Maduro»: «reply», «retort» are verbs of
  saying (forms generated in verb_forms.jsonl), so the coordinated «said» has their subject.
- «Europe must step up pressure on Moscow», «the world must …»: the one a modal asks stands
  before it; a place the gazetteer does not know or an open-ended group is no addressee
  (rule 12), and the actor after the modal is not asked either; «any restoration of relations
  with Turkey must be based on the withdrawal of Turkish forces» still demands it of Turkey.
- «The agency's director general, Rafael Grossi, …»: «the agency» is the organisation named
  last (org_refs); «the three repeated their demand» after «the E3» is that bloc (a number
  word that is the bloc's size, before a verb).
"""

from __future__ import annotations

import pytest

from tests.edge_cases import Edge, edges_en

DATE = "2025-10-09"
QUARREL = "Armenia accused Azerbaijan of firing on its positions. "

CASES: list[tuple[str, str, set[Edge]]] = [
    ("mediated_between_the_two_countries",
     QUARREL + "Qatar mediated between the two countries.",
     {("ARM", "accuses", "AZE"), ("QAT", "mediates", "ARM"), ("QAT", "mediates", "AZE")}),
    ("brokered_between_the_two_neighbours_in_a_relative_clause",
     (QUARREL + "Kazakhstan, which brokered a ceasefire between the two neighbours last year, "
      "has not commented."),
     {("ARM", "accuses", "AZE"), ("KAZ", "mediates", "ARM"), ("KAZ", "mediates", "AZE")}),
    ("ready_to_support_talks_between_the_two_countries",
     (QUARREL + "The United States stands ready to support constructive talks between the two "
      "countries should both sides request it."),
     {("ARM", "accuses", "AZE"), ("USA", "mediates", "ARM"), ("USA", "mediates", "AZE")}),
    ("between_named_sides_still_its_own",
     (QUARREL + "Iran said it was ready to host talks between Armenia and Azerbaijan."),
     {("ARM", "accuses", "AZE"), ("IRN", "mediates", "ARM"), ("IRN", "mediates", "AZE")}),
    ("prepared_to_host_the_ministers_of_the_two_countries",
     (QUARREL + "Lavrov told reporters that Russia was prepared to host the foreign ministers "
      "of the two countries \"if they find it useful\"."),
     {("ARM", "accuses", "AZE"), ("RUS", "mediates", "ARM"), ("RUS", "mediates", "AZE")}),
    ("ready_to_host_any_meeting_they_consider_useful",
     ("Thailand accused Cambodia of shelling a border village. \"Malaysia is ready to host or "
      "support any meeting that Bangkok and Phnom Penh consider useful,\" its minister said."),
     {("THA", "accuses", "KHM"), ("MYS", "mediates", "THA"), ("MYS", "mediates", "KHM")}),
    ("held_wide_ranging_talks",
     "Jaishankar on Thursday held wide-ranging talks with his visiting Sri Lankan counterpart.",
     {("IND", "holds_talks", "LKA")}),
    ("held_frank_and_cordial_talks",
     "Egypt held frank and cordial talks with Jordan in Cairo.",
     {("EGY", "holds_talks", "JOR")}),
    ("conducted_in_depth_consultations",
     "Kenya conducted in-depth talks with Somalia on the border.",
     {("KEN", "holds_talks", "SOM")}),
    ("talks_as_a_verb",
     "The spokesman said Pakistan regularly talks with Afghanistan about the border.",
     {("PAK", "holds_talks", "AFG")}),
    ("dateline_state_for_the_federal_government",
     ("ABUJA — The Federal Government on Tuesday rejected allegations by the military "
      "authorities in Niamey."),
     {("NGA", "rejects", "NER")}),
    ("dateline_state_for_the_foreign_ministry",
     ("NEW DELHI (Reuters) - The foreign ministry on Thursday condemned Pakistan over remarks "
      "made by its delegate."),
     {("IND", "condemns", "PAK")}),
    ("no_dateline_no_state",
     "The foreign ministry on Thursday condemned Pakistan over remarks made by its delegate.",
     set()),
    ("a_visit_names_the_two_sides",
     ("Egyptian President Abdel Fattah el-Sisi visited Saudi Arabia on Tuesday. The two sides "
      "held talks and condemned Israel."),
     {("EGY", "holds_talks", "SAU"), ("SAU", "holds_talks", "EGY"),
      ("EGY", "condemns", "ISR"), ("SAU", "condemns", "ISR")}),
    ("sovereignty_of_a_list",
     "Egypt stressed respect for the sovereignty of Syria and Lebanon.",
     {("EGY", "affirms_sovereignty", "SYR"), ("EGY", "affirms_sovereignty", "LBN")}),
    ("for_his_part_the_other_side",
     ("The Saudi foreign minister received his Iranian counterpart in Riyadh. The Iranian "
      "minister praised the talks. For his part, the minister urged the Houthis to stop "
      "attacking ships."),
     {("SAU", "holds_talks", "IRN"), ("SAU", "urges_restraint", "HOUTHIS")}),
    ("without_a_turn_the_last_speaker",
     ("The Saudi foreign minister received his Iranian counterpart in Riyadh. The Iranian "
      "minister praised the talks. The minister urged the Houthis to stop targeting ships."),
     {("SAU", "holds_talks", "IRN"), ("IRN", "urges_restraint", "HOUTHIS")}),
    ("in_the_named_state_is_a_place",
     ("The Security Council met this afternoon to consider the situation in the Democratic "
      "Republic of the Congo."),
     set()),
    ("on_behalf_of_a_list",
     ("Sweden accused Norway of spying. Norway accused Sweden of lying. Speaking on behalf of "
      "Denmark and Finland, the representative of Iceland urged Sweden to show restraint."),
     {("SWE", "accuses", "NOR"), ("NOR", "accuses", "SWE"), ("ISL", "urges_restraint", "SWE"),
      ("DNK", "urges_restraint", "SWE"), ("FIN", "urges_restraint", "SWE")}),
    ("on_behalf_of_a_named_group_with_its_members",
     ("Speaking on behalf of the \"A3 plus\" — Algeria, Sierra Leone, Somalia and Guyana — the "
      "representative of Sierra Leone condemned Rwanda."),
     {("DZA", "condemns", "RWA"), ("SLE", "condemns", "RWA"), ("SOM", "condemns", "RWA"),
      ("GUY", "condemns", "RWA")}),
    ("the_bloc_is_the_organisation_named_last",
     ("Thailand accused Cambodia of shelling. In a statement issued by the ASEAN chair, the "
      "bloc's foreign ministers voiced grave concern over the clashes between Thai and "
      "Cambodian forces."),
     {("THA", "accuses", "KHM"), ("ASEAN", "expresses_concern", "THA"),
      ("ASEAN", "expresses_concern", "KHM")}),
    ("the_alliance_in_a_later_sentence",
     "NATO held a summit in The Hague. The alliance condemned Russia.",
     {("NATO", "condemns", "RUS")}),
    ("joining_the_alliance_is_no_stance",
     "NATO met in Madrid. Biden said Finland was ready to join the alliance.",
     set()),
    ("resume_direct_communication",
     "Rubio urged Pakistan and India to resume direct communication.",
     {("USA", "calls_for_dialogue", "PAK"), ("USA", "calls_for_dialogue", "IND")}),
    ("predicate_unacceptable",
     "France said Israel's strikes on Beirut were unacceptable.",
     {("FRA", "condemns", "ISR")}),
    ("predicate_after_the_quote",
     "Russia's actions are unacceptable, the French minister said.",
     {("FRA", "condemns", "RUS")}),
    ("predicate_hypothetical",
     ("\"If the reports are confirmed, such a move by Iran would be unacceptable,\" a German "
      "government spokesman said."),
     set()),
    ("predicate_of_a_situation",
     "France said the situation was unacceptable.",
     set()),
    ("replied_then_said",
     ("President Irfaan Ali replied that Guyana \"will not be intimidated\", but said he "
      "remained ready to meet Maduro again."),
     {("GUY", "expresses_intent_to_meet", "VEN")}),
    ("europe_must",
     "Finland said Europe must step up economic pressure on Moscow.",
     set()),
    ("the_world_must",
     "Finland said the world must step up pressure on Moscow.",
     set()),
    ("relations_must_be_based_on_withdrawal",
     ("Syria said any restoration of relations with Turkey must be based on the withdrawal of "
      "Turkish forces from Syrian territory."),
     {("SYR", "demands_withdrawal", "TUR")}),
    ("the_agency_named_before",
     ("Inspectors of the International Atomic Energy Agency have not visited Fordow. The "
      "agency's director general, Rafael Grossi, told its board that he was \"seriously "
      "concerned\" by Tehran's decision to keep them out."),
     {("IAEA", "expresses_concern", "IRN")}),
    ("the_three_after_the_e3",
     ("The E3 has hardened its line. In a letter to the board, the three repeated their demand "
      "that Tehran account for the uranium."),
     {("E3", "demands", "IRN")}),
    ("act_with_full_force",
     ("Israeli Defence Minister Israel Katz warned Hezbollah. \"If Hezbollah tries to rebuild "
      "its forces, we will act with full force,\" he said."),
     {("ISR", "warns", "HEZBOLLAH"), ("ISR", "threatens", "HEZBOLLAH")}),
    ("the_two_sides_held_official_talks",
     "Egypt accused Saudi Arabia of lying. The two sides held official talks.",
     {("EGY", "accuses", "SAU"), ("EGY", "holds_talks", "SAU"), ("SAU", "holds_talks", "EGY")}),
    ("ready_to_meet_both_leaders_is_no_mediation",
     QUARREL + "Russia is ready to meet the leaders of Armenia and Azerbaijan.",
     {("ARM", "accuses", "AZE"), ("RUS", "expresses_intent_to_meet", "ARM"),
      ("RUS", "expresses_intent_to_meet", "AZE")}),
]


@pytest.mark.parametrize(("case", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_phenomenon(case: str, text: str, expected: set[Edge]) -> None:
    assert edges_en(text, DATE) == expected

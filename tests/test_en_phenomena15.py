"""English constructions traced in fresh12_en (12 articles written for the project by a helper
who read only the ontology and the gazetteer ids, scored unseen in the late session of
2026-12-06 and traced later in it), each tested on sentences written for this file.

- «Japan must withdraw this unjust measure»: a withdrawal asked of a decision is a demand,
  not a demand of withdrawal, which is of forces (rule 10); «ordered Sweden's ambassador to
  leave» is an expulsion, an act that is none of the stance types; «ordered French troops to
  leave» is a demand of withdrawal.
- «called on Ethiopia and Eritrea to avoid rhetoric that could heighten tensions»: a call to
  keep tensions down is a call for restraint (rule 20).
- «ABC: Australia's Prime Minister today called a post … "truly repugnant". He demanded an
  apology from the Chinese government»: past a briefing's label, the official who opens a
  sentence is who «he» is next; a thing asked for «from» someone is asked of them; calling a
  thing repugnant or insulting condemns it.
- «He demanded an apology …, while saying Canberra remained open to ministerial-level talks
  with Beijing»: «while» opens a clause of its own, and «talks» after a compound modifier
  is a noun, the content of the readiness, no talks held.
- «18:30 — Prime Minister Benjamin Netanyahu, opening a security cabinet session: "Iran made a
  big mistake tonight, and it will pay for it."»: «it» in a quotation is the state the
  quotation named before it; «denied that Washington was mediating between …» is denied.
- «raised the matter with his Iranian counterpart … in a telephone call»: raising a matter
  with someone is talking with them (not raising concerns, which is concern; not «would
  raise», which is no talks held).
- «said it would take the dispute to the International Court of Justice unless Tehran …»: a
  warning of legal recourse warns the other side of the quarrel, never the court (rule 14;
  «took the case to the court in 2018» is an act, no warning).
- «Foreign Minister Al Zayani spoke by telephone … with Iran's acting foreign minister. Al
  Zayani called for the release of detained Bahraini nationals»: in the readout of a single
  call, a call with no addressee in a sentence that names no one else is to the other
  participant (rule 24), but not a call for a settlement (rule 23) or for restraint (rule 12);
  «received a telephone call today from …»: a time word inside a cue phrase; «in a telephone
  call» is no call for anything.
- «urged the two allies to …», «the two partners»: references to the two sides.
- «But we reject the language of threats»: threats and warnings the article reported are their
  holder's acts, for a later stance toward them (rule 11).
- «Hans Grundberg, Special Envoy of the Secretary-General for Yemen, … commended the Special
  Envoy's efforts»: an envoy or mediator named once is «the (Special) Envoy» later.
"""

from __future__ import annotations

import pytest

from tests.edge_cases import Edge, edges_en

CASES: list[tuple[str, str, set[Edge]]] = [
    ("withdraw_a_measure_is_a_demand",
     "\"Japan must withdraw this unjust measure immediately,\" the South Korean minister said.",
     {("KOR", "demands", "JPN")}),
    ("an_ambassador_told_to_leave_is_an_expulsion",
     "Iraq ordered Sweden's ambassador to leave the country on Thursday.",
     set()),
    ("troops_told_to_leave_are_a_withdrawal",
     "Mali's military government ordered French troops to leave the country.",
     {("MLI", "demands_withdrawal", "FRA")}),
    ("avoid_heightening_tensions",
     ("The African Union chairperson called on Ethiopia and Eritrea to avoid rhetoric that "
      "could heighten tensions."),
     {("AU", "urges_restraint", "ETH"), ("AU", "urges_restraint", "ERI")}),
    ("a_label_then_the_official_who_is_he_next",
     ("ABC: Australia's Prime Minister today called a post by your colleague, showing an "
      "image of a soldier, \"truly repugnant\". He demanded an apology from the Chinese "
      "government."),
     {("AUS", "demands", "CHN")}),
    ("calling_a_post_repugnant",
     "Australia's Prime Minister called the Chinese post \"truly repugnant\".",
     {("AUS", "condemns", "CHN")}),
    ("while_saying_open_to_ministerial_level_talks",
     ("Australia's Prime Minister demanded an apology from the Chinese government, while saying "
      "Canberra remained open to ministerial-level talks with Beijing."),
     {("AUS", "demands", "CHN"), ("AUS", "expresses_intent_to_meet", "CHN")}),
    ("it_in_a_quotation_is_the_state_it_named",
     ("18:30 — Prime Minister Benjamin Netanyahu, opening a security cabinet session: \"Iran "
      "made a big mistake tonight, and it will pay for it.\""),
     {("ISR", "threatens", "IRN")}),
    ("a_denied_mediation",
     ("A State Department official denied that Washington was mediating between Tokyo and "
      "Seoul."),
     set()),
    ("raised_the_matter_with",
     ("Iraq's foreign minister raised the matter with his Iranian counterpart in a telephone "
      "call on Monday."),
     {("IRQ", "holds_talks", "IRN")}),
    ("raised_concerns_with_is_concern",
     "Australia said it had raised concerns directly with China about the exercises.",
     {("AUS", "expresses_concern", "CHN")}),
    ("a_warning_of_taking_the_dispute_to_court",
     ("Iraq on Tuesday accused Iran of deliberately choking off rivers and said it would take "
      "the dispute to the International Court of Justice unless Tehran agreed to share the "
      "water fairly."),
     {("IRQ", "accuses", "IRN"), ("IRQ", "warns", "IRN")}),
    ("taking_a_case_to_court_is_no_warning",
     ("Venezuela accused Guyana of provocations. Guyana took the border case to the "
      "International Court of Justice in 2018."),
     {("VEN", "accuses", "GUY")}),
    ("a_readout_call_with_no_addressee",
     ("Foreign Minister Abdullatif Al Zayani spoke by telephone on Tuesday with Iran's acting "
      "foreign minister. Al Zayani called for the release of detained Bahraini nationals."),
     {("BHR", "holds_talks", "IRN"), ("BHR", "demands", "IRN")}),
    ("a_readout_call_for_a_settlement_is_no_demand",
     ("Foreign Minister Abdullatif Al Zayani spoke by telephone on Tuesday with Iran's acting "
      "foreign minister. Al Zayani called for a comprehensive political settlement in Sudan."),
     {("BHR", "holds_talks", "IRN")}),
    ("received_a_call_today_from",
     ("Bahrain's Foreign Minister received a telephone call today from Iran's Acting Foreign "
      "Minister."),
     {("BHR", "holds_talks", "IRN")}),
    ("the_two_allies",
     ("Tokyo and Seoul traded accusations over export controls. Pompeo urged the two allies "
      "to \"find a way forward\" through dialogue."),
     {("JPN", "accuses", "KOR"), ("KOR", "accuses", "JPN"), ("USA", "calls_for_dialogue", "JPN"),
      ("USA", "calls_for_dialogue", "KOR")}),
    ("rejecting_the_language_of_threats",
     ("Iraq accused Iran of choking off its rivers and warned Tehran of legal action. \"We "
      "reject the language of threats,\" the Iranian spokesman said."),
     {("IRQ", "accuses", "IRN"), ("IRQ", "warns", "IRN"), ("IRN", "rejects", "IRQ")}),
    ("the_special_envoy_named_before",
     ("UN Special Envoy Hans Grundberg briefed the Security Council on Tuesday. The United "
      "Kingdom's delegate commended the Special Envoy's efforts."),
     {("GBR", "welcomes", "UN")}),
    ("the_envoy_after_his_name_and_title",
     ("Briefing the Council, Hans Grundberg, Special Envoy of the Secretary-General for Yemen, "
      "spoke of an understanding. China supported the envoy's mediation."),
     {("CHN", "expresses_support", "UN")}),
]


@pytest.mark.parametrize(("case", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_phenomenon(case: str, text: str, expected: set[Edge]) -> None:
    assert edges_en(text) == expected

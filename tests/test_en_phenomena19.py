"""English constructions traced in fresh16_en (12 articles written for the project by a helper
who read only the ontology and the gazetteer ids, scored blind in the fourth session of
2026-12-06 and traced later in it), each tested on sentences written for this file.

- «Reporter: Japan began … What is your response? — Spokesperson: We firmly oppose and
  condemn this.»: «this», «that» closing the object of a judgement are the act of the statement
  before it, a question between them aside (rule 11; words act_pronouns).
- «to engage in sincere consultations», «to hold discussions between experts»: dialogue.
- «Niger's military rulers …; the junta's foreign ministry …; the junta demanded …»: a bare
  regime noun is the state the article first named with it (rule 5; words regime_nouns).
- «MR MILLER:» in a briefing headed «… with spokesperson Matthew Miller»: a transcript label
  that is the surname of a person the article named is an answer, so the briefing's host
  speaks again; and in an answer a label stated without a verb of saying («Hamas bears
  responsibility for that.») is the speaker's (rule 21), not the writer's narration.
- «The International Court of Justice ordered Israel to …» then «welcomed the order», «the
  ruling»: what a court or council decides is its act (rule 22; words ruling_nouns).
- A ministry readout: «stressed the need for Türkiye to increase …» asks Türkiye
  (en.appeal.need); «called for an end to these attacks» after «Turkish jets bombarded …»
  asks their author to stop (rule 20); «Iraq's desire to build its relations with Türkiye» is
  an intent to cooperate.
- Threats of force (the English type the traced sets missed most after intents to meet):
  «the strikes "will not go unanswered"», «will face crushing attacks» (en.threatens.price:
  the speaker threatens the act's author); «American and British jets struck …» is the act
  of every state of the list.
- Invitations: «conveyed an invitation to Minister X to visit Ankara» is an intent to meet
  X (en.invite.noun; not «ignoring an invitation»), and «… accepted the invitation» one of
  the invitee toward the inviter named before (en.invite.accept).
- Found on real-en (published): a list with a parenthesised short name («Saudi Arabia, the
  United Arab Emirates (UAE), Bahrain and Egypt») is one list to the end, so a later «the four
  countries» is all four; and an offer of dialogue that names no partner («Doha offered
  instead a condition for a dialogue») is made to those the holder is at odds with in the
  article (rule 12).
- «Serbia and Hungary urged the Council to adopt a Russian-drafted resolution that would
  require Kosovo and Serbia to resume negotiations»: what a resolution asks is its drafters' stance and that
  of those lobbying for it (rule 22), the drafter named before «-drafted» too.
"""

from __future__ import annotations

import pytest

from tests.edge_cases import Edge, edges_en

CASES: list[tuple[str, str, set[Edge]]] = [
    ("this_after_a_question",
     ("Reporter: Turkey closed its airspace to Armenian flights this morning. What is your "
      "response?\n\nSpokesperson: The Armenian government firmly rejects and condemns this. "
      "We have informed our partners."),
     {("ARM", "rejects", "TUR"), ("ARM", "condemns", "TUR")}),
    ("consultations_are_dialogue",
     ("Vietnam urged China to withdraw the survey ship and to engage in sincere consultations "
      "on the dispute."),
     {("VNM", "demands_withdrawal", "CHN"), ("VNM", "calls_for_dialogue", "CHN")}),
    ("a_surname_label_answers_in_a_transcript",
     ("WASHINGTON, March 3, 2025 — Department press briefing with spokesperson Tammy Bruce "
      "(excerpts)\nMS BRUCE: Good afternoon, everyone.\n\nQUESTION: The Houthis fired at a "
      "tanker again. Your comment?\n\nMS BRUCE: Iran bears responsibility for these attacks. "
      "We will keep working with our partners in the region."),
     {("USA", "accuses", "IRN")}),
    ("the_ruling_of_a_court",
     ("The International Criminal Court on Thursday ordered the release of a detained "
      "Sudanese officer.\n\nKenya welcomed the ruling as a step for justice, while Egypt said "
      "it would study the order carefully."),
     {("KEN", "welcomes", "ICC")}),
    ("the_need_for_a_state_to",
     "Egypt stressed the need for Ethiopia to release more water during the drought.",
     {("EGY", "demands", "ETH")}),
    ("an_end_to_these_attacks",
     ("Israeli drones struck several villages in southern Lebanon on Monday.\n\n"
      "Beirut called for an end to these attacks in a statement issued by the presidency."),
     {("LBN", "urges_restraint", "ISR")}),
    ("a_desire_for_relations",
     ("The Saudi foreign minister affirmed the Kingdom's desire to build its relations with "
      "Iraq on the basis of mutual interests."),
     {("SAU", "expresses_intent_to_cooperate", "IRQ")}),
    ("will_not_go_unanswered",
     ("American and British warships struck radar sites in Yemen on Friday.\n\n"
      "A Houthi spokesman said the strikes \"will not go unanswered\" and called them "
      "an act of piracy."),
     {("HOUTHIS", "threatens", "USA"), ("HOUTHIS", "threatens", "GBR")}),
    ("an_invitation_conveyed_and_accepted",
     ("Foreign Minister Wang Yi conveyed an invitation to Kazakhstan's foreign minister to "
      "visit Beijing in the autumn.\n\nThe Kenyan president invited the Ugandan president to "
      "visit Nairobi, and the Ugandan president accepted the invitation."),
     {("CHN", "expresses_intent_to_meet", "KAZ"), ("KEN", "expresses_intent_to_meet", "UGA"),
      ("UGA", "expresses_intent_to_meet", "KEN")}),
    ("an_ignored_invitation",
     ("The junta's foreign ministry accused Germany's ambassador of ignoring an invitation "
      "to meet the new foreign minister."),
     set()),
    ("a_list_with_a_short_name_in_parentheses",
     ("Britain, the United States (US), France and Germany issued a joint statement on "
      "Monday.\n\nThe four countries accused Tehran of violating the nuclear deal."),
     {("GBR", "accuses", "IRN"), ("USA", "accuses", "IRN"), ("FRA", "accuses", "IRN"),
      ("DEU", "accuses", "IRN")}),
    ("an_offer_of_dialogue_to_the_adversaries",
     ("Egypt, Jordan and Saudi Arabia accused Syria of harbouring smugglers.\n\nDamascus "
      "rejected the charge and offered instead \"a serious framework for a dialogue\"."),
     {("EGY", "accuses", "SYR"), ("JOR", "accuses", "SYR"), ("SAU", "accuses", "SYR"),
      ("SYR", "rejects", "EGY"), ("SYR", "rejects", "JOR"), ("SYR", "rejects", "SAU"),
      ("SYR", "expresses_intent_to_meet", "EGY"), ("SYR", "expresses_intent_to_meet", "JOR"),
      ("SYR", "expresses_intent_to_meet", "SAU")}),
    ("a_drafted_resolution_that_would_require",
     ("Serbia and Hungary urged the Security Council to adopt a Russian-drafted resolution "
      "that would require Kosovo and Serbia to resume negotiations within three months."),
     {("SRB", "demands", "UNSC"), ("HUN", "demands", "UNSC"),
      ("RUS", "calls_for_dialogue", "XKX"), ("RUS", "calls_for_dialogue", "SRB"),
      ("SRB", "calls_for_dialogue", "XKX"), ("HUN", "calls_for_dialogue", "XKX"),
      ("HUN", "calls_for_dialogue", "SRB")}),
    ("the_junta_is_its_state",
     ("Germany condemned a decree by Mali's military rulers expelling its ambassador.\n\n"
      "Earlier this month, the junta demanded that the German troops of the UN mission leave "
      "the country by December."),
     {("DEU", "condemns", "MLI"), ("MLI", "demands_withdrawal", "DEU")}),
]


@pytest.mark.parametrize(("case", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_phenomenon(case: str, text: str, expected: set[Edge]) -> None:
    assert edges_en(text) == expected

"""English constructions traced in the thirteenth session of 2026-12-07, each tested on
sentences written for this file.

- A briefing transcript whose answers open with the spokesperson's name ("Mao Ning:") after
  the lead named her ("Spokesperson Mao Ning"): the label is an answer, for the briefing's
  host, though the name is itself a mention; every sentence of an answer is the answerer's
  word, whoever a sentence has for subject ("The U.S. has used its alliance to …" makes the
  U.S. no speaker of what follows).
- Rule 11: in such an answer, claims named back with no author ("We firmly reject these
  groundless allegations") are those of the speaker the question reported ("The Australian
  prime minister said …"); "groundless", "baseless", "unfounded", "false" name no author.
- "Burundi's foreign ministry answered on Monday evening. It said it …": an "it" after a
  sentence with no stance that opened with an institution is that institution, not the
  speaker of the stances before.
- Rule 16: "seeking to mend relations between Rwanda and Congo": a cue of cooperation whose
  sides, after "between", are two others is mediation between them (so too Arabic «تسعى إلى
  تحسين العلاقات بين رواندا والكونغو»); "to strengthen relations between Egypt and Sudan"
  said by Egypt stays cooperation.
- A legislature's own name is its state (gazetteer seats: "the Knesset", "the State Duma",
  "the Bundestag", "the Verkhovna Rada"), so "rejected the Knesset declaration" has a target.
- "…, and Qatar said it rejected it": a subject pronoun right after a verb of saying (words
  said_verbs) is that verb's subject, not the subject the sentence opened with.
- Rule 21: "called the balloon flights 'a hybrid attack by the Lukashenko regime'": calling
  someone's act a hybrid attack, aggression, a crime, terrorism, a massacre, genocide,
  sabotage or cleansing accuses its author (cue en.accuses.describe; "called the attacks
  outrageous", with the act as the object, does not); "a fit of Russophobic hysteria"
  condemns.
- Rule 16: an offer of talks "between border agencies", whose sides the sentence does not
  name, is no mediation between sides found elsewhere in the article.
- "pressed Prime Minister Benjamin Netanyahu to …": a bare title before a person's name is
  the addressee phrase, the person's state asked.
- "The minister also called on Speaker Nabih Berri at Ain al-Tineh": «call on» that asks
  nothing (no "to" or "for" after it; words visit_call_verbs) is a visit, no demand.
- Rule 16: "praised the efforts of Oman to bring the government and the Houthis together":
  a bare government named first among the sides of a mediation is the speaker's, when the
  speaker is no mediator and not the other side (not the dateline's state: "DOHA — … talks
  between the government and the Taliban" said by Russia names no side for it).
- Rule 23: praise of both parties of an agreement is no edge only when its sentence names an
  agreement (words agreement_words: "the agreement", "the accords", "the memoranda signed");
  "welcomed the statement and praised the brotherly stance of Algeria and Tunisia" stays.
- Rule 20: "to refrain from excessive use of force" asks for restraint (content phrases
  "excessive use of force", "disproportionate force").
- Rule 26: "agreed to hold the next session of the commission", "agreed that the next session
  … would be held in Harare" (words agreed_meetings): an intent to meet again, not
  cooperation nor a shared view.
- "The Prime Minister briefed the Emir on his telephone call with Iranian President Ebrahim
  Raisi": talks named after a topic preposition are the topic of others, not the pair a
  later "the two sides" names (they stay an edge of their own).
- Rule 15: "Russia's deputy foreign minister was received by Araghchi …, and the two sides
  discussed …": the one received is the passive's subject (one actor), not a pair named after
  the verb; the meeting is then the pair "the two sides" names.
- Rule 15: "Japan's foreign minister, meeting Chinese Foreign Minister Wang Yi in New York,
  raised …": a participle of meeting set off after the subject (cue en.talks.meeting_aside)
  is the subject's talks; "meeting the expectations of observers" names no one met.
- "solidarity with the secretary-general" after "U.N. Secretary-General António Guterres":
  a solo title of several words (words solo_titles: "secretary-general", read as
  «secretary - general») names back the official the article gave it, so the UN's or the
  GCC's, whichever the article named.
- Rule 11: "Iran executed a former deputy defence minister. France condemned the execution":
  an execution is an act of force (words force_verbs, force_verb_acts; its forms generated
  by tools/build_forms.py), so the noun named back is its doer's.
- "The pope met Iraqi President Barham Salih": the pope is the Holy See (gazetteer seats
  "the pope", "the pontiff", "Pope Francis", "Pope Leo"; English only: an Arabic «البابا» is
  as often the Coptic pope); "papal" is its adjective, so "the first papal visit" is its act
  for a later "welcomed the visit".
"""

from __future__ import annotations

import pytest

from tests.edge_cases import Edge, edges_en

FILLER = "\n\nNo further details were available by Sunday evening, the report said."

BRIEFING = ("Foreign Ministry Spokesperson's Regular Press Conference, Beijing, March 4\n\n"
            "Spokesperson Mao Ning held the regular press conference on Tuesday.\n\n")

CASES: list[tuple[str, str, set[Edge]]] = [
    ("an_answer_under_the_spokespersons_name_rejects_what_the_question_reported",
     (BRIEFING + "AFP: The Australian prime minister said Chinese jets had acted unsafely near "
      "an Australian patrol aircraft. What is your response?\n\nMao Ning: We firmly reject "
      "these groundless allegations. We urge the Australian side to stop such dangerous "
      "moves." + FILLER),
     {("CHN", "rejects", "AUS"), ("CHN", "demands", "AUS")}),
    ("an_answers_sentences_stay_the_answerers_after_a_third_party_subject",
     (BRIEFING + "Bloomberg: The U.S. secretary of state called China's actions at the shoal "
      "dangerous. What is your comment?\n\nMao Ning: The U.S. has used its alliance to "
      "embolden provocations against China. We urge the U.S. to stop sowing discord between "
      "regional countries.\n\nThe Philippines, for its part, violated China's sovereignty, and "
      "it bears full responsibility for the incident." + FILLER),
     {("CHN", "demands", "USA"), ("CHN", "accuses", "PHL")}),
    ("it_after_a_sentence_opened_by_an_institution",
     ("Latest news\n\nKenya and Uganda also voiced support for Kigali in separate statements."
      "\n\nBurundi's foreign ministry answered on Monday evening. It said it \"firmly rejects "
      "the allegations contained in the Rwandan note\"." + FILLER),
     {("KEN", "expresses_support", "RWA"), ("UGA", "expresses_support", "RWA"),
      ("BDI", "rejects", "RWA")}),
    ("mending_the_relations_of_two_others_is_mediation",
     "Latest news\n\nQatar is seeking to mend relations between Rwanda and the DRC." + FILLER,
     {("QAT", "mediates", "RWA"), ("QAT", "mediates", "COD")}),
    ("strengthening_ones_own_relations_stays_cooperation",
     "Latest news\n\nEgypt wants to strengthen relations between Egypt and Sudan." + FILLER,
     {("EGY", "expresses_intent_to_cooperate", "SDN")}),
    ("a_legislature_named_alone_is_its_state",
     "Latest news\n\nHamas rejected the Knesset declaration on Wednesday." + FILLER,
     {("HAMAS", "rejects", "ISR")}),
    ("it_after_said_is_the_sayer",
     ("Latest news\n\nOutside the chamber, Egypt's foreign ministry condemned the Israeli vote, "
      "and Qatar said it rejected it." + FILLER),
     {("EGY", "condemns", "ISR"), ("QAT", "rejects", "ISR")}),
    ("calling_an_act_a_hybrid_attack_accuses_its_author",
     ("Latest news\n\nLithuania's prime minister called the balloon flights \"a hybrid attack "
      "by the Lukashenko regime against our country\"." + FILLER),
     {("LTU", "accuses", "BLR")}),
    ("calling_a_decision_hysteria_condemns",
     ("Latest news\n\nRussian foreign ministry spokeswoman Maria Zakharova called Lithuania's "
      "decision \"another fit of Russophobic hysteria\"." + FILLER),
     {("RUS", "condemns", "LTU")}),
    ("a_titled_person_is_asked",
     "Latest news\n\nBlinken pressed Prime Minister Benjamin Netanyahu to unfreeze the money."
     + FILLER,
     {("USA", "demands", "ISR")}),
    ("calling_on_a_speaker_is_a_visit",
     ("Latest news\n\nKuwait's foreign minister arrived in Beirut on Monday and met President "
      "Joseph Aoun. The minister also called on Speaker Nabih Berri at Ain al-Tineh." + FILLER),
     {("KWT", "holds_talks", "LBN")}),
    ("the_government_among_the_sides_is_the_speakers",
     ("ADEN, Sept. 25, 2024 (Arabia Monitor) — Yemen's leader speaks\n\nYemen's president "
      "praised the efforts of Oman to bring the government and the Houthis together." + FILLER),
     {("YEM", "welcomes", "OMN"), ("OMN", "mediates", "YEM"), ("OMN", "mediates", "HOUTHIS")}),
    ("praise_of_the_parties_stance_stays",
     ("Latest news\n\nAlgeria and Tunisia agreed to strengthen security cooperation. Libya's "
      "Presidential Council welcomed the statement and praised the brotherly stance of Algeria "
      "and Tunisia." + FILLER),
     {("DZA", "expresses_intent_to_cooperate", "TUN"),
      ("TUN", "expresses_intent_to_cooperate", "DZA"),
      ("LBY", "welcomes", "DZA"), ("LBY", "welcomes", "TUN")}),
    ("praise_of_the_parties_for_their_agreement_is_none",
     ("Latest news\n\nAlgeria and Tunisia agreed to strengthen security cooperation. Libya's "
      "Presidential Council welcomed the agreement and praised Algeria and Tunisia." + FILLER),
     {("DZA", "expresses_intent_to_cooperate", "TUN"),
      ("TUN", "expresses_intent_to_cooperate", "DZA")}),
    ("refraining_from_excessive_force_is_restraint",
     ("Latest news\n\nThe U.N. refugee agency UNHCR called on Greece and Turkey to refrain from "
      "excessive use of force at the border." + FILLER),
     {("UNHCR", "urges_restraint", "GRC"), ("UNHCR", "urges_restraint", "TUR")}),
    ("agreeing_to_hold_the_next_session_is_an_intent_to_meet",
     ("Latest news\n\nThe South African and Zimbabwean ministers agreed to hold the next session "
      "of the commission in Harare." + FILLER),
     {("ZAF", "expresses_intent_to_meet", "ZWE"), ("ZWE", "expresses_intent_to_meet", "ZAF")}),
    ("agreeing_that_the_next_session_will_be_held_is_an_intent_to_meet",
     ("Latest news\n\nThe South African and Zimbabwean ministers agreed that the next session of "
      "the commission would be held in Harare." + FILLER),
     {("ZAF", "expresses_intent_to_meet", "ZWE"), ("ZWE", "expresses_intent_to_meet", "ZAF")}),
    ("a_call_told_as_a_topic_is_not_the_two_sides",
     ("Latest news\n\nPrime Minister Mohammed Shia al-Sudani received the Emir of Qatar in "
      "Baghdad on Thursday. The Prime Minister briefed the Emir on his telephone call with "
      "Iranian President Ebrahim Raisi earlier this week. The two sides condemned the recent "
      "terrorist attacks carried out by Daesh remnants in Kirkuk." + FILLER),
     {("IRQ", "holds_talks", "QAT"), ("IRQ", "holds_talks", "IRN"),
      ("IRQ", "condemns", "ISIL"), ("QAT", "condemns", "ISIL")}),
    ("the_one_received_is_the_passives_subject",
     ("Latest news\n\nIran's foreign ministry spokesman warned the United States over its naval "
      "deployment. Russia's deputy foreign minister was received by Araghchi in Tehran on "
      "Saturday, and the two sides discussed the South Caucasus." + FILLER),
     {("IRN", "warns", "USA"), ("IRN", "holds_talks", "RUS"), ("RUS", "holds_talks", "IRN")}),
    ("meeting_set_off_after_the_subject_is_talks",
     ("Latest news\n\nJapan's foreign minister, meeting Chinese Foreign Minister Wang Yi in New "
      "York on Monday, raised the case directly." + FILLER),
     {("JPN", "holds_talks", "CHN")}),
    ("meeting_expectations_is_no_talks",
     ("Latest news\n\nThe two sides agreed to hold a new meeting, meeting the expectations of "
      "observers." + FILLER),
     set()),
    ("the_secretary_general_named_back_is_the_uns",
     ("Latest news\n\nIsrael declared U.N. Secretary-General António Guterres persona non grata "
      "on Wednesday. Brazil expressed \"solidarity with the secretary-general\"." + FILLER),
     {("BRA", "expresses_support", "UN")}),
    ("the_secretary_general_named_back_is_the_gccs",
     ("Latest news\n\nThe GCC Secretary-General Jasem Albudaiwi visited Doha. Qatar welcomed "
      "the statement of the secretary-general." + FILLER),
     {("QAT", "welcomes", "GCC")}),
    ("the_execution_named_back_is_its_doers",
     ("Latest news\n\nIran executed a British-Iranian former deputy defence minister on "
      "Saturday. France's foreign ministry condemned the execution \"in the strongest "
      "terms\"." + FILLER),
     {("FRA", "condemns", "IRN")}),
    ("the_pope_is_the_holy_see",
     "Latest news\n\nThe pope met Iraqi President Barham Salih in Baghdad on Friday." + FILLER,
     {("VAT", "holds_talks", "IRQ")}),
    ("the_papal_visit_welcomed",
     ("Latest news\n\nThe pope arrived in Baghdad on Friday on the first papal visit to Iraq. "
      "Jordan's foreign ministry welcomed the visit as historic." + FILLER),
     {("JOR", "welcomes", "VAT")}),
]


@pytest.mark.parametrize(("case", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_phenomenon(case: str, text: str, expected: set[Edge]) -> None:
    assert edges_en(text) == expected

"""English constructions traced in the twentieth session of 2026-12-07, each tested on
sentences written for this file.

- Rules 9, 15, 26: talks held, conducted, resumed, concluded or wrapped up, with the noun
  after a measure or a modifier («held nearly three hours of talks», «wrapped up two days of
  talks», «conducted consultations with»): the two named as subjects held them together, one
  subject with «with» held them with the other. Indirect or proximity talks are a mediator's
  (rule 9); a Council's closed, informal or emergency consultations are among its members;
  «held the talks» names back talks the article reported (often another's hosting).
- Rule 15: «spoke by phone with Zelensky on the flight home, and afterwards with NATO's
  Secretary-General»: a second «with» after «and» and an adverb of sequence (words
  sequel_adverbs) is the same talks verb's partner too; «and then condemned Israel» is
  another verb.
- Rule 14: «considered itself entitled to use its weapons against military facilities of the
  United States and Britain», «reserves the right to strike»: a right claimed to strike, hit,
  attack or use force against someone is a threat to them (a right to defend itself is not).
- A reporting clause put after what it reports («…, the United States said», «…, Britain's
  foreign secretary said on Monday») names no object of the clause before its comma.
- Rules 17, 26: «Trump and Putin agreed to start negotiations on Ukraine»: an actor past «on»,
  «about» after what two holders agree or offer to do is the topic; the two will meet each
  other. «agreed to hold talks with Israel» keeps its partner.
- Rule 2: «four days after President Donald Trump threatened the Central American country with
  tariffs», «Japan sent aid. The island nation …»: a state named back by a description (a
  capitalised or hyphenated modifier, or words state_descriptors, before words state_nouns)
  is the state named last before it, but for the country of an official the sentence names
  first; «Central American», «Latin American» are regions (words region_prefixes), not the
  United States; «the Gulf state of Qatar» names itself.
- «Britain said it was concerned, while Cuba backed Caracas, saying it stood firmly with the
  Bolivarian Republic»: the «it» of «, saying it» in a clause opened by «while», «but» is
  that clause's actor, as a verb after its «and» already was.
- Rule 22: «China and Russia vetoed a U.S.-drafted Security Council resolution …. The text …
  would have cut …. It condemned the launches and demanded that Pyongyang comply»: what a
  vetoed draft says, in a sentence the text opens or an «It» right after one, is its
  drafters' stance alone; those who vetoed it (the speakers before) hold none of it.
- «Kenya thanked the Emir of Qatar. Somalia also thanked him.»: «him», «her» with no one
  before it in the sentence is the official named last in the sentence before (by name, or
  by a title and «of» and the state).
- Rule 20: «urged Israel and Hamas to reduce the violence», «to curb its military
  operations»: reducing or curbing fighting is restraint, as halting it is; «to reduce its
  uranium stockpile» stays a demand.
- «Estonia will keep supporting Ukraine», «Egypt will continue supporting Sudan»: a gerund
  after a verb of going on (words continuing_verbs, inflected at build time) is that verb's
  subject's act, not the last speaker's; not inside a condition («warned that if the SDF kept
  threatening Turkey's border»).
- Rule 2: an interview without labels («Interview: Kaja Kallas on …», «Interview: Qatar's
  foreign minister on …»; words interview_words): a paragraph that ends with a question asks,
  the paragraph after it is the guest's answer («I warn Moscow …»), whoever the question
  quoted; in the lead before the first question «We spoke to …» is the outlet, no actor.
- «President Volodymyr Zelensky opens the summit. "Crimea is Ukraine," he says, and insists
  that Russia must withdraw»: a live blog's present tense («opens», «arrives», «chairs»;
  words act_verbs, every form generated) opens a sentence whose subject a later «he» is.
- Rule 11: «against the backdrop of Israel's strikes on Syria. Egypt condemned the strikes»:
  the owner of an act named with «'s» is its author after a preposition too (a place after a
  preposition still is not); tariffs, levies and export curbs are acts whose author a later
  «the tariffs» names (words reported_acts).
- Rule 8: «Western members» (of the Council), «Western capitals», «Western states», «Western
  leaders» are the West, as «Western countries» were (gazetteer aliases of WEST).
- Rules 9, 15: «President Joe Biden called Vladimir Putin on Tuesday»: «called» with an
  official named by name after it is a call, as with a title after it («called his Russian
  counterpart»); «called Vladimir Putin a killer» names, and stays no talks.
- Rule 11: «rejected the French–Emirati draft», «condemned the US-Israeli strikes»: two
  states joined by a dash before a draft or an act are both its authors, both its targets.
- Rule 23: «Iran welcomed the Russian–Turkish agreement»: the states' adjectives before a
  noun of agreement name its parties, whom a third party's welcome does not go to («rejected
  the Turkish-Libyan memorandum» still rejects both; «the Turkish-brokered agreement» welcomes
  its mediator).
- Rules 5, 11: «the terrorist attacks carried out by Al-Shabaab in Somalia and Kenya»: a
  state listed after a place is a place too; «our brothers in Juba and Abu Dhabi», «our
  friends in Moscow and Beijing» (words authorities_in) name the governments there, all of
  them.
- «urge Mali, Burkina Faso and Niger to reconsider … and invite the three governments to open
  a dialogue with the Commission»: «open» after «to» under an appeal is the verb the invitees
  are asked to do, no readiness of theirs («leaders decided to open accession negotiations
  with Ukraine» stays an intent).
- Rule 2: a labelled interview («Interview: Kallas says …», then «Q: …» and «A: …»): the
  «A:» answers are the guest's (the official named after the word of interview), as in an
  Arabic interview's «ج:», before the dateline's seat or the last speaker a question quoted.
"""

from __future__ import annotations

import pytest

from tests.edge_cases import Edge, edges_en

FILLER = "\n\nNo further details were available by Monday evening, the report said."

CASES: list[tuple[str, str, set[Edge]]] = [
    ("held_hours_of_talks",
     "Headline\n\nEgypt and Jordan held nearly three hours of talks in Cairo on Monday." + FILLER,
     {("EGY", "holds_talks", "JOR"), ("JOR", "holds_talks", "EGY")}),
    ("presidents_held_hours_of_talks",
     ("Headline\n\nPresidents Joe Biden and Vladimir Putin held close to four hours of talks "
      "on Wednesday at a lakeside villa." + FILLER),
     {("USA", "holds_talks", "RUS"), ("RUS", "holds_talks", "USA")}),
    ("wrapped_up_days_of_talks",
     "Headline\n\nKenya and Ethiopia wrapped up two days of talks in Nairobi." + FILLER,
     {("KEN", "holds_talks", "ETH"), ("ETH", "holds_talks", "KEN")}),
    ("resumed_talks",
     "Headline\n\nIndia and China resumed talks on the border on Tuesday." + FILLER,
     {("IND", "holds_talks", "CHN"), ("CHN", "holds_talks", "IND")}),
    ("conducted_consultations_with",
     "Headline\n\nQatar conducted consultations with Oman on Sunday." + FILLER,
     {("QAT", "holds_talks", "OMN")}),
    ("concluded_talks_with",
     "Headline\n\nTurkey concluded talks with Iraq on water sharing on Thursday." + FILLER,
     {("TUR", "holds_talks", "IRQ")}),
    ("will_resume_talks_is_an_intent",
     "Headline\n\nTurkey will resume talks with Greece next month, its foreign minister said."
     + FILLER,
     {("TUR", "expresses_intent_to_meet", "GRC")}),
    ("have_not_resumed_talks",
     "Headline\n\nEgypt and Jordan have not resumed talks since 2019." + FILLER,
     set()),
    ("held_indirect_talks",
     "Headline\n\nIran and the United States held indirect talks in Muscat on Saturday." + FILLER,
     set()),
    ("council_held_closed_consultations",
     ("Headline\n\nThe Security Council held closed consultations on Monday on the tensions "
      "between India and Pakistan." + FILLER),
     set()),
    ("and_afterwards_with",
     ("Headline\n\nPresident Trump spoke by phone with Zelensky on the flight home, and "
      "afterwards with NATO Secretary-General Mark Rutte." + FILLER),
     {("USA", "holds_talks", "UKR"), ("USA", "holds_talks", "NATO")}),
    ("and_later_with",
     ("Headline\n\nErdogan held talks with Putin in Sochi, and later with Iran's president."
      + FILLER),
     {("TUR", "holds_talks", "RUS"), ("TUR", "holds_talks", "IRN")}),
    ("and_then_another_verb",
     "Headline\n\nErdogan held talks with Putin in Sochi and then condemned Israel." + FILLER,
     {("TUR", "holds_talks", "RUS"), ("TUR", "condemns", "ISR")}),
    ("entitled_to_use_its_weapons_against",
     ("Headline\n\nRussia, Putin said, considered itself entitled to use its weapons against "
      "military facilities of the United States and Britain." + FILLER),
     {("RUS", "threatens", "USA"), ("RUS", "threatens", "GBR")}),
    ("reserves_the_right_to_strike",
     "Headline\n\nIran said it reserves the right to strike Israel." + FILLER,
     {("IRN", "threatens", "ISR")}),
    ("right_to_defend_itself",
     "Headline\n\nUkraine has the right to defend itself against Russia." + FILLER,
     set()),
    ("reporter_after_the_clause",
     ("Headline\n\nIran will retaliate against any aggression, the Russian foreign ministry "
      "said." + FILLER),
     set()),
    ("reporter_with_title_after_the_clause",
     ("Headline\n\nUkraine has every right to strike military targets in Russia, Britain's "
      "foreign secretary said on Monday." + FILLER),
     set()),
    ("agreed_to_negotiate_on_a_topic",
     ("Headline\n\nPresident Trump said he and President Putin agreed to have their teams start "
      "negotiations on Ukraine immediately." + FILLER),
     {("USA", "expresses_intent_to_meet", "RUS"), ("RUS", "expresses_intent_to_meet", "USA")}),
    ("agreed_to_hold_talks_with",
     "Headline\n\nEgypt and Jordan agreed to hold talks with Israel." + FILLER,
     {("EGY", "expresses_intent_to_meet", "ISR"), ("JOR", "expresses_intent_to_meet", "ISR")}),
    ("the_central_american_country",
     ("Headline\n\nGuatemala agreed to take in asylum seekers on their way to the United States, "
      "four days after President Donald Trump threatened the Central American country with "
      "tariffs." + FILLER),
     {("USA", "warns", "GTM")}),
    ("the_island_nation",
     ("Headline\n\nChina sent coast guard ships to the shoal on Monday. The Philippines "
      "protested. China accused the island nation of provocations." + FILLER),
     {("CHN", "accuses", "PHL")}),
    ("the_gulf_state_of_qatar",
     "Headline\n\nEgypt praised the Gulf state of Qatar for its mediation." + FILLER,
     {("EGY", "welcomes", "QAT")}),
    ("saying_it_after_while",
     ("Headline\n\nBritain said it was concerned, while Cuba backed Caracas, saying it stood "
      "firmly with the Bolivarian Republic." + FILLER),
     {("CUB", "expresses_support", "VEN")}),
    ("vetoed_draft_it_demanded",
     ("Headline\n\nChina and Russia on Thursday vetoed a U.S.-drafted Security Council "
      "resolution that would have tightened sanctions on North Korea.\n\nThe text, put to a "
      "vote a day after North Korea fired three missiles, would have cut the country's oil "
      "imports. It demanded that Pyongyang comply with earlier resolutions." + FILLER),
     {("CHN", "rejects", "USA"), ("RUS", "rejects", "USA"), ("USA", "demands", "PRK")}),
    ("vetoed_draft_text_demanded",
     ("Headline\n\nRussia vetoed a draft resolution drafted by Japan and South Korea.\n\nThe "
      "text demanded that North Korea stop its launches." + FILLER),
     {("RUS", "rejects", "JPN"), ("RUS", "rejects", "KOR"), ("JPN", "demands", "PRK"),
      ("KOR", "demands", "PRK")}),
    ("thanked_him_in_the_next_sentence",
     "Headline\n\nKenya thanked the Emir of Qatar. Somalia also thanked him." + FILLER,
     {("KEN", "welcomes", "QAT"), ("SOM", "welcomes", "QAT")}),
    ("thanked_him_named_by_name",
     "Headline\n\nErdogan met Putin in Sochi. Iran later criticised him." + FILLER,
     {("TUR", "holds_talks", "RUS"), ("IRN", "condemns", "RUS")}),
    ("urged_to_reduce_the_violence",
     "Headline\n\nQatar urged Israel and Hamas to reduce the violence." + FILLER,
     {("QAT", "urges_restraint", "ISR"), ("QAT", "urges_restraint", "HAMAS")}),
    ("urged_to_reduce_a_stockpile",
     "Headline\n\nQatar urged Iran to reduce its uranium stockpile." + FILLER,
     {("QAT", "demands", "IRN")}),
    ("will_keep_supporting",
     ("Headline\n\nRussia condemned Estonia on Monday. Estonia will keep supporting Ukraine for as "
      "long as it takes." + FILLER),
     {("RUS", "condemns", "EST"), ("EST", "expresses_support", "UKR")}),
    ("continue_supporting",
     "Headline\n\nEgypt will continue supporting Sudan, its foreign minister said." + FILLER,
     {("EGY", "expresses_support", "SDN")}),
    ("kept_threatening_in_a_condition",
     ("Headline\n\nErdogan warned that if the SDF kept threatening Turkey's border, Turkey would "
      "act." + FILLER),
     {("TUR", "warns", "SDF"), ("TUR", "threatens", "SDF")}),
    ("interview_answers_are_the_guests",
     ("TALLINN, May 1 (Example Wire) — Interview: Kaja Kallas on the new sanctions\n\n"
      "Russia's interior ministry put Estonia's prime minister on its wanted list this week. We "
      "spoke to Kaja Kallas in her office.\n\nRussia's foreign ministry spokeswoman, Maria "
      "Zakharova, has called the measures theft. What do you say to Moscow?\n\nI warn Moscow "
      "that every new provocation will bring more sanctions." + FILLER),
     {("EST", "warns", "RUS")}),
    ("live_blog_present_tense_then_he",
     ("KYIV, August 23 (Example Wire) — LIVE: summit opens\n\n09:40 — President Volodymyr "
      "Zelensky opens the summit. \"Crimea is Ukraine,\" he says, and insists that Russia must "
      "withdraw from the peninsula." + FILLER),
     {("UKR", "demands_withdrawal", "RUS")}),
    ("possessed_act_after_a_preposition",
     ("Headline\n\nThe meeting took place against the backdrop of Israel's strikes on Syria. "
      "Egypt condemned the strikes." + FILLER),
     {("EGY", "condemns", "ISR")}),
    ("tariffs_named_back",
     ("Headline\n\nThe United States imposed new tariffs on India. New Delhi condemned the "
      "tariffs." + FILLER),
     {("IND", "condemns", "USA")}),
    ("western_members",
     ("Headline\n\nRussia's ambassador accused Western members of using sanctions as a tool "
      "\"to put pressure on Bamako\"." + FILLER),
     {("RUS", "accuses", "WEST")}),
    ("called_an_official_by_name",
     "Headline\n\nPresident Joe Biden called Vladimir Putin on Tuesday." + FILLER,
     {("USA", "holds_talks", "RUS")}),
    ("called_an_official_a_name",
     "Headline\n\nPresident Joe Biden called Vladimir Putin a killer." + FILLER,
     set()),
    ("dash_joined_authors_of_a_draft",
     ("Headline\n\nRussia's ambassador rejected the French–Emirati draft as detached from "
      "reality." + FILLER),
     {("RUS", "rejects", "FRA"), ("RUS", "rejects", "ARE")}),
    ("dash_joined_authors_of_strikes",
     "Headline\n\nIran condemned the US-Israeli strikes." + FILLER,
     {("IRN", "condemns", "USA"), ("IRN", "condemns", "ISR")}),
    ("welcomed_the_parties_agreement",
     "Headline\n\nIran welcomed the Russian–Turkish agreement." + FILLER,
     set()),
    ("rejected_the_parties_memorandum",
     "Headline\n\nEgypt rejected the Turkish-Libyan memorandum." + FILLER,
     {("EGY", "rejects", "TUR"), ("EGY", "rejects", "LBY")}),
    ("attacks_in_two_places",
     ("Headline\n\nThe leaders of Eritrea, Ethiopia and Somalia condemned the terrorist attacks "
      "carried out by Al-Shabaab in Somalia and Kenya in recent weeks." + FILLER),
     set()),
    ("friends_in_two_capitals",
     ("Headline\n\nIran's spokesman said: We appreciate the principled position of our friends "
      "in Moscow and Beijing." + FILLER),
     {("IRN", "welcomes", "RUS"), ("IRN", "welcomes", "CHN")}),
    ("invited_to_open_a_dialogue",
     ("Headline\n\nThe final communiqué is out. The heads of state urge Mali, Burkina Faso and "
      "Niger to reconsider their decision to leave the community and invite the three "
      "governments to open a dialogue with the Commission." + FILLER),
     set()),
    ("labelled_interview_answers_are_the_guests",
     ("LONDON, May 1 (Example Wire) — Interview: Borrell says Russia is playing for time\n\n"
      "Josep Borrell, the EU's foreign-policy chief, spoke to us on Wednesday, a day after "
      "ministers approved new sanctions on Russia.\n\nQ: President Trump spoke with Vladimir "
      "Putin for two hours on Monday. Do you agree with him?\n\nA: Russia must accept an "
      "unconditional ceasefire.\n\nQ: The Kremlin has rejected the new sanctions package as "
      "illegal.\n\nA: We will not accept Moscow's demands. Europe stands with Ukraine." + FILLER),
     {("USA", "holds_talks", "RUS"), ("EU", "urges_restraint", "RUS"), ("EU", "rejects", "RUS"),
      ("EU", "expresses_support", "UKR")}),
]


@pytest.mark.parametrize(("case", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_phenomenon(case: str, text: str, expected: set[Edge]) -> None:
    assert edges_en(text) == expected

"""English constructions traced in the fifteenth session of 2026-12-07 (the blind sets written
during the session), each tested on sentences written for this file.

- Rule 12: «both sides», «the two countries», «its two neighbours» addressed by a third party
  after two who only met or talked («Macron said he had spoken with the Kyrgyz president»)
  are not those two but the last pair named as sides before («clashes between Kyrgyz and
  Tajik forces»): a call, an offer to mediate or mediation «between the two countries».
- A state's adjective before a noun of people who are not the state («the Venezuelan
  opposition», «Yemeni rebels», «French nationals», words non_actor_heads) names no actor.
- «The rebel movement, which is backed by Kigali, also blamed Kinshasa»: a passive in a
  relative clause is said of the relative's antecedent (no actor when it maps to none), never
  of an actor past the clause.
- «with the backing of Turkey»: a gerund after an article is a noun, and «the backing of X»
  names whose backing it is, a circumstance, like «the support of».
- Verbs of saying (cue en.speech): «restated», «asserted», «contended», «conceded»,
  «acknowledged» report what their subject says, so a participle after their clause
  («…, rejecting both the Algerian and the Tunisian signatures») is the subject's stance.
- «will continue to cooperate closely with France», «work together with»: an adverb of
  manner inside a cue phrase (words phrase_inserts: closely, together, jointly) keeps it.
- «Secretary of State Antony Blinken struck a softer tone. "…," he said.»: an official who
  opens a sentence with no stance with an irregular past («struck», «won», «sat», «showed»;
  words act_verbs, every form generated) is the next «he», not the speaker before.
- A transcript's answer labelled with the family name of a person named before («Spokesperson
  Ned Price briefed reporters … PRICE: We …») is that person's state's word, not the state
  of the place the heading names («ROME, June 28, 2021 — State Department briefing»).
- Rule 26: «The foreign ministers of Spain, Portugal and Italy issued the following joint
  statement: "We …"»: issuing, releasing, publishing or adopting «the following» statement,
  communiqué or declaration reports its words, so the «we» of the text that follows is its
  signatories (cue en.speech.statement.following).
- «called on», «called for», «described as … for»: a word that may not come right after a
  cue (cue key requires_not_next) no longer stops it later in its window, so «called his
  Greek counterpart on Monday» is a call and «described the strikes on Gaza as criminal» a
  condemnation; a quotation after «called the Colombian president» names him, no call;
  «antisemitic», «hateful», «fascist» are judgements that condemn.
- «"We condemn Sunday's attack in Ankara, which the PKK claimed, and we support Türkiye's
  right to defend itself"»: a verb of saying in a relative clause whose object is its
  antecedent («which the PKK claimed,») reports nothing, and its subject speaks for nothing
  after it.
- Rule 20: «calls on the United States and France, the sponsors of the arrangement for the
  cessation of hostilities …, to assume their responsibilities»: what an apposition after
  the addressees says of them is not what is asked of them (a demand, no restraint).
- «The Security Council met in emergency session on Sunday at Israel's request»: a body that
  meets in session (words session_nouns) convenes, talks with no one named after it; a
  request after «at» (words request_nouns) says on whose request, no appeal.
- Rule 9: «The heads of state of Angola, Burundi and Kenya met in Luanda under the
  chairmanship of the President of Angola, mediator …»: a meeting under a chair or a mediator
  (words sponsor_links, now with «chairmanship») is brokered, no talks among its members.
- «Sudan's army-backed government on Wednesday condemned Kenya»: a cue word after a hyphen
  and a word («army-backed», «US-brokered») is half of a compound adjective, no verb that
  would end the subject before it.
- «The two ministers agreed, according to the Russian readout, that the deal could still be
  saved»: what a cue requires after it is looked for past an attribution «, according to …,»
  set off right after it (the «to» of «according to» is no «agreed to»).
- Rule 21: «derided the meeting as "a desperate anti-Iran circus"», «rebuked», «berated»,
  «chastised», «excoriated», «ridiculed»: verbs of condemnation (cue en.condemns, forms
  generated).
- «thanked the United States for its support in the fight against ISIS»: the actor after
  «against» (words opponent_preps; Arabic «ضد») is the one fought, no target of the support.
- Rule 11: «called the adoption "regrettable"», «"deplores" the decision»: a bare act named
  back (past the verb's closing quote), and «adoption», «legislation», «imposition»,
  «passage» (words main_act_nouns), are the article's main act, whose author its stances
  censured most.
- «the efforts of our French and German partners, who are hosting and facilitating this
  meeting between Moscow and Kyiv», «the African Union envoy, who is mediating between …»: a
  participle after «, who is/are» is the antecedent's act (the actor, adjectives or title's
  actor before the comma), not the sentence's speaker's.
- «Sánchez and the Belgian prime minister condemned … . On Thursday the two prime ministers
  met Prime Minister Netanyahu»: a pair word naming two officials (words official_plurals) as
  a subject stands for the two who last acted together, before the sides of the article's
  conflict.
- Rule 11: «a resolution drafted by Britain, France and Germany … Iran rejected the
  resolution»: an act named with «by» and a list has every member of the list for its author.
- Rule 11: «rejected "in its entirety" what he called an "irresponsible and politically
  motivated" resolution»: the act named after «what» + pronoun + a verb of naming (words
  naming_verbs), an article allowed before it, is the stance's object, and its author the
  target.
"""

from __future__ import annotations

import pytest

from tests.edge_cases import Edge, edges_en

FILLER = "\n\nNo further details were available by Monday evening, the report said."
CLASH = ("Headline\n\nClashes between Kyrgyz and Tajik forces went on for a third day on Friday. "
         "President Macron said he had spoken with the Kyrgyz president by telephone. ")

CASES: list[tuple[str, str, set[Edge]]] = [
    ("both_sides_after_a_call_are_the_sides_named_before",
     CLASH + "Secretary of State Antony Blinken called on both sides to respect the ceasefire."
     + FILLER,
     {("FRA", "holds_talks", "KGZ"), ("USA", "urges_restraint", "KGZ"),
      ("USA", "urges_restraint", "TJK")}),
    ("mediate_between_its_two_neighbours",
     CLASH + "Kazakhstan's foreign ministry said it was ready to mediate between its two "
     "southern neighbours." + FILLER,
     {("FRA", "holds_talks", "KGZ"), ("KAZ", "mediates", "KGZ"), ("KAZ", "mediates", "TJK")}),
    ("mediate_between_the_two_countries",
     CLASH + "Kazakhstan said it was ready to mediate between the two countries." + FILLER,
     {("FRA", "holds_talks", "KGZ"), ("KAZ", "mediates", "KGZ"), ("KAZ", "mediates", "TJK")}),
    ("talks_between_the_two_sides_are_theirs",
     ("Headline\n\nClashes between Kyrgyz and Tajik forces went on for a third day. Egypt and "
      "Jordan held talks in Cairo on Sunday. Egypt said the talks between the two countries "
      "were fruitful." + FILLER),
     {("EGY", "holds_talks", "JOR"), ("JOR", "holds_talks", "EGY")}),
    ("an_opposition_is_not_its_state",
     ("Headline\n\nRelations were broken off in 2019 after Colombia backed the Venezuelan "
      "opposition." + FILLER),
     set()),
    ("rebels_are_not_their_state",
     "Headline\n\nSaudi Arabia said Iran supports the Yemeni rebels." + FILLER,
     set()),
    ("a_relative_passive_of_a_group_that_is_no_actor",
     ("Headline\n\nThe rebel movement, which is backed by Kigali, also blamed Kinshasa for the "
      "attack." + FILLER),
     set()),
    ("a_relative_passive_of_an_actor",
     "Headline\n\nHamas, which is backed by Iran, rejected the proposal on Monday." + FILLER,
     {("IRN", "expresses_support", "HAMAS")}),
    ("with_the_backing_of_a_state",
     ("Headline\n\nPrime Minister Pashinyan said Azerbaijan had launched an aggression with the "
      "backing of Turkey." + FILLER),
     {("ARM", "accuses", "AZE")}),
    ("restated_then_a_participle",
     ("Headline\n\nRabat restated that the accord \"has no legal force\" and does not bind third "
      "parties, rejecting both the Algerian and the Tunisian signatures." + FILLER),
     {("MAR", "rejects", "DZA"), ("MAR", "rejects", "TUN")}),
    ("asserted_then_a_participle",
     ("Headline\n\nMorocco asserted that the accord was void, rejecting the Algerian "
      "signature." + FILLER),
     {("MAR", "rejects", "DZA")}),
    ("cooperate_closely_with",
     ("Headline\n\nMadrid said Spain will continue to cooperate closely with Morocco on "
      "migration." + FILLER),
     {("ESP", "expresses_intent_to_cooperate", "MAR")}),
    ("struck_a_tone_then_he_said",
     ("Headline\n\nAustralia's prime minister dismissed the French criticism.\n\nSecretary of "
      "State Antony Blinken struck a softer tone. \"We will keep working with Paris,\" he said."
      + FILLER),
     {("AUS", "rejects", "FRA"), ("USA", "expresses_intent_to_cooperate", "FRA")}),
    ("a_named_answerer_in_a_briefing_abroad",
     ("LISBON, June 3, 2022 (Wire) — Briefing on the plane\n\nSpokesperson Ned Price briefed "
      "reporters on Monday.\n\nQUESTION: Baghdad says the strikes violated its sovereignty. How "
      "do you answer?\n\nPRICE: We have enormous respect for Iraq's sovereignty. We urge Iran "
      "to stop arming the militias." + FILLER),
     {("USA", "affirms_sovereignty", "IRQ"), ("USA", "demands", "IRN")}),
    ("the_following_joint_statement",
     ("Headline\n\nThe foreign ministers of Spain, Portugal and Italy issued the following joint "
      "statement on Friday.\n\n\"We condemn the attack carried out by Iran.\n\nWe regret the "
      "sanctions imposed by the United States.\"" + FILLER),
     {("ESP", "condemns", "IRN"), ("PRT", "condemns", "IRN"), ("ITA", "condemns", "IRN"),
      ("ESP", "condemns", "USA"), ("PRT", "condemns", "USA"), ("ITA", "condemns", "USA")}),
    ("the_following_statement_of_one",
     ("Headline\n\nJapan issued the following statement on Friday.\n\n\"We strongly condemn "
      "the missile launch by North Korea.\"" + FILLER),
     {("JPN", "condemns", "PRK")}),
    ("called_a_counterpart_on_a_day",
     ("Headline\n\nThe Turkish foreign minister called his Greek counterpart on Monday to "
      "discuss the crisis." + FILLER),
     {("TUR", "holds_talks", "GRC")}),
    ("called_on_is_an_appeal",
     ("Headline\n\nThe Turkish foreign minister called on his Greek counterpart to show "
      "restraint." + FILLER),
     {("TUR", "urges_restraint", "GRC")}),
    ("called_a_leader_a_quoted_name",
     ("Headline\n\nThe Israeli foreign minister called the Colombian president \"antisemitic "
      "and full of hate\"." + FILLER),
     {("ISR", "condemns", "COL")}),
    ("described_strikes_on_a_place_as_criminal",
     ("Headline\n\nEgypt described the Israeli strikes on Rafah as criminal." + FILLER),
     {("EGY", "condemns", "ISR")}),
    ("a_relative_clause_of_claiming",
     ("Headline\n\nA State Department spokesperson said: \"We condemn the attack on the "
      "embassy, which the Islamic State claimed, and we support Egypt's right to defend itself "
      "against terrorism.\"" + FILLER),
     {("USA", "expresses_support", "EGY")}),
    ("an_apposition_after_the_addressees",
     ("Headline\n\nJordan called on Egypt and Qatar, the mediators of the ceasefire between "
      "Israel and Hamas, to step up their efforts." + FILLER),
     {("JOR", "demands", "EGY"), ("JOR", "demands", "QAT")}),
    ("a_council_met_in_session_at_a_request",
     ("Headline\n\nThe Security Council met in emergency session on Sunday at the separate "
      "requests of Russia and Ukraine, hours after the dam was breached." + FILLER),
     set()),
    ("met_under_a_chairmanship",
     ("Headline\n\nThe presidents of Angola, Burundi and Kenya met in Luanda on Wednesday under "
      "the chairmanship of the Angolan president." + FILLER),
     set()),
    ("met_with_no_chair",
     ("Headline\n\nThe presidents of Angola, Burundi and Kenya met in Luanda on Wednesday."
      + FILLER),
     {("AGO", "holds_talks", "BDI"), ("AGO", "holds_talks", "KEN"), ("BDI", "holds_talks", "AGO"),
      ("BDI", "holds_talks", "KEN"), ("KEN", "holds_talks", "AGO"), ("KEN", "holds_talks", "BDI")}),
    ("a_compound_adjective_in_the_subject",
     ("Headline\n\nSudan's army-backed government on Wednesday condemned Kenya for hosting the "
      "meeting." + FILLER),
     {("SDN", "condemns", "KEN")}),
    ("agreed_according_to_a_readout_that",
     ("Headline\n\nThe Egyptian foreign minister received his Jordanian counterpart in Cairo on "
      "Sunday. The two ministers agreed, according to the Egyptian readout, that a political "
      "solution was the only way out." + FILLER),
     {("EGY", "holds_talks", "JOR"), ("EGY", "agrees_with", "JOR"),
      ("JOR", "agrees_with", "EGY")}),
    ("derided_an_act",
     ("Headline\n\nIran's foreign minister derided the Polish-hosted conference as a desperate "
      "circus." + FILLER),
     {("IRN", "condemns", "POL")}),
    ("rebuked_a_state",
     "Headline\n\nGermany rebuked Hungary over its veto on Monday." + FILLER,
     {("DEU", "condemns", "HUN")}),
    ("support_in_the_fight_against",
     ("Headline\n\nThe Iraqi prime minister thanked France for its support in the fight against "
      "ISIS." + FILLER),
     {("IRQ", "welcomes", "FRA")}),
    ("called_the_adoption_regrettable",
     ("Headline\n\nChina adopted the Hong Kong security law on Tuesday. Britain criticised China "
      "over the law. The United States condemned China for the law.\n\nJapan's chief cabinet "
      "secretary called the adoption \"regrettable\"." + FILLER),
     {("GBR", "condemns", "CHN"), ("USA", "condemns", "CHN"), ("JPN", "condemns", "CHN")}),
    ("deplores_in_quotes_the_decision",
     ("Headline\n\nChina adopted the Hong Kong security law on Tuesday. Britain criticised China "
      "over the law. The United States condemned China for the law.\n\nThe European Union said "
      "it \"deplores\" the decision." + FILLER),
     {("GBR", "condemns", "CHN"), ("USA", "condemns", "CHN"), ("EU", "condemns", "CHN")}),
    ("who_are_hosting_after_adjectives",
     ("Headline\n\nThe Armenian foreign minister said: \"We appreciate the efforts of our "
      "American and French partners, who are hosting and facilitating this meeting between "
      "Yerevan and Baku.\"" + FILLER),
     {("ARM", "welcomes", "USA"), ("ARM", "welcomes", "FRA"), ("USA", "mediates", "ARM"),
      ("USA", "mediates", "AZE"), ("FRA", "mediates", "ARM"), ("FRA", "mediates", "AZE")}),
    ("who_is_mediating_after_a_title",
     ("Headline\n\nKenya commended the efforts of the African Union envoy, who is mediating "
      "between Ethiopia and Eritrea." + FILLER),
     {("KEN", "welcomes", "AU"), ("AU", "mediates", "ETH"), ("AU", "mediates", "ERI")}),
    ("the_two_prime_ministers_who_acted_together",
     ("Headline\n\nSpain's prime minister and his Belgian counterpart condemned the killing of "
      "civilians in Gaza on Friday. The Spanish prime minister welcomed the four-day truce "
      "between Israel and Hamas, brokered by Qatar and Egypt. On Thursday the two prime "
      "ministers met Prime Minister Benjamin Netanyahu in Jerusalem." + FILLER),
     {("ESP", "welcomes", "ISR"), ("ESP", "welcomes", "HAMAS"), ("QAT", "mediates", "ISR"),
      ("QAT", "mediates", "HAMAS"), ("EGY", "mediates", "ISR"), ("EGY", "mediates", "HAMAS"),
      ("ESP", "holds_talks", "ISR"), ("BEL", "holds_talks", "ISR")}),
    ("an_act_by_a_list",
     ("Headline\n\nThe IAEA board adopted on Thursday a resolution drafted by Britain, France and "
      "Germany. Iran rejected the resolution on Friday." + FILLER),
     {("IRN", "rejects", "GBR"), ("IRN", "rejects", "FRA"), ("IRN", "rejects", "DEU")}),
    ("rejected_what_it_called_a_resolution",
     ("Headline\n\nThe IAEA board adopted on Thursday a resolution drafted by Britain, France and "
      "Germany. Iran rejected what it called an irresponsible resolution." + FILLER),
     {("IRN", "rejects", "GBR"), ("IRN", "rejects", "FRA"), ("IRN", "rejects", "DEU")}),
]


@pytest.mark.parametrize(("case", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_phenomenon(case: str, text: str, expected: set[Edge]) -> None:
    assert edges_en(text) == expected

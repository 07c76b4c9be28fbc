"""English constructions found by counting errors across all the traced sets in the seventh
session of 2026-12-06 (fresh22_en among them, blind until then), each tested on sentences
written for this file.

- A summons is a protest: «Algeria summoned the French ambassador over comments made by …»
  is talks with the envoy's state and a condemnation of it, whether or not the text names
  the protest (words summon_cues), as the blind sets' annotators code every summons.
- The article's main act (rule 11): «Qatar condemned the announcement», «rejected the move»
  with no author there or before is the act of the actor the article's condemnations,
  rejections and accusations have been toward most (words main_act_nouns, act_qualifiers);
  not «the move by …», «the decision of …».
- Claims, criticism or remarks named back with no author after a rejection («Iran's
  representative dismissed the complaint», «Seoul rejected the criticism») are those of
  whoever last took a stance toward the one who answers (rule 11; words retort_nouns).
- «accused him of spreading Russian propaganda», «accusing it of being too close to Iran»: an
  object pronoun before «of» or «for» is the one accused, named before; an actor inside the
  charge is not.
- «all parties in Libya» (rule 12): the parties of a strife inside one state, whose one side
  that maps to an actor is that state, not the last pair that met.
- Time words inside a phrasal cue: «called this week for restraint», «called last week for»
  (words phrase_inserts).
- «accused Ethiopia of violating its airspace and warned of serious consequences»: a warning
  coordinated with the subject's accusation or condemnation of an actor, naming no one, goes
  to that actor (rule 14); not after a stance of support. So does a demand with no addressee
  of its own («accused the Chinese coast guard of behaving like pirates and demanded the
  return of seized rifles»), but not «… and urged partners to send more air defences».
- Wanting relations is an intent to cooperate: «Madrid wanted excellent relations with
  Algeria» (cue en.cooperate.want).
- A body the gazetteer does not know, named with capitals («The Caribbean Community
  condemned the incursion and reiterated its support for Guyana»), is the subject of the verbs
  coordinated with its own: no stance of the last speaker.
- A judgement the subject goes on to state in an infinitive of its own: «Qatar rushed to
  denounce …», «took the opportunity to denounce …», «used his address to the General
  Assembly to denounce …» (no cue before it governs the infinitive: not «ready to welcome»,
  «urged the Council to condemn»); the subject must be an actor the clause names.
- «said it will summon the Iranian ambassador»: a summons announced is a protest already, no
  meeting to come.
- «Tehran must take no further step that risks a wider war»: a call to take no further step
  is restraint (rule 20; content urges_restraint).
- «the attacks carried out by the PKK, which threaten the security of both countries»:
  «threaten» with the security, peace or a conference for object is a danger, no threat
  someone utters (words threatened_things).
- «The ICJ ordered Israel to … South Africa welcomed the order»: an order named back is the
  demand of whoever gave it (words act_nouns_demands).
- «the United States must be held accountable», «Israel must be held responsible for the
  crimes»: an accusation of the modal's subject, no demand (cue en.accuses.held_to_account);
  «Syria's sovereignty and territorial integrity must be respected» affirms sovereignty and
  asks nothing of Syria (words sovereignty_words).
- «will take all steps necessary to defend its national interest» warns the holder's
  adversary (rule 14; cue en.warns.steps).
- «The international community, he said, "must act now to stop this aggression"»: the
  modal's subject, past the quote and the reporting clause, is an open-ended group, so no
  one is asked (rule 12); «Israel, he said, "must stop this aggression"» asks Israel.
- People who speak for no state: «a heated exchange with a Saudi commentator» names no actor
  («Saudi» is also Saudi Arabia's short name; words private_people), and a talks noun whose
  «with» partner has no id gives no talks among the actors of the article's context.
"""

from __future__ import annotations

import pytest

from tests.edge_cases import Edge, edges_en

FILLER = "\n\nFurther details were not immediately available on Sunday evening, the report said."

CASES: list[tuple[str, str, set[Edge]]] = [
    ("a_summons_over_remarks_condemns",
     ("Algeria summoned the French ambassador over comments made by President Emmanuel "
      "Macron." + FILLER),
     {("DZA", "holds_talks", "FRA"), ("DZA", "condemns", "FRA")}),
    ("a_summons_of_several_envoys_condemns",
     ("Kuwait and Bahrain summoned Lebanon's ambassadors over remarks made by a Lebanese "
      "minister." + FILLER),
     {("KWT", "holds_talks", "LBN"), ("KWT", "condemns", "LBN"),
      ("BHR", "holds_talks", "LBN"), ("BHR", "condemns", "LBN")}),
    ("recalling_ones_own_envoy_is_no_summons",
     "Jordan summoned its ambassador in Tel Aviv for consultations." + FILLER,
     set()),
    ("an_exchange_with_a_commentator_is_no_talks",
     ("The foreign ministers of Egypt, Jordan and Iraq met in Cairo on Monday.\n\nLater the "
      "Iraqi minister walked out of a studio after a heated exchange with a Saudi commentator."
      + FILLER),
     {("EGY", "holds_talks", "JOR"), ("EGY", "holds_talks", "IRQ"),
      ("JOR", "holds_talks", "EGY"), ("JOR", "holds_talks", "IRQ"),
      ("IRQ", "holds_talks", "EGY"), ("IRQ", "holds_talks", "JOR")}),
    ("the_main_act_named_back",
     ("Israel's prime minister pledged on Sunday to annex the Jordan Valley. Egypt condemned "
      "the Israeli pledge.\n\nQatar condemned the announcement in the strongest terms."
      + FILLER),
     {("EGY", "condemns", "ISR"), ("QAT", "condemns", "ISR")}),
    ("the_main_act_rejected",
     ("Ecuador imposed tariffs on Colombian imports. Colombia criticised Ecuador's decision."
      "\n\nThe Colombian president rejected the latest move." + FILLER),
     {("COL", "condemns", "ECU"), ("COL", "rejects", "ECU")}),
    ("a_move_by_someone_else_is_no_main_act",
     ("Ecuador imposed tariffs on Colombian imports. Colombia criticised Ecuador's decision."
      "\n\nPeru rejected the move by the Andean Community court." + FILLER),
     {("COL", "condemns", "ECU")}),
    ("a_complaint_answered",
     ("Iraq filed a complaint against Iran at the Security Council, accusing it of shelling "
      "Kurdish villages.\n\nIran's representative dismissed the complaint as baseless."
      + FILLER),
     {("IRQ", "accuses", "IRN"), ("IRN", "rejects", "IRQ")}),
    ("criticism_answered",
     "Japan criticised South Korea over the ruling. Seoul rejected the criticism." + FILLER,
     {("JPN", "condemns", "KOR"), ("KOR", "rejects", "JPN")}),
    ("accused_him_of",
     ("Ukraine summoned the Hungarian envoy and accused him of spreading Russian propaganda."
      + FILLER),
     {("UKR", "holds_talks", "HUN"), ("UKR", "condemns", "HUN"), ("UKR", "accuses", "HUN")}),
    ("accusing_it_of",
     ("Saudi Arabia and Bahrain cut ties with Qatar, accusing it of being too close to Iran."
      + FILLER),
     {("SAU", "accuses", "QAT"), ("BHR", "accuses", "QAT")}),
    ("all_parties_in_a_state",
     ("Italy and France discussed migration on Monday. Turkey called on all parties in Libya "
      "to show restraint." + FILLER),
     {("ITA", "holds_talks", "FRA"), ("FRA", "holds_talks", "ITA"),
      ("TUR", "urges_restraint", "LBY")}),
    ("a_time_word_inside_called_for",
     ("The African Union Commission chairperson called this week for restraint and dialogue "
      "between Addis Ababa and Khartoum." + FILLER),
     {("AU", "urges_restraint", "ETH"), ("AU", "urges_restraint", "SDN"),
      ("AU", "calls_for_dialogue", "ETH"), ("AU", "calls_for_dialogue", "SDN")}),
    ("a_warning_coordinated_with_an_accusation",
     ("Sudan accused Ethiopia of violating its airspace and warned of serious consequences."
      + FILLER),
     {("SDN", "accuses", "ETH"), ("SDN", "warns", "ETH")}),
    ("a_demand_coordinated_with_an_accusation",
     ("The Philippine military chief accused the Chinese coast guard of behaving like pirates "
      "and demanded the return of seized rifles." + FILLER),
     {("PHL", "accuses", "CHN"), ("PHL", "demands", "CHN")}),
    ("an_appeal_to_others_after_an_accusation",
     ("Ukraine's foreign minister accused Moscow of testing NATO's defences and urged partners "
      "to send more air-defence systems." + FILLER),
     {("UKR", "accuses", "RUS")}),
    ("a_warning_coordinated_with_support",
     ("Kenya expressed support for Somalia's government and warned of the spillover of "
      "weapons." + FILLER),
     {("KEN", "expresses_support", "SOM")}),
    ("wanting_relations",
     "Albares said Madrid wanted excellent relations with Algeria too." + FILLER,
     {("ESP", "expresses_intent_to_cooperate", "DZA")}),
    ("an_unknown_body_goes_on_as_subject",
     ("Russia said it supported Venezuela. The Caribbean Community condemned the incursion and "
      "reiterated its \"unwavering support\" for Guyana." + FILLER),
     {("RUS", "expresses_support", "VEN")}),
    ("an_infinitive_of_the_subjects_own",
     ("The Emir of Qatar used his address to the General Assembly to denounce the blockade "
      "imposed by Saudi Arabia and Egypt." + FILLER),
     {("QAT", "condemns", "SAU"), ("QAT", "condemns", "EGY")}),
    ("took_the_opportunity_to",
     ("Qatar took the opportunity to denounce the blockade imposed by Saudi Arabia." + FILLER),
     {("QAT", "condemns", "SAU")}),
    ("an_appeal_governs_its_infinitive",
     "Egypt urged the international community to condemn Israel." + FILLER,
     set()),
    ("a_summons_announced",
     ("Iraq's foreign ministry said it will summon the Iranian ambassador over the strikes."
      + FILLER),
     {("IRQ", "condemns", "IRN")}),
    ("no_further_step_is_restraint",
     ("Britain's Foreign Secretary says Tehran must take no further step that risks a wider "
      "war." + FILLER),
     {("GBR", "urges_restraint", "IRN")}),
    ("a_danger_is_no_threat",
     ("Iraq and Turkey condemned the attacks carried out by the PKK, which threaten the "
      "security of both countries." + FILLER),
     {("IRQ", "condemns", "PKK"), ("TUR", "condemns", "PKK")}),
    ("a_threat_uttered_stays",
     "Iran threatened Israel with a crushing response." + FILLER,
     {("IRN", "threatens", "ISR")}),
    ("an_order_named_back",
     "The ICJ ordered Israel to prevent genocide. South Africa welcomed the order." + FILLER,
     {("ICJ", "demands", "ISR"), ("ZAF", "welcomes", "ICJ")}),
    ("must_be_held_responsible",
     "Egypt said Israel must be held responsible for the crimes." + FILLER,
     {("EGY", "accuses", "ISR")}),
    ("sovereignty_must_be_respected",
     ("China condemned the Israeli strike and said Syria's sovereignty and territorial integrity "
      "must be respected." + FILLER),
     {("CHN", "condemns", "ISR"), ("CHN", "affirms_sovereignty", "SYR")}),
    ("steps_announced_warn",
     ("India accused Pakistan of sponsoring the attack. Pakistan rejected the charge and said it "
      "will take all steps necessary to defend its national interest." + FILLER),
     {("IND", "accuses", "PAK"), ("PAK", "rejects", "IND"), ("PAK", "warns", "IND")}),
    ("an_open_subject_past_he_said",
     ("Jordan condemned the Israeli raid on Jenin and the fighting between Israel and the "
      "Palestinians. The international community, he said, \"must act now to stop this "
      "aggression.\"" + FILLER),
     {("JOR", "condemns", "ISR")}),
    ("a_named_subject_past_he_said",
     ("Jordan condemned the Israeli raid on Jenin. Israel, he said, \"must stop this "
      "aggression.\"" + FILLER),
     {("JOR", "condemns", "ISR"), ("JOR", "urges_restraint", "ISR")}),
    ("a_journalist_is_no_actor",
     "The Saudi minister criticised an Iranian journalist for the remarks." + FILLER,
     set()),
    ("an_exchange_of_views_with_a_state_stays_talks",
     ("The Omani foreign minister held an exchange of views with Iran's foreign minister on "
      "regional developments." + FILLER),
     {("OMN", "holds_talks", "IRN")}),
]


@pytest.mark.parametrize(("case", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_phenomenon(case: str, text: str, expected: set[Edge]) -> None:
    assert edges_en(text) == expected

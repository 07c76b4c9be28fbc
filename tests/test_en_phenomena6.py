"""English constructions of the sixth round, each a class met in fresh2_en (e07–e12, traced for
the first time) or en_articles, tested on sentences written for this file. Each row is
(case, text, edges that must be there, edges that must not)."""

from __future__ import annotations

import pytest

from tests.edge_cases import Edge, check_en

CASES: list[tuple[str, str, set[Edge], set[Edge]]] = [
    # a list of officials in apposition to a list subject: the apposition is the whole list,
    # and the subject before it holds the stance (each member, rule 4)
    ("officials_list_apposition_met",
     ("The foreign ministers of Egypt, Jordan and France, Badr Abdelatty, Ayman Safadi and "
      "Jean-Noel Barrot, met in Amman on Sunday."),
     {("EGY", "holds_talks", "JOR"), ("JOR", "holds_talks", "FRA"),
      ("FRA", "holds_talks", "EGY")}, set()),
    ("officials_list_apposition_condemn",
     ("The foreign ministers of Qatar and Jordan, Mohammed bin Abdulrahman Al Thani and Ayman "
      "Safadi, condemned the Israeli raid on Jenin."),
     {("QAT", "condemns", "ISR"), ("JOR", "condemns", "ISR")}, set()),
    ("officials_list_apposition_then_plural",
     ("The leaders of Turkey and Iran, Recep Tayyip Erdogan and Masoud Pezeshkian, met in "
      "Ankara. The two leaders urged Israel to halt its offensive."),
     {("TUR", "holds_talks", "IRN"), ("IRN", "holds_talks", "TUR"),
      ("TUR", "urges_restraint", "ISR"), ("IRN", "urges_restraint", "ISR")}, set()),
    # rule 25: a population named by a state adjective is no actor
    ("population_is_no_actor",
     "Qatar rejected any plan to expel the Palestinian population from the Gaza Strip.",
     set(), {("QAT", "rejects", "PSE")}),
    ("populations_are_no_actors",
     "Egypt condemned attacks on the Sudanese population in Darfur.",
     set(), {("EGY", "condemns", "SDN")}),
    # «side by side with» is coexistence, not siding with someone
    ("side_by_side_is_no_support",
     ("Norway reaffirmed its commitment to a Palestinian state that would live side by side "
      "with Israel in security."),
     set(), {("NOR", "expresses_support", "ISR")}),
    ("sided_with_is_support",
     "Hungary sided with Slovakia in the dispute over the pipeline.",
     {("HUN", "expresses_support", "SVK")}, set()),
    # support for an actor named after «the»: the actor, or the author of what is supported
    # (rule 11)
    ("supported_the_government",
     "The United States supported the Lebanese government throughout the crisis.",
     {("USA", "expresses_support", "LBN")}, set()),
    ("endorsed_the_plan_adopted_by",
     ("Jordan endorsed the reconstruction plan adopted by the League of Arab States at its "
      "summit."),
     {("JOR", "expresses_support", "ARL")}, set()),
    ("backed_the_topic_is_no_edge",
     "Kenya backed the ceasefire and the two-state solution.",
     set(), set()),
    # rule 23: support for a process named after a place or an actor is a topic
    ("supported_the_place_process",
     "Ghana said it supported the Lome process and the Qatari-brokered talks.",
     set(), {("GHA", "expresses_support", "TGO"), ("GHA", "expresses_support", "QAT")}),
    ("supports_the_two_sides",
     ("Algeria congratulated Mali and Niger on the deal and said it supports the two sides "
      "in carrying it out."),
     set(), {("DZA", "expresses_support", "MLI"), ("DZA", "expresses_support", "NER")}),
    # meetings that are not talks of anyone the sentence names
    ("modal_common_noun_subject_meets",
     ("The Kenyan minister said Nairobi, together with Uganda, was pursuing its mediation "
      "between Sudan and Chad, and that technical teams would meet again next week."),
     {("KEN", "mediates", "SDN"), ("UGA", "mediates", "TCD")},
     {("KEN", "expresses_intent_to_meet", "UGA"), ("UGA", "expresses_intent_to_meet", "KEN")}),
    ("body_meets_names_no_partner",
     "A Spanish diplomat said Madrid would read the draft carefully before the Security Council meets.",
     set(), {("UNSC", "holds_talks", "ESP"), ("UNSC", "expresses_intent_to_meet", "ESP")}),
    ("expected_to_meet_is_no_appeal",
     ("The Security Council is expected to meet on Friday at the request of France, "
      "diplomats said."),
     set(), {("UNSC", "expresses_intent_to_meet", "FRA"), ("UNSC", "demands", "FRA")}),
    ("meet_obligations_is_no_meeting",
     "Poland said Belarus would meet its obligations under the treaty.",
     set(), {("BLR", "expresses_intent_to_meet", "POL"), ("BLR", "holds_talks", "POL")}),
    ("received_by_keeps_the_guest",
     "The Turkish foreign minister was received by Syria's president in Damascus.",
     {("SYR", "holds_talks", "TUR")}, set()),
    # a mediating role the subject takes on: «act/serve as a mediator between X and Y»
    ("act_as_mediator",
     "Ghana offered to act as a mediator between Mali and Niger.",
     {("GHA", "mediates", "MLI"), ("GHA", "mediates", "NER")}, set()),
    ("acting_as_facilitator",
     "Qatar has been acting as a facilitator between Rwanda and the DRC since March.",
     {("QAT", "mediates", "RWA"), ("QAT", "mediates", "COD")}, set()),
    ("role_of_an_object_is_not_the_subjects",
     "Kenya welcomed Qatar's role as a mediator between Rwanda and the DRC.",
     {("KEN", "welcomes", "QAT")}, {("KEN", "mediates", "RWA"), ("KEN", "mediates", "COD")}),
    # rule 11: a second coordinated object that names its actor, when the first names none
    # or lies beyond the first actor's reach
    ("second_object_names_the_actor_security_council",
     ("The Security Council condemned in the strongest terms the renewed fighting around the "
      "town of Goma and the presence of Rwandan troops on Congolese soil."),
     {("UNSC", "condemns", "RWA")}, set()),
    # «its sovereignty»: the actor the possessive points back to, never the holder
    ("its_sovereignty_after_object",
     "Britain said it stood with Moldova and respected its sovereignty and territorial integrity.",
     {("GBR", "affirms_sovereignty", "MDA")}, set()),
    ("his_countrys_sovereignty",
     ("Algeria received the Malian foreign minister and affirmed its support for his country's "
      "unity and sovereignty."),
     {("DZA", "affirms_sovereignty", "MLI")}, set()),
    ("own_sovereignty_is_no_edge",
     "Iran said it would always respect its own sovereignty.",
     set(), {("IRN", "affirms_sovereignty", "IRN")}),
    # a relative clause on an object: its verb's subject is that object, not the main
    # clause's subject; «X and the Y» is one list
    ("relative_on_object_mediates",
     "Kenya praised Qatar, which brokered the talks between Rwanda and the DRC.",
     {("KEN", "welcomes", "QAT"), ("QAT", "mediates", "RWA"), ("QAT", "mediates", "COD")},
     {("KEN", "mediates", "RWA"), ("KEN", "mediates", "COD")}),
    ("relative_on_object_list",
     ("The Secretary-General commended Egypt and the United States, which facilitated contacts "
      "between Armenia and Azerbaijan last week."),
     {("UN", "welcomes", "EGY"), ("UN", "welcomes", "USA"), ("EGY", "mediates", "ARM"),
      ("USA", "mediates", "AZE")},
     {("UN", "mediates", "ARM"), ("UN", "mediates", "AZE")}),
    # «describing/calling X as/…»: a negative judgement (condemns) or a dismissal (rejects)
    # of what X's author did; «it» is the act the sentence has named
    ("describing_as_null_and_void",
     "Somalia recalled its envoy, describing the Ethiopian lease agreement as null and void.",
     {("SOM", "rejects", "ETH")}, set()),
    ("called_the_strikes_illegal",
     "Pakistan called the Indian strikes illegal and reckless.",
     {("PAK", "condemns", "IND")}, set()),
    ("calling_it_reckless_is_the_act",
     "Norway criticised the latest Iranian drone sale to Russia, calling it reckless.",
     {("NOR", "condemns", "IRN")}, {("NOR", "condemns", "RUS")}),
    ("called_the_claims_baseless",
     "Beijing called the Philippine accusations baseless.",
     {("CHN", "rejects", "PHL")}, set()),
    ("called_for_is_no_judgement",
     "Egypt called for an end to illegal settlement building by Israel.",
     set(), {("EGY", "condemns", "ISR")}),
    # rule 9: talks a third party hosts or brokers are its mediation, not talks between the
    # sides (nor with the host)
    ("hosted_meeting_fronted",
     ("On Monday, in a meeting hosted by the Omani foreign minister in Muscat, Araghchi and "
      "Witkoff held talks that lasted four hours."),
     {("OMN", "mediates", "IRN"), ("OMN", "mediates", "USA")},
     {("IRN", "holds_talks", "USA"), ("USA", "holds_talks", "IRN"), ("OMN", "holds_talks", "IRN"),
      ("IRN", "holds_talks", "OMN")}),
    ("talks_brokered_by",
     "Rwanda and the DRC held talks brokered by Qatar on Thursday.",
     {("QAT", "mediates", "RWA"), ("QAT", "mediates", "COD")},
     {("RWA", "holds_talks", "COD"), ("COD", "holds_talks", "RWA")}),
    ("adjective_brokered_talks",
     "Armenia and Azerbaijan held US-brokered talks in Washington.",
     {("USA", "mediates", "ARM"), ("USA", "mediates", "AZE")},
     {("ARM", "holds_talks", "AZE"), ("AZE", "holds_talks", "ARM")}),
    # other talks mediated in a relative clause leave the phone call alone
    ("other_talks_in_relative",
     ("Iran's foreign minister spoke by phone with his Omani counterpart about the indirect "
      "talks with the United States, which Muscat has been hosting."),
     {("IRN", "holds_talks", "OMN")}, set()),
    # rule 15: «the two» after a meeting reported in the same or the previous sentence are
    # those who met, both directions; they do not become the speaker of what follows
    ("where_the_two_discussed",
     ("President Abdel Fattah al-Sisi received his Kenyan counterpart in Cairo, where the two "
      "discussed water security."),
     {("EGY", "holds_talks", "KEN"), ("KEN", "holds_talks", "EGY")}, set()),
    ("the_two_next_sentence",
     ("Sisi spoke by phone with Erdogan on Sunday. The two discussed the situation in Sudan. "
      "The President also voiced Egypt's concern over the fighting in Darfur."),
     {("EGY", "holds_talks", "TUR"), ("TUR", "holds_talks", "EGY")},
     {("TUR", "expresses_concern", "SDN")}),
    # a planned meeting is not held
    ("plans_for_a_meeting",
     ("Rubio spoke with the Philippine foreign secretary. The two discussed plans for a "
      "trilateral meeting with Japan next month."),
     {("USA", "holds_talks", "PHL")}, {("USA", "holds_talks", "JPN"), ("PHL", "holds_talks", "JPN")}),
    ("upcoming_summit",
     "Lula said he looked forward to the upcoming summit with Argentina.",
     set(), {("BRA", "holds_talks", "ARG")}),
    # rule 10, typed by each thing asked: a first request no content types is a demand,
    # beside the dialogue or restraint asked after «and»
    ("comply_and_resume_dialogue",
     ("The Secretary-General urged Tehran to fully honour its safeguards obligations and to "
      "return to negotiations with the agency."),
     {("UN", "demands", "IRN"), ("UN", "calls_for_dialogue", "IRN")}, set()),
    ("honour_and_settle",
     ("Chile called on Peru and Bolivia to respect the court's ruling and settle their "
      "differences through dialogue."),
     {("CHL", "demands", "PER"), ("CHL", "demands", "BOL"), ("CHL", "calls_for_dialogue", "PER"),
      ("CHL", "calls_for_dialogue", "BOL")}, set()),
    ("typed_first_ask_adds_nothing",
     "Norway urged Serbia to return to the negotiating table and refrain from escalation.",
     {("NOR", "calls_for_dialogue", "SRB"), ("NOR", "urges_restraint", "SRB")},
     {("NOR", "demands", "SRB")}),
    ("single_typed_ask",
     "Kenya urged Sudan to resume dialogue with the rebels.",
     {("KEN", "calls_for_dialogue", "SDN")}, {("KEN", "demands", "SDN")}),
    # a list of titled officials, each «of» their state: every official is a partner, and
    # talks with both sides of a conflict are talks (rule 16 wants mediation stated)
    ("titled_officials_list",
     ("Earlier, the Secretary-General spoke by telephone with Prime Minister Shehbaz Sharif of "
      "Pakistan and External Affairs Minister Subrahmanyam Jaishankar of India."),
     {("UN", "holds_talks", "PAK"), ("UN", "holds_talks", "IND")},
     {("UN", "mediates", "PAK"), ("UN", "mediates", "IND")}),
    ("titled_official_second",
     "Lavrov met Abbas Araghchi and Foreign Minister Hakan Fidan in Ankara.",
     {("RUS", "holds_talks", "IRN"), ("RUS", "holds_talks", "TUR")}, set()),
    ("talks_with_both_sides_stay_talks",
     ("India and Pakistan exchanged fire across the Line of Control. Guterres later spoke with "
      "the leaders of India and Pakistan."),
     {("UN", "holds_talks", "PAK"), ("UN", "holds_talks", "IND")},
     {("UN", "mediates", "PAK"), ("UN", "mediates", "IND")}),
    # «them» after an appeal to two addressees in the same sentence: those addressees
    ("encouraged_them",
     ("Kenya urged Sudan and Chad to exercise restraint, and encouraged them to settle the "
      "dispute through dialogue."),
     {("KEN", "urges_restraint", "SDN"), ("KEN", "calls_for_dialogue", "TCD")}, set()),
    # «exchanged views»: talks; «the two sides» both ways, a topic after «on» is no partner
    ("exchanged_views_two_sides",
     ("Wang Yi received Ishaq Dar in Beijing. The two sides also exchanged views on the "
      "situation in Afghanistan."),
     {("CHN", "holds_talks", "PAK"), ("PAK", "holds_talks", "CHN")},
     {("CHN", "holds_talks", "AFG"), ("PAK", "holds_talks", "AFG")}),
    ("exchanged_views_with",
     "Lavrov exchanged views with Fidan on the situation in Syria.",
     {("RUS", "holds_talks", "TUR")}, {("RUS", "holds_talks", "SYR")}),
    ("exchanged_fire_is_no_talks",
     ("Guterres noted that Israel and Hezbollah had exchanged fire in violation of resolution "
      "1701."),
     {("UN", "accuses", "ISR"), ("UN", "accuses", "HEZBOLLAH")},
     {("ISR", "holds_talks", "HEZBOLLAH")}),
    # «agreed to hold the next round of …, and to strengthen coordination»: each intent
    ("agreed_round_and_coordination",
     ("Fidan met Araghchi in Ankara. The two sides agreed to hold the next round of their "
      "consultations in Tehran, and to strengthen coordination on regional security."),
     {("TUR", "expresses_intent_to_meet", "IRN"), ("IRN", "expresses_intent_to_meet", "TUR"),
      ("TUR", "expresses_intent_to_cooperate", "IRN"),
      ("IRN", "expresses_intent_to_cooperate", "TUR")}, set()),
    ("round_of_sanctions_is_no_meeting",
     "The EU said it was ready to adopt a new round of sanctions against Russia.",
     set(), {("EU", "expresses_intent_to_meet", "RUS")}),
    # «…, but said X was ready to …»: «but» opens a clause of its own, so a noun appeal
    # before it does not swallow the readiness after it
    ("but_said_ready",
     ("Tbilisi repeated its demand that Russian troops leave Abkhazia, but said Georgia "
      "remained prepared to meet President Putin at any time."),
     {("GEO", "demands_withdrawal", "RUS"), ("GEO", "expresses_intent_to_meet", "RUS")}, set()),
    ("ready_to_sign_the_treaty",
     "Yerevan said it was ready to sign the peace treaty with Azerbaijan this year.",
     {("ARM", "expresses_intent_to_cooperate", "AZE")}, set()),
    # rule 14: «following/watching X between the two with concern»: concern toward each
    ("watching_with_concern",
     "Turkey was watching the clashes between Kyrgyzstan and Tajikistan with concern.",
     {("TUR", "expresses_concern", "KGZ"), ("TUR", "expresses_concern", "TJK")}, set()),
    # «help them settle/resolve»: an offer to mediate (rule 16), for a pronoun subject of
    # «stood/remained ready» too
    ("help_settle_mediates",
     "Qatar offered to help Rwanda and the DRC resolve their differences.",
     {("QAT", "mediates", "RWA"), ("QAT", "mediates", "COD")}, set()),
    ("stood_ready_to_help_them",
     ("Kyrgyzstan and Tajikistan accused each other of opening fire. Kazakhstan said it stood "
      "ready to help them settle the incident."),
     {("KAZ", "mediates", "KGZ"), ("KAZ", "mediates", "TJK")}, set()),
    ("help_overcome_crisis_no_sides",
     "The IMF said it would help Egypt overcome the crisis.",
     set(), {("IMF", "mediates", "EGY")}),
    # rule 10: «pull back the/its troops» is a withdrawal; «pull back» alone is restraint
    ("pull_back_troops_is_withdrawal",
     "The EU demanded that Armenia pull back the troops it had moved to the border.",
     {("EU", "demands_withdrawal", "ARM")}, {("EU", "urges_restraint", "ARM")}),
    ("pull_back_alone_is_restraint",
     "The EU urged Armenia to pull back.",
     {("EU", "urges_restraint", "ARM")}, {("EU", "demands_withdrawal", "ARM")}),
    # rule 14: «would not stand idly by if …» is a threat, even conditional (rule 13)
    ("not_stand_idly_by",
     "Baku said Azerbaijan would not stand idly by if Armenian units moved on its positions.",
     {("AZE", "threatens", "ARM")}, set()),
    # «… and in turn accused», «for its part»: an adverbial between the subject and the verb
    ("in_turn_accused",
     "Kosovo rejected the report and in turn accused Belgrade of arming militants.",
     {("XKX", "accuses", "SRB")}, set()),
    ("for_its_part",
     "Beijing, for its part, rejected the Philippine protest.",
     {("CHN", "rejects", "PHL")}, set()),
    # «held their first substantive bilateral talks»: a longer modifier before the noun
    ("their_long_talks",
     ("Aliyev and Pashinyan held their first substantive bilateral talks on the sidelines of "
      "the summit."),
     {("AZE", "holds_talks", "ARM"), ("ARM", "holds_talks", "AZE")}, set()),
    # «complained of/about X's conduct»: an accusation (rule 21)
    ("complained_of",
     "Poland and Lithuania complained of Belarusian provocations along the border.",
     {("POL", "accuses", "BLR"), ("LTU", "accuses", "BLR")}, set()),
    # a subject with a relative clause before a talks verb («X, who visited Y, held
    # separate talks with …»)
    ("relative_before_held_talks",
     ("U.S. envoy Amos Hochstein, who visited Israel last week, held separate talks with "
      "Lebanese officials in Beirut on Monday."),
     {("USA", "holds_talks", "LBN")}, set()),
    # «X has a right to defend itself»: support for X; «threats from X» are X's, not the
    # speaker's
    ("right_to_defend_itself",
     ("A State Department spokesperson said that Israel had a right to defend itself against "
      "threats from Hezbollah."),
     {("USA", "expresses_support", "ISR")}, {("USA", "threatens", "HEZBOLLAH")}),
    ("genitive_right_to_self_defence",
     "Germany reaffirmed Ukraine's right to self-defence.",
     {("DEU", "expresses_support", "UKR")}, set()),
    ("own_right_to_self_defence",
     "Chad invoked Article 51 of the UN Charter to reserve Chad's right to self-defence.",
     set(), {("TCD", "expresses_support", "UN")}),
    # rule 23: «the agreement reached last week in Muscat between the Government of X and
    # Y»: the parties, named after a title
    ("agreement_reached_between_titled_party",
     ("Oman said the agreement reached last week in Muscat between the Government of Yemen "
      "and Ansar Allah would free two thousand detainees."),
     {("YEM", "expresses_intent_to_cooperate", "HOUTHIS"),
      ("HOUTHIS", "expresses_intent_to_cooperate", "YEM")}, set()),
    # rule 10 with rule 12: «urged the parties to implement the agreement, and to agree to a
    # ceasefire»: a demand beside the restraint, toward each named side
    ("parties_implement_and_ceasefire",
     ("Yemen and the Houthis signed a deal on detainees. The UN envoy Hans Grundberg urged the "
      "parties to implement the deal swiftly, and to build on it by agreeing to a nationwide "
      "ceasefire."),
     {("UN", "demands", "YEM"), ("UN", "demands", "HOUTHIS"), ("UN", "urges_restraint", "YEM"),
      ("UN", "urges_restraint", "HOUTHIS")}, set()),
    # «the efforts of X, including its envoy for Y, to facilitate dialogue between …»
    ("efforts_of_with_apposition",
     ("The Secretary-General welcomed the efforts of the African Union, including its High "
      "Representative for the Horn of Africa, to facilitate dialogue between Addis Ababa and "
      "Asmara."),
     {("UN", "welcomes", "AU"), ("AU", "mediates", "ETH"), ("AU", "mediates", "ERI")},
     {("UN", "mediates", "ETH")}),
    # rule 11: a bare act after a stance («condemned the move», «the European move», «the
    # decision») is the act of the subject of the sentence before; «calling it …» after it
    ("condemned_the_move",
     "Israel announced the annexation of the Jordan Valley on Monday. Jordan condemned the move.",
     {("JOR", "condemns", "ISR")}, set()),
    ("called_the_decision_unacceptable",
     "Russia expelled two Estonian diplomats. Estonia called the decision unacceptable.",
     {("EST", "condemns", "RUS")}, set()),
    ("adjective_move_and_it",
     ("France and Germany imposed new tariffs on Chinese steel. Chinese Foreign Minister Wang "
      "Yi denounced the European move as reckless. Russia's ambassador called it illegal."),
     {("CHN", "condemns", "FRA"), ("CHN", "condemns", "DEU"), ("RUS", "condemns", "FRA"),
      ("RUS", "condemns", "DEU")}, set()),
    ("move_names_its_own_author",
     "Israel closed the crossing. Egypt welcomed the move by Qatar to send fuel.",
     {("EGY", "welcomes", "QAT")}, {("EGY", "welcomes", "ISR")}),
    ("move_two_sentences_back_is_no_act",
     ("Israel closed the crossing. The UN warned of famine in Gaza. Egypt condemned the "
      "move."),
     set(), {("EGY", "condemns", "ISR"), ("EGY", "condemns", "UN")}),
    # rule 11: «after Maduro signed a law …»: the law is the signer's act
    ("the_law_signed_by_official",
     ("Guyana protested on Friday after Nicolas Maduro signed a law annexing the Essequibo. "
      "Georgetown said it rejected the law outright."),
     {("GUY", "rejects", "VEN")}, set()),
    # officials added to the gazetteer speak for their state
    ("new_officials",
     ("Kenyan President William Ruto received Hassan Sheikh Mohamud in Nairobi. Irfaan Ali "
      "later condemned the Venezuelan referendum."),
     {("KEN", "holds_talks", "SOM"), ("GUY", "condemns", "VEN")}, set()),
    # «veto» is a rejection of what its author proposed (rule 21), active or passive; «lifts
    # its veto on» is none
    ("vetoed_by",
     "A Brazilian draft on Syria was vetoed by Russia in the Security Council.",
     {("RUS", "rejects", "BRA")}, set()),
    ("vetoed_active",
     "China vetoed the Mexican draft resolution on Monday.",
     {("CHN", "rejects", "MEX")}, set()),
    ("lifts_veto_is_no_rejection",
     "Hungary lifts veto on Ukraine aid package after talks with the EU.",
     set(), {("HUN", "rejects", "UKR")}),
    # idioms of support
    ("threw_its_weight_behind",
     "The African Union threw its weight behind Ghana in the dispute.",
     {("AU", "expresses_support", "GHA")}, set()),
    ("shoulder_to_shoulder",
     "Armenia will stand shoulder to shoulder with Iran, the prime minister said.",
     {("ARM", "expresses_support", "IRN")}, set()),
    # rule 19 and rule 16: a hope that another actor will mediate, an analysts' view, is no
    # mediation; a hope about one's own conduct stays its intent
    ("hoped_mediation",
     "Sudanese officials hope Qatar will mediate between Khartoum and Abu Dhabi.",
     set(), {("QAT", "mediates", "SDN"), ("QAT", "mediates", "ARE")}),
    ("analysts_mediation",
     "Analysts said Egypt could play a mediating role between Ethiopia and Eritrea.",
     set(), {("EGY", "mediates", "ETH"), ("EGY", "mediates", "ERI")}),
    ("own_hope_stays_intent",
     "Iran hopes to restore its relations with Bahrain this year.",
     {("IRN", "expresses_intent_to_cooperate", "BHR")}, set()),
    # rule 23 inside a welcome: the agreement reached between the parties still stands
    ("welcomed_agreement_reached_between",
     ("Norway welcomed the prisoner swap agreement reached on Friday between Russia and "
      "Ukraine."),
     {("RUS", "expresses_intent_to_cooperate", "UKR"),
      ("UKR", "expresses_intent_to_cooperate", "RUS")}, {("NOR", "welcomes", "RUS")}),
    # «X travelled to Cairo, where he met Y»: «he» is the subject the sentence opened with
    ("where_he_met",
     "Lavrov travelled to Ankara, where he met President Recep Tayyip Erdogan.",
     {("RUS", "holds_talks", "TUR")}, set()),
    # rule 15: a joint news conference with a counterpart is a meeting
    ("joint_news_conference",
     ("Speaking at a joint news conference with his Qatari counterpart, Turkey's foreign "
      "minister Hakan Fidan urged Israel to halt its offensive."),
     {("TUR", "holds_talks", "QAT"), ("TUR", "urges_restraint", "ISR")}, set()),
    ("work_closely_with",
     "India will work closely with Japan on maritime security, the Indian minister said.",
     {("IND", "expresses_intent_to_cooperate", "JPN")}, set()),
    # rule 10: «ordered X's troops to leave» is a demand for withdrawal
    ("ordered_to_leave",
     "Niger's military government ordered American troops to leave the country.",
     {("NER", "demands_withdrawal", "USA")}, set()),
    ("ordered_own_troops_no_edge",
     "Russia ordered its troops to advance on the town.",
     set(), {("RUS", "demands", "RUS")}),
    # «pledged support for X»: the noun after a verb
    ("pledged_support",
     "Canada pledged support for Moldova at the donors' conference.",
     {("CAN", "expresses_support", "MDA")}, set()),
    # rule 14: «would smash/crush any attempt by X»: a threat of force
    ("would_smash_attempt_by",
     "Beijing said it would smash any attempt by the Philippines to seize the shoal.",
     {("CHN", "threatens", "PHL")}, set()),
    # «snap back», «cut back»: «back» is a particle, no support
    ("snap_back_is_no_support",
     "UN sanctions on Iran are due to snap back into force at the end of the month.",
     set(), {("UN", "expresses_support", "IRN")}),
    ("backed_is_support",
     "Kenya backed Uganda in the border dispute.",
     {("KEN", "expresses_support", "UGA")}, set()),
    # «Indian-administered Kashmir», «Russian-held territory»: a place, not its administrator
    ("administered_place_is_no_target",
     "The Secretary-General condemned the bombing in Indian-administered Kashmir.",
     set(), {("UN", "condemns", "IND")}),
    ("held_place_is_no_target",
     "Kyiv accused Moscow of shelling civilians near Russian-held Donetsk.",
     {("UKR", "accuses", "RUS")}, set()),
    # «renewed its call on X to …»: the noun of an appeal, typed by what it asks (rule 10)
    ("renewed_its_call_on",
     "Armenia renewed its call on Azerbaijan to accept a ceasefire along the border.",
     {("ARM", "urges_restraint", "AZE")}, set()),
    # rule 21: rejecting «that proposal» / «the call» rejects the one who made it
    ("rebuffed_that_proposal",
     ("Armenia renewed its call on Azerbaijan to accept a ceasefire along the border. Baku "
      "rebuffed that proposal on Friday."),
     {("AZE", "rejects", "ARM")}, set()),
    ("rejected_the_call",
     "Egypt urged Ethiopia to resume talks on the dam. Addis Ababa rejected the call.",
     {("EGY", "calls_for_dialogue", "ETH"), ("ETH", "rejects", "EGY")}, set()),
    # «the Zionist regime» is Israel (the English of the Arabic alias «الكيان الصهيوني»)
    ("zionist_regime_alias",
     ("Iran's foreign minister warned that any aggression by the Zionist regime would be met "
      "with a crushing response."),
     {("IRN", "threatens", "ISR")}, set()),
    # «on the margins/sidelines of the X summit» says where, not with whom
    ("margins_of_a_summit",
     ("The Secretary also held a bilateral meeting with Foreign Minister Fidan on the margins "
      "of the ASEAN meeting in Vientiane."),
     set(), {("USA", "holds_talks", "ASEAN")}),
    ("sidelines_of_a_summit",
     "Putin met Modi on the sidelines of the BRICS summit in Kazan.",
     {("RUS", "holds_talks", "IND")}, {("RUS", "holds_talks", "BRICS")}),
    # a commitment to another actor's defence is support for it; «the commitment of X»
    # names its holder
    ("commitment_of_x_to_defence_of_y",
     ("The Secretary reaffirmed the ironclad commitment of the United States to the defense of "
      "the Philippines."),
     {("USA", "expresses_support", "PHL")}, set()),
    ("committed_to_defence",
     "Britain said it remained committed to the defence of Estonia.",
     {("GBR", "expresses_support", "EST")}, set()),
    ("ready_to_defend_own_interests",
     "France said it was ready to defend its interests in the region.",
     set(), {("FRA", "expresses_support", "FRA")}),
    # rule 21: «called the demand a non-starter» dismisses the demand's author
    ("called_the_demand_a_non_starter",
     ("An Armenian official said Azerbaijan had demanded that Yerevan amend its constitution. "
      "The official called the demand a non-starter."),
     {("AZE", "demands", "ARM"), ("ARM", "rejects", "AZE")}, set()),
    # rule 20: «cease its aggressive actions» is a call to stop military action
    ("cease_aggressive_actions",
     "Manila demanded that Beijing cease its aggressive actions near the shoal.",
     {("PHL", "urges_restraint", "CHN")}, set()),
    # «illegally intruded into …» attributes a wrongdoing (rule 21)
    ("intruded_is_accusation",
     ("China's foreign ministry said the Philippine vessel had illegally intruded into Chinese "
      "waters."),
     {("CHN", "accuses", "PHL")}, set()),
    # rule 14: readiness to impose sanctions on an actor warns it; lifting them does not
    ("ready_to_consider_sanctions",
     ("France said Paris was ready to consider targeted sanctions against Rwandan officials if "
      "the troops did not leave."),
     {("FRA", "warns", "RWA")}, set()),
    ("ready_to_lift_sanctions",
     "The EU said it was ready to lift sanctions on Syria.",
     set(), {("EU", "warns", "SYR")}),
    # a group whose name holds a state's name is not that state
    ("fdlr_is_not_rwanda",
     ("The Council demanded that Kinshasa end all cooperation with the Democratic Forces for "
      "the Liberation of Rwanda."),
     set(), {("COD", "expresses_intent_to_cooperate", "RWA")}),
    # rule 22: the resolution a body adopted is its act; welcoming it welcomes the body
    ("welcomed_the_resolution",
     ("The Security Council this morning unanimously adopted resolution 2811 on Sudan. Chad "
      "welcomed the resolution."),
     {("TCD", "welcomes", "UNSC")}, set()),
    ("second_object_welcomed",
     "Chad welcomed the release of the detainees last week and the role of Togo in securing it.",
     {("TCD", "welcomes", "TGO")}, set()),
]


@pytest.mark.parametrize(("case", "text", "want", "never"), CASES, ids=[c[0] for c in CASES])
def test_phenomenon(case: str, text: str, want: set[Edge], never: set[Edge]) -> None:
    check_en(text, want, never)

"""English constructions found by tracing fresh29_en in the tenth session of 2026-12-06, each
tested on sentences written for this file.

- Rule 11: a joint act of two named actors toward a third in the headline or lead («Norway and
  Iceland to fund Malawi's grain reserve»), welcomed later as a bare «step», «decision» or «initiative» (words
  generic_act_nouns), is both authors'; not an agreement between them («Ghana and Togo agree to reopen the border»:
  rule 23 gives its welcome to no party).
- «welcomed the step and "stands with Malawi …"»: a quoted verb phrase after «and» is a
  predicate of its own; the actor inside it is no object of the welcome.
- Pair references with modifiers: «thanked the two Nordic states», «commended both member
  states» stand for the two named before, as «the two countries» does (words
  pair_ref_openers, pair_ref_nouns, pair_ref_modifiers; any capitalised word that names no
  actor may stand between); two governments of one state («the two rival governments») are
  not the last pair.
- Cooperation verbs: «cooperate, coordinate, collaborate, partner with» in every form
  generated (cue en.cooperate.with), also after «keep», «continue to» and «intend to» (words
  own_intent_verbs); not in a charge («accused Rwanda of collaborating with …») nor in what
  another is asked to do («it is critical that India cooperate with …»: a demand).
- A partner after «with» right after the cue that names no actor («keep cooperating with the
  technical secretariat») gives the joint holders no mutual edge.
- The pair a joint stance leaves: «The two countries reaffirm their commitment to cooperating
  with Malawi» keeps the two holders as the pair for a later «the two states», not one of them
  and the third they act toward.
- «Government of National Unity» names Libya's government and South Sudan's (words
  ambiguous_names): it is the one the article names otherwise, when it names exactly one.
- United Nations missions («UNSMIL», «the UN Support Mission in Libya», «UNIFIL») are the UN
  (gazetteer aliases): «Support» in the name is no cue and Libya in it no actor; a UN
  body's stance toward a mission is toward its own organisation (gazetteer part_of, rule 7).
- Rule 17: «expressed deep concern over the violence in Tripoli and urged Libya to …»: a
  situation in a place ends the concern's object at a verb coordinated after it, so the one
  then asked is not its target; but «concerned by the strikes and urged Israel to stop them»
  keeps the one asked, whose act it is.
- «A government source said Ankara had helped broker the deal»: a bare infinitive after
  «help» (words help_verbs, every form generated) is the helper's act.
- Rule 11: «the Middle East plan unveiled by US President Donald Trump»: an act noun named
  with its author after a participle and «by» is that author's for a later «rejected the
  plan».
- «urged the Council to reject the plan, holding up a map that he said would leave …»: what an
  appeal asks ends at a participle after a comma (the subject's next act), so «leave» there
  is no withdrawal asked.
- Talks in more wording (rule 15): «briefed X by phone / in a call» (cue en.talks.brief, verbs
  brief and update with a call word after them), «is in touch / in contact with X» (cue
  en.talks.in_touch; not «with both governments», a go-between's contacts); «The two» opening a
  sentence before a verb of the cues is the pair that just talked («The two discussed the
  incident and agreed to conduct a joint investigation»).
- Rule 4: «The mission, made up of the presidents of South Africa, Senegal and Zambia, has
  offered to mediate»: a group named by its members in a participle after a comma (words
  comprise_participles, as «which includes» already was) is those members, past a title
  («the presidents of»); «he and the leaders of Senegal and Zambia met …»: a pronoun
  coordinated before a list of subjects adds its actor.
- Rule 6: «Syria threatens no one»: an object that denies the stance (words negative_objects)
  leaves the cue no target and no partner to fall back on.
- Rule 22: «phoned his Iraqi counterpart, Fuad Hussein, to congratulate him»: the purpose of
  a call or visit is the caller's stance (an infinitive after a talks cue, also past the
  comma of an apposition).
- Rule 25: «the government and people of Iraq» names the government, so Iraq; «the people of
  Sudan» alone is a people.
- «Badr Albusaidi, Minister of Foreign Affairs, …. … the Foreign Minister was received by …»:
  a title in apposition after an official's name is noted for the official's actor, and its
  synonym too (words title_synonyms), for a later bare title.
- «Paraguay's new president …. … the president pledged …»: a title after a state's
  possessive (past modifiers such as «new») is noted for that state too, but more weakly: it
  does not make ambiguous a title named with an official's name («Prime Minister Abiy
  Ahmed»); a title before an honorific and a name («Foreign Minister Dr. Badr Abdelatty»;
  words name_honorifics) is the official's.
- Rule 17: «support for Iraq's security and stability» is a topic (words stability_heads).
- «invited Argentina, Egypt and Iran to join the bloc», «to become a member»: an invitation
  to join is an intent to cooperate (cue en.invite.join), an invitation to visit an intent to
  meet. (The same reading of Arabic «دعوة … للانضمام» lost more than it gained and is not
  made.)
- «Nigeria's information minister read out a list of grievances against Ghana. He accused
  Ghana …»: with no one having spoken yet, «he» is the subject of the last sentence with no
  stance, also when its verb has an irregular past (words act_verbs, forms generated).
- Rule 4: «thanked the Emir of Qatar, …, and the governments of Oman, Switzerland and South
  Korea»: «the governments (leaders, …) of» after «and» continues the list with a list of its
  own (words bloc_heads).
- Rule 12: «between our two neighbours, Pakistan and Afghanistan»: the sides after «between»
  are named in the apposition after a reference to them (a number word, past «our»), so a
  later «both sides» has them.
- «condemned the seizure, which it said took place in waters that the International Court of
  Justice ruled …, and demanded that Managua release …»: a «that» after neither a verb of
  saying nor a past verb is a relative, so the coordinated verb goes on with the main
  clause's subject, not the relative clause's.
- «met in closed consultations at the request of the United Kingdom», «بطلب من»: the one who
  asked for a meeting is no partner or target (words requester_links).
- Rule 25: «the Turkish Cypriots», «the Turkish Cypriot side», «القبارصة الأتراك» are a
  community, not Turkey (words non_actor_names).
- «firing warning shots», «warning signs»: the noun «warning» right before such a noun is no
  warning (cue en.warns, requires_not_after).
- Rule 4: an «and» comes only before a list's last member, so a subject list does not reach
  back over a second one («with Kuwait, and Bahrain, Qatar and Oman issued …»); «and» between
  one official's titles («crown prince and prime minister») is no list.
- Rule 11: «Several Western governments voiced support»: a group named in the plural after
  a hedging quantifier is no actor, also as the subject of a light verb, and the stance falls
  to no earlier speaker.
- Rule 20: «demanded that the attacks cease», «called for the strikes to stop»: an act of force
  as the subject of what is asked is a call for restraint (content family in content.jsonl);
  «that they stop the deportations» is not.
"""

from __future__ import annotations

import pytest

from tests.edge_cases import Edge, edges_en

FILLER = "\n\nFurther details were not immediately available on Sunday evening, the report said."

CASES: list[tuple[str, str, set[Edge]]] = [
    ("a_joint_act_welcomed_as_a_step_is_both_authors",
     ("OSLO, May 4, 2025 (Nordic Wire) — Norway and Iceland to fund Malawi's grain reserve\n"
      "Norway and Iceland said on Monday they would jointly fund Malawi's grain reserve for two "
      "years.\n\nThe African Union Commission chairperson commended the initiative as "
      "\"timely\".\n\nKenya's foreign ministry said Nairobi welcomed the step." + FILLER),
     {("AU", "welcomes", "NOR"), ("AU", "welcomes", "ISL"),
      ("KEN", "welcomes", "NOR"), ("KEN", "welcomes", "ISL")}),
    ("an_agreement_of_two_welcomed_is_no_partys",
     ("Ghana and Togo agree to reopen their border\n"
      "Ghana and Togo agreed on Monday to reopen their border.\n\nThe African Union "
      "Commission chairperson commended the initiative as \"timely\".\n\nNigeria welcomed "
      "the step." + FILLER),
     {("GHA", "expresses_intent_to_cooperate", "TGO"),
      ("TGO", "expresses_intent_to_cooperate", "GHA")}),
    ("a_quoted_predicate_after_and_is_its_own",
     ("OSLO, May 4, 2025 (Nordic Wire) — Norway and Iceland to fund Malawi's grain reserve\n"
      "Norway and Iceland said on Monday they would jointly fund Malawi's grain reserve for two "
      "years.\n\nThe Southern African Development Community said it hoped other donors would "
      "follow suit.\n\nKenya's foreign ministry spokesman said Nairobi welcomed the step and "
      "\"stands with Malawi in this difficult season\"." + FILLER),
     {("KEN", "welcomes", "NOR"), ("KEN", "welcomes", "ISL"),
      ("KEN", "expresses_support", "MWI")}),
    ("the_two_gulf_states",
     ("Kuwait and Oman said on Monday they would jointly fund Malawi's grain reserve.\n\n"
      "Malawi's foreign minister thanked the two Gulf states in a statement." + FILLER),
     {("MWI", "welcomes", "KWT"), ("MWI", "welcomes", "OMN")}),
    ("the_two_donor_states",
     ("Norway and Iceland said on Monday they would jointly fund Malawi's grain reserve.\n\n"
      "Malawi's foreign minister thanked the two donor states in a statement." + FILLER),
     {("MWI", "welcomes", "NOR"), ("MWI", "welcomes", "ISL")}),
    ("both_member_states",
     ("Norway and Iceland said on Monday they would jointly fund Malawi's grain reserve.\n\n"
      "The African Union commended both member states." + FILLER),
     {("AU", "welcomes", "NOR"), ("AU", "welcomes", "ISL")}),
    ("two_rival_governments_are_not_the_last_pair",
     ("Russia and the United States traded accusations over the vote. China's ambassador "
      "called on the two rival governments to settle their differences through dialogue."
      + FILLER),
     {("RUS", "accuses", "USA"), ("USA", "accuses", "RUS")}),
    ("keep_coordinating_with",
     "Jordan said it would keep coordinating with Damascus on trade and energy." + FILLER,
     {("JOR", "expresses_intent_to_cooperate", "SYR")}),
    ("coordinated_closely_with",
     "Egypt coordinated closely with Qatar during the negotiations." + FILLER,
     {("EGY", "expresses_intent_to_cooperate", "QAT")}),
    ("continue_to_cooperate_with",
     "Iran will continue to cooperate with the Iraqi government." + FILLER,
     {("IRN", "expresses_intent_to_cooperate", "IRQ")}),
    ("collaborating_in_a_charge_is_no_cooperation",
     ("Uganda's envoy accused Rwanda of arming and collaborating with the FDLR militia."
      + FILLER),
     {("UGA", "accuses", "RWA")}),
    ("cooperate_in_what_is_asked_is_no_cooperation",
     ("The US spokesman said it was critical that India cooperate with the Canadian "
      "investigation." + FILLER),
     {("USA", "demands", "IND")}),
    ("a_partner_with_no_id_after_with",
     ("Syria's envoy rejected the report and reaffirmed his government's readiness to keep "
      "cooperating with the technical secretariat." + FILLER),
     set()),
    ("the_joint_holders_stay_the_pair",
     ("Norway and Iceland announced a fund for Malawi. The two countries reaffirm their "
      "commitment to continue cooperating with the Malawian government.\n\nKenya praised "
      "the two states." + FILLER),
     {("NOR", "expresses_intent_to_cooperate", "MWI"),
      ("ISL", "expresses_intent_to_cooperate", "MWI"),
      ("KEN", "welcomes", "NOR"), ("KEN", "welcomes", "ISL")}),
    ("national_unity_government_in_a_libyan_article",
     ("Heavy gunfire echoed through Tripoli as forces affiliated with the Government of "
      "National Unity fought the Radaa force.\n\nEgypt urged the Government of National Unity "
      "to return to dialogue." + FILLER),
     {("EGY", "calls_for_dialogue", "LBY")}),
    ("national_unity_government_in_a_south_sudanese_article",
     ("JUBA, May 3 — South Sudanese officials said the vote would be delayed.\n\nThe United "
      "States urged the Government of National Unity to hold elections." + FILLER),
     {("USA", "demands", "SSD")}),
    ("national_unity_government_with_no_state_named",
     "Egypt urged the Government of National Unity to return to dialogue." + FILLER,
     set()),
    ("the_un_support_mission",
     "The UN Support Mission in Libya condemned Chad on Monday." + FILLER,
     {("UN", "condemns", "TCD")}),
    ("unsmil",
     "On Monday, UNSMIL urged Egypt to exercise restraint." + FILLER,
     {("UN", "urges_restraint", "EGY")}),
    ("concern_over_violence_in_a_place_then_a_call",
     ("The AU expressed deep concern over the violence in Tripoli and urged Libya to protect "
      "civilians." + FILLER),
     {("AU", "demands", "LBY")}),
    ("concern_over_strikes_then_a_call_to_their_author",
     "China voiced concern over the strikes and urged Israel to stop them." + FILLER,
     {("CHN", "expresses_concern", "ISR"), ("CHN", "urges_restraint", "ISR")}),
    ("helped_broker",
     ("A government source said Ankara had helped broker the deal between Libya and Chad."
      + FILLER),
     {("TUR", "mediates", "LBY"), ("TUR", "mediates", "TCD")}),
    ("a_body_toward_its_own_organisation",
     ("The members of the Security Council reiterated their full support for MONUSCO and "
      "condemned Rwanda." + FILLER),
     {("UNSC", "condemns", "RWA")}),
    ("an_act_named_with_its_author_after_by",
     ("Abbas urged the Security Council to reject the Middle East plan unveiled by US "
      "President Donald Trump last month.\n\nThe Arab League had already rejected the plan."
      + FILLER),
     {("PSE", "demands", "UNSC"), ("ARL", "rejects", "USA")}),
    ("a_participle_after_a_comma_ends_what_is_asked",
     ("Abbas urged the Security Council to reject the plan, holding up a map that he said would "
      "leave a future state looking like Swiss cheese." + FILLER),
     {("PSE", "demands", "UNSC")}),
    ("the_two_opening_a_sentence_before_a_verb",
     ("Israel's defence minister spoke by phone with his Egyptian counterpart. The two "
      "discussed the incident and agreed to conduct a joint investigation." + FILLER),
     {("ISR", "holds_talks", "EGY"), ("EGY", "holds_talks", "ISR"),
      ("ISR", "expresses_intent_to_cooperate", "EGY"),
      ("EGY", "expresses_intent_to_cooperate", "ISR")}),
    ("briefed_by_phone",
     "Israel's defence minister also briefed the US defense secretary by phone." + FILLER,
     {("ISR", "holds_talks", "USA")}),
    ("briefed_in_a_call",
     "Egypt's foreign minister later briefed his US counterpart in a separate call." + FILLER,
     {("EGY", "holds_talks", "USA")}),
    ("briefed_on_a_topic_is_no_talk_named",
     "Egypt's foreign minister briefed reporters on the situation." + FILLER,
     set()),
    ("in_touch_with",
     ("The US State Department says it is in touch with Israeli and Egyptian officials."
      + FILLER),
     {("USA", "holds_talks", "ISR"), ("USA", "holds_talks", "EGY")}),
    ("in_contact_with_both_sides_is_no_talk",
     ("Saudi Arabia said it was in contact with both governments and was ready to help."
      + FILLER),
     set()),
    ("a_group_made_up_of_its_members",
     ("The mission, made up of the presidents of South Africa, Senegal and Zambia, has offered "
      "to mediate between Moscow and Kyiv." + FILLER),
     {("ZAF", "mediates", "RUS"), ("ZAF", "mediates", "UKR"), ("SEN", "mediates", "RUS"),
      ("SEN", "mediates", "UKR"), ("ZMB", "mediates", "RUS"), ("ZMB", "mediates", "UKR")}),
    ("a_pronoun_coordinated_with_a_list_of_subjects",
     ("South Africa's president told the Russian president that the talks were frank. Later "
      "he and the leaders of Senegal and Zambia met Ukraine's president in Kyiv." + FILLER),
     {("ZAF", "holds_talks", "UKR"), ("SEN", "holds_talks", "UKR"),
      ("ZMB", "holds_talks", "UKR")}),
    ("threatens_no_one",
     "Israel struck Syria on Monday. \"Syria threatens no one,\" Syria's president said."
     + FILLER,
     set()),
    ("phoned_to_congratulate_him",
     ("Kuwait's foreign minister phoned his Iraqi counterpart, Fuad Hussein, to congratulate "
      "him on the vote." + FILLER),
     {("KWT", "holds_talks", "IRQ"), ("KWT", "welcomes", "IRQ")}),
    ("the_government_and_people_of_a_state",
     ("Iran congratulated \"the brotherly government and people of Iraq\" on a successful "
      "election." + FILLER),
     {("IRN", "welcomes", "IRQ")}),
    ("the_people_of_a_state_alone",
     "Egypt stands with the people of Sudan." + FILLER,
     set()),
    ("a_title_after_the_name_comes_back_bare",
     ("Badr Albusaidi, Minister of Foreign Affairs, concluded on Wednesday a visit to the United "
      "Arab Emirates.\n\nOn Tuesday, the Foreign Minister was received by the Emirati president "
      "at Qasr Al Shati." + FILLER),
     {("ARE", "holds_talks", "OMN")}),
    ("a_possessed_title_comes_back_bare",
     ("When Paraguay's new president took the oath of office on Tuesday, the guest of honour "
      "was Taiwan's vice-president.\n\nIn his inaugural address, the president pledged to "
      "deepen cooperation with Taiwan." + FILLER),
     {("PRY", "expresses_intent_to_cooperate", "TWN")}),
    ("a_possessed_title_does_not_unseat_a_named_one",
     ("Prime Minister Abiy Ahmed of Ethiopia received envoys on Monday. Sudan's prime minister "
      "said the crisis worried him.\n\nThe US secretary of state said he spoke with the "
      "prime minister on Wednesday." + FILLER),
     {("USA", "holds_talks", "ETH")}),
    ("a_title_before_an_honorific_and_name",
     ("Foreign Minister Dr. Badr Abdelatty received a call from Sudan's Minister of Foreign "
      "Affairs.\n\nThe Foreign Minister warned Ethiopia against filling the dam." + FILLER),
     {("EGY", "holds_talks", "SDN"), ("EGY", "warns", "ETH")}),
    ("support_for_a_states_security_and_stability",
     "Saudi Arabia reaffirms its support for Iraq's security and stability." + FILLER,
     set()),
    ("invited_to_join",
     "BRICS leaders invited Argentina, Egypt and Iran to join the bloc." + FILLER,
     {("BRICS", "expresses_intent_to_cooperate", "ARG"),
      ("BRICS", "expresses_intent_to_cooperate", "EGY"),
      ("BRICS", "expresses_intent_to_cooperate", "IRN")}),
    ("invited_to_visit",
     "Egypt invited Sudan's leader to visit Cairo." + FILLER,
     {("EGY", "expresses_intent_to_meet", "SDN")}),
    ("he_after_a_sentence_with_no_stance",
     ("Nigeria's information minister read out a list of grievances against Ghana last week. "
      "He accused Ghana of breaching the free movement protocol." + FILLER),
     {("NGA", "accuses", "GHA")}),
    ("and_the_governments_of_a_list",
     ("President Biden thanked the Emir of Qatar, Sheikh Tamim bin Hamad Al Thani, and the "
      "governments of Oman, Switzerland and South Korea for their help." + FILLER),
     {("USA", "welcomes", "QAT"), ("USA", "welcomes", "OMN"), ("USA", "welcomes", "CHE"),
      ("USA", "welcomes", "KOR")}),
    ("between_a_reference_and_its_apposition",
     ("Iran's spokesman said: We welcome the ceasefire reached in Doha between our two "
      "neighbours, Pakistan and Afghanistan. We urge both sides to exercise restraint."
      + FILLER),
     {("IRN", "urges_restraint", "PAK"), ("IRN", "urges_restraint", "AFG")}),
    ("a_relative_that_is_no_reported_clause",
     ("Honduras protested to Nicaragua after the Nicaraguan navy seized three fishing boats.\n\n"
      "In a statement, the Honduran ministry condemned the seizure, which it said took place in "
      "waters that the International Court of Justice ruled were held in common, and demanded "
      "that Managua release the fishermen." + FILLER),
     {("HND", "condemns", "NIC"), ("HND", "demands", "NIC")}),
    ("the_one_who_asked_for_the_meeting_is_no_partner",
     ("The Security Council on Monday condemned the assault, after members met in closed "
      "consultations at the request of the United Kingdom." + FILLER),
     set()),
    ("turkish_cypriots_are_not_turkey",
     "Turkey's foreign minister said Ankara would continue to stand by the Turkish Cypriots."
     + FILLER,
     set()),
    ("warning_shots_are_no_warning",
     "Iraq accused the Kuwaiti coast guard of firing warning shots at the fishing boats."
     + FILLER,
     {("IRQ", "accuses", "KWT")}),
    ("a_second_and_starts_another_list",
     ("The United Arab Emirates expressed its full solidarity with Kuwait, and Bahrain, Qatar "
      "and Oman issued statements backing Kuwait." + FILLER),
     {("ARE", "expresses_support", "KWT"), ("BHR", "expresses_support", "KWT"),
      ("QAT", "expresses_support", "KWT"), ("OMN", "expresses_support", "KWT")}),
    ("one_officials_titles_joined_by_and",
     ("Secretary of State Antony Blinken and Bahrain's crown prince and prime minister held "
      "talks at the State Department." + FILLER),
     {("USA", "holds_talks", "BHR"), ("BHR", "holds_talks", "USA")}),
    ("each_others_sovereignty",
     "Sudan and Iran affirmed their respect for each other's sovereignty." + FILLER,
     {("SDN", "affirms_sovereignty", "IRN"), ("IRN", "affirms_sovereignty", "SDN")}),
    ("several_western_governments",
     ("Switzerland's ambassador spoke first. Several Western governments voiced support for "
      "Tbilisi." + FILLER),
     set()),
    ("western_governments_without_a_quantifier",
     "Western governments voiced support for Tbilisi." + FILLER,
     {("WEST", "expresses_support", "GEO")}),
    ("the_attacks_cease",
     ("Russia condemned continuing Israeli attacks in Syria and demanded that the attacks "
      "cease." + FILLER),
     {("RUS", "condemns", "ISR"), ("RUS", "urges_restraint", "ISR")}),
    ("they_stop_something_else",
     "Egypt condemned Israel and demanded that they stop the deportations." + FILLER,
     {("EGY", "condemns", "ISR"), ("EGY", "demands", "ISR")}),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_english_construction(text: str, expected: set[Edge]) -> None:
    assert edges_en(text) == expected

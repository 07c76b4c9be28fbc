"""English constructions traced in the eighteenth session of 2026-12-07 (the blind sets written
during the session and the untraced sets of the sessions before), each tested on sentences
written for this file.

- Rule 10: «called on Israel to end its occupation of …», «demanded that France end its
  military presence», «an end to the presence of foreign forces»: to end a presence or an
  occupation is to withdraw (content family of demands_withdrawal, as «إنهاء الوجود العسكري»
  and «إنهاء الاحتلال» in Arabic); not «to end the fighting» (restraint).
- Rule 10: «encouraged Nairobi and Mogadishu to engage with each other peacefully»: the sides
  asked to engage with each other are asked to talk (calls_for_dialogue); «to engage with the
  agency» stays a call to meet.
- Rule 4: «The heads of state of Chad, Mali and Niger condemned …»: the title heads are taken in
  both numbers, generated at build time with lemminflect (words title_heads in INFLECTED_LISTS),
  so «heads of state of» is a title before its list, not a phrase the list's first member
  qualifies (it lost Chad); «Speakers press Rwanda …» (words unnamed_sources) stays no one.
- Rule 4: «"The Heads of State of Burkina Faso, the Republic of Mali and the Republic of Niger
  decide … . The Heads of State denounce …»: a joint text's own name for its signatories
  (words defined_pairs) opening a sentence before «of» and their list names that list when it
  comes back alone as a subject.
- Rule 14: «Russia would respond with "military-technical measures" against Sweden»: measures
  qualified as military (words force_measure_modifiers) are force, so the phrase stays a
  threat; «would respond with sanctions» is still no threat of force.
- Rule 11: «The Security Council adopted resolution 2735 … . The Palestinian observer welcomed
  the adoption», «Russia vetoed the draft … France condemned the veto»: the act a verb of
  act_nominals.jsonl reports (its forms generated with lemminflect) is its subject's when its
  noun names it back; not an act asked («urged Greece to reopen the crossing … welcomed the
  reopening»).
- Rule 15: «Representatives of the United States, France, Saudi Arabia, Qatar and Egypt met in
  Doha»: a meeting of five or more (FORUM_SIZE in extract/frames.py) is a forum, not talks
  between each two of its members; three or four who meet still hold talks together.
- Rule 6: «had spoken to Thailand and Cambodia and offered help "if both find it useful"»: a
  condition later in the sentence does not make a done act (after «had», «has», «have», words
  perfect_auxiliaries, or in a regular past form) hypothetical; «asked whether …» and «would
  condemn any attack if …» stay none.
- Rule 5: «ANTANANARIVO/ADDIS ABABA, Oct. 15, 2025 (Indian Ocean & Africa Desk) — … after
  military takeover» and then «called on the military authorities», «the new authorities were
  ready …»: in an article about a coup (words coup_nouns) datelined in a state, its unnamed
  rulers are that state's («military» joins new_ruler_modifiers); a dateline may run to 20
  tokens and hold «&» in its outlet's name.
- Rule 10: «to engage in an inclusive dialogue», «engage in serious negotiations»: a content
  family of calls_for_dialogue (heads engage in, enter into; modifiers inclusive, serious …).
- Rule 16: «was working with Egypt and Qatar to broker an agreement between Israel and Hamas»:
  the list after «work with» (words joint_work_verbs, every form generated) and «to» and a
  mediation cue mediates with the subject, and no cooperation is stated («continue to work
  with Iraq to help displaced Christians return» stays cooperation); «to bridge the remaining
  gaps between …» is mediation (cue en.mediates.bridge).
- Rule 5: bare «Congo» is either Congo (words ambiguous_names: «congo = COD COG»; the overlay
  excludes it from the Republic of the Congo's aliases): the one the article names otherwise
  («Kinshasa», «Congolese», «Brazzaville»), none when it names neither.
"""

from __future__ import annotations

import pytest

from tests.edge_cases import Edge, edges_en

FILLER = "\n\nNo further details were available by Monday evening, the report said."

CASES: list[tuple[str, str, set[Edge]]] = [
    ("end_its_occupation",
     ("Headline\n\nLebanon called on Israel on Sunday to end its occupation of the five hills "
      "along the border." + FILLER),
     {("LBN", "demands_withdrawal", "ISR")}),
    ("end_its_military_presence",
     ("Headline\n\nMali's transitional government demanded that France end its military presence "
      "in the country within six months." + FILLER),
     {("MLI", "demands_withdrawal", "FRA")}),
    ("end_its_illegitimate_presence",
     ("Headline\n\nThe Syrian foreign ministry called on Washington to end its illegitimate "
      "presence on Syrian territory." + FILLER),
     {("SYR", "demands_withdrawal", "USA")}),
    ("end_the_fighting_stays_restraint",
     ("Headline\n\nKenya called on Ethiopia and Eritrea to end the fighting along their border."
      + FILLER),
     {("KEN", "urges_restraint", "ETH"), ("KEN", "urges_restraint", "ERI")}),
    ("engage_with_each_other",
     ("Headline\n\nThe United States encouraged Kenya and Somalia to engage with each other "
      "peacefully on the maritime dispute." + FILLER),
     {("USA", "calls_for_dialogue", "KEN"), ("USA", "calls_for_dialogue", "SOM")}),
    ("engage_with_one_another",
     ("Headline\n\nQatar encouraged Rwanda and Burundi to engage with one another in good "
      "faith." + FILLER),
     {("QAT", "calls_for_dialogue", "RWA"), ("QAT", "calls_for_dialogue", "BDI")}),
    ("engage_with_the_agency_stays_meeting",
     ("Headline\n\nThe European Union called on Iran to engage with the agency without "
      "delay." + FILLER),
     {("EU", "expresses_intent_to_meet", "IRN")}),
    ("heads_of_state_of_a_list",
     ("Headline\n\nThe heads of state of Chad, Mali and Niger condemned the sanctions imposed by "
      "ECOWAS." + FILLER),
     {("TCD", "condemns", "ECOWAS"), ("MLI", "condemns", "ECOWAS"),
      ("NER", "condemns", "ECOWAS")}),
    ("bare_plural_speakers_are_no_one",
     ("Headline\n\nThe Security Council met on the fighting in eastern Congo on Tuesday.\n\n"
      "Speakers press Rwanda on troop withdrawal." + FILLER),
     set()),
    ("a_joint_texts_own_name_for_its_signatories",
     ("Headline\n\nThe following communique was read on state television on Sunday.\n\n"
      "\"The Heads of State of Burkina Faso, the Republic of Mali and the Republic of Niger "
      "decide on the immediate withdrawal of their countries from the regional bloc.\n\n"
      "The Heads of State denounce the illegal sanctions that ECOWAS imposed on their "
      "peoples.\"" + FILLER),
     {("BFA", "condemns", "ECOWAS"), ("MLI", "condemns", "ECOWAS"),
      ("NER", "condemns", "ECOWAS")}),
    ("respond_with_military_measures",
     ("Headline\n\nKremlin spokesman Dmitry Peskov said Russia would respond with "
      "\"military-technical measures\" against Finland if allied troops were deployed there."
      + FILLER),
     {("RUS", "threatens", "FIN")}),
    ("respond_with_sanctions_stays_no_threat",
     ("Headline\n\nThe European Union would respond with further sanctions against Belarus, "
      "the spokesman said." + FILLER),
     set()),
    ("the_adoption_named_back",
     ("Headline\n\nThe Security Council adopted resolution 2735 on Monday by 14 votes to none. "
      "The Palestinian observer welcomed the adoption." + FILLER),
     {("PSE", "welcomes", "UNSC")}),
    ("the_veto_named_back",
     ("Headline\n\nRussia vetoed the draft on the humanitarian corridors on Friday. France "
      "condemned the veto." + FILLER),
     {("FRA", "condemns", "RUS")}),
    ("the_designation_named_back",
     ("Headline\n\nThe United States designated the group a terrorist organisation on "
      "Monday. Yemen's government welcomed the designation." + FILLER),
     {("YEM", "welcomes", "USA")}),
    ("an_act_asked_is_nobodys",
     ("Headline\n\nTurkey urged Greece to reopen the border crossing on Monday. Bulgaria "
      "welcomed the reopening." + FILLER),
     {("TUR", "demands", "GRC")}),
    ("a_meeting_of_five_is_a_forum",
     ("Headline\n\nRepresentatives of Kenya, Uganda, Tanzania, Rwanda and Burundi met in Arusha "
      "on Monday to review the region's trade rules." + FILLER),
     set()),
    ("a_meeting_of_three_is_talks",
     ("Headline\n\nThe foreign ministers of Kenya, Uganda and Tanzania met in Arusha on Monday "
      "to review the region's trade rules." + FILLER),
     {("KEN", "holds_talks", "UGA"), ("KEN", "holds_talks", "TZA"),
      ("UGA", "holds_talks", "KEN"), ("UGA", "holds_talks", "TZA"),
      ("TZA", "holds_talks", "KEN"), ("TZA", "holds_talks", "UGA")}),
    ("a_done_act_before_a_condition",
     ("Headline\n\nIndonesia's president had spoken to Thailand and Cambodia and offered help "
      "\"if both find it useful\"." + FILLER),
     {("IDN", "holds_talks", "THA"), ("IDN", "holds_talks", "KHM")}),
    ("would_condemn_if_stays_hypothetical",
     ("Headline\n\nRussia would condemn any attack on Syria if it happened, the ministry said."
      + FILLER),
     set()),
    ("a_coups_rulers_are_the_datelines_state",
     ("NIAMEY/ABUJA, July 28, 2023 (Sahel & Coast Wire) — ECOWAS weighs sanctions after military "
      "takeover\n\nThe regional bloc gave the soldiers who seized power a week to step down. The "
      "European Union called on the military authorities to release the elected president "
      "without conditions." + FILLER),
     {("EU", "demands", "NER")}),
    ("engage_in_an_inclusive_dialogue",
     ("Headline\n\nThe Secretary-General called on Mali's military authorities to engage in an "
      "inclusive dialogue with all political actors." + FILLER),
     {("UN", "calls_for_dialogue", "MLI")}),
    ("working_with_partners_to_broker",
     ("Headline\n\nThe United States was working with Egypt and Qatar to broker an agreement "
      "between Israel and Hamas, the spokesman said." + FILLER),
     {("USA", "mediates", "ISR"), ("USA", "mediates", "HAMAS"), ("EGY", "mediates", "ISR"),
      ("EGY", "mediates", "HAMAS"), ("QAT", "mediates", "ISR"), ("QAT", "mediates", "HAMAS")}),
    ("bridge_the_gaps_between",
     ("Headline\n\nTurkey is trying to bridge the differences between Sweden and Hungary, its "
      "foreign minister said." + FILLER),
     {("TUR", "mediates", "SWE"), ("TUR", "mediates", "HUN")}),
    ("working_with_to_help_stays_cooperation",
     ("Headline\n\nThe Holy See would continue to work with Iraq to help displaced families "
      "return home, the envoy said." + FILLER),
     {("VAT", "expresses_intent_to_cooperate", "IRQ")}),
    ("congo_with_kinshasa",
     ("Headline\n\nCongo accused Rwanda of backing the M23 rebels. Kinshasa demanded the "
      "withdrawal of Rwandan troops from North Kivu." + FILLER),
     {("COD", "accuses", "RWA"), ("COD", "demands_withdrawal", "RWA")}),
    ("congo_with_brazzaville",
     ("Headline\n\nCongo accused Rwanda of backing the rebels, the government in Brazzaville "
      "said." + FILLER),
     {("COG", "accuses", "RWA")}),
]


@pytest.mark.parametrize(("case", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_phenomenon(case: str, text: str, expected: set[Edge]) -> None:
    assert edges_en(text) == expected

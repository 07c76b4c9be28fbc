"""Arabic constructions traced in the thirteenth session of 2026-12-07 (fresh38_ar, then the
blind pair written during the session), each tested on sentences written for this file.

- A briefing transcript whose answers open with the spokesman's name («زاخاروفا:», «وانغ:»)
  after the lead named him («المتحدثة باسم وزارة الخارجية الروسية ماريا زاخاروفا»): the
  answer speaks for his state, as «ج:» does; every sentence of an answer is the answerer's
  word, whoever a sentence has for subject.
- Rule 11: in such an answer, claims named back with no author («نرفض رفضاً قاطعاً هذه
  الادعاءات التي لا أساس لها») are those of the speaker the question reported («قال الرئيس
  الفنلندي إن …»); past the verb's own masdar and its adjective, a demonstrative, and a
  relative clause that only denies.
- Rule 11: charges named back («ورفضت الخارجية الأوكرانية «الاتهامات التي لا أساس لها»»;
  words charge_nouns) are those of whoever last accused the one who answers them, not of
  whoever last took some other stance toward it (a summons).
- An object pronoun on a verb after a list («إن الولايات المتحدة وبريطانيا وأستراليا تقوّض …،
  وحثها على …») is the whole list; on a verb that opens its sentence («وحثها على …») with no
  actor before it, the last actor or list of the sentence before.
- «أدانت رئاسة الجمهورية اللبنانية …»: «رئاسة» and «الجمهورية» are heads of a title (words
  title_heads), so the presidency speaks for the state its adjective names.
- «مطار السليمانية»: a person's name does not end in a ta marbuta its alias lacks (the city
  is no «سليماني» with a pronoun).
- Rule 11: «تبنى مجلس الأمن الدولي، مساء الخميس، القرار رقم 2799 …»: a resolution adopted is
  the act of the body that is the adopting verb's subject, also past a time between commas,
  for a later «رحب … بتبني القرار»; the masdar «بتبني القرار» names no adopter (its speaker
  claims nothing).
- «بتأييد 13 عضواً وامتناع الولايات المتحدة وروسيا عن التصويت»: a stance noun followed by a
  number is a vote's count, no stance.
- «دعا مجلس الأمن طرفي الحرب، إسرائيل وحركة حماس، إلى …»: a dual in construct (words
  apposed_pair_refs) with an apposition between commas is the actors listed; alone («طرفي
  النزاع») it stays with what the discourse stage finds.
- «أجرت الوزيرة الإسبانية اتصالاً بنظيرتها المغربية»: a counterpart with a feminine owner
  («بنظيرتها», read «نظيره») still carries its «ب», so the call has its partner; «اتفقت خلاله
  الوزيرتان» is a feminine dual of the two ministers, the subject of a feminine verb.
- «ورحّبت وزارة الانتقال الطاقي المغربية …»: a feminine adjective after the portfolio of a
  feminine body in construct (not «الوزارة» with its article, whose next noun is the object)
  agrees with the body.
- «وأكد الوزراء في بيان مشترك …» after a meeting that named three ministers: a plural of
  officials («الوزراء», «القادة»; words leader_groups) as a verb's subject, with no state
  adjective or name after it and not in construct («رئيس الوزراء», «مجلس الوزراء»), is those
  who took part in the last meeting, else the last list named, of three or more (a plural
  never counts two; that is a dual, «الوزيران»); with a number («الوزراء الأربعة», words group_number_values) it is the
  last list of that many. The list of ministers runs on past each one's title and portfolio
  words («… المصري، ووزير الشؤون الخارجية والتعاون الجزائري، ووزير الخارجية التونسي»).
- Rule 18: «يعرب الوزراء عن امتنانهم للمملكة المغربية على حسن الاستقبال»: a noun of
  reception after «حسن» (words hospitality_words) is thanks for hospitality, no talks.
- Rule 23: praise of both parties of an agreement is no edge only when its sentence names
  an agreement (words agreement_words: «بالاتفاق», «الاتفاقيات الموقعة», «بالإعلان»); «رحّب
  المجلس الرئاسي الليبي بالبيان، وثمّن الموقف الأخوي للجزائر وتونس» praises their position.
- «ورفضها أي تدخل خارجي في شؤونها الداخلية»: a stance word with a pronoun before a
  quantifier that opens its object («أي», «كل»; words object_quantifiers) is a masdar with
  its owner, not a verb with an object pronoun pointing back to the state named before.
- «في مكافحة الإرهاب والجريمة المنظمة»: a word for an organisation (org_refs) right after a
  definite feminine noun is its adjective («organised»), no organisation named back.
- «دعا الوزراء إلى استئناف الحوار برعاية الأمم المتحدة»: the sponsor of the talks asked for
  is no one asked (rule 16 gives it its own edges), and those who ask for the talks right
  after their verb are no parties of its mediation.
- Rule 11: «ورفضها التام للتصريحات» after «لتصريحات رئيس الوزراء الإسرائيلي»: an act named
  back past the stance's intensifier («التام», «القاطع»; words stance_intensifiers) is the
  author an earlier sentence gave it.
- Rule 11: «اختتم وزراء خارجية الأردن ومصر وفرنسا وألمانيا اجتماعا …، وأصدروا في ختامه
  البيان المشترك»: the statement an issuing verb (words issue_verbs) names is the act of the
  list before the first comma, for a later «رحب … بالبيان».
- Rule 11: «انتقدت زاخاروفا الزيارة» after a headline about the Ukrainian minister's visit:
  the lead's own act noun named back is the author the lead gave it, as a generic act noun is.
- «وأعرب غوتيريش، عبر المتحدث باسمه، عن قلقه»: «عبر» before a spokesman «باسمه» is "via",
  even with the first verb's «عن» after it; the spokesman is no new speaker.
- Rule 2: «وتحدث ممثل الجزائر باسم مجموعة "A3 بلس" التي تضم الجزائر وموزمبيق وسيراليون
  وغيانا، فأشاد …»: a group spoken for that the gazetteer does not know, its members listed
  after a verb of containing (words containing_verbs), is its members, who hold the stance.
- «غير أن مندوب اليمن الدائم لدى الأمم المتحدة رفض الاعتراف بالخطوة»: a subject before
  its verb that ends in the body an envoy is accredited to («لدى الأمم المتحدة») is the
  envoy's state; a cue phrase that opens with a verb of the lexicon («رفض الاعتراف») has that
  verb's subject.
- «تتعامل مع إيران كتهديد»: a threat noun after «ك» ("as a threat") is a view of someone, no
  threat.
"""

from __future__ import annotations

import pytest

from tests.edge_cases import Edge
from tests.edge_cases import edges_ar as edges

FILLER = "\n\nولم تتوفر تفاصيل إضافية حتى مساء يوم الأحد بحسب التقرير الذي نشر اليوم."

BRIEFING = ("نشرة – موسكو: الخارجية الروسية\n"
            "عقدت المتحدثة باسم وزارة الخارجية الروسية ماريا زاخاروفا مؤتمرها الصحفي الأسبوعي، "
            "الخميس.\n\n")

CASES: list[tuple[str, str, set[Edge]]] = [
    ("an_answer_under_the_spokeswomans_name_rejects_the_claims_the_question_reported",
     (BRIEFING + "سؤال: قال رئيس الوزراء البولندي إن طائرات روسية اخترقت أجواء بلاده. "
      "ما تعليقكم؟\nزاخاروفا: نرفض رفضاً قاطعاً هذه الادعاءات التي لا أساس لها." + FILLER),
     {("RUS", "rejects", "POL")}),
    ("an_answer_under_the_spokesmans_family_name_first",
     ("نشرة – بكين: الخارجية الصينية\nعقد المتحدث باسم وزارة الخارجية الصينية وانغ ون بين "
      "مؤتمره الصحفي الدوري، الاثنين.\n\nسؤال: قال رئيس الوزراء الكندي إن الرجلين احتُجزا "
      "لأكثر من ألف يوم. ما ردكم؟\nوانغ: نرفض هذه الادعاءات التي لا أساس لها." + FILLER),
     {("CHN", "rejects", "CAN")}),
    ("as_a_threat_is_no_threat",
     (BRIEFING + "سؤال: قال رئيس الوزراء البولندي إن الباب مفتوح لتحسين العلاقات. ما "
      "تعليقكم؟\nزاخاروفا: إذا أرادت وارسو فعلاً تحسين العلاقات، فعليها أن تتوقف عن "
      "معاملة روسيا كتهديد." + FILLER),
     set()),
    ("the_charges_are_the_accusers_not_the_last_to_summon",
     ("اتهمت باماكو أوكرانيا بدعم الجماعات المسلحة في الشمال. وفي المقابل، استدعت السنغال "
      "السفير الأوكراني. ورفضت الخارجية الأوكرانية بشدة «الاتهامات التي لا أساس لها»."
      + FILLER),
     {("MLI", "accuses", "UKR"), ("SEN", "holds_talks", "UKR"), ("SEN", "condemns", "UKR"),
      ("UKR", "rejects", "MLI")}),
    ("an_object_pronoun_after_a_list_is_the_list",
     ("قال وزير الخارجية الصيني إن الولايات المتحدة وبريطانيا وأستراليا تقوّض الأمن في "
      "المنطقة، وحثها على التخلي عن سباق التسلح." + FILLER),
     {("CHN", "demands", "USA"), ("CHN", "demands", "GBR"), ("CHN", "demands", "AUS")}),
    ("an_object_pronoun_opening_its_sentence_points_to_the_sentence_before",
     ("انتقد وزير الخارجية الإيراني الحكومة البريطانية في مؤتمر صحفي. وحثها على الكف عن "
      "التدخل في الشؤون الداخلية." + FILLER),
     {("IRN", "condemns", "GBR"), ("IRN", "demands", "GBR")}),
    ("the_presidency_of_the_republic_speaks_for_its_state",
     "أدانت رئاسة الجمهورية اللبنانية القصف الإسرائيلي على بلدات الجنوب." + FILLER,
     {("LBN", "condemns", "ISR")}),
    ("a_city_in_ta_marbuta_is_no_person",
     ("أدانت الحكومة العراقية القصف الذي استهدف محيط مطار السليمانية، وطالبت أنقرة بالكف "
      "عن استهداف الأراضي العراقية." + FILLER),
     {("IRQ", "urges_restraint", "TUR")}),
    ("a_resolution_adopted_is_the_adopting_bodys_act",
     ("تبنى مجلس الأمن الدولي، مساء الخميس، القرار رقم 2799 بشأن الهدنة في السودان. ورحب "
      "مندوب السودان لدى الأمم المتحدة بتبني القرار." + FILLER),
     {("SDN", "welcomes", "UNSC")}),
    ("a_vote_count_is_no_support",
     ("تبنى مجلس الأمن قراراً بشأن المساعدات بتأييد 13 عضواً وامتناع الولايات المتحدة "
      "وروسيا عن التصويت." + FILLER),
     set()),
    ("the_two_sides_of_the_war_in_apposition",
     "دعا مجلس الأمن الدولي طرفي الحرب، إسرائيل وحركة حماس، إلى السماح بإيصال المساعدات."
     + FILLER,
     {("UNSC", "demands", "ISR"), ("UNSC", "demands", "HAMAS")}),
    ("a_call_to_her_counterpart_and_the_two_ministers_agreeing",
     ("خبر عاجل\n\nوأجرت الوزيرة الإسبانية اتصالاً بنظيرتها المغربية، اتفقت خلاله الوزيرتان "
      "على آلية تقنية لتأمين الإمدادات." + FILLER),
     {("ESP", "holds_talks", "MAR"), ("ESP", "expresses_intent_to_cooperate", "MAR"),
      ("MAR", "expresses_intent_to_cooperate", "ESP")}),
    ("a_ministry_named_by_its_portfolio_before_its_states_adjective",
     "خبر عاجل\n\nورحّبت وزارة الانتقال الطاقي المغربية بالقرار الإسباني." + FILLER,
     {("MAR", "welcomes", "ESP")}),
    ("improving_the_relations_of_two_others_is_mediation",
     "خبر عاجل\n\nوقالت قطر إنها تسعى إلى تحسين العلاقات بين رواندا والكونغو الديمقراطية."
     + FILLER,
     {("QAT", "mediates", "RWA"), ("QAT", "mediates", "COD")}),
    ("the_ministers_are_the_three_named_before",
     ("خبر عاجل\n\nاستضافت القاهرة اجتماعاً ثلاثياً ضم وزير الخارجية المصري، ووزير الشؤون "
      "الخارجية والتعاون الجزائري، ووزير الخارجية التونسي. وأكد الوزراء في بيان مشترك رفضهم أي "
      "تدخل عسكري أجنبي في ليبيا، ودعوا الأطراف الليبية إلى الحوار." + FILLER),
     {("EGY", "calls_for_dialogue", "LBY"), ("DZA", "calls_for_dialogue", "LBY"),
      ("TUN", "calls_for_dialogue", "LBY")}),
    ("the_four_ministers_are_the_last_list_of_four",
     ("خبر عاجل\n\nالتقى وزراء خارجية روسيا وإيران وتركيا وسوريا في موسكو. ثم اجتمع وزيرا "
      "خارجية تركيا وسوريا على انفراد. وأكد الوزراء الأربعة التزامهم بوحدة الأراضي السورية."
      + FILLER),
     {(a, "holds_talks", b) for a in ("RUS", "IRN", "TUR", "SYR")
      for b in ("RUS", "IRN", "TUR", "SYR") if a != b} |
     {(a, "affirms_sovereignty", "SYR") for a in ("RUS", "IRN", "TUR")}),
    ("thanks_for_a_good_reception_is_no_meeting",
     ("خبر عاجل\n\nوصل وزراء خارجية تشاد والنيجر وبوركينا فاسو إلى الرباط. وأعرب الوزراء "
      "عن امتنانهم للمملكة المغربية على حسن الاستقبال وكرم الضيافة." + FILLER),
     {(a, "welcomes", "MAR") for a in ("TCD", "NER", "BFA")}),
    ("praise_of_the_parties_position_stays",
     ("خبر عاجل\n\nاتفقت الجزائر وتونس على تعزيز التعاون الأمني بين البلدين. ورحّب المجلس "
      "الرئاسي الليبي بالبيان، وثمّن «الموقف الأخوي» للجزائر وتونس." + FILLER),
     {("DZA", "expresses_intent_to_cooperate", "TUN"),
      ("TUN", "expresses_intent_to_cooperate", "DZA"),
      ("LBY", "welcomes", "DZA"), ("LBY", "welcomes", "TUN")}),
    ("praise_of_the_parties_for_their_agreement_is_none",
     ("خبر عاجل\n\nاتفقت الجزائر وتونس على تعزيز التعاون الأمني بين البلدين. ورحّب المجلس "
      "الرئاسي الليبي بالاتفاق، وأشاد بالجزائر وتونس." + FILLER),
     {("DZA", "expresses_intent_to_cooperate", "TUN"),
      ("TUN", "expresses_intent_to_cooperate", "DZA")}),
    ("rejecting_any_interference_in_its_affairs_rejects_no_one",
     ("خبر عاجل\n\nأكدت مصر التزامها الثابت بسيادة دولة ليبيا ووحدتها، ورفضها أي تدخل خارجي "
      "في شؤونها الداخلية." + FILLER),
     {("EGY", "affirms_sovereignty", "LBY")}),
    ("organised_crime_names_no_organisation",
     ("خبر عاجل\n\nأعربت الأمم المتحدة عن قلقها إزاء الوضع. واتفق وزيرا خارجية مصر وتونس على "
      "تعزيز التعاون بين بلديهما في مكافحة الإرهاب والجريمة المنظمة." + FILLER),
     {("EGY", "expresses_intent_to_cooperate", "TUN"),
      ("TUN", "expresses_intent_to_cooperate", "EGY")}),
    ("the_sponsor_of_the_talks_asked_for_is_not_asked",
     ("خبر عاجل\n\nالتقى وزراء خارجية الجزائر ومصر وتونس في العاصمة الجزائرية. ودعا الوزراء "
      "إلى استئناف الحوار برعاية الأمم المتحدة." + FILLER),
     {(a, "holds_talks", b) for a in ("DZA", "EGY", "TUN") for b in ("DZA", "EGY", "TUN")
      if a != b}),
    ("statements_named_back_past_an_intensifier",
     ("خبر عاجل\n\nتوالت الإدانات العربية لتصريحات رئيس الوزراء الإسرائيلي بنيامين نتنياهو عن "
      "إسرائيل الكبرى. وفي الرياض، أعربت وزارة الخارجية السعودية عن إدانة المملكة ورفضها "
      "التام للتصريحات." + FILLER),
     {("SAU", "condemns", "ISR"), ("SAU", "rejects", "ISR")}),
    ("the_statement_issued_is_its_issuers_act",
     ("خبر عاجل\n\nاختتم وزراء خارجية الأردن ومصر وفرنسا وألمانيا اجتماعا في عمّان، وأصدروا في "
      "ختامه البيان المشترك الآتي. ورحب وزير الخارجية الفلسطيني بالبيان." + FILLER),
     {("PSE", "welcomes", "JOR"), ("PSE", "welcomes", "EGY"), ("PSE", "welcomes", "FRA"),
      ("PSE", "welcomes", "DEU")}),
    ("the_leads_own_act_named_back",
     ("زيارة وزير الخارجية الأوكراني إلى دمشق تثير غضب موسكو\n\nوصل وزير الخارجية الأوكراني "
      "إلى دمشق اليوم. في المقابل، انتقدت المتحدثة باسم الخارجية الروسية ماريا زاخاروفا "
      "الزيارة." + FILLER),
     {("RUS", "condemns", "UKR")}),
    ("via_his_spokesman_before_the_first_verbs_an",
     ("خبر عاجل\n\nدعت السعودية إلى ضبط النفس. وأعرب الأمين العام للأمم المتحدة أنطونيو "
      "غوتيريش، عبر المتحدث باسمه، عن قلقه العميق من التصعيد بين الولايات المتحدة وإيران."
      + FILLER),
     {("SAU", "urges_restraint", "USA"), ("SAU", "urges_restraint", "IRN"),
      ("UN", "expresses_concern", "USA"), ("UN", "expresses_concern", "IRN")}),
    ("speaking_for_a_group_that_lists_its_members",
     ("خبر عاجل\n\nوتحدث ممثل الجزائر باسم مجموعة \"A3 بلس\" التي تضم الجزائر وموزمبيق "
      "وسيراليون وغيانا، فأشاد بجهود الاتحاد الأفريقي." + FILLER),
     {(a, "welcomes", "AU") for a in ("DZA", "MOZ", "SLE", "GUY")}),
    ("an_envoy_accredited_to_the_un_speaks_for_his_state",
     ("خبر عاجل\n\nغير أن مندوب اليمن الدائم لدى الأمم المتحدة رفض الاعتراف بالخطوة، متهماً "
      "الحوثيين بتسليم الموانئ إلى عناصر موالية لهم." + FILLER),
     {("YEM", "accuses", "HOUTHIS")}),
]


@pytest.mark.parametrize(("case", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_phenomenon(case: str, text: str, expected: set[Edge]) -> None:
    assert edges(text) == expected

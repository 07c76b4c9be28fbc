"""Arabic constructions found in the twenty-second session of 2026-12-08 by grids of one
intent in some fifteen frames each («أكدت استعدادها ل…», «تسعى إلى …», «تأمل في …», «يود
…», «أعرب عن أمله في …») over ten acts, each tested on sentences written for this file.

- Commitments (a family of content.jsonl, heads × objects, as in English): to sign,
  conclude, complete or reach an agreement of any kind («مستعدة لإبرام اتفاق تجاري مع …»,
  «توقيع اتفاقية تجارة حرة مع …», «استكمال اتفاق الشراكة مع …») is cooperation; so is to grow
  trade or investment with someone («توسيع التبادل التجاري مع …»).
- Intent verbs and nouns: «تسعى إلى» and «تأمل في» with a masdar (cues ar.ready.seek,
  ar.ready.hope), «يود» (ar.ready.would) and «أعرب عن أمله في» with a masdar
  (ar.ready.hope_noun; not «أمله في أن تحافظ البحرين …», a hope about others, rule 19) type
  their content as «استعداد» does. «العمل مع» after them is cooperation (the «العمل مع»
  family's words before it). «الحديث مع», «التحدث مع», «التواصل مع» are meetings offered;
  «التحاور» is dialogue.
- Rules 11, 16: an agreement between others that the holder wants reached («ترغب في التوصل
  إلى اتفاق بين الولايات المتحدة وإيران») is an offer to mediate, as talks between others are;
  relations between the holder and another («تطوير العلاقات بين المغرب والجزائر») stay its
  own cooperation.
- Rules 16, 19: a summit of others hoped for («تأمل في عقد قمة بين قادة دول الخليج وإيران»,
  «أمله في عقد قمة تجمع الطرفين»; words gather_verbs) is a wish, no edge.
- «لا تسعى إلى الحرب وأنها مستعدة للجلوس مع بكين»: an intent's content ends at the next
  intent, which has its own.
- Rule 13: «مستعدة لإبرام الاتفاق متى أبدت واشنطن واقعية»: a cooperation offered on a
  concession (words offer_conditions, now with «متى») is coded only as the demand, as a
  meeting so offered was.
- Rule 15: «جرى أمس اتصال هاتفي بين أردوغان والملك سلمان»: the verb of taking place may
  stand before the talks noun past adverbs of time (words manner_adverbs).
- «أما الرئيس التركي، الذي حضر القمة، فالتقى بوتين»: the verb that answers «أما» (with its
  «ف», or «فقد» before it) has the topic for subject when a name follows it (not «أما غينيا
  فطالبتها القمة», where the topic is the object).
- «الرئيس فلاديمير بوتين، الذي استقبل العاهل الأردني»: a verb right after a relative pronoun
  has the antecedent for subject before the name after it is read as one.
- Rule 15: «قمة مجموعة العشرين التي تستضيفها إندونيسيا»: the host of a summit brokers
  nothing between those who meet there.
- «ورفض شي …»: «شي» alone is Xi Jinping (a gazetteer alias; «شيء», a thing, keeps its
  hamza when normalised).
- Rule 15: «تحدث وزير الخارجية الفرنسي مع نظيره الليتواني», «تحدثت مع زميلي الليتواني»:
  «تحدث مع» is talks (cue ar.talks.tahaddath; not «تحدث إلى الصحفيين عن الأزمة مع روسيا»,
  nor the imperative «تحدثوا»); the first person's counterparts and colleagues («نظيري»,
  «زميلي», words counterparts) are the other side.
- «بحث الأمين العام أمس مع رئيس مفوضية الاتحاد الأفريقي …»: a title phrase ends at «مع».
- «هذه لغة تهديد غير مقبولة»: a threat noun that names another's language or tone is no
  threat of the speaker's.
- Rule 15: «ومن المقرر أن يلتقي تيلرسون وزير الخارجية القطري»: a meeting the reporter says
  is scheduled (words scheduled_words) is no talks held, and does not make the pair that a
  later «الوزيران» names.
- «تصريحات أدلى بها الرئيس الغاني في واشنطن، اتهم فيها السلطات البوركينية …»: a verb with a
  resumptive «فيها»/«فيه» (words resumptive_preps) whose next noun cannot be its subject
  (gender) is said by the author that the text's own verb named («أدلى بها X», «ألقاها X»);
  not «رسالة إلى مجلس الأمن يتهم فيها …», whose Council is the addressee.
- Rule 26: «اتفق الوزيران على "تطابق الرؤى بشأن ضرورة التوصل إلى اتفاق"»: what two sides agree
  on is a shared view even when an agreement is named inside it.
"""

from __future__ import annotations

import pytest

from tests.edge_cases import Edge, edges_in
from tests.edge_cases import edges_ar as edges

FILLER = "\n\nولم تتوفر تفاصيل إضافية حتى مساء يوم الاثنين بحسب التقرير الذي نشر اليوم."

CASES: list[tuple[str, str, set[Edge]]] = [
    ("ready_to_conclude_a_trade_agreement",
     ("عنوان\n\nأكدت البرازيل استعدادها لإبرام اتفاق تجاري مع الاتحاد الأوروبي قبل نهاية العام."
      + FILLER),
     {("BRA", "expresses_intent_to_cooperate", "EU")}),
    ("seeks_to_sign_a_free_trade_agreement",
     ("عنوان\n\nقالت إندونيسيا إنها تسعى إلى توقيع اتفاقية تجارة حرة مع أستراليا." + FILLER),
     {("IDN", "expresses_intent_to_cooperate", "AUS")}),
    ("hopes_to_complete_the_partnership_agreement",
     ("عنوان\n\nقالت كينيا إنها تأمل في استكمال اتفاق الشراكة مع إثيوبيا خلال الأشهر المقبلة."
      + FILLER),
     {("KEN", "expresses_intent_to_cooperate", "ETH")}),
    ("determined_to_expand_trade",
     ("عنوان\n\nقال الرئيس الفيتنامي إن بلاده عازمة على توسيع التبادل التجاري مع كوريا "
      "الجنوبية." + FILLER),
     {("VNM", "expresses_intent_to_cooperate", "KOR")}),
    ("wishes_to_work_with",
     ("عنوان\n\nأبدت البرازيل رغبتها في العمل مع الاتحاد الأوروبي في ملف المناخ." + FILLER),
     {("BRA", "expresses_intent_to_cooperate", "EU")}),
    ("would_like_to_meet",
     ("عنوان\n\nقال الرئيس الجنوب أفريقي إنه يود لقاء الرئيس الأمريكي جو بايدن قبل القمة."
      + FILLER),
     {("ZAF", "expresses_intent_to_meet", "USA")}),
    ("hope_noun_to_visit",
     ("عنوان\n\nأعرب رئيس الوزراء الهندي عن أمله في زيارة موسكو في تموز المقبل." + FILLER),
     {("IND", "expresses_intent_to_meet", "RUS")}),
    ("seeks_to_speak_with",
     ("عنوان\n\nقال وزير الخارجية التركي إنه يسعى إلى التحدث مع نظيره اليوناني هذا الأسبوع."
      + FILLER),
     {("TUR", "expresses_intent_to_meet", "GRC")}),
    ("hope_about_others_is_no_edge",
     ("عنوان\n\nأعرب المتحدث باسم الخارجية الأمريكية عن أمله في أن تحافظ البحرين وإسرائيل على "
      "قنوات الاتصال بينهما." + FILLER),
     set()),
    ("agreement_between_others_is_mediation",
     ("عنوان\n\nقال وزير الخارجية القطري إن بلاده ترغب في التوصل إلى اتفاق بين الولايات المتحدة "
      "وإيران." + FILLER),
     {("QAT", "mediates", "USA"), ("QAT", "mediates", "IRN")}),
    ("relations_between_self_and_other",
     ("عنوان\n\nأكد الملك استعداد المغرب للعمل على تطوير العلاقات بين المغرب والجزائر."
      + FILLER),
     {("MAR", "expresses_intent_to_cooperate", "DZA")}),
    ("hoped_summit_of_others",
     ("عنوان\n\nقال وزير الخارجية القطري إن بلاده تأمل في عقد قمة تجمع دول مجلس التعاون "
      "الخليجي وإيران." + FILLER),
     set()),
    ("intent_content_ends_at_the_next_intent",
     ("عنوان\n\nأكد الرئيس الفلبيني أن بلاده لا تسعى إلى الحرب وأنها مستعدة للجلوس مع بكين "
      "لبحث ترتيبات مؤقتة." + FILLER),
     {("PHL", "expresses_intent_to_meet", "CHN")}),
    ("offer_on_a_concession_is_the_demand",
     ("عنوان\n\nقال المتحدث باسم الخارجية الإيرانية إن طهران مستعدة لإبرام الاتفاق مع "
      "الولايات المتحدة متى أبدت واشنطن واقعية." + FILLER),
     {("IRN", "demands", "USA")}),
    ("call_took_place_yesterday_between",
     ("عنوان\n\nجرى أمس اتصال هاتفي بين الرئيس رجب طيب أردوغان والملك سلمان بن عبد العزيز."
      + FILLER),
     {("TUR", "holds_talks", "SAU"), ("SAU", "holds_talks", "TUR")}),
    ("topic_answered_by_fa",
     ("عنوان\n\nأما الرئيس التركي رجب طيب أردوغان، الذي حضر القمة، فقد التقى بوتين مساء "
      "الجمعة." + FILLER),
     {("TUR", "holds_talks", "RUS")}),
    ("topic_as_object_of_fa_verb",
     ("عنوان\n\nأما غينيا فطالبتها القمة بتقديم جدول زمني مقبول للانتقال." + FILLER),
     set()),
    ("relative_clause_host",
     ("عنوان\n\nقال الرئيس فلاديمير بوتين، الذي استقبل العاهل الأردني الملك عبد الله الثاني "
      "في سوتشي، إن ما جرى طعنة في الظهر." + FILLER),
     {("RUS", "holds_talks", "JOR")}),
    ("summit_host_is_no_mediator",
     ("عنوان\n\nعقد الرئيس الأمريكي جو بايدن ونظيره الصيني شي جين بينغ محادثات استمرت ثلاث "
      "ساعات في أحد فنادق بالي، عشية قمة مجموعة العشرين التي تستضيفها إندونيسيا، في أول لقاء "
      "بينهما." + FILLER),
     {("USA", "holds_talks", "CHN"), ("CHN", "holds_talks", "USA")}),
    ("xi_alone",
     ("عنوان\n\nورفض شي ما وصفه بمساعي واشنطن إلى احتواء الصين." + FILLER),
     {("CHN", "rejects", "USA")}),
    ("spoke_with_his_counterpart",
     ("عنوان\n\nتحدث وزير الخارجية الفرنسي مع نظيره الليتواني مساء أمس." + FILLER),
     {("FRA", "holds_talks", "LTU")}),
    ("i_spoke_with_my_colleague",
     ("عنوان\n\nقال بوريل: \"تحدثت مع زميلي الليتواني مساء أمس\"." + FILLER),
     {("EU", "holds_talks", "LTU")}),
    ("spoke_to_reporters_about_a_crisis_with",
     ("عنوان\n\nتحدث الوزير الفرنسي إلى الصحفيين عن الأزمة مع روسيا." + FILLER),
     set()),
    ("bare_secretary_general_with",
     ("عنوان\n\nدوجاريك: تحدث الأمين العام أمس مع رئيس مفوضية الاتحاد الأفريقي موسى فكي "
      "محمد." + FILLER),
     {("UN", "holds_talks", "AU")}),
    ("language_of_threats_is_no_threat",
     ("عنوان\n\nقال بوريل: \"هذه لغة تهديد غير مقبولة من روسيا\"." + FILLER),
     set()),
    ("scheduled_meeting_is_no_talks",
     ("عنوان\n\nوصل وزير الخارجية الأمريكي أنتوني بلينكن إلى جدة، ومن المقرر أن يلتقي مساء وزراء "
      "خارجية السعودية والإمارات والبحرين ومصر. وكان بلينكن قد وقّع أمس في الدوحة مع نظيره "
      "القطري الشيخ محمد بن عبد الرحمن آل ثاني مذكرة تفاهم. وقال الوزيران في مؤتمر صحفي مشترك عقب محادثاتهما إن المذكرة تؤسس "
      "لشراكة طويلة الأمد." + FILLER),
     {("USA", "holds_talks", "QAT"), ("QAT", "holds_talks", "USA")}),
    ("resumptive_fiha_author",
     ("عنوان\n\nاحتجت بوركينا فاسو على تصريحات أدلى بها الرئيس الغاني في واشنطن، اتهم فيها "
      "السلطات البوركينية بإبرام اتفاق مع مجموعة فاغنر." + FILLER),
     {("GHA", "accuses", "BFA")}),
    ("resumptive_fiha_after_an_addressee",
     ("عنوان\n\nوجه السفير الإسرائيلي رسالة إلى مجلس الأمن يتهم فيها إيران بزعزعة الاستقرار."
      + FILLER),
     {("ISR", "accuses", "IRN")}),
    ("agreed_view_naming_an_agreement",
     ("عنوان\n\nبحث وزير الخارجية المصري هاتفياً مع نظيره السوداني تطورات ملف السد، واتفق "
      "الوزيران على \"تطابق الرؤى بشأن ضرورة التوصل إلى اتفاق قانوني ملزم\"." + FILLER),
     {("EGY", "holds_talks", "SDN"), ("EGY", "agrees_with", "SDN"),
      ("SDN", "agrees_with", "EGY")}),
]


@pytest.mark.parametrize(("case", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_phenomenon(case: str, text: str, expected: set[Edge]) -> None:
    assert edges(text) == expected


def test_name_ending_in_a_negation_word() -> None:
    """«أجرت رئيسة الوزراء البريطانية تيريزا ماي اتصالين هاتفيين بالرئيس الفرنسي …» (on a
    date she was prime minister): «ماي», the last word of her name, negates nothing."""
    text = ("عنوان\n\nأجرت رئيسة الوزراء البريطانية تيريزا ماي اتصالين هاتفيين بالرئيس الفرنسي "
            "إيمانويل ماكرون والمستشارة الألمانية أنغيلا ميركل." + FILLER)
    assert edges_in(text, "ar", "2018-03-14") == {("GBR", "holds_talks", "FRA"),
                                                  ("GBR", "holds_talks", "DEU")}


def test_official_and_a_coordinated_title_sign_together() -> None:
    """«وقّع رئيس الوزراء الإثيوبي آبي أحمد والرئيس الإريتري اتفاقية للسلام» (rule 23): an
    official named with his name and one named by title and state adjective only, joined
    by «و», are both the subject."""
    text = ("عنوان\n\nوقّع رئيس الوزراء الإثيوبي آبي أحمد والرئيس الإريتري اتفاقية للسلام في "
            "جدة." + FILLER)
    assert edges_in(text, "ar", "2018-09-17") == {
        ("ETH", "expresses_intent_to_cooperate", "ERI"),
        ("ERI", "expresses_intent_to_cooperate", "ETH")}

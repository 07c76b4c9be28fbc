"""Arabic constructions found by counting errors across all the traced sets in the seventh
session of 2026-12-06 (fresh22_ar among them, blind until then), each tested on sentences
written for this file.

- An official named after the title's place: «المبعوث الخاص للأمين العام إلى اليمن هانس
  غروندبرغ» is that official (the United Nations), not the speaker before him, though the
  genitive «للأمين العام» closes the title.
- «أرض الصومال» (Somaliland) has no id: it is not Somalia (words non_actor_names).
- What a speaker says something in is its act (rule 11): «وجدد المجلس الوزاري في بيانه رفضه
  …» then «رفضت طهران البيان الختامي» rejects the Council (words said_in_nouns; the first
  issuer keeps it); «وطالب البيان بـ…» right after a masculine verb is still the statement
  speaking, not the act named as an object.
- The article's main act (rule 11): a bare decision or step named back right after a
  condemnation or rejection, its author named neither there nor before («دانت قطر الإعلان»,
  «رفض القرار»), is the act of the actor the article's condemnations, rejections and
  accusations have been toward most (words main_act_nouns); not when an adjective of relation
  names another author after it («الخطوة الأوروبية»; words act_qualifiers lists those that
  do not).
- «وسرعان ما ردّ الرئيس الكولومبي، إذ رفض القرار»: the one who replies is the subject of what
  the reply clause says (ردّ is a verb of speech, cue ar.speech.qal).
- Claims, criticism or remarks named back with no author after a rejection («ورفض المندوب
  الإيراني الشكوى») are those of whoever last took a stance toward the one who answers
  (rule 11; words retort_nouns).
- «وطلب مندوب تشاد الكلمة، فرفض …»: an opening verb that is a cue only as a masdar still
  has its subject, which the ف-verb goes on with.
- Rule 12: «الأطراف المعنية في ميانمار» are the parties of a strife inside that state, its
  one side that maps to an actor; «اشتباكات بين الجيش السوداني وقوات الدعم السريع» names
  one side with an id (Sudan), which «جميع الأطراف» then targets rather than two states that
  merely met (not for a mediation, which needs two sides).
- Rule 16: «تقريب وجهات النظر بين مجلس النواب والمجلس الأعلى للدولة» names the mediated
  sides, which have no ids; no sides are taken from elsewhere in the article («بين أخوينا»
  still refers to them).
- «…، وأدانت تركيا تصريحات ليبية»: a name right after a verb joined by و, with the verb's
  object after it, is that verb's own subject; an appeal's addressee («وطالبت روما
  بالاعتذار») and the first object of «حمّل X المسؤولية» stand there too and stay objects.
- Wanting relations is an intent to cooperate («مدريد تريد علاقات ممتازة مع الجزائر»; cue
  ar.cooperate.want), and a protocol signed is an agreement («ووقع الجانبان … بروتوكولا»);
  a partner after «مع» is looked for only up to a clause joined by «وإن»/«وأن».
- An act noun in construct with a name («قرار البرلمان الأوروبي تعليق …», «خطة إسرائيل») is
  that actor's act, for a later «نرفض هذا القرار» (rule 11), also from a question.
- The object before the subject: «ورحبت بالمبادرة مصر والأردن», «ورحب بالمبادرة وزير
  الخارجية المصري»: the verb's prepositional object comes first and the actor after it is the
  subject; the act it names is its author's («أعلنت السعودية مبادرة», «طرحت»,
  «قدمت»: words enactment_words). A feminine act noun («بالمبادرة») carries no pronoun of
  the subject before it (its ta marbuta reads «ه»), and a definite act noun is in construct
  with no title after it.
- A demand or warning going on from the subject's accusation or condemnation, with no
  addressee of its own («اتهم … خفر السواحل الصيني بـ…، وطالب بإعادة الأسلحة المصادرة»), goes
  to the one accused; a call to stop «it» («وتدعو إلى وقفها») is restraint only after an act of
  force (words pronoun_halts), also «وتطالب بوقفه» after «الهجوم الأذربيجاني».
- «على ضرورة التزام العراق بتنفيذ الاتفاقية», «دعت إلى احترام إسرائيل …»: the genitive of the
  verbal noun a call asks for is the one asked (not the genitive of an act noun, «تنفيذ قرار
  مجلس الأمن», nor the object after «ب»: «المطالبة بتطبيق القرار»).
- «مجلس النواب الليبي», «مجلس الشيوخ»: a chamber named by its members' noun is a body whose
  state's adjective follows (words title_fillers).
- «واتهمت حزب الله برعايته»: a stance noun after «اتهم X بـ» is the charge, not a mediation
  or support of the one who accuses.
- «قال المتحدث باسم الأمين العام ستيفان دوجاريك إن الأمين العام يتابع …»: the title a named
  spokesman speaks for is that official's actor (the United Nations) when it comes back bare,
  not the last speaker's.
- A plural verb with an object pronoun («وطالبوها بالامتناع», «ودعوها») is read as the verb:
  its alif, not written before the pronoun, comes back in the reading.
- «رافضا التعليق على القرار الروسي»: refusing to comment is no rejection; «…، ورحبت نور
  سلطان بالعرض الأذربيجاني»: a name after a و-verb with its «ب» object after it is the verb's
  own subject (not for an appeal, whose addressee stands there, nor a threat: «وهددت بيروت
  بالرد»).
- Unspecified steps announced («ستتخذ كل الإجراءات اللازمة للدفاع عن مصالحها») warn the
  holder's adversary (rule 14; cue ar.warns.steps); steps to respond («… للرد على هذا
  التصعيد») threaten it (words retaliation_words).
- «أما الحكومة اليمنية، فقد اتهم وزير خارجيتها الحوثيين»: a title word with its owner's
  pronoun ends the title (the name after it is the object), and its owner is the topic the
  sentence opened with.
- A summons is a protest: «استدعت الخارجية الإيرانية القائم بالأعمال الباكستاني» condemns the
  envoy's state as well as being talks with it, protest word or not (words summon_cues).
"""

from __future__ import annotations

import pytest

from tests.edge_cases import Edge
from tests.edge_cases import edges_ar as edges

FILLER = "\n\nولم تتوفر تفاصيل إضافية حتى مساء يوم الأحد بحسب التقرير الذي نشر اليوم."

CASES: list[tuple[str, str, set[Edge]]] = [
    ("the_envoy_named_after_the_titles_place",
     ("عقد مجلس الأمن الدولي جلسة حول اليمن.\n\nوقال المبعوث الخاص للأمين العام إلى اليمن هانس "
      "غروندبرغ، في إحاطته، إن الهجمات الحوثية مدانة." + FILLER),
     {("UN", "condemns", "HOUTHIS")}),
    ("the_envoy_named_after_the_titles_place_calls",
     ("اجتمع مجلس الأمن الدولي لبحث الوضع في اليمن.\n\nودعا المبعوث الخاص للأمين العام إلى "
      "اليمن هانس غروندبرغ الحوثيين إلى وقف الهجمات." + FILLER),
     {("UN", "urges_restraint", "HOUTHIS")}),
    ("somaliland_is_not_somalia",
     "رحبت إثيوبيا بقرار إقليم أرض الصومال الانفصالي." + FILLER,
     set()),
    ("somaliland_is_not_somalia_in_a_meeting",
     "التقى رئيس الوزراء الإثيوبي رئيس أرض الصومال في أديس أبابا." + FILLER,
     set()),
    ("a_summons_without_a_protest_word_condemns",
     ("استدعت وزارة الخارجية الإيرانية القائم بالأعمال الباكستاني في طهران مساء الثلاثاء."
      + FILLER),
     {("IRN", "holds_talks", "PAK"), ("IRN", "condemns", "PAK")}),
    ("a_statement_rejected_is_its_issuers",
     ("وجدد المجلس الوزاري لمجلس التعاون الخليجي في بيانه رفضه القاطع لاستمرار احتلال إيران "
      "للجزر الثلاث.\n\nوفي أول رد فعل، رفضت طهران البيان الختامي." + FILLER),
     {("GCC", "rejects", "IRN"), ("IRN", "rejects", "GCC")}),
    ("remarks_rejected_are_the_speakers",
     ("وقال وزير الخارجية الجزائري في تصريحات صحفية إن بلاده متمسكة بموقفها من قضية "
      "الصحراء.\n\nورفضت الرباط هذه التصريحات." + FILLER),
     {("MAR", "rejects", "DZA")}),
    ("the_statement_after_a_masculine_verb_speaks",
     ("وقالت وزارة الخارجية السورية في بيان إن إسرائيل تسعى إلى زعزعة استقرار سوريا.\n\n"
      "وطالب البيان بانسحاب القوات الإسرائيلية الفوري من المناطق التي توغلت فيها." + FILLER),
     {("SYR", "accuses", "ISR"), ("SYR", "demands_withdrawal", "ISR")}),
    ("the_main_act_named_back",
     ("أعلن رئيس الوزراء الإسرائيلي عزمه ضم غور الأردن. وأدانت مصر التعهد الإسرائيلي.\n\n"
      "وفي الدوحة، دانت قطر الإعلان بأشد العبارات." + FILLER),
     {("EGY", "condemns", "ISR"), ("QAT", "condemns", "ISR")}),
    ("a_step_of_another_author_is_no_main_act",
     ("القاهرة - أدانت مصر اليوم قرار إسرائيل بناء مستوطنات جديدة. ورفضت الجزائر الخطوة "
      "الأوروبية." + FILLER),
     {("EGY", "condemns", "ISR")}),
    ("who_replies_rejects",
     ("انتقدت كولومبيا قرار الإكوادور فرض رسوم على وارداتها.\n\nوسرعان ما ردّ الرئيس "
      "الكولومبي، إذ رفض القرار مجدداً." + FILLER),
     {("COL", "condemns", "ECU"), ("COL", "rejects", "ECU")}),
    ("a_complaint_answered",
     ("اتهم المندوب العراقي في مجلس الأمن إيران بقصف قرى كردية في شمال البلاد.\n\nورفض "
      "المندوب الإيراني الشكوى، واصفاً إياها بأنها لا أساس لها." + FILLER),
     {("IRQ", "accuses", "IRN"), ("IRN", "rejects", "IRQ")}),
    ("an_opening_verb_read_as_a_masdar_keeps_its_subject",
     ("وجهت الحكومة السودانية اتهامات إلى تشاد بتسهيل مرور الأسلحة.\n\nوطلب مندوب تشاد "
      "الكلمة، فرفض «الاتهامات الباطلة» جملة وتفصيلاً." + FILLER),
     {("SDN", "accuses", "TCD"), ("TCD", "rejects", "SDN")}),
    ("the_parties_in_a_state",
     ("بحثت بنغلاديش والصين ملف اللاجئين. ودعت الصين الأطراف المعنية في ميانمار إلى وقف إطلاق "
      "النار." + FILLER),
     {("BGD", "holds_talks", "CHN"), ("CHN", "holds_talks", "BGD"),
      ("CHN", "urges_restraint", "MMR")}),
    ("the_one_side_of_a_war_with_an_id",
     ("بحثت الإمارات والسعودية الوضع في السودان. واندلعت اشتباكات بين الجيش السوداني وقوات "
      "الدعم السريع. ودعا المندوب الصيني جميع الأطراف إلى وقف إطلاق النار." + FILLER),
     {("ARE", "holds_talks", "SAU"), ("SAU", "holds_talks", "ARE"),
      ("CHN", "urges_restraint", "SDN")}),
    ("mediation_between_bodies_without_ids",
     ("طرابلس - اتهمت الحكومة الليبية تركيا بالتدخل في شؤونها، وأدانت الحكومة الليبية "
      "الانتهاكات التركية.\n\nوقال وزير الخارجية الإيطالي للصحفيين إن بلاده ستعمل مع المبعوث "
      "الأممي على تقريب وجهات النظر بين مجلس النواب والمجلس الأعلى للدولة بشأن القوانين "
      "الانتخابية." + FILLER),
     {("LBY", "accuses", "TUR"), ("LBY", "condemns", "TUR")}),
    ("a_new_subject_after_wa",
     ("طرابلس - اتهمت الحكومة الليبية تركيا بالتدخل في شؤونها، وأدانت تركيا تصريحات ليبية."
      + FILLER),
     {("LBY", "accuses", "TUR"), ("TUR", "condemns", "LBY")}),
    ("an_addressee_after_wa_stays_an_object",
     "اتهمت الحكومة الليبية إيطاليا بالتدخل، وطالبت روما بالاعتذار." + FILLER,
     {("LBY", "accuses", "ITA"), ("LBY", "demands", "ITA")}),
    ("wanting_relations",
     "وقال ألباريس إن مدريد تريد علاقات ممتازة مع الجزائر." + FILLER,
     {("ESP", "expresses_intent_to_cooperate", "DZA")}),
    ("a_protocol_signed",
     ("واستقبل وزير الشؤون الخارجية المغربي ناصر بوريطة نظيره الإسباني بمقر الوزارة. ووقع "
      "الجانبان في ختام المباحثات بروتوكولا يحدد مراحل تشغيل مكتبي الجمارك." + FILLER),
     {("MAR", "holds_talks", "ESP"), ("MAR", "expresses_intent_to_cooperate", "ESP"),
      ("ESP", "expresses_intent_to_cooperate", "MAR")}),
    ("a_partner_is_not_sought_past_wa_inna",
     ("وقال وزير الخارجية الباكستاني إن بلاده \"تريد علاقات طيبة مع جارتها\" وإنها \"مستعدة "
      "للجلوس مع المسؤولين الأفغان في أي وقت\"." + FILLER),
     {("PAK", "expresses_intent_to_meet", "AFG")}),
    ("an_act_in_construct_with_a_name",
     ("الدوحة - عقد المتحدث باسم الخارجية القطرية إحاطته الأسبوعية.\n\nسؤال: ما ردكم على "
      "قرار البرلمان الأوروبي تعليق دخول ممثلي قطر إلى مقاره؟\n\nالمتحدث: نرفض هذا القرار "
      "رفضا قاطعا." + FILLER),
     {("QAT", "rejects", "EU")}),
    ("the_object_before_the_subject",
     ("أعلنت السعودية مبادرة لإنهاء الحرب في اليمن. ورحبت بالمبادرة مصر والأردن." + FILLER),
     {("EGY", "welcomes", "SAU"), ("JOR", "welcomes", "SAU")}),
    ("the_object_before_a_titled_subject",
     ("أعلنت السعودية مبادرة لإنهاء الحرب في اليمن. ورحب بالمبادرة وزير الخارجية المصري."
      + FILLER),
     {("EGY", "welcomes", "SAU")}),
    ("an_initiative_announced_is_its_authors",
     "أعلنت السعودية مبادرة لإنهاء الحرب في اليمن. ورحبت مصر بالمبادرة." + FILLER,
     {("EGY", "welcomes", "SAU")}),
    ("a_demand_going_on_from_an_accusation",
     ("اتهم قائد الجيش الفلبيني خفر السواحل الصيني بالتصرف مثل القراصنة، وطالب بإعادة الأسلحة "
      "المصادرة." + FILLER),
     {("PHL", "accuses", "CHN"), ("PHL", "demands", "CHN")}),
    ("stop_them_after_strikes_is_restraint",
     "روسيا تدين الضربات الأمريكية على اليمن وتدعو إلى وقفها فوراً." + FILLER,
     {("RUS", "condemns", "USA"), ("RUS", "urges_restraint", "USA")}),
    ("stop_it_after_a_trial_is_no_restraint",
     ("وصف الرئيس الأمريكي محاكمة الرئيس البرازيلي السابق بأنها مطاردة ساحرات، مطالباً بوقفها "
      "فوراً." + FILLER),
     set()),
    ("the_genitive_of_the_verbal_noun_asked",
     "وشدد وزير الخارجية الكويتي على ضرورة التزام العراق بتنفيذ الاتفاقية." + FILLER,
     {("KWT", "demands", "IRQ")}),
    ("the_genitive_of_an_act_noun_is_not_asked",
     "وشدد وزير الخارجية الروسي على ضرورة تنفيذ قرار مجلس الأمن 2254." + FILLER,
     set()),
    ("the_house_of_representatives_is_a_body_of_its_state",
     ("دعا وزير الخارجية الفرنسي مجلس النواب الليبي إلى الإسراع في اعتماد القاعدة الدستورية."
      + FILLER),
     {("FRA", "demands", "LBY")}),
    ("a_charge_is_no_mediation",
     ("اتهمت السعودية لبنان بالتقصير، وانتقدت السعودية الحكومة اللبنانية.\n\nودانت البحرين "
      "استضافة المؤتمر في بيروت، واتهمت حزب الله برعايته وتوفير الغطاء له." + FILLER),
     {("SAU", "accuses", "LBN"), ("SAU", "condemns", "LBN"),
      ("BHR", "condemns", "HEZBOLLAH"), ("BHR", "accuses", "HEZBOLLAH")}),
    ("a_summons_announced",
     "وقالت الخارجية العراقية إنها ستستدعي السفير الإيراني." + FILLER,
     {("IRQ", "condemns", "IRN")}),
    ("the_title_a_spokesman_speaks_for",
     ("بيروت - حذر رئيس الحكومة اللبنانية من الانزلاق إلى مواجهة مع سوريا.\n\nوقال المتحدث "
      "باسم الأمين العام ستيفان دوجاريك إن الأمين العام يتابع بقلق الاشتباكات بين القوات "
      "السورية والجيش اللبناني، ودعا الجانبين إلى ضبط النفس." + FILLER),
     {("LBN", "warns", "SYR"), ("UN", "urges_restraint", "SYR"), ("UN", "urges_restraint", "LBN"),
      ("UN", "expresses_concern", "SYR"), ("UN", "expresses_concern", "LBN")}),
    ("a_plural_verb_with_an_object_pronoun",
     ("أقر وزراء خارجية الاتحاد الأوروبي حزمة إجراءات ضد تركيا.\n\nودان الوزراء استمرار أنشطة "
      "التنقيب التي تقوم بها تركيا، وطالبوها باحترام الحقوق السيادية لقبرص." + FILLER),
     {("EU", "condemns", "TUR"), ("EU", "demands", "TUR")}),
    ("refusing_to_comment_is_no_rejection",
     ("قال المتحدث باسم الخارجية الصينية إن الصين تحترم سيادة كازاخستان، رافضا التعليق على "
      "القرار الروسي." + FILLER),
     {("CHN", "affirms_sovereignty", "KAZ")}),
    ("a_new_subject_with_a_b_object_after_wa",
     ("أبدت أذربيجان استعدادها لنقل النفط الكازاخستاني، ورحبت كازاخستان بالعرض الأذربيجاني."
      + FILLER),
     {("KAZ", "welcomes", "AZE")}),
    ("steps_announced_warn",
     ("اتهمت الهند باكستان برعاية الهجوم. وقالت باكستان إنها ستتخذ كل الإجراءات اللازمة للدفاع "
      "عن مصالحها." + FILLER),
     {("IND", "accuses", "PAK"), ("PAK", "warns", "IND")}),
    ("steps_to_respond_threaten",
     ("اتهمت سوريا حزب الله بالتسلل. وقالت الوزارة إنها ستتخذ كل الإجراءات اللازمة للرد على هذا "
      "التصعيد الخطير." + FILLER),
     {("SYR", "accuses", "HEZBOLLAH"), ("SYR", "threatens", "HEZBOLLAH")}),
    ("a_title_with_its_owners_pronoun",
     ("نفى مصدر سعودي استهداف المدنيين.\n\nأما الحكومة اليمنية، فقد اتهم وزير خارجيتها "
      "الحوثيين بـ\"افتعال التصعيد الحدودي\"، وأشاد بما وصفه \"ضبط النفس السعودي\"." + FILLER),
     {("YEM", "accuses", "HOUTHIS"), ("YEM", "welcomes", "SAU")}),
    ("stop_it_after_an_attack_is_restraint",
     ("وزيرة الخارجية الفرنسية تدين بأشد العبارات الهجوم الأذربيجاني وتطالب بوقفه فورا."
      + FILLER),
     {("FRA", "condemns", "AZE"), ("FRA", "urges_restraint", "AZE")}),
    ("recalling_ones_own_envoy_is_no_summons",
     "استدعت الأردن سفيرها لدى إسرائيل للتشاور." + FILLER,
     set()),
]


@pytest.mark.parametrize(("case", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_phenomenon(case: str, text: str, expected: set[Edge]) -> None:
    assert edges(text) == expected

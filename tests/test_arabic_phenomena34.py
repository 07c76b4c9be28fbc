"""Arabic constructions traced in the nineteenth session of 2026-12-07 (the blind sets written
during the session and the weakest earlier ones), each tested on sentences written for this
file.

- Rules 2, 4: «إن السوداني أكد …» after «رئيس الوزراء العراقي محمد شياع السوداني»: the
  surname of an official named in full, which is also a state's adjective, names the
  official right after «إن/أن» (words complementizers), where a clause's subject stands and an
  adjective never does.
- «موقف العراق الداعم لوحدة الأراضي السورية», «موقف بلاده المؤيد لسيادة ليبيا»: the
  participles «الداعم», «المؤيد» before the sovereignty nouns affirm them as «دعم» does.
- Rules 4, 9: «دعوة … لحضور القمة العربية», «في القمة العربية»: an organisation's alias that
  holds a summit word, after a preposition, a word of circumstance or of attending (words
  summit_attend_words), is the meeting one goes to or speaks at, no actor; «دعت القمة العربية
  …» still speaks.
- Rule 10: «وجّه دعوة رسمية إلى الرئيس السوري …», «إلى نظيره الإيراني»: the addressee of a
  call noun after its adjective may be named by title, not only by name.
- Rule 15: «بحث الرئيس الجزائري ورئيس المجلس الرئاسي الليبي ملف …»: officials coordinated as
  the subject of a talks verb are its partners, as two states' names are; one state's two
  officials («الرئيس المصري ووزير خارجيته») hold no talks.
- Rule 22: «اعتمد مجلس الأمن قراراً يطالب رواندا … . وجاء القرار الذي صاغته فرنسا …»: the
  drafters named after the resolution hold its stances with the Council (a discourse rule);
  «قراراً», the noun's indefinite accusative, is a resolution noun too.
- Rule 22: «مثمّنةً الجهود التي بذلها المبعوث الشخصي للأمين العام للأمم المتحدة»: «الشخصي» is a
  word of a title (title_fillers), so the author of the praised efforts is found past it.
- Rule 11: «أعلن وزير الخارجية الأمريكي … إعادة إدراج كوبا …، متهماً هافانا …» and then
  «أدانت وزارة الخارجية الفنزويلية القرار»: a bare decision named back is the act the lead
  gave an author before it is the act of the actor the article censures most (the one the
  decision's author accused).
- Rule 20: «يناشد "إنهاءً سريعاً للنزاع" بين روسيا وأوكرانيا», «ناشد روسيا وأوكرانيا إنهاء
  النزاع»: ending the conflict («النزاع», «الصراع», with «ل» too, after «سريع/عاجل») is a call
  for restraint, as ending the war was; but «الانخراط في مفاوضات شاملة لإنهاء النزاع» asks for
  talks, and what they are for («ل…» right after them) is not asked besides.
- Rules 12, 17: «أعرب عن قلقه البالغ إزاء الأوضاع في كشمير، ودعا باكستان والهند إلى ضبط
  النفس»: a concern about a situation or about strife named by its place takes no sides from
  the call beside it; one whose object names them («إزاء التطورات بين الهند وباكستان») does.
- Rule 22 and rule 2: «تلقى الرئيس المنتخب برقيات تهنئة من موسكو وبكين»: congratulations
  received are the sender's welcome of the one who receives them (words receive_verbs); and
  «الرئيس المنتخب» after «الرئيس الإيراني المنتخب» is that official (words elect_modifiers, a
  title of its own in bare_titles).
- Rule 10: «دعا … المجلس العسكري في تشاد إلى تسليم السلطة لحكومة مدنية، بعدما أمرت الوزارة
  موظفيها بمغادرة نجامينا»: a clause of time or circumstance after a comma («بعدما», «فيما»,
  «حيث» …; words clause_subordinators) ends what the appeal asks.
- Rule 25: a masculine plural demonym standing as a noun — with «لل»/«بال», or after a
  preposition or «جميع/كل» (words people_quantifiers) — is the people, no actor: «تدعو جميع
  الإكوادوريين إلى الحوار», «دعمه للسوريين»; «الفرقاء الليبيين» keeps its noun.
- Rule 11: «أدان المستشار الحرب الروسية على أوكرانيا», «الحرب الإسرائيلية على غزة»: the
  adjective of a war waged on («على», «ضد»; words war_heads, against_preps) another is its
  author, an actor; «الحرب السورية» alone stays the war in Syria.
- Rule 2: an interview («حوار», «مقابلة» in the first lines; words interview_words) in
  questions and answers («س:», «ج:»): the answers speak for the first official it names (the
  interviewee), before the dateline's state.
- Rule 11: «هاجمت المتحدثة جنوب أفريقيا، واتهمتها باستغلال رئاسة مجموعة العشرين»: the
  object pronoun of a verb of accusing, condemning, warning or threatening is the one it is
  toward, the actor named before it, not an actor inside the charge (support verbs keep their
  object: «دعمها لـ…» is the holder's support).
- Rule 21: «أبدت أنقرة أسفها لقرار كوسوفو»: regret shown («أبدى»), not only expressed («أعرب
  عن»), condemns; regret for a death («أسفه لوفاة …») stays condolence. A noun cue's words
  required before it are read before its subject too («وأبدت وزارة الخارجية التركية أسفها»).
- Rule 5: «مقابل اعتراض واشنطن وامتناع بريطانيا وسويسرا عن التصويت»: those named after
  «امتناع» with «عن التصويت» after them abstained in a vote's tally (words abstention_nouns,
  vote_words) and are no one's target; «انتقدت مصر امتناع إسرائيل عن تنفيذ الاتفاق» still is.
- «دعت القمة العربية إسرائيل إلى الانسحاب»: a content word inside an actor's name («القمة»)
  asks nothing; what is asked follows the addressee.
"""

from __future__ import annotations

import pytest

from tests.edge_cases import Edge
from tests.edge_cases import edges_ar as edges

FILLER = "\n\nولم تتوفر تفاصيل إضافية حتى مساء يوم الاثنين بحسب التقرير الذي نشر اليوم."

CASES: list[tuple[str, str, set[Edge]]] = [
    ("surname_after_inna",
     ("عنوان الخبر\n\nترأس رئيس الوزراء العراقي محمد شياع السوداني في بغداد اجتماعاً لمجلس "
      "الوزراء. وقال مكتبه الإعلامي إن السوداني دعا تركيا إلى الانسحاب من الأراضي "
      "العراقية." + FILLER),
     {("IRQ", "demands_withdrawal", "TUR")}),
    ("surname_after_anna",
     ("عنوان الخبر\n\nترأس رئيس الوزراء العراقي محمد شياع السوداني في بغداد اجتماعاً لمجلس "
      "الوزراء. وأضاف البيان أن السوداني أدان القصف التركي لمناطق في إقليم كردستان."
      + FILLER),
     {("IRQ", "condemns", "TUR")}),
    ("the_adjective_after_its_noun_is_still_the_state",
     ("عنوان الخبر\n\nترأس رئيس الوزراء العراقي محمد شياع السوداني في بغداد اجتماعاً لمجلس "
      "الوزراء. وقال البيان إن الجيش السوداني أدان الهجمات الإثيوبية على الحدود."
      + FILLER),
     {("SDN", "condemns", "ETH")}),
    ("supporting_participle_before_unity",
     ("عنوان الخبر\n\nوأكد وزير الخارجية العراقي موقف العراق الداعم لوحدة الأراضي السورية "
      "وسيادتها خلال اتصال أجراه مساء اليوم." + FILLER),
     {("IRQ", "affirms_sovereignty", "SYR")}),
    ("endorsing_participle_before_sovereignty",
     ("عنوان الخبر\n\nوجدد الرئيس التركي موقف بلاده المؤيد لسيادة ليبيا ووحدة أراضيها في كلمة "
      "ألقاها أمام البرلمان." + FILLER),
     {("TUR", "affirms_sovereignty", "LBY")}),
    ("invited_to_attend_the_summit",
     ("عنوان الخبر\n\nووجّه رئيس الوزراء العراقي دعوة رسمية إلى الرئيس السوري لحضور القمة "
      "العربية المقررة في بغداد الشهر المقبل." + FILLER),
     {("IRQ", "expresses_intent_to_meet", "SYR")}),
    ("speaks_at_the_summit",
     ("عنوان الخبر\n\nوأكد الرئيس المصري في القمة العربية رفضه تهجير الفلسطينيين، وطالب "
      "إسرائيل بوقف الحرب على غزة." + FILLER),
     {("EGY", "urges_restraint", "ISR")}),
    ("the_summit_speaks",
     ("عنوان الخبر\n\nودعت القمة العربية في ختام أعمالها إسرائيل إلى الانسحاب من الأراضي "
      "المحتلة كافة." + FILLER),
     {("ARL", "demands_withdrawal", "ISR")}),
    ("call_to_a_counterpart_by_title",
     ("عنوان الخبر\n\nووجّه رئيس الوزراء العراقي دعوة رسمية إلى نظيره الإيراني لزيارة بغداد "
      "في أقرب وقت." + FILLER),
     {("IRQ", "expresses_intent_to_meet", "IRN")}),
    ("officials_discuss_together",
     ("عنوان الخبر\n\nوبحث الرئيس الجزائري ورئيس المجلس الرئاسي الليبي ملف إعادة فتح المعابر "
      "البرية بين البلدين." + FILLER),
     {("DZA", "holds_talks", "LBY"), ("LBY", "holds_talks", "DZA")}),
    ("named_officials_discuss_together",
     ("عنوان الخبر\n\nوبحث الرئيس الجزائري عبد المجيد تبون والرئيس التونسي قيس سعيد ملف "
      "الهجرة غير النظامية في قصر قرطاج." + FILLER),
     {("DZA", "holds_talks", "TUN"), ("TUN", "holds_talks", "DZA")}),
    ("one_states_two_officials",
     ("عنوان الخبر\n\nوبحث الرئيس المصري ووزير خارجيته ملف السد الإثيوبي في القاهرة." + FILLER),
     set()),
    ("drafters_named_after_the_resolution",
     ("عنوان الخبر\n\nاعتمد مجلس الأمن الدولي، مساء الجمعة، قراراً يطالب رواندا بسحب قواتها "
      "من أراضي الكونغو الديمقراطية.\n\nوجاء القرار الذي صاغته فرنسا بعد أسبوعين من "
      "المفاوضات الشاقة بين الأعضاء." + FILLER),
     {("UNSC", "demands_withdrawal", "RWA"), ("FRA", "demands_withdrawal", "RWA")}),
    ("efforts_of_a_personal_envoy",
     ("عنوان الخبر\n\nوأشادت الممثلة العليا للسياسة الخارجية في الاتحاد الأوروبي بالاتفاق، "
      "مثمّنةً الجهود التي بذلها المبعوث الشخصي للأمين العام للأمم المتحدة طوال سنوات." + FILLER),
     {("EU", "welcomes", "UN")}),
    ("the_leads_act_before_the_most_censured",
     ("واشنطن تعيد كوبا إلى قائمة الدول الراعية للإرهاب\n\nأعلن وزير الخارجية الأمريكي، "
      "الإثنين، إعادة إدراج كوبا على قائمة الدول الراعية للإرهاب، متهماً هافانا بتقديم الدعم "
      "لأعمال الإرهاب الدولي. وطالب الوزير الحكومة الكوبية بتسليم المطلوبين.\n\nوفي كراكاس، "
      "أدانت وزارة الخارجية الفنزويلية القرار بشدة." + FILLER),
     {("USA", "accuses", "CUB"), ("USA", "demands", "CUB"), ("VEN", "condemns", "USA")}),
    ("end_the_conflict",
     ("عنوان الخبر\n\nوناشد مجلس الأمن روسيا وأوكرانيا إنهاء النزاع فوراً." + FILLER),
     {("UNSC", "urges_restraint", "RUS"), ("UNSC", "urges_restraint", "UKR")}),
    ("talks_to_end_the_war",
     ("عنوان الخبر\n\nودعا وزير الخارجية المصري إثيوبيا والسودان إلى الانخراط في مفاوضات "
      "شاملة لإنهاء الحرب على الحدود." + FILLER),
     {("EGY", "calls_for_dialogue", "ETH"), ("EGY", "calls_for_dialogue", "SDN")}),
    ("concern_about_a_situation_beside_a_call",
     ("عنوان الخبر\n\nوأعرب رئيس الوزراء الماليزي عن «قلقه البالغ» إزاء الأوضاع في كشمير، "
      "ودعا باكستان والهند إلى ضبط النفس وتجنب أي تصعيد." + FILLER),
     {("MYS", "urges_restraint", "PAK"), ("MYS", "urges_restraint", "IND")}),
    ("concern_about_developments_between_the_sides",
     ("عنوان الخبر\n\nوأعربت الصين عن قلقها البالغ إزاء التطورات الراهنة بين الهند وباكستان، "
      "ودعت البلدين إلى ضبط النفس." + FILLER),
     {("CHN", "expresses_concern", "IND"), ("CHN", "expresses_concern", "PAK"),
      ("CHN", "urges_restraint", "IND"), ("CHN", "urges_restraint", "PAK")}),
    ("congratulations_received",
     ("عنوان الخبر\n\nوتلقى الرئيس المصري برقية تهنئة من ملك الأردن بمناسبة العيد." + FILLER),
     {("JOR", "welcomes", "EGY")}),
    ("the_president_elect",
     ("عنوان الخبر\n\nوأكد الرئيس الإيراني المنتخب رفضه للعقوبات الأمريكية.\n\nوقال المتحدث "
      "باسم الخارجية الأمريكية إن الرئيس الأمريكي جو بايدن مستعد للحوار.\n\nوتلقى الرئيس "
      "المنتخب برقيات تهنئة من موسكو وبكين." + FILLER),
     {("IRN", "rejects", "USA"), ("RUS", "welcomes", "IRN"), ("CHN", "welcomes", "IRN")}),
    ("what_happened_after_the_call",
     ("عنوان الخبر\n\nودعا المتحدث باسم الخارجية الأمريكية المجلس العسكري في تشاد إلى تسليم "
      "السلطة لحكومة مدنية، بعدما أمرت الوزارة موظفيها غير الأساسيين بمغادرة نجامينا." + FILLER),
     {("USA", "demands", "TCD")}),
    ("all_ecuadorians",
     ("عنوان الخبر\n\nودعت الحكومة الكولومبية جميع الإكوادوريين إلى تسوية خلافاتهم عبر الحوار."
      + FILLER),
     set()),
    ("support_for_the_syrians",
     ("عنوان الخبر\n\nوأكد الرئيس المصري دعمه للسوريين في محنتهم." + FILLER),
     set()),
    ("the_russian_war_on_ukraine",
     ("عنوان الخبر\n\nوأدان المستشار الألماني الحرب الروسية على أوكرانيا." + FILLER),
     {("DEU", "condemns", "RUS")}),
    ("the_israeli_war_on_gaza",
     ("عنوان الخبر\n\nوأدانت مصر الحرب الإسرائيلية على غزة." + FILLER),
     {("EGY", "condemns", "ISR")}),
    ("an_interviews_answers",
     ("مجلة الأكاسيا — حوار — أديس أبابا، 26 أيار/مايو 2025: رئيس مفوضية الاتحاد الأفريقي يتحدث "
      "عن أزمات القارة\n\nالتقت المجلة رئيس مفوضية الاتحاد الأفريقي محمود علي يوسف في مقر "
      "الاتحاد بأديس أبابا، وفي ما يلي نص الحوار بعد تحريره.\n\nس: كيف تنظرون إلى الأزمة بين "
      "الكونغو الديمقراطية ورواندا؟\n\nج: ندعو الحكومتين في كينشاسا وكيغالي إلى مواصلة الحوار "
      "المباشر بينهما دون شروط." + FILLER),
     {("AU", "calls_for_dialogue", "COD"), ("AU", "calls_for_dialogue", "RWA")}),
    ("the_accused_pronoun",
     ("عنوان الخبر\n\nوفي واشنطن، هاجمت المتحدثة باسم البيت الأبيض جنوب أفريقيا، واتهمتها "
      "باستغلال رئاسة مجموعة العشرين للترويج لأجندة معادية." + FILLER),
     {("USA", "accuses", "ZAF")}),
    ("regret_shown",
     ("عنوان الخبر\n\nوأبدت أنقرة أسفها لقرار كوسوفو فتح سفارة في القدس." + FILLER),
     {("TUR", "condemns", "XKX")}),
    ("regret_for_a_death",
     ("عنوان الخبر\n\nوأبدت القاهرة أسفها لوفاة الرئيس الإيراني في حادث المروحية." + FILLER),
     set()),
    ("regret_shown_after_a_titled_subject",
     ("عنوان الخبر\n\nوأبدت وزارة الخارجية التركية أسفها لقرار كوسوفو فتح سفارة في القدس."
      + FILLER),
     {("TUR", "condemns", "XKX")}),
    ("abstainers_in_a_tally",
     ("عنوان الخبر\n\nأسقطت الولايات المتحدة مساء الخميس، باستخدامها حق النقض، مشروع قرار قدمته "
      "الجزائر يوصي بقبول دولة فلسطين عضواً كاملاً في الأمم المتحدة. وحصل المشروع على تأييد 12 "
      "عضواً، مقابل اعتراض واشنطن وامتناع بريطانيا وسويسرا عن التصويت." + FILLER),
     {("USA", "rejects", "DZA")}),
    ("refraining_from_implementing",
     ("عنوان الخبر\n\nوانتقدت مصر امتناع إسرائيل عن تنفيذ الاتفاق." + FILLER),
     {("EGY", "condemns", "ISR")}),
]


@pytest.mark.parametrize(("case", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_phenomenon(case: str, text: str, expected: set[Edge]) -> None:
    assert edges(text) == expected

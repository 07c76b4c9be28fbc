"""Arabic constructions found in the twenty-first session of 2026-12-07 by a grid of
templates (one stance sentence in some twenty frames: word order, «كما», a statement's
circumstance, a quotation before its speaker …), each tested on sentences written for this
file.

- «جددت تركيا إدانتها للغارات», «وجدد أردوغان إدانته …»: the masdar of a hollow Form IV verb
  with a pronoun (إدانة + ها) normalises to the word of the perfect with its object
  («أدانتها»); written with the hamza below it is the masdar, which the perfect never is.
- «أكدا رفضهما المطلق لأي محاولة للتهجير، وإدانتهما لاستهداف إسرائيل المدنيين»: after a comma
  a masdar joined by «و» and carrying its holder's pronoun is the second thing the verb
  states: it ends the first masdar's object and holds its own.
- «"ندين بشدة الغارات الإسرائيلية"، قال وزير الخارجية المصري.», «»، بحسب بيان للخارجية
  المصرية»: a sentence that opens with a quotation and names its speaker after it speaks for
  that speaker, and the speaker goes on into the next sentence.
- «دعت تركيا في بيان صادر عن وزارة الخارجية إسرائيل إلى ضبط النفس»: past the statement's
  issuer, the name right before what is asked is the one asked («بالإفراج»: a masdar with «ب»
  and the article is what is asked even when the vocabulary does not know it).
- Rules 11, 21: «من غير المقبول أن تهدد روسيا جيرانها»: the subject of the «أن» clause after a
  predicate judgement does what is judged, when the clause names an act (a cue or a content
  word), not a state suffered («أن تبقى أوكرانيا بلا كهرباء»).
- «الأمين العام للأمم المتحدة يدين الهجوم», «الأمين العام لجامعة الدول العربية يدين …»: a
  subject before its verb may be a title and the body it belongs to, joined by «ل»; the verb
  agrees with the title, not the body.
- Rule 18: «تدين الهجوم الإرهابي في زاهدان وتقدم تعازيها لحكومة إيران»: the one condoled with
  after a condolence noun (words condolence_nouns) is no word of the stance's object before
  it (but «ترفض تعازي واشنطن»: the condolences may be the object themselves).
- Rule 20: «دعا بريشتينا إلى الامتناع عن أي خطوة تتعارض مع الموقف الأوروبي» is a demand:
  «الامتناع» (refraining) is restraint only with an act of force after it, through «أي» or
  «مزيد من» («الامتناع عن أي رد عسكري», «عن أي استفزاز»).
- «وكان الرئيس الفلبيني قد طالب الشهر الماضي واشنطن بـ…», «دعا يوم الاثنين إسرائيل إلى …»: a
  date of two words (words time_heads with a day, period_nouns with period_markers) between
  an appeal and its addressee.
- Rule 21: «يرى أن الولايات المتحدة تتدخل في الشؤون الداخلية للبلاد»: interfering in another's
  affairs, asserted of a subject, accuses it (the masdar «تدخّل», written as the past «تدخل»,
  is left out; so is a demand to stop it).
- Rule 21: «وصف القرار بأنه خطوة في الاتجاه الخاطئ»: «خاطئ» (wrong) among the words that make
  a description a condemnation.
- «ستواصل العمل مع الحكومة الفلبينية», «حرصها على العمل مع»: the masdar «العمل مع» after a verb or
  noun of continuing, care or readiness is cooperation; not for a mediator's work «مع
  الطرفين»/«للتوصل إلى اتفاق»/«لإيجاد مخرج», nor with «الجميع».
- «أصدرت فرنسا وألمانيا والمملكة المتحدة … بياناً مشتركاً … وفي ما يلي أبرز ما جاء في
  البيان: «… ندعو إيران إلى …»»: the «we» of a statement quoted after words that announce it
  (words text_follows) is its issuers (named after the verb of issuing too), whatever
  actors the quoted sentences name, until the quotation closes.
- «سنتشاور مع شركائنا الدوليين بشأن التصعيد النووي الإيراني»: a partner after «مع» that
  names no actor ends at the topic's preposition; the actor in the topic is no partner.
- «وصف … بأنه «استفزازي»»: a nisba adjective that the reader takes for a noun with «my»
  once the vocabulary knows the noun («استفزاز»; content words added in this session) still
  counts as written where a cue requires the words after it.
- Rule 22: «فاز … في الانتخابات الرئاسية في تايوان … وهنأ بلينكن الرئيس المنتخب»: elections
  named with one state (words election_nouns) make a later bare «الرئيس المنتخب» that
  state's.
- Rule 22: «غداة اعتماد الجمعية العامة قرارا بأغلبية 141 صوتا مقابل 7 …، يطالب روسيا …»: a
  verb after an indefinite resolution and the vote that adopted it describes the resolution;
  its adopter holds the stance.
- Gazetteer: the other common Arabic spellings of capitals the overlay had in one spelling
  («كانبيرا», «جاكارتا», «كيجالي», «واجادوجو», «أستانة», «كوبنهاجن», «ولنغتون», «بور لويس»).
- «وتتهمها بدعم المتمردين»: the present of «اتهم» with an object pronoun was never read as
  one (its reading «تتهم» ends in «هم», taken for the pronoun kept); an object pronoun is now
  one the reading does not end with.
- «وتقطع الحكومة السودانية علاقاتها مع أبوظبي وتتهمها …»: a sentence-opening verb the
  vocabulary does not know keeps its «و» in its reading; its person (feminine «ت…») is read
  past the «و», so its subject holds the coordinated stance.
- Rule 20: «طالبت … بعدم شن هجومها المعتاد», «بعدم تنفيذ ضربات جديدة»: asking not to launch or
  carry out an act of force is restraint (heads «عدم شن», «عدم تنفيذ», also with «ب» written
  on, in the content family).
- Rule 11: «أدانت … عملية الإطلاق بوصفها انتهاكاً لقرارات مجلس الأمن»: the body whose
  resolutions (or the state whose rights) are violated, named after «ل» past a noun of
  violating (words violation_nouns), is no target («انتهاك روسيا للمجال الجوي» names the
  violator).
- «دعت مصر في كلمة أمام مجلس الأمن إسرائيل إلى …»: the body before which a speech is made
  (words venue_preps) is where it was said, not the one it asks.
"""

from __future__ import annotations

import pytest

from tests.edge_cases import Edge
from tests.edge_cases import edges_ar as edges

FILLER = "\n\nولم تتوفر تفاصيل إضافية حتى مساء يوم الاثنين بحسب التقرير الذي نشر اليوم."

CASES: list[tuple[str, str, set[Edge]]] = [
    ("renewed_condemnation_masdar",
     ("عنوان الخبر\n\nجددت تركيا إدانتها للغارات التي شنتها إسرائيل على البلدات الحدودية."
      + FILLER),
     {("TUR", "condemns", "ISR")}),
    ("renewed_condemnation_masculine",
     ("عنوان الخبر\n\nوجدد الرئيس المصري إدانته الشديدة لاستهداف إسرائيل مخيمات النازحين."
      + FILLER),
     {("EGY", "condemns", "ISR")}),
    ("perfect_with_object_pronoun_stays_a_verb",
     ("عنوان الخبر\n\nوأوقفت إسرائيل الضربات على المخيم بعدما أدانتها مصر بشدة." + FILLER),
     {("EGY", "condemns", "ISR")}),
    ("two_masdars_of_one_verb",
     ("عنوان الخبر\n\nوأكد الوزيران المصري والأردني رفضهما المطلق لأي محاولة لتهجير السكان من "
      "أراضيهم، وإدانتهما لاستهداف إسرائيل المستشفيات في القطاع." + FILLER),
     {("EGY", "condemns", "ISR"), ("JOR", "condemns", "ISR")}),
    ("two_masdars_second_names_its_target",
     ("عنوان الخبر\n\nوأعلنت البرازيل دعمها الكامل لجهود الوساطة، وإدانتها للهجوم الذي نفذته "
      "روسيا على محطة الكهرباء." + FILLER),
     {("BRA", "condemns", "RUS")}),
    ("quotation_then_said_minister",
     ("عنوان الخبر\n\n«ندين بشدة الغارات الإسرائيلية على جنوب لبنان»، قال وزير الخارجية "
      "المصري للصحفيين في القاهرة." + FILLER),
     {("EGY", "condemns", "ISR")}),
    ("quotation_then_said_ministry_feminine",
     ("عنوان الخبر\n\n\"نرفض أي تدخل أجنبي في شؤوننا الداخلية، ولن نقبل إملاءات واشنطن\"، قالت "
      "الخارجية الفنزويلية في بيان." + FILLER),
     {("VEN", "rejects", "USA")}),
    ("quotation_then_according_to",
     ("عنوان الخبر\n\n«نطالب إثيوبيا بالتوقف عن الملء الأحادي للسد»، بحسب بيان للخارجية "
      "المصرية." + FILLER),
     {("EGY", "demands", "ETH")}),
    ("quotation_speaker_goes_on",
     ("عنوان الخبر\n\n«نرحب بقرار السعودية استئناف العلاقات»، قال وزير الخارجية الإيراني. "
      "وأضاف: «نتطلع إلى تعاون أوسع مع الرياض في مجالات الطاقة والتجارة»." + FILLER),
     {("IRN", "welcomes", "SAU"), ("IRN", "expresses_intent_to_cooperate", "SAU")}),
    ("statement_issuer_before_addressee",
     ("عنوان الخبر\n\nدعت تركيا في بيان صادر عن وزارة الخارجية إسرائيل إلى ضبط النفس ووقف "
      "التصعيد." + FILLER),
     {("TUR", "urges_restraint", "ISR")}),
    ("statement_issuer_demand_with_ba",
     ("عنوان الخبر\n\nوطالبت فرنسا في بيان صادر عن الرئاسة روسيا بالإفراج عن المواطن الفرنسي "
      "المحتجز." + FILLER),
     {("FRA", "demands", "RUS")}),
    ("speech_before_the_council",
     ("عنوان الخبر\n\nدعت الجزائر في كلمة أمام مجلس الأمن إسرائيل إلى وقف عملياتها العسكرية "
      "فوراً." + FILLER),
     {("DZA", "urges_restraint", "ISR")}),
    ("unacceptable_that_x_acts",
     ("عنوان الخبر\n\nوقالت ألمانيا إنه من غير المقبول أن تهدد روسيا جيرانها بالصواريخ."
      + FILLER),
     {("DEU", "condemns", "RUS")}),
    ("unacceptable_that_x_svo",
     ("عنوان الخبر\n\nواعتبر وزير الخارجية الفرنسي أنه من المرفوض أن إسرائيل تواصل استهداف "
      "المدنيين في غزة." + FILLER),
     {("FRA", "condemns", "ISR")}),
    ("unacceptable_state_suffered",
     ("عنوان الخبر\n\nوقالت ألمانيا إنه أمر غير مقبول أن تبقى أوكرانيا بلا كهرباء في الشتاء."
      + FILLER),
     set()),
    ("secretary_general_of_the_un_svo_present",
     ("عنوان الخبر\n\n16:10 — الأمين العام للأمم المتحدة يدين الهجوم الذي شنته روسيا على "
      "محطة القطارات." + FILLER),
     {("UN", "condemns", "RUS")}),
    ("secretary_general_of_the_league_svo_past",
     ("عنوان الخبر\n\nالأمين العام لجامعة الدول العربية رحب بالقرار الذي اتخذته السعودية "
      "بإعادة فتح سفارتها." + FILLER),
     {("ARL", "welcomes", "SAU")}),
    ("condemned_then_condolences",
     ("عنوان الخبر\n\nباكستان تدين «بشدة» الهجوم الإرهابي في زاهدان وتقدم تعازيها لحكومة "
      "إيران وشعبها." + FILLER),
     set()),
    ("condolences_after_comma",
     ("عنوان الخبر\n\nأدانت مصر التفجير الذي وقع في كابول، وقدمت العزاء لأفغانستان."
      + FILLER),
     set()),
    ("condolences_rejected_keep_their_author",
     ("عنوان الخبر\n\nوقال الوزير الإيراني: «نرفض تعازي واشنطن، فهي شريكة في الجريمة»."
      + FILLER),
     {("IRN", "rejects", "USA")}),
    ("refrain_from_a_political_step",
     ("عنوان الخبر\n\nودعا الاتحاد الأوروبي بريشتينا إلى الامتناع عن أي خطوة تتعارض مع الموقف "
      "الأوروبي بشأن القدس." + FILLER),
     {("EU", "demands", "XKX")}),
    ("refrain_from_a_military_response",
     ("عنوان الخبر\n\nودعت الحكومة العراقية الولايات المتحدة إلى الامتناع عن أي رد عسكري على "
      "الأراضي العراقية." + FILLER),
     {("IRQ", "urges_restraint", "USA")}),
    ("refrain_from_more_provocations",
     ("عنوان الخبر\n\nوحث الاتحاد الأوروبي صربيا على الامتناع عن مزيد من الاستفزازات على "
      "الحدود." + FILLER),
     {("EU", "urges_restraint", "SRB")}),
    ("appeal_past_month",
     ("عنوان الخبر\n\nوكان الرئيس الفلبيني قد طالب الشهر الماضي واشنطن بإعادة تأشيرة دخول "
      "ألغتها لسيناتور مقرب منه." + FILLER),
     {("PHL", "demands", "USA")}),
    ("appeal_on_monday",
     ("عنوان الخبر\n\nودعا الرئيس الفرنسي يوم الاثنين روسيا إلى وقف الضربات على المدن "
      "الأوكرانية." + FILLER),
     {("FRA", "urges_restraint", "RUS")}),
    ("interferes_in_affairs",
     ("عنوان الخبر\n\nوقالت الخارجية الصينية إن الولايات المتحدة تتدخل في الشؤون الداخلية "
      "للصين." + FILLER),
     {("CHN", "accuses", "USA")}),
    ("demand_to_stop_interfering",
     ("عنوان الخبر\n\nوطالبت إيران بريطانيا بالكف عن التدخل في شؤونها الداخلية." + FILLER),
     {("IRN", "demands", "GBR")}),
    ("described_as_wrong",
     ("عنوان الخبر\n\nووصف وزير الدفاع الأمريكي قرار الفلبين بأنه خطوة في الاتجاه الخاطئ."
      + FILLER),
     {("USA", "condemns", "PHL")}),
    ("will_go_on_working_with",
     ("عنوان الخبر\n\nوقالت الولايات المتحدة إنها ستواصل العمل مع الحكومة الفلبينية لتعزيز "
      "المصالح المشتركة." + FILLER),
     {("USA", "expresses_intent_to_cooperate", "PHL")}),
    ("keen_on_working_with",
     ("عنوان الخبر\n\nوأكدت مصر حرصها على العمل مع السعودية في مجالات الطاقة." + FILLER),
     {("EGY", "expresses_intent_to_cooperate", "SAU")}),
    ("mediator_working_with_both",
     ("عنوان الخبر\n\nوقالت النرويج إنها ستواصل العمل مع الحكومة الكولومبية والمتمردين "
      "للتوصل إلى اتفاق سلام." + FILLER),
     set()),
    ("refrain_at_once_from_violence",
     ("عنوان الخبر\n\nودعا رئيس مفوضية الاتحاد الأفريقي العسكريين البوركينيين إلى الامتناع "
      "فوراً عن أي أعمال عنف." + FILLER),
     {("AU", "urges_restraint", "BFA")}),
    ("statement_quoted_after_its_issuers",
     ("عنوان الخبر\n\nأصدرت فرنسا وألمانيا والمملكة المتحدة مساء السبت بياناً مشتركاً بشأن "
      "المفاوضات النووية. وفي ما يلي أبرز ما جاء في البيان:\n\n«لقد تفاوضنا بحسن نية. وأعادت "
      "إيران فتح قضايا قديمة. ندعو إيران إلى التعاون الكامل مع الوكالة الدولية للطاقة "
      "الذرية».\n\nوقال المتحدث باسم الخارجية الإيرانية: «نرفض هذا البيان»." + FILLER),
     {("FRA", "demands", "IRN"), ("DEU", "demands", "IRN"), ("GBR", "demands", "IRN"),
      ("IRN", "rejects", "FRA"), ("IRN", "rejects", "DEU"), ("IRN", "rejects", "GBR")}),
    ("voice_ends_with_the_quotation",
     ("عنوان الخبر\n\nأصدرت فرنسا وألمانيا بياناً مشتركاً. وفي ما يلي نصه:\n\n«ندعو روسيا "
      "إلى وقف الضربات».\n\nوقال وزير الخارجية البولندي: «نطالب روسيا بالإفراج عن "
      "المعتقلين»." + FILLER),
     {("FRA", "urges_restraint", "RUS"), ("DEU", "urges_restraint", "RUS"),
      ("POL", "demands", "RUS")}),
    ("consult_partners_about_an_actor",
     ("عنوان الخبر\n\nوقالت فرنسا إنها ستتشاور مع شركائها الدوليين بشأن التصعيد النووي "
      "الإيراني." + FILLER),
     set()),
    ("described_as_provocative_nisba",
     ("عنوان الخبر\n\nووصف المتحدث باسم الخارجية الأمريكية سلوك خفر السواحل الصيني بأنه "
      "«استفزازي وغير آمن»." + FILLER),
     {("USA", "condemns", "CHN")}),
    ("president_elect_of_the_election",
     ("عنوان الخبر\n\nوفاز مرشح المعارضة في الانتخابات الرئاسية في السنغال. وهنأ وزير الخارجية "
      "الفرنسي الرئيس المنتخب على فوزه." + FILLER),
     {("FRA", "welcomes", "SEN")}),
    ("president_elect_of_genitive_election",
     ("عنوان الخبر\n\nأعلنت النتائج النهائية لانتخابات تايوان. وهنأت وزيرة الخارجية اليابانية "
      "بدورها الرئيس المنتخب." + FILLER),
     {("JPN", "welcomes", "TWN")}),
    ("resolution_past_its_vote",
     ("عنوان الخبر\n\nوعقد مجلس الأمن جلسة غداة اعتماد الجمعية العامة للأمم المتحدة قرارا "
      "بأغلبية 141 صوتا مقابل 7 أصوات، يطالب روسيا بسحب قواتها من الأراضي الأوكرانية."
      + FILLER),
     {("UNGA", "demands_withdrawal", "RUS")}),
    ("capital_second_spelling",
     ("عنوان الخبر\n\nوطالبت كانبيرا بكين بتقديم تفسير كامل للمناورات البحرية." + FILLER),
     {("AUS", "demands", "CHN")}),
    ("capital_second_spelling_svo",
     ("عنوان الخبر\n\nكيجالي ترفض اتهامات كينشاسا وتتهمها بدعم المتمردين." + FILLER),
     {("RWA", "rejects", "COD"), ("RWA", "accuses", "COD")}),
    ("present_accuses_with_pronoun",
     ("عنوان الخبر\n\nالسودان يقطع علاقاته مع الإمارات ويتهمها بتسليح قوات الدعم السريع."
      + FILLER),
     {("SDN", "accuses", "ARE")}),
    ("opening_unknown_present_with_wa",
     ("عنوان الخبر\n\nوتقطع الحكومة السودانية علاقاتها مع أبوظبي وتتهمها بتسليح قوات الدعم "
      "السريع." + FILLER),
     {("SDN", "accuses", "ARE")}),
    ("asked_not_to_launch_an_offensive",
     ("عنوان الخبر\n\nوطالبت روسيا الولايات المتحدة بعدم تنفيذ ضربات جديدة على الأراضي "
      "السورية." + FILLER),
     {("RUS", "urges_restraint", "USA")}),
    ("violation_of_council_resolutions",
     ("عنوان الخبر\n\nوأدانت فرنسا عملية الإطلاق بوصفها انتهاكاً لقرارات مجلس الأمن."
      + FILLER),
     set()),
    ("violation_of_council_resolutions_by_its_author",
     ("عنوان الخبر\n\nوأدانت فرنسا عملية الإطلاق الكورية الشمالية بوصفها انتهاكاً لقرارات مجلس "
      "الأمن." + FILLER),
     {("FRA", "condemns", "PRK")}),
]


@pytest.mark.parametrize(("case", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_phenomenon(case: str, text: str, expected: set[Edge]) -> None:
    assert edges(text) == expected

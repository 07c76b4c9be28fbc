"""Arabic constructions traced in the sixteenth session of 2026-12-07 (the blind sets written
during the session), each tested on sentences written for this file.

- A transcript's unnamed «ج:» answers for the spokesman the article names first with his full
  title before his name («المتحدث الرسمي باسم وزارة الخارجية القطرية ماجد الأنصاري»: past the
  ministry and its state's adjective, no other actor between), not for a person the headline
  names last before the body's first paragraph, nor for one a «الناطق:» label introduces.
- Rule 11: «أعلن تنظيم داعش مسؤوليته عن التفجيرين …» and then «دان الاتحاد الأوروبي
  التفجيرين», «دانت تركيا الهجوم»: bombings (التفجير، التفجيرين، التفجيرات; words event_nouns,
  force_nouns) are acts of force that a claim gives an author.
- «دان مجلس الأمن الهجوم، كما دان الاتحاد الأوروبي التفجيرين»: a name right after a verb
  linked by «كما» is the verb's own subject when an act named back follows it (its object),
  as when any other noun does.
- Rule 11: «توالت ردود الفعل على العملية العسكرية التي نفذتها القوات الإسرائيلية» and then
  «دانت الإمارات العملية»: an operation (العملية; words event_nouns) is an act its relative
  clause gives an author; «رحبت مصر بالعملية السياسية» is another act by its adjective (words
  kinded_act_nouns), not that one.
- «وانتقدت منظمات حقوقية ومعارضون إيرانيون في المنفى الصفقة»: rights groups, activists,
  opponents, protesters and families (words civil_heads) right after a verb are its subject,
  and no actor holds the stance — not the speaker of the sentence before.
- «ندد الرئيس اللبناني بالغارة، لكنه جدد استعداد لبنان للتفاوض مع إسرائيل»: «لكنه»,
  «لكنهم» (words clause_links) open a clause of their own, so the readiness after them is
  found and the condemnation takes no actor from it.
- «الرئيس الموريتاني، من جهته، ثمّن …»: an aside set off by commas between a subject and its
  verb leaves that subject the verb's.
- «أعلن المبعوث الخاص للأمين العام للأمم المتحدة إلى ليبيا …» and then «أشادت المندوبة
  الأمريكية بالجهود الدؤوبة للمبعوث المستقيل», «انتقد إحاطة المبعوث»: a title learnt before
  an organisation's name stands for it by its head alone when only definite adjectives
  followed the head («الخاص»), not a spokesman's title («المتحدث باسم»).
- Rule 19: «وتمنى مسؤول أفغاني، طلب عدم ذكر اسمه، أن «تبادر دولة صديقة إلى التوسط»»: a hope
  whose verb stands before an aside set off by commas, about a subject no actor is named
  (a verb of the third person and its noun), gives no edge; «أملها في أن تتمكن من التوسط» is
  still the hoper's own intent.
- Rule 14: «في خطوة تهدد مستقبل نحو ألف جندي أمريكي»: a verb of threatening right after an
  indefinite act noun (a step, a decision, an escalation; words event_nouns, force_nouns) is
  what that act endangers; no one threatens.
- Rule 6: «على السويد "ألا تنتظر دعماً من تركيا"»: «ألا» (that … not; words negation_written)
  negates what follows it, told apart from «إلا» (except) by its written hamza.
- «المجموعة الاقتصادية لدول غرب أفريقيا …», then «أعرب رئيس مفوضية الاتحاد الأفريقي عن تأييده لقرارات المجموعة»:
  «المجموعة» (words anaphoric_heads) names back the organisation last named with that head.
- Rules 12 and 26: «بحث الجانبان … وأجرى الجانبان اتصالاً هاتفياً مشتركاً برئيس الوزراء
  اللبناني. … ويدين الجانبان أنشطة حزب الله»: the pair that talks together with a third stays
  the pair that a later «الجانبان» names.
"""

from __future__ import annotations

import pytest

from tests.edge_cases import Edge
from tests.edge_cases import edges_ar as edges

FILLER = "\n\nولم تتوفر تفاصيل إضافية حتى مساء يوم الاثنين بحسب التقرير الذي نشر اليوم."

CASES: list[tuple[str, str, set[Edge]]] = [
    ("the_spokesman_with_his_full_title",
     ("صحيفة الخليج — الدوحة، 30 كانون الثاني/يناير 2024: الأنصاري: لن ننجرّ إلى سجال مع "
      "نتنياهو\n\nعقد المتحدث الرسمي باسم وزارة الخارجية القطرية ماجد الأنصاري، الثلاثاء، "
      "إحاطته الإعلامية الأسبوعية في الدوحة، بعدما اتهم وزير المالية الإسرائيلي الدوحة "
      "بتمويل الإرهاب.\n\n"
      "س: وماذا عن اتهامات وزير المالية الإسرائيلي؟\n\n"
      "ج: نرفض هذه الاتهامات جملة وتفصيلاً، وندعو إسرائيل إلى وقف الحرب فوراً." + FILLER),
     {("ISR", "accuses", "QAT"), ("QAT", "rejects", "ISR"), ("QAT", "urges_restraint", "ISR")}),
    ("bombings_claimed_and_condemned",
     ("وكالة الأنباء — طهران، 4 كانون الثاني/يناير 2024: خبر عاجل من إيران\n\nأعلن تنظيم "
      "\"داعش\"، مساء الخميس، مسؤوليته عن التفجيرين اللذين استهدفا أمس حشداً من المشاركين في "
      "إحياء ذكرى في مدينة كرمان جنوب شرقي إيران.\n\nودان الاتحاد الأوروبي التفجيرين في بيان "
      "صدر مساء اليوم. ودانت تركيا الهجوم في بيان لوزارة خارجيتها." + FILLER),
     {("EU", "condemns", "ISIL"), ("TUR", "condemns", "ISIL")}),
    ("kama_with_a_new_subject_before_an_act",
     ("وكالة الأنباء — طهران، 4 كانون الثاني/يناير 2024: خبر عاجل من إيران\n\nأعلن تنظيم داعش "
      "مسؤوليته عن الهجوم الذي استهدف أمس حشداً من المشاركين في إحياء ذكرى في مدينة كرمان.\n\n"
      "دان مجلس الأمن الدولي الهجوم، كما دان الاتحاد الأوروبي الهجوم." + FILLER),
     {("UNSC", "condemns", "ISIL"), ("EU", "condemns", "ISIL")}),
    ("the_operation_its_relative_clause_gives_an_author",
     ("صحيفة الميزان — رام الله، 22 شباط/فبراير 2023: إدانات عربية واسعة\n\nتوالت ردود الفعل "
      "العربية والدولية، الأربعاء، على العملية العسكرية التي نفذتها القوات الإسرائيلية في "
      "البلدة القديمة بنابلس، وأسفرت عن سقوط قتلى.\n\nودانت الإمارات العملية. وندد وزير "
      "الخارجية التركي بالعملية العسكرية. ورحبت مصر بالعملية السياسية." + FILLER),
     {("ARE", "condemns", "ISR"), ("TUR", "condemns", "ISR")}),
    ("rights_groups_are_no_actor",
     ("وكالة الأنباء — مسقط، 16 حزيران/يونيو 2024: خبر عاجل من مسقط\n\nقال مسؤول في الخارجية "
      "الأمريكية للصحفيين إن الولايات المتحدة لم تكن طرفاً في المفاوضات مع طهران.\n\n"
      "وانتقدت منظمات حقوقية ومعارضون إيرانيون في المنفى الصفقة، معتبرين أنها مكافأة "
      "لدبلوماسية الرهائن." + FILLER),
     set()),
    ("but_he_renewed_readiness",
     ("وكالة الأنباء — بيروت، 24 تشرين الثاني/نوفمبر 2025: خبر عاجل من بيروت\n\nندد الرئيس "
      "اللبناني بالغارة، لكنه جدد استعداد لبنان للتفاوض مع إسرائيل." + FILLER),
     {("LBN", "expresses_intent_to_meet", "ISR")}),
    ("a_subject_before_an_aside_in_commas",
     ("وكالة الأنباء — نواكشوط، 24 تشرين الثاني/نوفمبر 2024: خبر عاجل\n\nأعلنت إسبانيا دعماً "
      "جديداً لموريتانيا. الرئيس الموريتاني، من جهته، طالب الاتحاد الأوروبي بتقاسم حقيقي "
      "للأعباء." + FILLER),
     {("ESP", "expresses_support", "MRT"), ("MRT", "demands", "EU")}),
    ("the_envoy_by_his_head_alone",
     ("بوابة الأمم — نيويورك، 17 نيسان/أبريل 2024: المبعوث الأممي إلى ليبيا يستقيل\n\nأعلن "
      "المبعوث الخاص للأمين العام للأمم المتحدة إلى ليبيا، في أعقاب إحاطة قدمها إلى مجلس الأمن "
      "الدولي مساء الثلاثاء، استقالته من منصبه.\n\nوخلال الجلسة، أشادت المندوبة الأمريكية "
      "بالجهود الدؤوبة للمبعوث المستقيل. أما مندوب ليبيا فانتقد إحاطة المبعوث." + FILLER),
     {("USA", "welcomes", "UN"), ("LBY", "condemns", "UN")}),
    ("a_friendly_state_hoped_to_mediate",
     ("وكالة الأنباء — كابل، 28 كانون الأول/ديسمبر 2024: خبر عاجل\n\nشنت باكستان غارات على "
      "أفغانستان في ولاية باكتيكا. وتمنى مسؤول أفغاني، طلب عدم ذكر اسمه، أن «تبادر دولة صديقة "
      "إلى التوسط بين أفغانستان وباكستان» قبل أن تخرج الأمور عن السيطرة." + FILLER),
     set()),
    ("hoped_to_mediate_itself",
     ("وكالة الأنباء — كابل، 28 كانون الأول/ديسمبر 2024: خبر عاجل\n\nوأعربت قطر عن أملها في أن "
      "تتمكن من التوسط بين أفغانستان وباكستان." + FILLER),
     {("QAT", "mediates", "AFG"), ("QAT", "mediates", "PAK")}),
    ("a_step_that_endangers",
     ("وكالة الأنباء — نيامي، 18 آذار/مارس 2024: خبر عاجل من النيجر\n\nأعلن المجلس العسكري "
      "الحاكم في النيجر إلغاء الاتفاق العسكري مع الولايات المتحدة، في خطوة تهدد مستقبل نحو "
      "ألف جندي أمريكي." + FILLER),
     set()),
    ("ala_negates_the_support",
     ("وكالة الأنباء — أنقرة، 24 كانون الثاني/يناير 2023: خبر عاجل\n\nأعلن الرئيس التركي أن على "
      "السويد \"ألا تنتظر دعماً من تركيا\" لطلب انضمامها إلى حلف شمال الأطلسي." + FILLER),
     set()),
    ("the_community_named_back",
     ("وكالة الأنباء — أكرا، 10 كانون الثاني/يناير 2022: خبر عاجل\n\nفرضت المجموعة الاقتصادية "
      "لدول غرب أفريقيا عقوبات اقتصادية على مالي في قمة استثنائية عقدت في أكرا.\n\nوأعرب "
      "رئيس مفوضية الاتحاد الأفريقي عن تأييده لقرارات المجموعة." + FILLER),
     {("AU", "expresses_support", "ECOWAS")}),
    ("the_pair_after_its_joint_call",
     ("صحيفة المرفأ — بيروت، 5 كانون الأول/ديسمبر 2021: البيان السعودي الفرنسي المشترك\n\n"
      "صدر مساء السبت بيان مشترك في ختام زيارة الرئيس الفرنسي إيمانويل ماكرون إلى جدة ومباحثاته "
      "مع ولي العهد السعودي الأمير محمد بن سلمان.\n\n«بحث الجانبان العلاقات الثنائية وسبل "
      "تطويرها. وأجرى الجانبان اتصالاً هاتفياً مشتركاً برئيس الوزراء اللبناني نجيب ميقاتي. "
      "ويدين الجانبان أنشطة حزب الله المزعزعة للاستقرار»." + FILLER),
     {("SAU", "holds_talks", "FRA"), ("FRA", "holds_talks", "SAU"), ("SAU", "holds_talks", "LBN"),
      ("FRA", "holds_talks", "LBN"), ("SAU", "condemns", "HEZBOLLAH"),
      ("FRA", "condemns", "HEZBOLLAH")}),
]


@pytest.mark.parametrize(("case", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_phenomenon(case: str, text: str, expected: set[Edge]) -> None:
    assert edges(text) == expected


def test_a_mediation_hoped_of_an_unnamed_state_is_hypothetical() -> None:
    from extract.pipeline import extract_text

    text = next(c[1] for c in CASES if c[0] == "a_friendly_state_hoped_to_mediate")
    mediations = [r for r in extract_text(text, date="2024-12-28", lang="ar")
                  if r.stance_type == "mediates"]
    assert mediations and all(r.hypothetical for r in mediations)

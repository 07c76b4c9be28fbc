"""Arabic constructions found by tracing the blind sets fresh29_ar–fresh32_ar in the eleventh
session of 2026-12-06, each tested on sentences written for this file.

- «طالبت الحكومة الأردنية، الاثنين، إسرائيل بإعادة فتح …»: a time word set off by commas
  between the subject and the one asked (words manner_adverbs: a weekday, «اليوم», «بشدة»)
  is a circumstance like «، في بيان،»; the addressee follows it.
- What an appeal asks ends where the subject's next clause starts: once the act asked is
  opened («بتقديم اعتذار», «إلى …»), a comma before a word joined by «و» that opens no further
  act asked («، وقررت استدعاء سفيرتها للتشاور») ends it, so «للتشاور» does not make the
  demand a call for dialogue. A list of acts asked («، وإلى حوار …», «، وبوقف …», «،
  والتوقف عن …») runs on, and its first act, typed by nothing, is a demand (rule 10; the
  conjunct may open before the word that types the second act, but an adjective joined
  inside a noun phrase, «الآلية السياسية والأمنية», opens none).
- Rule 20, restraint: «وقف أنشطتها العسكرية», «بوقف تحركاتها العسكرية», «وقف استخدام العنف»:
  military activities and movements and the use of violence or force are among the acts whose
  halt is restraint (content.jsonl), and a noun with a
  possessive pronoun before a definite adjective matches the family's «الأنشطة العسكرية»
  (the loader adds the form without the article).
- Plural heads of a list of holders: «سفارات فرنسا وألمانيا», «وزارات خارجية مصر والأردن»,
  «سفراء» (words title_heads), as «حكومات» already was.
- Rule 12, one edge per side that maps to an actor: «بين الجيش الليبي وعناصر «جهاز الردع»»
  names one side that is an actor; a call for restraint with no addressee elsewhere in the
  article targets it. Nouns for the members of an armed group («عناصر», «مسلحي», «مقاتلي»;
  words group_heads) now carry their «و» as a clitic, so the phrase holds one «و».
- Rule 11: «توالت ردود الفعل المنددة بإقرار الكنيست الإسرائيلي تعديلاً …» and then «دانت
  الخارجية الأردنية القرار»: a bare decision or step named back (words generic_act_nouns) is the
  act the headline or lead gave an author, by a verb or masdar of enactment too (words
  enactment_words), when the article's stances have censured no one yet; not an agreement the
  lead reports signed (rule 23: no one side's act). The act of a list in the lead is all of
  theirs («إعلان إسبانيا وأيرلندا والنرويج»). An amendment or a law («التعديل»,
  «التشريع») is such a noun, and an adjective that intensifies the stance noun stands between
  («رفضها القاطع للتعديل»; words stance_intensifiers).
- «المملكة», «السلطنة» alone stand for the kingdom or sultanate the article named, however it
  named it («الأردن», «الأردنية»: its long name «المملكة الأردنية الهاشمية» in the gazetteer;
  words state_anaphoric_heads). A long name the article used comes first («المملكة العربية
  السعودية» before «البحرين»), and a state whose body the sentence named before by adjective or
  name («أعربت وزارة الخارجية السعودية عن إدانة المملكة») before both.
- «الديوان الملكي السعودي», «الديوان الأميري القطري»: the royal court's adjective is a title
  filler, so the state's adjective after it names the holder.
- Rules 5, 11: a coup («انقلاب الغابون», «الاستيلاء على السلطة»; words event_nouns) is an act
  of the state whose army made it; «محاولة» wraps an act as «عملية» does (words act_wrappers);
  and a bare «الجيش» is the state whose army the passage names, when it names one (words
  regime_refs; read per block of paragraphs, as the military governments were).
- Rule 12: «"الأطراف المعنية" في الغابون»: the parties in one state, past a closing quote, are
  that state.
- «أما الصين، فقد دعا المتحدث باسم خارجيتها وانغ ون بين …»: the topic's own official named
  after a title with the owner's pronoun is who the title is, not the one asked.
- Rule 11: a denial makes no act: «نفت الحكومة العراقية انطلاق أي هجوم من أراضيها» does not
  make Iraq the author of the attack condemned later.
- «الخارجية السعودية»: a state's name that is also its feminine adjective («السعودية») is the
  adjective after a title noun, so the title names the holder.
- A briefing's answers labelled «المتحدثة:», «الناطق:» (words answer_labels) are the host's;
  «we» in them is the one who answers, not the last subject the answer named («تواصل السلطات
  الإماراتية وضع العراقيل … نطالب الجانب الإماراتي …»).
- «الميليشيا», «الجماعة», «الحركة» alone stand for the armed group the article named,
  however it named it («جماعة الحوثي», «الحوثيين»: the heads of its long names in the
  gazetteer, «ميليشيا الحوثي»); a seizure or piracy («احتجاز», «القرصنة»; words event_nouns) is
  an act of its author, and an act of force (words force_nouns), so a later «الاعتداء» is the
  same author's.
- «وزارة الخارجية والتعاون الدولي الإماراتية», «وزارة الشؤون الخارجية والتعاون الأفريقي
  المغربية»: a ministry's coordinated portfolio words are title fillers.
- The future «س» is a clitic only before an imperfect verb («ستواصل»): «سقطرى» is no «قطري».
- Rule 4: «عقد فخامة الرئيس عبد الفتاح السيسي رئيس جمهورية مصر العربية، وجلالة الملك عبد
  الله الثاني …، وفخامة الرئيس محمود عباس …»: an official's title right after the name
  (naming the official's state) keeps the list going to the next member after its comma, so
  «القادة» later stand for all three.
- «…، ونددت حكومة نيكاراغوا بما وصفته بـ"ضغوط واشنطن"»: a coordinated verb with a title
  phrase of another actor right after it, and its «ب» object after that, has that subject of
  its own, not the last one.
- «إسبانيا وأيرلندا والنرويج»: the words of a longer name are read as text words are, so
  the United Kingdom's long name («… لبريطانيا العظمى وأيرلندا الشمالية») no longer makes
  «وأيرلندا» a word of its own that hid Ireland after «و» in every text.
- Rule 5: one military government, whatever the article calls it: «السلطات العسكرية في
  بيساو» gives «المجلس العسكري الحاكم», «القادة العسكريين», «قادة الانقلاب» and «العسكريين»
  the same state (words regime_refs; an army named back stays the army's own).
- «مجلس السلم والأمن التابع للاتحاد الأفريقي»: a body the gazetteer keeps as no actor of its
  own, said to belong to an organisation (words affiliation_words), is that organisation.
- «دعوة إلى السوداني لزيارة دمشق»: the surname of an official named in full that is also a
  state's adjective is the official right after a preposition too (an adjective never stands
  there).
- «اتفقا خلال الزيارة على تشكيل لجان فنية مشتركة»: an act named after a preposition of time
  (words time_preps: «خلال», «عقب», not «قبل» or «بعد», which state conditions) is when the
  stance was taken, not what it agrees or asks; the agreement is to cooperate.
"""

from __future__ import annotations

import pytest

from tests.edge_cases import Edge
from tests.edge_cases import edges_ar as edges

FILLER = "\n\nولم تتوفر تفاصيل إضافية حتى مساء يوم الأحد بحسب التقرير الذي نشر اليوم."

CASES: list[tuple[str, str, set[Edge]]] = [
    ("a_weekday_between_commas_before_the_one_asked",
     "طالبت وزارة الخارجية المغربية، الخميس، إسبانيا بتوضيح موقفها من القرار." + FILLER,
     {("MAR", "demands", "ESP")}),
    ("today_between_commas_before_the_one_asked",
     "دعا الرئيس الفرنسي، اليوم، إيران إلى الإفراج عن المواطنين الفرنسيين المحتجزين." + FILLER,
     {("FRA", "demands", "IRN")}),
    ("an_adverb_between_commas_before_the_one_urged",
     "وحثت كندا، مجدداً، الهند على التعاون في التحقيق." + FILLER,
     {("CAN", "demands", "IND")}),
    ("the_next_clause_of_the_subject_asks_nothing",
     ("طالبت تونس ليبيا بتسليم المطلوبين في القضية، وقررت استدعاء سفيرها في طرابلس "
      "للتشاور." + FILLER),
     {("TUN", "demands", "LBY")}),
    ("a_second_act_asked_after_wa_ila",
     ("دعا الوزير القطري إثيوبيا إلى تسريع الإجراءات على الحدود، وإلى حوار مباشر مع "
      "الصومال." + FILLER),
     {("QAT", "demands", "ETH"), ("QAT", "calls_for_dialogue", "ETH")}),
    ("a_second_act_asked_with_the_article",
     ("وطالبت الصين الجانب الياباني بتوضيح موقفه، والتوقف فوراً عن الأعمال الاستفزازية في "
      "المنطقة." + FILLER),
     {("CHN", "demands", "JPN"), ("CHN", "urges_restraint", "JPN")}),
    ("an_adjective_joined_inside_what_is_asked",
     ("ودعت الأمينة العامة المساعدة للأمم المتحدة حكومتي السودان وجنوب السودان إلى إعادة تفعيل الآلية السياسية والأمنية "
      "المشتركة بوصفها منصة للحوار." + FILLER),
     {("UN", "calls_for_dialogue", "SDN"), ("UN", "calls_for_dialogue", "SSD")}),
    ("a_halt_to_its_military_activities",
     "دعت مصر إسرائيل إلى وقف أنشطتها العسكرية في الضفة الغربية فوراً." + FILLER,
     {("EGY", "urges_restraint", "ISR")}),
    ("a_halt_to_the_use_of_violence",
     "دعت فرنسا الجيش السوداني إلى وقف استخدام العنف ضد المتظاهرين." + FILLER,
     {("FRA", "urges_restraint", "SDN")}),
    ("a_halt_to_its_military_movements",
     "وطالبت روسيا أوكرانيا بوقف تحركاتها العسكرية قرب الحدود." + FILLER,
     {("RUS", "urges_restraint", "UKR")}),
    ("the_lead_act_condemned_by_its_generic_noun",
     ("توالت ردود الفعل المنددة بإقرار الكنيست الإسرائيلي تعديلاً يلغي بنوداً من قانون "
      "الاستيطان.\n\nودانت وزارة الخارجية الأردنية القرار بأشد العبارات." + FILLER),
     {("JOR", "condemns", "ISR")}),
    ("the_lead_amendment_rejected_categorically",
     ("توالت ردود الفعل المنددة بإقرار الكنيست الإسرائيلي تعديلاً يلغي بنوداً من قانون "
      "الاستيطان.\n\nوأعربت وزارة الخارجية المصرية عن رفضها القاطع للتعديل." + FILLER),
     {("EGY", "rejects", "ISR")}),
    ("the_lead_act_of_three_states",
     ("ترحيب عربي بإعلان إسبانيا وأيرلندا والنرويج الاعتراف بدولة فلسطين\n"
      "توالت ردود الفعل على إعلان إسبانيا وأيرلندا والنرويج أنها ستعترف بدولة فلسطين.\n\n"
      "كما رحبت جامعة الدول العربية بالقرار." + FILLER),
     {("ARL", "welcomes", "ESP"), ("ARL", "welcomes", "IRL"), ("ARL", "welcomes", "NOR")}),
    ("the_lead_act_made_by_a_verb_of_enactment",
     ("أصدرت الحكومة الإسرائيلية قراراً بمصادرة أراض في الضفة الغربية.\n\n"
      "ورفضت مصر القرار جملة وتفصيلاً." + FILLER),
     {("EGY", "rejects", "ISR")}),
    ("a_signed_declaration_is_no_lead_act",
     ("وقّع الرئيس الغياني والرئيس الفنزويلي إعلاناً مشتركاً في ختام لقاء في سانت فنسنت.\n\n"
      "ورحب الأمين العام للأمم المتحدة بالإعلان." + FILLER),
     {("GUY", "expresses_intent_to_cooperate", "VEN"),
      ("VEN", "expresses_intent_to_cooperate", "GUY"),
      ("GUY", "holds_talks", "VEN"), ("VEN", "holds_talks", "GUY")}),
    ("the_kingdom_named_by_its_short_name",
     ("ففي عمّان، دانت وزارة الخارجية الأردنية الخطوة. وأضاف الناطق أن المملكة تحمّل إسرائيل "
      "المسؤولية الكاملة عن تبعاتها." + FILLER),
     {("JOR", "accuses", "ISR")}),
    ("the_kingdom_of_the_body_named_before",
     ("وفي الرياض، أعربت وزارة الخارجية السعودية عن إدانة المملكة الهجوم الإسرائيلي على "
      "الأردن." + FILLER),
     {("SAU", "condemns", "ISR")}),
    ("the_royal_court_and_its_state",
     "أكد الديوان الملكي السعودي دعمه للأردن في مواجهة التهديدات." + FILLER,
     {("SAU", "expresses_support", "JOR")}),
    ("a_coup_named_in_the_headline",
     ("انقلاب الغابون: إدانات دولية واسعة\n"
      "توالت ردود الفعل على استيلاء ضباط في الجيش على السلطة فجر الأربعاء.\n\n"
      "وفي باريس، دانت الحكومة الفرنسية \"الانقلاب العسكري الجاري\"." + FILLER),
     {("FRA", "condemns", "GAB")}),
    ("an_attempted_coup",
     ("انقلاب الغابون: إدانات دولية واسعة\n"
      "توالت ردود الفعل على استيلاء ضباط في الجيش على السلطة فجر الأربعاء.\n\n"
      "وقال المتحدث باسم الأمين العام إن غوتيريش يدين بشدة محاولة الانقلاب." + FILLER),
     {("UN", "condemns", "GAB")}),
    ("the_army_of_the_article",
     ("أعلن ضباط في الجيش الغابوني استيلاءهم على السلطة. "
      "ودعت فرنسا الجيش إلى احترام النظام الدستوري." + FILLER),
     {("FRA", "demands", "GAB")}),
    ("two_armies_leave_the_bare_army_unknown",
     ("تبادل الجيش الهندي والجيش الباكستاني القصف على الحدود. "
      "ودعت الصين الجيش إلى ضبط النفس." + FILLER),
     set()),
    ("the_parties_in_a_state_in_quotes",
     "ودعا الاتحاد الأفريقي \"الأطراف المعنية\" في الغابون إلى الحوار." + FILLER,
     {("AU", "calls_for_dialogue", "GAB")}),
    ("the_topics_official_after_the_title",
     ("أما الصين، فقد دعا المتحدث باسم خارجيتها وانغ ون بين \"الأطراف المعنية\" في الغابون "
      "إلى الحوار." + FILLER),
     {("CHN", "calls_for_dialogue", "GAB")}),
    ("a_denied_attack_has_no_author",
     ("اعترضت الدفاعات السعودية هدفاً جوياً معادياً فوق الرياض. وفي بغداد، نفت الحكومة "
      "العراقية انطلاق أي هجوم من أراضيها.\n\nودانت الإمارات الهجوم." + FILLER),
     set()),
    ("the_saudi_foreign_ministry",
     "دانت الخارجية السعودية بأشد العبارات الهجوم الإسرائيلي على المستشفى." + FILLER,
     {("SAU", "condemns", "ISR")}),
    ("we_in_a_briefings_answer",
     ("الدوحة – صحيفة الخليج اليوم – 20 أغسطس 2019 | إحاطة الخارجية القطرية\n"
      "عقدت المتحدثة الرسمية باسم وزارة الخارجية إحاطتها الإعلامية الأسبوعية في الدوحة.\n\n"
      "سؤال: هل من جديد بشأن الحجاج القطريين؟\n"
      "المتحدثة: للأسف، تواصل السلطات الإماراتية وضع العراقيل أمام المواطنين، وتصر على "
      "تسييس القضية. نطالب الجانب الإماراتي بضمان سلامة المواطنين." + FILLER),
     {("QAT", "demands", "ARE")}),
    ("the_militia_named_back",
     ("احتجزت جماعة الحوثي سفينة شحن قبالة الحديدة.\n\n"
      "وأدانت مصر «عملية القرصنة» التي نفذتها الميليشيا، وحمّلتها المسؤولية الكاملة." + FILLER),
     {("EGY", "condemns", "HOUTHIS"), ("EGY", "accuses", "HOUTHIS")}),
    ("a_seizure_named_back",
     ("توالت ردود الفعل على احتجاز الحوثيين سفينة «روابي» قبالة الحديدة.\n\n"
      "ودانت الكويت الاحتجاز بأشد العبارات." + FILLER),
     {("KWT", "condemns", "HOUTHIS")}),
    ("an_attack_named_back_after_a_seizure",
     ("توالت ردود الفعل على احتجاز جماعة الحوثي سفينة شحن إماراتية قبالة الحديدة.\n\n"
      "كما دانت كل من السعودية والبحرين الاعتداء في بيانات منفصلة." + FILLER),
     {("SAU", "condemns", "HOUTHIS"), ("BHR", "condemns", "HOUTHIS")}),
    ("a_ministry_with_two_portfolios",
     "وأدانت وزارة الخارجية والتعاون الدولي الإماراتية الهجوم الحوثي." + FILLER,
     {("ARE", "condemns", "HOUTHIS")}),
    ("socotra_is_no_qatari",
     ("وأوضحت الوزارة الإماراتية أن السفينة كانت تنقل معدات طبية إلى جزيرة سقطرى، ودانت "
      "الهجوم الحوثي." + FILLER),
     {("ARE", "condemns", "HOUTHIS")}),
    ("a_list_of_leaders_with_their_titles",
     ("«عقد فخامة الرئيس عبد الفتاح السيسي رئيس جمهورية مصر العربية، وجلالة الملك عبد الله "
      "الثاني ابن الحسين ملك المملكة الأردنية الهاشمية، وفخامة الرئيس محمود عباس رئيس دولة "
      "فلسطين، قمة ثلاثية في القاهرة اليوم، بحث خلالها القادة آخر المستجدات.\n\n"
      "ثانياً: أكد القادة رفضهم جميع الإجراءات الإسرائيلية الأحادية.»" + FILLER),
     {("EGY", "rejects", "ISR"), ("JOR", "rejects", "ISR"), ("PSE", "rejects", "ISR")}),
    ("a_coordinated_verb_with_a_titled_subject",
     ("كما أعربت وزارة الخارجية الكوبية عن تضامنها مع هندوراس، ونددت حكومة نيكاراغوا بما "
      "وصفته بـ«ضغوط واشنطن على دولة ذات سيادة»." + FILLER),
     {("CUB", "expresses_support", "HND"), ("NIC", "condemns", "USA")}),
    ("ireland_after_wa",
     "وأدانت إسبانيا وأيرلندا والنرويج الهجوم الإسرائيلي." + FILLER,
     {("ESP", "condemns", "ISR"), ("IRL", "condemns", "ISR"), ("NOR", "condemns", "ISR")}),
    ("the_united_kingdoms_long_name",
     ("وقال وزير خارجية المملكة المتحدة لبريطانيا العظمى وأيرلندا الشمالية إن بلاده تدين "
      "الهجوم الإيراني." + FILLER),
     {("GBR", "condemns", "IRN")}),
    ("one_military_government_by_several_names",
     ("وأدانت المجموعة استيلاء السلطات العسكرية في بيساو على الحكم. في المقابل، رفض المجلس "
      "العسكري الحاكم قرار المجموعة الاقتصادية لدول غرب أفريقيا تعليق العضوية." + FILLER),
     {("GNB", "rejects", "ECOWAS")}),
    ("a_body_that_belongs_to_the_african_union",
     ("وفي أديس أبابا، قرر مجلس السلم والأمن التابع للاتحاد الأفريقي تعليق مشاركة الغابون، "
      "ملوّحاً بعقوبات موجهة ضد الحكومة الغابونية." + FILLER),
     {("AU", "warns", "GAB")}),
    ("a_surname_after_a_preposition",
     ("أعلن المكتب الإعلامي لرئيس مجلس الوزراء محمد شياع السوداني أن وفداً عراقياً زار "
      "دمشق.\n\nووجه الرئيس السوري دعوة إلى السوداني لزيارة دمشق." + FILLER),
     {("SYR", "expresses_intent_to_meet", "IRQ")}),
    ("agreed_during_the_visit",
     ("وأوضح المتحدث القطري أن الجانبين القطري والسوري اتفقا خلال الزيارة على تشكيل لجان "
      "فنية مشتركة في مجالات الطاقة." + FILLER),
     {("QAT", "expresses_intent_to_cooperate", "SYR"),
      ("SYR", "expresses_intent_to_cooperate", "QAT")}),
    ("embassies_of_a_list_of_states",
     ("وفي بيان مشترك، دعت سفارات فرنسا وألمانيا وإيطاليا إسرائيل إلى وقف التصعيد "
      "فوراً." + FILLER),
     {("FRA", "urges_restraint", "ISR"), ("DEU", "urges_restraint", "ISR"),
      ("ITA", "urges_restraint", "ISR")}),
    ("foreign_ministries_of_a_list_of_states",
     "وأدانت وزارات خارجية مصر والأردن والسعودية الهجوم الإسرائيلي على لبنان." + FILLER,
     {("EGY", "condemns", "ISR"), ("JOR", "condemns", "ISR"), ("SAU", "condemns", "ISR")}),
    ("members_of_a_group_as_the_other_side",
     ("اندلعت اشتباكات عنيفة في الخرطوم بين الجيش السوداني وعناصر «الحركة الشعبية».\n\n"
      "ودعت كينيا إلى وقف التصعيد فوراً." + FILLER),
     {("KEN", "urges_restraint", "SDN")}),
    ("fighters_of_a_group_as_the_other_side",
     ("تجددت المواجهات في شمال مالي بين الجيش المالي ومقاتلي «جبهة تحرير أزواد».\n\n"
      "وحثت الجزائر على ضبط النفس." + FILLER),
     {("DZA", "urges_restraint", "MLI")}),
]


@pytest.mark.parametrize(("case", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_phenomenon(case: str, text: str, expected: set[Edge]) -> None:
    assert edges(text) == expected

"""Arabic constructions traced in the fifteenth session of 2026-12-07 (the blind sets written
during the session), each tested on sentences written for this file.

- «الدورة الرابعة والأربعون للمجلس الأعلى لمجلس التعاون … يدين المجلس الأعلى …»: a body
  and its adjective before an actor's name in a «لـ» genitive are that actor's; the same
  two words later name it, although an adjective after a bare head otherwise makes another
  body («المجلس العسكري»); the bare head is the actor's too.
- A bare head noun names back only what was named before it: «ويطالب المجلس مجلس الأمن
  الدولي …» — the Security Council named after «المجلس» in the same sentence is its object,
  not its antecedent.
- A briefing transcript's unnamed «ج:» answers for the state or body of the first person
  the article names next to a spokesman's title («ستيفان دوجاريك، المتحدث باسم الأمين
  العام»; words spokesman_words), before the dateline's state (New York: a UN briefing).
- «ولم يحصل النص إلا على ثلاثة أصوات، فيما عارضته روسيا، وامتنع خمسة أعضاء …، بينهم
  الصين»: a verb's object pronoun whose nearest antecedent in the sentence is an act or a
  draft's text (words draft_texts, draft_nouns) is that act; its author (named with it, an
  earlier sentence's, else the lead's act for a draft) is the target, not an actor past the
  subject; after a relative («رفضت المقترح السوداني، الذي أيدته مصر») the antecedent is the
  act before it, its author's adjective with it.
- «حكومات الولايات المتحدة المكسيكية وجمهورية الأرجنتين وجمهورية كولومبيا ودولة بوليفيا
  المتعددة القوميات»: the long form of Mexico's name is Mexico's (gazetteer overlay), and a
  list member joined by «و» may open with its style word (words state_styles) whether or not
  the gazetteer knows that long form. «دولة فلسطينية» to be established stays no actor
  (words non_actor_heads).
- «وصل رئيس مجلس الوزراء مصطفى الكاظمي إلى طهران … واستقبل الرئيس الإيراني حسن روحاني رئيس
  الوزراء»: a head of government's title (words bare_titles, title_synonyms) named right
  before one actor's official or adjective stands for that actor when it comes back bare,
  unless officials of two actors were named with it (then for no one).
- «داعياً العسكريين في النيجر إلى الإفراج عن الرئيس»: the military, the putschists «in» a
  state are its rulers (words authorities_in, title_heads), as «السلطات في باماكو» are; the
  state after «في» is the addressee, no place.
- «وقال بوتين … . واتهم حلف شمال الأطلسي بـ«المشاركة الفعلية» …»: a sentence that opens with
  a verb of accusing, one actor, then the charge's «بـ» before a quotation, has the speaker
  for its subject and the actor for the accused, as without the quotation.
- «16:00 — اتصال هاتفي بين وزير الخارجية الأردني ونظيره المصري، والوزيران يبحثان …»: a live
  blog's entry that opens with a talks noun and «بين» has the two it names for its sides, as
  «جرى اتصال بين …» does, not the speaker of the entries before.
- «توصل الطرفان، حكومة الجمهورية اليمنية وأنصار الله، إلى اتفاق»: the two a pair word names
  in apposition may come with a body noun before the first («حكومة», «سلطات»; words
  authority_bodies), and they are the pair for a later «وأكد الطرفان».
- «المبعوث الخاص للأمين العام للأمم المتحدة إلى اليمن … وأشادت بـ«مساعي المبعوث الخاص»»: a
  title named before an organisation in a «لـ» genitive stands for that organisation when it
  comes back bare, unless two organisations were named with it («الأمين العام لمجلس
  التعاون … الأمين العام لجامعة الدول العربية»).
- «رحبت مصر بـ«التزام الرئيس الصربي بخفض التصعيد» وبـ«تطمينات رئيس وزراء كوسوفو»»: a second
  act joined by «وبـ» after the first object names its own author, a target too.
- «وقال مصدر مصري إن قطر شاركت في نقل الرسائل بين الجانبين»: a stance noun governed through
  «في» by the verb of a clause after «إن» is that clause's subject's, not the speaker's.
- Rule 20: «إن إسرائيل ارتكبت «عدواناً …»، مطالباً المجلس بـ«إلزامها بوقف اعتداءاتها»»: a
  word of compelling that carries an object pronoun compels the actor named before the
  addressee; the demand goes to the addressee.
"""

from __future__ import annotations

import pytest

from tests.edge_cases import Edge
from tests.edge_cases import edges_ar as edges

FILLER = "\n\nولم تتوفر تفاصيل إضافية حتى مساء يوم الاثنين بحسب التقرير الذي نشر اليوم."
SUMMIT = ("خبر عاجل\n\nاختتمت الدورة العادية للمجلس الوزاري لجامعة الدول العربية أعمالها في "
          "القاهرة مساء الثلاثاء.\n\n")
CASES: list[tuple[str, str, set[Edge]]] = [
    ("a_body_and_its_adjective_named_before_the_actor",
     SUMMIT + "«يدين المجلس الوزاري الاعتداءات الإسرائيلية على لبنان.»" + FILLER,
     {("ARL", "condemns", "ISR")}),
    ("the_bare_head_after_another_council_was_addressed",
     SUMMIT + ("«يدين المجلس الوزاري الاعتداءات الإسرائيلية على لبنان، ويطالب المجلس مجلس "
               "الأمن الدولي بتحمل مسؤولياته. ويؤكد المجلس الوزاري دعمه "
               "لسيادة لبنان.»") + FILLER,
     {("ARL", "condemns", "ISR"), ("ARL", "demands", "UNSC"),
      ("ARL", "affirms_sovereignty", "LBN")}),
    ("another_adjective_is_another_body",
     SUMMIT + "وأدان المجلس العسكري في السودان الهجوم." + FILLER,
     set()),
    ("a_un_briefing_dated_new_york",
     ("موقع الأخبار — نيويورك، 3 آذار/مارس 2022: من الإحاطة اليومية للمتحدث باسم الأمين "
      "العام\n\nخصص ستيفان دوجاريك، المتحدث باسم الأمين العام للأمم المتحدة، إحاطته اليومية "
      "للرد على أسئلة الصحفيين. وكانت الخارجية الأمريكية قد أدانت الغارات الإثيوبية على إقليم "
      "تيغراي.\n\nس: ما موقف الأمين العام من الغارات؟\n\nج: الأمين العام يشعر بقلق بالغ إزاء "
      "الغارات الإثيوبية." + FILLER),
     {("USA", "condemns", "ETH"), ("UN", "expresses_concern", "ETH")}),
    ("opposed_it_after_the_draft_text",
     ("خبر عاجل\n\nصوت مجلس الأمن مساء الجمعة على مشروع قرار فرنسي بشأن مالي. ولم يحصل النص "
      "إلا على ثلاثة أصوات، فيما عارضته روسيا، وامتنع خمسة أعضاء عن التصويت، بينهم الصين "
      "والهند." + FILLER),
     {("RUS", "rejects", "FRA")}),
    ("a_relative_with_its_pronoun_after_an_act",
     ("خبر عاجل\n\nوقال وزير الخارجية إن نيروبي رفضت المقترح الصومالي، الذي أيدته جيبوتي، "
      "بتشكيل لجنة تضم الاتحاد الأوروبي والولايات المتحدة." + FILLER),
     {("KEN", "rejects", "SOM"), ("DJI", "expresses_support", "SOM")}),
    ("a_list_of_long_forms_of_names",
     ("خبر عاجل\n\n«تعرب حكومات الولايات المتحدة المكسيكية وجمهورية الأرجنتين ودولة بوليفيا "
      "المتعددة القوميات عن قلقها العميق إزاء عزل الرئيس في بيرو.»" + FILLER),
     {("MEX", "expresses_concern", "PER"), ("ARG", "expresses_concern", "PER"),
      ("BOL", "expresses_concern", "PER")}),
    ("a_state_to_be_is_no_actor",
     ("خبر عاجل\n\nوأدانت تونس قرار الكنيست الإسرائيلي رفض إقامة دولة فلسطينية مستقلة."
      + FILLER),
     {("TUN", "condemns", "ISR")}),
    ("a_prime_ministers_title_comes_back_bare",
     ("خبر عاجل\n\nوصل رئيس مجلس الوزراء العراقي إلى عمّان في زيارة رسمية.\n\nواستقبل العاهل "
      "الأردني رئيس الوزراء في قصر الحسينية، حيث بحث الجانبان العلاقات الثنائية." + FILLER),
     {("JOR", "holds_talks", "IRQ"), ("IRQ", "holds_talks", "JOR")}),
    ("the_military_in_a_state",
     ("خبر عاجل\n\nوأعرب رئيس مفوضية الاتحاد الأفريقي عن دعمه لجهود إيكواس، داعياً العسكريين "
      "في النيجر إلى الإفراج عن الرئيس المحتجز." + FILLER),
     {("AU", "expresses_support", "ECOWAS"), ("AU", "demands", "NER")}),
    ("accused_an_actor_of_a_quoted_charge",
     ("خبر عاجل\n\nوقال الرئيس الروسي أمام النواب إن الغرب هو من أشعل الحرب. واتهم حلف شمال "
      "الأطلسي بـ«المشاركة الفعلية» في محاولات ضرب القواعد الروسية." + FILLER),
     {("RUS", "accuses", "NATO")}),
    ("a_live_blog_entry_opening_with_a_call",
     ("خبر عاجل\n\n10:15 — أدانت وزارة الخارجية القطرية بشدة اقتحام القوات الإسرائيلية للمسجد الأقصى فجر اليوم.\n\n16:00 — اتصال هاتفي بين وزير "
      "الخارجية الأردني ونظيره المصري، والوزيران يبحثان تطورات القدس." + FILLER),
     {("QAT", "condemns", "ISR"), ("JOR", "holds_talks", "EGY"), ("EGY", "holds_talks", "JOR")}),
    ("a_pair_named_in_apposition_after_a_body_noun",
     ("خبر عاجل\n\nوقد توصل الطرفان، حكومة إسرائيل وحركة حماس، إلى اتفاق على تبادل "
      "المحتجزين في أقرب وقت ممكن خلال جولة المفاوضات المقبلة." + FILLER),
     {("ISR", "expresses_intent_to_cooperate", "HAMAS"),
      ("HAMAS", "expresses_intent_to_cooperate", "ISR")}),
    ("an_organisations_envoy_comes_back_bare",
     ("خبر عاجل\n\nاختتمت في جنيف جولة المحادثات التي يرعاها المبعوث الخاص للأمين العام للأمم "
      "المتحدة إلى ليبيا منذ الأحد الماضي.\n\nوأشادت الخارجية المصرية بـ«مساعي المبعوث الخاص» "
      "لإنهاء الأزمة." + FILLER),
     {("EGY", "welcomes", "UN")}),
    ("a_second_act_joined_by_wa_bi",
     ("خبر عاجل\n\nرحبت مصر بـ«التزام الرئيس الصربي بخفض التصعيد» وبـ«تطمينات رئيس وزراء "
      "كوسوفو» بعدم ملاحقة المحتجين." + FILLER),
     {("EGY", "welcomes", "SRB"), ("EGY", "welcomes", "XKX")}),
    ("a_noun_governed_by_a_clause_after_inna",
     ("خبر عاجل\n\nأعلنت مصر التوصل إلى اتفاق لوقف إطلاق النار بين إسرائيل وحركة الجهاد "
      "الإسلامي. وقال مصدر مصري إن قطر شاركت في نقل الرسائل بين الجانبين." + FILLER),
     {("ISR", "expresses_intent_to_cooperate", "PIJ"),
      ("PIJ", "expresses_intent_to_cooperate", "ISR"),
      ("QAT", "mediates", "ISR"), ("QAT", "mediates", "PIJ")}),
    ("compelling_with_a_pronoun",
     ("خبر عاجل\n\nعقد مجلس الأمن الدولي جلسة طارئة مساء الجمعة بطلب من الجزائر لبحث التفجيرات "
      "في لبنان. وقال وزير الخارجية اللبناني إن إسرائيل ارتكبت «عدواناً إرهابياً غير مسبوق»، "
      "مطالباً المجلس بـ«إلزامها بوقف اعتداءاتها على السيادة اللبنانية»." + FILLER),
     {("LBN", "accuses", "ISR"), ("LBN", "demands", "UNSC"), ("LBN", "urges_restraint", "ISR")}),
]


@pytest.mark.parametrize(("case", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_phenomenon(case: str, text: str, expected: set[Edge]) -> None:
    assert edges(text) == expected

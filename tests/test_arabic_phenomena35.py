"""Arabic constructions traced in the twentieth session of 2026-12-07, each tested on
sentences written for this file.

- Rules 12, 16: «بين الحوثيين من جهة والرياض والحكومة اليمنية من جهة أخرى», «دعت مصر إسرائيل
  من جهة وحماس من جهة أخرى»: «من جهة» after a member of a list (words side_words) does not
  end it; the members after it are sides too.
- Rule 2: an interview («حوار» in its first lines) whose questions quote a spokesman
  («سؤال: المتحدثة باسم الخارجية الروسية ماريا زاخاروفا وصفت قراركم …»): the unnamed «جواب:»
  answers are the guest's, the first official the article names, not the quoted spokesman's.
- Rules 12, 15, 26: «الاجتماعات الوزارية الأردنية السورية», «المباحثات الأردنية السورية» and
  then «وعقد الجانبان …», «واتفق الجانبان …»: a talks noun with two states' adjectives
  (words dispute_nouns, now with the nouns of talks, meetings and summits), past an
  adjective of its own, names the pair that «الجانبان» then stands for.
- Rule 23: «رحب وزير الطاقة اللبناني بالتفاهمات الأردنية السورية»: understandings
  («التفاهمات», «تفاهم»; words agreement_nouns) are an agreement, whose third-party welcome goes
  to mediators, not to the parties.
- «أدان وزير الاقتصاد السوري إسرائيل», «وزير الإسكان …»: after one masculine portfolio word,
  the adjective is the title's state whichever noun it qualifies (feminine portfolios,
  «وزير المالية السوري», already read so).
- Rule 21: «حمّل وزير الاقتصاد السوري العقوبات الأمريكية المفروضة بموجب قانون قيصر مسؤولية
  …»: the blamed act may be a long phrase; «مسؤولية» is sought twelve words after the verb.
- Rule 16: «القمة التي جمعت، بوساطة فرنسية ألمانية، الرئيس الروسي … والرئيس الأوكراني …»: the
  nisbas after a noun of mediation end at a comma (the sides follow it), and a meeting that
  «جمعت» two listed actors, past an aside, names the sides its mediators stand between.
- Rule 2: an interview without labels («حوار» in its first lines, questions as paragraphs
  that end with «؟»): the paragraph after a question is the guest's answer, whoever the
  question quoted («الخارجية الإثيوبية اتهمت مصر … بمَ تردون؟» then «نرفض هذه الادعاءات»); in
  an answer a verb in the first person is the guest's even after another subject in its
  sentence.
- «ونال المشروع ثلاثة أصوات مؤيدة فقط، هي أصوات روسيا والصين والبرازيل»: a participle of
  support right after a noun of votes (words vote_nouns) counts votes; it is nobody's stance,
  not even the article's speaker's (the Council, in a report of its vote).
- Rule 2: «نقلت الوكالة عن الزعيم كيم جونغ أون قوله إن …»: the one a report quotes («عن X
  قوله»; words quoted_saying) is the sentence's speaker, for «بلاده» and the verbs after «إن».
- Rules 15, 16: «طوكيو تعرض نقل الرسائل بين طهران وواشنطن» and then «استقبل الرئيس الإيراني
  … رئيس الوزراء الياباني، وعقد الجانبان جلسة مباحثات»: a side that receives the mediator
  makes the two who met the pair; only the mediator receiving one side keeps the sides it
  mediates between (as before).
"""

from __future__ import annotations

import pytest

from tests.edge_cases import Edge
from tests.edge_cases import edges_ar as edges

FILLER = "\n\nولم تتوفر تفاصيل إضافية حتى مساء يوم الاثنين بحسب التقرير الذي نشر اليوم."

CASES: list[tuple[str, str, set[Edge]]] = [
    ("mediation_between_sides_min_jiha",
     ("عنوان الخبر\n\nوصل وفد عماني إلى صنعاء يوم السبت في أحدث حلقة من الوساطة التي تقودها "
      "مسقط بين الحوثيين من جهة والرياض والحكومة اليمنية من جهة أخرى." + FILLER),
     {("OMN", "mediates", "HOUTHIS"), ("OMN", "mediates", "SAU"), ("OMN", "mediates", "YEM")}),
    ("appeal_to_sides_min_jiha",
     ("عنوان الخبر\n\nدعت مصر إسرائيل من جهة وحماس من جهة أخرى إلى وقف إطلاق النار."
      + FILLER),
     {("EGY", "urges_restraint", "ISR"), ("EGY", "urges_restraint", "HAMAS")}),
    ("interview_answer_after_a_quoted_spokeswoman",
     ("مجلة الشمال — حوار — وارسو: وزير الخارجية البولندي يتحدث عن القنصلية\n\nأعلن وزير "
      "الخارجية البولندي رادوسلاف سيكورسكي يوم الاثنين إغلاق القنصلية الروسية في كراكوف. "
      "التقيناه في مكتبه، وكان هذا الحوار.\n\nسؤال: المتحدثة باسم الخارجية الروسية ماريا "
      "زاخاروفا وصفت قراركم بأنه جنون. ما ردكم؟\nجواب: أنتقد بصراحة حكومة فيكتور أوربان. "
      "ونطالب المفوضية الأوروبية بتسريع إقرار العقوبات." + FILLER),
     {("POL", "condemns", "HUN"), ("POL", "demands", "EU")}),
    ("ministerial_meetings_then_the_two_sides",
     ("عنوان الخبر\n\nاختتمت في عمّان الاجتماعات الوزارية الأردنية السورية. وعقد الجانبان جولة "
      "من المباحثات تناولت التجارة." + FILLER),
     {("JOR", "holds_talks", "SYR"), ("SYR", "holds_talks", "JOR")}),
    ("talks_then_the_two_sides_agreed",
     ("عنوان الخبر\n\nاختتمت في عمّان المباحثات الأردنية السورية. واتفق الجانبان على تعزيز "
      "التعاون الاقتصادي." + FILLER),
     {("JOR", "expresses_intent_to_cooperate", "SYR"),
      ("SYR", "expresses_intent_to_cooperate", "JOR")}),
    ("welcomed_the_understandings",
     ("عنوان الخبر\n\nرحب وزير الطاقة اللبناني بالتفاهمات الأردنية السورية التي ستسمح بنقل "
      "الكهرباء الأردنية إلى لبنان." + FILLER),
     set()),
    ("masculine_portfolio_then_state",
     "عنوان الخبر\n\nأدان وزير الاقتصاد السوري العقوبات الأمريكية." + FILLER,
     {("SYR", "condemns", "USA")}),
    ("blame_a_long_phrase",
     ("عنوان الخبر\n\nحمّل وزير المالية السوري العقوبات الأمريكية المفروضة بموجب قانون قيصر "
      "مسؤولية معاناة السوريين." + FILLER),
     {("SYR", "accuses", "USA")}),
    ("brought_together_with_mediation_aside",
     ("عنوان الخبر\n\nاختتمت في باريس القمة التي جمعت، بوساطة فرنسية ألمانية، الرئيس الروسي "
      "فلاديمير بوتين والرئيس الأوكراني فولوديمير زيلينسكي." + FILLER),
     {("FRA", "mediates", "RUS"), ("FRA", "mediates", "UKR"), ("DEU", "mediates", "RUS"),
      ("DEU", "mediates", "UKR")}),
    ("interview_without_labels",
     ("القاهرة — مجلة الدبلوماسية — الخميس 21 كانون الأول/ديسمبر 2023 — حوار | سامح شكري: لن "
      "نفرط في حقوقنا المائية\n\nالتقت المجلة وزير الخارجية سامح شكري في مقر الوزارة، وحاورته "
      "حول الملف.\n\nالخارجية "
      "الإثيوبية اتهمت مصر بوضع العراقيل أمام التوصل إلى اتفاق. بمَ تردون؟\n\nنرفض هذه "
      "الادعاءات جملة وتفصيلاً. ونطالب مجلس الأمن بالاضطلاع بمسؤولياته." + FILLER),
     {("ETH", "accuses", "EGY"), ("EGY", "rejects", "ETH"), ("EGY", "demands", "UNSC")}),
    ("votes_in_favour",
     ("عنوان الخبر\n\nرحب مجلس الأمن الدولي بتقرير الأمين العام. ونال المشروع ثلاثة أصوات "
      "مؤيدة فقط، هي أصوات روسيا والصين والبرازيل." + FILLER),
     set()),
    ("quoted_by_an_agency",
     ("عنوان الخبر\n\nأدانت اليابان الإطلاق. ونقلت الوكالة عن الزعيم كيم جونغ أون قوله إن بلاده "
      "سترد بقوة ساحقة على أي تهديد يأتي من واشنطن." + FILLER),
     {("PRK", "threatens", "USA")}),
    ("side_receives_the_mediator",
     ("عنوان: طوكيو تعرض نقل الرسائل بين طهران وواشنطن\n\nاستقبل الرئيس الإيراني حسن روحاني اليوم "
      "رئيس الوزراء الياباني، وعقد الجانبان جلسة مباحثات موسعة." + FILLER),
     {("JPN", "mediates", "IRN"), ("JPN", "mediates", "USA"), ("IRN", "holds_talks", "JPN"),
      ("JPN", "holds_talks", "IRN")}),
]


@pytest.mark.parametrize(("case", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_phenomenon(case: str, text: str, expected: set[Edge]) -> None:
    assert edges(text) == expected

"""Arabic constructions traced in fresh11_ar (12 articles written for the project by a helper
who read only the ontology and the gazetteer ids, scored unseen in the session of 2026-12-06
and developed against from the session of 2026-12-06 late), each tested on sentences written
for this file.

- «المتحدث باسم الخارجية الأمريكية: «نشجع …»»: a title phrase that opens the sentence and
  ends at a colon (a live blog's or a roundup's line) speaks what follows.
- «الكف عن أي خطوات تصعيدية», «عدم اتخاذ خطوات تصعيدية»، «وقف الأعمال الاستفزازية»: a call
  to stop escalatory or provocative steps is a call for restraint (rule 20).
- «اتهم … مدريد بـ…، متسائلاً: «كيف يمكن لشريك أن …؟»»: a quoted question after the clause
  asks only itself; the accusation before it is stated.
- «واحترام سلامة أراضيها»: a word that licenses a cue keeps doing so with the conjunction
  و written on it.
- «بوساطة الأمين العام للناتو»: a mediator named by an official's title after the masdar.
- «اجتماع ثلاثي جمعه برئيس الوزراء السويدي»: a verb that brings two together names a pair
  (its pronoun is the official named last before it), the sides of a mediation stated beside
  it (rule 16); and the meeting it brokers is no talks between them (rule 9).
- «مشروع قرار صاغته الولايات المتحدة … ويحث القرار …»: the drafters the article named hold
  the stances the resolution takes in later sentences (rule 22).
- «فريق الاتحاد الأفريقي رفيع المستوى، الذي يواصل وساطته بين …»: the masdar's pronoun in a
  relative clause is the noun phrase before the relative.
- «القلق إزاء تصاعد العنف بين المجتمعات المحلية»: a concern that names sides of its own that
  are no actors takes no sides from the rest of the article (rules 12, 17).
- «ضد بولندا والمجر وسلوفاكيا، متهمة الدول الثلاث بـ…»: a counted reference is the last list
  of that many, in its own sentence too; and «للتذكير: تقدمت أوكرانيا …»: a label set off by
  a colon is no part of the clause whose opening verb names the subject.
- «وتقود ألمانيا والأمم المتحدة مساعي لتقريب المواقف بين …»: leading efforts, like making
  them (بذل), gives the efforts' noun its subject.
- «وفي اتصال هاتفي آخر مع وزير الخارجية المصري، بحث الوزيران …»: another call is the
  article's own side's (its home, else its first holder) with the one named after «مع»,
  and «الوزيران» are those two, not the two of the last call.
- «الممثلة الخاصة للأمين العام للأمم المتحدة في العراق …»: a title joined to the one before
  by the genitive lam continues the subject phrase (the organisation after it is no object).
- «بلاده «تظل متمسكة بمواصلة الحوار» مع الجزائر», «حريصة على مواصلة الحوار مع …»: holding
  to or being keen on an act states the intent to do it, as «مستعدة» does.
"""

from __future__ import annotations

import pytest

from tests.edge_cases import Edge
from tests.edge_cases import edges_ar as edges

CASES: list[tuple[str, str, set[Edge]]] = [
    ("a_title_before_a_colon_speaks",
     "المتحدث باسم الخارجية الأمريكية: «نشجع بولندا وأوكرانيا على حل خلافاتهما عبر الحوار».",
     {("USA", "calls_for_dialogue", "POL"), ("USA", "calls_for_dialogue", "UKR")}),
    ("an_unnamed_spokesman_before_a_colon",
     "متحدث باسم المفوضية الأوروبية: «الإجراءات الأحادية التي اتخذتها المجر غير مقبولة».",
     {("EU", "condemns", "HUN")}),
    ("a_minister_before_a_colon",
     "وزير الخارجية المصري: «نرفض بشدة التصريحات الإسرائيلية».",
     {("EGY", "rejects", "ISR")}),
    ("stop_any_escalatory_steps",
     "ودعا الأمين العام لجامعة الدول العربية طهران إلى الكف عن أي خطوات تصعيدية.",
     {("ARL", "urges_restraint", "IRN")}),
    ("take_no_new_escalatory_steps",
     "وحثت فرنسا إيران على عدم اتخاذ خطوات تصعيدية جديدة.",
     {("FRA", "urges_restraint", "IRN")}),
    ("stop_provocative_acts",
     "ودعت مصر إسرائيل إلى وقف الأعمال الاستفزازية.",
     {("EGY", "urges_restraint", "ISR")}),
    ("a_quoted_question_after_an_accusation",
     ("اتهم وزير الخارجية المغربي مدريد بإيواء المسؤول الانفصالي «بوثائق مزورة»، متسائلاً: "
      "«كيف يمكن لشريك أن يتصرف بهذه الطريقة؟»."),
     {("MAR", "accuses", "ESP")}),
    ("a_question_states_no_meeting",
     "هل ستلتقي مصر مع تركيا في القمة المقبلة؟",
     set()),
    ("respect_with_the_conjunction_clitic",
     "وأكد الوزير الفرنسي أن «حدود إسبانيا مصونة، واحترام سلامة أراضيها واجب».",
     {("FRA", "affirms_sovereignty", "ESP")}),
    ("mediated_by_an_officials_title",
     "وتوصلت تركيا والسويد إلى اتفاق بوساطة الأمين العام للناتو.",
     {("NATO", "mediates", "SWE"), ("NATO", "mediates", "TUR"),
      ("SWE", "expresses_intent_to_cooperate", "TUR"),
      ("TUR", "expresses_intent_to_cooperate", "SWE")}),
    ("a_meeting_that_brought_him_together_with",
     ("وأكد الرئيس التركي رجب طيب أردوغان، بعد اجتماع ثلاثي جمعه برئيس الوزراء السويدي "
      "بوساطة الأمين العام للناتو، أن البرلمان سيصوت في أكتوبر."),
     {("NATO", "mediates", "SWE"), ("NATO", "mediates", "TUR")}),
    ("a_meeting_that_brought_two_together",
     "وانتهى الاجتماع الذي جمع الرئيس الصيني بنظيره الأمريكي بوساطة قطرية.",
     {("QAT", "mediates", "CHN"), ("QAT", "mediates", "USA")}),
    ("the_drafter_holds_the_resolutions_later_stance",
     ("مدّد مجلس الأمن الدولي ولاية البعثة عاماً، وذلك بإجماع أعضائه على مشروع قرار صاغته "
      "الولايات المتحدة. ويحث القرار حكومتي السودان وجنوب السودان على استئناف الحوار دون "
      "إبطاء."),
     {("UNSC", "calls_for_dialogue", "SDN"), ("UNSC", "calls_for_dialogue", "SSD"),
      ("USA", "calls_for_dialogue", "SDN"), ("USA", "calls_for_dialogue", "SSD")}),
    ("a_mediation_owned_by_the_relatives_antecedent",
     ("وأشادت المسؤولة الأممية بجهود فريق الاتحاد الأفريقي رفيع المستوى، الذي يواصل وساطته "
      "بين الخرطوم وجوبا."),
     {("AU", "mediates", "SDN"), ("AU", "mediates", "SSD"), ("UN", "welcomes", "AU")}),
    ("concern_about_strife_between_non_actors",
     ("تبادل السودان وجنوب السودان الاتهامات بشأن منطقة أبيي. وأعرب مجلس الأمن عن القلق إزاء "
      "تصاعد العنف بين المجتمعات المحلية."),
     {("SDN", "accuses", "SSD"), ("SSD", "accuses", "SDN")}),
    ("the_three_states_of_this_sentence",
     ("تقدمت أوكرانيا يوم الاثنين بشكوى إلى منظمة التجارة العالمية ضد بولندا والمجر "
      "وسلوفاكيا، متهمة الدول الثلاث بانتهاك التزاماتها الدولية."),
     {("UKR", "accuses", "POL"), ("UKR", "accuses", "HUN"), ("UKR", "accuses", "SVK")}),
    ("a_label_before_a_colon",
     ("للتذكير: تقدمت أوكرانيا بشكوى ضد بولندا والمجر وسلوفاكيا، متهمة الدول الثلاث بانتهاك "
      "التزاماتها."),
     {("UKR", "accuses", "POL"), ("UKR", "accuses", "HUN"), ("UKR", "accuses", "SVK")}),
    ("leading_efforts_between_two",
     "وتقود مصر جهوداً للوساطة بين إسرائيل وحماس.",
     {("EGY", "mediates", "ISR"), ("EGY", "mediates", "HAMAS")}),
    ("another_call_of_the_articles_own_side",
     ("أجرى وزير الخارجية الأردني اتصالاً هاتفياً مع وزير الخارجية الإسباني، بحث خلاله "
      "الوزيران التصعيد في غزة. وفي اتصال هاتفي آخر مع وزير الخارجية المصري، بحث الوزيران "
      "الجهود المشتركة لوقف الحرب."),
     {("JOR", "holds_talks", "ESP"), ("ESP", "holds_talks", "JOR"),
      ("JOR", "holds_talks", "EGY"), ("EGY", "holds_talks", "JOR")}),
    ("a_title_of_a_title_of_an_organisation",
     ("ودعا الأمين العام لجامعة الدول العربية أحمد أبو الغيط إيران إلى ضبط النفس. كما دعت "
      "الممثلة الخاصة للأمين العام للأمم المتحدة في العراق جينين هينيس بلاسخارت إيران إلى "
      "ضبط النفس."),
     {("ARL", "urges_restraint", "IRN"), ("UN", "urges_restraint", "IRN")}),
    ("holding_to_continued_dialogue",
     "وأضاف بارو أن بلاده «تظل متمسكة بمواصلة الحوار» مع الجزائر «في إطار الاحترام المتبادل».",
     {("FRA", "expresses_intent_to_meet", "DZA")}),
    ("keen_on_continued_dialogue",
     "وأكد الوزير أن فرنسا حريصة على مواصلة الحوار مع الجزائر.",
     {("FRA", "expresses_intent_to_meet", "DZA")}),
    ("holding_to_a_position_states_no_intent",
     "وأكدت مصر أنها متمسكة بموقفها الرافض للتهجير.",
     set()),
]


@pytest.mark.parametrize(("case", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_phenomenon(case: str, text: str, expected: set[Edge]) -> None:
    assert edges(text) == expected

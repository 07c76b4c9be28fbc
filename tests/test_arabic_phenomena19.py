"""Arabic constructions traced in fresh17_ar (12 articles written for the project by a helper
who read only the ontology and the gazetteer ids, scored blind in the fourth session of
2026-12-06 and traced in the fifth), each tested on sentences written for this file.

- Claims of responsibility: «أعلن المتحدث العسكري باسم الجماعة تبني الهجوم», «تبنت الجماعة
  الهجوم», «أعلنت X مسؤوليتها عن الهجوم»: whoever claims an act is its author, so a later
  «أدانت مصر الهجوم» condemns the claimant (rule 11; words claim_words). The claimant is the
  actor named between a claiming verb and the act, else the one named last before the claim.
- Offers of help: «أبدت استعدادها لمساعدة المغرب», «مستعدة لتقديم المساعدة إلى …», «لإرسال
  فرق إنقاذ إلى …» are intents to cooperate (CAMEO 033); a bare «المساعدة» only with the one
  helped right after it («للمساعدة في استئناف الحوار بين …» is mediation).
- The text of a joint statement in numbered items («وأكد الجانبان ما يلي: … ثانياً: مطالبة
  إسرائيل بفتح المعابر …»): an item is what the issuers say, so a masdar of appeal that opens
  it has the actor after it as addressee (words list_ordinals; a three-letter masdar «بفتح»
  counts as what is asked); and the subject of a relative clause inside an item («للعملية
  التي تلوّح إسرائيل بشنّها») does not become the speaker of the items after it.
- «أعلنت حكومات كولومبيا وتشيلي والمكسيك تضامنها مع البرازيل»: a collective head («حكومات»,
  «دول») before a list of states after the verb is the list, the verb's subject.
- An official named in full («لويس إيناسيو لولا دا سيلفا») is named later by the first word
  of a short form the gazetteer gives («لولا دا سيلفا» -> «اتهم لولا …»), right after a verb,
  when that word is part of no other official's names and no common word.
- A summons that delivers a protest («استدعت الخارجية البولندية السفير الأوكراني لإبلاغه
  احتجاجاً شديداً», «وسلمته مذكرة احتجاج») condemns the envoy's state as well as being talks
  with it (words summon_cues; since the seventh session any summons of a foreign envoy).
- Votes: «صوتت الولايات المتحدة وبريطانيا وفرنسا ضد المشروع الروسي» rejects the draft's
  author, «صوتت لصالح» supports it (cues ar.rejects.vote_against, ar.support.vote_for); in
  «وصوتت ضده الولايات المتحدة …» the pronoun stands between the verb and its subject.
- «القائم بالأعمال الإيراني», «القائم بأعمال وزير الخارجية الإيراني»: the chargé d'affaires
  and an acting minister are titles (words title_heads, title_fillers).
- A bare title an official was named with («الزياني وزير الخارجية») names that official's
  actor when it comes back alone after another state's official spoke («والتقى وزير الخارجية
  …»), not the last speaker (Context.bare_titles).
- Laws as acts: «إقرار الكنيست الإسرائيلي قانونين يحظران …» makes the actor named right
  after a verb or masdar of enactment (words enactment_words) the author of the act noun after
  it (law nouns joined event_nouns), so «ترفض القانونين» and «أسفهما لإقرار القانونين» are
  toward Israel (rule 11).
- «وكان الرئيس الفرنسي قد أعلن أنه سينتظر ليرى ما إذا كانت أرمينيا وأذربيجان ستلتزمان
  بالهدنة، مضيفاً …»: the subject of an embedded «إذا» clause holds up to its comma, then the
  participle goes on with the main clause's subject (found on real, published: 023).
- «تحذيرات إسرائيلية وأميركية»: every nisba coordinated after a stance noun made it; and after
  «على الرغم من» («أقر البرلمان البولندي القانون على الرغم من تحذيرات …») the stance was
  addressed to the clause's subject, who went ahead (words concessive_words); signing
  («توقيع الرئيس البولندي قانوناً») enacts an act too.
- One side against several: an agreement «بين دولة قطر وكلٍّ من البحرين ومصر», «بين قطر من
  جهة، والبحرين ومصر من جهة أخرى» binds the one side to each of the others, not the others to
  each other (rule 23; words side_words); an announced agreement («أعلن … الاتفاق على عودة
  العلاقات بين …», cue ar.agreement.announced) is one reached in the news.
- «جدد الجانب النيبالي التزامه الثابت بمبدأ الصين الواحدة»: commitment to the one-China
  principle affirms China's sovereignty (cue ar.sovereignty.one_china, fixed target).
- A negated phrase cue after «و» («ولن تقبل وصاية واشنطن», «ولا نعترف …») is read as without
  it: the phrases that open with لن، لا، لم have their و forms.
"""

from __future__ import annotations

import pytest

from tests.edge_cases import Edge
from tests.edge_cases import edges_ar as edges

CASES: list[tuple[str, str, set[Edge]]] = [
    ("a_claim_through_a_spokesman_in_a_live_blog",
     ("09:10 – أعلن المتحدث باسم حركة حماس تبني الهجوم الذي استهدف موقعا عسكريا قرب "
      "الحدود.\n\n09:45 – أدانت الولايات المتحدة وألمانيا الهجوم بشدة، وقالتا إنه يهدد "
      "جهود التهدئة في المنطقة."),
     {("USA", "condemns", "HAMAS"), ("DEU", "condemns", "HAMAS")}),
    ("a_claiming_verb_before_its_claimant",
     ("تبنت جماعة الحوثيين الهجوم على ميناء جدة في بيان مقتضب نشرته على موقعها.\n\n"
      "وأدانت الكويت الهجوم، مؤكدة تضامنها الكامل مع المملكة العربية السعودية في كل ما "
      "تتخذه من إجراءات."),
     {("KWT", "condemns", "HOUTHIS"), ("KWT", "expresses_support", "SAU")}),
    ("a_claim_reported_by_another_state",
     ("وقالت الخارجية العراقية إن تنظيم داعش أعلن مسؤوليته عن الاعتداء على نقطة حدودية "
      "غرب البلاد.\n\nوأدان الأردن الاعتداء، وأكد وقوفه إلى جانب العراق في حربه على "
      "الإرهاب."),
     {("JOR", "condemns", "ISIL"), ("JOR", "expresses_support", "IRQ")}),
    ("an_offer_of_help",
     "وأبدت الجزائر استعدادها لمساعدة المغرب في مواجهة آثار الزلزال المدمر الذي ضرب البلاد.",
     {("DZA", "expresses_intent_to_cooperate", "MAR")}),
    ("an_offer_to_send_rescuers",
     "وأعلنت قطر استعدادها لإرسال فرق إنقاذ إلى تركيا للمشاركة في البحث عن ناجين تحت الأنقاض.",
     {("QAT", "expresses_intent_to_cooperate", "TUR")}),
    ("help_with_a_dialogue_is_no_aid",
     ("وأبدى الرئيس الكولومبي استعداد بلاده للمساعدة في استئناف الحوار بين الحكومة "
      "الفنزويلية والمعارضة في أقرب وقت ممكن."),
     {("COL", "mediates", "VEN")}),
    ("an_appeal_that_opens_an_item_of_a_statement",
     ("وأصدر وزيرا خارجية الأردن والسعودية بيانا مشتركا أكدا فيه ما يلي:\n\n"
      "ثانياً: مطالبة إسرائيل بفتح جميع المعابر البرية أمام قوافل المساعدات دون أي قيود."),
     {("JOR", "demands", "ISR"), ("SAU", "demands", "ISR")}),
    ("a_relative_subject_does_not_speak_for_the_next_item",
     ("وأصدر وزيرا خارجية الأردن والسعودية بيانا مشتركا أكدا فيه ما يلي:\n\n"
      "أولاً: الرفض القاطع للعملية العسكرية التي تلوح إسرائيل بشنها على مدينة رفح.\n\n"
      "ثانياً: تثمين إسهام الإمارات وفرنسا في عمليات الإنزال الجوي فوق قطاع غزة."),
     {("JOR", "rejects", "ISR"), ("SAU", "rejects", "ISR"), ("JOR", "welcomes", "ARE"),
      ("JOR", "welcomes", "FRA"), ("SAU", "welcomes", "ARE"), ("SAU", "welcomes", "FRA")}),
    ("a_collective_head_before_a_list_of_states",
     ("أعلنت حكومات كولومبيا وتشيلي والمكسيك تضامنها مع البرازيل في مواجهة الضغوط "
      "الاقتصادية المتزايدة."),
     {("COL", "expresses_support", "BRA"), ("CHL", "expresses_support", "BRA"),
      ("MEX", "expresses_support", "BRA")}),
    ("an_officials_short_name_after_a_verb",
     ("قال الرئيس البرازيلي لويس إيناسيو لولا دا سيلفا إن بلاده لن تتراجع عن موقفها.\n\n"
      "وفي مقابلة تلفزيونية الخميس، اتهم لولا الإدارة الأميركية بمحاولة التدخل في عمل "
      "القضاء البرازيلي."),
     {("BRA", "accuses", "USA")}),
    ("a_summons_with_a_protest",
     ("استدعت وزارة الخارجية العراقية القائم بالأعمال الإيراني في بغداد وسلمته مذكرة احتجاج "
      "شديدة اللهجة."),
     {("IRQ", "holds_talks", "IRN"), ("IRQ", "condemns", "IRN")}),
    ("a_vote_against_a_draft",
     "وصوتت الولايات المتحدة وبريطانيا وفرنسا ضد المشروع الروسي في مجلس الأمن مساء الخميس.",
     {("USA", "rejects", "RUS"), ("GBR", "rejects", "RUS"), ("FRA", "rejects", "RUS")}),
    ("a_vote_for_a_draft",
     "وصوتت الجزائر لصالح المشروع الإماراتي في مجلس الأمن مساء الخميس.",
     {("DZA", "expresses_support", "ARE")}),
    ("an_acting_minister_is_a_title",
     ("أجرى القائم بأعمال وزير الخارجية الإيراني، مساء الأربعاء، اتصالاً هاتفياً بوزير الخارجية "
      "السعودي بحث خلاله الجانبان ترتيبات موسم الحج."),
     {("IRN", "holds_talks", "SAU"), ("SAU", "holds_talks", "IRN")}),
    ("a_bare_title_is_the_official_named_with_it",
     ("اتفقت البحرين وإيران على بدء محادثات، خلال لقاء جمع الدكتور عبد اللطيف الزياني وزير "
      "الخارجية مع نظيره الإيراني.\n\nمن جانبه، رحب القائم بأعمال وزير الخارجية الإيراني "
      "بمشاركة البحرين في الاجتماع.\n\nوالتقى وزير الخارجية على هامش الاجتماع وزير خارجية "
      "سلطنة عمان، حيث ثمن الدور الذي تضطلع به السلطنة."),
     {("BHR", "expresses_intent_to_meet", "IRN"), ("IRN", "expresses_intent_to_meet", "BHR"),
      ("BHR", "holds_talks", "IRN"), ("IRN", "holds_talks", "BHR"), ("IRN", "welcomes", "BHR"),
      ("BHR", "holds_talks", "OMN"), ("BHR", "welcomes", "OMN")}),
    ("laws_as_acts",
     ("عقد مجلس الأمن الدولي جلسة طارئة لبحث إقرار الكنيست الإسرائيلي قانونين يحظران نشاط "
      "وكالة الأونروا.\n\nوقال المندوب الصيني إن بلاده ترفض القانونين رفضاً قاطعاً.\n\n"
      "وأعربت بريطانيا وفرنسا عن أسفهما العميق لإقرار القانونين."),
     {("CHN", "rejects", "ISR"), ("GBR", "condemns", "ISR"), ("FRA", "condemns", "ISR")}),
    ("warnings_despite_which_a_law_passed",
     ("وكان البرلمان البولندي قد أقر القانون الأربعاء الماضي على الرغم من تحذيرات إسرائيلية "
      "وأميركية متكررة."),
     {("ISR", "warns", "POL"), ("USA", "warns", "POL")}),
    ("an_announced_agreement_one_side_and_each_of_the_others",
     ("وأعلنت الخارجية القطرية الاتفاق على عودة العلاقات الدبلوماسية بين دولة قطر وكلٍّ من "
      "البحرين ومصر."),
     {("QAT", "expresses_intent_to_cooperate", "BHR"),
      ("QAT", "expresses_intent_to_cooperate", "EGY"),
      ("BHR", "expresses_intent_to_cooperate", "QAT"),
      ("EGY", "expresses_intent_to_cooperate", "QAT")}),
    ("an_agreement_between_one_side_and_another_side",
     ("وقالت الخارجية الكويتية إنه تم التوصل إلى اتفاق بين قطر من جهة، والبحرين ومصر من جهة "
      "أخرى."),
     {("QAT", "expresses_intent_to_cooperate", "BHR"),
      ("QAT", "expresses_intent_to_cooperate", "EGY"),
      ("BHR", "expresses_intent_to_cooperate", "QAT"),
      ("EGY", "expresses_intent_to_cooperate", "QAT")}),
    ("commitment_to_the_one_china_principle",
     "وجدد الجانب النيبالي التزامه الثابت بمبدأ الصين الواحدة خلال المحادثات في بكين.",
     {("NPL", "affirms_sovereignty", "CHN")}),
    ("a_negated_phrase_after_wa",
     ("قال الرئيس البرازيلي إن \"البرازيل دولة ذات سيادة ومؤسساتها مستقلة، ولن تقبل وصاية "
      "واشنطن\"."),
     {("BRA", "rejects", "USA")}),
]


@pytest.mark.parametrize(("case", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_phenomenon(case: str, text: str, expected: set[Edge]) -> None:
    assert edges(text) == expected


def test_the_subject_of_an_embedded_if_clause_stops_at_its_comma() -> None:
    got = edges("وكان الرئيس الفرنسي قد أعلن أنه سينتظر ليرى ما إذا كانت أرمينيا وأذربيجان "
                "ستلتزمان بالهدنة، مضيفاً أنه يسعى لترتيب لقاء بين زعيمي أرمينيا وأذربيجان بعد "
                "محادثاته مع الرئيس الأذربيجاني في باريس.")
    assert ("FRA", "holds_talks", "AZE") in got
    assert not {("ARM", "holds_talks", "AZE"), ("AZE", "holds_talks", "ARM")} & got

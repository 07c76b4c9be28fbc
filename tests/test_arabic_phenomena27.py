"""Arabic constructions of the discourse stage measured over all blind sets in the twelfth
session of 2026-12-07 (the precision of each way the stage finds sides, counted over
fresh2_ar–fresh35_ar), each tested on sentences written for this file.

- Rule 16: a mediation whose sentence names one side's dispute with another («تؤيد جهود
  الوساطة الكويتية لإنهاء خلافها مع الإمارات») mediates between the speaker's side and the one
  after «مع»; a mediation that names no parties and whose article names none either takes no
  sides from the last pair the article happened to name (1 of the 14 edges that fallback gave
  was right). «خلاف», «خلافات» without the article are dispute nouns.
- Rule 12: a call for calm or for dialogue that names no one, in an article that names no pair
  of sides, gets no sides from the quarrels the article reports (11 of the 53 edges that gave
  in Arabic were right; English keeps it).
- Rule 21: another actor's support told as the reason or means of what the sentence says
  («بسبب دعمها المطلق لإسرائيل», «عبر دعمها للحوثيين»; words support_reasons) or as what a
  charge before it is about («اتهم فرنسا بتقديم دعم لوجستي») is no stance, of the holder's
  or of its owner's; a support stated after a conjunction («استنكرت الاقتحام وأعلنت
  وقوفها إلى جانب المكسيك») stays the holder's.
- Rule 12: a concern that names no one takes the sides of the article's conflict only when
  it is about their strife («إزاء الاشتباكات», «من التصعيد»; words mutual_strife_nouns), not
  about one side's act, results or the fate of people («إزاء الخطوة», «على مصير البحارة»)
  or nothing named («تراقب بقلق»): 20 of the 59 edges it gave were right, 13 of the 17 about
  strife. (English keeps the sides: measured there, real-en lost two right edges.)
- Rule 11: an agreement is its signatories' act («أثار توقيع مصر واليونان، الخميس في القاهرة،
  اتفاقاً …»: the list, an aside between commas, then the agreement), so rejecting it
  («أعلنت رفضها للاتفاق») rejects each signatory; a welcome of it still goes to no party
  (rule 23), and praise of one party's role in the same sentence stays.
- «وقال البيان الختامي إن الفصائل طالبت …» after «بمشاركة وفود من حركتي فتح وحماس وحركة
  الجهاد الإسلامي»: a bare definite noun of factions (words faction_nouns) as the subject,
  after «إن» or its verb, is the last list of two or more groups the article named; not
  «بين الفصائل» nor the subject of a relative verb («الاتفاق الذي وقّعته الفصائل»), nor
  «الفصائل الفلسطينية» (all of them).
- «وفي الجزائر، أكدت وزارة الخارجية …», «وفي موسكو، أدانت الخارجية …»: a bare ministry
  (words home_heads) in a sentence that opens with a capital or state and a comma is that
  state's, whoever spoke last.
- Rule 5: «السلطات الانتقالية», «الحكومة الانتقالية» with no state named are the state the
  article gave such a government («الحكومة الانتقالية المالية», «… في باماكو»; words
  regime_refs), its adjective or a place after «في», not a name right after it (the verb's
  object).
- Rule 22: «صوّت مجلس الأمن … على قرار أعدّته فرنسا …. ويدعو القرار مالي إلى …»: a bare
  resolution after a stance verb or a verb of provision («وينص القرار»; words
  provision_verbs) speaks for the body the article named (words resolution_bodies), with its
  drafters; «وأثار القرار غضب إسرائيل» gives it no voice.
- «وأشادت دول الترويكا (الولايات المتحدة والمملكة المتحدة والنرويج) …»: a noun phrase the
  gazetteer does not know, followed by a list of actors in parentheses and nothing else, is
  those actors.
- Rule 16: «وأشادت مصر والأردن بوساطة قطر»: those who praise a mediation right after their
  verb are no parties of it.
- «ماكرون يحذر من تيرانا من أن …», «قال من باريس إن …»: a capital after «من» and before what
  is said is where the speaker speaks from, not whom a warning is about.
- «رفضت حركتا حماس والجهاد الإسلامي …», «ودعت حكومتا مصر والأردن …»: a dual head before the
  names it counts (words collective_heads) is their list, the verb's subject.
- Rule 4: «وأدانت قطر «التصعيد العسكري لقوات حفتر»، وكذلك فعلت تركيا»: the actor after a verb
  of doing likewise (words likewise_words, did_verbs) holds the stance too.
- «دعا مجلس الأمن في ختام جلسة مغلقة قوات حفتر إلى وقف جميع التحركات العسكرية»: the occasion
  after the subject, with no commas (words occasion_prepositions, occasion_nouns), comes
  before the one asked; «جميع», «كل», «كافة» between a halt and the military action are the
  family's modifiers (content.jsonl), so the call is restraint (rule 20).
- «ودعا وزير الخارجية الأمريكي مايك بومبيو لاحقاً حكومة الوفاق إلى …»: «لاحقاً» (later) is an
  adverb between the subject and the one asked, as «مجدداً» is (words manner_adverbs).
"""

from __future__ import annotations

import pytest

from tests.edge_cases import Edge
from tests.edge_cases import edges_ar as edges

FILLER = "\n\nولم تتوفر تفاصيل إضافية حتى مساء يوم الأحد بحسب التقرير الذي نشر اليوم."

CASES: list[tuple[str, str, set[Edge]]] = [
    ("a_mediation_of_its_own_dispute_with_another",
     ("قال وزير الخارجية العماني إن بلاده تؤيد جهود الوساطة الكويتية لإنهاء خلافها مع "
      "الإمارات." + FILLER),
     {("OMN", "expresses_support", "KWT"), ("KWT", "mediates", "OMN"),
      ("KWT", "mediates", "ARE")}),
    ("a_mediation_of_the_dispute_with_another",
     ("وأكد وزير الخارجية الجزائري أن بلاده تدعم الوساطة القطرية الرامية إلى إنهاء الخلاف "
      "مع المغرب." + FILLER),
     {("DZA", "expresses_support", "QAT"), ("QAT", "mediates", "DZA"),
      ("QAT", "mediates", "MAR")}),
    ("a_call_for_calm_naming_no_one_after_a_quarrel",
     ("اتهمت إيران إسرائيل بشن هجوم على منشآتها النفطية.\n\nوأدانت إيران إسرائيل بشدة "
      "وتوعدت بالرد.\n\nوفي الرياض، دعت وزارة الخارجية السعودية إلى ضبط النفس وتجنب "
      "التصعيد في المنطقة." + FILLER),
     {("IRN", "accuses", "ISR"), ("IRN", "condemns", "ISR")}),
    ("a_call_for_calm_between_named_sides_keeps_them",
     ("اندلعت اشتباكات بين القوات الهندية والباكستانية على خط المراقبة.\n\nودعت الصين إلى "
      "ضبط النفس." + FILLER),
     {("CHN", "urges_restraint", "IND"), ("CHN", "urges_restraint", "PAK")}),
    ("support_given_as_the_reason_of_a_charge",
     ("وحمّل المتحدث باسم الخارجية الإيرانية الولايات المتحدة المسؤولية عن المجزرة بسبب "
      "دعمها المطلق لإسرائيل." + FILLER),
     {("IRN", "accuses", "USA")}),
    ("support_as_the_object_of_a_charge",
     "واتهم رئيس الوزراء المالي فرنسا بتقديم دعم لوجستي لإسرائيل." + FILLER,
     {("MLI", "accuses", "FRA")}),
    ("support_given_as_the_means_of_a_charge",
     "واتهم مندوب اليمن إيران بإطالة أمد الحرب عبر دعمها للحوثيين." + FILLER,
     {("YEM", "accuses", "IRN")}),
    ("own_support_renewed_stays",
     "وجددت المملكة المتحدة دعمها للمبعوث الأممي." + FILLER,
     {("GBR", "expresses_support", "UN")}),
    ("support_declared_after_a_condemnation_and_a_conjunction",
     ("وأدانت الكويت الهجوم على السفارة المكسيكية وأعلنت وقوفها إلى جانب "
      "المكسيك." + FILLER),
     {("KWT", "expresses_support", "MEX")}),
    ("concern_about_clashes_takes_the_sides",
     ("اندلعت اشتباكات بين القوات الأرمينية والأذربيجانية على الحدود.\n\nوأعربت روسيا عن "
      "قلقها البالغ إزاء تجدد الاشتباكات." + FILLER),
     {("RUS", "expresses_concern", "ARM"), ("RUS", "expresses_concern", "AZE")}),
    ("concern_about_a_step_takes_no_sides",
     ("اندلعت اشتباكات بين القوات الأرمينية والأذربيجانية على الحدود.\n\nوأعربت روسيا عن "
      "قلقها البالغ إزاء الخطوة." + FILLER),
     set()),
    ("concern_about_the_fate_of_sailors_takes_no_sides",
     ("اندلعت اشتباكات بين القوات الأرمينية والأذربيجانية على الحدود.\n\nوأعربت الهند عن "
      "قلقها العميق على مصير البحارة الهنود." + FILLER),
     set()),
    ("rejecting_an_agreement_rejects_its_signatories",
     ("أثار توقيع مصر واليونان، الخميس في القاهرة، اتفاقاً لتعيين المنطقة الاقتصادية الخالصة "
      "بينهما ردود فعل متباينة.\n\nوفي طرابلس، أعلنت وزارة الخارجية الليبية رفضها "
      "للاتفاق." + FILLER),
     {("LBY", "rejects", "EGY"), ("LBY", "rejects", "GRC")}),
    ("welcoming_an_agreement_welcomes_no_party",
     ("وقّعت كينيا وهايتي، اليوم الجمعة في نيروبي، اتفاقاً أمنياً.\n\nوفي واشنطن، أعرب "
      "المتحدث باسم وزارة الخارجية الأميركية عن ترحيب الولايات المتحدة بتوقيع الاتفاق، مشيدا "
      "بالدور القيادي الذي تضطلع به كينيا." + FILLER),
     {("KEN", "expresses_intent_to_cooperate", "HTI"),
      ("HTI", "expresses_intent_to_cooperate", "KEN"), ("USA", "welcomes", "KEN")}),
    ("the_factions_listed_before",
     ("اختتمت الفصائل الفلسطينية، الجمعة، لقاءً في العاصمة الروسية، بمشاركة وفود من حركتي فتح "
      "وحماس وحركة الجهاد الإسلامي.\n\nوقال البيان الختامي إن الفصائل طالبت بانسحاب القوات "
      "الإسرائيلية من القطاع، ورفضت \"أي ترتيبات إسرائيلية\"." + FILLER),
     {("HAMAS", "demands_withdrawal", "ISR"), ("PIJ", "demands_withdrawal", "ISR"),
      ("HAMAS", "rejects", "ISR"), ("PIJ", "rejects", "ISR")}),
    ("an_agreement_the_factions_signed_welcomed",
     ("اختتمت الفصائل الفلسطينية لقاءها في الجزائر بمشاركة حركتي حماس والجهاد الإسلامي.\n\n"
      "ورحّبت دولة قطر بالاتفاق الذي وقّعته الفصائل." + FILLER),
     set()),
    ("the_ministry_of_the_place_the_sentence_opens_with",
     ("رحب مندوب غانا بنتائج الاجتماع.\n\nوفي موسكو، أدانت وزارة الخارجية الهجوم "
      "الأمريكي." + FILLER),
     {("RUS", "condemns", "USA")}),
    ("the_transitional_authorities_are_the_state",
     ("طلبت الحكومة الانتقالية السودانية انسحاب البعثة.\n\nواتهمت المندوبة الأمريكية السلطات "
      "الانتقالية بعرقلة عمل البعثة." + FILLER),
     {("USA", "accuses", "SDN")}),
    ("the_transitional_authorities_in_a_capital",
     ("طلبت السلطات الانتقالية في باماكو انسحاب البعثة.\n\nواتهمت المندوبة الأمريكية الحكومة "
      "الانتقالية بعرقلة عمل البعثة." + FILLER),
     {("USA", "accuses", "MLI")}),
    ("the_resolution_of_the_council_and_its_drafter",
     ("صوّت مجلس الأمن الدولي بالإجماع على قرار أعدّته فرنسا ينهي ولاية البعثة. ويدعو القرار "
      "مالي إلى ضمان سلامة أفراد البعثة." + FILLER),
     {("UNSC", "demands", "MLI"), ("FRA", "demands", "MLI")}),
    ("a_group_named_with_its_members_in_parentheses",
     ("ودعت دول الترويكا (الولايات المتحدة والمملكة المتحدة والنرويج) في بيان مشترك إثيوبيا "
      "إلى وقف القتال." + FILLER),
     {("USA", "urges_restraint", "ETH"), ("GBR", "urges_restraint", "ETH"),
      ("NOR", "urges_restraint", "ETH")}),
    ("praisers_of_a_mediation_are_no_parties",
     ("وقّع السودان وجنوب السودان اتفاقاً للسلام.\n\nوأشادت مصر والأردن بوساطة "
      "قطر." + FILLER),
     {("EGY", "welcomes", "QAT"), ("JOR", "welcomes", "QAT")}),
    ("warning_from_a_capital",
     ("الرئيس الفرنسي يحذر من تيرانا من أن الأوروبيين «سيفرضون عقوبات جديدة على روسيا» إذا "
      "رفضت وقف إطلاق النار." + FILLER),
     {("FRA", "warns", "RUS")}),
    ("two_movements_named_after_their_dual",
     "وفي غزة، رفضت حركتا حماس والجهاد الإسلامي الورشة الأمريكية." + FILLER,
     {("HAMAS", "rejects", "USA"), ("PIJ", "rejects", "USA")}),
    ("two_governments_named_after_their_dual",
     "ودعت حكومتا مصر والأردن إسرائيل إلى وقف التصعيد." + FILLER,
     {("EGY", "urges_restraint", "ISR"), ("JOR", "urges_restraint", "ISR")}),
    ("and_so_did_turkey",
     "وأدانت قطر «التصعيد العسكري لقوات حفتر»، وكذلك فعلت تركيا على لسان وزير خارجيتها." + FILLER,
     {("QAT", "condemns", "LBY"), ("TUR", "condemns", "LBY")}),
    ("the_occasion_before_the_one_asked",
     ("وفي نيويورك، دعا مجلس الأمن في ختام جلسة مغلقة قوات حفتر إلى وقف جميع التحركات "
      "العسكرية." + FILLER),
     {("UNSC", "urges_restraint", "LBY")}),
    ("during_an_emergency_session",
     "ودعا مجلس الأمن خلال جلسة طارئة إسرائيل إلى وقف التصعيد." + FILLER,
     {("UNSC", "urges_restraint", "ISR")}),
    ("later_between_the_subject_and_the_one_asked",
     "ودعا وزير الخارجية الأمريكي مايك بومبيو لاحقاً حكومة الوفاق إلى وقف القتال." + FILLER,
     {("USA", "urges_restraint", "LBY")}),
]


@pytest.mark.parametrize(("case", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_phenomenon(case: str, text: str, expected: set[Edge]) -> None:
    assert edges(text) == expected

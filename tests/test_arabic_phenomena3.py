"""Arabic constructions of the third round: each case is a sentence written for this test,
with every edge it should give, so that a rule that adds a false alarm fails as well as one
that misses. Grouped by the phenomenon they check."""

from __future__ import annotations

import pytest

from tests.edge_cases import Edge
from tests.edge_cases import edges_ar as edges

CASES: list[tuple[str, str, set[Edge]]] = [
    # «عقد/أجرى + talks noun»: held talks; a joint subject gives both directions (rule 15),
    # a partner after مع one direction
    ("held_talks.joint_subject",
     "وعقدت اليابان وكوريا الجنوبية جولة محادثات في طوكيو حول التجارة.",
     {("JPN", "holds_talks", "KOR"), ("KOR", "holds_talks", "JPN")}),
    ("held_talks.with_partner",
     "وأجرى وزير الخارجية الأردني مشاورات مع نظيره العراقي في عمّان.",
     {("JOR", "holds_talks", "IRQ")}),
    # the bare past عقد is also the masdar: after a preposition, ل or a verb it is the noun
    ("held_talks.masdar_after_verb",
     "ويرجّح مراقبون عقد قمة بين الهند والصين قريبا.",
     set()),
    ("held_talks.masdar_after_lam",
     "وتبذل الجزائر جهودا لعقد لقاء بين مالي والنيجر.",
     {("DZA", "mediates", "MLI"), ("DZA", "mediates", "NER")}),
    # talks that a third party brokers are mediation, not talks between the sides (rule 9)
    ("held_talks.brokered",
     "وبوساطة قطرية، عقد وزيرا خارجية تشاد والسودان جولة محادثات في الدوحة.",
     {("QAT", "mediates", "TCD"), ("QAT", "mediates", "SDN")}),
    # a dual followed by the adjectives of its sides is a subject as well as an addressee
    ("dual_adjectives.subject",
     "وعقد الجانبان الياباني والصيني جولة مشاورات في بكين.",
     {("JPN", "holds_talks", "CHN"), ("CHN", "holds_talks", "JPN")}),
    ("dual_adjectives.subject_support",
     "وأكد الطرفان الفرنسي والألماني دعمهما لأوكرانيا.",
     {("FRA", "expresses_support", "UKR"), ("DEU", "expresses_support", "UKR")}),
    ("dual_adjectives.addressee",
     "وحثت تركيا الطرفين الأذربيجاني والأرميني على وقف القتال.",
     {("TUR", "urges_restraint", "AZE"), ("TUR", "urges_restraint", "ARM")}),
    # «الحرس الثوري»: the adjective «الثوري» of a title head does not end the holder's phrase
    ("title.revolutionary_guard",
     "وتوعّد قائد الحرس الثوري الإيراني الولايات المتحدة برد ساحق.",
     {("IRN", "threatens", "USA")}),
    ("title.revolutionary_guard_warns",
     "وحذّر الحرس الثوري الإيراني بريطانيا من أي استفزاز في الخليج.",
     {("IRN", "warns", "GBR")}),
    # «سيدفع X ثمنا/الثمن»: a threat of the speaker toward the one who will pay (rule 14),
    # conditional or not (rule 13); the present tells a fact, not a threat
    ("pay_price.vso_quote",
     "وقال رئيس الأركان الإسرائيلي: «ستدفع حماس ثمنا باهظا إذا أطلقت الصواريخ».",
     {("ISR", "threatens", "HAMAS")}),
    ("pay_price.svo_reported",
     "وقال المتحدث باسم الحوثيين إن الولايات المتحدة ستدفع الثمن.",
     {("HOUTHIS", "threatens", "USA")}),
    ("pay_price.present_is_no_threat",
     "وقال وزير الخارجية الأردني إن لبنان يدفع ثمن الحرب.",
     set()),
    # the passive, where the written vowels show it: its subject is the target, the actor
    # after an agent link (صادر عن، من قبل) or the sentence's speaker the holder
    ("passive.appeal_agent",
     "ودُعيت إثيوبيا وإريتريا، في بيان صادر عن الاتحاد الأفريقي، إلى وقف القتال.",
     {("AU", "urges_restraint", "ETH"), ("AU", "urges_restraint", "ERI")}),
    ("passive.warning_min_qibal",
     "وحُذِّرت إيران من قبل فرنسا من مواصلة تخصيب اليورانيوم.",
     {("FRA", "warns", "IRN")}),
    ("passive.subject_before_reported",
     "وقال وزير الخارجية البريطاني إن روسيا طُولبت بالإفراج عن المعتقلين.",
     {("GBR", "demands", "RUS")}),
    # unvocalised, the same letters are the active verb: its subject is the holder
    ("passive.unvocalised_is_active",
     "وحذرت إيران فرنسا من مواصلة دعم المعارضة.",
     {("IRN", "warns", "FRA")}),
    # a vowel that fits an active form too (أُدين: "I condemn") is no passive
    ("passive.ambiguous_vowels_stay_active",
     "وقال وزير الخارجية القطري: «أُدين الهجوم الإسرائيلي على لبنان».",
     {("QAT", "condemns", "ISR")}),
    # a name that ends like a passive once ف is stripped (فيدان) stays a name
    ("passive.name_is_no_passive",
     "والتقى وزير الخارجية التركي هاكان فيدان نظيره السوري في أنقرة.",
     {("TUR", "holds_talks", "SYR")}),
    # recognising or holding to another state's sovereignty or unity: «اعترف/متمسك/ملتزم
    # بسيادة X»
    ("sovereignty.recognise",
     "واعترفت البرازيل بسيادة الأرجنتين على جزر فوكلاند.",
     {("BRA", "affirms_sovereignty", "ARG")}),
    ("sovereignty.committed_participle",
     "وقال وزير الخارجية الإسباني إن مدريد ملتزمة بوحدة الصومال.",
     {("ESP", "affirms_sovereignty", "SOM")}),
    ("sovereignty.not_recognised",
     "ولم تعترف تركيا بسيادة قبرص على المياه المتنازع عليها.",
     set()),
    # «اتفق/توافق … مع»: the window for مع starts after a titled subject with its name, and
    # a feminine verb before two coordinated actors is a joint subject (rule 26)
    ("agreement.titled_subject_with_name",
     "واتفق وزير الخارجية الأردني أيمن الصفدي مع نظيره العراقي على أهمية أمن الحدود.",
     {("JOR", "agrees_with", "IRQ")}),
    ("agreement.joint_feminine_verb",
     "وتوافقت القاهرة وعمّان على أهمية استقرار المنطقة.",
     {("EGY", "agrees_with", "JOR"), ("JOR", "agrees_with", "EGY")}),
    # an agreement to act, after an aside between commas, is no agrees_with but an agreement
    # reached, intent to cooperate both ways (rule 23; the meeting of the aside still gives
    # talks, rule 15)
    ("agreement.to_act_after_aside",
     "واتفقت الصين والبرازيل، خلال لقاء جمع الوزيرين في بكين، على توسيع التبادل التجاري.",
     {("CHN", "holds_talks", "BRA"), ("BRA", "holds_talks", "CHN"),
      ("CHN", "expresses_intent_to_cooperate", "BRA"),
      ("BRA", "expresses_intent_to_cooperate", "CHN")}),
    # positions or views that match or meet: «تطابقت مواقف X وY», «تلتقي رؤية X مع رؤية Y»
    # are agreement both ways, and a view that «meets» another is no meeting
    ("views.positions_match",
     "وتطابقت مواقف الكويت وعُمان من الأزمة في السودان.",
     {("KWT", "agrees_with", "OMN"), ("OMN", "agrees_with", "KWT")}),
    ("views.view_meets_view",
     "وتلتقي رؤية أنقرة مع رؤية الدوحة بشأن مستقبل سوريا.",
     {("TUR", "agrees_with", "QAT"), ("QAT", "agrees_with", "TUR")}),
    # «تشارك X الرأي/القناعة»: sharing a view with an actor is agreement with it, and «us»
    # (تشاركنا) is the speaker's side
    ("share_view.named",
     "وقال المتحدث باسم الخارجية الهندية إن نيودلهي تشارك اليابان القناعة بأهمية الحوار.",
     {("IND", "agrees_with", "JPN")}),
    ("share_view.us",
     "وقال وزير الخارجية اليوناني إن قبرص تشاركنا الرأي في هذا الملف.",
     {("CYP", "agrees_with", "GRC")}),
    ("share_view.taking_part_is_none",
     "وشاركت الأردن في القمة العربية في بغداد.",
     set()),
    # rule 13: «لن يلتقي X إلا بعد انسحاب Y»: a meeting offered only after a concession is
    # the demand for that concession (the negated meeting gives nothing)
    ("condition.only_after_withdrawal",
     "وقال الرئيس الأرميني إنه لن يلتقي نظيره الأذربيجاني إلا بعد انسحاب القوات الأذربيجانية من الأراضي الأرمينية.",
     {("ARM", "demands_withdrawal", "AZE")}),
    ("condition.only_after_no_actor",
     "وقال وزير الخارجية الليبي إن الحوار لن يبدأ إلا بعد الانتخابات.",
     set()),
    # a vocalised word (shadda, vowels) is still a word: «وتعهّد» opens the sentence as a
    # verb the same as «وتعهد»
    ("vocalised.opening_verb",
     "وتعهّد رئيس الوزراء الياباني بتعزيز العلاقات مع الهند.",
     {("JPN", "expresses_intent_to_cooperate", "IND")}),
    # rule 14: one utterance with a warning and a threat («وجّه تحذيرا إلى X، مهددا …»)
    # gives both types toward X; a warning participle after concern stays concern
    ("threat.participle_after_warning",
     "ووجه الجيش الباكستاني تحذيرا شديدا إلى الهند، مهددا برد قوي على أي هجوم.",
     {("PAK", "warns", "IND"), ("PAK", "threatens", "IND")}),
    # «تعهد/توعد بالانتقام من X» threatens X
    ("threat.revenge",
     "وتعهد الحوثيون بالانتقام من الولايات المتحدة بعد الغارات.",
     {("HOUTHIS", "threatens", "USA")}),
    # an opening verb in ت that is no cue may be the masculine past of a تفعّل verb («تلقى»,
    # «تعهّد»), so a masculine official after it is still its subject
    ("opening_verb.tafaal_past",
     "تلقى وزير الخارجية القطري محمد بن عبد الرحمن آل ثاني اتصالا هاتفيا من نظيره التركي.",
     {("QAT", "holds_talks", "TUR")}),
    # «حان الوقت كي/أن تبدأ X …»: the time has come for X to act is a call to X, and a call
    # for talks with a partner («الحوار مع Y») targets each side (rule 12)
    ("appeal.time_has_come_talks",
     "وقال وزير الخارجية العماني إن الوقت قد حان كي تبدأ الولايات المتحدة المفاوضات مع إيران.",
     {("OMN", "calls_for_dialogue", "USA"), ("OMN", "calls_for_dialogue", "IRN")}),
    ("appeal.dialogue_partner",
     "ودعا الأمين العام للجامعة العربية السودان إلى الحوار مع جنوب السودان.",
     {("ARL", "calls_for_dialogue", "SDN"), ("ARL", "calls_for_dialogue", "SSD")}),
    # «مع» that starts a time («مع بدء …») names no partner
    ("appeal.ma_time_is_no_partner",
     "ودعت ألمانيا روسيا إلى وقف الضربات مع حلول الشتاء.",
     {("DEU", "urges_restraint", "RUS")}),
    # published text: a stray letter typed before the subject («أن ن …») is no word
    ("typo.stray_letter_before_subject",
     "وأكد المتحدث أن ن الهند تدعو باكستان إلى ضبط النفس.",
     {("IND", "urges_restraint", "PAK")}),
    # a body «in» a country, with adjectives of its own, is the country's («المجلس العسكري
    # الحاكم في النيجر»), and «الممثل الأعلى للسياسة الخارجية» is a title
    ("title.body_in_country",
     "وطالب المجلس العسكري الحاكم في النيجر فرنسا بسحب قواتها من البلاد.",
     {("NER", "demands_withdrawal", "FRA")}),
    ("title.high_representative",
     "ودعا الممثل الأعلى للسياسة الخارجية في الاتحاد الأوروبي صربيا وكوسوفو إلى الحوار.",
     {("EU", "calls_for_dialogue", "SRB"), ("EU", "calls_for_dialogue", "XKX")}),
    # readiness in the indefinite accusative («أبدت … استعدادا/انفتاحا»), and the dual's
    # pronoun («استعدادهما»)
    ("ready.indefinite_accusative",
     "وأبدت إثيوبيا ومصر استعدادا لاستئناف المفاوضات.",
     {("ETH", "expresses_intent_to_meet", "EGY"), ("EGY", "expresses_intent_to_meet", "ETH")}),
    ("ready.openness_indefinite",
     "وتبدي كوريا الجنوبية انفتاحا على عقد قمة مع اليابان.",
     {("KOR", "expresses_intent_to_meet", "JPN")}),
    # «السلطات في X» addressed: the authorities of that state, not a place
    ("addressee.authorities_in_capital",
     "ودعت تونس السلطات في طرابلس إلى الحوار.",
     {("TUN", "calls_for_dialogue", "LBY")}),
    # «وصف X … بأنه/بأنها + judgement»: a negative judgement of an actor's act condemns it
    # (rule 21), a positive one welcomes it (rule 22); a judgement of a situation gives none
    ("describe.negative",
     "ووصف وزير الخارجية الإيراني تصريحات المسؤولين البريطانيين بأنها «استفزازية».",
     {("IRN", "condemns", "GBR")}),
    ("describe.positive",
     "ووصف الرئيس الكيني زيارة نظيره الصومالي إلى نيروبي بأنها ناجحة.",
     {("KEN", "welcomes", "SOM")}),
    ("describe.situation",
     "ووصف وزير الخارجية الأردني الوضع الإنساني بأنه مرفوض.",
     set()),
    # rule 21: «not through X's dictates» rejects X; the negation belongs to the idiom
    ("rejects.dictates",
     "وقال الرئيس الفنزويلي إن الحل لن يأتي عبر إملاءات الولايات المتحدة.",
     {("VEN", "rejects", "USA")}),
]


@pytest.mark.parametrize(("case", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_phenomenon(case: str, text: str, expected: set[Edge]) -> None:
    assert edges(text) == expected

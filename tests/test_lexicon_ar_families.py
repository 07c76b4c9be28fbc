"""Arabic word families of the stance cues (extract/lexicons/ar/): each family added to the
language data reads a sentence of its own, written for this test, into the expected edges.

The sentences are invented for the test (no corpus text). Each case names the family it
checks; the expected set is every edge of the sentence, so a family that adds a false alarm
fails here as well as one that misses.
"""

from __future__ import annotations

import pytest

from extract.pipeline import extract_text

Edge = tuple[str, str, str]

CASES: list[tuple[str, str, set[Edge]]] = [
    # condemns: synonyms of أدان, light verb + masdar
    ("condemns.istahjan", "استهجنت وزارة الخارجية الأردنية التصريحات الإسرائيلية الأخيرة.",
     {("JOR", "condemns", "ISR")}),
    ("condemns.idana_masdar", "أعربت قطر عن إدانتها للهجوم الإسرائيلي على المدنيين.",
     {("QAT", "condemns", "ISR")}),
    ("condemns.displeasure", "أبدت الحكومة المصرية استياءها من الخطوة التي أقدمت عليها إثيوبيا.",
     {("EGY", "condemns", "ETH")}),
    ("condemns.city_is_no_cue", "زار وزير الخارجية التركي مدينة حلب السورية أمس.", set()),
    # accuses: blame, charge
    ("accuses.blame", "ألقت إيران باللوم على الولايات المتحدة في تصعيد التوتر.",
     {("IRN", "accuses", "USA")}),
    ("accuses.charge", "وجهت روسيا اتهامات إلى أوكرانيا بقصف المحطة النووية.",
     {("RUS", "accuses", "UKR")}),
    # rejects: «استبعد» as rejection
    ("rejects.istabaad", "استبعدت روسيا المقترح الأوكراني بشأن الهدنة.",
     {("RUS", "rejects", "UKR")}),
    # litotes: «لا يمانع / لا يستبعد» + a meeting is readiness to meet
    ("ready.litotes_yumani", "قال الكرملين إن الرئيس بوتين لا يمانع لقاء الرئيس الأوكراني زيلينسكي.",
     {("RUS", "expresses_intent_to_meet", "UKR")}),
    ("ready.litotes_yastabid", "وقالت أنقرة إنها لا تستبعد عقد لقاء مع الرئيس السوري.",
     {("TUR", "expresses_intent_to_meet", "SYR")}),
    ("ready.litotes_no_meeting", "لم يستبعد الوزير التركي أن تشن أنقرة عملية جديدة.", set()),
    # welcomes: blessing, gratitude, appreciation (rule 22)
    ("welcomes.baraka", "باركت الإمارات الخطوة التي اتخذتها السعودية.",
     {("ARE", "welcomes", "SAU")}),
    ("welcomes.grateful", "وقال الوزير الإيراني: نحن ممتنون لموقف جنوب أفريقيا.",
     {("IRN", "welcomes", "ZAF")}),
    ("welcomes.appreciation", "أعرب أمير قطر عن تقديره للجهود الكويتية.",
     {("QAT", "welcomes", "KWT")}),
    # support: «صفا واحدا مع»
    ("support.saff", "أكدت تركيا أنها تقف صفا واحدا مع أذربيجان.",
     {("TUR", "expresses_support", "AZE")}),
    # agrees_with: shared views
    ("agrees.views", "أكدت مصر تطابق وجهات النظر مع السعودية.",
     {("EGY", "agrees_with", "SAU")}),
    # appeals: حض، أهاب بـ، طلب من، وجوب
    ("appeal.hadd", "حضت الصين الهند وباكستان على ضبط النفس.",
     {("CHN", "urges_restraint", "IND"), ("CHN", "urges_restraint", "PAK")}),
    ("appeal.ahab", "أهاب الأمين العام للجامعة العربية بإسرائيل وقف اعتداءاتها.",
     {("ARL", "urges_restraint", "ISR")}),
    ("appeal.talab_min", "طلبت الولايات المتحدة من إسرائيل وقف العمليات العسكرية في رفح.",
     {("USA", "urges_restraint", "ISR")}),
    ("appeal.talab_min_dialogue", "طلب الرئيس المصري من إثيوبيا التفاوض بجدية.",
     {("EGY", "calls_for_dialogue", "ETH")}),
    ("appeal.wujub", "شددت فرنسا على وجوب انسحاب القوات الروسية من أوكرانيا.",
     {("FRA", "demands_withdrawal", "RUS")}),
    ("content.peaceful_solution", "دعت ألمانيا روسيا وأوكرانيا إلى الحل السلمي.",
     {("DEU", "calls_for_dialogue", "RUS"), ("DEU", "calls_for_dialogue", "UKR")}),
    ("content.truce", "ناشدت الأمم المتحدة إسرائيل وحماس الالتزام بالهدنة.",
     {("UN", "urges_restraint", "ISR"), ("UN", "urges_restraint", "HAMAS")}),
    # «الخروج من دوامة العنف» is no withdrawal: a call for something else is demands (rule 10)
    ("content.exit_is_no_withdrawal", "دعت روسيا إيران إلى الخروج من دوامة العنف.",
     {("RUS", "demands", "IRN")}),
    ("content.exit_of_forces", "طالب العراق بخروج القوات الأمريكية من أراضيه.",
     {("IRQ", "demands_withdrawal", "USA")}),
    # warns / threatens
    ("warns.nabbah", "نبهت الخارجية الصينية الولايات المتحدة إلى عواقب تسليح تايوان.",
     {("CHN", "warns", "USA")}),
    ("threatens.lawwah", "لوحت إيران بالرد على إسرائيل.", {("IRN", "threatens", "ISR")}),
    # concern
    ("concern.inzeaj", "أعربت اليابان عن انزعاجها من إطلاق كوريا الشمالية صاروخا.",
     {("JPN", "expresses_concern", "PRK")}),
    ("concern.bi_qalaq_ila", "أكدت الجزائر أنها تنظر بقلق إلى التحركات الإسرائيلية.",
     {("DZA", "expresses_concern", "ISR")}),
    # holds_talks
    ("talks.tabahath", "تباحث وزير الخارجية السعودي مع نظيره الإيراني في الرياض.",
     {("SAU", "holds_talks", "IRN")}),
    ("talks.call", "أجرى الرئيس الفرنسي مكالمة هاتفية مع الرئيس الأمريكي.",
     {("FRA", "holds_talks", "USA")}),
    ("talks.ittasal", "اتصل الرئيس المصري هاتفيا بنظيره الفرنسي.",
     {("EGY", "holds_talks", "FRA")}),
    ("talks.meeting_in_passing",
     "وفي أعقاب اجتماع زيلينسكي مع ترامب في البيت الأبيض، تحدث الصحفيون عن نتائجه.",
     {("UKR", "holds_talks", "USA")}),
    ("talks.planned_meeting_is_none", "كلف الرئيس التركي وزيره بتنظيم لقاء مع الرئيس السوري.",
     set()),
    # mediates
    ("mediates.auspices", "وعقدت المحادثات بين حماس وإسرائيل برعاية مصرية.",
     {("EGY", "mediates", "HAMAS"), ("EGY", "mediates", "ISR")}),
    ("mediates.host", "استضافت سلطنة عمان المحادثات بين إيران والولايات المتحدة.",
     {("OMN", "mediates", "IRN"), ("OMN", "mediates", "USA")}),
    ("mediates.messages", "تواصل قطر نقل الرسائل بين واشنطن وطهران.",
     {("QAT", "mediates", "IRN"), ("QAT", "mediates", "USA")}),
    ("mediates.bridge", "تسعى الكويت إلى رأب الصدع بين السعودية وقطر.",
     {("KWT", "mediates", "QAT"), ("KWT", "mediates", "SAU")}),
    # readiness and intent: انفتاح، اعتزم، عزم، تطلع، مهتم/جاهز; «اتفق على» + a meeting
    ("ready.openness", "أكدت إيران انفتاحها على الحوار مع السعودية.",
     {("IRN", "expresses_intent_to_meet", "SAU")}),
    ("ready.intend", "يعتزم الرئيس التركي لقاء نظيره السوري قريبا.",
     {("TUR", "expresses_intent_to_meet", "SYR")}),
    ("ready.ready_participles", "قالت موسكو إنها مهتمة وجاهزة للمفاوضات مع كييف.",
     {("RUS", "expresses_intent_to_meet", "UKR")}),
    ("ready.agreed_on_meeting", "اتفقت روسيا وتركيا على عقد لقاء جديد الشهر المقبل.",
     {("RUS", "expresses_intent_to_meet", "TUR"), ("TUR", "expresses_intent_to_meet", "RUS")}),
    # any other act agreed on is an agreement reached (rule 23); a view agreed on is not
    ("ready.agreed_on_other", "اتفقت روسيا وتركيا على تبادل الأسرى.",
     {("RUS", "expresses_intent_to_cooperate", "TUR"),
      ("TUR", "expresses_intent_to_cooperate", "RUS")}),
    ("ready.agreed_on_view", "اتفقت روسيا وتركيا على أهمية الحل السياسي.",
     {("RUS", "agrees_with", "TUR"), ("TUR", "agrees_with", "RUS")}),
    # cooperation: توطيد، تطلع إلى تعزيز، إعادة العلاقات
    ("cooperate.consolidate", "أكد الرئيس المصري عزمه توطيد العلاقات مع الإمارات.",
     {("EGY", "expresses_intent_to_cooperate", "ARE")}),
    ("cooperate.look_forward", "تتطلع الهند إلى تعزيز التعاون مع اليابان.",
     {("IND", "expresses_intent_to_cooperate", "JPN")}),
    ("cooperate.restore", "وقال الوزير الأردني: نأمل أن نعيد العلاقات مع سوريا إلى طبيعتها.",
     {("JOR", "expresses_intent_to_cooperate", "SYR")}),
    # sovereignty: تمسك بوحدة أراضي
    ("sovereignty.adherence", "جدد الرئيس الفرنسي تمسك بلاده بوحدة أراضي أوكرانيا.",
     {("FRA", "affirms_sovereignty", "UKR")}),
    # «هنا» ("here") is not the past of هنأ
    ("welcomes.huna_is_here", "وقال الوزير التركي إن الحديث هنا عن روسيا وأوكرانيا.", set()),
    ("welcomes.congratulates", "هنأت مصر الحكومة اللبنانية على تشكيلها.",
     {("EGY", "welcomes", "LBN")}),
    # threatens: «لن تقف مكتوفة الأيدي» (negation is part of the idiom), «ستدفع ثمنا»
    ("threatens.idle_hands",
     "وقال الوزير الإيراني إن بلاده لن تقف مكتوفة الأيدي أمام الاعتداءات الإسرائيلية.",
     {("IRN", "threatens", "ISR")}),
    # holds_talks: «تبادل … وجهات النظر», not an exchange of prisoners
    ("talks.exchanged_views",
     "تبادل وزير الخارجية المصري مع نظيره السعودي وجهات النظر حول الأوضاع في السودان.",
     {("EGY", "holds_talks", "SAU")}),
    ("talks.prisoner_exchange_is_none", "تبادلت روسيا وأوكرانيا الأسرى أمس.", set()),
    # mediates: shuttle diplomacy between the parties
    ("mediates.shuttle", "يقوم المبعوث الأمريكي بجولات مكوكية بين إسرائيل ولبنان.",
     {("USA", "mediates", "ISR"), ("USA", "mediates", "LBN")}),
    # dialogue contents: the diplomatic track
    ("content.diplomatic_track",
     "دعا الاتحاد الأوروبي روسيا وأوكرانيا إلى تغليب المسار الدبلوماسي.",
     {("EU", "calls_for_dialogue", "RUS"), ("EU", "calls_for_dialogue", "UKR")}),
    # «لوّح بفرض عقوبات» is a warning of non-military steps, «لوّح بالرد» a threat (rule 14)
    ("warns.lawwah_sanctions", "لوحت واشنطن بفرض عقوبات جديدة على إيران.",
     {("USA", "warns", "IRN")}),
    # stopping or ending attacks, whatever the noun or its pronoun, is restraint (rule 20)
    ("content.stop_its_strikes", "حض الأمين العام لحلف الناتو موسكو على وقف ضرباتها على المدن.",
     {("NATO", "urges_restraint", "RUS")}),
    ("content.put_an_end", "طالبت الجامعة العربية إسرائيل بوضع حد لعملياتها في غزة.",
     {("ARL", "urges_restraint", "ISR")}),
    ("content.consultations", "دعت الكويت الحكومة اليمنية والحوثيين إلى جولة مشاورات جديدة.",
     {("KWT", "calls_for_dialogue", "YEM"), ("KWT", "calls_for_dialogue", "HOUTHIS")}),
    ("ready.consultations", "أبدى الحوثيون استعدادهم للمشاركة في جولة مشاورات مع الحكومة اليمنية.",
     {("HOUTHIS", "expresses_intent_to_meet", "YEM")}),
    # homographs kept whole: الحكم is not ال + ألح + كم, الثنائي is not ثناء
    ("homograph.alhukm", "أكدت الجزائر رفضها القاطع لاعتراف فرنسا بخطة الحكم الذاتي.",
     {("DZA", "rejects", "FRA")}),
    ("homograph.bilateral", "ناقش الرئيس المصري مع نظيره الفرنسي العلاقات الثنائية.",
     {("EGY", "holds_talks", "FRA")}),
    # accusative masdars after a light verb: «وجهت انتقادا»، «أعلنت رفضا»
    ("condemns.accusative", "وجهت الخارجية الأردنية انتقادا حادا للحكومة الإسرائيلية.",
     {("JOR", "condemns", "ISR")}),
    ("rejects.accusative", "أعلنت مصر رفضا قاطعا للخطة الإسرائيلية.", {("EGY", "rejects", "ISR")}),
    # agrees_with: participles, shared vision, joining one's voice
    ("agrees.participle", "وقال الوزير التركي إن بلاده متفقة مع روسيا بشأن الحل في سوريا.",
     {("TUR", "agrees_with", "RUS")}),
    ("agrees.voice", "ضمت فرنسا صوتها إلى ألمانيا في رفض الخطة.", {("FRA", "agrees_with", "DEU")}),
    # threatens: reserving the right to respond
    ("threatens.right_to_respond",
     "وقال الجيش الإيراني إن طهران تحتفظ بحق الرد على الهجوم الإسرائيلي.",
     {("IRN", "threatens", "ISR")}),
    # welcomes: satisfaction
    ("welcomes.satisfaction", "أعرب الرئيس الفلسطيني عن ارتياحه لقرار إسبانيا.",
     {("PSE", "welcomes", "ESP")}),
    # rejects: non-recognition, its negation part of the idiom
    ("rejects.non_recognition", "قالت بكين إنها لا تعترف بالسلطات التايوانية.",
     {("CHN", "rejects", "TWN")}),
    # cooperation: raising the level of relations
    ("cooperate.raise_level",
     "أكد وزير الخارجية الإماراتي حرص بلاده على رفع مستوى العلاقات مع الهند.",
     {("ARE", "expresses_intent_to_cooperate", "IND")}),
    # concern: apprehension
    ("concern.khashya", "أعربت الصين عن خشيتها من التحركات العسكرية الأمريكية.",
     {("CHN", "expresses_concern", "USA")}),
    # «طلب» after a preposition is the noun "request", not an appeal
    ("homograph.request_noun", "وبناء على طلب من روسيا، عقد مجلس الأمن جلسة طارئة.", set()),
    # «عمق العلاقات» (the depth of relations) is formulaic friendship (rule 18)
    ("homograph.depth_of_relations", "أكد الرئيس المصري عمق العلاقات مع السعودية.", set()),
    # a joint press conference "with" someone is talks (rule 15); one alone is not
    ("talks.press_conference_with",
     "وقال الوزير الإيراني خلال مؤتمر صحفي مع نظيره العراقي إن المحادثات كانت مثمرة.",
     {("IRN", "holds_talks", "IRQ")}),
    ("talks.press_conference_alone",
     "وقال الوزير الإيراني في مؤتمر صحفي إن المحادثات كانت مثمرة.", set()),
    # rejects: «لا ترى أي أساس لـ» dismisses a proposal
    ("rejects.no_basis", "وقالت موسكو إنها لا ترى أي أساس لاجتماع مباشر مع كييف.",
     {("RUS", "rejects", "UKR")}),
    # cooperation: bridging differences with someone
    ("cooperate.bridge", "وقال الوزير القطري إن من المهم تجسير الخلافات مع الإمارات.",
     {("QAT", "expresses_intent_to_cooperate", "ARE")}),
    # support: defending an actor
    ("support.defend", "وقال الوزير الإيراني إن واشنطن تدافع عن إسرائيل في كل المحافل.",
     {("USA", "expresses_support", "ISR")}),
    # litotes of effort and candour: «لم تتردد في»، «لم تدخر جهدا»، «لم يخف قلقه» are no negation
    ("litotes.did_not_hesitate", "لم تتردد تركيا في إدانة الهجوم الإسرائيلي على قطر.",
     {("TUR", "condemns", "ISR")}),
    ("litotes.spared_no_effort", "لم تدخر الكويت جهدا في الوساطة بين السعودية وقطر.",
     {("KWT", "mediates", "SAU"), ("KWT", "mediates", "QAT")}),
    ("litotes.did_not_hide", "لم يخف الرئيس الفرنسي قلقه إزاء التحركات الروسية.",
     {("FRA", "expresses_concern", "RUS")}),
    ("negation.still_negated", "لم تدن تركيا الهجوم الإسرائيلي.", set()),
    # readiness to facilitate or host talks between parties is an offer to mediate (rule 11)
    ("ready.to_facilitate",
     "وأعلن الوزير القطري استعداد بلاده لتسهيل المفاوضات بين الولايات المتحدة وإيران.",
     {("QAT", "mediates", "USA"), ("QAT", "mediates", "IRN")}),
    # support for establishing a state is advocacy of an outcome, a topic (rule 23)
    ("support.outcome_is_topic", "أكدت تركيا أنها تدعم قيام دولة فلسطينية مستقلة.", set()),
    ("ready.to_host_a_round",
     "أبدت تركيا استعدادها لاستضافة جولة جديدة من المفاوضات بين روسيا وأوكرانيا.",
     {("TUR", "mediates", "RUS"), ("TUR", "mediates", "UKR")}),
    # «سترد» threatens, «سترد بإيجابية» does not
    ("threatens.will_respond", "وقال المتحدث الإيراني إن طهران سترد على أي اعتداء إسرائيلي.",
     {("IRN", "threatens", "ISR")}),
    ("threatens.respond_positively",
     "وقال المتحدث التركي إن أنقرة سترد بإيجابية على أي خطوة سورية.", set()),
    # support: standing with, siding with
    ("support.stand_with", "أكدت قطر أنها تقف مع الكويت في هذه المرحلة.",
     {("QAT", "expresses_support", "KWT")}),
    ("support.side_with", "انحازت الولايات المتحدة إلى إسرائيل في مجلس الأمن.",
     {("USA", "expresses_support", "ISR")}),
    ("support.ceasefire_is_no_stand", "وقف إطلاق النار في غزة دخل حيز التنفيذ.", set()),
    # rejects: objecting to a proposal
    ("rejects.object_to", "اعترضت روسيا على مشروع القرار الأمريكي.", {("RUS", "rejects", "USA")}),
    # rejecting any infringement of a state's sovereignty affirms it
    ("sovereignty.no_infringement", "جددت مصر رفضها أي مساس بسيادة السودان.",
     {("EGY", "affirms_sovereignty", "SDN")}),
    # cooperation: a new page, resuming relations
    ("cooperate.new_page", "أعلنت السعودية وإيران فتح صفحة جديدة في العلاقات بينهما.",
     {("SAU", "expresses_intent_to_cooperate", "IRN"),
      ("IRN", "expresses_intent_to_cooperate", "SAU")}),
    ("cooperate.resume_relations", "قررت البحرين استئناف العلاقات الدبلوماسية مع قطر.",
     {("BHR", "expresses_intent_to_cooperate", "QAT")}),
    # «قوات الدعم السريع» is a name, not support; «لا مانع من» is readiness
    ("support.rsf_is_a_name",
     "أكدت الحكومة السودانية أنها لا تمانع استئناف المفاوضات مع قوات الدعم السريع.", set()),
    ("ready.no_objection", "وقال الوزير الإيراني: لا مانع لدينا من الحوار مع السعودية.",
     {("IRN", "expresses_intent_to_meet", "SAU")}),
    # agrees_with: converging, adopting the same view
    ("agrees.converge", "وقال الوزير الروسي إن مواقف بلاده تتقاطع مع الموقف الصيني.",
     {("RUS", "agrees_with", "CHN")}),
    ("agrees.same_view", "وقال الوزير الأردني إن بلاده تتبنى الرأي ذاته مع مصر.",
     {("JOR", "agrees_with", "EGY")}),
    # threatens: a firm response, the iron fist
    ("threatens.firm_response", "توعدت إسرائيل حزب الله برد حازم.",
     {("ISR", "threatens", "HEZBOLLAH")}),
    # concern: fears (indefinite) of escalation between two sides (rule 14)
    ("concern.fears", "أعربت اليابان عن مخاوف من التصعيد بين الصين وتايوان.",
     {("JPN", "expresses_concern", "CHN"), ("JPN", "expresses_concern", "TWN")}),
    # «الحديدة» (a Yemeni port) is not «حديد» of «بيد من حديد»
    ("homograph.hodeidah", "قصفت الطائرات الأمريكية ميناء الحديدة اليمني.", set()),
    # «للتعاون» keeps its whole reading (it is in «منظمة شنغهاي للتعاون»), so the content lists it
    ("content.lil_taawun", "وأبدت تركيا استعدادها للتعاون مع سوريا في مكافحة الإرهاب.",
     {("TUR", "expresses_intent_to_cooperate", "SYR")}),
]


@pytest.mark.parametrize(("family", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_family_reads_its_sentence(family: str, text: str, expected: set[Edge]) -> None:
    records = extract_text(text, lang="ar", date="2024-05-01")
    edges = {(r.holder, r.stance_type, r.target) for r in records if r.is_edge}
    assert edges == expected, family

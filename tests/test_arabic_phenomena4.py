"""Arabic constructions of the fourth round: each case is a sentence written for this test,
with every edge it should give (so that a false alarm fails as well as a miss). Grouped by
the phenomenon they check."""

from __future__ import annotations

import pytest

from tests.edge_cases import Edge
from tests.edge_cases import edges_ar as edges

CASES: list[tuple[str, str, set[Edge]]] = [
    # a long name agrees as its head noun does: «المملكة/الجمهورية/جماعة …» is feminine
    # whatever the gender of the short name («الأردن», «الحوثيون»)
    ("name_gender.kingdom",
     "وأدانت المملكة المغربية الهجوم الإيراني على الإمارات.",
     {("MAR", "condemns", "IRN")}),
    ("name_gender.republic",
     "ورحبت الجمهورية اللبنانية بالقرار الفرنسي.",
     {("LBN", "welcomes", "FRA")}),
    ("name_gender.group",
     "واتهمت جماعة الحوثي الولايات المتحدة بقصف ميناء الحديدة.",
     {("HOUTHIS", "accuses", "USA")}),
    # a bare definite head noun («المجلس», «الحزب», «الجماعة», «الوكالة», «المملكة») names
    # the actor whose long name it headed earlier in the article, as subject or object
    ("head_anaphora.party_subject",
     "قصفت إسرائيل مواقع لحزب الله في الجنوب. واتهم الحزب إسرائيل بخرق الهدنة.",
     {("HEZBOLLAH", "accuses", "ISR")}),
    ("head_anaphora.agency_object",
     ("وصل وفد من الوكالة الدولية للطاقة الذرية إلى طهران. واتهمت إيران الوكالة بتسريب "
     "معلومات سرية."),
     {("IRN", "accuses", "IAEA")}),
    ("head_anaphora.group_warned",
     "تعرضت سفن تجارية لهجمات من جماعة الحوثيين. وحذرت بريطانيا الجماعة من مواصلة الهجمات.",
     {("GBR", "warns", "HOUTHIS")}),
    ("head_anaphora.kingdom_in_clause",
     ("أدانت المملكة الأردنية الهاشمية القصف الإسرائيلي. وقال الناطق باسم الخارجية إن "
     "المملكة تحمّل إسرائيل المسؤولية الكاملة."),
     {("JOR", "condemns", "ISR"), ("JOR", "accuses", "ISR")}),
    ("head_anaphora.council_statement",
     "عقد مجلس التعاون الخليجي اجتماعه في مسقط. وأدان المجلس الهجوم الإيراني على ناقلة نفط.",
     {("GCC", "condemns", "IRN")}),
    # a nisba adjective after the head makes it another body
    ("head_anaphora.other_body",
     ("وأدان مجلس التعاون الخليجي الهجوم الإيراني. ورفض المجلس العسكري في مالي العقوبات "
     "الفرنسية."),
     {("GCC", "condemns", "IRN"), ("MLI", "rejects", "FRA")}),
    # phone calls: «أجرى X اتصالا (هاتفيا) مع/بـ Y», two separate calls (a dual) with each
    # side, the object pronoun of the verb that follows («حثّهما», «وتطالبها»), the joint
    # subject after «خلاله», the subject of a relative clause («بنظيرته …، التي أكدت»)
    ("calls.two_separate_calls",
     ("وأجرى الرئيس الفرنسي اتصالين هاتفيين منفصلين مع رئيس الوزراء الهندي ورئيس الوزراء "
     "الباكستاني، حثّهما خلالهما على ضبط النفس."),
     {("FRA", "holds_talks", "IND"), ("FRA", "holds_talks", "PAK"),
      ("FRA", "urges_restraint", "IND"), ("FRA", "urges_restraint", "PAK")}),
    ("calls.both_sides_discussed",
     ("وأجرى وزير الخارجية السعودي اتصالا هاتفيا مع نظيره الكويتي، بحث خلاله الجانبان "
     "العلاقات الثنائية."),
     {("SAU", "holds_talks", "KWT"), ("KWT", "holds_talks", "SAU")}),
    ("calls.relative_subject",
     ("وأجرى وزير الخارجية الإيطالي اتصالا هاتفيا بنظيرته الألمانية، التي أكدت دعم بلادها "
     "لأوكرانيا."),
     {("ITA", "holds_talks", "DEU"), ("DEU", "expresses_support", "UKR")}),
    ("calls.fronted_time",
     "وفي وقت لاحق، أجرى الرئيس التركي اتصالا هاتفيا بنظيره الروسي.",
     {("TUR", "holds_talks", "RUS")}),
    ("calls.object_pronoun_appeal",
     ("وقال وزير الخارجية المصري إن القاهرة تدين الغارات الإسرائيلية وتطالبها بالوقف الفوري "
     "للهجمات."),
     {("EGY", "condemns", "ISR"), ("EGY", "urges_restraint", "ISR")}),
    # a ta marbuta («دعاة») is no object pronoun: the noun is no appeal to the actor before
    ("calls.ta_marbuta_no_pronoun",
     "وحذر وزير الخارجية الإيراني واشنطن من أن دعاة الحرب سيجرون المنطقة إلى الهاوية.",
     {("IRN", "warns", "USA")}),
    # «أما X، ف…»: the topic after أما is the subject of the verb after ف and of the verbs
    # coordinated with it, whose following names are then their objects
    ("topic.concern",
     "أما اليابان، فأعربت عن قلقها إزاء التجارب الصاروخية الكورية الشمالية.",
     {("JPN", "expresses_concern", "PRK")}),
    ("topic.capital_no_comma",
     "أما بكين فرفضت الاتهامات الأمريكية.",
     {("CHN", "rejects", "USA")}),
    ("topic.coordinated_appeal",
     "أما ألمانيا، فأعلنت أنها تقف إلى جانب بولندا، ودعت أرمينيا وأذربيجان إلى وقف التصعيد.",
     {("DEU", "expresses_support", "POL"), ("DEU", "urges_restraint", "ARM"),
      ("DEU", "urges_restraint", "AZE")}),
    ("topic.place_is_no_subject",
     "أما في عمّان، فقد رحب وزير الخارجية العراقي بالمبادرة المصرية.",
     {("IRQ", "welcomes", "EGY")}),
    # «الدول الثلاث», «الأطراف الثلاثة»: the last list of three or more, whole
    ("lists.three_states_later",
     ("أعلنت تونس والمغرب وموريتانيا رفضها للقرار الفرنسي. وأبدت مصر استعدادها للتوسط بين "
     "فرنسا والدول الثلاث."),
     {("TUN", "rejects", "FRA"), ("MAR", "rejects", "FRA"), ("MRT", "rejects", "FRA"),
      ("EGY", "mediates", "FRA"), ("EGY", "mediates", "TUN"), ("EGY", "mediates", "MAR"),
      ("EGY", "mediates", "MRT")}),
    # one actor's own meeting («في قمتها») is no talks among the sentence's subjects
    ("meetings.someone_elses_summit",
     "وانتقدت كوبا وفنزويلا العقوبات التي أقرتها الولايات المتحدة في قمتها الأخيرة.",
     {("CUB", "condemns", "USA"), ("VEN", "condemns", "USA")}),
    # a body or officer of an organisation, joined to it by the genitive lam, speaks for it
    ("body_of.council_of_league",
     "وأدان المجلس الوزاري لجامعة الدول العربية الاعتداء الإسرائيلي على سوريا.",
     {("ARL", "condemns", "ISR")}),
    ("body_of.director_of_agency",
     "وحذر المدير التنفيذي للوكالة الدولية للطاقة الذرية إيران من تقييد عمل المفتشين.",
     {("IAEA", "warns", "IRN")}),
    # the subject of the relative after a mediation noun makes the efforts
    ("efforts.relative_agent",
     ("وأشاد الرئيس الفرنسي بالمساعي التي تبذلها النرويج في الوساطة بين كولومبيا "
     "وفنزويلا."),
     {("FRA", "welcomes", "NOR"), ("NOR", "mediates", "COL"), ("NOR", "mediates", "VEN")}),
    # a participle after a comma opens a clause of its own (حال): the appeal before it does
    # not swallow it, and «إياها» is its object
    ("participle.detached_pronoun",
     ("وطالبت الحكومة اليمنية جماعة الحوثي بوقف الهجمات، محمّلة إياها مسؤولية تدهور "
     "الأوضاع."),
     {("YEM", "urges_restraint", "HOUTHIS"), ("YEM", "accuses", "HOUTHIS")}),
    # two addressees of an appeal are the sides that «الجانبين» names later in the sentence
    ("sides.addressees_then_both_sides",
     ("ودعا الاتحاد الأوروبي صربيا وكرواتيا إلى الحوار، محذراً من أن القطيعة بين الجانبين "
     "تضر بالمنطقة."),
     {("EU", "calls_for_dialogue", "SRB"), ("EU", "calls_for_dialogue", "HRV"),
      ("EU", "expresses_concern", "SRB"), ("EU", "expresses_concern", "HRV")}),
    # «يعرف (جيدا) كيف يرد»: a threat of the holder's own (rule 14), aimed at the actor it
    # is in conflict with in the article; with no such actor it names no one
    ("knows_how.partner",
     ("وحذّرت إسرائيل حزب الله من مواصلة الهجمات. وردّ حزب الله بأنه يعرف كيف يرد على أي "
     "اعتداء."),
     {("ISR", "warns", "HEZBOLLAH"), ("HEZBOLLAH", "threatens", "ISR")}),
    ("knows_how.no_partner",
     "وقال المتحدث باسم الجيش الإيراني إن بلاده تعرف جيدا كيف ترد.",
     set()),
    # a geminate verb written with its shadda («وردّ») opens the sentence; the participle
    # after the comma is a clause of its own, not part of the quote's object
    ("reply.geminate_opener",
     "وردّ الحوثيون بأنهم يعرفون حقوقهم، متهمين الولايات المتحدة بقصف المدنيين.",
     {("HOUTHIS", "accuses", "USA")}),
    # a stance named back: «وجاء التحذير …» reports the earlier warning again (no new
    # stance), «هذه الاتهامات» are the last accuser's act (rule 11)
    ("named_back.report_verb",
     "وحذرت الصين اليابان من عسكرة المنطقة. وجاء التحذير خلال اجتماع لمجلس الأمن الدولي.",
     {("CHN", "warns", "JPN")}),
    ("named_back.these_accusations",
     "واتهمت روسيا بولندا بتدريب المسلحين. ورفضت وارسو هذه الاتهامات.",
     {("RUS", "accuses", "POL"), ("POL", "rejects", "RUS")}),
    ("named_back.three_capitals",
     ("وحذرت فرنسا وبريطانيا وألمانيا إيران من تقييد عمل المفتشين. ورفض المتحدث باسم "
     "الخارجية الإيرانية التحذير الصادر عن العواصم الأوروبية الثلاث."),
     {("FRA", "warns", "IRN"), ("GBR", "warns", "IRN"), ("DEU", "warns", "IRN"),
      ("IRN", "rejects", "FRA"), ("IRN", "rejects", "GBR"), ("IRN", "rejects", "DEU")}),
    # a condition before a comma does not reach the participle after it
    ("conditional.participle_after_comma",
     ("وحذرت فرنسا مالي من أنها ستعلق المساعدات إذا لم تُجر الانتخابات، متهمة روسيا بدعم "
     "الانقلاب."),
     {("FRA", "warns", "MLI"), ("FRA", "accuses", "RUS")}),
    # the genitive of a meeting noun that names a body or an organisation is who meets
    ("meetings.body_session",
     "وعلى هامش اجتماع مجلس الجامعة العربية، التقى وزير الخارجية المصري نظيره الأردني.",
     {("EGY", "holds_talks", "JOR")}),
    # rule 23: an agreement signed in the news, an aside between the subject and its object
    ("agreement.aside_after_subject",
     "ووقّعت كينيا وتنزانيا، صباح الخميس في نيروبي، اتفاقا للتعاون في مجال الطاقة.",
     {("KEN", "expresses_intent_to_cooperate", "TZA"),
      ("TZA", "expresses_intent_to_cooperate", "KEN")}),
    # rule 13: an offer whose only condition is the parties' consent stands
    ("consent.if_both_ask",
     "وأبدت سويسرا استعدادها لاستضافة محادثات بين أرمينيا وأذربيجان إذا طلب الطرفان ذلك.",
     {("CHE", "mediates", "ARM"), ("CHE", "mediates", "AZE")}),
    ("consent.if_they_agree",
     "وأعلنت النرويج استعدادها للتوسط بين الهند وباكستان إذا وافق الجانبان على ذلك.",
     {("NOR", "mediates", "IND"), ("NOR", "mediates", "PAK")}),
    ("consent.other_condition_is_hypothetical",
     "وقالت النرويج إنها ستتوسط بين الهند وباكستان إذا أوقفت نيودلهي عملياتها.",
     set()),
    # rules 16 and 19: a hope that another actor mediates is no mediation
    ("hope.other_actor_mediates",
     "وأعرب الرئيس العراقي عن أمله في أن تضطلع تركيا بدور في الوساطة بين سوريا والأردن.",
     set()),
    # talks the holder hopes for, is ready for or will hold are an intent to meet; the
    # pronoun of «إنه» is the subject, a name after the verb its object
    ("intent.pronoun_subject_future",
     "وقال الرئيس البرازيلي إنه سيلتقي بالمبعوث الأمريكي في برازيليا.",
     {("BRA", "expresses_intent_to_meet", "USA")}),
    ("intent.hope_own_meeting",
     "وقال وزير الخارجية الأرميني: «نأمل أن نلتقي بالقيادة الأذربيجانية قريبا».",
     {("ARM", "expresses_intent_to_meet", "AZE")}),
    ("intent.ready_for_talks",
     "وأبدى الرئيس الكولومبي استعداده لزيارة كاراكاس وإجراء محادثات مع الرئيس الفنزويلي.",
     {("COL", "expresses_intent_to_meet", "VEN")}),
    # rule 13: an offer made only on a concession is coded only as the demand for it
    ("intent.only_after_concession",
     ("وقال الرئيس الإثيوبي إنه لن يلتقي نظيره الإريتري إلا بعد انسحاب القوات الإريترية من "
     "الحدود."),
     {("ETH", "demands_withdrawal", "ERI")}),
    ("intent.only_when",
     "وقال الرئيس الصربي إنه سيلتقي نظيره الكرواتي فقط عندما تعتذر زغرب.",
     set()),
    # contacts with, or an offer to work with, every side of a dispute («مع الطرفين»,
    # «مع جميع الأطراف») is mediation toward each side the article names (rules 12, 16)
    ("all_sides.ready_to_work_with_all",
     ("وأعربت اليابان عن قلقها من التوتر بين الهند وباكستان. وأكدت طوكيو أنها على استعداد "
     "للعمل مع جميع الأطراف لخفض التوتر."),
     {("JPN", "expresses_concern", "IND"), ("JPN", "expresses_concern", "PAK"),
      ("JPN", "mediates", "IND"), ("JPN", "mediates", "PAK")}),
    ("all_sides.contacts_with_both_named",
     "وستواصل تركيا اتصالاتها مع الطرفين، روسيا وأوكرانيا، لتثبيت الهدنة.",
     {("TUR", "mediates", "RUS"), ("TUR", "mediates", "UKR")}),
    ("all_sides.contacts_with_both_earlier",
     "وتصاعد التوتر بين إثيوبيا وإريتريا. وكثفت كينيا اتصالاتها مع الطرفين.",
     {("KEN", "mediates", "ETH"), ("KEN", "mediates", "ERI")}),
    # the sides a sentence names before its «الطرفين/الجانبان» are theirs (rule 12), past
    # the titles («بين وزيري خارجية X وY»); «هاتفي» is an adjective, never the verb هاتف
    ("sides.named_earlier_in_sentence",
     ("وعلى خلفية الاشتباكات الحدودية بين أرمينيا وأذربيجان، دعا الاتحاد الأوروبي الطرفين "
     "إلى الحوار."),
     {("EU", "calls_for_dialogue", "ARM"), ("EU", "calls_for_dialogue", "AZE")}),
    ("sides.call_between_ministers",
     "وفي اتصال هاتفي بين وزيري خارجية مصر وتركيا، بحث الجانبان الأوضاع في ليبيا.",
     {("EGY", "holds_talks", "TUR"), ("TUR", "holds_talks", "EGY")}),
    # the EU's institutions speak for it (rule 5: institutions stand for their actor)
    ("institutions.commission",
     "وأنذرت المفوضية الأوروبية بولندا بإجراءات قانونية.",
     {("EU", "warns", "POL")}),
    ("institutions.parliament",
     "وانتقد البرلمان الأوروبي الحكومة المجرية.",
     {("EU", "condemns", "HUN")}),
    # «زعم X أن Y …»: a claim that attributes an act to Y accuses it (rule 21)
    ("claim.accuses_clause_subject",
     "وزعمت وزارة الدفاع الروسية أن أوكرانيا تقصف محطة زابوريجيا النووية.",
     {("RUS", "accuses", "UKR")}),
    # rule 22: congratulation welcomes; «هنّأ» only where the hamza is written, so that
    # «هنا» ("here") is never read as it
    ("congratulates.hamza",
     "وهنّأ العاهل الأردني الرئيس الفرنسي بإعادة انتخابه.",
     {("JOR", "welcomes", "FRA")}),
    ("congratulates.here_is_no_verb",
     "وقال وزير الخارجية القطري إن الحوار هنا مع إيران هو الحل.",
     set()),
    # «طُلب من X»: the passive, where the vowels show it, is read before the noun طلب; its
    # agent follows a link such as «وجّهتها» (read by its written form) or «صادر عن»
    ("passive.asked_of_by_letter",
     "وطُلب من إيران، في رسالة وجّهتها فرنسا إليها، الإفراج عن الرعايا الفرنسيين.",
     {("FRA", "demands", "IRN")}),
    ("passive.asked_of_statement",
     "وطُلب من السودان، في بيان صادر عن الاتحاد الأفريقي، وقف القتال فورا.",
     {("AU", "urges_restraint", "SDN")}),
    # «العملية الإسرائيلية» is Israel's act (rule 11); the object ends where «فيما» opens
    # the next clause, whose subject is no target
    ("object.operation_then_fima",
     "وأدانت قطر العملية الإسرائيلية في رفح، فيما حذرت جامعة الدول العربية من تداعياتها.",
     {("QAT", "condemns", "ISR")}),
    # a bare title then the addressee's name («ودعا الناطق مجلس الأمن»): a filler that opens
    # a name is the object; rule 20: the compelling verb may close the asked-for clause
    ("compel.title_then_council",
     ("وأدانت أوكرانيا القصف الروسي. ودعا الناطق مجلس الأمن الدولي إلى اتخاذ إجراءات عاجلة "
     "تُلزم روسيا بوقف هجماتها."),
     {("UKR", "condemns", "RUS"), ("UKR", "demands", "UNSC"),
      ("UKR", "urges_restraint", "RUS")}),
    # «وجّه دعوة إلى X لـ…»: a call on X to do something is a demand (rule 10); an
    # invitation to visit stays an offer to meet
    ("call_noun.to_do",
     "ووجّه الأمين العام للأمم المتحدة دعوة إلى ميانمار للإفراج عن المعتقلين.",
     {("UN", "demands", "MMR")}),
    ("call_noun.invitation",
     "ووجهت مصر دعوة إلى الرئيس الفلسطيني لزيارة القاهرة.",
     {("EGY", "expresses_intent_to_meet", "PSE")}),
    # rule 16: the sides of a sponsored agreement named by a relations noun with two state
    # adjectives («العلاقات السعودية الإيرانية»: the first reads as a name) in the same
    # sentence, before a pair named in an earlier one
    ("sponsor.relations_adjectives",
     ("وتصاعد التوتر بين إسرائيل وحماس. وتحسنت العلاقات المصرية التركية منذ الاتفاق الذي "
     "وقع في الدوحة برعاية قطرية."),
     {("QAT", "mediates", "EGY"), ("QAT", "mediates", "TUR")}),
    ("sponsor.relations_name_then_adjective",
     "وتحسنت العلاقات السعودية الإيرانية منذ الاتفاق الذي جرى التوصل إليه برعاية صينية.",
     {("CHN", "mediates", "SAU"), ("CHN", "mediates", "IRN")}),
    # a resumption or settlement called necessary is a call to the sides (rule 12), not a
    # mediation by the one who calls for it
    ("necessity.no_mediation",
     "وأكدت البرازيل والهند ضرورة استئناف المفاوضات بين الولايات المتحدة وإيران.",
     {("BRA", "calls_for_dialogue", "USA"), ("BRA", "calls_for_dialogue", "IRN"),
      ("IND", "calls_for_dialogue", "USA"), ("IND", "calls_for_dialogue", "IRN")}),
    # what analysts or observers say or expect an actor does is no stance of the actor's
    ("analysts.expect_warning",
     "ويتوقع محللون أن تحذّر تركيا اليونان من التنقيب في شرق المتوسط.",
     set()),
    ("analysts.see_mediation",
     "ويرى مراقبون أن قطر تسعى إلى الوساطة بين السودان وتشاد.",
     set()),
    ("analysts.official_is_no_analyst",
     "وقال مسؤول تركي إن أنقرة تحذّر اليونان من التنقيب في شرق المتوسط.",
     {("TUR", "warns", "GRC")}),
    # rule 10: «على X أن تسحب قواتها/جنودها» asks for a withdrawal
    ("withdrawal.finite_pull_out",
     "وقال وزير الخارجية الأذربيجاني: «على أرمينيا أن تسحب قواتها من أراضينا».",
     {("AZE", "demands_withdrawal", "ARM")}),
    # acts named back with a demonstrative that no sentence tied to an author are those of
    # the adversary the holder has condemned in the article
    ("named_back.those_attacks_adversary",
     ("وأدان الأردن القصف الإسرائيلي على لبنان. وأكدت الوزارة رفض الأردن الكامل لمثل تلك "
     "الاعتداءات."),
     {("JOR", "condemns", "ISR"), ("JOR", "rejects", "ISR")}),
    ("named_back.no_adversary_no_target",
     "وأكدت الوزارة رفض الأردن الكامل لمثل تلك الاعتداءات.",
     set()),
    # an accusative dual after an appeal verb («وحثت البلدين») is its object
    ("dual.accusative_is_object",
     "وأعربت اليابان عن قلقها من التوتر بين الصين والفلبين، وحثت البلدين على ضبط النفس.",
     {("JPN", "expresses_concern", "CHN"), ("JPN", "expresses_concern", "PHL"),
      ("JPN", "urges_restraint", "CHN"), ("JPN", "urges_restraint", "PHL")}),
    # «مخاطباً X: «…»»: an imperative quoted to an addressee is an appeal to it, typed by
    # what it asks (rule 10); addressing someone without a quote asks nothing
    ("addressing.withdraw",
     "وقال الرئيس الفرنسي مخاطباً روسيا: «انسحبوا من أوكرانيا».",
     {("FRA", "demands_withdrawal", "RUS")}),
    ("addressing.talks_both_sides",
     ("وقال وزير الخارجية القطري مخاطباً الجانبين الإثيوبي والإريتري: «عودوا إلى طاولة "
     "المفاوضات»."),
     {("QAT", "calls_for_dialogue", "ETH"), ("QAT", "calls_for_dialogue", "ERI")}),
    ("addressing.no_quote",
     "وقال وزير الخارجية القطري مخاطباً الصحفيين إن الوضع في السودان خطير.",
     set()),
]


@pytest.mark.parametrize(("case", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_phenomenon(case: str, text: str, expected: set[Edge]) -> None:
    assert edges(text) == expected

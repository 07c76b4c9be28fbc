"""Arabic constructions traced in fresh7_ar (12 articles written for the project, scored unseen
in the evening session of 2026-12-05 and developed against from the session of 2026-12-05
night), each tested on sentences written for this file.

- «وأكد الجانبان …» in a joint statement after «الوساطة بين روسيا وأوكرانيا»: a pair word as
  subject stands for the last two that acted together (a dual subject, two who met or
  called), not a pair named only as the object of their words.
- «وقعت X وY ثلاث اتفاقيات», «مذكرتي تفاهم»: plural and dual agreement nouns after a verb of
  signing are an agreement reached (rule 23).
- «الأمير فيصل بن فرحان بن عبدالله آل سعود», «السلطان هيثم بن طارق آل سعيد»: a name the
  gazetteer knows runs on through the rest of its lineage.
- «عقد صاحب السمو الملكي الأمير …، وزير الخارجية، وفخامة الرئيس …»: a subject list goes on
  past an official's titles between commas and a coordinated style of address; the talks noun
  the verb needs is sought after the whole subject, styles of address included.
- «السلطات الانتقالية في نيامي», «المجلس العسكري الحاكم في نيامي», «قادة الانقلاب في
  النيجر»: the authorities described before «في» and a capital or state are that state's
  (rule 5), as «السلطات في باماكو» already was; «قادة» and «المجلس» only with such a word.
- «تأسف الجزائر لقرار …», «نأسف لتعنت الطرف المغربي»: the verb of regret, in every form, is a
  condemnation like the noun «أعرب عن أسفه ل…» (rule 21); not regret for a death or victims.
- «دعم الجزائر لحكومة الوحدة الوطنية الليبية», «رئيس الدبلوماسية الجزائرية»: the words of a
  government's or an office's name between its head and the state's adjective.
- «أما رئيس وزراء كوسوفو فذهب أبعد …، مطالباً …»: the official a title names after «أما» is the
  sentence's subject, as a name there already was.
- «اتهمت كوسوفو بلغراد بـ… . رفض الرئيس الصربي الاتهامات»: a bare definite stance noun after
  the subject that follows the verb names the stance an earlier verb stated (its holder), as
  right after the verb («رفضت كييف الدعوة»); not accusations a modifier gives to another.
- «وزير الخارجية المصري بدر عبد العاطي يجري اتصالاً هاتفياً بنظيره اللبناني» (a live blog's
  entry): an official's title, state and name, then a present verb that is none of our cues,
  is the subject of the stance nouns after it; so is a title whose holder's name the
  gazetteer does not know («… سالم الحارثي يدين …»).
- «ثمّن الوزير الأرميني … . واتهم الجانب الأذربيجاني بمواصلة خرق …»: one accuses someone of
  something; when the only actor after «اتهم» comes right before the charge («بـ…»), it is the
  accused and the speaker goes on (a subject there would need an object: «اتهمت أذربيجان
  أرمينيا بـ…»).
- «معرباً عن قلقه من التطورات العسكرية الأخيرة في شمال البلاد», «تتابع بقلق الأزمة»: the
  developments and the crisis are «the situation»; concern about them takes no sides from
  elsewhere in the article (rules 12, 17).
- «ولم تعلن أنقرة، التي …، حتى الآن عن أي مبادرة للوساطة»: «أي» before a stance noun under a
  negation earlier in the sentence negates it, however far the negation stands (also «not …
  any» in English).
- «داعياً إياهما إلى الانخراط في عملية تفاوض جادة تعالج مخاوف الطرفين»: a bare «تفاوض» («عملية
  تفاوض») is dialogue; «مخاوف الطرفين» are the two sides' own concerns, no concern of the
  speaker's.
- «أدانت … الهجوم على مخيم جنين، وحمّلت إسرائيل المسؤولية الكاملة عنه»: a condemnation of an act
  with no author named, beside the same holder's accusation in the sentence, is of the accused
  (rule 11; shared with English).
- Rule 13: «إذا حاول حزب الله إعادة بناء قواته فإن إسرائيل سترد بقوة»: a conditional threat that
  names no one threatens the actor its condition names (shared with English).
- «أصدر مجلس التعاون بياناً ختامياً … . ورفضت طهران البيان الختامي», «عرضاً», «المقترح»: a
  document or proposal its opening subject issued is that subject's act, named back by the
  definite noun (also from the indefinite accusative «بياناً»), before «البيان» can read as
  a speaker's title.
- «الجارين», «الجاران»: the two neighbours are a pair word (as «الجارتين» was); a mediator's
  «وسيطاً بين الجارين» never takes a pair the mediator belongs to (the sides are then the
  discourse stage's, rule 16).
- «أجرى … اتصالاً هاتفياً بالرئيس الروسي، طالبه خلاله بالتدخل لدى الرئيس البيلاروسي»: the
  addressee of a verb with an object pronoun is the pronoun's antecedent; the actor after
  «لدى» is the third party to be pressed (rule 20).
- «الجهود التي تبذلها مصر بالتعاون مع قطر والولايات المتحدة في الوساطة»: an actor joined by
  «بالتعاون مع» / «بالتنسيق مع» shares the subject's stance (the masdars as bare readings, so
  the list leaves the normaliser's readings alone); «ملتزمة بالتعاون مع القاهرة» is none.
- «مثمّنين الجهود التي بذلتها دولة قطر وجمهورية مصر العربية»: the plural participle of praise
  (lexicon), and the efforts' makers in the relative clause are praised (rule 22).
- «استعرض خلاله الوزيران العلاقات الثنائية», «استعرض … مع نظيره التركي»: reviewing together is
  talks (rule 15), as «بحث/ناقش» (every libqutrub form); «استعرض الجيش قوته» is none.
"""

from __future__ import annotations

import pytest

from tests.edge_cases import Edge
from tests.edge_cases import edges_ar as edges

CASES: list[tuple[str, str, set[Edge]]] = [
    ("the_two_sides_are_the_two_who_met_not_the_mediated_pair",
     ("التقى وزير الخارجية الكويتي نظيره العماني. وثمن الجانب الكويتي الوساطة العمانية بين "
      "إيران والولايات المتحدة. وأكد الجانبان دعمهما لسيادة اليمن."),
     {("KWT", "holds_talks", "OMN"), ("KWT", "welcomes", "OMN"), ("OMN", "mediates", "IRN"),
      ("OMN", "mediates", "USA"), ("KWT", "affirms_sovereignty", "YEM"),
      ("OMN", "affirms_sovereignty", "YEM")}),
    ("plural_agreements_signed",
     "وقعت مصر والأردن ثلاث اتفاقيات في مجالي الطاقة والنقل.",
     {("EGY", "expresses_intent_to_cooperate", "JOR"),
      ("JOR", "expresses_intent_to_cooperate", "EGY")}),
    ("dual_memoranda_signed",
     "ووقع الجانبان العراقي والتركي مذكرتي تفاهم بشأن المياه.",
     {("IRQ", "expresses_intent_to_cooperate", "TUR"),
      ("TUR", "expresses_intent_to_cooperate", "IRQ")}),
    ("a_name_runs_on_through_its_lineage",
     "عقد جلالة السلطان هيثم بن طارق آل سعيد والرئيس الإيراني جلسة مباحثات في مسقط.",
     {("OMN", "holds_talks", "IRN"), ("IRN", "holds_talks", "OMN")}),
    ("styles_of_address_before_the_subject",
     ("أجرى صاحب السمو الملكي الأمير فيصل بن فرحان بن عبدالله آل سعود والوزير الأردني "
      "مشاورات في عمّان."),
     {("SAU", "holds_talks", "JOR"), ("JOR", "holds_talks", "SAU")}),
    ("the_list_goes_on_past_the_titles_between_commas",
     "عقد الأمير فيصل بن فرحان، وزير الخارجية، ونظيره الأردني جلسة مباحثات.",
     {("SAU", "holds_talks", "JOR"), ("JOR", "holds_talks", "SAU")}),
    ("a_coordinated_style_of_address",
     "عقد الأمير فيصل بن فرحان وفخامة الرئيس الأوزبكي جلسة مباحثات رسمية.",
     {("SAU", "holds_talks", "UZB"), ("UZB", "holds_talks", "SAU")}),
    ("the_transitional_authorities_in_a_capital",
     "دعا المندوب الروسي السلطات الانتقالية في واغادوغو إلى ضبط النفس.",
     {("RUS", "urges_restraint", "BFA")}),
    ("the_coup_leaders_in_a_state",
     "طالبت فرنسا قادة الانقلاب في الغابون بالإفراج عن الرئيس.",
     {("FRA", "demands", "GAB")}),
    ("the_ruling_military_council_in_a_capital",
     "أدان الاتحاد الأوروبي اعتقال المجلس العسكري الحاكم في باماكو لمعارضين.",
     {("EU", "condemns", "MLI")}),
    ("leaders_in_a_capital_without_a_word_of_rule_are_a_place",
     "التقى وزير الخارجية الإيطالي قادة الأحزاب في تونس.",
     set()),
    ("the_verb_of_regret",
     "تأسف مصر لرفض إثيوبيا التوقيع على الاتفاق.",
     {("EGY", "condemns", "ETH")}),
    ("the_verb_of_regret_in_the_first_person",
     "وقال وزير الخارجية الأردني: «نأسف لتعنت الجانب الإسرائيلي».",
     {("JOR", "condemns", "ISR")}),
    ("regret_for_a_death_is_no_condemnation",
     "أعرب الرئيس الفرنسي عن أسفه لوفاة الرئيس الإيراني. ويأسف الأردن لرحيل الرئيس الإيراني.",
     set()),
    ("the_government_of_national_accord",
     "أكدت تونس دعمها لحكومة الوفاق الوطني الليبية.",
     {("TUN", "expresses_support", "LBY")}),
    ("the_head_of_a_state_s_diplomacy",
     "وقال رئيس الدبلوماسية المغربية: «ندين الهجوم الإسرائيلي على لبنان».",
     {("MAR", "condemns", "ISR")}),
    ("a_title_after_amma_is_the_subject",
     ("أما وزير الخارجية الإيراني فذهب أبعد من ذلك، مطالباً مجلس الأمن بإدانة الهجوم "
      "الإسرائيلي."),
     {("IRN", "demands", "UNSC")}),
    ("the_accusations_after_the_subject",
     "اتهمت تايلاند كمبوديا بزرع ألغام جديدة. في المقابل، رفض رئيس الوزراء الكمبودي الاتهامات.",
     {("THA", "accuses", "KHM"), ("KHM", "rejects", "THA")}),
    ("the_accusations_after_a_named_subject",
     "اتهمت إثيوبيا مصر بعرقلة المفاوضات. ورفضت القاهرة الاتهامات جملة وتفصيلاً.",
     {("ETH", "accuses", "EGY"), ("EGY", "rejects", "ETH")}),
    ("a_live_blog_entry_opens_with_its_subject",
     "وزير الخارجية العماني بدر البوسعيدي يجري اتصالاً هاتفياً بنظيره الإيراني.",
     {("OMN", "holds_talks", "IRN")}),
    ("a_live_blog_entry_with_a_title_alone",
     "وزير الخارجية المصري يجري اتصالاً هاتفياً بنظيره القطري.",
     {("EGY", "holds_talks", "QAT")}),
    ("an_unknown_name_after_the_title",
     "وزير الدفاع الباكستاني خواجة آصف يدين الضربات الهندية على بهاولبور.",
     {("PAK", "condemns", "IND")}),
    ("the_only_actor_before_the_charge_is_the_accused",
     ("من جانبه، ثمّن الوزير الصربي موقف روسيا. واتهم الجانب الكوسوفي بمواصلة استفزاز "
      "السكان الصرب."),
     {("SRB", "welcomes", "RUS"), ("SRB", "accuses", "XKX")}),
    ("a_subject_and_its_object_before_the_charge",
     "واتهم الرئيس الأمريكي إيران بدعم الحوثيين.",
     {("USA", "accuses", "IRN")}),
    ("concern_about_the_developments_takes_no_sides",
     ("اتهمت إيران إسرائيل بقصف منشآتها النووية، وتصاعد التوتر بين إيران وإسرائيل. وأعرب "
      "مجلس التعاون عن قلقه من التطورات العسكرية الأخيرة في المنطقة."),
     {("IRN", "accuses", "ISR")}),
    ("no_mediation_initiative_announced",
     ("ولم تعلن الجزائر، التي تربطها علاقات وثيقة بالبلدين، حتى الآن عن أي مبادرة للوساطة "
      "بين مالي والنيجر."),
     set()),
    ("a_negotiation_process_addressing_both_sides_concerns",
     ("حثت الجامعة العربية الجزائر والمغرب على التهدئة، داعيةً إياهما إلى الانخراط في عملية "
      "تفاوض جادة تعالج مخاوف الطرفين."),
     {("ARL", "urges_restraint", "DZA"), ("ARL", "urges_restraint", "MAR"),
      ("ARL", "calls_for_dialogue", "DZA"), ("ARL", "calls_for_dialogue", "MAR")}),
    ("the_attack_blamed_on_its_author",
     ("أدانت وزارة الخارجية الأردنية الهجوم على مخيم جنين، وحمّلت إسرائيل المسؤولية الكاملة "
      "عنه."),
     {("JOR", "condemns", "ISR"), ("JOR", "accuses", "ISR")}),
    ("a_conditional_threat_in_arabic",
     "وقال وزير الدفاع الإسرائيلي إنه إذا حاول حزب الله إعادة بناء قواته فإن إسرائيل سترد بقوة.",
     {("ISR", "threatens", "HEZBOLLAH")}),
    ("the_statement_rejected_is_its_issuer_s",
     "أصدر مجلس التعاون بياناً ختامياً بشأن الجزر. ورفضت طهران البيان الختامي.",
     {("IRN", "rejects", "GCC")}),
    ("the_proposal_rejected_is_its_author_s",
     "قدمت مصر مقترحاً جديداً لوقف إطلاق النار. ورفضت إسرائيل المقترح.",
     {("ISR", "rejects", "EGY")}),
    ("the_two_neighbours",
     ("تصاعد التوتر بين الهند وباكستان. ودعت السعودية البلدين الجارين إلى ضبط النفس، وحثت "
      "الجارين على الحوار."),
     {("SAU", "urges_restraint", "IND"), ("SAU", "urges_restraint", "PAK"),
      ("SAU", "calls_for_dialogue", "IND"), ("SAU", "calls_for_dialogue", "PAK")}),
    ("the_object_pronoun_not_the_third_party",
     ("أجرى الرئيس الفرنسي اتصالاً هاتفياً بالرئيس الروسي، طالبه خلاله بالتدخل لدى "
      "لوكاشينكو لوقف استغلال المهاجرين."),
     {("FRA", "holds_talks", "RUS"), ("FRA", "demands", "RUS")}),
    ("joined_by_in_cooperation_with",
     ("أشادت الكويت بالجهود التي تبذلها تركيا بالتعاون مع الأمم المتحدة في الوساطة بين روسيا "
      "وأوكرانيا."),
     {("KWT", "welcomes", "TUR"), ("KWT", "welcomes", "UN"), ("TUR", "mediates", "RUS"),
      ("TUR", "mediates", "UKR"), ("UN", "mediates", "RUS"), ("UN", "mediates", "UKR")}),
    ("the_plural_participle_of_praise",
     ("التقى وزير الخارجية الأردني نظيره العراقي. ورحب الجانبان بالاتفاق، مثمّنين الجهود التي "
      "بذلتها سلطنة عمان في التوصل إليه."),
     {("JOR", "holds_talks", "IRQ"), ("JOR", "welcomes", "OMN"), ("IRQ", "welcomes", "OMN")}),
    ("the_two_ministers_reviewed_relations",
     ("أجرى وزير الخارجية العماني اتصالاً هاتفياً مع نظيره الإيراني، استعرض خلاله الوزيران "
      "العلاقات الثنائية."),
     {("OMN", "holds_talks", "IRN"), ("IRN", "holds_talks", "OMN")}),
    ("an_army_reviewing_its_strength_holds_no_talks",
     "واستعرض الجيش الإسرائيلي قوته في عرض عسكري.",
     set()),
]


@pytest.mark.parametrize(("case", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_phenomenon(case: str, text: str, expected: set[Edge]) -> None:
    assert edges(text) == expected

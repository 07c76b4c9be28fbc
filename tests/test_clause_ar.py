"""Arabic clause arguments: fronted circumstances, joint holders, subjects between a verb and
the preposition it needs. Sentences written for these tests."""

from __future__ import annotations

import pytest

from extract.pipeline import extract_text

Edge = tuple[str, str, str]


def edges(body: str) -> set[Edge]:
    return {(s.holder, s.stance_type, s.target)
            for s in extract_text("نشرة\n\n" + body, lang="ar", date="2024-05-01")
            if s.is_edge and s.target}


CASES = [
    # rule 15: a meeting in a fronted circumstance belongs to the subject after the comma
    ("وخلال لقائه وزير الخارجية الإيطالي في روما، أكد وزير الخارجية المصري أهمية الحوار.",
     {("EGY", "holds_talks", "ITA")}),
    ("وعلى هامش لقاء موسع، قال المتحدث إن الأمر انتهى.", set()),
    # a dual pronoun: the talks of the joint subject, both ways (rule 26)
    ("وخلال محادثاتهما في الدوحة، أكد وزيرا خارجية قطر وتركيا أهمية التنسيق.",
     {("QAT", "holds_talks", "TUR"), ("TUR", "holds_talks", "QAT")}),
    # the place of talks named right after the noun is no partner
    ("وأشار إلى ما تم بحثه في مباحثات أستانا الأخيرة.", set()),
    # a long subject between the verb and مع
    ("بحث رئيس الوزراء الباكستاني شهباز شريف مع وزير الخارجية الصيني وانغ يي التعاون.",
     {("PAK", "holds_talks", "CHN")}),
    # joint holders discuss with no مع: talks both ways
    ("وناقش الوزيران التركي والأذربيجاني ملفات الطاقة.",
     {("TUR", "holds_talks", "AZE"), ("AZE", "holds_talks", "TUR")}),
    # a joint press conference with a counterpart
    ("وفي مؤتمر صحفي مشترك مع نظيره الأردني، قال وزير الخارجية العراقي إن بغداد تدعم الحل.",
     {("IRQ", "holds_talks", "JOR")}),
]


@pytest.mark.parametrize(("body", "expected"), CASES, ids=[str(i) for i in range(len(CASES))])
def test_clause_arguments(body: str, expected: set[Edge]) -> None:
    assert edges(body) == expected


def test_an_aside_between_subject_and_verb_keeps_the_subject() -> None:
    # «X من جهتها اتهمت Y»: the subject stands before the aside, the object after the verb
    assert edges("الرباط من جهتها اتهمت الجزائر بدعم الانفصاليين.") == {
        ("MAR", "accuses", "DZA")}


GROUP_CASES = [
    # «هذه الدول» names the last list of actors
    ("قطعت الكويت وعمان والأردن علاقاتها مع الدولة. واتهمت هذه الدول إيران بالتدخل.",
     {("KWT", "accuses", "IRN"), ("OMN", "accuses", "IRN"), ("JOR", "accuses", "IRN")}),
    # rule 21: the charge («بدعم …») is no stance of the accuser; a preposition takes a masdar
    ("واتهمت مصر السودان بدعم جماعات مسلحة ضد إثيوبيا.", {("EGY", "accuses", "SDN")}),
    # concern about a situation in a place; the strikes after «عقب» are its occasion
    ("وأعربت البرازيل عن قلقها إزاء تصاعد التوتر في المنطقة عقب الضربات الأمريكية.", set()),
    # «نظرائه في روسيا والصين»: the counterparts of those states, not a place
    ("وأجرى وزير الخارجية الهندي اتصالات مع نظرائه في روسيا والصين.",
     {("IND", "holds_talks", "RUS"), ("IND", "holds_talks", "CHN")}),
]


@pytest.mark.parametrize(("body", "expected"), GROUP_CASES,
                         ids=[str(i) for i in range(len(GROUP_CASES))])
def test_groups_charges_and_places(body: str, expected: set[Edge]) -> None:
    assert edges(body) == expected


def test_an_unknown_name_speaks_for_the_title_set_off_after_it() -> None:
    # «قال <name>، المتحدث باسم وزارة الخارجية <adj>، إن …»; also an Arabic comma written
    # against the next word
    body = ("قال لي شيانغ، المتحدث باسم وزارة الخارجية الصينية،إن بكين ترحب بالحوار "
            "وتدعو اليابان إلى ضبط النفس.")
    assert edges(body) == {("CHN", "urges_restraint", "JPN")}


MEETING_CASES = [
    # the partner after مع further on in the clause of a meeting named in passing
    (("وقال وزير الخارجية الروسي بعد اجتماع لجنة المتابعة في جنيف حول الملف النووي مع نظيره "
     "الفرنسي إن الحوار مستمر."),
     {("RUS", "holds_talks", "FRA")}),
    # a press conference with a counterpart
    ("وقال وزير الخارجية الهندي خلال مؤتمر صحفي مع نظيره البرازيلي إن نيودلهي تدعم الإصلاح.",
     {("IND", "holds_talks", "BRA")}),
    # «الجميع» after a meeting: every participant (rule 26)
    (("وقال وزير الخارجية التركي بعد لقاء مع نظيريه الروسي والإيراني إن الجميع يؤكد على "
     "وحدة أراضي سوريا وسيادتها."),
     {("TUR", "holds_talks", "RUS"), ("TUR", "holds_talks", "IRN"),
      ("TUR", "affirms_sovereignty", "SYR"), ("RUS", "affirms_sovereignty", "SYR"),
      ("IRN", "affirms_sovereignty", "SYR")}),
]


@pytest.mark.parametrize(("body", "expected"), MEETING_CASES,
                         ids=[str(i) for i in range(len(MEETING_CASES))])
def test_meetings_and_their_participants(body: str, expected: set[Edge]) -> None:
    assert edges(body) == expected


CHARGE_CASES = [
    # rule 21: a wrongdoing asserted of its author is an accusation …
    ("وقال الرئيس الجزائري إن العالم لن ينسى ارتكاب فرنسا جرائم في الجزائر.",
     {("DZA", "accuses", "FRA")}),
    (("وقال المتحدث باسم الخارجية اللبنانية إن الجرائم التي ترتكبها القوات الإسرائيلية في "
     "الجنوب موثقة."),
     {("LBN", "accuses", "ISR")}),
    # a label inside the object of another stance adds no second type (rule 21)
    ("وأكدت الخارجية اللبنانية أنها ترفض الجرائم التي ترتكبها القوات الإسرائيلية.",
     {("LBN", "rejects", "ISR")}),
    ("وطالبت سوريا بخروج القوات التركية، واصفة التوغل التركي بالعدوان السافر.",
     {("SYR", "demands_withdrawal", "TUR"), ("SYR", "accuses", "TUR")}),
    # … but a charge named as a topic is not («تحدث عن العدوان …» gives no edge)
    ("وتحدث الوزير المصري عن العدوان الإسرائيلي على غزة.", set()),
]


@pytest.mark.parametrize(("body", "expected"), CHARGE_CASES,
                         ids=[str(i) for i in range(len(CHARGE_CASES))])
def test_charges_stated_as_assertions(body: str, expected: set[Edge]) -> None:
    assert edges(body) == expected


def test_a_condition_for_a_meeting_is_only_the_demand() -> None:
    # rule 13: an offer tied to a concession the holder insists on is coded as the demand;
    # «وبحسب الصحيفة» between subject and verb does not hide the subject
    body = "لكن الرئيس الأرميني وبحسب الصحيفة اشترط للقاء نظيره خروج القوات الأذربيجانية."
    assert edges(body) == {("ARM", "demands_withdrawal", "AZE")}


def test_an_explicit_obligation_goes_on_with_any_verbal_noun() -> None:
    body = "وقال وزير الخارجية النرويجي إنه يجب على إسرائيل تسهيل دخول المساعدات."
    assert edges(body) == {("NOR", "demands", "ISR")}


JOINT_AGREEMENT = [
    # a joint subject agreeing that something holds agrees both ways (rule 26) …
    ("اتفق الرئيسان الفرنسي والإيطالي على ضرورة حماية الحدود الأوروبية.",
     {("FRA", "agrees_with", "ITA"), ("ITA", "agrees_with", "FRA")}),
    # … but an agreement to do something is typed by what they will do, not agrees_with
    ("وقال الوزير إن الطرفين اتفقا على عقد جولة ثانية.", set()),
]


@pytest.mark.parametrize(("body", "expected"), JOINT_AGREEMENT,
                         ids=[str(i) for i in range(len(JOINT_AGREEMENT))])
def test_joint_agreement(body: str, expected: set[Edge]) -> None:
    assert {e for e in edges(body) if e[1] == "agrees_with"} == expected


SMALL_RULES = [
    # a present-tense opening verb with ت is feminine, so the state after it is its subject
    ("تنظر الجزائر بقلق إلى التصعيد بين مالي والنيجر.",
     {("DZA", "expresses_concern", "MLI"), ("DZA", "expresses_concern", "NER")}),
    # after a preposition a verb form is a masdar: «إلى عقد» does not end the appeal
    ("دعت الكويت إلى عقد اجتماع مع العراق.", {("KWT", "expresses_intent_to_meet", "IRQ")}),
]


@pytest.mark.parametrize(("body", "expected"), SMALL_RULES,
                         ids=[str(i) for i in range(len(SMALL_RULES))])
def test_verb_forms_in_context(body: str, expected: set[Edge]) -> None:
    assert edges(body) == expected

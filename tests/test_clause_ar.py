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

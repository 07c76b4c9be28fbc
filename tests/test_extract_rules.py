"""Stance rules on short texts written for these tests: (text, expected edges) tables."""

import pytest

from extract.pipeline import extract_text

Edge = tuple[str, str, str]


def edges(text: str, date: str = "2024-05-01", lang: str | None = None) -> set[Edge]:
    return {(s.holder, s.stance_type, s.target) for s in extract_text(text, date=date, lang=lang)
            if s.is_edge and s.target}


AR_CASES = [
    ("أدانت مصر الضربة الإسرائيلية على لبنان.", {("EGY", "condemns", "ISR")}),
    ("طالبت الحكومة السورية القوات التركية بالانسحاب من الشمال.",
     {("SYR", "demands_withdrawal", "TUR")}),
    ("دعت روسيا كلا من إيران وإسرائيل إلى ضبط النفس.",
     {("RUS", "urges_restraint", "IRN"), ("RUS", "urges_restraint", "ISR")}),
    ("رحبت الصين باستعداد روسيا للتفاوض.", {("CHN", "welcomes", "RUS")}),
    ("واتهمت أنقرة واشنطن بدعم الجماعات المسلحة.", {("TUR", "accuses", "USA")}),
    ("أكدت الجامعة العربية التزامها بسيادة لبنان ووحدة أراضيه.",
     {("ARL", "affirms_sovereignty", "LBN")}),
    # «من دون أن»: the verb after the complementizer is denied (rule 6)
    ("وأكدت واشنطن دعمها للحكومة اللبنانية، من دون أن تطالب إسرائيل بالانسحاب من الجنوب.",
     {("USA", "expresses_support", "LBN")}),
    # دان is أدان as many outlets write it
    ("ودانت قطر الهجوم الإسرائيلي على سوريا.", {("QAT", "condemns", "ISR")}),
    # rule 14: the dangers of a situation between parties, addressed to neither
    ("حذر الأمين العام لجامعة الدول العربية من مخاطر التصعيد بين الجزائر والمغرب.",
     {("ARL", "expresses_concern", "DZA"), ("ARL", "expresses_concern", "MAR")}),
    ("حذرت مصر إثيوبيا من مغبة الاستمرار في الملء الأحادي.", {("EGY", "warns", "ETH")}),
    # «X ونظيره Y بحثا»: the two ministers held the talks, both ways (rule 15)
    ("بحث وزير الخارجية التركي ونظيره المصري التطورات في ليبيا.",
     {("TUR", "holds_talks", "EGY"), ("EGY", "holds_talks", "TUR")}),
    ("بحث وزير الخارجية التركي مع نظيره المصري التطورات في ليبيا.",
     {("TUR", "holds_talks", "EGY")}),
]


@pytest.mark.parametrize(("text", "expected"), AR_CASES, ids=[c[0][:25] for c in AR_CASES])
def test_arabic_stance_rules(text: str, expected: set[Edge]) -> None:
    assert edges(text) == expected


def test_masculine_verb_before_a_state_takes_it_as_object_not_subject() -> None:
    text = "قال وزير الخارجية القطري إن بلاده قلقة. واتهم إيران بزعزعة الاستقرار."
    assert ("QAT", "accuses", "IRN") in edges(text)


def test_denied_stance_is_kept_as_record_but_is_no_edge() -> None:
    recs = extract_text("وقالت الخارجية الروسية إن موسكو لا تتهم تركيا بخرق الاتفاق.",
                        date="2024-05-01")
    assert any(r.stance_type == "accuses" and r.negated for r in recs)
    assert not any(r.is_edge and r.stance_type == "accuses" for r in recs)


def test_uttered_conditional_threat_is_an_edge() -> None:
    text = "وهدد الحوثيون الولايات المتحدة إذا استمرت الضربات."
    assert ("HOUTHIS", "threatens", "USA") in edges(text)


def test_continuation_sentence_keeps_previous_speaker() -> None:
    text = ("قال وزير الخارجية التركي إن بلاده تتابع الوضع. "
            "وأضاف أن أنقرة تدين الهجوم الإسرائيلي على قطر.")
    assert ("TUR", "condemns", "ISR") in edges(text)


def test_reported_stance_belongs_to_its_holder_and_notes_the_reporter() -> None:
    recs = extract_text("قال وزير الخارجية الروسي إن الحكومة السورية تطالب الجانب التركي"
                        " بسحب قواته.", date="2024-05-01")
    edge = [r for r in recs if r.is_edge and r.stance_type == "demands_withdrawal"]
    assert edge and edge[0].holder == "SYR" and edge[0].target == "TUR"
    assert edge[0].reported_by == "RUS"


EN_CASES = [
    ("Egypt condemned the Israeli strike on Doha.", {("EGY", "condemns", "ISR")}),
    ("Russia warned of the risks of escalation between Iran and Israel.",
     {("RUS", "expresses_concern", "IRN"), ("RUS", "expresses_concern", "ISR")}),
    ("In Washington, the State Department urged Beijing to act with restraint.",
     {("USA", "urges_restraint", "CHN")}),
    ("Russia urged Turkey to exercise restraint in northern Syria.",
     {("RUS", "urges_restraint", "TUR")}),
    ("China called on Russia and Ukraine to return to negotiations.",
     {("CHN", "calls_for_dialogue", "RUS"), ("CHN", "calls_for_dialogue", "UKR")}),
]


@pytest.mark.parametrize(("text", "expected"), EN_CASES, ids=[c[0][:25] for c in EN_CASES])
def test_english_stance_rules(text: str, expected: set[Edge]) -> None:
    assert edges(text, lang="en") == expected


def test_holder_is_never_its_own_target() -> None:
    assert all(h != t for h, _, t in edges("أكدت تركيا دعمها لتركيا وسوريا."))


def test_evidence_is_the_exact_source_sentence() -> None:
    text = "عنوان الخبر\n\nأدانت مصر الضربة الإسرائيلية على لبنان. وهذا نص آخر."
    recs = extract_text(text, date="2024-05-01")
    assert recs and all(text[r.start:r.end] == r.evidence for r in recs)


MORE_AR = [
    # an agreement reached in the news: commitment both ways (rule 23)
    ("أعلنت الوساطة أن أرمينيا وأذربيجان توصلتا إلى اتفاق سلام.",
     {("ARM", "expresses_intent_to_cooperate", "AZE"),
      ("AZE", "expresses_intent_to_cooperate", "ARM")}),
    # the object pronoun of the verb points at the actor just named
    ("قطعت الجزائر علاقاتها مع المغرب واتهمته بدعم جماعات معادية.",
     {("DZA", "accuses", "MAR")}),
    # a genitive after a noun is not a subject: the headline's subject carries on
    ("مصر تشيد بخطوة الأردن وتطالب إسرائيل بوقف الحرب.",
     {("EGY", "welcomes", "JOR"), ("EGY", "urges_restraint", "ISR")}),
    # invitation to the holder's capital is an offer to meet
    ("دعا الرئيس الروسي نظيره الأوكراني إلى موسكو.", {("RUS", "expresses_intent_to_meet", "UKR")}),
]


@pytest.mark.parametrize(("text", "expected"), MORE_AR, ids=[c[0][:25] for c in MORE_AR])
def test_more_arabic_rules(text: str, expected: set[Edge]) -> None:
    assert edges(text, date="2024-05-01") == expected


def test_future_meeting_is_an_intent_not_talks() -> None:
    text = "قال وزير الخارجية التركي إن بلاده ستلتقي الوفد السوري الأسبوع المقبل."
    got = edges(text)
    assert ("TUR", "expresses_intent_to_meet", "SYR") in got
    assert ("TUR", "holds_talks", "SYR") not in got


def test_all_parties_means_the_sides_of_the_conflict_named_before() -> None:
    text = ("هدد الحوثيون الولايات المتحدة بالرد. وهددت الولايات المتحدة الحوثيين بضربات جديدة. "
            "ودعت السعودية جميع الأطراف إلى ضبط النفس.")
    got = edges(text)
    assert {("SAU", "urges_restraint", "USA"), ("SAU", "urges_restraint", "HOUTHIS")} <= got


def test_hypothetical_marker_inside_a_name_is_ignored() -> None:
    text = "التقى وزير الخارجية القطري نظيره الفرنسي جان إيف لو دريان في باريس."
    assert ("QAT", "holds_talks", "FRA") in edges(text, date="2017-06-12")


EN_MORE = [
    ("Talks mediated by Egypt and Qatar between Israel and Hamas resumed.",
     {("EGY", "mediates", "ISR"), ("EGY", "mediates", "HAMAS"), ("QAT", "mediates", "ISR"),
      ("QAT", "mediates", "HAMAS")}),
    ("Saudi Arabia, which has offered to mediate, welcomed Iran's decision.",
     {("SAU", "welcomes", "IRN")}),
    ("Russia and Ukraine agreed to exchange prisoners.",
     {("RUS", "expresses_intent_to_cooperate", "UKR"),
      ("UKR", "expresses_intent_to_cooperate", "RUS")}),
    ("Turkey reaffirmed its support for Ukraine's territorial integrity.",
     {("TUR", "affirms_sovereignty", "UKR")}),
]


@pytest.mark.parametrize(("text", "expected"), EN_MORE, ids=[c[0][:25] for c in EN_MORE])
def test_more_english_rules(text: str, expected: set[Edge]) -> None:
    assert edges(text, lang="en") == expected


def test_speaker_is_the_official_whose_statement_it_is() -> None:
    recs = extract_text("قال وزير الخارجية الروسي سيرغي لافروف إن روسيا تدعو تركيا إلى ضبط النفس.",
                        date="2024-05-01")
    edge = [r for r in recs if r.is_edge and r.stance_type == "urges_restraint"]
    assert edge and edge[0].holder == "RUS" and edge[0].speaker_id == "sergey-lavrov"


def test_masdar_before_a_genitive_name_takes_it_as_holder() -> None:
    # «مطالبة» is also a participle; before a name it is the masdar «the demand of Damascus»
    text = "جدد الرئيس السوري مطالبة دمشق بانسحاب القوات التركية من الشمال."
    assert ("SYR", "demands_withdrawal", "TUR") in edges(text, date="2023-08-10")


def test_pressing_on_with_something_is_no_appeal() -> None:
    """"pressed on with" means carried on: no stance at all, not even one without target."""
    recs = extract_text("China pressed on with large-scale drills around Taiwan on Friday.",
                        date="2024-05-01", lang="en")
    assert [(r.holder, r.stance_type) for r in recs] == []

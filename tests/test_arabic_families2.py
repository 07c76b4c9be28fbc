"""Arabic constructions met in published text, second round (issue 11): each case is a
sentence written for this test, with every edge it should give, so that a family that adds a
false alarm fails as well as one that misses. Grouped by the phenomenon they check."""

from __future__ import annotations

import pytest

from extract.pipeline import extract_text

Edge = tuple[str, str, str]


def edges(text: str) -> set[Edge]:
    return {(s.holder, s.stance_type, s.target)
            for s in extract_text(text, lang="ar", date="2024-05-01")
            if s.is_edge and s.target}


CASES: list[tuple[str, str, set[Edge]]] = [
    # a dual whose sides an apposition between commas names: «البلدان، X وY، …»
    ("pair_apposition.holder",
     "وأعرب البلدان، الأردن والعراق، عن قلقهما من الهجمات الإسرائيلية.",
     {("JOR", "expresses_concern", "ISR"), ("IRQ", "expresses_concern", "ISR")}),
    ("pair_apposition.holder_then_addressee",
     "وطالب البلدان، قطر والكويت، إيران بوقف هجماتها على السفن.",
     {("QAT", "urges_restraint", "IRN"), ("KWT", "urges_restraint", "IRN")}),
    ("pair_apposition.feminine_dual",
     "وأكدت الدولتان، تركيا وأذربيجان، دعمهما للحكومة العراقية.",
     {("TUR", "expresses_support", "IRQ"), ("AZE", "expresses_support", "IRQ")}),
    ("pair_apposition.addressee",
     "وحثت الصين البلدين، أرمينيا وأذربيجان، على ضبط النفس.",
     {("CHN", "urges_restraint", "ARM"), ("CHN", "urges_restraint", "AZE")}),
    ("pair_apposition.adjectives",
     "وأبدى الطرفان، الروسي والأوكراني، استعدادهما لاستئناف المحادثات.",
     {("RUS", "expresses_intent_to_meet", "UKR"), ("UKR", "expresses_intent_to_meet", "RUS")}),
    # «الجارتين» (the two neighbours) is a dual of the sides, and one adjective may follow it
    ("pair_apposition.neighbours_adjective",
     "وحثت الصين الجارتين النوويتين، الهند وباكستان، على ضبط النفس.",
     {("CHN", "urges_restraint", "IND"), ("CHN", "urges_restraint", "PAK")}),
    ("pair_apposition.holder_adjective",
     "وأعرب البلدان الشقيقان، مصر والسودان، عن قلقهما من الهجمات الإسرائيلية.",
     {("EGY", "expresses_concern", "ISR"), ("SDN", "expresses_concern", "ISR")}),
    # a comma after a dual that starts no list of actors changes nothing
    ("pair_apposition.no_list",
     "وأعرب البلدان، في بيان مشترك، عن قلقهما من الهجمات الإسرائيلية.",
     set()),
    # rule 20: «ضرورة أن توقف/تمتنع X …»: a call that X stop or refrain, the addressee
    # between the verb and its object
    ("darura_an.stop",
     "وشددت فرنسا على ضرورة أن توقف إسرائيل غاراتها على لبنان.",
     {("FRA", "urges_restraint", "ISR")}),
    ("darura_an.refrain",
     "وأكدت مصر ضرورة أن تمتنع إيران عن أي هجوم على السفن.",
     {("EGY", "urges_restraint", "IRN")}),
    ("darura_an.other_act_is_demand",
     "وشددت قطر على ضرورة أن تفرج إسرائيل عن الأسرى.",
     {("QAT", "demands", "ISR")}),
    # «تكف عن التدخل» (stop interfering) is no call for restraint
    ("darura_an.stop_interfering_is_demand",
     "وقال المتحدث الصيني إن على اليابان أن تكف عن التدخل في شؤون الصين الداخلية.",
     {("CHN", "demands", "JPN")}),
    # rule 14: a threat of force without a threat verb, «X ستبقى/ستكون أهدافا مشروعة»: the
    # subject before the copula is the target
    ("legitimate_targets.copula",
     "وقال المتحدث باسم الحوثيين إن السفن الأمريكية ستبقى أهدافا مشروعة لقواتنا.",
     {("HOUTHIS", "threatens", "USA")}),
    ("legitimate_targets.narration_is_no_threat",
     "وقال الجيش الإسرائيلي إنه قصف أهدافا مشروعة في جنوب لبنان.",
     set()),
]


@pytest.mark.parametrize(("family", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_family(family: str, text: str, expected: set[Edge]) -> None:
    assert edges(text) == expected

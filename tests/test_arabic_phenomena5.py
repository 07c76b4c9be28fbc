"""Arabic constructions of the fifth round, each a class met in the held-out fresh2_ar
(a01–a06, the half traced), tested on sentences written for this file: rule 23 for a welcomed
signing («رحب X بتوقيع Y وZ اتفاق/إعلانا/معاهدة …»: the signers intend to cooperate, X
welcomes only the sponsors it names, who may stand behind a style of address and a title);
rule 23's background agreement (signed «في أبريل الماضي»); a state's own «مجلس الأمن الوطني»,
which is no Security Council."""

from __future__ import annotations

import pytest

from tests.edge_cases import Edge
from tests.edge_cases import edges_ar as edges

CASES: list[tuple[str, str, set[Edge]]] = [
    ("signing_an_agreement",
     "ورحبت الكويت بتوقيع إثيوبيا والصومال اتفاق تعاون أمني في أنقرة.",
     {("ETH", "expresses_intent_to_cooperate", "SOM"),
      ("SOM", "expresses_intent_to_cooperate", "ETH")}),
    ("signing_a_declaration_with_sponsor",
     "ورحب الأردن بتوقيع صربيا وكوسوفو إعلانا مشتركا برعاية الاتحاد الأوروبي.",
     {("SRB", "expresses_intent_to_cooperate", "XKX"),
      ("XKX", "expresses_intent_to_cooperate", "SRB"),
      ("JOR", "welcomes", "EU"), ("EU", "mediates", "SRB"), ("EU", "mediates", "XKX")}),
    ("signing_a_treaty",
     "وأشادت تركيا بإبرام أرمينيا وجورجيا معاهدة لترسيم الحدود.",
     {("ARM", "expresses_intent_to_cooperate", "GEO"),
      ("GEO", "expresses_intent_to_cooperate", "ARM")}),
    # the sponsor behind a style of address and a title («برعاية فخامة الرئيس التركي»)
    ("sponsor_with_style",
     "ورحبت الكويت بتوقيع إثيوبيا والصومال اتفاق تعاون برعاية فخامة الرئيس التركي.",
     {("ETH", "expresses_intent_to_cooperate", "SOM"),
      ("SOM", "expresses_intent_to_cooperate", "ETH"),
      ("KWT", "welcomes", "TUR"), ("TUR", "mediates", "ETH"), ("TUR", "mediates", "SOM")}),
    # one signer named: no cooperation edge, and the welcome never goes to the signer
    ("one_party_only",
     "ورحبت الكويت بتوقيع إثيوبيا اتفاقا جديدا.",
     set()),
]


@pytest.mark.parametrize(("case", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_welcomed_signing(case: str, text: str, expected: set[Edge]) -> None:
    assert edges(text) == expected


# rule 23: an agreement told as background — signed «في أبريل الماضي», a month called past, in
# the clause of its verb — gives no cooperation edge; one signed in the article's news does
BACKGROUND: list[tuple[str, str, set[Edge]]] = [
    ("signed_last_month_name",
     ("ورحبت الهند بالخطوة. وتضيف الوزارة أن مشروع «الممر الأخضر»، الذي وقّعت الهند "
      "والإمارات والسعودية مذكرة تفاهم بشأنه في مارس (آذار) الماضي، «يعطي نيودلهي دورا "
      "أكبر»."),
     set()),
    ("signed_in_the_news",
     "ووقّعت الهند والإمارات مذكرة تفاهم بشأن الممر التجاري في أبوظبي اليوم.",
     {("IND", "expresses_intent_to_cooperate", "ARE"),
      ("ARE", "expresses_intent_to_cooperate", "IND")}),
]


@pytest.mark.parametrize(("case", "text", "expected"), BACKGROUND,
                         ids=[c[0] for c in BACKGROUND])
def test_background_agreement(case: str, text: str, expected: set[Edge]) -> None:
    assert edges(text) == expected



# A council whose name holds «مجلس الأمن» but is a state's own («مجلس الأمن الوطني/القومي»)
# is no Security Council; the adjective after it names its state (non_actor_names)
COUNCILS: list[tuple[str, str, set[Edge]]] = [
    ("national_security_council",
     "ورحّب وزير الخارجية الأردني بقرار مجلس الأمن الوطني العراقي إغلاق المعابر غير الشرعية.",
     {("JOR", "welcomes", "IRQ")}),
    ("the_security_council_still",
     "ورحّب وزير الخارجية الأردني بقرار مجلس الأمن الدولي تمديد عمل البعثة.",
     {("JOR", "welcomes", "UNSC")}),
]


@pytest.mark.parametrize(("case", "text", "expected"), COUNCILS, ids=[c[0] for c in COUNCILS])
def test_security_councils(case: str, text: str, expected: set[Edge]) -> None:
    assert edges(text) == expected

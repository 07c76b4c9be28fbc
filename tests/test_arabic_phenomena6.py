"""Arabic constructions of the sixth round, each a class met while tracing fresh2_ar (a07–a12
first) and tested on sentences written for this file: the mediator named inside a praised
role or effort («الدور الذي تقوم به X في استضافة المحادثات بين …», «المساعي الأمريكية
لتيسير …», «جهود الوساطة التي تبذلها X»), never the one who praises it, and sponsors joined by
a dash («برعاية سعودية - إماراتية»)."""

from __future__ import annotations

import pytest

from tests.edge_cases import Edge
from tests.edge_cases import edges_ar as edges

# rules 16 and 22: the one who praises a mediation welcomes the mediator; the mediation is the
# mediator's, named in the relative clause or the adjective of the role or effort praised
PRAISED_MEDIATION: list[tuple[str, str, set[Edge]]] = [
    ("role_relative_hosting",
     ("وأشاد الأردن بالدور الذي تقوم به سلطنة عمان في استضافة المحادثات بين إيران "
     "والولايات المتحدة."),
     {("JOR", "welcomes", "OMN"), ("OMN", "mediates", "IRN"), ("OMN", "mediates", "USA")}),
    ("role_relative_mediation",
     "وثمنت الكويت الدور الذي تضطلع به مصر في الوساطة بين إسرائيل وحركة حماس.",
     {("KWT", "welcomes", "EGY"), ("EGY", "mediates", "ISR"), ("EGY", "mediates", "HAMAS")}),
    ("effort_adjective",
     "ورحب الاتحاد الأوروبي بالمساعي الأمريكية لتيسير المحادثات بين أرمينيا وأذربيجان.",
     {("EU", "welcomes", "USA"), ("USA", "mediates", "ARM"), ("USA", "mediates", "AZE")}),
    ("efforts_of_mediation_relative",
     "وأشادت الجزائر بجهود الوساطة التي تبذلها قطر بين رواندا والكونغو الديمقراطية.",
     {("DZA", "welcomes", "QAT"), ("QAT", "mediates", "RWA"), ("QAT", "mediates", "COD")}),
    ("two_adjectives_joined_by_dash",
     "وتوصلت الهند وباكستان إلى هدنة برعاية سعودية - إماراتية.",
     {("IND", "expresses_intent_to_cooperate", "PAK"),
      ("PAK", "expresses_intent_to_cooperate", "IND"),
      ("SAU", "mediates", "IND"), ("SAU", "mediates", "PAK"),
      ("ARE", "mediates", "IND"), ("ARE", "mediates", "PAK")}),
    # «كل من X وY» lists those who welcome, each on its own: they are not «البلدين»
    ("each_of_two_welcomers",
     ("واستضافت مسقط جولة محادثات بين إيران والولايات المتحدة. ورحبت كل من الكويت والأردن "
     "بالدور الذي تؤديه سلطنة عمان في تسهيل الحوار بين البلدين."),
     {("OMN", "mediates", "IRN"), ("OMN", "mediates", "USA"),
      ("KWT", "welcomes", "OMN"), ("JOR", "welcomes", "OMN")}),
    # a capital stands for its state (Kigali)
    ("effort_adjective_capitals",
     ("ورحب الأمين العام للأمم المتحدة بالمساعي الأمريكية لتيسير المحادثات بين كينشاسا "
     "وكيغالي."),
     {("UN", "welcomes", "USA"), ("USA", "mediates", "COD"), ("USA", "mediates", "RWA")}),
    # the holder's own effort keeps the holder as mediator
    ("own_effort",
     "وأكدت قطر أنها ستواصل جهودها للوساطة بين إيران والولايات المتحدة.",
     {("QAT", "mediates", "IRN"), ("QAT", "mediates", "USA")}),
]


@pytest.mark.parametrize(("case", "text", "expected"), PRAISED_MEDIATION,
                         ids=[c[0] for c in PRAISED_MEDIATION])
def test_praised_mediation_is_the_mediators(case: str, text: str,
                                            expected: set[Edge]) -> None:
    assert edges(text) == expected

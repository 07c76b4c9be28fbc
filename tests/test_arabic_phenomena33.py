"""Arabic constructions traced in the eighteenth session of 2026-12-07 (the blind sets written
during the session), each tested on sentences written for this file.

- Rules 2, 4: «أما ممثلو فرنسا والمملكة المتحدة وألمانيا فأعربوا …», «وأعرب مندوبو مصر والأردن
  …», «وقّع ممثلو الصين ونيكاراغوا …», «أعربت مفوضية إيكواس …»: the nouns of officials are
  title heads in every number the Arramooz noun dictionary allows them (words
  numbered_title_heads, generated at build time by tools/build_forms.py: the sound plural and
  the dual, in their cases, in construct and with the article, and the broken plural); not the
  dual's nominative construct in «ا», written as the singular's accusative («متحدثاً باسم
  الرابطة»: speaking for the bloc), and not nouns whose construct in «ي» is a common word once
  «ة» follows (مسؤولية، دبلوماسية).
- «استدعت فرنسا سفيريها»: the recall cue reads the dual construct the normaliser now keeps.
"""

from __future__ import annotations

import pytest

from tests.edge_cases import Edge
from tests.edge_cases import edges_ar as edges

FILLER = "\n\nولم تتوفر تفاصيل إضافية حتى مساء يوم الاثنين بحسب التقرير الذي نشر اليوم."

CASES: list[tuple[str, str, set[Edge]]] = [
    ("representatives_of_a_list_after_amma",
     ("عنوان الخبر\n\nعقد مجلس الأمن جلسة حول البرنامج النووي الإيراني. أما ممثلو فرنسا والمملكة "
      "المتحدة وألمانيا فأعربوا عن قلقهم البالغ من تخلي إيران عن التزاماتها." + FILLER),
     {("FRA", "expresses_concern", "IRN"), ("GBR", "expresses_concern", "IRN"),
      ("DEU", "expresses_concern", "IRN")}),
    ("delegates_of_a_list",
     ("عنوان الخبر\n\nوأعرب مندوبو مصر والأردن عن قلقهم من التصعيد الإسرائيلي في رفح." + FILLER),
     {("EGY", "expresses_concern", "ISR"), ("JOR", "expresses_concern", "ISR")}),
    ("representatives_sign",
     ("عنوان الخبر\n\nوقّع ممثلو الصين ونيكاراغوا الجمعة في بكين بياناً مشتركاً يعلن إقامة "
      "العلاقات الدبلوماسية بين البلدين." + FILLER),
     {("CHN", "expresses_intent_to_cooperate", "NIC"),
      ("NIC", "expresses_intent_to_cooperate", "CHN")}),
    ("a_commission_of_a_bloc",
     ("عنوان الخبر\n\nوأعربت مفوضية إيكواس عن استعدادها للحوار مع مالي والنيجر." + FILLER),
     {("ECOWAS", "expresses_intent_to_meet", "MLI"),
      ("ECOWAS", "expresses_intent_to_meet", "NER")}),
    ("recalls_its_two_ambassadors",
     ("عنوان الخبر\n\nواستدعت فرنسا سفيريها لدى الولايات المتحدة وأستراليا للتشاور." + FILLER),
     {("FRA", "condemns", "USA"), ("FRA", "condemns", "AUS")}),
]


@pytest.mark.parametrize(("case", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_phenomenon(case: str, text: str, expected: set[Edge]) -> None:
    assert edges(text) == expected


def test_a_speaking_participle_is_no_title() -> None:
    """«متحدثاً باسم الرابطة» is a circumstance of the one who speaks, not a dual «متحدثا»."""
    from extract.lexicon import load_lexicon
    from extract.normalize import normalize

    heads = load_lexicon("ar").word("numbered_title_heads")
    assert {normalize(w) for w in ("ممثلو", "ممثلي", "الممثلين", "مندوبو", "النائب")} <= heads
    assert normalize("متحدثا") not in heads

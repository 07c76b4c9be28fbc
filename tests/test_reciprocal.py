"""Reciprocal stances (rule 26): «each other», «بعضهما» and an exchange of accusations give
each holder the stance toward the other. Every sentence here is written for these tests."""

from __future__ import annotations

import pytest

from extract.pipeline import extract_text

Edge = tuple[str, str, str]


def edges(text: str, lang: str) -> set[Edge]:
    return {(s.holder, s.stance_type, s.target)
            for s in extract_text(text, lang=lang, date="2025-01-01") if s.is_edge}


CASES = [
    ("en", "Azerbaijan and Armenia accused each other on Friday of opening fire on the border.",
     {("AZE", "accuses", "ARM"), ("ARM", "accuses", "AZE")}),
    ("en", "Pakistan and India blamed one another for the clash near the Line of Control.",
     {("PAK", "accuses", "IND"), ("IND", "accuses", "PAK")}),
    ("en", "Serbia and Kosovo have condemned each other over the arrests.",
     {("SRB", "condemns", "XKX"), ("XKX", "condemns", "SRB")}),
    # a single holder has nobody to reciprocate with: the object stays what it was
    ("en", "Ethiopia accused Eritrea of sending troops across the border.",
     {("ETH", "accuses", "ERI")}),
    ("ar", "واتهمت أذربيجان وأرمينيا بعضهما بإطلاق النار على الحدود.",
     {("AZE", "accuses", "ARM"), ("ARM", "accuses", "AZE")}),
    ("ar", "وتبادلت باكستان والهند الاتهامات بشأن الهجوم على القرية.",
     {("PAK", "accuses", "IND"), ("IND", "accuses", "PAK")}),
    ("ar", "تبادلت إثيوبيا الاتهامات مع إريتريا حول الهجوم.",
     {("ETH", "accuses", "ERI"), ("ERI", "accuses", "ETH")}),
    # an exchange of prisoners is no exchange of accusations
    ("ar", "وتبادلت روسيا وأوكرانيا الأسرى يوم الأحد.", set()),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CASES)
def test_reciprocal(lang: str, text: str, expected: set[Edge]) -> None:
    assert edges(text, lang) == expected

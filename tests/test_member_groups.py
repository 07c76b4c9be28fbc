"""Names of fixed sets of actors («the Baltic states», «الترويكا الأوروبية», "the E3") and
«the four European capitals»: a stance toward the set is a stance toward each member.
Every sentence here is written for these tests."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from extract.gazetteer import load_gazetteer
from extract.pipeline import extract_text
from ontology.errors import StancegraphError

Edge = tuple[str, str, str]
GAZETTEER = Path(__file__).resolve().parents[1] / "ontology" / "gazetteer"


def edges(text: str, lang: str) -> set[Edge]:
    return {(s.holder, s.stance_type, s.target)
            for s in extract_text("Bulletin\n\n" + text, lang=lang, date="2025-06-01")
            if s.is_edge}


CASES = [
    ("en", "Russia accused the Baltic states of whipping up hysteria.",
     {("RUS", "accuses", "EST"), ("RUS", "accuses", "LVA"), ("RUS", "accuses", "LTU")}),
    ("en", "Iran accused the E3 of acting on Washington's behalf.",
     {("IRN", "accuses", "GBR"), ("IRN", "accuses", "FRA"), ("IRN", "accuses", "DEU")}),
    ("ar", "واتهمت إيران الترويكا الأوروبية بالعمل لصالح واشنطن.",
     {("IRN", "accuses", "GBR"), ("IRN", "accuses", "FRA"), ("IRN", "accuses", "DEU")}),
    ("ar", "ودانت الجزائر تحالف دول الساحل بسبب الهجوم.",
     {("DZA", "condemns", "MLI"), ("DZA", "condemns", "BFA"), ("DZA", "condemns", "NER")}),
    # "the four European capitals" after the four are named: the members, not the EU
    ("en", ("Moscow criticised Britain, France, Germany and Poland on Monday. Lavrov accused "
            "the four European capitals of trying to derail the talks."),
     {("RUS", "accuses", "GBR"), ("RUS", "accuses", "FRA"), ("RUS", "accuses", "DEU"),
      ("RUS", "accuses", "POL"), ("RUS", "condemns", "GBR"), ("RUS", "condemns", "FRA"),
      ("RUS", "condemns", "DEU"), ("RUS", "condemns", "POL")}),
    # the Baltic Sea is a place, not the states
    ("en", "Russia accused Finland of provocations in the Baltic Sea.",
     {("RUS", "accuses", "FIN")}),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CASES)
def test_a_group_is_each_member(lang: str, text: str, expected: set[Edge]) -> None:
    assert edges(text, lang) == expected


def test_a_group_with_an_unknown_member_is_refused(tmp_path: Path) -> None:
    for name in ("states.jsonl", "organisations.jsonl", "officials.jsonl"):
        (tmp_path / name).write_text((GAZETTEER / name).read_text(encoding="utf-8"),
                                     encoding="utf-8")
    (tmp_path / "member_groups.jsonl").write_text(json.dumps(
        {"id": "PAIR", "members": ["FRA", "XXX"], "en": ["the pair"], "ar": []}) + "\n",
        encoding="utf-8")
    with pytest.raises(StancegraphError, match="unknown: XXX"):
        load_gazetteer(tmp_path)

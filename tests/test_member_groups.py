"""Names of fixed sets of states («the Baltic states», «الترويكا الأوروبية», "the E3") and
«the four European capitals». A group the article speaks of by its name is one actor, a bloc
(rule 2: the holder is "the state, organisation or group" the speaker speaks for); once the
article has named each member first, the group's name is short for them and stands for each.
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
    # spoken of by its name: the bloc
    ("en", "Russia accused the Baltic states of whipping up hysteria.",
     {("RUS", "accuses", "BALTICS")}),
    ("en", "Iran accused the E3 of acting on Washington's behalf.",
     {("IRN", "accuses", "E3")}),
    ("ar", "واتهمت إيران الترويكا الأوروبية بالعمل لصالح واشنطن.",
     {("IRN", "accuses", "E3")}),
    ("ar", "ودانت الجزائر تحالف دول الساحل بسبب الهجوم.",
     {("DZA", "condemns", "AES")}),
    # introduced by its name, members given after it: still the bloc
    ("en", ("The European troika, France, Britain and Germany, wrote to the Council. Iran "
            "accused the E3 of bad faith."),
     {("IRN", "accuses", "E3")}),
    ("ar", ("وجّهت الترويكا الأوروبية، فرنسا وبريطانيا وألمانيا، رسالة إلى مجلس الأمن. "
            "واتهمت إيران الترويكا الأوروبية بالتصعيد."),
     {("IRN", "accuses", "E3")}),
    # each member named before the group's name: the name is short for them
    ("en", ("Estonia, Latvia and Lithuania, the three Baltic states, closed a crossing. Russia "
            "accused the Baltic states of whipping up hysteria."),
     {("RUS", "accuses", "EST"), ("RUS", "accuses", "LVA"), ("RUS", "accuses", "LTU")}),
    ("ar", ("قدّمت بريطانيا وفرنسا وألمانيا، المعروفة بالترويكا الأوروبية، مشروع قرار. "
            "وانتقدت روسيا بشدة الدول الأوروبية الثلاث."),
     {("RUS", "condemns", "GBR"), ("RUS", "condemns", "FRA"), ("RUS", "condemns", "DEU")}),
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
def test_a_group_is_a_bloc_or_its_named_members(lang: str, text: str, expected: set[Edge]) -> None:
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


def test_a_group_is_a_bloc_of_the_actor_graph() -> None:
    """The bloc is an actor of actors.ttl with its members, so its stances pass the shapes."""
    import rdflib

    g = rdflib.Graph().parse(GAZETTEER.parent / "actors.ttl", format="turtle")
    sg = rdflib.Namespace("https://w3id.org/stancegraph/ns#")
    e3 = rdflib.URIRef("https://w3id.org/stancegraph/id/actor/E3")
    assert (e3, rdflib.RDF.type, sg.Bloc) in g
    members = {str(o).rsplit("/", 1)[1] for o in g.objects(e3, sg.hasMember)}
    assert members == {"GBR", "FRA", "DEU"}

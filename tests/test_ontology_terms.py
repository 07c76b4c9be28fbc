"""ontology/terms.jsonl (labels and definitions of the ontology) is validated when it is read."""

from __future__ import annotations

import importlib.util
import json
import sys
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from ontology.errors import StancegraphError
from ontology.types import POLARITIES, stance_types

REPO = Path(__file__).resolve().parent.parent
TERMS = REPO / "ontology" / "terms.jsonl"


def _load_tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("build_ontology",
                                                  REPO / "tools" / "build_ontology.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while being created
    spec.loader.exec_module(module)
    return module


bo = _load_tool()
Row = dict[str, Any]


def _rows() -> list[Row]:
    return [json.loads(line) for line in TERMS.read_text(encoding="utf-8").splitlines()]


def _line_of(rows: list[Row], table: str, name: str) -> int:
    """1-based line number of the row (table, name) in the shipped file."""
    return next(i for i, r in enumerate(rows, 1) if r["table"] == table and r["name"] == name)


def _write(tmp_path: Path, lines: list[str]) -> Path:
    path = tmp_path / "terms.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _error_of(path: Path) -> str:
    with pytest.raises(StancegraphError) as err:
        bo.load_terms(path)
    message = str(err.value)
    assert "\n" not in message
    assert message.startswith(f"{path}: "), message
    return message


# --- the shipped file ---------------------------------------------------------------------------

def test_shipped_terms_load_and_cover_the_stance_types() -> None:
    terms = bo.load_terms()
    types = stance_types()
    assert [t.name for t in terms.table("type_definition")] == list(types)
    assert {g.name for g in terms.table("group")} == {t.group for t in types.values()}
    assert [p.notation for p in terms.table("polarity")] == list(POLARITIES)
    for kind in bo.TERM_KINDS:
        assert terms.table(kind), kind
    stance = terms.tables["class"]["Stance"]
    assert (stance.label_en, stance.label_ar) == ("stance", "موقف")
    assert stance.extra == ("rdfs:subClassOf prov:Entity",)


def test_shipped_terms_are_one_object_per_line_in_output_order() -> None:
    rows = _rows()
    assert all(isinstance(r, dict) for r in rows)
    tables = list(dict.fromkeys(r["table"] for r in rows))
    assert tables == ["ontology", "class", "object_property", "datatype_property",
                      "annotation_property", "scheme", "polarity", "group", "type_definition",
                      "template"]
    # each table is one contiguous run of lines
    runs = [r["table"] for i, r in enumerate(rows) if i == 0 or rows[i - 1]["table"] != r["table"]]
    assert runs == tables


def test_every_shipped_term_is_declared_in_stance_ttl() -> None:
    stance_ttl = (REPO / "ontology" / "stance.ttl").read_text(encoding="utf-8")
    declared = set(bo.defined_terms(stance_ttl))
    for r in _rows():
        if r["table"] not in bo.NOT_SG_TERMS:
            assert r["name"] in declared, r["name"]


def test_the_data_file_ships_with_the_ontology_package() -> None:
    pyproject = (REPO / "pyproject.toml").read_text(encoding="utf-8")
    assert '"*.jsonl"' in pyproject
    assert (REPO / "ontology" / "__init__.py").exists()


# --- bad lines ----------------------------------------------------------------------------------

def _drop(key: str) -> Callable[[Row], Row]:
    return lambda r: {k: v for k, v in r.items() if k != key}


def _set(key: str, value: Any) -> Callable[[Row], Row]:
    return lambda r: {**r, key: value}


@pytest.mark.parametrize(("table", "name", "change", "message"), [
    ("class", "Stance", _drop("label_ar"), "missing or empty 'label_ar'"),
    ("group", "Threat", _set("label_ar", ""), "missing or empty 'label_ar'"),
    ("object_property", "holder", _set("definition_en", 3), "missing or empty 'definition_en'"),
    ("polarity", "Neutral", _drop("notation"), "missing or empty 'notation'"),
    ("class", "Dyad", _set("label_ar", "dyad"), "'label_ar' has no Arabic script"),
    ("type_definition", "warns", _set("definition_ar", "The holder warns the target."),
     "'definition_ar' has no Arabic script"),
    ("datatype_property", "topic", _set("label_en", "الموضوع"), "'label_en' contains Arabic"),
    ("group", "Appeal", _set("definition_en", "Calls (مناشدة) on another actor."),
     "'definition_en' contains Arabic"),
    ("class", "Role", _set("table", "klass"), "unknown table 'klass'"),
    ("class", "Role", _drop("table"), "unknown table None"),
    ("class", "Role", _set("defintion_en", "typo"), "unknown field(s) ['defintion_en']"),
    ("group", "Demand", _set("extra", ["skos:note x"]), "unknown field(s) ['extra']"),
    ("class", "Edge", _set("extra", "rdfs:subClassOf rdf:Statement"), "'extra' must be a list"),
    ("class", "Edge", _set("label_en", " edge"), "leading or trailing spaces"),
    ("class", "Tally", _set("name", "Tally count"), "is not of the form"),
    ("type_definition", "warns", _set("name", "war_ns"), "unknown stance type 'war_ns'"),
    ("polarity", "Neutral", _set("notation", "calm"), "polarity notation 'calm' is unknown"),
    ("polarity", "Neutral", _set("notation", "cooperative"),
     "polarity notation 'cooperative' is unknown or repeated"),
    ("scheme", "Polarities", _set("name", "Polarity2"), "unknown scheme 'Polarity2'"),
    ("scheme", "StanceTypes", _set("label_ar", "stance types"), "'label_ar' has no Arabic"),
    ("template", "type_property", _set("definition_en", "Direct edge of type '{ar}'."),
     "'definition_en' must use the placeholder {en} and no other"),
    ("template", "type_property", _set("definition_ar", "حافة مباشرة"),
     "'definition_ar' must use the placeholder {ar} and no other"),
    ("template", "type_property", _set("name", "type_concept"), "unknown template"),
    ("ontology", "stancegraph", _drop("definition_ar"), "missing or empty 'definition_ar'"),
])
def test_a_bad_line_is_reported_with_file_and_line(
        tmp_path: Path, table: str, name: str, change: Callable[[Row], Row], message: str) -> None:
    rows = _rows()
    n = _line_of(rows, table, name)
    lines = [json.dumps(r, ensure_ascii=False) for r in rows]
    lines[n - 1] = json.dumps(change(rows[n - 1]), ensure_ascii=False)
    error = _error_of(_write(tmp_path, lines))
    assert f": line {n}: " in error, error
    assert message in error, error


@pytest.mark.parametrize("bad", ['{"table": "class", "name": "Stance",', "not json", "[1, 2]"])
def test_a_line_that_is_not_a_json_object_is_reported(tmp_path: Path, bad: str) -> None:
    lines = TERMS.read_text(encoding="utf-8").splitlines()
    lines[4] = bad
    error = _error_of(_write(tmp_path, lines))
    assert ": line 5: " in error, error
    assert "malformed JSON" in error or "not a JSON object" in error, error


@pytest.mark.parametrize(("table", "name"), [
    ("class", "Stance"), ("datatype_property", "goldstein"), ("type_definition", "condemns"),
])
def test_a_duplicate_name_is_reported_on_its_second_line(
        tmp_path: Path, table: str, name: str) -> None:
    lines = TERMS.read_text(encoding="utf-8").splitlines()
    first = _line_of(_rows(), table, name)
    lines.append(lines[first - 1])
    error = _error_of(_write(tmp_path, lines))
    assert f": line {len(lines)}: duplicate {table} '{name}' (first on line {first})" in error


def test_one_sg_name_in_two_tables_is_reported(tmp_path: Path) -> None:
    rows = _rows()
    first = _line_of(rows, "class", "Actor")
    lines = [json.dumps(r, ensure_ascii=False) for r in rows]
    clash = {**rows[_line_of(rows, "object_property", "holder")], "name": "Actor"}
    lines.append(json.dumps(clash, ensure_ascii=False))
    error = _error_of(_write(tmp_path, lines))
    assert f": line {len(lines)}: sg:Actor is already defined as class on line {first}" in error


def test_a_term_named_like_a_stance_type_is_reported(tmp_path: Path) -> None:
    rows = _rows()
    n = _line_of(rows, "class", "Bloc")
    lines = [json.dumps(r, ensure_ascii=False) for r in rows]
    lines[n - 1] = json.dumps({**rows[n - 1], "name": "Condemns"}, ensure_ascii=False)
    error = _error_of(_write(tmp_path, lines))
    assert f": line {n}: sg:Condemns is already the name of stance type 'condemns'" in error


def test_the_ontology_header_line_is_needed_once(tmp_path: Path) -> None:
    """None and two are both refused (title and description are one line)."""
    rows = _rows()
    n = _line_of(rows, "ontology", "stancegraph")
    lines = [json.dumps(r, ensure_ascii=False) for i, r in enumerate(rows, 1) if i != n]
    assert "expected exactly one ontology line" in _error_of(_write(tmp_path, lines))
    lines += [json.dumps(rows[n - 1], ensure_ascii=False),
              json.dumps({**rows[n - 1], "name": "second"}, ensure_ascii=False)]
    assert "expected exactly one ontology line" in _error_of(_write(tmp_path, lines))


def test_a_stance_type_without_definition_is_reported(tmp_path: Path) -> None:
    rows = _rows()
    n = _line_of(rows, "type_definition", "warns")
    lines = [json.dumps(r, ensure_ascii=False) for i, r in enumerate(rows, 1) if i != n]
    type_line = next(i for i, line in enumerate(
        (REPO / "ontology" / "stance_types.jsonl").read_text(encoding="utf-8").splitlines(), 1)
        if line.strip() and json.loads(line)["id"] == "warns")
    error = _error_of(_write(tmp_path, lines))
    assert ("no type_definition line for stance type 'warns' "
            f"(ontology/stance_types.jsonl line {type_line})") in error, error


def test_a_missing_group_and_an_unused_group_are_reported(tmp_path: Path) -> None:
    rows = _rows()
    n = _line_of(rows, "group", "Threat")
    kept = [json.dumps(r, ensure_ascii=False) for i, r in enumerate(rows, 1) if i != n]
    assert "no group line for group 'Threat'" in _error_of(_write(tmp_path, kept))

    unused = {**rows[n - 1], "name": "Lament"}
    lines = [json.dumps(r, ensure_ascii=False) for r in rows] + [json.dumps(unused)]
    error = _error_of(_write(tmp_path, lines))
    assert f": line {len(lines)}: group 'Lament' has no stance type" in error, error


def test_a_missing_polarity_is_reported(tmp_path: Path) -> None:
    rows = _rows()
    n = _line_of(rows, "polarity", "Conflictual")
    lines = [json.dumps(r, ensure_ascii=False) for i, r in enumerate(rows, 1) if i != n]
    assert "no polarity line for ['conflictual']" in _error_of(_write(tmp_path, lines))


# --- the tool -----------------------------------------------------------------------------------

def test_the_tool_exits_non_zero_with_the_error_line_on_stderr(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    rows = _rows()
    n = _line_of(rows, "class", "Person")
    lines = [json.dumps(r, ensure_ascii=False) for r in rows]
    lines[n - 1] = json.dumps(_drop("label_ar")(rows[n - 1]), ensure_ascii=False)
    path = _write(tmp_path, lines)
    monkeypatch.setattr(bo, "TERMS_FILE", path)
    assert bo.main(["--check"]) != 0
    err = capsys.readouterr().err
    assert err == (f"build_ontology: {path}: line {n}: class 'Person': "
                   "missing or empty 'label_ar'\n"), err


def test_the_tool_renders_the_committed_ontology_from_the_shipped_terms() -> None:
    terms = bo.load_terms()
    assert bo.stale(bo.outputs(terms)) == []

"""Bad input as a user types it: one line naming the value and the nearest valid choice, an
exit code that says something failed (2: usage, 1: a warning that explains an empty answer),
and never a traceback. Each case of issue 15 runs as a real process."""

from __future__ import annotations

from pathlib import Path

import pytest
from graph_fixtures import EXAMPLES, run_cli


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> str:
    location = str(tmp_path_factory.mktemp("errors") / "store")
    done = run_cli("ingest", "--quiet", "--store", location, str(EXAMPLES))
    assert done.returncode == 0, done.stderr
    return location


def fails(*args: str, code: int = 2) -> str:
    """Run the command; assert its exit code, one line on stderr, no traceback."""
    out = run_cli(*args)
    assert out.returncode == code, (out.returncode, out.stderr)
    assert "Traceback" not in out.stderr
    lines = [line for line in out.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, out.stderr
    return lines[0]


def test_ingest_day_month_year_date_names_the_iso_form(tmp_path: Path) -> None:
    doc = tmp_path / "a.txt"
    doc.write_text("Russia urged Turkey to show restraint.", encoding="utf-8")
    line = fails("ingest", "--store", str(tmp_path / "s"), str(doc), "--date", "14-10-2025")
    assert "'14-10-2025'" in line and "did you mean 2025-10-14?" in line
    assert not (tmp_path / "s").exists()  # nothing written
    line = fails("ingest", "--store", str(tmp_path / "s"), str(doc), "--date", "2025-02-30")
    assert "'2025-02-30' does not exist" in line


def test_ingest_of_a_folder_without_documents_fails(tmp_path: Path) -> None:
    folder = tmp_path / "pdfs"
    folder.mkdir()
    (folder / "report.pdf").write_bytes(b"%PDF-1.4")
    line = fails("ingest", "--store", str(tmp_path / "s"), str(folder))
    assert "no document to read" in line and "report.pdf" in line and ".txt" in line
    assert not (tmp_path / "s").exists()


def test_query_name_typo_names_the_nearest_query(store: str) -> None:
    line = fails("query", "--store", store, "stances_betwen", "-p", "a=RUS", "-p", "b=TUR")
    assert "no named query 'stances_betwen'" in line and "did you mean stances_between" in line


def test_unknown_actor_in_a_parameter_names_its_id(store: str) -> None:
    line = fails("query", "--store", store, "stances_between", "-p", "a=Russia", "-p", "b=TUR")
    assert "unknown actor 'Russia'" in line and "RUS (Russia)" in line
    line = fails("query", "--store", store, "stances_between", "-p", "a=Turky", "-p", "b=RUS")
    assert "TUR (Turkey)" in line


def test_unknown_stance_type_in_a_parameter_names_the_nearest(store: str) -> None:
    line = fails("query", "--store", store, "stances_behind_edge", "-p", "holder=RUS",
                 "-p", "target=TUR", "-p", "concept=urges_restrain")
    assert "unknown stance type 'urges_restrain'" in line and "urges_restraint" in line


def test_ids_copied_from_a_table_are_accepted(store: str) -> None:
    """``stance:…`` and ``actor:RUS`` as the table prints them bind the IRI they stand for."""
    listed = run_cli("query", "--store", store, "--format", "csv",
                     "SELECT ?s WHERE { ?s sg:holder actor:RUS } LIMIT 1")
    iri = listed.stdout.splitlines()[1].strip()
    short = "stance:" + iri.rsplit("/", 1)[1]
    detail = run_cli("query", "--store", store, "--format", "csv", "stance_detail",
                     "-p", f"stance={short}")
    assert detail.returncode == 0, detail.stderr
    assert len(detail.stdout.splitlines()) == 2 and "/actor/RUS" in detail.stdout
    behind = run_cli("query", "--store", store, "--format", "csv", "stances_between",
                     "-p", "a=actor:RUS", "-p", "b=actor:TUR")
    assert behind.returncode == 0 and len(behind.stdout.splitlines()) > 1


def test_undeclared_term_is_a_warning_with_the_nearest_term(store: str) -> None:
    line = fails("query", "--store", store, "SELECT * WHERE { ?a sg:mediate ?b }", code=1)
    assert line.startswith("stancegraph: warning: sg:mediate is not a term")
    assert "sg:mediates" in line


def test_unknown_actor_iri_is_a_warning(store: str) -> None:
    line = fails("query", "--store", store, "ASK { actor:Russia sg:condemns ?b }", code=1)
    assert "actor:Russia" in line and "actor:RUS (Russia)" in line


def test_misspelled_query_form_names_the_keyword(store: str) -> None:
    line = fails("query", "--store", store, "SELCT * WHERE { ?a ?b ?c }")
    assert "'SELCT'" in line and "did you mean SELECT?" in line


def test_unknown_prefix_names_the_prefixes(store: str) -> None:
    line = fails("query", "--store", store, "SELECT * WHERE { ?a sgg:holder ?c }")
    assert "unknown prefix 'sgg:'" in line and "did you mean sg:" in line


def test_syntax_error_is_one_short_line(store: str) -> None:
    line = fails("query", "--store", store, "SELECT * WHERE { ?a ?b ?c . FILTER(?a = ) }")
    assert "SPARQL syntax error at line 1" in line and "FILTER(?a = )" in line
    assert len(line) < 200 and "u{" not in line


def test_diff_unknown_holder_and_type(store: str) -> None:
    line = fails("diff", "--store", store, "2022", "2024", "--holder", "Russia")
    assert "--holder: unknown actor 'Russia'" in line and "RUS (Russia)" in line
    line = fails("diff", "--store", store, "2022", "2024", "--target", "TUR",
                 "--type", "condemn")
    assert "--type: unknown stance type 'condemn'" in line and "condemns" in line


def test_correct_queries_still_succeed_without_warnings(store: str) -> None:
    out = run_cli("query", "--store", store,
                  "SELECT ?b WHERE { actor:USA sg:threatens ?b }")
    assert out.returncode == 0 and out.stderr == "" and "actor:IRN" in out.stdout

"""The same store API against a real `oxigraph serve` on 127.0.0.1 (started and stopped here)."""
# ruff: noqa: F811  (pytest fixtures imported from graph_fixtures)

from __future__ import annotations

import os
import re
import signal
import subprocess
import time
from pathlib import Path

import pytest
from graph_fixtures import (  # noqa: F401
    PYTHON,
    REPO,
    SEEDS,
    OxigraphServer,
    make_document,
    make_stances,
    oxigraph_server,
    require_corpus,
    run_cli,
)

from graph import rdf
from graph.query import actor_rows, stance_rows, summary
from graph.store import EmbeddedStore, RemoteStore, open_store
from graph.validate import validate_store
from ontology.errors import StancegraphError

pytestmark = pytest.mark.remote

URGES = "SELECT ?a ?b WHERE { ?a sg:urgesRestraint ?b }"


@pytest.fixture
def remote(oxigraph_server: OxigraphServer) -> RemoteStore:
    s = open_store(oxigraph_server.url)
    assert isinstance(s, RemoteStore)
    s.update("DROP SILENT ALL")
    return s


def test_url_forms_give_query_update_and_store_urls() -> None:
    s = open_store("http://127.0.0.1:7878")
    assert isinstance(s, RemoteStore)
    assert (s.query_url, s.update_url, s.store_url) == (
        "http://127.0.0.1:7878/query", "http://127.0.0.1:7878/update", "http://127.0.0.1:7878/store")
    other = open_store("https://example.org/ds/sparql", update_url="https://example.org/ds/up")
    assert isinstance(other, RemoteStore)
    assert (other.query_url, other.update_url) == ("https://example.org/ds/sparql",
                                                   "https://example.org/ds/up")


def test_ingest_query_and_reingest_on_a_remote_endpoint(remote: RemoteStore) -> None:
    docs = [make_document(n, date=day) for n, day in enumerate(["2024-10-05", "2024-11-10"])]
    for doc in docs:
        assert remote.replace_document(doc, make_stances(doc)) is True
    before = remote.nquads()
    for doc in docs:
        assert remote.replace_document(doc, make_stances(doc)) is False
    assert remote.nquads() == before
    assert remote.select("SELECT DISTINCT ?a ?b WHERE { ?a sg:urgesRestraint ?b }") == [
        {"a": rdf.actor_iri("RUS").value, "b": rdf.actor_iri("TUR").value}]
    rows = stance_rows(remote)
    assert len(rows) == 6 and {r.date for r in rows} == {"2024-10-05", "2024-11-10"}
    assert {a.id for a in actor_rows(remote)} == {"RUS", "TUR"}
    assert summary(remote)["documents"] == 2
    diff = remote.named("diff_periods", a="2024-10-01..2024-10-31",
                       b="2024-11-01..2024-11-30")
    assert [(r["type"], r["a_stances"], r["b_stances"]) for r in diff] == [
        ("urges_restraint", 1, 1)]
    assert len(remote.named("stances_between", a="RUS", b="TUR", **{"from": "2024-11-01"})) == 2
    assert validate_store(remote, recommendations=False).conforms


def test_remote_and_embedded_stores_hold_the_same_quads(remote: RemoteStore,
                                                        tmp_path: Path) -> None:
    doc = make_document(3)
    with open_store(tmp_path / "local") as local:
        for s in (local, remote):
            s.ensure_vocabulary()
            # Same extraction time on both sides, so the quads are comparable one for one.
            s.update(_replace_with_fixed_time(doc))
        assert remote.nquads() == local.nquads()


def _replace_with_fixed_time(doc: object) -> str:
    from datetime import UTC, datetime

    from graph.store import _replace_graph

    quads, _ = rdf.document_quads(doc, make_stances(doc),  # type: ignore[arg-type]
                                  generated_at=datetime(2025, 1, 1, tzinfo=UTC))
    return _replace_graph(rdf.doc_iri(doc.doc_id), quads,  # type: ignore[attr-defined]
                          rdf.shared_quads(make_stances(doc)))  # type: ignore[arg-type]


def test_hostile_values_cannot_change_a_remote_query(remote: RemoteStore) -> None:
    doc = make_document()
    remote.replace_document(doc, make_stances(doc))
    before = remote.nquads()
    hostile = 'RUS" } ; DROP ALL ; #'
    assert remote.named("top_holders", target=hostile) == []
    assert remote.select("SELECT ?s WHERE { ?s sg:speakerName $n }", {"n": hostile}) == []
    assert remote.nquads() == before


def test_sparql_errors_from_the_server_are_user_errors(remote: RemoteStore) -> None:
    with pytest.raises(StancegraphError, match="HTTP 400"):
        remote.select("SELECT ?a WHERE { ?a ?b }")


def test_unreachable_endpoint_is_a_user_error() -> None:
    from graph_fixtures import free_port

    s = open_store(f"http://127.0.0.1:{free_port()}", timeout=5)
    with pytest.raises(StancegraphError, match="cannot reach"):
        s.select("SELECT * WHERE { ?s ?p ?o } LIMIT 1")


def test_answer_cut_by_the_server_timeout_is_an_error_not_a_short_result(
        tmp_path: Path) -> None:
    """`oxigraph serve` answers a query cancelled by its timeout with HTTP 200 and a truncated
    JSON body; the client must notice."""
    server = OxigraphServer(tmp_path / "slow", timeout_s=1)
    try:
        s = open_store(server.url)
        s.ensure_vocabulary()  # ~15k triples: their pairs take far more than 1 s to count
        started = time.monotonic()
        with pytest.raises(StancegraphError, match="incomplete or invalid answer"):
            s.select("SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f }")
        assert time.monotonic() - started < 30
    finally:
        server.stop()


@pytest.mark.corpus
def test_cli_ingest_query_export_and_validate_against_a_remote_store(
        remote: RemoteStore, oxigraph_server: OxigraphServer, tmp_path: Path) -> None:
    require_corpus(SEEDS)
    url = oxigraph_server.url
    done = run_cli("ingest", "--store", url, str(SEEDS))
    assert done.returncode == 0, done.stderr
    out = run_cli("query", "--store", url, "--format", "csv", URGES)
    assert out.returncode == 0, out.stderr
    pairs = {tuple(rdf.local_id(x) for x in line.split(",")) for line in out.stdout.split()[1:]}
    assert ("RUS", "TUR") in pairs
    again = run_cli("ingest", "--store", url, str(SEEDS))
    assert again.returncode == 0 and "0 added or replaced, 2 unchanged" in again.stderr
    assert run_cli("validate", "--store", url).returncode == 0
    exported = run_cli("export", "--store", url, "--format", "nq", "--out",
                       str(tmp_path / "all.nq"))
    assert exported.returncode == 0 and (tmp_path / "all.nq").stat().st_size > 0


def test_serve_command_exposes_the_embedded_store_read_only(tmp_path: Path) -> None:
    location = tmp_path / "served"
    with open_store(location) as local:
        assert isinstance(local, EmbeddedStore)
        doc = make_document()
        local.replace_document(doc, make_stances(doc))
    from graph_fixtures import free_port

    port = free_port()
    env_cmd = [PYTHON, "-m", "stancegraph", "serve", "--store", str(location),
               "--port", str(port)]
    process = subprocess.Popen(env_cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                               text=True, cwd=REPO, start_new_session=True)
    try:
        assert process.stdout is not None
        line = process.stdout.readline()
        match = re.search(r"(http://127\.0\.0\.1:\d+/query)", line)
        assert match, line
        served = open_store(match.group(1))
        # Users of the endpoint see the union graph, as on the command line.
        assert served.select("SELECT DISTINCT ?a ?b WHERE { ?a sg:urgesRestraint ?b }") == [
            {"a": rdf.actor_iri("RUS").value, "b": rdf.actor_iri("TUR").value}]
        with pytest.raises(StancegraphError):
            served.update("DROP ALL")
        assert len(stance_rows(served)) == 3
    finally:
        process.terminate()
        process.wait(timeout=20)
        # the server child must be gone with its parent; a leftover would outlive the test run
        time.sleep(0.2)
        try:
            os.killpg(process.pid, 0)
        except ProcessLookupError:
            pass
        else:
            os.killpg(process.pid, signal.SIGKILL)
            pytest.fail("stancegraph serve left its oxigraph server running after SIGTERM")

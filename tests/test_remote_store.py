"""The same store API against real SPARQL servers on 127.0.0.1, started and stopped here:
`oxigraph serve` and Virtuoso 7 (tests/virtuoso.py; its tests skip, naming the Debian package,
when it is not installed). Tests of behaviour every SPARQL 1.1 server must share run against
both; those of one server's own behaviour (Oxigraph's timeout, `stancegraph serve`) against it
alone."""


from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import time
from dataclasses import replace
from pathlib import Path
from typing import Any

import pyoxigraph as ox
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

from graph import rdf, sparql
from graph.query import actor_rows, page_rows, stance_rows, stance_texts, summary
from graph.store import (
    EmbeddedStore,
    RemoteStore,
    in_document_graphs,
    language_of,
    open_store,
    to_python,
)
from graph.validate import validate_store
from ontology.errors import StancegraphError

pytestmark = pytest.mark.remote

URGES = "SELECT ?a ?b WHERE { ?a sg:urgesRestraint ?b }"


SERVERS = ["oxigraph", pytest.param("virtuoso", marks=pytest.mark.virtuoso)]


@pytest.fixture(params=SERVERS)
def endpoint(request: pytest.FixtureRequest) -> str:
    """The URL a user gives --store: `oxigraph serve`'s base URL (/query, /update beside it),
    Virtuoso's one /sparql endpoint for queries and updates."""
    return str(request.getfixturevalue(f"{request.param}_server").url)


@pytest.fixture
def remote(endpoint: str) -> RemoteStore:
    s = open_store(endpoint)
    assert isinstance(s, RemoteStore)
    clear(s)
    return s


PROJECT = "https://w3id.org/stancegraph/"


def clear(s: RemoteStore) -> None:
    """Drop the project's graphs (not DROP ALL: Virtuoso keeps its own system graphs)."""
    graphs = s.select("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } "
                      "FILTER (STRSTARTS(STR(?g), $base)) }", {"base": PROJECT})
    if graphs:
        s.update(" ;\n".join(f"DROP SILENT GRAPH <{r['g']}>" for r in graphs))


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
    assert remote.named("summary_documents")[0]["documents"] == 2  # summary(): see below
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
            s.update(_replace_with_fixed_time(doc, s.default_graph_nodes))
        # a server keeps a stance node in its document's graph, the embedded store in the
        # default graph: the same statements either way
        assert sorted(map(str, remote.dataset_quads())) == \
            sorted(map(str, in_document_graphs(local.dataset_quads())))


def _replace_with_fixed_time(doc: object, default_graph_nodes: bool = True) -> str:
    from datetime import UTC, datetime

    from graph.store import _replace_graph

    quads, _ = rdf.document_quads(doc, make_stances(doc),  # type: ignore[arg-type]
                                  generated_at=datetime(2025, 1, 1, tzinfo=UTC))
    if not default_graph_nodes:
        quads = in_document_graphs(quads)
    return _replace_graph(rdf.doc_iri(doc.doc_id), quads,  # type: ignore[attr-defined]
                          rdf.shared_quads(make_stances(doc)),  # type: ignore[arg-type]
                          default_graph_nodes)


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
        remote: RemoteStore, endpoint: str, tmp_path: Path) -> None:
    require_corpus(SEEDS)
    url = endpoint
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


# --- the same answers on every server ----------------------------------------------------------

def fill(s: Any) -> None:
    """Three documents: English in October, Arabic in November (where Russia also condemns
    Turkey for real), and one undated."""
    en = make_document(0, date="2024-10-05")
    ar = make_document(1, date="2024-11-10", lang="ar", title="محادثات أستانا")
    undated = make_document(2, date=None, outlet=None)
    for doc in (en, ar, undated):
        stances = make_stances(doc)
        if doc is ar:
            stances.append(replace(stances[1], negated=False, rule="en.condemn.2"))
        s.replace_document(doc, stances)


def _cell(term: Any) -> Any:
    # Virtuoso answers EXISTS and other boolean expressions as xsd:integer 1/0, Oxigraph as
    # xsd:boolean; select() reads them as 1/0 and True/False, which Python finds equal.
    value = to_python(term)
    return (int(value) if isinstance(value, bool) else value, language_of(term))


def _answer(s: Any, name: str, params: dict[str, Any]) -> list[dict[str, Any]]:
    _, rows = s.named_terms(name, **params)
    return [{k: _cell(v) for k, v in row.items()} for row in rows]


def _order_keys(name: str) -> list[str]:
    text = sparql.named_query(name).text
    m = re.search(r"ORDER BY (.*)", text)
    return re.findall(r"[?$](\w+)", m.group(1)) if m else []


def _edge_stance_and_doc_iris(s: Any) -> tuple[list[str], list[str], list[str]]:
    edges = [r["e"] for r in s.select("SELECT ?e WHERE { ?e a sg:Edge } ORDER BY ?e")]
    stances = [r["s"] for r in s.select("SELECT ?s WHERE { ?s a sg:Stance } ORDER BY ?s")]
    docs = [r["d"] for r in s.select("SELECT ?d WHERE { ?d a sg:Document } ORDER BY ?d")]
    return edges, stances, docs


def _named_cases(edges: list[str], stances: list[str], docs: list[str]
                 ) -> list[tuple[str, dict[str, Any]]]:
    cases: list[tuple[str, dict[str, Any]]] = [(name, {}) for name in (
        "actors", "counts_by_type_month", "edge_count", "edges", "gazetteer_actors",
        "document_languages", "stance_rows", "stance_types", "summary_documents",
        "summary_graph", "summary_languages", "summary_types")]
    cases += [
        ("counts_by_type_month", {"from": "2024-11"}),
        ("counts_by_type_month", {"from": "2024-10", "to": "2024-10"}),
        ("stance_property", {"property": "https://w3id.org/stancegraph/ns#holder"}),
        ("stance_property", {"property": "https://w3id.org/stancegraph/ns#date"}),
        ("stance_rows", {"to": "2024-10-31"}),
        ("stances_between", {"a": "RUS", "b": "TUR"}),
        ("stances_between", {"a": "TUR", "b": "RUS", "from": "2024-11-01"}),
        ("stances_between", {"a": "RUS", "b": "TUR", "to": "2024-10-31"}),
        ("stances_between_dates", {"a": "RUS", "b": "TUR", "from": "2024-10-01",
                                   "to": "2024-12-31"}),
        ("stances_between_dates", {"a": "TUR", "b": "RUS", "from": "2024-11-01",
                                   "to": "2024-11-30"}),
        ("stances_behind_edge", {"holder": "RUS", "target": "TUR",
                                 "concept": "urges_restraint"}),
        ("top_holders", {"target": "TUR"}),
        ("top_holders", {"target": "TUR", "concept": "condemns"}),
        ("top_holders", {"target": "RUS"}),
        ("diff_periods", {"a": "2024-10-01..2024-10-31", "b": "2024-11-01..2024-11-30"}),
        ("diff_periods", {"a": "2024-10-01..2024-10-31", "b": "2024-11-01..2024-11-30",
                          "holder": "RUS", "target": "TUR"}),
        ("diff_periods", {"a": "2024-10-01..2024-10-31", "b": "2024-11-01..2024-11-30",
                          "holder": "TUR"}),
        ("diff_period", {"days": "2024-10-01..2024-11-30"}),
        ("diff_period", {"days": "2024-10-01..2024-11-30", "target": "TUR",
                         "concept": "condemns"}),
        ("diff_evidence", {"edges": edges, "from": "2024-10-01", "to": "2024-11-30"}),
        ("stance_texts", {"stances": stances}),
        ("document_texts", {"docs": docs}),
        ("stance_detail", {"stance": stances[0]}),
    ]
    return cases


# queries Virtuoso 7.2.5 cannot run (the store summary's counts once joined two EXISTS by &&,
# SQ074; they now ask for the stances linked to an edge node)
VIRTUOSO_FAILS: set[str] = set()


def test_named_queries_give_the_same_answers_as_the_embedded_store(
        remote: RemoteStore, endpoint: str, tmp_path: Path) -> None:
    with open_store(tmp_path / "local") as local:
        fill(local)
        fill(remote)
        edges, stances, docs = _edge_stance_and_doc_iris(local)
        assert (edges, stances, docs) == _edge_stance_and_doc_iris(remote)
        assert edges and stances and docs
        names = {name for name, _ in _named_cases(edges, stances, docs)}
        assert names == set(sparql.query_names()), "a named query without a case here"
        virtuoso = "/sparql" in endpoint
        failing = []
        for name, params in _named_cases(edges, stances, docs):
            expected = _answer(local, name, params)
            if virtuoso and name in VIRTUOSO_FAILS:
                with pytest.raises(StancegraphError, match="SQ074"):
                    _answer(remote, name, params)
                continue
            got = _answer(remote, name, params)
            if virtuoso and name in MIN_MAX_OF_UNBOUND:
                got = _as_oxigraph_min_max(got, expected)
            if name == "diff_period":  # (SAMPLE(?text) AS ?evidence): any one of the edge's
                said = {(r.holder, r.type, r.target, (r.evidence, r.evidence_lang))
                        for r in stance_rows(local)}
                for rows in (got, expected):
                    for row in rows:
                        cell = row.pop("evidence")
                        assert (rdf.local_id(row["holder"][0]), row["type"][0],
                                rdf.local_id(row["target"][0]), cell) in said, (name, row)
            if params.get("target") != "RUS" and params.get("holder") != "TUR":
                # (here Turkey takes no stance and none is taken toward Russia)
                assert expected, f"{name} {params}: empty on the embedded store too"
            keys = _order_keys(name)
            same_order = [[r[k] for k in keys] for r in got] == [[r[k] for k in keys]
                                                                 for r in expected]
            same_rows = sorted(map(_dump, got)) == sorted(map(_dump, expected))
            if not (same_order and same_rows):
                failing.append(f"{name} {params}")
        assert not failing, failing


# MIN and MAX over a group where some ?date is unbound (an undated document): Oxigraph answers
# unbound (SPARQL's order puts unbound first), Virtuoso the least and greatest bound date.
MIN_MAX_OF_UNBOUND = {"edges": ("first", "last"), "summary_documents": ("first_date", "last_date"),
                      "summary_graph": ("first_stance_date", "last_stance_date")}


def _as_oxigraph_min_max(got: list[dict[str, Any]], expected: list[dict[str, Any]]
                         ) -> list[dict[str, Any]]:
    """Virtuoso's rows with the MIN/MAX cells that Oxigraph left unbound unbound too, after
    checking that each such cell is a date (the rows' other cells are compared by the caller)."""
    out = []
    for row, want in zip(got, expected, strict=False):
        row = dict(row)
        for name in next(v for k, v in MIN_MAX_OF_UNBOUND.items() if set(v) <= set(row)):
            if want.get(name) == (None, None) and row[name] != (None, None):
                assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", row[name][0]), row
                row[name] = (None, None)
        out.append(row)
    return out + got[len(expected):]


def _dump(row: dict[str, Any]) -> str:
    return json.dumps(row, sort_keys=True, ensure_ascii=False)


PERIODS = [{}, {"date_from": "2024-11-01", "date_to": "2024-11-30"}, {"date_to": "2024-10-31"}]


@pytest.mark.parametrize("period", PERIODS)
def test_page_rows_are_the_drawn_stance_rows_without_text(
        remote: RemoteStore, endpoint: str, tmp_path: Path, period: dict[str, str]) -> None:
    """page_rows joins one property at a time in Python: the same stances, holders, targets,
    types, dates, documents and languages as stance_rows, on both stores; stance_texts gives
    each its text and where it was published."""
    fill(remote)
    with open_store(tmp_path / "local") as local:
        fill(local)
        full = [r for r in stance_rows(local, **period)
                if not r.negated and not r.hypothetical and r.holder]
        assert full and any(r.target is None for r in full)

        def drawn(rows: list[Any]) -> list[tuple[Any, ...]]:
            return sorted((r.iri, r.holder, r.target, r.type, r.date, r.doc, r.evidence_lang)
                          for r in rows)
        for s in (local, remote):
            rows = page_rows(s, **period)
            assert drawn(rows) == drawn(full)
            assert all(r.evidence == "" for r in rows)
            texts = stance_texts(s, [r.iri for r in rows], chunk=2)
            assert {iri: (t["evidence"], t["speaker"], t["outlet"], t["url"], t["title"])
                    for iri, t in texts.items()} == {
                r.iri: (r.evidence, r.speaker, r.outlet, r.url, r.title) for r in full}


def test_summary_of_a_remote_store(remote: RemoteStore, endpoint: str,
                                   tmp_path: Path) -> None:
    fill(remote)
    with open_store(tmp_path / "local") as local:
        fill(local)
        assert summary(remote) == summary(local)
        assert summary(remote)["documents"] == 3


TEXTS = [
    "روسيا تدعو تركيا إلى ضبط النفس",                      # Arabic
    "مُحَادَثَاتُ أَسْتَانَا",                                # with diacritics (combining marks)
    "emoji 😀 and 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 outside the BMP",
    'quotes " \' backslash \\ braces { } and\nnew\tlines\r',
    "\u202eRTL override and zero\u200bwidth",
    "long " + "ض" * 100_000,
]


def test_text_round_trips_exactly(remote: RemoteStore) -> None:
    graph = "https://w3id.org/stancegraph/graph/test-texts"
    triples = " ".join(f"<urn:text:{n}> sg:evidence {sparql.to_term(t)} ."
                       for n, t in enumerate(TEXTS))
    remote.update(f"INSERT DATA {{ GRAPH <{graph}> {{ {triples} }} }}")
    rows = remote.select("SELECT ?s ?t WHERE { GRAPH $g { ?s sg:evidence ?t } }", {"g": ox.NamedNode(graph)})
    got = {r["s"]: r["t"] for r in rows}
    assert got == {f"urn:text:{n}": t for n, t in enumerate(TEXTS)}
    # and as a bound value: the stored text is found by the exact text
    for n, text in enumerate(TEXTS[:5]):
        assert remote.select("SELECT ?s WHERE { ?s sg:evidence $t }", {"t": text}) == [
            {"s": f"urn:text:{n}"}]
    langs = remote.select_terms("SELECT ?l WHERE { VALUES ?l { 'سلام'@ar 'peace'@en-GB } }")[1]
    assert sorted((r["l"].value, r["l"].language.lower()) for r in langs) == [
        ("peace", "en-gb"), ("سلام", "ar")]


def test_arabic_document_round_trips_through_ingest(remote: RemoteStore, tmp_path: Path) -> None:
    doc = make_document(5, lang="ar", title="محادثات أستانا — الجولة ٢٢")
    remote.replace_document(doc, make_stances(doc))
    rows = stance_rows(remote)
    assert {r.evidence for r in rows} == {s.evidence for s in make_stances(doc)}
    assert remote.select("SELECT ?t WHERE { ?d a sg:Document ; dct:title ?t }") == [{"t": doc.title}]
    with open_store(tmp_path / "local") as local:
        local.replace_document(doc, make_stances(doc))
        assert [r for r in stance_rows(remote)] == [r for r in stance_rows(local)]


def test_large_insert_data_blocks_are_stored_whole(remote: RemoteStore) -> None:
    """Virtuoso's parser gives up on an INSERT DATA block of ~5,000 triples; the client splits
    it into blocks of 2,000 in the same request. 12,345 triples, all stored once."""
    graph = "https://w3id.org/stancegraph/graph/test-large"
    body = "\n".join(f'<urn:n:{i}> sg:rule "r{i}" .' for i in range(12_345))
    remote.update(f"DROP SILENT GRAPH <{graph}> ;\nINSERT DATA {{ GRAPH <{graph}> {{\n{body}\n}} }}")
    count = remote.select("SELECT (COUNT(*) AS ?n) (COUNT(DISTINCT ?s) AS ?d) "
                          "WHERE { GRAPH $g { ?s sg:rule ?r } }", {"g": ox.NamedNode(graph)})
    assert count == [{"n": 12_345, "d": 12_345}]


def test_blank_nodes_keep_their_identity_within_one_insert(remote: RemoteStore) -> None:
    graph = "https://w3id.org/stancegraph/graph/test-bnodes"
    remote.update(f'INSERT DATA {{ GRAPH <{graph}> {{ _:a sg:rule "x" . _:a sg:topic "y" . '
                  f'_:b sg:rule "z" }} }}')
    rows = remote.select("SELECT ?r ?t WHERE { GRAPH $g { ?n sg:rule ?r "
                         "OPTIONAL { ?n sg:topic ?t } } } ORDER BY ?r", {"g": ox.NamedNode(graph)})
    assert rows == [{"r": "x", "t": "y"}, {"r": "z", "t": None}]
    exported = [q for q in remote.quads() if q.graph_name.value == graph]
    assert len(exported) == 3 and len({q.subject for q in exported}) == 2


def test_ask_construct_drop_and_remove_document(remote: RemoteStore) -> None:
    doc = make_document(8)
    assert remote.ask("ASK { ?s a sg:Stance }") is False
    remote.replace_document(doc, make_stances(doc))
    assert remote.ask("ASK { ?s a sg:Stance }") is True
    assert remote.has_graph_hash(rdf.doc_iri(doc.doc_id), "no such hash") is False
    triples = remote.construct("CONSTRUCT { ?s sg:holder ?h } WHERE { ?s sg:holder ?h }")
    assert len(triples) == 3 and {t.object.value for t in triples} == {
        rdf.actor_iri("RUS").value}
    remote.remove_document(doc.doc_id)
    remote.remove_document(doc.doc_id)  # DROP SILENT: a missing graph is no error
    assert remote.ask("ASK { ?s a sg:Stance }") is False
    assert remote.document_ids() == []


def test_ensure_vocabulary_loads_once_and_exports_only_the_project_graphs(
        remote: RemoteStore, tmp_path: Path) -> None:
    assert remote.ensure_vocabulary() is True
    assert remote.ensure_vocabulary() is False
    with open_store(tmp_path / "local") as local:
        local.ensure_vocabulary()
        assert remote.nquads() == local.nquads()  # no server graphs (Virtuoso's virtrdf:)
        assert remote.export("nq") == local.export("nq")


@pytest.mark.virtuoso
def test_virtuoso_answer_cut_at_its_row_limit_is_an_error(tmp_path: Path) -> None:
    """Virtuoso stops an answer at ResultSetMaxRows with HTTP 200 and a well-formed body; only
    a header says so. The client must not read it as the whole answer."""
    from tests import virtuoso

    reason = virtuoso.missing()
    if reason:
        pytest.skip(reason)
    server = virtuoso.VirtuosoServer(tmp_path / "capped", max_rows=50, buffers=5000)
    try:
        s = open_store(server.url)
        body = " ".join(f"<urn:n:{i}> sg:rule 'r' ." for i in range(80))
        s.update(f"INSERT DATA {{ GRAPH <https://w3id.org/stancegraph/graph/t> {{ {body} }} }}")
        assert len(s.select("SELECT ?s WHERE { ?s sg:rule 'r' } LIMIT 10")) == 10
        with pytest.raises(StancegraphError, match="cut its answer at 50 rows"):
            s.select("SELECT ?s WHERE { ?s sg:rule 'r' }")
    finally:
        server.stop()


# --- how parameters are bound, and what a run without Virtuoso says ---------------------------

def test_an_optional_parameter_not_given_drops_the_filters_that_name_it() -> None:
    q = sparql.named_query("counts_by_type_month")
    bare = q.prepare({})
    assert "FILTER" not in bare and "$from" not in bare and "UNDEF" not in bare
    some = q.prepare({"from": "2024-11"})
    assert 'FILTER (?month >= "2024-11")' in some and "$to" not in some
    top = sparql.named_query("top_holders")
    assert "EXISTS" not in top.prepare({"target": "TUR"})
    given = top.prepare({"target": "TUR", "concept": "condemns"})
    assert re.search(r"FILTER EXISTS \{ <[^>]+> sg:directProperty \?property \}", given)
    # a FILTER inside an EXISTS that names nothing unbound stays
    text = "SELECT ?s WHERE { ?s ?p ?o FILTER EXISTS { ?s ?q ?x FILTER (?x > $n) } }"
    assert sparql.bind_values(text, {"n": None}) == "SELECT ?s WHERE { ?s ?p ?o  }"
    kept = "SELECT ?s WHERE { ?s ?p ?o FILTER (?o = 1) FILTER (?o != $n) }"
    assert sparql.bind_values(kept, {"n": None}) == "SELECT ?s WHERE { ?s ?p ?o FILTER (?o = 1)  }"


FAKE_VIRTUOSO_TESTS = '''
import pytest

pytestmark = pytest.mark.virtuoso


def test_talks_to_virtuoso():
    pytest.skip("Virtuoso is not installed (virtuoso-t not found)")


def test_runs():
    pass
'''


def test_a_run_that_skipped_virtuoso_tests_ends_by_saying_so_and_what_to_install(
        tmp_path: Path) -> None:
    from tests.virtuoso import VIRTUOSO_SETUP

    (tmp_path / "test_fake_virtuoso.py").write_text(FAKE_VIRTUOSO_TESTS)
    proc = subprocess.run(
        [PYTHON, "-m", "pytest", "-q", "-ra", "-p", "tests.conftest", "-p", "no:cacheprovider",
         "-c", str(REPO / "pyproject.toml"), "--rootdir", str(tmp_path), str(tmp_path)],
        cwd=REPO, capture_output=True, text=True, timeout=120, check=False)
    lines = proc.stdout.splitlines()
    assert proc.returncode == 0 and lines[-1].startswith("1 passed, 1 skipped in "), lines[-3:]
    assert lines[-2] == (
        "1 virtuoso test did not run (test_fake_virtuoso.py: Virtuoso is not installed "
        "(virtuoso-t not found)); the remote store was not checked against Virtuoso. "
        f"To run them: {VIRTUOSO_SETUP}")
    assert "apt-get install -y virtuoso-opensource-7-bin" in lines[-2]


@pytest.mark.virtuoso
def test_virtuoso_anytime_answer_stopped_at_its_timeout_is_an_error(
        virtuoso_server: Any) -> None:
    """With ``timeout`` (ms) in the endpoint URL, Virtuoso stops a query there and answers 200
    with what it had found (here: no row of a count), flagged only by X-SQL-State: S1TAT; or,
    depending on when its timer fires, answers 500 with SR203 («Async statement killed by
    SQLCancel»). Either is the same time limit, reported as an incomplete answer."""
    s = open_store(virtuoso_server.url + "?timeout=300")
    clear(s)
    s.ensure_vocabulary()
    heavy = ("SELECT (COUNT(*) AS ?n) WHERE { GRAPH $g { ?a ?b ?c } GRAPH $g { ?d ?e ?f } "
             "FILTER (CONCAT(STR(?c), 'x') < STR(?f)) }")
    started = time.monotonic()
    with pytest.raises(StancegraphError,
                       match="incomplete answer: the server stopped the query at its time limit"):
        s.select(heavy, {"g": ox.NamedNode("https://w3id.org/stancegraph/graph/actors")})
    assert time.monotonic() - started < 60
    assert s.ask("ASK { ?s a sg:StanceType }") is True  # a quick query is answered in full


def test_a_split_insert_writes_the_content_hash_last() -> None:
    """Virtuoso keeps the earlier blocks of a request that fails later: the block that says
    "this graph is complete" (its content hash) must be the last one."""
    graph = "<https://w3id.org/stancegraph/id/doc/x>"
    lines = [f'{graph} sg:contentHash "abc" .'] + [
        f'<urn:n:{i}> sg:rule "r{i}" .' for i in range(4500)]
    text = sparql.portable_update(f"INSERT DATA {{ GRAPH {graph} {{ {' '.join(lines)} }} }}")
    blocks = text.split(" ;\n")
    assert len(blocks) == 3 and all(b.startswith("INSERT DATA {") for b in blocks)
    assert "contentHash" in blocks[2] and "contentHash" not in blocks[0] + blocks[1]
    assert sum(b.count(" .") for b in blocks) == 4501

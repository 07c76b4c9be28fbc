"""The embedded store: atomic idempotent documents, safe bindings, read helpers, validation,
export, and a store killed with SIGKILL in the middle of a large ingest."""
# ruff: noqa: F811  (pytest fixtures imported from graph_fixtures)

from __future__ import annotations

import io
import json
import os
import signal
import subprocess
import sys
import textwrap
from dataclasses import replace
from pathlib import Path

import networkx as nx
import pyoxigraph as ox
import pytest
import rdflib
from graph_fixtures import REPO, make_document, make_stances, store  # noqa: F401

from graph import rdf, sparql
from graph.query import STANCE_COLUMNS, actor_rows, stance_rows, summary
from graph.store import EmbeddedStore, open_store
from graph.validate import validate_store
from graph.views import edge_graph, graphml, stance_multigraph
from ontology.errors import StancegraphError
from ontology.namespace import ONTOLOGY_GRAPH

URGES = "SELECT ?a ?b WHERE { ?a sg:urgesRestraint ?b }"


def ids(rows: list[dict], *keys: str) -> list[tuple]:
    return [tuple(rdf.local_id(r[k]) for k in keys) for r in rows]


def test_stored_stance_is_found_as_direct_edge_and_node(store: EmbeddedStore) -> None:
    doc = make_document()
    assert store.replace_document(doc, make_stances(doc)) is True
    assert ids(store.select(URGES), "a", "b") == [("RUS", "TUR")]
    assert store.select("SELECT ?a WHERE { ?a sg:condemns ?b }") == []  # negated
    (row,) = [r for r in stance_rows(store) if r.type == "urges_restraint"]
    assert (row.holder, row.target, row.date, row.speaker) == ("RUS", "TUR", "2022-11-22",
                                                                "Alexander Lavrentiev")
    assert row.evidence == "Lavrentiev urged Turkey to show restraint." and row.evidence_lang == "en"
    assert row.doc_id == doc.doc_id and row.outlet == "RT Arabic" and row.is_edge


def test_reingest_of_unchanged_document_is_skipped_and_changes_no_quad(
        store: EmbeddedStore) -> None:
    doc = make_document()
    store.replace_document(doc, make_stances(doc))
    before = store.nquads()
    assert store.replace_document(doc, make_stances(doc)) is False
    assert store.nquads() == before  # prov:generatedAtTime included


def test_reingest_of_changed_document_replaces_its_graph_whole(store: EmbeddedStore) -> None:
    doc = make_document()
    other = make_document(1)
    store.replace_document(doc, make_stances(doc))
    store.replace_document(other, make_stances(other))
    kept = [q for q in store.quads() if q.graph_name == rdf.doc_iri(other.doc_id)]
    assert store.replace_document(doc, make_stances(doc)[1:]) is True
    assert store.select(URGES) and len(store.select(URGES)) == 1  # only other's edge left
    rows = [r for r in stance_rows(store) if r.doc_id == doc.doc_id]
    assert sorted(r.type for r in rows) == ["calls_for_dialogue", "condemns"]
    assert [q for q in store.quads() if q.graph_name == rdf.doc_iri(other.doc_id)] == kept
    counts = store.select("SELECT (COUNT(?t) AS ?n) WHERE { ?d prov:generatedAtTime ?t }")
    assert counts == [{"n": 2}]


def test_failed_update_request_leaves_the_store_as_it_was(store: EmbeddedStore) -> None:
    """replace_document relies on one update request being one transaction."""
    doc = make_document()
    store.replace_document(doc, make_stances(doc))
    before = store.nquads()
    g = rdf.doc_iri(doc.doc_id)
    with pytest.raises(StancegraphError):
        # The last operation fails when it runs (the ontology graph exists), after the first two.
        store.update(f"DROP GRAPH {g} ; INSERT DATA {{ GRAPH {g} {{ {g} a sg:Document }} }} ; "
                     f"CREATE GRAPH {ox.NamedNode(str(ONTOLOGY_GRAPH))}")
    assert store.nquads() == before


@pytest.mark.parametrize("hostile", [
    'RUS" } ; DROP ALL ; #',
    "TUR> } } DELETE WHERE { ?s ?p ?o } #",
    "{ } ' \" \\ \n ?x $y <x>",
])
def test_hostile_values_cannot_change_a_query(store: EmbeddedStore, hostile: str) -> None:
    doc = make_document()
    store.replace_document(doc, make_stances(doc))
    before = store.nquads()
    assert store.named("stances_between", a=hostile, b="TUR") == []
    assert store.named("top_holders", target=hostile) == []
    assert store.select("SELECT ?s WHERE { ?s sg:speakerName $name }", {"name": hostile}) == []
    assert store.select("SELECT ?s WHERE { ?s sg:speakerName ?name }", {"name": hostile}) == []
    assert store.nquads() == before


def test_a_stored_value_with_quotes_and_braces_is_matched_exactly(store: EmbeddedStore) -> None:
    odd = 'The "so-called" envoy {Lavrentiev} \\ said'
    doc = make_document()
    store.replace_document(doc, make_stances(doc, speaker=odd))
    rows = store.select("SELECT ?s WHERE { ?s sg:speakerName ?n FILTER(STR(?n) = $name) }",
                        {"name": odd})
    assert len(rows) == 3


@pytest.mark.parametrize(("query", "where_text"), [
    ("SELECT ?a WHERE { ?a ?p ?o }", "?a ?p ?o"),
    ("SELECT * { ?a ?p ?o }", "?a ?p ?o"),
    ("CONSTRUCT { ?a ?p ?o } WHERE { ?a ?p ?o }", "?a ?p ?o"),
    ("CONSTRUCT { ?a ?p ?o } { ?a ?p ?o }", "?a ?p ?o"),
    ("ASK # a comment with { braces }\n { ?a ?p '{' }", "?a ?p '{'"),
    ("SELECT ?a WHERE { ?a ?p <http://x/{y}> . { SELECT ?b { ?b ?q ?r } } }", "?a ?p <http"),
])
def test_values_go_into_the_outermost_where_group(query: str, where_text: str) -> None:
    bound = sparql.bind(query, {"z": "v"})
    block = bound.index('VALUES (?z) { ("v") }')
    assert bound.rindex(where_text) > block
    assert bound[:block].rstrip().endswith("{")


def test_parameters_in_projection_and_group_by_are_not_replaced() -> None:
    q = "SELECT $h (COUNT(?s) AS $n) WHERE { ?s sg:holder $h } GROUP BY $h"
    bound = sparql.bind(q, {"h": ox.NamedNode("http://example.org/h")})
    assert bound.startswith("SELECT $h (COUNT(?s) AS $n) WHERE")
    assert "?s sg:holder <http://example.org/h>" in bound and bound.endswith("GROUP BY $h")


@pytest.mark.parametrize(("value", "term"), [
    ("plain", '"plain"'),
    (3, '"3"^^<http://www.w3.org/2001/XMLSchema#integer>'),
    (True, '"true"^^<http://www.w3.org/2001/XMLSchema#boolean>'),
    (rdflib.URIRef("http://example.org/x"), "<http://example.org/x>"),
])
def test_python_values_become_one_term(value: object, term: str) -> None:
    assert str(sparql.to_term(value)) == term


def test_a_date_range_reads_the_dyads_of_its_years(store: EmbeddedStore) -> None:
    """Dated stances point to the dyad of their pair in their year; the range query reads the
    years of the range only, and a dyad without a year (a store written before dyads had
    years) is read whole, so both give what the all-dates query gives filtered by date."""
    docs = [make_document(n, date=day) for n, day in
            enumerate(("2021-12-30", "2022-11-02", "2022-11-29", "2023-01-01"))]
    for doc in docs:
        store.replace_document(doc, make_stances(doc))
    years = sorted(r["year"].value for r in store.raw(
        "SELECT ?year WHERE { GRAPH <https://w3id.org/stancegraph/graph/dyads> "
        "{ ?d sg:dyadYear ?year } }"))
    assert years == ["2021", "2022", "2023"]

    def ranged(a: str, b: str) -> list:
        return store.named("stances_between_dates", a=a, b=b,
                           **{"from": "2022-11-01", "to": "2022-11-30"})
    every = store.named("stances_between", a="RUS", b="TUR")
    in_november = [r for r in every if "2022-11-01" <= str(r["date"]) <= "2022-11-30"]
    assert len(every) == 8 and len(in_november) == 4
    assert ranged("RUS", "TUR") == ranged("TUR", "RUS") == in_november
    # the same from dyads that have no year
    store.update("DELETE WHERE { GRAPH <https://w3id.org/stancegraph/graph/dyads> "
                 "{ ?d <https://w3id.org/stancegraph/ns#dyadYear> ?y } }")
    assert ranged("RUS", "TUR") == in_november


def test_named_query_parameters_are_typed_and_checked(store: EmbeddedStore) -> None:
    doc = make_document()
    store.replace_document(doc, make_stances(doc))
    assert len(store.named("stances_between", a="TUR", b="RUS")) == 2  # either direction
    in_range = store.named("stances_between", a="RUS", b="TUR",
                           **{"from": "2022-11-01", "to": "2022-11-30"})
    assert len(in_range) == 2
    assert store.named("stances_between", a="RUS", b="TUR", **{"from": "2022-11-23"}) == []
    # the range-only variant gives the same rows for a range, and needs both ends
    dated = store.named("stances_between_dates", a="RUS", b="TUR",
                        **{"from": "2022-11-01", "to": "2022-11-30"})
    assert dated == in_range
    assert store.named("stances_between_dates", a="TUR", b="RUS",
                       **{"from": "2022-11-23", "to": "2023-01-01"}) == []
    with pytest.raises(StancegraphError, match="needs parameter to"):
        store.named("stances_between_dates", a="RUS", b="TUR", **{"from": "2022-11-01"})
    with pytest.raises(StancegraphError, match="needs parameter b"):
        store.named("stances_between", a="RUS")
    with pytest.raises(StancegraphError, match="no parameter"):
        store.named("stances_between", a="RUS", b="TUR", holder="X")
    with pytest.raises(StancegraphError, match="not a date"):
        store.named("stances_between", a="RUS", b="TUR", **{"from": "22/11/2022"})
    with pytest.raises(StancegraphError, match="unknown stance type"):
        store.named("top_holders", target="TUR", concept="praises")
    with pytest.raises(StancegraphError, match="not a query name"):
        store.named("../../etc/passwd")


def test_named_queries_answer_on_a_small_store(store: EmbeddedStore) -> None:
    for n, day in enumerate(["2024-10-05", "2024-11-10"]):
        doc = make_document(n, date=day)
        stances = make_stances(doc)
        if n == 1:  # in November Russia also condemns Turkey, for real
            stances.append(replace(stances[1], negated=False, rule="en.condemn.2"))
        store.replace_document(doc, stances)
    counts = store.named("counts_by_type_month")
    assert {(r["type"], r["month"], r["stances"]) for r in counts} == {
        ("urges_restraint", "2024-10", 1), ("urges_restraint", "2024-11", 1),
        ("calls_for_dialogue", "2024-10", 1), ("calls_for_dialogue", "2024-11", 1),
        ("condemns", "2024-11", 1)}
    top = store.named("top_holders", target="TUR")
    assert ids(top, "holder") == [("RUS",)]
    assert (top[0]["edges"], top[0]["documents"]) == (3, 2)
    diff = store.named("diff_periods", a="2024-10-01..2024-10-31",
                       b="2024-11-01..2024-11-30")
    assert {(r["type"], r["a_stances"], r["b_stances"]) for r in diff} == {
        ("urges_restraint", 1, 1), ("condemns", 0, 1)}
    edges = store.named("edges")
    assert {(r["type"], r["documents"], r["polarity"]) for r in edges} == {
        ("urges_restraint", 2, "neutral"), ("condemns", 1, "conflictual")}


def test_read_helpers_rows_actors_and_summary(store: EmbeddedStore) -> None:
    ar = make_document(7, lang="ar", title="محادثات أستانا")
    store.replace_document(ar, make_stances(ar))
    rows = stance_rows(store)
    assert len(rows) == 3 and {r.evidence_lang for r in rows} == {"ar"}
    assert next(r for r in rows if r.target is None).topic == "a political solution"
    assert stance_rows(store, date_from="2023-01-01") == []
    actors = {a.id: a for a in actor_rows(store)}
    assert set(actors) == {"RUS", "TUR"}
    assert (actors["RUS"].kind, actors["RUS"].label_en, actors["RUS"].label_ar) == (
        "state", "Russia", "روسيا")
    everyone = actor_rows(store, include_gazetteer=True)
    assert len(everyone) > 150 and {a.id for a in everyone if a.stances} == {"RUS", "TUR"}
    s = summary(store)
    assert (s["documents"], s["stances"], s["edges"], s["actors"]) == (1, 3, 1, 2)
    assert s["first_date"] == s["last_date"] == "2022-11-22"
    assert s["stances_by_language"] == {"ar": 3}
    assert s["stances_by_type"] == {"calls_for_dialogue": 1, "condemns": 1, "urges_restraint": 1}


def test_networkx_views(store: EmbeddedStore) -> None:
    doc = make_document()
    store.replace_document(doc, make_stances(doc))
    multi = stance_multigraph(store)
    assert list(multi.edges()) == [("RUS", "TUR")]
    assert multi.nodes["TUR"]["label_ar"] == "تركيا"
    assert edge_graph(store)["RUS"]["TUR"]["types"] == ["urges_restraint"]
    back = nx.read_graphml(io.BytesIO(graphml(store)))
    assert set(back.nodes) == {"RUS", "TUR"} and back.number_of_edges() == 1


@pytest.mark.parametrize("fmt", ["ttl", "trig", "nq", "nt", "jsonld"])
def test_export_formats_parse_back(store: EmbeddedStore, fmt: str) -> None:
    doc = make_document()
    store.replace_document(doc, make_stances(doc))
    data = store.export(fmt)
    assert data == store.export(fmt)  # deterministic
    fmt_map = {"ttl": ox.RdfFormat.TURTLE, "trig": ox.RdfFormat.TRIG,
               "nq": ox.RdfFormat.N_QUADS, "nt": ox.RdfFormat.N_TRIPLES,
               "jsonld": ox.RdfFormat.JSON_LD}
    parsed = list(ox.parse(data, fmt_map[fmt]))
    stored = list(store.quads())
    if fmt in ("trig", "nq", "jsonld"):
        assert set(parsed) == set(stored)
    else:
        assert {q.triple for q in parsed} == {q.triple for q in stored}


def test_validation_passes_a_good_store_and_reports_a_broken_stance(store: EmbeddedStore) -> None:
    doc = make_document()
    store.replace_document(doc, make_stances(doc))
    report = validate_store(store)
    assert report.conforms, [str(f) for f in report.violations]
    broken_doc = make_document(9, date="22/11/2022")
    broken = make_stances(broken_doc, holder="", date="22/11/2022")[0]
    store.replace_document(broken_doc, [broken])
    report = validate_store(store)
    assert not report.conforms
    found = {(f.focus, f.path) for f in report.violations}
    stance = f"stance:{broken.stance_id}"
    assert (stance, "sg:holder") in found and (stance, "sg:date") in found


def test_validation_reports_a_direct_edge_with_no_stance_behind_it(store: EmbeddedStore) -> None:
    doc = make_document()
    store.replace_document(doc, make_stances(doc))
    g = rdf.doc_iri(doc.doc_id)
    store.update(f"INSERT DATA {{ GRAPH {g} {{ actor:TUR sg:threatens actor:RUS }} }}")
    messages = [f.message for f in validate_store(store, recommendations=False).violations]
    assert any("no stance node behind it" in m for m in messages)


def test_validation_reports_an_edge_stance_whose_direct_edge_is_missing(
        store: EmbeddedStore) -> None:
    doc = make_document()
    store.replace_document(doc, make_stances(doc))
    store.update("DELETE WHERE { GRAPH ?g { actor:RUS sg:urgesRestraint actor:TUR } }")
    edge = make_stances(doc)[0]
    values = [f.value for f in validate_store(store, recommendations=False).violations]
    assert values == [f"stance:{edge.stance_id}"]


def test_read_only_open_of_a_missing_store_is_a_user_error(tmp_path: Path) -> None:
    with pytest.raises(StancegraphError, match="no store at"):
        open_store(tmp_path / "nothing", create=False)
    assert not (tmp_path / "nothing").exists()


def test_bulk_extend_for_an_empty_store(tmp_path: Path) -> None:
    s = open_store(tmp_path / "bulk")
    assert isinstance(s, EmbeddedStore)
    docs = [make_document(i) for i in range(20)]
    s.bulk_extend(q for d in docs for q in rdf.document_quads(d, make_stances(d))[0])
    s.bulk_extend(rdf.shared_quads(make_stances(docs[0])))
    # The union of the graphs is a bag in Oxigraph: one row per document stating the edge.
    assert len(s.select(URGES)) == 20
    assert len(s.select("SELECT DISTINCT ?a ?b WHERE { ?a sg:urgesRestraint ?b }")) == 1
    assert len(stance_rows(s)) == 60
    s.close()


# --- killed in the middle of a large ingest ----------------------------------------------------

WRITER = textwrap.dedent("""
    import sys
    sys.path.insert(0, {tests!r}); sys.path.insert(0, {repo!r})
    from graph_fixtures import make_document, make_stances
    from graph.store import open_store
    store = open_store(sys.argv[1])
    for n in range(int(sys.argv[2])):
        doc = make_document(n)
        store.replace_document(doc, make_stances(doc))
        print(n, flush=True)
    store.close()
    print("done", flush=True)
""")


def _writer(location: Path, count: int) -> subprocess.Popen[str]:
    script = WRITER.format(tests=str(REPO / "tests"), repo=str(REPO))
    return subprocess.Popen([sys.executable, "-c", script, str(location), str(count)],
                            stdout=subprocess.PIPE, text=True)


def _check_consistent(location: Path) -> int:
    """Validates with no violation; every document graph is whole. Returns the documents."""
    with open_store(location) as s:
        report = validate_store(s, recommendations=False)
        assert report.conforms, [str(f) for f in report.violations][:5]
        # a document's graph and its stance nodes (in the default graph) are written together
        per_doc = s.select("""SELECT ?d (COUNT(DISTINCT ?s) AS ?n) WHERE {
            GRAPH ?d { ?d a sg:Document } OPTIONAL { ?s prov:wasDerivedFrom ?d } }
            GROUP BY ?d""")
        assert all(r["n"] == 3 for r in per_doc), per_doc
        return len(per_doc)


def test_sigkill_in_the_middle_of_an_ingest_leaves_a_valid_store_and_a_rerun_completes(
        tmp_path: Path) -> None:
    location = tmp_path / "killed"
    total = 400
    writer = _writer(location, total)
    assert writer.stdout is not None
    for line in writer.stdout:
        if int(line) >= 60:  # well into the ingest, writing continuously
            break
    os.kill(writer.pid, signal.SIGKILL)
    writer.wait()
    assert writer.returncode == -signal.SIGKILL
    stored = _check_consistent(location)
    assert 60 <= stored < total
    rerun = _writer(location, total)
    out, _ = rerun.communicate(timeout=300)
    assert rerun.returncode == 0 and out.rstrip().endswith("done")
    assert _check_consistent(location) == total
    with open_store(location) as s:
        rows = s.select("SELECT (COUNT(?s) AS ?n) (COUNT(DISTINCT ?s) AS ?d) "
                        "WHERE { ?s a sg:Stance }")
        assert rows == [{"n": total * 3, "d": total * 3}]
        edges = s.select("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?a sg:urgesRestraint ?b } }")
        assert edges == [{"n": total}]  # one per document graph, none duplicated


def test_store_lists_in_json_what_it_knows(store: EmbeddedStore) -> None:
    doc = make_document()
    store.replace_document(doc, make_stances(doc))
    row = stance_rows(store)[0].to_dict()
    assert set(row) == set(STANCE_COLUMNS)
    json.dumps(row)


def test_validation_reports_a_stance_without_its_edge_node_or_with_a_wrong_one(
        store: EmbeddedStore) -> None:
    doc = make_document(0)
    stances = make_stances(doc)
    store.replace_document(doc, stances)
    assert validate_store(store, recommendations=False).conforms
    edge, other = stances[0], stances[1]
    s = rdf.stance_iri(edge)
    # the edge node is gone from the first stance, and the second points to the first's
    store.update(f"DELETE WHERE {{ {s} sg:edge ?e }}")  # stance nodes: in the default graph
    store.update(f"INSERT DATA {{ {rdf.stance_iri(other)} "
                 f"sg:edge {rdf.edge_iri(edge.holder, 'denies', edge.target)} }}")  # type: ignore[arg-type]
    report = validate_store(store, recommendations=False)
    flagged = {f.value for f in report.violations if "edge node" in f.message}
    assert flagged == {f"stance:{edge.stance_id}", f"stance:{other.stance_id}"}, report.violations


def test_validation_reports_a_stance_with_a_missing_or_wrong_tally(store: EmbeddedStore) -> None:
    doc = make_document(0)
    stances = make_stances(doc)
    store.replace_document(doc, stances)
    edge, negated, targetless = stances
    # the first stance loses its tally, the third points to another month's, the negated one
    # gets one
    for stance in (edge, targetless):
        store.update(f"DELETE WHERE {{ {rdf.stance_iri(stance)} sg:tally ?t }}")
    wrong = rdf.tally_iri("1999-01", targetless.stance_type)
    store.update(f"INSERT DATA {{ {rdf.stance_iri(targetless)} sg:tally {wrong} . "
                 f"{rdf.stance_iri(negated)} sg:tally {wrong} }}")
    report = validate_store(store, recommendations=False)
    flagged = {f.value for f in report.violations if "tally" in f.message}
    assert flagged == {f"stance:{s.stance_id}" for s in stances}, report.violations


def test_a_store_with_stance_nodes_in_document_graphs_is_read_over_the_union(
        tmp_path: Path) -> None:
    """Queries that read stance nodes only ask the embedded store's default graph alone, where
    it keeps them; a store written in the older shape (stance nodes in each document's graph,
    as on SPARQL servers) is noticed and read over the union of graphs instead."""
    from graph.query import page_rows, stance_texts
    from graph.store import in_document_graphs

    doc = make_document(0)
    stances = make_stances(doc)
    with open_store(tmp_path / "lean") as lean:
        lean.replace_document(doc, stances)
        assert lean.stances_in_default_graph()
        expected = [(r.iri, r.holder, r.type, r.target) for r in page_rows(lean)]
        texts = stance_texts(lean, [iri for iri, *_ in expected])
        pair = {"a": expected[0][1], "b": expected[0][3]}
        between = lean.named("stances_between", **pair)
        period = lean.named("diff_period", days=f"{doc.date}..{doc.date}")
    assert between and period
    assert expected and all(t["evidence"] for t in texts.values())
    with open_store(tmp_path / "older") as older:
        older.ensure_vocabulary()
        quads, _ = rdf.document_quads(doc, stances)
        older.oxigraph.extend(in_document_graphs(quads))
        older.oxigraph.extend(rdf.shared_quads(stances, doc.date))
        assert not older.stances_in_default_graph()
        assert [(r.iri, r.holder, r.type, r.target) for r in page_rows(older)] == expected
        assert stance_texts(older, [iri for iri, *_ in expected]) == texts
        assert older.named("stances_between", **pair) == between
        assert older.named("diff_period", days=f"{doc.date}..{doc.date}") == period

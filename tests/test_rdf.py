"""The Stance → RDF mapping and the vocabulary files of ontology/ (no store involved)."""

from __future__ import annotations

import re
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest
import rdflib
from graph_fixtures import REPO, make_document, make_stances
from pyoxigraph import DefaultGraph, NamedNode
from rdflib.compare import isomorphic
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SH, SKOS, XSD

from extract.gazetteer import load_gazetteer
from extract.record import Stance
from graph import rdf
from ontology.errors import StancegraphError
from ontology.namespace import ACTOR, DOC, DYAD, EDGE, SG, STANCE, TALLY
from ontology.types import stance_types

ONTOLOGY = REPO / "ontology"


def to_rdflib(quads: list) -> rdflib.Dataset:
    """pyoxigraph quads as an rdflib Dataset (through N-Quads)."""
    ds = rdflib.Dataset()
    ds.parse(data="".join(f"{q} .\n" for q in quads), format="nquads")
    return ds


def graph_of(quads: list) -> rdflib.Graph:
    g = rdflib.Graph()
    for q in to_rdflib(quads).quads((None, None, None, None)):
        g.add(q[:3])
    return g


WHEN = datetime(2025, 1, 2, 3, 4, 5, tzinfo=UTC)


def test_edge_stance_is_a_node_and_a_direct_edge_in_the_document_graph() -> None:
    doc = make_document()
    edge = make_stances(doc)[0]
    quads, digest = rdf.document_quads(doc, [edge], generated_at=WHEN, version="9.9")
    d = f"<{DOC}{doc.doc_id}>"
    s = f"<{STANCE}{edge.stance_id}>"
    expected = rdflib.Graph().parse(format="turtle", data=f"""
        @prefix sg: <{SG._NS}> . @prefix actor: <{ACTOR}> .
        @prefix prov: <{PROV}> . @prefix dct: <{DCTERMS}> . @prefix xsd: <{XSD}> .
        {s} a sg:Stance ; sg:holder actor:RUS ; sg:target actor:TUR ;
            sg:stanceType sg:UrgesRestraint ; sg:speakerName "Alexander Lavrentiev"@en ;
            sg:date "2022-11-22"^^xsd:date ; sg:confidence "0.9"^^xsd:decimal ;
            sg:evidence "Lavrentiev urged Turkey to show restraint."@en ;
            sg:evidenceStart {edge.start} ; sg:evidenceEnd {edge.end} ;
            sg:rule "en.urge.restraint" ; prov:wasDerivedFrom {d} ;
            sg:dyad <{DYAD}RUS/TUR/2022> ; sg:edge <{EDGE}RUS/urgesRestraint/TUR> ;
            sg:tally <{TALLY}2022-11/urgesRestraint> .
        actor:RUS sg:urgesRestraint actor:TUR .
        {d} a sg:Document ; dct:identifier "{doc.doc_id}" ; dct:title "Astana talks"@en ;
            dct:date "2022-11-22"^^xsd:date ; dct:publisher "RT Arabic" ;
            dct:language "en"^^xsd:language ; sg:sourceFile "doc00000.txt" ;
            sg:extractorVersion "9.9" ;
            prov:generatedAtTime "2025-01-02T03:04:05Z"^^xsd:dateTime ;
            sg:contentHash "{digest}" .
    """)
    assert isomorphic(graph_of(quads), expected)
    # the stance node in the default graph (3 indexes in Oxigraph instead of 6), the direct
    # edge and the document's description in the document's graph
    graph = NamedNode(f"{DOC}{doc.doc_id}")
    assert {q.graph_name for q in quads} == {graph, DefaultGraph()}
    assert all((q.graph_name == graph) != (q.subject.value == s[1:-1]) for q in quads)
    direct = [q for q in quads if q.predicate == rdf.type_property("urges_restraint")]
    assert len(direct) == 1 and direct[0].graph_name == graph


@pytest.mark.parametrize(("changes", "why"), [
    ({"negated": True}, "negated"),
    ({"hypothetical": True}, "hypothetical"),
    ({"target": None}, "targetless"),
])
def test_stance_that_is_not_an_edge_has_no_direct_edge(changes: dict, why: str) -> None:
    doc = make_document()
    stance = Stance(**{**make_stances(doc)[0].__dict__, **changes})
    g = graph_of(rdf.document_quads(doc, [stance])[0])
    node = rdflib.URIRef(f"{STANCE}{stance.stance_id}")
    assert (node, RDF.type, SG.Stance) in g
    assert not list(g.triples((None, SG.urgesRestraint, None))), why
    assert not list(g.triples((node, SG.edge, None))), why
    assert rdf.edge_quads([stance]) == []
    if why == "negated":
        assert (node, SG.negated, rdflib.Literal(True)) in g
    if why == "hypothetical":
        assert (node, SG.hypothetical, rdflib.Literal(True)) in g
    if why == "targetless":
        assert not list(g.triples((node, SG.target, None)))


@pytest.mark.parametrize(("given", "stored", "well_typed"), [
    ("2022-11-22", "2022-11-22", True),
    ("2022-11-22T10:30:00", "2022-11-22", True),
    ("22/11/2022", "22/11/2022", False),
    ("2022-13-45", "2022-13-45", False),
])
def test_dates_are_xsd_dates_and_a_bad_date_is_kept_for_validation(
        given: str, stored: str, well_typed: bool) -> None:
    lit = rdf.date_literal(given)
    assert lit.value == stored and lit.datatype.value == str(XSD.date)
    assert (not rdflib.Literal(stored, datatype=XSD.date).ill_typed) is well_typed


def test_dyads_are_described_once_in_their_own_graph() -> None:
    doc = make_document()
    stances = make_stances(doc)
    quads = rdf.dyad_quads(stances + stances)
    # the pair in its year: type, holder, target, year
    assert len(quads) == 4 and {q.graph_name.value for q in quads} == {
        str(rdf.G_DYADS.value)}
    year = next(q.object for q in quads if q.predicate == rdf.P_DYAD_YEAR)
    assert (year.value, year.datatype.value) == ("2022", str(XSD.gYear))
    # an undated stance: the pair without a year; the document's date stands in for none
    undated = make_stances(doc, date=None)
    assert {q.subject.value for q in rdf.dyad_quads(undated)} == {f"{DYAD}RUS/TUR"}
    assert {q.subject.value for q in rdf.dyad_quads(undated, "2024-10-30")} == {
        f"{DYAD}RUS/TUR/2024"}
    assert rdf.dyad_iri("RUS", "TUR").value == f"{DYAD}RUS/TUR"
    assert rdf.dyad_iri("RUS", "TUR", "2024").value == f"{DYAD}RUS/TUR/2024"
    assert rdf.dyad_iri("A/B", "C").value == f"{DYAD}A%2FB/C"


def test_edges_are_described_once_in_their_own_graph_as_reified_direct_triples() -> None:
    doc = make_document()
    stances = make_stances(doc)
    quads = rdf.edge_quads(stances + stances)
    edges = [s for s in stances if s.is_edge]
    assert len(quads) == 4 * len({(s.holder, s.stance_type, s.target) for s in edges}) > 0
    assert {q.graph_name.value for q in quads} == {rdf.G_EDGES.value}
    # Each edge node reifies the direct triple that the document graph asserts.
    direct = {(q.subject, q.predicate, q.object) for q in rdf.document_quads(doc, stances)[0]
              if rdf.is_direct_edge(q)}
    g = graph_of(quads)
    reified = {(g.value(e, RDF.subject), g.value(e, RDF.predicate), g.value(e, RDF.object))
               for e in g.subjects(RDF.type, SG.Edge)}
    assert reified == {tuple(rdflib.URIRef(t.value) for t in triple) for triple in direct}
    assert rdf.edge_iri("RUS", "urges_restraint", "TUR").value == \
        f"{EDGE}RUS/urgesRestraint/TUR"
    assert rdf.edge_iri("A/B", "condemns", "C").value == f"{EDGE}A%2FB/condemns/C"


def test_tallies_count_the_stances_that_are_neither_negated_nor_hypothetical_by_month() -> None:
    doc = make_document(date="2024-11-03")
    stances = make_stances(doc)  # an edge, a negated one, a targetless one
    undated = [*stances, make_stances(make_document(1, date=None), date=None)[0]]
    quads = rdf.shared_quads(undated)
    g = graph_of([q for q in quads if q.graph_name == rdf.G_TALLIES])
    tallies = {(str(g.value(t, SG.tallyMonth)), g.value(t, SG.tallyType))
               for t in g.subjects(RDF.type, SG.Tally)}
    assert tallies == {("2024-11", SG.UrgesRestraint), ("2024-11", SG.CallsForDialogue)}
    assert g.value(rdf.tally_iri("2024-11", "condemns"), RDF.type) is None  # negated: no tally
    pointed = graph_of(rdf.document_quads(doc, stances)[0])
    assert {(s, o) for s, o in pointed.subject_objects(SG.tally)} == {
        (rdflib.URIRef(rdf.stance_iri(stances[0]).value),
         rdflib.URIRef(f"{TALLY}2024-11/urgesRestraint")),
        (rdflib.URIRef(rdf.stance_iri(stances[2]).value),
         rdflib.URIRef(f"{TALLY}2024-11/callsForDialogue"))}
    # a stance without a date of its own counts in its document's month
    assert rdf.tally_quads(make_stances(doc, date=None), "2024-10-30")[0].subject.value == \
        f"{TALLY}2024-10/urgesRestraint"


def test_stance_without_date_takes_the_document_date() -> None:
    doc = make_document(date="2024-11-01")
    stance = make_stances(doc, date=None)[0]
    g = graph_of(rdf.document_quads(doc, [stance])[0])
    assert set(g.objects(None, SG.date)) == {rdflib.Literal("2024-11-01", datatype=XSD.date)}


def test_undated_document_and_stance_have_no_date() -> None:
    doc = make_document(date=None)
    g = graph_of(rdf.document_quads(doc, make_stances(doc, date=None))[0])
    assert not list(g.triples((None, SG.date, None)))
    assert not list(g.triples((None, DCTERMS.date, None)))


def test_content_hash_ignores_the_time_of_extraction_only() -> None:
    doc = make_document()
    stances = make_stances(doc)
    q1, h1 = rdf.document_quads(doc, stances, generated_at=WHEN)
    q2, h2 = rdf.document_quads(doc, stances, generated_at=datetime(2030, 1, 1, tzinfo=UTC))
    assert h1 == h2 and q1 != q2
    assert rdf.document_quads(doc, stances[:2], generated_at=WHEN)[1] != h1
    assert rdf.document_quads(doc, stances, generated_at=WHEN, version="other")[1] != h1


def test_duplicate_records_of_one_stance_become_one_node_keeping_the_most_confident() -> None:
    doc = make_document()
    first = make_stances(doc)[0]
    weaker = Stance(**{**first.__dict__, "confidence": 0.5, "rule": "en.other"})
    g = graph_of(rdf.document_quads(doc, [weaker, first])[0])
    node = rdflib.URIRef(f"{STANCE}{first.stance_id}")
    assert list(g.objects(node, SG.confidence)) == [rdflib.Literal("0.9", datatype=XSD.decimal)]
    assert list(g.objects(node, SG.rule)) == [rdflib.Literal("en.urge.restraint")]


def test_unknown_stance_type_is_a_user_error() -> None:
    doc = make_document()
    with pytest.raises(StancegraphError, match="unknown stance type"):
        rdf.document_quads(doc, [make_stances(doc, stance_type="praises")[0]])


@pytest.mark.parametrize("odd", ['A"B', "X> } ; DROP ALL ; #", "two words", "<>{}|^`\\"])
def test_any_actor_id_becomes_one_valid_iri(odd: str) -> None:
    iri = rdf.actor_iri(odd)
    assert iri.value.startswith(str(ACTOR)) and rdf.local_id(iri) == odd
    assert not re.search(r'[\s<>"{}|^`\\]', iri.value)


def test_empty_holder_is_left_out_so_validation_can_report_it() -> None:
    doc = make_document()
    g = graph_of(rdf.document_quads(doc, [make_stances(doc, holder="")[0]])[0])
    assert not list(g.triples((None, SG.holder, None)))
    assert not list(g.triples((None, SG.urgesRestraint, None)))


# --- ontology files ----------------------------------------------------------------------------

def test_committed_ontology_files_are_in_sync_with_their_sources() -> None:
    result = subprocess.run([sys.executable, str(REPO / "tools" / "build_ontology.py"), "--check"],
                            capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr


@pytest.fixture(scope="module")
def ontology() -> rdflib.Graph:
    return rdflib.Graph().parse(ONTOLOGY / "stance.ttl", format="turtle")


def test_ontology_header_has_version_and_licence(ontology: rdflib.Graph) -> None:
    head = rdflib.URIRef(str(SG._NS).rstrip("#"))
    assert (head, RDF.type, OWL.Ontology) in ontology
    assert ontology.value(head, OWL.versionInfo) is not None
    assert ontology.value(head, OWL.versionIRI) is not None
    assert ontology.value(head, DCTERMS.license) is not None


def test_every_term_has_label_and_definition_in_english_and_arabic(ontology: rdflib.Graph) -> None:
    terms = {s for s in ontology.subjects() if str(s).startswith(str(SG._NS))}
    assert len(terms) > 60
    for term in terms:
        for prop in (RDFS.label, SKOS.definition):
            langs = {o.language for o in ontology.objects(term, prop)}
            assert {"en", "ar"} <= langs, f"{term} lacks {prop} in {({'en', 'ar'} - langs)}"


def test_scheme_has_each_stance_type_with_its_data_and_direct_subproperty(
        ontology: rdflib.Graph) -> None:
    types = stance_types()
    concepts = set(ontology.subjects(RDF.type, SG.StanceType))
    assert len(concepts) == len(types) == 18
    for t in types.values():
        c = rdflib.URIRef(rdf.type_concept(t.id).value)
        p = rdflib.URIRef(rdf.type_property(t.id).value)
        assert (c, SKOS.inScheme, SG.StanceTypes) in ontology
        assert str(ontology.value(c, SKOS.notation)) == t.id
        assert str(ontology.value(c, SG.cameoCode)) == t.cameo
        assert float(ontology.value(c, SG.goldstein).toPython()) == t.goldstein
        assert (ontology.value(c, SG.ploverCategory) is None) == (t.plover is None)
        group = ontology.value(c, SKOS.broader)
        assert group == SG[t.group] and (group, SKOS.narrower, c) in ontology
        assert (p, RDFS.subPropertyOf, SG.stanceToward) in ontology
        assert (c, SG.directProperty, p) in ontology
        polarity = ontology.value(c, SG.polarity)
        assert str(ontology.value(polarity, SKOS.notation)) == t.polarity
        assert (p, SG.polarity, polarity) in ontology


def test_namespace_raises_on_a_misspelled_term() -> None:
    assert str(SG.urgesRestraint).endswith("#urgesRestraint")
    with pytest.raises(AttributeError):
        SG.urgeRestraint  # noqa: B018


def test_no_hand_typed_project_iri_in_python() -> None:
    offenders = []
    for folder in ("graph", "stancegraph"):
        for path in (REPO / folder).rglob("*.py"):
            if "w3id.org/stancegraph" in path.read_text(encoding="utf-8"):
                offenders.append(str(path.relative_to(REPO)))
    assert offenders == []


def test_actors_come_from_the_gazetteer_with_labels_aliases_and_wikidata() -> None:
    gaz = load_gazetteer()
    g = rdflib.Graph().parse(ONTOLOGY / "actors.ttl", format="turtle")
    for actor in gaz.actors.values():
        node = rdflib.URIRef(rdf.actor_iri(actor.id).value)
        labels = {(o.language, str(o)) for o in g.objects(node, RDFS.label)}
        assert ("en", actor.en) in labels and ("ar", actor.ar) in labels
        if actor.wikidata:
            assert (node, OWL.sameAs, rdflib.URIRef(
                f"http://www.wikidata.org/entity/{actor.wikidata}")) in g
        alts = {str(o) for o in g.objects(node, SKOS.altLabel)}
        assert set(actor.aliases_en + actor.aliases_ar) - {actor.en, actor.ar} <= alts


@pytest.mark.parametrize("name", ["errors.ttl", "recommendations.ttl"])
def test_shapes_parse_and_keep_errors_apart_from_recommendations(name: str) -> None:
    g = rdflib.Graph().parse(ONTOLOGY / "shapes" / name, format="turtle")
    severities = set(g.objects(None, SH.severity))
    if name == "errors.ttl":
        assert severities == {SH.Violation}
    else:
        assert SH.Violation not in severities and SH.Warning in severities
        # In SHACL a property shape does not inherit its node shape's severity.
        for prop_shape in g.objects(None, SH.property):
            assert g.value(prop_shape, SH.severity) in (SH.Warning, SH.Info)


def test_named_queries_parse() -> None:
    from pyoxigraph import Store

    from graph import sparql
    from ontology.namespace import PREFIXES

    names = sparql.query_names()
    assert {"stances_between", "counts_by_type_month", "top_holders", "diff_periods",
            "stance_rows", "actors", "edges"} <= set(names)
    empty = Store()
    for name in names:
        q = sparql.named_query(name)
        values = {p.name: None for p in q.params}
        list(empty.query(sparql.bind_values(q.text, values), prefixes=PREFIXES)) \
            if "SELECT" in q.text else None
        assert q.description, f"{name}.rq has no description comment"


def test_rq_files_are_package_data() -> None:
    assert list(Path(REPO / "ontology" / "queries").glob("*.rq"))

"""Stage graph, quality: SHACL validation of the stored graph (pyshacl).

The shapes are ontology/shapes/errors.ttl (violations: the store is wrong) and
recommendations.ttl (warnings and information). pyshacl needs an rdflib graph, so the union of
the store's graphs is copied into one; the ontology is part of it (the store holds it in its
own named graph), which is what ``sh:class`` needs to see rdfs:subClassOf.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox
import rdflib
from pyoxigraph import RdfFormat
from rdflib.namespace import RDF, SH

from extract.normalize import is_arabic
from graph.store import Store

SHAPES_DIR = Path(__file__).resolve().parent.parent / "ontology" / "shapes"
ERRORS = SHAPES_DIR / "errors.ttl"
RECOMMENDATIONS = SHAPES_DIR / "recommendations.ttl"
_SEVERITY = {SH.Violation: "violation", SH.Warning: "warning", SH.Info: "info"}


@dataclass(frozen=True)
class Finding:
    severity: str  # violation | warning | info
    focus: str
    path: str | None
    value: str | None
    message: str
    shape: str | None

    def __str__(self) -> str:
        where = f" {self.path}" if self.path else ""
        value = f" = {self.value}" if self.value else ""
        return f"{self.severity:9} {self.focus}{where}{value}: {self.message}"


@dataclass
class Report:
    findings: list[Finding] = field(default_factory=list)
    results_graph: rdflib.Graph | None = None
    triples: int = 0

    @property
    def violations(self) -> list[Finding]:
        return [f for f in self.findings if f.severity == "violation"]

    @property
    def conforms(self) -> bool:
        return not self.violations

    def counts(self) -> dict[str, int]:
        out = {"violation": 0, "warning": 0, "info": 0}
        for f in self.findings:
            out[f.severity] = out.get(f.severity, 0) + 1
        return out


def shapes_graph(*, recommendations: bool = True) -> rdflib.Graph:
    g = rdflib.Graph()
    g.parse(ERRORS, format="turtle")
    if recommendations:
        g.parse(RECOMMENDATIONS, format="turtle")
    return g


def data_graph(store: Store) -> rdflib.Graph:
    """The union of every graph of the store, as one rdflib graph."""
    triples = {q.triple for q in store.dataset_quads()}
    data = ox.serialize(triples, format=RdfFormat.N_TRIPLES)
    g = rdflib.Graph()
    if data:
        g.parse(data=data.decode("utf-8"), format="nt")
    return g


def _short(node: rdflib.term.Node | None, g: rdflib.Graph) -> str | None:
    if node is None:
        return None
    if isinstance(node, rdflib.URIRef):
        try:
            return g.namespace_manager.normalizeUri(node)
        except Exception:  # noqa: BLE001 - any IRI rdflib cannot shorten is shown whole
            return f"<{node}>"
    if isinstance(node, rdflib.Literal):
        return node.n3(g.namespace_manager)
    return str(node)


def validate_store(store: Store, *, recommendations: bool = True) -> Report:
    # rdflib logs a traceback for every ill-typed literal it reads (a date that is not a date);
    # the SHACL report says it better.
    logger = logging.getLogger("rdflib.term")
    level = logger.level
    logger.setLevel(logging.CRITICAL)
    try:
        return validate_graph(data_graph(store), recommendations=recommendations)
    finally:
        logger.setLevel(level)


def _english_first(message: rdflib.term.Node) -> tuple[int, str]:
    """English messages first; pyshacl drops the language tag of templated messages, so an
    untagged message without Arabic letters comes next."""
    lang = getattr(message, "language", None)
    text = str(message)
    if lang == "en":
        return (0, text)
    if lang is None and not is_arabic(text):
        return (1, text)
    return (2, text)


def validate_graph(data: rdflib.Graph, *, recommendations: bool = True) -> Report:
    from pyshacl import validate

    from ontology.namespace import PREFIXES

    for prefix, iri in PREFIXES.items():
        data.bind(prefix, iri, override=True)
    _, results, _ = validate(
        data, shacl_graph=shapes_graph(recommendations=recommendations),
        inference="none", allow_warnings=True, abort_on_first=False, meta_shacl=False,
        advanced=False,
    )
    assert isinstance(results, rdflib.Graph)
    findings = []
    for result in results.subjects(RDF.type, SH.ValidationResult):
        messages = list(results.objects(result, SH.resultMessage))
        message = str(min(messages, key=_english_first)) if messages else "(no message)"
        severity = results.value(result, SH.resultSeverity)
        findings.append(Finding(
            severity=_SEVERITY.get(severity, str(severity)) if isinstance(severity, rdflib.URIRef)
            else "violation",
            focus=_short(results.value(result, SH.focusNode), data) or "?",
            path=_short(results.value(result, SH.resultPath), data),
            value=_short(results.value(result, SH.value), data),
            message=message,
            shape=_short(results.value(result, SH.sourceShape), data),
        ))
    order = {"violation": 0, "warning": 1, "info": 2}
    findings.sort(key=lambda f: (order.get(f.severity, 3), f.focus, f.path or "", f.message))
    return Report(findings=findings, results_graph=results, triples=len(data))


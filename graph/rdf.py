"""Stage graph, mapping: Stance and Document records → RDF quads (pure; no store, no I/O).

The shape is the one of DESIGN.md ("RDF shape"):

- each stance is a node ``stance:<id> a sg:Stance`` with holder, type, target, date, evidence …
  and ``prov:wasDerivedFrom`` its document;
- a stance that is an edge (``Stance.is_edge``) is also asserted directly,
  ``actor:RUS sg:urgesRestraint actor:TUR``;
- a document's own description (Dublin Core, PROV-O, content hash) and the direct edges its
  stances state live in the named graph named by the document IRI; its stance nodes live in the
  default graph, found by ``prov:wasDerivedFrom`` when the document is replaced. Oxigraph keeps
  a named-graph quad in six indexes and a default-graph triple in three: the stance nodes, 17
  of a stance's 18 statements, then take half the disk and half the writing (measured at 100k
  stances: 6.5 → 3.5 KB per stance after optimise);
- a stance with a holder and a target also points to its dyad ``dyad:RUS/TUR/2024`` (the
  directed pair, as in event data, in the stance's year; ``dyad:RUS/TUR`` for an undated
  stance), described once in the shared graph ``graph/dyads``: the stances between two actors
  are then index lookups instead of a join of two large scans, and those of a date range are
  read from the range's years alone (a pair's stances of one year in a 10-year store: a
  tenth of them). A year, not a month: a pair in a month is often one stance, and its node
  would cost more than it saves;
- a stance that is an edge also points to its edge node ``edge:RUS/urgesRestraint/TUR`` (the
  reification of the direct triple: rdf:subject, rdf:predicate, rdf:object), described once in
  the shared graph ``graph/edges``: the edges stated in a period are then counted from their
  stances by two index lookups each (edge and document), with no per-stance join on holder,
  type, target and the negation flags;
- a stance that counts (neither negated nor hypothetical, dated) points to its tally
  ``tally:2024-11/condemns`` (its type in its month, described once in ``graph/tallies``):
  counts by type and month are one pass over ``sg:tally`` instead of a join of two scans.

Terms are pyoxigraph terms (the store's own), built from the IRIs of ontology/namespace.py.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import re
from collections.abc import Callable, Iterable, Sequence
from datetime import UTC, datetime
from decimal import Decimal
from functools import cache, lru_cache
from pathlib import PurePath
from typing import TYPE_CHECKING
from urllib.parse import quote, unquote

from pyoxigraph import DefaultGraph, Literal, NamedNode, Quad, Triple
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SKOS, XSD

from extract.record import Document, Stance
from ontology.errors import StancegraphError
from ontology.namespace import (
    ACTOR,
    DOC,
    DYAD,
    DYADS_GRAPH,
    EDGE,
    EDGES_GRAPH,
    PERSON,
    ROLE,
    SG,
    STANCE,
    TALLIES_GRAPH,
    TALLY,
    WIKIDATA,
)
from ontology.types import stance_types

if TYPE_CHECKING:
    from extract.gazetteer import Actor, MemberGroup, Person

_ACTOR_KINDS = {"state": SG.State, "organization": SG.Organization, "bloc": SG.Bloc,
                "group": SG.Group}
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def _n(iri: str) -> NamedNode:
    return NamedNode(str(iri))


# Predicates and classes, built once (the mapping runs for every stance of every document).
A = _n(RDF.type)
T_STANCE, T_DOCUMENT, T_PERSON, T_ROLE = _n(SG.Stance), _n(SG.Document), _n(SG.Person), _n(SG.Role)
P_HOLDER, P_TARGET, P_TYPE = _n(SG.holder), _n(SG.target), _n(SG.stanceType)
P_TOPIC, P_SPEAKER, P_SPEAKER_NAME = _n(SG.topic), _n(SG.speaker), _n(SG.speakerName)
P_REPORTED_BY, P_DATE, P_CONFIDENCE = _n(SG.reportedBy), _n(SG.date), _n(SG.confidence)
P_EVIDENCE, P_START, P_END = _n(SG.evidence), _n(SG.evidenceStart), _n(SG.evidenceEnd)
P_RULE, P_NEGATED, P_HYPOTHETICAL = _n(SG.rule), _n(SG.negated), _n(SG.hypothetical)
P_EXTRACTOR, P_HASH, P_FILE = _n(SG.extractorVersion), _n(SG.contentHash), _n(SG.sourceFile)
P_DERIVED, P_GENERATED = _n(PROV.wasDerivedFrom), _n(PROV.generatedAtTime)
P_TITLE, P_DCDATE, P_PUBLISHER = _n(DCTERMS.title), _n(DCTERMS.date), _n(DCTERMS.publisher)
P_SOURCE, P_LANGUAGE, P_IDENTIFIER = _n(DCTERMS.source), _n(DCTERMS.language), _n(DCTERMS.identifier)
P_LABEL, P_PREF, P_ALT = _n(RDFS.label), _n(SKOS.prefLabel), _n(SKOS.altLabel)
P_NOTATION, P_SAME_AS = _n(SKOS.notation), _n(OWL.sameAs)
P_HOLDS_ROLE, P_FOR_ACTOR = _n(SG.holdsRole), _n(SG.forActor)
P_HAS_MEMBER = _n(SG.hasMember)
P_START_DATE, P_END_DATE = _n(SG.startDate), _n(SG.endDate)
T_DYAD, P_DYAD = _n(SG.Dyad), _n(SG.dyad)
P_DYAD_HOLDER, P_DYAD_TARGET = _n(SG.dyadHolder), _n(SG.dyadTarget)
P_DYAD_YEAR = _n(SG.dyadYear)
G_DYADS = _n(DYADS_GRAPH)
T_EDGE, P_EDGE, G_EDGES = _n(SG.Edge), _n(SG.edge), _n(EDGES_GRAPH)
P_SUBJECT, P_PREDICATE, P_OBJECT = _n(RDF.subject), _n(RDF.predicate), _n(RDF.object)
T_TALLY, P_TALLY, G_TALLIES = _n(SG.Tally), _n(SG.tally), _n(TALLIES_GRAPH)
P_TALLY_TYPE, P_TALLY_MONTH = _n(SG.tallyType), _n(SG.tallyMonth)
XSD_DATE, XSD_DATETIME, XSD_DECIMAL = _n(XSD.date), _n(XSD.dateTime), _n(XSD.decimal)
XSD_INTEGER, XSD_BOOLEAN, XSD_LANGUAGE = _n(XSD.integer), _n(XSD.boolean), _n(XSD.language)
XSD_ANYURI = _n(XSD.anyURI)
XSD_YEAR_MONTH = _n(XSD.gYearMonth)
XSD_YEAR = _n(XSD.gYear)
TRUE = Literal("true", datatype=XSD_BOOLEAN)

# Triples that change on every extraction and so are left out of a document's content hash.
_VOLATILE = (P_GENERATED, P_HASH)


def camel(type_id: str, upper: bool) -> str:
    words = type_id.split("_")
    head = words[0].capitalize() if upper else words[0]
    return head + "".join(w.capitalize() for w in words[1:])


@cache
def type_concept(type_id: str) -> NamedNode:
    """``urges_restraint`` → ``sg:UrgesRestraint`` (the SKOS concept of the type)."""
    _check_type(type_id)
    return _n(SG[camel(type_id, True)])


@cache
def type_property(type_id: str) -> NamedNode:
    """``urges_restraint`` → ``sg:urgesRestraint`` (the direct edge property of the type)."""
    _check_type(type_id)
    return _n(SG[camel(type_id, False)])


@lru_cache(maxsize=1)
def _types_by_iri() -> dict[str, str]:
    out = {}
    for type_id in stance_types():
        out[type_concept(type_id).value] = type_id
        out[type_property(type_id).value] = type_id
    return out


def type_id(iri: str | NamedNode) -> str | None:
    """The stance type id of a concept or direct-property IRI, or None."""
    value = iri.value if isinstance(iri, NamedNode) else iri
    return _types_by_iri().get(value)


def _check_type(type_id: str) -> None:
    if type_id not in stance_types():
        raise StancegraphError(f"unknown stance type {type_id!r} (see ontology/stance_types.jsonl)")


@lru_cache(maxsize=4096)
def actor_iri(actor_id: str) -> NamedNode:
    # quote(): any string becomes a valid IRI, so an odd id can never break a query or a file.
    return NamedNode(ACTOR + quote(actor_id, safe=""))


def person_iri(person_id: str) -> NamedNode:
    return NamedNode(PERSON + quote(person_id, safe=""))


def doc_iri(doc_id: str) -> NamedNode:
    return NamedNode(DOC + quote(doc_id, safe=""))


@lru_cache(maxsize=65536)
def dyad_iri(holder: str, target: str, year: str | None = None) -> NamedNode:
    """The directed pair holder → target in a year, ``dyad:RUS/TUR/2024``, or without one
    (the undated stances of the pair), ``dyad:RUS/TUR``."""
    pair = DYAD + quote(holder, safe="") + "/" + quote(target, safe="")
    return NamedNode(pair + "/" + year if year else pair)


@lru_cache(maxsize=65536)
def edge_iri(holder: str, type_id: str, target: str) -> NamedNode:
    """The direct edge holder –type→ target as a node: ``edge:RUS/urgesRestraint/TUR``."""
    return NamedNode(EDGE + quote(holder, safe="") + "/" + camel(type_id, False) + "/"
                     + quote(target, safe=""))


@lru_cache(maxsize=65536)
def tally_iri(month: str, type_id: str) -> NamedNode:
    """The stances of one type in one month: ``tally:2024-11/condemns``."""
    return NamedNode(TALLY + quote(month, safe="") + "/" + camel(type_id, False))


def _month(day: str | None) -> str | None:
    """``2024-11-03`` → ``2024-11``; None for no date or one that is not an ISO date."""
    if day and _ISO_DATE.match(day.strip()):
        return day.strip()[:7]
    return None


# --- shared index nodes ------------------------------------------------------------------------
# A stance points to up to three nodes that are pure functions of ids (dyad, edge, tally). Each
# is described once in its own shared graph, so those graphs only ever grow by statements that
# are true forever, and writing one that is there already changes nothing. One table says, for
# each kind, which stances have the node and what describes it: the stance's link and the
# node's description can never disagree.

def _year(day: str | None) -> str | None:
    month = _month(day)
    return month[:4] if month else None


def _dyad_of(s: Stance, day: str | None) -> NamedNode | None:
    """The pair in the stance's year: a date range reads only its years' stances."""
    return dyad_iri(s.holder, s.target, _year(day)) if s.holder and s.target else None


def _describe_dyad(node: NamedNode, s: Stance, day: str | None) -> list[Triple]:
    out = [Triple(node, A, T_DYAD),
           Triple(node, P_DYAD_HOLDER, actor_iri(s.holder)),  # type: ignore[arg-type]
           Triple(node, P_DYAD_TARGET, actor_iri(s.target))]  # type: ignore[arg-type]
    year = _year(day)
    if year:
        out.append(Triple(node, P_DYAD_YEAR, Literal(year, datatype=XSD_YEAR)))
    return out


def _edge_of(s: Stance, day: str | None) -> NamedNode | None:
    """Only stances that are edges (a target, neither negated nor hypothetical)."""
    if s.is_edge and s.holder and s.target:
        return edge_iri(s.holder, s.stance_type, s.target)
    return None


def _describe_edge(node: NamedNode, s: Stance, day: str | None) -> list[Triple]:
    return [Triple(node, A, T_EDGE),
            Triple(node, P_SUBJECT, actor_iri(s.holder)),
            Triple(node, P_PREDICATE, type_property(s.stance_type)),
            Triple(node, P_OBJECT, actor_iri(s.target))]  # type: ignore[arg-type]


def _tally_of(s: Stance, day: str | None) -> NamedNode | None:
    """Only stances that count: dated, neither negated nor hypothetical."""
    month = _month(day)
    if month and not s.negated and not s.hypothetical:
        return tally_iri(month, s.stance_type)
    return None


def _describe_tally(node: NamedNode, s: Stance, day: str | None) -> list[Triple]:
    month = _month(day)
    assert month is not None  # only called for a node that _tally_of gave
    return [Triple(node, A, T_TALLY),
            Triple(node, P_TALLY_TYPE, type_concept(s.stance_type)),
            Triple(node, P_TALLY_MONTH, Literal(month, datatype=XSD_YEAR_MONTH))]


_IndexOf = Callable[[Stance, str | None], NamedNode | None]
_Describe = Callable[[NamedNode, Stance, str | None], list[Triple]]
# (link from the stance, shared graph, the node of a stance or None, the node's description)
DYAD_INDEX: tuple[NamedNode, NamedNode, _IndexOf, _Describe] = (
    P_DYAD, G_DYADS, _dyad_of, _describe_dyad)
EDGE_INDEX: tuple[NamedNode, NamedNode, _IndexOf, _Describe] = (
    P_EDGE, G_EDGES, _edge_of, _describe_edge)
TALLY_INDEX: tuple[NamedNode, NamedNode, _IndexOf, _Describe] = (
    P_TALLY, G_TALLIES, _tally_of, _describe_tally)
INDEXES = (DYAD_INDEX, EDGE_INDEX, TALLY_INDEX)


def _index_links(s: NamedNode, stance: Stance, day: str | None) -> list[Triple]:
    """The links of stance node ``s`` to its index nodes."""
    out = []
    for link, _, node_of, _ in INDEXES:
        node = node_of(stance, day)
        if node is not None:
            out.append(Triple(s, link, node))
    return out


def shared_quads(stances: Iterable[Stance], default_date: str | None = None,
                 indexes: Sequence[tuple[NamedNode, NamedNode, _IndexOf, _Describe]] = INDEXES,
                 seen: set[NamedNode] | None = None) -> list[Quad]:
    """The quads that ``stances`` need outside their document's graph: the descriptions of
    their index nodes, each once (``default_date``: the document's date, for stances without
    their own). ``seen``: index nodes to leave out (described already); the nodes described
    here are added to it."""
    out: list[Quad] = []
    seen = set() if seen is None else seen
    for stance in stances:
        day = stance.date or default_date
        for _, graph, node_of, describe in indexes:
            node = node_of(stance, day)
            if node is not None and node not in seen:
                seen.add(node)
                out += in_graph(describe(node, stance, day), graph)
    return out


def dyad_quads(stances: Iterable[Stance], default_date: str | None = None) -> list[Quad]:
    return shared_quads(stances, default_date, indexes=(DYAD_INDEX,))


def edge_quads(stances: Iterable[Stance]) -> list[Quad]:
    return shared_quads(stances, indexes=(EDGE_INDEX,))


def tally_quads(stances: Iterable[Stance], default_date: str | None = None) -> list[Quad]:
    return shared_quads(stances, default_date, indexes=(TALLY_INDEX,))


def stance_iri(stance: Stance) -> NamedNode:
    return NamedNode(STANCE + stance.stance_id)


def local_id(iri: str | NamedNode | None) -> str | None:
    """The id at the end of an instance IRI: ``…/actor/RUS`` → ``RUS``."""
    if iri is None:
        return None
    value = iri.value if isinstance(iri, NamedNode) else iri
    return unquote(value.rsplit("/", 1)[-1].rsplit("#", 1)[-1])


def lang_literal(text: str, lang: str | None) -> Literal:
    if lang:
        try:
            return Literal(text, language=lang)
        except ValueError:
            pass
    return Literal(text)


def date_literal(value: str) -> Literal:
    """An xsd:date literal. A value that is not an ISO date is kept as it is, ill-typed, so that
    ``stancegraph validate`` reports it instead of the date silently disappearing."""
    value = value.strip()
    if len(value) > 10 and _ISO_DATE.match(value) and value[10] in "T ":
        value = value[:10]  # a timestamp: the statement's day
    return Literal(value, datatype=XSD_DATE)


def decimal_literal(value: float) -> Literal:
    return Literal(format(Decimal(str(round(float(value), 6))).normalize(), "f"),
                   datatype=XSD_DECIMAL)


def integer_literal(value: int) -> Literal:
    return Literal(str(int(value)), datatype=XSD_INTEGER)


# --- the mapping as N-Quads text ---------------------------------------------------------------
# One document's graph is written as N-Quads lines straight from the records: no term objects
# are built per statement, and the store (or the bulk loader) parses the text in Rust. This is
# the only mapping of a stance: the term-object functions below parse its text.

def _text(value: str) -> str:
    """A plain string literal in N-Quads syntax."""
    # str.translate goes character by character through a dict: 100 times slower than these
    # scans on a 300-character Arabic sentence, and most texts need no escape at all
    if "\\" in value or '"' in value or "\n" in value or "\r" in value:
        value = (value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
                 .replace("\r", "\\r"))
    return '"' + value + '"'


@lru_cache(maxsize=256)
def _lang_suffix(lang: str | None) -> str:
    """``@ar`` for a valid language tag (normalised as pyoxigraph does), else nothing."""
    tag = lang_literal("", lang).language if lang else None
    return f"@{tag}" if tag else ""


def _lang_text(value: str, lang: str | None) -> str:
    return _text(value) + _lang_suffix(lang)


_S_DATETIME, _S_DECIMAL, _S_INTEGER = f"^^{XSD_DATETIME}", f"^^{XSD_DECIMAL}", f"^^{XSD_INTEGER}"
_S_LANGUAGE, _S_ANYURI, _S_DATE = f"^^{XSD_LANGUAGE}", f"^^{XSD_ANYURI}", f"^^{XSD_DATE}"


def _date_text(value: str) -> str:
    return _text(date_literal(value).value) + _S_DATE


@lru_cache(maxsize=4096)
def _decimal_text(value: float) -> str:
    return f'"{decimal_literal(value).value}"{_S_DECIMAL}'


@lru_cache(maxsize=4096)
def _actor_text(actor_id: str) -> str:
    return str(actor_iri(actor_id))


@cache
def _type_texts(type_id: str) -> tuple[str, str]:
    """(concept, direct property) of a stance type as N-Quads terms."""
    return str(type_concept(type_id)), str(type_property(type_id))


@lru_cache(maxsize=1024)
def _doc_text(doc_id: str) -> str:
    return f"<{DOC}{quote(doc_id, safe='')}>"


_STANCE_PREDICATES = {name: f" {term} " for name, term in (
    ("a", A), ("holder", P_HOLDER), ("type", P_TYPE), ("target", P_TARGET), ("topic", P_TOPIC),
    ("speaker_name", P_SPEAKER_NAME), ("speaker", P_SPEAKER), ("reported_by", P_REPORTED_BY),
    ("negated", P_NEGATED), ("hypothetical", P_HYPOTHETICAL), ("date", P_DATE),
    ("confidence", P_CONFIDENCE), ("evidence", P_EVIDENCE), ("start", P_START), ("end", P_END),
    ("rule", P_RULE), ("derived", P_DERIVED))}
_P = _STANCE_PREDICATES
_A_STANCE, _TRUE = f"{_P['a']}{T_STANCE}", str(TRUE)


@lru_cache(maxsize=65536)
def _link_text(link: NamedNode, node: NamedNode) -> str:
    return f" {link} {node}"


# A stance node's statements are in the default graph, the direct edge in its document's graph.
_DEFAULT = " .\n"


def _stance_lines(stance: Stance, stance_id: str, doc: str, default_date: str | None,
                  tail: str) -> list[str]:
    """The N-Quads lines of one stance (``doc``: its document as an N-Quads term; ``tail``:
    `` <graph> .\\n``): the stance node, in the default graph, and its direct edge, in the
    document's graph, when the stance is an edge."""
    s = f"<{STANCE}{stance_id}>"
    concept, prop = _type_texts(stance.stance_type)
    holder = _actor_text(stance.holder) if stance.holder else None
    target = _actor_text(stance.target) if stance.target else None
    lang = stance.lang
    out = [f"{s}{_A_STANCE}{_DEFAULT}"]
    add = out.append
    if holder is not None:
        add(f"{s}{_P['holder']}{holder}{_DEFAULT}")
    add(f"{s}{_P['type']}{concept}{_DEFAULT}")
    if target is not None:
        add(f"{s}{_P['target']}{target}{_DEFAULT}")
    if stance.topic:
        add(f"{s}{_P['topic']}{_lang_text(stance.topic, lang)}{_DEFAULT}")
    if stance.speaker:
        add(f"{s}{_P['speaker_name']}{_lang_text(stance.speaker, lang)}{_DEFAULT}")
    if stance.speaker_id:
        add(f"{s}{_P['speaker']}{person_iri(stance.speaker_id)}{_DEFAULT}")
    if stance.reported_by:
        add(f"{s}{_P['reported_by']}{_actor_text(stance.reported_by)}{_DEFAULT}")
    if stance.negated:
        add(f"{s}{_P['negated']}{_TRUE}{_DEFAULT}")
    if stance.hypothetical:
        add(f"{s}{_P['hypothetical']}{_TRUE}{_DEFAULT}")
    day = stance.date or default_date
    if day:
        add(f"{s}{_P['date']}{_date_text(day)}{_DEFAULT}")
    add(f"{s}{_P['confidence']}{_decimal_text(stance.confidence)}{_DEFAULT}")
    add(f"{s}{_P['evidence']}{_lang_text(stance.evidence, lang)}{_DEFAULT}")
    add(f'{s}{_P["start"]}"{int(stance.start)}"{_S_INTEGER}{_DEFAULT}')
    add(f'{s}{_P["end"]}"{int(stance.end)}"{_S_INTEGER}{_DEFAULT}')
    if stance.rule:
        add(f"{s}{_P['rule']}{_text(stance.rule)}{_DEFAULT}")
    add(f"{s}{_P['derived']}{doc}{_DEFAULT}")
    if stance.is_edge and holder is not None and target is not None:
        add(f"{holder} {prop} {target}{tail}")
    for link, _, node_of, _ in INDEXES:
        node = node_of(stance, day)
        if node is not None:
            add(f"{s}{_link_text(link, node)}{_DEFAULT}")
    return out


def _document_lines(document: Document, stances: Sequence[Stance], tail: str) -> list[str]:
    """The document's own description (without extraction time, version and hash)."""
    d = _doc_text(document.doc_id) + " "
    first = stances[0] if stances else None
    title = document.title or (first.title if first else None)
    outlet = document.outlet or (first.outlet if first else None)
    url = document.url or (first.url if first else None)
    lang = document.lang or (first.lang if first else None)
    path = document.path or (first.path if first else None)
    out = [f"{d}{A} {T_DOCUMENT}{tail}", f"{d}{P_IDENTIFIER} {_text(document.doc_id)}{tail}"]
    if title:
        out.append(f"{d}{P_TITLE} {_lang_text(title, lang)}{tail}")
    if document.date:
        out.append(f"{d}{P_DCDATE} {_date_text(document.date)}{tail}")
    if outlet:
        out.append(f"{d}{P_PUBLISHER} {_text(outlet)}{tail}")
    if url:
        try:
            out.append(f"{d}{P_SOURCE} {NamedNode(url)}{tail}")
        except ValueError:  # not an IRI: keep it as text rather than lose it
            out.append(f"{d}{P_SOURCE} {_text(url)}{_S_ANYURI}{tail}")
    if lang:
        out.append(f"{d}{P_LANGUAGE} {_text(lang)}{_S_LANGUAGE}{tail}")
    if path:
        out.append(f"{d}{P_FILE} {_text(PurePath(path).name)}{tail}")
    return out


def parse_nquads(text: str | bytes) -> list[Quad]:
    from pyoxigraph import RdfFormat, parse

    return list(parse(text.encode("utf-8") if isinstance(text, str) else text,
                      RdfFormat.N_QUADS))


def stance_triples(stance: Stance, *, default_date: str | None = None) -> list[Triple]:
    """The stance node, and its direct edge when the stance is an edge."""
    lines = _stance_lines(stance, stance.stance_id, _doc_text(stance.doc_id), default_date,
                          " .\n")
    return [q.triple for q in parse_nquads("".join(lines))]


def document_triples(document: Document, stances: Sequence[Stance] = ()) -> list[Triple]:
    """The document's own description (without extraction time, version and hash)."""
    return [q.triple for q in parse_nquads("".join(_document_lines(document, stances, " .\n")))]


@lru_cache(maxsize=1)
def extractor_version() -> str:
    """Version of the extractor: ``extract.__version__`` when it declares one, else the
    installed stancegraph distribution's."""
    import extract

    declared = getattr(extract, "__version__", None)
    if isinstance(declared, str) and declared:
        return declared
    try:
        return importlib.metadata.version("stancegraph")
    except importlib.metadata.PackageNotFoundError:
        return "0+unknown"


def content_hash(statements: Iterable[Quad | Triple]) -> str:
    """SHA-256 over the sorted N-Triples/N-Quads lines of the statements, volatile ones (time
    of extraction, the hash itself) left out."""
    lines = sorted(str(q) for q in statements if q.predicate not in _VOLATILE)
    return hashlib.sha256("\n".join(lines).encode("utf-8")).hexdigest()


def unique_stances(stances: Iterable[Stance]) -> list[Stance]:
    """One record per stance id (same document, holder, type, target and place): the extractor
    may find a stance twice through different rules; the most confident record is kept."""
    return list(_unique(stances).values())


def _unique(stances: Iterable[Stance]) -> dict[str, Stance]:
    chosen: dict[str, Stance] = {}
    for stance in stances:
        key = stance.stance_id
        if key not in chosen or stance.confidence > chosen[key].confidence:
            chosen[key] = stance
    return chosen


def document_nquads(
    document: Document,
    stances: Sequence[Stance],
    *,
    generated_at: datetime | None = None,
    version: str | None = None,
) -> tuple[str, str]:
    """Every quad of one document's named graph as N-Quads text, and the graph's content hash.

    The one mapping of a document: ``ingest`` stores this text in one transaction and
    ``batch`` writes it into its shards for ``load``. The hash covers everything but
    ``prov:generatedAtTime`` (and itself), so that the store can skip a document whose
    extraction would not change anything.
    """
    graph = _doc_text(document.doc_id)
    tail = f" {graph} .\n"
    lines = _document_lines(document, stances, tail)
    lines.append(f"{graph} {P_EXTRACTOR} {_text(version or extractor_version())}{tail}")
    for stance_id, stance in _unique(stances).items():
        lines += _stance_lines(stance, stance_id, _doc_text(stance.doc_id), document.date, tail)
    lines = list(dict.fromkeys(lines))  # a direct edge stated twice is one statement
    digest = hashlib.sha256("".join(sorted(lines)).encode("utf-8")).hexdigest()
    when = (generated_at or datetime.now(UTC)).astimezone(UTC).replace(microsecond=0)
    lines.append(f'{graph} {P_GENERATED} "{when.strftime("%Y-%m-%dT%H:%M:%SZ")}"'
                 f"{_S_DATETIME}{tail}")
    lines.append(f'{graph} {P_HASH} "{digest}"{tail}')
    return "".join(lines), digest


def document_quads(
    document: Document,
    stances: Sequence[Stance],
    *,
    generated_at: datetime | None = None,
    version: str | None = None,
) -> tuple[list[Quad], str]:
    """:func:`document_nquads` as pyoxigraph quads."""
    text, digest = document_nquads(document, stances, generated_at=generated_at,
                                   version=version)
    return parse_nquads(text), digest


@lru_cache(maxsize=1)
def direct_properties() -> frozenset[NamedNode]:
    """The 18 direct edge properties (sub-properties of sg:stanceToward)."""
    return frozenset(type_property(t) for t in stance_types())


def is_direct_edge(quad: Quad | Triple) -> bool:
    return quad.predicate in direct_properties()


def _named_triples(node: NamedNode, named: Actor | Person | MemberGroup) -> list[Triple]:
    """Id, labels, aliases and Wikidata id of a gazetteer actor, person or member group."""
    out = [Triple(node, P_NOTATION, Literal(named.id))]
    for lang in ("en", "ar"):
        name = named.names(lang)[0]
        out += [Triple(node, P_LABEL, Literal(name, language=lang)),
                Triple(node, P_PREF, Literal(name, language=lang))]
    for lang in ("en", "ar"):
        name, *aliases = named.names(lang)
        out += [Triple(node, P_ALT, Literal(alias, language=lang))
                for alias in dict.fromkeys(aliases) if alias != name]
    if named.wikidata:
        out.append(Triple(node, P_SAME_AS, NamedNode(WIKIDATA + named.wikidata)))
    return out


def gazetteer_triples(gazetteer: object) -> list[Triple]:
    """Actors and officials of the gazetteer (``extract.gazetteer.Gazetteer``) as triples."""
    out: list[Triple] = []
    add = out.append
    for actor in gazetteer.actors.values():  # type: ignore[attr-defined]
        a = actor_iri(actor.id)
        add(Triple(a, A, _n(_ACTOR_KINDS[actor.kind])))
        out += _named_triples(a, actor)
    for group in gazetteer.groups.values():  # type: ignore[attr-defined]
        # «the E3»: a bloc of its own when an article speaks of it by that name
        g = actor_iri(group.id)
        add(Triple(g, A, _n(SG.Bloc)))
        out += _named_triples(g, group)
        out += [Triple(g, P_HAS_MEMBER, actor_iri(member)) for member in group.members]
    for person in gazetteer.people.values():  # type: ignore[attr-defined]
        p = person_iri(person.id)
        add(Triple(p, A, T_PERSON))
        out += _named_triples(p, person)
        for n, role in enumerate(person.roles, start=1):
            r = NamedNode(ROLE + quote(f"{person.id}-{n}", safe=""))
            add(Triple(p, P_HOLDS_ROLE, r))
            add(Triple(r, A, T_ROLE))
            add(Triple(r, P_FOR_ACTOR, actor_iri(role.actor)))
            add(Triple(r, P_LABEL, Literal(role.title_en, language="en")))
            add(Triple(r, P_LABEL, Literal(role.title_ar, language="ar")))
            add(Triple(r, P_START_DATE, Literal(role.start, datatype=XSD_DATE)))
            if role.end:
                add(Triple(r, P_END_DATE, Literal(role.end, datatype=XSD_DATE)))
    return out


def in_graph(triples: Iterable[Triple], graph: NamedNode | DefaultGraph) -> list[Quad]:
    return [Quad(t.subject, t.predicate, t.object, graph) for t in triples]

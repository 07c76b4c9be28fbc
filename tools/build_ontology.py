"""Build the vocabulary files of ontology/ from their single sources.

    ontology/stance_types.jsonl ──► ontology/stance.ttl    (OWL ontology + SKOS scheme of types)
    ontology/terms.jsonl                ontology/namespace.py  (rdflib DefinedNamespace for sg:)
    ontology/gazetteer/*.jsonl  ──► ontology/actors.ttl    (actors and officials)

ontology/terms.jsonl holds every English and Arabic text of stance.ttl that is not a stance
type's label: the ontology's title and description, the labels and definitions of the classes,
properties, schemes, polarities and groups, the stance types' definitions, and the definition
template of their direct properties; it is validated when read (see load_terms).
Run ``python tools/build_ontology.py`` after changing any source and commit the outputs;
``--check`` exits 1 when a committed output is out of date (the test suite runs it). Both exit
2 with a one-line message naming the file and line when a source is invalid.
"""

from __future__ import annotations

import argparse
import difflib
import importlib
import json
import re
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from rdflib import Literal

from ontology.errors import StancegraphError
from ontology.types import POLARITIES, TYPES_FILE, StanceType, stance_types

STANCE_TTL = ROOT / "ontology" / "stance.ttl"
ACTORS_TTL = ROOT / "ontology" / "actors.ttl"
NAMESPACE_PY = ROOT / "ontology" / "namespace.py"

# The generator is the one place where the project's own base IRIs are written out;
# everything else in Python takes them from the generated ontology/namespace.py.
NS = "https://w3id.org/stancegraph/ns#"
ONTOLOGY = "https://w3id.org/stancegraph/ns"
ID = "https://w3id.org/stancegraph/id/"
GRAPHS = "https://w3id.org/stancegraph/graph/"
WIKIDATA = "http://www.wikidata.org/entity/"
LICENSE = "https://www.apache.org/licenses/LICENSE-2.0"
VERSION = "0.1.0"

PREFIXES = {
    "sg": NS,
    "actor": ID + "actor/",
    "person": ID + "person/",
    "role": ID + "role/",
    "doc": ID + "doc/",
    "stance": ID + "stance/",
    "dyad": ID + "dyad/",
    "edge": ID + "edge/",
    "tally": ID + "tally/",
    "wd": WIKIDATA,
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "prov": "http://www.w3.org/ns/prov#",
    "dct": "http://purl.org/dc/terms/",
    "vann": "http://purl.org/vocab/vann/",
}

# --- the term tables: language data, read from ontology/terms.jsonl --------------------------
#
# One JSON object per line; "table" says what the line defines, and lines of a table are
# written out in file order. Term tables (class, object_property, datatype_property,
# annotation_property) give an sg: term with its labels, definitions and extra Turtle
# "predicate object" pairs; polarity and group lines give the concepts of the polarity scheme
# and the broader concepts of the stance types; type_definition lines give the definitions of
# the stance types of ontology/stance_types.jsonl (their labels and codes are kept there).

TERMS_FILE = ROOT / "ontology" / "terms.jsonl"

SCHEMES = ("Polarities", "StanceTypes")  # the SKOS concept schemes of stance.ttl

TERM_KINDS = {
    "class": "owl:Class",
    "object_property": "owl:ObjectProperty",
    "datatype_property": "owl:DatatypeProperty",
    "annotation_property": "owl:AnnotationProperty",
}
_LABELLED = ("label_en", "label_ar", "definition_en", "definition_ar")
# table → (required string fields, optional fields)
TABLES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    **{kind: (("name", *_LABELLED), ("extra",)) for kind in TERM_KINDS},
    "polarity": (("name", "notation", *_LABELLED), ()),
    "group": (("name", *_LABELLED), ()),
    "type_definition": (("name", "definition_en", "definition_ar"), ()),
    "ontology": (("name", *_LABELLED), ()),
    "scheme": (("name", *_LABELLED), ()),
    "template": (("name", "definition_en", "definition_ar"), ()),
}
# Lines that name no sg: term of their own (the others must not share a name).
NOT_SG_TERMS = ("type_definition", "ontology", "template")
# template name → the placeholders its definitions must use (filled from each stance type)
TEMPLATES = {"type_property": ("{en}", "{ar}")}
_ARABIC = re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]")
_SG_NAME = re.compile(r"[A-Za-z][A-Za-z0-9]*")
_TYPE_ID = re.compile(r"[a-z][a-z0-9_]*")


@dataclass(frozen=True)
class Term:
    """One line of terms.jsonl (fields that its table does not have are empty)."""

    table: str
    name: str
    line: int
    definition_en: str
    definition_ar: str
    label_en: str = ""
    label_ar: str = ""
    notation: str = ""
    extra: tuple[str, ...] = ()


@dataclass(frozen=True)
class Terms:
    """The lines of terms.jsonl by table and name, each table in file order."""

    tables: dict[str, dict[str, Term]]

    def table(self, table: str) -> list[Term]:
        return list(self.tables.get(table, {}).values())

    def polarity(self, notation: str) -> Term:
        return next(t for t in self.table("polarity") if t.notation == notation)


def _line_error(path: Path, n: int, msg: str) -> StancegraphError:
    return StancegraphError(f"line {n}: {msg}", str(path))


def _parse_term(path: Path, n: int, line: str) -> Term:
    try:
        d = json.loads(line)
    except json.JSONDecodeError as exc:
        raise _line_error(path, n, f"malformed JSON: {exc.msg}") from None
    if not isinstance(d, dict):
        raise _line_error(path, n, "not a JSON object")
    table = d.get("table")
    if table not in TABLES:
        raise _line_error(path, n, f"unknown table {table!r} (expected one of {sorted(TABLES)})")
    required, optional = TABLES[table]
    unknown = set(d) - {"table", *required, *optional}
    if unknown:
        raise _line_error(path, n, f"unknown field(s) {sorted(unknown)} for table {table!r}")
    for key in required:
        value = d.get(key)
        if not isinstance(value, str) or not value.strip():
            raise _line_error(path, n, f"{table} {d.get('name')!r}: missing or empty {key!r}")
        if value != value.strip():
            raise _line_error(path, n, f"{table} {d.get('name')!r}: {key!r} has leading or "
                                       "trailing spaces")
        if key.endswith("_ar") and not _ARABIC.search(value):
            raise _line_error(path, n, f"{table} {d['name']!r}: {key!r} has no Arabic script: "
                                       f"{value!r}")
        if key.endswith("_en") and _ARABIC.search(value):
            raise _line_error(path, n, f"{table} {d['name']!r}: {key!r} contains Arabic script: "
                                       f"{value!r}")
    name_form = _TYPE_ID if table in ("type_definition", "template") else _SG_NAME
    if not name_form.fullmatch(d["name"]):
        raise _line_error(path, n, f"{table} name {d['name']!r} is not of the form "
                                   f"{name_form.pattern}")
    extra = d.get("extra", [])
    if not isinstance(extra, list) or not all(
            isinstance(x, str) and re.fullmatch(r"\S+ \S.*", x) for x in extra):
        raise _line_error(path, n, f"{table} {d['name']!r}: 'extra' must be a list of "
                                   "\"predicate object\" strings")
    return Term(table=table, name=d["name"], line=n, definition_en=d["definition_en"],
                definition_ar=d["definition_ar"], label_en=d.get("label_en", ""),
                label_ar=d.get("label_ar", ""), notation=d.get("notation", ""),
                extra=tuple(extra))


def _types_file_lines() -> dict[str, int]:
    """Line number of every stance type id in stance_types.jsonl (already validated)."""
    lines: dict[str, int] = {}
    for n, line in enumerate(TYPES_FILE.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            lines.setdefault(json.loads(line)["id"], n)
    return lines


def load_terms(path: Path = TERMS_FILE) -> Terms:
    """Read and validate the term tables; any problem raises a StancegraphError naming the
    file and the line. Polarities, groups and type definitions must cover exactly what
    ontology/stance_types.jsonl uses."""
    tables: dict[str, dict[str, Term]] = {table: {} for table in TABLES}
    sg_names: dict[str, Term] = {}
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        term = _parse_term(path, n, line)
        first = tables[term.table].get(term.name)
        if first is not None:
            raise _line_error(path, n, f"duplicate {term.table} {term.name!r} "
                                       f"(first on line {first.line})")
        if term.table not in NOT_SG_TERMS:
            clash = sg_names.get(term.name)
            if clash is not None:
                raise _line_error(path, n, f"sg:{term.name} is already defined as "
                                           f"{clash.table} on line {clash.line}")
            sg_names[term.name] = term
        tables[term.table][term.name] = term
    terms = Terms(tables)

    types = stance_types()
    type_lines = _types_file_lines()
    where = f"{TYPES_FILE.relative_to(ROOT)} line"
    for d in terms.table("type_definition"):
        if d.name not in types:
            raise _line_error(path, d.line, f"type_definition for unknown stance type {d.name!r}")
    for t in types.values():
        if t.id not in tables["type_definition"]:
            raise StancegraphError(f"no type_definition line for stance type {t.id!r} "
                                   f"({where} {type_lines.get(t.id)})", str(path))
        if t.group not in tables["group"]:
            raise StancegraphError(f"no group line for group {t.group!r} of stance type {t.id!r} "
                                   f"({where} {type_lines.get(t.id)})", str(path))
        for derived in (camel(t.id, True), camel(t.id, False)):
            clash = sg_names.get(derived)
            if clash is not None:
                raise _line_error(path, clash.line, f"sg:{derived} is already the name of stance "
                                                    f"type {t.id!r} ({where} {type_lines.get(t.id)})")
    used_groups = {t.group for t in types.values()}
    for g in terms.table("group"):
        if g.name not in used_groups:
            raise _line_error(path, g.line, f"group {g.name!r} has no stance type in "
                                            f"{TYPES_FILE.relative_to(ROOT)}")
    notations: dict[str, Term] = {}
    for p in terms.table("polarity"):
        if p.notation not in POLARITIES or p.notation in notations:
            raise _line_error(path, p.line, f"polarity notation {p.notation!r} is unknown or "
                                            f"repeated (expected each of {list(POLARITIES)} once)")
        notations[p.notation] = p
    missing = [p for p in POLARITIES if p not in notations]
    if missing:
        raise StancegraphError(f"no polarity line for {missing}", str(path))
    if len(terms.table("ontology")) != 1:
        raise StancegraphError("expected exactly one ontology line (title and description)",
                               str(path))
    for term in terms.table("scheme"):
        if term.name not in SCHEMES:
            raise _line_error(path, term.line,
                              f"unknown scheme {term.name!r} (expected {SCHEMES})")
    for scheme in SCHEMES:
        if scheme not in tables["scheme"]:
            raise StancegraphError(f"no scheme line for sg:{scheme}", str(path))
    for term in terms.table("template"):
        holes = TEMPLATES.get(term.name)
        if holes is None:
            raise _line_error(path, term.line, f"unknown template {term.name!r} "
                                               f"(expected {sorted(TEMPLATES)})")
        for key, hole in zip(("definition_en", "definition_ar"), holes, strict=True):
            text = getattr(term, key)
            if set(re.findall(r"\{[^{}]*\}", text)) != {hole}:
                raise _line_error(path, term.line, f"template {term.name!r}: {key!r} must use "
                                                   f"the placeholder {hole} and no other")
    for name in TEMPLATES:
        if name not in tables["template"]:
            raise StancegraphError(f"no template line {name!r}", str(path))
    return terms


def camel(type_id: str, upper: bool) -> str:
    """``urges_restraint`` → ``urgesRestraint`` (property) or ``UrgesRestraint`` (concept)."""
    words = type_id.split("_")
    head = words[0].capitalize() if upper else words[0]
    return head + "".join(w.capitalize() for w in words[1:])


def lit(text: str, lang: str | None = None, datatype: str | None = None) -> str:
    """A Turtle literal with proper escaping (quotes, backslashes, newlines)."""
    escaped = Literal(text).n3()  # a plain "…" string, escaped by rdflib
    if lang:
        return f"{escaped}@{lang}"
    if datatype:
        return f"{escaped}^^{datatype}"
    return escaped


def decimal(value: float) -> str:
    text = repr(float(value))
    return f'"{text}"^^xsd:decimal'


def block(subject: str, pairs: Sequence[tuple[str, str | Sequence[str]]]) -> str:
    """One Turtle subject block: ``subject p1 o1 ; p2 o2a , o2b .``"""
    lines = []
    for pred, objs in pairs:
        if isinstance(objs, str):
            objs = [objs]
        if not objs:
            continue
        joined = " ,\n        ".join(objs)
        lines.append(f"    {pred} {joined}")
    return f"{subject}\n" + " ;\n".join(lines) + " .\n"


def prefix_lines(names: Iterable[str]) -> str:
    return "".join(f"@prefix {n}: <{PREFIXES[n]}> .\n" for n in names)


def _labels(term: Term) -> list[tuple[str, str | Sequence[str]]]:
    """rdfs:label and skos:definition of a term, in English and Arabic."""
    return [("rdfs:label", [lit(term.label_en, "en"), lit(term.label_ar, "ar")]),
            ("skos:definition", [lit(term.definition_en, "en"), lit(term.definition_ar, "ar")])]


def term_block(term: Term) -> str:
    pairs: list[tuple[str, str | Sequence[str]]] = [
        ("a", TERM_KINDS[term.table]),
        ("rdfs:label", [lit(term.label_en, "en"), lit(term.label_ar, "ar")]),
        ("skos:definition", [lit(term.definition_en, "en"), lit(term.definition_ar, "ar")]),
        ("rdfs:isDefinedBy", f"<{ONTOLOGY}>"),
    ]
    for item in term.extra:
        pred, obj = item.split(" ", 1)
        pairs.append((pred, obj))
    return block(f"sg:{term.name}", pairs)


def render_stance_ttl(terms: Terms) -> str:
    types = stance_types()
    groups = list(dict.fromkeys(t.group for t in types.values()))
    header = terms.table("ontology")[0]

    out: list[str] = [
        ("# The stancegraph ontology: classes and properties of the stance graph, the SKOS scheme\n"
        "# of stance types with their CAMEO, Goldstein and PLOVER data, and one direct\n"
        "# sub-property of sg:stanceToward per type.\n"
        "# GENERATED by tools/build_ontology.py from ontology/stance_types.jsonl: do not edit.\n"),
        prefix_lines(["sg", "rdf", "rdfs", "owl", "xsd", "skos", "prov", "dct", "vann"]),
        "\n",
        block(f"<{ONTOLOGY}>", [
            ("a", "owl:Ontology"),
            ("dct:title", [lit(header.label_en, "en"), lit(header.label_ar, "ar")]),
            ("dct:description", [lit(header.definition_en, "en"),
                                 lit(header.definition_ar, "ar")]),
            ("owl:versionInfo", lit(VERSION)),
            ("owl:versionIRI", f"<{ONTOLOGY}/{VERSION}>"),
            ("dct:license", f"<{LICENSE}>"),
            ("vann:preferredNamespacePrefix", lit("sg")),
            ("vann:preferredNamespaceUri", lit(NS, datatype="xsd:anyURI")),
        ]),
        "\n# --- classes ---------------------------------------------------------------------\n\n",
    ]
    for term in terms.table("class"):
        out.append(term_block(term) + "\n")
    out.append("# --- object properties -----------------------------------------------------------\n\n")
    for term in terms.table("object_property"):
        out.append(term_block(term) + "\n")
    out.append("# --- datatype properties ---------------------------------------------------------\n\n")
    for term in terms.table("datatype_property"):
        out.append(term_block(term) + "\n")
    out.append("# --- annotation properties -------------------------------------------------------\n\n")
    for term in terms.table("annotation_property"):
        out.append(term_block(term) + "\n")

    out.append("# --- polarities ------------------------------------------------------------------\n\n")
    out.append(block("sg:Polarities", [
        ("a", "skos:ConceptScheme"),
        *_labels(terms.tables["scheme"]["Polarities"]),
        ("rdfs:isDefinedBy", f"<{ONTOLOGY}>"),
        ("skos:hasTopConcept", [f"sg:{p.name}" for p in terms.table("polarity")]),
    ]) + "\n")
    for p in terms.table("polarity"):
        out.append(block(f"sg:{p.name}", [
            ("a", ["sg:Polarity", "owl:NamedIndividual"]),
            ("rdfs:label", [lit(p.label_en, "en"), lit(p.label_ar, "ar")]),
            ("skos:prefLabel", [lit(p.label_en, "en"), lit(p.label_ar, "ar")]),
            ("skos:definition", [lit(p.definition_en, "en"), lit(p.definition_ar, "ar")]),
            ("skos:notation", lit(p.notation)),
            ("skos:inScheme", "sg:Polarities"),
            ("skos:topConceptOf", "sg:Polarities"),
            ("rdfs:isDefinedBy", f"<{ONTOLOGY}>"),
        ]) + "\n")

    out.append("# --- the scheme of stance types and its groups ------------------------------------\n\n")
    out.append(block("sg:StanceTypes", [
        ("a", "skos:ConceptScheme"),
        *_labels(terms.tables["scheme"]["StanceTypes"]),
        ("rdfs:isDefinedBy", f"<{ONTOLOGY}>"),
        ("skos:hasTopConcept", [f"sg:{g}" for g in groups]),
    ]) + "\n")
    for g in groups:
        group = terms.tables["group"][g]
        members = [f"sg:{camel(t.id, True)}" for t in types.values() if t.group == g]
        out.append(block(f"sg:{g}", [
            ("a", ["sg:StanceGroup", "owl:NamedIndividual"]),
            ("rdfs:label", [lit(group.label_en, "en"), lit(group.label_ar, "ar")]),
            ("skos:prefLabel", [lit(group.label_en, "en"), lit(group.label_ar, "ar")]),
            ("skos:definition", [lit(group.definition_en, "en"),
                                 lit(group.definition_ar, "ar")]),
            ("skos:inScheme", "sg:StanceTypes"),
            ("skos:topConceptOf", "sg:StanceTypes"),
            ("skos:narrower", members),
            ("rdfs:isDefinedBy", f"<{ONTOLOGY}>"),
        ]) + "\n")

    out.append("# --- stance types: a concept and a direct property each ----------------------------\n\n")
    for t in types.values():
        out.append(_type_concept(t, terms))
        out.append(_type_property(t, terms))
    return "".join(out)


def _type_concept(t: StanceType, terms: Terms) -> str:
    definition = terms.tables["type_definition"][t.id]
    pairs: list[tuple[str, str | Sequence[str]]] = [
        ("a", ["sg:StanceType", "owl:NamedIndividual"]),
        ("rdfs:label", [lit(t.en, "en"), lit(t.ar, "ar")]),
        ("skos:prefLabel", [lit(t.en, "en"), lit(t.ar, "ar")]),
        ("skos:definition", [lit(definition.definition_en, "en"),
                             lit(definition.definition_ar, "ar")]),
        ("skos:notation", lit(t.id)),
        ("skos:inScheme", "sg:StanceTypes"),
        ("skos:broader", f"sg:{t.group}"),
        ("sg:cameoCode", lit(t.cameo)),
        ("sg:goldstein", decimal(t.goldstein)),
    ]
    if t.plover is not None:
        pairs.append(("sg:ploverCategory", lit(t.plover)))
    if t.plover_score is not None:
        pairs.append(("sg:ploverScore", decimal(t.plover_score)))
    pairs += [
        ("sg:polarity", f"sg:{terms.polarity(t.polarity).name}"),
        ("sg:directProperty", f"sg:{camel(t.id, False)}"),
        ("rdfs:isDefinedBy", f"<{ONTOLOGY}>"),
    ]
    return block(f"sg:{camel(t.id, True)}", pairs) + "\n"


def _type_property(t: StanceType, terms: Terms) -> str:
    template = terms.tables["template"]["type_property"]
    return block(f"sg:{camel(t.id, False)}", [
        ("a", "owl:ObjectProperty"),
        ("rdfs:subPropertyOf", "sg:stanceToward"),
        ("rdfs:label", [lit(t.en, "en"), lit(t.ar, "ar")]),
        ("skos:definition", [lit(template.definition_en.replace("{en}", t.en), "en"),
                             lit(template.definition_ar.replace("{ar}", t.ar), "ar")]),
        ("rdfs:domain", "sg:Actor"),
        ("rdfs:range", "sg:Actor"),
        ("sg:polarity", f"sg:{terms.polarity(t.polarity).name}"),
        ("rdfs:isDefinedBy", f"<{ONTOLOGY}>"),
    ]) + "\n"


def defined_terms(stance_ttl: str) -> list[str]:
    """Local names of every sg: term that stance.ttl declares (each has its own block)."""
    return sorted(set(re.findall(r"^sg:([A-Za-z][A-Za-z0-9]*)\n", stance_ttl, re.MULTILINE)))


def render_namespace_py(stance_ttl: str) -> str:
    terms = defined_terms(stance_ttl)
    term_lines = "".join(f"    {t}: URIRef\n" for t in terms)
    prefix_items = "".join(f'    "{k}": "{v}",\n' for k, v in PREFIXES.items())
    return f'''"""The stancegraph vocabulary as rdflib namespaces: the only place with its IRIs in Python.

GENERATED by tools/build_ontology.py from ontology/stance.ttl: do not edit. ``SG`` raises on a
term that stance.ttl does not declare (``_fail = True``), so a misspelled term fails at once.
"""

from rdflib import Namespace, URIRef
from rdflib.namespace import DefinedNamespace

ONTOLOGY_VERSION = "{VERSION}"


class SG(DefinedNamespace):
    """Terms of the stancegraph ontology (prefix ``sg:``)."""

    _NS = Namespace("{NS}")
    _fail = True

{term_lines}

ONTOLOGY = URIRef("{ONTOLOGY}")
ID = Namespace("{ID}")
ACTOR = Namespace("{PREFIXES['actor']}")
PERSON = Namespace("{PREFIXES['person']}")
ROLE = Namespace("{PREFIXES['role']}")
DOC = Namespace("{PREFIXES['doc']}")
STANCE = Namespace("{PREFIXES['stance']}")
DYAD = Namespace("{PREFIXES['dyad']}")
EDGE = Namespace("{PREFIXES['edge']}")
TALLY = Namespace("{PREFIXES['tally']}")
WIKIDATA = Namespace("{WIKIDATA}")
LICENSE = URIRef("{LICENSE}")

# Named graphs of the store that are not documents.
GRAPHS = Namespace("{GRAPHS}")
ONTOLOGY_GRAPH = URIRef("{GRAPHS}ontology")
ACTORS_GRAPH = URIRef("{GRAPHS}actors")
DYADS_GRAPH = URIRef("{GRAPHS}dyads")
EDGES_GRAPH = URIRef("{GRAPHS}edges")
TALLIES_GRAPH = URIRef("{GRAPHS}tallies")

# Prefixes predeclared in every query and used when writing Turtle.
PREFIXES: dict[str, str] = {{
{prefix_items}}}
'''


def render_actors_ttl() -> str:
    """actors.ttl from the gazetteer, through the same mapping the store uses."""
    gazetteer_mod = importlib.import_module("extract.gazetteer")
    rdf = importlib.import_module("graph.rdf")
    gaz = gazetteer_mod.load_gazetteer()
    triples = rdf.gazetteer_triples(gaz)
    by_subject: dict[str, list[tuple[str, str]]] = {}
    for s, p, o in triples:
        by_subject.setdefault(qname(str(s)[1:-1]), []).append((qname(str(p)[1:-1]), term_n3(o)))
    out = [
        ("# Actors and officials of the stancegraph gazetteer: labels in English and Arabic,\n"
        "# aliases, Wikidata identities and the dated roles of officials.\n"
        "# GENERATED by tools/build_ontology.py from ontology/gazetteer/*.jsonl: do not edit.\n"),
        prefix_lines(["sg", "actor", "person", "role", "wd", "rdf", "rdfs", "owl", "xsd", "skos"]),
        "\n",
    ]
    for subject, pairs in by_subject.items():
        grouped: dict[str, list[str]] = {}
        for p, o in pairs:
            grouped.setdefault("a" if p == "rdf:type" else p, []).append(o)
        out.append(block(subject, list(grouped.items())) + "\n")
    return "".join(out)


def qname(iri: str) -> str:
    best = ""
    for name, base in PREFIXES.items():
        if iri.startswith(base) and len(base) > len(PREFIXES.get(best, "")):
            local = iri[len(base):]
            if re.fullmatch(r"[A-Za-z0-9_][A-Za-z0-9_\-]*", local):
                best = name
    if best:
        return f"{best}:{iri[len(PREFIXES[best]):]}"
    return f"<{iri}>"


def term_n3(term: object) -> str:
    """A pyoxigraph term in Turtle, with prefixed names where possible."""
    text = str(term)
    if text.startswith("<"):
        return qname(text[1:-1])
    match = re.fullmatch(r'(".*")\^\^<([^>]*)>', text, re.DOTALL)
    if match:
        return f"{match.group(1)}^^{qname(match.group(2))}"
    return text


def outputs(terms: Terms) -> dict[Path, str]:
    stance = render_stance_ttl(terms)
    return {
        STANCE_TTL: stance,
        NAMESPACE_PY: render_namespace_py(stance),
        ACTORS_TTL: render_actors_ttl(),
    }


def stale(files: dict[Path, str]) -> list[tuple[Path, str]]:
    """(file, unified diff) for every output whose committed text differs from its source."""
    result = []
    for path, text in files.items():
        current = path.read_text(encoding="utf-8") if path.exists() else ""
        if current != text:
            diff = "".join(difflib.unified_diff(
                current.splitlines(keepends=True), text.splitlines(keepends=True),
                fromfile=f"{path.name} (committed)", tofile=f"{path.name} (from sources)", n=1))
            result.append((path, diff))
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true",
                        help="exit 1 if a committed output differs from its sources")
    args = parser.parse_args(argv)
    try:
        terms = load_terms(TERMS_FILE)
    except StancegraphError as exc:
        print(f"build_ontology: {exc}", file=sys.stderr)
        return 2
    if args.check:
        problems = stale(outputs(terms))
        for path, diff in problems:
            print(f"{path.relative_to(ROOT)} is out of date: run python tools/build_ontology.py",
                  file=sys.stderr)
            print(diff[:4000], file=sys.stderr)
        return 1 if problems else 0
    # namespace.py first: graph.rdf (used for actors.ttl) imports it.
    stance = render_stance_ttl(terms)
    for path, text in ((STANCE_TTL, stance), (NAMESPACE_PY, render_namespace_py(stance))):
        path.write_text(text, encoding="utf-8")
        print(f"wrote {path.relative_to(ROOT)}")
    ACTORS_TTL.write_text(render_actors_ttl(), encoding="utf-8")
    print(f"wrote {ACTORS_TTL.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

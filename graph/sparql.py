"""Stage graph, queries: named SPARQL queries and values bound safely into them.

Values never become query text by pasting. Each value is first turned into one RDF term by
pyoxigraph (which escapes literals and refuses invalid IRIs); then, as SPARQL-dev SEP-0007
describes, every ``$name`` of the query where a constant may stand is replaced by that term (one
token for one token: a tokenizer that knows strings, IRIs and comments finds them), and a one-row
``VALUES`` block at the outermost WHERE group binds ``?name`` everywhere else (projection,
expressions). The result is plain SPARQL 1.1, so the same prepared query runs on the embedded
store and on any remote endpoint. Constants matter for speed: Oxigraph joins a VALUES row only
after evaluating the pattern, but uses a constant in a pattern for an index lookup.

In named queries, parameters are written ``$name`` (``?name`` and ``$name`` are the same SPARQL
variable). An optional parameter that is not given is not bound at all: every ``FILTER`` that
names it (``FILTER (?date >= $from)``, ``FILTER EXISTS { $concept … }``) is taken out of the
query — a condition on a value nobody gave does not apply — and anywhere else it stays an
unbound variable. So write one FILTER per optional parameter. Nothing depends on how an engine
evaluates an unbound value inside an expression: Virtuoso 7 answers
``sameTerm(COALESCE(?unbound, "-"), "-")`` with no rows, where SPARQL says true.

Named queries live in ``ontology/queries/<name>.rq`` and declare their parameters in comment
lines at the top::

    # param ?target actor            target actor id, e.g. TUR
    # param ?from date optional      first day (inclusive)
    # reads stance nodes only

(the last line, when true, lets a store that keeps stance nodes in its default graph answer
from that graph alone: see ``Store.named_terms``).

Parameter kinds: actor, person, doc, type (stance type id → its concept), property (stance type
id → its direct property), iri, iris (a list of IRIs for a VALUES block), date, string, integer,
decimal, boolean, and days: a range
``FROM..TO`` given as every day in it, for ``VALUES ?date { $days }`` — Oxigraph has no range
index on dates, but looks up each day of a VALUES list in its index (a month: 1.5 ms instead of a
scan of every date). An optional list parameter left out is UNDEF in its VALUES data block.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import cache
from pathlib import Path
from typing import Any

import rdflib
from pyoxigraph import BlankNode, Literal, NamedNode, Variable
from rdflib.namespace import XSD

from graph import rdf
from ontology.errors import StancegraphError
from ontology.namespace import PREFIXES

QUERIES_DIR = Path(__file__).resolve().parent.parent / "ontology" / "queries"

Term = NamedNode | Literal
_XSD = {name: NamedNode(str(XSD[name])) for name in
        ("boolean", "integer", "decimal", "double", "date", "dateTime", "string")}
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def prefix_header() -> str:
    """The project's prefixes as SPARQL PREFIX lines (predeclared in every query)."""
    return "".join(f"PREFIX {name}: <{iri}>\n" for name, iri in PREFIXES.items())


# --- values → terms --------------------------------------------------------------------------

def to_term(value: Any) -> Term:
    """One Python value as one RDF term; strings are always literals, never query text."""
    if isinstance(value, NamedNode | Literal):
        return value
    if isinstance(value, BlankNode):
        raise StancegraphError("blank nodes cannot be bound into a query")
    if isinstance(value, rdflib.URIRef):
        return _iri(str(value))
    if isinstance(value, rdflib.Literal):
        if value.language:
            return Literal(str(value), language=value.language)
        if value.datatype:
            return Literal(str(value), datatype=NamedNode(str(value.datatype)))
        return Literal(str(value))
    if isinstance(value, bool):
        return Literal("true" if value else "false", datatype=_XSD["boolean"])
    if isinstance(value, int):
        return Literal(str(value), datatype=_XSD["integer"])
    if isinstance(value, Decimal):
        return Literal(format(value, "f"), datatype=_XSD["decimal"])
    if isinstance(value, float):
        return Literal(repr(value), datatype=_XSD["double"])
    if isinstance(value, dt.datetime):
        return Literal(value.isoformat(), datatype=_XSD["dateTime"])
    if isinstance(value, dt.date):
        return Literal(value.isoformat(), datatype=_XSD["date"])
    if isinstance(value, str):
        return Literal(value)
    raise StancegraphError(f"cannot bind a value of type {type(value).__name__} into a query")


def _iri(value: str) -> NamedNode:
    try:
        return NamedNode(value)
    except ValueError as exc:
        raise StancegraphError(f"not a valid IRI: {value!r} ({exc})") from None


def _date(value: Any, name: str) -> Literal:
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        return Literal(value.isoformat(), datatype=_XSD["date"])
    text = str(value).strip()
    try:
        if not _ISO_DATE.fullmatch(text):
            raise ValueError
        dt.date.fromisoformat(text)
    except ValueError:
        raise StancegraphError(f"parameter {name}: {value!r} is not a date (YYYY-MM-DD)") from None
    return Literal(text, datatype=_XSD["date"])


MAX_DAYS = 40 * 366


def _days(value: Any, name: str) -> list[Term]:
    """``"FROM..TO"`` or ``(from, to)`` → every day of the range as an xsd:date term."""
    if isinstance(value, str):
        start, sep, end = value.partition("..")
        if not sep:
            start = end = value
    elif isinstance(value, tuple | list) and len(value) == 2:
        start, end = value
    else:
        raise StancegraphError(f"parameter {name}: give days as FROM..TO, not {value!r}")
    first = dt.date.fromisoformat(_date(start, name).value)
    last = dt.date.fromisoformat(_date(end, name).value)
    count = (last - first).days + 1
    if count < 1 or count > MAX_DAYS:
        raise StancegraphError(f"parameter {name}: {first}..{last} is not a range of 1 to "
                               f"{MAX_DAYS} days")
    return [Literal((first + dt.timedelta(days=n)).isoformat(), datatype=_XSD["date"])
            for n in range(count)]


def _typed(kind: str, value: Any, name: str) -> Term:
    if isinstance(value, NamedNode | Literal) and kind not in ("date",):
        return value
    if isinstance(value, rdflib.URIRef):
        return _iri(str(value))
    try:
        if kind == "actor":
            return rdf.actor_iri(str(value))
        if kind == "person":
            return rdf.person_iri(str(value))
        if kind == "doc":
            return rdf.doc_iri(str(value))
        if kind == "type":
            return rdf.type_concept(str(value))
        if kind == "property":
            return rdf.type_property(str(value))
        if kind == "iri":
            return _iri(str(value))
        if kind == "date":
            return _date(value, name)
        if kind == "days":
            return _days(value, name)  # type: ignore[return-value]
        if kind == "iris":
            # a list of IRIs for ``VALUES ?x { $name }`` (e.g. stances whose evidence to show)
            return [_iri(str(v)) for v in value]  # type: ignore[return-value]
        if kind == "string":
            return Literal(str(value))
        if kind == "integer":
            return Literal(str(int(value)), datatype=_XSD["integer"])
        if kind == "decimal":
            return Literal(format(Decimal(str(value)), "f"), datatype=_XSD["decimal"])
        if kind == "boolean":
            flag = value if isinstance(value, bool) else str(value).lower() in ("1", "true", "yes")
            return Literal("true" if flag else "false", datatype=_XSD["boolean"])
    except (ValueError, InvalidOperation):
        raise StancegraphError(f"parameter {name}: {value!r} is not a valid {kind}") from None
    raise StancegraphError(f"parameter {name}: unknown kind {kind!r}")


# --- binding: substitution of $parameters and a VALUES row --------------------------------------

_IRIREF = re.compile(r'<[^<>"{}|^`\\\x00-\x20]*>')
_WORD = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_PNAME_REST = re.compile(r"[^\s;,(){}\[\]]*")


@dataclass(frozen=True)
class _Token:
    kind: str  # "var" | "word" | "{" | "}" | "(" | ")" | "[" | "]"
    text: str
    start: int
    end: int


def _tokens(query: str) -> list[_Token]:
    """The tokens that matter for binding: variables, keywords and brackets. Strings, IRIs,
    comments, prefixed names and numbers are skipped, so nothing inside them is ever touched."""
    out: list[_Token] = []
    i, n = 0, len(query)
    while i < n:
        c = query[i]
        if c == "#":
            j = query.find("\n", i)
            i = n if j < 0 else j + 1
        elif c in "\"'":
            quote = c * 3 if query.startswith(c * 3, i) else c
            j = i + len(quote)
            while j < n and not query.startswith(quote, j):
                j += 2 if query[j] == "\\" else 1
            if j >= n:
                raise StancegraphError("unterminated string in the query")
            i = j + len(quote)
        elif c == "<" and (m := _IRIREF.match(query, i)):
            i = m.end()
        elif c in "?$" and (m := _WORD.match(query, i + 1)):
            out.append(_Token("var", query[i:m.end()], i, m.end()))
            i = m.end()
        elif c in "{}()[]":
            out.append(_Token(c, c, i, i + 1))
            i += 1
        elif c.isalpha() or c == "_":
            m = _WORD.match(query, i)
            assert m is not None
            if m.end() < n and query[m.end()] == ":":  # a prefixed name such as sg:holder
                i = _PNAME_REST.match(query, m.end()).end()  # type: ignore[union-attr]
            else:
                out.append(_Token("word", m.group(0).upper(), i, m.end()))
                i = m.end()
        elif c.isdigit():
            while i < n and (query[i].isalnum() or query[i] in ".+-"):
                i += 1
        else:
            i += 1
    return out


# --- limits checked before a query reaches the engine -------------------------------------------

# Oxigraph's parser recurses on every nested group: 3,000 nested `{` overflowed its stack
# (a segfault in `stancegraph query`, an abort of `serve`). No real query nests 100 deep.
MAX_DEPTH = 100
# The longest prepared named query (a 40-year day list) is under 600,000 characters.
MAX_QUERY_CHARS = 2_000_000
_OPEN = {"{": "}", "(": ")", "[": "]"}


def check_query(query: str, *, allow_service: bool = False, max_depth: int = MAX_DEPTH,
                max_chars: int = MAX_QUERY_CHARS) -> None:
    """Refuse, with one line, a query the engine should not parse or run: longer than
    ``max_chars``, nesting brackets deeper than ``max_depth``, or calling a remote endpoint
    with SERVICE (stancegraph never touches the network) unless ``allow_service``."""
    if len(query) > max_chars:
        raise StancegraphError(f"the query is {len(query):,} characters long, over the limit "
                               f"of {max_chars:,}")
    depth = deepest = 0
    for t in _tokens(query):
        if t.kind in _OPEN:
            depth += 1
            if depth > max_depth:
                raise StancegraphError(f"the query nests brackets more than {max_depth} deep "
                                       f"(at character {t.start}); refused before parsing")
            deepest = max(deepest, depth)
        elif t.kind in ("}", ")", "]"):
            depth = max(depth - 1, 0)
        elif t.kind == "word" and t.text == "SERVICE" and not allow_service:
            raise StancegraphError("SERVICE (a query sent to another endpoint) is refused: "
                                   "stancegraph does not touch the network (--allow-service "
                                   "permits it)")


def query_form(query: str) -> str | None:
    """SELECT, CONSTRUCT, ASK or DESCRIBE: the form of a query (None for an update or text
    that is neither)."""
    for t in _tokens(query):
        if t.kind == "word" and t.text in ("SELECT", "CONSTRUCT", "ASK", "DESCRIBE"):
            return t.text
        if t.kind == "word" and t.text not in ("PREFIX", "BASE"):
            return None
    return None


def where_position(query: str) -> int:
    """Index just after the ``{`` that opens the outermost WHERE group of a query."""
    depth = 0
    form = None
    seen_where = False
    groups = 0
    for t in _tokens(query):
        if t.kind == "word" and depth == 0:
            if form is None and t.text in ("SELECT", "CONSTRUCT", "ASK", "DESCRIBE"):
                form = t.text
            elif t.text == "WHERE":
                seen_where = True
        elif t.kind == "{":
            if depth == 0:
                groups += 1
                # CONSTRUCT { template } { pattern }: the pattern is the second group.
                if seen_where or form != "CONSTRUCT" or groups == 2:
                    return t.end
            depth += 1
        elif t.kind == "}":
            depth -= 1
    raise StancegraphError("the query has no WHERE group to bind values into")


def _substitutable(tokens: list[_Token]) -> list[_Token]:
    """The ``$name`` tokens that may be replaced by a constant: not in a SELECT projection, not
    after AS, not in GROUP BY, not in the variable list of VALUES."""
    keep: list[_Token] = []
    mode = ""  # "select" | "group" | "values" | ""
    after_as = False
    for t in tokens:
        if t.kind == "word":
            if t.text == "SELECT":
                mode = "select"
            elif t.text == "GROUP":
                mode = "group"
            elif t.text == "VALUES":
                mode = "values"
            elif t.text in ("WHERE", "FROM", "HAVING", "ORDER", "LIMIT", "OFFSET"):
                mode = ""
            after_as = t.text == "AS"
        elif t.kind in ("{", "}"):
            mode = ""
            after_as = False
        elif t.kind == "var":
            if t.text.startswith("$") and not mode and not after_as:
                keep.append(t)
            after_as = False
    return keep


def bind_values(query: str, terms: Mapping[str, Term | list[Term] | None]) -> str:
    """``query`` with values bound (None: an optional parameter not given).

    Each ``$name`` where a constant may stand is replaced by the value's term (so the engine
    sees a constant and can use its indexes); then a one-row ``VALUES`` block at the WHERE group
    binds ``?name`` for the rest (projection, expressions), as SEP-0007 describes. A list value
    (kind ``days``) is written as its terms one after the other, for use in a VALUES block of
    the query (``VALUES ?date { $days }``); a missing one as ``UNDEF``. Every FILTER that names
    a ``$name`` given as None is removed (see the module docstring); such a name gets no
    VALUES cell, so elsewhere it is an unbound variable.
    """
    if not terms:
        return query
    variables: dict[str, Term | list[Term] | None] = {}
    for name, term in terms.items():
        try:
            variables[Variable(name.lstrip("?$")).value] = term
        except ValueError:
            raise StancegraphError(f"not a SPARQL variable name: {name!r}") from None
    tokens = _tokens(query)
    unbound = {name for name, term in variables.items() if term is None}
    dropped = _filters_naming(tokens, unbound) if unbound else []
    pieces, last = [], 0
    edits: list[tuple[int, int, str]] = [(start, end, "") for start, end in dropped]
    for t in _substitutable(tokens):
        name = t.text[1:]
        if name not in variables or any(s <= t.start < e for s, e in dropped):
            continue
        term = variables[name]
        if isinstance(term, list):
            text = " ".join(str(x) for x in term)
        elif term is None:
            if not _is_list_slot(query, t):
                continue
            text = "UNDEF"
        else:
            text = str(term)
        edits.append((t.start, t.end, text))
    for start, end, text in sorted(edits):
        pieces += [query[last:start], text]
        last = end
    query = "".join(pieces) + query[last:]
    single = {k: v for k, v in variables.items() if v is not None and not isinstance(v, list)}
    if not single:
        return query
    names = " ".join(f"?{v}" for v in single)
    cells = " ".join(str(t) for t in single.values())
    pos = where_position(query)
    return f"{query[:pos]}\n  VALUES ({names}) {{ ({cells}) }}\n{query[pos:]}"


def _filters_naming(tokens: list[_Token], names: set[str]) -> list[tuple[int, int]]:
    """(start, end) of each outermost ``FILTER …`` constraint that mentions one of ``names``
    written as ``$name``: the keyword, any words before its bracket (NOT EXISTS, a function
    name) and the bracketed expression or group up to its matching close."""
    spans: list[tuple[int, int]] = []
    i = 0
    while i < len(tokens):
        t = tokens[i]
        if not (t.kind == "word" and t.text == "FILTER"):
            i += 1
            continue
        j = i + 1
        while j < len(tokens) and tokens[j].kind == "word":
            j += 1
        if j >= len(tokens) or tokens[j].kind not in ("(", "{"):
            raise StancegraphError(f"FILTER without a bracketed constraint at character "
                                   f"{t.start}")
        depth, k = 0, j
        while k < len(tokens):
            if tokens[k].kind in _OPEN:
                depth += 1
            elif tokens[k].kind in ("}", ")", "]"):
                depth -= 1
                if depth == 0:
                    break
            k += 1
        if k >= len(tokens):
            raise StancegraphError(f"unbalanced FILTER at character {t.start}")
        if any(x.kind == "var" and x.text.startswith("$") and x.text[1:] in names
               for x in tokens[j:k]):
            spans.append((t.start, tokens[k].end))
            i = k + 1  # its inner FILTERs go with it
        else:
            i += 1  # an inner FILTER (in EXISTS) may still name one
    return spans


def _is_list_slot(query: str, token: _Token) -> bool:
    """Whether ``$name`` stands in the data block of a VALUES clause (``VALUES ?x { $name }``),
    where an unbound parameter must become UNDEF rather than stay a variable."""
    before = query[: token.start].rstrip()
    return before.endswith("{") and re.search(r"VALUES\s+[?$]\w+\s*\{$", before,
                                              re.IGNORECASE) is not None


def bind(query: str, bindings: Mapping[str, Any] | None) -> str:
    """Bind untyped values (see :func:`to_term`) into ``query``."""
    if not bindings:
        return query
    return bind_values(query, {k: to_term(v) for k, v in bindings.items()})


# --- updates every server takes ---------------------------------------------------------------

# Virtuoso 7's SPARQL parser runs out of stack ("SP030 … memory exhausted") on an INSERT DATA
# block of about 5,000 triples; several blocks in one request are fine.
MAX_INSERT_QUADS = 2000
_CONTENT_HASH = NamedNode(PREFIXES["sg"] + "contentHash")


def portable_update(update: str, max_quads: int = MAX_INSERT_QUADS) -> str:
    """``update`` with its ``INSERT DATA { … }`` operations written so that every SPARQL 1.1
    server takes them, meaning the same: one of more than ``max_quads`` quads becomes several
    INSERT DATA operations of at most ``max_quads`` each, in the same request (in order, but
    for content hashes, which go last); one with blank nodes becomes ``INSERT { … } WHERE { }`` (Virtuoso refuses blank
    nodes in INSERT DATA; both forms make one new node per label), kept whole since a label
    names one node only within one operation. A block pyoxigraph cannot read is left as it is
    (the server reports the error)."""
    from pyoxigraph import RdfFormat, parse

    tokens = _tokens(update)
    pieces, last = [], 0
    for i, t in enumerate(tokens[:-2]):
        if not (t.kind == "word" and t.text == "INSERT" and tokens[i + 1].kind == "word"
                and tokens[i + 1].text == "DATA" and tokens[i + 2].kind == "{"):
            continue
        depth, k = 0, i + 2
        while k < len(tokens):
            if tokens[k].kind == "{":
                depth += 1
            elif tokens[k].kind == "}":
                depth -= 1
                if depth == 0:
                    break
            k += 1
        if k >= len(tokens):
            break
        content = update[tokens[i + 2].end:tokens[k].start]
        try:
            quads = list(parse((prefix_header() + content).encode("utf-8"), RdfFormat.TRIG))
        except (SyntaxError, ValueError):
            continue
        blank = any(isinstance(x, BlankNode) for q in quads for x in (q.subject, q.object))
        if blank:
            operations = [f"INSERT {{ {_quads_text(quads)} }} WHERE {{ }}"]
        elif len(quads) > max_quads:
            # A graph's content hash goes in the last block: Virtuoso does not undo the earlier
            # operations of a request that fails, and a graph cut short must not look complete
            # (replace_document skips a document whose graph has its hash).
            quads.sort(key=lambda q: q.predicate == _CONTENT_HASH)
            operations = [f"INSERT DATA {{ {_quads_text(quads[n:n + max_quads])} }}"
                          for n in range(0, len(quads), max_quads)]
        else:
            continue
        pieces += [update[last:t.start], " ;\n".join(operations)]
        last = tokens[k].end
    return "".join(pieces) + update[last:]


def _quads_text(quads: list[Any]) -> str:
    """Quads as the body of an INSERT: one GRAPH block per graph (Virtuoso fails on a template
    that repeats a graph's block around blank nodes), blank nodes relabelled b0, b1…
    (pyoxigraph's labels may start with a digit, which Virtuoso's parser misreads)."""
    labels: dict[str, str] = {}

    def term(x: Any) -> str:
        if isinstance(x, BlankNode):
            return "_:" + labels.setdefault(x.value, f"b{len(labels)}")
        return str(x)

    graphs: dict[str, list[str]] = {}
    for q in quads:
        graph = str(q.graph_name) if isinstance(q.graph_name, NamedNode) else ""
        graphs.setdefault(graph, []).append(f"{term(q.subject)} {q.predicate} {term(q.object)} .")
    return " ".join("\n".join(lines) if not graph else
                    f"GRAPH {graph} {{\n" + "\n".join(lines) + "\n}"
                    for graph, lines in graphs.items())


# --- named queries ---------------------------------------------------------------------------

_PARAM = re.compile(r"#\s*param\s+[?$]([A-Za-z_][A-Za-z0-9_]*)\s+([a-z]+)(\s+optional)?\b(.*)")
# A header line that says the query reads stance nodes and nothing else: a store that keeps
# them in its default graph may answer it from that graph alone (see Store.named_terms)
_STANCES_ONLY = re.compile(r"#\s*reads\s+stance\s+nodes\s+only\b")


@dataclass(frozen=True)
class Param:
    name: str
    kind: str
    optional: bool
    doc: str


@dataclass(frozen=True)
class NamedQuery:
    name: str
    text: str
    params: tuple[Param, ...]
    description: str
    stances_only: bool = False

    def prepare(self, bindings: Mapping[str, Any]) -> str:
        """The query text with ``bindings`` (by parameter name) bound as typed terms."""
        known = {p.name: p for p in self.params}
        unknown = sorted(set(bindings) - set(known))
        if unknown:
            raise StancegraphError(
                f"query {self.name!r} has no parameter {', '.join(unknown)} "
                f"(parameters: {', '.join(known) or 'none'})")
        terms: dict[str, Term | list[Term] | None] = {}
        for p in self.params:
            value = bindings.get(p.name)
            if value is None:
                if not p.optional:
                    raise StancegraphError(f"query {self.name!r} needs parameter {p.name} "
                                           f"({p.kind}: {p.doc})")
                terms[p.name] = None
            else:
                terms[p.name] = _typed(p.kind, value, p.name)
        return bind_values(self.text, terms)


def _parse_named(name: str, text: str) -> NamedQuery:
    params = []
    description = []
    stances_only = False
    for line in text.splitlines():
        if not line.startswith("#"):
            break
        m = _PARAM.match(line)
        if m:
            params.append(Param(m.group(1), m.group(2), bool(m.group(3)), m.group(4).strip()))
        elif _STANCES_ONLY.match(line):
            stances_only = True
        else:
            description.append(line.lstrip("# ").rstrip())
    return NamedQuery(name, text, tuple(params), " ".join(d for d in description if d),
                      stances_only)


@cache
def named_query(name: str) -> NamedQuery:
    """The query ``ontology/queries/<name>.rq``."""
    if not re.fullmatch(r"[A-Za-z0-9_\-]+", name):
        raise StancegraphError(f"not a query name: {name!r}")
    path = QUERIES_DIR / f"{name}.rq"
    if not path.is_file():
        raise StancegraphError(f"no named query {name!r} (known: {', '.join(query_names())})")
    return _parse_named(name, path.read_text(encoding="utf-8"))


def query_names() -> list[str]:
    return sorted(p.stem for p in QUERIES_DIR.glob("*.rq"))

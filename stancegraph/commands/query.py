"""`stancegraph query SPARQL|FILE.rq|NAME`: run a SPARQL query on the store and print the result."""

from __future__ import annotations

import argparse
import csv
import io
import re
import sys
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ontology.errors import StancegraphError

NAME = "query"
HELP = ("run a SPARQL query (text, a .rq file, or a named query of ontology/queries) with the "
        "project's prefixes predeclared")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("query", nargs="?", metavar="SPARQL|FILE.rq|NAME",
                        help="query text, a .rq file, or the name of a query in ontology/queries")
    parser.add_argument("--format", choices=("table", "csv", "json"), default="table",
                        help="table (default), csv, or json (SPARQL 1.1 Query Results JSON)")
    parser.add_argument("--param", "-p", action="append", default=[], metavar="NAME=VALUE",
                        help="bind a value: typed for named queries and .rq files that declare "
                             "'# param' lines; otherwise a string literal, or an IRI if "
                             "written <…>")
    parser.add_argument("--list", action="store_true",
                        help="list the named queries and their parameters, then exit")
    parser.add_argument("--allow-service", action="store_true",
                        help="allow SERVICE (queries sent on to other endpoints over the "
                             "network); refused by default")


def _params(items: list[str]) -> dict[str, str]:
    out = {}
    for item in items:
        name, sep, value = item.partition("=")
        if not sep or not name.strip():
            raise StancegraphError(f"--param {item!r}: expected NAME=VALUE")
        out[name.strip().lstrip("?$")] = value
    return out


def _is_file(path: Path) -> bool:
    """Whether ``path`` names a file; SPARQL text given on the command line is no file name
    (and may be too long for one: the operating system then refuses to look it up)."""
    try:
        return path.is_file()
    except OSError:
        return False


_QUERY_NAME = re.compile(r"[A-Za-z][A-Za-z0-9_\-]*")
_FORMS = ("SELECT", "ASK", "CONSTRUCT", "DESCRIBE")
_PNAME = re.compile(r"(?<![\w?$:/#.-])([A-Za-z][\w\-.]*)?:([A-Za-z0-9_%\-]?[\w\-.%]*)")
_DECLARED = re.compile(r"\bPREFIX\s+([A-Za-z][\w\-.]*)?:\s*<", re.IGNORECASE)
_SKIP = re.compile(r"#[^\n]*|\"\"\".*?\"\"\"|'''.*?'''|\"(?:\\.|[^\"\\\n])*\"|"
                   r"'(?:\\.|[^'\\\n])*'|<[^<>\s\"{}|^`]*>", re.DOTALL)


@dataclass
class Prepared:
    text: str
    named: bool  # a named query or a .rq file (checked by its own parameter kinds)
    warnings: list[str]
    stances_only: bool = False  # its header says it reads stance nodes only (Store.raw)


class _Actors:
    """The store's actors, read once and only when a value needs checking."""

    def __init__(self, store: Any) -> None:
        self.store = store
        self._known: dict[str, Any] | None = None

    @property
    def known(self) -> dict[str, Any]:
        if self._known is None:
            from graph.query import known_actors

            self._known = known_actors(self.store)
        return self._known


def _expand(value: str, kind: str | None) -> Any:
    """A parameter value as the user may copy it from a table: ``actor:RUS``, ``sg:Condemns``,
    ``stance:0522…`` or ``<https://…>`` for the kinds that name things."""
    from pyoxigraph import NamedNode

    from graph import rdf
    from ontology.namespace import PREFIXES

    text = value.strip()
    if text.startswith("<") and text.endswith(">"):
        iri = text[1:-1]
    else:
        prefix, sep, local = text.partition(":")
        if not sep or prefix not in PREFIXES or local.startswith("//"):
            return value
        iri = PREFIXES[prefix] + local
    if kind in ("actor", "person", "doc"):
        return rdf.local_id(iri) or value
    if kind in ("type", "property"):
        return rdf.type_id(iri) or value
    try:
        return NamedNode(iri)
    except ValueError:
        raise StancegraphError(f"--param: not a valid IRI {value!r}") from None


def _check_named(named: Any, params: dict[str, str], actors: _Actors) -> dict[str, Any]:
    from graph.query import check_actor, check_type

    kinds = {p.name: p.kind for p in named.params}
    out: dict[str, Any] = {}
    for name, raw in params.items():
        kind = kinds.get(name)
        value = _expand(raw, kind)
        if kind == "actor" and isinstance(value, str):
            value = check_actor(value, actors.known, f"--param {name}")
        elif kind in ("type", "property") and isinstance(value, str):
            value = check_type(value, f"--param {name}")
        out[name] = value
    return out


def _form_and_prefixes(text: str) -> str:
    """Stop a query that is no query (``SELCT …``) or uses an undeclared prefix before the
    parser prints its grammar; return the text with strings, IRIs and comments blanked."""
    from graph.query import nearest
    from ontology.namespace import PREFIXES

    code = _SKIP.sub(lambda m: " " * len(m.group(0)), text)
    declared = set(PREFIXES) | {m.group(1) or "" for m in _DECLARED.finditer(text)}
    body = re.sub(r"\b(PREFIX\s+[\w\-.]*:|BASE)\s*", " ", code, flags=re.IGNORECASE)
    first = re.search(r"[A-Za-z]+", body)
    if first is None:
        raise StancegraphError("not a SPARQL query: no SELECT, ASK, CONSTRUCT or DESCRIBE")
    word = first.group(0)
    if word.upper() not in _FORMS:
        close = nearest(word.upper(), _FORMS, n=1)
        raise StancegraphError(
            f"not a SPARQL query: it starts with {word!r} "
            + (f"(did you mean {close[0]}?)" if close
               else "(expected SELECT, ASK, CONSTRUCT or DESCRIBE, or a query name: see --list)"))
    for m in _PNAME.finditer(code):
        prefix = m.group(1) or ""
        if prefix not in declared:
            close = nearest(prefix, declared, n=1)
            raise StancegraphError(
                f"unknown prefix {prefix + ':'!r} in {m.group(0)!r} ("
                + (f"did you mean {close[0]}:? " if close else "")
                + f"predeclared: {', '.join(p + ':' for p in PREFIXES)})")
    return code


def _term_warnings(code: str, actors: _Actors) -> list[str]:
    """Warnings for ``sg:`` terms the ontology does not declare and ``actor:`` ids no actor
    has: such a query runs, but matches nothing."""
    from graph.query import nearest, suggest_actor
    from ontology.namespace import SG

    terms = [t for t in SG.__annotations__ if not t.startswith("_")]
    out: list[str] = []
    for m in _PNAME.finditer(code):
        prefix, local = m.group(1) or "", m.group(2).rstrip(".")
        if prefix == "sg" and local and local not in terms:
            close = nearest(local, terms, n=2, case=True)
            out.append(f"sg:{local} is not a term of the ontology"
                       + (f"; did you mean {' or '.join('sg:' + c for c in close)}?"
                          if close else " (see ontology/stance.ttl)"))
        elif prefix == "actor" and local and local not in actors.known:
            hint = suggest_actor(local, actors.known, prefix="actor:")
            out.append(f"actor:{local} is no actor of the store or the gazetteer"
                       + (f"; {hint}" if hint else ""))
    out = list(dict.fromkeys(out))
    unknown = [w for w in out if w.startswith("actor:")]
    if len(unknown) > 3:  # a long FILTER list of made-up ids: one line, not a hundred
        ids = [w.split(" ", 1)[0] for w in unknown]
        out = [w for w in out if not w.startswith("actor:")]
        out.append(f"{len(ids)} actor ids are no actors of the store or the gazetteer: "
                   + ", ".join(ids[:3]) + ", …")
    return out


def _prepare(spec: str, params: dict[str, str], store: Any = None) -> Prepared:
    """The full query text for ``spec`` with ``params`` bound safely, checked: a mistyped
    query name, a misspelled query form or an undeclared prefix is an error naming the
    nearest valid choice; an unknown actor id or stance type given to a typed parameter too;
    ``sg:`` terms and ``actor:`` ids that exist nowhere are warnings."""
    from graph import sparql
    from graph.query import nearest

    actors = _Actors(store)
    path = Path(spec)
    named = None
    if spec.endswith(".rq") or (len(spec) < 4096 and "\n" not in spec and _is_file(path)):
        if not path.is_file():
            raise StancegraphError(f"{spec}: no such query file")
        named = sparql._parse_named(path.stem, path.read_text(encoding="utf-8"))
    elif spec in sparql.query_names():
        named = sparql.named_query(spec)
    elif _QUERY_NAME.fullmatch(spec.strip()) and spec.strip().upper() not in _FORMS:
        close = nearest(spec.strip(), sparql.query_names(), n=3)
        raise StancegraphError(
            f"no named query {spec.strip()!r}"
            + (f"; did you mean {', '.join(close)}?" if close else "")
            + " (`stancegraph query --list` lists them)")
    if named is not None and named.params:
        return Prepared(named.prepare(_check_named(named, params, actors)), True, [],
                        named.stances_only)
    text = named.text if named is not None else spec
    code = _form_and_prefixes(text)
    warnings = _term_warnings(code, actors) if store is not None else []
    values: dict[str, Any] = {}
    for name, value in params.items():
        values[name] = _expand(value, None)
    return Prepared(sparql.bind(text, values), named is not None, warnings,
                    named is not None and named.stances_only)


def _syntax(exc: StancegraphError, text: str) -> StancegraphError:
    """Oxigraph's parse error in one line: where, and the query text there (not the grammar
    of every token it would have accepted)."""
    message = str(exc)
    m = re.search(r"error at (\d+):(\d+)", message)
    if not message.startswith("SPARQL syntax error") or m is None:
        return exc
    line, column = int(m.group(1)), int(m.group(2))
    lines = text.splitlines() or [""]
    here = lines[line - 1] if 0 < line <= len(lines) else ""
    # Oxigraph's column may point just past the token it could not take: show both sides
    near = " ".join(here[max(column - 16, 0):column + 14].split()) or "the start of the line"
    expected = re.search(r"expected (one of )?([^\n]*)", message)
    what = ""
    if expected:
        options = [o.strip() for o in expected.group(2).split(",")
                   if re.fullmatch(r"\s*\"?[A-Za-z{}().;,*]+\"?\s*", o)]
        if options:
            what = f"; expected {' or '.join(options[:6])}"
    return StancegraphError(
        f"SPARQL syntax error at line {line}, column {column}, in {near!r}{what}")


def _width(text: str) -> int:
    return sum(0 if unicodedata.combining(c) else 1 for c in text)


def _isolate(text: str) -> str:
    """Right-to-left text in U+2068…U+2069 isolates, so it cannot reorder its neighbours."""
    if any(unicodedata.bidirectional(c) in ("R", "AL") for c in text):
        return f"\u2068{text}\u2069"
    return text


def _cell(term: Any, shorten: Any) -> str:
    from pyoxigraph import Literal, NamedNode

    if term is None:
        return ""
    if isinstance(term, NamedNode):
        return shorten(term.value)
    if isinstance(term, Literal):
        return " ".join(term.value.split())
    return str(term)


def shortener() -> Any:
    from ontology.namespace import PREFIXES

    bases = sorted(PREFIXES.items(), key=lambda kv: -len(kv[1]))

    def shorten(iri: str) -> str:
        for name, base in bases:
            if iri.startswith(base) and len(iri) > len(base):
                return f"{name}:{iri[len(base):]}"
        return f"<{iri}>"

    return shorten


def format_table(names: list[str], rows: list[dict[str, Any]], max_width: int = 80) -> str:
    shorten = shortener()
    cells = [[_cell(row.get(n), shorten) for n in names] for row in rows]
    cells = [[c if _width(c) <= max_width else c[: max_width - 1] + "…" for c in r] for r in cells]
    widths = [max([_width(n)] + [_width(r[i]) for r in cells]) for i, n in enumerate(names)]

    def line(values: list[str]) -> str:
        return "  ".join(_isolate(v) + " " * (w - _width(v))
                         for v, w in zip(values, widths, strict=True)).rstrip()

    out = [line(names), "  ".join("-" * w for w in widths)]
    out += [line(r) for r in cells]
    out.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(out) + "\n"


def run(args: argparse.Namespace) -> int:
    from pyoxigraph import QueryBoolean, QueryResultsFormat, QuerySolutions, RdfFormat, serialize

    from graph import sparql
    from graph.store import open_store
    from ontology.namespace import PREFIXES

    if args.list:
        for name in sparql.query_names():
            q = sparql.named_query(name)
            print(f"{name}: {q.description}")
            for p in q.params:
                print(f"    {p.name} ({p.kind}{', optional' if p.optional else ''}) {p.doc}")
        return 0
    if not args.query:
        raise StancegraphError("give a query (SPARQL text, a .rq file or a name; see --list)")
    params = _params(args.param)
    with open_store(args.store, create=False, read_only=True) as store:
        store.allow_service = args.allow_service
        prepared = _prepare(args.query, params, store)
        for warning in prepared.warnings:
            print(f"stancegraph: warning: {warning}", file=sys.stderr)
        try:
            result = store.raw(prepared.text, stances_only=prepared.stances_only)
        except StancegraphError as exc:
            raise _syntax(exc, prepared.text) from None
        out = sys.stdout.buffer
        empty = False
        if isinstance(result, QuerySolutions):
            if args.format == "json":
                data = result.serialize(format=QueryResultsFormat.JSON) or b""
                empty = b'"bindings":[]' in data.replace(b" ", b"")
                out.write(data + b"\n")
            elif args.format == "csv":
                data = result.serialize(format=QueryResultsFormat.CSV) or b""
                empty = len(data.splitlines()) <= 1
                out.write(data)
            else:
                names = [v.value for v in result.variables]
                rows = [{n: sol[n] for n in names} for sol in result]
                empty = not rows
                out.write(format_table(names, rows).encode("utf-8"))
        elif isinstance(result, QueryBoolean):
            empty = not bool(result)
            if args.format == "json":
                out.write(result.serialize(format=QueryResultsFormat.JSON) or b"")
                out.write(b"\n")
            else:
                buf = io.StringIO()
                csv.writer(buf).writerow(["true" if result else "false"])
                out.write(buf.getvalue().encode("utf-8"))
        else:
            empty = not result
            fmt = RdfFormat.JSON_LD if args.format == "json" else RdfFormat.TURTLE
            out.write(serialize(result, format=fmt,
                                prefixes=PREFIXES if fmt == RdfFormat.TURTLE else None) or b"")
        out.flush()
    # an empty answer from a query naming a term or an actor that exists nowhere is most
    # likely that mistake, not an answer: exit 1 (the warning above says which)
    return 1 if prepared.warnings and empty else 0

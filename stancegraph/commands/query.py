"""`stancegraph query SPARQL|FILE.rq|NAME`: run a SPARQL query on the store and print the result."""

from __future__ import annotations

import argparse
import csv
import io
import sys
import unicodedata
from pathlib import Path
from typing import Any

from extract.errors import StancegraphError

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


def _prepare(spec: str, params: dict[str, str]) -> str:
    """The full query text for ``spec`` with ``params`` bound safely."""
    from pyoxigraph import NamedNode

    from graph import sparql

    path = Path(spec)
    if spec.endswith(".rq") or (len(spec) < 4096 and "\n" not in spec and _is_file(path)):
        if not path.is_file():
            raise StancegraphError(f"{spec}: no such query file")
        named = sparql._parse_named(path.stem, path.read_text(encoding="utf-8"))
        if named.params:
            return named.prepare(params)
        text = named.text
    elif spec in sparql.query_names():
        return sparql.named_query(spec).prepare(params)
    else:
        text = spec
    values: dict[str, Any] = {}
    for name, value in params.items():
        if value.startswith("<") and value.endswith(">"):
            try:
                values[name] = NamedNode(value[1:-1])
            except ValueError:
                raise StancegraphError(f"--param {name}: not a valid IRI {value}") from None
        else:
            values[name] = value
    return sparql.bind(text, values)


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
    text = _prepare(args.query, _params(args.param))
    with open_store(args.store, create=False, read_only=True) as store:
        store.allow_service = args.allow_service
        result = store.raw(text)
        out = sys.stdout.buffer
        if isinstance(result, QuerySolutions):
            if args.format == "json":
                out.write(result.serialize(format=QueryResultsFormat.JSON) or b"")
                out.write(b"\n")
            elif args.format == "csv":
                out.write(result.serialize(format=QueryResultsFormat.CSV) or b"")
            else:
                names = [v.value for v in result.variables]
                rows = [{n: sol[n] for n in names} for sol in result]
                out.write(format_table(names, rows).encode("utf-8"))
        elif isinstance(result, QueryBoolean):
            if args.format == "json":
                out.write(result.serialize(format=QueryResultsFormat.JSON) or b"")
                out.write(b"\n")
            else:
                buf = io.StringIO()
                csv.writer(buf).writerow(["true" if result else "false"])
                out.write(buf.getvalue().encode("utf-8"))
        else:
            fmt = RdfFormat.JSON_LD if args.format == "json" else RdfFormat.TURTLE
            data = serialize(result, format=fmt,
                             prefixes=PREFIXES if fmt == RdfFormat.TURTLE else None)
            out.write(data or b"")
        out.flush()
    return 0

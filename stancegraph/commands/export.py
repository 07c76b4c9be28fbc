"""`stancegraph export --format …`: write the stored graph as RDF, a stance table or GraphML."""

from __future__ import annotations

import argparse
import csv
import io
import sys
from pathlib import Path

NAME = "export"
HELP = "export the store: ttl, trig, nq, nt, jsonld (RDF), csv (one row per stance) or graphml"
FORMATS = ("ttl", "trig", "nq", "nt", "jsonld", "csv", "graphml")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--format", "-f", choices=FORMATS, required=True)
    parser.add_argument("--out", "-o", metavar="FILE", help="write to FILE instead of stdout")


def stances_csv(store: object) -> bytes:
    from graph.query import STANCE_COLUMNS, stance_rows

    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(STANCE_COLUMNS)
    for row in stance_rows(store):  # type: ignore[arg-type]
        d = row.to_dict()
        writer.writerow(["" if d[c] is None else d[c] for c in STANCE_COLUMNS])
    return buf.getvalue().encode("utf-8")


def run(args: argparse.Namespace) -> int:
    from graph.store import open_store

    with open_store(args.store, create=False, read_only=True) as store:
        if args.format == "csv":
            data = stances_csv(store)
        elif args.format == "graphml":
            from graph.views import graphml

            data = graphml(store)
        else:
            data = store.export(args.format)
    if args.out:
        Path(args.out).write_bytes(data)
        print(f"wrote {args.out} ({len(data)} bytes)", file=sys.stderr)
    else:
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
    return 0

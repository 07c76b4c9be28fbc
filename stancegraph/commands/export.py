"""`stancegraph export --format …`: write the stored graph as RDF, tables or a graph file.

RDF: ttl, trig, nq, nt, jsonld. Tables (output/tables.py): ``csv`` one row per stance in the
GDELT/ICEWS spirit, ``edges-csv`` one row per holder/type/target edge. Graphs for Gephi and
networkx (graph/views.py): ``graphml`` and ``gexf``, one edge per holder/type/target with
``label``, ``weight`` and dates (``--per-stance``: one edge per stance).
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from ontology.errors import StancegraphError

NAME = "export"
HELP = ("export the store: ttl, trig, nq, nt, jsonld (RDF), csv (one row per stance), "
        "edges-csv (one row per edge), graphml or gexf (Gephi, networkx)")
RDF_FORMATS = ("ttl", "trig", "nq", "nt", "jsonld")
FORMATS = (*RDF_FORMATS, "csv", "edges-csv", "graphml", "gexf")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--format", "-f", choices=FORMATS, required=True)
    parser.add_argument("--out", "-o", metavar="FILE", help="write to FILE instead of stdout")
    parser.add_argument("--per-stance", action="store_true",
                        help="graphml/gexf: one edge per stance instead of one per "
                             "holder/type/target")
    parser.add_argument("--lang", choices=("en", "ar"), default="en",
                        help="graphml/gexf: language of the node and edge `label` "
                             "(both are always there as label_en/label_ar; default: %(default)s)")


def run(args: argparse.Namespace) -> int:
    from graph.store import open_store

    if args.per_stance and args.format not in ("graphml", "gexf"):
        raise StancegraphError(f"--per-stance applies to graphml and gexf, not {args.format}")
    if args.out:
        folder = Path(args.out).parent
        if not folder.is_dir():
            raise StancegraphError(f"--out {args.out}: no such folder {folder}")
    with open_store(args.store, create=False, read_only=True) as store:
        if args.format in ("csv", "edges-csv"):
            from graph.query import actor_rows, stance_rows
            from output.tables import edges_csv, events_csv

            write = events_csv if args.format == "csv" else edges_csv
            data = write(stance_rows(store), actor_rows(store))
        elif args.format in ("graphml", "gexf"):
            from graph import views

            build = views.graphml if args.format == "graphml" else views.gexf
            data = build(store, per_stance=args.per_stance, lang=args.lang)
        else:
            data = store.export(args.format)
    if args.out:
        target = Path(args.out)
        try:
            if target.exists() and not target.is_file():
                # a device or a pipe (/dev/stdout, a FIFO) is written as it is, never
                # replaced by a file of the same name
                target.write_bytes(data)
            else:
                # a file is replaced whole or not at all
                tmp = target.with_name(target.name + ".tmp")
                tmp.write_bytes(data)
                os.replace(tmp, target)
        except OSError as exc:
            # named after the file the user asked for, not its temporary twin; the front
            # door turns it into one line (a full disk says so)
            raise OSError(exc.errno, exc.strerror, str(target)) from None
        print(f"wrote {args.out} ({len(data)} bytes)", file=sys.stderr)
    else:
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
    return 0

"""`stancegraph extract PATH…`: print Stance records as JSON Lines, store nothing."""

from __future__ import annotations

import argparse
import json
import sys

from extract.pipeline import Problem, extract_paths
from extract.reader import ReadError, check_date
from extract.workers import add_workers_option, parse_workers

NAME = "extract"
HELP = "print the stances of documents as JSON Lines (stores nothing)"


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("paths", nargs="+", metavar="PATH", help=".txt/.html/.jsonl/.parquet/.warc(.gz) files or folders")
    p.add_argument("--date", help="date of every document (YYYY-MM-DD), overrides manifests")
    p.add_argument("--outlet", help="outlet of every document")
    p.add_argument("--lang", choices=["ar", "en"], help="language of every document")
    p.add_argument("--edges-only", action="store_true",
                   help="only records that are graph edges (not negated or hypothetical)")
    add_workers_option(p)


def run(args: argparse.Namespace) -> int:
    from ontology.errors import StancegraphError

    try:
        date = check_date(args.date, "--date")
    except ReadError as exc:
        raise StancegraphError(str(exc)) from None
    workers = parse_workers(args.workers)
    failed = internal = 0

    def sink(problem: Problem) -> None:
        nonlocal failed, internal
        failed += problem.fatal
        internal += problem.internal
        print(f"stancegraph: {problem}", file=sys.stderr)

    docs = stances = 0
    out = sys.stdout
    for result in extract_paths(args.paths, date=date, outlet=args.outlet, lang=args.lang,
                                on_problem=sink, workers=workers):
        docs += 1
        for s in result.stances:
            if args.edges_only and not s.is_edge:
                continue
            stances += 1
            out.write(json.dumps(s.to_dict(), ensure_ascii=False) + "\n")
    print(f"stancegraph: {docs} documents, {stances} stances, {failed} failed",
          file=sys.stderr)
    return 3 if internal else 1 if failed else 0

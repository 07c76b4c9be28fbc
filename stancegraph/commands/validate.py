"""`stancegraph validate`: SHACL report on the store; exit code 1 when there is a violation."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

NAME = "validate"
HELP = "check the store against the SHACL shapes of ontology/shapes (exit 1 on a violation)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--errors-only", action="store_true",
                        help="check errors.ttl only, not recommendations.ttl")
    parser.add_argument("--info", action="store_true",
                        help="also list findings of severity info (only counted by default)")
    parser.add_argument("--report", metavar="FILE.ttl",
                        help="write the full SHACL validation report as Turtle")


def run(args: argparse.Namespace) -> int:
    from graph.store import open_store
    from graph.validate import validate_store

    with open_store(args.store, create=False, read_only=True) as store:
        report = validate_store(store, recommendations=not args.errors_only)
    for finding in report.findings:
        if finding.severity != "info" or args.info:
            print(finding)
    if args.report and report.results_graph is not None:
        Path(args.report).write_text(report.results_graph.serialize(format="turtle"),
                                     encoding="utf-8")
    counts = report.counts()
    verdict = "conforms" if report.conforms else "DOES NOT CONFORM"
    print(f"{args.store}: {verdict}: {counts['violation']} violation(s), "
          f"{counts['warning']} warning(s), {counts['info']} info ({report.triples} triples)",
          file=sys.stderr)
    return 0 if report.conforms else 1

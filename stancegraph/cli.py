"""The front door: parses the command line and dispatches to stancegraph/commands/*.

Each module in stancegraph/commands defines ``NAME``, ``HELP``, ``add_arguments(parser)`` and
``run(args) -> int``; they are discovered here, so commands are added without editing this file.
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys

from extract.errors import StancegraphError
from stancegraph import commands

DEFAULT_STORE = "./stancegraph-data"


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="stancegraph",
        description="Turn news articles into a knowledge graph of diplomatic stances.",
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for info in sorted(pkgutil.iter_modules(commands.__path__), key=lambda m: m.name):
        if info.name.startswith("_"):
            continue
        module = importlib.import_module(f"stancegraph.commands.{info.name}")
        p = sub.add_parser(module.NAME, help=module.HELP, description=module.HELP)
        p.add_argument(
            "--store", default=DEFAULT_STORE,
            help="embedded store folder or SPARQL endpoint URL (default: %(default)s)",
        )
        module.add_arguments(p)
        p.set_defaults(_run=module.run)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return int(args._run(args))
    except StancegraphError as exc:
        print(f"stancegraph: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("stancegraph: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())

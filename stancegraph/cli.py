"""The front door: parses the command line and dispatches to stancegraph/commands/*.

Each module in stancegraph/commands defines ``NAME``, ``HELP``, ``add_arguments(parser)`` and
``run(args) -> int``; they are discovered here, so commands are added without editing this file.

Exit codes (README "Exit codes"): 0 all good; 1 some inputs were skipped (or, for validate,
the store does not conform); 2 a usage or store error (one line, nothing done); 3 an internal
error — a bug — reported in one line (set STANCEGRAPH_DEBUG=1 for the traceback).
"""

from __future__ import annotations

import argparse
import errno
import importlib
import os
import pkgutil
import sys

from extract.pipeline import printable
from ontology.errors import StancegraphError
from stancegraph import commands

DEFAULT_STORE = "./stancegraph-data"
EXIT_OK, EXIT_SKIPPED, EXIT_ERROR, EXIT_BUG = 0, 1, 2, 3


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


def _say(line: str) -> None:
    print(printable(f"stancegraph: {line}"), file=sys.stderr, flush=True)


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return int(args._run(args))
    except StancegraphError as exc:
        _say(f"error: {exc}")
        return EXIT_ERROR
    except KeyboardInterrupt:
        _say("interrupted")
        return 130
    except BrokenPipeError:
        # `stancegraph query … | head`: the reader left; nothing to report
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except OSError as exc:
        # a file the user named cannot be written or read, the disk is full, …
        where = f"{exc.filename}: " if exc.filename else ""
        reason = exc.strerror or str(exc)
        if exc.errno == errno.ENOSPC:
            reason = "no space left on the device (nothing half-written: each document is " \
                     "stored in one transaction)"
        _say(f"error: {where}{reason}")
        return EXIT_ERROR
    except (Exception, RecursionError) as exc:  # a bug: one line, not a traceback
        if os.environ.get("STANCEGRAPH_DEBUG"):
            raise
        _say(f"internal error (a bug; please report it, STANCEGRAPH_DEBUG=1 shows the "
             f"traceback): {type(exc).__name__}: {str(exc)[:300]}")
        return EXIT_BUG


if __name__ == "__main__":
    sys.exit(main())

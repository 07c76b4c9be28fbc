"""`stancegraph load DIR`: bulk-load the shards that `stancegraph batch` wrote."""

from __future__ import annotations

import argparse
import sys

NAME = "load"
HELP = ("bulk-load shards of `stancegraph batch` (quads-NNNNN.nq + stances-NNNNN.jsonl), "
        "then compute the shared dyads, edges and tallies and optimise the store")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("folder", metavar="DIR", help="folder of shards")
    parser.add_argument("--threads", type=int, default=2,
                        help="shards bulk-loaded at once (default: %(default)s)")
    parser.add_argument("--no-optimize", action="store_true",
                        help="skip the compaction after loading (queries are slower until "
                             "the store is optimised)")
    parser.add_argument("--quiet", action="store_true", help="no progress lines")


def run(args: argparse.Namespace) -> int:
    from graph.store import find_shards, load_shards, open_store

    def say(line: str) -> None:
        if not args.quiet:
            print(f"stancegraph: {line}", file=sys.stderr, flush=True)

    shards = find_shards(args.folder)
    with open_store(args.store) as store:
        done = load_shards(store, shards, threads=max(1, args.threads),
                           optimize=not args.no_optimize, say=say)
    print(f"{done['documents']} documents and {done['stances']} stances loaded from "
          f"{len(shards)} shard(s) into {args.store} in {done['seconds']} s "
          f"({done['shared']} shared index statements)", file=sys.stderr)
    return 0

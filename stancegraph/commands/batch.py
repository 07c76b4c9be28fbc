"""`stancegraph batch INPUT… --out DIR`: extraction spread over a Dask cluster, written as
shards of Stance records and per-document quads (graph/batch.py)."""

from __future__ import annotations

import argparse
import os
import sys
import time

from ontology.errors import StancegraphError

NAME = "batch"
HELP = ("extract documents on a Dask cluster into shards of Stance records and quads "
        "(needs stancegraph[dask])")


def add_arguments(p: argparse.ArgumentParser) -> None:
    for action in p._actions:  # every command gets --store; batch writes shards, not a store
        if action.dest == "store":
            action.help = argparse.SUPPRESS
    p.add_argument("inputs", nargs="+", metavar="INPUT",
                   help="files or folders of documents: local paths or fsspec URLs "
                        "(s3://bucket/dir/, gs://…, file://…)")
    p.add_argument("--out", required=True, metavar="DIR",
                   help="folder (or fsspec URL) for the shards and manifest.json")
    p.add_argument("--scheduler", default="local", metavar="ADDRESS|local",
                   help="`local` starts a LocalCluster (default); tcp://host:8786 uses a "
                        "running Dask cluster")
    p.add_argument("--workers", type=int, default=None, metavar="N",
                   help="worker processes of the local cluster, one thread each "
                        "(default: the cores this process may use)")
    p.add_argument("--partition-size", type=int, default=None, metavar="FILES",
                   help="input files per partition, i.e. per shard (default: 50)")
    p.add_argument("--generated-at", metavar="DATETIME",
                   help="prov:generatedAtTime of every document (default: $SOURCE_DATE_EPOCH, "
                        "else 1970-01-01T00:00:00Z; never the clock, so reruns write the "
                        "same bytes)")
    p.add_argument("--date", help="date of every document (YYYY-MM-DD), over the manifest")
    p.add_argument("--outlet", help="outlet of every document, over the manifest")
    p.add_argument("--lang", choices=("ar", "en"), help="language of every document")
    p.add_argument("--quiet", action="store_true", help="no progress bar")


class Bar:
    """Partitions done, on stderr, redrawn in place; only on a terminal."""

    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled and sys.stderr.isatty()
        self.start = time.monotonic()
        self.drawn = False

    def update(self, done: int, total: int, docs: int, stances: int) -> None:
        if not self.enabled or not total:
            return
        filled = int(30 * done / total)
        rate = docs / max(time.monotonic() - self.start, 1e-9)
        sys.stderr.write(f"\r\x1b[K[{'#' * filled}{'.' * (30 - filled)}] {done}/{total} "
                         f"partitions  {docs} documents  {stances} stances  "
                         f"{rate:.1f} docs/s")
        sys.stderr.flush()
        self.drawn = True

    def clear(self) -> None:
        if self.drawn:
            sys.stderr.write("\r\x1b[K")
            sys.stderr.flush()
            self.drawn = False


def run(args: argparse.Namespace) -> int:
    from extract.pipeline import Problem, printable
    from graph import batch
    from stancegraph.commands.ingest import _check_date

    args.date = _check_date(args.date)
    for raw in args.inputs:
        if not batch.is_url(raw) and not os.path.lexists(raw):
            raise StancegraphError(f"{raw}: no such file or folder")
    if not batch.is_url(args.out) and os.path.isfile(args.out):
        raise StancegraphError(f"--out {args.out}: a file, not a folder")
    if args.workers is not None and args.workers < 1:
        raise StancegraphError("--workers must be at least 1")
    if args.partition_size is not None and args.partition_size < 1:
        raise StancegraphError("--partition-size must be at least 1")
    workers = args.workers or len(os.sched_getaffinity(0))
    bar = Bar(enabled=not args.quiet)

    def on_problem(problem: Problem) -> None:
        bar.clear()
        print(f"stancegraph: {problem}", file=sys.stderr, flush=True)

    try:
        options = batch.Options(out=args.out, generated_at=batch.generated_at(args.generated_at),
                                date=args.date, outlet=args.outlet, lang=args.lang)
        batch.import_dask()
        with batch.connect(args.scheduler, workers) as client:
            summary = batch.run_batch(
                args.inputs, options, client=client,
                partition_size=args.partition_size or batch.DEFAULT_PARTITION_SIZE,
                on_problem=on_problem, on_progress=bar.update)
            if args.scheduler == "local":
                client.cluster.close()
    except batch.BatchError as exc:
        raise StancegraphError(str(exc)) from None
    finally:
        bar.clear()
    failures = summary.failures
    names = ", ".join(p.path for p in failures[:5]) + (", …" if len(failures) > 5 else "")
    print(printable(f"{summary.documents} documents, {summary.stances} stances in {summary.partitions} "
          f"shards in {args.out} in {summary.seconds:.1f} s "
          f"({summary.documents / max(summary.seconds, 1e-9):.1f} documents/s on "
          f"{summary.workers} worker{'s' if summary.workers != 1 else ''}); "
          f"{len(failures)} failed" + (f": {names}" if names else "")),
          file=sys.stderr)
    return 3 if any(p.internal for p in summary.problems) else 1 if failures else 0

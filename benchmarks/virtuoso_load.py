"""What it costs to hold the stance graph in Virtuoso 7 instead of the embedded Oxigraph store:
the same N-Quads shards bulk-loaded into a fresh Virtuoso (its bulk loader: ``ld_dir`` and
``rdf_loader_run()`` through isql-vt) and into a fresh on-disk Oxigraph (pyoxigraph
``Store.bulk_load``), side by side.

    .venv/bin/python benchmarks/virtuoso_load.py                    # ~2,000 documents
    .venv/bin/python benchmarks/virtuoso_load.py --docs 500         # a quick run
    .venv/bin/python benchmarks/virtuoso_load.py --shards DIR       # your own *.nq shards
                                                  # (e.g. split `stancegraph export --format nq`)

Without ``--shards`` the shards are made as a user would make them: the documents of
examples/ and ../shared/corpus/dev are extracted once, copied (each copy its own text, so its
own document: a line ``[copy N]`` is appended) to ``--docs`` documents, ingested one by one
into an embedded store (replace_document, as `stancegraph ingest` does) and exported as N-Quads
(`stancegraph export --format nq`), cut into ``--shard-count`` files.

For each store it prints quads/s and stances/s of the load (Virtuoso's time includes the
checkpoint that makes the load durable; Oxigraph's the flush), the disk size afterwards, and
the time of the counts-by-type-and-month query (ontology/queries/counts_by_type_month.rq, through
the same Store API: HTTP for Virtuoso, in-process for Oxigraph): first run and median of the
next five; then the rate of the transactional ingest into the loaded store (``--ingest-docs``
more copies through replace_document, one request or transaction per document, as
`stancegraph ingest` writes; over HTTP for Virtuoso). Oxigraph is also timed after one compaction (``Store.optimize``), which store_scale.py
found its queries need after a bulk load. Stances are the nodes typed ``sg:Stance``
(graph/rdf.py). The two stores must give the same counts, or the script fails.
"""

from __future__ import annotations

import argparse
import math
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from pyoxigraph import RdfFormat

from graph.store import EmbeddedStore, Store, open_store
from tests import virtuoso

CORPORA = [ROOT / "examples", ROOT.parent / "shared" / "corpus" / "dev"]
STANCES = "SELECT (COUNT(?s) AS ?n) WHERE { ?s a sg:Stance }"
QUADS = ("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } "
         "FILTER (STRSTARTS(STR(?g), 'https://w3id.org/stancegraph/')) }")


def extract_base() -> list[Any]:
    """The extraction results of the bundled corpora, once."""
    from extract.pipeline import extract_paths

    corpora = [str(c) for c in CORPORA if c.is_dir()]
    started = time.monotonic()
    base = list(extract_paths(corpora))
    print(f"extracted {len(base)} documents of {', '.join(corpora)} in "
          f"{time.monotonic() - started:.1f} s", flush=True)
    return base


def copy_of(base: list[Any], n: int) -> tuple[Any, list[Any]]:
    """Document ``n`` of the copies: base document n mod len(base), its text with a line
    ``[copy N]`` appended (so its own document id) and its stances moved to that id."""
    result = base[n % len(base)]
    copy = n // len(base)
    doc, stances = result.document, result.stances
    if copy:
        text = f"{doc.text}\n\n[copy {copy}]"
        doc = replace(doc, doc_id=type(doc).make_id(text), text=text,
                      path=f"{doc.path}#copy{copy}")
        stances = [replace(s, doc_id=doc.doc_id) for s in stances]
    return doc, stances


def time_ingest(store: Store, base: list[Any], first: int, count: int) -> float:
    """Documents per second of the transactional ingest (replace_document, one request or
    transaction per document, as `stancegraph ingest` writes) of ``count`` new copies."""
    started = time.monotonic()
    for n in range(first, first + count):
        assert store.replace_document(*copy_of(base, n))
    return count / (time.monotonic() - started)


def make_shards(folder: Path, docs: int, shard_count: int, base: list[Any]) -> Path:
    """N-Quads shards of ``docs`` documents copied from the bundled corpora (see above)."""
    started = time.monotonic()
    with open_store(folder / "source") as store:
        store.ensure_vocabulary()
        for n in range(docs):
            store.replace_document(*copy_of(base, n))
        data = store.export("nq")
    print(f"ingested {docs} documents and exported {len(data):,} bytes of N-Quads in "
          f"{time.monotonic() - started:.1f} s", flush=True)
    lines = data.decode("utf-8").splitlines(keepends=True)
    shards = folder / "shards"
    shards.mkdir()
    per = math.ceil(len(lines) / shard_count)
    for i in range(shard_count):
        (shards / f"part-{i:03d}.nq").write_text("".join(lines[i * per:(i + 1) * per]),
                                                 encoding="utf-8")
    shutil.rmtree(folder / "source")
    return shards


def disk_size(folder: Path, *, skip: Callable[[Path], bool] = lambda p: False) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not skip(p))


def time_query(store: Store, runs: int = 5) -> tuple[float, float, list[dict[str, Any]]]:
    """(first run s, median of ``runs`` more s, rows) of counts_by_type_month."""
    started = time.perf_counter()
    rows = store.named("counts_by_type_month")
    first = time.perf_counter() - started
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        again = store.named("counts_by_type_month")
        times.append(time.perf_counter() - started)
        assert again == rows
    return first, statistics.median(times), rows


INGEST_FROM = 1_000_000  # copy numbers of the ingest test: after every bulk-loaded copy


def load_virtuoso(shards: Path, folder: Path, buffers: int, base: list[Any],
                  ingest_docs: int) -> dict[str, Any]:
    server = virtuoso.VirtuosoServer(folder, buffers=buffers, load_dirs=(shards,))
    try:
        server.isql("checkpoint;")
        empty = disk_size(folder, skip=lambda p: p.name.startswith("virtuoso-temp"))
        started = time.monotonic()
        server.isql(f"ld_dir('{shards}', '*.nq', 'https://w3id.org/stancegraph/graph/unused');",
                    "rdf_loader_run();")
        loaded = time.monotonic() - started
        server.isql("checkpoint;")
        seconds = time.monotonic() - started
        errors = server.isql("SELECT ll_file, ll_error FROM DB.DBA.load_list "
                             "WHERE ll_error IS NOT NULL;")
        if "ll_error" in errors and "0 Rows" not in errors:
            raise RuntimeError(f"Virtuoso's loader reported errors: {errors.strip()[:500]}")
        store = open_store(server.url, timeout=600)
        quads = store.select(QUADS)[0]["n"]
        stances = store.select(STANCES)[0]["n"]
        first, median, rows = time_query(store)
        size = disk_size(folder, skip=lambda p: p.name.startswith("virtuoso-temp"))
        ingest = time_ingest(store, base, INGEST_FROM, ingest_docs) if base else None
        return {"store": "Virtuoso 7 (ld_dir + rdf_loader_run)", "seconds": seconds,
                "ingest": ingest,
                "load_only": loaded, "quads": quads, "stances": stances, "disk": size,
                "empty": empty,
                "first": first, "median": median, "rows": rows}
    finally:
        server.stop()


def load_oxigraph(shards: Path, folder: Path, base: list[Any], ingest_docs: int
                  ) -> dict[str, Any]:
    store = EmbeddedStore(folder)
    try:
        started = time.monotonic()
        for shard in sorted(shards.glob("*.nq")):
            store.oxigraph.bulk_load(path=str(shard), format=RdfFormat.N_QUADS)
        store.flush()
        seconds = time.monotonic() - started
        quads = store.select(QUADS)[0]["n"]
        stances = store.select(STANCES)[0]["n"]
        size = disk_size(folder)
        first, median, rows = time_query(store)
        started = time.monotonic()
        store.optimize()
        optimize = time.monotonic() - started
        first_opt, median_opt, _ = time_query(store)
        ingest = time_ingest(store, base, INGEST_FROM, ingest_docs) if base else None
        return {"store": "Oxigraph (pyoxigraph bulk_load)", "seconds": seconds, "quads": quads,
                "ingest": ingest,
                "stances": stances, "disk": size, "first": first, "median": median,
                "rows": rows, "optimize": optimize, "first_opt": first_opt,
                "median_opt": median_opt, "disk_opt": disk_size(folder)}
    finally:
        store.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shards", type=Path, help="a folder of *.nq files (default: made)")
    parser.add_argument("--docs", type=int, default=2000)
    parser.add_argument("--shard-count", type=int, default=4)
    parser.add_argument("--ingest-docs", type=int, default=200,
                        help="documents then ingested one by one into each loaded store")
    parser.add_argument("--buffers", type=int, default=100_000,
                        help="Virtuoso's NumberOfBuffers (8 KiB pages; default 800 MiB)")
    parser.add_argument("--workdir", type=Path, help="keep the files here (default: a temp dir)")
    args = parser.parse_args()
    reason = virtuoso.missing()
    if reason:
        print(f"{reason}: {virtuoso.VIRTUOSO_SETUP}", file=sys.stderr)
        return 2
    work = Path(tempfile.mkdtemp(prefix="virtuoso-load-", dir=args.workdir))
    try:
        base = extract_base() if not args.shards or args.ingest_docs else []
        shards = args.shards.resolve() if args.shards else make_shards(
            work, args.docs, args.shard_count, base)
        files = sorted(shards.glob("*.nq"))
        if not files:
            print(f"no *.nq file in {shards}", file=sys.stderr)
            return 2
        print(f"{len(files)} shards, {sum(f.stat().st_size for f in files):,} bytes", flush=True)
        results = [load_virtuoso(shards, work / "virtuoso", args.buffers, base,
                                 args.ingest_docs),
                   load_oxigraph(shards, work / "oxigraph", base, args.ingest_docs)]
        for r in results:
            print(f"\n{r['store']}\n"
                  f"  load      {r['seconds']:.1f} s: {r['quads'] / r['seconds']:,.0f} quads/s, "
                  f"{r['stances'] / r['seconds']:,.0f} stances/s "
                  f"({r['quads']:,} quads, {r['stances']:,} stances)")
            if "load_only" in r:
                print(f"            ({r['load_only']:.1f} s before the checkpoint)")
            print(f"  disk      {r['disk'] / 2**20:,.1f} MiB"
                  + (f" (a fresh empty database: {r['empty'] / 2**20:,.1f} MiB)"
                     if "empty" in r else ""))
            print(f"  counts_by_type_month  first {r['first'] * 1000:,.1f} ms, "
                  f"median {r['median'] * 1000:,.1f} ms ({len(r['rows'])} rows)")
            if "optimize" in r:
                print(f"  after optimize ({r['optimize']:.1f} s, {r['disk_opt'] / 2**20:,.1f} "
                      f"MiB): first {r['first_opt'] * 1000:,.1f} ms, median "
                      f"{r['median_opt'] * 1000:,.1f} ms")
            if r["ingest"]:
                print(f"  ingest    {r['ingest']:,.1f} documents/s ({args.ingest_docs} more, "
                      "replace_document one by one" + (" over HTTP)" if "load_only" in r
                                                      else ")"))
        virt, oxi = results
        if (virt["quads"], virt["stances"], virt["rows"]) != (oxi["quads"], oxi["stances"],
                                                              oxi["rows"]):
            print("\nthe two stores disagree on quads, stances or counts", file=sys.stderr)
            return 1
        print("\nsame quads, stances and counts by type and month in both stores")
        return 0
    finally:
        if args.workdir is None:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())

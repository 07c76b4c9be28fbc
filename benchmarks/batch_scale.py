"""Benchmark: `stancegraph batch` on a LocalCluster of 1 and 2 workers (documents/s, scaling).

Copies the dev corpus (../shared/corpus/dev, if present) and the bundled examples into N
documents, each copy a new document (a line added, so a new id) with its original's date and
outlet in an index.jsonl, then times the batch (pipelines already loaded, cluster already
started: the steady state of a long job) on 1 and 2 single-threaded workers, and prints the
scaling efficiency (rate on 2 / twice the rate on 1) and what 100M articles would cost in
core-hours at the measured per-core rate.

    .venv/bin/python benchmarks/batch_scale.py [--docs 2000] [--partition-size 50]

``make_shards(out_dir, n_docs)`` writes the shards of N such documents for other scripts
(bulk-load benchmarks): ``from benchmarks.batch_scale import make_shards``.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
SOURCES = [REPO.parent / "shared" / "corpus" / "dev", REPO / "examples"]
STAMP = "2025-01-01T00:00:00Z"


def make_corpus(folder: Path, n_docs: int) -> int:
    """``n_docs`` .txt documents in ``folder`` (plus index.jsonl); returns their words."""
    sources: list[tuple[Path, dict[str, Any]]] = []
    for src in SOURCES:
        if not src.is_dir():
            continue
        index = src / "index.jsonl"
        meta = {}
        if index.is_file():
            rows = [json.loads(line) for line in index.read_text(encoding="utf-8").splitlines()
                    if line.strip()]
            meta = {r["doc"]: r for r in rows}
        sources += [(f, meta.get(f.name, {})) for f in sorted(src.glob("*.txt"))]
    if not sources:
        raise SystemExit("no source documents (../shared/corpus/dev or examples/)")
    folder.mkdir(parents=True, exist_ok=True)
    entries, words = [], 0
    for i in range(n_docs):
        src, meta = sources[i % len(sources)]
        text = src.read_text(encoding="utf-8") + f"\n\n({i})\n"
        name = f"b{i:06d}.txt"
        (folder / name).write_text(text, encoding="utf-8")
        entries.append(json.dumps({**meta, "doc": name}, ensure_ascii=False))
        words += len(text.split())
    (folder / "index.jsonl").write_text("\n".join(entries) + "\n", encoding="utf-8")
    return words


def cluster_client(workers: int) -> Any:
    from distributed import Client, LocalCluster

    cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                           dashboard_address=None, silence_logs=logging.ERROR)
    return Client(cluster)


def run(inputs: Path, out_dir: Path, client: Any, partition_size: int = 50) -> Any:
    """One batch of ``inputs`` into ``out_dir`` on ``client``'s cluster (graph.batch.Summary)."""
    from graph import batch

    options = batch.Options(out=str(out_dir), generated_at=STAMP)
    return batch.run_batch([str(inputs)], options, client=client, partition_size=partition_size)


def make_shards(out_dir: str | Path, n_docs: int, *, workers: int = 2,
                partition_size: int = 50) -> dict[str, Any]:
    """Write the shards (stances-*.jsonl, quads-*.nq, manifest.json) of ``n_docs`` copied
    documents into ``out_dir`` on a LocalCluster of ``workers``; returns the manifest."""
    out = Path(out_dir)
    with tempfile.TemporaryDirectory(prefix="stancegraph-bench-") as tmp:
        make_corpus(Path(tmp) / "docs", n_docs)
        with cluster_client(workers) as client:
            run(Path(tmp) / "docs", out, client, partition_size)
            client.cluster.close()
    manifest: dict[str, Any] = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    return manifest


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--docs", type=int, default=2000)
    ap.add_argument("--partition-size", type=int, default=50)
    ap.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    args = ap.parse_args()

    from graph import batch

    rates: dict[int, float] = {}
    cpu_rates: dict[int, float] = {}  # per CPU-second: less bent by other load on the machine
    with tempfile.TemporaryDirectory(prefix="stancegraph-bench-") as tmp:
        docs = Path(tmp) / "docs"
        words = make_corpus(docs, args.docs)
        print(f"{args.docs} documents, {words / args.docs:.0f} words each on average "
              "(copies of ../shared/corpus/dev and examples/)")
        for n in args.workers:
            with cluster_client(n) as client:
                client.register_plugin(batch._warm_plugin())  # pipelines loaded before timing
                cpu0 = client.run(time.process_time)
                summary = run(docs, Path(tmp) / f"out-{n}", client, args.partition_size)
                cpu = sum(t - cpu0.get(w, 0.0) for w, t in client.run(time.process_time).items())
                client.cluster.close()
            rates[n] = summary.documents / summary.seconds
            cpu_rates[n] = summary.documents / cpu
            print(f"{n} worker{'s' if n > 1 else ' '}: {summary.documents} documents, "
                  f"{summary.stances} stances in {summary.seconds:.1f} s: "
                  f"{rates[n]:.1f} documents/s, {rates[n] * words / args.docs:,.0f} words/s; "
                  f"{cpu_rates[n]:.1f} documents per CPU-second of the workers")
    if 1 in rates:
        for n in sorted(rates):
            if n > 1:
                print(f"scaling efficiency at {n} workers: {rates[n] / (n * rates[1]):.0%} "
                      f"(documents/s on {n} / {n} x documents/s on 1)")
    scale = 500 / (words / args.docs)
    for label, per_core in (("wall clock, 1 worker", rates.get(1)),
                            ("CPU time, best run", max(cpu_rates.values(), default=None))):
        if per_core:
            hours = 100e6 / per_core / 3600
            print(f"100M articles at {per_core:.1f} articles/s per core ({label}): "
                  f"{hours:,.0f} core-hours at these {words / args.docs:.0f}-word articles, "
                  f"about {hours * scale:,.0f} for 500-word ones (extraction is about linear "
                  "in words)")


if __name__ == "__main__":
    main()

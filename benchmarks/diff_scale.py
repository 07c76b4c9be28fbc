"""Benchmark of the diff between dates on a large synthetic store.

Builds an embedded Oxigraph store of N synthetic stances (default 100,000; 10 per document,
300 actors with power-law popularity, every stance type, dates spread over 2020-2024, 3 %
negated or hypothetical), compacts it once (Store.optimize, as after any bulk load), then
times ``graph.diff.diff_periods`` for a month against another month (the ``diff_period`` named
query for each period, run side by side, plus the comparison in Python).

    .venv/bin/python benchmarks/diff_scale.py [--stances 100000] [--runs 3] [--store DIR]

Writes a JSON report to benchmarks/out/diff_scale-<N>.json (git-ignored).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import shutil
import statistics
import tempfile
import time
from pathlib import Path

from extract.record import Stance
from graph import rdf
from graph.diff import diff_periods
from graph.periods import parse_period
from graph.store import EmbeddedStore
from ontology.types import stance_types

OUT = Path(__file__).resolve().parent / "out"
PER_DOC = 10
ACTORS = 300
FIRST = dt.date(2020, 1, 1)
DAYS = (dt.date(2024, 12, 31) - FIRST).days + 1


def quads(n: int, seed: int = 7):  # type: ignore[no-untyped-def]
    rng = random.Random(seed)
    types = sorted(stance_types())
    actors = [f"A{i:03d}" for i in range(ACTORS)]
    weights = [1 / (i + 1) for i in range(ACTORS)]
    for d in range(0, n, PER_DOC):
        doc_id = f"bench{d // PER_DOC:07d}"
        graph = rdf.doc_iri(doc_id)
        date = (FIRST + dt.timedelta(days=rng.randrange(DAYS))).isoformat()
        triples = []
        stances = []
        for k in range(min(PER_DOC, n - d)):
            holder, target = rng.choices(actors, weights, k=2)
            if holder == target:
                target = actors[(actors.index(target) + 1) % ACTORS]
            flag = rng.random()
            text = f"{holder} on {target}, statement {d + k}."
            stance = Stance(
                holder=holder, stance_type=rng.choice(types), target=target, evidence=text,
                start=k * 40, end=k * 40 + len(text), doc_id=doc_id, lang="en", rule="bench",
                date=date, negated=flag < 0.015, hypothetical=0.015 <= flag < 0.03)
            stances.append(stance)
            triples += rdf.stance_triples(stance)
        yield from rdf.in_graph(triples, graph)
        # the shared descriptions of the stances' dyads and edges, as Store.replace_document writes them
        yield from rdf.shared_quads(stances)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--stances", type=int, default=100_000)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--a", default="2023-03", help="period A (default: %(default)s)")
    ap.add_argument("--b", default="2024-03", help="period B (default: %(default)s)")
    ap.add_argument("--store", help="keep the store in this folder (default: a temp folder)")
    args = ap.parse_args()

    folder = Path(args.store) if args.store else Path(tempfile.mkdtemp(prefix="diff_scale-"))
    try:
        t0 = time.perf_counter()
        store = EmbeddedStore(folder)
        store.ensure_vocabulary()
        store.bulk_extend(quads(args.stances))
        store.flush()
        load = time.perf_counter() - t0
        print(f"loaded {args.stances:,} stances in {load:.1f} s ({folder})", flush=True)
        t0 = time.perf_counter()
        store.optimize()  # one compaction after the bulk load (see store_scale.py)
        optimize = time.perf_counter() - t0
        print(f"optimized in {optimize:.1f} s", flush=True)
        a, b = parse_period(args.a), parse_period(args.b)
        times = []
        for _ in range(args.runs):
            t = time.perf_counter()
            diff = diff_periods(store, a, b)
            times.append(time.perf_counter() - t)
        report = {
            "stances": args.stances, "a": a.label, "b": b.label, "load_s": round(load, 2),
            "optimize_s": round(optimize, 2),
            "diff_s": [round(x, 3) for x in times], "median_s": round(statistics.median(times), 3),
            "a_edges": diff.a_edges, "b_edges": diff.b_edges, "added": len(diff.added),
            "dropped": len(diff.dropped), "kept": len(diff.kept), "pairs": len(diff.shifts),
        }
        store.close()
        print(json.dumps(report))
        OUT.mkdir(exist_ok=True)
        (OUT / f"diff_scale-{args.stances}.json").write_text(json.dumps(report, indent=2) + "\n")
    finally:
        if not args.store:
            shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Store benchmark: synthetic stance graphs of 100k and 1M stances in the on-disk Oxigraph store,
side by side with rdflib's in-memory store, on the named queries of ontology/queries.

    python benchmarks/store_scale.py                      # 100k and 1M (rdflib at 100k)
    python benchmarks/store_scale.py --sizes 20000        # a quick run
    python benchmarks/store_scale.py --sizes 100000 --rdflib-sizes 100000 --json out.json

For each size it reports:
- mapping rate: Stance records → N-Quads through graph.rdf.document_nquads (the one mapping of
  ingest and batch), and through the term-object path (document_quads) for comparison;
- bulk-load rate into the on-disk store (stances/s) through `stancegraph load`'s own code
  (graph.store.load_shards on shards as `stancegraph batch` writes them: checking, bulk loader
  on two shards at once, shared index nodes), then the time of one compaction (Store.optimize,
  which the queries need after a bulk load), disk size (and per million stances), peak memory;
- transactional ingest (the DocumentWriter of `ingest`) on the loaded store;
- median latency of the named queries (warm; the first, cold run is reported apart):
  stances between two actors in a date range (a mid-sized pair, and the densest pair) and at
  all dates, one stance with its evidence, counts by type and month, top holders against one
  target, the diff of two months as one named query, and the diff as `stancegraph diff`
  computes it (graph.diff; oxigraph only).
rdflib runs the same query texts on an in-memory Dataset (union default graph). Each engine runs
in its own process so that peak memory is its own.

The synthetic graph: documents of 5 stances, dated uniformly over 2015–2024, 60 actors of the
gazetteer with Zipf popularity (RUS and TUR the two most frequent), the 18 stance types, 8 %
negated, 2 % hypothetical, 5 % without target, Arabic and English evidence.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from extract.record import Document, Stance
from ontology.types import stance_types

STANCES_PER_DOC = 5
ACTORS = ["RUS", "TUR", "SYR", "USA", "IRN", "ISR", "PSE", "EGY", "SAU", "QAT", "ARE", "UKR",
          "CHN", "FRA", "GBR", "DEU", "JOR", "LBN", "IRQ", "YEM", "UN", "UNSC", "EU", "NATO",
          "ARL", "GCC", "OIC", "AU", "IAEA", "WEST", "SDF", "PKK", "HAMAS", "HEZBOLLAH",
          "HOUTHIS", "HTS", "ISIL", "IND", "PAK", "JPN", "KOR", "PRK", "BRA", "ZAF", "NGA",
          "ETH", "SDN", "LBY", "TUN", "DZA", "MAR", "OMN", "KWT", "BHR", "AZE", "ARM", "GEO",
          "KAZ", "AFG", "ITA"]
MID_PAIR = ("EGY", "QAT")  # ranks 8 and 10: a pair of ordinary selectivity
DENSE_PAIR = ("RUS", "TUR")  # ranks 1 and 2: the densest pair of the graph
START = date(2015, 1, 1)
DAYS = (date(2024, 12, 31) - START).days + 1
SPEAKERS = [f"Official {i}" for i in range(300)]
TOPICS = ["the ceasefire", "the withdrawal of forces", "the nuclear file", "border security",
          "humanitarian aid", "the peace process", "sanctions", "the refugees"]


def _zipf_weights(n: int) -> list[float]:
    return [1.0 / (rank + 1) for rank in range(n)]


def synthetic(count: int, seed: int = 7) -> Iterator[tuple[Document, list[Stance]]]:
    """Documents with their stances, deterministic for a seed."""
    rng = random.Random(seed)
    types = list(stance_types())
    weights = _zipf_weights(len(ACTORS))
    docs = (count + STANCES_PER_DOC - 1) // STANCES_PER_DOC
    made = 0
    for n in range(docs):
        day = (START + timedelta(days=rng.randrange(DAYS))).isoformat()
        lang = "ar" if n % 2 else "en"
        text = f"Synthetic article {n} of {day}."
        doc = Document(doc_id=Document.make_id(text), text=text, path=f"bench/{n:07d}.txt",
                       title=f"Article {n}", date=day, outlet=f"Outlet {n % 40}", lang=lang)
        stances = []
        for k in range(min(STANCES_PER_DOC, count - made)):
            holder, target = rng.choices(ACTORS, weights, k=2)
            while target == holder:
                target = rng.choices(ACTORS, weights)[0]
            roll = rng.random()
            sentence = (f"تصريح رقم {n}-{k}: {holder} و{target} في {day}" if lang == "ar"
                        else f"Statement {n}-{k}: {holder} on {target}, {day}.")
            stances.append(Stance(
                holder=holder, stance_type=rng.choice(types),
                target=None if roll < 0.05 else target,
                evidence=sentence, start=k * 80, end=k * 80 + len(sentence), doc_id=doc.doc_id,
                lang=lang, rule=f"{lang}.rule.{rng.randrange(40)}",
                topic=rng.choice(TOPICS) if rng.random() < 0.2 else "",
                speaker=rng.choice(SPEAKERS), negated=0.05 <= roll < 0.13,
                hypothetical=0.13 <= roll < 0.15, date=day,
                confidence=round(rng.uniform(0.4, 0.95), 2)))
        made += len(stances)
        yield doc, stances


def _vocabulary_nquads() -> str:
    from pyoxigraph import Literal, Triple

    from graph import rdf
    from graph.store import P_HASH, _vocabulary

    lines = []
    for graph, triples in _vocabulary():
        digest = rdf.content_hash(triples)
        lines += [f"{q} .\n" for q in
                  rdf.in_graph([*triples, Triple(graph, P_HASH, Literal(digest))], graph)]
    return "".join(lines)


def write_nquads(count: int, path: Path) -> dict[str, Any]:
    """The synthetic graph plus the vocabulary as one N-Quads file; returns mapping figures."""
    from datetime import UTC, datetime

    from graph import rdf

    when = datetime(2025, 1, 1, tzinfo=UTC)
    mapping = 0.0
    shared: set[Any] = set()
    with path.open("w", encoding="utf-8") as out:
        out.write(_vocabulary_nquads())
        for doc, stances in synthetic(count):
            started = time.perf_counter()
            text, _ = rdf.document_nquads(doc, stances, generated_at=when, version="bench")
            mapping += time.perf_counter() - started
            out.write(text)
            out.writelines(f"{q} .\n" for q in rdf.shared_quads(stances, seen=shared))
    with path.open("rb") as f:
        quads = sum(1 for _ in f)
    return {"quads": quads, "map_stances_per_s": round(count / mapping),
            "nq_mb": round(path.stat().st_size / 1e6)}


SHARD_STANCES = 50_000


def write_shards(count: int, folder: Path) -> dict[str, Any]:
    """The synthetic graph as the shards `stancegraph batch` writes (quads-NNNNN.nq through
    graph.rdf.document_nquads, stances-NNNNN.jsonl as `stancegraph extract` prints), one per
    50,000 stances; returns mapping figures: stances/s through the N-Quads mapping, and
    through the term-object mapping (document_quads, then printed) on the first 20,000."""
    import json
    from datetime import UTC, datetime

    from graph import rdf

    when = datetime(2025, 1, 1, tzinfo=UTC)
    folder.mkdir(parents=True, exist_ok=True)
    mapping, made, quads, nq_bytes, shard = 0.0, 0, 0, 0, -1
    quads_out = stances_out = None
    for doc, stances in synthetic(count):
        if made // SHARD_STANCES != shard:
            for f in (quads_out, stances_out):
                if f is not None:
                    f.close()
            shard = made // SHARD_STANCES
            quads_out = (folder / f"quads-{shard:05d}.nq").open("w", encoding="utf-8")
            stances_out = (folder / f"stances-{shard:05d}.jsonl").open("w", encoding="utf-8")
        assert quads_out is not None and stances_out is not None
        started = time.perf_counter()
        text, _ = rdf.document_nquads(doc, stances, generated_at=when, version="bench")
        mapping += time.perf_counter() - started
        quads_out.write(text)
        quads += text.count("\n")
        nq_bytes += len(text.encode("utf-8"))
        stances_out.writelines(json.dumps(s.to_dict(), ensure_ascii=False) + "\n"
                               for s in stances)
        made += len(stances)
    for f in (quads_out, stances_out):
        if f is not None:
            f.close()
    sample = list(synthetic(min(count, 20_000)))
    started = time.perf_counter()
    for doc, stances in sample:
        "".join(f"{q} .\n" for q in rdf.document_quads(doc, stances, generated_at=when)[0])
    objects = sum(len(s) for _, s in sample) / (time.perf_counter() - started)
    return {"quads": quads, "quads_per_stance": round(quads / count, 1),
            "nq_bytes_per_stance": round(nq_bytes / count),
            "map_stances_per_s": round(count / mapping),
            "map_objects_stances_per_s": round(objects),
            "nq_mb": round(nq_bytes / 1e6)}


def query_plan(count: int) -> list[tuple[str, str, dict[str, Any]]]:
    """(label, named query, parameters) of the benchmark."""
    a, b = MID_PAIR
    return [
        ("pair in a year (mid pair)", "stances_between_dates",
         {"a": a, "b": b, "from": "2023-01-01", "to": "2023-12-31"}),
        ("pair in a year (densest pair)", "stances_between_dates",
         {"a": DENSE_PAIR[0], "b": DENSE_PAIR[1], "from": "2023-01-01", "to": "2023-12-31"}),
        ("pair, all dates (mid pair)", "stances_between", {"a": a, "b": b}),
        ("one stance with its evidence", "stance_detail", {"stance": _sample_stance(count)}),
        ("counts by type and month", "counts_by_type_month", {}),
        ("top holders against TUR", "top_holders", {"target": "TUR"}),
        ("diff of two months", "diff_periods",
         {"a": "2024-10-01..2024-10-31", "b": "2024-11-01..2024-11-30"}),
    ]


SELECTIVE = {"pair in a year (mid pair)", "pair, all dates (mid pair)",
             "one stance with its evidence"}


def _sample_stance(count: int) -> str:
    from graph import rdf

    _doc, stances = next(synthetic(min(count, STANCES_PER_DOC)))
    return rdf.stance_iri(stances[0]).value


def _folder_size(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file())


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _time(run: Any, repeat: int, budget: float) -> dict[str, Any]:
    started = time.perf_counter()
    rows = run()
    cold = time.perf_counter() - started
    times = []
    for _ in range(repeat):
        if cold > budget:
            break
        started = time.perf_counter()
        run()
        times.append(time.perf_counter() - started)
    median = statistics.median(times) if times else cold
    return {"rows": rows, "cold_ms": round(cold * 1000, 1), "median_ms": round(median * 1000, 1),
            "runs": len(times) or 1}


def worker_oxigraph(shards: Path, location: Path, count: int, repeat: int) -> dict[str, Any]:
    from graph.store import EmbeddedStore, find_shards, load_shards

    shutil.rmtree(location, ignore_errors=True)
    store = EmbeddedStore(location)
    # `stancegraph load` without its compaction: shards checked, bulk-loaded two at a time,
    # shared index nodes from the stance records
    done = load_shards(store, find_shards(shards), threads=2, optimize=False)
    load = done["check_seconds"] + done["load_seconds"]
    loaded_mb = round(_folder_size(location) / 1e6)
    # The bulk loader leaves many unmerged RocksDB files; one compaction makes every later
    # lookup several times faster (the mid pair: 382 ms before, 43 ms after, at 1M stances).
    started = time.perf_counter()
    store.optimize()
    optimize = time.perf_counter() - started
    store.flush()
    disk = _folder_size(location)
    result: dict[str, Any] = {
        "engine": "oxigraph (on disk)", "stances": count, "load_seconds": round(load, 1),
        "load_stances_per_s": round(count / load),
        "bulk_only_stances_per_s": round(count / done["load_seconds"]),
        "check_seconds": round(done["check_seconds"], 1),
        "optimize_seconds": round(optimize, 1),
        "load_optimize_stances_per_s": round(count / (load + optimize)),
        "disk_mb_loaded": loaded_mb, "disk_mb": round(disk / 1e6),
        "disk_gb_per_million": round(disk / count * 1e6 / 1e9, 2),
    }
    # Transactional ingest on top of the loaded store: one update per document, as `ingest`.
    extra = list(synthetic(2000 * STANCES_PER_DOC, seed=99))
    started = time.perf_counter()
    with store.document_writer() as writer:
        for doc, stances in extra:
            writer.add(doc, stances)
    seconds = time.perf_counter() - started
    result["ingest_docs_per_s"] = round(len(extra) / seconds)
    result["ingest_stances_per_s"] = round(len(extra) * STANCES_PER_DOC / seconds)
    for doc, _ in extra:  # leave the graph as generated, for the queries
        store.remove_document(doc.doc_id)
    queries = {}
    for label, name, params in query_plan(count):
        # as the commands run them (Store.named: a query that reads stance nodes only is
        # answered from the default graph, where this store keeps them)
        queries[label] = _time(lambda name=name, params=params: len(store.named(name, **params)),
                               repeat, budget=60)
    # The diff as `stancegraph diff` computes it (graph.diff: one diff_period query per
    # period, run side by side, and the comparison in Python).
    from graph.diff import diff_periods
    from graph.periods import parse_period

    a, b = parse_period("2024-10"), parse_period("2024-11")
    queries["diff command, month vs month"] = _time(
        lambda: len(diff_periods(store, a, b).shifts), repeat, budget=60)
    result["queries"] = queries
    result["peak_rss_mb"] = round(_peak_rss_mb())
    store.close()
    return result


class _Budget(Exception):
    pass


def _with_alarm(run: Any, seconds: int) -> Any:
    """Run ``run()``; give up after ``seconds`` (rdflib is pure Python: SIGALRM stops it)."""
    import signal

    def stop(*_: object) -> None:
        raise _Budget

    old = signal.signal(signal.SIGALRM, stop)
    signal.alarm(seconds)
    try:
        return run()
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)


def worker_rdflib(nq: Path, count: int, repeat: int, budget: int = 300) -> dict[str, Any]:
    import rdflib

    from graph import sparql

    ds = rdflib.Dataset(default_union=True)
    started = time.perf_counter()
    ds.parse(str(nq), format="nquads")
    load = time.perf_counter() - started
    result: dict[str, Any] = {"engine": "rdflib (memory)", "stances": count,
                              "load_seconds": round(load, 1),
                              "load_stances_per_s": round(count / load)}
    queries = {}
    for label, name, params in query_plan(count):
        text = sparql.prefix_header() + sparql.named_query(name).prepare(params)
        try:
            queries[label] = _with_alarm(
                lambda text=text: _time(lambda: len(list(ds.query(text))), repeat, budget=60),
                budget)
        except _Budget:
            queries[label] = {"rows": -1, "cold_ms": budget * 1000.0,
                              "median_ms": budget * 1000.0, "runs": 0, "timed_out": True}
    result["queries"] = queries
    result["peak_rss_mb"] = round(_peak_rss_mb())
    return result


def _run_worker(args: list[str]) -> dict[str, Any]:
    done = subprocess.run([sys.executable, __file__, *args], capture_output=True, text=True,
                          check=False)
    if done.returncode != 0:
        raise SystemExit(f"worker {' '.join(args)} failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def _fmt_ms(value: float) -> str:
    return f"{value / 1000:.2f} s" if value >= 1000 else f"{value:.1f} ms"


def report(results: list[dict[str, Any]]) -> str:
    lines = []
    for r in results:
        head = (f"\n{r['engine']} — {r['stances']:,} stances: load {r['load_seconds']} s "
                f"({r['load_stances_per_s']:,} stances/s)")
        if "disk_mb" in r:
            head += (f"\n  of which checking the shards {r['check_seconds']} s; bulk loader alone "
                     f"{r['bulk_only_stances_per_s']:,} stances/s"
                     f"\n  optimize {r['optimize_seconds']} s (load + optimize "
                     f"{r['load_optimize_stances_per_s']:,} stances/s); disk {r['disk_mb_loaded']:,}"
                     f" MB loaded, {r['disk_mb']:,} MB optimized = "
                     f"{r['disk_gb_per_million']} GB per million stances")
        head += f", peak memory {r['peak_rss_mb']:,} MB"
        if "ingest_docs_per_s" in r:
            head += (f"\n  transactional ingest on top: {r['ingest_docs_per_s']:,} documents/s "
                     f"({r['ingest_stances_per_s']:,} stances/s)")
        if "map_stances_per_s" in r:
            head += (f"\n  mapping Stance → N-Quads (graph.rdf.document_nquads): "
                     f"{r['map_stances_per_s']:,} stances/s (term objects through "
                     f"document_quads: {r['map_objects_stances_per_s']:,}); {r['quads']:,} "
                     f"quads, {r['quads_per_stance']} per stance, {r['nq_bytes_per_stance']:,} "
                     f"bytes of N-Quads per stance ({r['nq_mb']:,} MB)")
        lines.append(head)
        for label, q in r["queries"].items():
            if q.get("timed_out"):
                lines.append(f"  {label:32} median  > {_fmt_ms(q['median_ms'])} "
                             "(stopped: over the time budget)")
                continue
            lines.append(f"  {label:32} median {_fmt_ms(q['median_ms']):>9}  "
                         f"(cold {_fmt_ms(q['cold_ms'])}, {q['runs']} runs, {q['rows']:,} rows)")
    by_size: dict[int, dict[str, dict[str, Any]]] = {}
    for r in results:
        by_size.setdefault(r["stances"], {})[r["engine"].split()[0]] = r
    for size, engines in sorted(by_size.items()):
        if {"oxigraph", "rdflib"} <= set(engines):
            lines.append(f"\nspeed-up of oxigraph over rdflib at {size:,} stances:")
            for label, q in engines["oxigraph"]["queries"].items():
                if label not in engines["rdflib"]["queries"]:
                    continue
                other = engines["rdflib"]["queries"][label]
                ratio = other["median_ms"] / max(q["median_ms"], 0.01)
                more = ">" if other.get("timed_out") else " "
                lines.append(f"  {label:32} {more}{ratio:8.1f}×")
    return "\n".join(lines)


def goals(results: list[dict[str, Any]]) -> str:
    """Check the goals at the largest oxigraph size."""
    ox_runs = [r for r in results if r["engine"].startswith("oxigraph")]
    if not ox_runs:
        return ""
    r = max(ox_runs, key=lambda x: x["stances"])
    out = [f"\ngoals at {r['stances']:,} stances:"]

    def check(ok: bool, text: str) -> None:
        out.append(f"  [{'ok' if ok else 'MISSED'}] {text}")

    for label, q in r["queries"].items():
        limit = 50 if label in SELECTIVE else 1000
        if "densest" in label:
            limit = 1000
        check(q["median_ms"] < limit, f"{label}: {_fmt_ms(q['median_ms'])} < {limit} ms")
    check(r["load_stances_per_s"] >= 20_000,
          f"bulk load {r['load_stances_per_s']:,} stances/s ≥ 20,000")
    check(r["disk_gb_per_million"] <= 1.5,
          f"disk after optimise {r['disk_gb_per_million']} GB per million stances ≤ 1.5")
    check(r["peak_rss_mb"] < 2048, f"peak memory {r['peak_rss_mb']:,} MB < 2,048 MB")
    same = [x for x in results if x["engine"].startswith("rdflib")]
    for rd in same:
        ox_same = next((x for x in ox_runs if x["stances"] == rd["stances"]), None)
        if ox_same is None:
            continue
        worst = min(rd["queries"][k]["median_ms"] / max(v["median_ms"], 0.01)
                    for k, v in ox_same["queries"].items() if k in rd["queries"])
        check(worst >= 10, f"oxigraph ≥ 10× faster than rdflib on every query at "
                           f"{rd['stances']:,} stances (smallest speed-up {worst:.1f}×)")
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="100000,1000000",
                        help="comma-separated numbers of stances (default: %(default)s)")
    parser.add_argument("--rdflib-sizes", default="100000",
                        help="sizes also run on rdflib's memory store; 'none' for none "
                             "(default: %(default)s; 1M needs ~15 GB there)")
    parser.add_argument("--repeat", type=int, default=7, help="warm runs per query")
    parser.add_argument("--rdflib-budget", type=int, default=300, metavar="SECONDS",
                        help="stop an rdflib query after this long (default: %(default)s)")
    parser.add_argument("--workdir", help="where to put the stores (default: a temp folder)")
    parser.add_argument("--json", help="also write the results as JSON to this file")
    parser.add_argument("--worker", choices=("oxigraph", "rdflib"), help=argparse.SUPPRESS)
    parser.add_argument("--nq", help=argparse.SUPPRESS)
    parser.add_argument("--location", help=argparse.SUPPRESS)
    parser.add_argument("--count", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    if args.worker == "oxigraph":
        print(json.dumps(worker_oxigraph(Path(args.nq), Path(args.location), args.count,
                                         args.repeat)))
        return 0
    if args.worker == "rdflib":
        print(json.dumps(worker_rdflib(Path(args.nq), args.count, args.repeat,
                                       args.rdflib_budget)))
        return 0

    sizes = [int(s) for s in args.sizes.split(",") if s]
    rdflib_sizes = set() if args.rdflib_sizes == "none" else {
        int(s) for s in args.rdflib_sizes.split(",") if s}
    workdir = Path(args.workdir or tempfile.mkdtemp(prefix="stancegraph-bench-"))
    workdir.mkdir(parents=True, exist_ok=True)
    results: list[dict[str, Any]] = []
    try:
        for size in sizes:
            shards = workdir / f"shards-{size}"
            print(f"generating {size:,} stances …", file=sys.stderr, flush=True)
            mapping = write_shards(size, shards)
            print(f"  {mapping}", file=sys.stderr, flush=True)
            print("  oxigraph …", file=sys.stderr, flush=True)
            ox_result = _run_worker(["--worker", "oxigraph", "--nq", str(shards), "--location",
                                     str(workdir / f"store-{size}"), "--count", str(size),
                                     "--repeat", str(args.repeat)])
            ox_result.update(mapping)
            results.append(ox_result)
            shutil.rmtree(workdir / f"store-{size}", ignore_errors=True)
            shutil.rmtree(shards, ignore_errors=True)
            if size in rdflib_sizes:
                nq = workdir / f"stances-{size}.nq"
                write_nquads(size, nq)
                print("  rdflib …", file=sys.stderr, flush=True)
                results.append(_run_worker(["--worker", "rdflib", "--nq", str(nq), "--count",
                                            str(size), "--repeat", str(min(args.repeat, 3)),
                                            "--rdflib-budget", str(args.rdflib_budget)]))
                nq.unlink()
    finally:
        if not args.workdir:
            shutil.rmtree(workdir, ignore_errors=True)
    print(f"stancegraph store benchmark — {os.cpu_count()} cores, Python "
          f"{sys.version.split()[0]}")
    print(report(results))
    print(goals(results))
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())

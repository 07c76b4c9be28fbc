"""How fast can Oxigraph's bulk loader take stances on this machine, and what limits it?

store_scale.py reports the bulk-load rate of the stance record as `ingest` writes it. This
script asks what that rate is made of. It writes one synthetic N-Quads file (the generator of
store_scale.py) and bulk-loads it, each time into a fresh on-disk store, in several variants:

- the full record, as store_scale.py loads it;
- the same with ``lenient=True`` (the loader skips IRI validation; our own serializer wrote
  the file);
- the same file cut in two halves given to two ``bulk_load`` calls on two threads at once
  (does a second loader add throughput, or is the machine already busy?);
- the record that DESIGN.md's RDF shape asks for and nothing more: without the evidence offsets,
  the rule name and the dyad, edge and tally index links the project adds for its queries;
- the full record with the stance nodes in the default graph instead of their document's graph
  (Oxigraph keeps a named-graph quad in six indexes, a default-graph triple in three).

For each it prints quads per stance, seconds, quads/s, stances/s, the CPU cores kept busy
(process CPU time over wall time: near the core count means the loader is CPU-bound) and the
disk per stance after loading and after one optimise (compaction).

    .venv/bin/python benchmarks/bulk_load_ceiling.py [--stances 200000] [--workdir DIR]
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from pyoxigraph import RdfFormat, Store

from benchmarks.store_scale import write_nquads
from ontology.namespace import SG, STANCE

GOAL_STANCES_PER_S = 20_000
# Predicates the project adds beyond DESIGN.md's "RDF shape" (each is one quad per stance).
BEYOND_DESIGN = (SG.evidenceStart, SG.evidenceEnd, SG.rule, SG.dyad, SG.edge, SG.tally)


def _cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def _minimal(source: Path, target: Path) -> None:
    """Copy the N-Quads file without the quads whose predicate is in BEYOND_DESIGN."""
    dropped = tuple(f"> <{p}> ".encode() for p in BEYOND_DESIGN)
    with source.open("rb") as src, target.open("wb") as out:
        out.writelines(line for line in src if not any(p in line for p in dropped))


def _default_graph(source: Path, target: Path) -> None:
    """Copy the N-Quads file with the quads about stance nodes moved to the default graph."""
    stance = f"<{STANCE}".encode()
    with source.open("rb") as src, target.open("wb") as out:
        for line in src:
            if line.startswith(stance):
                line = line[:line.rindex(b" <")] + b" .\n"
            out.write(line)


def _halves(source: Path, first: Path, second: Path) -> None:
    lines = source.read_bytes().splitlines(keepends=True)
    middle = len(lines) // 2
    first.write_bytes(b"".join(lines[:middle]))
    second.write_bytes(b"".join(lines[middle:]))


def _size(folder: Path) -> int:
    return sum(f.stat().st_size for f in folder.rglob("*") if f.is_file())


def _load(location: Path, files: list[Path], lenient: bool
          ) -> tuple[float, float, int, int, int]:
    """Bulk-load ``files`` (one thread each) into a new store, then optimise it; (wall s,
    CPU s, quads, bytes on disk loaded, bytes on disk optimised)."""
    shutil.rmtree(location, ignore_errors=True)
    store = Store(str(location))
    cpu, wall = _cpu_seconds(), time.perf_counter()
    threads = [threading.Thread(target=store.bulk_load, kwargs={
        "path": str(p), "format": RdfFormat.N_QUADS, "lenient": lenient}) for p in files]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    store.flush()
    wall, cpu = time.perf_counter() - wall, _cpu_seconds() - cpu
    quads = len(store)
    loaded = _size(location)
    store.optimize()
    optimised = _size(location)
    del store
    shutil.rmtree(location, ignore_errors=True)
    return wall, cpu, quads, loaded, optimised


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--stances", type=int, default=200_000)
    parser.add_argument("--workdir", help="where to put the files and stores (default: temp)")
    args = parser.parse_args(argv)
    workdir = Path(args.workdir or tempfile.mkdtemp(prefix="stancegraph-ceiling-"))
    workdir.mkdir(parents=True, exist_ok=True)
    full, minimal = workdir / "full.nq", workdir / "minimal.nq"
    first, second = workdir / "half-1.nq", workdir / "half-2.nq"
    default = workdir / "default-graph.nq"
    try:
        print(f"generating {args.stances:,} stances …", file=sys.stderr, flush=True)
        write_nquads(args.stances, full)
        _minimal(full, minimal)
        _halves(full, first, second)
        _default_graph(full, default)
        variants = [
            ("full record", [full], False),
            ("full record, lenient parsing", [full], True),
            ("full record, two loaders at once", [first, second], False),
            ("DESIGN.md record only", [minimal], False),
            ("DESIGN.md record only, lenient", [minimal], True),
            ("stance nodes in the default graph", [default], False),
        ]
        rows = []
        for label, files, lenient in variants:
            print(f"  {label} …", file=sys.stderr, flush=True)
            rows.append((label, *_load(workdir / "store", files, lenient)))
    finally:
        if not args.workdir:
            shutil.rmtree(workdir, ignore_errors=True)

    n = args.stances
    print(f"Oxigraph bulk load, {n:,} synthetic stances — {os.cpu_count()} cores")
    print(f"{'variant':34} {'quads/stance':>12} {'seconds':>8} {'quads/s':>9} "
          f"{'stances/s':>9} {'cores busy':>10} {'B/stance loaded':>15} {'optimised':>9}")
    for label, wall, cpu, quads, loaded, optimised in rows:
        print(f"{label:34} {quads / n:12.1f} {wall:8.1f} {quads / wall:9,.0f} "
              f"{n / wall:9,.0f} {cpu / wall:10.1f} {loaded / n:15,.0f} {optimised / n:9,.0f}")
    best = max(quads / wall for _, wall, _, quads, _, _ in rows)
    print(f"\n{GOAL_STANCES_PER_S:,} stances/s at the fastest rate seen ({best:,.0f} quads/s) "
          f"allows {best / GOAL_STANCES_PER_S:.1f} quads per stance; the full record has "
          f"{rows[0][3] / n:.1f}, the DESIGN.md record {rows[3][3] / n:.1f}.")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Bench: what `stancegraph serve` does with hostile queries (issue 16 items 1 and 2).

Ingests the bundled examples into a temporary store, starts `stancegraph serve --timeout T`
on a free port and prints, for each query: HTTP status, seconds to the answer and the peak
memory (RSS) of the front and the engine together, sampled every 20 ms; then the time for
N concurrent small queries. Usage: python benchmarks/endpoint_limits.py [--timeout 5] [-n 200]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
QUERIES = {
    "nested 3,000 {": "SELECT * WHERE " + "{" * 3000 + "}" * 3000,
    "3-way cross product, ORDER BY": "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i } "
                                     "ORDER BY ?a ?d ?g",
    "4-way cross product, COUNT(*)": "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . "
                                     "?g ?h ?i . ?j ?k ?l }",
    "SERVICE": "SELECT * WHERE { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }",
    "small (after the others)": "SELECT ?h (COUNT(*) AS ?n) WHERE { ?s sg:holder ?h } GROUP BY ?h",
}


def rss_mb(pid: int) -> float:
    try:
        with open(f"/proc/{pid}/statm", encoding="ascii") as f:
            return int(f.read().split()[1]) * 4096 / 2**20
    except (OSError, ValueError):
        return 0.0


def tree(pid: int) -> list[int]:
    out = [pid]
    for task in Path(f"/proc/{pid}/task").glob("*"):
        try:
            out += [int(x) for x in (task / "children").read_text().split()]
        except OSError:
            pass
    return out


def post(url: str, query: str, timeout: float = 120) -> tuple[int, bytes]:
    data = urllib.parse.urlencode({"query": query}).encode()
    request = urllib.request.Request(url, data=data, headers={
        "Accept": "application/sparql-results+json"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as r:
            return r.status, r.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--timeout", type=float, default=5)
    ap.add_argument("-n", type=int, default=200, help="concurrent queries")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        store = Path(tmp) / "store"
        subprocess.run([sys.executable, "-m", "stancegraph", "ingest", str(REPO / "examples"),
                        "--store", str(store), "--quiet"], check=True, cwd=REPO)
        serve = subprocess.Popen([sys.executable, "-m", "stancegraph", "serve", "--store",
                                  str(store), "--port", "0", "--timeout", str(args.timeout)],
                                 stdout=subprocess.PIPE, text=True, cwd=REPO)
        try:
            assert serve.stdout is not None
            url = serve.stdout.readline().split()[-1]
            print(f"serve --timeout {args.timeout:g}: {url}")
            for name, query in QUERIES.items():
                peak = 0.0
                done = threading.Event()

                def watch(done: threading.Event = done) -> None:
                    nonlocal peak
                    while not done.is_set():
                        peak = max(peak, sum(rss_mb(p) for p in tree(serve.pid)))
                        time.sleep(0.02)

                watcher = threading.Thread(target=watch)
                watcher.start()
                started = time.monotonic()
                status, body = post(url, query)
                seconds = time.monotonic() - started
                done.set()
                watcher.join()
                print(f"  {name:32} HTTP {status}  {seconds:6.2f} s  peak {peak:7.0f} MB  "
                      f"{body[:60]!r}")
                time.sleep(0.5)  # the engine restarts after a cancellation
            small = QUERIES["small (after the others)"]
            started = time.monotonic()
            with ThreadPoolExecutor(max_workers=args.n) as pool:
                statuses = [s for s, _ in pool.map(lambda _: post(url, small), range(args.n))]
            print(f"  {args.n} concurrent small queries: {statuses.count(200)} x HTTP 200 in "
                  f"{time.monotonic() - started:.2f} s; serve alive: {serve.poll() is None}")
        finally:
            serve.terminate()
            serve.wait(timeout=15)


if __name__ == "__main__":
    main()

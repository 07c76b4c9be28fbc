"""`stancegraph serve`: a read-only SPARQL 1.1 endpoint on 127.0.0.1 over the embedded store.

It runs the Oxigraph server of the `oxigraph` package (`oxigraph serve-read-only`) with the
union of all graphs as default graph, so `?a sg:urgesRestraint ?b` works as on the command line.
Do not ingest into the same folder while it runs: Oxigraph does not support a reader next to a
writer of another process.
"""

from __future__ import annotations

import argparse
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from extract.errors import StancegraphError

NAME = "serve"
HELP = "serve the store read-only as a SPARQL 1.1 endpoint on 127.0.0.1"
LOOPBACK = ("127.0.0.1", "localhost", "::1")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--port", type=int, default=7878, help="port (0: any free port)")
    parser.add_argument("--host", default="127.0.0.1", choices=LOOPBACK,
                        help="loopback address to listen on (default: %(default)s)")
    parser.add_argument("--timeout", type=int, default=60, metavar="SECONDS",
                        help="cancel queries that run longer (default: %(default)s)")


def oxigraph_binary() -> str:
    beside = Path(sys.executable).parent / "oxigraph"
    if beside.exists():
        return str(beside)
    found = shutil.which("oxigraph")
    if found is None:
        raise StancegraphError("the oxigraph server is not installed (pip install oxigraph)")
    return found


def free_port(host: str = "127.0.0.1") -> int:
    with socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET) as s:
        s.bind((host, 0))
        return int(s.getsockname()[1])


def wait_ready(url: str, process: subprocess.Popen[bytes], seconds: float = 30) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise StancegraphError(f"the SPARQL server stopped at start (exit {process.returncode})")
        try:
            with urllib.request.urlopen(url + "?query=ASK%7B%7D", timeout=2):
                return
        except OSError:
            time.sleep(0.05)
    raise StancegraphError(f"the SPARQL server did not answer on {url} within {seconds:.0f} s")


def run(args: argparse.Namespace) -> int:
    from graph.store import EmbeddedStore, open_store

    if str(args.store).startswith(("http://", "https://")):
        raise StancegraphError("serve works on an embedded store folder, not on a URL")
    # Bring the vocabulary up to date while we may still write, then release the folder.
    with open_store(args.store, create=False) as store:
        assert isinstance(store, EmbeddedStore)
        store.ensure_vocabulary()
    port = args.port or free_port(args.host)
    host = f"[{args.host}]" if ":" in args.host else args.host
    command = [oxigraph_binary(), "serve-read-only", "--location", str(args.store),
               "--bind", f"{host}:{port}", "--union-default-graph",
               "--timeout-s", str(args.timeout)]
    def stop(signum: int, _frame: object) -> None:
        # SIGTERM would end Python without running `finally`, orphaning the server
        raise SystemExit(0)

    previous = signal.signal(signal.SIGTERM, stop)
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL)
    try:
        url = f"http://{host}:{port}/query"
        wait_ready(url, process)
        print(f"SPARQL endpoint (read-only): {url}", flush=True)
        print("stop with Ctrl-C", file=sys.stderr, flush=True)
        return process.wait()
    except KeyboardInterrupt:
        return 0
    finally:
        signal.signal(signal.SIGTERM, previous)
        if process.poll() is None:
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()

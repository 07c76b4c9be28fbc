"""`stancegraph serve`: a read-only SPARQL 1.1 endpoint on 127.0.0.1 over the embedded store.

The Oxigraph server of the `oxigraph` package (`oxigraph serve-read-only`, union of all graphs
as default graph) runs behind a front process (graph/endpoint.py) that checks Host, Origin,
query size, nesting and SERVICE, predeclares the project's prefixes, serves the query page and
enforces the timeout and a memory limit by cancelling the engine. While it runs, the folder is
marked as served and `ingest` refuses to write into it (the server would not see the change).
"""

from __future__ import annotations

import argparse
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from ontology.errors import StancegraphError

NAME = "serve"
HELP = "serve the store read-only as a SPARQL 1.1 endpoint on 127.0.0.1"
LOOPBACK = ("127.0.0.1", "localhost", "::1")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--port", type=int, default=7878, help="port (0: any free port)")
    parser.add_argument("--host", default="127.0.0.1", choices=LOOPBACK,
                        help="loopback address to listen on (default: %(default)s)")
    parser.add_argument("--timeout", type=float, default=60, metavar="SECONDS",
                        help="cancel queries that run longer (default: %(default)s)")
    parser.add_argument("--memory-mb", type=int, default=1536, metavar="MB",
                        help="cancel the running queries when the query engine grows over this "
                             "(default: %(default)s)")
    parser.add_argument("--allow-service", action="store_true",
                        help="allow SERVICE (queries sent on to other endpoints); refused by "
                             "default")
    parser.add_argument("--allow-host", action="append", default=[], metavar="NAME",
                        help="also answer requests for this Host name (default: loopback "
                             "names only, against DNS rebinding)")


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
    from graph.endpoint import LOOPBACK_NAMES, Limits, serve
    from graph.store import EmbeddedStore, ServedError, hold_serve_lock, open_store

    if str(args.store).startswith(("http://", "https://")):
        raise StancegraphError("serve works on an embedded store folder, not on a URL")
    if args.timeout <= 0 or args.memory_mb < 64:
        raise StancegraphError("--timeout must be positive and --memory-mb at least 64")
    # Bring the vocabulary up to date while we may still write, then release the folder
    # (a store that another serve already serves has it up to date).
    try:
        with open_store(args.store, create=False) as store:
            assert isinstance(store, EmbeddedStore)
            store.ensure_vocabulary()
    except ServedError:
        pass
    lock = hold_serve_lock(args.store)
    limits = Limits(timeout=args.timeout, memory_mb=args.memory_mb,
                    allow_service=args.allow_service,
                    hosts=LOOPBACK_NAMES + tuple(h.lower() for h in args.allow_host))

    def ready(url: str) -> None:
        print(f"SPARQL endpoint (read-only): {url}query", flush=True)
        print(f"query page: {url}", flush=True)
        print("stop with Ctrl-C", file=sys.stderr, flush=True)

    try:
        serve(oxigraph_binary(), str(args.store), args.host, args.port, limits, ready)
    except OSError as exc:
        raise StancegraphError(f"cannot listen on {args.host}:{args.port}: "
                               f"{exc.strerror or exc}") from None
    finally:
        lock.close()
    return 0

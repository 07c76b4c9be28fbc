"""Stage graph, serving: the front process of `stancegraph serve` (a read-only SPARQL endpoint).

    client ──► front (this module, 127.0.0.1:PORT) ──► oxigraph serve-read-only (child,
               Host/Origin, size, nesting,              127.0.0.1:private port, union graph)
               SERVICE, prefixes, deadline,
               memory watchdog, query page

Oxigraph's server alone can be taken down by one request (3,000 nested `{` overflow its stack),
does not hold its own ``--timeout-s`` (a cross product grew to 23.7 GB), answers any Host (DNS
rebinding) and any Origin (a form POST from a web page), and follows SERVICE to any URL. The
front checks every query before the engine parses it (:func:`graph.sparql.check_query`),
predeclares the project's prefixes (so queries of `stancegraph query` work unchanged), and
watches the child: a query still running at its deadline, or a child over its memory limit, is
cancelled by killing the child, which is started again at once (queries running at that moment
get 503 and may be retried). The child dies with the front on any signal (PR_SET_PDEATHSIG from
a supervisor thread that lives as long as the process, and its own process group), and cannot
grow past its address-space limit (RLIMIT_AS) even between two looks of the watchdog.

``GET /`` is the query page: the prefixes and the named queries of ontology/queries as a menu,
offline (no CDN). ``/query`` speaks the SPARQL 1.1 protocol (GET ?query=, POST form or
application/sparql-query). Nothing else is served; updates are refused.
"""

from __future__ import annotations

import ctypes
import html
import http.client
import http.server
import json
import os
import re
import resource
import signal
import socket
import subprocess
import threading
import time
import urllib.parse
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from graph import sparql
from ontology.errors import StancegraphError

LOOPBACK_NAMES = ("127.0.0.1", "localhost", "::1")
PAGE_TEMPLATE = Path(__file__).resolve().parent.parent / "output" / "templates" / "endpoint.html"
MAX_BODY = 1 << 20  # a query over HTTP: 1 MiB is far above any real one
WATCH_SECONDS = 0.05
_PR_SET_PDEATHSIG = 1
_LIBC = ctypes.CDLL(None, use_errno=True)  # resolved before any fork


@dataclass
class Limits:
    timeout: float = 60.0
    memory_mb: int = 1536
    max_depth: int = sparql.MAX_DEPTH
    max_chars: int = MAX_BODY
    allow_service: bool = False
    hosts: tuple[str, ...] = LOOPBACK_NAMES


def _die_with_parent() -> None:
    """In the child before exec: killed when the front dies (even by SIGKILL), own process
    group (a signal to the terminal's group reaches the front, which stops the child)."""
    _LIBC.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    os.setpgid(0, 0)


def _rss_mb(pid: int) -> float:
    try:
        with open(f"/proc/{pid}/statm", encoding="ascii") as f:
            pages = int(f.read().split()[1])
    except (OSError, ValueError, IndexError):
        return 0.0
    return pages * os.sysconf("SC_PAGE_SIZE") / 2**20


@dataclass
class _Request:
    started: float
    cancelled: str | None = None


@dataclass
class Engine:
    """The oxigraph child: started, watched, killed and started again by one supervisor
    thread (the thread that forks must outlive the child for PR_SET_PDEATHSIG)."""

    binary: str
    location: str
    limits: Limits
    port: int = 0
    process: subprocess.Popen[bytes] | None = None
    ready: threading.Event = field(default_factory=threading.Event)
    stopping: threading.Event = field(default_factory=threading.Event)
    inflight: dict[int, _Request] = field(default_factory=dict)
    lock: threading.Lock = field(default_factory=threading.Lock)
    restarts: int = 0
    kills: list[str] = field(default_factory=list)

    def command(self) -> list[str]:
        return [self.binary, "serve-read-only", "--location", self.location,
                "--bind", f"127.0.0.1:{self.port}", "--union-default-graph",
                "--timeout-s", str(max(1, int(self.limits.timeout)))]

    def _spawn(self) -> None:
        limit = self.limits.memory_mb * 2**20

        def setup() -> None:
            _die_with_parent()
            # a backstop for growth between two looks of the watchdog (which holds the real
            # limit on resident memory): address space is also taken by RocksDB's mappings and
            # the reserved stacks of the engine's threads (8 MB each, 200 queries at once)
            resource.setrlimit(resource.RLIMIT_AS, (limit + (8 << 30), limit + (8 << 30)))

        # preexec_fn runs only async-signal-safe calls here (prctl, setpgid, setrlimit: no
        # import, no lock), so it is safe although the front has threads
        self.process = subprocess.Popen(
            self.command(), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            preexec_fn=setup)  # noqa: PLW1509
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and self.process.poll() is None:
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=1):
                    self.ready.set()
                    return
            except OSError:
                time.sleep(0.02)
        raise StancegraphError(f"the SPARQL engine did not start (exit {self.process.poll()})")

    def start(self) -> None:
        errors: list[BaseException] = []
        started = threading.Event()

        def supervise() -> None:
            try:
                self._spawn()
            except (StancegraphError, OSError) as exc:  # reported to start()
                errors.append(exc)
                started.set()
                return
            started.set()
            while not self.stopping.is_set():
                self._watch_once()
                if self.process is not None and self.process.poll() is not None \
                        and not self.stopping.is_set():
                    self.ready.clear()
                    self.restarts += 1
                    try:
                        self._spawn()
                    except StancegraphError:
                        time.sleep(0.5)
                time.sleep(WATCH_SECONDS)

        threading.Thread(target=supervise, name="sparql-engine", daemon=True).start()
        started.wait()
        if errors:
            raise errors[0]

    def _watch_once(self) -> None:
        process = self.process
        if process is None or process.poll() is not None:
            return
        now = time.monotonic()
        reason = None
        with self.lock:
            late = [r for r in self.inflight.values()
                    if r.cancelled is None and now - r.started > self.limits.timeout]
            if late:
                reason = f"timeout: cancelled after {self.limits.timeout:g} s"
            elif _rss_mb(process.pid) > self.limits.memory_mb:
                reason = f"memory: the query engine went over {self.limits.memory_mb} MB"
            if reason:
                for r in self.inflight.values():
                    r.cancelled = r.cancelled or reason
        if reason:
            self.kills.append(reason)
            self.ready.clear()
            process.kill()
            process.wait()

    def stop(self) -> None:
        self.stopping.set()
        process = self.process
        if process is not None and process.poll() is None:
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()

    def ask(self, query: str, accept: str) -> tuple[int, str, bytes]:
        """(status, content type, body) of ``query`` from the engine, within the deadline."""
        request = _Request(time.monotonic())
        key = id(request)
        with self.lock:
            self.inflight[key] = request
        try:
            if not self.ready.wait(timeout=max(self.limits.timeout, 10)):
                return 503, "text/plain", b"the query engine is restarting; retry\n"
            conn = http.client.HTTPConnection("127.0.0.1", self.port,
                                              timeout=self.limits.timeout + 5)
            try:
                conn.request("POST", "/query", body=query.encode("utf-8"), headers={
                    "Content-Type": "application/sparql-query; charset=utf-8",
                    "Accept": accept or "application/sparql-results+json"})
                response = conn.getresponse()
                body = response.read()
                status, ctype = response.status, response.getheader("Content-Type", "")
            except (OSError, http.client.HTTPException):
                status, ctype, body = 503, "text/plain", b""
            finally:
                conn.close()
            if request.cancelled:
                text = request.cancelled
                if not text.startswith("timeout"):
                    text += " (this or another query)"
                return 503, "text/plain", f"query cancelled: {text}\n".encode()
            if status == 503 and not body:
                body = b"the query engine stopped; retry\n"
            return status, ctype, body
        finally:
            with self.lock:
                self.inflight.pop(key, None)


def _host_name(value: str) -> str:
    value = value.strip().lower()
    if value.startswith("["):
        return value[1:value.find("]")] if "]" in value else value
    return value.rsplit(":", 1)[0] if value.count(":") == 1 else value


def page(title: str = "stancegraph SPARQL endpoint") -> bytes:
    """The query page: the project's prefixes and the named queries as examples, inline."""
    from ontology.namespace import PREFIXES

    examples = []
    for name in sparql.query_names():
        q = sparql.named_query(name)
        examples.append({"name": name, "description": q.description,
                         "query": _example_text(q)})
    data = {"prefixes": PREFIXES, "examples": examples}
    template = PAGE_TEMPLATE.read_text(encoding="utf-8")
    blob = json.dumps(data, ensure_ascii=False).replace("</", "<\\/")
    return (template.replace("{{TITLE}}", html.escape(title))
            .replace("{{DATA}}", blob)).encode("utf-8")


_EG = re.compile(r"e\.g\.\s*(\S+)")
_KIND_EXAMPLE = {"actor": "RUS", "days": "2024-01-01..2025-12-31", "date": "2024-01-01",
                 "type": "urges_restraint", "property": "urges_restraint", "integer": "10",
                 "string": "", "boolean": "true", "decimal": "0"}


def _example_text(q: sparql.NamedQuery) -> str:
    """A named query as runnable text: required parameters get the example of their
    documentation (``e.g. RUS``) or of their kind; the others stay unbound."""
    values: dict[str, Any] = {}
    for p in q.params:
        if p.optional:
            continue
        m = _EG.search(p.doc)
        value = m.group(1).rstrip(").,") if m else _KIND_EXAMPLE.get(p.kind)
        if value is None:
            return q.text
        values[p.name] = value
    try:
        return q.prepare(values).strip()
    except StancegraphError:
        return q.text


class Front(http.server.ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 1024
    allow_reuse_address = True

    def __init__(self, address: tuple[str, int], engine: Engine, limits: Limits) -> None:
        family = socket.AF_INET6 if ":" in address[0] else socket.AF_INET
        self.address_family = family
        super().__init__(address, Handler)
        self.engine = engine
        self.limits = limits
        self.page = page()


class Handler(http.server.BaseHTTPRequestHandler):
    server: Front
    protocol_version = "HTTP/1.1"
    server_version = "stancegraph"

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def _send(self, status: int, body: bytes, ctype: str = "text/plain; charset=utf-8") -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("Cache-Control", "no-store")
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def _refuse(self, status: int, message: str) -> None:
        self._send(status, (message + "\n").encode("utf-8"))

    def _allowed(self) -> bool:
        hosts = self.server.limits.hosts
        host = self.headers.get("Host")
        if host is None or _host_name(host) not in hosts:
            self._refuse(403, f"Host {host!r} refused: this endpoint answers to "
                              f"{', '.join(hosts)} only")
            return False
        origin = self.headers.get("Origin")
        if origin is not None:
            parsed = urllib.parse.urlsplit(origin)
            if parsed.scheme not in ("http", "https") or (parsed.hostname or "") not in hosts:
                self._refuse(403, f"Origin {origin!r} refused: only pages of this endpoint may "
                                  "send queries")
                return False
        return True

    def do_HEAD(self) -> None:
        self.do_GET()

    def do_GET(self) -> None:
        if not self._allowed():
            return
        url = urllib.parse.urlsplit(self.path)
        if url.path in ("/", "/index.html"):
            self._send(200, self.server.page, "text/html; charset=utf-8")
            return
        if url.path != "/query":
            self._refuse(404, "not found: the endpoint is /query, its page /")
            return
        if len(url.query) > 3 * self.server.limits.max_chars:
            self._refuse(413, "query too long")
            return
        query = urllib.parse.parse_qs(url.query).get("query", [None])[0]
        self._run(query)

    def do_POST(self) -> None:
        if not self._allowed():
            return
        if urllib.parse.urlsplit(self.path).path != "/query":
            self._refuse(405 if self.path.startswith(("/update", "/store")) else 404,
                         "read-only endpoint: only queries on /query")
            return
        try:
            length = int(self.headers.get("Content-Length", "0"))
        except ValueError:
            length = -1
        if length < 0 or length > 3 * self.server.limits.max_chars:
            self.close_connection = True
            self._refuse(413, f"request body of {length} bytes refused (limit "
                              f"{self.server.limits.max_chars} characters of query)")
            return
        body = self.rfile.read(length).decode("utf-8", errors="replace")
        ctype = self.headers.get("Content-Type", "").split(";")[0].strip().lower()
        if ctype == "application/sparql-query":
            query: str | None = body
        elif ctype == "application/x-www-form-urlencoded":
            query = urllib.parse.parse_qs(body).get("query", [None])[0]
        else:
            self._refuse(415, "send application/sparql-query or a form with a query field")
            return
        self._run(query)

    def _run(self, query: str | None) -> None:
        limits = self.server.limits
        if not query:
            self._refuse(400, "no query")
            return
        try:
            sparql.check_query(query, allow_service=limits.allow_service,
                               max_depth=limits.max_depth, max_chars=limits.max_chars)
        except StancegraphError as exc:
            self._refuse(400, str(exc))
            return
        text = sparql.prefix_header() + query
        status, ctype, body = self.server.engine.ask(text, self.headers.get("Accept", ""))
        self._send(status, body, ctype or "text/plain; charset=utf-8")


def serve(binary: str, location: str, host: str, port: int, limits: Limits,
          on_ready: Any = None) -> None:
    """Run the endpoint until a signal; ``on_ready(url)`` is called once it answers."""
    engine = Engine(binary, location, limits)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        engine.port = s.getsockname()[1]
    front = Front((host, port), engine, limits)
    engine.start()

    def stop(signum: int, _frame: object) -> None:
        threading.Thread(target=front.shutdown, daemon=True).start()

    previous = {sig: signal.signal(sig, stop)
                for sig in (signal.SIGTERM, signal.SIGHUP, signal.SIGINT, signal.SIGQUIT)}
    try:
        if on_ready is not None:
            bound = front.server_address[1]
            name = f"[{host}]" if ":" in host else host
            on_ready(f"http://{name}:{bound}/")
        front.serve_forever(poll_interval=0.2)
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
        front.server_close()
        engine.stop()

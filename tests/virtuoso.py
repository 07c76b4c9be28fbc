"""A real Virtuoso 7 (Debian's virtuoso-opensource-7-bin) on 127.0.0.1 for the remote-store
tests and benchmarks/virtuoso_load.py: a temp virtuoso.ini with free ports, a temp database
folder, `virtuoso-t +foreground`, update rights for the anonymous SPARQL user, and a stop()
that ends the server and nothing else.

Imported by tests/test_remote_store.py and the benchmark (not a conftest fixture file, so that
no shared file is contended); the pytest fixture lives in tests/conftest.py.
"""

from __future__ import annotations

import shutil
import socket
import subprocess
import time
import urllib.error
import urllib.request
from pathlib import Path

VIRTUOSO_PACKAGE = "virtuoso-opensource-7-bin"
VIRTUOSO_SETUP = f"sudo apt-get install -y {VIRTUOSO_PACKAGE}"
SERVER = "virtuoso-t"
ISQL = "isql-vt"  # Debian's name for Virtuoso's isql (isql is unixODBC's)


def missing() -> str | None:
    """Why Virtuoso cannot be started here (a skip reason naming the package), or None."""
    absent = [name for name in (SERVER, ISQL) if shutil.which(name) is None]
    if absent:
        return (f"Virtuoso is not installed ({' and '.join(absent)} not found; Debian package "
                f"{VIRTUOSO_PACKAGE})")
    return None


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


INI = """\
[Database]
DatabaseFile = {db}/virtuoso.db
ErrorLogFile = {db}/virtuoso.log
LockFile = {db}/virtuoso.lck
TransactionFile = {db}/virtuoso.trx
xa_persistent_file = {db}/virtuoso.pxa
ErrorLogLevel = 7
FileExtend = 200
MaxCheckpointRemap = 2000
Striping = 0
TempStorage = TempDatabase

[TempDatabase]
DatabaseFile = {db}/virtuoso-temp.db
TransactionFile = {db}/virtuoso-temp.trx
MaxCheckpointRemap = 2000
Striping = 0

[Parameters]
ServerPort = 127.0.0.1:{sql_port}
DisableUnixSocket = 1
MaxClientConnections = 10
CheckpointInterval = 60
NumberOfBuffers = {buffers}
MaxDirtyBuffers = {dirty}
DirsAllowed = {dirs}
ThreadsPerQuery = 2
AsyncQueueMaxThreads = 4

[HTTPServer]
ServerPort = 127.0.0.1:{http_port}
ServerRoot = {db}/www
MaxClientConnections = 5
ServerThreads = 5

[SPARQL]
ResultSetMaxRows = {max_rows}
MaxQueryExecutionTime = {max_seconds}
MaxQueryCostEstimationTime = 0
DefaultQuery = SELECT 1
"""


class VirtuosoServer:
    """A fresh Virtuoso in ``folder`` on 127.0.0.1 and two free ports (SQL and HTTP).

    ``url`` is its SPARQL endpoint (queries and updates); the anonymous SPARQL user may update.
    ``load_dirs`` are folders the bulk loader may read (Virtuoso's DirsAllowed); ``buffers`` is
    its page cache in 8 KiB pages; ``max_rows`` its ResultSetMaxRows (the most rows an answer
    may have), ``max_seconds`` its MaxQueryExecutionTime.
    """

    def __init__(self, folder: Path, *, buffers: int = 20_000, max_rows: int = 1_000_000,
                 max_seconds: int = 120, load_dirs: tuple[Path, ...] = (),
                 start_timeout: float = 120) -> None:
        reason = missing()
        if reason:
            raise RuntimeError(reason)
        self.folder = Path(folder).resolve()
        (self.folder / "www").mkdir(parents=True, exist_ok=True)
        self.sql_port, self.http_port = free_port(), free_port()
        self.url = f"http://127.0.0.1:{self.http_port}/sparql"
        dirs = ", ".join([".", str(self.folder), *(str(Path(d).resolve()) for d in load_dirs)])
        self.ini = self.folder / "virtuoso.ini"
        self.ini.write_text(INI.format(db=self.folder, sql_port=self.sql_port,
                                       http_port=self.http_port, buffers=buffers,
                                       dirty=buffers * 3 // 4, dirs=dirs, max_rows=max_rows,
                                       max_seconds=max_seconds),
                            encoding="utf-8")
        self.log = open(self.folder / "server.out", "wb")  # noqa: SIM115
        self.process = subprocess.Popen(
            [SERVER, "+foreground", "+configfile", str(self.ini)], cwd=self.folder,
            stdin=subprocess.DEVNULL, stdout=self.log, stderr=subprocess.STDOUT)
        try:
            self._wait(start_timeout)
            self.isql('GRANT SPARQL_UPDATE TO "SPARQL";')
        except BaseException:
            self.stop()
            raise

    def _wait(self, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        probe = self.url + "?query=ASK%7B%7D"
        while True:
            if self.process.poll() is not None:
                raise RuntimeError(f"virtuoso-t exited with {self.process.returncode}: "
                                   f"{self.tail()}")
            try:
                with urllib.request.urlopen(probe, timeout=2):
                    return
            except (urllib.error.URLError, OSError):
                if time.monotonic() > deadline:
                    raise RuntimeError(f"Virtuoso did not answer within {timeout:.0f} s: "
                                       f"{self.tail()}") from None
                time.sleep(0.2)

    def isql(self, *statements: str, timeout: float = 3600) -> str:
        """Run SQL statements through isql-vt as dba; their output. Fails on an error."""
        script = "\n".join(statements) + "\n"
        done = subprocess.run(
            [ISQL, f"127.0.0.1:{self.sql_port}", "dba", "dba", "VERBOSE=OFF", "BANNER=OFF",
             "PROMPT=OFF", "ERRORS=STDOUT"],
            input=script, capture_output=True, text=True, timeout=timeout, check=False)
        out = done.stdout + done.stderr
        if done.returncode != 0 or "*** Error" in out:
            raise RuntimeError(f"isql-vt failed ({done.returncode}): {out.strip()[:500]}")
        return out

    def tail(self, lines: int = 5) -> str:
        try:
            text = (self.folder / "server.out").read_text(encoding="utf-8", errors="replace")
        except OSError:
            return ""
        return " | ".join(text.strip().splitlines()[-lines:])

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.log.close()

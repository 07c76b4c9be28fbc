"""Fixtures of the graph tests: synthetic documents and stances, stores, a real Oxigraph server.

Imported by the graph test modules (not a conftest, so that no shared file is contended).
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from extract.record import Document, Stance
from graph.store import EmbeddedStore, open_store

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SEEDS = SHARED / "corpus" / "seeds"
DEV = SHARED / "corpus" / "dev"
EXAMPLES = REPO / "examples"
PYTHON = sys.executable
STANCEGRAPH = [PYTHON, "-m", "stancegraph"]


def require_corpus(*folders: Path) -> None:
    for folder in folders:
        if not (folder / "index.jsonl").is_file():
            pytest.skip(f"{folder} is absent (../shared is not checked out beside the repo)")


def make_document(n: int = 0, *, date: str | None = "2022-11-22", lang: str = "en",
                  outlet: str | None = "RT Arabic", title: str | None = "Astana talks",
                  extra: str = "") -> Document:
    text = (f"Report {n}. Lavrentiev urged Turkey to show restraint. "
            f"Russia did not condemn Turkey. Russia called for a political solution.{extra}")
    return Document(doc_id=Document.make_id(text), text=text, path=f"/corpus/doc{n:05d}.txt",
                    title=title, date=date, outlet=outlet, lang=lang)


def _span(doc: Document, sentence: str) -> tuple[int, int]:
    start = doc.text.index(sentence)
    return start, start + len(sentence)


def make_stances(doc: Document, **changes: object) -> list[Stance]:
    """Three stances of ``doc``: an edge, a negated one, and a targetless one."""
    s1, e1 = _span(doc, "Lavrentiev urged Turkey to show restraint.")
    s2, e2 = _span(doc, "Russia did not condemn Turkey.")
    s3, e3 = _span(doc, "Russia called for a political solution.")
    base = {"doc_id": doc.doc_id, "lang": doc.lang or "en", "date": doc.date}
    out = [
        Stance(holder="RUS", stance_type="urges_restraint", target="TUR",
               evidence=doc.text[s1:e1], start=s1, end=e1, rule="en.urge.restraint",
               speaker="Alexander Lavrentiev", confidence=0.9, **base),  # type: ignore[arg-type]
        Stance(holder="RUS", stance_type="condemns", target="TUR", evidence=doc.text[s2:e2],
               start=s2, end=e2, rule="en.condemn", negated=True, confidence=0.7,
               **base),  # type: ignore[arg-type]
        Stance(holder="RUS", stance_type="calls_for_dialogue", target=None,
               evidence=doc.text[s3:e3], start=s3, end=e3, rule="en.dialogue",
               topic="a political solution", confidence=0.6, **base),  # type: ignore[arg-type]
    ]
    if changes:
        from dataclasses import replace

        out = [replace(s, **changes) for s in out]  # type: ignore[arg-type]
    return out


@pytest.fixture
def store(tmp_path: Path) -> Iterator[EmbeddedStore]:
    s = open_store(tmp_path / "store")
    assert isinstance(s, EmbeddedStore)
    try:
        yield s
    finally:
        s.close()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def oxigraph_binary() -> str:
    beside = Path(PYTHON).parent / "oxigraph"
    found = str(beside) if beside.exists() else shutil.which("oxigraph")
    if not found:
        pytest.skip("the oxigraph server (PyPI package oxigraph) is not installed")
    return found


class OxigraphServer:
    """A real `oxigraph serve` on 127.0.0.1 and a free port, stopped by stop()."""

    def __init__(self, location: Path, *, timeout_s: int | None = None,
                 read_only: bool = False) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        command = [oxigraph_binary(), "serve-read-only" if read_only else "serve",
                   "--location", str(location), "--bind", f"127.0.0.1:{self.port}"]
        if read_only:
            command.append("--union-default-graph")
        if timeout_s is not None:
            command += ["--timeout-s", str(timeout_s)]
        self.process = subprocess.Popen(command, stdout=subprocess.DEVNULL,
                                        stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 30
        while True:
            if self.process.poll() is not None:
                raise RuntimeError(f"oxigraph serve exited with {self.process.returncode}")
            try:
                with urllib.request.urlopen(self.url + "/query?query=ASK%7B%7D", timeout=2):
                    break
            except OSError:
                if time.monotonic() > deadline:
                    self.stop()
                    raise RuntimeError("oxigraph serve did not start") from None
                time.sleep(0.05)

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


@pytest.fixture(scope="module")
def oxigraph_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[OxigraphServer]:
    server = OxigraphServer(tmp_path_factory.mktemp("oxigraph") / "data")
    try:
        yield server
    finally:
        server.stop()


def run_cli(*args: str, cwd: Path | None = None, timeout: float = 300
            ) -> subprocess.CompletedProcess[str]:
    """`python -m stancegraph ARGS` in a subprocess (a real process, as a user runs it)."""
    env = dict(os.environ, PYTHONPATH=str(REPO))
    return subprocess.run([*STANCEGRAPH, *args], capture_output=True, text=True, cwd=cwd,
                          env=env, timeout=timeout, check=False)


def write_synthetic_corpus(folder: Path, count: int, date: str = "2024-01-01") -> Path:
    """``count`` short English news texts, each with stances the extractor finds, and a
    manifest giving their date and outlet."""
    import json

    pairs = [("Russia", "Turkey"), ("Egypt", "Israel"), ("Qatar", "Iran"), ("France", "Syria"),
             ("China", "Ukraine")]
    folder.mkdir(parents=True, exist_ok=True)
    lines = []
    for i in range(count):
        a, b = pairs[i % len(pairs)]
        name = f"doc{i:05d}.txt"
        (folder / name).write_text(
            f"Report number {i}.\n\n{a} urged {b} to show restraint on day {i}. The foreign "
            f"minister of {a} condemned {b} for the attack number {i}.\n", encoding="utf-8")
        lines.append(json.dumps({"doc": name, "date": date, "outlet": "Synthetic Wire",
                                 "lang": "en"}))
    (folder / "index.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return folder

"""`extract` and `ingest` on several worker processes (extract/workers.py): the same records
in the same order as one process, the same store, bad inputs reported by name, a worker that
dies reported in one line, and the option's own errors."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.corpus import DEV, require
from tests.graph_fixtures import run_cli

REPO = Path(__file__).resolve().parents[1]
GENERATED = "http://www.w3.org/ns/prov#generatedAtTime"


def _copies(folder: Path, count: int) -> list[Path]:
    """The dev corpus copied to ``count`` documents (each copy a new text), with a manifest
    giving each its original's date, outlet and language."""
    require(DEV)
    folder.mkdir(parents=True, exist_ok=True)
    index = {json.loads(line)["doc"]: json.loads(line)
             for line in (DEV / "index.jsonl").read_text(encoding="utf-8").splitlines()
             if line.strip()}
    sources = sorted(DEV.glob("d*.txt"))
    entries = []
    for i in range(count):
        src = sources[i % len(sources)]
        name = f"w{i:03d}.txt"
        (folder / name).write_text(src.read_text(encoding="utf-8") + f"\n\n({i})\n",
                                   encoding="utf-8")
        entries.append({**index.get(src.name, {}), "doc": name})
    (folder / "index.jsonl").write_text(
        "".join(json.dumps(e, ensure_ascii=False) + "\n" for e in entries), encoding="utf-8")
    return sources


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """120 copies of the dev documents, an empty file and a JSON Lines file with one bad
    line among good ones."""
    folder = tmp_path_factory.mktemp("workers-corpus")
    sources = _copies(folder, 120)
    (folder / "w050_empty.txt").write_bytes(b"")
    rows = [{"doc": f"j{n}", "text": sources[n].read_text(encoding="utf-8") + "\n\n(feed)",
             "date": f"2024-05-0{n + 1}", "outlet": "Wire"} for n in range(2)]
    (folder / "w060_feed.jsonl").write_text(
        json.dumps(rows[0], ensure_ascii=False) + "\n{not json\n"
        + json.dumps(rows[1], ensure_ascii=False) + "\n", encoding="utf-8")
    return folder


def _store_lines(store: Path) -> set[str]:
    """Every quad of an embedded store, extraction time left out (it differs per run)."""
    from pyoxigraph import Store

    st = Store.read_only(str(store))
    return {str(q) for q in st if str(q.predicate) != f"<{GENERATED}>"}


def test_extract_on_two_workers_prints_the_records_of_one_process_in_order(
        corpus: Path) -> None:
    one = run_cli("extract", "--workers", "1", str(corpus))
    two = run_cli("extract", "--workers", "2", str(corpus))
    assert one.returncode == two.returncode == 1  # the empty file and the bad JSON line
    assert len(one.stdout.splitlines()) > 1000
    assert two.stdout == one.stdout
    # the same problems, each named by its file, and no traceback
    assert sorted(two.stderr.splitlines()) == sorted(one.stderr.splitlines())
    assert "w050_empty.txt" in two.stderr and "w060_feed.jsonl:2" in two.stderr
    assert "Traceback" not in two.stderr


def test_ingest_on_two_workers_stores_what_one_process_stores(corpus: Path,
                                                              tmp_path: Path) -> None:
    one = run_cli("ingest", "--quiet", "--workers", "1", "--store", str(tmp_path / "one"),
                  str(corpus))
    two = run_cli("ingest", "--quiet", "--workers", "2", "--store", str(tmp_path / "two"),
                  str(corpus))
    assert one.returncode == two.returncode == 1, two.stderr
    assert "Traceback" not in two.stderr
    assert two.stderr.splitlines()[-1].split(" written ")[0] == \
        one.stderr.splitlines()[-1].split(" written ")[0]  # the same counts
    lines = _store_lines(tmp_path / "two")
    assert len(lines) > 10_000
    assert lines == _store_lines(tmp_path / "one")
    # and again: every document unchanged, nothing written
    again = run_cli("ingest", "--quiet", "--workers", "2", "--store", str(tmp_path / "two"),
                    str(corpus))
    assert " 0 added or replaced, 122 unchanged" in again.stderr, again.stderr


@pytest.mark.parametrize("form", ["folder", "jsonl"])
def test_auto_stays_in_one_process_for_a_small_input(form: str, tmp_path: Path) -> None:
    """`--workers auto` (the default) starts no worker for a handful of documents, whether
    their number is known (files in a folder) or not (a JSON Lines file): a worker's
    start-up alone takes a second or more."""
    text = "Russia urged Turkey to show restraint on Monday."
    if form == "folder":
        path = tmp_path / "few"
        path.mkdir()
        (path / "a.txt").write_text(text + "\n", encoding="utf-8")
    else:
        path = tmp_path / "feed.jsonl"
        path.write_text("".join(json.dumps({"doc": f"d{i}", "text": f"{text} ({i})"}) + "\n"
                                for i in range(5)), encoding="utf-8")
    proc = subprocess.Popen([sys.executable, "-m", "stancegraph", "extract", "--lang", "en",
                             str(path)], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            cwd=REPO, text=True, env=dict(os.environ, PYTHONPATH=str(REPO)))
    children: set[str] = set()
    while proc.poll() is None:
        children |= set(_children(proc.pid))
        time.sleep(0.02)
    out, err = proc.communicate()
    assert proc.returncode == 0, err
    assert out.count('"target": "TUR"') == (1 if form == "folder" else 5)
    assert not children


def test_auto_on_a_long_feed_moves_to_workers_and_keeps_the_output(corpus: Path,
                                                                   tmp_path: Path) -> None:
    """A JSON Lines feed of unknown length: the first 200 documents in this process, the rest
    on one worker per core; the records are those of one process, in the same order."""
    from extract.workers import AUTO_MIN_DOCUMENTS, cores

    texts = [f.read_text(encoding="utf-8") for f in sorted(corpus.glob("w*.txt"))][:30]
    feed = tmp_path / "feed.jsonl"
    feed.write_text("".join(
        json.dumps({"doc": f"f{i}", "text": texts[i % len(texts)] + f"\n\n[{i}]",
                    "date": "2024-03-01"}, ensure_ascii=False) + "\n"
        for i in range(AUTO_MIN_DOCUMENTS + 60)), encoding="utf-8")
    with (tmp_path / "out").open("w+", encoding="utf-8") as sink:  # (a pipe would fill up)
        proc = subprocess.Popen([sys.executable, "-m", "stancegraph", "extract", str(feed)],
                                stdout=sink, stderr=subprocess.DEVNULL, cwd=REPO,
                                env=dict(os.environ, PYTHONPATH=str(REPO)))
        workers: set[str] = set()
        while proc.poll() is None:
            workers |= {k for k in _children(proc.pid) if "spawn_main" in _cmdline(k)}
            time.sleep(0.02)
        sink.seek(0)
        out = sink.read()
    assert proc.returncode == 0
    one = run_cli("extract", "--workers", "1", str(feed))
    assert out == one.stdout and len(out.splitlines()) > 2000
    assert len(workers) == (min(cores(), 8) if cores() > 1 else 0)


def _children(pid: int) -> list[str]:
    try:
        return Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
    except OSError:
        return []


def test_a_worker_that_dies_stops_the_run_with_one_line(tmp_path: Path) -> None:
    """A worker killed mid-run (out of memory, a signal): one error line, exit 2, and the
    documents stored before it stay stored."""
    big = tmp_path / "big"
    _copies(big, 1500)  # some seconds of work: the kill lands mid-run
    store = tmp_path / "store"
    proc = subprocess.Popen([sys.executable, "-m", "stancegraph", "ingest", "--quiet",
                             "--workers", "2", "--store", str(store), str(big)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=REPO,
                            text=True, env=dict(os.environ, PYTHONPATH=str(REPO)))
    killed = False
    deadline = time.monotonic() + 120
    while proc.poll() is None and time.monotonic() < deadline and not killed:
        # a worker past its start-up (loading the pipelines takes about a second of CPU)
        workers = [k for k in _children(proc.pid)
                   if "spawn_main" in _cmdline(k) and _cpu_ticks(k) > 250]
        if workers:
            os.kill(int(workers[0]), signal.SIGKILL)
            killed = True
        time.sleep(0.05)
    _, err = proc.communicate(timeout=120)
    assert killed, "no worker process seen"
    assert proc.returncode == 2, err
    lines = [line for line in err.splitlines() if line.strip()]
    assert "Traceback" not in err
    assert any("an extraction worker stopped" in line for line in lines), err
    stored = len(_store_lines(store))
    assert stored > 0  # the documents before it (taken in order) were stored
    done = run_cli("ingest", "--quiet", "--workers", "1", "--store", str(tmp_path / "all"),
                   str(big))
    assert done.returncode == 0
    assert stored < len(_store_lines(tmp_path / "all"))  # and it did stop early


def _cpu_ticks(pid: str) -> int:
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0
    return int(fields[11]) + int(fields[12])


def _cmdline(pid: str) -> str:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode()
    except OSError:
        return ""


@pytest.mark.parametrize("value", ["0", "-3", "many"])
def test_a_bad_workers_value_is_one_line(value: str, corpus: Path) -> None:
    done = run_cli("extract", "--workers", value, str(corpus))
    assert done.returncode == 2
    assert done.stdout == ""
    assert done.stderr.strip().splitlines() == [
        f"stancegraph: error: --workers {value}: give a number of processes (1 or more) or auto"]

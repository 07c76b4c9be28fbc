"""`stancegraph batch` on a real Dask cluster (LocalCluster, worker processes; no mocks).

Marked ``dask`` (deselect with ``-m "not dask"``) and ``corpus``: it copies the dev corpus
(../shared/corpus/dev) into a temporary folder of some 300 documents, each copy a new
document (its text changed by a line, so its id differs), plus an exact duplicate in a later
partition, a JSON Lines file and an empty file. What it checks against `stancegraph extract`
run in one process:

- the shards hold the same Stance records, in the same order, and the quads that `ingest`'s
  mapping (``rdf.document_quads``) gives for each document, and nothing else;
- a worker killed with SIGKILL after the first shard is written changes nothing of that;
- a rerun into the same folder (on a LocalCluster the command starts) changes no byte;
- the bad file is one line on stderr naming it, the rest is done, exit code 1.

About 40-80 s on 2 busy cores (two cluster starts, ~950 documents extracted in all).
"""

from __future__ import annotations

import hashlib
import json
import os
import signal
import subprocess
import sys
import time
from collections import defaultdict
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from tests.corpus import DEV, REPO, require

pytestmark = [pytest.mark.dask, pytest.mark.corpus]

STAMP = "2025-01-31T12:00:00Z"
N_COPIES = 300
PARTITION = 10


def stancegraph(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "stancegraph", *args], capture_output=True,
                          text=True, cwd=REPO, timeout=300, check=False)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """N_COPIES documents made from the dev corpus, with a manifest giving each copy its
    original's date, outlet and language; a duplicate of c007 late in the order, a JSON Lines
    file (one bad line) and an empty file."""
    require(DEV)
    folder = tmp_path_factory.mktemp("batch-corpus")
    index = {json.loads(line)["doc"]: json.loads(line)
             for line in (DEV / "index.jsonl").read_text(encoding="utf-8").splitlines()
             if line.strip()}
    sources = sorted(DEV.glob("d*.txt"))
    entries = []
    for i in range(N_COPIES):
        src = sources[i % len(sources)]
        text = src.read_text(encoding="utf-8")
        if i >= len(sources):  # a new document: a different text, so a different id
            text += f"\n\n({i})\n"
        name = f"c{i:03d}.txt"
        (folder / name).write_text(text, encoding="utf-8")
        entries.append({**index.get(src.name, {}), "doc": name})
    # the same text as c007, read later (another partition): extract keeps the first
    (folder / "c290_dup.txt").write_bytes((folder / "c007.txt").read_bytes())
    entries.append({**entries[7], "doc": "c290_dup.txt", "outlet": "Another Outlet"})
    rows = [{"doc": f"j{n}", "text": sources[n].read_text(encoding="utf-8") + "\n\n(jsonl)",
             "date": "2024-05-0" + str(n + 1), "outlet": "Wire"} for n in range(3)]
    (folder / "c150_feed.jsonl").write_text(
        "\n".join([json.dumps(rows[0], ensure_ascii=False), "{not json",
                   *(json.dumps(r, ensure_ascii=False) for r in rows[1:])]) + "\n",
        encoding="utf-8")
    (folder / "c200_empty.txt").write_bytes(b"")
    (folder / "index.jsonl").write_text(
        "".join(json.dumps(e, ensure_ascii=False) + "\n" for e in entries), encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def reference(corpus: Path) -> dict[str, Any]:
    """`stancegraph extract` over the corpus in one process, and the quads of ingest's mapping
    for every document it read."""
    from extract.reader import read_paths
    from extract.record import Stance
    from graph import rdf

    done = stancegraph("extract", str(corpus))
    assert done.returncode == 1, done.stderr  # the empty file and the bad JSONL line
    lines = done.stdout.splitlines(keepends=True)
    by_doc: dict[str, list[Stance]] = defaultdict(list)
    for line in lines:
        record = Stance.from_dict(json.loads(line))
        by_doc[record.doc_id].append(record)
    when = datetime.strptime(STAMP, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)
    quads: set[str] = set()
    documents = 0
    for doc in read_paths([str(corpus)]):
        documents += 1
        quads |= {str(q) for q in rdf.document_quads(doc, by_doc[doc.doc_id],
                                                     generated_at=when)[0]}
    assert documents > N_COPIES - 10 and len(lines) > 1000  # the copies were read
    return {"lines": lines, "quads": quads, "documents": documents, "stderr": done.stderr}


def shard_lines(out: Path) -> list[str]:
    return [line for f in sorted(out.glob("stances-*.jsonl"))
            for line in f.read_text(encoding="utf-8").splitlines(keepends=True)]


def shard_quads(out: Path) -> list[str]:
    import pyoxigraph as ox

    return [str(q) for f in sorted(out.glob("quads-*.nq"))
            for q in ox.parse(f.read_bytes(), ox.RdfFormat.N_QUADS)]


def digests(out: Path) -> dict[str, str]:
    return {f.name: hashlib.sha256(f.read_bytes()).hexdigest() for f in sorted(out.iterdir())}


@pytest.fixture(scope="module")
def cluster() -> Iterator[Any]:
    """A LocalCluster of 2 single-threaded worker processes (each with a nanny that restarts
    it when it dies) and a client of the test's own."""
    distributed = pytest.importorskip("distributed")
    import logging

    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None, silence_logs=logging.ERROR) as lc, \
            distributed.Client(lc) as client:
        yield client


@pytest.fixture(scope="module")
def killed_run(corpus: Path, cluster: Any, tmp_path_factory: pytest.TempPathFactory
               ) -> dict[str, Any]:
    """`batch --scheduler tcp://…` on the test's cluster; one worker SIGKILLed as soon as the
    first shard is in place."""
    out = tmp_path_factory.mktemp("batch-out")
    before = cluster.run(os.getpid)
    proc = subprocess.Popen(
        [sys.executable, "-m", "stancegraph", "batch", str(corpus), "--out", str(out),
         "--scheduler", cluster.scheduler.address, "--partition-size", str(PARTITION),
         "--generated-at", STAMP],
        cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 120
    while not list(out.glob("stances-*.jsonl")) and time.monotonic() < deadline \
            and proc.poll() is None:
        time.sleep(0.005)
    victim = min(before.values())
    still_running = proc.poll() is None and not (out / "manifest.json").exists()
    os.kill(victim, signal.SIGKILL)
    stdout, stderr = proc.communicate(timeout=240)
    cluster.wait_for_workers(2, timeout=60)
    after = cluster.run(os.getpid)
    return {"out": out, "rc": proc.returncode, "stdout": stdout, "stderr": stderr,
            "still_running": still_running, "victim": victim,
            "pids_after": set(after.values())}


def test_batch_shards_hold_what_extract_and_ingest_give_despite_a_killed_worker(
        killed_run: dict[str, Any], reference: dict[str, Any]) -> None:
    assert killed_run["still_running"], "the batch ended before the worker could be killed"
    assert killed_run["victim"] not in killed_run["pids_after"]  # it died; a new one took over
    out = killed_run["out"]
    assert killed_run["rc"] == 1, killed_run["stderr"]
    assert shard_lines(out) == reference["lines"]
    quads = shard_quads(out)
    assert len(quads) == len(set(quads))  # each document's graph written once
    assert set(quads) == reference["quads"]
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["documents"] == reference["documents"]
    assert manifest["stances"] == len(reference["lines"])
    assert len(manifest["partitions"]) == len(list(out.glob("quads-*.nq")))
    assert manifest["failed_partitions"] == []


def test_batch_reports_bad_inputs_by_name_and_goes_on(killed_run: dict[str, Any],
                                                      reference: dict[str, Any]) -> None:
    stderr = killed_run["stderr"]
    assert "Traceback" not in stderr
    errors = [line for line in stderr.splitlines() if line.startswith("stancegraph: error")]
    # the same lines as extract's: the empty file and the bad line of the JSON Lines file
    assert sorted(errors) == sorted(line for line in reference["stderr"].splitlines()
                                    if line.startswith("stancegraph: error"))
    assert any("c200_empty.txt: empty file" in line for line in errors)
    assert any("c150_feed.jsonl:2" in line for line in errors)
    assert "c290_dup.txt: same text as" in stderr and "c007.txt" in stderr
    summary = stderr.strip().splitlines()[-1]
    assert f"{reference['documents']} documents, {len(reference['lines'])} stances" in summary
    assert "2 failed" in summary and "c200_empty.txt" in summary
    manifest = json.loads((killed_run["out"] / "manifest.json").read_text(encoding="utf-8"))
    assert [f["path"].rsplit("/", 1)[-1] for f in manifest["failures"]] == \
        ["c150_feed.jsonl:2", "c200_empty.txt"]


def test_batch_rerun_on_a_local_cluster_changes_no_byte(killed_run: dict[str, Any],
                                                        corpus: Path) -> None:
    out = killed_run["out"]
    first = digests(out)
    again = stancegraph("batch", str(corpus), "--out", str(out),
                        "--scheduler", "local", "--workers", "2",
                        "--partition-size", str(PARTITION), "--generated-at", STAMP)
    assert again.returncode == 1, again.stderr
    assert digests(out) == first


def test_batch_reads_a_url_through_fsspec_like_the_local_folder(tmp_path: Path,
                                                                cluster: Any) -> None:
    """A file:// URL goes through fsspec (as s3:// would): the manifest beside the files still
    applies, and records differ from the local run's only in their path, now the URL."""
    require(DEV)
    local = stancegraph("extract", str(DEV))
    url = DEV.resolve().as_uri()
    done = stancegraph("batch", url, "--out", str(tmp_path), "--partition-size", "10",
                       "--scheduler", cluster.scheduler.address)
    assert done.returncode == 0, done.stderr
    expected = []
    for line in local.stdout.splitlines():
        record = json.loads(line)
        record["path"] = f"{url}/{Path(record['path']).name}"
        expected.append(record)
    assert [json.loads(line) for line in shard_lines(tmp_path)] == expected
    assert any(r["date"] and r["outlet"] for r in expected)  # the manifest was applied


def test_batch_without_dask_says_how_to_install_it(tmp_path: Path) -> None:
    """The base install (no dask extra): every other command works; batch is one line
    naming the extra, exit code 2."""
    code = ("import sys; sys.modules['dask'] = sys.modules['distributed'] = None\n"
            "from stancegraph.cli import main\n"
            f"sys.exit(main(['batch', {str(REPO / 'examples')!r}, '--out', {str(tmp_path)!r}]))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          cwd=REPO, timeout=120, check=False)
    assert done.returncode == 2, done.stderr
    assert done.stderr.strip().splitlines() == [
        "stancegraph: error: `stancegraph batch` needs Dask: pip install 'stancegraph[dask]'"]
    assert not list(tmp_path.iterdir())

"""Stage graph, at scale: extraction spread over a Dask cluster, written as deterministic shards.

    plan(inputs)  ──►  partitions of input files (global order: inputs as given, folders sorted)
    run_partition (on a worker, one spaCy pipeline per worker process)
        files ──► extract.pipeline.extract_paths (the reader and extractor of `ingest`)
              ──► stances-NNNNN.jsonl   the Stance records, as `stancegraph extract` prints them
              ──► quads-NNNNN.nq        each document's named graph, through rdf.document_quads
                                        (the mapping `ingest` stores), with a fixed
                                        prov:generatedAtTime
    run_batch (the driver) ──► cross-partition duplicates dropped, manifest.json

A shard is a pure function of its partition's files and the options (no wall-clock time, no
worker name), and is written to a temporary name and renamed: a retried task, a task run twice
after a worker died, or a rerun of the whole job writes the same bytes, so the output is the
same however often any part of it ran. ``manifest.json`` is removed when a run starts and
written last: a folder without it holds an unfinished run.

The shared index nodes (dyads, edges, monthly tallies: :func:`graph.rdf.shared_quads`) and the
vocabulary graphs are not in the shards: they are functions of the whole store, which the loader
computes.

Dask is imported only here and only when a batch runs (the ``stancegraph[dask]`` extra); the
task functions themselves need nothing of Dask, so workers and tests can call them directly.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import shutil
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import asdict, dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from extract.pipeline import Problem
from extract.record import Document, Stance

MANIFEST = "manifest.json"
STANCES = "stances-{:05d}.jsonl"
QUADS = "quads-{:05d}.nq"
_SHARD = re.compile(r"^(?:stances-\d{5,}\.jsonl|quads-\d{5,}\.nq)$")
DEFAULT_PARTITION_SIZE = 50
# prov:generatedAtTime of every document when neither --generated-at nor SOURCE_DATE_EPOCH
# (the reproducible-builds convention) gives one: a fixed time, never the clock.
EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
INSTALL_HINT = "pip install 'stancegraph[dask]'"


class BatchError(Exception):
    """A usage problem of the batch as a whole (one line; nothing was done)."""


# --- options, partitions, results --------------------------------------------------------------

@dataclass(frozen=True)
class Options:
    """What every partition is extracted with; part of what makes its bytes."""

    out: str
    generated_at: str  # YYYY-MM-DDTHH:MM:SSZ
    date: str | None = None
    outlet: str | None = None
    lang: str | None = None


@dataclass(frozen=True)
class Partition:
    index: int
    files: tuple[str, ...]  # local paths as the reader names them, or fsspec URLs


@dataclass
class PartitionResult:
    index: int
    documents: int = 0
    stances: int = 0
    doc_ids: list[tuple[str, str]] = field(default_factory=list)  # (doc_id, path), in order
    problems: list[dict[str, Any]] = field(default_factory=list)  # Problem fields
    seconds: float = 0.0  # not written anywhere: for the summary and benchmarks only


def generated_at(value: str | None) -> str:
    """``--generated-at`` (ISO date-time, UTC when no zone is given), else SOURCE_DATE_EPOCH,
    else the Unix epoch; as ``YYYY-MM-DDTHH:MM:SSZ``."""
    if value:
        try:
            when = datetime.fromisoformat(value.strip())
        except ValueError:
            raise BatchError(f"--generated-at {value!r} is not an ISO date-time "
                             "(such as 2025-01-31T12:00:00Z)") from None
        if when.tzinfo is None:
            when = when.replace(tzinfo=UTC)
    elif os.environ.get("SOURCE_DATE_EPOCH", "").strip().isdigit():
        when = datetime.fromtimestamp(int(os.environ["SOURCE_DATE_EPOCH"]), UTC)
    else:
        when = EPOCH
    return when.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def is_url(path: str) -> bool:
    return "://" in path


# --- planning (driver) ---------------------------------------------------------------------------

def list_files(inputs: Sequence[str], on_problem: Callable[[Problem], None]) -> list[str]:
    """The document files of ``inputs`` in the order the reader reads them: each input as
    given, a folder's own files sorted by name, with the reader's filter (suffixes, no
    manifest, no gold files). Local paths are listed by the reader itself; URLs through fsspec.
    """
    from extract import reader

    out: list[str] = []
    for raw in inputs:
        if is_url(raw):
            out += _list_url(raw, on_problem)
        else:
            # the reader's own walk, so that batch sees exactly the files ingest would
            out += [str(f) for f in reader._iter_files([raw], on_problem)]
    return out


def _list_url(url: str, on_problem: Callable[[Problem], None]) -> list[str]:
    try:
        from fsspec.core import url_to_fs
    except ImportError:
        raise BatchError(f"reading {url} needs fsspec: {INSTALL_HINT}") from None
    try:
        fs, path = url_to_fs(url)
    except (ImportError, ValueError) as exc:  # an unknown protocol, s3:// without s3fs, …
        raise BatchError(f"{url}: {exc}") from None
    try:
        if fs.isdir(path):
            from extract.reader import is_document_name

            entries = sorted(fs.ls(path, detail=True), key=lambda e: e["name"])
            return [fs.unstrip_protocol(e["name"]) for e in entries if e.get("type") == "file"
                    and is_document_name(e["name"].rstrip("/").rsplit("/", 1)[-1])]
        if fs.isfile(path):
            return [url]
        on_problem(Problem(url, "no such file or folder"))
    except OSError as exc:
        on_problem(Problem(url, f"cannot read: {exc.strerror or exc}"))
    return []


def plan(files: Sequence[str], partition_size: int) -> list[Partition]:
    """Consecutive runs of ``partition_size`` files: the shards, read in order, give the
    documents in the order `extract` gives them. An archive (Parquet, WARC: thousands of
    articles in one file) is a partition of its own."""
    from extract.archives import kind

    size = max(1, partition_size)
    runs: list[tuple[str, ...]] = []
    run: list[str] = []
    for f in files:
        if kind(f) is not None:  # by its suffix, whatever its folder or URL
            if run:
                runs.append(tuple(run))
                run = []
            runs.append((f,))
            continue
        run.append(f)
        if len(run) == size:
            runs.append(tuple(run))
            run = []
    if run:
        runs.append(tuple(run))
    return [Partition(n, files_) for n, files_ in enumerate(runs)]


# --- one partition (worker) ----------------------------------------------------------------------

def warm_pipelines() -> None:
    """Load the spaCy pipelines of both languages into this process (they are cached per
    process by extract.pipeline.stage_pipeline, so every later partition reuses them)."""
    from extract.pipeline import stage_pipeline

    for lang in ("ar", "en"):
        stage_pipeline(lang)


def run_partition(part: Partition, options: Options) -> PartitionResult:
    """Extract one partition and write its two shards; see the module docstring."""
    from extract.pipeline import extract_paths
    from graph import rdf

    started = time.perf_counter()
    when = datetime.strptime(options.generated_at, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)
    result = PartitionResult(part.index)
    stance_lines: list[str] = []
    quads: list[str] = []  # N-Quads text, a document at a time
    with _Copies(part.files) as (local, rename):
        def on_problem(problem: Problem) -> None:
            result.problems.append(asdict(replace(problem, path=rename(problem.path),
                                                  message=rename(problem.message))))

        for doc_result in extract_paths(local, date=options.date, outlet=options.outlet,
                                        lang=options.lang, on_problem=on_problem):
            document, stances = _renamed(doc_result.document, doc_result.stances, rename)
            result.documents += 1
            result.doc_ids.append((document.doc_id, document.path or document.doc_id))
            result.stances += len(stances)
            stance_lines += [json.dumps(s.to_dict(), ensure_ascii=False) + "\n"
                             for s in stances]
            quads.append(rdf.document_nquads(document, stances, generated_at=when)[0])
    write_shards(options.out, part.index, stance_lines, quads)
    result.seconds = time.perf_counter() - started
    return result


def write_shards(out: str, index: int, stance_lines: Sequence[str], quads: Sequence[str]) -> None:
    """The two shards of a partition: the records, and each document's N-Quads text as
    graph.rdf.document_nquads writes it (the mapping ingest uses)."""
    write_atomic(out, STANCES.format(index), "".join(stance_lines).encode("utf-8"))
    write_atomic(out, QUADS.format(index), "".join(quads).encode("utf-8"))


def _renamed(document: Document, stances: list[Stance], rename: Callable[[str], str]
             ) -> tuple[Document, list[Stance]]:
    if document.path is None or rename(document.path) == document.path:
        return document, stances
    return (replace(document, path=rename(document.path)),
            [replace(s, path=rename(s.path)) if s.path else s for s in stances])


class _Copies:
    """Context manager: (local paths for the reader, a function mapping local names back to
    the names the user gave). Local inputs are read in place; URLs are fetched into a
    temporary folder per source folder, with that folder's index.jsonl beside them, so the
    reader applies the manifest as it does for a local folder."""

    def __init__(self, files: Sequence[str]) -> None:
        self.files = files
        self.tmp: str | None = None

    def __enter__(self) -> tuple[list[str], Callable[[str], str]]:
        if not any(is_url(f) for f in self.files):
            return list(self.files), lambda text: text
        from fsspec.core import url_to_fs

        from extract.reader import MANIFEST as INDEX

        self.tmp = tempfile.mkdtemp(prefix="stancegraph-batch-")
        folders: dict[str, str] = {}  # source folder URL -> local folder
        local: list[str] = []
        for url in self.files:
            if not is_url(url):
                local.append(url)
                continue
            parent, _, name = url.rstrip("/").rpartition("/")
            if parent not in folders:
                folders[parent] = os.path.join(self.tmp, str(len(folders)))
                os.mkdir(folders[parent])
                fs, index = url_to_fs(f"{parent}/{INDEX}")
                try:
                    if fs.isfile(index):
                        fs.get_file(index, os.path.join(folders[parent], INDEX))
                except OSError:
                    pass  # as locally: a manifest that cannot be read is not used
            target = os.path.join(folders[parent], name)
            fs, path = url_to_fs(url)
            try:
                fs.get_file(path, target)
            except OSError:
                pass  # the reader reports the missing file under its URL
            local.append(target)
        pairs = sorted(((f"{loc}{os.sep}", f"{src}/") for src, loc in folders.items()),
                       key=lambda p: -len(p[0]))

        def rename(text: str) -> str:
            for loc, src in pairs:
                text = text.replace(loc, src)
            return text

        return local, rename

    def __exit__(self, *exc: object) -> None:
        if self.tmp:
            shutil.rmtree(self.tmp, ignore_errors=True)


# --- writing -------------------------------------------------------------------------------------

def write_atomic(out: str, name: str, data: bytes) -> None:
    """``out/name`` holds ``data`` or its former content, never a part: a local file is written
    under a temporary name and renamed over the old one; an object store's PUT is atomic."""
    if is_url(out) and not out.startswith("file://"):
        from fsspec.core import url_to_fs

        fs, base = url_to_fs(out)
        fs.pipe_file(f"{base.rstrip('/')}/{name}", data)
        return
    folder = out.removeprefix("file://")
    fd, tmp = tempfile.mkstemp(prefix=f".{name}.", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, 0o644)
        os.replace(tmp, os.path.join(folder, name))
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def _read(out: str, name: str) -> bytes:
    if is_url(out) and not out.startswith("file://"):
        from fsspec.core import url_to_fs

        fs, base = url_to_fs(out)
        return bytes(fs.cat_file(f"{base.rstrip('/')}/{name}"))
    return Path(out.removeprefix("file://"), name).read_bytes()


def drop_documents(out: str, index: int, doc_ids: set[str]) -> tuple[int, int]:
    """Rewrite shard ``index`` without the documents ``doc_ids`` (found earlier in the batch);
    the lines of the others keep their bytes. Returns (stances, quads) left out."""
    from graph import rdf

    stance_lines = _read(out, STANCES.format(index)).decode("utf-8").splitlines(keepends=True)
    kept = [line for line in stance_lines if json.loads(line)["doc_id"] not in doc_ids]
    tails = tuple(f" {rdf.doc_iri(d)} .\n" for d in doc_ids)
    quad_lines = _read(out, QUADS.format(index)).decode("utf-8").splitlines(keepends=True)
    # a document's stance nodes are in the default graph: found by what they derive from
    derived = tuple(f" {rdf.P_DERIVED} {rdf.doc_iri(d)} .\n" for d in doc_ids)
    nodes = tuple(line.split(" ", 1)[0] + " " for line in quad_lines if line.endswith(derived))
    kept_quads = [line for line in quad_lines
                  if not line.endswith(tails) and not (nodes and line.startswith(nodes))]
    write_atomic(out, STANCES.format(index), "".join(kept).encode("utf-8"))
    write_atomic(out, QUADS.format(index), "".join(kept_quads).encode("utf-8"))
    return len(stance_lines) - len(kept), len(quad_lines) - len(kept_quads)


def _prepare_out(out: str) -> None:
    """Create the output folder and remove its manifest: from now until the end of the run it
    holds an unfinished job."""
    if is_url(out) and not out.startswith("file://"):
        from fsspec.core import url_to_fs

        fs, base = url_to_fs(out)
        fs.makedirs(base, exist_ok=True)
        with contextlib.suppress(OSError):
            fs.rm_file(f"{base.rstrip('/')}/{MANIFEST}")
        return
    folder = Path(out.removeprefix("file://"))
    if folder.exists() and not folder.is_dir():
        raise BatchError(f"--out {out}: a file, not a folder")
    try:
        folder.mkdir(parents=True, exist_ok=True)
        (folder / MANIFEST).unlink(missing_ok=True)
    except OSError as exc:
        raise BatchError(f"--out {out}: {exc.strerror or exc}") from None


def _remove_stale(out: str, count: int) -> None:
    """Remove shards of an earlier run into the same folder that this run does not write (it
    had more partitions)."""
    if is_url(out) and not out.startswith("file://"):
        return  # left to the object store's lifecycle; the manifest lists the shards
    folder = Path(out.removeprefix("file://"))
    for f in folder.iterdir():
        if _SHARD.match(f.name) and int(re.sub(r"\D", "", f.name)) >= count:
            f.unlink()


# --- the driver ----------------------------------------------------------------------------------

@dataclass
class Summary:
    partitions: int
    documents: int
    stances: int
    problems: list[Problem]
    failed_partitions: list[int]
    seconds: float
    workers: int

    @property
    def failures(self) -> list[Problem]:
        return [p for p in self.problems if p.fatal]


def _warm_plugin() -> Any:
    from distributed import WorkerPlugin

    class WarmPipelines(WorkerPlugin):  # type: ignore[misc]
        """Loads the pipelines when a worker starts (and when a dead one is replaced)."""

        name = "stancegraph-pipelines"

        def setup(self, worker: Any) -> None:
            warm_pipelines()

    return WarmPipelines()


def import_dask() -> None:
    try:
        import dask  # noqa: F401
        import distributed  # noqa: F401
    except ImportError:
        raise BatchError(f"`stancegraph batch` needs Dask: {INSTALL_HINT}") from None


def connect(scheduler: str, workers: int) -> Any:
    """A Client: of a new LocalCluster (``local``: ``workers`` processes of one thread each)
    or of the running cluster at ``scheduler`` (``tcp://host:8786``)."""
    import logging

    from distributed import Client, LocalCluster

    if scheduler == "local":
        cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                               dashboard_address=None, silence_logs=logging.ERROR)
        return Client(cluster)
    try:
        return Client(scheduler, timeout="20s")
    except OSError as exc:
        raise BatchError(f"cannot reach the Dask scheduler at {scheduler}: {exc}") from None


def run_batch(
    inputs: Sequence[str],
    options: Options,
    *,
    client: Any,
    partition_size: int = DEFAULT_PARTITION_SIZE,
    on_problem: Callable[[Problem], None] = lambda p: None,
    on_progress: Callable[[int, int, int, int], None] = lambda *a: None,
) -> Summary:
    """Extract ``inputs`` on the cluster of ``client`` into shards in ``options.out``.
    ``on_problem`` gets each problem as soon as it is known; ``on_progress`` (partitions done,
    partitions, documents, stances) after each partition."""
    from distributed import as_completed

    started = time.perf_counter()
    problems: list[Problem] = []

    def report(problem: Problem) -> None:
        problems.append(problem)
        on_problem(problem)

    files = list_files(inputs, report)
    if not files and not problems:
        raise BatchError(f"{', '.join(inputs)}: no document to read")
    _prepare_out(options.out)
    parts = plan(files, partition_size)
    client.register_plugin(_warm_plugin())
    workers = len(client.scheduler_info()["workers"])
    futures = client.map(run_partition, parts, options=options, pure=False)
    index_of = {f.key: p.index for f, p in zip(futures, parts, strict=True)}
    results: dict[int, PartitionResult] = {}
    failed: list[int] = []
    docs = stances = 0
    on_progress(0, len(parts), 0, 0)
    for future in as_completed(futures):
        n = index_of[future.key]
        try:
            res: PartitionResult = future.result()
        except Exception as exc:  # noqa: BLE001  (a bug in a task, or one that killed its workers)
            failed.append(n)
            first = parts[n].files[0] if parts[n].files else "?"
            report(Problem(f"partition {n} ({len(parts[n].files)} files from {first})",
                           f"not extracted: {type(exc).__name__}: {str(exc)[:200]}",
                           internal=True))
            continue
        results[n] = res
        for p in res.problems:
            report(Problem(**p))
        docs += res.documents
        stances += res.stances
        on_progress(len(results) + len(failed), len(parts), docs, stances)
    del futures
    docs, stances = _drop_duplicates(options.out, parts, results, report)
    _remove_stale(options.out, len(parts))
    _write_manifest(inputs, options, partition_size, parts, results, problems, failed)
    return Summary(len(parts), docs, stances, problems, sorted(failed),
                   time.perf_counter() - started, workers)


def _drop_duplicates(out: str, parts: Sequence[Partition], results: dict[int, PartitionResult],
                     report: Callable[[Problem], None]) -> tuple[int, int]:
    """The same text in two partitions: kept in the first, as the reader keeps the first of
    two files of one batch; returns the documents and stances left."""
    seen: dict[str, str] = {}
    for part in parts:
        res = results.get(part.index)
        if res is None:
            continue
        dropped: set[str] = set()
        for doc_id, path in res.doc_ids:
            first = seen.setdefault(doc_id, path)
            if first != path:
                dropped.add(doc_id)
                report(Problem(path, f"same text as {first}, read before in this batch; "
                               "skipped (the first one's metadata is kept)", fatal=False))
        if dropped:
            lost, _ = drop_documents(out, part.index, dropped)
            res.doc_ids = [(d, p) for d, p in res.doc_ids if d not in dropped]
            res.documents = len(res.doc_ids)
            res.stances -= lost
    return (sum(r.documents for r in results.values()),
            sum(r.stances for r in results.values()))


def _write_manifest(inputs: Sequence[str], options: Options, partition_size: int,
                    parts: Sequence[Partition], results: dict[int, PartitionResult],
                    problems: Sequence[Problem], failed: Sequence[int]) -> None:
    from graph import rdf

    manifest = {
        "stancegraph_batch": 1,
        "extractor_version": rdf.extractor_version(),
        "generated_at": options.generated_at,
        "inputs": list(inputs),
        "date": options.date, "outlet": options.outlet, "lang": options.lang,
        "partition_size": partition_size,
        "partitions": [
            {"index": p.index, "stances": STANCES.format(p.index), "quads": QUADS.format(p.index),
             "files": len(p.files), "first_file": p.files[0] if p.files else None,
             "documents": results[p.index].documents if p.index in results else None,
             "stance_records": results[p.index].stances if p.index in results else None}
            for p in parts],
        "documents": sum(r.documents for r in results.values()),
        "stances": sum(r.stances for r in results.values()),
        "failed_partitions": sorted(failed),
        # in input order, whatever order the partitions finished in
        "failures": [{"path": p.path, "message": p.message}
                     for p in _ordered(problems, parts) if p.fatal],
        "warnings": [{"path": p.path, "message": p.message}
                     for p in _ordered(problems, parts) if not p.fatal],
        "not_in_shards": "shared index graphs (dyads, edges, tallies) and the vocabulary: "
                         "the loader computes them over the whole store",
    }
    text = json.dumps(manifest, ensure_ascii=False, indent=1) + "\n"
    write_atomic(options.out, MANIFEST, text.encode("utf-8"))


def _ordered(problems: Sequence[Problem], parts: Sequence[Partition]) -> Iterator[Problem]:
    """Problems in the order of the files they name (listing problems first), so that the
    manifest does not depend on which partition finished first."""
    rank = {f: n for n, f in enumerate(f for part in parts for f in part.files)}

    def key(p: Problem) -> tuple[int, str, str]:
        base = p.path.split("#", 1)[0].rsplit(":", 1)[0] if p.path not in rank else p.path
        return (rank.get(p.path, rank.get(base, -1)), p.path, p.message)

    return iter(sorted(problems, key=key))

"""`stancegraph load DIR`: shards (quads-NNNNN.nq from graph.rdf.document_nquads, and
stances-NNNNN.jsonl as `stancegraph extract` prints them) bulk-loaded into a store give the
same graph as `stancegraph ingest` of the same documents; a bad shard writes nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from graph_fixtures import (  # noqa: F401 (pytest fixture)
    DEV,
    EXAMPLES,
    OxigraphServer,
    oxigraph_server,
    require_corpus,
    run_cli,
)

from extract.pipeline import extract_paths
from graph import rdf
from graph.store import in_document_graphs, open_store
from graph.validate import validate_store

GENERATED = str(rdf.P_GENERATED)


def write_shards(folder: Path, sources: list[Path], per_shard: int = 4) -> int:
    """Shards as `stancegraph batch` writes them: the stance records from a real `stancegraph
    extract` process, the quads from graph.rdf.document_nquads. Returns the document count."""
    folder.mkdir(parents=True, exist_ok=True)
    results = list(extract_paths([str(p) for p in sources]))
    for shard in range(0, len(results), per_shard):
        number = f"{shard // per_shard:05d}"
        chunk = results[shard:shard + per_shard]
        with (folder / f"quads-{number}.nq").open("w", encoding="utf-8") as out:
            for result in chunk:
                out.write(rdf.document_nquads(result.document, result.stances)[0])
        paths = [r.document.path for r in chunk if r.document.path]
        done = run_cli("extract", *paths)
        assert done.returncode == 0, done.stderr
        (folder / f"stances-{number}.jsonl").write_text(done.stdout, encoding="utf-8")
    return len(results)


def content(location: Path) -> list[str]:
    """The store's N-Quads without the time of extraction (which differs between runs)."""
    with open_store(location, read_only=True) as store:
        return [line for line in store.nquads().decode().splitlines()
                if GENERATED not in line]


@pytest.fixture(scope="module")
def shards(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, int]:
    require_corpus(DEV)
    folder = tmp_path_factory.mktemp("shards") / "out"
    count = write_shards(folder, [DEV / "d01.txt", DEV / "d02.txt", DEV / "d03.txt",
                                  DEV / "d04.txt", DEV / "d05.txt", DEV / "d06.txt",
                                  *sorted(EXAMPLES.glob("*.txt"))[:4]])
    return folder, count


def test_load_gives_the_graph_ingest_gives(shards: tuple[Path, int], tmp_path: Path) -> None:
    folder, count = shards
    assert len(list(folder.glob("quads-*.nq"))) == 3
    loaded, ingested = tmp_path / "loaded", tmp_path / "ingested"
    done = run_cli("load", "--store", str(loaded), str(folder))
    assert done.returncode == 0, done.stderr
    assert f"{count} documents" in done.stderr.splitlines()[-1]
    sources = [DEV / f"d0{n}.txt" for n in range(1, 7)] + sorted(EXAMPLES.glob("*.txt"))[:4]
    done = run_cli("ingest", "--store", str(ingested), *map(str, sources))
    assert done.returncode == 0, done.stderr
    assert content(loaded) == content(ingested)
    with open_store(loaded, read_only=True) as store:
        assert validate_store(store, recommendations=False).conforms
        # ingest after load: unchanged documents are skipped
        assert len(store.document_ids()) == count
    again = run_cli("ingest", "--store", str(loaded), *map(str, sources))
    assert "0 added or replaced" in again.stderr, again.stderr


def test_loading_twice_changes_nothing(shards: tuple[Path, int], tmp_path: Path) -> None:
    folder, _ = shards
    location = tmp_path / "store"
    assert run_cli("load", "--store", str(location), str(folder)).returncode == 0
    first = content(location)
    assert run_cli("load", "--quiet", "--store", str(location), str(folder)).returncode == 0
    assert content(location) == first


@pytest.mark.parametrize("damage", ["truncated quad", "quad outside a document", "bad record",
                                    "unknown type", "missing stances file"])
def test_a_bad_shard_writes_nothing(shards: tuple[Path, int], tmp_path: Path,
                                    damage: str) -> None:
    source, _ = shards
    folder = tmp_path / "shards"
    folder.mkdir()
    for f in source.iterdir():
        (folder / f.name).write_bytes(f.read_bytes())
    bad = folder / "quads-00002.nq"
    if damage == "truncated quad":
        bad.write_bytes(bad.read_bytes()[:-40])
    elif damage == "quad outside a document":
        with bad.open("a", encoding="utf-8") as out:
            out.write("<https://example.org/a> <https://example.org/b> \"c\" .\n")
    elif damage == "bad record":
        bad = folder / "stances-00002.jsonl"
        bad.write_text(bad.read_text(encoding="utf-8") + "{not json\n", encoding="utf-8")
    elif damage == "unknown type":
        bad = folder / "stances-00002.jsonl"
        bad.write_text(bad.read_text(encoding="utf-8").replace(
            '"stance_type": "', '"stance_type": "praises_', 1), encoding="utf-8")
    else:
        bad = folder / "stances-00002.jsonl"
        bad.unlink()
    location = tmp_path / "store"
    done = run_cli("load", "--store", str(location), str(folder))
    assert done.returncode == 2
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and str(bad) in lines[0] and "Traceback" not in done.stderr, lines
    with open_store(location) as store:  # nothing of any shard was written
        assert store.document_ids() == []


def test_load_of_a_folder_without_shards(tmp_path: Path) -> None:
    done = run_cli("load", "--store", str(tmp_path / "store"), str(tmp_path))
    assert done.returncode == 2 and "no shard" in done.stderr


def test_load_into_a_remote_store(shards: tuple[Path, int], tmp_path: Path,
                                  oxigraph_server: OxigraphServer) -> None:  # noqa: F811
    """A remote store takes the shards through INSERT DATA requests: the same graph."""
    folder, count = shards
    with open_store(oxigraph_server.url) as remote:
        remote.update("DROP SILENT ALL")
    done = run_cli("load", "--store", oxigraph_server.url, str(folder))
    assert done.returncode == 0, done.stderr
    local = tmp_path / "local"
    assert run_cli("load", "--store", str(local), str(folder)).returncode == 0
    with open_store(oxigraph_server.url) as remote, open_store(local, read_only=True) as ours:
        assert len(remote.document_ids()) == count
        # same shards: the same statements, timestamps included; a server keeps each stance
        # node in its document's graph, the embedded store in the default graph
        assert sorted(map(str, remote.dataset_quads())) == \
            sorted(map(str, in_document_graphs(ours.dataset_quads())))


@pytest.mark.parametrize("damage", [None, "truncated quad"])
def test_the_check_in_worker_processes_gives_what_the_check_here_gives(
        shards: tuple[Path, int], tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        damage: str | None) -> None:
    """Large shards are checked in two worker processes: the same graph is loaded, and a bad
    shard is the same one-line error with nothing written."""
    from graph import store as store_module
    from graph.store import find_shards, load_shards
    from ontology.errors import StancegraphError

    source, _ = shards
    folder = tmp_path / "shards"
    folder.mkdir()
    for f in source.iterdir():
        (folder / f.name).write_bytes(f.read_bytes())
    if damage:
        bad = folder / "quads-00001.nq"
        bad.write_bytes(bad.read_bytes()[:-40])
    outcomes = []
    for limit in (10**12, 0):  # here, then in worker processes
        monkeypatch.setattr(store_module, "PARALLEL_CHECK_BYTES", limit)
        location = tmp_path / f"store-{limit}"
        notes: list[str] = []
        with open_store(location) as store:
            try:
                done = load_shards(store, find_shards(folder), threads=2, say=notes.append)
                outcomes.append((done["documents"], done["stances"], done["shared"]))
            except StancegraphError as exc:
                outcomes.append(str(exc))
                assert store.document_ids() == []
        assert not any("worker process" in n for n in notes), notes
        if damage is None:
            outcomes.append(content(location))
    assert outcomes[: len(outcomes) // 2] == outcomes[len(outcomes) // 2:]
    if damage:
        assert "quads-00001.nq" in outcomes[0]

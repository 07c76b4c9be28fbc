"""The graph commands as a user runs them: ingest, query, export, validate (real processes)."""

from __future__ import annotations

import csv
import io
import json
import os
import re
import signal
import subprocess
from pathlib import Path

import pytest
from graph_fixtures import (
    DEV,
    EXAMPLES,
    REPO,
    SEEDS,
    STANCEGRAPH,
    make_document,
    make_stances,
    require_corpus,
    run_cli,
    write_synthetic_corpus,
)

from graph import rdf
from graph.query import stance_rows
from graph.store import open_store
from graph.validate import validate_store

URGES = "SELECT ?a ?b WHERE { ?a sg:urgesRestraint ?b }"


@pytest.fixture(scope="module")
def seeds_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    require_corpus(SEEDS)
    location = tmp_path_factory.mktemp("seeds") / "store"
    done = run_cli("ingest", "--store", str(location), str(SEEDS))
    assert done.returncode == 0, done.stderr
    return location


@pytest.mark.corpus
def test_seeds_give_russia_urges_restraint_on_turkey_with_its_evidence(seeds_store: Path) -> None:
    out = run_cli("query", "--store", str(seeds_store), "--format", "json", URGES)
    assert out.returncode == 0, out.stderr
    results = json.loads(out.stdout)
    assert results["head"]["vars"] == ["a", "b"]
    pairs = {(rdf.local_id(b["a"]["value"]), rdf.local_id(b["b"]["value"]))
             for b in results["results"]["bindings"]}
    assert ("RUS", "TUR") in pairs
    with open_store(seeds_store, create=False) as store:
        behind = store.named("stances_behind_edge", holder="RUS", target="TUR",
                             concept="urges_restraint")
        assert behind
        details = [store.named("stance_detail", stance=r["stance"])[0] for r in behind]
    for d in details:
        assert d["date"] == "2022-11-22"
        assert d["evidence"] and d["speaker_name"]
        assert d["source_file"] == "000_df730618e688322c.txt" and d["outlet"] == "RT Arabic"
        assert d["doc"].startswith(rdf.doc_iri("").value)
    assert any("ضبط النفس" in d["evidence"] for d in details)


@pytest.mark.corpus
def test_ingesting_the_same_folder_twice_leaves_the_same_quads(tmp_path: Path) -> None:
    require_corpus(SEEDS, DEV)
    location = str(tmp_path / "twice")
    assert run_cli("ingest", "--store", location, str(SEEDS), str(DEV)).returncode == 0
    with open_store(location) as s:
        first = s.nquads()
    again = run_cli("ingest", "--store", location, str(SEEDS), str(DEV))
    assert again.returncode == 0, again.stderr
    assert "0 added or replaced" in again.stderr
    with open_store(location) as s:
        assert s.nquads() == first


@pytest.mark.corpus
def test_seeds_dev_and_examples_validate_and_a_broken_stance_is_reported(tmp_path: Path) -> None:
    require_corpus(SEEDS, DEV)
    location = str(tmp_path / "all")
    done = run_cli("ingest", "--store", location, str(SEEDS), str(DEV), str(EXAMPLES))
    assert done.returncode in (0, 1), done.stderr  # examples/ holds deliberately bad inputs
    checked = run_cli("validate", "--store", location)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert "conforms: 0 violation(s)" in checked.stderr
    with open_store(location) as s:
        doc = make_document(1, date="22/11/2022")
        broken = make_stances(doc, holder="", date="22/11/2022")[0]
        s.replace_document(doc, [broken])
    checked = run_cli("validate", "--store", location)
    assert checked.returncode == 1
    lines = [ln for ln in checked.stdout.splitlines() if ln.startswith("violation")]
    assert any(f"stance:{broken.stance_id} sg:holder" in ln for ln in lines)
    assert any(f"stance:{broken.stance_id} sg:date" in ln and "22/11/2022" in ln for ln in lines)


def test_ingest_query_formats_and_exports_on_a_small_corpus(tmp_path: Path) -> None:
    corpus = write_synthetic_corpus(tmp_path / "docs", 10)
    location = str(tmp_path / "store")
    done = run_cli("ingest", "--store", location, str(corpus))
    assert done.returncode == 0, done.stderr
    assert "10 documents read: 10 added or replaced" in done.stderr
    table = run_cli("query", "--store", location,
                    "SELECT DISTINCT ?a ?b WHERE { ?a sg:condemns ?b } ORDER BY ?a")
    assert table.returncode == 0 and "actor:RUS  actor:TUR" in table.stdout
    assert "(5 rows)" in table.stdout
    rows = list(csv.reader(io.StringIO(run_cli(
        "query", "--store", location, "--format", "csv", "counts_by_type_month").stdout)))
    assert rows[0] == ["type", "month", "stances"] and ["condemns", "2024-01", "10"] in rows
    named = run_cli("query", "--store", location, "top_holders", "-p", "target=TUR")
    assert named.returncode == 0 and "actor:RUS" in named.stdout
    rq = tmp_path / "mine.rq"
    rq.write_text("# param ?h actor\nSELECT ?t WHERE { $h sg:urgesRestraint ?t }\n")
    from_file = run_cli("query", "--store", location, str(rq), "-p", "h=EGY", "--format", "json")
    assert json.loads(from_file.stdout)["results"]["bindings"][0]["t"]["value"].endswith("/ISR")
    ask = run_cli("query", "--store", location, "--format", "json",
                  "ASK { actor:QAT sg:urgesRestraint actor:IRN }")
    assert json.loads(ask.stdout) == {"head": {}, "boolean": True}
    bad = run_cli("query", "--store", location, "SELECT ?x WHERE { ?x }")
    assert bad.returncode == 2 and "syntax error" in bad.stderr.lower()
    for fmt in ("ttl", "trig", "nq", "jsonld", "csv", "graphml"):
        out = tmp_path / f"all.{fmt}"
        exported = run_cli("export", "--store", location, "--format", fmt, "--out", str(out))
        assert exported.returncode == 0, exported.stderr
        assert out.stat().st_size > 0
    stances = list(csv.DictReader(io.StringIO((tmp_path / "all.csv").read_text())))
    assert len(stances) == 20 and {s["holder"] for s in stances} == {
        "RUS", "EGY", "QAT", "FRA", "CHN"}


def test_commands_on_a_missing_store_say_so(tmp_path: Path) -> None:
    for args in (["query", "ASK {}"], ["export", "--format", "nq"], ["validate"]):
        out = run_cli(*args, "--store", str(tmp_path / "none"))
        assert out.returncode == 2 and "no store at" in out.stderr
    assert not (tmp_path / "none").exists()


def test_killed_ingest_leaves_a_valid_store_that_a_rerun_completes(tmp_path: Path) -> None:
    """SIGKILL in the middle of `stancegraph ingest` of a large folder, for real. The folder
    is large enough that ingest is still running when a progress line (every 2 s of writing)
    first reports 300 documents or more, past the writer's first batches, on a fast machine
    as on a loaded one (on a loaded machine the first line could come before any batch was
    committed, and the test failed then)."""
    total = 6000
    corpus = write_synthetic_corpus(tmp_path / "docs", total)
    location = tmp_path / "store"
    env = dict(os.environ, PYTHONPATH=str(REPO))
    process = subprocess.Popen([*STANCEGRAPH, "ingest", "--store", str(location), str(corpus)],
                               stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True,
                               env=env)
    assert process.stderr is not None
    # a progress line comes every 2 s of writing; kill once one reports enough documents that
    # the writer must have committed a batch of them (on a loaded machine the first line may
    # come before any batch is committed)
    read = 0
    while read < 300:
        line = process.stderr.readline()
        assert "documents" in line and process.poll() is None, line
        read = int(re.search(r"(\d+)(?:/\d+)? documents", line).group(1))
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    with open_store(location) as s:
        stored = len(s.document_ids())
        assert validate_store(s, recommendations=False).conforms
    assert 0 < stored < total
    rerun = run_cli("ingest", "--store", str(location), str(corpus))
    assert rerun.returncode == 0, rerun.stderr
    assert f"{total - stored} added or replaced, {stored} unchanged" in rerun.stderr
    with open_store(location) as s:
        assert len(s.document_ids()) == total
        rows = stance_rows(s)
        assert len(rows) == len({r.id for r in rows}) == 2 * total


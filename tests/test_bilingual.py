"""Arabic and English reports of one statement corroborate one edge (issue 6)."""

from pathlib import Path

from extract.pipeline import extract_paths
from graph.query import stance_rows
from graph.store import open_store
from tests.corpus import EXAMPLES

PAIR = [EXAMPLES / "ar03_iran_us_muscat.txt", EXAMPLES / "en02_iran_us_oman.txt"]


def test_arabic_and_english_reports_give_one_edge_with_two_documents(tmp_path: Path) -> None:
    store = open_store(str(tmp_path / "store"))
    try:
        for result in extract_paths(PAIR):
            store.replace_document(result.document, result.stances)
        rows = [r for r in stance_rows(store) if r.is_edge]
        edge = ("OMN", "mediates", "IRN")
        support = [r for r in rows if (r.holder, r.type, r.target) == edge]
        assert {r.doc for r in support} and len({r.doc for r in support}) == 2
        assert {r.evidence_lang for r in support} == {"ar", "en"}
        direct = store.select("SELECT DISTINCT ?a ?b WHERE { GRAPH ?g { ?a sg:mediates ?b } "
                              "FILTER(?a = actor:OMN && ?b = actor:IRN) }")
        assert len(direct) == 1
    finally:
        store.close()


def test_page_data_counts_the_documents_of_each_language_behind_an_edge(tmp_path: Path) -> None:
    from graph.query import actor_rows
    from output.page import graph_data, stance_graph

    store = open_store(str(tmp_path / "store"))
    try:
        for result in extract_paths(PAIR):
            store.replace_document(result.document, result.stances)
        g = stance_graph(stance_rows(store), actor_rows(store))
    finally:
        store.close()
    data = graph_data(g)
    ids = [a[0] for a in data["actors"]]
    col = data["columns"]["edges"]
    edges = {(ids[e[col.index("from")]], e[col.index("type")], ids[e[col.index("to")]]):
             e[col.index("langs")] for e in data["edges"]}
    assert edges[("OMN", "mediates", "IRN")] == {"ar": 1, "en": 1}


def test_index_links_the_diff_pages_found_beside_it(tmp_path: Path) -> None:
    import subprocess
    import sys

    store = tmp_path / "store"
    out = tmp_path / "site"
    out.mkdir()
    (out / "diff-2024-2025.html").write_text("<!doctype html><title>d</title>", encoding="utf-8")
    run = [sys.executable, "-m", "stancegraph"]
    for args in (["ingest", *map(str, PAIR)], ["render", "--out", str(out)]):
        proc = subprocess.run([*run, *args, "--store", str(store)], capture_output=True,
                              text=True, check=False)
        assert proc.returncode == 0, proc.stderr
    index = (out / "index.html").read_text(encoding="utf-8")
    assert 'href="diff-2024-2025.html"' in index

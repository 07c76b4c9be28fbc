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

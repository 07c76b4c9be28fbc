"""Exports as analysts load them: the events and edges CSVs with pandas, GraphML and GEXF with
networkx (the attributes Gephi reads: label, weight, dates, a timeline)."""

from __future__ import annotations

import io
import re
from pathlib import Path
from typing import Any

import networkx as nx
import pytest
from graph_fixtures import make_document, make_stances
from test_pages import AR_EVIDENCE, make_store, store_edges

from stancegraph import cli

pd = pytest.importorskip("pandas")

EVENT_COLUMNS_WANTED = {
    "date", "holder", "holder_name", "holder_name_ar", "holder_iso3", "target", "target_name",
    "target_name_ar", "target_iso3", "type", "type_label", "cameo", "goldstein", "plover",
    "polarity", "speaker", "evidence", "outlet", "url", "source_file", "language",
}


@pytest.fixture(scope="module")
def store_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("exports") / "store"
    store = make_store(path)
    doc = make_document(7)  # read from /corpus/doc00007.txt, no URL
    store.replace_document(doc, make_stances(doc))
    store.close()
    return path


def export(store_path: Path, tmp_path: Path, fmt: str, *extra: str) -> bytes:
    out = tmp_path / f"export.{fmt}"
    assert cli.main(["export", "--store", str(store_path), "--format", fmt, "--out", str(out),
                     *extra]) == 0
    return out.read_bytes()


def stance_count(store_path: Path) -> tuple[int, int]:
    """(stances, edge stances) counted with SPARQL, independently of the export code."""
    from graph.store import open_store

    with open_store(store_path, create=False) as s:
        rows = s.select("""SELECT ?s ?neg ?hyp ?t WHERE { ?s a sg:Stance .
            OPTIONAL { ?s sg:negated ?neg } OPTIONAL { ?s sg:hypothetical ?hyp }
            OPTIONAL { ?s sg:target ?t } }""")
    edges = sum(1 for r in rows if not r["neg"] and not r["hyp"] and r["t"])
    return len(rows), edges


def edges_of(store_path: Path) -> set[tuple[str, str, str]]:
    from graph.store import open_store

    with open_store(store_path, create=False) as s:
        return store_edges(s)


def test_events_csv_loads_with_pandas_in_the_gdelt_spirit(store_path: Path,
                                                           tmp_path: Path) -> None:
    data = export(store_path, tmp_path, "csv")
    df = pd.read_csv(io.BytesIO(data), dtype={"cameo": str})
    assert EVENT_COLUMNS_WANTED <= set(df.columns)
    assert len(df) == stance_count(store_path)[0]
    ar = df[df["evidence"] == AR_EVIDENCE].iloc[0]
    assert (ar["holder"], ar["holder_name"], ar["holder_name_ar"], ar["holder_iso3"]) == (
        "RUS", "Russia", "روسيا", "RUS")
    assert (ar["target"], ar["target_name"], ar["target_iso3"]) == ("TUR", "Turkey", "TUR")
    assert (ar["type"], ar["type_label"], ar["cameo"], ar["plover"], ar["polarity"]) == (
        "urges_restraint", "urges restraint", "0256", "REQUEST:yield", "neutral")
    assert ar["goldstein"] == pytest.approx(-0.3)
    assert (ar["language"], ar["outlet"], ar["date"]) == ("ar", "RT Arabic", "2022-11-22")
    assert ar["url"] == "https://arabic.rt.com/middle_east/1" and bool(ar["is_edge"])
    # a text file has no URL: its file name says where the stance came from
    from_file = df[df["source_file"] == "doc00007.txt"]
    assert len(from_file) == 3 and from_file["url"].isna().all()
    # negated and targetless stances are rows too, marked as no edge
    negated = from_file[from_file["negated"]]
    assert len(negated) == 1 and not negated["is_edge"].iloc[0]
    untargeted = df[(df["holder"] == "UN")]
    assert untargeted["target"].isna().all() and not untargeted["is_edge"].any()
    assert df["is_edge"].sum() == stance_count(store_path)[1]
    # an organisation has no ISO 3166 code
    assert untargeted["holder_iso3"].isna().all()


def test_edges_csv_has_one_row_per_edge_with_counts_and_dates(store_path: Path,
                                                              tmp_path: Path) -> None:
    df = pd.read_csv(io.BytesIO(export(store_path, tmp_path, "edges-csv")),
                     dtype={"cameo": str})
    rows = {(r.holder, r.target, r.type): r for r in df.itertuples()}
    assert set(rows) == edges_of(store_path)
    assert len(df) == len(rows)  # no duplicates
    rt = rows[("RUS", "TUR", "urges_restraint")]
    assert (rt.stances, rt.documents, rt.languages) == (3, 3, "ar;en")
    assert (rt.first_date, rt.last_date) == ("2022-11-22", "2024-11-01")
    assert (rt.holder_name, rt.target_name_ar, rt.cameo) == ("Russia", "تركيا", "0256")
    undated = rows[("USA", "RUS", "calls_for_dialogue")]
    assert undated.undated == 1 and pd.isna(undated.first_date)
    assert df["stances"].sum() == stance_count(store_path)[1]


def _gephi_edges(g: Any) -> list[dict[str, Any]]:
    return [d for _, _, d in g.edges(data=True)]


def test_graphml_opens_in_networkx_with_label_weight_and_dates(store_path: Path,
                                                              tmp_path: Path) -> None:
    g = nx.read_graphml(io.BytesIO(export(store_path, tmp_path, "graphml")))
    assert {(u, v, d["stance_type"]) for u, v, d in g.edges(data=True)} == edges_of(store_path)
    assert g.number_of_edges() == len(edges_of(store_path))  # aggregated: one per edge
    assert g.nodes["TUR"]["label"] == "Turkey" and g.nodes["TUR"]["label_ar"] == "تركيا"
    assert g.nodes["TUR"]["iso3"] == "TUR"
    by_key = {(u, v, d["stance_type"]): d for u, v, d in g.edges(data=True)}
    rt = by_key[("RUS", "TUR", "urges_restraint")]
    assert rt["label"] == "urges restraint" and isinstance(rt["weight"], float)
    assert rt["weight"] == 3.0 and rt["stances"] == 3 and rt["cameo"] == "0256"
    assert (rt["start"], rt["end"]) == ("2022-11-22", "2024-11-01")
    assert rt["timeset"] == "<[2022-11-01, 2022-11-30]; [2024-11-01, 2024-11-30]>"
    assert all({"label", "weight", "goldstein", "plover", "polarity"} <= set(d)
               for d in _gephi_edges(g))


def test_graphml_labels_in_arabic_and_one_edge_per_stance(store_path: Path,
                                                          tmp_path: Path) -> None:
    g = nx.read_graphml(io.BytesIO(export(store_path, tmp_path, "graphml", "--per-stance",
                                          "--lang", "ar")))
    assert g.number_of_edges() == stance_count(store_path)[1]
    assert g.nodes["RUS"]["label"] == "روسيا"
    texts = {d["evidence"]: d for d in _gephi_edges(g)}
    ar = texts[AR_EVIDENCE]
    assert ar["label"] == "يدعو إلى ضبط النفس" and ar["weight"] == 1.0
    assert ar["date"] == ar["start"] == ar["end"] == "2022-11-22"


def test_gexf_is_a_dynamic_graph_with_dated_timeline(store_path: Path, tmp_path: Path) -> None:
    data = export(store_path, tmp_path, "gexf")
    text = data.decode("utf-8")
    assert re.search(r'<graph [^>]*mode="dynamic"', text)
    assert re.search(r'<graph [^>]*timeformat="date"', text)
    assert re.search(r'<attributes mode="dynamic" class="edge">\s*<attribute [^>]*'
                     r'title="stances_by_month" type="long"', text)
    g = nx.read_gexf(io.BytesIO(data))
    by_key = {(u, v, d["stance_type"]): d for u, v, d in g.edges(data=True)}
    assert set(by_key) == edges_of(store_path)
    rt = by_key[("RUS", "TUR", "urges_restraint")]
    assert rt["label"] == "urges restraint" and rt["weight"] == 3.0
    assert rt["spells"] == [("2022-11-01", "2022-11-30"), ("2024-11-01", "2024-11-30")]
    assert rt["stances_by_month"] == [(2, "2022-11-01", "2022-11-30"),
                                      (1, "2024-11-01", "2024-11-30")]
    assert g.nodes["RUS"]["label"] == "Russia"


def test_per_stance_is_refused_for_tables(store_path: Path, tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    code = cli.main(["export", "--store", str(store_path), "--format", "csv", "--per-stance"])
    err = capsys.readouterr().err
    assert code == 2 and "--per-stance applies to graphml and gexf" in err


def test_export_into_a_missing_folder_says_so(store_path: Path, tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "nowhere" / "x.csv"
    code = cli.main(["export", "--store", str(store_path), "--format", "csv", "--out", str(out)])
    err = capsys.readouterr().err
    assert code == 2 and "no such folder" in err and "Traceback" not in err

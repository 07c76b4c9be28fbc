"""Pages that scale with the graph, not the documents: a bounded evidence sample per edge with
the count of the rest, text fetched from the store for the sample only, and hub actor pages that
draw their own edges rather than most of the graph."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from test_pages import AR_EVIDENCE, make_store, page_data, row, stance_text

from output.page import LAYOUT_EDGES, actor_page, build_site, sample_evidence, stance_graph
from stancegraph import cli


def _rows(n: int) -> list[Any]:
    return [row("RUS", "urges_restraint", "TUR", f"d{i:02d}", date=f"2024-01-{i + 1:02d}",
                id=f"s{i:02d}", evidence=f"sentence {i}") for i in range(n)]


def test_an_edge_carries_text_for_its_sample_and_rows_for_every_stance() -> None:
    pages = build_site(_rows(10), [], evidence_per_edge=3)
    data = page_data(pages[1].html, pages)
    (edge,) = data["edges"]
    refs = edge[3]
    assert len(refs) == 10  # counts and the date filter still see every stance
    texts = [stance_text(data, i) for i in refs]
    shown = [t[0] for t in texts if t is not None]
    # three from the whole span of dates, first and last included
    assert shown == ["sentence 0", "sentence 4", "sentence 9"]
    docs = data["sg-text"]["docs"]
    assert sum(d is not None for d in docs) == 3


def test_all_evidence_when_unbounded() -> None:
    pages = build_site(_rows(10), [], evidence_per_edge=None)
    data = page_data(pages[1].html, pages)
    assert all(stance_text(data, i) is not None for i in range(len(data["stances"])))


def test_sample_prefers_distinct_documents() -> None:
    g = stance_graph([row("RUS", "condemns", "USA", "d1", id="a", date="2024-01-01"),
                      row("RUS", "condemns", "USA", "d1", id="b", date="2024-01-01"),
                      row("RUS", "condemns", "USA", "d2", id="c", date="2024-01-02")], [])
    evs = g.edges["RUS", "USA", "condemns"]["evidence"]
    assert [e.id for e in sample_evidence(evs, 2)] == ["a", "c"]


def test_a_hub_page_draws_its_own_edges_only() -> None:
    # a hub linked to 30 actors that are all linked to each other: its ego network is the
    # whole graph (30 + 435 edges), more than LAYOUT_EDGES
    others = [f"A{i:02d}" for i in range(30)]
    rows = [row("HUB", "condemns", o, id=f"h{o}") for o in others]
    rows += [row(a, "welcomes", b, id=f"{a}{b}") for i, a in enumerate(others)
             for b in others[i + 1:]]
    g = stance_graph(rows, [])
    assert g.number_of_edges() > LAYOUT_EDGES
    data = page_data(actor_page(g, "HUB").html)
    assert len(data["edges"]) == 30 and len(data["actors"]) == 31
    small = page_data(actor_page(g, "A00").html)  # ego of A00 is the whole graph too
    assert len(small["edges"]) == 30  # its own: 29 welcomes and the hub's


def test_render_fetches_the_text_of_the_sample_from_the_store(tmp_path: Path) -> None:
    make_store(tmp_path / "store").close()
    out = tmp_path / "site"
    assert cli.main(["render", "--store", str(tmp_path / "store"), "--out", str(out),
                     "--evidence", "1"]) == 0
    data = page_data((out / "graph.html").read_text(encoding="utf-8"), out)
    ids = [a[0] for a in data["actors"]]
    edge = next(e for e in data["edges"]
                if (ids[e[0]], ids[e[1]], e[2]) == ("RUS", "TUR", "urges_restraint"))
    texts = [stance_text(data, i) for i in edge[3]]
    assert len(texts) == 2 and sum(t is not None for t in texts) == 1
    text = next(t for t in texts if t is not None)
    assert text[0] in (AR_EVIDENCE, "Russia again urged Turkey to show restraint.")
    everything = tmp_path / "all"
    assert cli.main(["render", "--store", str(tmp_path / "store"), "--out", str(everything),
                     "--evidence", "0"]) == 0
    full = page_data((everything / "graph.html").read_text(encoding="utf-8"), everything)
    assert all(stance_text(full, i) is not None for i in range(len(full["stances"])))


def test_negative_evidence_is_a_usage_error(tmp_path: Path) -> None:
    make_store(tmp_path / "store").close()
    assert cli.main(["render", "--store", str(tmp_path / "store"), "--out",
                     str(tmp_path / "x"), "--evidence", "-1"]) == 2


def test_the_dialog_lists_the_sample_and_names_the_query_for_the_rest(tmp_path: Path) -> None:
    import pytest
    from test_pages_browser import Tab

    from tests.chromium import CHROMIUM, CHROMIUM_ARGS

    if not Path(CHROMIUM).exists():
        pytest.skip(f"{CHROMIUM} not found")
    sync_api = pytest.importorskip("playwright.sync_api")
    (tmp_path / "assets").mkdir()
    for page in build_site(_rows(10), [], evidence_per_edge=3):
        (tmp_path / page.path).write_text(page.html, encoding="utf-8")
    with sync_api.sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            tab = Tab(browser)
            page = tab.open(tmp_path / "graph.html")
            page.evaluate("window.stancegraph.openEdge(0)")
            page.locator("#sg-dialog").wait_for(state="visible")
            assert page.locator("#sg-evidence blockquote").count() == 3
            more = page.locator("#sg-evidence .sg-more")
            assert more.text_content().startswith("7 more not shown")
            assert page.locator("#sg-evidence .sg-more code").text_content() == (
                "stancegraph query stances_behind_edge -p holder=RUS -p target=TUR "
                "-p concept=urges_restraint")
            tab.check_clean()
            tab.context.close()
        finally:
            browser.close()

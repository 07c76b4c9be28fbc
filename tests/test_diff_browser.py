"""The diff page in a real headless Chromium, offline, on the bundled examples: edges that open
their evidence with date and outlet, honest coverage, Arabic labels, and a phone's width.
Screenshots go to tests/artifacts/."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from graph_fixtures import EXAMPLES
from test_pages_browser import Tab

from stancegraph import cli
from tests.chromium import CHROMIUM

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not Path(CHROMIUM).exists(),
                       reason=f"{CHROMIUM} not found (apt-get install chromium)"),
]
A, B = "2024-05", "2025"


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    base = tmp_path_factory.mktemp("diffpage")
    store = str(base / "store")
    assert cli.main(["ingest", "--quiet", "--store", store, str(EXAMPLES)]) == 0
    out = base / "site"
    assert cli.main(["render", "--store", store, "--out", str(out)]) == 0
    assert cli.main(["diff", A, B, "--store", store, "--html", str(out / "diff.html")]) == 0
    return out


@pytest.fixture()
def tab(browser: Any) -> Iterator[Tab]:
    t = Tab(browser)
    yield t
    t.context.close()


def open_diff(tab: Tab, site: Path) -> Any:
    page = tab.open(site / "diff.html", viewer=False)
    page.wait_for_selector("body[data-ready='1']", state="attached", timeout=30_000)
    return page


def edge_point(page: Any, index: int) -> tuple[float, float]:
    return page.evaluate(
        """(i) => { const n = window.stancegraphDiff.network;
             const p = n.body.edges[i].edgeType.getPoint(0.5);
             const d = n.canvasToDOM(p);
             const r = document.getElementById('dg-graph').getBoundingClientRect();
             return [r.left + d.x, r.top + d.y]; }""", index)


def find_edge(page: Any, holder: str, target: str, status: str) -> int:
    return page.evaluate(
        """([h, t, s]) => window.stancegraphDiff.data.edges.findIndex(
             e => e[0] === h && e[1] === t && e[2] === s)""", [holder, target, status])


def test_only_changed_pairs_are_drawn_and_an_edge_opens_its_evidence(site: Path,
                                                                     tab: Tab) -> None:
    page = open_diff(tab, site)
    data = page.evaluate("window.stancegraphDiff.data")
    drawn = page.evaluate("window.stancegraphDiff.network.body.data.edges.length")
    assert drawn == len(data["edges"]) > 0
    # every drawn edge belongs to a pair that changed; unchanged pairs are only in the table
    unchanged = page.locator("details tr.dg-pair").count()
    pairs = {(e[0], e[1]) for e in data["edges"]}
    assert len(pairs) + unchanged == page.locator("tr.dg-pair").count()
    # Egypt condemned Israel in May 2024 and not in 2025: a dropped edge, red and dashed
    edge = find_edge(page, "EGY", "ISR", "dropped")
    assert edge >= 0
    page.mouse.click(*edge_point(page, edge))
    dialog = page.locator("#dg-dialog")
    dialog.wait_for(state="visible")
    title = page.locator("#dg-dialog-title").text_content()
    assert "Egypt" in title and "Israel" in title and "dropped" in title
    text = page.locator("#dg-dialog-body").text_content()
    assert "condemns" in text and "2024-05-07" in text and "Stancegraph Demo News" in text
    assert page.locator("#dg-dialog-body blockquote").count() >= 1
    tab.shot("diff-edge-dialog")
    # the pair's timeline on the graph page of the same folder
    link = page.locator("#dg-dialog-body a[href^='graph.html#pair=']")
    assert link.get_attribute("href") == "graph.html#pair=EGY|ISR"
    page.click("#dg-close")
    dialog.wait_for(state="hidden")
    assert page.locator("tr.dg-pair a[href='graph.html#pair=EGY|ISR']").count() == 1
    tab.check_clean()
    link = page.locator("tr.dg-pair a[href='graph.html#pair=EGY|ISR']")
    link.click()
    page.wait_for_selector("body[data-ready='1']", state="attached", timeout=30_000)
    page.locator("#sg-dialog").wait_for(state="visible")
    title = page.locator("#sg-dialog-title").text_content()
    assert "Egypt" in title and "Israel" in title and "⇄" in title
    assert page.locator(".sg-pair-chart rect").count() >= 2
    tab.shot("diff-to-pair-timeline")
    tab.check_clean()


def test_a_pair_absent_from_a_period_shows_no_stances_not_a_shift(site: Path,
                                                                   tab: Tab) -> None:
    page = open_diff(tab, site)
    heads = page.locator("tr.dg-pair th").all_text_contents()
    new = [h for h in heads if "Iran" in h and "United States" in h and h.index("Iran") <
           h.index("United States")]
    assert new and "no stances" in new[0] and "new in B" in new[0]
    assert "shift" not in new[0]
    # changed pairs come first: the first heads are real shifts between both periods
    assert "shift" in heads[0]
    tab.check_clean()


def test_arabic_labels_and_right_to_left(site: Path, tab: Tab) -> None:
    page = open_diff(tab, site)
    page.select_option("#dg-lang", "ar")
    assert page.evaluate("document.documentElement.lang") == "ar"
    assert page.evaluate("document.documentElement.dir") == "rtl"
    labels = page.evaluate(
        "window.stancegraphDiff.network.body.data.nodes.get().map(n => n.label)")
    assert "مصر" in labels and "إسرائيل" in labels
    edge = find_edge(page, "EGY", "ISR", "dropped")
    edge_label = page.evaluate(
        "(i) => window.stancegraphDiff.network.body.data.edges.get(i).label", edge)
    assert "يدين" in edge_label
    assert page.locator("h1").text_content().startswith("ما الذي تغيّر")
    assert page.locator("tr.dg-pair .l-ar").first.is_visible()
    assert not page.locator("tr.dg-pair .l-en").first.is_visible()
    tab.shot("diff-arabic")
    tab.check_clean()


def test_phone_width(site: Path, browser: Any) -> None:
    t = Tab(browser)
    try:
        t.context.close()
        t.context = browser.new_context(viewport={"width": 390, "height": 844},
                                        device_scale_factor=2, is_mobile=True, has_touch=True)
        t.context.route("**/*", t._route)
        t.page = t.context.new_page()
        t.page.on("pageerror", lambda e: t.errors.append(f"pageerror: {e}"))
        page = open_diff(t, site)
        assert page.evaluate("document.documentElement.scrollWidth") <= 390
        box = page.locator("#dg-graph").bounding_box()
        assert box["width"] >= 380 and box["height"] >= 0.6 * 844
        t.shot("diff-phone")
        t.check_clean()
    finally:
        t.context.close()


def test_diff_and_index_link_each_other_whichever_is_written_first(site: Path,
                                                                   tab: Tab) -> None:
    store = str(site.parent / "store")
    for order in (("diff", "render"), ("render", "diff")):
        out = site.parent / "-".join(order)
        out.mkdir()
        for step in order:
            args = (["diff", A, B, "--html", str(out / "diff-a-b.html")] if step == "diff"
                    else ["render", "--out", str(out)])
            assert cli.main([*args, "--store", store]) == 0
        page = tab.open(out / "index.html", viewer=False)
        assert page.locator("a[href='diff-a-b.html']").count() == 1, order
        page.click("a[href='diff-a-b.html']")
        page.wait_for_selector("body[data-ready='1']", state="attached", timeout=30_000)
        link = page.locator("tr.dg-pair a[href='graph.html#pair=EGY|ISR']")
        assert link.count() == 1, order
        link.click()
        page.wait_for_selector("body[data-ready='1']", state="attached", timeout=30_000)
        page.locator("#sg-dialog").wait_for(state="visible")
        assert "⇄" in page.locator("#sg-dialog-title").text_content()
    tab.check_clean()

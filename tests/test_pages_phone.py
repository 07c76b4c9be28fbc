"""The graph pages on a phone and the pair timeline, in a real headless Chromium, offline:
the graph takes most of a 390 px screen with the panel as a drawer, and any two actors' stances
month by month open from an edge dialog or from a link (graph.html#pair=A|B)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from test_pages import make_store
from test_pages_browser import Tab, click_edge, edge_index

from stancegraph import cli
from tests.chromium import CHROMIUM

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not Path(CHROMIUM).exists(),
                       reason=f"{CHROMIUM} not found (apt-get install chromium)"),
]
PHONE = {"width": 390, "height": 844}


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    base = tmp_path_factory.mktemp("phone")
    make_store(base / "store").close()
    for lang in ("en", "ar"):
        assert cli.main(["render", "--store", str(base / "store"), "--out",
                         str(base / lang), "--lang", lang]) == 0
    return base


@pytest.fixture()
def phone(browser: Any) -> Iterator[Tab]:
    t = Tab(browser)
    t.context.close()
    t.context = browser.new_context(viewport=PHONE, device_scale_factor=2, is_mobile=True,
                                    has_touch=True)
    t.context.route("**/*", t._route)
    t.page = t.context.new_page()
    t.page.on("pageerror", lambda e: t.errors.append(f"pageerror: {e}"))
    t.page.on("console", lambda m: t.errors.append(f"console: {m.text}")
              if m.type == "error" else None)
    yield t
    t.context.close()


@pytest.fixture()
def tab(browser: Any) -> Iterator[Tab]:
    t = Tab(browser)
    yield t
    t.context.close()


def on_screen(box: dict[str, float] | None) -> bool:
    return box is not None and box["x"] + box["width"] > 1 and box["x"] < PHONE["width"] - 1


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_the_graph_takes_most_of_a_phone_screen_and_the_panel_is_a_drawer(
        site: Path, phone: Tab, lang: str) -> None:
    page = phone.open(site / lang / "graph.html")
    graph = page.locator("#sg-graph").bounding_box()
    assert graph is not None
    assert graph["width"] >= 0.95 * PHONE["width"]
    assert graph["height"] >= 0.6 * PHONE["height"]
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    assert not on_screen(page.locator("#sg-panel").bounding_box())
    page.click("#sg-panel-toggle")
    page.wait_for_timeout(400)  # the drawer slides in
    assert on_screen(page.locator("#sg-panel").bounding_box())
    assert page.get_attribute("#sg-panel-toggle", "aria-expanded") == "true"
    phone.shot(f"phone-drawer-{lang}")
    page.click("#sg-panel-toggle")
    page.wait_for_timeout(400)
    assert not on_screen(page.locator("#sg-panel").bounding_box())
    phone.shot(f"phone-graph-{lang}")
    phone.check_clean()


def test_pair_timeline_opens_from_a_link(site: Path, tab: Tab) -> None:
    page = tab.page
    page.goto((site / "en" / "graph.html").as_uri() + "#pair=RUS|TUR")
    page.wait_for_selector("body[data-ready='1']", state="attached", timeout=30_000)
    page.locator("#sg-dialog").wait_for(state="visible")
    assert page.locator("#sg-dialog-title").text_content() == (
        "\u2068Russia\u2069 ⇄ \u2068Turkey\u2069 · month by month")
    rows = page.locator(".sg-pair-table tr").all_text_contents()
    # Russia urged restraint (neutral, Goldstein -0.3) in 2022-11 and 2024-11; Turkey none
    assert rows[1:] == ["2022-11neutral 1 · mean Goldstein -0.30–",
                        "2024-11neutral 1 · mean Goldstein -0.30–"]
    assert page.locator(".sg-pair-chart rect").count() == 2
    assert page.locator(".sg-pair-chart circle.sg-goldstein").count() == 2
    months = page.evaluate("window.stancegraph.pairMonths('RUS', 'TUR').months.length")
    assert months == 25  # every month from 2022-11 to 2024-11: gaps show as gaps
    tab.shot("pair-timeline")
    tab.check_clean()


def test_pair_timeline_opens_from_an_edge_dialog(site: Path, tab: Tab) -> None:
    page = tab.open(site / "en" / "graph.html")
    click_edge(page, edge_index(page, "SYR", "demands_withdrawal", "TUR"))
    page.locator("#sg-dialog").wait_for(state="visible")
    page.click("#sg-pair-button")
    title = page.locator("#sg-dialog-title").text_content()
    assert "Syria" in title and "Turkey" in title and "⇄" in title
    rows = page.locator(".sg-pair-table tr").all_text_contents()
    # both directions: Syria demands withdrawal, Turkey affirms Syria's sovereignty
    assert rows[1] == ("2024-11conflictual 1 · mean Goldstein -5.00"
                       "cooperative 1 · mean Goldstein 4.00")
    tab.check_clean()


def test_the_overview_explains_its_figures(site: Path) -> None:
    html = (site / "en" / "index.html").read_text(encoding="utf-8")
    assert "its arrow points from the actor who holds the stance" in html
    assert "Negated" in html


def test_actor_tables_switch_to_arabic_with_the_labels(site: Path, tab: Tab) -> None:
    page = tab.open(site / "en" / "actor-TUR.html")
    cells = page.locator("#sg-actor-tables td").all_text_contents()
    assert "urges restraint" in " ".join(cells) and "Russia" in " ".join(cells)
    page.select_option("#sg-lang", "ar")
    cells = " ".join(page.locator("#sg-actor-tables td").all_text_contents())
    heads = " ".join(page.locator("#sg-actor-tables th, #sg-actor-tables h2").all_text_contents())
    assert "يدعو إلى ضبط النفس" in cells and "روسيا" in cells
    assert "urges restraint" not in cells and "Russia" not in cells
    assert "Stance type" not in heads
    tab.check_clean()

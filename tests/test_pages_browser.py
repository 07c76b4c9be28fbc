"""Graph pages in a real headless Chromium, offline: what is drawn, the evidence dialog, the
controls, and that article markup runs nothing. Screenshots go to tests/artifacts/."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from test_pages import AR_EVIDENCE, XSS_EVIDENCE, XSS_TITLE, make_store, row, store_edges

from output.page import (
    LARGE_NODES,
    TEXT_FILE,
    VIEWER_FILE,
    VIS_FILE,
    build_site,
    graph_page,
    stance_graph,
)
from stancegraph import cli
from tests.chromium import CHROMIUM

ARTIFACTS = Path(__file__).resolve().parent / "artifacts"

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not Path(CHROMIUM).exists(),
                       reason=f"{CHROMIUM} not found (apt-get install chromium)"),
]


@dataclass
class Site:
    out: Path
    edges: set[tuple[str, str, str]]
    nodes: set[str] = field(default_factory=set)


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Site:
    """The render command's pages for the test store, and what the store holds."""
    from graph.store import open_store

    base = tmp_path_factory.mktemp("browser")
    make_store(base / "store").close()
    out = base / "site"
    assert cli.main(["render", "--store", str(base / "store"), "--out", str(out)]) == 0
    with open_store(base / "store", create=False) as s:
        edges = store_edges(s)
    return Site(out=out, edges=edges, nodes={a for e in edges for a in e[:2]})


class Tab:
    """One page in a fresh context with the network cut off: every request that is not a
    ``file:`` or ``data:`` URL is aborted and remembered, as are console errors."""

    def __init__(self, browser: Any) -> None:
        self.context = browser.new_context(viewport={"width": 1400, "height": 900})
        self.offsite: list[str] = []
        self.requests: list[str] = []
        self.errors: list[str] = []
        self.context.route("**/*", self._route)
        self.page = self.context.new_page()
        self.page.on("pageerror", lambda e: self.errors.append(f"pageerror: {e}"))
        self.page.on("console", lambda m: self.errors.append(f"console: {m.text}")
                     if m.type == "error" else None)

    def _route(self, route: Any) -> None:
        url = route.request.url
        self.requests.append(url)
        if url.startswith(("file:", "data:")):
            route.continue_()
        else:
            self.offsite.append(url)
            route.abort()

    def open(self, path: Path, *, viewer: bool = True) -> Any:
        self.page.goto(path.as_uri())
        if viewer:
            self.page.wait_for_selector("body[data-ready='1']", state="attached", timeout=30_000)
        return self.page

    def drawn(self) -> dict[str, int]:
        return self.page.evaluate("window.stancegraph.drawnCounts()")

    def check_clean(self) -> None:
        assert self.offsite == [], "requests left the machine"
        assert self.errors == []

    def shot(self, name: str) -> None:
        ARTIFACTS.mkdir(exist_ok=True)
        self.page.screenshot(path=str(ARTIFACTS / f"{name}.png"))


@pytest.fixture()
def tab(browser: Any) -> Iterator[Tab]:
    t = Tab(browser)
    yield t
    t.context.close()


def edge_index(page: Any, holder: str, type_: str, target: str) -> int:
    return page.evaluate(
        """([h, t, ty]) => { const D = window.stancegraph.data;
             return D.edges.findIndex(e => D.actors[e[0]][0] === h && D.actors[e[1]][0] === t
                                           && e[2] === ty); }""", [holder, target, type_])


def edge_point(page: Any, index: int) -> tuple[float, float]:
    """Where the middle of the drawn edge is on the screen."""
    x, y = page.evaluate(
        """(i) => { const n = window.stancegraph.network;
             const p = n.body.edges[i].edgeType.getPoint(0.5);
             const d = n.canvasToDOM(p);
             const r = document.getElementById('sg-graph').getBoundingClientRect();
             return [r.left + d.x, r.top + d.y]; }""", index)
    return x, y


def click_edge(page: Any, index: int) -> None:
    page.mouse.click(*edge_point(page, index))


def node_point(page: Any, actor: str) -> tuple[float, float]:
    return page.evaluate(
        """(id) => { const n = window.stancegraph.network;
             const d = n.canvasToDOM(n.getPositions([id])[id]);
             const r = document.getElementById('sg-graph').getBoundingClientRect();
             return [r.left + d.x, r.top + d.y]; }""", actor)


def test_graph_page_draws_every_node_and_edge_of_the_store(site: Site, tab: Tab) -> None:
    tab.open(site.out / "graph.html")
    assert tab.drawn() == {"nodes": len(site.nodes), "edges": len(site.edges)}
    drawn = tab.page.evaluate("""() => { const s = window.stancegraph;
        return s.edges.get().map(e => [e.from, e.to, s.data.edges[e.id][2]]); }""")
    assert {tuple(e) for e in drawn} == site.edges
    tab.shot("graph")
    tab.check_clean()


def test_clicking_an_edge_shows_its_evidence_right_to_left(site: Site, tab: Tab) -> None:
    page = tab.open(site.out / "graph.html")
    edge = edge_index(page, "RUS", "urges_restraint", "TUR")
    page.mouse.move(*edge_point(page, edge))
    page.locator("#sg-tip").wait_for(state="visible")
    assert page.locator("#sg-tip").text_content() == (
        "\u2068Russia\u2069 → \u2068urges restraint\u2069 → \u2068Turkey\u2069\n"
        "2 stances, 2 documents\nsources: Arabic 1, English 1")
    click_edge(page, edge)
    dialog = page.locator("#sg-dialog")
    dialog.wait_for(state="visible")
    assert "sources: Arabic 1, English 1" in page.locator("#sg-dialog-sub").text_content()
    quotes = page.locator("#sg-evidence blockquote")
    assert quotes.count() == 2
    assert quotes.nth(0).text_content() == AR_EVIDENCE
    assert quotes.nth(0).get_attribute("dir") == "rtl"
    assert quotes.nth(1).get_attribute("dir") == "ltr"
    meta = page.locator("#sg-evidence .sg-meta").nth(0).text_content()
    for part in ("ألكسندر لافرنتييف", "RT Arabic", "2022-11-22"):
        assert part in meta
    link = page.locator("#sg-evidence a").nth(0)
    assert link.get_attribute("href") == "https://arabic.rt.com/middle_east/1"
    assert link.get_attribute("rel") == "noopener noreferrer"
    tab.shot("graph-edge-dialog")
    page.click("#sg-close")
    dialog.wait_for(state="hidden")
    tab.check_clean()


def test_article_markup_is_shown_as_text_and_runs_nothing(site: Site, tab: Tab) -> None:
    page = tab.open(site.out / "graph.html")
    click_edge(page, edge_index(page, "QAT", "calls_for_dialogue", "IRN"))
    page.locator("#sg-dialog").wait_for(state="visible")
    assert page.locator("#sg-evidence blockquote").text_content() == XSS_EVIDENCE
    assert page.locator("#sg-evidence cite").text_content() == XSS_TITLE
    assert page.locator("#sg-dialog img, #sg-dialog script, #sg-dialog b, #sg-dialog a").count() == 0
    page.hover("#sg-evidence blockquote")
    tab.shot("xss-probe")
    for name in ("index.html", "actor-QAT.html", "actor-IRN.html"):
        tab.open(site.out / name, viewer=name != "index.html")
        assert page.locator("img").count() == 0
    assert page.evaluate("typeof window.__xss") == "undefined"
    assert not [u for u in tab.requests if re.search(r"/x$", u)]  # <img src=x> never loaded
    tab.check_clean()


def test_every_page_opens_offline_and_actor_pages_draw_their_ego_network(
        site: Site, tab: Tab) -> None:
    tab.open(site.out / "index.html", viewer=False)
    links = tab.page.eval_on_selector_all("a[href]", "as => as.map(a => a.getAttribute('href'))")
    assert "graph.html" in links
    tab.shot("index")
    actor_pages = sorted(p for p in links if p.startswith("actor-"))
    assert actor_pages == sorted(p.name for p in site.out.glob("actor-*.html"))
    for name in actor_pages:
        actor = name[len("actor-"):-len(".html")]
        tab.open(site.out / name)
        ego = {e for e in site.edges if actor in e[:2]}
        members = {a for e in ego for a in e[:2]} or {actor} & site.nodes
        ego |= {e for e in site.edges if e[0] in members and e[1] in members}
        assert tab.drawn() == {"nodes": len(members), "edges": len(ego)}, name
    tab.open(site.out / "actor-UN.html")  # only an untargeted stance: listed under the graph
    assert "The United Nations urged restraint." in tab.page.locator(
        "#sg-untargeted").text_content()
    tab.open(site.out / "actor-TUR.html")
    tab.shot("actor-TUR")
    tab.check_clean()


def test_filters_language_search_and_node_links(site: Site, tab: Tab) -> None:
    page = tab.open(site.out / "graph.html")
    conflictual = {e for e in site.edges if e[2] in ("demands_withdrawal",)}
    page.locator("input[name=sg-polarity][value=conflictual]").uncheck()
    assert tab.drawn()["edges"] == len(site.edges) - len(conflictual)
    page.locator("input[name=sg-polarity][value=conflictual]").check()

    page.fill("#sg-from", "2024-01-01")
    page.dispatch_event("#sg-from", "change")
    page.locator("#sg-undated").uncheck()
    in_2024 = {("SYR", "TUR", "demands_withdrawal"), ("TUR", "SYR", "affirms_sovereignty"),
               ("RUS", "TUR", "urges_restraint")}
    assert tab.drawn() == {"nodes": 3, "edges": len(in_2024)}
    page.locator("#sg-undated").check()
    assert tab.drawn()["edges"] == len(in_2024) + 1  # Washington's undated call

    page.select_option("#sg-lang", "ar")
    assert page.evaluate("window.stancegraph.nodes.get('RUS').label") == "روسيا"
    assert page.evaluate("document.documentElement.dir") == "rtl"
    tab.shot("graph-arabic")

    page.fill("#sg-search", "qat")  # Qatar spoke in 2023: hidden by the date filter
    page.press("#sg-search", "Enter")
    assert page.evaluate("window.stancegraph.network.getSelectedNodes()") == ["QAT"]
    assert tab.drawn() == {"nodes": len(site.nodes), "edges": len(site.edges)}  # filters reset

    page.fill("#sg-search", "تركيا")
    page.press("#sg-search", "Enter")
    assert page.evaluate("window.stancegraph.network.getSelectedNodes()") == ["TUR"]
    assert page.locator("#sg-node-info a").get_attribute("href") == "actor-TUR.html"

    page.wait_for_timeout(600)  # the focus animation moves the view for 400 ms
    x, y = node_point(page, "TUR")
    page.locator("#sg-dialog").evaluate("d => d.open && d.close()")
    page.mouse.dblclick(x, y)
    page.wait_for_url("**/actor-TUR.html")
    tab.check_clean()


def test_large_graph_is_drawn_without_physics_at_once(tmp_path: Path, tab: Tab) -> None:
    n = LARGE_NODES + 100
    rows = [row(f"A{i:04d}", t, f"A{(i * k + 1) % n:04d}", doc=f"d{i}")
            for i in range(n) for k, t in ((7, "welcomes"), (13, "condemns"), (29, "warns"))]
    (tmp_path / "assets").mkdir()
    for p in build_site(rows, [], max_actor_pages=0):
        (tmp_path / p.path).write_text(p.html, encoding="utf-8")
    page = tab.open(tmp_path / "graph.html")
    assert page.evaluate("window.stancegraph.network.physics.options.enabled") is False
    assert tab.drawn() == {"nodes": n, "edges": len(rows)}
    ready = page.evaluate("window.stancegraph.readyAt")
    assert ready < 5000, f"first frame after {ready:.0f} ms"
    placed = page.evaluate("""() => { const s = window.stancegraph, a = s.data.actors[0];
        const p = s.network.getPositions([a[0]])[a[0]]; return [p.x, p.y, a[4], a[5]]; }""")
    assert placed[:2] == pytest.approx(placed[2:], abs=1)  # where networkx put it (rounded)
    tab.shot("graph-large")
    assert page.evaluate("window.stancegraph.arrows()") is False  # about a pixel when fitted
    page.fill("#sg-search", "A0001")
    page.press("#sg-search", "Enter")
    assert page.evaluate("window.stancegraph.arrows()") is True  # zoomed in on the actor
    tab.check_clean()


def canvas_pixel(page: Any, actor: str) -> list[int]:
    """The canvas pixel (RGBA) at the centre of the actor's node."""
    return page.evaluate(
        """(id) => { const n = window.stancegraph.network;
             const d = n.canvasToDOM(n.getPositions([id])[id]);
             const c = document.querySelector('#sg-graph canvas');
             const k = c.width / c.clientWidth;
             return Array.from(c.getContext('2d').getImageData(
                 Math.round(d.x * k), Math.round(d.y * k), 1, 1).data); }""", actor)


def test_site_pages_draw_with_the_shared_files_beside_them(site: Site, tab: Tab) -> None:
    shared = sorted(p.relative_to(site.out).as_posix() for p in (site.out / "assets").iterdir())
    assert shared == sorted([VIS_FILE, VIEWER_FILE, TEXT_FILE])
    for name in ("graph.html", "actor-TUR.html"):
        tab.requests.clear()
        page = tab.open(site.out / name)
        # the page loaded its scripts from the assets/ folder beside it, over file:
        assert sorted(u.split(site.out.as_uri() + "/")[1] for u in tab.requests
                      if "/assets/" in u) == sorted([VIS_FILE, VIEWER_FILE, TEXT_FILE])
        assert page.evaluate("typeof vis.Network") == "function"
        drawn = page.evaluate("window.stancegraph.network.body.nodeIndices.slice().sort()")
        expected = site.nodes if name == "graph.html" else {"TUR", "RUS", "SYR"}
        assert set(drawn) == expected, name
        # and painted on the canvas: the node's colour, not the white background
        assert canvas_pixel(page, "TUR")[:3] != [255, 255, 255], name
        # the evidence comes from the shared text
        click_edge(page, edge_index(page, "RUS", "urges_restraint", "TUR"))
        page.locator("#sg-dialog").wait_for(state="visible")
        assert page.locator("#sg-evidence blockquote").nth(0).text_content() == AR_EVIDENCE
    tab.check_clean()


def test_a_page_built_on_its_own_is_one_file_that_draws(tmp_path: Path, tab: Tab) -> None:
    rows = [row("RUS", "urges_restraint", "TUR", evidence="Russia urged restraint."),
            row("TUR", "welcomes", "RUS")]
    (tmp_path / "graph.html").write_text(graph_page(stance_graph(rows, [])).html,
                                         encoding="utf-8")
    assert [p.name for p in tmp_path.iterdir()] == ["graph.html"]
    page = tab.open(tmp_path / "graph.html")
    assert tab.requests == [(tmp_path / "graph.html").as_uri()]
    assert tab.drawn() == {"nodes": 2, "edges": 2}
    assert canvas_pixel(page, "RUS")[:3] != [255, 255, 255]
    page.evaluate("window.stancegraph.openEdge(0)")
    page.locator("#sg-dialog").wait_for(state="visible")
    assert page.locator("#sg-evidence blockquote").text_content() == "Russia urged restraint."
    tab.check_clean()

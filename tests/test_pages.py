"""Graph pages: node and edge sets, escaping, offline files, large-graph layout, render."""

from __future__ import annotations

import base64
import hashlib
import json
import re
from collections.abc import Sequence
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from extract.record import Document, Stance
from ontology.errors import StancegraphError
from output import html
from output.page import (
    LARGE_NODES,
    LAYOUT_NODES,
    TEXT_FILE,
    VIEWER_FILE,
    VIS_FILE,
    Page,
    actor_filename,
    actor_page,
    build_site,
    ego_graph,
    graph_data,
    graph_page,
    index_page,
    parse_ui,
    stance_graph,
)
from stancegraph import cli
from stancegraph.commands.render import iso_bound

# --- a small store: the example stances of DESIGN.md, an undated document, a negated, a
# --- hypothetical and an untargeted stance, and an article that tries to inject markup.

XSS_EVIDENCE = ('Qatar calls for dialogue <script>window.__xss = 1</script>'
                '<img src=x onerror="window.__xss = 2"> with Iran.')
XSS_TITLE = '<img src=x onerror="window.__xss = 3">Talks</title><script>window.__xss=4</script>'
XSS_SPEAKER = '<b onmouseover="window.__xss = 5">spokesman</b>'
XSS_URL = "javascript:window.__xss = 6"
AR_EVIDENCE = "ودعا المبعوث الروسي ألكسندر لافرنتييف تركيا إلى ضبط النفس."


def _doc(text: str, **meta: Any) -> Document:
    return Document(doc_id=Document.make_id(text), text=text, **meta)


def _stance(doc: Document, holder: str | None, type_: str, target: str | None,
            evidence: str, **kw: Any) -> Stance:
    start = doc.text.index(evidence)
    kw.setdefault("date", doc.date)
    kw.setdefault("lang", doc.lang or "en")
    return Stance(holder=holder or "", stance_type=type_, target=target, evidence=evidence,
                  start=start, end=start + len(evidence), doc_id=doc.doc_id, rule="test",
                  outlet=doc.outlet, url=doc.url, title=doc.title, confidence=0.8, **kw)


def corpus() -> list[tuple[Document, list[Stance]]]:
    """Documents and their stances, as the extractor would hand them to the store."""
    d1 = _doc("موسكو — " + AR_EVIDENCE, date="2022-11-22", outlet="RT Arabic",
              url="https://arabic.rt.com/middle_east/1", title="روسيا تدعو تركيا", lang="ar")
    e2 = ("Lavrov said Syria insists on the withdrawal of Turkish forces.",
          "Turkey affirms Syria's sovereignty, Lavrov added.",
          "Russia again urged Turkey to show restraint.")
    d2 = _doc(" ".join(e2), date="2024-11-01", outlet="TASS", url="https://tass.com/2",
              title="Lavrov on Syria", lang="en")
    d3 = _doc(f"Doha. {XSS_EVIDENCE}", date="2023-05-01", outlet="<i>Probe</i> News",
              url=XSS_URL, title=XSS_TITLE, lang="en")
    e4 = ("Syria did not demand anything from Turkey.",
          "Egypt might mediate between Israel and Hamas.",
          "The United Nations urged restraint.")
    d4 = _doc(" ".join(e4), date="2024-02-10", outlet="Reuters", url="https://reuters.com/4",
              title="Round-up", lang="en")
    d5 = _doc("Washington called for dialogue with Moscow.", outlet="AP", lang="en")
    return [
        (d1, [_stance(d1, "RUS", "urges_restraint", "TUR", AR_EVIDENCE,
                      speaker="ألكسندر لافرنتييف")]),
        (d2, [_stance(d2, "SYR", "demands_withdrawal", "TUR", e2[0], reported_by="RUS",
                      speaker="Sergei Lavrov"),
              _stance(d2, "TUR", "affirms_sovereignty", "SYR", e2[1], reported_by="RUS"),
              _stance(d2, "RUS", "urges_restraint", "TUR", e2[2])]),
        (d3, [_stance(d3, "QAT", "calls_for_dialogue", "IRN", XSS_EVIDENCE,
                      speaker=XSS_SPEAKER)]),
        (d4, [_stance(d4, "SYR", "demands", "TUR", e4[0], negated=True),
              _stance(d4, "EGY", "mediates", "ISR", e4[1], hypothetical=True),
              _stance(d4, "UN", "urges_restraint", None, e4[2])]),
        (d5, [_stance(d5, "USA", "calls_for_dialogue", "RUS", d5.text)]),
    ]


EXPECTED_NODES = {"RUS", "TUR", "SYR", "QAT", "IRN", "USA"}
EXPECTED_EDGES = {
    ("RUS", "TUR", "urges_restraint"),
    ("SYR", "TUR", "demands_withdrawal"),
    ("TUR", "SYR", "affirms_sovereignty"),
    ("QAT", "IRN", "calls_for_dialogue"),
    ("USA", "RUS", "calls_for_dialogue"),
}


def make_store(path: Path) -> Any:
    from graph.store import open_store

    store = open_store(path)
    for doc, stances in corpus():
        store.replace_document(doc, stances)
    return store


def store_rows(store: Any, **period: str | None) -> tuple[list[Any], list[Any], dict[str, Any]]:
    from graph.query import actor_rows, stance_rows, summary

    return stance_rows(store, **period), actor_rows(store), summary(store)


def store_edges(store: Any) -> set[tuple[str, str, str]]:
    """The store's direct edges, read with SPARQL independently of graph.query."""
    from graph.rdf import local_id, type_id

    rows = store.select("""SELECT DISTINCT ?h ?p ?t WHERE {
        ?p rdfs:subPropertyOf sg:stanceToward . ?h ?p ?t }""")
    return {(str(local_id(r["h"])), str(local_id(r["t"])), str(type_id(r["p"]))) for r in rows}


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Any:
    s = make_store(tmp_path_factory.mktemp("store") / "data")
    yield s
    s.close()


@pytest.fixture()
def closed_store(tmp_path: Path) -> Path:
    """A store folder nobody holds open, for the render command to open."""
    path = tmp_path / "closed-store"
    make_store(path).close()
    return path


def json_block(page_html: str, element_id: str) -> Any:
    m = re.search(rf'<script type="application/json" id="{element_id}">(.*?)</script>',
                  page_html, re.DOTALL)
    assert m, f"no {element_id} block"
    return json.loads(m.group(1))


SiteFiles = Path | Sequence[Page]  # a rendered folder, or build_site's files


def site_file(site: SiteFiles, path: str) -> str:
    if isinstance(site, Path):
        return (site / path).read_text(encoding="utf-8")
    return next(p.html for p in site if p.path == path)


def shared_text(site: SiteFiles) -> Any:
    """The evidence text a site's pages share: assets/text.js, one JavaScript assignment of
    a JSON literal."""
    js = site_file(site, TEXT_FILE)
    prefix = "window.stancegraphText = "
    assert js.startswith(prefix) and js.endswith(";\n")
    return json.loads(js[len(prefix):-2])


def page_data(page_html: str, site: SiteFiles | None = None) -> dict[str, Any]:
    """The viewer's data, with the article text under "sg-text": the block after the scripts
    of a self-contained page, or the shared text of the ``site`` the page belongs to."""
    data: dict[str, Any] = json_block(page_html, "sg-data")
    if site is None:
        data["sg-text"] = json_block(page_html, "sg-text")
    else:
        assert 'id="sg-text"' not in page_html
        data["sg-text"] = shared_text(site)
    return data


def stance_text(data: dict[str, Any], i: int) -> list[Any] | None:
    """The text row of the page's stance ``i`` (evidence, lang, …), None when not sampled."""
    t = data["stances"][i][data["columns"]["stances"].index("text")]
    return None if t is None else data["sg-text"]["stances"][t]


def stance_dicts(data: dict[str, Any], indices: list[int]) -> list[dict[str, Any]]:
    """Stances of the page data as dicts: date and document with their text fields."""
    text = data["sg-text"]
    out = []
    for i in indices:
        d = dict(zip(data["columns"]["stances"], data["stances"][i], strict=True))
        d |= dict(zip(text["columns"]["stances"], stance_text(data, i) or [], strict=True))
        d["doc"] = dict(zip(text["columns"]["docs"], text["docs"][d["doc"]], strict=True))
        out.append(d)
    return out


def data_edges(data: dict[str, Any]) -> set[tuple[str, str, str]]:
    ids = [a[0] for a in data["actors"]]
    return {(ids[e[0]], ids[e[1]], e[2]) for e in data["edges"]}


# --- rows → graph -----------------------------------------------------------------------


def row(holder: str | None, type_: str, target: str | None, doc: str = "d1", **kw: Any) -> Any:
    base: dict[str, Any] = {
        "id": f"{holder}-{type_}-{target}-{doc}", "holder": holder, "target": target,
        "type": type_, "date": "2024-01-01", "evidence": "text", "evidence_lang": "en",
        "speaker": None, "reported_by": None, "doc": doc, "outlet": None, "url": None,
        "title": None, "confidence": 0.5, "negated": False, "hypothetical": False,
    }
    return SimpleNamespace(**(base | kw))


def actor(id_: str, kind: str = "state") -> Any:
    return SimpleNamespace(id=id_, kind=kind, label_en=f"{id_} en", label_ar=f"{id_} ar")


@pytest.mark.parametrize(("rows", "nodes", "edges"), [
    ([row("RUS", "urges_restraint", "TUR")],
     {"RUS", "TUR"}, {("RUS", "TUR", "urges_restraint")}),
    ([row("RUS", "urges_restraint", "TUR", "d1"), row("RUS", "urges_restraint", "TUR", "d2")],
     {"RUS", "TUR"}, {("RUS", "TUR", "urges_restraint")}),
    ([row("RUS", "urges_restraint", "TUR"), row("RUS", "condemns", "TUR")],
     {"RUS", "TUR"}, {("RUS", "TUR", "urges_restraint"), ("RUS", "TUR", "condemns")}),
    ([row("RUS", "urges_restraint", "TUR"), row("TUR", "urges_restraint", "RUS")],
     {"RUS", "TUR"}, {("RUS", "TUR", "urges_restraint"), ("TUR", "RUS", "urges_restraint")}),
    ([row("SYR", "demands", "TUR", negated=True)], set(), set()),
    ([row("EGY", "mediates", "ISR", hypothetical=True)], set(), set()),
    ([row("UN", "urges_restraint", None)], set(), set()),
    ([row(None, "urges_restraint", "TUR")], set(), set()),
])
def test_stance_graph_has_one_edge_per_holder_type_target(
        rows: list[Any], nodes: set[str], edges: set[tuple[str, str, str]]) -> None:
    g = stance_graph(rows, [])
    assert set(g.nodes) == nodes
    assert set(g.edges(keys=True)) == edges


def test_edge_counts_distinct_documents_and_keeps_every_stance() -> None:
    rows = [row("RUS", "urges_restraint", "TUR", "d1", id="a"),
            row("RUS", "urges_restraint", "TUR", "d1", id="b"),
            row("RUS", "urges_restraint", "TUR", "d2", id="c", date="2020-01-01")]
    data = stance_graph(rows, []).edges["RUS", "TUR", "urges_restraint"]
    assert data["docs"] == 2
    assert [e.id for e in data["evidence"]] == ["c", "a", "b"]  # by date


def test_untargeted_stances_belong_to_the_holders_page_not_the_graph() -> None:
    g = stance_graph([row("UN", "urges_restraint", None)], [actor("UN", "organization")])
    assert [t for t, _ in g.graph["untargeted"]["UN"]] == ["urges_restraint"]
    assert [p.path for p in build_site([row("UN", "urges_restraint", None)], [])] == [
        "index.html", "graph.html", "actor-UN.html", VIS_FILE, VIEWER_FILE, TEXT_FILE]


def test_actors_take_kind_and_labels_from_actor_rows() -> None:
    g = stance_graph([row("RUS", "urges_restraint", "HAMAS")],
                     [actor("RUS"), actor("HAMAS", "group")])
    assert g.nodes["HAMAS"]["actor"].kind == "group"
    assert g.nodes["RUS"]["actor"].ar == "RUS ar"


def test_unknown_actor_is_drawn_with_its_id() -> None:
    g = stance_graph([row("RUS", "urges_restraint", "XYZ")], [actor("RUS")])
    a = g.nodes["XYZ"]["actor"]
    assert (a.kind, a.en, a.ar) == ("unknown", "XYZ", "XYZ")


def test_ego_graph_holds_neighbours_in_both_directions_and_edges_among_them() -> None:
    g = stance_graph([row("RUS", "urges_restraint", "TUR"), row("SYR", "demands", "TUR"),
                      row("RUS", "welcomes", "SYR"), row("USA", "condemns", "IRN")], [])
    ego = ego_graph(g, "TUR")
    assert set(ego.nodes) == {"TUR", "RUS", "SYR"}
    assert set(ego.edges(keys=True)) == {("RUS", "TUR", "urges_restraint"),
                                         ("SYR", "TUR", "demands"), ("RUS", "SYR", "welcomes")}


# --- pages from the store -----------------------------------------------------------------


def test_graph_page_draws_the_stores_edges(store: Any) -> None:
    rows, actors, _ = store_rows(store)
    data = page_data(graph_page(stance_graph(rows, actors)).html)
    assert data_edges(data) == EXPECTED_EDGES == store_edges(store)
    assert {a[0] for a in data["actors"]} == EXPECTED_NODES


def test_edge_data_carries_every_supporting_stance(store: Any) -> None:
    rows, actors, _ = store_rows(store)
    data = page_data(graph_page(stance_graph(rows, actors)).html)
    ids = [a[0] for a in data["actors"]]
    (edge,) = [e for e in data["edges"]
               if (ids[e[0]], ids[e[1]], e[2]) == ("RUS", "TUR", "urges_restraint")]
    stances = stance_dicts(data, edge[3])
    assert [s["evidence"] for s in stances] == [AR_EVIDENCE,
                                                "Russia again urged Turkey to show restraint."]
    assert [s["date"] for s in stances] == ["2022-11-22", "2024-11-01"]
    assert stances[0]["lang"] == "ar" and stances[0]["speaker"] == "ألكسندر لافرنتييف"
    doc = stances[0]["doc"]
    assert (doc["outlet"], doc["url"], doc["title"]) == (
        "RT Arabic", "https://arabic.rt.com/middle_east/1", "روسيا تدعو تركيا")


def test_article_markup_stays_inside_the_json_as_text(store: Any) -> None:
    rows, actors, summary = store_rows(store)
    for page in build_site(rows, actors, summary=summary):
        for probe in (XSS_EVIDENCE, XSS_TITLE, XSS_SPEAKER, "<i>Probe</i>"):
            assert probe not in page.html, page.path
        assert "<img" not in page.html and "onerror=\"" not in page.html, page.path
    data = page_data(graph_page(stance_graph(rows, actors)).html)
    stances = stance_dicts(data, list(range(len(data["stances"]))))
    assert XSS_EVIDENCE in [s["evidence"] for s in stances]  # intact once decoded
    assert XSS_TITLE in [s["doc"]["title"] for s in stances]


def test_javascript_urls_never_become_links(store: Any) -> None:
    rows, actors, _ = store_rows(store)
    assert any(r.url == XSS_URL for r in rows)
    data = page_data(graph_page(stance_graph(rows, actors)).html)
    assert XSS_URL not in json.dumps(data)
    assert html.safe_url("https://tass.com/2") == "https://tass.com/2"
    for bad in (XSS_URL, "JavaScript:alert(1)", "data:text/html,<b>", "//evil.example/x",
                "ftp://x/y", "", None):
        assert html.safe_url(bad) is None


EXTERNAL_REF = re.compile(
    r"""(?:src|href|action|srcset|poster|data)\s*=\s*["']?\s*(?:https?:)?//"""
    r"""|<link\b|@import|url\(\s*["']?\s*(?:https?:)?//""",
    re.IGNORECASE,
)


def test_pages_reference_no_other_host(store: Any) -> None:
    rows, actors, summary = store_rows(store)
    pages = build_site(rows, actors, summary=summary)
    assert [p.path for p in pages[:2]] == ["index.html", "graph.html"]
    files = {p.path for p in pages}
    for page in pages:
        assert not EXTERNAL_REF.search(page.html), page.path
        if page.path.endswith(".html"):
            # only the site's own shared scripts, beside the page
            assert set(re.findall(r'<script src="([^"]+)"', page.html)) <= files, page.path


def test_site_pages_share_vis_network_and_the_text_once() -> None:
    rows = [row(h, "welcomes", t, doc=f"d{h}{t}", id=f"{h}{t}", evidence=f"{h} warmly greets {t}")
            for h in ("RUS", "TUR", "SYR") for t in ("RUS", "TUR", "SYR") if h != t]
    pages = build_site(rows, [])
    vis = html.vis_network_js()
    # vis-network's licence header and code: once in the whole site, in its own file
    assert [p.path for p in pages if vis[:200] in p.html] == [VIS_FILE]
    assert next(p for p in pages if p.path == VIS_FILE).html == vis
    graph = next(p for p in pages if p.path == "graph.html").html
    assert re.findall(r'<script src="([^"]+)"', graph) == [VIS_FILE, VIEWER_FILE, TEXT_FILE]
    assert _inline_scripts(graph) == [] and 'id="sg-text"' not in graph
    text = shared_text(pages)
    # every sentence once, though each edge is on graph.html and on two actor pages
    assert sorted(t[0] for t in text["stances"]) == sorted(r.evidence for r in rows)
    for p in pages[1:5]:
        assert "warmly" not in p.html.split('id="sg-data">')[1], p.path
        data = page_data(p.html, pages)
        assert {stance_text(data, i)[0] for e in data["edges"] for i in e[3]} == {
            f"{h} warmly greets {t}" for h, t, _ in data_edges(data)}
    m = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', graph)
    assert m and "script-src 'self' file:;" in m.group(1)


def _inline_scripts(page_html: str) -> list[str]:
    return re.findall(r"<script>(.*?)</script>", page_html, re.DOTALL)


def test_article_text_comes_after_the_scripts(store: Any) -> None:
    rows, actors, _ = store_rows(store)
    page = graph_page(stance_graph(rows, actors)).html
    assert page.index('id="sg-data"') < page.rindex("<script>") < page.index('id="sg-text"')
    assert AR_EVIDENCE not in json.dumps(json_block(page, "sg-data"), ensure_ascii=False)


def test_csp_forbids_requests_and_allows_only_the_pages_own_scripts(store: Any) -> None:
    rows, actors, _ = store_rows(store)
    page = graph_page(stance_graph(rows, actors)).html
    m = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', page)
    assert m
    csp = m.group(1)
    assert "default-src 'none'" in csp
    hashes = set(re.findall(r"'sha256-([^']+)'", csp))
    scripts = _inline_scripts(page)
    assert len(scripts) == 2  # vis-network and the viewer
    assert hashes == {base64.b64encode(hashlib.sha256(s.encode()).digest()).decode()
                      for s in scripts}
    assert "unsafe-inline" not in csp.split("script-src")[1].split(";")[0]


def test_index_summarises_the_store_and_links_every_page(store: Any) -> None:
    rows, actors, summary = store_rows(store)
    pages = build_site(rows, actors, summary=summary)
    index = pages[0].html
    assert 'href="graph.html"' in index
    actor_pages = {p.path for p in pages[2:] if p.path.startswith("actor-")}
    for path in actor_pages:
        assert f'href="{path}"' in index
    assert actor_pages == {actor_filename(a) for a in EXPECTED_NODES | {"UN"}}
    assert "2022-11-22 – 2024-11-01" in index  # date span
    assert "يدعو إلى ضبط النفس" in index and "urges restraint" in index


def test_actor_page_draws_its_ego_network(store: Any) -> None:
    rows, actors, _ = store_rows(store)
    g = stance_graph(rows, actors)
    data = page_data(actor_page(g, "TUR").html)
    assert data["focus"] == "TUR"
    assert {a[0] for a in data["actors"]} == {"TUR", "RUS", "SYR"}
    assert data_edges(data) == {e for e in EXPECTED_EDGES if "TUR" in e[:2]}


def test_arabic_pages_open_right_to_left(store: Any) -> None:
    rows, actors, summary = store_rows(store)
    for page in build_site(rows, actors, summary=summary, lang="ar")[:3]:
        assert '<html lang="ar" dir="rtl">' in page.html
    pages = build_site(rows, actors, summary=summary, lang="ar")
    for page in pages[1:3]:
        assert page_data(page.html, pages)["lang"] == "ar"


def test_max_actor_pages_keeps_the_busiest_actors(store: Any) -> None:
    rows, actors, _ = store_rows(store)
    pages = build_site(rows, actors, max_actor_pages=2)
    assert [p.path for p in pages[2:4]] == ["actor-RUS.html", "actor-TUR.html"]
    assert not pages[4].path.endswith(".html")
    assert "actor-QAT.html" not in page_data(pages[1].html, pages)["links"].values()


def test_actor_file_names_are_safe() -> None:
    assert actor_filename("RUS") == "actor-RUS.html"
    for evil in ("../etc/passwd", "a b", "<x>", ""):
        assert re.fullmatch(r"actor-[0-9a-f]{12}\.html", actor_filename(evil))


# --- escaping helpers ---------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "</script><script>alert(1)</script>", "<!-- x", "a & b > c", "\u2028\u2029",
    "ودعا <b>", '"quoted"',
])
def test_json_block_round_trips_any_text_without_closing_the_element(text: str) -> None:
    block = html.json_block("x", {"t": text})
    inner = block[len('<script type="application/json" id="x">'):-len("</script>")]
    assert "<" not in inner and ">" not in inner and "&" not in inner
    assert json.loads(inner) == {"t": text}


def test_inline_code_that_would_close_its_element_is_refused() -> None:
    with pytest.raises(StancegraphError):
        html.page(title="t", body="", scripts=["var s = '</script>';"])


def test_isolates_wrap_mixed_direction_text() -> None:
    assert html.isolate("RT Arabic") == "\u2068RT Arabic\u2069"
    assert html.text_dir("ar") == "rtl" and html.text_dir("en") == "ltr"


# --- large graphs ----------------------------------------------------------------------------


def star_rows(n: int) -> list[Any]:
    return [row(f"A{i:04d}", "welcomes", f"A{(i * 7 + 1) % n:04d}", doc=f"d{i}")
            for i in range(n)]


def test_large_graph_is_laid_out_before_writing_and_small_one_is_not() -> None:
    big = stance_graph(star_rows(LARGE_NODES + 20), [])
    data = graph_data(big)
    assert data["large"] is True
    xy = [(a[4], a[5]) for a in data["actors"]]
    assert all(isinstance(x, float) and isinstance(y, float) for x, y in xy)
    assert len(set(xy)) == len(xy)  # no two actors on the same spot

    assert (data["fixed"], data["large"]) == (True, True)

    middle = graph_data(stance_graph(star_rows(LAYOUT_NODES + 20), []))
    assert (middle["fixed"], middle["large"]) == (True, False)  # laid out, labels kept
    assert all(isinstance(a[4], float) for a in middle["actors"])

    small = graph_data(stance_graph(star_rows(20), []))
    assert (small["fixed"], small["large"]) == (False, False)
    assert all(a[4] is None for a in small["actors"])


def test_empty_store_gives_pages_without_edges() -> None:
    pages = build_site([], [])
    assert [p.path for p in pages] == ["index.html", "graph.html", VIS_FILE, VIEWER_FILE,
                                       TEXT_FILE]
    assert page_data(pages[1].html, pages)["edges"] == []


def test_index_page_needs_no_script() -> None:
    page = index_page(stance_graph([row("RUS", "welcomes", "TUR")], []))
    assert "<script" not in page.html
    assert "script-src 'none'" in page.html


# --- the render command ---------------------------------------------------------------------


@pytest.mark.parametrize(("value", "end", "expected"), [
    ("2024", False, "2024-01-01"), ("2024", True, "2024-12-31"),
    ("2024-02", True, "2024-02-29"), ("2023-02", True, "2023-02-28"),
    ("2024-11-01", False, "2024-11-01"), (None, True, None),
])
def test_date_bounds_expand_years_and_months(value: str | None, end: bool,
                                             expected: str | None) -> None:
    assert iso_bound(value, end=end) == expected


@pytest.mark.parametrize("value", ["2024-13", "2024-02-30", "24", "yesterday", "2024/01/01"])
def test_bad_date_bounds_are_user_errors(value: str) -> None:
    with pytest.raises(StancegraphError):
        iso_bound(value, end=False)


def test_render_writes_the_pages_and_their_shared_files(closed_store: Path, tmp_path: Path,
                                                        capsys: Any) -> None:
    from graph.store import open_store

    out = tmp_path / "site"
    out.mkdir()
    (out / "actor-GONE.html").write_text("stale", encoding="utf-8")
    assert cli.main(["render", "--store", str(closed_store), "--out", str(out)]) == 0
    written = {p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file()}
    assert written == {"index.html", "graph.html", VIS_FILE, VIEWER_FILE, TEXT_FILE} | {
        actor_filename(a) for a in EXPECTED_NODES | {"UN"}}
    data = page_data((out / "graph.html").read_text(encoding="utf-8"), out)
    with open_store(closed_store, create=False) as s:
        assert data_edges(data) == store_edges(s)
    assert "wrote 9 pages and 3 files they share in assets/" in capsys.readouterr().out
    # the site's size follows its pages, not copies of vis-network: one in the folder
    vis = html.vis_network_js()[:200]
    assert [p.name for p in out.rglob("*") if p.is_file()
            and vis in p.read_text(encoding="utf-8")] == [Path(VIS_FILE).name]
    assert sum(p.stat().st_size for p in out.rglob("*.html")) < 200_000


def test_render_period_keeps_only_its_stances(closed_store: Path, tmp_path: Path) -> None:
    out = tmp_path / "site"
    assert cli.main(["render", "--store", str(closed_store), "--out", str(out),
                     "--from", "2024", "--to", "2024-12", "--lang", "ar"]) == 0
    data = page_data((out / "graph.html").read_text(encoding="utf-8"), out)
    assert data_edges(data) == {("SYR", "TUR", "demands_withdrawal"),
                                ("TUR", "SYR", "affirms_sovereignty"),
                                ("RUS", "TUR", "urges_restraint")}
    assert data["lang"] == "ar"


def test_render_refuses_a_missing_store(tmp_path: Path, capsys: Any) -> None:
    assert cli.main(["render", "--store", str(tmp_path / "none"),
                     "--out", str(tmp_path / "o")]) == 2
    assert "error" in capsys.readouterr().err
    assert not (tmp_path / "o").exists()


def test_render_refuses_reversed_period(tmp_path: Path) -> None:
    assert cli.main(["render", "--store", str(tmp_path), "--from", "2024",
                     "--to", "2023"]) == 2


@pytest.mark.parametrize(("text", "problem"), [
    ('{"en": {"a": "A", "b": "B"}, "ar": {"a": "أ"}}', "differ in keys: b"),
    ('{"en": {"a": "A"}, "ar": {"a": " "}}', "'ar' has empty or non-string values: a"),
    ('{"en": {"a": 1}}', "'en' has empty or non-string values: a"),
    ('["en"]', "expected an object of languages"),
    ('{"en": {"a": "A"},', "not JSON"),
])
def test_ui_strings_are_checked_when_loaded(text: str, problem: str) -> None:
    with pytest.raises(StancegraphError, match=re.escape(problem)) as caught:
        parse_ui(text, "ui.json")
    assert str(caught.value).startswith("ui.json: ")


def test_the_shipped_ui_strings_cover_both_page_languages() -> None:
    from output.page import UI

    assert set(UI) == {"en", "ar"}
    assert UI["en"]["graph"] == "Stance graph"
    assert UI["ar"]["graph"] == "شبكة المواقف"


def test_a_diff_page_written_later_adds_itself_to_the_index_once() -> None:
    from output.page import link_diff

    page = index_page(stance_graph([row("RUS", "welcomes", "TUR")], [])).html
    assert 'id="sg-diffs" hidden' in page and "diff-" not in page
    linked = link_diff(page, "diff-2024-2025.html")
    assert linked is not None and 'href="diff-2024-2025.html"' in linked
    assert 'id="sg-diffs" hidden' not in linked
    assert link_diff(linked, "diff-2024-2025.html") is None  # once
    assert link_diff("<html>not ours</html>", "diff-x.html") is None

"""Output stage: the diff page — what changed between two periods, self-contained and offline.

The graph draws only the pairs that changed (added edges green, dropped red and dashed, kept
grey), at positions computed in Python so that labels stay apart, with nodes coloured by actor
kind. Clicking an edge opens its evidence in each period (date, outlet, sentence, link) with the
count of the rest and the query that lists them all. The table lists changed pairs first; a
pair with no stances in a period says "no stances" there and gets no shift. Names and type
labels come in English and Arabic (from the gazetteer and ontology/stance_types.jsonl) and the
page switches between them. The page uses the shared shell of :mod:`output.html` (inline
vis-network, CSP forbidding every request, data as an escaped JSON block, article text escaped
or shown with ``textContent``).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import networkx as nx

from graph.diff import Change, Diff, Sample, SampleKey, Shift
from ontology.types import stance_types
from output import html
from output.page import KINDS, UI, layout

COLORS = {"added": "#1a9850", "dropped": "#d73027", "kept": "#999999"}
UI_KEYS = (
    "diff_title", "added", "dropped", "kept", "period_a", "period_b", "no_stances",
    "mean_goldstein", "shift", "new_pair", "gone_pair", "pairs_changed", "unchanged_pairs",
    "pair", "change", "evidence", "timeline", "more_query", "only_changed", "coverage_note",
    "diff_hint", "edge_direction", "nothing_changed", "neither", "close", "documents",
    "outlet", "date", "labels", "type", "state", "organization", "bloc", "group", "unknown",
    "how_to_read",
)

_STYLE = """
body { margin: 0; }
#dg-head { padding: .5rem 1rem; border-block-end: 1px solid var(--sg-line); }
#dg-head h1 { font-size: 1.2rem; }
#dg-head p { margin: .2rem 0; }
.dg-legend span { margin-inline-end: 1rem; white-space: nowrap; display: inline-block; }
.dg-sw { display: inline-block; width: 2rem; height: 0; vertical-align: middle;
         border-top: 3px solid; margin-inline-end: .3rem; }
#dg-graph { height: 62vh; border-block-end: 1px solid var(--sg-line); }
main { padding: .5rem 1rem 2rem; overflow-wrap: anywhere; }
table { border-collapse: collapse; width: 100%; font-size: .92rem; }
th, td { text-align: start; padding: .25rem .5rem; border-block-end: 1px solid #eee;
         vertical-align: top; }
tr.dg-pair th { background: #f4f5f7; font-weight: 600; }
td.added, td.dropped, td.kept, thead th { white-space: nowrap; }
td.added { color: #1a9850; } td.dropped { color: #d73027; } td.kept { color: #666; }
.dg-none { color: var(--sg-muted); font-style: italic; }
.dg-ev { display: block; margin: .15rem 0; }
.dg-ev small { color: var(--sg-muted); }
.empty { padding: 1rem; font-style: italic; }
html[lang="en"] .l-ar, html[lang="ar"] .l-en { display: none; }
#dg-dialog { max-width: min(46rem, 94vw); max-height: 85vh; overflow: auto; }
#dg-dialog h3 { margin: 1rem 0 .2rem; font-size: 1rem; }
#dg-dialog h4 { margin: .4rem 0 .2rem; font-size: .9rem; color: var(--sg-muted); }
#dg-dialog code { display: block; white-space: pre-wrap; background: #f6f7f9; padding: .3rem;
                  font-size: .8rem; direction: ltr; text-align: left; }
@media (max-width: 640px) {
  #dg-head { padding: .4rem .6rem; }
  #dg-head h1 { font-size: 1rem; }
  #dg-graph { height: 65vh; }
  main { padding: .4rem .5rem 2rem; }
  table, tbody, tr, th, td { display: block; width: auto; }
  thead { display: none; }
  tr { border-block-end: 1px solid var(--sg-line); padding: .2rem 0; }
  td { border: 0; padding: .1rem .3rem; }
  td.added, td.dropped, td.kept { white-space: normal; }
}
"""

_SCRIPT = r"""
(function () {
  var D = JSON.parse(document.getElementById("sg-data").textContent);
  var $ = function (id) { return document.getElementById(id); };
  var lang = D.lang === "ar" ? "ar" : "en";
  var ui = function (k) { return (D.ui[lang] && D.ui[lang][k]) || k; };
  var FSI = "\u2068", PDI = "\u2069";
  var KIND = { state: "#4e79a7", organization: "#f28e2b", bloc: "#59a14f", group: "#b07aa1",
               unknown: "#9d9d9d" };
  var SHAPE = { state: "dot", organization: "square", bloc: "diamond", group: "triangle",
                unknown: "dot" };
  var actors = {};
  D.nodes.forEach(function (n) { actors[n[0]] = n; });
  var name = function (id) { var n = actors[id]; return n ? (lang === "ar" ? n[3] : n[2]) : id; };
  var typeLabel = function (t) { var x = D.types[t]; return x ? (lang === "ar" ? x[1] : x[0]) : t; };
  var edgeLabel = function (e) {
    var labels = e[3].map(function (c) { return typeLabel(D.changes[c][2]); });
    return labels.length > 2 ? labels.slice(0, 2).join(", ") + " +" + (labels.length - 2)
                             : labels.join(", ");
  };

  function el(tag, text, attrs) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) { e.textContent = text; }
    Object.keys(attrs || {}).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    return e;
  }

  function translate() {
    document.documentElement.lang = lang;
    document.documentElement.dir = lang === "ar" ? "rtl" : "ltr";
    Array.prototype.forEach.call(document.querySelectorAll("[data-i18n]"), function (e) {
      e.textContent = ui(e.getAttribute("data-i18n"));
    });
  }

  var network = null, nodes = null, edges = null;
  function draw() {
    if (!D.nodes.length || typeof vis === "undefined") { return; }
    /* a layout wider than high turns a quarter on a portrait screen (a phone) */
    var box = $("dg-graph").getBoundingClientRect();
    var xs = D.nodes.map(function (n) { return n[4]; }), ys = D.nodes.map(function (n) { return n[5]; });
    var turn = box.height > box.width &&
      Math.max.apply(null, xs) - Math.min.apply(null, xs) > Math.max.apply(null, ys) - Math.min.apply(null, ys);
    nodes = new vis.DataSet(D.nodes.map(function (n) {
      var kind = KIND[n[1]] ? n[1] : "unknown";
      return { id: n[0], label: name(n[0]), x: turn ? n[5] : n[4], y: turn ? n[4] : n[5],
               shape: SHAPE[kind], size: 12,
               color: { background: KIND[kind], border: KIND[kind] },
               font: { size: 15, strokeWidth: 3, strokeColor: "#ffffff" } };
    }));
    var seen = {};
    edges = new vis.DataSet(D.edges.map(function (e, i) {
      var k = e[0] + "|" + e[1]; seen[k] = (seen[k] || 0) + 1;
      var status = e[2], docs = 0;
      e[3].forEach(function (c) { docs += D.changes[c][status === "dropped" ? 4 : 5]; });
      return { id: i, from: e[0], to: e[1], label: edgeLabel(e), arrows: "to",
               color: { color: D.colors[status], highlight: D.colors[status] },
               dashes: status === "dropped", width: 1.5 + Math.min(docs, 5),
               smooth: { type: "curvedCW", roundness: 0.12 + 0.2 * (seen[k] - 1) },
               font: { size: 12, align: "middle", strokeWidth: 4, strokeColor: "#ffffff" } };
    }));
    network = new vis.Network($("dg-graph"), { nodes: nodes, edges: edges },
      { physics: false, interaction: { hover: true, tooltipDelay: 150 },
        layout: { randomSeed: 7 } });
    network.on("click", function (p) {
      if (p.edges.length && !p.nodes.length) { openEdge(p.edges[0]); }
    });
    window.stancegraphDiff.network = network;
  }

  function relabel() {
    if (!network) { return; }
    nodes.update(D.nodes.map(function (n) { return { id: n[0], label: name(n[0]) }; }));
    edges.update(D.edges.map(function (e, i) { return { id: i, label: edgeLabel(e) }; }));
  }

  function samples(list, side, e) {
    var box = el("section");
    box.appendChild(el("h4", ui(side === "a" ? "period_a" : "period_b") + ": " +
                       D[side].label + " (" + D[side].from + " … " + D[side].to + ")"));
    var s = list && list[side];
    if (!s) { box.appendChild(el("p", ui("no_stances"), { "class": "dg-none" })); return box; }
    var ol = el("ol");
    s[1].forEach(function (x) {
      var li = el("li");
      var meta = el("div", [x[0], x[1]].filter(Boolean).join(" · "), { "class": "sg-meta" });
      li.appendChild(meta);
      li.appendChild(el("blockquote", x[2], { dir: x[3] === "ar" ? "rtl" : "ltr",
                                                lang: x[3] || "" }));
      if (x[4]) {
        var a = el("a", x[5] || x[4], { href: x[4], rel: "noopener noreferrer",
                                        target: "_blank" });
        li.appendChild(a);
      }
      ol.appendChild(li);
    });
    box.appendChild(ol);
    if (s[0] > s[1].length) {
      box.appendChild(el("p", (s[0] - s[1].length) + " " + ui("more_query") + ":"));
      box.appendChild(el("code", "stancegraph query stances_behind_edge -p holder=" + e[0] +
                         " -p target=" + e[1] + " -p concept=" + e[2]));
    }
    return box;
  }

  function openEdge(i) {
    var e = D.edges[i];
    var dlg = $("dg-dialog");
    $("dg-dialog-title").textContent = FSI + name(e[0]) + PDI + " → " + FSI + name(e[1]) + PDI +
      " (" + ui(e[2]) + ")";
    var body = $("dg-dialog-body");
    body.textContent = "";
    e[3].forEach(function (c) {
      var ch = D.changes[c];
      var part = el("section", null, { "class": "dg-change" });
      part.appendChild(el("h3", typeLabel(ch[2]) + " · " + ui(ch[3]) + " · " + ui("documents") +
                          " A " + ch[4] + " → B " + ch[5]));
      part.appendChild(samples(D.samples[c], "a", ch));
      part.appendChild(samples(D.samples[c], "b", ch));
      body.appendChild(part);
    });
    var link = D.pairs[e[0] + "|" + e[1]];
    if (link) { body.appendChild(el("p")).appendChild(el("a", ui("timeline"), { href: link })); }
    if (typeof dlg.showModal === "function") { dlg.showModal(); } else { dlg.setAttribute("open", ""); }
  }

  window.stancegraphDiff = { data: D, openEdge: openEdge, network: null };
  var select = $("dg-lang");
  select.value = lang;
  select.addEventListener("change", function () { lang = select.value; translate(); relabel(); });
  translate();
  /* on a phone the explanations start folded, so the graph is on the first screen */
  if (window.matchMedia && window.matchMedia("(max-width: 640px)").matches) {
    $("dg-help").open = false;
  }
  draw();
  document.body.setAttribute("data-ready", "1");
})();
"""


def _labels(actor: Any, actor_id: str) -> tuple[str, str, str]:
    """(kind, English, Arabic) of an actor row, a plain label string, or nothing."""
    if actor is None:
        return "unknown", actor_id, actor_id
    if isinstance(actor, str):
        return "unknown", actor or actor_id, actor or actor_id
    kind = getattr(actor, "kind", None)
    en = getattr(actor, "label_en", None) or actor_id
    return (kind if kind in KINDS else "unknown"), en, getattr(actor, "label_ar", None) or en


def _type(type_id: str) -> tuple[str, str, str]:
    t = stance_types().get(type_id)
    if t is None:
        label = type_id.replace("_", " ")
        return label, label, "neutral"
    return t.en, t.ar, t.polarity


def _both(en: str, ar: str) -> str:
    """A label in both languages; the page shows the one of its current language."""
    if en == ar:
        return html.escape(html.isolate(en))
    return (f'<span class="l-en">{html.escape(html.isolate(en))}</span>'
            f'<span class="l-ar" lang="ar">{html.escape(html.isolate(ar))}</span>')


def _ui(key: str, lang: str) -> str:
    return f'<span data-i18n="{key}">{html.escape(UI[lang][key])}</span>'


def _positions(pairs: list[tuple[str, str]]) -> dict[str, tuple[float, float]]:
    """Positions that keep labels apart: Fruchterman-Reingold with a long spring length on
    the undirected pair graph up to 150 actors, ForceAtlas2 (output.page.layout) beyond;
    components side by side, spread to about 150 px per actor."""
    g = nx.Graph()
    g.add_edges_from((h, t) for h, t in pairs if h != t)
    g.add_nodes_from(a for pair in pairs for a in pair)
    n = g.number_of_nodes()
    if n == 0:
        return {}
    if n > 150:
        return layout(nx.MultiDiGraph(g))
    pos: dict[str, tuple[float, float]] = {}
    parts = sorted(nx.connected_components(g), key=lambda c: (-len(c), min(c)))
    offset = 0.0
    for part in parts:  # components side by side, not on top of each other
        sub = g.subgraph(part)
        if len(part) == 1:
            local = {next(iter(part)): (0.0, 0.0)}
        else:
            raw = nx.spring_layout(sub, k=2.2 / len(part) ** 0.5, iterations=300, seed=7)
            xs = [float(v[0]) for v in raw.values()]
            ys = [float(v[1]) for v in raw.values()]
            span = max(max(xs) - min(xs), max(ys) - min(ys)) or 1.0
            local = {k: (2 * (float(v[0]) - min(xs)) / span - 1,
                         2 * (float(v[1]) - min(ys)) / span - 1) for k, v in raw.items()}
        width = 150.0 * max(1.0, len(part) ** 0.5)
        for k, (x, y) in local.items():
            pos[k] = (round(offset + (x + 1) * width * 0.7, 1), round(y * width * 0.5, 1))
        offset += width * 1.4 + 120
    return pos


def graph_data(diff: Diff, actors: Mapping[str, Any] | None = None,
               samples: Mapping[SampleKey, tuple[list[Sample], int]] | None = None,
               pair_links: Mapping[tuple[str, str], str] | None = None,
               lang: str = "en") -> dict[str, Any]:
    """The page's JSON: the changed pairs' actors (with positions) and edges, type labels,
    the evidence samples of each edge in each period, and links to pair pages."""
    actors = actors or {}
    samples = samples or {}
    changed = {(s.holder, s.target) for s in diff.shifts if s.changed}
    rows: list[list[Any]] = []
    evidence: list[dict[str, Any]] = []
    types: dict[str, list[str]] = {}
    drawn: dict[tuple[str, str, str], list[int]] = {}
    for status, changes in (("kept", diff.kept), ("dropped", diff.dropped),
                            ("added", diff.added)):
        for c in changes:
            if (c.holder, c.target) not in changed:
                continue
            types.setdefault(c.type, list(_type(c.type)))
            docs_a = c.docs if status == "dropped" else (c.docs_a or 0)
            docs_b = c.docs if status != "dropped" else 0
            drawn.setdefault((c.holder, c.target, status), []).append(len(rows))
            rows.append([c.holder, c.target, c.type, status, docs_a, docs_b])
            item: dict[str, Any] = {}
            for side in ("a", "b"):
                got = samples.get((c.holder, c.type, c.target, side))
                if got:
                    item[side] = [got[1], [[s.date, s.outlet, s.evidence, s.lang,
                                            html.safe_url(s.url), s.title] for s in got[0]]]
            evidence.append(item)
    # one drawn edge per pair and status, labelled with its types: parallel edges of every
    # type between two actors would pile their labels on each other
    edges = [[h, t, status, idx] for (h, t, status), idx in drawn.items()]
    pos = _positions(sorted(changed))
    nodes = []
    for actor_id in sorted({a for pair in changed for a in pair}):
        kind, en, ar = _labels(actors.get(actor_id), actor_id)
        x, y = pos.get(actor_id, (0.0, 0.0))
        nodes.append([actor_id, kind, en, ar, x, y])
    links = {f"{h}|{t}": url for (h, t), url in (pair_links or {}).items()}
    return {"lang": lang, "a": diff.a.to_dict() | {"label": diff.a.label},
            "b": diff.b.to_dict() | {"label": diff.b.label}, "nodes": nodes, "edges": edges,
            "changes": rows, "types": types, "samples": evidence, "pairs": links, "colors": COLORS,
            "ui": {lg: {k: UI[lg][k] for k in UI_KEYS} for lg in UI}}


def _fmt(value: float | None) -> str:
    return "–" if value is None else f"{value:+.2f}"


def _evidence(c: Change, status: str,
              samples: Mapping[SampleKey, tuple[list[Sample], int]]) -> str:
    out = []
    sides = ("a", "b") if status == "kept" else (("a",) if status == "dropped" else ("b",))
    for side in sides:
        got = samples.get((c.holder, c.type, c.target, side))
        text: str | None
        if got and got[0]:
            s = got[0][0]
            meta = " · ".join(x for x in (s.date, s.outlet) if x)
            text, lang = s.evidence, s.lang
        else:
            text = c.evidence_a if side == "a" and status == "kept" else c.evidence
            lang = c.evidence_a_lang if side == "a" and status == "kept" else c.evidence_lang
            meta = ""
        if not text:
            continue
        label = "A" if side == "a" else "B"
        out.append(f'<span class="dg-ev"><small>{label}{": " + html.escape(meta) if meta else ""}'
                   f'</small> <span dir="{html.text_dir(lang)}" lang="{html.escape(lang or "")}">'
                   f"{html.escape(text)}</span></span>")
    return "".join(out)


def _row(status: str, c: Change, samples: Mapping[SampleKey, tuple[list[Sample], int]],
         lang: str) -> str:
    sign = {"added": "+", "dropped": "−", "kept": "="}[status]
    docs = f"{c.docs_a} → {c.docs}" if c.docs_a is not None else (
        f"{c.docs} → 0" if status == "dropped" else f"0 → {c.docs}")
    en, ar, _ = _type(c.type)
    return (f'<tr><td class="{status}">{sign} {_ui(status, lang)}</td>'
            f"<td>{_both(en, ar)}</td><td>{html.escape(docs)}</td>"
            f"<td>{_evidence(c, status, samples)}</td></tr>")


def _pair_head(s: Shift, actors: Mapping[str, Any], lang: str,
               pair_links: Mapping[tuple[str, str], str]) -> str:
    _, h_en, h_ar = _labels(actors.get(s.holder), s.holder)
    _, t_en, t_ar = _labels(actors.get(s.target), s.target)
    none = f'<span class="dg-none">{_ui("no_stances", lang)}</span>'
    frm = _fmt(s.from_) if s.from_ is not None else none
    to = _fmt(s.to) if s.to is not None else none
    if s.coverage == "both":
        tail = f" ({_ui('shift', lang)} {s.delta:+.2f})" if s.delta else ""
    else:
        tail = f" ({_ui('new_pair' if s.coverage == 'b' else 'gone_pair', lang)})"
    link = pair_links.get((s.holder, s.target))
    timeline = (f' · <a href="{html.escape(link)}">{_ui("timeline", lang)}</a>' if link else "")
    return (f'<tr class="dg-pair"><th colspan="4">{_both(h_en, h_ar)} → {_both(t_en, t_ar)}: '
            f'{_ui("mean_goldstein", lang)} A {frm} → B {to}{tail}{timeline}</th></tr>')


def _table(shifts: list[Shift], by_pair: Mapping[tuple[str, str], list[str]],
           actors: Mapping[str, Any], lang: str,
           pair_links: Mapping[tuple[str, str], str]) -> str:
    rows = []
    for s in shifts:
        rows.append(_pair_head(s, actors, lang, pair_links))
        rows.extend(by_pair.get((s.holder, s.target), []))
    return (f"<table><thead><tr><th>{_ui('change', lang)}</th><th>{_ui('type', lang)}</th>"
            f"<th>{_ui('documents', lang)} A → B</th><th>{_ui('evidence', lang)}</th></tr>"
            "</thead><tbody>" + "".join(rows) + "</tbody></table>")


def diff_page(diff: Diff, actors: Mapping[str, Any] | None = None, *,
              samples: Mapping[SampleKey, tuple[list[Sample], int]] | None = None,
              pair_links: Mapping[tuple[str, str], str] | None = None,
              lang: str = "en") -> str:
    """The complete HTML page of ``diff``. ``actors`` maps actor ids to actor rows (kind,
    label_en, label_ar) or to plain labels; ``samples`` is :func:`graph.diff.evidence_samples`;
    ``pair_links`` maps (holder, target) to the pair's timeline page."""
    actors = dict(actors or {})
    samples = samples or {}
    pair_links = pair_links or {}
    lang = lang if lang in UI else "en"
    a, b = diff.a, diff.b
    title = f"stancegraph diff {a.label} → {b.label}"
    legend = "".join(
        f'<span><i class="dg-sw" style="border-top-color:{color};'
        f'{"border-top-style:dashed;" if status == "dropped" else ""}"></i>'
        f"{_ui(status, lang)}</span>" for status, color in COLORS.items())
    legend += "".join(f'<span><i class="sg-kind sg-kind-{k}"></i>{_ui(k, lang)}</span>'
                      for k in (*KINDS, "unknown"))
    switch = ('<label><span data-i18n="labels">' + html.escape(UI[lang]["labels"])
              + '</span> <select id="dg-lang"><option value="en">English</option>'
              '<option value="ar">العربية</option></select></label>')
    changed = diff.changed_pairs
    head = (f'<header id="dg-head"><h1>{_ui("diff_title", lang)}: '
            f"{html.escape(a.label)} → {html.escape(b.label)}</h1>"
            f"<p>A: {html.escape(a.start.isoformat())} … {html.escape(a.end.isoformat())} "
            f"({diff.a_edges} edges) · B: {html.escape(b.start.isoformat())} … "
            f"{html.escape(b.end.isoformat())} ({diff.b_edges} edges) · "
            f"{changed}/{len(diff.shifts)} {_ui('pairs_changed', lang)}</p>"
            f'<p class="dg-legend">{legend}</p>'
            f'<details id="dg-help" open><summary>{_ui("how_to_read", lang)}</summary>'
            f'<p class="sg-sub">{_ui("only_changed", lang)} {_ui("edge_direction", lang)} '
            f'{_ui("diff_hint", lang)} {_ui("coverage_note", lang)}</p></details>{switch}'
            "</header>")
    styles = [_site_css(), _STYLE]
    if diff.empty:
        body = head + f'<main><p class="empty">{_ui("neither", lang)}</p></main>'
        return html.page(title=title, body=body, lang=lang, styles=styles)
    by_pair: dict[tuple[str, str], list[str]] = {}
    for status, changes in (("dropped", diff.dropped), ("added", diff.added),
                            ("kept", diff.kept)):
        for c in changes:
            by_pair.setdefault((c.holder, c.target), []).append(_row(status, c, samples, lang))
    moved = [s for s in diff.shifts if s.changed]
    same = [s for s in diff.shifts if not s.changed]
    main = (_table(moved, by_pair, actors, lang, pair_links) if moved
            else f'<p class="empty">{_ui("nothing_changed", lang)}</p>')
    if same:
        main += (f"<details><summary>{_ui('unchanged_pairs', lang)} ({len(same)})</summary>"
                 + _table(same, by_pair, actors, lang, pair_links) + "</details>")
    dialog = ('<dialog id="dg-dialog"><form method="dialog"><button id="dg-close" value="close">'
              f'{_ui("close", lang)}</button></form><h2 id="dg-dialog-title"></h2>'
              '<div id="dg-dialog-body"></div></dialog>')
    body = head + '<div id="dg-graph"></div><main>' + main + "</main>" + dialog
    return html.page(title=title, body=body, lang=lang, styles=styles,
                     scripts=[html.vis_network_js(), _SCRIPT],
                     data=graph_data(diff, actors, samples, pair_links, lang))


def _site_css() -> str:
    from output.page import _asset

    return _asset("site.css")

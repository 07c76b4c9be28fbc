"""Output stage: the diff page — both periods drawn on one graph, self-contained and offline.

Added edges are green, dropped edges red and dashed, kept edges grey. The page uses the shared
shell of :mod:`output.html` (inline vis-network, CSP forbidding every request, data as an
escaped JSON block, every article text escaped or shown with ``textContent``).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from graph.diff import Change, Diff
from output import html

COLORS = {"added": "#1a9850", "dropped": "#d73027", "kept": "#999999"}

_STYLE = """
body { font-family: system-ui, sans-serif; margin: 0; color: #222; }
header { padding: .6rem 1rem; border-bottom: 1px solid #ddd; }
h1 { font-size: 1.2rem; margin: 0 0 .3rem; }
.legend span { margin-right: 1.2rem; }
.sw { display: inline-block; width: 2rem; height: 0; vertical-align: middle;
      border-top: 3px solid; margin-right: .3rem; }
#graph { height: 60vh; border-bottom: 1px solid #ddd; }
main { padding: .5rem 1rem 2rem; }
table { border-collapse: collapse; width: 100%; font-size: .9rem; }
th, td { text-align: start; padding: .25rem .5rem; border-bottom: 1px solid #eee;
         vertical-align: top; }
td.added, td.dropped, td.kept { white-space: nowrap; }
td.added { color: #1a9850; } td.dropped { color: #d73027; } td.kept { color: #666; }
.empty { padding: 1rem; font-style: italic; }
"""

_SCRIPT = """
(function () {
  var data = JSON.parse(document.getElementById("sg-data").textContent);
  var el = document.getElementById("graph");
  if (!data.nodes.length || typeof vis === "undefined") { return; }
  var nodes = new vis.DataSet(data.nodes.map(function (n) {
    return { id: n.id, label: n.label, title: n.id, shape: "dot", size: 12 };
  }));
  var seen = {};
  var edges = new vis.DataSet(data.edges.map(function (e, i) {
    var k = e.from + "|" + e.to; seen[k] = (seen[k] || 0) + 1;
    return { id: i, from: e.from, to: e.to, label: e.type.replace(/_/g, " "), arrows: "to",
             color: { color: e.color }, dashes: e.status === "dropped",
             width: 1 + Math.min(e.docs, 5),
             smooth: { type: "curvedCW", roundness: 0.1 * seen[k] },
             font: { size: 10, align: "middle" } };
  }));
  new vis.Network(el, { nodes: nodes, edges: edges },
                  { physics: { stabilization: { iterations: 200 } } });
})();
"""


def graph_data(diff: Diff, labels: Mapping[str, str] | None = None) -> dict[str, Any]:
    """Nodes and coloured edges of both periods."""
    labels = labels or {}
    edges = []
    actors: set[str] = set()
    for status, changes in (("kept", diff.kept), ("dropped", diff.dropped),
                            ("added", diff.added)):
        for c in changes:
            actors.update((c.holder, c.target))
            edges.append({"from": c.holder, "to": c.target, "type": c.type, "status": status,
                          "color": COLORS[status], "docs": c.docs})
    nodes = [{"id": a, "label": labels.get(a) or a} for a in sorted(actors)]
    return {"a": diff.a.to_dict(), "b": diff.b.to_dict(), "nodes": nodes, "edges": edges}


def _evidence(text: str | None, lang: str | None) -> str:
    if not text:
        return ""
    return f'<span dir="{html.text_dir(lang)}" lang="{html.escape(lang or "")}">' \
           f"{html.escape(text)}</span>"


def _row(status: str, c: Change, labels: Mapping[str, str]) -> str:
    sign = {"added": "+", "dropped": "−", "kept": "="}[status]
    docs = f"{c.docs_a} → {c.docs}" if c.docs_a is not None else str(c.docs)
    ev = _evidence(c.evidence, c.evidence_lang)
    if c.evidence_a:
        ev = _evidence(c.evidence_a, c.evidence_a_lang) + "<br>" + ev
    return (f'<tr><td class="{status}">{sign} {html.escape(status)}</td>'
            f"<td>{html.escape(html.isolate(labels.get(c.holder) or c.holder))}</td>"
            f"<td>{html.escape(c.type.replace('_', ' '))}</td>"
            f"<td>{html.escape(html.isolate(labels.get(c.target) or c.target))}</td>"
            f"<td>{html.escape(docs)}</td><td>{ev}</td></tr>")


def _fmt(value: float | None) -> str:
    return "–" if value is None else f"{value:+.2f}"


def diff_page(diff: Diff, labels: Mapping[str, str] | None = None) -> str:
    """The complete HTML page of ``diff``."""
    labels = dict(labels or {})
    a, b = diff.a, diff.b
    title = f"stancegraph diff {a.label} → {b.label}"
    legend = "".join(
        f'<span><i class="sw" style="border-top-color:{color};'
        f'{"border-top-style:dashed;" if status == "dropped" else ""}"></i>'
        f"{html.escape(status)}</span>" for status, color in COLORS.items())
    head = (f"<header><h1>{html.escape(title)}</h1>"
            f"<div>A: {html.escape(a.start.isoformat())} … {html.escape(a.end.isoformat())} "
            f"({diff.a_edges} edges) · B: {html.escape(b.start.isoformat())} … "
            f"{html.escape(b.end.isoformat())} ({diff.b_edges} edges)</div>"
            f'<div class="legend">{legend}</div></header>')
    if diff.empty:
        body = (head + '<main><p class="empty">Neither period holds a stance'
                + (" matching the filters" if diff.filters else "") + ".</p></main>")
        return html.page(title=title, body=body, styles=[_STYLE])
    by_pair: dict[tuple[str, str], list[str]] = {}
    for status, changes in (("dropped", diff.dropped), ("added", diff.added),
                            ("kept", diff.kept)):
        for c in changes:
            by_pair.setdefault((c.holder, c.target), []).append(_row(status, c, labels))
    rows = []
    for s in diff.shifts:
        rows.append(f'<tr><th colspan="6">{html.escape(html.isolate(labels.get(s.holder) or s.holder))}'
                    f" → {html.escape(html.isolate(labels.get(s.target) or s.target))}: "
                    f"mean Goldstein {_fmt(s.from_)} → {_fmt(s.to)} "
                    f"(shift {s.delta:+.2f})</th></tr>")
        rows.extend(by_pair.get((s.holder, s.target), []))
    table = ("<table><thead><tr><th></th><th>holder</th><th>type</th><th>target</th>"
             "<th>docs</th><th>evidence</th></tr></thead><tbody>" + "".join(rows)
             + "</tbody></table>")
    body = head + '<div id="graph"></div><main>' + table + "</main>"
    return html.page(title=title, body=body, styles=[_STYLE],
                     scripts=[html.vis_network_js(), _SCRIPT], data=graph_data(diff, labels))

"""Stage graph, views: the stored stance graph as networkx graphs (for GraphML and pages).

>>> g = stance_multigraph(store)              # doctest: +SKIP
>>> g.nodes["RUS"]["label_en"], list(g.edges("RUS", keys=True))[0][2]   # doctest: +SKIP
('Russia', 'urges_restraint:0792237a77975f69')
"""

from __future__ import annotations

import io

import networkx as nx

from graph.query import actor_rows, stance_rows
from graph.store import Store


def stance_multigraph(store: Store, *, date_from: str | None = None,
                      date_to: str | None = None, edges_only: bool = True) -> nx.MultiDiGraph:
    """Actors as nodes; one edge per stance (key ``type:stance id``) with its attributes.

    With ``edges_only`` (the default) negated, hypothetical and targetless stances are left out,
    as they are not edges of the graph.
    """
    g = nx.MultiDiGraph()
    for a in actor_rows(store):
        g.add_node(a.id, label_en=a.label_en, label_ar=a.label_ar or "", kind=a.kind or "",
                   wikidata=a.wikidata or "")
    for r in stance_rows(store, date_from=date_from, date_to=date_to):
        if r.holder is None or r.target is None or (edges_only and not r.is_edge):
            continue
        for node in (r.holder, r.target):
            if node not in g:
                g.add_node(node, label_en=node, label_ar="", kind="", wikidata="")
        g.add_edge(
            r.holder, r.target, key=f"{r.type}:{r.id}",
            type=r.type, polarity=r.polarity or "", goldstein=r.goldstein or 0.0,
            date=r.date or "", evidence=r.evidence, lang=r.evidence_lang or "",
            speaker=r.speaker or "", doc=r.doc, outlet=r.outlet or "",
            confidence=r.confidence if r.confidence is not None else 0.0,
            negated=r.negated, hypothetical=r.hypothetical,
        )
    return g


def edge_graph(store: Store) -> nx.DiGraph:
    """One edge per (holder, target) pair with the list of stance types and a stance count."""
    g = nx.DiGraph()
    multi = stance_multigraph(store)
    g.add_nodes_from(multi.nodes(data=True))
    for u, v, data in multi.edges(data=True):
        if g.has_edge(u, v):
            e = g[u][v]
            e["stances"] += 1
            if data["type"] not in e["types"]:
                e["types"].append(data["type"])
        else:
            g.add_edge(u, v, stances=1, types=[data["type"]])
    return g


def graphml(store: Store) -> bytes:
    """The stance multigraph as GraphML."""
    buf = io.BytesIO()
    nx.write_graphml(stance_multigraph(store), buf, encoding="utf-8")
    return buf.getvalue()

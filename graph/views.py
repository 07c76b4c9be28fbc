"""Stage graph, views: the stored stance graph as networkx graphs (for GraphML, GEXF and pages).

>>> g = stance_multigraph(store)              # doctest: +SKIP
>>> g.nodes["RUS"]["label_en"], list(g.edges("RUS", keys=True))[0][2]   # doctest: +SKIP
('Russia', 'urges_restraint:0792237a77975f69')
"""

from __future__ import annotations

import calendar
import io
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

import networkx as nx

from graph.query import StanceRow, actor_rows, stance_rows
from graph.store import Store
from ontology.types import stance_types


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


# --- exports for analysts' tools (Gephi, networkx, pandas) ------------------------------------


@dataclass
class EdgeSummary:
    """One (holder, type, target) edge with what supports it: counts, outlets, languages and
    the days it was stated (sorted, undated stances counted apart)."""

    holder: str
    type: str
    target: str
    stances: int = 0
    documents: set[str] = field(default_factory=set)
    outlets: set[str] = field(default_factory=set)
    languages: set[str] = field(default_factory=set)
    dates: list[str] = field(default_factory=list)
    undated: int = 0

    @property
    def first_date(self) -> str | None:
        return self.dates[0] if self.dates else None

    @property
    def last_date(self) -> str | None:
        return self.dates[-1] if self.dates else None

    def months(self) -> Counter[str]:
        """Stances by month (``YYYY-MM``) of the dated ones."""
        return Counter(d[:7] for d in self.dates)


def edge_summaries(rows: Iterable[StanceRow]) -> list[EdgeSummary]:
    """The graph's edges (negated, hypothetical and targetless stances are no edges), in
    (holder, type, target) order."""
    found: dict[tuple[str, str, str], EdgeSummary] = {}
    for r in rows:
        if not r.is_edge:
            continue
        assert r.holder is not None and r.target is not None
        key = (r.holder, r.type, r.target)
        e = found.get(key)
        if e is None:
            e = found[key] = EdgeSummary(*key)
        e.stances += 1
        e.documents.add(r.doc)
        if r.outlet:
            e.outlets.add(r.outlet)
        if r.evidence_lang:
            e.languages.add(r.evidence_lang)
        if r.date:
            e.dates.append(str(r.date)[:10])
        else:
            e.undated += 1
    for e in found.values():
        e.dates.sort()
    return [found[k] for k in sorted(found)]


def _month_end(month: str) -> str:
    year, mon = int(month[:4]), int(month[5:7])
    return f"{month}-{calendar.monthrange(year, mon)[1]:02d}"


def _type_attrs(type_id: str) -> dict[str, Any]:
    t = stance_types().get(type_id)
    if t is None:  # a type the ontology no longer declares: keep the edge, say what it is
        return {"label": type_id.replace("_", " "), "label_ar": "", "stance_type": type_id,
                "cameo": "", "goldstein": 0.0, "plover": "", "polarity": ""}
    return {"label": t.en, "label_ar": t.ar, "stance_type": t.id, "cameo": t.cameo,
            "goldstein": float(t.goldstein), "plover": t.plover or "", "polarity": t.polarity}


def export_graph(store: Store, *, per_stance: bool = False, lang: str = "en") -> nx.MultiDiGraph:
    """The graph as Gephi and networkx users want it: one edge per (holder, type, target)
    with ``label`` (the type's name from the ontology), ``weight`` (supporting documents),
    CAMEO code, Goldstein value, PLOVER category, counts, first and last date, and the
    months it was stated as ``spells`` (each month's stance count in ``stances_by_month``,
    a list of (count, first day, last day)). With ``per_stance``, one edge per stance instead
    (weight 1, its date, evidence and source). Node ``label`` is in ``lang`` (en or ar)."""
    g = nx.MultiDiGraph()
    actors = {a.id: a for a in actor_rows(store)}
    rows = stance_rows(store)
    held: Counter[str] = Counter()

    def node(actor_id: str) -> None:
        if actor_id in g:
            return
        a = actors.get(actor_id)
        en = a.label_en if a else actor_id
        ar = (a.label_ar if a else None) or en
        kind = (a.kind if a else None) or ""
        g.add_node(actor_id, label=ar if lang == "ar" else en, label_en=en, label_ar=ar,
                   kind=kind, iso3=actor_id if kind == "state" else "",
                   wikidata=(a.wikidata if a else None) or "")

    if per_stance:
        for r in rows:
            if not r.is_edge:
                continue
            assert r.holder is not None and r.target is not None
            node(r.holder)
            node(r.target)
            held[r.holder] += 1
            held[r.target] += 1
            attrs = _type_attrs(r.type)
            if lang == "ar" and attrs["label_ar"]:
                attrs["label"] = attrs["label_ar"]
            day = str(r.date)[:10] if r.date else ""
            g.add_edge(r.holder, r.target, key=r.id, id=r.id, weight=1.0, **attrs,
                       date=day, evidence=r.evidence, language=r.evidence_lang or "",
                       speaker=r.speaker or "", outlet=r.outlet or "", url=r.url or "",
                       source_file=r.source_file or "", doc_id=r.doc_id or "",
                       **({"spells": [(day, day)]} if day else {}))
    else:
        for e in edge_summaries(rows):
            node(e.holder)
            node(e.target)
            held[e.holder] += e.stances
            held[e.target] += e.stances
            attrs = _type_attrs(e.type)
            if lang == "ar" and attrs["label_ar"]:
                attrs["label"] = attrs["label_ar"]
            months = sorted(e.months().items())
            g.add_edge(
                e.holder, e.target, key=f"{e.holder}|{e.type}|{e.target}",
                id=f"{e.holder}|{e.type}|{e.target}",
                weight=float(len(e.documents)), **attrs, stances=e.stances,
                documents=len(e.documents), outlets=len(e.outlets),
                languages=";".join(sorted(e.languages)),
                first_date=e.first_date or "", last_date=e.last_date or "",
                undated=e.undated,
                # an undated edge has no months: no spells (always shown) and no
                # stances_by_month (an empty list would become a second, static attribute)
                **({"spells": [(f"{m}-01", _month_end(m)) for m, _ in months],
                    "stances_by_month": [(n, f"{m}-01", _month_end(m)) for m, n in months]}
                   if months else {}),
            )
    for n in g.nodes:
        g.nodes[n]["stances"] = held[n]
    return g


def gexf(store: Store, *, per_stance: bool = False, lang: str = "en") -> bytes:
    """GEXF 1.2 for Gephi: a dynamic graph (``timeformat="date"``) whose edges live in the
    months they were stated, so Gephi's timeline plays the graph month by month."""
    g = export_graph(store, per_stance=per_stance, lang=lang)
    buf = io.BytesIO()
    nx.write_gexf(g, buf, encoding="utf-8", version="1.2draft")
    return buf.getvalue()


def _timeset(spells: list[tuple[str, str]]) -> str:
    """Gephi's interval-set notation, e.g. ``<[2024-11-01, 2024-11-30]; [2025-01-01, …]>``."""
    return "<" + "; ".join(f"[{a}, {b}]" for a, b in spells) + ">" if spells else ""


def graphml(store: Store, *, per_stance: bool = False, lang: str = "en") -> bytes:
    """GraphML: the same graph as :func:`gexf`; GraphML has no list values, so the months an
    edge was stated are a Gephi ``timeset`` string (Gephi's GraphML importer reads ``label``,
    ``weight``, ``start``, ``end`` and ``timeset``) and the first/last dates are also given as
    ``start``/``end``."""
    g = export_graph(store, per_stance=per_stance, lang=lang)
    for _, _, data in g.edges(data=True):
        spells = data.pop("spells", [])
        data.pop("stances_by_month", None)
        data.pop("id", None)
        data["timeset"] = _timeset(spells)
        first = data.get("first_date", data.get("date", ""))
        last = data.get("last_date", data.get("date", ""))
        data["start"], data["end"] = first, last
    buf = io.BytesIO()
    nx.write_graphml(g, buf, encoding="utf-8")
    return buf.getvalue()

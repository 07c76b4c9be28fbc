"""Stage graph, diff between dates: which stances each (holder, target) pair added, dropped and
kept from period A to period B, and how far the pair's mean Goldstein value moved.

Each period is aggregated in the store by the named query ``diff_period`` (one pass over the
period's stances through their edge nodes, grouped by holder, type and target, with
COUNT(DISTINCT doc) and one SAMPLE evidence sentence); the two small sets are compared here.
Nothing but named queries touches the store, so the diff is the same on the embedded store and
on a remote SPARQL endpoint.

A pair's mean Goldstein value in a period is the mean of its types' Goldstein values weighted
by the number of supporting documents of each type. The shift is ``to - from`` and exists only
for a pair stated in both periods: a pair absent from a period has *no stances* there (no
coverage), which is not a Goldstein value of 0. Pairs that changed (types added or dropped,
mean moved, new or gone) come first, those stated in both periods before the new and gone,
each by the size of the change.
"""

from __future__ import annotations

from collections import defaultdict
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

from graph import rdf
from graph.periods import Period
from graph.store import Store, language_of

QUERY = "diff_period"


@dataclass(frozen=True)
class Edge:
    """One (holder, type, target) edge as stated within one period."""

    holder: str
    type: str
    target: str
    goldstein: float
    docs: int
    stances: int
    evidence: str | None
    evidence_lang: str | None


@dataclass(frozen=True)
class Change:
    """One edge of the diff. ``docs``/``evidence`` are from the period where it is stated (for
    kept edges: B, with A's in ``docs_a``/``evidence_a``)."""

    holder: str
    type: str
    target: str
    docs: int
    evidence: str | None
    evidence_lang: str | None = None
    goldstein: float | None = None
    docs_a: int | None = None
    evidence_a: str | None = None
    evidence_a_lang: str | None = None

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {"holder": self.holder, "type": self.type, "target": self.target,
                             "docs": self.docs, "evidence": self.evidence}
        if self.docs_a is not None:
            d["docs_a"] = self.docs_a
            d["evidence_a"] = self.evidence_a
        return d


@dataclass(frozen=True)
class Shift:
    """A pair's mean Goldstein value in A (``from_``) and in B (``to``); None where the pair
    has no stances in that period."""

    holder: str
    target: str
    from_: float | None
    to: float | None
    changes: int = 0  # types added or dropped
    docs: int = 0  # documents behind the pair's edges, both periods

    @property
    def coverage(self) -> str:
        """``both``, ``a`` (gone in B) or ``b`` (new in B)."""
        if self.from_ is not None and self.to is not None:
            return "both"
        return "a" if self.from_ is not None else "b"

    @property
    def delta(self) -> float | None:
        """``to - from``; None when the pair has no stances in one period (no coverage is
        not a shift)."""
        if self.from_ is None or self.to is None:
            return None
        return self.to - self.from_

    @property
    def changed(self) -> bool:
        return self.coverage != "both" or self.changes > 0 or abs(self.delta or 0) > 1e-9

    def to_dict(self) -> dict[str, Any]:
        return {"holder": self.holder, "target": self.target, "from": _round(self.from_),
                "to": _round(self.to), "shift": _round(self.delta),
                "coverage": self.coverage, "changed": self.changed}


@dataclass
class Diff:
    a: Period
    b: Period
    a_edges: int = 0
    b_edges: int = 0
    added: list[Change] = field(default_factory=list)
    dropped: list[Change] = field(default_factory=list)
    kept: list[Change] = field(default_factory=list)
    shifts: list[Shift] = field(default_factory=list)
    filters: dict[str, str] = field(default_factory=dict)

    @property
    def empty(self) -> bool:
        return not (self.added or self.dropped or self.kept)

    def pairs(self) -> list[tuple[str, str]]:
        """Pairs in the order of :attr:`shifts` (changed first)."""
        return [(s.holder, s.target) for s in self.shifts]

    @property
    def changed_pairs(self) -> int:
        return sum(1 for s in self.shifts if s.changed)

    def to_dict(self) -> dict[str, Any]:
        return {
            "a": {**self.a.to_dict(), "edges": self.a_edges},
            "b": {**self.b.to_dict(), "edges": self.b_edges},
            "filters": dict(self.filters),
            "added": [c.to_dict() for c in self.added],
            "dropped": [c.to_dict() for c in self.dropped],
            "kept": [c.to_dict() for c in self.kept],
            "shifts": [s.to_dict() for s in self.shifts],
        }


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 3)


def period_edges(store: Store, period: Period, *, holder: str | None = None,
                 target: str | None = None, stance_type: str | None = None
                 ) -> dict[tuple[str, str, str], Edge]:
    """The edges stated within ``period``, by (holder, type, target) ids, each with one
    evidence sentence."""
    _, rows = store.named_terms(QUERY, days=(period.start, period.end), holder=holder,
                                target=target, concept=stance_type)
    out: dict[tuple[str, str, str], Edge] = {}
    for t in rows:
        h, ty, tg = rdf.local_id(t["holder"]), _text(t["type"]), rdf.local_id(t["target"])
        if not h or not ty or not tg:
            continue
        ev = t["evidence"]
        out[(h, ty, tg)] = Edge(h, ty, tg, float(_text(t["goldstein"]) or 0.0),
                                int(_text(t["docs"]) or 0), int(_text(t["stances"]) or 0),
                                _text(ev), language_of(ev))
    return out


def _text(term: Any) -> str | None:
    # The lexical form only: graph.store.to_python's datatype dispatch on every term of every
    # row costs ~50 ms of a month-against-month diff at 1M stances (0.79 s against 0.74 s).
    return None if term is None else str(term.value)


def _mean(edges: list[Edge]) -> float | None:
    weight = sum(e.docs for e in edges)
    if not edges or weight == 0:
        return None
    return sum(e.goldstein * e.docs for e in edges) / weight


def _rank(s: Shift) -> tuple[Any, ...]:
    """Changed pairs first; among them, pairs stated in both periods (a real shift) before
    new and gone ones; then by the size of the shift, the number of types that changed and
    the documents behind the pair."""
    return (not s.changed, s.coverage != "both", -abs(s.delta or 0.0), -s.changes, -s.docs,
            s.holder, s.target)


def compare(a: Period, b: Period, a_edges: dict[tuple[str, str, str], Edge],
            b_edges: dict[tuple[str, str, str], Edge]) -> Diff:
    """The diff of two periods' edge sets (pure; no store)."""
    diff = Diff(a=a, b=b, a_edges=len(a_edges), b_edges=len(b_edges))
    by_pair_a: dict[tuple[str, str], list[Edge]] = defaultdict(list)
    by_pair_b: dict[tuple[str, str], list[Edge]] = defaultdict(list)
    for (h, _, t), e in a_edges.items():
        by_pair_a[(h, t)].append(e)
    for (h, _, t), e in b_edges.items():
        by_pair_b[(h, t)].append(e)
    changes: dict[tuple[str, str], int] = defaultdict(int)
    for h, _, t in set(a_edges) ^ set(b_edges):
        changes[(h, t)] += 1
    shifts = []
    for h, t in set(by_pair_a) | set(by_pair_b):
        in_a, in_b = by_pair_a.get((h, t), []), by_pair_b.get((h, t), [])
        shifts.append(Shift(h, t, _mean(in_a), _mean(in_b), changes[(h, t)],
                            sum(e.docs for e in in_a + in_b)))
    shifts.sort(key=_rank)
    diff.shifts = shifts
    rank = {(s.holder, s.target): i for i, s in enumerate(shifts)}

    def order(key: tuple[str, str, str]) -> tuple[int, str]:
        return rank[(key[0], key[2])], key[1]

    for key in sorted(set(a_edges) | set(b_edges), key=order):
        ea, eb = a_edges.get(key), b_edges.get(key)
        if ea and eb:
            diff.kept.append(Change(*key, docs=eb.docs, evidence=eb.evidence,
                                    evidence_lang=eb.evidence_lang, goldstein=eb.goldstein,
                                    docs_a=ea.docs, evidence_a=ea.evidence,
                                    evidence_a_lang=ea.evidence_lang))
        elif ea:
            diff.dropped.append(Change(*key, docs=ea.docs, evidence=ea.evidence,
                                       evidence_lang=ea.evidence_lang, goldstein=ea.goldstein))
        elif eb:
            diff.added.append(Change(*key, docs=eb.docs, evidence=eb.evidence,
                                     evidence_lang=eb.evidence_lang, goldstein=eb.goldstein))
    return diff


def diff_periods(store: Store, a: Period, b: Period, *, holder: str | None = None,
                 target: str | None = None, stance_type: str | None = None) -> Diff:
    """Compare the stances stated in period ``a`` with those stated in period ``b``."""
    if stance_type is not None:
        rdf.type_concept(stance_type)  # unknown type → StancegraphError before any query
    kw = {"holder": holder, "target": target, "stance_type": stance_type}
    # The two periods are independent queries: run them side by side (Oxigraph evaluates
    # without holding the GIL; a remote endpoint gets two requests). At 1M stances a month
    # takes ~0.5 s, so this halves the diff.
    with ThreadPoolExecutor(max_workers=2) as pool:
        in_a = pool.submit(period_edges, store, a, **kw)
        in_b = pool.submit(period_edges, store, b, **kw)
        a_edges, b_edges = in_a.result(), in_b.result()
    diff = compare(a, b, a_edges, b_edges)
    diff.filters = {k: v for k, v in (("holder", holder), ("target", target),
                                      ("type", stance_type)) if v}
    return diff


@dataclass(frozen=True)
class Sample:
    """One stance behind a diff edge, as the diff page shows it."""

    date: str
    evidence: str
    lang: str | None
    outlet: str | None
    url: str | None
    title: str | None
    doc: str


SampleKey = tuple[str, str, str, str]  # holder, type, target, "a" | "b"


def evidence_samples(store: Store, diff: Diff, *, per_edge: int = 3, chunk: int = 200
                     ) -> dict[SampleKey, tuple[list[Sample], int]]:
    """Up to ``per_edge`` stances (earliest first, distinct documents first) behind each edge
    of the diff in each period it is stated in, with the number of all of them: the
    evidence the diff page opens, with date and outlet. Only the diff's edges are looked up
    (named query ``diff_evidence``), so the cost follows the diff, not the store."""
    wanted: dict[str, list[tuple[str, str, str]]] = {"a": [], "b": []}
    for c in diff.dropped + diff.kept:
        wanted["a"].append((c.holder, c.type, c.target))
    for c in diff.added + diff.kept:
        wanted["b"].append((c.holder, c.type, c.target))
    out: dict[SampleKey, tuple[list[Sample], int]] = {}
    for side, period in (("a", diff.a), ("b", diff.b)):
        by_iri = {rdf.edge_iri(*k).value: k for k in wanted[side]}
        iris = sorted(by_iri)
        found: dict[tuple[str, str, str], list[Sample]] = defaultdict(list)
        for i in range(0, len(iris), chunk):
            _, rows = store.named_terms("diff_evidence", edges=iris[i:i + chunk],
                                        **{"from": period.start, "to": period.end})
            for r in rows:
                key = by_iri.get(_text(r["edge"]) or "")
                if key is None:
                    continue
                found[key].append(Sample(
                    date=_text(r["date"]) or "", evidence=_text(r["evidence"]) or "",
                    lang=language_of(r["evidence"]), outlet=_text(r.get("outlet")),
                    url=_text(r.get("url")), title=_text(r.get("title")),
                    doc=_text(r["doc"]) or ""))
        for key, samples in found.items():
            samples.sort(key=lambda s: (s.date, s.doc, s.evidence))
            seen: set[str] = set()
            first = []
            for s in samples:
                if s.doc not in seen:
                    seen.add(s.doc)
                    first.append(s)
            rest = [s for s in samples if s not in first]
            out[(*key, side)] = ((first + rest)[:per_edge], len(samples))
    return out


__all__ = ["Change", "Diff", "Edge", "Sample", "Shift", "compare", "diff_periods",
           "evidence_samples", "period_edges"]

"""Output stage: interactive stance-graph pages (index, whole graph, one per actor).

Functions here build objects and never write files: :func:`stance_graph` turns stance rows
into a networkx ``MultiDiGraph`` (one edge per holder, stance type and target, keyed by the
type), and :func:`build_site` turns rows into :class:`Page` objects that the ``render`` command
writes. The pages of a site share what would otherwise repeat in each of them — vis-network,
the viewer's script and words, and the evidence text (a :class:`TextTable`) — as files
in ``assets/`` beside them (:func:`site_assets`); a page built without a table is one
self-contained file (see :mod:`output.html`). The graph is drawn by vis-network from JSON
data, and every piece of article text reaches the screen through ``textContent``.

>>> from types import SimpleNamespace as Row
>>> s = Row(id="s1", holder="RUS", target="TUR", type="urges_restraint", date="2022-11-22",
...         evidence="Russia urged Turkey to show restraint.", evidence_lang="en",
...         speaker="Alexander Lavrentiev", reported_by=None, doc="d1", outlet="RT",
...         url="https://example.org/a", title="Envoy", confidence=0.8, negated=False)
>>> g = stance_graph([s], [])
>>> sorted(g.edges(keys=True))
[('RUS', 'TUR', 'urges_restraint')]
>>> [p.path for p in build_site([s], [])]  # doctest: +NORMALIZE_WHITESPACE
['index.html', 'graph.html', 'actor-RUS.html', 'actor-TUR.html',
 'assets/vis-network-9.1.2.min.js', 'assets/viewer.js', 'assets/text.js']
"""

from __future__ import annotations

import hashlib
import json
import math
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date as _date
from functools import cache
from importlib import resources
from typing import Any, ClassVar, Protocol

import networkx as nx

from ontology.errors import StancegraphError
from ontology.types import stance_types
from output import html

# Above either LAYOUT size, positions are computed with networkx before writing and physics
# is off, so the page is interactive as soon as it is drawn: measured in headless Chromium,
# vis-network's physics takes about 0.5 s to settle 23 actors, 1-1.5 s for 100 actors and
# 400 edges, 2 s for 150 and 600, and tens of seconds for thousands.
# Above either LARGE size, edges are also straight and unlabelled (the label shows on hover)
# and hidden while dragging or zooming: at 20,000 edges each frame then costs ~50 ms, not 200.
LAYOUT_NODES = 100
LAYOUT_EDGES = 400
LARGE_NODES = 300
LARGE_EDGES = 1500

KINDS = ("state", "organization", "bloc", "group")
# Evidence sentences inlined per edge (and per type of an actor's targetless stances): the
# rest are counted, and the dialog names the query that lists them all. Pages then grow with
# actors and edges, not with documents (issue 15: 2,000 articles made 134 MB of pages).
EVIDENCE_PER_EDGE = 3
SAMPLE_KEY = "sample"  # edge attribute: the ids of the stances whose text the page carries
TEXT_KEY = "sg-text"  # id of the JSON block with the article text
# The files a site's graph pages share, in the order a page loads them. text.js holds the
# evidence text of every page (written last, after the graph is drawn).
ASSETS = "assets"
VIS_FILE = f"{ASSETS}/vis-network-{html.VIS_NETWORK_VERSION}.min.js"
VIEWER_FILE = f"{ASSETS}/viewer.js"
TEXT_FILE = f"{ASSETS}/text.js"
POLARITY_ORDER = ("cooperative", "neutral", "conflictual")


@cache
def _asset(name: str) -> str:
    return resources.files("output.templates").joinpath(name).read_text(encoding="utf-8")


UI_FILE = "ui.json"  # in output/templates: the pages' own words, by language


def parse_ui(text: str, name: str) -> dict[str, dict[str, str]]:
    """The UI strings of the pages by language from the JSON ``text`` of file ``name``,
    checked: every language has the same keys as the first, and every value is a non-empty
    string. A problem raises StancegraphError naming the file."""
    try:
        data = json.loads(text)
    except ValueError as err:
        raise StancegraphError(f"not JSON: {err}", name) from err
    if not isinstance(data, dict) or not data or \
            not all(isinstance(v, dict) for v in data.values()):
        raise StancegraphError("expected an object of languages, each an object of strings", name)
    first, *others = data
    for lang in others:
        if set(data[lang]) != set(data[first]):
            odd = sorted(set(data[lang]) ^ set(data[first]))
            raise StancegraphError(f"{lang!r} and {first!r} differ in keys: {', '.join(odd)}",
                                   name)
    for lang, strings in data.items():
        bad = [k for k, v in strings.items() if not isinstance(v, str) or not v.strip()]
        if bad:
            raise StancegraphError(f"{lang!r} has empty or non-string values: {', '.join(bad)}",
                                   name)
    return data


UI = parse_ui(_asset(UI_FILE), f"output/templates/{UI_FILE}")
LANGS = tuple(UI)


class StanceRowLike(Protocol):
    """What a page needs of a stance row (``graph.query.StanceRow`` has these fields)."""

    @property
    def id(self) -> str: ...
    @property
    def holder(self) -> str | None: ...
    @property
    def target(self) -> str | None: ...
    @property
    def type(self) -> str: ...
    @property
    def date(self) -> Any: ...
    @property
    def evidence(self) -> str: ...
    @property
    def evidence_lang(self) -> str | None: ...
    @property
    def speaker(self) -> str | None: ...
    @property
    def reported_by(self) -> str | None: ...
    @property
    def doc(self) -> str: ...
    @property
    def outlet(self) -> str | None: ...
    @property
    def url(self) -> str | None: ...
    @property
    def title(self) -> str | None: ...
    @property
    def confidence(self) -> float | None: ...
    @property
    def negated(self) -> bool: ...


class ActorRowLike(Protocol):
    """What a page needs of an actor row (``graph.query.ActorRow`` has these fields)."""

    @property
    def id(self) -> str: ...
    @property
    def kind(self) -> str | None: ...
    @property
    def label_en(self) -> str | None: ...
    @property
    def label_ar(self) -> str | None: ...


@dataclass(frozen=True)
class Actor:
    id: str
    kind: str
    en: str
    ar: str

    def label(self, lang: str) -> str:
        return self.ar if lang == "ar" else self.en


@dataclass(frozen=True)
class Evidence:
    """One supporting stance of an edge, as the edge dialog shows it."""

    id: str
    doc: str
    date: str | None
    text: str
    lang: str | None
    speaker: str | None
    reported_by: str | None
    outlet: str | None
    url: str | None  # only http(s) URLs survive (see html.safe_url)
    title: str | None
    confidence: float | None
    iri: str | None = None  # the stance's IRI, to fetch its text when it is in the sample


@dataclass(frozen=True)
class Page:
    """One file of the site: ``path`` relative to the output folder, ``html`` its content
    (the text of the file: HTML for a page, JavaScript or CSS for a shared asset)."""

    path: str
    title: str
    html: str


def _iso_date(value: Any) -> str | None:
    if value is None or value == "":
        return None
    if isinstance(value, _date):
        return value.isoformat()[:10]
    return str(value)[:10]


def _clean(value: Any) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def _actor(actor_id: str, known: Mapping[str, ActorRowLike]) -> Actor:
    row = known.get(actor_id)
    if row is None:
        return Actor(actor_id, "unknown", actor_id, actor_id)
    kind = row.kind if row.kind in KINDS else "unknown"
    en = _clean(row.label_en) or actor_id
    return Actor(actor_id, kind, en, _clean(row.label_ar) or en)


def stance_graph(
    stances: Iterable[StanceRowLike], actors: Iterable[ActorRowLike]
) -> nx.MultiDiGraph:
    """The stance graph: nodes are actors (attribute ``actor``: :class:`Actor`), one edge per
    (holder, target, stance type) keyed by the type, with its supporting stances (attribute
    ``evidence``: list of :class:`Evidence`, by date) and their distinct documents (``docs``).

    Negated and hypothetical stances are not edges and are left out. Stances without a target actor are kept
    in ``G.graph["untargeted"]`` (holder id -> [(type, Evidence)]) for the actor pages, and every
    actor the rows mention, nodes or not, is in ``G.graph["actors"]`` (id -> Actor).
    """
    known = {a.id: a for a in actors}
    g = nx.MultiDiGraph()
    untargeted: dict[str, list[tuple[str, Evidence]]] = {}
    mentioned: dict[str, Actor] = {}

    def mention(actor_id: str) -> Actor:
        if actor_id not in mentioned:
            mentioned[actor_id] = _actor(actor_id, known)
        return mentioned[actor_id]

    for row in stances:
        # Negated and hypothetical stances are not edges (see Stance.is_edge); a row without
        # a holder (an actor outside the gazetteer) cannot be drawn.
        if row.negated or getattr(row, "hypothetical", False) or not row.holder:
            continue
        ev = Evidence(
            id=str(row.id),
            doc=str(row.doc),
            date=_iso_date(row.date),
            text=row.evidence or "",
            lang=_clean(row.evidence_lang),
            speaker=_clean(row.speaker),
            reported_by=_clean(row.reported_by),
            outlet=_clean(row.outlet),
            url=html.safe_url(row.url),
            title=_clean(row.title),
            confidence=None if row.confidence is None else round(float(row.confidence), 3),
            iri=getattr(row, "iri", None),
        )
        holder = mention(str(row.holder))
        if ev.reported_by:
            mention(ev.reported_by)
        if not row.target:
            untargeted.setdefault(holder.id, []).append((row.type, ev))
            continue
        target = mention(row.target)
        for a in (holder, target):
            if a.id not in g:
                g.add_node(a.id, actor=a)
        if g.has_edge(holder.id, target.id, key=row.type):
            g.edges[holder.id, target.id, row.type]["evidence"].append(ev)
        else:
            g.add_edge(holder.id, target.id, key=row.type, evidence=[ev])

    for _, _, data in g.edges(data=True):
        data["evidence"].sort(key=lambda e: (e.date or "9999", e.doc, e.id))
        data["docs"] = len({e.doc for e in data["evidence"]})
    for evs in untargeted.values():
        evs.sort(key=lambda te: (te[1].date or "9999", te[1].doc, te[1].id))
    g.graph["untargeted"] = untargeted
    g.graph["actors"] = mentioned
    return g


def sample_evidence(evs: list[Evidence], k: int) -> list[Evidence]:
    """At most ``k`` of an edge's stances (sorted by date) whose text a page carries: from
    distinct documents first, spread from the first to the last date."""
    if k <= 0 or len(evs) <= k:
        return list(evs)
    seen: set[str] = set()
    distinct = []
    for e in evs:
        if e.doc not in seen:
            seen.add(e.doc)
            distinct.append(e)
    pool = distinct if len(distinct) >= k else distinct + [e for e in evs if e not in distinct]
    if k == 1:
        picks = [pool[-1]]
    else:
        picks = [pool[round(i * (len(pool) - 1) / (k - 1))] for i in range(k)]
    order = {id(e): n for n, e in enumerate(evs)}
    return sorted(dict.fromkeys(picks), key=lambda e: order[id(e)])


class TextTable:
    """The article text the pages show — each sampled stance's evidence, language, speaker,
    reporting actor and confidence, and its document's outlet, URL and title — once for the
    whole site (``assets/text.js``) or for one self-contained page. A page's stance rows point
    into it (``doc`` and ``text`` columns), so an edge drawn on graph.html and on two actor
    pages carries its sentences once."""

    COLUMNS: ClassVar[dict[str, list[str]]] = {
        "stances": ["evidence", "lang", "speaker", "reported_by", "confidence"],
        "docs": ["id", "outlet", "url", "title"],
    }

    def __init__(self) -> None:
        self.stances: list[list[Any]] = []
        self.docs: list[list[Any] | None] = []
        self._stance: dict[str, int] = {}
        self._doc: dict[str, int] = {}

    def doc(self, ev: Evidence, with_text: bool) -> int:
        """The row of the stance's document; its fields only once a stance with text needs
        them (null otherwise: the page counts documents by row)."""
        i = self._doc.get(ev.doc)
        if i is None:
            i = self._doc[ev.doc] = len(self.docs)
            self.docs.append(None)
        if with_text and self.docs[i] is None:
            self.docs[i] = [ev.doc, ev.outlet, ev.url, ev.title]
        return i

    def text(self, ev: Evidence) -> int:
        """The row of the stance's text."""
        i = self._stance.get(ev.id)
        if i is None:
            i = self._stance[ev.id] = len(self.stances)
            self.stances.append([ev.text, ev.lang, ev.speaker, ev.reported_by, ev.confidence])
        return i

    def data(self) -> dict[str, Any]:
        return {"columns": self.COLUMNS, "stances": self.stances, "docs": self.docs}


TextFetcher = Any  # Callable[[list[str]], Mapping[str, Mapping[str, Any]]]: IRI -> text fields


def bound_evidence(g: nx.MultiDiGraph, k: int | None, texts: TextFetcher | None = None) -> None:
    """Choose each edge's evidence sample (edge attribute ``sample``: stance ids) and each
    holder's targetless sample (``g.graph["untargeted_sample"]``); with ``texts`` (a function
    from stance IRIs to their text, e.g. graph.query.stance_texts on the store), fetch the
    text of the sampled stances only. ``k`` None or 0 keeps every stance's text."""
    chosen: list[Evidence] = []
    for _, _, data in g.edges(data=True):
        picks = sample_evidence(data["evidence"], k or 0)
        data[SAMPLE_KEY] = {e.id for e in picks}
        chosen += picks
    loose_sample: dict[str, set[str]] = {}
    for holder, evs in g.graph.get("untargeted", {}).items():
        by_type: dict[str, list[Evidence]] = {}
        for type_id, ev in evs:
            by_type.setdefault(type_id, []).append(ev)
        picks = [e for group in by_type.values() for e in sample_evidence(group, k or 0)]
        loose_sample[holder] = {e.id for e in picks}
        chosen += picks
    g.graph["untargeted_sample"] = loose_sample
    if texts is None:
        return
    found = texts([e.iri for e in chosen if e.iri])

    def fill(ev: Evidence) -> Evidence:
        v = found.get(ev.iri or "")
        if v is None:
            return ev
        conf = v.get("confidence")
        return Evidence(id=ev.id, doc=ev.doc, date=ev.date, iri=ev.iri,
                        text=v.get("evidence") or "", lang=_clean(v.get("lang")) or ev.lang,
                        speaker=_clean(v.get("speaker")),
                        reported_by=_clean(v.get("reported_by")),
                        outlet=_clean(v.get("outlet")), url=html.safe_url(v.get("url")),
                        title=_clean(v.get("title")),
                        confidence=None if conf is None else round(float(conf), 3))

    for _, _, data in g.edges(data=True):
        data["evidence"] = [fill(e) if e.id in data[SAMPLE_KEY] else e
                            for e in data["evidence"]]
    for holder, evs in g.graph.get("untargeted", {}).items():
        keep = loose_sample.get(holder, set())
        g.graph["untargeted"][holder] = [(ty, fill(e) if e.id in keep else e) for ty, e in evs]
    for ev in chosen:  # actors only named as reporting a sampled stance
        v = found.get(ev.iri or "")
        if v and v.get("reported_by") and v["reported_by"] not in g.graph["actors"]:
            g.graph["actors"][v["reported_by"]] = Actor(v["reported_by"], "unknown",
                                                        v["reported_by"], v["reported_by"])


LANGS_KEY = "langs"  # edge attribute: documents behind the edge by language (edge_langs)


def edge_langs(data: dict[str, Any]) -> dict[str, int]:
    """Documents behind an edge by language (Arabic and English reports corroborate):
    counted once per edge, kept on its data, which the pages' ego graphs copy."""
    langs = data.get(LANGS_KEY)
    if langs is None:
        by_lang = Counter(lang for _, lang in {(ev.doc, ev.lang or "")
                                               for ev in data["evidence"]})
        langs = data[LANGS_KEY] = dict(sorted(by_lang.items()))
    return langs


def stance_actors(g: nx.MultiDiGraph) -> set[str]:
    """Actors that hold or receive at least one stance (not those only reporting one)."""
    return set(g.nodes) | set(g.graph.get("untargeted", {}))


def ego_graph(g: nx.MultiDiGraph, actor_id: str) -> nx.MultiDiGraph:
    """An actor's ego network: the actor, its neighbours in either direction, and every edge
    among them (networkx's ``ego_graph`` of radius 1 on the undirected view)."""
    if actor_id not in g:
        ego = nx.MultiDiGraph()
        ego.graph.update(g.graph)
        return ego
    members = set(g.predecessors(actor_id)) | set(g.successors(actor_id)) | {actor_id}
    ego = g.subgraph(members).copy()
    ego.graph.update(g.graph)
    return ego


def star_graph(g: nx.MultiDiGraph, actor_id: str) -> nx.MultiDiGraph:
    """The actor, its neighbours and only the actor's own edges (no edges among neighbours)."""
    star = nx.MultiDiGraph()
    star.graph.update(g.graph)
    if actor_id not in g:
        return star
    star.add_node(actor_id, **g.nodes[actor_id])
    for u, v, key, data in [*g.out_edges(actor_id, keys=True, data=True),
                            *g.in_edges(actor_id, keys=True, data=True)]:
        for n in (u, v):
            if n not in star:
                star.add_node(n, **g.nodes[n])
        star.add_edge(u, v, key=key, **data)
    return star


def needs_layout(g: nx.MultiDiGraph) -> bool:
    """Too big for vis-network's physics to settle quickly: lay it out in Python."""
    return g.number_of_nodes() > LAYOUT_NODES or g.number_of_edges() > LAYOUT_EDGES


def is_large(g: nx.MultiDiGraph) -> bool:
    """So big that edge labels and curves would slow every frame."""
    return g.number_of_nodes() > LARGE_NODES or g.number_of_edges() > LARGE_EDGES


def layout(g: nx.MultiDiGraph, *, seed: int = 7) -> dict[str, tuple[float, float]]:
    """Positions for a big graph, computed with networkx so the browser needs no physics.

    ForceAtlas2 on the undirected pair graph (edges weighted by their number of stance types)
    separates hubs and clusters the way vis-network's own solver would; its cost is quadratic
    in the number of nodes, so the number of iterations shrinks as the graph grows (about
    6 s at 2,000 actors on one core).
    """
    simple = nx.Graph()
    simple.add_nodes_from(g.nodes)
    for u, v in g.edges():
        if u != v:
            w = simple.get_edge_data(u, v, {"weight": 0})["weight"]
            simple.add_edge(u, v, weight=w + 1)
    n = simple.number_of_nodes()
    if n == 0:
        return {}
    if n == 1:
        return {next(iter(simple.nodes)): (0.0, 0.0)}
    iterations = 100 if n <= 500 else 50 if n <= 1000 else 30
    pos = nx.forceatlas2_layout(
        simple, max_iter=iterations, seed=seed, weight="weight", strong_gravity=False,
        scaling_ratio=2.0,
    )
    # Spread to about 120 px a node on average, whatever scale the layout came out in: with
    # less, nodes sized by degree overlap once the page zooms to fit.
    xs = [float(p[0]) for p in pos.values()]
    ys = [float(p[1]) for p in pos.values()]
    span = max(max(xs) - min(xs), max(ys) - min(ys)) or 1.0
    scale = 120.0 * math.sqrt(n) / span
    cx, cy = (max(xs) + min(xs)) / 2, (max(ys) + min(ys)) / 2
    return {k: (round((float(p[0]) - cx) * scale, 1), round((float(p[1]) - cy) * scale, 1))
            for k, p in pos.items()}


def actor_filename(actor_id: str) -> str:
    """File name of an actor's page; ids outside ``[A-Za-z0-9_.-]`` are hashed."""
    if re.fullmatch(r"[A-Za-z0-9_][A-Za-z0-9_.-]{0,63}", actor_id):
        return f"actor-{actor_id}.html"
    return f"actor-{hashlib.sha1(actor_id.encode('utf-8')).hexdigest()[:12]}.html"


def _type_info(type_id: str) -> tuple[str, str, str]:
    t = stance_types().get(type_id)
    if t is None:
        label = type_id.replace("_", " ")
        return (label, label, "neutral")
    return (t.en, t.ar, t.polarity)


def _goldstein(type_id: str) -> float | None:
    t = stance_types().get(type_id)
    return None if t is None else float(t.goldstein)


def graph_data(
    g: nx.MultiDiGraph,
    *,
    lang: str = "en",
    focus: str | None = None,
    links: Mapping[str, str] | None = None,
    large: bool | None = None,
    fixed: bool | None = None,
    untargeted: Iterable[tuple[str, Evidence]] = (),
    loose_sample: set[str] | None = None,
    text: TextTable | None = None,
) -> dict[str, Any]:
    """The JSON the viewer script draws: compact arrays, documented by their ``columns``.

    Edges with a ``sample`` (see :func:`bound_evidence`) carry the text of those stances
    only; the others have a row (document, date) for the counts and the date filter, and
    ``null`` text. ``loose_sample`` bounds the ``untargeted`` stances the same way. The text
    goes into ``text``, the site's shared table, when given (the page then carries neither
    it nor the UI strings, which the site's viewer.js holds); else into the data under
    ``sg-text``, with the UI strings under ``ui``: a page of its own.

    ``untargeted`` stances (type, evidence) are listed under the graph of an actor's page.
    ``fixed`` (positions from :func:`layout`, no physics) and ``large`` (plain edges) are
    decided by size unless given; a large graph is always laid out in Python.
    """
    large = is_large(g) if large is None else large
    fixed = large or (needs_layout(g) if fixed is None else fixed)
    positions = layout(g) if fixed else {}
    node_ids = sorted(g.nodes)
    index = {n: i for i, n in enumerate(node_ids)}
    names: dict[str, list[str]] = {}
    for known in g.graph.get("actors", {}).values():
        names[known.id] = [known.en, known.ar]

    own = text is None
    table = TextTable() if text is None else text
    stance_rows: list[list[Any]] = []
    edges: list[list[Any]] = []
    types: dict[str, list[Any]] = {}
    # Parallel edges between one pair curve by different amounts so they don't overlap.
    parallel: Counter[tuple[str, str]] = Counter()

    def add_stance(ev: Evidence, with_text: bool = True) -> int:
        # Every stance has a row (date filter and counts); only a sampled one has its text
        # and its document's outlet, URL and title (null otherwise).
        stance_rows.append([table.doc(ev, with_text), ev.date,
                            table.text(ev) if with_text else None])
        return len(stance_rows) - 1

    for u, v, key, data in sorted(g.edges(keys=True, data=True), key=lambda e: e[:3]):
        types.setdefault(key, [*_type_info(key), _goldstein(key)])
        sample = data.get(SAMPLE_KEY)
        refs = [add_stance(ev, sample is None or ev.id in sample) for ev in data["evidence"]]
        bend = parallel[(u, v)]
        parallel[(u, v)] += 1
        edges.append([index[u], index[v], key, refs, bend, edge_langs(data)])

    loose = []
    loose_more = 0
    for type_id, ev in untargeted:
        if loose_sample is not None and ev.id not in loose_sample:
            loose_more += 1
            continue
        types.setdefault(type_id, [*_type_info(type_id), _goldstein(type_id)])
        loose.append([type_id, add_stance(ev)])

    actors = []
    for n in node_ids:
        node: Actor = g.nodes[n]["actor"]
        x, y = positions.get(n, (None, None))
        actors.append([node.id, node.kind, node.en, node.ar, x, y])

    data = {
        "version": 1,
        "lang": lang,
        "large": large,
        "fixed": fixed,
        "focus": focus,
        "types": types,
        "names": names,
        "links": dict(links or {}),
        "columns": {
            "actors": ["id", "kind", "en", "ar", "x", "y"],
            "edges": ["from", "to", "type", "stances", "bend", "langs"],
            "stances": ["doc", "date", "text"],
            "untargeted": ["type", "stance"],
        },
        "actors": actors,
        "edges": edges,
        "stances": stance_rows,
        "untargeted": loose,
        "untargeted_more": loose_more,
    }
    if own:
        data["ui"] = UI
        # Article text, indexed by the stances' "text" and "doc": the page carries it in a
        # block after the scripts (a site in assets/text.js, loaded last), so its megabytes
        # are parsed after the graph is drawn (about 250 ms sooner at 20,000 stances).
        data[TEXT_KEY] = table.data()
    return data


def _t(lang: str, key: str) -> str:
    return UI[lang][key]


def _i18n(lang: str, key: str, tag: str = "span") -> str:
    """A UI string the viewer re-translates when the label language changes."""
    return f'<{tag} data-i18n="{key}">{html.escape(_t(lang, key))}</{tag}>'


def _viewer_body(lang: str, heading: str, sub: str, extra: str = "") -> str:
    pol = "".join(
        f'<label class="sg-pol"><input type="checkbox" name="sg-polarity" value="{p}" checked>'
        f'<span class="sg-swatch sg-{p}"></span>{_i18n(lang, p)}</label>'
        for p in POLARITY_ORDER
    )
    kinds = "".join(
        f'<li><span class="sg-kind sg-kind-{k}"></span>{_i18n(lang, k)}</li>'
        for k in (*KINDS, "unknown")
    )
    return f"""<header id="sg-header">
<nav><button type="button" id="sg-panel-toggle" aria-controls="sg-panel" aria-expanded="false">☰ {_i18n(lang, "filters")}</button>
<a href="index.html">{_i18n(lang, "index")}</a> · <a href="graph.html">{_i18n(lang, "whole_graph")}</a></nav>
<h1>{heading}</h1>
{f'<p class="sg-sub">{sub}</p>' if sub else ""}<p class="sg-sub" id="sg-status" role="status"></p>
</header>
<div id="sg-main">
<aside id="sg-panel">
<section><label>{_i18n(lang, "labels")}
<select id="sg-lang"><option value="en">English</option><option value="ar">العربية</option></select></label></section>
<section><label for="sg-search">{_i18n(lang, "find")}</label>
<input id="sg-search" type="search" list="sg-actor-list" autocomplete="off">
<datalist id="sg-actor-list"></datalist></section>
<section><h2>{_i18n(lang, "dates")}</h2>
<label>{_i18n(lang, "from")} <input id="sg-from" type="date"></label>
<label>{_i18n(lang, "to")} <input id="sg-to" type="date"></label>
<label><input id="sg-undated" type="checkbox" checked> {_i18n(lang, "undated")}</label></section>
<section><h2>{_i18n(lang, "polarity")}</h2>{pol}</section>
<section><h2>{_i18n(lang, "types")}</h2>
<p><button type="button" id="sg-types-all">{_i18n(lang, "all")}</button>
<button type="button" id="sg-types-none">{_i18n(lang, "none")}</button></p>
<div id="sg-types"></div></section>
<section><h2>{_i18n(lang, "legend")}</h2><ul class="sg-legend">{kinds}</ul>
<p>{_i18n(lang, "size")}</p><p>{_i18n(lang, "width")}</p><p class="sg-hint">{_i18n(lang, "hint")}</p></section>
<section id="sg-node-info" hidden></section>
</aside>
<div id="sg-graph"></div>
</div>
{extra}
<div id="sg-tip" role="tooltip" hidden></div>
<dialog id="sg-dialog"><form method="dialog"><button id="sg-close" value="close">{_i18n(lang, "close")}</button></form>
<h2 id="sg-dialog-title"></h2><p id="sg-dialog-sub"></p><ol id="sg-evidence"></ol>
<p><button type="button" id="sg-pair-button">{_i18n(lang, "timeline")}</button></p>
<div id="sg-pair"></div></dialog>"""


def _viewer_page(
    *, path: str, title: str, heading: str, sub: str, data: dict[str, Any], lang: str,
    extra: str = "",
) -> Page:
    """A graph page: self-contained when ``data`` carries its own text (``sg-text``), else
    loading the site's shared scripts from assets/ (vis-network, viewer, text last)."""
    data = dict(data)
    body = _viewer_body(lang, heading, sub, extra)
    if TEXT_KEY in data:
        text = data.pop(TEXT_KEY)
        doc = html.page(
            title=title, lang=lang, body=body,
            styles=[_asset("site.css"), _asset("graph.css")],
            scripts=[html.vis_network_js(), _asset("graph.js")],
            data=data, late_data={TEXT_KEY: text},
        )
    else:
        doc = html.page(
            title=title, lang=lang, body=body,
            styles=[_asset("site.css"), _asset("graph.css")],  # 5 kB: inline, like the index
            scripts=[html.File(VIS_FILE), html.File(VIEWER_FILE), html.File(TEXT_FILE)],
            data=data,
        )
    return Page(path=path, title=title, html=doc)


def _script_global(name: str, data: Any) -> str:
    """A script file setting ``window[name]`` to ``data`` (JSON is a JavaScript literal;
    json_text escapes the line separators JavaScript would not take in a string)."""
    return f"window.{name} = {html.json_text(data)};\n"


def site_assets(text: TextTable) -> list[Page]:
    """The files the pages of a site share, written once into assets/: vis-network, the
    viewer (its words in both languages, then graph.js) and the evidence text."""
    return [
        Page(path=VIS_FILE, title="vis-network", html=html.vis_network_js()),
        Page(path=VIEWER_FILE, title="viewer",
             html=_script_global("stancegraphUI", UI) + _asset("graph.js")),
        Page(path=TEXT_FILE, title="text", html=_script_global("stancegraphText", text.data())),
    ]


def _check_lang(lang: str) -> str:
    if lang not in UI:
        raise ValueError(f"lang must be one of {', '.join(LANGS)}, not {lang!r}")
    return lang


def graph_page(
    g: nx.MultiDiGraph, *, lang: str = "en", links: Mapping[str, str] | None = None,
    large: bool | None = None, text: TextTable | None = None,
) -> Page:
    """``graph.html``: the whole stance graph (self-contained unless given the site's
    ``text`` table)."""
    _check_lang(lang)
    heading = _i18n(lang, "whole_graph")
    sub = ""
    data = graph_data(g, lang=lang, links=links, large=large, text=text)
    return _viewer_page(path="graph.html", title=f"stancegraph — {_t(lang, 'whole_graph')}",
                        heading=heading, sub=sub, data=data, lang=lang)


def _edge_table(g: nx.MultiDiGraph, actor_id: str, lang: str, links: Mapping[str, str],
                outgoing: bool) -> str:
    edges = g.out_edges(actor_id, keys=True, data=True) if outgoing else g.in_edges(
        actor_id, keys=True, data=True)
    rows = []
    for u, v, key, data in sorted(edges, key=lambda e: (-len(e[3]["evidence"]), e[2], e[0], e[1])):
        other_id = v if outgoing else u
        other: Actor = g.nodes[other_id]["actor"]
        en, ar, pol = _type_info(key)
        # names and types carry their ids, so the viewer switches them with the labels
        name = (f'<span data-actor="{html.escape(other_id)}">'
                f"{html.escape(other.label(lang))}</span>")
        if other_id in links:
            name = f'<a href="{html.escape(links[other_id])}">{name}</a>'
        rows.append(
            f'<tr><td><span class="sg-swatch sg-{pol}"></span><span data-type="'
            f'{html.escape(key)}">{html.escape(ar if lang == "ar" else en)}</span>'
            f'</td><td>{name}</td><td>{len(data["evidence"])}</td><td>{data["docs"]}</td></tr>'
        )
    if not rows:
        return ""
    head = (f"<tr><th>{_i18n(lang, 'type')}</th><th>{_i18n(lang, 'other')}</th>"
            f"<th>{_i18n(lang, 'count')}</th><th>{_i18n(lang, 'documents')}</th></tr>")
    key = "held" if outgoing else "received"
    return f"<h2>{_i18n(lang, key)}</h2><table>{head}{''.join(rows)}</table>"


def actor_page(
    g: nx.MultiDiGraph, actor_id: str, *, lang: str = "en",
    links: Mapping[str, str] | None = None, text: TextTable | None = None,
) -> Page:
    """An actor's page: its ego network and the table of its stances (self-contained unless
    given the site's ``text`` table)."""
    _check_lang(lang)
    links = dict(links or {})
    actor: Actor = g.graph.get("actors", {}).get(actor_id) or Actor(
        actor_id, "unknown", actor_id, actor_id)
    # A hub's ego network is most of the graph: its page would repeat graph.html, so above
    # LAYOUT_EDGES it draws the actor's own edges only (counted on a view: no copy).
    members = (set(g.predecessors(actor_id)) | set(g.successors(actor_id)) | {actor_id}
               if actor_id in g else set())
    among = sum(len(keys) for u in members for v, keys in g.succ[u].items() if v in members)
    star = among > LAYOUT_EDGES
    ego = star_graph(g, actor_id) if star else ego_graph(g, actor_id)
    other = actor.en if lang == "ar" else actor.ar
    heading = html.escape(actor.label(lang))
    if other != actor.label(lang):
        heading += f' <span class="sg-alt" dir="auto">{html.escape(other)}</span>'
    sub = f"{_i18n(lang, actor.kind if actor.kind in KINDS else 'unknown')} · {html.escape(actor.id)}"
    if star:
        sub += " · " + _i18n(lang, "own_edges")
    tables = "".join((
        _edge_table(g, actor_id, lang, links, outgoing=True) if actor_id in g else "",
        _edge_table(g, actor_id, lang, links, outgoing=False) if actor_id in g else "",
    ))
    untargeted = g.graph.get("untargeted", {}).get(actor_id, [])
    if untargeted:
        # Filled by the viewer from the JSON data, like every other piece of article text.
        tables += (f'<h2>{_i18n(lang, "untargeted")}</h2>'
                   '<ol id="sg-untargeted" class="sg-untargeted"></ol>')
    extra = f'<section id="sg-actor-tables">{tables}</section>' if tables else ""
    data = graph_data(ego, lang=lang, focus=actor_id, links=links, untargeted=untargeted,
                      loose_sample=g.graph.get("untargeted_sample", {}).get(actor_id),
                      text=text)
    return _viewer_page(
        path=actor_filename(actor_id), title=f"stancegraph — {actor.label(lang)}",
        heading=heading, sub=sub, data=data, lang=lang, extra=extra,
    )


def _heading(lang: str, key: str) -> str:
    """A UI string as a table heading: capitalised in English."""
    text = _t(lang, key)
    return html.escape(text[:1].upper() + text[1:])


def _stat_rows(lang: str, rows: list[tuple[str, str]]) -> str:
    return "".join(f"<tr><th>{k}</th><td>{v}</td></tr>" for k, v in rows)


def index_page(
    g: nx.MultiDiGraph,
    *,
    lang: str = "en",
    links: Mapping[str, str] | None = None,
    summary: Mapping[str, Any] | None = None,
    period: tuple[str | None, str | None] = (None, None),
    diffs: Iterable[str] = (),
) -> Page:
    """``index.html``: what the store holds, with links to the graph, actor and diff pages.

    Counts are of the rendered stances (after the date filter); ``summary`` (the store's own
    ``graph.query.summary``) is shown beside them as it is.
    """
    _check_lang(lang)
    links = dict(links or {})
    known: dict[str, Actor] = g.graph.get("actors", {})
    actors = {a: known[a] for a in stance_actors(g)}
    untargeted = g.graph.get("untargeted", {})
    evidence = [ev for _, _, d in g.edges(data=True) for ev in d["evidence"]]
    evidence += [ev for evs in untargeted.values() for _, ev in evs]
    dates = sorted(ev.date for ev in evidence if ev.date)
    by_type: Counter[str] = Counter()
    for _, _, key, d in g.edges(keys=True, data=True):
        by_type[key] += len(d["evidence"])
    for evs in untargeted.values():
        for type_id, _ in evs:
            by_type[type_id] += 1
    held: Counter[str] = Counter()
    received: Counter[str] = Counter()
    for u, v, d in g.edges(data=True):
        held[u] += len(d["evidence"])
        received[v] += len(d["evidence"])
    for holder, evs in untargeted.items():
        held[holder] += len(evs)

    esc = html.escape
    span = f"{esc(dates[0])} – {esc(dates[-1])}" if dates else "—"
    undated = len(evidence) - len(dates)
    if undated:
        span += f" ({undated} {_i18n(lang, 'undated_label')})"
    stats = [
        (_heading(lang, "documents"), str(len({ev.doc for ev in evidence}))),
        (_heading(lang, "span"), span),
        (_heading(lang, "actors"), str(len(actors))),
        (_heading(lang, "stances_ne"), str(len(evidence))),
        (_heading(lang, "edges"), str(g.number_of_edges())),
    ]
    if any(period):
        stats.append((_heading(lang, "period"), f"{esc(period[0] or '…')} – {esc(period[1] or '…')}"))
    store = _summary_table(lang, summary) if summary else ""

    type_rows = []
    for type_id, count in sorted(by_type.items(), key=lambda kv: (-kv[1], kv[0])):
        en, ar, pol = _type_info(type_id)
        type_rows.append(
            f'<tr><td><span class="sg-swatch sg-{pol}"></span>{esc(en)}</td>'
            f'<td dir="rtl" lang="ar">{esc(ar)}</td><td>{_i18n(lang, pol)}</td><td>{count}</td></tr>'
        )
    actor_rows = []
    for actor in sorted(actors.values(), key=lambda a: (-(held[a.id] + received[a.id]), a.en)):
        name = esc(actor.label(lang))
        if actor.id in links:
            name = f'<a href="{esc(links[actor.id])}">{name}</a>'
        other = actor.ar if lang == "en" else actor.en
        kind = actor.kind if actor.kind in KINDS else "unknown"
        actor_rows.append(
            f'<tr><td>{name}</td><td dir="auto">{esc(other)}</td>'
            f"<td><code>{esc(actor.id)}</code></td>"
            f'<td><span class="sg-kind sg-kind-{kind}"></span>{_i18n(lang, kind)}</td>'
            f"<td>{held[actor.id]}</td><td>{received[actor.id]}</td></tr>"
        )
    diff_links = "".join(_diff_item(name) for name in sorted(diffs))
    # always there (hidden while empty), so that a diff page written later can add itself
    diff_section = (f'<section id="sg-diffs"{"" if diff_links else " hidden"}>'
                    f'<h2>{_i18n(lang, "diffs")}</h2><ul class="sg-diffs">{diff_links}'
                    f"{DIFF_MARK}</ul></section>")
    body = f"""<header id="sg-header"><h1>stancegraph — {_i18n(lang, "index")}</h1>
<p class="sg-sub"><a class="sg-big" href="graph.html">{_i18n(lang, "whole_graph")} →</a></p></header>
<main class="sg-index">
{diff_section}
{store}
<h2>{_i18n(lang, "rendered")}</h2>
<table class="sg-stats">{_stat_rows(lang, stats)}</table>
<p class="sg-about">{_i18n(lang, "about_figures")}</p>
<h2>{_i18n(lang, "by_type")}</h2>
<table><tr><th>{_i18n(lang, "label_en")}</th><th>{_i18n(lang, "label_ar")}</th><th>{_i18n(lang, "polarity")}</th><th>{_i18n(lang, "count")}</th></tr>
{''.join(type_rows)}</table>
<h2>{_i18n(lang, "actors")}</h2>
<table><tr><th>{_i18n(lang, "name")}</th><th></th><th>{_i18n(lang, "id")}</th><th>{_i18n(lang, "kind")}</th><th>{_i18n(lang, "held")}</th><th>{_i18n(lang, "received")}</th></tr>
{''.join(actor_rows)}</table>
</main>"""
    doc = html.page(title=f"stancegraph — {_t(lang, 'index')}", lang=lang, body=body,
                    styles=[_asset("site.css")])
    return Page(path="index.html", title=f"stancegraph — {_t(lang, 'index')}", html=doc)


DIFF_MARK = "<!-- sg-diffs -->"


def _diff_item(name: str) -> str:
    return (f'<li><a href="{html.escape(name)}">{html.escape(name.removesuffix(".html"))}'
            "</a></li>")


def link_diff(index_html: str, name: str) -> str | None:
    """``index.html`` with a link to the diff page ``name`` (a file beside it) added, or
    None when it links it already or is not an index `render` wrote."""
    if DIFF_MARK not in index_html or f'href="{html.escape(name)}"' in index_html:
        return None
    return (index_html.replace(DIFF_MARK, _diff_item(name) + DIFF_MARK, 1)
            .replace('<section id="sg-diffs" hidden>', '<section id="sg-diffs">', 1))


def _summary_table(lang: str, summary: Mapping[str, Any]) -> str:
    """The store's own summary (``graph.query.summary``): known keys get a translated label,
    unknown ones are shown as they are; stances by type are in their own table."""
    esc = html.escape
    labels = {"documents": "documents", "undated_documents": "undated_docs",
              "actors": "actors", "stances": "stances", "edge_stances": "edge_stances",
              "edges": "edges", "stances_by_language": "by_lang"}
    rows = []
    first, last = summary.get("first_date"), summary.get("last_date")
    for key, value in summary.items():
        if key in ("first_date", "last_date", "stances_by_type"):
            continue
        label = _heading(lang, labels[key]) if key in labels else esc(key)
        rows.append((label, esc(_summary_value(value))))
        if key == "documents" and (first or last):
            rows.append((_heading(lang, "span"), f"{esc(first or '…')} – {esc(last or '…')}"))
    return f"<h2>{_i18n(lang, 'store')}</h2><table>{_stat_rows(lang, rows)}</table>"


def _summary_value(value: Any) -> str:
    if isinstance(value, Mapping):
        return ", ".join(f"{k}: {_summary_value(v)}" for k, v in value.items())
    if isinstance(value, (list, tuple)):
        return ", ".join(_summary_value(v) for v in value)
    return "" if value is None else str(value)


def build_site(
    stances: Iterable[StanceRowLike],
    actors: Iterable[ActorRowLike],
    *,
    lang: str = "en",
    summary: Mapping[str, Any] | None = None,
    period: tuple[str | None, str | None] = (None, None),
    max_actor_pages: int | None = None,
    diffs: Iterable[str] = (),
    evidence_per_edge: int | None = EVIDENCE_PER_EDGE,
    texts: TextFetcher | None = None,
    self_contained: bool = False,
) -> list[Page]:
    """Every file of the site: ``index.html``, ``graph.html``, one page per actor that
    holds or receives a stance (in the order written here), then the files in assets/ the
    graph pages share (:func:`site_assets`: vis-network, the viewer and the evidence text,
    once for all pages). With ``self_contained`` each page carries its own copy of
    everything instead (about 0.5 MB more a page) and there is no assets/.

    ``max_actor_pages`` keeps only the pages of the actors with the most stances.
    ``evidence_per_edge`` bounds the evidence sentences a page carries per edge (None or 0:
    all); ``texts`` fetches the text of the sampled stances when the rows have none (see
    :func:`bound_evidence`).
    """
    _check_lang(lang)
    g = stance_graph(stances, actors)
    bound_evidence(g, evidence_per_edge, texts)
    for _, _, data in g.edges(data=True):
        edge_langs(data)  # once here, not once per page that draws the edge
    ids = sorted(stance_actors(g))
    if max_actor_pages is not None and len(ids) > max_actor_pages:
        weight: Counter[str] = Counter()
        for u, v, d in g.edges(data=True):
            weight[u] += len(d["evidence"])
            weight[v] += len(d["evidence"])
        for holder, evs in g.graph["untargeted"].items():
            weight[holder] += len(evs)
        ids = sorted(sorted(ids, key=lambda a: (-weight[a], a))[:max(0, max_actor_pages)])
    links = {a: actor_filename(a) for a in ids}
    text = None if self_contained else TextTable()
    pages = [
        index_page(g, lang=lang, links=links, summary=summary, period=period, diffs=diffs),
        graph_page(g, lang=lang, links=links, text=text),
    ]
    pages += [actor_page(g, a, lang=lang, links=links, text=text) for a in ids]
    if text is not None:
        pages += site_assets(text)
    return pages

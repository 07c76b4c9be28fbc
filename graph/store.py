"""Stage graph, storage: the stance graph in an embedded Oxigraph folder or a SPARQL 1.1 endpoint.

    open_store("./stancegraph-data")           embedded Oxigraph (pyoxigraph) in a folder
    open_store("http://127.0.0.1:7878")        remote endpoint: /query, /update, /store as
    open_store("http://host/ds/query")         `oxigraph serve` exposes them (or given explicitly)

Every document is one named graph. ``replace_document`` drops and rewrites that graph in one
SPARQL update request, which Oxigraph (embedded or served) applies in one transaction: a crash
or a kill leaves the old graph or the new one, never a mix. A document whose content hash is
already stored is skipped, so re-ingesting unchanged input changes nothing — not even
``prov:generatedAtTime``.

Queries see the union of all graphs as their default graph and have the project's prefixes
predeclared; values are bound through :mod:`graph.sparql`, never pasted.
"""

from __future__ import annotations

import gc
import io
import time
import urllib.error
import urllib.parse
import urllib.request
from abc import ABC, abstractmethod
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any, Self

import pyoxigraph as ox
from pyoxigraph import (
    BlankNode,
    Literal,
    NamedNode,
    Quad,
    QueryBoolean,
    QueryResultsFormat,
    QuerySolutions,
    RdfFormat,
    Triple,
)

from extract.record import Document, Stance
from graph import rdf, sparql
from ontology.errors import StancegraphError
from ontology.namespace import ACTORS_GRAPH, ONTOLOGY_GRAPH, PREFIXES, SG, STANCE
from ontology.namespace import DOC as DOC_GRAPHS
from ontology.namespace import GRAPHS as OTHER_GRAPHS

ONTOLOGY_DIR = Path(__file__).resolve().parent.parent / "ontology"
STANCE_TTL = ONTOLOGY_DIR / "stance.ttl"
P_HASH = NamedNode(SG.contentHash)

EXPORT_FORMATS = {
    "ttl": RdfFormat.TURTLE,
    "trig": RdfFormat.TRIG,
    "nq": RdfFormat.N_QUADS,
    "nt": RdfFormat.N_TRIPLES,
    "jsonld": RdfFormat.JSON_LD,
}

Row = dict[str, Any]


def language_of(term: Any) -> str | None:
    """The language tag of a result term, if it is a literal that has one."""
    return term.language if isinstance(term, Literal) and term.language else None


_INTEGER_TYPES = frozenset(("integer", "int", "long", "short", "nonNegativeInteger",
                            "positiveInteger", "negativeInteger", "nonPositiveInteger",
                            "unsignedInt", "unsignedLong"))
_FLOAT_TYPES = frozenset(("decimal", "double", "float"))
# datatype IRI -> int, float, bool or None (the lexical form), by the IRI's name after "#"
_LITERAL_KINDS: dict[str, Any] = {}


def _literal_kind(datatype: str) -> Any:
    name = datatype.rsplit("#", 1)[-1]
    kind = (int if name in _INTEGER_TYPES else float if name in _FLOAT_TYPES
            else bool if name == "boolean" else None)
    if len(_LITERAL_KINDS) < 1024:
        _LITERAL_KINDS[datatype] = kind
    return kind


def to_python(term: Any) -> Any:
    """A result term as a plain Python value: IRIs as str, numbers as int/float, booleans as
    bool, every other literal (dates included) as its lexical form."""
    # called for every value of every row (a pair's 1,150 stances: 10,000 values): exact type
    # checks first and the datatype's kind cached, 0.9 -> 0.5 µs a value
    kind = type(term)
    if kind is NamedNode:
        return term.value
    if kind is Literal:
        if term.language:
            return term.value
        datatype = term.datatype.value
        convert = (_LITERAL_KINDS[datatype] if datatype in _LITERAL_KINDS
                   else _literal_kind(datatype))
        if convert is None:
            return term.value
        if convert is bool:
            return term.value in ("true", "1")
        try:
            return convert(term.value)
        except ValueError:
            return term.value
    if term is None:
        return None
    if isinstance(term, BlankNode):
        return f"_:{term.value}"
    return str(term)


class Store(ABC):
    """The stance graph; see the module docstring. Use as a context manager or call close()."""

    location: str
    # SERVICE lets a query make requests to other endpoints: off unless asked for
    allow_service: bool = False
    # where stance nodes live: the default graph (embedded Oxigraph: three indexes instead of
    # six per statement, graph.rdf), or their document's graph (a server, where the default
    # graph is not portable); the queries read the union of all graphs either way
    default_graph_nodes: bool = False

    # --- what each backend provides ------------------------------------------------------

    @abstractmethod
    def _query(self, query: str) -> QuerySolutions | QueryBoolean | list[Triple]:
        """Run a complete query (prefixes declared, values bound) over the union graph."""

    @abstractmethod
    def update(self, update: str) -> None:
        """Run a SPARQL update request as one transaction (prefixes predeclared)."""

    @abstractmethod
    def quads(self) -> Iterator[Quad]:
        """Every quad of the store."""

    def close(self) -> None:
        pass

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- queries ---------------------------------------------------------------------------

    def raw(self, query: str, bindings: Mapping[str, Any] | None = None, *,
            stances_only: bool = False) -> QuerySolutions | QueryBoolean | list[Triple]:
        """Result object of any query form: solutions, a boolean, or triples. The query is
        checked first (:func:`graph.sparql.check_query`: size, nesting, SERVICE).
        ``stances_only``: the query's patterns outside GRAPH clauses read stance nodes only
        (a named query that says so), which a store keeping them in its default graph answers
        from that graph alone."""
        text = sparql.bind(query, bindings)
        sparql.check_query(text, allow_service=self.allow_service)
        if stances_only and self.stances_in_default_graph():
            return self._query_default_graph(text)
        return self._query(text)

    def select_terms(self, query: str, bindings: Mapping[str, Any] | None = None
                     ) -> tuple[list[str], list[dict[str, Any]]]:
        """(variables, rows of pyoxigraph terms or None) of a SELECT query."""
        return _solutions(self.raw(query, bindings))

    def select(self, query: str, bindings: Mapping[str, Any] | None = None) -> list[Row]:
        """Rows of a SELECT query as plain Python values (see :func:`to_python`).

        ``bindings`` maps variable names to values: str → string literal, int/float/Decimal →
        numbers, date/datetime → xsd:date/dateTime, bool → xsd:boolean, rdflib URIRef or
        pyoxigraph NamedNode → IRI (e.g. ``SG.urgesRestraint``, ``rdf.actor_iri("RUS")``).
        """
        return _python_rows(self.raw(query, bindings))

    def ask(self, query: str, bindings: Mapping[str, Any] | None = None) -> bool:
        result = self.raw(query, bindings)
        if not isinstance(result, QueryBoolean):
            raise StancegraphError("not an ASK query")
        return bool(result)

    def construct(self, query: str, bindings: Mapping[str, Any] | None = None) -> list[Triple]:
        result = self.raw(query, bindings)
        if not isinstance(result, list):
            raise StancegraphError("not a CONSTRUCT or DESCRIBE query")
        return result

    def named(self, name: str, **bindings: Any) -> list[Row]:
        """Rows of the named query ``ontology/queries/<name>.rq`` with typed parameters."""
        named = sparql.named_query(name)
        return _python_rows(self.raw(named.prepare(bindings), stances_only=named.stances_only))

    def named_terms(self, name: str, **bindings: Any) -> tuple[list[str], list[dict[str, Any]]]:
        named = sparql.named_query(name)
        return _solutions(self.raw(named.prepare(bindings), stances_only=named.stances_only))

    def stances_in_default_graph(self) -> bool:
        """Whether every stance node is described in the default graph alone (the embedded
        store's shape), so that a query reading nothing else there may skip the union of
        graphs."""
        return False

    def _query_default_graph(self, query: str) -> QuerySolutions | QueryBoolean | list[Triple]:
        return self._query(query)

    # --- writing ---------------------------------------------------------------------------

    def document_writer(self) -> Any:
        """What `ingest` writes documents through: ``add(document, stances) -> bool`` (False
        when stored unchanged), a context manager. Here: one replace_document per document;
        the embedded store batches (:class:`DocumentWriter`)."""
        self.ensure_vocabulary()
        return _OneByOne(self)

    def has_graph_hash(self, graph: NamedNode, digest: str) -> bool:
        return self.ask(
            "ASK { GRAPH $g { $g sg:contentHash $hash } }", {"g": graph, "hash": digest})

    def replace_document(self, document: Document, stances: Sequence[Stance]) -> bool:
        """Store one document and its stances in its named graph, replacing what was there.

        Atomic. Returns False, and writes nothing, when the stored graph already has the same
        content hash (same text, metadata, stances and extractor version).
        """
        self._ensure_vocabulary_once()
        quads, digest = rdf.document_quads(document, stances)
        graph = rdf.doc_iri(document.doc_id)
        if self.has_graph_hash(graph, digest):
            return False
        if not self.default_graph_nodes:
            quads = in_document_graphs(quads)
        update = _replace_graph(graph, quads, rdf.shared_quads(stances, document.date),
                                self.default_graph_nodes)
        self.update(update + self._orphan_cleanup(graph))
        return True

    def _orphan_cleanup(self, graph: NamedNode) -> str:
        """For a document being replaced: the update that removes the descriptions of the
        index nodes (dyad, edge, tally) its old version linked to and no stance links to any
        more — a re-dated document left its old month's tally behind. Runs in the same request
        (one transaction) after the replacement; empty for a new document."""
        links = " ".join(str(link) for link, _, _, _ in rdf.INDEXES)
        rows = self.select_terms(
            f"SELECT DISTINCT ?link ?n WHERE {{ VALUES ?link {{ {links} }} "
            "?s prov:wasDerivedFrom $g ; ?link ?n }", {"g": graph})[1]
        out = []
        for link, index_graph, _, _ in rdf.INDEXES:
            nodes = " ".join(str(r["n"]) for r in rows if r["link"] == link)
            if nodes:
                out.append(
                    f" ;\nDELETE {{ GRAPH {index_graph} {{ ?n ?p ?o }} }} WHERE {{ "
                    f"VALUES ?n {{ {nodes} }} GRAPH {index_graph} {{ ?n ?p ?o }} "
                    f"FILTER NOT EXISTS {{ ?s {link} ?n }} }}")
        return "".join(out)

    def remove_document(self, doc_id: str) -> None:
        self.update(_drop_document(rdf.doc_iri(doc_id), self.default_graph_nodes))

    _vocabulary_checked = False

    def _ensure_vocabulary_once(self) -> None:
        if not self._vocabulary_checked:
            self.ensure_vocabulary()

    def ensure_vocabulary(self) -> bool:
        """Load the ontology (ontology/stance.ttl) and the actors of the gazetteer into their
        named graphs unless the stored copies are current (same content hash). Returns True
        when something was (re)loaded."""
        changed = False
        for graph, triples in _vocabulary():
            digest = rdf.content_hash(triples)
            if self.has_graph_hash(graph, digest):
                continue
            stored = [*triples, Triple(graph, P_HASH, Literal(digest))]
            self.update(_replace_graph(graph, rdf.in_graph(stored, graph),
                                       default_graph_nodes=self.default_graph_nodes))
            changed = True
        self._vocabulary_checked = True
        return changed

    # --- reading everything ----------------------------------------------------------------

    def document_ids(self) -> list[str]:
        rows = self.select("SELECT ?id WHERE { ?d a sg:Document ; dct:identifier ?id } ORDER BY ?id")
        return [r["id"] for r in rows]

    def dataset_quads(self) -> Iterator[Quad]:
        """Every quad of the store, the default graph's included. ``quads()`` of a remote
        store reads the named graphs (SPARQL has no portable way to name the default graph
        while the union is the default graph); the default graph holds only stance nodes
        (graph.rdf), so they are added by their IRIs. The embedded store reads all at once."""
        yield from self.quads()
        if not self.default_graph_nodes:
            return  # a server keeps them in the documents' graphs
        _, rows = self.select_terms(
            "SELECT DISTINCT ?s ?p ?o WHERE { ?s sg:stanceType ?type ; ?p ?o "
            f"FILTER (STRSTARTS(STR(?s), \"{STANCE}\")) }}")
        for row in rows:
            yield Quad(row["s"], row["p"], row["o"], ox.DefaultGraph())

    def export(self, fmt: str) -> bytes:
        """The store as RDF: ttl and nt (union of all graphs), trig, nq and jsonld (with their
        named graphs). Sorted, so that equal stores give equal bytes."""
        if fmt not in EXPORT_FORMATS:
            raise StancegraphError(f"unknown RDF format {fmt!r} (use {', '.join(EXPORT_FORMATS)})")
        quads = sorted(self.dataset_quads(), key=str)
        rdf_format = EXPORT_FORMATS[fmt]
        prefixes = PREFIXES if fmt in ("ttl", "trig") else None
        if fmt in ("ttl", "nt"):
            triples = sorted({q.triple for q in quads}, key=str)
            data = ox.serialize(triples, format=rdf_format, prefixes=prefixes)
        else:
            data = ox.serialize(quads, format=rdf_format, prefixes=prefixes)
        assert data is not None
        return data

    def nquads(self) -> bytes:
        """Every quad as sorted N-Quads lines: the store's content, comparable byte for byte."""
        return "".join(sorted(f"{q} .\n" for q in self.dataset_quads())).encode("utf-8")


class _OneByOne:
    def __init__(self, store: Store) -> None:
        self.add = store.replace_document

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        pass


def _vocabulary() -> list[tuple[NamedNode, list[Triple]]]:
    """(graph, triples) of the ontology and of the actors. Actors come from the live gazetteer
    (the extractor's single source), through the mapping that also writes ontology/actors.ttl."""
    from extract.gazetteer import load_gazetteer

    ontology = [q.triple for q in ox.parse(STANCE_TTL.read_bytes(), RdfFormat.TURTLE)]
    actors = rdf.gazetteer_triples(load_gazetteer())
    return [(NamedNode(ONTOLOGY_GRAPH), ontology), (NamedNode(ACTORS_GRAPH), actors)]


def _drop_document(graph: NamedNode, default_graph_nodes: bool = True) -> str:
    """The update that removes a document: its graph and its stance nodes, which are in the
    default graph of an embedded store (graph.rdf) and in the document's graph on a server."""
    if not default_graph_nodes:
        return f"DROP SILENT GRAPH {graph}"
    return (f"DROP SILENT GRAPH {graph} ;\n"
            f"DELETE WHERE {{ ?s <{rdf.P_DERIVED.value}> {graph} . ?s ?p ?o }}")


def in_document_graphs(quads: Iterable[Quad]) -> list[Quad]:
    """The quads with each stance node moved from the default graph into the graph of the
    document it is derived from: the shape kept on SPARQL servers, where the default graph is
    not portable (Virtuoso's is the union of all graphs and takes no plain writes)."""
    quads = list(quads)
    home = {q.subject: q.object for q in quads
            if q.predicate == rdf.P_DERIVED and isinstance(q.graph_name, ox.DefaultGraph)
            and isinstance(q.object, NamedNode)}
    return [Quad(q.subject, q.predicate, q.object, home[q.subject])
            if isinstance(q.graph_name, ox.DefaultGraph) and q.subject in home else q
            for q in quads]


def _replace_graph(graph: NamedNode, quads: Iterable[Quad], extra: Iterable[Quad] = (),
                   default_graph_nodes: bool = True) -> str:
    """One update request: drop ``graph`` (and the stance nodes derived from it), write
    ``quads`` (those of ``graph`` into it, the default graph's into the default graph) and add
    ``extra`` quads (into their own graphs) — one transaction."""
    quads = list(quads)
    body = "\n".join(f"    {q.subject} {q.predicate} {q.object} ." for q in quads
                     if q.graph_name == graph)
    more = "".join(f"\n  GRAPH {q.graph_name} {{ {q.subject} {q.predicate} {q.object} }}"
                   for q in extra)
    default = "".join(f"\n  {q.subject} {q.predicate} {q.object} ." for q in quads
                      if isinstance(q.graph_name, ox.DefaultGraph))
    return (f"{_drop_document(graph, default_graph_nodes)} ;\n"
            f"INSERT DATA {{ GRAPH {graph} {{\n{body}\n}}{more}{default} }}")


def _solutions(result: Any) -> tuple[list[str], list[dict[str, Any]]]:
    if not isinstance(result, QuerySolutions):
        raise StancegraphError("not a SELECT query")
    names = [v.value for v in result.variables]
    # a solution iterates its values (None when unbound) in the order of the variables:
    # faster than asking each by name
    rows = [dict(zip(names, sol, strict=True)) for sol in result]
    return names, rows


def _python_rows(result: Any) -> list[Row]:
    """Rows of a SELECT result as plain Python values (:func:`to_python`), in one pass."""
    if not isinstance(result, QuerySolutions):
        raise StancegraphError("not a SELECT query")
    names = [v.value for v in result.variables]
    return [dict(zip(names, map(to_python, sol), strict=True)) for sol in result]


# --- embedded ----------------------------------------------------------------------------------

SERVE_LOCK = "stancegraph-serve.lock"


class ServedError(StancegraphError):
    """A write into a store that `stancegraph serve` is serving."""


def hold_serve_lock(folder: str | Path) -> Any:
    """Mark ``folder`` as served: an open file with a shared flock that lives as long as the
    calling process (the kernel drops it when the process dies, even on SIGKILL). Writers
    refuse a served store: Oxigraph's read-only server does not see later writes. Several
    servers may serve one folder."""
    import fcntl
    import os

    handle = open(Path(folder) / SERVE_LOCK, "a+", encoding="utf-8")  # noqa: SIM115
    fcntl.flock(handle, fcntl.LOCK_SH)
    handle.write(f"{os.getpid()}\n")
    handle.flush()
    return handle


def _refuse_if_served(folder: Path) -> None:
    import fcntl

    lock = folder / SERVE_LOCK
    if not lock.exists():
        return
    with open(lock, "a+", encoding="utf-8") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            handle.seek(0)
            pids = ", ".join(handle.read().split()[-3:]) or "?"
            raise ServedError(
                f"cannot write to store {folder}: `stancegraph serve` (pid {pids}) is serving "
                "it read-only and would not see the change; stop the server first") from None
        handle.truncate(0)  # no server holds it: forget the pids of servers that have ended
        fcntl.flock(handle, fcntl.LOCK_UN)


class EmbeddedStore(Store):
    """An Oxigraph store in a local folder (pyoxigraph).

    ``read_only=True`` (the read commands) opens it without RocksDB's write lock, so it can
    be read while an ingest runs or when the disk is full; writing then fails with one line.
    Opening for writing is refused while ``stancegraph serve`` serves the folder.
    """

    default_graph_nodes = True

    def __init__(self, path: str | Path, *, create: bool = True, read_only: bool = False) -> None:
        self.location = str(path)
        self.read_only = read_only
        folder = Path(path)
        if (not create or read_only) and not folder.exists():
            raise StancegraphError(
                f"no store at {folder} (run `stancegraph ingest` first, or give --store)")
        if folder.exists() and not folder.is_dir():
            raise StancegraphError(f"{folder} is a file, not a store folder")
        if not read_only and folder.exists():
            _refuse_if_served(folder)
        try:
            if read_only:
                self._store: ox.Store | None = ox.Store.read_only(str(folder))
            else:
                self._store = ox.Store(str(folder))
        except OSError as exc:
            message = str(exc)
            if "lock" in message.lower():
                message = "the store is in use by another process (an ingest or a server?)"
            raise StancegraphError(f"cannot open store {folder}: {message}") from None

    @property
    def oxigraph(self) -> ox.Store:
        if self._store is None:
            raise StancegraphError("the store is closed")
        return self._store

    _stances_in_default_graph: bool | None = None

    def stances_in_default_graph(self) -> bool:
        # A store written before stance nodes moved into the default graph keeps them in the
        # documents' graphs: asked once (an index lookup that finds nothing on today's stores)
        if self._stances_in_default_graph is None:
            self._stances_in_default_graph = not self.oxigraph.query(
                "ASK { GRAPH ?g { ?s a sg:Stance } }", prefixes=PREFIXES)
        return self._stances_in_default_graph

    def _query_default_graph(self, query: str) -> QuerySolutions | QueryBoolean | list[Triple]:
        # asking the default graph alone: a join over the union of graphs costs twice as much
        # (the text of 14,000 stances: 0.55 s against 1.1 s)
        return self._query(query, union=False)

    def _query(self, query: str, union: bool = True
               ) -> QuerySolutions | QueryBoolean | list[Triple]:
        try:
            result = self.oxigraph.query(query, prefixes=PREFIXES,
                                         use_default_graph_as_union=union)
        except SyntaxError as exc:
            raise StancegraphError(f"SPARQL syntax error: {exc}") from None
        except (OSError, RuntimeError, ValueError) as exc:
            raise StancegraphError(f"query failed: {exc}") from None
        if isinstance(result, QuerySolutions | QueryBoolean):
            return result
        return list(result)

    def update(self, update: str) -> None:
        if self.read_only:
            raise StancegraphError(f"the store {self.location} is open read-only")
        try:
            self.oxigraph.update(update, prefixes=PREFIXES)
        except SyntaxError as exc:
            raise StancegraphError(f"SPARQL update syntax error: {exc}") from None
        except (OSError, RuntimeError, ValueError) as exc:
            raise StancegraphError(f"update failed: {exc}") from None

    def quads(self) -> Iterator[Quad]:
        return iter(self.oxigraph)

    def dataset_quads(self) -> Iterator[Quad]:
        return iter(self.oxigraph)  # the default graph included

    # --- writing: no SPARQL text, new documents in batches ---------------------------------

    def stored_hash(self, graph: NamedNode) -> str | None:
        """The content hash stored in a document's graph (an index lookup); None if none."""
        for quad in self.oxigraph.quads_for_pattern(graph, P_HASH, None, graph):
            return quad.object.value  # type: ignore[union-attr]
        return None

    def replace_document(self, document: Document, stances: Sequence[Stance]) -> bool:
        """Store one document and its stances in its named graph (see Store.replace_document):
        one transaction, through :class:`DocumentWriter`."""
        with self.document_writer() as writer:
            return writer.add(document, stances)

    def document_writer(self, batch_quads: int = 20_000) -> DocumentWriter:
        if self.read_only:
            raise StancegraphError(f"the store {self.location} is open read-only")
        self._ensure_vocabulary_once()
        return DocumentWriter(self, batch_quads)

    def bulk_extend(self, quads: Iterable[Quad]) -> None:
        """Fast load for an empty store (benchmarks, imports). NOT transactional: use
        replace_document for ingest."""
        self.oxigraph.bulk_extend(quads)

    def bulk_load(self, data: bytes | io.IOBase | str, fmt: RdfFormat) -> None:
        """Fast load of an RDF file; NOT transactional (see bulk_extend)."""
        self.oxigraph.bulk_load(data, fmt)  # type: ignore[arg-type]

    def flush(self) -> None:
        self.oxigraph.flush()

    def optimize(self) -> None:
        self.oxigraph.optimize()

    def close(self) -> None:
        if self._store is not None:
            store, self._store = self._store, None
            try:
                if not self.read_only:
                    store.flush()
            except OSError as exc:
                raise StancegraphError(f"cannot write store {self.location}: {exc}") from None
            finally:
                del store
                if not self.read_only:  # a read-only store holds no lock
                    gc.collect()  # RocksDB releases its lock only when the object is freed


class DocumentWriter:
    """Writes documents into an embedded store the way `ingest` does, fast (see
    :meth:`add`). Use as a context manager: leaving it writes what is pending.

    - A document whose stored graph has the same content hash is skipped.
    - New documents (no graph yet — the everyday case) are N-Quads text (graph.rdf.
      document_nquads) gathered into batches of about ``batch_quads`` quads, each batch given
      to Oxigraph's N-Quads parser in ONE transaction (``Store.load``) by a background thread
      while the caller extracts the next documents: no SPARQL text is built or parsed. A batch
      is all or nothing: a document is never half-written.
    - A document stored with another hash is replaced by one SPARQL update (drop, insert,
      orphan clean-up: one transaction), after the pending batch; that is the rare case.
    - The descriptions of the shared index nodes (dyads, edges, tallies) go into the batch of
      the first document that uses them; the writer remembers which it has written.
    - A batch is handed over once it holds ``batch_quads`` quads or 0.2 s have passed since
      the last one, so a kill loses at most a fraction of a second of extraction.
    - RocksDB's write buffers are flushed to disk every ~16 MB written, so memory stays flat.
    """

    FLUSH_EVERY = 16 << 20
    MAX_WAIT = 0.2  # seconds between batches at most: what `ingest` shows is soon written

    def __init__(self, store: EmbeddedStore, batch_quads: int) -> None:
        import queue
        import threading

        self.store = store
        self.batch_quads = batch_quads
        self._pending: list[str] = []
        self._unsettled: set[NamedNode] = set()  # graphs of batches not yet written
        self._pending_quads = 0
        self._described: set[NamedNode] = set()
        self._since_flush = 0
        self._handed_off = time.monotonic()
        self._error: BaseException | None = None
        self._queue: queue.Queue[bytes | None] = queue.Queue(maxsize=2)
        self._thread = threading.Thread(target=self._write_loop, daemon=True)
        self._thread.start()

    def _write_loop(self) -> None:
        ox_store = self.store.oxigraph
        while (data := self._queue.get()) is not None:
            if self._error is not None:
                self._queue.task_done()
                continue  # a batch failed: write nothing more, let the caller report it
            try:
                ox_store.load(data, RdfFormat.N_QUADS)  # one transaction
                self._since_flush += len(data)
                if self._since_flush > self.FLUSH_EVERY:
                    ox_store.flush()
                    self._since_flush = 0
            except BaseException as exc:  # noqa: BLE001 - handed to the caller's thread
                self._error = exc
            finally:
                self._queue.task_done()

    def _check(self) -> None:
        if self._error is not None:
            exc, self._error = self._error, None
            raise StancegraphError(f"cannot write to store {self.store.location}: {exc}")

    def add(self, document: Document, stances: Sequence[Stance]) -> bool:
        """Queue one document; False (nothing written) when it is stored unchanged."""
        self._check()
        text, digest = rdf.document_nquads(document, stances)
        graph = rdf.doc_iri(document.doc_id)
        if graph in self._unsettled:  # an earlier version is pending or being written
            self.flush()
        stored = self.store.stored_hash(graph)
        if stored == digest:
            return False
        if stored is not None or self.store.oxigraph.contains_named_graph(graph):
            self.flush()
            self._described.clear()  # the clean-up may remove index nodes
            update = _replace_graph(graph, rdf.parse_nquads(text),
                                    rdf.shared_quads(stances, document.date))
            self.store.update(update + self.store._orphan_cleanup(graph))
            return True
        shared = rdf.shared_quads(stances, document.date, seen=self._described)
        self._pending.append(text)
        self._pending.extend(f"{q} .\n" for q in shared)
        self._unsettled.add(graph)
        self._pending_quads += text.count("\n") + len(shared)
        if self._pending_quads >= self.batch_quads or \
                time.monotonic() - self._handed_off > self.MAX_WAIT:
            self.flush(wait=False)
        return True

    def flush(self, wait: bool = True) -> None:
        """Hand the pending batch to the writer thread (and wait until it is written)."""
        if self._pending:
            try:
                data = "".join(self._pending).encode("utf-8")
            except UnicodeError as exc:
                self._described.clear()
                raise StancegraphError(f"cannot write to store: {exc}") from None
            finally:
                self._pending.clear()
                self._pending_quads = 0
            self._queue.put(data)
            self._handed_off = time.monotonic()
        if wait or len(self._unsettled) > 10_000:
            self._queue.join()
            self._unsettled.clear()
            self._check()

    def close(self) -> None:
        """Write what is pending and stop the writer thread."""
        try:
            self.flush()
        finally:
            self._queue.put(None)
            self._thread.join()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, exc_type: object, *exc: object) -> None:
        if exc_type is None:
            self.close()
        else:  # the caller failed: what is pending is dropped, what was written stays
            self._pending.clear()
            self._queue.put(None)
            self._thread.join()


# --- bulk loading of shards (`stancegraph load`) ----------------------------------------------

SHARD_QUADS, SHARD_STANCES = "quads-{}.nq", "stances-{}.jsonl"


def find_shards(folder: str | Path) -> list[tuple[Path, Path]]:
    """The (quads-NNNNN.nq, stances-NNNNN.jsonl) pairs of a folder written by `stancegraph
    batch`, in order; an error naming the problem when a pair is incomplete or none is there."""
    import re

    root = Path(folder)
    if not root.is_dir():
        raise StancegraphError(f"{root}: not a folder of shards")
    pattern = re.compile(r"(quads|stances)-(\d+)\.(nq|jsonl)\Z")
    found: dict[str, dict[str, Path]] = {}
    for f in sorted(root.iterdir()):
        m = pattern.match(f.name)
        if m and (m[1], m[3]) in (("quads", "nq"), ("stances", "jsonl")):
            found.setdefault(m[2], {})[m[1]] = f
    if not found:
        raise StancegraphError(f"{root}: no shard (quads-NNNNN.nq with stances-NNNNN.jsonl)")
    pairs = []
    for number, files in sorted(found.items()):
        for kind, name in (("quads", SHARD_QUADS), ("stances", SHARD_STANCES)):
            if kind not in files:
                raise StancegraphError(
                    f"{root / name.format(number)}: missing (the other file of shard {number} "
                    "is there)")
        pairs.append((files["quads"], files["stances"]))
    return pairs


def check_quad_shard(path: Path) -> set[NamedNode]:
    """Parse a quads shard through (nothing is written) and return its document graphs; an
    error naming the file and the problem if it is not N-Quads of document graphs only."""
    from ontology.namespace import DOC, STANCE

    graphs: set[NamedNode] = set()
    doc, stance = str(DOC), str(STANCE)
    last_graph: Any = None
    last_subject: Any = None
    try:
        for quad in ox.parse(path=str(path), format=RdfFormat.N_QUADS):
            graph = quad.graph_name
            if isinstance(graph, NamedNode):
                if graph != last_graph:  # quads come document by document
                    if not graph.value.startswith(doc):
                        raise StancegraphError(
                            f"{path}: a quad outside a document graph ({quad}): a shard holds "
                            "document graphs and their stance nodes only")
                    graphs.add(graph)
                    last_graph = graph
            elif quad.subject != last_subject:  # and stance node by stance node
                if not (isinstance(graph, ox.DefaultGraph) and isinstance(quad.subject, NamedNode)
                        and quad.subject.value.startswith(stance)):
                    raise StancegraphError(
                        f"{path}: a quad that is neither in a document graph nor about a stance "
                        f"({quad}): a shard holds documents only")
                last_subject = quad.subject
    except SyntaxError as exc:
        raise StancegraphError(f"{path}: not valid N-Quads: {exc}") from None
    except (OSError, UnicodeError, ValueError) as exc:
        raise StancegraphError(f"{path}: cannot read: {exc}") from None
    return graphs


def shard_stances(path: Path) -> Iterator[Stance]:
    """The Stance records of a stances shard, one JSON object a line, checked; an error naming
    the file, the line and the problem otherwise."""
    import dataclasses
    import json

    fields = {f.name for f in dataclasses.fields(Stance)}
    try:
        with path.open(encoding="utf-8") as lines:
            for number, line in enumerate(lines, start=1):
                if not line.strip():
                    continue
                try:
                    record = json.loads(line)
                    if not isinstance(record, dict):
                        raise TypeError("not a JSON object")
                    stance = Stance(**{k: v for k, v in record.items() if k in fields})
                    for name in ("holder", "stance_type", "doc_id"):
                        if not isinstance(getattr(stance, name), str):
                            raise TypeError(f"{name} is not a string")
                    for name in ("target", "date"):
                        if getattr(stance, name) is not None and \
                                not isinstance(getattr(stance, name), str):
                            raise TypeError(f"{name} is not a string")
                    rdf.type_concept(stance.stance_type)  # a known type
                except (ValueError, TypeError, StancegraphError) as exc:
                    raise StancegraphError(f"{path}: line {number}: not a stance record "
                                           f"({exc})") from None
                yield stance
    except (OSError, UnicodeError) as exc:
        raise StancegraphError(f"{path}: cannot read: {exc}") from None


# shards larger than this in all are checked in worker processes (starting one costs ~0.5 s)
PARALLEL_CHECK_BYTES = 64_000_000


def _shards_bytes(shards: Sequence[tuple[Path, Path]]) -> int:
    return sum(path.stat().st_size for pair in shards for path in pair if path.is_file())


def check_shard_pair(pair: tuple[str, str]) -> tuple[str | None, list[str], int, list[str]]:
    """Step 1 of :func:`load_shards` for one (quads, stances) shard pair, in this process or a
    worker: (the error, or None; its document graph IRIs; its number of stances; the N-Quads
    lines describing the index nodes its stances need). Errors are returned as text, so that a
    worker process hands them back whole."""
    quads_path, stances_path = Path(pair[0]), Path(pair[1])
    described: set[NamedNode] = set()
    shared: list[Quad] = []
    count = 0
    try:
        documents = check_quad_shard(quads_path)
        for stance in shard_stances(stances_path):
            if rdf.doc_iri(stance.doc_id) not in documents:
                raise StancegraphError(f"{stances_path}: a stance of document {stance.doc_id}, "
                                       f"which {quads_path.name} does not hold")
            count += 1
            shared += rdf.shared_quads((stance,), seen=described)
    except StancegraphError as exc:
        return str(exc), [], 0, []
    return None, [g.value for g in documents], count, [f"{q} .\n" for q in shared]


def load_shards(store: Store, shards: Sequence[tuple[Path, Path]], *, threads: int = 2,
                optimize: bool = True, say: Any = None) -> dict[str, Any]:
    """Load shards of `stancegraph batch` (see find_shards) into ``store``:

    1. every shard is read through and checked first; a bad one stops everything before
       anything is written (an error naming the file);
    2. documents of the shards that the store has already are dropped (replaced);
    3. embedded: the quads files go through Oxigraph's bulk loader, ``threads`` files at once;
       remote: through the SPARQL update endpoint as INSERT DATA requests of 5,000 quads;
    4. the shared index nodes (dyads, edges, tallies) are computed from the stance records of
       all shards and written in one transaction; then the store is optimised.

    The bulk loader is not transactional: a crash or kill during step 3 can leave part of it.
    """
    import time

    def note(text: str) -> None:
        if say is not None:
            say(text)

    started = time.perf_counter()
    graphs: set[NamedNode] = set()
    shared_lines: dict[str, None] = {}  # N-Quads lines, each once, in the order found
    stances = 0
    pairs = [(str(q), str(s)) for q, s in shards]
    if threads > 1 and len(shards) > 1 and _shards_bytes(shards) > PARALLEL_CHECK_BYTES:
        # the check parses every quad into Python objects: worth a second core when the
        # shards are large (a process each: parsing holds the GIL)
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor
        from concurrent.futures.process import BrokenProcessPool

        try:
            with ProcessPoolExecutor(max_workers=min(threads, len(shards)),
                                     mp_context=multiprocessing.get_context("spawn")) as workers:
                checked = list(workers.map(check_shard_pair, pairs))
        except BrokenProcessPool:  # a worker that could not start or was killed: check here
            note("a worker process of the check failed; checking the shards here")
            checked = [check_shard_pair(pair) for pair in pairs]
    else:
        checked = [check_shard_pair(pair) for pair in pairs]
    for error, documents, count, lines in checked:  # in shard order: the first bad one
        if error is not None:
            raise StancegraphError(error)
        graphs |= {NamedNode(d) for d in documents}
        stances += count
        shared_lines.update(dict.fromkeys(lines))
    shared = list(ox.parse(input="".join(shared_lines), format=RdfFormat.N_QUADS))
    check_seconds = time.perf_counter() - started
    note(f"checked {len(shards)} shard(s): {len(graphs)} documents, {stances} stances "
         f"({check_seconds:.1f} s)")
    load_seconds = optimize_seconds = 0.0
    store.ensure_vocabulary()
    if isinstance(store, EmbeddedStore):
        ox_store = store.oxigraph
        for graph in graphs:
            if ox_store.contains_named_graph(graph):
                store.update(_drop_document(graph))
        loading = time.perf_counter()
        if threads > 1 and len(shards) > 1:
            from concurrent.futures import ThreadPoolExecutor

            with ThreadPoolExecutor(max_workers=threads) as pool:
                list(pool.map(lambda pair: ox_store.bulk_load(
                    path=str(pair[0]), format=RdfFormat.N_QUADS, lenient=True), shards))
        else:
            for quads_path, _ in shards:
                # lenient: step 1 parsed every shard strictly already
                ox_store.bulk_load(path=str(quads_path), format=RdfFormat.N_QUADS, lenient=True)
        ox_store.extend(shared)  # one transaction
        ox_store.flush()
        load_seconds = time.perf_counter() - loading
        note(f"bulk-loaded in {load_seconds:.1f} s")
        if optimize:
            optimizing = time.perf_counter()
            ox_store.optimize()
            optimize_seconds = time.perf_counter() - optimizing
    else:
        for graph in graphs:
            store.update(_drop_document(graph, store.default_graph_nodes))
        for quads_path, _ in shards:
            # a shard holds whole documents: its stance nodes go into their documents' graphs
            parsed: Iterable[Quad] = ox.parse(path=str(quads_path), format=RdfFormat.N_QUADS)
            quads = parsed if store.default_graph_nodes else in_document_graphs(parsed)
            chunk: list[Quad] = []
            for quad in quads:
                chunk.append(quad)
                if len(chunk) >= 5000:
                    store.update(_insert_data(chunk))
                    chunk.clear()
            if chunk:
                store.update(_insert_data(chunk))
        if shared:
            store.update(_insert_data(shared))
    return {"documents": len(graphs), "stances": stances, "shared": len(shared),
            "seconds": round(time.perf_counter() - started, 1),
            "check_seconds": check_seconds, "load_seconds": load_seconds,
            "optimize_seconds": optimize_seconds}


def _insert_data(quads: Iterable[Quad]) -> str:
    return "INSERT DATA { " + "\n".join(
        f"{q.subject} {q.predicate} {q.object} ." if isinstance(q.graph_name, ox.DefaultGraph)
        else f"GRAPH {q.graph_name} {{ {q.subject} {q.predicate} {q.object} }}"
        for q in quads) + " }"


# --- remote ------------------------------------------------------------------------------------

class RemoteStore(Store):
    """Any SPARQL 1.1 endpoint (Query and Update protocols) over HTTP: `oxigraph serve`,
    Virtuoso, Fuseki, GraphDB…

    Queries and updates are sent as HTML-form POSTs (``query=…`` / ``update=…``, percent-encoded
    UTF-8), the one request form that every SPARQL 1.1 server accepts (Virtuoso 7 hangs on a
    POST of ``application/sparql-query``). Queries ask for the union of all graphs as the
    default graph with Oxigraph's ``union-default-graph`` parameter; Virtuoso's default graph
    is that union already (with its own system graphs besides, which :meth:`quads` leaves
    out); another server must be configured to do the same (e.g. Fuseki's
    ``unionDefaultGraph``). Every answer is checked before use: its HTTP status, its media
    type, and its whole body is parsed — a server that cancels a query on its timeout may still
    answer 200 with a truncated body, which is reported as an error instead of being read as a
    shorter result.
    """

    def __init__(self, query_url: str, update_url: str | None = None,
                 store_url: str | None = None, *, timeout: float = 120.0,
                 union_default_graph: bool = True) -> None:
        self.location = query_url
        self.query_url = query_url
        base = query_url[: -len("/query")] if query_url.endswith("/query") else None
        self.update_url = update_url or (base + "/update" if base is not None else query_url)
        self.store_url = store_url or (base + "/store" if base is not None else None)
        self.timeout = timeout
        self.union_default_graph = union_default_graph

    def _post(self, url: str, form: Mapping[str, str], accept: str | None
              ) -> tuple[str, Any, bytes]:
        """POST ``form`` as application/x-www-form-urlencoded (UTF-8); (media type, headers,
        body) of a 2xx answer, any other outcome a one-line StancegraphError."""
        body = urllib.parse.urlencode(form, encoding="utf-8").encode("ascii")
        headers = {"Content-Type": "application/x-www-form-urlencoded"}
        if accept:
            headers["Accept"] = accept
        request = urllib.request.Request(url, data=body, headers=headers, method="POST")
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:
                status, answer_headers = response.status, response.headers
                media = answer_headers.get("Content-Type", "").split(";")[0].strip().lower()
                data = response.read()
        except urllib.error.HTTPError as exc:
            line = _first_line(exc)
            if "SR203" in line:
                # Virtuoso's anytime query that had found nothing to send by its time limit:
                # the same time limit as S1TAT (_refuse_incomplete), as an error status
                raise StancegraphError(
                    f"{url}: incomplete answer: the server stopped the query at its time limit "
                    f"before it had anything to send (HTTP {exc.code}: {line}); raise the "
                    "timeout or narrow the query") from None
            raise StancegraphError(f"{url}: HTTP {exc.code}: {line}") from None
        except (urllib.error.URLError, OSError) as exc:
            reason = getattr(exc, "reason", exc)
            raise StancegraphError(f"cannot reach SPARQL endpoint {url}: {reason}") from None
        if not 200 <= status < 300:  # urllib raises on 4xx/5xx; 1xx/3xx end up here
            raise StancegraphError(f"{url}: unexpected HTTP status {status}")
        return media, answer_headers, data

    def _query(self, query: str) -> QuerySolutions | QueryBoolean | list[Triple]:
        form = {"query": sparql.prefix_header() + query}
        url = self.query_url
        if self.union_default_graph:
            # In the URL, not the form: a server that does not know it ignores it either way.
            url += ("&" if "?" in url else "?") + "union-default-graph=true"
        # One kind per form: Virtuoso answers a CONSTRUCT in SPARQL results JSON (?s ?p ?o
        # rows) when that is acceptable at all.
        form_of = sparql.query_form(query)
        accept = ("application/n-triples, text/turtle;q=0.8"
                  if form_of in ("CONSTRUCT", "DESCRIBE") else
                  "application/sparql-results+json" if form_of in ("SELECT", "ASK") else
                  "application/sparql-results+json, application/n-triples;q=0.9, "
                  "text/turtle;q=0.8")
        media, headers, body = self._post(url, form, accept)
        try:
            if media in ("application/sparql-results+json", "application/json"):
                if b"nodeID://" in body:
                    body = _plain_blank_nodes(body)
                result = ox.parse_query_results(body, QueryResultsFormat.JSON)
                if isinstance(result, QuerySolutions):
                    # Read the whole answer once: a truncated body fails here, not half-way
                    # through the caller's loop. Then hand out a fresh iterator over it.
                    rows = list(result)
                    _refuse_incomplete(self.query_url, headers, len(rows))
                    if form_of == "ASK":
                        return _ask_as_rows(rows)
                    result = ox.parse_query_results(body, QueryResultsFormat.JSON)
                return result
            fmt = RdfFormat.from_media_type(media) if media else None
            if fmt is None:
                raise StancegraphError(
                    f"{self.query_url}: unexpected answer type {media or 'none'!r} "
                    "(not SPARQL results JSON, N-Triples or Turtle)")
            return [q.triple for q in ox.parse(body, fmt)]
        except (SyntaxError, ValueError) as exc:
            detail = " ".join(str(exc).split())[:200]
            raise StancegraphError(
                f"{self.query_url}: incomplete or invalid answer ({detail}); the server may "
                "have cancelled the query on its timeout") from None

    def update(self, update: str) -> None:
        # Oxigraph answers 204, Virtuoso 200 with a report of what it did: any 2xx is success
        # (an error is a 4xx/5xx, which _post reports).
        text = sparql.portable_update(update)  # INSERT DATA as Virtuoso takes it too
        self._post(self.update_url, {"update": sparql.prefix_header() + text}, None)

    def quads(self) -> Iterator[Quad]:
        # Portable: the Graph Store protocol has no "whole dataset" read in SPARQL 1.1. Only
        # the project's graphs (documents, ontology, actors, indexes): a server may keep graphs
        # of its own (Virtuoso's virtrdf: and others), which are not the stance graph.
        _, rows = self.select_terms(
            "SELECT ?s ?p ?o ?g WHERE { GRAPH ?g { ?s ?p ?o } "
            f"FILTER (STRSTARTS(STR(?g), {Literal(str(DOC_GRAPHS))}) "
            f"|| STRSTARTS(STR(?g), {Literal(str(OTHER_GRAPHS))})) }}")
        for row in rows:
            yield Quad(row["s"], row["p"], _canonical(row["o"]), row["g"])


def _ask_as_rows(rows: list[Any]) -> QueryBoolean:
    """The answer of an ASK that the server gave as solutions: Virtuoso 7 answers one row
    ``__ASK_RETVAL`` = 1 for true and no row for false."""
    value = rows[0][0] if rows and len(rows[0]) else None
    truth = value is not None and to_python(value) not in (0, False, "0", "false")
    data = b'{"head": {}, "boolean": ' + (b"true" if truth else b"false") + b"}"
    answer = ox.parse_query_results(data, QueryResultsFormat.JSON)
    assert isinstance(answer, QueryBoolean)
    return answer


def _plain_blank_nodes(body: bytes) -> bytes:
    """Virtuoso names blank nodes ``nodeID://b10001`` in its JSON answers, which is not a blank
    node label; ``b10001`` is (and stays the same node within the answer)."""
    import json

    data = json.loads(body)
    for row in data.get("results", {}).get("bindings", []):
        for cell in row.values():
            if cell.get("type") == "bnode" and cell.get("value", "").startswith("nodeID://"):
                cell["value"] = cell["value"][len("nodeID://"):]
    return json.dumps(data).encode("utf-8")


_BOOLEAN = NamedNode("http://www.w3.org/2001/XMLSchema#boolean")


def _canonical(term: Any) -> Any:
    """A boolean literal in its canonical form: Virtuoso gives back ``true`` as ``"1"``, the
    same value; canonical, exports of the same data are equal byte for byte on any server."""
    if isinstance(term, Literal) and term.datatype == _BOOLEAN and term.value in ("1", "0"):
        return Literal("true" if term.value == "1" else "false", datatype=_BOOLEAN)
    return term


def _refuse_incomplete(url: str, headers: Any, rows: int) -> None:
    """Virtuoso answers 200 with a well-formed but incomplete body in two cases, and says so
    only in a header: an "anytime" query stopped at its time limit (a ``timeout`` parameter in
    the endpoint URL; X-SQL-State S1TAT) and an answer cut at its ResultSetMaxRows
    (X-SPARQL-MaxRows). Either is an error, not a shorter result."""
    if (headers.get("X-SQL-State") or "").strip().upper() == "S1TAT":
        raise StancegraphError(
            f"{url}: incomplete answer: the server stopped the query at its time limit and "
            "sent what it had found so far (Virtuoso's anytime query, X-SQL-State S1TAT); "
            "raise the timeout or narrow the query")
    cap = headers.get("X-SPARQL-MaxRows")
    if cap is not None and cap.strip().isdigit() and rows >= int(cap):
        raise StancegraphError(
            f"{url}: the server cut its answer at {int(cap):,} rows (its result limit, "
            "Virtuoso's ResultSetMaxRows in virtuoso.ini); raise it or narrow the query")


def _first_line(error: urllib.error.HTTPError) -> str:
    """The server's message in an HTTP error's body as one line: its first paragraph (Virtuoso
    follows it with the whole query), else the status's reason."""
    try:
        text = error.read().decode("utf-8", "replace").strip()
    except OSError:
        text = ""
    paragraph = " ".join(text.split("\n\n", 1)[0].split())
    return paragraph[:300] if paragraph else str(error.reason)


def open_store(location: str | Path, *, create: bool = True, update_url: str | None = None,
               store_url: str | None = None, timeout: float = 120.0,
               read_only: bool = False) -> Store:
    """A folder path → embedded Oxigraph; an http(s) URL → remote SPARQL 1.1 endpoint.

    For a URL ending in ``/query`` the update and graph-store URLs are its siblings
    ``/update`` and ``/store`` (as ``oxigraph serve`` exposes them); a bare ``http://host:port``
    means ``http://host:port/query``; any other URL is used for both queries and updates.
    ``create=False`` refuses to create a missing embedded store; ``read_only=True`` opens an
    embedded store for reading only (the read commands: query, validate, export, render, diff).
    """
    text = str(location)
    if text.startswith(("http://", "https://")):
        parsed = urllib.parse.urlsplit(text)
        if parsed.path in ("", "/"):
            text = urllib.parse.urlunsplit(parsed._replace(path="/query"))
        return RemoteStore(text, update_url, store_url, timeout=timeout)
    return EmbeddedStore(text, create=create, read_only=read_only)

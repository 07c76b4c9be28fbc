"""Stage graph, read helpers: typed rows of the stored graph for pages, tables and the diff.

Every helper runs a named query of ontology/queries through the store, so it works the same on
the embedded store and on a remote endpoint.

>>> rows = stance_rows(store, date_from="2022-01-01")          # doctest: +SKIP
>>> [(r.holder, r.type, r.target) for r in rows if r.is_edge]  # doctest: +SKIP
[('RUS', 'urges_restraint', 'TUR')]
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass, fields
from typing import Any

from graph import rdf
from graph.store import Store, language_of, to_python
from ontology.errors import StancegraphError
from ontology.types import stance_types

_KINDS = {"State": "state", "Organization": "organization", "Bloc": "bloc", "Group": "group"}


@dataclass(frozen=True)
class StanceRow:
    """One stance node as stored. Actor and type fields are ids (``RUS``, ``urges_restraint``);
    ``doc`` is the document IRI, ``doc_id`` its id."""

    id: str
    iri: str
    holder: str | None
    target: str | None
    type: str
    date: str | None
    evidence: str
    evidence_lang: str | None
    topic: str | None
    speaker: str | None
    speaker_id: str | None
    reported_by: str | None
    doc: str
    doc_id: str | None
    outlet: str | None
    url: str | None
    title: str | None
    confidence: float | None
    negated: bool
    hypothetical: bool
    rule: str | None
    start: int | None
    end: int | None
    polarity: str | None
    goldstein: float | None
    source_file: str | None = None  # file name the document was read from (no folder)

    @property
    def is_edge(self) -> bool:
        return (not self.negated and not self.hypothetical and self.target is not None
                and self.holder is not None)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


STANCE_COLUMNS = tuple(f.name for f in fields(StanceRow))


@dataclass(frozen=True)
class ActorRow:
    id: str
    iri: str
    kind: str | None  # state | organization | bloc | group, None when not in the gazetteer
    label_en: str
    label_ar: str | None
    wikidata: str | None
    stances: int


def stance_rows(store: Store, *, date_from: str | None = None,
                date_to: str | None = None) -> list[StanceRow]:
    """One row per stance node, ordered by date; with a date bound, undated stances drop out."""
    _, rows = store.named_terms("stance_rows", **{"from": date_from, "to": date_to})
    out = []
    for t in rows:
        v = {k: to_python(x) for k, x in t.items()}
        out.append(StanceRow(
            id=rdf.local_id(v["stance"]) or "",
            iri=v["stance"],
            holder=rdf.local_id(v["holder"]),
            target=rdf.local_id(v["target"]),
            type=v["type"],
            date=v["date"],
            evidence=v["evidence"] or "",
            evidence_lang=language_of(t["evidence"]),
            topic=v["topic"],
            speaker=v["speaker_name"],
            speaker_id=rdf.local_id(v["speaker"]),
            reported_by=rdf.local_id(v["reported_by"]),
            doc=v["doc"],
            doc_id=v["doc_id"],
            outlet=v["outlet"],
            url=v["url"],
            title=v["title"],
            confidence=v["confidence"],
            negated=bool(v["negated"]),
            hypothetical=bool(v["hypothetical"]),
            rule=v["rule"],
            start=v["start"],
            end=v["end"],
            polarity=v["polarity"],
            goldstein=v["goldstein"],
            source_file=v.get("source_file"),
        ))
    return out


def _actor(v: dict[str, Any], stances: int) -> ActorRow:
    actor_id = rdf.local_id(v["actor"]) or ""
    cls = v.get("class")
    return ActorRow(
        id=actor_id, iri=v["actor"],
        kind=_KINDS.get(cls.rsplit("#", 1)[-1]) if cls else None,
        label_en=v.get("label_en") or actor_id, label_ar=v.get("label_ar"),
        wikidata=rdf.local_id(v.get("wikidata")), stances=stances,
    )


def actor_rows(store: Store, *, include_gazetteer: bool = False) -> list[ActorRow]:
    """Actors that appear in stances; with ``include_gazetteer``, every gazetteer actor too
    (those with ``stances == 0``)."""
    found = {r["actor"]: _actor(r, r["stances"]) for r in store.named("actors")}
    if include_gazetteer:
        for r in store.named("gazetteer_actors"):
            found.setdefault(r["actor"], _actor(r, 0))
    return sorted(found.values(), key=lambda a: a.id)


def summary(store: Store) -> dict[str, Any]:
    """Documents, date span, actors, stances by type and by language, edges."""
    docs = store.named("summary_documents")[0]
    graph = store.named("summary_graph")[0]
    by_type: dict[str, int] = {}
    stances = edge_stances = 0
    for r in store.named("summary_types"):
        by_type[r["type"]] = r["stances"]
        stances += r["stances"]
        edge_stances += r["edges"]
    by_lang: dict[str, int] = {}
    for r in store.named("summary_languages"):
        lang = r["lang"] or "und"
        by_lang[lang] = by_lang.get(lang, 0) + r["stances"]
    return {
        "documents": docs["documents"] or 0,
        "undated_documents": docs["undated_documents"] or 0,
        "first_date": docs["first_date"] or graph["first_stance_date"],
        "last_date": docs["last_date"] or graph["last_stance_date"],
        "actors": graph["actors"] or 0,
        "stances": stances,
        "edge_stances": edge_stances,
        "edges": store.named("edge_count")[0]["edges"] or 0,
        "stances_by_type": dict(sorted(by_type.items())),
        "stances_by_language": dict(sorted(by_lang.items())),
    }


# --- checking what the user typed against what exists -----------------------------------------


def nearest(value: str, choices: Iterable[str], n: int = 3, *, case: bool = False
            ) -> list[str]:
    """The choices closest to ``value`` (case-insensitive unless ``case``), best first."""
    if case:
        return difflib.get_close_matches(value, list(choices), n=n, cutoff=0.6)
    by_key: dict[str, str] = {}
    for c in choices:
        by_key.setdefault(c.casefold(), c)
    found = difflib.get_close_matches(value.casefold(), list(by_key), n=n, cutoff=0.6)
    return [by_key[k] for k in found]


def known_actors(store: Store) -> dict[str, ActorRow]:
    """Every actor id a query can name: the gazetteer's and those in stances."""
    return {a.id: a for a in actor_rows(store, include_gazetteer=True)}


def suggest_actor(value: str, actors: Mapping[str, ActorRow], prefix: str = "") -> str:
    """``did you mean RUS (Russia)?`` for an unknown actor, by id or by English or Arabic name
    (an exact name first), or the empty string when nothing is close."""
    by_name: dict[str, str] = {}
    for a in actors.values():
        for name in (a.id, a.label_en, a.label_ar):
            if name:
                by_name.setdefault(name.casefold(), a.id)
    wanted = value.strip().casefold()
    ids: list[str] = []
    if wanted in by_name:  # a name or an id in other case: that actor, no guesses
        ids.append(by_name[wanted])
    else:
        for name in nearest(value, list(by_name), n=5):
            if by_name[name.casefold()] not in ids:
                ids.append(by_name[name.casefold()])
    if not ids:
        return ""
    shown = ", ".join(f"{prefix}{i} ({actors[i].label_en})" if actors[i].label_en != i
                      else f"{prefix}{i}" for i in ids[:3])
    return f"did you mean {shown}?"


def check_actor(value: str, actors: Mapping[str, ActorRow], what: str) -> str:
    """``value`` if it is a known actor id, else a StancegraphError naming the nearest ids."""
    if value in actors:
        return value
    hint = suggest_actor(value, actors)
    raise StancegraphError(f"{what}: unknown actor {value!r} (give an actor id"
                           + (f"; {hint})" if hint else ", e.g. RUS; see `stancegraph query "
                              "actors`)"))


def check_type(value: str, what: str) -> str:
    """``value`` if it is a stance type id, else a StancegraphError naming the nearest."""
    types = stance_types()
    if value in types:
        return value
    by_label = {t.en.casefold(): t.id for t in types.values()}
    by_label.update({t.ar: t.id for t in types.values()})
    if value.strip().casefold() in by_label:
        close = [by_label[value.strip().casefold()]]
    else:
        close = nearest(value.replace(" ", "_"), types)
    hint = f"did you mean {', '.join(close)}?" if close else \
        f"one of {', '.join(sorted(types))}"
    raise StancegraphError(f"{what}: unknown stance type {value!r} ({hint})")


# --- the pages' rows: every stance without its text, then the text of a sample ---------------


def page_rows(store: Store, *, date_from: str | None = None,
              date_to: str | None = None) -> list[StanceRow]:
    """The stances the pages draw (neither negated nor hypothetical, with a holder) without
    their text (``evidence`` empty): see :func:`stance_texts` for the text of a sample. With a
    date bound, undated stances drop out.

    Each property is asked on its own (``stance_property``) and the rows are joined here by
    stance: on Oxigraph that takes a third of the time of one query joining them."""

    def column(prop: Any) -> dict[str, Any]:
        _, rows = store.named_terms("stance_property", property=prop)
        return {t["stance"].value: t["value"] for t in rows}

    holders = column(rdf.P_HOLDER)
    left_out = column(rdf.P_NEGATED).items() | column(rdf.P_HYPOTHETICAL).items()
    for stance, flag in left_out:
        if to_python(flag) is True:  # true, or 1 as Virtuoso writes it
            holders.pop(stance, None)
    concepts = {rdf.type_concept(t).value: t for t in stance_types()}
    types, docs = column(rdf.P_TYPE), column(rdf.P_DERIVED)
    targets, dates = column(rdf.P_TARGET), column(rdf.P_DATE)
    _, lang_rows = store.named_terms("document_languages")
    langs = {t["doc"].value: t["lang"].value for t in lang_rows}
    ids: dict[str, str | None] = {}  # actor IRI -> id: a few actors, many stances

    def actor(iri: str) -> str | None:
        if iri not in ids:
            ids[iri] = rdf.local_id(iri)
        return ids[iri]

    out = []
    for stance, holder in holders.items():
        concept, doc = types.get(stance), docs.get(stance)
        type_id = concepts.get(concept.value) if concept is not None else None
        if type_id is None or doc is None:
            continue  # not a stance of this ontology's types, or of no document
        date = dates.get(stance)
        day = date.value if date is not None else None
        if (date_from or date_to) and (day is None or (date_from and day < date_from)
                                       or (date_to and day > date_to)):
            continue
        target = targets.get(stance)
        out.append(StanceRow(
            id=rdf.local_id(stance) or "", iri=stance, holder=actor(holder.value),
            target=actor(target.value) if target is not None else None,
            type=type_id, date=day, evidence="", evidence_lang=langs.get(doc.value),
            topic=None, speaker=None, speaker_id=None, reported_by=None, doc=doc.value,
            doc_id=None, outlet=None, url=None, title=None, confidence=None, negated=False,
            hypothetical=False, rule=None, start=None, end=None, polarity=None,
            goldstein=None))
    out.sort(key=lambda r: (r.date or "9999", r.doc, r.id))
    return out


def stance_texts(store: Store, iris: Iterable[str], *, chunk: int = 5000
                 ) -> dict[str, dict[str, Any]]:
    """Evidence, its language, speaker, reporting actor, confidence, outlet, URL and title of
    the stances ``iris`` (by IRI), asked in chunks; the documents' fields once per document."""
    wanted = sorted(set(iris))
    out: dict[str, dict[str, Any]] = {}
    doc_of: dict[str, str] = {}
    for i in range(0, len(wanted), chunk):
        _, rows = store.named_terms("stance_texts", stances=wanted[i:i + chunk])
        for t in rows:
            v = {k: to_python(x) for k, x in t.items()}
            doc_of[v["stance"]] = v["doc"]
            out[v["stance"]] = {
                "evidence": v["evidence"] or "", "lang": language_of(t["evidence"]),
                "speaker": v["speaker_name"], "reported_by": rdf.local_id(v["reported_by"]),
                "confidence": v["confidence"], "outlet": None, "url": None, "title": None,
            }
    docs = sorted(set(doc_of.values()))
    published: dict[str, dict[str, Any]] = {}
    for i in range(0, len(docs), chunk):
        for r in store.named("document_texts", docs=docs[i:i + chunk]):
            published[r["doc"]] = {"outlet": r["outlet"], "url": r["url"], "title": r["title"]}
    for stance, doc in doc_of.items():
        out[stance].update(published.get(doc, {}))
    return out

"""Output stage: the stored graph as tables that pandas, R, Excel and GDELT/ICEWS habits load
without editing.

``events`` is one row per stance (an "event" in GDELT/ICEWS words): date, holder and target
with ids, names in English and Arabic, kind and ISO 3166 alpha-3 code (states only), the stance
type with its CAMEO code, Goldstein value, PLOVER category and polarity (all from
ontology/stance_types.jsonl), whether it is an edge (not negated, not hypothetical, with a
target), speaker, evidence sentence and its language, outlet, URL, title, source file name and
document id. ``edges`` is one row per (holder, type, target) edge with its counts and first and
last date.

Empty cells are empty strings; booleans are ``true``/``false``; dates ``YYYY-MM-DD``.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from graph.query import ActorRow, StanceRow
from graph.views import edge_summaries
from ontology.types import StanceType, stance_types

EVENT_COLUMNS = (
    "event_id", "date",
    "holder", "holder_name", "holder_name_ar", "holder_kind", "holder_iso3", "holder_wikidata",
    "type", "type_label", "type_label_ar", "cameo", "goldstein", "plover", "plover_score",
    "polarity",
    "target", "target_name", "target_name_ar", "target_kind", "target_iso3", "target_wikidata",
    "is_edge", "negated", "hypothetical",
    "speaker", "reported_by", "evidence", "language", "topic",
    "outlet", "url", "title", "source_file", "doc_id",
    "confidence", "rule", "evidence_start", "evidence_end", "stance_iri",
)

EDGE_COLUMNS = (
    "holder", "holder_name", "holder_name_ar",
    "type", "type_label", "type_label_ar", "cameo", "goldstein", "plover", "polarity",
    "target", "target_name", "target_name_ar",
    "stances", "documents", "outlets", "languages", "first_date", "last_date", "undated",
)


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return format(value, "g")
    return " ".join(str(value).split()) if isinstance(value, str) else str(value)


def _write(columns: Sequence[str], rows: Iterable[Mapping[str, Any]]) -> bytes:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow([_cell(row.get(c)) for c in columns])
    return buf.getvalue().encode("utf-8")


def _actor(prefix: str, actor_id: str | None, actors: Mapping[str, ActorRow]) -> dict[str, Any]:
    if not actor_id:
        return {}
    a = actors.get(actor_id)
    kind = a.kind if a else None
    return {
        prefix: actor_id,
        f"{prefix}_name": a.label_en if a else actor_id,
        f"{prefix}_name_ar": a.label_ar if a else None,
        f"{prefix}_kind": kind,
        f"{prefix}_iso3": actor_id if kind == "state" else None,
        f"{prefix}_wikidata": a.wikidata if a else None,
    }


def _type(type_id: str) -> dict[str, Any]:
    t: StanceType | None = stance_types().get(type_id)
    if t is None:
        return {"type": type_id}
    return {"type": t.id, "type_label": t.en, "type_label_ar": t.ar, "cameo": t.cameo,
            "goldstein": t.goldstein, "plover": t.plover, "plover_score": t.plover_score,
            "polarity": t.polarity}


def events_csv(rows: Iterable[StanceRow], actors: Iterable[ActorRow]) -> bytes:
    """One row per stance (see the module docstring), in date order."""
    known = {a.id: a for a in actors}
    out = []
    for r in rows:
        out.append({
            "event_id": r.id, "date": str(r.date)[:10] if r.date else None,
            **_actor("holder", r.holder, known), **_type(r.type),
            **_actor("target", r.target, known),
            "is_edge": r.is_edge, "negated": r.negated, "hypothetical": r.hypothetical,
            "speaker": r.speaker, "reported_by": r.reported_by, "evidence": r.evidence,
            "language": r.evidence_lang, "topic": r.topic, "outlet": r.outlet, "url": r.url,
            "title": r.title, "source_file": r.source_file, "doc_id": r.doc_id,
            "confidence": r.confidence, "rule": r.rule, "evidence_start": r.start,
            "evidence_end": r.end, "stance_iri": r.iri,
        })
    return _write(EVENT_COLUMNS, out)


def edges_csv(rows: Iterable[StanceRow], actors: Iterable[ActorRow]) -> bytes:
    """One row per (holder, type, target) edge: stances, distinct documents and outlets, the
    languages of the evidence (``ar;en``), first and last date, and undated stances."""
    known = {a.id: a for a in actors}
    out = []
    for e in edge_summaries(rows):
        t = _type(e.type)
        t.pop("plover_score", None)
        holder, target = _actor("holder", e.holder, known), _actor("target", e.target, known)
        out.append({
            **holder, **t, **target, "stances": e.stances, "documents": len(e.documents),
            "outlets": len(e.outlets), "languages": ";".join(sorted(e.languages)),
            "first_date": e.first_date, "last_date": e.last_date, "undated": e.undated,
        })
    return _write(EDGE_COLUMNS, out)

"""Evaluation against gold files: strict and relaxed micro precision, recall and F1.

A document's predicted edges are the unique (holder, type, target) of its non-negated,
non-hypothetical stances whose target is an actor (DESIGN.md, Evaluation).
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from extract.pipeline import Problem, extract_paths
from ontology.errors import StancegraphError
from ontology.types import polarity

Edge = tuple[str, str, str]


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def scores(self) -> dict[str, float]:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4),
                "tp": self.tp, "fp": self.fp, "fn": self.fn}


def load_gold(path: Path) -> dict[str, dict[str, Any]]:
    gold: dict[str, dict[str, Any]] = {}
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            edges = {(e["holder"], e["type"], e["target"]) for e in row["edges"]}
            gold[row["doc"]] = {"edges": edges, "date": row.get("date")}
        except (ValueError, KeyError, TypeError) as exc:
            raise StancegraphError(f"line {n}: bad gold line ({exc})", str(path)) from None
    return gold


def _relaxed(edges: set[Edge]) -> set[tuple[str, str, str]]:
    return {(h, polarity(t), g) for h, t, g in edges}


def evaluate(gold_path: Path, docs_dir: Path) -> dict[str, Any]:
    gold = load_gold(gold_path)
    problems: list[str] = []

    def sink(p: Problem) -> None:
        problems.append(str(p))

    files = [docs_dir / name for name in gold]
    missing = [str(f) for f in files if not f.is_file()]
    if missing:
        raise StancegraphError(f"gold names documents that are not there: {missing[:3]}",
                               str(gold_path))
    predicted: dict[str, set[Edge]] = {}
    langs: dict[str, str] = {}
    for result in extract_paths(files, on_problem=sink):
        name = Path(result.document.path or "").name
        predicted[name] = {(s.holder, s.stance_type, s.target) for s in result.stances
                           if s.is_edge and s.target is not None}
        langs[name] = result.document.lang or "ar"
    strict, relaxed = Counts(), Counts()
    by_lang: dict[str, dict[str, Counts]] = defaultdict(lambda: {"strict": Counts(),
                                                                 "relaxed": Counts()})
    misses, false_alarms = [], []
    for name, g in gold.items():
        pred = predicted.get(name, set())
        gold_edges = g["edges"]
        lang = langs.get(name, "ar")
        for key, gset, pset in (("strict", gold_edges, pred),
                                ("relaxed", _relaxed(gold_edges), _relaxed(pred))):
            c = strict if key == "strict" else relaxed
            bl = by_lang[lang][key]
            tp = len(gset & pset)
            for cc in (c, bl):
                cc.tp += tp
                cc.fp += len(pset - gset)
                cc.fn += len(gset - pset)
        for h, t, g2 in sorted(gold_edges - pred):
            misses.append({"doc": name, "holder": h, "type": t, "target": g2})
        for h, t, g2 in sorted(pred - gold_edges):
            false_alarms.append({"doc": name, "holder": h, "type": t, "target": g2})
    return {
        "strict": strict.scores(),
        "relaxed": relaxed.scores(),
        "by_lang": {lang: {k: v.scores() for k, v in d.items()} for lang, d in
                    sorted(by_lang.items())},
        "documents": len(gold),
        "misses": misses,
        "false_alarms": false_alarms,
        "problems": problems,
    }

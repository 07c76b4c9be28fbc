"""`stancegraph eval GOLD.jsonl --docs DIR`: precision, recall and F1 against a gold file."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from extract.evaluate import evaluate

NAME = "eval"
HELP = "score the extractor against a gold file (strict and relaxed micro P/R/F1)"


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("gold", type=Path, metavar="GOLD.jsonl")
    p.add_argument("--docs", type=Path, required=True, help="folder of the gold's documents")
    p.add_argument("--json", action="store_true", help="print one JSON object")


def _line(name: str, s: dict[str, float]) -> str:
    return (f"{name:<16} P {s['precision']:.3f}  R {s['recall']:.3f}  F1 {s['f1']:.3f}"
            f"   (tp {s['tp']}, fp {s['fp']}, fn {s['fn']})")


def run(args: argparse.Namespace) -> int:
    from ontology.errors import StancegraphError

    if not args.gold.is_file():
        raise StancegraphError("no such gold file", str(args.gold))
    report = evaluate(args.gold, args.docs)
    if args.json:
        print(json.dumps(report, ensure_ascii=False))
        return 0
    print(f"{report['documents']} documents")
    print(_line("strict", report["strict"]))
    print(_line("relaxed", report["relaxed"]))
    for lang, d in report["by_lang"].items():
        print(_line(f"strict [{lang}]", d["strict"]))
        print(_line(f"relaxed [{lang}]", d["relaxed"]))
    for title, rows in (("misses", report["misses"]), ("false alarms", report["false_alarms"])):
        print(f"\n{title} ({len(rows)}):")
        for r in rows:
            print(f"  {r['doc']}: {r['holder']} {r['type']} {r['target']}")
    for p in report["problems"]:
        print(f"problem: {p}")
    return 0

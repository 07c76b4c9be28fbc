"""Developer aid: show each stance of a document with rule and evidence, against gold."""

import json
import sys
from pathlib import Path

# the checkout this file is in, not whichever one the environment installed (a worktree's
# venv may point at another checkout's extract/)
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from extract.pipeline import extract_paths

path = Path(sys.argv[1])
gold_file = path.parent / "gold.jsonl"
gold = set()
for line in gold_file.read_text().splitlines():
    row = json.loads(line)
    if row["doc"] == path.name:
        gold = {(e["holder"], e["type"], e["target"]) for e in row["edges"]}
for r in extract_paths([path]):
    pred = set()
    for s in r.stances:
        key = (s.holder, s.stance_type, s.target)
        flag = "OK " if key in gold else ("-- " if not s.is_edge else "FA ")
        if s.is_edge:
            pred.add(key)
        neg = (" NEG" if s.negated else "") + (" HYP" if s.hypothetical else "")
        print(f"{flag}{s.holder} {s.stance_type} {s.target}{neg}  [{s.rule}]  "
              f"{s.evidence[:90]}")
    for g in sorted(gold - pred):
        print("MISS", *g)

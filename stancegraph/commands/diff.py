"""The `diff` command: what changed in the stances between two periods."""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from extract.errors import StancegraphError

if TYPE_CHECKING:
    from graph.diff import Diff

NAME = "diff"
HELP = ("compare the stances of two periods (YYYY, YYYY-MM, YYYY-MM-DD or FROM..TO): "
        "added, dropped and kept types per pair, and the shift of their mean Goldstein value")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("a", metavar="A", help="the earlier period, e.g. 2022-11")
    parser.add_argument("b", metavar="B", help="the later period, e.g. 2024-11")
    parser.add_argument("--holder", metavar="X", help="only stances held by actor X (e.g. RUS)")
    parser.add_argument("--target", metavar="Y", help="only stances toward actor Y (e.g. TUR)")
    parser.add_argument("--type", dest="stance_type", metavar="T",
                        help="only stances of type T (e.g. urges_restraint)")
    parser.add_argument("--format", choices=("table", "json"), default="table",
                        help="output format (default: %(default)s)")
    parser.add_argument("--html", metavar="FILE",
                        help="also write a self-contained page drawing both periods")


def _short(text: str | None, width: int = 110) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= width else text[: width - 1] + "…"


def table(diff: Diff) -> str:
    a, b = diff.a, diff.b
    lines = [(f"A = {a.label} ({a.start}..{a.end}, {diff.a_edges} edges)   "
              f"B = {b.label} ({b.start}..{b.end}, {diff.b_edges} edges)")]
    by_pair: dict[tuple[str, str], list[str]] = {}
    for sign, status, changes in (("-", "dropped", diff.dropped), ("+", "added", diff.added),
                                  ("=", "kept", diff.kept)):
        for c in changes:
            docs = f"{c.docs_a}→{c.docs}" if c.docs_a is not None else str(c.docs)
            by_pair.setdefault((c.holder, c.target), []).append(
                f"  {sign} {status:<7} {c.type:<28} docs {docs:<6} {_short(c.evidence)}")
    for s in diff.shifts:
        frm = "-" if s.from_ is None else f"{s.from_:+.2f}"
        to = "-" if s.to is None else f"{s.to:+.2f}"
        lines.append(f"{s.holder} → {s.target}   mean Goldstein {frm} → {to}   "
                     f"shift {s.delta:+.2f}")
        lines.extend(by_pair.get((s.holder, s.target), []))
    return "\n".join(lines)


def run(args: argparse.Namespace) -> int:
    from graph.diff import diff_periods
    from graph.periods import parse_period
    from graph.store import open_store

    a, b = parse_period(args.a), parse_period(args.b)
    with open_store(args.store, create=False, read_only=True) as store:
        diff = diff_periods(store, a, b, holder=args.holder, target=args.target,
                            stance_type=args.stance_type)
        labels: dict[str, str] = {}
        if args.html:
            from graph import rdf
            labels = {rdf.local_id(r["actor"]) or "": r.get("label_en") or ""
                      for r in store.named("actors")}

    for period, count in ((a, diff.a_edges), (b, diff.b_edges)):
        if count == 0:
            print(f"stancegraph: period {period.label} ({period.start}..{period.end}) holds no "
                  "stance" + (" matching the filters" if diff.filters else ""), file=sys.stderr)
    if diff.empty:
        print("stancegraph: the diff is empty", file=sys.stderr)

    if args.format == "json":
        print(json.dumps(diff.to_dict(), ensure_ascii=False, indent=2))
    elif not diff.empty:
        print(table(diff))
    else:
        print(f"no stances in {a.label} nor in {b.label}: nothing to compare")

    if args.html:
        from output.diff_page import diff_page
        target = Path(args.html)
        try:
            tmp = target.with_name(target.name + ".tmp")
            tmp.write_text(diff_page(diff, labels), encoding="utf-8")
            os.replace(tmp, target)
        except OSError as exc:
            raise StancegraphError(f"cannot write {target}: {exc}") from None
        print(f"wrote {target}", file=sys.stderr)
    return 0

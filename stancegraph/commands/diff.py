"""The `diff` command: what changed in the stances between two periods."""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from ontology.errors import StancegraphError

if TYPE_CHECKING:
    from collections.abc import Mapping

    from graph.diff import Diff, Shift

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
                        help="also write a self-contained page of what changed (one file; "
                             "named diff*.html or written beside a rendered graph.html, it "
                             "links each pair to its timeline there, and `render` links it "
                             "from the index)")
    parser.add_argument("--lang", choices=("en", "ar"), default="en",
                        help="language the page opens in (it can switch; default: %(default)s)")


def _short(text: str | None, width: int = 110) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _type_label(type_id: str) -> str:
    from ontology.types import stance_types

    t = stance_types().get(type_id)
    return t.en if t else type_id.replace("_", " ")


def _pair_line(s: Shift, names: Mapping[str, str]) -> str:
    def who(actor_id: str) -> str:
        name = names.get(actor_id)
        return f"{name} ({actor_id})" if name and name != actor_id else actor_id

    frm = "no stances" if s.from_ is None else f"{s.from_:+.2f}"
    to = "no stances" if s.to is None else f"{s.to:+.2f}"
    if s.coverage == "both":
        tail = f"   shift {s.delta:+.2f}" if s.delta else "   no shift"
    else:
        tail = "   (new in B)" if s.coverage == "b" else "   (none in B)"
    return f"{who(s.holder)} → {who(s.target)}   mean Goldstein A {frm} → B {to}{tail}"


def table(diff: Diff, names: Mapping[str, str] | None = None) -> str:
    """The diff as text: changed pairs first, each with its types (labels from the ontology);
    a pair with no stances in a period says so instead of showing a shift from 0."""
    names = names or {}
    a, b = diff.a, diff.b
    lines = [(f"A = {a.label} ({a.start}..{a.end}, {diff.a_edges} edges)   "
              f"B = {b.label} ({b.start}..{b.end}, {diff.b_edges} edges)   "
              f"{diff.changed_pairs} of {len(diff.shifts)} pairs changed")]
    by_pair: dict[tuple[str, str], list[str]] = {}
    for sign, status, changes in (("-", "dropped", diff.dropped), ("+", "added", diff.added),
                                  ("=", "kept", diff.kept)):
        for c in changes:
            docs = f"{c.docs_a}→{c.docs}" if c.docs_a is not None else (
                f"{c.docs}→0" if status == "dropped" else f"0→{c.docs}")
            by_pair.setdefault((c.holder, c.target), []).append(
                f"  {sign} {status:<7} {_type_label(c.type):<34} docs {docs:<6} "
                f"{_short(c.evidence)}")
    unchanged = False
    for s in diff.shifts:
        if not s.changed and not unchanged:
            lines.append("unchanged pairs (same types in both periods):")
            unchanged = True
        lines.append(_pair_line(s, names))
        lines.extend(by_pair.get((s.holder, s.target), []))
    return "\n".join(lines)


def _site_name(target: Path) -> bool:
    """A diff page `render` links from the index of its folder (it looks for diff*.html)."""
    return target.name.startswith("diff") and target.suffix == ".html"


def _link_from_index(target: Path) -> None:
    """Written after `render`, the diff page adds itself to the index of its folder (render
    links every diff*.html it finds there too)."""
    from output.page import link_diff

    index = target.parent / "index.html"
    if not index.is_file():
        return
    linked = link_diff(index.read_text(encoding="utf-8"), target.name)
    if linked is not None:
        tmp = index.with_name(index.name + ".tmp")
        tmp.write_text(linked, encoding="utf-8")
        os.replace(tmp, index)


def run(args: argparse.Namespace) -> int:
    from graph.diff import diff_periods, evidence_samples
    from graph.periods import parse_period
    from graph.query import check_actor, check_type, known_actors
    from graph.store import open_store

    a, b = parse_period(args.a), parse_period(args.b)
    if args.stance_type is not None:
        check_type(args.stance_type, "--type")
    with open_store(args.store, create=False, read_only=True) as store:
        known = known_actors(store)
        if args.holder is not None or args.target is not None:
            for flag, value in (("--holder", args.holder), ("--target", args.target)):
                if value is not None:
                    check_actor(value, known, flag)
        diff = diff_periods(store, a, b, holder=args.holder, target=args.target,
                            stance_type=args.stance_type)
        actors = known
        samples = evidence_samples(store, diff) if args.html and not diff.empty else {}
    names = {k: v.label_en for k, v in actors.items()}

    for period, count in ((a, diff.a_edges), (b, diff.b_edges)):
        if count == 0:
            print(f"stancegraph: period {period.label} ({period.start}..{period.end}) holds no "
                  "stance" + (" matching the filters" if diff.filters else ""), file=sys.stderr)
    if diff.empty:
        print("stancegraph: the diff is empty", file=sys.stderr)

    if args.format == "json":
        print(json.dumps(diff.to_dict(), ensure_ascii=False, indent=2))
    elif not diff.empty:
        print(table(diff, names))
    else:
        print(f"no stances in {a.label} nor in {b.label}: nothing to compare")

    if args.html:
        from urllib.parse import quote

        from output.diff_page import diff_page

        target = Path(args.html)
        # Each pair links to its timeline on the graph page of the same folder: when the
        # folder holds one, or when the page is named diff*.html, the name `render` links
        # from its index — so the two pages link each other whichever is written first.
        links = ({(h, t): f"graph.html#pair={quote(h, safe='')}|{quote(t, safe='')}"
                  for h, t in diff.pairs()}
                 if (target.parent / "graph.html").is_file() or _site_name(target) else {})
        try:
            tmp = target.with_name(target.name + ".tmp")
            tmp.write_text(diff_page(diff, actors, samples=samples, pair_links=links,
                                     lang=args.lang), encoding="utf-8")
            os.replace(tmp, target)
            if _site_name(target):
                _link_from_index(target)
        except OSError as exc:
            raise StancegraphError(f"cannot write {target}: {exc}") from None
        print(f"wrote {target}", file=sys.stderr)
    return 0

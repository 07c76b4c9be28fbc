"""The `render` command: write the interactive graph pages (index, whole graph, one per actor)."""

from __future__ import annotations

import argparse
import calendar
import gc
import os
import re
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from ontology.errors import StancegraphError

if TYPE_CHECKING:
    from graph.query import StanceRow
    from output.page import Page

NAME = "render"
HELP = ("write the graph pages (index, whole graph, one per actor) for offline use, with the "
        "files they share in assets/")

_DATE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--out", default="site", metavar="DIR",
                        help="folder to write the pages to (default: %(default)s)")
    parser.add_argument("--from", dest="date_from", metavar="DATE",
                        help="only stances on or after DATE (YYYY, YYYY-MM or YYYY-MM-DD)")
    parser.add_argument("--to", dest="date_to", metavar="DATE",
                        help="only stances on or before DATE (YYYY, YYYY-MM or YYYY-MM-DD)")
    parser.add_argument("--lang", choices=("en", "ar"), default="en",
                        help="language of labels and controls when a page opens "
                             "(each page can switch; default: %(default)s)")
    parser.add_argument("--evidence", type=int, default=3, metavar="N",
                        help="evidence sentences inlined per edge; the rest are counted and the "
                             "edge's dialog names the query listing them (0: all; "
                             "default: %(default)s)")
    parser.add_argument("--max-actor-pages", type=int, default=None, metavar="N",
                        help="write pages only for the N actors with the most stances "
                             "(default: all)")


def iso_bound(value: str | None, *, end: bool) -> str | None:
    """A date bound as YYYY-MM-DD: a year or month stands for its first day (``--from``) or
    its last day (``--to``)."""
    if value is None:
        return None
    m = _DATE.fullmatch(value.strip())
    if not m:
        raise StancegraphError(f"not a date: {value!r} (use YYYY, YYYY-MM or YYYY-MM-DD)")
    year, month, day = int(m[1]), int(m[2] or (12 if end else 1)), m[3]
    if not 1 <= month <= 12:
        raise StancegraphError(f"not a date: {value!r} (month {month})")
    last = calendar.monthrange(year, month)[1]
    d = int(day) if day else (last if end else 1)
    if not 1 <= d <= last:
        raise StancegraphError(f"not a date: {value!r} (day {d})")
    return f"{year:04d}-{month:02d}-{d:02d}"


def _build(args: argparse.Namespace, date_from: str | None, date_to: str | None
           ) -> tuple[list[Page], list[StanceRow]]:
    """The site's pages, and the stance rows they were built from."""
    from graph.query import actor_rows, page_rows, stance_rows, stance_texts, summary
    from graph.store import open_store
    from output.page import build_site

    with open_store(args.store, create=False, read_only=True) as store:
        if args.evidence:
            # every stance without its text, then the text of each edge's sample only
            rows = page_rows(store, date_from=date_from, date_to=date_to)
        else:
            rows = stance_rows(store, date_from=date_from, date_to=date_to)
        actors = actor_rows(store)
        held = summary(store)
        out = Path(args.out)
        # diff pages written by `stancegraph diff … --html OUT/diff-….html` are linked from
        # the index
        diffs = [p.name for p in out.glob("diff*.html")] if out.is_dir() else []
        pages = build_site(
            rows, actors, lang=args.lang, summary=held, period=(date_from, date_to),
            max_actor_pages=args.max_actor_pages, diffs=diffs,
            evidence_per_edge=args.evidence or None,
            texts=(lambda iris: stance_texts(store, iris)) if args.evidence else None,
        )
    return pages, rows


def run(args: argparse.Namespace) -> int:
    date_from = iso_bound(args.date_from, end=False)
    date_to = iso_bound(args.date_to, end=True)
    if date_from and date_to and date_from > date_to:
        raise StancegraphError(f"--from {date_from} is after --to {date_to}")
    if args.max_actor_pages is not None and args.max_actor_pages < 0:
        raise StancegraphError("--max-actor-pages must be 0 or more")
    if args.evidence < 0:
        raise StancegraphError(f"--evidence {args.evidence}: give 0 (all) or more")

    # The pages are built from tens of thousands of small objects (rows, evidence, JSON
    # cells) that all live until the pages are written and form no cycles to speak of: the
    # collector's passes over them were a fifth of the command's time (2,000 articles: 1.1 of
    # 5.2 s CPU), so it is paused while they are built.
    gc.disable()
    try:
        pages, rows = _build(args, date_from, date_to)
    finally:
        gc.enable()
    out = Path(args.out)
    try:
        out.mkdir(parents=True, exist_ok=True)
        written = set()
        for page in pages:
            target = out / page.path
            target.parent.mkdir(exist_ok=True)  # assets/
            tmp = target.with_name(target.name + ".tmp")
            tmp.write_text(page.html, encoding="utf-8")
            os.replace(tmp, target)
            written.add(page.path)
        # Pages of actors that are no longer in the store (or the period) would link to a
        # graph that does not show them: remove them.
        for old in out.glob("actor-*.html"):
            if old.name not in written:
                old.unlink()
    except OSError as exc:
        raise StancegraphError(f"cannot write pages: {exc}", str(out)) from None

    if not rows:
        print("stancegraph: the store holds no stances for this period; pages are empty",
              file=sys.stderr)
    size = sum(len(p.html.encode("utf-8")) for p in pages)
    shared = sum(1 for p in pages if "/" in p.path)
    print(f"wrote {len(pages) - shared} pages and {shared} files they share in assets/ "
          f"({size / 1e6:.1f} MB) to {out}/ — open {out / 'index.html'}")
    return 0

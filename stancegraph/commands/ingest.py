"""`stancegraph ingest PATH…`: extract stances from documents and store them (idempotent)."""

from __future__ import annotations

import argparse
import os
import re
import sys
import time
from pathlib import Path

from extract.workers import add_workers_option
from ontology.errors import StancegraphError

NAME = "ingest"
HELP = "extract stances from documents and store them (re-ingesting changes nothing)"



def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("paths", nargs="+", metavar="PATH", help=".txt/.html/.jsonl/.parquet/.warc(.gz) files or folders")
    parser.add_argument("--date", help="date of every document (YYYY-MM-DD), over the manifest")
    parser.add_argument("--outlet", help="outlet of every document, over the manifest")
    parser.add_argument("--lang", choices=("ar", "en"), help="language of every document")
    parser.add_argument("--quiet", action="store_true", help="no progress bar")
    add_workers_option(parser)


class Progress:
    """A progress bar on stderr: redrawn in place on a terminal, a line every two seconds
    otherwise (logs)."""

    def __init__(self, total: int | None, enabled: bool) -> None:
        self.total = total
        self.enabled = enabled
        self.tty = sys.stderr.isatty()
        self.start = self.last = time.monotonic()
        self.drawn = False

    def update(self, docs: int, stances: int, edges: int) -> None:
        if not self.enabled:
            return
        now = time.monotonic()
        if now - self.last < (0.1 if self.tty else 2):
            return
        self.last = now
        rate = docs / max(now - self.start, 1e-9)
        if self.total:
            done = min(docs / self.total, 1.0)
            bar = "#" * int(done * 30) + "." * (30 - int(done * 30))
            head = f"[{bar}] {docs}/{self.total} documents"
        else:
            head = f"{docs} documents"
        line = f"{head}  {stances} stances  {edges} edges  {rate:.1f} docs/s"
        if self.tty:
            sys.stderr.write("\r\x1b[K" + line)
            self.drawn = True
        else:
            sys.stderr.write(line + "\n")
        sys.stderr.flush()

    def clear(self) -> None:
        if self.drawn:
            sys.stderr.write("\r\x1b[K")
            sys.stderr.flush()
            self.drawn = False


_DMY = re.compile(r"(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})")


def _check_date(value: str | None) -> str | None:
    """``--date`` as YYYY-MM-DD, or one line saying what is wrong (and the ISO form of a
    day-month-year date)."""
    from extract.reader import ReadError, check_date

    try:
        return check_date(value, "--date")
    except ReadError as exc:
        hint = ""
        m = _DMY.fullmatch((value or "").strip())
        if m:
            iso = f"{m[3]}-{int(m[2]):02d}-{int(m[1]):02d}"
            try:
                check_date(iso, "--date")
                hint = f"; did you mean {iso}?"
            except ReadError:
                pass
        raise StancegraphError(f"{exc}{hint}") from None


def _check_documents(paths: list[str]) -> None:
    """Refuse a batch in which no file is a document the reader takes (a folder of PDFs),
    rather than report "0 documents read" and succeed."""
    from extract.reader import is_document_name

    others: list[str] = []
    for raw in paths:
        p = Path(raw)
        if p.is_file():
            return
        try:
            entries = sorted(p.iterdir())
        except OSError:
            return  # an unreadable folder: the reader names it and the batch goes on
        for f in entries:
            if not f.is_file():
                continue
            if is_document_name(f.name):
                return
            others.append(f.name)
    found = (f"found {len(others)} other file{'s' if len(others) != 1 else ''}: "
             + ", ".join(others[:3]) + (", …" if len(others) > 3 else "")) if others \
        else "the folder is empty"
    where = paths[0] if len(paths) == 1 else f"{len(paths)} folders"
    raise StancegraphError(f"{where}: no document to read ({found}; stancegraph reads "
                           ".txt, .html, .htm, .jsonl, .parquet, .warc and .warc.gz files)")


def run(args: argparse.Namespace) -> int:
    from extract.pipeline import Problem, extract_paths
    from extract.reader import count_documents
    from extract.workers import parse_workers
    from graph import rdf
    from graph.store import open_store

    for raw in args.paths:
        if not os.path.lexists(raw):
            raise StancegraphError(f"{raw}: no such file or folder")
    args.date = _check_date(args.date)
    _check_documents(args.paths)
    workers = parse_workers(args.workers)
    progress = Progress(count_documents(args.paths), enabled=not args.quiet)
    problems: list[Problem] = []

    def on_problem(problem: Problem) -> None:
        problems.append(problem)
        progress.clear()
        print(f"stancegraph: {problem}", file=sys.stderr)

    docs = written = stances_added = 0
    edges_added: set[tuple[str, str, str]] = set()
    started = time.monotonic()
    with open_store(args.store) as store, store.document_writer() as writer:
        for result in extract_paths(args.paths, date=args.date, outlet=args.outlet,
                                    lang=args.lang, on_problem=on_problem,
                                    # the store's writing takes about a core of its own
                                    workers=workers, spare_cores=1):
            docs += 1
            if writer.add(result.document, result.stances):
                written += 1
                stances_added += len({s.stance_id for s in result.stances})
                for s in result.stances:
                    if s.is_edge and s.holder:
                        edges_added.add((s.holder, rdf.type_property(s.stance_type).value,
                                         s.target or ""))
            progress.update(docs, stances_added, len(edges_added))
    progress.clear()
    seconds = time.monotonic() - started
    fatal = sum(1 for p in problems if p.fatal)
    print(f"{docs} documents read: {written} added or replaced, {docs - written} unchanged; "
          f"{stances_added} stances and {len(edges_added)} distinct direct edges written "
          f"to {args.store} in {seconds:.1f} s"
          + (f"; {len(problems)} problem(s), {fatal} document(s) skipped" if problems else ""),
          file=sys.stderr)
    return 3 if any(p.internal for p in problems) else 1 if fatal else 0

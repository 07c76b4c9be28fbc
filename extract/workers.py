"""Extraction on several local processes, for `extract`, `ingest` and `eval --workers N`.

The reader stays in the calling process (it reports bad inputs in order and keeps the
manifest); documents go to worker processes in small batches and their records come back in
the order the documents were read, so the output of N workers is the output of one, byte for
byte. At most a few batches per worker are in flight: memory stays flat however long the
input is. Workers are spawned, not forked: the caller may hold an open store (RocksDB
threads), which a fork would copy in a state no thread can finish.

A worker that dies (killed, out of memory) stops the run with one error line; what was
yielded before it (for `ingest`, the documents already stored) stays.
"""

from __future__ import annotations

import itertools
import os
import signal
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from multiprocessing import get_context
from typing import Any

from extract.record import Document, Stance
from ontology.errors import StancegraphError

BATCH = 8          # documents per task: enough to hide the round trip, small enough to balance
IN_FLIGHT = 3      # tasks queued per worker beyond the one it is working on
# below this many documents the workers' start-up (a second or two each, to load the
# pipelines) costs more than they save: `--workers auto` starts them after this many
AUTO_MIN_DOCUMENTS = 200

# A document's outcome from a worker: its records, or the text of the failure (a bug).
Outcome = list[Stance] | str


def cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        return os.cpu_count() or 1


def auto_workers(documents: int | None, spare: int = 0) -> int | None:
    """``--workers auto`` for an input of this many documents: one process below
    AUTO_MIN_DOCUMENTS, else one per core (at most 8) but ``spare`` cores left to the
    command's own work (`ingest`: the store's writing, about one core); None when the count
    is not known (a JSON Lines or WARC file may hold any number): see extract_outcomes."""
    if documents is None:
        return None
    if documents < AUTO_MIN_DOCUMENTS:
        return 1
    return max(1, min(cores() - spare, 8))


def add_workers_option(parser: Any) -> None:
    """The ``--workers`` option of `extract` and `ingest`."""
    parser.add_argument("--workers", default="auto", metavar="N",
                        help="extract on N processes (default auto: one per core, at most "
                             f"8, for an input of {AUTO_MIN_DOCUMENTS} documents or more; "
                             "ingest leaves one core to the store)")


def parse_workers(value: str) -> int | None:
    """The ``--workers`` option: a positive number, or ``auto`` (None)."""
    if value == "auto":
        return None
    try:
        n = int(value)
    except ValueError:
        n = 0
    if n < 1:
        raise StancegraphError(f"--workers {value}: give a number of processes (1 or more) "
                               "or auto")
    return n


def extract_one(document: Document, catch: bool = True) -> Outcome:
    """The records of one document, or the failure of the rules on it as one line
    (``catch=False``: the failure is raised)."""
    from extract.chunks import extract_document

    if not catch:
        return extract_document(document)
    try:
        return extract_document(document)
    except (MemoryError, RecursionError, ValueError, TypeError, KeyError, IndexError,
            AttributeError, AssertionError, UnicodeError) as exc:
        return f"{type(exc).__name__}: {exc}"


def extract_outcomes(documents: Iterable[Document], workers: int | None, spare: int = 0
                     ) -> Iterator[tuple[Document, Outcome]]:
    """Each document with its outcome, in order: on ``workers`` processes, or (None: an
    input of unknown size) in this process until more than AUTO_MIN_DOCUMENTS documents have
    come, then on one process per core less ``spare`` — a small input never pays for
    starting workers.
    Known to be large, the input goes to the workers from the start, and this process never
    loads the pipelines (their memory is then the workers' alone)."""
    docs = iter(documents)
    if workers is None:
        for doc in itertools.islice(docs, AUTO_MIN_DOCUMENTS):
            yield doc, extract_one(doc)
        workers = auto_workers(AUTO_MIN_DOCUMENTS, spare)
        assert workers is not None
    if workers == 1:
        yield from ((doc, extract_one(doc)) for doc in docs)
        return
    first = next(docs, None)
    if first is not None:
        yield from extract_parallel(itertools.chain([first], docs), workers)


def _quiet_on_interrupt() -> None:
    """A worker leaves Ctrl-C to the command, which stops the pool: no traceback from each
    worker on the terminal."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _extract_batch(documents: list[Document]) -> list[Outcome]:
    return [extract_one(d) for d in documents]


def extract_parallel(documents: Iterable[Document], workers: int
                     ) -> Iterator[tuple[Document, Outcome]]:
    """Each document with its outcome, in the order of ``documents``, extracted on
    ``workers`` processes."""
    pending: deque[tuple[list[Document], Future[list[Outcome]]]] = deque()
    pool = ProcessPoolExecutor(workers, mp_context=get_context("spawn"),
                               initializer=_quiet_on_interrupt)

    def finish() -> Iterator[tuple[Document, Outcome]]:
        docs, future = pending.popleft()
        yield from zip(docs, future.result(), strict=True)

    try:
        batch: list[Document] = []
        for doc in documents:
            batch.append(doc)
            if len(batch) == BATCH:
                pending.append((batch, pool.submit(_extract_batch, batch)))
                batch = []
                while len(pending) > workers * (IN_FLIGHT + 1):
                    yield from finish()
        if batch:
            pending.append((batch, pool.submit(_extract_batch, batch)))
        while pending:
            yield from finish()
    except BrokenProcessPool:  # from a result or from a submit after the death
        raise StancegraphError(
            "an extraction worker stopped (killed or out of memory); the documents before "
            "it were done — run again with fewer --workers") from None
    finally:
        # on an error or an interrupt the queued batches are dropped, not waited for
        pool.shutdown(wait=True, cancel_futures=True)

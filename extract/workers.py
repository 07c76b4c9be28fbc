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
import queue
import signal
import threading
from collections import deque
from collections.abc import Iterable, Iterator
from multiprocessing import get_context
from multiprocessing.connection import Connection, wait
from typing import Any, cast

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


def _serve(tasks: Connection, results: Connection) -> None:
    """A worker: batches in, their outcomes out, until the task pipe closes. Ctrl-C is left to
    the command, which stops the workers: no traceback from each on the terminal. An error the
    rules do not catch (a bug) goes back to the command, which raises it."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    while True:
        try:
            batch = tasks.recv()
        except EOFError:
            return
        try:
            reply: tuple[bool, Any] = (True, [extract_one(d) for d in batch])
        except Exception as exc:  # noqa: BLE001 — a bug: sent to the command, which raises it
            reply = (False, exc)
        results.send(reply)


class _Worker:
    """One worker process with a pipe of its own each way. The command holds no copy of the
    worker's ends, so the worker's death is an end of file on its result pipe — even in the
    middle of a message, where a shared result queue (concurrent.futures) can wait forever.
    Tasks are written by a thread of their own: a large batch never blocks the command while
    the worker is blocked writing a result the command has not read yet."""

    def __init__(self, context: Any) -> None:
        task_reader, self.tasks = context.Pipe(duplex=False)
        self.results, result_writer = context.Pipe(duplex=False)
        self.process = context.Process(target=_serve, args=(task_reader, result_writer),
                                       daemon=True)
        self.process.start()
        task_reader.close()
        result_writer.close()
        self.outbox: queue.SimpleQueue[list[Document] | None] = queue.SimpleQueue()
        self.sent: deque[int] = deque()  # the numbers of its batches, in the order given
        self.sender = threading.Thread(target=self._send_all, daemon=True)
        self.sender.start()

    def _send_all(self) -> None:
        while (batch := self.outbox.get()) is not None:
            try:
                self.tasks.send(batch)
            except OSError:  # the worker is gone: its result pipe tells the command
                return
        self.tasks.close()  # the end of the input: the worker returns

    def give(self, number: int, batch: list[Document]) -> None:
        self.sent.append(number)
        self.outbox.put(batch)

    def stop(self, kill: bool) -> None:
        """End the worker: at the end of the input it finishes and returns; on an error or an
        interrupt it is killed."""
        if kill:
            self.process.kill()
        self.outbox.put(None)
        self.process.join(timeout=None if not kill else 10)
        if self.process.is_alive():
            self.process.kill()
            self.process.join()
        self.results.close()


WORKER_DIED = ("an extraction worker stopped (killed or out of memory); the documents before "
               "it were done — run again with fewer --workers")


def extract_parallel(documents: Iterable[Document], workers: int
                     ) -> Iterator[tuple[Document, Outcome]]:
    """Each document with its outcome, in the order of ``documents``, extracted on
    ``workers`` processes."""
    context = get_context("spawn")
    pool = [_Worker(context) for _ in range(workers)]
    owner = {w.results: w for w in pool}
    batches: dict[int, list[Document]] = {}
    done: dict[int, list[Outcome]] = {}
    given = first = 0
    finished = False

    def collect() -> None:
        """Wait for at least one result (or a death) and file what came."""
        waiting = [w.results for w in pool if w.sent]
        for ready in wait(waiting):
            conn = cast(Connection, ready)
            try:
                ok, value = conn.recv()
            except (EOFError, OSError):
                raise StancegraphError(WORKER_DIED) from None
            if not ok:
                raise cast(BaseException, value)
            done[owner[conn].sent.popleft()] = cast(list[Outcome], value)

    def flush() -> Iterator[tuple[Document, Outcome]]:
        nonlocal first
        while first in done:
            yield from zip(batches.pop(first), done.pop(first), strict=True)
            first += 1

    def give(batch: list[Document]) -> None:
        nonlocal given
        batches[given] = batch
        min(pool, key=lambda w: len(w.sent)).give(given, batch)
        given += 1

    try:
        for batch in _batches(documents):
            give(batch)
            while given - first > workers * (IN_FLIGHT + 1):
                collect()
                yield from flush()
        while first < given:
            collect()
            yield from flush()
        finished = True
    finally:
        # at the end each worker returns; on an error or an interrupt all are killed, and
        # the queued batches dropped
        for w in pool:
            w.stop(kill=not finished)


def _batches(documents: Iterable[Document]) -> Iterator[list[Document]]:
    it = iter(documents)
    while batch := list(itertools.islice(it, BATCH)):
        yield batch

"""Stage 1, archive formats — many articles in one file: Parquet tables and web archives (WARC).

A research group backfilling a news archive does not hold one file per article: Common Crawl's
CC-NEWS comes as WARC files of about a gigabyte, and a prepared corpus is usually a Parquet
table. Both are read as streams, a record at a time (the 5 MiB limit of ``extract.reader``
holds for each article, not for the archive), and give the same ``Document`` records as the
reader's own files, through ``reader.document_from_text`` and its field checks.

Parquet: a table with a ``text`` column and, when present, ``doc``, ``date``, ``outlet``,
``url``, ``title`` and ``lang`` — the fields of a JSON Lines row, with the same checks; a
``date`` column may hold dates, timestamps or ISO strings. A row is named ``FILE:N`` in
messages (N from 1, as a JSON Lines line), and its document ``FILE#doc`` (or ``FILE#N``).

WARC (``.warc``, ``.warc.gz``): every ``response`` record with HTTP status 200 (and every
``resource`` record) whose content type is HTML is one page: its article text as the reader
extracts a saved page's (trafilatura), its ``<title>``, its URL from ``WARC-Target-URI`` and
that URL's host as the outlet; its date is the publication date the page states in its
metadata (htmldate's fast search: meta tags, structured data, the URL), else the day of
``WARC-Date`` (when the crawler fetched it: for a news crawl, the day of publication or soon
after). Request,
metadata and non-HTML records are not articles and pass silently; HTML pages without article
text (section fronts, tag pages) are counted in one warning per file. A page is named
``FILE#N``, N the record's position in the file (from 1).

pyarrow and warcio are imported only when such a file is read (``stancegraph[archives]``).
"""

from __future__ import annotations

import contextlib
import html
import io
import re
from collections.abc import Iterator
from datetime import date as _date
from datetime import datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from extract import reader
from extract.reader import ProblemSink, ReadError, _report
from extract.record import Document

INSTALL_HINT = "pip install 'stancegraph[archives]'"
PARQUET_SUFFIXES = (".parquet", ".pq")
WARC_SUFFIXES = (".warc", ".warc.gz")
_FIELDS = ("text", "doc", "date", "outlet", "url", "title", "lang")
_HTML_TYPES = ("text/html", "application/xhtml+xml")
_BATCH_ROWS = 256



def kind(name: str) -> str | None:
    """"parquet", "warc" or None, from a file name."""
    low = name.lower()
    if low.endswith(PARQUET_SUFFIXES):
        return "parquet"
    if low.endswith(WARC_SUFFIXES):
        return "warc"
    return None


def _need(module: str, f: Path) -> Any:
    try:
        return __import__(module, fromlist=["_"])
    except ImportError:
        raise ReadError(f"reading {f.name} needs {module.split('.')[0]}: "
                        f"{INSTALL_HINT}") from None


def read_archive(f: Path, date: str | None, outlet: str | None, lang: str | None,
                 sink: ProblemSink) -> Iterator[Document]:
    """The documents of a Parquet or WARC file, a record at a time. A record that cannot be
    read is reported (naming the file and the record) and the rest goes on; a file that is not
    of its kind, or breaks off, raises ReadError after the documents read before the break."""
    if kind(f.name) == "parquet":
        yield from _read_parquet(f, date, outlet, lang, sink)
    else:
        yield from _read_warc(f, date, outlet, lang, sink)


# --- Parquet -------------------------------------------------------------------------------------

def _read_parquet(f: Path, date: str | None, outlet: str | None, lang: str | None,
                  sink: ProblemSink) -> Iterator[Document]:
    pq = _need("pyarrow.parquet", f)
    import pyarrow as pa

    try:
        table = pq.ParquetFile(str(f))
        names = set(table.schema_arrow.names)
    except (pa.ArrowException, OSError) as exc:
        raise ReadError(f"not a readable Parquet file ({_first_line(exc)})") from None
    if "text" not in names:
        raise ReadError("Parquet table has no 'text' column "
                               f"(columns: {', '.join(sorted(names)[:12]) or 'none'})")
    columns = [c for c in _FIELDS if c in names]
    n = 0
    try:
        for batch in table.iter_batches(batch_size=_BATCH_ROWS, columns=columns):
            for row in batch.to_pylist():
                n += 1
                doc = _parquet_row(f, n, row, date, outlet, lang, sink)
                if doc is not None:
                    yield doc
    except (pa.ArrowException, OSError) as exc:
        raise ReadError(f"Parquet file breaks off after row {n} "
                               f"({_first_line(exc)})") from None


def _parquet_row(f: Path, n: int, row: dict[str, Any], date: str | None, outlet: str | None,
                 lang: str | None, sink: ProblemSink) -> Document | None:
    """A Parquet row as the reader reads a JSON Lines row (``reader.row_document``), once
    its typed values are plain: UTF-8 bytes as text, dates and timestamps as ISO days; a text
    over the limit of one document is refused."""
    where = f"{f}:{n}"
    body = row.get("text")
    if isinstance(body, bytes):
        try:
            row = {**row, "text": body.decode("utf-8")}
        except UnicodeDecodeError:
            _report(sink, where, "field 'text' is bytes that are not UTF-8")
            return None
    if isinstance(row.get("text"), str) and len(row["text"].encode("utf-8")) > reader.MAX_BYTES:
        _report(sink, where, f"text is larger than the {reader.MAX_BYTES // 2**20} MiB limit "
                             "for one document")
        return None
    day = row.get("date")
    if isinstance(day, datetime):
        row = {**row, "date": day.date().isoformat()}
    elif isinstance(day, _date):
        row = {**row, "date": day.isoformat()}
    return reader.row_document(f, n, row, date, outlet, lang, sink)


# --- WARC ----------------------------------------------------------------------------------------

def _read_warc(f: Path, date: str | None, outlet: str | None, lang: str | None,
               sink: ProblemSink) -> Iterator[Document]:
    archive = _need("warcio.archiveiterator", f)
    failed = _need("warcio.exceptions", f).ArchiveLoadFailed
    pages = empty = n = 0
    noise = io.StringIO()  # warcio writes its own warnings to stderr; they become ours
    with f.open("rb") as stream:
        records = archive.ArchiveIterator(stream)
        while True:
            try:
                with contextlib.redirect_stderr(noise):
                    record = next(records)
                    n += 1
                    page = _warc_page(record)
            except StopIteration:
                break
            except (failed, OSError, EOFError, ValueError) as exc:
                where = "" if n == 0 else f" after record {n}"
                raise ReadError(f"not a readable WARC file{where} "
                                       f"({_first_line(exc)})") from None
            if page is not None and getattr(record.raw_stream, "limit", 0) > 0:
                # the page was read to its end, short of its declared length
                raise ReadError(f"not a readable WARC file after record {n - 1} "
                                       f"(record {n} breaks off before its declared length)")
            if page is None:
                continue
            pages += 1
            doc = _warc_document(f, n, page, date, outlet, lang, sink)
            if doc is None:
                empty += 1
            else:
                yield doc
    if empty:
        _report(sink, f, f"{empty} of {pages} HTML pages had no article text; skipped",
                fatal=False)
    if noise.getvalue():
        _report(sink, f, f"{records.err_count or 1} record(s) not followed by a blank line "
                         "(a Content-Length may be wrong); read on", fatal=False)


def _warc_page(record: Any) -> tuple[bytes, str | None, str | None, str | None] | None:
    """(body, charset, url, WARC date) of a record that is an HTML page, else None."""
    if record.rec_type == "response":
        http = record.http_headers
        if http is None or http.get_statuscode() != "200":
            return None
        ctype = http.get_header("Content-Type") or ""
    elif record.rec_type == "resource":
        ctype = record.rec_headers.get_header("Content-Type") or ""
    else:
        return None
    mime, _, params = ctype.partition(";")
    if mime.strip().lower() not in _HTML_TYPES:
        return None
    charset = None
    for part in params.split(";"):
        key, _, value = part.partition("=")
        if key.strip().lower() == "charset":
            charset = value.strip().strip("\"'") or None
    body = record.content_stream().read(reader.MAX_BYTES + 1)
    return (body, charset, record.rec_headers.get_header("WARC-Target-URI"),
            record.rec_headers.get_header("WARC-Date"))


def _warc_document(f: Path, n: int, page: tuple[bytes, str | None, str | None, str | None],
                   date: str | None, outlet: str | None, lang: str | None,
                   sink: ProblemSink) -> Document | None:
    """The page's document; None (not reported: the caller counts them) when it has no
    article text; a page that cannot be read at all is reported on its own."""
    body, charset, url, fetched = page
    where = f"{f}#{n}"
    if len(body) > reader.MAX_BYTES:
        _report(sink, where, f"page is larger than the {reader.MAX_BYTES // 2**20} MiB limit "
                             "for one document")
        return None
    try:
        html = _decode(body, charset)
        text, meta = _page_text(html)
    except ReadError as exc:
        if str(exc) == reader.NO_ARTICLE_TEXT:
            return None
        _report(sink, where, str(exc))
        return None
    fields = reader.clean_fields({"url": url}, where, sink) if url else {}
    day = meta.get("date") or _warc_day(fetched)
    host = urlsplit(fields["url"]).hostname if fields.get("url") else None
    return reader.document_from_text(
        text, path=where, date=date or day,
        outlet=outlet or (host.removeprefix("www.") if host else None),
        url=fields.get("url"), title=meta.get("title"), lang=lang)


_TITLE = re.compile(r"<title[^>]*>(.*?)</title>", re.IGNORECASE | re.DOTALL)


def _page_text(raw: str) -> tuple[str, dict[str, str]]:
    """The article text of an archived page, as ``reader.html_document`` extracts it, with
    the page's title and publication date; without trafilatura's full metadata pass
    (authors, site name, an extensive date search), which costs twice the text extraction
    and gives nothing the archive record does not (its URL; its host as the outlet):
    68 → 28 ms a page on ``benchmarks/archive_read.py``."""
    import trafilatura
    from htmldate import find_date

    raw = reader.bound_tags(raw)
    text = trafilatura.extract(raw, include_comments=False, include_tables=False,
                               favor_precision=True)
    if not text:
        raise ReadError(reader.NO_ARTICLE_TEXT)
    meta: dict[str, str] = {}
    title = _TITLE.search(raw[:200_000])
    if title:
        clean = reader.clean_fields({"title": " ".join(html.unescape(title.group(1)).split())},
                                    "", None)
        meta.update(clean)
    # the date the page states in its metadata (meta tags, structured data, its URL), never
    # a guess from its text; January 1 is trafilatura's and htmldate's guess of a year alone
    day = find_date(raw, extensive_search=False, original_date=True)
    if day and reader._ISO.match(day) and not day.endswith("-01-01"):
        meta["date"] = day
    return text, meta


def _decode(body: bytes, charset: str | None) -> str:
    if charset:
        try:
            return body.decode(charset)
        except (LookupError, UnicodeDecodeError):
            pass  # a wrong or unknown charset label: detect as for a file
    return reader.decode_text(body)[0]


def _warc_day(value: str | None) -> str | None:
    """The day of a WARC-Date (``2025-03-04T10:22:31Z``), when it is one."""
    if value and len(value) >= 10:
        try:
            return _date.fromisoformat(value[:10]).isoformat()
        except ValueError:
            return None
    return None


# --- messages ------------------------------------------------------------------------------------

def _first_line(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    line = text[0] if text else type(exc).__name__
    return line if len(line) <= 120 else line[:119] + "…"


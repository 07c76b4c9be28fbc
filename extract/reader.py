"""Stage 1 — reading documents: files, folders, HTML, JSON Lines, manifests and encodings.

Metadata comes, in order, from the caller (command line), a manifest ``index.jsonl`` beside
the files, and the document itself. Every problem is reported with the file it concerns and
the batch goes on.
"""

from __future__ import annotations

import codecs
import json
import re
from collections.abc import Callable, Iterator, Sequence
from datetime import date as _date
from pathlib import Path, PurePosixPath
from typing import Any

from extract.normalize import is_arabic
from extract.pipeline import Problem
from extract.record import Document

MAX_BYTES = 5 * 1024 * 1024  # a news article is far below this; larger inputs are refused
SUFFIXES = {".txt", ".html", ".htm", ".jsonl"}
MANIFEST = "index.jsonl"
NO_ARTICLE_TEXT = "HTML page has no article text"
_ISO = re.compile(r"^\d{4}-\d{2}-\d{2}$")

ProblemSink = Callable[[Problem], None] | None


class ReadError(Exception):
    """A document that cannot be read; carries a one-line reason."""


def _report(sink: ProblemSink, path: Path | str, message: str, fatal: bool = True) -> None:
    if sink is not None:
        sink(Problem(str(path), message, fatal))


def check_date(value: Any, where: str) -> str | None:
    if value in (None, ""):
        return None
    if not isinstance(value, str) or not _ISO.match(value):
        shown = repr(value) if len(repr(value)) <= 40 else repr(value)[:39] + "…"
        raise ReadError(f"date {shown} is not an ISO date (YYYY-MM-DD) in {where}")
    try:
        _date.fromisoformat(value)
    except ValueError:
        raise ReadError(f"date {value!r} does not exist ({where})") from None
    return value


def decode(data: bytes) -> str:
    """UTF-8, UTF-16 (with or without BOM) or Windows-1256, else a ReadError."""
    return decode_text(data)[0]


# High bytes of UTF-16 code units in text: ASCII/Latin-1 (00), Arabic (06), Arabic
# presentation forms (FB-FE) and general punctuation (20: NBSP-like spaces, quotes, ZWJ…).
# control characters that no text document holds (all below U+0020 but \t \n \f \r); counted
# by a regex: a generator over 4,096 characters cost 1 ms a document
_CONTROL = re.compile("[\x00-\x08\x0b\x0e-\x1f]")
_UTF16_HIGH = frozenset({0x00, 0x06, 0x20, 0xFB, 0xFC, 0xFD, 0xFE})


def _utf16_without_bom(data: bytes) -> str | None:
    """``data`` read as UTF-16 without a byte-order mark, when its every other byte looks
    like the high byte of text code units (Arabic has 0x06 there, not a NUL), else None."""
    sample = data[:4096]
    if len(sample) < 4:
        return None
    for codec, high in (("utf-16-le", sample[1::2]), ("utf-16-be", sample[0::2])):
        if sum(1 for b in high if b in _UTF16_HIGH) < 0.95 * len(high):
            continue
        if high.count(0) == len(high) and b"\x00" not in sample:
            continue
        try:
            text = data[: len(data) // 2 * 2].decode(codec)
        except UnicodeDecodeError:
            continue
        if sum(1 for c in text[:2048] if c.isalpha() or c.isspace()) > 0.6 * len(text[:2048]):
            return text
    return None


def _mixed_lines(data: bytes) -> tuple[str, int] | None:
    """Each line decoded on its own (UTF-8, else cp1256) when some lines are valid UTF-8 with
    non-ASCII letters: a file pasted together from two sources. (text, cp1256 lines)."""
    lines = data.split(b"\n")
    utf8 = legacy = 0
    out = []
    for line in lines:
        try:
            out.append(line.decode("utf-8"))
            utf8 += not line.isascii()
        except UnicodeDecodeError:
            try:
                out.append(line.decode("cp1256"))
            except UnicodeDecodeError:
                return None
            legacy += 1
    if utf8 and legacy:
        return "\n".join(out), legacy
    return None


def decode_text(data: bytes) -> tuple[str, list[str]]:
    """(text, warnings) of a file's bytes: UTF-8, UTF-16 (with or without BOM) or
    Windows-1256, else a ReadError. A file with NUL bytes anywhere or many control characters
    is binary; a file mixing UTF-8 and cp1256 lines is decoded line by line, with a warning."""
    warnings: list[str] = []
    if not data.strip():
        raise ReadError("empty file")
    if data.startswith(codecs.BOM_UTF8):
        try:
            text = data[3:].decode("utf-8")
        except UnicodeDecodeError as exc:
            raise ReadError(f"invalid UTF-8 at byte {exc.start + 3} after a UTF-8 byte-order "
                            "mark") from None
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise ReadError(f"invalid UTF-16 at byte {exc.start} after a UTF-16 byte-order "
                            "mark") from None
    elif (b"\x00" in data[:4096] or data[:4096].count(6) > 8) and \
            (guess := _utf16_without_bom(data)) is not None:
        text = guess
    else:
        if b"\x00" in data:
            at = data.index(b"\x00")
            raise ReadError(f"binary file (contains NUL bytes, first at byte {at}), "
                            "not a text document")
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            mixed = _mixed_lines(data)
            if mixed is not None:
                text, legacy = mixed
                warnings.append(f"mixed encodings: {legacy} line(s) read as Windows-1256, "
                                "the others as UTF-8")
            else:
                text = _legacy(data)
    if "\x00" in text:
        raise ReadError(f"binary file (contains NUL characters, first at character "
                        f"{text.index(chr(0))}), not a text document")
    control = len(_CONTROL.findall(text, 0, 4096))
    if control > 8:
        raise ReadError("binary file (control characters), not a text document")
    text = text.removeprefix("\ufeff")
    if not text.strip():
        raise ReadError("empty file")
    return text, warnings


def _legacy(data: bytes) -> str:
    try:
        text = data.decode("cp1256")
    except UnicodeDecodeError:
        raise ReadError("unknown text encoding (not UTF-8, UTF-16 or cp1256)") from None
    if not is_arabic(text):
        from charset_normalizer import from_bytes

        best = from_bytes(data[:MAX_BYTES]).best()
        if best is None:
            raise ReadError("unknown text encoding") from None
        text = str(best)
    return text


def detect_lang(text: str) -> str:
    letters = [c for c in text[:20000] if c.isalpha()]
    if not letters:
        return "en"
    arabic = sum(1 for c in letters if "\u0600" <= c <= "\u06ff")
    return "ar" if arabic / len(letters) > 0.3 else "en"


_SURROGATE = re.compile("[\ud800-\udfff]")
_LANGS = ("ar", "en")
_URL = re.compile(r"^https?://[^\s<>\"{}|\\^`]+$")
# The text fields of a JSON Lines row or a manifest entry, besides "text" and "date".
_TEXT_FIELDS = ("doc", "outlet", "url", "title", "lang")
# A tag longer than this is cut to its name before the HTML parser sees it: a page of
# 200,000 attributes took lxml/trafilatura over ten minutes, and no article needs them.
MAX_TAG_CHARS = 4096


def scrub(text: str) -> str:
    """``text`` with lone surrogates (from JSON escapes such as "\\ud800", which no file can
    hold) replaced by U+FFFD, one character for one, so offsets stay the same."""
    return _SURROGATE.sub("\ufffd", text) if _SURROGATE.search(text) else text


def clean_fields(row: dict[str, Any], where: str, sink: ProblemSink) -> dict[str, Any]:
    """The metadata fields of a JSONL row or manifest entry, each a string or absent.

    A field of the wrong type (a number, a list, an object), a language other than ar/en or a
    URL that is not an absolute http(s) URL is left out with a warning naming it: the
    document is still read, as ``extract`` and ``ingest`` both do.
    """
    out: dict[str, Any] = {}
    for name in _TEXT_FIELDS:
        value = row.get(name)
        if value is None or value == "":
            continue
        if name == "doc" and isinstance(value, int) and not isinstance(value, bool):
            value = str(value)
        if not isinstance(value, str):
            _report(sink, where, f"field {name!r} is {_json_type(value)}, not a string; "
                                 "ignored", fatal=False)
            continue
        value = scrub(value).strip()
        if name == "lang" and value not in _LANGS:
            _report(sink, where, f"lang {value[:20]!r} is not ar or en; the language is "
                                 "detected from the text", fatal=False)
            continue
        if name == "url" and not _URL.match(value):
            _report(sink, where, f"url {value[:80]!r} is not an absolute http(s) URL "
                                 "without spaces; ignored", fatal=False)
            continue
        if value:
            out[name] = value
    return out


def _json_type(value: Any) -> str:
    return {bool: "a boolean", int: "a number", float: "a number", list: "a list",
            dict: "an object"}.get(type(value), type(value).__name__)


def document_from_text(
    text: str,
    *,
    path: str | None = None,
    date: str | None = None,
    outlet: str | None = None,
    url: str | None = None,
    title: str | None = None,
    lang: str | None = None,
) -> Document:
    text = scrub(text.replace("\r\n", "\n").replace("\r", "\n"))
    return Document(
        doc_id=Document.make_id(text), text=text, path=path, title=title, date=date,
        outlet=outlet, url=url, lang=lang or detect_lang(text),
    )


def _load_manifest(folder: Path, sink: ProblemSink) -> dict[str, dict[str, Any]]:
    path = folder / MANIFEST
    try:
        if not path.is_file():
            return {}
        raw = _read_limited(path)
        text, _ = decode_text(raw)
    except ReadError as exc:
        _report(sink, path, f"manifest not read: {exc}", fatal=False)
        return {}
    except OSError as exc:
        _report(sink, path, f"manifest not read: {exc.strerror or exc}", fatal=False)
        return {}
    entries: dict[str, dict[str, Any]] = {}
    for n, line in enumerate(_jsonl_lines(text), 1):
        if not line.strip():
            continue
        where = f"{path}:{n}"
        try:
            row = json.loads(line)
            if not isinstance(row, dict) or not isinstance(row.get("doc"), str):
                raise ReadError("no 'doc' field with a file name")
            entry = clean_fields(row, where, sink)
            entry["date"] = check_date(row.get("date"), where)
        except (ValueError, RecursionError, ReadError) as exc:
            _report(sink, where, f"bad manifest line: {_json_error(exc)}", fatal=False)
            continue
        entries[row["doc"]] = entry
    return entries


def _json_error(exc: BaseException) -> str:
    if isinstance(exc, json.JSONDecodeError):
        return f"malformed JSON line: {exc.msg}"
    if isinstance(exc, RecursionError):
        return "malformed JSON line: nested too deeply"
    if isinstance(exc, ValueError) and "digits" in str(exc):
        return "malformed JSON line: a number with too many digits"
    return str(exc)


def _jsonl_lines(text: str) -> list[str]:
    """Lines of a JSON Lines text: split at LF only. str.splitlines() would also split at
    U+2028/U+2029, U+0085 and form feeds, which JSON allows raw inside strings."""
    return [line.removesuffix("\r") for line in text.split("\n")]


def _read_limited(path: Path) -> bytes:
    """The bytes of ``path``, refused when it holds more than MAX_BYTES (read no further)."""
    with path.open("rb") as handle:
        data = handle.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        size = path.stat().st_size
        raise ReadError(f"file is {max(size, len(data)) / 1e6:.1f} MB, larger than the "
                        f"{MAX_BYTES // 2**20} MiB limit for one document")
    return data


def bound_tags(raw: str, limit: int = MAX_TAG_CHARS) -> str:
    """HTML with every tag longer than ``limit`` characters cut to its bare name (``<div>``):
    attributes carry no article text, and tens of thousands of them stall the parser."""
    if len(raw) < limit:
        return raw
    out: list[str] = []
    pos = 0
    while True:
        i = raw.find("<", pos)
        if i < 0:
            break
        j = raw.find(">", i)
        if j < 0:
            break
        if j - i > limit:
            name = re.match(r"</?[A-Za-z][A-Za-z0-9:-]{0,40}", raw[i:i + 45])
            out.append(raw[pos:i])
            out.append((name.group(0) if name else "<span") + ">")
        else:
            out.append(raw[pos:j + 1])
        pos = j + 1
    out.append(raw[pos:])
    return "".join(out)


def html_document(raw: str) -> tuple[str, dict[str, Any]]:
    import trafilatura

    raw = bound_tags(raw)

    text = trafilatura.extract(raw, include_comments=False, include_tables=False,
                               favor_precision=True)
    if not text:
        raise ReadError(NO_ARTICLE_TEXT)
    meta: dict[str, Any] = {}
    md = trafilatura.extract_metadata(raw)
    if md is not None:
        meta.update(clean_fields({"title": md.title, "url": md.url, "outlet": md.sitename},
                                 "", None))
        # trafilatura guesses dates (it turned 5 آذار 2021 into 2021-01-01): keep only a
        # date it read from the page's metadata, and check its form.
        if md.date and _ISO.match(md.date) and not md.date.endswith("-01-01"):
            meta["date"] = md.date
    return text, meta


def is_document_name(name: str) -> bool:
    """Whether a folder's file of this name is read as documents: a text, HTML, JSON Lines,
    Parquet or WARC file, but not the manifest or a gold file."""
    from extract.archives import kind

    return (PurePosixPath(name).suffix.lower() in SUFFIXES or kind(name) is not None) \
        and name != MANIFEST and not name.startswith("gold")


def count_documents(paths: Sequence[str | Path]) -> int | None:
    """How many documents the reader will find under ``paths``, when every file is one
    document; None when a file may hold any number (JSON Lines, Parquet, WARC). Files and
    folders that cannot be read count as nothing (the reader reports them)."""
    from extract.archives import kind

    total = 0
    for p in map(Path, paths):
        try:  # as the reader sees them: a folder's own files, not its subfolders
            files = [p] if p.is_file() else [f for f in p.iterdir() if f.is_file()]
        except OSError:
            continue
        for f in files:
            if not is_document_name(f.name):
                continue
            if f.suffix.lower() == ".jsonl" or kind(f.name) is not None:
                return None
            total += 1
    return total


def _iter_files(paths: Sequence[str | Path], sink: ProblemSink) -> Iterator[Path]:
    for p in map(Path, paths):
        try:
            if p.is_dir():
                entries = sorted(p.iterdir())
            elif p.is_file():
                yield p
                continue
            elif p.exists():
                _report(sink, p, "not a regular file or folder")
                continue
            else:
                _report(sink, p, "no such file or folder")
                continue
        except OSError as exc:
            _report(sink, p, f"cannot read: {exc.strerror or exc}")
            continue
        for f in entries:
            try:
                wanted = is_document_name(f.name) and f.is_file()
            except OSError as exc:
                _report(sink, f, f"cannot read: {exc.strerror or exc}")
                continue
            if wanted:
                yield f


def read_paths(
    paths: Sequence[str | Path],
    *,
    date: str | None = None,
    outlet: str | None = None,
    lang: str | None = None,
    on_problem: ProblemSink = None,
) -> Iterator[Document]:
    """Every readable document under ``paths``; unreadable ones are reported and skipped.

    A document whose text was already read in this batch (the same article in two files) is
    reported with a warning and skipped, so the first file's metadata is the one kept.
    """
    manifests: dict[Path, dict[str, dict[str, Any]]] = {}
    seen: dict[str, str] = {}
    for f in _iter_files(paths, on_problem):
        folder = f.parent
        if folder not in manifests:
            manifests[folder] = _load_manifest(folder, on_problem)
        try:
            for doc in _read_file(f, manifests[folder], date, outlet, lang, on_problem):
                first = seen.setdefault(doc.doc_id, doc.path or str(f))
                if first != (doc.path or str(f)):
                    _report(on_problem, doc.path or f, f"same text as {first}, read before in "
                            "this batch; skipped (the first one's metadata is kept)",
                            fatal=False)
                    continue
                yield doc
        except ReadError as exc:
            _report(on_problem, f, str(exc))
        except OSError as exc:
            _report(on_problem, f, f"cannot read: {exc.strerror or exc}")


def _read_file(
    f: Path, manifest: dict[str, dict[str, Any]], date: str | None, outlet: str | None,
    lang: str | None, sink: ProblemSink,
) -> Iterator[Document]:
    from extract.archives import kind, read_archive

    if kind(f.name) is not None:  # many articles in one file, read as a stream
        yield from read_archive(f, date, outlet, lang, sink)
        return
    text, warnings = decode_text(_read_limited(f))
    for warning in warnings:
        _report(sink, f, warning, fatal=False)
    meta = dict(manifest.get(f.name, {}))
    if f.suffix.lower() == ".jsonl":
        yield from _read_jsonl(f, text, date, outlet, lang, sink)
        return
    if f.suffix.lower() in (".html", ".htm") or text.lstrip()[:15].lower().startswith(
            ("<!doctype html", "<html")):
        text, page_meta = html_document(text)
        for k, v in page_meta.items():
            meta.setdefault(k, v)
    yield document_from_text(
        text, path=str(f), date=date or meta.get("date"),
        outlet=outlet or meta.get("outlet"), url=meta.get("url"), title=meta.get("title"),
        lang=lang or meta.get("lang"),
    )


def _read_jsonl(f: Path, text: str, date: str | None, outlet: str | None, lang: str | None,
                sink: ProblemSink) -> Iterator[Document]:
    for n, line in enumerate(_jsonl_lines(text), 1):
        if not line.strip():
            continue
        where = f"{f}:{n}"
        try:
            row = json.loads(line)
        except (ValueError, RecursionError) as exc:
            _report(sink, where, _json_error(exc))
            continue
        if not isinstance(row, dict):
            _report(sink, where, "a line must be a JSON object")
            continue
        doc = row_document(f, n, row, date, outlet, lang, sink)
        if doc is not None:
            yield doc


def row_document(f: Path, n: int, row: dict[str, Any], date: str | None, outlet: str | None,
                 lang: str | None, sink: ProblemSink) -> Document | None:
    """The document of row ``n`` of a table of articles (a JSON Lines line, a Parquet row):
    its ``text`` and the metadata fields; a bad row is one problem naming ``FILE:N``, and None.
    The document is named ``FILE#doc`` (or ``FILE#N``)."""
    where = f"{f}:{n}"
    body = row.get("text")
    try:
        if not isinstance(body, str) or not body.strip():
            raise ReadError("no 'text' field" if body is None else
                            "field 'text' is empty" if isinstance(body, str) else
                            f"field 'text' is {_json_type(body)}, not a string")
        doc_date = date or check_date(row.get("date"), where)
    except ReadError as exc:
        _report(sink, where, str(exc))
        return None
    meta = clean_fields(row, where, sink)
    return document_from_text(
        body, path=f"{f}#{meta.get('doc', n)}", date=doc_date,
        outlet=outlet or meta.get("outlet"), url=meta.get("url"), title=meta.get("title"),
        lang=lang or meta.get("lang"),
    )

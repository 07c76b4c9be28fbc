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
from pathlib import Path
from typing import Any

from extract.normalize import is_arabic
from extract.pipeline import Problem
from extract.record import Document

MAX_BYTES = 5 * 1024 * 1024  # a news article is far below this; larger inputs are refused
SUFFIXES = {".txt", ".html", ".htm", ".jsonl"}
MANIFEST = "index.jsonl"
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
        raise ReadError(f"date {value!r} is not an ISO date (YYYY-MM-DD) in {where}")
    try:
        _date.fromisoformat(value)
    except ValueError:
        raise ReadError(f"date {value!r} does not exist ({where})") from None
    return value


def decode(data: bytes) -> str:
    """UTF-8, UTF-16 (with or without BOM) or Windows-1256, else a ReadError."""
    if not data.strip():
        raise ReadError("empty file")
    if data.startswith(codecs.BOM_UTF8):
        return data[3:].decode("utf-8")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16")
    if b"\x00" in data[:4096]:
        # UTF-16 without BOM has a NUL in every other byte of ASCII text.
        sample = data[:4096]
        odd = sample[1::2].count(0)
        even = sample[0::2].count(0)
        if odd > len(sample) // 4 and even < len(sample) // 50:
            return data.decode("utf-16-le")
        if even > len(sample) // 4 and odd < len(sample) // 50:
            return data.decode("utf-16-be")
        raise ReadError("binary file (contains NUL bytes), not a text document")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        try:
            text = data.decode("cp1256")
        except UnicodeDecodeError:
            raise ReadError("unknown text encoding (not UTF-8, UTF-16 or cp1256)") from None
        if not is_arabic(text):
            from charset_normalizer import from_bytes

            best = from_bytes(data).best()
            if best is None:
                raise ReadError("unknown text encoding") from None
            text = str(best)
    control = sum(1 for c in text[:4096] if ord(c) < 32 and c not in "\n\r\t\f")
    if control > 8:
        raise ReadError("binary file (control characters), not a text document")
    return text


def detect_lang(text: str) -> str:
    letters = [c for c in text[:20000] if c.isalpha()]
    if not letters:
        return "en"
    arabic = sum(1 for c in letters if "\u0600" <= c <= "\u06ff")
    return "ar" if arabic / len(letters) > 0.3 else "en"


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
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return Document(
        doc_id=Document.make_id(text), text=text, path=path, title=title, date=date,
        outlet=outlet, url=url, lang=lang or detect_lang(text),
    )


def _load_manifest(folder: Path, sink: ProblemSink) -> dict[str, dict[str, Any]]:
    path = folder / MANIFEST
    if not path.is_file():
        return {}
    entries: dict[str, dict[str, Any]] = {}
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            if not isinstance(row, dict) or "doc" not in row:
                raise ValueError("no 'doc' field")
            check_date(row.get("date"), f"{path}:{n}")
        except (ValueError, ReadError) as exc:
            _report(sink, f"{path}:{n}", f"bad manifest line: {exc}", fatal=False)
            continue
        entries[str(row["doc"])] = row
    return entries


def _html_document(raw: str) -> tuple[str, dict[str, Any]]:
    import trafilatura

    text = trafilatura.extract(raw, include_comments=False, include_tables=False,
                               favor_precision=True)
    if not text:
        raise ReadError("HTML page has no article text")
    meta: dict[str, Any] = {}
    md = trafilatura.extract_metadata(raw)
    if md is not None:
        meta["title"] = md.title
        meta["url"] = md.url
        meta["outlet"] = md.sitename
        # trafilatura guesses dates (it turned 5 آذار 2021 into 2021-01-01): keep only a
        # date it read from the page's metadata, and check its form.
        if md.date and _ISO.match(md.date) and not md.date.endswith("-01-01"):
            meta["date"] = md.date
    return text, meta


def _iter_files(paths: Sequence[str | Path], sink: ProblemSink) -> Iterator[Path]:
    for p in map(Path, paths):
        if p.is_dir():
            for f in sorted(p.iterdir()):
                if f.is_file() and f.suffix.lower() in SUFFIXES and f.name != MANIFEST \
                        and not f.name.startswith("gold"):
                    yield f
        elif p.is_file():
            yield p
        else:
            _report(sink, p, "no such file or folder")


def read_paths(
    paths: Sequence[str | Path],
    *,
    date: str | None = None,
    outlet: str | None = None,
    lang: str | None = None,
    on_problem: ProblemSink = None,
) -> Iterator[Document]:
    """Every readable document under ``paths``; unreadable ones are reported and skipped."""
    manifests: dict[Path, dict[str, dict[str, Any]]] = {}
    for f in _iter_files(paths, on_problem):
        folder = f.parent
        if folder not in manifests:
            manifests[folder] = _load_manifest(folder, on_problem)
        try:
            yield from _read_file(f, manifests[folder], date, outlet, lang, on_problem)
        except ReadError as exc:
            _report(on_problem, f, str(exc))
        except OSError as exc:
            _report(on_problem, f, f"cannot read: {exc.strerror or exc}")


def _read_file(
    f: Path, manifest: dict[str, dict[str, Any]], date: str | None, outlet: str | None,
    lang: str | None, sink: ProblemSink,
) -> Iterator[Document]:
    size = f.stat().st_size
    if size > MAX_BYTES:
        raise ReadError(f"file is {size / 1e6:.1f} MB, larger than the {MAX_BYTES // 2**20} MiB"
                        " limit for one document")
    text = decode(f.read_bytes())
    meta = dict(manifest.get(f.name, {}))
    if f.suffix.lower() == ".jsonl":
        yield from _read_jsonl(f, text, date, outlet, lang, sink)
        return
    if f.suffix.lower() in (".html", ".htm") or text.lstrip()[:15].lower().startswith(
            ("<!doctype html", "<html")):
        text, page_meta = _html_document(text)
        for k, v in page_meta.items():
            meta.setdefault(k, v)
    yield document_from_text(
        text, path=str(f), date=date or check_date(meta.get("date"), str(f)),
        outlet=outlet or meta.get("outlet"), url=meta.get("url"), title=meta.get("title"),
        lang=lang or meta.get("lang"),
    )


def _read_jsonl(f: Path, text: str, date: str | None, outlet: str | None, lang: str | None,
                sink: ProblemSink) -> Iterator[Document]:
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        where = f"{f}:{n}"
        try:
            row = json.loads(line)
            if not isinstance(row, dict):
                raise ReadError("a line must be a JSON object")
            body = row.get("text")
            if not isinstance(body, str) or not body.strip():
                raise ReadError("no 'text' field")
            doc_date = date or check_date(row.get("date"), where)
        except json.JSONDecodeError as exc:
            _report(sink, where, f"malformed JSON line: {exc.msg}")
            continue
        except ReadError as exc:
            _report(sink, where, str(exc))
            continue
        yield document_from_text(
            body, path=f"{f}#{row.get('doc', n)}", date=doc_date,
            outlet=outlet or row.get("outlet"), url=row.get("url"), title=row.get("title"),
            lang=lang or row.get("lang"),
        )

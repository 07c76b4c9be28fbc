"""Archive inputs: Parquet tables and WARC web archives, written here with the real libraries
(pyarrow, warcio) from the bundled example articles, read by every command like any folder."""

from __future__ import annotations

import gzip
import io
import json
import subprocess
import sys
from datetime import date
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from extract.pipeline import Problem, extract_paths
from graph.batch import plan
from tests.corpus import EXAMPLES, REPO


def _examples() -> list[dict[str, Any]]:
    """The example articles with their manifest entries."""
    index = {row["doc"]: row for row in map(json.loads, (EXAMPLES / "index.jsonl").read_text(
        encoding="utf-8").splitlines()) if row}
    return [dict(index[f.name], text=f.read_text(encoding="utf-8"))
            for f in sorted(EXAMPLES.glob("*.txt")) if f.name in index]


def _edges(results: list) -> list[list[tuple[str | None, str, str | None, str]]]:
    return [[(s.holder, s.stance_type, s.target, s.evidence) for s in r.stances]
            for r in results]


def _run(paths: list[Path], **kw: Any) -> tuple[list, list[Problem]]:
    problems: list[Problem] = []
    results = list(extract_paths(paths, on_problem=problems.append, **kw))
    return results, problems


# --- Parquet -------------------------------------------------------------------------------------

def _parquet(path: Path, rows: list[dict[str, Any]], *, row_group_size: int = 3) -> Path:
    pq.write_table(pa.Table.from_pylist(rows), path, row_group_size=row_group_size)
    return path


def test_a_parquet_table_gives_what_the_same_files_give(tmp_path: Path) -> None:
    articles = _examples()
    rows = [{"doc": a["doc"], "text": a["text"], "date": date.fromisoformat(a["date"]),
             "outlet": a.get("outlet"), "url": a.get("url"), "lang": a.get("lang")}
            for a in articles]
    table = _parquet(tmp_path / "articles.parquet", rows)
    from_files, problems = _run([EXAMPLES])
    assert not [p for p in problems if p.fatal]
    from_table, problems = _run([table])
    assert not problems
    assert _edges(from_table) == _edges(from_files)
    first = from_table[0].document
    assert first.path == f"{table}#{articles[0]['doc']}"
    assert first.date == articles[0]["date"] and first.outlet == articles[0].get("outlet")
    assert sum(len(r.stances) for r in from_table) > 50


def test_bad_parquet_rows_are_named_and_the_rest_is_read(tmp_path: Path) -> None:
    good, other = _examples()[0]["text"], _examples()[1]["text"]
    rows = [{"text": good, "date": "2025-02-03", "lang": "ar"},
            {"text": "", "date": None, "lang": None},
            {"text": other, "date": "2025-13-40", "lang": None},
            {"text": None, "date": None, "lang": None},
            {"text": other, "date": None, "lang": "fr"}]
    table = _parquet(tmp_path / "t.parquet", rows, row_group_size=2)
    results, problems = _run([table])
    assert [r.document.path for r in results] == [f"{table}#1", f"{table}#5"]
    assert results[0].document.date == "2025-02-03"
    by_row = {p.path.rsplit(":", 1)[1]: p for p in problems}
    assert by_row["2"].fatal and "empty" in by_row["2"].message
    assert by_row["3"].fatal and "2025-13-40" in by_row["3"].message
    assert by_row["4"].fatal and "no 'text'" in by_row["4"].message
    assert not by_row["5"].fatal and "not ar or en" in by_row["5"].message


def test_a_table_without_a_text_column_or_not_parquet_is_one_line(tmp_path: Path) -> None:
    no_text = _parquet(tmp_path / "no_text.parquet", [{"body": "x", "date": "2025-01-01"}])
    fake = tmp_path / "fake.parquet"
    fake.write_text("not a table", encoding="utf-8")
    ok = tmp_path / "ok.txt"
    ok.write_text(_examples()[0]["text"], encoding="utf-8")
    results, problems = _run([no_text, fake, ok])
    assert [Path(r.document.path).name for r in results] == ["ok.txt"]
    msgs = {Path(p.path).name: p.message for p in problems}
    assert "no 'text' column" in msgs["no_text.parquet"] and "body" in msgs["no_text.parquet"]
    assert msgs["fake.parquet"].startswith("not a readable Parquet file")
    assert all("\n" not in m for m in msgs.values())


# --- WARC ----------------------------------------------------------------------------------------

def _page(article: dict[str, Any]) -> bytes:
    paras = "".join(f"<p>{p}</p>" for p in article["text"].split("\n") if p.strip())
    return (f"<html><head><title>{article['doc']}</title></head><body><nav>home · world</nav>"
            f"<article>{paras}</article><footer>© outlet</footer></body></html>").encode()


def _warc(path: Path, records: list[tuple[str, str, bytes, str]], *, gz: bool = True) -> Path:
    """``records``: (kind, url, body, content type), kind "response", "404", "request" or
    "resource"; every record fetched on 2025-03-04."""
    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=gz)
        for kind, url, body, ctype in records:
            headers = {"WARC-Date": "2025-03-04T10:22:31Z"}
            if kind in ("response", "404"):
                status = "200 OK" if kind == "response" else "404 Not Found"
                http = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
                rec = writer.create_warc_record(url, "response", payload=io.BytesIO(body),
                                                http_headers=http, warc_headers_dict=headers)
            elif kind == "request":
                http = StatusAndHeaders("GET / HTTP/1.1", [("Host", "example.org")],
                                        is_http_request=True)
                rec = writer.create_warc_record(url, "request", payload=io.BytesIO(b""),
                                                http_headers=http, warc_headers_dict=headers)
            else:
                rec = writer.create_warc_record(url, "resource", payload=io.BytesIO(body),
                                                warc_content_type=ctype,
                                                warc_headers_dict=headers)
            writer.write_record(rec)
    return path


def test_a_warc_gives_its_article_pages_and_counts_the_rest(tmp_path: Path) -> None:
    articles = _examples()[:4]
    html_dir = tmp_path / "pages"
    html_dir.mkdir()
    records: list[tuple[str, str, bytes, str]] = []
    for a in articles:
        url = f"https://news.example.org/{a['doc'].removesuffix('.txt')}"
        records.append(("request", url, b"", ""))
        records.append(("response", url, _page(a), "text/html; charset=utf-8"))
        (html_dir / a["doc"].replace(".txt", ".html")).write_bytes(_page(a))
    records += [("response", "https://news.example.org/logo.png", b"\x89PNG....", "image/png"),
                ("404", "https://news.example.org/gone", b"<html>gone</html>", "text/html"),
                ("response", "https://news.example.org/tags",
                 b"<html><head><title>Tags</title></head><body></body></html>", "text/html"),
                ("resource", "https://news.example.org/saved", _page(_examples()[5]),
                     "text/html")]
    warc = _warc(tmp_path / "crawl.warc.gz", records)
    results, problems = _run([warc])
    assert [r.document.url for r in results] == [
        f"https://news.example.org/{a['doc'].removesuffix('.txt')}" for a in articles
    ] + ["https://news.example.org/saved"]
    assert [r.document.path for r in results][:2] == [f"{warc}#2", f"{warc}#4"]
    assert {r.document.date for r in results} == {"2025-03-04"}  # the fetch day
    assert problems == [Problem(str(warc), "1 of 6 HTML pages had no article text; skipped",
                                False)]
    # each page as a saved .html file gives the same stances
    from_html, _ = _run(sorted(html_dir.iterdir()))
    assert _edges(results[:4]) == _edges(from_html)
    assert sum(len(r.stances) for r in results) > 10


def test_a_page_states_its_own_date_title_and_the_url_its_outlet(tmp_path: Path) -> None:
    a = _examples()[3]
    page = _page(a).replace(b"<head>", b'<head><meta property="article:published_time" '
                            b'content="2025-02-27T08:00:00+00:00">')
    warc = _warc(tmp_path / "dated.warc.gz", [
        ("response", "https://www.news.example.org/world/1", page, "text/html")])
    (result,), problems = _run([warc])
    doc = result.document
    assert not problems
    # the page's publication date, not the day it was fetched (2025-03-04)
    assert (doc.date, doc.title, doc.outlet) == ("2025-02-27", a["doc"], "news.example.org")


def test_an_uncompressed_warc_and_the_date_option(tmp_path: Path) -> None:
    a = _examples()[1]
    warc = _warc(tmp_path / "one.warc", [("response", "https://x.example/1", _page(a),
                                          "text/html")], gz=False)
    results, problems = _run([warc], date="2024-07-01")
    assert not problems and len(results) == 1 and results[0].document.date == "2024-07-01"


def test_a_broken_warc_keeps_what_came_before_the_break(tmp_path: Path) -> None:
    articles = _examples()[:3]
    full = _warc(tmp_path / "full.warc.gz", [
        ("response", f"https://x.example/{n}", _page(a), "text/html")
        for n, a in enumerate(articles)])
    data = full.read_bytes()
    # the records are separate gzip members: cut inside the last one
    members = data.split(b"\x1f\x8b\x08")
    cut = tmp_path / "cut.warc.gz"
    cut.write_bytes(data[: len(data) - len(members[-1]) // 2])
    fake = tmp_path / "fake.warc.gz"
    fake.write_bytes(gzip.compress(b"this is not a web archive\n" * 20))
    results, problems = _run([cut, fake])
    assert [r.document.url for r in results] == ["https://x.example/0", "https://x.example/1"]
    msgs = {Path(p.path).name: p.message for p in problems}
    assert msgs["cut.warc.gz"].startswith("not a readable WARC file after record")
    assert msgs["fake.warc.gz"].startswith("not a readable WARC file")
    assert all(p.fatal and "\n" not in p.message for p in problems)


# --- commands and batch --------------------------------------------------------------------------

def test_extract_command_reads_a_folder_of_archives_and_names_a_bad_one(tmp_path: Path) -> None:
    a, b = _examples()[2:4]
    _parquet(tmp_path / "a.parquet", [{"text": a["text"], "date": a["date"]}])
    _warc(tmp_path / "b.warc.gz", [("response", "https://x.example/b", _page(b), "text/html")])
    (tmp_path / "c.parquet").write_bytes(b"PAR1 broken")
    proc = subprocess.run([sys.executable, "-m", "stancegraph", "extract", str(tmp_path)],
                          capture_output=True, text=True, cwd=REPO, timeout=300, check=False)
    assert proc.returncode == 1
    docs = {json.loads(line)["path"].rsplit("/", 1)[1] for line in proc.stdout.splitlines()}
    assert docs == {"a.parquet#1", "b.warc.gz#1"}
    errors = [line for line in proc.stderr.splitlines() if "c.parquet" in line]
    assert len(errors) == 1 and "Traceback" not in proc.stderr


def test_ingest_takes_a_folder_that_holds_only_archives(tmp_path: Path) -> None:
    """A folder of Parquet and WARC files is documents to `ingest` (its check for "no document
    to read" once knew only .txt, .html and .jsonl)."""
    a, b = _examples()[2:4]
    folder = tmp_path / "archives"
    folder.mkdir()
    _parquet(folder / "a.parquet", [{"text": a["text"], "date": a["date"]}])
    _warc(folder / "b.warc.gz", [("response", "https://x.example/b", _page(b), "text/html")])
    proc = subprocess.run([sys.executable, "-m", "stancegraph", "ingest", "--quiet", "--store",
                           str(tmp_path / "store"), str(folder)],
                          capture_output=True, text=True, cwd=REPO, timeout=300, check=False)
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr.startswith("2 documents read: 2 added or replaced"), proc.stderr


def test_batch_gives_each_archive_a_partition_of_its_own() -> None:
    files = ["a.txt", "b.txt", "x.parquet", "c.txt", "d.txt", "e.txt", "s3://b/y.warc.gz",
             "f.txt"]
    assert [p.files for p in plan(files, 2)] == [
        ("a.txt", "b.txt"), ("x.parquet",), ("c.txt", "d.txt"), ("e.txt",),
        ("s3://b/y.warc.gz",), ("f.txt",)]

"""Benchmark: reading articles out of a web archive (WARC) and a Parquet table, one core.

Builds a WARC of N pages the size of a news site's article page (about 60 KB: navigation of a
few hundred links, scripts, a footer, and an article body of about 500 words taken from the
bundled example articles) and a Parquet table of the same article texts, then times
``extract.reader.read_paths`` over each: pages (or rows) per second, without extraction. The
WARC figure is the cost of trafilatura's article extraction that a CC-NEWS backfill pays on
top of ``benchmarks/extract_speed.py``.

    .venv/bin/python benchmarks/archive_read.py [--pages 400]
"""

from __future__ import annotations

import argparse
import io
import random
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))


def _page(body: str, n: int, rng: random.Random) -> bytes:
    links = "".join(f'<li><a href="/section/{k}/{rng.randrange(10**6)}">Section {k} item</a></li>'
                    for k in range(300))
    script = "<script>" + "var x=" + "1+" * 3000 + "1;</script>"
    paras = "".join(f"<p>{p}</p>" for p in body.split("\n") if p.strip())
    return (f"<!doctype html><html><head><title>Article {n}</title>{script}</head><body>"
            f"<header><nav><ul>{links}</ul></nav></header><main><article><h1>Article {n}</h1>"
            f"{paras}</article></main><aside><ul>{links}</ul></aside>"
            f"<footer>© {n} outlet · terms · privacy</footer></body></html>").encode()


def build(pages: int, folder: Path) -> tuple[Path, Path, int]:
    sys.path.insert(0, str(REPO / "benchmarks"))
    import pyarrow as pa
    import pyarrow.parquet as pq
    from extract_speed import synthetic
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    rng = random.Random(7)
    texts = synthetic(pages // 2, "ar") + synthetic(pages - pages // 2, "en")
    warc = folder / "pages.warc.gz"
    size = 0
    with warc.open("wb") as out:
        writer = WARCWriter(out, gzip=True)
        for n, text in enumerate(texts):
            body = _page(text, n, rng)
            size += len(body)
            http = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")],
                                    protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(
                f"https://news.example.org/{n}", "response", payload=io.BytesIO(body),
                http_headers=http, warc_headers_dict={"WARC-Date": "2025-03-04T10:22:31Z"}))
    table = folder / "articles.parquet"
    pq.write_table(pa.Table.from_pylist([{"doc": str(n), "text": t, "date": "2025-03-04"}
                                         for n, t in enumerate(texts)]), table)
    return warc, table, size // max(1, pages)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pages", type=int, default=400)
    args = ap.parse_args()
    from extract.reader import read_paths

    with tempfile.TemporaryDirectory() as tmp:
        warc, table, page_bytes = build(args.pages, Path(tmp))
        for label, path in (("WARC (trafilatura per page)", warc), ("Parquet", table)):
            problems: list = []
            started = time.process_time()
            docs = list(read_paths([path], on_problem=problems.append))
            spent = time.process_time() - started
            print(f"{label}: {len(docs)} documents in {spent:.2f} s CPU = "
                  f"{len(docs) / spent:,.0f} documents/s ({len(problems)} problems)")
        print(f"pages of {page_bytes / 1024:.0f} KB on average, {warc.stat().st_size / 1e6:.1f} MB "
              "of WARC")


if __name__ == "__main__":
    main()

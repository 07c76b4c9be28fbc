"""Benchmark of `stancegraph render` on a store of many articles and few actors: does the size
of the site follow the actors and edges, or the documents?

Builds an embedded store of N synthetic articles (default 2,000; 12 stances each, evidence
sentences of about 170 characters in Arabic and English, 36 actors of the gazetteer with Zipf
popularity, every stance type (uniform, or Zipf with --zipf-types), dates over 2023-2024, 8 % negated, 2 % hypothetical, 5 %
without target), then runs the render command in this process and reports the site's total
size (pages and the files they share in assets/), its largest files, how many copies of
vis-network it holds, and the wall and CPU time of the command. Goals (issue 15): site
< 20 MB, render < 5 s.

    .venv/bin/python benchmarks/site_scale.py [--articles 2000] [--per-doc 12] [--runs 2]

Writes a JSON report to benchmarks/out/site_scale-<N>.json (git-ignored).
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

from extract.record import Document, Stance
from graph.store import open_store
from ontology.types import stance_types
from output.html import vis_network_js

OUT = Path(__file__).resolve().parent / "out"
ACTORS = ["RUS", "TUR", "SYR", "USA", "IRN", "ISR", "PSE", "EGY", "SAU", "QAT", "ARE", "UKR",
          "CHN", "FRA", "GBR", "DEU", "JOR", "LBN", "IRQ", "YEM", "UN", "UNSC", "EU", "NATO",
          "ARL", "GCC", "OIC", "AU", "IAEA", "SDF", "HAMAS", "HEZBOLLAH", "HOUTHIS", "ETH",
          "SDN", "OMN"]
START = date(2023, 1, 1)
DAYS = 730
GOAL_BYTES = 20_000_000
GOAL_SECONDS = 5.0
EN_TEXT = ("the minister said in a statement on the situation that his country calls on all "
      "parties to exercise restraint and return to negotiations without preconditions while "
      "the talks continue")
AR_TEXT = ("وقال الوزير في بيان صدر اليوم إن بلاده تدعو جميع الأطراف إلى ضبط النفس والعودة إلى "
      "المفاوضات دون شروط مسبقة بينما تتواصل المحادثات بين الجانبين")
EN, AR = EN_TEXT.split(), AR_TEXT.split()


def articles(count: int, per_doc: int, seed: int = 7, *, zipf_types: bool = False
             ) -> Iterator[tuple[Document, list[Stance]]]:
    rng = random.Random(seed)
    types = list(stance_types())
    weights = [1.0 / (rank + 1) for rank in range(len(ACTORS))]
    # uniform types: every pair spreads over all 18 (the most edges, the worst case); Zipf:
    # a few types dominate, as in news (fewer edges for the same stances)
    type_weights = [1.0 / (rank + 1) if zipf_types else 1.0 for rank in range(len(types))]
    for n in range(count):
        day = (START + timedelta(days=rng.randrange(DAYS))).isoformat()
        lang = "ar" if n % 2 else "en"
        words = AR if lang == "ar" else EN
        sentences = []
        for k in range(per_doc):
            body = " ".join(rng.choice(words) for _ in range(28))
            sentences.append(f"{n}-{k}: {body}.")
        text = " ".join(sentences)
        doc = Document(doc_id=Document.make_id(text), text=text, path=f"bench/{n:06d}.txt",
                       title=f"Article {n}", date=day, outlet=f"Outlet {n % 25}", lang=lang,
                       url=f"https://news.example/{n}")
        stances = []
        start = 0
        for k, sentence in enumerate(sentences):
            holder, target = rng.choices(ACTORS, weights, k=2)
            while target == holder:
                target = rng.choices(ACTORS, weights)[0]
            roll = rng.random()
            stances.append(Stance(
                holder=holder, stance_type=rng.choices(types, type_weights)[0],
                target=None if roll < 0.05 else target, evidence=sentence, start=start,
                end=start + len(sentence), doc_id=doc.doc_id, lang=lang, rule="bench",
                speaker=f"Official {rng.randrange(200)}", negated=0.05 <= roll < 0.13,
                hypothetical=0.13 <= roll < 0.15, date=day,
                confidence=round(rng.uniform(0.4, 0.95), 2)))
            start += len(sentence) + 1
        yield doc, stances


def build(location: Path, count: int, per_doc: int, zipf_types: bool) -> float:
    started = time.perf_counter()
    with open_store(location) as store:
        for doc, stances in articles(count, per_doc, zipf_types=zipf_types):
            store.replace_document(doc, stances)
    return time.perf_counter() - started


def render(location: Path, out: Path, evidence: int) -> tuple[float, float]:
    """(wall, CPU) seconds of one `stancegraph render` in this process. The CPU time is the
    honest figure on a shared machine (a loaded machine stretches the wall time)."""
    from stancegraph import cli

    started, cpu = time.perf_counter(), time.process_time()
    code = cli.main(["render", "--store", str(location), "--out", str(out),
                     "--evidence", str(evidence)])
    seconds, cpu_s = time.perf_counter() - started, time.process_time() - cpu
    if code != 0:
        raise SystemExit(f"render exited {code}")
    return seconds, cpu_s


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--articles", type=int, default=2000)
    ap.add_argument("--per-doc", type=int, default=12)
    ap.add_argument("--runs", type=int, default=2)
    ap.add_argument("--evidence", type=int, default=3,
                    help="render --evidence N (sentences inlined per edge; 0: all)")
    ap.add_argument("--store", type=Path, help="reuse (or build once into) this store folder")
    ap.add_argument("--zipf-types", action="store_true",
                    help="draw stance types with Zipf popularity (default: uniform, the most "
                         "edges)")
    args = ap.parse_args(argv)

    tmp = Path(tempfile.mkdtemp(prefix="site_scale-"))
    try:
        location = args.store or tmp / "store"
        build_s = None
        if not location.exists():
            build_s = build(location, args.articles, args.per_doc, args.zipf_types)
            print(f"built {args.articles} articles in {build_s:.1f} s", file=sys.stderr)
        times, cpus = [], []
        for run in range(args.runs):
            out = tmp / f"site{run}"
            wall, cpu = render(location, out, args.evidence)
            times.append(wall)
            cpus.append(cpu)
        files = sorted(((p.stat().st_size, p.relative_to(out).as_posix())
                        for p in out.rglob("*") if p.is_file()), reverse=True)
        pages = [(size, name) for size, name in files if name.endswith(".html")]
        total = sum(size for size, _ in files)
        vis_head = vis_network_js()[:200]
        vis_copies = sum(vis_head in (out / name).read_text(encoding="utf-8")
                         for _, name in files)
        report = {
            "articles": args.articles, "stances_per_article": args.per_doc,
            "zipf_types": args.zipf_types,
            "actors": len(ACTORS), "build_seconds": build_s,
            "render_seconds": [round(t, 2) for t in times],
            "render_median_seconds": round(statistics.median(times), 2),
            "render_cpu_seconds": [round(t, 2) for t in cpus], "evidence_per_edge": args.evidence,
            "pages": len(pages), "shared_files": len(files) - len(pages), "site_bytes": total,
            "vis_network_copies": vis_copies,
            "largest": [{"page": name, "bytes": size} for size, name in files[:5]],
            "goal_bytes": GOAL_BYTES, "goal_seconds": GOAL_SECONDS,
        }
        OUT.mkdir(exist_ok=True)
        (OUT / f"site_scale-{args.articles}.json").write_text(json.dumps(report, indent=2))
        print(f"{len(pages)} pages + {len(files) - len(pages)} shared files, "
              f"{total / 1e6:.1f} MB (goal < {GOAL_BYTES / 1e6:.0f} MB; {vis_copies} "
              f"cop{'y' if vis_copies == 1 else 'ies'} of vis-network); render median "
              f"{report['render_median_seconds']} s wall, "
              f"{statistics.median(cpus):.1f} s CPU (goal < {GOAL_SECONDS} s)")
        for size, name in files[:5]:
            print(f"  {name:<32} {size / 1e6:6.2f} MB")
        # CPU time: a shared machine stretches the wall time
        return 0 if total < GOAL_BYTES and statistics.median(cpus) < GOAL_SECONDS else 1
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())

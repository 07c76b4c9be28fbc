"""Benchmark: `stancegraph ingest` of N real-size articles against `stancegraph extract` of the
same files — documents/s, peak memory (RSS) of each, and the ratio of their times.

Builds N articles of about 500 words (Arabic and English, half each) by shuffling the
paragraphs of the bundled example articles and of the shared real corpus, writes them with an
``index.jsonl`` manifest (dates over 2023–2024, 40 outlets), then runs, each as its own
process (so that peak RSS is the command's own):

1. ``stancegraph extract DIR`` (stdout to /dev/null): the extraction alone;
2. ``stancegraph ingest DIR`` into a new store: extraction + mapping + storing;
3. ``stancegraph ingest DIR`` again: every document unchanged (the idempotent path);
4. ``stancegraph ingest --workers auto DIR`` into a new store: extraction on one process per
   core after the first 200 documents (extract/workers.py), storing in the command's own.

The first three run with ``--workers 1``. Peak memory is that of the command and all its
worker processes together, sampled from /proc.

    .venv/bin/python benchmarks/ingest_speed.py [--articles 2000] [--workdir DIR] [--runs 2]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

GOAL_DOCS_PER_S = 150
GOAL_RSS_MB = 500
GOAL_RATIO = 1.4


def _paragraphs(lang: str) -> list[str]:
    from extract.clean import article_blocks

    files = sorted((REPO / "examples").glob(f"{lang}*.txt"))
    real = REPO.parent / "shared" / "corpus" / ("real" if lang == "ar" else "real-en")
    if real.is_dir():
        files += sorted(real.glob("*.txt"))
    out = []
    for f in files:
        text = f.read_text(encoding="utf-8", errors="replace")
        out += [text[b.start:b.end] for b in article_blocks(text) if not b.headline]
    return [p for p in out if len(p.split()) >= 8]


def write_articles(n: int, folder: Path, words: int = 500, seed: int = 7) -> int:
    """N articles (half Arabic, half English) and their manifest; returns total words."""
    rng = random.Random(seed)
    paras = {"ar": _paragraphs("ar"), "en": _paragraphs("en")}
    folder.mkdir(parents=True, exist_ok=True)
    start = date(2023, 1, 1)
    total = 0
    with (folder / "index.jsonl").open("w", encoding="utf-8") as index:
        for i in range(n):
            lang = "ar" if i % 2 else "en"
            body: list[str] = [f"Article {i}"]
            count = 0
            while count < words:
                p = rng.choice(paras[lang])
                body.append(p)
                count += len(p.split())
            total += count
            name = f"{lang}{i:05d}.txt"
            (folder / name).write_text("\n\n".join(body), encoding="utf-8")
            day = (start + timedelta(days=rng.randrange(730))).isoformat()
            index.write(json.dumps({"doc": name, "date": day, "outlet": f"Outlet {i % 40}",
                                    "lang": lang}) + "\n")
    return total


def _tree_rss_mb(pid: int) -> float:
    """The resident memory of a process and all its descendants (MB), from /proc: a command
    that extracts on worker processes holds the sum, which ru_maxrss (the largest one) hides."""
    children: dict[int, list[int]] = {}
    rss: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", encoding="ascii", errors="replace") as f:
                fields = f.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        children.setdefault(int(fields[1]), []).append(int(entry))
        rss[int(entry)] = int(fields[21]) * os.sysconf("SC_PAGE_SIZE")
    total, todo = 0, [pid]
    while todo:
        p = todo.pop()
        total += rss.get(p, 0)
        todo += children.get(p, [])
    return total / 2**20


def run(argv: list[str]) -> tuple[float, float, str]:
    """Wall seconds, peak RSS (MB) of the command with its worker processes (sampled every
    50 ms) and its last stderr line."""
    started = time.perf_counter()
    with tempfile.TemporaryFile() as err:
        proc = subprocess.Popen([sys.executable, "-m", "stancegraph", *argv],
                                stdout=subprocess.DEVNULL, stderr=err, cwd=REPO)
        peak = 0.0
        while proc.poll() is None:
            peak = max(peak, _tree_rss_mb(proc.pid))
            time.sleep(0.05)
        seconds = time.perf_counter() - started
        err.seek(0)
        lines = err.read().decode("utf-8", "replace").strip().splitlines()
    if proc.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(argv[:2])} failed ({proc.returncode}): {lines[-3:]}")
    return seconds, peak, lines[-1] if lines else ""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--runs", type=int, default=1, help="repeat the measurements")
    parser.add_argument("--workdir", help="where to put the articles and the store")
    parser.add_argument("--workers", default="auto",
                        help="--workers of the last ingest run (default auto)")
    args = parser.parse_args(argv)
    workdir = Path(args.workdir or tempfile.mkdtemp(prefix="stancegraph-ingest-"))
    docs, store = workdir / "articles", workdir / "store"
    try:
        if not (docs / "index.jsonl").exists():
            words = write_articles(args.articles, docs)
            print(f"{args.articles} articles, {words // args.articles} words each",
                  file=sys.stderr)
        n = args.articles
        for attempt in range(args.runs):
            one = ["--workers", "1"]
            ext_s, ext_rss, _ = run(["extract", *one, "--store", str(store), str(docs)])
            shutil.rmtree(store, ignore_errors=True)
            ing_s, ing_rss, summary = run(["ingest", *one, "--quiet", "--store", str(store),
                                           str(docs)])
            again_s, again_rss, _ = run(["ingest", *one, "--quiet", "--store", str(store),
                                         str(docs)])
            shutil.rmtree(store, ignore_errors=True)
            par_s, par_rss, _ = run(["ingest", "--workers", args.workers, "--quiet",
                                     "--store", str(store), str(docs)])
            ratio = ing_s / ext_s
            print(f"run {attempt + 1}: {n} articles")
            print(f"  extract, 1 process         {ext_s:6.1f} s  {n / ext_s:6.1f} docs/s  "
                  f"peak RSS {ext_rss:5.0f} MB")
            print(f"  ingest, 1 process          {ing_s:6.1f} s  {n / ing_s:6.1f} docs/s  "
                  f"peak RSS {ing_rss:5.0f} MB  ratio to extract {ratio:.2f}")
            print(f"  ingest again (unchanged)   {again_s:6.1f} s  {n / again_s:6.1f} docs/s  "
                  f"peak RSS {again_rss:5.0f} MB")
            print(f"  ingest --workers {args.workers:<9} {par_s:6.1f} s  {n / par_s:6.1f} docs/s  "
                  f"peak RSS {par_rss:5.0f} MB (all processes)")
            print(f"  {summary}")
            best_s, best_rss = (par_s, par_rss) if par_s < ing_s else (ing_s, ing_rss)
            for ok, text in [
                (n / ing_s >= GOAL_DOCS_PER_S, f"ingest ≥ {GOAL_DOCS_PER_S} docs/s, 1 process"),
                (n / best_s >= GOAL_DOCS_PER_S,
                 f"ingest ≥ {GOAL_DOCS_PER_S} docs/s, --workers {args.workers}"),
                (max(ing_rss, best_rss) < GOAL_RSS_MB,
                 f"ingest peak RSS < {GOAL_RSS_MB} MB (all processes)"),
                (ratio < GOAL_RATIO, f"ingest < {GOAL_RATIO}× extract time, 1 process each"),
            ]:
                print(f"  [{'ok' if ok else 'MISSED'}] {text}")
            sys.stdout.flush()
    finally:
        if not args.workdir:
            shutil.rmtree(workdir, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())

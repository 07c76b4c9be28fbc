"""Benchmark: extraction speed of one process (articles/s, words/s) and start-up time.

Builds N synthetic Arabic articles of about 500 words each by shuffling the paragraphs of the
bundled example articles (written for this project), then times extraction on one core.

    .venv/bin/python benchmarks/extract_speed.py [--articles 3000] [--lang ar|en]
"""

from __future__ import annotations

import argparse
import random
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))


def paragraphs(lang: str) -> list[str]:
    from extract.clean import article_blocks

    out = []
    for f in sorted((REPO / "examples").glob(f"{lang}*.txt")):
        text = f.read_text(encoding="utf-8")
        out += [text[b.start:b.end] for b in article_blocks(text) if not b.headline]
    return out


def synthetic(n: int, lang: str, words: int = 500, seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    paras = paragraphs(lang)
    docs = []
    for _ in range(n):
        body: list[str] = []
        count = 0
        while count < words:
            p = rng.choice(paras)
            body.append(p)
            count += len(p.split())
        docs.append("\n\n".join(body))
    return docs


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--articles", type=int, default=3000)
    ap.add_argument("--lang", default="ar", choices=["ar", "en"])
    args = ap.parse_args()

    t0 = time.perf_counter()
    subprocess.run([sys.executable, "-c",
                    "from extract.pipeline import stage_pipeline; stage_pipeline('ar')"],
                   check=True, cwd=REPO)
    startup = time.perf_counter() - t0

    from extract.pipeline import extract_text, stage_pipeline

    t0 = time.perf_counter()
    stage_pipeline(args.lang)
    load = time.perf_counter() - t0
    docs = synthetic(args.articles, args.lang)
    nwords = sum(len(d.split()) for d in docs)
    extract_text(docs[0], date="2024-01-01", lang=args.lang)  # warm the vocabulary
    t0 = time.perf_counter()
    stances = 0
    for d in docs:
        stances += len(extract_text(d, date="2024-01-01", lang=args.lang))
    dt = time.perf_counter() - t0
    print(f"start-up (new process, import + load data): {startup:.2f} s")
    print(f"pipeline load in process: {load:.2f} s")
    print(f"{len(docs)} {args.lang} articles, {nwords / len(docs):.0f} words each, "
          f"{stances} stance records")
    print(f"{len(docs) / dt:.0f} articles/s, {nwords / dt:,.0f} words/s (one process)")


if __name__ == "__main__":
    main()

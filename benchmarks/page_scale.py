"""Benchmark of the output stage: the whole-graph page at 2,000 actors and 20,000 stance edges.

Builds a synthetic stance graph (power-law degrees, every stance type, Arabic and English
evidence), renders ``graph.html`` with :func:`output.page.graph_page`, opens it in headless
Chromium (Debian's ``/usr/bin/chromium``) with every request but ``file:`` blocked, and
reports the file size and the time until the page is interactive (first frame drawn by
vis-network, measured from navigation start), plus the cost of a filter change and of opening
an edge's evidence dialog. Goals: under 2 s and under 15 MB.

    .venv/bin/python benchmarks/page_scale.py [--actors 2000] [--edges 20000] [--runs 3]

Writes the page and a JSON report to benchmarks/out/ (git-ignored).
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ontology.types import stance_types
from output.page import graph_page, is_large, layout, stance_graph

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]
OUT = Path(__file__).resolve().parent / "out"
GOAL_SECONDS = 2.0
GOAL_BYTES = 15_000_000

AR_WORDS = ("أكد", "وزير", "الخارجية", "أن", "بلاده", "تدعو", "إلى", "ضبط", "النفس", "والحوار",
            "وتطالب", "بانسحاب", "القوات", "من", "الأراضي", "في", "بيان", "صدر", "اليوم")
EN_WORDS = ("the", "minister", "said", "that", "his", "country", "urges", "restraint", "and",
            "calls", "for", "dialogue", "demands", "withdrawal", "of", "forces", "statement")


@dataclass(frozen=True)
class Row:
    id: str
    holder: str
    target: str | None
    type: str
    date: str | None
    evidence: str
    evidence_lang: str | None
    speaker: str | None
    reported_by: str | None
    doc: str
    outlet: str | None
    url: str | None
    title: str | None
    confidence: float | None
    negated: bool


@dataclass(frozen=True)
class ActorRow:
    id: str
    kind: str
    label_en: str
    label_ar: str


def synthetic(n_actors: int, n_edges: int, seed: int = 1) -> tuple[list[Row], list[ActorRow]]:
    """``n_edges`` distinct (holder, type, target) edges among ``n_actors`` actors, one stance
    each; endpoints drawn with power-law weights so there are hubs as in real news."""
    rng = random.Random(seed)
    kinds = ["state"] * 6 + ["organization", "bloc", "group", "group"]
    actors = [
        ActorRow(f"A{i:04d}", rng.choice(kinds), f"Actor {i}", f"الطرف {i}")
        for i in range(n_actors)
    ]
    weights = [1 / (i + 1) ** 0.7 for i in range(n_actors)]
    types = sorted(stance_types())
    seen: set[tuple[int, str, int]] = set()
    rows: list[Row] = []
    while len(rows) < n_edges:
        h, t = rng.choices(range(n_actors), weights, k=2)
        ty = rng.choice(types)
        if h == t or (h, ty, t) in seen:
            continue
        seen.add((h, ty, t))
        arabic = rng.random() < 0.6
        words = AR_WORDS if arabic else EN_WORDS
        evidence = " ".join(rng.choice(words) for _ in range(rng.randint(12, 30))) + "."
        doc = rng.randrange(n_edges // 4)
        rows.append(Row(
            id=f"s{len(rows)}", holder=actors[h].id, target=actors[t].id, type=ty,
            date=f"{rng.randint(2020, 2024)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
            evidence=evidence, evidence_lang="ar" if arabic else "en",
            speaker=rng.choice([None, "وزير الخارجية", "the spokesperson"]),
            reported_by=None, doc=f"doc{doc}", outlet=rng.choice(["RT Arabic", "Reuters"]),
            url=f"https://news.example/{doc}", title=f"Article {doc}", confidence=0.7,
            negated=False,
        ))
    return rows, actors


def _one_load(browser: Any, page_path: Path, blocked: list[str]) -> dict[str, Any]:
    """Open the page in a fresh context (a cold renderer, as when an analyst opens the file)."""
    context = browser.new_context(viewport={"width": 1400, "height": 900})

    def route(r: Any) -> None:
        if r.request.url.startswith(("file:", "data:")):
            r.continue_()
        else:
            blocked.append(r.request.url)
            r.abort()

    context.route("**/*", route)
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    try:
        page.goto(page_path.as_uri())
        page.wait_for_selector("body[data-ready='1']", timeout=120_000)
        result = {
            "ready_s": page.evaluate("window.stancegraph.readyAt") / 1000,
            "counts": page.evaluate("window.stancegraph.drawnCounts()"),
            "filter_ms": page.evaluate("""() => {
                const t = performance.now();
                document.querySelector('input[name=sg-polarity][value=neutral]').click();
                return performance.now() - t; }"""),
            "dialog_ms": page.evaluate("""() => {
                const t = performance.now(); window.stancegraph.openEdge(0);
                return performance.now() - t; }"""),
        }
        page.screenshot(path=str(OUT / "page_scale.png"))
    finally:
        context.close()
    if errors:
        raise SystemExit(f"page errors: {errors[:3]}")
    return result


def measure_browser(page_path: Path, runs: int) -> dict[str, Any]:
    from playwright.sync_api import sync_playwright

    blocked: list[str] = []
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            loads = [_one_load(browser, page_path, blocked) for _ in range(runs)]
        finally:
            browser.close()
    if blocked:
        raise SystemExit(f"page tried to reach other hosts: {blocked[:3]}")
    return {
        "interactive_s": statistics.median(x["ready_s"] for x in loads),
        "interactive_s_all": [x["ready_s"] for x in loads],
        "filter_change_ms": statistics.median(x["filter_ms"] for x in loads),
        "edge_dialog_ms": statistics.median(x["dialog_ms"] for x in loads),
        "drawn_nodes": loads[-1]["counts"]["nodes"],
        "drawn_edges": loads[-1]["counts"]["edges"],
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--actors", type=int, default=2000)
    ap.add_argument("--edges", type=int, default=20000)
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()
    if not Path(CHROMIUM).exists():
        print(f"{CHROMIUM} not found: install Debian's chromium", file=sys.stderr)
        return 2
    OUT.mkdir(parents=True, exist_ok=True)

    rows, actors = synthetic(args.actors, args.edges)
    t0 = time.perf_counter()
    g = stance_graph(rows, actors)
    t1 = time.perf_counter()
    t_layout = time.perf_counter()
    layout(g)
    t_layout = time.perf_counter() - t_layout
    t2 = time.perf_counter()
    page = graph_page(g)  # lays the graph out again: the figure below includes it
    t3 = time.perf_counter()
    path = OUT / "page_scale.html"
    path.write_text(page.html, encoding="utf-8")
    size = path.stat().st_size

    browser = measure_browser(path, args.runs)
    report = {
        "actors": g.number_of_nodes(), "edges": g.number_of_edges(), "stances": len(rows),
        "large_mode": is_large(g), "graph_build_s": round(t1 - t0, 2),
        "layout_s": round(t_layout, 2), "page_build_s": round(t3 - t2, 2),
        "file_bytes": size, **browser,
    }
    (OUT / "page_scale.json").write_text(json.dumps(report, indent=2), encoding="utf-8")

    ok_time = report["interactive_s"] < GOAL_SECONDS
    ok_size = size < GOAL_BYTES
    print(f"graph: {report['actors']} actors, {report['edges']} edges, {len(rows)} stances "
          f"(large mode: {report['large_mode']})")
    print(f"python: graph {report['graph_build_s']} s, layout {report['layout_s']} s, "
          f"page (incl. layout) {report['page_build_s']} s")
    print(f"file size: {size / 1e6:.2f} MB (goal < {GOAL_BYTES / 1e6:.0f} MB: "
          f"{'ok' if ok_size else 'MISSED'})")
    print(f"interactive after: {report['interactive_s']:.2f} s median of {args.runs} "
          f"{[round(x, 2) for x in report['interactive_s_all']]} "
          f"(goal < {GOAL_SECONDS} s: {'ok' if ok_time else 'MISSED'})")
    print(f"drawn: {report['drawn_nodes']} nodes, {report['drawn_edges']} edges; "
          f"filter change {report['filter_change_ms']:.0f} ms; "
          f"edge dialog {report['edge_dialog_ms']:.0f} ms")
    return 0 if ok_time and ok_size else 1


if __name__ == "__main__":
    sys.exit(main())

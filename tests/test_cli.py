"""The command line: one-line errors, exit codes, and SPARQL given as text."""

import subprocess
import sys
from pathlib import Path

from tests.corpus import EXAMPLES, REPO


def stancegraph(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "stancegraph", *args], capture_output=True,
                          text=True, cwd=REPO, check=False)


def test_long_sparql_text_is_a_query_not_a_file_name(tmp_path: Path) -> None:
    store = str(tmp_path / "store")
    assert stancegraph("ingest", str(EXAMPLES / "ar03_iran_us_muscat.txt"),
                       "--store", store).returncode == 0
    others = ", ".join(f"actor:X{i:03d}" for i in range(120))
    query = f"SELECT ?a ?b WHERE {{ ?a sg:mediates ?b . FILTER(?b IN (actor:IRN, {others})) }}"
    assert len(query) > 1000
    proc = stancegraph("query", query, "--store", store, "--format", "csv")
    assert proc.returncode == 0, proc.stderr
    assert "actor/OMN" in proc.stdout and "Traceback" not in proc.stderr


def test_missing_store_is_a_one_line_error(tmp_path: Path) -> None:
    proc = stancegraph("query", "SELECT * WHERE { ?s ?p ?o }", "--store", str(tmp_path / "none"))
    assert proc.returncode != 0
    lines = [line for line in proc.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and "Traceback" not in proc.stderr


def test_eval_json_has_the_documented_keys() -> None:
    import json

    proc = stancegraph("eval", str(EXAMPLES / "gold.jsonl"), "--docs", str(EXAMPLES), "--json")
    assert proc.returncode == 0, proc.stderr
    report = json.loads(proc.stdout)
    for key in ("strict", "relaxed", "by_lang", "misses", "false_alarms"):
        assert key in report
    for scores in (report["strict"], report["by_lang"]["ar"]["strict"]):
        assert {"precision", "recall", "f1"} <= set(scores)

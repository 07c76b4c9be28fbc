"""Reading documents and bad input: one clear line per problem, the batch goes on."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from extract.pipeline import Problem, extract_paths
from extract.reader import ReadError, decode
from tests.corpus import EXAMPLES, REPO

BAD = EXAMPLES / "bad"
ARTICLE = "أدانت مصر الضربة الإسرائيلية على لبنان، وطالبت إسرائيل بالانسحاب من الجنوب."


def _run(paths: list[Path]) -> tuple[list, list[Problem]]:
    problems: list[Problem] = []
    results = list(extract_paths(paths, on_problem=problems.append))
    return results, problems


def test_cp1256_and_utf16_files_are_decoded() -> None:
    results, problems = _run([BAD / "cp1256.txt", BAD / "utf16.txt"])
    assert not problems
    assert len(results) == 2
    assert all(r.document.lang == "ar" and r.stances for r in results)


def test_cp1256_bytes_decode_to_the_same_text() -> None:
    assert decode(ARTICLE.encode("cp1256")) == ARTICLE


def test_empty_and_binary_files_are_reported_and_skipped(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.txt").write_bytes(bytes(range(256)) * 40)
    (tmp_path / "good.txt").write_text(ARTICLE, encoding="utf-8")
    results, problems = _run([tmp_path])
    assert [Path(r.document.path).name for r in results] == ["good.txt"]
    msgs = {Path(p.path).name: p.message for p in problems}
    assert msgs["empty.txt"] == "empty file"
    assert "binary" in msgs["binary.txt"]


def test_a_20mb_file_is_refused_without_reading_it_whole(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    with big.open("wb") as f:
        f.truncate(20 * 1024 * 1024)
    (tmp_path / "ok.txt").write_text(ARTICLE, encoding="utf-8")
    results, problems = _run([tmp_path])
    assert len(results) == 1
    assert len(problems) == 1 and "MB" in problems[0].message and "big.txt" in problems[0].path


def test_malformed_jsonl_line_is_reported_with_its_line_number() -> None:
    results, problems = _run([BAD / "broken.jsonl"])
    assert len(results) == 2
    assert len(problems) == 1 and problems[0].path.endswith("broken.jsonl:2")


def test_manifest_gives_dates_and_outlets() -> None:
    results, _ = _run([EXAMPLES])
    assert len(results) == 10
    assert all(r.document.date and r.document.outlet for r in results)


def test_html_page_goes_through_trafilatura(tmp_path: Path) -> None:
    html = ("<html><head><title>t</title></head><body><nav>الرئيسية</nav><article><h1>عنوان"
            f"</h1><p>{ARTICLE}</p><p>{ARTICLE}</p></article></body></html>")
    (tmp_path / "page.html").write_text(html, encoding="utf-8")
    results, problems = _run([tmp_path / "page.html"])
    assert not problems
    assert ("EGY", "condemns", "ISR") in {(s.holder, s.stance_type, s.target)
                                          for s in results[0].stances}


def test_decode_rejects_nul_bytes() -> None:
    with pytest.raises(ReadError):
        decode(b"\x00\x01\x02\x03" * 100)


def test_cli_exit_code_says_a_document_failed(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "good.txt").write_text(ARTICLE, encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "stancegraph", "extract", str(tmp_path),
                           "--date", "2024-05-01"], capture_output=True, text=True, cwd=REPO,
                          check=False)
    assert proc.returncode == 1
    rows = [json.loads(line) for line in proc.stdout.splitlines()]
    assert rows and all(r["path"].endswith("good.txt") for r in rows)
    errors = [line for line in proc.stderr.splitlines() if "empty.txt" in line]
    assert len(errors) == 1 and "empty file" in errors[0]


def test_cli_rejects_a_bad_date_in_one_line() -> None:
    proc = subprocess.run([sys.executable, "-m", "stancegraph", "extract", str(EXAMPLES),
                           "--date", "2024-13-40"], capture_output=True, text=True, cwd=REPO,
                          check=False)
    assert proc.returncode == 2
    assert len(proc.stderr.strip().splitlines()) == 1 and "2024-13-40" in proc.stderr

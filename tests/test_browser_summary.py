"""The closing line of a test run whose browser tests were skipped (tests/conftest.py), seen
from outside: pytest runs in a subprocess on two small test files, one of browser tests that
skip as test_pages_browser.py does when Chromium is missing."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.conftest import BROWSER_SETUP
from tests.corpus import REPO

BROWSER_TESTS = '''
import pytest

pytestmark = pytest.mark.browser
NO_CHROMIUM = pytest.mark.skipif({skip}, reason="/usr/bin/chromium not found")


@NO_CHROMIUM
def test_draws_the_graph():
    pass


@NO_CHROMIUM
def test_opens_the_evidence():
    pass


def test_needs_no_browser_after_all():
    pass
'''

OTHER_TESTS = '''
import pytest


@pytest.mark.skip(reason="the shared corpus is absent")
def test_reads_the_corpus():
    pass


def test_runs():
    pass
'''


def run_pytest(tmp_path: Path, chromium_missing: bool) -> list[str]:
    """The output lines of `pytest -q -ra` (as `make test` runs it) with the project's conftest
    and settings (its markers), on the two files in tmp_path."""
    (tmp_path / "test_fake_browser.py").write_text(BROWSER_TESTS.format(skip=chromium_missing))
    (tmp_path / "test_fake_other.py").write_text(OTHER_TESTS)
    proc = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-ra", "-p", "tests.conftest", "-p", "no:cacheprovider",
         "-c", str(REPO / "pyproject.toml"), "--rootdir", str(tmp_path), str(tmp_path)],
        cwd=REPO, capture_output=True, text=True, timeout=120, check=False)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    return proc.stdout.splitlines()


def test_a_run_that_skipped_browser_tests_ends_by_saying_so_and_what_to_install(
        tmp_path: Path) -> None:
    lines = run_pytest(tmp_path, chromium_missing=True)
    assert lines[-1].startswith("2 passed, 3 skipped in "), lines[-3:]
    closing = lines[-2]
    assert closing.startswith("2 browser tests did not run (test_fake_browser.py: "
                              "/usr/bin/chromium not found)"), closing
    assert closing.endswith(f"To run them: {BROWSER_SETUP}")
    assert "corpus" not in closing  # a skip of another kind is not a browser test


def test_a_run_whose_browser_tests_ran_says_nothing_more(tmp_path: Path) -> None:
    lines = run_pytest(tmp_path, chromium_missing=False)
    assert lines[-1].startswith("4 passed, 1 skipped in "), lines[-3:]
    assert not [line for line in lines if "browser test" in line]

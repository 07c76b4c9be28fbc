"""Test-session hooks for the whole suite (fixtures live in the test modules and
graph_fixtures.py, but for the one headless Chromium the browser tests share and the Virtuoso
server of the remote-store tests): when browser tests or Virtuoso tests were skipped, the run
ends by saying so and how to install what they need, instead of reporting a success that never
opened a page or never talked to the second store."""

from __future__ import annotations

from collections.abc import Generator, Iterator, Sequence
from typing import Any

import pytest

from tests import virtuoso
from tests.chromium import CHROMIUM, CHROMIUM_ARGS

# What .ci/run installs for the browser tests: Debian's Chromium, and fonts for the Arabic and
# Latin text of their screenshots. Playwright itself comes from requirements.lock.
BROWSER_SETUP = "sudo apt-get install -y chromium fonts-noto-core fonts-dejavu-core"


def skipped_browser_tests(reports: Sequence[Any]) -> str | None:
    """The closing line for the skipped reports of a run, or None when no browser test was
    skipped: how many, where, why, and the command that installs what they need."""
    return _skipped_line(reports, "browser", "the pages were not checked in a browser",
                         BROWSER_SETUP)


def skipped_virtuoso_tests(reports: Sequence[Any]) -> str | None:
    """The same for the remote-store tests against Virtuoso (marked ``virtuoso``)."""
    return _skipped_line(reports, "virtuoso",
                         "the remote store was not checked against Virtuoso",
                         virtuoso.VIRTUOSO_SETUP)


def _skipped_line(reports: Sequence[Any], marker: str, consequence: str,
                  setup: str) -> str | None:
    skipped = [r for r in reports if getattr(r, "keywords", {}).get(marker)]
    if not skipped:
        return None
    files = sorted({r.nodeid.split("::")[0] for r in skipped})
    reasons = sorted({_reason(r) for r in skipped})
    count = f"{len(skipped)} {marker} test{'s' if len(skipped) > 1 else ''}"
    return (f"{count} did not run ({', '.join(files)}: {'; '.join(reasons)}); "
            f"{consequence}. To run them: {setup}")


def _reason(report: Any) -> str:
    longrepr = report.longrepr
    reason = longrepr[2] if isinstance(longrepr, tuple) and len(longrepr) == 3 else str(longrepr)
    return reason.removeprefix("Skipped: ")


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_terminal_summary(terminalreporter: Any) -> Generator[None, None, None]:
    # Outermost wrapper: runs after pytest's own summary (and -ra's list of skips), so that the
    # line stands just above the closing "N passed, N skipped" count.
    result = yield
    skipped = terminalreporter.stats.get("skipped", [])
    for what, line in (("Virtuoso", skipped_virtuoso_tests(skipped)),
                       ("browser", skipped_browser_tests(skipped))):
        if line:
            terminalreporter.write_sep("=", f"{what} tests skipped", yellow=True)
            terminalreporter.write_line(line, yellow=True, bold=True)
    return result


def pytest_configure(config: Any) -> None:
    config.addinivalue_line(
        "markers", "virtuoso: talks to a real Virtuoso 7 on 127.0.0.1 (skipped when absent)")


@pytest.fixture(scope="module")
def virtuoso_server(tmp_path_factory: pytest.TempPathFactory
                    ) -> Iterator[virtuoso.VirtuosoServer]:
    """A fresh Virtuoso 7 on 127.0.0.1 for one test module (tests/virtuoso.py); skipped, with
    the package to install, when virtuoso-t or isql-vt is missing."""
    reason = virtuoso.missing()
    if reason:
        pytest.skip(reason)
    server = virtuoso.VirtuosoServer(tmp_path_factory.mktemp("virtuoso"))
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    """Headless Debian Chromium driven by Playwright, one per test module."""
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield b
        b.close()

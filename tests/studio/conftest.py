"""Fixtures for the studio: a folder with a spec, a running studio on it, and a real browser.

The browser is Debian's chromium driven by Playwright. Where it (or Playwright)
is missing the browser tests skip, unless JIANGGAO_REQUIRE_BROWSER=1 (set by
.ci/run), which makes that a failure.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from jianggao.studio.server import StudioServer
from jianggao.studio.workspace import Workspace
from tests.conftest import EXAMPLES
from tests.reader.test_more_inputs import word97  # noqa: F401  (a real Word 97 .doc, made once by LibreOffice)

CHROMIUM = os.environ.get("JIANGGAO_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
# A host name that resolves to the studio, as a DNS-rebinding attacker's would.
REBOUND_HOST = "rebound.example"



@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """A writer's folder: one spec (the advancement example)."""
    work = tmp_path / "work"
    work.mkdir()
    shutil.copy(EXAMPLES / "advancement.yaml", work / "speech.yaml")
    return work


@pytest.fixture
def studio(folder: Path) -> Iterator[StudioServer]:
    server = StudioServer(Workspace(folder), initial="speech.yaml").start()
    yield server
    server.stop()


def _unavailable(message: str) -> None:
    if os.environ.get("JIANGGAO_REQUIRE_BROWSER") == "1":
        pytest.fail(f"{message}, but JIANGGAO_REQUIRE_BROWSER=1")
    pytest.skip(message)


@pytest.fixture(scope="session")
def browser() -> Iterator[object]:
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _unavailable("Playwright is not installed")
    if not os.path.exists(CHROMIUM):
        _unavailable(f"no chromium at {CHROMIUM}")
    from playwright.sync_api import expect

    expect.set_options(timeout=15_000)  # a loaded CI machine is slower than a desk
    with sync_playwright() as playwright:
        args = [*CHROMIUM_ARGS, f"--host-resolver-rules=MAP {REBOUND_HOST} 127.0.0.1"]
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=args)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser, studio: StudioServer) -> Iterator[object]:
    """The studio's page, opened on speech.yaml, its first analysis shown."""
    context = browser.new_context(viewport={"width": 1600, "height": 1000}, accept_downloads=True)
    tab = context.new_page()
    errors: list[str] = []
    tab.on("pageerror", lambda exc: errors.append(str(exc)))
    tab.goto(studio.url)
    tab.wait_for_selector("[data-testid=preview-page]")
    yield tab
    context.close()
    assert not errors, errors

"""Browser tests: Chromium, driven through Playwright, against a live test server.

Each test gets a fresh browser context (no cookies, no storage), so an editor's session never
leaks into a reader's view. The browser itself is started once per test run.
"""

import os
import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from django.db import connections
from playwright.sync_api import Browser, BrowserContext, Page, expect, sync_playwright

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
TIMEOUT_MS = 15_000
FAILURE_SCREENSHOTS = Path(__file__).resolve().parent.parent / "test-results"

expect.set_options(timeout=TIMEOUT_MS)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item, call):
    report = yield
    if report.when == "call":
        item.browser_test_failed = report.failed
    return report


@pytest.fixture(scope="session")
def browser(live_server) -> Iterator[Browser]:
    # Requesting the live server here makes it outlive the browser: when Chromium quits, its
    # open connections end and the server's threads touch the database one last time.
    if not os.access(CHROMIUM, os.X_OK):
        pytest.fail(
            f"Chromium is not installed at {CHROMIUM}. Run `make test` as root to install it, "
            "or set CHROMIUM to the path of a Chromium binary."
        )
    # Playwright's sync API runs an event loop in this thread, and Django refuses database
    # calls from a thread with a running loop; the test code itself is synchronous, so this
    # is safe here and only here.
    previous = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    test_connections = {alias: connections[alias] for alias in connections}
    try:
        with sync_playwright() as playwright:
            # With that loop running, Django keeps its connections in a store of their own;
            # hand it the connections the test database was set up on, so that the live
            # server, the test and serialized_rollback all keep seeing the same database.
            for alias, connection in test_connections.items():
                connections[alias] = connection
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            yield browser
            browser.close()
    finally:
        if previous is None:
            os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
        else:
            os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = previous


@pytest.fixture
def new_page(browser, live_server, request) -> Iterator[Callable[[], Page]]:
    """Open a page in a new browser context: a visitor of its own, signed out."""
    contexts: list[BrowserContext] = []

    def open_page() -> Page:
        context = browser.new_context(base_url=live_server.url, locale="en-GB")
        context.set_default_timeout(TIMEOUT_MS)
        contexts.append(context)
        return context.new_page()

    yield open_page

    failed = getattr(request.node, "browser_test_failed", False)
    for number, context in enumerate(contexts):
        try:
            if failed:
                save_screenshots(context, f"{request.node.nodeid}-{number}")
        finally:
            context.close()


def save_screenshots(context: BrowserContext, name: str) -> None:
    """Keep what each page of a failed test showed, in test-results/."""
    FAILURE_SCREENSHOTS.mkdir(exist_ok=True)
    name = re.sub(r"[^\w.-]+", "_", name)
    for number, page in enumerate(context.pages):
        page.screenshot(path=FAILURE_SCREENSHOTS / f"{name}-{number}.png", full_page=True)


@pytest.fixture
def page(new_page) -> Page:
    return new_page()

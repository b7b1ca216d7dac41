"""Browser tests: pytest-playwright driving Debian's chromium (/usr/bin/chromium, installed by .ci/run).

Playwright's own browser download cannot work here (no network but package registries), so the
launch points at the system chromium. Every page a test opens is watched: a request to anything but
the local test server is recorded and aborted, and the test then fails (see `foreign_requests`).
"""
import os
import shutil
from pathlib import Path
from urllib.parse import urlsplit

import pytest

# Playwright's sync API keeps an event loop in the test thread; Django then refuses ORM calls from
# fixtures ("async context"). The tests never run async code of their own.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",  # CI runs as root in a container
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-default-apps",
]
LOCAL_HOSTS = {"localhost", "127.0.0.1", "::1"}
LOCAL_SCHEMES = {"data", "blob", "about"}

import archive_test_support as corpus


def pytest_collection_modifyitems(config, items):
    for item in items:
        if Path(str(item.fspath)).parent == Path(__file__).parent:
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    if not (shutil.which(CHROMIUM) or Path(CHROMIUM).exists()):
        message = f"{CHROMIUM} is missing: apt-get install chromium (.ci/run does)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return {**browser_type_launch_args, "executable_path": CHROMIUM, "args": CHROMIUM_ARGS}


@pytest.fixture(scope="session")
def browser_context_args(browser_context_args):
    # A Chinese-speaking reader by default; tests that need English switch language in the page.
    return {**browser_context_args, "locale": "zh-CN", "viewport": {"width": 1280, "height": 900}}


def is_local(url: str) -> bool:
    parts = urlsplit(url)
    return parts.scheme in LOCAL_SCHEMES or (parts.hostname or "") in LOCAL_HOSTS


@pytest.fixture
def foreign_requests(context) -> list[str]:
    """URLs of non-local requests any page of this test tried; they are aborted, never sent."""
    seen: list[str] = []

    def guard(route):
        if is_local(route.request.url):
            route.continue_()
        else:
            seen.append(route.request.url)
            route.abort()

    context.route("**/*", guard)
    return seen


@pytest.fixture
def page(page, foreign_requests):
    """pytest-playwright's page, failing the test if it (or any page of its context) went off-site."""
    yield page
    assert not foreign_requests, f"pages requested non-local URLs: {foreign_requests}"


@pytest.fixture
def archive(transactional_db, tmp_path):
    """seeds/ and tests/web/samples/ imported and indexed for this test. pytest-django gives every
    live_server test a transactional database, flushed afterwards, so the archive is loaded per test."""
    with corpus.imported_archive(tmp_path) as articles:
        yield articles


@pytest.fixture
def site(live_server, archive):
    """The live server's base URL, with the test archive loaded."""
    return live_server.url


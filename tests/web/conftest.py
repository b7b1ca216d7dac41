"""Fixtures for the web page tests: one imported and indexed archive per module (read-only)."""
import pytest

import archive_test_support as corpus


@pytest.fixture(scope="module")
def archive(django_db_setup, django_db_blocker, tmp_path_factory):
    """{origin: Article} for seeds/ and tests/web/samples/. Tests must not change it."""
    with django_db_blocker.unblock(), corpus.imported_archive(tmp_path_factory.mktemp("web-index")) as articles:
        yield articles


@pytest.fixture
def article(archive):
    """Articles by the start of their file name: article("003") is seeds/003_….txt."""
    def find(prefix: str):
        matches = [a for origin, a in archive.items() if origin.startswith(prefix)]
        assert len(matches) == 1, (prefix, list(archive))
        return matches[0]
    return find

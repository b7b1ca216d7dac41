"""Fixtures for the web page tests: one imported and indexed archive per module (read-only)."""
import importlib.util
from pathlib import Path

import pytest

_spec = importlib.util.spec_from_file_location("web_corpus", Path(__file__).with_name("corpus.py"))
corpus = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(corpus)


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

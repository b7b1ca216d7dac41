"""Fixtures for the admin tests: a private data directory and index per test, and staff users with
exactly the permissions a curator has."""
import importlib.util
from contextlib import contextmanager
from pathlib import Path

import pytest
from django.db import connection
from django.test import Client

import upload_helpers
from upload_helpers import grant

TESTS = Path(__file__).resolve().parent.parent

# The web tests' corpus helpers (a private index via tests/search's index_at; the region table back after
# a flush), loaded by path as tests/browser/conftest.py does: test folders are not packages here.
_spec = importlib.util.spec_from_file_location("web_corpus", TESTS / "web" / "corpus.py")
corpus = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(corpus)


@pytest.fixture
def data_dir(tmp_path, settings):
    """This test's own DATA_DIR: the search index and the upload temporary files live under it."""
    settings.DATA_DIR = tmp_path
    settings.FILE_UPLOAD_TEMP_DIR = tmp_path / "upload-tmp"
    settings.FILE_UPLOAD_TEMP_DIR.mkdir()
    with corpus.index_at(tmp_path):
        # Transactional tests flush every table afterwards, and serialized_rollback cannot be used here
        # (other modules' fixtures delete and re-create regions), so re-create the gazetteer when it is gone.
        corpus.ensure_regions()
        yield tmp_path


@pytest.fixture
def commit(django_capture_on_commit_callbacks):
    """Run the on-commit callbacks registered inside the block, then forget them, as a real commit
    does. pytest-django's capture alone leaves them queued, and search.indexing then believes a drain
    is still scheduled and schedules no new one."""

    @contextmanager
    def committed():
        start = len(connection.run_on_commit)
        with django_capture_on_commit_callbacks(execute=True) as callbacks:
            yield callbacks
        del connection.run_on_commit[start:]

    return committed


@pytest.fixture
def hostile_batch(seeds_dir):
    return upload_helpers.hostile_batch(seeds_dir)


@pytest.fixture
def curator(django_user_model):
    """Staff who may upload and correct articles (not a superuser: permissions are what is tested)."""
    user = django_user_model.objects.create_user("curator", password="curator-pass-1234", is_staff=True)
    grant(user, "add_article", "change_article", "view_article", "delete_article", "view_rawpage")
    return user


@pytest.fixture
def curator_client(curator) -> Client:
    client = Client()
    client.force_login(curator)
    return client

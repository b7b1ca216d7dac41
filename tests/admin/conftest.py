"""Fixtures for the admin tests: a private data directory and index per test, and staff users with
exactly the permissions a curator has."""
from contextlib import contextmanager

import pytest
from django.db import connection
from django.test import Client

import upload_helpers
from upload_helpers import grant


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

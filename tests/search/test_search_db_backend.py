"""The database reference engine (brute force over its own table) against the contract."""
import pytest

from search_contract import ExactSearchContract, IndexLifecycleContract, RebuildUnderReadersContract


@pytest.fixture(scope="class")
def engine_connection():
    return {"ENGINE": "search.db_backend.DatabaseEngine"}


class TestDatabaseExactSearch(ExactSearchContract):
    pass


class TestDatabaseIndexLifecycle(IndexLifecycleContract):
    pass


class TestDatabaseRebuildUnderReaders(RebuildUnderReadersContract):
    pass

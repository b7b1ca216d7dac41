"""Shared fixtures. Test data lives in folders beside the tests that use it (samples + golden files)."""
import os
from pathlib import Path

import pytest

# Any per-document fallback of the search engine raises in tests (search.fastpath): a silent fall back to
# the slow paths would otherwise only show as a slower benchmark.
os.environ.setdefault("SEARCH_STRICT_FAST_PATHS", "1")

import archive_test_support

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO / "seeds"
SHARED = REPO.parent / "shared"
DXY_DEV = SHARED / "corpora" / "dxy-news-2020" / "dev.jsonl"


@pytest.fixture
def seeds_dir() -> Path:
    return SEEDS


@pytest.fixture
def dxy_dev() -> Path:
    if not DXY_DEV.exists():
        pytest.skip("../shared/corpora/dxy-news-2020 is not present on this machine")
    return DXY_DEV


@pytest.fixture
def data_dir(tmp_path, settings):
    """This test's own DATA_DIR: the search index and the upload temporary files live under it."""
    settings.DATA_DIR = tmp_path
    settings.FILE_UPLOAD_TEMP_DIR = tmp_path / "upload-tmp"
    settings.FILE_UPLOAD_TEMP_DIR.mkdir()
    with archive_test_support.index_at(tmp_path):
        # Transactional tests flush every table afterwards, and serialized_rollback cannot be used here
        # (other modules' fixtures delete and re-create regions), so re-create the gazetteer when it is gone.
        archive_test_support.ensure_regions()
        yield tmp_path

"""Shared fixtures. Test data lives in folders beside the tests that use it (samples + golden files)."""
from pathlib import Path

import pytest

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

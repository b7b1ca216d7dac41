import json

import pytest

from ingest_helpers import SHARED_CORPUS


@pytest.fixture(scope="session")
def dxy_rows() -> list[tuple[bytes, dict]]:
    """(raw line, row) pairs of the DXY dev corpus in ../shared; skips where it is absent."""
    if not SHARED_CORPUS.exists():
        pytest.skip("shared corpus dxy-news-2020 not present")
    lines = SHARED_CORPUS.read_bytes().splitlines()
    return [(line, json.loads(line)) for line in lines if line.strip()]

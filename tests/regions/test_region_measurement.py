"""Region inference measured on the labelled DXY corpus in ../shared (skips when absent).

The same measurement as scripts/measure_regions.py: province accuracy on rows
labelled with a province, and how rarely national (全国) rows get a province.
"""
from pathlib import Path

import pytest

from archive.regions.measurement import measure, read_rows

REPO = Path(__file__).resolve().parents[2]
DEV_CANDIDATES = (
    REPO.parent / "shared" / "corpora" / "dxy-news-2020" / "dev.jsonl",
    Path("/work/shared/corpora/dxy-news-2020/dev.jsonl"),
)


@pytest.fixture(scope="module")
def report():
    corpus = next((path for path in DEV_CANDIDATES if path.exists()), None)
    if corpus is None:
        pytest.skip("the shared corpora (shared/corpora/dxy-news-2020) are not present")
    return measure(read_rows(corpus))


def test_province_accuracy_on_labelled_rows_is_at_least_95_percent(report):
    assert report.province_rows > 1000
    assert report.province_accuracy >= 0.95, [m.title for m in report.misses[:20]]


def test_national_rows_are_rarely_given_a_province(report):
    assert report.national_rows > 100
    assert report.national_false_province_rate <= 0.05, [
        m.title for m in report.misses if m.label == "全国"
    ]


def test_unlabelled_rows_are_mostly_left_without_a_region(report):
    # Unlabelled rows are mostly foreign news (CNN, BBC, 意大利 …).
    assert report.unlabelled_given_region < 0.2 * report.unlabelled_rows

"""Region inference measured through the real import on the shared DXY corpus (skips when absent)."""
import pytest

from archive.evaluation import evaluate_regions


@pytest.mark.django_db
def test_region_inference_meets_the_accuracy_target_on_dxy_dev(dxy_dev):
    report = evaluate_regions(dxy_dev)
    print("\n".join(report.lines()))
    assert report.failed == 0
    assert report.accuracy >= 0.95
    # National rows must not be filed under a province (a handful of noisy labels are tolerated).
    assert report.national_given_province <= 0.05 * report.national

"""Region inference measured through the real import on the shared DXY corpus (skips when absent)."""
import pytest

from archive.evaluation import evaluate_regions


@pytest.mark.django_db
def test_region_inference_meets_the_accuracy_target_on_dxy_dev(dxy_dev):
    report, failed = evaluate_regions(dxy_dev)
    print(f"accuracy {report.province_accuracy:.4f}, national given a province "
          f"{report.national_given_province}/{report.national_rows}")
    assert failed == 0
    assert report.province_accuracy >= 0.95
    # National rows must not be filed under a province (a handful of noisy labels are tolerated).
    assert report.national_false_province_rate <= 0.05


@pytest.mark.django_db
def test_region_evaluation_of_a_folder_says_it_wants_a_jsonl_file(tmp_path):
    from django.core.management import CommandError, call_command

    with pytest.raises(CommandError, match="is not a JSONL file"):
        call_command("evaluate_regions", str(tmp_path))

"""The seed table of the foundation issue, end to end: import each golden sample, read its export record.

Expectations live beside the samples (tests/ingest/samples/<name>.expected.json); the `region` key there
is checked here because region inference needs the region table in the database.
"""
import io
import json
from pathlib import Path

import pytest
from django.core.management import call_command

from archive.export import export_record
from archive.models import Article

SAMPLES = Path(__file__).resolve().parent.parent / "ingest" / "samples"
PAGES = sorted(p for p in SAMPLES.iterdir() if p.suffix in {".txt", ".html", ".htm"})


def expected_for(page: Path) -> dict:
    return json.loads((SAMPLES / f"{page.stem}.expected.json").read_text(encoding="utf-8"))


@pytest.mark.django_db
@pytest.mark.parametrize("sample", PAGES, ids=[p.name for p in PAGES])
def test_imported_sample_matches_its_golden_record(sample):
    call_command("import_articles", str(sample), stdout=io.StringIO(), stderr=io.StringIO())
    record = export_record(Article.objects.get())
    expected = expected_for(sample)
    for field in ("title", "title_supplied", "edtf", "published_at", "date_precision", "source_name", "source_url"):
        if field in expected:
            assert record[field] == expected[field], field
    if "region" in expected:
        got = {key: record[key] for key in ("province", "prefecture", "county")}
        assert got == expected["region"]
    assert record["origin"] == sample.name

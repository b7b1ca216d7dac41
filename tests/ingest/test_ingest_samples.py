"""Golden tests: one case per sample in samples/, expectations in <name>.expected.json."""

from datetime import date

import pytest

from archive.edtf import to_edtf
from archive.ingest import parse_page
from ingest_helpers import expected_for, sample_pages

PAGES = sample_pages()
SCALAR_FIELDS = ("title", "title_supplied", "date_precision", "date_month", "date_day", "date_text", "source_name", "source_url", "encoding")


@pytest.fixture(scope="module")
def parsed():
    return {sample.name: parse_page(sample.read_bytes(), sample.name) for sample in PAGES}


def _cases(key: str):
    return [pytest.param(p, id=p.name) for p in PAGES if key in expected_for(p)]


def test_every_sample_has_golden_expectations():
    missing = [p.name for p in PAGES if not (p.parent / f"{p.stem}.expected.json").exists()]
    assert PAGES and not missing


@pytest.mark.parametrize(
    ("sample", "field"),
    [pytest.param(p, f, id=f"{p.name}-{f}") for p in PAGES for f in SCALAR_FIELDS if f in expected_for(p)],
)
def test_sample_metadata_matches_golden(parsed, sample, field):
    assert getattr(parsed[sample.name], field) == expected_for(sample)[field]


@pytest.mark.parametrize("sample", _cases("published_at"))
def test_sample_published_date_matches_golden(parsed, sample):
    wanted = expected_for(sample)["published_at"]
    assert parsed[sample.name].published_at == (date.fromisoformat(wanted) if wanted else None)


@pytest.mark.parametrize("sample", _cases("edtf"))
def test_sample_edtf_date_matches_golden(parsed, sample):
    found = parsed[sample.name]
    assert to_edtf(found.published_at, found.date_precision, found.date_month, found.date_day) == \
        expected_for(sample)["edtf"]


@pytest.mark.parametrize("sample", _cases("title_must_contain"))
def test_sample_title_contains(parsed, sample):
    for needle in expected_for(sample)["title_must_contain"]:
        assert needle in parsed[sample.name].title


@pytest.mark.parametrize("sample", _cases("title_must_not_contain"))
def test_sample_title_leaves_out(parsed, sample):
    title = parsed[sample.name].title
    assert [s for s in expected_for(sample)["title_must_not_contain"] if s in title] == []


@pytest.mark.parametrize("sample", _cases("body_starts_with"))
def test_sample_body_starts_with_golden_paragraphs(parsed, sample):
    paragraphs = [line for line in parsed[sample.name].body.split("\n") if line]
    for paragraph, prefix in zip(paragraphs, expected_for(sample)["body_starts_with"], strict=False):
        assert paragraph.startswith(prefix)


@pytest.mark.parametrize("sample", _cases("body_ends_with"))
def test_sample_body_ends_with_golden_paragraphs(parsed, sample):
    suffixes = expected_for(sample)["body_ends_with"]
    paragraphs = [line for line in parsed[sample.name].body.split("\n") if line][-len(suffixes):]
    assert len(paragraphs) == len(suffixes)
    for paragraph, suffix in zip(paragraphs, suffixes):
        assert paragraph.endswith(suffix)


@pytest.mark.parametrize("sample", _cases("body_must_contain"))
def test_sample_body_keeps_content(parsed, sample):
    body = parsed[sample.name].body
    assert [s for s in expected_for(sample)["body_must_contain"] if s not in body] == []


@pytest.mark.parametrize("sample", _cases("body_must_not_contain"))
def test_sample_body_has_no_boilerplate_or_pinyin(parsed, sample):
    body = parsed[sample.name].body
    assert [s for s in expected_for(sample)["body_must_not_contain"] if s in body] == []


@pytest.mark.parametrize("sample", [pytest.param(p, id=p.name) for p in PAGES])
def test_sample_body_is_normalised_paragraphs(parsed, sample):
    body = parsed[sample.name].body
    assert body == body.strip()
    assert "\n\n\n" not in body
    assert all(line == line.strip() for line in body.split("\n"))


@pytest.mark.parametrize("sample", [pytest.param(p, id=p.name) for p in PAGES])
def test_sample_title_is_not_repeated_as_first_paragraph(parsed, sample):
    article = parsed[sample.name]
    first = article.body.split("\n", 1)[0]
    assert first != article.title

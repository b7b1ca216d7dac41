"""Golden tests: one case per page in samples/, expectations in <name>.expected.json."""

from datetime import date

import pytest

from archive.ingest import parse_page
from ingest_helpers import expected_for, sample_pages

PAGES = sample_pages()
SCALAR_FIELDS = ("title", "date_precision", "date_month", "date_day", "date_text", "source_name", "source_url", "encoding")


@pytest.fixture(scope="module")
def parsed():
    return {page.name: parse_page(page.read_bytes(), page.name) for page in PAGES}


def _cases(key: str):
    return [pytest.param(p, id=p.name) for p in PAGES if key in expected_for(p)]


def test_every_sample_has_golden_expectations():
    missing = [p.name for p in PAGES if not (p.parent / f"{p.stem}.expected.json").exists()]
    assert PAGES and not missing


@pytest.mark.parametrize(
    ("page", "field"),
    [pytest.param(p, f, id=f"{p.name}-{f}") for p in PAGES for f in SCALAR_FIELDS if f in expected_for(p)],
)
def test_sample_metadata_matches_golden(parsed, page, field):
    assert getattr(parsed[page.name], field) == expected_for(page)[field]


@pytest.mark.parametrize("page", _cases("published_at"))
def test_sample_published_date_matches_golden(parsed, page):
    wanted = expected_for(page)["published_at"]
    assert parsed[page.name].published_at == (date.fromisoformat(wanted) if wanted else None)


@pytest.mark.parametrize("page", _cases("title_must_contain"))
def test_sample_title_contains(parsed, page):
    for needle in expected_for(page)["title_must_contain"]:
        assert needle in parsed[page.name].title


@pytest.mark.parametrize("page", _cases("body_starts_with"))
def test_sample_body_starts_with_golden_paragraphs(parsed, page):
    paragraphs = [line for line in parsed[page.name].body.split("\n") if line]
    for paragraph, prefix in zip(paragraphs, expected_for(page)["body_starts_with"], strict=False):
        assert paragraph.startswith(prefix)


@pytest.mark.parametrize("page", _cases("body_ends_with"))
def test_sample_body_ends_with_golden_paragraphs(parsed, page):
    suffixes = expected_for(page)["body_ends_with"]
    paragraphs = [line for line in parsed[page.name].body.split("\n") if line][-len(suffixes):]
    assert len(paragraphs) == len(suffixes)
    for paragraph, suffix in zip(paragraphs, suffixes):
        assert paragraph.endswith(suffix)


@pytest.mark.parametrize("page", _cases("body_must_contain"))
def test_sample_body_keeps_content(parsed, page):
    body = parsed[page.name].body
    assert [s for s in expected_for(page)["body_must_contain"] if s not in body] == []


@pytest.mark.parametrize("page", _cases("body_must_not_contain"))
def test_sample_body_has_no_boilerplate_or_pinyin(parsed, page):
    body = parsed[page.name].body
    assert [s for s in expected_for(page)["body_must_not_contain"] if s in body] == []


@pytest.mark.parametrize("page", [pytest.param(p, id=p.name) for p in PAGES])
def test_sample_body_is_normalised_paragraphs(parsed, page):
    body = parsed[page.name].body
    assert body == body.strip()
    assert "\n\n\n" not in body
    assert all(line == line.strip() for line in body.split("\n"))


@pytest.mark.parametrize("page", [pytest.param(p, id=p.name) for p in PAGES])
def test_sample_title_is_not_repeated_as_first_paragraph(parsed, page):
    article = parsed[page.name]
    first = article.body.split("\n", 1)[0]
    assert first != article.title

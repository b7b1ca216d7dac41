"""JSONL records: already clean, so only depinyin and light cleaning; fields pass through."""

from datetime import date
from types import SimpleNamespace

import pytest

from archive.ingest import ParsedArticle, parse_page, parse_record
from ingest_helpers import seed_path

RECORD = {
    "title": "澤庫縣召開疫情防控分析研判會(huì)議",
    "body": "會議強(qiáng)調,疫情防控形勢持續平穩向好。\n\n\n要堅持解封不解防、放開不放松。\r\n",
    "published_at": "2022-05-25",
    "source_name": "澤庫縣人民政府",
    "source_url": "http://www.zeku.gov.cn/a/1.html",
}


def record(**changes) -> ParsedArticle:
    return parse_record({**RECORD, **changes}, raw=b"{...}", origin="test.jsonl:1")


def test_record_fields_pass_through_in_original_script():
    article = record()
    assert article.title == "澤庫縣召開疫情防控分析研判會議"
    assert article.body == "會議強調,疫情防控形勢持續平穩向好。\n\n要堅持解封不解防、放開不放松。"
    assert (article.source_name, article.source_url) == ("澤庫縣人民政府", "http://www.zeku.gov.cn/a/1.html")
    assert article.warnings == ("removed 1 pinyin annotations",)
    assert article.encoding == "utf_8"  # same codec naming as pages: the JSON reader decoded UTF-8


@pytest.mark.parametrize(
    ("value", "published", "precision"),
    [
        ("2020-03-27 15:17:56", date(2020, 3, 27), "day"),
        ("2020-03-27", date(2020, 3, 27), "day"),
        (None, None, "unknown"),
        ("", None, "unknown"),
    ],
)
def test_record_dates(value, published, precision):
    article = record(published_at=value)
    assert (article.published_at, article.date_precision) == (published, precision)
    assert article.date_month == (published.month if published else None)


def test_malformed_record_date_is_a_warning_not_a_guess():
    article = record(published_at="27/03/2020")
    assert (article.published_at, article.date_precision, article.date_text) == (None, "unknown", "27/03/2020")
    assert any("published_at '27/03/2020'" in w for w in article.warnings)


def test_declared_region_fields_are_passed_through():
    article = record(province="青海省", prefecture="黄南藏族自治州", county="泽库县", region_code="632323", city=None)
    assert article.declared_region == {
        "region_code": "632323", "province": "青海省", "prefecture": "黄南藏族自治州", "county": "泽库县",
    }
    assert record().declared_region == {}


def test_record_without_title_gets_one_from_its_body():
    article = record(title=None)
    assert article.title == "會議強調,疫情防控形勢持續平穩向好"
    assert "record has no title: title derived from the body" in article.warnings


def test_region_hook_is_empty_without_an_inferrer():
    article = record()
    assert (article.region_code, article.region_confidence, article.region_evidence) == (None, 0.0, ())


def test_region_hook_carries_the_inferrers_answer():
    calls = []

    def infer_region(*, title, body, source_name, source_url, page="", title_devised=False):
        calls.append((title, source_name, source_url))
        return SimpleNamespace(code="632323", confidence=0.93, evidence=["title: 澤庫縣"])

    article = parse_record(RECORD, raw=b"{}", origin="t:1", region_inferrer=infer_region)
    assert calls == [("澤庫縣召開疫情防控分析研判會議", "澤庫縣人民政府", "http://www.zeku.gov.cn/a/1.html")]
    assert (article.region_code, article.region_confidence, article.region_evidence) == ("632323", 0.93, ("title: 澤庫縣",))


def test_region_hook_works_for_pages_and_accepts_no_answer():
    page = seed_path("002")
    article = parse_page(page.read_bytes(), page.name, region_inferrer=lambda **_: None)
    assert article.region_code is None
    article = parse_page(
        page.read_bytes(), page.name, region_inferrer=lambda **kw: SimpleNamespace(code="632323", confidence=1, evidence=())
    )
    assert article.region_code == "632323"


def test_whole_dxy_corpus_parses(dxy_rows):
    for number, (raw, row) in enumerate(dxy_rows, start=1):
        article = parse_record(row, raw=raw, origin=f"dev.jsonl:{number}")
        assert article.title == row["title"].strip()
        assert article.published_at is not None and article.date_precision == "day"
        assert article.declared_region == ({"province": row["province"]} if row["province"] else {})

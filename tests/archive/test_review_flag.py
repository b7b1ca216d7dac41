"""Which fresh extractions are flagged "needs review" for staff."""
import json

import pytest

from archive.models import Article
from archive.services import article_ingest

pytestmark = pytest.mark.django_db


def ingest(record: dict) -> Article:
    raw = json.dumps(record, ensure_ascii=False).encode("utf-8")
    outcome = article_ingest(raw=raw, origin="rows.jsonl:1", record=record)
    return Article.objects.get(pk=outcome.article_id)


def test_a_clearly_national_article_with_a_full_date_is_not_flagged():
    article = ingest({"title": "国务院联防联控机制新闻发布会", "body": "国家卫健委介绍，全国新增确诊病例。",
                      "published_at": "2020-03-01", "source_name": "新华社", "source_url": ""})
    assert article.region is None
    assert not article.needs_review


def test_a_clearly_local_article_with_a_full_date_is_not_flagged():
    article = ingest({"title": "泽库县召开疫情防控会议", "body": "泽库县人民政府召开会议，部署疫情防控。",
                      "published_at": "2022-05-25", "source_name": "泽库县人民政府", "source_url": ""})
    assert article.region.name == "泽库县"
    assert not article.needs_review


def test_an_article_without_a_year_is_flagged():
    article = ingest({"title": "泽库县召开疫情防控会议", "body": "泽库县人民政府召开会议。",
                      "published_at": None, "source_name": "", "source_url": ""})
    assert article.needs_review


def test_a_date_after_the_collection_period_is_flagged_as_a_possible_later_copy():
    article = ingest({"title": "泉州体育赛事一律延期", "body": "泉州市体育局通知，体育赛事一律延期举办。",
                      "published_at": "2025-01-28", "source_name": "泉州市体育局", "source_url": ""})
    assert article.needs_review
    assert any("outside the collection's period" in reason for reason in article.review_reasons)


def test_a_date_inside_the_collection_period_is_not_flagged_for_its_date():
    article = ingest({"title": "泉州体育赛事一律延期", "body": "泉州市体育局通知，体育赛事一律延期举办。",
                      "published_at": "2020-01-28", "source_name": "泉州市体育局", "source_url": ""})
    assert not any(reason.startswith("date") for reason in article.review_reasons)


def test_a_year_taken_from_the_texts_own_dates_is_flagged(tmp_path):
    page = ("示例市调整部分区域风险等级\n10月9日,示例市新冠肺炎疫情防控指挥部发布通告,经专家研判,"
            "自2022年10月9日18时起,将示例区部分区域调整为低风险区。\n").encode("utf-8")
    outcome = article_ingest(raw=page, origin="page.txt")
    article = Article.objects.get(pk=outcome.article_id)
    assert str(article.published_at) == "2022-10-09"
    assert any("taken from dates its text reports" in reason for reason in article.review_reasons)

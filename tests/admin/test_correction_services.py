"""archive.services.article_correct and article_reextract, below the admin: the rules they keep."""
import json
from datetime import date

import pytest
from django.core.exceptions import ValidationError

from archive import services
from archive.intake import items_from_bytes
from archive.models import Article
from upload_helpers import BatchFile, post_upload, seed_text

pytestmark = pytest.mark.django_db


def ingest(name: str, data: bytes) -> Article:
    (outcome,) = services.ingest_items(items_from_bytes(name, data, services.upload_limits()))
    assert outcome.status == "created", outcome
    return Article.objects.get(pk=outcome.article_id)


@pytest.fixture
def zeku(data_dir, seeds_dir) -> Article:
    return ingest("zeku.txt", seed_text(seeds_dir, "002").encode())


def test_only_the_correctable_fields_can_be_corrected(zeku, curator):
    with pytest.raises(ValueError, match="not correctable by staff: body, fingerprint"):
        services.article_correct(zeku, user=curator, body="x", fingerprint="y")


def test_clearing_the_region_is_a_staff_decision_with_no_confidence(zeku, curator):
    services.article_correct(zeku, user=curator, region=None)
    zeku.refresh_from_db()
    assert (zeku.region, zeku.region_source, zeku.region_confidence) == (None, "staff", 0.0)
    assert not zeku.needs_review  # staff looked: no region is an answer, not a doubt


def test_month_precision_keeps_the_first_of_the_month(zeku, curator):
    services.article_correct(zeku, user=curator, published_at=date(2022, 5, 25), date_precision="month")
    zeku.refresh_from_db()
    assert (zeku.published_at, zeku.date_month, zeku.date_day) == (date(2022, 5, 1), 5, None)


def test_a_date_contradicting_its_precision_is_refused(zeku, curator):
    with pytest.raises(ValidationError) as raised:
        services.article_correct(zeku, user=curator, date_precision="day", published_at=None)
    assert "published_at" in raised.value.error_dict
    zeku.refresh_from_db()
    assert zeku.published_at == date(2022, 5, 25)


def test_a_jsonl_record_is_re_extracted_from_its_line(data_dir, curator):
    line = json.dumps({"title": "泽库县召开疫情防控会议", "body": "泽库县人民政府召开会议，部署疫情防控。",
                       "published_at": "2022-05-25", "county": "泽库县"}, ensure_ascii=False)
    article = ingest("rows.jsonl", line.encode())
    Article.objects.filter(pk=article.pk).update(title="an older pipeline's title")
    article.refresh_from_db()

    outcome = services.article_reextract(article)

    article.refresh_from_db()
    assert outcome.changed == ("title",)
    assert article.title == "泽库县召开疫情防控会议"
    assert article.region.code == "632323"


def test_re_extraction_keeps_every_field_staff_corrected(data_dir, curator):
    line = json.dumps({"title": "泽库县召开疫情防控会议", "body": "泽库县人民政府召开会议，部署疫情防控。",
                       "published_at": "2022-05-25", "source_name": "泽库县融媒体中心"}, ensure_ascii=False)
    article = ingest("rows.jsonl", line.encode())
    services.article_correct(article, user=curator, title="泽库县召开第二次疫情防控会议",
                             published_at=date(2022, 5, 26), date_precision="day")
    Article.objects.filter(pk=article.pk).update(source_name="an older pipeline's publisher")
    article.refresh_from_db()
    assert sorted(article.staff_corrected) == ["date_precision", "published_at", "title"]

    outcome = services.article_reextract(article)

    article.refresh_from_db()
    assert outcome.changed == ("source_name",)
    assert article.title == "泽库县召开第二次疫情防控会议"
    assert article.edtf == "2022-05-26"
    assert article.source_name == "泽库县融媒体中心"


def test_re_extraction_never_makes_two_articles_identical(data_dir, seeds_dir):
    first = ingest("changdu.txt", seed_text(seeds_dir, "000").encode())
    other = ingest("youyang.txt", seed_text(seeds_dir, "001").encode())
    # As if an older pipeline had cleaned `first` differently and `other` now held its text.
    Article.objects.filter(pk=first.pk).update(fingerprint="from-an-older-pipeline")
    Article.objects.filter(pk=other.pk).update(fingerprint=first.fingerprint)
    first.refresh_from_db()

    outcome = services.article_reextract(first)

    assert outcome.status == "failed"
    assert outcome.reason == f"the new extraction is identical to #{other.pk}; left unchanged"
    first.refresh_from_db()
    assert first.fingerprint == "from-an-older-pipeline"


def test_the_upload_summary_shows_in_the_admins_recent_actions(data_dir, curator_client, seeds_dir):
    post_upload(curator_client, [BatchFile("changdu.txt", seed_text(seeds_dir, "000").encode())])
    index = curator_client.get("/admin/")
    assert index.status_code == 200
    assert "Upload of 1 file(s): 1 created" in index.content.decode()

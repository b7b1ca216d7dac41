"""Hostile records and archives: formula cells, script addresses, NUL characters, links inside zips."""
import csv
import io
import json
import stat
import zipfile

import pytest

from archive import services
from archive.export import iter_csv, spreadsheet_safe
from archive.intake import items_from_bytes
from archive.models import Article


def ingest_jsonl(record: dict):
    line = json.dumps(record, ensure_ascii=False).encode()
    return list(services.ingest_items(items_from_bytes("rows.jsonl", line, services.upload_limits())))


@pytest.mark.parametrize("cell", ["=HYPERLINK(\"http://x\")", "+1+1", "-2+3", "@SUM(A1)", "\t=1", "\r=1"])
def test_a_cell_a_spreadsheet_would_evaluate_is_neutralised(cell):
    assert spreadsheet_safe(cell) == "'" + cell


def test_ordinary_cells_are_left_as_they_are():
    assert spreadsheet_safe("泽库县召开会议") == "泽库县召开会议"
    assert spreadsheet_safe(None) == ""


@pytest.mark.django_db
def test_the_csv_export_never_starts_a_cell_with_a_formula(data_dir):
    [outcome] = ingest_jsonl({"title": "=cmd|' /C calc'!A0", "body": "某县召开疫情防控会议，部署工作。",
                              "published_at": "2022-05-25"})
    text = "".join(iter_csv(Article.objects.filter(pk=outcome.article_id)))
    row = next(csv.DictReader(io.StringIO(text.lstrip("\ufeff"))))
    assert row["title"] == "'=cmd|' /C calc'!A0"


@pytest.mark.django_db
def test_a_script_address_is_not_kept_as_a_source_url_and_never_linked(client, data_dir):
    [outcome] = ingest_jsonl({"title": "某县召开疫情防控会议", "body": "某县召开疫情防控会议，部署工作。",
                              "published_at": "2022-05-25", "source_url": "javascript:alert(document.domain)"})
    article = Article.objects.get(pk=outcome.article_id)
    assert article.source_url == ""
    assert any("not an http(s) address" in w for w in article.extraction_warnings)
    page = client.get(article.get_absolute_url()).content.decode()
    assert "href=\"javascript:" not in page  # shown, escaped, only inside the raw record


@pytest.mark.django_db
def test_nul_characters_in_a_record_are_not_stored(data_dir):
    [outcome] = ingest_jsonl({"title": "某县\u0000召开会议", "body": "某县召开\u0000疫情防控会议，部署工作。",
                              "published_at": "2022-05-25"})
    article = Article.objects.get(pk=outcome.article_id)
    assert "\x00" not in article.title + article.body


def _zip_with_link() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("page.txt", "某县召开疫情防控会议\n某县召开疫情防控会议，部署近期疫情防控重点工作。会议要求各乡镇落实责任。")
        link = zipfile.ZipInfo("link.txt")
        link.create_system = 3  # Unix
        link.external_attr = (stat.S_IFLNK | 0o777) << 16
        archive.writestr(link, "/etc/passwd")
        device = zipfile.ZipInfo("null.txt")
        device.create_system = 3
        device.external_attr = (stat.S_IFCHR | 0o666) << 16
        archive.writestr(device, "")
    return buffer.getvalue()


def test_links_and_device_files_inside_a_zip_are_refused_by_name():
    items = {item.origin: item for item in items_from_bytes("batch.zip", _zip_with_link(), services.upload_limits())}
    assert items["batch.zip/link.txt"].kind == "refused"
    assert "symbolic link" in items["batch.zip/link.txt"].reason
    assert items["batch.zip/null.txt"].kind == "refused"
    assert items["batch.zip/page.txt"].kind == "page"


@pytest.mark.django_db
@pytest.mark.parametrize(("field", "value", "reason"), [
    ("province", ["青海省"], "field 'province' must be text or null, not a list"),
    ("province", 63, "field 'province' must be text or null, not a number"),
    ("title", "\ud800", "field 'title' holds an unpaired surrogate"),
])
def test_a_malformed_record_fails_by_field_and_line_and_the_batch_goes_on(data_dir, field, value, reason):
    good = {"title": "某县召开疫情防控会议", "body": "某县召开疫情防控会议，部署工作。", "published_at": "2022-05-25"}
    bad = {**good, "title": "另一县召开疫情防控会议", field: value}
    # ASCII JSON, as a careless exporter writes it: "\ud800" arrives as an escape, valid JSON text.
    lines = b"\n".join(json.dumps(r).encode() for r in (bad, {**good, "title": "第三县召开会议"}))
    outcomes = list(services.ingest_items(items_from_bytes("rows.jsonl", lines, services.upload_limits())))
    assert [o.status for o in outcomes] == ["failed", "created"]
    assert outcomes[0].origin == "rows.jsonl:1" and reason in outcomes[0].reason
    from archive.models import RawPage
    assert RawPage.objects.filter(origin="rows.jsonl:1", article=None).count() == 1  # its bytes are kept


@pytest.mark.django_db
def test_a_page_over_the_body_limit_is_refused_with_the_limit(data_dir):
    from archive.ingest.pipeline import MAX_BODY_CHARACTERS
    # (paragraphs that differ, or the page would be one paragraph printed many times, which the body keeps once)
    paragraphs = "".join(f"会议要求第{n}个乡镇落实防控责任，严格执行各项措施。\n" for n in range(MAX_BODY_CHARACTERS // 20))
    page = ("某县召开疫情防控会议\n" + paragraphs).encode()
    [outcome] = services.ingest_items(items_from_bytes("huge.txt", page, services.upload_limits()))
    assert outcome.status == "failed"
    assert f"over the limit of {MAX_BODY_CHARACTERS:,}" in outcome.reason


@pytest.mark.django_db
def test_the_bytes_of_a_line_that_is_not_json_are_kept(data_dir):
    from archive.models import RawPage
    [outcome] = services.ingest_items(items_from_bytes("rows.jsonl", b'{"title": "x", broken', services.upload_limits()))
    assert outcome.status == "failed" and "not valid JSON" in outcome.reason
    assert bytes(RawPage.objects.get(origin="rows.jsonl:1").content) == b'{"title": "x", broken'

"""WARC import: each HTML/text response record is a page (raw bytes = HTTP payload, source URL = target
URI, capture date kept as evidence); everything else is skipped and counted; zip limits apply."""
import io
from dataclasses import replace

import pytest
from django.core.management import call_command

from archive.intake import Limits, items_from_bytes, items_from_warc
from archive.models import Article, RawPage
from warc_samples import CAPTURED, build_warc

pytestmark = pytest.mark.django_db


def run_import(*paths) -> tuple[str, str]:
    out, err = io.StringIO(), io.StringIO()
    call_command("import_articles", *map(str, paths), stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


@pytest.mark.parametrize("gzip, name", [(True, "crawl.warc.gz"), (False, "crawl.warc")])
def test_a_warc_of_three_pages_and_other_records_imports_three_articles_with_their_uris(data_dir, tmp_path,
                                                                                        gzip, name):
    data, expected = build_warc(gzip=gzip)
    path = tmp_path / name
    path.write_bytes(data)
    out, _ = run_import(path)
    assert "3 created, 0 duplicate, 0 failed, 6 skipped" in out
    for skipped in ("image/png response", "application/javascript response", "HTTP status 404", "revisit record",
                    "DNS lookup", "3 request, 1 warcinfo record(s)"):
        assert skipped in out
    assert Article.objects.count() == 3
    for page in expected:
        article = Article.objects.get(source_url=page["uri"])
        assert article.title == page["title"]
        assert article.published_at.isoformat() == page["day"]  # the page's date, not the crawl's
        assert any(CAPTURED in w and "not its publication date" in w for w in article.extraction_warnings)
        raw = RawPage.objects.get(article=article)
        assert bytes(raw.content) == page["payload"]  # the HTTP payload, byte for byte
        assert raw.origin.startswith(f"{name}/record-")


def test_a_gb18030_payload_is_decoded_like_any_page(data_dir, tmp_path):
    data, expected = build_warc()
    (tmp_path / "crawl.warc.gz").write_bytes(data)
    run_import(tmp_path / "crawl.warc.gz")
    article = Article.objects.get(source_url=expected[1]["uri"])
    assert article.raw_encoding.replace("-", "").replace("_", "").lower() in {"gb18030", "gbk", "gb2312"}
    assert "农贸市场" in article.body


def test_importing_the_same_warc_again_creates_nothing(data_dir, tmp_path):
    data, _ = build_warc()
    (tmp_path / "crawl.warc.gz").write_bytes(data)
    run_import(tmp_path / "crawl.warc.gz")
    out, _ = run_import(tmp_path / "crawl.warc.gz")
    assert "0 created, 3 duplicate, 0 failed" in out
    assert Article.objects.count() == 3


def test_too_many_records_is_refused_like_a_zip_with_too_many_files():
    data, _ = build_warc()
    items = list(items_from_bytes("crawl.warc.gz", data, replace(Limits(), max_zip_members=4)))
    assert [i.kind for i in items].count("page") == 1
    assert any(i.kind == "refused" and "more than 4 records" in i.reason for i in items)


def test_a_page_over_the_size_limit_is_refused_and_the_rest_still_read():
    data, expected = build_warc(gzip=False)
    smallest = min(len(p["payload"]) for p in expected)
    items = list(items_from_warc("crawl.warc", data, replace(Limits(), max_file_bytes=smallest)))
    refused = [i for i in items if i.kind == "refused"]
    assert len(refused) == 2 and all("larger than" in i.reason for i in refused)
    assert [i.source_url for i in items if i.kind == "page"] == [p["uri"] for p in expected
                                                                 if len(p["payload"]) <= smallest]


def test_a_gzip_bomb_is_refused_by_the_expansion_ratio():
    data, _ = build_warc()
    items = list(items_from_bytes("crawl.warc.gz", data, replace(Limits(), max_compression_ratio=0)))
    assert not [i for i in items if i.kind == "page"]
    assert any(i.kind == "refused" and "ratio" in i.reason for i in items)


@pytest.mark.parametrize("data, reason", [
    (b"this is not a crawl file at all\r\n\r\n", "not a WARC file"),
    (b"", "not a WARC file"),
    (b"\x1f\x8b garbage", "not a readable WARC file"),
    (b"WARC/1.0\r\nWARC-Type: response\r\n\r\n", "not a readable WARC file"),
])
def test_a_file_that_is_not_a_warc_is_refused_with_a_reason(data, reason):
    (item,) = items_from_bytes("crawl.warc", data, Limits())
    assert item.kind == "refused" and item.reason.startswith(reason)


def test_the_admin_upload_accepts_warc_files():
    from archive.forms import ArticleUploadForm

    accept = ArticleUploadForm().fields["files"].widget.attrs["accept"]
    assert ".warc" in accept.split(",") and ".warc.gz" in accept.split(",")

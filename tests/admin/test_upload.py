"""The batch upload page: every file's outcome by name, articles searchable at once, the admin log."""
import json

import pytest
from django.contrib.admin.models import ADDITION, LogEntry
from django.urls import reverse

from archive.models import Article, RawPage
from upload_helpers import (
    SAMPLES,
    UPLOAD_URL,
    BatchFile,
    change_url,
    outcomes_by_name,
    post_upload,
    seed_text,
    zip_of,
)

# name shown → (title, published_at, region code); the pages are the seeds and the sample HTML page.
EXPECTED_ARTICLES = {
    "hanjiang.html": ("邗江区全力做好新一轮全员核酸检测工作", "2021-08-05", "321003"),
    "changdu-gb18030.txt": ("昌都:出台“12个持续”新举措 做好社会面清零后续重点工作", "2022-09-02", "540300"),
    "zeku-big5.txt": ("澤庫縣召開疫情防控分析研判會議", "2022-05-25", "632323"),
    "daily/youyang.txt": ("酉阳县委书记祁美文:已连续多日实现社会面病例“零发生”", "2022-11-26", "500242"),
    # The Chengdu page has no headline line: its title is derived, so only date and region are pinned.
    "daily/chengdu.txt": (None, "2020-02-04", "510100"),
}
EXPECTED_REFUSALS = {
    "screenshot.txt": "binary file (looks like PNG image)",
    "empty.txt": "empty file",
    "../../escape.txt": "unsafe path inside the zip",
}
# A word each real page is found by, and the encoding it arrived in.
SEARCH_TERMS = {"hanjiang.html": "邗江", "changdu-gb18030.txt": "昌都", "zeku-big5.txt": "泽库",
                "daily/youyang.txt": "酉阳", "daily/chengdu.txt": "成都"}


def search_ids(client, query: str) -> set[int]:
    response = client.get("/api/search", {"q": query})
    assert response.status_code == 200, response.content
    return {row["id"] for row in response.json()["results"]}


@pytest.mark.django_db(transaction=True)
def test_a_mixed_batch_becomes_articles_found_by_search_at_once_and_hostile_files_are_refused_by_name(
    data_dir, curator_client, hostile_batch, client
):
    # transaction=True: each page commits inside the request, as in production, so on_commit indexing
    # has run by the time the response arrives. Nothing is drained by the test.
    response = post_upload(curator_client, hostile_batch)

    assert response.status_code == 200
    rows = outcomes_by_name(response)
    assert set(rows) == set(EXPECTED_ARTICLES) | set(EXPECTED_REFUSALS)
    for name, reason in EXPECTED_REFUSALS.items():
        assert rows[name]["status"] == "failed", name
        assert reason in rows[name]["reason"], name
    for name, (title, published_at, region_code) in EXPECTED_ARTICLES.items():
        assert rows[name]["status"] == "created", (name, rows[name]["reason"])
        article = Article.objects.select_related("region").get(pk=rows[name]["article_id"])
        if title is not None:
            assert article.title == title
        assert article.published_at.isoformat() == published_at, name
        assert article.date_precision == "day"
        assert article.region.code == region_code, name
        assert article.id in search_ids(client, SEARCH_TERMS[name]), name
    assert Article.objects.count() == len(EXPECTED_ARTICLES)
    counts = response.context["counts"]
    assert (counts["created"], counts["duplicate"], counts["failed"]) == (5, 0, 3)


def test_encodings_are_detected_and_recorded(db, data_dir, curator_client, hostile_batch):
    rows = outcomes_by_name(post_upload(curator_client, hostile_batch))
    encodings = {name: Article.objects.get(pk=rows[name]["article_id"]).raw_encoding
                 for name in ("changdu-gb18030.txt", "zeku-big5.txt", "hanjiang.html")}
    assert encodings == {"changdu-gb18030.txt": "gb18030", "zeku-big5.txt": "big5", "hanjiang.html": "utf_8"}


def test_files_inside_a_zip_are_listed_beneath_the_zip(db, data_dir, curator_client, hostile_batch):
    response = post_upload(curator_client, hostile_batch)
    rows = response.context["rows"]
    names = [(row["name"], row["status"], row["member"]) for row in rows]
    start = names.index(("two-pages.zip", "container", False))
    assert names[start + 1:start + 3] == [("daily/youyang.txt", "created", True),
                                          ("daily/chengdu.txt", "created", True)]
    assert Article.objects.get(pk=rows[start + 1]["article_id"]).origin == "two-pages.zip/daily/youyang.txt"


def test_a_page_uploaded_again_is_a_duplicate_linking_to_the_first_article(db, data_dir, curator_client):
    page = (SAMPLES / "005_gov_page.html").read_bytes()
    first = outcomes_by_name(post_upload(curator_client, [BatchFile("first.html", page)]))["first.html"]

    response = post_upload(curator_client, [BatchFile("again.html", page)])

    again = outcomes_by_name(response)["again.html"]
    assert (again["status"], again["article_id"]) == ("duplicate", first["article_id"])
    html = response.content.decode()
    assert 'data-status="duplicate"' in html and f"#{first['article_id']}" in html
    assert f'href="{change_url(first["article_id"])}"' in html
    assert f'href="/articles/{first["article_id"]}/"' in html
    assert Article.objects.count() == 1


def test_the_raw_bytes_of_every_accepted_file_are_kept(db, data_dir, curator_client, seeds_dir):
    text = seed_text(seeds_dir, "000")
    batch = [BatchFile("changdu-gb18030.txt", text.encode("gb18030")),
             BatchFile("changdu-utf8.txt", text.encode("utf-8"))]  # same text, other bytes: a duplicate

    rows = outcomes_by_name(post_upload(curator_client, batch))

    assert rows["changdu-utf8.txt"]["status"] == "duplicate"
    for sent in batch:
        page = RawPage.objects.get(origin=sent.name)
        assert bytes(page.content) == sent.data
        assert page.article_id == rows["changdu-gb18030.txt"]["article_id"]


def test_jsonl_records_are_reported_line_by_line(db, data_dir, curator_client):
    lines = [json.dumps({"title": "泽库县召开疫情防控会议", "body": "泽库县人民政府召开会议，部署疫情防控。",
                         "published_at": "2022-05-25"}, ensure_ascii=False), "{not json"]
    rows = outcomes_by_name(post_upload(curator_client, [BatchFile("rows.jsonl", "\n".join(lines).encode())]))
    assert rows["line 1"]["status"] == "created"
    assert rows["line 2"]["status"] == "failed" and "not valid JSON" in rows["line 2"]["reason"]


def test_unsupported_types_are_refused_by_name(db, data_dir, curator_client):
    batch = [BatchFile("notes.pdf", b"%PDF-1.4"), BatchFile("photo.png", b"\x89PNG\r\n\x1a\n"),
             BatchFile("README", b"hello")]
    rows = outcomes_by_name(post_upload(curator_client, batch))
    assert rows["notes.pdf"]["reason"].startswith("unsupported file type .pdf")
    assert rows["photo.png"]["reason"].startswith("unsupported file type .png")
    assert rows["README"]["reason"].startswith("unsupported file type (no extension)")
    assert not Article.objects.exists()


def test_an_oversized_file_is_stopped_while_streaming_and_the_rest_still_import(
    db, data_dir, curator_client, settings
):
    settings.ARCHIVE_MAX_FILE_BYTES = 20_000
    batch = [BatchFile("huge.txt", "疫情".encode() * 10_000), BatchFile("hanjiang.html",
                                                                      (SAMPLES / "005_gov_page.html").read_bytes())]
    rows = outcomes_by_name(post_upload(curator_client, batch))
    assert rows["huge.txt"]["status"] == "failed"
    assert "too large (more than 20,000 bytes)" in rows["huge.txt"]["reason"]
    assert rows["hanjiang.html"]["status"] == "created"


def test_files_past_the_batch_limit_are_refused_by_name(db, data_dir, curator_client, settings, seeds_dir):
    settings.ARCHIVE_MAX_BATCH_BYTES = 12_000
    batch = [BatchFile("first.txt", seed_text(seeds_dir, "000").encode()),  # about 9 kB
             BatchFile("second.txt", seed_text(seeds_dir, "001").encode())]
    rows = outcomes_by_name(post_upload(curator_client, batch))
    assert rows["first.txt"]["status"] == "created"
    assert "batch limit of 12,000 bytes" in rows["second.txt"]["reason"]


def test_zip_bombs_and_oversized_zips_are_refused_by_name(db, data_dir, curator_client, settings, seeds_dir):
    settings.ARCHIVE_MAX_ZIP_MEMBERS = 2
    page = seed_text(seeds_dir, "001").encode()
    batch = [
        BatchFile("bomb.zip", zip_of({"zeros.txt": b"0" * 5_000_000})),
        BatchFile("crowded.zip", zip_of({"a.txt": page, "b.txt": page, "c.txt": page})),
        BatchFile("nested.zip", zip_of({"inner.zip": zip_of({"a.txt": page})})),
        BatchFile("broken.zip", b"PK\x03\x04 this is not really a zip"),
    ]
    rows = outcomes_by_name(post_upload(curator_client, batch))
    assert "looks like a zip bomb" in rows["zeros.txt"]["reason"]
    assert rows["crowded.zip"]["reason"] == "zip has 3 files; the limit is 2"
    assert "zip inside a zip is not accepted" in rows["inner.zip"]["reason"]
    assert rows["broken.zip"]["reason"].startswith("not a readable zip file")
    assert not Article.objects.exists()


def test_posting_no_files_shows_the_form_again_with_an_error(db, data_dir, curator_client):
    response = curator_client.post(UPLOAD_URL, {})
    assert response.status_code == 200
    assert response.context["form"].errors
    assert not response.context["rows"]


def test_the_upload_page_is_linked_from_the_article_list_and_replaces_the_add_form(db, curator_client):
    listing = curator_client.get(reverse("admin:archive_article_changelist"))
    assert f'href="{UPLOAD_URL}"' in listing.content.decode()
    page = curator_client.get(UPLOAD_URL)
    assert page.status_code == 200
    assert 'enctype="multipart/form-data"' in page.content.decode()
    assert 'name="files"' in page.content.decode() and "multiple" in page.content.decode()
    assert curator_client.get(reverse("admin:archive_article_add")).url == UPLOAD_URL


def test_every_upload_is_recorded_in_the_admin_log_with_who_and_what(
    db, data_dir, curator, curator_client, hostile_batch
):
    rows = outcomes_by_name(post_upload(curator_client, hostile_batch))

    entries = LogEntry.objects.filter(user=curator, action_flag=ADDITION)
    created_ids = {str(row["article_id"]) for row in rows.values() if row["status"] == "created"}
    per_article = {entry.object_id: entry.change_message for entry in entries if entry.object_id}
    assert set(per_article) == created_ids
    youyang = per_article[str(rows["daily/youyang.txt"]["article_id"])]
    assert youyang == "Created by upload of two-pages.zip/daily/youyang.txt"
    (summary,) = [entry for entry in entries if entry.object_id is None]
    assert summary.object_repr == "Upload of 7 file(s): 5 created, 3 failed"
    assert "screenshot.txt: failed: binary file" in summary.change_message
    assert "escape.zip/../../escape.txt: failed: unsafe path" in summary.change_message
    assert f"hanjiang.html: created #{rows['hanjiang.html']['article_id']}" in summary.change_message

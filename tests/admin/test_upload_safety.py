"""The upload page is where untrusted files enter: who may post, CSRF, escaping, and where bytes land."""
import os
import tempfile
from pathlib import Path

import pytest
from django.contrib.admin.models import LogEntry
from django.core.files import uploadedfile
from django.test import Client

from archive.models import Article, RawPage
from upload_helpers import UPLOAD_URL, BatchFile, change_url, grant, outcomes_by_name, post_upload

pytestmark = pytest.mark.django_db

REPO = Path(__file__).resolve().parents[2]


def assert_nothing_stored():
    assert not Article.objects.exists()
    assert not RawPage.objects.exists()
    assert not LogEntry.objects.exists()


def test_an_anonymous_post_is_sent_to_the_login_page_and_creates_nothing(data_dir, client, hostile_batch):
    response = post_upload(client, hostile_batch)
    assert response.status_code == 302
    assert response.url.startswith("/admin/login/")
    assert_nothing_stored()


def test_a_user_who_is_not_staff_creates_nothing(data_dir, django_user_model, hostile_batch):
    user = django_user_model.objects.create_user("reader", password="reader-pass-1234")
    grant(user, "add_article")  # the permission alone does not open the admin
    client = Client()
    client.force_login(user)
    response = post_upload(client, hostile_batch)
    assert response.status_code == 302
    assert_nothing_stored()


def test_staff_without_the_add_permission_are_forbidden(data_dir, django_user_model, hostile_batch):
    user = django_user_model.objects.create_user("viewer", password="viewer-pass-1234", is_staff=True)
    grant(user, "view_article", "change_article")
    client = Client()
    client.force_login(user)
    assert client.get(UPLOAD_URL).status_code == 403
    assert post_upload(client, hostile_batch).status_code == 403
    assert_nothing_stored()


def test_a_post_without_the_csrf_token_is_refused(data_dir, curator, hostile_batch):
    client = Client(enforce_csrf_checks=True)
    client.force_login(curator)

    refused = post_upload(client, hostile_batch)
    assert refused.status_code == 403
    assert_nothing_stored()

    # The same client with the token from the form succeeds: the check is real, not a blanket refusal.
    client.get(UPLOAD_URL)
    accepted = post_upload(client, hostile_batch, csrfmiddlewaretoken=client.cookies["csrftoken"].value)
    assert accepted.status_code == 200
    assert Article.objects.count() == 5


def test_hostile_names_and_uploaded_html_are_shown_as_text_never_rendered(data_dir, curator_client):
    name = "<img src=x onerror=alert(1)>.html"
    page = ("<html><head><title>邗江区召开疫情防控会议</title></head><body><h1>邗江区召开疫情防控会议</h1>"
            "<p>8月4日，邗江区召开疫情防控工作推进会，部署新一轮全员核酸检测工作。</p>"
            "<p>会议要求各镇街道科学设置采样点位，确保检测工作安全有序。</p>"
            "<script>window.pwned = 1</script><iframe src=javascript:alert(2)></iframe></body></html>")

    response = post_upload(curator_client, [BatchFile(name, page.encode())])

    html = response.content.decode()
    assert "<img src=x" not in html
    assert "&lt;img src=x onerror=alert(1)&gt;.html" in html
    row = outcomes_by_name(response)[name]
    assert row["status"] == "created", row["reason"]

    change_page = curator_client.get(change_url(row["article_id"])).content.decode()
    assert "<script>window.pwned" not in change_page
    assert "<iframe src=javascript" not in change_page
    assert "&lt;script&gt;window.pwned = 1&lt;/script&gt;" in change_page
    assert '<pre class="raw-page"' in change_page


def test_large_uploads_spool_inside_the_data_directory_and_no_zip_member_is_written_anywhere(
    data_dir, curator_client, hostile_batch, settings, monkeypatch
):
    settings.FILE_UPLOAD_MAX_MEMORY_SIZE = 1  # every upload goes through a temporary file
    spooled = []
    original_init = uploadedfile.TemporaryUploadedFile.__init__

    def recording_init(self, *args, **kwargs):
        original_init(self, *args, **kwargs)
        spooled.append(Path(self.temporary_file_path()))

    monkeypatch.setattr(uploadedfile.TemporaryUploadedFile, "__init__", recording_init)
    escape_targets = {data_dir, *data_dir.parents, REPO, Path.cwd(), Path(tempfile.gettempdir())}
    before = {target: (target / "escape.txt").exists() for target in escape_targets}

    rows = outcomes_by_name(post_upload(curator_client, hostile_batch))

    assert rows["../../escape.txt"]["status"] == "failed"
    assert len(spooled) == len(hostile_batch)
    for path in spooled:
        assert path.is_relative_to(data_dir / "upload-tmp")
        assert not path.exists()  # removed once the request is done
    assert {target: (target / "escape.txt").exists() for target in escape_targets} == before
    assert not list(data_dir.rglob("escape.txt"))
    assert sorted(os.listdir(data_dir / "upload-tmp")) == []


def test_too_many_files_gives_a_page_that_names_the_limit(curator_client, settings):
    from django.core.files.uploadedfile import SimpleUploadedFile
    settings.DATA_UPLOAD_MAX_NUMBER_FILES = 3
    files = [SimpleUploadedFile(f"p{i}.txt", "某县召开会议，部署疫情防控工作。".encode()) for i in range(5)]
    response = curator_client.post("/admin/archive/article/upload/", {"files": files}, HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 400
    text = response.content.decode()
    assert "more than 3 files" in text and "nothing was imported" in text
    form = curator_client.get("/admin/archive/article/upload/", HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "Limits: 3 files" in form

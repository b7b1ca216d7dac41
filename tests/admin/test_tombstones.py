"""Deletion sticks: a deleted article's page re-imported is reported, not brought back, until staff restore it."""
import pytest
from django.urls import reverse

from archive import services
from archive.intake import items_from_bytes
from archive.models import Article, Tombstone
from upload_helpers import BatchFile, post_upload, seed_text


def import_page(name: str, data: bytes):
    [outcome] = services.ingest_items(items_from_bytes(name, data, services.upload_limits()))
    return outcome


@pytest.mark.django_db
def test_a_deleted_article_stays_deleted_when_its_page_comes_again(data_dir, seeds_dir, curator, curator_client):
    page = seed_text(seeds_dir, "002").encode()
    first = import_page("zeku.txt", page)
    response = curator_client.post(reverse("admin:archive_article_delete", args=[first.article_id]), {"post": "yes"})
    assert response.status_code == 302 and not Article.objects.exists()

    again = import_page("zeku-again.txt", page)
    assert again.status == "skipped"
    assert again.reason.startswith(f"deleted on ") and f"by {curator.get_username()} (#{first.article_id})" in again.reason
    # The same text in another wrapper is the same deleted article.
    wrapped = ("网站首页 | 通知公告 | 政务公开\n" + page.decode() + "\n扫一扫在手机打开当前页\n").encode()
    assert import_page("zeku-mirror.txt", wrapped).status == "skipped"
    assert not Article.objects.exists()

    report = post_upload(curator_client, [BatchFile("zeku-upload.txt", page)])
    assert "deleted on" in report.content.decode()


@pytest.mark.django_db
def test_staff_restore_a_deleted_article_under_its_old_permalink(data_dir, seeds_dir, curator, curator_client):
    from django.contrib.auth.models import Permission
    curator.user_permissions.add(Permission.objects.get(codename="view_tombstone"))
    first = import_page("zeku.txt", seed_text(seeds_dir, "002").encode())
    services.article_delete(Article.objects.get(pk=first.article_id), user=curator)
    tombstone = Tombstone.objects.get()

    response = curator_client.post(reverse("admin:archive_tombstone_changelist"),
                                   {"action": "restore", "_selected_action": [tombstone.pk]}, follow=True)

    assert response.status_code == 200
    assert Article.objects.filter(pk=first.article_id).exists()
    assert not Tombstone.objects.exists()
    assert curator_client.get(f"/articles/{first.article_id}/").status_code == 200


@pytest.mark.django_db
def test_a_deleted_articles_permalink_says_it_was_deleted(data_dir, seeds_dir, curator, client):
    first = import_page("zeku.txt", seed_text(seeds_dir, "002").encode())
    services.article_delete(Article.objects.get(pk=first.article_id), user=curator)
    response = client.get(f"/articles/{first.article_id}/")
    assert response.status_code == 410
    assert "deleted" in response.content.decode() or "删除" in response.content.decode()
    assert client.get("/articles/999999/").status_code == 404

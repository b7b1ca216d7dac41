"""An upload answers once its own pages are searchable: it drains a bounded batch of other work at most,
and when the index stays busy past its deadline the page says which pages are not searchable yet."""
import re
import threading
import time

import lxml.html
import pytest
from django.db import connection

from archive.models import Article
from search import indexing
from search.models import PendingIndexChange
from upload_helpers import BatchFile, post_upload

BACKLOG = 300  # three batches


def page(n: int) -> BatchFile:
    text = (f"第{n}号通告：某县召开第{n}次疫情防控会议\n\n2022年5月{n % 28 + 1}日\n\n"
            f"会议部署第{n}轮核酸检测，设置{n + 7}个采样点，安排{n * 3 + 11}名工作人员。")
    return BatchFile(f"notice-{n}.txt", text.encode("utf-8"))


def searchable(client, n: int) -> bool:
    return client.get("/api/search", {"q": f"召开第{n}次疫情防控会议"}).json()["count"] == 1


def leave_backlog(count: int) -> None:
    """Changes another process committed but has not applied yet (as if the index were busy)."""
    article = Article.objects.first()
    PendingIndexChange.objects.bulk_create(
        PendingIndexChange(article_id=article.pk, action="update") for _ in range(count))


@pytest.mark.django_db(transaction=True)
def test_an_upload_applies_its_own_pages_and_at_most_one_batch_of_other_work(data_dir, curator_client, client):
    post_upload(curator_client, [page(1)])
    leave_backlog(BACKLOG)

    response = post_upload(curator_client, [page(2), page(3)])

    assert response.status_code == 200
    # Its own rows (a save per page) and other work up to one batch: never the whole backlog.
    assert PendingIndexChange.objects.count() >= BACKLOG - indexing.DRAIN_BATCH
    assert searchable(client, 2) and searchable(client, 3)
    assert b'data-testid="search-ready"' in response.content
    assert re.fullmatch(r"store;dur=\d+, index;dur=\d+", response["Server-Timing"])


@pytest.mark.django_db(transaction=True)
def test_an_upload_that_cannot_get_the_index_in_time_says_its_pages_are_not_searchable_yet(
    data_dir, curator_client, client, settings
):
    settings.SEARCH_SETTLE_SECONDS = 1.0
    holding, release = threading.Event(), threading.Event()

    def busy_writer():  # another drain (a merge, a rebuild) holding the one writer lock
        with indexing.index_lock():
            holding.set()
            release.wait(timeout=60)

    writer = threading.Thread(target=busy_writer)
    writer.start()
    try:
        assert holding.wait(timeout=10)
        started = time.monotonic()
        response = post_upload(curator_client, [page(4), page(5)])
        answered_after = time.monotonic() - started
    finally:
        release.set()
        writer.join()

    assert response.status_code == 200
    notice = lxml.html.fromstring(response.content).xpath('//*[@data-testid="search-pending"]')
    assert notice and notice[0].get("data-waiting") == "2"
    assert b'data-testid="search-ready"' not in response.content
    assert answered_after < 1.0 + 5  # the deadline, plus the ingest of two pages
    assert not searchable(client, 4)
    indexing.drain()  # what the server's periodic drain does within seconds
    assert searchable(client, 4) and searchable(client, 5)


@pytest.mark.django_db(transaction=True)
def test_an_upload_waits_for_its_pages_while_another_writer_applies_them(data_dir, curator_client, client):
    """Waiting works by watching the outbox, whoever drains: here a writer that holds the lock throughout."""
    holding = threading.Event()

    def other_writer():
        try:
            with indexing.index_lock():
                holding.set()
                deadline = time.monotonic() + 30
                while not PendingIndexChange.objects.exists() and time.monotonic() < deadline:
                    time.sleep(0.02)  # until the upload has committed its pages
                time.sleep(0.5)
                indexing._drain_locked()  # applies everything pending, the upload's rows included
        finally:
            connection.close()

    writer = threading.Thread(target=other_writer)
    writer.start()
    assert holding.wait(timeout=10)
    try:
        response = post_upload(curator_client, [page(6)])
        found_at_answer = searchable(client, 6)
    finally:
        writer.join()
    assert found_at_answer
    assert b'data-testid="search-ready"' in response.content

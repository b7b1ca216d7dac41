"""Staff upload at the same time: every page is searchable when its upload answers, nothing is lost, and
no writer collides."""
import threading

import pytest
from django.db import connection
from django.test import Client

from archive.models import Article, RawPage
from search import indexing
from search.models import PendingIndexChange
from upload_helpers import SAMPLES, BatchFile, outcomes_from_html, post_upload

UPLOADERS = 4
PAGES_EACH = 5
COUNTIES = ("泽库县", "酉阳县", "邗江区", "卡若区", "锦江区", "小店区")


def marker(uploader: int, number: int) -> str:
    return f"召开第{uploader * 100 + number}次疫情防控工作会议"


def distinct_page(uploader: int, number: int) -> bytes:
    """A page of its own: the numbers differ, so its fingerprint differs from every other one."""
    county = COUNTIES[(uploader * PAGES_EACH + number) % len(COUNTIES)]
    serial = uploader * 100 + number
    return (
        f"{county}召开第{serial}次疫情防控工作会议\n\n2022年{number + 3}月{uploader + 10}日\n\n"
        f"{county}人民政府召开第{serial}次会议，部署第{serial}轮核酸检测。会议要求设置{serial + 7}个采样点，"
        f"安排{serial * 3 + 11}名工作人员，确保{serial + 2}个小区的群众应检尽检。\n\n"
        f"会议强调，要做好第{serial}批生活物资保障，公布{serial + 5}条服务热线。"
    ).encode("utf-8")


@pytest.mark.django_db(transaction=True)
def test_four_parallel_uploads_are_searchable_when_they_answer_and_lose_nothing(data_dir, curator, client,
                                                                              caplog):
    shared = BatchFile("hanjiang.html", (SAMPLES / "005_gov_page.html").read_bytes())  # everyone sends it
    batches = [
        [BatchFile(f"u{u}-p{n}.txt", distinct_page(u, n)) for n in range(PAGES_EACH)] + [shared]
        for u in range(UPLOADERS)
    ]
    clients = []
    for _ in range(UPLOADERS):
        uploader = Client()
        uploader.force_login(curator)
        clients.append(uploader)
    start = threading.Barrier(UPLOADERS)
    results: dict[int, tuple[int, dict]] = {}
    found_at_answer: dict[int, list[bool]] = {}
    errors: list[BaseException] = []

    def upload(u: int):
        try:
            start.wait(timeout=30)
            response = post_upload(clients[u], batches[u])
            # At once, before anything else can drain: every page of this upload must be found.
            found_at_answer[u] = [
                clients[u].get("/api/search", {"q": marker(u, n)}).json()["count"] == 1 for n in range(PAGES_EACH)
            ]
            results[u] = (response.status_code, outcomes_from_html(response))
        except BaseException as error:  # noqa: BLE001 - re-raised below through the assertion
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=upload, args=(u,)) for u in range(UPLOADERS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=300)

    assert errors == []
    assert "LockError" not in caplog.text
    assert sorted(results) == list(range(UPLOADERS))
    assert found_at_answer == {u: [True] * PAGES_EACH for u in range(UPLOADERS)}
    statuses = {}
    for u, (status_code, rows) in results.items():
        assert status_code == 200
        assert set(rows) == {f.name for f in batches[u]}
        for name, (status, article_id) in rows.items():
            statuses[f"{u}:{name}"] = status
            assert status in ("created", "duplicate") and article_id, (u, name, status)
    assert sorted(statuses[f"{u}:hanjiang.html"] for u in range(UPLOADERS)) == ["created"] + ["duplicate"] * 3

    distinct = UPLOADERS * PAGES_EACH + 1
    assert Article.objects.count() == distinct
    assert RawPage.objects.count() == distinct  # the shared page's bytes are kept once
    assert not PendingIndexChange.objects.exists()  # every change reached the index
    assert indexing.backend().doc_count() == distinct
    found = {row["id"] for row in client.get("/api/search", {"q": "会议", "page_size": 50}).json()["results"]}
    assert found == set(Article.objects.values_list("pk", flat=True))

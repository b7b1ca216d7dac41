"""Whoosh under the one writer: rebuild by symlink swap, parallel writers (the generic outbox cases are in
search_contract.IndexLifecycleContract)."""
import threading
from pathlib import Path

import pytest
from django.db import connection, transaction

from conftest import make_article
from search import indexing
from search.contract import ExactSearch
from search.query import parse_query


def found(backend, q="", **kw):
    return set(backend.search_exact(ExactSearch(parse_query(q), limit=None, **kw)).ids)


@pytest.mark.django_db
def test_rebuild_swaps_a_complete_index_in(index_dir, drain_on_commit):
    with drain_on_commit():
        articles = [make_article(f"重建{i}", "正文") for i in range(5)]
    link = Path(index_dir.link_path)
    before = link.resolve()
    index_dir.ensure_current()
    reader = index_dir.index.searcher()  # another worker's reader on the old generation keeps working
    count = indexing.rebuild()
    assert count == 5 and link.is_symlink() and link.resolve() != before
    assert reader.doc_count() == 5
    assert found(index_dir, "重建") == {a.pk for a in articles}
    indexing.rebuild()
    assert not before.exists()  # generations older than the previous one are removed


@pytest.mark.django_db(transaction=True)
def test_parallel_writers_never_lock_out_or_lose_documents(index_dir):
    errors, created = [], []

    def importer(n):
        try:
            for i in range(8):
                with transaction.atomic():
                    created.append(make_article(f"并行{n}-{i}", "并行写入").pk)
        except Exception as error:  # noqa: BLE001 - the test reports any failure
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=importer, args=(n,)) for n in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    indexing.drain()
    assert found(index_dir, "并行") == set(created) and len(created) == 32
    assert indexing.compare_index_with_database()["missing"] == []


@pytest.mark.django_db(transaction=True)
def test_a_bulk_block_that_fails_still_makes_what_it_committed_searchable(index_dir):
    with pytest.raises(RuntimeError, match="a later record broke"):
        with indexing.bulk():
            saved = make_article("批量失败之前", "已经提交的正文")
            raise RuntimeError("a later record broke")
    assert found(index_dir, "批量失败之前") == {saved.pk}
    assert not indexing.PendingIndexChange.objects.exists()


@pytest.mark.django_db(transaction=True)
def test_check_index_fails_when_changes_wait_too_long_and_repair_drains_them(index_dir):
    import datetime

    from django.core.management import CommandError, call_command
    from django.utils import timezone

    with indexing.bulk():
        article = make_article("积压的改动", "正文")
    # As if a worker died between commit and drain: the change is in the outbox, nothing drains it.
    indexing.PendingIndexChange.objects.create(article_id=article.pk, action="update")
    indexing.PendingIndexChange.objects.update(created_at=timezone.now() - datetime.timedelta(minutes=5))
    with pytest.raises(CommandError):
        call_command("check_index", stdout=__import__("io").StringIO())
    out = __import__("io").StringIO()
    call_command("check_index", "--repair", stdout=out)
    assert "Repaired." in out.getvalue() and not indexing.PendingIndexChange.objects.exists()

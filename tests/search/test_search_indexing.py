"""The one writer: outbox → drain after commit, bulk imports, rebuild by swap, parallel writers, check."""
import threading
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection, transaction

from conftest import make_article
from search import indexing
from search.backend import ExactSearch
from search.models import PendingIndexChange
from search.query import parse_query


def found(backend, q="", **kw):
    return set(backend.search_exact(ExactSearch(parse_query(q), limit=None, **kw)).ids)


@pytest.mark.django_db
def test_save_edit_delete_reach_the_index_after_commit(index_dir, regions, drain_on_commit):
    backend = index_dir
    with drain_on_commit():
        article = make_article("澤庫縣召開會議", "疫情防控", region=regions["632323"])
    assert found(backend, "泽库") == {article.pk}
    with drain_on_commit():
        article.region = regions["510104"]
        article.save()
    result = backend.search_exact(ExactSearch(parse_query("泽库"), facets=("province",)))
    assert result.facets["province"] == [("四川省", 1)]
    with drain_on_commit():
        article.delete()
    assert found(backend, "泽库") == set()
    assert not PendingIndexChange.objects.exists()


@pytest.mark.django_db
def test_a_rolled_back_change_is_never_indexed(index_dir, regions, drain_on_commit):
    with drain_on_commit():
        with pytest.raises(RuntimeError):
            with transaction.atomic():
                make_article("回滚", "不应出现")
                raise RuntimeError
    indexing.drain()
    assert found(index_dir, "回滚") == set() and not PendingIndexChange.objects.exists()


@pytest.mark.django_db
def test_bulk_defers_to_one_drain(index_dir, drain_on_commit):
    with drain_on_commit():  # stands for the commit that follows the import
        with indexing.bulk():
            a = make_article("批量一", "正文")
            b = make_article("批量二", "正文")
            indexing.drain()
            assert found(index_dir, "批量") == set()  # deferred
            assert PendingIndexChange.objects.count() == 2
    assert found(index_dir, "批量") == {a.pk, b.pk}


@pytest.mark.django_db
def test_check_index_finds_and_repairs_differences(index_dir, drain_on_commit):
    with drain_on_commit():
        a = make_article("检查一", "正文")
    # A change committed but never drained (the process died): the outbox keeps it.
    b = make_article("检查二", "正文")  # its on-commit drain never runs: as if the process died
    assert found(index_dir, "检查") == {a.pk}
    with pytest.raises(CommandError):
        call_command("check_index", verbosity=0)
    call_command("check_index", "--repair", verbosity=0)
    assert found(index_dir, "检查") == {a.pk, b.pk}
    call_command("check_index", verbosity=0)  # equal now: no error


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

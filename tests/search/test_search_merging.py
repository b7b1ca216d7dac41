"""Whoosh segments: drains never merge on the request path; merges run beside the index, take the writer
lock only to swap the merged segment in, and lose no change made meanwhile."""
import contextlib
import os
import threading
import time
from pathlib import Path

import pytest
from whoosh.index import EmptyIndexError

from conftest import make_article
from search import indexing, whoosh_merge, whoosh_readers
from search.contract import ExactSearch, IndexDocument, stats_of
from search.facets import FACETS
from search.query import parse_query

NO_FACETS = {f.field: None for f in FACETS}


def doc(article_id: int, text: str) -> IndexDocument:
    return IndexDocument(article_id=article_id, title=f"通告{article_id}", body=text, day=20220501,
                         facets=NO_FACETS)


def found(backend, q: str) -> set[int]:
    return set(backend.search_exact(ExactSearch(parse_query(q), limit=None)).ids)


def segment_count(backend) -> int:
    return len(backend._open_live_index()._read_toc().segments)


def small_drains(backend, count: int, per_drain: int = 3) -> dict[int, IndexDocument]:
    docs = {}
    for d in range(count):
        batch = [doc(d * 100 + i, f"第{d}批核酸检测第{i}号") for i in range(per_drain)]
        backend.apply(batch, [])
        docs.update({x.article_id: x for x in batch})
    return docs


def expected_stats(docs: dict[int, IndexDocument]):
    from search.analysis import compact_normalize

    return stats_of((d.article_id, compact_normalize(d.title), compact_normalize(d.body), d.facets)
                    for d in docs.values())


def test_drains_add_a_segment_each_and_never_merge(index_dir):
    small_drains(index_dir, whoosh_merge.MERGE_FACTOR + 2)
    assert segment_count(index_dir) == whoosh_merge.MERGE_FACTOR + 2
    assert indexing.needs_merge()


def test_a_merge_leaves_fewer_segments_and_the_same_documents(index_dir):
    docs = small_drains(index_dir, whoosh_merge.MERGE_FACTOR + 2)
    before = found(index_dir, "核酸检测")
    assert indexing.merge() == len(docs)
    assert segment_count(index_dir) == 1 and not indexing.needs_merge()
    assert found(index_dir, "核酸检测") == before == set(docs)
    assert index_dir.stats() == expected_stats(docs)


def test_changes_made_while_a_merge_runs_are_kept(index_dir):
    docs = small_drains(index_dir, whoosh_merge.MERGE_FACTOR)
    updated, deleted = doc(1, "改写后的正文"), 102

    @contextlib.contextmanager
    def lock_after_a_concurrent_drain():
        # Between planning and swapping, a drain updated one merged document and deleted another.
        index_dir.apply([updated], [deleted])
        with indexing.index_lock() as acquired:
            yield acquired

    ix = index_dir._open_live_index()
    merged = whoosh_merge.merge_once(ix, lambda: index_dir.link_path, lock_after_a_concurrent_drain)
    assert merged == len(docs) - 2  # live in the merged segment: not the old version of 1, not 102
    docs[1] = updated
    del docs[deleted]
    assert found(index_dir, "改写后") == {1}
    assert found(index_dir, "第0批核酸检测第1号") == set()  # the old version is gone
    assert deleted not in found(index_dir, "核酸检测")
    assert index_dir.duplicated_ids() == []
    assert index_dir.stats() == expected_stats(docs)


def test_a_merge_overtaken_by_a_rebuild_is_dropped(index_dir, db):
    small_drains(index_dir, whoosh_merge.MERGE_FACTOR)

    @contextlib.contextmanager
    def lock_after_a_rebuild():
        index_dir.rebuild(iter([doc(7, "重建后的唯一文档")]))
        with indexing.index_lock() as acquired:
            yield acquired

    ix = index_dir._open_live_index()
    assert whoosh_merge.merge_once(ix, lambda: index_dir.link_path, lock_after_a_rebuild) == 0
    assert found(index_dir, "重建后") == {7} and found(index_dir, "核酸检测") == set()


def test_the_writer_lock_is_free_while_the_merge_is_written(index_dir):
    """A drain waiting for the lock never waits for a merge: the merged segment is complete before the
    merge asks for the lock (here held by a busy drain until the merged file appears)."""
    docs = small_drains(index_dir, whoosh_merge.MERGE_FACTOR + 4, per_drain=20)
    parent = Path(os.path.realpath(index_dir.link_path)).parent
    result = []
    with indexing.index_lock():
        merger = threading.Thread(target=lambda: result.append(indexing.merge()))
        merger.start()
        deadline = time.monotonic() + 60
        while not list(parent.glob(".*merging*/*.seg")) and time.monotonic() < deadline:
            time.sleep(0.01)
        assert list(parent.glob(".*merging*/*.seg")), "the merged segment was not written without the lock"
        assert merger.is_alive() and not result  # now it waits for the lock, to swap only
    merger.join(timeout=60)
    assert result == [len(docs)]
    assert found(index_dir, "核酸检测") == set(docs)


def test_merge_choice_takes_alike_sizes_and_never_a_big_segment_for_small_ones():
    factor, cap = whoosh_merge.MERGE_FACTOR, whoosh_merge.MAX_MERGED_DOCS
    drains = [(20, 20)] * factor
    rebuilt = [(cap // 2 + 1, cap // 2 + 1)] * 3 + [(cap, cap)]  # a rebuild's segments
    assert whoosh_merge.choose(rebuilt + drains) == list(range(4, 4 + factor))
    assert whoosh_merge.choose(rebuilt + drains[1:]) == []  # one short of a tier
    assert whoosh_merge.choose(drains[1:] + [(20 * factor, 20 * factor)]) == []  # a merged one is a tier up
    assert whoosh_merge.choose([(cap // 2 + 1, cap // 2 + 1)] * factor) == []  # no two fit under the cap
    assert whoosh_merge.choose([(cap // 4, cap // 4)] * factor) == [0, 1, 2, 3]  # as many as fit
    assert whoosh_merge.choose([(cap // 4, 10)] * factor) == list(range(factor))  # live documents count


@pytest.mark.django_db(transaction=True)
def test_merge_index_command_merges_and_check_index_stays_equal(index_dir):
    from django.core.management import call_command

    articles = [make_article(f"合并{i}", f"第{i}篇正文") for i in range(whoosh_merge.MERGE_FACTOR + 1)]  # a drain each
    assert segment_count(index_dir) == len(articles)
    call_command("merge_index", "--nice", "0", verbosity=0)
    assert segment_count(index_dir) == 1
    assert found(index_dir, "合并") == {a.pk for a in articles}
    call_command("check_index", verbosity=0)


def test_a_searcher_whose_readers_were_closed_is_replaced_not_refreshed(index_dir):
    """A refresh that failed half-way (a segment merged away while it opened) left the old searcher's readers
    closed; refreshing it again closed them twice: 'Reader already closed', a 500 on every later request."""
    small_drains(index_dir, 2)
    assert found(index_dir, "核酸检测")
    index_dir.searcher().ixreader.close()  # what the failed refresh left behind
    index_dir.apply([doc(999, "第九批核酸检测")], [])
    assert 999 in found(index_dir, "核酸检测")


@pytest.mark.parametrize("failure", [
    FileNotFoundError("a merged-away segment"),  # a merge removed a segment after the table was read
    # a listing taken while a commit renames its new table in and removes the old one shows neither
    EmptyIndexError("Index 'MAIN' does not exist"),
])
def test_opening_a_searcher_reads_the_table_again_when_it_changed_meanwhile(index_dir, monkeypatch, failure):
    """Both are transient: the table is read again, not a 500."""
    small_drains(index_dir, 2)
    found(index_dir, "核酸检测")
    index_dir.apply([doc(998, "第八批核酸检测")], [])
    real_open, calls = whoosh_readers.open_searcher, []

    def failing_twice(ix, previous=None):
        calls.append(1)
        if len(calls) <= 2:
            raise failure
        return real_open(ix, previous)

    monkeypatch.setattr(whoosh_readers, "open_searcher", failing_twice)
    assert 998 in found(index_dir, "核酸检测") and len(calls) == 3


def test_a_new_index_state_reuses_the_readers_of_unchanged_segments_and_reopens_changed_ones(index_dir):
    small_drains(index_dir, 3)
    assert found(index_dir, "核酸检测") == {0, 1, 2, 100, 101, 102, 200, 201, 202}
    before = {r.segment().segment_id(): r for r, _ in index_dir.searcher().reader().leaf_readers()}

    index_dir.apply([doc(300, "第三批核酸检测")], [101])  # a new segment, and a deletion in the second one
    assert found(index_dir, "核酸检测") == {0, 1, 2, 100, 102, 200, 201, 202, 300}
    after = {r.segment().segment_id(): r for r, _ in index_dir.searcher().reader().leaf_readers()}

    reused = {segid for segid in before if after.get(segid) is before[segid]}
    changed = {segid for segid in before if segid in after and after[segid] is not before[segid]}
    assert len(reused) == 2 and len(changed) == 1 and len(after) == 4
    assert all(before[segid].is_closed for segid in changed) and not any(r.is_closed for r in after.values())

"""Every new index generation (after an import, a deletion or a merge) gets its per-document columns from
the previous generation's files plus the segments new since then: the same columns as a build from
scratch, with only the new segments read from Whoosh; and the packed date keys order documents exactly as
a full sort does."""
from pathlib import Path

import numpy as np
import pytest

from search import doctable, indexing, whoosh_merge
from search.contract import ExactSearch, IndexDocument
from search.facets import FACETS
from search.query import parse_query
from search.schema import FACET_FIELDS

PROVINCES = ("山西省", "湖北省", None)


def doc(article_id: int, day: int, province: str | None, source: str | None = None) -> IndexDocument:
    facets = {f.field: None for f in FACETS} | {"province": province, "source": source}
    return IndexDocument(article_id=article_id, title=f"通告{article_id}", body=f"核酸检测第{article_id}号",
                         day=day, facets=facets)


def rows(table: doctable.DocTable) -> dict[int, tuple]:
    """Each live document's columns, facet codes decoded: comparable across vocabularies."""
    out = {}
    for d in table.live_docs():
        facets = tuple(table.values[name][table.codes[name][d]] for name in FACET_FIELDS)
        out[int(table.article_id[d])] = (int(table.day[d]), facets, int(table.newest_key[d]),
                                         int(table.oldest_key[d]))
    return out


def from_scratch(backend) -> dict[int, tuple]:
    readers = [r for r, _ in backend.searcher().reader().leaf_readers() if r.doc_count_all()]
    table = doctable.DocTable.__new__(doctable.DocTable)
    columns = doctable._generation_columns(readers, None)
    table.values, table.codes = columns.values, {name: columns.arrays[name] for name in FACET_FIELDS}
    table.article_id, table.day = columns.arrays["article_id"], columns.arrays["published_day"]
    table.newest_key, table.oldest_key = columns.arrays[doctable.NEWEST_KEY], columns.arrays[doctable.OLDEST_KEY]
    table.live = backend.doctable()[1].live
    return rows(table)


@pytest.fixture
def segment_reads(monkeypatch):
    read = []
    real = doctable._segment_columns

    def counting(reader):
        read.append(reader.segment().segment_id())
        return real(reader)

    monkeypatch.setattr(doctable, "_segment_columns", counting)
    return read


def new_generation(backend, segment_reads) -> tuple[dict[int, tuple], int]:
    """The rows of the backend's current generation, and how many segments were read from Whoosh for it."""
    before = len(segment_reads)
    return rows(backend.doctable()[1]), len(segment_reads) - before


def test_a_new_generation_reads_only_its_new_segments_and_equals_a_build_from_scratch(index_dir, segment_reads):
    index_dir.apply([doc(i, 20220500 + i, PROVINCES[i % 3]) for i in range(1, 7)], [])
    first, read = new_generation(index_dir, segment_reads)
    assert read == 1 and first == from_scratch(index_dir)

    # An import with a value never seen, an update and a deletion: one new segment.
    index_dir.apply([doc(7, 0, "河北省", "新华社"), doc(2, 20210101, "湖北省")], [3])
    second, read = new_generation(index_dir, segment_reads)
    assert read == 1 and second == from_scratch(index_dir)
    assert set(second) == {1, 2, 4, 5, 6, 7} and second[7][1][FACET_FIELDS.index("province")] == "河北省"

    added = range(8, 8 + whoosh_merge.MERGE_FACTOR)
    for i in added:
        index_dir.apply([doc(i, 20200301, "山西省")], [])
        assert new_generation(index_dir, segment_reads)[1] == 1
    assert indexing.merge() > 0  # one merged segment replaces the small ones: read once
    merged, read = new_generation(index_dir, segment_reads)
    assert read == 1 and merged == from_scratch(index_dir)
    found = index_dir.search_exact(ExactSearch(parse_query("核酸检测"), facets=("province",), limit=None))
    assert found.facets == {"province": [("山西省", 1 + len(added)), ("湖北省", 3), ("河北省", 1), (None, 1)]}


def test_columns_of_another_layout_are_never_taken_as_the_previous_generation(index_dir, segment_reads):
    """A directory written by an older version (no segment list) is ignored, not misread."""
    from search import generation_store

    index_dir.apply([doc(1, 20220501, "山西省")], [])
    index_dir.doctable()
    for folder in Path(index_dir.opened_dir).glob(generation_store.PREFIX + "*"):
        values = folder / "values.json"
        values.write_text(values.read_text(encoding="utf-8").replace('"__segments__"', '"__old__"'), encoding="utf-8")
    index_dir.apply([doc(2, 20220502, "湖北省")], [])
    found, read = new_generation(index_dir, segment_reads)
    assert read == 2 and found == from_scratch(index_dir)  # nothing copied: both segments read


@pytest.mark.parametrize("seed", range(5))
def test_date_keys_order_documents_as_a_full_sort_does(seed):
    rng = np.random.default_rng(seed)
    n = 500
    ids = rng.permutation(10**6)[:n].astype(np.int64)
    days = rng.choice([0, 20200101, 20200102, 20211231, 20220615], size=n).astype(np.int32)
    newest, oldest = doctable._date_keys(ids, days)
    assert np.array_equal(np.argsort(newest), np.argsort(doctable._rank(ids, days.astype(np.int64), newest=True)))
    assert np.array_equal(np.argsort(oldest), np.argsort(doctable._rank(ids, days.astype(np.int64), newest=False)))
    assert newest.max() < doctable.DATE_KEY_SPAN and oldest.max() < doctable.DATE_KEY_SPAN


def test_article_ids_too_large_to_pack_are_ordered_by_a_full_sort():
    ids = np.array([2**40, 5, 2**40 + 1], dtype=np.int64)
    days = np.array([20200101, 20200101, 0], dtype=np.int32)
    newest, oldest = doctable._date_keys(ids, days)
    assert np.argsort(newest).tolist() == [0, 1, 2] and np.argsort(oldest).tolist() == [1, 0, 2]


def test_threads_opening_a_new_generation_at_once_build_its_columns_once(index_dir):
    """The others wait for the one builder and map its files (side by side, ten builders held a search
    for over a second at 10^6 articles)."""
    import threading
    import time

    from search import generation_store

    index_dir.apply([doc(i, 20220500 + i, PROVINCES[i % 3]) for i in range(1, 7)], [])
    searcher = index_dir.searcher()
    readers = [r for r, _ in searcher.reader().leaf_readers() if r.doc_count_all()]
    builds = []

    def slow_build(previous):
        builds.append(threading.get_ident())
        time.sleep(0.2)  # long enough for every thread to arrive while it builds
        return doctable._generation_columns(readers, previous)

    found = []
    threads = [threading.Thread(target=lambda: found.append(
        generation_store.load_or_build(index_dir.opened_dir, readers, slow_build))) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(builds) == 1 and len(found) == 6
    assert all(np.array_equal(f.arrays["article_id"], found[0].arrays["article_id"]) for f in found)

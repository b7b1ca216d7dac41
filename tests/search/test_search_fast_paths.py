"""The Whoosh engine's fast paths are the ones used: no per-document loop on a real index, shared
(memory-mapped) texts and columns, and answers read back from the files stored beside the segments equal
the brute-force definition. The suite runs with SEARCH_STRICT_FAST_PATHS=1 (tests/conftest.py), so any
slow path taken anywhere raises; the tests here check that guard itself and the layouts it protects."""
import mmap

import pytest

from archive_test_support import whoosh_connection
from search import fastpath, matching, postings, segment_store
from search.contract import ExactSearch
from search.facets import API_FACETS
from search.query import parse_query
from search.schema import BODY_GRAMS, TITLE_GRAMS
from search_contract import ExactSearchContract, brute_facets, brute_force

QUERIES = ["疫情", "疫情防控", "社会面清零", "港 OR 晋", "疫情 -防控", "title:疫情", "中國人民銀行", ""]


def _clear_process_caches(backend):
    backend._matches.clear()
    postings.clear_caches()
    matching.clear_caches()


def test_the_guard_counts_and_raises_in_strict_mode():
    before = fastpath.uses["a test's loop"]
    with fastpath.strict(), pytest.raises(fastpath.SlowPathUsed, match="a test's loop"):
        fastpath.slow_path("a test's loop")
    assert fastpath.uses["a test's loop"] == before + 1


def test_the_suite_runs_strict():
    assert fastpath.is_strict()


def test_a_real_index_uses_no_slow_path(sample_corpus):
    backend = sample_corpus["backend"]
    _clear_process_caches(backend)
    used = sum(fastpath.uses.values())
    with fastpath.strict():
        for q in QUERIES:
            for sort in ("relevance", "newest", "oldest"):
                backend.search_exact(ExactSearch(parse_query(q), facets=API_FACETS, sort=sort, limit=None))
        backend.stats()
    assert sum(fastpath.uses.values()) == used


def test_texts_and_columns_are_memory_mapped(sample_corpus):
    """What every worker shares: the texts are mappings of files, the columns memory-mapped arrays."""
    backend = sample_corpus["backend"]
    table, view, _ = backend.index_view()
    for fieldname in (TITLE_GRAMS, BODY_GRAMS):
        assert all(isinstance(t._buffer, mmap.mmap) for t in view.segment_texts(fieldname) if len(t._buffer))
    for column in (table.article_id, table.day, table.newest_key, table.oldest_key, *table.codes.values()):
        assert _is_mapped(column)


def _is_mapped(array) -> bool:
    base = array
    while base is not None and not isinstance(base, mmap.mmap):
        base = getattr(base, "base", None)
    return base is not None


def test_an_unexpected_column_layout_is_caught(sample_corpus, monkeypatch, tmp_path):
    """A text column reader without the attributes the fast path reads takes the guarded slow path."""
    from search import segment_texts

    backend = sample_corpus["backend"]
    reader = next(r for r, _ in backend.searcher().reader().leaf_readers() if r.doc_count_all())
    real = reader.column_reader

    class Opaque:  # answers per document only, like a column type the fast path does not know
        def __init__(self, column):
            self._column = column

        def __getitem__(self, docnum):
            return self._column[docnum]

    monkeypatch.setattr(reader, "column_reader", lambda *a, **k: Opaque(real(*a, **k)))
    with fastpath.strict(), pytest.raises(fastpath.SlowPathUsed, match="texts of body_grams"):
        segment_texts.open_texts(str(tmp_path), reader, BODY_GRAMS)


def test_stored_answers_and_lists_are_read_back(sample_corpus, monkeypatch):
    """Every long list and verified answer stored, then read from the files: still the exact answer."""
    backend = sample_corpus["backend"]
    corpus = sample_corpus["articles"]
    monkeypatch.setattr(postings, "STORE_FROM", 1)
    monkeypatch.setattr(matching, "STORE_ANSWER_FROM", 0)
    for _ in ("store", "read back"):
        _clear_process_caches(backend)
        for q in QUERIES:
            found = backend.search_exact(ExactSearch(parse_query(q), facets=("province",), limit=None))
            expected = brute_force(corpus, q)
            assert set(found.ids) == expected, q
            assert dict(found.facets["province"]) == brute_facets(corpus, expected, "province"), q
    _, view, _ = backend.index_view()
    # (a segment lacking one of its grams answers at once, with nothing to store)
    assert any(segment_store.load(view.index_key, reader.segment(), "hits", f"{BODY_GRAMS}\x00疫情防控") is not None
               for reader, _ in view.leaves)


@pytest.fixture(scope="class")
def engine_connection(tmp_path_factory):
    return whoosh_connection(tmp_path_factory.mktemp("whoosh-stored"))


class TestWhooshFromStoredAnswers(ExactSearchContract):
    """The whole contract again, with every posting list and verified answer stored beside its segment
    and each test starting from the stored files (process caches cleared)."""

    @pytest.fixture(autouse=True)
    def _store_everything(self, indexed_corpus, monkeypatch):
        monkeypatch.setattr(postings, "STORE_FROM", 1)
        monkeypatch.setattr(matching, "STORE_ANSWER_FROM", 0)
        _clear_process_caches(indexed_corpus["backend"])


def test_facet_counts_come_in_the_pages_order(sample_corpus):
    """The engine's ordered counts let the selectors skip their sorts: the buckets must not change."""
    from urllib.parse import urlencode

    from django.http import QueryDict

    from search.selectors import SearchParams, _buckets

    backend = sample_corpus["backend"]
    for q in QUERIES:
        found = backend.search_exact(ExactSearch(parse_query(q), facets=API_FACETS, limit=0))
        assert found.facets_ordered
        params = SearchParams.from_querydict(QueryDict(urlencode({"q": q})))
        for name in API_FACETS:
            unordered = sorted(found.facets[name], key=lambda vc: (vc[1], vc[0] or ""))
            assert _buckets(params, name, found.facets[name], ordered=True) == _buckets(params, name, unordered)


@pytest.mark.django_db
def test_result_urls_equal_get_absolute_url(sample_corpus):
    from django.utils import translation

    from search.selectors import _article_url

    for language in ("zh-hans", "en"):
        with translation.override(language):
            for article in sample_corpus["articles"][:5]:
                assert _article_url(article.pk) == article.get_absolute_url()

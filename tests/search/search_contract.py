"""The search-backend contract (wagtail-style): every backend's tests subclass these mixins.

* ``ExactSearchContract``: reads, on the committed sample corpus indexed through the outbox: fixed cases
  (one character, sub-word, cross-script, filters, sorts, last pages) and the hypothesis property tests
  (result sets and facet counts equal the brute-force ``search.query.matches``);
* ``IndexLifecycleContract``: writes through the outbox: update, delete, rollback, drain after a crash,
  rebuild under readers, check_index, stats, typed errors, no haystack side path.

A subclass provides one class-scoped fixture, ``engine_connection``: the haystack connection settings of
the engine under test (search.engines). Expected results come from ``search.query.matches`` and the facet
registry (search.facets), never from a backend.
"""
from __future__ import annotations

import threading
from collections import Counter

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection, transaction
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from archive_test_support import use_engine
from conftest import load_samples, make_article, make_regions
from search import indexing
from search.analysis import compact_normalize, normalize, to_traditional
from search.contract import ExactSearch, FilterFieldError, SortError, UnsupportedSearchPath, stats_of
from search.documents import all_documents
from search.facets import facet_values
from search.models import PendingIndexChange
from search.query import matches, parse_query, prepare_document

PROPERTY_SETTINGS = settings(max_examples=80, deadline=None, suppress_health_check=list(HealthCheck))


# -- the reference ------------------------------------------------------------------------------------------
def brute_force(corpus, q: str, **filters) -> set[int]:
    query = parse_query(q)
    out = set()
    for article in corpus:
        values = facet_values(article)
        if all(values[k] in v for k, v in filters.items()) and matches(
            query, prepare_document(article.title, article.body)
        ):
            out.add(article.pk)
    return out


def brute_facets(corpus, ids: set[int], name: str) -> dict:
    return dict(Counter(facet_values(a)[name] for a in corpus if a.pk in ids))


def everything(backend, q: str, **kwargs):
    return backend.search_exact(ExactSearch(query=parse_query(q), limit=None, **kwargs))


def found_ids(backend, q="", **kwargs) -> set[int]:
    return set(everything(backend, q, **kwargs).ids)


@st.composite
def substrings(draw, articles):
    """A random piece of a real title or body, as is, in traditional or in simplified script."""
    article = draw(st.sampled_from(articles))
    text = draw(st.sampled_from([article.title, article.body]))
    text = "".join(text.split())  # terms are whitespace-separated, so draw from the compacted text
    if not text:
        return "疫"
    length = draw(st.integers(1, min(8, len(text))))
    start = draw(st.integers(0, len(text) - length))
    piece = text[start:start + length]
    form = draw(st.sampled_from(["as is", "traditional", "simplified"]))
    if form == "traditional":
        piece = to_traditional(piece)
    elif form == "simplified":
        piece = normalize(piece)
    return piece.replace('"', "") or "疫"


class ExactSearchContract:
    @pytest.fixture(scope="class")
    def indexed_corpus(self, engine_connection, django_db_setup, django_db_blocker):
        """The committed sample articles, indexed through the outbox once per class. Read-only."""
        from archive.models import Article, Region

        with django_db_blocker.unblock(), use_engine(engine_connection) as backend:
            indexing.clear_index()
            regions = make_regions()
            articles = load_samples(regions)
            indexing.drain()
            assert backend.stats().count == len(articles)
            yield {"articles": articles, "backend": backend}
            PendingIndexChange.objects.all().delete()
            Article.objects.all().delete()
            for level in ("county", "prefecture", "province"):
                Region.objects.filter(level=level).delete()
            indexing.clear_index()

    @pytest.fixture
    def backend(self, indexed_corpus, db):
        return indexed_corpus["backend"]

    @pytest.fixture
    def corpus(self, indexed_corpus):
        return indexed_corpus["articles"]

    # -- fixed cases --------------------------------------------------------------------------------------
    @pytest.mark.parametrize("q", [
        "人民银行",  # inside 中国人民银行, which jieba keeps as one word
        "中國人民銀行",  # traditional query: simplified and traditional articles
        "晋", "港", "疫",  # one character
        "社會面清零", "社会面清零",  # both scripts, both ways
        "澤庫縣", "泽库县",
        "疫情 防控", '"疫情 防控"', "港 OR 晋", "疫情 -防控", "title:疫情", "-title:疫情 疫情",
        "covid-19", "ＣＯＶＩＤ－１９", "vid-1", "",
        "0000", "000", "当 OR 0000",  # one gram repeated: 854000 holds 00 but not 0000
    ])
    def test_results_equal_brute_force(self, backend, corpus, q):
        expected = brute_force(corpus, q)
        found = everything(backend, q)
        assert set(found.ids) == expected
        assert found.total == len(expected) == len(found.ids)

    def test_subword_inside_a_longer_jieba_word(self, backend, corpus):
        ids = found_ids(backend, "人民银行")
        assert any("中国人民银行" in a.title + a.body for a in corpus if a.pk in ids)

    def test_one_character_queries_find_articles(self, backend):
        for q in ("晋", "港", "疫"):
            assert everything(backend, q).total > 0, q

    def test_traditional_and_simplified_find_the_same(self, backend):
        assert found_ids(backend, "社會面清零") == found_ids(backend, "社会面清零")

    def test_characters_apart_are_not_a_phrase(self, backend, corpus):
        """核酸检测 must not match 核酸与检测 (an engine imitation once did)."""
        for q in ("核酸检测", "疫情防控"):
            assert found_ids(backend, q) == brute_force(corpus, q)

    def test_facets_count_all_matches(self, backend, corpus):
        q = "疫情"
        expected = brute_force(corpus, q)
        found = backend.search_exact(ExactSearch(parse_query(q), facets=("province", "year", "source"),
                                                 limit=3))
        assert len(found.ids) == 3 and found.total == len(expected)
        for name in ("province", "year", "source"):
            assert dict(found.facets[name]) == brute_facets(corpus, expected, name)

    @pytest.mark.parametrize("limit", [1, 2])
    def test_a_facet_limit_keeps_the_biggest_the_unknown_and_the_chosen_buckets(self, backend, corpus, limit):
        q, facets = "", ("province", "county", "source", "year_month")
        full = backend.search_exact(ExactSearch(parse_query(q), facets=facets, limit=0))
        smallest = [v for v, _ in sorted(full.facets["province"], key=lambda vc: (vc[1], vc[0] or ""))
                    if v is not None][0]  # a value the cut would drop, chosen: it stays listed
        chosen = {"province": (smallest, max(full.facets["province"], key=lambda vc: vc[1])[0])}
        for filters in ({}, chosen):
            every = backend.search_exact(ExactSearch(parse_query(q), filters=filters, facets=facets, limit=0))
            cut = backend.search_exact(ExactSearch(parse_query(q), filters=filters, facets=facets, limit=0,
                                                   facet_limit=limit))
            for name in facets:
                counts = dict(every.facets[name])
                listed = dict(cut.facets[name])
                assert listed.items() <= counts.items(), name  # exact counts, no value invented
                ranked = sorted((vc for vc in counts.items() if vc[0] is not None), key=lambda vc: (-vc[1], vc[0]))
                must = {v for v, _ in ranked[:limit]} | ({None} & counts.keys()) | set(filters.get(name, ()))
                if name == "year_month":
                    must = set(counts)  # a timeline is never cut
                assert must & counts.keys() <= listed.keys(), name
                assert (cut.facet_sizes or {name: len(cut.facets[name])})[name] == len(counts), name

    def test_filters_and_drill_down(self, backend, corpus):
        found = backend.search_exact(ExactSearch(parse_query("疫情"), filters={"province": ("青海省",)},
                                                 facets=("prefecture", "county"), limit=None))
        expected = brute_force(corpus, "疫情", province={"青海省"})
        assert set(found.ids) == expected and expected
        assert {v for v, _ in found.facets["prefecture"]} <= {"黄南藏族自治州", None}

    def test_date_range_excludes_unknown_dates(self, backend, corpus):
        found = backend.search_exact(ExactSearch(parse_query(""), day_from=20220101, day_to=20221231,
                                                 limit=None))
        expected = {a.pk for a in corpus if a.published_at and a.published_at.year == 2022}
        assert set(found.ids) == expected

    @pytest.mark.parametrize("sort", ["newest", "oldest"])
    def test_date_sorts_put_unknown_dates_last(self, backend, corpus, sort):
        found = everything(backend, "", sort=sort)
        by_id = {a.pk: a for a in corpus}
        dates = [by_id[i].published_at for i in found.ids]
        known = [d for d in dates if d]
        assert dates[: len(known)] == sorted(known, reverse=sort == "newest")
        assert all(d is None for d in dates[len(known):])

    def test_relevance_puts_title_hits_first(self, backend, corpus):
        found = everything(backend, "疫情")
        by_id = {a.pk: a for a in corpus}
        in_title = [("疫情" in by_id[i].title) for i in found.ids]
        assert in_title == sorted(in_title, reverse=True)

    @pytest.mark.parametrize("q", ["疫情", "防控", "核酸 OR 隔离", "港"])
    def test_relevance_order_equals_the_reference_order(self, backend, q):
        """Title hits, then whole-word hits, then newest, ties by id: the same order in every engine."""
        from search.db_backend import DatabaseSearchBackend

        reference = DatabaseSearchBackend("reference")
        with use_engine({"ENGINE": "search.db_backend.DatabaseEngine"}):
            indexing.rebuild()
            expected = everything(reference, q).ids
        assert everything(backend, q).ids == expected

    @pytest.mark.parametrize("sort", ["relevance", "newest", "oldest"])
    def test_pages_partition_the_results_exactly(self, backend, sort):
        q = "疫情"
        every = everything(backend, q, sort=sort).ids
        size = 4
        pages = []
        for offset in range(0, len(every) + size, size):
            pages += backend.search_exact(ExactSearch(parse_query(q), sort=sort, offset=offset, limit=size)).ids
        assert pages == every  # no repeated, shifted or missing rows, last page included
        assert len(every) % size != 0  # the last page is a short one (the case of haystack #1664)

    def test_unknown_filter_or_facet_field_is_a_filter_field_error(self, backend):
        with pytest.raises(FilterFieldError, match="unknown filter field 'provinse'"):
            backend.search_exact(ExactSearch(parse_query("疫情"), filters={"provinse": ("青海省",)}))
        with pytest.raises(FilterFieldError, match="unknown facet field"):
            backend.search_exact(ExactSearch(parse_query("疫情"), facets=("nope",)))
        with pytest.raises(SortError):
            backend.search_exact(ExactSearch(parse_query("疫情"), sort="random"))

    def test_haystack_searchqueryset_is_refused_not_rerouted(self, backend):
        from haystack.query import SearchQuerySet

        with pytest.raises(UnsupportedSearchPath):
            SearchQuerySet().auto_query("疫情").count()

    def test_stats_digest_equals_the_database_documents(self, backend):
        expected = stats_of((d.article_id, compact_normalize(d.title), compact_normalize(d.body), d.facets)
                            for d in all_documents())
        assert backend.stats() == expected

    @pytest.mark.urls("search_test_urls")
    @pytest.mark.parametrize("q", ["社会面清零", "社會面清零", "晋", "港 OR 疫", "疫情 -防控", "title:疫情", "泽库县"])
    def test_api_search_pages_and_province_facets_equal_brute_force(self, backend, corpus, client, q):
        """Through /api/search (the selectors, on this engine): every page together, and the province
        facet, equal brute force."""
        ids, page = [], 1
        while True:
            data = client.get("/api/search", {"q": q, "page": page, "page_size": 7}).json()
            ids += [r["id"] for r in data["results"]]
            if page >= data["num_pages"]:
                break
            page += 1
        expected = brute_force(corpus, q)
        assert len(ids) == len(set(ids)) == data["count"] == len(expected) and set(ids) == expected
        assert {b["value"]: b["count"] for b in data["facets"]["province"]} == \
            brute_facets(corpus, expected, "province")

    # -- properties -----------------------------------------------------------------------------------------
    def _check(self, backend, corpus, q):
        expected = brute_force(corpus, q)
        found = backend.search_exact(ExactSearch(parse_query(q), facets=("province", "year"), limit=None))
        assert set(found.ids) == expected, q
        assert found.total == len(expected)
        for name in ("province", "year"):
            assert dict(found.facets[name]) == brute_facets(corpus, expected, name), (q, name)

    def test_random_substrings_equal_brute_force(self, backend, corpus):
        @PROPERTY_SETTINGS
        @given(substrings(corpus))
        def run(q):
            self._check(backend, corpus, q)
        run()

    def test_random_combinations_equal_brute_force(self, backend, corpus):
        terms = substrings(corpus)

        @PROPERTY_SETTINGS
        @given(st.lists(terms, min_size=2, max_size=3), st.sampled_from(["{} {}", "{} OR {}", "{} -{}",
                                                                          'title:{} {}', '"{}"']))
        def run(parts, template):
            self._check(backend, corpus, template.format(*parts[:template.count("{}")]))
        run()


class IndexLifecycleContract:
    @pytest.fixture
    def engine(self, engine_connection, db):
        """The engine under test, emptied, as the outbox's target."""
        with use_engine(engine_connection) as backend:
            indexing.clear_index()
            yield backend
            PendingIndexChange.objects.all().delete()
            indexing.clear_index()

    def test_save_edit_delete_reach_the_index_after_commit(self, engine, regions, drain_on_commit):
        with drain_on_commit():
            article = make_article("澤庫縣召開會議", "疫情防控", region=regions["632323"])
        assert found_ids(engine, "泽库") == {article.pk}
        with drain_on_commit():
            article.region = regions["510104"]
            article.body = "核酸检测"
            article.save()
        result = engine.search_exact(ExactSearch(parse_query("泽库"), facets=("province",)))
        assert result.facets["province"] == [("四川省", 1)]
        assert found_ids(engine, "疫情防控") == set() and found_ids(engine, "核酸") == {article.pk}
        with drain_on_commit():
            article.delete()
        assert found_ids(engine, "泽库") == set()
        assert not PendingIndexChange.objects.exists() and engine.stats().count == 0

    def test_a_rolled_back_change_is_never_indexed(self, engine, drain_on_commit):
        with drain_on_commit():
            with pytest.raises(RuntimeError):
                with transaction.atomic():
                    make_article("回滚", "不应出现")
                    raise RuntimeError
        indexing.drain()
        assert found_ids(engine, "回滚") == set() and not PendingIndexChange.objects.exists()

    def test_a_drain_after_a_crash_applies_what_the_outbox_kept(self, engine, drain_on_commit):
        with drain_on_commit():
            kept = make_article("崩溃前", "已索引")
        # Committed, but the process died before its on-commit drain: only the outbox knows.
        created = make_article("崩溃后", "未索引")
        kept_id = kept.pk
        kept.delete()
        assert found_ids(engine, "崩溃") == {kept_id}
        assert PendingIndexChange.objects.count() == 2
        assert indexing.drain()
        assert found_ids(engine, "崩溃") == {created.pk} and not PendingIndexChange.objects.exists()

    def test_bulk_defers_to_one_drain(self, engine, drain_on_commit):
        with drain_on_commit():  # stands for the commit that follows the import
            with indexing.bulk():
                a = make_article("批量一", "正文")
                b = make_article("批量二", "正文")
                indexing.drain()
                assert found_ids(engine, "批量") == set()  # deferred
        assert found_ids(engine, "批量") == {a.pk, b.pk}

    def test_rebuild_replaces_the_whole_index(self, engine, drain_on_commit):
        from search.contract import IndexDocument

        with drain_on_commit():
            articles = [make_article(f"重建{i}", "正文") for i in range(5)]
        ghost = IndexDocument(article_id=10**9, title="重建幽灵", body="", day=0,
                              facets=facet_values(articles[0]))
        engine.apply([ghost], [])
        assert len(found_ids(engine, "重建")) == 6
        assert indexing.rebuild() == 5
        assert found_ids(engine, "重建") == {a.pk for a in articles}

    def test_check_index_finds_and_repairs_differences(self, engine, drain_on_commit):
        with drain_on_commit():
            a = make_article("检查一", "正文")
        b = make_article("检查二", "正文")  # its on-commit drain never runs: as if the process died
        assert found_ids(engine, "检查") == {a.pk}
        with pytest.raises(CommandError):
            call_command("check_index", verbosity=0)
        call_command("check_index", "--repair", verbosity=0)
        assert found_ids(engine, "检查") == {a.pk, b.pk}
        call_command("check_index", verbosity=0)  # equal now: no error

    def test_stats_follow_every_change(self, engine, drain_on_commit):
        with drain_on_commit():
            a = make_article("统计", "第一版")
        before = engine.stats()
        with drain_on_commit():
            a.body = "第二版"
            a.save()
        after = engine.stats()
        assert before.count == after.count == 1 and before.ids == after.ids == {a.pk}
        assert before.digest != after.digest
        assert after == stats_of([(a.pk, "统计", "第二版", facet_values(a))])


class RebuildUnderReadersContract:
    """Committed data and threads: its own class, as it needs a transactional test database."""

    @pytest.fixture
    def committed_engine(self, engine_connection, transactional_db):
        with use_engine(engine_connection) as backend:
            indexing.clear_index()
            yield backend
            indexing.clear_index()

    def test_readers_never_see_a_missing_or_partial_index_during_rebuild(self, committed_engine):
        from archive.models import Article

        articles = [make_article(f"读者{i}", "重建期间") for i in range(12)]  # autocommit: drained at once
        assert found_ids(committed_engine, "重建期间") == {a.pk for a in articles}
        seen, errors, stop = [], [], threading.Event()

        def reader():
            try:
                backend = indexing.backend()
                while not stop.is_set():
                    seen.append(everything(backend, "重建期间").total)
            except Exception as error:  # noqa: BLE001 - reported below
                errors.append(error)
            finally:
                connection.close()

        in_database = Article.objects.count()  # other committed fixtures' articles may be there too
        thread = threading.Thread(target=reader)
        thread.start()
        try:
            for _ in range(3):
                assert indexing.rebuild() == in_database
        finally:
            stop.set()
            thread.join()
        assert not errors and seen and set(seen) == {12}

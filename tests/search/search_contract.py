"""The search-backend contract (wagtail-style): every backend's tests subclass ``ExactSearchContract``.

A subclass provides two fixtures: ``backend`` (an object with ``search_exact(ExactSearch)``) indexed with
the sample corpus, and ``corpus`` (the list of Article rows indexed). Expected results come from the
brute-force definition ``search.query.matches``, never from the backend itself.
"""
from __future__ import annotations

from collections import Counter

import pytest

from search.backend import ExactSearch
from search.query import matches, parse_query, prepare_document


def brute_force(corpus, q: str, **filters) -> set[int]:
    query = parse_query(q)
    out = set()
    for article in corpus:
        if all(_facet_value(article, k) in v for k, v in filters.items()) and matches(
            query, prepare_document(article.title, article.body)
        ):
            out.add(article.pk)
    return out


def _facet_value(article, name):
    region = article.region
    if name == "province":
        return region.province_name if region else None
    if name == "prefecture":
        return region.prefecture_name if region else None
    if name == "county":
        return region.county_name if region else None
    if name == "year":
        return f"{article.published_at:%Y}" if article.published_at else "unknown"
    if name == "year_month":
        return f"{article.published_at:%Y-%m}" if article.published_at else "unknown"
    if name == "source":
        return article.source_name or None
    raise KeyError(name)


def brute_facets(corpus, ids: set[int], name: str) -> dict:
    return dict(Counter(_facet_value(a, name) for a in corpus if a.pk in ids))


def everything(backend, q: str, **kwargs):
    return backend.search_exact(ExactSearch(query=parse_query(q), limit=None, **kwargs))


class ExactSearchContract:
    @pytest.mark.parametrize("q", [
        "人民银行",  # inside 中国人民银行, which jieba keeps as one word
        "中國人民銀行",  # traditional query: simplified and traditional articles
        "晋", "港", "疫",  # one character
        "社會面清零", "社会面清零",  # both scripts, both ways
        "澤庫縣", "泽库县",
        "疫情 防控", '"疫情 防控"', "港 OR 晋", "疫情 -防控", "title:疫情", "-title:疫情 疫情",
        "covid-19", "ＣＯＶＩＤ－１９", "",
    ])
    def test_results_equal_brute_force(self, backend, corpus, q):
        expected = brute_force(corpus, q)
        found = everything(backend, q)
        assert set(found.ids) == expected
        assert found.total == len(expected) == len(found.ids)

    def test_subword_inside_a_longer_jieba_word(self, backend, corpus):
        ids = set(everything(backend, "人民银行").ids)
        assert any("中国人民银行" in a.title + a.body for a in corpus if a.pk in ids)

    def test_one_character_queries_find_articles(self, backend):
        for q in ("晋", "港", "疫"):
            assert everything(backend, q).total > 0, q

    def test_traditional_and_simplified_find_the_same(self, backend):
        assert set(everything(backend, "社會面清零").ids) == set(everything(backend, "社会面清零").ids)

    def test_facets_count_all_matches(self, backend, corpus):
        q = "疫情"
        expected = brute_force(corpus, q)
        found = backend.search_exact(ExactSearch(parse_query(q), facets=("province", "year", "source"),
                                                 limit=3))
        assert len(found.ids) == 3 and found.total == len(expected)
        for name in ("province", "year", "source"):
            assert dict(found.facets[name]) == brute_facets(corpus, expected, name)

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

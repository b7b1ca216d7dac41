"""/api/search, /api/articles/<id> and the exports, on the sample corpus."""
import csv
import re
import io
import json

import pytest

from search_contract import brute_force, brute_facets

pytestmark = [pytest.mark.django_db, pytest.mark.urls("search_test_urls")]


def get(client, **params):
    response = client.get("/api/search", params)
    return response.status_code, response.json()


def all_pages(client, **params):
    ids, page = [], 1
    while True:
        status, data = get(client, page=page, page_size=7, **params)
        assert status == 200, data
        ids += [r["id"] for r in data["results"]]
        if page >= data["num_pages"]:
            return ids, data
        page += 1


@pytest.mark.parametrize("q", ["社会面清零", "社會面清零", "晋", "港 OR 疫", "疫情 -防控", "title:疫情"])
def test_every_page_together_equals_brute_force(client, sample_corpus, q):
    ids, last = all_pages(client, q=q)
    expected = brute_force(sample_corpus["articles"], q)
    assert len(ids) == len(set(ids)) == last["count"] == len(expected)
    assert set(ids) == expected
    facets = {b["value"]: b["count"] for b in last["facets"]["province"]}
    assert facets == brute_facets(sample_corpus["articles"], expected, "province")


def test_result_shape_and_canonical_facet_values(client, sample_corpus):
    status, data = get(client, q="泽库")
    assert status == 200 and data["count"] >= 1
    row = data["results"][0]
    assert set(row) >= {"id", "url", "title", "published_at", "province", "prefecture", "county",
                        "source_name", "snippet"}
    assert set(data["facets"]) == {"province", "prefecture", "county", "year", "year_month", "source"}
    assert {"value": "青海省", "count": data["count"]}.items() <= data["facets"]["province"][0].items()


def test_snippet_marks_traditional_text_at_the_right_place(client, sample_corpus):
    status, data = get(client, q="泽库县")  # simplified query, traditional article
    row = next(r for r in data["results"] if "澤庫縣" in r["title"] + r["snippet"])
    assert "<mark>澤庫縣</mark>" in row["snippet"]
    plain = row["snippet"].replace("<mark>", "").replace("</mark>", "")
    assert "<" not in plain.replace("&lt;", "")  # everything else escaped


def test_snippet_escapes_html(client, sample_corpus):
    from search.highlight import find_spans, snippet_html
    from search.query import parse_query

    text = "<b>疫情</b> & 防控"
    html = snippet_html(text, find_spans(text, parse_query("疫情").positive_terms()))
    assert html == "&lt;b&gt;<mark>疫情</mark>&lt;/b&gt; &amp; 防控"


def test_unknown_dates_have_their_own_bucket(client, sample_corpus):
    status, data = get(client, q="")
    years = {b["value"]: b["count"] for b in data["facets"]["year"]}
    assert years["unknown"] == sum(1 for a in sample_corpus["articles"] if a.published_at is None)
    assert sum(years.values()) == data["count"] == len(sample_corpus["articles"])


def test_date_range_and_year_month_filters(client, sample_corpus):
    arts = sample_corpus["articles"]
    _, data = get(client, date_from="2022-05", date_to="2022-11-23", page_size=100)
    expected = {a.pk for a in arts if a.published_at and "2022-05-01" <= a.published_at.isoformat() <= "2022-11-23"}
    assert {r["id"] for r in data["results"]} == expected
    _, data = get(client, year_month="2022-05", page_size=100)
    assert {r["id"] for r in data["results"]} == {a.pk for a in arts if a.published_at
                                                   and a.published_at.strftime("%Y-%m") == "2022-05"}


def test_drill_down_toggle_links(client, sample_corpus):
    _, data = get(client, q="疫情", province="四川省")
    assert {b["value"] for b in data["facets"]["province"]} == {"四川省"}
    assert data["facets"]["province"][0]["selected"] is True
    assert {b["value"] for b in data["facets"]["prefecture"]} <= {"成都市", None}
    assert "province" not in data["facets"]["province"][0]["toggle"]


@pytest.mark.parametrize("params, fragment", [
    ({"page": "0"}, "page"), ({"page": "x"}, "page"), ({"page_size": "101"}, "page_size"),
    ({"date_from": "2022-13"}, "date_from"), ({"date_to": "2022/05/01"}, "date_to"),
    ({"date_from": "2022-06", "date_to": "2022-05"}, "after"), ({"sort": "random"}, "sort"),
    ({"year": "22"}, "year"), ({"q": "疫", "page": "99"}, "last page"),
    ({"facet_limit": "0"}, "facet_limit"), ({"facet_limit": "some"}, "facet_limit"),
])
def test_bad_parameters_are_a_400_with_a_message(client, sample_corpus, params, fragment):
    status, data = get(client, **params)
    assert status == 400 and fragment in data["error"]


def test_a_facet_lists_its_biggest_buckets_and_says_how_many_it_has(client, sample_corpus):
    _, every = get(client, facet_limit="all")
    _, top = get(client, facet_limit="2")
    assert every["facet_limit"] is None and top["facet_limit"] == 2
    for name, buckets in every["facets"].items():
        assert every["facet_size"][name] == top["facet_size"][name] == len(buckets)
        if name in ("year", "year_month"):  # a timeline is never cut
            assert [(b["value"], b["count"]) for b in top["facets"][name]] == \
                [(b["value"], b["count"]) for b in buckets]
            continue
        known = [b for b in buckets if b["value"] is not None]
        not_known = [b for b in buckets if b["value"] is None]
        assert [b["value"] for b in top["facets"][name]] == [b["value"] for b in known[:2] + not_known]
        assert {b["value"]: b["count"] for b in top["facets"][name]}.items() <= \
            {b["value"]: b["count"] for b in buckets}.items()
    assert len([b for b in every["facets"]["province"] if b["value"]]) > 2  # the cut was tested


def test_a_chosen_value_stays_listed_beyond_the_facet_limit(client, sample_corpus):
    _, every = get(client, facet_limit="all")
    provinces = [b["value"] for b in every["facets"]["province"] if b["value"]]
    chosen = [provinces[0], provinces[-1]]
    status, data = get(client, facet_limit="1", province=chosen)
    assert status == 200
    assert [b["value"] for b in data["facets"]["province"]] == chosen
    assert all(b["selected"] for b in data["facets"]["province"])
    assert "facet_limit=1" in data["facets"]["province"][0]["toggle"]


def test_odd_queries_never_fail(client, sample_corpus):
    for q in ['"', "-", "OR", "title:", '-"', "a OR", "((", "\\", "*", "：", "　"]:
        status, _ = get(client, q=q)
        assert status == 200, q


def test_article_endpoint_returns_the_export_record(client, sample_corpus):
    from archive.export import EXPORT_FIELDS

    article = sample_corpus["articles"][0]
    data = client.get(f"/api/articles/{article.pk}").json()
    assert tuple(data) == EXPORT_FIELDS and data["id"] == article.pk
    missing = client.get("/api/articles/999999")
    assert missing.status_code == 404 and "error" in missing.json()


def test_exports_stream_every_match(client, sample_corpus):
    expected = brute_force(sample_corpus["articles"], "疫情")
    response = client.get("/search/export.jsonl", {"q": "疫情", "page_size": 1})
    assert response.streaming and "search-export.jsonl" in response["Content-Disposition"]
    rows = [json.loads(line) for line in b"".join(response.streaming_content).decode().splitlines()]
    assert {r["id"] for r in rows} == expected
    response = client.get("/search/export.csv", {"q": "疫情"})
    text = b"".join(response.streaming_content).decode("utf-8-sig")
    assert {int(r["id"]) for r in csv.DictReader(io.StringIO(text))} == expected
    assert client.get("/search/export.csv", {"date_from": "nope"}).status_code == 400


def test_facet_toggler_builds_the_same_links_as_toggle():
    from django.http import QueryDict

    from search.selectors import FILTER_PARAMS, SearchParams

    values = ["青海省", "黄南藏族自治州", "a b&c=d", "2020", "2020-01", "unknown", "x+y"]
    for query in ["", "q=疫情&province=青海省&province=a+b%26c%3Dd&county=x%2By&sort=newest",
                  "q=a%26b&year=2020&year_month=2020-01&prefecture=黄南藏族自治州&page_size=7&date_from=2020"]:
        params = SearchParams.from_querydict(QueryDict(query))
        for param in FILTER_PARAMS:
            toggle = params.toggler(param)
            for value in values:
                assert toggle(value) == params.toggle(param, value), (query, param, value)


def test_a_search_says_where_its_time_went_in_server_timing(client, sample_corpus):
    first = client.get("/api/search", {"q": "疫情防控"})
    again = client.get("/api/search", {"q": "疫情防控"})
    phases = [dict(re.findall(r"(\w+);dur=([\d.]+)", r["Server-Timing"])) for r in (first, again)]
    assert set(phases[0]) == {"open", "match", "facets", "order", "rows", "json"}
    assert "match" not in phases[1]  # answered from this generation's cache
    assert all(float(ms) >= 0 for ms in phases[0].values())

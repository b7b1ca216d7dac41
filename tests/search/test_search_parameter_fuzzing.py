"""Hostile or malformed parameters never give a 5xx: hypothesis sends thousands of combinations to the JSON
API and the pages built on the same parameters, and every answer is a result or a 400 that says why."""
import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

PARAMS = ("q", "province", "prefecture", "county", "source", "year", "year_month", "date_from", "date_to",
          "sort", "page", "page_size", "script")
# Values near the edges: numbers in other forms, dates out of range, markup, control and wide characters.
TRICKY = st.sampled_from([
    "", " ", "0", "-1", "1_0", "１０", "999999999999", "2020", "２０２０", "2020-13", "2020-02-30", "0000-00-00",
    "newest", "oldest", "relevance", "湖北省", "武漢", "\x00", "\ud7ff", "<script>", "' OR 1=1 --", "%00", "title:",
    "\"未闭合", "-", "OR", "AND", "疫 OR 情 -武汉", "unknown", "traditional", "x" * 300,
])
VALUES = st.one_of(TRICKY, st.text(max_size=40))
QUERIES = st.dictionaries(st.sampled_from(PARAMS), st.lists(VALUES, min_size=1, max_size=3), max_size=6)


def as_query(params: dict) -> list[tuple[str, str]]:
    return [(k, v) for k, values in params.items() for v in values]


@pytest.mark.django_db
@settings(max_examples=2000, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(params=QUERIES)
def test_the_search_api_never_answers_5xx(client, sample_corpus, params):
    response = client.get("/api/search", as_query(params))
    assert response.status_code in (200, 400), (params, response.status_code)
    if response.status_code == 400:
        assert response.json()["error"]  # a reason a person understands


@pytest.mark.django_db
@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(params=QUERIES, path=st.sampled_from(["/", "/search/export.csv", "/trends", "/concordance"]))
def test_the_pages_never_answer_5xx(client, sample_corpus, params, path):
    response = client.get(path, as_query(params))
    assert response.status_code < 500, (path, params, response.status_code)


@pytest.mark.django_db
@pytest.mark.parametrize(("name", "value"), [("year", "２０２０"), ("page", "1_0"), ("page", "１０"), ("page_size", " 5")])
def test_numbers_in_other_forms_are_refused_with_a_reason(client, sample_corpus, name, value):
    response = client.get("/api/search", {name: value})
    assert response.status_code == 400 and name in response.json()["error"]

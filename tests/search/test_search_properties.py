"""Property: for random substrings of real articles, in both scripts, the index agrees with brute force
on the whole result set and on the province / year facet counts."""
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from search.analysis import normalize, to_traditional
from search.backend import ExactSearch
from search.query import parse_query
from search_contract import brute_facets, brute_force

pytestmark = pytest.mark.django_db

SETTINGS = settings(max_examples=80, deadline=None, suppress_health_check=list(HealthCheck))


@st.composite
def substrings(draw, articles):
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
    return piece.replace('"', "")or "疫"


def check(sample_corpus, q):
    articles, backend = sample_corpus["articles"], sample_corpus["backend"]
    expected = brute_force(articles, q)
    found = backend.search_exact(ExactSearch(parse_query(q), facets=("province", "year"), limit=None))
    assert set(found.ids) == expected, q
    assert found.total == len(expected)
    for name in ("province", "year"):
        assert dict(found.facets[name]) == brute_facets(articles, expected, name), (q, name)


def test_random_substrings(sample_corpus):
    @SETTINGS
    @given(substrings(sample_corpus["articles"]))
    def run(q):
        check(sample_corpus, q)
    run()


def test_random_combinations(sample_corpus):
    terms = substrings(sample_corpus["articles"])

    @SETTINGS
    @given(st.lists(terms, min_size=2, max_size=3), st.sampled_from(["{} {}", "{} OR {}", "{} -{}",
                                                                      'title:{} {}', '"{}"']))
    def run(parts, template):
        q = template.format(*parts[:template.count("{}")])
        check(sample_corpus, q)
    run()

"""The Whoosh backend against the contract, on the committed sample corpus."""
import pytest

from search_contract import ExactSearchContract

pytestmark = pytest.mark.django_db


class TestChineseWhooshBackend(ExactSearchContract):
    @pytest.fixture
    def backend(self, sample_corpus):
        return sample_corpus["backend"]

    @pytest.fixture
    def corpus(self, sample_corpus):
        return sample_corpus["articles"]


def test_schema_uses_exact_fields_and_our_analyzers(sample_corpus):
    from whoosh.fields import ID, NUMERIC, TEXT

    from search.analysis import GramTokenizer, WordTokenizer

    schema = sample_corpus["backend"].schema
    for name in ("province", "prefecture", "county", "source", "year", "year_month"):
        assert isinstance(schema[name], ID) and schema[name].column_type is not None, name
    assert isinstance(schema["text"], TEXT) and isinstance(schema["text"].analyzer, WordTokenizer)
    assert not schema["text"].column_type  # the body is not stored a second time as a sort column
    assert isinstance(schema["body_grams"].analyzer, GramTokenizer)
    assert isinstance(schema["published_day"], NUMERIC)

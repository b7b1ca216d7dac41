"""The Whoosh backend: the contract suite, then what only Whoosh has (schema, posting arrays)."""
import pytest

from archive_test_support import whoosh_connection
from search_contract import ExactSearchContract, IndexLifecycleContract, RebuildUnderReadersContract


@pytest.fixture(scope="class")
def engine_connection(tmp_path_factory):
    return whoosh_connection(tmp_path_factory.mktemp("whoosh-contract"))


class TestWhooshExactSearch(ExactSearchContract):
    pass


class TestWhooshIndexLifecycle(IndexLifecycleContract):
    pass


class TestWhooshRebuildUnderReaders(RebuildUnderReadersContract):
    pass


@pytest.mark.django_db
def test_schema_uses_exact_fields_and_our_analyzers(sample_corpus):
    from whoosh.fields import ID, NUMERIC, TEXT

    from search.analysis import GramTokenizer, WordTokenizer
    from search.facets import FACETS

    schema = sample_corpus["backend"].schema
    for name in (f.field for f in FACETS):
        assert isinstance(schema[name], ID) and schema[name].column_type is not None, name
    assert isinstance(schema["text"], TEXT) and isinstance(schema["text"].analyzer, WordTokenizer)
    assert not schema["text"].column_type  # the body is not stored a second time as a sort column
    assert isinstance(schema["body_grams"].analyzer, GramTokenizer)
    assert isinstance(schema["published_day"], NUMERIC)


@pytest.mark.django_db
def test_posting_arrays_equal_whoosh_matchers(sample_corpus):
    """search.postings decodes Whoosh's block files itself: it must agree with Whoosh's own matchers."""
    import numpy as np

    from search.schema import BODY_GRAMS, TITLE_GRAMS, WORDS

    backend = sample_corpus["backend"]
    table, view, _ = backend.index_view()
    reader = backend.searcher().reader()
    checked = 0
    for fieldname in (TITLE_GRAMS, BODY_GRAMS, WORDS):
        for term in list(reader.field_terms(fieldname))[:400]:
            expected = np.fromiter(reader.postings(fieldname, term).all_ids(), dtype=np.int64)
            expected = expected[table.live[expected]]
            got = view.postings(fieldname, term)
            assert got[table.live[got]].tolist() == expected.tolist(), (fieldname, term)
            checked += 1
    assert checked > 300


def test_verification_texts_are_the_compacted_normalised_texts(sample_corpus):
    from search.analysis import compact_normalize
    from search.schema import BODY_GRAMS, TITLE_GRAMS

    backend = sample_corpus["backend"]
    table, view, _ = backend.index_view()
    by_id = {a.pk: a for a in sample_corpus["articles"]}
    for docnum in table.live_docs():
        article = by_id[int(table.article_id[docnum])]
        assert view.texts(TITLE_GRAMS)[docnum] == compact_normalize(article.title)
        assert view.texts(BODY_GRAMS)[docnum] == compact_normalize(article.body)


def test_posting_arrays_span_blocks_and_segments(tmp_path):
    """Several 128-posting blocks per term, two segments, a deletion: the numpy view agrees with Whoosh."""
    import numpy as np
    from whoosh.fields import ID, Schema

    from search.fields import GramsFieldType
    from search.matching import IndexView

    schema = Schema(key=ID(stored=True, unique=True), grams=GramsFieldType())
    ix = __import__("whoosh.index", fromlist=["create_in"]).create_in(str(tmp_path), schema)
    for part in range(2):
        with ix.writer() as writer:
            for i in range(part * 700, part * 700 + 700):
                writer.add_document(key=str(i), grams=("疫情" if i % 3 else "防控") + f"第{i}号")
    with ix.writer() as writer:
        writer.delete_by_term("key", "4")
    with ix.searcher() as searcher:
        reader = searcher.reader()
        assert len(list(reader.leaf_readers())) == 2
        view = IndexView(str(tmp_path), searcher, reader.doc_count_all())
        for term in ("疫情", "防控", "疫", "号", "第1", "不在"):
            expected = sorted(reader.postings("grams", term).all_ids()) if ("grams", term) in reader else []
            got = view.postings("grams", term)
            live = [d for d in got.tolist() if not reader.is_deleted(d)]
            assert live == expected, term
        assert view.texts("grams")[5] == "疫情第5号"
        assert np.all(np.diff(view.postings("grams", "疫情")) > 0)

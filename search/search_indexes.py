"""The index's fields, for haystack's schema building (search.backend.build_schema). Documents are
prepared once, for every engine, by search.documents from the facet registry (search.facets), whose date
facets read the article's EDTF date (``archive.edtf.year_of`` / ``year_month_of``)."""
from haystack import indexes

from archive.models import Article
from search.facets import FACETS


class WordsField(indexes.CharField):
    """jieba words (search.fields.WordsFieldType, positionless): ranking."""

    field_type = "cjk_words"


class GramsField(indexes.CharField):
    """CJK unigrams + bigrams, positionless, plus the compacted text for verification
    (search.fields.GramsFieldType): exact recall."""

    field_type = "cjk_grams"


class _ArticleFields(indexes.SearchIndex):
    text = WordsField(document=True)
    title_grams = GramsField(model_attr="title")
    body_grams = GramsField(model_attr="body")
    article_id = indexes.IntegerField(model_attr="pk")
    published_day = indexes.IntegerField()


class ArticleIndex(_ArticleFields, indexes.Indexable):
    locals().update({f.field: indexes.FacetCharField(null=True) for f in FACETS})  # one per registry facet

    def get_model(self):
        return Article

    def index_queryset(self, using=None):
        from search.documents import indexable_articles

        return indexable_articles()

"""What the index holds for an Article. Facet values are the export's canonical names (archive.export)."""
from haystack import indexes

from archive.edtf import year_month_of, year_of

from archive.models import Article
from search.schema import UNKNOWN_DATE


class WordsField(indexes.CharField):
    """jieba words (search.fields.WordsFieldType, positionless): ranking."""

    field_type = "cjk_words"


class GramsField(indexes.CharField):
    """CJK unigrams + bigrams, positionless, plus the compacted text for verification
    (search.fields.GramsFieldType): exact recall."""

    field_type = "cjk_grams"


class ArticleIndex(indexes.SearchIndex, indexes.Indexable):
    text = WordsField(document=True)
    title_grams = GramsField(model_attr="title")
    body_grams = GramsField(model_attr="body")
    article_id = indexes.IntegerField(model_attr="pk")
    published_day = indexes.IntegerField()
    province = indexes.FacetCharField(null=True)
    prefecture = indexes.FacetCharField(null=True)
    county = indexes.FacetCharField(null=True)
    region_code = indexes.FacetCharField(null=True)
    source = indexes.FacetCharField(null=True)
    year = indexes.FacetCharField()
    year_month = indexes.FacetCharField()
    date_precision = indexes.FacetCharField(model_attr="date_precision")

    def get_model(self):
        return Article

    def index_queryset(self, using=None):
        return self.get_model().objects.select_related("region", "region__province", "region__prefecture")

    def prepare_text(self, article):
        return f"{article.title}\n{article.body}"

    def prepare_published_day(self, article):
        # A DateField has no time zone; were it ever a datetime, it would be Asia/Shanghai local already.
        d = article.published_at
        return d.year * 10000 + d.month * 100 + d.day if d else 0

    def prepare_province(self, article):
        return article.region.province_name if article.region else None

    def prepare_prefecture(self, article):
        return article.region.prefecture_name if article.region else None

    def prepare_county(self, article):
        return article.region.county_name if article.region else None

    def prepare_region_code(self, article):
        return article.region.code if article.region else None

    def prepare_source(self, article):
        return article.source_name or None

    # Date facets read the article's EDTF date, the one definition of how much of its date is known: a
    # month-day without a year (XXXX-11-23) counts as an unknown year, never as a guessed one.
    def prepare_year(self, article):
        return year_of(article.edtf) or UNKNOWN_DATE

    def prepare_year_month(self, article):
        return year_month_of(article.edtf) or UNKNOWN_DATE

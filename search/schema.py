"""Names of the index fields, shared by the SearchIndex, the backend and the checker. No Django here."""

WORDS = "text"  # jieba words of title + body: ranking ("whole-word hits")
TITLE_GRAMS = "title_grams"  # exact recall in the title
BODY_GRAMS = "body_grams"  # exact recall in the body
ARTICLE_ID = "article_id"  # numeric column: index docnum → Article.pk without reading stored fields
PUBLISHED_DAY = "published_day"  # numeric column YYYYMMDD, 0 when unknown: sorting and date ranges

# Exact, un-analysed facet/filter fields (Whoosh ID + a RefBytes column: one small int per document).
FACET_FIELDS = ("province", "prefecture", "county", "region_code", "source", "year", "year_month",
                "date_precision")

# The facets the API reports, in display order; each is the index field of the same name.
API_FACETS = ("province", "prefecture", "county", "year", "year_month", "source")

UNKNOWN_DATE = "unknown"  # year / year_month bucket of articles without a known date

"""Names of the Whoosh index fields, shared by the SearchIndex, the backend and the doc table. No Django.

Facet fields come from the facet registry (search.facets), the one definition of them."""
from search.facets import API_FACETS, FACETS, UNKNOWN_DATE  # noqa: F401  (re-exported)

WORDS = "text"  # jieba words of title + body: ranking ("whole-word hits")
TITLE_GRAMS = "title_grams"  # exact recall in the title
BODY_GRAMS = "body_grams"  # exact recall in the body
ARTICLE_ID = "article_id"  # numeric column: index docnum → Article.pk without reading stored fields
PUBLISHED_DAY = "published_day"  # numeric column YYYYMMDD, 0 when unknown: sorting and date ranges

# Exact, un-analysed facet/filter fields (Whoosh ID + a RefBytes column: one small int per document).
FACET_FIELDS = tuple(f.field for f in FACETS)

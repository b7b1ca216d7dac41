"""Files the web layer makes (citations, feeds, trend and concordance data): language-neutral URLs."""
from django.urls import path

from web.views import exports

urlpatterns = [
    path("articles/<int:pk>/cite.ris", exports.article_ris, name="article-ris"),
    path("search/export.ris", exports.search_ris, name="search-export-ris"),
    path("search/feed.atom", exports.search_atom, name="search-feed-atom"),
    path("concordance/export.csv", exports.concordance_csv, name="concordance-export-csv"),
]

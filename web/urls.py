"""The HTML pages. The JSON API and the exports stay in search/urls.py; every page here has a JSON twin there."""
from django.urls import path

from web.views import article, concordance, search, trends

urlpatterns = [
    path("", search.search, name="search"),
    path("articles/<int:pk>/", article.article_detail, name="article-detail"),
    path("articles/<int:pk>/raw", article.article_raw, name="article-raw"),
    path("trends", trends.trends, name="trends"),
    path("concordance", concordance.concordance_view, name="concordance"),
]

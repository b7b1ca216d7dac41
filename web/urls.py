"""The HTML pages. The JSON API and the exports stay in search/urls.py; every page here has a JSON twin there."""
from django.urls import path

from web.views import article, search

urlpatterns = [
    path("", search.search, name="search"),
    path("articles/<int:pk>/", article.article_detail, name="article-detail"),
    path("articles/<int:pk>/raw", article.article_raw, name="article-raw"),
]

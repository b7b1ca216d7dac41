from django.urls import path

from search import api

urlpatterns = [
    path("api/search", api.api_search, name="api-search"),
    path("api/articles/<int:pk>", api.api_article, name="api-article"),
    path("search/export.csv", api.export_csv, name="search-export-csv"),
    path("search/export.jsonl", api.export_jsonl, name="search-export-jsonl"),
    path("api/trends", api.api_trends, name="api-trends"),
    path("trends/export.csv", api.trends_csv, name="trends-export-csv"),
    path("api/concordance", api.api_concordance, name="api-concordance"),
]


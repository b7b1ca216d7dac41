"""The search URLs plus the article page they link to, independent of the rest of the site's views."""
from django.http import HttpResponse
from django.urls import include, path

urlpatterns = [
    path("", include("search.urls")),
    path("articles/<int:pk>/", lambda request, pk: HttpResponse(str(pk)), name="article-detail"),
]

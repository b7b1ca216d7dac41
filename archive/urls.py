from django.urls import path

from archive import views

urlpatterns = [
    path("articles/<int:pk>/", views.article_detail, name="article-detail"),
    path("articles/<int:pk>/raw", views.article_raw, name="article-raw"),
]

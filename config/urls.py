from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path

urlpatterns = [
    path("admin/", admin.site.urls),
    path("i18n/", include("django.conf.urls.i18n")),
    # The JSON API and the exports: language-neutral, never prefixed.
    path("", include("search.urls")),
    # Citation files and feeds (web.views.exports): language-neutral too.
    path("", include("web.file_urls")),
]
# The HTML pages: /… in Simplified Chinese (the default), /en/… in English, so a view can be shared in
# its language. The header's language switch (Django's set_language) keeps the path and the query.
urlpatterns += i18n_patterns(path("", include("web.urls")), prefix_default_language=False)

from django.apps import AppConfig


class SearchConfig(AppConfig):
    name = "search"
    verbose_name = "Search"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from django.conf import settings

        from search import analysis, indexing

        # jieba's cache goes beside our other local state, not /tmp (0600, shared between users).
        analysis.configure_jieba(lambda: getattr(settings, "JIEBA_CACHE_DIR", None)
                                 or getattr(settings, "DATA_DIR", None))
        indexing.connect_signals()

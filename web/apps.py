from django.apps import AppConfig


class WebConfig(AppConfig):
    """Presentation shared by the HTML pages: charts, citations, dates, URL helpers and template tags."""

    name = "web"
    verbose_name = "Web pages"

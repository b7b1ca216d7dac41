"""Re-index articles through the one writer (no -k workers: they would race for Whoosh's lock)."""
from datetime import timedelta

from django.core.management.base import BaseCommand
from django.utils import timezone

from archive.models import Article
from search import indexing


class Command(BaseCommand):
    help = "Queue articles (all, or changed in the last --age hours) for re-indexing and apply them now."

    def add_arguments(self, parser):
        parser.add_argument("--age", type=int, default=None, help="only articles updated in the last N hours")
        parser.add_argument("--remove", action="store_true", help="accepted for compatibility: deletions "
                            "are always applied, the outbox records them")
        parser.add_argument("--noinput", "--no-input", action="store_true")

    def handle(self, *args, age=None, verbosity=1, **options):
        articles = Article.objects.all()
        if age is not None:
            articles = articles.filter(updated_at__gte=timezone.now() - timedelta(hours=age))
        ids = list(articles.values_list("pk", flat=True))
        with indexing.bulk():
            indexing.enqueue(ids)
        indexing.drain_now()
        if verbosity:
            self.stdout.write(f"Updated {len(ids)} articles.")

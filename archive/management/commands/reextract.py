"""python manage.py reextract [ID ...] — re-run the current pipeline on the kept raw bytes of articles."""
import sys
from collections import Counter

from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from archive.management.database_ready import require_migrated_database
from archive.models import Article
from archive.services import article_reextract
from search import indexing


class Command(BaseCommand):
    help = ("Re-extract articles from their raw pages with the current pipeline (all articles, or the ids given). "
            "Fields staff corrected are kept; changed articles are re-indexed.")

    def add_arguments(self, parser):
        parser.add_argument("ids", nargs="*", type=int, help="article ids (default: every article)")
        parser.add_argument("--verbose-changes", action="store_true", help="list every changed article")

    def handle(self, *args, ids, verbose_changes=False, **options):
        require_migrated_database()
        articles = Article.objects.order_by("pk")
        if ids:
            articles = articles.filter(pk__in=ids)
            missing = sorted(set(ids) - set(articles.values_list("pk", flat=True)))
            if missing:
                raise CommandError(f"no article with id {', '.join(map(str, missing))}")
        counts, changed_fields = Counter(), Counter()
        progress = tqdm(desc="re-extracting", unit=" articles", file=sys.stderr, disable=None,
                        total=articles.count())
        with indexing.bulk(), progress:
            for article in articles.iterator(chunk_size=200):
                outcome = article_reextract(article)
                counts[outcome.status] += 1
                changed_fields.update(outcome.changed)
                progress.update()
                if outcome.status == "failed" or (verbose_changes and outcome.status == "updated"):
                    with tqdm.external_write_mode(file=sys.stderr):
                        self.stdout.write(outcome.message)
        self.stdout.write(f"{counts['updated']} updated, {counts['unchanged']} unchanged, {counts['failed']} failed")
        if changed_fields:
            self.stdout.write("fields changed: " + ", ".join(f"{n} ({c})" for n, c in changed_fields.most_common()))

"""python manage.py export_articles --format jsonl|csv [--output FILE] — every article, one record each."""
from django.core.management.base import BaseCommand

from archive.export import exportable_articles, iter_csv, iter_jsonl
from archive.management.database_ready import require_migrated_database


class Command(BaseCommand):
    help = "Export all articles as JSON Lines or CSV with the fields researchers cite."

    def add_arguments(self, parser):
        parser.add_argument("--format", choices=["jsonl", "csv"], default="jsonl")
        parser.add_argument("--output", help="file to write (default: standard output)")

    def handle(self, *args, format="jsonl", output=None, **options):
        require_migrated_database()
        chunks = (iter_csv if format == "csv" else iter_jsonl)(exportable_articles().iterator(chunk_size=500))
        if not output:
            for chunk in chunks:
                self.stdout.write(chunk, ending="")
            return
        with open(output, "w", encoding="utf-8", newline="") as stream:
            for chunk in chunks:
                stream.write(chunk)

"""Merge the search index's small segments (Whoosh) at low CPU priority; the server's workers start this
in the background when segments pile up, so no request ever waits for a merge."""
import os

from django.core.management.base import BaseCommand

from search import indexing


class Command(BaseCommand):
    help = "Merge small search-index segments until none need merging (returns at once if another merges)."

    def add_arguments(self, parser):
        parser.add_argument("--nice", type=int, default=10, help="lower this process's CPU priority by N")

    def handle(self, *args, nice=10, verbosity=1, **options):
        if nice:
            os.nice(nice)
        merged = indexing.merge()
        if verbosity:
            self.stdout.write(f"Merged {merged} document(s).")

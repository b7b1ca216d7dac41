"""Build a complete index in a new directory and swap it in atomically (readers never lack an index)."""
import time

from django.core.management.base import BaseCommand

from search import indexing


class Command(BaseCommand):
    help = "Rebuild the search index beside the live one, swap it in, replay changes made meanwhile."

    def add_arguments(self, parser):
        parser.add_argument("--batch-size", type=int, default=indexing.OUTBOX_CHUNK)
        parser.add_argument("--noinput", "--no-input", action="store_true", help="accepted for compatibility")

    def handle(self, *args, batch_size, verbosity=1, **options):
        started = time.perf_counter()

        def progress(done, total):
            if verbosity:
                self.stdout.write(f"  {done}/{total}")

        count = indexing.rebuild(batch_size=batch_size, progress=progress)
        elapsed = time.perf_counter() - started
        if verbosity:
            self.stdout.write(f"Indexed {count} articles in {elapsed:.1f} s ({count / max(elapsed, 1e-9):.0f}/s).")

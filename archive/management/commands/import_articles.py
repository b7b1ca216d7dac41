"""python manage.py import_articles PATH... — files, directories, zips and JSONL into the archive."""
import sys
from collections import Counter

from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from archive.capture import ingest_with_capture
from archive.intake import items_from_paths
from archive.management.database_ready import require_migrated_database
from archive.services import upload_limits
from search import indexing


class Command(BaseCommand):
    help = "Import raw pages (.txt/.html/.htm), JSON Lines records (.jsonl), .zip files of them and WARC files."

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", help="files, directories (recursive), .zip, .warc or .warc.gz files")
        parser.add_argument("--quiet-duplicates", action="store_true", help="do not list duplicates one by one")

    def handle(self, *args, paths, quiet_duplicates=False, **options):
        require_migrated_database()
        counts = Counter()
        failures = []
        # tqdm draws only on a terminal (disable=None), so logs and CI stay clean.
        progress = tqdm(desc="importing", unit=" pages", file=sys.stderr, disable=None, dynamic_ncols=True)
        with indexing.bulk(), progress:
            for outcome in ingest_with_capture(items_from_paths(paths, upload_limits())):
                counts[outcome.status] += 1
                progress.update()
                if outcome.status == "failed":
                    failures.append(outcome)
                elif outcome.status == "skipped" or (outcome.status == "duplicate" and not quiet_duplicates):
                    with tqdm.external_write_mode(file=sys.stderr):
                        self.stdout.write(f"{outcome.origin}: {outcome.message}")
        for failure in failures:
            self.stderr.write(f"FAILED {failure.origin}: {failure.reason}")
        self.stdout.write(
            f"{counts['created']} created, {counts['duplicate']} duplicate, {counts['failed']} failed"
            + (f", {counts['skipped']} skipped" if counts["skipped"] else "")
        )
        if failures:
            raise CommandError(f"{len(failures)} file(s) failed to import; see the reasons above", returncode=1)

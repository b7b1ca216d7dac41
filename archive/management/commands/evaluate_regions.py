"""python manage.py evaluate_regions FILE.jsonl — region inference accuracy against province labels."""
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from archive.evaluation import evaluate_regions
from archive.management.database_ready import require_migrated_database


class Command(BaseCommand):
    help = "Import labelled JSONL rows without their labels (rolled back afterwards) and report accuracy."

    def add_arguments(self, parser):
        parser.add_argument("path")
        parser.add_argument("--limit", type=int)
        parser.add_argument("--show-mistakes", type=int, default=20, help="how many mistakes to list")

    def handle(self, path, limit=None, show_mistakes=20, **options):
        require_migrated_database()
        if not Path(path).is_file():
            raise CommandError(f"{path} is not a JSONL file of labelled rows (one JSON object per line)")
        report, failed = evaluate_regions(Path(path), limit=limit)
        self.stdout.write(
            f"province accuracy: {report.province_correct}/{report.province_rows} = {report.province_accuracy:.4f}"
            f" ({report.province_none} given no region)\n"
            f"national rows given a province: {report.national_given_province}/{report.national_rows}\n"
            f"unlabelled rows given a region: {report.unlabelled_given_region}/{report.unlabelled_rows}\n"
            f"rows that failed to import: {failed}"
        )
        for miss in report.misses[:show_mistakes]:
            self.stdout.write(f"  [{miss.label} → {miss.guessed}] {miss.title}")

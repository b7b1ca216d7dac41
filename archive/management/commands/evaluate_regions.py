"""python manage.py evaluate_regions FILE.jsonl — region inference accuracy against province labels."""
from pathlib import Path

from django.core.management.base import BaseCommand

from archive.evaluation import evaluate_regions


class Command(BaseCommand):
    help = "Import labelled JSONL rows without their labels (rolled back afterwards) and report accuracy."

    def add_arguments(self, parser):
        parser.add_argument("path")
        parser.add_argument("--limit", type=int)
        parser.add_argument("--show-mistakes", type=int, default=20, help="how many mistakes to list")

    def handle(self, path, limit=None, show_mistakes=20, **options):
        report = evaluate_regions(Path(path), limit=limit)
        for line in report.lines():
            self.stdout.write(line)
        for number, label, predicted, title in report.mistakes[:show_mistakes]:
            self.stdout.write(f"  line {number}: label {label}, inferred {predicted}: {title}")

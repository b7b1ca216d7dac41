"""python manage.py evaluate_extraction DIR LABELS — extraction accuracy on labelled real pages."""
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from archive.extraction_eval import FIELDS, evaluate_extraction, read_labels, review_summary
from archive.management.database_ready import require_migrated_database


class Command(BaseCommand):
    help = ("Import each labelled page alone (rolled back afterwards), score title, date (EDTF), province, "
            "county or city, junk and publisher against tests/realpages/labels.tsv, and list every failure.")

    def add_arguments(self, parser):
        parser.add_argument("pages_dir", help="folder of page texts named <id>.txt (or .html)")
        parser.add_argument("labels", help="labels.tsv (see tests/realpages/README.md)")
        parser.add_argument("--field", action="append", choices=FIELDS, help="list failures of these fields only")
        parser.add_argument("--no-urls", action="store_true",
                            help="import pages without their labelled address (as bare file uploads)")
        parser.add_argument("--quiet", action="store_true", help="figures only, no failure list")

    def handle(self, pages_dir, labels, field=None, quiet=False, no_urls=False, **options):
        require_migrated_database()
        try:
            rows = read_labels(Path(labels))
        except (OSError, ValueError) as error:
            raise CommandError(str(error)) from error
        if not Path(pages_dir).is_dir():
            raise CommandError(f"{pages_dir} is not a folder of page texts")
        report = evaluate_extraction(Path(pages_dir), rows, with_urls=not no_urls)
        out = self.stdout.write
        out(("addresses unknown (bare uploads)" if no_urls else "addresses known (as a crawl gives them)") + "; "
            f"pages scored: {report.pages} of {len(rows)} labelled "
            f"({report.missing_texts} without a text, {len(report.failed_imports)} failed to import)")
        for name in FIELDS:
            out(f"  {name:<10} {report.right[name]:>4}/{report.scored[name]:<4} = {report.accuracy(name):6.1%}")
        out(f"  province given but wrong: {report.province_wrong}/{report.scored['province']}")
        out(f"  province-wide items given a prefecture or county: {len(report.too_deep)}"
            + (f" ({'; '.join(report.too_deep)})" if report.too_deep else ""))
        out(f"  publishers that are not an organisation: {len(report.junk_publishers)}"
            + (f" ({'; '.join(report.junk_publishers)})" if report.junk_publishers else ""))
        out("  " + review_summary(report))
        if report.unmatched_markers:
            out(f"  label markers not found in their page text: {'; '.join(report.unmatched_markers)}")
        for failed in report.failed_imports:
            out(f"  import failed: {failed}")
        if quiet:
            return
        for failure in report.failures:
            if field and failure.field not in field:
                continue
            out(f"{failure.page:<8} {failure.field:<9} expected {failure.expected!r}\n{'':<18} got      {failure.got!r}")

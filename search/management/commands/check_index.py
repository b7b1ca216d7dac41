"""Prove the index equals the database: same article ids, same facet values. Non-zero exit otherwise."""
from django.core.management.base import BaseCommand, CommandError

from search import indexing


class Command(BaseCommand):
    help = "Compare the search index with the database; --repair re-indexes what differs."

    def add_arguments(self, parser):
        parser.add_argument("--repair", action="store_true")

    def handle(self, *args, repair=False, verbosity=1, **options):
        diff = indexing.compare_index_with_database()
        problems = {k: v for k, v in diff.items() if k != "pending" and v}
        if diff["pending"]:
            self.stdout.write(f"{diff['pending']} change(s) waiting in the outbox.")
        for kind, ids in problems.items():
            shown = ", ".join(map(str, ids[:20])) + (" …" if len(ids) > 20 else "")
            self.stdout.write(f"{kind}: {len(ids)} article(s): {shown}")
        if repair and (problems or diff["pending"]):
            indexing.repair(diff)
            diff = indexing.compare_index_with_database()
            problems = {k: v for k, v in diff.items() if k != "pending" and v}
            self.stdout.write("Repaired." if not problems else "Repair left differences.")
        if problems:
            raise CommandError("The search index differs from the database.")
        if verbosity:
            self.stdout.write("The search index equals the database.")

"""Prove the index equals the database: same article ids, facet values and texts (by digest), and no change
left waiting in the outbox for longer than a drain takes. Non-zero exit otherwise."""
from django.core.management.base import BaseCommand, CommandError

from search import indexing

# A drain runs after every commit and every few seconds in each server process: a change older than this was
# left behind (a crashed worker, a stopped server).
MAX_WAIT_SECONDS = 60.0


def _problems(diff: dict, max_wait: float) -> dict:
    problems = {k: v for k, v in diff.items() if k not in ("pending", "waiting") and v}
    if diff["pending"] and diff["waiting"] > max_wait:
        problems["outbox"] = [f"changes have waited {diff['waiting']:.0f} s, longer than {max_wait:.0f} s: "
                              "nothing is draining the outbox"]
    return problems


class Command(BaseCommand):
    help = "Compare the search index with the database; --repair re-indexes what differs."

    def add_arguments(self, parser):
        parser.add_argument("--repair", action="store_true")
        parser.add_argument("--max-wait", type=float, default=MAX_WAIT_SECONDS,
                            help="seconds a change may wait in the outbox before the index counts as stale")

    def handle(self, *args, repair=False, max_wait=MAX_WAIT_SECONDS, verbosity=1, **options):
        diff = indexing.compare_index_with_database()
        problems = _problems(diff, max_wait)
        if diff["pending"]:
            self.stdout.write(f"{diff['pending']} change(s) waiting in the outbox, the oldest for "
                              f"{diff['waiting']:.0f} s.")
        for kind, ids in problems.items():
            if kind == "outbox":
                self.stdout.write(ids[0])
                continue
            shown = ", ".join(map(str, ids[:20])) + (" …" if len(ids) > 20 else "")
            self.stdout.write(f"{kind}: {len(ids)} article(s): {shown}")
        if repair and (problems or diff["pending"]):
            indexing.repair(diff)
            indexing.drain_now()
            diff = indexing.compare_index_with_database()
            problems = _problems(diff, max_wait)
            self.stdout.write("Repaired." if not problems else "Repair left differences.")
        if problems:
            raise CommandError("The search index differs from the database.")
        if verbosity:
            self.stdout.write("The search index equals the database.")

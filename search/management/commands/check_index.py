"""Prove the index equals the database: same article ids, facet values and texts (by digest), and no change
left waiting in the outbox for longer than a drain takes. Non-zero exit otherwise.

``--deep`` first reads every segment of the live Whoosh index (search.index_check) and names each damaged one.
An index built by other versions (search.index_manifest) fails with the message that asks for rebuild_index.
"""
import os

from django.core.management.base import BaseCommand, CommandError

from search import index_check, index_guard, indexing
from search.backend import ChineseWhooshSearchBackend
from search.contract import IndexUnusable

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
        parser.add_argument("--deep", action="store_true",
                            help="read and verify every segment of the Whoosh index (every stored field, column "
                                 "and posting list) before comparing")
        parser.add_argument("--max-wait", type=float, default=MAX_WAIT_SECONDS,
                            help="seconds a change may wait in the outbox before the index counts as stale")

    def handle(self, *args, repair=False, deep=False, max_wait=MAX_WAIT_SECONDS, verbosity=1, **options):
        if deep:
            self._check_segments(indexing.backend())
        try:
            diff = indexing.compare_index_with_database()
        except IndexUnusable as error:
            raise CommandError(str(error)) from error
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

    def _check_segments(self, backend) -> None:
        if not isinstance(backend, ChineseWhooshSearchBackend):
            self.stdout.write(f"--deep: not applicable to {type(backend).__name__}: it reads no segment files.")
            return
        index_dir = os.path.realpath(backend.link_path)
        try:
            backend.ensure_current(verify=False)
            if backend.version_mismatch:  # reading it with these versions would misread it, not verify it
                raise CommandError(str(backend.version_mismatch))
            reports = index_check.check_segments(index_dir, backend.schema)
        except index_guard.DECODING_ERRORS as error:
            raise CommandError(f"the table of contents of {index_dir} is unreadable "
                               f"({type(error).__name__}: {error}): run `manage.py rebuild_index`") from error
        for report in reports:
            self.stdout.write(report.line())
        damaged = [r.segment for r in reports if r.problem]
        if damaged:
            raise CommandError(f"{len(damaged)} damaged segment(s) in {index_dir}: {', '.join(damaged)}; "
                               "run `manage.py rebuild_index`")

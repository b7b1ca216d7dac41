"""Incremental import into a large index (issue 11): N synthetic articles indexed by a rebuild, then 1,000
new pages uploaded through the admin of a real gunicorn (`make serve`) while searchers run. Prints how long
until every new page was searchable, upload and search latencies (searches over 1 s counted: a merge must
never stall one), the segments before and after the background merges, and check_index.

Usage: python scripts/bench_incremental.py --articles 50000 [--data-dir DIR] [--uploaders 2] [--pages 20]
With --data-dir, a directory prepared by an earlier run (same --articles) is reused.
"""
from __future__ import annotations

import argparse
import os
import re
import secrets
import statistics
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from urllib.parse import unquote

import requests

sys.path.insert(0, str(Path(__file__).resolve().parent))
import loadtest  # noqa: E402
from server_harness import Server, create_staff, manage, prepare  # noqa: E402

NEW_PAGES = 1000


def build(data_dir: Path, articles: int) -> None:
    """The big index: the benchmark's synthetic corpus, indexed by a rebuild (as `make bench` builds it)."""
    marker = data_dir / f"built-{articles}"
    if marker.exists():
        return
    prepare(data_dir, import_seeds=False)
    code = ("import sys, time; sys.path.insert(0, 'scripts'); import bench_search as b; "
            f"t = time.perf_counter(); b._make_corpus({articles}); "
            "from search import indexing; n = indexing.rebuild(); "
            "print(f'built {n} documents in {time.perf_counter() - t:.0f} s')")
    print(manage(data_dir, "shell", "-c", code).stdout.strip(), flush=True)
    marker.touch()


def segments(data_dir: Path) -> int:
    """Segments in the live index's files (compound ``MAIN_<id>.seg`` or ``MAIN_<id>.<part>`` files)."""
    names = (p.name for p in (data_dir / "whoosh").resolve().glob("MAIN_*.*") if p.is_file())
    return len({name.split(".", 1)[0] for name in names})


_ACCESS_LINE = re.compile(r'\[(?P<when>[^\]]+)\] "(?P<method>\w+) (?P<path>\S+)[^"]*" (?P<status>\d+) .* (?P<ms>\d+)ms '
                          r'pid=<?(?P<pid>\d+)>?$')


def access_lines(log: Path, since: int) -> list[re.Match]:
    """gunicorn's access log lines from byte ``since`` on: this run's part (a reused data directory keeps
    earlier runs')."""
    if not log.exists():
        return []
    with open(log, "rb") as f:
        f.seek(since)
        text = f.read().decode("utf-8", errors="replace")
    return [m for m in map(_ACCESS_LINE.search, text.splitlines()) if m]


def slow_in_the_workers(log: Path, slow: list, since: int = 0) -> list[str]:
    """For each search over 1 s, what gunicorn's access log says happened in the workers then (the log records
    each request's duration and worker): the searches over 1 s inside a worker and the uploads that ended in
    the same seconds, so a stall is told apart from a wait for a busy worker."""
    if not slow:
        return []
    lines = access_lines(log, since)
    slow_seconds = {m.group("when") for m in lines
                    if m.group("path").startswith("/api/search") and int(m.group("ms")) > 1000}
    return [f"{m.group('when')} {m.group('method')} {unquote(m.group('path'))[:60]} {m.group('ms')} ms "
            f"in worker {m.group('pid')}" for m in lines if m.group("when") in slow_seconds
            and (int(m.group("ms")) > 1000 or m.group("method") == "POST")]


def warm_every_worker(server: Server, log_start: int, workers: int = 2, tries: int = 20) -> None:
    """Each worker's first search loads the index (~2 s at 10^6 articles): done before measuring, in every
    worker (the access log says which worker answered; two requests in a row may reach the same one)."""
    served = set()
    for _ in range(tries):
        with ThreadPoolExecutor(workers) as pool:
            list(pool.map(lambda _: requests.get(f"{server.url}/api/search", params={"q": "疫情"}, timeout=120),
                          range(workers)))
        served |= {m.group("pid") for m in access_lines(server.log, log_start)
                   if m.group("path").startswith("/api/search")}
        if len(served) >= workers:
            return


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=50000)
    parser.add_argument("--data-dir", type=Path)
    parser.add_argument("--uploaders", type=int, default=2)
    parser.add_argument("--searchers", type=int, default=2)
    parser.add_argument("--pages", type=int, default=20)
    args = parser.parse_args()
    data_dir = args.data_dir or Path(tempfile.mkdtemp(prefix="incremental-"))
    data_dir.mkdir(parents=True, exist_ok=True)
    build(data_dir, args.articles)
    user, password = "bench", secrets.token_urlsafe(16)
    manage(data_dir, "shell", "-c", f"from django.contrib.auth.models import User; User.objects.filter(username='{user}').delete()")
    create_staff(data_dir, user, password)
    log_start = (data_dir / "gunicorn.log").stat().st_size if (data_dir / "gunicorn.log").exists() else 0
    server = Server(data_dir).start()
    tally, searching = loadtest.Tally(), threading.Event()
    try:
        before = segments(data_dir)
        warm_every_worker(server, log_start)
        searchers = [threading.Thread(target=loadtest.searcher, args=(server.url, searching, tally))
                     for _ in range(args.searchers)]
        for thread in searchers:
            thread.start()
        batches = NEW_PAGES // args.pages // args.uploaders
        started = time.monotonic()
        uploaders = [threading.Thread(target=loadtest.uploader, args=(server.url, user, password, n, args.pages,
                                                                       float("inf"), tally, batches))
                     for n in range(args.uploaders)]
        for thread in uploaders:
            thread.start()
        for thread in uploaders:
            thread.join()
        uploaded = time.monotonic() - started
        after_uploads = segments(data_dir)
        searches_while_uploading = len(tally.search_seconds)
        # The background merges the uploads triggered: wait for them, searching all along.
        deadline = time.monotonic() + 600
        while time.monotonic() < deadline and manage(data_dir, "shell", "-c",
                                                        "from search import indexing; import sys; "
                                                        "sys.exit(indexing.backend().needs_merge())", check=False).returncode:
            time.sleep(2)
        time.sleep(12)  # the last merge's swap, and searches on the merged index
        merged_after = time.monotonic() - started
        searching.set()
        for thread in searchers:
            thread.join()
        check = manage(data_dir, "check_index", check=False)
    finally:
        searching.set()
        server.stop()
    se, up = tally.search_seconds, tally.upload_seconds
    print(f"index: {args.articles} articles; {tally.created} new pages in {len(up)} uploads of {args.pages} by "
          f"{args.uploaders} uploaders; load average {os.getloadavg()[0]:.1f}")
    print(f"all uploads answered after {uploaded:.1f} s; searchable at answer {tally.searchable_at_answer} of "
          f"{tally.created}, said not yet {tally.said_not_yet}; upload p50 {statistics.median(up):.2f} s, "
          f"p99 {loadtest.percentile(up, 99):.2f} s")
    print(f"segments: {before} before, {after_uploads} after the uploads, {segments(data_dir)} after merging "
          f"(merges done {merged_after:.0f} s after the first upload)")
    for phase, times in (("search while uploading", se[:searches_while_uploading]),
                         ("search after the uploads, while merging", se[searches_while_uploading:]),
                         ("the uploaders' searches for the pages they uploaded", tally.probe_seconds)):
        if times:
            print(f"{phase}: {len(times)} requests, {loadtest.latencies(times)}")
    for started_at, query, took, phases in tally.slow_searches:
        print(f"  over {loadtest.SLOW_SEARCH_SECONDS} s: {query} sent at {started_at}, answered after {took:.2f} s"
              f" (server: {phases or 'no timing'})")
    for line in slow_in_the_workers(server.log, tally.slow_searches, log_start):
        print(f"  gunicorn: {line}")
    print(f"search errors: {tally.search_errors}")
    print(f"check_index: exit {check.returncode}: {(check.stdout + check.stderr).strip()}")
    print(f"data directory: {data_dir}")
    return check.returncode


if __name__ == "__main__":
    sys.exit(main())

"""`make loadtest`: uploaders and searchers against a real gunicorn, then check_index.

A private DATA_DIR (prepared as `make run` prepares it) and port; gunicorn started with `make serve`'s exact
command. Each uploader signs in to the admin as a staff user this script creates and uploads batches of
distinct generated pages (each carrying a unique marker string); right after each upload answers it searches
/api/search for every page's marker and counts the pages found. Searchers query /api/search meanwhile.
At the end: pages sent, stored, searchable at answer, duplicates, upload and search latencies, and
`manage.py check_index`.

Usage: python scripts/loadtest.py [--seconds 60] [--uploaders 4] [--searchers 4] [--pages 20] [--keep]
Exit status 1 when a page was not searchable at answer without the page saying so, a request failed, or
check_index fails.
"""
from __future__ import annotations

import argparse
import random
import re
import secrets
import shutil
import statistics
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

import requests

sys.path.insert(0, str(Path(__file__).resolve().parent))
from server_harness import AdminSession, Server, create_staff, manage, prepare, upload_counts  # noqa: E402

COUNTIES = ("泽库县", "酉阳县", "邗江区", "卡若区", "锦江区", "小店区", "海门区", "钱塘区")
QUERIES = ("疫情防控", "核酸检测", "会议", "泽库", "社会面清零", "隔离 观察", "核酸 -境外", "title:会议", "晋", "物资")


def page(marker: str, n: int) -> bytes:
    """A page of its own: the marker and the numbers make its text, and so its fingerprint, unique."""
    county = COUNTIES[n % len(COUNTIES)]
    number = random.randrange(10**6)
    return (
        f"{county}召开第{number}次疫情防控工作会议\n\n2022年{n % 12 + 1}月{n % 28 + 1}日\n\n"
        f"{county}人民政府召开会议（编号{marker}），部署第{number}轮核酸检测。会议要求设置{number % 97 + 3}个"
        f"采样点，安排{number % 389 + 11}名工作人员，确保{number % 53 + 2}个小区的群众应检尽检。\n\n"
        f"会议强调，要做好第{number % 31 + 1}批生活物资保障，公布{number % 7 + 5}条服务热线，"
        f"严格落实“四早”要求，坚决守住不发生规模性反弹的底线。"
    ).encode("utf-8")


SLOW_SEARCH_SECONDS = 0.5  # listed one by one, with where the server spent the time


@dataclass
class Tally:
    lock: threading.Lock = field(default_factory=threading.Lock)
    sent: int = 0
    created: int = 0
    duplicates: int = 0
    failed: int = 0
    searchable_at_answer: int = 0
    said_not_yet: int = 0  # pages the upload page honestly said were not searchable yet
    upload_errors: list[str] = field(default_factory=list)
    upload_seconds: list[float] = field(default_factory=list)
    store_seconds: list[float] = field(default_factory=list)  # the server's Server-Timing parts
    index_seconds: list[float] = field(default_factory=list)
    search_seconds: list[float] = field(default_factory=list)
    # the uploaders' searches for the markers of the pages they just uploaded: search requests too
    probe_seconds: list[float] = field(default_factory=list)
    # searches over SLOW_SEARCH_SECONDS: (started at, query, seconds, the server's Server-Timing phases)
    slow_searches: list[tuple[str, str, float, str]] = field(default_factory=list)
    search_errors: int = 0


def uploader(url: str, user: str, password: str, number: int, pages: int, until: float, tally: Tally,
             batches: int | None = None) -> None:
    """Upload batches until ``until`` (or ``batches`` of them), probing search for each page at answer."""
    admin = AdminSession(url, user, password)
    probe = requests.Session()
    batch = 0
    while time.monotonic() < until and (batches is None or batch < batches):
        markers = [f"lt{secrets.token_hex(3)}u{number}b{batch:04d}p{p:02d}" for p in range(pages)]
        files = [(f"u{number}-b{batch}-p{p}.txt", page(m, p)) for p, m in enumerate(markers)]
        started = time.monotonic()
        try:
            response = admin.upload(files)
        except requests.RequestException as error:
            with tally.lock:
                tally.upload_errors.append(repr(error))
            continue
        took = time.monotonic() - started
        found = 0
        if response.status_code == 200:  # at once: is every page of this upload searchable now?
            found = sum(timed_search(probe, url, m, tally, tally.probe_seconds) == 1 for m in markers)
        counts = upload_counts(response.text) if response.status_code == 200 else {}
        timing = {k: float(v) / 1000 for k, v in re.findall(r"(\w+);dur=([\d.]+)",
                                                             response.headers.get("Server-Timing", ""))}
        with tally.lock:
            if "store" in timing:
                tally.store_seconds.append(timing["store"])
                tally.index_seconds.append(timing["index"])
            tally.sent += pages
            tally.upload_seconds.append(took)
            if response.status_code != 200:
                tally.upload_errors.append(f"HTTP {response.status_code}")
            tally.created += counts.get("created", 0)
            tally.duplicates += counts.get("duplicate", 0)
            tally.failed += counts.get("failed", 0)
            tally.said_not_yet += counts.get("waiting", 0)
            tally.searchable_at_answer += found
        batch += 1


def timed_search(session: requests.Session, url: str, query: str, tally: Tally, seconds: list[float]) -> int | None:
    """One /api/search request, its time appended to ``seconds`` (and listed when slow, with the server's
    phases); its count, or None when it failed."""
    started, phases, count = time.monotonic(), "", None
    try:
        response = session.get(f"{url}/api/search", params={"q": query}, timeout=60)
        phases = response.headers.get("Server-Timing", "")
        if response.status_code == 200:
            count = response.json()["count"]
    except requests.RequestException:
        pass
    took = time.monotonic() - started
    with tally.lock:
        seconds.append(took)
        tally.search_errors += count is None
        if took > SLOW_SEARCH_SECONDS:
            tally.slow_searches.append((time.strftime("%H:%M:%S", time.localtime(time.time() - took)), query,
                                        took, phases))
    return count


def latencies(seconds: list[float]) -> str:
    if not seconds:
        return "none"
    return (f"p50 {1000 * statistics.median(seconds):.0f} ms, p99 {1000 * percentile(seconds, 99):.0f} ms, "
            f"max {1000 * max(seconds):.0f} ms, {sum(t > 1 for t in seconds)} over 1 s")


def searcher(url: str, until, tally: Tally) -> None:
    """Search until ``until`` (a monotonic time, or an Event that is set)."""
    session = requests.Session()
    done = until.is_set if isinstance(until, threading.Event) else (lambda: time.monotonic() >= until)
    while not done():
        timed_search(session, url, random.choice(QUERIES), tally, tally.search_seconds)


def percentile(values: list[float], p: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(p / 100 * len(ordered) + 0.5) - 1))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--uploaders", type=int, default=4)
    parser.add_argument("--searchers", type=int, default=4)
    parser.add_argument("--pages", type=int, default=20, help="pages per upload")
    parser.add_argument("--keep", action="store_true", help="keep the data directory")
    args = parser.parse_args()

    data_dir = Path(tempfile.mkdtemp(prefix="loadtest-"))
    user, password = "loadtest", secrets.token_urlsafe(16)
    print(f"preparing {data_dir} as `make run` does …", flush=True)
    prepare(data_dir)
    create_staff(data_dir, user, password)
    server = Server(data_dir).start()
    tally = Tally()
    try:
        print(f"gunicorn (make serve) at {server.url}: {args.uploaders} uploaders × {args.pages} pages, "
              f"{args.searchers} searchers, {args.seconds:.0f} s", flush=True)
        until = time.monotonic() + args.seconds
        threads = [threading.Thread(target=uploader, args=(server.url, user, password, n, args.pages, until, tally))
                   for n in range(args.uploaders)]
        threads += [threading.Thread(target=searcher, args=(server.url, until, tally)) for _ in range(args.searchers)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        started = time.monotonic()
        check = manage(data_dir, "check_index", check=False)
        check_seconds = time.monotonic() - started
    finally:
        server.stop()
        if not args.keep:
            shutil.rmtree(data_dir, ignore_errors=True)

    up, se = tally.upload_seconds, tally.search_seconds
    share = 100 * tally.searchable_at_answer / tally.created if tally.created else float("nan")
    print(f"pages sent: {tally.sent} in {len(up)} uploads ({len(tally.upload_errors)} failed requests"
          f"{': ' + ', '.join(sorted(set(tally.upload_errors))[:3]) if tally.upload_errors else ''})")
    print(f"stored: {tally.created} created, {tally.duplicates} duplicates, {tally.failed} failed")
    print(f"searchable when the upload answered: {tally.searchable_at_answer} of {tally.created} ({share:.1f}%); "
          f"pages the upload said were not searchable yet: {tally.said_not_yet}")
    print(f"upload: p50 {statistics.median(up) if up else float('nan'):.2f} s, p99 {percentile(up, 99):.2f} s, "
          f"max {max(up, default=float('nan')):.2f} s")
    for part, values in (("storing pages", tally.store_seconds), ("until searchable", tally.index_seconds)):
        if values:
            print(f"  of which {part} (server): p50 {statistics.median(values):.2f} s, "
                  f"p99 {percentile(values, 99):.2f} s")
    for who, values in (("searchers", se), ("uploaders' checks", tally.probe_seconds)):
        print(f"search by the {who}: {len(values)} requests, {latencies(values)}")
    print(f"search errors: {tally.search_errors}")
    verdict = (check.stdout + check.stderr).strip().replace("\n", " | ")
    print(f"check_index (right after the load, {check_seconds:.1f} s): exit {check.returncode}: {verdict}")
    if args.keep:
        print(f"data directory kept: {data_dir}")
    honest = tally.searchable_at_answer + tally.said_not_yet >= tally.created
    # A failed search (a 5xx, a timeout) is a defect under load, as a lost page is.
    return 0 if check.returncode == 0 and honest and not tally.upload_errors and not tally.search_errors else 1


if __name__ == "__main__":
    sys.exit(main())

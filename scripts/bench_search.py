"""Search benchmark (``make bench``; not a test).

Builds synthetic corpora from the seeds (and ../shared/corpora/dxy-news-2020/dev.jsonl when present) at
the requested sizes, each in a fresh temporary DATA_DIR and process, and prints for each size:

* index build time, docs/s and index size (search.indexing.rebuild: the production code path);
* the first request after start (opens the index, reads the columns, maps the texts);
* p50/p95/max of /api/search (count + facets + 20 snippets, JSON) over a fixed query mix, in-process:
  - first: the first time each query runs on the new index: long terms are verified and long posting
    lists decoded, and both are stored beside their segments (search.segment_store);
  - cold (THE REPORTED FIGURE): every cache held in the process (matches, posting arrays, verified
    answers) cleared before each round; what is stored beside the segments stays, as the index does;
  - warm: repeated queries (the matched-docs cache is hit);
  and a per-query table with the LIKE / FTS5 counts and times;
* two gunicorn workers serving the same mix over HTTP (scripts/bench_workers.py): each one's RSS and PSS;
* the same queries as a plain LIKE scan and as SQLite FTS5 trigram (counts only, inexact: no
  normalisation), and as the same page served by an FTS5-backed selector with GROUP BY facets
  (scripts/bench_fts_peer.py), timed like ours;
* with SOLR_URL set (a collection made from solr/configset, e.g. `make solr`): the same corpus rebuilt into
  Solr and the same queries through /api/search on it (counts checked equal to Whoosh's), with the build
  rate, p50/p95, the app process's RSS and the Solr JVM's RSS (the local launcher runs both nodes and
  ZooKeeper in one JVM).

Usage: python scripts/bench_search.py [--sizes 10000 100000 1000000] [--repeat 5]
"""
from __future__ import annotations

import argparse
import gc
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DXY = REPO.parent / "shared" / "corpora" / "dxy-news-2020" / "dev.jsonl"

QUERIES = [
    "社会面清零", "疫情防控", "核酸检测", "人民银行", "晋", "港", "疫", "武汉", "新冠肺炎", "隔离 观察",
    '"境外 输入"', "口罩 OR 防护服", "疫情 -境外", "title:确诊", "社會面清零", "新型冠狀病毒", "复工复产",
    "湖北 武汉 确诊", "钟南山", "无症状感染者",
]

PROVINCES = ["北京市", "天津市", "河北省", "山西省", "内蒙古自治区", "辽宁省", "吉林省", "黑龙江省", "上海市",
             "江苏省", "浙江省", "安徽省", "福建省", "江西省", "山东省", "河南省", "湖北省", "湖南省", "广东省",
             "广西壮族自治区", "海南省", "重庆市", "四川省", "贵州省", "云南省", "西藏自治区", "陕西省", "甘肃省",
             "青海省", "宁夏回族自治区", "新疆维吾尔自治区", "香港特别行政区", "澳门特别行政区", "台湾省"]


def _setup_django(data_dir: Path):
    os.environ["DATA_DIR"] = str(data_dir)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    os.environ["ALLOWED_HOSTS"] = "testserver,localhost"
    sys.path.insert(0, str(REPO))
    import django
    from django.conf import settings

    django.setup()
    try:
        import config.urls  # noqa: F401
    except Exception as error:  # the site's other views may be mid-change; the API does not need them
        print(f"(config.urls failed to import: {error!r}; using search.urls only)")
        sys.modules["__main__"].urlpatterns = _fallback_urlpatterns()
        settings.ROOT_URLCONF = "__main__"
    from django.core.management import call_command

    call_command("migrate", verbosity=0)


def _paragraphs() -> tuple[list[str], list[str]]:
    titles, paragraphs = [], []
    for path in sorted((REPO / "seeds").glob("*.txt")):
        lines = [line.strip() for line in path.read_text(encoding="utf-8").splitlines() if len(line.strip()) > 15]
        titles += [line[:30] for line in lines[:3]]
        paragraphs += lines
    if DXY.exists():
        for line in DXY.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            titles.append(row["title"])
            paragraphs += [p for p in row["body"].split("\n") if p.strip()]
    return titles, paragraphs


def _regions():
    from archive.models import Region

    if Region.objects.exists():  # the GB/T 2260 table loaded by a migration: use real regions
        return list(Region.objects.select_related("province", "prefecture").order_by("code"))
    made = []
    for i, name in enumerate(PROVINCES):
        code = f"{11 + i:02d}0000"
        province = Region.objects.create(code=code, name=name, level="province")
        for p in range(1, 4):
            prefecture = Region.objects.create(code=f"{11 + i:02d}{p:02d}00", name=f"{name[:2]}第{p}市",
                                               level="prefecture", parent=province, province=province)
            for c in range(1, 4):
                made.append(Region.objects.create(
                    code=f"{11 + i:02d}{p:02d}{c:02d}", name=f"{name[:2]}{p}市第{c}县", level="county",
                    parent=prefecture, province=province, prefecture=prefecture))
    return made


def _make_corpus(n: int, seed: int = 20200123):
    """n synthetic articles: real titles and paragraphs, re-mixed, with random dates, regions, sources."""
    from archive.models import Article

    rnd = random.Random(seed)
    titles, paragraphs = _paragraphs()
    regions = _regions() + [None] * 20
    sources = [f"来源{i}" for i in range(300)]
    start = date(2020, 1, 1)
    batch = []
    for i in range(n):
        body = "\n".join(rnd.choice(paragraphs) for _ in range(rnd.randint(1, 5)))
        day = None if rnd.random() < 0.05 else start + timedelta(days=rnd.randrange(1095))
        batch.append(Article(
            title=rnd.choice(titles), body=body, published_at=day, date_precision="day" if day else "unknown",
            source_name=rnd.choice(sources), region=rnd.choice(regions), origin=f"bench/{i}",
            raw_sha256=f"{i:064x}", fingerprint=f"bench-{i}",
        ))
        if len(batch) == 5000:
            Article.objects.bulk_create(batch)
            batch = []
    Article.objects.bulk_create(batch)


def _percentile(values, q):
    values = sorted(values)
    return values[min(len(values) - 1, int(round(q * (len(values) - 1))))]


def _rss_mib() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def _dir_size(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file())


def _solr_jvm_rss_mib() -> float | None:
    """RSS of the local SolrCloud launcher's JVM (both nodes and ZooKeeper), if it runs on this machine."""
    for proc in Path("/proc").iterdir():
        try:
            if proc.name.isdigit() and b"archive.solr.LocalSolrCloud" in (proc / "cmdline").read_bytes():
                for line in (proc / "status").read_text().splitlines():
                    if line.startswith("VmRSS:"):
                        return int(line.split()[1]) / 1024
        except OSError:
            continue
    return None


def run_solr(n: int, repeat: int, whoosh_counts: dict) -> None:
    from django.test import Client
    from haystack import connections

    from search import indexing

    url = os.environ["SOLR_URL"]
    info = connections.connections_info["default"]
    info.clear()
    info.update({"ENGINE": "search.solr_backend.ChineseSolrEngine", "URL": url, "TIMEOUT": 120})
    connections.reload("default")
    t0 = time.perf_counter()
    count = indexing.rebuild()
    build = time.perf_counter() - t0
    print(f"solr build: {count} docs in {build:.1f} s = {count / build:.0f} docs/s ({url})")
    client = Client()
    times, counts = [], {}
    for round_ in range(repeat):
        for q in QUERIES:
            t0 = time.perf_counter()
            r = client.get("/api/search", {"q": q, "page_size": 20})
            times.append((time.perf_counter() - t0) * 1000)
            if not round_:
                assert r.status_code == 200, r.content[:300]
                counts[q] = r.json()["count"]
    differ = {q: (counts[q], whoosh_counts[q]) for q in QUERIES if counts[q] != whoosh_counts[q]}
    print(f"solr /api/search ({len(times)} requests): p50 {_percentile(times, .5):.1f} ms, "
          f"p95 {_percentile(times, .95):.1f} ms; counts equal to Whoosh's: {not differ} {differ or ''}")
    jvm = _solr_jvm_rss_mib()
    print(f"solr: app process RSS {_rss_mib():.0f} MiB (Whoosh index also loaded in it); Solr JVM RSS "
          f"{'%.0f MiB' % jvm if jvm is not None else 'unknown (not on this machine)'}")
    indexing.clear_index()


def _summary(times: list[float]) -> str:
    return (f"p50 {_percentile(times, .5):.1f} ms, p95 {_percentile(times, .95):.1f} ms, "
            f"max {max(times):.1f} ms")


def _clear_process_caches(backend) -> None:
    from search import matching, postings

    backend._matches.clear()
    postings.clear_caches()
    matching.clear_caches()


def _timed_rounds(client, rounds: int, before_round=None) -> tuple[dict[str, list[float]], list[float]]:
    """q → its /api/search times over ``rounds`` rounds of the whole mix (wall clock), and the process's
    CPU time of every request (on a machine shared with other work, wall time also counts the waits for a
    core; CPU time only what the request itself costs)."""
    times: dict[str, list[float]] = {q: [] for q in QUERIES}
    cpu: list[float] = []
    for _ in range(rounds):
        if before_round:
            before_round()
        for q in QUERIES:
            t0, c0 = time.perf_counter(), time.process_time()
            r = client.get("/api/search", {"q": q, "page_size": 20})
            times[q].append((time.perf_counter() - t0) * 1000)
            cpu.append((time.process_time() - c0) * 1000)
            assert r.status_code == 200, r.content[:300]
    return times, cpu


def _forget_stored_arrays(index_dir: Path) -> None:
    """Remove what queries and readers stored beside the segments (search.segment_store and
    search.generation_store): derived data, written again by the first reader that needs it."""
    import shutil

    from search import generation_store, segment_store

    segment_store.prune(str(index_dir), set())
    for folder in index_dir.glob(generation_store.PREFIX + "*"):
        shutil.rmtree(folder)


def _cell(text: str, width: int = 16) -> str:
    """``text`` padded to ``width`` columns (a CJK character takes two)."""
    return text + " " * max(1, width - sum(2 if ord(ch) > 0x2e80 else 1 for ch in text))


def _flat(times: dict[str, list[float]]) -> list[float]:
    return [t for ts in times.values() for t in ts]


def run_size(n: int, repeat: int, reuse: bool = False) -> None:
    from django.conf import settings
    from django.test import Client

    import bench_fts_peer
    import bench_workers
    from search import indexing

    from archive.models import Article

    live = Path(settings.HAYSTACK_CONNECTIONS["default"]["PATH"])
    if reuse and Article.objects.count() == n and live.exists():
        live = live.resolve()
        _forget_stored_arrays(live)  # so that "first time" means it again
        size = _dir_size(live)
        print(f"\n=== {n} articles (corpus and index reused from an earlier run: no build figures; "
              f"index {size / 2**20:.1f} MiB) ===")
    else:
        t0 = time.perf_counter()
        _make_corpus(n)
        print(f"\n=== {n} articles (corpus made in {time.perf_counter() - t0:.1f} s) ===")
        t0 = time.perf_counter()
        count = indexing.rebuild()
        build = time.perf_counter() - t0
        live = live.resolve()
        size = _dir_size(live)
        print(f"build: {count} docs in {build:.1f} s = {count / build:.0f} docs/s; index size "
              f"{size / 2**20:.1f} MiB ({size / max(count, 1):.0f} B/doc); segments: "
              f"{len(list(live.glob('*.pst')))}; load average {os.getloadavg()[0]:.2f}", flush=True)

    # A server never builds the index in its own process: collect what the build left behind first, so the
    # queries below are not charged for sweeping it (gc.freeze at the first request would keep it forever).
    gc.collect()
    client = Client()
    rss_before = _rss_mib()
    t0 = time.perf_counter()
    client.get("/api/search", {"q": "首次出现", "page_size": 20})
    first_request = (time.perf_counter() - t0) * 1000
    backend = indexing.backend()
    counts: dict[str, int] = {}
    first, first_cpu = _timed_rounds(client, 1)
    stored = _dir_size(live) - size
    cold, cold_cpu = _timed_rounds(client, repeat, before_round=lambda: _clear_process_caches(backend))
    warm, warm_cpu = _timed_rounds(client, repeat)
    for q in QUERIES:
        counts[q] = client.get("/api/search", {"q": q, "page_size": 20}).json()["count"]
    print(f"first request after start (opens the index, reads the columns, maps the texts): "
          f"{first_request:.0f} ms; this process's RSS {rss_before:.0f} MiB before it, {_rss_mib():.0f} MiB "
          f"after the queries")
    print(f"/api/search first time each query runs ({len(QUERIES)} requests; stores "
          f"{stored / 2**20:.1f} MiB of decoded lists and verified answers beside the segments): "
          f"{_summary(_flat(first))}; CPU {_summary(first_cpu)}")
    print(f"/api/search cold ({len(_flat(cold))} requests, process caches cleared each round; THE REPORTED "
          f"FIGURE): {_summary(_flat(cold))}; CPU {_summary(cold_cpu)}")
    print(f"/api/search warm ({len(_flat(warm))} requests): {_summary(_flat(warm))}; "
          f"CPU {_summary(warm_cpu)}", flush=True)
    print(f"load average during the queries: {os.getloadavg()}")
    print("per query (ms; cold and warm: median over the rounds):")
    print(f"{_cell('query')}{'count':>8}{'first':>8}{'cold':>8}{'cold max':>9}{'warm':>8}")
    for q in QUERIES:
        print(f"{_cell(q)}{counts[q]:>8}{first[q][0]:>8.1f}{statistics.median(cold[q]):>8.1f}"
              f"{max(cold[q]):>9.1f}{statistics.median(warm[q]):>8.1f}")

    served = bench_workers.measure(Path(settings.DATA_DIR), QUERIES, rounds=repeat)
    total_rss = sum(m["Rss"] for m in served["workers"].values()) / 1024
    total_pss = sum(m["Pss"] for m in served["workers"].values()) / 1024
    print(f"2 gunicorn workers (--preload, 4 threads each) after serving the mix over HTTP "
          f"(requests per worker {served['served']}; HTTP, each worker's first request included: "
          f"{_summary(served['http_ms'])}):")
    for pid, m in served["workers"].items():
        print(f"  worker {pid}: RSS {m['Rss'] / 1024:.0f} MiB, PSS {m['Pss'] / 1024:.0f} MiB")
    print(f"  together: RSS {total_rss:.0f} MiB, PSS {total_pss:.0f} MiB (master: RSS "
          f"{served['master']['Rss'] / 1024:.0f} MiB, PSS {served['master']['Pss'] / 1024:.0f} MiB)", flush=True)

    db_path = settings.DATABASES["default"]["NAME"]
    peer_build = bench_fts_peer.build(db_path)
    baseline = bench_fts_peer.counts(db_path, QUERIES)
    peer = bench_fts_peer.PeerSelector(db_path)
    peer_times: dict[str, list[float]] = {q: [] for q in QUERIES}
    for _ in range(repeat):
        for q in QUERIES:
            t0 = time.perf_counter()
            peer.page(q)
            peer_times[q].append((time.perf_counter() - t0) * 1000)
    print(f"FTS5 trigram table and the peer's facet table built in {peer_build:.1f} s")
    print(f"FTS5 peer page (FTS5 match + GROUP BY facets + 20 rows with snippets + JSON, same code for rows, "
          f"buckets and JSON): {_summary(_flat(peer_times))}")
    print("per query, the peers (ms; LIKE and FTS5 counts are inexact: no normalisation; peer: median):")
    print(f"{_cell('query')}{'ours n':>8}{'cold':>8}{'LIKE n':>8}{'LIKE':>8}{'FTS5 n*':>8}{'FTS5':>8}{'peer':>8}")
    for q in QUERIES:
        like_count, like_ms, fts_count, fts_ms = baseline[q]
        print(f"{_cell(q)}{counts[q]:>8}{statistics.median(cold[q]):>8.1f}{like_count:>8}{like_ms:>8.1f}"
              f"{fts_count:>8}{fts_ms:>8.1f}{statistics.median(peer_times[q]):>8.1f}")
    like_p50 = statistics.median(b[1] for b in baseline.values())
    cold_p50 = _percentile(_flat(cold), .5)
    print(f"LIKE p50 {like_p50:.1f} ms (ours cold p50 = 1/{like_p50 / cold_p50:.1f} of it); "
          f"FTS5 count p50 {statistics.median(b[3] for b in baseline.values()):.1f} ms; "
          f"FTS5 peer page p50 {_percentile(_flat(peer_times), .5):.1f} ms")
    print(f"load average at the end: {os.getloadavg()}")
    if os.environ.get("SOLR_URL"):
        run_solr(n, repeat, counts)


def run_incremental(data_dir: Path, n: int) -> None:
    """Issue 11's incremental import, on the index just measured (no second build of N articles)."""
    from django.db import connections

    connections.close_all()
    (data_dir / f"built-{n}").touch()  # bench_incremental.build: this directory already holds the N articles
    print(f"\nincremental import into this {n}-article index (scripts/bench_incremental.py):", flush=True)
    subprocess.run([sys.executable, str(REPO / "scripts" / "bench_incremental.py"), "--articles", str(n),
                    "--data-dir", str(data_dir)], check=False)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--reuse", type=Path, metavar="DIR",
                        help="with one size: keep the corpus and index in DIR, and measure the queries on them "
                             "again when DIR already holds them (no corpus, no build)")
    parser.add_argument("--incremental", type=int, metavar="N",
                        help="after measuring the queries at size N, upload 1,000 new pages into the same index "
                             "through a real server while searchers run (scripts/bench_incremental.py)")
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)  # internal: run one size in this process
    args = parser.parse_args()
    if args.one:
        if args.reuse:
            args.reuse.mkdir(parents=True, exist_ok=True)
            _setup_django(args.reuse)
            run_size(args.one, args.repeat, reuse=True)
            return
        with tempfile.TemporaryDirectory(prefix="bench-search-") as tmp:
            _setup_django(Path(tmp))
            run_size(args.one, args.repeat)
            if args.incremental == args.one:
                run_incremental(Path(tmp), args.one)
        return
    print(f"corpus sources: seeds{' + dxy dev' if DXY.exists() else ''}; {os.cpu_count()} CPUs")
    for n in args.sizes:  # one process per size: a fresh database, index and caches each time
        command = [sys.executable, __file__, "--one", str(n), "--repeat", str(args.repeat)]
        if args.incremental:
            command += ["--incremental", str(args.incremental)]
        subprocess.run(command + (["--reuse", str(args.reuse)] if args.reuse else []), check=True)


def _fallback_urlpatterns():
    from django.http import HttpResponse
    from django.urls import include, path

    return [
        path("", include("search.urls")),
        path("articles/<int:pk>/", lambda request, pk: HttpResponse(), name="article-detail"),
    ]


if __name__ == "__main__":
    main()

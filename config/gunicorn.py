"""gunicorn settings for `make run` (`-c config/gunicorn.py`): every worker drains the search outbox when it
starts and then every few seconds, so a change that a crashed request left committed but unindexed becomes
searchable within seconds of the server (re)starting, with no manual step. When the index has small
segments to merge, a worker starts `manage.py merge_index` as a separate, low-priority process: merging
never runs on a request's path nor in a worker's interpreter (it would hold the GIL for seconds).

Opening a new index generation (after an upload or a merge) costs the first search that meets it a few
hundred milliseconds at 10^6 articles when the CPU is busy: building the generation's shared columns and
decoding its new segments' texts. A thread of each worker watches for new generations and opens them first,
and every thread of the request pool opens the index when the worker starts, before its first request;
jieba's dictionary is loaded then too."""
import subprocess
import sys
import threading
import time

DRAIN_EVERY_SECONDS = 5.0
OPEN_CURRENT_EVERY_SECONDS = 0.5
# How long a thread may hold the GIL while another waits for it (CPython's default is 5 ms). A search gives up
# the GIL at every SQLite call and large NumPy operation, and waits a whole interval to get it back while an
# upload's thread parses pages: 5 ms times a few hundred waits. Measured with a search-like loop of NumPy
# calls beside one CPU-bound thread: 40 ms alone, 3.0 s at 5 ms, 0.45 s at 0.5 ms, 0.29 s at 0.2 ms.
GIL_SWITCH_INTERVAL_SECONDS = 0.0002
# The combined log format plus how long the worker took (ms) and which worker: a slow request then shows
# whether it was slow in the worker or waited for one.
access_log_format = '%(h)s %(l)s %(u)s %(t)s "%(r)s" %(s)s %(b)s "%(f)s" "%(a)s" %(M)sms pid=%(p)s'


def post_worker_init(worker):
    sys.setswitchinterval(GIL_SWITCH_INTERVAL_SECONDS)
    threading.Thread(target=_drain_forever, args=(worker,), name="search-outbox-drain", daemon=True).start()
    threading.Thread(target=_open_new_generations, args=(worker,), name="search-open-current", daemon=True).start()
    _open_in_every_request_thread(worker)


def _open_new_generations(worker) -> None:
    from search import indexing
    from search.whoosh_writer import warm_analysis

    try:
        warm_analysis()  # jieba's dictionary (~0.6 s), loaded here rather than in a user's first search
    except Exception:
        worker.log.exception("loading jieba's dictionary failed")
    while True:
        try:
            indexing.open_current()
        except Exception:  # a damaged or missing index: the requests report it; check again later
            worker.log.debug("opening the current index generation failed", exc_info=True)
        time.sleep(OPEN_CURRENT_EVERY_SECONDS)


def _open_in_every_request_thread(worker) -> None:
    """The gthread worker's pool starts a thread per task while none is idle: tasks that wait for each other
    start them all. Each opens the index, so no request is the first on its thread's searcher."""
    pool, threads = getattr(worker, "tpool", None), worker.cfg.threads
    if pool is None or threads < 2:
        return
    all_started = threading.Barrier(threads)

    def open_index():
        from search import indexing

        try:
            all_started.wait(timeout=10)
            indexing.open_current()
        except Exception:  # as above: the first request then opens it, or reports why it cannot
            worker.log.debug("opening the index in a request thread failed", exc_info=True)

    for _ in range(threads):
        pool.submit(open_index)


def _drain_forever(worker) -> None:
    from django.db import close_old_connections

    from search import indexing

    merger = None
    while True:
        try:
            close_old_connections()
            indexing.drain()
            if (merger is None or merger.poll() is not None) and indexing.needs_merge():
                merger = _start_merger()
        except Exception:  # the next round tries again; check_index reports a stuck outbox
            worker.log.exception("draining the search outbox failed")
        time.sleep(DRAIN_EVERY_SECONDS)


def _start_merger() -> subprocess.Popen:
    from django.conf import settings

    # Exits at once if another worker's merger is running (search.indexing.merge takes a machine lock).
    return subprocess.Popen([sys.executable, str(settings.BASE_DIR / "manage.py"), "merge_index", "--verbosity", "0"])

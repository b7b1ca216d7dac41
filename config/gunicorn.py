"""gunicorn settings for `make run` (`-c config/gunicorn.py`): every worker drains the search outbox when it
starts and then every few seconds, so a change that a crashed request left committed but unindexed becomes
searchable within seconds of the server (re)starting, with no manual step."""
import threading
import time

DRAIN_EVERY_SECONDS = 5.0


def post_worker_init(worker):
    threading.Thread(target=_drain_forever, args=(worker,), name="search-outbox-drain", daemon=True).start()


def _drain_forever(worker) -> None:
    from django.db import close_old_connections

    from search import indexing

    while True:
        try:
            close_old_connections()
            indexing.drain()
        except Exception:  # the next round tries again; check_index reports a stuck outbox
            worker.log.exception("draining the search outbox failed")
        time.sleep(DRAIN_EVERY_SECONDS)

"""THE one writer of the search index, whatever the engine: the outbox and its drain. Knows no engine.

Flow: an Article is saved or deleted → a ``PendingIndexChange`` row is written in the same transaction
(signal receivers below) → after the transaction commits, the rows are drained: pending rows are read, the
articles' current documents built (search.documents) and handed to the configured backend's
``apply(upserts, deletes)`` (search.contract) → the drained rows are deleted. A crash between commit and
drain leaves the rows for the next drain (every server worker drains every few seconds) or
``check_index --repair``.

Locking: a threading lock plus ``fcntl.flock`` on ``<DATA_DIR>/search-writer.lock`` make one writer per
machine. Every drain holds it for one bounded batch (``DRAIN_BATCH`` rows) and then releases it, so nobody
waits behind another's whole backlog.

A request waits only for its own changes: ``settle(row_ids, within)`` drains a batch with its own rows first
whenever it gets the lock, and otherwise polls the outbox (a database table, so it sees drains done by other
server processes) until its rows are gone or its deadline passes. It returns how many were left over; those
become searchable at the next drain, and the caller must say so.

``bulk()`` defers draining to the end of a block (imports, uploads), where one drain batches everything.
``rebuild()`` asks the backend for a complete new index (readers keep the old one meanwhile), then
replays what changed during the build.
"""
from __future__ import annotations

import contextlib
import logging
import threading
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings
from django.db import connection, transaction
from django.db.models.signals import post_delete, post_save
from django.utils import timezone
from haystack import connections
from haystack.utils import get_identifier

from search import documents, file_lock
from search.contract import SearchBackend, stats_of
from search.facets import FACETS
from search.models import PendingIndexChange

log = logging.getLogger(__name__)

OUTBOX_CHUNK = 2000  # rows read per query (and articles fetched per query)
# Rows one drain applies while holding the writer lock (a stored page writes one or two): 1–3 s of
# indexing on a loaded 2-core machine, so a request that waits for the lock waits about that long, whatever
# the backlog.
DRAIN_BATCH = 100
SETTLE_POLL_SECONDS = 0.05
MERGE_LOCK = "search-merge.lock"  # one background merger per machine

_thread_lock = threading.Lock()
_local = threading.local()


def backend() -> SearchBackend:
    """The configured engine (settings.SEARCH_BACKEND, through haystack's "default" connection)."""
    return connections["default"].get_backend()


logger = logging.getLogger(__name__)


def _machine_lock(name: str, blocking: bool):
    """An exclusive lock on ``<DATA_DIR>/<name>``: yields True when held, False if not acquired."""
    return file_lock.exclusive(Path(settings.DATA_DIR) / name, blocking)


@contextlib.contextmanager
def index_lock(blocking: bool = True) -> Iterator[bool]:
    """Yields True when this thread is now the only writer on the machine, False if not acquired."""
    if not _thread_lock.acquire(blocking=blocking):
        yield False
        return
    try:
        with _machine_lock("search-writer.lock", blocking) as acquired:
            yield acquired
    finally:
        _thread_lock.release()


def _chunks(items: list, size: int) -> Iterator[list]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


# ---------------------------------------------------------------------------------------------------------
# The outbox
# ---------------------------------------------------------------------------------------------------------
def enqueue(article_ids: Iterable[int], action: str = PendingIndexChange.Action.UPDATE) -> None:
    """Record that articles changed; they are indexed after the current transaction commits.

    Services that bypass model signals (``bulk_create``, ``QuerySet.update``) call this themselves.
    """
    rows = [PendingIndexChange(article_id=pk, action=action) for pk in article_ids]
    if not rows:
        return
    PendingIndexChange.objects.bulk_create(rows, batch_size=OUTBOX_CHUNK)
    _own_rows().extend(row.pk for row in rows)
    schedule_drain()


def _own_rows() -> list[int]:
    """Outbox rows this thread wrote and has not yet waited for (ids of rolled-back rows never match)."""
    if not hasattr(_local, "rows"):
        _local.rows = []
    return _local.rows


def take_own_rows() -> list[int]:
    rows, _local.rows = _own_rows(), []
    return rows


def _drain_on_commit():
    if not getattr(_local, "deferred", 0):  # in a bulk block the rows wait for the block's end
        settle(take_own_rows(), settings.SEARCH_SETTLE_SECONDS)


def schedule_drain() -> None:
    """One drain per transaction, after it commits (immediately in autocommit mode)."""
    if connection.in_atomic_block and any(
        entry[1] is _drain_on_commit for entry in connection.run_on_commit
    ):
        return
    transaction.on_commit(_drain_on_commit)


def _article_saved(sender, instance, raw=False, **kwargs):
    if not raw:
        enqueue([instance.pk])


def _article_deleted(sender, instance, **kwargs):
    enqueue([instance.pk], PendingIndexChange.Action.DELETE)


def _region_saved(sender, instance, created=False, raw=False, **kwargs):
    """A renamed region changes the facet values of every article in it or below it."""
    if created or raw:
        return
    from django.db.models import Q

    from archive.models import Article

    ids = Article.objects.filter(
        Q(region=instance) | Q(region__province=instance) | Q(region__prefecture=instance)
    ).values_list("pk", flat=True)
    enqueue(list(ids))


def connect_signals() -> None:
    from archive.models import Article, Region

    post_save.connect(_article_saved, sender=Article, dispatch_uid="search.article_saved")
    post_delete.connect(_article_deleted, sender=Article, dispatch_uid="search.article_deleted")
    post_save.connect(_region_saved, sender=Region, dispatch_uid="search.region_saved")


# ---------------------------------------------------------------------------------------------------------
# Draining
# ---------------------------------------------------------------------------------------------------------
@dataclass
class Settled:
    """What ``bulk(settle_within=…)`` achieved: ``waiting`` articles changed by the block were not yet
    searchable when its deadline passed (0: everything the block changed is)."""

    waiting: int = 0


@contextlib.contextmanager
def bulk(settle_within: float | None = None) -> Iterator[Settled]:
    """Defer draining to the end of the block. Then, by default, drain everything (commands); with
    ``settle_within`` (requests), wait at most that long for the block's own changes only. Also when the
    block fails part-way, so what it committed before the failure is searchable (the failure propagates)."""
    settled = Settled()
    _local.deferred = getattr(_local, "deferred", 0) + 1
    if _local.deferred == 1:
        take_own_rows()  # rows of earlier, unrelated work on this thread are not this block's to wait for
    try:
        yield settled
    finally:
        _local.deferred -= 1
        if not _local.deferred:
            _drain_after_block(settled, settle_within)


def _drain_after_block(settled: Settled, settle_within: float | None) -> None:
    try:
        if connection.in_atomic_block:
            schedule_drain()
        elif settle_within is None:  # a command: one apply batches the whole import, as before
            take_own_rows()
            drain(batch=None)
        else:
            settled.waiting = settle(take_own_rows(), settle_within)
    except Exception:  # never hide the block's own error; the periodic drain and check_index catch up
        logger.exception("draining the search outbox after a bulk block failed")
        settled.waiting = max(settled.waiting, 1)


def drain(batch: int | None = DRAIN_BATCH) -> bool:
    """Apply every pending change, ``batch`` rows per turn of the lock (None: all in one). Returns False
    when deferred, or when another writer holds the lock (its holder, or the next periodic drain, applies
    the rest)."""
    if getattr(_local, "deferred", 0):
        return False
    while True:
        with index_lock(blocking=False) as acquired:
            if not acquired:
                return False
            _drain_locked(limit=batch)
        if not PendingIndexChange.objects.exists():
            return True
        time.sleep(2 * SETTLE_POLL_SECONDS)  # a request polling for the lock gets its turn between batches


def settle(row_ids: Iterable[int], within: float) -> int:
    """Make these outbox rows' changes searchable, waiting at most ``within`` seconds; returns how many
    articles still have changes pending then (0: all applied). Drains a bounded batch, its own rows first,
    whenever it gets the lock; otherwise waits for whoever holds it, in this process or another, by
    polling the outbox."""
    if getattr(_local, "deferred", 0):
        return 0
    deadline = time.monotonic() + within
    waiting = sorted(set(row_ids))
    while True:
        waiting = _still_pending(waiting)
        if not waiting:
            return 0
        with index_lock(blocking=False) as acquired:
            if acquired:
                _drain_locked(first=waiting, limit=DRAIN_BATCH)
        if time.monotonic() >= deadline:
            return _articles_of(_still_pending(waiting))
        if not acquired:
            time.sleep(SETTLE_POLL_SECONDS)


def _still_pending(row_ids: list[int]) -> list[int]:
    pending = []
    for chunk in _chunks(row_ids, OUTBOX_CHUNK):
        pending += PendingIndexChange.objects.filter(id__in=chunk).values_list("id", flat=True)
    return sorted(pending)


def _articles_of(row_ids: list[int]) -> int:
    articles = set()
    for chunk in _chunks(row_ids, OUTBOX_CHUNK):
        articles.update(PendingIndexChange.objects.filter(id__in=chunk).values_list("article_id", flat=True))
    return len(articles)


def _drain_locked(first: list[int] = (), limit: int | None = None) -> int:
    """Apply up to ``limit`` pending rows (all if None) in one ``apply``: the rows ``first`` before any
    other, then the oldest. Caller holds the index lock. Returns the number of articles applied."""
    rows = []
    for chunk in _chunks(list(first)[:limit], OUTBOX_CHUNK):
        rows += PendingIndexChange.objects.filter(id__in=chunk).values_list("id", "article_id")
    room = None if limit is None else limit - len(rows)
    if room is None or room > 0:
        oldest = PendingIndexChange.objects.order_by("id").values_list("id", "article_id")
        taken = {row_id for row_id, _ in rows}
        rows += [row for row in (oldest if room is None else oldest[:room + len(taken)])
                 if row[0] not in taken][:room]
    if not rows:
        return 0
    rows.sort()
    article_ids = list(dict.fromkeys(pk for _, pk in rows))
    _apply(article_ids)
    for chunk in _chunks([row_id for row_id, _ in rows], OUTBOX_CHUNK):
        PendingIndexChange.objects.filter(id__in=chunk).delete()
    return len(article_ids)


def _apply(article_ids: list[int]) -> None:
    """Index each article's current database state; delete those that no longer exist."""
    upserts, deletes = documents.documents_for(article_ids)
    backend().apply(upserts, deletes)


def open_current() -> None:
    """Open the index's current generation in this thread, on engines that open one per thread (Whoosh)."""
    opener = getattr(backend(), "open_current", None)
    if opener is not None:
        opener()


# ---------------------------------------------------------------------------------------------------------
# haystack's entry points (update_index, remove, clear_index) routed here
# ---------------------------------------------------------------------------------------------------------
def index_objects(iterable) -> None:
    enqueue([obj.pk for obj in iterable])
    drain_now()


def remove_identifiers(objs_or_identifiers) -> None:
    ids = []
    for item in objs_or_identifiers:
        identifier = get_identifier(item)
        ids.append(int(identifier.rsplit(".", 1)[1]))
    enqueue(ids, PendingIndexChange.Action.DELETE)
    drain_now()


def drain_now() -> None:
    """For commands (autocommit): apply now, waiting for the lock rather than leaving it to the holder."""
    if getattr(_local, "deferred", 0):
        return
    with index_lock(blocking=True):
        _drain_locked()
    drain()


def clear_index() -> None:
    """Replace the index by an empty one (readers never see a half-deleted one)."""
    with index_lock(blocking=True):
        backend().rebuild(iter(()))


# ---------------------------------------------------------------------------------------------------------
# Rebuild
# ---------------------------------------------------------------------------------------------------------
def rebuild(batch_size: int = OUTBOX_CHUNK, progress=None) -> int:
    """Build a complete index beside the live one, swap it in, replay changes made during the build."""
    with index_lock(blocking=True):
        total = documents.indexable_articles().count()

        def counted(docs):
            for n, doc in enumerate(docs, 1):
                if progress and n % 10000 == 0:
                    progress(n, total)
                yield doc

        count = backend().rebuild(counted(documents.all_documents(batch_size)))
        # Everything still pending is replayed on the new index; replaying a change the build already
        # saw is harmless (the drain re-reads the article).
        _drain_locked()
    drain()
    return count


# ---------------------------------------------------------------------------------------------------------
# Background merging (engines whose writes leave segments to merge: Whoosh)
# ---------------------------------------------------------------------------------------------------------
def needs_merge() -> bool:
    """True when the index has segments to merge and no merger is at work on this machine."""
    if not getattr(backend(), "needs_merge", lambda: False)():
        return False
    with _machine_lock(MERGE_LOCK, blocking=False) as nobody_merging:
        return nobody_merging


def merge() -> int:
    """Merge small index segments until none need it, one merger per machine (returns 0 at once if another
    is merging). Each merge runs without the writer lock; its merged segment is swapped in under it, in
    milliseconds. Returns the number of documents merged."""
    engine = backend()
    if not hasattr(engine, "merge_segments"):
        return 0
    merged = 0
    with _machine_lock(MERGE_LOCK, blocking=False) as acquired:
        while acquired:
            step = engine.merge_segments(index_lock)
            merged += step
            if not step:
                break
    return merged


# ---------------------------------------------------------------------------------------------------------
# Index == database
# ---------------------------------------------------------------------------------------------------------
def compare_index_with_database() -> dict:
    """Differences between the index and the database: missing, extra, stale (facet values or text),
    duplicated."""
    from search.analysis import compact_normalize

    be = backend()
    indexed = be.stored_facets()
    duplicated = sorted(be.duplicated_ids()) if hasattr(be, "duplicated_ids") else []
    missing, stale, expected_rows = [], [], []
    seen = set()
    for doc in documents.all_documents(OUTBOX_CHUNK):
        seen.add(doc.article_id)
        expected_rows.append((doc.article_id, compact_normalize(doc.title), compact_normalize(doc.body),
                              doc.facets))
        stored = indexed.get(doc.article_id)
        if stored is None:
            missing.append(doc.article_id)
        elif any((stored.get(f.field) or None) != doc.facets[f.field] for f in FACETS):
            stale.append(doc.article_id)
    extra = sorted(set(indexed) - seen)
    if not (missing or extra or stale or duplicated):
        # Same ids and facets: the digest over ids and stored texts says whether a text is stale.
        if stats_of(expected_rows).digest != be.stats().digest:
            stale = sorted(seen)
    return {
        "missing": sorted(missing),
        "extra": extra,
        "stale": sorted(stale),
        "duplicated": duplicated,
        "pending": PendingIndexChange.objects.count(),
        "waiting": _oldest_waiting_seconds(),
    }


def _oldest_waiting_seconds() -> float:
    """How long the oldest change has waited in the outbox (0 when it is empty)."""
    oldest = PendingIndexChange.objects.order_by("id").values_list("created_at", flat=True).first()
    return max(0.0, (timezone.now() - oldest).total_seconds()) if oldest else 0.0


def repair(differences: dict) -> None:
    enqueue(differences["missing"] + differences["stale"] + differences["duplicated"])
    enqueue(differences["extra"], PendingIndexChange.Action.DELETE)
    drain_now()

"""THE one writer of the search index. Nothing else opens a Whoosh writer.

Flow: an Article is saved or deleted → a ``PendingIndexChange`` row is written in the same transaction
(signal receivers below) → after the transaction commits, ``drain()`` applies every pending row with a
single Whoosh writer under a lock → the drained rows are deleted.

Locking: a threading lock plus ``fcntl.flock`` on ``<index path>.lock`` make one writer per machine. A
drain that finds the lock taken returns at once: the holder re-checks the outbox after releasing the lock,
so the rows are picked up without waiting requests behind a long rebuild, and without ``LockError``.

``bulk()`` defers draining to the end of a block (imports), where one writer batches everything.
``rebuild()`` builds into a new directory, swaps the symlink, then replays what changed meanwhile.
"""
from __future__ import annotations

import contextlib
import fcntl
import logging
import os
import threading
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path

from django.db import connection, transaction
from django.db.models.signals import post_delete, post_save
from haystack import connections
from haystack.exceptions import SkipDocument
from haystack.utils import get_identifier
from whoosh.filedb.filestore import FileStorage

from search import storage
from search.fields import IndexCodec
from search.models import PendingIndexChange
from search.schema import FACET_FIELDS

log = logging.getLogger(__name__)

OUTBOX_CHUNK = 2000  # rows read per query (and articles fetched per query)
BULK_THRESHOLD = 2000  # from this many documents on, use the batch writer settings
WRITER_LIMITMB = 128  # per process, incremental drains
# Bulk loads: every writer process gets this many documents and a pool big enough to sort their postings in
# memory (Whoosh's external sort of spilled runs costs more than the analysis), then commits them as one
# segment without merging (a merge re-reads every posting in Python).
SEGMENT_DOCS = int(os.environ.get("SEARCH_SEGMENT_DOCS", "10000"))  # ~1.3 GB per writer process at peak
SEGMENT_LIMITMB = 1536
# Sub-processes that analyse documents when filling an empty index (rebuilds, first imports): jieba is most
# of the cost, and it is pure Python.
WRITER_PROCS = int(os.environ.get("SEARCH_INDEX_PROCS", str(min(4, os.cpu_count() or 1))))

_thread_lock = threading.Lock()
_local = threading.local()


# ---------------------------------------------------------------------------------------------------------
# Plumbing
# ---------------------------------------------------------------------------------------------------------
def backend():
    return connections["default"].get_backend()


def article_index():
    from archive.models import Article

    return connections["default"].get_unified_index().get_index(Article)


@contextlib.contextmanager
def index_lock(blocking: bool = True) -> Iterator[bool]:
    """Yields True when this thread is now the only writer on the machine, False if not acquired."""
    if not _thread_lock.acquire(blocking=blocking):
        yield False
        return
    try:
        path = Path(backend().link_path).with_suffix(".lock")
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(path, "a+") as lockfile:
            try:
                fcntl.flock(lockfile, fcntl.LOCK_EX | (0 if blocking else fcntl.LOCK_NB))
            except BlockingIOError:
                yield False
                return
            try:
                yield True
            finally:
                fcntl.flock(lockfile, fcntl.LOCK_UN)
    finally:
        _thread_lock.release()


def _open_live_index():
    be = backend()
    be.ensure_current()
    return FileStorage(str(storage.live_dir(be.link_path))).open_index(schema=be.schema)


def _warm_analysis() -> None:
    """Load jieba's dictionary and the OpenCC tables before a writer forks its sub-processes."""
    from search.analysis import ensure_jieba, normalize

    ensure_jieba()
    normalize("預熱")


def _writer(ix, expected_docs: int):
    if expected_docs >= BULK_THRESHOLD:
        _warm_analysis()
        return ix.writer(limitmb=WRITER_LIMITMB, compound=False, codec=IndexCodec())
    return ix.writer(timeout=60, codec=IndexCodec())


def _segment_writer(ix):
    """A writer for one batch of ``SEGMENT_DOCS`` new documents per process (``WRITER_PROCS`` processes,
    each writing its own segment, when there is more than one)."""
    _warm_analysis()
    if WRITER_PROCS > 1:
        return ix.writer(limitmb=SEGMENT_LIMITMB, compound=False, codec=IndexCodec(), procs=WRITER_PROCS,
                         multisegment=True, batchsize=200)
    return ix.writer(limitmb=SEGMENT_LIMITMB, compound=False, codec=IndexCodec())


def add_in_segments(ix, docs: Iterable[dict], progress=None, total: int = 0) -> int:
    """Add new documents (none of them in the index yet) in batches, each batch committed unmerged."""
    count = 0
    per_writer = SEGMENT_DOCS * max(1, WRITER_PROCS)
    writer, in_writer = None, 0
    try:
        for doc in docs:
            if writer is None:
                writer, in_writer = _segment_writer(ix), 0
            writer.add_document(**doc)
            count += 1
            in_writer += 1
            if progress and count % 10000 == 0:
                progress(count, total)
            if in_writer >= per_writer:
                writer.commit(merge=False)
                writer = None
        if writer is not None:
            writer.commit(merge=False)
            writer = None
    except BaseException:
        if writer is not None:
            writer.cancel()
        raise
    indexed = ix.doc_count_all()
    if indexed < count:  # a lost sub-writer result would drop a whole segment silently: never swap that in
        raise RuntimeError(f"bulk indexing lost documents: {count} added, {indexed} in the index")
    return count


def prepare_document(index, article) -> dict | None:
    """The field values Whoosh gets for an article (None values left out), or None to skip it."""
    try:
        doc = index.full_prepare(article)
    except SkipDocument:
        return None
    doc.pop("boost", None)
    return {k: v for k, v in doc.items() if v is not None}


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
    schedule_drain()


def _drain_on_commit():
    drain()


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
    from archive.models import Article
    from django.db.models import Q

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
@contextlib.contextmanager
def bulk():
    """Defer draining to the end of the block, then drain everything with one batch writer."""
    _local.deferred = getattr(_local, "deferred", 0) + 1
    try:
        yield
    finally:
        _local.deferred -= 1
    if not _local.deferred:
        if connection.in_atomic_block:
            schedule_drain()
        else:
            drain()


def drain() -> bool:
    """Apply pending changes. Returns False when deferred, or when another writer holds the lock
    (it will pick our rows up when it re-checks after releasing)."""
    if getattr(_local, "deferred", 0):
        return False
    while True:
        with index_lock(blocking=False) as acquired:
            if not acquired:
                return False
            _drain_locked()
        # Re-check after releasing: rows committed by drains that found the lock taken.
        if not PendingIndexChange.objects.exists():
            return True


def _drain_locked() -> int:
    """Apply every pending row with one writer. Caller holds the index lock."""
    rows = list(PendingIndexChange.objects.order_by("id").values_list("id", "article_id"))
    if not rows:
        return 0
    article_ids = list(dict.fromkeys(pk for _, pk in rows))
    ix = _open_live_index()
    if len(article_ids) >= BULK_THRESHOLD and ix.doc_count_all() == 0:
        add_in_segments(ix, _new_documents(article_ids))  # a first import: nothing to update or delete
    else:
        writer = _writer(ix, len(article_ids))
        try:
            _apply(writer, article_ids)
        except BaseException:
            writer.cancel()
            raise
        writer.commit()
    for chunk in _chunks([row_id for row_id, _ in rows], OUTBOX_CHUNK):
        PendingIndexChange.objects.filter(id__in=chunk).delete()
    return len(article_ids)


def _new_documents(article_ids: list[int]) -> Iterator[dict]:
    index = article_index()
    for chunk in _chunks(article_ids, OUTBOX_CHUNK):
        for article in index.index_queryset().filter(pk__in=chunk).order_by("pk"):
            doc = prepare_document(index, article)
            if doc is not None:
                yield doc


def _apply(writer, article_ids: list[int]) -> None:
    """Index each article's current database state; delete those that no longer exist."""
    index = article_index()
    for chunk in _chunks(article_ids, OUTBOX_CHUNK):
        present = set()
        for article in index.index_queryset().filter(pk__in=chunk):
            present.add(article.pk)
            doc = prepare_document(index, article)
            if doc is None:
                writer.delete_by_term("id", get_identifier(article))
            else:
                writer.update_document(**doc)
        for pk in chunk:
            if pk not in present:
                writer.delete_by_term("id", f"archive.article.{pk}")


# ---------------------------------------------------------------------------------------------------------
# haystack's entry points (update_index, remove, clear_index) routed here
# ---------------------------------------------------------------------------------------------------------
def index_objects(index, iterable) -> None:
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
    """Swap in an empty index (readers never see a half-deleted one)."""
    be = backend()
    with index_lock(blocking=True):
        target = storage.new_dir(be.link_path)
        FileStorage(str(target)).create_index(be.schema)
        previous = storage.swap_in(be.link_path, target)
        storage.prune(be.link_path, keep={target} | ({previous} if previous else set()))
    be.ensure_current()


# ---------------------------------------------------------------------------------------------------------
# Rebuild
# ---------------------------------------------------------------------------------------------------------
def rebuild(batch_size: int = OUTBOX_CHUNK, progress=None) -> int:
    """Build a complete index in a new directory, swap it in, replay changes made during the build."""
    be = backend()
    be.ensure_current()
    index = article_index()
    count = 0
    with index_lock(blocking=True):
        target = storage.new_dir(be.link_path)
        ix = FileStorage(str(target)).create_index(be.schema)
        total = index.index_queryset().count()
        articles = index.index_queryset().order_by("pk").iterator(chunk_size=batch_size)
        docs = (doc for doc in (prepare_document(index, a) for a in articles) if doc is not None)
        count = add_in_segments(ix, docs, progress, total)
        previous = storage.swap_in(be.link_path, target)
        # Everything still pending is replayed on the new index; replaying a change the build already
        # saw is harmless (the drain re-reads the article).
        _drain_locked()
        storage.prune(be.link_path, keep={target} | ({previous} if previous else set()))
    be.ensure_current()
    drain()
    return count


# ---------------------------------------------------------------------------------------------------------
# Index == database
# ---------------------------------------------------------------------------------------------------------
def expected_facets(index, article) -> dict:
    out = {}
    for name in FACET_FIELDS:
        method = getattr(index, f"prepare_{name}", None)
        value = method(article) if method else index.fields[name].prepare(article)
        out[name] = value if value not in ("", None) else None
    return out


def compare_index_with_database() -> dict:
    """Differences between the index and the database: missing, extra, stale (facet values), duplicated."""
    be = backend()
    index = article_index()
    searcher, table, _ = be.doctable()
    live_ids = Counter(int(i) for i in table.article_id[table.live_docs()])
    duplicated = sorted(i for i, c in live_ids.items() if c > 1)
    indexed = be.stored_documents()
    missing, stale = [], []
    seen = set()
    for article in index.index_queryset().iterator(chunk_size=OUTBOX_CHUNK):
        seen.add(article.pk)
        stored = indexed.get(article.pk)
        if stored is None:
            missing.append(article.pk)
            continue
        expected = expected_facets(index, article)
        if any((stored.get(k) or None) != expected[k] for k in FACET_FIELDS):
            stale.append(article.pk)
    extra = sorted(set(indexed) - seen)
    return {
        "missing": sorted(missing),
        "extra": extra,
        "stale": sorted(stale),
        "duplicated": duplicated,
        "pending": PendingIndexChange.objects.count(),
    }


def repair(differences: dict) -> None:
    enqueue(differences["missing"] + differences["stale"] + differences["duplicated"])
    enqueue(differences["extra"], PendingIndexChange.Action.DELETE)
    drain_now()

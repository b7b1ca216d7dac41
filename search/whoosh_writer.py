"""Writing a Whoosh index: IndexDocument → Whoosh fields, incremental writers, unmerged bulk segments.

Used only by the Whoosh backend's ``apply`` / ``rebuild`` (search.backend), which the engine-free outbox
(search.indexing) calls under its lock.
"""
from __future__ import annotations

import os
from collections.abc import Iterable

from search.contract import IndexDocument
from search.fields import IndexCodec
from search.schema import ARTICLE_ID, BODY_GRAMS, PUBLISHED_DAY, TITLE_GRAMS, WORDS

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

CONTENT_TYPE = "archive.article"


def identifier(article_id: int) -> str:
    """haystack's document id (``app.model.pk``), the unique key of the Whoosh schema."""
    return f"{CONTENT_TYPE}.{article_id}"


def whoosh_fields(doc: IndexDocument) -> dict:
    """The field values Whoosh gets for a document (None values left out)."""
    fields = {
        "id": identifier(doc.article_id),
        "django_ct": CONTENT_TYPE,
        "django_id": str(doc.article_id),
        WORDS: f"{doc.title}\n{doc.body}",
        TITLE_GRAMS: doc.title,
        BODY_GRAMS: doc.body,
        ARTICLE_ID: doc.article_id,
        PUBLISHED_DAY: doc.day,
    }
    fields.update({k: v for k, v in doc.facets.items() if v is not None})
    return fields


def warm_analysis() -> None:
    """Load jieba's dictionary and the OpenCC tables before a writer forks its sub-processes."""
    from search.analysis import ensure_jieba, normalize

    ensure_jieba()
    normalize("預熱")


def incremental_writer(ix, expected_docs: int):
    if expected_docs >= BULK_THRESHOLD:
        warm_analysis()
        return ix.writer(limitmb=WRITER_LIMITMB, compound=False, codec=IndexCodec())
    return ix.writer(timeout=60, codec=IndexCodec())


def _segment_writer(ix):
    """A writer for one batch of ``SEGMENT_DOCS`` new documents per process (``WRITER_PROCS`` processes,
    each writing its own segment, when there is more than one)."""
    warm_analysis()
    if WRITER_PROCS > 1:
        return ix.writer(limitmb=SEGMENT_LIMITMB, compound=False, codec=IndexCodec(), procs=WRITER_PROCS,
                         multisegment=True, batchsize=200)
    return ix.writer(limitmb=SEGMENT_LIMITMB, compound=False, codec=IndexCodec())


def add_in_segments(ix, docs: Iterable[IndexDocument]) -> int:
    """Add new documents (none of them in the index yet) in batches, each batch committed unmerged."""
    count = 0
    per_writer = SEGMENT_DOCS * max(1, WRITER_PROCS)
    writer, in_writer = None, 0
    try:
        for doc in docs:
            if writer is None:
                writer, in_writer = _segment_writer(ix), 0
            writer.add_document(**whoosh_fields(doc))
            count += 1
            in_writer += 1
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


def update_and_delete(ix, upserts: Iterable[IndexDocument], deletes: Iterable[int], expected: int) -> None:
    """One writer: replace each upserted document, delete the others; committed at once, as a new segment
    and without merging any (a merge re-reads every posting of the merged segments in Python, tens of
    seconds at 10⁴ documents, under the writer lock): search.whoosh_merge merges in the background."""
    writer = incremental_writer(ix, expected)
    # One searcher over the existing segments for every delete: ``update_document`` would open a reader of
    # every segment for each document (a third of a drain's time with a few dozen segments).
    existing = writer.searcher()
    try:
        for doc in upserts:
            writer.delete_by_term("id", identifier(doc.article_id), searcher=existing)
            writer.add_document(**whoosh_fields(doc))
        for pk in deletes:
            writer.delete_by_term("id", identifier(pk), searcher=existing)
    except BaseException:
        existing.close()
        writer.cancel()
        raise
    existing.close()
    writer.commit(merge=False)

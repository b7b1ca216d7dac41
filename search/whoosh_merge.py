"""Merging Whoosh segments in the background, without holding the writer lock while merging.

Every drain commits its documents as a new small segment (search.whoosh_writer): cheap to write, but each
segment costs every search a little, so small segments must be merged. A Whoosh merge re-reads every
posting in Python (tens of seconds at 10⁴ documents); done inside a drain, as Whoosh does by default, it
stalls every upload waiting for the writer lock. Here a merge:

1. reads the segment list and plans (``plan``): ``MERGE_FACTOR`` or more segments of about the same size,
   smaller than ``MAX_MERGED_DOCS``, at most ``MAX_MERGED_DOCS`` live documents together;
2. writes the merged segment into a private directory beside the index, reading the source segments as
   they were when planned (segments never change, only their deletion sets do) — no lock held;
3. takes the writer lock for milliseconds: if every source is still in the index, carries over the
   deletions made meanwhile (drains that updated or deleted a document of a source), moves the merged
   files in and writes a new table of contents with the sources replaced by the merged segment. If a
   rebuild swapped the index or a source went away, the merged segment is dropped.

Readers that opened the old segments keep reading them (their files stay open); new readers see the same
documents in fewer segments. Relies on Whoosh 2.7.4's segment and TOC classes (checked at import).
"""
from __future__ import annotations

import math
import os
import shutil
from collections import defaultdict
from collections.abc import Callable
from contextlib import AbstractContextManager
from dataclasses import dataclass
from pathlib import Path

import whoosh
from whoosh.filedb.filestore import FileStorage
from whoosh.index import TOC, clean_files
from whoosh.reading import SegmentReader
from whoosh.util.filelock import try_for
from whoosh.writing import SegmentWriter

from search.fields import IndexCodec
from search.whoosh_writer import SEGMENT_DOCS

if whoosh.__version__[:3] != (2, 7, 4):  # the TOC and segment internals below are those of 2.7.4
    raise ImportError(f"search.whoosh_merge needs Whoosh 2.7.4, found {whoosh.versionstring()}")

MERGE_FACTOR = 8  # this many small segments make a merge worth its cost
MAX_MERGED_DOCS = SEGMENT_DOCS  # a rebuild's segment size: segments this big are never merged again
MERGE_LIMITMB = 256
SWAP_LOCK_SECONDS = 10.0


def size_tier(docs: int) -> int:
    """Segments of about the same size share a tier (powers of ``MERGE_FACTOR``)."""
    return int(math.log(max(docs, 1), MERGE_FACTOR))


def choose(sizes: list[tuple[int, int]]) -> list[int]:
    """Which segments to merge now, by their (documents, live documents): indexes into ``sizes``, empty
    when none need it. ``MERGE_FACTOR`` or more segments of one size tier, the smallest tier first, at
    most ``MAX_MERGED_DOCS`` live documents together. Merging alike sizes copies each document about
    log(10⁴ / drain size) times in all, and never a big segment for a small one's sake."""
    tiers = defaultdict(list)
    for i, (docs, _) in enumerate(sizes):
        if docs < MAX_MERGED_DOCS:
            tiers[size_tier(docs)].append(i)
    for tier in sorted(tiers):
        if len(tiers[tier]) < MERGE_FACTOR:
            continue
        chosen, total = [], 0
        for i in sorted(tiers[tier], key=lambda i: sizes[i][0]):
            if chosen and total + sizes[i][1] > MAX_MERGED_DOCS:
                break
            chosen.append(i)
            total += sizes[i][1]
        if len(chosen) > 1:
            return chosen
    return []


def plan(segments) -> list:
    """The Whoosh segments ``choose`` picks."""
    return [segments[i] for i in choose([(s.doc_count_all(), s.doc_count()) for s in segments])]


def needs_merge(ix) -> bool:
    return bool(plan(ix._read_toc().segments))


@dataclass
class _Source:
    segment_id: str
    deleted_before: frozenset[int]
    new_docnum: dict[int, int]  # docnum in the source → docnum in the merged segment (live documents)


def merge_once(ix, live_path: Callable[[], str], writer_lock: Callable[[], AbstractContextManager]) -> int:
    """One planned merge, by the machine's only merger (search.indexing.merge holds the merge lock).
    Returns how many documents were merged (0: nothing to do, or dropped because the index changed under
    it). ``live_path()`` is where the live index is now; ``writer_lock()`` the one-writer lock, held only
    to swap the merged segment in."""
    toc = ix._read_toc()
    sources = plan(toc.segments)
    if not sources:
        return 0
    index_dir = Path(ix.storage.folder)
    for stale in index_dir.parent.glob(".*.merging-*"):  # left by a merger that was killed (one at a time)
        shutil.rmtree(stale, ignore_errors=True)
    work = index_dir.parent / f".{index_dir.name}.merging-{os.getpid()}"  # hidden from storage.prune
    work.mkdir()
    try:
        merged, moved = _write_merged(ix, toc.schema, sources, work)
        with writer_lock():
            if os.path.realpath(live_path()) != os.path.realpath(index_dir):
                return 0  # a rebuild replaced the index meanwhile
            return _swap_in(ix, merged, moved, work)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _write_merged(ix, schema, sources, work: Path):
    target = FileStorage(str(work)).create_index(schema, indexname=ix.indexname)
    # compound: one file per segment, opened once by a reader, so removing it later never breaks a reader
    writer = SegmentWriter(target, codec=IndexCodec(), compound=True, limitmb=MERGE_LIMITMB)
    moved = []
    try:
        for segment in sources:
            live = [d for d in range(segment.doc_count_all()) if not segment.is_deleted(d)]
            moved.append(_Source(segment.segment_id(), frozenset(segment.deleted_docs()),
                                 {old: writer.docnum + i for i, old in enumerate(live)}))
            reader = SegmentReader(ix.storage, schema, segment)
            try:
                writer.add_reader(reader)  # copies live documents in docnum order
            finally:
                reader.close()
        merged = writer._finalize_segment()
    finally:
        writer._finish()
    return merged, moved


def _swap_in(ix, merged, moved: list[_Source], work: Path) -> int:
    """Under the writer lock: replace the sources by the merged segment in a new table of contents."""
    whoosh_lock = ix.lock("WRITELOCK")  # free while we hold ours (every writer takes ours first)
    if not try_for(whoosh_lock.acquire, timeout=SWAP_LOCK_SECONDS, delay=0.05):
        return 0
    try:
        toc = ix._read_toc()
        current = {s.segment_id(): s for s in toc.segments}
        if any(source.segment_id not in current for source in moved):
            return 0
        for source in moved:
            for docnum in set(current[source.segment_id].deleted_docs()) - source.deleted_before:
                merged.delete_document(source.new_docnum[docnum])
        index_dir = Path(ix.storage.folder)
        for name in os.listdir(work):
            if name.startswith(merged.segment_id() + "."):
                os.replace(work / name, index_dir / name)
        replaced = {source.segment_id for source in moved}
        segments = [s for s in toc.segments if s.segment_id() not in replaced] + [merged]
        generation = toc.generation + 1
        TOC(toc.schema, segments, generation).write(ix.storage, ix.indexname)
        clean_files(ix.storage, ix.indexname, generation, segments)
        return merged.doc_count()
    finally:
        whoosh_lock.release()

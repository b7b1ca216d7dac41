"""Opening a searcher on a new index state without reopening the segments it shares with the previous one.

Whoosh 2.7.4's own reuse (``FileIndex.reader(reuse=…)``, ``Searcher.refresh``) never reuses anything: it keys
the old readers by index generation and looks them up by segment id. Opening every segment again costs
~30 ms at 120 segments (each segment's term table header is read), and much more while uploads keep the
CPU busy: it was most of the time a search waited on each new generation. Here a segment reader is reused
when the new state lists the same segment with the same deleted documents; any other is opened afresh. An
index of one segment is opened afresh as Whoosh opens it (a lone reader carries the state's generation).
"""
from __future__ import annotations

from whoosh.reading import EmptyReader, MultiReader, SegmentReader
from whoosh.searching import Searcher


def open_searcher(ix, previous: Searcher | None = None) -> Searcher:
    toc = ix._read_toc()  # (Whoosh's reader() reads the same table of contents)
    if not toc.segments:
        return Searcher(EmptyReader(toc.schema), fromindex=ix)
    if len(toc.segments) == 1:
        return Searcher(SegmentReader(ix.storage, toc.schema, toc.segments[0], generation=toc.generation),
                        fromindex=ix)
    reusable = {}
    if previous is not None:
        reusable = {reader.segment().segment_id(): reader for reader in _segment_readers(previous)}
    readers = []
    for segment in toc.segments:
        old = reusable.get(segment.segment_id())
        if old is not None and not old.is_closed and _same_deletions(old.segment(), segment):
            readers.append(old)
        else:
            readers.append(SegmentReader(ix.storage, toc.schema, segment, generation=toc.generation))
    return Searcher(MultiReader(readers, generation=toc.generation), fromindex=ix)


def close_unshared(stale: Searcher, current: Searcher | None) -> None:
    """Close the stale searcher's segment readers that ``current`` did not take over."""
    kept = {id(reader) for reader in _segment_readers(current)} if current is not None else set()
    for reader in _segment_readers(stale):
        if id(reader) not in kept:
            reader.close()


def _segment_readers(searcher: Searcher) -> list:
    return [reader for reader, _ in searcher.reader().leaf_readers() if isinstance(reader, SegmentReader)]


def _same_deletions(old, new) -> bool:
    if old.deleted_count() != new.deleted_count():
        return False
    return not old.deleted_count() or set(old.deleted_docs()) == set(new.deleted_docs())

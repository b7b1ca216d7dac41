"""The verification texts of one segment: memory-mapped UTF-8, shared by every process, searched in C.

A grams field's column (search.fields.GramsFieldType) holds each document's compacted normalised text,
one after the other: one UTF-8 buffer plus a length per document. Bulk segments are written with one file
per column (``compound=False``), so that file IS the buffer: it is mapped as it is. A segment stored as one
compound file gets a copy of the buffer in its search.segment_store directory (``text_<field>.utf8``,
written once, atomically), where the document boundaries (``offsets``: N+1 byte offsets) are stored too. Pages of a
mapping are shared between gunicorn workers (counted once in PSS), unlike a list of ``str`` per process.

Verification ``term in text`` is ``buffer.find(term_utf8, start, end) >= 0`` (a UTF-8 byte substring is a
character substring: UTF-8 is self-synchronising), run by ``map`` over the candidates: the loop is in C, no
bytecode runs per candidate, and nothing is decoded or copied.
"""
from __future__ import annotations

import mmap
from itertools import repeat
from pathlib import Path

import numpy as np
from whoosh.codec.whoosh3 import W3Codec

from search import segment_store
from search.fastpath import slow_path


class SegmentTexts:
    def __init__(self, buffer, offsets: np.ndarray):
        self._buffer = buffer  # mmap (or bytes when empty)
        self.offsets = offsets  # int64, len = documents + 1

    def __len__(self) -> int:
        return len(self.offsets) - 1

    def __getitem__(self, docnum: int) -> str:
        return self._buffer[int(self.offsets[docnum]):int(self.offsets[docnum + 1])].decode("utf-8")

    def containing(self, docnums: np.ndarray, term: str) -> np.ndarray:
        """The docnums (sorted, segment-local) whose text contains ``term``."""
        if not len(docnums):
            return docnums
        starts = self.offsets[docnums]
        ends = self.offsets[docnums + 1]
        found = np.fromiter(map(self._buffer.find, repeat(term.encode("utf-8")), starts.tolist(), ends.tolist()),
                            dtype=np.int64, count=len(docnums))
        return docnums[found >= 0]


def _map_file(path: Path):
    if path.stat().st_size == 0:
        return b""
    with open(path, "rb") as f:
        return mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ)


def _offsets_from_column(column, doccount: int) -> np.ndarray | None:
    lengths = getattr(column, "_lengths", None)
    if lengths is None or not hasattr(column, "_basepos"):
        return None
    lengths = np.asarray(lengths).astype(np.int64)[:doccount]
    offsets = np.zeros(doccount + 1, dtype=np.int64)
    np.cumsum(lengths, out=offsets[1:len(lengths) + 1])
    offsets[len(lengths) + 1:] = offsets[len(lengths)]  # documents past the column's end: empty texts
    return offsets + column._basepos


def open_texts(index_dir: str, reader, fieldname: str) -> SegmentTexts:
    """The texts of ``fieldname`` for every document of the segment (deleted ones included)."""
    segment = reader.segment()
    doccount = reader.doc_count_all()
    if not reader.has_column(fieldname):
        if reader.doc_count():
            raise RuntimeError(f"the search index has no {fieldname!r} text column: it was built by an older "
                               "version of search/; rebuild it (manage.py rebuild_index)")
        return SegmentTexts(b"", np.zeros(doccount + 1, dtype=np.int64))
    own_file = Path(index_dir) / W3Codec.column_filename(segment, fieldname)
    copy = segment_store.folder(index_dir, segment) / f"text_{fieldname}.utf8"
    source = own_file if own_file.is_file() else copy
    offsets = segment_store.load(index_dir, segment, "offsets", fieldname)
    if offsets is not None and source.is_file():
        return SegmentTexts(_map_file(source), offsets)

    column = reader.column_reader(fieldname, translate=False)
    offsets = _offsets_from_column(column, doccount)
    if offsets is None:  # an unexpected column reader
        slow_path(f"texts of {fieldname} read document by document")
        values = [column[d] or b"" for d in range(doccount)]
        offsets = np.zeros(doccount + 1, dtype=np.int64)
        np.cumsum([len(v) for v in values], out=offsets[1:])
        return SegmentTexts(b"".join(values), offsets)
    if source is copy:  # a compound segment: copy its column's buffer out once
        start = int(offsets[0])
        data = column._dbfile.get(start, int(offsets[-1]) - start)
        offsets = offsets - start
        try:
            segment_store.write_atomically(copy, lambda f: f.write(data))
        except OSError:  # a read-only index: this process keeps its own copy
            return SegmentTexts(data, offsets)
    segment_store.save(index_dir, segment, "offsets", fieldname, offsets)
    return SegmentTexts(_map_file(source), offsets)

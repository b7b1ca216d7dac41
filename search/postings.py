"""Posting lists read straight from Whoosh's segment files into numpy arrays.

Whoosh's matchers walk postings one document at a time in Python. Here a term's whole posting list is read
block by block (each block: a pickled, zlib-compressed tuple of delta-encoded docnums) into one numpy array
of segment-local docnums; arrays are cached by (segment, field, term): segments never change once written
(deletions live in a separate mask, applied by the caller through ``DocTable.live``).

Decoding costs about 60 ns a posting (unpickling) after a term dictionary lookup of ~50 µs, so a list of
``STORE_FROM`` postings or more is decoded once and stored beside its segment (search.segment_store):
every later read, in any process, reads (or maps) it instead, with no lookup. The verification texts are search.segment_texts.
"""
from __future__ import annotations

import io
import pickle
import struct
import zlib

import numpy as np
from whoosh.codec.whoosh3 import WHOOSH3_HEADER_MAGIC
from whoosh.reading import TermNotFound

from search import segment_store
from search.lru import MISSING, LRUCache

_INT = struct.Struct("!i")
_EMPTY = np.zeros(0, dtype=np.int64)

POSTINGS_CACHE_BYTES = 48 * 2**20  # posting arrays kept across queries, per process (re-reading a stored one: ~20 µs)
# Postings in a segment from which the decoded list is stored beside the segment: a term dictionary lookup
# plus decoding 128 postings cost about 60 µs of Python, reading the stored list about 15 µs.
STORE_FROM = 128

_postings = LRUCache(POSTINGS_CACHE_BYTES, size=lambda ids: ids.nbytes)
_infos = LRUCache(200_000)  # terms


def clear_caches() -> None:
    """Forget the posting arrays held in this process (the benchmark's cold rounds; the arrays stored
    beside the segments stay, as the index files do)."""
    _postings.clear()
    _infos.clear()


def segment_key(index_key: str, reader) -> tuple:
    return (index_key, reader.segment().segment_id())


def _decode_blocks(raw: bytes) -> np.ndarray:
    if raw[:4] != WHOOSH3_HEADER_MAGIC:
        raise ValueError("not a Whoosh 3 posting list")
    stream = io.BytesIO(raw)
    pos, end = 4, len(raw)
    deltas: list[int] = []
    starts: list[int] = []
    while pos < end:
        (length,) = _INT.unpack_from(raw, pos)
        last = length < 0
        length = -length if last else length
        block_end = pos + 4 + length
        stream.seek(pos + 4)
        count, _maxid, _maxweight, compression, _mn, _mx = pickle.load(stream)
        data = raw[stream.tell():block_end]
        if compression:
            data = zlib.decompress(data)
        ids = pickle.loads(data)[0]
        starts.append(len(deltas))
        deltas.extend(ids)
        pos = block_end
        if last:
            break
    if not deltas:
        return _EMPTY
    values = np.cumsum(np.array(deltas, dtype=np.int64))
    # Each block's delta encoding restarts from 0: undo the carry-over from the previous blocks.
    if len(starts) > 1:
        starts_arr = np.array(starts, dtype=np.int64)
        carry = np.zeros(len(starts), dtype=np.int64)
        carry[1:] = values[starts_arr[1:] - 1]
        values -= np.repeat(carry, np.diff(np.append(starts_arr, len(deltas))))
    return values


def _term_info(reader, key: tuple, fieldname: str, term: str):
    """(doc frequency, (offset, length) or inlined ids) of a term in a segment, or None; cached with the
    posting arrays (looked up once for ordering a term's bigrams, once for reading them)."""
    cached = _infos.get(key)
    if cached is not MISSING:
        return cached
    try:
        info = reader._terms.term_info(fieldname, term.encode("utf-8"))
    except TermNotFound:
        found = None
    else:
        if info.is_inlined():
            found = (info.doc_frequency(), np.array(info.inlined_postings()[0], dtype=np.int64))
        else:
            offset, length = info.extent()
            if isinstance(length, tuple):  # W3TermInfo.from_bytes leaves the length as a 1-tuple
                length = length[0]
            found = (info.doc_frequency(), (offset, length))
    _infos.put(key, found)
    return found


def _read_list(reader, extent: tuple[int, int]) -> np.ndarray:
    offset, length = extent
    return _decode_blocks(reader._terms._postfile.get(offset, length))


def segment_postings(index_key: str, reader, fieldname: str, term: str) -> np.ndarray:
    """Sorted segment-local docnums (deleted ones included) of ``term`` in ``fieldname``."""
    key = segment_key(index_key, reader) + (fieldname, term)
    hit = _postings.get(key)
    if hit is not MISSING:
        return hit
    # A stored list first: it spares the term dictionary lookup too (~50 µs of Python a segment).
    name = f"{fieldname}\x00{term}"
    ids = segment_store.load(index_key, reader.segment(), "post", name)
    if ids is None:
        found = _term_info(reader, key, fieldname, term)
        if found is None:
            ids = _EMPTY
        elif isinstance(found[1], np.ndarray):
            ids = found[1]
        else:
            ids = _read_list(reader, found[1])
            if found[0] >= STORE_FROM:
                segment_store.save(index_key, reader.segment(), "post", name, ids)
    _postings.put(key, ids)
    return ids


def segment_doc_frequency(index_key: str, reader, fieldname: str, term: str) -> int:
    found = _term_info(reader, segment_key(index_key, reader) + (fieldname, term), fieldname, term)
    return 0 if found is None else found[0]

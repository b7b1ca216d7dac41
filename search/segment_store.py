"""Arrays derived from one Whoosh segment, kept as ``.npy`` files beside it and memory-mapped by readers.

A segment never changes once written, so anything computed from it (a decoded posting list, the verified
answer of a long term, its texts' offsets) stays true for the segment's whole life: the first process that
computes such an array writes it here, every process (every gunicorn worker) maps the same file, and the
pages are shared.

* where: one directory per segment, ``<indexname>_<segment id>.x/`` (one entry in the index directory, which
  Whoosh lists to find its TOC on every freshness check), files ``<kind>_<digest>.i64``: raw native int64,
  no header (opening one costs ~15 µs, ``np.load`` ~70–100 µs, and a broad term at 10^6 articles opens a few
  hundred);
* writing is lazy (by the first reader that needs the array) and atomic (a dot-file renamed over the
  name), so concurrent writers of the same array are harmless (same content);
* a failed write (read-only directory, full disk) is not an error: the caller has the array anyway;
* ``prune`` removes the directories of segments no longer in the index (merged away): called by whoever
  writes a new generation's columns (search.generation_store). A process still reading an older
  generation that finds a file gone computes the array again.

No Django here.
"""
from __future__ import annotations

import hashlib
import mmap
import os
import shutil
import threading
from pathlib import Path

import numpy as np

SUFFIX = ".x"
MAP_FROM = 1 << 20  # bytes: arrays from this size are mapped, smaller ones read
_EMPTY = np.zeros(0, dtype=np.int64)


def folder(index_dir: str, segment) -> Path:
    return Path(index_dir) / segment.make_filename(SUFFIX)


def _path(index_dir: str, segment, kind: str, name: str) -> str:
    # Plain strings: a broad term at 10^6 articles looks up a few hundred of these per query.
    digest = hashlib.sha1(name.encode("utf-8")).hexdigest()[:24]
    return os.path.join(index_dir, segment.make_filename(SUFFIX), f"{kind}_{digest}.i64")


def load(index_dir: str, segment, kind: str, name: str) -> np.ndarray | None:
    """The stored int64 array, or None when nobody has written it yet. A large one is memory-mapped
    (shared between processes); a small one is read, because a mapping holds a file descriptor for as long
    as the array is cached (Python's mmap keeps a duplicate), and thousands are cached."""
    try:
        with open(_path(index_dir, segment, kind, name), "rb") as f:
            size = os.fstat(f.fileno()).st_size
            if size < MAP_FROM:
                return np.frombuffer(f.read(), dtype=np.int64) if size else _EMPTY
            return np.frombuffer(mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ), dtype=np.int64)
    except (OSError, ValueError):
        return None


def write_atomically(path: Path, write) -> None:
    """``write(file)`` into a dot-file beside ``path``, then renamed to ``path``; OSError if it fails."""
    path.parent.mkdir(exist_ok=True)
    # One name per thread: two threads storing the same answer must not write into one file.
    tmp = path.with_name(f".{path.name}.{os.getpid()}.{threading.get_ident()}.tmp")
    try:
        with open(tmp, "wb") as f:
            write(f)
        os.replace(tmp, path)
    except OSError:
        tmp.unlink(missing_ok=True)
        raise


def save(index_dir: str, segment, kind: str, name: str, array: np.ndarray) -> None:
    try:
        write_atomically(Path(_path(index_dir, segment, kind, name)),
                         lambda f: f.write(np.ascontiguousarray(array, dtype=np.int64).tobytes()))
    except OSError:
        pass


def prune(index_dir: str, segment_ids: set[str]) -> None:
    """Remove the stored arrays of every segment not in ``segment_ids``."""
    for path in Path(index_dir).glob(f"*{SUFFIX}"):
        if path.is_dir() and path.name[:-len(SUFFIX)] not in segment_ids:
            shutil.rmtree(path, ignore_errors=True)

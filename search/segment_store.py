"""Arrays derived from one Whoosh segment, kept as ``.npy`` files beside it and memory-mapped by readers.

A segment never changes once written, so anything computed from it (a decoded posting list, the verified
answer of a long term) stays true for the segment's whole life: the first process that computes such an
array writes it here, every process (every gunicorn worker) maps the same file, and the pages are shared.

* naming: ``<indexname>_<segment id>.x<kind>_<digest>.npy``. Whoosh's own clean-up (``clean_files``)
  deletes every file whose name starts with a segment's prefix once that segment is merged away, so
  these files follow the segment's life with no bookkeeping here, whoever merges;
* writing is lazy (by the first reader that needs the array) and atomic (a dot-file renamed over the
  name; Whoosh skips dot-files), so concurrent writers of the same array are harmless (same content);
* a failed write (read-only directory, full disk) is not an error: the caller has the array anyway.

No Django here.
"""
from __future__ import annotations

import hashlib
import os
from pathlib import Path

import numpy as np


def _path(index_dir: str, segment, kind: str, name: str) -> Path:
    digest = hashlib.sha1(name.encode("utf-8")).hexdigest()[:24]
    return Path(index_dir) / segment.make_filename(f".x{kind}_{digest}.npy")


def load(index_dir: str, segment, kind: str, name: str) -> np.ndarray | None:
    """The stored array (memory-mapped, read-only), or None when nobody has written it yet."""
    path = _path(index_dir, segment, kind, name)
    try:
        if path.stat().st_size <= 128:  # an empty array: header only (mmap of nothing is not allowed)
            return np.load(path)
        return np.load(path, mmap_mode="r")
    except (OSError, ValueError):
        return None


def save(index_dir: str, segment, kind: str, name: str, array: np.ndarray) -> None:
    path = _path(index_dir, segment, kind, name)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.{id(array)}.tmp")
    try:
        with open(tmp, "wb") as f:
            np.save(f, np.ascontiguousarray(array), allow_pickle=False)
        os.replace(tmp, path)
    except OSError:
        try:
            tmp.unlink()
        except OSError:
            pass

"""Per-document columns of one index generation, kept as ``.npy`` files in the index directory and
memory-mapped by every process (every gunicorn worker), so N workers share one copy of their pages.

A generation is the list of (segment id, document count) a searcher sees; deletions are not part of it
(each process derives its live mask from the segments' deletion lists). The first process that opens a
generation builds its columns, writes them to a dot-directory (Whoosh ignores dot-files) renamed into place
atomically, and maps them; the others wait for it and then only map (one builder per machine: ten threads of
two workers building the same columns side by side held one another's first search for over a second at
10^6 articles while uploads kept the CPU busy). Each directory records its segments, so the builder of the
next generation is handed the newest one written (``previous``) and copies the rows of every segment the
two share: an import or a merge costs its new segments, not a read of the whole index. Directories of
other generations are removed when a new one is written (mapped files stay readable after removal, so a
process still on an older generation is not disturbed); a failed write (read-only index, full disk) leaves
the built arrays in this process.
No Django here.
"""
from __future__ import annotations

import contextlib
import hashlib
import json
import os
import shutil
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple

import numpy as np

from search import file_lock, segment_store

PREFIX = ".columns-"
FORMAT = "2"  # part of every generation's key: directories of an older layout are never mapped, only pruned
ABANDONED_AFTER_SECONDS = 3600  # a directory still unrenamed after this long was left by a crash
KEEP = 2  # newest other generations' directories kept (a reader may open one just before the swap)
BUILD_LOCK = ".columns.lock"

Layout = list[tuple[str, int]]  # (segment id, document count) in docnum order


class Columns(NamedTuple):
    arrays: dict[str, np.ndarray]  # by name, indexed by the generation's docnum
    values: dict[str, list]  # facet vocabularies by field
    segments: Layout  # whose rows the arrays hold, in order


def layout(readers) -> Layout:
    return [(r.segment().segment_id(), r.doc_count_all()) for r in readers]


def generation_key(readers) -> str:
    parts = "|".join(f"{segment}:{count}" for segment, count in layout(readers))
    return hashlib.sha1(f"{FORMAT}|{parts}".encode()).hexdigest()[:24]


def _load(folder: Path) -> Columns | None:
    try:
        values = json.loads((folder / "values.json").read_text(encoding="utf-8"))
        segments = [(segment, count) for segment, count in values.pop("__segments__")]
        arrays = {}
        for name in values.pop("__arrays__"):
            path = folder / f"{name}.npy"
            # A plain ndarray view of the mapping: np.memmap routes every indexing through Python code.
            arrays[name] = np.load(path, mmap_mode="r").view(np.ndarray) if path.stat().st_size > 128 \
                else np.load(path)
        return Columns(arrays, values, segments)
    except (OSError, ValueError, KeyError, TypeError, EOFError):
        return None


def _write(folder: Path, columns: Columns) -> None:
    arrays, values, segments = columns
    # One name per thread: two threads of a worker opening a new generation at once build it side by side
    # (a name per process let one thread's rmtree empty the other's files before its rename: a .npy of
    # 0 bytes, and a 503 "damaged" for every reader).
    tmp = folder.with_name(f"{folder.name}.{os.getpid()}.{threading.get_ident()}.tmp")
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir()
    for name, array in arrays.items():
        np.save(tmp / f"{name}.npy", np.ascontiguousarray(array), allow_pickle=False)
    listing = {**values, "__arrays__": list(arrays), "__segments__": segments}
    (tmp / "values.json").write_text(json.dumps(listing, ensure_ascii=False), encoding="utf-8")
    try:
        os.rename(tmp, folder)
    except OSError:  # another process wrote it first: same content
        shutil.rmtree(tmp, ignore_errors=True)


def _others_newest_first(index_dir: Path, current: Path, written: bool = True) -> list[Path]:
    """Other generations' directories (``written``), or directories still being written, newest first."""
    found = []
    for path in index_dir.glob(PREFIX + "*"):
        if path != current and path.name.endswith(".tmp") != written:
            with contextlib.suppress(OSError):  # pruned meanwhile by another process
                found.append((path.stat().st_mtime, path))
    return [path for _, path in sorted(found, reverse=True)]


def _prune(index_dir: Path, current: Path) -> None:
    for old in _others_newest_first(index_dir, current)[KEEP:]:
        shutil.rmtree(old, ignore_errors=True)
    # Another process may be writing one now: only the leftovers of a crash are removed.
    for old in _others_newest_first(index_dir, current, written=False):
        with contextlib.suppress(OSError):
            if time.time() - old.stat().st_mtime > ABANDONED_AFTER_SECONDS:
                shutil.rmtree(old, ignore_errors=True)


def _previous(index_dir: Path, current: Path) -> Columns | None:
    """The newest other generation that maps (of this format), or None."""
    for path in _others_newest_first(index_dir, current)[:KEEP + 1]:
        found = _load(path)
        if found is not None:
            return found
    return None


def load_or_build(index_dir: str, readers, build: Callable[[Columns | None], Columns]) -> Columns:
    """The columns of the generation made of ``readers`` (segment readers), mapped; built if need be by
    ``build(previous)``, ``previous`` being the newest generation already written (or None)."""
    key = generation_key(readers)
    segment_ids = {segment for segment, _ in layout(readers)}
    folder = Path(index_dir) / f"{PREFIX}{key}"
    found = _load(folder)
    if found is not None:
        return found
    with _one_builder(index_dir):
        found = _load(folder)  # built while this thread waited
        if found is not None:
            return found
        return _build_and_write(index_dir, folder, segment_ids, build)


@contextlib.contextmanager
def _one_builder(index_dir: str):
    """Held by one thread on the machine at a time (search.file_lock). An index directory that cannot hold the
    lock file (read-only) builds unlocked."""
    with contextlib.ExitStack() as held:
        with contextlib.suppress(OSError):
            held.enter_context(file_lock.exclusive(Path(index_dir) / BUILD_LOCK))
        yield


def _build_and_write(index_dir: str, folder: Path, segment_ids: set[str],
                     build: Callable[[Columns | None], Columns]) -> Columns:
    columns = build(_previous(Path(index_dir), folder))
    try:
        _write(folder, columns)
        _prune(Path(index_dir), folder)
        segment_store.prune(index_dir, segment_ids)
    except OSError:
        return columns
    return _load(folder) or columns

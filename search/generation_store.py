"""Per-document columns of one index generation, kept as ``.npy`` files in the index directory and
memory-mapped by every process (every gunicorn worker), so N workers share one copy of their pages.

A generation is the list of (segment id, document count) a searcher sees; deletions are not part of it
(each process derives its live mask from the segments' deletion lists). The first process that opens a
generation builds its columns, writes them to a dot-directory (Whoosh ignores dot-files) renamed into place
atomically, and maps them; the others only map. Directories of other generations are removed when a new
one is written (mapped files stay readable after removal, so a process still on an older generation is
not disturbed); a failed write (read-only index, full disk) leaves the built arrays in this process.
No Django here.
"""
from __future__ import annotations

import hashlib
import json
import os
import shutil
import threading
from collections.abc import Callable
from pathlib import Path

import numpy as np

from search import segment_store

PREFIX = ".columns-"
KEEP = 2  # newest other generations' directories kept (a reader may open one just before the swap)

Columns = tuple[dict[str, np.ndarray], dict[str, list]]  # arrays by name, facet vocabularies by field


def generation_key(readers) -> str:
    parts = "|".join(f"{r.segment().segment_id()}:{r.doc_count_all()}" for r in readers)
    return hashlib.sha1(parts.encode()).hexdigest()[:24]


def _load(folder: Path) -> Columns | None:
    try:
        values = json.loads((folder / "values.json").read_text(encoding="utf-8"))
        arrays = {}
        for name in values.pop("__arrays__"):
            path = folder / f"{name}.npy"
            # A plain ndarray view of the mapping: np.memmap routes every indexing through Python code.
            arrays[name] = np.load(path, mmap_mode="r").view(np.ndarray) if path.stat().st_size > 128 \
                else np.load(path)
        return arrays, values
    except (OSError, ValueError, KeyError, EOFError):
        return None


def _write(folder: Path, columns: Columns) -> None:
    arrays, values = columns
    # One name per thread: two threads of a worker opening a new generation at once build it side by side
    # (a name per process let one thread's rmtree empty the other's files before its rename: a .npy of
    # 0 bytes, and a 503 "damaged" for every reader).
    tmp = folder.with_name(f"{folder.name}.{os.getpid()}.{threading.get_ident()}.tmp")
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir()
    for name, array in arrays.items():
        np.save(tmp / f"{name}.npy", np.ascontiguousarray(array), allow_pickle=False)
    (tmp / "values.json").write_text(json.dumps({**values, "__arrays__": list(arrays)}, ensure_ascii=False),
                                     encoding="utf-8")
    try:
        os.rename(tmp, folder)
    except OSError:  # another process wrote it first: same content
        shutil.rmtree(tmp, ignore_errors=True)


def _prune(index_dir: Path, current: Path) -> None:
    others = sorted((p for p in index_dir.glob(PREFIX + "*") if p != current and p.is_dir()),
                    key=lambda p: p.stat().st_mtime, reverse=True)
    for old in others[KEEP:]:
        shutil.rmtree(old, ignore_errors=True)


def load_or_build(index_dir: str, readers, build: Callable[[], Columns]) -> Columns:
    """The columns of the generation made of ``readers`` (segment readers), mapped; built if need be."""
    key = generation_key(readers)
    segment_ids = {r.segment().segment_id() for r in readers}
    folder = Path(index_dir) / f"{PREFIX}{key}"
    found = _load(folder)
    if found is not None:
        return found
    columns = build()
    try:
        _write(folder, columns)
        _prune(Path(index_dir), folder)
        segment_store.prune(index_dir, segment_ids)
    except OSError:
        return columns
    return _load(folder) or columns

"""Where the live Whoosh index lives: ``PATH`` is a symlink to ``<PATH>-<stamp>/``. No Django here.

Rebuilding writes a new sibling directory and swaps the symlink with one ``os.replace`` (atomic on POSIX),
so readers always find a complete index: before the swap the old one, after it the new one.
"""
from __future__ import annotations

import os
import shutil
import time
from pathlib import Path


def live_dir(link: str | os.PathLike) -> Path:
    """The directory the live index is in (creating an empty one behind a new symlink if needed)."""
    link = Path(link)
    if link.is_symlink():
        target = link.resolve()
        target.mkdir(parents=True, exist_ok=True)
        return target
    if link.is_dir():  # an index made before symlinks were used: still valid, swapped away on rebuild
        return link
    link.parent.mkdir(parents=True, exist_ok=True)
    target = new_dir(link)
    swap_in(link, target)
    return target


def new_dir(link: str | os.PathLike) -> Path:
    link = Path(link)
    stamp = time.strftime("%Y%m%d-%H%M%S") + f"-{time.time_ns() % 1_000_000_000:09d}-{os.getpid()}"
    target = link.with_name(f"{link.name}-{stamp}")
    target.mkdir(parents=True)
    return target


def swap_in(link: str | os.PathLike, target: Path) -> Path | None:
    """Point ``link`` at ``target`` atomically; returns the directory it pointed at before, if any."""
    link = Path(link)
    previous = None
    if link.is_symlink():
        previous = link.resolve()
    elif link.is_dir():
        # A plain directory cannot be replaced by a symlink atomically: move it aside first (one rename).
        previous = link.with_name(f"{link.name}-legacy-{time.time_ns()}")
        os.rename(link, previous)
    tmp = link.with_name(f".{link.name}.{os.getpid()}.{time.time_ns()}.tmp")
    os.symlink(target.name, tmp)  # relative: the data directory can be moved as a whole
    os.replace(tmp, link)
    return previous


def prune(link: str | os.PathLike, keep: set[Path]) -> None:
    """Remove index directories other than ``keep``: old generations that no reader should still open.

    The caller keeps the previous generation too, so a process that opened it just before the swap and
    reads a file lazily still finds it; it goes at the next rebuild.
    """
    link = Path(link)
    keep = {p.resolve() for p in keep}
    for candidate in link.parent.glob(f"{link.name}-*"):
        if candidate.is_dir() and not candidate.is_symlink() and candidate.resolve() not in keep:
            shutil.rmtree(candidate, ignore_errors=True)

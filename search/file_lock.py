"""An exclusive ``fcntl.flock`` on a file: one holder at a time on the machine, between processes and between
threads alike (each holder opens the file itself, and a flock belongs to that open file, not to the process).
No Django here."""
from __future__ import annotations

import contextlib
import fcntl
from collections.abc import Iterator
from pathlib import Path


@contextlib.contextmanager
def exclusive(path: Path, blocking: bool = True) -> Iterator[bool]:
    """True while held; False at once when ``blocking`` is off and another holds it. Opening the file may
    raise OSError (a read-only directory)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "a+") as lockfile:
        try:
            fcntl.flock(lockfile, fcntl.LOCK_EX | (0 if blocking else fcntl.LOCK_NB))
        except BlockingIOError:
            yield False
            return
        try:
            yield True
        finally:
            fcntl.flock(lockfile, fcntl.LOCK_UN)

"""The guard on the engine's slow paths: per-document Python loops kept only for unexpected index layouts.

Every reading step has a vectorised path (numpy, memory maps) and, for a column or file layout Whoosh
might produce that the fast path does not know, a per-document loop that is correct but hundreds of times
slower. A silent fall back would go unnoticed, so each loop calls ``slow_path(what)`` first: it counts the
use (``uses``, for tests and diagnostics) and, when strict, raises ``SlowPathUsed``. Strict mode is on when
the environment variable ``SEARCH_STRICT_FAST_PATHS`` is ``1`` (the test suite sets it) or inside
``strict()``. No Django here.
"""
from __future__ import annotations

import os
import threading
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager

uses: Counter[str] = Counter()
_strict = threading.local()


class SlowPathUsed(RuntimeError):
    """A per-document fallback ran where the fast path was expected."""


def is_strict() -> bool:
    return getattr(_strict, "on", False) or os.environ.get("SEARCH_STRICT_FAST_PATHS") == "1"


def slow_path(what: str) -> None:
    """Call before a per-document fallback: counts it, and raises in strict mode."""
    uses[what] += 1
    if is_strict():
        raise SlowPathUsed(f"slow per-document path used: {what}")


@contextmanager
def strict() -> Iterator[None]:
    """Raise SlowPathUsed on any slow path taken in this thread meanwhile."""
    previous = getattr(_strict, "on", False)
    _strict.on = True
    try:
        yield
    finally:
        _strict.on = previous

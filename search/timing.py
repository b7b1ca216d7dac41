"""Where a search request's time went, for the Server-Timing header of /api/search.

A rare slow search under load (a new index generation to open, a broad query to answer afresh, a busy GIL) is
otherwise indistinguishable from any other in the access log. ``recording()`` collects the phases timed with
``phase()`` inside it, in this thread only; outside it ``phase()`` costs one context-variable lookup.
"""
from __future__ import annotations

import time
from contextlib import contextmanager
from contextvars import ContextVar

_phases: ContextVar[dict[str, float] | None] = ContextVar("search_phases", default=None)


@contextmanager
def recording():
    phases: dict[str, float] = {}
    token = _phases.set(phases)
    try:
        yield phases
    finally:
        _phases.reset(token)


@contextmanager
def phase(name: str):
    phases = _phases.get()
    if phases is None:
        yield
        return
    started = time.perf_counter()
    try:
        yield
    finally:
        phases[name] = phases.get(name, 0.0) + time.perf_counter() - started


def server_timing(phases: dict[str, float]) -> str:
    """'open;dur=1.2, match;dur=30.5, …' in milliseconds."""
    return ", ".join(f"{name};dur={1000 * seconds:.1f}" for name, seconds in phases.items())

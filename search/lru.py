"""One thread-safe least-recently-used cache for the per-segment data read from the index.

Segments never change once written, so entries never go stale; the bound only keeps memory in check.
"""
from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Any

MISSING = object()  # a cached value may itself be None ("term not in this segment")


class LRUCache:
    """Bounded by the sum of size(value) over entries: 1 each by default, or e.g. bytes of an array."""

    def __init__(self, limit: int, size: Callable[[Any], int] = lambda value: 1):
        self._limit = limit
        self._size = size
        self._total = 0
        self._items: OrderedDict[Hashable, Any] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: Hashable) -> Any:
        """The cached value, or MISSING."""
        with self._lock:
            value = self._items.get(key, MISSING)
            if value is not MISSING:
                self._items.move_to_end(key)
            return value

    def put(self, key: Hashable, value: Any) -> None:
        with self._lock:
            old = self._items.pop(key, MISSING)
            if old is not MISSING:
                self._total -= self._size(old)
            self._items[key] = value
            self._total += self._size(value)
            while self._total > self._limit and self._items:
                _, evicted = self._items.popitem(last=False)
                self._total -= self._size(evicted)

    def clear(self) -> None:
        with self._lock:
            self._items.clear()
            self._total = 0

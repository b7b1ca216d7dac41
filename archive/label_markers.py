"""Junk and keep markers of the real-page labels, committed as digests instead of page text.

A marker is a short quote of a third-party page (a navigation line that must go, a sentence that must stay).
Page texts are never committed, so neither are the quotes: the labels hold ``#<length>:<digest>``, and the
evaluator recovers each marker from the page text it has locally, by digesting that page's windows of the
same length. A plain marker (a hand-written fixture's label) is used as it is.
"""
from __future__ import annotations

import hashlib
import re

_DIGEST = re.compile(r"^#(\d{1,3}):([0-9a-f]{12})$")


def marker_digest(marker: str) -> str:
    return f"#{len(marker)}:{_hex(marker)}"


def is_digest(marker: str) -> bool:
    return bool(_DIGEST.match(marker))


def recover_markers(markers: tuple[str, ...], page_text: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(markers as text, digests that no window of the page matches)."""
    recovered, unmatched = [], []
    windows: dict[int, dict[str, str]] = {}
    for marker in markers:
        found = _DIGEST.match(marker)
        if not found:
            recovered.append(marker)
            continue
        length = int(found.group(1))
        if length not in windows:
            windows[length] = {_hex(page_text[i:i + length]): page_text[i:i + length]
                               for i in range(len(page_text) - length + 1)}
        text = windows[length].get(found.group(2))
        if text is None:
            unmatched.append(marker)
        else:
            recovered.append(text)
    return tuple(recovered), tuple(unmatched)


def _hex(text: str) -> str:
    return hashlib.blake2b(text.encode("utf-8"), digest_size=6).hexdigest()

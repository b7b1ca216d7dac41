"""jieba, set up once per process for everyone who cuts text into words. Pure Python: no Django import here.

The search index ranks by jieba's words (search.analysis), and ingest cuts a devised title at a word's end
(``word_ends``) rather than inside a word. Both take the tokenizer from ``ensure_jieba``, so the dictionary is
loaded once and its cache lives where ``configure_jieba`` says (search's app config sets it from the settings).
"""
from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

_jieba_lock = threading.Lock()
_jieba_cache_dir: Callable[[], str | Path | None] | None = None
_jieba_ready = False
# Precise mode without HMM: segmentation comes from the dictionary only, so the same string is cut the
# same way in a document and in a query, and unknown words fall back to single characters.
JIEBA_HMM = False


def configure_jieba(cache_dir: str | Path | None | Callable[[], str | Path | None]) -> None:
    """Where jieba keeps its dictionary cache (default: /tmp, mode 0600). Call before first use."""
    global _jieba_cache_dir
    _jieba_cache_dir = cache_dir if callable(cache_dir) else (lambda: cache_dir)


def ensure_jieba():
    """Initialise jieba once per process (about 1 s); returns the tokenizer."""
    global _jieba_ready
    import jieba

    if not _jieba_ready:
        with _jieba_lock:
            if not _jieba_ready:
                cache_dir = _jieba_cache_dir() if _jieba_cache_dir else None
                if cache_dir:
                    Path(cache_dir).mkdir(parents=True, exist_ok=True)
                    jieba.dt.tmp_dir = str(cache_dir)
                import logging

                jieba.setLogLevel(logging.WARNING)
                jieba.dt.initialize()
                _jieba_ready = True
    return jieba.dt


def word_ends(text: str) -> list[int]:
    """Offsets in ``text`` where one of jieba's words ends (precise mode, as the index cuts it)."""
    ends, offset = [], 0
    for word in ensure_jieba().cut(text, HMM=JIEBA_HMM):
        offset += len(word)
        ends.append(offset)
    return ends

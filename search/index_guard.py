"""Reads of the Whoosh index that fail on the index's own bytes become ``IndexDamaged``, not a 500.

A truncated or overwritten segment surfaces as whatever the decoder trips on: EOF, struct and zlib errors,
unpickling errors, or garbage offsets (ValueError, IndexError, KeyError). Those are converted (the cause is
chained and logged); errors of the contract itself (SearchBackendError) pass unchanged. ``check_index --deep``
then names the damaged segment.
"""
from __future__ import annotations

import functools
import logging
import os
import pickle
import struct
import zlib

from search.contract import IndexDamaged, SearchBackendError

logger = logging.getLogger(__name__)

DECODING_ERRORS = (EOFError, OSError, struct.error, zlib.error, pickle.UnpicklingError, UnicodeDecodeError,
                   ValueError, IndexError, KeyError, AttributeError, TypeError)


def reads(method):
    """Decorate a backend method that reads the live index (the backend has ``opened_dir``)."""

    @functools.wraps(method)
    def guarded(backend, *args, **kwargs):
        try:
            return method(backend, *args, **kwargs)
        except SearchBackendError:
            raise
        except DECODING_ERRORS as error:
            opened = getattr(backend, "opened_dir", None) or "directory"
            logger.exception("search index unreadable at %s", opened)
            where = f"index {os.path.basename(opened)}"  # the generation, not the server's paths
            backend.setup_complete = False  # open it afresh next time (a rebuild may have replaced it)
            raise IndexDamaged(where, error) from error

    return guarded

"""The manifest of a Whoosh index directory: which versions and which normalisation built it.

A segment is only readable by the code that wrote it: Whoosh's pickled posting blocks (read directly by
search.postings), jieba's dictionary (the word postings) and archive.chinese_text (every term and stored
text) must be the same when reading. ``manifest.json`` records them when an index is created; an index whose
manifest differs from this process, or has none while it holds segments (built before manifests), is refused
with ``IndexVersionMismatch``, which names what differs and asks for ``rebuild_index``.

Whoosh only: Solr keeps its own index (our configset and Python normalisation make its text) and the database
backend has no index; neither reads segment files here, so neither has a manifest.
"""
from __future__ import annotations

import hashlib
import json
import os
from importlib import metadata
from pathlib import Path

from archive.chinese_text import NORMALISATION_VERSION, normalize
from search.contract import IndexVersionMismatch

MANIFEST_NAME = "manifest.json"
# Bump when what a segment holds changes meaning without a field changing name or type (search.fields codecs).
SCHEMA_VERSION = 1
# Normalised and hashed: a change in the normalisation (or in OpenCC's dictionaries) changes the digest even
# if NORMALISATION_VERSION was not bumped.
PROBE = "ＣＯＶＩＤ－１９疫情：澤庫縣乾隆年間頭髮乾燥，一目瞭然㍿ﬁ⼈民 Ｈｏｎｇ　Ｋｏｎｇ"
PACKAGES = ("whoosh", "jieba", "opencc-python-reimplemented")


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def expected(schema) -> dict:
    """What this process would write, and so what it can read."""
    fields = sorted((name, type(field).__name__) for name, field in schema.items())
    return {
        **{package: metadata.version(package) for package in PACKAGES},
        "normalisation": NORMALISATION_VERSION,
        "normalisation_probe": _digest(normalize(PROBE)),
        "schema": SCHEMA_VERSION,
        "fields": _digest(json.dumps(fields)),
    }


def write(index_dir: str | os.PathLike, schema) -> None:
    path = Path(index_dir) / MANIFEST_NAME
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(expected(schema), indent=2, sort_keys=True) + "\n", encoding="utf-8")
    os.replace(tmp, path)


def _holds_segments(index_dir: Path) -> bool:
    return any(name.endswith((".seg", ".trm", ".pst", ".sto")) for name in os.listdir(index_dir))


def mismatch(index_dir: str | os.PathLike, schema) -> IndexVersionMismatch | None:
    """None if this process may read the index in ``index_dir``; the error to raise otherwise.

    An index with no segment and no manifest was just created (haystack's setup creates one in a new
    directory): it is stamped now."""
    index_dir = Path(index_dir)
    path = index_dir / MANIFEST_NAME
    want = expected(schema)
    if not path.exists():
        if not _holds_segments(index_dir):
            write(index_dir, schema)
            return None
        return IndexVersionMismatch(["no manifest: built by older code"])
    try:
        found = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        return IndexVersionMismatch([f"unreadable {MANIFEST_NAME} ({error})"])
    differences = [f"{key}: index {found.get(key, 'not recorded')}, this code {value}"
                   for key, value in want.items() if found.get(key) != value]
    return IndexVersionMismatch(differences) if differences else None

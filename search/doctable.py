"""Per-document columns of a Whoosh index as numpy arrays, for exact facet counts, filters and sorting.

Whoosh's own ``groupedby`` looks values up one document at a time in Python, which costs hundreds of
milliseconds for 10⁵ matches. Here every facet field is read once per segment from its RefBytes column
(one small integer per document, plus the list of distinct values), and counting a facet over any set of
matches is a single ``numpy.bincount``. The columns of a generation (its list of segments) are built once
per machine and memory-mapped by every process (search.generation_store); only the deleted-documents mask
is per process.

Per generation, two more columns make ordering independent of the number of matches' sort: every
document's key in "newest first" and in "oldest first" order (the date and the article id packed into one
integer, computed without sorting the index), so the first page of any match set is an ``argpartition`` of
its keys. Facet counts of a match set larger than half the live documents are counted over the other side
(live totals minus the non-matches), so their cost is bounded by the smaller side. Unexpected column
layouts fall back to per-document loops guarded by search.fastpath.
"""
from __future__ import annotations

import numpy as np

from search import generation_store
from search.facets import CHRONOLOGICAL
from search.fastpath import slow_path
from search.schema import ARTICLE_ID, FACET_FIELDS, PUBLISHED_DAY

NEWEST_KEY = "newest_key"
OLDEST_KEY = "oldest_key"
DATE_KEY_SPAN = 1 << 61  # every date key is below it, so a relevance tier can be put above it
_DAY_BITS = 27  # the day as YYYYMMDD is below 2^27
_ID_BITS = 61 - 1 - _DAY_BITS  # article ids below 2^33 (8.6 × 10^9) are packed; larger ones fall back to a sort


def _numeric_column(reader, fieldname: str, doccount: int, dtype) -> np.ndarray:
    out = np.zeros(doccount, dtype=dtype)
    if not reader.has_column(fieldname):  # no document of the segment has the field
        return out
    column = reader.column_reader(fieldname, translate=False)
    raw = getattr(column, "_dbfile", None)
    if raw is not None and hasattr(column, "_fixedlen") and hasattr(column, "_count"):
        count = min(column._count, doccount)
        data = raw.get(column._basepos, count * column._fixedlen)
        width = column._fixedlen
        big_endian = np.dtype(f">u{width}")
        out[:count] = np.frombuffer(data, dtype=big_endian)
        if count < doccount:
            out[count:] = column._default
        return out
    slow_path(f"column {fieldname} read document by document")
    for docnum in range(doccount):
        out[docnum] = column[docnum] or 0
    return out


def _ref_column(reader, fieldname: str, doccount: int) -> tuple[np.ndarray, list[str | None]]:
    if not reader.has_column(fieldname):  # no document of the segment has a value
        return np.zeros(doccount, dtype=np.int32), [None]
    column = reader.column_reader(fieldname, translate=False)
    uniques = getattr(column, "_uniques", None)
    if uniques is not None and hasattr(column, "_itemsize"):
        data = column._dbfile.get(column._basepos, doccount * column._itemsize)
        codes = np.frombuffer(data, dtype=np.dtype(f">u{column._itemsize}")).astype(np.int32)
        values = [None if not v else v.decode("utf-8") for v in uniques]
        return codes, values
    slow_path(f"facet column {fieldname} read document by document")
    values_index: dict[str | None, int] = {None: 0}
    codes = np.zeros(doccount, dtype=np.int32)
    for docnum in range(doccount):
        v = column[docnum]
        key = v.decode("utf-8") if v else None
        codes[docnum] = values_index.setdefault(key, len(values_index))
    return codes, list(values_index)


def _segment_columns(reader) -> tuple[dict[str, np.ndarray], dict[str, list[str | None]]]:
    """One segment's columns (facet codes segment-local) and its facet vocabularies."""
    doccount = reader.doc_count_all()
    arrays = {ARTICLE_ID: _numeric_column(reader, ARTICLE_ID, doccount, np.int64),
              PUBLISHED_DAY: _numeric_column(reader, PUBLISHED_DAY, doccount, np.int32)}
    values = {}
    for fieldname in FACET_FIELDS:
        arrays[fieldname], values[fieldname] = _ref_column(reader, fieldname, doccount)
    return arrays, values


def _code_dtype(vocabulary_size: int):
    return np.uint16 if vocabulary_size <= 1 << 16 else np.int32


def _generation_columns(readers, previous: generation_store.Columns | None) -> generation_store.Columns:
    """Every segment's columns concatenated (global docnum order), facet codes in one vocabulary per field,
    and the two date keys.

    The rows of a segment that ``previous`` (the newest generation already written) holds are copied from
    it, and its vocabularies are kept as the start of the new ones, so those codes stay valid as they are;
    only segments new since then (an import, a merge) are read from Whoosh (~9 ms a segment: a whole read
    cost ~1 s at 10^6 articles, on the first search after every import). A vocabulary may so keep values
    no live document has any more: their counts are zero, and zero counts are never shown."""
    where = {}
    if previous is not None:
        starts = np.cumsum([0] + [count for _, count in previous.segments])
        where = {segment: (int(start), count) for (segment, count), start in zip(previous.segments, starts)}
    vocabularies = {name: {value: code for code, value in enumerate(previous.values[name])} if previous
                    else {None: 0} for name in FACET_FIELDS}
    pieces: dict[str, list[np.ndarray]] = {name: [] for name in (ARTICLE_ID, PUBLISHED_DAY, *FACET_FIELDS)}
    segments = generation_store.layout(readers)
    for (segment, doccount), reader in zip(segments, readers):
        start, known_count = where.get(segment, (0, None))
        if known_count == doccount:
            for name, parts in pieces.items():
                parts.append(previous.arrays[name][start:start + doccount])
            continue
        arrays, values = _segment_columns(reader)
        for name in (ARTICLE_ID, PUBLISHED_DAY):
            pieces[name].append(arrays[name])
        for name in FACET_FIELDS:
            vocabulary = vocabularies[name]
            mapping = np.array([vocabulary.setdefault(v, len(vocabulary)) for v in values[name]], dtype=np.int64)
            pieces[name].append(mapping[arrays[name]])
    out: dict[str, np.ndarray] = {}
    for name, dtype in ((ARTICLE_ID, np.int64), (PUBLISHED_DAY, np.int32)):
        out[name] = np.concatenate(pieces[name]).astype(dtype, copy=False) if readers else np.zeros(0, dtype)
    for name in FACET_FIELDS:
        codes = np.concatenate(pieces[name]) if readers else np.zeros(0, np.int64)
        out[name] = codes.astype(_code_dtype(len(vocabularies[name])), copy=False)
    out[NEWEST_KEY], out[OLDEST_KEY] = _date_keys(out[ARTICLE_ID], out[PUBLISHED_DAY])
    return generation_store.Columns(out, {name: list(v) for name, v in vocabularies.items()}, segments)


class DocTable:
    """Columns of every document of one searcher generation, indexed by global Whoosh docnum, memory-mapped
    from search.generation_store (shared by every process).

    Facet codes are re-mapped to one global vocabulary per field: ``values[field][code]``; code 0 is
    "no value" (an article without a region, for example).
    """

    def __init__(self, index_key: str, searcher):
        readers = [r for r, _ in searcher.reader().leaf_readers() if r.doc_count_all()]
        arrays, self.values, _ = generation_store.load_or_build(
            index_key, readers, lambda previous: _generation_columns(readers, previous))
        self.size = sum(r.doc_count_all() for r in readers)
        self.live = np.ones(self.size, dtype=bool)
        offset = 0
        for reader in readers:
            if reader.has_deletions():
                perdoc = getattr(reader, "_perdoc", None)
                if perdoc is not None and hasattr(perdoc, "deleted_docs"):
                    deleted = np.fromiter(perdoc.deleted_docs(), dtype=np.int64)
                else:
                    slow_path("deleted documents listed one by one")
                    deleted = np.array([d for d in range(reader.doc_count_all()) if reader.is_deleted(d)],
                                       dtype=np.int64)
                self.live[deleted + offset] = False
            offset += reader.doc_count_all()
        self.article_id = arrays[ARTICLE_ID]
        self.day = arrays[PUBLISHED_DAY]
        self.newest_key = arrays[NEWEST_KEY]
        self.oldest_key = arrays[OLDEST_KEY]
        self.codes = {name: arrays[name] for name in FACET_FIELDS}
        self._code_of = {name: {v: i for i, v in enumerate(vs)} for name, vs in self.values.items()}
        self._value_ranks: dict[str, np.ndarray] = {}
        deleted = np.flatnonzero(~self.live)
        self.live_count = self.size - len(deleted)
        self._deleted = deleted
        self._live_totals: dict[str, np.ndarray] = {}  # per facet, counted when a broad query first needs it

    def live_total(self, name: str) -> np.ndarray:
        """Live documents per code of one facet: every document's counts less the deleted ones'. Counted on
        first use, not when a generation opens (17 ms at 10^6 for every facet, which the first search on each
        new generation paid, several times over while uploads keep the CPU busy)."""
        totals = self._live_totals.get(name)
        if totals is None:
            size = len(self.values[name])
            codes = self.codes[name]
            totals = np.bincount(codes, minlength=size) - np.bincount(codes[self._deleted], minlength=size)
            self._live_totals[name] = totals
        return totals

    def live_docs(self) -> np.ndarray:
        return np.flatnonzero(self.live)

    def mask_for_values(self, fieldname: str, values) -> np.ndarray:
        """Boolean mask over docnums whose ``fieldname`` is any of ``values`` (exact strings)."""
        vocabulary = self._code_of[fieldname]
        wanted = [vocabulary[v] for v in values if v in vocabulary]
        lookup = np.zeros(len(self.values[fieldname]), dtype=bool)
        lookup[wanted] = True
        return lookup[self.codes[fieldname]]

    def counts(self, fieldnames, docs: np.ndarray, limit: int | None = None,
               kept: dict[str, tuple[str, ...]] | None = None) -> tuple[dict[str, list[tuple[str | None, int]]],
                                                                          dict[str, int]]:
        """field → (value, count) over ``docs`` (live documents), zero counts left out; biggest first, ties
        by value (the pages' order, so their stable sorts find thousands of county buckets sorted); and
        field → how many values it has. With ``limit``: only the ``limit`` biggest of the fields not in
        ``CHRONOLOGICAL``, plus the no-value bucket and the values ``kept[field]`` (the filters')."""
        if len(docs) * 2 > self.live_count:  # count the smaller side: the live documents not in docs
            others = self.live.copy()
            others[docs] = False
            others = np.flatnonzero(others)
            tallies = {name: self.live_total(name) - self._bincount(name, others) for name in fieldnames}
        else:
            tallies = {name: self._bincount(name, docs) for name in fieldnames}
        out, sizes = {}, {}
        for name, counts in tallies.items():
            present = np.flatnonzero(counts)
            sizes[name] = len(present)
            rank = self._value_rank(name)
            if limit is not None and len(present) > limit and name not in CHRONOLOGICAL:
                # The limit biggest values (ties by value: the rank is unique), by one partition; then the
                # no-value bucket and the kept values, wherever they stand.
                no_value = self._code_of[name].get(None)
                known = present[present != no_value] if no_value is not None else present
                extra = [code for code in (self._code_of[name].get(v) for v in (None, *(kept or {}).get(name, ())))
                         if code is not None and counts[code]]
                if len(known) > limit:
                    order_key = -counts[known] * len(rank) + rank[known]
                    known = known[np.argpartition(order_key, limit - 1)[:limit]]
                present = np.union1d(known, np.asarray(extra, dtype=present.dtype))
            present = present[np.lexsort((rank[present], -counts[present]))]
            out[name] = list(zip(map(self.values[name].__getitem__, present.tolist()), counts[present].tolist()))
        return out, sizes

    def _value_rank(self, fieldname: str) -> np.ndarray:
        """Each value code's place in value order (no value last)."""
        rank = self._value_ranks.get(fieldname)
        if rank is None:
            values = self.values[fieldname]
            order = sorted(range(len(values)), key=lambda i: (values[i] is None, values[i] or ""))
            rank = self._value_ranks[fieldname] = np.empty(len(values), dtype=np.int64)
            rank[order] = np.arange(len(values))
        return rank

    def _bincount(self, fieldname: str, docs: np.ndarray) -> np.ndarray:
        return np.bincount(self.codes[fieldname][docs], minlength=len(self.values[fieldname]))

    def first_by_date(self, docs: np.ndarray, newest: bool, start: int, end: int | None) -> np.ndarray:
        """``docs[start:end]`` once ordered by date (unknown last), then article id, newest or oldest first."""
        keys = self.newest_key if newest else self.oldest_key
        return window_by_key(docs, keys[docs], start, end)


def window_by_key(docs: np.ndarray, key: np.ndarray, start: int, end: int | None) -> np.ndarray:
    """``docs[start:end]`` in ascending order of ``key`` (distinct values): a partition, then a sort of
    the window only."""
    stop = len(docs) if end is None else min(end, len(docs))
    if start >= stop:
        return docs[:0]
    if stop < len(docs):
        chosen = np.argpartition(key, stop - 1)[:stop]
    else:
        chosen = np.arange(len(docs))
    order = chosen[np.argsort(key[chosen])]
    return docs[order[start:stop]]


def _date_keys(article_id: np.ndarray, day: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Each document's key in newest-first and in oldest-first order: unknown dates last, then by day, then
    by article id (newest first: both descending), all below DATE_KEY_SPAN. Live documents have distinct
    article ids, so their keys never tie. Packed as unknown flag | YYYYMMDD | id: a few vectorised
    passes, where sorting 10^6 documents took ~0.2 s on the first search after every import."""
    ids = article_id.astype(np.int64)
    days = day.astype(np.int64)
    packable = not len(ids) or (0 <= ids.min() and ids.max() < 1 << _ID_BITS
                                and 0 <= days.min() and days.max() < 1 << _DAY_BITS)
    if not packable:
        return _rank(ids, days, newest=True), _rank(ids, days, newest=False)
    unknown = (days == 0).astype(np.int64) << (_ID_BITS + _DAY_BITS)
    oldest = unknown | days << _ID_BITS | ids
    newest = unknown | ((1 << _DAY_BITS) - 1 - days) << _ID_BITS | ((1 << _ID_BITS) - 1 - ids)
    return newest, oldest


def _rank(article_id: np.ndarray, days: np.ndarray, newest: bool) -> np.ndarray:
    """Each document's place in date order (unknown dates last, then by article id; equal ids in docnum
    order): a permutation, so ranks never tie. The keys of ids or days too large to pack."""
    unknown = days == 0
    keys = (-article_id, -days, unknown) if newest else (article_id, days, unknown)
    order = np.lexsort(keys)  # last key is the primary one; stable, so equal keys keep docnum order
    rank = np.empty(len(order), dtype=np.int64)
    rank[order] = np.arange(len(order), dtype=np.int64)
    return rank

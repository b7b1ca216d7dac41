"""haystack's Whoosh backend, adjusted for exact Chinese search (a thin subclass: see ENGINEERING.md).

What changes compared to ``WhooshSearchBackend``:

* schema: the document field holds positionless jieba-word postings, the grams fields positionless
  unigram/bigram postings plus a column of the compacted normalised text (search.fields); every facet
  field is an exact ``ID`` with a RefBytes column; the article id and the publication day are numeric
  columns;
* the index directory is a symlink swapped by rebuilds (search.storage), re-resolved on every request;
* one cached searcher per thread, refreshed only when the index changed;
* ``search_exact``: the query contract the selectors use (see ``ExactSearch``); it knows nothing of
  haystack's query strings, so one-character queries and last pages need no special cases. Matching and
  ranking are numpy set operations on posting arrays read straight from the segments (search.matching,
  search.postings), never Whoosh's per-document matchers;
* the contract (search.contract): ``apply`` / ``rebuild`` (search.whoosh_writer) are called by the
  engine-free outbox (search.indexing); haystack's ``update`` / ``remove`` / ``clear`` go through that outbox
  too, and haystack's ``search`` / ``more_like_this`` raise ``UnsupportedSearchPath`` (no second path).
"""
from __future__ import annotations

import contextlib
import gc
import os
import time
from collections import Counter
from collections.abc import Iterable

import numpy as np
from haystack.backends.whoosh_backend import WhooshEngine, WhooshSearchBackend, WhooshSearchQuery
from haystack.fields import FacetField
from whoosh.columns import NumericColumn, RefBytesColumn
from whoosh.fields import ID, NUMERIC
from whoosh.filedb.filestore import FileStorage
from whoosh.index import EmptyIndexError
from whoosh.reading import ReaderClosed

from search import index_guard, index_manifest, storage, timing, whoosh_merge, whoosh_readers, whoosh_writer
from search.contract import ExactResult, ExactSearch, IndexDocument, IndexStats, SearchBackend, stats_of
from search.doctable import DATE_KEY_SPAN, DocTable, window_by_key
from search.fields import GramsFieldType, WordsFieldType
from search.haystack_glue import OutboxRoutedBackend
from search.lru import MISSING, LRUCache
from search.matching import IndexView, exact_docs, excluded_docs, title_docs, whole_word_docs
from search.query import Query
from search.schema import ARTICLE_ID, BODY_GRAMS, FACET_FIELDS, PUBLISHED_DAY, TITLE_GRAMS


OPEN_ATTEMPTS = 3  # reading the index's table of contents again when a commit or merge changed it meanwhile
RETRY_PAUSE_SECONDS = 0.01


class ChineseWhooshSearchBackend(OutboxRoutedBackend, SearchBackend, WhooshSearchBackend):
    def __init__(self, connection_alias, **connection_options):
        super().__init__(connection_alias, **connection_options)
        self.link_path = self.path
        self.opened_dir: str | None = None
        self._searcher = None
        self._doctable: DocTable | None = None
        self._view: IndexView | None = None
        self._doctable_key = None
        # Matched docnums per (index generation, query): paging and facet clicks re-use them.
        self._matches = LRUCache(48 * 2**20, size=lambda docs: docs.nbytes + 64)  # bytes: 6 MB a broad query at 10^6
        self._searcher_serial = 0  # bumped for every new searcher: cache keys never outlive an index state

    # -- opening ------------------------------------------------------------------------------------------
    def setup(self):
        live = storage.live_dir(self.link_path)
        self.path = str(live)
        try:
            super().setup()
        finally:
            self.path = self.link_path
        self.opened_dir = str(live)
        self._close_searcher()
        self.version_mismatch = index_manifest.mismatch(live, self.schema)

    def ensure_current(self, verify: bool = True):
        """(Re)open the index if a rebuild swapped the symlink since we opened it; refuse (``verify``) one
        built by other versions."""
        if not self.setup_complete or os.path.realpath(self.link_path) != self.opened_dir:
            self.setup()
        if verify and self.version_mismatch:
            raise self.version_mismatch

    def build_schema(self, fields):
        content_field_name, schema = super().build_schema(fields)
        for field_class in fields.values():
            name = field_class.index_fieldname
            kind = getattr(field_class, "field_type", None)
            if field_class.document or kind == "cjk_words":
                schema.remove(name)
                schema.add(name, WordsFieldType())
            elif kind == "cjk_grams":
                schema.remove(name)
                schema.add(name, GramsFieldType())
            elif isinstance(field_class, FacetField) or field_class.faceted or name in FACET_FIELDS:
                schema.remove(name)
                schema.add(name, ID(stored=True, sortable=RefBytesColumn()))
            elif name in (ARTICLE_ID, PUBLISHED_DAY):
                schema.remove(name)
                bits, code = (64, "Q") if name == ARTICLE_ID else (32, "I")
                schema.add(name, NUMERIC(int, bits=bits, signed=False, stored=True, shift_step=0,
                                         sortable=NumericColumn(code, default=0)))
        return content_field_name, schema

    # -- the contract's writes (called by search.indexing under its lock) ---------------------------------
    def _open_live_index(self):
        self.ensure_current()
        return FileStorage(str(storage.live_dir(self.link_path))).open_index(schema=self.schema)

    def apply(self, upserts: Iterable[IndexDocument], deletes: list[int]) -> None:
        ix = self._open_live_index()
        expected = len(upserts) if hasattr(upserts, "__len__") else whoosh_writer.BULK_THRESHOLD
        if expected >= whoosh_writer.BULK_THRESHOLD and ix.doc_count_all() == 0:
            whoosh_writer.add_in_segments(ix, upserts)  # a first import: nothing to update or delete
        else:
            whoosh_writer.update_and_delete(ix, upserts, deletes, expected)

    def rebuild(self, documents: Iterable[IndexDocument]) -> int:
        """Build into a new directory, swap the symlink (readers keep their open generation)."""
        # All it needs is the schema, built before the old index is opened: a damaged one must not stop it.
        with contextlib.suppress(*index_guard.DECODING_ERRORS):
            self.ensure_current(verify=False)
        target = storage.new_dir(self.link_path)
        ix = FileStorage(str(target)).create_index(self.schema)
        index_manifest.write(target, self.schema)
        count = whoosh_writer.add_in_segments(ix, documents)
        previous = storage.swap_in(self.link_path, target)
        storage.prune(self.link_path, keep={target} | ({previous} if previous else set()))
        self.ensure_current()
        return count

    def needs_merge(self) -> bool:
        return whoosh_merge.needs_merge(self._open_live_index())

    def merge_segments(self, writer_lock) -> int:
        """One background merge of small segments (search.whoosh_merge); the number of documents merged."""
        return whoosh_merge.merge_once(self._open_live_index(), lambda: self.link_path, writer_lock)

    # -- reading ------------------------------------------------------------------------------------------
    def _close_searcher(self):
        if self._searcher is not None:
            self._searcher.close()
        self._searcher = None
        self._doctable = None
        self._view = None
        self._doctable_key = None

    def searcher(self):
        """This thread's searcher on the live index, opened afresh only when the index changed."""
        self.ensure_current()
        if self._searcher is not None and not self._searcher.up_to_date():
            self._replace_stale_searcher()
        if self._searcher is None:
            self._searcher = self._open_searcher()
            self._searcher_serial += 1
        return self._searcher

    def _replace_stale_searcher(self) -> None:
        """Open the new index state reusing the segment readers it shares with the stale one, then close the
        stale one's others. Not Whoosh's ``Searcher.refresh``: it closes the old readers before the new ones
        are open (and reuses none), so one failed refresh left a searcher whose next refresh closed them again
        ('Reader already closed', a 500 on every later request of that thread). If opening fails, the stale
        searcher is closed whole and the next request opens afresh."""
        stale, self._searcher = self._searcher, None
        try:
            self._searcher = self._open_searcher(reuse=stale)
            self._searcher_serial += 1
        finally:
            with contextlib.suppress(ReaderClosed):
                whoosh_readers.close_unshared(stale, self._searcher)

    def _open_searcher(self, reuse=None):
        # A background merge may remove a segment between our reading the table of contents and opening the
        # segment; and a directory listing taken while a commit renames its new table into place and removes
        # the old one may show neither (Whoosh then says the index does not exist: a 500 seen at 10^6
        # articles under uploads). Read the table again.
        for attempt in range(OPEN_ATTEMPTS):
            try:
                self.index = self.index.refresh()
                return whoosh_readers.open_searcher(self.index, reuse)
            except (FileNotFoundError, EmptyIndexError):
                if attempt == OPEN_ATTEMPTS - 1:
                    raise
                time.sleep(RETRY_PAUSE_SECONDS * (attempt + 1))
        raise AssertionError("unreachable")

    def doctable(self) -> tuple[object, DocTable, tuple]:
        searcher = self.searcher()
        key = (self.opened_dir, self._searcher_serial)
        if self._doctable_key != key:
            self._doctable = DocTable(self.opened_dir, searcher)
            self._view = IndexView(self.opened_dir, searcher, self._doctable.size)
            self._view.preload()  # verification texts: decoded once per new segment, not in a query
            # Keep what is loaded now (jieba's dictionary, columns, texts: millions of objects) out of the
            # cyclic collector's full passes, which otherwise stall a request for ~80 ms at 10^5 articles.
            gc.freeze()
            self._doctable_key = key
        return searcher, self._doctable, key

    def open_current(self) -> None:
        """Open the index as it is now in this thread: its columns built (once per machine) and mapped, its new
        segments' texts decoded (once per process). A search on this thread, or on another thread after this
        one built them, then does not pay for it."""
        self.index_view()

    def index_view(self) -> tuple[DocTable, IndexView, tuple]:
        _, table, key = self.doctable()
        return table, self._view, key

    def matching_docs(self, query: Query) -> tuple[IndexView, DocTable, np.ndarray]:
        """Sorted global docnums of live documents matching the query (before filters)."""
        with timing.phase("open"):
            table, view, generation = self.index_view()
            view.begin_request()
        key = (generation, query.cache_key())
        docs = self._matches.get(key)
        if docs is MISSING:
            with timing.phase("match"):
                docs = self._matching_docs(view, table, query)
            self._matches.put(key, docs)
        return view, table, docs

    @staticmethod
    def _matching_docs(view: IndexView, table: DocTable, query: Query) -> np.ndarray:
        positive = exact_docs(view, query)
        if positive is None:
            docs = table.live_docs()
        else:
            docs = positive[table.live[positive]] if len(positive) else positive
        negative = excluded_docs(view, query)
        if negative is not None and len(docs) and len(negative):
            docs = docs[~view.mask(negative)[docs]]
        return docs

    @index_guard.reads
    def search_exact(self, request: ExactSearch) -> ExactResult:
        request.validate()
        view, table, docs = self.matching_docs(request.query)
        docs = self._apply_filters(table, docs, request)
        with timing.phase("facets"):
            facets, sizes = table.counts(request.facets, docs, request.facet_limit, request.filters) \
                if request.facets else ({}, {})
        end = None if request.limit is None else request.offset + request.limit
        with timing.phase("order"):
            if request.sort == "relevance" and request.query.required:
                window = self._relevance_window(view, table, docs, request.query, request.offset, end)
            else:
                window = table.first_by_date(docs, request.sort != "oldest", request.offset, end)
        return ExactResult(total=int(len(docs)), ids=table.article_id[window].tolist(), facets=facets,
                           facets_ordered=True, facet_sizes=sizes)

    # -- filtering and ordering -----------------------------------------------------------------------------
    def _apply_filters(self, table: DocTable, docs: np.ndarray, request: ExactSearch) -> np.ndarray:
        if not len(docs):
            return docs
        keep = np.ones(len(docs), dtype=bool)
        for fieldname, values in request.filters.items():
            keep &= table.mask_for_values(fieldname, values)[docs]
        if request.day_from is not None or request.day_to is not None:
            days = table.day[docs]
            keep &= days > 0
            if request.day_from is not None:
                keep &= days >= request.day_from
            if request.day_to is not None:
                keep &= days <= request.day_to
        return docs[keep]

    @staticmethod
    def _relevance_window(view: IndexView, table: DocTable, docs, query: Query, start: int, end: int | None):
        """Title hits first, then whole-word hits, each tier newest first (the date key: ties by article id).
        Every match gets its rank key; only the window is sorted (after a partition), so a row's place never
        depends on the window asked for and pages partition the results."""
        if not len(docs):
            return docs
        tier = 2 * view.mask(title_docs(view, query))[docs].astype(np.int64)
        tier += view.mask(whole_word_docs(view, query))[docs]
        key = (3 - tier) * DATE_KEY_SPAN + table.newest_key[docs]
        return window_by_key(docs, key, start, end)

    # -- introspection for check_index ------------------------------------------------------------------
    def stored_facets(self) -> dict[int, dict]:
        """article id → facet field values, for every live document (from the columns)."""
        _, table, _ = self.doctable()
        live = table.live_docs()
        ids = table.article_id[live]
        columns = {name: [table.values[name][c] for c in table.codes[name][live]] for name in FACET_FIELDS}
        return {int(pk): {name: columns[name][i] for name in FACET_FIELDS} for i, pk in enumerate(ids)}

    def duplicated_ids(self) -> list[int]:
        _, table, _ = self.doctable()
        counts = Counter(int(i) for i in table.article_id[table.live_docs()])
        return [i for i, c in counts.items() if c > 1]

    def stats(self) -> IndexStats:
        table, view, _ = self.index_view()
        live = table.live_docs()
        facets = self.stored_facets()
        titles, bodies = view.texts(TITLE_GRAMS), view.texts(BODY_GRAMS)
        return stats_of((int(table.article_id[d]), titles[d], bodies[d], facets[int(table.article_id[d])])
                        for d in live)

    def doc_count(self) -> int:
        return self.searcher().doc_count()


class ChineseWhooshEngine(WhooshEngine):
    backend = ChineseWhooshSearchBackend
    query = WhooshSearchQuery


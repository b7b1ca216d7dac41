"""The search-backend contract: what every engine (Whoosh, Solr, the database reference) implements.

Reads: ``search_exact(ExactSearch) -> ExactResult``. Writes: ``apply(upserts, deletes)`` and
``rebuild(documents)``. Introspection: ``stats()``. Every document an engine holds is an
``IndexDocument``, built by search.documents from an Article and the facet registry (search.facets), so
every engine indexes the same normalised text and the same facet values. The outbox (search.indexing)
drives the writes and knows no engine. Needs no Django settings (no ORM here).

Tests: tests/search/search_contract.py (``ExactSearchContract``) is subclassed by every backend's tests.
"""
from __future__ import annotations

import hashlib
from abc import ABC, abstractmethod
from collections.abc import Iterable
from dataclasses import dataclass, field

from search.facets import FACETS, FILTER_FIELDS
from search.query import Query

SORTS = ("relevance", "newest", "oldest")


# -- errors ----------------------------------------------------------------------------------------------
class SearchBackendError(Exception):
    """Base of the errors a backend raises for a request it cannot answer."""


class FilterFieldError(SearchBackendError, ValueError):
    """A filter or facet names a field the facet registry does not define."""

    def __init__(self, name: str, kind: str = "filter"):
        self.name = name
        known = ", ".join(sorted(FILTER_FIELDS))
        super().__init__(f"unknown {kind} field {name!r} (known: {known})")


class SortError(SearchBackendError, ValueError):
    def __init__(self, sort: str):
        self.sort = sort
        super().__init__(f"unknown sort {sort!r} (known: {', '.join(SORTS)})")


class UnsupportedSearchPath(SearchBackendError, NotImplementedError):
    """haystack's SearchQuerySet would search another way than the exact engine: refused, not rerouted."""

    def __init__(self, what: str):
        super().__init__(f"{what} is not supported: search through search.selectors "
                         f"(backend.search_exact), which every engine answers exactly")


class BackendUnavailable(SearchBackendError):
    """The engine could not be reached (Solr down, index unreadable)."""


REBUILD_ADVICE = "staff must run `manage.py rebuild_index`"


class IndexUnusable(BackendUnavailable):
    """The index exists but must not be read: answered with a 503 (search.middleware), never a guess."""


class IndexVersionMismatch(IndexUnusable):
    """The index was built by other versions of Whoosh, jieba or OpenCC, another normalisation or schema."""

    def __init__(self, differences: list[str]):
        self.differences = differences
        super().__init__(f"search index built with other versions ({'; '.join(differences)}): {REBUILD_ADVICE}")


class IndexDamaged(IndexUnusable):
    """Reading the index failed on its own data (a truncated or overwritten segment file)."""

    def __init__(self, where: str, cause: BaseException | str):
        self.where = where
        detail = f"{type(cause).__name__}: {cause}" if isinstance(cause, BaseException) else cause
        super().__init__(f"search index damaged ({where}: {detail}): {REBUILD_ADVICE}")


# -- requests and answers ----------------------------------------------------------------------------------
@dataclass(frozen=True)
class ExactSearch:
    """What the selectors ask of a search backend.

    * ``query``: the parsed query (search.query); an empty query matches every article;
    * ``filters``: index field → accepted values (exact strings, any of);
    * ``day_from`` / ``day_to``: inclusive YYYYMMDD bounds; either given excludes unknown dates;
    * ``facets``: fields to count over ALL matches (after filters), missing values as ``None``;
    * ``sort``: relevance (title hits, then whole-word hits, then newest, ties by id), newest or oldest
      (by date, unknown dates last, ties by id);
    * ``offset`` / ``limit``: the window of ordered article ids to return (``limit=None``: all);
    * ``facet_limit``: a backend MAY list only this many values of a facet that is not chronological (the
      biggest counts, ties by value), when it still lists the no-value bucket and every value filtered on,
      and gives every facet's number of values in ``ExactResult.facet_sizes``. ``None``: every value.
    """

    query: Query
    filters: dict[str, tuple[str, ...]] = field(default_factory=dict)
    day_from: int | None = None
    day_to: int | None = None
    facets: tuple[str, ...] = ()
    sort: str = "relevance"
    offset: int = 0
    limit: int | None = 20
    facet_limit: int | None = None

    def validate(self) -> "ExactSearch":
        """Raise the typed error for anything no backend can answer; returns self."""
        if self.sort not in SORTS:
            raise SortError(self.sort)
        for name in self.filters:
            if name not in FILTER_FIELDS:
                raise FilterFieldError(name)
        for name in self.facets:
            if name not in FILTER_FIELDS:
                raise FilterFieldError(name, "facet")
        return self


@dataclass
class ExactResult:
    total: int
    ids: list[int]
    facets: dict[str, list[tuple[str | None, int]]]
    # True when every facet's list comes biggest count first, ties by value: the pages' order, so the
    # selectors need not sort thousands of buckets again.
    facets_ordered: bool = False
    # Each facet's number of values, listed or not, when the backend cut lists to ``facet_limit``.
    facet_sizes: dict[str, int] | None = None


@dataclass(frozen=True)
class IndexDocument:
    """One article as every engine indexes it.

    ``title`` / ``body``: the text as published (engines normalise it with search.analysis, the same
    function everywhere); ``day``: YYYYMMDD or 0 when unknown; ``facets``: index field → value or None,
    one entry per registry facet (search.facets)."""

    article_id: int
    title: str
    body: str
    day: int
    facets: dict[str, str | None]


@dataclass(frozen=True)
class IndexStats:
    """``count`` live documents; ``digest``: SHA-256 over their ids, normalised texts and facet values in
    id order, equal between two engines holding the same documents (check_index compares it)."""

    count: int
    digest: str
    ids: frozenset[int]


def stats_of(rows: Iterable[tuple[int, str, str, dict[str, str | None]]]) -> IndexStats:
    """IndexStats from (article id, compacted normalised title, compacted normalised body, facets) rows."""
    rows = sorted(rows, key=lambda r: r[0])
    h = hashlib.sha256()
    for article_id, title, body, facets in rows:
        h.update(f"{article_id}\x1f{title}\x1f{body}".encode())
        for facet in FACETS:
            h.update(f"\x1f{facets.get(facet.field) or ''}".encode())
        h.update(b"\x1e")
    return IndexStats(count=len(rows), digest=h.hexdigest(), ids=frozenset(r[0] for r in rows))


class SearchBackend(ABC):
    """The contract. A haystack backend class mixes this in (thin subclasses: search.backend,
    search.solr_backend); the database reference (search.db_backend) implements it directly."""

    @abstractmethod
    def search_exact(self, request: ExactSearch) -> ExactResult: ...

    @abstractmethod
    def apply(self, upserts: list[IndexDocument], deletes: list[int]) -> None:
        """Index ``upserts`` (replacing any earlier version of each) and remove the ``deletes`` article
        ids (absent ones ignored); visible to readers when it returns, all at once."""

    @abstractmethod
    def rebuild(self, documents: Iterable[IndexDocument]) -> int:
        """Replace the whole index by ``documents``; readers see the old index until the new one is
        complete. Returns the number indexed."""

    @abstractmethod
    def stats(self) -> IndexStats: ...

    def stored_facets(self) -> dict[int, dict[str, str | None]]:
        """article id → facet values as indexed (check_index compares them with the database)."""
        raise NotImplementedError

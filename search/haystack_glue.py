"""What every engine's haystack backend shares: haystack's own entry points routed to the outbox
(writes) or refused (reads that would bypass ``search_exact``)."""
from __future__ import annotations

from search.contract import UnsupportedSearchPath


class OutboxRoutedBackend:
    """Mixed in before haystack's backend class. ``update_index``/``remove``/``clear_index`` become outbox
    rows applied through search.indexing; ``SearchQuerySet`` searches raise ``UnsupportedSearchPath``."""

    def update(self, index, iterable, commit=True):
        from search import indexing

        indexing.index_objects(iterable)

    def remove(self, obj_or_string, commit=True):
        from search import indexing

        indexing.remove_identifiers([obj_or_string])

    def clear(self, models=None, commit=True):
        from search import indexing

        indexing.clear_index()

    def search(self, query_string, **kwargs):
        raise UnsupportedSearchPath("haystack's SearchQuerySet.search")

    def more_like_this(self, model_instance, additional_query_string=None, **kwargs):
        raise UnsupportedSearchPath("haystack's more_like_this")

"""The database reference engine: brute force over its own table of indexed documents.

It implements the whole contract (search.contract) the plainest way: every search reads every indexed
row and decides with ``search.query.matches``, the definition of a match; facets are ``Counter``s; the
ranking is written as sort keys. Slow on purpose (linear in the archive), never approximate: the other
engines' contract tests and the property tests compare with it. Works on SQLite and PostgreSQL alike.

``SEARCH_BACKEND=database`` selects it (useful for small archives and for checking an engine).
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from django.db import transaction
from haystack.backends import BaseEngine, BaseSearchBackend
from haystack.backends.simple_backend import SimpleSearchQuery

from search.analysis import compact_normalize, word_set, word_terms
from search.contract import ExactResult, ExactSearch, IndexDocument, IndexStats, SearchBackend, stats_of
from search.haystack_glue import OutboxRoutedBackend
from search.query import AnyOf, NormalizedDocument, Query, matches

BATCH = 1000


def _row(doc: IndexDocument):
    from search.models import IndexedDocument

    return IndexedDocument(
        article_id=doc.article_id, title=compact_normalize(doc.title), body=compact_normalize(doc.body),
        words=" ".join(sorted(word_set(f"{doc.title}\n{doc.body}"))), day=doc.day, facets=dict(doc.facets),
    )


def _save(docs: Iterable[IndexDocument]) -> int:
    from search.models import IndexedDocument

    count, batch = 0, []
    for doc in docs:
        batch.append(_row(doc))
        if len(batch) >= BATCH:
            IndexedDocument.objects.filter(article_id__in=[r.article_id for r in batch]).delete()
            IndexedDocument.objects.bulk_create(batch)
            count, batch = count + len(batch), []
    if batch:
        IndexedDocument.objects.filter(article_id__in=[r.article_id for r in batch]).delete()
        IndexedDocument.objects.bulk_create(batch)
        count += len(batch)
    return count


def _whole_words(query: Query, words: set[str]) -> bool:
    """Every required clause's jieba words all among the document's words (the second ranking tier)."""
    def term_ok(term) -> bool:
        wanted = word_terms(term.text)
        return bool(wanted) and all(w in words for w in wanted)

    return all(any(map(term_ok, c.terms)) if isinstance(c, AnyOf) else term_ok(c) for c in query.required)


class DatabaseSearchBackend(OutboxRoutedBackend, SearchBackend, BaseSearchBackend):
    def search_exact(self, request: ExactSearch) -> ExactResult:
        from search.models import IndexedDocument

        request.validate()
        query = request.query
        title_query = Query(required=query.required)
        found = []  # (sort key, article id, facets)
        for article_id, title, body, words, day, facets in IndexedDocument.objects.values_list(
                "article_id", "title", "body", "words", "day", "facets").iterator(chunk_size=BATCH):
            if (request.day_from is not None or request.day_to is not None) and not day:
                continue
            if request.day_from is not None and day < request.day_from:
                continue
            if request.day_to is not None and day > request.day_to:
                continue
            if any(facets.get(name) not in values for name, values in request.filters.items()):
                continue
            if not matches(query, NormalizedDocument(title, body)):
                continue
            unknown = day == 0
            if request.sort == "oldest":
                key = (unknown, day, article_id)
            elif request.sort == "newest" or not query.required:
                key = (unknown, -day, -article_id)
            else:
                tier = 2 * matches(title_query, NormalizedDocument(title, "")) \
                    + _whole_words(query, set(words.split()))
                key = (-tier, unknown, -day, -article_id)
            found.append((key, article_id, facets))
        found.sort(key=lambda f: f[0])
        end = None if request.limit is None else request.offset + request.limit
        counts = {name: list(Counter(f[2].get(name) for f in found).items()) for name in request.facets}
        return ExactResult(total=len(found), ids=[f[1] for f in found[request.offset:end]], facets=counts)

    def apply(self, upserts: Iterable[IndexDocument], deletes: list[int]) -> None:
        from search.models import IndexedDocument

        with transaction.atomic():
            for start in range(0, len(deletes), BATCH):
                IndexedDocument.objects.filter(article_id__in=deletes[start:start + BATCH]).delete()
            _save(upserts)

    def rebuild(self, documents: Iterable[IndexDocument]) -> int:
        """One transaction: other connections read the old rows until it commits."""
        from search.models import IndexedDocument

        with transaction.atomic():
            IndexedDocument.objects.all().delete()
            return _save(documents)

    def stats(self) -> IndexStats:
        from search.models import IndexedDocument

        return stats_of(IndexedDocument.objects.values_list("article_id", "title", "body", "facets")
                        .iterator(chunk_size=BATCH))

    def stored_facets(self) -> dict[int, dict]:
        from search.models import IndexedDocument

        return dict(IndexedDocument.objects.values_list("article_id", "facets").iterator(chunk_size=BATCH))

    def doc_count(self) -> int:
        from search.models import IndexedDocument

        return IndexedDocument.objects.count()


class DatabaseEngine(BaseEngine):
    backend = DatabaseSearchBackend
    query = SimpleSearchQuery

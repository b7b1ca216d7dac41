"""Article → IndexDocument: what every engine indexes, prepared once, from the facet registry."""
from __future__ import annotations

from collections.abc import Iterable, Iterator

from search.contract import IndexDocument
from search.facets import facet_values

CHUNK = 2000


def indexable_articles():
    from archive.models import Article

    return Article.objects.select_related("region", "region__province", "region__prefecture")


def published_day(article) -> int:
    # A DateField has no time zone; were it ever a datetime, it would be Asia/Shanghai local already.
    d = article.published_at
    return d.year * 10000 + d.month * 100 + d.day if d else 0


def document_for(article) -> IndexDocument:
    return IndexDocument(article_id=article.pk, title=article.title or "", body=article.body or "",
                         day=published_day(article), facets=facet_values(article))


class ArticleDocuments:
    """The current documents of existing articles, read lazily in chunks (an import drains 10^5 at once):
    sized, iterable once per ``iter``."""

    def __init__(self, article_ids: list[int]):
        self.article_ids = article_ids

    def __len__(self) -> int:
        return len(self.article_ids)

    def __iter__(self) -> Iterator[IndexDocument]:
        ids = self.article_ids
        for start in range(0, len(ids), CHUNK):
            for article in indexable_articles().filter(pk__in=ids[start:start + CHUNK]).order_by("pk"):
                yield document_for(article)


def documents_for(article_ids: Iterable[int]) -> tuple[ArticleDocuments, list[int]]:
    """The current documents of these articles, and the ids of those that no longer exist."""
    from archive.models import Article

    ids = list(dict.fromkeys(article_ids))
    present: set[int] = set()
    for start in range(0, len(ids), CHUNK):
        present.update(Article.objects.filter(pk__in=ids[start:start + CHUNK]).values_list("pk", flat=True))
    return ArticleDocuments([pk for pk in ids if pk in present]), [pk for pk in ids if pk not in present]


def all_documents(batch_size: int = CHUNK) -> Iterator[IndexDocument]:
    for article in indexable_articles().order_by("pk").iterator(chunk_size=batch_size):
        yield document_for(article)

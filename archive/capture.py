"""Ingest that remembers where and when a crawler captured a page (WARC items carry both).

archive.services.ingest_items turns items into articles; this wraps it and, for each article it creates
from a captured page, records the capture: the record's target URI becomes the source URL, and the
capture time is kept in the extraction warnings as evidence for the date (a crawl happens after
publication: it bounds the date, it is not the date). needs_review is left as ingest decided it.
"""
from collections import deque
from collections.abc import Iterable, Iterator

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.db import transaction

from archive.intake import IntakeItem
from archive.models import Article
from archive.services import IngestOutcome, ingest_items

_http_url = URLValidator(schemes=["http", "https"])


def capture_note(captured_at: str) -> str:
    return (f"captured by a web crawler at {captured_at} (WARC-Date): the page existed then; "
            "this is not its publication date")


def ingest_with_capture(items: Iterable[IntakeItem], *, user=None) -> Iterator[IngestOutcome]:
    """ingest_items, one outcome per item in the same order, with captures recorded on created articles."""
    waiting: deque[IntakeItem] = deque()

    def remembered():
        for item in items:
            waiting.append(item)
            yield item

    for outcome in ingest_items(remembered(), user=user):
        item = waiting.popleft()
        if outcome.status == "created" and (item.source_url or item.captured_at):
            article_record_capture(outcome.article_id, source_url=item.source_url, captured_at=item.captured_at)
        yield outcome


@transaction.atomic
def article_record_capture(article_id: int, *, source_url: str, captured_at: str) -> Article:
    article = Article.objects.select_for_update().get(pk=article_id)
    changed = []
    if source_url and source_url != article.source_url and len(source_url) <= 1000:
        try:
            _http_url(source_url)
        except ValidationError:
            pass  # not an http(s) address: the page's own URL, if any, stays
        else:
            article.source_url = source_url
            changed.append("source_url")
    if captured_at:
        article.extraction_warnings = [*article.extraction_warnings, capture_note(captured_at)]
        changed.append("extraction_warnings")
    if changed:
        article.save(update_fields=changed)
    return article

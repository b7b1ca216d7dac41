"""An Atom feed of a search: its newest matching articles, so a researcher can follow a query.

Entry ids are the articles' language-neutral permalinks, which never change; the feed's id is the
search page it mirrors (its parameters in the search's own canonical order). Dates come from
web.dates and web.citation, as everywhere else.
"""
from collections.abc import Iterable
from datetime import datetime, time

from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed
from django.utils.html import escape
from django.utils.translation import gettext as _

from web.citation import CitedWork
from web.dates import article_date

FEED_SIZE = 50
ATOM_CONTENT_TYPE = "application/atom+xml; charset=utf-8"


def published_datetime(work: CitedWork) -> datetime | None:
    """An Atom <published> needs a full timestamp: only day-precise dates have one (at local midnight)."""
    try:
        day = datetime.strptime(work.published, "%Y-%m-%d").date()
    except ValueError:
        return None
    return timezone.make_aware(datetime.combine(day, time.min))


def entry_summary(article) -> str:
    region = article.region
    place = " / ".join(p.name for p in region.path()) if region else ""
    head = " · ".join(part for part in (article_date(article).text, place, article.source_name) if part)
    lead = " ".join((article.body or "").split())[:200]
    return escape(f"{head}\n{lead}")


def search_feed(*, title: str, search_url: str, feed_url: str, articles: Iterable, permalink) -> Atom1Feed:
    """permalink(article) → the article's absolute, language-neutral URL."""
    feed = Atom1Feed(title=title, link=search_url, description="", feed_url=feed_url, feed_guid=search_url,
                     subtitle=_("The newest matching articles in the archive"))
    for article in articles:
        url = permalink(article)
        work = CitedWork.of(article, permalink=url)
        feed.add_item(
            title=work.title, link=url, description=entry_summary(article), unique_id=url,
            unique_id_is_permalink=True, pubdate=published_datetime(work), updateddate=article.updated_at,
            author_name=work.publisher or None,
        )
    return feed

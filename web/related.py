"""Reads for the article page: the same text published elsewhere, and articles related by place and time.

"Same article elsewhere" is the reprint group the ingest pipeline recorded: the original (duplicate_of)
and every article pointing at it. "Related" is deliberately simple and explainable to a reader: other
articles from the same prefecture (or the same province when the article has no prefecture), nearest in
publication date, leaving out the reprint group.
"""
from django.db.models import Q

from archive.models import Article, Region

RELATED_LIMIT = 6
REPRINTS_LIMIT = 50


def _listed():
    return Article.objects.select_related("region", "region__province", "region__prefecture").only(
        "id", "title", "published_at", "date_precision", "date_month", "date_day", "source_name",
        "region__name", "region__level", "region__province__name", "region__prefecture__name",
        "duplicate_of_id",
    )


def reprint_group_ids(article: Article) -> set[int]:
    original_id = article.duplicate_of_id or article.pk
    ids = set(Article.objects.filter(duplicate_of_id=original_id).values_list("id", flat=True))
    return ids | {original_id}


def same_text_elsewhere(article: Article, group: set[int]) -> list[Article]:
    """The original first, then the other reprints by date; never the article itself.
    `group` is reprint_group_ids(article)."""
    group = group - {article.pk}
    if not group:
        return []
    original_id = article.duplicate_of_id
    members = list(_listed().filter(id__in=group).order_by("published_at", "id")[:REPRINTS_LIMIT])
    members.sort(key=lambda a: a.pk != original_id)  # stable: the original, then the rest in date order
    return members


def place_of(article: Article) -> Region | None:
    """The area related articles come from: the prefecture, else the province (or the region itself)."""
    region = article.region
    if region is None:
        return None
    if region.level in (Region.Level.PROVINCE, Region.Level.PREFECTURE):
        return region
    # A county: its prefecture; counties directly under a province (municipalities) use the province.
    return region.prefecture or region.province or region


def related_articles(article: Article, group: set[int], limit: int = RELATED_LIMIT) -> list[Article]:
    """Nearest in date within place_of(article), leaving out the reprint `group` (and so the article)."""
    place = place_of(article)
    if place is None:
        return []
    in_place = _in_area(place).exclude(id__in=group)
    if article.published_at is None:
        return list(in_place.order_by("-published_at", "-id")[:limit])
    day = article.published_at
    before = list(in_place.filter(published_at__lte=day).order_by("-published_at", "-id")[:limit])
    after = list(in_place.filter(published_at__gt=day).order_by("published_at", "id")[:limit])
    nearest = sorted(before + after, key=lambda a: (abs((a.published_at - day).days), a.pk))
    return nearest[:limit]


def _in_area(place: Region):
    """Articles whose region is the place itself or lies inside it (Region keeps the path denormalised)."""
    inside = Q(region=place)
    if place.level == Region.Level.PROVINCE:
        inside |= Q(region__province=place)
    elif place.level == Region.Level.PREFECTURE:
        inside |= Q(region__prefecture=place)
    return _listed().filter(inside)

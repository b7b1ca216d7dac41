"""THE facet registry: every facet and filter the archive has, defined once.

The API and the pages (search.selectors, web.search_page), the index documents (search.documents, hence
every engine's schema), the checker and the tests all read it. For each facet: its request parameter, its
index field, its parent (choosing a parent clears its children: province → prefecture → county,
year → year_month), its label (an English msgid, translated where it is shown) and how an Article is
prepared into its value. Needs no Django settings at import time.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from django.utils.translation import gettext_noop

UNKNOWN_DATE = "unknown"  # year / year_month value of articles without a known date
NO_VALUE_LABEL = "未知"
UNKNOWN_DATE_LABEL = "日期不详"


def _region_attr(attr: str) -> Callable:
    def prepare(article):
        region = article.region
        return getattr(region, attr) if region else None
    return prepare


def _year(article):
    from archive.edtf import year_of

    return year_of(article.edtf) or UNKNOWN_DATE


def _year_month(article):
    from archive.edtf import year_month_of

    return year_month_of(article.edtf) or UNKNOWN_DATE


@dataclass(frozen=True)
class Facet:
    name: str  # the facet's name in the API's "facets" object
    param: str  # its request parameter (repeatable: any of the values)
    field: str  # its index field (an exact string field in every engine)
    label: str  # how the pages title it
    prepare: Callable  # Article → value (None when the article has none)
    parent: str | None = None  # the facet whose choice clears this one
    in_api: bool = True  # reported by /api/search
    chronological: bool = False  # buckets in time order (unknown last), not by count


FACETS: tuple[Facet, ...] = (
    Facet("province", "province", "province", gettext_noop("Province"), _region_attr("province_name")),
    Facet("prefecture", "prefecture", "prefecture", gettext_noop("Prefecture"), _region_attr("prefecture_name"),
          parent="province"),
    Facet("county", "county", "county", gettext_noop("County"), _region_attr("county_name"), parent="prefecture"),
    Facet("year", "year", "year", gettext_noop("Year"), _year, chronological=True),
    Facet("year_month", "year_month", "year_month", gettext_noop("Month"), _year_month, parent="year", chronological=True),
    Facet("source", "source", "source", gettext_noop("Publisher"), lambda a: a.source_name or None),
    # Indexed for filtering and for check_index, not shown as facets.
    Facet("region_code", "region_code", "region_code", gettext_noop("Region code"), _region_attr("code"), in_api=False),
    Facet("date_precision", "date_precision", "date_precision", "Date precision",
          lambda a: a.date_precision or None, in_api=False),
)

BY_NAME = {f.name: f for f in FACETS}
BY_PARAM = {f.param: f for f in FACETS}
FILTER_FIELDS = frozenset(f.field for f in FACETS)
CHRONOLOGICAL = frozenset(f.field for f in FACETS if f.chronological)  # listed whole, in time order
API_FACETS: tuple[str, ...] = tuple(f.name for f in FACETS if f.in_api)
# Request parameter → index field, for the facets the API and pages offer.
FILTER_PARAMS: dict[str, str] = {f.param: f.field for f in FACETS if f.in_api}
VALUE_LABELS = {None: NO_VALUE_LABEL, UNKNOWN_DATE: UNKNOWN_DATE_LABEL}


def below(param: str) -> tuple[str, ...]:
    """Parameters cleared when ``param`` is chosen: its children, their children, …"""
    out: list[str] = []
    frontier = [BY_PARAM[param].name]
    while frontier:
        parent = frontier.pop()
        for f in FACETS:
            if f.parent == parent:
                out.append(f.param)
                frontier.append(f.name)
    return tuple(out)


def facet_values(article) -> dict[str, str | None]:
    """Index field → prepared value for every facet ("" counts as no value)."""
    out = {}
    for f in FACETS:
        value = f.prepare(article)
        out[f.field] = value if value not in ("", None) else None
    return out

"""Reading the search index: validated parameters in, results with snippets and exact facets out.

The JSON API, the exports and the HTML UI all call ``search_articles`` / ``iter_matching_articles``.
"""
from __future__ import annotations

import calendar
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from operator import itemgetter
from urllib.parse import quote_plus, urlencode

import orjson
from django.urls import get_script_prefix, get_urlconf, reverse
from django.utils.translation import get_language

from archive.export import exportable_articles
from archive.edtf import to_edtf
from archive.models import Article, Region
from search import indexing, timing
from search.contract import ExactResult, ExactSearch
from search.facets import API_FACETS, BY_NAME, FILTER_PARAMS, UNKNOWN_DATE, VALUE_LABELS, below
from search.highlight import find_spans, mark, snippet_html
from search.query import ANY, Query, parse_query

MAX_PAGE_SIZE = 100
DEFAULT_PAGE_SIZE = 20
# Buckets listed per facet (biggest first) unless ``facet_limit=all``: a county facet has thousands, and a
# page of all of them with their links is about 1 MB. Every count stays exact; ``facet_size`` says how many
# buckets each facet has, so nothing is dropped silently. Chosen values and "not known" are always listed.
DEFAULT_FACET_LIMIT = 100
MAX_FACET_LIMIT = 100_000
MAX_QUERY_CHARS = 500
EXPORT_CHUNK = 500

# Request parameters and facets: search.facets (FILTER_PARAMS: parameter → index field, each repeatable;
# choosing a level clears the levels below it, ``below``).

# ASCII: \d is 0-9 only, so year=２０２０ is refused with a reason instead of silently matching nothing.
_DATE_RE = re.compile(r"^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$", re.ASCII)
_YEAR_RE = re.compile(r"^\d{4}$", re.ASCII)
_YEAR_MONTH_RE = re.compile(r"^\d{4}-\d{2}$", re.ASCII)


@lru_cache(maxsize=65536)
def _quote(text: str) -> str:
    """One ``urlencode`` component (facet values repeat across requests: cached)."""
    return quote_plus(str(text), safe="")


class SearchParamError(ValueError):
    """A request parameter is invalid; the message says which and why."""


def parse_date_bound(name: str, value: str, *, end: bool) -> int:
    """``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` → YYYYMMDD, the first (or, with end, last) day covered."""
    m = _DATE_RE.match(value.strip())
    if not m:
        raise SearchParamError(f"{name} must be YYYY, YYYY-MM or YYYY-MM-DD, not {value!r}")
    year, month, day = int(m[1]), m[2], m[3]
    try:
        if month is None:
            d = date(year, 12, 31) if end else date(year, 1, 1)
        elif day is None:
            month = int(month)
            d = date(year, month, calendar.monthrange(year, month)[1] if end else 1) if 1 <= month <= 12 \
                else date(year, 13, 1)
        else:
            d = date(year, int(month), int(day))
    except ValueError:
        raise SearchParamError(f"{name} is not a valid date: {value!r}") from None
    return d.year * 10000 + d.month * 100 + d.day


def _int_param(qd, name: str, default: int, low: int, high: int | None = None) -> int:
    raw = qd.get(name)
    if raw in (None, ""):
        return default
    # ASCII digits only: int() would also take '1_0' (as 10), '１０' and ' 5'.
    if not re.fullmatch(r"[0-9]{1,9}", raw):
        raise SearchParamError(f"{name} must be a whole number, not {raw!r}")
    value = int(raw)
    if value < low or (high is not None and value > high):
        bound = f"between {low} and {high}" if high is not None else f"at least {low}"
        raise SearchParamError(f"{name} must be {bound}, not {value}")
    return value


@dataclass(frozen=True)
class SearchParams:
    q: str = ""
    query: Query = field(default_factory=Query)
    filters: dict[str, tuple[str, ...]] = field(default_factory=dict)
    date_from: str = ""
    date_to: str = ""
    day_from: int | None = None
    day_to: int | None = None
    sort: str = "relevance"
    page: int = 1
    page_size: int = DEFAULT_PAGE_SIZE
    facet_limit: int | None = DEFAULT_FACET_LIMIT  # None: every bucket

    @classmethod
    def from_querydict(cls, qd) -> "SearchParams":
        q = (qd.get("q") or "").strip()
        if len(q) > MAX_QUERY_CHARS:
            raise SearchParamError(f"q is longer than {MAX_QUERY_CHARS} characters")
        filters = {}
        for param, fieldname in FILTER_PARAMS.items():
            values = tuple(dict.fromkeys(v.strip() for v in qd.getlist(param) if v.strip()))
            if values:
                filters[fieldname] = values
        for v in filters.get("year", ()):
            if not (_YEAR_RE.match(v) or v == UNKNOWN_DATE):
                raise SearchParamError(f"year must be YYYY or {UNKNOWN_DATE!r}, not {v!r}")
        for v in filters.get("year_month", ()):
            if not (_YEAR_MONTH_RE.match(v) or v == UNKNOWN_DATE):
                raise SearchParamError(f"year_month must be YYYY-MM or {UNKNOWN_DATE!r}, not {v!r}")
        date_from, date_to = (qd.get("date_from") or "").strip(), (qd.get("date_to") or "").strip()
        day_from = parse_date_bound("date_from", date_from, end=False) if date_from else None
        day_to = parse_date_bound("date_to", date_to, end=True) if date_to else None
        if day_from and day_to and day_from > day_to:
            raise SearchParamError(f"date_from ({date_from}) is after date_to ({date_to})")
        sort = (qd.get("sort") or "relevance").strip()
        if sort not in ("relevance", "newest", "oldest"):
            raise SearchParamError(f"sort must be relevance, newest or oldest, not {sort!r}")
        return cls(
            q=q, query=parse_query(q), filters=filters, date_from=date_from, date_to=date_to,
            day_from=day_from, day_to=day_to, sort=sort,
            page=_int_param(qd, "page", 1, 1),
            page_size=_int_param(qd, "page_size", DEFAULT_PAGE_SIZE, 1, MAX_PAGE_SIZE),
            facet_limit=None if (qd.get("facet_limit") or "").strip() == "all"
            else _int_param(qd, "facet_limit", DEFAULT_FACET_LIMIT, 1, MAX_FACET_LIMIT),
        )

    def as_pairs(self) -> list[tuple[str, str]]:
        pairs = [("q", self.q)] if self.q else []
        for param, fieldname in FILTER_PARAMS.items():
            pairs += [(param, v) for v in self.filters.get(fieldname, ())]
        pairs += [(k, v) for k, v in (("date_from", self.date_from), ("date_to", self.date_to)) if v]
        if self.sort != "relevance":
            pairs.append(("sort", self.sort))
        if self.page_size != DEFAULT_PAGE_SIZE:
            pairs.append(("page_size", str(self.page_size)))
        if self.facet_limit != DEFAULT_FACET_LIMIT:
            pairs.append(("facet_limit", "all" if self.facet_limit is None else str(self.facet_limit)))
        return pairs

    def toggle(self, param: str, value: str) -> str:
        """Query string with ``param=value`` switched on or off (and lower levels cleared), page reset."""
        selected = value in self.filters.get(FILTER_PARAMS[param], ())
        cleared = {param, *below(param)}
        pairs = [(k, v) for k, v in self.as_pairs() if k not in cleared or (k == param and v != value)]
        if not selected:
            pairs.append((param, value))
        return urlencode(pairs)

    def toggler(self, param: str):
        """``toggle`` for many values of one parameter: the same strings, with the shared part encoded once
        (a facet can have thousands of buckets)."""
        chosen = self.filters.get(FILTER_PARAMS[param], ())
        cleared = {param, *below(param)}
        pieces = [(k, v, _quote(k) + "=" + _quote(v)) for k, v in self.as_pairs()
                  if k not in cleared or k == param]
        key = _quote(param) + "="
        unselected = "&".join(p for k, v, p in pieces if k not in cleared or k == param)

        prefix = unselected + "&" + key if unselected else key

        def toggle(value: str) -> str:
            if value in chosen:
                return "&".join(p for k, v, p in pieces if k not in cleared or (k == param and v != value))
            return prefix + _quote(value)

        toggle.unselected_prefix = prefix  # toggle(v) for any v not chosen: prefix + _quote(v)
        return toggle

    def exact_search(self, *, facets=API_FACETS, offset=0, limit: int | None = 0,
                     facet_limit: int | None = None) -> ExactSearch:
        return ExactSearch(query=self.query, filters=self.filters, day_from=self.day_from,
                           day_to=self.day_to, facets=tuple(facets), sort=self.sort,
                           offset=offset, limit=limit, facet_limit=facet_limit)


class FacetBucket(dict):
    """One facet bucket: the API's JSON object itself (``value``, ``label``, ``count``, ``selected``,
    ``toggle``), with attribute access for the pages. A dict, so a page of thousands of buckets is encoded
    as it is, with no copy per bucket."""

    __slots__ = ()
    value = property(itemgetter("value"))
    label = property(itemgetter("label"))
    count = property(itemgetter("count"))
    selected = property(itemgetter("selected"))
    toggle = property(itemgetter("toggle"))

    def as_dict(self) -> dict:
        return dict(self)


@dataclass
class SearchResponse:
    count: int
    page: int
    num_pages: int
    page_size: int
    results: list[dict]
    facets: dict[str, list[FacetBucket]]
    facet_size: dict[str, int]  # buckets each facet has, listed or not
    facet_limit: int | None

    def as_dict(self) -> dict:
        return {
            "count": self.count,
            "page": self.page,
            "num_pages": self.num_pages,
            "page_size": self.page_size,
            "results": self.results,
            "facets": {name: [b.as_dict() for b in buckets] for name, buckets in self.facets.items()},
            "facet_size": self.facet_size,
            "facet_limit": self.facet_limit,
        }

    def to_json(self) -> bytes:
        """``as_dict()`` as JSON. orjson encodes the buckets (dicts) as they are: with ``facet_limit=all``
        a page has thousands of county buckets with their links (about 1 MB at 10^5 articles), about a
        millisecond with orjson, where json takes 8-20 ms."""
        return orjson.dumps({"count": self.count, "page": self.page, "num_pages": self.num_pages,
                             "page_size": self.page_size, "results": self.results, "facets": self.facets,
                             "facet_size": self.facet_size, "facet_limit": self.facet_limit})


def _buckets(params: SearchParams, name: str, counts: list[tuple[str | None, int]],
             ordered: bool = False) -> list[FacetBucket]:
    """The page's buckets of one facet; ``ordered``: ``counts`` already come biggest first, ties by value
    (search.contract.ExactResult.facets_ordered), so only the no-value bucket has to move."""
    chosen = params.filters.get(FILTER_PARAMS[name], ())
    if BY_NAME[name].chronological:  # a timeline: chronological, unknown last
        counts = sorted(counts, key=lambda vc: (vc[0] == UNKNOWN_DATE, vc[0] or ""))
    else:  # biggest first, ties by value; the no-value bucket last. Two stable C-keyed sorts (thousands of
        # county buckets): by value, then by count descending (reverse=True keeps ties in value order).
        known = [vc for vc in counts if vc[0] is not None]
        if not ordered:
            known.sort(key=itemgetter(0))
            known.sort(key=itemgetter(1), reverse=True)
        if params.facet_limit is not None and len(known) > params.facet_limit:
            known = known[:params.facet_limit] + [vc for vc in known[params.facet_limit:] if vc[0] in chosen]
        counts = known + [vc for vc in counts if vc[0] is None]
    toggle = params.toggler(name)
    label = VALUE_LABELS.get
    if chosen:
        return [FacetBucket(value=value, label=label(value, value), count=count, selected=value in chosen,
                            toggle=None if value is None else toggle(value))
                for value, count in counts]
    # Nothing chosen (most pages): every toggle is one prefix + the value, for thousands of buckets.
    prefix, quote = toggle.unselected_prefix, _quote
    return [FacetBucket(value=value, label=label(value, value), count=count, selected=False,
                        toggle=None if value is None else prefix + quote(value))
            for value, count in counts]


def _articles_in_order(ids: list[int]) -> list[Article]:
    articles = exportable_articles().order_by()  # the order is ids'; no ORDER BY to compile and run
    by_id = articles.in_bulk(ids)
    return [by_id[i] for i in ids if i in by_id]


# What a result row shows, read as plain values: no model instances (a page of 20 rows costs about half).
_ROW_FIELDS = ("id", "title", "title_supplied", "published_at", "date_precision", "date_month", "date_day",
               "source_name", "body", "region__level", "region__name", "region__province__name",
               "region__prefecture__name")


def _row_values_in_order(ids: list[int]) -> list[dict]:
    by_id = {row["id"]: row for row in Article.objects.filter(pk__in=ids).order_by().values(*_ROW_FIELDS)}
    return [by_id[i] for i in ids if i in by_id]


_URL_PLACEHOLDER = 987654321


@lru_cache(maxsize=64)
def _article_url_parts(language: str | None, urlconf: str | None, script_prefix: str) -> tuple[str, str]:
    url = reverse("article-detail", args=[_URL_PLACEHOLDER], urlconf=urlconf)
    head, _, tail = url.partition(str(_URL_PLACEHOLDER))
    return head, tail


def _article_url(pk: int) -> str:
    """``Article.get_absolute_url()`` without a ``reverse`` per row (20 per page): the URL pattern's parts
    for the active language, URLconf and script prefix, around the id."""
    head, tail = _article_url_parts(get_language(), get_urlconf(), get_script_prefix())
    return f"{head}{pk}{tail}"


def result_row(article: dict, query: Query) -> dict:
    """One result as the API gives it, from a row of ``_ROW_FIELDS``."""
    terms = query.positive_terms()
    body_terms = [t for t in terms if t.field == ANY]
    title, published_at = article["title"], article["published_at"]
    province, prefecture, county = (None, None, None) if article["region__level"] is None else \
        Region.names_on_path(article["region__level"], article["region__name"], article["region__province__name"],
                             article["region__prefecture__name"])
    return {
        "id": article["id"],
        "url": _article_url(article["id"]),
        "title": title,
        "title_supplied": article["title_supplied"],
        "title_html": _bracketed(mark(title, find_spans(title, terms)), article["title_supplied"]),
        "edtf": to_edtf(published_at, article["date_precision"], article["date_month"], article["date_day"]),
        "published_at": published_at.isoformat() if published_at else None,
        "date_precision": article["date_precision"],
        "province": province,
        "prefecture": prefecture,
        "county": county,
        "source_name": article["source_name"] or None,
        "snippet": snippet_html(article["body"], find_spans(article["body"], body_terms)),
    }


def _bracketed(title_html: str, supplied: bool) -> str:
    """A devised title is shown in [square brackets], the cataloguing convention."""
    return f"[{title_html}]" if supplied and title_html else title_html


def search_articles(params: SearchParams) -> SearchResponse:
    backend = indexing.backend()
    offset = (params.page - 1) * params.page_size
    found: ExactResult = backend.search_exact(params.exact_search(offset=offset, limit=params.page_size,
                                                                  facet_limit=params.facet_limit))
    num_pages = max(1, -(-found.total // params.page_size))
    if params.page > num_pages:
        raise SearchParamError(f"page {params.page} is past the last page ({num_pages})")
    with timing.phase("rows"):
        results = [result_row(row, params.query) for row in _row_values_in_order(found.ids)]
    facets = {name: _buckets(params, name, found.facets[name], found.facets_ordered) for name in API_FACETS}
    return SearchResponse(count=found.total, page=params.page, num_pages=num_pages,
                          page_size=params.page_size, results=results, facets=facets,
                          facet_size=found.facet_sizes or {name: len(found.facets[name]) for name in API_FACETS},
                          facet_limit=params.facet_limit)


def facet_counts(params: SearchParams, facets: tuple[str, ...]) -> tuple[int, dict[str, dict[str | None, int]]]:
    """How many articles match, and how they fall into each facet: the numbers search_articles reports
    (same backend call, same filters), without loading any article."""
    found = indexing.backend().search_exact(params.exact_search(facets=facets, offset=0, limit=0))
    return found.total, {name: dict(found.facets[name]) for name in facets}


def iter_matching_articles(params: SearchParams, *, limit: int | None = None) -> Iterator[Article]:
    """Every matching article in result order (not just a page; the first `limit` only, if given),
    loaded in chunks. The search runs now, not at the first row: an index that cannot be read answers before
    a streamed export has started."""
    found = indexing.backend().search_exact(params.exact_search(facets=(), offset=0, limit=limit))
    return _articles_in_chunks(found.ids)


def _articles_in_chunks(ids: list[int]) -> Iterator[Article]:
    for start in range(0, len(ids), EXPORT_CHUNK):
        yield from _articles_in_order(ids[start:start + EXPORT_CHUNK])

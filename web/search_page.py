"""What the HTML search page adds to a search result: chips, facet lists, pictures, pagination, advice.

The result itself always comes from search.selectors (the JSON API's code); this module only arranges
it for reading. Links are built from SearchParams.toggle, the same rule the API's facet buckets use.
"""
from dataclasses import dataclass
from urllib.parse import urlencode

from django.http import QueryDict
from django.utils.translation import gettext as _, gettext_lazy

from archive.edtf import from_edtf
from search.facets import BY_NAME, FACETS, UNKNOWN_DATE
from search.selectors import (DEFAULT_FACET_LIMIT, FILTER_PARAMS, SearchParamError, SearchParams, SearchResponse,
                              search_articles)
from web.charts import Bucket, latin_interface, month_name, parse_month, province_map_svg, timeline_svg
from web.dates import DisplayDate, display_date
from web.province_grid import english_name
from web.search_links import named_url, search_url, search_url_from_query

# Sidebar order and headings (the facet registry's). Lower region levels appear once the level above is
# chosen (drill-down).
FACET_TITLES = {f.name: gettext_lazy(f.label) for f in FACETS if f.in_api}
FACET_SHOWN = 10  # buckets listed before the rest fold away under "more"
FACET_LISTED = DEFAULT_FACET_LIMIT  # at most this many per facet, so a facet with thousands of counties stays a small page
DATE_PARAMS = {"date_from": gettext_lazy("From"), "date_to": gettext_lazy("To")}
SORT_OPTIONS = (("relevance", gettext_lazy("Best match")), ("newest", gettext_lazy("Newest first")),
                ("oldest", gettext_lazy("Oldest first")))
_PAGE_SETTINGS = ("sort", "page_size", "facet_limit")  # how a result page is laid out, not what it finds
_FORM_FIELDS = ("q", "sort", "date_from", "date_to", "page")  # the form's own inputs; the rest ride along


@dataclass(frozen=True)
class FacetGroup:
    name: str
    title: str
    shown: list[Bucket]
    folded: list[Bucket]  # the long tail, behind a "more" disclosure
    unlisted: int  # buckets beyond FACET_LISTED, only counted


@dataclass(frozen=True)
class Chip:
    label: str
    remove_url: str


def bucket_label(name: str, value: str | None) -> str:
    """How a facet value reads in the current language; the archive's own values are Chinese names."""
    if value is None:
        return _("not known")
    if value == UNKNOWN_DATE and name in ("year", "year_month"):
        return _("date unknown")
    if name == "province" and latin_interface():
        return english_name(value) or value
    if name == "year_month" and parse_month(value):
        return month_name(*parse_month(value))
    if name == "year" and not latin_interface():
        return f"{value}年"
    return value


def facet_buckets(response: SearchResponse, name: str) -> list[Bucket]:
    return [
        Bucket(value=b.value, count=b.count, label=bucket_label(name, b.value),
               toggle_url=search_url_from_query(b.toggle) if b.toggle is not None else None,
               selected=b.selected)
        for b in response.facets.get(name, [])
    ]


def facet_groups(params: SearchParams, response: SearchResponse) -> list[FacetGroup]:
    chosen = params.filters
    groups = []
    for name, title in FACET_TITLES.items():
        buckets = facet_buckets(response, name)
        parent = BY_NAME[name].parent  # a child level is listed once its parent (or itself) is chosen
        if parent and not (chosen.get(BY_NAME[parent].field) or chosen.get(BY_NAME[name].field)):
            continue
        if name == "year_month":
            years = chosen.get("year", ())
            buckets = [b for b in buckets if not years or (b.value or "")[:4] in years or b.selected]
        if not buckets:
            continue
        not_in_response = response.facet_size.get(name, 0) - len(response.facets.get(name, []))
        groups.append(FacetGroup(name, str(title), buckets[:FACET_SHOWN], buckets[FACET_SHOWN:FACET_LISTED],
                                 max(0, len(buckets) - FACET_LISTED) + not_in_response))
    return groups


def chips(params: SearchParams) -> list[Chip]:
    """One removable chip per active filter value, in the sidebar's order."""
    found = []
    for param, fieldname in FILTER_PARAMS.items():
        for value in params.filters.get(fieldname, ()):
            label = facet_value_label(FACET_TITLES[param], bucket_label(param, value))
            found.append(Chip(label, search_url_from_query(params.toggle(param, value))))
    for param, title in DATE_PARAMS.items():
        value = getattr(params, param)
        if value:
            rest = [(k, v) for k, v in params.as_pairs() if k != param]
            found.append(Chip(facet_value_label(title, value), search_url(rest)))
    return found


def facet_value_label(facet: str, value: str) -> str:
    return _("%(facet)s: %(value)s") % {"facet": facet, "value": value}


def clear_filters_url(params: SearchParams) -> str:
    return search_url([("q", params.q)] if params.q else [])


@dataclass(frozen=True)
class Relaxation:
    """"Remove this filter and N articles match": advice on an empty result page."""

    label: str
    url: str
    count: int


def relaxations(params: SearchParams) -> list[Relaxation]:
    """For each active filter, how many articles would match without it (counted by the same selector)."""
    advice = []
    for chip in chips(params):
        query = chip.remove_url.partition("?")[2]
        try:
            count = search_articles(SearchParams.from_querydict(QueryDict(query))).count
        except SearchParamError:
            continue
        if count:
            advice.append(Relaxation(chip.label, chip.remove_url, count))
    return sorted(advice, key=lambda r: -r.count)


def result_dates(results: list[dict]) -> dict[int, DisplayDate]:
    """Display dates for result rows, from their EDTF date (which keeps a month-day without a year)."""
    dates = {}
    for row in results:
        known = from_edtf(row["edtf"])
        dates[row["id"]] = display_date(known.published_at, known.precision, known.month, known.day)
    return dates


def result_rows(params: SearchParams, response: SearchResponse) -> list[dict]:
    dates = result_dates(response.results)
    link_query = "?" + urlencode({"q": params.q}) if params.q else ""
    return [
        {
            **row,
            "date": dates[row["id"]],
            "link": row["url"] + link_query,
            "region_path": " / ".join(p for p in (row["province"], row["prefecture"], row["county"]) if p),
        }
        for row in response.results
    ]


def pagination(params: SearchParams, response: SearchResponse, *, around: int = 2) -> dict:
    pairs = params.as_pairs()
    return page_links(response.page, response.num_pages,
                      lambda number: search_url(pairs + ([("page", str(number))] if number > 1 else [])),
                      around=around)


def page_links(current: int, last: int, url, *, around: int = 2) -> dict:
    """First, last and nearby pages (gaps as None), previous and next: what _pagination.html shows.
    url(number) is the address of a page."""
    numbers = sorted({1, last, *range(max(1, current - around), min(last, current + around) + 1)})
    pages, previous = [], 0
    for number in numbers:
        if number - previous > 1:
            pages.append(None)  # a gap, shown as …
        pages.append({"number": number, "url": url(number), "current": number == current})
        previous = number
    return {
        "pages": pages if last > 1 else [],
        "previous_url": url(current - 1) if current > 1 else "",
        "next_url": url(current + 1) if current < last else "",
    }


def pictures(response: SearchResponse) -> dict:
    return {
        "timeline": timeline_svg(facet_buckets(response, "year_month"), title=_("Matching articles per month")),
        "province_map": province_map_svg(facet_buckets(response, "province"),
                                          title=_("Matching articles per province")),
        "undated": sum(b.count for b in response.facets.get("year_month", []) if b.value == UNKNOWN_DATE),
        "unplaced": sum(b.count for b in response.facets.get("province", []) if b.value is None),
    }


def twin_urls(params: SearchParams) -> dict:
    """The same search as JSON (same page) and as whole-result exports."""
    pairs = params.as_pairs()
    paged = pairs + ([("page", str(params.page))] if params.page > 1 else [])

    return {"json": named_url("api-search", paged), "csv": named_url("search-export-csv", pairs),
            "jsonl": named_url("search-export-jsonl", pairs), "ris": named_url("search-export-ris", pairs),
            "atom": named_url("search-feed-atom", [p for p in pairs if p[0] not in _PAGE_SETTINGS])}



def research_links(params: SearchParams) -> dict:
    """The same query and filters in the research views: over time, and every occurrence in context."""
    if not params.q:
        return {}
    pairs = [p for p in params.as_pairs() if p[0] not in _PAGE_SETTINGS]
    return {"trends": named_url("trends", pairs), "concordance": named_url("concordance", pairs)}


def form_context(query: QueryDict) -> dict:
    """The search form as the reader left it, valid or not, so a mistake can be corrected in place.

    Date inputs are native date pickers unless the URL holds a shorter bound (2020, 2020-02) that a picker
    cannot show; those stay text so a resubmitted form keeps them.
    """
    date_inputs = []
    for name, label in DATE_PARAMS.items():
        value = (query.get(name) or "").strip()
        full_day = len(value) == 10 and value[4] == "-" and value[7] == "-"
        date_inputs.append({"name": name, "label": label, "value": value,
                            "type": "date" if not value or full_day else "text"})
    return {
        "form": query,
        "form_sort": query.get("sort") or "relevance",
        "sort_options": SORT_OPTIONS,
        "date_inputs": date_inputs,
        "hidden_filters": [(k, v) for k in query for v in query.getlist(k) if k not in _FORM_FIELDS and v],
    }


def overview_stats(response: SearchResponse) -> dict:
    months = sorted(b.value for b in response.facets.get("year_month", []) if parse_month(b.value or ""))
    return {
        "provinces": sum(1 for b in response.facets.get("province", []) if b.value is not None),
        "publishers": sum(1 for b in response.facets.get("source", []) if b.value is not None),
        "first_month": month_name(*parse_month(months[0])) if months else "",
        "last_month": month_name(*parse_month(months[-1])) if months else "",
    }

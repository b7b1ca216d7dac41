"""Term trends: how often each of up to five queries matches, month by month and province by province,
absolutely and per 1,000 archived articles.

Counts come from search.selectors.facet_counts, the call behind the search page's own facets, so a
trend's month equals the search's count for that month. The denominator ("the archive") is the same
search without any text: every article the filters admit. No Django views or presentation here.
"""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from search.csvfile import iter_csv_rows
from search.schema import UNKNOWN_DATE
from search.selectors import SearchParamError, SearchParams, facet_counts

MAX_QUERIES = 5
PER = 1000
NORMALISATION = "per 1,000 archived articles that month (same filters, any text)"
_IGNORED = ("q", "page", "page_size", "sort", "map")  # trend URLs may carry a search page's settings
CSV_FIELDS = ("query", "month", "matching_articles", "archive_articles", "per_1000_articles")


def per_thousand(count: int, total: int) -> float | None:
    return round(count * PER / total, 2) if total else None


def months_between(first: str, last: str) -> list[str]:
    """'2020-11', '2021-02' → every calendar month from the first to the last, inclusive."""
    year, month = map(int, first.split("-"))
    end = tuple(map(int, last.split("-")))
    months = []
    while (year, month) <= end:
        months.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months


@dataclass(frozen=True)
class TrendRequest:
    queries: tuple[SearchParams, ...]  # one per q, each with the shared filters
    base: SearchParams  # the shared filters without text: the denominator
    map_index: int  # which query the province map shows (0-based)

    @classmethod
    def from_querydict(cls, qd) -> "TrendRequest":
        texts = list(dict.fromkeys(q.strip() for q in qd.getlist("q") if q.strip()))
        if len(texts) > MAX_QUERIES:
            raise SearchParamError(f"at most {MAX_QUERIES} queries (q) can be compared, not {len(texts)}")
        shared = qd.copy()
        for name in _IGNORED:
            shared.pop(name, None)
        base = SearchParams.from_querydict(shared)
        queries = []
        for text in texts:
            one = shared.copy()
            one["q"] = text
            queries.append(SearchParams.from_querydict(one))
        chosen = (qd.get("map") or "1").strip()
        if not chosen.isdigit() or not 1 <= int(chosen) <= max(1, len(texts)):
            raise SearchParamError(f"map must be the number of one of the queries (1–{max(1, len(texts))}), "
                                   f"not {chosen!r}")
        return cls(queries=tuple(queries), base=base, map_index=int(chosen) - 1)

    def shared_pairs(self) -> list[tuple[str, str]]:
        """The filters every query shares, as URL parameters."""
        return self.base.as_pairs()


@dataclass(frozen=True)
class TrendPoint:
    month: str
    count: int
    archive: int
    per_1000: float | None

    def as_dict(self) -> dict:
        return {"month": self.month, "count": self.count, "archive": self.archive, "per_1000": self.per_1000}


@dataclass(frozen=True)
class TrendSeries:
    q: str
    total: int
    unknown_month: TrendPoint  # matches whose month is not known (not on the monthly axis)
    points: list[TrendPoint]

    def as_dict(self) -> dict:
        return {"q": self.q, "total": self.total, "unknown_month": self.unknown_month.as_dict(),
                "points": [p.as_dict() for p in self.points]}


@dataclass(frozen=True)
class ProvinceShare:
    province: str
    count: int
    archive: int
    per_1000: float | None

    def as_dict(self) -> dict:
        return {"province": self.province, "count": self.count, "archive": self.archive, "per_1000": self.per_1000}


@dataclass(frozen=True)
class Trends:
    months: list[str]
    archive_total: int
    series: list[TrendSeries]
    map_q: str
    provinces: list[ProvinceShare]

    def as_dict(self) -> dict:
        return {"normalisation": NORMALISATION, "months": self.months, "archive_total": self.archive_total,
                "series": [s.as_dict() for s in self.series],
                "map": {"q": self.map_q, "provinces": [p.as_dict() for p in self.provinces]}}


def term_trends(request: TrendRequest) -> Trends:
    archive_total, archive = facet_counts(request.base, ("year_month", "province"))
    by_month = archive["year_month"]
    dated = sorted(m for m, n in by_month.items() if m and m != UNKNOWN_DATE and n)
    months = months_between(dated[0], dated[-1]) if dated else []
    series, province_counts = [], {}
    for index, params in enumerate(request.queries):
        total, counts = facet_counts(params, ("year_month", "province") if index == request.map_index else
                                     ("year_month",))
        matched = counts["year_month"]
        points = [TrendPoint(m, matched.get(m, 0), by_month.get(m, 0), per_thousand(matched.get(m, 0),
                                                                                      by_month.get(m, 0)))
                  for m in months]
        unknown = TrendPoint(UNKNOWN_DATE, matched.get(UNKNOWN_DATE, 0), by_month.get(UNKNOWN_DATE, 0),
                             per_thousand(matched.get(UNKNOWN_DATE, 0), by_month.get(UNKNOWN_DATE, 0)))
        series.append(TrendSeries(params.q, total, unknown, points))
        if index == request.map_index:
            province_counts = counts["province"]
    provinces = [
        ProvinceShare(name, province_counts.get(name, 0), n, per_thousand(province_counts.get(name, 0), n))
        for name, n in sorted(archive["province"].items(), key=lambda item: (item[0] is None, item[0] or ""))
        if name is not None and n
    ]
    map_q = request.queries[request.map_index].q if request.queries else ""
    return Trends(months=months, archive_total=archive_total, series=series, map_q=map_q, provinces=provinces)


def iter_trends_csv(trends: Trends) -> Iterator[str]:
    """One row per query and month (the unknown month last), with the archive count behind the rate."""
    rows = ({"query": one.q, "month": point.month, "matching_articles": point.count,
             "archive_articles": point.archive,
             "per_1000_articles": "" if point.per_1000 is None else f"{point.per_1000:.2f}"}
            for one in trends.series for point in [*one.points, one.unknown_month])
    return iter_csv_rows(rows, CSV_FIELDS)

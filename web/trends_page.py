"""What the trends page adds to search.trends: charts, a legend, a table, the share map and links.

Counts and rates come from search.trends (the search's own facet counts); this module arranges them.
"""
from dataclasses import dataclass
from functools import partial
from urllib.parse import urlencode

from django.urls import reverse
from django.utils.formats import number_format
from django.utils.translation import gettext as _

from search.trends import MAX_QUERIES, TrendRequest, Trends
from web.charts import Bucket, articles_phrase, month_name, parse_month, province_map_svg
from web.search_links import named_url, search_url
from web.trend_chart import Line, style_of, trend_svg


@dataclass(frozen=True)
class LegendEntry:
    number: int
    q: str
    colour: str
    dash: str
    total: int
    unknown_month: int
    search_url: str
    map_url: str
    on_map: bool


def rate_text(value: float) -> str:
    return _("%(rate)s per 1,000 articles") % {"rate": number_format(value, 1)}


def month_link(request: TrendRequest, q: str, month: str) -> str:
    return search_url([("q", q), *request.shared_pairs(), ("year_month", month)])


def query_inputs(request: TrendRequest) -> list[dict]:
    """Five boxes: the queries given, then empty ones."""
    texts = [p.q for p in request.queries]
    return [{"id": f"q{i + 1}", "number": i + 1, "value": texts[i] if i < len(texts) else ""}
            for i in range(MAX_QUERIES)]


def page_url(request: TrendRequest, **changes) -> str:
    pairs = [("q", p.q) for p in request.queries] + request.shared_pairs()
    if changes.get("map"):
        pairs.append(("map", str(changes["map"])))
    return reverse("trends") + "?" + urlencode(pairs)


def legend(request: TrendRequest, trends: Trends) -> list[LegendEntry]:
    entries = []
    for index, series in enumerate(trends.series):
        colour, dash = style_of(index)
        entries.append(LegendEntry(
            number=index + 1, q=series.q, colour=colour, dash=dash, total=series.total,
            unknown_month=series.unknown_month.count,
            search_url=search_url([("q", series.q), *request.shared_pairs()]),
            map_url=page_url(request, map=index + 1), on_map=index == request.map_index,
        ))
    return entries


def charts(request: TrendRequest, trends: Trends) -> dict:
    def lines(value):
        return [Line(s.q, [value(p) for p in s.points], partial(month_link, request, s.q)) for s in trends.series]

    return {
        "normalised": trend_svg(
            trends.months, lines(lambda p: p.per_1000), css="normalised", unit=rate_text,
            title=_("Matching articles per 1,000 archived articles that month")),
        "absolute": trend_svg(
            trends.months, lines(lambda p: p.count if p.archive else None), css="absolute", unit=articles_phrase,
            title=_("Matching articles per month")),
    }


def table(trends: Trends) -> list[dict]:
    """Month by month: the archive's size and each query's count and rate (the charts as text)."""
    rows = []
    for i, month in enumerate(trends.months):
        parsed = parse_month(month)
        archive = trends.series[0].points[i].archive if trends.series else 0
        rows.append({"month": month_name(*parsed) if parsed else month, "archive": archive,
                     "cells": [s.points[i] for s in trends.series]})
    return rows


def share_map(request: TrendRequest, trends: Trends):
    if not trends.series:
        return ""
    q = trends.map_q
    shares = {p.province: p for p in trends.provinces}
    buckets = [Bucket(value=p.province, count=p.count, label=p.province,
                      toggle_url=search_url([("q", q), *request.shared_pairs(), ("province", p.province)]))
               for p in trends.provinces if p.count]

    def describe(name: str, bucket: Bucket) -> str:
        share = shares[bucket.value]
        return _("%(name)s: %(rate)s (%(articles)s of %(archived)s)") % {
            "name": name, "rate": rate_text(share.per_1000 or 0), "articles": articles_phrase(share.count),
            "archived": share.archive}

    return province_map_svg(
        buckets, title=_("Share of “%(query)s” per province, per 1,000 archived articles") % {"query": q},
        measure=lambda b: shares[b.value].per_1000 or 0,
        tile_text=lambda b: number_format(shares[b.value].per_1000 or 0, 1), describe=describe)


def twins(request: TrendRequest) -> dict:
    pairs = [("q", p.q) for p in request.queries] + request.shared_pairs()
    return {"json": named_url("api-trends", pairs), "csv": named_url("trends-export-csv", pairs)}

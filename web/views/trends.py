"""/trends: up to five queries over time, absolutely and per 1,000 archived articles. Twin: /api/trends."""
from django.shortcuts import render

from search.selectors import SearchParamError
from search.trends import MAX_QUERIES, NORMALISATION, TrendRequest, term_trends
from web import trends_page


def trends(request):
    try:
        trend_request = TrendRequest.from_querydict(request.GET)
        result = term_trends(trend_request)
    except SearchParamError as error:
        context = {"error": str(error), "max_queries": MAX_QUERIES,
                   "inputs": [{"id": f"q{i + 1}", "number": i + 1, "value": v}
                              for i, v in enumerate((request.GET.getlist("q") + [""] * MAX_QUERIES)[:MAX_QUERIES])]}
        return render(request, "web/trends.html", context, status=400)
    context = {
        "trends": result,
        "normalisation": NORMALISATION,
        "max_queries": MAX_QUERIES,
        "inputs": trends_page.query_inputs(trend_request),
        "shared_filters": trend_request.shared_pairs(),
        "legend": trends_page.legend(trend_request, result),
        "charts": trends_page.charts(trend_request, result) if result.series else {},
        "table": trends_page.table(result) if result.series else [],
        "share_map": trends_page.share_map(trend_request, result),
        "twins": trends_page.twins(trend_request),
        "header_query": trend_request.queries[0].q if trend_request.queries else "",
    }
    return render(request, "web/trends.html", context)

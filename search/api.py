"""JSON API and exports. Thin: parameters → selectors → JSON or a streamed file."""
from django.http import HttpResponse, JsonResponse, StreamingHttpResponse
from django.views.decorators.http import require_GET

from archive.export import export_record, exportable_articles, iter_csv, iter_jsonl
from search import timing
from search.selectors import SearchParamError, SearchParams, iter_matching_articles, search_articles
from search.concordance import ConcordanceRequest, concordance
from search.trends import TrendRequest, iter_trends_csv, term_trends


def _json(data, status=200) -> JsonResponse:
    return JsonResponse(data, status=status, json_dumps_params={"ensure_ascii": False})


def _bad_request(error: SearchParamError) -> JsonResponse:
    return _json({"error": str(error)}, status=400)


@require_GET
def api_search(request):
    with timing.recording() as phases:
        try:
            params = SearchParams.from_querydict(request.GET)
            response = search_articles(params)
        except SearchParamError as error:
            return _bad_request(error)
        with timing.phase("json"):
            body = response.to_json()
    answer = HttpResponse(body, content_type="application/json")
    answer["Server-Timing"] = timing.server_timing(phases)  # where the time went (make loadtest prints it)
    return answer


@require_GET
def api_article(request, pk: int):
    article = exportable_articles().filter(pk=pk).first()
    if article is None:
        return _json({"error": f"no article with id {pk}"}, status=404)
    return _json(export_record(article))


def _export(request, rows, content_type: str, extension: str):
    try:
        params = SearchParams.from_querydict(request.GET)
    except SearchParamError as error:
        return _bad_request(error)
    response = StreamingHttpResponse(rows(iter_matching_articles(params)), content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="search-export.{extension}"'
    return response


@require_GET
def export_csv(request):
    return _export(request, iter_csv, "text/csv; charset=utf-8", "csv")


@require_GET
def export_jsonl(request):
    return _export(request, iter_jsonl, "application/x-ndjson; charset=utf-8", "jsonl")


@require_GET
def api_trends(request):
    """Monthly counts per query (q repeated, up to 5), absolute and per 1,000 archived articles."""
    try:
        trends = term_trends(TrendRequest.from_querydict(request.GET))
    except SearchParamError as error:
        return _bad_request(error)
    return _json(trends.as_dict())


@require_GET
def trends_csv(request):
    try:
        trends = term_trends(TrendRequest.from_querydict(request.GET))
    except SearchParamError as error:
        return _bad_request(error)
    response = StreamingHttpResponse(iter_trends_csv(trends), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="trends.csv"'
    return response


@require_GET
def api_concordance(request):
    """Every occurrence of the query's terms in context, sorted and paginated (at most M collected)."""
    try:
        found = concordance(ConcordanceRequest.from_querydict(request.GET))
    except SearchParamError as error:
        return _bad_request(error)
    return _json(found.as_dict())

"""Citation files: RIS for one article or a whole search, and the Atom feed of a search.

Language-neutral URLs (not under /en/): a reference manager or a feed reader should get the same file
whoever shares the link. Parameters are the search's (SearchParams), results come from its selectors.
"""
from dataclasses import replace

from django.conf import settings
from django.http import HttpResponse, JsonResponse, StreamingHttpResponse
from django.shortcuts import get_object_or_404
from django.utils import timezone
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from archive.models import Article
from search.csvfile import iter_csv_rows
from search.concordance import CSV_FIELDS as CONCORDANCE_FIELDS, ConcordanceRequest, all_lines
from search.selectors import SearchParamError, SearchParams, iter_matching_articles
from web.citation import CitedWork
from web.dates import citation_date
from web.feeds import ATOM_CONTENT_TYPE, FEED_SIZE, search_feed
from web.language import neutral_url
from web.ris import RIS_CONTENT_TYPE, iter_ris, ris_record
from web.script import script_of
from web.search_links import named_url


def absolute_permalink(request, article) -> str:
    return request.build_absolute_uri(neutral_url("article-detail", article.pk))


def _params_or_error(request):
    try:
        return SearchParams.from_querydict(request.GET), None
    except SearchParamError as error:
        return None, JsonResponse({"error": str(error)}, status=400, json_dumps_params={"ensure_ascii": False})


@require_GET
def article_ris(request, pk: int):
    article = get_object_or_404(Article, pk=pk)
    work = CitedWork.of(article, permalink=absolute_permalink(request, article))
    text = ris_record(work, accessed=timezone.localdate(), language=script_of(article.body or article.title))
    response = HttpResponse(text, content_type=RIS_CONTENT_TYPE)
    response["Content-Disposition"] = f'attachment; filename="article-{article.pk}.ris"'
    return response


@require_GET
def search_ris(request):
    """Every match of the search (not one page), streamed in the search's order."""
    params, error = _params_or_error(request)
    if error:
        return error
    works = (CitedWork.of(a, permalink=absolute_permalink(request, a)) for a in iter_matching_articles(params))
    response = StreamingHttpResponse(iter_ris(works, accessed=timezone.localdate()), content_type=RIS_CONTENT_TYPE)
    response["Content-Disposition"] = 'attachment; filename="search-export.ris"'
    return response


@require_GET
def search_atom(request):
    """The newest matching articles (by publication date; undated ones last), at most FEED_SIZE."""
    params, error = _params_or_error(request)
    if error:
        return error
    params = replace(params, sort="newest", page=1)
    pairs = [pair for pair in params.as_pairs() if pair[0] not in ("sort", "page_size")]
    newest = list(iter_matching_articles(params, limit=FEED_SIZE))
    title = _("Archive search: %(query)s") % {"query": params.q} if params.q else _("Archive: newest articles")
    with translation.override(settings.LANGUAGE_CODE):  # the feed's id must not depend on who fetched it
        search_url, feed_url = named_url("search", pairs), named_url("search-feed-atom", pairs)
    feed = search_feed(
        title=title,
        search_url=request.build_absolute_uri(search_url),
        feed_url=request.build_absolute_uri(feed_url),
        articles=newest,
        permalink=lambda article: absolute_permalink(request, article),
    )
    return HttpResponse(feed.writeString("utf-8"), content_type=ATOM_CONTENT_TYPE)


@require_GET
def concordance_csv(request):
    """Every collected line (not one page) in the chosen order: article id, date, region, left, match, right."""
    try:
        wanted = ConcordanceRequest.from_querydict(request.GET)
    except SearchParamError as error:
        return JsonResponse({"error": str(error)}, status=400, json_dumps_params={"ensure_ascii": False})
    lines, _truncated, _read = all_lines(wanted)
    rows = ({"article_id": line.article.pk, "date": citation_date(line.article),
             "region": " / ".join(line.region_names()), "left": line.left, "match": line.match,
             "right": line.right} for line in lines)
    response = StreamingHttpResponse(iter_csv_rows(rows, CONCORDANCE_FIELDS), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="concordance.csv"'
    return response

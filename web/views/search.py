"""The HTML search page: the same SearchParams and search_articles as /api/search, arranged for reading.

With no query and no filter it is the archive's overview: every article, newest first, with the same
pictures and facets over the whole archive.
"""
from django.shortcuts import render

from search.selectors import SearchParamError, SearchParams, search_articles
from web import search_page


def search(request):
    form = search_page.form_context(request.GET)
    try:
        params = SearchParams.from_querydict(request.GET)
        response = search_articles(params)
    except SearchParamError as error:
        context = {**form, "error": str(error), "header_query": request.GET.get("q", "")}
        return render(request, "search/search.html", context, status=400)
    is_overview = not (params.q or params.filters or params.date_from or params.date_to)
    context = {
        **form,
        "params": params,
        "response": response,
        "is_overview": is_overview,
        "overview": search_page.overview_stats(response) if is_overview else None,
        "results": search_page.result_rows(params, response),
        "first_number": (response.page - 1) * response.page_size + 1,
        "chips": search_page.chips(params),
        "clear_filters_url": search_page.clear_filters_url(params),
        "facet_groups": search_page.facet_groups(params, response),
        "pictures": search_page.pictures(response),
        "pagination": search_page.pagination(params, response),
        "twins": search_page.twin_urls(params),
        "research": search_page.research_links(params),
        "relaxations": search_page.relaxations(params) if response.count == 0 else [],
    }
    return render(request, "search/search.html", context)

"""/concordance: every occurrence of a search's terms in context. Twin: /api/concordance; CSV beside it."""
from django.shortcuts import render

from search.concordance import ConcordanceRequest, concordance
from search.selectors import SearchParamError
from web import concordance_page


def concordance_view(request):
    if not request.GET.get("q", "").strip():
        return render(request, "web/concordance.html", {"form": concordance_page.form_values(request.GET)})
    try:
        wanted = ConcordanceRequest.from_querydict(request.GET)
        found = concordance(wanted)
    except SearchParamError as error:
        return render(request, "web/concordance.html",
                      {"form": concordance_page.form_values(request.GET), "error": str(error),
                       "header_query": request.GET.get("q", "")}, status=400)
    context = {
        "form": concordance_page.form_values(request.GET),
        "found": found,
        "rows": concordance_page.rows(wanted, found),
        "columns": concordance_page.sort_columns(wanted),
        "pagination": concordance_page.pagination(wanted, found),
        "twins": concordance_page.twins(wanted),
        "first_number": (found.page - 1) * found.page_size + 1,
        "header_query": wanted.params.q,
    }
    return render(request, "web/concordance.html", context)

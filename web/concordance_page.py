"""What the concordance page adds to search.concordance: rows with dates and links, sort headers, pages."""
from urllib.parse import urlencode

from django.urls import reverse
from django.utils.translation import gettext_lazy

from search.concordance import DEFAULT_WIDTH, Concordance, ConcordanceRequest
from web.dates import article_date
from web.search_links import named_url
from web.search_page import page_links

SORT_COLUMNS = (("left", gettext_lazy("Left context")), ("right", gettext_lazy("Right context")),
                ("date", gettext_lazy("Date")), ("region", gettext_lazy("Region")))


def concordance_url(pairs) -> str:
    query = urlencode(pairs)
    return reverse("concordance") + ("?" + query if query else "")


def form_values(qd) -> dict:
    """The form as the reader left it; search filters in the URL ride along as hidden fields."""
    own = {"q", "sort", "width", "page", "page_size"}
    return {"q": qd.get("q", ""), "width": qd.get("width") or DEFAULT_WIDTH, "sort": qd.get("sort") or "date",
            "hidden": [(k, v) for k in qd for v in qd.getlist(k) if k not in own and v]}


def rows(request: ConcordanceRequest, found: Concordance) -> list[dict]:
    link_query = "?" + urlencode({"q": request.params.q})
    return [{
        "line": line,
        "date": article_date(line.article),
        "region": " / ".join(line.region_names()),
        "link": line.article.get_absolute_url() + link_query,
    } for line in found.lines]


def sort_columns(request: ConcordanceRequest) -> list[dict]:
    return [{"key": key, "label": label, "current": key == request.sort,
             "url": concordance_url(request.as_pairs(sort=key, page=1))} for key, label in SORT_COLUMNS]


def pagination(request: ConcordanceRequest, found: Concordance) -> dict:
    return page_links(found.page, found.num_pages, lambda n: concordance_url(request.as_pairs(page=n)))


def twins(request: ConcordanceRequest) -> dict:
    return {"json": named_url("api-concordance", request.as_pairs()),
            "csv": named_url("concordance-export-csv", request.as_pairs(page=1)),
            "search": named_url("search", [p for p in request.params.as_pairs() if p[0] != "sort"])}

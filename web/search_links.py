"""Links from an article to the search narrowed to its place or its publisher.

The parameter names are the search API's filters (search.selectors.SearchParams); the values are the
names the facets report, so a link lands on the same bucket a reader would click in the sidebar.
"""
from urllib.parse import urlencode

from django.urls import reverse

from archive.models import Region

LEVEL_PARAMS = {
    Region.Level.PROVINCE: "province",
    Region.Level.PREFECTURE: "prefecture",
    Region.Level.COUNTY: "county",
}


def named_url(name: str, params: list[tuple[str, str]]) -> str:
    """The route called `name` with these query parameters (none: no '?')."""
    query = urlencode(params)
    return reverse(name) + ("?" + query if query else "")


def search_url(params: list[tuple[str, str]]) -> str:
    return named_url("search", params)


def search_url_from_query(query: str) -> str:
    """The search page for an encoded query string (as SearchParams.toggle returns them)."""
    return reverse("search") + ("?" + query if query else "")


def region_links(region: Region | None) -> list[dict]:
    """Province → prefecture → county, each narrowing the search to that place and everything above it."""
    if region is None:
        return []
    links, params = [], []
    for level in region.path():
        params.append((LEVEL_PARAMS[level.level], level.name))
        links.append({"name": level.name, "url": search_url(list(params))})
    return links


def publisher_url(source_name: str) -> str:
    return search_url([("source", source_name)]) if source_name else ""

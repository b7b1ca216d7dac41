"""Concordance (keyword in context): every occurrence of a search's terms in its matching articles, one
line each, with N characters either side, in the source's own script.

Occurrences are found by search.highlight.find_spans, the rule that marks search results (normalised
matching mapped back to the original characters), in the articles search.selectors returns for the same
parameters. Cost is bounded: articles are read oldest first and reading stops once MAX_OCCURRENCES lines
are collected; the answer says how many articles matched, how many were read and whether it stopped early.
No Django views or presentation here.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date

from search.highlight import find_spans
from search.query import ANY
from search.selectors import SearchParamError, SearchParams, facet_counts, iter_matching_articles

MAX_OCCURRENCES = 2000  # M: lines collected per request, whatever the page
DEFAULT_WIDTH, MIN_WIDTH, MAX_WIDTH = 20, 5, 80  # N: characters of context on each side
DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE = 50, 500
SORTS = ("date", "left", "right", "region")
_OWN_PARAMS = ("sort", "page", "page_size", "width")  # concordance settings, not search parameters
CSV_FIELDS = ("article_id", "date", "region", "left", "match", "right")


def _int(qd, name: str, default: int, low: int, high: int) -> int:
    raw = (qd.get(name) or "").strip()
    if not raw:
        return default
    if not raw.isdigit() or not low <= int(raw) <= high:
        raise SearchParamError(f"{name} must be a whole number between {low} and {high}, not {raw!r}")
    return int(raw)


@dataclass(frozen=True)
class ConcordanceRequest:
    params: SearchParams
    sort: str = "date"
    width: int = DEFAULT_WIDTH
    page: int = 1
    page_size: int = DEFAULT_PAGE_SIZE

    @classmethod
    def from_querydict(cls, qd) -> "ConcordanceRequest":
        search = qd.copy()
        for name in _OWN_PARAMS:
            search.pop(name, None)
        params = SearchParams.from_querydict(search)
        if not params.query.positive_terms():
            raise SearchParamError("q must contain at least one term to look for (not only exclusions)")
        sort = (qd.get("sort") or "date").strip()
        if sort not in SORTS:
            raise SearchParamError(f"sort must be one of {', '.join(SORTS)}, not {sort!r}")
        return cls(params=replace(params, sort="oldest", page=1), sort=sort,
                   width=_int(qd, "width", DEFAULT_WIDTH, MIN_WIDTH, MAX_WIDTH),
                   page=_int(qd, "page", 1, 1, 10**6),
                   page_size=_int(qd, "page_size", DEFAULT_PAGE_SIZE, 1, MAX_PAGE_SIZE))

    def as_pairs(self, **changes) -> list[tuple[str, str]]:
        """URL parameters (search's first), with some concordance settings changed; page 1 is left out."""
        settings = {"sort": self.sort, "width": self.width, "page": self.page, "page_size": self.page_size, **changes}
        defaults = {"sort": "date", "width": DEFAULT_WIDTH, "page": 1, "page_size": DEFAULT_PAGE_SIZE}
        pairs = [p for p in self.params.as_pairs() if p[0] != "sort"]
        return pairs + [(k, str(v)) for k, v in settings.items() if v != defaults[k]]


@dataclass(frozen=True)
class ConcordanceLine:
    article: object = field(compare=False, repr=False)  # archive.models.Article
    field: str  # "title" or "body"
    position: int  # character offset of the match in that field
    left: str
    match: str
    right: str

    def region_names(self) -> tuple[str, ...]:
        region = self.article.region
        if region is None:
            return ()
        return tuple(n for n in (region.province_name, region.prefecture_name, region.county_name) if n)

    def as_dict(self) -> dict:
        a = self.article
        names = self.region_names()
        return {
            "article_id": a.pk, "url": a.get_absolute_url(), "title": a.title,
            "published_at": a.published_at.isoformat() if a.published_at else None,
            "date_precision": a.date_precision, "region": " / ".join(names) or None,
            "field": self.field, "position": self.position,
            "left": self.left, "match": self.match, "right": self.right,
        }


@dataclass(frozen=True)
class Concordance:
    lines: list[ConcordanceLine]  # this page
    total: int  # lines collected (at most MAX_OCCURRENCES)
    truncated: bool  # reading stopped at MAX_OCCURRENCES: there are more occurrences
    articles_total: int  # articles matching the search
    articles_read: int
    page: int
    num_pages: int
    page_size: int
    sort: str
    width: int
    max_occurrences: int  # M, the bound this answer was read under

    def as_dict(self) -> dict:
        return {
            "total": self.total, "truncated": self.truncated, "max_occurrences": self.max_occurrences,
            "articles_total": self.articles_total, "articles_read": self.articles_read,
            "page": self.page, "num_pages": self.num_pages, "page_size": self.page_size,
            "sort": self.sort, "width": self.width, "lines": [line.as_dict() for line in self.lines],
        }


def _flat(text: str) -> str:
    return " ".join(text.split("\n")).replace("\r", " ")


def lines_in(article, terms, width: int) -> list[ConcordanceLine]:
    body_terms = [t for t in terms if t.field == ANY]
    found = []
    for name, text, wanted in (("title", article.title, terms), ("body", article.body, body_terms)):
        for start, end in find_spans(text or "", wanted):
            found.append(ConcordanceLine(article, name, start, _flat(text[max(0, start - width):start]),
                                         _flat(text[start:end]), _flat(text[end:end + width])))
    return found


_LAST = "\U0010ffff"


def _sort_key(sort: str):
    def by_date(line):
        a = line.article
        return (a.published_at is None, a.published_at or date.max, a.pk, line.field != "title", line.position)

    if sort == "left":  # by the characters nearest the match, going leftwards, as concordancers do
        return lambda line: (line.left[::-1], line.right, by_date(line))
    if sort == "right":
        return lambda line: (line.right, line.left[::-1], by_date(line))
    if sort == "region":
        return lambda line: (tuple(line.region_names()) or (_LAST,), by_date(line))
    return by_date


def all_lines(request: ConcordanceRequest) -> tuple[list[ConcordanceLine], bool, int]:
    """Sorted lines (at most MAX_OCCURRENCES), whether reading stopped early, and articles read."""
    terms = request.params.query.positive_terms()
    collected, read, truncated = [], 0, False
    for article in iter_matching_articles(request.params):
        read += 1
        collected.extend(lines_in(article, terms, request.width))
        if len(collected) >= MAX_OCCURRENCES:
            truncated = len(collected) > MAX_OCCURRENCES or read < _matching(request)
            collected = collected[:MAX_OCCURRENCES]
            break
    collected.sort(key=_sort_key(request.sort))
    return collected, truncated, read


def _matching(request: ConcordanceRequest) -> int:
    return facet_counts(request.params, ())[0]


def concordance(request: ConcordanceRequest) -> Concordance:
    lines, truncated, read = all_lines(request)
    num_pages = max(1, -(-len(lines) // request.page_size))
    if request.page > num_pages:
        raise SearchParamError(f"page {request.page} is past the last page ({num_pages})")
    start = (request.page - 1) * request.page_size
    return Concordance(
        lines=lines[start:start + request.page_size], total=len(lines), truncated=truncated,
        articles_total=_matching(request), articles_read=read, page=request.page, num_pages=num_pages,
        page_size=request.page_size, sort=request.sort, width=request.width, max_occurrences=MAX_OCCURRENCES,
    )

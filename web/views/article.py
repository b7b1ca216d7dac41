"""The article page and the raw file behind it. Its JSON twin is /api/articles/<id> (search.api)."""
from dataclasses import dataclass

from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from archive.models import Article, RawPage, Tombstone
from web import querystring
from web.citation import CitedWork, bibtex, gbt7714
from web.dates import article_date
from web.highwire import highwire_tags
from web.highlighting import highlighted_html, query_terms
from web.language import neutral_url
from web.related import place_of, related_articles, reprint_group_ids, same_text_elsewhere
from web.script import ORIGINAL, SIMPLIFIED, chosen_script, script_of, to_simplified
from web.search_links import publisher_url, region_links, search_url

# The raw page is shown for checking, not reading: a cap keeps a huge file from making a huge page.
RAW_DISPLAY_CHARS = 100_000


@dataclass(frozen=True)
class RawDisplay:
    text: str
    size: int
    encoding: str
    truncated: bool
    shown_chars: int
    download_url: str


def article_detail(request, pk: int):
    article = Article.objects.select_related("region", "region__province", "region__prefecture").filter(pk=pk).first()
    if article is None:
        tombstone = Tombstone.objects.filter(article_id_was=pk).first()
        if tombstone is None:
            raise Http404
        # A citation's permalink says what became of the article, rather than a bare "not found".
        return render(request, "archive/article_deleted.html", {"tombstone": tombstone}, status=410)
    script = chosen_script(request.GET.get("script"))
    query = request.GET.get("q", "").strip()
    # The same permalink in every language: citations and feeds must not depend on who looked.
    permalink = request.build_absolute_uri(neutral_url("article-detail", article.pk))
    cited = CitedWork.of(article, permalink=permalink)
    today = timezone.localdate()
    simplified = script == SIMPLIFIED
    body_terms = query_terms(query, in_title=False)
    reprint_group = reprint_group_ids(article)
    original_lang = script_of(article.body or article.title)
    context = {
        "article": article,
        "date": article_date(article),
        "query": query,
        "header_query": query,
        "script_links": script_links(request, script),
        "title_text": to_simplified(article.title) if simplified else article.title,
        "title_html": highlighted_html(article.title, query_terms(query, in_title=True), simplified=simplified),
        "paragraphs": [highlighted_html(p, body_terms, simplified=simplified) for p in paragraphs(article.body)],
        # The displayed text's language tag: simplified after conversion, else whatever the source used.
        "text_lang": "zh-Hans" if simplified else original_lang,
        "region_links": region_links(article.region),
        "publisher_url": publisher_url(article.source_name),
        "raw": raw_display(article),
        "same_text": same_text_elsewhere(article, reprint_group),
        "related": related_articles(article, reprint_group),
        "related_place": place_of(article),
        "permalink": permalink,
        "citation_gbt": gbt7714(cited, accessed=today),
        "citation_bibtex": bibtex(cited, accessed=today),
        # For Zotero: always the article as published (original script), whatever the reader chose.
        "highwire_tags": highwire_tags(cited, language=original_lang),
        "ris_url": reverse("article-ris", args=[article.pk]),
        "api_url": reverse("api-article", args=[article.pk]),
        "back_to_search": search_url([("q", query)]) if query else "",
    }
    return render(request, "archive/article_detail.html", context)


def paragraphs(body: str) -> list[str]:
    return [line.strip() for line in (body or "").splitlines() if line.strip()]


def script_links(request, current: str) -> list[dict]:
    """Links to the same page in the original script and in simplified, keeping the highlighted query."""
    labels = {ORIGINAL: _("Original"), SIMPLIFIED: _("Simplified")}
    links = []
    for script in (ORIGINAL, SIMPLIFIED):
        value = None if script == ORIGINAL else script
        url = request.path + querystring.with_param(request.GET, "script", value)
        links.append({"url": url, "label": labels[script], "current": script == current})
    return links


def raw_page_of(article: Article) -> RawPage | None:
    return article.raw_pages.filter(sha256=article.raw_sha256).first() or article.raw_pages.first()


def raw_display(article: Article) -> RawDisplay | None:
    page = raw_page_of(article)
    if page is None:
        return None
    encoding = page.encoding or article.raw_encoding or "utf-8"
    try:
        text = bytes(page.content).decode(encoding, errors="replace")
    except LookupError:  # an encoding name Python does not know
        text = bytes(page.content).decode("utf-8", errors="replace")
    return RawDisplay(
        text=text[:RAW_DISPLAY_CHARS],
        size=page.size,
        encoding=encoding,
        truncated=len(text) > RAW_DISPLAY_CHARS,
        shown_chars=min(len(text), RAW_DISPLAY_CHARS),
        download_url=reverse("article-raw", args=[article.pk]),
    )


def article_raw(request, pk: int):
    """The bytes exactly as received, as a download: never served as a page the browser would render."""
    article = get_object_or_404(Article, pk=pk)
    page = raw_page_of(article)
    if page is None:
        return HttpResponse(status=404)
    response = HttpResponse(bytes(page.content), content_type="application/octet-stream")
    name = page.origin.replace("\\", "/").rsplit("/", 1)[-1] or f"article-{article.pk}.txt"
    response["Content-Disposition"] = f"attachment; filename=article-{article.pk}-raw{_suffix(name)}"
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = "sandbox"
    return response


def _suffix(name: str) -> str:
    stem, dot, extension = name.rpartition(".")
    return f".{extension}" if dot and stem and extension.isalnum() and len(extension) <= 5 else ""


"""HTML pages: main text via trafilatura, metadata hints via lxml. Markup never leaves here.

``main_text`` is the article as trafilatura sees it (one paragraph a line). ``page_text`` is
all visible text, block by block, for metadata that lives outside the article (dateline,
主办 footer). Scripts, styles and comments are never part of either.
"""

import re
from dataclasses import dataclass

import lxml.html
import trafilatura
from lxml import etree

from .errors import IngestError

HTML_SUFFIXES = frozenset({".html", ".htm", ".shtml", ".xhtml"})

_SNIFF = re.compile(r"<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<meta\s|<div[\s>]|<p[\s>]|<h[1-6][\s>]|<br\s*/?>", re.I)
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")
_TITLE_SEPARATORS = re.compile(r"\s*(?:_|\||｜|--|—|–|\s-\s)\s*")
_INVISIBLE = "//script|//style|//noscript|//template|//iframe|//svg|//head|//select|//button"
_BLOCK_TAGS = frozenset(
    "address article aside blockquote dd div dl dt fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 "
    "header hr li main nav ol p pre section table tbody td tfoot th thead tr ul".split()
)
_DATE_META_NAMES = (
    "pubdate", "publishdate", "publish_date", "publishtime", "publish-date", "firstpublishedtime",
    "article:published_time", "og:published_time", "dc.date", "dc.date.issued", "datepublished", "date",
)


@dataclass(frozen=True)
class HtmlHints:
    title: str | None = None  # <title>
    article_title: str | None = None  # <meta name="ArticleTitle">, common on Chinese gov sites
    og_title: str | None = None
    headings: tuple[str, ...] = ()  # <h1> texts, in order
    published: str | None = None  # raw meta date string
    canonical_url: str | None = None
    og_url: str | None = None
    site_name: str | None = None
    content_source: str | None = None  # <meta name="ContentSource">: who the article is from

    def title_candidates(self) -> list[str]:
        """Most specific first; <title> loses its '_栏目_网站名' suffix."""
        title_head = _TITLE_SEPARATORS.split(self.title)[0] if self.title else None
        found = [self.article_title, self.og_title, title_head, *self.headings]
        return [c for c in found if c]


@dataclass(frozen=True)
class HtmlPage:
    main_text: str | None  # None when trafilatura finds no main content
    page_text: str
    hints: HtmlHints


def looks_like_html(text: str) -> bool:
    head = text[:4096]
    return bool(re.search(r"<!doctype\s+html|<html[\s>]", head, re.I)) or len(_SNIFF.findall(head)) >= 3


def extract_html(markup: str) -> HtmlPage:
    markup = _XML_DECLARATION.sub("", markup, count=1)
    try:
        tree = lxml.html.document_fromstring(markup)
    except (etree.ParserError, ValueError) as exc:
        raise IngestError(f"HTML page cannot be parsed: {exc}") from exc
    hints = _hints(tree)
    main_text = trafilatura.extract(
        markup,
        favor_recall=True,  # better a line of chrome (boilerplate.py drops it) than a lost paragraph
        include_comments=False,
        include_tables=False,
        include_images=False,
        include_links=False,
        deduplicate=False,
        output_format="txt",
    )
    return HtmlPage(main_text=main_text or None, page_text=_visible_text(tree), hints=hints)


def _hints(tree) -> HtmlHints:
    def meta(*names: str) -> str | None:
        for name in names:
            for el in tree.xpath("//meta[@content]"):
                attr = (el.get("name") or el.get("property") or el.get("itemprop") or "").lower()
                if attr == name and el.get("content").strip():
                    return el.get("content").strip()
        return None

    def text_of(xpath: str) -> list[str]:
        return [t for t in (_squash(el.text_content()) for el in tree.xpath(xpath)) if t]

    canonical = [
        el.get("href").strip() for el in tree.xpath("//link[@href]")
        if "canonical" in (el.get("rel") or "").lower().split()
    ]
    titles = text_of("//title")
    return HtmlHints(
        title=titles[0] if titles else None,
        article_title=meta("articletitle"),
        og_title=meta("og:title"),
        headings=tuple(text_of("//h1")),
        published=meta(*_DATE_META_NAMES),
        canonical_url=canonical[0] if canonical else None,
        og_url=meta("og:url"),
        site_name=meta("sitename", "og:site_name"),
        content_source=meta("contentsource"),
    )


def _visible_text(tree) -> str:
    for el in tree.xpath(_INVISIBLE):
        el.drop_tree()
    for el in tree.iter():
        if not isinstance(el.tag, str):
            continue  # comments and processing instructions
        if el.tag == "br":
            el.tail = "\n" + (el.tail or "")
        elif el.tag in _BLOCK_TAGS:
            el.text = "\n" + (el.text or "")
            el.tail = "\n" + (el.tail or "")
    body = tree.find("body")
    text = (body if body is not None else tree).text_content()
    return "\n".join(_squash(line) for line in text.split("\n"))


def _squash(text: str) -> str:
    return re.sub(r"[ \t\r\f\v\xa0]+", " ", text).strip()

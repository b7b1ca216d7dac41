"""Highwire Press `citation_*` meta tags, the ones Zotero's "Embedded Metadata" translator reads.

ZOTERO_READS is that translator's HIGHWIRE_MAPPINGS (meta name → Zotero field) for the tags we can fill;
the translator reads `<meta name=… content=…>` inside `<head>` only. Values come from CitedWork, so the
title and the date are exactly what the other citation formats say.
"""
from dataclasses import dataclass

from web.citation import CitedWork

# From zotero/translators "Embedded Metadata.js", HIGHWIRE_MAPPINGS (only the tags used here).
ZOTERO_READS = {
    "citation_title": "title",
    "citation_date": "date",
    "citation_publisher": "publisher",
    "citation_public_url": "url",
    "citation_language": "language",
}


@dataclass(frozen=True)
class MetaTag:
    name: str
    content: str


def highwire_tags(work: CitedWork, *, language: str) -> list[MetaTag]:
    """The tags for one article, leaving out what the archive does not know (no empty content)."""
    values = {
        "citation_title": work.title,
        "citation_date": work.published,
        "citation_publisher": work.publisher,
        "citation_public_url": work.url,
        "citation_language": language,
    }
    return [MetaTag(name, value) for name, value in values.items() if value]

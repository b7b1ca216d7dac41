"""Ingest pipeline: raw scraped bytes (txt/html; UTF-8 ± BOM, GB18030/GBK, Big5) to article fields.

Pure functions, no Django. ``pipeline`` is the only module that knows the order of the steps:
decode -> html extract -> depinyin -> metadata -> boilerplate -> body -> fingerprint -> region hook.

    parse_page(raw, filename, *, region_inferrer=None) -> ParsedArticle
    parse_record(record, *, raw, origin, region_inferrer=None) -> ParsedArticle

Refused input raises IngestError with a reason a person can read.
"""

from .errors import IngestError
from .pipeline import ParsedArticle, parse_page, parse_record

__all__ = ["IngestError", "ParsedArticle", "parse_page", "parse_record"]

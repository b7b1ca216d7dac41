"""Ingest pipeline: raw scraped bytes (txt/html; UTF-8, GB18030, Big5) to clean article fields.

Pure functions, no Django. ``pipeline`` is the only module that knows the order of the steps.
"""

from .errors import IngestError
from .pipeline import ParsedArticle, parse_page, parse_record

__all__ = ["IngestError", "ParsedArticle", "parse_page", "parse_record"]

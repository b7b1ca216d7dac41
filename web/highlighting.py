"""The article text with a search's terms marked, in the original script or converted for reading.

Matching is search.highlight's (the same rule as the search itself, found on normalised text and mapped
back to the original characters). Marks are placed on the original text first and each piece is then
converted on its own, so the marks stay on the matched words whichever script is shown.
"""
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from search.highlight import find_spans
from search.query import ANY, Term, parse_query
from web.script import to_simplified


def query_terms(q: str, *, in_title: bool) -> list[Term]:
    """Terms to mark: everything the query looks for; title: terms only where the text is the title."""
    terms = parse_query(q).positive_terms() if q else []
    return terms if in_title else [t for t in terms if t.field == ANY]


def highlighted_html(text: str, terms: list[Term], *, simplified: bool) -> SafeString:
    convert = to_simplified if simplified else (lambda piece: piece)
    out, cursor = [], 0
    for start, end in find_spans(text, terms):
        out.append(escape(convert(text[cursor:start])))
        out.append("<mark>" + escape(convert(text[start:end])) + "</mark>")
        cursor = end
    out.append(escape(convert(text[cursor:])))
    return mark_safe("".join(out))

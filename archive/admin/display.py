"""How the admin shows dates, evidence and raw pages. Everything untrusted goes through format_html."""
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe

from archive.models import Article, RawPage

# The change page shows at most this much of a raw page: enough to check an extraction, never a whole dump.
RAW_PREVIEW_BYTES = 64 * 1024


def published_label(article: Article) -> str:
    """The date at the precision it is known, in EDTF (2022-09-02, 2022-09, XXXX-11-23), or a dash."""
    return article.edtf or "—"


def text_lines(values) -> str:
    """A list of strings (evidence, warnings) one per line, escaped."""
    values = [str(v) for v in values or []]
    if not values:
        return "—"
    return format_html_join(mark_safe("<br>"), "{}", ((v,) for v in values))


def decoded_preview(page: RawPage) -> tuple[str, bool]:
    """The start of the raw bytes decoded as received (undecodable bytes shown as U+FFFD), and
    whether it was cut."""
    content = bytes(page.content)
    head = content[:RAW_PREVIEW_BYTES]
    try:
        text = head.decode(page.encoding or "utf_8", errors="replace")
    except LookupError:
        text = head.decode("utf_8", errors="replace")
    return text, len(content) > RAW_PREVIEW_BYTES


def raw_page_preview(page: RawPage | None) -> str:
    """Raw page as escaped text in a <pre>: uploaded HTML is shown as source, never rendered."""
    if page is None:
        return "—"
    text, truncated = decoded_preview(page)
    note = f" — first {RAW_PREVIEW_BYTES:,} bytes shown" if truncated else ""
    return format_html(
        '<p class="help">{} · {} bytes · {}{}</p>'
        '<pre class="raw-page">{}</pre>',
        page.origin, f"{page.size:,}", page.encoding or "?", note, text,
    )

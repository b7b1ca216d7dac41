"""Pages from WARC files (.warc, .warc.gz), the format web crawlers write. Read with warcio, in memory.

Each HTML or plain-text `response` record with a successful HTTP status becomes a page item: its raw bytes
are the HTTP payload (transfer and content encodings undone), its source URL the record's
WARC-Target-URI, and its capture time (WARC-Date) travels with it as evidence, never as the publication
date. Everything else is skipped and counted: responses that are not pages (images, scripts, styles,
DNS), revisits, resources, and crawl bookkeeping (warcinfo, request, metadata records; one summary line).
Limits are the zip limits: records per file, bytes per page, bytes in all, and the gzip expansion ratio.

No parsing and no database here, like archive.intake, which dispatches .warc and .warc.gz to this module.
"""
from __future__ import annotations

import io
from collections import Counter
from collections.abc import Iterator

from warcio.archiveiterator import ArchiveIterator

WARC_SUFFIXES = (".warc", ".warc.gz")
PAGE_TYPES = {"text/html": ".html", "application/xhtml+xml": ".html", "text/plain": ".txt"}
BOOKKEEPING = ("warcinfo", "request", "metadata")
GZIP_MAGIC = b"\x1f\x8b"


def is_warc_name(name: str) -> bool:
    return name.lower().endswith(WARC_SUFFIXES)


def _media_type(value: str | None) -> str:
    return (value or "").split(";", 1)[0].strip().lower()


def items_from_warc(name: str, data: bytes, limits, *, page_item, skipped_item, refused_item) -> Iterator:
    """IntakeItems for one WARC file. The three constructors come from archive.intake (no import cycle):
    page_item(origin, raw, source_url, captured_at), skipped_item(origin, reason), refused_item(origin, reason)."""
    if not data.startswith((b"WARC/", GZIP_MAGIC)):
        yield refused_item(name, "not a WARC file (it begins neither with 'WARC/' nor with a gzip header)")
        return
    bookkeeping: Counter[str] = Counter()
    records = expanded = 0
    try:
        for number, record in enumerate(ArchiveIterator(io.BytesIO(data)), start=1):
            records += 1
            if not record.format.startswith("warc"):
                yield refused_item(name, f"{record.format.upper()} record found: only WARC files are accepted")
                return
            if records > limits.max_zip_members:
                yield refused_item(name, f"WARC has more than {limits.max_zip_members:,} records; the limit is "
                                         f"{limits.max_zip_members:,}: the rest was not read")
                return
            uri = record.rec_headers.get_header("WARC-Target-URI") or ""
            origin = f"{name}/record-{number}"
            if record.rec_type in BOOKKEEPING:
                bookkeeping[record.rec_type] += 1
                continue
            reason, suffix = _not_a_page(record, uri)
            if reason:
                yield skipped_item(f"{origin} {uri}".strip(), reason)
                continue
            payload = record.content_stream().read(limits.max_file_bytes + 1)
            if len(payload) > limits.max_file_bytes:
                yield refused_item(f"{origin}{suffix}", f"page is larger than {limits.max_file_bytes:,} bytes")
                continue
            expanded += len(payload)
            if expanded > limits.max_uncompressed_bytes:
                yield refused_item(f"{origin}{suffix}", "the WARC expands past the total size limit; the rest "
                                                        "was not read")
                return
            if expanded / max(len(data), 1) > limits.max_compression_ratio:
                yield refused_item(f"{origin}{suffix}", f"expansion ratio above {limits.max_compression_ratio}:1 "
                                                        "looks like a decompression bomb; the rest was not read")
                return
            yield page_item(f"{origin}{suffix}", payload, uri, record.rec_headers.get_header("WARC-Date") or "")
    except Exception as error:  # noqa: BLE001 — warcio raises many kinds on malformed input; report, never crash
        reason = f"not a readable WARC file ({type(error).__name__}: {error})".replace("\n", " ")
        yield refused_item(name if not records else f"{name}/record-{records}", reason)
    if bookkeeping:
        counted = ", ".join(f"{n} {kind}" for kind, n in sorted(bookkeeping.items()))
        yield skipped_item(name, f"{counted} record(s): crawl bookkeeping, not pages")


def _not_a_page(record, uri: str) -> tuple[str, str]:
    """(reason to skip, '') or ('', the page's suffix for the pipeline)."""
    if record.rec_type != "response":
        return f"{record.rec_type} record, not a page", ""
    if uri.startswith("dns:"):
        return "DNS lookup, not a page", ""
    if record.http_headers is None:
        return f"response without HTTP headers ({_media_type(record.content_type) or 'unknown type'})", ""
    status = record.http_headers.get_statuscode() or ""
    if not status.startswith("2"):
        return f"HTTP status {status or '?'}, not a page", ""
    media = _media_type(record.http_headers.get_header("Content-Type"))
    if media not in PAGE_TYPES:
        return f"{media or 'untyped'} response, not a page", ""
    return "", PAGE_TYPES[media]

"""The admin's batch upload: the one place untrusted files enter the archive.

Files are read into memory with a size cap (larger ones are stopped while streaming by
BoundedUploadHandler), opened by archive.intake (zips in memory, nothing extracted to disk) and
ingested by the same service as the import_articles command. Every upload is recorded in the admin log.
"""
import time
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import PurePosixPath

from django.conf import settings
from django.contrib.admin.models import ADDITION, LogEntry
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied, TooManyFilesSent
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt, csrf_protect

from archive import selectors
from archive.admin.upload_handler import BoundedUploadHandler
from archive.capture import ingest_with_capture
from archive.forms import ArticleUploadForm
from archive.intake import Limits, items_from_bytes, refused
from archive.models import Article
from archive.services import IngestOutcome, upload_limits
from search import indexing

MAX_SHOWN_NAME = 200


@dataclass
class UploadedFileReport:
    """One uploaded file and what became of it: one outcome, or one per zip member / JSONL line."""

    name: str
    size: int
    outcomes: list[IngestOutcome] = field(default_factory=list)

    @property
    def is_container(self) -> bool:
        return any(outcome.origin != self.name for outcome in self.outcomes)


def display_name(untrusted: str | None) -> str:
    """A file name fit to show and to record as origin: no directories, no control characters, bounded."""
    name = PurePosixPath((untrusted or "").replace("\\", "/")).name
    name = "".join(ch for ch in name if unicodedata.category(ch)[0] != "C").strip()
    if name in {"", ".", ".."}:
        return _("unnamed file")
    return name[:MAX_SHOWN_NAME]


def read_upload(upload, limit: int) -> bytes | None:
    """The upload's bytes, or None if it holds more than limit (read no further than limit + 1)."""
    if upload.size is not None and upload.size > limit:
        return None
    upload.seek(0)
    data = upload.read(limit + 1)
    return None if len(data) > limit else data


def ingest_uploads(uploads, *, user, limits: Limits) -> list[UploadedFileReport]:
    reports = []
    for upload in uploads:
        name = display_name(upload.name)
        data = read_upload(upload, limits.max_file_bytes)
        if data is None:
            items = [refused(name, f"file is too large ({upload.size:,} bytes; the limit is "
                                   f"{limits.max_file_bytes:,})")]
        else:
            items = items_from_bytes(name, data, limits)
        reports.append(UploadedFileReport(name, upload.size or 0, list(ingest_with_capture(items, user=user))))
    return reports


def refused_while_streaming(handler: BoundedUploadHandler) -> list[UploadedFileReport]:
    return [
        UploadedFileReport(display_name(name), 0, [IngestOutcome(display_name(name), "failed", reason=reason)])
        for name, reason in handler.refused
    ]


def log_upload(user, reports: list[UploadedFileReport]) -> None:
    """One ADDITION entry per created article naming its file, and one summary entry for the batch."""
    outcomes = [outcome for report in reports for outcome in report.outcomes]
    created = [outcome for outcome in outcomes if outcome.status == "created"]
    articles = selectors.articles_by_id(outcome.article_id for outcome in created)
    for outcome in created:
        article = articles.get(outcome.article_id)
        if article is not None:
            LogEntry.objects.log_actions(
                user.pk, [article], ADDITION, change_message=f"Created by upload of {outcome.origin}",
                single_object=True,
            )
    counts = Counter(outcome.status for outcome in outcomes)
    summary = ", ".join(f"{counts[status]} {status}" for status in ("created", "duplicate", "failed", "skipped")
                        if counts[status])
    lines = [f"Uploaded {len(reports)} file(s): {summary or 'nothing'}."]
    lines += [f"{outcome.origin}: {outcome.message}" for outcome in outcomes]
    LogEntry.objects.create(
        user_id=user.pk,
        content_type=ContentType.objects.get_for_model(Article),
        object_id=None,
        object_repr=f"Upload of {len(reports)} file(s): {summary or 'nothing'}"[:200],
        action_flag=ADDITION,
        change_message="\n".join(lines),
    )


def name_within(report: UploadedFileReport, origin: str) -> str:
    """How a piece is named under its file: a zip member by its path, a JSON Lines record by its line."""
    if not report.is_container or not origin.startswith(report.name):
        return origin
    rest = origin[len(report.name):]
    if rest.startswith(":"):
        return f"line {rest[1:]}"
    return rest.lstrip("/") or origin


def result_rows(reports: list[UploadedFileReport]) -> list[dict]:
    """Rows for the results table: each file, then its members indented beneath it."""
    titles = selectors.articles_by_id(
        o.article_id for report in reports for o in report.outcomes if o.article_id is not None
    )
    rows = []
    for report in reports:
        if report.is_container:
            statuses = Counter(outcome.status for outcome in report.outcomes)
            rows.append({"name": report.name, "size": report.size, "status": "container", "member": False,
                         "counts": [(s, statuses[s]) for s in ("created", "duplicate", "failed", "skipped")
                                    if statuses[s]]})
        for outcome in report.outcomes:
            article = titles.get(outcome.article_id)
            rows.append({
                "name": name_within(report, outcome.origin),
                "size": None if report.is_container else report.size,
                "status": outcome.status,
                "reason": outcome.reason,
                "member": report.is_container,
                "article_id": outcome.article_id,
                "article_title": article.title if article else "",
                "admin_url": reverse("admin:archive_article_change", args=[outcome.article_id])
                if article else "",
                "public_url": article.get_absolute_url() if article else "",
            })
    return rows


def upload_view(model_admin):
    """The view for ArticleAdmin.get_urls(); admin_site.admin_view adds the staff check and never_cache."""

    def render(request, form, reports=None, status=200, error="", settled=None):
        outcomes = [o for report in reports or [] for o in report.outcomes]
        context = {
            **model_admin.admin_site.each_context(request),
            "opts": model_admin.model._meta,
            "title": _("Upload pages"),
            "form": form,
            "limits": upload_limits(),
            "max_batch_bytes": settings.ARCHIVE_MAX_BATCH_BYTES,
            "max_files": settings.DATA_UPLOAD_MAX_NUMBER_FILES,
            "upload_error": error,
            "rows": result_rows(reports) if reports else [],
            "counts": Counter(outcome.status for outcome in outcomes),
            "not_yet_searchable": settled.waiting if settled else 0,
        }
        return TemplateResponse(request, "admin/archive/article/upload.html", context, status=status)

    @csrf_protect
    def handle(request, handler):
        if request.method != "POST":
            return render(request, ArticleUploadForm())
        form = ArticleUploadForm(request.POST, request.FILES)
        streamed_refusals = refused_while_streaming(handler)
        if not form.is_valid() and not streamed_refusals:
            return render(request, form)
        uploads = form.cleaned_data.get("files", []) if form.is_valid() else []
        # The batch's changes are indexed when the block ends, before the response, so its pages are
        # searchable when the page answers; if the index is too busy to do that in time, the page says so.
        started = time.monotonic()
        with indexing.bulk(settle_within=settings.SEARCH_SETTLE_SECONDS) as settled:
            reports = streamed_refusals + ingest_uploads(uploads, user=request.user, limits=upload_limits())
            stored = time.monotonic()
        searchable = time.monotonic()
        log_upload(request.user, reports)
        response = render(request, ArticleUploadForm(), reports, settled=settled)
        # Where the time went (shown by browsers' developer tools; make loadtest reports it).
        response["Server-Timing"] = (f"store;dur={1000 * (stored - started):.0f}, "
                                     f"index;dur={1000 * (searchable - stored):.0f}")
        return response

    # Exempt only so the size-bounding handler is installed before anything parses the body;
    # handle() is csrf_protect-ed, as Django's docs show for per-view upload handlers.
    @csrf_exempt
    def view(request):
        if not model_admin.has_add_permission(request):
            raise PermissionDenied
        handler = BoundedUploadHandler(
            request, max_file_bytes=settings.ARCHIVE_MAX_FILE_BYTES, max_batch_bytes=settings.ARCHIVE_MAX_BATCH_BYTES,
        )
        request.upload_handlers = [handler, *request.upload_handlers]
        if request.method == "POST":
            try:
                request.FILES  # parse now: Django refuses too many files with a bare 400 that names nothing
            except TooManyFilesSent:
                error = _("This upload sent more than %(limit)s files, the most one upload may hold; nothing was "
                          "imported. Upload them in parts, or put them in a zip (up to %(members)s pages each).") % {
                    "limit": settings.DATA_UPLOAD_MAX_NUMBER_FILES, "members": settings.ARCHIVE_MAX_ZIP_MEMBERS}
                return render(request, ArticleUploadForm(), status=400, error=error)
        return handle(request, handler)

    return view

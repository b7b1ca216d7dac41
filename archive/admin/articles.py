"""Curating articles: find the doubtful ones, correct their metadata, re-run extraction, upload new pages.

Writes go through archive.services so search.indexing re-indexes each article once, after commit.
"""
from django.contrib import admin, messages
from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext_lazy as _

from archive import selectors, services
from archive.admin import display
from archive.admin.filters import (
    DuplicateStatusFilter,
    ProvinceFilter,
    PublisherFilter,
    RegionConfidenceFilter,
    YearFilter,
)
from archive.admin.upload import upload_view
from archive.forms import ArticleCorrectionForm
from archive.models import Article


@admin.register(Article)
class ArticleAdmin(admin.ModelAdmin):
    form = ArticleCorrectionForm
    list_display = ("id", "title", "published", "region_path", "source_name", "confidence", "review_flag",
                    "reprint_of")
    list_display_links = ("id", "title")
    list_filter = (ProvinceFilter, YearFilter, PublisherFilter, "date_precision", RegionConfidenceFilter,
                   DuplicateStatusFilter, "needs_review")
    list_select_related = ("region", "region__province", "region__prefecture", "duplicate_of")
    search_fields = ("title",)
    search_help_text = _("Searches titles.")
    autocomplete_fields = ("region",)
    list_per_page = 50

    class Media:
        # Styles live in a file: the Content-Security-Policy allows no inline style.
        css = {"all": ("archive/admin.css",)}
    actions = ("rerun_extraction",)
    readonly_fields = (
        "date_text", "region_source", "region_confidence", "evidence", "origin", "raw_sha256", "raw_encoding",
        "fingerprint", "reprint_of", "reprints", "warnings", "needs_review", "why_flagged", "corrected_by_staff",
        "title_supplied", "edtf", "created_at", "updated_at", "body_text", "raw_page",
    )
    fieldsets = (
        (None, {"fields": (("title", "title_supplied"), ("published_at", "date_precision"), ("date_month", "date_day"),
                           ("edtf", "date_text"), "source_name", "source_url")}),
        (_("Region"), {"fields": ("region", "region_source", "region_confidence", "evidence")}),
        (_("Review"), {"fields": ("needs_review", "why_flagged", "corrected_by_staff", "warnings", "reprint_of",
                                  "reprints")}),
        (_("Provenance"), {"fields": ("origin", "raw_sha256", "raw_encoding", "fingerprint", "created_at",
                                      "updated_at")}),
        (_("Extracted text"), {"fields": ("body_text",), "classes": ("collapse",)}),
        (_("Raw page as received"), {"fields": ("raw_page",), "classes": ("collapse",)}),
    )

    # --- Deleting leaves a tombstone (archive.services.article_delete) ---

    def delete_model(self, request, obj):
        services.article_delete(obj, user=request.user)

    def delete_queryset(self, request, queryset):
        for article in queryset:
            services.article_delete(article, user=request.user)

    # --- URLs: the upload page replaces the add form (articles come from pages, not typing) ---

    def get_urls(self):
        upload = self.admin_site.admin_view(upload_view(self))
        return [path("upload/", upload, name="archive_article_upload"), *super().get_urls()]

    def add_view(self, request, form_url="", extra_context=None):
        return redirect("admin:archive_article_upload")

    def change_view(self, request, object_id, form_url="", extra_context=None):
        # "Save and add another" would lead to the upload page; it only confuses here.
        extra_context = {**(extra_context or {}), "show_save_and_add_another": False}
        return super().change_view(request, object_id, form_url, extra_context)

    # --- Writes ---

    def save_model(self, request, obj, form, change):
        changes = {name: form.cleaned_data[name] for name in form.changed_data if name in services.CORRECTABLE_FIELDS}
        services.article_correct(obj, user=request.user, **changes)

    @admin.action(description=_("Re-run extraction from the raw page"), permissions=["change"])
    def rerun_extraction(self, request, queryset):
        for article in queryset.order_by("id"):
            outcome = services.article_reextract(article)
            level = {"updated": messages.SUCCESS, "unchanged": messages.INFO}.get(outcome.status, messages.ERROR)
            self.message_user(request, outcome.message, level)
            if outcome.status == "updated":
                self.log_change(request, article, f"Re-extracted from the raw page: {', '.join(outcome.changed)}")

    # --- Columns and read-only fields ---

    @admin.display(description=_("published"), ordering="published_at")
    def published(self, article):
        return display.published_label(article)

    @admin.display(description=_("region"), ordering="region__code")
    def region_path(self, article):
        return str(article.region) if article.region_id else "—"

    @admin.display(description=_("confidence"), ordering="region_confidence")
    def confidence(self, article):
        return f"{article.region_confidence:.2f}"

    @admin.display(description=_("needs review"), ordering="-needs_review")
    def review_flag(self, article):
        # A word, not the boolean icons: a green tick for "needs review" reads as "all fine".
        if not article.needs_review:
            return ""
        # The reasons as a tooltip, so a reviewer sees why before opening the article.
        return format_html('<span class="review-flag" title="{}">{}</span>',
                           "; ".join(article.review_reasons or ()), _("needs review"))

    @admin.display(description=_("why flagged"))
    def why_flagged(self, article):
        return display.text_lines(article.review_reasons)

    @admin.display(description=_("corrected by staff"))
    def corrected_by_staff(self, article):
        # Re-extraction keeps these fields as staff left them.
        return ", ".join(article.staff_corrected or ()) or "—"

    @admin.display(description=_("date (EDTF)"))
    def edtf(self, article):
        return article.edtf or "—"

    @admin.display(description=_("reprint of"), ordering="duplicate_of")
    def reprint_of(self, article):
        if not article.duplicate_of_id:
            return "—"
        url = reverse("admin:archive_article_change", args=[article.duplicate_of_id])
        return format_html('<a href="{}">#{}</a>', url, article.duplicate_of_id)

    @admin.display(description=_("reprinted by"))
    def reprints(self, article):
        ids = list(article.reprints.order_by("id").values_list("id", flat=True))
        if not ids:
            return "—"
        return format_html_join(", ", '<a href="{}">#{}</a>',
                                ((reverse("admin:archive_article_change", args=[pk]), pk) for pk in ids))

    @admin.display(description=_("region evidence"))
    def evidence(self, article):
        return display.text_lines(article.region_evidence)

    @admin.display(description=_("extraction warnings"))
    def warnings(self, article):
        return display.text_lines(article.extraction_warnings)

    @admin.display(description=_("body"))
    def body_text(self, article):
        return format_html('<div class="article-body">{}</div>', article.body)

    @admin.display(description=_("raw page"))
    def raw_page(self, article):
        return display.raw_page_preview(selectors.first_raw_page(article))

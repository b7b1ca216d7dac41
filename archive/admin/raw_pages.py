"""Raw pages exactly as received, kept forever (also after their article is deleted). Read-only."""
from django.contrib import admin
from django.urls import reverse
from django.utils.html import format_html

from archive.admin import display
from archive.admin.read_only import ReadOnlyModelAdmin
from archive.models import RawPage


@admin.register(RawPage)
class RawPageAdmin(ReadOnlyModelAdmin):
    list_display = ("origin", "size", "encoding", "received_at", "received_by", "article_link")
    list_select_related = ("received_by", "article")
    search_fields = ("origin", "sha256")
    fields = ("origin", "sha256", "size", "encoding", "received_at", "received_by", "article_link", "preview")
    readonly_fields = fields

    @admin.display(description="article", ordering="article")
    def article_link(self, page):
        if not page.article_id:
            return "— (article deleted)"
        url = reverse("admin:archive_article_change", args=[page.article_id])
        return format_html('<a href="{}">#{}</a>', url, page.article_id)

    @admin.display(description="content")
    def preview(self, page):
        return display.raw_page_preview(page)

"""Deleted articles: what was deleted, when and by whom; staff restore them from here."""
from django.contrib import admin, messages
from django.utils.translation import gettext_lazy as _

from archive import services
from archive.admin.read_only import ReadOnlyModelAdmin
from archive.models import Tombstone


@admin.register(Tombstone)
class TombstoneAdmin(ReadOnlyModelAdmin):
    list_display = ("article_id_was", "title", "deleted_at", "deleted_by")
    search_fields = ("title",)
    actions = ("restore",)

    def has_restore_permission(self, request):
        return request.user.has_perm("archive.add_article")

    @admin.action(description=_("Restore the selected articles from their kept raw pages"),
                  permissions=["restore"])
    def restore(self, request, queryset):
        for tombstone in list(queryset):
            outcome = services.article_restore(tombstone, user=request.user)
            level = messages.SUCCESS if outcome.status == "created" else messages.WARNING
            self.message_user(request, f"#{tombstone.article_id_was}: {outcome.message}", level)

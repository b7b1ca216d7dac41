"""The region table in the admin: reference data from the gazetteer, searched by the article form's
region autocomplete. Read-only here; `manage.py load_regions` keeps it in sync."""
from django.contrib import admin

from archive import selectors
from archive.admin.read_only import ReadOnlyModelAdmin
from archive.chinese_text import lookup_form
from archive.models import Region


@admin.register(Region)
class RegionAdmin(ReadOnlyModelAdmin):
    search_fields = ("name", "short_name", "code")
    list_display = ("code", "path_label", "level", "abbreviation", "is_current")
    list_filter = ("level", "is_current")
    list_select_related = ("province", "prefecture")
    list_per_page = 100

    def get_queryset(self, request):
        # Provinces first, then prefectures, then counties: the autocomplete keeps this order.
        return selectors.regions_for_autocomplete()

    def get_search_results(self, request, queryset, search_term):
        # Names are stored Simplified; staff often copy Traditional text from the page (澤庫縣).
        return super().get_search_results(request, queryset, lookup_form(search_term))

    def has_view_permission(self, request, obj=None):
        # Whoever may correct an article's region may look regions up for the autocomplete.
        return super().has_view_permission(request, obj) or request.user.has_perm("archive.change_article")

    @admin.display(description="path", ordering="code")
    def path_label(self, region):
        return str(region)

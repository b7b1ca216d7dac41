"""List filters for curating articles: where, when, who published, and how sure the extraction was."""
from django.contrib import admin
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from archive import selectors

# The publisher filter lists this many of the most frequent sources; the search box finds the rest.
TOP_PUBLISHERS = 30


class ProvinceFilter(admin.SimpleListFilter):
    title = _("province")
    parameter_name = "province"

    def lookups(self, request, model_admin):
        return [(region.code, region.name) for region in selectors.provinces()]

    def queryset(self, request, queryset):
        code = self.value()
        if not code:
            return queryset
        return queryset.filter(Q(region__code=code) | Q(region__province__code=code))


class YearFilter(admin.SimpleListFilter):
    title = _("year")
    parameter_name = "year"
    UNKNOWN = "unknown"

    def lookups(self, request, model_admin):
        years = [(str(year), str(year)) for year in selectors.publication_years()]
        return years + [(self.UNKNOWN, _("unknown (no year)"))]

    def queryset(self, request, queryset):
        value = self.value()
        if not value:
            return queryset
        if value == self.UNKNOWN:
            return queryset.filter(published_at__isnull=True)
        if value.isdigit():
            return queryset.filter(published_at__year=int(value))
        return queryset.none()


class PublisherFilter(admin.SimpleListFilter):
    title = _("publisher")
    parameter_name = "publisher"

    def lookups(self, request, model_admin):
        return [(name, f"{name} ({count})") for name, count in selectors.publishers_by_article_count(TOP_PUBLISHERS)]

    def queryset(self, request, queryset):
        # Filter by any value given, not only the listed ones, so links from elsewhere keep working.
        return queryset.filter(source_name=self.value()) if self.value() else queryset


class RegionConfidenceFilter(admin.SimpleListFilter):
    title = _("region confidence")
    parameter_name = "confidence"
    BANDS = {
        "none": (_("no region"), Q(region__isnull=True)),
        "low": (_("below 0.5"), Q(region__isnull=False, region_confidence__lt=0.5)),
        "medium": (_("0.5 to 0.8"), Q(region__isnull=False, region_confidence__gte=0.5, region_confidence__lt=0.8)),
        "high": (_("0.8 or more"), Q(region__isnull=False, region_confidence__gte=0.8)),
    }

    def lookups(self, request, model_admin):
        return [(key, label) for key, (label, _condition) in self.BANDS.items()]

    def queryset(self, request, queryset):
        band = self.BANDS.get(self.value())
        return queryset.filter(band[1]) if band else queryset


class DuplicateStatusFilter(admin.SimpleListFilter):
    title = _("duplicate status")
    parameter_name = "duplicates"

    def lookups(self, request, model_admin):
        return [
            ("original", _("original (reprints nothing)")),
            ("reprint", _("reprint of another article")),
            ("has_reprints", _("has reprints")),
        ]

    def queryset(self, request, queryset):
        value = self.value()
        if value == "original":
            return queryset.filter(duplicate_of__isnull=True)
        if value == "reprint":
            return queryset.filter(duplicate_of__isnull=False)
        if value == "has_reprints":
            return queryset.filter(reprints__isnull=False).distinct()
        return queryset

"""The archive's source of truth: regions, articles and the raw pages they came from.

The search index is derived from these tables (see search.indexing); nothing here knows about it.
"""
from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from archive.edtf import to_edtf


class Region(models.Model):
    """A GB/T 2260 administrative division (2020–2022 names, historical codes kept for renamed places)."""

    class Level(models.TextChoices):
        PROVINCE = "province", _("province")
        PREFECTURE = "prefecture", _("prefecture")
        COUNTY = "county", _("county")

    code = models.CharField(max_length=6, unique=True)
    name = models.CharField(max_length=64, db_index=True, help_text=_("Canonical simplified full name, e.g. 泽库县"))
    short_name = models.CharField(max_length=32, blank=True, help_text=_("Short form, e.g. 泽库"))
    abbreviation = models.CharField(max_length=4, blank=True, help_text=_("One-character province abbreviation"))
    level = models.CharField(max_length=12, choices=Level.choices)
    parent = models.ForeignKey("self", null=True, blank=True, on_delete=models.PROTECT, related_name="children")
    # Denormalised path so facets and exports never walk the tree.
    province = models.ForeignKey("self", null=True, blank=True, on_delete=models.PROTECT, related_name="+")
    prefecture = models.ForeignKey("self", null=True, blank=True, on_delete=models.PROTECT, related_name="+")
    longitude = models.FloatField(null=True, blank=True)
    latitude = models.FloatField(null=True, blank=True)
    is_current = models.BooleanField(default=True, help_text=_("Still in the newest official list"))

    class Meta:
        ordering = ["code"]
        verbose_name = _("region")
        verbose_name_plural = _("regions")

    def __str__(self):
        return " / ".join(r.name for r in self.path())

    def path(self) -> list["Region"]:
        """Province → prefecture → county, skipping levels that do not apply."""
        parts = [self.province, self.prefecture]
        chain = [r for r in parts if r is not None and r.pk != self.pk]
        return chain + [self]

    @property
    def province_name(self) -> str | None:
        return self.names_on_path(self.level, self.name, self.province and self.province.name, None)[0]

    @property
    def prefecture_name(self) -> str | None:
        return self.names_on_path(self.level, self.name, None, self.prefecture and self.prefecture.name)[1]

    @property
    def county_name(self) -> str | None:
        return self.names_on_path(self.level, self.name, None, None)[2]

    @classmethod
    def names_on_path(cls, level: str, name: str, province_name: str | None,
                      prefecture_name: str | None) -> tuple[str | None, str | None, str | None]:
        """(province, prefecture, county) names of a region at ``level`` called ``name`` whose denormalised
        province and prefecture are called so: from a row of names, with no Region loaded."""
        return (name if level == cls.Level.PROVINCE else province_name or name,
                name if level == cls.Level.PREFECTURE else prefecture_name,
                name if level == cls.Level.COUNTY else None)


class DatePrecision(models.TextChoices):
    DAY = "day", _("day")
    MONTH = "month", _("month")
    MONTH_DAY = "month_day", _("month and day, year unknown")
    UNKNOWN = "unknown", _("unknown")


class RegionSource(models.TextChoices):
    INFERRED = "inferred", _("inferred from the text")
    DECLARED = "declared", _("declared by the imported record")
    STAFF = "staff", _("set by staff")


class Article(models.Model):
    """One clean article. The body keeps the source's own script; simplification is for matching only."""

    title = models.CharField(max_length=500)
    # The page printed no headline: the title was devised from the lead, and is shown in [square brackets].
    title_supplied = models.BooleanField(default=False)
    body = models.TextField()
    published_at = models.DateField(null=True, blank=True, db_index=True)
    date_precision = models.CharField(max_length=12, choices=DatePrecision.choices, default=DatePrecision.UNKNOWN)
    # A month-day with no year (e.g. 11月23日) is kept here rather than guessed into a full date.
    date_month = models.PositiveSmallIntegerField(null=True, blank=True)
    date_day = models.PositiveSmallIntegerField(null=True, blank=True)
    date_text = models.CharField(max_length=100, blank=True, help_text=_("The date as written in the source"))
    source_name = models.CharField(max_length=200, blank=True, db_index=True)
    source_url = models.URLField(max_length=1000, blank=True)

    region = models.ForeignKey(Region, null=True, blank=True, on_delete=models.PROTECT, related_name="articles")
    region_confidence = models.FloatField(default=0.0)
    region_evidence = models.JSONField(default=list, blank=True)
    region_source = models.CharField(max_length=10, choices=RegionSource.choices, default=RegionSource.INFERRED)

    origin = models.CharField(max_length=500, help_text=_("Original file name (zip members as archive.zip/member)"))
    raw_sha256 = models.CharField(max_length=64, db_index=True)
    raw_encoding = models.CharField(max_length=32, blank=True)

    fingerprint = models.CharField(max_length=64, unique=True, help_text=_("Exact-duplicate key of the cleaned text"))
    duplicate_of = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.SET_NULL, related_name="reprints",
        help_text=_("The earlier article this one reprints"),
    )
    duplicate_similarity = models.FloatField(null=True, blank=True)
    minhash = models.BinaryField(blank=True, default=b"", help_text=_("MinHash signature, packed uint64"))
    needs_review = models.BooleanField(default=False, db_index=True)
    review_reasons = models.JSONField(default=list, blank=True, help_text=_("Why the article is flagged for review"))
    extraction_warnings = models.JSONField(default=list, blank=True)
    # Names of the fields staff corrected (CORRECTABLE_FIELDS); re-extraction never overwrites them.
    staff_corrected = models.JSONField(default=list, blank=True)

    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-published_at", "-id"]
        verbose_name = _("article")
        verbose_name_plural = _("articles")

    def __str__(self):
        return f"#{self.pk} {self.title}"

    def get_absolute_url(self):
        return reverse("article-detail", args=[self.pk])

    @property
    def edtf(self) -> str | None:
        """The date exactly as precise as known: 2022-09-02, 2022-04, XXXX-11-23, or None."""
        return to_edtf(self.published_at, self.date_precision, self.date_month, self.date_day)

    @property
    def display_title(self) -> str:
        """The title as pages and citations show it: a devised title in [square brackets]."""
        return f"[{self.title}]" if self.title_supplied and self.title else self.title


class RawPage(models.Model):
    """Bytes exactly as received, kept forever, including pages that turned out to be duplicates."""

    sha256 = models.CharField(max_length=64, unique=True)
    content = models.BinaryField()
    encoding = models.CharField(max_length=32, blank=True)
    origin = models.CharField(max_length=500)
    size = models.PositiveIntegerField()
    received_at = models.DateTimeField(auto_now_add=True)
    received_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL)
    article = models.ForeignKey(Article, null=True, blank=True, on_delete=models.SET_NULL, related_name="raw_pages")

    class Meta:
        ordering = ["received_at"]
        verbose_name = _("raw page")
        verbose_name_plural = _("raw pages")

    def __str__(self):
        return f"{self.origin} ({self.sha256[:12]})"


class ArticleBand(models.Model):
    """One MinHash LSH band key of an article: articles sharing a band are reprint candidates."""

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="bands")
    key = models.CharField(max_length=32, db_index=True)

    class Meta:
        unique_together = [("article", "key")]


class Tombstone(models.Model):
    """What is left of a deleted article: re-importing its page reports the deletion instead of bringing it back,
    until staff restore it (see archive.services.article_restore)."""

    article_id_was = models.PositiveIntegerField(help_text=_("The deleted article's id (its old permalink)"))
    title = models.CharField(max_length=500)
    fingerprint = models.CharField(max_length=64, db_index=True)
    raw_sha256 = models.CharField(max_length=64, db_index=True)
    deleted_at = models.DateTimeField(auto_now_add=True)
    deleted_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL)

    class Meta:
        ordering = ["-deleted_at"]
        verbose_name = _("deleted article")
        verbose_name_plural = _("deleted articles")

    def __str__(self):
        return f"#{self.article_id_was} {self.title}"

    @property
    def reason(self) -> str:
        who = self.deleted_by.get_username() if self.deleted_by else "staff"
        return (f"deleted on {self.deleted_at:%Y-%m-%d} by {who} (#{self.article_id_was}); "
                "restore it in the admin to bring it back")

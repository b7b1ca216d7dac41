"""Reads from the archive that services, views and the admin share."""
from collections.abc import Iterable

from django.db.models import Case, Count, Value, When

from archive.chinese_text import lookup_form
from archive.models import Article, RawPage, Region


def article_with_fingerprint(fingerprint: str) -> Article | None:
    return Article.objects.filter(fingerprint=fingerprint).first()


def article_with_raw(sha256: str) -> Article | None:
    return Article.objects.filter(raw_pages__sha256=sha256).first()


def article_text(article_id: int) -> str:
    """The cleaned body (or, for an empty body, the title) that reprint detection compares."""
    return article_texts([article_id])[article_id]


def article_texts(article_ids: Iterable[int]) -> dict[int, str]:
    """``article_text`` of several articles in one query (a reprint's candidates)."""
    rows = Article.objects.filter(pk__in=list(article_ids)).values_list("pk", "body", "title")
    return {pk: body or title for pk, body, title in rows}


def articles_sharing_bands(keys: Iterable[str]) -> Iterable[Article]:
    keys = list(keys)
    if not keys:
        return Article.objects.none()
    return (
        Article.objects.filter(bands__key__in=keys)
        .distinct()
        .only("id", "minhash", "duplicate_of")
        .order_by("id")
    )


def region_with_code(code: str) -> Region | None:
    return Region.objects.select_related("province", "prefecture").filter(code=code).first()


def region_named(name: str, *, level: str, within: Region | None = None) -> Region | None:
    """A region by full or short name, simplified or traditional, preferring current names.

    The name as given is tried too (a name the gazetteer writes in a form t2s would still change)."""
    name = (name or "").strip()
    forms = [form for form in dict.fromkeys((name, lookup_form(name).strip())) if form]
    if not forms:
        return None
    by_name = Region.objects.filter(level=level, name__in=forms).exists()
    names_field = "name__in" if by_name else "short_name__in"
    candidates = Region.objects.filter(level=level, **{names_field: forms})
    if within is not None:
        field = "province" if within.level == Region.Level.PROVINCE else "prefecture"
        candidates = candidates.filter(**{field: within})
    return candidates.select_related("province", "prefecture").order_by("-is_current", "code").first()


def region_from_declaration(declared: dict) -> Region | None:
    """Resolve region fields of an imported record: region_code, or province/prefecture/county names."""
    code = str(declared.get("region_code") or "").strip()
    if code:
        return region_with_code(code)
    province = region_named(declared.get("province") or "", level=Region.Level.PROVINCE)
    prefecture = region_named(declared.get("prefecture") or "", level=Region.Level.PREFECTURE, within=province)
    county = region_named(declared.get("county") or "", level=Region.Level.COUNTY, within=prefecture or province)
    return county or prefecture or province


# --- Reads for the admin -----------------------------------------------------------------------

def provinces() -> Iterable[Region]:
    return Region.objects.filter(level=Region.Level.PROVINCE).order_by("code")


def publishers_by_article_count(limit: int) -> list[tuple[str, int]]:
    """The most frequent publishers (source_name), most articles first."""
    rows = (
        Article.objects.exclude(source_name="")
        .values("source_name")
        .annotate(articles=Count("id"))
        .order_by("-articles", "source_name")[:limit]
    )
    return [(row["source_name"], row["articles"]) for row in rows]


def publication_years() -> list[int]:
    """Years with at least one dated article, newest first."""
    return [day.year for day in Article.objects.dates("published_at", "year", order="DESC")]


def first_raw_page(article: Article) -> RawPage | None:
    """The raw page an article was first made from (later ones are duplicates received since)."""
    return article.raw_pages.order_by("received_at", "id").first()


def articles_by_id(ids: Iterable[int]) -> dict[int, Article]:
    return {a.pk: a for a in Article.objects.filter(pk__in=set(ids)).only("id", "title")}


def regions_for_autocomplete():
    """Regions with their path loaded, provinces first, then prefectures, then counties."""
    rank = Case(
        When(level=Region.Level.PROVINCE, then=Value(0)),
        When(level=Region.Level.PREFECTURE, then=Value(1)),
        default=Value(2),
    )
    return (
        Region.objects.select_related("province", "prefecture")
        .annotate(level_rank=rank)
        .order_by("level_rank", "-is_current", "code")
    )


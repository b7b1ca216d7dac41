"""The one shape of an exported article, shared by export_articles, the search export and /api/articles/<id>."""
import csv
import io
import json
from collections.abc import Iterable, Iterator

from archive.models import Article

EXPORT_FIELDS = (
    "id",
    "title",
    "title_supplied",
    "edtf",
    "published_at",
    "date_precision",
    "source_name",
    "source_url",
    "province",
    "prefecture",
    "county",
    "region_code",
    "body",
    "origin",
    "raw_sha256",
    "duplicate_of",
)


def exportable_articles():
    """Articles with everything export_record touches loaded in the same query."""
    return Article.objects.select_related("region", "region__province", "region__prefecture").order_by("id")


def export_record(article: Article) -> dict:
    region = article.region
    return {
        "id": article.pk,
        "title": article.title,
        "title_supplied": article.title_supplied,
        # EDTF keeps a month-day without a year (XXXX-11-23), which published_at cannot hold.
        "edtf": article.edtf,
        "published_at": article.published_at.isoformat() if article.published_at else None,
        "date_precision": article.date_precision,
        "source_name": article.source_name or None,
        "source_url": article.source_url or None,
        "province": region.province_name if region else None,
        "prefecture": region.prefecture_name if region else None,
        "county": region.county_name if region else None,
        "region_code": region.code if region else None,
        "body": article.body,
        "origin": article.origin,
        "raw_sha256": article.raw_sha256,
        "duplicate_of": article.duplicate_of_id,
    }


def iter_jsonl(articles: Iterable[Article]) -> Iterator[str]:
    for article in articles:
        yield json.dumps(export_record(article), ensure_ascii=False) + "\n"


# OWASP's rule against CSV formula injection: a spreadsheet evaluates a cell that begins with one of these.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(value) -> str:
    """A cell's text, with a leading apostrophe when a spreadsheet would read it as a formula."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(_FORMULA_START) else text


def iter_csv(articles: Iterable[Article]) -> Iterator[str]:
    """CSV rows as text chunks; nulls become empty cells, formula-like cells are neutralised
    (``spreadsheet_safe``). A BOM first so Excel reads UTF-8 Chinese."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=EXPORT_FIELDS)
    buffer.write("\ufeff")
    writer.writeheader()
    for article in articles:
        writer.writerow({k: spreadsheet_safe(v) for k, v in export_record(article).items()})
        yield buffer.getvalue()
        buffer.seek(0)
        buffer.truncate()
    yield buffer.getvalue()

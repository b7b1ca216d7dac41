"""An article's date as a reader should see it: exactly as precise as the source was, in the page's language.

The archive keeps how much of a date is known (day, month, month-and-day without a year, nothing); the
display never invents the missing part. Formats come from Django's locale data (2022年11月23日 /
Nov. 23, 2022), so switching language switches the date format too.
"""
from dataclasses import dataclass
from datetime import date

from django.utils.formats import date_format
from django.utils.translation import gettext as _, pgettext

from archive.models import DatePrecision

# Any leap year works: it only carries a month and a day into date_format (29 February must format).
_YEARLESS = 2000


@dataclass(frozen=True)
class DisplayDate:
    text: str
    # A valid HTML <time datetime> value (2022-11-23, 2022-11, or the yearless 11-23), or "" when unknown.
    machine: str
    known: bool


def article_date(article) -> DisplayDate:
    return display_date(article.published_at, article.date_precision, article.date_month, article.date_day)


def display_date(published: date | None, precision: str, month: int | None = None,
                 day_of_month: int | None = None) -> DisplayDate:
    if precision == DatePrecision.DAY and published:
        return DisplayDate(date_format(published, "DATE_FORMAT"), published.isoformat(), True)
    if precision == DatePrecision.MONTH and published:
        return DisplayDate(date_format(published, "YEAR_MONTH_FORMAT"), published.strftime("%Y-%m"), True)
    if precision == DatePrecision.MONTH_DAY and month and day_of_month:
        try:
            day = date(_YEARLESS, month, day_of_month)
        except ValueError:
            return unknown_date()
        # Translators: Django date format for a month and day with no year (zh: n月j日).
        shown = date_format(day, pgettext("yearless date format", "F j"))
        return DisplayDate(_("%(month_day)s (year unknown)") % {"month_day": shown}, day.strftime("%m-%d"), True)
    return unknown_date()


def unknown_date() -> DisplayDate:
    return DisplayDate(_("date unknown"), "", False)


def citation_date(article) -> str:
    """The publication date as GB/T 7714 and BibTeX write it: the EDTF date when it names a year
    (2022-11-23, 2022-11), else "" (a citation never prints a year nobody knows)."""
    edtf = article.edtf
    return edtf if edtf and not edtf.startswith("XXXX") else ""

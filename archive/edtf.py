"""The one definition of an article's date as text: EDTF (Library of Congress Extended Date/Time Format).

The archive stores how much of a date is known (``DatePrecision``); EDTF writes exactly that much and no more:
``2022-09-02`` (day), ``2022-04`` (month), ``XXXX-11-23`` (month and day, year unknown), or None (unknown).
Export, API, admin, pages and citations all read it from here. Pure: no Django models, no ORM.
"""
import re
from dataclasses import dataclass
from datetime import date

DAY, MONTH, MONTH_DAY, UNKNOWN = "day", "month", "month_day", "unknown"
# A leap year, so that XXXX-02-29 stays a possible date.
_ANY_LEAP_YEAR = 2020
_EDTF = re.compile(r"^(?:(\d{4})-(\d{2})(?:-(\d{2}))?|XXXX-(\d{2})-(\d{2}))$")


@dataclass(frozen=True)
class EdtfDate:
    """A date as the archive stores it: the four fields of an article."""

    published_at: date | None
    precision: str
    month: int | None
    day: int | None


def to_edtf(published_at: date | None, precision: str, month: int | None = None, day: int | None = None) -> str | None:
    if precision == DAY and published_at:
        return published_at.isoformat()
    if precision == MONTH and published_at:
        return published_at.strftime("%Y-%m")
    if precision == MONTH_DAY and month and day:
        return f"XXXX-{month:02d}-{day:02d}"
    return None


def from_edtf(text: str | None) -> EdtfDate:
    """Parse what ``to_edtf`` writes; raises ValueError with a reason a person understands."""
    if text is None or not str(text).strip() or str(text).strip() == "null":
        return EdtfDate(None, UNKNOWN, None, None)
    value = str(text).strip()
    m = _EDTF.match(value)
    if not m:
        raise ValueError(f"{value!r} is not an EDTF date (2022-09-02, 2022-04, XXXX-11-23)")
    year, month, day, yearless_month, yearless_day = m.groups()
    try:
        if yearless_month:
            date(_ANY_LEAP_YEAR, int(yearless_month), int(yearless_day))
            return EdtfDate(None, MONTH_DAY, int(yearless_month), int(yearless_day))
        if day:
            found = date(int(year), int(month), int(day))
            return EdtfDate(found, DAY, found.month, found.day)
        found = date(int(year), int(month), 1)
        return EdtfDate(found, MONTH, found.month, None)
    except ValueError:
        raise ValueError(f"{value!r} is not a calendar date") from None


def year_of(edtf: str | None) -> str | None:
    """The year an EDTF date names, or None when it names none (XXXX-…, unknown)."""
    if not edtf or edtf.startswith("XXXX"):
        return None
    return edtf[:4]


def year_month_of(edtf: str | None) -> str | None:
    """The year and month an EDTF date names (2022-04), or None when it names no year."""
    if not edtf or edtf.startswith("XXXX"):
        return None
    return edtf[:7]

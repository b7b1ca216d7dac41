"""Server-rendered SVG pictures of a result set: matches per month (timeline) and per province (tile map).

They need no JavaScript: every bar and tile with matches is an <a> to the same search narrowed to it,
so the pictures work as filters on any phone, and each link carries a text label for screen readers.
Both take facet buckets in the shared shape (value, label, count, toggle_url, selected) and return
markup built only with format_html, so every value from the archive is escaped.

Sizes are in viewBox units; CSS scales the SVG to the width available (see static/css/site.css).
"""
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from math import ceil, sqrt

from django.utils.formats import date_format
from django.utils.html import format_html
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language, gettext as _, ngettext

from web.province_grid import COLUMNS, PROVINCE_TILES, ROWS, ProvinceTile, tile_for


@dataclass(frozen=True)
class Bucket:
    """One facet value with its count, as every facet list and chart reads it."""

    value: str
    count: int
    label: str = ""
    toggle_url: str | None = None
    selected: bool = False

    @classmethod
    def of(cls, raw: "Bucket | Mapping") -> "Bucket":
        if isinstance(raw, Bucket):
            return raw
        return cls(
            value=str(raw["value"]),
            count=int(raw.get("count") or 0),
            label=str(raw.get("label") or raw["value"]),
            toggle_url=raw.get("toggle_url"),
            selected=bool(raw.get("selected")),
        )


def articles_phrase(count: int) -> str:
    return ngettext("%(count)s article", "%(count)s articles", count) % {"count": count}


def counted_label(name: str, count: int) -> str:
    """'湖北：40 篇' / 'Hubei: 40 articles': the text a screen reader says for a bar or a tile."""
    return _("%(name)s: %(articles)s") % {"name": name, "articles": articles_phrase(count)}


# --------------------------------------------------------------------------------------------------------
# Timeline: one bar per calendar month, months without matches kept as gaps so time reads evenly.
# --------------------------------------------------------------------------------------------------------
TIMELINE_WIDTH = 480
TIMELINE_HEIGHT = 150
_PLOT_TOP, _PLOT_BOTTOM, _PLOT_SIDE = 18, 124, 6
_MAX_SLOT = 40
_YEAR_LABEL_ROOM = 36  # viewBox units a year label needs before the next one


def parse_month(value: str) -> tuple[int, int] | None:
    """'2022-11' (or '2022-11-…') → (2022, 11); anything else → None."""
    try:
        year, month = str(value).split("-")[:2]
        year, month = int(year), int(month)
    except ValueError:
        return None
    return (year, month) if 1 <= month <= 12 else None


def month_range(first: tuple[int, int], last: tuple[int, int]) -> list[tuple[int, int]]:
    months, (year, month) = [], first
    while (year, month) <= last:
        months.append((year, month))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months


def month_name(year: int, month: int) -> str:
    """The month as this language writes it: 2022年11月 / November 2022."""
    return date_format(date(year, month, 1), "YEAR_MONTH_FORMAT")


UNKNOWN_MONTH = "unknown"  # the year_month bucket of articles whose month is not known (search.schema)
_UNKNOWN_SLOT = 34  # the unknown-month bar's own place at the right, apart from the calendar
_UNKNOWN_GAP = 14


def timeline_svg(buckets: Iterable[Bucket | Mapping], *, title: str) -> SafeString:
    """Bars of matches per month from year-month buckets, and, apart at the right, one labelled bar for
    the articles whose month is unknown (they are counted, not hidden). Empty when nothing matched."""
    counted = {}
    by_month = {}
    unknown: Bucket | None = None
    for bucket in map(Bucket.of, buckets):
        month = parse_month(bucket.value)
        if month is not None and bucket.count > 0:
            counted[month] = bucket.count
            by_month[month] = bucket
        elif bucket.value == UNKNOWN_MONTH and bucket.count > 0:
            unknown = bucket
    if not counted and unknown is None:
        return SafeString("")
    months = month_range(min(counted), max(counted)) if counted else []
    peak = max([*counted.values(), unknown.count if unknown else 0])
    reserved = _UNKNOWN_SLOT + _UNKNOWN_GAP if unknown else 0
    plot_width = TIMELINE_WIDTH - 2 * _PLOT_SIDE - reserved
    plot_height = _PLOT_BOTTOM - _PLOT_TOP
    # A few months get bars of a readable width at the left rather than a few slabs across the chart.
    slot = min(plot_width / len(months), _MAX_SLOT) if months else _MAX_SLOT
    gap = min(2.0, slot * 0.2)
    show_counts = slot >= 22  # room to print each count above its bar
    show_months = slot >= 26
    bars, labels = [], []
    last_year_label = -_YEAR_LABEL_ROOM
    for index, (year, month) in enumerate(months):
        x = _PLOT_SIDE + index * slot
        count = counted.get((year, month), 0)
        # Each January is labelled with its year; so is the first bar, unless January follows too soon.
        first_with_room = index == 0 and (13 - month) * slot >= _YEAR_LABEL_ROOM
        if (month == 1 or first_with_room) and x - last_year_label >= _YEAR_LABEL_ROOM:
            last_year_label = x
            labels.append(format_html('<text class="axis-year" x="{}" y="{}">{}</text>',
                                      _n(x + gap / 2), _PLOT_BOTTOM + (26 if show_months else 16), year))
        if show_months:
            labels.append(format_html('<text class="axis-month" x="{}" y="{}" text-anchor="middle">{}</text>',
                                      _n(x + slot / 2), _PLOT_BOTTOM + 13, _month_tick(month)))
        if count == 0:
            continue
        text = counted_label(month_name(year, month), count)
        bars.append(_bar(by_month[(year, month)], text, x=x, slot=slot, gap=gap, height=plot_height * count / peak,
                         show_count=show_counts, css="month"))
    if unknown is not None:
        x = TIMELINE_WIDTH - _PLOT_SIDE - _UNKNOWN_SLOT
        name = _("month unknown")
        text = counted_label(name, unknown.count)
        bars.append(_bar(unknown, text, x=x, slot=_UNKNOWN_SLOT, gap=4.0,
                         height=plot_height * unknown.count / peak, show_count=True, css="month unknown-month"))
        labels.append(format_html(  # anchored at the right edge: "unknown" is wider than its bar
            '<text class="axis-unknown" x="{}" y="{}" text-anchor="end">{}</text>',
            TIMELINE_WIDTH - 1, _PLOT_BOTTOM + 13, _("unknown")))
        labels.append(format_html('<line class="unknown-separator" x1="{x}" x2="{x}" y1="{top}" y2="{base}"/>',
                                  x=_n(x - _UNKNOWN_GAP / 2), top=_PLOT_TOP, base=_PLOT_BOTTOM + 4))
    return format_html(
        '<svg class="chart timeline" viewBox="0 0 {w} {h}" width="{w}" height="{h}" role="group" '
        'aria-label="{title}" preserveAspectRatio="xMinYMin meet"><title>{title}</title>'
        '{peak}'
        '<line class="baseline" x1="{side}" x2="{end}" y1="{base}" y2="{base}"/>{bars}{labels}</svg>',
        w=TIMELINE_WIDTH, h=TIMELINE_HEIGHT, title=title, side=_PLOT_SIDE,
        # Counts above bars make the peak label redundant (and it would collide with the first count).
        peak="" if show_counts else format_html('<text class="axis-peak" x="{}" y="11">{}</text>', _PLOT_SIDE,
                                                 _("most in one month: %(count)s") % {"count": peak}),
        end=TIMELINE_WIDTH - _PLOT_SIDE, base=_PLOT_BOTTOM,
        bars=mark_safe("".join(bars)), labels=mark_safe("".join(labels)),
    )


def _bar(bucket: Bucket, text: str, *, x: float, slot: float, gap: float, height: float, show_count: bool,
         css: str) -> SafeString:
    """One bar with a generous hit area, its count above it when there is room, as a filter link."""
    plot_height = _PLOT_BOTTOM - _PLOT_TOP
    height = max(2.0, height)
    count_label = (format_html('<text class="bar-count" x="{}" y="{}" text-anchor="middle">{}</text>',
                               _n(x + slot / 2), _n(_PLOT_BOTTOM - height - 3), bucket.count)
                   if show_count else "")
    shape = format_html(
        '<title>{}</title><rect class="hit" x="{}" y="{}" width="{}" height="{}"/>'
        '<rect class="bar" x="{}" y="{}" width="{}" height="{}"/>{}',
        text, _n(x), _PLOT_TOP - 14, _n(slot), plot_height + 14,
        _n(x + gap / 2), _n(_PLOT_BOTTOM - height), _n(slot - gap), _n(height), count_label,
    )
    return _linked(shape, bucket, text, css=css)


def _month_tick(month: int) -> str:
    return date_format(date(2000, month, 1), "M") if latin_interface() else f"{month}月"


# --------------------------------------------------------------------------------------------------------
# Province tile map.
# --------------------------------------------------------------------------------------------------------
TILE_SIZE = 46
TILE_PITCH = 50
# Colour steps from few to many matches; text colours chosen so each pair passes WCAG AA (4.5:1),
# which tests/web/test_charts.py checks.
NO_MATCH_STYLE = ("#f1f1f1", "#595959")
STEP_STYLES = (
    ("#deebf7", "#10243e"),
    ("#b6d3ec", "#10243e"),
    ("#8dbbe0", "#10243e"),
    ("#2f6fad", "#ffffff"),
    ("#174a7e", "#ffffff"),
)


def colour_step(count: int, peak: int) -> int:
    """1 … len(STEP_STYLES) on a square-root scale, so one huge province does not wash out the rest."""
    if count <= 0 or peak <= 0:
        return 0
    return max(1, ceil(len(STEP_STYLES) * sqrt(count / peak)))


def province_map_svg(buckets: Iterable[Bucket | Mapping], *, title: str,
                     measure: Callable[[Bucket], float] | None = None,
                     tile_text: Callable[[Bucket], str] | None = None,
                     describe: Callable[[str, Bucket], str] | None = None) -> SafeString:
    """All 34 provinces as tiles; those with matches are shaded by count and link to the narrowed search.

    Another measure (a rate, say) can shade the tiles instead: `measure` gives a bucket's value,
    `tile_text` what the tile prints and `describe` what a screen reader hears (name, bucket → text).
    """
    measure = measure or (lambda b: b.count)
    tile_text = tile_text or (lambda b: str(b.count))
    describe = describe or (lambda name, b: counted_label(name, b.count))
    by_tile: dict[ProvinceTile, Bucket] = {}
    for bucket in map(Bucket.of, buckets):
        tile = tile_for(bucket.value)
        if tile is not None:
            by_tile[tile] = bucket
    peak = max((measure(b) for b in by_tile.values() if b.count), default=0)
    latin = latin_interface()
    tiles = []
    for tile in PROVINCE_TILES:
        bucket = by_tile.get(tile)
        count = bucket.count if bucket else 0
        step = colour_step(measure(bucket), peak) if count else 0
        fill, ink = STEP_STYLES[step - 1] if step else NO_MATCH_STYLE
        x, y = tile.column * TILE_PITCH, tile.row * TILE_PITCH
        name = tile.english if latin else tile.short
        text = describe(name, bucket) if bucket else counted_label(name, 0)
        shape = format_html(
            '<title>{}</title><rect class="tile" x="{}" y="{}" width="{}" height="{}" rx="4" fill="{}"/>'
            '<text x="{}" y="{}" fill="{}" class="tile-name" text-anchor="middle">{}</text>'
            '<text x="{}" y="{}" fill="{}" class="tile-count" text-anchor="middle">{}</text>',
            text, x, y, TILE_SIZE, TILE_SIZE, fill,
            x + TILE_SIZE // 2, y + 20, ink, tile.iso if latin else tile.short,
            x + TILE_SIZE // 2, y + 37, ink, tile_text(bucket) if count else "",
        )
        if count:
            tiles.append(_linked(shape, bucket, text, css="province"))
        else:
            tiles.append(format_html('<g class="province empty">{}</g>', shape))
    width, height = COLUMNS * TILE_PITCH - (TILE_PITCH - TILE_SIZE), ROWS * TILE_PITCH - (TILE_PITCH - TILE_SIZE)
    return format_html(
        '<svg class="chart province-map" viewBox="0 0 {w} {h}" width="{w}" height="{h}" role="group" '
        'aria-label="{title}"><title>{title}</title>{tiles}</svg>',
        w=width, h=height, title=title, tiles=mark_safe("".join(tiles)),
    )


# --------------------------------------------------------------------------------------------------------
def _linked(shape: SafeString, bucket: Bucket, text: str, *, css: str) -> SafeString:
    """A shape as a filter link (or as a plain group when the facet offers no link)."""
    selected = " selected" if bucket.selected else ""
    if not bucket.toggle_url:
        return format_html('<g class="{}{}">{}</g>', css, selected, shape)
    return format_html(
        '<a class="{}{}" href="{}" aria-label="{}"{}>{}</a>',
        css, selected, bucket.toggle_url, text, mark_safe(' aria-current="true"') if bucket.selected else "",
        shape,
    )


def latin_interface() -> bool:
    """True when the page is not in Chinese: labels then use Latin names (Hubei, HB) and month names."""
    return not (get_language() or "zh-hans").startswith("zh")


def _n(number: float) -> str:
    """Coordinates with one decimal at most: smaller pages, same picture."""
    return f"{number:.1f}".rstrip("0").rstrip(".")

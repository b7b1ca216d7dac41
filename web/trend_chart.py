"""Server-rendered SVG line chart of term trends: one line per query across calendar months.

Every point is a link to the search for that query in that month (so its number can be checked) and
carries a text label for screen readers; the lines differ by colour (Okabe–Ito, safe for colour-blind
readers) and by dash pattern, so they can be told apart in grey too. Built only with format_html.
"""
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from django.utils.html import format_html
from django.utils.safestring import SafeString, mark_safe

from web.charts import latin_interface, month_name, parse_month

WIDTH, HEIGHT = 640, 240
LEFT, RIGHT, TOP, BOTTOM = 46, 10, 14, 206
YEAR_LABEL_ROOM = 36  # viewBox units a year label needs before the next one
SERIES_STYLES = (  # (stroke colour, dash pattern)
    ("#0072b2", ""), ("#d55e00", "6 3"), ("#009e73", "2 3"), ("#cc79a7", "8 3 2 3"), ("#8a6100", "1 2"),
)


@dataclass(frozen=True)
class Line:
    """One query's series: a value per month (None: no articles in the archive that month)."""

    name: str
    values: Sequence[float | None]
    link: Callable[[str], str]  # month → URL of the search for this query in that month


def style_of(index: int) -> tuple[str, str]:
    return SERIES_STYLES[index % len(SERIES_STYLES)]


def _n(number: float) -> str:
    return f"{number:.1f}".rstrip("0").rstrip(".")


def _tick(value: float) -> str:
    return f"{value:,.0f}" if value >= 10 or value == int(value) else f"{value:.1f}"


def trend_svg(months: Sequence[str], lines: Sequence[Line], *, title: str, unit: Callable[[float], str],
              css: str) -> SafeString:
    """`unit(value)` is how a value reads aloud ("12.5 per 1,000 articles"); empty when nothing to draw."""
    if not months or not lines:
        return SafeString("")
    peak = max((v for line in lines for v in line.values if v is not None), default=0) or 1
    plot_w, plot_h = WIDTH - LEFT - RIGHT, BOTTOM - TOP
    step = plot_w / max(1, len(months) - 1) if len(months) > 1 else 0

    def x_of(i: int) -> float:
        return LEFT + (i * step if len(months) > 1 else plot_w / 2)

    def y_of(v: float) -> float:
        return BOTTOM - plot_h * v / peak

    parts = []
    for fraction in (0, 0.5, 1):  # gridlines with values at 0, half and the peak
        y = BOTTOM - plot_h * fraction
        parts.append(format_html('<line class="grid" x1="{}" x2="{}" y1="{}" y2="{}"/>'
                                 '<text class="axis-value" x="{}" y="{}" text-anchor="end">{}</text>',
                                 LEFT, WIDTH - RIGHT, _n(y), _n(y), LEFT - 4, _n(y + 4), _tick(peak * fraction)))
    last_label_x = -YEAR_LABEL_ROOM
    for i, month in enumerate(months):  # a year label at each January and at the start, when there is room
        parsed = parse_month(month)
        if parsed and (parsed[1] == 1 or i == 0) and x_of(i) - last_label_x >= YEAR_LABEL_ROOM:
            last_label_x = x_of(i)
            parts.append(format_html('<text class="axis-year" x="{}" y="{}">{}</text>', _n(x_of(i)), BOTTOM + 16,
                                     parsed[0]))
    for index, line in enumerate(lines):
        colour, dash = style_of(index)
        segments, current = [], []
        for i, value in enumerate(line.values):
            if value is None:  # no archive that month: a gap, not a zero
                if current:
                    segments.append(current)
                current = []
            else:
                current.append(f"{_n(x_of(i))},{_n(y_of(value))}")
        if current:
            segments.append(current)
        paths = "".join(
            format_html('<polyline points="{}" fill="none" stroke="{}" stroke-width="2"{}/>', " ".join(seg), colour,
                        mark_safe(f' stroke-dasharray="{dash}"') if dash else "")
            for seg in segments)
        points = []
        for i, value in enumerate(line.values):
            if value is None:
                continue
            parsed = parse_month(months[i])
            when = month_name(*parsed) if parsed else months[i]
            pattern = "{}, {}: {}" if latin_interface() else "{}，{}：{}"
            label = pattern.format(line.name, when, unit(value))
            points.append(format_html(
                '<a class="point" href="{}" aria-label="{}"><title>{}</title>'
                '<circle cx="{}" cy="{}" r="3.5" fill="{}"/></a>',
                line.link(months[i]), label, label, _n(x_of(i)), _n(y_of(value)), colour))
        parts.append(format_html('<g class="series" data-series="{}">{}{}</g>', index + 1, mark_safe(paths),
                                 mark_safe("".join(points))))
    return format_html(
        '<svg class="chart trend {css}" viewBox="0 0 {w} {h}" width="{w}" height="{h}" role="group" '
        'aria-label="{title}" preserveAspectRatio="xMinYMin meet"><title>{title}</title>'
        '<line class="baseline" x1="{left}" x2="{right}" y1="{base}" y2="{base}"/>{parts}</svg>',
        css=css, w=WIDTH, h=HEIGHT, title=title, left=LEFT, right=WIDTH - RIGHT, base=BOTTOM,
        parts=mark_safe("".join(parts)),
    )

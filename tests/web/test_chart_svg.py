import re
import xml.etree.ElementTree as ET

import pytest
from django.utils import translation

from web.charts import (NO_MATCH_STYLE, STEP_STYLES, Bucket, colour_step, month_range, parse_month,
                        province_map_svg, timeline_svg)

SVG = "{http://www.w3.org/2000/svg}"


def parse(svg: str) -> ET.Element:
    """Charts must be well-formed XML (inline SVG is parsed as XML by some readers and tools)."""
    return ET.fromstring(svg.replace("<svg ", '<svg xmlns="http://www.w3.org/2000/svg" ', 1))


def links(root):
    return root.iter(f"{SVG}a")


def month(value, count, selected=False):
    return {"value": value, "count": count, "toggle_url": f"?year_month={value}", "selected": selected}


@pytest.fixture(autouse=True)
def chinese():
    with translation.override("zh-hans"):
        yield


def test_each_month_with_matches_is_a_labelled_link_to_that_month():
    root = parse(timeline_svg([month("2020-01", 3), month("2020-02", 12)], title="每月文章数"))
    found = {a.get("href"): a.get("aria-label") for a in links(root)}
    assert set(found) == {"?year_month=2020-01", "?year_month=2020-02"}
    assert all(label for label in found.values())


def test_months_between_are_drawn_as_gaps_not_links():
    root = parse(timeline_svg([month("2020-01", 3), month("2020-04", 1)], title="t"))
    assert len(list(links(root))) == 2
    assert root.findtext(f"{SVG}title") == "t"


def test_bar_height_is_proportional_to_the_count():
    root = parse(timeline_svg([month("2020-01", 10), month("2020-02", 5)], title="t"))
    heights = [float(r.get("height")) for r in root.iter(f"{SVG}rect") if r.get("class") == "bar"]
    assert heights[0] == pytest.approx(2 * heights[1])


def test_a_selected_month_is_marked_current():
    root = parse(timeline_svg([month("2020-01", 3, selected=True), month("2020-02", 1)], title="t"))
    current = [a for a in links(root) if a.get("aria-current") == "true"]
    assert [a.get("href") for a in current] == ["?year_month=2020-01"]


def test_no_matches_draw_nothing():
    assert timeline_svg([], title="t") == ""
    assert timeline_svg([{"value": "unknown", "count": 0}], title="t") == ""


def test_articles_with_an_unknown_month_are_their_own_labelled_bar_after_the_calendar():
    unknown = {"value": "unknown", "count": 4, "toggle_url": "?year_month=unknown"}
    root = parse(timeline_svg([month("2021-11", 8), unknown, month("2021-12", 2)], title="t"))
    hrefs = [a.get("href") for a in links(root)]
    assert hrefs == ["?year_month=2021-11", "?year_month=2021-12", "?year_month=unknown"]
    last = list(links(root))[-1]
    assert last.get("aria-label") == "月份不详：4 篇"
    assert "unknown-month" in last.get("class")
    assert [t.text for t in root.iter(f"{SVG}text") if t.get("class") == "axis-unknown"] == ["不详"]
    bars = {a.get("href"): float(next(r for r in a.iter(f"{SVG}rect") if r.get("class") == "bar").get("height"))
            for a in links(root)}
    assert bars["?year_month=unknown"] == pytest.approx(bars["?year_month=2021-11"] / 2)
    xs = [float(next(r for r in a.iter(f"{SVG}rect") if r.get("class") == "bar").get("x")) for a in links(root)]
    assert xs == sorted(xs)


def test_only_unknown_months_still_draw_the_unknown_bar():
    root = parse(timeline_svg([{"value": "unknown", "count": 3, "toggle_url": "?x"}], title="t"))
    assert [a.get("href") for a in links(root)] == ["?x"]


def test_values_from_the_archive_are_escaped():
    svg = timeline_svg([{"value": "2020-01", "count": 1, "toggle_url": '?q="><script>'}], title="<b>")
    assert "<script>" not in svg and "<b>" not in svg
    parse(svg)


def test_month_helpers():
    assert parse_month("2022-11") == (2022, 11)
    assert parse_month("2022-13") is None and parse_month("unknown") is None
    assert month_range((2019, 11), (2020, 2)) == [(2019, 11), (2019, 12), (2020, 1), (2020, 2)]


def test_timeline_labels_follow_the_language():
    with translation.override("en"):
        svg = timeline_svg([month("2020-02", 12)], title="t")
    assert "February 2020: 12 articles" in svg
    with translation.override("en"):
        svg = timeline_svg([month("2020-02", 12), {"value": "unknown", "count": 1}], title="t")
    assert "month unknown: 1 article" in svg and ">unknown</text>" in svg


# ---- Province map -------------------------------------------------------------------------------
def province(value, count, selected=False):
    return {"value": value, "count": count, "toggle_url": f"?province={value}", "selected": selected}


def test_map_draws_all_34_tiles_and_links_only_provinces_with_matches():
    root = parse(province_map_svg([province("湖北省", 40), province("广东省", 3)], title="各省文章数"))
    assert len([r for r in root.iter(f"{SVG}rect") if r.get("class") == "tile"]) == 34
    assert {a.get("href") for a in links(root)} == {"?province=湖北省", "?province=广东省"}


def test_map_tiles_are_labelled_with_name_and_count_in_the_page_language():
    svg = province_map_svg([province("湖北省", 40)], title="t")
    assert 'aria-label="湖北：40 篇"' in svg
    with translation.override("en"):
        svg = province_map_svg([province("湖北省", 40)], title="t")
    assert 'aria-label="Hubei: 40 articles"' in svg and ">HB<" in svg


def test_buckets_that_are_not_provinces_are_ignored():
    root = parse(province_map_svg([province("全国", 9), province("北京市", 1)], title="t"))
    assert [a.get("href") for a in links(root)] == ["?province=北京市"]


def test_colour_steps_use_a_square_root_scale():
    assert colour_step(0, 100) == 0
    assert colour_step(1, 10_000) == 1
    assert colour_step(100, 100) == len(STEP_STYLES)
    assert colour_step(25, 100) == 3  # sqrt(0.25) × 5 = 2.5 → step 3


def _luminance(hex_colour):
    channels = [int(hex_colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(a, b):
    high, low = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


@pytest.mark.parametrize("fill, ink", [NO_MATCH_STYLE, *STEP_STYLES])
def test_tile_text_meets_wcag_aa_contrast(fill, ink):
    assert contrast(fill, ink) >= 4.5


def test_bucket_of_accepts_the_shared_facet_shape():
    bucket = Bucket.of({"value": "湖北省", "count": "4", "label": "湖北", "toggle_url": "?x", "selected": 1})
    assert bucket == Bucket("湖北省", 4, "湖北", "?x", True)


def test_css_colours_used_for_text_pass_aa_on_white():
    css = open("static/css/site.css", encoding="utf-8").read()
    for name in ("ink", "muted", "link", "link-visited"):
        colour = re.search(rf"--{name}: (#[0-9a-f]{{6}})", css).group(1)
        assert contrast(colour, "#ffffff") >= 4.5, name

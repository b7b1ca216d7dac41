"""The timeline counts articles with an unknown month as their own labelled bar, linked to that bucket."""
import pytest
from lxml import html

pytestmark = pytest.mark.django_db


def test_the_overview_timeline_has_an_unknown_bar_with_the_undated_count(client, archive):
    twin = client.get("/api/search").json()
    undated = sum(b["count"] for b in twin["facets"]["year_month"] if b["value"] == "unknown")
    assert undated > 0  # the samples include a page that gives only 11月23日
    doc = html.fromstring(client.get("/").content.decode())
    (bar,) = doc.xpath('//svg[contains(@class, "timeline")]//a[contains(@class, "unknown-month")]')
    assert bar.get("href") == "/?year_month=unknown"
    assert bar.get("aria-label") == f"月份不详：{undated} 篇"
    assert "不详" in doc.xpath('string(//figcaption[@id="timeline-caption"])')
    month_view = client.get(bar.get("href")).content.decode()
    assert f"{undated}" in html.fromstring(month_view).xpath('string(//h2[@id="result-count"])')

"""Term trends: each query's monthly counts are the search's own counts; rates are per 1,000 archived
articles that month; the map shows one query's share per province; CSV and JSON twins agree."""
import csv
import io
from urllib.parse import quote

import pytest
from lxml import html

pytestmark = pytest.mark.django_db


def search_count(client, **params) -> int:
    query = "&".join(f"{k}={quote(v)}" for k, v in params.items())
    return client.get(f"/api/search?{query}&page_size=1").json()["count"]


def trends(client, query: str) -> dict:
    response = client.get("/api/trends?" + query)
    assert response.status_code == 200, response.content
    return response.json()


@pytest.mark.parametrize("query, filters", [("疫情", {}), ("核酸 OR 防控", {}), ("疫情", {"province": "湖北省"}),
                                            ("title:疫情", {"date_from": "2020"})])
def test_every_monthly_count_equals_the_search_count_for_that_month(client, archive, query, filters):
    extra = "".join(f"&{k}={quote(v)}" for k, v in filters.items())
    found = trends(client, f"q={quote(query)}{extra}")
    (series,) = found["series"]
    assert series["total"] == search_count(client, q=query, **filters)
    assert found["months"] and len(series["points"]) == len(found["months"])
    for point in [*series["points"], series["unknown_month"]]:
        assert point["count"] == search_count(client, q=query, year_month=point["month"], **filters)
        assert point["archive"] == search_count(client, year_month=point["month"], **filters)
        expected = round(point["count"] * 1000 / point["archive"], 2) if point["archive"] else None
        assert point["per_1000"] == expected


def test_months_run_without_gaps_from_the_first_to_the_last_archived_month(client, archive):
    months = trends(client, "q=疫情")["months"]
    assert months[0] == "2020-02" and months[-1] == "2022-11"
    assert len(months) == 34 and len(set(months)) == 34


def test_two_queries_get_two_series_in_order(client, archive):
    found = trends(client, "q=" + quote("核酸") + "&q=" + quote("隔离"))
    assert [s["q"] for s in found["series"]] == ["核酸", "隔离"]
    assert found["normalisation"].startswith("per 1,000 archived articles that month")


def test_both_scripts_are_one_query_in_the_series_and_on_the_map(client, archive):
    simplified = trends(client, "q=" + quote("泽库县"))
    traditional = trends(client, "q=" + quote("澤庫縣"))
    assert simplified["series"][0]["points"] == traditional["series"][0]["points"]
    assert simplified["map"]["provinces"] == traditional["map"]["provinces"]
    qinghai = next(p for p in simplified["map"]["provinces"] if p["province"] == "青海省")
    assert qinghai["count"] == search_count(client, q="泽库县", province="青海省") > 0
    assert qinghai["archive"] == search_count(client, province="青海省")


def test_the_map_follows_the_chosen_query(client, archive):
    found = trends(client, "q=" + quote("泽库县") + "&q=" + quote("武汉") + "&map=2")
    assert found["map"]["q"] == "武汉"
    hubei = next(p for p in found["map"]["provinces"] if p["province"] == "湖北省")
    assert hubei["count"] == search_count(client, q="武汉", province="湖北省") > 0


@pytest.mark.parametrize("query, message", [
    ("&".join(f"q={n}" for n in "一二三四五六"), "at most 5 queries"),
    ("q=a&map=3", "map must be"),
    ("q=a&year_month=May", "year_month must be"),
])
def test_bad_requests_say_what_is_wrong(client, archive, query, message):
    response = client.get("/api/trends?" + quote(query, safe="=&"))
    assert response.status_code == 400 and message in response.json()["error"]
    assert client.get("/trends?" + quote(query, safe="=&")).status_code == 400


def test_the_csv_has_the_json_numbers(client, archive):
    query = "q=" + quote("疫情") + "&q=" + quote("核酸")
    found = trends(client, query)
    response = client.get("/trends/export.csv?" + query)
    rows = list(csv.DictReader(io.StringIO(b"".join(response.streaming_content).decode("utf-8-sig"))))
    expected = [(s["q"], p["month"], str(p["count"]), str(p["archive"]))
                for s in found["series"] for p in [*s["points"], s["unknown_month"]]]
    assert [(r["query"], r["month"], r["matching_articles"], r["archive_articles"]) for r in rows] == expected


def test_the_page_draws_both_series_normalised_and_absolute_with_links_to_the_counted_search(client, archive):
    response = client.get("/trends?q=" + quote("疫情") + "&q=" + quote("核酸"))
    doc = html.fromstring(response.content.decode())
    (normalised,) = doc.xpath('//svg[contains(@class, "normalised")]')
    assert doc.xpath('//svg[contains(@class, "absolute")]')
    assert {g.get("data-series") for g in normalised.xpath('.//g[@class="series"]')} == {"1", "2"}
    caption = doc.xpath('string(//figcaption[@id="normalised-caption"])')
    assert caption.startswith("每 1,000 篇当月存档文章") and "归一化" in caption  # the normalisation is named
    point = normalised.xpath('.//g[@data-series="1"]/a[@class="point"]')[0]
    assert "year_month=" in point.get("href")
    may = [a for a in doc.xpath('//svg[contains(@class, "absolute")]//g[@data-series="1"]/a')
           if "year_month=2020-05" in a.get("href")]
    (may,) = may
    assert may.get("aria-label").endswith(f"{search_count(client, q='疫情', year_month='2020-05')} 篇")
    assert doc.xpath('//link[@rel="alternate"][@type="application/json"]/@href')[0].startswith("/api/trends?")
    assert doc.xpath('//svg[contains(@class, "province-map")]')


def test_the_search_page_links_to_compare_over_time(client, archive):
    doc = html.fromstring(client.get("/?q=" + quote("疫情") + "&province=" + quote("湖北省")).content.decode())
    (href,) = doc.xpath('//p[@class="research-links"]/a[1]/@href')
    assert href.startswith("/trends?") and "province=" in href
    assert client.get(href).status_code == 200

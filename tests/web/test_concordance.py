"""Concordance: every occurrence in context, in the source's script, aligned, sortable, paginated,
bounded in cost, with CSV and JSON twins."""
import csv
import io
from urllib.parse import quote

import pytest
from lxml import html

from search import concordance as kwic
from web.script import to_simplified

pytestmark = pytest.mark.django_db


def lines(client, query: str) -> dict:
    response = client.get("/api/concordance?" + query)
    assert response.status_code == 200, response.content
    return response.json()


def matching_articles(client, q: str) -> list[int]:
    return [r["id"] for r in client.get(f"/api/search?q={quote(q)}&page_size=100").json()["results"]]


def test_every_occurrence_in_every_matching_article_is_a_line(client, archive):
    found = lines(client, "q=" + quote("疫情") + "&page_size=500")
    by_id = {a.pk: a for a in archive.values()}
    expected = sum(to_simplified(by_id[i].title).count("疫情") + to_simplified(by_id[i].body).count("疫情")
                   for i in matching_articles(client, "疫情"))
    assert found["total"] == len(found["lines"]) == expected > 10
    assert found["truncated"] is False and found["articles_read"] == found["articles_total"]


def test_lines_are_in_the_sources_script_with_n_characters_either_side(client, archive):
    found = lines(client, "q=" + quote("泽库县") + "&width=6")
    matches = {line["article_id"]: line["match"] for line in found["lines"]}
    traditional = next(a for a in archive.values() if a.title.startswith("澤庫縣"))
    assert matches[traditional.pk] == "澤庫縣"  # a simplified query, the traditional article's own characters
    by_id = {a.pk: a for a in archive.values()}
    for line in found["lines"]:
        text = getattr(by_id[line["article_id"]], line["field"]).replace("\n", " ")
        assert len(line["left"]) <= 6 and len(line["right"]) <= 6
        start = line["position"]
        assert text[start - len(line["left"]):start + len(line["match"]) + len(line["right"])] == \
            line["left"] + line["match"] + line["right"]


@pytest.mark.parametrize("sort, key", [
    ("right", lambda line: line["right"]),
    ("left", lambda line: line["left"][::-1]),
    ("date", lambda line: (line["published_at"] is None, line["published_at"] or "")),
    ("region", lambda line: (line["region"] is None, line["region"] or "")),
])
def test_lines_sort_by_left_right_date_or_region(client, archive, sort, key):
    found = lines(client, "q=" + quote("疫情") + f"&sort={sort}&page_size=500")
    keys = [key(line) for line in found["lines"]]
    assert keys == sorted(keys) and len(set(map(str, keys))) > 1


def test_pages_are_slices_of_the_same_sorted_list(client, archive):
    everything = lines(client, "q=" + quote("疫情") + "&sort=right&page_size=500")["lines"]
    second = lines(client, "q=" + quote("疫情") + "&sort=right&page_size=4&page=2")
    assert second["lines"] == everything[4:8] and second["num_pages"] == -(-len(everything) // 4)


def test_cost_is_bounded_and_the_page_says_so(client, archive, monkeypatch):
    monkeypatch.setattr(kwic, "MAX_OCCURRENCES", 5)
    found = lines(client, "q=" + quote("疫情"))
    assert found["total"] == 5 and found["truncated"] is True and found["max_occurrences"] == 5
    assert found["articles_read"] < found["articles_total"]
    doc = html.fromstring(client.get("/concordance?q=" + quote("疫情")).content.decode())
    stated = doc.xpath('string(//p[@class="kwic-total"])')
    assert "5" in stated and str(found["articles_total"]) in stated


def test_the_html_table_shows_the_json_lines_aligned_on_the_match(client, archive):
    query = "q=" + quote("疫情") + "&sort=right&page_size=10"
    found = lines(client, query)
    doc = html.fromstring(client.get("/concordance?" + query).content.decode())
    rows = doc.xpath('//tr[@class="kwic-line"]')
    assert [(r.xpath('string(td[@class="left"])'), r.xpath('string(.//a[@class="match"])'),
             r.xpath('string(.//span[@class="right"])')) for r in rows] == \
        [(line["left"], line["match"], line["right"]) for line in found["lines"]]
    assert doc.xpath('//th[@aria-sort="ascending"]/@class') == ["sort-right"]
    assert doc.xpath('//link[@rel="alternate"][@type="application/json"]/@href')[0].startswith("/api/concordance?")


def test_the_csv_has_every_collected_line_with_the_named_columns(client, archive):
    found = lines(client, "q=" + quote("疫情") + "&sort=left&page_size=500")
    response = client.get("/concordance/export.csv?q=" + quote("疫情") + "&sort=left&page=2&page_size=3")
    rows = list(csv.DictReader(io.StringIO(b"".join(response.streaming_content).decode("utf-8-sig"))))
    assert list(rows[0]) == ["article_id", "date", "region", "left", "match", "right"]
    assert [(int(r["article_id"]), r["left"], r["match"], r["right"]) for r in rows] == \
        [(line["article_id"], line["left"], line["match"], line["right"]) for line in found["lines"]]


@pytest.mark.parametrize("query, message", [
    ("q=-疫情", "at least one term"), ("q=疫情&sort=middle", "sort must be"), ("q=疫情&width=500", "width must be"),
])
def test_bad_requests_say_what_is_wrong(client, archive, query, message):
    response = client.get("/api/concordance?" + quote(query, safe="=&"))
    assert response.status_code == 400 and message in response.json()["error"]


def test_the_search_page_links_to_the_concordance_of_its_query(client, archive):
    doc = html.fromstring(client.get("/?q=" + quote("疫情")).content.decode())
    (href,) = doc.xpath('//p[@class="research-links"]/a[2]/@href')
    assert href == "/concordance?q=" + quote("疫情")

"""A language you can share: /en/… is English for anyone; the switch keeps the path and the query."""
from urllib.parse import quote, unquote

import pytest
from lxml import html

pytestmark = pytest.mark.django_db


def doc_of(response):
    return html.fromstring(response.content.decode())


def test_an_english_url_is_english_without_cookie_or_accept_language(client, archive):
    response = client.get("/en/?q=疫情", HTTP_ACCEPT_LANGUAGE="zh-CN")
    assert response.status_code == 200
    doc = doc_of(response)
    assert doc.get("lang") == "en"
    assert doc.xpath('//label[@for="q"]/text()') == ["Words to find"]


def test_an_unprefixed_url_is_chinese_by_default(client, archive):
    assert doc_of(client.get("/?q=疫情")).get("lang") == "zh-hans"


def test_links_on_an_english_page_stay_in_english(client, archive):
    doc = doc_of(client.get("/en/?q=疫情"))
    results = doc.xpath('//li[@class="result"]//h3/a/@href')
    facets = doc.xpath('//section[@aria-labelledby="facet-province"]//a/@href')
    assert results and facets
    assert all(href.startswith("/en/articles/") for href in results)
    assert all(href.startswith("/en/?") for href in facets)


def test_the_english_article_page_keeps_a_language_neutral_permalink(client, archive, article):
    pk = article("003").pk
    doc = doc_of(client.get(f"/en/articles/{pk}/"))
    assert doc.get("lang") == "en"
    assert doc.xpath('//link[@rel="canonical"]/@href') == [f"http://testserver/articles/{pk}/"]


@pytest.mark.parametrize("start, language, landing", [
    ("/?q=疫情&province=湖北省&sort=oldest", "en", "/en/?q=疫情&province=湖北省&sort=oldest"),
    ("/en/?q=疫情&province=湖北省", "zh-hans", "/?q=疫情&province=湖北省"),
])
def test_the_language_switch_keeps_the_current_query(client, archive, start, language, landing):
    doc = doc_of(client.get(quote(start, safe="/?=&")))  # as a browser sends it: percent-encoded
    (next_url,) = doc.xpath('//form[@class="language-form"]//input[@name="next"]/@value')
    fresh = client.__class__()  # no cookie: the switch must not depend on the language of its own request
    response = fresh.post("/i18n/setlang/", {"language": language, "next": next_url})
    assert response.status_code == 302
    assert unquote(response["Location"]) == landing
    assert doc_of(fresh.get(response["Location"])).get("lang") == language


def test_the_json_api_has_no_language_prefix(client, archive):
    assert client.get("/api/search?q=疫情").status_code == 200
    assert client.get("/en/api/search?q=疫情").status_code == 404


def test_each_page_names_its_address_in_the_other_language(client, archive):
    doc = doc_of(client.get("/en/trends?q=" + quote("疫情")))
    assert doc.xpath('//link[@rel="alternate"][@hreflang="zh-hans"]/@href') == ["/trends?q=" + quote("疫情")]
    doc = doc_of(client.get("/?q=" + quote("疫情")))
    assert doc.xpath('//link[@rel="alternate"][@hreflang="en"]/@href') == ["/en/?q=" + quote("疫情")]

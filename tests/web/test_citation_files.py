"""Citation interoperability: Highwire meta tags (what Zotero reads), RIS per article and per search,
and an Atom feed per search, each checked with a real parser."""
import feedparser
import pytest
import rispy
from lxml import html

from web.citation import CitedWork
from web.dates import citation_date
from web.highwire import ZOTERO_READS
from web.ris import ris_date

pytestmark = pytest.mark.django_db


def cited_title(article) -> str:
    """The title every citation format uses (web.citation decides how a title is written)."""
    return CitedWork.of(article, permalink="").title


def head_meta(doc, name: str) -> list[str]:
    """What Zotero's Embedded Metadata translator evaluates: /html/head/meta[@name=…]/@content."""
    return doc.xpath(f'/html/head/meta[@name="{name}"]/@content')


def test_article_pages_carry_highwire_tags_zotero_reads(client, archive, article):
    wuhan = article("wuhan_reprints.jsonl:1")
    doc = html.fromstring(client.get(f"/articles/{wuhan.pk}/").content.decode())
    names = doc.xpath('/html/head/meta[starts-with(@name, "citation_")]/@name')
    assert set(names) <= set(ZOTERO_READS)
    assert head_meta(doc, "citation_title") == [" ".join(doc.xpath('string(//h1)').split())] == [wuhan.title]
    assert head_meta(doc, "citation_date") == ["2020-05-14"] == [citation_date(wuhan)]
    assert head_meta(doc, "citation_publisher") == ["武汉发布"]
    assert head_meta(doc, "citation_public_url") == [wuhan.source_url]


def test_an_unknown_date_gives_no_citation_date_tag(client, archive):
    yearless = next(a for a in archive.values() if not citation_date(a))
    doc = html.fromstring(client.get(f"/articles/{yearless.pk}/").content.decode())
    assert head_meta(doc, "citation_title") == [cited_title(yearless)]
    assert head_meta(doc, "citation_date") == []


def test_the_title_tag_stays_original_when_the_reader_simplifies(client, archive, article):
    traditional = article("003")
    doc = html.fromstring(client.get(f"/articles/{traditional.pk}/?script=simplified").content.decode())
    assert head_meta(doc, "citation_title") == [cited_title(traditional)]
    assert head_meta(doc, "citation_title") != [" ".join(doc.xpath('string(//h1)').split())]  # h1 is simplified
    assert head_meta(doc, "citation_language") == ["zh-Hant"]


def test_one_article_as_ris_reads_back_with_rispy(client, archive, article):
    wuhan = article("wuhan_reprints.jsonl:1")
    doc = html.fromstring(client.get(f"/articles/{wuhan.pk}/").content.decode())
    (href,) = doc.xpath('//a[contains(@href, "cite.ris")]/@href')
    response = client.get(href)
    assert response["Content-Type"].startswith("application/x-research-info-systems")
    (record,) = rispy.loads(response.content.decode())
    assert record["type_of_reference"] == "NEWS"
    assert record["title"] == wuhan.title
    assert record["publisher"] == "武汉发布" and record["date"] == "2020/05/14/" and record["year"] == "2020"
    assert record["urls"] == [wuhan.source_url]
    assert record["notes"] == [f"Archived copy: http://testserver/articles/{wuhan.pk}/"]


def test_ris_dates_keep_only_the_known_parts():
    assert ris_date("2022-11-23") == "2022/11/23/"
    assert ris_date("2022-11") == "2022/11//"
    assert ris_date("") == "" and ris_date("XXXX-11-23") == ""


def test_a_whole_search_as_ris_has_every_match_in_search_order(client, archive):
    found = client.get("/api/search?q=疫情&page_size=100").json()
    assert found["count"] > 3
    records = rispy.loads(b"".join(client.get("/search/export.ris?q=疫情").streaming_content).decode())
    assert [r["id"] for r in records] == [f"archive{row['id']}" for row in found["results"]]
    assert all(r["type_of_reference"] == "NEWS" for r in records)


def test_the_search_page_links_its_ris_and_atom_twins(client, archive):
    doc = html.fromstring(client.get("/?q=疫情&province=湖北省").content.decode())
    (atom,) = doc.xpath('//link[@rel="alternate"][@type="application/atom+xml"]/@href')
    assert atom.startswith("/search/feed.atom?") and "province=" in atom
    assert doc.xpath('//p[@class="twins"]/a[text()="RIS"]/@href')[0].startswith("/search/export.ris?")


def test_the_atom_feed_parses_with_newest_first_and_stable_ids(client, archive):
    expected = client.get("/api/search?q=疫情&sort=newest&page_size=100").json()
    first = feedparser.parse(client.get("/search/feed.atom?q=疫情").content)
    assert not first.bozo, first.bozo_exception
    assert first.feed.title == "档案检索：疫情"
    assert [e.id for e in first.entries] == [f"http://testserver/articles/{r['id']}/" for r in expected["results"]]
    by_id = {a.pk: a for a in archive.values()}
    assert [e.title for e in first.entries] == [cited_title(by_id[r["id"]]) for r in expected["results"]]
    client.cookies["django_language"] = "en"  # another reader, another language: the same ids
    again = feedparser.parse(client.get("/search/feed.atom?q=疫情").content)
    assert [e.id for e in again.entries] == [e.id for e in first.entries]
    assert again.feed.id == first.feed.id == "http://testserver/?q=%E7%96%AB%E6%83%85"


def test_a_bad_parameter_is_a_400_with_the_reason(client, archive):
    response = client.get("/search/export.ris?date_from=May")
    assert response.status_code == 400 and "date_from" in response.json()["error"]


def test_the_feed_holds_at_most_the_feed_size_newest_first(client, archive, monkeypatch):
    from web.views import exports

    monkeypatch.setattr(exports, "FEED_SIZE", 2)
    expected = client.get("/api/search?q=疫情&sort=newest&page_size=2").json()["results"]
    feed = feedparser.parse(client.get("/search/feed.atom?q=疫情").content)
    assert [e.id for e in feed.entries] == [f"http://testserver/articles/{r['id']}/" for r in expected]

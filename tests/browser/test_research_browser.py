"""A researcher's tools in a real browser: trends, concordance, citations (Zotero tags, RIS, Atom),
WARC upload, and an English link shared into a fresh browser."""
import re
from urllib.parse import quote, urlsplit

import feedparser
import pytest
import rispy
from playwright.sync_api import expect

from warc_samples import build_warc


def test_comparing_two_terms_over_time_shows_their_normalised_series(page, site):
    page.goto(site + "/?q=" + quote("疫情"))
    page.get_by_role("link", name="随时间比较").click()
    page.wait_for_url(re.compile(r"/trends\?"))
    page.get_by_label("检索 2").fill("核酸")
    page.get_by_role("button", name="比较").click()
    normalised = page.locator("svg.trend.normalised")
    expect(normalised.locator("g.series")).to_have_count(2)
    expect(page.locator("#normalised-caption")).to_contain_text("每 1,000 篇当月存档文章")
    expect(page.locator(".trend-legend li")).to_have_count(2)
    first_point = normalised.locator("g[data-series='2'] a.point").first
    expect(first_point).to_have_attribute("aria-label", re.compile(r"^核酸，.*每千篇 [\d.]+ 篇$"))


def test_a_concordance_sorted_by_right_context(page, site):
    page.goto(site + "/concordance?q=" + quote("疫情"))
    expect(page.locator("tr.kwic-line").first).to_be_visible()
    page.get_by_role("link", name="右侧上下文").click()
    page.wait_for_url(re.compile(r"sort=right"))
    expect(page.locator("th[aria-sort='ascending']")).to_have_class("sort-right")
    rights = page.locator("tr.kwic-line span.right").all_inner_texts()
    assert len(rights) > 5 and rights == sorted(rights)
    matches = set(page.locator("tr.kwic-line a.match").all_inner_texts())
    assert matches == {"疫情"}


def test_an_article_gives_zotero_its_title_and_a_ris_file_that_parses(page, site):
    page.goto(site + "/?q=" + quote("武汉开展集中核酸检测"))
    page.locator("li.result h3 a").first.click()
    page.wait_for_url(re.compile(r"/articles/\d+/"))
    title = page.locator("h1").inner_text()
    # What Zotero's Embedded Metadata translator evaluates: meta tags inside <head>.
    tag = page.evaluate("document.head.querySelector('meta[name=citation_title]').content")
    assert tag == title and title.startswith("武汉开展集中核酸检测")
    with page.expect_download() as download:
        page.get_by_role("link", name=re.compile("RIS")).click()
    (record,) = rispy.loads(open(download.value.path(), encoding="utf-8").read())
    assert record["title"] == title and record["type_of_reference"] == "NEWS"


def test_a_search_gives_an_atom_feed_and_a_ris_export_that_parse(page, site):
    page.goto(site + "/?q=" + quote("疫情"))
    count = int(re.search(r"\d+", page.locator("#result-count").inner_text())[0])
    feed_url = page.locator("link[rel=alternate][type='application/atom+xml']").get_attribute("href")
    feed = feedparser.parse(page.request.get(site + feed_url).body())
    assert not feed.bozo and len(feed.entries) == count
    assert all(re.fullmatch(re.escape(site) + r"/articles/\d+/", entry.id) for entry in feed.entries)
    ris_url = page.get_by_role("link", name="RIS", exact=True).get_attribute("href")
    records = rispy.loads(page.request.get(site + ris_url).text())
    assert len(records) == count and {r["type_of_reference"] for r in records} == {"NEWS"}


@pytest.mark.django_db(transaction=True)
def test_a_warc_of_three_pages_and_an_image_uploads_as_three_articles_with_their_uris(
        page, live_server, data_dir, django_user_model, tmp_path):
    from archive.models import Article

    django_user_model.objects.create_superuser("archivist", password="archivist-pass-1234")
    data, expected = build_warc()
    warc = tmp_path / "crawl.warc.gz"
    warc.write_bytes(data)
    page.goto(f"{live_server.url}/admin/login/?next=/admin/archive/article/upload/")
    page.fill("#id_username", "archivist")
    page.fill("#id_password", "archivist-pass-1234")
    page.click("input[type=submit]")
    page.set_input_files("input[name=files]", str(warc))
    page.click("input[name=_upload]")
    page.wait_for_selector("#upload-results")
    statuses = page.locator("#upload-results tbody tr").evaluate_all(
        "rows => rows.map(r => [r.dataset.name, r.dataset.status])")
    assert [s for _, s in statuses].count("created") == 3
    assert any("logo.png" in name and status == "skipped" for name, status in statuses)
    assert sorted(Article.objects.values_list("source_url", flat=True)) == sorted(p["uri"] for p in expected)


def test_an_english_link_shared_into_a_fresh_browser_opens_in_english(browser, site):
    shared = site + "/en/?q=" + quote("疫情") + "&province=" + quote("湖北省")
    fresh = browser.new_context(locale="zh-CN")  # a Chinese browser, no cookies
    off_site = []

    def local_only(route):  # the guard tests/browser/conftest.py puts on the default context
        if urlsplit(route.request.url).hostname in ("localhost", "127.0.0.1"):
            route.continue_()
        else:
            off_site.append(route.request.url)
            route.abort()

    fresh.route("**/*", local_only)
    try:
        page = fresh.new_page()
        page.goto(shared)
        expect(page.locator("html")).to_have_attribute("lang", "en")
        expect(page.get_by_label("Words to find")).to_have_value("疫情")
        page.get_by_role("button", name="简体中文").click()
        expect(page.locator("html")).to_have_attribute("lang", "zh-hans")
        assert page.url == site + "/?q=" + quote("疫情") + "&province=" + quote("湖北省")
    finally:
        fresh.close()
    assert not off_site, off_site

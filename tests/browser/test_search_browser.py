"""A reader's path through the archive in a real browser: search, narrow, open, switch script and language."""
import re

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.django_db


def result_count(page) -> int:
    """The count in the heading, checked against the rows listed (all of them fit on page one here)."""
    count = int(re.search(r"\d+", page.locator("#result-count").inner_text()).group())
    assert page.locator("li.result").count() == count
    return count


def test_typing_a_query_shows_highlighted_results(page, site):
    page.goto(site + "/")
    page.get_by_label("检索词").fill("核酸检测")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"\?q="))
    expect(page.locator("li.result").first).to_be_visible()
    expect(page.locator("li.result mark").first).to_have_text("核酸检测")
    assert result_count(page) == page.locator("li.result").count()


def test_a_province_facet_then_a_timeline_bar_narrow_the_results(page, site):
    page.goto(site + "/?q=疫情")
    everything = result_count(page)
    page.locator("#facet-province + ul a", has_text="湖北省").click()
    page.wait_for_url(re.compile(r"province=%E6%B9%96%E5%8C%97"))
    in_hubei = result_count(page)
    assert 0 < in_hubei < everything
    expect(page.locator("li.chip", has_text="湖北省")).to_be_visible()
    page.locator("svg.timeline a").first.click()
    page.wait_for_url(re.compile(r"year_month=\d{4}-\d{2}"))
    assert 0 < result_count(page) <= in_hubei
    assert page.locator("svg.timeline a[aria-current=true]").count() == 1


def test_a_map_tile_filters_to_its_province(page, site):
    page.goto(site + "/")
    page.locator('svg.province-map a[aria-label^="青海"]').first.click()
    page.wait_for_url(re.compile(r"province="))
    expect(page.locator("li.chip")).to_have_text(re.compile("青海省"))
    assert all("青海省" in t for t in page.locator("li.result p.meta").all_inner_texts())


def test_a_date_range_keeps_only_articles_published_in_it(page, site):
    page.goto(site + "/?q=疫情")
    page.get_by_label("从", exact=True).fill("2022-01-01")
    page.get_by_label("到", exact=True).fill("2022-12-31")
    page.get_by_role("button", name="应用").click()
    page.wait_for_url(re.compile(r"date_from=2022-01-01"))
    expect(page.locator("li.chip", has_text="2022-01-01")).to_be_visible()
    dates = page.locator("li.result time").evaluate_all("els => els.map(e => e.getAttribute('datetime'))")
    assert dates and all(d.startswith("2022-") for d in dates)


def test_opening_an_article_and_switching_to_simplified(page, site):
    page.goto(site + "/?q=澤庫縣")
    page.locator("li.result h3 a", has_text="會議").click()
    page.wait_for_url(re.compile(r"/articles/\d+/\?q="))
    expect(page.locator("h1")).to_have_text("澤庫縣召開疫情防控分析研判會議")
    expect(page.locator(".article-body mark").first).to_have_text("澤庫縣")
    page.get_by_role("link", name="简体").click()
    expect(page.locator("h1")).to_have_text("泽库县召开疫情防控分析研判会议")
    expect(page.locator(".article-body mark").first).to_have_text("泽库县")
    expect(page.get_by_role("link", name="简体")).to_have_attribute("aria-current", "true")


def test_switching_to_english_and_back(page, site):
    page.goto(site + "/?q=疫情")
    assert page.locator("html").get_attribute("lang") == "zh-hans"
    page.get_by_role("button", name="English").click()
    expect(page.locator("html")).to_have_attribute("lang", "en")
    expect(page.get_by_label("Words to find")).to_have_value("疫情")  # same search, now in English
    expect(page.locator("#result-count")).to_contain_text("matching article")
    page.get_by_role("button", name="简体中文").click()
    expect(page.locator("html")).to_have_attribute("lang", "zh-hans")


def test_copy_button_puts_the_citation_on_the_clipboard(page, site, archive):
    page.context.grant_permissions(["clipboard-read", "clipboard-write"])
    article = next(a for origin, a in archive.items() if origin.startswith("000"))
    page.goto(f"{site}/articles/{article.pk}/")
    page.locator('button[data-copy="citation-gbt"]').click()
    expect(page.locator(".copy-status")).to_have_text("已复制到剪贴板。")
    copied = page.evaluate("navigator.clipboard.readText()")
    assert copied == page.locator("#citation-gbt").inner_text()
    assert copied.startswith("[1] ") and "[EB/OL]" in copied


def test_the_raw_page_is_text_and_its_script_never_runs(page, site, archive):
    article = next(a for origin, a in archive.items() if origin.startswith("gov_page"))
    page.goto(f"{site}/articles/{article.pk}/")
    page.locator("details.raw-page summary").click()
    expect(page.locator("details.raw-page pre")).to_contain_text("<script>window.rawPageScriptRan")
    assert page.evaluate("window.rawPageScriptRan") is None


def test_keyboard_users_get_a_skip_link_and_a_visible_focus_ring(page, site):
    page.goto(site + "/?q=疫情")
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.className")
    assert focused == "skip-link"
    assert page.evaluate("getComputedStyle(document.activeElement).outlineStyle") != "none"
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"
    page.keyboard.press("Tab")
    outline = page.evaluate("getComputedStyle(document.activeElement).outlineWidth")
    assert outline not in ("", "0px")


def test_a_375_pixel_wide_phone_screen_has_no_sideways_scrolling(page, site, tmp_path):
    page.set_viewport_size({"width": 375, "height": 812})
    for path in ("/", "/?q=疫情&province=湖北省"):
        page.goto(site + path)
        assert page.evaluate("document.documentElement.scrollWidth") <= 375, path
    # The filters sit under the results on a phone, folded until asked for.
    expect(page.locator("details.facets")).not_to_have_attribute("open", "")
    page.get_by_role("link", name="筛选与地图 ↓").click()
    expect(page.locator("details.facets")).to_have_attribute("open", "")
    shot = tmp_path / "search-375.png"
    page.screenshot(path=str(shot), full_page=True)
    assert shot.stat().st_size > 10_000


@pytest.mark.browser_context_args(bypass_csp=True)
def test_the_guard_catches_a_request_to_a_foreign_host(page, site, foreign_requests):
    """The check every browser test relies on: an off-site asset is recorded (and never fetched). The site's
    Content-Security-Policy would stop the request first, so this test lets the browser ignore it."""
    page.goto(site + "/")
    page.evaluate("""() => new Promise(done => {
        const img = new Image(); img.onload = img.onerror = done; img.src = 'http://cdn.example.invalid/x.png';
        document.body.append(img); })""")
    assert foreign_requests == ["http://cdn.example.invalid/x.png"]
    foreign_requests.clear()  # expected here; any other test with an entry fails


def test_the_content_security_policy_stops_an_injected_off_site_asset(page, site, foreign_requests):
    page.goto(site + "/")
    page.evaluate("""() => new Promise(done => {
        const img = new Image(); img.onload = img.onerror = done; img.src = 'http://cdn.example.invalid/x.png';
        document.body.append(img); })""")
    assert foreign_requests == []  # blocked by the browser before any request left it

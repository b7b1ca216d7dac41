"""The article page /articles/<id>/ and its JSON twin /api/articles/<id>."""
from datetime import date

import pytest
from django.utils import timezone
from lxml import html

pytestmark = pytest.mark.django_db


def page(client, article, query="", **headers):
    response = client.get(f"/articles/{article.pk}/{query}", **headers)
    assert response.status_code == 200
    return html.fromstring(response.content.decode())


def body_text(doc) -> str:
    return doc.xpath('string(//div[@class="article-body"])')


def test_the_page_shows_title_date_region_publisher_source_file_and_permalink(client, archive, article):
    original = article("wuhan_reprints.jsonl:1")
    doc = page(client, original)
    assert doc.xpath('string(//h1)') == "武汉开展集中核酸检测"
    meta = doc.xpath('//dl[@class="article-meta"]')[0]
    assert meta.xpath('.//time/@datetime') == ["2020-05-14"]
    assert meta.xpath('string(.//dd[@class="edtf"])') == "2020-05-14"
    assert [a.text for a in meta.xpath('.//a[starts-with(@href, "/?")]')] == ["湖北省", "武汉市", "武汉发布"]
    assert meta.xpath('.//a/@href').count("http://www.wuhan.gov.cn/sample/1.html") == 1
    assert meta.xpath('string(.//code)') == "wuhan_reprints.jsonl:1"
    assert f"http://testserver/articles/{original.pk}/" in meta.xpath('.//a/@href')


def test_region_links_narrow_the_search_to_each_level_of_the_path(client, archive, article):
    doc = page(client, article("wuhan_reprints.jsonl:3"))
    links = doc.xpath('//dl[@class="article-meta"]//a[starts-with(@href, "/?")]/@href')
    assert links[:3] == [
        "/?province=%E6%B9%96%E5%8C%97%E7%9C%81",
        "/?province=%E6%B9%96%E5%8C%97%E7%9C%81&prefecture=%E6%AD%A6%E6%B1%89%E5%B8%82",
        "/?province=%E6%B9%96%E5%8C%97%E7%9C%81&prefecture=%E6%AD%A6%E6%B1%89%E5%B8%82"
        "&county=%E6%B1%9F%E5%B2%B8%E5%8C%BA",
    ]
    for href in links[:3]:
        assert client.get("/api/search" + href[1:]).json()["count"] >= 1


def test_query_terms_are_highlighted_in_the_original_script(client, archive, article):
    doc = page(client, article("002"), "?q=泽库县")
    assert "澤庫縣" in doc.xpath('//h1//mark/text()')
    assert "澤庫縣" in doc.xpath('//div[@class="article-body"]//mark/text()')
    assert doc.xpath('//div[@class="article-body"]/@lang') == ["zh-Hant"]


def test_the_simplified_switch_converts_the_text_for_display_and_keeps_the_highlight(client, archive, article):
    traditional = article("002")
    doc = page(client, traditional, "?q=泽库县&script=simplified")
    assert doc.xpath('string(//h1)') == "泽库县召开疫情防控分析研判会议"
    assert "泽库县" in doc.xpath('//div[@class="article-body"]//mark/text()')
    assert "縣" not in body_text(doc)
    assert doc.xpath('//div[@class="article-body"]/@lang') == ["zh-Hans"]
    traditional.refresh_from_db()
    assert traditional.title == "澤庫縣召開疫情防控分析研判會議"  # conversion is for display only


def test_the_script_switch_links_keep_the_query_and_mark_the_current_script(client, archive, article):
    shown = article("002")
    doc = page(client, shown, "?q=泽库县")
    links = {a.text: (a.get("href"), a.get("aria-current")) for a in doc.xpath('//nav[@class="script-switch"]/a')}
    assert links["原文字体"] == (f"/articles/{shown.pk}/?q=%E6%B3%BD%E5%BA%93%E5%8E%BF", "true")
    assert links["简体"] == (f"/articles/{shown.pk}/?q=%E6%B3%BD%E5%BA%93%E5%8E%BF&script=simplified", None)


def test_title_only_terms_are_not_marked_in_the_body(client, archive, article):
    doc = page(client, article("002"), "?q=title:澤庫縣")
    assert doc.xpath('//h1//mark') and not doc.xpath('//div[@class="article-body"]//mark')


def test_the_raw_page_is_shown_as_escaped_text_never_as_markup(client, archive, article):
    gov_page = article("gov_page")
    response = client.get(f"/articles/{gov_page.pk}/")
    content = response.content.decode()
    assert "&lt;script&gt;window.rawPageScriptRan = true;&lt;/script&gt;" in content
    assert "<script>window.rawPageScriptRan" not in content
    doc = html.fromstring(content)
    assert "window.rawPageScriptRan" in doc.xpath('string(//details[@class="raw-page"]//pre)')


def test_the_raw_file_downloads_as_the_exact_bytes_received(client, archive, article):
    gov_page = article("gov_page")
    response = client.get(f"/articles/{gov_page.pk}/raw")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/octet-stream"
    assert response["Content-Disposition"] == f"attachment; filename=article-{gov_page.pk}-raw.html"
    assert response["X-Content-Type-Options"] == "nosniff"
    sample = (archive_samples() / "gov_page_with_markup.html").read_bytes()
    assert response.content == sample


def archive_samples():
    from pathlib import Path

    return Path(__file__).resolve().parent / "samples"


def test_a_reprint_lists_its_original_and_the_original_lists_its_reprint(client, archive, article):
    original, reprint = article("wuhan_reprints.jsonl:1"), article("wuhan_reprints.jsonl:2")
    assert reprint.duplicate_of_id == original.pk
    doc = page(client, reprint)
    section = doc.xpath('//section[@aria-labelledby="elsewhere-heading"]')[0]
    assert section.xpath('.//a/@href') == [f"/articles/{original.pk}/"]
    assert "原文" in section.xpath('string(.//li)')
    doc = page(client, original)
    assert doc.xpath('//section[@aria-labelledby="elsewhere-heading"]//a/@href') == [f"/articles/{reprint.pk}/"]


def test_related_articles_come_from_the_same_prefecture_and_leave_out_reprints(client, archive, article):
    original = article("wuhan_reprints.jsonl:1")
    doc = page(client, original)
    section = doc.xpath('//section[@aria-labelledby="related-heading"]')[0]
    assert section.xpath('.//a/@href') == [f"/articles/{article('wuhan_reprints.jsonl:3').pk}/"]
    assert "武汉市" in section.xpath('string(.//p)')


def test_citations_in_gbt7714_and_bibtex_cite_the_source_with_todays_access_date(client, archive, article):
    doc = page(client, article("wuhan_reprints.jsonl:1"))
    today = timezone.localdate().isoformat()
    assert doc.xpath('string(//pre[@id="citation-gbt"])') == (
        f"[1] 武汉发布. 武汉开展集中核酸检测[EB/OL]. (2020-05-14)[{today}]. http://www.wuhan.gov.cn/sample/1.html."
    )
    bibtex = doc.xpath('string(//pre[@id="citation-bibtex"])')
    assert bibtex.startswith(f"@misc{{archive{article('wuhan_reprints.jsonl:1').pk},")
    assert f"urldate = {{{today}}}" in bibtex


def test_copy_buttons_are_hidden_until_the_script_can_make_them_work(client, archive, article):
    doc = page(client, article("000"))
    buttons = doc.xpath('//button[@data-copy]')
    assert len(buttons) == 2 and all(b.get("hidden") is not None for b in buttons)
    assert {b.get("data-copy") for b in buttons} == {"citation-gbt", "citation-bibtex"}


def test_the_json_twin_describes_the_same_article(client, archive, article):
    shown = article("003")
    doc = page(client, shown)
    (href,) = doc.xpath('//link[@rel="alternate"][@type="application/json"]/@href')
    twin = client.get(href).json()
    assert (twin["id"], twin["title"], twin["source_name"]) == (shown.pk, shown.title, shown.source_name or None)


def test_a_date_without_year_says_so(client, archive, article):
    doc = page(client, article("004"))
    assert doc.xpath('string(//dl[@class="article-meta"]//time)') == "11月23日（年份不详）"


def test_english_interface_formats_dates_in_english(client, archive, article):
    # Accept-Language: en redirects to /en/articles/…
    doc = page(client, article("wuhan_reprints.jsonl:1"), HTTP_ACCEPT_LANGUAGE="en", follow=True)
    assert doc.get("lang") == "en"
    assert doc.xpath('string(//dl[@class="article-meta"]//time)') == "May 14, 2020"
    assert doc.xpath('string(//h2[@id="related-heading"])') == "Related articles"


def test_an_unknown_article_is_a_friendly_404(client, archive):
    response = client.get("/articles/999999/")
    assert response.status_code == 404
    assert "档案中没有这个页面" in response.content.decode()
    assert client.get("/articles/999999/raw").status_code == 404


def test_dates_in_citations_never_invent_a_year(client, archive, article):
    doc = page(client, article("004"))
    gbt = doc.xpath('string(//pre[@id="citation-gbt"])')
    assert "[EB/OL]. [" in gbt and "(" not in gbt.split("[EB/OL]")[1].split("[")[0]
    assert date.today().isoformat()[:4] not in doc.xpath('string(//pre[@id="citation-bibtex"])').split("urldate")[0]

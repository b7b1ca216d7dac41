"""The search page at / and its JSON twin /api/search: same parameters, same answer, arranged for reading."""
from urllib.parse import parse_qs, quote, urlsplit

import pytest
from lxml import html

pytestmark = pytest.mark.django_db


def page(client, query="", **headers):
    response = client.get("/" + query, **headers)
    return response, html.fromstring(response.content.decode())


def result_ids(doc) -> list[int]:
    return [int(i) for i in doc.xpath('//li[@class="result"]/@data-article-id')]


def twin_of(client, doc) -> dict:
    (href,) = doc.xpath('//link[@rel="alternate"][@type="application/json"]/@href')
    assert href.startswith("/api/search")
    return client.get(href).json()


@pytest.mark.parametrize("query", [
    "", "?q=核酸检测", "?q=澤庫縣", "?province=湖北省", "?q=疫情&sort=oldest", "?q=疫情&year_month=2022-05",
    "?date_from=2020-01-01&date_to=2020-12-31", "?q=疫情&page_size=2&page=2", "?source=湖北日报",
])
def test_the_page_and_its_json_twin_agree_on_count_and_ids(client, archive, query):
    response, doc = page(client, query)
    assert response.status_code == 200
    twin = twin_of(client, doc)
    assert result_ids(doc) == [row["id"] for row in twin["results"]]
    count_text = doc.xpath('string(//h2[@id="result-count"])')
    assert str(twin["count"]) in count_text


def test_the_twin_link_carries_the_same_parameters(client, archive):
    _, doc = page(client, "?q=疫情&province=湖北省&sort=newest&page_size=2&page=2")
    (href,) = doc.xpath('//link[@rel="alternate"][@type="application/json"]/@href')
    assert parse_qs(urlsplit(href).query) == {"q": ["疫情"], "province": ["湖北省"], "sort": ["newest"],
                                              "page_size": ["2"], "page": ["2"]}


def test_matches_are_highlighted_in_titles_and_snippets(client, archive):
    _, doc = page(client, "?q=核酸检测")
    assert doc.xpath('//li[@class="result"]//p[@class="snippet"]/mark')
    assert "核酸检测" in doc.xpath('//li[@class="result"]//h3//mark/text()')


def test_a_traditional_query_finds_and_marks_the_simplified_and_traditional_text(client, archive, article):
    _, doc = page(client, "?q=澤庫縣")
    assert article("002").pk in result_ids(doc) and article("gov_page").pk in result_ids(doc)
    marks = doc.xpath('//li[@class="result"]//mark/text()')
    assert "澤庫縣" in marks and "泽库县" in marks


def test_result_links_carry_the_query_so_the_article_is_highlighted(client, archive, article):
    _, doc = page(client, "?q=核酸检测")
    links = doc.xpath('//li[@class="result"]//h3/a/@href')
    assert f"/articles/{article('wuhan_reprints.jsonl:1').pk}/?q=%E6%A0%B8%E9%85%B8%E6%A3%80%E6%B5%8B" in links


def test_each_result_shows_its_date_region_path_and_publisher(client, archive):
    _, doc = page(client, "?q=澤庫縣&sort=oldest")
    first = doc.xpath('//li[@class="result"]')[0]
    assert first.xpath('.//time/@datetime') == ["2022-05-25"]
    assert first.xpath('string(.//time)') == "2022年5月25日"
    meta = first.xpath('string(.//p[@class="meta"])')
    assert "青海省 / 黄南藏族自治州 / 泽库县" in meta and "澤庫縣人民政府辦公室" in meta


def test_a_date_without_year_is_shown_as_month_and_day_with_year_unknown(client, archive, article):
    _, doc = page(client, "?q=總策略總方針")
    (row,) = doc.xpath(f'//li[@data-article-id="{article("004").pk}"]')
    assert row.xpath('string(.//time)') == "11月23日（年份不详）"
    assert row.xpath('.//time/@datetime') == ["11-23"]


def test_filters_show_as_chips_whose_links_remove_exactly_that_filter(client, archive):
    _, doc = page(client, "?q=疫情&province=湖北省&source=湖北日报&date_from=2020-01-01")
    chips = {c.text_content().strip("× \n"): c.xpath("./a/@href")[0] for c in doc.xpath('//li[@class="chip"]')}
    assert set(chips) == {"省份：湖北省", "发布者：湖北日报", "从：2020-01-01"}
    remaining = parse_qs(urlsplit(chips["发布者：湖北日报"]).query)
    assert remaining == {"q": ["疫情"], "province": ["湖北省"], "date_from": ["2020-01-01"]}


def test_province_facet_drills_down_to_prefecture_and_county(client, archive):
    _, doc = page(client)
    assert doc.xpath('//section[@aria-labelledby="facet-province"]')
    assert not doc.xpath('//section[@aria-labelledby="facet-prefecture"]')
    (hubei,) = doc.xpath('//section[@aria-labelledby="facet-province"]//a[contains(., "湖北省")]/@href')
    _, doc = page(client, hubei)
    (wuhan,) = doc.xpath('//section[@aria-labelledby="facet-prefecture"]//a[contains(., "武汉市")]/@href')
    assert parse_qs(urlsplit(wuhan).query) == {"province": ["湖北省"], "prefecture": ["武汉市"]}
    _, doc = page(client, wuhan)
    counties = doc.xpath('//section[@aria-labelledby="facet-county"]//a')
    assert [a.xpath('string(./span[1])') for a in counties] == ["江岸区"]


def test_a_province_tile_and_a_timeline_bar_link_to_the_narrower_search(client, archive):
    response, doc = page(client)
    total = twin_of(client, doc)["count"]
    (tile,) = doc.xpath('//svg[contains(@class, "province-map")]//a[contains(@aria-label, "湖北")]/@href')
    _, doc = page(client, tile)
    narrower = twin_of(client, doc)
    assert 0 < narrower["count"] < total
    assert {r["province"] for r in narrower["results"]} == {"湖北省"}
    bars = doc.xpath('//svg[contains(@class, "timeline")]//a/@href')
    assert bars
    _, doc = page(client, bars[0])
    by_month = twin_of(client, doc)
    assert 0 < by_month["count"] <= narrower["count"]
    assert parse_qs(urlsplit(bars[0]).query)["province"] == ["湖北省"]


def test_the_overview_without_a_query_shows_the_whole_archive_newest_first(client, archive):
    response, doc = page(client)
    twin = twin_of(client, doc)
    assert twin["count"] == len(archive)
    assert "档案共收录" in doc.xpath('string(//h2[@id="result-count"])')
    assert doc.xpath('//h2[@id="results-heading"][contains(., "最新文章")]')
    days = [r["published_at"] for r in twin["results"] if r["published_at"]]
    assert days == sorted(days, reverse=True)
    assert doc.xpath('//svg[contains(@class, "timeline")]') and doc.xpath('//svg[contains(@class, "province-map")]')
    assert doc.xpath('//ul[@class="stats"]')


def test_invalid_parameters_give_a_friendly_400_page_that_keeps_the_form(client, archive):
    response, doc = page(client, "?q=疫情&date_from=2020-13-01")
    assert response.status_code == 400
    assert doc.xpath('//div[@role="alert"]//code[contains(., "date_from")]')
    assert doc.xpath('//input[@name="q"]/@value') == ["疫情"]
    assert doc.xpath('//input[@name="date_from"]/@value') == ["2020-13-01"]


def test_a_page_past_the_end_is_a_400_not_an_empty_page(client, archive):
    response, _ = page(client, "?q=疫情&page=99")
    assert response.status_code == 400


def test_nothing_matching_suggests_which_filter_to_drop_with_its_count(client, archive):
    response, doc = page(client, "?q=核酸检测&province=湖北省&source=江岸发布")
    assert response.status_code == 200 and not result_ids(doc)
    suggestions = doc.xpath('//div[@class="notice"]//li/a')
    labels = [a.text_content() for a in suggestions]
    assert any("发布者：江岸发布" in label for label in labels)
    href = suggestions[labels.index(next(lbl for lbl in labels if "江岸发布" in lbl))].get("href")
    _, doc = page(client, href)
    assert result_ids(doc)


def test_pagination_links_keep_the_search_and_move_the_page(client, archive):
    _, doc = page(client, "?q=疫情&page_size=2")
    next_href = doc.xpath('//nav[@class="pagination"]/a[@rel="next"]/@href')[0]
    assert parse_qs(urlsplit(next_href).query) == {"q": ["疫情"], "page_size": ["2"], "page": ["2"]}
    assert doc.xpath('//nav[@class="pagination"]//span[@aria-current="page"]/text()') == ["1"]


def test_a_month_bound_stays_a_text_field_and_a_full_day_uses_the_date_picker(client, archive):
    _, doc = page(client, "?date_from=2020&date_to=2020-12-31")
    assert doc.xpath('//input[@name="date_from"]/@type') == ["text"]
    assert doc.xpath('//input[@name="date_to"]/@type') == ["date"]


def test_active_filters_ride_along_as_hidden_fields_when_the_query_changes(client, archive):
    _, doc = page(client, "?q=疫情&province=湖北省")
    hidden = {(i.get("name"), i.get("value")) for i in doc.xpath('//form[@role="search"]//input[@type="hidden"]')}
    assert hidden == {("province", "湖北省")}


def test_chinese_is_the_default_language(client, archive):
    _, doc = page(client)
    assert doc.get("lang") == "zh-hans"
    assert doc.xpath('//label[@for="q"]/text()') == ["检索词"]


def test_accept_language_en_gives_an_english_page_with_english_dates_and_province_names(client, archive):
    redirect = client.get("/?q=%E6%BE%A4&sort=oldest", HTTP_ACCEPT_LANGUAGE="en")
    assert redirect.status_code == 302 and redirect["Location"] == "/en/?q=%E6%BE%A4&sort=oldest"
    _, doc = page(client, "?q=" + quote("澤庫縣") + "&sort=oldest", HTTP_ACCEPT_LANGUAGE="en", follow=True)
    assert doc.get("lang") == "en"
    assert doc.xpath('//label[@for="q"]/text()') == ["Words to find"]
    assert doc.xpath('string(//li[@class="result"][1]//time)') == "May 25, 2022"
    assert doc.xpath('//section[@aria-labelledby="facet-province"]//a[contains(., "Qinghai")]')


def test_every_form_control_has_a_label(client, archive):
    _, doc = page(client, "?q=疫情")
    for control in doc.xpath('//input[not(@type="hidden")] | //select'):
        control_id = control.get("id")
        assert control_id and doc.xpath(f'//label[@for="{control_id}"]'), html.tostring(control)


def test_the_page_has_landmarks_and_a_skip_link(client, archive):
    _, doc = page(client, "?q=疫情")
    assert doc.xpath('//header') and doc.xpath('//main[@id="main"]') and doc.xpath('//footer')
    assert doc.xpath('//aside[@id="filters"]')
    assert doc.xpath('//a[@class="skip-link"]/@href') == ["#main"]


def test_pages_reference_only_local_assets(client, archive):
    _, doc = page(client)
    for url in doc.xpath('//link/@href | //script/@src | //img/@src'):
        assert url.startswith("/"), url


def test_a_long_facet_lists_at_most_100_values_and_counts_the_rest(client, archive, monkeypatch):
    from web import search_page

    monkeypatch.setattr(search_page, "FACET_SHOWN", 2)
    monkeypatch.setattr(search_page, "FACET_LISTED", 4)
    _, doc = page(client)
    publishers = doc.xpath('//section[@aria-labelledby="facet-source"]')[0]
    assert len(publishers.xpath('./ul/li')) == 2 and len(publishers.xpath('./details/ul/li')) == 2
    total = len(twin_of(client, doc)["facets"]["source"])
    assert f"另有 {total - 4} 项" in publishers.xpath('string(./details/p)')

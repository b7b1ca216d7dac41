"""HTML handling: detection, main text, hints, and the fallback when trafilatura finds nothing."""

import pytest

from archive.ingest import IngestError, parse_page
from archive.ingest import html as ingest_html
from archive.ingest.html import extract_html, looks_like_html
from ingest_helpers import SAMPLES

NAV_PAGE = (
    "<html><head><title>某县通知_某县人民政府</title></head><body>"
    '<ul><li><a href="/">首页</a></li><li><a href="/a">政务公开</a></li></ul>'
    '<div class="t">关于暂停部分公共场所开放的通知</div>'
    "<div>各有关单位:根据疫情防控需要,即日起暂停开放县图书馆、文化馆,恢复时间另行通知。</div>"
    "<div>主办:某县人民政府</div><script>alert('x')</script></body></html>"
)


def test_html_saved_as_txt_is_detected_by_content():
    page = (SAMPLES / "005_gov_page.html").read_bytes()
    as_txt = parse_page(page, "saved.txt")
    assert as_txt == parse_page(page, "005_gov_page.html")


def test_file_without_extension_is_sniffed():
    assert parse_page(NAV_PAGE.encode(), "download").title == "关于暂停部分公共场所开放的通知"
    plain = "某县召开疫情防控会议\n会议要求,各乡镇要严格落实防控措施,确保人民群众生命安全和身体健康。"
    assert parse_page(plain.encode(), "download").body.startswith("会议要求")


def test_plain_text_with_a_stray_tag_is_not_html():
    assert not looks_like_html("会议强调<br>要严格落实防控措施。")
    assert looks_like_html("<!DOCTYPE html><title>x</title>")


def test_navigation_above_the_headline_is_dropped():
    article = parse_page(NAV_PAGE.encode(), "notice.html")
    assert article.title == "关于暂停部分公共场所开放的通知"
    assert article.body == "各有关单位:根据疫情防控需要,即日起暂停开放县图书馆、文化馆,恢复时间另行通知。"
    assert article.source_name == "某县人民政府"


def test_scripts_styles_and_comments_never_reach_the_text():
    page = extract_html((SAMPLES / "005_gov_page.html").read_text(encoding="utf-8"))
    for text in (page.main_text, page.page_text):
        assert "统计代码" not in text and "float" not in text and "Synthetic test page" not in text


def test_hints_from_head():
    hints = extract_html((SAMPLES / "005_gov_page.html").read_text(encoding="utf-8")).hints
    assert hints.article_title == hints.og_title == "邗江区全力做好新一轮全员核酸检测工作"
    assert hints.title_candidates()[2] == "邗江区全力做好新一轮全员核酸检测工作"  # <title> without its suffix
    assert hints.published == "2021-08-05 09:30"
    assert hints.canonical_url == "http://www.hj.gov.cn/hjqrmzf/hjyw/202108/a1b2c3.shtml"
    assert hints.site_name == "扬州市邗江区人民政府"


def test_xml_declaration_does_not_break_parsing():
    xhtml = '<?xml version="1.0" encoding="utf-8"?>\n' + NAV_PAGE
    assert parse_page(xhtml.encode(), "page.xhtml").title == "关于暂停部分公共场所开放的通知"


def test_falls_back_to_visible_text_when_trafilatura_finds_nothing(monkeypatch):
    monkeypatch.setattr(ingest_html.trafilatura, "extract", lambda *a, **k: None)
    article = parse_page((SAMPLES / "005_gov_page.html").read_bytes(), "page.html")
    assert "trafilatura found no main text: using all visible text" in article.warnings
    assert article.title == "邗江区全力做好新一轮全员核酸检测工作"
    paragraphs = [line for line in article.body.split("\n") if line]
    assert paragraphs[0].startswith("8月4日,邗江区召开疫情防控工作推进会")
    assert paragraphs[-1].endswith("(记者 王明)")


@pytest.mark.parametrize("markup", ["<html><body></body></html>", "<html><body><script>x()</script></body></html>"])
def test_html_without_text_is_refused(markup):
    with pytest.raises(IngestError, match="no article text found"):
        parse_page(markup.encode(), "empty.html")

from datetime import date

from archive.models import Article, DatePrecision
from web.citation import CitedWork, bibtex, gbt7714, latex_escape

ACCESSED = date(2024, 5, 1)
PERMALINK = "https://archive.example/articles/7/"


def article(**fields):
    defaults = dict(pk=7, title="昌都：出台“12个持续”新举措", source_name="昌都市人民政府",
                    source_url="http://www.changdu.gov.cn/a/1.html", published_at=date(2022, 9, 2),
                    date_precision=DatePrecision.DAY)
    defaults.update(fields)
    return Article(**defaults)


def test_gbt7714_cites_publisher_title_type_dates_and_source_url():
    work = CitedWork.of(article(), permalink=PERMALINK)
    assert gbt7714(work, accessed=ACCESSED) == (
        "[1] 昌都市人民政府. 昌都：出台“12个持续”新举措[EB/OL]. (2022-09-02)[2024-05-01]. "
        "http://www.changdu.gov.cn/a/1.html."
    )


def test_gbt7714_without_publisher_date_or_source_falls_back_to_the_permalink():
    work = CitedWork.of(article(source_name="", source_url="", published_at=None,
                                date_precision=DatePrecision.UNKNOWN), permalink=PERMALINK)
    assert gbt7714(work, accessed=ACCESSED, number=3) == (
        "[3] 昌都：出台“12个持续”新举措[EB/OL]. [2024-05-01]. https://archive.example/articles/7/."
    )


def test_a_month_precise_date_is_cited_as_a_month_and_a_yearless_one_not_at_all():
    month = CitedWork.of(article(published_at=date(2020, 2, 1), date_precision=DatePrecision.MONTH),
                         permalink=PERMALINK)
    assert "(2020-02)[2024-05-01]" in gbt7714(month, accessed=ACCESSED)
    yearless = CitedWork.of(article(published_at=None, date_precision=DatePrecision.MONTH_DAY,
                                    date_month=11, date_day=23), permalink=PERMALINK)
    assert "[EB/OL]. [2024-05-01]" in gbt7714(yearless, accessed=ACCESSED)
    assert "year" not in bibtex(yearless, accessed=ACCESSED)


def test_bibtex_entry_has_braced_organisation_author_dates_url_and_permalink():
    entry = bibtex(CitedWork.of(article(), permalink=PERMALINK), accessed=ACCESSED)
    assert entry.startswith("@misc{archive7,\n")
    assert "  title = {{昌都：出台“12个持续”新举措}},\n" in entry
    assert "  author = {{昌都市人民政府}},\n" in entry
    assert "  year = {2022},\n  month = {9},\n  date = {2022-09-02},\n" in entry
    assert "  url = {http://www.changdu.gov.cn/a/1.html},\n  urldate = {2024-05-01},\n" in entry
    assert entry.endswith("  note = {Archived copy: \\url{https://archive.example/articles/7/}}\n}")


def test_bibtex_escapes_latex_specials_and_keeps_braces_balanced():
    entry = bibtex(CitedWork.of(article(title="50% {up} & #1_a~b\\c", source_url="http://x/{a} b"),
                                permalink=PERMALINK), accessed=ACCESSED)
    assert r"50\% \{up\} \& \#1\_a\textasciitilde{}b\textbackslash{}c" in entry
    assert "url = {http://x/%7Ba%7D%20b}" in entry
    assert entry.count("{") == entry.count("}")


def test_latex_escape_leaves_chinese_untouched():
    assert latex_escape("核酸检测") == "核酸检测"


def test_whitespace_in_titles_is_collapsed_so_a_citation_is_one_line():
    work = CitedWork.of(article(title="第一行\n  第二行"), permalink=PERMALINK)
    assert "第一行 第二行[EB/OL]" in gbt7714(work, accessed=ACCESSED)

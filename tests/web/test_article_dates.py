from datetime import date

import pytest
from django.utils import translation

from archive.models import Article, DatePrecision
from web.dates import article_date, citation_date


def shown(language, **fields):
    with translation.override(language):
        return article_date(Article(**fields))


@pytest.mark.parametrize("language, text", [("zh-hans", "2022年11月23日"), ("en", "Nov. 23, 2022")])
def test_a_day_precise_date_is_written_in_the_page_language(language, text):
    result = shown(language, published_at=date(2022, 11, 23), date_precision=DatePrecision.DAY)
    assert (result.text, result.machine) == (text, "2022-11-23")


@pytest.mark.parametrize("language, text", [("zh-hans", "2020年2月"), ("en", "February 2020")])
def test_a_month_precise_date_shows_no_day(language, text):
    result = shown(language, published_at=date(2020, 2, 1), date_precision=DatePrecision.MONTH)
    assert (result.text, result.machine) == (text, "2020-02")


@pytest.mark.parametrize("language, text", [("zh-hans", "11月23日（年份不详）"), ("en", "November 23 (year unknown)")])
def test_a_month_and_day_without_year_says_the_year_is_unknown(language, text):
    result = shown(language, date_precision=DatePrecision.MONTH_DAY, date_month=11, date_day=23)
    assert (result.text, result.machine) == (text, "11-23")


def test_29_february_without_a_year_is_still_shown():
    assert shown("en", date_precision=DatePrecision.MONTH_DAY, date_month=2, date_day=29).machine == "02-29"


@pytest.mark.parametrize("language, text", [("zh-hans", "日期不详"), ("en", "date unknown")])
def test_an_unknown_date_says_so_and_has_no_machine_value(language, text):
    result = shown(language, date_precision=DatePrecision.UNKNOWN)
    assert (result.text, result.machine, result.known) == (text, "", False)


def test_an_impossible_month_day_is_treated_as_unknown():
    assert shown("en", date_precision=DatePrecision.MONTH_DAY, date_month=2, date_day=31).known is False


def test_citation_dates_never_invent_a_missing_part():
    assert citation_date(Article(published_at=date(2022, 11, 23), date_precision=DatePrecision.DAY)) == "2022-11-23"
    assert citation_date(Article(published_at=date(2022, 11, 1), date_precision=DatePrecision.MONTH)) == "2022-11"
    assert citation_date(Article(date_precision=DatePrecision.MONTH_DAY, date_month=11, date_day=23)) == ""

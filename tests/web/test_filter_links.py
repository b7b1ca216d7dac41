from django.http import QueryDict

from web.querystring import toggling, with_value, without


def q(text):
    return QueryDict(text)


def test_toggling_adds_a_value_and_goes_back_to_the_first_page():
    assert toggling(q("q=核酸&page=3"), "province", "湖北省") == "?q=%E6%A0%B8%E9%85%B8&province=%E6%B9%96%E5%8C%97%E7%9C%81"


def test_toggling_a_selected_value_removes_only_that_value():
    assert toggling(q("source=a&source=b"), "source", "a") == "?source=b"


def test_without_removes_every_named_parameter_and_the_page():
    assert without(q("q=x&year=2020&year_month=2020-02&page=2"), "year", "year_month") == "?q=x"


def test_with_value_replaces_and_an_empty_value_removes():
    assert with_value(q("sort=newest&q=x"), "sort", "oldest") == "?sort=oldest&q=x"
    assert with_value(q("sort=newest&q=x"), "sort", "") == "?q=x"
    assert with_value(q("page=2"), "script", "simplified", keep_page=True) == "?page=2&script=simplified"


def test_removing_everything_leaves_a_bare_question_mark_that_still_links_to_the_page():
    assert without(q("q=x"), "q") == "?"

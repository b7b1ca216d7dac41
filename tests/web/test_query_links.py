from django.http import QueryDict

from web.querystring import with_param


def test_a_parameter_is_replaced_and_the_others_kept():
    assert with_param(QueryDict("q=核酸&script=original"), "script", "simplified") == \
        "?q=%E6%A0%B8%E9%85%B8&script=simplified"


def test_an_empty_value_removes_the_parameter():
    assert with_param(QueryDict("q=x&script=simplified"), "script", None) == "?q=x"
    assert with_param(QueryDict("q=x&script=simplified"), "script", "") == "?q=x"


def test_the_page_number_is_dropped():
    assert with_param(QueryDict("q=x&page=3"), "script", "simplified") == "?q=x&script=simplified"


def test_nothing_left_gives_an_empty_string_so_the_caller_links_to_its_bare_path():
    assert with_param(QueryDict("script=simplified"), "script", None) == ""

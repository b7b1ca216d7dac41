"""County and prefecture government hosts named after their place, in pinyin."""
import pytest

from archive.regions.hosts import place_of_gov_host
from archive.regions.inference import infer_region


@pytest.mark.parametrize(
    ("url", "name"),
    [
        ("http://tielingxian.gov.cn/tlx/xxgk/index.html", "铁岭县"),  # the full name's spelling
        ("http://www.tianmen.gov.cn/zwgk/", "天门市"),  # the short name's spelling
        ("https://www.chaisang.gov.cn/zxzx/", "柴桑区"),
        ("http://cqxs.gov.cn/", "秀山土家族苗族自治县"),  # the province's and the county's initials
        ("http://maojian.shiyan.gov.cn/xxgk/index.shtml", "茅箭区"),  # a county's site under its city's domain
        ("http://www.anping.gov.cn/art/2021/4/2/art_139_313045.html", "安平县"),  # not 台南's 安平区: a .gov.cn site
    ],
)
def test_a_gov_host_spelled_after_one_place_names_it(url, name):
    assert place_of_gov_host(url).name == name


@pytest.mark.parametrize(
    "url",
    [
        "http://tongguan.gov.cn/a.html",  # 潼关县 and 铜官区 are both tongguan
        "http://www.dg.gov.cn/",  # two letters: initials of too many places
        "http://tianmen.example.com/",  # not a government host
        "http://wjw.beijing.gov.cn/",  # a province's host is read elsewhere
    ],
)
def test_an_ambiguous_or_non_government_host_names_no_place(url):
    assert place_of_gov_host(url) is None


def test_a_county_notice_on_its_own_gov_host_is_that_countys():
    guess = infer_region(title="致胡市镇广大人民群众的一封信", body="各位村(居)民朋友:为有效应对当前防控形势,落实我镇常态化疫情防控各项举措。",
                         source_url="http://www.tianmen.gov.cn/zwgk/bmhxzxxgkml/")
    assert guess.code == "429006"


def test_national_news_copied_onto_a_city_bureaus_site_is_national():
    body = ("为进一步提高疫情防控的科学性、精准性,国务院联防联控机制近期发布了《新型冠状病毒肺炎防控方案(第九版)》。"
            "国家卫生健康委疾控局相关负责人提醒,第九版防控方案决不是放松防控。(来源:新华社)")
    guess = infer_region(title="图表:第九版防控方案重点进行三个方面修订", body=body,
                         source_url="http://zrzyhghj.kaifeng.gov.cn/GKPT/ShowNews.aspx?Pach=305080809452205")
    assert guess.code is None


def test_a_notice_on_its_own_site_stays_local_though_it_cites_a_national_body():
    body = "根据国务院联防联控机制要求,为切实做好疫情防控工作,我县决定开展全员核酸检测。请广大群众积极配合。"
    guess = infer_region(title="关于开展全员核酸检测的通告", body=body, source_url="http://www.tianmen.gov.cn/zwgk/")
    assert guess.code == "429006"

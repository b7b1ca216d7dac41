"""Metadata precedence: header beats body, attribution beats host, original script is kept."""

from datetime import date

import pytest

from archive.ingest.dates import find_dates
from archive.ingest.dating import url_date
from archive.ingest.metadata import derive_title, extract_metadata
from archive.ingest.pinyin import strip_pinyin
from archive.chinese_text import match_key
from ingest_helpers import seed_text


def meta_of(text: str):
    return extract_metadata(strip_pinyin(text).split("\n"))  # the pipeline's order


def test_header_date_wins_over_a_month_day_in_the_body():
    meta = meta_of(seed_text("001"))
    assert (meta.published_at, meta.date_precision, meta.date_text) == (date(2022, 11, 26), "day", "2022-11-26")


def test_month_day_without_year_has_no_calendar_date():
    meta = meta_of(seed_text("004"))
    assert meta.published_at is None
    assert (meta.date_precision, meta.date_month, meta.date_day, meta.date_text) == ("month_day", 11, 23, "11月23日")
    assert "date has no year (month_day precision)" in meta.warnings


def test_year_and_month_only_is_month_precision():
    meta = meta_of("某县召开疫情防控工作会议\n\n2021年8月\n\n" + "会议要求,各乡镇要严格落实防控措施,确保人民群众生命安全和身体健康。")
    assert (meta.published_at, meta.date_precision, meta.date_month, meta.date_day) == (date(2021, 8, 1), "month", 8, None)


def test_full_date_in_the_lead_is_used_when_the_header_has_none():
    meta = meta_of("某县召开疫情防控工作会议\n2022年3月5日,某县召开疫情防控工作会议,部署近期疫情防控重点工作。")
    assert (meta.published_at, meta.date_precision) == (date(2022, 3, 5), "day")
    assert "date taken from the lead paragraph" in meta.warnings


def test_labelled_date_in_the_footer_beats_the_lead():
    text = "某县召开疫情防控工作会议\n3月4日,某县召开疫情防控工作会议,部署近期疫情防控重点工作。\n发布时间:2022-03-05"
    assert meta_of(text).published_at == date(2022, 3, 5)


def test_no_date_is_unknown():
    meta = meta_of("某县召开疫情防控工作会议\n会议要求,各乡镇要严格落实防控措施,确保人民群众生命安全和身体健康。")
    assert (meta.published_at, meta.date_precision, meta.date_text) == (None, "unknown", None)


def test_derived_title_is_about_the_story_not_the_dateline():
    meta = meta_of(seed_text("003"))
    assert "成都" in meta.title
    assert "四川觀察" not in meta.title and "2020" not in meta.title
    assert meta.title_line is None
    assert "no headline line: title devised from the lead paragraph" in meta.warnings


def test_derive_title_uses_whole_clauses():
    assert derive_title("隨著假期結束,成都迎來返程高峰,將面臨第二波輸入型疫情的考驗,進入新階段。") == "隨著假期結束,成都迎來返程高峰"
    assert derive_title("导读:全市疫情防控形势总体平稳。后续还有内容。") == "全市疫情防控形势总体平稳"


def test_headline_is_the_line_above_the_dateline():
    meta = meta_of(seed_text("002"))
    assert meta.title == "澤庫縣召開疫情防控分析研判會議"
    assert meta.title_line == 4


@pytest.mark.parametrize(
    ("seed", "publisher"),
    [
        ("000", "昌都市人力资源和社会保障局"),  # 主办 footer, cut before the address
        ("001", "凤凰网"),  # attribution (本文来自“凤凰网”, 凤凰网2022-11-26) beats the reprinting site
        ("002", "澤庫縣人民政府辦公室"),  # Traditional kept as found
        ("003", "四川觀察"),  # the name in the dateline
        ("004", None),  # 中國西藏網 only appears inside a copyright notice
    ],
)
def test_publisher(seed, publisher):
    assert meta_of(seed_text(seed)).source_name == publisher


def test_source_label_beats_host():
    text = "某县召开疫情防控工作会议\n来源:新华社\n会议要求,各乡镇要严格落实防控措施,确保人民群众生命安全和身体健康。\n主办:某县人民政府"
    assert meta_of(text).source_name == "新华社"


@pytest.mark.parametrize(
    ("breadcrumb", "publisher"),
    [
        ("示例新闻网 > 示例频道 >  示例新闻 > ", "示例新闻网"),  # the site's own name first
        ("本地新闻 > 示例频道 >  示例新闻 > ", None),  # a column's name first
        ("示例新闻 > 示例频道 >  本地要闻 > ", None),  # (ending like a site's, but a column's too)
    ],
)
def test_a_breadcrumbs_first_step_names_the_publisher_only_when_it_is_a_site(breadcrumb, publisher):
    text = f"示例区召开疫情防控会议\n{breadcrumb}\n3月25日,示例区召开疫情防控会议,就疫苗接种进行安排部署。"
    assert meta_of(text).source_name == publisher


def test_source_url_from_the_footer():
    assert meta_of(seed_text("001")).source_url == "https://www.5ichongqing.com/read-13245.html"


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("2022年09月02日 05时13分", [("2022年09月02日 05时13分", "day")]),
        ("時間:2022-05-25 |瀏覽:20449", [("2022-05-25", "day")]),
        ("２０２２年３月５日", [("２０２２年３月５日", "day")]),  # full-width digits
        ("2021-08-05T09:30:00+08:00", [("2021-08-05T09:30:00", "day")]),
        ("2022年9月", [("2022年9月", "month")]),
        ("11月23日上午", [("11月23日", "month_day")]),
        ("52419時", []),  # garbled in the source: not a date
        ("2022年13月45日", []),
        ("1850年3月5日", []),
        ("发布时间:Nov 11, 2022 | 作者", [("Nov 11, 2022", "day")]),  # a template's English date
        ("11 November 2022", [("11 November 2022", "day")]),
        ("Mayor 5 2022", []),  # (a word that starts like a month is none)
        ("今日新闻 2021-04-02151未知", [("2021-04-02", "day")]),  # a farm's view count glued to the day
        ("编号 2021-04-02151", []),  # (a number, not a day, without the unknown author after it)
    ],
)
def test_find_dates(text, found):
    assert [(text[d.start : d.end], d.precision) for d in find_dates(match_key(text))] == found


def test_derive_title_reads_full_width_punctuation():
    assert derive_title("隨著假期結束，成都迎來返程高峰，將面臨第二波輸入型疫情的考驗，進入新階段。") == "隨著假期結束，成都迎來返程高峰"
    assert derive_title("全市疫情防控形势总体平稳！后续还有内容。") == "全市疫情防控形势总体平稳"


@pytest.mark.parametrize(
    ("url", "found"),
    [
        ("http://example.gov.cn/art/2023/1/18/art_1.html", (2023, 1, 18, "day")),
        ("http://example.gov.cn/xwzx/202210/t20221001_123.html", (2022, 10, 1, "day")),
        ("http://example.com/2020/01/27/ARTI1611740422202510.shtml", (2020, 1, 27, "day")),
        ("http://example.com/html/2022/gysb_0321/598.html", (2022, 3, 21, "day")),  # a column folder's month-day
        ("http://example.com/2020/sh_0123/62738.html", (2020, 1, 23, "day")),
        ("http://example.com/zixun/202208/61803.html", (2022, 8, None, "month")),
        ("http://example.com/wuyang/2022/05/1519179.html", (2022, 5, None, "month")),  # a year's and a month's folders
        ("http://example.cn/news/guonei/2021091216452844823.htm", (2021, 9, 12, "day")),  # a timestamp naming the page
        ("http://example.cn/qihuo/20210112145082.html", (2021, 1, 12, "day")),  # its date and a number
        ("http://example.cn/news/1234567890123.htm", None),
        ("http://example.com/202004/20200409163437_770175.shtml", (2020, 4, 9, "day")),  # a date, a time and a number
        ("https://www.example.com/cn/realtimenews/20210714002502-260409", (2021, 7, 14, "day")),  # a time, a dash, a number
        ("https://example.cn/gongkai/show/20200126214313-55000-00-000.html", (2020, 1, 26, "day")),  # more numbers
        ("http://example.cn/a/2020012612345", None),  # (a bare number: an identifier as likely as a date)
        ("https://news.example.com/22/0216/08/H0AKQCC9041591O2.html", (2022, 2, 16, "day")),  # a portal's /YY/MMDD/HH/
        ("http://example.com/news/366321.html", None),
        ("https://example.com/guowaiyanjiu/00520220223_63536.html", (2022, 2, 23, "day")),  # a column number first
        ("https://example.com/news/12320220223.html", None),
        ("http://example.cn/society/202007211031819372/", (2020, 7, 21, "day")),  # a folder named by date and number
        ("http://example.cn/news/yaowen/2022/0224231402022.html", (2022, 2, 24, "day")),  # a year, then MMDD and a time
        ("http://example.cn/news/2022/1345678901.html", None),  # (no month-day opening the number)
        ("http://m.example.cn/html/2020/24h_0126/144519.html", (2020, 1, 26, "day")),  # a column folder with digits  # (digits alone, no number after them: not a date)
    ],
)
def test_date_in_the_page_address(url, found):
    got = url_date(url)
    assert (None if got is None else (got.year, got.month, got.day, got.precision)) == found


def test_a_date_in_the_page_address_is_quoted_from_the_address_itself():
    url = "http://jx.example.cn/2021-11/01/c_1128016903.htm"
    got = url_date(url)
    assert url[got.start:got.end] == "2021-11/01"


def test_a_feature_recalling_an_older_full_date_keeps_its_dateline():
    """'2021年8月18日' recalled, '9月17日凌晨' reported: a dateline of 2021-09-23 is the feature's, not a copy's stamp."""
    text = ("边城坚守\n2021-09-23 14:22:42\n9月17日凌晨,示例市出入境边防检查站民警在抵边村巡逻。\n"
            "示例市人终于等来“有序解封”的消息。2021年8月18日,除中、高风险地区外,示例市有序解除主城区居家隔离。")
    assert meta_of(text).published_at == date(2021, 9, 23)


def test_a_retrospective_keeps_a_dateline_one_day_after_the_day_its_lead_reports():
    text = ("示例市:400场发布会传递抗疫信心\n2022-09-14\n来源:示例网\n"
            "在9月13日举办的示例市新冠疫情防控第400场新闻发布会上,市委宣传部负责人回顾了近千天的抗疫历程。\n"
            "2020年1月,新冠肺炎疫情突然来袭。从2020年1月24日至今,示例市共举办400场新闻发布会。")
    assert meta_of(text).published_at == date(2022, 9, 14)


def test_a_page_whose_address_and_dateline_agree_is_dated_by_them_however_old_its_news():
    """A mirror put the page up on 2022-05-18 (its address says so) with a report of 3月31日: that is this page's
    date, not a yearless month-day."""
    text = ("示例县委书记到示例镇督导核酸检测工作\n2022-05-18 17:01:42 来源:示例县人民政府门户网站\n"
            "3月31日,示例县委书记到示例镇督导大规模核酸检测工作。\n他要求各采样点做好秩序维护。")
    meta = extract_metadata(text.split("\n"), url="https://mirror.example.com/xian/2022/0518/4278250.html")
    assert (meta.published_at, meta.date_precision) == (date(2022, 5, 18), "day")


_MEETING = "示例县召开排查工作专题调度会\n{day},示例县委书记主持召开排查工作专题调度会。\n会议要求逐户排查返乡人员。"


@pytest.mark.parametrize(
    ("text", "url", "day"),
    [
        # a labelled month-day takes its year from the address
        pytest.param("示例区新增封控区\n日期:03-04\n“示例发布”消息,决定从3月2日12时起,将部分区域划为封控区。\n请居民配合管控。",
                     "https://news.example.com/china/202203/50-1243822.html", date(2022, 3, 4),
                     id="labelled-month-day"),
        # a lead's month-day takes its year from the address's year folder
        pytest.param(_MEETING.format(day="1月31日晚"), "http://www.example.cn/a/2020/newsshow_26643.html",
                     date(2020, 1, 31), id="year-folder"),
        pytest.param(_MEETING.format(day="2月23日下午"), "http://example.cn/zhengxie/2020/128359.html",
                     date(2020, 2, 23), id="year-folder-over-a-numbered-file"),
        # a page named by its dashed date with its number glued on
        pytest.param("示例县新增确诊病例\n截至7月23日24时,示例县累计报告确诊病例3例。\n今天下午,示例县召开新闻发布会。",
                     "http://example.com/news/2021/07/2021-07-24478029.html", date(2021, 7, 24), id="dashed-date-file"),
        # an e-paper's year-and-issue folder
        pytest.param("示例县召开县长办公会\n本报讯 12月5日,县长主持召开县长办公会议,安排部署重点工作任务。\n会议听取了各部门汇报。",
                     "http://e.example.com/jrfs/2022-638/news-1-3.html", date(2022, 12, 5), id="e-paper-issue-folder"),
    ],
)
def test_the_address_gives_the_page_its_day(text, url, day):
    meta = extract_metadata(text.split("\n"), url=url)
    assert (meta.published_at, meta.date_precision) == (day, "day")


def test_a_year_over_its_month_folder_is_not_a_year_folder():
    """'/2020/05/…' is the address's month, which url_date reads, not a year folder over the lead's day."""
    meta = extract_metadata(_MEETING.format(day="2月23日下午").split("\n"),
                            url="http://example.cn/zhengxie/2020/05/128359.html")
    assert meta.published_at != date(2020, 2, 23)


def test_a_lead_day_in_another_month_than_the_address_files_the_page_under_gives_the_address_month():
    """'5月30日,…会议召开' on a page filed under /202006/: the meeting's day, not the page's; the page went up in
    June 2020, and no more than that is known."""
    text = "示例县疫情防控工作推进会召开\n5月30日,全县疫情防控工作推进会议召开。\n会议学习了有关文件精神。"
    meta = extract_metadata(text.split("\n"), url="https://m.example.net/hefei/xian/202006/10522325.html")
    assert (meta.published_at, meta.date_precision) == (date(2020, 6, 1), "month")
    same_month = extract_metadata(text.split("\n"), url="https://m.example.net/hefei/xian/202005/10522325.html")
    assert (same_month.published_at, same_month.date_precision) == (date(2020, 5, 30), "day")


def test_a_year_folder_then_a_column_folder_ending_in_the_month_day_dates_the_page():
    text = "示例镇新冠疫苗接种志愿者招募令一经发布,短短几天,已有200余名热心人士报名。\n他们分布在各接种点。"
    meta = extract_metadata(text.split("\n"), url="https://example.org.cn/html/hszh/2021/MHHNPBNO_0805/6321.html")
    assert (meta.published_at, meta.date_precision) == (date(2021, 8, 5), "day")


def test_an_address_dated_years_after_the_notice_it_copies_does_not_date_it():
    text = ("示例县关于调整疫情防控措施的通告\n"
            "2021年10月23日,示例县发现1例新冠病毒核酸检测阳性人员。经研究决定,自2021年10月25日起调整防控措施。\n"
            "请广大群众积极配合。")
    meta = extract_metadata(text.split("\n"), url="http://farm.example.shop/html/20251102/77640257.html")
    assert meta.published_at != date(2025, 11, 2)


def test_a_headline_over_a_feature_subtitle_stays_the_title():
    text = ("战疫一线党旗红\n——示例县防控新型冠状病毒感染的肺炎疫情工作侧记\n"
            "除夕夜,突然收到指挥部办公室关于召开疫情防控紧急会议的通知。我知道,示例县疫情防控阻击战已全面打响。")
    assert meta_of(text).title == "战疫一线党旗红"


def test_a_copy_stamped_years_later_is_still_not_dated_by_its_stamp():
    text = ("示例县召开疫情防控工作会议\n2024-09-14\n"
            "2月5日,示例县召开疫情防控工作会议,部署春节期间疫情防控工作。\n会议要求,2020年2月10日前完成全县排查。")
    assert meta_of(text).published_at != date(2024, 9, 14)


def test_a_blog_date_header_in_the_month_of_its_address_dates_the_post():
    """'2022年4月10日星期日' prints a weekday like a site clock, but it falls in the month of '/2022/04/': the post's
    own date header."""
    text = ("2022年4月10日星期日\n\n示例市也要封城?全市紧急全员检测\n\n"
            "网传消息,部分市民担忧很快会封城,已开始抢购物资。\n据官方通报,示例市辖下各区全部发布通告,启动全员核酸检测。")
    meta = extract_metadata(text.split("\n"), url="https://example.blogspot.com/2022/04/blog-post_725.html")
    assert (meta.published_at, meta.date_precision) == (date(2022, 4, 10), "day")


def test_a_site_clock_outside_the_month_of_the_address_is_not_the_date():
    text = ("2025年7月9日星期三\n\n示例市也要封城?全市紧急全员检测\n\n"
            "网传消息,部分市民担忧很快会封城,已开始抢购物资。\n据官方通报,示例市辖下各区全部发布通告,启动全员核酸检测。")
    meta = extract_metadata(text.split("\n"), url="https://example.blogspot.com/2022/04/blog-post_725.html")
    assert (meta.published_at, meta.date_precision) == (date(2022, 4, 1), "month")


@pytest.mark.parametrize("hours", ["14:30—17:30", "14：30－17：30", "14:30至17:30"])
def test_a_devised_title_leaves_out_a_span_of_hours_however_it_is_written(hours):
    from archive.ingest.titles import supplied_title
    lead = f"为进一步防范疫情输入风险,根据周边地市疫情防控形势,示例镇定于2022年1月9日{hours}开展大规模核酸检测工作。现将有关事项通告如下:"
    assert supplied_title(lead) == "示例镇开展大规模核酸检测工作"


def test_the_same_bodys_next_notice_under_its_signature_stays_with_the_page():
    from archive.ingest import parse_page
    text = ("关于全县娱乐场所暂停营业的通告\n为切实做好疫情防控工作,现将有关事项通告如下。\n"
            "全县娱乐场所自即日起暂停营业,恢复时间另行通知。\n某某县新冠肺炎疫情防控指挥部\n2022年4月30日\n"
            "关于延长全县中小学校停课时间的通告\n根据疫情防控需要,全县中小学校停课时间延长至5月10日。\n"
            "某某县新冠肺炎疫情防控指挥部\n2022年5月2日")
    page = parse_page(text.encode(), "notices.txt")
    assert "延长至5月10日" in page.body


def test_the_report_going_on_under_a_credit_between_its_sections_stays():
    from archive.ingest import parse_page
    text = ("某县开展疫情防控督导\n5月3日,县委书记李四带队督导全县疫情防控工作,要求各乡镇严格落实各项防控措施。\n"
            "(记者 张三 李四)\n当天,县委书记王五深入城关镇检查核酸检测点运行情况。\n截至当日18时,全县完成核酸采样12万人次。")
    assert parse_page(text.encode(), "report.txt").body.endswith("全县完成核酸采样12万人次。")


def test_a_measures_starting_day_under_a_notices_preamble_does_not_date_it():
    text = ("关于全县娱乐场所暂停营业的通告\n为切实做好疫情防控工作,现将有关事项通告如下。\n"
            "2月10日0时起,全县娱乐场所暂停营业,恢复时间另行通知。")
    assert extract_metadata(text.split("\n")).date_precision == "unknown"


def test_officials_listed_before_近日_stay_in_the_devised_title():
    assert derive_title("县委书记王建国,县长李明,近日,先后深入全县各乡镇督导检查疫情防控工作。").startswith("县委书记")


@pytest.mark.parametrize(
    ("lead", "title"),
    [
        # the last of a chain of steps, not a step after the decision
        ("为做好疫情防控工作,经县指挥部研究决定,自3月1日起,恢复全县中小学线下教学,经市卫健委批准,同意开放各景区。",
         "恢复全县中小学线下教学"),
        # a street's numbers already told with 等 (not 等 twice)
        ("经市指挥部同意,自2月25日17时起,将示例镇某路82号、112号等调整为高风险地区。", "示例镇某路82号、112号等调整为高风险地区"),
        # a news sentence with 通知 in it is no heading run into its text
        ("市教育局发出通知近期全市中小学生要做好返校准备,各校要落实晨午检制度。", "市教育局发出通知近期全市中小学生要做好返校准备"),
        # a roll-call of officials opens the news; only a letter's official addressed is left out
        ("区委书记,区长王某某带队督导检查疫情防控工作。", "区委书记,区长王某某带队督导检查疫情防控工作"),
    ],
)
def test_a_devised_title_keeps_what_was_decided_and_who_acted(lead, title):
    assert derive_title(lead) == title

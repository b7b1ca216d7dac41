"""The publication date of a page, told apart from site clocks, scraper stamps and dates in the text.

Evidence, most trusted first (the first kind that gives a full date wins):

1. the HTML page's own date meta tag;
2. a labelled date line anywhere (``发布时间:``, ``日期:2021/8/2``);
3. a dateline in the header (``2022年09月02日 05时13分``, ``凤凰网2022-11-26``);
4. the date signed under a notice (``…指挥部`` / ``2022年5月12日``, after the last paragraph);
5. a date in the page's address (``/20230118/``, ``t20221001_``, ``/2020/01/27/``);
6. a full date opening the lead (``2021年7月14日,…``).

Then a month without a day, then a month-day without a year (signed, or opening the lead), completed with
the year of the address when that agrees. A year no evidence gives is never supplied.

Never evidence: a site clock (a date followed by the weekday, ``2025年07月09日 星期三 18:30:04``), a scraper's
stamp (a column name glued to a timestamp with seconds, ``社会热点2022-05-18 04:59:58``), and dates further
into the text (events, deadlines, case reports).
"""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, replace
from datetime import date

from archive.chinese_text import match_key

from . import dates
from .boilerplate import (DAY_BEFORE_PLACE_HEADLINE, EDITION_LABEL, OUTLET_GROUP, PUBLICATION_LABEL, SOURCE_BYLINE,
                          UNKNOWN_SOURCE, is_counter_line, is_dateline, is_prose, summary_text, tail_start)
from .titles import DOTTED_DAY_BEFORE, FONT_BUTTONS, HEADLINE_DATE_GLUED, HEADLINE_WITH_ITS_SOURCE, RUN_IN_HEADING

_FULL = (dates.DAY, dates.MONTH)
# A label stands at the start of a line or after a separator ('检测时间:' in a notice is not one).
# (A forum's post header has no colon: '… 发表于 2022-12-2 12:52:27 来自手机 | 显示全部楼层'.)
# A table's cells may stand between a label and its date: '有效期至: | 长期有效 | 发布时间: | 2022-06-15 17:35 |'.
# ('《毕节市疫情防控工作提示》(发布于2021年8月5日)': the day a document was issued, in brackets under its name)
# (or an open-government table's cell, its value in the next: '| 发布机构 | … | 发文日期 | 2022-09-08 11:01:15 |')
# ('| 发布机构: | 某镇人民政府 | 生成日期: | 2022-01-09 12:20:55 |': the day an open-government record was made;
# '信息来源:某市卫生健康委员会 信息提供日期:2021-06-27 10:22': the day its source gave it)
_DATE_LABELS = ("发布时间", "发布日期", "发表时间", "发文日期", "成文日期", "生成日期", "信息提供日期", "更新时间", "时间", "日期",
                "发布于", "发布")
_TABLE_DATE_LABELS = ("发布时间", "发布日期", "发文日期", "成文日期", "生成日期", "信息提供日期")
_LABEL = re.compile(rf"(?:^|(?<=[\s|】\]]))(?:({'|'.join(_DATE_LABELS)})\s*:|(发表于))[\s|]*"
                    r"|(?<=[(])(发布于)(?=\s*20\d\d)"
                    rf"|(?:(?<=\|)|(?<=\|\s))({'|'.join(_TABLE_DATE_LABELS)})\s*\|\s*")
# A lead's own date may follow its byline: '(本网讯 记者 王某某)8月1日晚,'.
# So may the copy's source, where the reporter learnt it, or whose news it is: '本文转自:海南特区报 记者从…指挥部获悉,
# 3月29日,…', '【…】据央视新闻消息 , 3月21日 , …', '「本文来源:央广网」央广网海口8月8日消息…'.
_LEAD_BYLINE = re.compile(rf"^\s*(?:「[^「」]{{2,24}}」\s*)?(?:“[^“”]{{4,80}}”\s*)?(?:{OUTLET_GROUP})?(?:{SOURCE_BYLINE}|[\u4e00-\u9fff]{{2,10}}报道"
                          # (an outlet named before its reporters: '枝江融媒(记者 某某)10月22日,…')
                          r"|[\u4e00-\u9fff]{2,12}(?=\s*[(][^()]{0,10}(?:记者|通讯员)))?\s*"
                          r"(?:[(\[【][^)\]】]{0,60}[)\]】])?\s*"
                          # (a quote opening the story after the reporters: '(某某融媒体中心 记者 某某)“…”4月6日,')
                          r"(?:(?<=[)\]】])\s*“[^“”]{4,80}”\s*)?"
                          r"(?:(?:本文)?转自\s*:\s*\S{2,20}\s+)?(?:记者\s*)?(?:(?:从|在)[^,。]{2,40}(?:获悉|了解到|得知)\s*[,:]\s*)?"
                          r"(?:据[^,。]{2,20}(?:消息|报道)\s*[,:]?\s*)?")
_LABEL_MAX_LINE = 160
# Labels that say "published": a site's own statement, kept even when the text reports much older events
# (a retrospective: '400场发布会…从2020年1月24日至今').
_PUBLICATION_LABELS = set(_DATE_LABELS) - {"更新时间", "时间", "日期"} | {"发表于"}
# '时间:2022年3月23日上午8时至下午4时': a labelled span of time is a notice's schedule, not its date.
# (not a rule drawn in dashes after the dateline: '发布时间:2020-08-12 17:37:38 ----------')
# (fragments: an hour, '8时' / '8:30'; the word or dash that opens a span to a later one)
_HOUR = r"\d{1,2}\s*[时点:]\s*(\d{1,2}\s*分?)?"
_UNTIL = r"(至|到|[—–~-](?![—–-]))"
_SCHEDULE_AFTER = re.compile(rf"^\s*(上午|下午|早上|晚上|中午|凌晨)?\s*({_HOUR})?\s*{_UNTIL}")
# When a site later touched, archived or collected its copy ('更新时间:', '归档时间:2023-08-16' over '编稿时间:
# 2021-08-17'): weaker than any date of the text itself.
_LATER_HANDLING_LABEL = re.compile(r"(更新|归档|入库|采集)时间")
_PUBLISHED_ON_BEFORE = re.compile(r"(发布|发表)于\s*$")
# (the clock's seconds may stand between: '2019年03月18日17:01:33周一', the date read to the minute)
# (or the weather: '11月28日 20.4°C-22.4°C' in a portal's top bar)
_CLOCK_AFTER = re.compile(r"^\s*(:\d{2}|\d{1,2}:\d{2}(:\d{2})?)?\s*[(]?\s*(星期|礼拜|周)[一二三四五六日天]"
                          r"|^\s*-?\d{1,2}(\.\d)?\s*(°|℃)")
# (not an outlet's bracketed dispatch, '【新唐人北京时间2022年03月17日讯】', which dates its report)
_CLOCK_BEFORE = re.compile(r"(今天是|今天|今日|当前时间|现在时间|现在是|(?<![【\[(][\u4e00-\u9fff]{2})(?<![【\[(][\u4e00-\u9fff]{3})北京时间)\s*:?\s*$")
# (a column's name, not an outlet's: '国内新闻 2022-…' is a column, '央视新闻   2021-12-29 15:24' a dateline)
_COLUMN_BEFORE = re.compile(r"(热点|资讯|(?<![\u4e00-\u9fff]{2})新闻|(国内|国际|社会|本地|今日|热点|最新|综合|图片)新闻|动态|社会|头条|要闻|综合|焦点|热门|时事|国内|国际)\s*$")
# A page goes up within days of the newest full date it reports; a dateline this much later is a mirror's
# republication stamp, not the publication date.
_REPUBLISHED_AFTER_DAYS = 31  # a summary reports weeks back: a month, not two weeks
# Testing drives, lockdowns and health codes ended in China by January 2023: a page stamp from March 2023 on, over
# a text that announces them, is a copy's (a farm's '发布时间:2023-04-27' over a 2022 testing notice), unless the
# lead reports that very day or the day before (a 2023 press conference on how the epidemic is handled now).
_MEASURES_ENDED = date(2023, 3, 1)
# (and the epidemic's names and phrases of those years: '新型冠状病毒感染的肺炎', renamed in February 2020; '疫情多点散发')
_MEASURES_IN_FORCE = re.compile(r"核酸|封控|管控|静态管理|隔离|健康码|行程码|中高风险|风险区|确诊|无症状感染者"
                                r"|新型冠状病毒感染的肺炎|新冠肺炎疫情防控|疫情防控重点地区|多点散发")
# The address names the day this copy went up, whatever the news: only years later is it a farm's copy.
_ADDRESS_REPUBLISHED_AFTER_DAYS = 366
# A dateline this many days after the day its lead reports is the article's, however old the dates it recalls.
_REPORTED_THE_DAY_BEFORE = 2
# A deadline ('6月30日前缴费') may lie ahead of the publication: not a date reported. (A start, '10月10日起',
# is mostly the day of the notice itself.)
_AHEAD_AFTER = re.compile(r"^\s*(\d{1,2}\s*[时点]\s*)?(前|之前|以前)")
_SIGNING_BODY_END = r"(指挥部|办公室|政府|委员会|局|领导小组|中心|机制)"
SIGNING_BODY_AT_END = re.compile(_SIGNING_BODY_END + r"\s*$")
# A page run into one line signs its notice mid-line: '…特此通告。 泊头市人民政府 年2月4日 泊头公安…'.
# ('…特此通告。乐清市…领导小组办公室2022年4月7日乐清市…': the name runs to the date, past a shorter name's end)
_SIGNED_AFTER_CLOSING = re.compile(r"特此(?:通告|公告|通知|告知)[。.!]?\s*\S{2,40}?" + _SIGNING_BODY_END
                                   + r"\s*(?=(\d{4}\s*)?年|\d{4}\s*[-./])")
_SOURCE_AFTER_DATE = re.compile(r"(?<=日)\s+(来源|来自)\s*:\s*\S{2,30}(\s+\|)?$")
_UNKNOWN_SOURCE_AFTER = re.compile(rf"\s*{UNKNOWN_SOURCE}")
_UNKNOWN_SOURCE_BEFORE = re.compile(rf"{UNKNOWN_SOURCE}\s*$")
# '2022-9-27 08:33 上传' under a forum's attached picture: when the file was uploaded, not the post's date.
_UPLOADED_AFTER = re.compile(r"^\s*(\d{1,2}:\d{2}(:\d{2})?)?\s*上传")
_EDITION = re.compile(rf"^\s*{EDITION_LABEL}", re.I)
_STAMP_TIME = re.compile(r"^\s*\d{1,2}:\d{2}:\d{2}")
_STAMP_PREFIX = re.compile(r"[\u4e00-\u9fff]{2,8}$")
_SOURCE_VALUE_BEFORE = re.compile(r"(来源|来自)\s*:\s*(?!互联网|网络|不详|未知)[\u4e00-\u9fff]{2,12}$")
_CLOCK_WITH_SECONDS = re.compile(r"\d{1,2}:\d{2}:\d{2}")
_SIGNED_HOUR = re.compile(r"\s*\d{1,2}\s*[时点]\s*(\d{1,2}\s*分)?\s*$")
_SIGNED_LINE_MAX = 48
_TEXT_YEAR_WITHIN_DAYS = 31
YEAR_OF_THE_TEXT = " + year of the text"
# Credits and a table bar after a signed date: '2022年2月8日 【编辑:孙静波】 (作者:孙静波)', '… 2022年8月6日 |'.
TRAILING_CREDITS = re.compile(r"(?:\s*[【(\[]\s*(?:责任编辑|编辑|责编|作者|审核|校对|来源)\s*:[^】()\]]{1,16}[】)\]]|\s*[|｜])+\s*$")
_LIST_ITEM = re.compile(r"^[-–•·●◆■▪*]\s*\S")
_RUN_IN_DATELINE_WITHIN = 80  # characters of a one-line page where its dateline may stand
_LEAD_DATE_WITHIN = 14  # a lead's own date stands in its first characters (after a dateline: 新华社北京…电)
# '8月14日,…' / '8月14日晚,…': a day opening a sentence, the day of what it tells
# ('…5月13日记者在某社区卫生服务中心看到': the day the reporter was there)
# ('11月20日14:30时,平利县开展…': with its hour)
_DAY_OPENING_A_SENTENCE = re.compile(r"^\s*(上午|下午|晚上|晚间|晚|早上|早晨|凌晨|中午|傍晚|夜间)?"
                                     r"\s*(\d{1,2}\s*:\s*\d{2}\s*时?|\d{1,2}\s*[时点](\s*\d{1,2}\s*分)?(许|左右)?)?"
                                     r"\s*(,|记者(?=在|来到|走进|从))")
# '核酸检测成日常,志愿服务勇担当。2022年5月24日,…': a motto may open the lead before the day of its news.
_MOTTO_BEFORE = re.compile(r"[^。!?;:\d]{4,12},[^。!?;:\d]{4,12}[。!]\s*")
# A wire's dateline is the day its report was filed: '中新网黄冈2月1日电', '新华社北京7月9日电', even after a
# photo caption that opens the lead.
# ('央广网海口8月8日消息': a broadcaster's dispatch says 消息)
_WIRE_DATELINE = re.compile(r"(?:社|网|台|报|客户端)[\u4e00-\u9fff]{0,8}?(?:\d{4}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:电|消息)")
_WIRE_DATELINE_WITHIN = 200
# '苏州市吴江区新冠肺炎疫情防控指挥部2月21日发布公告 , …': the lead opens with the issuer and the day it acted
_ISSUER_ACTS = re.compile(r"[^,。;:!?\s]{2,40}?(指挥部|办公室|领导小组|人民政府|政府|委员会|卫健委|局|中心|防控组)"
                          r"(?=\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*(发布|印发|召开|通报|公布|发出|下发))")
# '20220917 来(返)灵人员管控措施': a heading named like a file, by the day it was issued.
_COMPACT_DATE = re.compile(r"(20[12]\d)(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])")  # '20221130'
_COMPACT_DATE_OPENING = re.compile(rf"^{_COMPACT_DATE.pattern}\s*(?=[\u4e00-\u9fff(])")
# '/a/2020/newsshow_26643.html', '/zhengxie/2020/128359.html': an address filing the page under its year alone
# (not a year over its short month or day folders: '/2020/05/…', '/2020/0512/…'); an e-paper's year and issue too:
# '/jrfs/2022-638/news-1-3.html'
_URL_YEAR_FOLDER = re.compile(r"/(20[12]\d)(?:-\d{3,4})?/(?!\d{1,4}/)")
# '日期:03-04': a page's dateline without its year, written with digits (its address may give the year).
_LABELLED_MONTH_DAY = re.compile(r"^(日期|发布日期|发布时间)\s*:\s*(0?[1-9]|1[0-2])-(0?[1-9]|[12]\d|3[01])(\s+\d{1,2}:\d{2})?$")
# '根据…办公室1月19日发布的《致…的一封信》': the date of a document the text cites, not of the text
# ('根据聊城疾控5月19日发布的出行防疫通知,…': the day of a notice the text cites, with or without its name in 《》)
# (not '…指挥部10月27日发布公告,': the day it issued the notice the text reports)
_CITED_DOCUMENT_DATE = re.compile(r"\s*(发布|印发|下发|出台|公布)(的?\s*《|的[^,。《》]{0,12}(通知|通告|公告|规定|方案|指南))")
# '对2022年1月20日(含)以来有…旅居史的人员': the start of a period the rules look back over, not the lead's day.
_PERIOD_START_AFTER = re.compile(r"\s*([(]含[)])?\s*以来")
# '自12月12日22时起,…', '自10月18日…以来': when measures take effect or a period starts, not the day of the news.
_SINCE = re.compile(r"\s*([(][^()]{1,6}[)])?\s*([\u4e00-\u9fff]{0,8}以来|起[,,]?\s*(连续|持续|至今|截至))")  # '自2月23日封控以来'
# ('休宁自2022年5月26日零时起,解除…': the place whose measures they are may come first)
# (not '记者从1月8日下午召开的…发布会上获悉': where the reporter learnt the news, on the day of it)
# ('1、自2022年4月18日0时起,…': a notice's first item)
_PERIOD_START_BEFORE = re.compile(r"(^|[,。\s]|^\d{1,2}\s*[、.])[\u4e00-\u9fff]{0,6}?(?<![服听依遵])(?<!记者)(自|从)\s*$")
_UPDATED_IN_BRACKETS = re.compile(r"[(]\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*(?:更新|发布)\s*[)]\s*$")
# '11月27日通报长沙雨花区检出3例…': a headline giving the day its news was reported
_DAY_OF_A_REPORT = re.compile(r"\s*(最新)?(通报|发布|公布)(?![会了的])")
_DAY_OPENING_A_NOTICE_HEADING = re.compile(r"[\u4e00-\u9fff]{2,12}关于[^。,!?]{4,60}的(通告|公告|通知)$")
# '2022年11月27日汕头市潮阳区新冠肺炎防控指挥办发布:': the day a body issued what follows
_ISSUER_PUBLISHED_AFTER = re.compile(r"\s*[\u4e00-\u9fff]{2,30}?(指挥部|指挥办|办公室|领导小组|人民政府|政府|委员会|中心|局)"
                                     r"\s*(发布|通报|公告)\s*:")
_PUBLISHED_AFTER = re.compile(r"\s*(\d{1,2}:\d{2}(:\d{2})?)?\s*发布(?![会了的])")  # (not '…13日发布的《…》')
# '5月26日起示例县解除静态管理': a headline's day that measures take effect, not the day it was published.
_TAKES_EFFECT_AFTER = re.compile(r"\s*(零时|\d{1,2}\s*[时点])?\s*起(?!草)")
# '2020年9月、2021年4月和7月,瑞丽市三次疫情反弹': one of several times the text recalls, not the day of its news.
_LISTED_WITH_OTHERS = re.compile(r"\s*[、和及与]\s*(\d{4}\s*年)?\s*\d{1,2}\s*月")
# '本轮核酸检测的时间为11月10日9时至17时': the hours a schedule names on that day, not the day of the news.
_HOURS_AFTER = re.compile(rf"^\s*(上午|下午|早上|晚上)?\s*{_HOUR}\s*{_UNTIL}")
# '3月2日(今天)下午四点,…召开第37场新闻发布会': the lead names the day it was written, wherever it says so.
_TODAY_AFTER = re.compile(r"^\s*[(]\s*(今天|今日)\s*[)]")
_TODAY_OPENING = re.compile(r"\s*(今日|今天|今晨|今早)(上午|下午|晚上|晚间)?\s*,")
_TODAY_BEFORE = re.compile(r"(今天|今日)\s*[(]\s*$")  # '…西平县今日(1月25日)对外发布公告'
_TODAY_BY_ITS_DAY = re.compile(r"^\s*(今天|今日)\s*[(]\s*(\d{1,2})\s*日\s*[)]")
_TODAY_FULL_DATE_WITHIN = 80
_URL_DATES = (
    re.compile(r"(?<!\d)(20\d{2})[-_/]?(0[1-9]|1[0-2])[-_/]?(0[1-9]|[12]\d|3[01])(?!\d)"),
    re.compile(r"/(20\d{2})[-_/](0?[1-9]|1[0-2])/(0?[1-9]|[12]\d|3[01])/"),
    # a page named by its dashed date with its number glued on: '/2021/07/2021-07-24478029.html'
    re.compile(r"/(20\d{2})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(?=\d{4,12}\.[a-z]+$)"),
    # a page named by its date and a number: '/2021091216452844823.htm', '/20210112145082.html',
    # '/20200409163437_770175.shtml' (before its month's folder: '/202004/20200409…'), '/20210714002502-260409'
    # (or a folder so named: '/society/202007211031819372/'; or with more numbers: '/20200126214313-55000-00-000.html')
    re.compile(r"/(20\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])"
               r"(?=\d{4,12}(?:[-_]\d{1,12}){0,4}(?:\.[a-z]+|/)$|\d{4,12}(?:-\d{1,12}){1,4}$)"),
    # a year's folder, then a page named by its month-day and a time-like number: '/2022/0224231402022.html'
    re.compile(r"/(20\d{2})/(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?=\d{6,12}\.[a-z]+$)"),
    re.compile(r"/(20\d{2})[-_/]?(0[1-9]|1[0-2])/"),  # '/202201/', '/2022_05/', '/2022/05/'
    # a portal's two-digit year, month-day and hour folders: '/22/0216/08/H0AKQCC9041591O2.html'
    re.compile(r"/(2[0-3])/(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])/(?=\d{2}/[A-Z0-9]{16}\.html$)"),
    # a page named by a short column number, its date and its number: '/00520220223_63536.html'
    re.compile(r"/\d{3}(20[12]\d)(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?=_\d{1,12}\.[a-z]+$)"),
    # a year's folder, then a column's folder ending in the month-day: '/2022/gysb_0321/598.html'
    # (or '/2020/24h_0126/', '/2021/MHHNPBNO_0805/')
    re.compile(r"/(20\d{2})/[a-zA-Z0-9]{0,8}[a-zA-Z][a-zA-Z0-9]{0,8}_(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])/"),
)


@dataclass(frozen=True)
class FoundDate:
    match: dates.DateMatch
    text: str  # as written in the source
    evidence: str  # which kind of evidence gave it


def publication_date(lines: list[str], keys: list[str], header: list[int], lead: int | None,
                     meta_published: str | None = None, url: str | None = None,
                     headline: str | None = None) -> FoundDate | None:
    """``headline``: the page's headline where no line of the header holds it (a farm's copy spliced into the
    text, a run-in headline, a heading glued over a salutation)."""
    text_keys = keys[lead:] if lead is not None else []
    newest_reported = _newest_full_date(text_keys)
    lead_keys = [k for k in text_keys if k][:3]
    candidates = [found for found in _full_dates(lines, keys, header, lead, meta_published, url)
                  if not _republished(found, newest_reported, lead_keys)]
    candidates = _not_after_the_signature(candidates)
    days = [found for found in candidates if found.match.precision == dates.DAY]
    if days:
        # '發布時間:2020-03-17 丨 閱讀次數:4012' over the headline, '發布時間: 2020-02-28 … 來源: 陜西日報' under it, and
        # a lead reporting 2月27日: of two page datelines, the one the lead's day fits is the article's, the other a
        # mirror's
        if lead_keys and days[0].evidence in _PAGE_DATELINES and not _fits_the_lead(days[0], lead_keys[0]):
            fitting = next((found for found in days[1:] if found.evidence in _PAGE_DATELINES
                            and _fits_the_lead(found, lead_keys[0])), None)
            return fitting or days[0]
        return days[0]
    yearless = _yearless(lines, keys, header, lead, url, headline)
    if yearless is not None and yearless.match.precision == dates.DAY:
        return yearless  # a month-day completed by the address's year
    for found in candidates:
        if found.match.precision == dates.MONTH:
            return found
    return yearless


def url_date(url: str | None) -> dates.DateMatch | None:
    """A date in a page address: /20230118/, t20221001_123.html, /2020/01/27/, /2022-05/18/, /202201/ (month)."""
    if not url:
        return None
    path = _address_path(url)
    for pattern in _URL_DATES:
        m = pattern.search(path)
        if not m:
            continue
        numbers = [int(g) for g in m.groups()]
        numbers[0] += 2000 if numbers[0] < 100 else 0  # ('/22/0216/': 2022)
        precision = dates.DAY if len(numbers) == 3 else dates.MONTH
        offset = len(url) - len(path)  # (positions in the whole address, for its text)
        found = dates.DateMatch(offset + m.start(), offset + m.end(), precision, numbers[0], numbers[1],
                                numbers[2] if len(numbers) == 3 else None)
        try:
            found.as_date()
        except ValueError:
            continue
        return found
    return None


def _address_path(url: str) -> str:
    """The address without its scheme and host: '/2022/0518/4278250.html'."""
    return re.sub(r"^[a-z]+://[^/]+", "", url, flags=re.I)


def _full_dates(lines, keys, header, lead, meta_published, url) -> list[FoundDate]:
    found: list[FoundDate] = []
    if meta_published:
        key = match_key(meta_published)
        found += [FoundDate(d, meta_published[d.start:d.end], "meta") for d in dates.find_dates(key)
                  if d.precision in _FULL][:1]
    updated: list[FoundDate] = []
    for i, key in enumerate(keys):
        if len(key) <= _LABEL_MAX_LINE:
            for label in _LABEL.finditer(key):
                after = [d for d in _evidence_dates(key) if d.start == label.end() and d.precision in _FULL
                         and not _SCHEDULE_AFTER.match(key[d.end:])]
                # '更新时间:' is when a copy was last touched: weaker than the date a notice is signed with.
                name = label.group(1) or label.group(2) or label.group(3) or label.group(4)
                kind = updated if name == "更新时间" else found
                evidence = "publication label" if name in _PUBLICATION_LABELS else "labelled date line"
                kind += [FoundDate(d, _slice(lines[i], d), evidence) for d in after[:1]]
    for i in header:
        if _SITE_BAR_HOTLINE.search(keys[i]):
            continue  # '2018年1月5日| 联系热线:0352-…': the site's header bar, its date a template's, not the page's
        # ('转载 某某2021/08/20 10:46:26 发布 IP属地:…': a post's time, said to be when it was published)
        if not is_dateline(keys[i]):
            # (a poster's name glued on is no scraper's column: the stamp says 发布; a headline may carry its dateline
            # and source, '…回應了! 2022-03-20 08:44:25  來源:看看新聞', or its day glued on, '…紧急提醒2022年2月22日')
            dated = HEADLINE_WITH_ITS_SOURCE.search(keys[i]) or HEADLINE_DATE_GLUED.search(keys[i])
            found += [FoundDate(d, _slice(lines[i], d), "dateline") for d in dates.find_dates(keys[i])
                      if d.precision in _FULL and (_PUBLISHED_AFTER.match(keys[i][d.end:])
                                                   or _ISSUER_PUBLISHED_AFTER.match(keys[i][d.end:])
                                                   or (dated is not None and d.start >= dated.start()))][:1]
        else:
            # ('2021年7月18日至20日' under a headline: the days of what it reports, not a dateline)
            on_line = [d for d in _evidence_dates(keys[i])
                       if d.precision in _FULL and not _SCHEDULE_AFTER.match(keys[i][d.end:])]
            # ('更新於 2020年02月03日00:39 • 發布於 2020年02月02日02:33': the day it was published, not updated)
            published = [d for d in on_line if _PUBLISHED_ON_BEFORE.search(keys[i][:d.start])]
            if published:
                found.append(FoundDate(published[0], _slice(lines[i], published[0]), "dateline"))
                continue
            kind = updated if _LATER_HANDLING_LABEL.search(keys[i]) else found
            kind += [FoundDate(d, _slice(lines[i], d), "dateline") for d in on_line][:1]
    found += [f for f in _signed_dates(lines, keys, lead) if f.match.precision in _FULL]
    found += _compact_dates_opening_headings(lines, keys, header + ([lead] if lead is not None else []))
    found += updated
    in_url = url_date(url)
    if in_url is not None:
        found += _date_headers_of_the_address(lines, keys, header, in_url)
        found.append(FoundDate(in_url, url[in_url.start:in_url.end] if url else "", "address"))
    if lead is not None:
        found += [FoundDate(d, _slice(lines[lead], d), "lead") for d in _lead_dates(keys[lead]) if d.precision in _FULL]
        found += [FoundDate(d, _slice(lines[lead], d), "run-in dateline") for d in _run_in_datelines(keys[lead])]
    # Last of all, the day a bulletin's headline opens with ('2020年1月27日内蒙古自治区…疫情情况'): the day it reports,
    # when the page prints no other.
    opening = next((m for i in header if (m := _HEADLINE_OPENING_DAY.match(keys[i]))), None)
    if opening is not None:
        found += [FoundDate(d, opening.group(1), "headline") for d in dates.find_dates(opening.group(1))[:1]]
    return found


# After a headline's opening day, what makes it a deadline, the start of a span or the day measures take effect
# ('12月31日前…', '1月30日至2月7日…', '12月1日零时起…'), not the day of its news.
_NOT_THE_DAY_OF_THE_NEWS = r"\s*(\d{1,2}\s*[时点]|零时|凌晨)?\s*(起|至|到|前|后|以前|以后|之前|开始|以来|[-—~])"
_HEADLINE_OPENING_DAY = re.compile(r"^\s*(20[12]\d\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)"
                                   rf"(?!{_NOT_THE_DAY_OF_THE_NEWS})(?=[\u4e00-\u9fff]{{6}})")


def _date_headers_of_the_address(lines, keys, header, in_url: dates.DateMatch) -> list[FoundDate]:
    """'2022年4月10日星期日' over a blog post whose address is '/2022/04/': a date with its weekday is a site
    clock, unless it falls in the month the address gives, where it is the post's own date header."""
    return [FoundDate(d, _slice(lines[i], d), "dateline") for i in header for d in dates.find_dates(keys[i])
            if d.precision == dates.DAY and _CLOCK_AFTER.match(keys[i][d.end:])
            and (d.year, d.month) == (in_url.year, in_url.month)]


def _compact_dates_opening_headings(lines: list[str], keys: list[str], header: list[int]) -> list[FoundDate]:
    """'20220917 来(返)灵人员管控措施': a heading named like a file, by the day it was issued; '2022-10-04
    新疆:坚持非必要不离疆': a headline with its day printed before it."""
    found = []
    for i in header:
        m = _COMPACT_DATE_OPENING.match(keys[i]) or DAY_BEFORE_PLACE_HEADLINE.match(keys[i])
        if m:
            d = dates.DateMatch(m.start(1), m.end(3), dates.DAY, int(m.group(1)), int(m.group(2)), int(m.group(3)))
            try:
                d.as_date()
            except ValueError:
                continue
            found.append(FoundDate(d, lines[i].strip()[:m.end(3)], "heading"))
    return found[:1]


def _run_in_datelines(key: str) -> list[dates.DateMatch]:
    """'…领导小组会议召开扎鲁特旗广播电视台2020-04-24关注4月23日,…', '…静态管理 2022-03-22 00:01栏目:资讯…': a page
    that lost its line breaks keeps its dateline in its first words, written with digits and dashes, before
    the first full stop (the text itself writes 年月日)."""
    head = key[:_RUN_IN_DATELINE_WITHIN].split("。")[0]
    return [d for d in _evidence_dates(head) if d.precision == dates.DAY and re.match(r"\d{4}[-/]", head[d.start:])]


def _newest_full_date(keys: list[str]):
    found = [d.as_date() for key in keys for d in dates.find_dates(key) if d.precision == dates.DAY]
    return max(found) if found else None


_PAGE_DATELINES = ("dateline", "publication label")


def _fits_the_lead(found: FoundDate, lead_key: str) -> bool:
    """The date is the day of the news the lead reports ('在9月13日举办的…' under 2022-09-14), or a day or two after
    it (the last day of a span it reports, '10月19日~26日'; not where a period began, '自1月24日(除夕)起,…')."""
    published = found.match.as_date()
    return found.match.precision == dates.DAY and any(
        (day := _in_year(_range_end(lead_key, d), published.year)) is not None
        and 0 <= (published - day).days <= _REPORTED_THE_DAY_BEFORE for d in _reported_month_days(lead_key))


def _reported_month_days(key: str) -> list[dates.DateMatch]:
    """The month-days a paragraph reports (not where a period began: '自1月24日(除夕)起,连续奋战100天')."""
    return [d for d in dates.find_dates(key) if d.precision == dates.MONTH_DAY and not _SINCE.match(key[d.end:])]


def _republished(found: FoundDate, newest_reported, lead_keys: list[str]) -> bool:
    """A dateline or label date well after every date the article reports: a later copy's stamp.
    Without full dates in the text, the month-days its first paragraphs report are read in the year before
    the candidate date. (The signed date and the lead's own date belong to the article itself, and so does a
    publication label's, unless it comes after the measures ended; the date in the address is the day this copy
    went up, which is the date a reader cites it by.)"""
    if found.evidence in ("signed date", "lead"):
        return False
    if lead_keys and _TODAY_OPENING.match(lead_keys[0]):
        return False  # '今日下午,…召开发布会': the lead speaks of the day the page was published
    published = found.match.as_date()
    after_the_measures = published >= _MEASURES_ENDED and any(_MEASURES_IN_FORCE.search(key) for key in lead_keys)
    if found.evidence == "publication label" and not after_the_measures:
        return False
    # (paragraph number, its key, a month-day it reports), read once for the uses below
    # (a period's start is no day reported: '自1月24日(除夕)起,连续奋战100天' under 2020-05-03 looks back on 100 days)
    month_days = [(n, key, d) for n, key in enumerate(lead_keys) for d in _reported_month_days(key)]
    # The lead reports the day before or the very day, whatever older dates a retrospective recalls: a copy years
    # later would match that closely only by chance.
    if lead_keys and _fits_the_lead(found, lead_keys[0]):
        return False
    if after_the_measures:
        return True
    if found.match.precision == dates.MONTH:  # '/202208/': any day of August, so a report of 8月31日 fits
        published = date(published.year, published.month, calendar.monthrange(published.year, published.month)[1])
    if newest_reported is None:
        reported_days = [d for _, key, d in month_days if not _AHEAD_AFTER.match(key[d.end:])]
        if reported_days and all(_shortly_ahead(d, published) for d in reported_days):
            return False  # '各中小学将于8月30日、31日报到,9月1日正式上课' under 2021-08-16: only a schedule ahead
        reported = [_reported_day(d, published) for d in reported_days]
        reported = [d for d in reported if d is not None]
        if not reported:
            return False
        newest_reported = max(reported)
    else:
        # Month-days the first paragraphs report after the text's newest full date, in that date's year: a
        # feature recalls '2021年8月18日' and reports '9月17日凌晨' (published 2021-09-23).
        later = [_in_year(d, newest_reported.year) for _, _, d in month_days]
        later = [d for d in later if d is not None and newest_reported < d <= published]
        newest_reported = max(later, default=newest_reported)
    # The address dates the copy a reader cites, however old its news; only a copy made years later (a farm's
    # '/html/20251102/' over a 2021 notice) is not the page's own.
    after = _ADDRESS_REPUBLISHED_AFTER_DAYS if found.evidence == "address" else _REPUBLISHED_AFTER_DAYS
    return (published - newest_reported).days > after


_RANGE_END_DAY = re.compile(r"\s*[~～至到—-]\s*(\d{1,2})\s*日")


def _range_end(key: str, month_day: dates.DateMatch) -> dates.DateMatch:
    """'10月19日~26日8时': the last day of a span the lead reports, the day of its news."""
    end = _RANGE_END_DAY.match(key, month_day.end)
    if end is None or not month_day.day < int(end.group(1)) <= 31:
        return month_day
    return replace(month_day, day=int(end.group(1)))


def _in_year(month_day: dates.DateMatch, year: int) -> date | None:
    try:
        return date(year, month_day.month, month_day.day)
    except ValueError:
        return None


def _not_after_the_signature(candidates: list[FoundDate]) -> list[FoundDate]:
    """A notice's signed date is its own: a page stamp well after it is a copy's (发布时间:2023-02-16 over a
    notice signed 2022年3月14日)."""
    signed = [f.match.as_date() for f in candidates if f.evidence == "signed date" and f.match.precision == dates.DAY]
    if not signed:
        return candidates
    return [f for f in candidates if f.evidence in ("signed date", "meta") or f.match.precision != dates.DAY
            or (f.match.as_date() - max(signed)).days <= _REPUBLISHED_AFTER_DAYS]


def _reported_day(month_day: dates.DateMatch, published: date) -> date | None:
    """The day a month-day of the lead falls on, for a page dated ``published``: a day just ahead is what the
    notice announces ('自3月27日起恢复营业' under 2020-03-26), not that day a year before."""
    ahead = _in_year(month_day, published.year)
    if ahead is not None and 0 < (ahead - published).days <= _ANNOUNCED_AHEAD_DAYS:
        return published
    return _latest_on_or_before(month_day, published)


_ANNOUNCED_AHEAD_DAYS = 7
_SCHEDULE_AHEAD_DAYS = 31  # (a term's start, a month ahead)


def _shortly_ahead(month_day: dates.DateMatch, published: date) -> bool:
    ahead = _in_year(month_day, published.year)
    return ahead is not None and 0 < (ahead - published).days <= _SCHEDULE_AHEAD_DAYS


def _latest_on_or_before(month_day: dates.DateMatch, limit):
    for year in (limit.year, limit.year - 1):
        candidate = _in_year(month_day, year)
        if candidate is not None and candidate <= limit:
            return candidate
    return None


_FIGURES_UP_TO = re.compile(r"(截至|截止)至?\s*$")
_NEWS_AFTER_THE_DAY = re.compile(rf"(?!{_NOT_THE_DAY_OF_THE_NEWS})\s*(\d{{1,2}}\s*[时点])?\s*"
                                 r"[\u4e00-\u9fff]{2}[^,。!?]{6,40}$")


def _yearless(lines, keys, header, lead, url, headline: str | None = None) -> FoundDate | None:
    """A month-day: signed under the notice, in the header, or opening the lead; with the address's year when
    the address agrees."""
    candidates = [f for f in _signed_dates(lines, keys, lead) if f.match.precision == dates.MONTH_DAY]
    labelled_lines: list[FoundDate] = []
    for i in header:
        # (not a kicker giving the day the figures below run to: '截止至4月27日' over '某区超过67万人已接种…')
        on_line = [d for d in _evidence_dates(keys[i]) if d.precision == dates.MONTH_DAY
                   and not _TAKES_EFFECT_AFTER.match(keys[i][d.end:]) and not _FIGURES_UP_TO.search(keys[i][:d.start])]
        if is_dateline(keys[i]) or len(keys[i]) <= 20:
            candidates += [FoundDate(d, _slice(lines[i], d), "header") for d in on_line][:1]
        elif on_line and on_line[0].start == 0 and (_DAY_OPENING_A_SENTENCE.match(keys[i][on_line[0].end:])
                                                    or _DAY_OPENING_A_NOTICE_HEADING.match(keys[i][on_line[0].end:])
                                                    or _DAY_OF_A_REPORT.match(keys[i][on_line[0].end:])):
            # '8月14日,…指挥部发布通告:' over the notice: a lead sentence standing as the heading
            # ('12月7日长沙县关于解除…的通告': or the day a notice's heading opens with, the day it was issued)
            candidates.append(FoundDate(on_line[0], _slice(lines[i], on_line[0]), "header"))
        updated = _UPDATED_IN_BRACKETS.search(keys[i])
        if updated:  # '山东疾控健康提示及入鲁返鲁政策措施(11月4日更新)': the day the headline says it was updated
            d = dates.DateMatch(updated.start(1), keys[i].index("日", updated.end(2)) + 1, dates.MONTH_DAY, None,
                                int(updated.group(1)), int(updated.group(2)))
            candidates.append(FoundDate(d, _slice(lines[i], d), "header"))
        dotted = DOTTED_DAY_BEFORE.match(keys[i])
        if dotted:  # '02.25 市委政法委副书记…督导': the day a portal printed before the headline
            d = dates.DateMatch(dotted.start(1), dotted.end(2), dates.MONTH_DAY, None,
                                int(dotted.group(1)), int(dotted.group(2)))
            candidates.append(FoundDate(d, _slice(lines[i], d), "header"))
        labelled = _LABELLED_MONTH_DAY.match(keys[i])
        if labelled:
            d = dates.DateMatch(labelled.start(2), labelled.end(3), dates.MONTH_DAY, None,
                                int(labelled.group(2)), int(labelled.group(3)))
            labelled_lines.append(FoundDate(d, _slice(lines[i], d), "labelled date line"))
    # (a labelled line is the page's own date, as for full dates: '日期:03-26' under '天津3月27日开展全员核酸检测')
    candidates = labelled_lines + candidates
    if lead is not None:
        candidates += [FoundDate(d, _slice(lines[lead], d), "lead") for d in _lead_dates(keys[lead])
                       if d.precision == dates.MONTH_DAY]
    opens_before_the_news = lead is not None and bool(_QUOTED_OPENING.match(keys[lead])
                                                      or _ONE_SENTENCE.fullmatch(keys[lead]))
    if not candidates and opens_before_the_news:
        # '“在全县上下…的关键时刻,…”某县副县长某某…这样说道。' / '2月23日下午,…': a feature opening with someone's
        # words, or with a sentence of background ('自新冠肺炎疫情发生以来,…同心协力共战疫情。'), the day of its news
        # opening the next paragraph
        below = next((i for i in range(lead + 1, len(keys)) if keys[i]), None)
        if below is not None:
            # (the day of its news, not the day a measure takes effect: '2月10日0时起,全县…暂停营业')
            candidates += [FoundDate(d, _slice(lines[below], d), "lead") for d in _lead_dates(keys[below])
                           if d.precision == dates.MONTH_DAY and d.start == 0
                           and _DAY_OPENING_A_SENTENCE.match(keys[below][d.end:])][:1]
    if lead is not None and not candidates:
        # '针对当前…,为保障…,根据…部署,10月28日上午,…' / '近日,北京出现…。为…,6月17日,全县…会议…召开': the day of the
        # news opening a clause after its background (the lead's first such day, in its first sentences)
        candidates += [FoundDate(d, _slice(lines[lead], d), "lead") for d in _clause_opening_days(keys[lead])][:1]
    if not candidates:
        # '12月1日6时重庆黔江区3个高风险地区调整为低风险区' over a lead naming no day: the headline's day of its news
        # (not the day measures take effect: '12月1日起…')
        headlines = [(lines[i], keys[i]) for i in header] + ([(headline, match_key(headline))] if headline else [])
        candidates += [FoundDate(d, _slice(line, d), "headline") for line, key in headlines
                       for d in _evidence_dates(key)[:1]
                       if d.precision == dates.MONTH_DAY and d.start == 0
                       and _NEWS_AFTER_THE_DAY.match(key[d.end:])][:1]
    if not candidates:
        return None
    chosen = candidates[0]
    in_url = url_date(url)
    if in_url is not None and in_url.precision == dates.MONTH and in_url.month != chosen.match.month \
            and chosen.evidence == "lead":
        # ('5月30日,全县…会议召开' on a page filed under '/202006/': the meeting's day, not the page's, which the
        # address puts in June)
        return None
    if in_url is not None and _year_fits(chosen.match, in_url):
        return replace(chosen, match=replace(chosen.match, precision=dates.DAY, year=in_url.year),
                       evidence=chosen.evidence + " + year of the address")
    year_folder = _URL_YEAR_FOLDER.search(_address_path(url or ""))
    if in_url is None and year_folder:  # '/a/2020/newsshow_26643.html': the address files the page under its year
        return replace(chosen, match=replace(chosen.match, precision=dates.DAY, year=int(year_folder.group(1))),
                       evidence=chosen.evidence + " + year of the address")
    # (the text's own dates: not those of the other items listed after it)
    end = tail_start(lines, keys)
    # (and of its summary over it: '导读:为防范疫情输入,…,2022年3月22日,江西省疾控中心发布了…')
    summaries = [match_key(summary) for i in header if (summary := summary_text(lines[i]))]
    year = _year_of_the_text(chosen.match, summaries + (keys[lead:end] if lead is not None else keys[:end]))
    if year is not None:
        return replace(chosen, match=replace(chosen.match, precision=dates.DAY, year=year),
                       evidence=chosen.evidence + YEAR_OF_THE_TEXT)
    year = _year_of_the_notice([keys[i] for i in header])
    if year is not None:
        return replace(chosen, match=replace(chosen.match, precision=dates.DAY, year=year),
                       evidence=chosen.evidence + " + year of the notice's heading")
    return chosen


_QUOTED_OPENING = re.compile(r"^[“\"][^“”\"]{8,}[”\"]")
_ONE_SENTENCE = re.compile(r"[^。!?\d]{10,100}(?<!如下)。")  # (not a notice's '…现将有关事项通告如下。')


# A notice's heading that names its year: '邵东市2022年新冠肺炎疫情防控指挥部通告', '…通告(2022年第15号)'.
_NOTICE_YEAR = re.compile(r"(20[12]\d)\s*年(?!\s*\d{1,2}\s*月)(?=.{0,40}(通告|公告|通知|令)(\s*[(〔\[]?\s*第?\s*\d+\s*号\s*[)〕\]]?)?$)")


_HEADLINE_YEAR = re.compile(r"(20[12]\d)\s*年?(?![\d\s年])(?!以来|度|底|初|末|上半年|下半年)(?=[\u4e00-\u9fff]{6})")


def _year_of_the_notice(header_keys: list[str]) -> int | None:
    """The one year the headings of a notice name (not a date: no month after it), or a headline opens with
    ('2022黄石港区第二轮扩面核酸筛查时间' over '时间:4月14日…')."""
    years = {int(m.group(1)) for key in header_keys for m in _NOTICE_YEAR.finditer(key.strip())}
    years |= {int(m.group(1)) for key in header_keys if (m := _HEADLINE_YEAR.match(key.strip()))}
    return years.pop() if len(years) == 1 else None


def _year_of_the_text(month_day: dates.DateMatch, text_keys: list[str]) -> int | None:
    """The one year in which the month-day falls within a month of a full date the text itself reports
    ('10月9日,…' over '…2022年10月9日起…'): the text's own dates give the year, no guess does."""
    # (not a scraper's stamp or a site clock: '热点资讯2022-12-07 11:01:34' is the copy's, not the text's)
    reported = {d.as_date() for key in text_keys for d in _evidence_dates(key) if d.precision == dates.DAY}
    years = set()
    for day in reported:
        for year in (day.year - 1, day.year, day.year + 1):
            try:
                candidate = date(year, month_day.month, month_day.day)
            except ValueError:
                continue
            if abs((candidate - day).days) <= _TEXT_YEAR_WITHIN_DAYS:
                years.add(year)
    return years.pop() if len(years) == 1 else None


def _year_fits(month_day: dates.DateMatch, in_url: dates.DateMatch) -> bool:
    """The address's year completes a month-day when the address's month is the same or the next one
    (a page goes up on the day or soon after its news)."""
    months_after = (in_url.month - month_day.month) % 12
    return months_after <= 1


def _signed_dates(lines: list[str], keys: list[str], lead: int | None) -> list[FoundDate]:
    """Dates signed under a notice: a short line after the lead that is only a date, or an issuing body
    followed by its date; the last one on the page first."""
    if lead is None:
        return []
    found = []
    end = tail_start(lines, keys)
    dated_list = _dated_list(keys, lead, end) | _day_headings(keys, lead, end)
    # (not in the other items' teasers and stamps below the text: '加载更多' / '-' / headline / '2018-03-01 14:40:53')
    for i in range(end - 1, lead - 1, -1):
        if i in dated_list:
            continue
        # '2021年8月7日 【编辑:苑菁菁】', '2022年8月23日 来源:盂县人民政府网站 |'
        key = _SOURCE_AFTER_DATE.sub("", TRAILING_CREDITS.sub("", keys[i].strip()))
        if not key:
            continue
        if is_counter_line(key):
            continue  # '2026-01-22,12901| 2026-01-': a counter's stamps, not a signature
        on_line = _evidence_dates(key) or _compact_date_alone(key)
        if len(key) > _SIGNED_LINE_MAX:
            # '… 特此公告 东莞市虎门镇…疫情防控指挥部 2022年10月24日' closing a page printed as one line
            if on_line and on_line[-1].end >= len(key) - 1 and SIGNING_BODY_AT_END.search(key[: on_line[-1].start]):
                found.append(FoundDate(on_line[-1], _slice(lines[i], on_line[-1]), "signed date"))
            for closing in _SIGNED_AFTER_CLOSING.finditer(key):
                found += [FoundDate(d, _slice(lines[i], d), "signed date") for d in on_line
                          if re.fullmatch(r"(\d?\s*年)?", key[closing.end():d.start].strip())][:1]
            continue
        if is_prose(lines[i]) and not key.endswith(("日", "号")):
            continue
        following = next((k for k in keys[i + 1:end] if k.strip()), "")
        if _TIME_OF_DAY_OPENING.match(following):
            continue  # '11月22日' over '08:00,从家中出发…': a day of an itinerary, not a signature
        if _LIST_ITEM.match(key):
            continue  # '- 另一条标题2022-11-04': a list of other items' links, dated, below the notice
        if _CLOCK_WITH_SECONDS.search(key):
            continue  # '2024-12-23 15:06:36' under an account's name: a feed's stamp, no notice signs to the second
        # '2022年10月23日21时': the hour the notice was signed may follow its date.
        ends_at = len(_SIGNED_HOUR.sub("", key.rstrip(" )")))
        if on_line and on_line[-1].end >= ends_at - 1:
            d = on_line[-1]
            if _LABEL.search(key[: d.start]):
                continue  # a labelled line, counted as such
            before = key[: d.start].strip()
            if _AS_OF_BEFORE.search(before):
                continue  # '(截至年11月3日24时)': the time a table's figures run to, no signature
            if re.fullmatch(r"\d?\s*年", before):
                before = ""  # '年10月25日', '0年3月8日': a mirror dropped the year's digits; the month-day stands
            if not before or len(before) >= 4:
                found.append(FoundDate(d, _slice(lines[i], d), "signed date"))
    return found


def _compact_date_alone(key: str) -> list[dates.DateMatch]:
    """'20221130' alone on the line under a notice's issuer: its signed date, written as one number."""
    m = _COMPACT_DATE.fullmatch(key)
    if m is None:
        return []
    return [dates.DateMatch(0, len(key), dates.DAY, int(m.group(1)), int(m.group(2)), int(m.group(3)))]


_AS_OF_BEFORE = re.compile(r"(截至|截止)\s*(\d{0,4}\s*年)?$")
_TIME_OF_DAY_OPENING = re.compile(r"^\s*(\d{1,2}\s*[:：]\s*\d{2}|(凌晨|早上|上午|中午|下午|傍晚|晚上)\s*\d{0,2}\s*[:：时点]?)")
# '科技巨头强强联合,某某联合发布新系统 2025-03-21': another item's headline and its day, in a list after the text
_DATED_ITEM = re.compile(r"^\S.{3,}\s+20\d{2}-\d{1,2}-\d{1,2}$")
_DATED_LIST_MIN = 3


def _day_headings(keys: list[str], start: int, end: int) -> set[int]:
    """'11月22日' / '08:00,从家中出发…' / '11月23日' / …: three or more days alone on their lines head the days of
    an itinerary; a notice signs once."""
    days = {i for i in range(start, end) if _MONTH_DAY_ALONE.fullmatch(keys[i].strip())}
    return days if len(days) >= _DATED_LIST_MIN else set()


_MONTH_DAY_ALONE = re.compile(r"\d{1,2}\s*月\s*\d{1,2}\s*日")


def _dated_list(keys: list[str], start: int, end: int) -> set[int]:
    """Lines of a list of other items, each a headline and its date: three or more make a list, where one is
    a notice's issuer signing with its date."""
    items = {i for i in range(start, end) if _DATED_ITEM.match(keys[i].strip())}
    return items if len(items) >= _DATED_LIST_MIN else set()


def _lead_dates(key: str) -> list[dates.DateMatch]:
    # A numbered notice's heading run into its text: '某旗…指挥部通告 (第219号) 2022年10月24日,我旗…' (+1: the
    # space after it)
    heading = RUN_IN_HEADING.match(key)
    opening = heading.end() + 1 if heading and heading.group(2) else _LEAD_BYLINE.match(key).end()
    wire = _WIRE_DATELINE.search(key[:_WIRE_DATELINE_WITHIN])
    issuer = _ISSUER_ACTS.match(key)
    # ('今天(12日),…发布通告,2022年10月12日,…': today's day, then its full date further on)
    today = _TODAY_BY_ITS_DAY.match(key)
    return [d for d in _evidence_dates(key) if (d.start <= max(_LEAD_DATE_WITHIN, opening + 2)
            or (today is not None and d.precision == dates.DAY and d.day == int(today.group(2))
                and d.start < _TODAY_FULL_DATE_WITHIN)
            or (wire is not None and wire.start() < d.start and d.end <= wire.end())
            or _TODAY_AFTER.match(key[d.end:]) or _TODAY_BEFORE.search(key[:d.start])
            or (issuer is not None and d.start == issuer.end())
            or (_MOTTO_BEFORE.fullmatch(key[:d.start]) and _DAY_OPENING_A_SENTENCE.match(key[d.end:])))
            and not _CITED_DOCUMENT_DATE.match(key[d.end:]) and not _PERIOD_START_AFTER.match(key[d.end:])
            and not _HOURS_AFTER.match(key[d.end:])
            and not _PERIOD_START_BEFORE.search(key[:d.start]) and not _LISTED_WITH_OTHERS.match(key[d.end:])]


def _clause_opening_days(key: str) -> list[dates.DateMatch]:
    return [d for d in _evidence_dates(key[:_CLAUSE_DAY_WITHIN]) if d.precision == dates.MONTH_DAY
            and _CLAUSE_BEFORE.search(key[:d.start]) and _DAY_OPENING_A_SENTENCE.match(key[d.end:])
            and not _PERIOD_START_BEFORE.search(key[:d.start])]


_CLAUSE_DAY_WITHIN = 160
# ('测量体温,填写知情同意书,有序排队接种疫苗……5月13日,…'; '…集中接种工作已在某市高校正式启动!3月23日,我市…')
_CLAUSE_BEFORE = re.compile(r"([,。;!]|……)\s*$")


_SITE_BAR_HOTLINE = re.compile(r"(联系热线|服务热线|热线电话|联系电话|新闻热线)\s*:?\s*[\d-]{7,}")


def _evidence_dates(key: str) -> list[dates.DateMatch]:
    """Dates in a line that can be evidence: not a site clock, not a scraper's stamp."""
    kept = []
    # (a site clock stands on a line of its own; '定于2020年2月21日(星期五)上午10:00召开…' is a sentence's date)
    # (nor an e-paper's bar, which prints its edition's weekday beside its font buttons)
    clock_line = not re.search(r"[,。;]", key) and not FONT_BUTTONS.search(key)
    for d in dates.find_dates(key):
        if (_CLOCK_AFTER.match(key[d.end:]) and clock_line) or _CLOCK_BEFORE.search(key[: d.start]):
            continue
        if _is_scraper_stamp(key, d) or _UPLOADED_AFTER.match(key[d.end:]):
            continue
        kept.append(d)
    return kept


_LABEL_WORD_BEFORE = re.compile(rf"({PUBLICATION_LABEL.pattern})\s*$")


def _is_scraper_stamp(key: str, d: dates.DateMatch) -> bool:
    """'社会热点2022-05-18 04:59:58': a column name glued to a numeric timestamp with seconds."""
    text = key[d.start:d.end]
    has_seconds = bool(_CLOCK_WITH_SECONDS.search(text)) or bool(_STAMP_TIME.match(key[d.end:]))
    before = key[: d.start]
    if _UNKNOWN_SOURCE_AFTER.match(key[d.end:]) or _UNKNOWN_SOURCE_BEFORE.search(before):
        return True  # '2022/7/6 来源:不详' over a 2020 notice: when a content farm copied a text it cannot source
        # (or '来源:互联网 2023-04-14 07:10:03')
    if _COLUMN_BEFORE.search(before) and not _LABEL.search(before) and not _EDITION.match(before):
        return True  # '社会热点 2025-03-17' (not an e-paper's page label: '第3版:上海新闻 2022-05-01')
    # ('来源:土流网2022-03-14 09:40:24': the page's own source line, its date glued to the source's name)
    # ('… | 发布时间2022-02-15 10:28:01': a publication label that lost its colon)
    return has_seconds and bool(_STAMP_PREFIX.search(before)) and not _LABEL.search(before) \
        and not _SOURCE_VALUE_BEFORE.search(before) and not _LABEL_WORD_BEFORE.search(before)


def _slice(line: str, d: dates.DateMatch) -> str:
    return line.strip()[d.start:d.end]  # keys are stripped match keys: same offsets as the stripped line

"""Title, date, publisher and source URL of a page, read BEFORE boilerplate is dropped
(the footer holds 主办, 本文地址 and the date signed under a notice). Values are sliced from the
original lines, so a Traditional page keeps its Traditional publisher name.

The rules of each field live in their own module: ``titles`` (headline or devised title), ``dating``
(publication date and its evidence), ``publishers`` (only organisations). Source URL: canonical link >
og:url > 本文地址:/本文链接:/原文链接: lines > the address the page was fetched from.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from archive.chinese_text import fold_forms, han_count, han_pairs, match_key

from . import dates, dating
from .boilerplate import (ORIGINAL_TITLE, ends_a_sentence, introduces_what_follows, is_chrome_line, is_dateline,
                          is_duplicate_teaser, is_metadata_line, is_prose)
from .publishers import find_publisher
from .span import is_cut_short_copy, is_salutation
from .titles import (COLUMN_TAG, DOCUMENT_KIND_END, DOCUMENT_NUMBER_AFTER, FORUM_THREAD_TITLE, HEADING_THEN_SALUTATION,
                     HEADLINE_MAX, HEADLINE_MIN, HEADLINE_WITH_ITS_SOURCE, ISSUER_ANNOUNCES_NOTICE, NUMBER_AFTER_KIND,
                     TOPICS_BEFORE_BRACKETED, clean_headline, feature_subtitle, find_headline, heading_over_salutation,
                     heading_the_lead_announced, headline_ending_the_breadcrumb, headline_with_a_full_stop,
                     is_breadcrumb, is_byline_line, looks_like_headline, names_what_follows, printed_from,
                     headline_spliced_below, run_in_headline, supplied_title)

if TYPE_CHECKING:
    from .html import HtmlHints


@dataclass(frozen=True)
class Metadata:
    title: str | None
    title_supplied: bool  # devised from the lead: the page prints no headline
    published_at: date | None
    date_precision: str
    date_month: int | None
    date_day: int | None
    date_text: str | None
    source_name: str | None
    source_url: str | None
    warnings: tuple[str, ...] = ()
    title_lines: tuple[int, ...] = ()  # every line the headline is printed on
    # The notice's own heading run into the lead's line ('…关于…调整的通告根据…'): printed, not devised, but the line
    # is the lead's too, so it stays in the body.
    title_run_in: bool = False
    lead_line: int | None = None  # index of the first paragraph of prose

    @property
    def title_line(self) -> int | None:
        """Index of the headline when it is one line of the page (None otherwise)."""
        return self.title_lines[0] if len(self.title_lines) == 1 else None


# '标题: 辽宁省决定启动…' (a page's own label), a forum's '主题: …', a mailbox form's spaced '标    题 …', an
# open-government record's '名 称: …' (the document's name in its table of particulars), a wire feature's
# '新华社呼和浩特2月4日电 题:…'.
_TITLE_LABEL_WORDS = r"标题|文章标题|帖子标题|[帖贴]子主题|完整(?:新闻)?标题|主题|名\s*称|信息名称"
# (or a table's cell, its value in the next: '信息名称 | 【面向公众】某镇…的公告 | 内容概述 |')
# ('查看:2174 * 貼子主題:…': a forum's view counter before it)
_TITLE_LABEL = re.compile(r"^(?:查看\s*:\s*\d+\s*[*•·]?\s*)?"
                          rf"(?:(?:{_TITLE_LABEL_WORDS})\s*(?::|\|(?=\s*\S[^|]{{5,}}\|))|标\s+题\s"
                          r"|(?:\S{2,20}日电\s*)?题\s*:)\s*(\S.*)$")
# (an open-government table printed a cell to a line: the label alone, its value on the next line)
_TITLE_LABEL_ALONE = re.compile(rf"(?:{_TITLE_LABEL_WORDS})")
_SENTENCE_HEADLINE_MAX = 40
_DATE_LABEL = re.compile(r"(日期|时间)\s*:")
# '据新疆维吾尔自治区卫生健康委员会最新通报:2022年10月10日零时至24时:': a lead introducing the figures or items below.
_BULLETIN_LEAD = re.compile(r"^据[^,。]{2,40}(通报|消息|报道|发布)\s*:\s*\S"
                            # '根据兴化市疫情防控办公室1月19日发布的《致…的一封信》中相关规定:' over the items it cites
                            r"|^根据[^。]{4,60}(规定|要求|精神|部署|安排)\s*:$")
_INTRODUCTION_MAX = 40  # a lead this short that ends '…如下↓↓' only introduces the news below it
_URL_LABEL = re.compile(r"^(?:本文地址|本文链接|原文链接|原文地址|本文网址|文章地址|文章链接|文章来源|信息来源|来源)\s*:\s*")
_URL = re.compile(r"https?://[^\s\"'<>“”]+")
# A date printed over lines in a header: '2022' / '01-14' / '13:39'.
_YEAR_ONLY = re.compile(r"^(19|20)\d{2}\s*年?$")
_MONTH_DAY_NUMERIC = re.compile(r"^\d{1,2}[-/.]\d{1,2}(\s+\d{1,2}:\d{2}(:\d{2})?)?$")
_MONTH_DAY_SEPARATOR = re.compile(r"(?<=\d)[/.](?=\d)")
_TIME_ONLY = re.compile(r"^\d{1,2}:\d{2}(:\d{2})?$")
# A short line ending with '!' is a headline (众志成城!坚决打赢…!), not the lead.
_EXCLAIMED_HEADLINE_MAX = 40
_WEAK_DATE_EVIDENCE = {"lead": "the lead paragraph", "address": "the page's address"}
YEAR_FROM_THE_TEXT_WARNING = "the date's year comes from dates the text reports, not from the page's own date"


def extract_metadata(lines: list[str], hints: HtmlHints | None = None, *, url: str | None = None) -> Metadata:
    lines = _join_split_dates(lines)
    keys = [match_key(line).strip() for line in lines]
    header, lead = _header_and_lead(lines, keys)
    # A one-sentence headline over its dateline is judged without its full stop.
    keys = [key[:-1] if i in header and key.endswith("。") and _long_headline_over_dateline(keys, i) else key
            for i, key in enumerate(keys)]
    warnings: list[str] = []

    title, title_lines, supplied = _find_title(lines, keys, header, lead, hints, warnings)
    run_in = supplied and _heading_run_into_the_lead(title, keys, lead)
    supplied = supplied and not run_in
    if supplied:
        warnings.append("no headline line: title devised from the lead paragraph")
    source_url = _find_source_url(lines, keys, hints) or (url if url and _URL.fullmatch(url) else None)
    dating_address = source_url or url
    if dating.url_date(dating_address) is None:
        # A repost's header cites the original's address on a line of its own, which dates the article.
        dating_address = _address_line(lines, header) or dating_address
    found = dating.publication_date(lines, keys, header, lead, hints.published if hints else None, dating_address,
                                    headline=title if title and not supplied and not title_lines else None)
    if found is None:
        warnings.append("no date found")
    elif found.match.precision == dates.MONTH_DAY:
        warnings.append("date has no year (month_day precision)")
    elif found.evidence in _WEAK_DATE_EVIDENCE:
        warnings.append(f"date taken from {_WEAK_DATE_EVIDENCE[found.evidence]}")
    elif found.evidence.endswith(dating.YEAR_OF_THE_TEXT):
        warnings.append(YEAR_FROM_THE_TEXT_WARNING)
    match = found.match if found else None
    return Metadata(
        title=title,
        title_supplied=supplied,
        title_run_in=run_in,
        title_lines=title_lines,
        lead_line=lead,
        published_at=match.as_date() if match else None,
        date_precision=match.precision if match else dates.UNKNOWN,
        date_month=match.month if match else None,
        date_day=match.day if match else None,
        date_text=found.text if found else None,
        source_name=find_publisher(lines, keys, header, lead, hints.content_source if hints else None,
                                   hints.site_name if hints else None, title=None if supplied else title),
        source_url=source_url,
        warnings=tuple(warnings),
    )


def _heading_run_into_the_lead(title: str | None, keys: list[str], lead: int | None) -> bool:
    """'乐清市关于疫情防控“三区”调整的通告根据国家和省…', '某市…指挥部通告第12号 …': the lead opens with the notice's heading."""
    heading = match_key(title or "").replace(" ", "")
    return bool(heading) and lead is not None and keys[lead].replace(" ", "").startswith(heading) \
        and bool(DOCUMENT_KIND_END.search(NUMBER_AFTER_KIND.sub("", DOCUMENT_NUMBER_AFTER.sub("", heading)))) \
        and not _ISSUING_CLAUSE_END.search(heading)


# ('…指挥部10月27日发布公告': the lead's clause telling that a notice was issued, not the notice's heading)
_ISSUING_CLAUSE_END = re.compile(r"(发布|印发|下发|发出|出台|公布)了?(最新|紧急|重要)?(通告|公告|通知|倡议书?)$")


# Whom a letter's salutation addresses ('…的返乡朋友们:', '广大居民:'), unlike a label ('公文种类:', '以下是全文:').
_ADDRESSEES = re.compile(r"们|朋友|同志|同胞|乡亲|居民|市民|村民|群众|家长|同学|各位|广大|全体|亲爱的")

# Records without a title use the same devised title as pages without a headline.
derive_title = supplied_title


def _header_and_lead(lines: list[str], keys: list[str]) -> tuple[list[int], int | None]:
    """Non-blank lines before the first paragraph of prose, and that paragraph."""
    header: list[int] = []
    hard_wrapped = _hard_wrapped(keys)  # (a forum's copy: read once for the page)
    for i, line in enumerate(lines):
        if not keys[i]:
            continue
        # ('现将4月15日0—24时甘肃省新冠肺炎疫情信息公布如下:' opens a daily bulletin: titles.names_what_follows)
        if (is_prose(line) or _BULLETIN_LEAD.match(keys[i]) or names_what_follows(keys[i]) or _opens_verse_lines(keys, i)
                or _sentence_then_what_follows(keys[i]) or _clause_wrapped_onto_the_next_line(lines, keys, i)
                or _DAY_ISSUER_ANNOUNCES.match(keys[i]) or _SENTENCE_THEN_SPEAKER.match(keys[i])
                or (hard_wrapped and _opens_wrapped_paragraph(keys, i))) \
                and not is_chrome_line(keys[i]) \
                and not is_metadata_line(keys[i]) and not _exclaimed_headline(keys[i]) \
                and not _asked_headline(keys, header, i) and not HEADLINE_WITH_ITS_SOURCE.search(keys[i]) \
                and not TOPICS_BEFORE_BRACKETED.match(keys[i].strip()) \
                and not _long_headline_over_dateline(keys, i) and not _long_document_title(keys[i]) \
                and not _long_headline_its_lead_restates(keys, i) \
                and not _teaser_over_the_text(lines, keys, i) and not _above_a_dated_headline(lines, keys, i) \
                and not _headline_over_its_credit(keys, i) and not _headline_run(keys, i) \
                and not FORUM_THREAD_TITLE.search(keys[i]):  # ('…的通告。 [复制链接]': a thread's title)
            return header, i
        header.append(i)
    poster = _poster_text_start(keys, header)
    if poster is not None:
        return [i for i in header if i < poster], poster
    return header, None


_POSTER_LINES_MIN = 6


def _clause_wrapped_onto_the_next_line(lines: list[str], keys: list[str], i: int) -> bool:
    """'党史学习教育开展以来,…找准群众“急难愁盼”,' / '聚焦民生痛点难点,扎实开展…实践活动。': the lead's first clauses,
    its sentence wrapped at a comma onto the next line."""
    return keys[i].endswith(",") and han_count(keys[i]) >= _WRAPPED_CLAUSES_MIN and "," in keys[i][:-1] \
        and i + 1 < len(keys) and is_prose(lines[i + 1]) and keys[i + 1].endswith("。")


_WRAPPED_CLAUSES_MIN = 12


def _sentence_then_what_follows(key: str) -> bool:
    """'当前,…仍在持续蔓延。国庆节将至,…现发出如下倡议:', '新华社北京6月7日电 …发布《…》白皮书。全文如下:': a
    sentence of the text, then the words introducing its items or its full text below (or its breakdown:
    '…浙江省无本地新增…确诊病例,新增出院病例23例。其中:')."""
    return "。" in key and key.endswith(":") and bool(_APPEAL_MADE.search(key) or key.endswith(("如下:", "其中:")))
# '2月9日,辽宁葫芦岛兴城市…总指挥部发布布告:': the text's first sentence, introducing the notice it reproduces.
_DAY_ISSUER_ANNOUNCES = re.compile(rf"^(\d{{4}}\s*年\s*)?\d{{1,2}}\s*月\s*\d{{1,2}}\s*日\s*,[^。]{{6,80}}{ISSUER_ANNOUNCES_NOTICE}$")


# '8月16日,江苏省政府新闻办召开疫情防控新闻发布会。江苏省政府副秘书长王思源介绍:': the text's first sentence, then
# the speaker whose words the next paragraphs give.
_SENTENCE_THEN_SPEAKER = re.compile(r"^[^。!?]{8,}。[^。!?]{2,40}(介绍|表示|指出|说|称|通报|强调|宣布)\s*:$")


def _poster_text_start(keys: list[str], header: list[int]) -> int | None:
    """'9月1日,深圳部分区' / '新型冠状病毒肺炎疫情防控指挥部' / '发布了通告' / …: on a page with no line of prose, a
    text set as a poster, a phrase to a line without stops, opens with its first clause."""
    for n, i in enumerate(header):
        following = [keys[j] for j in header[n + 1:n + 1 + _POSTER_LINES_MIN]]
        if "," in keys[i] and len(keys[i]) <= _VERSE_LINE_MAX and not is_chrome_line(keys[i]) \
                and not is_metadata_line(keys[i]) and len(following) == _POSTER_LINES_MIN \
                and all(len(k) <= _VERSE_LINE_MAX and not is_chrome_line(k) for k in following):
            return i
    return None


def _opens_verse_lines(keys: list[str], i: int) -> bool:
    """'2月14日下午3点27分,' / '路边的积雪尚未融化,' / …: a text set one clause a line, as a portal sets a feature
    for phones, opens with its first clause, however short its lines."""
    if len(keys[i]) > _VERSE_LINE_MAX or "," not in keys[i] or ends_a_sentence(keys[i]):
        return False
    following = [k for k in keys[i + 1:i + 12] if k][:_VERSE_LINES_READ]
    clauses = sum(1 for k in following if len(k) <= _VERSE_LINE_MAX and k.endswith((",", "。")))
    if keys[i].endswith(","):
        return clauses >= _VERSE_LINES_MIN
    # (a clause broken off mid-phrase: '截至8月7日18时,明溪县已累计对' / '近两千样品进行…检测,' / '结果均为阴性。')
    return sum(1 for k in following[:_BROKEN_CLAUSE_READ] if len(k) <= _VERSE_LINE_MAX and k.endswith((",", "。"))) \
        >= _BROKEN_CLAUSE_READ - 1


def _opens_wrapped_paragraph(keys: list[str], i: int) -> bool:
    """'(中央社台北20日电)据官方通报,…新增2019冠状病毒疾病(COVID-19,武' / '汉肺炎)确诊病例27例,…': on a page
    wrapped at a fixed width (_hard_wrapped), the lead's first line runs on mid-word and ends no sentence."""
    return i + 1 < len(keys) and bool(keys[i + 1]) and _WRAPPED_WIDTH_MIN <= len(keys[i]) \
        and not ends_a_sentence(keys[i]) and is_prose(keys[i] + keys[i + 1])


_WRAPPED_WIDTH_MIN = 30
_WRAPPED_WIDTH_SPREAD = 8  # (a width in characters varies with the half-width letters and digits among them)
_WRAPPED_LINES_MIN = 4


def _hard_wrapped(keys: list[str]) -> bool:
    """Four or more lines of about one width, each running on into the next line mid-sentence."""
    widths = [len(key) for key, below in zip(keys, keys[1:])
              if below and len(key) >= _WRAPPED_WIDTH_MIN and not ends_a_sentence(key) and _CLAUSE_MARK.search(key)]
    if len(widths) < _WRAPPED_LINES_MIN:
        return False
    widths.sort()
    middle = widths[len(widths) // 2]
    return sum(1 for w in widths if abs(w - middle) <= _WRAPPED_WIDTH_SPREAD // 2) >= _WRAPPED_LINES_MIN


_CLAUSE_MARK = re.compile(r"[,。;、]")  # (running text, not a headline or a menu)


_CREDIT_LINE_MAX = 30  # (not a lead opening with its reporter: '记者从…获悉,…')


def _headline_over_its_credit(keys: list[str], i: int) -> bool:
    """'齐齐哈尔新增7例无症状感染者!黑龙江望奎县发布…通告:所有城乡居民…' over '每经编辑 杜宇': a line that ends no
    sentence, standing over the writer's or editor's credit, is the headline, however it is punctuated."""
    if len(keys[i]) > HEADLINE_MAX or "。" in keys[i] or ends_a_sentence(keys[i]):
        return False
    following = next((k for k in keys[i + 1:i + 3] if k), "")
    return len(following) <= _CREDIT_LINE_MAX and is_byline_line(following)


_VERSE_LINE_MAX = 30
_VERSE_LINES_READ = 5
_VERSE_LINES_MIN = 3
_BROKEN_CLAUSE_READ = 3


def _above_a_dated_headline(lines: list[str], keys: list[str], i: int) -> bool:
    """'报社公告: …【投票】2017.3.15.…' over '当前位置首页市县动态' / the headline / '来源:… 时间:2021-10-20': a long
    line above the page's headline and its dateline is the page's top (a ticker, a banner), not the lead."""
    following = [j for j in range(i + 1, min(len(keys), i + 8)) if keys[j]][:_DATED_HEADLINE_WITHIN]
    for n, j in enumerate(following[1:], start=1):
        # ('来源:… 时间:…', '海口网 http://www.hkwb.net 时间:2020-03-08 15:32'; not a signed date)
        if _DATE_LABEL.search(keys[j]) and (is_metadata_line(keys[j]) or is_dateline(keys[j])):
            above = following[n - 1]
            # (a page's summary printed in full sentences above its breadcrumb is its top too: '自…以来,…——志愿者。'
            # / '您当前的位置 : 聚焦海口>原创>' / the headline / '海口网 … 时间:2020-03-08 15:32')
            if ends_a_sentence(keys[i]) and not any(is_breadcrumb(keys[k]) for k in following[:n - 1]):
                return False
            return not is_prose(lines[above]) and looks_like_headline(lines[above], keys[above])
    return False


_DATED_HEADLINE_WITHIN = 3  # lines below


def _teaser_over_the_text(lines: list[str], keys: list[str], i: int) -> bool:
    """'正值跨年之际,…各方力量联防联控,八方资源紧急支援...' over the headline: a summary cut off with dots, when
    a paragraph of prose follows it, is the page's teaser, not the lead."""
    # (not a lead trailing off with a full ellipsis after its sentences: '“您好,请把口罩戴好。”…为入村村民测体温……',
    # or after the days it lists: '2月15日,…项目开工;2月19日,…项目正式开工……')
    if keys[i].endswith("……") and ("。" in keys[i] or _DAY_BY_DAY_MONTAGE.match(keys[i])):
        return False
    if keys[i].endswith(("...", "…")) and any(is_prose(line) for line in lines[i + 1:]):
        return True
    if is_duplicate_teaser(keys[i], keys, prefix=_TEASER_COPY_MIN):
        return True  # ('【导语】:经专家组研判,…' over the notice's heading and its lead saying the same)
    # ('26日,…开展全员核酸检测。(记者…)' / '天津3月27日开展全员核酸检测' / '日期:03-26' / the same paragraph again:
    # a portal's summary over the headline is the lead printed in full, then printed again under it)
    again = next((j for j in range(i + 1, min(len(keys), i + _TEASER_COPY_WITHIN)) if keys[j] == keys[i]), None)
    return len(keys[i]) >= _TEASER_COPY_MIN and again is not None \
        and any(keys[j] and not is_prose(lines[j]) for j in range(i + 1, again))


_TEASER_COPY_MIN = 30
# '2月15日,…项目开工;2月15日,…正式复工;2月19日,…正式开工……': a lead listing what happened day by day, trailing off
_DAY_BY_DAY_MONTAGE = re.compile(r"^(\d{1,2}月\d{1,2}日,[^;。]{6,};){2,}[^。]*……$")
_TEASER_COPY_WITHIN = 8


def _long_headline_over_dateline(keys: list[str], i: int) -> bool:
    """'新疆:本輪疫情是…最快、涉及面最廣、…事件' over '2022-10-04 22:54:03': a long headline, not the lead, when
    it has no sentence stop and the next line is the page's dateline."""
    following = next((k for k in keys[i + 1:] if k), "")
    # (or its labelled date and source: '发布日期: 2022- 09- 06 09: 23 信息来源: 江西日报 …')
    dated_labels = is_metadata_line(following) and bool(_DATE_LABEL.search(following))
    if not (is_dateline(following) or dated_labels) or len(keys[i]) > HEADLINE_MAX:
        return False
    # '贵州省人民政府决定启动突发公共卫生事件一级响应。' over its dateline: one short sentence is a headline too.
    one_short_sentence = len(keys[i]) <= _SENTENCE_HEADLINE_MAX and keys[i].count("。") == 1 and keys[i].endswith("。")
    # (or one question over a labelled date: '2022年春节回大足要隔离、核酸检测吗?' over '更新时间:2022-03-27 …';
    # a message board's question over the bare time it was posted is the message)
    one_short_sentence |= dated_labels and len(keys[i]) <= _SENTENCE_HEADLINE_MAX and keys[i].endswith("?") \
        and not re.search(r"[。;!?]", keys[i][:-1])
    # ('…上百病例与此地相关!额济纳旗是什么地方?' over its dateline: a headline of a cry and a question)
    cry_and_question = len(re.findall(r"[!?]", keys[i])) >= 2 and not re.search(r"[。;]", keys[i]) \
        and len(keys[i]) <= _SENTENCE_HEADLINE_MAX + 10
    return one_short_sentence or cry_and_question or (not re.search(r"[。;]", keys[i]) and not ends_a_sentence(keys[i]))


def _long_headline_its_lead_restates(keys: list[str], i: int) -> bool:
    """'易炼红主持召开省…指挥部会议 专题研究贯彻…具体措施' over '2月12日,…易炼红主持召开省…指挥部会议,专题研究贯彻…':
    a long line with no stop or comma that the paragraph below says again, in a sentence, is the headline."""
    if len(keys[i]) > HEADLINE_MAX or re.search(r"[。;,!?]", keys[i]):
        return False
    following = next((k for k in keys[i + 1:] if k), "")
    if not ends_a_sentence(following) or not is_prose(following):
        return False
    pairs = set(han_pairs(keys[i]))
    return bool(pairs) and sum(1 for pair in pairs if pair in following) / len(pairs) >= _RESTATED_SHARE


_RESTATED_SHARE = 0.6


def _long_document_title(key: str) -> bool:
    """'某区…领导小组公告第14号--关于在中心城区…开展集中消杀的公告': a document's long title, unpunctuated."""
    # (its number after it: '…生活物资保障的公告(第2号)')
    return len(key) <= HEADLINE_MAX and bool(DOCUMENT_KIND_END.search(DOCUMENT_NUMBER_AFTER.sub("", key))) \
        and not re.search(r"[。,;!?]", key)


def _exclaimed_headline(key: str) -> bool:
    """'重磅!宁夏所有县(市、区)全部降为低风险!': a short exclaimed line with no full stop is a headline; so is a
    longer one under a column's tag ('疫情防控|…紧急提示 (2022年第96号)!最新来洪返洪政策!') or opening on a document's
    name ('苏州市疫情防控2022年第121号通告!连续四天实现社会面清零,…重新开启!')."""
    named = DOCUMENT_KIND_END.search(key.split("!", 1)[0]) is not None
    limit = HEADLINE_MAX if COLUMN_TAG.match(key) or named else _EXCLAIMED_HEADLINE_MAX
    return len(key) <= limit and key.endswith("!") and "。" not in key


def _asked_headline(keys: list[str], header: list[int], i: int) -> bool:
    """A short line asking the reader is a headline, not the lead: a statement, then the question, a space between
    them ('安徽发布返乡通知 回去需要做核酸检测吗?'); or a question, maybe with a note after it ('2天确诊11例、源头还未
    通报,从哈尔滨出来的人都去哪了?', '2022返乡回聊城要进行报备吗?(聊城返乡规定)'), unless it is the headline printed
    again over the text, which opens the text (a lead that asks opens with what it reports and goes on)."""
    key = keys[i]
    if len(key) > _EXCLAIMED_HEADLINE_MAX or re.search(r"[。;!]", key):
        return False
    if key.endswith("?") and "," not in key and re.fullmatch(r"\S{4,}\s\S{4,}", key):
        return True
    return bool(_ASKED_END.search(key)) and ":" not in key and not any(key in keys[j] for j in header)


_ASKED_END = re.compile(r"(吗|呢|了|么|哪|何)\?([(][^()]{2,16}[)])?$")


def _first_cell(labelled_value: str) -> str:
    """A label's value up to the table's next cell: a table row printed with its cell rules
    ('名稱: | 【…類】關于…的緊急提示 | 文號: | 無 |') names the title in its first cell only."""
    return next((cell.strip() for cell in labelled_value.split("|") if cell.strip()), "")


def _find_title(lines, keys, header, lead, hints, warnings) -> tuple[str | None, tuple[int, ...], bool]:
    """(title, the page lines it is printed on, whether it was devised)."""
    if hints:
        for candidate in hints.title_candidates():
            cleaned = clean_headline(candidate)
            # A <title> is often abbreviated (某县通知): the short-document exception is for page lines only.
            if len(cleaned) >= HEADLINE_MIN and looks_like_headline(cleaned, match_key(cleaned)) \
                    and candidate != hints.site_name:
                return cleaned, (), False
    labelled = next((m.group(1).strip() for m in map(_TITLE_LABEL.match, keys) if m), None)
    if labelled and looks_like_headline(_first_cell(labelled), _first_cell(labelled)):
        # Not a headline line of the page (it stands in the footer): no line to read the body from.
        i = next(i for i, key in enumerate(keys) if _TITLE_LABEL.match(key))
        printed = lines[i].strip()[len(lines[i].strip()) - len(labelled):]  # (the line's own characters)
        return clean_headline(_first_cell(printed)), (), False
    # An open-government table printed a cell to a line: '信息名称' over the document's title.
    for i in (i for i, key in enumerate(keys) if _TITLE_LABEL_ALONE.fullmatch(key)):
        value = next((j for j in range(i + 1, min(len(keys), i + 3)) if keys[j]), None)
        if value is not None and looks_like_headline(lines[value], keys[value]):
            return clean_headline(lines[value].strip()), (value,), False
    text_after = "".join(keys[lead:]) if lead is not None else ""
    opening = _original_title_opening(lines, keys)
    if opening is not None:
        return opening, (next(i for i, key in enumerate(keys) if key),), False
    # A letter's text begins at its salutation ('长沙县的返乡朋友们:' / '大家好!' / '在外一年,你们辛苦了!'): a
    # headline above it is the letter's, before any exclaimed line of the letter itself.
    salutation = next((i for i in header if is_salutation(keys[i]) and _ADDRESSEES.search(keys[i])), None)
    headline = None
    header = _without_headline_runs(keys, header)
    if salutation is not None:
        # (with the salutation's line when the heading opens it: '关于…的公告 广大居民朋友:')
        last = salutation if HEADING_THEN_SALUTATION.fullmatch(keys[salutation]) else salutation - 1
        headline = find_headline(lines, keys, [i for i in header if i <= last], text_after)
    headline = headline or find_headline(lines, keys, header, text_after) \
        or headline_with_a_full_stop(lines, keys, header, lead)
    if headline is not None:
        return headline.text, headline.lines, False
    # A reprint that prints no headline but names the original one ('原标题:…') at its foot.
    for i, key in enumerate(keys):
        original = ORIGINAL_TITLE.match(key)
        if original:
            named = printed_from(lines[i].strip(), key, original.start(1), original.end(1))  # (the key is folded)
            if looks_like_headline(named, original.group(1)):
                return clean_headline(named), (), False
    foot = _headline_over_foot_source(lines, keys, lead) or _headline_over_teaser_of_the_lead(lines, keys, lead)
    if foot is not None:
        return foot, (), False
    crumb = headline_ending_the_breadcrumb(lines, keys, header)
    if crumb is not None:
        return crumb.text, (), False
    feature = feature_subtitle(lines, keys, header)
    if feature is not None:
        return feature.text, feature.lines, False
    if lead is not None and (run_in := run_in_headline(lines[lead])):
        return run_in, (), False
    if lead is not None and (spliced := headline_spliced_below(lines, lead)):
        return spliced, (), False
    # '关于…的通告各位父老乡亲、商户:' right over the lead: the heading (its line stays in the text, the salutation on it)
    if lead is not None and header and header[-1] == lead - 1 and (glued := heading_over_salutation(lines[lead - 1])):
        return glued, (), False
    if lead is not None and (announced := heading_the_lead_announced(lines, keys, lead)):
        return announced, (), False
    if lead is not None:
        first = _first_news_paragraph(lines, keys, lead)
        # A lead that is only a salutation ('…的全体市民们:') gives no words: the next paragraphs do.
        paragraphs = [first] + [i for i in range(first + 1, len(lines)) if is_prose(lines[i])][:_DEVISED_FROM_MAX - 1]
        # (the salutation may stand in the header, right over the lead)
        above = next((i for i in range(lead - 1, -1, -1) if keys[i]), lead)
        title = _appeal_title([keys[i] for i in range(above, paragraphs[-1] + 1) if keys[i]]) \
            or next((t for t in map(supplied_title, (lines[i] for i in paragraphs)) if t), None)
        return title, (), True
    warnings.append("no title found")
    return None, (), False


def _without_headline_runs(keys: list[str], header: list[int]) -> list[int]:
    """``header`` without an e-paper's run of its page's headlines ('…通报会召开我县疫情防控工作专题会召开县公安局…'
    over '第02版' / … / '我县疫情防控工作专题会召开')."""
    return [i for i in header if not _headline_run(keys, i)]


def _headline_run(keys: list[str], i: int) -> bool:
    """A line without a sentence's stops holding a line printed a little below it with other headlines after it:
    the page's headlines run together, the article's among them. (Not a headline over its notice's own heading,
    '某县指挥部关于…的通告' over '关于…的通告', nor over its number: nothing follows the heading.)"""
    if re.search(r"[。,!?;]", keys[i]):
        return False
    for j in range(i + 1, min(len(keys), i + 1 + _HEADLINE_RUN_LOOKAHEAD)):
        key = keys[j]
        # (not an issuing body signed below, '疫情防控指挥部办公室', nor a heading's first line, '关于对某区部分区域' over
        # '实行分类管理的通告')
        if han_count(key) < _HEADLINE_IN_RUN_MIN or key not in keys[i] or dating.SIGNING_BODY_AT_END.search(key):
            continue
        before, after = keys[i].split(key, 1)
        following = next((k for k in keys[j + 1:] if k), "")
        if following and after.startswith(following):
            continue
        # between other headlines run on ('…通报会召开我县疫情防控工作专题会召开县公安局举办…'), or first of several
        # set apart by spaces ('浙江已发现阳性23例 铁路部门加强消杀 “张江男”背电脑包返家隔离 …')
        if (han_count(before) >= _HEADLINE_IN_RUN_MIN and han_count(after) >= _HEADLINE_IN_RUN_MIN) \
                or (not before.strip() and after[:1].isspace() and len(after.split()) >= 2):
            return True
    return False


_HEADLINE_IN_RUN_MIN = 6
_HEADLINE_RUN_LOOKAHEAD = 12  # lines


def _original_title_opening(lines, keys) -> str | None:
    """'原標題:《注意!河南多地發布緊急通知!》' opening a copy that prints no headline of its own: that title."""
    first = next((i for i, key in enumerate(keys) if key), None)
    original = ORIGINAL_TITLE.match(keys[first]) if first is not None else None
    if original is None:
        return None
    named = printed_from(lines[first].strip(), keys[first], original.start(1), original.end(1)).strip()
    if named.startswith("《") and named.endswith("》"):
        named = named[1:-1]
    named = _OUTLET_AFTER.sub("", named) or named  # ('原標題:… 中新網': the outlet it came from)
    named = clean_headline(named)  # ('原标题:… 来源:人民日报客户端': and its source after it)
    return named if looks_like_headline(named, match_key(named)) else None


_OUTLET_AFTER = re.compile(r"\s+[\u4e00-\u9fff]{1,6}(网|網|社|新闻|新聞|客户端|客戶端|日报|日報)$")
_DEVISED_FROM_MAX = 3  # paragraphs tried for a devised title
# '全县广大市民朋友:' over '您好!…特向广大市民朋友发出如下倡议:': an appeal without a headline, titled as such.
_LETTER_SALUTATION = re.compile(r"^([^。!?,:]{2,30}):")
_APPEAL_MADE = re.compile(r"(发出|发起|提出)(如下|以下)?倡议|倡议如下")
_APPEAL_WITHIN = 200
_APPEAL_ABOUT = re.compile(r"就([^,。:]{4,40}?)(发出|发起|提出)(如下|以下)?倡议")


def _appeal_title(paragraph_keys: list[str]) -> str | None:
    """'关于…的倡议' (what the appeal says it is about) or '致全县广大市民朋友的倡议' (whom it addresses): an appeal
    that opens with whom it addresses and says it makes an appeal."""
    for n, key in enumerate(paragraph_keys[:2]):
        salutation = _LETTER_SALUTATION.match(key)
        if salutation and _ADDRESSEES.search(salutation.group(1)):
            break
    else:
        return None
    text = "".join(paragraph_keys[n:])[:_APPEAL_WITHIN]
    about = _APPEAL_ABOUT.search(text)  # '现就宝丰县辖区内举办…活动发出如下倡议': what it is about names it best
    if about:
        return f"关于{about.group(1)}的倡议"
    return f"致{salutation.group(1).strip()}的倡议" if _APPEAL_MADE.search(text) else None
# (on the lines' keys, which are simplified)
_SOURCE_LABEL = re.compile(r"^(来源|稿源)\s*:")
_FOOT_BLOCK_LABEL = re.compile(r"^(版次|版面|栏目|作者|编辑|责任编辑|日期|发布时间)\s*:")
_FOOT_BLOCK_LINES = 6


def _headline_over_foot_source(lines: list[str], keys: list[str], lead: int | None) -> str | None:
    """An e-paper page that prints its headline block after the text: the headline over '来源:…', followed by
    more of the block ('版次:A03', '栏目:…', '作者:…')."""
    if lead is None:
        return None
    nonblank = [i for i in range(lead + 1, len(keys)) if keys[i]]
    for pos, i in enumerate(nonblank[:-2]):
        if not _SOURCE_LABEL.match(keys[nonblank[pos + 1]]):
            continue
        block = [keys[j] for j in nonblank[pos + 2:pos + 2 + _FOOT_BLOCK_LINES]]
        if not any(_FOOT_BLOCK_LABEL.match(key) for key in block):
            continue
        line = lines[i].strip()
        if not is_prose(line) and looks_like_headline(line, keys[i]):
            return clean_headline(line)
    return None


def _headline_over_teaser_of_the_lead(lines: list[str], keys: list[str], lead: int | None) -> str | None:
    """A feed's card printed after the text: its headline over a teaser that repeats the lead cut short
    ('6月28日消息,国务院…' / '国家卫健委:《…(第九版)》是对防控工作的优化' / '6月28日消息,国务院…米锋会上…')."""
    if lead is None:
        return None
    nonblank = [i for i in range(lead + 1, len(keys)) if keys[i]]
    for i, teaser in zip(nonblank, nonblank[1:]):
        if is_cut_short_copy(keys[teaser], keys[lead]) and not is_prose(lines[i]) \
                and looks_like_headline(lines[i], keys[i]):
            return clean_headline(lines[i].strip())
    return None


def _first_news_paragraph(lines: list[str], keys: list[str], lead: int) -> int:
    """The lead, or the paragraph after it when the lead only introduces it ('…发布最新疫情通报↓↓'), or when it ends
    by announcing nameless matters ('…,现将有关事项通知如下:') with nothing else to devise a title from, and its first
    item is a sentence of what was decided ('一、自12月6日起,暂停全员核酸检测,…')."""
    if _NAMELESS_MATTERS_BELOW.search(keys[lead]) and _NAMELESS_MATTERS_ALONE.fullmatch(supplied_title(lines[lead])):
        item = next((i for i in range(lead + 1, len(lines)) if keys[i]), None)
        return item if item is not None and _FIRST_ITEM.match(keys[item]) and is_prose(lines[item]) else lead
    # ('2月15日,…项目开工;2月19日,…项目正式开工……' over the news: a lead listing what happened, day by day, then
    # trailing off, is an opening montage; the paragraph after it says what the news is)
    if not _DAY_BY_DAY_MONTAGE.match(keys[lead]) and (len(keys[lead]) > _INTRODUCTION_MAX
                                                     or not introduces_what_follows(keys[lead])
                                                     or names_what_follows(keys[lead])):
        return lead
    return next((i for i in range(lead + 1, len(lines)) if is_prose(lines[i])), lead)


_NAMELESS_MATTERS = re.compile(r"现[将就](有关|相关)?(事项|事宜|工作|措施)\S{0,6}(通知|通告|公告|明确)")
_NAMELESS_MATTERS_BELOW = re.compile(_NAMELESS_MATTERS.pattern + r"如下\s*:?$")
_NAMELESS_MATTERS_ALONE = re.compile(_NAMELESS_MATTERS.pattern + r"(如下)?")
_FIRST_ITEM = re.compile(r"(一|1)\s*[、.](?!\d)\s*\S")


def _join_split_dates(lines: list[str]) -> list[str]:
    """'2022' / '01-14' / '13:39' on lines of their own become '2022-01-14 13:39' on the first line (the
    others are blanked), so the date is found where it stands; offsets of other lines do not move."""
    lines = list(lines)
    nonblank = [i for i, line in enumerate(lines) if line.strip()]
    for pos, i in enumerate(nonblank[:-1]):
        year, nxt = fold_forms(lines[i]).strip(), nonblank[pos + 1]
        month_day = fold_forms(lines[nxt]).strip()
        if _YEAR_ONLY.match(year) and _MONTH_DAY_NUMERIC.match(month_day):
            # ('2021' / '01/27': one separator throughout, or the joined date reads as no date)
            joined = f"{year.rstrip('年').strip()}-{_MONTH_DAY_SEPARATOR.sub('-', month_day, count=1)}"
            lines[nxt] = ""
            if pos + 2 < len(nonblank) and _TIME_ONLY.match(fold_forms(lines[nonblank[pos + 2]]).strip()):
                joined += " " + fold_forms(lines[nonblank[pos + 2]]).strip()
                lines[nonblank[pos + 2]] = ""
            lines[i] = joined
    return lines


def _address_line(lines: list[str], header: list[int]) -> str | None:
    """'https://www.ettoday.net/news/20210111/1896228.htm' alone on a header line."""
    return next((lines[i].strip() for i in header if _URL.fullmatch(lines[i].strip())), None)


def _find_source_url(lines, keys, hints) -> str | None:
    if hints:
        for url in (hints.canonical_url, hints.og_url):
            if url and _URL.fullmatch(url):
                return url
    for i, key in enumerate(keys):
        m = _URL_LABEL.match(key)
        if m:
            url = _URL.match(lines[i].strip()[m.end():].strip())
            if url:
                return url.group(0)
    return None

"""Who published a page: only ever an organisation.

Most trusted first: the HTML ContentSource meta; a ``来源:`` line; ``本文来自…``; the issuing body signed
under a notice (``…疫情防控指挥部`` above its date); a name before the header's date (``凤凰网2022-11-26``);
the site operator (``主办:``); the HTML site name. A candidate that is a date line, a column name (热点资讯,
社会热点), a reprint note or a person is never taken.
"""
from __future__ import annotations

import re

from archive.chinese_text import han_count, match_key

from . import dates
from .boilerplate import MEDIA_CREDIT, is_dateline, is_prose, tail_start
from .dating import TRAILING_CREDITS
from .titles import (ISSUER_LABELS, ISSUER_PUBLISHED, OPEN_GOVERNMENT_LABEL_ALONE, WIRE_DISPATCH,
                     issuer_under_its_heading)

# (a stamp's time may run into the label: '2022-09-04 15:15:37来源:…'; or an empty label: '作者:来源:…')
_SOURCE_LABEL = re.compile(r"(?:^|\s|】|(?<=\d\d:\d\d)|(?<=[^\d\s]:))(?:来源|稿件来源|信息来源|文章来源|发布机构|发布单位|来源单位)\s*:\s*")
# ('本文转自【央视新闻客户端】;': a repost naming the outlet it copied, whose text it is)
_FROM_ATTRIBUTION = re.compile(r"^本文(?:来自|转载自|来源于|转自)\s*:?\s*[“\"「『【]?")
_PRINTED_BY = re.compile(r"(?:^|[\s:·])([\u4e00-\u9fff]{2,16}(?:日报社|晚报社|报社|杂志社))出版")
_HOST_LABEL = re.compile(r"^(?:主办|主办单位|网站主办)\s*:\s*")
# '转载须注明来源掌上蓟州(ID:zsjx)': a reprint request naming the outlet the text is the page's own
_REPRINT_CREDIT = re.compile(r"转载(?:时)?(?:须|请|需|务必)?注明(?:来源|出处)\s*:?\s*")
# A value ends at a run of spaces, a bar, the next label, a date after it ('来源:汉中日报 2020-03-01 09:27'), or
# punctuation.
_VALUE_END = re.compile(r"\s{2,}|\||\s+(?=(?:19|20)\d\d[-/.年]\d)|\s*[^\s:()()]{1,6}:|[“”\"「」『』【】,。;()]")
_DATELINE_LABELS = re.compile(r"发布时间|发布日期|发表时间|更新时间|时间|日期|来源|[:|\s]")
_UNKNOWN = ("未知", "佚名", "不详")
_NOT_A_PUBLISHER = {"本网", "本站", "原创", "网络", "综合", "互联网", "转载", "网友", "admin", *_UNKNOWN}
# '来源:不详北京正规荨麻疹医院 http://…': a farm's "source unknown", an advertiser's name glued on
# An organisation's name ends like one (局, 指挥部, 融媒体中心, 日报, 客户端 …).
_ORGANISATION_ENDING = re.compile(
    r"(局|委|委员会|政府|办|办公室|指挥部|领导小组|工作组|防控组|综合组|专班|中心|院|所|厅|部|司|处|科|站|台|报|报社|网|社|馆|队|会|协会|公司|集团"
    r"|融媒|发布|日报|晚报|时报|频道|署|党委|街道|镇|乡|村|社区|医院|学校|大学|法院|检察院|机制|app|客户端|号|新闻"
    r"|在线|之声|电视|广播|传媒|媒体|联播|观察|头条|政务|门户|网站|平台|微博|微信)$"
    r"|^掌上[\u4e00-\u9fff]{2,4}$",  # (a local app: 掌上蓟州)
    re.I,
)
# Column and section names that end like an organisation's: 热点新闻, 社会新闻, 今日头条 …
_COLUMN_NAME = re.compile(
    r"^(热点|社会|综合|国内|国际|本地|图片|今日|最新|时政|要闻|资讯|新闻|动态|视频|专题|本网|本站|本版|列表|原创|头条|滚动|即时|"
    r"每日|实时|权威|官方|政务|通知|公告|工作)+(新闻|资讯|热点|要闻|动态|头条|发布|公告|信息)?$"
)
# A menu's or a related-links list's entry ('• 新聞', '- 吉林省…出院2022-04-18') and a prompt ('关注新华网') name no
# publisher, whatever they end with.
_ENTRY_OR_PROMPT = re.compile(r"^(?:[-•·►▪*]|关注|点击|扫码|扫一扫|订阅|下载)")
_REPRINT_NOTE = re.compile(r"转载|转自|转发|原文|来自|来源|本文|作者|编辑|记者|通讯员")
_SIGNED_BODY_MAX = 40
_SIGNED_DATES_TRIED = 2
_SPACE_IN_A_NAME = re.compile(r"(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])")
_BODY_BEFORE_ITS_ADDRESS = re.compile(
    r"^([\u4e00-\u9fff()]{4,30})\s+(?:https?://)?(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)+/?\s+\S*(?:时间|日期)\s*[::]", re.I)
_APPEAL_PARAGRAPHS = 3
# ('中共某区委宣传部、区委网信办、区文明办特向广大市民发出如下倡议')
_APPEAL_MADE_BY = re.compile(
    r"(?:^|[,。;:!])\s*(?:在此,|现|为此,)?([\u4e00-\u9fff()“”]{1,40}?(?:宣传部|文明办|办公室|指挥部|领导小组|委员会|人民政府|政府|局|中心|委|办|团委|妇联|协会|工会))"
    r"(?:、[\u4e00-\u9fff]{2,20})*(?:联合)?特?向[^,。]{2,40}?(?:发出|发起|提出)(?:如下|以下)?倡议"
)
# '领导小组办公室(代章)': a note on the seal, not part of the signing body's name
_SEAL_NOTE = re.compile(r"\s*[((](代章|盖章|印章|公章|章)[))]\s*$")
_UNIT_NAME_MAX = 6
_BREADCRUMB_STEP = re.compile(r"\s*[>»›]\s*")
# The issuing body at the end of a run-in paragraph, after the last sentence: a name of 4-40 characters.
_RUN_IN_SIGNER = re.compile(r"(?:^|[。!;\s])([\u4e00-\u9fff()()]{4,40}(?:指挥部|办公室|人民政府|委员会|领导小组|工作组))$")
# '新華社北京7月9日電', '人民网哈尔滨2月23日电', '央视网消息', '国际在线贵州消息:': the agency a report comes from
# ('据商务部网站消息': the site, without 据).
_AGENCY_LEAD = re.compile(
    r"^[(]?\s*(?:本台讯|本报讯|本网讯)?\s*[(]?\s*据?\s*([\u4e00-\u9fffA-Za-z]{2,10}?(?:新闻网|网站|社|网|报道(?=讯)|报|广播电视台|电视台|台|在线|客户端|新闻|融媒体中心|融媒体|融媒|全媒体))"
    r"[\u4e00-\u9fff]{0,6}?\s*(?:\d{1,2}\s*月\s*\d{1,2}\s*日\s*)?(?:电|讯|消息|记者)"
)
# '新华社北京8月21日电': a wire's dispatch, its agency first.
_DISPATCH = re.compile(rf"^{WIRE_DISPATCH}")
# '据“西秀发布”微博消息:…': the account a report is quoted from, named in quotes before the text.
_QUOTED_ACCOUNT = re.compile(r"^据\s*[“\"「]([^”\"」]{2,16})[”\"」]\s*(?:微博|微信公众号|微信|客户端|官微|公众号)?\s*消息")
# A notice's title names its issuing body: '罗田县…防控工作指挥部6号令', '…指挥部关于…的通告'.
_ISSUER_IN_TITLE = re.compile(
    r"^(.{4,40}?(?:指挥部|办公室|领导小组|人民政府|委员会|管委会|局|中心|机制))(?:关于|通告|公告|通知|紧急通知|\d+\s*号令|令|第)"
)
# A notice's heading printed over two lines, its issuing body above: '南宫市城市管理综合行政执法局' / '关于…的通告'.
_HEADING_UNDER_ISSUER = re.compile(r"^关于.{2,80}(?:通告|公告|通知|倡议书|决定)$")
# What never begins a signer's name printed over two lines: a closing formula ('特此通告') or a prompt above it
# ('微信扫一扫征集线索').
_NOT_A_NAME_START = re.compile(r"^(?:特此|此[告布])|扫一扫|二维码|关注")
# '据今天最新通报的疫情消息': a report (ending in 报 like a paper's name), or a day's news, not who made it
# ('山西省卫生健康委员会再次发布' over '…管理划定' / '结果动态公告': a headline's first line, not an account '某某发布')
_A_REPORT_NOT_ITS_MAKER = re.compile(r"通报$|^(今天|今日|昨天|昨日|最新)|(再次|正式|最新|紧急|重磅|刚刚|连续|集中|同步)发布$")
_HEADLINE_WORDS = re.compile(r"疫情|防控|通报|通告|新冠|肺炎|病例|核酸")
_ISSUING_BODY_END = re.compile(r"(指挥部|办公室|领导小组|工作组|委员会|政府|局|中心|委|办)$")
# ('某市各镇(街道)指挥部咨询电话' over the signing body: a contact list's heading, no piece of its name)
_CONTACT_HEADING_END = re.compile(r"(电话|热线|邮箱|地址|传真)(号码)?\s*:?$")
_SITE_NAME_LINE_MAX = 14
# How a site's own name ends; a breadcrumb's first step must end so to be the site (not 新闻, 频道…: a column's too).
_SITE_ENDING = r"网|日报|晚报|时报|商报|报社|客户端|电视台|融媒"
_SITE_NAME_END = re.compile(rf"({_SITE_ENDING}|新闻|在线|发布|频道)$")
_BREADCRUMB_SITE_END = re.compile(rf"({_SITE_ENDING})$")
# What an issuing body's name never holds: an act (召开, 部署) or 'we' (我县).
_NOT_AN_ISSUER = re.compile(r"召开|举行|主持|部署|组织|开展|出席|我县|我市|我区|全县|全市|全区|我省|全省")


def looks_like_organisation(name: str | None) -> bool:
    """Whether a publisher candidate is an organisation's name (not a date, a column, a note or a person)."""
    if not name:
        return False
    text = name.strip()
    key = match_key(text)
    return (
        2 <= len(text) <= 40
        and han_count(text) >= 2
        and text not in _NOT_A_PUBLISHER
        # (not a date, an address or a breadcrumb: '首頁 > 權威發布', or one whose '›' a mirror lost: '首頁 ? 新聞')
        and not re.search(r"[0-9:@/>»›|?]", key)
        and not _REPRINT_NOTE.search(key)
        and not _COLUMN_NAME.match(key)
        and not _ENTRY_OR_PROMPT.match(key)
        and not key.startswith(_UNKNOWN)
        and not key.startswith(("首页", "主页", "网站首页"))  # ('首頁 縣市頻道 壽寧新聞': a breadcrumb, its steps unmarked)
        and not _A_REPORT_NOT_ITS_MAKER.search(key)
        and bool(_ORGANISATION_ENDING.search(key))
    )


def find_publisher(lines: list[str], keys: list[str], header: list[int], lead: int | None,
                   content_source: str | None = None, site_name: str | None = None,
                   title: str | None = None) -> str | None:
    candidates = [content_source]
    for i, key in enumerate(keys):
        m = _SOURCE_LABEL.search(key)
        if m and len(key) <= 160:
            candidates.append(_value_after(lines[i].strip(), key, m.end()))
    for i, key in enumerate(keys):
        m = _FROM_ATTRIBUTION.match(key)
        if m:
            candidates.append(_value_after(lines[i].strip(), key, m.end()))
    candidates += _signed_bodies(lines, keys, lead)
    candidates.append(_signed_after_the_closing(lines, keys, lead))
    # '云梦县委宣传部 云梦县融媒体中心' closing a report: the bodies that produced it.
    candidates += [lines[i].split()[0] for i, key in enumerate(keys) if MEDIA_CREDIT.match(key)][-1:]
    if title:
        m = _ISSUER_IN_TITLE.match(match_key(title))
        if m and not _NOT_AN_ISSUER.search(m.group(1)):
            candidates.append(title[: m.end(1)])
    candidates += _issuers_over_headings(lines, keys, lead)
    candidates += _issuers_under_headings(lines, keys, lead)
    candidates.append(_appeal_maker(lines, keys, lead))
    # '• 发布机构' / '县人民政府办公室': an open-government table printed a cell to a line (after the signer, who names
    # itself in full)
    for i, key in enumerate(keys):
        label = OPEN_GOVERNMENT_LABEL_ALONE.match(key.strip())
        if label and label.group(1) in ISSUER_LABELS:
            candidates.append(next((lines[j].strip() for j in range(i + 1, min(len(keys), i + 3)) if keys[j].strip()),
                                   None))
    candidates += [_dateline_name(lines[i].strip(), keys[i]) for i in header]
    # '©原创 2020-01-23 18:52 钟祥市融媒体中心 记者 黄嵩': the outlet before its reporter on the page's dateline
    candidates += [lines[i].strip()[m.start(1):m.end(1)] for i in header
                   if dates.find_dates(keys[i]) and (m := _OUTLET_BEFORE_ITS_REPORTER.search(keys[i]))]
    # '唐山市丰润区…领导小组办公室发布' under the headline: the body that issued what follows
    # ('2022年11月27日汕头市潮阳区新冠肺炎防控指挥办发布:': with the day it did so)
    for i in header:
        key = keys[i].strip()
        lost = len(key) - len(key.lstrip("?"))  # ('?2022年…': a character the copy lost)
        if m := ISSUER_PUBLISHED.fullmatch(key, lost):
            candidates.append(lines[i].strip()[m.start(1): m.end(1)])
    # '某县人民政府  www.example.gov.cn 时间:2021-10-19 来源: ': the site's publishing body, by its own address
    candidates += [m.group(1) for m in (_BODY_BEFORE_ITS_ADDRESS.match(lines[i].strip()) for i in header) if m]
    if lead is not None:
        m = _AGENCY_LEAD.match(keys[lead])
        candidates.append(lines[lead].strip()[m.start(1): m.end(1)] if m else None)
    for i in [*header, *([] if lead is None else [lead])]:
        # ('新华社北京8月21日电 综述:…' as the headline: the dispatch printed in the headline's line)
        m = _QUOTED_ACCOUNT.match(keys[i]) or (_DISPATCH.match(keys[i]) if i != lead else None)
        candidates.append(lines[i].strip()[m.start(1): m.end(1)] if m else None)
    # The site's own name standing alone at the top of the page: '人民網', '江苏苏讯网'.
    # (A breadcrumb's first step is the site: '重庆大渡口网 > 大渡口新闻'.)
    # ('黄河新闻网 > 临汾频道 > 临汾新闻 >': a long one too, when its first step is a site's own name, not a column's)
    for i in header[:3]:
        steps = _BREADCRUMB_STEP.split(keys[i].strip())
        if (len(keys[i]) <= _SITE_NAME_LINE_MAX and _SITE_NAME_END.search(steps[0])) or \
                (len(steps) > 1 and len(steps[0]) <= _SITE_NAME_LINE_MAX and _BREADCRUMB_SITE_END.search(steps[0])):
            candidates.append(_BREADCRUMB_STEP.split(lines[i].strip())[0])
    # '国内统一刊号:CN52-0017 某某日报社出版': an e-paper's masthead names the paper's publishing house
    candidates += [lines[i].strip()[m.start(1): m.end(1)] for i in header[:3] if (m := _PRINTED_BY.search(keys[i]))]
    for i, key in enumerate(keys):
        m = _HOST_LABEL.match(key) or _REPRINT_CREDIT.search(key)
        if m:
            candidates.append(_value_after(lines[i].strip(), key, m.end()))
    candidates.append(site_name)
    return next((c.strip() for c in candidates if looks_like_organisation(c)), None)


def _signed_bodies(lines: list[str], keys: list[str], lead: int | None) -> list[str]:
    """The issuing body signed under a notice: the line (or two lines) just above the signed date, or the
    name before the date on the signed line itself."""
    if lead is None:
        return []
    found: list[str] = []
    tried = 0
    # (not under another item below the article: a thread's next notice signs too)
    for i in range(tail_start(lines, keys) - 1, lead - 1, -1):
        if tried == _SIGNED_DATES_TRIED or any(looks_like_organisation(name) for name in found):
            break
        key = TRAILING_CREDITS.sub("", keys[i].strip())  # '2022年2月8日 【编辑:孙静波】'
        if not key or (i == lead and len(key) <= _SIGNED_BODY_MAX + 20):
            continue  # the lead itself is signed only when it is the whole run-in notice
        on_line = [d for d in dates.find_dates(key) if d.end >= len(key) - 1]
        if not on_line:
            continue
        before = lines[i].strip()[: on_line[-1].start].strip()
        before = "" if before == "年" else before  # ('…办公室' / '年2月29日': a year whose digits a copy lost)
        if len(key) > _SIGNED_BODY_MAX + 20:
            # A page printed as one line: '… 做到应检尽检。 涡阳县…疫情防控应急指挥部 2022年8月6日 |'
            signer = _RUN_IN_SIGNER.search(before)
            if signer:
                found.append(signer.group(1))
            continue
        if before:
            found.append(before)
            continue
        above = [j for j in range(i - 1, lead, -1) if keys[j].strip()][:3]
        if above and not is_prose(lines[above[0]]):
            name = lines[above[0]].strip()
            if len(above) >= 2 and not is_prose(lines[above[1]]) and len(keys[above[1]]) <= _SIGNED_BODY_MAX:
                first = lines[above[1]].strip()
                # '铁岭县新型冠状病毒感染的肺炎' / '疫情防控指挥部办公室': one name over two lines comes first;
                # two names ('…人民政府' / '…指挥部') sign jointly: the lower one is taken.
                joined = first + name
                # ('…领导小组' / '(指挥部)办公室': a line opening with a bracket goes on with the name above)
                goes_on = name.startswith(("(", "（"))
                fragment = _name_fragment(first) or goes_on
                # ('罗庄区区委统筹疫情防控和' / '经济运行工作领导小组' / '(指挥部)办公室': a name over three lines)
                if goes_on and len(above) == 3 and not is_prose(lines[above[2]]) \
                        and len(keys[above[2]]) <= _SIGNED_BODY_MAX and _name_fragment(lines[above[2]].strip()):
                    joined = lines[above[2]].strip() + joined
                # ('…防控指挥办' / '疫情防控组': a unit of the body above, too short to be a body of its own)
                unit = len(match_key(name)) <= _UNIT_NAME_MAX
                found += [joined, name] if fragment or unit else [name, joined]
            else:
                found.append(name)
        # ('…领导小组' / '2022年3月13日' / '3月13日起…实行静态管理' / '3月13日': a page repeating its headline and day
        # under the signature; the signed date above is tried next)
        tried += 1
    # ('某市新型冠状病毒肺炎 疫情联防联控工作指挥部': a name printed over two lines, run into one)
    return [_SPACE_IN_A_NAME.sub("", _SEAL_NOTE.sub("", name)) for name in found]


def _name_fragment(piece: str) -> bool:
    """'铁岭县新型冠状病毒感染的肺炎': the first line of a signer's name printed over lines, not a name of its own."""
    key = match_key(piece)
    return bool(re.fullmatch(r"[\u4e00-\u9fff()]+", key)) and not _ORGANISATION_ENDING.search(key) \
        and not _NOT_A_NAME_START.search(piece) and not _CONTACT_HEADING_END.search(key)


def _signed_after_the_closing(lines: list[str], keys: list[str], lead: int | None) -> str | None:
    """'特此通告。' / '吴川市新型冠状病毒肺炎疫情防控指挥部', the copy ending there: the body signed under the last
    closing formula, though its date is lost."""
    if lead is None:
        return None
    closings = [i for i in range(lead, len(keys)) if _CLOSING_FORMULA.fullmatch(keys[i].strip())]
    if not closings:
        return None
    after = [i for i in range(closings[-1] + 1, len(keys)) if keys[i].strip()][:2]
    pieces: list[str] = []
    for i in after:  # (the lines right under the formula, while they read as pieces of a name)
        if not _NAME_PIECE.fullmatch(keys[i].strip()):
            break
        pieces.append(lines[i].strip())
    if not pieces or len(pieces[0]) > _SIGNED_BODY_MAX:
        return None
    if looks_like_organisation(pieces[0]):
        return pieces[0]
    # (one name over two lines: '某市新型冠状病毒肺炎' / '疫情防控指挥部')
    return "".join(pieces) if len(pieces) == 2 and len("".join(pieces)) <= _SIGNED_BODY_MAX else None


_CLOSING_FORMULA = re.compile(r"(特此(通告|公告|通知|告知)|此告|此布)[。.!]?")
_NAME_PIECE = re.compile(r"[\u4e00-\u9fff()“”]{2,40}")


def _issuers_over_headings(lines: list[str], keys: list[str], lead: int | None) -> list[str]:
    """The issuing body printed on its own line above its notice's '关于…的通告' heading, before the lead."""
    found = []
    filled = [i for i in range(len(keys) if lead is None else lead) if keys[i].strip()]
    for i, below in zip(filled, filled[1:]):
        name, heading = keys[i].strip(), keys[below].strip()
        m = _ISSUER_IN_TITLE.match(name + heading)
        if _HEADING_UNDER_ISSUER.match(heading) and m and m.end(1) == len(name) and not _NOT_AN_ISSUER.search(name):
            found.append(lines[i].strip())
    return found


def _issuers_under_headings(lines: list[str], keys: list[str], lead: int | None) -> list[str]:
    """The issuing body printed on its own line (or two) under its notice's heading, before the lead."""
    filled = [i for i in range(len(keys) if lead is None else lead) if keys[i].strip()]
    named = dict.fromkeys(issuer_under_its_heading(keys, filled, i) for i in filled)
    return ["".join(lines[j].strip() for j in name) for name in named if name]


def _appeal_maker(lines: list[str], keys: list[str], lead: int | None) -> str | None:
    """'…,秦安县文明办向全县广大志愿者发出以下倡议:': an appeal names the body that makes it in its opening (the
    first of several that make it jointly)."""
    if lead is None:
        return None
    for i in [i for i in range(lead, len(keys)) if keys[i].strip()][:_APPEAL_PARAGRAPHS]:
        m = _APPEAL_MADE_BY.search(keys[i])
        if m and not _NOT_AN_ISSUER.search(m.group(1)):
            return lines[i][m.start(1): m.end(1)]
    return None


_OUTLET_BEFORE_ITS_REPORTER = re.compile(r"(?<![\u4e00-\u9fff])([\u4e00-\u9fff]{2,16}(融媒体中心|日报社?|晚报|广播电视台|电视台|新闻网))"
                                         r"\s*(记者|通讯员)")


def _dateline_name(line: str, key: str) -> str | None:
    """'凤凰网2022-11-26  155' -> 凤凰网; '四川觀察 2020年02月04日' -> 四川觀察."""
    if not is_dateline(key):
        return None
    found = dates.find_dates(key)
    if not found:
        return None
    prefix_key = key[: found[0].start]
    if not prefix_key.strip() or _DATELINE_LABELS.sub("", prefix_key) != prefix_key.strip():
        return None  # labelled ('时间:') or empty: no name before the date
    if _HEADLINE_WORDS.search(prefix_key) and not _ISSUING_BODY_END.search(prefix_key.strip()):
        return None  # an e-paper's headline and its day: '疫情防控情况通报 2022年05月16日'

    return line[: found[0].start].strip()


def _value_after(line: str, key: str, start: int) -> str | None:
    # (a credit's label glued on first: '来源:中央广电总台国际在线编辑:罗淼责编:蒋硕')
    credit = _CREDIT_LABEL_GLUED.search(key, start)
    limit = credit.start() if credit else len(key)
    end = _VALUE_END.search(key, start, limit)
    value = line[start : end.start() if end else limit].strip()
    # ('来源:新华网 新华社微博': the outlet, then the account it also posts on)
    first = value.split()[0] if value else ""
    value = first if first != value and looks_like_organisation(first) else value
    # ('来源:河北新闻网微信', '来源:家在鼓楼微信': the outlet or account, by the app it posted on)
    return _ACCOUNT_AFTER.sub("", value) or None


_ACCOUNT_AFTER = re.compile(r"(?<=[\u4e00-\u9fff]{2})(官方)?(微信公众号|微信|微博|公众号)$")


# (or its reporters without a colon: '来源:兰州日报社全媒体记者刘某某 田某某'; or the date's label: '来源:某县卫健局发布日期:…')
_CREDIT_LABEL_GLUED = re.compile(r"(?:责任编辑|编辑|责编|作者|记者|通讯员|摄影|审核|校对|(?:发布|更新|发表)(?:日期|时间))\s*:"
                                 r"|(?:全媒体|融媒体|首席|特约)?记者(?=\s*[\u4e00-\u9fff]{2,4}(?:\s|$))")

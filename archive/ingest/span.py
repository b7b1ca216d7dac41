"""Where the article stands on a scraped page: after its headline, and up to its last paragraph and signature.

Scraped pages wrap the article in things no rule list can name in advance (menus, app prompts, lists of
other headlines, newspaper page bars, SEO lines). Their position gives them away:

- above the headline: navigation, site names, clocks; dropped whole;
- between the headline and the first paragraph: datelines, metadata, widgets; kept are only a salutation
  (``广大市民朋友:``), a document number (``(第34号)``) and the titles of a document the page reproduces;
- after the last paragraph of prose: kept is only the closing block a notice signs with (``特此通告``, the
  issuing body, its date, a contact line, ``附件``); everything after it belongs to the page, not the article.
"""
from __future__ import annotations

import re
from collections import Counter

from archive.chinese_text import han_count, han_pairs, match_key

from . import dates
from .fingerprint import normalise
from .boilerplate import (BARE_DATE, SUMMARY_LABELS, TABLE_ROW, ends_a_sentence, introduces_what_follows,
                          is_chrome_line, is_dateline, is_metadata_line, is_prose)
from .titles import DOCUMENT_KIND_END, joined_headlines

# (a greeting may follow on the same line: '广大居民朋友们:你们好!')
_SALUTATION = re.compile(r"^[^。!?]{2,60}:(\s*(大家|你们|您们|您)好[!,。]?)?$")
_DOCUMENT_NUMBER = re.compile(r"^[(\[〔【]?\s*(第\s*\d+\s*号|\S{0,12}〔\s*\d{4}\s*〕\s*\d+\s*号|\d{4}年第\d+号)\s*[)\]〕】]?$")
_SUBTITLE = re.compile(r"^[—-]{1,2}")
# '以下来(返)新人员立即主动报备' over '1、2月5日(含)以来有…旅居史的人员;': whom or what the numbered items below are
_INTRODUCES_THE_ITEMS = re.compile(r"^(以下|下列)[^。!?]{4,40}$")
_GREETING = re.compile(r"^(大家|你们|您们|朋友们|同志们)好[!,。]?$")
_CLOSING = re.compile(
    r"^(特此(通告|公告|通知|函告|告知)|此(通告|公告)|(\(|\()?完(\)|\))?|附件|注:|(咨询|联系|举报|值班|服务|监督)(电话|热线|人)"
    r"|联系人|电话|地址|邮编|以上|附:)"
)
_ORGANISATION_END = re.compile(
    r"(局|委|委员会|政府|办|办公室|指挥部|领导小组|工作组|中心|院|所|厅|部|司|处|站|会|协会|公司|集团|党委|街道|镇|乡|村|社区"
    r"|医院|学校|机制|分局|支队|大队|管委会|联防联控机制|防控办|(?<=[\u4e00-\u9fff]{2})组)([(](借章|代章|代|印|盖章)[)])?$"
    # ('…领导小组(借章)'; a command's working group: '社会管理服务和随访组')
)
_CLOSING_LINE_MAX = 48
_SPEAKER = re.compile(r"^[^,。!?:]{2,16}(记者|主持人|发言人|网友|问|答)\s*:$")
# The reporters' credit that ends a news report: '酉阳自治县融媒体中心记者 彭媛 金剑 冉川 吴彪', '(记者 杨文)'.
_CREDIT = re.compile(r"^[(]?.{0,20}(记者|通讯员|摄影|撰稿)(\s*[\u4e00-\u9fff]{2,4}){1,6}[)]?$")
# A short line sharing fewer of its character pairs than this with the rest of the page is about something else.
_UNRELATED_SHARE = 0.15
_ENUMERATED = re.compile(r"^([一二三四五六七八九十]+、|\d{1,2}[.、]|[(]\s*[一二三四五六七八九十\d]{1,2}\s*[)]|[①-⑳])")
_SENTENCE_END = re.compile(r"[。;!?][\"”』」)]*$")
_NUMBERED_ITEM_LABEL = re.compile(r"(确诊|无症状)?(病例|感染者|患者)\s*\d{1,4}")
# A section marked by a bullet, however short its name: '►意大利', '■ 日本'.
_MARKED_SECTION_HEADING = re.compile(r"[►▶■◆●▲]\s*[\u4e00-\u9fff]{2,12}")
# The closing block holds at most this many lines (an issuing body split over two lines, its date, contacts).
_CLOSING_LINES_MAX = 8


def is_salutation(key: str) -> bool:
    """'全县广大居民朋友:', '各市委、市人民政府,沈抚新区管委会,…:': whom a notice addresses."""
    # (Not a label of four characters or fewer: '摘要:', '导读:')
    return bool(_SALUTATION.match(key)) and han_count(key) >= 4 and not is_chrome_line(key) \
        and not is_metadata_line(key) and not key.startswith(("导读", "摘要", "编者按", "核心提示", "内容提要"))


def letter_opening(keys: list[str], lead: int | None) -> list[int]:
    """'全县广大父老乡亲们:' / '大家好!' / an unfinished first sentence, over the lead: the indices of a letter's
    opening, from its salutation down (empty when no salutation heads the lines above the lead)."""
    opening: list[int] = []
    for i in range(lead - 1 if lead else -1, -1, -1):
        key = keys[i]
        if not key:
            continue
        if is_salutation(key):
            return [i, *opening]
        if not (_GREETING.match(key) or (len(key) >= 20 and "," in key and not is_chrome_line(key)
                                         and not is_metadata_line(key))):
            return []
        opening.insert(0, i)
    return []


def preamble_kept(lines: list[str], keys: list[str], start: int, lead: int | None, headline: str = "") -> list[int]:
    """Indices between the headline (``start``) and the lead that belong to the article (not ``headline`` printed
    again in pieces)."""
    if lead is None:
        return []
    # ('关于…场所、' / '…景区景点' / '暂停…的通知!': the headline, taken whole from a line higher up, printed again in
    # pieces, is never a sentence broken over the lead or a reproduced document's heading)
    keys = _without_headline_in_pieces(keys, start, lead, headline)
    kept = [i for i in letter_opening(keys, lead) if i >= start]
    for i in range(start, lead):
        key = keys[i]
        if not key or is_chrome_line(key) or is_metadata_line(key) or is_dateline(key):
            continue
        if (_SALUTATION.match(key) or _DOCUMENT_NUMBER.match(key) or _SUBTITLE.match(key)
                or (DOCUMENT_KIND_END.search(key) and han_count(key) >= 4) or is_prose(lines[i])
                or _structured_line(key)
                or (_INTRODUCES_THE_ITEMS.match(key)
                    and all(_ENUMERATED.match(k) for k in keys[i + 1:lead + 1] if k))):
            kept.append(i)
    kept += _broken_sentence_over_the_lead(keys, start, lead)
    kept += _list_over_the_lead(keys, start, lead)
    # A document's heading printed over lines ('某区新型冠状病毒感染的' / '肺炎疫情防控应急指挥部' / '通告'): all of it.
    pieces = [i for i in range(start, lead) if keys[i]]
    heading = {i for found in joined_headlines(lines, keys, pieces) if found.lines[-1] in kept for i in found.lines}
    return sorted(set(kept) | heading)


def _without_headline_in_pieces(keys: list[str], start: int, lead: int, headline: str) -> list[str]:
    headline_key = normalise(headline)
    if not headline_key:
        return keys
    pieces = {i: piece for i in range(start, lead)
              if len(keys[i]) >= _PIECE_MIN and (piece := normalise(keys[i])) in headline_key}
    if "".join(pieces.values()) != headline_key:
        return keys
    return ["" if i in pieces else key for i, key in enumerate(keys)]


_PIECE_MIN = 4
_PHRASE_LINE_MAX = 30
_PHRASE_LINES_MIN = 3


def _broken_sentence_over_the_lead(keys: list[str], start: int, lead: int) -> list[int]:
    """A phone post's opening, a sentence broken into short lines right over the lead ('今天南昌多地陆续发布通知' /
    '8月5日24时起' / '麻将馆、棋牌室,' / '茶楼、宾馆、台球室、' / … / '一律暂停营业'): a line ending in a clause mark
    says the words go on below, so the run is the article's, not the header's."""
    run: list[int] = []
    for i in range(lead - 1, start - 1, -1):
        key = keys[i]
        if not key or key.startswith(_CAPTION_MARKS):
            continue  # ('▲交警正在高速路口排查': a photo's caption between the lines)
        if len(key) > _PHRASE_LINE_MAX or is_chrome_line(key) or is_metadata_line(key) or is_dateline(key):
            break
        run.append(i)
    broken = sum(1 for i in run if keys[i].endswith(("、", ",")))
    # (or opening on a purpose that no line finishes: '为阻击疫情的蔓延和扩散' / '在…收费站' / … / '…24小时轮班值守')
    # (one line more than a broken run needs: a purpose has no clause mark to show it goes on)
    purpose = len(run) > _PHRASE_LINES_MIN and _PURPOSE_OPENING.match(keys[run[-1]]) \
        and not any(_SENTENCE_END.search(keys[i]) for i in run)
    return sorted(run) if len(run) >= _PHRASE_LINES_MIN and (broken or purpose) else []


_PURPOSE_OPENING = re.compile(r"为了?[\u4e00-\u9fff]{2,}")
_CAPTION_MARKS = ("▲", "△")


def _list_over_the_lead(keys: list[str], start: int, lead: int) -> list[int]:
    """'2022某市最新疫情风险等级区域' / '截至…10时' / '一、高风险区(0)' / '二、中风险区(1)个' / '某镇某生活区' / … over the
    lead: a list of numbered items opening the article, with the lines under each item and the one or two lines that
    introduce it, is the article's (a risk-area page says its news as such a list)."""
    filled = [i for i in range(start, lead) if keys[i]]
    items = [n for n, i in enumerate(filled) if _ENUMERATED.match(keys[i])]
    if len(items) < _LISTED_ITEMS_MIN:
        return []
    first, last = items[0], items[-1]
    kept = filled[first:last + 1]
    after = filled[last + 1:last + 2]
    kept += [i for i in after if _item_content(keys[i])]
    for i in reversed(filled[max(0, first - _INTRODUCING_LINES):first]):
        if not _item_content(keys[i]):
            break
        kept.append(i)
    return kept


def _item_content(key: str) -> bool:
    if _AS_OF.match(key):
        return True  # ('截至2022年9月5日10时': the time the list holds for, no dateline of the page)
    return han_count(key) >= 4 and not is_chrome_line(key) and not is_metadata_line(key) \
        and not DOCUMENT_KIND_END.search(key)


_AS_OF = re.compile(r"^截[至止]\s*(\d{4}\s*年)?\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*(\d{1,2}\s*[时点])?$")


_LISTED_ITEMS_MIN = 3
_INTRODUCING_LINES = 2


def _opens_a_broken_sentence(keys: list[str], i: int) -> bool:
    """'今天南昌多地陆续发布通知' over '8月5日24时起' / '麻将馆、棋牌室,' / …: the first line of a phone post's opening."""
    below = [k for k in keys[i + 1:] if k][:_PHRASE_LINES_MIN]
    return len(below) == _PHRASE_LINES_MIN and all(len(k) <= _PHRASE_LINE_MAX for k in below) \
        and any(k.endswith(("、", ",")) for k in below)


def drop_unrelated_lines(lines: list[str]) -> list[str]:
    """Lines without short headline-like lines about something else (other articles' titles, ads, slogans):
    a line that shares almost none of its character pairs with the rest of the article is not part of it."""
    keys = [match_key(line).strip() for line in lines]
    if _phrase_per_line(lines, keys):
        return lines
    # '闽侯县通告:新划定2个高风险区、1个中风险区' printed between the notice's items, twice: a picture's caption (the
    # page's headline as its alternative text), not the notice's words
    # (not the first line of an issuing body signed twice: '某县新型冠状病毒感染的' / '肺炎疫情防控指挥部')
    shaped = [_caption_shaped(key) and not _signature_continues(keys, i) for i, key in enumerate(keys)]
    repeated = Counter(key for key, caption in zip(keys, shaped) if caption)
    kept = [i for i, key in enumerate(keys) if not (shaped[i] and repeated[key] >= 2)]
    lines, keys = [lines[i] for i in kept], [keys[i] for i in kept]
    counts = Counter(pair for key in keys for pair in han_pairs(key))
    total = sum(counts.values())
    written = [i for i, key in enumerate(keys) if key]
    # Nor the page's last words, cut off a few characters into the paragraph after a finished one ('当前,疫情警报仍未解',
    # '在凤凰新闻客户端针对此则通告设立的投票调查中'); a short line of plain words is a prompt ('分享让更多人看到').
    # (Nor the list's next item, cut off: '5。洞头区税务局办公室主任徐' under '4。…'; nor places listed and what they did,
    # cut off: '昌都市、山南市相继发公'.)
    cut_off = written[-1] if len(written) >= 2 and (_SENTENCE_END.search(keys[written[-2]]) and (
        (any(mark in keys[written[-1]] for mark in ",、") and _cut_off_fragment(keys[written[-1]], keys[written[-2]]))
        or ((_RUNNING_TEXT_OPENING.match(keys[written[-1]]) or _A_DUTY.search(keys[written[-1]])
             or _APPEAL_CUT_OFF.search(keys[written[-1]]) or _QUOTE_LEFT_OPEN.search(keys[written[-1]]))
            and _cut_off_sentence(keys[written[-1]])))
        or _next_item_cut_off(keys[written[-1]], keys[written[-2]])) else None
    kept = []
    for i, (line, key) in enumerate(zip(lines, keys)):
        pairs = han_pairs(key)
        # Never the bulk of the page: then it is the article, however it is laid out.
        if _headline_like(key) and len(pairs) >= 6 and len(pairs) <= total / 2 and i != cut_off \
                and not _NOTICE_TAKES_EFFECT.fullmatch(key) \
                and not _signature_continues(keys, i) and not _continues_a_clause(keys, i) \
                and not _opens_a_broken_sentence(keys, i) and not _ITEM_LABELLED_BY_DAY_OR_PLACE.match(key):
            shared = sum(1 for pair in pairs if counts[pair] > pairs.count(pair))
            if shared / len(pairs) < _UNRELATED_SHARE:
                continue
        kept.append(line)
    return kept


# '…为更好宣传《全省城乡社' at the page's end: a title or quotation left open is a sentence the page cut off
_QUOTE_LEFT_OPEN = re.compile(r"[《“][^《》“”]*$")
# '本公告自发布之日起施行' closing a notice, its full stop lost: the notice's own words
_NOTICE_TAKES_EFFECT = re.compile(r"本(公告|通告|通知|布告|决定)自(发布|印发|公布)之日起(施行|执行|实施|生效)。?")


def _caption_shaped(key: str) -> bool:
    """A line a picture's caption could be: a headline's length, no stop, no item number, no label, no signer."""
    return 8 <= han_count(key) and len(key) <= 40 and not re.search(r"[。!?;]|:$", key) \
        and not _ENUMERATED.match(key) and not _ORGANISATION_END.search(key) and not _is_signed_date(key)


# A duty laid on someone, as a letter's or notice's sentences do, never a headline's words: '…村民小组要发挥哨兵作用'
_A_DUTY = re.compile(r"[\u4e00-\u9fff](要|应当|必须|务必)(?!闻)[\u4e00-\u9fff]")
# Words that open a sentence of running text, never a headline: '在…中', '据悉', '此外'; and a notice's appeal to
# the public ('请广大居民及时关注…').
_APPEAL_TO_THE_PUBLIC = r"请(广大|全体|各位|全[县市区镇])[\u4e00-\u9fff]{0,2}(居民|市民|群众|村民|朋友|民众)"
_RUNNING_TEXT_OPENING = re.compile(r"(在|据|对|从|经|截至|截止|目前|同时|此外|另外|其中|据悉|随后|当天|当日"
                                   rf"|{_APPEAL_TO_THE_PUBLIC})"
                                   r"(?![\u4e00-\u9fff]{0,3}[:|])")
# ('筛查具体时间、注意事项及后续工作措施请广大居民': the appeal inside a sentence the page's end cuts off)
_APPEAL_CUT_OFF = re.compile(_APPEAL_TO_THE_PUBLIC + "$")


def _phrase_per_line(lines: list[str], keys: list[str]) -> bool:
    """A text laid out a phrase to a line, as phone posts are ('当前全球新冠肺炎疫情态势' / '不容乐观'): no line
    is a paragraph of prose, so short unpunctuated lines are the article itself, not other stories' titles."""
    written = [i for i, key in enumerate(keys) if key]
    return len(written) >= _PHRASE_LAYOUT_MIN_LINES and not any(is_prose(lines[i]) for i in written)


_PHRASE_LAYOUT_MIN_LINES = 8


def _signature_continues(keys: list[str], i: int) -> bool:
    """'铁岭县新型冠状病毒感染的肺炎' over '疫情防控指挥部办公室': the first line of an issuing body's name signed
    over two lines, not a headline about something else."""
    following = next((k for k in keys[i + 1:] if k), "")
    # (or its notice's heading: '锡林浩特市新型冠状病*感染肺炎' over '防控工作指挥部公告')
    return bool(_ORGANISATION_END.search(following) or _ISSUER_NOTICE_END.search(following)) and len(following) <= 30


_ISSUER_NOTICE_END = re.compile(r"(指挥部|办公室|领导小组|政府|委员会|机制)(通告|公告|通知|命令)$")


def _continues_a_clause(keys: list[str], i: int) -> bool:
    """'路边的积雪还没化开,' over '一辆冷链货车缓缓驶入': a text set a clause a line goes on from a comma; another
    story's title never does."""
    before = next((k for k in reversed(keys[:i]) if k), "")
    return before.endswith(",")


# (记者 张三), (朱某 文/李某 图); and a wire's tag after them: '…累计死亡2034例。(陈丹)【新华社微特稿】'
_WRITERS_AFTER = re.compile(r"\s*[(][\u4e00-\u9fff\s/]{2,24}[)](\s*【[\u4e00-\u9fff]{2,12}】)?$"
                            r"|\s*【[\u4e00-\u9fff]{0,6}(社|网|报)[\u4e00-\u9fff]{0,6}】$")


def _headline_like(key: str) -> bool:
    """A line that could be other articles' titles or slogans (never a credit, a signature or a list item):
    short and unpunctuated, or several short pieces side by side ('…阴性 河北一地升级高风险 …')."""
    if _ENUMERATED.match(key) or key.endswith(":") or _CREDIT.match(key) or _ORGANISATION_END.search(key) \
            or introduces_what_follows(key) or _is_signed_date(key):  # (二〇二二年一月十五日 is all Han)
        return False
    if _SENTENCE_END.search(_WRITERS_AFTER.sub("", key)):
        return False  # a sentence with its writers' credit after it: '副县长赵岩参加调研。(胡祥振 王文慧)'
    pieces = [p for p in key.split() if han_count(p)]
    # (Not sentences spaced out by a mirror: '…防范意识 , 强化个人防护 , …')
    if len(pieces) >= 2 and len(key) <= 160 and all(len(p) <= 40 and han_count(p) >= 4 for p in pieces) \
            and not re.search(r"\s[,。;]\s", key) and not _SENTENCE_END.search(key):  # (nor a lead after its dateline)
        return True  # several headlines or slogans side by side
    # Clauses of running text (…,现有2个中风险地区,请广大群众密切) are the article's, however short.
    # (Nor a sentence the page's end cuts off right after a comma: '在瑞丽的抵边行政村,可'.)
    return 8 <= han_count(key) and len(key) <= 40 and not _SENTENCE_END.search(key) and key.count(",") < 2 \
        and not re.search(r",[^,]{0,2}$", key)


def doubtful_lines(body: str) -> int:
    """How many short lines of a cleaned body are neither sentences, list items nor a signature: page text
    that may have stayed (a warning for review, not a reason to drop them)."""
    keys = [match_key(line).strip() for line in body.split("\n")]
    return sum(1 for key in keys if key and len(key) <= 30 and not _structured_line(key) and not _closing_line(key)
               and not is_prose(key))


def without_second_copy(lines: list[str]) -> list[str]:
    """Lines without a second copy of the whole article, which some pages print under the first with its own
    headline and dateline ('人民日报客户端 2021-08-02 16:21'): it opens with the lead again and says nothing new."""
    keys = [match_key(line).strip() for line in lines]
    prose = [i for i, line in enumerate(lines) if is_prose(line)]
    again = next((i for i in prose[1:] if keys[i] == keys[prose[0]]), None) if prose else None
    if again is None:
        return lines
    earlier = set(keys[:again])
    later = [key for key in keys[again:] if key]
    if sum(1 for key in later if key in earlier) < _SECOND_COPY_SHARE * len(later):
        return lines
    start, header_lines = again, 0
    # (back over the copy's own header; the first copy's closing lines recur in the second, so they stay)
    while start > 0 and header_lines < _SECOND_COPY_HEADER_MAX and (
            not keys[start - 1] or (is_dateline(keys[start - 1]) and keys[start - 1] not in later)):
        start -= 1
        header_lines += 1 if keys[start] else 0
    return lines[:start]


def without_teaser_copies(lines: list[str]) -> list[str]:
    """Lines without a teaser that the next paragraph gives in full ('…发言人某某介绍…' over '…发言人某某介绍,…'), or
    that repeats, cut short with its mark, a paragraph above it (a feed's card after the text)."""
    keys = [match_key(line).strip() for line in lines]
    kept = []
    for i, key in enumerate(keys):
        following = next((k for k in keys[i + 1:] if k), "")
        # (only a line ending in its mark is read against the paragraphs above: most lines end otherwise)
        if key.endswith((".", "…")) and any(is_cut_short_copy(key, k) for k in [following, *keys[:i]]):
            continue
        # ('导读 【今日消息-…】 根据当前…经综合分析研': a summary's label, the lead again cut short without a mark)
        summary = _SUMMARY_LABEL.match(key)
        stem = key[summary.end():].rstrip(".…") if summary else ""
        if len(stem) >= _TEASER_MIN and following.startswith(stem) and len(following) > len(stem):
            continue
        kept.append(lines[i])
    return kept


_TEASER_MIN = 10


def is_cut_short_copy(teaser: str, full: str) -> bool:
    """Whether ``teaser`` (a key) repeats the start of ``full`` cut short with its mark ('…国务院…米锋会上…')."""
    cut = teaser.rstrip(".…")
    return cut != teaser and len(cut) >= _TEASER_MIN and full.startswith(cut) and len(full) > len(cut)


_SUMMARY_LABEL = re.compile(rf"^({SUMMARY_LABELS})\s*:?\s*(【[^】]*】)?\s*")
CAPTION_ALONE = re.compile(r"[\u4e00-\u9fff“”\"()]{2,20}")  # a picture's caption: a few words, no stop
_SECOND_COPY_SHARE = 0.8
_SECOND_COPY_HEADER_MAX = 2


def cut_after_article(lines: list[str]) -> list[str]:
    """Lines without what follows the article (see ``article_end``)."""
    keys = [match_key(line).strip() for line in lines]
    return [lines[i] for i in article_end(lines, keys, list(range(len(lines))))]


def article_end(lines: list[str], keys: list[str], kept: list[int]) -> list[int]:
    """``kept`` without what follows the article: after the last paragraph of prose, only the closing block.
    A notice ends where it is signed (its issuing body over its date): what follows is another item."""
    kept = _before_teasers(lines, keys, kept)
    signed = _signed_close(lines, keys, kept)
    if signed is not None and not _post_goes_on(lines, keys, kept, signed) \
            and not _closed_by_its_end_mark(lines, keys, kept, signed):
        kept = [i for i in kept if i <= signed or (i > signed and _is_attachment_block(keys, kept, signed, i))]
    else:
        signed = None
    prose = [i for i in kept if is_prose(lines[i]) and not is_chrome_line(keys[i])]
    if not prose:
        return kept
    last = prose[-1]
    after = []
    closing = 0
    rest = [i for i in kept if i > last and keys[i]]
    # Captions between the last paragraph and one the page's end cuts off ('宣传标语' / '长图形式宣传防疫知识' /
    # '变身抗“疫”战士,…志愿服务队通过漫画《社区'): the cut-off paragraph is the article's; the captions are not.
    if len(rest) >= 2 and _cut_off_running_text(keys[rest[-1]]) \
            and all(CAPTION_ALONE.fullmatch(keys[i]) for i in rest[:-1]):
        return [i for i in kept if i <= last] + [rest[-1]]
    announced = _ANNOUNCED_LIST.search(keys[last]) is not None
    for n, i in enumerate(rest):
        if announced and not closing and _announced_item(keys[i]):
            after.append(i)  # '具体管控路段如下:' over '万尾村进港大道': the places the paragraph announced
            continue
        announced = False
        if _structured_line(keys[i]) or _introduces_a_list(keys[i], keys[rest[n + 1]] if n + 1 < len(rest) else ""):
            after.append(i)  # lists and short sentences of the article itself (一、低风险地区 / 无。)
            continue
        previous = keys[after[-1]] if after else keys[last]
        if i == rest[-1] and not closing and (_cut_off_sentence(keys[i]) or _cut_off_fragment(keys[i], keys[last])
                                              or _wrapped_line_cut_off(keys[i], previous)
                                              or _next_item_cut_off(keys[i], previous)):
            after.append(i)  # a page that ends mid-sentence: '此次会议的高规格、高效率展现了…的决心'
            break
        if n == len(rest) - 2 and not closing and _section_heading(keys[i]) and _cut_off_running_text(keys[rest[-1]]):
            after.extend(rest[n:])  # the next section's heading, then its paragraph cut off by the page's end
            break
        if n == len(rest) - 3 and not closing and _LONE_NUMERAL.fullmatch(keys[i]) \
                and _section_heading(keys[rest[n + 1]]) and _cut_off_running_text(keys[rest[-1]]):
            after.extend(rest[n:])  # (its number on a line of its own: '二' / '强化…登记' / '凡通过…,应通过')
            break
        if n == 0 and _OWN_ITEMS_FOLLOW.search(keys[i]) and keys[i].endswith(":"):
            after.append(i)  # '现将有关事项通告如下:' under the text, the items cut off by the copy: its own sentence
            continue
        if _SPEAKER.match(keys[i]):
            after.append(i)  # a transcript's speaker ('总台央视记者:') before the words cut off at the page's end
            continue
        if not closing and _NUMERIC_DATE_STAMP.fullmatch(keys[i]):
            break  # '2022-04-29' right under the text: the page's stamp (a notice signs in words, under its body)
        if closing >= _CLOSING_LINES_MAX or not _closing_line(keys[i]):
            break
        closing += 1
        after.append(i)
    # ('二、山东今日疫情' with nothing under it before the page's other items: a heading of no text; not an item the
    # page's end cuts off, '五、出现感冒症状要自行居')
    while after and _EMPTY_SECTION_HEADING.fullmatch(keys[after[-1]]) \
            and any(keys[j] for j in range(after[-1] + 1, len(keys))):
        after.pop()
    if signed is not None and signed > last:
        # A signed notice runs to its signature: a list of places and the short sentence closing it
        # ('为中风险地区,其他区域风险等级不变。') are its text, however they are shaped.
        after = sorted(set(after) | {i for i in kept if last < i <= signed and keys[i]
                                     and (i == signed or not is_chrome_line(keys[i]))})
    return [i for i in kept if i <= last] + after


def _before_teasers(lines: list[str], keys: list[str], kept: list[int]) -> list[int]:
    """``kept`` up to the first teaser after the article's text: another story's summary cut off with '...' or
    '…' (a list of related stories), with its headline when that stands on the line above."""
    prose_seen = 0
    for n, i in enumerate(kept):
        if not keys[i]:
            continue
        if prose_seen >= _TEXT_BEFORE_TEASER and _TEASER_END.search(keys[i]) and han_count(keys[i]) >= 15:
            above = [j for j in kept[:n] if keys[j]]
            if above and _headline_like(keys[above[-1]]):
                return [j for j in kept if j < above[-1]]
            return kept[:n]
        if is_prose(lines[i]):
            prose_seen += 1
    return kept


# ('…的小区居民……': the text's own ellipsis, two characters wide, ends a sentence; a cut teaser has '...' or '…')
_LONE_NUMERAL = re.compile(r"[一二三四五六七八九十]{1,2}")
_NUMERIC_DATE_STAMP = re.compile(BARE_DATE.pattern + r"(\s+\d{1,2}:\d{2}(:\d{2})?)?")
_TEASER_END = re.compile(r"(\.{3}|(?<!…)…)$")
_TEXT_BEFORE_TEASER = 2  # paragraphs: a page that opens with a cut-off summary is that summary
_GOES_ON_WITHIN = 6  # non-blank lines after a signature
_PLACE_HEADING = re.compile(r"[\u4e00-\u9fff]{1,12}(省|市|区|县|州|旗|盟|地区)")


_OWN_ITEMS_FOLLOW = re.compile(r"现(就有关事项|将有关事项|就有关情况)?(公告|通告|通知|告知|提示)如下")


_ISSUES_A_DOCUMENT = re.compile(r"(现|现将[^。]{0,60})(印发|转发)给(你们|各)")
_SECOND_NOTICE_HEADING = re.compile(r"[^,。!?:]{2,40}关于[^,。!?]{4,50}")
_SECOND_NOTICE_TEXT_WITHIN = 3  # the heading, a salutation ('理县广大人民群众:'), the first paragraph


def _post_goes_on(lines: list[str], keys: list[str], kept: list[int], signed: int) -> bool:
    """A post that reproduces a second document after the first one's signature, introducing it with
    '↓↓↓' or '…如下:', or heading it with its place's name as it headed the first (a compilation of the day's
    notices): one article still."""
    after = [i for i in kept if i > signed and keys[i]]
    # A notice issuing a document ('…制定了《…总体方案》。现印发给你们,请认真组织实施。') prints it after its signature.
    if any(_ISSUES_A_DOCUMENT.search(keys[i]) for i in kept if i < signed) \
            and _any_prose(lines, keys, after):
        return True
    # '理县…指挥部关于延长…静态管理的公告' right under the first notice's signature, its text after it: the page
    # reproduces a second notice in full (not a list of links to others: prose follows the heading)
    if after and _SECOND_NOTICE_HEADING.fullmatch(keys[after[0]]) and DOCUMENT_KIND_END.search(keys[after[0]]) \
            and _any_prose(lines, keys, after[1:_SECOND_NOTICE_TEXT_WITHIN]):
        return True
    # Each document under its place's name ('成都市锦江区' … signed; '泸州市江阳区' …): a round-up of notices.
    if after and _PLACE_HEADING.fullmatch(keys[after[0]]) \
            and any(_PLACE_HEADING.fullmatch(keys[i]) for i in kept if i < signed):
        return _any_prose(lines, keys, after)
    introducing = next((i for i in after[:_GOES_ON_WITHIN] if introduces_what_follows(keys[i])), None)
    if introducing is not None and _OWN_ITEMS_FOLLOW.search(keys[introducing]) \
            and not _PLACE_HEADING.fullmatch(keys[after[0]]):
        return False  # '…为巩固防控成果,现公告如下:': another notice's own preamble, not a pointer to the first's text
        # (unless under its place's name: a compilation of the districts' notices, '南开区' / '…现将有关事项通告如下:')
    # ('速速转发,做好防护!↓↓↓' closing the page introduces nothing: prose must follow.)
    return introducing is not None and _any_prose(lines, keys, [i for i in after if i > introducing])


def _closed_by_its_end_mark(lines: list[str], keys: list[str], kept: list[int], signed: int) -> bool:
    """A post whose template marks where it ends ('The Beginning' … 'THE END'), with prose between the notice's
    signature and that mark: the post quotes the notice and goes on about it, one article still."""
    end = next((i for i in kept if i > signed and _END_MARK.fullmatch(keys[i])), None)
    return end is not None and _any_prose(lines, keys, [i for i in kept if signed < i < end])


def _any_prose(lines: list[str], keys: list[str], indices: list[int]) -> bool:
    """Whether any of these lines is a paragraph of the text (prose, not a page's chrome)."""
    return any(is_prose(lines[i]) and not is_chrome_line(keys[i]) for i in indices)


_END_MARK = re.compile(r"THE END", re.I)


def _signed_close(lines: list[str], keys: list[str], kept: list[int]) -> int | None:
    """The index of the first signed date that closes a notice after its text: a short date line right under
    an issuing body's name ('…疫情防控指挥部' / '2022年10月5日'), with prose above both."""
    seen_prose = False
    previous = above_previous = None
    for i in kept:
        key = keys[i]
        if not key:
            continue
        if is_prose(lines[i]) and not is_chrome_line(key):
            seen_prose = True
        elif seen_prose and previous is not None and _ORGANISATION_END.search(keys[previous]) \
                and len(keys[previous]) <= _CLOSING_LINE_MAX and _is_signed_date(key) \
                and not _signs_again(keys, previous, above_previous, i):
            return i
        previous, above_previous = i, previous
    return None


def _signs_again(keys: list[str], body: int, above: int | None, date: int) -> bool:
    """Whether the same body signs again further down (a page of its notices): its name, or the first line
    of a name printed over two lines ('潢川县新型冠状病毒感染的' / '肺炎疫情防控工作指挥部办公室')."""
    later = keys[date + 1:]
    # (by its first line when there is one: '苍南县新型冠状病毒肺炎疫情' / '防控工作领导小组办公室' is not 瑞安市's
    # '…' / '防控工作领导小组办公室' under the next notice of a thread)
    if above is not None and not _ORGANISATION_END.search(keys[above]) and len(keys[above]) <= _CLOSING_LINE_MAX \
            and not _SENTENCE_END.search(keys[above]):
        return keys[above] in later
    return keys[body] in later


def _is_signed_date(key: str) -> bool:
    """'2022年10月5日', '年4月2日' (a year lost in scraping), '2022-10-05': a line that is only a date."""
    if _ENUMERATED.match(key):
        return False  # '(三)9月16日': a numbered item's day (the places tested on it follow), not a signature
    found = dates.find_dates(key)
    if found:
        return len(key) <= 20 and han_count(key) - sum(han_count(key[d.start:d.end]) for d in found) <= 1
    return bool(re.fullmatch(r"年\s*\d{1,2}\s*月\s*\d{1,2}\s*日", key))


def _is_attachment_block(keys: list[str], kept: list[int], signed: int, i: int) -> bool:
    """Lines after the signature that still belong to the notice: '附件:' and what follows it, and a postscript
    of advice it is issued with ('温馨提示:' / '广大公众,要继续绷紧疫情防控这根弦,…')."""
    after = [j for j in kept if signed < j <= i and keys[j]]
    return bool(after) and keys[after[0]].startswith(("附件", "附:", *_POSTSCRIPT_LABELS))


_POSTSCRIPT_LABELS = ("温馨提示", "温馨提醒", "特别提示", "特别提醒", "注:", "备注:")  # ('注:' / '1、常态化免费采样点…')


def _announced_item(key: str) -> bool:
    """'钦东高速公路那漏检查站': an unpunctuated name in the list a paragraph announced ('…路段如下:')."""
    return len(key) <= _ANNOUNCED_ITEM_MAX and han_count(key) >= 2 and not re.search(r"[。!?,;:|>/@#]", key) \
        and not is_chrome_line(key)


# ('现将有关事项通告如下:' opens a notice's own numbered items, which _structured_line keeps; when a copy is cut
# off right after it, what follows is another item's headline)
_ANNOUNCED_LIST = re.compile(r"(?<!通告|公告|通知|告知|提示)如下:$")
_ANNOUNCED_ITEM_MAX = 24


def _introduces_a_list(key: str, following: str) -> bool:
    """'高风险区199个:' over '1.某某社区;', '核酸小屋开放时间:' over '上午8:00时至11:00时;': the header of the
    article's own list."""
    # ('以下为2月29日安徽省新冠肺炎疫情风险等级分类名单(截至2020年2月28日24时):' however long)
    return key.endswith(":") and han_count(key) >= 2 and (len(key) <= 30 or key.startswith(("以下为", "以下是"))) \
        and not is_chrome_line(key) \
        and bool(_ENUMERATED.match(following) or following.endswith(";")  # ('开放时间:' / '上午8:00时至11:00时;')
                 or _ITEM_LABELLED_BY_DAY_OR_PLACE.match(following))  # ('…活动风险点位为:' / '11月29日:…')


def _section_heading(key: str) -> bool:
    """'福建厦门:海沧区新增1个封控区': a short unpunctuated line heading a section of the article; '病例2' heading
    one item of a case list."""
    if _NUMBERED_ITEM_LABEL.fullmatch(key) or _MARKED_SECTION_HEADING.fullmatch(key):
        return True
    return 4 <= han_count(key) and len(key) <= 40 and not re.search(r"[。!?;|>/@#]", key) \
        and not is_chrome_line(key) and not _closing_line(key)


def _cut_off_running_text(key: str) -> bool:
    """A paragraph of running text that the page's end cuts off mid-sentence: '9月20日,某区指挥部发布通告,决定对…'."""
    return "," in key and han_count(key) >= 20 and not _SENTENCE_END.search(key) and not ends_a_sentence(key) \
        and not is_chrome_line(key) and not re.search(r"^[*•·-]|[|>/@#→]|\.{3}|(?<!…)…(?!…)", key)  # ('……': its own)


def _cut_off_sentence(key: str) -> bool:
    """The last line of a page cut short in the middle of the article's own sentence."""
    return han_count(key) >= 10 and len(key) <= 60 and not re.search(r"[|>:/@#]|\s\S+\s", key)


def _wrapped_line_cut_off(key: str, previous: str) -> bool:
    """The page's last line continuing a text wrapped at a fixed width ('同时做好个人健康监测,如出现…呼吸道' /
    '症状,应立即向社'): the line above runs on unfinished, and this one is plain words."""
    return _cut_off_running_text(previous) and bool(re.fullmatch(r"[\u4e00-\u9fff][\u4e00-\u9fff,、;“”()]{3,29}", key)) \
        and not is_chrome_line(key)


def _next_item_cut_off(key: str, previous: str) -> bool:
    """'病例3:省外来蓉旅游人' under '病例2:3月31日自省外来蓉,…': the list's next item, cut off by the page's end."""
    # (or a bare number: '5。洞头区税务局办公室主任徐' under '4。苍南县…未落实防疫工作。…')
    label, above = _NUMBERED_LABEL.match(key), _NUMBERED_LABEL.match(previous)
    return label is not None and above is not None and label.group(1) == above.group(1) \
        and int(label.group(2)) == int(above.group(2)) + 1


_NUMBERED_LABEL = re.compile(r"([\u4e00-\u9fff]{1,4}|)(\d{1,3})\s*(?::|[。.、](?!\d))")


def _cut_off_fragment(key: str, paragraph: str) -> bool:
    """A page cut short a few characters into the paragraph after a finished one: '考慮到需科學' under a
    paragraph ending '收放有序”。', or a clause of it ('请大家不要信谣传谣,'). Plain words only: a short line of links
    or labels is not such a start."""
    # (or a clause and the next one's first words: '当前,疫情警报仍未解', '会议要求,要'; or that clause whole:
    # '來到百信超市,貨架上的商品種類豐富、')
    return bool(_SENTENCE_END.search(paragraph)) and bool(re.fullmatch(
        r"[\u4e00-\u9fff]{4,9}|[\u4e00-\u9fff]{4,12}[,;、]|[\u4e00-\u9fff]{2,12}[,、][\u4e00-\u9fff]{1,12}[,;、]?", key)) \
        and not is_chrome_line(key) and not _CAPTION_NOUN_END.search(key)


# '电视收看现场', '会议现场', '活动掠影': a picture's caption under the text names a scene; a sentence cut off does not
# end on such a noun.
_CAPTION_NOUN_END = re.compile(r"(现场|场景|掠影|剪影|一角|合影|图片|照片|画面|镜头)$")


def _structured_line(key: str) -> bool:
    """A line of the article's own structure: an enumerated item, or a short sentence or list item."""
    text = key.strip()
    if is_chrome_line(text):
        return False
    # A clause of running text (a page cut off mid-sentence ends with one): '…,请广大群众密切'
    # (Not a link in a list of other stories: '* 【直击】…长这样→'.)
    clause = "," in text and han_count(text) >= 10 \
        and not re.search(r"app|APP|客户端|微信|下载|关注(?=\S{0,8}(公众号|我们|本号|账号|视频号|抖音|微博))|点击|转载|→|^[*•]", text)
    # ('上午8:00时至11:00时;': an item of the article's own list, closed as items are)
    # ('感染者2:': the label of a case list's next item, its days and doings below)
    return bool(_ENUMERATED.match(text) or _SENTENCE_END.search(text) or ends_a_sentence(text) or clause
                or text.endswith(";") or TABLE_ROW.match(text) or _NUMBERED_ITEM_LABEL.fullmatch(text.rstrip(":"))
                or _ITEM_LABELLED_BY_DAY_OR_PLACE.match(text) or text in _NONE_LISTED
                or _POINTS_TO_ITS_PICTURE.search(text))


# '…接种单位安排(具体地址和接种安排时间详见附表)', '具体申报方法见图片:': the text's pointer to its own table or
# picture (lost in the copy), under its last paragraph
_POINTS_TO_ITS_PICTURE = re.compile(r"(?<!意)[见見](附表|附件|下表|下图|下圖|图片|圖片)\s*[)）:]?$")  # (not '…意见附件')
_EMPTY_SECTION_HEADING = re.compile(r"[一二三四五六七八九十]{1,2}\s*、\s*[^,。!?;:]{2,16}")
_NONE_LISTED = ("无", "無", "暂无", "暫無")  # ('一、高风险地区(0个)' / '无': an empty heading's item)
# ('11月29日:谷洲镇湾塘村14组', '池州市:贵池区、石台县、青阳县': a list's item under its day or its city)
_ITEM_LABELLED_BY_DAY_OR_PLACE = re.compile(r"(\d{1,2}\s*月\s*\d{1,2}\s*日|[\u4e00-\u9fff]{2,8}[市县区州盟旗縣區])\s*:\s*"
                                            r"[\u4e00-\u9fff]")


def _closing_line(key: str) -> bool:
    """A line of the block a notice closes with: 特此通告, the issuing body (maybe split over lines), its date,
    a contact line, 附件."""
    text = key.strip()
    if len(text) > _CLOSING_LINE_MAX or is_chrome_line(text) and not is_dateline(text):
        return False
    if _CLOSING.match(text) or _ORGANISATION_END.search(text) or _CREDIT.match(text):
        return True
    found = dates.find_dates(text)
    if found and han_count(text) - sum(han_count(text[d.start:d.end]) for d in found) <= 12:
        return True  # the signed date, maybe after the issuing body
    if found and found[-1].end >= len(text) - 1 and _ORGANISATION_END.search(text[:found[-1].start].strip()):
        return True  # the issuing body and its date on one line: '…领导小组办公室2022年8月4日'
    # The first half of an issuing body printed over two lines: '彭水自治县新冠肺炎疫情防控'.
    return han_count(text) >= 4 and len(text) <= 24 and not re.search(r"[,。!?:|>]", text) and \
        bool(re.search(r"(县|市|区|省|州|旗|盟|镇|乡|街道)", text))

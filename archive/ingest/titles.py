"""The headline of a page, or, when the page prints none, a title devised from its lead.

Works on header lines (those above the first paragraph of prose) and their match keys
(``archive.chinese_text.match_key``, same offsets), so the title is sliced from the original text in the original
script.

- A headline is a headline-shaped header line: never navigation, accessibility links, open-government
  metadata (索引号, 发布机构), a tag line, a hotline header, a date, a byline, a document number or spam.
  A headline printed over two or three lines (``关于开展…应急演练`` / ``的通告``) is joined.
- A devised ("supplied") title is the lead's first clauses after its dateline, byline and leading time phrase
  (``8月10日下午,``, ``(本网讯 记者…)``, ``北京日报客户端｜记者…``): never a date or a byline itself.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from archive.chinese_text import han_count, han_pairs, is_han, match_key
from archive.jieba_words import word_ends

from .boilerplate import (ALBUM_LABEL, DAY_BEFORE_PLACE_HEADLINE, EDITION_LABEL, GALLERY_SLIDE, ORIGINAL_TITLE,
                          OUTLET_GROUP, SHARE_BUTTON, SOURCE_BYLINE, STAMP_BEFORE_BRACKETS, TABLE_ROW,
                          bracketed_headline, is_chrome_line, is_dateline, is_duplicate_teaser, is_link_row,
                          is_metadata_line, strip_bracketed_headline, strip_spam_prefix)

HEADLINE_MIN, HEADLINE_MAX = 5, 80
_REPEATED_HEADLINE_MIN = 8  # a repeated shorter line is a site's or a column's name
SHORT_DOCUMENT_HEADLINE = 4
SUPPLIED_TITLE_MAX = 24
SUPPLIED_SENTENCE_MAX = 32  # a first sentence with no clause stop may run this long
_SUPPLIED_WITH_NAME_MAX = 48  # a devised title that closes the document name it quotes
_SUBJECT_AND_DEED_MAX = 48  # a subject joined to what it did, the hour between left out ('…新闻办在…召开…(第26场)')
_MAX_JOINED_LINES = 4  # ('今日' / '天津多个区发布了' / '开展…的' / '通知')
_JOINED_PIECE_MAX = 40
_KIND_PIECE_MAX = 12
# '正在收听…' / '正在播放…': a read-aloud player's prompt before the headline it names
_PLAYER_PROMPT = re.compile(r"正在(收听|播放|朗读)")
_ENDING_REPEATED_MIN = 6  # a headline's last words repeated alone under it: not just '的通知'
_PLACE_ISSUER_MAX = 12  # '湘西土家族苗族自治州' over '关于…': longer and ending in 区, it is a sentence ('…调整为中风险地区')
# A headline shares at least this share of its character pairs with the article below it.
_RELEVANCE_MIN_SHARE = 0.12
_RELEVANCE_MIN_TEXT = 120
_LETTER_HEADLINE = re.compile(r"([^,。!?:]{0,24}?)致[^,。!?:]{2,30}的(?:一封)?(?:公开)?(?:信|倡议书)")
# A news headline over the document it reproduces: an exclamation, or news of a notice being issued.
# ('紧急通知:某某中心市场暂停营业': a news headline that names the kind of document it reports)
_ANNOUNCES = re.compile(r"!|(发布|通报|最新)\S{0,6}(通告|公告|通知|令)|(通告|公告|通知)!?$|^\S{0,4}(通告|公告|通知)\s*:")
_SAME_DOCUMENT_SHARE = 0.6
_KIND_ALONE = re.compile(r"倡议书|公开信|告知书")
DOCUMENT_NUMBER_AFTER = re.compile(r"\s*[(〔\[]\s*(\d{4}\s*年\s*)?第?\s*\d+\s*号\s*[)〕\]]$")  # '…的通知(9号)'
_ARROWED_HEADING = re.compile(r"[➤►▶]\s*(?![^:]*(们|朋友|乡亲|居民|市民|同志|同胞):)[^:,。!?]{8,40}:")
_BRACKETED_COLUMN = re.compile(r"^\s*【[^】]{1,12}】")
_ANNOUNCED_WITHIN = 4  # lines above a document's heading where the headline announcing it may stand
_WRAPPED_LINE_MIN = 30  # (a wrapped paragraph's first line)
_ANNOUNCING_MIN = 8  # (shorter, a banner's piece: '注意' / '这些地区来(返)河' / '请立即主动报备')
_POINTER = re.compile(r"[↓⬇️👇\s]+|\S{0,6}(全文|原文|内容)?如下[:!]?\s*[↓⬇️👇]*")
_WELCOME = re.compile(r"欢迎")  # '某某电视台欢迎您!': a site's greeting (on simplified line keys)
_MEASURE_WORDS = re.compile(r"风险|报备|解封")  # (a headline's words for measures, beside _SUBJECT_WORDS)
_SUBJECT_WORDS = re.compile(r"疫情|新冠|疾控|卫健|本土|肺炎|核酸|防控|确诊|病例|出院|清零|归零|封控|管控|隔离|疫苗|阳性|风险区|发布会|指挥部|检测|防疫|抗疫|战疫")

_NOT_HEADLINE_END = tuple("。,;:、")  # on the width-folded key
# ('「本文来源:中国山东网」': the label in brackets, after 本文)
_LABEL_PREFIX = re.compile(r"[「【\[(]?\s*(本文|文章)?(导读|摘要|内容提要|提要|核心提示|编者按|来源|作者|记者|编辑|通讯员|主题)\s*:")
# 【快讯】, 【防疫前沿】, 【聊城】, 『途径』, (抗击新冠肺炎), 国社@青海丨, 其他关于… in front of a headline: a column tag;
# so is a campaign's slogan in brackets, '【统筹抓好疫情防控和经济社会发展各项工作】', when a headline follows.
COLUMN_TAG = re.compile(r"^\s*(?:【[^】]{1,16}】\s*|「[^」]{1,8}」\s*(?=\S{6})|【[^】]{17,24}】\s*(?=\S{6})|\[[^\]]{1,12}\]\s*|『[^』]{1,12}』\s*|[(][^()]{2,8}[)](?=\S{6})|[^丨|\s]{1,10}丨|[^丨|\s]{2,10}\s?\|\s?(?=\S{6})"
                        r"|(?:海[报報]|[视視][频頻]|[图圖][解文]|快[讯訊])\s*[?？!！]\s*(?=\S{6})"  # '海報?…': a tag whose bar was lost
                        r"|#[^#\s]{1,12}#\s*(?=\S{6})"  # '#通遼頭條#…': a topic hashtag
                        r"|\d{1,2}月\d{1,2}日更新(消息)?\s+(?=\S{6})"  # '10月13日更新消息 …': a content farm's stamp
                        r"|(消息)?来源\s*:\s*\S{2,12}\s+(?=\S{6})"  # '消息来源:四川新闻网 …': the copy's source first
                        r"|环球[\u4e00-\u9fff]{1,3}\s*[:!]\s*(?=\S.{5})"  # a content farm's column: '环球快看:', '环球观热点:'
                        r"|(今日消息|最新消息|今日关注|热点资讯)\s*[-:|\s]\s*(?=\S{6})"
                        r"|[\u4e00-\u9fff]{0,6}(快讯|快訊|速递|速遞|即时|即時)\s*:\s*(?=\S{6})"  # '二十四小时快讯: …'
                        r"|7\s*[*×xX]\s*24\s*小时[\u4e00-\u9fff]{0,4}\s*:\s*(?=\S{6})"  # '7*24小时简讯: …'
                        r"|[\u4e00-\u9fff]{2,8}@(?=\S{6})"  # '绥芬河@…': a farm's search keyword glued on with @
                        r"|[^■\s]{2,10}■\s*(?=\S{4})"  # '南方新闻网■解读政策…': the outlet, then a block
                        r"|《[^》]{2,6}》\s*(?=\S{6})"  # '《直通县市》…': a column's name (a document's title is longer)
                        r"|[^【】\s]{1,6}】\s*(?=\S{6})"  # '快讯】…': a tag whose opening bracket was lost
                        r"|[^《》\s]{2,8}》\s*(?=\S{6})"  # '武漢肺炎》日本新增…': a column's name, its 《 lost
                        r"|(?:其他|正文|通知公告|公告公示|信息公开|工作动态|政务动态)(?=关于)"
                        r"|正文\s+(?=\S{6}))+")  # '正文 瑞丽:…': a template's label before the headline
# '…|界面新闻 · 快讯', '… - 新华网': a site or column after the headline.
# ('…的呼聲_風聞': after an underscore, whatever follows is the site's name; a headline has no underscore)
_SITE_SUFFIX = re.compile(r"\s*(?:(?:[|｜_]|\s[-–]\s)\s*[^|｜_]{0,14}(新闻|新聞|网|網|快讯|快訊|频道|頻道|客户端|客戶端|日报|日報|晚报|晚報"
                          r"|APP|app|在线|在線|发布|發布|通讯社|通訊社)[^|｜_]{0,6}|(?<=\S{8})_[^_\s]{2,12}"
                          # ('…双胜利-广西新闻网'; not a headline's own net: '…携手抗疫-共筑防控安全网')
                          r"|(?<=[\u4e00-\u9fff]{6})[-–](?![\u4e00-\u9fff]{0,6}(防控|安全|防护|互联|保障|防疫|服务)[网網])"
                          r"[\u4e00-\u9fff]{2,8}[网網])$")
_AFTER_HEADLINE_SEPARATOR = re.compile(r"\s*[-_|｜—]")
# '…的通告(第6號) (玉環市)': a catalogue's tag of the issuing place after the headline, set off by a space.
_PLACE_TAG_AFTER = re.compile(r"\s+[(][^()\s]{2,10}(省|市|县|区|旗|州|盟)[)]$")
# A source label printed after the headline: '紧急通知!…一律居家不得外出 来源:央视新闻客户端'.
# '靠前监督 筑牢防线(某某日报)': the newspaper the headline was taken from, not part of it
_MEDIA_TAG_AFTER = re.compile(r"\s*[(（][\u4e00-\u9fff]{2,10}(日[报報]|晚[报報]|时报|時報|网|網|新闻|新聞|客户端|客戶端|电视台|電視台|融媒)[)）]$")
_TABLE_CELL_END = re.compile(r"\s+\|$")
_TEMPLATE_FILE = re.compile(r"\S+\.(s?html?|php|aspx?)")
_PICTURE_NUMBER = re.compile(r"^[(（]\d{1,2}[)）](?=[\u4e00-\u9fff])")
_ARROWS_AFTER = re.compile(r"(?<=\S)\s*[→↓⬇👇➡]+\ufe0f?\s*$")
_MORE_LINK_AFTER = re.compile(r"\s*>>\s*(详情|全文|更多|阅读全文)$")
_NOTICE_KIND_LINE = re.compile(r"(紧急)?(通告|公告|通知|通报)")
_WHOLLY_BRACKETED = re.compile(r"^【([^【】]{8,})】$|^《([^《》]{8,})》$")  # (or a notice's heading: '《关于…的公告》')
# A microblog post's topics (their # signs lost) before its bracketed headline.
TOPICS_BEFORE_BRACKETED = re.compile(r"^[^\s,。!?【】]{2,30}(?:\s+[^\s,。!?【】]{2,30}){0,3}\s+【([^【】]{8,80})】$")
_REPEATED_IN_BRACKETS = re.compile(r"^(.{6,}?)\s*[(（]\1\S{0,4}[)）]$")
_AUTHOR_AND_DAY_AFTER = re.compile(r"\s+[\u4e00-\u9fff]{2,4}\s+\d{1,2}\s*月\s*\d{1,2}\s*日$")
_ENTITY_LEFT = re.compile(r"[lr]dquo?|nbsp", re.I)
_SEARCH_BAIT = re.compile(r"([\u4e00-\u9fff]{2,10}(是哪个省|属于哪个省|属于哪个市|是哪个市|在哪里|在哪儿)[?]?\s*){1,4}")
_NUMBERED_PART = re.compile(r"^第[一二三四五六七八九十\d]{1,3}(场|站|天|篇|部分|章|节|批|轮|组)\s*:")
_KICKER_ALONE = re.compile(r"^(最新消息|重要提醒|紧急提醒|重磅|速看|扩散|注意|提醒|刚刚)\s*[!]*$")
_BRACKETED_TEASER = re.compile(r"^【[^】]{8,}】.{6,}(…|\.\.\.)$")
_DAY_AND_CLOCK = re.compile(r"(?<![\d-])\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}(?!\d)")
_LIST_ITEM_NUMBER = re.compile(r"^\d{1,2}\.\s+(?=\S)")
_SECOND_SENTENCE = re.compile(r"。[\u4e00-\u9fff\d]")
_WIKI_TAGLINE = re.compile(r"^维基(文库|百科|新闻)\s*,\s*自由的(图书馆|百科全书|新闻源)$")  # (on the folded key)
FORUM_THREAD_TITLE = re.compile(r"[\s,，]*\[\s*复制链接\s*\]\s*$")  # (after a stray comma too: "…核酸检测, [复制链接]")
# '…15人为小学生( 四 )': a farm's page of an article split over pages, its number spaced out (a series' '(二)' is
# printed closed up, and is part of the headline)
_YEAR_KEYWORD_BEFORE = re.compile(r"^20\d{2}(?=关于\S{6,}(通告|公告|通知)$)")
_SHARE_WIDGET_LEFTOVER = re.compile(rf"\d{{1,7}}|{SHARE_BUTTON}|(点赞|收藏|评论|跟贴|在看)\s*\d*")  # (and its counter)
_SHARE_LABEL_AFTER = re.compile(r"\s*分享到\s*:?$")
_CASE_LABEL_BEFORE = re.compile(r"^案由\s*:\s*([(（]\d{4,12}[)）])?\s*")
_LONE_CHARACTER_BEFORE = re.compile(r"^[\u4e00-\u9fff]\s+(?=\S{8})")
_PAGE_OF_SPLIT_ARTICLE_AFTER = re.compile(r"\s*[(（]\s+[一二三四五六七八九十]{1,3}\s+[)）]$")
_WIDGET_AFTER = re.compile(r"\s*[\[【]\s*(打印本页|打印|关闭窗口|关闭|收藏本页|收藏)\s*[\]】]$")  # '…的通告 [打印本页]'
# '坌处镇:民兵筑就最强防疫“迷彩”线相关信息': a farm's label glued after the headline (not '…疫情相关信息', '发布…相关信息')
_RELATED_LABEL_AFTER = re.compile(r"(?<=\S{8})(?<![的布关情控疫])相关信息$")
# ('…尽快恢复生产生活秩序来源:湖南省政府门户网站': or glued on)
_SOURCE_AFTER = re.compile(r"(\s+(来源|來源|稿源|来自|來自)|(?<=[\u4e00-\u9fff])(来源|來源))\s*[:：]\s*\S{2,20}$")
# A gambling site's brand a hijacked page appends to the headline: '…国家荣誉称号奖章 -凯发k8国际注册'
_SEO_BRAND_AFTER = re.compile(r"\s+[-_|]\s*[^\s-]{2,16}(注册|官网|开户|娱乐|平台|网址|登录)$"
                              r"|\s*[-_|]\s*(澳门)?(威尼斯人?|金沙|新葡京|葡京|永利|太阳城|新濠)\d{2,6}$"  # '…-威尼斯5994'
                              # a game or payment brand glued after a hyphen: '…解除封控管理 -ag电子', '…调低至三级-秒付'
                              r"|(?<=[\u4e00-\u9fff])\s?-\s?[A-Za-z]{0,5}(电子|秒付|真人|棋牌|彩票|电竞|视讯)$")
# A library's or site's name after a document's title, set off by a space: '…总体方案的通知 中华文库'.
_LIBRARY_AFTER_DOCUMENT = re.compile(r"(?<=[告知报令定见案法书信明示引])\s+[\u4e00-\u9fff]{2,6}(文库|百科|网|網|在线|在線)$")
_NAME_GLUED_TWICE_AFTER = re.compile(r"(?<=\S{6})(?P<name>[\u4e00-\u9fff]{4,16}(人民政府|政府|网|網|报|報|中心))(?P=name)$")
_FULL_TEXT_NOTE_AFTER = re.compile(r"(?<=[告知报令定见案法书信明示])\s*[(（](原文|全文|附全文|附原文)[)）]$")
# A headline printed over lines ends with the kind of document, or its first line is plainly unfinished.
# ('告金山区市民书': a letter to the people of a place)
DOCUMENT_KIND_END = re.compile(
    r"(通告|公告|布告|通知|通报|命令|\d+号令|令|决定|意见|方案|办法|倡议书?|公开信|一封信|声明|告知书|提示|指引|须知|公示|启事|预告|(?<![\u4e00-\u9fff])告[\u4e00-\u9fff]{2,20}书)$"
)
_ISSUER_END = re.compile(r"(指挥部|办公室|领导小组|人民政府|政府|委员会|[党县市区省]委|卫健委|办|局|中心|机制|工作组|管理所|派出所|卫生院|医院)$")
_PLACE_END = re.compile(r"(省|市|区|县|旗|盟|州|镇|乡|街道|社区)$")
_FONT_SIZE_WIDGET = re.compile(r"(字号|字体)\s*:?[大中小\s]*|小号|默认|大号")
_ACCOUNT_CREDIT = re.compile(r"[“\"「]?\S{1,12}?[”\"」]?\s*(微信公众号|公众号|微博|官微|客户端)")
_CLAUSE_MARK = re.compile(r"[\u4e00-\u9fff][:,!?;][\u4e00-\u9fff]")  # (on the width-folded key)
_MID_ISSUER_END = re.compile(r"(新型冠状病毒感染的|新型冠状病毒感染|新型冠状病毒|新冠肺炎|肺炎|新冠病毒感染)$")
# A daily bulletin's heading broken before what it reports: '9月20日…肺炎疫情' / '最新情况'.
_REPORT_KIND_PIECE = re.compile(r"(最新)?(情况|进展|动态)(通报)?")
_UNFINISHED_END = re.compile(r"(的|关于|和|与|及|暨|做好|开展|进一步|加强)$")
_SPACED_LETTERS = re.compile(r"^(?:\S\s+){1,3}\S$")  # 通 告, 公     告
_DOCUMENT_NUMBER = re.compile(
    r"^[(\[【〔][^()]{0,30}(第\s*\d+\s*号|\d+\s*号)[^()]{0,6}[)\]】〕]$"  # (县疫情防控指挥部第1号)
    r"|^\S{0,8}〔\s*\d{0,4}\s*〕\s*\d+\s*号$"  # 献防告〔2022〕2号
    r"|^第\s*\d+\s*号$"
)
# '1、新冠肺炎', '二、解除以下管控区': an item's heading inside the text (not '02.29 某州…召开会议').
_ITEM_HEADING = re.compile(r"^[\d一二三四五六七八九十]{1,2}\s*[、.]\s*(?!\d)\S")
_BRACKETED = re.compile(r"^[(\[〔][^()]*[)\]〕]$")
# (or a site's service line: '办理会员咨询热线:4000-156-001')
_HOTLINE = re.compile(r"违法和不良信息|举报受理|受理方式|举报(电话|邮箱|方式)\s*:|(热线|电话)\s*:\s*\d[\d-]{6,}\s*$")
# ('新华社记者', '本报记者' alone: the reporters of a wire feature named under its headline)
_BYLINE_LINE = re.compile(r"^(本报讯|本网讯|本台讯|通讯员|记者|文/|图/|文:|图:|撰稿|撰文|摄影|作者)"
                          r"|(记者|通讯员|编辑|责编|作者)\s*:?\s*\S{2,4}\s*(报道|摄)?$|^(\S{1,8}(社|报|台|网|客户端|融媒体?))?(全媒体|特约|首席|小)?记者$"
                          # ('贵州日报当代融媒体记者 / 谭某某 张某某': the outlet's reporters, their names after a slash)
                          r"|(记者|通讯员)\s*[/|｜]\s*[\u4e00-\u9fff]{2,4}(\s+[\u4e00-\u9fff]{2,4}){0,4}$"
                          # ('…记者 孙某某 通讯员 高某 济南报道': the writers and where they filed from)
                          r"|(记者|通讯员)\s*:?\s*[\u4e00-\u9fff]{2,4}(\s+[\u4e00-\u9fff]{2,4}){0,3}"
                          r"\s+[\u4e00-\u9fff]{2,4}报道$"
                          # ('东北区:张某 报道': a correspondent's beat and name)
                          r"|^([\u4e00-\u9fff]{1,8}\s*:\s*)?[\u4e00-\u9fff]{2,4}(\s+[\u4e00-\u9fff]{2,4}){0,3}\s+报道$")


def is_byline_line(key: str) -> bool:
    """'本报讯', '记者 王某某', '每经编辑 杜宇': a line crediting the outlet or the writers."""
    return bool(_BYLINE_LINE.search(key))


# '新华社南宁1月28日电', '中新网武汉2月3日电(记者 某某)': a wire's dateline on its own line, above its text
_WIRE_DATELINE_LINE = re.compile(r"^[\u4e00-\u9fff]{1,10}(社|网|台|报|新闻)[\u4e00-\u9fff]{0,8}?\d{1,2}\s*月\s*\d{1,2}\s*日\s*(电|报道)"
                                 r"(\s*[(][^()]{0,30}[)])?$")
# (and its masthead's registration: '国内统一刊号:CN52-0017 黔东南日报社出版')
_NEWSPAPER_PAGE = re.compile(rf"{EDITION_LABEL}|[上下]一版|版面导航|统一刊号|\bCN\s*\d{{2}}\s*-\s*\d{{4}}", re.I)
# Photo captions and credits, reading-time widgets, "now reading" bars.
_CAPTION = re.compile(r"图源|图片来源|供图|摄影|(记者|通讯员)\s*\S{2,4}\s*摄|本篇文章\d+字|读完约|阅读时间|正在阅读"
                      r"|\.(jpe?g|png|gif|bmp|webp)\b|图片_\d|^(小编|责编|编校|编审|审核|校对|网络编辑|责任编辑)|\s(小编|责编)\b|^(关注|下载|点击|扫码)"
                      r"|^资料图|[。\s][\u4e00-\u9fff]{2,4}\s*摄$|[(]视频截图[)]|\s图\s*:\s*\S"  # '资料图为…。 某某 摄'
                      r"|^▲|[(]图\s*/\s*\S{1,12}[)]$"  # '▲北京再现本土疫情。(图/CFP)': a photo's caption
                      r"|[(]\s*\+?关注\s*[)]$"  # '枞阳县卫生局(关注)': an account's name with its follow button
                      r"|点击上方|点击下方|点击蓝字"  # '提示:点击上方"某某身边事"↑了解更多': a prompt to follow
                      r"|^实时更新\s*[|｜]"  # '实时更新|新型肺炎疫情最新动态': a feed's banner over the text
                      r"|^[\u4e00-\u9fff]{2,8}(会|会议)现场$"  # '新闻发布会现场': a photo's caption over the lead
                      # a paper's subtitle naming who attended or spoke: '景文新出席', '张三 李四出席并讲话'
                      r"|^[\u4e00-\u9fff、\s]{2,12}(出席|主持|讲话|出席并讲话|参加)$"
                      r"|(报|网|社)[·・][\u4e00-\u9fff]{1,8}(网|报|客户端)$"  # '宋维东中国证券报·中证网': a writer and outlets
                      r"|^(图片|照片|图)由\S{1,20}提供$"  # '图片由红网提供': whose photos these are
                      # a speaker's caption under the headline: '国家卫生健康委疾控局一级巡视员贺青华' (no act: not
                      # '专访…主任某某', '看望…')
                      r"|^(?!.*(专访|对话|走近|致敬|会见|看望|慰问|调研|检查|督导|主持|记))[\u4e00-\u9fff、\s]{2,30}?"
                      r"(巡视员|主任|局长|处长|司长|书记|省长|市长|县长|发言人|专家|院长|所长|组长)\s*[\u4e00-\u9fff]{2,3}$")

# Breadcrumbs anywhere in a line: '您当前浏览位置:首页>今日贺兰', '每經網首頁 > 首發快訊 > 正文'.
# ('论坛 » 讨论区 » …'; '丁蜀镇>政府信息公开>公告公示': three steps or more)
_BREADCRUMB = re.compile(r"(当前|所在|现在|浏览)\S{0,2}位置|首页\s*(>|»|›|/|-)|>\s*正文$|>>|»[^»]+»|^(?:[^>]{1,16}>){2,}[^>]{1,60}$"
                         r"|^[>›»]\s*\S{1,12}$"  # '> 法规文件': a breadcrumb printed a step to a line
                         r"|^(首页|主页)[\u4e00-\u9fff]{0,10}$")  # '首页生活资讯': a breadcrumb whose bars were lost


def is_breadcrumb(key: str) -> bool:
    """A site's navigation trail: '您当前的位置 : 聚焦海口>原创>', '首页 > 新闻中心 > 正文'."""
    return bool(_BREADCRUMB.search(key))


# An e-paper's article bar: its edition's date and font buttons ('2021年07月28日 星期三 放大 缩小 默认').
FONT_BUTTONS = re.compile(r"放大\s*缩小")
_SITE_CLOCK = re.compile(r"^(今天是|今日是)")  # (a newspaper's edition date also prints its weekday: not this)
# (not a farm's headline opening with the day of its news, the place right after: '2022年9月30日白银市靖远县…调整')
# (nor one opening with the day its measures start, unpunctuated: '2022年3月23日起台州椒江这些场所暂时关闭')
_STARTS_WITH_FULL_DATE = re.compile(r"^\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}(?!\d)"
                                    # (a space may stand after the day: '2020年1月26日 甘肃省…疫情情况'; not a clock's
                                    # weekday or lunar date)
                                    r"(?!日\s?(?![时点起前后以至到上下晚早凌零中傍夜星周农礼])[\u4e00-\u9fff]{8})"
                                    r"(?!日起[\u4e00-\u9fff]{8}[^,。!?]*$)"
                                    # (nor a bulletin's, with the hours it covers: '2020年12月15日0时至24时辽宁…疫情情况',
                                    # '…0-24时…')
                                    r"(?!日\s*\d{1,2}\s*([时点]\s*)?(至|—|-|到)\s*\d{1,2}\s*[时点]"
                                    r"[\u4e00-\u9fff]{6}[^,。!?]*$)")
_SECTION_NAME = re.compile(r"^((政府)?信息公开(指南|制度|年报|目录)?|法定主动公开内容|(政府)?依申请公开|"
                           r"政务公开|新闻中心|通知公告|公告公示|工作动态|政务动态|新闻动态|今日要闻|"
                           r"本地新闻|最新公告|最新通告|最新通知|图片新闻\d{0,2}|专题专栏|热点专题|领导之窗|互动交流|政务服务|"
                           r"网站(年度)?工作(年度)?报表)$"
                           r"|^\S{2,4}(疫情防控|抗疫|战疫|防疫)$"  # '海南疫情防控': a column
                           # ('新聞中心&News', '新闻动态 NEWS': a column's name with its English one)
                           r"|^[\u4e00-\u9fff]{2,8}\s*[&/|]?\s*(?i:news|notices?|information|focus|events|updates)$")
# ('看看新闻Knews综合': an outlet's credit for a report compiled from others)
_SITE_NAME = re.compile(r"^\S{2,10}(网|客户端|频道|日报|晚报|时报|商报|手机报|报社|电视台|融媒|发布|论坛|APP|app)(官方)?(微信|微博)?(公众号)?$|^\S{2,4}新闻$"
                        r"|^\S{2,16}综合$"
                        r"|^中国[\u4e00-\u9fff]{2,4}$"  # '中国额济纳': a place's official account, named so
                        r"|^\S{2,10}(网|新闻)\S{0,6}正文$")  # '中新网广西新闻正文': a site's column over the text
# A site's name with its address: '银川市人民政府门户网站 www.yinchuan.gov.cn'.
_SITE_ADDRESS = re.compile(r"(?:^|\s)(?:https?://|www\.)\S+|\S+\.(?:gov|com|net|org)\.cn(?:\s|/|$)", re.I)
# '根據浙江省杭州市…指揮部2022年第29、30號通告消息': a lead clause citing its authority, not a headline.
_CITING_CLAUSE = re.compile(r"^(根据|按照|依据|依照)")
# A lead's opening clause of occasion, purpose or time: '随着…,', '为…,', '…发生疫情后,', '疫情发生以来,'.
_CONTEXT_CLAUSE = re.compile(r"(随着|为了|为|面对|针对|鉴于|因)[^,。!?;:]{2,40},|[^,。!?;:]{4,40}(之后|后|以来|之际|期间),"
                             # '根据疫情防控需要,12月16日起,某小区成为…': the reason cited before the dated news (a
                             # citing clause before the steps of a decision, '根据…规定,经…研判,…决定', is the title)
                             # (or before a place and when it acted: '根据“…风险地图”,永嘉县于2月24日24时起…')
                             # (or when it takes effect: '根据《…的通知》(…5号)文件要求,要求自1月8日起,从湖北…')
                             r"|(根据|按照|依据)[^,。!?;:]{2,60},(?:\s*要求(?=\s*(?:自|从)\s*\d))?"
                             r"(?=\s*(?:自|从)?\s*\d{1,2}\s*月\s*\d{1,2}\s*日"
                             r"|\s*[\u4e00-\u9fff]{2,8}(市|县|区|旗|州|省|街道|镇|乡)于"
                             # (or another authority after it: '根据疫情防控需要,按照某市指挥部统一部署,某街道于…')
                             r"|\s*(按照|根据|依据)[^,。!?;:]{2,60},"
                             # (or a purpose before what was fixed: '根据我县…形势,为快速排除风险隐患,定于6月1日…')
                             r"|\s*为[^,。!?;:]{2,30},\s*(定于|决定|将于)"
                             # (or before the reason that follows it: '根据…政策要求,因当前…形势异常严峻,自4月1日起,…')
                             r"|\s*(因|鉴于)[^,。!?;:]{2,40},)"
                             # the meeting at which it was said: '在今天(7月12日)上午召开的…新闻发布会上,'
                             r"|在[^,。!?;:]{4,60}(会|会议|发布会|座谈会|例会)上\s*,"
                             # (the requirement acted on, before who acted: '按照自治区…厅疫情防控要求,某集团派出…'; not
                             # before the steps of a decision: '根据…要求,经…研究,…')
                             r"|(根据|按照|依据)[^,。!?;:]{2,40}(要求|部署|安排|需要|精神|指示|形势),(?!\s*经)")
_BACKGROUND_SENTENCE = re.compile(r"(当前|目前|眼下)[^。!?]{0,30}(形势|态势)[^。!?]{0,4}(严峻|复杂)[^。!?]{0,120}。")
_DAY_OPENING = re.compile(r"\s*\d{1,2}\s*月\s*\d{1,2}\s*日")
# (two clauses of a motto, not officials listed: '县委书记王某,县长李某,近日,先后深入…')
_MOTTO_BEFORE_THE_NEWS = re.compile(r"(?![^。]{0,40}(?:书记|县长|市长|区长|镇长|乡长|主任|局长|部长|主席|常委))"
                                    r"[^,。!?;:\d]{4,16},[^,。!?;:\d]{4,30},(\s*)(近日|日前|近期|连日来),")
# '为进一步提高…覆盖率,尽快构筑群体免疫屏障,12月以来,西宁市…': the purpose going on, and the time since which
# the news has held, after a purpose clause.
# ('为保障…安全,强化新冠肺炎疫情监测预警,10月7日,我市…')
_PURPOSE_GOES_ON = re.compile(r"(尽快|进一步|切实|有效|全力|确保|加快|持续|全面|更好|努力|保障|强化|加强)[^,。!?;:]{2,40},"
                              # (or the authority it acted on: '…,切实筑牢…防线,根据县指挥部统一安排部署,10月28日…')
                              r"(?=\s*(\d{1,2}\s*月|今年|近日|近期|日前|连日来|昨日|昨天|今日|今天|根据|按照|依据))"
                              r"|\d{1,2}\s*月份?以来\s*,"
                              # (or a chain of purposes before the dated news: '…,进一步加强…工作,共同防预…,保障…安全,
                              # 某县…各大景区从1月27日起停止对外开放')
                              r"|(进一步|切实|有效|全力|确保|坚决|共同|保障|维护|最大限度|阻断|切断|遏制|防止|防范)"
                              r"[^,。!?;:]{2,40},"
                              r"(?=[^。!?;:]*\d{1,2}\s*月\s*\d{1,2}\s*日)")
# After the meeting at which it was said, who said it and on what grounds: '…新闻发布会上,市疾控中心副主任某某介绍,',
# '严格按照…要求,结合…形势变化,' (then the news: '兰州及时动态调整区域风险等级')
_AFTER_A_MEETING = re.compile(r"[^,。!?;:]{2,60}(介绍|表示|通报说|通报称|说|指出|称|了解到|获悉|得悉|得知)\s*[,:]"
                              r"|(严格)?(按照|根据|依据|结合)[^,。!?;:]{2,40},")
# '经…研究决定,' / '现决定:': what follows is the decision a notice announces.
# ('根据…形势,经专家研判,即日起对…调整如下:'; '经专家组对…活动轨迹进行综合研判评估,决定自…起,…')
# ('…要求,经东莞市新冠肺炎防控指挥部同意,自…起,将…调整为高风险地区': a body's approval, then the decision)
_DECISION = re.compile(r"(研究|研判|会议)?决定\s*[,:]|决定(?=(于|自|从)\s*(即日|今日|明日|(\d{4}\s*年\s*)?\d{1,2}\s*月))"
                       r"|经专家研判\s*,|经[^,。!?]{2,30}?(研究|同意|批准)\s*,"
                       r"|经[^,。!?]{2,60}?(研判|评估)\s*,(?=\s*决定)")
_DECISION_WITHIN = 300
_MORE_STEPS = re.compile(r"\s*((报请|报经|报|经)[^,。!?]{2,30}(批准|同意|研究|研判|评估)\s*,\s*)*")
_PLACES_THEN_WHAT_BECOMES_OF_THEM = re.compile(r"^([^、,。;:]{2,20}?)(、[^、,。;:]{2,20}?)+?(?!等)(?=由|调整|划为|划定|列为)")
_HOUSE_NUMBERS_LISTED = re.compile(r"(\d+号)(、\d+号)+(?=[\u4e00-\u9fff])(?!等)")  # (not '…238号等', told already)
_DECIDED_WORD = re.compile(r"决定(?![书性])")  # (not 决定书, a decision document, nor 决定性)
_SALUTATION_OPENING = re.compile(r"[^。!?,:]{0,24}(们|朋友|乡亲|居民|市民|村民|群众|商户|同志|同胞)\s*:\s*")
_DECISION_TITLE_MAX = 40
_AS_FOLLOWS_END = re.compile(r"(?<=\S{6})如下$")  # '…管理措施调整如下': what follows is the list
_CLAUSE_OR_SENTENCE_STOP = re.compile(r"[,;。!?:]")
_OPENS_WITH_A_REASON = re.compile(r"(为了|为|按照|根据|依据|依照|鉴于|经|当前|目前)")  # (当前,…形势严峻: the situation)
# '从8月3日起,' / '自即日起' / '自发布之日起' / '自2022年4月28日12时起将…': when a decision takes effect.
_TAKES_EFFECT = re.compile(r"(自|从|于)?\s*(即日|今日|明日|发布之日|(\d{4}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*日[^,。将起]{0,8}?)"
                           r"\s*(起|开始|,)\s*[,:]?\s*(将|对)?")
# ('…研究,决定于2022年9月10日在贵阳贵安全域开展抗原检测': the day it is done on, before what is done)
_DAY_DECIDED_ON = re.compile(r"(定于|将于|拟于|于)\s*(\d{4}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*日(上午|下午|晚上)?\s*(?=[\u4e00-\u9fff])")
_SPAM_CHAIN = re.compile(r"[^_\s]{2,}_[^_\s]{2,}_[^_\s]{2,}")  # 中文字幕…_中国…_国产…: keyword chains

# The full date stamp after a run-in headline, '2022-09-26 19:13' (a fragment; the pipeline strips it from the body).
FULL_DATE_STAMP = r"20\d{2}[-/.]\d{1,2}[-/.]\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?"
# What a lead may open with before its news: a bracketed byline, a news-agency dateline, an app's byline,
# a reporter line, a news source, and the day or time of the event. Used with Pattern.match(key, pos), which
# anchors at pos: no '^' in them.
_LEAD_PREFIXES = (
    re.compile(r"\s*(\d{1,2}|[一二三四五六七八九十]{1,2})\s*[、.](?!\d)\s*"),  # a notice's first item: '1、自2022年4月18日0时起,…'
    # (and when it takes effect: '自12月6日起,暂停全员核酸检测,…', or the day fixed for it: '定于6月1日在…开展…')
    # (or the days: '定于2022年10月29日至31日,继续在…开展…')
    re.compile(r"\s*(定于|拟于)\s*(\d{4}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*日(上午|下午|晚上)?"
               r"(\s*[至到—-]\s*(\d{1,2}\s*月\s*)?\d{1,2}\s*日\s*,?)?\s*(?=[\u4e00-\u9fff])"),
    re.compile(r"\s*(自|从)\s*(\d{4}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*日(\s*\d{1,2}\s*[时点])?\s*起\s*,\s*"),
    re.compile(r"\s*(您好|你好|大家好|你们好|各位好)\s*[!,。]\s*"),  # a letter's greeting: '您好!面对当前…'
    # a letter's official addressed: '县长,我想知道…', '尊敬的市长您好:' (not a roll-call, '区委书记,区长某某带队…')
    re.compile(r"\s*(尊敬的)?[\u4e00-\u9fff]{0,4}(县长|市长|区长|书记|镇长|局长|主任)(您好)?\s*[,:!]\s*(?=我|您|你)"),
    # a feature's lead opening with someone's words: '“从7日下午开始,我们就连续奋战在一线。”12月9日,…'
    re.compile(r"\s*“[^“”]{4,80}”\s*(?=\S)"),
    re.compile(r"\s*[…]{2,}\s*"),  # (and the ellipsis closing the words quoted: '“…优先安排我去吧。” ………… 1月18日…')
    re.compile(r"\s*[(\[【][^)\]】]{0,60}(讯|记者|通讯员|报道|电)[^)\]】]{0,60}[)\]】]\s*"),
    # (县疫情防控社防组 姜颖): a desk and its writer; (刘燚 让卓斯杰): two writers
    re.compile(r"\s*[(][^()]{2,30}\s[\u4e00-\u9fff]{2,5}[)]\s*"),
    # '(楊杰英 張?22日,…': writers whose closing bracket a mirror lost with an unencodable character, before the day
    # (or one writer, before the source the report cites: '中新網?11月28日電 (張潞?據海南省…消息,')
    re.compile(r"\s*[(][\u4e00-\u9fff]{2,4}(\s+[\u4e00-\u9fff]{1,4}){1,3}\?(?=\d{1,2}日)"
               r"|\s*[(][\u4e00-\u9fff]{2,4}\?(?=[据據])"),
    re.compile(r"\s*(本报讯|本网讯|本台讯|本报|本网|讯)\s*"),
    re.compile(r"\s*[\u4e00-\u9fff]{2,6}讯\s*(?=[(\[【])"),  # '(本报)合作讯 (记者 …)': a place's dispatch, its reporter after
    # '云上黄梅报道(全媒体记者:费留灿)8月7日,…': an outlet's report and its reporter
    re.compile(r"\s*[\u4e00-\u9fff]{2,10}报道\s*[(][^()]{2,30}[)]\s*"),
    # (or its report alone: '央视新闻报道,11月20日,…')
    re.compile(r"\s*[\u4e00-\u9fff]{1,10}(新闻|日报|晚报|网|台|社|客户端)报道\s*[,:]\s*"),
    # '中新网2月15日电 综合报道,日本及韩国…', '综合新华社驻外记者报道:韩国和伊朗…'
    re.compile(r"\s*(综合报道|综合消息|综合[^,。:]{2,12}?(报道|消息)\s*[:,])\s*[,:]?\s*"),
    re.compile(r"\s*[•·●]\s*\[[^\]]{2,40}\]\s*"),  # '• [国家卫生健康委新闻发言人 米锋]': a transcript's speaker
    re.compile(r"\s*[•●]\s+"),  # (or a list's bullet a page set before its text: '•   记者27日从…得悉,…')
    # (and the day its figures run to: '至本月25日24时,')
    re.compile(r"\s*截?至(本月|上月|今年)?\s*(\d{1,2}\s*月)?\s*\d{1,2}\s*日\s*(\d{1,2}\s*[时点])?\s*,\s*"),
    # where the reporter heard it: '记者27日从大连庄河市…总指挥部得悉,' (the news follows)
    re.compile(r"\s*(本报|本台|本网)?记者(\d{1,2}日)?从[^,。!?]{2,40}(获悉|得悉|得知|了解到)\s*[,:]\s*"),
    re.compile(r"\s*(大家|各位)?(上午|下午|晚上)好\s*[!,。]?\s*"),  # '各位媒体朋友:大家下午好!' (a greeting)
    re.compile(rf"\s*{SOURCE_BYLINE}\s*"),  # 天山网讯(记者…), 羊城晚报讯 16日晚
    # several outlets of one group before their byline: '新安晚报 安徽网 大皖新闻讯 4月20日,…'
    re.compile(rf"\s*{OUTLET_GROUP}"),
    # (or before their byline a mirror lost to '?': '新安晚報 安徽網 大皖新聞?5月16日,…', 記者 unencodable)
    re.compile(r"\s*([\u4e00-\u9fff]{2,10}(网|網|报|報|台|新闻|新聞|客户端|融媒)\s+){1,3}"
               r"[\u4e00-\u9fff]{2,10}(网|網|报|報|台|新闻|新聞|客户端|融媒)\s*\?+\s*(?=\d{1,2}\s*月)"),
    # ('参考消息网7月15日报道 据路透社…': a paper's report of the foreign press)
    # ('央广网1月21日北京消息(记者 某某) 21日下午,…': or its place and 消息 after the day)
    re.compile(r"\s*\S{0,12}(社|网|报|台|电视台|客户端|新闻)\s*\S{0,8}?\d{1,2}\s*月\s*\d{1,2}\s*日\s*"
               r"(电|讯|报道|[\u4e00-\u9fff]{0,6}?消息(?=\s*[(\s]))\s*"),
    # any outlet's dispatch, named or not like a medium: '火力直播2月24日讯'
    # (two outlets of one group, and the hour: '华龙网-新重庆客户端3月8日17时讯')
    re.compile(r"\s*[\u4e00-\u9fffA-Za-z]{2,12}?([-—·][\u4e00-\u9fffA-Za-z]{2,12}?)?\s*\d{1,2}\s*月\s*\d{1,2}\s*日"
               r"(\s*\d{1,2}\s*[时点](\s*\d{1,2}\s*分)?)?\s*(讯|电(?![视台话影力子脑网器动]))\s*"),
    # a report of another body's statement: '滁州市政府网发布消息称,' (what it said is the news)
    re.compile(r"\s*[^,。!?;:]{2,30}(发布|发出)(消息|通报|公告)\s*(称|说)\s*[,:]\s*"),
    # a reporter filing from a place: '21世纪经济报道记者施某自上海报道 6月15日,…'
    re.compile(r"\s*[^,。\s]{0,16}记者\s*[\u4e00-\u9fff]{2,4}(\s*[\u4e00-\u9fff]{2,4}){0,2}\s*(自|从|在)[\u4e00-\u9fff]{2,8}报道\s*"),
    # an outlet's name before its reporters in brackets: '枝江融媒(记者 某某 某某)10月22日,…'
    re.compile(r"\s*[\u4e00-\u9fff]{2,12}\s*[(][^()]{0,10}(记者|通讯员)[^()]{0,40}[)]\s*"),
    # the writers' names in brackets after the byline, set apart by a lost '·': '…网讯(皇某?李某)?截至…'
    re.compile(r"\s*[(][\u4e00-\u9fff]{2,4}([\s?·・•、]+[\u4e00-\u9fff]{2,4}){1,3}[)]\s*\??\s*"),
    re.compile(r"\s*消息\s*[,:]\s*"),  # ('6月28日消息,国务院…': the word after the day of a dispatch)
    re.compile(r"\s*(摄影报道|图文报道)\s*"),  # '记者 某某 某某 摄影报道12月8日晚,…'
    re.compile(r"\s*(报道|报导)\s*:\s*"),  # ('记者 某某 某某 報導:3月15日,…': the byline's last word, left alone)
    # the issuing body over its text, run onto the line: '某县…疫情防控应急指挥部 当前,全市…'
    re.compile(r"\s*[\u4e00-\u9fff]{4,40}(指挥部|办公室|领导小组|人民政府|委员会)(?=\s+\S)\s+"),
    # an outlet's dispatch, its writers in brackets: '智慧邵阳县4月9日(唐圭 翁煜)4月8日上午,…'
    re.compile(r"\s*[\u4e00-\u9fff]{2,12}?\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*[(](?!星期|周|农历)"
               r"[\u4e00-\u9fff]{2,4}(\s+[\u4e00-\u9fff]{2,4}){0,3}[)]\s*"),
    # a wire's dateline written the English way: '北京,7月20日(新华社)——'
    re.compile(r"\s*[\u4e00-\u9fff]{2,8}\s*,\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*[(][^()]{2,8}社[)]\s*[—-]*\s*"),
    re.compile(r"\s*[^,。|]{0,16}(客户端|日报|晚报|新闻|融媒|发布)\s*[|]\s*(记者|通讯员)[^,。\d]{0,24}?(?=\d{1,2}\s*月|[,\s])\s*"),
    re.compile(r"\s*(记者|通讯员)(\s*[\u4e00-\u9fff]{2,4}){1,4}\s+"),
    re.compile(r"\s*(记者|通讯员)\s*[\u4e00-\u9fff]{2,4}(?=\d{1,2}\s*月\s*\d{1,2}\s*日)"),  # '记者 文骥3月26日,…'
    # the body and writer who sent it in, in brackets: '清风网讯(某县某镇人民政府:张三)…'
    re.compile(r"\s*[(][^()]{2,30}:\s*[\u4e00-\u9fff]{2,4}([\s、·]+[\u4e00-\u9fff]{2,4}){0,3}[)]\s*"),
    # '四川日报记者 石小宏11月20日,…': an outlet's reporter, the day run on after the name
    re.compile(r"\s*[\u4e00-\u9fff]{2,10}(日报|晚报|报|网|台|新闻|客户端)(全媒体)?(记者|通讯员)\s*[\u4e00-\u9fff]{2,4}(?=\d{1,2}\s*月)"),
    # '自2022年1月19日7时起,…': when what follows takes effect
    re.compile(r"\s*(自|从)\s*(?=(\d{4}\s*年)?\s*\d{1,2}\s*月\s*\d{1,2}\s*日)"),
    # '2020年9月、2021年4月和7月,': the months of what follows (a month alone, only with its comma)
    re.compile(r"\s*(\d{4}\s*年)?\s*\d{1,2}\s*月(\s*[、和及与至—-]\s*(\d{4}\s*年)?\s*\d{1,2}\s*月)*份?"
               r"(以来|中旬|上旬|下旬|初|底|末)?\s*,\s*"),
    # '10月19日-10月22日,': the days of what follows
    re.compile(r"\s*(\d{4}\s*年)?\s*\d{1,2}\s*月\s*\d{1,2}\s*日(\d{1,2}\s*[时点])?\s*[-—至到~]\s*(\d{1,2}\s*月)?\s*\d{1,2}\s*日"
               r"(\d{1,2}\s*[时点])?\s*,?\s*"),  # (or hours: '10月30日24时至10月31日18时,')
    # '7日0时至24时,': the hours of one day the figures cover
    re.compile(r"\s*((\d{4}\s*年)?\s*\d{1,2}\s*月)?\s*\d{1,2}\s*日\s*\d{1,2}\s*[时点]\s*[-—至到~]\s*(\d{1,2}\s*日)?\s*"
               r"\d{1,2}\s*[时点]\s*,?\s*"),
    re.compile(
        r"\s*(当地时间)?\s*(\d{4}\s*年)?\s*(\d{1,2}\s*月)?\s*\d{1,2}\s*[日号]\s*"
        # (its hour in figures or in words: '8月8日四时许,')
        r"(上午|下午|晚上|晚间|晚|早上|早晨|凌晨|中午|傍晚|夜间|夜|白天|全天|起|以来)?\s*((\d{1,2}|[一二三四五六七八九十]{1,3})\s*[时点]"
        r"(\s*\d{1,2}\s*分|[一二三四五六七八九十]{1,3}分?(?=[,许左起]))?(许|左右|起)?|\d{1,2}:\d{2}\s*时?)?\s*"
    ),
    # '截至昨日15时,' / '截至目前,': the time of the figures that follow, not the news
    # ('截至2月16日(正月二十三),': with the lunar day in brackets)
    re.compile(r"\s*截[至止]\s*[^,。!?;:]{0,16}?(时|点|日|目前|当前|发稿时)(\s*\d{1,2}\s*分)?(许|左右)?"
               r"(\s*[(][^()]{1,8}[)])?\s*,"),
    # '某某网/某某头条客户端通讯员某某报道,': a byline run into the lead ('通讯员某某、某某报道:')
    re.compile(r"\s*[^,。!?;:()\[\]【】]{0,30}?(记者|通讯员)\s*[\u4e00-\u9fff]{2,4}((\s+|、)[\u4e00-\u9fff]{2,4}){0,3}"
               r"\s*(报道|报导|采写)\s*[,:]?\s*"),  # (報導, as Hong Kong and Taiwan write it)
    re.compile(r"\s*(今天|今日|昨天|昨日|当天)?\s*[(]\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*[)]\s*"),  # 今天(2月19日)
    re.compile(r"\s*(今|昨|前)\s*[(]\s*\d{1,2}(\s*[.月]\s*\d{1,2})?\s*[)]\s*日\s*(上午|下午|晚上|晚间|晚)?\s*"),  # 昨(8.1)日
    # a wire's dispatch without its day: '中国国际新闻传媒网(田某某)新疆电 近日,…'
    re.compile(r"\s*[^,。\s()]{2,16}(网|社|台|报)\s*[(][\u4e00-\u9fff\s]{2,12}[)]\s*[\u4e00-\u9fff]{2,6}电\s*"),
    re.compile(r"\s*(上午|下午|晚上|早上|中午|凌晨)\s*\d{1,2}\s*[时点](\s*\d{1,2}\s*分|半)?(许|左右)?\s*"),  # 下午3点
    re.compile(r"\s*(周|星期)[一二三四五六日天]\s*((上午|下午|晚上|晚间)\s*,?|,)\s*"),  # '周一,…': a weekday
    re.compile(r"\s*\d?\s*年(?=\s*\d{1,2}\s*月\s*\d{1,2}\s*[日号])"),  # a year lost in scraping: 年4月22日, 1年1月31日
    # a copy's stamp glued to the day the lead opens with: '2022-03-24 09:223月22日,…'
    re.compile(rf"\s*{FULL_DATE_STAMP}(?=\d{{1,2}}\s*月\s*\d{{1,2}}\s*日)"),
    re.compile(r"\s*\d{1,2}\s*[-—–~至]\s*\d{1,2}\s*[时点]\s*"),  # 0—24时, 0-12时
    re.compile(r"\s*[(][\u4e00-\u9fff]{2,4}[)]\s*"),  # (王思迪)
    re.compile(r"\s*(广大|各位|全体|亲爱的)[\u4e00-\u9fff]{1,6}?(朋友们|朋友|同志们|们)?\s*:\s*"),  # 广大居民: (a notice's salutation)
    re.compile(r"\s*(记者|通讯员)?\s*(从|在)?[^,。]{0,80}(获悉|了解到|得知|看到|见到)\s*[,:]"),  # 记者从…获悉,
    # '记者在…采样点见到“80后”志愿者某某时,': the reporter's visit framing what follows
    re.compile(r"\s*\S{0,8}(记者|通讯员)\s*(在|于)[^,。]{2,40}(看到|见到)[^,。]{0,24}[,:]"),
    re.compile(r"\s*(据|来自)[^,。]{0,40}(消息|报道|通报)\s*[,:]?"),  # 据“北京朝阳”客户端消息,
    re.compile(r"\s*接到?[^,。]{2,30}(报告|通报)\s*,"),  # '接黔南州卫生健康局报告,': who told the writer
    # '大陆卫健委3日通报,2日,新增…': who reported, on which day; the news follows
    re.compile(r"\s*[\u4e00-\u9fff]{2,12}?\d{1,2}\s*日\s*(通报|发布|公布)\s*[,:]\s*"),
    # 国际在线贵州消息:, 央视网消息(记者某某)
    # (with its place and day: '央广网北京11月1日消息(记者…)')
    re.compile(r"\s*[^,。:\s(]{2,10}(在线|网|社|台|新闻|客户端|日报|晚报)[^,。:\s(\d]{0,6}?(\d{1,2}\s*月\s*\d{1,2}\s*日)?消息"
               r"\s*([:,]|(?=[(])|\s(?=\s*\d{1,2}\s*月))\s*"),  # ('今日竹山网消息 1月31日,…')
    # ('今天上午10时,': with its hour)
    re.compile(r"\s*(近日|日前|刚刚|今天|今日|昨天|昨日|近期|目前|连日来|当天|当日|昨晚|今晚|昨夜|今晨|今早|昨晨)\s*(上午|下午|晚上|晚间|晚)?\s*"
               r"(\d{1,2}\s*[时点](\s*\d{1,2}\s*分|半)?(许|左右)?\s*,?)?\s*"),
    # '“这个是免费的吗?”“…几点到几点?”……10月27日上午11时,': what people asked, opening a feature before its news
    re.compile(r"\s*(“[^“”]{2,40}”\s*){1,4}(……|…)\s*"),
    # '(一月十五日)下午,', '(15日)下午': the day in brackets after 今天
    re.compile(r"\s*[(]\s*([一二三四五六七八九十〇]{1,3}月)?[一二三四五六七八九十〇\d]{1,3}日\s*[)]\s*(上午|下午|晚上|晚间|晚)?\s*"),
)
# A document's heading run into its first paragraph on one line (pages that lost their line breaks): the kind
# of document, maybe its number, then white space before the text. Not a lead that cites a notice (根据…通告).
# Whom a notice addresses, after its heading: '各位父老乡亲、商户:', '广大居民朋友:'
_ADDRESSED = r"(各位|广大|全体|尊敬的|亲爱的)[^,。:]{1,20}:"
RUN_IN_HEADING = re.compile(
    # ('关于暂停…经营活动,强化…工作的通知 各乡镇…:': a 关于 heading may hold a comma)
    r"(?:关于[^。;:!?《》“”]{4,70}?|(?!根据|按照|依据|为了|为|经)(?:[^,。;:!?《》“”]|“[^“”,。]{1,12}”){4,60}?)"
    r"(通告|公告|通知|通报|命令|\d+号令|决定|倡议书|公开信|告知书)"
    r"(\s*[〔\[(]\s*\d{4}\s*[〕\])]\s*第?\s*\d+\s*号|\s*[(]?\s*第\s*\d+\s*号\s*[)]?)?"
    # (or glued to its salutation: '关于暂时取消…赶集活动的通告各位父老乡亲、商户: 鉴于…', or to its first words:
    # '乐清市关于疫情防控“三区”调整的通告根据国家和省、市…')
    rf"(?=\s|{_ADDRESSED}|(根据|按照|依据|为进一步|为切实|为全面)[^。]{{6}})"
    # (or, when it is a 关于 heading, to the situation it answers: '某县关于开展…核酸检测通告近期,国内多地发生疫情'; not
    # a news sentence, '市教育局发出通知近期全市中小学生…')
    r"|[^,。;:!?《》“”]{0,20}关于[^。;:!?《》“”]{4,70}?(?:通告|公告|通知|通报)(?=(?:近期|近日|当前|目前|鉴于)[^。]{6})"
)
# The same with the number before the kind and no space before the text, which opens as notices do.
_RUN_IN_NUMBERED_HEADING = re.compile(
    r"(?!根据|按照|依据|为了|为|经)[^,。;:!?《》“”\s]{4,40}?[〔\[(]\s*\d{4}\s*[〕\])]\s*第?\s*\d+\s*号\s*(通告|公告|通知|令)"
    r"(?=为|根据|按照|依据|鉴于|经|近期|近日|当前|目前)"
)
# '10月10日,滨海新区关于调降部分风险区等级的通告': the day a document was issued, before its title.
_DAY_BEFORE_DOCUMENT = re.compile(r"^\d{1,2}\s*月\s*\d{1,2}\s*日\s*[,，]\s*(?=\S{6,}(通告|公告|通知|布告)$)")
# '02.29 黔西南州…召开会议': a portal's day before the headline (dating reads the day from it)
# ('02.02 河北涿鹿:“网格化”让…': a short place and its colon may follow)
DOTTED_DAY_BEFORE = re.compile(r"^(0[1-9]|1[0-2])\.(0[1-9]|[12]\d|3[01])\s+(?=[\u4e00-\u9fff]{2}.{4})")
_RUN_IN_AGENCY = re.compile(r"\s+[\u4e00-\u9fff]{2,8}(社|网|报|台|新闻)[\u4e00-\u9fff]{0,6}\d{1,2}月\d{1,2}日电"
                            # ('陕西宝鸡:志愿者深入农村防疫一线文化艺术网-文化艺术报讯(记者 某某)…': a site and its paper)
                            r"|(?P<site>[\u4e00-\u9fff]{2,8})网\s*[-—]\s*(?P=site)报讯\s*[(（]\s*(记者|通讯员)")
_RUN_IN_DATELINE = re.compile(r"\s*(19|20)\d{2}-\d{1,2}-\d{1,2}(?!\d)")
_LEAD_PUNCTUATION = re.compile(r"[\s,;:、.?!■●◆★]+")
_SENTENCE_STOP = re.compile(r"[。!?]")
_CLAUSE_STOP = re.compile(r"[,;]")


@dataclass(frozen=True)
class Headline:
    text: str
    lines: tuple[int, ...]  # the header lines it was printed on


_SALUTED = re.compile(r"[们們][,:]\s*(大家|你们|您们|您)好[!。]?$")


def looks_like_headline(line: str, key: str) -> bool:
    text = _ARROWS_AFTER.sub("", _SHARE_LABEL_AFTER.sub("", _MORE_LINK_AFTER.sub("", line.strip())))
    # ('…启动全市全员核酸检测>>详情': a teaser's link to the page; '…46例分享到:': a share button's label;
    # '…通报11月22日区域核酸检测结果→': a post's arrow pointing to its text)
    key = _ARROWS_AFTER.sub("", _SHARE_LABEL_AFTER.sub("", _MORE_LINK_AFTER.sub("", key.strip())))
    if _INTRODUCES_A_BULLETIN.search(key.strip()):
        return False  # '9月1日,广东省卫健委发布通报:' introduces what follows
    if _SALUTED.search(key.strip()):
        return False  # '广大居民朋友们,大家好!': a letter's salutation and greeting
    if text != _without_cell_bar(text):  # '曲陽縣關于…的通告 |': a table's cell copied as text
        text, key = _without_cell_bar(text), _without_cell_bar(key.strip())
    # '…启动第八轮全员核酸检测! 发布时间:2021-10-03 12:20 来源:…': a headline with its dateline and source after it,
    # judged without them (clean_headline drops them; not a farm's name over its bare stamp: '城市镜像.新闻汇总 2020-03-26')
    dateline_after = HEADLINE_WITH_ITS_SOURCE.search(key.strip())
    if dateline_after and len(text) == len(key.strip()):
        text, key = text[:dateline_after.start()], key.strip()[:dateline_after.start()]
    # '2022-10-04 新疆:坚持非必要不离疆': a headline with its day printed before it, judged without the day.
    dated = DAY_BEFORE_PLACE_HEADLINE.match(key.strip())
    if dated:
        text, key = text[dated.end():], key.strip()[dated.end():]
    # A hijacked site's headline with an SEO chain in place of the county's name: judged without the chain.
    unspammed = strip_spam_prefix(text)
    if unspammed != text:
        text, key = unspammed.strip(), match_key(unspammed).strip()
    # '➤关于开展…的通告:' introducing the notice below it: the headline without its arrow and colon.
    # ('…全员核酸检测的公告(3月14日):' with the day it concerns after its kind, '…的通告(第4号):' its number)
    # ('➤吉安永丰县调整划定5个高风险区及9个中风险区:' a repost's arrowed heading over the text, not a salutation)
    if _ends_with_its_kind(key.strip().rstrip(":").lstrip("➤►▶■●◆★· ")) or _ARROWED_HEADING.fullmatch(key.strip()):
        key = key.strip().rstrip(":").lstrip("➤►▶■●◆★· ")
        text = text.rstrip(":：").lstrip("➤►▶■●◆★· ")
    # '[爆料] 西乡大年初一紧急通知,互相告知': a forum thread's title after its category, judged without it
    category = _FORUM_CATEGORY.match(key.strip())
    if category:
        text, key = text.strip()[category.end():], key.strip()[category.end():]
    # '告居民书', '紧急通知': a document's kind alone can be its whole headline.
    shortest = SHORT_DOCUMENT_HEADLINE if DOCUMENT_KIND_END.search(key.strip()) or key.strip().endswith("书") \
        else HEADLINE_MIN
    if _KIND_ALONE.fullmatch(key.strip()):
        shortest = len(key.strip())  # '倡议书' over its salutation: the kind of document is the whole headline
    return (
        shortest <= len(text) <= HEADLINE_MAX
        and han_count(text) >= min(4, shortest)
        and not key.endswith(_NOT_HEADLINE_END)
        and not key.startswith(("—", "-", "•", "·"))
        and not _LABEL_PREFIX.match(key)
        and not is_chrome_line(key)
        and not is_metadata_line(key)
        and not _is_not_a_headline(key)
        and not TABLE_ROW.match(key.strip())  # '1 | 高风险区… | 点对点转运,7 天集中隔离 |': a table's row
    )


_FORUM_CATEGORY = re.compile(r"\[[\u4e00-\u9fff]{2,4}\]\s+(?=\S)")


def find_headline(lines: list[str], keys: list[str], header: list[int], text_after: str = "") -> Headline | None:
    """The page's headline (see _headline_as_found), in full: where a farm's copy of it lost its digits or was cut
    short further up, and with the dashed subtitle a bare 倡议书 needs."""
    found = _headline_as_found(lines, keys, header, text_after)
    if found is None:
        return None
    found = _with_subtitle_letter(_with_digits_restored(found, lines, keys, header), lines, keys, header)
    return _without_outlet_after(_in_full_further_down(found, lines, keys), lines, keys, header)


def _without_outlet_after(found: Headline, lines, keys, header: list[int]) -> Headline:
    """'127例阳性!西安全市小区单位封闭管理 中国日报双语新闻' under '127例阳性!西安全市小区单位封闭管理': the headline
    again with the outlet it came from, which is no part of it."""
    outlet = _SPACED_OUTLET_AFTER.search(found.text) or _SPACED_PAPER_AFTER.search(found.text)
    if outlet is None or len(found.lines) != 1:
        return found
    bare = match_key(found.text[:outlet.start()]).strip()
    below = next((j for j in range(found.lines[0] + 1, len(keys)) if keys[j].strip()), None)
    if below is not None and _STAMP_ALONE.fullmatch(keys[below].strip()):
        # ('江苏省徐州市多地调整为中风险地区 新京报' over '2022-04-01 15:41:00': the outlet's name before its stamp)
        return Headline(found.text[:outlet.start()].strip(), found.lines)
    for i in header:
        if i < found.lines[0] and keys[i] == bare:
            return Headline(clean_headline(lines[i]), (i,))
    return found


_SPACED_OUTLET_AFTER = re.compile(r"\s+[\u4e00-\u9fff]{1,8}(网|網|社|新闻|新聞|客户端|客戶端|日报|日報|发布|發佈)$")
_SPACED_PAPER_AFTER = re.compile(r"\s+[\u4e00-\u9fff]{0,6}(日报|日報|晚报|晚報|晨报|早报|商报|时报|時報|都市报|青年报|法治报|法制报"
                                 r"|京报|京報|导报)$")
_STAMP_ALONE = re.compile(FULL_DATE_STAMP)


def headline_with_a_full_stop(lines: list[str], keys: list[str], header: list[int], lead: int | None) -> Headline | None:
    """'福建省霞浦县划定了高,中,低风险区。' over '福建省宁德市霞浦县官方4日凌晨发布通报称,划定高风险…': a content farm's
    headline written as a sentence with its full stop, the page's only line above the lead, which the lead restates
    (an article's own first sentence is not said again in the next)."""
    filled = [i for i in header if keys[i].strip()]
    if lead is None or len(filled) != 1:
        return None
    i = filled[0]
    key = keys[i].strip()
    if not key.endswith("。") or len(key) > _FULL_STOP_HEADLINE_MAX or re.search(r"[。!?;]", key[:-1]):
        return None
    text = lines[i].strip()[:-1].rstrip()
    pairs = set(han_pairs(key[:-1]))
    if not pairs or not looks_like_headline(text, key[:-1].rstrip()):
        return None
    restated = sum(1 for pair in pairs if pair in keys[lead]) / len(pairs)
    return Headline(clean_headline(text), (i,)) if restated >= _RESTATED_SHARE else None


_FULL_STOP_HEADLINE_MAX = 32
_RESTATED_SHARE = 0.5


def _in_full_further_down(found: Headline, lines, keys) -> Headline:
    """'日本华人论坛 东京解禁后…政府不排除再次宣' over the text, '东京解禁后…政府不排除再次宣布紧急状态' under its lead:
    a page title cut short (after the site's name) is the headline printed in full further down."""
    found_key = match_key(found.text).strip()
    # ('【要闻】某区迎接国家…疫情防' at the top, '原题目:【要闻】某区迎接国家…疫情防控专项督查' at the foot)
    for i in range(found.lines[-1] + 1, len(keys)) if len(found_key) >= _CUT_TITLE_REST_MIN else ():
        original = ORIGINAL_TITLE.match(keys[i])
        full = clean_headline(printed_from(lines[i].strip(), keys[i], original.start(1), original.end(1))) \
            if original else ""
        if match_key(full).startswith(found_key) and len(full) > len(found.text) \
                and looks_like_headline(full, match_key(full)):
            return Headline(full, found.lines)
    words = found_key.split()
    if len(words) < 2:
        return found
    for n in range(1, len(words)):
        rest = " ".join(words[n:])
        if len(rest) < _CUT_TITLE_REST_MIN:
            break
        for i in range(found.lines[-1] + 1, min(len(keys), found.lines[-1] + _CUT_TITLE_LOOK_DOWN)):
            if keys[i].startswith(rest) and len(rest) < len(keys[i]) <= HEADLINE_MAX \
                    and looks_like_headline(lines[i], keys[i]):
                # (the text starts where it did: the lead may stand between the two)
                return Headline(clean_headline(lines[i]), found.lines)
    return found


_CUT_TITLE_REST_MIN = 12
_CUT_TITLE_LOOK_DOWN = 12


def _with_subtitle_letter(found: Headline, lines, keys, header: list[int]) -> Headline:
    """'倡议书' over '——致广大市民的一封信': a bare document kind is headed together with its dashed subtitle,
    which says whom it addresses; so is a letter's headline ('在家战斗 “闷”死病毒' over '——致全体某区居民的一封信')."""
    alone = _KIND_ALONE.fullmatch(match_key(found.text).replace(" ", ""))
    below = [i for i in header if i > found.lines[-1] and keys[i]]
    subtitle = re.match(r"^[—-]{1,2}\s*致\S{2,30}$", keys[below[0]]) if below else None
    if subtitle and (alone or _LETTER_KIND_END.search(keys[below[0]])):
        return Headline(found.text + lines[below[0]].strip(), found.lines + (below[0],))
    return found


_LETTER_KIND_END = re.compile(r"(一封信|公开信|倡议书|慰问信|感谢信|告知书)$")


def _with_digits_restored(found: Headline, lines, keys, header: list[int]) -> Headline:
    """'月日起瓦房店全市暂停堂食' over '3月20日起瓦房店全市暂停堂食': a content farm's title line that lost its
    digits is the headline printed in full further down."""
    found_key = match_key(found.text)
    if any(c.isdigit() for c in found_key):
        return found
    for i in header:
        if i > found.lines[-1] and any(c.isdigit() for c in keys[i]) \
                and "".join(c for c in keys[i] if not c.isdigit()).strip() == found_key:
            return Headline(clean_headline(lines[i]), (i,))
    return found


def _headline_as_found(lines: list[str], keys: list[str], header: list[int], text_after: str = "") -> Headline | None:
    """The page's headline: the nearest headline-shaped line (or headline printed over several lines) above
    the page's first dateline, else above the lead. Read upwards, past metadata, bylines, captions and chrome;
    navigation, site names and spam stand further up, so they are not reached first. A headline below the
    dateline is a document quoted in the article (the notice a news report reproduces)."""
    repeated = _repeated_headline(lines, keys, header, text_after)
    if repeated is not None:
        return repeated
    # '首页 > 社区 > 正文' over '• 司家庄社区居民加入防疫志愿队 共同守护家园': the text's headline, printed as an item
    filled = [i for i in header if keys[i].strip()]
    for i, below in zip(filled, filled[1:]):
        bulleted = _BULLETED.match(keys[below].strip())
        # (with only the page's widgets under it: '点击数: 【字体: 收藏 打印文章 …')
        if _TEXT_CRUMB_END.search(keys[i].strip()) and bulleted \
                and all(is_chrome_line(keys[j]) or is_metadata_line(keys[j]) for j in filled if j > below):
            text = lines[below].strip()[bulleted.start(1):]
            if looks_like_headline(clean_headline(text), match_key(clean_headline(text))):
                return Headline(clean_headline(text), (below,))
    # A forum thread's title carries its copy-link button ('海南省疾控中心发布重要提醒 [复制链接]'), however many
    # short lines of the post stand between it and the text.
    for n, i in enumerate(header):
        if FORUM_THREAD_TITLE.search(keys[i]):
            # (its poster may close it with a full stop: '…的通告。 [复制链接]')
            text = FORUM_THREAD_TITLE.sub("", lines[i].strip()).rstrip("。")
            if text and looks_like_headline(text, FORUM_THREAD_TITLE.sub("", keys[i]).rstrip("。")):
                return Headline(clean_headline(text), (i,))
            # (the button on a line of its own, under the title)
            if not text and n > 0 and looks_like_headline(lines[header[n - 1]], keys[header[n - 1]]):
                return Headline(clean_headline(lines[header[n - 1]]), (header[n - 1],))
    # A content farm's table of contents over the text ('文章目录:' / '一、划定一个高风险区…!某市举行…发布会'): its
    # first entry is the article's headline, numbered.
    for i, below in zip(header, header[1:]):
        entry = _FIRST_CONTENTS_ENTRY.match(keys[below].strip()) if _CONTENTS_LABEL.fullmatch(keys[i].strip()) else None
        if entry:
            text = printed_from(lines[below].strip(), keys[below].strip(), entry.end())
            if looks_like_headline(text, match_key(text)):
                return Headline(clean_headline(text), (below,))
    # A wiki's page title stands over its tagline ('维基文库,自由的图书馆'), above the work's own heading, which
    # may leave out the issuer's place ('市新型冠状病毒感染的肺炎疫情防控指挥部通告').
    for n, i in enumerate(header[1:], start=1):
        if _WIKI_TAGLINE.match(keys[i].strip()) and looks_like_headline(lines[header[n - 1]], keys[header[n - 1]]):
            return Headline(clean_headline(lines[header[n - 1]]), (header[n - 1],))
    # A headline with the day it was issued glued on ('…紧急提醒2022年2月22日') heads the page, over the
    # subheadings of the notice below it ('以下来(返)新人员立即主动报备').
    # (or printed after a space, on an e-paper: '疫情防控情况通报 2022年05月16日'; not an outlet's name and day,
    # '四川观察 2020年02月04日': it names the epidemic)
    for i in header:
        spaced = _HEADLINE_SPACED_DATE.search(keys[i])
        if spaced and not _SUBJECT_WORDS.search(keys[i][:spaced.start()]):
            continue
        glued = spaced or HEADLINE_DATE_GLUED.search(keys[i])
        if glued:
            text, text_key = lines[i].strip()[:glued.start()], keys[i][:glued.start()].strip()
            if looks_like_headline(text, text_key):
                return Headline(clean_headline(text), (i,))
            break
    joined: dict[int, list[Headline]] = {}
    for candidate in joined_headlines(lines, keys, header):
        joined.setdefault(candidate.lines[-1], []).append(candidate)
    # (Not a site clock: '今天是:2025年8月18日 星期一' stands in the top bar, above the site's own name.)
    datelines = [i for i in header if (is_dateline(keys[i]) or is_metadata_line(keys[i])) and not _SITE_CLOCK.search(keys[i])]
    # An e-paper's bar (its date and font buttons, '2021年07月28日 星期三 放大 缩小 默认') stands over the article's
    # headline; above it are the page's other headlines.
    bars = [i for i in datelines if FONT_BUTTONS.search(keys[i])]
    if bars:
        found = _nearest_headline(lines, keys, [i for i in header if i >= bars[-1]], joined, text_after)
        if found is not None:
            return found
    # The first dateline with a headline above it: an open-government table may stand above the headline.
    for dateline in datelines:
        # ('我国新冠病毒疫苗接种已覆盖12.25亿人 发布时间:2021-11-21 来源:新华网' under a spam line: the headline is
        # on the dateline's own line)
        if HEADLINE_DATELINE_AFTER.search(keys[dateline]) and looks_like_headline(lines[dateline], keys[dateline]):
            return Headline(clean_headline(lines[dateline]), (dateline,))
        above = [i for i in header if i < dateline and keys[i]]
        if above and (_spaced_headline(lines[above[-1]], keys[above[-1]]) or GALLERY_SLIDE.match(keys[above[-1]])):
            return Headline(clean_headline(lines[above[-1]]), (above[-1],))
        # Between the site's breadcrumb and the dateline ('您当前的位置 : 聚焦海口>原创>' / '义剪、…温暖了整个海口' /
        # '海口网 … 时间:2020-03-08 15:32'): the headline, however little of it a copy's cut-off text repeats.
        if len(above) >= 2 and is_breadcrumb(keys[above[-2]]) and looks_like_headline(lines[above[-1]], keys[above[-1]]):
            return Headline(clean_headline(lines[above[-1]]), (above[-1],))
        # (with no headline line over the dateline, a breadcrumb's last step: '首页 » 问答 » 介绍 » 截至6月9日…')
        found = _nearest_headline(lines, keys, [i for i in header if i < dateline], joined, text_after) \
            or headline_ending_the_breadcrumb(lines, keys, above)
        if found is not None:
            return found
    return _nearest_headline(lines, keys, header, joined, text_after)


_CONTENTS_LABEL = re.compile(r"(文章目录|本文目录|目录)\s*:?")
_FIRST_CONTENTS_ENTRY = re.compile(r"(一|1)\s*[、.]\s*")


def feature_subtitle(lines, keys, indices: list[int]) -> Headline | None:
    """'——寿县防控…疫情工作侧记': a feature's subtitle, when the page kept no headline above it."""
    for i in indices:
        if _FEATURE_SUBTITLE.match(keys[i].strip()):
            return Headline(clean_headline(lines[i].strip().lstrip("—―- ")), (i,))
    return None


def headline_ending_the_breadcrumb(lines, keys, indices: list[int]) -> Headline | None:
    """'首页 » 常识 » 预防 » 七星关重要提示事关清明出行': a page that prints its headline only as the last step of
    its breadcrumb."""
    for i in indices:
        steps = _CRUMB_SEPARATOR.split(lines[i].strip())
        if len(steps) >= 3 and match_key(steps[0]).strip().endswith(("首页", "主页", "位置:首页")):
            last = steps[-1].strip()
            # (a government site's disclosure columns end in a column, '…信息公开专栏 > … > 医疗救护与卫生防疫',
            # not a headline, unless a long one)
            taxonomy = any(_DISCLOSURE_COLUMN.search(match_key(step)) for step in steps[1:-1])
            shortest = _CRUMB_HEADLINE_IN_COLUMNS_MIN if taxonomy else _CRUMB_HEADLINE_MIN
            if len(last) >= shortest and looks_like_headline(last, match_key(last)):
                return Headline(clean_headline(last), (i,))
    return None


_CRUMB_SEPARATOR = re.compile(r"\s*(?:>>|»|›|>)\s*")
_CRUMB_HEADLINE_MIN = 8
_CRUMB_HEADLINE_IN_COLUMNS_MIN = 14
_DISCLOSURE_COLUMN = re.compile(r"公开|专栏|栏目")
# '…坚决打赢疫情防控阻击战" />': the end of an HTML attribute, left where a page's markup broke.
_MARKUP_LEFT = re.compile(r"[\"']\s*/?>\s*$")


def _spaced_headline(line: str, key: str) -> bool:
    """'今日起 中高风险及重点地区 来杭返杭人员 应提前2天报备' right over the dateline: a headline set in pieces,
    not a menu (a menu's items carry no figures, and none of them is about the epidemic)."""
    pieces = key.split()
    about_the_epidemic = bool(_SUBJECT_WORDS.search(key) or _MEASURE_WORDS.search(key))
    return len(pieces) >= 3 and "|" not in key and len(key) <= HEADLINE_MAX and han_count(key) >= 16 \
        and max(len(p) for p in pieces) >= 6 and bool(re.search(r"\d", key)) and about_the_epidemic \
        and not key.endswith(_NOT_HEADLINE_END) and not is_metadata_line(key) and not is_dateline(key) \
        and not is_link_row(key) and not _BREADCRUMB.search(key)
    # (an e-paper's row of its page's headlines has more pieces still; a breadcrumb's steps are no pieces)


def _repeated_headline(lines, keys, header: list[int], text_after: str) -> Headline | None:
    """A headline printed twice above the text (the page's title, then its heading) is the page's own, even
    when a notice's heading stands nearer the text ('…风险等级调整' twice, then '…办公室通告(第37号)')."""
    seen: set[str] = set()
    for i in header:
        # ('› 西安市…地区': a forum's breadcrumb ending in the thread's title; '• 某某实地调研…': a menu's item)
        key = keys[i].strip().lstrip("›»> •·").strip()
        # (Every part about the text: a content farm repeats two headlines spun together, 'X公告 Y公告'.)
        if key in seen and len(key) >= _REPEATED_HEADLINE_MIN and looks_like_headline(lines[i], keys[i]) \
                and all(_about_the_text(part, text_after) for part in key.split()):
            return Headline(clean_headline(lines[i]), (i,))
        seen.add(key)
    return None


def _nearest_headline(lines, keys, above: list[int], joined: dict[int, list[Headline]],
                      text_after: str) -> Headline | None:
    for i in reversed(above):
        if _signature_block(keys, i):
            continue  # '…疫情防控工作领导小组' over '年2月26日': an issuer over its date signs, it is no headline
        if _wrapped_paragraph_start(lines, keys, i):
            continue
        if is_duplicate_teaser(keys[i], keys):
            continue  # '导读文章来源:…' / '【导语】:…' over the text it repeats: a summary, no headline
        if issuer_under_its_heading(keys, above, i):
            continue  # '关于…暂停对外开放的通知' / '某某景区管理局' over the text: the issuer, under what it issued
        if _teaser_of_a_line_below(keys, i):
            continue
        if _value_of_a_label_above(keys, i):
            continue  # '• 发布机构' / '县人民政府办公室': an open-government table's cell, printed a cell to a line
        if _caption_after_a_credit(lines, keys, above, i):
            continue  # '© REUTERS / 某某地铁里…戴着口罩' / '地铁里…戴着口罩 - 俄罗斯卫星通讯社': a photo's caption again
        if any(f"“{keys[i]}”" in keys[j] or f'"{keys[i]}"' in keys[j] for j in above if j < i):
            continue  # '提示:点击上方"环江身边事"↑了解更多' over '环江身边事': the account the prompt names
        if any(keys[j].startswith(keys[i] + "_") for j in above if j < i):
            continue  # '疫情禁止出境国家' under '疫情禁止出境国家_国家移民管理局:…': a farm's search keyword again
        if any(keys[j] == ALBUM_LABEL for j in above if j < i and not any(keys[k] for k in range(j + 1, i))):
            continue  # '来自专辑' / '每日疫情通报': the WeChat album the post is filed in, not its headline
        if i in joined:
            best = max(joined[i], key=lambda c: len(c.text))
            if _about_the_text(match_key(best.text), text_after):
                return _announced(best, lines, keys, above, text_after)
        if looks_like_headline(lines[i], keys[i]) and (_about_the_text(keys[i], text_after)
                                                      or _document_named_below(keys, i)):
            text = clean_headline(lines[i])
            if len(text) >= SHORT_DOCUMENT_HEADLINE or _KIND_ALONE.fullmatch(match_key(text)):  # (倡議書 too)
                found = _main_over_subtitle(_with_speech_kicker(Headline(text, (i,)), lines, keys, above),
                                            lines, keys, above, text_after)
                return _announced(_untruncated(found, lines, keys, above), lines, keys, above, text_after)
    return None


_ISSUER_LINE_MAX = 30
_CREDIT_LINE_MAX = 12
_BULLETIN_HEADING = re.compile(r"疫情|通报|情况|病例|风险")  # (a credit stands under a bulletin's headline)
_VISITED = re.compile(r"走进|走访|来到|探访|看望|慰问|深入|在")  # ('走进县疾控中心': a second headline line, not a credit)
_ISSUER_PIECE_END = re.compile(r"(暨|和|及|与|、)$")  # '凉山州摩梭家园暨' / '泸沽湖旅游景区管理局': one name over two lines


def issuer_under_its_heading(keys: list[str], above: list[int], i: int) -> tuple[int, ...]:
    """The lines naming only an organisation right under a notice's heading that line ``i`` is one of (one line,
    or two joined on a conjunction: '凉山州摩梭家园暨' / '泸沽湖旅游景区管理局'); else ()."""
    filled = [j for j in above if keys[j].strip()]
    if i not in filled:
        return ()
    n = filled.index(i)
    if _ISSUER_PIECE_END.search(keys[i].strip()) and n + 1 < len(filled):
        name = issuer_under_its_heading(keys, above, filled[n + 1])  # (the name's first piece)
        return name if i in name else ()
    key = keys[i].strip()
    if len(key) > _ISSUER_LINE_MAX or not _ISSUER_END.search(key) or _CLAUSE_MARK.search(key) or " " in key:
        return ()
    name = (i,)
    if n >= 1 and _ISSUER_PIECE_END.search(keys[filled[n - 1]].strip()):
        name, n = (filled[n - 1], i), n - 1
    if n < 1:
        return ()
    heading = keys[filled[n - 1]].strip()
    # ('11月21日鄂州市疫情情况' / '湖北卫健委' over the text: a short credit under any headline)
    credit = len(name) == 1 and len(key) <= _CREDIT_LINE_MAX and _BULLETIN_HEADING.search(heading) \
        and not _VISITED.search(key) and looks_like_headline(heading, heading) and not _ISSUER_END.search(heading)
    return name if _ends_with_its_kind(heading) or credit else ()


def _teaser_of_a_line_below(keys: list[str], i: int) -> bool:
    """'4月6日消息,…全国累计报告接种新冠疫苗3283…' over the lead it cuts short: a portal's teaser, no headline."""
    key = keys[i].strip()
    stem = key.rstrip(".…").rstrip()
    return stem != key and len(stem) >= _TEASER_MIN and any(k.strip().startswith(stem) and len(k.strip()) > len(stem)
                                                             for k in keys[i + 1:])


_TEASER_MIN = 12
_DAY_AFTER_KIND = re.compile(r"\s*[(]\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*[)]$")
# An open-government table's label printed alone over its cell ('• 发布机构' / '县人民政府办公室').
OPEN_GOVERNMENT_LABEL_ALONE = re.compile(r"^[•·]?\s*(索引号|发布机构|发文机关|发文机构|发布单位|文号|发文字号|发布日期|成文日期|"
                                         r"生成日期|时效性|有效性|主题分类|体裁分类|公开方式|公开范围|所属机构|信息来源|"
                                         r"关键词|主题词)\s*:?$")
ISSUER_LABELS = frozenset({"发布机构", "发文机关", "发文机构", "发布单位"})


def _value_of_a_label_above(keys: list[str], i: int) -> bool:
    above = next((k for k in reversed(keys[:i]) if k.strip()), "")
    return bool(OPEN_GOVERNMENT_LABEL_ALONE.match(above.strip()))
_TEXT_CRUMB_END = re.compile(r"(>|»|›)\s*正文(内容)?$")  # (or "…>>正文内容")
_BULLETED = re.compile(r"^[•·]\s*(.+)$")


def _caption_after_a_credit(lines, keys, above: list[int], i: int) -> bool:
    credited = [keys[j] for j in above if j != i and "©" in keys[j]]
    return bool(credited) and any(match_key(clean_headline(lines[i])) in key for key in credited)


def _wrapped_paragraph_start(lines, keys, i: int) -> bool:
    """'云南省德宏…的瑞丽市,地处祖国西南边陲,边境线长达 169.8' / '公里,三面与北缅接壤。…': the first line of a paragraph
    wrapped at a fixed width, on a page that sets its paragraphs a blank line apart, is no headline."""
    if not (0 < i and i + 2 < len(keys)) or keys[i - 1] or keys[i + 2]:
        return False
    key, below = keys[i], keys[i + 1]
    return len(key) >= _WRAPPED_LINE_MIN and "," in key and not key.endswith(_NOT_HEADLINE_END + tuple("!?")) \
        and bool(below) and below.endswith(("。", "!", "?")) and "," in below


def _signature_block(keys: list[str], i: int) -> bool:
    """(its name may be broken over two lines: '某县新型冠状病毒肺炎' / '疫情防控工作领导小组' / '年2月26日')"""
    after = [j for j in range(i + 1, min(len(keys), i + 6)) if keys[j]]
    if not after:
        return False
    if _MID_ISSUER_END.search(keys[i]) and _signature_block(keys, after[0]):
        return True
    return bool(_ISSUER_END.search(keys[i])) and bool(_BARE_DATE_LINE.fullmatch(keys[after[0]]))


_BARE_DATE_LINE = re.compile(r"(\d{4}\s*)?年?\s*\d{1,2}\s*月\s*\d{1,2}\s*日")


def _with_speech_kicker(found: Headline, lines, keys, above: list[int]) -> Headline:
    """'张世珍在平凉督查疫情防控工作时强调' over '严把疫情防控关口坚决打赢疫情防控阻击战': a kicker naming who said it
    and where, over what was said, is one headline printed on two lines."""
    i = found.lines[0]
    up = [j for j in above if j < i and keys[j]]
    if up and _SPEECH_KICKER.search(keys[up[-1]]) and looks_like_headline(lines[up[-1]], keys[up[-1]]):
        return Headline(f"{clean_headline(lines[up[-1]])} {found.text}", (up[-1], i))
    # '浙江嘉善:' over '大小网格助力疫情防控': a newspaper's place kicker, printed on a line of its own
    # (blank lines may stand between them)
    if up and not any(keys[k] for k in range(up[-1] + 1, i)) and _PLACE_KICKER.fullmatch(keys[up[-1]]) \
            and not is_metadata_line(keys[up[-1]]) and not is_chrome_line(keys[up[-1]]):
        return Headline(lines[up[-1]].strip() + found.text, (up[-1], i))
    return found


_PLACE_KICKER = re.compile(r"[\u4e00-\u9fff]{2,6}(?<![们友志民众亲户])\s*:")


_SPEECH_KICKER = re.compile(r"(时|上|中|会议)(强调|指出|要求)$")


def _main_over_subtitle(found: Headline, lines, keys, above: list[int], text_after: str) -> Headline:
    """A newspaper page prints its main headline over a subtitle ('国家卫健委通报最新疫情' / '20日新增新冠肺炎确诊病例
    21例'): on an e-paper's page (its edition label or its bar of font buttons in the header), the upper line of
    the two is the headline."""
    i = found.lines[0]
    up = [j for j in above if j < i and keys[j]]
    # (on any page, a subtitle set in spaced phrases under an unspaced headline: '大同市开启分区分片解封按钮' over
    # '解封片区共涉77个社区 100个行政村 54.7万人')
    spaced_under_unspaced = bool(up) and _SPACED_PHRASES.fullmatch(keys[i]) is not None and " " not in keys[up[-1]]
    # (and one going on from the meeting the headline over it names: '…主持召开全市疫情防控工作会议' over
    # '会议就贯彻…精神作出部署')
    of_the_meeting_above = bool(up) and keys[i].startswith(_OF_THE_MEETING) and keys[up[-1]].endswith(("会议", "会"))
    if not up or not (spaced_under_unspaced or of_the_meeting_above or any(
            _NEWSPAPER_PAGE.search(keys[j]) or _BY_DATE.search(keys[j]) or FONT_BUTTONS.search(keys[j]) for j in up)):
        return found
    j = up[-1]
    # (not a paper's or a column's name over the headline: '文化生活报' in a menu)
    if len(keys[j]) < _REPEATED_HEADLINE_MIN or DOCUMENT_KIND_END.search(keys[i]) \
            or not looks_like_headline(lines[j], keys[j]) \
            or not _about_the_text(keys[j], text_after) or DOCUMENT_KIND_END.search(keys[j]) \
            or _CLAUSE_STOP.search(keys[j]):  # (a kicker over the main headline reads as a clause: '有…,还有…')
        return found
    return Headline(clean_headline(lines[j]), (j,))


_OF_THE_MEETING = ("会议就", "会议强调", "会议要求", "会议指出", "会议提出", "会议传达", "会议听取", "会议研究",
                   "会议通报", "会议部署")
_BY_DATE = re.compile(r"按日期(查阅|检索)|往期回顾")  # an e-paper's archive by date
_SPACED_PHRASES = re.compile(r"[^\s,。!?:]{4,}(\s+[^\s,。!?:]{2,}){1,3}")


def _announced(found: Headline, lines, keys, above: list[int], text_after: str) -> Headline:
    """A document's heading ('某区…指挥部通告') under the page's own headline: the page's headline is the title,
    the heading opens the text. That headline announces it ('全部解除!某区发布最新通告!'), names the same
    document otherwise ('陆丰至全市外出乡贤的一封信' over '陆丰市…指挥部致全市外出乡贤的一封信'), or is simply
    the first headline over it ('河南郑州一地调整为中风险地区' over '郑州市…办公室' / '关于调整…的通告')."""
    up = [j for j in above if j < found.lines[0] and keys[j]]
    # ('【湖南张家界:增加2个高风险地区】张家界市…指挥部令' under that headline: the headline again, no column's tag)
    tagged = COLUMN_TAG.match(lines[found.lines[0]].strip())
    tag_repeats_a_headline = tagged is not None and any(f"【{keys[j]}】" in keys[found.lines[0]] for j in up)
    if not DOCUMENT_KIND_END.search(DOCUMENT_NUMBER_AFTER.sub("", match_key(found.text))) \
            or (tagged and not tag_repeats_a_headline):
        return found  # ('【疫情防控•卓尼在行动】致全县政协委员倡议书', '雁塔防疫 | 关于…的倡议书': a column's tag opens
        # the page's own headline)
    # the lines right over the heading: headlines, a subtitle, a pointer to the text ('通告全文如下', '↓↓↓')
    headlines = []
    for j in reversed(up[-_ANNOUNCED_WITHIN:]):
        headline_like = looks_like_headline(lines[j], keys[j])
        # (a reprint's '原标题:…' between the page's headline and the heading, or the page's dateline:
        # '07-09 09:15 来源:本网 复制')
        if ORIGINAL_TITLE.match(keys[j]) or is_dateline(keys[j]) or _DAY_AND_CLOCK.search(keys[j]) \
                or _TEMPLATE_FILE.fullmatch(keys[j]) or _FONT_SIZE_WIDGET.fullmatch(keys[j]) \
                or _ACCOUNT_CREDIT.fullmatch(keys[j]) or (is_chrome_line(keys[j]) and "。" in keys[j]) \
                or _SHARE_WIDGET_LEFTOVER.fullmatch(keys[j]):
            continue  # (or a template's leftovers: 'index_new5.html'; a font-size widget, '字号'; the account
            # the copy is from, '“i金山”微信公众号'; a portal's tip box, '提醒:疫情未结束,…'; its share counter and
            # button, '0' / '分享至')
        if not (headline_like or _POINTER.fullmatch(keys[j])):
            break
        # (not a farm's garbled line: '转发扩散致全体某县市民抗ldqu' over '致全县居民朋友的一封信'; nor another item's
        # headline left over it, in the same subject but sharing no words: '某市儿童新冠疫苗接种时间安排' over
        # '关于某区常态化核酸检测的补充通告')
        if headline_like and not _WELCOME.search(keys[j]) and _about_the_text(keys[j], text_after, by_subject=False) \
                and not _ENTITY_LEFT.search(keys[j]):
            headlines.append(j)
    chosen = next((j for j in headlines if _ANNOUNCES.search(keys[j])), None)
    if chosen is None:
        chosen = next((j for j in headlines
                       if _same_document(match_key(clean_headline(lines[j])), match_key(found.text))), None)
    if chosen is None:
        # (not the issuer signing above its heading: '郑州市新冠肺炎疫情防控指挥部办公室')
        # (nor a teaser of the heading cut short: '示例市民,这里有一封关于共同防控新型冠')
        heading = match_key(found.text)
        # (nor a place's or a site's name over it: '国家级遂宁经济技术开发区')
        # (a headline's clauses are no issuer's name, whatever word ends them: '…:仅初婚或近亲去世方可操办')
        page_headlines = [j for j in headlines if not (_ISSUER_END.search(keys[j]) and not _CLAUSE_MARK.search(keys[j]))
                          and not _only_a_place(keys[j])
                          and not _teaser_cut_short(keys[j], heading) and han_count(keys[j]) >= _ANNOUNCING_MIN]
        chosen = page_headlines[-1] if page_headlines else None
    if chosen is None:
        return found
    # (its first half on the line above: '福州长乐区、闽侯县、连江县' / '发布最新疫情防控禁令')
    over = [j for j in up if j < chosen][-1:]
    joined = joined_headlines(lines, keys, [*over, chosen]) if over and over[0] == chosen - 1 else []
    return joined[0] if joined else Headline(clean_headline(lines[chosen]), (chosen,))


def _teaser_cut_short(upper: str, heading: str) -> bool:
    """'示例市民,这里有一封关于共同防控新型冠' over '示例市关于共同防控新型冠状病毒感染肺炎的温馨提示': a line ending
    inside the heading's words. (A news headline may end where the heading's subject does: '…小区多栋楼解除封控管控'
    over '关于…小区解除封控管控的通告'.)"""
    if len(upper) < 8:
        return False
    at = heading.find(upper[-6:])
    return at >= 0 and not _KIND_AFTER_SUBJECT.fullmatch(heading[at + 6:])


_KIND_AFTER_SUBJECT = re.compile(r"(的)?(通告|公告|通知|倡议书?|公开信|一封信|告知书|提示|温馨提示)?")


def _only_a_place(key: str) -> bool:
    """'国家级遂宁经济技术开发区': a place's (or its site's) name, saying nothing of the epidemic."""
    return bool(_PLACE_END.search(key)) and not (_SUBJECT_WORDS.search(key) or _MEASURE_WORDS.search(key))


def _same_document(upper: str, heading: str) -> bool:
    """Two titles of one document: the same kind of document, and most of the upper one's words in the heading."""
    kind_upper, kind_heading = DOCUMENT_KIND_END.search(upper), DOCUMENT_KIND_END.search(heading)
    if not kind_upper or not kind_heading or kind_upper.group(1) != kind_heading.group(1) or upper == heading:
        return False
    pairs = {upper[k:k + 2] for k in range(len(upper) - 1)}
    return sum(1 for pair in pairs if pair in heading) / len(pairs) >= _SAME_DOCUMENT_SHARE


def _document_named_below(keys: list[str], i: int) -> bool:
    """'致全县广大城乡居民的一封信' over its heading and salutation ('…的一封信:', '全县广大城乡居民朋友:'): a
    document's title names whom it addresses, which the lines under it name again, not what the text says."""
    return bool(DOCUMENT_KIND_END.search(keys[i])) and _about_the_text(keys[i], "".join(keys[i + 1:]))


def _untruncated(found: Headline, lines, keys, above: list[int]) -> Headline:
    """A headline repeated cut short near the dateline ('…调整为三级') stands in full higher up; so does one
    repeated without its opening words ('国内重点地区人员健康管理措施' under '湖北疾控发布最新国内重点地区…')."""
    found_key = match_key(found.text)
    names_its_kind = bool(DOCUMENT_KIND_END.search(found_key.rstrip("!")))  # ('…暂停对外开放营业的通知!')
    for j in above:
        if j == found.lines[0] or len(keys[j]) <= len(found.text):
            continue
        # Not the page's <title> line: the same headline with its column and site after it ('…-江西政企信息-政公网').
        # (nor a row of the page's headlines that this one opens: '今起7天“核酸+抗原” 外出就医如何…? …')
        # (nor chrome opening with it: '山东手机报订阅方式:' under the paper's name)
        if keys[j].startswith(found_key) and not _AFTER_HEADLINE_SEPARATOR.match(keys[j], len(found_key)) \
                and not keys[j][len(found_key)].isspace() and not is_chrome_line(keys[j]):
            return Headline(clean_headline(lines[j]), (j,))
        # (nor a breadcrumb or a column's tag ending in it: '首页 > 通知公告 > …', '疫情防控 | …')
        # (or a heading's last piece, printed apart: '关于…、 文化娱乐场所、景区景点 暂停对外开放营业的通知!')
        if not keys[j].endswith(found_key):
            continue
        opening = keys[j][:len(keys[j]) - len(found_key)]
        last_piece = names_its_kind and opening.endswith(" ") and "关于" in opening
        if (is_han(opening[-1]) or last_piece) and len(found_key) >= _ENDING_REPEATED_MIN \
                and not _PLAYER_PROMPT.match(opening) and looks_like_headline(lines[j], keys[j]):
            return Headline(clean_headline(lines[j]), (j,))
    return found


def _about_the_text(key: str, text_after: str, by_subject: bool = True) -> bool:
    """Whether a headline candidate shares enough of its character pairs with the text below it. A short
    document title (告居民书) and, unless not ``by_subject``, a line in the archive's own subject (疫情, 核酸 …)
    always are."""
    if len(text_after) < _RELEVANCE_MIN_TEXT or len(key) <= 6 or (by_subject and _SUBJECT_WORDS.search(key)):
        return True
    # '广州花都致全区广大市民朋友的一封信': whom a letter addresses is a formula the letter need not repeat; its
    # sender is what the text must share ('…来(返)花人员…花都区…指挥部办公室')
    letter = _LETTER_HEADLINE.fullmatch(key.strip())
    if letter:
        key = letter.group(1)
        if len(key) <= 1:
            return True
    pairs = set(han_pairs(key))
    if not pairs:
        return False
    return sum(1 for pair in pairs if pair in text_after) / len(pairs) >= _RELEVANCE_MIN_SHARE


def _without_cell_bar(text: str) -> str:
    """A line closed by a table cell's bar, its only one ('…的通告 |'), without the bar."""
    return _TABLE_CELL_END.sub("", text) if text.count("|") == 1 else text


def _ends_with_its_kind(key: str) -> bool:
    """A document's heading: its kind last, maybe with the day it concerns or its number after it
    ('…的公告(3月14日)', '…的通告(第4号)')."""
    return bool(DOCUMENT_KIND_END.search(NUMBER_AFTER_KIND.sub("", _DAY_AFTER_KIND.sub("", key))))


def printed_from(line: str, key: str, start: int, end: int | None = None) -> str:
    """The line's own script from ``start`` of its key (to ``end``), where the key (folded character for character)
    lines up with it; else the key's."""
    return line[start:end] if len(line) == len(key) else key[start:end]


def clean_headline(text: str) -> str:
    """A headline without its column tags (【快讯】) and with spaced-out letters closed up (通 告)."""
    arrowed = _ARROWED_HEADING.fullmatch(match_key(text.strip()))
    # a microblog's topic before its bracketed headline, itself a topic: '#加强疫情防控 云南在行动#【#云南省…1亿剂次#】'
    topic = _TOPIC_THEN_BRACKETED_TOPIC.fullmatch(text.strip())
    text = topic.group(1) if topic else text
    text = _WHOLLY_BRACKETED.sub(lambda m: m.group(1) or m.group(2), text.strip())  # '【今日消息-陕西汉中新增1个高风险区…】'
    text = TOPICS_BEFORE_BRACKETED.sub(r"\1", text)  # '浙江战疫浙江全力打赢…阻击战 【我省疫情防控整体形势向好,…】'
    text = COLUMN_TAG.sub("", strip_spam_prefix(_without_cell_bar(text.strip()).lstrip("➤►▶■●◆★◎· "))).strip()
    text = _MORE_LINK_AFTER.sub("", text) or text
    text = _ARROWS_AFTER.sub("", text) or text
    text = _LIST_ITEM_NUMBER.sub("", text) or text  # '1. 2022年春节回大足要隔离…吗?': a list's item number
    text = _PICTURE_NUMBER.sub("", text) or text  # '(1)重庆:坚守基层防疫的“古镇喇叭队”': a photo story's picture
    text = _AUTHOR_AND_DAY_AFTER.sub("", text).strip() or text  # '…做全员核酸检测 小龙女 10月6日'
    text = _REPEATED_IN_BRACKETS.sub(r"\1", text)  # a farm's SEO copy: '某县…的公告(某县…的公告文件)'

    if arrowed or _ends_with_its_kind(match_key(text.rstrip(":："))):
        text = text.rstrip(":：")
    if text.endswith("。") and text.count("。") == 1:
        text = text[:-1]  # '…决定启动突发公共卫生事件一级响应。': a headline printed as a sentence
    text = _SITE_SUFFIX.sub("", text).strip() or text
    text = _DAY_BEFORE_DOCUMENT.sub("", text) or text
    text = DOTTED_DAY_BEFORE.sub("", text) or text
    text = DAY_BEFORE_PLACE_HEADLINE.sub("", text) or text
    text = _PLACE_TAG_AFTER.sub("", text).strip() or text
    text = _SOURCE_AFTER.sub("", text).strip() or text
    related = _RELATED_LABEL_AFTER.search(match_key(text))  # (相關信息 too)
    text = text[:related.start()] if related else text
    text = _SEO_BRAND_AFTER.sub("", text).strip() or text
    text = _LIBRARY_AFTER_DOCUMENT.sub("", text).strip() or text
    text = _FULL_TEXT_NOTE_AFTER.sub("", text).strip() or text  # '…的通告(原文)': the copy's note, not the heading
    text = _NAME_GLUED_TWICE_AFTER.sub("", text).strip() or text  # '…输入防线金溪县人民政府金溪县人民政府': the site's
    text = _MEDIA_TAG_AFTER.sub("", text).strip() or text
    text = _WIDGET_AFTER.sub("", text).strip() or text
    text = _COLUMN_TAG_AFTER.sub("", text).strip() or text
    text = _COMPILED_FROM_AFTER.sub("", text).strip() or text
    text = _GALLERY_PICTURE_AFTER.sub("", text).strip() or text
    text = _PAGE_OF_SPLIT_ARTICLE_AFTER.sub("", text).strip() or text
    text = _SHARE_LABEL_AFTER.sub("", text).strip() or text  # '…其中內蒙古46例分享到:'
    text = HEADLINE_DATELINE_AFTER.sub("", text).strip() or text  # '…回應了! 2022-03-20 08:44:25 來源:看看新聞'
    text = HEADLINE_DATE_GLUED.sub("", text).strip() or text
    text = _CASE_LABEL_BEFORE.sub("", text).strip() or text  # '案由:(20220404)关于…的建议': a proposal's label
    text = _YEAR_KEYWORD_BEFORE.sub("", text).strip() or text  # '2022关于将…划定为封控区的通告': a farm's keyword
    if _LONE_CHARACTER_BEFORE.match(text) and DOCUMENT_KIND_END.search(match_key(text)):
        text = _LONE_CHARACTER_BEFORE.sub("", text)  # '在 兴义市人民政府关于…的通告': a stray word left before it
    text = _KEYWORD_BEFORE.sub("", text).strip() or text
    text = _DISPATCH_BEFORE.sub("", text).strip() or text
    text = _TITLE_LABEL.sub("", text).strip() or text
    text = _DATE_LABEL_AFTER.sub("", text).strip() or text
    doubled = _PRINTED_TWICE.fullmatch(text)  # '某县最新疫情防控规定某县最新疫情防控规定通知': a farm's glued copy
    text = doubled.group(1) if doubled else text
    return re.sub(r"\s+", "", text) if _SPACED_LETTERS.match(text) else text


# '…人员管控措施 (根据…明电〔2022〕61号…整理)': a note of the documents the heading was compiled from.
_COMPILED_FROM_AFTER = re.compile(r"\s*[(]根据[^()]{4,80}[)]$")
# '吐鲁番封城要封到哪时候,第1张': a gallery's picture number after the headline.
# ('…小城也需要被关注(组图)': a portal's note that pictures go with it)
_GALLERY_PICTURE_AFTER = re.compile(r"\s*[,,]\s*第\d{1,2}张$|\s*[(（](组图|多图|图|图文|视频|附视频)[)）]$|(?<=\S{6})【\d{1,2}】$")
# '28号今日疫情_从2月26日起…', '杭州肺炎一例_杭州…指挥部:不封城!': a content farm's search keyword before the headline.
_KEYWORD_BEFORE = re.compile(r"^[^_\s]{2,10}_(?=[^_]{10,}$)")
# '信件标题: 网上有关于疫情的一些传言想咨询一下': a mailbox's or a form's label for the title.
_TITLE_LABEL = re.compile(r"^(信件标题|信件標題|来信标题|來信標題|标题|標題|题目|題目)\s*:\s*(?=\S{4})")
# '…筑牢疫情防控防线时间:2020-02-14': the dateline's label run onto the headline.
_DATE_LABEL_AFTER = re.compile(r"(?<=\S{6})(?:(发布时间|发布日期)\s*:?|(时间|日期)\s*:)\s*$")  # (not '…登记时间')
# '新华社北京8月21日电': a wire's dispatch, its agency first (a fragment; publishers reads the agency from group 1).
WIRE_DISPATCH = r"([\u4e00-\u9fff]{2,8}?(?:社|网|台|报))[\u4e00-\u9fff]{0,6}?\d{1,2}\s*月\s*\d{1,2}\s*日电"
# '新华社北京8月21日电 综述:美国…': the dispatch, and its genre label, opening the headline.
_DISPATCH_BEFORE = re.compile(rf"^{WIRE_DISPATCH}\s+(?:(综述|特写|述评|通讯|新闻分析|专访)\s*[::]\s*)?(?=\S{{6}})")
_PRINTED_TWICE = re.compile(r"(\S.{5,}?)\s*\1.{0,4}")  # (or with a space between: 'X X作文')
# '…均为隔离管控人员【齐心战疫成都得行】': a column's tag after the headline.
_COLUMN_TAG_AFTER = re.compile(r"(?<=\S{8})\s*【[^】]{2,12}】$"
                               r"|(?<=\S{8})(\|[^|\s]{1,8}){2,}$"  # '…静态管理措施|疫情|新疆|乌鲁木齐市': its tags
                               # '…核酸检测的通告0焦点讯息': a farm's column glued to a notice's heading
                               r"|(?<=[告知])\d?(焦点|热点|今日|最新)(讯息|资讯|新闻|头条)$")

# 'headline 湖北省长王晓东29日表示,…': a page run into one line, its headline first and a space after it.
# (not a space set around a Latin word or a number: '黑河市出现 COVID-19 确诊病例')
# (the text may open with its day in full: '江西省…疫情最新情况 2022年12月4日0-24时,江西省新增…')
_RUN_IN_HEADLINE = re.compile(r"([^\s,。!?;:、()]{8,40})\s+(?:(?![A-Za-z0-9])|(?=\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日))"
                              r"(?=[^\s,。!?;:]{2,}[^。!?]{20,})")
_RUN_IN_REST_MIN = 60  # the line goes on as the text itself
_RUN_IN_CLAUSES_BEFORE_LEAD = re.compile(
    r"([^\s。!?;]{8,60}?)\s+(?=(从|据|记者|近日|日前|今天|今日|昨天|昨日)[^\s]{10,}|\d{1,2}月\d{1,2}日[,上下晚]"
    r"|[^\s,。]{2,24}(副主任|主任|局长|司长|处长|发言人|书记)[\u4e00-\u9fff]{2,3}(在|表示|介绍))")
_RUN_IN_BEFORE_SPACED_COLON = re.compile(r"([^\s,。!?;:、()]{8,40})\s+:\s*(?=\S)")
# (the spaced colon marks the break itself, so one sentence of lead after it will do)
_SPACED_COLON_REST_MIN = 30
# (not a clause that leads up to its day: '截至', '自', '于', '到')
_RUN_IN_BEFORE_DAY = re.compile(r"([^\s,。!?;:、()“”]{8,40}?)(?<![自于从到至在的是为止])"
                                r"(?=\d{1,2}\s*月\s*\d{1,2}\s*日\s*(上午|下午|晚上|晚间|晚)?\s*,)")
# (or before the paper's byline: '晋江新冠疫苗接种 突破200万剂次 本报讯 (记者 某某) 截至16日,…')
_RUN_IN_BEFORE_LEAD = re.compile(r"([^。!?,;:]{8,40}?)\s+(?=(根据|据悉|据了解|按照|为进一步|为切实|近日|日前)[^\s]{10,}"
                                 r"|(本报|本网|本台|本刊)[\u4e00-\u9fff]{0,8}讯)")


# A headline with its dateline (and source) on its line: '“聽說有封控小區臨時開放?“上海發布回應了! 2022-03-20 08:44:25
# 來源:看看新聞Knews綜合' (no lead, though as long as one)
_SOURCE_ON_THE_LINE = r"\s+(来源|來源)\s*[:：]\s*\S{2,30}(?:\s+\S{2,12}){0,2}"  # ('来源:新华网 新华社微博')
_DATE_LABEL_ON_THE_LINE = r"(?:(?:发布时间|发布日期|时间|日期)\s*:\s*)?"  # ('…检测! 发布时间:2021-10-03 12:20 来源:…')
HEADLINE_DATELINE_AFTER = re.compile(
    rf"(?<=\S{{8}})\s+{_DATE_LABEL_ON_THE_LINE}{FULL_DATE_STAMP}({_SOURCE_ON_THE_LINE})?$")
HEADLINE_WITH_ITS_SOURCE = re.compile(
    rf"(?<=\S{{8}})\s+{_DATE_LABEL_ON_THE_LINE}{FULL_DATE_STAMP}{_SOURCE_ON_THE_LINE}$")
# '新乡市疾病预防控制中心紧急提醒2022年2月22日': a headline with the day it was issued glued on (not a day it names:
# '…延长至2020年2月9日', '…疫情通报截至2022年2月22日')
_HEADLINE_SPACED_DATE = re.compile(r"(?<=[\u4e00-\u9fff]{6})\s+\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日$")
HEADLINE_DATE_GLUED = re.compile(r"(?<=[\u4e00-\u9fff]{6})(?<![至到止于在自从起前后])\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日$")
# 'headline pieces 2022-09-26 19:13 福州新闻 【摘要】…', '广州:…,没有封城的计划 11-25 热点 …': a page run into one line
# whose headline, however many pieces, ends where its date stamp stands.
_RUN_IN_BEFORE_STAMP = re.compile(rf"([^。!?]{{8,80}}?)\s+(?:{FULL_DATE_STAMP}|\d{{1,2}}-\d{{1,2}})\s")


_ITEM_HEADING_AFTER = re.compile(r"[一二三四五六七八九十]{1,2}\s*、")


def headline_spliced_below(lines: list[str], lead: int) -> str | None:
    """A farm's copy of the headline in 【】 spliced into a line of the text below the lead
    ('…南至后山。' / '【12月1日酉阳将部分高风险区调整为低风险区】二、执行时间'), on a page printing none above it: the one
    such line, glued before the text's own words (a round-up's bracketed section headings stand on lines of their own,
    several of them)."""
    spliced = [(found, line.strip()) for line in lines[lead + 1:] if (found := bracketed_headline(line.strip()))]
    if len(spliced) != 1:
        return None
    (found, line), = spliced
    key, rest = match_key(found), match_key(strip_bracketed_headline(line))
    if rest and (_DAY_OPENING.match(key) or _ITEM_HEADING_AFTER.match(rest)) and looks_like_headline(found, key):
        return clean_headline(found)
    return None


def run_in_headline(line: str) -> str | None:
    """The headline a one-line page opens with, when a space parts it from the text (or brackets set it off:
    '【确保春运安全高效 海口统筹做好…工作】28日上午,…')."""
    text = STAMP_BEFORE_BRACKETS.sub("", strip_spam_prefix(line.strip()), count=1)
    weibo = _WEIBO_RUN_IN.match(text)
    if weibo:  # '#喀什疫情防控#[喀什通報:#疏附縣…陽性#]10月29日晚,…': a post's topic, then its headline in brackets
        text = "【" + weibo.group(1).replace("#", "") + "】" + text[weibo.end():]
    key = match_key(text)
    bracketed = _BRACKETED_RUN_IN.match(key)
    # (a post's headline is marked as such: the text may go on below rather than on its line)
    if bracketed and len(key) - bracketed.end() >= (_RUN_IN_REST_MIN // 3 if weibo else _RUN_IN_REST_MIN) \
            and looks_like_headline(text[1:bracketed.end() - 1], bracketed.group(1)):
        return clean_headline(text[1:bracketed.end() - 1])
    # (any headline in 【】 that the body drops from the line it opens: '【上海副市长哽咽:为工作不足道歉】上海市副市长…')
    dropped = bracketed_headline(text)
    if dropped and len(strip_bracketed_headline(text)) >= _RUN_IN_REST_MIN \
            and looks_like_headline(dropped, match_key(dropped)):
        return clean_headline(dropped)
    stamped = _RUN_IN_BEFORE_STAMP.match(key)
    if stamped and len(key) - stamped.end() >= _RUN_IN_REST_MIN and _lead_start(key) == 0:
        head, head_key = text[:stamped.end(1)], key[:stamped.end(1)]
        # (Its pieces side by side are one headline here, not a newspaper page's headlines: its stamp follows.)
        if len(head) <= HEADLINE_MAX and han_count(head) >= 4 and not is_metadata_line(head_key) \
                and not _is_not_a_headline(head_key) and not _SPAM_CHAIN.search(head_key):
            return clean_headline(head)
    # (its pieces before a lead that opens as leads do: '又一旅游胜地 西藏突发疫情 根据西藏自治区…发布的公告,')
    opened = _RUN_IN_BEFORE_LEAD.match(key)
    if opened and len(key) - opened.end() >= _RUN_IN_REST_MIN and _lead_start(key) == 0 \
            and not RUN_IN_HEADING.match(key) and not _RUN_IN_NUMBERED_HEADING.match(key) \
            and _reads_as_a_run_in_head(text[:opened.end(1)], key[:opened.end(1)]):
        return clean_headline(text[:opened.end(1)])
    # (glued to the day the lead opens with: '河北唐山3人因掩饰疫情信息被公安部门2月10日,记者从…得知,')
    dayed = _RUN_IN_BEFORE_DAY.match(key)
    if dayed and len(key) - dayed.end() >= _RUN_IN_REST_MIN and _lead_start(key) == 0 \
            and _reads_as_a_run_in_head(text[:dayed.end(1)], key[:dayed.end(1)]):
        return clean_headline(text[:dayed.end(1)])
    # (set off by a spaced colon, as a mirror glues a wire's headline to its lead: '廣東一地調整為中風險 :廣東省…')
    spaced = _RUN_IN_BEFORE_SPACED_COLON.match(key)
    if spaced and len(key) - spaced.end() >= _SPACED_COLON_REST_MIN and _lead_start(key) == 0 \
            and _reads_as_a_run_in_head(text[:spaced.end(1)], key[:spaced.end(1)]):
        return clean_headline(text[:spaced.end(1)])
    # (a headline of clauses before a lead that opens as leads do: '上海新增本土确诊病例4例,…,新增一处中风险地区
    # 从上海市…发布会上获悉,', '国务院联防联控机制:我国…完成国产新冠病毒疫苗接种 国家卫生健康委副主任某某在…表示')
    # (after a column's tag: '快讯!国务院联防联控机制:…')
    tag = COLUMN_TAG.match(key)
    start = tag.end() if tag and not key.startswith("【") else 0
    clauses = _RUN_IN_CLAUSES_BEFORE_LEAD.match(key, start)
    if clauses and len(key) - clauses.end() >= _RUN_IN_REST_MIN and _lead_start(key, start) == start \
            and not RUN_IN_HEADING.match(key) \
            and _reads_as_a_run_in_head(text[start:clauses.end(1)], key[start:clauses.end(1)]):
        return clean_headline(text[start:clauses.end(1)])
    m = _RUN_IN_HEADLINE.match(key)
    if m is None or len(key) - m.end() < _RUN_IN_REST_MIN or _lead_start(key) > 0 \
            or RUN_IN_HEADING.match(key) or _RUN_IN_NUMBERED_HEADING.match(key):
        return None  # (a notice's heading spaced over the line is supplied_title's: '…疫情 防控指挥部通告 〔2022〕16号')
    head = text[:m.end(1)]
    if _ISSUER_END.search(key[:m.end(1)]):
        return None  # '某县…疫情防控应急指挥部 当前,…': who issues the text run on after it, not a headline
    return clean_headline(head) if looks_like_headline(head, key[:m.end(1)]) else None


def _reads_as_a_run_in_head(head: str, head_key: str) -> bool:
    """The words before a lead on its line read as a headline: not metadata, spam or another non-headline."""
    return han_count(head) >= 8 and not is_metadata_line(head_key) and not _is_not_a_headline(head_key) \
        and not _SPAM_CHAIN.search(head_key) and looks_like_headline(head, head_key)


# '龙陵县人民政府': a government's (or its site's) name alone on a line names who publishes, not what.
# '唐山市丰润区…领导小组办公室发布' under a headline: an issuing body's name with 发布 after it, the attribution over
# what it issued (publishers reads the body from it); '2022年11月27日汕头市潮阳区…指挥办发布:', with the day it did so
ISSUER_PUBLISHED = re.compile(r"(?:\d{4}年\d{1,2}月\d{1,2}日)?([\u4e00-\u9fff()]{4,40}"
                              r"(指挥部|指挥办|办公室|领导小组|委员会|政府|疾控中心))发布\s*:?")
_ONLY_AN_ISSUER = re.compile(r"^[\u4e00-\u9fff]{2,12}(人民政府|政府)$")
_FEATURE_SUBTITLE = re.compile(r"^[—―-]{1,2}\s*([^—―]{6,60}(侧记|纪实|综述|速写|掠影|见闻|记事|特写))$")
_INTRODUCES_A_BULLETIN = re.compile(r",[^,]{2,30}(通报|发布|表示|介绍|指出|强调|要求)\s*:$")
_TOPIC_THEN_BRACKETED_TOPIC = re.compile(r"(?:#[^#]{1,20}#\s*)+[\[【]#?([^\[\]【】#]{6,70})#?[\]】]")
_WEIBO_RUN_IN = re.compile(r"^(?:#[^#\s]{1,16}#\s*)?[\[【]((?=[^\[\]【】]*#)[^\[\]【】]{10,70})[\]】]")
# ('【江苏扬州:…一律暂停开放】财联社3月13日电,…': a wire's dispatch with its day)
_BRACKETED_RUN_IN = re.compile(r"^【([^【】]{10,60})】(?=\s*(\d{1,2}\s*日|\d{1,2}\s*月"
                               r"|[\u4e00-\u9fff]{2,12}(\d{1,2}月\d{1,2}日)?(讯|电)|据|近日|日前))")


# '…总指挥部发布布告:': an issuer announcing the notice reproduced below (a fragment; metadata reads it after a day).
ISSUER_ANNOUNCES_NOTICE = r"(发布|印发|发出|下发)了?[^。,]{0,8}(通告|公告|布告|通知|倡议书?|命令)\s*:"
_ANNOUNCING_CLAUSE_END = re.compile(r"[,。;]\s*([^,。;:!?]{6,40}(发布|印发|发出|下发)了?[^。,:]{0,10}"
                                    r"(通告|公告|布告|通知|倡议书?|命令|提醒|提示))\s*:\s*$")
_ISSUER_ANNOUNCES_BELOW = re.compile(rf"[^。,]{{6,60}}{ISSUER_ANNOUNCES_NOTICE}")
_ANNOUNCED_BELOW = re.compile(r"现将([^。,]{4,60}?)(公布|通报|发布|报告)如下\s*:$")


def names_what_follows(key: str) -> bool:
    """'现将…疫情信息公布如下:': an introduction that names what it introduces, which a devised title can use."""
    return bool(_ANNOUNCED_BELOW.match(key.strip()))


def heading_the_lead_announced(lines: list[str], keys: list[str], lead: int) -> str | None:
    """'刚刚,某自治区…指挥部,发布某自治区…指挥部公告(第12号)。' over '某自治区…' / '…指挥部公告' / '(第12号)':
    the heading of the document a one-sentence lead announces, printed under it (maybe over lines), whole."""
    transmitted = _LEAD_TRANSMITS.search(keys[lead])
    if transmitted:
        # '现将《对…实行报告制度的通告》印发给你们,请遵照执行。' over its attachment, headed '关于对…的通告' below the
        # letter's signature: the document the letter sends is the page's text, and its heading the headline
        name = transmitted.group(1)
        return next((lines[i].strip() for i in range(lead + 1, min(len(keys), lead + _TRANSMITTED_WITHIN))
                     if keys[i] in (name, "关于" + name)), None)
    announced = _LEAD_ANNOUNCES.search(keys[lead])
    if announced is None or len(keys[lead]) > _ANNOUNCING_LEAD_MAX:
        return None
    below = [i for i in range(lead + 1, len(keys)) if keys[i]][:_MAX_JOINED_LINES]
    for n in range(1, len(below) + 1):
        heading = "".join(keys[i] for i in below[:n])
        if heading and announced.group(2).endswith(heading) \
                and DOCUMENT_KIND_END.search(heading.rstrip("()第号0123456789")):
            return "".join(lines[i].strip() for i in below[:n])
    return None


# (the document named whole, maybe with its number: what follows the verb to the sentence's end)
# ('…发布西藏自治区阿里地区…办公室公告,全文如下:': or with the words that introduce it)
_LEAD_ANNOUNCES = re.compile(r"(发布|印发|发出|公布)了?《?([^。!?《》]{8,80}?)》?(\s*,\s*(全文|原文|具体内容|内容)如下\s*:)?[。!]?$")
_ANNOUNCING_LEAD_MAX = 120
_LEAD_TRANSMITS = re.compile(r"现将《([^《》]{8,80})》(印发|转发|下发)给你们")
_TRANSMITTED_WITHIN = 12  # lines: the letter's signature, its date and '附件' stand between


def heading_over_salutation(line: str) -> str | None:
    """'关于暂时取消…赶集活动的通告各位父老乡亲、商户:': a notice's heading glued to its salutation, the heading."""
    key = match_key(line.strip())
    glued = RUN_IN_HEADING.match(key)
    if not re.fullmatch(r"[^。!?,]{2,60}:", key) or glued is None or glued.end() == len(key):
        return None
    return line.strip()[:glued.end()].strip()


_QUOTE_AND_ITS_SPEAKER = re.compile(r"“[^“”]{8,}”[^。!?“”]{2,60}(这样说道|说道|这样说|说|表示|感慨道|动情地说)。?")


def supplied_title(lead: str) -> str:
    """A title devised from the lead: its first sentence, or its first clauses up to a short length, after
    the dateline, byline and leading time phrase."""
    text = COLUMN_TAG.sub("", strip_spam_prefix(lead.strip()), count=1)  # '【财新网】湖北省…'
    key = match_key(text)
    if _QUOTE_AND_ITS_SPEAKER.fullmatch(key.strip()):
        return ""  # '“…提供支援,传递了温暖。”某县副县长某某在…时这样说道。': words and who said them; the news is below
    announced = _ANNOUNCED_BELOW.match(key.strip())
    if announced:  # '现将4月15日0—24时甘肃省新冠肺炎疫情信息公布如下:': what the bulletin gives, after its time
        return text.strip()[_lead_start(key.strip(), announced.start(1)):announced.end(1)]
    if re.fullmatch(r"[^。!?,]{2,60}:", key.strip()):
        # a salutation ('示例区的全体市民们:') names whom the text addresses, not what it says
        return heading_over_salutation(text) or ""
    start = _lead_start(key)
    if _ISSUER_ANNOUNCES_BELOW.fullmatch(key[start:].strip()):
        return text[start:].strip().rstrip(":：")  # '…总指挥部发布布告:' over the notice: who issued what
    # (or its lead's last clause: '近期,国内多地…。为有效控制疫情输入风险,…,长沙市疾控中心发布最新防疫提醒:')
    closing = _ANNOUNCING_CLAUSE_END.search(key, start)
    if closing:
        return text[closing.start(1):closing.end(1)]
    # (not a notice's heading glued to its salutation: '关于…的通告各位父老乡亲、商户: …')
    addressed = None if RUN_IN_HEADING.match(key, start) else _SALUTATION_OPENING.match(key, start)
    if addressed:  # '各位父老乡亲、商户: 为加强…': whom the notice addresses, then what it says
        start = _lead_start(key, addressed.end())
    label = _LABEL_PREFIX.match(key, start)
    if label:
        start = _lead_start(key, label.end())
    heading = RUN_IN_HEADING.match(key, start) or _RUN_IN_NUMBERED_HEADING.match(key, start)
    if heading:  # a notice run into its text: '…指挥部通告 〔2022〕16号 根据…'
        words = text[start:heading.end()].split()
        # '…指挥部办公室 开平市关于调整风险区域的通告': the issuer (a source line's value) before the title.
        if len(words) >= 2 and "关于" in match_key(words[-1]) and han_count(words[-1]) >= 8:
            return words[-1]
        return "".join(words)
    agency = _RUN_IN_AGENCY.search(key, start, start + HEADLINE_MAX + 20)
    if agency and agency.start() - start >= HEADLINE_MIN and not _SENTENCE_STOP.search(key, start, agency.start()):
        return clean_headline(text[start:agency.start()])  # 'headline 中新社昆明7月7日电 (记者…)…' on one line
    # (the last of a chain of steps before what was decided: '经专家研判并经县指挥部研究,报请市指挥部批准,决定自…起,…';
    # not a step after it, '…研究决定,自3月1日起,恢复…教学,经市卫健委批准,…')
    sentence = _SENTENCE_STOP.search(key, start)
    first_sentence_end = sentence.start() if sentence else len(key)
    steps = list(_DECISION.finditer(key, start, min(start + _DECISION_WITHIN, first_sentence_end)))
    decided = steps[0] if steps else None
    for step in steps[1:]:
        if not _MORE_STEPS.fullmatch(key, decided.end(), step.start()):
            break
        decided = step
    if decided and _OPENS_WITH_A_REASON.match(key, start):
        # '为加强…,按照…要求,经…指挥部研究决定,从8月3日起暂时取消各村赶集活动,…': what was decided is the news,
        # without the day it takes effect.
        after = _lead_start(key, decided.end())
        after += 2 if _DECIDED_WORD.match(key, after) else 0  # ('经专家研判,决定自10月17日8时起,解除…')
        effective = _TAKES_EFFECT.match(key, after) or _DAY_DECIDED_ON.match(key, after)
        after = effective.end() if effective else after
        after = _lead_start(key, after + 1) if key.startswith("起", after) else after  # (its '12:00时' read as a time)
        # ('自…起,将某地调整为…', '决定于…日在某县部分区域内开展…': the place first)
        after += 1 if re.match(r"将(?!于)|在(?=[\u4e00-\u9fff]{2})", key[after:after + 3]) else 0
        clause = _CLAUSE_OR_SENTENCE_STOP.search(key, after)
        clause_end = clause.start() if clause else len(key)
        # ('将大朗镇杨新路82号、112号、…、238号调整为高风险地区': the first of the street's numbers stands for them)
        decision = _HOUSE_NUMBERS_LISTED.sub(r"\1等", text[after:clause_end].strip(" ,，、;；:："))
        if len(decision) > _DECISION_TITLE_MAX:  # ('将某街道甲、某街道乙、…由高风险区调整为…': the first place stands for them)
            decision = _PLACES_THEN_WHAT_BECOMES_OF_THEM.sub(r"\1等", decision, count=1)
        if len(_AS_FOLLOWS_END.sub("", decision)) < HEADLINE_MIN + 4:
            decision = _short_decision_completed(text, key, decided, clause_end, decision)
        # (whole, when it is one clause of headline length; a long list of places is left to the rules below)
        if HEADLINE_MIN + 4 <= len(decision) <= _DECISION_TITLE_MAX and not key.startswith("至", after):
            # (without the day it names: '我县定于11月22日在县城…开展全员核酸筛查')
            return _INLINE_DAY.sub("", _AS_FOLLOWS_END.sub("", decision))
    # '当前…疫情形势严峻,为…,党政部门多次发布通告,要求…。1月27日晚,某县公安局…': a first sentence of the
    # situation only, the dated news after it
    background = _BACKGROUND_SENTENCE.match(key, start)
    if background and _DAY_OPENING.match(key, background.end()):
        start = _lead_start(key, background.end())
    # '疫情防控不放松,药店作为疫情防线上的“哨点”,近日,某局…开展专项检查': a motto's clauses, then the news from when
    # it happened
    motto = _MOTTO_BEFORE_THE_NEWS.match(key, start)
    if motto:
        start = _lead_start(key, motto.end(1))
    seen_context = False
    while (context := _CONTEXT_CLAUSE.match(key, start)
           or (seen_context and (_PURPOSE_GOES_ON.match(key, start) or _AFTER_A_MEETING.match(key, start)))):
        seen_context = True
        # '随着国内疫情形势变化,' / '为及时阻断疫情传播,': the occasion or purpose; the news is the main clause.
        after = _lead_start(key, context.end())
        stop = _SENTENCE_STOP.search(key, after)
        if (stop.start() if stop else len(key)) - after < HEADLINE_MIN + 4:
            break
        start = after
    if seen_context and _DECIDED_WORD.match(key, start):
        # ('按照市指挥部统一安排部署,决定5月20日在全区开展…': what was decided, without the word and its day)
        start = _lead_start(key, start + 2)
    stop = _SENTENCE_STOP.search(key, start)
    end = stop.start() if stop else len(text)
    dated = _RUN_IN_DATELINE.search(key, start, end)
    if dated and dated.start() - start >= 6:  # 'headline 2021-11-26 23:27 text…': a page run into one line
        end = dated.start()
        label = _DATE_LABEL_AFTER.search(key, start, end)  # ('…防线时间:2020-02-14 …': its label too)
        end = label.start() if label else end
    if end - start > SUPPLIED_TITLE_MAX and (summary := _places_summarised(text, key, start, end)):
        return summary
    if end - start > SUPPLIED_TITLE_MAX:
        # A first clause too long only for the day it names: '…指挥部23日下午发布1号通告说,' gives '…指挥部发布1号通告'.
        clause = _CLAUSE_STOP.search(key, start, end)
        clause_end = clause.start() if clause else end
        # ('…领导小组定于2022年1月30日(星期日)早6时开始,在云冈区…开展全员核酸检测': a subject and its day only;
        # what it did is the next clause)
        clause_text = text[start:clause_end].strip()
        subject = _INLINE_DAY_AT_END.sub("", clause_text)
        if subject != clause_text and han_count(subject) >= 2 and key[clause_end:clause_end + 1] == ",":
            after = _CLAUSE_OR_SENTENCE_STOP.search(key, clause_end + 1)
            did = text[clause_end + 1:after.start() if after else len(key)].strip()
            if HEADLINE_MIN <= han_count(did) and len(subject) + len(did) <= _SUBJECT_AND_DEED_MAX:
                return subject + did
        shorter = _REPORTED_SPEECH_END.sub("", _INLINE_DAY.sub("", text[start:clause_end].strip()))
        if clause_end - start > SUPPLIED_SENTENCE_MAX and HEADLINE_MIN + 4 <= len(shorter) <= SUPPLIED_SENTENCE_MAX:
            return shorter
        # Whole clauses only: cut at the last clause stop that keeps the title short.
        longer = [m.start() for m in _CLAUSE_STOP.finditer(key, start, end) if m.start() - start >= 6]
        stops = [s for s in longer if s - start <= SUPPLIED_TITLE_MAX]
        if stops:
            end = stops[-1]
        elif end - start > SUPPLIED_SENTENCE_MAX:
            # a first clause a little long is whole ('…指挥部10月27日发布公告'); else the first words
            end = longer[0] if longer and longer[0] - start <= SUPPLIED_SENTENCE_MAX \
                else _last_word_end(key, start, SUPPLIED_TITLE_MAX)
    # Not an official alone: '区委书记王力军,区委副书记、区长廉桂峰等区领导到平谷区夏各庄检查站,…' gives the first
    # official and what they all did, without the roll-call between.
    sentence_end = stop.start() if stop else len(key)
    roll_call = _ROLL_CALL.search(key, end, sentence_end)
    if roll_call and _OFFICIAL_ALONE.fullmatch(key[start:end]):
        clause = _CLAUSE_STOP.search(key, roll_call.end())
        did_end = clause.start() if clause else sentence_end
        if end - start + did_end - roll_call.start() <= SUPPLIED_SENTENCE_MAX:
            return text[start:end] + text[roll_call.start():did_end]
    # Not cut inside a document's name: '…近期发表《关于做好…的通知》' keeps the whole name when it is not long.
    opened = key.rfind("《", start, end)
    if opened != -1 and key.find("》", opened, end) == -1:
        closing = key.find("》", end)
        if closing != -1 and closing + 1 - start <= _SUPPLIED_WITH_NAME_MAX:
            end = closing + 1
    # Nor inside brackets: '全省新增本土确诊病例40例(广州5例,深圳35例)' ends before its bracket when cut there.
    bracket = key.rfind("(", start, end)
    if bracket - start >= HEADLINE_MIN + 4 and key.find(")", bracket, end) == -1:
        end = bracket
    # (nor on a word that opens a list: '…累计报告确诊病例54例,其中:')
    title = _LIST_OPENER_END.sub("", text[start:end].strip(" ,，、;；:："))
    title = _REPORTER_LEARNT_AFTER.sub("", title) or title  # ('此处多了一个“核酸检测亭”,记者获悉': not the reporter)
    # (nor on the day it names: '…防控工作指挥部23日' cut before what the body did that day)
    undated = _INLINE_DAY_AT_END.sub("", title)
    # '合肥市蜀山区奥体中心方舱接种点,市民们有序排队前来接种新冠疫苗。': a scene's place alone says nothing of
    # what happened there; the next clause does
    if _A_SCENE.fullmatch(match_key(title)) and key[end:end + 1] == ",":
        clause = _CLAUSE_OR_SENTENCE_STOP.search(key, end + 1)
        did = text[end + 1:clause.start() if clause else len(key)].strip()
        if HEADLINE_MIN <= han_count(did) and len(title) + 1 + len(did) <= _SUBJECT_AND_DEED_MAX:
            return f"{title},{did}"
    if len(undated) >= HEADLINE_MIN + 4:
        return undated
    # '西安市政府新闻办于12月15日(星期三)下午3点,在市政府新闻发布厅召开…发布会(第26场),…': a subject and its
    # day only; what it did is the next clause
    if undated != title and han_count(undated) >= 2 and key[end:end + 1] == ",":
        clause = _CLAUSE_OR_SENTENCE_STOP.search(key, end + 1)
        did = text[end + 1:clause.start() if clause else len(key)].strip()
        if HEADLINE_MIN <= han_count(did) and len(undated) + len(did) <= _SUBJECT_AND_DEED_MAX:
            return undated + did
    return title


# A place where something is going on, and nothing else: '…奥体中心方舱接种点', '…高速公路出口检查站'
_A_SCENE = re.compile(r"(?![^。]*(来到|深入|走进|看到))[\u4e00-\u9fff]{2,30}(接种点|采样点|检测点|检查站|卡口|服务站|现场|门口|广场|出口)")


_OFFICIAL_ALONE = re.compile(r"[\u4e00-\u9fff]{0,10}(书记|县长|市长|区长|州长|旗长|盟长|省长|主任|局长|部长|主席|指挥长)"
                            r"[\u4e00-\u9fff]{2,3}")
_ROLL_CALL = re.compile(r"等[\u4e00-\u9fff]{0,6}(领导|负责同志)")


# A day named inside a clause, between its subject and its verb: '…指挥部23日下午发布…' (not a number: '1号通告')
# ('…新闻办公室定于2020年2月21日(星期五)上午10:00召开新闻发布会': with its weekday and hour)
_DAY_IN_CLAUSE = (r"(?<=[\u4e00-\u9fff])(定于|将于|拟于|于)?(\d{4}年|(?<=于)年)?(\d{1,2}月\d{1,2}[日号號]|\d{1,2}日)"
                  r"([(（](星期|周)[一二三四五六日天][)）])?(上午|下午|晚上|晚間|晚间|晚|凌晨|早上|早|中午|傍晚)?"
                  r"(\d{1,2}[:：]\d{2}([—–\-－~～至到]\d{1,2}[:：]\d{2})?|\d{1,2}[时時点點](\d{1,2}分|半)?)?"  # ('14:30—17:30')
                  r"(?:(?<=[时時点點分半\d])(开始|起))?")  # ('…定于2022年1月30日(星期日)早6时开始,在…')
_INLINE_DAY = re.compile(_DAY_IN_CLAUSE + r"(?=[\u4e00-\u9fff])")
_INLINE_DAY_AT_END = re.compile(_DAY_IN_CLAUSE + "$")
_REPORTER_LEARNT_AFTER = re.compile(r"\s*[,，]\s*(记者|記者|通讯员|通訊員)\S{0,4}(获悉|獲悉|了解到|瞭解到|得知|看到)$")
_LIST_OPENER_END = re.compile(r"\s*[,,]\s*(其中|包括|分别为|分别是|具体如下|如下)$")
_REPORTED_SPEECH_END = re.compile(r"(说|說|称|稱|表示|指出)$")


# '毕棚沟景区、鹧鸪山自然公园、…等各大景区从1月27日起停止对外开放': places listed before 等, and the day it starts
_PLACES_LISTED = re.compile(r"([^、,。!?;:]{2,12}?)(?:、[^、,。!?;:]{2,12}){1,9}(?=等(各|多|[地处]|\d|[一二三四五六七八九十两]"
                            r"|[\u4e00-\u9fff]{0,2}(景区|场所|单位|小区|社区|区域|地区|村|镇|乡|街道|企业|学校|市场|公园|人群|人员)))")
_FROM_THE_DAY_ON = re.compile(r"(自|从)\s*\d{1,2}\s*月\s*\d{1,2}\s*日(\d{1,2}\s*[时点])?\s*起")


def _short_decision_completed(text: str, key: str, decided: re.Match, clause_end: int, decision: str) -> str:
    """A decision too short for a title alone: with the next clause of its sentence ('新增高风险区9个,' / '将原5个
    中风险区调整为临时管控区'), or else after the body that decided it ('…工作领导小组办公室研究决定,自…起,划定风险区域
    如下:')."""
    if key[clause_end:clause_end + 1] in (",", ";"):
        following = _CLAUSE_OR_SENTENCE_STOP.search(key, clause_end + 1)
        return decision + "," + text[clause_end + 1:following.start() if following else len(key)].strip()
    # (not a body only consulted: '经县指挥部研究决定,现将有关事项公告如下:')
    clause_start = max(key.rfind(",", 0, decided.start()), key.rfind("。", 0, decided.start())) + 1
    decider = text[clause_start:decided.start()].strip()
    decider_key = match_key(decider)
    if _ISSUER_END.search(decider_key) and not decider_key.startswith("经"):
        return decider + _AS_FOLLOWS_END.sub("", decision)
    return decision


def _places_summarised(text: str, key: str, start: int, end: int) -> str | None:
    """A sentence too long for the places it lists, told by the first of them and what was done to all, without
    the day it starts: '理县毕棚沟景区等各大景区停止对外开放'."""
    listed = _PLACES_LISTED.match(key, start, end)
    if not listed or len(key) != len(text):
        return None
    clause = _CLAUSE_STOP.search(key, listed.end(), end)
    end = clause.start() if clause else end
    if end - start <= SUPPLIED_SENTENCE_MAX:
        return None  # (a clause short enough is whole: '县长某某到高速公路出口、客运站等地检查疫情防控工作')
    summary = text[start:listed.end(1)] + text[listed.end():end]
    summary_key = key[start:listed.end(1)] + key[listed.end():end]
    day = _FROM_THE_DAY_ON.search(summary_key)
    if day:
        summary = summary[:day.start()] + summary[day.end():]
    summary = summary.strip(" ,，、;；:：")
    return summary if HEADLINE_MIN + 4 <= len(summary) <= SUPPLIED_SENTENCE_MAX else None


def _last_word_end(key: str, start: int, limit: int) -> int:
    """Where the first words of ``key[start:]`` end, as many as ``limit`` characters hold: '…督查疫' is cut
    before 疫情, not inside it (jieba reads the next few characters too, to know where the last word ends)."""
    window = key[start:start + limit + _WORD_LOOK_AHEAD]
    ends = [end for end in word_ends(window) if HEADLINE_MIN <= end <= limit]
    # (nor after a word that leads on to the next: '…密切接触者在' / '瓮安县')
    while len(ends) > 1 and window[ends[-2]:ends[-1]] in _LEADS_ON:
        ends.pop()
    return start + (ends[-1] if ends else limit)


_WORD_LOOK_AHEAD = 4
_LEADS_ON = set("在的和与及对将于从为把被向到至或已、“‘(【「") | {"并且", "以及", "对于", "关于", "通过", "按照", "根据", "已经", "正在"}


def _lead_start(key: str, start: int = 0) -> int:
    """Offset after the dateline, byline and time phrase the lead opens with (repeatedly: 本网讯 记者… 8月1日晚,)."""
    while True:
        before = start
        for pattern in _LEAD_PREFIXES:
            m = pattern.match(key, start)
            if m and m.end() > start:
                start = m.end()
        m = _LEAD_PUNCTUATION.match(key, start)
        if m:
            start = m.end()
        if start == before:
            return start


def joined_headlines(lines: list[str], keys: list[str], above: list[int]) -> list[Headline]:
    """Headlines printed over 2–3 consecutive header lines: the last piece names the kind of document
    (…的 / 通 告) or the first piece is plainly unfinished (…关于)."""
    found = []
    # ('花都區…肺炎' / '疫情防控指揮部' / '(資料圖)' / '關于…的通告': a picture's label between the pieces is not one)
    above = [i for i in above if not _PICTURE_LABEL.fullmatch(keys[i].strip())]
    for n in range(2, _MAX_JOINED_LINES + 1):
        for first in range(len(above) - n + 1):
            run = above[first:first + n]
            pieces = [keys[i] for i in run]
            # ('唐山市…指挥部办公室' / '关于…的公告 广大居民朋友:': the heading, then whom the notice addresses)
            addressed = HEADING_THEN_SALUTATION.fullmatch(pieces[-1])
            pieces[-1] = addressed.group(1) if addressed else pieces[-1]
            if run[-1] - run[0] > n and not _heading_a_blank_line_apart(run, pieces):
                continue  # more than one blank line inside: separate blocks
            if any(not _joinable_piece(p) for p in pieces):
                continue
            if any(_BRACKETED_COLUMN.match(p) for p in pieces[1:]):
                continue  # '【疫情防控•卓尼在行动】致全县政协委员倡议书' opens a headline: no menu item above joins it
            if any(p.startswith(f"【{before}】") for before, p in zip(pieces, pieces[1:])):
                continue  # '湖南张家界:增加2个高风险地区' / '【湖南张家界:…】张家界市…': the heading below repeats it first
            cleaned = [clean_headline(p) for p in pieces]
            joined_key = "".join(cleaned)
            # The last piece is the document's kind (通 告, 的通告, 2号令), or the first is plainly unfinished;
            # no piece but the last is a finished headline of its own.
            ends_with_kind = bool(DOCUMENT_KIND_END.search(NUMBER_AFTER_KIND.sub("", joined_key)))
            # '关于疫情期间暂停' / '清明祭扫活动的通告(第24号)': a heading broken mid-way, its number after its kind
            broken_heading = n == 2 and pieces[0].startswith("关于") and ends_with_kind
            kind_last = (ends_with_kind or bool(_REPORT_KIND_PIECE.fullmatch(cleaned[-1]))) \
                and len(cleaned[-1]) <= _KIND_PIECE_MAX
            # '花都区关于解除…' / '…的通告'; '…疫情防控指挥部' / '关于解除…的通告'
            # ('宣化区应对新冠肺炎疫情' / '工作领导小组办公室' / '关于…的紧急通告': the issuer over two lines)
            about_at = next((k for k, p in enumerate(pieces) if k > 0 and p.startswith("关于")), 1)
            about = ends_with_kind and any(p.startswith("关于") or "关于" in pieces[0] for p in pieces[1:]) \
                and not any(DOCUMENT_KIND_END.search(c) for c in cleaned[:-1]) \
                and _names_an_issuer("".join(pieces[:about_at]))
            # '转发《中共…疫情防控' / '工作领导小组办公室通告》的通知': a title quoted across the break is unfinished
            open_quote = pieces[0].count("《") > pieces[0].count("》")
            # '某区新型冠状病毒感染肺炎' / '疫情防控工作应急指挥部通告': an issuer's long name broken mid-way
            broken_issuer = ends_with_kind and bool(_MID_ISSUER_END.search(match_key(pieces[0])))
            # '湖北各地发布告急提醒' / '及最新健康管理政策': the next line goes on with a conjunction
            goes_on = n == 2 and bool(_CONJUNCTION_START.match(pieces[1]))
            # '福州长乐区、闽侯县、连江县' / '发布最新疫情防控禁令': the places, then what they did
            goes_on = goes_on or (n == 2 and bool(_PLACES_ONLY.fullmatch(pieces[0]))
                                  and bool(_PREDICATE_START.match(pieces[1])))
            if not (kind_last or about or open_quote or broken_issuer or broken_heading or goes_on
                    or _UNFINISHED_END.search(pieces[0])):
                continue
            # ('…何时宣布解除(…)' over '通 告': a farm's headline over the notice's heading, not its issuer)
            if _NOTICE_KIND_LINE.fullmatch(cleaned[-1]) and n == 2 and not (_names_an_issuer(pieces[0])
                                                                           or _UNFINISHED_END.search(pieces[0])):
                continue
            # (its number after it: '…指挥部通告第3号' over the issuer and '通告' printed again)
            if any(DOCUMENT_KIND_END.search(NUMBER_AFTER_KIND.sub("", c)) and len(p) >= 10
                   for c, p in zip(cleaned[:-1], pieces)):
                continue
            # ('…核酸检测的' / '通知' / '和平区': the heading ends with its kind; the next line is another block's)
            if any(DOCUMENT_KIND_END.search("".join(cleaned[:k + 1])) for k in range(len(cleaned) - 1)):
                continue
            if _whole_document_title(cleaned[-1]):
                continue  # '宜春市民,这里有一封关于…新型冠' (a teaser cut short) over '宜春市关于…的温馨提示'
            if about and about_at >= 2 and _PLACE_FIRST.match(cleaned[1]) \
                    and _names_an_issuer("".join(pieces[1:about_at])):
                continue  # '即日起…合江县将在每周五开展全员核酸检测' over '合江县…指挥部' / '关于…的通告': the issuer's whole
                # name starts below the first line, a news headline over the notice's heading
            if _TAGGED_NEWS_HEADLINE.match(cleaned[-2]) and _PLACE_FIRST.match(cleaned[-1]):
                continue  # '重磅:浙江对所有入境人员…隔离' over '浙江省疫情防控责任令': a news headline over the order
            text = "".join(clean_headline(lines[i] if i != run[-1] or not addressed
                                          else lines[i].strip()[:len(addressed.group(1))]) for i in run)
            if looks_like_headline(text, joined_key):
                found.append(Headline(text, tuple(run)))
    return found


HEADING_THEN_SALUTATION = re.compile(rf"(关于\S{{4,60}}(通告|公告|通知))\s+[^,。:\s]{{0,4}}{_ADDRESSED}")
_TAGGED_NEWS_HEADLINE = re.compile(r"^[^:]{1,10}:\S{8,}$")
_PICTURE_LABEL = re.compile(r"[(（](资料图|资料图片|配图|图片|图)[)）]")
_PLACE_FIRST = re.compile(r"^[\u4e00-\u9fff]{1,8}(省|市|县|区|州|旗|盟)")
_PLACES_ONLY = re.compile(r"([\u4e00-\u9fff]{2,12}?(省|市|区|县|旗|州|盟))([、和及][\u4e00-\u9fff]{2,12}?(省|市|区|县|旗|州|盟))+")
_PREDICATE_START = re.compile(r"(发布|出台|启动|开展|实施|调整|升级|降级|解除|暂停|恢复|通报|公布|划定|新增)(?=\S{4})")
_CONJUNCTION_START = re.compile(r"(及(?!时)|以及|暨|并且)(?=\S{4})")  # (not 和: 和平区; nor 及时)
# (with or without brackets, unlike DOCUMENT_NUMBER_AFTER: '…指挥部通告第3号')
# (or a series' number in words: '关于划定疫情风险区域的通告(七十)')
NUMBER_AFTER_KIND = re.compile(r"\s*[(〔\[]?\s*(\d{4}\s*年\s*)?第\s*\d+\s*号\s*[)〕\]]?$"
                               r"|\s*[(（][一二三四五六七八九十百零〇]{1,6}[)）]$")


def _heading_a_blank_line_apart(run: list[int], pieces: list[str]) -> bool:
    """'某县新冠肺炎疫情防控' / '工作领导小组办公室' / '关于…的' / '倡议书', each a blank line apart: an issuer, 关于…
    and the kind alone, printed spaced out, are still one heading."""
    if not all(b - a == 2 for a, b in zip(run, run[1:])):
        return False
    # ('某区关于加强' / '某市返(来)吉人员' / '排查管控的公告': a heading opened with 关于 and ended by its kind)
    opened_with_about = "关于" in pieces[0] and bool(DOCUMENT_KIND_END.search(pieces[-1])) \
        and not any(DOCUMENT_KIND_END.search(piece) for piece in pieces[:-1])
    return opened_with_about or (bool(_NOTICE_KIND_LINE.fullmatch(pieces[-1]) or _KIND_ALONE.fullmatch(pieces[-1]))
                                 and any(_ISSUER_END.search(piece) for piece in pieces[:-2])
                                 and pieces[-2].startswith("关于"))


def _whole_document_title(text: str) -> bool:
    """'宜春市关于共同防控…的温馨提示': an issuer, 关于…, and the kind of document: a title with nothing missing."""
    about = text.find("关于")
    return about >= 2 and len(text) >= 10 and bool(DOCUMENT_KIND_END.search(text))


def _names_an_issuer(piece: str) -> bool:
    """'花都区', '…疫情防控指挥部' or the start of a long issuer's name (before '关于…的通告'); not a WeChat
    column word ('其他', '原创') left above the headline, nor a news headline of its own ('邵阳市两地调整为中风险
    地区' over '关于划定…的通告')."""
    text = clean_headline(piece)
    return "关于" in text or bool(_ISSUER_END.search(text)) \
        or (len(text) <= _PLACE_ISSUER_MAX and bool(_PLACE_END.search(text)))


def _joinable_piece(key: str) -> bool:
    text = match_key(strip_spam_prefix(key.strip())).strip() or key.strip()
    return (
        0 < len(text) <= _JOINED_PIECE_MAX
        and han_count(text) >= 1
        and not text.endswith(_NOT_HEADLINE_END + tuple("!?"))
        and not is_chrome_line(text)
        and not is_metadata_line(text)
        and not _is_not_a_headline(text)
        and not _ENTITY_LEFT.search(text)  # '转发扩散致全体某县市民抗ldqu': a farm's line with an entity's remains
        and not _A_DAY_ALONE.fullmatch(text)  # '3月4日' over '山西省卫生健康委员会再次发布' / …: the day it is dated
    ) or bool(_SPACED_LETTERS.match(text))


_A_DAY_ALONE = re.compile(r"((19|20)\d{2}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*日")


_PIECES_MAX = 5
_MENU_ITEM = re.compile(r"(新闻|中心|公开|首页|专栏|专题|动态|服务|信息|互动|概况|要闻|导航|频道|政务)$")


def _is_item_list(text: str) -> bool:
    """'边境旅贸 文体新闻 全市各地 …', '《西藏日报》 《西藏商报》 …', '★全国文明县城 ★国家卫生城市 …': menus."""
    items = [item for item in re.split(r"\s+|[|｜/]", text) if item]
    # (not three phrases of a headline about the epidemic: '防控无死角 小堡志愿者 认真又负责')
    if len(items) == 3 and all(len(item) >= 4 for item in items) and " " in text \
            and (_SUBJECT_WORDS.search(text) or _MEASURE_WORDS.search(text)):
        return False
    # (nor a headline set in pieces round a long one: '金昌 推进疫苗接种 筑牢免疫屏障', '海南昌江暂停全县班车 公交 出租 …';
    # a menu's items are short, and some name a section: '疫情防控专栏 新闻中心 政务公开')
    if len(items) <= _PIECES_MAX and max(len(item) for item in items) >= 6 and sum(len(item) >= 4 for item in items) >= 2 \
            and (_SUBJECT_WORDS.search(text) or _MEASURE_WORDS.search(text)) and not any(map(_MENU_ITEM.search, items)):
        return False
    return len(items) >= 3 and all(len(item) <= 10 for item in items) and not re.search(r"[,。;:!?]", text)


def _is_not_a_headline(key: str) -> bool:
    text = key.strip()
    return bool(
        _MARKUP_LEFT.search(text)
        or _ONLY_AN_ISSUER.match(text)
        or ISSUER_PUBLISHED.fullmatch(text)
        or _DOCUMENT_NUMBER.match(text)
        or _ITEM_HEADING.match(text)
        or _BRACKETED.match(text)
        or _HOTLINE.search(text)
        or _BYLINE_LINE.search(text)
        or _WIRE_DATELINE_LINE.match(text)
        or _NEWSPAPER_PAGE.search(text)
        or _CAPTION.search(text)
        or _BREADCRUMB.search(text)
        or _STARTS_WITH_FULL_DATE.match(text)
        or _DAY_AND_CLOCK.search(text)  # '开封手机报 07-26 23:58 我要分享': a dateline without its year
        or _KICKER_ALONE.match(text)  # '最新消息!' over the text: a cry, not what the news is
        or _NUMBERED_PART.match(text)  # '第一场:夷望溪至东莞' under the headline: a part of the story
        or _SEARCH_BAIT.fullmatch(text)  # '宁海县是哪个省 余姚是哪个省': a farm's search questions
        # '【商务部:…】商务部举行新闻发布会,发言人…介绍…': a teaser of the text, cut off
        or bool(_BRACKETED_TEASER.match(text))
        or _SITE_NAME.match(text)
        or _SITE_ADDRESS.search(text)
        or _SECTION_NAME.match(text)
        or _is_item_list(text)
        or _SPAM_CHAIN.search(text)
        or (bool(_CITING_CLAUSE.match(text)) and not DOCUMENT_KIND_END.search(text))
        # '…,特作如下提示:', '现就我旗…疫情防控工作下达如下命令:' introduce what follows; '根据…研判,经研究决定:'
        # opens the text (决定 here is a verb, not a document's kind)
        # (not a teaser's '…通告详情如下…', the clickbait close of a forum thread's title)
        or (bool(re.search(r"(如下|以下)\S{0,4}:?$", text)) and not text.endswith(("…", "...")))

        or ("," in text and bool(re.search(r"(经研究|研究|现|特|经)决定\s*:?$", text)))
        # '又有一地封城了!…望奎县。官方随后立即采': a full stop with words after it; a headline has one sentence
        or bool(_SECOND_SENTENCE.search(text))
    )

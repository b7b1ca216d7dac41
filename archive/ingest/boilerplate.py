"""Drop page chrome from article lines: breadcrumbs, widgets, related links, footers, spam.

Patterns are anchored at the start of a line (or require a short line), so a sentence that
merely mentions 电话 or 版权 mid-way stays. Matching runs on a Simplified, width-folded key
(``archive.chinese_text.match_key``), so 版權聲明 and 版权声明 are one rule.

Order: cut the tail (everything after 最新消息/相关阅读/... is another article or junk), drop
blocks and single lines, drop a trailing bullet list, then drop contact lines in the footer
zone (after the last paragraph of prose), where they cannot be a hotline list in the story.
"""

import re
from collections import Counter

from archive.chinese_text import fold_forms, han_count, match_key

from . import dates

# Everything from such a line on belongs to other articles or comments.
_TAIL_MARKER = re.compile(
    r"^(?:[|｜]\s*)?(读者回响|最新消息|相关阅读|相关新闻|相关报道|相关资讯|最新回复|最新评论|网友评论|热门评论|发表评论|我要评论|上一篇|下一篇|更\s*多"
    r"|(摄影)?相关图片|回帖|发表回复|快速回复"  # ('回帖': a forum's reply button, the replies and its box below)
    r"|精选专题|特别推荐)"  # (a site's picked items, dated, under the text)
    r"\s*:?\s*(\(\d+\)|\([\u4e00-\u9fff]{2,12}\))?\s*$"  # '相关阅读(界面新闻)': other items of that outlet
    r"|^更多\s*[>»›]+\s*[\u4e00-\u9fff]{0,6}$"  # '更多>同类资讯': a link to the column, its other items below
    r"|^(上一篇|下一篇|上一条|下一条)\s*(:|\d{4}-\d{1,2}-\d{1,2})"  # '上一篇:<another headline>', '上一篇 2022-02-09 10:10:52'
    # a post's stamp after its text ('• 发表于 2021-09-07 13:25:46'): its counters, tags and comments follow
    r"|^[•·]?\s*发表于\s*:?\s*\d{4}-\d{1,2}-\d{1,2}(\s+\d{1,2}:\d{2}(:\d{2})?)?$"
    r"|^(正在加载评论|评论加载中)[.。…]*$"  # a comment box still loading, then other items' teasers
    r"|^(点击)?(加载|查看)更多\S{0,4}$"  # '加载更多': a feed of other items' teasers and stamps below the text
    r"|^.{0,6}需要登录后才(可以|能)(评论|回帖|发言|留言)"  # a comment box: other items follow it
    # the editor's credit closing the text: promotions and other items follow it ('版面编辑:某某' / '推广' / …)
    # ('(責任編輯:秋彤)' / '2025-07-02' / …: or in round brackets, a scraper's dates after it)
    # (or the copy's source glued after it: '编辑:叶某某本文来源: 中新网海南频道', other items' teasers below)
    r"|^[【\[(]?(责任编辑|版面编辑|网络编辑|值班编辑|编辑|责编)\s*:\s*[\u4e00-\u9fff]{2,4}((\s+|、|/)[\u4e00-\u9fff]{2,4}){0,3}[】\])]?"
    r"(本文来源\s*:\s*\S{2,20})?$"
)
_MIN_CONTENT_BEFORE_TAIL = 50  # a marker at the very top is navigation, not a tail
# '郑重声明:此文内容为本网站转载企业宣传资讯…' under the text: the page's notice that what follows is an advert
# (other disclaimers may stand inside the text, which goes on after them).
_DISCLAIMER_AFTER_TEXT = re.compile(r"^[【\[]?(郑重声明|免责声明|特别声明|声明)\s*:.{0,24}(企业宣传|商业推广|广告|软文|推广)")

# A header followed by a list of links (the header line may carry the links itself).
_LIST_HEADER = re.compile(
    r"^(相关信息|相关链接|相关新闻|相关文章|相关报道|相关推荐|推荐阅读|为您推荐|为你推荐|猜你喜欢|热点推荐"
    r"|热门推荐|更多阅读|延伸阅读|精彩推荐|热门文章|今日推荐|友情链接|你可能还想看|你可能也喜欢|您可能也对以下帖子感兴趣"
    r"|内容目录|本文标签|相关热词搜索|相关热词|新闻推荐|频道推荐|推荐产品|(一周|本周|今日|24小时)?热门|热门资讯|热点新闻|最新文章|相关附件"
    r"|往期\s*[·•・]?\s*(推荐|回顾|精选)|过往期刊|相关\S{0,4}推荐|图片新闻|视频新闻|精彩图片|最新资讯|专题推荐|要闻推荐|本网推荐|编辑推荐|小[编編]推荐"
    r"|热门排行|点击排行|阅读排行|排行榜|新闻排行榜?|最近更新|最新更新|资讯推荐|热点图片|头条新闻|最新专题|频道精选|本站精选|精选(文章|推荐|阅读)|推荐文章"
    r"|还有这些\S{0,4}值得关注|阅读推荐)\s*!?\s*(:.*)?$"
)
_LINK_ITEM_MAX = 40
# A list header recommending other stories, which nothing of the article follows (not '相关信息', '相关附件')
_RECOMMENDATIONS = re.compile(r"^(新闻推荐|相关推荐|推荐阅读|为您推荐|为你推荐|猜你喜欢|热门推荐|精彩推荐|今日推荐|你可能还想看"
                              r"|你可能也喜欢|往期\s*[·•・]?\s*(推荐|回顾|精选)|要闻推荐|本网推荐|编辑推荐|小[编編]推荐|资讯推荐|阅读推荐)\s*!?\s*$")

_DISCLAIMER_START = re.compile(
    r"^[·•・*。\s]*(\d{1,2}\s*[、.]\s*)?(注\s*:\s*)?(【?(版权声明|免责声明|特别声明|版权说明|法律声明|反侵权公告|版权公告)|版权所有|copyright|©|承印人|凡本(报|网|站)|凡(注明|标注)\S{0,4}(来源|“)|本(网站|网|站)所刊?载|郑重声明|声明\s*:(?=.{0,60}(转载|版权|本网|本站|本页面|互联网|侵权|删除|著作权|不代表|观点|来源|联系|法律))"
    # ('特别提醒:' about the site, not a notice's own reminder: '特别提醒: 14天内…请勿前往接种点。')
    r"|特别提醒\s*:(?=.{0,60}(转载|版权|本网|本站|本页面|侵权|删除|著作权|不代表|观点))"
    r"|本文(为|系).{0,12}(原创|独家)|本文系本站(编辑)?转载|本作品|注\s*:\s*中文维基|欢迎转载|转载请注明|未经\S{0,2}(授权|许可).{0,6}(不得|禁止)(转载|下载|复制)"
    r"|.{0,12}(版权[及与和]免责声明|免责声明|版权声明|版权说明)|想爆料|本文(转载|转)自.{0,60}(不代表|版权|观点)"
    r"|本(网站|站|网)(为|系)?\S{0,16}版权所有|本文仅代表作者(个人)?观点"
    r"|(本文|本站|本网|文章|作品)版权归.{1,24}所有"  # '本文版权归延寿融媒所有,向原创致敬!'
    r"|版权(属于|归属)[^,。!?]{2,30}(?=\s*(copyright|©|$))"  # '版权属于昆明经济技术开发区管理委员会 Copyright(c)…'
    # '本站部分信息由相应民事主体自行提供,…', '本网部分转载文章、图片等无法联系到权利人,…'
    r"|本(网站|站|网)部分(信息|内容|文章|转载|图片))", re.I)  # '本网站为双鸭山新闻网版权所有,未经协议授权,禁止下载使用。'
# Anywhere in a short line: a page's note about itself, not the article's words.
# ('…本条信息受业主方委托独家指定在…招标网发布': a tender site's claim on what it carries)
_SITE_NOTE = re.compile(r"不代表本(站|网)\S{0,4}(观点|立场)|受业主方?委托独家指定在|并不代表.{0,12}(观点|立场)|如有侵权|版权[及与和]免责声明|转载请注明|广告热线|客服\s*(电话|热线)?\s*(:|$)|打赏|爆料|请登录|请加微信|以防失联|"
                        r"本站转载|均已标明出处|编辑器出品|限时免费阅读|订阅财新|^您已阅读\d{1,3}%|订阅以继续|^中国互联网举报中心$|合作洽谈|搜索并关注|^紧急扩散|^文章图片$|"
                        r"^网友提问|^优质回答|^保护视力色|^字体颜色|^字体大小|^文章插图$|^今日关注$|^精彩推送$|^水印\d{0,2}$|^页\s*:\s*\[\d+\]|^查看完整版本|更多内容请关注本站|^[(]\s*(结束|完)\s*[)]$|"
                        r"^[「『【]?\s*支持\S{0,6}网站\s*!?\s*[」』】]?$|"  # a donation prompt: '「 支持红色网站!」'
                        r"^其他金额$|^本页主题\s*:|^人工智能朗读\s*:?$|二维码\s*:\s*点击查看$|^[|]?\s*(阅读模式|显示全部楼层|只看该作者|只看楼主)\s*[|]?$|^(超级管理员|管理员|超级版主|版主|注册会员|普通会员|中级会员|高级会员|新手上路|楼主#?)$|设为书签|保存为书签|加入收藏|设为首页|微信搜索|^导语\s*:?$|^(网站群|站群)(导航|链接)$|^[•·]?\s*相关(新闻|专题|阅读|文章|链接)\s*:?|本站通过大数据|"
                        r"希望能帮助到您|^[(]\s*(?!记者|通讯员)[\u4e00-\u9fff]{2,4}\s*[)]$|"
                        r"我要留言|评论留言|欢迎参与讨论|全部评论|暂无评论|发表评论|(下转|上接|转)第\S{1,3}版|详见\d+版|"
                        r"浏览器版本(太|过)低|请升级(您的)?浏览器|升级至\s*(?i:ie)\d|"
                        r"^打开\S{0,6}(新闻|客户端|(?i:app))\s*查看|^查看精彩图片$|"  # '打开网易新闻 查看精彩图片'
                        # a paper's reuse notice ('如需使用相关内容,请致电…' / '某省媒体版权保护中心'), a deal's contact
                        r"如需(使用|转载|引用)\S{0,6}(内容|稿件|作品)|版权保护中心$|^(业务|商务|广告)合作\s*:|"
                        r"^Processed in [\d.]+ second")  # a forum engine's page footer
# A media account describing itself: '《今日洪湖》作为洪湖市官方唯一公众平台,持续高度关注,…'.
_OUTLET_SELF_INTRO = re.compile(r"[《“][^》”]{2,12}[》”]\s*(作为|是)[^。,]{0,16}(官方|唯一|权威)[^。,]{0,8}(公众平台|公众号|平台|媒体|客户端)"
                                # '…这里是上海市人民政府新闻办微信平台。': an account's description of itself
                                r"|(这里是|我们是)[^。,]{2,24}(微信平台|公众号|官方账号|官方帐号|官方平台|客户端)")
# A prompt to follow an account, however long: '温馨提示:微信搜索贵阳本地宝,关注后在对话框回复【肺炎】,…'; to subscribe;
# to consent to a site's privacy rules.
_ACCOUNT_PROMPT = re.compile(r"^(温馨)?提示\s*:\s*(微信搜索|www\.|https?:|本网站|本站)|关注后(在对话框)?回复|(对话框|后台)回复(关键词)?"
                             r"|(?i:flash\s*player)"
                             # a mobile paper's subscription box: '山东手机报订阅方式:' / '移动用户发送短信SD到10658000'
                             # ('发送短信 zmdsjb 10658300 即可订阅《某某手机报》': or without the carrier)
                             r"|订阅方式\s*:?$|^(移动|联通|电信)用户发送短信|^发送短信\s*\S{1,12}\s*(到|至)?\s*\d{5,}.{0,6}订阅"
                             # a site's privacy banner: '本网站使用相关技术…尊重使用者隐私,…代表您同意上述规范。'
                             r"|隐私.{0,60}(同意|接受)|(同意|接受).{0,20}(隐私|cookie)")
# A production credit closing a report: '云梦县委宣传部 云梦县融媒体中心' (names of media bodies side by side).
_MEDIA_BODY = r"\S{2,20}?(?:宣传部|融媒体中心|新闻中心|广播电视台|电视台|日报社|报社)"
MEDIA_CREDIT = re.compile(rf"^{_MEDIA_BODY}(?:\s+{_MEDIA_BODY}){{1,3}}$")
# A news source's byline opening a lead: 本报讯, 天山网讯, 河南商报讯, 宁陕融媒讯 (a regular-expression fragment).
# '本报讯', '天山网讯', '广西新闻网-广西日报钦州讯' (an outlet's dispatch from a place), '青海新闻网·大美青海客户端讯',
# '昆明信息港讯', '大江网/萍乡头条客户端讯'; not '通讯员'.
SOURCE_BYLINE = (r"(?:本报讯|本网讯|本台讯|(?:[\u4e00-\u9fff]{2,10}(?:网|报|台)[-—·・/])?"
                 r"[\u4e00-\u9fff]{1,8}(?:网|报|台|社|客户端|融媒|融媒体|新闻|发布|港|在线)[\u4e00-\u9fff]{0,4}"
                 r"(?:\s*[(][A-Za-z0-9.\-]{3,40}[)])?讯(?!员))")  # (its address in brackets: '某财经网(m.example.cn)讯')
# Outlets of one group named before their byline: '新安晚报 安徽网 大皖新闻讯 4月20日,…' (a fragment).
OUTLET_GROUP = rf"(?:[\u4e00-\u9fff]{{2,10}}(?:网|报|台|新闻|客户端|融媒)\s+){{1,3}}(?={SOURCE_BYLINE})"
# An e-paper's page label: '第A2版', '第3版' (a fragment).
EDITION_LABEL = r"第\s*[a-z]?\d{1,3}\s*版"
# A slide title of a photo gallery: '长期在拉萨生活注意事项(无特殊紧迫事项)(1)'.
# (or a part of an article split over pages, over its dateline: '北京:…可获绿码(4)' / '某某新闻网 … 2020-05-03')
# (not a numbered list's item counting its places: '一、高风险区(0)')
GALLERY_SLIDE = re.compile(r"^(?![一二三四五六七八九十]+、)[^。,;]{4,30}[(](?!0[)])\d{1,2}[)]$")
# Gambling and adult SEO words; a short line with one is spam, and a line that opens with a chain of them
# ('澳门金沙城中心_欧洲杯足球网-【投注官网平台】召开…') loses the chain.
# SEO words: the strong ones are spam on their own; the weak ones are also news words (亚洲, 官网, 开户, and
# 棋牌 outside 棋牌室, which COVID notices close), so a short line needs two different ones to be spam.
_SEO_STRONG = r"资料大全|一区二区|精品字幕|三级国产|管家婆|一肖一码|天天彩|六合宝典|万博体育|开云体育|乐鱼体育|华体会|雷竞技|蜘蛛池|博彩(?!监察|监管|业|税|收入)|幸运(?:10|飞艇|28)|开奖网址|时时彩|六合彩|北京赛车|杏彩|娱乐城|沙巴体育|中文字幕|无码|精品视频|投注|足球网|体育平台|金沙城|葡京|皇冠体育|彩船|国产精品|彩票.{0,4}(?:app|下载|手机)"
_SEO_STRONG += r"|凯发(?:k8|娱乐|国际|官网|体育|平台|app)?(?:下载|注册|登录|$)"  # ('怎么下载凯发' over the headline)
_SEO_WEAK = r"bet|官网|免费观看|在线观看|博弈|开户|棋牌(?![室馆])|久久|亚洲"
_SEO_SPAM = re.compile(f"{_SEO_STRONG}|{_SEO_WEAK}", re.I)
_SEO_STRONG_RE = re.compile(_SEO_STRONG, re.I)
_SEO_WEAK_RE = re.compile(_SEO_WEAK, re.I)
_SEO_LABEL_PREFIX = re.compile(r"^[^,。!?:]{2,24}:\s*")
_SEO_CHAIN_PREFIX = re.compile(r"^(?:[^,。!?]{1,24}?(?:_|-|【|】|\||/)){1,8}[^,。!?]{0,12}?(?:】|\]|_|-)")
# Gambling SEO phrases spliced into sentences ('3日晚上,皇冠体育平台,皇冠体育app组织收看…', '总书记365体育博彩:疫情防控…').
# (Not Macau's gaming regulator and its trade: '澳门博彩监察协调局宣布…', '博彩业', '博彩税'.)
# At most two characters before the keyword belong to the phrase, so the sentence around it keeps its words.
_SPLICED_SPAM = re.compile(
    r"(?:[A-Za-z0-9]{0,6}[\u4e00-\u9fff]{0,2}(?:博彩(?!监察|监管|业|税|收入)|官网(?=(?:平台|app)?[★☆_\-:|【】\[\]])|投注|娱乐城|沙巴体育|足球网|彩船|体育平台|体育app|体育在线|在哪进|金沙城中心"
    r"|欧洲杯|世界杯线上|线上买球|买球官网|中文字幕|线上博弈|在线赌场|网上赌场|真人赌场|体育(?:地址|官方|入口|注册|网址|首页|下载)"
    r"|(?:万博|开云|乐鱼|九游)体育|华体会|雷竞技"  # (not 开云 alone: 离开云南)
    # a casino's name put in place of the outlet's: '完美体育·(中国)官方网站讯(记者…)'
    r"|[\u4e00-\u9fff]{0,4}[·・]?[(（]中国[)）]官方网站讯?"
    r"|幸运(?:10|飞艇|28)(?:开奖)?(?:网址|官网|平台|直播)?|开奖网址|时时彩|六合彩|北京赛车|杏彩(?:网页版|平台|官网)?)(?:app|[A-Za-z]{1,4})?(?:平台)?[★☆]*[_\-:|【】\[\]]*,?)+", re.I)
# A gambling site's keywords joined by underscores in place of a name inside a sentence: '10月26日,365体育娱乐手机平台_
# 足球比分365_office365个人邮箱召开县…会议', '…主要负责人在bet3365官方手机_365bet线_线上365bet注册分会场参加会议'. The
# chain is made of such keywords only, so it ends where the sentence's own words resume.
_CHAIN_WORD = (r"(?:[A-Za-z]++|\d++|官方|手机|平台|官网|网址|网站|下载|开户|注册|娱乐|体育|足球|比分|彩票|邮箱|在线|线上|线|"
               r"登录|入口|个人|桌面|应用|版|首页|地址|游戏|盒子|真人|电子|世界杯|正规)")
# (possessive: a long run of letters must not be split every way before the chain fails)
_UNDERSCORE_SPAM_CHAIN = re.compile(rf"{_CHAIN_WORD}++(?:_{_CHAIN_WORD}++){{2,}}", re.I)
# Casino brands spliced between a sentence's words, taking none of them: '过来了尊龙凯时中国官方网站,只要…',
# a farm's name set between two commas as a clause of its own ('…指挥部决定,抖客网,9月30日全县…'),
# '就采澳门金沙取了', '…beat365体育亚洲入口'; and a converter's glosses: '《读:kàn》', '(练:yǒu)', '《繁:俬》'.
# ('…,凱時尊龍集團總經理某某…': the brand in place of a company's name, in either order and script)
_SPLICED_BRAND = re.compile(r"(?:三级|成人|福利|黄色)?\s*app\s*(?:免费|在线)观看|尊龙凯时(中国)?(官方网站|官网)?"
                            r"|凯时尊龙|凱時尊龍|尊龍凱時"
                            r"|大?澳门威尼斯人(?:赌场)?(?:官方网站|官网|平台)?|澳门金沙|(?<=[,，])(?:融易新媒体|[\u4e00-\u9fff]{2,4}网)[,，]|(澳门)?新葡京|beat365(体育)?(亚洲)?(入口)?"
                            r"|‘[A-Za-z0-9]{1,6}(入口|官网|平台|下载|app)’"  # '…战疫情‘k1入口’'
                            r"|\d{2,4}比分直播\s*:?"  # a live-score site in place of the county's name: '188比分直播:县…'
                            r"|《(繁|读)\s*:[^》]{1,8}》|[(](练|繁|读)\s*:[^()]{1,8}[)]", re.I)
# A farm's keywords for software it sells, spliced into sentences: '…疫情滨海源码生活必需…', '然而,暗网棋牌源码广西…',
# '…wwe2345源码三专…' (at most two characters before, so the sentence around keeps its words)
_SPLICED_SOURCE_CODE = re.compile(r"(?:[A-Za-z0-9]{1,8}|[\u4e00-\u9fff]{0,2})(?:网站|商城|棋牌)?源码(?:\s*[A-Za-z]{2,8}(?![A-Za-z]))?")
_GAMBLING_CUE = re.compile(r"365|bet|体育|足球|娱乐|彩|赌|棋牌|博", re.I)
_GLUED_CHAIN_END = re.compile(r"[A-Za-z0-9]{2,12}[\u4e00-\u9fff]{0,4}?(应用|下载|网址|官网|平台|app)", re.I)
# Leftovers of markup and file names: '?span style=', 'image.png', 'tpl_font3.html', '//heihe.dbw.cn'.
_MARKUP_OR_FILE = re.compile(r"span style=|_fororder_|<\s*/?\s*[a-z]+[^>]*>|style=|^\S*\.(jpe?g|png|gif|bmp|webp|s?html?|php|aspx?)$"
                             r"|^微信(图片|截图)_|_副本\.|^//\S+|^https?://\S+(\s+\S{2,12})?$|(图源|图片来源)\s*:"
                             r"|!\[[^\]]*\]\(|\{\{[^{}]*\}\}", re.I)  # '![](/Files261/…': a markdown image left by a converter
_LONG_FILE_NAME = re.compile(r"[\w.-]{20,200}\.(jpe?g|png|gif|bmp|webp)", re.I | re.A)
# '某某 摄', '某某、某某某 摄', '某某/ 摄': who took the photo
_PHOTOGRAPHERS = r"[\u4e00-\u9fff]{2,4}((\s+|、)[\u4e00-\u9fff]{2,4}){0,3}\s*/?\s*[摄攝]"
_REPORTER_PHOTO = r"(本报|本台|本网)?(记者|通讯员)\s*" + _PHOTOGRAPHERS
# Inside running text: a hidden-markup residue and its hidden SEO words, a newspaper's page pointer.
_INLINE_JUNK = re.compile(r"<\s*/?\s*br\s*/?\s*>"  # a line break's tag left as text: '< br>'
                          r"|^\s*A\s*\+\s+A\s*-\s+"  # font-size buttons opening a line run together: 'A+ A- 新京报快讯…'
                          # a wire's translator credit with its story code: '…延燒。(譯者:黃某某/核稿:陳某某)1100110'
                          r"|(?<=[。!?”])\s*[(](译者|编译|核稿|编辑)\s*:[^()]{1,30}[)]\s*\d{6,8}\s*$"
                          r"|<\\/(p|strong|span|div|b|em)>"  # a closing tag escaped in a script's string: '…风险区<\/p>'
                          r"|[(（]相关新闻链接\s*:[^()（）]{2,80}[)）]"  # '(相關新聞鏈接:陝西新增1例…)': a pointer to another report
                          # a photo's credit glued after the caption's sentence: '…有序排隊進行核酸檢測。圖自視覺中國'
                          r"|(?<=[。!?])\s*图片?(自|来自)\s*[\u4e00-\u9fff]{2,8}\s*$"
                          # ('在某酒店等待做核酸检测的医务人员。受访者供图。': who gave the photo)
                          r"|(?<=[。!?])\s*(受访者|受訪者|网友|網友|读者|讀者)供(图|圖)。?\s*$"
                          r"|^\s*「(本文)?来源\s*:[^」]{2,20}」"  # a source note glued before the lead: '「本文来源:央广网」央广网…'
                          r"|(?<=[。!?])\s*(详细|详情|更多)\s*[》>]{2,3}\s*$"  # a link to the rest after the text: '…。详细》》》'
                          # an editor's table toolbar glued after the last sentence: '…的一方净土。前插行后插行删除'
                          r"|(?<=[。!?”])\s*前插行\s*后插行\s*删除\s*$"
                          r"|(?<=[。!?])\s*>>\s*(详情|全文|更多|阅读全文)\s*$"  # (or its arrows first: '…2966人。>>详情')
                          # a social site's emoji left as its name: '愿逝者安息[祈祷]', '…的通报[话筒]'
                          # (and a pointer to other reports run on after a paragraph: '点选连结:直击…一线>>>')
                          r"|(?<=[。!?”])\s*(点选连结|点击链接|点击查看)\s*:[^。!?]{2,60}>{2,3}\s*$"
                          r"|\[(祈祷|祈禱|话筒|話筒|蜡烛|蠟燭|心|哭|泪|淚|赞|讚|微笑|抱抱|加油|鲜花|鮮花|给力|給力|鼓掌|握手|作揖|允悲|doge|good|ok)\]"
                          # a picture's credit after its caption: '(某某供图)', '(新华社 图)'
                          r"|(?<=[。!?])\s*[(][^()]{2,16}(供图|\s图|图片)[)]\s*$"  # (or '(维基百科图片)')
                          r"|(?<=[。!?])\s*[\u4e00-\u9fff]{2,4}\s*/\s*供图?\s*$"  # (or '…物资。 殷兆松/供图')
                          # (or the words' and pictures' credit: '(图文:某某街道 某某 单位审核:某某)')
                          r"|(?<=[。!?])\s*[(](图文|文图|文/图)\s*:[^()]{2,40}[)]\s*$"
                          # (or a microblog's video label: '…(浙江之声记者王某、吴某) 浙江之声的微博视频')
                          r"|(?<=[。!?)])\s*\S{2,16}的微博视频\s*$"
                          # (or where the picture below is from: '…闻名全国。(下图来自某某)')
                          r"|(?<=[。!?])\s*[(](下图|上图|图片?)\s*(来自|来源于|源自|出自)\s*:?[^()]{1,16}[)]\s*$"
                          # a caption and the reporters' credit run on after the last sentence: '…核酸检测。图为红马甲
                          # 测量体温。全媒体记者 某某 某某 文/图 |'
                          r"|(?<=[。!?])\s*图为[^。!?]{2,30}。(?=\s*(全媒体记者|记者|通讯员)|\s*$)"
                          # the site's copyright notice run onto the text's last line: '…均为阴性 本网平台所刊载内容之
                          # 知识产权为…专属所有或持有 。'
                          r"|\s本网(平台)?所刊载(的)?内容之?知识产权[^。]{2,120}(所有|持有)\s*。?\s*$"
                          # a site's name and slogan stamped after a paragraph: '…通报疫情防控工作最新进展。某某网—中国第一
                          # 文化门户网站'
                          r"|(?<=[。!?”])\s*[A-Za-z0-9]{0,12}[\u4e00-\u9fff]{2,8}网\s*[—-]{1,2}\s*中国[\u4e00-\u9fff]{2,12}网站\s*$"
                          r"|(?<=[。!?])\s*(全媒体)?(记者|通讯员)(\s*[\u4e00-\u9fff]{2,4}){1,4}\s*(文/图|图/文|文图|摄|报道)\s*\|?\s*$"
                          # a spam site's own address spliced between the text's words: '人民政府新www.czybx.com闻办公室'
                          # (or after its last sentence; not an address the text gives: '请登录www.12306.cn购票')
                          r"|(?<=[\u4e00-\u9fff。,!?;])(?<!登录)(?<!访问)(?<!网址)(?<!网站)(?<!官网)(?<!浏览)(?<!关注)"
                          r"/{0,2}www\.[a-z0-9-]{2,30}\.(?:com|cn|net|org)(?:\.cn)?(?=[\u4e00-\u9fff]|\s*$)"
                          r"|[?<]?\s*/?\s*span style=\"[^\"]*\"\s*>[^,。!?]{0,24}|[(](详见|下转|上接|转)第?\S{1,3}版[)]"
                          # ('(本条新闻版权归…所有,转载请注明出处)': with the rights it names)
                          r"|[(（]?\s*(本[条篇文]\S{0,4}版权归[^,，。()（）]{1,30}所有\s*[,，]\s*)?(欢迎转载|转载请注明)[^。]{0,40}。?"
                          # a wire's credits run on after the last sentence: '…不能松懈。记者:… 关键词: 新冠肺炎 责任编辑:…'
                          # (or in brackets: '…的影响。(记者:某某 编辑:某某 责任编辑:某某)')
                          r"|(?<=[。!?”])\s*[(【]?\s*(记者|编辑|关键词|来源)\s*:[^。!?]{0,80}(责任编辑|责编)\s*:\s*\S{1,20}\s*$"
                          # a farm's credits run on after the signature: '…指挥部 年1月1日来源:… 版权归原作者所有 责编:…'
                          r"|\s+版权归原作者所有(\s+\S{0,12}:\s*\S{0,16})*\s*[(|]*\s*$"
                          # an editor's credit after a signed date ('2021年8月7日 【编辑:苑菁菁】', with a page
                          # counter after it: '【编辑:苑菁菁】 39'), a '©原创' mark,
                          # a photo credit glued before a paragraph ('杨应平 摄会议指出…')
                          r"|\s*[【(]\s*(责任)?编辑\s*:[^】)]{1,12}[】)](\s+\d{1,4})?\s*$|\s*©\s*原创|^[\u4e00-\u9fff]{2,4} 摄(?=[\u4e00-\u9fff])"
                          # link buttons run on after the last sentence: '…完成全程接种。新冠疫苗接种点:点击查看|…:点击查看'
                          r"|(?<=[。!?])\s*([^,。!?|:]{2,20}:\s*点击(查看|进入|这里)\s*\|?\s*)+$"
                          # a public mailbox's header run into the letter: '称呼:某某发布时间:2020/1/26 10:33:38[投诉]'
                          r"|^\s*称呼\s*:\s*[^\s:]{1,12}?\s*发布时间\s*:\s*[\d/\-: ]{8,20}(\[[^\]]{1,6}\])?"
                          # (or the reporters' credit in brackets before the lead: '【全媒体记者 某某】3月29日,…')
                          r"|^\s*【\s*(全媒体)?(记者|通讯员)\s*:?(\s*[\u4e00-\u9fff]{2,4}){1,4}\s*】(?=\S)"
                          # (with its caption: '工人在对某小区进行消毒。某某 摄 东南网1月29日讯…')
                          r"|^[^。!?\s]{4,60}。\s*[\u4e00-\u9fff]{2,4}\s+摄\s+(?=\S)"
                          # a caption and its credit glued before a paragraph ('会议现场(某某 摄)根据…')
                          r"|^[\u4e00-\u9fff]{2,10}[(]\s*[\u4e00-\u9fff]{2,4}\s*摄\s*[)](?=[\u4e00-\u9fff《“])"
                          r"|^\s*#[^#\s]{2,16}#\s*(?=\S)"  # a topic's hashtag before the text: '#宜昌头条#一阳性…'
                          r"|^\s*参与互动(?=\S)"  # a portal's comment button glued before the text
                          r"|^\s*>{3,}\s*(?=\S)"  # a link's arrows before a line: '>>>武清区关于…的公告'
                          r"|\s*[-—=_]{10,}\s*$"  # a rule drawn after a line's words: '… 17:37:38 ----------'
                          r"|^\s*[a-z]{1,12}=\"[^\"]*\"\s*/?>\s*"  # the end of a broken tag: 'ink="">某某疾病预防控制中心'
                          # a copy's update stamp glued before the lead: '最后更新: 2021-08-04 17:56:29国务院…'
                          r"|^\s*(最后更新|更新时间)\s*:\s*\d{4}-\d{1,2}-\d{1,2}(\s+\d{1,2}:\d{2}(:\d{2})?)?\s*(?=[\u4e00-\u9fff])"
                          # a media centre's picture credit after its caption: '…现场督导疫情防控工作。某县融媒体中心图'
                          r"|(?<=[。!?])\s*[\u4e00-\u9fff]{2,12}(融媒体中心|融媒|新闻中心|日报社|报社|电视台|宣传部)\s*(供)?图\s*$"
                          r"|^导语\s+(?=\S)|^\s*[\[【]\s*(摘要|导语|提要)\s*[\]】]\s*(?=\S)"  # a summary's label before its text
                          # a site's slogan glued before the lead's day: '新闻行业垂直网站10月10日晚,…' (not an outlet's
                          # dateline: '某某网站10月10日讯')
                          r"|^\s*[\u4e00-\u9fff]{2,10}网站(?=\d{1,2}月\d{1,2}日(?!\s*(讯|电|消息)))"
                          # an advert's words and address glued before a paragraph ('某某出诊的医院 http://…html为…')
                          # (with the dashes and digits of a date the farm stripped: '…a_7693919.html——.01.01—— 年…')
                          r"|^[^\s,。]{2,20}\s+https?://\S+?\.(?:s?html?|php|aspx?)[^\s\u4e00-\u9fff]*\s*(?=[\u4e00-\u9fff])"
                          r"|^[^\s,。]{2,20}\s+https?://\S+/\s+(?=[\u4e00-\u9fff《“])"
                          # an editor's credit after the last sentence, unbracketed: '…的计划。” 网络编辑:某某'
                          r"|(?<=[。!?”\"])\s*(网络编辑|责任编辑|编辑|责编)\s*:\s*[\u4e00-\u9fff]{2,4}\s*$"
                          # a template's section markers: '视频 s 视频 e 图集 s 图集 e 正文s', '附件s 文件下载:关联文件:附件e'
                          r"|(?<![A-Za-z])(?:视频|图集|正文|附件|其他)\s?[se](?![A-Za-z])\s*|文件下载\s*:\s*关联文件\s*:"
                          # a photo credit after the last sentence: '…复工复产。新华网发(某某 摄)'
                          r"|(?<=[。!?”])\s*(\S{2,8}发)?\s*[(]\s*" + _PHOTOGRAPHERS + r"\s*[)]\s*$"
                          # an e-paper's pointer and photo credit after the last sentence: '…有序进行。相关报道详见第二版
                          # 本报记者 某某 某某摄'
                          r"|(?<=[。!?”])\s*((相关|详细)?报道)?详见第?\S{1,3}版(?=\s|$)(\s*" + _REPORTER_PHOTO + r")?\s*$"
                          r"|(?<=[。!?”])\s*" + _REPORTER_PHOTO + r"\s*$"
                          r"|栏目\s*:\s*[^\s:]{1,8}\s*(TAG|标签)\s*:\s*"  # a template's column and empty tags: '栏目:资讯TAG:'
                          # a wire's end mark after its last sentence; a link label; a photo's credit ('【图片=纽斯频通讯社】')
                          r"|\s*[(]\s*(结束|完)\s*[)]\s*$|【详细】|【图片=[^】]{2,16}】"
                          # another story's cry glued after the paragraph: '…及时通报。紧急!内蒙古多地发布重要公告!事关疫情防控!'
                          r"|(?<=[。!?”])\s*(紧急|重磅|突发|速看)!\s*[^。!?,]{4,30}!([^。!?,]{2,12}!)?\s*$"
                          r"|(?<=日)\s+\|\s*$"  # a table cell's bar after a signed date: '2022年9月26日 |'
                          # '…造谣。END', '…做扎实。(吴晓敏)' after the last sentence (a reporter's credit stays)
                          r"|(?<=[。!?”])\s*(END|[(](?!记者|通讯员)[\u4e00-\u9fff]{2,4}[)])\s*$"
                          r"|\?/(p|span|div|font|strong)>"  # a closing tag mangled by a wrong encoding: '感情?!?/p>'
                          r"|【/?[a-z]{1,4}/?】"  # a template's tag left as text: '【/h/】21日智利新增…'
                          # share buttons after a dateline: '…来源:央视新闻客户端  分享 分享到搜狐微博 分享到网易微博'
                          r"|(?:\s+分享(?:到[^\s]{2,6})?){2,6}\s*$"
                          # an image's file name and query glued before the text ('8d54…82.jpeg@f_auto?token=…广州市…')
                          r"|^[0-9A-Za-z_\-]{8,}\.(?:jpe?g|png|gif|bmp|webp)(?:[@?][!-~]*?)?(?=[\u4e00-\u9fff])"
                          r"|^\s*(点击)?(上方)?(点)?蓝色?字(关注(我们)?)?\s+(?=\S)")  # a WeChat follow prompt before the text
# Casino promotion written as sentences ('…还是手痒想玩运彩百家乐吗?小编在这边推荐…').
_CASINO_PROMO = re.compile(r"百家乐|运彩|线上博弈|娱乐城|博彩.{0,6}(推荐|平台|网站|app)|推荐i\d+", re.I)
_REPRINT_BAN = re.compile(r"未经[^,。]{0,6}(授权|许可|允许|同意)[^,。]{0,6}(不得|禁止|严禁|谢绝)[^,。]{0,4}(转载|复制|镜像|摘编)"
                          r"|(不得|严禁|禁止|谢绝)(转载|镜像)|版权作品"
                          r"|^如需转载[^。]{0,4}(请与|请联系|联系)")  # ('如需转载请与《每日经济新闻》报社联系。')
_DISCLAIMER_WORDS = re.compile(r"转载|版权|本网|本站|侵权|删除|著作权|不代表|观点|来源|联系我们|法律责任")

# '原标题:…', a farm's '_本文原题是:…', '原题:…': the headline a reprint first had
# (after a summary's label: '導讀 原標題:…'; a spun copy's 原题目)
# (in brackets too, '(原标题:许昌…全部为阴性)', the title's own bracketed words kept: '原题:…通告(第3号)')
ORIGINAL_TITLE = re.compile(r"^[_\s]*[(（]?(?:导读\s*:?\s*)?(?:原标题|原题目|原题|本文原题是?|原题为)\s*:\s*"
                            r"((?:[^()（）]|[(（][^()（）]*[)）])*?|.*?)\s*[)）]?$")

# A share button's label alone (a fragment): '分享', '• 分享:', '分享至'.
SHARE_BUTTON = r"[•·]?\s*分享(?:到|至)?\s*:?"
_SHARE_TARGET = r"(分享到|分享|微信好友|微信|朋友圈|新浪微博|腾讯微博|搜狐微博|微博|qq空间|qq好友|空间|qq|今日头条|头条|豆瓣|复制链接|二维码)"

# The labels of a summary printed over the article ('摘要:近日,…', '导读:淮安涟水县…') (a regular-expression fragment).
SUMMARY_LABELS = r"本文摘要|摘要提示|摘要|导读|内容提要|内容摘要|核心提示"

_SINGLE_LINE_RULES = (
    # a farm's prompt restating the headline and its keywords: '小编提示您本文标题是: 「西城区」…。 实行|西城区|…'
    re.compile(r"^小[编編]提示(您)?\s*:?\s*本文(标题|標題)"),
    # the headline again between a farm's triangles: '▲▲ 「西城区」西城区实行居民小区“应封尽封”▲▲'
    re.compile(r"^▲{2,}.{4,80}▲{2,}$"),
    # a farm's stamp between paragraphs, its address in it: '[转载出处:www.ii77.com]', '[好文分享:www.ii77.com]'
    re.compile(r"^[\[【][\u4e00-\u9fff]{2,8}\s*:\s*(https?://)?(www\.)?[a-z0-9-]+(\.[a-z0-9-]+)+/?[\]】]$"),
    # breadcrumbs and top bars
    # (also after a bullet: '• 您当前的位置:首页 > 国内新闻 > …')
    # ('您当前浏览位置:', '您现在所在的位置:', '>>您当前位置:', '§当前位置:')
    re.compile(r"^[•·*§>]*\s*([您你](当前|现在|目前)?(所在|浏览)?的?位置|当前(所在|浏览)?的?位置|所在位置|当前页面)\s*[:>]?"),
    re.compile(r"^\S{0,8}?(您|你)的?(现在|当前)?(所在)?的?位置\s*[:>]"),
    # a hotline in a top bar: '新闻热线:0554-8685531 / 0554-8629907  网站地图 - …'
    re.compile(r"^(新闻热线|报料热线|爆料热线|投诉热线|值班电话|热线电话)\s*:.{0,100}$"),
    re.compile(r"^(首页|主页|网站首页)\s*[>»›/]"),
    re.compile(r"^(首页|主页|网站首页)\s+\S{2,16}(文章)?正文$"),  # its separators lost: '首页 火币中国文章正文'
    re.compile(r"^(?:[^\s>»›]{2,10}\s+[>»›]\s+){2,}"),  # a site's own steps: '示例头条  >  示例新闻  >  …'
    re.compile(r"^欢迎(访问|光临|来到)"),
    # a clinic's advert with its address, spliced into hijacked pages ('北京医治痤疮医院 http://pf.39.net/…')
    re.compile(r"^[\u4e00-\u9fff]{2,24}(医院|中医院|专家|医生|哪家好|好不好|哪里好|怎么治|专科)[\u4e00-\u9fff]{0,8}\s*"
               r"(https?://)?[a-z0-9-]+(\.[a-z0-9-]+)+[!-~]*$", re.I),  # (its address alone: no text run on)
    re.compile(r"^(首页|主页|网站首页|返回首页)$"),
    # a portal's hygiene tip box, the same on every page: '提醒:疫情未结束,防范措施不可松懈。勤洗手。…'
    re.compile(r"^(温馨)?提[醒示]\s*:\s*疫情(还)?(未|没有)结束\s*,\s*防范措施不可松懈"),
    # an account's slogan: '做江都人最爱关注的微信公众平台'
    re.compile(r"^[^,。!?]{2,24}(关注|喜爱|信赖)的?[^,。!?]{0,8}(微信公众平台|微信平台|公众号|微信号)$"),
    # a government site's top-bar links, one to a line: '移动端应用' / '政务微信' / '政务微博' / '智能问答'
    re.compile(r"^(移动端(应用)?|手机版|手机端|政务微信|政务微博|政务抖音|智能问答|无障碍(浏览|阅读)?|长者模式|关怀版|繁體版?|简体版?)$"),
    re.compile(r"^[\u4e00-\u9fff]{2,5}(政务微信|政务微博|政务抖音|政府网)$"),  # (under the city's name: '邓州政务微信')
    # a portal's menu of its local sites: '区域网群: 海口 三亚 三沙 儋州 …'
    re.compile(r"^(区域网群|地方网群|网群|地方站|地方频道|城市频道)\s*:"),
    # an e-paper's masthead: '国内统一刊号:CN43-0003 湘潭日报社出版党报热线:…广告热线:…订阅热线:…'
    re.compile(r"^(国内统一(连续出版物)?刊号|国内刊号)\s*:?\s*CN\s*\d{2}\s*-\s*\d{4}", re.I),
    # a photo's source: '(新闻图片由于家镇提供)'
    re.compile(r"^[(]?(新闻)?(图片|照片|图)由[^()。]{2,20}提供[)]?$"),
    # an account's name and number under the text: '某医院服务号' / '微信号|hdqrmyy' / '某医院订阅号'
    re.compile(r"^[\u4e00-\u9fff]{2,20}(服务号|订阅号)$|^微信号\s*[|:]\s*[A-Za-z0-9_-]{3,30}$"),
    # a site's note on an old browser: '請更新您的瀏覽器' / '您使用的瀏覽器版本較舊,已不再受支援。建議您更新…'
    re.compile(r"^请更新(您|你)的浏览器$|^(您|你)(使用|所用)的浏览器[^。]{0,12}(已不再受?支[援持]|不受支[援持]|版本(较|过)旧)"),
    re.compile(r"^[-—\s]*advertisement[-—\s]*$", re.I),  # '- Advertisement -': an advert's slot
    # an account's or a site's buttons and empty slots: '设为星标', '栏目导航', '【】', '新冠疫苗接种点:点击查看'
    re.compile(r"^(设为星标|星标我们|栏目导航|【\s*】|\[\s*\])$|^[^,。!?]{2,20}:\s*点击(查看|进入|这里)$"),
    # ('点击蓝字↗进入公众号主页→点右上角「···」→「设为星标」,您将第一时间收到最新推送!请加星标,…': the same, spelt out)
    re.compile(r"^.{0,80}(设为星标|加星标|星标我们|(?<!达)标星(?!级)).{0,60}$"),
    # an outlet's sign-off: '关注河北新闻网,了解河北最新新闻。' (not advice: '关注疫情防控动态,了解最新防控要求。')
    re.compile(r"^关注[^,。!?]{1,12}(网|报|号|台|发布|新闻|客户端|微信|微博)[,，]\s*(了解|获取|第一时间)[^,。!?]{2,20}[。!]?$"),
    re.compile(r"^\s*\[err:"),  # a template's error printed into the page: "[err:标签'子栏目导航'查询数据库时出现异常…"
    # a list's back link and an open-government page's section labels: '返回列表1', '详细信息', '公开具体内容'
    re.compile(r"^(返回列表\d*|详细信息|公开具体内容|信息公开内容)$"),
    re.compile(r"^(发新帖|发新贴|发表新帖)\s*(回复|发表回复)?$"),  # a forum's buttons: '發新貼回復'
    # ('进入移动版,省流量,体验好': a prompt to its phone version)
    re.compile(r"^(进入|切换到?|访问)(移动版|手机版|手机端|移动端)[^。]{0,12}$"),
    # '登录 | 注册': a site's account links ('实名登录', '会员注册'; '登录个人中心', '个人中心': its account page)
    re.compile(r"^(用户|实名|会员)?(登录|注册|登入|退出)(\s*[|/]?\s*(用户|实名|会员)?(登录|注册|登入|退出))*(个人中心)?$"
               r"|^个人中心$"),
    # font / print / share / close widgets
    re.compile(r"^【?\s*(字体|字号|文字大小)\s*:?.{0,20}$"),
    # an account's prompt to read on: '更多疫情防控详情' / '请接着往下看!'
    re.compile(r"^(更多[^,。!?]{0,10}详情|请?接着往下看|请往下看)\s*[!]?$"),
    re.compile(r"^(【\s*(打印|字体|字号|关闭|收藏|纠错|分享)[^【】]{0,12}】?\s*){2,}$"),  # '【打印】 【字體:': a widget row
    re.compile(r"^(打印|分享到?|收藏|关闭)(\s+(打印|分享到?|收藏|关闭)\s*:?)+$"),  # '打印 分享到 :' (its buttons lost)
    re.compile(r"^【?\s*(打印本文|打印本页|打印文章|打印|关闭窗口|关闭本页|关闭|返回顶部|回到顶部|回上|回上页|返回上一页|收藏本页|加入收藏|纠错)\s*:?\s*】?$"),
    # a photo's caption standing alone ('会议现场。') and a view count in ten thousands ('25.0万')
    re.compile(r"^(会议|活动|座谈会|调度会|推进会|发布会|部署会|检查|采样|接种)?(直播)?现场(图)?。?$|^\d{1,4}(\.\d)?万$"),
    re.compile(r"^(【[^】]{1,10}】\s*)+$"),
    # pictures' file names kept as their zero-padded numbers alone: '0102  0103' (no count is written so)
    re.compile(r"^0\d{2,5}(\s+0\d{2,5})*$"),
    # the site's sponsors in its footer: '中共某市委宣传部主管、某日报社主办 电话:…' (not a sentence: '由…主管、…主办的活动')
    re.compile(r"^[^\s,。由]{4,30}主管\s*[、,，]?\s*[^\s,。]{2,30}主办"
               r"(?=\s*$|\s+(电话|地址|邮编|版权|QQ|Copyright|©|备案|[\u4e00-\u9fff]ICP))", re.I),
    re.compile(r"^【\s*纠错\s*】"),  # '【糾錯】 責任編輯: 焦鵬'
    re.compile(r"^(热门|最新|网友)?跟[贴帖]\s*\d*$"),  # a portal's comment section under the text: '热门跟贴'
    re.compile(rf"^{SHARE_BUTTON}\s*$"),
    # a picture's caption with its photographer, alone on its line: '日喀则市民在火车站…进行核酸检测。某某某 摄'
    # ('解除封控的解放碑。某某某/摄': or with a slash)
    re.compile(r"^[^。!?]{4,60}。\s*[\u4e00-\u9fff]{2,4}(\s+|\s*/\s*)摄$"),
    # a row of share buttons: '分享 微信', '微博 空间 qq'
    re.compile(rf"^{_SHARE_TARGET}(\s*[:|/、,·]?\s*{_SHARE_TARGET})+\s*$", re.I),
    # a share widget's items listed one to a line: '• weixin' / '• weibo' / '• qqzone'
    re.compile(r"^[•·*\s]*(weixin|weibo|qqzone|wechat|微信|微博|qq空间|朋友圈)\s*$", re.I),
    re.compile(r"^分享到\s*:"),
    # QR prompts about the page itself (扫描二维码预约核酸检测 is an instruction in the story)
    re.compile(r"^(微信|手机)?扫一扫\s*:?$"),
    # ('扫描关注某某网微信公众号,第一时间获取更多精彩内容。')
    re.compile(r"^.{0,10}(扫一扫|扫描|扫码).{0,20}(打开|分享|关注|阅读|浏览|本页|当前页|本文|手机版|公众号|移动端|客户端).{0,10}$"
               r"|^(扫描|扫码)关注.{0,20}(公众号|微信).{0,24}$"),
    # site operator and editor lines
    # (not a bracketed credit that opens the lead: '(记者:罗超)9月27日,区委副书记…')
    # (nor a whole page run into one line after its source label: '来源:…办公室 …的通告 根据…')
    # (nor a reporter's question in a press conference's transcript: '记者:我是…,请介绍一下。')
    # (its two characters may stand apart: '编   审:某某', '监   制:某某')
    re.compile(r"^(?=.{0,160}$)(?![(\[【][^)\]】]{1,30}[)\]】]\s*\S{10})(?!记\s*者\s*:[^。?!]{6,}[。?!])[(\[【]?\s*"
               r"(主办|承办|协办|指导(?=单位)|主管|运维|运营|技术支持|总监|审核|审校|审签|终审|初审|复审|监\s*制|总监制|责编|责任编辑|编\s*辑|"
               r"技术编辑|校对|值班编辑|网站编辑|编校|编\s*审|媒体运营|作者|撰文|撰稿|记\s*者|通讯员|摄影|来源"
               r"|制\s*作|出\s*品|策\s*划|统\s*筹)(单位)?\s*[:|\s/]"),  # ('制作:邓柳 | 编辑:… 出品:蔡甸区融媒体中心')
    # a site's disclaimer, however long: '友情提示:文章内容为作者个人观点,不代表本站立场…'
    # (or numbered, naming the article: '1.《…》援引自互联网,…', '2.《…》仅供读者参考,…', '3.文章转载时请保留本站…')
    re.compile(r"^\d?\.?\s*(《[^》]{2,60}》\s*)?(援引自互联网|仅供读者参考)|^\d?\.?\s*文章转载时请保留本站"),
    re.compile(r"^(友情提示|特别提示|特别声明|声明)\s*:\s*(本文|文章)(内容)?(为|系|仅代表)(作者)?(个人)?观点"),
    # ('本文由入驻某某网资讯专栏的作者撰写或者网上转载,观点仅代表作者本人,不代表某某网立场。…一经查实,本站将立刻删除')
    re.compile(r"^.{0,60}观点仅代表作者(本人|个人)?\s*[,，]"),
    re.compile(r"^(该|本)篇?文章?内?容?$"),  # (its first words alone, the rest cut off with the page: '该文章内')
    # a link to another story, its arrow pointing on: '为何更名?对农村地区…提出哪些要求?权威解读→'
    re.compile(r"^[^。]{6,60}(→|➡|>>)$"),
    # a link's prompt ('点击查看35场发布会实录', '点击进入下一页') and a forum's hidden-content prompt
    # ('「武汉肺炎专区」请点此,更多相关讯息,带您第一手掌握。': a portal's pointer to its topic page)
    re.compile(r"^[-—\s]*点击(查看|进入|阅读|浏览|延伸阅读)\S{0,30}$|^.{0,6}查看隐藏内容.{0,20}$|^.{0,20}请点(此|这里)\s*[,,].{0,24}$"),
    # a site's technical credit after its names: '杭州网?千岛湖网 网络支持:杭州网络传媒有限公司'
    re.compile(r"^.{0,40}(网络支持|技术支持|网站支持|技术服务)\s*:\s*\S.{0,40}$"),
    # a credit line: '文/记者 李承泽', '图/某某'
    re.compile(r"^(文|图|文图|图文|视频|摄影|摄像|剪辑)\s*/\s*\S.{0,28}$"),
    re.compile(r"^图\s+\S{2,8}(新闻|日报|晚报|网|社|视觉|视频)$"),  # a picture's credit: '图 央视新闻'
    re.compile(r"^\S{2,20}供图$"),  # and a supplier's: '某区融媒体中心供图'
    # a picture's caption: '图为发布会现场。', '▲首爾市府宣布,將暫時關閉…。(圖/達志影像)' (a marker or a credit says so)
    re.compile(r"^(上|下|左|右)?图为[^。!?]{2,40}。?$|^[▲△]?[^。!?]{2,80}[。!]?\s*[(]\s*图\s*/\s*[^()]{1,20}[)]$"),
    re.compile(r"^(ADVERTISEMENT|Advertisement|广告)$"),  # an advert's label
    # a forum poster's panel: '级别:精灵王 ( 12 )', '发帖:2106', '注册:2007-10-07'
    re.compile(r"^(级别|发帖|威望|金钱|贡献|注册|积分|帖子|精华|在线时间|最后登录)\s*:\s*\S.{0,20}$"),
    re.compile(r"^(邮箱|电子邮箱|电话|传真|地址)\s*:\s*$"),  # a contact label with nothing after it
    re.compile(r"^[-—―─━=_*~]{5,}$|^点击$"),  # a rule drawn in dashes; a link's bare prompt
    re.compile(r"^相关(文件|附件)下载\s*:?$"),  # a box of attachments after the text
    re.compile(r"^!\[[^\]]*\]\([^)]*\)\s*$"),  # a markdown image left by a converter, however long its path
    # a content farm's closing line: '以上就是关于【…】的信息,希望对大家有所帮助!!-本文转自【…】'
    re.compile(r"^以上就是.{0,100}希望\S{0,6}?(对|能对)(大家|您|你)有所帮助"),  # (希望上述内容对大家…)
    # '以上是网络信息转载,信息真实性自行斟酌。': a farm's disclaimer; '(相关资料图)' where a picture stood;
    # '青海西宁疫情感染源头找到了吗 第2张': a gallery's picture title and number
    # ('图片文字介绍': the caption a template leaves where no one wrote one)
    re.compile(r"^以上(是|为)网络信息转载|^[(]?(相关)?资料图片?[)]?$|^[^。,]{4,40}\s+第\d{1,2}张$"
               r"|^图片(文字介绍|说明文字|描述)$"
               r"|^图片\s?\d{1,2}$"),  # ('图片1': where a template numbered a picture that did not load)
    re.compile(r"^(阅读|浏览|点击|阅读量|浏览量|浏览次数|点击量)\s*:\s*$"),  # and a counter's, its number not loaded
    # a summary of the article above it ('摘要:近日,…', '导读:淮安涟水县…'), which the text then says in full
    re.compile(rf"^({SUMMARY_LABELS})\s*:\s*\S"),
    # a government site's prompt before an outside link: '您访问的链接即将离开“…”门户网站 是否继续?' / '继续访问放弃'
    re.compile(r"^您访问的链接即将离开.{0,40}$|^继续访问\s*放弃$"),
    # a box of other links: '更多>>热门排行'; a comment box's rules: '·请注意语言文明,尊重网络道德…'
    re.compile(r"^更多\s*>>\s*\S{2,12}$|^[·•]?\s*请注意语言文明"),
    re.compile(r"^留言已被查看\s*\d*$"),  # a message board's counter under the question
    # another item's teaser and its link: '5月10日,…运动队组织观看了…大会实况,…感想满怀。[详细]'
    re.compile(r"^.{10,300}[。!?”]\s*\[(详细|详情|全文|更多)\]$"),
    # a site's greeting before its disclaimer: '<爱上你,爱上新江南网:www.….com,欢迎您!>声明:'
    re.compile(r"^<[^<>]{4,100}>\s*声明\s*:?$"),
    # a farm's reminder stamped over every copy: '温馨提示:尚未接种新冠病毒疫苗的群众(…),请尽快…'
    re.compile(r"^温馨提示\s*:\s*尚未接种新冠(病毒)?疫苗的群众"),
    # a mirror of deleted WeChat posts: '该内容已被发布者删除 该内容被自由微信恢复', '文章于 2022年3月19日 被检测为删除。'
    re.compile(r"^该内容已被发布者删除|^该内容被\S{2,8}恢复$|^文章于\s*\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*被检测为删除"
               r"|^被用户删除$"),
    re.compile(r"^[?]{2,}$"),  # '???': a line whose characters a bad conversion lost
    # a site describing itself over the page: '南康唯一由行业协会运营的…物流查询网站,本网站发布的物流企业皆为…'
    re.compile(r"^.{4,80}网站\s*,\s*本(网)?站"),
    # a WeChat post opened from its preview link: '此为临时链接,仅用于预览,将在短期内失效'
    re.compile(r"^此为临时链接\s*[,,]?\s*仅用于(文章)?预览"),
    # an app's sign-in prompt over the page: '登录湛江云媒账号'
    re.compile(r"^(登录|注册|登录/注册)[\u4e00-\u9fff]{0,12}(账号|帐号|账户)$"),
    # a template's numbered section labels, its fields left empty: '1核心提示' / '2发布时间' / '3资讯详情'
    re.compile(r"^\d{1,2}\s*(核心提示|发布时间|资讯详情|文章详情|新闻详情|内容详情)$"),
    # what is left of an HTML comment: '… c_86311.html 1 韩国… /enpproperty-->' (an e-paper template's fields)
    re.compile(r"^.{0,200}?(<!--|-->)"),
    # counters, expanders, original-link prompts
    re.compile(r"^(浏览|浏览次数|浏览量|阅读|阅读数|阅读量|点击|点击数|点击量|访问量)\s*:?\s*\d+"),
    re.compile(r"^(展开全文|阅读全文|查看全文|点击阅读原文|阅读原文|查看原文|点击查看原文|返回列表|返回首页)\s*[>»]*$"),
    re.compile(r"^(详细阅读|详细内容|阅读更多|查看更多|查看详情|更多)\s*[>»]+$"),
    re.compile(r"^(展开全部内容|展开全部|展开更多|加载更多|请输入验证码|输入验证码|验证码|推荐内容|相关专题|大家都在看|猜你喜欢)\s*[>»:]*$"),
    # a teaser of another item cut short before its link: '关于塔尔寺暂停开放的通知... [详情]'
    re.compile(r"^.{0,300}?(\.{3}|…)\s*[\[【]\s*(详情|详细|全文|更多)\s*[\]】]$"),
    # a photo caption: '图为雷山县西江镇分会场'
    # a caption signed by its photographer: '志愿者为市民做核酸检测 某某 摄', '…准备填填肚子(某某/ 摄)'
    # (its one sentence closed before the credit: '7月14日下午的北海侨港风情街。 某某 摄')
    re.compile(r"^[^。!?]{2,80}?。?(\s|[(])\s*" + _PHOTOGRAPHERS + r"\s*[)]?$"),
    # (its photographer glued on, with no stop in the line: '…检查防疫物质储备情况伍星红摄'; not '…进行拍摄')
    re.compile(r"^[^。!?,,:;]{6,60}?[\u4e00-\u9fff]{2,3}(?<![拍航摄])摄$"),
    # a caption of a scene in progress, a line with no stop: '蒸湘区疫苗接种点医务人员正在为居民接种疫苗'
    re.compile(r"^[^。!?,,:;]{4,30}正在(为|给|对|向|进行|开展|接受|查看|检查)[^。!?,,:;]{2,30}$"),
    re.compile(r"^[▲△]?\s*[上下左右]?图(为|:)\s*[^。]{1,28}$"),  # (a caption that is a sentence of the report stays)
    # a wire photo's caption, credited to its agency: '东京今天增加1410例确诊。图为…街景。(法新社)'
    re.compile(r"^[^。!?]{0,60}。?\s*图为[^。!?]{2,60}。?\s*[(]\s*(法新社|路透社?|美联社|欧新社|新华社|中新社|共同社|"
               r"资料照|资料图|翻摄[^()]{0,12})\s*[)]$"),
    # a caption of any length signed by its photographer or giver: '图为…核酸检测结果查询 摄影:某某',
    # '1月30日,某公司向县红十字会捐赠10万元“抗疫”专款。 通讯员 供图'
    re.compile(r"^[^。!?]{2,120}?。?\s*[(]?\s*摄影\s*[:/]\s*[\u4e00-\u9fff]{2,4}((\s+|、)[\u4e00-\u9fff]{2,4}){0,3}\s*[)]?$"),
    re.compile(r"^[^。!?]{2,120}?。?\s*[(]?\s*((本报|本台|本网)?(记者|通讯员)\s*)?([\u4e00-\u9fff]{2,4}\s*)?供图\s*[)]?$"),
    # a file photo's caption, a screenshot's, an editor's placeholder: '资料图:日本民众戴口罩走在街头。',
    # '某县…领导小组办公室通报截图。', '已编辑图片'
    re.compile(r"^[(]?\s*资料(图|照)片?\s*([):]\s*[^。!?]{0,40}[。]?)?$"),
    re.compile(r"^[^。!?,]{2,40}截图[。]?$"),
    re.compile(r"^[^。!?,:]{4,30}来源\s*:\s*\S{2,20}$"),  # a photo's caption and credit: '…核酸检测现场来源:北京日报客户端'
    re.compile(r"^(已编辑图片|点击(查看)?大图|查看大图|图片|(?i:pic|img|image|photo))$"),  # ('图片': where a picture stood)
    re.compile(r"^[(]\d{1,5}[)]$"),  # '(0)': a comment or like counter
    # a caption signed by a news agency's photographer: '↑画面左侧为…出入口。新华社记者 某某 摄'
    re.compile(r"^.{2,80}?(社|网|报|台)?记者\s*[\u4e00-\u9fff]{2,4}((\s+|、)[\u4e00-\u9fff]{2,4}){0,3}\s*摄$"),
    # a widget still loading when the page was saved: '调查问题加载中,请稍候。'
    re.compile(r"^.{0,20}(加载中|正在加载)\s*[,.。…]*\s*(请稍候|请稍等)?\s*[。.…]*$"),
    # a share or like widget's label between rules: '—分享—'
    re.compile(r"^[—\-–·•\s]+(分享|收藏|点赞|在看|转发)[—\-–·•\s]+$"),
    re.compile(r"^(本文地址|本文链接|原文链接|原文地址|本文网址|文章地址|文章链接)\s*:"),
    re.compile(r"^本文(来自|转载自|来源于).{0,60}$"),
    re.compile(r"^(来源|稿件来源|信息来源|文章来源|来源于)\s*:.{0,40}$"),
    # promotion of the site itself
    # (and an account asking for likes: '大家好呀!我们是…的官方账号,…请多多点赞、评论、分享!')
    # ('提醒:点上方↑“掌上罗田”了解更多罗田资讯!': a WeChat account's prompt to follow it)
    # ('听 欢迎关注仙居广电传媒集团最具品质的广播官方微信!': a broadcaster's follow prompt)
    re.compile(r"^.{0,4}欢迎关注.{2,40}(微信|公众号|视频号|抖音号?|微博|客户端)\s*[!。]?$"),
    re.compile(r"^.{0,60}点(击)?(上方|上面|标题下方?)\S{0,3}(蓝字|“[^”]{1,12}”)?\S{0,4}(关注|了解更多|订阅).{0,30}$"),
    re.compile(r"^.{0,60}(欢迎投稿|投稿邮箱|感谢您浏览|客服电话|关注我们|关注微信|关注公众号|下载客户端|扫码关注|长按识别|点击关注"
               r"|下载.{0,10}(app|客户端)|(请|欢迎)(大家)?(多多)?(点赞|转发)|我们是.{0,20}官方(账号|帐号|公众号)"
               # ('…意見反映煩請email至國際中心公用信箱: intnews@…,我們會儘速處理。': an outlet's contact note)
               r"|烦请\s*(e-?mail|来信|来函|发邮件|致信)至).{0,80}$", re.I),
    re.compile(r"^附件(下载)?\s*:?\s*$"),  # an attachment bar with nothing attached
    # '來自玉環新聞網 |': a link bar (not a signed date in a cell, nor a table's row: '1 | 中风险区… | 7天居家隔离 |')
    # (nor a row's last cell wrapped onto a line of its own: '点对点转运,7 天集中隔离 |')
    re.compile(r"^(?![\d年月日\s]+\|$)(?![^|]*\|[^|]*\|)(?![^|]*,).{1,40}\s\|$"),
    re.compile(r"^[|\s]+$"),  # a table's empty row
    # a government site's footer of link menus: '中央部委网站', '省、市政府网站', '县市区政府网站'
    re.compile(r"^(中央部委|国务院部门|部委|省级政府|省市政府|省、市政府|设区市政府|设市区政府|县市区政府|市县政府|地方政府"
               r"|各省市|兄弟城市|市直部门|县直部门|其他)网站(链接|导航)?$"),
    # a forum's chrome (Discuz!): '[复制链接]', a post's header, the log-in prompt
    re.compile(r"^\[?复制链接\]?$"),
    re.compile(r"^.{0,40}发表于\s*\d{4}-\d{1,2}-\d{1,2}.{0,60}(显示全部楼层|阅读模式|只看该作者|来自手机|倒序浏览)"),
    re.compile(r"^(马上|立即)(注册|登录|登陆).{0,60}(论坛|功能|朋友|账号)"),
    re.compile(r"^您需要\s*(登录|登陆)\s*才可以.{0,40}$"),
    re.compile(r"^[^。!?]{0,20}(快捷登录|自动登录|找回密码)[^。!?]{0,20}$"),  # its log-in box: '手机号码,快捷登录'
    re.compile(r"^@[^\s@:]{1,20}\s*:?$"),  # a post's mention of a user alone: '@ME:'
    re.compile(r"^[x×]$"),  # a pop-up's close button
    # a content farm's template around what it copied: '导读今天关于…具体...', '…小编今天也是特地在网上收集了…'
    re.compile(r"^导读\s*\S.{0,300}(\.{3}|…)$"),
    re.compile(r"^.{0,200}小编.{0,30}(收集|整理|汇总)了?.{0,60}(分享给大家|下面的文章|下面的内容)"),
    re.compile(r"^.{0,200}大家.{0,100}(收集|整理)(了|到)?.{0,60}相关(方面)?的(知识|信息|内容)"),
    # ('…那么为此小编也是特地在网上找了一些关于…的相关内容,那么接下来就分享给大家吧', '本文到此结束,希望对大家有所帮助。')
    re.compile(r"^.{0,300}小编.{0,20}(找|搜集|收集|整理)了?.{0,200}(分享给大家|和大家分享)"),
    re.compile(r"^本文到此结束.{0,30}$"),
    # ('…那么内蒙古新增多少例病例?以下小编为您带来内蒙古疫情最新消息介绍,有兴趣的小伙伴一起来看看,…': a farm's
    # teaser paragraph over what it copied)
    re.compile(r"^.{0,300}(以下|下面)由?小编(为|给)(您|大家|你)(带来|整理|介绍).{0,100}$"),
    # a blog theme's demo text left on a farm's page: '主题测试文章,只做测试使用。发布者:admin,…'
    re.compile(r"^主题测试文章|^.{0,40}发布者\s*:\s*admin\b"),
    # a screen reader's announcement: '已打开…栏目页面,本页面是由20个视窗区共计20个区域组成,操作帮助请按Alt加问号键。'
    re.compile(r"^(已打开.{0,40}页面\s*,\s*本页面是由|.{0,100}操作帮助请按\s*Alt)"),
    # the neighbouring posts' stamps, '上一篇 2022年10月12日 21:16' (not a tail: the year they give is the post's)
    re.compile(r"^(上一篇|下一篇)\s*\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日(\s+\d{1,2}:\d{2})?$"),
    # ('以上就是【…】相关内容,更多资讯请关注某某阅读网': the farm's sign-off under what it copied)
    re.compile(r"^以上就是.{2,80}?(相关)?内容\s*[,，]?\s*(更多.{0,30})?$"),
    # a reading-time note, a graphic's credit, a WeChat album's label, a farm's follow prompt
    re.compile(r"^全文共\s*\d+\s*字"),
    re.compile(r"^(制图|绘图|美编)\s*:\s*[\u4e00-\u9fff]{2,4}$"),
    re.compile(r"^免费发布(分类)?信息$"),  # a classified-ads site's button
    re.compile(r"^(网站地图|网站导航|站点地图)$"),  # a footer's link
    # a site's note on the visitor's browser and its buttons: '您正在使用IE浏览器,为了获得更好的浏览体验,请升级…',
    # '查看详情 / 关闭提示', '更换或升级浏览器以获得最佳体验。'
    re.compile(r"^(您|你)正在使用\s*(IE|旧版|低版本)[^。]{0,60}浏览器|^[^,。]{0,12}(升级|更换)[^,。]{0,8}浏览器[^,。]{0,16}(体验|浏览)"
               r"|^查看详情\s*/\s*关闭提示$", re.I),
    # a log-in box and a comment widget: '还没有账号?', '立即注册', '我来说两句 0条评论 0人参与,'
    re.compile(r"^(还没有账号\s*[??]?|立即注册|我来说两句(\s*\d+\s*条评论)?(\s*\d+\s*人参与)?\s*[,,]?)$"),
    # an outlet's note on what it publishes: '财联社声明:文章内容仅供参考,不构成投资建议。…'
    re.compile(r"^[\u4e00-\u9fff]{2,10}声明\s*:\s*(本文|文章)(内容)?仅供参考"),
    # a farm's watermark on lines of their own: '(原文来自www.9y9y.com)', '(原创文章www.9y9y.com)'
    re.compile(r"^[(（][\u4e00-\u9fff]{0,8}(https?://)?www\.[a-z0-9-]+(\.[a-z0-9-]+)+/?[)）]$", re.I),
    re.compile(r"^(照片|图片|圖片)\s*(来源|來源)?\s*:\s*[\u4e00-\u9fff]{2,12}$"),  # a picture's source: '照片:云南发布'
    re.compile(r"^更多精彩(资讯|内容)请关注.{0,40}$"),
    # a comment box and its rules: '发表意见', '…中时新闻网有权删除留言,…务必先阅读留言板规则,谢谢配合。'
    # ('参与评论' / '请回复有价值的信息,无意义的评论将很快被删除,…': a farm's comment box)
    re.compile(r"^(发表意见|发表评论|我要评论|参与评论)$|^.{0,200}(留言板规则|有权删除留言|留言系统使用者|无意义的评论将)"),
    # a picture viewer's caption and credit: 'news 原图 2022年12月21日,某医院急诊,…的病人。图:财新 某某(实习)'
    re.compile(r"^(news\s+)?原图\s+.{0,150}图\s*:\s*\S.{0,20}$"),
    # a repost's note of the outlet it copied: '本文转自【央视新闻客户端】;' (the publisher, read before this goes)
    re.compile(r"^本文(转自|来自|转载自)\s*:?\s*【[^】]{2,20}】\s*[;。]?$"),
    re.compile(r"^本文(转自|来自|转载自)\s*[:;。]?\s*$"),  # ('本文转自;': the note, its source's name lost)
    # an aggregator's note under what it copied: '(以上内容由某县人民政府发布于2022年8月7日,原文链接)'
    re.compile(r"^[(]?\s*以上内容由[^()]{2,40}发布于[^()]{0,30}?(,\s*原文链接)?\s*[)]?$"),
    # a site's own statements, numbered: '1、“国际在线”由中国国际广播电台主办。经…授权,…'
    re.compile(r"^\d、\s*“[^”]{2,12}”由[^。]{2,30}主办"),
    # a script left in the text: '//百度推送 (function(){ var bp = document.createElement('script'); …'
    re.compile(r"^.{0,60}\(function\s*\(\)\s*\{|^.{0,200}document\.createElement\("),
    # a digital newspaper's chrome: '返回目录 标题导航 版面导航', '第A2版:一周要闻 PDF原版', '3上一篇 下一篇4 …'
    re.compile(r"^.{0,40}(版面导航|标题导航|返回目录|pdf原版|pdf阅读器)", re.I),
    re.compile(rf"^{EDITION_LABEL}\s*:", re.I),
    re.compile(r"^\d?\s*上一篇\s*下一篇\s*\d?"),
    # a wiki's chrome (维基文库 keeps many notices)
    re.compile(r"^(维基文库,自由的图书馆|跳转到内容|跳到导航|跳到搜索|来自维基文库)$"),
    # a script's tail left in the text: "'); })();"
    re.compile(r"^['\")};({\]\[,\s]{4,}$"),
    # a donation prompt's thanks under the text (its '您的打赏将用于…' follows)
    re.compile(r"^感谢您的支持与鼓励[!]?$"),
    # an arrow alone, pointing a phone's reader to the next part of a repost ('↓'; a run of them, '↓↓↓', introduces
    # what follows a signature, and tells the text goes on: span.article_end reads it)
    re.compile(r"^[↓⬇👇▼][\ufe0f\U0001F3FB-\U0001F3FF]?$"),  # (with its emoji form or skin tone: '⬇️', '👇🏻')
    # a spider pool's header over its list of places: '主站蜘蛛池模板: 泽州县| 治多县| …'
    re.compile(r".{0,20}蜘蛛池"),
    # a meta description leaked with the end of its attribute: '…各地要严格按照">'
    re.compile(r'^.{0,400}">\s*$'),
    # registration numbers
    re.compile(r"^.{0,80}(ICP备|ICP证|公网安备|网站标识码).{0,80}$", re.I),
    # (a long footer naming both: '主管主办:… 版权所有:… 地址:… 陕公网安备 … 陕ICP备16011134号-1')
    re.compile(r"^(?=[^。]{0,400}$)(?=.*(ICP备|ICP证))(?=.*公网安备)", re.I),
    # an app's download prompt: '文化艺术报客户端下载'
    re.compile(r"^[\u4e00-\u9fff]{2,12}(客户端|(?i:app))\s*下载$"),
)

# Contact lines; only dropped in the footer zone.
_CONTACT_LABEL = re.compile(
    r"^(地址|联系地址|通讯地址|单位地址|邮编|邮政编码|电话|联系电话|传真|电子邮箱|邮箱|e-?mail|联系我们|联系方式|服务热线)\s*:",
    re.I,
)
_REPORT_LINE = re.compile(r"举报(电话|邮箱)|违法和不良信息举报")
# '社会热点2022-11-17 14:34:06佚名': a content farm's column glued to its timestamp (with its author), not a date
# of the article's own
_COLUMN_STAMP = re.compile(r"^[\u4e00-\u9fff]{2,8}\s?20\d{2}-\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}:\d{2}")
_NOTICE_CLOSING = re.compile(r"^特此(通告|公告|通知|告知)")
_SIGNED_DATE_LINE_MAX = 16  # '2022年3月11日', '2022年10月23日21时'
# (and a footer's 'QQ:69500676')
_PHONE_OR_MAIL = re.compile(r"\d{3,4}-\d{7,8}|[\w.+-]+@[\w-]+\.[\w.]+|QQ\s*:\s*\d{5,}", re.I)

_BULLET = re.compile(r"^\s*[-•·▪●◆■◇□○►▶*]\s*\S")
_EMPTY_BULLET = re.compile(r"^\s*[•·▪●◆■◇□○►▶]\s*$")
_NAV_SEPARATORS = re.compile(r"\s*\|\s*")
_WIDE_SPACE = re.compile(r"\s{3,}")

# Spam headers such as WWW5558DCOM,WWW555CC成人|www56pao_www669.
_URLISH = re.compile(r"www|https?:|\.com|com\b|\.net|\.cn\b", re.I)
_ADULT_SEO = re.compile(r"国产精品|无码|在线观看|免费视频|免费看|久久|日韩|欧美|熟妇|人妻|午夜|影院|一区二区|二区|jizz|"
                        r"成人|色情|a片|裸聊|视频下载|丝袜|护士|黑人|不卡|三级片|三级国产|在线视频|av电影", re.I)
_ADULT_SEO_MIN = 3  # different phrases: news never strings three of these together
_SPAM_WORDS = re.compile(r"成人|色情|娱乐城|博彩|赌场|彩票|真人|葡京|开户|裸聊")

# On width-folded text. A closing quote or bracket counts only after a stop: 《…》“零发生” is a headline.
_SENTENCE_END = re.compile(r"[。!?…][\"”』」)]*$")
_INTRODUCES_WHAT_FOLLOWS = re.compile(r"(如下|以下)\s*:?\s*[↓⬇👇]*\s*$|[↓⬇👇]{2,}\s*$")
_TRAILING_CREDIT = re.compile(r"\s*[(][^()]{1,24}[)]\s*$")


BARE_DATE = re.compile(r"\d{4}[-/.]\d{1,2}[-/.]\d{1,2}")
_REPEATED_DATE_LINES = 3


# '????一、對…': a mirror that wrote its ideographic indentation (U+3000) in an encoding without it.
_LOST_INDENTATION = re.compile(r"^[ \t\u3000]*[?？]{2,}(?=[^?？\s])", re.MULTILINE)


def without_lost_indentation(text: str) -> str:
    """The text without the question marks a bad conversion left where lines were indented."""
    return _LOST_INDENTATION.sub("", text)


def summary_text(line: str) -> str | None:
    """The words of a summary line ('摘要:近日,…'), without its label and the credits or spam run into it; None for
    any other line or a short one."""
    key = match_key(line).strip()
    labelled = _SUMMARY_LABEL.match(key)
    if labelled is None or len(key) - labelled.end() < _SUMMARY_MIN:
        return None
    return strip_spam_prefix(line.strip()[labelled.end():]).strip()


_SUMMARY_LABEL = re.compile(rf"^({SUMMARY_LABELS})\s*:\s*")
_SUMMARY_MIN = 40


def strip_boilerplate(lines: list[str], *, page: bool = True) -> list[str]:
    """Lines without chrome. ``page=False`` (already-clean record bodies) keeps the tail
    and footer-zone rules off and only drops unmistakable chrome lines."""
    as_printed = _tails_on_lines_of_their_own(lines)
    # (the tail is found on the lines as printed: '【责任编辑:陈颖】' is also the shape of a spliced spam tag)
    tail = tail_start(as_printed, [match_key(line).strip() for line in as_printed]) if page else len(as_printed)
    lines = [strip_bracketed_headline(strip_spam_prefix(_without_trailing_prompts(_without_farm_stamp(line))))
             for line in as_printed]
    keys = [match_key(line).strip() for line in lines]
    # The same bare date on three lines or more: the dates of a list whose titles were lost ('2024-11-22' ×6).
    bare_dates = Counter(key for key in keys if BARE_DATE.fullmatch(key))
    repeated = {key for key, n in bare_dates.items() if n >= _REPEATED_DATE_LINES}
    lines = ["" if key in repeated else line for line, key in zip(lines, keys)]
    keys = ["" if key in repeated else key for key in keys]
    valueless = _labels_of_lost_values(keys)
    lines = ["" if i in valueless else line for i, line in enumerate(lines)]
    keys = ["" if i in valueless else key for i, key in enumerate(keys)]
    end = min(tail, tail_start(lines, keys)) if page else len(lines)
    kept = _drop_blocks_and_lines(lines[:end], keys[:end])
    if page:
        kept = _drop_trailing_bullets(kept, lines)
        kept = _drop_footer_contacts(kept, lines, keys)
        kept = _drop_translations(kept, keys)
    return [lines[i] for i in kept]


def _labels_of_lost_values(keys: list[str]) -> set[int]:
    """Three lines or more in a row that are each a name and a colon, with nothing after ('柳江区:' / '柳南区:' /
    '鹿寨县:'): a list of hotlines whose numbers were lost in the copy. (A salutation is one such line alone.)"""
    written = [i for i, key in enumerate(keys) if key]
    found: set[int] = set()
    run: list[int] = []
    for i in written + [None]:
        if i is not None and _LABEL_ALONE.fullmatch(keys[i]):
            run.append(i)
            continue
        if len(run) >= _VALUELESS_LABELS_MIN:
            found.update(run)
        run = []
    return found


_LABEL_ALONE = re.compile(r"[\u4e00-\u9fff]{2,12}\s*:")
_VALUELESS_LABELS_MIN = 3
_TRANSLATION_WORDS_MIN = 5
_CHINESE_PAGE_HAN_MIN = 200


def _drop_translations(kept: list[int], keys: list[str]) -> list[int]:
    """In a page written in Chinese, a line of English sentences with no Chinese in it is a bilingual site's
    translation ('Hebei province reported 33 new…'), not the article's text. A page in English keeps it."""
    if sum(han_count(keys[i]) for i in kept) < _CHINESE_PAGE_HAN_MIN:
        return kept
    return [i for i in kept if han_count(keys[i]) or len(_LATIN_WORD.findall(keys[i])) < _TRANSLATION_WORDS_MIN]


# '…实行“不进不出”管理。 | 相关阅读(界面新闻)': a tail marker run onto the text's last line.
_RUN_ON_TAIL = re.compile(r"\s+[|｜]\s+((相关阅读|相关新闻|相关报道|相关资讯)\s*([(（][\u4e00-\u9fff]{2,12}[)）])?)\s*$")


def _tails_on_lines_of_their_own(lines: list[str]) -> list[str]:
    split: list[str] = []
    for line in lines:
        key = match_key(line)  # (in either script: '… | 相關閱讀(界面新聞)')
        m = _RUN_ON_TAIL.search(key) if len(key) == len(line) else None
        split += [line[:m.start()], line[m.start(1):m.end(1)]] if m and m.start() > 0 else [line]
    return split


def _is_seo_line(key: str) -> bool:
    return bool(_SEO_STRONG_RE.search(key)) or len({m.lower() for m in _SEO_WEAK_RE.findall(key)}) >= 2


def _is_slogan_banner(key: str) -> bool:
    """'安全生产,人人有责。 监督就是爱护,公开就是倡廉。 心不贪,利不沾,…': a site's rotating slogans, several short
    sentences on one line with spaces between them (text never spaces its sentences apart)."""
    pieces = [p for p in re.split(r"(?<=[。!])\s+", key) if p.strip()]
    return len(pieces) >= 3 and all(len(p) <= 30 for p in pieces)


_MOJIBAKE = re.compile("[锟\ufffd]")
_MOJIBAKE_MIN = 3


def is_chrome_line(key: str) -> bool:
    """One line that is page chrome whatever surrounds it (key = match_key(line).strip())."""
    return (
        any(rule.match(key) for rule in _SINGLE_LINE_RULES)
        or (len(key) <= 60 and bool(_SITE_NOTE.search(key)))
        # ('閸樺灝绔堕崠锟�閿涳拷… | 鏉╂稖鎼� | …': a menu whose UTF-8 was read as GBK; one stray '�' ends a cut-off page)
        or (len(key) <= 200 and len(_MOJIBAKE.findall(key)) >= _MOJIBAKE_MIN)
        or (len(key) <= 200 and bool(_CASINO_PROMO.search(key)))
        or (len(key) <= 120 and bool(_OUTLET_SELF_INTRO.search(key)))
        or (len(key) <= 200 and bool(_REPRINT_BAN.search(key)))
        or (len(key) <= 160 and bool(_ACCOUNT_PROMPT.search(key)))
        or bool(MEDIA_CREDIT.match(key))
        or is_counter_line(key)
        or bool(GALLERY_SLIDE.match(key))
        or (len(key) <= 60 and _is_seo_line(key) and not _SENTENCE_END.search(key))
        # (longer as a chain of keywords: '北京365游戏盒子_365bet网站地址_365bet体育注册开户|…北京市委员会')
        or (len(key) <= 160 and _is_seo_line(key) and not _SENTENCE_END.search(key) and key.count("_") >= 2)
        or (len(key) <= 60 and bool(_MARKUP_OR_FILE.search(key)))
        or bool(_LONG_FILE_NAME.fullmatch(key))  # '98f094a85c262fa8…_0_0.02505748452933898.jpeg': a picture's
        or bool(_TAIL_MARKER.match(key))
        or _is_list_header(key)
        or bool(ORIGINAL_TITLE.match(key))
        or bool(_DISCLAIMER_START.match(key))
        or _is_spam(key)
        or _is_nav_menu(key)
        or is_dateline(key)
        or _is_slogan_banner(key)
        or _is_markup_only(key)
        or (len(key) <= 200 and "违法和不良信息举报" in key)  # a site's top bar, wherever it stands
        or len(_SPACED_BULLET.findall(key)) >= 2  # '通知公告: · 某认定书    · 关于…': a row of links
        or (han_count(key) == 0 and len(BARE_DATE.findall(key)) >= 3)  # '2025-09-22,12002| 2025-09-21,…': a counter's data
        or is_link_row(key)
        or len(_ARROWED_ITEM.findall(key)) >= 3  # '►好消息,…►郴州2日新增…►…': a row of other items' links
        or _written_twice(key)
    )


_TWICE_HALF_MIN = 10


def _written_twice(key: str) -> bool:
    """'某某接受审查调查某某接受审查调查': a link's text run into its title attribute, another item's headline (the
    article never prints its words twice in a row)."""
    half = len(key) // 2
    return len(key) % 2 == 0 and half >= _TWICE_HALF_MIN and key[:half] == key[half:] and not _SENTENCE_END.search(key)


def is_link_row(key: str) -> bool:
    """'在线读报封面 遗失启事 注销公告 秀山新闻短波 确保全县群众饮用水安全卫生 …', '今起7天“核酸+抗原” 外出就医如何
    预订出租车? …': an e-paper's row of its page's headlines, long like a paragraph but with no sentence's full stop."""
    items = key.split()
    return len(items) >= _LINK_ROW_ITEMS and not re.search(r"[。;:、]", key) \
        and all(len(item) <= _LINK_ITEM_MAX and han_count(item) >= 2 for item in items)


_LINK_ROW_ITEMS = 6
_ARROWED_ITEM = re.compile(r"[►▶➤]")
# A bullet with space before it: text writes its middle dot between names with no space (阿卜杜拉·买买提).
_SPACED_BULLET = re.compile(r"(?:^|\s)[·•]\s")


def _is_markup_only(key: str) -> bool:
    """'<p id="h4sia"><td id="h4sia"></td></p>': tags with nothing between them (a hijacked page's padding)."""
    return "<" in key and not re.sub(r"<[^<>]*>?|[\s•·.\d]", "", key)


# Open-government metadata and article-info labels: a line led by one, or holding several, is not text.
_METADATA_LABEL = (
    r"索\s*引\s*号|发布机构|发文机关|发文单位|主题分类|体裁分类|主题词|文\s*号|发文字号|成文日期|发布日期|发布时间|"
    r"发表时间|更新时间|栏目|发布来源|信息来源|稿件来源|文章来源|文字来源|本文来源|来源|来自|阅读|原作者|作者|访问量|浏览次数|浏览量|点击数|点击量|"
    r"阅读量|查看|评论|字号|"
    r"字体|责任编辑|编辑|标签|关键词汇|关键词|关键字|tags?|分享到|时间|日期|有效性|效力状态|公开方式|公开范围|所属机构|所属分类|所属栏目|信息分类|"
    r"内容摘要|内容提要|拓展信息|关联导读|相关阅读|延伸阅读|相关新闻|相关链接|点击进入专题"
)
# An open-government table row without colons: '索 引 号  20230628-040312-269  公开方式  主动公开'.
_OPEN_GOVERNMENT_CELL = re.compile(r"索\s*引\s*号|公开方式|公开日期|公开范围|公开程序|发布机构|发文字号|组配分类|信息类别|"
                                   r"记录形式|载体类型|存放位置|主题分类|体裁分类|成文日期|发文机关|"
                                   r"发布文号|信息名称|内容概述|主题导航|关键词")  # ('发布文号 | 无 | 关键词 | …')
# ('- 來源:… / - 作者:… / - 時間:…': a theme may set its facts as a list)
_METADATA_LINE = re.compile(rf"^(?:[-•·]\s+)?【?\s*({_METADATA_LABEL})\s*[:丨]", re.I)
_ANY_LABEL = re.compile(rf"(?:^|\s|】|[|｜])({_METADATA_LABEL})\s*:", re.I)  # ('…09:49| 编辑: 某某 | 查看: 10167|')


def is_metadata_line(key: str) -> bool:
    """'发布日期:2022-09-22 信息来源:… 访问量:1065', '索 引 号:…', '标签:疫情 防控': page facts, not text."""
    text = key.strip().lstrip("| ")  # ('| 索 引 号: | … |': a table printed with its cell rules)
    # (not a text whose credits run on after its sentences: '…仍然不能松懈。记者:… 关键词:… 责任编辑:…')
    first_label = _ANY_LABEL.search(text)
    if first_label and _SENTENCE_BEFORE_LABELS.search(text[:first_label.start()]):
        return False
    return len(text) <= 160 and (bool(_METADATA_LINE.match(text)) or len(_ANY_LABEL.findall(text)) >= 2
                                 or len(set(_OPEN_GOVERNMENT_CELL.findall(text))) >= 2
                                 or bool(_RELATIVE_TIME_BAR.match(text)) or _open_government_cell_glued(text))


# An open-government table's cell printed with its value glued on and no colon, a cell to a line:
# '发布机构某县疫情防控指挥部办公室', '索引号000014348/2022-03534', '时效性有效'.
_OPEN_GOVERNMENT_CELL_GLUED = re.compile(r"^(索\s*引\s*号|发布机构|发文机关|发文字号|成文日期|公开方式|时效性|有效性)(?=[^\s:])")


def _open_government_cell_glued(text: str) -> bool:
    return len(text) <= 60 and not re.search(r"[,。!?;]", text) and bool(_OPEN_GOVERNMENT_CELL_GLUED.match(text))


_SENTENCE_BEFORE_LABELS = re.compile(r"[^。!?]{30,}[。!?]")


# '3年前 | admin | 305次围观': a blog theme's bar under the headline (how long ago, who posted, how many read).
# ('3天前 | 128 围观'; or after the poster's name, with the day: '某某注册 admin 11个月前 (05-29) 529次浏览 0个评论')
_RELATIVE_TIME_BAR = re.compile(r"^(\S{1,16}\s+){0,2}\d{1,2}\s*(秒|分钟|小时|天|周|个月|月|年)前\s*([(]\d{1,2}-\d{1,2}[)])?"
                                r"\s*[|｜\s].{0,40}(围观|阅读|浏览|评论)")


# '【8月25日某县部分区域风险等级调整】…': a headline in 【】 opening a line (an aggregator repeating its item's
# title), not the speaker's label of an interview ('【某县指挥部办公室副主任 王某】').
_BRACKETED_HEADLINE = re.compile(r"^\s*【([^【】]{10,60})】\s*")
# ' date 2022-03 12:41 【…】…': a copy's stamp, its day lost, before a post's bracketed headline
STAMP_BEFORE_BRACKETS = re.compile(r"^\s*(?:date\s+)?\d{4}-\d{1,2}(?:-\d{1,2})?\s+\d{1,2}:\d{2}(?::\d{2})?\s*(?=【)")
_SPEAKER_LABEL = re.compile(r"\s[\u4e00-\u9fff]{2,4}$")


# A source a content farm cannot name, after the date it copied a text ('2022/7/6 来源:不详'; a fragment).
# (or the site's own "original" by "anonymous", a template's defaults: '时间:2022/6/23来源:本站原创 作者:佚名' over a
# 2021 letter)
UNKNOWN_SOURCE = r"(?:来源|来自)\s*:\s*(?:不详|未知|互联网|本站原创\s*作者\s*:\s*佚名)"
# '2022/7/6 来源:不详为做好…': that stamp glued to the lead.
_FARM_STAMP = re.compile(rf"^\s*20\d{{2}}[-/.]\d{{1,2}}[-/.]\d{{1,2}}(\s+\d{{1,2}}:\d{{2}}(:\d{{2}})?)?\s*{UNKNOWN_SOURCE}\s*")


def _without_farm_stamp(line: str) -> str:
    m = _FARM_STAMP.match(match_key(line))
    return line[m.end():] if m else line


# '…创刊于1987年。(本文来自澎湃新闻,更多原创资讯请下载“澎湃新闻”APP)': the outlet's prompt after the last sentence.
_APP_PROMPT_AFTER = re.compile(r"\s*[(（](本文来自[^()（）]{0,20}[,，])?[^()（）]{0,12}请?下载[^()（）]{0,20}(APP|app|App|客户端)[)）]\s*$")


def _without_trailing_prompts(line: str) -> str:
    """A line without what an outlet or a farm adds to the words it carries: an app prompt, a lead-on, an aside
    before them."""
    stripped = _FULL_TEXT_LINK_AFTER.sub("", _FARM_LEAD_ON.sub("", _APP_PROMPT_AFTER.sub("", line)))
    stripped = _FARM_ASIDE_BEFORE.sub("", stripped)
    return stripped if stripped.strip() else line


# '小编注意到,文/北京青年报…': a farm's aside put before the words it copied (据小编了解, 小编获悉)
_FARM_ASIDE_BEFORE = re.compile(r"^\s*(据小[编編]|小[编編])(注意到|了解到?|瞭解到?|获悉|獲悉|发现|發現)\s*[,，:：]\s*(?=\S)")


# '…目前未发现有新的阳性感染者。 2020-10-13新闻和报纸摘要全文>>>': a link to the whole programme after a sentence
_FULL_TEXT_LINK_AFTER = re.compile(r"(?<=[。!?！？”])\s*(\d{4}-\d{1,2}-\d{1,2})?[^。!?！？\s]{0,20}(全文|原文|详情)\s*(>{2,3}|》{1,2})\s*$")


# '…发布了东兴所有景区关闭的公告,下面就和小编一起来看看吧!': a content farm's lead-on after the words it copied
# (the comma before it goes too: nothing the source wrote is left dangling or invented)
_FARM_LEAD_ON = re.compile(r"(?<=\S)([,，]|(?<=[。!?！？]))\s*((那么?)?(下面|接下来)?就?(让我们|我们|和小[编編]|跟小[编編]|随小[编編])?[一壹]起來?来?"
                           r"(具体|具體)?(看看|看一下|了解一下|瞭解一下|了解|瞭解)吧[。!！]?"
                           # ('…什麼時候解封?下面小編為大家帶來2022宿遷疫情解封時間介紹,感興趣的小夥伴們快來看看吧!')
                           r"|(下面|接下来|接下來)小[编編][为為]大家[带帶][来來][^。!?！？]{2,40}(,[^。!?！？]{0,30})?[。!！]?)\s*$")


# A template's debug dump of its tags printed into the page: 'array(1) { [442710]=> array(2) { … string(12) "…" } }'
# (braces nested up to four deep).
_TEMPLATE_DUMP = re.compile(r"\s*array\(\d+\)\s*\{(?:[^{}]|\{(?:[^{}]|\{(?:[^{}]|\{[^{}]*\})*\})*\})*\}")


def without_template_dumps(text: str) -> str:
    """The page without a template's debug dump (removed before the forum-noise pass, whose tokens it resembles)."""
    return _TEMPLATE_DUMP.sub("", text)


def without_jammers(text: str) -> str:
    """A forum's anti-copy noise removed from every line ('…动态调整- N, T" _1 j- U$ X$ i+ t( b'), before a headline or
    a dateline is looked for: no line is read with it."""
    return "\n".join(_without_spans(line, _jammer_spans(match_key(line))) for line in text.split("\n"))


# A forum's markup printed as text: '…以电视、网络视频直播的方式举行。 [attachment=656127]', '[b]…[/b]'
_FORUM_MARKUP = re.compile(r"\s*\[attachment=\d+\]|\[/?(b|i|u|img|url|color|size|font|align|quote)(=[^\]\n]{0,40})?\]",
                           re.I)


def without_forum_markup(text: str) -> str:
    return _FORUM_MARKUP.sub("", text)


# A closing tag left at a line's end by a mirror that lost its '<' ('…一戶不漏…?!?/P>', or kept it escaped as in
# JSON, '…25个中风险区<\/p>'), and brackets emptied of the link or picture they labelled ('…式配送。【】'): nothing of
# the text.
_MARKUP_REMNANT = re.compile(r"<?\\?/(?:p|br|div|span|font|strong)>(?=[ \t]*$)|【[ \t]*】", re.I | re.M)


def without_markup_remnants(text: str) -> str:
    return _MARKUP_REMNANT.sub("", text)


# '2021-04-1609时00分 浏览次数:': a template that glues the day to its hour ('16' then '09时')
_DAY_GLUED_TO_ITS_HOUR = re.compile(r"(?<!\d)((?:19|20)\d{2}-\d{1,2}-\d{2})(?=\d{1,2}时\d{1,2}分)")


def with_day_and_hour_apart(text: str) -> str:
    return _DAY_GLUED_TO_ITS_HOUR.sub(r"\1 ", text)


# An account's prompt to read its other news, glued before the text's first words: '点击上面看更多邵东新闻年4月21日,…'
_GLUED_READ_MORE = re.compile(r"^(\s*)点击(上面|上方|下方|蓝字)[^。,!\n]{0,12}?(看|查看|阅读)更多[\u4e00-\u9fff]{0,8}?"
                              r"(新闻|资讯|消息|内容)(?=\S)", re.M)


def without_glued_read_more(text: str) -> str:
    return _GLUED_READ_MORE.sub(r"\1", text)


# A copy "protected" by symbols scattered into words ('我省〗召開…', '農村地區♂疫情', '領導小〓組'): marks no Chinese
# sentence puts between two characters of a word. (Not 〇, a zero in dates: '二〇二二年'; not a middle dot in a name.)
_INJECTED_SYMBOL = re.compile(r"(?<=[\u4e00-\u9fff])(?:[♂♀〓〖〗◎△▲▽▼◥◤◣◢↖↗↘↙☉★☆◇◆□■々※]"
                              r"|(?<![〇○零一二三四五六七八九十])[〇○](?![〇○零一二三四五六七八九十年]))+(?=[\u4e00-\u9fff。,;!?])")
_INJECTED_SYMBOLS_MIN = 3  # (one alone may be a typo; three make the pattern)


def without_injected_symbols(text: str) -> str:
    """The text without symbols scattered into its words, when a page has several of them."""
    return _INJECTED_SYMBOL.sub("", text) if len(_INJECTED_SYMBOL.findall(text)) >= _INJECTED_SYMBOLS_MIN else text


# A mirror that doubles every comma ('為提高…水平,,保障群眾健康安全,,3月27日、28日,,信陽市…'): one stands for two.
_DOUBLED_COMMA = re.compile(r"([,，])\1")
_DOUBLED_COMMAS_MIN = 3  # (one pair may be a typo; three make the pattern)


def without_doubled_commas(text: str) -> str:
    return _DOUBLED_COMMA.sub(r"\1", text) if len(_DOUBLED_COMMA.findall(text)) >= _DOUBLED_COMMAS_MIN else text


def without_line_watermarks(text: str) -> str:
    """'…疫情防控指挥部mtB拜客生活常识网' / '2022年11月19日mtB拜客生活常识网': a farm's name glued to the end of line
    after line belongs to none of them (read before the signature's date is looked for)."""
    lines = text.split("\n")
    ends: Counter[str] = Counter(line.rstrip()[-n:] for line in lines for n in range(_WATERMARK_MIN, _WATERMARK_MAX + 1)
                                 if len(line.rstrip()) >= n)
    marks = [mark for mark, count in ends.items() if _WATERMARK.fullmatch(mark)
             and count >= (_WATERMARK_LINES if re.match(r"[A-Za-z0-9]", mark) else _WATERMARK_LINES_HAN_ONLY)]
    if not marks:
        return text
    mark = max(marks, key=lambda m: (ends[m], len(m)))
    return "\n".join(line.rstrip()[:-len(mark)] if line.rstrip().endswith(mark) else line for line in lines)


# ('…abC某某生活常识网', '…2wx灵异岛|www.lingyidao.com': a name, maybe with its address)
# ('CNp福鼎新闻网|今日福鼎|福鼎新闻信息权威发布平台': or with its slogans after it)
_WATERMARK = re.compile(r"[A-Za-z0-9]{0,10}[\u4e00-\u9fff]{2,12}"
                        r"((网|站|網)(?:[|｜][\u4e00-\u9fff]{2,16}){0,3}"
                        r"|\s*[|｜]\s*(www\.)?[a-z0-9-]{2,20}\.(com|cn|net|org)(\.cn)?)")
_WATERMARK_MIN, _WATERMARK_MAX = 5, 32
_WATERMARK_LINES = 3
_WATERMARK_LINES_HAN_ONLY = 5  # (a name in Han alone may end a few lines by right: '来源:人民网')


def strip_bracketed_headline(line: str) -> str:
    """A line without a headline in 【】 at its start (the same line when there is none)."""
    found = _bracketed_headline(line)
    return line if found is None else line[found[2]:]


def bracketed_headline(line: str) -> str | None:
    """The headline in 【】 opening a line ('【上海副市长哽咽:为工作不足道歉】上海市副市长…'), as printed."""
    found = _bracketed_headline(line)
    return None if found is None else line[found[0]: found[1]]


def _bracketed_headline(line: str) -> tuple[int, int, int] | None:
    """Where the headline in 【】 opening a line starts and ends, and where the line's own text starts."""
    key = match_key(line)
    start = stamp.end() if (stamp := STAMP_BEFORE_BRACKETS.match(key)) else 0
    m = _BRACKETED_HEADLINE.match(key[start:])
    if m is None or han_count(m.group(1)) < 8 or _SPEAKER_LABEL.search(m.group(1)):
        return None
    return start + m.start(1), start + m.end(1), start + m.end()


def carries_spliced_spam(line: str) -> bool:
    """Whether SEO spam is spliced into a line (not merely a credit or markup left in it, which strip_spam_prefix
    removes as well; a forum's anti-copy noise is gone before: without_jammers)."""
    return strip_spam_prefix(line, keep_inline_junk=True) != line


def strip_spam_prefix(line: str, *, keep_inline_junk: bool = False) -> str:
    """A line without the gambling SEO text spliced into it: a chain of SEO phrases in front of its words
    (or one set off by a colon: '正版资料免费资料大全: 日本单日…'), and SEO phrases inside its sentences (same
    text when there is none)."""
    key = match_key(line)
    labelled = _SEO_LABEL_PREFIX.match(key)
    # (the SEO phrase reaching the colon: '…开奖网址中方:反对…' keeps the speaker the colon follows)
    seo = [m.end() for m in _SEO_STRONG_RE.finditer(labelled.group())] if labelled else []
    if seo and not labelled.group()[seo[-1]:].strip(": ") and han_count(key[labelled.end():]) >= 6:
        line, key = line[labelled.end():], key[labelled.end():]
    m = _SEO_CHAIN_PREFIX.match(key)
    if m and _SEO_SPAM.search(key[: m.end()]) and han_count(key[m.end():]) >= 6:
        line, key = line[m.end():], key[m.end():]
        # The chain's last phrase glued to the text: '…_office365桌面应用新冠肺炎疫情防控指挥部'.
        glued = _GLUED_CHAIN_END.match(key)
        if glued and han_count(key[glued.end():]) >= 6:
            line, key = line[glued.end():], key[glued.end():]
    patterns = (_SPLICED_SPAM,) if keep_inline_junk else (_SPLICED_SPAM, _INLINE_JUNK)
    spans = [found.span() for pattern in patterns for found in pattern.finditer(key)]
    spans += [found.span() for found in _UNDERSCORE_SPAM_CHAIN.finditer(key) if _GAMBLING_CUE.search(found.group())]
    spans += [found.span() for found in _SPLICED_BRAND.finditer(key)]
    spans += [found.span() for found in _SPLICED_SOURCE_CODE.finditer(key)]
    spans += _jammer_spans(key)
    return _EMPTIED_BRACKETS.sub("", _without_spans(line, spans)) if spans else line


def _without_spans(line: str, spans: list[tuple[int, int]]) -> str:
    """The line without these spans of its match key (same offsets), overlapping ones merged."""
    for start, end in reversed(_merged(spans)):
        line = line[:start] + line[end:]
    return line


_EMPTIED_BRACKETS = re.compile(r"【\s*】|\[\s*\]")  # '【滨海源码】【…】广西:…' once the keywords are gone


# A forum's anti-copy "jammer": runs of one- or two-character ASCII tokens hidden between the sentences
# ('@7 L3 W+ W- q', 'x4 g$ m% L' @('). Symbols in several tokens tell it from numbers or initials in the text.
# (A run never starts with the text's own stop: '…市民们:$ f+ e8' keeps its colon. Its tokens may stand two spaces
# apart: '…举行 。9 K& c  m$ }( s' Z9 [', '5 l- V3 Y8 C  O2 `, @ 2020年1月24日'.)
_JAMMER_RUN = re.compile(r"(?<![A-Za-z0-9])(?:(?<![\u4e00-\u9fff])|(?![:;,.!?]))(?:[!-~]{1,2} {1,2}){3,}[!-~]{1,2}"
                         r"(?![A-Za-z0-9])")
_JAMMER_SYMBOL_TOKENS = 2
_JAMMER_LETTER_ON_A_YEAR = re.compile(r"\s?[A-Za-z](?=(19|20)\d{2}\s*年)")


def _jammer_spans(key: str) -> list[tuple[int, int]]:
    spans = [m.span() for m in _JAMMER_RUN.finditer(key)
             if sum(1 for token in m.group().split() if re.search(r"[^A-Za-z0-9]", token)) >= _JAMMER_SYMBOL_TOKENS]
    # (its last letter glued to a signed date's year: '+ {1 j2 u0 ]1 ^5 Q0 r2021年2月2日')
    spans = [(start, end + (glued.end() if (glued := _JAMMER_LETTER_ON_A_YEAR.match(key[end:])) else 0))
             for start, end in spans]
    tail = _JAMMER_TAIL.search(key)
    if tail and _is_jammer_token(tail.group(1)):
        spans.append(tail.span())
    return spans


# The jammer's longer kind: one random token after the last sentence of a line, or alone on its line
# (' ;bovh@*', 'tcxs%yWO1'): letters of both cases or several symbols mixed, unlike a code, an address or a unit.
_JAMMER_TAIL = re.compile(r"(?:(?<=[。!?;”])|^)\s*([!-~]{5,12})\s*$")


def _is_jammer_token(token: str) -> bool:
    if re.search(r"https?|www|\.(com|cn|net|org)|^[\w.+-]+@[\w-]+\.[\w.]+$", token, re.I):
        return False
    symbols = len(re.findall(r"[^A-Za-z0-9]", token))
    mixed_case = bool(re.search(r"[a-z]", token)) and bool(re.search(r"[A-Z]", token))
    return symbols >= 1 and len(re.findall(r"[A-Za-z]", token)) >= 3 and bool(re.search(r"[a-z]", token)) \
        and (mixed_case or symbols >= 2)


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


# '黑龙江省最新疫情通报(2020年11月18日)': a headline whose date is its last, bracketed words.
# '2022-10-04 新疆:坚持非必要不离疆': the day printed before a headline (a place, a colon and what it says), not
# before a labelled source or author ('2021-05-19  来源:示例县融媒体中心'). Its groups are the day's numbers.
DAY_BEFORE_PLACE_HEADLINE = re.compile(r"^(20\d{2})-(\d{1,2})-(\d{1,2})\s+"
                                       r"(?!(?:来源|稿源|作者|编辑|责任编辑|责编|发布|时间|日期|浏览|阅读|点击)\s*:)"
                                       r"(?=[\u4e00-\u9fff]{2,8}\s*:\s*[\u4e00-\u9fff]{6,})")
# '…倡议书(2022年1月8日)'; a line that is such a day and headline only.
_DATED_HEADLINE = re.compile(r"[\u4e00-\u9fff]{6,}\s*[(]\s*\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*[)]$"
                             r"|" + DAY_BEFORE_PLACE_HEADLINE.pattern + r"[\u4e00-\u9fff]{2,8}\s*:\s*[\u4e00-\u9fff]{6,}[!]?$")
_CLOCK_TIME_END = re.compile(r"\d{1,2}:\d{2}(:\d{2})?\s*$")


_LABELLED_NAME = re.compile(r"(来源|来自|稿源|作者|撰稿|编辑|责任编辑|责编)\s*:\s*[^\s:,。;|]{1,40}")


def is_counter_line(key: str) -> bool:
    """'2026-01-22,12901| 2026-01-': a widget's stamps and figures, with no words (never a page's date)."""
    return bool(_COUNTER_LINE.match(key))


_COUNTER_LINE = re.compile(r"^(?=.*[|,])(?=.*\d,\d|.*\d\s*\|)[\d\s\-:/,.|]+$")


# '注册:2007-10-07', '最后登录: 2024-11-26' in a forum poster's panel: the day someone joined or last came, not the
# page's date
_OTHER_DAY_LABEL = re.compile(r"^(注册|注册时间|加入时间|最后登录|上次登录|出生|生日|成立时间)\s*:")


# A page's own label for when it was published (dating reads it before a date without its colon).
PUBLICATION_LABEL = re.compile(r"发布时间|发布日期|发表时间")
_PAGE_WIDGET_LABEL = re.compile(r"字体\s*:|字号\s*:|打印|收藏")


_HEADLINE_WORDS_GLUED = re.compile(r"[\u4e00-\u9fff]{6}")


def is_dateline(key: str) -> bool:
    """A short line that only carries a date, maybe with a source name and counters:
    '2022年09月02日 05时13分', '凤凰网2022-11-26  155', '時間:2022-05-25 |瀏覽:20449'."""
    if len(key) > 80 or _SENTENCE_END.search(key) or is_counter_line(key) or _OTHER_DAY_LABEL.match(key):
        return False
    # (and a feed copy's month-day with its clock time: '河南疾控 04-20 15:10 阅读 208')
    found = [d for d in dates.find_dates(key) if d.precision in (dates.DAY, dates.MONTH)
             or (d.precision == dates.MONTH_DAY and "-" in key[d.start:d.end])]
    if not found:
        return False
    # '2021年12月外地返回河间防控要求': a month with a headline's words glued on is a headline about that month
    if all(d.precision == dates.MONTH for d in found) and _HEADLINE_WORDS_GLUED.match(key, found[-1].end):
        return False
    rest = key
    for d in reversed(found):
        rest = rest[: d.start] + " " + rest[d.end :]
    # A labelled source or author may be a long name ('来源:自治区…指挥部办公室、广西日报'): it is the label's value,
    # not a headline's words.
    rest = _LABELLED_NAME.sub(" ", rest)
    # ('©原创 2020-01-23 18:52 某市融媒体中心 记者 某某': an account's mark, its outlet and reporter)
    rest = re.sub(r"【[^】]*】|发布时间|发布日期|发表时间|更新时间|时间|日期|来源|浏览次数|浏览|阅读|点击|查看|作者|字体|原文链接|评论\d*条?|我来说两句"
                  r"|©?原创|记者|通讯员"
                  r"|分享到[\u4e00-\u9fff]{2,4}|分享", " ", rest)  # (its share buttons: '分享 分享到搜狐微博')
    if _DATED_HEADLINE.search(key):
        return False
    if han_count(rest) <= 10:
        return True
    # '李何琛   湖南日报·新湖南客户端   2022-11-11 10:17:44': a writer and an outlet set apart by wide spaces
    # before a date and time (a headline has neither the wide gaps nor the clock time).
    names = rest.split()
    if 2 <= len(names) <= 4 and all(len(name) <= 12 for name in names) and _PAGE_WIDGET_LABEL.search(key) \
            and found[0].start == 0:
        return True  # '2021年03月26日 甘肃三农在线 王玥 李晓霞 字体:': the date, outlet and writers over the widgets
    # '中国新闻网 · 杨强 陈秋霞 黄令妍 | 发布时间2022-02-15 10:28:01': an outlet and its writers before a labelled
    # date and time
    words = [name for name in names if re.search(r"[\u4e00-\u9fffA-Za-z]", name)]
    if PUBLICATION_LABEL.search(key) and _CLOCK_TIME_END.search(key) and 2 <= len(words) <= 5 \
            and all(len(word) <= 12 for word in words):
        return True
    # '2021年05月15日 17:33 新浪网 作者 齐鲁晚报-齐鲁壹点': the day and its hour first, then the portal and the outlet
    # (a medium among them: not a schedule's row, '2022年5月4日 09:00 城关镇东关社区 核酸采样')
    timed = _CLOCK_TIME_END.search(key[:found[0].end]) or _CLOCK_TIME_START.match(key, found[0].end)
    if found[0].start == 0 and timed and 1 <= len(words) <= 4 \
            and all(len(word) <= 12 for word in words) and _MEDIUM_WORD.search(key, found[0].end):
        return True
    return bool(_CLOCK_TIME_END.search(key)) and 2 <= len(names) <= 3 and all(len(name) <= 12 for name in names) \
        and re.search(r"\S\s{2,}\S", key) is not None


_CLOCK_TIME_START = re.compile(r"\s+\d{1,2}:\d{2}(:\d{2})?\s")
_MEDIUM_WORD = re.compile(r"网|報|报|台|新闻|新聞|客户端|融媒|作者")


def ends_a_sentence(text: str) -> bool:
    """'…参加会议。' or '…参加会议。(记者 张祺)': a full stop, maybe followed by a short credit in brackets; or
    a sentence introducing what follows ('…开展新一轮区域核酸检测,详情如下↓↓')."""
    text = _TRAILING_CREDIT.sub("", text)
    return bool(_SENTENCE_END.search(text) or ("," in text and introduces_what_follows(text)))


def introduces_what_follows(text: str) -> bool:
    """'…详情如下↓↓', '…现通告如下:': a sentence that only announces the text below it."""
    return bool(_INTRODUCES_WHAT_FOLLOWS.search(text))


def is_prose(line: str) -> bool:
    """A paragraph of running text (as opposed to headings, labels and link lists)."""
    text = fold_forms(line).strip()
    # (in Chinese: not a site's prompt in another language, 'Your browser does not appear to support…')
    # (English terms in brackets may follow the words: '国家卫健委(National Health Commission)公布…'; a stray
    # kana in garbled text is no Japanese)
    other = _LATIN_WORD_WEIGHT * len(_LATIN_WORD.findall(text)) + len(_KANA_OR_HANGUL.findall(text))
    return other <= han_count(text) and (len(text) >= 50 or (len(text) >= 20 and ends_a_sentence(text)))


_LATIN_WORD = re.compile(r"[A-Za-z]{2,}")  # (not the single letters of a forum's anti-copy noise: 'F3 V: W2 i8')
_LATIN_WORD_WEIGHT = 2  # an English word says about as much as two characters
_KANA_OR_HANGUL = re.compile(r"[\u3040-\u30ff\uac00-\ud7af]")


def tail_start(lines: list[str], keys: list[str]) -> int:
    """Where the other articles or comments begin: the first tail marker after the text has said something.
    Above the first sentence a marker belongs to the header ('相关新闻' beside a press conference's details,
    with its transcript below)."""
    content, sentence_seen, paragraph_seen = 0, False, False
    for i, key in enumerate(keys):
        if content >= _MIN_CONTENT_BEFORE_TAIL and ((_TAIL_MARKER.match(key) and sentence_seen)
                                                     or (_DISCLAIMER_AFTER_TEXT.match(key) and paragraph_seen)):
            return i
        if content >= _MIN_CONTENT_BEFORE_TAIL and sentence_seen:
            if _another_notice_under_a_signature(keys, i) or (key and _another_item_under_the_credit(keys, i)):
                return i
            if _COMPILED_BELOW.match(key) and (start := _lead_in_start(keys, i)) is not None:
                return start
        content += len(key)
        sentence_seen = sentence_seen or (len(key) >= 20 and ends_a_sentence(key))
        # (a copy may lose its paragraph's last stop: a long run of text is a paragraph all the same)
        paragraph_seen = paragraph_seen or sentence_seen or is_prose(key)
    return len(lines)


# '(总台央视记者 郭晓光)' closing a report on a line of its own: what follows is another item's teaser
_CLOSING_CREDIT = re.compile(r"[(（][^()（）]{0,16}(记者|通讯员)\s*[\u4e00-\u9fff]{2,4}([\s、]+[\u4e00-\u9fff]{2,4}){0,3}[)）]")


def _another_item_under_the_credit(keys: list[str], i: int) -> bool:
    """Prose on another subject right under the credit (not the report going on after a credit between its sections:
    '(记者 张三 李四)' / '当天,县委书记…')."""
    credit = next((n for n in range(i - 1, -1, -1) if keys[n]), None)
    if credit is None or not _CLOSING_CREDIT.fullmatch(keys[credit]) or not is_prose(keys[i]) \
            or _GOES_ON.match(keys[i]):
        return False
    pairs = {keys[i][n:n + 2] for n in range(len(keys[i]) - 1)}
    text_above = "".join(keys[:credit])
    return sum(1 for pair in pairs if pair in text_above) / max(len(pairs), 1) < _ANOTHER_SUBJECT_SHARE


_GOES_ON = re.compile(r"(当天|当日|同时|此外|另外|截至|截止|据了解|据悉|随后|目前|与此同时|其间|期间)")
_ANOTHER_SUBJECT_SHARE = 0.25


_NOTICE_HEADING = re.compile(r"[^,。!?:]{0,40}关于[^,。!?:]{4,50}(通报|通告|公告|通知)")
_SIGNER_LINE_MAX = 30
_PLACE_ABOUT = re.compile(r"关于([^全本我各该\W\d]{1,6}?(省|市|县|区|州|旗))")


def _another_notice_under_a_signature(keys: list[str], i: int) -> bool:
    """'关于瑞安市…的通报' right under '苍南县…' / '防控工作领导小组办公室' / '2022年4月30日': a thread's next notice,
    another item. (Not the same body's next notice, '示例县…指挥部关于延长…的公告' under '示例县…指挥部' / its
    date: a page that reproduces both is one article.)"""
    if not _NOTICE_HEADING.fullmatch(keys[i]):
        return False
    above = [key for key in keys[max(0, i - 4):i] if key]
    if len(above) < 2 or not _A_DATE_ALONE.fullmatch(above[-1]) or ends_a_sentence(above[-2]) \
            or len(above[-2]) > _SIGNER_LINE_MAX:
        return False
    two_lines = len(above) >= 3 and not ends_a_sentence(above[-3]) and len(above[-3]) <= _SIGNER_LINE_MAX
    signer = above[-3] if two_lines else above[-2]
    if not keys[i].startswith("关于"):
        return not keys[i].startswith(signer[:3])  # another issuer's heading ('瑞安市…指挥部关于…')
    # ('关于延长全县中小学校停课时间的通告': the same body's next notice, naming no other place)
    # ('关于划定中风险地区的通告' names a risk area, not a place: the same body's next notice)
    place = _PLACE_ABOUT.match(keys[i])
    return place is not None and signer[:2] not in place.group(1) and "风险" not in place.group(1)


# '小编第一时间为大家收集整理如下:' under a signed notice: an account's compilation of other items follows
_COMPILED_BELOW = re.compile(r"^[^。!?]{0,12}小[编編][^。!?]{0,16}(收集|整理|汇总|匯總|梳理)[^。!?]{0,8}如下\s*:?$")
_LEAD_IN_MAX = 40


def _lead_in_start(keys: list[str], i: int) -> int | None:
    """Where the unfinished lines leading into line ``i`` begin ('10月6日上午' / '麻城、武穴两地陆续发布最新疫情通告,'),
    when they stand right under a notice's signed date; None otherwise (an account's own post may list its own
    measures so: '小编为大家梳理整理如下:' / '一、…')."""
    while i > 0 and (not keys[i - 1] or (len(keys[i - 1]) <= _LEAD_IN_MAX and not ends_a_sentence(keys[i - 1])
                                          and not _A_DATE_ALONE.fullmatch(keys[i - 1]))):
        i -= 1
    return i if i > 0 and _A_DATE_ALONE.fullmatch(keys[i - 1]) else None


_A_DATE_ALONE = re.compile(rf"\d{{4}}\s*年\s*\d{{1,2}}\s*月\s*\d{{1,2}}\s*日|{BARE_DATE.pattern}")


ALBUM_LABEL = "来自专辑"
_ALBUM_NAME_MAX = 20


def _drop_blocks_and_lines(lines: list[str], keys: list[str]) -> list[int]:
    kept: list[int] = []
    i = 0
    seen_prose = False
    while i < len(lines):
        key = keys[i]
        if _DISCLAIMER_START.match(key):
            i = _skip_disclaimer(lines, keys, i + 1)
            continue
        if _is_list_header(key):
            if seen_prose and _RECOMMENDATIONS.match(key):
                # '新闻推荐' under the text: other stories, each a headline and its teaser, then the site's slogan
                return kept
            i = _skip_link_list(lines, keys, i + 1)
            continue
        if key == ALBUM_LABEL:
            # '来自专辑' / '每日疫情通报': the WeChat album the post is filed in, its name on the next line
            nxt = _next_nonblank(keys, i + 1)
            i = (nxt + 1) if nxt is not None and len(keys[nxt]) <= _ALBUM_NAME_MAX and not is_prose(lines[nxt]) else i + 1
            continue
        original = ORIGINAL_TITLE.match(key)
        if original:
            # '原标题:' alone on its line: the original headline follows on the next one.
            if not original.group(1).strip():
                nxt = _next_nonblank(keys, i + 1)
                if nxt is not None and len(keys[nxt]) <= 60 and not is_prose(lines[nxt]):
                    i = nxt
            i += 1
            continue
        # Inside the article a line that is only a date is its own: an event's time, the date signed under it.
        own_date = seen_prose and is_dateline(key) and not any(rule.match(key) for rule in _SINGLE_LINE_RULES) \
            and not is_metadata_line(key) and not re.search(r"[A-Za-z/]", key) and not _COLUMN_STAMP.match(key)
        if key and not own_date and (is_chrome_line(key) or is_metadata_line(key) or is_duplicate_teaser(key, keys)):
            i += 1
            continue
        if seen_prose and (_OFFICIAL_AND_NAME.match(key) or _OUTLET_ALONE.match(key)) \
                and _prose_follows(lines, keys, i + 1):
            i += 1  # '县委书记 某某' between paragraphs: the caption of a portrait (signed at the end, it stays)
            continue
        speaker = _SPEAKER_CAPTION.match(key) if seen_prose else None
        if speaker and _prose_follows(lines, keys, i + 1) \
                and any(speaker.group(1) in other for other in keys if other != key and len(other) > len(key)):
            i += 1  # '文勇讲话' between paragraphs: a picture of an official the text names, speaking
            continue
        if seen_prose and _PHONE_LIST_HEADING.match(key) and not _numbers_follow(keys, i + 1):
            i += 1  # '某市各镇(街道)指挥部咨询电话' over the signature: a list's heading, the list lost in the copy
            continue
        titled = _PICTURE_TITLE.match(key) if seen_prose else None
        if titled:
            # '日本又一美军基地发现…病例 - 俄罗斯卫星通讯社': a picture's (or a link's) title inside the text, often
            # printed again without the outlet on the next line
            nxt = _next_nonblank(keys, i + 1)
            i = nxt + 1 if nxt is not None and keys[nxt] == titled.group(1).strip() else i + 1
            continue
        seen_prose = seen_prose or is_prose(lines[i])
        kept.append(i)
        i += 1
    return kept


_SPEAKER_CAPTION = re.compile(r"^([\u4e00-\u9fff]{2,3})\s?(讲话|发言|作讲话|主持会议|作动员讲话|致辞)$")
_PICTURE_TITLE = re.compile(r"^([^。!?]{6,60})\s+[-–|]\s+[\u4e00-\u9fff]{2,10}(通讯社|新闻网|网|日报|电视台|新闻)$")
_PHONE_LIST_HEADING = re.compile(r"^[^。,;!?]{2,30}(电话|热线)(号码)?(如下|一览表?)?\s*:?$")
_PHONE_NUMBER = re.compile(r"\d{3,4}\s*-?\s*\d{7,8}|\d{5,}")


def _numbers_follow(keys: list[str], i: int) -> bool:
    nxt = _next_nonblank(keys, i)
    return nxt is not None and bool(_PHONE_NUMBER.search(keys[nxt]))


# An outlet's name alone between paragraphs: its logo, or a caption's credit ('华夏时报')
_OUTLET_ALONE = re.compile(r"^[\u4e00-\u9fff]{2,8}(日报|时报|晚报|商报|早报|周刊|新闻网|客户端)$")
_OFFICIAL_AND_NAME = re.compile(r"^[\u4e00-\u9fff]{0,10}(书记|县长|市长|区长|州长|省长|旗长|主任|局长|部长|主席|常委|指挥长)"
                                r"\s+[\u4e00-\u9fff]{2,3}$")


def _prose_follows(lines: list[str], keys: list[str], i: int) -> bool:
    nxt = _next_nonblank(keys, i)
    return nxt is not None and is_prose(lines[nxt])


def _skip_disclaimer(lines: list[str], keys: list[str], i: int) -> int:
    """Index after a disclaimer's continuation paragraphs (indented or disclaimer-worded)."""
    while True:
        nxt = _next_nonblank(keys, i)
        if nxt is None:
            return len(lines)
        indented = lines[nxt][:1].isspace()
        if not (indented or _DISCLAIMER_WORDS.search(keys[nxt])) or _BULLET.match(lines[nxt]):
            return i
        i = nxt + 1


def _skip_link_list(lines: list[str], keys: list[str], i: int) -> int:
    """Index after the link items that follow a related-links header."""
    while True:
        nxt = _next_nonblank(keys, i)
        if nxt is None:
            return len(lines)
        key = keys[nxt]
        is_item = _BULLET.match(lines[nxt]) or (len(key) <= _LINK_ITEM_MAX and not is_prose(lines[nxt]))
        if not (is_item or _is_list_header(key)):
            return i
        i = nxt + 1


def _drop_trailing_bullets(kept: list[int], lines: list[str]) -> list[int]:
    """A run of 2+ short bullet lines ending the page is a list of links to other articles (an item whose link
    text was lost, a bare '•', is one of them)."""
    content = [i for i in kept if lines[i].strip()]
    run = 0
    for i in reversed(content):
        text = lines[i].strip()
        if (_BULLET.match(text) or _EMPTY_BULLET.match(text)) and len(text) <= 80 and not text.endswith(("。", ";", "；")):
            run += 1
        else:
            break
    if run < 2:
        return kept
    first_dropped = content[-run]
    return [i for i in kept if i < first_dropped]


def _drop_footer_contacts(kept: list[int], lines: list[str], keys: list[str]) -> list[int]:
    """Contact lines after the article go; a notice's own hotline, standing before its 特此通告 or the date it
    is signed with ('…举报电话:0557-7015928。' / issuer / '2022年3月11日'), stays."""
    last_prose = max((i for i in kept if is_prose(lines[i]) and not _is_contact(keys[i])), default=-1)
    closing = max((i for i in kept if _NOTICE_CLOSING.match(keys[i])
                   or (i > last_prose >= 0 and len(keys[i]) <= _SIGNED_DATE_LINE_MAX and is_dateline(keys[i]))
                   or (i > last_prose >= 0 and _ISSUER_AND_DATE.search(keys[i]))),
                  default=-1)
    return [i for i in kept if i <= max(last_prose, closing) or not _is_contact(keys[i])]


# '…应急指挥部办公室 2021年2月19日': the issuer and the date it signs with, on one line
_ISSUER_AND_DATE = re.compile(r"^[^,。!?:]{4,40}(办公室|指挥部|人民政府|委员会|领导小组|中心|局)\s*\d{4}\s*年\s*\d{1,2}\s*月"
                              r"\s*\d{1,2}\s*日$")


def _is_contact(key: str) -> bool:
    if _CONTACT_LABEL.match(key) or (_REPORT_LINE.search(key) and len(key) <= 100):
        return True
    # (not a notice's numbered item cut off by the page's end: '3、…请…如实报告相关情况,或者联系有关部门:…(电话:0598-…);尤')
    # (nor a notice's last item closing a reporter's bracket: '四、…如有疑問,請撥打…電話:0898-63266823。)')
    return len(key) <= 100 and bool(_PHONE_OR_MAIL.search(key)) and not _CLOSED_SENTENCE.search(key) \
        and not _NUMBERED_SENTENCE.match(key)


_NUMBERED_SENTENCE = re.compile(r"^(\d{1,2}|[一二三四五六七八九十]{1,3})\s*[、.]\s*[^,。]{4,},")
_CLOSED_SENTENCE = re.compile(r"。[)）\"”]*$")


_TEASER_PREFIX = 10


def is_duplicate_teaser(key: str, keys: list[str], prefix: int = _TEASER_PREFIX) -> bool:
    """'导读:…' / '摘要:…' repeating (a cut-off copy of) a later paragraph, maybe after its source
    ('导读文章来源:新浪新闻  德保县…'); a question-and-answer farm's '最佳答案:…' over the text it cuts short.
    ('【导语】:经专家组研判,…' over the notice saying the same: an editor's lead-in, in brackets too)"""
    m = re.match(r"^【?(导读|导语|摘要|摘要提示|内容提要|提要|核心提示|最佳答案|推荐答案|满意答案)】?\s*:?\s*"
                 r"(?:(?:文章)?来源\s*:\s*\S{2,20}\s+)?(.+?)[….\s]*$", key)
    if not m:
        return False
    # (a summary may reword a little: its first words are enough)
    teaser = m.group(2)[:prefix]
    return (prefix == _TEASER_PREFIX or len(teaser) == prefix) and any(teaser in other for other in keys
                                         if other != key and not other.lstrip("【").startswith(m.group(1)))


def _is_list_header(key: str) -> bool:
    """'相关信息' alone, or '友情链接: a b c'; not a sentence like '相关信息显示,…'."""
    m = _LIST_HEADER.match(key)
    return bool(m) and not (m.group(2) and is_prose(m.group(2)))


def _is_spam(key: str) -> bool:
    """A line dominated by URL-ish latin tokens, or URL-ish with adult/gambling words; or a chain of adult
    SEO phrases of any length ('…_午夜男女爽爽影院免费视频下载,…,国产精品…在线观看无码')."""
    if len(key) <= 400 and len({m.lower() for m in _ADULT_SEO.findall(key)}) >= _ADULT_SEO_MIN:
        return True
    if len(key) > 120 or not _URLISH.search(key):
        return False
    visible = [c for c in key if not c.isspace()]
    latin = sum(1 for c in visible if c.isascii() and c.isalnum())
    return latin / len(visible) >= 0.6 or bool(_SPAM_WORDS.search(key))


def _is_nav_menu(key: str) -> bool:
    """'网站首页 | 政务公开 | 政务服务 | 互动交流': 3+ short items split by bars; '《西藏日报》 《西藏商报》 …',
    '边境旅贸 文体新闻 全市各地 …': 4+ short items (or headlines) split by spaces, with no punctuation of a
    sentence."""
    if TABLE_ROW.match(key):
        return False
    # (in a bar of bars, wide spaces part items too: '要闻 | 城市远洋 | 视频      直观中国 | 老外在贵州 | …')
    items = [s for item in _NAV_SEPARATORS.split(key) for s in (_WIDE_SPACE.split(item) if "|" in key else [item]) if s]
    if len(items) >= 3 and all(len(s) <= 8 for s in items):
        return True
    # (a site's links and its contact: '中国文明网 | … | 四川地方文明网站群 | 投稿 | 热线电话:028-86967177')
    links = [s for s in items if not _CONTACT_ITEM.match(s)]
    if len(items) >= _CONTACT_MENU_ITEMS and len(links) < len(items) and all(len(s) <= 10 for s in links) \
            and not re.search(r"[,。;!?]", key):
        return True
    # (a long menu may hold an item or two a little longer: '…|共青团|温暖的BaoBao|青年之声|…')
    if len(items) >= _LONG_MENU_ITEMS and all(len(s) <= 12 for s in items) \
            and sum(len(s) <= 8 for s in items) >= 0.8 * len(items) and not re.search(r"[,。;!?]", key):
        return True
    key = _MENU_LABEL.sub("", key, count=1)  # '推广 热搜: 行业资讯  市场  食品饮料 …': the menu's label first
    words = key.split()
    if re.search(r"[,。;:!?、]", key):
        return False
    # '黄南报一周要闻 奋力夺取…新胜利 抓好村“两委”换届 … 黄南州召开…部署会': a newspaper page's headlines side by side.
    return len(words) >= 4 and (all(len(w) <= 10 for w in words) or all(5 <= len(w) <= 30 for w in words))


_LONG_MENU_ITEMS = 8
_CONTACT_MENU_ITEMS = 5
_CONTACT_ITEM = re.compile(r"^(热线电话|联系电话|电话|投稿邮箱|邮箱|传真)\s*:\s*[\d\-—() ]{5,20}$|^(投稿邮箱|邮箱)\s*:\s*\S+@\S+$")
_MENU_LABEL = re.compile(r"^(\S{1,4}\s+)?(热搜|热门|热词|标签|导航|栏目|频道)\s*:\s*")
# '2 | 中风险区所在乡镇 (街道) 来返人员 | 7 天居家隔离 |', '序号 | 人员类型 | 管控措施 |': a table's row, numbered
TABLE_ROW = re.compile(r"^(\d{1,3}|序号)\s*\|([^|]+\|){2,}\s*$")


def _next_nonblank(keys: list[str], i: int) -> int | None:
    while i < len(keys):
        if keys[i]:
            return i
        i += 1
    return None

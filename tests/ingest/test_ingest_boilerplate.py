"""Boilerplate lines go, in either script; content lines that merely mention a keyword stay."""

import pytest

from archive.ingest.boilerplate import carries_spliced_spam, is_dateline, strip_boilerplate, strip_spam_prefix
from archive.chinese_text import match_key

LEAD = "会议强调,要严格落实各项防控措施,坚决守住不发生规模性疫情的底线,全力保障人民群众生命安全和身体健康。"


def clean(*lines: str, page: bool = True) -> list[str]:
    return [line for line in strip_boilerplate(list(lines), page=page) if line.strip()]


@pytest.mark.parametrize(
    "chrome",
    [
        "当前位置: 首页 / 资讯中心 / 昌都要闻",
        "首頁 >澤庫要聞",
        "您现在的位置:首页 >> 通知公告",
        "【字体:",
        "【字体:大 中 小】",
        "打印本文",
        "【打印本页】【关闭窗口】",
        "分享:",
        "扫一扫在手机打开当前页",
        "藏ICP备13000004号-1 藏公网安备 54212102000004号",
        "主办:昌都市人力资源和社会保障局   地址:西藏昌都市卡若区马草坝东路 119 号",
        "主辦:澤庫縣人民政府辦公室",
        "總監:田國軍",
        "審核:鮑德乾",
        "責編:才讓多杰",
        "浏览:20449",
        "展开全文",
        "本文地址: https://www.5ichongqing.com/read-13245.html",
        "本文来自“凤凰网”,版权归原网站所有,点击阅读原文",
        "WWW5558DCOM,WWW555CC成人|www56pao_www669",
        "時間:2022-05-25 |瀏覽:20449",
        "网站首页 | 政务公开 | 政务服务 | 互动交流",
        "维基文库,自由的图书馆",
        "跳转到内容",
        "[复制链接]",
        "杏彩网页版",
    ],
)
def test_chrome_line_is_dropped_in_either_script(chrome):
    assert clean(LEAD, chrome) == [LEAD]


def test_dateline_above_the_article_goes_but_the_date_signed_under_it_stays():
    assert clean("2022年09月02日 05时13分", LEAD, "某县疫情防控指挥部", "2022年9月2日") == \
        [LEAD, "某县疫情防控指挥部", "2022年9月2日"]


@pytest.mark.parametrize(
    "content",
    [
        "如有疑问,请拨打县疫情防控指挥部咨询电话:0895-4821908。",
        "市民可扫一扫场所码进行登记,做好个人健康监测,共同守护来之不易的防控成果。",
        "扫描二维码预约核酸检测",
        "会议要求,各单位主办的大型活动一律暂停,确需举办的须报批。",
        "相关信息显示,该病例已于当日转运至定点医院隔离治疗,其密切接触者均已落实管控措施。",
        "截至2月3日24时,全市累计报告确诊病例86例。",
        "酉阳自治县融媒体中心记者 彭媛 金剑 冉川 吴彪",
        "(記者楊文)",
        "维基文库收录了这份通告的全文。",
        "幸运的是,各国专家普遍认为,出于政治目的的限制措施缺乏科学依据。",
    ],
)
def test_content_line_mentioning_a_keyword_is_kept(content):
    assert clean(LEAD, content) == [LEAD, content]


def test_everything_after_a_tail_marker_is_cut():
    assert clean(LEAD, "最新消息", "山西省召开疫情防控专题会议。" * 3, "林武指出,要坚持快封快解。") == [LEAD]
    assert clean(LEAD, "最新回复(0)", "网友甲:好") == [LEAD]
    assert clean(LEAD, "相關閱讀", "另一篇文章") == [LEAD]
    assert clean(LEAD, "更多>同类资讯", "推荐图文", "示例市新增一例输入病例") == [LEAD]  # a link to the column


def test_tail_marker_before_any_content_is_only_a_line():
    assert clean("相关阅读", LEAD) == [LEAD]


def test_disclaimer_and_its_continuation_are_dropped():
    lines = [
        LEAD,
        "免责声明:本文仅代表作者个人观点,与重庆生活网(本网)无关。请读者仅作参考,并请自行核实相关内容。",
        "    本网站有部分内容均转载自其它媒体,转载目的在于传递更多信息,若有侵权请联系删除.",
        "",
        "会议以视频方式召开。",
    ]
    assert clean(*lines) == [LEAD, "会议以视频方式召开。"]


def test_traditional_copyright_notice_and_trailing_link_list_are_dropped():
    lines = [
        LEAD,
        "版權聲明:凡注明“來源:中國西藏網”的所有作品,版權歸高原(北京)文化傳播有限公司。",
        "- 讓閱讀陪伴成長",
        "- 有序推進建材業碳達峰",
        "- 夯實“穩”的基礎 把握“進”的方向",
    ]
    assert clean(*lines) == [LEAD]


def test_related_links_header_takes_its_items_with_it():
    lines = [LEAD, "", "相关信息", "", "昌都人社局", "", "友情链接:", "  • 自治区政府网站", "  • 市级部门网站"]
    assert clean(*lines) == [LEAD]


def test_bullet_list_inside_the_story_is_kept():
    lines = ["七项措施如下:", "- 严格落实返乡人员登记报告制度;", "- 减少聚集性活动;", LEAD]
    assert clean(*lines) == lines


def test_footer_contacts_only_go_after_the_last_paragraph():
    hotline = "邮编:854000   电话:0895-4821908"
    assert clean(hotline, LEAD) == [hotline, LEAD]
    assert clean(LEAD, hotline, "昌都市互联网违法和不良信息举报电话及邮箱:0895-4831144,cdwangxinban@163.com") == [LEAD]


def test_original_title_label_takes_the_old_headline_with_it():
    assert clean(LEAD, "原标题:", "", "酉阳疫情防控工作领导小组会议召开", "会议以视频方式召开。") == [
        LEAD,
        "会议以视频方式召开。",
    ]


def test_teaser_repeating_the_lead_is_dropped():
    teaser = "导读:" + LEAD[:30] + "…"
    assert clean(teaser, LEAD) == [LEAD]


def test_record_mode_drops_marker_lines_but_keeps_what_follows():
    lines = [LEAD, "最新消息", "据介绍,全市核酸检测能力已提升至每日50万管。", "咨询电话:0514-87000000"]
    assert clean(*lines, page=False) == [LEAD, lines[2], lines[3]]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("四川觀察 2020年02月04日", True),
        ("凤凰网2022-11-26  155", True),
        ("发布时间:2021-08-05 09:30 来源:邗江区融媒体中心 浏览次数:1268", True),
        ("2月3日,春节假期上班第一天,记者从成都市会议上了解到。", False),
        ("全市2022年3月5日新增本土确诊病例情况通报及防控工作安排", False),
    ],
)
def test_dateline_detection(line, expected):
    assert is_dateline(match_key(line)) is expected


def test_a_pictures_credit_is_removed_without_calling_the_page_hijacked():
    line = "上灯酒是示例县一年一度最隆重的群体酒宴,闻名全国。(下图来自示例二中)"
    assert strip_spam_prefix(line) == "上灯酒是示例县一年一度最隆重的群体酒宴,闻名全国。"
    assert not carries_spliced_spam(line)


def test_casino_text_spliced_into_a_sentence_calls_the_page_hijacked():
    assert carries_spliced_spam("3日晚上,皇冠体育平台,皇冠体育app组织收看疫情防控工作会议。")


def test_a_schedules_row_of_a_day_an_hour_and_a_place_is_no_dateline():
    assert not is_dateline(match_key("2022年5月4日 09:00 城关镇东关社区 核酸采样"))
    assert is_dateline(match_key("2021年05月15日 17:33 示例网 作者 示例晚报-示例壹点"))


def test_a_follow_prompts_words_in_an_articles_own_sentences_stay():
    lines = ["今年以来,全县12家达标星级酒店暂停接待外地旅客。", "关注疫情防控动态,了解最新防控要求。",
             "关注示例新闻网,了解示例最新新闻。"]
    assert strip_boilerplate(lines)[:2] == lines[:2]
    assert "关注示例新闻网,了解示例最新新闻。" not in strip_boilerplate(lines)

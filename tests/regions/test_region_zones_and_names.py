"""Zones of an article and the name scanner, the two inputs of inference."""
import pytest

from archive.regions.names import load_name_index
from archive.regions.normalise import normalise_for_matching
from archive.regions.zones import body_segments


def zones_of(body):
    return [(segment.zone, segment.text.strip()) for segment in body_segments(body)]


def test_first_two_paragraphs_are_the_lead_and_the_rest_body():
    body = "第一段内容，昌都市召开会议部署工作。\n第二段内容，会议强调落实防控措施。\n第三段内容，会议要求压实责任。"
    assert [zone for zone, _ in zones_of(body)] == ["lead", "lead", "body"]


def test_publisher_label_and_address_on_one_line_are_split():
    body = "正文第一段内容比较长的一段文字。\n主办:昌都市人力资源和社会保障局   地址:西藏昌都市卡若区马草坝东路 119 号"
    assert zones_of(body)[1:] == [
        ("publisher", "主办:昌都市人力资源和社会保障局"),
        ("footer", "地址:西藏昌都市卡若区马草坝东路 119 号"),
    ]


def test_a_long_paragraph_mentioning_a_footer_word_is_still_the_article():
    paragraph = "成都分类建立了以防控基础条件为前提的复工备案制度,要坚决管住机关企事业单位返岗人员输入的风险,确保能取得第二阶段防疫工作的胜利。"
    assert zones_of(paragraph) == [("lead", paragraph)]


def test_everything_after_a_related_links_marker_is_related():
    body = "正文第一段内容比较长的一段文字。\n相关阅读\n吕梁市加快推进公共法律服务体系建设"
    assert [zone for zone, _ in zones_of(body)] == ["lead", "related", "related"]


def test_bullet_lines_are_a_list():
    assert zones_of("- 长治严格落实优化措施,全面提升服务质量") == [("list", "- 长治严格落实优化措施,全面提升服务质量")]


def test_a_sentence_about_neighbouring_provinces_is_set_apart():
    body = "要守住外防输入关口。持续加强与四川、青海、云南等毗邻省州县的区域联防联控协作。严格落实查码。"
    assert [zone for zone, _ in zones_of(body)] == ["lead", "neighbours", "lead"]


def region_names(text):
    matches = load_name_index().scan(normalise_for_matching(text))
    return [match.text for match in matches if match.sense.kind == "region"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("当天全省新增病例", []),  # not 天全 (天全县)
        ("其中西宁市新增1例", ["西宁市"]),  # not 中西 (中西区)
        ("湖北延长春节假期", ["湖北"]),  # not 长春
        ("封控区和静默管理区域", []),  # not 和静 (和静县)
        ("林武强调", []),  # not 武强 (武强县)
        ("维护社会长治久安", []),
        ("在城区每个楼盘建立临时党支部", []),  # 城区 is downtown
        ("在鲁山县开展检查", ["鲁山县"]),  # not 在鲁
        ("持续做好入晋返晋人员管控", ["入晋", "返晋"]),
        ("晋升晋级", []),
        ("晋A12345号车辆", ["晋A12345"]),
    ],
)
def test_scanner_finds_names_but_not_words_that_contain_them(text, names):
    assert region_names(text) == names


def test_scanner_prefers_the_longest_name():
    assert region_names("广西壮族自治区南宁市") == ["广西壮族自治区", "南宁市"]


def test_traditional_text_and_pinyin_annotations_are_normalised():
    assert normalise_for_matching("澤庫縣") == "泽库县"
    assert normalise_for_matching("呂(lǚ)梁市") == "吕梁市"
    assert normalise_for_matching("ＡＢＣ，１２３") == "ABC,123"


@pytest.mark.parametrize("text, name", [("吉林省乾安县召开会议", "乾安县"), ("吉林省乾安縣召開會議", "乾安县"),
                                        ("关于开展乾县全域核酸检测", "乾县"), ("關於開展乾縣全域核酸檢測", "乾县")])
def test_a_name_t2s_folds_is_found_in_simplified_and_traditional_text(text, name):
    # One t2s pass gives 乾縣 → 乾县 but 乾县 → 干县: the text and the names meet in the stable matching form.
    found = [match.sense.entries[0].name for match in load_name_index().scan(normalise_for_matching(text))]
    assert name in found

"""evaluate_extraction scores pages against labels the way tests/realpages/README.md defines them; EDTF
reaches every exported record; reextract keeps what staff corrected."""
import io
import json
from pathlib import Path

import pytest
from django.core.management import call_command

from archive import services
from archive.edtf import from_edtf, to_edtf
from archive.export import export_record
from archive.extraction_eval import Label, Report, read_labels, score_page
from archive.label_markers import is_digest, marker_digest, recover_markers
from archive.intake import items_from_bytes
from archive.models import Article

SAMPLES = Path(__file__).resolve().parent.parent / "ingest" / "samples"
HEADER = "id\turl\ttitle\ttitle_supplied\tedtf\tprovince\tprefecture\tcounty\tpublisher\tjunk\tkeep\tpattern\n"


@pytest.mark.parametrize("edtf", ["2022-09-02", "2022-04", "XXXX-11-23", "XXXX-02-29", None])
def test_edtf_dates_survive_a_round_trip(edtf):
    parsed = from_edtf(edtf)
    assert to_edtf(parsed.published_at, parsed.precision, parsed.month, parsed.day) == edtf


@pytest.mark.parametrize("text", ["2022-13-01", "XXXX-02-30", "2022/09/02", "22-09-02"])
def test_a_malformed_edtf_date_is_refused_with_a_reason(text):
    with pytest.raises(ValueError, match="EDTF date|calendar date"):
        from_edtf(text)


@pytest.mark.django_db
def test_a_month_day_without_a_year_leaves_in_the_export_and_the_api(client, data_dir):
    page = (SAMPLES / "004_7977bfc00524bcc8.txt").read_bytes()
    [outcome] = services.ingest_items(items_from_bytes("shanxi.txt", page, services.upload_limits()))
    record = export_record(Article.objects.get(pk=outcome.article_id))
    assert (record["edtf"], record["published_at"], record["date_precision"]) == ("XXXX-11-23", None, "month_day")
    assert client.get(f"/api/articles/{outcome.article_id}").json()["edtf"] == "XXXX-11-23"


def _label(**fields) -> Label:
    base = dict(id="p", url="", title="", title_supplied=False, edtf=None, province="", prefecture="", county="",
                publishers=(), junk=(), keep=(), patterns=())
    return Label(**{**base, **fields})


def _record(**fields) -> dict:
    base = dict(title="", title_supplied=False, edtf=None, province=None, prefecture=None, county=None,
                body="", source_name=None)
    return {**base, **fields}


def test_a_supplied_title_must_not_be_a_date_or_a_byline():
    report = Report()
    label = _label(title="某县召开会议", title_supplied=True)
    body = "8月10日下午,某县召开会议,部署工作。"
    assert not score_page(label, _record(title="某县召开会议", title_supplied=True, body=body), report)
    assert score_page(label, _record(title="8月10日下午", title_supplied=True, body=body), report)
    assert score_page(label, _record(title="本网讯 记者", title_supplied=True, body=body), report)
    # (nor a page's labelled facts run into the lead: a mailbox's '称呼:…发布时间:…')
    mailbox = "称呼:某某发布时间:2020/1/26 10:33:38[投诉]县长,我想知道现在各村封路的情况。"
    assert score_page(label, _record(title="称呼:某某发布时间:2020/1/26 10", title_supplied=True, body=mailbox), report)


def test_a_supplied_title_addressing_an_appeal_by_its_salutation_is_right():
    report = Report()
    label = _label(title="某县委宣传部向全县志愿者发起倡议", title_supplied=True)
    body = "全县各文明单位、广大志愿者:\n近期,多地发生疫情。在此,县委宣传部向全县各文明单位、广大志愿者发起如下倡议:"
    assert not score_page(label, _record(title="致全县各文明单位、广大志愿者的倡议", title_supplied=True, body=body),
                          report)
    # (whom it addresses must be the salutation that opens the text, and the text must make an appeal)
    assert score_page(label, _record(title="致全国人民的倡议", title_supplied=True, body=body), report)
    letter = "全县各文明单位、广大志愿者:\n近期,多地发生疫情。请大家做好防护。"
    assert score_page(label, _record(title="致全县各文明单位、广大志愿者的倡议", title_supplied=True, body=letter),
                      report)


def test_a_county_labelled_by_its_common_name_matches_its_full_name():
    report = Report()
    label = _label(title="某县召开会议", province="青海省", prefecture="海东市", county="民和县|化隆县")
    record = _record(title="某县召开会议", province="青海省", prefecture="海东市", county="化隆回族自治县")
    assert not score_page(label, record, report)
    assert not score_page(label, _record(title="某县召开会议", province="青海省", prefecture="海东市",
                                         county="民和回族土族自治县"), report)
    assert score_page(label, _record(title="某县召开会议", province="青海省", prefecture="海东市", county="乐都区"), report)


def test_a_supplied_title_of_dates_only_is_wrong():
    report = Report()
    label = _label(title="某市三次疫情反弹", title_supplied=True)
    body = "2020年9月、2021年4月和7月,某市三次疫情反弹。"
    assert score_page(label, _record(title="2020年9月、2021年4月和7月", title_supplied=True, body=body), report)
    assert not score_page(label, _record(title="某市三次疫情反弹", title_supplied=True, body=body), report)


def test_a_supplied_title_must_not_be_a_dateline_or_end_on_a_day_or_open_on_an_hour():
    report = Report()
    label = _label(title="某县启动应急处置演练", title_supplied=True)
    body = "智慧某县4月9日(唐某 翁某)4月8日上午,某县启动应急处置演练。7日0时至24时,某县新增病例3例。"
    assert not score_page(label, _record(title="某县启动应急处置演练", title_supplied=True, body=body), report)
    for wrong in ("智慧某县4月9日(唐某 翁某)4月8日上午", "某县启动应急处置演练4月8日", "至24时,某县新增病例3例"):
        assert score_page(label, _record(title=wrong, title_supplied=True, body=body), report), wrong


def test_a_supplied_title_ending_on_an_hour_is_wrong_and_one_leaving_out_the_day_and_hour_is_faithful():
    report = Report()
    label = _label(title="某市政府新闻办召开疫情防控新闻发布会", title_supplied=True)
    body = ("某市政府新闻办于12月15日(星期三)下午3点,在市政府新闻发布厅召开疫情防控新闻发布会,介绍相关情况。"
            "某市政府新闻办定于12月15日14:30—17:30再次召开发布会。")
    assert score_page(label, _record(title="某市政府新闻办于12月15日(星期三)下午3点", title_supplied=True, body=body),
                      report)
    for cut in ("某市政府新闻办定于12月15日14:30—17", "某市政府新闻办定于12月15日１４：３０－１７", "某市政府新闻办定于12月15日14:30至17",
                "某市政府新闻办下午3点"):
        assert score_page(label, _record(title=cut, title_supplied=True, body=body), report), cut
    assert not score_page(label, _record(title="某市政府新闻办在市政府新闻发布厅召开疫情防控新闻发布会",
                                         title_supplied=True, body=body), report)


def test_a_supplied_title_ending_on_when_it_starts_is_wrong_and_one_leaving_out_the_day_is_faithful():
    report = Report()
    label = _label(title="某区开展全员核酸检测", title_supplied=True)
    body = "某市领导小组定于2022年1月30日(星期日)早6时开始,在某区建成区范围内开展全员核酸检测。"
    assert score_page(label, _record(title="某市领导小组早6时开始", title_supplied=True, body=body), report)
    assert not score_page(label, _record(title="某市领导小组在某区建成区范围内开展全员核酸检测", title_supplied=True,
                                         body=body), report)


def test_a_titles_pinyin_annotations_are_ignored_on_either_side():
    report = Report()
    label = _label(title="云南省疾控中心發(fā)布最新疫情防控風險提示")
    assert not score_page(label, _record(title="云南省疾控中心發布最新疫情防控風險提示"), report)
    assert score_page(label, _record(title="云南省疾控中心發布最新疫情防控提示"), report)


def test_a_titles_document_number_after_it_may_be_printed_or_left_off():
    report = Report()
    label = _label(title="某市指挥部办公室关于开展核酸筛查的通告")
    for printed in ("某市指挥部办公室关于开展核酸筛查的通告(第34号)", "某市指挥部办公室关于开展核酸筛查的通告 (2022年108号)"):
        assert not score_page(label, _record(title=printed), report), printed
    assert score_page(label, _record(title="某市指挥部办公室关于开展核酸筛查的通告 (2022年)"), report)


def test_a_supplied_title_leaving_out_all_but_the_first_place_listed_and_the_starting_day_is_faithful():
    report = Report()
    label = _label(title="某县各大景区停止对外开放", title_supplied=True)
    body = "为保障游客健康,某县甲山景区、乙湖公园、丙家古寨等各大景区从1月27日起停止对外开放,停止营业。"
    for faithful in ("某县甲山景区等各大景区停止对外开放", "某县甲山景区等各大景区从1月27日起停止对外开放"):
        assert not score_page(label, _record(title=faithful, title_supplied=True, body=body), report), faithful
    # (only a list's other places may be left out, not words of the sentence)
    assert score_page(label, _record(title="某县甲山景区停止对外开放", title_supplied=True, body=body), report)


def _devised_titles_judged(body: str, wrong_or_not: dict[str, bool]) -> None:
    label = _label(title="读者自拟的题名", title_supplied=True)  # (sharing no words with the titles judged)
    for title, wrong in wrong_or_not.items():
        assert score_page(label, _record(title=title, title_supplied=True, body=body), Report()) is wrong, title


def test_a_supplied_title_telling_a_list_by_its_first_item_and_deng_is_faithful_within_one_sentence():
    # (what it says of them all must follow the list in the same sentence, and be the lead's own words)
    _devised_titles_judged(
        "经某市指挥部同意,自2022年2月25日17时起,将某镇某路82号、112号、238号调整为高风险地区。其他地区风险等级不变。",
        {"某镇某路82号等调整为高风险地区": False, "某镇某路82号等风险等级不变": True, "某镇某路82号等调整为低风险地区": True})
    _devised_titles_judged(
        "自2月25日起,将某镇某路82号、112号调整为高风险地区,将长安镇某小区调整为低风险地区。",
        {"某镇某路82号等调整为高风险地区": False, "某镇某路82号等调整为低风险地区": True, "某路82号等长安镇某小区": True})


def test_a_supplied_title_may_leave_out_that_and_when_a_body_decided():
    _devised_titles_judged(
        "根据疫情防控需要,某市领导小组办公室研究决定,自2022年10月13日18时起,划定风险区域如下:\n一、高风险区",
        {"某市领导小组办公室划定风险区域": False, "某市领导小组办公室划定高风险区域": True})
    # (only the decider's 决定: not one the decision speaks of)
    _devised_titles_judged("某县指挥部研究决定,暂不决定是否开学。", {"某县指挥部暂不决定是否开学": False,
                                                               "某县指挥部暂不是否开学": True})


def test_a_supplied_title_that_is_only_the_authority_the_lead_cites_is_wrong():
    report = Report()
    label = _label(title="某街道开展区域核酸检测", title_supplied=True)
    body = "根据疫情防控需要,按照某市疫情防控指挥部统一部署,某街道于10月3日全面开展区域核酸检测。"
    for wrong in ("根据疫情防控需要", "根据疫情防控需要,按照某市疫情防控指挥部统一部署", "根据疫情防控需要，按照某市疫情防控指挥部统一部署"):
        assert score_page(label, _record(title=wrong, title_supplied=True, body=body), report), wrong
    purpose = "为进一步做好疫情防控工作,某街道于10月3日全面开展区域核酸检测。"
    assert score_page(label, _record(title="为进一步做好疫情防控工作", title_supplied=True, body=purpose), report)
    steps = ("依据《中华人民共和国传染病防治法》、《某省实施办法》,按照“非必需不出行”的原则,"
             "经市疫情防控专家组研判,报市领导小组同意,决定从即日起在某街道全面开展区域核酸检测。现将有关事项通告如下:")
    for wrong in ("经市疫情防控专家组研判", "经市疫情防控专家组研判,报市领导小组同意",
                  "依据《中华人民共和国传染病防治法》、《某省实施办法》", "现将有关事项通告", "按照“非必需不出行”的原则"):
        assert score_page(label, _record(title=wrong, title_supplied=True, body=steps), report), wrong
    assert not score_page(label, _record(title="某街道于10月3日全面开展区域核酸检测", title_supplied=True, body=body),
                          report)


def test_a_supplied_title_that_is_a_notice_items_starting_time_is_wrong():
    report = Report()
    label = _label(title="某小区解除封控区管理", title_supplied=True)
    body = "1、自2022年4月18日0时起,对某街道某小区3幢解除封控区管理。"
    assert score_page(label, _record(title="1、自2022年4月18日0时起", title_supplied=True, body=body), report)
    assert not score_page(label, _record(title="对某街道某小区3幢解除封控区管理", title_supplied=True, body=body), report)


def test_a_field_the_page_gives_no_evidence_for_is_not_scored():
    report = Report()
    score_page(_label(title="标题", province="", county=""), _record(title="标题", province="湖北省"), report)
    assert report.scored["province"] == 0 and report.scored["local"] == 0


def test_a_national_item_given_a_province_is_wrong_and_counted_as_such():
    report = Report()
    assert score_page(_label(title="标题", province="-"), _record(title="标题", province="北京市"), report)
    assert report.province_wrong == 1


def test_a_publisher_that_is_a_date_line_counts_as_junk():
    report = Report()
    score_page(_label(title="标题", publishers=("某县人民政府",)), _record(title="标题", source_name="发布时间:2021"),
               report)
    assert report.junk_publishers == ["p: 发布时间:2021"]


def test_a_publisher_that_is_a_breadcrumb_counts_as_junk():
    report = Report()
    score_page(_label(title="标题", publishers=("某县人民政府",)), _record(title="标题", source_name="首頁 > 權威發布"),
               report)
    assert report.junk_publishers == ["p: 首頁 > 權威發布"]


def test_a_headquarters_working_group_is_an_organisation():
    report = Report()
    score_page(_label(title="标题", publishers=("某市指挥部",)), _record(title="标题", source_name="某市指挥部办公室疫情防控组"),
               report)
    assert report.junk_publishers == []


def test_a_publisher_glued_to_a_hotline_heading_counts_as_junk():
    report = Report()
    glued = "某市各镇(街道)指挥部咨询电话某市疫情防控指挥部"
    score_page(_label(title="标题", publishers=("某市疫情防控指挥部",)), _record(title="标题", source_name=glued), report)
    assert report.junk_publishers == [f"p: {glued}"]


@pytest.mark.django_db
def test_evaluate_extraction_prints_figures_and_failures_for_a_labelled_folder(tmp_path, data_dir):
    (tmp_path / "a.txt").write_bytes((SAMPLES / "013_scraper_stamp_and_signed_notice.txt").read_bytes())
    (tmp_path / "b.txt").write_bytes((SAMPLES / "019_person_name_and_local_medium.txt").read_bytes())
    labels = tmp_path / "labels.tsv"
    labels.write_text(HEADER
                      + "a\t\t关于开展区域核酸检测的通告\t0\t2022-05-12\t\t\t\t某某县新冠肺炎疫情防控指挥部\t社会热点\t"
                        "为及时发现潜在风险|2022年5月12日\tnotice\n"
                      + "b\t\t兴县召开疫情防控工作推进会\t0\t2022-11-03\t山西省\t吕梁市\t兴县\t兴县融媒\t\t"
                        "县委副书记李兴平\tcounty\n", encoding="utf-8")
    out = io.StringIO()
    call_command("evaluate_extraction", str(tmp_path), str(labels), stdout=out)
    text = out.getvalue()
    assert "pages scored: 2 of 2 labelled" in text
    assert " title         2/2    = 100.0%" in text
    assert " date          1/2    =  50.0%" in text  # b is labelled with a wrong date on purpose
    assert "b        date      expected '2022-11-03'" in text
    assert Article.objects.count() == 0  # measuring never changes the archive
    assert len(read_labels(labels)) == 2


@pytest.mark.django_db
def test_reextract_updates_what_the_pipeline_derives_and_keeps_what_staff_corrected(data_dir, django_user_model):
    curator = django_user_model.objects.create_user("curator", is_staff=True)
    page = (SAMPLES / "020_two_character_county_notice.txt").read_bytes()
    [outcome] = services.ingest_items(items_from_bytes("qixian.txt", page, services.upload_limits()))
    article = Article.objects.get(pk=outcome.article_id)
    services.article_correct(article, user=curator, source_name="杞县人民政府")
    Article.objects.filter(pk=article.pk).update(title="an older pipeline's title")

    out = io.StringIO()
    call_command("reextract", stdout=out)

    article.refresh_from_db()
    assert "1 updated, 0 unchanged, 0 failed" in out.getvalue()
    assert article.title == "杞县关于开展全员核酸检测的通知"
    assert article.source_name == "杞县人民政府"
    assert article.staff_corrected == ["source_name"]
    assert json.dumps(export_record(article), ensure_ascii=False)  # still one exportable record


def test_digested_markers_are_recovered_from_the_page_text_and_unmatched_ones_are_named():
    page = "首页 > 要闻\n某县召开会议\n会议强调要抓好落实。"
    markers = (marker_digest("首页 > 要闻"), "plain", marker_digest("不在页面里"))
    assert all(is_digest(m) for m in (markers[0], markers[2])) and not is_digest("plain")
    assert recover_markers(markers, page) == (("首页 > 要闻", "plain"), (marker_digest("不在页面里"),))


@pytest.mark.django_db
def test_evaluate_extraction_scores_digested_markers_like_the_words_they_stand_for(tmp_path, data_dir):
    (tmp_path / "a.txt").write_bytes((SAMPLES / "013_scraper_stamp_and_signed_notice.txt").read_bytes())
    labels = tmp_path / "labels.tsv"
    row = "a\t\t关于开展区域核酸检测的通告\t0\t2022-05-12\t\t\t\t某某县新冠肺炎疫情防控指挥部\t{junk}\t{keep}\tnotice\n"
    # The article's own words given as junk, so that a recovered junk marker shows as left in the body.
    labels.write_text(HEADER + row.format(junk=marker_digest("社会热点") + "|" + marker_digest("为及时发现潜在风险"),
                                          keep=marker_digest("为及时发现潜在风险") + "|" + marker_digest("不在页面里")),
                      encoding="utf-8")
    out = io.StringIO()
    call_command("evaluate_extraction", str(tmp_path), str(labels), stdout=out)
    text = out.getvalue()
    assert f"label markers not found in their page text: a: {marker_digest('不在页面里')}" in text
    assert " junk          0/1" in text  # the unmatched keep marker counts as lost
    assert "left: 为及时发现潜在风险; lost: " + marker_digest("不在页面里") in text


def test_committed_label_files_hold_markers_only_as_digests_never_as_page_text():
    label_files = sorted((Path(__file__).resolve().parents[1] / "realpages").glob("*.tsv"))
    assert label_files
    plain = [f"{path.name} {label.id}: {marker}" for path in label_files for label in read_labels(path)
             for marker in (*label.junk, *label.keep) if not is_digest(marker)]
    assert plain == [], "run scripts/digest_label_markers.py before committing: " + "; ".join(plain[:5])


@pytest.mark.parametrize("county, right", [("疏附县", True), ("喀什市", True), ("莎车县", False), (None, False)])
def test_a_region_label_may_list_alternatives_for_an_item_about_several_units(county, right):
    report = Report()
    label = _label(province="新疆维吾尔自治区", prefecture="喀什地区", county="疏附县|喀什市")
    score_page(label, _record(province="新疆维吾尔自治区", prefecture="喀什地区", county=county), report)
    assert (report.right["province"], report.right["local"]) == (1, int(right))


def test_a_supplied_title_may_name_a_press_conference_but_not_a_reporter():
    body = "5月6日上午,示例市举办疫情防控工作记者招待会,介绍最新情况。"
    label = _label(title="示例市举办疫情防控工作记者招待会", title_supplied=True)
    assert not score_page(label, _record(title="示例市举办疫情防控工作记者招待会", title_supplied=True, body=body),
                          Report())
    assert score_page(label, _record(title="记者王某某报道", title_supplied=True, body="记者王某某报道," + body),
                      Report())


def test_a_keep_marker_quoted_with_pinyin_survives_as_its_words_alone():
    label = _label(keep=("延安市累計(jì)",))
    assert not score_page(label, _record(body="截至目前,延安市累計報告病例12例。"), Report())
    assert score_page(label, _record(body="截至目前,延安市報告病例12例。"), Report())

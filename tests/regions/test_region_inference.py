"""Behaviours of infer_region on short, hand-written articles."""

import pytest

from archive.regions.gazetteer import load_gazetteer
from archive.regions.inference import RegionGuess, infer_region
from archive.regions.mentions import collect_mentions
from archive.regions.names import load_name_index


def infer(title, body="", **kwargs) -> RegionGuess:
    return infer_region(title=title, body=body, **kwargs)


@pytest.mark.parametrize(
    ("title", "body", "code"),
    [
        ("海门区开展疫苗接种", "南通市海门区组织开展新冠疫苗接种。", "320614"),
        ("海门市召开疫情防控会议", "海门市召开疫情防控工作会议，部署防控工作。", "320684"),
        ("钱塘区：复工复产有序推进", "杭州市钱塘区企业复工率达九成。", "330114"),
        ("江干区：社区防控不放松", "杭州市江干区各社区严格落实防控措施。", "330104"),
    ],
)
def test_counties_renamed_in_2020_to_2022_resolve_under_old_and_new_names(title, body, code):
    assert infer(title, body).code == code


def test_chaoyang_district_with_beijing_evidence_is_beijings():
    guess = infer("朝阳区新增1例确诊病例", "北京市卫健委通报，朝阳区新增1例确诊病例。")
    assert guess.code == "110105"


def test_chaoyang_district_qualified_by_changchun_is_changchuns():
    assert infer("长春市朝阳区开展核酸检测", "吉林省长春市朝阳区开展全员核酸检测。").code == "220104"


def test_chaoyang_in_liaoning_is_the_prefecture():
    assert infer("辽宁朝阳：全力做好疫情防控", "朝阳市召开疫情防控会议。").code == "211300"


def test_ambiguous_name_alone_claims_no_region():
    assert infer("朝阳区新增1例确诊病例", "区疾控中心对相关场所进行消杀。").code is None
    assert infer("通州区新增病例", "通州区疾控中心通报。").code is None


def test_ambiguous_name_resolves_with_its_province_elsewhere_in_the_text():
    assert infer("通州区新增病例", "北京市通州区疾控中心通报。").code == "110112"
    assert infer("通州区新增病例", "江苏省南通市通州区疾控中心通报。").code == "320612"


def test_national_article_gets_no_region():
    guess = infer(
        "国家卫健委：昨日新增确诊病例30例",
        "国家卫健委今日通报，31个省（自治区、直辖市）和新疆生产建设兵团报告新增确诊病例30例，"
        "其中湖北5例，广东3例，北京2例。",
    )
    assert guess.code is None
    assert any("国家卫健委" in item for item in guess.evidence)


def test_article_about_national_figures_and_bodies_gets_no_region():
    assert infer("国务院：延长春节假期", "国务院办公厅发布通知，延长2020年春节假期至2月2日。").code is None


def test_foreign_article_gets_no_region():
    assert infer("意大利新增确诊病例3000例", "意大利卫生部公布，全国新增确诊病例3000例。").code is None
    assert infer("美国累计确诊超过10万例", "据美国约翰斯·霍普金斯大学统计，美国累计确诊超过10万例。").code is None


def test_local_report_of_imported_cases_stays_local():
    guess = infer("北京新增5例境外输入病例", "其中英国2例、美国2例、西班牙1例，均已转至定点医院。")
    assert guess.code == "110000"


def test_texts_naming_many_provinces_equally_are_national():
    body = "湖北新增10例，广东新增3例，河南新增3例，浙江新增3例，湖南新增3例。"
    assert infer("多地新增确诊病例", body).code is None


def test_province_abbreviation_after_a_verb_is_evidence():
    assert infer("严格落实入晋返晋人员管控", "各地要做好入晋返晋人员排查。").code == "140000"
    assert infer("在京人员要做好防护", "在京人员出行要佩戴口罩，返京人员要报备。").code == "110000"


def test_bare_abbreviation_character_is_not_evidence():
    assert infer("员工晋升通道公示", "公司公布晋升名单，晋级人员名单同时公示。").code is None


def test_short_forms_of_names_count_but_single_characters_do_not():
    guess = infer("酉阳：严防输入", "确保及时掌握重点地区来酉返酉人员动态，酉阳在外人员要报备。")
    assert guess.code == "500242"
    assert not any(item.endswith("酉") for item in guess.evidence)


def test_common_words_that_contain_place_names_are_not_places():
    assert infer("延长春节假期", "确保定点医院运转，维护社会长治久安。").code is None


def test_going_out_to_shop_is_not_the_district_of_that_name():
    body = ("严格控制居民出行,每户家庭每两天可指派1名家庭成员上街采购生活物资1次,劝导居民少出门、少上街。\n"
            "对近期从武汉、湖北其他地区返回贵港市的人员要主动报告。贵港市将根据疫情变化适时调整措施。")
    assert infer("", body).code == "450800"


def test_jiansanjiang_is_not_the_guangxi_county_inside_its_name():
    guess = infer("建三江开展全员核酸检测", "建三江管理局辖区内开展全员核酸检测,建三江各农场有序组织采样。")
    assert guess.code is None or guess.code.startswith("23")


def test_a_role_running_into_a_persons_name_is_no_place():
    body = ("2月24日,州应对新冠肺炎疫情应急指挥部召开第八次会议。州应对新冠肺炎疫情应急指挥部副指挥长葛宁,"
            "州政府秘书长出席会议。会议要求,我州各县要严格落实防控措施。")
    assert infer("州应对新冠肺炎疫情应急指挥部召开第八次会议", body).code != "411082"  # 长葛市
    assert infer("上海市长宁区开展核酸检测", "上海市长宁区今天开展核酸检测。").code == "310105"
    assert infer("吉林省长春开展全员核酸检测", "吉林省长春市今天开展全员核酸检测。").code == "220100"  # not 省长


def test_a_streets_short_name_alone_is_the_street_not_a_district_of_that_name():
    body = "龙城街道有序推进老年群体新冠疫苗接种工作。长者优先!龙城多个点位疫苗接种开设绿色通道,文明龙城公众号发布了接种安排。"
    assert infer("龙城街道有序推进老年群体新冠疫苗接种", body).code != "211303"  # 朝阳's 龙城区


def test_people_back_at_work_or_school_are_no_returnees_from_the_place():
    assert infer("温州返岗人员须持48小时核酸检测阴性证明", "温州市疫情防控指挥部要求返岗人员须持证明。").code == "330300"


def test_wuhan_pneumonia_as_a_name_of_the_disease_is_not_news_of_wuhan():
    assert infer("武漢肺炎│憂賭場成防疫破口", "業界擔心賭場成為防疫破口。").code is None


def test_wuhan_news_is_hubei_news():
    guess = infer("武汉新增确诊病例", "武汉市卫健委通报，全市新增确诊病例10例。")
    assert guess.code == "420100"


def test_a_place_only_helped_is_not_where_the_news_is():
    guess = infer("山东第二批医疗队出征", "山东省第二批援鄂医疗队今日出发驰援武汉。")
    assert guess.code == "370000"


def test_places_people_return_from_are_not_where_the_news_is():
    guess = infer("市疫情防控工作领导小组召开会议",
                  "市委书记主持召开会议，对武汉、湖北及其它疫情省份返回人员管控工作进行再部署，"
                  "全面落实中央、省和吉林市部署要求。")
    assert guess.code is not None and guess.code.startswith("22")


def test_a_text_speaking_from_inside_belongs_to_the_body_that_signs_it():
    guess = infer("县疫情防控指挥部排查出我县有长春确诊病例的密接人员",
                  "县疫情防控指挥部排查出我县有长春确诊病例的密接人员，已开展流调溯源。",
                  source_name="铁岭县新型冠状病毒感染的肺炎疫情防控指挥部办公室")
    assert guess.code == "211221"


def test_a_two_character_county_before_its_own_party_committee_is_found():
    guess = infer("新任曹县县委书记 第二天去了哪里", "12月25日,曹县县委书记实地调研疫情防控工作。")
    assert guess.code == "371721"


def test_a_newspaper_of_another_province_reporting_what_the_title_names_does_not_speak_for_it():
    guess = infer("北京:400场发布会,不仅发布抗疫信息,更传递抗疫信心",
                  "在9月13日举办的北京市新冠疫情防控第400场新闻发布会上,北京市委宣传部负责人介绍,全市上下同心抗疫。",
                  source_name="香港商报")
    assert guess.code == "110000"


def test_a_weak_county_name_a_few_words_after_guanyu_in_a_notice_title_is_found():
    guess = infer("关于恢复成县常态化核酸检测工作的通告", "经研究决定,自即日起恢复全县常态化核酸检测。")
    assert guess.code == "621221"


def test_a_provincial_outlet_reporting_one_district_does_not_make_the_story_province_wide():
    guess = infer("白天春耕忙 晚上走访忙",
                  "连日来,观山湖区组织党员干部白天帮助群众春耕,晚上入户走访排查。观山湖区各社区同步开展防疫宣传。",
                  source_name="贵州日报")
    assert guess.code == "520115"


def test_a_headline_in_the_provinces_voice_stays_with_the_province_whichever_city_hosts_it():
    guess = infer("全省疫情防控工作视频会议在兰州召开",
                  "3月20日,全省疫情防控工作视频会议在兰州召开。会议听取兰州市疫情防控工作汇报,部署下一阶段工作。",
                  source_name="甘肃日报")
    assert guess.code == "620000"


def test_chongqings_jiangbei_district_is_current_and_found_beside_its_neighbours():
    guess = infer("志愿者冲锋在前", "11月15日,江北区大石坝街道的志愿者正在采集信息。11月14日,沙坪坝区的志愿者也在忙碌。")
    assert guess.code in ("500105", "500000")
    assert infer("渝北区开展全员核酸检测", "渝北区各街道有序开展核酸检测。").code == "500112"


def test_a_deputy_county_head_whose_name_spells_a_county_is_not_that_county():
    guess = infer("副县长周宁督导交通检查卡点疫情防控工作", "近日,副县长周宁先后到高铁站、高速路口督导检查。")
    assert guess.code is None


def test_a_person_introduced_by_a_role_is_still_a_person_further_on():
    guess = infer("交通卡点督导检查", "近日,副县长周宁先后到高铁站督导检查。每到一处卡点,周宁仔细了解值班情况。周宁强调,要严防输入。")
    assert guess.code is None


def test_a_township_or_a_motorway_exit_named_like_a_city_is_not_that_city():
    for place, code in (("金沙高速口", None), ("荆州乡", "341824")):  # 荆州乡 is a township of 绩溪县, not 荆州市
        guess = infer("交通卡点督导检查", f"县委常委带队到{place}交通检查卡点实地督导,要求全县严防输入。")
        assert guess.code == code, place


def test_an_idiom_holding_a_place_name_is_not_that_place():
    guess = infer("生命重于泰山,疫情就是命令", "马山县无新增确诊病例,马山县卫生健康局提醒群众做好防护。")
    assert guess.code == "450124"  # 马山县


def test_an_acting_county_head_is_not_a_county():
    guess = infer("忻州市领导调研疫情防控", "忻州市召开疫情防控会议，县委副书记、代县长孟令选参加活动。")
    assert guess.code == "140900"


def test_a_places_police_department_is_not_the_ministry():
    guess = infer("河北唐山3人因掩饰疫情信息被公安部门查处",
                  "2月10日,记者从唐山市公安局得知,个别市民蓄意掩饰出外行程,公安部门依法查处郭某某等3人。")
    assert guess.code == "130200"  # 唐山市: 公安部门 is any place's police, 公安部 the national ministry


def test_arrivals_at_a_place_the_text_does_not_name_give_no_region():
    # '来富返富': people coming to 富阳 (its one character); the text names only where they come from
    guess = infer("关于重点地区来富返富人员做好报备的通告",
                  "9月20日,河南省新乡市发现多例本土阳性感染者,活动轨迹均与新乡高铁东站有关。区疫情防控指挥部提醒广大市民。")
    assert guess.code is None
    # (the place people come to, named: 来洋返洋 is 洋县's)
    guess = infer("洋县关于规范来洋返洋人员管理的通告", "洋县新冠肺炎疫情防控工作领导小组决定,来洋返洋人员须提前向社区报备。")
    assert guess.code == "610723"


def test_the_games_and_a_national_site_named_after_a_place_are_not_that_place():
    guess = infer("北京冬奥会、冬残奥会即将举办 商务部门积极采取举措",
                  "1月8日,国务院联防联控机制举行新闻发布会,商务部市场运行和消费促进司副司长在发布会上表示,春节将至。")
    assert guess.code is None
    guess = infer("国家卫健委:春节返乡须持核酸检测阴性证明", "国家卫生健康委有关负责人答记者问。", page="中国台湾网移动版")
    assert guess.code is None


def test_a_mainland_wide_count_naming_one_province_is_national():
    guess = infer("中國內地新增本土確診80例 其中內蒙古46例",
                  "據中國國家衛健委網站消息,2月18日,中國內地新增新冠肺炎確診病例137例,其中本土病例80例,內蒙古46例。")
    assert guess.code is None


def test_a_market_named_after_a_place_is_not_that_place():
    guess = infer("关于调整农贸市场营业时间的通告", "全区各农贸市场:光华道市场、新丰市场、党校路便民市场自即日起暂停营业。")
    assert guess.code is None  # 新丰市场 is a market, not 新丰县 (广东)
    guess = infer("唐山市场监管局开展防疫物资价格检查", "唐山市场监管局对全市药店开展检查。")
    assert guess.code == "130200"  # (a city's own market regulator is the city's)


def test_publisher_is_evidence_when_the_text_names_no_place():
    guess = infer("本市新增1例确诊病例", "本市新增1例确诊病例，已转至定点医院。", source_name="北京卫健委")
    assert guess.code == "110000"
    assert any(item.startswith("source:") for item in guess.evidence)


def test_government_host_of_the_source_url_is_evidence():
    guess = infer(
        "新增1例确诊病例", "全省新增1例确诊病例。", source_url="http://wsjkw.sc.gov.cn/scwsjkw/gzbd/list.shtml"
    )
    assert guess.code == "510000"


def test_footer_address_does_not_outweigh_the_article():
    body = "日前，成都市召开疫情防控工作会议，部署下一步工作。\n成都市要求各区县落实防控措施。\n地址：四川省成都市武侯区某某路1号 邮编：610041"
    assert infer("成都部署疫情防控工作", body).code == "510100"


def test_related_links_do_not_outweigh_the_article():
    body = "西安市召开疫情防控会议。\n西安市要求严格落实防控措施。\n相关阅读\n- 延安市开展核酸检测\n- 延安市加强交通管控\n- 宝鸡市部署疫情防控"
    assert infer("西安部署疫情防控工作", body).code == "610100"


def test_traditional_chinese_is_matched_after_conversion():
    assert infer("呂梁市加強疫情防控", "呂梁市召開會議，部署疫情防控工作。").code == "141100"


def test_confidence_reflects_margin_and_amount_of_evidence():
    strong = infer("成都部署疫情防控", "成都市召开会议。成都市要求各区县落实防控措施。")
    weak = infer("部署疫情防控", "会议强调要落实措施。成都市、重庆市有关部门参加。")
    assert 0 < weak.confidence < strong.confidence <= 1


def test_empty_article_gets_no_region():
    guess = infer("", "")
    assert guess == RegionGuess(None, guess.confidence, guess.evidence)
    assert guess.code is None


def test_a_title_naming_two_cities_goes_to_the_one_whose_body_issued_the_text():
    title = "乌拉特中旗第二轮核酸检测结果通告(呼和浩特第二轮核酸检测)"
    body = "乌拉特中旗开展第二轮全员核酸检测，检测结果均为阴性。呼和浩特市同日开展核酸检测，呼和浩特市各区有序推进。"
    assert infer(title, body, source_name="乌拉特中旗疫情防控工作指挥部").code == "150824"
    assert infer(title, body).code == "150000"  # nobody issued it: neither city stands out


def test_a_county_signing_a_warning_in_its_own_voice_is_that_county_not_the_outbreak_it_names():
    guess = infer("我省疫情出现多点爆发态势",
                  "近期我省疫情出现多点爆发态势,重点是驻马店泌阳县集中爆发,泌阳县报告感染者集中于泌阳县付庄乡。"
                  "为保障我县人民群众身体健康安全,特紧急提醒如下:有驻马店市(重点泌阳县)旅居史的人员请立即报备。"
                  "\n卢氏县疫情防控指挥部办公室\n2022年7月12日",
                  source_name="卢氏县疫情防控指挥部办公室")
    assert guess.code == "411224"  # 卢氏县


def test_a_county_named_right_after_its_province_is_read_whole():
    guess = infer("河北平乡实行隔离管控 无特殊原因不准外出",
                  "平乡县应对新冠肺炎疫情工作领导小组办公室通告,全县采样人员实行隔离管控。邢台市南宫市新增2例阳性,"
                  "邢台市南宫市两个小区被调整为中风险地区,邢台市其他县市区结果均为阴性。")
    assert guess.code == "130532"  # 平乡县


def test_villages_listed_without_their_unit_are_not_the_counties_they_spell():
    guess = infer("县长调研督导疫情防控和防汛减灾工作",
                  "县领导在马河、上豆等交通检查点和榆树、四方、袁川、铁洼等村,详细查看交通卡点登记查验、核酸检测等情况。")
    assert guess.code is None  # 榆树 is a village here, not 榆树市 of 吉林


def test_an_inner_mongolian_banner_is_known_by_its_shortened_name():
    guess = infer("察右后旗新冠肺炎疫情防控指挥部公告", "在全旗重点人群核酸检测中初筛3例阳性人员,全旗实行社会面管控。")
    assert guess.code == "150928"  # 察哈尔右翼后旗


def test_people_arriving_from_a_place_are_not_news_of_that_place():
    guess = infer("我县召开疫情防控调度会",
                  "6月15日,我县召开疫情防控调度会。会议要求,要做好北京市来高人员的排查工作,全面做好核酸检测、集中隔离点准备工作。")
    assert guess.code is None  # 北京 is where the arrivals come from


def test_an_autonomous_county_named_with_county_whose_short_name_is_a_word():
    guess = infer("关于调整部分区域风险等级的通告", "经研判,决定将威远镇部分区域调整为低风险区。",
                  source_name="互助县新型冠状病毒感染的肺炎疫情防控处置工作指挥部")
    assert guess.code == "630223"  # 互助土族自治县 (互助 alone is a word)


def test_a_conjunction_before_county_is_not_a_two_character_county():
    guess = infer("根据最新疫情防控形势和县疫情防控工作部署", "示例县广大市民朋友:为保障人民群众生命安全,全县开展全员核酸筛查。",
                  source_name="徐闻县新冠肺炎疫情防控指挥部办公室")
    assert guess.code == "440825"  # 徐闻县, not 安徽's 和县 read in '形势和县疫情'


def test_a_county_report_that_names_only_its_townships_is_placed_in_their_county():
    guess = infer("我县召开疫苗接种工作推进会",
                  "会上,十间房镇和大孤家子镇分别介绍了接种点的做法,我县下一步将做到应接尽接。")
    assert guess.code == "210124"  # 法库县, where both townships lie


def test_a_township_named_in_traditional_script_places_its_county():
    guess = infer("縣領導督導疫情防控工作", "縣領導到野崗鎮查看防疫卡點設置和居家隔離人員管控情況,"
                  "對野崗鎮的疫情防控工作表示肯定。")
    assert guess.code == "411421"  # 民权县 (野岗镇)


def test_a_phrase_ending_in_a_township_word_is_not_a_township():
    guess = infer("县委书记到部分乡镇检查疫情防控工作", "县委书记深入部分乡镇、村组,检查卡点值守情况。")
    assert guess.code is None  # 部分乡镇 is 'some townships', not 分乡镇 of 夷陵区


def test_a_provincial_title_over_a_report_from_one_district_is_that_districts():
    guess = infer("辽宁严防疫情经口岸输入",
                  "1月25日,记者在辽宁省丹东市振兴区看到,丹东市各口岸严格落实进口物品消杀措施。丹东市振兴区对冷链"
                  "食品实行全链条管理,丹东市还加强了边境巡查。")
    assert guess.code == "210603"  # 振兴区: 辽宁省 named in the text only says where 丹东 lies


def test_a_township_two_counties_share_goes_to_the_county_the_text_names():
    guess = infer("国庆回天门",
                  "国庆从福州回天门市,是否要居家隔离?您好!我镇疫情防控工作人员已与您电话沟通。返乡前请关注福建莆田、"
                  "泉州等地的疫情变化。如有疑问请联系黄潭镇新冠疫情防控指挥部。",
                  source_name="黄潭镇党政办")
    assert guess.code == "429006"  # 天门市 (its 黄潭镇), not 将乐县 (福建's 黄潭镇) for the 福州 the asker comes from


def test_a_township_written_after_its_own_district_counts_once():
    index = load_name_index()
    mentions = collect_mentions(title="上海:青浦区练塘镇开展核酸筛查", body="", source_name="", source_url="",
                                index=index, gazetteer=load_gazetteer())
    assert [m.text for m in mentions if m.kind == "region"] == ["上海", "青浦区"]


def test_a_province_named_by_abbreviation_after_people_arrive_is_the_texts_own():
    guess = infer("致湖北武汉返辽来辽人员的一封信",
                  "各位武汉返辽的老乡们,武汉来辽的同胞们:新年好!全省上下正全力做好疫情防控工作,请您主动报告。")
    assert guess.code == "210000"  # 辽宁省: 返辽 and 来辽 are where the returnees arrive


def test_a_title_naming_where_people_come_from_and_go_to_is_not_a_list_of_provinces():
    guess = infer("武汉来鲁、返鲁人员,请您主动居家隔离14天!",
                  "记者从省卫生健康委获悉,近日省卫健委发布给武汉来鲁、返鲁人员的一封信,请您主动居家隔离。")
    assert guess.code == "370000"  # 山东省


@pytest.mark.parametrize(("title", "code"), [
    ("鄂温克旗召开全旗疫情防控工作调度视频会", "150724"),  # 鄂温克族自治旗, named after its people alone
    ("前郭县委、县政府高度重视疫情防控工作", "220721"),  # 前郭尔罗斯蒙古族自治县
])
def test_a_long_autonomous_unit_is_known_by_the_short_name_it_goes_by(title, code):
    assert infer(title, "全旗(县)各部门要严格落实防控措施,做好人员排查和物资保障。").code == code


def test_a_place_the_page_around_the_article_repeats_many_times_counts_as_a_header_mention():
    other_notice = "\n".join(["重要发布 大连市发生疫情。"] + ["大连市金州区有关人员要主动报告。"] * 6)
    guess = infer("我市将开展全员核酸检测演练",
                  "按照省和长春市的安排部署,公主岭市将于12月25日开展全员核酸检测演练。特此通告。",
                  page=other_notice)
    assert guess.code is not None and guess.code.startswith("22")  # 吉林省, not the other notice's 大连


def test_a_notice_guarding_against_an_outbreak_elsewhere_is_the_issuers():
    guess = infer("四平市关于防范新疆喀什疫情的公告",
                  "10月24日,新疆喀什地区疏附县报告新增无症状感染者,喀什地区疏附县托克扎克镇、吾库萨克镇调整为高风险地区。"
                  "为防止疫情输入我市,现公告如下:10月10日以来有喀什地区旅居史的人员,请主动报告。")
    assert guess.code == "220300"  # 四平市, not 喀什


def test_a_wire_dateline_written_the_english_way_is_not_the_place_of_the_news():
    guess = infer("国家卫健委:7月19日新增确诊病例22例",
                  "北京,7月20日(新华社)——周一,国家卫健委公布的数据显示,7月19日全国新增确诊病例22例,"
                  "其中17例为本土病例,均在新疆维吾尔自治区;5例为境外输入病例。")
    assert guess.code != "110000"  # the wire's desk is in 北京; the news is national


def test_a_county_notice_listing_where_returnees_come_from_is_the_issuers():
    guess = infer("松滋市新冠肺炎疫情防控指挥部关于辽宁省大连市、河南省郑州市全市来松返松人员主动报备的通告",
                  "现辽宁省大连市全市、河南省郑州市全市已划为中高风险区;有辽宁省大连市、河南省郑州市旅居史来松返松人员"
                  "必须第一时间向所到达的村(社区)或单位主动报告。我市将对主动报告人员进行免费核酸检测。",
                  source_name="松滋市新冠肺炎疫情防控指挥部")
    assert guess.code == "421087"  # 松滋市, not "title lists several provinces"


def test_a_city_notice_naming_the_cities_whose_cases_it_warns_of_is_the_citys():
    lead = ("7月30日,内蒙古二连浩特市、乌兰察布市集宁区先后在核酸检测中检出新冠病毒初筛阳性人员。"
            "为切实巩固我市来之不易的防控成果,现将有关事项通告如下:")
    body = "\n".join([lead, "一、近7日内有内蒙古二连浩特市、乌兰察布市旅居史的人员,请主动向我市社区报告。",
                      "二、有内蒙古二连浩特市、乌兰察布市旅居史的来鄂返鄂人员,须持48小时内核酸检测阴性证明。"])
    guess = infer("鄂尔多斯市新型冠状病毒感染的肺炎疫情防控指挥部通告", body,
                  source_name="鄂尔多斯市新型冠状病毒感染的肺炎疫情防控指挥部")
    assert guess.code == "150600"  # 鄂尔多斯市, not 内蒙古 as a whole


def test_a_papers_report_of_another_provinces_district_is_that_provinces():
    guess = infer("石家庄高风险地区藁城全区人员不得离开本地",
                  "今天(1月7日)下午,河北省石家庄市召开疫情防控第3场新闻发布会。由于藁城区已列为高风险地区,"
                  "藁城区全区人员不得离开本地。石家庄市所有进出市域车辆须凭证进出。",
                  source_name="岳阳日报全媒体采访中心")
    assert guess.code is not None and guess.code.startswith("13")  # 河北, not the 岳阳 paper's 湖南


def test_a_provinces_county_level_economy_site_is_not_a_county_of_another_province():
    guess = infer("宁陵县副县长督导新冠疫苗接种工作",
                  "河南县域经济网商丘讯 近日,宁陵县副县长到宁陵县人民医院临时接种点督导新冠疫苗接种工作。",
                  source_name="河南县域经济网")
    assert guess.code == "411423"  # 宁陵县 in 河南, not 河南县 in 青海


def test_the_province_that_sent_a_tracing_request_is_not_the_place_of_the_news():
    guess = infer("接甘肃省疫情防控指挥部协查函",
                  "接甘肃省疫情防控指挥部协查函,2例确诊病例在该省嘉峪关某酒店就餐人员中的1名密接人员现住江夏区某小区。"
                  "根据《湖北省新冠肺炎疫情防控区域管理细则》要求,现将该密接人员的居住点划为管控区域。\n江夏区疫情防控指挥部",
                  title_devised=True)
    assert guess.code == "420115"  # 江夏区, not 甘肃


def test_a_prefectures_notice_on_another_prefectures_cases_is_the_issuers_without_a_local_voice():
    # A numbered notice named and signed by one prefecture's headquarters, listing only the places whose
    # travellers it checks: the issuing prefecture's, even where the text never says 我州 or 全州.
    body = "\n".join([
        "一、所有来返楚人员须提前一天向目的地县市、乡镇、单位报备。"
        "近7天内到过西双版纳州勐海县的来返楚人员,集中隔离7天,从离开勐海县之日算起。",
        "二、持返程证明的西双版纳州景洪市、勐腊县来返楚人员,3天2检;未持证明离开西双版纳州景洪市、勐腊县的人员,"
        "继续“3+4”管控,从离开西双版纳州之日算起。",
        "三、近7天内到过西藏、新疆、内蒙古的来返楚人员,集中隔离健康管理7天。",
        "四、到过四川、贵州的入返楚人员,居家健康监测3天。"])
    guess = infer("楚雄州委州政府应对新冠肺炎疫情工作领导小组指挥部通告(第51号)", body,
                  source_name="楚雄州委州政府应对新冠肺炎疫情工作领导小组指挥部")
    assert guess.code == "532300"  # 楚雄州, not 云南 as a whole


def test_a_prefectures_notice_reposted_on_a_county_site_stays_the_prefectures():
    # The county site's address is where the copy stands, not whom the notice is for: title and issuer name
    # the prefecture itself.
    guess = infer("林芝市应对疫情工作领导小组办公室通告",
                  "根据当前疫情防控形势,经研究决定,自即日起,对进入林芝市的人员实行落地查验。\n"
                  "请广大市民群众积极配合。\n林芝市应对疫情工作领导小组办公室",
                  source_name="林芝市应对疫情工作领导小组办公室",
                  source_url="http://www.milin.gov.cn/mlx/c106098/202201/notice.shtml")
    assert guess.code == "540400"  # 林芝市, not 米林市 whose site reposted it


def test_a_government_bodys_notice_on_travellers_from_the_province_its_title_names_is_the_bodys():
    # A prefecture's headquarters warns of another province's outbreak; the title names that province in full.
    guess = infer("关于加强四川省入(返)迪人员疫情防控的通告",
                  "近期,四川省多地发生本土疫情,输入风险急剧增加。为全力保障全州各族群众的身体健康,现就加强四川省入(返)迪"
                  "人员的疫情防控作出如下通告:\n一、对所有有四川省旅居史的入(返)迪人员采取“3+4”防控措施。\n"
                  "二、对近7天有四川省旅居史的入(返)人员进行全面排查。",
                  source_name="迪庆州应对疫情工作领导小组指挥部办公室")
    assert guess.code is not None and guess.code.startswith("53")  # 云南 (迪庆州), not 四川


def test_coming_to_here_by_the_one_character_name_is_the_issuers_voice():
    # '来镇返镇人员': people coming to 镇江, in a notice signed by 镇江's health commission about 大庆's cases.
    guess = infer("关于黑龙江省大庆市来镇返镇人员健康管理的重要提醒",
                  "1月20日,黑龙江省大庆市龙凤区某小区由低风险调升为中风险。为切实加强黑龙江省大庆市来镇返镇人员的健康管理,"
                  "现向广大市民提醒如下:\n一、凡1月6日以来有黑龙江省大庆市龙凤区中风险地区旅居史的来镇返镇人员,请主动报告。\n"
                  "二、对有黑龙江省大庆市其他地区旅居史的人员,实行健康监测。\n镇江市卫生健康委员会",
                  source_name="镇江市卫生健康委员会")
    assert guess.code is not None and guess.code.startswith("32")  # 江苏 (镇江市), not 黑龙江


def test_a_hong_kong_papers_report_of_a_county_committee_is_the_countys():
    # '县委' in the title is the county's body, not the paper's own voice: 香港商报网 does not speak for 塔河县.
    guess = infer("黑龙江塔河县召开县委常委会议研究部署疫情防控工作",
                  "1月14日,大兴安岭塔河县委书记主持召开县委常委会议,研究部署春节期间疫情防控工作。\n"
                  "会议指出,全县上下要深入贯彻落实省疫情防控指挥部会议精神,从严从紧抓好各项防控措施。",
                  source_name="香港商报网")
    assert guess.code is not None and guess.code.startswith("23")  # 黑龙江, not 香港


def test_the_unit_ending_a_place_name_does_not_start_another():
    # '宁夏固原市南出口': 市 ends 固原市; 市南 is not 青岛's 市南区, so the title lists one province only
    guess = infer("福银高速宁夏固原市南出口", "4月19日上午,在福银高速宁夏固原市南出口,医护人员为来固原人员测量体温、查验健康码。",
                  title_devised=True)
    assert guess.code is not None and guess.code.startswith("64")  # 宁夏, not "several provinces"


def test_a_development_zone_named_after_a_place_is_not_the_district_of_that_name():
    # '西安曲江新区' is 西安's zone, not 韶关's 曲江区
    guess = infer("在西安曲江新区各核酸检测点", "12月27日,在西安曲江新区各核酸检测点,志愿者引导群众有序排队、扫码登记。\n"
                  "西安市疫情防控指挥部要求,各检测点做好秩序维护。", title_devised=True)
    assert guess.code is not None and guess.code.startswith("61")  # 陕西


def test_a_towns_west_side_is_not_beijings_district():
    # '西城高速公路互通口': a town's west side (尤溪's interchange), not 北京's 西城区; '北京西城' still names it
    assert infer("县委书记督导检查疫情防控工作", "昨天下午,县委书记到疫情防控一线督导检查。在大排、西城高速公路互通口等地,"
                 "他详细了解核酸检测服务点人员配备、车辆通行等情况。", title_devised=True).code is None
    guess = infer("北京西城新增2例", "北京西城新增2例本土确诊病例,均为此前隔离管控人员。")
    assert guess.code is not None and guess.code.startswith("11")


def test_where_arrivals_had_been_is_no_place_of_the_news():
    # '曾到滇瑞丽入境者', '曾经到过云南省…瑞丽市的入境人士': where arrivals had been (a Macau notice), not its place
    guess = infer("曾到滇瑞麗入境者須醫觀",
                  "【本報消息】新型冠狀病毒感染應變協調中心宣佈,因應雲南省的疫情變化,自四月二日中午十二時起,所有在入境前"
                  "十四天曾經到過雲南省德宏傣族景頗族自治州瑞麗市的入境人士,須在指定地點接受十四天醫學觀察。")
    assert guess.code is None or not guess.code.startswith("53")  # not 云南


def test_a_citys_notice_on_arrivals_from_another_citys_district_is_the_signing_citys():
    # 乌兰察布市's notice, in its own voice (我市), on people coming from 通辽市科尔沁区
    guess = infer("通辽市科尔沁区发现2名初筛阳性人员",
                  "2021年11月28日,通辽市科尔沁区发现2名初筛阳性人员。为严防疫情输入我市,现将有关事宜公告如下。\n"
                  "1.请11月24日以来从通辽市科尔沁区来返我市人员立即向所在地社区报告。\n"
                  "2.科尔沁区封控区、管控区名单见附件。",
                  source_name="乌兰察布市新冠肺炎疫情防控工作指挥部", title_devised=True)
    assert guess.code == "150900"  # 乌兰察布市, not 科尔沁区


def test_an_abolished_districts_short_name_is_no_evidence():
    # '石湾' (a town of 博罗县 now) is not 佛山's 石湾区, merged away in 2002; the city the text names stands
    guess = infer("惠州市第二组片区巡回检查组先后到我县石湾嘉豪、园洲丰园等隔离酒店",
                  "2022年12月2日,惠州市第二组片区巡回检查组先后到我县石湾嘉豪、园洲丰园等隔离酒店,重点检查集中隔离场所"
                  "设置、人员配备等情况。", title_devised=True)
    assert guess.code is not None and guess.code.startswith("4413")  # 惠州, not 佛山


def test_where_people_come_from_to_a_named_place_is_no_place_of_the_news():
    # '福建泉州市来返六安人员要隔离': 泉州 is where people come from; 六安 is where the rules are
    guess = infer("严格落实7天居家隔离,在此期间不得外出",
                  "严格落实7天居家隔离,在此期间不得外出。\n凡是从上海等疫情发生地来(返)人员,一律实行抗原检测+核酸单采单检。\n"
                  "劝导在上海、吉林、泉州等疫情发生地人员,近期非必要不来(返)六安。", title_devised=True,
                  page="The Beginning\n根据3月27日六安卫健委发布,福建泉州市来返六安人员要隔离")
    assert guess.code is not None and guess.code.startswith("34")  # 安徽, not 福建


def test_a_province_locating_one_of_its_villages_lets_the_text_name_the_county():
    # '广西一村庄发现疫情': 广西 only says where the village lies; the text names 灵山县
    guess = infer("广西一村庄发现疫情已封闭?官方通报来啦",
                  "最近,一条名为“广西一村庄发现疫情已封闭”的消息在朋友圈刷屏。\n"
                  "据了解,这条消息称,在广西钦州市灵山县的大沙村,发现一名新增的新冠确诊患者。灵山县有关部门已经介入。")
    assert guess.code == "450721"  # 灵山县


def test_a_headline_in_a_citys_voice_from_its_own_outlet_is_that_citys():
    # '我市组织收听收看…' from 朔州市融媒体中心: the city's, though the text names the outbreak in 运城新绛
    guess = infer("我市组织收听收看省委疫情防控专题会暨省疫情防控工作领导小组会议",
                  "7月8日,省委书记主持召开省委疫情防控专题会,安排部署运城新绛疫情燃点应急处置和全省常态化防控工作。\n"
                  "会后,朔州市委书记就贯彻落实会议精神提出要求。", source_name="朔州市融媒体中心")
    assert guess.code == "140600"  # 朔州市


def test_a_lead_whose_subject_is_a_citys_news_office_is_the_citys_whichever_district_its_cases_live_in():
    body = ("西安市政府新闻办于12月15日(星期三)下午3点,在市政府新闻发布厅召开西安市疫情防控工作新闻发布会。"
            "确诊病例1,刘某某,居住于雁塔区长安中路。确诊病例2,杨某,居住于雁塔区某小区。")
    guess = infer("西安市政府新闻办在市政府新闻发布厅召开西安市疫情防控工作新闻发布会", body, title_devised=True)
    assert guess.code == "610100"


def test_a_lead_whose_subject_is_a_county_body_named_after_its_city_is_the_countys():
    body = ("自察哈尔右翼后旗突发疫情以来,内蒙古乌兰察布丰镇市人民政府积极协调各方力量,选派人员支援察哈尔右翼后旗。"
            "所有队员都严格按照疫情防控要求开展工作。")
    guess = infer("内蒙古乌兰察布丰镇市人民政府积极协调各方力量", body, title_devised=True)
    assert guess.code == "150981"  # 丰镇市


def test_dongguan_is_named_by_its_one_character_after_a_verb_and_a_smile_is_not():
    guess = infer("关于做好返莞人员健康管理的通告", "近期,省外疫情多点散发。所有返莞人员须在抵莞后24小时内完成一次核酸检测,并向所在社区报备。")
    assert guess.code == "441900"  # 东莞
    assert infer("他莞尔一笑", "他在莞尔一笑之间化解了尴尬。").code is None


def test_a_county_renamed_a_city_is_still_named_by_its_old_party_committee():
    # 无为县 became 无为市 late in 2019; early-2020 pages still write 无为县委
    assert infer("无为县委召开疫情防控工作会议", "无为县委召开疫情防控工作会议。会议要求做好疫情防控。").code == "340281"


def test_a_provinces_meeting_followed_at_the_provinces_own_venue_stays_the_provinces():
    body = ("全省新冠肺炎疫情防控工作会议召开。省委书记某某在我省分会场参加会议。兰州市、兰州市、兰州市有关负责同志参加。"
            "会议要求,全省各地要从严从紧抓好各项防控措施。")
    assert infer("全省新冠肺炎疫情防控工作会议召开", body, source_name="甘肃日报").code == "620000"


def test_a_citys_notice_in_its_own_voice_stays_the_citys_though_its_title_names_one_district():
    guess = infer("西安市疫情防控指挥部通告:全市中小学延期开学 雁塔区实行封控管理",
                  "西安市疫情防控指挥部发布通告,全市中小学延期开学。雁塔区实行封控管理,全市居民非必要不外出。"
                  "雁塔区各街道做好生活物资保障。")
    assert guess.code == "610100"


def test_a_city_acting_on_the_one_district_its_title_names_is_that_districts():
    guess = infer("大同市疫情防控领导小组在云冈区建成区开展全员核酸检测",
                  "大同市疫情防控领导小组定于1月30日早6时开始,在云冈区建成区开展全员核酸检测。"
                  "核酸检测对象为云冈区建成区范围内全体居民。", title_devised=True)
    assert guess.code == "140214"

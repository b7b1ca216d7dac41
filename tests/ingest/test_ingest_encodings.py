"""Encodings: the same page in GB18030, Big5 or UTF-8 with BOM parses like its UTF-8 original.

Fixtures are generated at test time from real seed text. Big5 cannot encode every character
(Simplified-only forms, pinyin tone letters), so Big5 cases compare on what Big5 can hold:
the UTF-8 reference is the same text with the unencodable characters dropped.
"""

import pytest

from archive.ingest import parse_page
from archive.ingest.decode import declared_charset, decode_bytes
from archive.ingest.pinyin import strip_pinyin
from ingest_helpers import SAMPLES, seed_text

SIMPLIFIED_SEEDS = ("000", "001")
TRADITIONAL_SEEDS = ("002", "004")


def big5_subset(text: str) -> str:
    """The text as Big5 can carry it (real Big5 pages carry no pinyin tone letters)."""
    return strip_pinyin(text).encode("big5", errors="ignore").decode("big5")


def assert_same_article(variant, reference):
    assert variant.title == reference.title
    assert variant.body == reference.body
    assert (variant.published_at, variant.date_precision, variant.source_name, variant.source_url) == (
        reference.published_at, reference.date_precision, reference.source_name, reference.source_url)
    assert variant.fingerprint == reference.fingerprint


def parse_file(tmp_path, name: str, raw: bytes):
    path = tmp_path / name
    path.write_bytes(raw)
    return parse_page(path.read_bytes(), path.name)


@pytest.mark.parametrize("seed", SIMPLIFIED_SEEDS + TRADITIONAL_SEEDS)
def test_gb18030_round_trip_is_exact(seed):
    text = seed_text(seed)
    decoded = decode_bytes(text.encode("gb18030"))
    assert decoded.encoding == "gb18030"
    assert decoded.text == text


@pytest.mark.parametrize("seed", TRADITIONAL_SEEDS)
def test_big5_round_trip_is_exact_on_encodable_text(seed):
    text = big5_subset(seed_text(seed))
    assert len(text) > 0.97 * len(strip_pinyin(seed_text(seed)))  # the comparison still covers the page
    decoded = decode_bytes(text.encode("big5"))
    assert decoded.encoding == "big5"
    assert decoded.text == text


@pytest.mark.parametrize("seed", SIMPLIFIED_SEEDS + TRADITIONAL_SEEDS)
def test_gb18030_page_parses_like_utf8(tmp_path, seed):
    text = seed_text(seed)
    reference = parse_file(tmp_path, "utf8.txt", text.encode("utf-8"))
    variant = parse_file(tmp_path, "gb.txt", text.encode("gb18030"))
    assert variant.encoding == "gb18030"
    assert_same_article(variant, reference)


@pytest.mark.parametrize("seed", TRADITIONAL_SEEDS)
def test_big5_page_parses_like_utf8(tmp_path, seed):
    text = big5_subset(seed_text(seed))
    reference = parse_file(tmp_path, "utf8.txt", text.encode("utf-8"))
    variant = parse_file(tmp_path, "big5.txt", text.encode("big5"))
    assert variant.encoding == "big5"
    assert_same_article(variant, reference)


@pytest.mark.parametrize("seed", SIMPLIFIED_SEEDS + TRADITIONAL_SEEDS + ("003",))
def test_utf8_bom_page_parses_like_utf8(tmp_path, seed):
    raw = seed_text(seed).encode("utf-8")
    reference = parse_file(tmp_path, "plain.txt", raw)
    variant = parse_file(tmp_path, "bom.txt", b"\xef\xbb\xbf" + raw)
    assert variant.encoding == "utf_8_sig"
    assert not variant.body.startswith("\ufeff") and not (variant.title or "").startswith("\ufeff")
    assert_same_article(variant, reference)


def test_crlf_line_endings_parse_like_lf(tmp_path):
    text = seed_text("000")
    reference = parse_file(tmp_path, "lf.txt", text.encode("utf-8"))
    variant = parse_file(tmp_path, "crlf.txt", text.replace("\n", "\r\n").encode("gb18030"))
    assert_same_article(variant, reference)


def test_short_big5_passage_is_not_mistaken_for_gb18030():
    passage = big5_subset(seed_text("004").split("\n")[6])  # 會議以視頻方式召開… (記者楊文)
    assert decode_bytes(passage.encode("big5")).text == passage


def test_short_gb18030_passage_is_not_mistaken_for_big5():
    passage = seed_text("001").split("\n")[8]  # 会议指出,经过广大干部群众的共同努力…
    assert decode_bytes(passage.encode("gb18030")).text == passage


def test_gb2312_declared_html_parses_like_utf8_html(tmp_path):
    utf8_html = (SAMPLES / "005_gov_page.html").read_text(encoding="utf-8")
    gb_html = utf8_html.replace('<meta charset="utf-8">', '<meta charset="gb2312">')
    assert gb_html != utf8_html
    reference = parse_file(tmp_path, "page.html", utf8_html.encode("utf-8"))
    variant = parse_file(tmp_path, "page_gb.html", gb_html.encode("gb18030"))
    assert variant.encoding == "gb18030"
    assert_same_article(variant, reference)


def test_meta_charset_is_read_as_a_hint():
    assert declared_charset(b'<html><head><meta charset="gb2312">') == "gb18030"
    assert declared_charset(b'<meta http-equiv="Content-Type" content="text/html; charset=GBK">') == "gb18030"
    assert declared_charset(b"<meta charset='big5'>") == "big5"
    assert declared_charset(b"<p>no declaration</p>") is None


def test_meta_charset_never_overrides_the_bytes():
    # A page that lies about its charset: declared Big5, really GB18030.
    text = seed_text("000")
    raw = ('<html><head><meta charset="big5"></head><body><p>' + text + "</p></body></html>").encode("gb18030")
    assert decode_bytes(raw, hint=declared_charset(raw)).encoding == "gb18030"


FULL_WIDTH = str.maketrans({",": "，", ":": "：", "(": "（", ")": "）", "?": "？", "!": "！", ";": "；"})


def to_full_width(text: str) -> str:
    """Half-width punctuation to full-width, leaving URL lines alone."""
    return "\n".join(line if "http" in line else line.translate(FULL_WIDTH) for line in text.split("\n"))


@pytest.mark.parametrize("seed", ["000", "001", "002", "003", "004"])
def test_full_width_punctuation_parses_like_half_width(seed):
    text = seed_text(seed)
    reference = parse_page(text.encode("utf-8"), "half.txt")
    variant = parse_page(to_full_width(text).encode("utf-8"), "full.txt")
    assert variant.title == to_full_width(reference.title)
    assert variant.body == to_full_width(reference.body)
    assert variant.fingerprint == reference.fingerprint  # punctuation does not count
    assert (variant.published_at, variant.date_precision, variant.source_name, variant.source_url) == (
        reference.published_at, reference.date_precision, reference.source_name, reference.source_url)


@pytest.mark.parametrize("encoding", ["gb18030", "utf-8"])
def test_download_cut_mid_character_loses_only_that_character(encoding):
    text = seed_text("001").split("原标题")[0].strip()  # ends with 吴彪
    decoded = decode_bytes(text.encode(encoding)[:-1])
    assert decoded.text == text[:-1]
    assert decoded.warnings and "truncated character" in decoded.warnings[0]


def test_corruption_inside_the_text_is_not_forgiven():
    raw = seed_text("000").encode("gb18030")
    middle = len(raw) // 2
    with pytest.raises(Exception, match="cannot decode"):
        decode_bytes(raw[:middle] + b"\xff\xff" + raw[middle:])

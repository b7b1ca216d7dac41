"""Refused input: every refusal is an IngestError whose reason names the problem."""

import random
import zlib

import pytest

from archive.ingest import IngestError, parse_page, parse_record
from archive.ingest.decode import decode_bytes

PNG_BYTES = (
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89"
    + b"\x00\x00\x00\nIDATx\x9cc\x00\x01\x00\x00\x05\x00\x01\r\n-\xb4\x00\x00\x00\x00IEND\xaeB`\x82"
)


def reason_of(raw: bytes, filename: str) -> str:
    with pytest.raises(IngestError) as caught:
        parse_page(raw, filename)
    assert str(caught.value) == caught.value.reason
    return caught.value.reason


def test_png_renamed_to_txt_is_refused_as_an_image():
    assert reason_of(PNG_BYTES, "article.txt") == "binary file (looks like PNG image), not a text page"


@pytest.mark.parametrize(
    ("raw", "kind"),
    [
        (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00", "JPEG image"),
        (b"GIF89a\x01\x00\x01\x00", "GIF image"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "PDF document"),
        (b"PK\x03\x04\x14\x00\x06\x00", "ZIP archive or Office document"),
        (b"\x1f\x8b\x08\x00" + zlib.compress(b"x"), "gzip archive"),
        (b"RIFF\x24\x00\x00\x00WEBPVP8 ", "WebP image"),
    ],
)
def test_other_binary_formats_are_named(raw, kind):
    assert reason_of(raw, "page.html") == f"binary file (looks like {kind}), not a text page"


@pytest.mark.parametrize("raw", [b"", b"   \r\n\t\n", b"\xef\xbb\xbf", b"\xef\xbb\xbf \n"])
def test_empty_file_is_refused(raw):
    assert reason_of(raw, "empty.txt").startswith("empty file")


def test_ideographic_spaces_only_is_empty():
    assert reason_of("\u3000\u3000\n\u3000".encode("utf-8"), "blank.txt") == "empty file (only whitespace)"


def test_random_binary_is_refused():
    raw = random.Random(2022).randbytes(4096)
    assert b"\x00" in raw
    assert reason_of(raw, "dump.txt") == "binary file (contains NUL bytes), not a text page"


def test_random_binary_without_nul_bytes_cannot_be_decoded():
    rng = random.Random(7)
    raw = bytes(rng.randrange(1, 256) for _ in range(4096))
    reason = reason_of(raw, "noise.txt")
    assert reason.startswith("cannot decode")


@pytest.mark.parametrize("name", ["report.pdf", "scan.JPG", "notes.docx", "data.csv"])
def test_unsupported_extension_is_refused_before_decoding(name):
    suffix = "." + name.rsplit(".", 1)[1].lower()
    assert reason_of("正文".encode("utf-8"), name) == f"unsupported file type {suffix}"


def test_invalid_utf8_after_a_utf8_bom_is_refused():
    reason = reason_of(b"\xef\xbb\xbf" + "疫情".encode("gb18030") * 20, "bom.txt")
    assert reason.startswith("cannot decode: UTF-8 byte order mark present but bytes are not valid")


def test_text_full_of_control_characters_is_refused():
    raw = ("会议强调" * 10 + "\x01\x02\x03\x04\x05\x06" * 10).encode("utf-8")
    with pytest.raises(IngestError, match="replacement/control characters"):
        decode_bytes(raw)


def test_page_that_is_only_boilerplate_is_refused():
    raw = "当前位置: 首页 > 要闻\n\n【字体:\n\n打印本文\n\n扫一扫在手机打开当前页\n".encode("utf-8")
    assert reason_of(raw, "chrome.txt") == "no article text found (only navigation and boilerplate)"


def test_record_without_title_and_body_is_refused():
    with pytest.raises(IngestError, match=r"record dev.jsonl:3: no title and no body"):
        parse_record({"title": " ", "body": None}, raw=b"{}", origin="dev.jsonl:3")

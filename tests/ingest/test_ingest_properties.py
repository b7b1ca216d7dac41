"""Properties over generated input: refusals are always IngestError, cleaning never invents text."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from archive.ingest import IngestError, parse_page
from archive.ingest.decode import decode_bytes
from archive.ingest.pinyin import strip_pinyin

CJK = st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF)
PINYINISH = st.sampled_from(["(dāng)", "(huì )", "(qū)", "(de)", "(市)", "(含诊所)", "(0)", ")", "(", " ", "\n", "、"])
FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FAST
@given(st.binary(max_size=3000))
def test_arbitrary_bytes_either_decode_or_raise_ingest_error(raw):
    try:
        decoded = decode_bytes(raw)
    except IngestError as error:
        assert error.reason
    else:
        assert decoded.text.strip()


@FAST
@given(st.binary(max_size=2000), st.sampled_from(["a.txt", "a.html", "a"]))
def test_parse_page_only_ever_raises_ingest_error(raw, name):
    try:
        article = parse_page(raw, name)
    except IngestError:
        return
    assert article.body and len(article.minhash) == 64


@FAST
@given(st.lists(st.one_of(CJK, PINYINISH), max_size=60).map("".join))
def test_depinyin_only_removes_and_is_idempotent(text):
    clean = strip_pinyin(text)
    assert strip_pinyin(clean) == clean
    assert [c for c in clean if "\u4e00" <= c <= "\u9fff"] == [c for c in text if "\u4e00" <= c <= "\u9fff"]
    assert len(clean) <= len(text)

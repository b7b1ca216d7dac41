"""Fingerprints ignore script, width, whitespace and punctuation; MinHash finds reprints."""

import re

import pytest

from archive.ingest import parse_page, parse_record
from archive.ingest.fingerprint import (
    content_fingerprint,
    jaccard,
    lsh_bands,
    minhash_signature,
    normalise,
)
from archive.chinese_text import to_simplified
from ingest_helpers import seed_path, seed_text


@pytest.fixture(scope="module")
def articles():
    return {n: parse_page(seed_path(n).read_bytes(), seed_path(n).name) for n in ("000", "001", "002", "003", "004")}


def shared_bands(a: list[int], b: list[int]) -> int:
    return len(set(lsh_bands(a)) & set(lsh_bands(b)))


def test_fingerprint_ignores_script_width_space_and_punctuation():
    traditional = content_fingerprint("澤庫縣召開會議", "會議強調,疫情防控形勢持續平穩向好。\n\n要堅持")
    simplified = content_fingerprint("泽库县召开会议", "会议强调，疫情防控形势持续平稳向好 要坚持")
    assert traditional == simplified
    assert re.fullmatch(r"[0-9a-f]{64}", traditional)


def test_fingerprint_tells_articles_apart(articles):
    assert len({a.fingerprint for a in articles.values()}) == len(articles)


def test_fingerprint_is_pinned():
    # Stored fingerprints must survive refactors: changing normalise() needs a data migration.
    assert content_fingerprint("泽库县召开疫情防控分析研判会议", "会议强调,疫情防控形势持续平穩向好。") == (
        "5d35dc0e9e4bd86499211967a9294645b07fd1f636968ba6d24f3f1a9756bb2a"
    )


def test_normalise_keeps_only_simplified_letters_and_digits():
    assert normalise("Ｃｏｖｉｄ－１９ 會議（澤庫）。") == "covid19会议泽库"


def test_signature_shape_and_determinism(articles):
    signature = articles["000"].minhash
    assert len(signature) == 64
    assert all(isinstance(v, int) and 0 <= v < 2**32 for v in signature)
    assert minhash_signature(articles["000"].body) == signature


def test_signature_is_pinned():
    assert minhash_signature("泽库县召开疫情防控分析研判会议")[:4] == [318309462, 218515727, 18090429, 639176552]


def test_signature_ignores_script(articles):
    body = articles["004"].body
    assert minhash_signature(to_simplified(body)) == minhash_signature(body)


def test_reprint_with_edits_is_a_near_duplicate(articles):
    original = articles["000"].body
    paragraphs = original.split("\n\n")
    reprint = "\n".join(paragraphs[:-3]).replace(",", "，").replace("持续", "持續")  # cut, re-punctuated
    a, b = minhash_signature(original), minhash_signature(reprint)
    assert jaccard(a, b) > 0.7
    assert shared_bands(a, b) >= 1


def test_different_articles_are_not_near_duplicates(articles):
    a, b = articles["000"].minhash, articles["001"].minhash
    assert jaccard(a, b) < 0.1
    assert shared_bands(a, b) == 0


def test_lsh_bands_are_short_keys_per_band(articles):
    bands = lsh_bands(articles["002"].minhash)
    assert len(bands) == 16
    assert [b[:2] for b in bands] == [f"{i:02d}" for i in range(16)]
    assert all(re.fullmatch(r"\d{2}:[0-9a-f]{16}", b) for b in bands)


def test_lsh_bands_refuse_a_wrong_signature_length():
    with pytest.raises(ValueError, match="expected 64"):
        lsh_bands([1, 2, 3])


def test_dxy_reprint_pair_shares_a_band(dxy_rows):
    # Rows 1 and 2 are the same CCTV item, the second with a longer body.
    (raw_a, row_a), (raw_b, row_b) = dxy_rows[0], dxy_rows[1]
    assert row_a["title"] == row_b["title"]
    a = parse_record(row_a, raw=raw_a, origin="dev.jsonl:1").minhash
    b = parse_record(row_b, raw=raw_b, origin="dev.jsonl:2").minhash
    assert jaccard(a, b) > 0.5
    assert shared_bands(a, b) >= 1


def test_seed_text_itself_is_unchanged_by_fingerprinting():
    text = seed_text("002")
    content_fingerprint("t", text)
    minhash_signature(text)
    assert seed_text("002") == text


def test_jaccard_estimate_equals_datasketchs_on_the_same_signatures():
    from datasketch import MinHash

    from archive.ingest import fingerprint

    a = minhash_signature("关于进一步做好疫情防控工作的通知,各乡镇要压实责任")
    b = minhash_signature("关于进一步做好疫情防控工作的通告,各街道要压实责任")

    def as_minhash(signature):
        return MinHash(seed=fingerprint._SEED, scheme=fingerprint._SCHEME, hashvalues=signature)
    assert jaccard(a, b) == as_minhash(a).jaccard(as_minhash(b))
    assert jaccard(a, a) == 1.0

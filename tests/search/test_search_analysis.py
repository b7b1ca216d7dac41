"""The analyzer and the query language: pure functions, no Django."""
import unicodedata

import opencc
import pytest

from search.analysis import (GramTokenizer, WordTokenizer, gram_terms, normalize, normalize_with_offsets,
                             to_traditional)
from search.query import AnyOf, Term, matches, parse_query


def test_normalize_folds_width_case_and_script():
    assert normalize("ＣＯＶＩＤ－１９疫情") == "covid-19疫情"
    assert normalize("澤庫縣召開疫情防控會議") == "泽库县召开疫情防控会议"


def test_t2s_is_the_opencc_library_result_applied_until_stable():
    cc = opencc.OpenCC("t2s")
    for text in ["乾隆皇帝的頭髮很乾燥", "中國人民銀行，澤庫縣。", "後來他說：「這個問題很複雜」", "陝西乾縣"]:
        assert normalize(text) == cc.convert(cc.convert(unicodedata.normalize("NFKC", text).lower()))
    assert normalize("乾縣") == normalize("乾县")  # one t2s pass gives 乾县 and 干县


def test_offsets_map_back_when_nfkc_changes_length():
    text = "㍿澤庫ﬁ縣"
    n = normalize_with_offsets(text)
    assert n.text == "株式会社泽库fi县"
    start = n.text.index("泽库")
    s, e = n.span(start, start + 2)
    assert text[s:e] == "澤庫"


def test_grams_make_a_substring_test():
    assert gram_terms("人民银行") == ["人民", "民银", "银行"]
    assert gram_terms("晋") == ["晋"]
    tokens = [(t.text, t.pos) for t in GramTokenizer()("中国 人民", positions=True)]
    # whitespace removed, unigram and bigram at each position, positions sequential
    assert tokens == [("中", 0), ("中国", 0), ("国", 1), ("国人", 1), ("人", 2), ("人民", 2), ("民", 3)]


def test_word_tokens_have_sequential_positions_and_original_offsets():
    text = "中國人民銀行發佈公告"
    tokens = [(t.text, t.pos, t.startchar, t.endchar) for t in WordTokenizer()(text, positions=True, chars=True)]
    assert [pos for _, pos, _, _ in tokens] == list(range(len(tokens)))
    assert tokens[0][0] == "中国人民银行" and text[tokens[0][2]:tokens[0][3]] == "中國人民銀行"


@pytest.mark.parametrize("q, required, excluded", [
    ("a b", [("a",), ("b",)], []),
    ('"疫情 防控" -境外', [("疫情防控",)], [("境外",)]),
    ("a OR b c", [("a", "b"), ("c",)], []),
    ("OR x", [("or",), ("x",)], []),
    ("-", [("-",)], []),
    ('"unbalanced', [("unbalanced",)], []),
    ("-a OR b", [("or",), ("b",)], [("a",)]),
    ("", [], []),
])
def test_parse_query(q, required, excluded):
    parsed = parse_query(q)

    def texts(clauses):
        return [tuple(t.text for t in c.terms) if isinstance(c, AnyOf) else (c.text,) for c in clauses]

    assert texts(parsed.required) == required
    assert texts(parsed.excluded) == excluded


def test_title_prefix_and_matches():
    parsed = parse_query("title:澤庫 疫情")
    assert parsed.required[0] == Term("泽库", "title:澤庫", "title", False)
    assert matches(parsed, "泽库县会议", "疫情")
    assert not matches(parsed, "会议", "泽库 疫情")
    assert matches(parse_query("-疫情"), "会议", "通知")
    assert matches(parse_query("人民银行"), "", "中國人民\n銀行")  # whitespace is ignored


def test_s2t_round_trip_is_found():
    assert normalize(to_traditional("社会面清零")) == "社会面清零"


def test_word_set_cut_run_by_run_equals_jieba_cutting_the_whole_text():
    from pathlib import Path

    from search.analysis import JIEBA_HMM, ensure_jieba, word_set

    root = Path(__file__).resolve().parents[2]
    paths = sorted((root / "seeds").glob("*.txt")) + sorted((root / "tests" / "ingest" / "samples").glob("*.txt"))
    texts = [path.read_text(encoding="utf-8", errors="replace") for path in paths]
    texts += ["ＣＯＶＩＤ－１９ 疫情 Ａ+Ｂ c++ 3.5% ㍿ ｶﾀｶﾅ ひらがな 㐀 한국", "新冠肺炎疫情防控。新冠肺炎疫情防控", ""]
    assert len(texts) > 20
    for text in texts:
        expected = {w for w in ensure_jieba().cut(normalize(text), HMM=JIEBA_HMM) if any(c.isalnum() for c in w)}
        assert word_set(text) == expected

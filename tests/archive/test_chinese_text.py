"""archive.chinese_text: the project's one normalisation, and the fast t2s that must equal the library's."""
import random
import re
from importlib import resources
from pathlib import Path

import opencc
import pytest

from archive.chinese_text import (compact_normalize, fold_forms, lookup_form, match_key, matching_form, normalize,
                                  simplified_key, to_simplified, to_traditional)

ROOT = Path(__file__).resolve().parents[2]
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))


def _dictionary_keys(name: str) -> list[str]:
    text = resources.files(opencc).joinpath("dictionary", name).read_text(encoding="utf-8")
    return [line.split("\t")[0] for line in text.splitlines()]


def test_normalise_folds_full_width_and_traditional_forms():
    assert normalize("ＣＯＶＩＤ－１９　疫情，澤庫縣") == "covid-19 疫情,泽库县"
    assert compact_normalize("澤庫 縣\n召開") == "泽库县召开"
    assert normalize("⼈民") == "人民"  # a Kangxi radical (PDF extraction) is the unified ideograph


def test_gbks_traditional_variant_of_shaan_reads_as_the_simplified_name():
    # 陜 (U+965C), GBK's Traditional 陕, is in no t2s table: a GBK mirror's 寧陜縣 must match 宁陕县 and 寧陝縣
    assert normalize("寧陜縣") == normalize("寧陝縣") == "宁陕县"
    assert match_key("陜西省") == "陕西省" and len(match_key("陜")) == 1


def test_match_key_keeps_length_and_case_so_offsets_index_the_original():
    line = "ＰＤＦ下載：澤庫縣㍿"
    key = match_key(line)
    assert key == "PDF下载:泽库县㍿"  # ㍿ folds to four characters under NFKC: left alone here
    assert len(key) == len(line)
    assert fold_forms("２０２０年") == "2020年"


def test_fast_t2s_equals_the_library_on_seeds_their_traditional_twins_and_phrase_mixtures():
    library = opencc.OpenCC("t2s")
    texts = [path.read_text(encoding="utf-8") for path in SEEDS]
    texts += [to_traditional(text) for text in texts]
    # Every phrase key overlapping others and characters, between separators and inert characters: the cases
    # where cutting the text into runs could differ from converting it whole.
    rng = random.Random(11)
    pieces = _dictionary_keys("TSPhrases.txt") + _dictionary_keys("TSCharacters.txt")[:300] + list("，。 的中国ab")
    texts += ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 15))) for _ in range(20_000)]
    assert len(texts) > 20_000
    assert [t for t in texts if to_simplified(t) != library.convert(t)] == []


def test_t2s_keeps_the_length_of_every_dictionary_entry():
    for key in _dictionary_keys("TSPhrases.txt") + _dictionary_keys("TSCharacters.txt"):
        assert len(to_simplified(key)) == len(key), key


def test_simplified_key_gives_a_traditional_entry_and_its_simplified_twin_one_stable_form():
    phrases = _dictionary_keys("TSPhrases.txt") + _dictionary_keys("TSCharacters.txt")
    for traditional in phrases:
        key = simplified_key(traditional)
        assert simplified_key(key) == key
        assert simplified_key(to_simplified(traditional)) == key, traditional
    assert to_simplified("乾縣") == "乾县" and to_simplified("乾县") == "干县"  # why one pass is not enough


def test_lookup_form_is_the_stored_simplified_spelling():
    assert lookup_form(" 乾縣 ") == " 乾县 "
    assert lookup_form("澤庫縣") == "泽库县"


def test_phrases_win_over_characters():
    assert to_simplified("乾隆皇帝的頭髮很乾燥") == "乾隆皇帝的头发很干燥"
    assert to_simplified("一目瞭然") == "一目了然"


def test_matching_form_of_a_long_body_is_not_cached_but_equal_to_the_key():
    body = "澤庫縣召開會議。" * 500
    assert matching_form(body) == match_key(body) == "泽库县召开会议。" * 500


_OPENCC_USE = re.compile(r"^\s*(import opencc|from opencc\b)|OpenCC\(", re.MULTILINE)


@pytest.mark.parametrize("package", ["archive", "search", "web", "config", "scripts"])
def test_no_module_but_chinese_text_imports_opencc(package):
    offenders = [str(path.relative_to(ROOT)) for path in (ROOT / package).rglob("*.py")
                 if path != ROOT / "archive" / "chinese_text.py"
                 and _OPENCC_USE.search(path.read_text(encoding="utf-8"))]
    assert offenders == []

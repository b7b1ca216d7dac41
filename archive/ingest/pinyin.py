"""Remove inline pinyin annotations such as 當(dāng)日 -> 當日, leaving real parentheses alone.

An annotation is a parenthesised run of 1-4 valid pinyin syllables directly after a Han
character. Tone-marked syllables always count. Toneless ones ("(de)") only count on pages
that already carry several tone-marked annotations, so ordinary latin text in brackets
after Chinese (e.g. 人工智能(ai)) is not eaten on normal pages.
"""

import re
import unicodedata

_HAN = r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f]"
_ANNOTATION = re.compile(rf"(?<={_HAN})[ \t]?[(（]([^()（）\n]{{1,40}})[)）]")

_TONE_MARKS = frozenset("\u0304\u0301\u030c\u0300")  # macron, acute, caron, grave (NFD)
_SYLLABLE = re.compile(
    r"(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
    r"(?:a|ai|an|ang|ao|e|ei|en|eng|er|o|ong|ou|i|ia|ian|iang|iao|ie|in|ing|iong|iu|io"
    r"|u|ua|uai|uan|uang|ue|ui|un|uo|v|ve|van|vn)"
)  # no bare m/n/ng (嗯, 呣): too rare in news, and (m) after a number-word is a unit
_MAX_SYLLABLES = 4
# With at least this many tone-marked annotations, the page is annotated throughout.
_TONELESS_AFTER = 3
_TONELESS_ONLY_AFTER = 6


def strip_pinyin(text: str) -> str:
    return strip_pinyin_counted(text)[0]


def strip_pinyin_counted(text: str) -> tuple[str, int]:
    """The text without annotations, and how many were removed."""
    text, total = _strip_odd_brackets(text)
    while True:  # 會(huì)(huì) exposes a second annotation once the first is gone
        text, removed = _strip_once(text, toneless_seen=total >= _ODD_BRACKETS_MIN)
        total += removed
        if not removed:
            break
    text, removed = _strip_fragments(text)
    text, lost = _LOST_CHARACTER.subn("", text)
    return text, total + removed + lost


# Halves of an annotation that a scrape cut at punctuation or a line end: '导(dǎo', '请qǐng)'. Only
# tone-marked syllables count, so no ordinary latin text is touched.
_LETTERS = r"[A-Za-z\u00c0-\u024f\u0300-\u036f]"
_OPEN_FRAGMENT = re.compile(rf"(?<={_HAN})[ \t]?[(（]({_LETTERS}{{1,12}})(?![)）]|{_LETTERS})")
_CLOSE_FRAGMENT = re.compile(rf"(?<={_HAN})({_LETTERS}{{1,12}})[)）]")
# An annotation whose character and opening bracket a bad conversion turned into '?': '墨龍?zhí)妓…', '未央?yún)^(qū),'
# (the character is lost either way; the syllable and its brackets go)
_MANGLED_FRAGMENT = re.compile(rf"(?<={_HAN})\?({_LETTERS}{{1,12}})[)）](?:\^[(（]{_LETTERS}{{1,12}}[)）])?")


# A character and its annotation reduced to two '?' and a letter, between two characters: '演練??h委書記'.
_LOST_CHARACTER = re.compile(rf"(?<={_HAN})\?{{2}}[a-z]{{1,2}}(?={_HAN})")


def _strip_fragments(text: str) -> tuple[str, int]:
    removed = 0

    def replace(match: re.Match) -> str:
        nonlocal removed
        if _classify(match.group(1)) == "toned":
            removed += 1
            return ""
        return match.group(0)

    text = _OPEN_FRAGMENT.sub(replace, text)
    text = _MANGLED_FRAGMENT.sub(replace, text)
    return _CLOSE_FRAGMENT.sub(replace, text), removed


# A farm's obfuscation: syllables in assorted brackets after characters, '4月{yue}9日,在北京市《shi》新型冠「guan」状
# 病毒‘du’肺炎疫情(qing)…'. Only a page with several of them loses them (a quoted “app” after a word stays).
_ODD_BRACKET_ANNOTATION = re.compile(rf"(?<={_HAN})(?:\{{([a-z]{{1,6}})\}}|《([a-z]{{1,6}})》|「([a-z]{{1,6}})」"
                                     rf"|‘([a-z]{{1,6}})’|“([a-z]{{1,6}})”|〖([a-z]{{1,6}})〗|【([a-z]{{1,6}})】|\[([a-z]{{1,6}})\])(?={_HAN}|[,。、\d])")
_ODD_BRACKETS_MIN = 3


def _strip_odd_brackets(text: str) -> tuple[str, int]:
    found = [m for m in _ODD_BRACKET_ANNOTATION.finditer(text)
             if _classify(next(g for g in m.groups() if g)) != "other"]
    if len(found) < _ODD_BRACKETS_MIN:
        return text, 0
    return _ODD_BRACKET_ANNOTATION.sub(
        lambda m: "" if _classify(next(g for g in m.groups() if g)) != "other" else m.group(0), text), len(found)


def _strip_once(text: str, toneless_seen: bool = False) -> tuple[str, int]:
    tone_marked = sum(1 for m in _ANNOTATION.finditer(text) if _classify(m.group(1)) == "toned")
    # A page annotated throughout: several tone-marked annotations, or many toneless ones (轉(zhuan)載(zai)).
    toneless = sum(1 for m in _ANNOTATION.finditer(text) if _classify(m.group(1)) == "toneless")
    allow_toneless = tone_marked >= _TONELESS_AFTER or toneless >= _TONELESS_ONLY_AFTER or toneless_seen
    removed = 0

    def replace(match: re.Match) -> str:
        nonlocal removed
        kind = _classify(match.group(1))
        if kind == "toned" or (kind == "toneless" and allow_toneless):
            removed += 1
            return ""
        return match.group(0)

    return _ANNOTATION.sub(replace, text), removed


def _classify(inner: str) -> str:
    """'toned', 'toneless' (valid pinyin without tone marks) or 'other'."""
    tokens = inner.split()
    if not tokens or len(tokens) > _MAX_SYLLABLES:
        return "other"
    toned = False
    for token in tokens:
        decomposed = unicodedata.normalize("NFD", token.lower())
        toned = toned or any(c in _TONE_MARKS for c in decomposed)
        # Drop all combining marks (tones, ü's diaeresis, ê's circumflex) and check the skeleton.
        skeleton = "".join(c for c in decomposed if not unicodedata.combining(c))
        if not _SYLLABLE.fullmatch(skeleton):
            return "other"
    return "toned" if toned else "toneless"

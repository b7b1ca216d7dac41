"""The project's one definition of Chinese text normalisation. Pure Python: no Django, no project import.

It lives at the bottom of the import graph (archive is imported by search and web, never the reverse), so
ingest, regions, selectors, search and the web pages all take it from here. No other module imports
``opencc``: a test greps the source tree for it.

The steps, each a primitive defined once:

* ``fold``: per character, NFKC then lower-case (full-width ＡＢＣ１２３ and the ideographic space become
  ASCII, compatibility ideographs and Kangxi radicals become unified ideographs, ℂ → c), and the few variant
  forms t2s lacks (GBK's 陜) become the form it knows;
* ``to_simplified``: OpenCC ``t2s`` (Traditional → Simplified, phrases first), exactly
  ``opencc.OpenCC("t2s").convert``, made fast by how it is called (see below); ``simplified_key`` applies it
  until stable (twice), because one pass is not idempotent (乾縣 → 乾县, but 乾县 → 干县);
* white space: ``compact`` removes it.

The named variants, each built from those primitives:

* ``normalize`` / ``normalize_with_offsets``: fold + simplified_key, with a map back to the original's offsets (the
  search index, queries, the brute-force checker, highlighting);
* ``compact_normalize``: the same without white space (what an exact term is a substring of);
* ``matching_form`` / ``match_key``: the length-preserving fold without case folding + simplified_key, so an index found
  in the key is an index into the original line (ingest steps, region inference, region names);
* ``fold_forms``: that fold alone (ingest reads dates and numbers through it);
* ``lookup_form``: that fold + one t2s pass, the spelling of a stored Simplified name (region look-ups);
* ``to_simplified`` alone: display in Simplified, script detection, fingerprints.

And what counts as a Han character: ``is_han`` / ``han_count`` (ingest's heuristics and region names alike).

Speed: opencc-python-reimplemented converts each separator-delimited segment with a Python parse tree. The
t2s dictionaries of the pinned release hold single characters (TSCharacters) and 277 phrases (TSPhrases), and
every entry keeps its length. Characters in no dictionary key can never be part of a match, so the text is cut
at them; a run that contains no phrase key is converted by its characters' first candidates with
``str.translate`` (exactly what the library does there), and only a run holding a phrase key goes through
``OpenCC.convert`` (cached). Tables come from the package's public dictionary files, read once; if the
package's ``t2s`` chain is not the one this assumes, every text goes through ``OpenCC.convert``.
"""
from __future__ import annotations

import json
import re
import threading
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import opencc

__all__ = [
    "NORMALISATION_VERSION",
    "NormalizedText",
    "compact",
    "compact_normalize",
    "fold",
    "fold_forms",
    "han_count",
    "is_han",
    "lookup_form",
    "match_key",
    "matching_form",
    "normalize",
    "normalize_with_offsets",
    "simplified_key",
    "to_simplified",
    "to_traditional",
]

# Bump whenever any definition here changes what it returns: search indexes record it (search.index_manifest)
# and are refused, with a request to run rebuild_index, when it differs.
NORMALISATION_VERSION = 3  # 2: t2s applied until stable (see simplified_key); 3: _VARIANTS_T2S_LACKS


# ---------------------------------------------------------------------------------------------------------
# Fold: NFKC then lower-case, one character at a time so every output character knows its source.
# ---------------------------------------------------------------------------------------------------------
class _FoldTable(dict):
    """str.translate table filled lazily: code point → NFKC(char), lower-cased if ``lower``.

    ``keep_length`` leaves a character alone when its NFKC form is not one character (㍿ → 株式会社), so
    offsets stay valid without a map. Cached entries translate at C speed."""

    def __init__(self, *, lower: bool, keep_length: bool):
        super().__init__()
        self.lower = lower
        self.keep_length = keep_length
        self.length_changing: set[str] = set()

    def __missing__(self, code_point: int) -> str:
        char = chr(code_point)
        folded = _VARIANTS_T2S_LACKS.get(char) or unicodedata.normalize("NFKC", char)
        if self.lower:
            folded = folded.lower()
        if len(folded) != 1:
            if self.keep_length:
                folded = char
            else:
                self.length_changing.add(char)
        self[code_point] = folded
        return folded


# Variant forms that are neither NFKC-folded nor in OpenCC's t2s tables, folded to the form t2s knows: GBK's
# Traditional 陕 is 陜 (U+965C), not Big5's 陝 (U+965D), so a GBK mirror's 寧陜縣 must read as 宁陕县.
_VARIANTS_T2S_LACKS = {"陜": "陝"}

_FOLD = _FoldTable(lower=True, keep_length=False)
_FOLD_KEEPING_LENGTH_AND_CASE = _FoldTable(lower=False, keep_length=True)


def fold(text: str) -> str:
    """NFKC and lower-case, character by character (may change the length: see normalize_with_offsets)."""
    return text.translate(_FOLD)


# ---------------------------------------------------------------------------------------------------------
# t2s: exactly OpenCC("t2s").convert, fast.
# ---------------------------------------------------------------------------------------------------------
_EXPECTED_T2S_CHAIN = [{"dict": {"type": "group", "dicts": [{"type": "txt", "file": "TSPhrases.txt"},
                                                            {"type": "txt", "file": "TSCharacters.txt"}]}}]


def _dictionary(name: str) -> dict[str, str]:
    """key → first candidate, from one of the package's dictionary files (as the library reads them)."""
    entries = {}
    text = resources.files(opencc).joinpath("dictionary", name).read_text(encoding="utf-8")
    for line in text.splitlines():
        key, value = line.strip().split("\t")
        entries[key] = value.split(" ")[0]
    return entries


class _T2S:
    def __init__(self):
        self.library = opencc.OpenCC("t2s")
        self.convert_run = lru_cache(maxsize=16384)(self.library.convert)
        config = json.loads(resources.files(opencc).joinpath("config", "t2s.json").read_text(encoding="utf-8"))
        self.fast = config.get("conversion_chain") == _EXPECTED_T2S_CHAIN
        if not self.fast:
            return
        phrases, characters = _dictionary("TSPhrases.txt"), _dictionary("TSCharacters.txt")
        self.fast = all(len(k) == 1 for k in characters) and all(len(k) == len(v) for k, v in phrases.items())
        self.char_table = str.maketrans(characters)
        self.converted_chars = frozenset(characters)
        self.phrase = re.compile("|".join(map(re.escape, sorted(phrases, key=len, reverse=True))))
        in_some_key = "".join(sorted(set(characters) | set("".join(phrases))))
        self.run = re.compile(f"[{re.escape(in_some_key)}]+")

    def _run(self, match: re.Match) -> str:
        run = match.group()
        if self.phrase.search(run):
            return self.convert_run(run)
        return run.translate(self.char_table)

    def convert(self, text: str) -> str:
        if not self.fast:
            return self.library.convert(text)
        if not self.phrase.search(text):
            # Most texts are Simplified already: no character to convert, and testing that is several times
            # faster than translate.
            return text if self.converted_chars.isdisjoint(text) else text.translate(self.char_table)
        return self.run.sub(self._run, text)


_converters: dict[str, object] = {}
_converters_lock = threading.Lock()


def _converter(name: str):
    conv = _converters.get(name)
    if conv is None:
        with _converters_lock:
            conv = _converters.get(name)
            if conv is None:
                conv = _converters[name] = _T2S() if name == "t2s" else opencc.OpenCC(name)
    return conv


def to_simplified(text: str) -> str:
    """OpenCC t2s: the library's result, for any text (it keeps the length with the pinned dictionaries)."""
    return _converter("t2s").convert(text) if text else text


def simplified_key(text: str) -> str:
    """t2s until it is stable, for matching: t2s is not idempotent (乾縣 → 乾县 → 干县: the phrase 乾縣 keeps 乾,
    the character table then folds it), so a Traditional text and its Simplified twin differ after one pass.
    A second pass reaches a fixed point for every entry of the pinned dictionaries (tested)."""
    once = to_simplified(text)
    return once if once == text else to_simplified(once)  # t2s(x) == x: x is already the fixed point


def lookup_form(text: str) -> str:
    """The spelling a stored Simplified name has (乾縣 → 乾县, ＡＢＣ → ABC): one t2s pass, for looking names up in
    a table; not for matching two texts (use match_key)."""
    return to_simplified(fold_forms(text))


def to_traditional(text: str) -> str:
    """OpenCC s2t (one-to-many, so never used to normalise): for test queries and users' convenience."""
    return _converter("s2t").convert(text)


# ---------------------------------------------------------------------------------------------------------
# The search normalisation, with its offset map.
# ---------------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class NormalizedText:
    """``text`` is the normalised form of ``original``; character i of it came from
    ``original[starts[i]:ends[i]]``. ``starts is None`` means the map is the identity."""

    original: str
    text: str
    starts: list[int] | None = None
    ends: list[int] | None = None

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original-text span of normalised characters ``start`` … ``end - 1`` (``end > start``)."""
        if self.starts is None:
            return start, end
        return self.starts[start], self.ends[end - 1]


def normalize_with_offsets(text: str) -> NormalizedText:
    """fold + t2s, and where NFKC changed a character's length, the map back to the original."""
    folded = fold(text)
    starts = ends = None
    if not _FOLD.length_changing.isdisjoint(text):
        starts, ends, pieces = [], [], []
        for i, char in enumerate(text):
            piece = _FOLD[ord(char)]
            pieces.append(piece)
            starts.extend([i] * len(piece))
            ends.extend([i + 1] * len(piece))
        folded = "".join(pieces)
    simplified = simplified_key(folded)
    assert len(simplified) == len(folded), "t2s must keep length"
    return NormalizedText(text, simplified, starts, ends)


def normalize(text: str) -> str:
    return normalize_with_offsets(text).text


_WHITESPACE = re.compile(r"\s+")


def compact(normalized: str) -> str:
    """Normalised text with white space removed: the string every exact term is a substring of."""
    return _WHITESPACE.sub("", normalized)


def compact_normalize(text: str) -> str:
    """``compact(normalize(text))``: what ``search.query.matches`` tests terms against."""
    return compact(normalize(text or ""))


# ---------------------------------------------------------------------------------------------------------
# The matching key: same length as the original, case kept.
# ---------------------------------------------------------------------------------------------------------
def fold_forms(text: str) -> str:
    """``fold`` where it keeps the length (full-width ２０２０ → 2020, ⼈ → 人), case kept."""
    return text.translate(_FOLD_KEEPING_LENGTH_AND_CASE)


def matching_form(text: str) -> str:
    """Simplified, NFKC-folded twin of ``text`` with identical offsets (case kept: ingest patterns use it)."""
    return simplified_key(fold_forms(text))


@lru_cache(maxsize=8192)  # the ingest steps key the same lines in turn; region names and queries repeat
def match_key(text: str) -> str:
    """``matching_form`` of a short string (a line, a name), cached."""
    return matching_form(text)


def is_han(char: str) -> bool:
    """A CJK unified ideograph (basic block, extension A, compatibility, extensions B–G)."""
    cp = ord(char)
    return (
        0x4E00 <= cp <= 0x9FFF
        or 0x3400 <= cp <= 0x4DBF
        or 0xF900 <= cp <= 0xFAFF
        or 0x20000 <= cp <= 0x3134F
    )


def han_count(text: str) -> int:
    return sum(1 for c in text if is_han(c))


def han_pairs(text: str) -> list[str]:
    """Each two adjacent Han characters, in order: what two lines of Chinese text share is counted in these."""
    return [text[j:j + 2] for j in range(len(text) - 1) if is_han(text[j]) and is_han(text[j + 1])]

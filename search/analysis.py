"""Text normalisation and tokenisation for Chinese search. Pure Python: no Django import here.

One definition of "the same text" is used everywhere (index, queries, brute-force checker, highlighting):

    normalize(text) = per character: NFKC, then lower-case; then OpenCC t2s (Traditional → Simplified).

Every step keeps a map from each normalised character back to its span in the original text, so matches
found in normalised text are highlighted at the right place in the article's own script.

What the index holds (search.fields) is built from sets, computed with C-level string operations:

* ``gram_set``: every unigram and bigram of the normalised text with whitespace removed
  (``compact_normalize``). A 1- or 2-character term is found exactly by its one gram; a longer term's
  bigrams give candidates, verified with ``term in compact_normalize(text)`` (search.matching). That is an
  exact substring test over normalised text with whitespace removed, whatever jieba thinks the words are.
* ``word_set``: the jieba words (precise mode, no HMM), for ranking ("whole-word hits").

The two Whoosh tokenizers below produce the same terms as Token streams (sequential positions, character
offsets into the original text), for tools that want tokens; indexing does not go through them:

* ``WordTokenizer``: jieba precise mode (no HMM).
* ``GramTokenizer``: every non-whitespace normalised character as a unigram AND, at the same position,
  the bigram with the next non-whitespace character.
"""
from __future__ import annotations

import re
import threading
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from whoosh.analysis import Token, Tokenizer

__all__ = [
    "NormalizedText",
    "normalize",
    "normalize_with_offsets",
    "to_traditional",
    "compact",
    "gram_terms",
    "gram_set",
    "compact_normalize",
    "word_terms",
    "word_set",
    "WordTokenizer",
    "GramTokenizer",
    "configure_jieba",
    "ensure_jieba",
]


# ---------------------------------------------------------------------------------------------------------
# Step 1: NFKC + lower-case, one character at a time so every output character knows its source.
# ---------------------------------------------------------------------------------------------------------
class _CharFoldTable(dict):
    """str.translate table filled lazily: code point → NFKC(char).lower(). Cached hits stay at C speed."""

    def __init__(self):
        super().__init__()
        self.length_changing: set[str] = set()

    def __missing__(self, code_point: int) -> str:
        char = chr(code_point)
        folded = unicodedata.normalize("NFKC", char).lower()
        if len(folded) != 1:
            self.length_changing.add(char)
        self[code_point] = folded
        return folded


_FOLD = _CharFoldTable()


# ---------------------------------------------------------------------------------------------------------
# Step 2: OpenCC t2s with opencc-python-reimplemented's own dictionaries and algorithm, made fast.
# The library converts each separator-delimited segment: phrases (TSPhrases) first, then characters
# (TSCharacters, first candidate). Segments without any phrase key need only the character table, which
# str.translate applies at C speed; the others go through the library itself, so the result is identical.
# ---------------------------------------------------------------------------------------------------------
class _T2S:
    def __init__(self):
        import opencc

        self._cc = opencc.OpenCC("t2s")
        self._cc._init_dict()
        (phrases, characters), = self._cc._dict_chain_data
        self._split_re = self._cc.split_chars_re
        self._char_table = {ord(k): v.split(" ")[0] for k, v in characters[2].items() if len(k) == 1}
        keys = sorted(phrases[2], key=len, reverse=True)
        self._phrase_re = re.compile("|".join(re.escape(k) for k in keys))

    def convert_char(self, text: str) -> str:
        return text.translate(self._char_table)

    def convert(self, text: str) -> str:
        """Length-preserving t2s: a segment whose phrase conversion changes length is converted per char."""
        if not self._phrase_re.search(text):
            return text.translate(self._char_table)
        parts = self._split_re.split(text)
        for i in range(0, len(parts), 2):  # even items are text, odd items separators
            segment = parts[i]
            if not segment:
                continue
            if self._phrase_re.search(segment):
                converted = self._cc._convert(segment, self._cc._dict_chain_data)
                if len(converted) != len(segment):
                    converted = segment.translate(self._char_table)
            else:
                converted = segment.translate(self._char_table)
            parts[i] = converted
        return "".join(parts)


class _S2T:
    """Simplified → Traditional, only to generate test queries and for users' convenience."""

    def __init__(self):
        import opencc

        self._cc = opencc.OpenCC("s2t")

    def convert(self, text: str) -> str:
        return self._cc.convert(text)


_converters: dict[str, object] = {}
_converters_lock = threading.Lock()


def _converter(name: str):
    conv = _converters.get(name)
    if conv is None:
        with _converters_lock:
            conv = _converters.get(name)
            if conv is None:
                conv = _converters[name] = {"t2s": _T2S, "s2t": _S2T}[name]()
    return conv


def to_traditional(text: str) -> str:
    return _converter("s2t").convert(text)


# ---------------------------------------------------------------------------------------------------------
# The normalised text with its offset map.
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
    folded = text.translate(_FOLD)
    starts = ends = None
    if not _FOLD.length_changing.isdisjoint(text):
        starts, ends, pieces = [], [], []
        for i, char in enumerate(text):
            piece = _FOLD[ord(char)]
            pieces.append(piece)
            starts.extend([i] * len(piece))
            ends.extend([i + 1] * len(piece))
        folded = "".join(pieces)
    simplified = _converter("t2s").convert(folded)
    assert len(simplified) == len(folded), "t2s must keep length"
    return NormalizedText(text, simplified, starts, ends)


def normalize(text: str) -> str:
    return normalize_with_offsets(text).text


_WHITESPACE = re.compile(r"\s+")


def compact(normalized: str) -> str:
    """Normalised text with whitespace removed: the string every exact term is a substring of."""
    return _WHITESPACE.sub("", normalized)


def compact_normalize(text: str) -> str:
    """``compact(normalize(text))``: what ``search.query.matches`` tests terms against."""
    return compact(normalize(text or ""))


# ---------------------------------------------------------------------------------------------------------
# Grams: the exact-recall field.
# ---------------------------------------------------------------------------------------------------------
def gram_set(compacted: str) -> set[str]:
    """Every unigram and bigram of an already compacted normalised text, built with C-level string ops.

    The index keeps one positionless posting per distinct gram: a 1- or 2-character term is found exactly
    by its one gram; a longer term's bigrams give candidates that are verified against the text."""
    grams = set(compacted)
    grams.update(map(str.__add__, compacted, compacted[1:]))
    return grams


def gram_terms(term: str) -> list[str]:
    """The index terms an exact term must match at consecutive positions (term already normalised)."""
    chars = compact(term)
    if len(chars) <= 1:
        return [chars] if chars else []
    return [chars[i : i + 2] for i in range(len(chars) - 1)]


def _gram_positions(norm: str) -> Iterator[tuple[int, int, str, str]]:
    """(norm_index, next_norm_index_or_-1, unigram, bigram_or_'') for each non-whitespace character."""
    indexes = [i for i, ch in enumerate(norm) if not ch.isspace()]
    last = len(indexes) - 1
    for pos, i in enumerate(indexes):
        if pos < last:
            j = indexes[pos + 1]
            yield i, j, norm[i], norm[i] + norm[j]
        else:
            yield i, -1, norm[i], ""


class GramTokenizer(Tokenizer):
    """CJK-safe exact-recall tokens: unigram + bigram per non-whitespace character, sequential positions."""

    def __call__(self, value, positions=False, chars=False, keeporiginal=False, removestops=True,
                 start_pos=0, start_char=0, tokenize=True, mode="", **kwargs):
        normalized = normalize_with_offsets(value)
        token = Token(positions, chars, removestops=removestops, mode=mode, **kwargs)
        for pos, (i, j, unigram, bigram) in enumerate(_gram_positions(normalized.text)):
            token.pos = start_pos + pos
            token.text = unigram
            token.boost = 1.0
            token.stopped = False
            if keeporiginal:
                token.original = unigram
            if chars:
                s, e = normalized.span(i, i + 1)
                token.startchar, token.endchar = start_char + s, start_char + e
            yield token
            if bigram:
                token.text = bigram
                if keeporiginal:
                    token.original = bigram
                if chars:
                    s, e = normalized.span(i, j + 1)
                    token.startchar, token.endchar = start_char + s, start_char + e
                yield token


# ---------------------------------------------------------------------------------------------------------
# Words: jieba precise mode, for ranking.
# ---------------------------------------------------------------------------------------------------------
_jieba_lock = threading.Lock()
_jieba_cache_dir: Callable[[], str | Path | None] | None = None
_jieba_ready = False
# Precise mode without HMM: segmentation comes from the dictionary only, so the same string is cut the
# same way in a document and in a query, and unknown words fall back to single characters.
JIEBA_HMM = False


def configure_jieba(cache_dir: str | Path | None | Callable[[], str | Path | None]) -> None:
    """Where jieba keeps its dictionary cache (default: /tmp, mode 0600). Call before first use."""
    global _jieba_cache_dir
    _jieba_cache_dir = cache_dir if callable(cache_dir) else (lambda: cache_dir)


def ensure_jieba():
    """Initialise jieba once per process (about 1 s); returns the tokenizer."""
    global _jieba_ready
    import jieba

    if not _jieba_ready:
        with _jieba_lock:
            if not _jieba_ready:
                cache_dir = _jieba_cache_dir() if _jieba_cache_dir else None
                if cache_dir:
                    Path(cache_dir).mkdir(parents=True, exist_ok=True)
                    jieba.dt.tmp_dir = str(cache_dir)
                import logging

                jieba.setLogLevel(logging.WARNING)
                jieba.dt.initialize()
                _jieba_ready = True
    return jieba.dt


def _is_word(token: str) -> bool:
    return any(ch.isalnum() for ch in token)


def _word_spans(normalized: str) -> Iterator[tuple[int, int, str]]:
    offset = 0
    for word in ensure_jieba().cut(normalized, HMM=JIEBA_HMM):
        end = offset + len(word)
        if _is_word(word):
            yield offset, end, word
        offset = end


def word_set(text: str) -> set[str]:
    """Distinct jieba words of ``text`` (normalised here), as ``WordTokenizer`` would emit them."""
    normalized = normalize(text or "")
    is_word = _is_word
    return {w for w in ensure_jieba().cut(normalized, HMM=JIEBA_HMM) if is_word(w)}


def word_terms(term: str) -> list[str]:
    """jieba words of an already normalised query term, as the word field indexed them."""
    return [w for _, _, w in _word_spans(term)]


class WordTokenizer(Tokenizer):
    """jieba precise-mode words of the normalised text; positions sequential, chars into the original."""

    def __call__(self, value, positions=False, chars=False, keeporiginal=False, removestops=True,
                 start_pos=0, start_char=0, tokenize=True, mode="", **kwargs):
        normalized = normalize_with_offsets(value)
        token = Token(positions, chars, removestops=removestops, mode=mode, **kwargs)
        for pos, (s, e, word) in enumerate(_word_spans(normalized.text)):
            token.text = word
            token.boost = 1.0
            token.stopped = False
            if keeporiginal:
                token.original = word
            if positions:
                token.pos = start_pos + pos
            if chars:
                os_, oe = normalized.span(s, e)
                token.startchar, token.endchar = start_char + os_, start_char + oe
            yield token

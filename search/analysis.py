"""Tokenisation for Chinese search. Pure Python: no Django import here.

One definition of "the same text" is used everywhere (index, queries, brute-force checker, highlighting):
``archive.chinese_text.normalize`` (per character NFKC and lower-case, then OpenCC t2s), with a map from each
normalised character back to its span in the original text, so matches found in normalised text are
highlighted at the right place in the article's own script.

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

import sys
from collections.abc import Iterator
from functools import lru_cache

from whoosh.analysis import Token, Tokenizer

# The normalisation is the project's one definition (archive.chinese_text); re-exported for search's callers.
from archive.chinese_text import (NormalizedText, compact, compact_normalize, normalize, normalize_with_offsets,
                                  to_traditional)
# jieba's one set-up (archive.jieba_words: ingest cuts devised titles at its word ends too); re-exported.
from archive.jieba_words import JIEBA_HMM, configure_jieba, ensure_jieba

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
def _is_word(token: str) -> bool:
    return any(ch.isalnum() for ch in token)


def _word_spans(normalized: str) -> Iterator[tuple[int, int, str]]:
    offset = 0
    for word in ensure_jieba().cut(normalized, HMM=JIEBA_HMM):
        end = offset + len(word)
        if _is_word(word):
            yield offset, end, word
        offset = end


# jieba's cut() first splits the text into runs of jieba.re_han_default (Han, ASCII letters and digits, +#&._%-),
# cuts each run on its own and yields every other character alone. So a text's words are the union of its
# runs' words plus its other alphanumeric characters, and a run seen before (a slogan, a standard phrase, a
# reprinted paragraph) need not be cut again: jieba's DAG is nearly all of the cost of indexing.
BLOCK_CACHE_SIZE = 1 << 15  # about 20 MB when full


@lru_cache(maxsize=BLOCK_CACHE_SIZE)
def _run_words(run: str) -> tuple[str, ...]:
    # A tuple of interned words: the cache holds each distinct word once, and a tuple is a third of a set.
    return tuple({sys.intern(w) for w in ensure_jieba().cut(run, HMM=JIEBA_HMM) if _is_word(w)})


def word_set(text: str) -> set[str]:
    """Distinct jieba words of ``text`` (normalised here), as ``WordTokenizer`` would emit them."""
    import jieba

    normalized = normalize(text or "")
    runs = jieba.re_han_default
    words = {ch for ch in runs.sub("", normalized) if ch.isalnum()}  # characters jieba yields alone
    for run in set(runs.findall(normalized)):
        words.update(_run_words(run))
    return words


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

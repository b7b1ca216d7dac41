"""Whoosh field types that index a whole document's terms in one go (no Token objects, no positions).

* ``GramsFieldType``: one positionless posting per distinct unigram/bigram of the compacted normalised
  text (``search.analysis.gram_set``) plus a per-document column holding that compacted text itself, which
  the search side uses to verify terms of three or more characters (``search.postings``). The column is
  part of the segment, so it follows Whoosh's merges and deletions with no separate store to keep in step.
* ``WordsFieldType``: one positionless posting per distinct jieba word (``search.analysis.word_set``):
  the "whole-word hit" ranking tier.

Both subclass ``TEXT`` and keep the tokenizers as their ``analyzer`` (for tooling that tokenizes a value),
but ``index()`` never goes through the analyzer. No Django here.
"""
from __future__ import annotations

from whoosh import formats
from whoosh.codec.whoosh3 import W3Codec
from whoosh.columns import VarBytesColumn
from whoosh.fields import TEXT

from search.analysis import GramTokenizer, WordTokenizer, compact_normalize, gram_set, word_set

__all__ = ["GramsFieldType", "WordsFieldType", "IndexCodec"]


class IndexCodec(W3Codec):
    """Whoosh's W3 codec with bigger posting blocks (search.postings reads whole lists; fewer blocks mean
    fewer unpickle/inflate calls) and without per-posting length statistics (the segment writer would
    look a length up for every posting, and stat a missing column file for every unscored field's one;
    nothing here scores with them). Stored in each segment it writes, so readers need nothing else."""

    length_stats = False

    def __init__(self, blocklimit=1024, compression=3, inlinelimit=1):
        super().__init__(blocklimit=blocklimit, compression=compression, inlinelimit=inlinelimit)


class _SetFieldType(TEXT):
    def __init__(self, analyzer):
        super().__init__(analyzer=analyzer, phrase=False, stored=False, sortable=False)
        self.format = formats.Existence(field_boost=1.0)
        self.scorable = False
        self.vector = None
        self.spelling = False

    def _terms(self, value: str) -> set[str]:
        raise NotImplementedError

    def index(self, value, **kwargs):
        if not isinstance(value, str):
            raise ValueError(f"{value!r} is not a string")
        return ((term.encode("utf-8"), 1, 1.0, b"") for term in self._terms(value))


class GramsFieldType(_SetFieldType):
    """Positionless unigram + bigram postings, and the compacted normalised text as a column."""

    def __init__(self):
        super().__init__(GramTokenizer())
        self.column_type = VarBytesColumn()
        self._last = (None, "")  # (value, compacted): index() and to_column_value() share one normalisation

    def _compacted(self, value: str) -> str:
        last_value, compacted = self._last
        if value is not last_value:
            compacted = compact_normalize(value)
            self._last = (value, compacted)
        return compacted

    def _terms(self, value: str) -> set[str]:
        return gram_set(self._compacted(value))

    def to_column_value(self, value):
        return self._compacted(value).encode("utf-8")

    def from_column_value(self, value):
        return value.decode("utf-8")

    def __getstate__(self):  # pickled into the index's TOC: leave the per-document memo out
        state = self.__dict__.copy()
        state["_last"] = (None, "")
        return state


class WordsFieldType(_SetFieldType):
    """Positionless jieba-word postings (precise mode, no HMM)."""

    def __init__(self):
        super().__init__(WordTokenizer())

    def _terms(self, value: str) -> set[str]:
        return word_set(value)

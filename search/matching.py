"""The query AST (search.query) evaluated on the index with numpy: the index-side twin of ``matches``.

* a term of 1 or 2 characters is its one gram (unigram / bigram) in ``title_grams`` / ``body_grams``:
  the posting list IS the exact answer;
* a longer term: the intersection of its bigrams' posting lists gives candidates, each verified with
  ``term in compacted_text`` against the grams field's column (the same test as ``matches``);
* a term matches an article in the title, or (unless ``title:``) in the body;
* ``AnyOf``: union; required clauses: intersection; excluded clauses: removed.

Ranking tiers use the same machinery: "in title" is the title half of the above; "whole word" is every
jieba word of the term present in the word field (positionless).
No Whoosh query objects and no per-document Python except the verification of long terms.
"""
from __future__ import annotations

from itertools import repeat

import numpy as np

from search import postings
from search.analysis import gram_terms, word_terms
from search.query import ANY, AnyOf, Clause, Query, Term
from search.schema import BODY_GRAMS, TITLE_GRAMS, WORDS

_EMPTY = np.zeros(0, dtype=np.int64)
VERIFY_BELOW = 512  # stop intersecting bigram lists once this few candidates are left: verify them


class IndexView:
    """Postings (global docnums, sorted, deleted documents included) and verification texts of one
    searcher generation."""

    def __init__(self, index_key: str, searcher, size: int):
        self.index_key = index_key
        self.leaves = [(r, o) for r, o in searcher.reader().leaf_readers() if r.doc_count_all()]
        self.size = size
        self._texts: dict[str, list[str]] = {}
        # (field, term) → docnums, for one request: the title half of a term is needed for matching and
        # again for ranking. Cleared by ``begin_request`` so nothing outlives a request unaccounted for.
        self.memo: dict[tuple[str, str], np.ndarray] = {}

    def preload(self) -> None:
        self.texts(TITLE_GRAMS)
        self.texts(BODY_GRAMS)

    def begin_request(self) -> None:
        self.memo = {}

    def doc_frequency(self, fieldname: str, term: str) -> int:
        key = self.index_key
        return sum(postings.segment_doc_frequency(key, r, fieldname, term) for r, _ in self.leaves)

    def postings(self, fieldname: str, term: str) -> np.ndarray:
        parts = []
        for reader, offset in self.leaves:
            ids = postings.segment_postings(self.index_key, reader, fieldname, term)
            if len(ids):
                parts.append(ids + offset if offset else ids)
        if not parts:
            return _EMPTY
        return parts[0] if len(parts) == 1 else np.concatenate(parts)

    def texts(self, fieldname: str) -> list[str]:
        texts = self._texts.get(fieldname)
        if texts is None:
            texts = []
            for reader, _ in self.leaves:
                texts += postings.segment_texts(self.index_key, reader, fieldname)
            self._texts[fieldname] = texts
        return texts

    # -- set operations on sorted unique docnum arrays ---------------------------------------------------
    def intersect(self, a: np.ndarray, b: np.ndarray) -> np.ndarray:
        if len(a) > len(b):
            a, b = b, a
        if not len(a):
            return _EMPTY
        mask = np.zeros(self.size, dtype=bool)
        mask[b] = True
        return a[mask[a]]

    def union(self, arrays: list[np.ndarray]) -> np.ndarray:
        arrays = [a for a in arrays if len(a)]
        if not arrays:
            return _EMPTY
        if len(arrays) == 1:
            return arrays[0]
        mask = np.zeros(self.size, dtype=bool)
        for a in arrays:
            mask[a] = True
        return np.flatnonzero(mask)

    def mask(self, docs: np.ndarray) -> np.ndarray:
        out = np.zeros(self.size, dtype=bool)
        out[docs] = True
        return out


# ---------------------------------------------------------------------------------------------------------
# Exact matching
# ---------------------------------------------------------------------------------------------------------
def _in_field(view: IndexView, fieldname: str, text: str) -> np.ndarray:
    key = (fieldname, text)
    docs = view.memo.get(key)
    if docs is None:
        docs = view.memo[key] = _find_in_field(view, fieldname, text)
    return docs


def _find_in_field(view: IndexView, fieldname: str, text: str) -> np.ndarray:
    grams = list(dict.fromkeys(gram_terms(text)))
    if not grams:
        return _EMPTY
    if len(grams) > 1:
        grams.sort(key=lambda g: view.doc_frequency(fieldname, g))
    candidates = view.postings(fieldname, grams[0])
    for gram in grams[1:]:
        if len(candidates) <= VERIFY_BELOW:
            break
        candidates = view.intersect(candidates, view.postings(fieldname, gram))
    if len(text) <= 2 or not len(candidates):
        return candidates  # one gram: exact
    texts = view.texts(fieldname)
    chosen = map(texts.__getitem__, candidates.tolist())
    keep = np.fromiter(map(str.__contains__, chosen, repeat(text)), dtype=bool, count=len(candidates))
    return candidates[keep]


def term_docs(view: IndexView, term: Term, title_only: bool = False) -> np.ndarray:
    in_title = _in_field(view, TITLE_GRAMS, term.text)
    if title_only or term.field != ANY:
        return in_title
    return view.union([in_title, _in_field(view, BODY_GRAMS, term.text)])


def _clause_docs(view: IndexView, clause: Clause, term_fn) -> np.ndarray:
    if isinstance(clause, AnyOf):
        return view.union([term_fn(view, t) for t in clause.terms])
    return term_fn(view, clause)


def _all_of(view: IndexView, clauses, term_fn) -> np.ndarray:
    result = None
    for clause in clauses:
        docs = _clause_docs(view, clause, term_fn)
        result = docs if result is None else view.intersect(result, docs)
        if not len(result):
            return _EMPTY
    return _EMPTY if result is None else result


def exact_docs(view: IndexView, query: Query) -> np.ndarray | None:
    """Docnums matching every required clause (deleted ones included), or None when there is none."""
    if not query.required:
        return None
    return _all_of(view, query.required, term_docs)


def excluded_docs(view: IndexView, query: Query) -> np.ndarray | None:
    if not query.excluded:
        return None
    return view.union([_clause_docs(view, c, term_docs) for c in query.excluded])


# ---------------------------------------------------------------------------------------------------------
# Ranking tiers
# ---------------------------------------------------------------------------------------------------------
def title_docs(view: IndexView, query: Query) -> np.ndarray:
    """Every required clause matched in the title."""
    return _all_of(view, query.required, lambda v, t: term_docs(v, t, title_only=True))


def _word_docs(view: IndexView, term: Term) -> np.ndarray:
    words = list(dict.fromkeys(word_terms(term.text)))
    if not words:  # punctuation-only term: no word tokens; never a whole-word hit
        return _EMPTY
    docs = view.postings(WORDS, words[0])
    for word in words[1:]:
        if not len(docs):
            break
        docs = view.intersect(docs, view.postings(WORDS, word))
    return docs


def whole_word_docs(view: IndexView, query: Query) -> np.ndarray:
    """Every required clause's jieba words all present in the word field: the second ranking tier."""
    return _all_of(view, query.required, _word_docs)

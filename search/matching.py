"""The query AST (search.query) evaluated on the index with numpy: the index-side twin of ``matches``.

* a term of 1 or 2 characters is its one gram (unigram / bigram) in ``title_grams`` / ``body_grams``:
  the posting list IS the exact answer;
* a longer term is answered segment by segment: the intersection of its bigrams' posting lists gives
  candidates, verified with ``term in compacted_text`` (the same test as ``matches``) on the segment's
  memory-mapped texts (search.segment_texts), a loop in C. A segment never changes, so its verified answer
  is kept (in this process, and, when it took verifying many candidates, stored beside the segment by
  search.segment_store for every process): a broad term is verified once per segment, not per query;
* a term matches an article in the title, or (unless ``title:``) in the body;
* ``AnyOf``: union; required clauses: intersection; excluded clauses: removed.

Ranking tiers use the same machinery: "in title" is the title half of the above; "whole word" is every
jieba word of the term present in the word field (positionless).
No Whoosh query objects and no per-document Python.
"""
from __future__ import annotations

import numpy as np

from search import postings, segment_store
from search.analysis import gram_terms, word_terms
from search.lru import MISSING, LRUCache
from search.query import ANY, AnyOf, Clause, Query, Term
from search.schema import BODY_GRAMS, TITLE_GRAMS, WORDS
from search.segment_texts import SegmentTexts, open_texts

_EMPTY = np.zeros(0, dtype=np.int64)
VERIFY_BELOW = 512  # per segment: stop intersecting bigram lists once this few candidates are left
STORE_ANSWER_FROM = 32  # verified candidates in a segment from which its answer is stored beside it: computing
# it again costs a term dictionary lookup per bigram (~50 µs each) and the verification

# (segment, field, term) → verified segment-local docnums: the answers of long terms, across queries.
_answers = LRUCache(32 * 2**20, size=lambda ids: ids.nbytes + 64)
_segment_texts = LRUCache(512)  # (segment, field) → SegmentTexts (each holds a mapping and its descriptor)


def clear_caches() -> None:
    """Forget verified answers held in this process (the benchmark's cold rounds)."""
    _answers.clear()


class IndexView:
    """Postings (global docnums, sorted, deleted documents included) and verification texts of one
    searcher generation."""

    def __init__(self, index_key: str, searcher, size: int):
        self.index_key = index_key
        self.leaves = [(r, o) for r, o in searcher.reader().leaf_readers() if r.doc_count_all()]
        self.size = size
        # (field, term) → docnums, for one request: the title half of a term is needed for matching and
        # again for ranking. Cleared by ``begin_request`` so nothing outlives a request unaccounted for.
        self.memo: dict[tuple[str, str], np.ndarray] = {}

    def preload(self) -> None:
        """Map every segment's texts now (cheap: files are mapped, not read), not in a query."""
        self.segment_texts(TITLE_GRAMS)
        self.segment_texts(BODY_GRAMS)

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
        return _concatenate(parts)

    def segment_texts(self, fieldname: str) -> list[SegmentTexts]:
        out = []
        for reader, _ in self.leaves:
            key = postings.segment_key(self.index_key, reader) + (fieldname,)
            texts = _segment_texts.get(key)
            if texts is MISSING:
                texts = open_texts(self.index_key, reader, fieldname)
                _segment_texts.put(key, texts)
            out.append(texts)
        return out

    def texts(self, fieldname: str) -> "GlobalTexts":
        return GlobalTexts(self.segment_texts(fieldname), [o for _, o in self.leaves])

    # -- set operations on sorted unique docnum arrays ---------------------------------------------------
    def intersect(self, a: np.ndarray, b: np.ndarray) -> np.ndarray:
        return _intersect(a, b, self.size)

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


class GlobalTexts:
    """Read-only sequence of every document's text, by global docnum (check_index, tests)."""

    def __init__(self, parts: list[SegmentTexts], offsets: list[int]):
        self._parts = parts
        self._offsets = offsets

    def __len__(self) -> int:
        return sum(len(p) for p in self._parts)

    def __getitem__(self, docnum: int) -> str:
        i = int(np.searchsorted(self._offsets, docnum, side="right")) - 1
        return self._parts[i][docnum - self._offsets[i]]


def _concatenate(parts: list[np.ndarray]) -> np.ndarray:
    if not parts:
        return _EMPTY
    return parts[0] if len(parts) == 1 else np.concatenate(parts)


def _intersect(a: np.ndarray, b: np.ndarray, size: int) -> np.ndarray:
    if len(a) > len(b):
        a, b = b, a
    if not len(a):
        return _EMPTY
    mask = np.zeros(size, dtype=bool)
    mask[b] = True
    return a[mask[a]]


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
    # A term that is one gram: its posting list is the exact answer. Not a longer term whose grams repeat
    # ('0000' is the bigram 00 three times, and 854000 holds 00 but not 0000): that one is verified.
    if len(grams) == 1 and len(text) <= 2:
        return view.postings(fieldname, grams[0])
    texts = view.segment_texts(fieldname)
    parts = []
    for (reader, offset), segment_texts in zip(view.leaves, texts):
        local = _segment_answer(view.index_key, reader, segment_texts, fieldname, text, grams)
        if len(local):
            parts.append(local + offset if offset else local)
    return _concatenate(parts)


def _segment_answer(index_key: str, reader, texts: SegmentTexts, fieldname: str, text: str,
                    grams: list[str]) -> np.ndarray:
    """Segment-local docnums whose ``fieldname`` text contains ``text`` (3+ characters)."""
    key = postings.segment_key(index_key, reader) + (fieldname, text)
    answer = _answers.get(key)
    if answer is not MISSING:
        return answer
    name = f"{fieldname}\x00{text}"
    answer = segment_store.load(index_key, reader.segment(), "hits", name)
    if answer is None:
        frequencies = []
        for gram in grams:  # a gram the segment lacks answers at once (a rare name: most segments)
            frequencies.append(postings.segment_doc_frequency(index_key, reader, fieldname, gram))
            if not frequencies[-1]:
                _answers.put(key, _EMPTY)
                return _EMPTY
        order = sorted(range(len(grams)), key=frequencies.__getitem__)
        candidates = postings.segment_postings(index_key, reader, fieldname, grams[order[0]])
        for i in order[1:]:
            if len(candidates) <= VERIFY_BELOW:
                break
            other = postings.segment_postings(index_key, reader, fieldname, grams[i])
            candidates = _intersect(candidates, other, reader.doc_count_all())
        answer = texts.containing(candidates, text)
        if len(candidates) >= STORE_ANSWER_FROM:
            segment_store.save(index_key, reader.segment(), "hits", name, answer)
    _answers.put(key, answer)
    return answer


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

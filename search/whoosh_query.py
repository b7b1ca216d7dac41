"""Whoosh queries built from the query AST (search.query), one definition per matching rule.

* exact: a term is the phrase of its bigrams (or its unigram) in ``title_grams`` / ``body_grams``: the
  index-side twin of ``search.query.matches``;
* in title: the same, in the title only (ranking: title hits first);
* whole word: the term's jieba words as a phrase in the word field (ranking: whole-word hits next).
"""
from __future__ import annotations

from whoosh import query as wq

from search.analysis import gram_terms, word_terms
from search.query import ANY, AnyOf, Clause, Query, Term
from search.schema import BODY_GRAMS, TITLE_GRAMS, WORDS


def _sequence(fieldname: str, words: list[str]) -> wq.Query:
    if len(words) == 1:
        return wq.Term(fieldname, words[0])
    return wq.Phrase(fieldname, words, slop=1)


def _exact_term(term: Term, title_only: bool = False) -> wq.Query:
    grams = gram_terms(term.text)
    in_title = _sequence(TITLE_GRAMS, grams)
    if title_only or term.field != ANY:
        return in_title
    return wq.Or([in_title, _sequence(BODY_GRAMS, grams)])


def _clause(clause: Clause, build) -> wq.Query:
    if isinstance(clause, AnyOf):
        return wq.Or([build(t) for t in clause.terms])
    return build(clause)


def exact_query(query: Query) -> wq.Query | None:
    """Documents matching the query exactly, or None when it has no positive part (match all)."""
    if not query.required:
        return None
    return wq.And([_clause(c, _exact_term) for c in query.required])


def excluded_query(query: Query) -> wq.Query | None:
    if not query.excluded:
        return None
    return wq.Or([_clause(c, _exact_term) for c in query.excluded])


def title_query(query: Query) -> wq.Query | None:
    """Every required clause matched in the title."""
    if not query.required:
        return None
    return wq.And([_clause(c, lambda t: _exact_term(t, title_only=True)) for c in query.required])


def _word_term(term: Term) -> wq.Query:
    words = word_terms(term.text)
    if not words:  # punctuation-only term: no word tokens; never a whole-word hit
        return wq.NullQuery
    return _sequence(WORDS, words)


def whole_word_query(query: Query) -> wq.Query | None:
    """Every required clause matched as whole jieba words: the second ranking tier, and BM25's query."""
    if not query.required:
        return None
    return wq.And([_clause(c, _word_term) for c in query.required])

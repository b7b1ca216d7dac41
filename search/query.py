"""The search query language: parse ``q`` into an AST, and decide matches by brute force. No Django here.

Syntax (also in the README):

* whitespace-separated terms are all required (AND);
* ``"quoted phrase"``: one term; whitespace inside is ignored (matching ignores whitespace anyway), and
  ``OR``, ``-`` and ``title:`` inside quotes are literal text;
* ``a OR b``: either term; OR binds tighter than the implicit AND (``a b OR c`` = a AND (b OR c)) and
  chains (``a OR b OR c``); its operands are terms or phrases, optionally ``title:``-prefixed;
* ``-term`` / ``-"phrase"``: exclude articles containing it; a query made only of exclusions matches every
  article except those;
* ``title:term`` / ``title:"phrase"`` (and ``-title:term``): match in the title only.

Odd input never raises: an unbalanced ``"`` is ignored, a lone ``-`` is the literal term "-", an ``OR``
at either end, next to another ``OR`` or next to an exclusion is the literal term "or".

A term matches an article when its normalised form (see ``search.analysis.normalize``, with whitespace
removed) is a substring of the normalised title or body with whitespace removed. ``matches`` is that
definition, written as plainly as possible; the index must agree with it exactly.
"""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from search.analysis import compact, normalize

__all__ = ["Term", "AnyOf", "Query", "parse_query", "matches", "NormalizedDocument", "prepare_document"]

ANY = "any"
TITLE = "title"


@dataclass(frozen=True)
class Term:
    """One exact term; ``text`` is normalised with whitespace removed, ``raw`` is what the user typed."""

    text: str
    raw: str
    field: str = ANY
    quoted: bool = False


@dataclass(frozen=True)
class AnyOf:
    """``a OR b OR …``."""

    terms: tuple[Term, ...]


Clause = Term | AnyOf


@dataclass(frozen=True)
class Query:
    required: tuple[Clause, ...] = ()
    excluded: tuple[Clause, ...] = ()

    @property
    def is_empty(self) -> bool:
        return not self.required and not self.excluded

    def positive_terms(self) -> list[Term]:
        """Every term a matching article may contain: what ranking and highlighting look for."""
        out: list[Term] = []
        for clause in self.required:
            out.extend(clause.terms if isinstance(clause, AnyOf) else (clause,))
        return out

    def cache_key(self) -> tuple:
        def key(c: Clause):
            if isinstance(c, AnyOf):
                return ("or",) + tuple(sorted((t.field, t.text) for t in c.terms))
            return (c.field, c.text)

        return (tuple(sorted(map(key, self.required))), tuple(sorted(map(key, self.excluded))))


# ---------------------------------------------------------------------------------------------------------
# Lexing: the raw string → a flat list of tokens.
# ---------------------------------------------------------------------------------------------------------
@dataclass
class _Token:
    raw: str
    negated: bool = False
    field: str = ANY
    quoted: bool = False
    is_or: bool = False
    body: str = ""


_TITLE_PREFIX = "title:"


def _lex(q: str) -> list[_Token]:
    # NFKC first so full-width quotes, minus signs, colons and spaces (＂ － ： U+3000) act as syntax.
    q = unicodedata.normalize("NFKC", q)
    # An unbalanced final quote is ignored: drop the last '"' when the count is odd.
    if q.count('"') % 2:
        cut = q.rfind('"')
        q = q[:cut] + " " + q[cut + 1:]
    tokens: list[_Token] = []
    i, n = 0, len(q)
    while i < n:
        if q[i].isspace():
            i += 1
            continue
        start = i
        negated = field_ = None
        j = i
        if q[j] == "-" and j + 1 < n and not q[j + 1].isspace():
            negated = True
            j += 1
        if q[j:j + len(_TITLE_PREFIX)].lower() == _TITLE_PREFIX and j + len(_TITLE_PREFIX) < n \
                and not q[j + len(_TITLE_PREFIX)].isspace():
            field_ = TITLE
            j += len(_TITLE_PREFIX)
        if q[j] == '"':
            end = q.index('"', j + 1)  # balanced by construction
            tokens.append(_Token(q[start:end + 1], bool(negated), field_ or ANY, True, body=q[j + 1:end]))
            i = end + 1
            continue
        end = j
        while end < n and not q[end].isspace() and q[end] != '"':
            end += 1
        word = q[j:end]
        raw = q[start:end]
        if not word:  # e.g. '-"' cases already handled; a prefix with nothing after is literal
            word, negated, field_ = raw, False, None
        tokens.append(_Token(raw, bool(negated), field_ or ANY, False,
                             is_or=(raw == "OR"), body=word))
        i = end
    return tokens


# ---------------------------------------------------------------------------------------------------------
# Parsing: tokens → Query.
# ---------------------------------------------------------------------------------------------------------
def _term(tok: _Token) -> Term | None:
    text = compact(normalize(tok.body))
    if not text:
        return None
    return Term(text=text, raw=tok.raw, field=tok.field, quoted=tok.quoted)


def _literal(tok: _Token) -> _Token:
    return _Token(tok.raw, body=tok.raw)


def parse_query(q: str | None) -> Query:
    tokens = _lex(q or "")
    # An OR is an operator only between two positive operands; otherwise it is the literal word.
    for k, tok in enumerate(tokens):
        if tok.is_or:
            prev_ok = k > 0 and not tokens[k - 1].is_or and not tokens[k - 1].negated
            next_ok = k + 1 < len(tokens) and not tokens[k + 1].is_or and not tokens[k + 1].negated
            if not (prev_ok and next_ok):
                tokens[k] = _literal(tok)
    groups: list[list[_Token]] = []
    k = 0
    while k < len(tokens):
        group = [tokens[k]]
        while k + 2 < len(tokens) and tokens[k + 1].is_or and not tokens[k].negated:
            group.append(tokens[k + 2])
            k += 2
        groups.append(group)
        k += 1
    required: list[Clause] = []
    excluded: list[Clause] = []
    for group in groups:
        terms = [t for t in (_term(tok) for tok in group) if t is not None]
        if not terms:
            continue
        clause: Clause = terms[0] if len(terms) == 1 else AnyOf(tuple(dict.fromkeys(terms)))
        (excluded if group[0].negated and len(group) == 1 else required).append(clause)
    return Query(tuple(dict.fromkeys(required)), tuple(dict.fromkeys(excluded)))


# ---------------------------------------------------------------------------------------------------------
# The exact-match contract.
# ---------------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class NormalizedDocument:
    title: str
    body: str


def prepare_document(title: str, body: str) -> NormalizedDocument:
    return NormalizedDocument(compact(normalize(title or "")), compact(normalize(body or "")))


def _term_matches(term: Term, doc: NormalizedDocument) -> bool:
    if term.text in doc.title:
        return True
    return term.field == ANY and term.text in doc.body


def _clause_matches(clause: Clause, doc: NormalizedDocument) -> bool:
    if isinstance(clause, AnyOf):
        return any(_term_matches(t, doc) for t in clause.terms)
    return _term_matches(clause, doc)


def matches(query: Query, title: str | NormalizedDocument, body: str | None = None) -> bool:
    """Does the article match? ``title`` may be a ``NormalizedDocument`` prepared once for many queries."""
    doc = title if isinstance(title, NormalizedDocument) else prepare_document(title, body or "")
    return all(_clause_matches(c, doc) for c in query.required) and not any(
        _clause_matches(c, doc) for c in query.excluded
    )


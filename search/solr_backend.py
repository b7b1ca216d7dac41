"""haystack's Solr backend (pysolr), adjusted for exact Chinese search on Solr 9: a thin subclass.

The collection uses the committed configset (solr/configset/conf, see its schema.xml). What this adds:

* documents carry the title and body already normalised and compacted in Python (search.analysis, the
  function every engine uses); Solr cuts them into character unigrams and bigrams with positions, so a
  term of n ≥ 2 characters is the phrase of its bigrams (an exact substring match) and a one-character
  term its unigram;
* ``search_exact`` (the contract, search.contract): the query AST (search.query) becomes a Lucene query
  whose terms are nested ``{!field}`` queries taking the text from request parameters (no escaping of user
  text); filters are ``fq``; facets are exact (``facet.limit=-1``, missing values counted), whatever the
  number of matches; the ranking is the contract's, as sort functions (title hits, whole-word hits, newest,
  id);
* ``apply`` / ``rebuild`` / ``stats`` for the engine-free outbox (search.indexing). A rebuild adds every
  document under a new generation, deletes the other generations and commits once: readers see the old
  index until that commit;
* haystack's own ``update`` / ``remove`` / ``clear`` go through the outbox and its ``search`` is refused
  (search.haystack_glue).
"""
from __future__ import annotations

import uuid
from collections.abc import Iterable, Iterator

import pysolr
import requests
from haystack.backends.solr_backend import SolrEngine, SolrSearchBackend, SolrSearchQuery

from search.analysis import compact_normalize, word_set, word_terms
from search.contract import (BackendUnavailable, ExactResult, ExactSearch, IndexDocument, IndexStats,
                             SearchBackend, stats_of)
from search.facets import FACETS
from search.haystack_glue import OutboxRoutedBackend
from search.query import ANY, AnyOf, Query, Term

BATCH = 500  # documents per update request
PAGE = 10000  # ids per request when every match is asked for
DOC_PREFIX = "archive.article."


def _quoted(value: str) -> str:
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


class _QueryBuilder:
    """The query AST as a Lucene query string plus the parameters its nested queries dereference."""

    def __init__(self):
        self.params: dict[str, str] = {}

    def _param(self, prefix: str, text: str) -> str:
        name = f"{prefix}{len(self.params)}"
        self.params[name] = text
        return name

    def _in_field(self, field: str, text: str) -> str:
        kind = "uni" if len(text) == 1 else "bi"
        return f'_query_:"{{!field f={field}_{kind} v=${self._param("t", text)}}}"'

    def term(self, term: Term, title_only: bool = False) -> str:
        if title_only or term.field != ANY:
            return self._in_field("title", term.text)
        return f"({self._in_field('title', term.text)} OR {self._in_field('body', term.text)})"

    def clause(self, clause, title_only: bool = False) -> str:
        if isinstance(clause, AnyOf):
            return "(" + " OR ".join(self.term(t, title_only) for t in clause.terms) + ")"
        return self.term(clause, title_only)

    def matches(self, query: Query) -> str:
        parts = [self.clause(c) for c in query.required] or ["*:*"]
        parts += [f"-{self.clause(c)}" for c in query.excluded]
        return " ".join(("+" + p if not p.startswith("-") else p) for p in parts)

    def in_title(self, query: Query) -> str:
        return " ".join("+" + self.clause(c, title_only=True) for c in query.required)

    def whole_words(self, query: Query) -> str | None:
        """Every required clause's jieba words present in the word field, or None if that cannot be."""
        clauses = []
        for clause in query.required:
            options = []
            for term in clause.terms if isinstance(clause, AnyOf) else (clause,):
                words = list(dict.fromkeys(word_terms(term.text)))
                if words:
                    options.append("(" + " ".join(
                        f'+_query_:"{{!term f=words v=${self._param("w", w)}}}"' for w in words) + ")")
            if not options:
                return None
            clauses.append("+(" + " OR ".join(options) + ")")
        return " ".join(clauses)


class ChineseSolrSearchBackend(OutboxRoutedBackend, SearchBackend, SolrSearchBackend):
    def __init__(self, connection_alias, **connection_options):
        super().__init__(connection_alias, **connection_options)
        self.url = connection_options["URL"].rstrip("/")

    # -- plumbing -----------------------------------------------------------------------------------------
    def _select(self, params: dict) -> dict:
        try:
            response = self.conn.get_session().post(f"{self.url}/select", data=params, timeout=self.timeout)
        except requests.RequestException as error:
            raise BackendUnavailable(f"Solr at {self.url} cannot be reached: {error}") from error
        if response.status_code != 200:
            raise BackendUnavailable(f"Solr at {self.url} answered {response.status_code}: "
                                     f"{response.text[:500]}")
        return response.json()

    def _update(self, payload, **params) -> None:
        try:
            response = self.conn.get_session().post(f"{self.url}/update", json=payload, params=params,
                                              timeout=max(self.timeout, 300))
        except requests.RequestException as error:
            raise BackendUnavailable(f"Solr at {self.url} cannot be reached: {error}") from error
        if response.status_code != 200:
            raise BackendUnavailable(f"Solr update failed ({response.status_code}): {response.text[:500]}")

    def _commit(self) -> None:
        self._update({"commit": {"waitSearcher": True}})

    # -- reading ------------------------------------------------------------------------------------------
    def search_exact(self, request: ExactSearch) -> ExactResult:
        request.validate()
        query = request.query
        build = _QueryBuilder()
        params: dict = {"q": build.matches(query), "defType": "lucene", "fl": "article_id", "wt": "json",
                        "json.nl": "arrarr"}
        fq = [f"{name}:(" + " OR ".join(map(_quoted, values)) + ")"
              for name, values in request.filters.items() if values]
        if request.day_from is not None or request.day_to is not None:
            low = request.day_from if request.day_from is not None else "*"
            high = request.day_to if request.day_to is not None else "*"
            fq.append(f"published_day:[{low} TO {high}]")
        params["fq"] = fq
        params["sort"] = self._sort(request, query, build)
        params.update(build.params)
        if request.facets:
            params.update({"facet": "true", "facet.field": list(request.facets), "facet.limit": "-1",
                           "facet.mincount": "1", "facet.missing": "true", "facet.sort": "index"})
        first = min(request.limit, PAGE) if request.limit is not None else PAGE
        answer = self._select({**params, "start": request.offset, "rows": first})
        total = int(answer["response"]["numFound"])
        ids = [int(d["article_id"]) for d in answer["response"]["docs"]]
        wanted = max(0, total - request.offset) if request.limit is None else \
            max(0, min(request.limit, total - request.offset))
        plain = {k: v for k, v in params.items() if not k.startswith("facet")}
        while len(ids) < wanted:
            more = self._select({**plain, "start": request.offset + len(ids),
                                 "rows": min(PAGE, wanted - len(ids))})["response"]["docs"]
            if not more:
                break
            ids += [int(d["article_id"]) for d in more]
        facets = {}
        for name in request.facets:
            pairs = answer.get("facet_counts", {}).get("facet_fields", {}).get(name, [])
            facets[name] = [(value, int(count)) for value, count in pairs if count]
        return ExactResult(total=total, ids=ids, facets=facets)

    @staticmethod
    def _sort(request: ExactSearch, query: Query, build: _QueryBuilder) -> str:
        if request.sort == "oldest":
            return "published_day asc,article_id asc"
        newest = "published_day desc,article_id desc"
        if request.sort == "newest" or not query.required:
            return newest
        tiers = ["if(exists(query($tq)),2,0)"]
        build.params["tq"] = build.in_title(query)
        words = build.whole_words(query)
        if words is not None:
            build.params["wq"] = words
            tiers.append("if(exists(query($wq)),1,0)")
        tier = tiers[0] if len(tiers) == 1 else f"sum({','.join(tiers)})"
        return f"{tier} desc,{newest}"

    # -- writing ------------------------------------------------------------------------------------------
    @staticmethod
    def solr_document(doc: IndexDocument, generation: str = "") -> dict:
        out = {
            "id": f"{DOC_PREFIX}{doc.article_id}",
            "article_id": doc.article_id,
            "title_norm": compact_normalize(doc.title),
            "body_norm": compact_normalize(doc.body),
            "words": " ".join(sorted(word_set(f"{doc.title}\n{doc.body}"))),
            "generation": generation,
        }
        if doc.day:
            out["published_day"] = doc.day
        out.update({k: v for k, v in doc.facets.items() if v is not None})
        return out

    def _add(self, documents: Iterable[IndexDocument], generation: str = "") -> int:
        count, batch = 0, []
        for doc in documents:
            batch.append(self.solr_document(doc, generation))
            if len(batch) >= BATCH:
                self._update(batch)
                count, batch = count + len(batch), []
        if batch:
            self._update(batch)
            count += len(batch)
        return count

    def apply(self, upserts: Iterable[IndexDocument], deletes: list[int]) -> None:
        self._add(upserts)
        for start in range(0, len(deletes), BATCH):
            self._update({"delete": [f"{DOC_PREFIX}{pk}" for pk in deletes[start:start + BATCH]]})
        self._commit()

    def rebuild(self, documents: Iterable[IndexDocument]) -> int:
        generation = uuid.uuid4().hex
        count = self._add(documents, generation)
        self._update({"delete": {"query": f"*:* -generation:{generation}"}})
        self._commit()
        return count

    # -- introspection ------------------------------------------------------------------------------------
    def _stored(self, fields: str) -> Iterator[dict]:
        cursor = "*"
        while True:
            answer = self._select({"q": "*:*", "fl": fields, "sort": "id asc", "rows": PAGE,
                                   "cursorMark": cursor, "wt": "json"})
            yield from answer["response"]["docs"]
            if answer["nextCursorMark"] == cursor:
                return
            cursor = answer["nextCursorMark"]

    def stored_facets(self) -> dict[int, dict]:
        names = [f.field for f in FACETS]
        return {int(d["article_id"]): {n: d.get(n) for n in names}
                for d in self._stored(",".join(["article_id", *names]))}

    def stats(self) -> IndexStats:
        names = [f.field for f in FACETS]
        return stats_of((int(d["article_id"]), d.get("title_norm", ""), d.get("body_norm", ""),
                         {n: d.get(n) for n in names})
                        for d in self._stored(",".join(["article_id", "title_norm", "body_norm", *names])))

    def doc_count(self) -> int:
        return int(self._select({"q": "*:*", "rows": 0, "wt": "json"})["response"]["numFound"])


class ChineseSolrEngine(SolrEngine):
    backend = ChineseSolrSearchBackend
    query = SolrSearchQuery


__all__ = ["ChineseSolrEngine", "ChineseSolrSearchBackend", "pysolr"]

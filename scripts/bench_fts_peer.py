"""The benchmark's peers on SQLite: a LIKE scan, FTS5 with the trigram tokenizer (counts), and a fair peer
of /api/search backed by FTS5: the same page (count, the six facets' buckets, 20 results with snippets,
JSON) from a selector that matches with FTS5 and counts facets with GROUP BY. Not a test.

What the peers do not do: normalise (NFKC, traditional → simplified, white space), so their counts are
inexact where that matters (社會面清零); a 1- or 2-character term has no trigram, so it is a LIKE scan
inside the FTS5 query too; the peer page orders by date (no title / whole-word tiers).
"""
from __future__ import annotations

import re
import sqlite3
import time

import orjson

from search.facets import API_FACETS, BY_NAME
from search.query import AnyOf, parse_query


def _raw_terms(clause) -> list[str]:
    terms = clause.terms if isinstance(clause, AnyOf) else (clause,)
    return [re.sub(r'^-?(title:)?"?|"$', "", t.raw).replace(" ", "") for t in terms]


def _like(alternatives: list[str], negate: bool = False) -> tuple[str, list[str]]:
    sql = "(" + " OR ".join("(title LIKE ? OR body LIKE ?)" for _ in alternatives) + ")"
    return ("NOT " if negate else "") + sql, [p for a in alternatives for p in (f"%{a}%", f"%{a}%")]


def _where(q: str, trigram: bool) -> tuple[str, list[str]]:
    """WHERE clause: every term a LIKE scan, or (``trigram``, over the fts table) trigram MATCH for the
    terms of 3+ characters and LIKE for the others."""
    parsed = parse_query(q)
    match, conditions, params = [], [], []
    for clause in parsed.required:
        alternatives = _raw_terms(clause)
        if trigram and all(len(a) >= 3 for a in alternatives):
            match.append("(" + " OR ".join('"' + a.replace('"', '""') + '"' for a in alternatives) + ")")
        else:
            sql, p = _like(alternatives)
            conditions.append(sql)
            params += p
    for clause in parsed.excluded:
        sql, p = _like(_raw_terms(clause), negate=True)
        conditions.append(sql)
        params += p
    if match:
        conditions.insert(0, "fts MATCH ?")
        params.insert(0, " AND ".join(match))
    return " AND ".join(conditions) or "1", params


def build(db_path: str) -> float:
    """The FTS5 trigram table and the peer's facet table (values from the facet registry); seconds."""
    from search.documents import all_documents

    con = sqlite3.connect(db_path)
    con.execute("DROP TABLE IF EXISTS fts")  # a corpus reused from an earlier run (bench_search --reuse)
    con.execute("DROP TABLE IF EXISTS peer_doc")
    t0 = time.perf_counter()
    con.execute("CREATE VIRTUAL TABLE fts USING fts5(title, body, tokenize='trigram')")
    con.execute("INSERT INTO fts(rowid, title, body) SELECT id, title, body FROM archive_article")
    fields = [BY_NAME[name].field for name in API_FACETS]
    con.execute(f"CREATE TABLE peer_doc (id INTEGER PRIMARY KEY, day INTEGER, {', '.join(fields)})")
    rows = ((d.article_id, d.day, *(d.facets[f] for f in fields)) for d in all_documents())
    con.executemany(f"INSERT INTO peer_doc VALUES ({', '.join('?' * (len(fields) + 2))})", rows)
    con.execute("CREATE INDEX peer_doc_date ON peer_doc (day = 0, day DESC, id DESC)")
    con.commit()
    con.close()
    return time.perf_counter() - t0


def counts(db_path: str, queries: list[str]) -> dict[str, tuple[int, float, int, float]]:
    """q → (LIKE count, LIKE ms, FTS5 count, FTS5 ms): each term AND-ed, no normalisation."""
    con = sqlite3.connect(db_path)
    out = {}
    for q in queries:
        where, params = _where(q, trigram=False)
        t0 = time.perf_counter()
        like = con.execute(f"SELECT count(*) FROM archive_article WHERE {where}", params).fetchone()[0]
        like_ms = (time.perf_counter() - t0) * 1000
        where, params = _where(q, trigram=True)
        t0 = time.perf_counter()
        fts = con.execute(f"SELECT count(*) FROM fts WHERE {where}", params).fetchone()[0]
        out[q] = (like, like_ms, fts, (time.perf_counter() - t0) * 1000)
    con.close()
    return out


class PeerSelector:
    """/api/search's page from FTS5 + GROUP BY, served through the same rows, buckets and JSON code."""

    def __init__(self, db_path: str):
        self.con = sqlite3.connect(db_path)
        self.fields = {name: BY_NAME[name].field for name in API_FACETS}

    def page(self, q: str) -> bytes:
        from urllib.parse import urlencode

        from django.http import QueryDict

        from search.selectors import SearchParams, SearchResponse, _buckets, _row_values_in_order, result_row

        params = SearchParams.from_querydict(QueryDict(urlencode({"q": q})))
        where, args = _where(q, trigram=True)
        con = self.con
        con.execute("DROP TABLE IF EXISTS temp.m")
        con.execute(f"CREATE TEMP TABLE m AS SELECT rowid AS id FROM fts WHERE {where}", args)
        total = con.execute("SELECT count(*) FROM temp.m").fetchone()[0]
        facets, sizes = {}, {}
        for name, field in self.fields.items():
            rows = con.execute(f"SELECT d.{field}, count(*) FROM temp.m JOIN peer_doc d USING (id) "
                               f"GROUP BY d.{field}").fetchall()
            facets[name], sizes[name] = _buckets(params, name, rows), len(rows)
        ids = [r[0] for r in con.execute("SELECT d.id FROM temp.m JOIN peer_doc d USING (id) "
                                         "ORDER BY d.day = 0, d.day DESC, d.id DESC LIMIT 20")]
        results = [result_row(row, params.query) for row in _row_values_in_order(ids)]
        response = SearchResponse(count=total, page=1, num_pages=max(1, -(-total // 20)), page_size=20,
                                  results=results, facets=facets, facet_size=sizes,
                                  facet_limit=params.facet_limit)
        return response.to_json()

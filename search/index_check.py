"""``check_index --deep``: read every segment of the live Whoosh index and say which one is damaged.

Whoosh keeps no checksums, so a segment is verified by decoding all of it through Whoosh's public reader API:
every stored field, every column value, every posting list of every term (ids ascending and inside the
segment, as many as the term's document frequency), and the segment's document counts against its TOC entry.
Each segment is read on its own, so one damaged file is reported by name while the others are still checked.
Whoosh only: Solr and the database backend read no segment files here.
"""
from __future__ import annotations

import os
from dataclasses import dataclass

from whoosh.filedb.filestore import FileStorage
from whoosh.index import TOC
from whoosh.reading import SegmentReader

from search.index_guard import DECODING_ERRORS

__all__ = ["SegmentReport", "check_segments"]


@dataclass(frozen=True)
class SegmentReport:
    segment: str  # Whoosh's segment id, e.g. MAIN_uy6k1ksob27ajx9g
    files: tuple[str, ...]
    docs: int
    problem: str | None  # None: the whole segment decoded and agreed with itself

    def line(self) -> str:
        state = f"DAMAGED: {self.problem}" if self.problem else "ok"
        suffixes = ",".join(name[len(self.segment):] for name in self.files)
        return f"segment {self.segment} ({self.docs} docs; files {self.segment}{{{suffixes}}}): {state}"


class SegmentDamage(Exception):
    """A segment decoded, but to something inconsistent."""


def check_segments(index_dir: str, schema, indexname: str = "MAIN") -> list[SegmentReport]:
    """One report per segment of the latest generation; a TOC that cannot be read raises its error."""
    storage = FileStorage(index_dir, readonly=True)
    toc = TOC.read(storage, indexname, schema=schema)
    names = sorted(os.listdir(index_dir))
    reports = []
    for segment in toc.segments:
        segid = segment.segment_id()
        files = tuple(n for n in names if n.startswith(segid + ".") or n.startswith(segid + "_"))
        try:
            _verify(SegmentReader(storage, toc.schema, segment), segment)
            problem = None
        except (SegmentDamage, *DECODING_ERRORS) as error:
            problem = f"{type(error).__name__}: {error}"
        reports.append(SegmentReport(segid, files, segment.doc_count_all(), problem))
    return reports


def _verify(reader: SegmentReader, segment) -> None:
    part = "the segment's files"  # what was being read, named in the report
    try:
        part = "document counts"
        total = reader.doc_count_all()
        if total != segment.doc_count_all() or reader.doc_count() != segment.doc_count():
            raise SegmentDamage(f"reader counts {reader.doc_count()}/{total} documents, the TOC "
                                f"{segment.doc_count()}/{segment.doc_count_all()}")
        part = "stored fields"
        for docnum in range(total):
            if not isinstance(reader.stored_fields(docnum), dict):
                raise SegmentDamage(f"stored fields of document {docnum} are not a record")
        for fieldname in reader.schema.names():
            if reader.has_column(fieldname):
                part = f"column {fieldname}"
                values = list(reader.column_reader(fieldname))
                if len(values) != total:
                    raise SegmentDamage(f"column {fieldname} holds {len(values)} values for {total} documents")
            part = f"terms and postings of {fieldname}"
            for term in reader.lexicon(fieldname):
                _verify_postings(reader, fieldname, term, total)
    except DECODING_ERRORS as error:
        raise SegmentDamage(f"reading {part}: {type(error).__name__}: {error}") from error
    finally:
        reader.close()


def _verify_postings(reader: SegmentReader, fieldname: str, term: bytes, total: int) -> None:
    ids = list(reader.postings(fieldname, term).all_ids())
    where = f"postings of {fieldname}:{term.decode('utf-8', 'replace')!r}"
    if len(ids) != reader.doc_frequency(fieldname, term):
        raise SegmentDamage(f"{where}: {len(ids)} ids for a document frequency of "
                            f"{reader.doc_frequency(fieldname, term)}")
    if any(b <= a for a, b in zip(ids, ids[1:])) or (ids and not 0 <= ids[0] <= ids[-1] < total):
        raise SegmentDamage(f"{where}: ids out of order or outside the segment's {total} documents")

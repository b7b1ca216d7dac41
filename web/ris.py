"""RIS, the citation exchange format every reference manager imports (Zotero, EndNote, Mendeley).

One record per article, type NEWS, built from CitedWork so it says what the page's other citations say.
Lines are `TAG  - value`, records end with `ER  - `; values are kept on one line.
"""
import re
from collections.abc import Iterable, Iterator
from datetime import date

from web.citation import CitedWork

RIS_CONTENT_TYPE = "application/x-research-info-systems; charset=utf-8"
_ISO_PARTS = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$")


def ris_date(published: str) -> str:
    """RIS DA is YYYY/MM/DD/other; parts the archive does not know stay empty (2022/11//)."""
    m = _ISO_PARTS.match(published or "")
    if not m:
        return ""
    return f"{m[1]}/{m[2] or ''}/{m[3] or ''}/"


def _one_line(value: str) -> str:
    return " ".join(str(value).split())


def ris_record(work: CitedWork, *, accessed: date, language: str = "") -> str:
    lines = [("TY", "NEWS"), ("ID", f"archive{work.article_id}"), ("TI", work.title)]
    if work.publisher:
        lines += [("AU", work.publisher), ("PB", work.publisher)]
    shown = ris_date(work.published)
    if shown:
        lines += [("PY", shown[:4]), ("DA", shown)]
    lines += [("UR", work.url), ("Y2", accessed.isoformat())]
    if language:
        lines.append(("LA", language))
    lines.append(("N1", f"Archived copy: {work.permalink}"))
    body = "".join(f"{tag}  - {_one_line(value)}\r\n" for tag, value in lines if value)
    return body + "ER  - \r\n"


def iter_ris(works: Iterable[CitedWork], *, accessed: date) -> Iterator[str]:
    """Records one after another, separated by a blank line, for streaming a whole search."""
    for number, work in enumerate(works):
        yield ("\r\n" if number else "") + ris_record(work, accessed=accessed)

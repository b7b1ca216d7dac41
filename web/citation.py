"""Citations of an archived article: GB/T 7714-2015 (the Chinese standard) and BibTeX.

Both cite the article where it was first published when its URL is known, and the archive's permalink
otherwise; the BibTeX entry always records the permalink too, so the archived copy can be found again.
Dates are only as precise as the archive knows them (see web.dates.citation_date).
"""
import re
from dataclasses import dataclass
from datetime import date
from urllib.parse import quote

from web.dates import citation_date


@dataclass(frozen=True)
class CitedWork:
    article_id: int
    title: str
    publisher: str
    published: str  # 2022-11-23, 2022-11 or ""
    url: str  # where the text was published, else the permalink
    permalink: str

    @classmethod
    def of(cls, article, *, permalink: str) -> "CitedWork":
        return cls(
            article_id=article.pk,
            title=" ".join(article.display_title.split()),
            publisher=" ".join(article.source_name.split()),
            published=citation_date(article),
            url=article.source_url or permalink,
            permalink=permalink,
        )


def gbt7714(work: CitedWork, *, accessed: date, number: int = 1) -> str:
    """[1] 发布者. 题名[EB/OL]. (2022-11-23)[2024-05-01]. URL.  — parts the archive does not know are left out."""
    parts = [f"[{number}] "]
    if work.publisher:
        parts.append(f"{work.publisher}. ")
    parts.append(f"{work.title}[EB/OL]. ")
    if work.published:
        parts.append(f"({work.published})")
    parts.append(f"[{accessed.isoformat()}]. {work.url}.")
    return "".join(parts)


_LATEX_SPECIAL = re.compile(r"([\\{}&%$#_~^])")
_LATEX_REPLACEMENT = {"\\": r"\textbackslash{}", "~": r"\textasciitilde{}", "^": r"\textasciicircum{}"}


def latex_escape(text: str) -> str:
    return _LATEX_SPECIAL.sub(lambda m: _LATEX_REPLACEMENT.get(m.group(1), "\\" + m.group(1)), text)


def bibtex_url(url: str) -> str:
    """URLs go into BibTeX verbatim, except the characters that would unbalance or end a field."""
    return quote(url, safe=":/?#[]@!$&'()*+,;=%-._~")


def bibtex(work: CitedWork, *, accessed: date) -> str:
    fields = [("title", "{" + latex_escape(work.title) + "}")]
    if work.publisher:
        # Double braces: an organisation's name is one name, not "first last".
        fields.append(("author", "{" + latex_escape(work.publisher) + "}"))
    if work.published:
        fields.append(("year", work.published[:4]))
        if len(work.published) >= 7:
            fields.append(("month", str(int(work.published[5:7]))))
        fields.append(("date", work.published))
    fields += [
        ("url", bibtex_url(work.url)),
        ("urldate", accessed.isoformat()),
        ("note", "Archived copy: \\url{" + bibtex_url(work.permalink) + "}"),
    ]
    body = ",\n".join(f"  {name} = {{{value}}}" for name, value in fields)
    return f"@misc{{archive{work.article_id},\n{body}\n}}"

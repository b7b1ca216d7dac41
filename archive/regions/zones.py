"""Splitting an article into zones whose mentions weigh differently.

A name in the title says more about where the news is than one in the lead,
and far more than one in a footer address, a list of neighbouring provinces or
a block of related links. Texts arrive already normalised (see ``normalise``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterator, Literal

from .lexicon import (
    FOOTER_LABELS,
    NEIGHBOUR_WORDS,
    PUBLISHER_LABELS,
    RELATED_MARKERS,
)

Zone = Literal[
    "title", "source", "publisher", "lead", "body", "site", "list", "neighbours", "footer", "related"
]

ZONE_WEIGHTS: dict[str, float] = {
    "title": 6.0,
    "source": 4.0,  # source_name, e.g. 昌都市人力资源和社会保障局, 北京日报
    "publisher": 3.0,  # 主办:… line of the page
    "lead": 2.0,  # first two paragraphs
    "body": 1.0,
    "site": 1.0,  # the page around the article: the site's name in its header, its menus, its footer
    "list": 0.3,  # bullet lines
    "neighbours": 0.15,  # 加强与四川、青海、云南等毗邻省州县…
    "footer": 0.1,  # 地址/邮编/电话/版权 lines
    "related": 0.1,  # after 相关阅读, 为您推荐 …
}

LEAD_PARAGRAPHS = 2
ARTICLE_ZONES = ("title", "lead", "body")  # the article's own words, not its source line, the page or the site
LEAD_MIN_PARAGRAPH_LENGTH = 15  # shorter lines (breadcrumbs, dates) are not paragraphs
RELATED_MARKER_MAX_LINE = 16
MAX_TITLE_LENGTH = 120  # a "title" longer than this is really body text
# A footer line is short, or starts with its label: a paragraph that merely
# says 备案 or 电话 is still the article.
FOOTER_MAX_LENGTH = 60

_LABEL_SPLIT = re.compile(
    "(?=(?:" + "|".join(re.escape(label) for label in FOOTER_LABELS + PUBLISHER_LABELS) + r")\s*[:：])"
)
_BULLET = re.compile(r"^\s*(?:[-•·▪*●◆■]|\d{1,2}[.、])\s*")
_SENTENCE = re.compile(r"[^。！？；!?;\n]+[。！？；!?;]?")
_FOOTER = re.compile("|".join(re.escape(label) for label in FOOTER_LABELS))
_FOOTER_START = re.compile(r"^\s*(?:" + "|".join(re.escape(label) for label in FOOTER_LABELS) + ")")
_PUBLISHER = re.compile(r"^\s*(?:" + "|".join(PUBLISHER_LABELS) + r")\s*[:：]")
_NEIGHBOURS = re.compile("|".join(NEIGHBOUR_WORDS))


@dataclass(frozen=True)
class Segment:
    text: str
    zone: Zone


def article_segments(*, title: str, body: str, source_name: str = "", page: str = "") -> Iterator[Segment]:
    if title:
        yield Segment(title[:MAX_TITLE_LENGTH], "title")
    if source_name:
        yield Segment(source_name, "source")
    yield from body_segments(body)
    if page:
        yield from body_segments(page, base="site")


def body_segments(body: str, base: Zone | None = None) -> Iterator[Segment]:
    """Segments of a body (lead, then body), or of the page around it (``base="site"``)."""
    paragraphs_seen = 0
    in_related = False
    for line in body.splitlines():
        line = line.strip()
        if not line:
            continue
        if _is_related_marker(line):
            in_related = True
        if in_related:
            # The 主办 line of a page often sits below its link lists.
            for part in _LABEL_SPLIT.split(line):
                if part.strip():
                    yield Segment(part, "publisher" if _is_publisher(part) else "related")
            continue
        if _BULLET.match(line):
            yield Segment(line, "list")
            continue
        if _is_footer(line) and not _is_publisher(line):  # 主办:… 地址:… is split below
            yield Segment(line, "footer")
            continue
        base_zone: Zone = base or ("lead" if paragraphs_seen < LEAD_PARAGRAPHS else "body")
        if len(line) >= LEAD_MIN_PARAGRAPH_LENGTH:
            paragraphs_seen += 1
        for part in _LABEL_SPLIT.split(line):
            yield from _classify_part(part, base_zone)


def _classify_part(part: str, base_zone: Zone) -> Iterator[Segment]:
    if not part.strip():
        return
    if _is_publisher(part):
        yield Segment(part, "publisher")
        return
    if _is_footer(part):
        yield Segment(part, "footer")
        return
    if not _NEIGHBOURS.search(part):
        yield Segment(part, base_zone)
        return
    for sentence in _SENTENCE.findall(part):
        zone = "neighbours" if _NEIGHBOURS.search(sentence) else base_zone
        yield Segment(sentence, zone)


def _is_footer(part: str) -> bool:
    if _FOOTER_START.match(part):
        return True
    return len(part) <= FOOTER_MAX_LENGTH and bool(_FOOTER.search(part))


def _is_publisher(part: str) -> bool:
    # 来源: names where a story was copied from, not who publishes the page.
    return bool(_PUBLISHER.match(part)) and not part.lstrip().startswith("来源")


def _is_related_marker(line: str) -> bool:
    return len(line) <= RELATED_MARKER_MAX_LINE and any(m in line for m in RELATED_MARKERS)

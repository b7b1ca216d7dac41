"""Title, date, publisher and source URL of a page, read BEFORE boilerplate is dropped
(the footer holds 主办 and 本文地址). Values are sliced from the original lines, so a
Traditional page keeps its Traditional publisher name.

Precedence, most trusted first (the reasons are in the comments of each finder):
- title: HTML hints > headline line in the header > headline derived from the lead.
- date: HTML meta > a full date in the header > a labelled date line (发布时间:) anywhere >
  a full date in the lead > a month-day without year (header or lead) > unknown.
- publisher: who the article is attributed to (meta ContentSource, 来源:, 本文来自“X”, the name
  in a dateline like 凤凰网2022-11-26) > the site operator (主办:) > the HTML site name.
- source URL: canonical link > og:url > 本文地址:/本文链接:/原文链接: lines.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from . import dates
from .boilerplate import is_chrome_line, is_dateline, is_prose
from .script import han_count, match_key

if TYPE_CHECKING:
    from .html import HtmlHints


@dataclass(frozen=True)
class Metadata:
    title: str | None
    title_line: int | None  # index of the headline in the given lines (None if not a line)
    published_at: date | None
    date_precision: str
    date_month: int | None
    date_day: int | None
    date_text: str | None
    source_name: str | None
    source_url: str | None
    warnings: tuple[str, ...] = ()


_HEADLINE_MIN, _HEADLINE_MAX = 5, 80
_DERIVED_TITLE_MAX = 24
_NOT_HEADLINE_END = tuple("。,;:、")  # checked on the width-folded key
_LABEL_PREFIX = re.compile(r"^(导读|摘要|内容提要|提要|核心提示|编者按|来源|作者|记者|编辑|通讯员)\s*:")
_SENTENCE_STOP = re.compile(r"[。!?]")  # on the width-folded key
_CLAUSE_STOP = re.compile(r"[,;]")

_DATE_LABEL = re.compile(r"^(发布时间|发布日期|发表时间|更新时间|时间|日期)\s*:")
_SOURCE_LABEL = re.compile(r"(?:^|\s)(?:来源|稿件来源|信息来源|文章来源)\s*:\s*")
_FROM_ATTRIBUTION = re.compile(r"^本文(?:来自|转载自|来源于)\s*[“\"「『]?")
_HOST_LABEL = re.compile(r"^主办(?:单位)?\s*:\s*")
_URL_LABEL = re.compile(r"^(?:本文地址|本文链接|原文链接|原文地址|本文网址|文章地址|文章链接)\s*:\s*")
_URL = re.compile(r"https?://[^\s\"'<>“”]+")
_VALUE_END = re.compile(r"\s{2,}|\||\s+\S{1,6}:|[“”\"「」『』,。;]")
_NOT_A_PUBLISHER = {"本网", "本站", "原创", "网络", "综合", "互联网"}
_DATELINE_LABELS = re.compile(r"发布时间|发布日期|发表时间|更新时间|时间|日期|来源|[:|\s]")


def extract_metadata(lines: list[str], hints: HtmlHints | None = None) -> Metadata:
    keys = [match_key(line).strip() for line in lines]
    header, lead = _header_and_lead(lines, keys)
    warnings: list[str] = []

    title, title_line = _find_title(lines, keys, header, lead, hints, warnings)
    found, date_text = _find_date(lines, keys, header, lead, hints, warnings)
    return Metadata(
        title=title,
        title_line=title_line,
        published_at=found.as_date() if found else None,
        date_precision=found.precision if found else dates.UNKNOWN,
        date_month=found.month if found else None,
        date_day=found.day if found else None,
        date_text=date_text,
        source_name=_find_publisher(lines, keys, header, hints),
        source_url=_find_source_url(lines, keys, hints),
        warnings=tuple(warnings),
    )


def looks_like_headline(line: str, key: str) -> bool:
    text = line.strip()
    return (
        _HEADLINE_MIN <= len(text) <= _HEADLINE_MAX
        and han_count(text) >= 4
        and not key.endswith(_NOT_HEADLINE_END)
        and not key.startswith(("—", "-", "•", "·"))
        and not _LABEL_PREFIX.match(key)
        and not is_chrome_line(key)
    )


def derive_title(lead: str) -> str:
    """A headline from the lead: its first sentence, or its first clauses up to a short length."""
    text = lead.strip()
    key = match_key(text)  # same offsets as text; punctuation folded to ASCII
    label = _LABEL_PREFIX.match(key)
    start = label.end() if label else 0
    stop = _SENTENCE_STOP.search(key, start)
    end = stop.start() if stop else len(text)
    if end - start > _DERIVED_TITLE_MAX:
        # Whole clauses only: cut at the last clause stop that keeps the title short.
        stops = [m.start() for m in _CLAUSE_STOP.finditer(key, start, end) if m.start() - start <= _DERIVED_TITLE_MAX]
        end = stops[-1] if stops else start + _DERIVED_TITLE_MAX
    return text[start:end].strip()


def _header_and_lead(lines: list[str], keys: list[str]) -> tuple[list[int], int | None]:
    """Non-blank lines before the first paragraph of prose, and that paragraph."""
    header: list[int] = []
    for i, line in enumerate(lines):
        if not keys[i]:
            continue
        if is_prose(line) and not is_chrome_line(keys[i]):
            return header, i
        header.append(i)
    return header, None


def _find_title(lines, keys, header, lead, hints, warnings) -> tuple[str | None, int | None]:
    if hints:
        for candidate in hints.title_candidates():
            if looks_like_headline(candidate, match_key(candidate)) and candidate != hints.site_name:
                return candidate, None
    # A site name or section label can also look like a headline: take the longest
    # headline-shaped line above the dateline.
    datelines = [i for i in header if is_dateline(keys[i])]
    above = [i for i in header if not datelines or i < datelines[0]]
    candidates = [i for i in above if looks_like_headline(lines[i], keys[i])]
    if candidates:
        best = max(candidates, key=lambda i: (len(lines[i].strip()), -i))
        return lines[best].strip(), best
    if lead is not None:
        warnings.append("no headline line: title derived from the lead paragraph")
        return derive_title(lines[lead]), None
    warnings.append("no title found")
    return None, None


def _find_date(lines, keys, header, lead, hints, warnings) -> tuple[dates.DateMatch | None, str | None]:
    full = (dates.DAY, dates.MONTH)
    if hints and hints.published:
        for found in dates.find_dates(match_key(hints.published)):
            if found.precision in full:
                return found, hints.published[found.start : found.end]
    # A header date is the page's own dateline; a date in the body may be an event date.
    for i in header:
        for found in dates.find_dates(keys[i]):
            if found.precision in full:
                return found, lines[i].strip()[found.start : found.end]
    for i, key in enumerate(keys):
        if _DATE_LABEL.match(key) and len(key) <= 60:
            for found in dates.find_dates(key):
                if found.precision in full:
                    return found, lines[i].strip()[found.start : found.end]
    if lead is not None:
        for found in dates.find_dates(keys[lead]):
            if found.precision in full:
                warnings.append("date taken from the lead paragraph")
                return found, lines[lead].strip()[found.start : found.end]
    for i in header + ([lead] if lead is not None else []):
        for found in dates.find_dates(keys[i]):
            if found.precision == dates.MONTH_DAY:
                warnings.append("date has no year (month_day precision)")
                return found, lines[i].strip()[found.start : found.end]
    warnings.append("no date found")
    return None, None


def _find_publisher(lines, keys, header, hints) -> str | None:
    if hints and _usable_publisher(hints.content_source):
        return hints.content_source
    for finder in (_labelled_source, _attributed_source, _dateline_source, _host):
        for i in (header if finder is _dateline_source else range(len(lines))):
            name = finder(lines[i].strip(), keys[i])
            if _usable_publisher(name):
                return name
    if hints and _usable_publisher(hints.site_name):
        return hints.site_name
    return None


def _labelled_source(line: str, key: str) -> str | None:
    m = _SOURCE_LABEL.search(key)
    return _value_after(line, key, m.end()) if m and len(key) <= 100 else None


def _attributed_source(line: str, key: str) -> str | None:
    m = _FROM_ATTRIBUTION.match(key)
    return _value_after(line, key, m.end()) if m else None


def _host(line: str, key: str) -> str | None:
    m = _HOST_LABEL.match(key)
    return _value_after(line, key, m.end()) if m else None


def _dateline_source(line: str, key: str) -> str | None:
    """'凤凰网2022-11-26  155' -> 凤凰网; '四川觀察 2020年02月04日' -> 四川觀察."""
    if not is_dateline(key):
        return None
    found = dates.find_dates(key)
    prefix_key = key[: found[0].start]
    if not prefix_key.strip() or _DATELINE_LABELS.sub("", prefix_key) != prefix_key.strip():
        return None  # labelled ('时间:') or empty: no name before the date
    return line[: found[0].start].strip()


def _value_after(line: str, key: str, start: int) -> str | None:
    end = _VALUE_END.search(key, start)
    value = line[start : end.start() if end else len(line)].strip()
    return value or None


def _usable_publisher(name: str | None) -> bool:
    return bool(name) and 2 <= len(name) <= 30 and han_count(name) >= 2 and name not in _NOT_A_PUBLISHER


def _find_source_url(lines, keys, hints) -> str | None:
    if hints:
        for url in (hints.canonical_url, hints.og_url):
            if url and _URL.fullmatch(url):
                return url
    for i, key in enumerate(keys):
        m = _URL_LABEL.match(key)
        if m:
            url = _URL.match(lines[i].strip()[m.end():].strip())
            if url:
                return url.group(0)
    return None

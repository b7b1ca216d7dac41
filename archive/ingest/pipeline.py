"""The one module that knows the order of the ingest steps:

    decode -> (html: extract) -> depinyin -> metadata (before chrome goes) -> strip boilerplate
    -> assemble body -> fingerprint -> [region hook]

Everything is a pure function of its inputs; nothing here touches Django or a database.
"""

import re
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from pathlib import PurePath
from typing import Any, Callable, Protocol

from archive.chinese_text import match_key

from . import dates
from .boilerplate import (carries_spliced_spam, is_prose, strip_boilerplate, summary_text, without_doubled_commas,
                          without_forum_markup, without_glued_read_more, without_injected_symbols, without_jammers,
                          without_line_watermarks, without_lost_indentation, without_markup_remnants,
                          without_template_dumps, with_day_and_hour_apart)
from .decode import decode_bytes, declared_charset
from .errors import IngestError
from .fingerprint import content_fingerprint, minhash_signature, normalise
from .html import HTML_SUFFIXES, extract_html, looks_like_html
from .layout import split_run_on_lines
from .metadata import Metadata, derive_title, extract_metadata
from .pinyin import strip_pinyin, strip_pinyin_counted
from .span import (CAPTION_ALONE, cut_after_article, doubtful_lines, drop_unrelated_lines, letter_opening,
                   preamble_kept, without_second_copy, without_teaser_copies)
from .titles import COLUMN_TAG, FULL_DATE_STAMP, HEADLINE_MIN

TEXT_SUFFIXES = frozenset({".txt", ".text"})
_HTTP_URL = re.compile(r"https?://[^\s\"'<>]+", re.IGNORECASE)
# The longest article body accepted (a 19 MB text once slowed every search for a common word).
MAX_BODY_CHARACTERS = 200_000
# This many short, unexplained lines left in a body make it worth a reviewer's look.
DOUBTFUL_LINES_WARNING = 2
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES
# Record fields that declare where an article is from; passed through for the service to resolve.
DECLARED_REGION_FIELDS = ("region_code", "province", "prefecture", "city", "county")


class RegionGuessLike(Protocol):
    code: str | None
    confidence: float
    evidence: tuple[str, ...]


# REGION HOOK: archive.regions.inference.infer_region fits this (keyword-only arguments).
RegionInferrer = Callable[..., RegionGuessLike | None]


@dataclass(frozen=True)
class ParsedArticle:
    title: str | None
    title_supplied: bool  # no headline on the page: the title was devised from the lead
    body: str  # cleaned, in the ORIGINAL script
    published_at: date | None
    date_precision: str  # 'day' | 'month' | 'month_day' | 'unknown'
    date_month: int | None
    date_day: int | None
    date_text: str | None  # the date as found in the source
    source_name: str | None
    source_url: str | None
    encoding: str
    fingerprint: str
    minhash: list[int]
    warnings: tuple[str, ...] = ()
    region_code: str | None = None
    region_confidence: float = 0.0
    region_evidence: tuple[str, ...] = ()
    declared_region: dict[str, Any] = field(default_factory=dict)


# Whole-text repairs, in this order, before any line is read (a watermark is found on the lines the others leave).
_TEXT_CLEANERS = (with_day_and_hour_apart, without_forum_markup, without_markup_remnants, without_glued_read_more,
                  without_jammers, without_injected_symbols, without_doubled_commas, without_line_watermarks)


def parse_page(raw: bytes, filename: str, *, region_inferrer: RegionInferrer | None = None,
               url: str | None = None) -> ParsedArticle:
    """A scraped page (.txt or .html/.htm) as an article. Raises IngestError when refused.

    ``url`` is the address the page was fetched from, when the intake knows it (a crawl's record): the
    source URL when the page names none, and evidence for the date (``/20230118/``)."""
    suffix = PurePath(filename).suffix.lower()
    if suffix and suffix not in SUPPORTED_SUFFIXES:
        raise IngestError(f"unsupported file type {suffix}")
    decoded = decode_bytes(raw, hint=declared_charset(raw))
    text = without_lost_indentation(_unix_newlines(decoded.text))
    warnings: list[str] = list(decoded.warnings)

    hints = None
    body_text = meta_text = text
    if suffix in HTML_SUFFIXES or looks_like_html(text):
        page = extract_html(text)
        hints, meta_text = _depinyin_hints(page.hints), strip_pinyin(page.page_text)
        body_text = page.main_text
        if body_text is None:
            warnings.append("trafilatura found no main text: using all visible text")
            body_text = page.page_text

    body_text, removed = strip_pinyin_counted(body_text)
    body_text = without_template_dumps(body_text)
    for clean in _TEXT_CLEANERS:
        body_text = clean(body_text)
    if hints is None:
        body_text = "\n".join(split_run_on_lines(body_text.split("\n")))
    if removed:
        warnings.append(f"removed {removed} pinyin annotations")
    # Metadata first: the footer (主办, 本文地址) is about to be dropped as boilerplate.
    meta = extract_metadata((meta_text if hints else body_text).split("\n"), hints, url=url)

    body_lines = body_text.split("\n")
    if hints is None:
        body_lines = _from_headline_on(body_lines, meta)
    else:
        body_lines = _after_title(body_lines, meta.title)  # navigation sits above the headline
    # A devised title is the lead's own first words: the lead stays in the body.
    headline = None if meta.title_supplied or meta.title_run_in else meta.title
    body = _assemble(drop_unrelated_lines(cut_after_article(without_teaser_copies(without_second_copy(
        _without_headline_copies(strip_boilerplate(body_lines), headline))))), headline)
    if not body:
        # A page whose only prose is its summary ('摘要:11日,国务院…'; a video page says no more): that is its text.
        body = "\n".join(summary for line in body_lines if (summary := summary_text(line)))
        if body:
            warnings.append("the page's only text is its summary; kept as the article")
    if not body:
        raise IngestError("no article text found (only navigation and boilerplate)")
    if any(carries_spliced_spam(line) for line in body_lines):
        warnings.append("SEO spam was spliced into the page's sentences (removed): a hijacked or mirror site")
    doubtful = doubtful_lines(body)
    if doubtful >= DOUBTFUL_LINES_WARNING:
        warnings.append(f"body keeps {doubtful} short lines that may be page text rather than the article")
    return _article(meta, body, decoded.encoding, warnings, region_inferrer, declared_region={},
                    page=_around_the_article(meta_text if hints else text, body))


def parse_record(
    record: dict, *, raw: bytes, origin: str, region_inferrer: RegionInferrer | None = None
) -> ParsedArticle:
    """A JSONL row (title, body, published_at, source_name, source_url[, region fields]).

    Its body is already clean text: we still remove pinyin and unmistakable chrome lines,
    but keep the tail and footer rules off. ``raw`` (the row's bytes) is accepted for the
    service's signature; the row was decoded by the JSON reader, so it is not decoded again.
    Every field is checked for its type first: a bad one refuses the record with the field's name.
    """
    _check_record_fields(record, origin)
    title = _clean_field(record.get("title"))
    supplied = False
    body_text, removed = strip_pinyin_counted(_clean_field(record.get("body")) or "")
    warnings = [f"removed {removed} pinyin annotations"] if removed else []
    body = _assemble(strip_boilerplate(_unix_newlines(body_text).split("\n"), page=False), None)
    if title:
        title = strip_pinyin(title)
    elif body:
        title = derive_title(body.split("\n")[0])
        supplied = True
        warnings.append("record has no title: title derived from the body")
    else:
        raise IngestError(f"record {origin}: no title and no body")

    published, precision, date_text = _record_date(record.get("published_at"), origin, warnings)
    meta = Metadata(
        title=title,
        title_supplied=supplied,
        published_at=published,
        date_precision=precision,
        date_month=published.month if published else None,
        date_day=published.day if published else None,
        date_text=date_text,
        source_name=_clean_field(record.get("source_name")),
        source_url=_web_address(_clean_field(record.get("source_url")), origin, warnings),
    )
    declared = {k: record[k] for k in DECLARED_REGION_FIELDS if _clean_field(record.get(k))}
    return _article(meta, body, "utf_8", warnings, region_inferrer, declared_region=declared)


def _around_the_article(page_text: str, body: str) -> str:
    """The page's lines that are not the article's: its header, menus and footer (region evidence)."""
    in_body = {line.strip() for line in body.split("\n")}
    return "\n".join(line for line in page_text.split("\n") if line.strip() and line.strip() not in in_body)


def _article(meta, body, encoding, warnings, region_inferrer, *, declared_region, page="") -> ParsedArticle:
    check_body_length(body)
    warnings = [*warnings, *meta.warnings]
    if not meta.source_name:
        warnings.append("no publisher found")
    article = ParsedArticle(
        title=meta.title,
        title_supplied=meta.title_supplied,
        body=body,
        published_at=meta.published_at,
        date_precision=meta.date_precision,
        date_month=meta.date_month,
        date_day=meta.date_day,
        date_text=meta.date_text,
        source_name=meta.source_name,
        source_url=meta.source_url,
        encoding=encoding,
        fingerprint=content_fingerprint(meta.title, body),
        minhash=minhash_signature(body or meta.title or ""),
        warnings=tuple(warnings),
        declared_region=declared_region,
    )
    if region_inferrer is None:
        return article
    # REGION HOOK: inference belongs to archive.regions; we only carry its answer.
    guess = region_inferrer(
        title=article.title or "", body=article.body, source_name=article.source_name or "",
        source_url=article.source_url or "", page=page, title_devised=bool(article.title_supplied),
    )
    if guess is None:
        return article
    # Confidence and evidence are kept even without a code: "confidently national" is not "unsure".
    return replace(
        article,
        region_code=guess.code or None,
        region_confidence=float(guess.confidence),
        region_evidence=tuple(guess.evidence),
    )


_HEADLINE_COPY_MIN = 8  # letters: a short title ('通告') may be the document's own heading too


def _without_headline_copies(lines: list[str], headline: str | None) -> list[str]:
    """Lines that only repeat the headline, in either script (a picture's caption, the title again under the
    text: '声明:郴州发布为…平台' under '聲明:郴州發佈為…平臺'), are not the article's words."""
    key = normalise(headline or "")

    def a_copy(line: str) -> bool:
        # (with the column's tag the headline was printed under, a short one too: '「口述」温州乐清“封城”记')
        tagged = COLUMN_TAG.match(line) is not None and normalise(COLUMN_TAG.sub("", line, count=1)) == key
        return (len(key) >= _HEADLINE_COPY_MIN and normalise(line) == key) or (len(key) >= HEADLINE_MIN and tagged)

    # (a sentence of the text that the headline quotes stays: '…全域实行封闭管理,人员车辆非必要不外出。')
    copies = {i for i, line in enumerate(lines) if a_copy(line) and not line.rstrip().endswith("。")}
    kept = ["" if i in copies else line for i, line in enumerate(lines)]
    if len(copies) >= 2:
        # Pictures whose alternative text is the headline, each over its caption ('某县全力打好疫情防控阻击战' /
        # '进村入户给群众测量体温' / the headline / '古城巡查'): the few words right under each copy go with it.
        for i in copies:
            below = next((j for j in range(i + 1, len(lines)) if lines[j].strip()), None)
            if below is not None and below not in copies and CAPTION_ALONE.fullmatch(match_key(lines[below]).strip()):
                kept[below] = ""
    return kept


def _assemble(lines: list[str], title: str | None) -> str:
    """Strip each line, drop a leading copy of the title, one blank line between paragraphs."""
    stripped = [line.strip() for line in lines]
    content = [i for i, line in enumerate(stripped) if line]
    if content and title and normalise(stripped[content[0]]) == normalise(title):
        stripped[content[0]] = ""
    elif content and title and stripped[content[0]].startswith(title + " "):
        # A page run into one line opens with its headline and the headline's date stamp: the text follows.
        stripped[content[0]] = _RUN_IN_STAMP.sub("", stripped[content[0]][len(title):], count=1).strip()
    return re.sub(r"\n{3,}", "\n\n", "\n".join(stripped)).strip()


# '2021-11-26 23:27 0 ' (a view counter after it), '2022-03-22 00:01', '11-25 ': the stamp after a run-in headline.
_RUN_IN_STAMP = re.compile(rf"^\s*(?:{FULL_DATE_STAMP}(?:\s+\d{{1,5}}(?=\s))?\s*|\d{{1,2}}-\d{{1,2}}\s)")


def _from_headline_on(lines: list[str], meta: Metadata) -> list[str]:
    """A text page's lines with everything above the article blanked: the navigation and site names above the
    headline, the headline itself (it is the title), and what stands between it and the lead except a
    salutation, a document number or a reproduced document's title (see ``span``)."""
    keys = [match_key(line).strip() for line in lines]
    if meta.title_lines:
        start = max(meta.title_lines) + 1
    elif meta.lead_line is not None:
        # No headline: the lead opens the article, or the salutation right above it ('各市委、市人民政府,…:').
        # (or a letter's opening: '全县广大父老乡亲们:' / '大家好!' / a first sentence left unfinished).
        start = next(iter(letter_opening(keys, meta.lead_line)), meta.lead_line)
    else:
        return lines
    keep = set(preamble_kept(lines, keys, start, meta.lead_line, meta.title or ""))
    return ["" if i < start or (i < (meta.lead_line or 0) and i not in keep) else line
            for i, line in enumerate(lines)]


def _after_title(lines: list[str], title: str | None) -> list[str]:
    """Lines after the headline, if it stands above the first paragraph of prose."""
    wanted = normalise(title or "")
    for i, line in enumerate(lines):
        if is_prose(line):
            break
        if wanted and normalise(line) == wanted:
            return lines[i + 1 :]
    return lines


def _depinyin_hints(hints):
    if hints is None:
        return None
    return replace(
        hints,
        title=hints.title and strip_pinyin(hints.title),
        article_title=hints.article_title and strip_pinyin(hints.article_title),
        og_title=hints.og_title and strip_pinyin(hints.og_title),
        headings=tuple(strip_pinyin(h) for h in hints.headings),
    )


def _record_date(value, origin: str, warnings: list[str]) -> tuple[date | None, str, str | None]:
    text = _clean_field(value)
    if not text:
        return None, dates.UNKNOWN, None
    for fmt in ("%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M", "%Y-%m-%d"):
        try:
            return datetime.strptime(text, fmt).date(), dates.DAY, text
        except ValueError:
            continue
    warnings.append(f"record {origin}: published_at {text!r} is not YYYY-MM-DD[ HH:MM:SS]; ignored")
    return None, dates.UNKNOWN, text


# A record's fields and what each may hold: text (or null). Anything else refuses the record, by name.
RECORD_TEXT_FIELDS = ("title", "body", "published_at", "source_name", "source_url", *DECLARED_REGION_FIELDS)


def _check_record_fields(record: dict, origin: str) -> None:
    for name in RECORD_TEXT_FIELDS:
        value = record.get(name)
        if value is None:
            continue
        if not isinstance(value, str):
            kind = {list: "a list", dict: "an object", bool: "true/false", int: "a number", float: "a number"}.get(
                type(value), type(value).__name__)
            raise IngestError(f"record {origin}: field {name!r} must be text or null, not {kind}")
        if any("\ud800" <= c <= "\udfff" for c in value):
            raise IngestError(f"record {origin}: field {name!r} holds an unpaired surrogate (\\ud800…), "
                              "which is not a character")


def check_body_length(body: str) -> None:
    """One enormous page would slow every search and page that shows it: such a page is refused, with the limit."""
    if len(body) > MAX_BODY_CHARACTERS:
        raise IngestError(f"the article text has {len(body):,} characters, over the limit of "
                          f"{MAX_BODY_CHARACTERS:,}: split the page into articles")


def _unix_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _clean_field(value) -> str | None:
    """A record's text field, stripped; NUL characters (which no page shows) removed."""
    if value is None:
        return None
    text = str(value).replace("\x00", "").strip()
    return text or None


def _web_address(url: str | None, origin: str, warnings: list[str]) -> str | None:
    """Only http(s) addresses are kept as a source URL: a 'javascript:' one would run in a reader's browser."""
    if url is None or _HTTP_URL.fullmatch(url):
        return url
    warnings.append(f"record {origin}: source_url {url[:80]!r} is not an http(s) address; ignored")
    return None

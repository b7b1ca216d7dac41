"""Writes to the archive. Views, admin and commands call these; they never write articles themselves.

Each intake item is ingested in its own transaction so one bad file never undoes the others; the
search index follows from search.indexing after the transaction commits.
"""
import hashlib
import json
import re
import struct
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from archive import selectors
from archive.ingest.errors import IngestError
from archive.ingest.fingerprint import jaccard, lsh_bands, shingles
from archive.ingest.metadata import YEAR_FROM_THE_TEXT_WARNING
from archive.ingest.pipeline import ParsedArticle, parse_page, parse_record
from archive.intake import IntakeItem, Limits
from archive.models import Article, ArticleBand, DatePrecision, RawPage, Region, RegionSource, Tombstone
from archive.regions.inference import infer_region

# A reprint shares most of its text: at least this share of the shorter text's 5-character shingles.
# (An overlap, not a Jaccard similarity: the same notice with another site's header and footer around it
# shares 82% of its shingles and is still a reprint.)
# The collection's period (COVID-era news); a date outside it is more often a mirror's re-post stamp.
COLLECTION_PERIOD = (date(2019, 12, 1), date(2023, 12, 31))
REPRINT_OVERLAP = 0.8
# Candidates whose estimated Jaccard similarity is below this share too little to overlap that much
# (a reprint 82% of whose shingles are shared estimates about 0.7); at most this many are compared exactly.
REPRINT_ESTIMATE_FLOOR = 0.3
REPRINT_CANDIDATES = 20


@dataclass(frozen=True)
class IngestOutcome:
    origin: str
    status: str  # "created" | "duplicate" | "failed" | "skipped"
    article_id: int | None = None
    reason: str = ""

    @property
    def message(self) -> str:
        if self.status == "created":
            return f"created #{self.article_id}"
        if self.status == "duplicate":
            return f"duplicate of #{self.article_id}"
        return f"{self.status}: {self.reason}"


def upload_limits() -> Limits:
    return Limits(
        max_file_bytes=settings.ARCHIVE_MAX_FILE_BYTES,
        max_zip_members=settings.ARCHIVE_MAX_ZIP_MEMBERS,
        max_uncompressed_bytes=settings.ARCHIVE_MAX_UNCOMPRESSED_BYTES,
        max_compression_ratio=settings.ARCHIVE_MAX_COMPRESSION_RATIO,
    )


def ingest_items(items: Iterable[IntakeItem], *, user=None) -> Iterator[IngestOutcome]:
    for item in items:
        if item.kind == "refused":
            if item.raw:
                keep_refused_page(item.raw, sha256=hashlib.sha256(item.raw).hexdigest(), origin=item.origin, user=user)
            yield IngestOutcome(item.origin, "failed", reason=item.reason)
        elif item.kind == "skipped":
            yield IngestOutcome(item.origin, "skipped", reason=item.reason)
        elif item.kind == "record":
            yield article_ingest(raw=item.raw, origin=item.origin, record=item.record, user=user)
        else:
            # A crawl's record knows the page's address: evidence for its date (archive.ingest.dating).
            yield article_ingest(raw=item.raw, origin=item.origin, user=user, url=item.source_url or None)


def article_ingest(*, raw: bytes, origin: str, record: dict | None = None, user=None,
                   url: str | None = None, article_id: int | None = None) -> IngestOutcome:
    """Ingest one page (or one JSONL record): created, duplicate of an existing article, or failed.
    ``url``: the address a page was fetched from, when the intake knows it (see ``parse_page``).
    ``article_id``: the id to create the article under (a restored article keeps its permalink)."""
    sha256 = hashlib.sha256(raw).hexdigest()
    known = RawPage.objects.filter(sha256=sha256).only("article_id").first()
    if known and known.article_id:
        return IngestOutcome(origin, "duplicate", article_id=known.article_id)
    tombstone = Tombstone.objects.filter(raw_sha256=sha256).first()
    if tombstone is not None:
        return IngestOutcome(origin, "skipped", reason=tombstone.reason)
    try:
        if record is None:
            parsed = parse_page(raw, origin, region_inferrer=infer_region, url=url)
        else:
            parsed = parse_record(record, raw=raw, origin=origin, region_inferrer=infer_region)
    except IngestError as error:
        keep_refused_page(raw, sha256=sha256, origin=origin, user=user)
        return IngestOutcome(origin, "failed", reason=str(error))
    try:
        return store_parsed(parsed, raw=raw, sha256=sha256, origin=origin, user=user, article_id=article_id)
    except IntegrityError:
        # A parallel upload stored the same page or text between our check and our insert.
        existing = selectors.article_with_fingerprint(parsed.fingerprint) or selectors.article_with_raw(sha256)
        if existing is None:
            raise
        return IngestOutcome(origin, "duplicate", article_id=existing.pk)


@transaction.atomic
def store_parsed(parsed: ParsedArticle, *, raw: bytes, sha256: str, origin: str, user=None,
                 article_id: int | None = None) -> IngestOutcome:
    tombstone = Tombstone.objects.filter(fingerprint=parsed.fingerprint).first()
    if tombstone is not None:  # the same text from another file: still the deleted article
        keep_refused_page(raw, sha256=sha256, origin=origin, user=user)
        return IngestOutcome(origin, "skipped", reason=tombstone.reason)
    existing = selectors.article_with_fingerprint(parsed.fingerprint)
    if existing is not None:
        keep_raw_page(raw, sha256=sha256, origin=origin, encoding=parsed.encoding, article=existing, user=user)
        return IngestOutcome(origin, "duplicate", article_id=existing.pk)

    region, confidence, evidence, region_source = resolve_region(parsed)
    original, similarity = find_reprint_original(parsed.minhash, parsed.body or parsed.title or "")
    article = Article(
        pk=article_id,
        title=(parsed.title or "")[:500],
        title_supplied=parsed.title_supplied,
        body=parsed.body,
        published_at=parsed.published_at,
        date_precision=parsed.date_precision,
        date_month=parsed.date_month,
        date_day=parsed.date_day,
        date_text=(parsed.date_text or "")[:100],
        source_name=(parsed.source_name or "")[:200],
        source_url=(parsed.source_url or "")[:1000],
        region=region,
        region_confidence=confidence,
        region_evidence=list(evidence),
        region_source=region_source,
        origin=origin[:500],
        raw_sha256=sha256,
        raw_encoding=parsed.encoding,
        fingerprint=parsed.fingerprint,
        duplicate_of=original,
        duplicate_similarity=similarity,
        minhash=pack_signature(parsed.minhash),
        extraction_warnings=list(parsed.warnings),
    )
    flag_for_review(article)  # from the fields alone: the article is inserted once, flags included
    article.save(force_insert=True)
    ArticleBand.objects.bulk_create(ArticleBand(article=article, key=key) for key in set(lsh_bands(parsed.minhash)))
    keep_raw_page(raw, sha256=sha256, origin=origin, encoding=parsed.encoding, article=article, user=user)
    return IngestOutcome(origin, "created", article_id=article.pk)


def keep_refused_page(raw: bytes, *, sha256: str, origin: str, user=None) -> None:
    """Nothing a user gives us is lost: the bytes of a page or record that was refused are kept too (with no
    article), so a later pipeline or a person can look at them."""
    keep_raw_page(raw, sha256=sha256, origin=origin, encoding="", article=None, user=user)


def keep_raw_page(raw: bytes, *, sha256: str, origin: str, encoding: str, article: Article | None,
                  user=None) -> RawPage:
    page, created = RawPage.objects.get_or_create(
        sha256=sha256,
        defaults={"content": raw, "encoding": encoding, "origin": origin[:500], "size": len(raw),
                  "article": article, "received_by": user if user and user.is_authenticated else None},
    )
    if not created and page.article_id is None and article is not None:
        # The article this page once made was deleted; the page now backs the new one.
        page.article = article
        page.save(update_fields=["article"])
    return page


def resolve_region(parsed: ParsedArticle):
    """A region the record declares wins over inference; otherwise the inferred one, if any."""
    declared = selectors.region_from_declaration(parsed.declared_region or {})
    if declared is not None:
        return declared, 1.0, (f"declared: {declared.name}",), RegionSource.DECLARED
    if parsed.region_code:
        region = selectors.region_with_code(parsed.region_code)
        if region is not None:
            return region, parsed.region_confidence, parsed.region_evidence, RegionSource.INFERRED
    return None, parsed.region_confidence, parsed.region_evidence, RegionSource.INFERRED


def find_reprint_original(signature: list[int], text: str) -> tuple[Article | None, float | None]:
    """The earliest article sharing an LSH band and most of the text, followed to the first original.

    MinHash bands find the candidates; the overlap of their shingles with ``text`` is then computed exactly,
    so the similarity stored is a measured one."""
    keys = set(lsh_bands(signature))
    # The MinHash estimate picks the few candidates worth an exact comparison (a wire story shares bands
    # with hundreds of articles; reading all their texts made large imports slow).
    estimated = sorted(((jaccard(signature, unpack_signature(c.minhash)), c.pk, c)
                        for c in selectors.articles_sharing_bands(keys)), key=lambda e: (-e[0], e[1]))
    candidates = [c for estimate, _, c in estimated if estimate >= REPRINT_ESTIMATE_FLOOR][:REPRINT_CANDIDATES]
    mine = shingles(text)
    texts = selectors.article_texts(c.pk for c in candidates) if candidates else {}
    best, best_overlap = None, 0.0
    for candidate in sorted(candidates, key=lambda c: c.pk):
        theirs = shingles(texts[candidate.pk])
        overlap = len(mine & theirs) / min(len(mine), len(theirs)) if mine and theirs else 0.0
        if overlap >= REPRINT_OVERLAP and overlap > best_overlap:
            best, best_overlap = candidate, overlap
    if best is None:
        return None, None
    return (best.duplicate_of or best), round(best_overlap, 3)


def review_reasons(article: Article) -> list[str]:
    """Why a person should check this article's fields, in words the admin shows; empty when nothing is doubtful.

    Calibrated on the real-page development set (tests/realpages, see README "Needs review"): a missing date
    and a date without a year go with a wrong field most often (63% and 52% of such pages), and so does a date
    after the collection's period (a mirror's re-post stamp). A devised title, a weak region or spliced spam
    are right more often than not, alone or in pairs (a weak region with a devised title: 4 wrong of 14), and
    flagging them would flag more than a quarter of all pages (the admin's filters find those).
    """
    reasons = []
    corrected = set(article.staff_corrected or ())
    if not article.title.strip():
        reasons.append("title: none found")
    # A date still missing its year stays flagged, even after staff saved it that way.
    if article.date_precision == DatePrecision.UNKNOWN:
        reasons.append("date: none found")
    elif article.date_precision == DatePrecision.MONTH_DAY:
        reasons.append("date: the page gives no year")
    elif YEAR_FROM_THE_TEXT_WARNING in (article.extraction_warnings or ()) and "published_at" not in corrected:
        reasons.append("date: the page gives no year; it was taken from dates its text reports")
    elif article.published_at and not (COLLECTION_PERIOD[0] <= article.published_at <= COLLECTION_PERIOD[1]):
        reasons.append(f"date: outside the collection's period ({COLLECTION_PERIOD[0]:%Y-%m} to "
                       f"{COLLECTION_PERIOD[1]:%Y-%m}): perhaps a later copy's date")
    return reasons


def flag_for_review(article: Article) -> None:
    article.review_reasons = review_reasons(article)
    article.needs_review = bool(article.review_reasons)


def pack_signature(signature: list[int]) -> bytes:
    return struct.pack(f"<{len(signature)}Q", *signature)


def unpack_signature(blob: bytes) -> list[int]:
    blob = bytes(blob or b"")
    return list(struct.unpack(f"<{len(blob) // 8}Q", blob))


# --- Deletion and restoring ---------------------------------------------------------------------

@transaction.atomic
def article_delete(article: Article, *, user=None) -> Tombstone:
    """Delete an article and leave a tombstone, so that re-importing its page does not bring it back. Its raw
    pages are kept (they lose their article); search.indexing removes it from the index after commit."""
    tombstone = Tombstone.objects.create(
        article_id_was=article.pk, title=article.title[:500], fingerprint=article.fingerprint,
        raw_sha256=article.raw_sha256, deleted_by=user if user is not None and user.is_authenticated else None,
    )
    article.delete()
    return tombstone


def article_restore(tombstone: Tombstone, *, user=None) -> IngestOutcome:
    """Staff bring a deleted article back: the tombstone goes and its kept raw page is ingested again, under
    its old id when that is free, so its permalink works again."""
    page = RawPage.objects.filter(sha256=tombstone.raw_sha256).first()
    tombstone.delete()
    if page is None:
        return IngestOutcome(f"#{tombstone.article_id_was}", "failed", reason="its raw page is no longer kept")
    record = json.loads(bytes(page.content).decode("utf-8")) if _JSONL_RECORD_ORIGIN.search(page.origin) else None
    old_id = None if Article.objects.filter(pk=tombstone.article_id_was).exists() else tombstone.article_id_was
    return article_ingest(raw=bytes(page.content), origin=page.origin, record=record, user=user, article_id=old_id)


# --- Staff corrections and re-extraction (called by the admin) ---------------------------------

# What staff may correct in the admin, in the order the form shows it.
CORRECTABLE_FIELDS = (
    "title", "published_at", "date_precision", "date_month", "date_day", "source_name", "source_url", "region",
)
_DATE_FIELDS = {"published_at", "date_precision", "date_month", "date_day"}


def validate_article_date(*, published_at, date_precision, date_month, date_day) -> None:
    """Raise ValidationError (keyed by field) when the date fields contradict their precision."""
    errors = {}
    if date_precision in (DatePrecision.DAY, DatePrecision.MONTH):
        if published_at is None:
            errors["published_at"] = "A date is required for this precision."
    elif date_precision == DatePrecision.MONTH_DAY:
        if published_at is not None:
            errors["published_at"] = "Leave the date empty when the year is unknown, or choose day precision."
        if not date_month:
            errors["date_month"] = "The month is required when the year is unknown."
        if not date_day:
            errors["date_day"] = "The day is required when the year is unknown."
        if date_month and date_day:
            try:
                date(2020, date_month, date_day)  # a leap year, so 2月29日 stays possible
            except ValueError:
                errors["date_day"] = f"There is no day {date_day} in month {date_month}."
    elif date_precision == DatePrecision.UNKNOWN:
        if published_at is not None or date_month or date_day:
            errors["date_precision"] = "Choose a precision for the date you entered, or clear the date."
    if errors:
        raise ValidationError(errors)


def normalised_date_fields(*, published_at, date_precision, date_month, date_day) -> dict:
    """The stored shape of a date at each precision: month precision keeps the 1st of the month."""
    if date_precision == DatePrecision.DAY:
        return {"published_at": published_at, "date_month": published_at.month, "date_day": published_at.day}
    if date_precision == DatePrecision.MONTH:
        return {"published_at": published_at.replace(day=1), "date_month": published_at.month, "date_day": None}
    if date_precision == DatePrecision.MONTH_DAY:
        return {"published_at": None, "date_month": date_month, "date_day": date_day}
    return {"published_at": None, "date_month": None, "date_day": None}


@transaction.atomic
def article_correct(article: Article, *, user, **changes) -> Article:
    """Apply staff corrections and save once, so search.indexing re-indexes the article once after commit.

    The corrected fields are recorded in ``staff_corrected``; a staff title is never "supplied". A changed
    region becomes staff-set: source "staff", confidence 1.0 (0.0 when cleared).
    """
    unknown = set(changes) - set(CORRECTABLE_FIELDS)
    if unknown:
        raise ValueError(f"not correctable by staff: {', '.join(sorted(unknown))}")
    for field_name, value in changes.items():
        setattr(article, field_name, value)
    # Remembered so that re-extraction never overwrites what a person decided.
    article.staff_corrected = sorted(set(article.staff_corrected or ()) | set(changes))
    if "title" in changes:
        article.title_supplied = False
        article.title = article.title.strip()
    if _DATE_FIELDS & set(changes):
        date_fields = {name: getattr(article, name) for name in sorted(_DATE_FIELDS)}
        validate_article_date(**date_fields)
        for name, value in normalised_date_fields(**date_fields).items():
            setattr(article, name, value)
    if "region" in changes:
        article.region_source = RegionSource.STAFF
        article.region_confidence = 1.0 if article.region_id else 0.0
        who = user.get_username() if user is not None and user.is_authenticated else "staff"
        article.region_evidence = [f"set by staff ({who})"]
    flag_for_review(article)
    article.save()
    return article


@dataclass(frozen=True)
class ReextractOutcome:
    article_id: int
    status: str  # "updated" | "unchanged" | "failed"
    changed: tuple[str, ...] = ()
    reason: str = ""

    @property
    def message(self) -> str:
        if self.status == "updated":
            return f"#{self.article_id}: re-extracted, changed {', '.join(self.changed)}"
        if self.status == "unchanged":
            return f"#{self.article_id}: re-extracted, nothing changed"
        return f"#{self.article_id}: not re-extracted: {self.reason}"


# What the pipeline derives from the raw bytes and re-extraction therefore replaces, unless staff corrected it.
REEXTRACTED_FIELDS = (
    "title", "title_supplied", "body", "published_at", "date_precision", "date_month", "date_day", "date_text",
    "source_name", "source_url", "raw_encoding", "extraction_warnings",
)
# A staff correction of the key protects these extracted fields too (a staff title is not "supplied"; a staff
# date replaces the date as written).
_PROTECTS = {"title": ("title_supplied",), **{name: ("date_text",) for name in _DATE_FIELDS}}
_JSONL_RECORD_ORIGIN = re.compile(r"\.jsonl:\d+$", re.IGNORECASE)


def parse_raw_page(page: RawPage, url: str | None = None) -> ParsedArticle:
    """Parse kept bytes with the current pipeline: a JSON Lines record or a page, as first received.
    ``url``: the address the page is known by (its article's source URL), evidence for its date."""
    raw = bytes(page.content)
    if _JSONL_RECORD_ORIGIN.search(page.origin):
        return parse_record(json.loads(raw.decode("utf-8")), raw=raw, origin=page.origin,
                            region_inferrer=infer_region)
    return parse_page(raw, page.origin, region_inferrer=infer_region, url=url)


def protected_fields(article: Article) -> set[str]:
    """Fields re-extraction must leave alone: what staff corrected, and what that correction implies."""
    corrected = set(article.staff_corrected or ())
    if corrected & _DATE_FIELDS:
        corrected |= _DATE_FIELDS
    return corrected | {implied for name in corrected for implied in _PROTECTS.get(name, ())}


def article_reextract(article: Article) -> ReextractOutcome:
    """Re-parse an article from the first raw page it was made from, with the current pipeline.

    Replaces what the pipeline derives (REEXTRACTED_FIELDS, fingerprint, MinHash) except the fields staff
    corrected (``staff_corrected``), which are kept as staff left them. The region is re-inferred unless staff
    set it. duplicate_of is left as it is (reprint links are curated). Saves only when something changed, so
    an unchanged article is not re-indexed.
    """
    page = selectors.first_raw_page(article)
    if page is None:
        return ReextractOutcome(article.pk, "failed", reason="no raw page is kept for this article")
    try:
        parsed = parse_raw_page(page, url=article.source_url or None)
    except (IngestError, ValueError) as error:  # ValueError: a kept JSON line that no longer parses
        return ReextractOutcome(article.pk, "failed", reason=str(error))

    values = {
        "title": (parsed.title or "")[:500], "title_supplied": parsed.title_supplied, "body": parsed.body,
        "published_at": parsed.published_at, "date_precision": parsed.date_precision,
        "date_month": parsed.date_month, "date_day": parsed.date_day,
        "date_text": (parsed.date_text or "")[:100], "source_name": (parsed.source_name or "")[:200],
        "source_url": (parsed.source_url or "")[:1000], "raw_encoding": parsed.encoding,
        "extraction_warnings": list(parsed.warnings),
    }
    protected = protected_fields(article)
    values = {name: value for name, value in values.items() if name not in protected}
    if article.region_source != RegionSource.STAFF and "region" not in protected:
        region, confidence, evidence, region_source = resolve_region(parsed)
        values.update(region=region, region_confidence=confidence, region_evidence=list(evidence),
                      region_source=region_source)
    text_changed = parsed.fingerprint != article.fingerprint
    if text_changed:
        twin = selectors.article_with_fingerprint(parsed.fingerprint)
        if twin is not None and twin.pk != article.pk:
            return ReextractOutcome(article.pk, "failed",
                                    reason=f"the new extraction is identical to #{twin.pk}; left unchanged")
        values.update(fingerprint=parsed.fingerprint, minhash=pack_signature(parsed.minhash))

    changed = tuple(name for name, value in values.items() if not _same_value(getattr(article, name), value))
    reasons_before = list(article.review_reasons or ())
    with transaction.atomic():
        for name, value in values.items():
            setattr(article, name, value)
        flag_for_review(article)
        if not changed and article.review_reasons == reasons_before:
            return ReextractOutcome(article.pk, "unchanged")
        article.save()
        if text_changed:
            article.bands.all().delete()
            ArticleBand.objects.bulk_create(
                ArticleBand(article=article, key=key) for key in set(lsh_bands(parsed.minhash)))
    shown = tuple(name for name in changed if name not in ("minhash", "fingerprint", "region_evidence"))
    return ReextractOutcome(article.pk, "updated", changed=shown or changed or ("review_reasons",))


def _same_value(current, new) -> bool:
    if isinstance(current, memoryview | bytes | bytearray):
        return bytes(current) == bytes(new)
    if isinstance(current, Region) or isinstance(new, Region):
        return getattr(current, "pk", None) == getattr(new, "pk", None)
    return current == new

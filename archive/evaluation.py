"""Measure region inference the way the issue asks: import labelled JSONL rows without their labels, then
score the regions the import gave with the same scoring as the pure measurement (archive.regions.measurement).

Runs inside a transaction that is rolled back, so measuring never changes the archive.
"""
import json
from pathlib import Path

from django.db import transaction

from archive.models import Article
from archive.regions.inference import RegionGuess
from archive.regions.measurement import Report, score
from archive.services import article_ingest

LABEL_FIELDS = ("province", "prefecture", "county", "region_code")


class _Rollback(Exception):
    pass


def evaluate_regions(path: Path, *, limit: int | None = None) -> tuple[Report, int]:
    """The report, and how many rows failed to import (they are left out of the report)."""
    rows, guesses, failed = [], [], 0
    try:
        with transaction.atomic():
            for number, line in enumerate(path.read_bytes().splitlines(), start=1):
                if limit and number > limit:
                    break
                row = json.loads(line)
                record = {k: v for k, v in row.items() if k not in LABEL_FIELDS}
                raw = json.dumps(record, ensure_ascii=False).encode("utf-8")
                outcome = article_ingest(raw=raw, origin=f"{path.name}:{number}", record=record)
                if outcome.article_id is None:
                    failed += 1
                    continue
                article = Article.objects.select_related("region").get(pk=outcome.article_id)
                rows.append(row)
                guesses.append(RegionGuess(
                    code=article.region.code if article.region else None,
                    confidence=article.region_confidence,
                    evidence=tuple(article.region_evidence),
                ))
            raise _Rollback
    except _Rollback:
        pass
    return score(rows, guesses), failed

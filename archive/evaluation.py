"""Measure region inference the way the issue asks: import labelled JSONL rows without their labels, compare.

Runs inside a transaction that is rolled back, so measuring never changes the archive.
"""
import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from django.db import transaction

from archive.models import Article
from archive.selectors import region_named
from archive.services import article_ingest

LABEL_FIELDS = ("province", "prefecture", "county", "region_code")
NATIONAL_LABELS = {"", "全国"}


@dataclass
class RegionReport:
    labelled: int = 0
    correct: int = 0
    national: int = 0
    national_given_province: int = 0
    unlabelled: int = 0
    unlabelled_given_province: int = 0
    failed: int = 0
    mistakes: list = field(default_factory=list)
    predicted: Counter = field(default_factory=Counter)

    @property
    def accuracy(self) -> float:
        return self.correct / self.labelled if self.labelled else 0.0

    def lines(self) -> list[str]:
        return [
            f"province accuracy: {self.correct}/{self.labelled} = {self.accuracy:.4f}",
            f"national rows given a province: {self.national_given_province}/{self.national}",
            f"unlabelled rows given a province: {self.unlabelled_given_province}/{self.unlabelled}",
            f"rows that failed to import: {self.failed}",
        ]


class _Rollback(Exception):
    pass


def evaluate_regions(path: Path, *, limit: int | None = None) -> RegionReport:
    report = RegionReport()
    canonical_label = {}
    try:
        with transaction.atomic():
            for number, line in enumerate(path.read_bytes().splitlines(), start=1):
                if limit and number > limit:
                    break
                row = json.loads(line)
                label = (row.get("province") or "").strip()
                record = {k: v for k, v in row.items() if k not in LABEL_FIELDS}
                raw = json.dumps(record, ensure_ascii=False).encode("utf-8")
                outcome = article_ingest(raw=raw, origin=f"{path.name}:{number}", record=record)
                if outcome.article_id is None:
                    report.failed += 1
                    continue
                article = Article.objects.select_related("region__province").get(pk=outcome.article_id)
                predicted = article.region.province_name if article.region else None
                report.predicted[predicted] += 1
                if not row.get("province"):
                    report.unlabelled += 1
                    report.unlabelled_given_province += predicted is not None
                elif label in NATIONAL_LABELS:
                    report.national += 1
                    report.national_given_province += predicted is not None
                    if predicted is not None:
                        report.mistakes.append((number, label, predicted, row.get("title", "")))
                else:
                    if label not in canonical_label:
                        region = region_named(label, level="province")
                        canonical_label[label] = region.name if region else label
                    report.labelled += 1
                    if predicted == canonical_label[label]:
                        report.correct += 1
                    else:
                        report.mistakes.append((number, canonical_label[label], predicted, row.get("title", "")))
            raise _Rollback
    except _Rollback:
        pass
    return report

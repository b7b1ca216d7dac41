"""Measuring ``infer_region`` against a labelled corpus (JSON lines).

Each row has title, body, source_name, source_url and a province label: a
province's full name, 全国 for national news, or null when unlabelled. The
label is never shown to the inference.
"""

from __future__ import annotations

import json
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

from .gazetteer import load_gazetteer
from .inference import RegionGuess, infer_region

NATIONAL_LABEL = "全国"
SHORT_LABELS = {"香港": "810000", "澳门": "820000", "台湾": "710000"}


@dataclass(frozen=True)
class Miss:
    row_id: str
    label: str
    guessed: str | None
    title: str
    evidence: tuple[str, ...]


@dataclass
class Report:
    province_rows: int = 0
    province_correct: int = 0
    province_none: int = 0
    national_rows: int = 0
    national_given_province: int = 0
    unlabelled_rows: int = 0
    unlabelled_given_region: int = 0
    seconds: float = 0.0  # wall clock
    cpu_seconds: float = 0.0  # this process only: stable on a busy machine
    misses: list[Miss] = field(default_factory=list)
    unlabelled_provinces: Counter = field(default_factory=Counter)

    @property
    def rows(self) -> int:
        return self.province_rows + self.national_rows + self.unlabelled_rows

    @property
    def province_accuracy(self) -> float:
        return self.province_correct / self.province_rows if self.province_rows else 0.0

    @property
    def national_false_province_rate(self) -> float:
        return self.national_given_province / self.national_rows if self.national_rows else 0.0

    @property
    def articles_per_second(self) -> float:
        return self.rows / self.seconds if self.seconds else 0.0

    @property
    def articles_per_cpu_second(self) -> float:
        return self.rows / self.cpu_seconds if self.cpu_seconds else 0.0


def read_rows(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as lines:
        return [json.loads(line) for line in lines if line.strip()]


def label_code(label: str) -> str | None:
    """Province code of a label such as 湖北省 or 香港; None for 全国."""
    if label in SHORT_LABELS:
        return SHORT_LABELS[label]
    for province in load_gazetteer().provinces():
        if label in (province.name, province.short_name):
            return province.code
    raise ValueError(f"Unknown province label: {label!r}")


def measure(rows: Iterable[dict]) -> Report:
    rows = list(rows)
    infer_region(title="", body="")  # load the gazetteer and name index untimed
    started, cpu_started = time.perf_counter(), time.process_time()
    guesses = [
        infer_region(
            title=row.get("title") or "",
            body=row.get("body") or "",
            source_name=row.get("source_name") or "",
            source_url=row.get("source_url") or "",
        )
        for row in rows
    ]
    report = score(rows, guesses)
    report.seconds = time.perf_counter() - started
    report.cpu_seconds = time.process_time() - cpu_started
    return report


def score(rows: Iterable[dict], guesses: Iterable[RegionGuess]) -> Report:
    """Compare guesses (from the pure function, or from articles the import made) with the labels."""
    gazetteer = load_gazetteer()
    report = Report()
    for row, guess in zip(rows, guesses, strict=True):
        label = row.get("province")
        guessed_province = gazetteer[guess.code].province_code if guess.code else None
        if label is None:
            report.unlabelled_rows += 1
            if guessed_province:
                report.unlabelled_given_region += 1
                report.unlabelled_provinces[gazetteer[guessed_province].short_name] += 1
        elif label == NATIONAL_LABEL:
            report.national_rows += 1
            if guessed_province:
                report.national_given_province += 1
                report.misses.append(_miss(row, label, guessed_province, guess))
        else:
            report.province_rows += 1
            if guessed_province == label_code(label):
                report.province_correct += 1
            else:
                report.province_none += guessed_province is None
                report.misses.append(_miss(row, label, guessed_province, guess))
    return report


def _miss(row: dict, label: str, guessed: str | None, guess: RegionGuess) -> Miss:
    name = load_gazetteer()[guessed].name if guessed else None
    return Miss(str(row.get("id", "")), label, name, row.get("title") or "", guess.evidence)

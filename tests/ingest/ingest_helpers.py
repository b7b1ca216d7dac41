"""Shared paths and loaders for the ingest tests (a plain module: conftest is not importable by name)."""

import json
from pathlib import Path

SAMPLES = Path(__file__).parent / "samples"
SHARED_CORPUS = Path(__file__).resolve().parents[3] / "shared" / "corpora" / "dxy-news-2020" / "dev.jsonl"
PAGE_SUFFIXES = (".txt", ".html", ".htm")


def sample_pages() -> list[Path]:
    return sorted(p for p in SAMPLES.iterdir() if p.suffix in PAGE_SUFFIXES)


def expected_for(page: Path) -> dict:
    return json.loads((SAMPLES / f"{page.stem}.expected.json").read_text(encoding="utf-8"))


def seed_path(number: str) -> Path:
    (path,) = SAMPLES.glob(f"{number}_*.txt")
    return path


def seed_text(number: str) -> str:
    return seed_path(number).read_text(encoding="utf-8")

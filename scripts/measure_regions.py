"""Measure region inference on the labelled DXY news corpus.

    .venv/bin/python scripts/measure_regions.py [path/to/dev.jsonl] [--misses N]

Prints province accuracy (rows labelled with a province), the rate at which
national rows (全国) get a province, what happens on unlabelled rows, the
throughput, and the misclassified rows to study.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from archive.regions.measurement import measure, read_rows  # noqa: E402

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "dxy-news-2020" / "dev.jsonl"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--misses", type=int, default=200, help="misclassified rows to list")
    args = parser.parse_args()

    report = measure(read_rows(args.corpus))
    print(f"corpus: {args.corpus} ({report.rows} rows)")
    print(
        f"province accuracy: {report.province_accuracy:.4f} "
        f"({report.province_correct}/{report.province_rows}; "
        f"{report.province_none} given no region)"
    )
    print(
        f"national rows given a province: {report.national_false_province_rate:.4f} "
        f"({report.national_given_province}/{report.national_rows})"
    )
    print(
        f"unlabelled rows given a region: {report.unlabelled_given_region}/{report.unlabelled_rows}; "
        f"top provinces: {report.unlabelled_provinces.most_common(8)}"
    )
    print(
        f"throughput: {report.articles_per_second:.0f} articles/s wall clock ({report.seconds:.2f} s), "
        f"{report.articles_per_cpu_second:.0f} per CPU second, one process"
    )
    misses = report.misses[: args.misses]
    if misses:
        print(f"\nmisclassified ({len(report.misses)}, showing {len(misses)}):")
        for miss in misses:
            print(f"  [{miss.label} → {miss.guessed}] {miss.title}  | {'; '.join(miss.evidence[:5])}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

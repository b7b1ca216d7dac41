"""Which labelled pages have a local text, and whether each text is the one that was labelled.

    python scripts/check_page_texts.py tests/realpages/pages tests/realpages/labels.tsv [more.tsv …]

Page texts are never committed (tests/realpages/README.md), so a new machine has none: they are copied again
from the search tool's `pages` corpus, one per labelled address. A copy is the labelled text when every junk
and keep digest of its row matches a window of it (archive/label_markers.py). Prints one line per page that is
missing or differs, then a count per label file.
"""
from __future__ import annotations

import csv
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from archive.label_markers import is_digest, recover_markers  # noqa: E402

MARKER_COLUMNS = ("junk", "keep")


def check_file(pages_dir: Path, labels: Path) -> tuple[int, int, int]:
    """(pages present and matching, pages missing, pages whose text differs from the labelled one)."""
    with labels.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))
    matching = missing = differing = 0
    for row in rows:
        page = pages_dir / f"{row['id']}.txt"
        if not page.exists():
            missing += 1
            print(f"{labels.name}: {row['id']}: no text ({row['url']})")
            continue
        digests = tuple(m.strip() for column in MARKER_COLUMNS for m in row[column].split("|") if is_digest(m.strip()))
        _, unmatched = recover_markers(digests, page.read_text(encoding="utf-8"))
        if unmatched:
            differing += 1
            print(f"{labels.name}: {row['id']}: {len(unmatched)} of {len(digests)} markers not in the text")
        else:
            matching += 1
    return matching, missing, differing


def main(argv: list[str]) -> None:
    if len(argv) < 2:
        raise SystemExit(__doc__)
    pages_dir = Path(argv[0])
    for labels in map(Path, argv[1:]):
        matching, missing, differing = check_file(pages_dir, labels)
        print(f"{labels}: {matching} texts as labelled, {missing} missing, {differing} differing")


if __name__ == "__main__":
    main(sys.argv[1:])

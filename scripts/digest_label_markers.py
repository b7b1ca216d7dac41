"""Replace the plain junk and keep markers of real-page label files by digests, in place.

    python scripts/digest_label_markers.py tests/realpages/pages tests/realpages/labels.tsv [more.tsv …]

A labeller writes markers as quotes of the page; they are page text, which is never committed. Run this before
committing a label file: every plain marker is checked against its page text and replaced by ``#<length>:<digest>``
(see archive/label_markers.py), which the evaluator turns back into the quote from the local page text.
"""
from __future__ import annotations

import csv
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from archive.label_markers import is_digest, marker_digest  # noqa: E402

MARKER_COLUMNS = ("junk", "keep")


def digest_file(pages_dir: Path, labels: Path) -> int:
    with labels.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        columns, rows = reader.fieldnames, list(reader)
    changed = 0
    for number, row in enumerate(rows, start=2):
        page = pages_dir / f"{row['id']}.txt"
        text = page.read_text(encoding="utf-8") if page.exists() else None
        for column in MARKER_COLUMNS:
            markers = [m.strip() for m in row[column].split("|") if m.strip()]
            for marker in markers:
                if is_digest(marker):
                    continue
                if text is None or marker not in text:
                    raise SystemExit(f"{labels}:{number}: {column} marker {marker!r} is not in {page}")
                changed += 1
            row[column] = "|".join(m if is_digest(m) else marker_digest(m) for m in markers)
    with labels.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, columns, delimiter="\t", quoting=csv.QUOTE_NONE, quotechar=None, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    return changed


def main(argv: list[str]) -> None:
    if len(argv) < 2:
        raise SystemExit(__doc__)
    pages_dir = Path(argv[0])
    for labels in map(Path, argv[1:]):
        print(f"{labels}: {digest_file(pages_dir, labels)} markers digested")


if __name__ == "__main__":
    main(sys.argv[1:])

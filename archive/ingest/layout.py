"""Pages that lost their line breaks: a content farm's copy runs a whole notice into one line, its paragraphs,
signature and date kept apart by spaces only ('…特此通告。 某市…指挥部 年12月23日 重要发布 12月15日以来,…').

Such a line is split back where a paragraph plainly ended (a space after a full stop or a colon) and around a
date standing alone between spaces (a signed date), so that the rules that read a page line by line (the
salutation, the signature, what follows the article) can see them. Spaces inside a sentence stay.
"""

from __future__ import annotations

import re

# Only long lines are split: a headline or a dateline with a space in it is not a page run together.
RUN_ON_MIN_LENGTH = 200
RUN_ON_MIN_GAPS = 2
_GAP = re.compile(r"(?<=\S)\s+(?=\S)")
_AFTER_A_STOP = re.compile(r"(?:(?<=[。!?;:])|(?<=特此[通公]告))\s+(?=\S)")
# '年12月23日' (a year lost in copying), '2022年12月23日', '2022-12-23 10:05', '发布:2022年6月8日'
_LONE_DATE = re.compile(r"(?<=\S)\s+((?:(?:发布|发布时间|发布日期|时间|日期)\s*:\s*)?"
                        r"(?:(?:\d{4}\s*)?年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|20\d{2}[-/.]\d{1,2}[-/.]\d{1,2}"
                        r"(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?))\s+(?=\S)")  # (at the line's end, 'ORG DATE' is read whole)


def split_run_on_lines(lines: list[str]) -> list[str]:
    """The page's lines, with each long line that holds several paragraphs split into them."""
    split: list[str] = []
    for line in lines:
        if len(line) < RUN_ON_MIN_LENGTH or len(_GAP.findall(line.strip())) < RUN_ON_MIN_GAPS:
            split.append(line)
            continue
        marked = _LONE_DATE.sub(lambda m: f"\n{m.group(1)}\n", line.strip())
        split.extend(piece for piece in _AFTER_A_STOP.sub("\n", marked).split("\n") if piece.strip())
    return split

"""Pages that lost their line breaks: a content farm's copy runs a whole notice into one line, its paragraphs,
signature and date kept apart by spaces only ('…特此通告。 某市…指挥部 年12月23日 重要发布 12月15日以来,…').

Such a line is split back where a paragraph plainly ended (a space after a full stop or a colon) and around a
date standing alone between spaces (a signed date), so that the rules that read a page line by line (the
salutation, the signature, what follows the article) can see them. Spaces inside a sentence stay. So is a
dateline whose source runs straight into the lead ('时间:2021-08-16 14:48:34 来源:内江广播电视台为打赢…').
"""

from __future__ import annotations

import re

from archive.chinese_text import match_key

# Only long lines are split: a headline or a dateline with a space in it is not a page run together.
RUN_ON_MIN_LENGTH = 200
RUN_ON_MIN_GAPS = 2
_GAP = re.compile(r"(?<=\S)\s+(?=\S)")
_AFTER_A_STOP = re.compile(r"(?:(?<=[。!?;:])|(?<=特此[通公]告))\s+(?=\S)")
# '年12月23日' (a year lost in copying), '2022年12月23日', '2022-12-23 10:05', '发布:2022年6月8日'
_LONE_DATE = re.compile(r"(?<=\S)\s+((?:(?:发布|发布时间|发布日期|时间|日期)\s*:\s*)?"
                        r"(?:(?:\d{4}\s*)?年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|20\d{2}[-/.]\d{1,2}[-/.]\d{1,2}"
                        r"(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?))\s+(?=\S)")  # (at the line's end, 'ORG DATE' is read whole)


# A dateline's source, an organisation's name, with the lead's first words glued on (on the line's match key).
_DATELINE_INTO_LEAD = re.compile(
    r"^\s*(?:发布时间|发布日期|时间|日期)\s*:\s*20\d{2}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?"
    r"\s*来源\s*:\s*[\u4e00-\u9fff]{2,16}?(?:广播电视台|电视台|日报|报社|融媒体中心|人民政府|办公室|指挥部)"
    r"(?=(?:为|据|近日|连日来|日前|\d{1,2}月)[\u4e00-\u9fff\d]{8})")
# A reprint's original title and source, with the lead glued on after two spaces or more.
_ORIGINAL_TITLE_INTO_LEAD = re.compile(r"^\s*[(]?(?:原标题|原题)\s*:.{4,80}?来源\s*:\s*\S{2,20}?(?=\s{2,}\S{10})")


def split_run_on_lines(lines: list[str]) -> list[str]:
    """The page's lines, with each long line that holds several paragraphs split into them."""
    split: list[str] = []
    for line in lines:
        # (the dateline, then the lead; 源 of 来源/來源 is a cheap guard before the folding match_key)
        glued = "源" in line and _DATELINE_INTO_LEAD.match(match_key(line))
        # ('原标题:…来源:湖南省政府门户网站  2月18日上午,…': a reprint's original title and source, then the lead)
        glued = glued or ("原" in line and _ORIGINAL_TITLE_INTO_LEAD.match(match_key(line)))
        if glued:
            split.extend([line[:glued.end()], line[glued.end():]])
            continue
        if len(line) < RUN_ON_MIN_LENGTH or len(_GAP.findall(line.strip())) < RUN_ON_MIN_GAPS:
            split.append(line)
            continue
        marked = _LONE_DATE.sub(lambda m: f"\n{m.group(1)}\n", line.strip())
        split.extend(piece for piece in _AFTER_A_STOP.sub("\n", marked).split("\n") if piece.strip())
    return split

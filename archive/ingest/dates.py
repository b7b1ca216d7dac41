"""Find dates in Chinese page text: 2022年09月02日 05时13分, 2022-05-25, 2022年9月, 11月23日 (and a template's
English 'Nov 11, 2022').

Works on a match key (see ``archive.chinese_text.match_key``) so offsets index the original line.
"""

import re
from dataclasses import dataclass
from datetime import date

from ..edtf import DAY, MONTH, MONTH_DAY, UNKNOWN  # noqa: F401  (one definition of the precisions)

_MIN_YEAR, _MAX_YEAR = 1990, 2035  # outside this, a 4-digit number is not a news date
_TIME_CN = r"(?:\s*(?:[01]?\d|2[0-3])\s*[时:点]\s*[0-5]?\d\s*分?(?:\s*[0-5]?\d\s*秒)?)?"
_TIME_NUM = r"(?:(?:\s+|T)(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d)?)?"

# Dates in Chinese numerals, as official documents sign them: 二〇二二年一月十五日, (一月十五日).
_CN_DIGITS = "〇零一二三四五六七八九"
_CN_MONTH = r"(十[一二]|十|[一二三四五六七八九])"
_CN_DAY = r"(三十一|三十|二十[一二三四五六七八九]?|十[一二三四五六七八九]?|[一二三四五六七八九])"

_EN_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_EN_MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?"
             r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)(?![a-z])")

# Most specific first; later patterns skip spans already taken.
_PATTERNS = (
    (DAY, re.compile(rf"(?<!\d)(\d{{4}})\s*年\s*(\d{{1,2}})\s*月\s*(\d{{1,2}})\s*[日号]{_TIME_CN}")),
    # (a Korean outlet's Chinese service dates its pages in Korean: '기사입력 : 2022년01월20일 10:20')
    (DAY, re.compile(r"(?<!\d)(\d{4})\s*년\s*(\d{1,2})\s*월\s*(\d{1,2})\s*일")),
    (DAY, re.compile(rf"(?<!\d)(\d{{4}})([-/.])(\d{{1,2}})\2(\d{{1,2}})(?!\d){_TIME_NUM}")),
    # (its view count glued to the day, then an unknown author: '今日新闻 2021-04-02151未知')
    (DAY, re.compile(r"(?<!\d)(20\d{2})(-)(\d{2})-(\d{2})(?=\d{1,6}\s*(?:未知|佚名|admin))", re.I)),
    # (spaced out by a site's template: '發布日期: 2020- 01- 30 20: 13')
    (DAY, re.compile(r"(?<!\d)(\d{4})(-) (\d{1,2})- (\d{1,2})(?!\d)(?:\s+(?:[01]?\d|2[0-3]): ?[0-5]\d)?")),
    (MONTH, re.compile(r"(?<!\d)(\d{4})\s*年\s*(\d{1,2})\s*月(?!\s*\d)")),
    (DAY, re.compile(rf"(?<![\d.])(\d{{1,2}})\.(\d{{1,2}})\.(\d{{4}})(?![\d.]){_TIME_NUM}")),  # 14.01.2022
    # 22/5/2022: day first, as Hong Kong and European pages write it; only when the day cannot be a month
    # (5/6/2022 may be either way round)
    (DAY, re.compile(rf"(?<![\d/])(1[3-9]|2\d|3[01])/(0?[1-9]|1[0-2])/(\d{{4}})(?![\d/]){_TIME_NUM}")),
    # In English, as a site's template may print it: 'Nov 11, 2022', '11 November 2022'
    (DAY, re.compile(rf"(?<![A-Za-z])(?P<month>{_EN_MONTH})\.?\s+(\d{{1,2}}),?\s+(\d{{4}})(?!\d)", re.I)),
    (DAY, re.compile(rf"(?<![\d.])(\d{{1,2}})\s+(?P<month>{_EN_MONTH})\.?,?\s+(\d{{4}})(?!\d)", re.I)),
    # A month-day with its clock time, as a feed copy's dateline prints it ('河南疾控 04-20 15:10 阅读 208'): both
    # numbers in two digits, so neither a range (9-12) nor a score.
    (MONTH_DAY, re.compile(r"(?<![\d\-/.:])(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])"
                           r"\s+(?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d)?(?![\d:-])")),
    # A month-day; '年4月22日' and '1年1月31日' (a year lost or cut to a digit in scraping) are too.
    (MONTH_DAY, re.compile(r"(?<!\d)(?<!\d\d年)(?<!\d\d\s年)(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]")),
    (DAY, re.compile(rf"(?<![{_CN_DIGITS}])([{_CN_DIGITS}]{{4}})\s*年\s*{_CN_MONTH}\s*月\s*{_CN_DAY}\s*[日号]")),
    (MONTH_DAY, re.compile(rf"(?<![{_CN_DIGITS}年十])(?<!每){_CN_MONTH}\s*月\s*{_CN_DAY}\s*[日号]")),
)


@dataclass(frozen=True)
class DateMatch:
    start: int
    end: int
    precision: str
    year: int | None
    month: int
    day: int | None

    def as_date(self) -> date | None:
        """A calendar date when the year is known (the 1st for month precision)."""
        if self.year is None:
            return None
        return date(self.year, self.month, self.day or 1)


def find_dates(key: str) -> list[DateMatch]:
    found: list[DateMatch] = []
    for precision, pattern in _PATTERNS:
        for m in pattern.finditer(key):
            if any(m.start() < f.end and f.start < m.end() for f in found):
                continue
            parsed = _parse(precision, m)
            if parsed:
                found.append(parsed)
    return sorted(found, key=lambda d: d.start)


_CN_VALUE = {c: i for i, c in enumerate("〇一二三四五六七八九")} | {"零": 0}


def _cn_number(text: str) -> str:
    """二〇二二 → 2022 (digit by digit); 十五 → 15, 二十 → 20, 三十一 → 31."""
    if "十" not in text:
        return "".join(str(_CN_VALUE[c]) for c in text)
    tens, _, units = text.partition("十")
    return str((_CN_VALUE[tens] if tens else 1) * 10 + (_CN_VALUE[units] if units else 0))


def _parse(precision: str, m: re.Match) -> DateMatch | None:
    groups = [g if g.isascii() else _cn_number(g) for g in m.groups() if g and (g.isdigit() or not g.isascii())]
    numbers = [int(g) for g in groups]
    if "month" in m.re.groupindex:  # (named in English: 'Nov 11, 2022', '11 Nov 2022')
        (day, year), month = numbers, _EN_MONTHS.index(m.group("month")[:3].lower()) + 1
    elif precision == MONTH_DAY:
        year, (month, day) = None, numbers
    elif precision == MONTH:
        (year, month), day = numbers, None
    elif len(groups) == 3 and len(groups[2]) == 4:  # DD.MM.YYYY, DD/MM/YYYY
        day, month, year = numbers
    else:
        year, month, day = numbers
    if year is not None and not _MIN_YEAR <= year <= _MAX_YEAR:
        return None
    try:
        # 2020 is a leap year, so 2月29日 without a year stays possible.
        date(year or 2020, month, day or 1)
    except ValueError:
        return None
    return DateMatch(m.start(), m.end(), precision, year, month, day)

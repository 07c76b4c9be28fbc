"""Periods for the diff: a day ``2024-11-01``, a month ``2024-11``, a year ``2024``, or a
range ``FROM..TO`` whose ends are any of those (FROM stands for its first day, TO for its last).

>>> parse_period("2024-11")
Period(label='2024-11', start=datetime.date(2024, 11, 1), end=datetime.date(2024, 11, 30))
>>> parse_period("2022..2023-06").end
datetime.date(2023, 6, 30)
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

from ontology.errors import StancegraphError

_ONE = re.compile(r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?")
_HELP = "use YYYY, YYYY-MM, YYYY-MM-DD or FROM..TO"


@dataclass(frozen=True)
class Period:
    label: str
    start: dt.date
    end: dt.date

    def to_dict(self) -> dict[str, Any]:
        return {"label": self.label, "from": self.start.isoformat(), "to": self.end.isoformat()}

    def __str__(self) -> str:
        return self.label


def _bounds(text: str, whole: str) -> tuple[dt.date, dt.date]:
    m = _ONE.fullmatch(text)
    if not m:
        raise StancegraphError(f"not a period: {whole!r} ({_HELP})")
    year = int(m[1])
    if year < 1:
        raise StancegraphError(f"not a period: {whole!r} (year {year})")
    if m[2] is None:
        return dt.date(year, 1, 1), dt.date(year, 12, 31)
    month = int(m[2])
    if not 1 <= month <= 12:
        raise StancegraphError(f"not a period: {whole!r} (month {month})")
    last = calendar.monthrange(year, month)[1]
    if m[3] is None:
        return dt.date(year, month, 1), dt.date(year, month, last)
    day = int(m[3])
    if not 1 <= day <= last:
        raise StancegraphError(f"not a period: {whole!r} (day {day})")
    d = dt.date(year, month, day)
    return d, d


def parse_period(text: str) -> Period:
    """The period that ``text`` names; StancegraphError (one line) when it names none."""
    raw = str(text)
    value = raw.strip()
    if ".." in value:
        left, _, right = value.partition("..")
        left, right = left.strip(), right.strip()
        if not left or not right:
            raise StancegraphError(f"not a period: {raw!r} (a range needs both ends: FROM..TO)")
        start, _ = _bounds(left, raw)
        _, end = _bounds(right, raw)
        if start > end:
            raise StancegraphError(
                f"not a period: {raw!r} (starts {start.isoformat()}, after it ends "
                f"{end.isoformat()})")
        return Period(f"{left}..{right}", start, end)
    start, end = _bounds(value, raw)
    return Period(value, start, end)

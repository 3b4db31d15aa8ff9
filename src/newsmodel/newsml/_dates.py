"""Strict NewsML-G2 date reading and writing that names every tolerated deviation."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from typing import Final, Literal

from newsmodel._model import DateValue, PartialDate
from newsmodel.dates import whole_minute_offset

__all__ = ["DateKind", "format_date", "read_date"]

#: ``"datetime"``: xs:dateTime (versionCreated, firstCreated, sent, embargoed).
#: ``"truncated"``: TruncatedDateTimeType = date | dateTime | gYearMonth | gYear
#: (contentCreated, contentModified).
DateKind = Literal["datetime", "truncated"]

#: ``report(code, message)`` for a tolerated deviation.
Reporter = Callable[[str, str], None]

# XML Schema 1.1 Part 2 §3.3.7 dateTime, plus the deviations real feeds send: a space for
# "T", and a zone without its colon ("+0100", ANSA).
_DATETIME = re.compile(
    r"^(?P<y>-?\d{4,})-(?P<m>\d{2})-(?P<d>\d{2})(?P<sep>[T ])(?P<H>\d{2}):(?P<M>\d{2})"
    r"(?::(?P<S>\d{2})(?:\.(?P<f>\d+))?)?(?P<z>Z|[+-]\d{2}:?\d{2})?$"
)
# XML Schema §3.3.9 date, §3.3.14 gYearMonth, §3.3.11 gYear (each with an optional zone).
_DATE = re.compile(r"^(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?P<z>Z|[+-]\d{2}:\d{2})?$")
_YEAR_MONTH = re.compile(r"^(?P<y>\d{4})-(?P<m>\d{2})(?P<z>Z|[+-]\d{2}:\d{2})?$")
_YEAR = re.compile(r"^(?P<y>\d{4})(?P<z>Z|[+-]\d{2}:\d{2})?$")

_UTC: Final = dt.UTC


def _zone(text: str) -> dt.tzinfo:
    if text == "Z":
        return _UTC
    sign = -1 if text[0] == "-" else 1
    digits = text[1:].replace(":", "")
    offset = dt.timedelta(hours=int(digits[:2]), minutes=int(digits[2:]))
    if offset >= dt.timedelta(hours=24):
        raise ValueError(f"offset out of range: {text}")
    return dt.timezone(sign * offset)


def _datetime(match: re.Match[str], report: Reporter) -> dt.datetime:
    if match.group("sep") == " ":
        report("newsml.date-separator", "date and time are separated by a space instead of 'T'")
    if match.group("S") is None:
        report("newsml.date-no-seconds", "the time has no seconds")
    zone = match.group("z")
    if zone is None:
        report("newsml.date-no-zone", "the time has no zone offset; UTC assumed")
        tzinfo: dt.tzinfo = _UTC
    else:
        if zone != "Z" and ":" not in zone:
            report("newsml.date-offset-colon", f"zone offset {zone!r} lacks its colon")
        tzinfo = _zone(zone)
    fraction = (match.group("f") or "0")[:6].ljust(6, "0")
    return dt.datetime(
        int(match.group("y")),
        int(match.group("m")),
        int(match.group("d")),
        int(match.group("H")),
        int(match.group("M")),
        int(match.group("S") or 0),
        int(fraction),
        tzinfo=tzinfo,
    )


def read_date(text: str | None, kind: DateKind, report: Reporter) -> DateValue | None:
    """Read a NewsML-G2 date value, reporting each tolerated deviation.

    Args:
        text: The element text (``None`` or blank for an empty element).
        kind: Which schema type the element has.
        report: Called as ``report(code, message)`` for each deviation.

    Returns:
        An aware datetime, a date, a :class:`~newsmodel.PartialDate`, or ``None`` when the
        value is empty or unreadable (both reported).

    Example:
        >>> notes = []
        >>> read_date(" 2016-01-12 12:35:40+0100 ", "datetime", lambda c, m: notes.append(c))
        datetime.datetime(2016, 1, 12, 12, 35, 40, tzinfo=datetime.timezone(datetime.timedelta(seconds=3600)))
        >>> notes
        ['newsml.date-whitespace', 'newsml.date-separator', 'newsml.date-offset-colon']
        >>> read_date("2016-02", "truncated", print)
        PartialDate(year=2016, month=2)
    """
    if text is None or not text.strip():
        report("newsml.date-empty", "the date is empty")
        return None
    value = text.strip()
    if value != text:
        report("newsml.date-whitespace", "white space around the date")
    try:
        match = _DATETIME.match(value)
        if match is not None:
            return _datetime(match, report)
        if kind == "truncated":
            if (match := _DATE.match(value)) is not None:
                return dt.date(int(match.group("y")), int(match.group("m")), int(match.group("d")))
            if (match := _YEAR_MONTH.match(value)) is not None:
                return PartialDate(year=int(match.group("y")), month=int(match.group("m")))
            if (match := _YEAR.match(value)) is not None:
                return PartialDate(year=int(match.group("y")))
        elif (match := _DATE.match(value)) is not None:
            report("newsml.date-no-time", "a date where a date and time is required")
            return dt.date(int(match.group("y")), int(match.group("m")), int(match.group("d")))
    except ValueError as exc:  # an impossible month, day, hour or offset; InvalidModelError is a ValueError
        report("newsml.date-invalid", f"impossible date {value!r}: {exc}")
        return None
    report("newsml.date-invalid", f"not a {'date' if kind == 'truncated' else 'date and time'}: {value!r}")
    return None


def format_date(value: DateValue) -> str:
    """Write a date value in the form NewsML-G2 expects, keeping its precision.

    A datetime keeps its offset, unless the offset has seconds (local mean time, Asia/Jakarta
    before 1924): xs:dateTime cannot carry them, so the same instant is written in UTC
    (``newsmodel.dates.whole_minute_offset``).

    Example:
        >>> format_date(dt.datetime(2025, 7, 4, 8, 15, tzinfo=dt.timezone(dt.timedelta(hours=7))))
        '2025-07-04T08:15:00+07:00'
        >>> format_date(dt.datetime(1910, 1, 1, 8, 0, tzinfo=dt.timezone(dt.timedelta(hours=7, seconds=432))))
        '1910-01-01T00:52:48Z'
        >>> format_date(PartialDate(year=2025, month=7)), format_date(dt.date(2025, 7, 4))
        ('2025-07', '2025-07-04')
    """
    if isinstance(value, dt.datetime):
        value = whole_minute_offset(value)
        text = value.isoformat(timespec="microseconds" if value.microsecond else "seconds")
        return text[:-6] + "Z" if text.endswith("+00:00") and value.utcoffset() == dt.timedelta(0) else text
    if isinstance(value, dt.date):
        return value.isoformat()
    return value.isoformat()

"""Read and write dates as Indonesian news sites print them: the one place that knows dates.

:func:`parse_date` reads one date from a short, noisy string (a byline, a meta value, an
RSS ``pubDate``), :func:`find_dates` finds the dates inside running text with their
character spans, and :func:`format_date` writes a value back with babel (CLDR styles, or
the ``news`` style of Indonesian sites).

How a string is read: one compiled regex splits it into tokens (ISO 8601 stamps, numeric
dates, clock times, numbers, words, punctuation); words are looked up in tables built once
from babel's CLDR data for ``id`` and ``en`` (see :mod:`newsmodel._dates_lexicon`);
neighbouring tokens joined only by separators (``,`` ``|`` ``-`` ``–`` ``/`` parentheses,
filler words such as ``pukul``) form a group, and each group fills the slots of one date
(weekday, day, month, year, time, zone). Words the tables do not know (labels such as
``Diperbarui``, outlet names) end a group, so they may stand around a date but not inside it.

Rules that decide a value:

- Numeric dates are day first (``03/07/2025`` is 3 July) unless ``language`` names a locale
  whose CLDR short date is month first (``en``, ``en-US``); ``2025/07/04`` is always
  year first.
- A time without a zone is in ``default_tz``. ``WIB``, ``WITA`` and ``WIT`` (and their long
  names) are the zones ``Asia/Jakarta``, ``Asia/Makassar`` and ``Asia/Jayapura``: UTC+7, +8
  and +9 for every date since 1964, tzdata's historical offset before. ``GMT``, ``UTC``,
  ``Z`` and numeric offsets give a fixed offset (``+07``, ``+0700``, ``+07:00``, and with
  seconds, as local mean time has them, ``+07:07:12``). Two zones for one time must agree; a
  zone newsmodel does not know right after the time (``14:30 CEST``, ``pukul 10.00 waktu
  setempat``) and a malformed offset glued to an ISO 8601 time (``08:15:00+7``) raise rather
  than read the time in ``default_tz``.
- A short string with two different dates raises; the same date printed twice is fine.
- A weekday that contradicts the date (``Senin, 4 Juli 2025``; 4 July 2025 was a Friday)
  raises :class:`~newsmodel.exceptions.DateParseError`. A year-less date (``Kamis (14/3)``)
  takes the reference's year, or the year before when only that year matches the weekday.
- Relative expressions (``2 jam lalu``, ``kemarin``) count back from ``reference`` seen in
  ``default_tz``. Minutes and hours give a datetime, days and weeks a date, months and years
  a :class:`~newsmodel.PartialDate`.
- Two-digit years (``03/07/25``) are placed in the century that puts them at most 20 years
  after the reference.

Example:
    >>> import datetime as dt
    >>> from newsmodel.dates import parse_date, format_date
    >>> parse_date("Jumat, 4 Juli 2025 | 08:15 WIB").isoformat()
    '2025-07-04T08:15:00+07:00'
    >>> format_date(dt.date(2025, 7, 4))
    'Jumat, 4 Juli 2025'
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Callable
from typing import Final, Literal, NamedTuple, TypeAlias, cast
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import attrs
from babel import Locale, UnknownLocaleError
from babel.dates import format_datetime, format_skeleton, get_date_format, get_datetime_format, get_time_format

from newsmodel import _dates_lexicon as lex
from newsmodel._model import DateValue, PartialDate
from newsmodel._text import alternation
from newsmodel.exceptions import DateParseError

__all__ = ["DateMatch", "DateStyle", "find_dates", "format_date", "parse_date", "zone_label"]

#: The styles :func:`format_date` writes.
DateStyle: TypeAlias = Literal["news", "full", "long", "medium", "short", "iso"]
_CldrStyle: TypeAlias = Literal["full", "long", "medium", "short"]

_UTC: Final = dt.UTC
_MINUTE: Final = dt.timedelta(minutes=1)


_UNITS: Final = alternation(lex.RELATIVE_UNITS)
_PHRASE_DAYS: Final = alternation(w for w in lex.RELATIVE_DAYS if " " in w)
# A numeric UTC offset: ±HH, ±HH:MM or ±HHMM (ISO 8601 section 4.2.5.1), with seconds
# (±HH:MM:SS, ±HHMMSS) for historical local mean time.
_OFFSET: Final = r"[+-]\d{2}(?::?\d{2}(?::?\d{2})?)?"

# One tokenizer for everything. White space is skipped first; then one branch for tokens
# that start with a digit and one for tokens that start with a letter, so that each
# position tries only the alternatives that can match there (speed: one pass, no backtracking
# across branches). Within a branch the alternatives are tried in order.
_TOKEN: Final = re.compile(
    r"\s+"
    r"|(?=\d)(?:"
    # ISO 8601 / RFC 3339 date, optional time, fraction and offset (section 5.6); also
    # the "2025-07-04 08:15:00" form that sites print in meta tags.
    r"(?P<iso>(?<!\d)(?P<iy>\d{4})-(?P<im>\d{2})-(?P<id>\d{2})"
    r"(?:[T\s](?P<ih>\d{2}):(?P<imin>\d{2})(?::(?P<isec>\d{2})(?:[.,](?P<ifrac>\d{1,9}))?)?"
    # The offset may have seconds, as local mean time has (tzdata's Asia/Jakarta before 1924
    # is +07:07:12, and isoformat() writes it so). Anything else of signs, digits and colons
    # glued to the time (a fraction of a second included) is a malformed offset: "izbad"
    # catches it so that it raises rather than leave the time in default_tz.
    r"(?:\s?(?P<iz>Z(?!\w)|" + _OFFSET + r"(?!\d|[.,]\d))|(?P<izbad>[+-][\d:]+(?:[.,]\d+)?))?)?(?![\d:-]))"
    # ISO 8601 basic format, with the "T" so that a bare 8-digit number is no date:
    # "20250704T081500Z" (section 4.3.2). Its offset as above, "jzbad" the malformed one.
    r"|(?P<isob>(?<!\d)(?P<jy>\d{4})(?P<jm>\d{2})(?P<jd>\d{2})T(?P<jh>\d{2})(?P<jmin>\d{2})(?P<jsec>\d{2})?"
    r"(?:(?P<jz>Z(?!\w)|" + _OFFSET + r"(?!\d))|(?P<jzbad>[+-][\d:]+))?(?![\d:]))"
    # ISO 8601 reduced precision: a calendar month "2025-07" (section 5.2.1.2).
    r"|(?P<isomonth>(?<!\d)(?P<imy>\d{4})-(?P<imm>\d{2})(?![\d-]))"
    # Relative time with a number: "2 jam lalu", "2 jam yang lalu", "5 minutes ago".
    rf"|(?P<rel>(?<!\w)(?P<rn>\d{{1,4}})\s*(?P<ru>{_UNITS})\s+(?:yang\s+)?(?:lalu|silam|ago)(?!\w))"
    # Clock time with a colon (detik, kompas, RFC 822): "14:30", "01:15:00 +0000".
    r"|(?P<time>(?<![\d:.])(?P<th>\d{1,2}):(?P<tm>\d{2})(?::(?P<ts>\d{2})(?:[.,](?P<tf>\d{1,9}))?)?(?!\d)"
    r"(?:\s?(?P<tz>" + _OFFSET + r")(?![\d:]))?)"
    # Numeric date, day or month first by locale, four-digit year: "03/07/2025", "13.11.2024".
    r"|(?P<dmy>(?<![\d/.-])(?P<a1>\d{1,2})(?P<s1>[/.-])(?P<a2>\d{1,2})(?P=s1)(?P<a3>\d{4})(?![/.-]?\d))"
    # Numeric date, year first: "2025/07/04", "2025.7.4".
    r"|(?P<ymd>(?<![\d/.-])(?P<b1>\d{4})(?P<s2>[/.-])(?P<b2>\d{1,2})(?P=s2)(?P<b3>\d{1,2})(?![/.-]?\d))"
    # Numeric date with a two-digit year, slash or dash only (CLDR short "dd/MM/yy").
    r"|(?P<dmy2>(?<![\d/.-])(?P<c1>\d{1,2})(?P<s3>[/-])(?P<c2>\d{1,2})(?P=s3)(?P<c3>\d{2})(?![/.-]?\d))"
    # Month and year (CLDR skeleton "yMM"): "7/2025".
    r"|(?P<my>(?<![\d/.-])(?P<d1>\d{1,2})/(?P<d2>\d{4})(?![/.-]?\d))"
    # Year-less body date (kompas "Kamis (14/3)").
    r"|(?P<dm>(?<![\d/.-])(?P<e1>\d{1,2})/(?P<e2>\d{1,2})(?![/.-]?\d))"
    # Clock time with dots, the CLDR "id" separator (tempo "14.30 WIB", babel "14.30.05").
    r"|(?P<dottime>(?<![\d.:])(?P<uh>\d{1,2})\.(?P<um>\d{2})(?:\.(?P<us>\d{2}))?(?![.:]?\d))"
    # A number, maybe an English ordinal ("4th") or glued to AM/PM ("8PM"); a number glued
    # to other letters is a word.
    r"|(?P<num>(?<!\w)\d+(?:st|nd|rd|th)?(?:(?!\w)|(?=[ap]\.?m\.?(?![\w.]))))"
    r"|(?P<dword>\d\w*)"
    r")|(?=[^\W\d_])(?:"
    # Phrases of several words, tried only where a word is followed by another word (speed).
    r"(?=[^\W\d_]+\s+[^\W\d_])(?:"
    # Relative time with a word: "sejam lalu", "dua hari lalu", "an hour ago".
    rf"(?P<relw>(?<!\w)(?:(?P<rw>{alternation(lex.NUMBER_WORDS)})\s+|se)(?P<ru2>{_UNITS})\s+(?:yang\s+)?"
    r"(?:lalu|silam|ago)(?!\w))"
    # The reference moment: "baru saja", "just now".
    rf"|(?P<relnow>(?<!\w)(?:{alternation(lex.RELATIVE_NOW)})(?!\w))"
    # Days named relative to today in several words: "hari ini", "kemarin lusa" (one-word
    # names such as "kemarin" are looked up as words).
    rf"|(?P<relday>(?<!\w)(?:{_PHRASE_DAYS})(?!\w))"
    # Long zone names as babel prints them (CLDR "zzzz"): "Waktu Indonesia Barat".
    rf"|(?P<zonename>(?<!\w)(?:{alternation(lex.ZONE_NAMES)})(?!\w))"
    r")"
    # Localized GMT format (CLDR "O"/"ZZZZ"): "GMT+07:00", "UTC+7".
    r"|(?P<gmt>(?=[GU])(?<!\w)(?:GMT|UTC|UT)(?P<goff>[+-]\d{1,2}(?::?\d{2}(?::?\d{2})?)?)(?![\d:]))"
    # 12-hour clock markers: "8:00 PM", "8 a.m.", glued to the time as in "8:15pm".
    rf"|(?P<ampm>(?=[AP])(?<![^\W\d_])(?:{alternation(lex.AMPM)})(?![\w.]))"
    # A word: letters, digits inside, an apostrophe inside (Jum'at).
    r"|(?P<word>\w+(?:['\u2019](?=\w)\w+)*)"
    # Any other visible character.
    r")|(?=[+-])(?:"
    # A numeric UTC offset after a time, apart from it (RFC 822 "+0000", babel "+0700");
    # seconds only for historical local mean time ("+07:07:12"). Not after a digit, so that
    # "2020-2025" stays a range.
    r"(?P<offset>(?<![\w+-])" + _OFFSET + r"(?![\d:]))"
    r")|(?P<punct>[^\w\s]|_)",
    re.IGNORECASE,
)

# Punctuation that may stand between the parts of one date: "Kamis, 3 Juli 2025 | 14:30",
# "Kamis (3/7/2025)", "Rabu, 17 Agustus 2022 - 10:00 WIB", "Dipublikasikan: ...",
# "8 Juli 2025 \u2022 10:30 WIB" (bullet bylines), "Jul 4, 2025 @ 8:15 AM".
_JOINERS: Final = frozenset(",|-\u2013\u2014/():[]\u2022\u00b7@")
_ORDINAL_SUFFIX: Final = re.compile(r"(?:st|nd|rd|th)$", re.IGNORECASE)  # English "4th"
#: Numbers with more digits than this are not converted (any date part has four at most).
_MAX_NUMBER_DIGITS: Final = 18

# Token kinds after word lookup.
_WDAY, _MONTH, _ZONE, _FILLER, _PART, _AMPM, _UNKNOWN = "wday", "month", "zone", "filler", "part", "ampm", "unknown"
_CORES: Final = frozenset(
    {"iso", "isob", "isomonth", "rel", "relw", "relnow", "relday", "dmy", "ymd", "dmy2", "my", "dm", _MONTH}
)
_TIMES: Final = frozenset({"time", "dottime"})
# An upper-case abbreviation ending in T right after a time ("14:30 CEST", "10.00 JST") is a
# time zone newsmodel does not know: reading the time in default_tz would be silently wrong.
_ZONE_LIKE: Final = re.compile(r"^[A-Z]{1,4}T$")
_ZONE_LIKE_KIND: Final = "zonelike"


def _word_table() -> dict[str, tuple[str, object]]:
    table: dict[str, tuple[str, object]] = {}
    table.update({w: (_ZONE_LIKE_KIND, w) for w in lex.FOREIGN_TIME_WORDS})
    table.update({w: (_FILLER, w) for w in lex.FILLERS})
    table.update({w: ("relday", days) for w, days in lex.RELATIVE_DAYS.items() if " " not in w})
    table.update({w: (_PART, hours) for w, hours in lex.PART_OF_DAY.items()})
    table.update({w: (_ZONE, ("fixed", off)) for w, off in lex.ZONE_ABBREVIATIONS.items()})
    table.update({w: (_ZONE, ("id", w)) for w in lex.INDONESIAN_ZONES})
    table.update({w: (_MONTH, n) for w, n in lex.MONTHS.items()})
    # Day names last: "Minggu" is Sunday here, never the unit (units only count in "rel").
    table.update({w: (_WDAY, n) for w, n in lex.WEEKDAYS.items()})
    return table


_WORDS: Final = _word_table()


class _Token(NamedTuple):
    """One token: its kind, where it stands, and the regex match or the looked-up value."""

    kind: str
    start: int
    end: int
    match: re.Match[str] | None = None
    value: object = None


@attrs.frozen(kw_only=True)
class DateMatch:
    """A date found in running text: its value and where it stands.

    Attributes:
        value: The date read, at its precision.
        start: Index of the first character of the date expression in the text.
        end: Index one past its last character, so ``text[start:end]`` is the expression.
        text: The expression as printed.

    Example:
        >>> from newsmodel.dates import find_dates
        >>> [m.text for m in find_dates("Rapat digelar pada Kamis, 3 Juli 2025.")]
        ['Kamis, 3 Juli 2025']
    """

    value: DateValue
    start: int
    end: int
    text: str


class _Unreadable(Exception):  # noqa: N818 - internal signal, never leaves this module
    """A group of tokens is not one consistent date; ``reason`` says why."""

    def __init__(self, reason: str) -> None:
        self.reason = reason
        super().__init__(reason)


# ---------------------------------------------------------------- context


class _Context:
    """What a call knows besides the text: the reference, the default zone, the date order."""

    __slots__ = ("_now", "_reference", "default_tz", "order")

    def __init__(self, reference: dt.datetime | dt.date | None, default_tz: dt.tzinfo, order: str) -> None:
        self._reference = reference
        self._now: dt.datetime | None = None
        self.default_tz = default_tz
        self.order = order

    @property
    def now(self) -> dt.datetime:
        """The reference as an aware datetime in the default zone (now, when not given)."""
        if self._now is None:
            ref = self._reference
            if ref is None:
                ref = dt.datetime.now(self.default_tz)
            elif not isinstance(ref, dt.datetime):  # a day: its noon, so that "kemarin" is the day before
                ref = dt.datetime.combine(ref, dt.time(12))
            if ref.tzinfo is None or ref.utcoffset() is None:
                ref = ref.replace(tzinfo=self.default_tz)
            self._now = ref.astimezone(self.default_tz)
        return self._now


def lookup_zone(key: str | dt.tzinfo) -> dt.tzinfo | None:
    """The zone an IANA key names (a ``tzinfo`` passes through), or ``None`` for anything else.

    The one place a zone name from a caller is looked up: readers that take a
    ``default_tz`` check it here once, before reading.

    Example:
        >>> lookup_zone("Asia/Jakarta").key, lookup_zone("Nope/Zone"), lookup_zone("")
        ('Asia/Jakarta', None, None)
    """
    if isinstance(key, dt.tzinfo):
        return key
    try:
        return ZoneInfo(key)
    except (ZoneInfoNotFoundError, ValueError, TypeError, OSError):
        # Not in tzdata, not a normalised relative path ("", "../x"), a NUL, not a string.
        return None


def whole_minute_offset(value: dt.datetime) -> dt.datetime:
    """``value``, or the same instant with a UTC offset of whole minutes when its offset has seconds.

    ISO 8601 (section 4.2.5.1), RFC 3339 and xs:dateTime write a zone as hours and minutes,
    but the local mean time tzdata gives before standard time has seconds (Asia/Jakarta was
    +07:07:12 until 1924, so every 1910 WIB time is), and ``isoformat`` writes them
    (``+07:07:12``), which validators and other readers reject. The writers of JSON-LD and
    NewsML-G2 pass every datetime through here. Such a value becomes UTC; where UTC would
    fall outside years 1-9999, the offset is rounded away from zero to whole minutes and the
    wall time moves with it. The instant is the same either way.

    Example:
        >>> import datetime as dt
        >>> from zoneinfo import ZoneInfo
        >>> whole_minute_offset(dt.datetime(1910, 1, 1, 8, 0, tzinfo=ZoneInfo("Asia/Jakarta"))).isoformat()
        '1910-01-01T00:52:48+00:00'
        >>> whole_minute_offset(dt.datetime(2025, 7, 4, 8, 15, tzinfo=ZoneInfo("Asia/Jakarta"))).isoformat()
        '2025-07-04T08:15:00+07:00'
    """
    offset = value.utcoffset()
    if offset is None or not offset % _MINUTE:
        return value
    try:
        return value.astimezone(_UTC)
    except OverflowError:  # year 1 east of Greenwich, year 9999 west of it
        minutes = -(-offset // _MINUTE) if offset > dt.timedelta(0) else offset // _MINUTE
        rounded = dt.timedelta(minutes=minutes)
        wall = value.replace(tzinfo=None) + (rounded - offset)
        return wall.replace(tzinfo=dt.timezone(rounded))


def _tz(default_tz: str | dt.tzinfo, text: str) -> dt.tzinfo:
    zone = lookup_zone(default_tz)
    if zone is None:
        raise DateParseError(text, f"unknown time zone {default_tz!r} for")
    return zone


@functools.lru_cache(maxsize=64)
def _numeric_order(language: str | None) -> str:
    """``"dmy"``, ``"mdy"`` or ``"ymd"``: the order of CLDR's short date for ``language``."""
    if not language:
        return "dmy"
    try:
        locale = Locale.parse(language.replace("_", "-"), sep="-")
    except (UnknownLocaleError, ValueError, TypeError):
        return "dmy"  # an unknown tag reads as Indonesian, the library's home
    pattern = get_date_format("short", locale=locale).pattern
    firsts = {letter: pattern.find(letter) for letter in "dMy" if letter in pattern}
    order = "".join(sorted(firsts, key=firsts.__getitem__)).lower()
    return order if order in {"dmy", "mdy", "ymd"} else "dmy"


def _context(
    text: str, reference: dt.datetime | dt.date | None, default_tz: str | dt.tzinfo, language: str | None
) -> _Context:
    return _Context(reference, _tz(default_tz, text), _numeric_order(language))


# ---------------------------------------------------------------- tokens and groups


def _tokens(text: str) -> list[_Token]:
    out: list[_Token] = []
    append = out.append
    for match in _TOKEN.finditer(text):
        kind = match.lastgroup
        if kind is None:  # white space
            continue
        start, end = match.span()
        if kind == "word":
            word = match.group()
            kind, value = _WORDS.get(word.lower(), (_UNKNOWN, None))
            if kind == _UNKNOWN and _ZONE_LIKE.match(word):
                kind = _ZONE_LIKE_KIND
            append(_Token(kind, start, end, None, value))
        elif kind == "num":
            digits = _ORDINAL_SUFFIX.sub("", match.group())
            # No date part has more than four digits; a longer run is only ever skipped, and
            # int() refuses more than 4,300 digits.
            value = int(digits) if len(digits) <= _MAX_NUMBER_DIGITS else -1
            append(_Token(kind, start, end, match, (value, len(digits))))
        elif kind == "dword":
            append(_Token(_UNKNOWN, start, end))
        elif kind == "ampm":
            append(_Token(_AMPM, start, end, None, lex.AMPM[match.group().lower()]))
        else:
            append(_Token(kind, start, end, match))
    return out


def _joins(token: _Token, previous: _Token | None, text: str) -> bool:
    """True when punctuation ``token`` may sit inside a date (an abbreviation dot included)."""
    char = text[token.start]
    if char in _JOINERS:
        return True
    # "Agt. 2022", "Sept. 4", "pkl. 09.15": a dot right after an abbreviation.
    return (
        char == "."
        and previous is not None
        and previous.kind in {_MONTH, _WDAY, _FILLER}
        and previous.end == token.start
    )


def _groups(tokens: list[_Token], text: str) -> list[list[_Token]]:
    """Split tokens into runs that may form one date each (linear in the number of tokens)."""
    groups: list[list[_Token]] = []
    current: list[_Token] = []
    kinds: set[str] = set()
    previous: _Token | None = None
    for token in tokens:
        kind = token.kind
        if kind == "punct":
            if _joins(token, previous, text):
                current.append(token)
            else:
                _close(groups, current)
                current, kinds = [], set()
        elif kind == _UNKNOWN or (kind == _ZONE_LIKE_KIND and not _after_time(current)):
            _close(groups, current)
            current, kinds = [], set()
        else:
            if _starts_new(kinds, token):
                carried = _carry(current, token)
                _close(groups, current[: len(current) - len(carried)])
                current, kinds = carried, {t.kind for t in carried}
            current.append(token)
            kinds.add(kind)
        previous = token
    _close(groups, current)
    return groups


def _after_time(group: list[_Token]) -> bool:
    """True when the group so far ends with a clock time (maybe with AM/PM)."""
    return bool(group) and (group[-1].kind in _TIMES or group[-1].kind == _AMPM)


def _close(groups: list[list[_Token]], group: list[_Token]) -> None:
    if any(t.kind not in {"punct", _FILLER} for t in group):
        groups.append(group)


def _starts_new(kinds: set[str], token: _Token) -> bool:
    """A second core, weekday or time starts another date ("3 Juli 2025, 4 Juli 2025")."""
    if token.kind in _CORES:
        return not kinds.isdisjoint(_CORES)
    if token.kind == _WDAY:
        return _WDAY in kinds or not kinds.isdisjoint(_CORES)
    if token.kind in _TIMES:
        return not kinds.isdisjoint(_TIMES)
    return False


def _carry(group: list[_Token], token: _Token) -> list[_Token]:
    """The tokens that move with ``token`` into the next group: a weekday and day number before a month."""
    if token.kind != _MONTH:
        return []
    start = len(group)
    while start > 0 and group[start - 1].kind in {"punct", "num", _WDAY} and len(group) - start < 4:
        if group[start - 1].kind == "num" and _number(group[start - 1])[1] > 2:
            break
        start -= 1
    carried = group[start:]
    return carried if any(t.kind == "num" for t in carried) else []


# ---------------------------------------------------------------- reading one group


class _Slots:
    """The parts of one date being read from a group of tokens."""

    __slots__ = ("ampm", "day", "first", "last", "month", "part", "rel", "relday", "time", "wday", "year", "zones")

    def __init__(self) -> None:
        self.year: int | None = None
        self.month: int | None = None
        self.day: int | None = None
        self.wday: int | None = None
        self.time: tuple[int, int, int, int] | None = None
        self.zones: list[tuple[str, object]] = []
        self.ampm: str | None = None
        self.part: frozenset[int] | None = None
        self.rel: tuple[str, int] | None = None
        self.relday: int | None = None
        self.first = -1
        self.last = -1


def _set(slots: _Slots, name: str, value: object) -> None:
    if getattr(slots, name) is not None:
        raise _Unreadable(f"two values for the {name}")
    setattr(slots, name, value)


def _add_zone(slots: _Slots, zone: tuple[str, object]) -> None:
    """A zone; a second one must agree ("GMT+0700 (Western Indonesia Time)", JavaScript dates)."""
    slots.zones.append(zone)


def _int(match: re.Match[str], name: str) -> int:
    return int(match.group(name))


def _fraction(digits: str | None) -> int:
    return int((digits or "0")[:6].ljust(6, "0"))


def _offset(text: str) -> dt.timedelta:
    """``+07:00``, ``+0700``, ``+07`` or ``+07:07:12`` as a timedelta (ISO 8601 section 4.2.5.1)."""
    sign = -1 if text[0] == "-" else 1
    digits = text[1:].replace(":", "")
    hours, minutes, seconds = int(digits[:2]), int(digits[2:4] or 0), int(digits[4:6] or 0)
    if hours > 23 or minutes > 59 or seconds > 59:
        raise _Unreadable(f"impossible UTC offset {text}")
    return sign * dt.timedelta(hours=hours, minutes=minutes, seconds=seconds)


def _iso_zone(slots: _Slots, zone: str | None, malformed: str | None) -> None:
    """The zone of an ISO 8601 stamp: ``Z``, a numeric offset, or a malformed one that raises."""
    if malformed is not None:
        raise _Unreadable(f"malformed UTC offset {malformed}")
    if zone is not None:
        _add_zone(slots, ("fixed", dt.timedelta(0) if zone in "zZ" else _offset(zone)))


def _on_iso(slots: _Slots, m: re.Match[str], _: _Context) -> None:
    slots.year, slots.month, slots.day = _int(m, "iy"), _int(m, "im"), _int(m, "id")
    if m.group("ih") is not None:
        seconds = int(m.group("isec") or 0)
        slots.time = (_int(m, "ih"), _int(m, "imin"), seconds, _fraction(m.group("ifrac")))
    _iso_zone(slots, m.group("iz"), m.group("izbad"))


def _on_isob(slots: _Slots, m: re.Match[str], _: _Context) -> None:
    slots.year, slots.month, slots.day = _int(m, "jy"), _int(m, "jm"), _int(m, "jd")
    slots.time = (_int(m, "jh"), _int(m, "jmin"), int(m.group("jsec") or 0), 0)
    _iso_zone(slots, m.group("jz"), m.group("jzbad"))


def _on_isomonth(slots: _Slots, m: re.Match[str], _: _Context) -> None:
    slots.year, slots.month = _int(m, "imy"), _int(m, "imm")


def _on_rel(slots: _Slots, m: re.Match[str], _: _Context) -> None:
    unit, size = lex.RELATIVE_UNITS[m.group("ru").lower()]
    slots.rel = (unit, int(m.group("rn")) * size)


def _on_relw(slots: _Slots, m: re.Match[str], _: _Context) -> None:
    unit, size = lex.RELATIVE_UNITS[m.group("ru2").lower()]
    word = m.group("rw")
    slots.rel = (unit, (lex.NUMBER_WORDS[word.lower()] if word else 1) * size)


def _on_relnow(slots: _Slots, _m: re.Match[str], _: _Context) -> None:
    slots.rel = ("seconds", 0)


def _on_relday(slots: _Slots, m: re.Match[str], _: _Context) -> None:
    slots.relday = lex.RELATIVE_DAYS[" ".join(m.group().lower().split())]


def _on_zonename(slots: _Slots, m: re.Match[str], _: _Context) -> None:
    key = lex.ZONE_NAMES[" ".join(m.group().lower().split())]
    _add_zone(slots, ("key", key))


def _on_gmt(slots: _Slots, m: re.Match[str], _: _Context) -> None:
    offset = m.group("goff")
    if (":" not in offset and len(offset) % 2 == 0) or (
        ":" in offset and offset.index(":") == 2
    ):  # "GMT+7", "UTC+730": one-digit hour
        offset = f"{offset[0]}0{offset[1:]}"
    _add_zone(slots, ("fixed", _offset(offset)))


def _on_time(slots: _Slots, m: re.Match[str], _: _Context) -> None:
    _set(slots, "time", (_int(m, "th"), _int(m, "tm"), int(m.group("ts") or 0), _fraction(m.group("tf"))))
    if m.group("tz") is not None:
        _add_zone(slots, ("fixed", _offset(m.group("tz"))))


def _on_offset(slots: _Slots, m: re.Match[str], _: _Context) -> None:
    _add_zone(slots, ("fixed", _offset(m.group())))


def _on_dottime(slots: _Slots, m: re.Match[str], _: _Context) -> None:
    _set(slots, "time", (_int(m, "uh"), _int(m, "um"), int(m.group("us") or 0), 0))


def _pivot(two_digits: int, ctx: _Context) -> int:
    base = ctx.now.year
    year = base // 100 * 100 + two_digits
    return year - 100 if year > base + 20 else year


def _numeric(slots: _Slots, first: int, second: int, order: str) -> None:
    if order == "mdy":
        slots.month, slots.day = first, second
    else:
        slots.day, slots.month = first, second


def _on_dmy(slots: _Slots, m: re.Match[str], ctx: _Context) -> None:
    _numeric(slots, _int(m, "a1"), _int(m, "a2"), ctx.order)
    slots.year = _int(m, "a3")


def _on_ymd(slots: _Slots, m: re.Match[str], _: _Context) -> None:
    slots.year, slots.month, slots.day = _int(m, "b1"), _int(m, "b2"), _int(m, "b3")


def _on_dmy2(slots: _Slots, m: re.Match[str], ctx: _Context) -> None:
    _numeric(slots, _int(m, "c1"), _int(m, "c2"), ctx.order)
    slots.year = _pivot(_int(m, "c3"), ctx)


def _on_my(slots: _Slots, m: re.Match[str], _: _Context) -> None:
    slots.month, slots.year = _int(m, "d1"), _int(m, "d2")


def _on_dm(slots: _Slots, m: re.Match[str], ctx: _Context) -> None:
    _numeric(slots, _int(m, "e1"), _int(m, "e2"), ctx.order)


#: Token kind -> the handler that fills slots from the token's regex match.
_MATCH_HANDLERS: Final[dict[str, Callable[[_Slots, re.Match[str], _Context], None]]] = {
    "iso": _on_iso,
    "isob": _on_isob,
    "isomonth": _on_isomonth,
    "rel": _on_rel,
    "relw": _on_relw,
    "relnow": _on_relnow,
    "relday": _on_relday,
    "zonename": _on_zonename,
    "gmt": _on_gmt,
    "time": _on_time,
    "dottime": _on_dottime,
    "offset": _on_offset,
    "dmy": _on_dmy,
    "ymd": _on_ymd,
    "dmy2": _on_dmy2,
    "my": _on_my,
    "dm": _on_dm,
}


def _on_month(slots: _Slots, value: object) -> None:
    _set(slots, "month", value)


def _on_wday(slots: _Slots, value: object) -> None:
    _set(slots, "wday", value)


def _on_zone(slots: _Slots, value: object) -> None:
    _add_zone(slots, cast("tuple[str, object]", value))  # set by _word_table


def _on_ampm(slots: _Slots, value: object) -> None:
    _set(slots, "ampm", value)


def _on_part(slots: _Slots, value: object) -> None:
    slots.part = value  # type: ignore[assignment]  # a frozenset from PART_OF_DAY


def _on_relday_word(slots: _Slots, value: object) -> None:
    slots.relday = value  # type: ignore[assignment]  # an int from RELATIVE_DAYS


def _on_zone_like(_slots: _Slots, _value: object) -> None:
    raise _Unreadable("an unknown time zone in")


#: Token kind -> the handler that fills slots from a looked-up word's value.
_WORD_HANDLERS: Final[dict[str, Callable[[_Slots, object], None]]] = {
    _MONTH: _on_month,
    _WDAY: _on_wday,
    _ZONE: _on_zone,
    _AMPM: _on_ampm,
    _PART: _on_part,
    _ZONE_LIKE_KIND: _on_zone_like,
    "relday": _on_relday_word,
}


def _number(token: _Token) -> tuple[int, int]:
    """A number token's value and digit count (ordinal suffix dropped)."""
    return token.value  # type: ignore[return-value]  # set by _tokens for "num"


def _assign_numbers(slots: _Slots, group: list[_Token]) -> set[int]:
    """Give each bare number its role; return the indexes of the numbers used."""
    used: set[int] = set()
    month_at = next((i for i, t in enumerate(group) if t.kind == _MONTH), None)
    for i, token in enumerate(group):
        if token.kind != "num":
            continue
        value, digits = _number(token)
        previous = group[i - 1] if i else None
        following = group[i + 1] if i + 1 < len(group) else None
        if digits <= 2 and (
            (following is not None and following.kind == _AMPM)
            or (
                previous is not None
                and previous.kind == _FILLER
                and previous.value in lex.HOUR_MARKERS
                and (following is None or following.kind != _MONTH)  # "at 4 July" is a day
            )
        ):
            _set(slots, "time", (value, 0, 0, 0))
            used.add(i)
        elif digits == 4 and slots.year is None and (month_at is None or i > month_at):
            slots.year = value
            used.add(i)
        elif digits <= 2 and month_at is not None and slots.day is None and _next_to_month(group, i, month_at):
            slots.day = value
            used.add(i)
    return used


def _next_to_month(group: list[_Token], index: int, month_at: int) -> bool:
    """A day number right before the month ("3 Juli") or right after it ("July 4")."""
    between = group[min(index, month_at) + 1 : max(index, month_at)]
    return all(t.kind == "punct" or (t.kind == _FILLER and t.value == "of") for t in between)


def _fill(group: list[_Token], ctx: _Context) -> _Slots:
    slots = _Slots()
    for token in group:
        if token.match is not None and token.kind in _MATCH_HANDLERS:
            _MATCH_HANDLERS[token.kind](slots, token.match, ctx)
        elif token.kind in _WORD_HANDLERS:
            _WORD_HANDLERS[token.kind](slots, token.value)
    used = _assign_numbers(slots, group)
    _span(slots, group, used)
    return slots


def _span(slots: _Slots, group: list[_Token], used: set[int]) -> None:
    """Where the date stands; numbers left over must lie outside it."""
    skipped = {"punct", _FILLER, "num"} if slots.time is not None else {"punct", _FILLER, "num", _PART}
    meaningful = [i for i, t in enumerate(group) if t.kind not in skipped or i in used]
    if not meaningful:
        raise _Unreadable("no date")
    first, last = meaningful[0], meaningful[-1]
    for i, token in enumerate(group):
        if token.kind == "num" and i not in used and first < i < last:
            value, digits = _number(token)
            raise _Unreadable(f"a number that is no part of the date ({value if value >= 0 else f'{digits} digits'})")
    slots.first, slots.last = first, last


# ---------------------------------------------------------------- building the value


def _clock(slots: _Slots, time: tuple[int, int, int, int]) -> tuple[int, int, int, int]:
    hour, minute, second, micro = time
    if slots.ampm is not None:
        if not 1 <= hour <= 12:
            raise _Unreadable(f"hour {hour} with {slots.ampm.upper()}")
        hour = hour % 12 + (12 if slots.ampm == "pm" else 0)
    elif slots.part is not None and hour in slots.part:
        hour += 12
    if hour > 23 or minute > 59 or second > 59:
        raise _Unreadable(f"impossible time {hour:02d}:{minute:02d}:{second:02d}")
    return hour, minute, second, micro


def _zone(slots: _Slots, naive: dt.datetime, ctx: _Context) -> dt.datetime:
    if not slots.zones:
        return naive.replace(tzinfo=ctx.default_tz)
    first, *others = (naive.replace(tzinfo=_tzinfo(zone)) for zone in slots.zones)
    if any(other.utcoffset() != first.utcoffset() for other in others):
        raise _Unreadable("two time zones that disagree")
    return first


def _tzinfo(zone: tuple[str, object]) -> dt.tzinfo:
    kind, value = zone
    if isinstance(value, dt.timedelta):  # kind "fixed"
        return _UTC if not value else dt.timezone(value)
    # WIB, WITA, WIT and their long names name the zones of tzdata: +07:00, +08:00 and
    # +09:00 for every date since 1964, the historical offset before.
    key = lex.INDONESIAN_ZONES[str(value)][1] if kind == "id" else str(value)
    return _UTC if key == "UTC" else ZoneInfo(key)


def _relative(slots: _Slots, rel: tuple[str, int], ctx: _Context) -> DateValue:
    unit, count = rel
    now = ctx.now
    if unit in {"seconds", "minutes", "hours"}:
        if slots.time is not None:
            raise _Unreadable("a clock time with a relative time")
        moment = now.astimezone(_UTC) - dt.timedelta(**{unit: count})
        return moment.astimezone(ctx.default_tz).replace(microsecond=0)
    if unit == "days":
        return _with_time(slots, now.date() - dt.timedelta(days=count), ctx)
    if slots.time is not None:
        raise _Unreadable("a clock time with a month or year")
    months = now.year * 12 + now.month - 1 - (count * 12 if unit == "years" else count)
    year, month0 = divmod(months, 12)
    return PartialDate(year=year, month=None if unit == "years" else month0 + 1)


def _with_time(slots: _Slots, day: dt.date, ctx: _Context) -> DateValue:
    if slots.time is None:
        return day
    hour, minute, second, micro = _clock(slots, slots.time)
    naive = dt.datetime(day.year, day.month, day.day, hour, minute, second, micro)
    return _zone(slots, naive, ctx)


def _day(slots: _Slots, month: int, day_number: int, ctx: _Context) -> dt.date:
    if slots.year is None:
        return _yearless(slots, month, day_number, ctx)
    try:
        day = dt.date(slots.year, month, day_number)
    except ValueError as exc:
        raise _Unreadable(f"impossible date ({exc})") from exc
    if slots.wday is not None and day.weekday() != slots.wday:
        raise _Unreadable(
            f"the weekday contradicts the date: {day.isoformat()} is a {lex.WEEKDAY_NAMES_ID[day.weekday()]}, "
            f"not a {lex.WEEKDAY_NAMES_ID[slots.wday]}"
        )
    return day


def _yearless(slots: _Slots, month: int, day_number: int, ctx: _Context) -> dt.date:
    year = ctx.now.year
    candidates: list[dt.date] = []
    for y in (year, year - 1):
        try:
            candidates.append(dt.date(y, month, day_number))
        except ValueError:
            continue
    if not candidates:
        raise _Unreadable(f"impossible date (day {day_number} of month {month})")
    if slots.wday is None:
        return candidates[0]
    for day in candidates:
        if day.weekday() == slots.wday:
            return day
    raise _Unreadable(f"the weekday {lex.WEEKDAY_NAMES_ID[slots.wday]} matches neither {year} nor {year - 1}")


def _value(slots: _Slots, ctx: _Context) -> DateValue:
    if slots.rel is not None:
        if slots.month is not None or slots.year is not None or slots.relday is not None:
            raise _Unreadable("a relative time with a date")
        return _relative(slots, slots.rel, ctx)
    if slots.relday is not None:
        if slots.month is not None or slots.year is not None:
            raise _Unreadable("a relative day with a date")
        return _with_time(slots, ctx.now.date() + dt.timedelta(days=slots.relday), ctx)
    if slots.day is not None:
        if slots.month is None:
            raise _Unreadable("a day without a month")
        return _with_time(slots, _day(slots, slots.month, slots.day, ctx), ctx)
    if slots.time is not None:
        raise _Unreadable("a clock time without a day")
    if slots.year is None:
        raise _Unreadable("no year, month and day")
    if slots.month is not None and not 1 <= slots.month <= 12:
        raise _Unreadable(f"impossible month {slots.month}")
    return PartialDate(year=slots.year, month=slots.month)


def _read(group: list[_Token], ctx: _Context) -> tuple[DateValue, _Slots]:
    slots = _fill(group, ctx)
    try:
        return _value(slots, ctx), slots
    except (ValueError, OverflowError) as exc:  # year 0, "9999 tahun lalu", InvalidModelError
        raise _Unreadable(f"out of range ({exc})") from exc


def _is_date(group: list[_Token]) -> bool:
    """A group worth reading as a date: it has a core, or is a bare four-digit year."""
    kinds = {t.kind for t in group}
    if kinds & _CORES:
        return True
    numbers = [t for t in group if t.kind == "num"]
    return len(numbers) == 1 and _number(numbers[0])[1] == 4 and not kinds & (_TIMES | {_AMPM, _WDAY})


def _is_found(group: list[_Token]) -> bool:
    """In running text, leave out what is too weak to be a date on its own."""
    kinds = {t.kind for t in group}
    if kinds & {"dm", "dmy2"}:
        return _WDAY in kinds or not kinds.isdisjoint(_TIMES)  # "(14/3)" only with "Kamis" or a time
    if not kinds.isdisjoint(_CORES):
        return True
    return any(t.kind == _FILLER and t.value == "tahun" for t in group)  # "tahun 2025"


# ---------------------------------------------------------------- public API


def parse_date(
    text: str,
    *,
    reference: dt.datetime | dt.date | None = None,
    default_tz: str | dt.tzinfo = "Asia/Jakarta",
    language: str | None = None,
) -> DateValue:
    """Read the one date in a short string, as Indonesian and English news sites print it.

    Labels, outlet names and separators around the date are skipped ("Diperbarui",
    "Kompas.com - ", "|"); see the module documentation for the rules that decide a value.

    Args:
        text: The string: a byline, a meta value, an RSS ``pubDate``, an ISO 8601 stamp.
        reference: "Now" for relative expressions ("2 jam lalu") and year-less dates
            ("Kamis (14/3)"); a naive value is in ``default_tz``, a ``date`` means its noon.
            Default: the current time.
        default_tz: The zone of a time printed without one: an IANA key or a ``tzinfo``.
        language: BCP 47 tag of the text. It only decides the order of numeric dates,
            from CLDR (``en`` reads ``7/4/2025`` month first); names in Indonesian and
            English are always read. Default: day first.

    Returns:
        An aware :class:`~datetime.datetime` when the text has a time, a
        :class:`~datetime.date` when it has a day, a :class:`~newsmodel.PartialDate` for a
        month or a year.

    Raises:
        DateParseError: The text holds no date, several different dates, an impossible date
            ("31 Februari 2024"), or a weekday that contradicts the date. The error's
            ``text`` attribute holds the input.

    Example:
        >>> import datetime as dt
        >>> parse_date("Kompas.com - 03/07/2025, 14:30 WIB").isoformat()
        '2025-07-03T14:30:00+07:00'
        >>> parse_date("Minggu, 1 Januari 2023 00:00 WITA").isoformat()
        '2023-01-01T00:00:00+08:00'
        >>> parse_date("Senin (21/2/2022)")
        datetime.date(2022, 2, 21)
        >>> parse_date("Juli 2025")
        PartialDate(year=2025, month=7)
        >>> ref = dt.datetime(2025, 7, 5, 10, 0)
        >>> parse_date("2 jam yang lalu", reference=ref).isoformat()
        '2025-07-05T08:00:00+07:00'
        >>> parse_date("Senin, 4 Juli 2025")
        Traceback (most recent call last):
        ...
        newsmodel.exceptions.DateParseError: <input>: the weekday contradicts the date: ...
    """
    if not isinstance(text, str):
        raise DateParseError(repr(text), "expected a string, got")
    ctx = _context(text, reference, default_tz, language)
    found: list[DateValue] = []
    failure: _Unreadable | None = None
    for group in _groups(_tokens(text), text):
        if not _is_date(group):
            continue
        try:
            value, _ = _read(group, ctx)
        except _Unreadable as exc:
            failure = failure or exc
            continue
        if value not in found:
            found.append(value)
    if failure is not None:
        raise DateParseError(text, failure.reason)
    if not found:
        raise DateParseError(text, "no date found in")
    if len(found) > 1:
        raise DateParseError(text, f"{len(found)} different dates in")
    return found[0]


def find_dates(
    text: str,
    *,
    reference: dt.datetime | dt.date | None = None,
    default_tz: str | dt.tzinfo = "Asia/Jakarta",
    language: str | None = None,
) -> tuple[DateMatch, ...]:
    """Find the dates inside running text, with their character spans.

    A weak candidate is left out: a bare number, a year without "tahun", a year-less
    numeric date without a weekday or time ("skor 2/3"), and any expression that does not
    read consistently (an impossible date, a contradicting weekday).

    Args:
        text: A paragraph or any text.
        reference: As for :func:`parse_date`.
        default_tz: As for :func:`parse_date`.
        language: As for :func:`parse_date`.

    Returns:
        One :class:`DateMatch` per date, in text order.

    Raises:
        DateParseError: ``default_tz`` is not a known zone.

    Example:
        >>> [(m.text, m.value.isoformat()) for m in find_dates("Ia ditangkap Senin (21/2/2022) di Bogor.")]
        [('Senin (21/2/2022)', '2022-02-21')]
    """
    if not isinstance(text, str):
        return ()  # type: ignore[unreachable]  # a caller without type checking
    ctx = _context(text, reference, default_tz, language)
    found: list[DateMatch] = []
    for group in _groups(_tokens(text), text):
        if not _is_date(group):
            continue
        try:
            value, slots = _read(group, ctx)
        except _Unreadable:
            continue
        if not _is_found(group):
            continue
        start, end = group[slots.first].start, _end(group, slots.last, text)
        found.append(DateMatch(value=value, start=start, end=end, text=text[start:end]))
    return tuple(found)


def _end(group: list[_Token], last: int, text: str) -> int:
    """The span's end, taking a closing parenthesis that balances one inside ("Senin (21/2/2022)")."""
    end = group[last].end
    if last + 1 < len(group) and text[group[last + 1].start] == ")":
        opened = text.count("(", group[0].start, end) - text.count(")", group[0].start, end)
        if opened > 0:
            return group[last + 1].end
    return end


# ---------------------------------------------------------------- formatting

# The news style: how Indonesian sites head an article (detik, kompas, tempo), with the
# CLDR "id" time separator; English in the same day-first order with a 24-hour clock.
_NEWS_DATE: Final = {"id": "EEEE, d MMMM y", "en": "EEEE, d MMMM y"}
_NEWS_TIME: Final = {"id": "HH.mm", "en": "HH:mm"}
_MONTH_SKELETON: Final = {"news": "yMMMM", "full": "yMMMM", "long": "yMMMM", "medium": "yMMM", "short": "yMM"}
_TWO_DIGIT_YEAR: Final = re.compile(r"(?<!y)yy(?!y)")  # CLDR short patterns: "dd/MM/yy"
_ZONE_LETTERS: Final = re.compile(r"z+")  # CLDR zone field in a time pattern ("z", "zzzz")
_STYLES: Final = frozenset({"news", "full", "long", "medium", "short", "iso"})


def _locale(locale: str) -> Locale:
    try:
        return Locale.parse(locale.replace("_", "-"), sep="-")
    except (UnknownLocaleError, ValueError, TypeError) as exc:
        raise DateParseError(locale, "unknown locale") from exc


def _language(locale: Locale) -> str:
    return "en" if locale.language == "en" else "id"


def _offset_text(offset: dt.timedelta) -> str:
    """``+07:00`` (ISO 8601 extended), with seconds when the offset has them (LMT)."""
    sign = "-" if offset < dt.timedelta(0) else "+"
    seconds = int(abs(offset).total_seconds())
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{sign}{hours:02d}:{minutes:02d}" + (f":{secs:02d}" if secs else "")


def zone_label(value: dt.datetime) -> str:
    """The zone as Indonesian readers expect it: WIB, WITA, WIT, UTC or a numeric offset.

    WIB/WITA/WIT come from the zone: ``Asia/Jakarta`` and ``Asia/Pontianak`` are WIB,
    ``Asia/Makassar`` WITA, ``Asia/Jayapura`` WIT, whenever the label reads back to the same
    offset (Asia/Pontianak kept UTC+8 from 1964 to 1988, written ``+08:00``). A fixed
    offset (what an ISO 8601 string such as ``2025-07-04T08:15:00+07:00`` carries) of
    +07:00, +08:00 or +09:00 is labelled WIB, WITA or WIT when that Indonesian zone had
    that offset on that day, since newsmodel's dates come from Indonesian newsrooms first
    and their readers expect the label. UTC is ``UTC``; any other zone (``Asia/Bangkok``
    included) and any other offset is written numerically.

    Args:
        value: An aware datetime.

    Returns:
        The label.

    Example:
        >>> import datetime as dt
        >>> from zoneinfo import ZoneInfo
        >>> zone_label(dt.datetime(2025, 7, 4, 8, 15, tzinfo=ZoneInfo("Asia/Makassar")))
        'WITA'
        >>> zone_label(dt.datetime(2025, 7, 4, 8, 15, tzinfo=dt.timezone(dt.timedelta(hours=7))))
        'WIB'
        >>> zone_label(dt.datetime(2025, 7, 4, 8, 15, tzinfo=ZoneInfo("Asia/Bangkok")))
        '+07:00'
    """
    offset = value.utcoffset() or dt.timedelta(0)
    key = getattr(value.tzinfo, "key", None)
    label = lex.ZONE_LABELS.get(key) if isinstance(key, str) else None
    if label is not None:
        # The label must read back to the same offset (Asia/Pontianak was UTC+8 in 1964-1988).
        named = value.replace(tzinfo=ZoneInfo(lex.INDONESIAN_ZONES[label][1]))
        if named.utcoffset() == offset:
            return label.upper()
    if not offset and (value.tzinfo is _UTC or key in lex.UTC_KEYS):
        return "UTC"
    if isinstance(value.tzinfo, dt.timezone):
        for name, (standard, zone) in lex.INDONESIAN_ZONES.items():
            if standard == offset and value.replace(tzinfo=ZoneInfo(zone)).utcoffset() == offset:
                return name.upper()
    return _offset_text(offset)


def _format_news(value: dt.date, locale: Locale) -> str:
    language = _language(locale)
    text = _format_pattern(value, _NEWS_DATE[language], locale)
    if isinstance(value, dt.datetime):
        text += " " + _format_pattern(value, _NEWS_TIME[language], locale) + " " + zone_label(value)
    return text


def _format_pattern(value: dt.date, pattern: str, locale: Locale) -> str:
    moment = value if isinstance(value, dt.datetime) else dt.datetime(value.year, value.month, value.day)
    return str(format_datetime(moment, pattern, tzinfo=moment.tzinfo, locale=locale))


def _cldr_date_pattern(style: _CldrStyle, locale: Locale) -> str:
    pattern = str(get_date_format(style, locale=locale).pattern)
    # A two-digit year cannot be read back; print it in full (what Indonesian sites print).
    return _TWO_DIGIT_YEAR.sub("y", pattern) if style == "short" else pattern


def _time_pattern(style: _CldrStyle, locale: Locale) -> str:
    return str(get_time_format(style, locale=locale).pattern)


def _zone_field(value: dt.datetime, width: int) -> str:
    """The CLDR zone field ``z``/``zzzz`` for ``value``: a pattern babel fills, or a quoted literal.

    babel's own output is kept only for the names :func:`parse_date` reads back: UTC
    (``UTC``, ``Coordinated Universal Time``) and the long names of the Indonesian zones
    (``Waktu Indonesia Barat``). Everything else is :func:`zone_label`: WIB/WITA/WIT in the
    short field, in every locale (``en`` would write "+0700", which loses LMT seconds), and
    a numeric offset for every other zone and offset, ``GMT``-prefixed in the long field
    (CLDR's localized GMT format). CLDR's names of other zones ("Atlantic Daylight Time",
    "AST", "Waktu Musim Panas Eropa Timur") would not read back, babel writes a fixed
    -05:30 as -0630, and its metazone hides historical offsets (Asia/Pontianak, UTC+8 in
    1964-1988, is still "WIB" to babel).
    """
    babel = "z" * width
    if value.tzinfo is _UTC or getattr(value.tzinfo, "key", None) in lex.UTC_KEYS:
        return babel
    label = zone_label(value)
    if width < 4:
        return f"'{label}'"
    return f"'GMT{label}'" if label[0] in "+-" else babel


def _format_cldr(value: dt.date, style: _CldrStyle, locale: Locale) -> str:
    date_text = _format_pattern(value, _cldr_date_pattern(style, locale), locale)
    if not isinstance(value, dt.datetime):
        return date_text
    time_pattern = _ZONE_LETTERS.sub(lambda m: _zone_field(value, len(m.group())), _time_pattern(style, locale))
    time_text = _format_pattern(value, time_pattern, locale)
    combined = str(get_datetime_format(style, locale=locale))
    return combined.replace("'", "").replace("{0}", time_text).replace("{1}", date_text)


def _format_partial(value: PartialDate, style: str, locale: Locale) -> str:
    if style == "iso":
        return value.isoformat()
    if value.month is None:
        return str(value.year)
    return str(format_skeleton(_MONTH_SKELETON[style], dt.date(value.year, value.month, 1), locale=locale))


def format_date(value: DateValue, *, locale: str = "id", style: DateStyle = "news") -> str:
    """Write a date as people read it, in Indonesian (default) or English, with babel.

    Styles: ``news`` is how Indonesian sites head an article ("Jumat, 4 Juli 2025 08.15 WIB";
    in English "Friday, 4 July 2025 08:15 WIB"); ``full``, ``long``, ``medium`` and ``short``
    are CLDR's, except that ``short`` prints the year in full ("04/07/2025" in CLDR 47) so the value can
    be read back; ``iso`` is ISO 8601. A ``date`` or :class:`~newsmodel.PartialDate` is
    written at its precision ("Juli 2025", "2025").

    ``news``, ``long``, ``full`` and ``iso`` print a zone that :func:`parse_date` reads back
    to the same instant (``medium`` and ``short`` print none). ``news`` and ``long`` print
    :func:`zone_label`: WIB, WITA or WIT for the Indonesian zones, ``UTC``, and for every
    other zone its numeric offset on that day (``+03:00``; ``+07:07:12`` for local mean
    time). ``full`` spells those names out ("Waktu Indonesia Barat", "Coordinated Universal
    Time") and prints a numeric label, and any fixed offset, as ``GMT+03:00``. CLDR's names
    of other zones ("Eastern European Summer Time") are never printed.

    Args:
        value: An aware datetime, a date or a partial date.
        locale: A CLDR locale: ``id``, ``en``, ``en-GB`` ...
        style: One of ``news``, ``full``, ``long``, ``medium``, ``short``, ``iso``.

    Returns:
        The formatted text; :func:`parse_date` reads it back (with ``language=locale``).

    Raises:
        DateParseError: ``locale`` or ``style`` is unknown, or ``value`` is a naive datetime
            or not a date.

    Example:
        >>> import datetime as dt
        >>> from zoneinfo import ZoneInfo
        >>> d = dt.datetime(2025, 7, 4, 8, 15, tzinfo=ZoneInfo("Asia/Jakarta"))
        >>> format_date(d)
        'Jumat, 4 Juli 2025 08.15 WIB'
        >>> format_date(d, locale="en")
        'Friday, 4 July 2025 08:15 WIB'
        >>> format_date(d, style="long")
        '4 Juli 2025 08.15.00 WIB'
        >>> format_date(d.astimezone(ZoneInfo("Europe/Sofia")), style="full")
        'Jumat, 04 Juli 2025 04.15.00 GMT+03:00'
        >>> format_date(d.date(), style="medium")
        '4 Jul 2025'
        >>> from newsmodel import PartialDate
        >>> format_date(PartialDate(year=2025, month=7), locale="en")
        'July 2025'
    """
    if style not in _STYLES:
        raise DateParseError(str(style), "unknown style")
    babel_locale = _locale(locale)
    if isinstance(value, PartialDate):
        return _format_partial(value, style, babel_locale)
    if not isinstance(value, dt.date):
        raise DateParseError(repr(value), "not a date value")
    if isinstance(value, dt.datetime) and value.utcoffset() is None:
        raise DateParseError(value.isoformat(), "a naive datetime has no zone")
    if style == "iso":
        return value.isoformat()
    if style == "news":
        return _format_news(value, babel_locale)
    return _format_cldr(value, style, babel_locale)

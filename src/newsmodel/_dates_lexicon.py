"""Date words newsmodel reads: CLDR names from babel plus the small tables CLDR lacks.

Month and day names come from babel's CLDR data for ``id`` and ``en`` (wide and
abbreviated, format and stand-alone forms), built once at import. CLDR does not know every
spelling Indonesian sites print, so the few extra spellings live in :data:`EXTRA_MONTHS` and
:data:`EXTRA_WEEKDAYS`, each with the reason it is there. Everything else here (zone
abbreviations, relative-time units, filler words) is language data too: one entry per
spelling, each exercised by ``tests/test_dates.py``.
"""

from __future__ import annotations

import datetime as dt
from types import MappingProxyType
from typing import Final
from zoneinfo import ZoneInfo

from babel.dates import format_datetime, get_day_names, get_month_names

__all__ = [
    "AMPM",
    "EXTRA_MONTHS",
    "EXTRA_WEEKDAYS",
    "FILLERS",
    "FOREIGN_TIME_WORDS",
    "HOUR_MARKERS",
    "INDONESIAN_ZONES",
    "MONTHS",
    "NAME_LOCALES",
    "NUMBER_WORDS",
    "PART_OF_DAY",
    "RELATIVE_DAYS",
    "RELATIVE_NOW",
    "RELATIVE_UNITS",
    "UTC_KEYS",
    "WEEKDAYS",
    "WEEKDAY_NAMES_ID",
    "ZONE_ABBREVIATIONS",
    "ZONE_LABELS",
    "ZONE_NAMES",
]

#: Locales whose CLDR month, day and zone names are read.
NAME_LOCALES: Final = ("id", "en")

#: Month spellings printed by Indonesian sites that CLDR's ``id`` and ``en`` data lack.
EXTRA_MONTHS: Final = MappingProxyType(
    {
        "agt": 8,  # Agustus: the abbreviation most sites print (CLDR has "Agu")
        "ags": 8,  # Agustus: a second common abbreviation (dateparser lacks it)
        "sept": 9,  # September: four-letter abbreviation, also English "Sept."
        "nop": 11,  # November: abbreviation of the older spelling Nopember
        "nopember": 11,  # November: older spelling, still in archives and regional sites
        "peb": 2,  # Februari: abbreviation of the older spelling Pebruari
        "pebruari": 2,  # Februari: older spelling
        "mrt": 3,  # Maret: abbreviation of older portals
    }
)

#: Day-name spellings that CLDR lacks (0 = Monday, as :meth:`datetime.date.weekday`).
EXTRA_WEEKDAYS: Final = MappingProxyType(
    {
        "jum'at": 4,  # Jumat with the Arabic-derived apostrophe, common in headers
        "jum\u2019at": 4,  # the same with a typographic apostrophe
        "ahad": 6,  # Sunday, the Islamic name used by religious and regional media
        "tues": 1,  # English Tuesday, a non-CLDR abbreviation in wire copy
        "thur": 3,  # English Thursday, a non-CLDR abbreviation
        "thurs": 3,  # English Thursday, a non-CLDR abbreviation
    }
)

#: Indonesia's zone abbreviations (legal offsets since 1988) and the IANA zone each names.
INDONESIAN_ZONES: Final = MappingProxyType(
    {
        "wib": (dt.timedelta(hours=7), "Asia/Jakarta"),  # Waktu Indonesia Barat
        "wita": (dt.timedelta(hours=8), "Asia/Makassar"),  # Waktu Indonesia Tengah
        "wit": (dt.timedelta(hours=9), "Asia/Jayapura"),  # Waktu Indonesia Timur
    }
)

#: IANA zones whose times Indonesian readers label WIB, WITA or WIT (format_date).
ZONE_LABELS: Final = MappingProxyType(
    {
        "Asia/Jakarta": "wib",  # Java, Sumatra
        "Asia/Pontianak": "wib",  # West and Central Kalimantan (WITA in 1964-1988)
        "Asia/Makassar": "wita",  # Sulawesi, Bali, Nusa Tenggara, South and East Kalimantan
        "Asia/Ujung_Pandang": "wita",  # the old tzdata name of Asia/Makassar
        "Asia/Jayapura": "wit",  # Maluku, Papua
    }
)

#: IANA keys of UTC itself, written "UTC" by format_date.
UTC_KEYS: Final = frozenset({"UTC", "Etc/UTC", "Etc/UCT", "UCT", "Zulu", "Etc/Zulu", "Universal", "Etc/Universal"})

#: Other zone abbreviations with a fixed meaning: UTC/GMT, ISO 8601 ``Z`` and the zones of
#: RFC 822 section 5.1 (RSS ``pubDate``).
ZONE_ABBREVIATIONS: Final = MappingProxyType(
    {
        "utc": dt.timedelta(0),
        "gmt": dt.timedelta(0),
        "ut": dt.timedelta(0),
        "z": dt.timedelta(0),
        "est": dt.timedelta(hours=-5),
        "edt": dt.timedelta(hours=-4),
        "cst": dt.timedelta(hours=-6),
        "cdt": dt.timedelta(hours=-5),
        "mst": dt.timedelta(hours=-7),
        "mdt": dt.timedelta(hours=-6),
        "pst": dt.timedelta(hours=-8),
        "pdt": dt.timedelta(hours=-7),
    }
)

#: Relative-time units: word -> (unit, amount of that unit).
RELATIVE_UNITS: Final = MappingProxyType(
    {
        "detik": ("seconds", 1),
        "menit": ("minutes", 1),
        "jam": ("hours", 1),
        "hari": ("days", 1),
        "minggu": ("days", 7),
        "pekan": ("days", 7),
        "bulan": ("months", 1),
        "tahun": ("years", 1),
        "second": ("seconds", 1),
        "seconds": ("seconds", 1),
        "sec": ("seconds", 1),
        "secs": ("seconds", 1),
        "minute": ("minutes", 1),
        "minutes": ("minutes", 1),
        "min": ("minutes", 1),
        "mins": ("minutes", 1),
        "hour": ("hours", 1),
        "hours": ("hours", 1),
        "day": ("days", 1),
        "days": ("days", 1),
        "week": ("days", 7),
        "weeks": ("days", 7),
        "month": ("months", 1),
        "months": ("months", 1),
        "year": ("years", 1),
        "years": ("years", 1),
    }
)

#: Counts spelled out in relative expressions ("dua jam lalu", "an hour ago"); the prefix
#: "se-" ("sejam lalu", "seminggu lalu") also means one.
NUMBER_WORDS: Final = MappingProxyType(
    {
        "satu": 1,
        "dua": 2,
        "tiga": 3,
        "empat": 4,
        "lima": 5,
        "enam": 6,
        "tujuh": 7,
        "delapan": 8,
        "sembilan": 9,
        "sepuluh": 10,
        "a": 1,
        "an": 1,
        "one": 1,
        "two": 2,
        "three": 3,
        "four": 4,
        "five": 5,
        "six": 6,
        "seven": 7,
        "eight": 8,
        "nine": 9,
        "ten": 10,
    }
)

#: Words for a day relative to the reference ("kemarin" = yesterday), in days.
RELATIVE_DAYS: Final = MappingProxyType(
    {
        "hari ini": 0,
        "today": 0,
        "kemarin": -1,
        "yesterday": -1,
        "kemarin lusa": -2,
    }
)

#: Words that, right after a time, say it is in a zone other than the three Indonesian ones
#: or UTC ("pukul 14.00 waktu setempat", "8 PM local time", "10.00 waktu Arab Saudi"):
#: reading such a time in the default zone would be silently wrong.
FOREIGN_TIME_WORDS: Final = frozenset({"waktu", "setempat", "lokal", "local"})

#: Phrases for the reference moment itself (detik, kumparan: "Baru saja").
RELATIVE_NOW: Final = frozenset({"baru saja", "just now"})

#: Words that may stand inside a date expression without changing it.
FILLERS: Final = frozenset(
    {
        "pukul",  # "pukul 09.15"
        "pkl",  # abbreviation of pukul
        "jam",  # "jam 14.00" (colloquial pukul)
        "pada",  # "pada Kamis, 3 Juli 2025"
        "tanggal",  # "tanggal 3 Juli"
        "tgl",  # abbreviation of tanggal
        "hari",  # "hari Kamis"
        "tahun",  # "tahun 2025"
        "at",  # "July 4, 2025 at 8:15 AM"
        "on",  # "on Friday, July 4"
        "of",  # "4th of July 2025"
        "dini",  # "dini hari" (small hours)
    }
)

#: Fillers after which a bare number is an hour ("pukul 9", "at 8 PM"), unless a month follows.
HOUR_MARKERS: Final = frozenset({"pukul", "pkl", "jam", "at"})

#: Indonesian part-of-day words: they never change the date, but turn a 12-hour clock
#: reading into 24 hours (``pukul 8 malam`` is 20:00). Value: hours (1-12) that get +12.
PART_OF_DAY: Final = MappingProxyType(
    {
        "pagi": frozenset(),  # morning: 05-11, as printed
        "siang": frozenset(range(1, 5)),  # midday: "pukul 1 siang" is 13:00, "pukul 11 siang" 11:00
        "sore": frozenset(range(1, 12)),  # afternoon: "pukul 4 sore" is 16:00
        "petang": frozenset(range(1, 12)),  # evening: "pukul 6 petang" is 18:00
        "malam": frozenset(range(6, 12)),  # night: "pukul 8 malam" is 20:00; "pukul 1 malam" stays 01:00
    }
)

#: 12-hour clock markers (CLDR ``a`` for ``en``).
AMPM: Final = MappingProxyType({"am": "am", "a.m.": "am", "a.m": "am", "pm": "pm", "p.m.": "pm", "p.m": "pm"})


def _cldr_months() -> dict[str, int]:
    names: dict[str, int] = {}
    for locale in NAME_LOCALES:
        for width in ("wide", "abbreviated"):
            for context in ("format", "stand-alone"):
                for number, name in get_month_names(width, context, locale=locale).items():
                    names[name.casefold()] = number
    return names


def _cldr_weekdays() -> dict[str, int]:
    names: dict[str, int] = {}
    for locale in NAME_LOCALES:
        for width in ("wide", "abbreviated"):
            for context in ("format", "stand-alone"):
                for number, name in get_day_names(width, context, locale=locale).items():
                    names[name.casefold()] = number
    return names


def _cldr_zone_names() -> dict[str, str]:
    """Long zone names babel prints (``Waktu Indonesia Barat``, ``Coordinated Universal Time``)."""
    sample = dt.datetime(2025, 1, 1, 12)  # Indonesia has had no DST since 1964
    names: dict[str, str] = {}
    for locale in NAME_LOCALES:
        for key in ("Asia/Jakarta", "Asia/Makassar", "Asia/Jayapura", "UTC"):
            text = format_datetime(sample.replace(tzinfo=ZoneInfo(key)), "zzzz", locale=locale)
            names[text.casefold()] = key
    return names


#: Month name or abbreviation (casefolded) -> month number, CLDR ``id`` and ``en`` + extras.
MONTHS: Final = MappingProxyType({**_cldr_months(), **EXTRA_MONTHS})
#: Day name or abbreviation (casefolded) -> weekday number (Monday = 0), CLDR + extras.
WEEKDAYS: Final = MappingProxyType({**_cldr_weekdays(), **EXTRA_WEEKDAYS})
#: Indonesian day names (CLDR ``id`` wide), Monday first, for messages.
WEEKDAY_NAMES_ID: Final = tuple(get_day_names("wide", locale="id")[n] for n in range(7))
#: Long zone name (casefolded) -> IANA zone key, from CLDR via babel.
ZONE_NAMES: Final = MappingProxyType(_cldr_zone_names())

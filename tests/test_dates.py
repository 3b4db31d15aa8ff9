"""Tests for newsmodel.dates: parse_date, find_dates, format_date and the date lexicon."""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from babel.dates import get_date_format
from hypothesis import example, given
from hypothesis import strategies as st

from newsmodel import PartialDate
from newsmodel import _dates_lexicon as lex
from newsmodel.dates import DateMatch, DateStyle, find_dates, format_date, parse_date, zone_label
from newsmodel.exceptions import DateParseError, NewsModelError
from newsmodel.testing import aware_datetimes, partial_dates
from tests.helpers import ANY_CHARACTER, DATA, NASTY_VALUES, shared_path

#: 4 July 2025 in CLDR's Indonesian short date, with the full year ``short`` prints: CLDR 47
#: (babel 2.18) pads day and month ("dd/MM/yy"), CLDR 49 (babel 2.19) does not ("d/M/yy").
SHORT_ID_DATE = "04/07/2025" if get_date_format("short", locale="id").pattern.startswith("dd") else "4/7/2025"

JAKARTA = ZoneInfo("Asia/Jakarta")
MAKASSAR = ZoneInfo("Asia/Makassar")
JAYAPURA = ZoneInfo("Asia/Jayapura")
PONTIANAK = ZoneInfo("Asia/Pontianak")
UTC = dt.UTC
WIB = dt.timezone(dt.timedelta(hours=7))
REF = dt.datetime(2025, 7, 5, 10, 0, tzinfo=JAKARTA)
STYLES: tuple[DateStyle, ...] = ("news", "full", "long", "medium", "short", "iso")
LOCALES = ("id", "en")


def read_tsv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))


def check_row(row: dict[str, str]) -> str | None:
    """None when parse_date gives the expected ISO text, else a description of the miss."""
    reference = dt.datetime.fromisoformat(row["reference"])
    try:
        got = parse_date(row["text"], reference=reference).isoformat()
    except NewsModelError as exc:
        got = f"error: {exc}"
    return None if got == row["expected"] else f"{row['text']!r}: got {got}, expected {row['expected']}"


def iso(text: str, **kwargs: object) -> str:
    return parse_date(text, reference=REF, **kwargs).isoformat()  # type: ignore[arg-type]


SAMPLE_ROWS = read_tsv(DATA / "dates" / "dev_sample.tsv")


class TestCorpus:
    def test_dev_tsv_all_correct(self) -> None:
        """Every row of the shared dates corpus parses to its expected value."""
        rows = read_tsv(shared_path("corpora", "dates", "dev.tsv"))
        misses = [miss for row in rows if (miss := check_row(row)) is not None]
        assert rows
        assert misses == []

    @pytest.mark.parametrize("row", SAMPLE_ROWS, ids=[r["note"] for r in SAMPLE_ROWS])
    def test_dev_sample(self, row: dict[str, str]) -> None:
        """Each row of the in-repo sample (same families as dev.tsv) parses to its expected value."""
        assert check_row(row) is None

    def test_sample_is_sizeable(self) -> None:
        """The in-repo sample keeps about twenty rows so a corpus test always runs."""
        assert len(SAMPLE_ROWS) >= 20


class TestLexicon:
    @pytest.mark.parametrize(("word", "month"), sorted(lex.EXTRA_MONTHS.items()))
    def test_extra_month(self, word: str, month: int) -> None:
        """Each non-CLDR month spelling reads as its month, in any case."""
        assert parse_date(f"5 {word} 2015") == dt.date(2015, month, 5)
        assert parse_date(f"5 {word.upper()} 2015") == dt.date(2015, month, 5)

    @pytest.mark.parametrize(("word", "month"), sorted(lex.MONTHS.items()))
    def test_cldr_and_extra_months(self, word: str, month: int) -> None:
        """Every month name and abbreviation (CLDR id/en plus extras) reads as its month."""
        assert parse_date(f"3 {word.capitalize()} 2024") == dt.date(2024, month, 3)

    @pytest.mark.parametrize(("word", "weekday"), sorted(lex.WEEKDAYS.items()))
    def test_weekdays(self, word: str, weekday: int) -> None:
        """Every day name (CLDR id/en plus Jum'at, Ahad ...) is checked against the date."""
        day = dt.date(2025, 7, 7) + dt.timedelta(days=weekday)  # 7 July 2025 is a Monday
        assert parse_date(f"{word.capitalize()}, {day.day} Juli 2025") == day

    @pytest.mark.parametrize("word", sorted(lex.EXTRA_WEEKDAYS))
    def test_extra_weekdays_are_not_cldr(self, word: str) -> None:
        """The extra table only holds spellings CLDR lacks."""
        assert word not in lex._cldr_weekdays()

    @pytest.mark.parametrize("word", sorted(lex.EXTRA_MONTHS))
    def test_extra_months_are_not_cldr(self, word: str) -> None:
        """The extra month table only holds spellings CLDR lacks."""
        assert word not in lex._cldr_months()

    @pytest.mark.parametrize(("label", "offset", "key"), [(k, o, z) for k, (o, z) in lex.INDONESIAN_ZONES.items()])
    def test_indonesian_zones(self, label: str, offset: dt.timedelta, key: str) -> None:
        """WIB, WITA and WIT give their legal offset and their IANA zone."""
        value = parse_date(f"4 Juli 2025 08:15 {label.upper()}")
        assert isinstance(value, dt.datetime)
        assert value.utcoffset() == offset
        assert value.tzinfo == ZoneInfo(key)

    @pytest.mark.parametrize(("label", "offset"), sorted(lex.ZONE_ABBREVIATIONS.items()))
    def test_zone_abbreviations(self, label: str, offset: dt.timedelta) -> None:
        """UTC, GMT, Z and the RFC 822 zones give their fixed offset."""
        value = parse_date(f"Fri, 04 Jul 2025 01:15:00 {label.upper()}")
        assert isinstance(value, dt.datetime)
        assert value.utcoffset() == offset

    @pytest.mark.parametrize(("name", "key"), sorted(lex.ZONE_NAMES.items()))
    def test_zone_names(self, name: str, key: str) -> None:
        """The long CLDR zone names babel prints read back as their zone."""
        value = parse_date(f"4 Juli 2025 08.15.00 {name.title()}")
        assert isinstance(value, dt.datetime)
        assert value.utcoffset() == dt.datetime(2025, 7, 4, tzinfo=ZoneInfo(key)).utcoffset()

    @pytest.mark.parametrize(("word", "unit"), sorted(lex.RELATIVE_UNITS.items()))
    def test_relative_units(self, word: str, unit: tuple[str, int]) -> None:
        """Each unit counts back from the reference at its own precision."""
        value = parse_date(f"3 {word} lalu", reference=REF)
        name, size = unit
        if name in {"seconds", "minutes", "hours"}:
            assert value == REF - dt.timedelta(**{name: 3 * size})
        elif name == "days":
            assert value == REF.date() - dt.timedelta(days=3 * size)
        elif name == "months":
            assert value == PartialDate(year=2025, month=4)
        else:
            assert value == PartialDate(year=2022)

    @pytest.mark.parametrize(("word", "count"), sorted(lex.NUMBER_WORDS.items()))
    def test_number_words(self, word: str, count: int) -> None:
        """Each spelled-out count counts back that many units."""
        assert parse_date(f"{word} jam lalu", reference=REF) == REF - dt.timedelta(hours=count)
        assert parse_date(f"{word.upper()} days ago", reference=REF) == REF.date() - dt.timedelta(days=count)

    def test_se_prefix_means_one(self) -> None:
        """The prefix se- counts one unit ("sejam", "sehari", "seminggu", "sebulan", "setahun")."""
        assert parse_date("sejam lalu", reference=REF) == REF - dt.timedelta(hours=1)
        assert parse_date("sehari lalu", reference=REF) == dt.date(2025, 7, 4)
        assert parse_date("seminggu lalu", reference=REF) == dt.date(2025, 6, 28)
        assert parse_date("sebulan lalu", reference=REF) == PartialDate(year=2025, month=6)
        assert parse_date("setahun yang lalu", reference=REF) == PartialDate(year=2024)

    @pytest.mark.parametrize(("words", "days"), sorted(lex.RELATIVE_DAYS.items()))
    def test_relative_days(self, words: str, days: int) -> None:
        """Each relative day word names a day counted from the reference."""
        assert parse_date(words, reference=REF) == REF.date() + dt.timedelta(days=days)

    @pytest.mark.parametrize("words", sorted(lex.RELATIVE_NOW))
    def test_relative_now(self, words: str) -> None:
        """Each "just now" phrase is the reference moment."""
        assert parse_date(words.capitalize(), reference=REF) == REF

    def test_weekday_names_for_messages(self) -> None:
        """The Indonesian day names used in messages are CLDR's, Monday first."""
        assert lex.WEEKDAY_NAMES_ID == ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")

    @pytest.mark.parametrize("word", sorted(lex.FILLERS))
    def test_fillers(self, word: str) -> None:
        """Each filler word may stand inside a date without changing it."""
        assert parse_date(f"Jumat, {word} 4 Juli 2025 {word} 08:15") == dt.datetime(2025, 7, 4, 8, 15, tzinfo=JAKARTA)

    @pytest.mark.parametrize(("word", "hours"), sorted(lex.PART_OF_DAY.items()))
    def test_part_of_day(self, word: str, hours: frozenset[int]) -> None:
        """A part-of-day word keeps the date and moves 12-hour readings it covers to 24 hours."""
        for hour in range(1, 13):
            value = parse_date(f"4 Juli 2025 pukul {hour}.05 {word}")
            assert isinstance(value, dt.datetime)
            assert value.date() == dt.date(2025, 7, 4)
            assert value.hour == (hour + 12 if hour in hours else hour)
        assert parse_date(f"4 Juli 2025 pukul 21.00 {word}") == dt.datetime(2025, 7, 4, 21, tzinfo=JAKARTA)

    @pytest.mark.parametrize(("word", "half"), sorted(lex.AMPM.items()))
    def test_ampm(self, word: str, half: str) -> None:
        """AM and PM in their spellings set the half of the day; 12 AM is midnight."""
        morning = half == "am"
        assert parse_date(f"July 4, 2025 8:15 {word}") == dt.datetime(
            2025, 7, 4, 8 if morning else 20, 15, tzinfo=JAKARTA
        )
        assert parse_date(f"July 4, 2025 12:00 {word}") == dt.datetime(2025, 7, 4, 0 if morning else 12, tzinfo=JAKARTA)

    @pytest.mark.parametrize("word", sorted(lex.FOREIGN_TIME_WORDS))
    def test_foreign_time_words(self, word: str) -> None:
        """A time followed by a word for another zone raises instead of being read as WIB."""
        with pytest.raises(DateParseError, match="unknown time zone"):
            parse_date(f"Senin (3/3/2025) pukul 14.00 {word} Riyadh")
        assert parse_date(f"{word.capitalize()}: Senin (3/3/2025)") == dt.date(2025, 3, 3)

    @pytest.mark.parametrize(
        "text", ["July 4, 2025 8:15pm", "July 4, 2025 8PM", "July 4, 2025 8 p.m", "4/7/2025 8:15 PM"]
    )
    def test_ampm_glued_or_loose(self, text: str) -> None:
        """AM/PM glued to the time or without its last dot still sets the half of the day."""
        value = parse_date(text, language="en-GB")
        assert isinstance(value, dt.datetime)
        assert value.hour == 20

    @pytest.mark.parametrize(("key", "label"), sorted(lex.ZONE_LABELS.items()))
    def test_zone_labels(self, key: str, label: str) -> None:
        """Each Indonesian IANA zone is written with its label today, and the label reads back."""
        value = dt.datetime(2025, 7, 4, 8, 15, tzinfo=ZoneInfo(key))
        assert zone_label(value) == label.upper()
        assert parse_date(format_date(value)) == value

    @pytest.mark.parametrize("key", sorted(lex.UTC_KEYS))
    def test_utc_keys(self, key: str) -> None:
        """Each name of UTC is written "UTC"."""
        assert zone_label(dt.datetime(2025, 7, 4, 8, 15, tzinfo=ZoneInfo(key))) == "UTC"

    @pytest.mark.parametrize("word", sorted(lex.HOUR_MARKERS))
    def test_hour_markers(self, word: str) -> None:
        """After an hour marker a bare number is the hour; before a month it stays the day."""
        assert parse_date(f"4 Juli 2025 {word} 9") == dt.datetime(2025, 7, 4, 9, tzinfo=JAKARTA)
        assert parse_date(f"{word} 4 Juli 2025") == dt.date(2025, 7, 4)

    def test_no_word_in_two_tables(self) -> None:
        """Month, day and zone words do not collide (Min is Minggu, never a unit outside "lalu")."""
        assert not set(lex.MONTHS) & set(lex.WEEKDAYS)
        assert not set(lex.MONTHS) & (set(lex.ZONE_ABBREVIATIONS) | set(lex.INDONESIAN_ZONES))
        assert not set(lex.WEEKDAYS) & (set(lex.ZONE_ABBREVIATIONS) | set(lex.INDONESIAN_ZONES))


class TestParseDate:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("03/07/2025", "2025-07-03"),
            ("3-7-2025", "2025-07-03"),
            ("13.11.2024", "2024-11-13"),
            ("Kamis (3/7/2025)", "2025-07-03"),
            ("12/01/2025", "2025-01-12"),
            ("2025/7/4", "2025-07-04"),
            ("03/07/25", "2025-07-03"),
            ("7/2025", "2025-07"),
            ("2025-07", "2025-07"),
        ],
    )
    def test_numeric_day_first(self, text: str, expected: str) -> None:
        """Numeric dates are day first for Indonesian (and unknown) text; year first when it leads."""
        assert iso(text) == expected

    @pytest.mark.parametrize(
        ("language", "expected"),
        [
            ("en", "2025-04-07"),
            ("en-US", "2025-04-07"),
            ("en-GB", "2025-07-04"),
            ("id", "2025-07-04"),
            ("id-ID", "2025-07-04"),
            ("xx-nonsense", "2025-07-04"),
        ],
    )
    def test_numeric_order_from_language(self, language: str, expected: str) -> None:
        """The order of a numeric date follows the CLDR short date of the given language."""
        assert iso("4/7/2025", language=language) == expected

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("2025-07-04T08:15:00+07:00", "2025-07-04T08:15:00+07:00"),
            ("2025-07-04T08:15:00+0700", "2025-07-04T08:15:00+07:00"),
            ("2025-07-04T08:15:00+07", "2025-07-04T08:15:00+07:00"),
            ("2025-07-04T01:15:00Z", "2025-07-04T01:15:00+00:00"),
            ("2025-07-04T01:15:00.123456789Z", "2025-07-04T01:15:00.123456+00:00"),
            ("2025-07-04T01:15:00,5Z", "2025-07-04T01:15:00.500000+00:00"),
            ("2025-07-04T08:15", "2025-07-04T08:15:00+07:00"),
            ("2025-07-04", "2025-07-04"),
            ("2025-07-04T08:15:00-05:30", "2025-07-04T08:15:00-05:30"),
            ("2025-07-04 08:15:00 WIB", "2025-07-04T08:15:00+07:00"),
            ("20250704T081500Z", "2025-07-04T08:15:00+00:00"),
            ("20250704T0815+0700", "2025-07-04T08:15:00+07:00"),
        ],
    )
    def test_iso_8601(self, text: str, expected: str) -> None:
        """ISO 8601 forms: Z, +07:00, +0700, +07, fractions (truncated to microseconds), no zone."""
        assert iso(text) == expected

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("Fri, 04 Jul 2025 01:15:00 GMT", "2025-07-04T01:15:00+00:00"),
            ("Fri, 04 Jul 2025 08:15:00 +0700", "2025-07-04T08:15:00+07:00"),
            ("Fri, 4 Jul 2025 08:15 -0400", "2025-07-04T08:15:00-04:00"),
            ("Fri, 04 Jul 2025 01:15:00 EST", "2025-07-04T01:15:00-05:00"),
        ],
    )
    def test_rfc_822(self, text: str, expected: str) -> None:
        """RSS pubDate (RFC 822 section 5) with named and numeric zones."""
        assert iso(text) == expected

    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            ("4 Juli 2025 14:30", "2025-07-04T14:30:00+07:00"),
            ("4 Juli 2025 14.30", "2025-07-04T14:30:00+07:00"),
            ("4 Juli 2025 pukul 09.15", "2025-07-04T09:15:00+07:00"),
            ("4 Juli 2025 pkl. 09.15 WIB", "2025-07-04T09:15:00+07:00"),
            ("July 4, 2025 8:00 PM", "2025-07-04T20:00:00+07:00"),
            ("July 4, 2025 8 pm", "2025-07-04T20:00:00+07:00"),
            ("4 Juli 2025 14:30:59", "2025-07-04T14:30:59+07:00"),
            ("4 Juli 2025 14:30 WITA", "2025-07-04T14:30:00+08:00"),
            ("4 Juli 2025 14:30 wit", "2025-07-04T14:30:00+09:00"),
            ("4 Juli 2025 14:30 UTC", "2025-07-04T14:30:00+00:00"),
            ("4 Juli 2025 14:30 GMT+8", "2025-07-04T14:30:00+08:00"),
            ("4 Juli 2025 14:30 UTC+07:00", "2025-07-04T14:30:00+07:00"),
            ("4 Juli 2025 14:30 +09:00", "2025-07-04T14:30:00+09:00"),
            ("4 Juli 2025 14:30:00+0800", "2025-07-04T14:30:00+08:00"),
        ],
    )
    def test_times_and_zones(self, text: str, expected: str) -> None:
        """Times with colon or dot, pukul, AM/PM; WIB/WITA/WIT, GMT/UTC and numeric offsets."""
        assert iso(text) == expected

    @pytest.mark.parametrize(
        "text",
        [
            "Diperbarui 4 Juli 2025, 08:15 WIB",
            "Dipublikasikan: Jumat, 4 Juli 2025 08:15",
            "Published: Friday, 4 July 2025 08:15 WIB",
            "Updated: 04/07/2025 08:15",
            "Kompas.com - 04/07/2025, 08:15 WIB",
            "Liputan6.com, Jakarta 04 Jul 2025, 08:15 WIB",
            "Jumat, 4 Juli 2025 | 08:15 WIB",
            "Jumat, 4 Juli 2025 - 08:15 WIB",
            "Jumat, 4 Juli 2025 \u2013 08:15 WIB",
            "Jumat, 04 Juli 2025 / 08:15 WIB",
            "Jumat pagi, 4 Juli 2025 08:15 WIB",
            "pukul 08.15 WIB, Jumat (4/7/2025)",
            "  Jumat,\u00a04\u00a0Juli\u00a02025\n08:15\u202fWIB ",
            "Jumat, 4 Jul. 2025 08:15",
            "Jumat, 4 Juli 2025 \u2022 08:15 WIB",
            "Friday, July 4th, 2025 @ 8:15 AM",
            "Fri Jul 04 2025 08:15:00 GMT+0700 (Western Indonesia Time)",
            "Terbit: 4 Juli 2025 pukul 08.15 WIB | 1.229 Views",
            "08:15 AM WIB, 4 Juli 2025",
        ],
    )
    def test_labels_and_noise(self, text: str) -> None:
        """Labels, outlet prefixes, separators, part-of-day words and odd spaces stay out of the value."""
        assert iso(text) == "2025-07-04T08:15:00+07:00"

    def test_relative_expressions(self) -> None:
        """Relative expressions count back from the reference in the default zone."""
        assert iso("2 jam lalu") == "2025-07-05T08:00:00+07:00"
        assert iso("2 jam yang lalu") == "2025-07-05T08:00:00+07:00"
        assert iso("15 menit lalu") == "2025-07-05T09:45:00+07:00"
        assert iso("sejam lalu") == "2025-07-05T09:00:00+07:00"
        assert iso("an hour ago") == "2025-07-05T09:00:00+07:00"
        assert iso("3 hari lalu") == "2025-07-02"
        assert iso("1 minggu lalu") == "2025-06-28"
        assert iso("kemarin") == "2025-07-04"
        assert iso("kemarin pukul 20.00") == "2025-07-04T20:00:00+07:00"
        assert iso("2 bulan lalu") == "2025-05"
        assert iso("setahun lalu") == "2024"

    def test_relative_uses_default_zone_calendar(self) -> None:
        """A UTC reference late in the day is already tomorrow in Jakarta."""
        reference = dt.datetime(2025, 7, 4, 20, 0, tzinfo=UTC)  # 03:00 on 5 July in Jakarta
        assert parse_date("kemarin", reference=reference) == dt.date(2025, 7, 4)
        assert parse_date("kemarin", reference=reference, default_tz="UTC") == dt.date(2025, 7, 3)

    def test_naive_reference_is_in_default_zone(self) -> None:
        """A naive reference is read in the default zone."""
        assert iso("2 jam lalu") == parse_date("2 jam lalu", reference=REF.replace(tzinfo=None)).isoformat()

    def test_reference_may_be_a_day(self) -> None:
        """A date as reference counts from its noon."""
        assert parse_date("kemarin", reference=dt.date(2025, 7, 5)) == dt.date(2025, 7, 4)
        assert parse_date("2 jam lalu", reference=dt.date(2025, 7, 5)) == dt.datetime(2025, 7, 5, 10, tzinfo=JAKARTA)

    def test_reference_defaults_to_now(self) -> None:
        """Without a reference, relative dates count from the current time."""
        before = dt.datetime.now(JAKARTA).date()
        value = parse_date("hari ini")
        assert value in {before, dt.datetime.now(JAKARTA).date()}

    def test_yearless_takes_reference_year(self) -> None:
        """A year-less body date takes the reference's year."""
        assert iso("(14/3)") == "2025-03-14"
        assert iso("Jumat (14/3)") == "2025-03-14"
        assert iso("4 Juli") == "2025-07-04"

    def test_yearless_weekday_picks_previous_year(self) -> None:
        """When only the year before matches the weekday, the year-less date is in that year."""
        assert iso("Kamis (14/3)") == "2024-03-14"

    def test_yearless_weekday_matches_no_year(self) -> None:
        """A weekday that fits neither year raises."""
        with pytest.raises(DateParseError, match="matches neither"):
            parse_date("Senin (14/3)", reference=REF)

    def test_two_digit_year_pivot(self) -> None:
        """Two-digit years land at most 20 years after the reference."""
        assert iso("03/07/45") == "2045-07-03"
        assert iso("03/07/46") == "1946-07-03"

    def test_default_tz(self) -> None:
        """A time without a zone takes default_tz, a key or a tzinfo."""
        assert iso("4 Juli 2025 08:15", default_tz="Asia/Makassar") == "2025-07-04T08:15:00+08:00"
        assert iso("4 Juli 2025 08:15", default_tz=UTC) == "2025-07-04T08:15:00+00:00"
        value = parse_date("4 Juli 2025 08:15")
        assert isinstance(value, dt.datetime)
        assert value.tzinfo == JAKARTA

    def test_zone_words_keep_the_zone(self) -> None:
        """WIB gives Asia/Jakarta, so the value formats back as WIB."""
        value = parse_date("4 Juli 2025 08:15 WIB")
        assert isinstance(value, dt.datetime)
        assert format_date(value) == "Jumat, 4 Juli 2025 08.15 WIB"

    def test_weekday_contradiction_raises(self) -> None:
        """A weekday that contradicts the date raises, naming both days (never a silent pick)."""
        with pytest.raises(DateParseError, match="2025-07-04 is a Jumat, not a Senin") as info:
            parse_date("Senin, 4 Juli 2025")
        assert info.value.text == "Senin, 4 Juli 2025"

    @pytest.mark.parametrize(
        "text",
        [
            "31 Februari 2024",
            "29/2/2025",
            "30 Feb 2024",
            "31/04/2025",
            "4 Juli 2025 25:00",
            "4 Juli 2025 14:61",
            "13/13/2025",
            "2025-13-01",
            "2025-02-30T10:00:00Z",
            "4 Juli 2025 13:00 PM",
            "4 Juli 2025 14:30 +25:00",
            "0000-01-01",
            "99999 tahun lalu",
        ],
    )
    def test_impossible_values_raise(self, text: str) -> None:
        """Impossible dates, times and offsets raise DateParseError quoting the text."""
        with pytest.raises(DateParseError) as info:
            parse_date(text, reference=REF)
        assert info.value.text == text
        assert repr(text) in str(info.value)

    @pytest.mark.parametrize(
        "text",
        ["", "   ", "Jakarta", "banyak", "Senin", "14:30 WIB", "3 orang", "Juli", "beberapa jam lalu", "skor 3-1"],
    )
    def test_no_date_raises(self, text: str) -> None:
        """Text without a date raises DateParseError."""
        with pytest.raises(DateParseError):
            parse_date(text, reference=REF)

    def test_several_dates_raise(self) -> None:
        """Two different dates in a short string are ambiguous."""
        with pytest.raises(DateParseError, match="2 different dates"):
            parse_date("Dibuat 3 Juli 2025, diperbarui 4 Juli 2025")

    def test_same_date_twice_is_fine(self) -> None:
        """The same date printed twice is one date."""
        assert parse_date("03/07/2025 (3 Juli 2025)") == dt.date(2025, 7, 3)

    def test_unknown_zone_abbreviation_raises(self) -> None:
        """A zone abbreviation newsmodel does not know after the time raises instead of guessing."""
        with pytest.raises(DateParseError, match="unknown time zone"):
            parse_date("4 Juli 2025 14:30 CEST")

    def test_disagreeing_zones_raise(self) -> None:
        """Two zones for one time must agree (JavaScript's Date.toString prints both)."""
        with pytest.raises(DateParseError, match="disagree"):
            parse_date("Fri Jul 04 2025 08:15:00 GMT+0800 (Western Indonesia Time)")
        with pytest.raises(DateParseError, match="disagree"):
            parse_date("4 Juli 2025 08:15 +0700 WITA")

    def test_bare_numbers_are_no_dates(self) -> None:
        """An 8-digit number, a view count or an epoch is not read as a date."""
        for text in ("20250704", "1.229 Views", "1720066500"):
            with pytest.raises(DateParseError, match="no date"):
                parse_date(text)

    def test_unknown_default_tz_raises(self) -> None:
        """An unknown default zone raises a NewsModelError."""
        with pytest.raises(DateParseError, match="unknown time zone"):
            parse_date("4 Juli 2025 14:30", default_tz="Asia/Atlantis")

    def test_number_past_the_int_limit_is_skipped(self) -> None:
        """A run of 5,000 digits before a date is skipped like any long number ("12345678901 Januari 2020")."""
        assert (
            parse_date("9" * 5000 + " Januari 2020")
            == parse_date("12345678901 Januari 2020")
            == PartialDate(year=2020, month=1)
        )

    def test_number_past_the_int_limit_inside_a_date_raises(self) -> None:
        """A run of 5,000 digits inside a date is a number that is no part of it: DateParseError."""
        with pytest.raises(DateParseError, match="5000 digits"):
            parse_date("3 Juli " + "9" * 5000 + " 2025")

    @pytest.mark.parametrize("default_tz", ["Nope/Zone", "", "UTC\x00", "../etc/passwd"])
    def test_malformed_default_tz_raises(self, default_tz: str) -> None:
        """A zone name ZoneInfo refuses in any way (unknown, empty, NUL, a path) raises DateParseError."""
        with pytest.raises(DateParseError, match="unknown time zone"):
            parse_date("4 Juli 2025 14:30", default_tz=default_tz)

    def test_not_a_string_raises(self) -> None:
        """A non-string input raises DateParseError."""
        with pytest.raises(DateParseError):
            parse_date(20250704)  # type: ignore[arg-type]

    def test_error_is_a_value_error(self) -> None:
        """DateParseError is a NewsModelError and a ValueError."""
        with pytest.raises(ValueError, match="no date"):
            parse_date("tidak ada tanggal")

    def test_long_adversarial_text(self) -> None:
        """Long repetitive input is read in linear time and does not crash."""
        text = "1/" * 20_000 + "Senin, " * 5_000 + "-+" * 20_000
        with pytest.raises(DateParseError):
            parse_date(text)
        assert isinstance(find_dates(text), tuple)


class TestFindDates:
    def test_finds_dates_in_running_text(self) -> None:
        """Dates in a paragraph come back with spans that slice the text."""
        text = "Rapat digelar pada Kamis, 3 Juli 2025. Tersangka ditangkap Senin (21/2/2022) di Bogor."
        matches = find_dates(text, reference=REF)
        assert [(m.text, m.value) for m in matches] == [
            ("Kamis, 3 Juli 2025", dt.date(2025, 7, 3)),
            ("Senin (21/2/2022)", dt.date(2022, 2, 21)),
        ]
        for match in matches:
            assert text[match.start : match.end] == match.text

    def test_time_and_zone_are_in_the_span(self) -> None:
        """A time and zone after the date belong to the match."""
        text = "Gempa terjadi pada Jumat, 4 Juli 2025 pukul 08.15 WIB, menurut BMKG."
        (match,) = find_dates(text, reference=REF)
        assert match.text == "Jumat, 4 Juli 2025 pukul 08.15 WIB"
        assert match.value == dt.datetime(2025, 7, 4, 8, 15, tzinfo=JAKARTA)

    def test_two_dates_in_a_row(self) -> None:
        """Two dates joined by a comma are two matches."""
        matches = find_dates("antara 3 Juli 2025, 4 Juli 2025 dan", reference=REF)
        assert [m.value for m in matches] == [dt.date(2025, 7, 3), dt.date(2025, 7, 4)]

    def test_weak_candidates_are_left_out(self) -> None:
        """Bare numbers, scores, prices and years without "tahun" are no dates."""
        text = "Skor 2/3 di menit 14.30, harga Rp 12.500, 2025 orang hadir, Mei bilang."
        assert find_dates(text, reference=REF) == ()

    def test_year_with_tahun_and_month_year(self) -> None:
        """A year after "tahun" and a month with a year are partial dates."""
        matches = find_dates("Pada tahun 2019 dan Juli 2025 ...", reference=REF)
        assert [m.value for m in matches] == [PartialDate(year=2019), PartialDate(year=2025, month=7)]

    def test_yearless_with_weekday(self) -> None:
        """A year-less body date with its weekday is found and takes the reference year."""
        (match,) = find_dates("Polisi menggelar rekonstruksi Jumat (14/3).", reference=REF)
        assert match.value == dt.date(2025, 3, 14)
        assert match.text == "Jumat (14/3)"

    def test_contradiction_is_left_out(self) -> None:
        """A date whose weekday contradicts it is not reported."""
        assert find_dates("pada Senin, 4 Juli 2025.", reference=REF) == ()

    def test_part_of_day_outside_span_without_time(self) -> None:
        """A part-of-day word after a date without a time stays outside the span."""
        matches = find_dates("sejak Minggu (9/3/2025) malam, lalu Sabtu (5/4/2025) dini hari.", reference=REF)
        assert [m.text for m in matches] == ["Minggu (9/3/2025)", "Sabtu (5/4/2025)"]

    def test_reuters_dateline(self) -> None:
        """An English wire dateline ("JAKARTA, July 16 (Reuters)") takes the reference year."""
        (match,) = find_dates("JAKARTA, July 16 (Reuters) - Bank Indonesia", reference=REF)
        assert (match.text, match.value) == ("July 16", dt.date(2025, 7, 16))

    def test_relative_in_text(self) -> None:
        """A relative day is found with the reference."""
        (match,) = find_dates("Presiden kemarin meninjau lokasi.", reference=REF)
        assert match.value == dt.date(2025, 7, 4)

    def test_match_is_frozen(self) -> None:
        """DateMatch is an immutable value."""
        match = DateMatch(value=dt.date(2025, 7, 4), start=0, end=4, text="x")
        with pytest.raises(AttributeError):
            match.start = 3  # type: ignore[misc]

    def test_not_a_string(self) -> None:
        """A non-string gives no matches."""
        assert find_dates(None) == ()  # type: ignore[arg-type]


class TestFormatDate:
    DT = dt.datetime(2025, 7, 4, 8, 15, 30, tzinfo=JAKARTA)

    @pytest.mark.parametrize(
        ("style", "locale", "expected"),
        [
            ("news", "id", "Jumat, 4 Juli 2025 08.15 WIB"),
            ("news", "en", "Friday, 4 July 2025 08:15 WIB"),
            ("full", "id", "Jumat, 04 Juli 2025 08.15.30 Waktu Indonesia Barat"),
            ("full", "en", "Friday, July 4, 2025, 8:15:30\u202fAM Western Indonesia Time"),
            ("long", "id", "4 Juli 2025 08.15.30 WIB"),
            ("long", "en", "July 4, 2025, 8:15:30\u202fAM WIB"),
            ("medium", "id", "4 Jul 2025 08.15.30"),
            ("medium", "en", "Jul 4, 2025, 8:15:30\u202fAM"),
            ("short", "id", f"{SHORT_ID_DATE} 08.15"),
            ("short", "en", "7/4/2025, 8:15\u202fAM"),
            ("iso", "id", "2025-07-04T08:15:30+07:00"),
        ],
    )
    def test_datetime_styles(self, style: DateStyle, locale: str, expected: str) -> None:
        """Each style in each locale, for a WIB datetime."""
        assert format_date(self.DT, style=style, locale=locale) == expected

    @pytest.mark.parametrize(
        ("style", "locale", "expected"),
        [
            ("news", "id", "Jumat, 4 Juli 2025"),
            ("news", "en", "Friday, 4 July 2025"),
            ("full", "id", "Jumat, 04 Juli 2025"),
            ("long", "en", "July 4, 2025"),
            ("medium", "id", "4 Jul 2025"),
            ("short", "id", SHORT_ID_DATE),
            ("iso", "en", "2025-07-04"),
        ],
    )
    def test_date_styles(self, style: DateStyle, locale: str, expected: str) -> None:
        """A date is written at day precision."""
        assert format_date(dt.date(2025, 7, 4), style=style, locale=locale) == expected

    @pytest.mark.parametrize(
        ("value", "style", "locale", "expected"),
        [
            (PartialDate(year=2025, month=7), "news", "id", "Juli 2025"),
            (PartialDate(year=2025, month=7), "medium", "en", "Jul 2025"),
            (PartialDate(year=2025, month=7), "short", "id", "7/2025"),
            (PartialDate(year=2025, month=7), "iso", "id", "2025-07"),
            (PartialDate(year=2025), "long", "en", "2025"),
        ],
    )
    def test_partial_dates(self, value: PartialDate, style: DateStyle, locale: str, expected: str) -> None:
        """A partial date is written at its precision."""
        assert format_date(value, style=style, locale=locale) == expected

    @pytest.mark.parametrize(
        ("tz", "label"),
        [
            (JAKARTA, "WIB"),
            (PONTIANAK, "WIB"),
            (MAKASSAR, "WITA"),
            (JAYAPURA, "WIT"),
            (UTC, "UTC"),
            (ZoneInfo("UTC"), "UTC"),
            (WIB, "WIB"),  # a fixed +07:00 offset, as ISO 8601 strings carry it
            (dt.timezone(dt.timedelta(hours=8)), "WITA"),
            (dt.timezone(dt.timedelta(hours=9)), "WIT"),
            (ZoneInfo("Asia/Bangkok"), "+07:00"),
            (ZoneInfo("Asia/Tokyo"), "+09:00"),
            (dt.timezone(dt.timedelta(hours=-5, minutes=-30)), "-05:30"),
        ],
    )
    def test_zone_labels(self, tz: dt.tzinfo, label: str) -> None:
        """WIB/WITA/WIT from the zone or an Indonesian fixed offset; UTC; everything else numerically."""
        assert zone_label(dt.datetime(2025, 7, 4, 8, 15, tzinfo=tz)) == label

    def test_historical_pontianak_is_numeric(self) -> None:
        """Asia/Pontianak was UTC+8 in 1970: WIB would read back wrong, so the offset is written."""
        value = dt.datetime(1970, 7, 4, 8, 15, tzinfo=PONTIANAK)
        assert zone_label(value) == "+08:00"
        assert format_date(value, style="long") == "4 Juli 1970 08.15.00 +08:00"

    def test_negative_fixed_offset_with_minutes(self) -> None:
        """A negative offset with minutes is written right (babel alone writes -0630)."""
        value = dt.datetime(2025, 7, 4, 8, 15, tzinfo=dt.timezone(-dt.timedelta(hours=5, minutes=30)))
        assert format_date(value, style="long", locale="en") == "July 4, 2025, 8:15:00\u202fAM -05:30"
        assert format_date(value, style="full") == "Jumat, 04 Juli 2025 08.15.00 GMT-05:30"

    @pytest.mark.parametrize(
        ("zone", "locale", "style", "expected"),
        [
            ("HST", "en-GB", "long", "6 April 2047, 09:57:42 -10:00"),
            ("HST", "en-GB", "full", "Saturday, 6 April 2047, 09:57:42 GMT-10:00"),
            ("America/Moncton", "en-GB", "long", "6 April 2047, 09:57:42 -03:00"),
            ("America/Santo_Domingo", "en", "long", "April 6, 2047, 9:57:42\u202fAM -04:00"),
            ("America/Santo_Domingo", "en", "full", "Saturday, April 6, 2047, 9:57:42\u202fAM GMT-04:00"),
            ("Europe/Sofia", "id", "long", "6 April 2047 09.57.42 +03:00"),
            ("Europe/Sofia", "id", "full", "Sabtu, 06 April 2047 09.57.42 GMT+03:00"),
            ("Asia/Bangkok", "en", "full", "Saturday, April 6, 2047, 9:57:42\u202fAM GMT+07:00"),
        ],
    )
    def test_other_zones_are_numeric(self, zone: str, locale: str, style: DateStyle, expected: str) -> None:
        """A zone outside Indonesia is written as its offset that day, never as a CLDR name parse_date cannot read."""
        value = dt.datetime(2047, 4, 6, 9, 57, 42, tzinfo=ZoneInfo(zone))
        assert format_date(value, locale=locale, style=style) == expected

    @pytest.mark.parametrize("zone", sorted(lex.UTC_KEYS))
    @pytest.mark.parametrize("locale", LOCALES)
    def test_utc_keeps_its_name(self, zone: str, locale: str) -> None:
        """Every IANA key of UTC is written UTC in the long style, as the datetime.UTC singleton is."""
        value = dt.datetime(2025, 7, 4, 8, 15, tzinfo=ZoneInfo(zone))
        expected = format_date(value.replace(tzinfo=UTC), locale=locale, style="long")
        assert format_date(value, locale=locale, style="long") == expected
        assert expected.endswith(" UTC")

    def test_naive_datetime_raises(self) -> None:
        """A naive datetime has no zone to write."""
        with pytest.raises(DateParseError, match="naive"):
            format_date(dt.datetime(2025, 7, 4, 8, 15))

    def test_unknown_style_and_locale_raise(self) -> None:
        """Unknown styles and locales raise NewsModelError."""
        with pytest.raises(NewsModelError):
            format_date(dt.date(2025, 7, 4), style="fancy")  # type: ignore[arg-type]
        with pytest.raises(NewsModelError):
            format_date(dt.date(2025, 7, 4), locale="xx-nonsense")
        with pytest.raises(NewsModelError):
            format_date("2025-07-04")  # type: ignore[arg-type]


# ---------------------------------------------------------------- properties

ZONES: st.SearchStrategy[dt.tzinfo] = st.sampled_from([JAKARTA, MAKASSAR, JAYAPURA, UTC])
#: Styles that print a zone: their output reads back without the value's zone as default_tz.
ZONE_STYLES: tuple[DateStyle, ...] = ("news", "full", "long", "iso")
#: A default_tz that is no tzdata zone's offset, so that a zone left unread gives a wrong instant.
ELSEWHERE = dt.timezone(-dt.timedelta(hours=11, minutes=17))


def exists_once(value: dt.datetime) -> bool:
    """The wall time exists, once, in its zone (no gap or repeat from a zone change)."""
    again = value.astimezone(UTC).astimezone(value.tzinfo)
    return again.replace(tzinfo=None) == value.replace(tzinfo=None) and not again.fold


def zoned_datetimes(zones: st.SearchStrategy[dt.tzinfo] = ZONES) -> st.SearchStrategy[dt.datetime]:
    """Aware datetimes 1900-2100 in ``zones`` (by default the three Indonesian zones and UTC)."""
    naive = st.datetimes(min_value=dt.datetime(1900, 1, 2), max_value=dt.datetime(2100, 12, 30))
    return st.builds(lambda d, tz: d.replace(tzinfo=tz, fold=0), naive, zones).filter(exists_once)


def printed(value: dt.datetime, style: DateStyle) -> dt.datetime:
    """``value`` at the precision ``style`` prints."""
    if style == "iso":
        return value
    if style in {"news", "short"}:
        return value.replace(second=0, microsecond=0)
    return value.replace(microsecond=0)


class TestProperties:
    @pytest.mark.parametrize("locale", LOCALES)
    @pytest.mark.parametrize("style", STYLES)
    @given(value=zoned_datetimes())
    def test_datetime_round_trip(self, value: dt.datetime, style: DateStyle, locale: str) -> None:
        """parse_date(format_date(d)) gives d back at the printed precision, offset included."""
        text = format_date(value, style=style, locale=locale)
        back = parse_date(text, language=locale, default_tz=value.tzinfo or UTC)
        expected = printed(value, style)
        assert back == expected, text
        assert isinstance(back, dt.datetime)
        assert back.utcoffset() == expected.utcoffset(), text

    @pytest.mark.parametrize("locale", [*LOCALES, "en-GB"])
    @pytest.mark.parametrize("style", ZONE_STYLES)
    @given(value=zoned_datetimes(st.timezones()))
    def test_any_zone_round_trips_without_a_default(self, value: dt.datetime, style: DateStyle, locale: str) -> None:
        """In any IANA zone, a style that prints the zone reads back to the same instant and offset."""
        text = format_date(value, style=style, locale=locale)
        back = parse_date(text, language=locale, default_tz=ELSEWHERE)
        expected = printed(value, style)
        assert isinstance(back, dt.datetime)
        # the instants, in UTC: PEP 495 makes a time in a repeated hour (America/Adak at 01:00
        # on the day DST ends) unequal to any datetime of another zone, even at the same instant
        assert back.astimezone(dt.UTC) == expected.astimezone(dt.UTC), text
        assert back.utcoffset() == expected.utcoffset(), text

    @pytest.mark.parametrize("style", STYLES)
    @given(value=zoned_datetimes(st.just(JAKARTA)))
    def test_round_trip_in_jakarta_without_hints(self, value: dt.datetime, style: DateStyle) -> None:
        """Indonesian output of a WIB datetime reads back with every argument left at its default."""
        assert parse_date(format_date(value, style=style)) == printed(value, style)

    @given(value=aware_datetimes(), style=st.sampled_from(STYLES), locale=st.sampled_from(LOCALES))
    def test_fixed_offsets_round_trip(self, value: dt.datetime, style: DateStyle, locale: str) -> None:
        """Fixed offsets (newsmodel.testing) survive every style that prints a zone."""
        text = format_date(value, style=style, locale=locale)
        back = parse_date(text, language=locale, default_tz=value.tzinfo or UTC)
        assert back == printed(value, style), text
        assert isinstance(back, dt.datetime)
        assert back.utcoffset() == value.utcoffset(), text

    @pytest.mark.parametrize("locale", LOCALES)
    @given(value=st.dates(dt.date(1900, 1, 1), dt.date(2100, 12, 31)), style=st.sampled_from(STYLES))
    def test_date_round_trip(self, value: dt.date, style: DateStyle, locale: str) -> None:
        """A date comes back as the same date in every style and locale."""
        assert parse_date(format_date(value, style=style, locale=locale), language=locale) == value

    @pytest.mark.parametrize("locale", LOCALES)
    @given(value=partial_dates(), style=st.sampled_from(STYLES))
    def test_partial_round_trip(self, value: PartialDate, style: DateStyle, locale: str) -> None:
        """A partial date comes back at its precision in every style and locale."""
        assert parse_date(format_date(value, style=style, locale=locale), language=locale) == value

    @given(text=st.text(alphabet=ANY_CHARACTER, max_size=80))
    @example("\ud800 4 Juli 2025")
    def test_arbitrary_text_never_crashes(self, text: str) -> None:
        """parse_date returns a value or raises NewsModelError; find_dates returns a tuple."""
        try:
            value = parse_date(text, reference=REF)
        except NewsModelError:
            pass
        else:
            assert isinstance(value, dt.date | PartialDate)
        assert all(text[m.start : m.end] == m.text for m in find_dates(text, reference=REF))

    @given(
        text=st.lists(
            st.sampled_from(
                [
                    "Senin",
                    "Juli",
                    "Agt",
                    "2025",
                    "4",
                    "31",
                    "14:30",
                    "08.15",
                    "WIB",
                    "WITA",
                    "GMT+7",
                    "+0700",
                    "pukul",
                    "malam",
                    "PM",
                    "(",
                    ")",
                    "/",
                    "-",
                    "|",
                    ",",
                    ".",
                    "3/7",
                    "03/07/2025",
                    "2025-07-04T08:15:00Z",
                    "kemarin",
                    "2 jam lalu",
                    "Diperbarui",
                    "CEST",
                    "tahun",
                    "12/13/14",
                    "2020-2025",
                    *NASTY_VALUES,
                    "4th",
                    "12345678901234567890",
                ]
            ),
            max_size=12,
        ).map(" ".join)
    )
    @example("9" * 5000 + " Januari 2020")
    @example("3 Juli " + "9" * 5000 + " 2025")
    def test_date_like_soup_never_crashes(self, text: str) -> None:
        """Random mixes of date words, numbers of any length and odd digits return a value or raise NewsModelError."""
        with contextlib.suppress(NewsModelError):
            parse_date(text, reference=REF)
        assert isinstance(find_dates(text, reference=REF), tuple)
        for match in find_dates(text, reference=REF):
            assert text[match.start : match.end] == match.text

    @given(day=st.dates(dt.date(1900, 1, 1), dt.date(2100, 12, 31)), extra=st.integers(1, 3))
    def test_impossible_days_raise(self, day: dt.date, extra: int) -> None:
        """A day past the end of its month raises, in words and in numbers."""
        last = (day.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)
        impossible = last.day + extra
        month = format_date(day.replace(day=1), style="long").split()[1]
        for text in (f"{impossible} {month} {day.year}", f"{impossible}/{day.month}/{day.year}"):
            with pytest.raises(DateParseError):
                parse_date(text)

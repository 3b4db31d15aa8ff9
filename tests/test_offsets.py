"""UTC offsets with seconds (local mean time, Asia/Jakarta before 1924): read exactly, written as valid stamps."""

from __future__ import annotations

import datetime as dt
import re
from zoneinfo import ZoneInfo

import pytest
from hypothesis import example, given
from hypothesis import strategies as st
from lxml import etree

from newsmodel import Article
from newsmodel.dates import format_date, parse_date, whole_minute_offset
from newsmodel.exceptions import DateParseError
from newsmodel.jsonld import dumps_jsonld, from_jsonld, to_jsonld, validate_jsonld
from newsmodel.newsml import parse_newsml, to_newsml, validate_newsml
from newsmodel.newsml._rules import load_schema
from tests.helpers import shared_path

JAKARTA = ZoneInfo("Asia/Jakarta")
#: Asia/Jakarta's local mean time until 1924 in tzdata: +07:07:12.
LMT = dt.timezone(dt.timedelta(hours=7, minutes=7, seconds=12))
#: A time whose zone is that local mean time, as parse_date returns it for a 1910 WIB byline.
OLD_WIB = dt.datetime(1910, 1, 1, 8, 0, tzinfo=JAKARTA)
#: A zone that is none of the test's values, so that a time read in it is a wrong instant.
ELSEWHERE = dt.timezone(dt.timedelta(hours=-11, minutes=-17))
#: An ISO 8601 / xs:dateTime offset: hours and minutes, or Z.
STAMP_OFFSET = re.compile(r"(?:Z|[+-]\d{2}:\d{2})$")


def seconds_offsets() -> st.SearchStrategy[dt.timezone]:
    """Fixed UTC offsets with a seconds part, within ISO 8601's ±14 hours."""
    limit = 14 * 3600 - 1
    return st.integers(-limit, limit).filter(lambda s: s % 60 != 0).map(lambda s: dt.timezone(dt.timedelta(seconds=s)))


def seconds_datetimes() -> st.SearchStrategy[dt.datetime]:
    """Aware datetimes 1900-2100, whole seconds, in a fixed offset that has seconds."""
    naive = st.datetimes(min_value=dt.datetime(1900, 1, 2), max_value=dt.datetime(2100, 12, 30))
    return st.builds(lambda d, tz: d.replace(microsecond=0, tzinfo=tz), naive, seconds_offsets())


def same_instant(a: object, b: dt.datetime) -> bool:
    return isinstance(a, dt.datetime) and a == b


class TestParseOffsetSeconds:
    @pytest.mark.parametrize(
        "text",
        [
            "2017-01-01T01:00:00+00:25:43",
            "2017-01-01T01:00:00-00:25:43",
            "2017-01-01T01:00:00+002543",
            "2017-01-01 01:00:00+00:25:43",
            "2017-01-01 01:00:00 +00:25:43",
            "2017-01-01T01:00+00:25:43",
            "2017-01-01T01:00:00.5+00:25:43",
            "1910-01-01T08:00:00+07:07:12",
        ],
    )
    def test_iso_extended_offset_with_seconds(self, text: str) -> None:
        """An ISO 8601 offset ±HH:MM:SS (or ±HHMMSS) gives that exact offset, not default_tz."""
        expected = dt.datetime.fromisoformat(text.replace(" +", "+"))
        value = parse_date(text, default_tz=ELSEWHERE)
        assert isinstance(value, dt.datetime)
        assert value == expected
        assert value.utcoffset() == expected.utcoffset()

    @pytest.mark.parametrize(
        ("text", "offset"),
        [
            ("19100101T080000+070712", dt.timedelta(hours=7, minutes=7, seconds=12)),
            ("19100101T080000-070712", -dt.timedelta(hours=7, minutes=7, seconds=12)),
            ("19100101T0800+0707", dt.timedelta(hours=7, minutes=7)),
            ("19100101T080000+07:07:12", dt.timedelta(hours=7, minutes=7, seconds=12)),
        ],
    )
    def test_iso_basic_offset_with_seconds(self, text: str, offset: dt.timedelta) -> None:
        """The basic format takes ±HHMMSS (and an extended offset) as the extended one takes ±HH:MM:SS."""
        value = parse_date(text, default_tz=ELSEWHERE)
        assert value == dt.datetime(1910, 1, 1, 8, tzinfo=dt.timezone(offset))
        assert isinstance(value, dt.datetime)
        assert value.utcoffset() == offset

    @pytest.mark.parametrize(
        "text",
        [
            "2017-01-01T01:00:00+25:00",  # hours
            "2017-01-01T01:00:00+00:60",  # minutes
            "2017-01-01T01:00:00+00:25:60",  # seconds
            "20170101T010000+002560",
        ],
    )
    def test_impossible_offsets_raise(self, text: str) -> None:
        """An offset with an impossible part raises rather than read the time in default_tz."""
        with pytest.raises(DateParseError, match="impossible UTC offset"):
            parse_date(text, default_tz=ELSEWHERE)

    @pytest.mark.parametrize(
        "text",
        [
            "2017-01-01T01:00:00+0:00",
            "2017-01-01T01:00:00+7",
            "2017-01-01T01:00:00+00:25:4",
            "2017-01-01T01:00:00+00:25:43:12",
            "2017-01-01T01:00:00+0025:4",
            "20170101T010000+07:00:0",
            "2017-01-01T01:00:00+00:25:43.5",  # isoformat() of a sub-second offset
        ],
    )
    def test_malformed_glued_offsets_raise(self, text: str) -> None:
        """A malformed offset glued to an ISO 8601 time raises: it is the time's zone, unread."""
        with pytest.raises(DateParseError, match="malformed UTC offset"):
            parse_date(text, default_tz=ELSEWHERE)

    @given(value=seconds_datetimes())
    @example(OLD_WIB)
    def test_iso_style_round_trip(self, value: dt.datetime) -> None:
        """format_date(style="iso") of an offset with seconds reads back to the same instant and offset."""
        back = parse_date(format_date(value, style="iso"), default_tz=ELSEWHERE)
        assert back == value
        assert isinstance(back, dt.datetime)
        assert back.utcoffset() == value.utcoffset()


class TestWholeMinuteOffset:
    def test_whole_minutes_pass_through(self) -> None:
        """A value whose offset has no seconds is returned as it is, zone and all."""
        value = dt.datetime(2025, 7, 4, 8, 15, tzinfo=JAKARTA)
        assert whole_minute_offset(value) is value

    def test_seconds_become_utc(self) -> None:
        """An offset with seconds gives the same instant in UTC."""
        value = whole_minute_offset(OLD_WIB)
        assert value == OLD_WIB
        assert value.tzinfo is dt.UTC
        assert value.isoformat() == "1910-01-01T00:52:48+00:00"

    @pytest.mark.parametrize(
        ("value", "expected"),
        [
            (dt.datetime(1, 1, 1, 0, 0, tzinfo=LMT), "0001-01-01T00:00:48+07:08"),
            (
                dt.datetime(9999, 12, 31, 23, 59, 59, tzinfo=dt.timezone(-dt.timedelta(minutes=16, seconds=8))),
                "9999-12-31T23:59:07-00:17",
            ),
        ],
    )
    def test_out_of_range_in_utc_rounds_the_offset_outward(self, value: dt.datetime, expected: str) -> None:
        """Where UTC falls outside years 1-9999, the offset is rounded away from zero: same instant."""
        written = whole_minute_offset(value)
        assert written.isoformat() == expected
        assert written == value


def stamps(xml: bytes) -> dict[str, str]:
    """The text of the date elements of a newsItem, by local name."""
    names = {"versionCreated", "firstCreated", "contentCreated", "contentModified"}
    root = etree.fromstring(xml)
    return {etree.QName(e).localname: e.text or "" for e in root.iter() if etree.QName(e).localname in names}


def dated(value: dt.datetime) -> Article:
    return Article(headline="H", date_published=value, date_modified=value, date_created=value)


class TestNewsMLWriter:
    def test_lmt_date_is_written_in_utc(self) -> None:
        """A 1910 WIB time (+07:07:12) is written in UTC in every date element."""
        xml = to_newsml(dated(OLD_WIB))
        assert stamps(xml) == dict.fromkeys(
            ("versionCreated", "firstCreated", "contentCreated", "contentModified"), "1910-01-01T00:52:48Z"
        )

    def test_whole_minute_offsets_are_kept(self) -> None:
        """A time in a whole-minute offset keeps its offset as written before."""
        xml = to_newsml(dated(dt.datetime(2025, 7, 4, 8, 15, tzinfo=JAKARTA)))
        assert set(stamps(xml).values()) == {"2025-07-04T08:15:00+07:00"}

    def test_lmt_output_validates_against_the_xsd(self) -> None:
        """The official 2.35 Power schema accepts the item of a 1910 WIB article."""
        xsd = shared_path("corpora", "newsml-g2", "xsd", "NewsML-G2_2.35-spec-All-Power.xsd")
        schema = load_schema(str(xsd))
        assert schema.validate(etree.fromstring(to_newsml(dated(OLD_WIB)))), str(schema.error_log)

    @given(value=seconds_datetimes())
    @example(OLD_WIB)
    @example(dt.datetime(1, 1, 1, 0, 0, tzinfo=LMT))
    def test_round_trip(self, value: dt.datetime) -> None:
        """Output validates with validate_newsml and reads back to the same instant in every date field."""
        article = dated(value)
        xml = to_newsml(article)
        assert all(STAMP_OFFSET.search(text) for text in stamps(xml).values()), stamps(xml)
        report = validate_newsml(xml)
        assert report.errors == (), report.errors
        back = parse_newsml(xml)
        for field in ("date_published", "date_modified", "date_created"):
            assert same_instant(getattr(back, field), value), field


class TestJsonLdWriter:
    def test_lmt_date_is_written_in_utc(self) -> None:
        """A 1910 WIB time (+07:07:12) is written in UTC in every date property."""
        data = to_jsonld(dated(OLD_WIB))
        for key in ("datePublished", "dateModified", "dateCreated"):
            assert data[key] == "1910-01-01T00:52:48+00:00"

    def test_whole_minute_offsets_are_kept(self) -> None:
        """A time in a whole-minute offset keeps its offset as written before."""
        data = to_jsonld(dated(dt.datetime(2025, 7, 4, 8, 15, tzinfo=JAKARTA)))
        assert data["datePublished"] == "2025-07-04T08:15:00+07:00"

    @given(value=seconds_datetimes())
    @example(OLD_WIB)
    @example(dt.datetime(1, 1, 1, 0, 0, tzinfo=LMT))
    def test_round_trip(self, value: dt.datetime) -> None:
        """Output validates with validate_jsonld and reads back to the same instant in every date property."""
        article = dated(value)
        text = dumps_jsonld(article)
        data = to_jsonld(article)
        for key in ("datePublished", "dateModified", "dateCreated"):
            assert STAMP_OFFSET.search(data[key]), data[key]
        report = validate_jsonld(text)
        assert report.errors == (), report.errors
        back = from_jsonld(text, default_tz=None)
        for field in ("date_published", "date_modified", "date_created"):
            assert same_instant(getattr(back, field), value), field

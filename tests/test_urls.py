"""URLs: what the model accepts, every writer writes validly, and every reader gives back or repairs."""

from __future__ import annotations

import datetime as dt
import re
import sys
from collections.abc import Iterable
from typing import cast

import pytest
from hypothesis import given
from hypothesis import strategies as st
from lxml import etree

from newsmodel import (
    Article,
    ImageObject,
    InvalidModelError,
    Organization,
    Person,
    Subject,
    dumps,
    from_jsonld,
    loads,
    parse_html,
    parse_newsml,
    to_jsonld,
    to_newsml,
    validate_jsonld,
    validate_newsml,
)
from newsmodel._schema import _URL as URL_PATTERN
from newsmodel._text import absolute_url, has_space, resolve_url
from newsmodel.newsml._rules import load_schema
from tests.helpers import shared_path

#: RFC 3986 §2.1: a "%" that starts no percent-encoding (two hex digits) makes no URI.
STRAY_PERCENT = ("http://a.id/%zz", "http://a.id/%20%zz", "http://a.id/100%", "http://a.id/%2", "http://a.id/x#%")
#: Control characters: no URI or IRI holds them (RFC 3986 §2, RFC 3987 §2.2), and XML 1.0
#: cannot carry most of them.
CONTROLS = ("http://a.id/\x01", "http://a.id/a\x7fb", "http://a.id/\x9f", "http://a.id/\ufffe")
#: RFC 3986 §3 syntax that libxml2's xs:anyURI (so the NewsML-G2 XSD) refuses too.
MALFORMED = (
    "http://a.id/?q=[1]",
    "http://a.id/[x]",
    "http://a.id/x#a#b",
    "http://a@b@a.id/",
    "http://a.id:/",
    "http://a.id:x/",
    "http://[::1]x/",
)
#: An authority without a host: no absolute URL.
HOSTLESS = ("http://@/x", "http://:80/", "http://[]/", "http:///x")

# --- a strategy of URLs the model accepts, beyond testing.urls() (http(s), [a-z0-9-_] only) ---

_SCHEMES = st.sampled_from(["http", "https", "ftp", "sftp", "file", "git+ssh", "x-news.v1"])
_GOOD_HOSTS = st.one_of(
    st.lists(st.text("abcdefghijklmnopqrstuvwxyz0123456789-éü", min_size=1, max_size=8), min_size=1, max_size=3).map(
        ".".join
    ),
    st.sampled_from(["127.0.0.1", "[::1]", "[2001:db8::7]"]),
)
_GOOD_USERINFO = ["", "user@", "user:pw@", "a%40b@"]
_GOOD_PORTS = ["", ":8080", ":1"]
# Path, query and fragment characters: unreserved, sub-delims, ":" "@", non-ASCII (IRI),
# percent-encodings, and the ASCII that RFC 3986 leaves out but the model and XML Schema's
# anyURI take (< > " { } | \ ^ `).
_GOOD_PIECES = [
    *"abcXYZ019-._~!$&'()*+,;=:@",
    *"éü中ไ😀",
    "%20",
    "%25",
    "%C3%A9",
    "%2F",
    "%7e",
    *'<>"{}|\\^`',
]
# What the model must refuse: a bare "%", control characters, "[" and "]" outside an IPv6
# host, a second "#", "@" in the user information, a port of no digits, no host at all.
_BAD_PIECES = ["%", "\x01", "\x7f", "[", "]", "#"]


def _segments(pieces: list[str]) -> st.SearchStrategy[str]:
    return st.lists(st.sampled_from(pieces), max_size=6).map("".join)


def _model_accepts(url: str) -> bool:
    try:
        ImageObject(url=url)
    except InvalidModelError:
        return False
    return True


@st.composite
def _urls(draw: st.DrawFn, *, faulty: bool) -> str:
    hosts = st.one_of(st.sampled_from(["", "[]", ":80"]), _GOOD_HOSTS) if faulty else _GOOD_HOSTS
    userinfo = [*_GOOD_USERINFO, "a@b@", "u[x]@"] if faulty else _GOOD_USERINFO
    ports = [*_GOOD_PORTS, ":", ":x"] if faulty else _GOOD_PORTS
    segment = _segments(_GOOD_PIECES + _BAD_PIECES if faulty else _GOOD_PIECES)
    url = f"{draw(_SCHEMES)}://{draw(st.sampled_from(userinfo))}{draw(hosts)}{draw(st.sampled_from(ports))}"
    url += "".join("/" + part for part in draw(st.lists(segment, max_size=3)))
    if draw(st.booleans()):
        url += "?" + "/".join(draw(st.lists(segment, max_size=3))).replace("/", "?", 1)
    if draw(st.booleans()):
        url += "#" + "/".join(draw(st.lists(segment, max_size=2)))
    return url


def _candidate_urls() -> st.SearchStrategy[str]:
    """URLs of every shape, many of them faulty: for checks that must tell the two apart."""
    return _urls(faulty=True)


def model_urls() -> st.SearchStrategy[str]:
    """Absolute URLs of any scheme, host form, port, path, query and fragment that the model accepts.

    Built from parts the model takes; the filter drops the few that still fail (an empty
    host label, say).
    """
    return _urls(faulty=False).filter(_model_accepts)


def carrying(url: str) -> Article:
    """An article holding ``url`` in every URL field NewsML-G2 carries."""
    person = Person(name="Ani", url=url, same_as=(url,), affiliation=Organization(name="Kantor", url=url))
    return Article(
        headline="H",
        identifier="urn:x",
        date_published=dt.datetime(2025, 7, 4, 9, tzinfo=dt.UTC),  # else versionCreated stands in
        url=url,
        authors=(person,),
        publisher=Organization(name="P", url=url, same_as=(url,)),
        copyright_holder=Organization(name="C", url=url),
        subjects=(Subject(name="s", uri=url), Subject(name="t", code="medtop:1", uri=url)),
        images=(ImageObject(url=url),),
    )


@pytest.fixture(scope="module")
def power_xsd() -> etree.XMLSchema:
    """The official 2.35 Power schema."""
    return load_schema(str(shared_path("corpora", "newsml-g2", "xsd", "NewsML-G2_2.35-spec-All-Power.xsd")))


def xsd_errors(xml: bytes, schema: etree.XMLSchema) -> list[str]:
    if schema.validate(etree.fromstring(xml)):
        return []
    return [f"{e.line}: {e.message}" for e in cast("Iterable[etree._LogEntry]", schema.error_log)]


class TestModel:
    @pytest.mark.parametrize("url", STRAY_PERCENT)
    def test_stray_percent_is_rejected_naming_the_field(self, url: str) -> None:
        """A "%" that starts no percent-encoding is no URI: InvalidModelError names the class and field."""
        with pytest.raises(InvalidModelError, match=r"Article\.url: .*percent-encoding"):
            Article(headline="H", url=url)
        with pytest.raises(InvalidModelError, match=r"Person\.same_as"):
            Person(name="A", same_as=("https://a.id/", url))

    @pytest.mark.parametrize("url", CONTROLS)
    def test_control_characters_are_rejected(self, url: str) -> None:
        """A control character (or a non-character XML cannot carry) in a URL is rejected, like white space."""
        with pytest.raises(InvalidModelError, match=r"ImageObject\.url: .*control character"):
            ImageObject(url=url)

    @pytest.mark.parametrize("url", MALFORMED)
    def test_malformed_syntax_is_rejected(self, url: str) -> None:
        """Brackets outside an IPv6 host, a second "#", "@" in the user information, a bad port: no URI."""
        with pytest.raises(InvalidModelError, match=r"Article\.url: not a URL, "):
            Article(headline="H", url=url)

    @pytest.mark.parametrize("url", HOSTLESS)
    def test_a_host_is_required(self, url: str) -> None:
        """User information or a port alone make no host."""
        with pytest.raises(InvalidModelError, match=r"Article\.url: (?:must be an absolute URL|not a URL)"):
            Article(headline="H", url=url)
        assert absolute_url(url) is None

    @pytest.mark.parametrize(
        "url", ["http://a.id/%20%C3%A9%7e", "ftp://a.b/c", "file://localhost/x", "http://a.id/é?q=ü#中", "x-y+z://h/"]
    )
    def test_percent_encodings_other_schemes_and_iris_are_accepted(self, url: str) -> None:
        """Percent-encodings, any scheme and non-ASCII characters (IRIs) stay URLs."""
        assert Article(headline="H", url=url).url == url


class TestSchemaPattern:
    @given(_candidate_urls())
    def test_schema_pattern_agrees_with_the_model(self, url: str) -> None:
        """article.schema.json's URL pattern accepts exactly the URLs the model accepts."""
        assert (re.search(URL_PATTERN, url) is not None) == _model_accepts(url)


class TestRoundTrips:
    @given(model_urls())
    def test_newsml_keeps_every_url_the_model_accepts(self, url: str) -> None:
        """parse_newsml(to_newsml(a)) keeps the URL in every field NewsML-G2 carries, whatever its scheme."""
        article = carrying(url)
        assert parse_newsml(to_newsml(article)) == article

    @given(model_urls())
    def test_newsml_output_with_any_model_url_validates(self, power_xsd: etree.XMLSchema, url: str) -> None:
        """to_newsml output holding any model URL passes the built-in rules and the 2.35 XSD."""
        xml = to_newsml(carrying(url))
        assert validate_newsml(xml).errors == ()
        assert xsd_errors(xml, power_xsd) == []

    @given(model_urls())
    def test_jsonld_and_plain_form_keep_every_url_the_model_accepts(self, url: str) -> None:
        """JSON-LD and the plain form keep any model URL; the JSON-LD validates."""
        article = Article(headline="H", url=url, authors=(Person(name="Ani", url=url, same_as=(url,)),))
        data = to_jsonld(article)
        assert validate_jsonld(data).errors == ()
        read = from_jsonld(data)
        assert (read.url, read.authors) == (article.url, article.authors)
        assert loads(dumps(article)) == article

    @pytest.mark.parametrize("url", STRAY_PERCENT + CONTROLS + MALFORMED + HOSTLESS)
    def test_no_writer_is_given_an_invalid_url(self, url: str) -> None:
        """The model refuses such a URL, so no NewsML-G2, JSON-LD or plain output can hold it."""
        with pytest.raises(InvalidModelError):
            carrying(url)


def test_has_space_is_str_isspace() -> None:
    """The C-level white space test takes exactly the characters str.isspace() takes (all of Unicode)."""
    assert [c for c in map(chr, range(sys.maxunicode + 1)) if has_space(c) != c.isspace()] == []


class TestReadersRepair:
    @pytest.mark.parametrize(
        ("raw", "repaired"),
        [
            ("http://a.id/%20%zz", "http://a.id/%20%25zz"),
            ("http://a.id/100%", "http://a.id/100%25"),
            ("http://a.id/x#%", "http://a.id/x#%25"),
            ("http://a.id/\x01a\x7f", "http://a.id/%01a%7F"),
            ("http://a.id/\ufffe", "http://a.id/%EF%BF%BE"),
            ("http://a.id/%C3%A9", "http://a.id/%C3%A9"),
            ("http://a.id/?q=[1]", "http://a.id/?q=%5B1%5D"),
            ("http://a.id/x#a#b[c]", "http://a.id/x#a%23b%5Bc%5D"),
            ("http://a@b@a.id/", "http://a%40b@a.id/"),
            ("http://a.id:/x", "http://a.id/x"),
            ("http://[::1]:/x", "http://[::1]/x"),
        ],
    )
    def test_shared_readers_percent_encode_what_no_url_holds(self, raw: str, repaired: str) -> None:
        """absolute_url and resolve_url percent-encode what no URL may hold (or drop an empty port)."""
        assert absolute_url(raw) == repaired
        assert resolve_url(raw) == repaired
        assert Article(headline="H", url=repaired).url == repaired

    @pytest.mark.parametrize("raw", ["http://a.id:x/", "http://a.id:1:2/", "http://[::1]x/"])
    def test_what_cannot_be_mended_is_no_url(self, raw: str) -> None:
        """A port that is not digits, or text after an IPv6 host, cannot be mended: the readers drop it."""
        assert absolute_url(raw) is None
        assert resolve_url(raw) is None

    @given(st.text(max_size=30), st.sampled_from([None, "https://a.id/b/", "http://a.id/%zz/", "file:///x/"]))
    def test_what_absolute_url_returns_the_model_accepts(self, text: str, base: str | None) -> None:
        """absolute_url returns None or a URL the model takes: readers never build an invalid model from it."""
        url = absolute_url("http://a.id/" + text, base)
        if url is not None:
            assert ImageObject(url=url).url == url
        relative = absolute_url(text, base)
        if relative is not None:
            assert ImageObject(url=relative).url == relative

    def test_newsml_reader_repairs(self) -> None:
        """A feed's link, creator, subject and rendition URLs with a stray "%" are repaired, not fatal."""
        item = (
            '<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="urn:x" version="1" standard="NewsML-G2"'
            ' standardversion="2.35"><itemMeta><itemClass qcode="ninat:text"/><provider literal="A"/>'
            "<versionCreated>2025-07-04T09:00:00Z</versionCreated>"
            '<link rel="irel:canonical" href="http://a.id/100%"/></itemMeta><contentMeta>'
            '<creator uri="http://a.id/%a"><name>Ani</name></creator>'
            '<subject uri="http://a.id/%s"><name>s</name></subject><headline>H</headline></contentMeta>'
            '<contentSet><remoteContent href="http://a.id/%p.jpg"/></contentSet></newsItem>'
        )
        article = parse_newsml(item)
        assert article.url == "http://a.id/100%25"
        assert article.authors == (Person(name="Ani", url="http://a.id/%25a"),)
        assert article.subjects == (Subject(name="s", uri="http://a.id/%25s"),)
        assert article.images == (ImageObject(url="http://a.id/%25p.jpg"),)

    def test_jsonld_reader_repairs(self) -> None:
        """JSON-LD url, author url and sameAs, and image URLs with a stray "%" or a control character are repaired."""
        article = from_jsonld(
            {
                "@context": "https://schema.org",
                "@type": "NewsArticle",
                "headline": "H",
                "url": "http://a.id/%zz",
                "author": {"@type": "Person", "name": "Ani", "url": "http://a.id/\x01", "sameAs": ["http://b.id/%"]},
                "image": "http://a.id/50%.jpg",
            }
        )
        assert article.url == "http://a.id/%25zz"
        assert article.authors == (Person(name="Ani", url="http://a.id/%01", same_as=("http://b.id/%25",)),)
        assert article.images == (ImageObject(url="http://a.id/50%25.jpg"),)

    def test_html_reader_repairs(self) -> None:
        """A page's canonical link, og:image and the url= argument with a stray "%" are repaired."""
        page = (
            "<html><head><title>Banjir</title>"
            '<link rel="canonical" href="http://a.id/read/100%">'
            '<meta property="og:type" content="article"><meta property="og:image" content="/foto/50%.jpg"></head>'
            "<body><h1>Banjir</h1><p>Hujan deras mengguyur Jakarta sejak pagi dan membuat puluhan rumah"
            " warga di bantaran kali terendam banjir setinggi satu meter.</p></body></html>"
        )
        article = parse_html(page, url="http://a.id/read/%x")
        assert article.url == "http://a.id/read/100%25"
        assert [image.url for image in article.images] == ["http://a.id/foto/50%25.jpg"]
        assert parse_html(
            page.replace('<link rel="canonical" href="http://a.id/read/100%">', ""), url="http://a.id/%x"
        ).url == ("http://a.id/%25x")

"""Writing NewsML-G2: schema-valid 2.35 news items that read back equal on every field NewsML-G2 carries."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from pathlib import Path
from typing import cast

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st
from lxml import etree

from newsmodel import Article, BlockKind, DateValue, ImageObject, Organization, Paragraph, PartialDate, Person, Subject
from newsmodel.html import parse_html
from newsmodel.newsml import parse_newsml, to_newsml, validate_newsml
from newsmodel.newsml._names import concept_uri
from newsmodel.newsml._rules import load_schema
from newsmodel.testing import articles, urls
from tests.helpers import DATA, shared_path

WIB = dt.timezone(dt.timedelta(hours=7))


@pytest.fixture(scope="session")
def power_xsd() -> Path:
    """The official 2.35 Power schema (loaded once per session by load_schema's cache)."""
    return shared_path("corpora", "newsml-g2", "xsd", "NewsML-G2_2.35-spec-All-Power.xsd")


def xsd_errors(xml: bytes, xsd: Path) -> list[str]:
    schema = load_schema(str(xsd))
    document = etree.fromstring(xml)
    if schema.validate(document):
        return []
    return [f"{e.line}: {e.message}" for e in cast("Iterable[etree._LogEntry]", schema.error_log)]


def _organization(organization: Organization | None) -> Organization | None:
    """What NewsML-G2 keeps of an organization: everything but the logo."""
    return attrs.evolve(organization, logo=None) if organization is not None else None


def _agent(agent: Person | Organization) -> Person | Organization:
    """What NewsML-G2 keeps of a party: no logo; an affiliation's name and URL only."""
    if isinstance(agent, Organization):
        return attrs.evolve(agent, logo=None)
    if agent.affiliation is not None:
        return attrs.evolve(agent, affiliation=Organization(name=agent.affiliation.name, url=agent.affiliation.url))
    return agent


def _subject(subject: Subject) -> Subject:
    """The reader fills in a missing URI from the bundled IPTC catalog."""
    if subject.uri is None and subject.code is not None:
        return attrs.evolve(subject, uri=concept_uri(subject.code))
    return subject


def expected_after_round_trip(article: Article, read: Article) -> Article:
    """The article as NewsML-G2 carries it (the docs' "round trip" list, field by field).

    Not carried: ``section``, ``is_accessible_for_free``, logos, an affiliation's logo and
    sameAs; ``quotes`` are re-extracted from the body. Without an identifier the item gets a
    ``urn:uuid:`` guid. A ``date_published`` that is not an aware datetime cannot be a
    ``firstCreated``: it reads back as the ``versionCreated`` written, which is the first aware
    datetime of ``date_modified``, ``date_created`` (or the time of writing).
    """
    published: DateValue | None
    if isinstance(article.date_published, dt.datetime):
        published = article.date_published
    else:
        published = next(
            (d for d in (article.date_modified, article.date_created) if isinstance(d, dt.datetime)),
            read.date_published,  # the time of writing: nothing in the article to compare with
        )
    identifier = article.identifier
    if identifier is None:
        assert read.identifier is not None
        assert read.identifier.startswith("urn:uuid:")
        identifier = read.identifier
    return attrs.evolve(
        article,
        identifier=identifier,
        section=None,
        is_accessible_for_free=None,
        quotes=read.quotes,
        date_published=published,
        authors=tuple(_agent(a) for a in article.authors),
        publisher=_organization(article.publisher),
        copyright_holder=_agent(article.copyright_holder) if article.copyright_holder is not None else None,
        subjects=tuple(_subject(s) for s in article.subjects),
    )


class TestSchemaValidity:
    @given(articles())
    def test_generated_articles_validate_against_the_2_35_schema(self, power_xsd: Path, article: Article) -> None:
        """to_newsml output validates against NewsML-G2_2.35-spec-All-Power.xsd for any article."""
        assert xsd_errors(to_newsml(article), power_xsd) == []

    @given(articles())
    def test_generated_articles_pass_the_built_in_rules(self, article: Article) -> None:
        """to_newsml output has no error under the built-in rules (no schema needed)."""
        report = validate_newsml(to_newsml(article))
        assert report.errors == ()

    def test_minimal_article(self, power_xsd: Path) -> None:
        """An article with a headline only still makes a valid item (empty provider, generated guid)."""
        xml = to_newsml(Article(headline="Hanya judul"))
        assert xsd_errors(xml, power_xsd) == []
        assert b'guid="urn:uuid:' in xml

    def test_characters_xml_cannot_carry_are_dropped(self, power_xsd: Path) -> None:
        """Control characters that XML 1.0 forbids are left out instead of failing; tabs and newlines
        in a job title (an XSD g2normalizedString literal) become spaces."""
        article = Article(
            headline="Judul\x00 berita\x0b",
            body=[Paragraph(text="Isi\x1f\ufffe.")],
            authors=[Person(name="Ani", job_title="Editor\tsenior")],
            keywords=["satu\ndua"],
        )
        xml = to_newsml(article)
        assert xsd_errors(xml, power_xsd) == []
        read = parse_newsml(xml)
        assert (read.headline, read.text, read.keywords) == ("Judul berita", "Isi.", ("satu dua",))
        assert read.authors == (Person(name="Ani", job_title="Editor senior"),)

    def test_identifier_characters_xml_cannot_carry_are_dropped(self, power_xsd: Path) -> None:
        """An identifier's control characters are left out of the guid, as in every other text, never an lxml error."""
        xml = to_newsml(Article(headline="H", identifier="urn:a\x0cb\x00:1\ufffe"))
        assert xsd_errors(xml, power_xsd) == []
        assert parse_newsml(xml).identifier == "urn:ab:1"

    def test_identifier_of_only_such_characters_gets_the_generated_guid(self) -> None:
        """An identifier with nothing XML can carry is written like a missing one: the stable urn:uuid: guid."""
        article = Article(headline="H", identifier="\x01\x02")
        read = parse_newsml(to_newsml(article))
        assert read.identifier == parse_newsml(to_newsml(attrs.evolve(article, identifier=None))).identifier
        assert read.identifier is not None
        assert read.identifier.startswith("urn:uuid:")

    @given(
        st.builds(
            Article,
            headline=st.text(min_size=1).filter(str.strip),
            identifier=st.none() | st.text().filter(str.strip),
            body=st.lists(st.builds(Paragraph, text=st.text().filter(str.strip))),
            keywords=st.lists(st.text().filter(str.strip), max_size=3),
            authors=st.lists(
                st.builds(Person, name=st.text().filter(str.strip), job_title=st.none() | st.text().filter(str.strip)),
                max_size=2,
            ),
            subjects=st.lists(st.builds(Subject, name=st.text().filter(str.strip)), max_size=2),
            images=st.lists(
                st.builds(
                    ImageObject,
                    url=urls(),
                    caption=st.none() | st.text().filter(str.strip),
                    credit=st.none() | st.text().filter(str.strip),
                ),
                max_size=1,
            ),
        )
    )
    def test_any_strings_give_a_valid_item(self, power_xsd: Path, article: Article) -> None:
        """Whatever characters the strings hold (attribute values too: guid, literal, alt, data-credit), the
        output is well-formed and schema-valid."""
        assert xsd_errors(to_newsml(article), power_xsd) == []


class TestRoundTrip:
    @given(articles())
    def test_every_carried_field_survives(self, article: Article) -> None:
        """parse_newsml(to_newsml(a)) equals a on every field NewsML-G2 carries."""
        read = parse_newsml(to_newsml(article))
        assert read == expected_after_round_trip(article, read)

    def test_dates_keep_precision(self) -> None:
        """Year, month, day and full datetimes round-trip at their own precision."""
        article = Article(
            headline="H",
            identifier="urn:newsml:example.com:1",
            date_published=dt.datetime(2025, 7, 4, 8, 15, tzinfo=WIB),
            date_created=PartialDate(year=2025),
            date_modified=dt.date(2025, 7, 5),
        )
        xml = to_newsml(article)
        assert b"<contentCreated>2025</contentCreated>" in xml
        assert b"<contentModified>2025-07-05</contentModified>" in xml
        assert b"<firstCreated>2025-07-04T08:15:00+07:00</firstCreated>" in xml
        assert parse_newsml(xml) == article

    def test_version_created_is_deterministic_and_overridable(self) -> None:
        """versionCreated comes from the article's dates, or from the version_created argument."""
        article = Article(headline="H", date_modified=dt.datetime(2025, 7, 4, 9, tzinfo=dt.UTC))
        assert to_newsml(article) == to_newsml(article)
        assert b"<versionCreated>2025-07-04T09:00:00Z</versionCreated>" in to_newsml(article)
        when = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
        assert b"<versionCreated>2026-01-01T00:00:00Z</versionCreated>" in to_newsml(article, version_created=when)

    def test_blocks_of_every_kind(self) -> None:
        """Headings, consecutive list items, blockquotes and paragraphs keep order and kind."""
        body = [
            Paragraph(text="Judul kecil", kind=BlockKind.HEADING),
            Paragraph(text="Satu", kind=BlockKind.LIST_ITEM),
            Paragraph(text="Dua", kind=BlockKind.LIST_ITEM),
            Paragraph(text="Kutipan", kind=BlockKind.BLOCKQUOTE),
            Paragraph(text="Biasa"),
            Paragraph(text="Tiga", kind=BlockKind.LIST_ITEM),
        ]
        article = Article(headline="H", body=body)
        xml = to_newsml(article)
        assert xml.count(b"<ul>") == 2
        assert parse_newsml(xml).body == article.body


class TestSeed:
    def test_seed_item_round_trips(self, power_xsd: Path) -> None:
        """The seed NewsML item reads, writes valid 2.35, and reads back equal."""
        article = parse_newsml(DATA / "newsml" / "seed.newsml.xml")
        xml = to_newsml(article)
        assert xsd_errors(xml, power_xsd) == []
        assert parse_newsml(xml) == article

    def test_seed_page_through_newsml(self, power_xsd: Path) -> None:
        """to_newsml(parse_html(seed page)) validates and reads back with the same headline, body, dates, quotes."""
        page = shared_path("examples", "seed", "putin-tolak-usulan-trump.html")
        article = parse_html(page.read_bytes())
        xml = to_newsml(article)
        assert xsd_errors(xml, power_xsd) == []
        read = parse_newsml(xml)
        assert read.headline == article.headline
        assert read.body == article.body
        assert (read.date_published, read.date_modified, read.date_created) == (
            article.date_published,
            article.date_modified,
            article.date_created,
        )
        assert read.quotes == article.quotes
        assert len(read.quotes) > 0

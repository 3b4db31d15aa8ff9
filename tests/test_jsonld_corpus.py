"""from_jsonld on every JSON-LD block embedded in the pages of ../shared/corpora/zyte-dev and id-html-dev.

Each Article-like node becomes an Article or raises a NewsModelError that says where; the
counts of both are pinned so a change in the reader shows up here.
"""

from __future__ import annotations

import gzip
from collections import Counter
from pathlib import Path

import pytest
from lxml import html

from newsmodel import Article, NewsModelError, ParseError
from newsmodel.jsonld import read_jsonld, validate_jsonld
from newsmodel.jsonld._read import article_nodes
from newsmodel.jsonld._text import load_json
from tests.helpers import shared_files, shared_path

PAGES = shared_files("corpora/zyte-dev/html", "*.html.gz") + shared_files("corpora/id-html-dev", "*.html")
SCRIPTS = "//script[@type='application/ld+json']"


def blocks(page: Path) -> list[str]:
    """The text of each JSON-LD script in a page (gzipped or plain HTML)."""
    raw = gzip.decompress(page.read_bytes()) if page.suffix == ".gz" else page.read_bytes()
    scripts = html.fromstring(raw).xpath(SCRIPTS)
    assert isinstance(scripts, list)
    return [script.text or "" for script in scripts if isinstance(script, html.HtmlElement)]


def outcomes(page: Path) -> Counter[str]:
    """Read every Article-like node of every block: 'article', or the error class name."""
    counts: Counter[str] = Counter()
    for number, text in enumerate(blocks(page)):
        source = f"{page.name}#{number}"
        try:
            data, _ = load_json(text, source=source)
        except ParseError as exc:
            located = exc.line is not None and exc.column is not None
            counts["ParseError" if located else "ParseError without a location"] += 1
            continue
        for which, _node in enumerate(article_nodes(data)):
            try:
                article, issues = read_jsonld(data, source=source, which=which)
            except NewsModelError as exc:
                named = source in str(exc) and "$" in str(exc)
                counts[type(exc).__name__ if named else "error without source and path"] += 1
            else:
                assert isinstance(article, Article)
                assert all(issue.pointer and issue.pointer.startswith("$") for issue in issues)
                counts["article"] += 1
    return counts


@pytest.mark.parametrize("page", PAGES, ids=[p.name[:16] for p in PAGES])
def test_each_page(page: Path) -> None:
    """Every Article-like node of the page gives an Article or a located NewsModelError; validation never crashes."""
    counts = outcomes(page)
    assert set(counts) <= {"article", "ModelDataError", "ParseError"}, counts
    for text in blocks(page):
        validate_jsonld(text, source=page.name)


def test_counts() -> None:
    """Across both corpora: 64 article nodes read, 2 without a headline, 1 block that is not JSON."""
    shared_path("corpora", "zyte-dev")
    shared_path("corpora", "id-html-dev")
    total: Counter[str] = Counter()
    for page in PAGES:
        total += outcomes(page)
    assert dict(total) == {"article": 64, "ModelDataError": 2, "ParseError": 1}

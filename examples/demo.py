"""The demo behind ``make demo``: convert the bundled seed page to JSON-LD and print its quotes."""

from __future__ import annotations

import sys
from pathlib import Path

import newsmodel
from newsmodel.cli import render_quotes

HERE = Path(__file__).resolve().parent
SEED = HERE / "putin-tolak-usulan-trump.html"


def main() -> int:
    """Parse the seed page, print its schema.org NewsArticle JSON-LD, then its quotations."""
    article = newsmodel.parse_html(SEED.read_bytes())
    print(newsmodel.dumps_jsonld(article, indent=2))
    print()
    print(render_quotes(article))
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""The demo behind ``make demo``: load the bundled article through the converter and print it."""

from __future__ import annotations

import sys
from pathlib import Path

import newsmodel

HERE = Path(__file__).resolve().parent


def main() -> int:
    """Read ``examples/article.json``, print its plain JSON form and its quotes."""
    article = newsmodel.loads((HERE / "article.json").read_text(encoding="utf-8"))
    print(newsmodel.dumps(article, indent=2))
    print(f"\n{article.headline} ({article.word_count} words, {len(article.quotes)} quote(s))")
    for quote in article.quotes:
        who = quote.attribution.speaker.name if quote.attribution and quote.attribution.speaker else "?"
        print(f"  {who}: \u201c{quote.text}\u201d")
    return 0


if __name__ == "__main__":
    sys.exit(main())

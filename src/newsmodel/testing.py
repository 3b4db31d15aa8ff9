"""Hypothesis strategies for every newsmodel class, for property tests of your own code.

Requires ``hypothesis`` (install ``newsmodel[test]``). Every strategy generates values that
satisfy the model's invariants, so ``from_dict(to_dict(a)) == a`` holds for each of them.

Example:
    >>> from hypothesis import given
    >>> from newsmodel.testing import articles
    >>> @given(articles())
    ... def test_headline(article):
    ...     assert article.headline
"""

from __future__ import annotations

import datetime as dt
import functools
from typing import Any

from hypothesis import strategies as st

from newsmodel._model import (
    Article,
    Attribution,
    BlockKind,
    Dateline,
    DateValue,
    ImageObject,
    Organization,
    Paragraph,
    PartialDate,
    Person,
    Quote,
    QuoteKind,
    Span,
    Subject,
)

__all__ = [
    "agents",
    "articles",
    "attributions",
    "aware_datetimes",
    "date_values",
    "datelines",
    "images",
    "organizations",
    "paragraphs",
    "partial_dates",
    "persons",
    "quotes_for",
    "subjects",
    "texts",
    "urls",
]

#: Fixed offsets seen on news sites: UTC, WIB, WITA, WIT, and a few others.
OFFSETS = tuple(dt.timezone(dt.timedelta(minutes=m)) for m in (0, 420, 480, 540, -300, 330, 60))

# A fixed alphabet keeps generation fast while covering what serializers must escape or
# keep: ASCII, Indonesian and other Latin letters, a few non-Latin scripts, curly quotes and
# apostrophes, XML/HTML/JSON specials (& < > " ' \\ { } @ #), and plain spaces. Control
# characters and line breaks are left out: XML 1.0 cannot carry most of them.
ALPHABET = (
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
    "éèüößçñåøÆŒ中文字ابتдеж한국ไทย"
    "“”‘’«»—–…"
    "&<>\"'\\{}[]()@#%:;,.!?/+=*_-"
    "      "
)


@functools.cache
def texts(*, min_size: int = 1, max_size: int = 40) -> st.SearchStrategy[str]:
    """Non-empty single-line strings without surrounding white space."""
    return (
        st.text(st.sampled_from(ALPHABET), min_size=min_size, max_size=max_size)
        .map(str.strip)
        .filter(lambda s: len(s) >= min_size)
    )


@functools.cache
def urls() -> st.SearchStrategy[str]:
    """Absolute http(s) URLs."""
    label = st.text("abcdefghijklmnopqrstuvwxyz0123456789", min_size=1, max_size=10)
    path = st.lists(st.text("abcdefghijklmnopqrstuvwxyz0123456789-_", min_size=1, max_size=12), max_size=3)
    return st.builds(
        lambda scheme, host, tld, segments: f"{scheme}://{host}.{tld}/" + "/".join(segments),
        st.sampled_from(["https", "http"]),
        label,
        st.sampled_from(["com", "co.id", "id", "org"]),
        path,
    )


@functools.cache
def aware_datetimes() -> st.SearchStrategy[dt.datetime]:
    """Timezone-aware datetimes 1900-2100 at whole seconds in the offsets of ``OFFSETS``."""
    return st.datetimes(
        min_value=dt.datetime(1900, 1, 2), max_value=dt.datetime(2100, 12, 30), timezones=st.sampled_from(OFFSETS)
    ).map(lambda d: d.replace(microsecond=0))


@functools.cache
def partial_dates() -> st.SearchStrategy[PartialDate]:
    """Year or year-month dates."""
    return st.builds(PartialDate, year=st.integers(1900, 2100), month=st.none() | st.integers(1, 12))


@functools.cache
def date_values() -> st.SearchStrategy[DateValue]:
    """Any publication date value: aware datetime, date or partial date."""
    return st.one_of(aware_datetimes(), st.dates(dt.date(1900, 1, 1), dt.date(2100, 12, 31)), partial_dates())


@functools.cache
def organizations() -> st.SearchStrategy[Organization]:
    """Organizations with optional URL, logo and sameAs links."""
    return st.builds(
        Organization,
        name=texts(),
        url=st.none() | urls(),
        logo=st.none() | urls(),
        same_as=st.lists(urls(), max_size=1).map(tuple),
    )


@functools.cache
def persons() -> st.SearchStrategy[Person]:
    """People with optional role, affiliation and links."""
    return st.builds(
        Person,
        name=texts(),
        job_title=st.none() | texts(),
        affiliation=st.none() | organizations(),
        url=st.none() | urls(),
        same_as=st.lists(urls(), max_size=1).map(tuple),
    )


@functools.cache
def agents() -> st.SearchStrategy[Person | Organization]:
    """A person or an organization."""
    return st.one_of(persons(), organizations())


@functools.cache
def images() -> st.SearchStrategy[ImageObject]:
    """Images with optional caption, credit, size and type."""
    return st.builds(
        ImageObject,
        url=urls(),
        caption=st.none() | texts(),
        credit=st.none() | texts(),
        width=st.none() | st.integers(1, 10_000),
        height=st.none() | st.integers(1, 10_000),
        content_type=st.none() | st.sampled_from(["image/jpeg", "image/png", "image/webp"]),
        size=st.none() | st.integers(0, 10_000_000),
    )


@functools.cache
def datelines() -> st.SearchStrategy[Dateline]:
    """Datelines with place and/or source."""
    return st.builds(
        Dateline, text=texts(), place=st.none() | texts(max_size=20), source=st.none() | texts(max_size=20)
    )


@functools.cache
def subjects() -> st.SearchStrategy[Subject]:
    """Subjects, some with a QCode and URI."""
    code = st.builds(
        lambda a, c: f"{a}:{c:08d}", st.sampled_from(["medtop", "subj", "iptc"]), st.integers(0, 10**8 - 1)
    )
    return st.builds(Subject, name=texts(), code=st.none() | code, uri=st.none() | urls())


@functools.cache
def paragraphs() -> st.SearchStrategy[Paragraph]:
    """Body blocks of every kind."""
    return st.builds(Paragraph, text=texts(max_size=200), kind=st.sampled_from(BlockKind))


_FLAGS = st.booleans()
_UNIT = st.floats(0, 1, exclude_max=True)


def _draw_span(draw: st.DrawFn, body: tuple[Paragraph, ...]) -> Span | None:
    # Scale unit floats to the body's sizes: one cached strategy serves every body.
    if not body or not draw(_FLAGS):
        return None
    block = int(draw(_UNIT) * len(body))
    length = len(body[block].text)
    start = int(draw(_UNIT) * (length + 1))
    end = start + int(draw(_UNIT) * (length - start + 1))
    return Span(block=block, start=start, end=end)


def _maybe(draw: st.DrawFn, strategy: st.SearchStrategy[Any]) -> Any:
    return draw(strategy) if draw(_FLAGS) else None


def _draw_attribution(draw: st.DrawFn, body: tuple[Paragraph, ...]) -> Attribution:
    return Attribution(
        speaker=_maybe(draw, agents()),
        mention=_maybe(draw, texts(max_size=20)),
        cue=_maybe(draw, texts(max_size=15)),
        addressee=_maybe(draw, texts(max_size=15)),
        cue_span=_draw_span(draw, body),
        mention_span=_draw_span(draw, body),
    )


def _draw_quote(draw: st.DrawFn, body: tuple[Paragraph, ...]) -> Quote:
    return Quote(
        text=draw(texts(max_size=80)),
        kind=draw(_QUOTE_KINDS),
        attribution=_draw_attribution(draw, body) if draw(_FLAGS) else None,
        span=_draw_span(draw, body),
    )


_QUOTE_KINDS = st.sampled_from(QuoteKind)


def attributions(body: tuple[Paragraph, ...] = ()) -> st.SearchStrategy[Attribution]:
    """Attributions; spans point into ``body`` when it has blocks."""
    return st.composite(lambda draw: _draw_attribution(draw, body))()


def quotes_for(body: tuple[Paragraph, ...]) -> st.SearchStrategy[Quote]:
    """Quotes whose spans point inside ``body``."""
    return st.composite(lambda draw: _draw_quote(draw, body))()


_LANGUAGES = st.sampled_from(["id", "en", "id-ID", "en-GB", "ms", "jv"])


@st.composite
def _articles(draw: st.DrawFn) -> Article:
    body = tuple(draw(st.lists(paragraphs(), max_size=4)))
    n_quotes = draw(st.integers(0, 3))
    return Article(
        headline=draw(texts(max_size=80)),
        body=body,
        language=_maybe(draw, _LANGUAGES),
        url=_maybe(draw, urls()),
        identifier=_maybe(draw, texts(max_size=40)),
        alternative_headline=_maybe(draw, texts()),
        description=_maybe(draw, texts(max_size=120)),
        section=_maybe(draw, texts(max_size=20)),
        keywords=tuple(draw(_KEYWORDS)),
        subjects=tuple(draw(_SUBJECT_LISTS)),
        authors=tuple(draw(_AGENT_LISTS)),
        publisher=_maybe(draw, organizations()),
        date_published=_maybe(draw, date_values()),
        date_modified=_maybe(draw, date_values()),
        date_created=_maybe(draw, date_values()),
        dateline=_maybe(draw, datelines()),
        images=tuple(draw(_IMAGE_LISTS)),
        quotes=tuple(_draw_quote(draw, body) for _ in range(n_quotes)),
        copyright_holder=_maybe(draw, agents()),
        is_accessible_for_free=_maybe(draw, st.booleans()),
    )


_KEYWORDS = st.lists(texts(max_size=20), max_size=3)
_SUBJECT_LISTS = st.lists(subjects(), max_size=2)
_AGENT_LISTS = st.lists(agents(), max_size=2)
_IMAGE_LISTS = st.lists(images(), max_size=2)
_ARTICLES = _articles()


def articles() -> st.SearchStrategy[Article]:
    """Articles with any combination of fields, quotes pointing inside the body."""
    return _ARTICLES

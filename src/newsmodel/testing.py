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

# Letters, marks, digits, punctuation, symbols and plain spaces: what survives JSON, XML
# and HTML unchanged. Control characters, surrogates, line breaks and unassigned code
# points are left out (XML 1.0 cannot carry most of them).
_CHARS = st.characters(
    categories=("Lu", "Ll", "Lt", "Lo", "Nd", "Pc", "Pd", "Ps", "Pe", "Po", "Sm", "Sc"),
    exclude_characters="\x85\u2028\u2029",
)


def texts(*, min_size: int = 1, max_size: int = 40) -> st.SearchStrategy[str]:
    """Non-empty single-line strings without surrounding white space."""
    words = st.text(_CHARS, min_size=1, max_size=12)
    return (
        st.lists(words, min_size=1, max_size=max(1, max_size // 6))
        .map(" ".join)
        .filter(lambda s: min_size <= len(s) <= max_size)
    )


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


def aware_datetimes() -> st.SearchStrategy[dt.datetime]:
    """Timezone-aware datetimes 1900-2100 at whole seconds in the offsets of ``OFFSETS``."""
    return st.datetimes(
        min_value=dt.datetime(1900, 1, 2), max_value=dt.datetime(2100, 12, 30), timezones=st.sampled_from(OFFSETS)
    ).map(lambda d: d.replace(microsecond=0))


def partial_dates() -> st.SearchStrategy[PartialDate]:
    """Year or year-month dates."""
    return st.builds(PartialDate, year=st.integers(1900, 2100), month=st.none() | st.integers(1, 12))


def date_values() -> st.SearchStrategy[DateValue]:
    """Any publication date value: aware datetime, date or partial date."""
    return st.one_of(aware_datetimes(), st.dates(dt.date(1900, 1, 1), dt.date(2100, 12, 31)), partial_dates())


def organizations() -> st.SearchStrategy[Organization]:
    """Organizations with optional URL, logo and sameAs links."""
    return st.builds(
        Organization,
        name=texts(),
        url=st.none() | urls(),
        logo=st.none() | urls(),
        same_as=st.lists(urls(), max_size=2).map(tuple),
    )


def persons() -> st.SearchStrategy[Person]:
    """People with optional role, affiliation and links."""
    return st.builds(
        Person,
        name=texts(),
        job_title=st.none() | texts(),
        affiliation=st.none() | organizations(),
        url=st.none() | urls(),
        same_as=st.lists(urls(), max_size=2).map(tuple),
    )


def agents() -> st.SearchStrategy[Person | Organization]:
    """A person or an organization."""
    return st.one_of(persons(), organizations())


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


def datelines() -> st.SearchStrategy[Dateline]:
    """Datelines with place and/or source."""
    return st.builds(
        Dateline, text=texts(), place=st.none() | texts(max_size=20), source=st.none() | texts(max_size=20)
    )


def subjects() -> st.SearchStrategy[Subject]:
    """Subjects, some with a QCode and URI."""
    code = st.builds(
        lambda a, c: f"{a}:{c}",
        st.sampled_from(["medtop", "subj", "iptc"]),
        st.text("0123456789", min_size=4, max_size=8),
    )
    return st.builds(Subject, name=texts(), code=st.none() | code, uri=st.none() | urls())


def paragraphs() -> st.SearchStrategy[Paragraph]:
    """Body blocks of every kind."""
    return st.builds(Paragraph, text=texts(max_size=200), kind=st.sampled_from(BlockKind))


def _span_in(body: tuple[Paragraph, ...]) -> st.SearchStrategy[Span]:
    @st.composite
    def build(draw: st.DrawFn) -> Span:
        block = draw(st.integers(0, len(body) - 1))
        length = len(body[block].text)
        start = draw(st.integers(0, length))
        end = draw(st.integers(start, length))
        return Span(block=block, start=start, end=end)

    return build()


def attributions(body: tuple[Paragraph, ...] = ()) -> st.SearchStrategy[Attribution]:
    """Attributions; spans point into ``body`` when it has blocks."""
    span = st.none() | _span_in(body) if body else st.none()
    return st.builds(
        Attribution,
        speaker=st.none() | agents(),
        mention=st.none() | texts(max_size=20),
        cue=st.none() | texts(max_size=15),
        addressee=st.none() | texts(max_size=15),
        cue_span=span,
        mention_span=span,
    )


def quotes_for(body: tuple[Paragraph, ...]) -> st.SearchStrategy[Quote]:
    """Quotes whose spans point inside ``body``."""
    span = st.none() | _span_in(body) if body else st.none()
    return st.builds(
        Quote,
        text=texts(max_size=80),
        kind=st.sampled_from(QuoteKind),
        attribution=st.none() | attributions(body),
        span=span,
    )


@st.composite
def articles(draw: st.DrawFn) -> Article:
    """Articles with any combination of fields, quotes pointing inside the body."""
    body = tuple(draw(st.lists(paragraphs(), max_size=5)))
    maybe = st.none
    return Article(
        headline=draw(texts(max_size=80)),
        body=body,
        language=draw(maybe() | st.sampled_from(["id", "en", "id-ID", "en-GB", "ms", "jv"])),
        url=draw(maybe() | urls()),
        identifier=draw(maybe() | texts(max_size=40)),
        alternative_headline=draw(maybe() | texts()),
        description=draw(maybe() | texts(max_size=120)),
        section=draw(maybe() | texts(max_size=20)),
        keywords=tuple(draw(st.lists(texts(max_size=20), max_size=4))),
        subjects=tuple(draw(st.lists(subjects(), max_size=3))),
        authors=tuple(draw(st.lists(agents(), max_size=3))),
        publisher=draw(maybe() | organizations()),
        date_published=draw(maybe() | date_values()),
        date_modified=draw(maybe() | date_values()),
        date_created=draw(maybe() | date_values()),
        dateline=draw(maybe() | datelines()),
        images=tuple(draw(st.lists(images(), max_size=3))),
        quotes=tuple(draw(st.lists(quotes_for(body), max_size=4))),
        copyright_holder=draw(maybe() | agents()),
        is_accessible_for_free=draw(maybe() | st.booleans()),
    )

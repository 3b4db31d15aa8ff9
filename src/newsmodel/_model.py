"""The newsmodel data model: frozen, keyword-only attrs classes with invariants checked at construction."""

from __future__ import annotations

import datetime as dt
import enum
import re
from collections.abc import Iterable
from typing import Any, TypeAlias

import attrs

from newsmodel import _validators as v
from newsmodel.exceptions import InvalidModelError

__all__ = [
    "Article",
    "Attribution",
    "BlockKind",
    "DateValue",
    "Dateline",
    "ImageObject",
    "Organization",
    "Paragraph",
    "PartialDate",
    "Person",
    "Quote",
    "QuoteKind",
    "Span",
    "Subject",
]

_PARTIAL = re.compile(r"^(\d{4})(?:-(\d{2}))?$")
_WORD = re.compile(r"\w+")

#: Field metadata read by the JSON Schema generator (``newsmodel._schema``).
URL = {"format": "url"}
LANGUAGE = {"format": "language"}


@attrs.frozen(kw_only=True, order=True)
class PartialDate:
    """A date known only to the year or the month, keeping that precision.

    Example:
        >>> PartialDate(year=2025, month=7).isoformat()
        '2025-07'
        >>> PartialDate.fromisoformat("2025")
        PartialDate(year=2025, month=None)
    """

    year: int = attrs.field(validator=v.instance_of(int))
    month: int | None = attrs.field(default=None, validator=v.opt(v.instance_of(int)))

    def __attrs_post_init__(self) -> None:
        if not 1 <= self.year <= 9999:
            raise InvalidModelError("PartialDate", "year", f"must be 1..9999, got {self.year}")
        if self.month is not None and not 1 <= self.month <= 12:
            raise InvalidModelError("PartialDate", "month", f"must be 1..12, got {self.month}")

    def isoformat(self) -> str:
        """ISO 8601 at the known precision: ``"2025-07"`` or ``"2025"``."""
        if self.month is None:
            return f"{self.year:04d}"
        return f"{self.year:04d}-{self.month:02d}"

    @classmethod
    def fromisoformat(cls, text: str) -> PartialDate:
        """Read ``"YYYY"`` or ``"YYYY-MM"``.

        Raises:
            InvalidModelError: ``text`` has another form or an impossible month.
        """
        match = _PARTIAL.match(text.strip())
        if match is None:
            raise InvalidModelError("PartialDate", "isoformat", f"expected YYYY or YYYY-MM, got {text!r}")
        month = match.group(2)
        return cls(year=int(match.group(1)), month=int(month) if month else None)

    def __str__(self) -> str:
        return self.isoformat()


#: A publication date at the precision the source gives: an aware datetime, a day, or a
#: partial date (year or year-month).
DateValue: TypeAlias = dt.datetime | dt.date | PartialDate


def _date_value(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    if value is None:
        return
    if not isinstance(value, dt.date | PartialDate):
        raise v.fail(instance, attribute, f"expected datetime, date or PartialDate, got {type(value).__name__}")
    v.aware_datetime(instance, attribute, value)


class QuoteKind(enum.Enum):
    """How a quotation is reported.

    ``DIRECT``: the speaker's words in quote marks. ``INDIRECT``: reported speech without
    quote marks. ``PARTIAL``: a few of the speaker's own words quoted inside reported speech.
    """

    DIRECT = "direct"
    INDIRECT = "indirect"
    PARTIAL = "partial"


class BlockKind(enum.Enum):
    """What a block of body text is."""

    PARAGRAPH = "paragraph"
    HEADING = "heading"
    LIST_ITEM = "list_item"
    BLOCKQUOTE = "blockquote"


#: The (X)HTML elements whose text is a heading or a list item (HTML §4.3.6 h1–h6, §4.4.8 li,
#: §4.4.9–11 dt/dd): one table for the HTML reader and NewsML-G2's XHTML bodies.
HTML_BLOCK_KINDS: dict[str, BlockKind] = {
    **dict.fromkeys(("h1", "h2", "h3", "h4", "h5", "h6"), BlockKind.HEADING),
    **dict.fromkeys(("li", "dt", "dd"), BlockKind.LIST_ITEM),
}


@attrs.frozen(kw_only=True)
class Span:
    """A character range ``[start, end)`` in the text of body block number ``block``.

    Example:
        >>> Span(block=0, start=1, end=24)
        Span(block=0, start=1, end=24)
    """

    block: int = attrs.field(validator=v.non_negative_int)
    start: int = attrs.field(validator=v.non_negative_int)
    end: int = attrs.field(validator=v.non_negative_int)

    def __attrs_post_init__(self) -> None:
        if self.end < self.start:
            raise InvalidModelError("Span", "end", f"end ({self.end}) is before start ({self.start})")


@attrs.frozen(kw_only=True)
class Paragraph:
    """One block of body text, in reading order.

    Example:
        >>> Paragraph(text="  Jakarta hujan deras.  ").text
        'Jakarta hujan deras.'
    """

    text: str = attrs.field(converter=v.strip, validator=v.is_str)
    kind: BlockKind = attrs.field(default=BlockKind.PARAGRAPH, validator=v.instance_of(BlockKind))


@attrs.frozen(kw_only=True)
class Organization:
    """An organization: a publisher, a news agency, a speaker such as the Kremlin.

    Example:
        >>> Organization(name="Kompas.com", url="https://www.kompas.com/").name
        'Kompas.com'
    """

    name: str = attrs.field(converter=v.strip, validator=v.is_str)
    url: str | None = attrs.field(
        default=None, converter=v.strip_or_none, validator=v.opt(v.absolute_url), metadata=URL
    )
    logo: str | None = attrs.field(
        default=None, converter=v.strip_or_none, validator=v.opt(v.absolute_url), metadata=URL
    )
    same_as: tuple[str, ...] = attrs.field(
        default=(), converter=v.to_str_tuple, validator=v.each(v.absolute_url), metadata=URL
    )


@attrs.frozen(kw_only=True)
class Person:
    """A person: an author, or a speaker resolved to a full name and role.

    Example:
        >>> p = Person(name="Yuri Ushakov", job_title="penasihat Kremlin")
        >>> p.job_title
        'penasihat Kremlin'
    """

    name: str = attrs.field(converter=v.strip, validator=v.is_str)
    job_title: str | None = attrs.field(default=None, converter=v.strip_or_none, validator=v.opt(v.is_str))
    affiliation: Organization | None = attrs.field(default=None, validator=v.opt(v.instance_of(Organization)))
    url: str | None = attrs.field(
        default=None, converter=v.strip_or_none, validator=v.opt(v.absolute_url), metadata=URL
    )
    same_as: tuple[str, ...] = attrs.field(
        default=(), converter=v.to_str_tuple, validator=v.each(v.absolute_url), metadata=URL
    )


#: An agent: somebody who writes, publishes or speaks.
Agent: TypeAlias = Person | Organization


@attrs.frozen(kw_only=True)
class ImageObject:
    """An image (or another picture rendition) with its caption and credit.

    Example:
        >>> ImageObject(url="https://example.com/a.jpg", width=1200, height=675).width
        1200
    """

    url: str = attrs.field(converter=v.strip, validator=v.absolute_url, metadata=URL)
    caption: str | None = attrs.field(default=None, converter=v.strip_or_none, validator=v.opt(v.is_str))
    credit: str | None = attrs.field(default=None, converter=v.strip_or_none, validator=v.opt(v.is_str))
    width: int | None = attrs.field(default=None, validator=v.opt(v.positive_int))
    height: int | None = attrs.field(default=None, validator=v.opt(v.positive_int))
    content_type: str | None = attrs.field(default=None, converter=v.strip_or_none, validator=v.opt(v.is_str))
    size: int | None = attrs.field(default=None, validator=v.opt(v.non_negative_int))


@attrs.frozen(kw_only=True)
class Dateline:
    """The dateline as printed, with its place and source (outlet or agency) when known.

    Example:
        >>> Dateline(text="JAKARTA, KOMPAS.com", place="JAKARTA", source="KOMPAS.com").place
        'JAKARTA'
    """

    text: str = attrs.field(converter=v.strip, validator=v.is_str)
    place: str | None = attrs.field(default=None, converter=v.strip_or_none, validator=v.opt(v.is_str))
    source: str | None = attrs.field(default=None, converter=v.strip_or_none, validator=v.opt(v.is_str))


@attrs.frozen(kw_only=True)
class Subject:
    """A subject the article is about, with an optional controlled-vocabulary code.

    ``code`` is an opaque QCode (``"medtop:20000568"``); ``uri`` the concept's URI when known.

    Example:
        >>> Subject(name="politics", code="medtop:11000000").code
        'medtop:11000000'
    """

    name: str = attrs.field(converter=v.strip, validator=v.is_str)
    code: str | None = attrs.field(default=None, converter=v.strip_or_none, validator=v.opt(v.is_str))
    uri: str | None = attrs.field(
        default=None, converter=v.strip_or_none, validator=v.opt(v.absolute_url), metadata=URL
    )


@attrs.frozen(kw_only=True)
class Attribution:
    """Who a quotation is attributed to, and how the text says so.

    Attributes:
        speaker: The resolved entity, or ``None`` for anonymous or unresolved sources.
        mention: The speaker as written at the cue (``"Ushakov"``, ``"ia"``, ``"ujarnya"``).
        cue: The reporting word (``"tegas"``, ``"menurut"``, ``"said"``).
        addressee: To whom it was said (``"media"``, ``"wartawan"``).
        cue_span: Where the cue is in the body.
        mention_span: Where the mention is in the body.

    Example:
        >>> a = Attribution(speaker=Person(name="Yuri Ushakov"), mention="Ushakov", cue="tegas")
        >>> a.speaker.name
        'Yuri Ushakov'
    """

    speaker: Person | Organization | None = attrs.field(
        default=None, validator=v.opt(v.instance_of(Person, Organization))
    )
    mention: str | None = attrs.field(default=None, converter=v.strip_or_none, validator=v.opt(v.is_str))
    cue: str | None = attrs.field(default=None, converter=v.strip_or_none, validator=v.opt(v.is_str))
    addressee: str | None = attrs.field(default=None, converter=v.strip_or_none, validator=v.opt(v.is_str))
    cue_span: Span | None = attrs.field(default=None, validator=v.opt(v.instance_of(Span)))
    mention_span: Span | None = attrs.field(default=None, validator=v.opt(v.instance_of(Span)))


@attrs.frozen(kw_only=True)
class Quote:
    """A quotation: the words (without quote marks), how they are reported, and who said them.

    Example:
        >>> q = Quote(text="Rusia tidak akan mundur", kind=QuoteKind.DIRECT)
        >>> q.kind.value
        'direct'
    """

    text: str = attrs.field(converter=v.strip, validator=v.is_str)
    kind: QuoteKind = attrs.field(default=QuoteKind.DIRECT, validator=v.instance_of(QuoteKind))
    attribution: Attribution | None = attrs.field(default=None, validator=v.opt(v.instance_of(Attribution)))
    span: Span | None = attrs.field(default=None, validator=v.opt(v.instance_of(Span)))


def _spans_of(quote: Quote) -> list[tuple[str, Span]]:
    spans: list[tuple[str, Span]] = []
    if quote.span is not None:
        spans.append(("span", quote.span))
    if quote.attribution is not None:
        if quote.attribution.cue_span is not None:
            spans.append(("attribution.cue_span", quote.attribution.cue_span))
        if quote.attribution.mention_span is not None:
            spans.append(("attribution.mention_span", quote.attribution.mention_span))
    return spans


_each_quote = v.each(v.instance_of(Quote))  # built once: it runs for every article


def _quotes_in_body(instance: Article, attribute: attrs.Attribute[Any], value: Any) -> None:
    _each_quote(instance, attribute, value)
    for index, quote in enumerate(instance.quotes):
        for name, span in _spans_of(quote):
            where = f"quotes[{index}].{name}"
            if span.block >= len(instance.body):
                raise InvalidModelError(
                    "Article", where, f"block {span.block} does not exist (body has {len(instance.body)} blocks)"
                )
            length = len(instance.body[span.block].text)
            if span.end > length:
                raise InvalidModelError(
                    "Article", where, f"end {span.end} is past the end of block {span.block} ({length} characters)"
                )


# Typed converters for the tuple fields: mypy reads the __init__ parameter types from them.
def _paragraphs(value: Iterable[Paragraph]) -> tuple[Paragraph, ...]:
    result: tuple[Paragraph, ...] = v.to_tuple(value)
    return result


def _subjects(value: Iterable[Subject]) -> tuple[Subject, ...]:
    result: tuple[Subject, ...] = v.to_tuple(value)
    return result


def _agents(value: Iterable[Person | Organization]) -> tuple[Person | Organization, ...]:
    result: tuple[Person | Organization, ...] = v.to_tuple(value)
    return result


def _images(value: Iterable[ImageObject]) -> tuple[ImageObject, ...]:
    result: tuple[ImageObject, ...] = v.to_tuple(value)
    return result


def _quotes(value: Iterable[Quote]) -> tuple[Quote, ...]:
    result: tuple[Quote, ...] = v.to_tuple(value)
    return result


@attrs.frozen(kw_only=True)
class Article:
    """A news article: headline, body blocks, metadata and the quotations it contains.

    Only ``headline`` is required. Datetimes must be timezone-aware; URLs absolute; quote
    spans must point inside the body.

    Example:
        >>> import datetime as dt
        >>> a = Article(
        ...     headline="Putin Tolak Usulan Trump",
        ...     body=[Paragraph(text="Presiden Rusia Vladimir Putin menolak usulan itu.")],
        ...     language="id",
        ...     date_published=dt.datetime(2025, 7, 4, 8, 15, tzinfo=dt.timezone(dt.timedelta(hours=7))),
        ... )
        >>> a.word_count
        7
        >>> Article(headline="  ")
        Traceback (most recent call last):
        ...
        newsmodel.exceptions.InvalidModelError: Article.headline: must not be empty
    """

    headline: str = attrs.field(converter=v.strip, validator=v.is_str)
    body: tuple[Paragraph, ...] = attrs.field(
        default=(), converter=_paragraphs, validator=v.each(v.instance_of(Paragraph))
    )
    language: str | None = attrs.field(
        default=None, converter=v.strip_or_none, validator=v.opt(v.language_tag), metadata=LANGUAGE
    )
    url: str | None = attrs.field(
        default=None, converter=v.strip_or_none, validator=v.opt(v.absolute_url), metadata=URL
    )
    identifier: str | None = attrs.field(default=None, converter=v.strip_or_none, validator=v.opt(v.is_str))
    alternative_headline: str | None = attrs.field(default=None, converter=v.strip_or_none, validator=v.opt(v.is_str))
    description: str | None = attrs.field(default=None, converter=v.strip_or_none, validator=v.opt(v.is_str))
    section: str | None = attrs.field(default=None, converter=v.strip_or_none, validator=v.opt(v.is_str))
    keywords: tuple[str, ...] = attrs.field(default=(), converter=v.to_str_tuple, validator=v.each(v.is_str))
    subjects: tuple[Subject, ...] = attrs.field(
        default=(), converter=_subjects, validator=v.each(v.instance_of(Subject))
    )
    authors: tuple[Person | Organization, ...] = attrs.field(
        default=(), converter=_agents, validator=v.each(v.instance_of(Person, Organization))
    )
    publisher: Organization | None = attrs.field(default=None, validator=v.opt(v.instance_of(Organization)))
    date_published: DateValue | None = attrs.field(default=None, validator=_date_value)
    date_modified: DateValue | None = attrs.field(default=None, validator=_date_value)
    date_created: DateValue | None = attrs.field(default=None, validator=_date_value)
    dateline: Dateline | None = attrs.field(default=None, validator=v.opt(v.instance_of(Dateline)))
    images: tuple[ImageObject, ...] = attrs.field(
        default=(), converter=_images, validator=v.each(v.instance_of(ImageObject))
    )
    quotes: tuple[Quote, ...] = attrs.field(default=(), converter=_quotes, validator=_quotes_in_body)
    copyright_holder: Person | Organization | None = attrs.field(
        default=None, validator=v.opt(v.instance_of(Person, Organization))
    )
    is_accessible_for_free: bool | None = attrs.field(default=None, validator=v.opt(v.instance_of(bool)))

    @property
    def text(self) -> str:
        """The body's blocks joined by blank lines."""
        return "\n\n".join(block.text for block in self.body)

    @property
    def word_count(self) -> int:
        """The number of words (runs of letters and digits) in the body."""
        return sum(len(_WORD.findall(block.text)) for block in self.body)

"""The model's invariants, conversions and derived values."""

from __future__ import annotations

import datetime as dt
import gc
import tracemalloc

import attrs
import pytest
from hypothesis import given

from newsmodel import (
    Article,
    Attribution,
    BlockKind,
    Dateline,
    ImageObject,
    InvalidModelError,
    NewsModelError,
    Organization,
    Paragraph,
    PartialDate,
    Person,
    Quote,
    QuoteKind,
    Span,
    Subject,
)
from newsmodel.testing import articles

WIB = dt.timezone(dt.timedelta(hours=7))


class TestArticle:
    def test_headline_is_required_and_stripped(self) -> None:
        """The headline is stripped; an empty one is rejected naming the field."""
        assert Article(headline="  Banjir  ").headline == "Banjir"
        with pytest.raises(InvalidModelError, match=r"Article\.headline: must not be empty") as info:
            Article(headline=" \n ")
        assert info.value.field == "headline"
        assert isinstance(info.value, NewsModelError)
        assert isinstance(info.value, ValueError)

    def test_headline_must_be_a_string(self) -> None:
        with pytest.raises(InvalidModelError, match="expected a string, got int"):
            Article(headline=3)  # type: ignore[arg-type]

    def test_collections_become_tuples(self) -> None:
        """Lists passed in are stored as tuples, so the model stays immutable."""
        a = Article(headline="x", keywords=["a", " b ", ""], body=[Paragraph(text="p")])
        assert a.keywords == ("a", "b")
        assert isinstance(a.body, tuple)

    def test_frozen_and_slotted(self) -> None:
        a = Article(headline="x")
        with pytest.raises(attrs.exceptions.FrozenInstanceError):
            a.headline = "y"  # type: ignore[misc]
        assert not hasattr(a, "__dict__")
        assert attrs.evolve(a, headline="y").headline == "y"

    def test_keyword_only(self) -> None:
        with pytest.raises(TypeError):
            Article("x")  # type: ignore[call-arg]

    def test_naive_datetime_rejected(self) -> None:
        with pytest.raises(InvalidModelError, match=r"date_published: datetime must be timezone-aware"):
            Article(headline="x", date_published=dt.datetime(2025, 7, 4, 8, 15))

    @pytest.mark.parametrize(
        "value",
        [dt.datetime(2025, 7, 4, 8, 15, tzinfo=WIB), dt.date(2025, 7, 4), PartialDate(year=2025, month=7)],
    )
    def test_date_precisions_accepted(self, value: dt.date | PartialDate) -> None:
        assert Article(headline="x", date_modified=value).date_modified == value

    def test_date_wrong_type(self) -> None:
        with pytest.raises(InvalidModelError, match="expected datetime, date or PartialDate, got str"):
            Article(headline="x", date_created="2025-07-04")  # type: ignore[arg-type]

    @pytest.mark.parametrize(
        "url",
        [
            "example.com/a",
            "/relative/path",
            "https://",
            "https://exa mple.com",
            "https://a.id/100%",
            "https://a.id/\x00",
        ],
    )
    def test_relative_or_broken_url_rejected(self, url: str) -> None:
        with pytest.raises(InvalidModelError, match=r"Article\.url"):
            Article(headline="x", url=url)

    @pytest.mark.parametrize("tag", ["id", "en-US", "zh-Hant-TW", "jv", "x-private"])
    def test_language_tags_accepted(self, tag: str) -> None:
        assert Article(headline="x", language=tag).language == tag

    @pytest.mark.parametrize("tag", ["indonesian language", "e", "en_US", "id--ID", "1d"])
    def test_language_tags_rejected(self, tag: str) -> None:
        with pytest.raises(InvalidModelError, match="BCP 47"):
            Article(headline="x", language=tag)

    def test_quote_span_must_be_inside_body(self) -> None:
        body = [Paragraph(text="“Tidak,” kata dia.")]
        ok = Quote(text="Tidak", span=Span(block=0, start=1, end=6))
        assert Article(headline="x", body=body, quotes=[ok]).quotes == (ok,)
        with pytest.raises(InvalidModelError, match=r"quotes\[0\]\.span: end 99 is past the end of block 0"):
            Article(headline="x", body=body, quotes=[Quote(text="a", span=Span(block=0, start=0, end=99))])
        with pytest.raises(InvalidModelError, match=r"block 1 does not exist"):
            Article(headline="x", body=body, quotes=[Quote(text="a", span=Span(block=1, start=0, end=1))])

    def test_attribution_spans_checked_too(self) -> None:
        body = [Paragraph(text="kata dia")]
        bad = Quote(text="a", attribution=Attribution(cue="kata", cue_span=Span(block=0, start=0, end=50)))
        with pytest.raises(InvalidModelError, match=r"quotes\[0\]\.attribution\.cue_span"):
            Article(headline="x", body=body, quotes=[bad])

    def test_text_and_word_count(self) -> None:
        """``text`` joins blocks with blank lines; ``word_count`` counts word runs."""
        a = Article(headline="x", body=[Paragraph(text="Satu dua."), Paragraph(text="Tiga-empat 5")])
        assert a.text == "Satu dua.\n\nTiga-empat 5"
        assert a.word_count == 5
        assert Article(headline="x").word_count == 0

    def test_authors_must_be_agents(self) -> None:
        with pytest.raises(InvalidModelError, match="expected Person or Organization, got str"):
            Article(headline="x", authors=["Redaksi"])  # type: ignore[list-item]

    def test_bool_fields_strict(self) -> None:
        with pytest.raises(InvalidModelError, match="expected bool, got int"):
            Article(headline="x", is_accessible_for_free=1)  # type: ignore[arg-type]

    @given(articles())
    def test_generated_articles_are_valid_and_hashable(self, article: Article) -> None:
        """Every generated article passes its own validators again when rebuilt."""
        assert attrs.evolve(article) == article
        hash(article)


class TestParts:
    def test_span_order(self) -> None:
        with pytest.raises(InvalidModelError, match=r"Span\.end: end \(1\) is before start \(2\)"):
            Span(block=0, start=2, end=1)
        with pytest.raises(InvalidModelError, match=r"Span\.block: must be >= 0"):
            Span(block=-1, start=0, end=0)

    def test_paragraph_kinds(self) -> None:
        assert Paragraph(text="Judul", kind=BlockKind.HEADING).kind is BlockKind.HEADING
        with pytest.raises(InvalidModelError, match=r"Paragraph\.text: must not be empty"):
            Paragraph(text="   ")

    def test_person_and_organization(self) -> None:
        kremlin = Organization(
            name="Kremlin", url="https://en.kremlin.ru/", same_as=["https://www.wikidata.org/wiki/Q1"]
        )
        p = Person(name="Yuri Ushakov", job_title=" penasihat Kremlin ", affiliation=kremlin)
        assert p.job_title == "penasihat Kremlin"
        assert p.affiliation is kremlin
        assert Person(name="A", job_title="").job_title is None
        with pytest.raises(InvalidModelError, match=r"Organization\.same_as"):
            Organization(name="x", same_as=["not a url"])

    def test_image(self) -> None:
        with pytest.raises(InvalidModelError, match=r"ImageObject\.width: must be > 0"):
            ImageObject(url="https://example.com/a.jpg", width=0)
        with pytest.raises(InvalidModelError, match=r"ImageObject\.url"):
            ImageObject(url="a.jpg")

    def test_dateline_and_subject(self) -> None:
        d = Dateline(text="Jakarta (ANTARA)", place="Jakarta", source="ANTARA")
        assert (d.place, d.source) == ("Jakarta", "ANTARA")
        s = Subject(name="politik", code="medtop:11000000", uri="http://cv.iptc.org/newscodes/mediatopic/11000000")
        assert s.code == "medtop:11000000"

    def test_quote(self) -> None:
        q = Quote(text="“ ", kind=QuoteKind.PARTIAL)
        assert q.text == "“"
        with pytest.raises(InvalidModelError, match=r"Quote\.kind"):
            Quote(text="a", kind="direct")  # type: ignore[arg-type]


class TestOptionalValidators:
    """The one-call forms :func:`newsmodel._validators.opt` returns check what the wrapped ones do."""

    def test_optional_strings(self) -> None:
        assert Attribution(cue="kata", addressee="wartawan—media").addressee == "wartawan—media"
        assert Attribution(cue=None).cue is None
        with pytest.raises(InvalidModelError, match="lone surrogate"):
            Attribution(cue="kata\ud800")
        with pytest.raises(InvalidModelError, match="expected a string, got int"):
            Attribution(cue=7)  # type: ignore[arg-type]

    def test_building_models_keeps_no_memory(self) -> None:
        """Validating an article builds nothing that stays: 20,000 articles leave the heap as it was."""
        for _ in range(100):
            Article(headline="x")  # warm up: first-use caches
        gc.collect()
        tracemalloc.start()
        try:
            before = tracemalloc.get_traced_memory()[0]
            for _ in range(20_000):
                Article(headline="x")
            gc.collect()
            grown = tracemalloc.get_traced_memory()[0] - before
        finally:
            tracemalloc.stop()
        assert grown < 64_000  # a leak of one closure pair per article would be about 18 MB

    def test_optional_instances(self) -> None:
        class Span2(Span):
            pass

        span = Span2(block=0, start=0, end=1)
        assert Attribution(cue_span=span).cue_span is span
        with pytest.raises(InvalidModelError, match=r"Attribution\.cue_span: expected Span, got tuple"):
            Attribution(cue_span=(0, 0, 1))  # type: ignore[arg-type]
        with pytest.raises(InvalidModelError, match="expected int, got bool"):
            PartialDate(year=2025, month=True)
        with pytest.raises(InvalidModelError, match="expected bool, got int"):
            Article(headline="x", is_accessible_for_free=0)  # type: ignore[arg-type]
        assert PartialDate(year=2025, month=None).month is None


class TestPartialDate:
    @pytest.mark.parametrize(("text", "year", "month"), [("2025", 2025, None), ("2025-07", 2025, 7)])
    def test_round_trip(self, text: str, year: int, month: int | None) -> None:
        value = PartialDate.fromisoformat(text)
        assert (value.year, value.month) == (year, month)
        assert value.isoformat() == text == str(value)

    @pytest.mark.parametrize("text", ["2025-13", "25", "2025-7", "2025-07-01", "July 2025"])
    def test_bad_forms(self, text: str) -> None:
        with pytest.raises(InvalidModelError):
            PartialDate.fromisoformat(text)

    def test_month_range(self) -> None:
        with pytest.raises(InvalidModelError, match=r"PartialDate\.month: must be 1..12"):
            PartialDate(year=2025, month=0)

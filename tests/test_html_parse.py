"""Tests for newsmodel.html.parse_html: the seed page, the Indonesian corpus, our fixtures."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest

from newsmodel import Organization, Person
from newsmodel._model import Article, BlockKind
from newsmodel.exceptions import NewsModelError, NotAnArticleError
from newsmodel.html import parse_html
from newsmodel.html._parse import _split_credit
from tests.helpers import DATA, ROOT, shared_files, shared_path

HTML = DATA / "html"
SEED = ROOT / "examples" / "putin-tolak-usulan-trump.html"
WIB = dt.timezone(dt.timedelta(hours=7))


def normalized(text: str) -> str:
    return " ".join(text.split())


def manifest() -> list[dict[str, str]]:
    rows = shared_files("corpora/id-html-dev", "MANIFEST.tsv")
    if not rows:
        return []
    lines = rows[0].read_text(encoding="utf-8").splitlines()
    header = lines[0].split("\t")
    return [dict(zip(header, line.split("\t"), strict=True)) for line in lines[1:]]


ARTICLES = [row for row in manifest() if row["kind"] == "article"]
#: The dateline each id-html-dev article prints before its first sentence (None: it prints none).
PRINTED_DATELINES: dict[str, str | None] = {
    "antara_1.html": "Mataram, NTB (ANTARA News)",
    "antara_2.html": "Bandarlampung, Lampung (ANTARA News)",
    "antara_3.html": "ISTANBUL, 23 Februari 2016 (Antara/PRNewswire)",
    "antara_4.html": "Jakarta (ANTARA News)",
    "antara_5.html": "Jakarta (ANTARA News)",
    "kompas_1.html": "LHOKSEUMAWE, KOMPAS.com",
    "kompas_2.html": "JAKARTA, KOMPAS.com",
    "kompas_3.html": "LOS ANGELES, KOMPAS.com",
    "kompas_4.html": "KUTA, KOMPAS.com",
    "kompas_5.html": "Jakarta, KompasOtomotif",
    "kompas_6.html": "JAKARTA, KOMPAS.com",
    "liputan6_1.html": "Liputan6.com, Jakarta",
    "liputan6_2.html": "Liputan6.com, Jakarta",
    "liputan6_3.html": None,  # a photo story: captions only
    "okezone_1.html": None,  # starts "DEPRESI jadi satu momok ..."
    "okezone_2.html": "JAKARTA",
    "tempo_1.html": "TEMPO.CO, Jakarta",
}
LISTINGS = [row for row in manifest() if row["kind"] == "listing"]


@pytest.fixture(scope="module")
def article() -> Article:
    return parse_html(SEED.read_bytes())


@pytest.fixture(scope="module")
def expected() -> dict[str, object]:
    data: dict[str, object] = json.loads(shared_path("examples", "seed", "expected.json").read_text(encoding="utf-8"))
    return data


class TestSeed:
    """The seed page against ../shared/examples/seed/expected.json (quote fields excepted)."""

    def test_metadata(self, article: Article, expected: dict[str, object]) -> None:
        """Headline, URL, language, section, keywords, publisher and authors are as expected."""
        assert article.headline == expected["headline"]
        assert article.url == expected["url"]
        assert article.language == expected["language"]
        assert article.section == expected["section"]
        assert list(article.keywords) == expected["keywords"]
        assert article.publisher is not None
        assert article.publisher.name == expected["publisher"]
        assert [author.name for author in article.authors] == expected["authors"]
        assert isinstance(article.authors[0], Organization)  # "Redaksi": the newsroom

    def test_dates(self, article: Article, expected: dict[str, object]) -> None:
        """Publication and modification times keep the page's +07:00 offset."""
        assert isinstance(article.date_published, dt.datetime)
        assert isinstance(article.date_modified, dt.datetime)
        assert article.date_published.isoformat() == expected["date_published"]
        assert article.date_modified.isoformat() == expected["date_modified"]

    def test_dateline(self, article: Article, expected: dict[str, object]) -> None:
        """The bare outlet before the first sentence is the dateline, stripped from the body."""
        assert article.dateline is not None
        assert article.dateline.source == expected["dateline_source"]
        assert not article.body[0].text.startswith("Beritagosip.com")

    def test_image(self, article: Article, expected: dict[str, object]) -> None:
        """The lead image has its URL, caption and size."""
        image = expected["image"]
        assert isinstance(image, dict)
        lead = article.images[0]
        assert (lead.url, lead.caption, lead.width, lead.height) == (
            image["url"],
            image["caption"],
            image["width"],
            image["height"],
        )

    def test_body_shape(self, article: Article, expected: dict[str, object]) -> None:
        """The body starts and ends where expected and holds the page's thirteen article paragraphs.

        expected.json says 14, but the page has 13 article <p> elements (its NewsML twin has the
        same 13); the 14th and 15th <p> of the entry content are the promo tagline and the
        WhatsApp banner, which body_must_not_contain excludes.
        """
        assert normalized(article.body[0].text).startswith(str(expected["body_first_paragraph_starts"]))
        # The last paragraph opens with a quotation mark, which expected.json leaves out.
        assert (
            normalized(article.body[-1].text).lstrip('\u201c"').startswith(str(expected["body_last_paragraph_starts"]))
        )
        newsml = shared_path("examples", "seed", "putin-tolak-usulan-trump.newsml.xml").read_text(encoding="utf-8")
        assert len(article.body) == len(re.findall(r"<p>", newsml)) == 13
        assert all(block.kind is BlockKind.PARAGRAPH for block in article.body)

    def test_no_boilerplate(self, article: Article, expected: dict[str, object]) -> None:
        """None of the page furniture reaches the body."""
        text = normalized(article.text)
        forbidden = expected["body_must_not_contain"]
        assert isinstance(forbidden, list)
        for phrase in forbidden:
            assert phrase not in text, phrase

    def test_quotes_are_filled(self, article: Article) -> None:
        """parse_html runs quote extraction over the body."""
        assert any(quote.text == "Rusia tidak akan mundur" for quote in article.quotes)

    def test_quotes_can_be_turned_off(self) -> None:
        """quotes=False skips attribution and leaves everything else alone."""
        article = parse_html(SEED.read_bytes(), quotes=False)
        assert article.quotes == ()
        assert len(article.body) == 13


@pytest.mark.parametrize("row", ARTICLES, ids=lambda row: row["file"])
class TestIndonesianCorpus:
    """../shared/corpora/id-html-dev article pages (expected/*.json is a guide, not gold)."""

    def parse(self, row: dict[str, str]) -> tuple[Article, dict[str, object]]:
        path = shared_path("corpora", "id-html-dev", row["file"])
        expected = json.loads((path.parent / row["expected"]).read_text(encoding="utf-8")) if row["expected"] else {}
        return parse_html(path.read_bytes(), url=row["url"]), expected

    def test_headline(self, row: dict[str, str]) -> None:
        """The headline is the article's title, without the site's suffix."""
        article, expected = self.parse(row)
        if "title" in expected:
            assert article.headline == expected["title"]
        assert article.language == "id"

    def test_published_to_the_minute_in_wib(self, row: dict[str, str]) -> None:
        """date_published is right to the minute, at +07:00 (every page prints a WIB time)."""
        article, expected = self.parse(row)
        published = article.date_published
        assert isinstance(published, dt.datetime)
        assert published.utcoffset() == dt.timedelta(hours=7)
        if "date_iso_utc" in expected:
            guide = dt.datetime.fromisoformat(str(expected["date_iso_utc"]))
            assert abs(published - guide) < dt.timedelta(minutes=1)
        else:
            assert published.date().isoformat() == expected["date"]

    def test_dateline(self, row: dict[str, str]) -> None:
        """The dateline each page prints (read off the pages by hand) is recognised and stripped."""
        article, _ = self.parse(row)
        printed = PRINTED_DATELINES[row["file"]]
        if printed is None:
            assert article.dateline is None
            return
        assert article.dateline is not None
        assert article.dateline.text == printed
        assert not article.body[0].text.startswith(printed.split(",")[0])

    def test_no_boilerplate(self, row: dict[str, str]) -> None:
        """No boilerplate line survives in the body."""
        article, _ = self.parse(row)
        text = article.text
        for phrase in (
            "Baca juga",
            "Baca Juga",
            "SCROLL TO CONTINUE",
            "ADVERTISEMENT",
            "Editor:",
            "Pewarta:",
            "Komentar",
        ):
            assert phrase not in text, phrase


@pytest.mark.parametrize("row", LISTINGS, ids=lambda row: row["file"])
def test_index_pages_are_not_articles(row: dict[str, str]) -> None:
    """The five *-index_1.html pages (section fronts and a feed) raise NotAnArticleError."""
    path = shared_path("corpora", "id-html-dev", row["file"])
    with pytest.raises(NotAnArticleError):
        parse_html(path.read_bytes())


class TestFixtures:
    def test_old_kompas_layout(self) -> None:
        """lang="en" over Indonesian, printed WIB date, dateline, caption with credit, boilerplate out."""
        article = parse_html((HTML / "kompas-2016-style.html").read_bytes())
        assert article.headline == "Banjir Rendam Ratusan Rumah di Bekasi"
        assert article.language == "id"
        assert article.date_published == dt.datetime(2016, 2, 16, 14, 38, tzinfo=WIB)
        assert article.dateline is not None
        assert (article.dateline.place, article.dateline.source) == ("JAKARTA", "KOMPAS.com")
        assert article.body[0].text.startswith("Banjir merendam ratusan rumah")
        lead = article.images[0]
        assert lead.caption == "Warga menerobos banjir di Perumahan Pondok Gede Permai, Bekasi, Selasa (16/2/2016)."
        assert lead.credit == "KOMPAS.com/ANDRI DONNAL PUTERA"
        assert (lead.width, lead.height) == (780, 390)
        text = article.text
        for phrase in (
            "Baca juga",
            "Simak juga",
            "Lihat juga",
            "ADVERTISEMENT",
            "SCROLL TO CONTINUE",
            "Pantau terus",
            "Telegram",
            "Berita Terkait",
            "Terpopuler",
            "Semoga cepat surut",
            "Penulis",
            "Copyright",
        ):
            assert phrase not in text, phrase
        assert "Petugas juga membuka dapur umum bagi pengungsi." in [block.text for block in article.body]

    def test_jsonld_wins_over_opengraph(self) -> None:
        """JSON-LD values win over OpenGraph ones; the canonical URL is made absolute."""
        article = parse_html((HTML / "jsonld-graph.html").read_bytes(), url="https://warta.example/x?utm=1")
        assert article.headline == "Harga Beras Naik Jelang Lebaran"
        assert article.date_published == dt.datetime(2024, 3, 28, 10, 5, tzinfo=WIB)
        assert [author.name for author in article.authors] == ["Siti Aminah", "Joko Susilo"]
        assert all(isinstance(author, Person) for author in article.authors)
        assert article.section == "Ekonomi"
        assert article.images[0].url == "https://warta.example/img/beras.jpg"
        assert article.url == "https://warta.example/ekonomi/harga-beras-naik"
        kinds = [block.kind for block in article.body]
        assert BlockKind.HEADING in kinds
        assert kinds.count(BlockKind.LIST_ITEM) == 2
        assert BlockKind.BLOCKQUOTE in kinds

    def test_english_wire_story(self) -> None:
        """An English page: wire dateline, authors from the byline, ads and newsletter boxes out."""
        article = parse_html((HTML / "english-wire.html").read_bytes())
        assert article.language == "en"
        assert article.dateline is not None
        assert (article.dateline.place, article.dateline.source) == ("WASHINGTON", "AP")
        assert [author.name for author in article.authors] == ["Jane Doe", "John Roe"]
        assert article.date_published == dt.datetime(2019, 11, 21, 18, 30, tzinfo=dt.timezone(dt.timedelta(hours=-5)))
        assert len(article.body) == 4
        for phrase in ("Advertisement", "Read more", "newsletter", "Most read", "All rights reserved"):
            assert phrase not in article.text

    def test_section_front_is_not_an_article(self) -> None:
        """A list of teasers raises NotAnArticleError, a NewsModelError."""
        with pytest.raises(NotAnArticleError) as caught:
            parse_html((HTML / "section-front.html").read_bytes(), url="https://warta.example/nasional")
        assert isinstance(caught.value, NewsModelError)
        assert caught.value.source == "https://warta.example/nasional"

    def test_photo_story_without_paragraphs(self) -> None:
        """An Article in JSON-LD whose page has only captioned photos is an article with no body."""
        article = parse_html((HTML / "no-paragraphs.html").read_bytes())
        assert article.body == ()
        assert article.images[0].caption == "Pemudik antre di peron Stasiun Senen."
        assert article.images[0].credit == "Foto: Warta/Andi"


class TestArguments:
    PAGE = (
        "<html><head><title>Hujan Deras di Jakarta</title><meta property='og:type' content='article'>"
        "<meta property='og:image' content='/foto/hujan.jpg'></head><body><article><h1>Hujan Deras di Jakarta</h1>"
        "<p>Hujan deras mengguyur Jakarta sejak pagi, dan banjir merendam puluhan rumah warga di bantaran kali.</p>"
        "<p>Warga mengungsi ke masjid terdekat karena air terus naik hingga sore hari, kata lurah setempat.</p>"
        "</article></body></html>"
    )

    def test_url_is_base_and_fallback(self) -> None:
        """Without a canonical URL, url= is the article's URL and the base for relative links."""
        article = parse_html(self.PAGE, url="https://warta.example/read/1")
        assert article.url == "https://warta.example/read/1"
        assert article.images[0].url == "https://warta.example/foto/hujan.jpg"

    def test_non_web_url_is_ignored(self) -> None:
        """A url= that is not an absolute http(s) URL is not the article's URL."""
        assert parse_html(self.PAGE, url="file:///tmp/halaman.html").url is None

    def test_relative_links_without_url_are_dropped(self) -> None:
        """A relative image URL with no base is left out rather than made up."""
        assert parse_html(self.PAGE).images == ()

    def test_language_argument_wins(self) -> None:
        """language= overrides detection."""
        assert parse_html(self.PAGE, language="ms").language == "ms"

    def test_str_and_bytes_agree(self) -> None:
        """A str page and its UTF-8 bytes give the same article."""
        assert parse_html(self.PAGE) == parse_html(self.PAGE.encode())

    @pytest.mark.parametrize("source", [b"", "   ", b"\x00\x00"])
    def test_empty_input(self, source: str | bytes) -> None:
        """Empty input is a clear ParseError."""
        with pytest.raises(NewsModelError):
            parse_html(source)

    def test_wrong_type(self) -> None:
        """Something that is not text or bytes is refused with a ParseError, not a TypeError."""
        with pytest.raises(NewsModelError):
            parse_html(12345)  # type: ignore[arg-type]

    def test_feed_is_not_an_article(self) -> None:
        """An RSS feed passed as a page raises NotAnArticleError."""
        feed = b'<?xml version="1.0"?><rss version="2.0"><channel><title>Berita</title></channel></rss>'
        with pytest.raises(NotAnArticleError):
            parse_html(feed)


def test_every_fixture_is_documented() -> None:
    """Each HTML fixture is listed in tests/data/html/README.md."""
    readme = (HTML / "README.md").read_text(encoding="utf-8")
    for path in sorted(Path(HTML).glob("*.html")):
        assert f"`{path.name}`" in readme


def page(head: str, body: str) -> str:
    prose = (
        "<p>Hujan deras mengguyur Jakarta sejak pagi, dan banjir merendam puluhan rumah warga di bantaran kali.</p>"
        "<p>Warga mengungsi ke masjid terdekat karena air terus naik hingga sore hari, kata lurah setempat.</p>"
    )
    head = f"<meta property='og:type' content='article'>{head}"
    return f"<html><head>{head}</head><body>{body}<article>{prose}</article></body></html>"


class TestDatePrecedence:
    def test_utc_metadata_takes_the_printed_wib_offset(self) -> None:
        """Metadata in UTC for the instant the page prints in WIB keeps +07:00 (Kompas.com 2023)."""
        article = parse_html(
            page(
                "<title>Banjir</title><meta property='article:published_time' content='2023-11-02T14:34:19+00:00'>",
                "<div class='read__time'>Kompas.com - 02/11/2023, 21:34 WIB</div>",
            )
        )
        assert article.date_published == dt.datetime(2023, 11, 2, 21, 34, 19, tzinfo=WIB)
        assert isinstance(article.date_published, dt.datetime)
        assert article.date_published.utcoffset() == dt.timedelta(hours=7)

    def test_printed_time_completes_a_date(self) -> None:
        """A date-only meta value and a printed time on that day give the datetime."""
        article = parse_html(
            page(
                "<title>Banjir</title><meta name='pubdate' content='2016-02-16'>",
                "<div>Selasa, 16 Februari 2016 | 14:38 WIB</div>",
            )
        )
        assert article.date_published == dt.datetime(2016, 2, 16, 14, 38, tzinfo=WIB)

    def test_naive_meta_time_is_wib_on_indonesian_pages(self) -> None:
        """A meta time without a zone is WIB when the page is Indonesian."""
        article = parse_html(
            page("<title>Banjir</title><meta name='content_PublishedDate' content='2023-11-02 21:34:19'>", "")
        )
        assert article.date_published == dt.datetime(2023, 11, 2, 21, 34, 19, tzinfo=WIB)

    def test_unreadable_date_is_skipped_for_the_next_source(self) -> None:
        """A meta date nobody can read gives way to the next candidate."""
        article = parse_html(
            page(
                "<title>Banjir</title><meta property='article:published_time' content='kemarin sore entah kapan'>"
                "<meta name='pubdate' content='2016-02-16T14:38:00+07:00'>",
                "",
            )
        )
        assert article.date_published == dt.datetime(2016, 2, 16, 14, 38, tzinfo=WIB)


class TestFieldFallbacks:
    def test_headline_from_h1_then_title(self) -> None:
        """Without og:title the <h1> is the headline; without <h1>, the cleaned <title>."""
        assert (
            parse_html(page("<title>Judul Lain - Situs</title>", "<h1>Banjir Jakarta</h1>")).headline
            == "Banjir Jakarta"
        )
        assert parse_html(page("", "<h1>Banjir Jakarta</h1>")).headline == "Banjir Jakarta"

    def test_keywords_deduplicated(self) -> None:
        """Comma-separated meta keywords are split and deduplicated, first spelling kept."""
        article = parse_html(
            page("<title>Banjir</title><meta name='keywords' content='Banjir, Jakarta, banjir, , hujan'>", "")
        )
        assert article.keywords == ("Banjir", "Jakarta", "hujan")

    def test_cms_pseudo_tags_are_no_keywords(self) -> None:
        """Labelled CMS tags: section paths, credits and empty labels go, a topic label keeps its value."""
        tags = ["Tekno:Telko", "Editor:Iskandar", "News:", "section: Article", "Topic: Brexit", "COVID-19: vaksin"]
        jsonld = json.dumps(
            {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Banjir", "keywords": tags}
        )
        head = "<title>Banjir</title><meta property='article:section' content='Tekno'>"
        article = parse_html(page(f"{head}<script type='application/ld+json'>{jsonld}</script>", ""))
        assert article.keywords == ("Brexit", "COVID-19: vaksin")
        meta = "".join(f"<meta property='article:tag' content='{tag}'>" for tag in tags)
        assert parse_html(page(head + meta, "")).keywords == ("Brexit", "COVID-19: vaksin")

    def test_section_from_the_url_last(self) -> None:
        """A page that states no section gets the one its URL names; a stated section wins."""
        url = "https://bola.warta.example/read/2025/07/04/1/judul"
        assert parse_html(page("<title>Banjir</title>", ""), url=url).section == "Bola"
        stated = page("<title>Banjir</title><meta property='article:section' content='Liga 1'>", "")
        assert parse_html(stated, url=url).section == "Liga 1"
        assert parse_html(page("<title>Banjir</title>", ""), url="https://warta.example/read/1").section is None

    @pytest.mark.parametrize(
        ("caption", "text", "credit"),
        [
            ("Warga mengungsi. Foto: Ani (Kompas.com)", "Warga mengungsi.", "Foto: Ani (Kompas.com)"),
            ("Warga mengungsi (Foto: Ani)", "Warga mengungsi", "Foto: Ani"),
            ("Warga mengungsi. KOMPAS.com/ANDRI", "Warga mengungsi.", "KOMPAS.com/ANDRI"),
        ],
    )
    def test_caption_credit_keeps_its_own_brackets(self, caption: str, text: str, credit: str) -> None:
        """A credit ending in its own bracketed part keeps the closing bracket; an enclosing pair is dropped."""
        assert _split_credit(caption) == (text, credit)

    def test_publisher_from_site_name(self) -> None:
        """og:site_name gives the publisher, with the site's root URL."""
        article = parse_html(
            page("<title>Banjir</title><meta property='og:site_name' content='Warta Contoh'>", ""),
            url="https://warta.example/read/1",
        )
        assert article.publisher == Organization(name="Warta Contoh", url="https://warta.example/")

    def test_byline_label_gives_the_author(self) -> None:
        """A labelled byline near the article start names the author."""
        article = parse_html(page("<title>Banjir</title>", "<div>Pewarta: Nur Imansyah</div>"))
        assert article.authors == (Person(name="Nur Imansyah"),)

    def test_figure_without_metadata_image_is_the_lead_image(self) -> None:
        """A captioned figure at the article start is the lead image when no metadata names one."""
        article = parse_html(
            page(
                "<title>Banjir</title>",
                "<figure><img src='/foto/banjir.jpg' width='640' height='360'>"
                "<figcaption>Banjir di Kampung Melayu. Foto: ANTARA/Budi</figcaption></figure>",
            ),
            url="https://warta.example/read/1",
        )
        lead = article.images[0]
        assert (lead.url, lead.caption, lead.credit, lead.width) == (
            "https://warta.example/foto/banjir.jpg",
            "Banjir di Kampung Melayu.",
            "Foto: ANTARA/Budi",
            640,
        )

    def test_date_line_blocks_are_not_body(self) -> None:
        """A block that only prints the date is not body text."""
        article = parse_html(
            page("<title>Banjir</title>", "<div class='content'><p>Kamis, 05 November 2015 | 11:13 WIB</p></div>")
        )
        assert all("2015" not in block.text for block in article.body)


class TestPageConventions:
    def test_section_from_breadcrumbs(self) -> None:
        """Without a declared section, the breadcrumb trail's last section item is the section."""
        article = parse_html(
            page(
                "<title>Banjir</title>",
                "<ul class='kcm-breadcrumb'><li><a href='/'>Home</a></li>"
                "<li><a href='/regional'>Regional</a></li></ul>",
            )
        )
        assert article.section == "Regional"

    def test_host_name_is_not_a_section(self) -> None:
        """A section given as a host name ("lifestyle.okezone.com") is not taken."""
        article = parse_html(
            page("<title>Banjir</title><meta itemprop='articleSection' content='lifestyle.okezone.com'>", "")
        )
        assert article.section is None

    def test_closing_signature_is_the_author(self) -> None:
        """A closing line of capitalised names (Tempo) is the author, not body text."""
        html = page("<title>Banjir</title>", "").replace("</article>", "<p>DINI TEJA</p></article>")
        article = parse_html(html)
        assert article.authors == (Person(name="Dini Teja"),)
        assert article.body[-1].text != "DINI TEJA"

    def test_lazy_loaded_image_and_renditions(self) -> None:
        """A lazy-loaded figure (data-src) matches og:image even in another rendition."""
        article = parse_html(
            page(
                "<title>Banjir</title><meta property='og:image' content='https://x.example/foto/banjir-rendam-ratusan-rumah-di-bekasi-QGKmvR1bRS.jpg'>",
                "<figure><img src='/blank.png' data-src='https://x.example/foto/banjir-rendam-ratusan-rumah-di-bekasi-4iGLnhEgWh.jpg'>"
                "<figcaption>Banjir di Jakarta.</figcaption></figure>",
            )
        )
        assert article.images[0].caption == "Banjir di Jakarta."

    def test_unrelated_figure_is_not_the_lead_caption(self) -> None:
        """A figure of another picture does not lend its caption to the metadata's lead image."""
        article = parse_html(
            page(
                "<title>Banjir</title><meta property='og:image' content='https://x.example/foto/banjir.jpg'>",
                "<figure><img src='https://x.example/foto/lain-sekali.jpg'>"
                "<figcaption>Foto hari ini.</figcaption></figure>",
            )
        )
        assert article.images[0].caption is None

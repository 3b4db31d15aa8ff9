"""Tests for newsmodel.html._metadata: candidates by source, precedence, headline cleaning."""

from __future__ import annotations

from lxml import etree

from newsmodel.html._metadata import (
    JSONLD,
    META,
    OPENGRAPH,
    VISIBLE,
    PageMetadata,
    absolute_url,
    clean_headline,
    collect_metadata,
    split_names,
)


def page_of(html: str, *, base_url: str | None = None) -> PageMetadata:
    return collect_metadata(etree.fromstring(html, etree.HTMLParser()), base_url=base_url)


class TestSources:
    def test_ranks(self) -> None:
        """OpenGraph ranks above other meta, which ranks above visible markup."""
        page = page_of(
            "<html><head><meta name='description' content='dari meta'>"
            "<meta property='og:description' content='dari og'></head>"
            "<body><time datetime='2025-07-04T08:15:00+07:00'>Jumat</time></body></html>"
        )
        assert page.best("description") == "dari og"
        assert [c.rank for c in page.ranked("description")] == [OPENGRAPH, META]
        assert page.ranked("date_published")[0].rank == VISIBLE
        assert JSONLD < OPENGRAPH < META < VISIBLE

    def test_jsonld_graph_is_read(self) -> None:
        """An Article node inside @graph becomes the page's JSON-LD article."""
        page = page_of(
            "<html><head><script type='application/ld+json'>"
            '{"@context": "https://schema.org", "@graph": [{"@type": "WebPage"},'
            ' {"@type": "NewsArticle", "headline": "Hujan", "datePublished": "2025-07-04T08:15:00+07:00"}]}'
            "</script></head><body></body></html>"
        )
        assert page.jsonld is not None
        assert page.jsonld.headline == "Hujan"
        assert "WebPage" in page.jsonld_types

    def test_broken_jsonld_is_skipped(self) -> None:
        """JSON-LD that is not JSON is ignored, not an error."""
        page = page_of("<html><head><script type='application/ld+json'>{not json</script></head><body></body></html>")
        assert page.jsonld is None

    def test_other_scripts_are_not_read_as_jsonld(self) -> None:
        """Only application/ld+json scripts are parsed."""
        page = page_of('<html><head><script>{"@type": "NewsArticle", "headline": "x"}</script></head></html>')
        assert page.jsonld is None

    def test_meta_table(self) -> None:
        """Dublin Core, Parse.ly, article:* and plain names land in their fields."""
        page = page_of(
            "<html><head>"
            "<meta name='dc.creator' content='Nur Imansyah'>"
            "<meta name='parsely-section' content='Ekonomi'>"
            "<meta property='article:tag' content='beras'><meta property='article:tag' content='lebaran'>"
            "<meta name='publishdate' content='2025-07-04 08:15:00'>"
            "<meta property='og:image' content='/img/a.jpg'><meta property='og:image:width' content='1200'>"
            "<meta property='article:author' content='https://www.facebook.com/x'>"
            "<meta property='og:type' content='Article'>"
            "</head></html>",
            base_url="https://warta.example/read/1",
        )
        assert page.all("authors") == ["Nur Imansyah"]
        assert page.best("section") == "Ekonomi"
        assert page.all("keywords") == ["beras", "lebaran"]
        assert page.best("date_published") == "2025-07-04 08:15:00"
        assert page.best("image") == "https://warta.example/img/a.jpg"
        assert page.best("image_width") == "1200"
        assert page.og_type == "article"

    def test_canonical_is_the_base(self) -> None:
        """Without a given URL, the canonical link resolves relative URLs."""
        page = page_of(
            "<html><head><link rel='canonical' href='https://warta.example/read/1'>"
            "<meta property='og:image' content='/img/a.jpg'></head></html>"
        )
        assert page.best("image") == "https://warta.example/img/a.jpg"

    def test_headings_and_title(self) -> None:
        """<h1> texts and the <title> are collected for the headline."""
        page = page_of("<html><head><title>Hujan - Warta</title></head><body><h1> Hujan  Deras </h1></body></html>")
        assert page.title == "Hujan - Warta"
        assert page.headings == ["Hujan Deras"]


class TestHelpers:
    def test_clean_headline_prefers_matching_h1(self) -> None:
        """An <h1> contained in the title is the headline."""
        assert (
            clean_headline("Banjir Bekasi - Kompas.com Megapolitan", headings=["Banjir Bekasi"], site_names=[])
            == "Banjir Bekasi"
        )

    def test_clean_headline_strips_site_suffix(self) -> None:
        """A trailing site name (or short section label) is removed; the rest is kept as printed."""
        assert clean_headline("Harga Naik Lagi | Tempo.co", headings=[], site_names=["tempo.co"]) == "Harga Naik Lagi"
        assert (
            clean_headline("Tri Indonesia: Broadband Dorong Ekosistem", headings=[], site_names=[])
            == "Tri Indonesia: Broadband Dorong Ekosistem"
        )
        assert clean_headline(
            "Kompas.com - Menhub Bocorkan Harga Tiket Pesawat", headings=[], site_names=["Kompas.com"]
        ) == ("Menhub Bocorkan Harga Tiket Pesawat")

    def test_split_names(self) -> None:
        """Bylines split on commas, "dan", "and" and "&", labels dropped."""
        assert split_names("Penulis: Siti Aminah, Joko Susilo dan Budi") == ["Siti Aminah", "Joko Susilo", "Budi"]
        assert split_names("By Jane Doe & John Roe") == ["Jane Doe", "John Roe"]

    def test_absolute_url(self) -> None:
        """Relative, protocol-relative and absolute URLs resolve; other schemes are refused."""
        assert absolute_url("//cdn.example/a.jpg", None) == "https://cdn.example/a.jpg"
        assert absolute_url("a b.jpg", "https://x.example/") is None
        assert absolute_url("mailto:a@b.c", None) is None
        assert absolute_url("http://[::1", None) is None

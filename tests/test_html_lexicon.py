"""Every entry of the HTML lexicons (newsmodel.html._lexicon_id / _lexicon_en) exercised."""

from __future__ import annotations

import re

import pytest

from newsmodel.html import _lexicon_en, _lexicon_id
from newsmodel.html._content import is_boilerplate, strip_inline_boilerplate
from newsmodel.html._language import detect_language
from newsmodel.html._metadata import PageMetadata, add_visible, is_organization_name, split_names
from newsmodel.html._parse import _clean_tags, url_section

#: Examples per boilerplate entry name (a block that the entry must recognise).
BOILERPLATE_EXAMPLES: dict[str, list[str]] = {
    "baca-juga": ["Baca juga: Zelensky Temui Pemimpin Eropa", "Simak juga video berikut", "Lihat Juga"],
    "baca-berita": ["Baca berita selengkapnya di aplikasi"],
    "pantau-terus": ["Pantau terus update resmi dan laporan mendalam hanya di Beritagosip.com."],
    "channel-banner": ["Info terbaru di Whatsapp Channel", "Ikuti kami di Telegram Channel"],
    "channel-join": ["Gabung ke saluran WhatsApp Kompas.com", "Follow Google News kami"],
    "scroll-to-continue": ["SCROLL TO CONTINUE WITH CONTENT"],
    "advertisement": ["ADVERTISEMENT", "Iklan"],
    "dapatkan-update": ["Dapatkan update berita pilihan dan breaking news setiap hari dari Kompas.com."],
    "photo-credit": ["Foto: ANTARA/Hafidz Mubarak", "(Ilustrasi: Shutterstock)"],
    "outlet-credit": ["KOMPAS.com/ANDRI DONNAL PUTERA"],
    "share": ["Bagikan artikel", "Share:"],
    "tags": ["Tag: banjir, Bekasi", "Topik: Pilkada"],
    "copyright": ["© 2025 Beritagosip.com. Hak cipta dilindungi undang-undang.", "Hak cipta 2024 Warta"],
    "comment": ["Tinggalkan Balasan", "Tinggalkan komentar Anda"],
    "back-to-top": ["Kembali ke atas"],
    "skip-link": ["Langsung ke konten"],
    "credit-line": ["Editor: Ade Marboen", "Pewarta: Nur Imansyah"],
    "credit-label": ["Penulis", "Editor"],
    "credit-value": [": Ferril Dennys"],
    "editor-initials": ["(ren)", "(Cas/Isk)"],
    "disclaimer": ["Disclaimer : Komentar adalah tanggapan pribadi"],
    "related-label": ["Berita Terkait", "Artikel lainnya:"],
    "popular-label": ["Terpopuler", "Pilihan Editor"],
    # English
    "story-continues": ["Story continues below advertisement"],
    "read-more": ["Read more: What a shutdown would mean", "Related: Markets rally"],
    "newsletter": ["Sign up for our politics newsletter, delivered free every weekday morning."],
    "follow-us": ["Follow us on Twitter for the latest news"],
    "all-rights": ["Example Times. All rights reserved."],
    "image-credit": ["Photo: Reuters/Kevin Lamarque", "Image credit: NASA"],
    "comments": ["12 Comments", "Comments"],
    "filed-under": ["Filed under: Politics |"],
    "inbox": ["Get the latest updates right in your inbox. Subscribe to NJ.com's newsletters."],
    "subscription-status": ["You have been successfully subscribed!"],
    "full-coverage": ["Follow AP's full coverage of Brexit at https://www.apnews.com/Brexit"],
    "news-tip": ["Have a tip? Amy may be reached at amy@example.com."],
    "updated-at": ["Updated at 1:23 p.m.", "Last updated: Nov. 19, 2019"],
    "photo-agency": ["Natalie Naccache | Bloomberg | Getty Images", "Kathrin Ziegler/Getty"],
    "slideshow": ["This slideshow requires JavaScript."],
}
EN_EXAMPLES = {
    "related-label": ["You may also like...", "More:", "DON'T MISS", "Tell us what YOU think..."],
    "advertisement": ["Advertisement", "Advert", "Sponsored content"],
    "scroll-to-continue": ["Scroll down to continue reading", "Continue to continue"],
    "share": ["Share this article", "Share"],
    "copyright": ["© 2019 Example Times", "Copyright 2019 The Times"],
    "back-to-top": ["Back to top"],
    "skip-link": ["Skip to main content"],
}

#: Article sentences no entry may take for boilerplate.
ARTICLE_TEXT = [
    "Presiden Rusia Vladimir Putin tolak gencatan senjata yang diusulkan Presiden Amerika Serikat.",
    "Ia mengirim pesan melalui WhatsApp kepada istrinya sebelum berangkat ke bandara.",
    "“Rusia tidak akan mundur,” tegas Ushakov kepada media.",
    "Warga diminta terus memantau informasi cuaca dari BMKG.",
    "The Senate on Thursday passed a stopgap spending bill.",
    "Share prices rose sharply after the announcement, traders said.",
    "Comments from the minister drew criticism from the opposition.",
    "Editors at the newspaper disagreed about the story for weeks.",
    "The company declined to comment to Reuters.",
    "More than 200 people were evacuated from the building on Monday.",
    "Topics discussed at the summit included trade and climate.",
    "Updated figures released on Friday showed a sharp rise in prices.",
]


def entries() -> list[tuple[str, str, str]]:
    found = [("id", name, pattern) for name, pattern in _lexicon_id.BOILERPLATE]
    found += [("en", name, pattern) for name, pattern in _lexicon_en.BOILERPLATE]
    return found


def examples_for(language: str, name: str) -> list[str]:
    if language == "en" and name in EN_EXAMPLES:
        return EN_EXAMPLES[name]
    return BOILERPLATE_EXAMPLES.get(name, [])


class TestBoilerplate:
    @pytest.mark.parametrize(("language", "name", "pattern"), entries(), ids=lambda v: str(v)[:30])
    def test_every_entry_has_matching_examples(self, language: str, name: str, pattern: str) -> None:
        """Each lexicon entry recognises its examples, both alone and through is_boilerplate."""
        examples = examples_for(language, name)
        assert examples, f"no test example for {language}:{name}"
        for example in examples:
            assert re.match(r"\s*(?:" + pattern + ")", example, re.IGNORECASE), (name, example)
            assert is_boilerplate(example), example

    @pytest.mark.parametrize("text", ARTICLE_TEXT)
    def test_article_text_is_not_boilerplate(self, text: str) -> None:
        """Real article sentences survive every entry."""
        assert not is_boilerplate(text)

    def test_inline_baca_juga_is_cut(self) -> None:
        """Inline "Baca juga:" cuts the block where it starts (every inline entry)."""
        for name, _ in _lexicon_id.INLINE_BOILERPLATE:
            assert name == "inline-baca-juga"
        assert strip_inline_boilerplate("Harga avtur naik. Baca juga: Menhub Lobi") == "Harga avtur naik."
        assert strip_inline_boilerplate("Tidak ada sisipan di sini.") == "Tidak ada sisipan di sini."


class TestBylineAndOrganizations:
    @pytest.mark.parametrize("label", [*_lexicon_id.BYLINE_LABELS, *_lexicon_en.BYLINE_LABELS])
    def test_byline_labels_are_dropped(self, label: str) -> None:
        """Every byline label is removed from the names it introduces."""
        assert split_names(f"{label}: Nur Imansyah") == ["Nur Imansyah"]

    @pytest.mark.parametrize("label", [*_lexicon_id.TOPIC_LABELS, *_lexicon_en.TOPIC_LABELS])
    def test_topic_labels_keep_their_value(self, label: str) -> None:
        """Every topic label gives its value as the keyword."""
        assert _clean_tags([f"{label.title()}: Pilkada"], None) == ("Pilkada",)

    @pytest.mark.parametrize("slug", [*_lexicon_id.SECTION_SLUGS, *_lexicon_en.SECTION_SLUGS])
    def test_section_slugs(self, slug: str) -> None:
        """Every section slug names the section as a subdomain and as a leading folder."""
        name = {**_lexicon_en.SECTION_SLUGS, **_lexicon_id.SECTION_SLUGS}[slug]
        assert url_section(f"https://{slug}.warta.example/read/2025/07/04/1/judul") == name
        assert url_section(f"https://www.warta.example/2025/07/04/{slug}/judul-berita") == name
        assert url_section(f"https://www.warta.example/berita/{slug}") is None  # the article's own slug

    @pytest.mark.parametrize(
        "label", [*_lexicon_id.SECTION_LABELS, *_lexicon_en.SECTION_LABELS, *_lexicon_id.BYLINE_LABELS]
    )
    def test_section_and_credit_labels_are_no_keywords(self, label: str) -> None:
        """Every section and credit label makes its tag a non-keyword."""
        assert _clean_tags([f"{label.title()}:Nasional", "banjir"], None) == ("banjir",)

    @pytest.mark.parametrize(
        "name",
        [
            "Redaksi",
            "Tim Redaksi",
            "Admin",
            "Antara",
            "Kompas Cyber Media",  # id entries
            "Staff",
            "Times Staff Writer",
            "The Editorial Board",
            "Associated Press",
            "Reuters",
            "Editors",
            "Newsroom",  # en entries
            "Kompas.com",  # a domain
        ],
    )
    def test_organization_authors(self, name: str) -> None:
        """Each organization-author entry (and an outlet's domain) is an organization."""
        assert is_organization_name(name)

    @pytest.mark.parametrize("name", ["Yuri Ushakov", "Tim Cook", "Jane Doe", "Ade Marboen"])
    def test_people_are_people(self, name: str) -> None:
        """People's names are not organizations."""
        assert not is_organization_name(name)

    def test_author_labels(self) -> None:
        """Every author label introduces an author; editor labels do not."""
        for label in (*_lexicon_id.AUTHOR_LABELS, *_lexicon_en.AUTHOR_LABELS):
            page = PageMetadata()
            add_visible(page, itemprops=(), bylines=(), nearby=[f"{label}: Nur Imansyah"])
            assert page.all("authors") == ["Nur Imansyah"], label
        page = PageMetadata()
        add_visible(page, itemprops=(), bylines=(), nearby=["Editor: Ade Marboen"])
        assert page.all("authors") == []


class TestStopwords:
    def test_stopword_sets_are_disjoint(self) -> None:
        """No word counts for both languages."""
        assert not (_lexicon_id.STOPWORDS & _lexicon_en.STOPWORDS)

    @pytest.mark.parametrize(("words", "language"), [(_lexicon_id.STOPWORDS, "id"), (_lexicon_en.STOPWORDS, "en")])
    def test_every_stopword_counts(self, words: frozenset[str], language: str) -> None:
        """Each stop word, repeated, identifies its language."""
        for word in words:
            assert detect_language([" ".join([word] * 10)]) == language, word

"""Tests for newsmodel.html._language: stop-word language identification and tag hints."""

from __future__ import annotations

import pytest

from newsmodel.html._language import detect_language, normalize_language

INDONESIAN = (
    "Presiden Joko Widodo mengatakan bahwa pemerintah tidak akan menaikkan harga bahan bakar "
    "minyak dalam waktu dekat, karena daya beli masyarakat masih lemah."
)
ENGLISH = (
    "The Senate on Thursday passed a stopgap spending bill that keeps the government open, and "
    "the president is expected to sign it before the deadline."
)


class TestDetectLanguage:
    def test_indonesian_over_a_lying_hint(self) -> None:
        """Old Kompas.com pages say lang="en" over Indonesian text: the text wins."""
        assert detect_language([INDONESIAN], hint="en") == "id"

    def test_english(self) -> None:
        """English text is English whatever the hint."""
        assert detect_language([ENGLISH], hint="id-ID") == "en"

    def test_other_language_keeps_the_hint(self) -> None:
        """Text that is neither Indonesian nor English keeps the page's declared language."""
        text = "O presidente disse que o governo vai investir mais em educação e saúde no próximo ano."
        assert detect_language([text], hint="pt-BR") == "pt"

    def test_too_little_text_keeps_the_hint(self) -> None:
        """A few words do not overrule the declaration."""
        assert detect_language(["Jakarta"], hint="id") == "id"

    def test_long_text_without_stop_words_drops_a_wrong_hint(self) -> None:
        """Plenty of text with no Indonesian or English function words cannot be id or en."""
        text = " ".join(["Путин отказался от предложения Трампа о прекращении огня"] * 30)
        assert detect_language([text], hint="en") is None

    def test_no_text_no_hint(self) -> None:
        """Nothing to go on gives None."""
        assert detect_language([]) is None


class TestNormalizeLanguage:
    @pytest.mark.parametrize(
        ("tag", "expected"),
        [("id-ID", "id"), ("id_ID", "id"), ("EN", "en"), ("In-Id", "id"), ("", None), (None, None), ("12", None)],
    )
    def test_primary_subtag(self, tag: str | None, expected: str | None) -> None:
        """BCP 47 tags and POSIX locales give their primary subtag; withdrawn codes are renamed."""
        assert normalize_language(tag) == expected

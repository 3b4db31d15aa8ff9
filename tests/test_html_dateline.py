"""Tests for newsmodel.html._dateline: the dateline forms Indonesian and wire copy print."""

from __future__ import annotations

import pytest

from newsmodel.html._dateline import split_dateline

CASES = [
    # (block, dateline text, place, source, rest starts)
    ("JAKARTA, KOMPAS.com - Hujan deras turun.", "JAKARTA, KOMPAS.com", "JAKARTA", "KOMPAS.com", "Hujan"),
    ("Jakarta, CNN Indonesia -- Harga naik.", "Jakarta, CNN Indonesia", "Jakarta", "CNN Indonesia", "Harga"),
    ("Liputan6.com, Jakarta - Ketua KPK hadir.", "Liputan6.com, Jakarta", "Jakarta", "Liputan6.com", "Ketua"),
    ("Liputan6.com, Jakarta Ketua KPK hadir.", "Liputan6.com, Jakarta", "Jakarta", "Liputan6.com", "Ketua"),
    ("Jakarta (ANTARA) - Harga cabai naik.", "Jakarta (ANTARA)", "Jakarta", "ANTARA", "Harga"),
    (
        "Mataram, NTB (ANTARA News) - Bandara ditutup.",
        "Mataram, NTB (ANTARA News)",
        "Mataram, NTB",
        "ANTARA News",
        "Bandara",
    ),
    ("TEMPO.CO, Jakarta - Organisasi Kesehatan Dunia.", "TEMPO.CO, Jakarta", "Jakarta", "TEMPO.CO", "Organisasi"),
    ("REPUBLIKA.CO.ID, JAKARTA -- Pemerintah.", "REPUBLIKA.CO.ID, JAKARTA", "JAKARTA", "REPUBLIKA.CO.ID", "Pemerintah"),
    ("Bisnis.com, JAKARTA — Rupiah menguat.", "Bisnis.com, JAKARTA", "JAKARTA", "Bisnis.com", "Rupiah"),
    ("JAKARTA, KOMPAS — Rapat digelar.", "JAKARTA, KOMPAS", "JAKARTA", "KOMPAS", "Rapat"),
    ("Jakarta - Polisi menangkap dua orang.", "Jakarta", "Jakarta", None, "Polisi"),
    ("KOMPAS.com - Cuaca cerah.", "KOMPAS.com", None, "KOMPAS.com", "Cuaca"),
    ("Jakarta, KompasOtomotif - Tahun depan.", "Jakarta, KompasOtomotif", "Jakarta", "KompasOtomotif", "Tahun"),
    ("WASHINGTON (AP) — The Senate voted.", "WASHINGTON (AP)", "WASHINGTON", "AP", "The Senate"),
    (
        "DUBAI, United Arab Emirates — Emirates signed.",
        "DUBAI, United Arab Emirates",
        "DUBAI, United Arab Emirates",
        None,
        "Emirates",
    ),
    (
        "ISTANBUL, 23 Februari 2016 (Antara/PRNewswire) -- Pemerintah kota.",
        "ISTANBUL, 23 Februari 2016 (Antara/PRNewswire)",
        "ISTANBUL",
        "Antara/PRNewswire",
        "Pemerintah",
    ),
]


class TestSplitDateline:
    @pytest.mark.parametrize(("block", "text", "place", "source", "rest"), CASES)
    def test_forms(self, block: str, text: str, place: str | None, source: str | None, rest: str) -> None:
        """Each printed form is recognised, split into place and source, and stripped."""
        dateline, remaining = split_dateline(block)
        assert dateline is not None
        assert (dateline.text, dateline.place, dateline.source) == (text, place, source)
        assert remaining.startswith(rest)

    def test_bare_outlet_needs_to_be_the_site(self) -> None:
        """A bare domain before the first sentence is a dateline only when it names the site."""
        block = "Beritagosip.com Presiden Rusia Vladimir Putin menolak."
        dateline, rest = split_dateline(block, outlets=["Beritagosip.com"])
        assert dateline is not None
        assert dateline.source == "Beritagosip.com"
        assert rest.startswith("Presiden")
        assert split_dateline("Amazon.com Inc said on Monday it would hire.", outlets=["Reuters"])[0] is None

    @pytest.mark.parametrize(
        "block",
        [
            "Presiden Joko Widodo, kata dia, tidak hadir.",
            "“Rusia tidak akan mundur,” tegas Ushakov.",
            "Liputan6.com, Jakarta: hujan turun.",
            "The vote was 74-20 on Thursday.",
            "",
        ],
    )
    def test_no_dateline(self, block: str) -> None:
        """Ordinary first sentences are left alone."""
        assert split_dateline(block) == (None, block)

    def test_long_adversarial_text_is_fast(self) -> None:
        """Only the head of the block is examined, so long input cannot backtrack for long."""
        block = "A" * 100_000 + " - x"
        assert split_dateline(block)[0] is None

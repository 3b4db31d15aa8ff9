"""Tests for newsmodel.html._decode: BOM, declared charsets, lying charsets, mojibake."""

from __future__ import annotations

import codecs

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsmodel.html._decode import (
    _LEADS,
    _MOJIBAKE,
    _MOJIBAKE_UTF8,
    _UTF8_LEAD_BYTE,
    PRESCAN_BYTES,
    decode_html,
    repair_mojibake,
)

TEXT = "Ma’ruf Amin: “Kita harus bersatu” — café déjà vu"


def as_browsers_misread(text: str) -> str:
    """UTF-8 bytes shown as windows-1252, undefined bytes as C1 controls (what browsers do)."""
    return "".join(
        chr(byte) if byte in {0x81, 0x8D, 0x8F, 0x90, 0x9D} else bytes([byte]).decode("cp1252")
        for byte in text.encode("utf-8")
    )


class TestBom:
    @pytest.mark.parametrize(
        ("bom", "codec"),
        [(codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")],
    )
    def test_bom_wins_over_declaration(self, bom: bytes, codec: str) -> None:
        """A byte order mark decides the encoding, whatever the page declares."""
        page = f'<meta charset="iso-8859-1"><p>{TEXT}</p>'
        decoded = decode_html(bom + page.encode(codec))
        assert decoded.how == "bom"
        assert TEXT in decoded.text
        assert not decoded.text.startswith("\ufeff")


class TestDeclared:
    def test_meta_charset(self) -> None:
        """<meta charset> in the prescan window names the codec."""
        page = '<html><head><meta charset="windows-1252"></head><body><p>caf\xe9</p></body></html>'
        decoded = decode_html(page.encode("cp1252"))
        assert "café" in decoded.text
        assert decoded.how == "declared"

    def test_http_equiv_content_type(self) -> None:
        """<meta http-equiv="Content-Type" content="...; charset=..."> names the codec."""
        page = '<meta http-equiv="Content-Type" content="text/html; charset=koi8-r"><p>Привет</p>'
        decoded = decode_html(page.encode("koi8-r"))
        assert "Привет" in decoded.text
        assert decoded.encoding == "koi8-r"

    def test_shift_jis(self) -> None:
        """A declared East Asian charset decodes as declared."""
        page = '<meta charset="shift_jis"><p>東京のニュース</p>'
        assert "東京のニュース" in decode_html(page.encode("shift_jis")).text

    def test_declaration_after_prescan_window_is_ignored(self) -> None:
        """Only the first PRESCAN_BYTES are searched, as the HTML standard's prescan does."""
        page = "<!--" + "x" * PRESCAN_BYTES + '--><meta charset="koi8-r"><p>café</p>'
        decoded = decode_html(page.encode("utf-8"))
        assert decoded.how == "utf-8"
        assert "café" in decoded.text

    def test_unknown_label_falls_back_to_detection(self) -> None:
        """A charset label Python does not know is ignored, not an error."""
        decoded = decode_html('<meta charset="x-unknown-42"><p>café</p>'.encode())
        assert "café" in decoded.text


class TestLyingCharsets:
    def test_declared_latin1_but_utf8(self) -> None:
        """A page that says iso-8859-1 but is valid UTF-8 is read as UTF-8 (no mojibake)."""
        page = f'<meta charset="iso-8859-1"><p>{TEXT}</p>'
        decoded = decode_html(page.encode("utf-8"))
        assert TEXT in decoded.text
        assert "Ã" not in decoded.text

    def test_declared_utf8_but_cp1252(self) -> None:
        """A page that says UTF-8 but is windows-1252 falls back to windows-1252."""
        page = '<meta charset="utf-8"><p>Ma’ruf “kata” café</p>'
        decoded = decode_html(page.encode("cp1252"))
        assert "Ma’ruf “kata” café" in decoded.text
        assert decoded.encoding == "cp1252"

    def test_undefined_cp1252_bytes(self) -> None:
        """Bytes windows-1252 leaves undefined (0x81 …) still decode, as C1 controls."""
        decoded = decode_html(b"<p>caf\xe9 \x81 \x9d</p>")
        assert decoded.text.startswith("<p>café")

    def test_declared_utf16_without_bom_means_utf8(self) -> None:
        """A readable utf-16 declaration cannot be true: the Encoding Standard says UTF-8."""
        decoded = decode_html('<meta charset="utf-16"><p>café</p>'.encode())
        assert "café" in decoded.text


class TestMojibake:
    def test_double_encoded_utf8_is_repaired(self) -> None:
        """UTF-8 read as windows-1252 and re-encoded is repaired."""
        broken = as_browsers_misread(TEXT)
        fixed, repaired = repair_mojibake(broken)
        assert repaired
        assert fixed == TEXT

    def test_str_input_is_repaired(self) -> None:
        """A str page with mojibake is repaired too."""
        broken = "<p>" + as_browsers_misread(TEXT) + "</p>"
        decoded = decode_html(broken)
        assert decoded.repaired
        assert TEXT in decoded.text

    def test_clean_text_is_left_alone(self) -> None:
        """Text without the mojibake signature is unchanged."""
        assert repair_mojibake(TEXT) == (TEXT, False)

    def test_uncertain_repair_is_not_made(self) -> None:
        """A signature that does not re-decode strictly is left alone."""
        text = "Ã© and 中文"
        assert repair_mojibake(text) == (text, False)

    @given(st.text())
    def test_repair_never_raises(self, text: str) -> None:
        """Any text gives a string back."""
        fixed, _ = repair_mojibake(text)
        assert isinstance(fixed, str)

    def test_utf8_bytes_with_mojibake_are_repaired(self) -> None:
        """Valid UTF-8 bytes that spell double-encoded UTF-8 are repaired (the byte prefilter lets them through)."""
        decoded = decode_html(("<p>" + as_browsers_misread(TEXT) + "</p>").encode("utf-8"))
        assert decoded.repaired
        assert TEXT in decoded.text

    def test_lead_byte_prefilter_covers_every_lead(self) -> None:
        """Every lead character of the mojibake signature starts with the byte the prefilter looks for."""
        assert all(lead.encode("utf-8").startswith(_UTF8_LEAD_BYTE) for lead in _LEADS)

    def test_utf8_signature_matches_the_text_signature(self) -> None:
        """The bytes pattern finds the mojibake signature exactly where the text pattern does."""
        for lead in ("\u00c1", "\u00c2", "\u00c3", "\u00e2", "\u00f4", "\u00f5"):
            for code in range(0x60, 0x2200):
                pair = lead + chr(code)
                assert (_MOJIBAKE.fullmatch(pair) is None) == (_MOJIBAKE_UTF8.fullmatch(pair.encode("utf-8")) is None)

    @given(st.text())
    def test_utf8_bytes_decode_like_text(self, text: str) -> None:
        """Valid UTF-8 bytes decode to the text a str input gives (same repair or none)."""
        data = text.encode("utf-8")
        if data.startswith(codecs.BOM_UTF8) or b"<" in data:
            return  # a BOM or a charset declaration decides otherwise
        assert decode_html(data).text == repair_mojibake(text)[0]

    @given(st.binary(max_size=2000))
    def test_any_bytes_decode(self, data: bytes) -> None:
        """Any bytes decode to text, without an exception."""
        assert isinstance(decode_html(data).text, str)

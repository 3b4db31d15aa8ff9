"""Indonesian language data for HTML extraction: boilerplate lines, byline labels, stop words.

Data, not code: each entry is exercised by ``tests/test_html_lexicon.py``. Patterns are
matched against one whitespace-normalised body block, case-insensitively, anchored at the
block start; a block that matches is not article text.
"""

from __future__ import annotations

__all__ = [
    "AUTHOR_LABELS",
    "BOILERPLATE",
    "BYLINE_LABELS",
    "INLINE_BOILERPLATE",
    "ORGANIZATION_AUTHORS",
    "SECTION_LABELS",
    "SECTION_SLUGS",
    "STOPWORDS",
    "TOPIC_LABELS",
]

#: Whole-block boilerplate: ``(name, regex)``. The name says where it was seen.
BOILERPLATE: tuple[tuple[str, str], ...] = (
    # "Baca juga: <link>" / "Simak juga ..." / "Lihat juga ..." / "Tonton juga ..." boxes and lines.
    ("baca-juga", r"(?:baca|simak|lihat|tonton|saksikan|cek)\s+(?:juga|pula|selengkapnya|video)\b"),
    # Kompas.com, detik: "Baca berita selengkapnya ...".
    ("baca-berita", r"baca\s+(?:berita|artikel)\s+(?:selengkapnya|lainnya|terkait)\b"),
    # Promo taglines closing WordPress-theme articles: "Pantau terus update ... hanya di X".
    ("pantau-terus", r"(?:pantau|ikuti)\s+terus\b.{0,160}\b(?:hanya\s+di|di\s+\S+\.(?:com|id))"),
    # Channel banners: "Info terbaru di Whatsapp Channel", "Gabung ke saluran WhatsApp ...".
    (
        "channel-banner",
        r"(?:\S+\s+){0,8}(?:whatsapp|telegram|google\s+news|instagram|tiktok|youtube)\s+(?:channel|saluran|group|grup)\b.{0,80}$",
    ),
    ("channel-join", r"(?:gabung|bergabung|follow|ikuti)\b.{0,60}\b(?:whatsapp|telegram|google\s+news|saluran)\b"),
    # Kompas.com, detik: the reader's ad notice.
    ("scroll-to-continue", r"scroll\s+(?:to|untuk)\s+(?:continue|melanjutkan)\b"),
    ("advertisement", r"(?:advertisement|iklan|adv|ads|sponsored)\s*$"),
    # Kompas.com: "Dapatkan update berita pilihan dan breaking news setiap hari dari Kompas.com."
    ("dapatkan-update", r"dapatkan\s+(?:update|informasi|berita)\b.{0,120}\b(?:setiap|tiap)\s+hari\b"),
    # Photo credits printed as a block: "KOMPAS.com/NAMA", "(Foto: ANTARA/...)".
    ("photo-credit", r"\(?(?:foto|photo|sumber\s+foto|ilustrasi)\s*:\s*\S.{0,100}$"),
    ("outlet-credit", r"[A-Z0-9.]+\.(?:COM|CO\.ID|ID)/[A-Z][\w .]{1,60}$"),
    # Share bars and their labels.
    ("share", r"(?:bagikan|share)(?:\s+(?:artikel|berita|ini|this))?\s*:?\s*$"),
    # Tag lists at the end: "Tag: a, b", "Topik: ...".
    ("tags", r"(?:tag|tags|topik|kata\s+kunci)\s*:\s"),
    # Footers and comment forms.
    ("copyright", r"(?:©|&copy;|(?:copyright|hak\s+cipta)\b).{0,200}$"),
    ("comment", r"(?:tinggalkan\s+(?:balasan|komentar)|komentar\s+(?:anda|di\s+bawah))\b"),
    ("back-to-top", r"kembali\s+ke\s+atas\s*$"),
    ("skip-link", r"langsung\s+ke\s+konten\s*$"),
    # Editor/reporter lines that close Antara and Tempo articles ("Editor: NAMA", "Pewarta: NAMA").
    ("credit-line", r"(?:editor|pewarta|penulis|reporter|penyunting|redaktur|sumber)\s*:\s*\S.{0,80}$"),
    # Label/value cells of a credits table (Kompas.com 2016: "Penulis" | ": Ferril Dennys").
    ("credit-label", r"(?:penulis|editor|sumber|reporter|pewarta|fotografer|penyunting|redaktur)\s*:?\s*$"),
    ("credit-value", r":\s*\S.{0,60}$"),
    # Editors' initials closing a story: "(ren)", "(Cas/Isk)", "(ant/fjr)".
    ("editor-initials", r"\(\s*[A-Za-z]{2,5}(?:\s*/\s*[A-Za-z]{2,5}){0,3}\s*\)\s*$"),
    # Tempo's comment disclaimer.
    ("disclaimer", r"disclaimer\s*:"),
    # Section labels over related lists.
    ("related-label", r"(?:berita|artikel)\s+(?:terkait|lainnya|terpopuler|pilihan|rekomendasi)\s*:?\s*$"),
    ("popular-label", r"(?:terpopuler|terkini|populer|rekomendasi|pilihan\s+editor)\s*:?\s*$"),
)

#: Boilerplate that sits *inside* a paragraph: the block is cut where the match starts.
INLINE_BOILERPLATE: tuple[tuple[str, str], ...] = (
    # Kompas.com 2023: "... penerbangan. Baca juga: Menhub Lobi ..." inside one block.
    ("inline-baca-juga", r"\s(?:baca|simak|lihat)\s+juga\s*:"),
)

#: Labels that introduce a byline (``Penulis: X``); the label is dropped from the author name.
BYLINE_LABELS: tuple[str, ...] = (
    "penulis",
    "oleh",
    "reporter",
    "pewarta",
    "editor",
    "penyunting",
    "redaktur",
    "kontributor",
    "laporan wartawan",
)

#: Labels of a CMS tag that names a topic (``Topik: Pilkada``): the keyword is the value.
TOPIC_LABELS: tuple[str, ...] = ("topik", "tag", "tagar", "kategori")

#: Labels of a CMS tag that names a section (``Rubrik: Nasional``): taxonomy, not a keyword.
SECTION_LABELS: tuple[str, ...] = ("rubrik", "kanal")

#: Section slugs of Indonesian news URLs (``bola.kompas.com``, ``/nasional/``) and their names.
SECTION_SLUGS: dict[str, str] = {
    "nasional": "Nasional",
    "regional": "Regional",
    "daerah": "Daerah",
    "internasional": "Internasional",
    "megapolitan": "Megapolitan",
    "politik": "Politik",
    "hukum": "Hukum",
    "ekonomi": "Ekonomi",
    "bisnis": "Bisnis",
    "keuangan": "Keuangan",
    "bola": "Bola",
    "sepakbola": "Sepak Bola",
    "olahraga": "Olahraga",
    "otomotif": "Otomotif",
    "tekno": "Tekno",
    "teknologi": "Teknologi",
    "sains": "Sains",
    "gaya": "Gaya",
    "gayahidup": "Gaya Hidup",
    "hiburan": "Hiburan",
    "seleb": "Seleb",
    "kesehatan": "Kesehatan",
    "wisata": "Wisata",
    "kuliner": "Kuliner",
    "pendidikan": "Pendidikan",
    "edukasi": "Edukasi",
    "properti": "Properti",
}

#: Author names that are organizations, not people (whole-name regexes): the newsroom
#: ("Redaksi", "Tim Redaksi"), the site's admin account, the agency, the company.
ORGANIZATION_AUTHORS: tuple[str, ...] = (
    r"(?:tim\s+)?redaksi(?:\s+\S+){0,2}",
    r"admin(?:istrator)?(?:\s+\S+)?",
    r"(?:kantor\s+berita\s+)?antara",
    r"\S+\s+cyber\s+media",
)

#: Byline labels that introduce the author (not the editor); a short block "LABEL: NAME"
#: near the article start gives the author.
AUTHOR_LABELS: tuple[str, ...] = ("penulis", "oleh", "reporter", "pewarta", "kontributor", "laporan wartawan")

#: Frequent Indonesian function words, for language identification (no English homographs).
STOPWORDS: frozenset[str] = frozenset(
    {
        "yang",
        "dan",
        "di",
        "dengan",
        "untuk",
        "dari",
        "ini",
        "itu",
        "dalam",
        "tidak",
        "akan",
        "pada",
        "juga",
        "ke",
        "karena",
        "oleh",
        "sudah",
        "telah",
        "ada",
        "bisa",
        "kata",
        "ujar",
        "adalah",
        "saat",
        "lebih",
        "bahwa",
        "tersebut",
        "kami",
        "mereka",
        "para",
        "hingga",
        "atau",
        "belum",
        "masih",
        "namun",
        "sebagai",
        "menjadi",
        "harus",
        "tak",
        "serta",
        "setelah",
        "kepada",
        "sejak",
        "seperti",
        "tahun",
        "hari",
        "kita",
        "dia",
        "ia",
        "saya",
        "secara",
    }
)

"""English language data for HTML extraction: boilerplate lines, byline labels, stop words.

Data, not code: each entry is exercised by ``tests/test_html_lexicon.py``. Patterns are
matched against one whitespace-normalised body block, case-insensitively, anchored at the
block start; a block that matches is not article text. They are kept narrow: English article
text on the zyte benchmark must survive them.
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

#: Whole-block boilerplate: ``(name, regex)``.
BOILERPLATE: tuple[tuple[str, str], ...] = (
    ("advertisement", r"(?:advert(?:isement|isment)?|sponsored\s+content|ad)\s*$"),
    ("scroll-to-continue", r"(?:scroll|continue)\s+(?:down\s+)?to\s+continue\b"),
    ("story-continues", r"(?:story|article)\s+continues\s+(?:below|after)\b.{0,40}$"),
    ("read-more", r"(?:read\s+more|related|more\s+on\s+this|see\s+also|recommended|most\s+read)\s*:.{0,200}$"),
    ("newsletter", r"(?:sign\s+up|subscribe)\b.{0,60}\b(?:newsletter|our\s+email|for\s+free)\b.{0,120}$"),
    ("share", r"(?:share\s+(?:this|on)\b.{0,40}|share)\s*$"),
    ("follow-us", r"follow\s+(?:us|\S+)\s+on\s+(?:twitter|facebook|instagram|x)\b.{0,80}$"),
    ("copyright", r"(?:©|copyright\s+(?:©|\d{4}))\s*.{0,200}$"),
    ("all-rights", r".{0,120}\ball\s+rights\s+reserved\.?\s*$"),
    ("image-credit", r"(?:photo|image|picture|illustration)\s*(?:credit)?\s*:\s*\S.{0,100}$"),
    ("comments", r"(?:\d+\s+)?comments?\s*$"),
    # Labels over related lists and calls to engage.
    (
        "related-label",
        (
            r"(?:you\s+may\s+also\s+like|related\s+news|more|don'?t\s+miss|topics|"
            r"tell\s+us\s+what\s+you\s+think)\s*[:.!]*\s*$"
        ),
    ),
    ("filed-under", r"filed\s+under\s*:.{0,200}$"),
    ("inbox", r"get\s+the\b.{0,60}\b(?:inbox|newsletters?)\b.{0,120}$"),
    (
        "subscription-status",
        r"(?:you\s+have\s+been\s+successfully\s+subscribed|there\s+was\s+a\s+problem\s+subscribing)\b.{0,200}$",
    ),
    ("full-coverage", r"follow\s+\S+\s+full\s+coverage\b.{0,200}$"),
    ("news-tip", r"have\s+a\s+(?:news\s+)?tip\?.{0,200}$"),
    ("updated-at", r"(?:last\s+)?updated\s*(?:at|on|:)\s.{0,40}$"),
    ("photo-agency", r".{0,80}(?:\|\s*|/)\s*(?:getty(?:\s+images)?|shutterstock|reuters|ap|afp|epa)\s*$"),
    ("slideshow", r"this\s+slideshow\s+requires\s+javascript\.?\s*$"),
    ("back-to-top", r"back\s+to\s+top\s*$"),
    ("skip-link", r"skip\s+to\s+(?:main\s+)?content\s*$"),
)

#: Boilerplate inside a paragraph: the block is cut where the match starts.
INLINE_BOILERPLATE: tuple[tuple[str, str], ...] = ()

#: Labels that introduce a byline (``By X``).
BYLINE_LABELS: tuple[str, ...] = ("by", "written by", "posted by", "reporter", "editor", "author")

#: Labels of a CMS tag that names a topic (``Topic: Brexit``): the keyword is the value.
TOPIC_LABELS: tuple[str, ...] = ("topic", "tag", "tags", "category")

#: Labels of a CMS tag that names a section (``section: Article``): taxonomy, not a keyword.
SECTION_LABELS: tuple[str, ...] = ("section",)

#: Section slugs of English news URLs (``money.cnn.com``, ``/sports/``) and their names.
SECTION_SLUGS: dict[str, str] = {
    "politics": "Politics",
    "business": "Business",
    "markets": "Markets",
    "money": "Money",
    "finance": "Finance",
    "economy": "Economy",
    "tech": "Tech",
    "technology": "Technology",
    "science": "Science",
    "health": "Health",
    "sports": "Sports",
    "sport": "Sport",
    "entertainment": "Entertainment",
    "culture": "Culture",
    "arts": "Arts",
    "lifestyle": "Lifestyle",
    "travel": "Travel",
    "opinion": "Opinion",
    "education": "Education",
    "environment": "Environment",
    "climate": "Climate",
    "food": "Food",
    "style": "Style",
    "autos": "Autos",
    "nfl": "NFL",
    "nba": "NBA",
    "mlb": "MLB",
    "nhl": "NHL",
    "soccer": "Soccer",
    "tennis": "Tennis",
    "golf": "Golf",
}

#: Author names that are organizations, not people (whole-name regexes).
ORGANIZATION_AUTHORS: tuple[str, ...] = (
    r"(?:\S+\s+)?staff(?:\s+(?:writer|reports?))?",
    r"(?:the\s+)?editorial\s+board",
    r"(?:the\s+)?associated\s+press",
    r"reuters|afp|bloomberg(?:\s+news)?",
    r"(?:the\s+)?editors?",
    r"newsroom|news\s+desk|web\s+desk",
)

#: Byline labels that introduce the author (not the editor); a short block "LABEL: NAME"
#: near the article start gives the author.
AUTHOR_LABELS: tuple[str, ...] = ("by", "written by", "posted by", "reporter", "author")

#: Frequent English function words, for language identification (no Indonesian homographs).
STOPWORDS: frozenset[str] = frozenset(
    {
        "the",
        "and",
        "of",
        "to",
        "in",
        "is",
        "that",
        "for",
        "it",
        "was",
        "on",
        "with",
        "as",
        "are",
        "be",
        "at",
        "by",
        "this",
        "have",
        "from",
        "or",
        "had",
        "not",
        "but",
        "what",
        "all",
        "were",
        "when",
        "we",
        "there",
        "can",
        "an",
        "which",
        "their",
        "said",
        "if",
        "will",
        "would",
        "about",
        "been",
        "has",
        "more",
        "they",
        "who",
        "his",
        "her",
        "its",
        "than",
        "also",
    }
)

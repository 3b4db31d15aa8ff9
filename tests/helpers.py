"""Paths and small helpers shared by the tests."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import strategies as st

ROOT = Path(__file__).resolve().parents[1]
#: Small fixtures that must always be here (copied, with attribution where third-party).
DATA = Path(__file__).resolve().parent / "data"
#: ../shared beside the project root: read-only corpora and reference files.
SHARED = ROOT.parent / "shared"


def shared_path(*parts: str) -> Path:
    """A path under ../shared, skipping the calling test (saying why) when it is absent."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} is absent: the shared corpora sit beside the project root in the dev setup")
    return path


def shared_files(folder: str, pattern: str) -> list[Path]:
    """Files under ../shared/folder matching pattern, for parametrizing; empty when absent."""
    base = SHARED / folder
    return sorted(base.glob(pattern)) if base.exists() else []


#: Values on which Python builtins raise, for the never-crash properties: digits that
#: ``str.isdigit()`` takes but ``int()`` refuses ("²") or markup never counts ("٣"), a
#: number past ``int()``'s 4,300-digit limit, URLs ``urlsplit`` refuses (an unclosed IPv6
#: host), and lone surrogates, which UTF-8 cannot encode.
NASTY_VALUES = ("²", "٣", "٣px", "9" * 5000, "0" * 5000 + "7", "http://[x", "//[x/a.jpg", "[x", "\ud800", "a\udfffb")
#: Any code point, lone surrogates included (Hypothesis leaves category Cs out by default).
ANY_CHARACTER = st.characters(exclude_categories=())


def json_values(
    keys: st.SearchStrategy[str], *, max_leaves: int = 20, text_size: int = 20
) -> st.SearchStrategy[object]:
    """JSON values of any shape: objects with ``keys``, arrays, and leaves of every JSON type,
    nasty strings (:data:`NASTY_VALUES`) and any code point included."""
    leaves = (
        st.none()
        | st.booleans()
        | st.integers()
        | st.floats(allow_nan=False)
        | st.text(max_size=text_size)
        | st.text(ANY_CHARACTER, max_size=5)
        | st.sampled_from(NASTY_VALUES)
    )
    return st.recursive(
        leaves,
        lambda children: st.lists(children, max_size=4) | st.dictionaries(keys, children, max_size=4),
        max_leaves=max_leaves,
    )

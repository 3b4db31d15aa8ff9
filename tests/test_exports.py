"""The public namespace is exactly ``__all__``."""

from __future__ import annotations

import types

import newsmodel


def test_all_equals_public_namespace() -> None:
    """Every public name is in __all__ (sorted), and every name in __all__ exists."""
    public = {
        name
        for name, value in vars(newsmodel).items()
        if not name.startswith("_") and not isinstance(value, types.ModuleType)
    }
    public.add("__version__")
    assert set(newsmodel.__all__) == public
    assert list(newsmodel.__all__) == sorted(newsmodel.__all__)


def test_version_is_a_string() -> None:
    assert isinstance(newsmodel.__version__, str)
    assert newsmodel.__version__[0].isdigit()

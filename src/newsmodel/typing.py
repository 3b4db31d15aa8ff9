"""Public type aliases and protocols for code written against newsmodel.

Example:
    >>> from newsmodel.typing import Source
    >>> def load(source: Source) -> bytes: ...
"""

from __future__ import annotations

import os
from typing import IO, Any, Protocol, TypeAlias

from newsmodel._model import Agent, DateValue

__all__ = ["Agent", "DateValue", "JSONObject", "JSONValue", "ReadableBinary", "Source"]

#: A JSON value as :func:`json.loads` returns it.
JSONValue: TypeAlias = dict[str, Any] | list[Any] | str | int | float | bool | None
#: A JSON object.
JSONObject: TypeAlias = dict[str, Any]


class ReadableBinary(Protocol):
    """Anything with a ``read`` that returns bytes (an open file, ``io.BytesIO``)."""

    def read(self, size: int = -1, /) -> bytes:
        """Read up to ``size`` bytes (all when -1)."""


#: What the parsers accept: text, bytes, a path, or a binary file object.
Source: TypeAlias = str | bytes | os.PathLike[str] | IO[bytes] | ReadableBinary

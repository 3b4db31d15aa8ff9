"""JSON text as sites publish it: tolerant loading with reported fixes, and JSON paths mapped to line/column."""

from __future__ import annotations

import bisect
import contextlib
import itertools
import json
import re
import sys
from collections.abc import Callable, Iterable, Iterator
from typing import Any

import attrs

from newsmodel._report import Issue
from newsmodel.exceptions import ParseError

__all__ = ["PositionIndex", "child_path", "iter_objects", "load_json"]

# json's own string scanner (C-accelerated): (text, index after the opening quote, strict)
# -> (decoded string, index after the closing quote). Not in typeshed's stubs.
scanstring: Callable[[str, int, bool], tuple[str, int]] = json.decoder.scanstring  # type: ignore[attr-defined]

# The JSON number grammar (RFC 8259 §6), for skipping numbers while indexing positions.
_NUMBER = re.compile(r"-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][-+]?\d+)?")
_WHITESPACE = re.compile(r"[ \t\n\r]*")
_LITERALS = ("true", "false", "null")
# An integer part longer than int() converts by default (sys.int_info.default_max_str_digits).
_LONG_NUMBER = re.compile(r"[0-9]{4301,}")


def iter_objects(
    data: Any, children: Callable[[dict[str, Any]], Iterable[Any]] = dict.values
) -> Iterator[dict[str, Any]]:
    """Every JSON object in ``data`` (arrays walked through), going into what ``children`` gives.

    Iterative, so that nesting deeper than Python's recursion limit is walked too.

    Example:
        >>> [obj["@id"] for obj in iter_objects([{"@id": "a", "x": {"@id": "b"}}, {"@id": "c"}])]
        ['c', 'a', 'b']
    """
    stack: list[Any] = [data]
    while stack:
        value = stack.pop()
        if isinstance(value, list):
            stack.extend(value)
        elif isinstance(value, dict):
            yield value
            stack.extend(children(value))


def child_path(path: str, key: str | int) -> str:
    """The JSON path of ``key`` under ``path``, in jsonschema's ``json_path`` form.

    Example:
        >>> child_path(child_path("$", "author"), 0)
        '$.author[0]'
    """
    return f"{path}[{key}]" if isinstance(key, int) else f"{path}.{key}"


def _without_trailing_commas(text: str) -> str:
    """``text`` with each comma that directly precedes ``]`` or ``}`` removed, strings left alone."""
    out: list[str] = []
    i, n = 0, len(text)
    while i < n:
        char = text[i]
        if char == '"':
            try:
                _, end = scanstring(text, i + 1, False)  # noqa: FBT003 - json's own positional API
            except ValueError:
                out.append(text[i:])
                break
            out.append(text[i:end])
            i = end
            continue
        if char == ",":
            after = _WHITESPACE.match(text, i + 1)
            nxt = after.end() if after else i + 1
            if nxt < n and text[nxt] in "]}":
                i += 1
                continue
        out.append(char)
        i += 1
    return "".join(out)


@attrs.frozen
class _Fix:
    """A well-known tolerant fix for published JSON-LD, and the warning it leaves."""

    code: str
    what: str
    text: Callable[[str], str] = lambda text: text
    strict: bool = True


# Tried only after strict parsing fails, fewest fixes first. Raw control characters inside
# strings (tabs, line breaks) are the commonest fault; trailing commas and a closing ";"
# come from templates. Each fix leaves the meaning of valid parts unchanged.
_FIXES = (
    _Fix("jsonld.control-characters", "raw control characters inside strings", strict=False),
    _Fix("jsonld.trailing-comma", "trailing commas", text=_without_trailing_commas),
    _Fix("jsonld.trailing-semicolon", "a semicolon after the JSON", text=lambda t: t.rstrip().removesuffix(";")),
)


def _tolerant(text: str) -> tuple[Any, tuple[_Fix, ...]] | None:
    """The value read with the fewest fixes that work, and those fixes; ``None`` when none do."""
    for size in range(1, len(_FIXES) + 1):
        for fixes in itertools.combinations(_FIXES, size):
            fixed = text
            for fix in fixes:
                fixed = fix.text(fixed)
            try:
                return json.loads(fixed, strict=all(fix.strict for fix in fixes)), fixes
            except (ValueError, RecursionError):  # JSONDecodeError is a ValueError
                continue
    return None


def _locate_long_number(text: str) -> tuple[int | None, int | None]:
    """``(line, column)`` of the first number longer than Python converts, else ``(None, None)``."""
    match = _LONG_NUMBER.search(text)
    if match is None:
        return None, None
    line = text.count("\n", 0, match.start()) + 1
    return line, match.start() - text.rfind("\n", 0, match.start())


def load_json(text: str | bytes, *, source: str | None = None, tolerant: bool = True) -> tuple[Any, list[Issue]]:
    """Parse JSON text strictly, else with the fewest safe tolerant fixes, each reported as a warning.

    The one place newsmodel reads JSON text: every failure of :func:`json.loads` (syntax, a
    number of more digits than Python converts, nesting deeper than the stack) becomes a
    :class:`~newsmodel.exceptions.ParseError`.

    Args:
        text: JSON text (``bytes`` are decoded as UTF-8, a BOM is dropped).
        source: The file name, for messages.
        tolerant: Try the tolerant fixes when strict parsing fails (``False``: strict JSON only).

    Returns:
        The parsed value and the warnings for the fixes applied.

    Raises:
        ParseError: the text is not JSON even with the fixes; ``line`` and ``column`` locate
            the strict parser's complaint (or the over-long number).

    Example:
        >>> value, issues = load_json('{"headline": "a",}')
        >>> value, [i.code for i in issues]
        ({'headline': 'a'}, ['jsonld.trailing-comma'])
    """
    if isinstance(text, bytes):
        try:
            text = text.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise ParseError(f"not UTF-8 text: {exc}", source=source) from None
    text = text.removeprefix("\ufeff")
    try:
        return json.loads(text), []
    except json.JSONDecodeError as exc:
        first = exc
    except ValueError:  # int() refuses more digits than sys.get_int_max_str_digits()
        line, column = _locate_long_number(text)
        message = f"a number of more than {sys.get_int_max_str_digits()} digits"
        raise ParseError(message, source=source, line=line, column=column) from None
    except RecursionError:
        raise ParseError("JSON nested too deeply", source=source) from None
    tolerated = _tolerant(text) if tolerant else None
    if tolerated is not None:
        value, fixes = tolerated
        warnings = [
            Issue(code=fix.code, message=f"not strict JSON: {fix.what} tolerated", severity="warning", file=source)
            for fix in fixes
        ]
        return value, warnings
    raise ParseError(f"not JSON: {first.msg}", source=source, line=first.lineno, column=first.colno) from None


class PositionIndex:
    r"""Maps the JSON path of every value in a JSON text to its 1-based line and column.

    Built lazily, only when a report needs locations.

    Example:
        >>> index = PositionIndex('{\n  "author": [{"name": 1}]\n}')
        >>> index.locate("$.author[0].name")
        (2, 23)
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self._offsets: dict[str, int] | None = None
        self._line_starts: list[int] = []

    def locate(self, path: str) -> tuple[int | None, int | None]:
        """``(line, column)`` of the value at ``path`` (its nearest indexed ancestor), else ``(None, None)``."""
        if self._offsets is None:
            self._offsets = {}
            # A partial index still locates what came before a fault.
            with contextlib.suppress(ValueError, IndexError, RecursionError):
                self._value(self._skip(0), "$")
            self._line_starts = [0] + [m.end() for m in re.finditer("\n", self.text)]
        probe = path
        while probe not in self._offsets and len(probe) > 1:
            cut = max(probe.rfind("."), probe.rfind("["))
            probe = probe[:cut] if cut > 0 else "$"
        offset = self._offsets.get(probe)
        if offset is None:
            return None, None
        line = bisect.bisect_right(self._line_starts, offset) - 1
        return line + 1, offset - self._line_starts[line] + 1

    def _skip(self, i: int) -> int:
        match = _WHITESPACE.match(self.text, i)
        return match.end() if match else i

    def _value(self, i: int, path: str) -> int:
        assert self._offsets is not None  # noqa: S101 - set by locate() before the walk
        self._offsets.setdefault(path, i)
        char = self.text[i]
        if char == "{":
            return self._object(i + 1, path)
        if char == "[":
            return self._array(i + 1, path)
        if char == '"':
            return scanstring(self.text, i + 1, False)[1]  # noqa: FBT003 - json's own positional API
        for literal in _LITERALS:
            if self.text.startswith(literal, i):
                return i + len(literal)
        match = _NUMBER.match(self.text, i)
        if match is None:
            raise ValueError(i)
        return match.end()

    def _object(self, i: int, path: str) -> int:
        i = self._skip(i)
        if self.text[i] == "}":
            return i + 1
        while True:
            key, i = scanstring(self.text, self._skip(i) + 1, False)  # noqa: FBT003 - json's own positional API
            i = self._skip(self._skip(i) + 1)  # the colon
            i = self._skip(self._value(i, child_path(path, key)))
            if self.text[i] == "}":
                return i + 1
            i = self._skip(i + 1)
            if self.text[i] == "}":  # a tolerated trailing comma
                return i + 1

    def _array(self, i: int, path: str) -> int:
        i = self._skip(i)
        index = 0
        while self.text[i] != "]":
            i = self._skip(self._value(i, child_path(path, index)))
            index += 1
            if self.text[i] == ",":
                i = self._skip(i + 1)
        return i + 1

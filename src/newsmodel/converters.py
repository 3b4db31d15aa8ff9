"""The plain JSON form of the model: cattrs hooks, :func:`to_dict`, :func:`from_dict`, :func:`dumps`, :func:`loads`.

Every wire decision of the plain form lives in :func:`configure_converter`; build a converter
with :func:`make_converter`. newsmodel never touches cattrs' global converter.
"""

from __future__ import annotations

import datetime as dt
import json
import types
import typing
from collections.abc import Callable, Iterator, Mapping
from typing import Any

import cattrs
from cattrs.cols import homogenous_tuple_structure_factory
from cattrs.errors import (
    ClassValidationError,
    ForbiddenExtraKeysError,
    IterableValidationError,
)
from cattrs.strategies import configure_tagged_union

from newsmodel._model import Article, DateValue, Organization, PartialDate, Person
from newsmodel.exceptions import InvalidModelError, ModelDataError, ParseError

__all__ = [
    "configure_converter",
    "dumps",
    "from_dict",
    "loads",
    "make_converter",
    "parse_date_value",
    "to_dict",
]

#: The tag that tells a Person from an Organization in the plain form.
TYPE_TAG = "type"


def parse_date_value(text: str) -> DateValue:
    """Read a date in the plain form: ``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD`` or an aware ISO datetime.

    Example:
        >>> parse_date_value("2025-07")
        PartialDate(year=2025, month=7)
        >>> parse_date_value("2025-07-04T08:15:00+07:00").isoformat()
        '2025-07-04T08:15:00+07:00'

    Raises:
        InvalidModelError: the text is none of these forms, or a datetime without an offset.
    """
    if not isinstance(text, str):
        raise InvalidModelError("date", "value", f"expected an ISO 8601 string, got {type(text).__name__}")
    if len(text) <= 7:
        return PartialDate.fromisoformat(text)
    if len(text) == 10:
        try:
            return dt.date.fromisoformat(text)
        except ValueError:
            raise InvalidModelError("date", "value", f"not an ISO 8601 date: {text!r}") from None
    try:
        value = dt.datetime.fromisoformat(text)
    except ValueError:
        raise InvalidModelError("date", "value", f"not an ISO 8601 datetime: {text!r}") from None
    if value.utcoffset() is None:
        raise InvalidModelError("date", "value", f"datetime has no UTC offset: {text!r}")
    return value


def _is_date_union(t: Any) -> bool:
    args = typing.get_args(t)
    return typing.get_origin(t) in (typing.Union, types.UnionType) and PartialDate in args


def _is_homogeneous_tuple(t: Any) -> bool:
    args = typing.get_args(t)
    return typing.get_origin(t) is tuple and len(args) == 2 and args[1] is Ellipsis


def _strict(kind: type, label: str) -> Callable[[Any, type], Any]:
    def structure(value: Any, _: type) -> Any:
        if isinstance(value, bool) and kind is not bool:
            raise TypeError(f"expected {label}, got bool")
        if not isinstance(value, kind):
            raise TypeError(f"expected {label}, got {type(value).__name__}")
        return value

    return structure


def configure_converter(conv: cattrs.Converter) -> None:
    """Install newsmodel's hooks on ``conv``; each wire decision of the plain form is below.

    The decisions, one by one:

    - Field names are the model's snake_case names; unknown keys are an error
      (make the converter with ``forbid_extra_keys=True``, as :func:`make_converter` does).
    - Fields at their default (``None``, empty tuples, ``kind: "paragraph"``) are omitted.
    - Datetimes are ISO 8601 with their offset; dates ``YYYY-MM-DD``; partial dates
      ``YYYY-MM`` or ``YYYY``. Reading takes the precision from the string's form and
      rejects datetimes without an offset.
    - ``Person | Organization`` carries a ``"type"`` tag (``"Person"`` / ``"Organization"``).
    - Enums are their values (``"direct"``, ``"list_item"``).
    - Strings, integers and booleans are taken strictly: ``1`` is not ``"1"``, ``true`` is
      not ``1``; collections must be JSON arrays, never strings.
    """
    conv.register_unstructure_hook(dt.datetime, lambda d: d.isoformat())
    conv.register_unstructure_hook(dt.date, lambda d: d.isoformat())
    conv.register_unstructure_hook(PartialDate, lambda d: d.isoformat())
    conv.register_structure_hook(PartialDate, lambda s, _: PartialDate.fromisoformat(_strict(str, "a string")(s, str)))

    def structure_date(value: Any, t: Any) -> DateValue | None:
        if value is None and type(None) in typing.get_args(t):
            return None
        return parse_date_value(value)

    conv.register_structure_hook_func(_is_date_union, structure_date)
    conv.register_unstructure_hook_func(_is_date_union, lambda value: None if value is None else value.isoformat())

    conv.register_structure_hook(str, _strict(str, "a string"))
    conv.register_structure_hook(int, _strict(int, "an integer"))
    conv.register_structure_hook(bool, _strict(bool, "a boolean"))

    def tuple_factory(t: Any) -> Callable[[Any, Any], Any]:
        inner = homogenous_tuple_structure_factory(t, conv)

        def structure(value: Any, t2: Any) -> Any:
            if not isinstance(value, list | tuple):
                raise TypeError(f"expected an array, got {type(value).__name__}")
            return inner(value, t2)

        return structure

    conv.register_structure_hook_factory(_is_homogeneous_tuple, tuple_factory)
    configure_tagged_union(Person | Organization, conv, tag_name=TYPE_TAG)
    agent_structure = conv.get_structure_hook(Person | Organization)
    agent_unstructure = conv.get_unstructure_hook(Person | Organization)

    def is_optional_agent(t: Any) -> bool:
        args = set(typing.get_args(t))
        return typing.get_origin(t) in (typing.Union, types.UnionType) and args == {Person, Organization, type(None)}

    def structure_optional_agent(value: Any, _: Any) -> Person | Organization | None:
        return None if value is None else agent_structure(value, Person | Organization)

    conv.register_structure_hook_func(is_optional_agent, structure_optional_agent)
    conv.register_unstructure_hook_func(
        is_optional_agent, lambda value: None if value is None else agent_unstructure(value)
    )


def make_converter() -> cattrs.Converter:
    """A new converter for the plain JSON form, configured by :func:`configure_converter`.

    Example:
        >>> conv = make_converter()
        >>> conv.unstructure(Person(name="Redaksi"))
        {'name': 'Redaksi'}
    """
    conv = cattrs.Converter(omit_if_default=True, forbid_extra_keys=True, detailed_validation=True)
    configure_converter(conv)
    return conv


_CONVERTER = make_converter()


def _walk(exc: BaseException, path: str) -> Iterator[tuple[str, str]]:
    """Flatten a cattrs exception tree into ``(json_path, message)`` pairs."""
    if isinstance(exc, IterableValidationError):
        with_notes, without = exc.group_exceptions()
        for sub, note in with_notes:
            yield from _walk(sub, f"{path}[{note.index!r}]")
        for sub in without:
            yield from _walk(sub, path)
    elif isinstance(exc, ClassValidationError):
        with_names, without_names = exc.group_exceptions()
        for sub, attr_note in with_names:
            yield from _walk(sub, f"{path}.{attr_note.name}")
        for sub in without_names:
            yield from _walk(sub, path)
    elif isinstance(exc, ForbiddenExtraKeysError):
        yield path, "unknown key(s): " + ", ".join(sorted(exc.extra_fields))
    elif isinstance(exc, InvalidModelError):
        if exc.model in ("date", "PartialDate"):
            yield path, exc.reason
        else:
            yield f"{path}.{exc.field}", exc.reason
    elif isinstance(exc, KeyError):
        yield path, "required field missing"
    elif isinstance(exc, ValueError | TypeError):
        yield path, str(exc) or type(exc).__name__
    else:
        yield path, f"{type(exc).__name__}: {exc}"


def from_dict(data: Mapping[str, Any]) -> Article:
    """Build an :class:`~newsmodel.Article` from its plain form (as made by :func:`to_dict`).

    Example:
        >>> from_dict({"headline": "Hujan di Jakarta", "language": "id"}).language
        'id'
        >>> from_dict({"headline": "x", "authors": [{"type": "Person", "name": 1}]})
        Traceback (most recent call last):
        ...
        newsmodel.exceptions.ModelDataError: $.authors[0].name: expected a string, got int

    Raises:
        ModelDataError: a key is unknown, a value has the wrong type or breaks an invariant;
            ``errors`` lists each problem with its JSON path.
    """
    if not isinstance(data, Mapping):
        raise ModelDataError([("$", f"expected an object, got {type(data).__name__}")])
    try:
        return _CONVERTER.structure(dict(data), Article)
    except (ClassValidationError, IterableValidationError, InvalidModelError) as exc:
        raise ModelDataError(list(_walk(exc, "$"))) from exc
    except (ValueError, TypeError, KeyError) as exc:  # pragma: no cover - defensive: cattrs raised outside a group
        raise ModelDataError([("$", str(exc))]) from exc


def to_dict(article: Article) -> dict[str, Any]:
    """The plain form of ``article``: JSON-ready dicts, lists, strings and numbers.

    Example:
        >>> from newsmodel import Article, Person
        >>> to_dict(Article(headline="Hujan", authors=[Person(name="Redaksi")]))
        {'headline': 'Hujan', 'authors': [{'name': 'Redaksi', 'type': 'Person'}]}
    """
    result: dict[str, Any] = _CONVERTER.unstructure(article)
    return result


def dumps(article: Article, *, indent: int | None = None) -> str:
    """``article`` as plain-form JSON text (UTF-8 characters kept as they are).

    Example:
        >>> from newsmodel import Article
        >>> dumps(Article(headline="Hujan"))
        '{"headline": "Hujan"}'
    """
    return json.dumps(to_dict(article), ensure_ascii=False, indent=indent)


def loads(text: str | bytes) -> Article:
    """Read plain-form JSON text back into an :class:`~newsmodel.Article`.

    Example:
        >>> loads('{"headline": "Hujan"}').headline
        'Hujan'

    Raises:
        ModelDataError: the input is not JSON text, or does not fit the model.
    """
    from newsmodel.jsonld._text import load_json  # noqa: PLC0415 - newsmodel.jsonld imports this module

    given: object = text  # checked at run time too: untyped callers pass anything
    if isinstance(given, bytearray | memoryview):
        given = bytes(given)
    if not isinstance(given, str | bytes):
        raise ModelDataError([("$", f"expected JSON text (str or bytes), got {type(given).__name__}")])
    try:
        if isinstance(given, bytes):  # UTF-8, -16 or -32, as json.loads() reads bytes (RFC 8259 §8.1)
            given = given.decode(json.detect_encoding(given))
        data, _ = load_json(given, tolerant=False)
    except UnicodeDecodeError as exc:
        raise ModelDataError([("$", f"not JSON: {exc}")]) from exc
    except ParseError as exc:
        where = f" at line {exc.line}, column {exc.column}" if exc.line is not None and exc.column is not None else ""
        raise ModelDataError([("$", f"not JSON{where}: {exc.message.removeprefix('not JSON: ')}")]) from exc
    return from_dict(data)

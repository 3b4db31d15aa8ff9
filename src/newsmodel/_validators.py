"""attrs validators and converters that raise :class:`InvalidModelError` naming the field."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable
from typing import Any

import attrs

from newsmodel._text import has_space, has_surrogates, url_fault, url_parts
from newsmodel.exceptions import InvalidModelError

Validator = Callable[[Any, "attrs.Attribute[Any]", Any], None]

# BCP 47 (RFC 5646 §2.1), simplified: a 2-3 letter primary language (or 4-8 letters), then
# subtags of 1-8 letters/digits. Private-use "x-" and grandfathered tags pass the same shape.
_BCP47 = re.compile(r"^(?:[A-Za-z]{2,3}|[A-Za-z]{5,8}|[xXiI])(?:-[A-Za-z0-9]{1,8})*$")


def fail(instance: Any, attribute: attrs.Attribute[Any], reason: str) -> InvalidModelError:
    """Build the error for ``instance.attribute``."""
    return InvalidModelError(type(instance).__name__, attribute.name, reason)


def _type_name(value: Any) -> str:
    return type(value).__name__


def is_str(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    """Require a non-empty string."""
    if not isinstance(value, str):
        raise fail(instance, attribute, f"expected a string, got {_type_name(value)}")
    if not value:
        raise fail(instance, attribute, "must not be empty")
    if not value.isascii() and has_surrogates(value):  # (ASCII has none: the call is skipped)
        # A lone UTF-16 surrogate (from a JSON "\\ud800" escape) cannot be written as UTF-8:
        # every serializer would fail on it later.
        raise fail(instance, attribute, "contains a lone surrogate (U+D800-U+DFFF), which UTF-8 cannot encode")


def opt(validator: Validator) -> Validator:
    """Allow ``None`` in addition to what ``validator`` accepts.

    :func:`is_str` and :func:`instance_of` validators have a one-call form that also accepts
    ``None``, returned instead of a wrapper (every model object runs these, quotes and
    attributions by the dozen).
    """
    if validator is is_str:
        return _opt_str
    if isinstance(validator, _InstanceOf):
        return validator.optional

    def check(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
        if value is not None:
            validator(instance, attribute, value)

    return check


def _opt_str(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    if value is not None and (type(value) is not str or not value.isascii() or not value):
        is_str(instance, attribute, value)  # the common case, an ASCII string, needs no call


def each(validator: Validator) -> Validator:
    """Apply ``validator`` to every member of a tuple."""

    def check(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
        if not isinstance(value, tuple):
            raise fail(instance, attribute, f"expected a tuple, got {_type_name(value)}")
        for item in value:
            validator(instance, attribute, item)

    return check


class _InstanceOf:
    """The validator :func:`instance_of` returns, with its one-call optional form."""

    __slots__ = ("_exact", "_names", "_types")

    def __init__(self, types: tuple[type, ...]) -> None:
        self._types = types
        self._names = " or ".join(t.__name__ for t in types)
        self._exact = frozenset(types)  # a value of exactly one of the types passes at once

    def __call__(self, instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
        if type(value) in self._exact:
            return
        if isinstance(value, bool) and bool not in self._types:
            raise fail(instance, attribute, f"expected {self._names}, got bool")
        if not isinstance(value, self._types):
            raise fail(instance, attribute, f"expected {self._names}, got {_type_name(value)}")

    def optional(self, instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
        """The same test, ``None`` allowed."""
        if value is not None and type(value) not in self._exact:
            self(instance, attribute, value)


def instance_of(*types: type) -> Validator:
    """Require an instance of one of ``types`` (bool is never taken for int)."""
    return _InstanceOf(types)


_INT = instance_of(int)  # built once: the span validators run for every quote


def non_negative_int(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    """Require an ``int`` >= 0."""
    if type(value) is int and value >= 0:
        return  # the common case, without a call: spans check three of these per quote
    _INT(instance, attribute, value)
    if value < 0:
        raise fail(instance, attribute, f"must be >= 0, got {value}")


def positive_int(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    """Require an ``int`` > 0."""
    _INT(instance, attribute, value)
    if value <= 0:
        raise fail(instance, attribute, f"must be > 0, got {value}")


def absolute_url(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    """Require an absolute URL: a scheme and a host (``https://example.com/x``).

    No white space, no control character, and a ``%`` only in a percent-encoding (RFC 3986
    §2.1, which NewsML-G2's IRIType enforces): writers copy model URLs exactly, so they must
    be URLs in every format. Readers percent-encode such characters instead
    (:func:`newsmodel._text.encode_url_faults`).
    """
    is_str(instance, attribute, value)
    if has_space(value):
        raise fail(instance, attribute, f"URL must not contain white space: {value!r}")
    fault = url_fault(value)
    if fault is not None:
        raise fail(instance, attribute, f"not a URL, {fault}: {value!r}")
    parts = url_parts(value)
    if parts is None:
        raise fail(instance, attribute, f"not a URL: {value!r}")
    if not parts.scheme or not parts.hostname:
        raise fail(instance, attribute, f"must be an absolute URL, got {value!r}")


def is_language_tag(text: str) -> bool:
    """Whether ``text`` is a well-formed BCP 47 language tag, as the model checks it."""
    return _BCP47.match(text) is not None


def language_tag(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    """Require a well-formed BCP 47 language tag (``id``, ``en-US``, ``zh-Hant-TW``)."""
    is_str(instance, attribute, value)
    if not is_language_tag(value):
        raise fail(instance, attribute, f"not a BCP 47 language tag: {value!r}")


def aware_datetime(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    """Require a timezone-aware ``datetime`` when the value is a ``datetime``."""
    if isinstance(value, dt.datetime) and value.utcoffset() is None:
        raise fail(instance, attribute, "datetime must be timezone-aware")


# The converters below are typed for what callers should pass (mypy checks calls against
# these signatures); at run time they pass anything else through untouched, so the
# validator that follows reports it with the field's name.


def strip(value: str) -> str:
    """Strip white space from a string; leave anything else for the validator."""
    raw: Any = value
    return raw.strip() if isinstance(raw, str) else raw


def strip_or_none(value: str | None) -> str | None:
    """Strip a string; an empty result becomes ``None``."""
    return value.strip() or None if isinstance(value, str) else value


def to_tuple(value: Any) -> Any:
    """Turn a list (or any non-string iterable) into a tuple; leave other values alone.

    Untyped on purpose: each model field wraps it in a converter typed for its members.
    """
    if isinstance(value, tuple):
        return value
    if hasattr(value, "__iter__") and not isinstance(value, str | bytes | dict):
        return tuple(value)
    return value


def to_str_tuple(value: Iterable[str]) -> tuple[str, ...]:
    """Tuple of stripped strings, empty strings dropped, order kept."""
    items = to_tuple(value)
    if isinstance(items, tuple):
        return tuple(s for s in (strip(v) for v in items) if s != "")
    result: tuple[str, ...] = items  # a wrong type, passed on for the validator to report
    return result

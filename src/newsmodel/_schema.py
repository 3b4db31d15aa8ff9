"""Generate the JSON Schema of the plain form from the model, and load the shipped schemas.

``python -m newsmodel._schema`` prints ``schemas/article.schema.json``; ``make schemas``
writes it, and a test checks the committed file equals a fresh generation.
"""

from __future__ import annotations

import enum
import functools
import json
import sys
import types
import typing
from importlib import resources
from pathlib import Path
from typing import Any

import attrs

from newsmodel import _model
from newsmodel._model import Article, Organization, PartialDate, Person
from newsmodel.converters import TYPE_TAG

__all__ = ["generate_article_schema", "load_schema"]

SCHEMA_ID = "https://newsmodel.dev/schemas/article.schema.json"

# Patterns mirroring the model's validators. "Absolute URL": a scheme, "://", a host (an IPv6
# host in brackets) and an optional port of digits; no white space or control character
# anywhere, "%" only to start a percent-encoding (RFC 3986 §2.1), "[" and "]" only around an
# IPv6 host, "@" once at most before the host, one "#" at most.
_NOT_IN_URL = r"\s%\u0000-\u001f\u007f-\u009f\ufffe\uffff"


def _url_chars(excluded: str) -> str:
    return rf"(?:[^{_NOT_IN_URL}{excluded}]|%[0-9A-Fa-f]{{2}})"


_BRACKET = r"\[\]"
_USERINFO = _url_chars("@/?#" + _BRACKET)
_IPV6 = _url_chars("/?#@" + _BRACKET)
_HOST = _url_chars("@/?#:" + _BRACKET)
_REST = _url_chars("#" + _BRACKET)
_URL = (
    rf"^[A-Za-z][A-Za-z0-9+.\-]*://(?:{_USERINFO}*@)?(?:\[{_IPV6}+\]|{_HOST}+)(?::[0-9]+)?"
    rf"(?:[/?]{_REST}*)?(?:#{_REST}*)?$"
)
_LANGUAGE = r"^(?:[A-Za-z]{2,3}|[A-Za-z]{5,8}|[xXiI])(?:-[A-Za-z0-9]{1,8})*$"
_TRIMMED = r"^\S(?:.*\S)?$"  # non-empty, no white space at either end
_DATE_FORMS = [
    {"description": "year", "pattern": r"^\d{4}$"},
    {"description": "year-month", "pattern": r"^\d{4}-(0[1-9]|1[0-2])$"},
    {"description": "date", "type": "string", "format": "date", "pattern": r"^\d{4}-\d{2}-\d{2}$"},
    {
        "description": "datetime with an offset (timezone-aware)",
        "format": "date-time",
        "pattern": r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2}(:\d{2}(\.\d+)?)?)$",
    },
]


def _string(field: attrs.Attribute[Any]) -> dict[str, Any]:
    kind = field.metadata.get("format")
    if kind == "url":
        return {"type": "string", "format": "uri", "pattern": _URL}
    if kind == "language":
        return {"type": "string", "pattern": _LANGUAGE}
    return {"type": "string", "minLength": 1, "pattern": _TRIMMED}


def _type_schema(t: Any, field: attrs.Attribute[Any], defs: dict[str, Any]) -> dict[str, Any]:
    origin = typing.get_origin(t)
    args = typing.get_args(t)
    if origin in (typing.Union, types.UnionType):
        members = [a for a in args if a is not type(None)]
        if PartialDate in members:
            return {"type": "string", "anyOf": _DATE_FORMS}
        if set(members) == {Person, Organization}:
            return {"oneOf": [_ref(Person, defs), _ref(Organization, defs)]}
        if len(members) == 1:
            return _type_schema(members[0], field, defs)
        raise TypeError(f"no schema for {t!r}")  # pragma: no cover - a new union in the model
    if origin is tuple:
        return {"type": "array", "items": _type_schema(args[0], field, defs)}
    if t is str:
        return _string(field)
    if t is bool:
        return {"type": "boolean"}
    if t is int:
        return {"type": "integer", "minimum": 0}
    if isinstance(t, type) and issubclass(t, enum.Enum):
        return {"enum": [m.value for m in t]}
    if attrs.has(t):
        return _ref(t, defs)
    raise TypeError(f"no schema for {t!r}")  # pragma: no cover - a new type in the model


def _ref(cls: type, defs: dict[str, Any]) -> dict[str, Any]:
    name = cls.__name__
    if name not in defs:
        defs[name] = {}  # placeholder against recursion
        defs[name] = _class_schema(cls, defs)
    return {"$ref": f"#/$defs/{name}"}


def _class_schema(cls: type, defs: dict[str, Any]) -> dict[str, Any]:
    attrs.resolve_types(cls, globalns=vars(_model))
    properties: dict[str, Any] = {}
    required: list[str] = []
    for field in attrs.fields(cls):
        schema = _type_schema(field.type, field, defs)
        if field.name in ("width", "height"):
            schema = {**schema, "minimum": 1}
        if field.default is attrs.NOTHING:
            required.append(field.name)
        properties[field.name] = schema
    doc = (cls.__doc__ or "").strip().splitlines()[0]
    result: dict[str, Any] = {"type": "object", "description": doc, "properties": properties}
    if cls in (Person, Organization):
        properties[TYPE_TAG] = {"const": cls.__name__}
        result["description"] += f' In an author or speaker position it carries "{TYPE_TAG}".'
    if required:
        result["required"] = required
    result["additionalProperties"] = False
    return result


def generate_article_schema() -> dict[str, Any]:
    """The JSON Schema (2020-12) of :func:`newsmodel.to_dict`'s output, built from the model.

    Example:
        >>> generate_article_schema()["required"]
        ['headline']
    """
    defs: dict[str, Any] = {}
    top = _class_schema(Article, defs)
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        "title": "newsmodel Article (plain form)",
        **top,
        "$defs": dict(sorted(defs.items())),
    }


@functools.cache
def _load_text(name: str) -> str:
    shipped = resources.files("newsmodel").joinpath("schemas", name)
    if shipped.is_file():
        return shipped.read_text(encoding="utf-8")
    # An editable install or a source checkout: the schemas sit at the project root.
    source_tree = Path(__file__).resolve().parents[2] / "schemas" / name
    return source_tree.read_text(encoding="utf-8")


def load_schema(name: str = "article.schema.json") -> dict[str, Any]:
    """A schema shipped with newsmodel, by file name.

    Example:
        >>> load_schema()["title"]
        'newsmodel Article (plain form)'
    """
    result: dict[str, Any] = json.loads(_load_text(name))
    return result


def main() -> None:
    """Print the generated article schema as JSON."""
    json.dump(generate_article_schema(), sys.stdout, indent=2, ensure_ascii=False)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()

"""Look-ups over the derived schema.org table: classes, inheritance, property domains and ranges."""

from __future__ import annotations

import functools
from collections.abc import Iterable

from newsmodel.jsonld import _vocab_data as data

__all__ = [
    "DATATYPES",
    "all_terms",
    "ancestors",
    "article_types",
    "is_class",
    "is_subclass",
    "property_info",
    "superseded_by",
    "term",
]


def _records(block: str) -> list[list[str]]:
    return [line.split("|") for line in block.strip().splitlines()]


def _names(field: str) -> tuple[str, ...]:
    return tuple(field.split(",")) if field else ()


_CLASSES: dict[str, tuple[str, ...]] = {name: _names(parents) for name, parents in _records(data.CLASSES)}
_PROPERTIES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    name: (_names(domains), _names(ranges)) for name, domains, ranges in _records(data.PROPERTIES)
}
_SUPERSEDED: dict[str, str] = dict(_records(data.SUPERSEDED))

#: The schema.org data types (Text, URL, Date, ...) and their subclasses.
DATATYPES: frozenset[str] = frozenset(data.DATATYPES.split())

# The spellings of the schema.org namespace a type or property name may carry.
_NAMESPACES = ("schema:", "https://schema.org/", "http://schema.org/")


def term(name: str) -> str:
    """The bare schema.org term for ``name`` (``"schema:Person"``, ``"http://schema.org/Person"`` → ``"Person"``).

    Example:
        >>> term("http://schema.org/NewsArticle"), term("headline")
        ('NewsArticle', 'headline')
    """
    for prefix in _NAMESPACES:
        if name.startswith(prefix):
            return name[len(prefix) :]
    return name


def is_class(name: str) -> bool:
    """Whether ``name`` is a schema.org class or data type.

    Example:
        >>> is_class("NewsArticle"), is_class("Newsarticle")
        (True, False)
    """
    return name in _CLASSES


@functools.cache
def ancestors(name: str) -> frozenset[str]:
    """``name`` and every class it inherits from (empty for an unknown name).

    Example:
        >>> sorted(ancestors("NewsArticle"))
        ['Article', 'CreativeWork', 'NewsArticle', 'Thing']
    """
    if name not in _CLASSES:
        return frozenset()
    found = {name}
    for parent in _CLASSES[name]:
        found |= ancestors(parent)
    return frozenset(found)


def is_subclass(names: Iterable[str], of: Iterable[str]) -> bool:
    """Whether any class in ``names`` is, or inherits from, any class in ``of``.

    Example:
        >>> is_subclass(["NewsMediaOrganization"], ["Person", "Organization"])
        True
    """
    wanted = set(of)
    return any(ancestors(name) & wanted for name in names)


@functools.cache
def _subclasses_of(root: str) -> frozenset[str]:
    return frozenset(name for name in _CLASSES if root in ancestors(name))


def article_types() -> frozenset[str]:
    """``Article`` and every schema.org type that inherits from it (NewsArticle, BlogPosting, ...).

    Example:
        >>> {"NewsArticle", "ReportageNewsArticle", "BlogPosting"} <= article_types()
        True
    """
    return _subclasses_of("Article")


def subclasses(root: str) -> frozenset[str]:
    """``root`` and every schema.org class that inherits from it.

    Example:
        >>> "NewsMediaOrganization" in subclasses("Organization")
        True
    """
    return _subclasses_of(root)


def property_info(name: str) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """``(domainIncludes, rangeIncludes)`` of a schema.org property, or ``None`` when unknown.

    Example:
        >>> property_info("headline")
        (('CreativeWork',), ('Text',))
    """
    return _PROPERTIES.get(name)


def superseded_by(name: str) -> str | None:
    """The term replacing a superseded type or property, else ``None``.

    Example:
        >>> superseded_by("articleSection") is None
        True
    """
    return _SUPERSEDED.get(name)


def all_terms() -> tuple[str, ...]:
    """Every schema.org class and property name.

    Example:
        >>> "headline" in all_terms() and "NewsArticle" in all_terms()
        True
    """
    return (*_CLASSES, *_PROPERTIES)

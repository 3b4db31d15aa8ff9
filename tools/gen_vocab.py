"""Derive newsmodel's compact schema.org table from the vocabulary file.

Reads ``schemaorg-current-https.jsonld`` (schema.org release 30.0, CC BY-SA 3.0) and writes
``src/newsmodel/jsonld/_vocab_data.py``: for each class its direct superclasses, for each
property its domain and range, the data types, and superseded terms. These are facts from
the vocabulary, not a copy of it (no comments, labels or examples).

Usage::

    python tools/gen_vocab.py [path/to/schemaorg-current-https.jsonld] > src/newsmodel/jsonld/_vocab_data.py

A test regenerates the table from ``../shared/corpora/schemaorg/`` and compares it with the
committed module.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "schemaorg" / "schemaorg-current-https.jsonld"
_PREFIX = "schema:"


def _ids(value: Any) -> Iterator[str]:
    """The schema.org term names referenced by ``value`` (one ``{"@id"}`` or a list of them)."""
    items = value if isinstance(value, list) else [value]
    for item in items:
        if isinstance(item, dict) and isinstance(item.get("@id"), str) and item["@id"].startswith(_PREFIX):
            yield item["@id"][len(_PREFIX) :]


def _types(node: dict[str, Any]) -> set[str]:
    value = node.get("@type", [])
    return set(value if isinstance(value, list) else [value])


def derive(graph: list[dict[str, Any]]) -> dict[str, Any]:
    """The table's facts from the vocabulary's ``@graph``."""
    classes: dict[str, tuple[str, ...]] = {}
    datatypes: set[str] = set()
    properties: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {}
    superseded: dict[str, str] = {}
    for node in graph:
        ident = node.get("@id", "")
        if not ident.startswith(_PREFIX):
            continue
        name = ident[len(_PREFIX) :]
        kinds = _types(node)
        if "rdfs:Class" in kinds or "schema:DataType" in kinds:
            classes[name] = tuple(sorted(_ids(node.get("rdfs:subClassOf", []))))
            if "schema:DataType" in kinds:
                datatypes.add(name)
        elif "rdf:Property" in kinds:
            domains = tuple(sorted(_ids(node.get("schema:domainIncludes", []))))
            ranges = tuple(sorted(_ids(node.get("schema:rangeIncludes", []))))
            properties[name] = (domains, ranges)
        for newer in _ids(node.get("schema:supersededBy", [])):
            superseded[name] = newer
    # Subclasses of a data type (URL < Text, Integer < Number) are data types too.
    changed = True
    while changed:
        changed = False
        for name, parents in classes.items():
            if name not in datatypes and any(p in datatypes for p in parents):
                datatypes.add(name)
                changed = True
    return {"classes": classes, "datatypes": datatypes, "properties": properties, "superseded": superseded}


def render(facts: dict[str, Any], source: str) -> str:
    """The Python module holding ``facts``: one record a line, fields split by ``|``, lists by ``,``."""

    def block(name: str, doc: str, rows: list[str]) -> list[str]:
        return [f"#: {doc}", f'{name} = """', *rows, '"""', ""]

    classes = [f"{name}|{','.join(parents)}" for name, parents in sorted(facts["classes"].items())]
    properties = [f"{name}|{','.join(d)}|{','.join(r)}" for name, (d, r) in sorted(facts["properties"].items())]
    superseded = [f"{name}|{newer}" for name, newer in sorted(facts["superseded"].items())]
    lines = [
        f'"""schema.org facts derived by tools/gen_vocab.py from {source} (CC BY-SA 3.0). Do not edit.',
        "",
        "One record a line, fields separated by ``|``, list items by ``,``; parsed by ``_vocab``.",
        '"""',
        "",
        *block("CLASSES", "class|direct superclasses", classes),
        *block("DATATYPES", "the data types (Text, URL, Date, ...) and their subclasses", sorted(facts["datatypes"])),
        *block("PROPERTIES", "property|domainIncludes|rangeIncludes", properties),
        *block("SUPERSEDED", "superseded term|the term that replaces it", superseded),
    ]
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    """Print the module for the vocabulary file named in ``argv`` (default: ../shared)."""
    path = Path(argv[1]) if len(argv) > 1 else DEFAULT
    graph = json.loads(path.read_text(encoding="utf-8"))["@graph"]
    sys.stdout.write(render(derive(graph), path.name))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))

"""Derive ``src/newsmodel/newsml/_schema_data.py`` from the NewsML-G2 2.35 Power XSD.

Usage: ``python tools/gen_schema_table.py [path/to/NewsML-G2_2.35-spec-All-Power.xsd]``.

Every element declaration of the schema, global or local, gets a number; the table holds the
facts the built-in rules of ``validate_newsml`` check without loading the schema: which
NewsML-G2 children the declaration allows and which declaration each child then follows,
whether it takes children from other namespaces (``##other``) or from any namespace
(``##any``, lax), its required attributes and its required children. Following the numbers
from the root's declaration gives each element of a document its exact declaration, as the
schema does (a ``related`` inside a ``related`` is not the global ``related``).
"""

from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path

from lxml import etree

from newsmodel._xml import parse_bytes

ROOT = Path(__file__).resolve().parents[1]
DEFAULT = ROOT.parent / "shared" / "corpora" / "newsml-g2" / "xsd" / "NewsML-G2_2.35-spec-All-Power.xsd"
TARGET = ROOT / "src" / "newsmodel" / "newsml" / "_schema_data.py"
XS = "{http://www.w3.org/2001/XMLSchema}"
NAR = "http://iptc.org/std/nar/2006-10-01/"

#: (children: name → declaration number, other wildcard, any wildcard, required attributes,
#: required children, declared name).
Facts = tuple[dict[str, int], bool, bool, frozenset[str], frozenset[str], str]


class Schema:
    """The element declarations of one schema document, numbered, with their content models."""

    def __init__(self, root: etree._Element) -> None:
        self.types = {el.get("name"): el for el in root.findall(f"{XS}complexType")}
        self.groups = {el.get("name"): el for el in root.findall(f"{XS}group")}
        self.attribute_groups = {el.get("name"): el for el in root.findall(f"{XS}attributeGroup")}
        self.globals = {el.get("name", ""): el for el in root.findall(f"{XS}element")}
        # Every named declaration, global or local, gets a number (document order).
        self.declarations = [el for el in root.iter(f"{XS}element") if el.get("name")]
        self.numbers = {el.getroottree().getpath(el): n for n, el in enumerate(self.declarations)}

    def number(self, declaration: etree._Element) -> int:
        """The number of a declaration, or of the global declaration a reference points to."""
        if declaration.get("ref"):
            declaration = self.globals[(declaration.get("ref") or "").rpartition(":")[2]]
        return self.numbers[declaration.getroottree().getpath(declaration)]

    def type_of(self, declaration: etree._Element) -> etree._Element | None:
        """The complex type of an element declaration (``None`` for simple content)."""
        inline = declaration.find(f"{XS}complexType")
        if inline is not None:
            return inline
        return self.types.get((declaration.get("type") or "").rpartition(":")[2])

    def facts(self, declaration: etree._Element) -> Facts:
        """What the declaration allows and requires."""
        children: dict[str, int] = {}
        required: set[str] = set()
        attributes: set[str] = set()
        flags = {"other": False, "any": False}
        self._type(self.type_of(declaration), children, required, attributes, flags)
        name = declaration.get("name", "")
        return children, flags["other"], flags["any"], frozenset(attributes), frozenset(required), name

    def _type(
        self,
        ctype: etree._Element | None,
        children: dict[str, int],
        required: set[str],
        attributes: set[str],
        flags: dict[str, bool],
    ) -> None:
        if ctype is None:
            return
        extension = ctype.find(f"{XS}complexContent/{XS}extension")
        if extension is not None:
            base = self.types.get((extension.get("base") or "").rpartition(":")[2])
            self._type(base, children, required, attributes, flags)
        self._particles(ctype, children, required, flags, required_here=True)
        self._attributes(ctype, attributes)

    def _particles(
        self,
        node: etree._Element,
        children: dict[str, int],
        required: set[str],
        flags: dict[str, bool],
        *,
        required_here: bool,
    ) -> None:
        for child in node:
            tag = child.tag
            optional = child.get("minOccurs") == "0"
            if tag == f"{XS}element":
                name = (child.get("ref") or child.get("name") or "").rpartition(":")[2]
                # XML Schema "Element Declarations Consistent": one name, one type per model.
                children.setdefault(name, self.number(child))
                if required_here and not optional:
                    required.add(name)
            elif tag == f"{XS}any":
                namespace = child.get("namespace") or "##any"
                # "##any" and the NewsML-G2 namespace itself (itemSet) admit NewsML-G2 elements.
                flags["any" if namespace in ("##any", NAR) else "other"] = True
            elif tag == f"{XS}group" and child.get("ref"):
                group = self.groups[(child.get("ref") or "").rpartition(":")[2]]
                self._particles(group, children, required, flags, required_here=required_here and not optional)
            elif tag == f"{XS}sequence":
                self._particles(child, children, required, flags, required_here=required_here and not optional)
            elif tag == f"{XS}choice":
                self._particles(child, children, required, flags, required_here=False)
            elif tag in (f"{XS}complexContent", f"{XS}extension", f"{XS}restriction", f"{XS}simpleContent"):
                self._particles(child, children, required, flags, required_here=required_here)

    def _attributes(self, node: etree._Element, attributes: set[str]) -> None:
        # Attributes of this type only: local element declarations inside it are not entered.
        for child in node:
            if child.tag == f"{XS}element":
                continue
            if child.tag == f"{XS}attribute" and child.get("use") == "required" and child.get("name"):
                attributes.add(child.get("name", ""))
            elif child.tag == f"{XS}attributeGroup" and child.get("ref"):
                group = self.attribute_groups.get((child.get("ref") or "").rpartition(":")[2])
                if group is not None:
                    self._attributes(group, attributes)
            else:
                self._attributes(child, attributes)


#: XSD attribute types → the kind of value check the rules apply.
KINDS = {
    "QCodeType": "qcode",
    "QCodeListType": "qcode",
    "IRIType": "iri",
    "IRIListType": "iri",
    "xs:anyURI": "iri",
    "xs:nonNegativeInteger": "non-negative",
    "xs:positiveInteger": "positive",
    "xs:integer": "integer",
    "xs:boolean": "boolean",
    "DateOptTimeType": "date-opt-time",
    "TruncatedDateTimeType": "truncated",
    "Int1to9Type": "1-9",
    "xs:language": "language",
}


def attribute_kinds(root: etree._Element) -> tuple[dict[str, str], frozenset[str]]:
    """Attribute name → value kind (where every declaration agrees), and all attribute names."""
    types: dict[str, set[str]] = defaultdict(set)
    for attribute in root.iter(f"{XS}attribute"):
        if attribute.get("name"):
            types[attribute.get("name", "")].add(KINDS.get(attribute.get("type") or "", ""))
    kinds = {name: next(iter(found)) for name, found in types.items() if len(found) == 1 and "" not in found}
    return kinds, frozenset(types)


def strict_wildcards(root: etree._Element) -> frozenset[str]:
    """Elements whose ``##other`` wildcard is strict: foreign content needs its own schema."""
    names: set[str] = set()
    for wildcard in root.iter(f"{XS}any"):
        if wildcard.get("processContents", "strict") != "strict":
            continue
        node = wildcard.getparent()
        while node is not None and not (node.tag == f"{XS}element" and node.get("name")):
            node = node.getparent()
        if node is not None:
            names.add(node.get("name", ""))
    return frozenset(names)


def _set(values: frozenset[str]) -> str:
    return "frozenset({" + ", ".join(f'"{v}"' for v in sorted(values)) + "})" if values else "frozenset()"


def main(argv: list[str]) -> int:
    """Write the derived table; return a process exit code."""
    source = Path(argv[1]) if len(argv) > 1 else DEFAULT
    root = parse_bytes(source.read_bytes(), source=str(source))
    schema = Schema(root)
    lines = [
        '"""What the NewsML-G2 2.35 Power XSD says about each element declaration (tools/gen_schema_table.py).\n\n',
        "Do not edit. Derived from ``NewsML-G2_2.35-spec-All-Power.xsd`` (© IPTC, CC BY 4.0).\n",
        '"""\n\n',
        "from __future__ import annotations\n\n",
        "#: Declaration number → (NewsML-G2 children: name → declaration number, takes other\n",
        "#: namespaces, takes any namespace (lax), required attributes, required children, name).\n",
        "DECLARATIONS: tuple[tuple[dict[str, int], bool, bool, frozenset[str], frozenset[str], str], ...] = (\n",
    ]
    for declaration in schema.declarations:
        children, other, any_, attributes, required, name = schema.facts(declaration)
        mapping = "{" + ", ".join(f'"{k}": {v}' for k, v in sorted(children.items())) + "}"
        lines.append(f'    ({mapping}, {other}, {any_}, {_set(attributes)}, {_set(required)}, "{name}"),\n')
    lines.append(")\n\n")
    lines.append("#: Top-level declarations (valid document roots, checked inside lax wildcards): name → number.\n")
    lines.append("GLOBAL: dict[str, int] = {\n")
    lines.extend(f'    "{name}": {schema.number(el)},\n' for name, el in sorted(schema.globals.items()))
    lines.append("}\n\n")
    kinds, names = attribute_kinds(root)
    lines.append("#: Attribute name → the kind of value every declaration of it has.\n")
    lines.append("ATTRIBUTE_KINDS: dict[str, str] = {\n")
    lines.extend(f'    "{name}": "{kind}",\n' for name, kind in sorted(kinds.items()))
    lines.append("}\n\n")
    lines.append("#: Elements whose strict ##other wildcard needs a schema for foreign content.\n")
    lines.append(f"STRICT_WILDCARD: frozenset[str] = {_set(strict_wildcards(root))}\n\n")
    lines.append("#: Every unqualified attribute name the schema declares somewhere.\n")
    lines.append(f"ATTRIBUTES: frozenset[str] = {_set(names)}\n")
    TARGET.write_text("".join(lines), encoding="utf-8")
    print(f"wrote {TARGET}: {len(schema.declarations)} declarations from {source}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))

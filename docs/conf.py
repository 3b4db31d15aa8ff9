"""Sphinx configuration for the newsmodel docs."""

from __future__ import annotations

import newsmodel

project = "newsmodel"
author = "The newsmodel developers"
copyright = "2026, The newsmodel developers"
release = newsmodel.__version__
version = ".".join(release.split(".")[:2])

extensions = [
    "myst_parser",
    "sphinx.ext.autodoc",
    "sphinx.ext.napoleon",
    "sphinx.ext.intersphinx",
    "sphinx.ext.viewcode",
]
source_suffix = {".md": "markdown", ".rst": "restructuredtext"}
exclude_patterns = ["_build"]
myst_enable_extensions = ["colon_fence", "deflist"]
myst_heading_anchors = 3

html_theme = "furo"
html_title = f"newsmodel {release}"
html_static_path: list[str] = []

napoleon_google_docstring = True
napoleon_numpy_docstring = False
napoleon_use_ivar = True
autodoc_typehints = "description"
autodoc_member_order = "bysource"
autodoc_default_options = {"members": True, "undoc-members": False}
# No network while building: intersphinx inventories are not fetched.
intersphinx_mapping: dict[str, tuple[str, str | None]] = {}

nitpicky = True
# Names Sphinx cannot resolve without fetched inventories (stdlib and third-party types in
# signatures); everything of newsmodel's own must resolve.
nitpick_ignore_regex = [
    ("py:class", r"(datetime|enum|typing|collections\.abc|os|io|pathlib|types|argparse|zoneinfo)\..*"),
    ("py:class", r"(attrs|attr|cattrs|lxml|hypothesis|babel)\..*"),
    ("py:class", r"(str|bytes|int|float|bool|dict|list|tuple|type|object|None|Any|Iterable|Iterator|Mapping|Sequence)"),
    ("py:class", r"(Literal\[.*\]|SearchStrategy|IO|PathLike|Path|TextIO|BinaryIO|Converter|Callable)"),
    ("py:.*", r"newsmodel\.(\w+\.)*_\w+.*"),
    # Unqualified references inside private modules' docstrings (helpers of one module).
    ("py:func", r"[a-z_]+"),
    # Top-level re-exports of functions documented under their submodule (newsmodel.jsonld, ...).
    ("py:func", r"newsmodel\.[a-z_]+$"),
    ("py:class", r"(DateValue|Agent|Severity|JSONValue|JSONObject|Source|JsonInput)"),
    ("py:(func|mod|meth|data)", r"(json|re|datetime|zoneinfo|babel|lxml|attrs|cattrs|argparse)\b.*"),
]

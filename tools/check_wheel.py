"""Build the wheel into a temporary folder and check it ships what users import at run time."""

from __future__ import annotations

import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

REQUIRED = (
    "newsmodel/py.typed",
    "newsmodel/__init__.py",
    "newsmodel/schemas/article.schema.json",
    "newsmodel/schemas/newsarticle.schema.json",
)


def main() -> int:
    """Build, list, compare; exit 1 when a required file is missing."""
    root = Path(__file__).resolve().parents[1]
    with tempfile.TemporaryDirectory() as out:
        subprocess.run(  # noqa: S603 - our own interpreter building our own project
            [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--wheel-dir", out, str(root)],
            check=True,
        )
        (wheel,) = Path(out).glob("newsmodel-*.whl")
        names = set(zipfile.ZipFile(wheel).namelist())
    missing = [name for name in REQUIRED if name not in names]
    schemas = sorted(n for n in names if n.startswith("newsmodel/schemas/"))
    print(f"{wheel.name}: {len(names)} files; schemas: {', '.join(schemas)}")
    if missing:
        print("missing from the wheel: " + ", ".join(missing))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())

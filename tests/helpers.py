"""Paths and small helpers shared by the tests."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
#: Small fixtures that must always be here (copied, with attribution where third-party).
DATA = Path(__file__).resolve().parent / "data"
#: ../shared beside the project root: read-only corpora and reference files.
SHARED = ROOT.parent / "shared"


def shared_path(*parts: str) -> Path:
    """A path under ../shared, skipping the calling test (saying why) when it is absent."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} is absent: the shared corpora sit beside the project root in the dev setup")
    return path


def shared_files(folder: str, pattern: str) -> list[Path]:
    """Files under ../shared/folder matching pattern, for parametrizing; empty when absent."""
    base = SHARED / folder
    return sorted(base.glob(pattern)) if base.exists() else []

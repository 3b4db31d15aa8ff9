"""Files per second for `newsmodel validate` and `newsmodel convert`, with 1 and 2 jobs, in one run.

The tree is the one the CLI tests plant: 1,000 mixed JSON-LD, NewsML-G2 and HTML files,
one in ten with a planted problem. Each command runs as a subprocess of the installed
console script, so process start-up is included, as a CI job would see it.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.test_cli_tree import COUNT, plant_tree  # noqa: E402 - after the path setup above

SCRIPT = str(Path(sys.executable).with_name("newsmodel"))


def timed(args: list[str]) -> float:
    """Seconds for one run of the console script (best of two)."""
    best = float("inf")
    for _ in range(2):
        start = time.perf_counter()
        subprocess.run([SCRIPT, *args], capture_output=True, check=False)
        best = min(best, time.perf_counter() - start)
    return best


def main() -> None:
    """Plant the tree, time each command, print a table."""
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "tree"
        folder.mkdir()
        plant_tree(folder)
        rows = []
        for jobs in (1, 2):
            seconds = timed(["validate", str(folder), "--format", "json", "--jobs", str(jobs)])
            rows.append(("validate", jobs, seconds))
        for jobs in (1, 2):
            out = Path(tmp) / f"out{jobs}"
            seconds = timed(["convert", str(folder), "--to", "jsonld", "--out", str(out), "--jobs", str(jobs)])
            rows.append(("convert --to jsonld", jobs, seconds))
    print(f"{COUNT} files (JSON-LD, NewsML-G2, HTML; 10% with planted problems)")
    print(f"{'command':<22}{'jobs':>5}{'seconds':>10}{'files/s':>10}{'speed-up':>10}")
    base: dict[str, float] = {}
    for command, jobs, seconds in rows:
        base.setdefault(command, seconds)
        print(f"{command:<22}{jobs:>5}{seconds:>10.2f}{COUNT / seconds:>10.0f}{base[command] / seconds:>9.2f}x")


if __name__ == "__main__":
    main()

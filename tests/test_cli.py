"""The console script and ``python -m newsmodel``."""

from __future__ import annotations

import subprocess
import sys

import pytest

import newsmodel
from newsmodel.cli import main


class TestEntryPoints:
    def test_version_in_process(self, capsys: pytest.CaptureFixture[str]) -> None:
        with pytest.raises(SystemExit) as info:
            main(["--version"])
        assert info.value.code == 0
        assert capsys.readouterr().out.strip() == f"newsmodel {newsmodel.__version__}"

    def test_help_without_command(self, capsys: pytest.CaptureFixture[str]) -> None:
        assert main([]) == 0
        assert "usage: newsmodel" in capsys.readouterr().out

    def test_python_dash_m(self) -> None:
        """`python -m newsmodel --version` runs the same command line."""
        result = subprocess.run(
            [sys.executable, "-m", "newsmodel", "--version"], capture_output=True, text=True, check=False
        )
        assert result.returncode == 0
        assert result.stdout.strip() == f"newsmodel {newsmodel.__version__}"

    def test_unknown_option_is_a_usage_error(self) -> None:
        result = subprocess.run(
            [sys.executable, "-m", "newsmodel", "--bogus"], capture_output=True, text=True, check=False
        )
        assert result.returncode == 2
        assert "unrecognized arguments" in result.stderr

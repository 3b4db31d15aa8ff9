"""The console script, driven in a subprocess: every subcommand, output format and exit status."""

from __future__ import annotations

import json
import os
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from lxml import etree

import newsmodel
from newsmodel.cli import main
from tests.helpers import DATA, ROOT

FEEDS = DATA / "feeds"
SEED = ROOT / "examples" / "putin-tolak-usulan-trump.html"
SCRIPT = str(Path(sys.executable).with_name("newsmodel"))


def run(*args: str, stdin: bytes | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    """Run the installed `newsmodel` console script."""
    return subprocess.run(
        [SCRIPT, *args],
        input=stdin.decode() if stdin is not None else None,
        capture_output=True,
        text=True,
        check=False,
        cwd=cwd,
        env={**os.environ, "NO_COLOR": "1"},
    )


@pytest.fixture
def mixed(tmp_path: Path) -> Path:
    """A folder with valid, invalid and unreadable files, and one whose extension lies."""
    folder = tmp_path / "feeds"
    shutil.copytree(FEEDS, folder)
    article = json.loads((FEEDS / "article.jsonld").read_text(encoding="utf-8"))
    del article["headline"]
    (folder / "no-headline.jsonld").write_text(json.dumps(article), encoding="utf-8")
    (folder / "broken.json").write_text('{"@context": "https://schema.org",\n  "@type": }', encoding="utf-8")
    (folder / "sub").mkdir()
    (folder / "sub" / "lying.xml").write_text(
        json.dumps({**article, "headline": "x", "headlne": "y"}), encoding="utf-8"
    )
    (folder / "gone.json").symlink_to(folder / "does-not-exist.json")
    (folder / "notes.txt").write_text("not a feed file", encoding="utf-8")
    return folder


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

    def test_console_script_help_lists_commands(self) -> None:
        result = run("--help")
        assert result.returncode == 0
        for command in ("validate", "convert", "quotes"):
            assert command in result.stdout

    def test_unknown_option_is_a_usage_error(self) -> None:
        result = run("--bogus")
        assert result.returncode == 2
        assert "unrecognized arguments" in result.stderr


class TestValidate:
    def test_clean_feed_passes_strictly(self) -> None:
        result = run("validate", str(FEEDS), "--strict")
        assert result.returncode == 0, result.stdout
        assert result.stdout.strip() == "3 file(s) checked: 0 error(s), 0 warning(s)"

    def test_mixed_folder_text(self, mixed: Path) -> None:
        """Errors are located (file:line:col), the unreadable file is reported, .txt is ignored."""
        result = run("validate", str(mixed))
        assert result.returncode == 1
        out = result.stdout
        assert f"{mixed / 'broken.json'}:2:12: error jsonld.syntax:" in out
        assert f"{mixed / 'no-headline.jsonld'}:1:1: error " in out
        assert f"{mixed / 'gone.json'}: error io.unreadable:" in out
        assert f"{mixed / 'sub' / 'lying.xml'}:" in out  # read as JSON despite .xml
        assert "unknown-property" in out
        assert "notes.txt" not in out
        assert out.rstrip().splitlines()[-1].startswith("7 file(s) checked:")

    def test_mixed_folder_json_and_jobs_agree(self, mixed: Path) -> None:
        """--format json is machine-readable, and --jobs 2 gives the same report."""
        one = run("validate", str(mixed), "--format", "json")
        two = run("validate", str(mixed), "--format", "json", "--jobs", "2")
        assert one.returncode == two.returncode == 1
        assert json.loads(one.stdout) == json.loads(two.stdout)
        report = json.loads(one.stdout)
        assert report["files"] == 7
        assert report["ok"] is False
        codes = {(Path(i["file"]).name, i["code"]) for i in report["issues"] if i["severity"] == "error"}
        assert ("gone.json", "io.unreadable") in codes
        assert ("broken.json", "jsonld.syntax") in codes
        assert {i["file"] for i in report["issues"]} <= {str(p) for p in mixed.rglob("*")}

    def test_github_format(self, mixed: Path) -> None:
        result = run("validate", str(mixed / "broken.json"), "--format", "github")
        assert result.returncode == 1
        first = result.stdout.splitlines()[0]
        assert first.startswith(f"::error file={mixed / 'broken.json'},line=2,col=12,title=jsonld.syntax::")

    def test_junit_format(self, mixed: Path) -> None:
        result = run("validate", str(mixed), "--format", "junit")
        assert result.returncode == 1
        root = etree.fromstring(result.stdout.encode())
        cases = root.findall(".//testcase")
        assert len(cases) == 7
        failed = {Path(c.get("name", "")).name for c in cases if c.find("failure") is not None}
        assert {"broken.json", "no-headline.jsonld", "gone.json", "lying.xml"} <= failed
        assert "article.jsonld" not in failed

    def test_strict_fails_on_warnings(self, tmp_path: Path) -> None:
        article = json.loads((FEEDS / "article.jsonld").read_text(encoding="utf-8"))
        del article["image"]
        path = tmp_path / "no-image.jsonld"
        path.write_text(json.dumps(article), encoding="utf-8")
        assert run("validate", str(path)).returncode == 0
        strict = run("validate", str(path), "--strict")
        assert strict.returncode == 1
        assert "warning" in strict.stdout

    def test_stdin(self) -> None:
        good = run("validate", "-", stdin=(FEEDS / "item.xml").read_bytes())
        assert good.returncode == 0, good.stdout
        bad = run("validate", "-", stdin=b'{"@context": "https://schema.org", "@type": "NewsArticle"}')
        assert bad.returncode == 1
        assert bad.stdout.startswith("<stdin>:")

    def test_glob(self) -> None:
        result = run("validate", str(FEEDS / "*.jsonld"), "--format", "json")
        assert [Path(i["file"]).name for i in json.loads(result.stdout)["issues"]] == []
        assert json.loads(result.stdout)["files"] == 1

    @pytest.mark.parametrize(
        ("args", "message"),
        [
            (["validate"], "the following arguments are required"),
            (["validate", "x.json", "--jobs", "0"], "must be at least 1"),
            (["validate", "x.json", "--xsd", "/no/such.xsd"], "no such file"),
            (["validate", "x.json", "--format", "yaml"], "invalid choice"),
            (["convert", "a.html", "b.html", "--to", "jsonld"], "several inputs need --out DIR"),
            (["convert", "a.html"], "--to"),
        ],
    )
    def test_usage_errors_exit_2(self, args: list[str], message: str) -> None:
        result = run(*args)
        assert result.returncode == 2
        assert message in result.stderr


class TestConvert:
    def test_one_page_to_jsonld_on_stdout(self) -> None:
        result = run("convert", str(SEED), "--to", "jsonld")
        assert result.returncode == 0, result.stderr
        data = json.loads(result.stdout)
        assert data["@type"] == "NewsArticle"
        assert data["headline"] == "Putin Tolak Usulan Trump Soal Gencatan Senjata, Ukraina Krisis"
        assert "1 converted, 0 failed" in result.stderr

    @pytest.mark.parametrize(("to", "suffix"), [("jsonld", ".jsonld"), ("newsml", ".xml"), ("json", ".json")])
    def test_many_into_a_folder_with_a_bad_input(self, tmp_path: Path, to: str, suffix: str) -> None:
        """A bad input is reported and skipped; the rest are written; the exit status says so."""
        bad = tmp_path / "bad.html"
        bad.write_bytes(b"")
        out = tmp_path / "out"
        result = run(
            "convert", str(FEEDS / "page.html"), str(FEEDS / "item.xml"), str(bad), "--to", to, "--out", str(out)
        )
        assert result.returncode == 1
        assert "2 converted, 1 failed" in result.stderr
        assert str(bad) in result.stderr
        assert sorted(p.name for p in out.iterdir()) == sorted([f"page{suffix}", f"item{suffix}"])
        back = newsmodel.cli.load_articles((out / f"page{suffix}").read_bytes(), name=f"page{suffix}")
        assert back[0].headline == "Putin Tolak Usulan Trump Soal Gencatan Senjata, Ukraina Krisis"

    def test_jobs_give_the_same_files(self, tmp_path: Path) -> None:
        inputs = [str(FEEDS / name) for name in ("page.html", "item.xml", "article.jsonld")]
        run("convert", *inputs, "--to", "json", "--out", str(tmp_path / "one"))
        run("convert", *inputs, "--to", "json", "--out", str(tmp_path / "two"), "--jobs", "2")
        one = {p.name: p.read_bytes() for p in (tmp_path / "one").iterdir()}
        two = {p.name: p.read_bytes() for p in (tmp_path / "two").iterdir()}
        assert one == two
        assert len(one) == 3


class TestQuotes:
    def test_table(self) -> None:
        result = run("quotes", str(SEED))
        assert result.returncode == 0, result.stderr
        lines = result.stdout.splitlines()
        assert lines[0] == "Putin Tolak Usulan Trump Soal Gencatan Senjata, Ukraina Krisis"
        assert lines[1] == "Jumat, 4 Juli 2025 08.15 WIB"
        assert any("Yuri Ushakov" in line and "penasihat Kremlin" in line and "tegas" in line for line in lines)

    def test_json(self) -> None:
        result = run("quotes", str(SEED), "--format", "json")
        data = json.loads(result.stdout)
        direct = [q for q in data[0]["quotes"] if q["kind"] == "direct"]
        assert any(q["text"] == "Rusia tidak akan mundur" and q["speaker"] == "Yuri Ushakov" for q in direct)

    def test_unreadable(self, tmp_path: Path) -> None:
        result = run("quotes", str(tmp_path / "missing.html"))
        assert result.returncode == 1
        assert "missing.html" in result.stderr


class TestCIRecipes:
    """The CI recipes in the docs parse, and the commands they run pass on the sample feed."""

    @staticmethod
    def commands(document: object) -> list[str]:
        found: list[str] = []
        if isinstance(document, dict):
            for value in document.values():
                found += TestCIRecipes.commands(value)
        elif isinstance(document, list):
            for value in document:
                found += TestCIRecipes.commands(value)
        elif isinstance(document, str) and document.startswith("newsmodel "):
            found.append(document)
        return found

    @pytest.mark.parametrize("name", ["github-actions.yml", "gitlab-ci.yml"])
    def test_ci_files(self, name: str, tmp_path: Path) -> None:
        document = yaml.safe_load((ROOT / "docs" / "ci" / name).read_text(encoding="utf-8"))
        commands = self.commands(document)
        assert commands, "the recipe runs newsmodel"
        for command in commands:
            words = shlex.split(command.split(">")[0].replace("feeds/", str(FEEDS)))
            result = run(*words[1:], cwd=tmp_path)
            assert result.returncode == 0, result.stdout
            if "junit" in words:
                assert etree.fromstring(result.stdout.encode()).tag == "testsuites"

    def test_pre_commit_hook(self) -> None:
        hooks = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
        (hook,) = hooks
        assert hook["id"] == "newsmodel-validate"
        config = yaml.safe_load((ROOT / "docs" / "ci" / "pre-commit-config.yaml").read_text(encoding="utf-8"))
        used = config["repos"][0]["hooks"][0]
        assert used["id"] == hook["id"]
        # pre-commit runs `entry args files...`
        words = [*shlex.split(hook["entry"]), *used.get("args", []), *(str(p) for p in sorted(FEEDS.iterdir()))]
        result = run(*words[1:])
        assert result.returncode == 0, result.stdout


class TestTerminal:
    def test_colour_when_asked(self, mixed: Path) -> None:
        """--color always paints severities; the default in a pipe (and NO_COLOR) does not."""
        painted = run("validate", str(mixed / "broken.json"), "--color", "always")
        assert "\033[31merror\033[0m" in painted.stdout
        assert "\033[" not in run("validate", str(mixed / "broken.json")).stdout

    def test_progress_bar_on_a_terminal(
        self, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
    ) -> None:
        """Converting several inputs on a terminal draws a progress bar on standard error."""
        monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
        results = list(newsmodel.cli._map(len, ["a", "bb", "ccc"], 1, progress="converting"))
        assert results == [1, 2, 3]
        assert "converting" in capsys.readouterr().err


class TestPlainForm:
    """newsmodel's own JSON (no @ keys) is told apart from JSON-LD the same way by validate and convert."""

    def test_validate_and_convert_agree(self, tmp_path: Path) -> None:
        good = ROOT / "examples" / "article.json"
        assert run("validate", str(good), "--strict").returncode == 0
        converted = run("convert", str(good), "--to", "jsonld")
        assert converted.returncode == 0, converted.stderr
        assert json.loads(converted.stdout)["@type"] == "NewsArticle"

    def test_errors_are_located(self, tmp_path: Path) -> None:
        bad = tmp_path / "bad.json"
        bad.write_text('{\n  "headline": "x",\n  "authors": [{"type": "Person", "name": 3}],\n}', encoding="utf-8")
        result = run("validate", str(bad), "--format", "json")
        assert result.returncode == 1
        issues = {(i["code"], i["severity"], i["line"]) for i in json.loads(result.stdout)["issues"]}
        assert ("model.invalid", "error", 3) in issues
        assert ("jsonld.trailing-comma", "warning", None) in issues
        assert run("convert", str(bad), "--to", "json").returncode == 1

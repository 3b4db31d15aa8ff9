"""`newsmodel validate` over a generated tree of 1,000 mixed files reports exactly the planted problems."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from newsmodel import Article, ImageObject, Organization, Paragraph, Person
from newsmodel.jsonld import to_jsonld
from newsmodel.newsml import to_newsml
from tests.test_cli import run

WIB = dt.timezone(dt.timedelta(hours=7))
COUNT = 1000


def _article(i: int) -> Article:
    return Article(
        headline=f"Banjir rob ke-{i} landa pesisir utara Jakarta",
        body=[
            Paragraph(text=f"Banjir rob kembali melanda kawasan pesisir utara Jakarta untuk ke-{i} kalinya."),
            Paragraph(text="Warga mengungsi ke tempat yang lebih tinggi sejak Senin pagi."),
        ],
        language="id",
        url=f"https://berita.example.id/nasional/{i}",
        authors=[Person(name="Siti Rahma", url="https://berita.example.id/penulis/siti-rahma")],
        publisher=Organization(name="Berita Contoh", url="https://berita.example.id/"),
        images=[ImageObject(url=f"https://berita.example.id/foto/{i}.jpg", width=1200, height=675)],
        date_published=dt.datetime(2025, 7, 4, 8, 15, tzinfo=WIB) + dt.timedelta(hours=i),
        date_modified=dt.datetime(2025, 7, 4, 9, 0, tzinfo=WIB) + dt.timedelta(hours=i),
    )


def _page(data: dict[str, object], i: int) -> str:
    return (
        "<!DOCTYPE html><html lang='id'><head><meta charset='utf-8'><title>Berita</title>\n"
        f'<script type="application/ld+json">\n{json.dumps(data, ensure_ascii=False, indent=1)}\n</script>\n'
        f"</head><body><article><h1>Banjir rob ke-{i}</h1>"
        + "".join(f"<p>Warga pesisir utara Jakarta mengungsi, hari ke-{n}, kata petugas.</p>" for n in range(6))
        + "</article></body></html>"
    )


def plant_tree(folder: Path) -> dict[str, str]:
    """Write COUNT files, every tenth with a planted error; return {file: expected error code}."""
    planted: dict[str, str] = {}
    for i in range(COUNT):
        article = _article(i)
        kind = i % 3
        sub = folder / f"batch{i % 7}"
        sub.mkdir(exist_ok=True)
        bad = i % 10 == 0
        problem = (i // 10) % 3
        if kind == 0:
            data = to_jsonld(article)
            path = sub / f"a{i}.jsonld"
            if bad and problem == 0:
                data["headlne"] = data.pop("headline")
                planted[str(path)] = "jsonld.unknown-property"
            if bad and problem == 1:
                data["wordCount"] = "many"
                planted[str(path)] = "jsonld.wrong-range"
            text = json.dumps(data, ensure_ascii=False, indent=2)
            if bad and problem == 2:
                text = text.replace('"headline":', '"headline"', 1)
                planted[str(path)] = "jsonld.syntax"
            path.write_text(text, encoding="utf-8")
        elif kind == 1:
            xml = to_newsml(article)
            path = sub / f"n{i}.xml"
            if bad:
                xml = xml[: len(xml) // 2]
                planted[str(path)] = "newsml.not-well-formed"
            path.write_bytes(xml)
        else:
            data = to_jsonld(article)
            if bad:
                data["author"] = "Siti Rahma"
                planted[str(path := sub / f"h{i}.html")] = "google.author-object"
            path = sub / f"h{i}.html"
            path.write_text(_page(data, i), encoding="utf-8")
    return planted


@pytest.fixture(scope="module")
def tree(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str]]:
    folder = tmp_path_factory.mktemp("tree")
    return folder, plant_tree(folder)


def _errors(stdout: str) -> dict[str, set[str]]:
    report = json.loads(stdout)
    assert report["files"] == COUNT
    found: dict[str, set[str]] = {}
    for issue in report["issues"]:
        if issue["severity"] == "error":
            found.setdefault(issue["file"], set()).add(issue["code"])
    return found


def test_exactly_the_planted_problems(tree: tuple[Path, dict[str, str]]) -> None:
    """Every planted file, and no other, has errors; each has the planted code; exit status 1."""
    folder, planted = tree
    result = run("validate", str(folder), "--format", "json")
    assert result.returncode == 1
    found = _errors(result.stdout)
    assert set(found) == set(planted)
    for path, code in planted.items():
        assert code in found[path], (path, found[path])


def test_two_jobs_give_the_same_report(tree: tuple[Path, dict[str, str]]) -> None:
    folder, _ = tree
    one = run("validate", str(folder), "--format", "json")
    two = run("validate", str(folder), "--format", "json", "--jobs", "2")
    assert two.returncode == one.returncode == 1
    assert json.loads(one.stdout) == json.loads(two.stdout)

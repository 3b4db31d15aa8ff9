"""The ``newsmodel`` command line: ``validate``, ``convert`` and ``quotes``."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import IO, Any, TypeVar
from xml.sax.saxutils import escape, quoteattr

from newsmodel._model import Article, Organization, Person
from newsmodel._report import Issue, Report
from newsmodel._version import __version__
from newsmodel.exceptions import NewsModelError
from newsmodel.validate import (
    Format,
    collect_files,
    detect_format,
    is_plain_form,
    report_to_json,
    validate_document,
    validate_file,
)

__all__ = ["build_parser", "load_articles", "main"]

T = TypeVar("T")
R = TypeVar("R")

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2
_OUTPUT_SUFFIX = {"jsonld": ".jsonld", "newsml": ".xml", "json": ".json"}
_COLOURS = {"error": "\033[31m", "warning": "\033[33m", "dim": "\033[2m", "bold": "\033[1m", "reset": "\033[0m"}


class _UsageError(Exception):
    """A command line that makes no sense (exit status 2)."""


# ---------------------------------------------------------------------------- reading


def _read(path: str) -> bytes:
    if path == "-":
        return sys.stdin.buffer.read()
    return Path(path).read_bytes()


def load_articles(data: bytes, *, name: str = "<stdin>") -> list[Article]:
    """Every article in a document: an HTML page, a NewsML-G2 file, JSON-LD or the plain JSON form.

    Args:
        data: The document's bytes.
        name: Its file name (for the extension and for messages).

    Returns:
        One article for a page or a JSON document, one per news item for NewsML-G2.

    Raises:
        NewsModelError: the document is of no known format, or its parser rejects it.

    Example:
        >>> [a.headline for a in load_articles(b'{"headline": "Hujan"}', name="a.json")]
        ['Hujan']
    """
    kind = detect_format(data, name)
    if kind is Format.JSONLD:
        return [_load_json(data, name)]
    if kind is Format.NEWSML:
        from newsmodel.newsml import iter_newsml  # noqa: PLC0415 - only the command that needs it pays for it

        return list(iter_newsml(data))
    if kind is Format.HTML:
        from newsmodel.html import parse_html  # noqa: PLC0415

        return [parse_html(data)]
    raise NewsModelError(f"{name}: not JSON-LD, NewsML-G2, HTML or newsmodel JSON")


def _load_json(data: bytes, name: str) -> Article:
    from newsmodel.converters import from_dict  # noqa: PLC0415
    from newsmodel.jsonld import from_jsonld  # noqa: PLC0415
    from newsmodel.jsonld._text import load_json  # noqa: PLC0415

    value, _ = load_json(data, source=name)  # any failure is a located ParseError
    # The same rule `newsmodel validate` uses to tell the two JSON forms apart.
    return from_dict(value) if is_plain_form(value) else from_jsonld(value)


# ---------------------------------------------------------------------------- parallel map


def _map(func: Callable[[T], R], items: Sequence[T], jobs: int, progress: str | None = None) -> Iterable[R]:
    """``func`` over ``items`` in order, in ``jobs`` processes, with a progress bar on a terminal."""
    bar: Any = None
    if progress and len(items) > 1 and sys.stderr.isatty():
        from tqdm import tqdm  # noqa: PLC0415 - a terminal nicety, loaded only when shown

        bar = tqdm(total=len(items), desc=progress, unit="file", file=sys.stderr, leave=False)
    try:
        if jobs > 1 and len(items) > 1:
            with ProcessPoolExecutor(max_workers=jobs) as pool:
                for result in pool.map(func, items, chunksize=max(1, len(items) // (jobs * 8))):
                    if bar is not None:
                        bar.update()
                    yield result
        else:
            for item in items:
                result = func(item)
                if bar is not None:
                    bar.update()
                yield result
    finally:
        if bar is not None:
            bar.close()


# ---------------------------------------------------------------------------- validate


def _validate_one(job: tuple[str, str | None]) -> Report:
    path, xsd = job
    if path == "-":
        return validate_document(sys.stdin.buffer.read(), name="<stdin>", xsd=xsd)
    return validate_file(path, xsd=xsd)


def _where(issue: Issue) -> str:
    where = issue.file or "<input>"
    if issue.line is not None:
        where += f":{issue.line}"
        if issue.column is not None:
            where += f":{issue.column}"
    return where


def _format_text(report: Report, files: int, out: IO[str], *, colour: bool) -> None:
    def paint(text: str, key: str) -> str:
        return f"{_COLOURS[key]}{text}{_COLOURS['reset']}" if colour else text

    for issue in report.issues:
        at = paint(f" [{issue.pointer}]", "dim") if issue.pointer else ""
        out.write(f"{_where(issue)}: {paint(issue.severity, issue.severity)} {issue.code}: {issue.message}{at}\n")
    errors, warnings = len(report.errors), len(report.warnings)
    summary = f"{files} file(s) checked: {errors} error(s), {warnings} warning(s)"
    out.write(paint(summary, "bold") + "\n")


def _github_escape(text: str, *, prop: bool = False) -> str:
    # GitHub Actions workflow commands: % CR LF escaped in data; also : and , in properties.
    text = text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    return text.replace(":", "%3A").replace(",", "%2C") if prop else text


def _format_github(report: Report, files: int, out: IO[str]) -> None:
    for issue in report.issues:
        props = [f"file={_github_escape(issue.file or '', prop=True)}"]
        if issue.line is not None:
            props.append(f"line={issue.line}")
        if issue.column is not None:
            props.append(f"col={issue.column}")
        props.append(f"title={_github_escape(issue.code, prop=True)}")
        at = f" [{issue.pointer}]" if issue.pointer else ""
        out.write(f"::{issue.severity} {','.join(props)}::{_github_escape(issue.message + at)}\n")
    out.write(f"{files} file(s) checked: {len(report.errors)} error(s), {len(report.warnings)} warning(s)\n")


def _format_junit(reports: list[tuple[str, Report]], out: IO[str], *, strict: bool) -> None:
    failing = {"error", "warning"} if strict else {"error"}
    failures = sum(1 for _, r in reports if any(i.severity in failing for i in r.issues))
    out.write('<?xml version="1.0" encoding="UTF-8"?>\n')
    out.write(f'<testsuites name="newsmodel validate" tests="{len(reports)}" failures="{failures}">\n')
    out.write(f'  <testsuite name="newsmodel validate" tests="{len(reports)}" failures="{failures}" errors="0">\n')
    for name, report in reports:
        out.write(f'    <testcase classname="newsmodel.validate" name={quoteattr(name)}>\n')
        bad = [i for i in report.issues if i.severity in failing]
        if bad:
            lines = "\n".join(f"{_where(i)}: {i.severity} {i.code}: {i.message}" for i in bad)
            message = quoteattr(f"{len(bad)} problem(s); first: {bad[0].code}: {bad[0].message}")
            out.write(f"      <failure message={message} type={quoteattr(bad[0].code)}>{escape(lines)}</failure>\n")
        rest = [i for i in report.issues if i.severity not in failing]
        if rest:
            lines = "\n".join(f"{_where(i)}: {i.severity} {i.code}: {i.message}" for i in rest)
            out.write(f"      <system-out>{escape(lines)}</system-out>\n")
        out.write("    </testcase>\n")
    out.write("  </testsuite>\n</testsuites>\n")


def _cmd_validate(args: argparse.Namespace) -> int:
    files = list(collect_files(args.paths))
    if not files:
        raise _UsageError("no files to validate")
    if files.count("-") > 1:
        raise _UsageError("standard input (-) can be named once")
    xsd = args.xsd
    if xsd is not None and not Path(xsd).is_file():
        raise _UsageError(f"--xsd {xsd}: no such file")
    reports = list(_map(_validate_one, [(f, xsd) for f in files], args.jobs, progress="validating"))
    named = [("<stdin>" if f == "-" else f, r) for f, r in zip(files, reports, strict=True)]
    merged = Report(issues=tuple(issue for r in reports for issue in r.issues))
    out = sys.stdout
    if args.format == "json":
        json.dump({"files": len(files), "ok": merged.ok, "issues": report_to_json(merged)}, out, indent=2)
        out.write("\n")
    elif args.format == "github":
        _format_github(merged, len(files), out)
    elif args.format == "junit":
        _format_junit(named, out, strict=args.strict)
    else:
        colour = args.color == "always" or (args.color == "auto" and out.isatty() and "NO_COLOR" not in os.environ)
        _format_text(merged, len(files), out, colour=colour)
    failed = not merged.ok or (args.strict and bool(merged.warnings))
    return EXIT_FAILED if failed else EXIT_OK


# ---------------------------------------------------------------------------- convert


def _serialize(article: Article, to: str, *, lossless: bool) -> bytes:
    if to == "jsonld":
        from newsmodel.jsonld import dumps_jsonld  # noqa: PLC0415

        return (dumps_jsonld(article, lossless=lossless, indent=2) + "\n").encode("utf-8")
    if to == "newsml":
        from newsmodel.newsml import to_newsml  # noqa: PLC0415

        return to_newsml(article)
    from newsmodel.converters import dumps  # noqa: PLC0415

    return (dumps(article, indent=2) + "\n").encode("utf-8")


def _convert_one(job: tuple[str, str, bool]) -> tuple[list[bytes], str | None]:
    path, to, lossless = job
    name = "<stdin>" if path == "-" else path
    try:
        articles = load_articles(_read(path), name=name)
        if not articles:
            return [], f"{name}: no article in the document"
        return [_serialize(a, to, lossless=lossless) for a in articles], None
    except OSError as exc:
        return [], f"{name}: {exc.strerror or exc}"
    except NewsModelError as exc:
        text = str(exc)
        return [], text if text.startswith(name) else f"{name}: {text}"


def _output_names(path: str, count: int, suffix: str, taken: set[str]) -> list[str]:
    stem = "stdin" if path == "-" else Path(path).stem
    names = [f"{stem}{suffix}"] if count == 1 else [f"{stem}-{n}{suffix}" for n in range(1, count + 1)]
    result = []
    for name in names:
        candidate, n = name, 1
        while candidate in taken:
            n += 1
            candidate = f"{Path(name).stem}~{n}{suffix}"
        taken.add(candidate)
        result.append(candidate)
    return result


def _cmd_convert(args: argparse.Namespace) -> int:
    files = list(collect_files(args.inputs))
    if not files:
        raise _UsageError("no inputs to convert")
    if args.out is None and len(files) > 1:
        raise _UsageError("several inputs need --out DIR (one input goes to standard output)")
    out_dir = Path(args.out) if args.out else None
    if out_dir is not None:
        out_dir.mkdir(parents=True, exist_ok=True)
    jobs = [(f, args.to, args.lossless) for f in files]
    converted = failed = written = 0
    taken: set[str] = set()
    for path, (outputs, error) in zip(files, _map(_convert_one, jobs, args.jobs, progress="converting"), strict=True):
        if error is not None:
            failed += 1
            sys.stderr.write(f"newsmodel convert: error: {error}\n")
            continue
        converted += 1
        if out_dir is None:
            for data in outputs:
                sys.stdout.buffer.write(data)
            sys.stdout.flush()
            continue
        for name, data in zip(_output_names(path, len(outputs), _OUTPUT_SUFFIX[args.to], taken), outputs, strict=True):
            (out_dir / name).write_bytes(data)
            written += 1
    where = f" into {out_dir} ({written} file(s))" if out_dir is not None else ""
    sys.stderr.write(f"newsmodel convert: {converted} converted, {failed} failed{where}\n")
    return EXIT_FAILED if failed else EXIT_OK


# ---------------------------------------------------------------------------- quotes


def _speaker_fields(agent: Person | Organization | None) -> tuple[str, str]:
    if agent is None:
        return "", ""
    if isinstance(agent, Person):
        return agent.name, agent.job_title or ""
    return agent.name, ""


def _table(rows: Sequence[tuple[str, ...]], header: tuple[str, ...], width: int) -> str:
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header) - 1)]
    last = max(20, width - sum(widths) - 2 * (len(widths)))
    lines = []
    for row in [header, *rows]:
        cells = [cell.ljust(w) for cell, w in zip(row, widths, strict=False)]
        text = row[-1] if len(row[-1]) <= last else row[-1][: last - 1] + "…"
        lines.append("  ".join([*cells, text]).rstrip())
    lines.insert(1, "  ".join(["-" * w for w in widths] + ["-" * min(last, max(len(r[-1]) for r in [header, *rows]))]))
    return "\n".join(lines)


def _cmd_quotes(args: argparse.Namespace) -> int:
    name = "<stdin>" if args.path == "-" else args.path
    try:
        articles = load_articles(_read(args.path), name=name)
    except OSError as exc:
        sys.stderr.write(f"newsmodel quotes: error: {name}: {exc.strerror or exc}\n")
        return EXIT_FAILED
    except NewsModelError as exc:
        sys.stderr.write(f"newsmodel quotes: error: {exc}\n")
        return EXIT_FAILED
    if args.format == "json":
        json.dump([_quotes_json(a) for a in articles], sys.stdout, indent=2, ensure_ascii=False)
        sys.stdout.write("\n")
        return EXIT_OK
    for article in articles:
        sys.stdout.write(render_quotes(article) + "\n")
    return EXIT_OK


def _display_date(article: Article) -> str | None:
    if article.date_published is None:
        return None
    from newsmodel.dates import format_date  # noqa: PLC0415

    return format_date(article.date_published, locale="id", style="news")


def _quotes_json(article: Article) -> dict[str, Any]:
    quotes = []
    for quote in article.quotes:
        attribution = quote.attribution
        speaker, role = _speaker_fields(attribution.speaker if attribution else None)
        quotes.append(
            {
                "kind": quote.kind.value,
                "text": quote.text,
                "speaker": speaker or None,
                "role": role or None,
                "cue": attribution.cue if attribution else None,
                "mention": attribution.mention if attribution else None,
            }
        )
    return {"headline": article.headline, "date": _display_date(article), "quotes": quotes}


def render_quotes(article: Article, *, width: int = 120) -> str:
    """The headline, the date in Indonesian news style, and the quotations as a table.

    Example:
        >>> from newsmodel import Attribution, Quote
        >>> ushakov = Person(name="Yuri Ushakov", job_title="penasihat Kremlin")
        >>> quote = Quote(text="Rusia tidak akan mundur", attribution=Attribution(speaker=ushakov, cue="tegas"))
        >>> a = Article(headline="Ushakov", quotes=[quote])
        >>> print(render_quotes(a))
        Ushakov
        <BLANKLINE>
        speaker       role               cue    kind    quote
        ------------  -----------------  -----  ------  -----------------------
        Yuri Ushakov  penasihat Kremlin  tegas  direct  Rusia tidak akan mundur
    """
    lines = [article.headline]
    date = _display_date(article)
    if date:
        lines.append(date)
    lines.append("")
    if not article.quotes:
        lines.append("(no quotations found)")
        return "\n".join(lines)
    rows = []
    for quote in article.quotes:
        attribution = quote.attribution
        speaker, role = _speaker_fields(attribution.speaker if attribution else None)
        cue = (attribution.cue or "") if attribution else ""
        rows.append((speaker or "?", role, cue, quote.kind.value, quote.text))
    lines.append(_table(rows, ("speaker", "role", "cue", "kind", "quote"), width))
    return "\n".join(lines)


# ---------------------------------------------------------------------------- parser


def _jobs(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return value


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of the ``newsmodel`` command.

    Example:
        >>> build_parser().parse_args(["validate", "feeds/", "--format", "github"]).format
        'github'
    """
    parser = argparse.ArgumentParser(
        prog="newsmodel",
        description="Turn news articles into typed, validated, linked data.",
    )
    parser.add_argument("--version", action="version", version=f"newsmodel {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    validate = commands.add_parser(
        "validate",
        help="check JSON-LD, NewsML-G2 and HTML files (exit 1 on errors)",
        description="Validate feeds and pages: JSON-LD (.json/.jsonld), NewsML-G2 (.xml), HTML (.html/.htm), "
        "detected by content when the extension lies. Exit status: 0 clean, 1 errors (or warnings with --strict), "
        "2 usage errors.",
    )
    validate.add_argument("paths", nargs="+", metavar="PATH", help="files, directories (recursive), globs, or -")
    validate.add_argument("--format", choices=("text", "json", "github", "junit"), default="text")
    validate.add_argument("--strict", action="store_true", help="fail on warnings too")
    validate.add_argument("--xsd", metavar="PATH", help="the official NewsML-G2 XSD, to add its errors")
    validate.add_argument("--jobs", type=_jobs, default=1, metavar="N", help="validate in N processes")
    validate.add_argument("--color", choices=("auto", "always", "never"), default="auto")
    validate.set_defaults(handler=_cmd_validate)

    convert = commands.add_parser(
        "convert",
        help="convert HTML, NewsML-G2 or JSON to JSON-LD, NewsML-G2 or newsmodel JSON",
        description="Convert articles. One input goes to standard output; several go into --out DIR. "
        "A bad input is reported and skipped; the exit status is 1 when any failed.",
    )
    convert.add_argument("inputs", nargs="+", metavar="INPUT", help="files, directories, globs, or -")
    convert.add_argument("--to", choices=("jsonld", "newsml", "json"), required=True)
    convert.add_argument("--out", metavar="DIR", help="write one file per article into DIR")
    convert.add_argument("--jobs", type=_jobs, default=1, metavar="N", help="convert in N processes")
    convert.add_argument("--lossless", action="store_true", help="JSON-LD: keep what schema.org cannot carry")
    convert.set_defaults(handler=_cmd_convert)

    quotes = commands.add_parser(
        "quotes",
        help="print an article's quotations with their speakers",
        description="Print the headline, the date in Indonesian, and the quotations (speaker, role, cue, quote).",
    )
    quotes.add_argument("path", metavar="PATH", help="an HTML page, NewsML-G2 item, JSON-LD or newsmodel JSON, or -")
    quotes.add_argument("--format", choices=("table", "json"), default="table")
    quotes.set_defaults(handler=_cmd_quotes)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line with ``argv`` (default: ``sys.argv[1:]``); return the exit status.

    Example:
        >>> main([])  # no command: print the help and succeed
        usage: newsmodel ...
        0
    """
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help(sys.stdout)
        return EXIT_OK
    handler: Callable[[argparse.Namespace], int] = args.handler
    try:
        return handler(args)
    except _UsageError as exc:
        parser.exit(EXIT_USAGE, f"newsmodel {args.command}: error: {exc}\n")
    except BrokenPipeError:  # pragma: no cover - `newsmodel ... | head`
        sys.stderr.close()
        return EXIT_FAILED

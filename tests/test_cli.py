"""The command line, end to end: the real `citebrief` console script (and typer's runner for the format matrix)."""

from __future__ import annotations

import json
import re
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path

import jsonschema
import lxml.html
import pytest
from typer.testing import CliRunner, Result

from citebrief import __version__
from citebrief.cli import app
from citebrief.ingest import read_path
from helpers import CITEBRIEF, Route, closed_port, loopback_server, run_cli, zh_article_html

EXAMPLES = ["zh-tech-policy.html", "zh-news-flash.txt", "en-city-transit.html"]
SOURCE_LINES = {
    "zh-tech-policy.html": "人民日报·2025-05-14 22:17",
    "zh-news-flash.txt": None,  # a plain-text file states neither site nor time: no line at all
    "en-city-transit.html": "The Harbour Ledger·2025-03-02 08:30",
}
FORMATS = ["text", "markdown", "json", "html"]


@pytest.fixture(scope="module", autouse=True)
def _console_script_installed() -> None:
    if not CITEBRIEF.exists():
        pytest.fail(f"{CITEBRIEF} is missing: install the project into the environment running the tests")


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    routes = {
        "/article": Route(zh_article_html().encode("utf-8")),
        "/logo.png": Route(b"\x89PNG\r\n\x1a\n\x00\x00", content_type="image/png"),
    }
    with loopback_server(routes) as base:
        yield base


def invoke(*args: str | Path) -> Result:
    """Run the command line in this process (typer's runner): fast, with stdout and stderr apart."""
    result = CliRunner().invoke(app, [str(arg) for arg in args])
    # an exception that is not an exit is what a user would see as a traceback
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    return result


@pytest.fixture(scope="module")
def schema() -> dict[str, object]:
    done = run_cli("schema")
    assert done.returncode == 0, done.stderr
    loaded: dict[str, object] = json.loads(done.stdout)
    return loaded


# --- version, help, schema, segments ----------------------------------------------------


def test_version() -> None:
    done = run_cli("--version")
    assert (done.returncode, done.stdout, done.stderr) == (0, f"citebrief {__version__}\n", "")


def test_help_lists_the_commands() -> None:
    done = run_cli("--help")
    assert done.returncode == 0
    for command in ("run", "segments", "schema", "--version"):
        assert re.search(rf"^\s+{re.escape(command)}\b", done.stdout, re.MULTILINE), command
    assert "[n]" in done.stdout  # the citation mark is shown, not eaten as markup


def test_run_help_lists_the_options() -> None:
    done = run_cli("run", "--help")
    assert done.returncode == 0
    for option in ("--format", "--groups", "--out", "--engine", "--lang"):
        assert option in done.stdout


def test_schema_is_a_valid_json_schema(schema: dict[str, object]) -> None:
    jsonschema.Draft202012Validator.check_schema(schema)
    assert schema["title"] == "Brief"


def test_segments_prints_numbered_paragraphs(examples_dir: Path) -> None:
    done = run_cli("segments", examples_dir / "zh-tech-policy.html")
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0] == read_path(examples_dir / "zh-tech-policy.html").title
    numbered = lines[1:]
    assert len(numbered) == 21
    for n, line in enumerate(numbered, start=1):
        assert line.startswith(f"[{n}] ")
    assert numbered[0].startswith("[1] 本报北京5月14日电")


def test_segments_of_a_bad_input_is_one_line(tmp_path: Path) -> None:
    done = run_cli("segments", tmp_path / "missing.html")
    assert done.returncode == 1
    assert done.stderr.splitlines() == [f"citebrief: error: {tmp_path / 'missing.html'}: no such file"]


# --- run: formats, groups, outputs ------------------------------------------------------


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("name", EXAMPLES)
def test_run_each_example_in_each_format(examples_dir: Path, name: str, fmt: str, schema: dict[str, object]) -> None:
    document = read_path(examples_dir / name)
    result = invoke("run", examples_dir / name, "--format", fmt)
    assert result.exit_code == 0, result.stderr
    assert result.stderr == ""
    out = result.stdout
    if fmt == "text":
        lines = out.splitlines()
        assert lines[0] == document.title
        if SOURCE_LINES[name]:
            assert lines[1:3] == [SOURCE_LINES[name], ""]
        else:
            assert lines[1] == ""
        assert lines[3 if SOURCE_LINES[name] else 2].startswith("Group 1: ")
        assert "None" not in out
        bullets = [line for line in lines if line.startswith("- ")]
        assert bullets
        assert all(re.search(r" (\[\d+\])+$", line) for line in bullets)
    elif fmt == "markdown":
        assert out.startswith("# ")
        assert "\n## Group 1" in out
    elif fmt == "json":
        payload = json.loads(out)
        jsonschema.validate(payload, schema)
        assert payload["document_id"] == document.id
        assert payload["title"] == document.title
        cited = [n for group in payload["groups"] for point in group["points"] for n in point["citations"]]
        assert cited
        assert all(1 <= n <= len(document.segments) for n in cited)
    else:
        tree = lxml.html.fromstring(out)
        assert tree.findtext(".//h1") == document.title
        assert len(tree.findall(".//ol[@class='paragraphs']/li")) == len(document.segments)


@pytest.mark.parametrize("groups", [1, 4, 8])
def test_groups_option(examples_dir: Path, groups: int) -> None:
    result = invoke("run", examples_dir / "zh-tech-policy.html", "--groups", str(groups), "--format", "json")
    assert result.exit_code == 0, result.stderr
    assert len(json.loads(result.stdout)["groups"]) == groups


def test_groups_option_in_text(examples_dir: Path) -> None:
    result = invoke("run", examples_dir / "zh-tech-policy.html", "-g", "4")
    assert result.exit_code == 0, result.stderr
    headings = [line for line in result.stdout.splitlines() if line.startswith("Group ")]
    assert [h.split(":")[0] for h in headings] == ["Group 1", "Group 2", "Group 3", "Group 4"]


def test_out_file_for_one_input(examples_dir: Path, tmp_path: Path) -> None:
    target = tmp_path / "brief.md"
    done = run_cli("run", examples_dir / "zh-news-flash.txt", "--format", "markdown", "--out", target)
    assert done.returncode == 0, done.stderr
    assert done.stdout == ""
    assert target.read_text(encoding="utf-8").startswith("# 江州市出台16条措施")


def test_out_folder_for_several_inputs(examples_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "briefs"
    done = run_cli("run", *(examples_dir / name for name in EXAMPLES), "--format", "json", "--out", out)
    assert done.returncode == 0, done.stderr
    assert sorted(p.name for p in out.iterdir()) == [
        "en-city-transit.json",
        "zh-news-flash.json",
        "zh-tech-policy.json",
    ]
    for name in EXAMPLES:
        payload = json.loads((out / (Path(name).stem + ".json")).read_text(encoding="utf-8"))
        assert payload["document_id"] == read_path(examples_dir / name).id
    assert len(done.stderr.splitlines()) == 3  # one "input → file" line each


def test_out_folder_keeps_same_named_inputs_apart(examples_dir: Path, tmp_path: Path) -> None:
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "news.txt").write_bytes((examples_dir / "zh-news-flash.txt").read_bytes())
    out = tmp_path / "out"
    result = invoke("run", tmp_path / "a" / "news.txt", tmp_path / "b" / "news.txt", "--out", out)
    assert result.exit_code == 0, result.stderr
    assert sorted(p.name for p in out.iterdir()) == ["news-2.txt", "news.txt"]


def test_several_inputs_one_bad(examples_dir: Path, tmp_path: Path) -> None:
    bad = tmp_path / "scan.pdf"
    bad.write_bytes(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    out = tmp_path / "briefs"
    done = run_cli("run", examples_dir / "zh-news-flash.txt", bad, examples_dir / "en-city-transit.html", "--out", out)
    assert done.returncode == 1
    errors = [line for line in done.stderr.splitlines() if line.startswith("citebrief: error:")]
    assert errors == [f"citebrief: error: {bad}: cannot read the PDF (it is damaged or not a PDF)"]
    assert sorted(p.name for p in out.iterdir()) == ["en-city-transit.txt", "zh-news-flash.txt"]
    assert "Traceback" not in done.stderr


def test_several_inputs_one_bad_to_stdout(examples_dir: Path, tmp_path: Path) -> None:
    missing = tmp_path / "gone.html"
    result = invoke("run", missing, examples_dir / "zh-news-flash.txt", examples_dir / "en-city-transit.html")
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [f"citebrief: error: {missing}: no such file"]
    # the briefs that could be made, one blank line between them and none before the first
    assert result.stdout.startswith("江州市出台16条措施推进居家社区养老服务提质扩容\n")
    assert "\n\nPort Alder council approves" in result.stdout


# --- every bad input: one line on stderr naming it, exit 1, no traceback ------------------


def _write(name: str, data: bytes) -> Callable[[Path, str], str]:
    def make(tmp_path: Path, server: str) -> str:
        path = tmp_path / name
        path.write_bytes(data)
        return str(path)

    return make


def _zip(tmp_path: Path, server: str) -> str:
    path = tmp_path / "bundle.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("article.txt", "第一段。")
    return str(path)


def _directory(tmp_path: Path, server: str) -> str:
    (tmp_path / "folder").mkdir()
    return str(tmp_path / "folder")


def _big(tmp_path: Path, server: str) -> str:
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:  # sparse: 11 MB on paper, nothing on disk
        handle.truncate(11 * 1024 * 1024)
    return str(path)


NAV_ONLY = b"""<html><head><title>Menu</title></head><body>
<nav><a href="/">Home</a> | <a href="/news">News</a> | <a href="/sport">Sport</a></nav>
<ul><li><a href="/a">Link one</a></li><li><a href="/b">Link two</a></li></ul></body></html>"""

BAD_INPUTS = [
    pytest.param(lambda tmp, server: str(tmp / "missing.txt"), "no such file", id="missing-file"),
    pytest.param(_directory, "is a directory", id="directory"),
    pytest.param(_write("empty.txt", b""), "the input is empty", id="empty-file"),
    pytest.param(_write("blank.txt", b"  \n\t\r\n   \n"), "the input holds only whitespace", id="whitespace-file"),
    pytest.param(_write("scan.pdf", b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj"), "cannot read the PDF", id="pdf"),
    pytest.param(_write("photo.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), "this is a PNG image", id="png"),
    pytest.param(_write("renamed.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), "this is a PNG image", id="png-as-txt"),
    pytest.param(_zip, "this is a ZIP archive", id="zip"),
    pytest.param(
        _write("garbage.txt", bytes([0x81, 0xFF, 0xFE, 0x80, 0xC0, 0xC1]) * 50),
        "cannot tell the text encoding",
        id="undecodable",
    ),
    pytest.param(_write("menu.html", NAV_ONLY), "no article text found in this HTML page", id="html-without-main-text"),
    pytest.param(
        _write("credits.txt", "责任编辑：张三\n\n版权所有 测试网\n".encode()),
        "no paragraphs of text left",
        id="only-boilerplate",
    ),
    pytest.param(_big, "the file is 11 MB, over the 10 MB cap", id="over-size-cap"),
    pytest.param(
        lambda tmp, server: f"http://127.0.0.1:{closed_port()}/news",
        "cannot connect to the server",
        id="unreachable-url",
    ),
    pytest.param(
        lambda tmp, server: f"{server}/logo.png",
        "the content type is image/png, not an HTML page or text",
        id="non-html-url",
    ),
    pytest.param(lambda tmp, server: f"{server}/nowhere", "the server answered HTTP 404", id="url-404"),
    pytest.param(
        lambda tmp, server: "ftp://127.0.0.1/article.html", "only http and https URLs are fetched", id="ftp-url"
    ),
]


@pytest.mark.parametrize(("make", "message"), BAD_INPUTS)
def test_bad_input(tmp_path: Path, server: str, make: Callable[[Path, str], str], message: str) -> None:
    spec = make(tmp_path, server)
    result = invoke("run", spec)
    assert result.exit_code == 1
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith(f"citebrief: error: {spec}: ")
    assert message in lines[0]


def test_bad_inputs_through_the_console_script(tmp_path: Path, server: str) -> None:
    """All the bad inputs at once, through the installed script: one line each, exit 1, no traceback."""
    cases = []
    for index, case in enumerate(BAD_INPUTS):
        make, message = case.values
        folder = tmp_path / str(index)
        folder.mkdir()
        cases.append((make(folder, server), message))  # type: ignore[operator]
    done = run_cli("run", *(spec for spec, _ in cases))
    assert done.returncode == 1
    assert done.stdout == ""
    assert "Traceback" not in done.stderr
    lines = done.stderr.splitlines()
    assert len(lines) == len(cases), done.stderr
    for line, (spec, message) in zip(lines, cases, strict=True):
        assert line.startswith(f"citebrief: error: {spec}: ")
        assert message in line  # type: ignore[operator]


# --- usage errors: exit 2 with a message ------------------------------------------------


@pytest.mark.parametrize(
    ("args", "message"),
    [
        pytest.param(["--format", "pdf"], "--format must be one of text, markdown, json, html", id="bad-format"),
        pytest.param(["--groups", "0"], "--groups", id="groups-zero"),
        pytest.param(["--groups", "9"], "--groups", id="groups-nine"),
        pytest.param(["--groups", "many"], "--groups", id="groups-not-a-number"),
        pytest.param(["--lang", "fr"], "--lang must be zh or en", id="unknown-lang"),
        pytest.param(["--lang", "en"], "--engine llm", id="english-brief-of-chinese-article"),
        pytest.param(
            ["--engine", "magic"], "--engine must be one of extractive, llm, not 'magic'", id="unknown-engine"
        ),
    ],
)
def test_usage_errors(examples_dir: Path, args: list[str], message: str) -> None:
    result = invoke("run", examples_dir / "zh-news-flash.txt", *args)
    assert result.exit_code == 2, (result.stdout, result.stderr)
    assert result.stdout == ""
    assert message in result.stderr


def test_usage_error_through_the_console_script(examples_dir: Path) -> None:
    done = run_cli("run", examples_dir / "zh-news-flash.txt", "--lang", "en")
    assert done.returncode == 2
    assert done.stdout == ""
    assert done.stderr.splitlines() == [
        f"citebrief: error: {examples_dir / 'zh-news-flash.txt'}: the extractive engine writes in the article's"
        " language (zh); for a brief in 'en' use --engine llm"
    ]


def test_groups_out_of_range_through_the_console_script(examples_dir: Path) -> None:
    done = run_cli("run", examples_dir / "zh-news-flash.txt", "--groups", "9")
    assert done.returncode == 2
    assert "--groups" in done.stderr
    assert "Traceback" not in done.stderr


def test_run_without_inputs_is_a_usage_error() -> None:
    done = run_cli("run")
    assert done.returncode == 2
    assert "Missing argument" in done.stderr
